"""python -m evaluation.compare: two versions of the hooks side by side, their builds interleaved.

A claim that one change makes builds faster or smaller needs the build with and without it, on
the same documents and in the same minutes: this machine's speed moves between runs by more than
most changes save. This builds the same seeds with two snapshots of the project (mkdocs.yml,
hooks, overrides, docs): BASE, a git revision (default HEAD), and HEAD, the working tree or
another revision (--head). Each round builds both, the order alternating, and the report gives
medians and the ratio head / base of wall time, CPU time (user + sys, workers included), user CPU,
the largest process (ru_maxrss) and all of the build's processes (sampled), and whether the two
sides made the same site, byte for byte.

Kinds: edited (a seed with a sentence appended, another each round, on a fresh copy of each side's
warm cache: what make bench's (d) does), warm (nothing changed, each side's warm cache), cold (no
cache). Seeds: the corpus as make bench reads it; --documents N takes an evenly spread N of it,
or grows it with mixed copies (evaluation/bench_seeds.py).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from . import bench_seeds
from .bench_run import Run, build, child_env
from .speed import DEFAULT_CORPUS, EDIT_SENTENCE, ROOT

PROJECT = ("mkdocs.yml", "hooks", "overrides", "docs")  # what a side is (the seeds are shared)
KINDS = ("edited", "warm", "cold")
MEASURES = (("wall", "wall"), ("cpu", "cpu"), ("user", "user"), ("rss_mib", "rss MiB"), ("tree_mib", "tree MiB"))


@dataclass
class Comparison:
    kind: str
    documents: int
    labels: dict[str, str]  # "base"/"head" -> what was built (a commit, or the working tree)
    runs: dict[str, list[Run]] = field(default_factory=lambda: {"base": [], "head": []})
    sites: dict[str, dict[str, str]] = field(default_factory=dict)  # side -> the last site it made: path -> hash


def snapshot(revision: str | None, target: Path) -> str:
    """The project's files at a git revision, or as they are in the working tree (None), copied
    into target; returns a label saying which."""
    target.mkdir(parents=True)
    if revision is None:
        for name in PROJECT:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            elif source.is_file():
                shutil.copyfile(source, target / name)
        changed = _git("status", "--porcelain", "--", *PROJECT).splitlines()
        return f"working tree ({_git('rev-parse', '--short', 'HEAD')} + {len(changed)} changed or new files)"
    commit = _git("rev-parse", "--short", f"{revision}^{{commit}}")
    archive = subprocess.run(["git", "archive", "--format=tar", commit, "--", *PROJECT], cwd=ROOT,
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return commit


def compare(corpus: Path, documents: int | None, kind: str, rounds: int, base: str, head: str | None,
            timeout: float = 1800.0) -> Comparison:
    """Both sides built `rounds` times each, interleaved; temporary folders deleted whatever happens."""
    with tempfile.TemporaryDirectory(prefix="briefing-compare-") as tmp:
        space = Path(tmp)
        seeds = space / "seeds"
        count = bench_seeds.sized(corpus, seeds, documents)
        if count == 0:
            raise SystemExit(f"compare: no .txt or .md documents under {corpus}")
        labels = {"base": snapshot(base, space / "base"), "head": snapshot(head, space / "head")}
        result = Comparison(kind, count, labels)
        warm = {side: _prime(space, side, seeds, timeout) for side in labels} if kind != "cold" else {}
        middle = bench_seeds.seed_files(seeds)[count // 2]
        for round_ in range(rounds):
            order = ["base", "head"] if round_ % 2 == 0 else ["head", "base"]
            edit = bench_seeds.edited(middle, EDIT_SENTENCE.format(n=round_ + 2)) if kind == "edited" else nullcontext()
            with edit:
                for side in order:
                    cache = _cache(space, side, round_, kind, warm)
                    site = space / f"site-{side}-{round_}" / "site"
                    result.runs[side].append(_build(space / side, seeds, cache, site, timeout))
                    result.sites[side] = site_files(site)
        return result


def _prime(space: Path, side: str, seeds: Path, timeout: float) -> Path:
    """The side's cache, filled by one cold build (not measured)."""
    _progress(f"filling the cache of {side}")
    cache = space / f"cache-{side}"
    _build(space / side, seeds, cache, space / f"site-{side}-primed" / "site", timeout)
    return cache


