"""`make scaling`: how the briefing site grows with its seeds, for docs/scaling.md.

Builds the briefing site cold (no cache) and a plain MkDocs site of the same documents at several
sizes: evenly spread slices of the corpus, or, for a size above the corpus', all of it and copies
whose sentences are dealt from their whole folder (bench_seeds.sized, mixed copies: not near-
duplicates of the originals, so the copies are new briefings, new events and new entity pages
rather than versions of one story); then twice the largest size, made the same way. Each build is a
child `mkdocs build` (bench_run.build): wall and CPU time, peak memory of the process tree, pages,
bytes of site/ and of the search index. One build per size and site unless --repeats says more
(then medians). Each cold briefing build fills a fresh cache; a warm build (nothing changed)
follows it, for the table's warm column. Prints a Markdown table.

    python -m evaluation.scaling [--corpus DIR] [--sizes 100,464,927,1298] [--doubled] [--repeats N]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from . import bench_seeds
from .bench_plain import write_plain_project
from .bench_run import Run, build, child_env
from .speed import DEFAULT_CORPUS, ROOT, SNAPSHOT

MIB = 1024 * 1024


Row = tuple[int, Run, Run, Run]  # seeds, plain, briefing cold, briefing warm


def measure(corpus: Path, sizes: list[int], doubled: bool, repeats: int, timeout: float) -> list[Row]:
    """(seeds, plain run, cold briefing run, warm briefing run) per size, medians of repeats."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="briefing-scaling-") as tmp:
        root = Path(tmp)
        project = _snapshot(root / "project")
        if doubled:
            sizes = [*sizes, 2 * max(sizes)]
        folders = [_sized(corpus, root / f"seeds-{size}", size) for size in sizes]
        for seeds, folder in folders:
            plain = write_plain_project(folder, root / f"plain-{seeds}", ROOT / "mkdocs.yml")
            plain_runs = [build(plain, _site(root), child_env(), timeout) for _ in range(repeats)]
            cold_runs, warm_runs = [], []
            for _ in range(repeats):
                cache = Path(tempfile.mkdtemp(prefix="cache-", dir=root))
                env = child_env(BRIEFING_SEEDS=str(folder), BRIEFING_CACHE=str(cache))
                cold_runs.append(build(project / "mkdocs.yml", _site(root), env, timeout))
                warm_runs.append(build(project / "mkdocs.yml", _site(root), env, timeout))
            rows.append((seeds, _median(plain_runs), _median(cold_runs), _median(warm_runs)))
            print(f"  {seeds} seeds measured", flush=True)
    return rows


def _snapshot(target: Path) -> Path:
    for name in SNAPSHOT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".cache"))
        elif source.is_file():
            target.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target / name)
    return target


def _sized(corpus: Path, target: Path, size: int) -> tuple[int, Path]:
    return bench_seeds.sized(corpus, target, size), target


def _site(root: Path) -> Path:
    return Path(tempfile.mkdtemp(prefix="site-", dir=root)) / "site"


def _median(runs: list[Run]) -> Run:
    """The run of median wall time, the lower of the middle two for an even count (one whole run,
    so its numbers belong together)."""
    return sorted(runs, key=lambda r: r.wall)[(len(runs) - 1) // 2]


def table(rows: list[Row]) -> str:
    lines = ["| seeds | pages | wall s | CPU s | peak MiB (tree) | site MB | search index MB | warm: wall s, CPU s | "
             "plain: wall s, CPU s, MiB, search MB | ratio CPU (cold, warm), memory, search |",
             "|---:|---:|---:|---:|---:|---:|---:|---|---|---|"]
    for seeds, plain, ours, warm in rows:
        memory = max(ours.tree_mib, ours.rss_mib)
        plain_memory = max(plain.tree_mib, plain.rss_mib)
        lines.append(
            f"| {seeds:,} | {ours.pages:,} | {ours.wall:.1f} | {ours.cpu:.1f} | {memory:.0f} | "
            f"{ours.site_bytes / 1e6:.1f} | {ours.search_bytes / 1e6:.2f} | {warm.wall:.1f}, {warm.cpu:.1f} | "
            f"{plain.wall:.1f}, {plain.cpu:.1f}, {plain_memory:.0f}, {plain.search_bytes / 1e6:.2f} | "
            f"{ours.cpu / plain.cpu:.1f}×, {warm.cpu / plain.cpu:.2f}×, {memory / plain_memory:.1f}×, "
            f"{ours.search_bytes / plain.search_bytes:.2f}× |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.scaling", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="100,464,927,1298",
                        help="comma-separated seed counts: slices of the corpus, or above its size, all of it and "
                             "mixed copies")
    parser.add_argument("--doubled", action=argparse.BooleanOptionalAction, default=True,
                        help="also twice the largest size, grown with mixed copies")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=1800.0)
    args = parser.parse_args(argv)
    corpus = args.corpus / "articles" if (args.corpus / "articles").is_dir() else args.corpus
    if not corpus.is_dir():
        raise SystemExit(f"scaling: no corpus folder at {corpus}")
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    print(table(measure(corpus, sizes, args.doubled, args.repeats, args.timeout)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