def _cache(space: Path, side: str, round_: int, kind: str, warm: dict[str, Path]) -> Path | None:
    if kind == "cold":
        return None
    if kind == "warm":
        return warm[side]
    copy = space / f"cache-{side}-{round_}"  # the warm cache as it was: each edited build starts from it
    shutil.copytree(warm[side], copy)
    return copy


def _build(project: Path, seeds: Path, cache: Path | None, site: Path, timeout: float) -> Run:
    env = child_env(BRIEFING_SEEDS=str(seeds), BRIEFING_CACHE=str(cache) if cache else "off")
    site.parent.mkdir(parents=True)
    run = build(project / "mkdocs.yml", site, env, timeout)
    _progress(f"{project.name}: {run.wall:.1f} s wall, {run.cpu:.1f} s cpu, {run.tree_mib:.0f} MiB tree")
    return run


def site_files(site: Path) -> dict[str, str]:
    """Each file of a site by its path in the site, with a hash of its bytes."""
    return {path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(p for p in site.rglob("*") if p.is_file())}


def differing(a: dict[str, str], b: dict[str, str]) -> list[str]:
    """The paths whose bytes differ between two sites, or that only one of them has."""
    return sorted(path for path in a.keys() | b.keys() if a.get(path) != b.get(path))


def report(result: Comparison) -> str:
    rounds = len(result.runs["base"])
    lines = [f"compare: {result.documents} documents, {result.kind} builds, {rounds} round(s) each side, "
             "the order alternating; medians",
             *(f"  {side}: {label}" for side, label in result.labels.items()),
             f"{'':<14}" + "".join(f"{title:>10}" for _, title in MEASURES)]
    medians = {side: {key: statistics.median(getattr(r, key) for r in runs) for key, _ in MEASURES}
               for side, runs in result.runs.items()}
    for side in ("base", "head"):
        lines.append(f"{side:<14}" + "".join(f"{medians[side][key]:>10.2f}" for key, _ in MEASURES))
    lines.append(f"{'head / base':<14}" + "".join(
        f"{medians['head'][key] / medians['base'][key] if medians['base'][key] else 0:>10.3f}" for key, _ in MEASURES))
    for side, runs in result.runs.items():
        lines.append(f"  {side} runs: wall {_list(r.wall for r in runs)}; cpu {_list(r.cpu for r in runs)}; "
                     f"tree {_list(r.tree_mib for r in runs)}")
    paths = differing(result.sites.get("base", {}), result.sites.get("head", {}))
    files = len(result.sites.get("head", {}))
    lines.append(f"  the last sites made: the same bytes ({files} files)" if not paths else
                 f"  the last sites made: {len(paths)} of their files DIFFER: {', '.join(paths[:5])}"
                 + (", ..." if len(paths) > 5 else ""))
    return "\n".join(lines)


def _list(values: object) -> str:
    return ", ".join(f"{v:.1f}" for v in values)  # type: ignore[attr-defined]


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def _progress(message: str) -> None:
    print(f"  compare: {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.compare", description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="HEAD", help="git revision of the first side (default HEAD)")
    parser.add_argument("--head", default=None, help="git revision of the second side (default: the working tree)")
    parser.add_argument("--kind", choices=KINDS, default="edited")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--documents", type=int, default=None, help="how many documents (default: the corpus)")
    args = parser.parse_args(argv)
    corpus = args.corpus / "articles" if (args.corpus / "articles").is_dir() else args.corpus
    if not corpus.is_dir():
        raise SystemExit(f"compare: no corpus folder at {corpus}")
    print(report(compare(corpus, args.documents, args.kind, args.rounds, args.base, args.head)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
