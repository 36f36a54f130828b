"""`make bench`: the briefing site beside the real alternative, a plain MkDocs site of the same documents.

In one run, on the same documents: (a) the plain MkDocs site, (b) the briefing site cold (no
cache), (c) warm (second build, nothing changed, same cache dir), (d) one seed edited (warm
cache), (a2)/(e) both again on the corpus doubled with sentence-shuffled copies. With --doubling
mix, the copies are filled with sentences dealt from their whole folder (no near-duplicates);
with --doubling half there are no copies: (a)-(d) run on an evenly spread half, (e) on all.
--documents N runs on an evenly spread slice of N documents, or, when the corpus has fewer, on all
of them and mixed copies to make up N (bench_seeds.sized: 1,298 for issue 10's second size).
Each build is a child `mkdocs build` measured with os.wait4: wall, CPU (user+sys) and peak RSS;
the memory of its whole process tree, sampled; then pages, bytes of site/ and of the search
index. Medians of REPEATS rounds, the order reversed every other round so drift on a noisy
machine hits both sides. Then one profiled briefing build, by bucket. Each build writes a new
site folder (as CI does, from a fresh clone); with --sites in-place, each project rebuilds one
site folder, as on a maintainer's machine, so MkDocs empties and writes it again each time (each
folder is made by one build that is not timed).

The briefing builds use a snapshot of the project (mkdocs.yml, hooks/, docs/, seeds/) copied into
a temp dir at the start, so edits made meanwhile in the tree do not mix into one run. Every temp
dir is deleted at the end; the corpus is only read.

    python -m evaluation.speed [--corpus DIR] [--repeats N] [--documents N] [--quick] [--profile cold|warm|none]
                               [--doubling shuffle|mix|half] [--timeout SECONDS] [--save-profile FILE]
                               [--sites fresh|in-place]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import bench_profile, bench_seeds
from .bench_plain import write_plain_project
from .bench_run import SAMPLE_SECONDS, BuildFailed, Run, build, child_env, mkdocs_command, own_peak_mib

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc" / "articles"
SNAPSHOT = ("mkdocs.yml", "hooks", "overrides", "docs", "seeds")
STEPS = {"a": "(a)  plain MkDocs", "b": "(b)  briefing, cold", "c": "(c)  briefing, warm",
         "d": "(d)  briefing, one seed edited", "a2": "(a2) plain MkDocs, corpus doubled",
         "e": "(e)  briefing, corpus doubled, cold"}
BASE = {"b": "a", "c": "a", "d": "a", "e": "a2"}  # the plain build each ratio is taken to
TIME, MEMORY, SEARCH = ("cpu", "wall"), ("rss_mib", "tree_mib"), ("search_bytes",)
# (label, limit, numerator step(s), denominator step, measures): the targets of issue 10
TARGETS = (("cold build <= 2.0x plain", 2.0, "b", "a", TIME),
           ("warm build <= 1.25x plain", 1.25, "c", "a", TIME),
           ("one seed edited <= 1.3x plain", 1.3, "d", "a", TIME),
           ("peak memory <= 2.5x plain (worst of b, c, d)", 2.5, "bcd", "a", MEMORY),
           ("doubling the corpus <= 2.1x the time (e / b)", 2.1, "e", "b", TIME),
           ("search index <= 1.5x plain", 1.5, "b", "a", SEARCH))
SHORT = {"cpu": "cpu", "wall": "wall", "rss_mib": "rss", "tree_mib": "tree", "search_bytes": "bytes"}
EDIT_SENTENCE = "A spokesman said {n} further meetings were planned for the coming weeks."
MIB = 1024 * 1024


@dataclass
class BenchResult:
    corpus: Path
    documents: int
    repeats: int
    doubling: str  # how the copies were made: shuffle or mix
    code: str  # which code was measured
    runs: dict[str, list[Run]] = field(default_factory=dict)
    primed: Run | None = None  # the build that filled the cache for (c) and (d)
    cache_files: int = 0  # files in the cache dir after it
    loads: list[float] = field(default_factory=list)  # 1-minute load average before each build
    load_start: tuple[float, float, float] = (0.0, 0.0, 0.0)
    load_end: tuple[float, float, float] = (0.0, 0.0, 0.0)
    own_peak_mib: float = 0.0  # this process's peak RSS before the profile: the floor under rss
    profile: bench_profile.Profile | None = None
    profile_note: str = ""
    edited_steps: list[str] = field(default_factory=list)  # an edited build's own account of its steps
    in_place: bool = False  # each project's builds rebuild one site folder (Workspace.in_place)


@dataclass(frozen=True)
class Workspace:
    """Everything one bench run writes, under one temp dir."""

    root: Path
    timeout: float
    in_place: bool = False  # each project rebuilds one site folder, rather than a new one per build

    def path(self, name: str) -> Path:
        return self.root / name

    def site(self, project: str) -> Path:
        if self.in_place:
            folder = self.root / "sites" / project
            folder.mkdir(parents=True, exist_ok=True)
            return folder / "site"
        return Path(tempfile.mkdtemp(prefix="site-", dir=self.root)) / "site"


def measure(corpus: Path, limit: int | None = None, repeats: int = 3, profile: str = "cold",
            timeout: float = 1800.0, doubling: str = "shuffle", save_profile: Path | None = None,
            in_place: bool = False) -> BenchResult:
    """Build and measure everything; temp dirs are deleted whatever happens."""
    corpus = corpus / "articles" if (corpus / "articles").is_dir() else corpus
    if not corpus.is_dir():
        raise SystemExit(f"bench: no corpus folder at {corpus}")
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        space = Workspace(Path(tmp), timeout, in_place)
        documents = prepare(space, corpus, limit, doubling)
        result = BenchResult(corpus, documents, repeats, doubling, code_state(), load_start=os.getloadavg(),
                             in_place=in_place)
        result.primed, result.cache_files = prime(space, result)
        if in_place:
            make_site_folders(space, result)
        run_rounds(space, result)
        result.own_peak_mib = own_peak_mib()
        profile_build(space, result, profile, save_profile)
        result.edited_steps = edited_steps(space, result)
        result.load_end = os.getloadavg()
        return result


def prepare(space: Workspace, corpus: Path, limit: int | None, doubling: str) -> int:
    """The project snapshot, the seeds, the doubled seeds and both plain projects; the seed count."""
    _progress("preparing: project snapshot, seed copies, plain MkDocs projects")
    for name in SNAPSHOT:
        source, target = ROOT / name, space.path("project") / name
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".cache"))
        elif source.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    documents = _seed_folders(space, corpus, limit, doubling)
    for seeds, plain in (("seeds", "plain"), ("doubled", "plain2")):
        write_plain_project(space.path(seeds), space.path(plain), ROOT / "mkdocs.yml")
    return documents


def _seed_folders(space: Workspace, corpus: Path, limit: int | None, doubling: str) -> int:
    """seeds/ and doubled/: the corpus and it doubled by copies; or, doubling 'half', an evenly
    spread half of the corpus and the whole of it (real documents both). The seeds/ count."""
    if doubling == "half":
        whole = bench_seeds.sized(corpus, space.path("doubled"), limit)
        documents = len(bench_seeds.copy_seeds(space.path("doubled"), space.path("seeds"), whole // 2))
    else:
        documents = bench_seeds.sized(corpus, space.path("seeds"), limit)
        bench_seeds.double(space.path("seeds"), space.path("doubled"), how=doubling)
    if documents == 0:
        raise SystemExit(f"bench: no .txt or .md documents under {corpus}")
    return documents


def code_state() -> str:
    """The commit and how many files differ from it (read only: git state is not changed)."""
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
        return done.stdout.strip() if done.returncode == 0 else "?"
    changed = git("status", "--porcelain", "--", *SNAPSHOT)
    count = len(changed.splitlines()) if changed != "?" else "?"
    return f"snapshot of {', '.join(SNAPSHOT)} at start: HEAD {git('rev-parse', '--short', 'HEAD')}, " \
           f"{count} of their files changed or new"


def prime(space: Workspace, result: BenchResult) -> tuple[Run, int]:
    """One build with an empty cache dir, which fills it for the warm builds."""
    run = _briefing(space, result, "priming the cache", space.path("seeds"), space.path("cache"))
    cache = space.path("cache")
    return run, sum(1 for p in cache.rglob("*") if p.is_file()) if cache.is_dir() else 0


def make_site_folders(space: Workspace, result: BenchResult) -> None:
    """--sites in-place: one build (not timed) into each project's folder that the priming build
    did not fill, so that every timed build rebuilds a site."""
    untimed = dataclasses.replace(result, runs={}, loads=[])  # their runs and loads are not the result's
    for key in ("a", "a2", "e"):
        _progress(f"site folder for {STEPS[key].strip()}, not timed")
        step_functions(space, untimed)[key](0)


def run_rounds(space: Workspace, result: BenchResult) -> None:
    steps = step_functions(space, result)
    for round_ in range(result.repeats):
        order = list(steps) if round_ % 2 == 0 else list(reversed(steps))
        for key in order:
            result.runs.setdefault(key, []).append(steps[key](round_))


def step_functions(space: Workspace, result: BenchResult) -> dict[str, Callable[[int], Run]]:
    seeds, doubled = space.path("seeds"), space.path("doubled")
    return {
        "a": lambda r: _plain(space, result, STEPS["a"], space.path("plain")),
        "b": lambda r: _briefing(space, result, STEPS["b"], seeds, None),
        "c": lambda r: _briefing(space, result, STEPS["c"], seeds, space.path("cache")),
        "d": lambda r: _edited(space, result, r),
        "a2": lambda r: _plain(space, result, STEPS["a2"], space.path("plain2")),
        "e": lambda r: _briefing(space, result, STEPS["e"], doubled, None),
    }


def _edited(space: Workspace, result: BenchResult, round_: int) -> Run:
    """One seed with a sentence appended (another each round), on a fresh copy of the warm cache."""
    with _one_seed_edited(space, f"cache-edited-{round_}", round_ + 2) as cache:
        return _briefing(space, result, STEPS["d"], space.path("seeds"), cache)


@contextmanager
def _one_seed_edited(space: Workspace, cache_name: str, n: int) -> Iterator[Path]:
    """The warm cache copied into a folder of its own (one deleted just before would slow the build,
    see bench_run), while the middle seed has sentence n appended; yields the copy's path."""
    cache = space.path(cache_name)
    if space.path("cache").is_dir():
        shutil.copytree(space.path("cache"), cache)
    seeds = bench_seeds.seed_files(space.path("seeds"))
    with bench_seeds.edited(seeds[len(seeds) // 2], EDIT_SENTENCE.format(n=n)):
        yield cache


def _briefing(space: Workspace, result: BenchResult, what: str, seeds: Path, cache: Path | None,
              profile: Path | None = None) -> Run:
    """A briefing build with the snapshot's mkdocs.yml; cache None: cold (BRIEFING_CACHE=off and
    no .cache/briefing under the snapshot or the seeds)."""
    if cache is None:
        for folder in (space.path("project"), seeds):
            shutil.rmtree(folder / ".cache" / "briefing", ignore_errors=True)
    isolate = {"BRIEFING_ISOLATE": "off"} if profile else {}  # profiled: every step in the profiled process
    env = child_env(BRIEFING_SEEDS=str(seeds), BRIEFING_CACHE=str(cache) if cache else "off", **isolate)
    site = space.site(f"briefing-{seeds.name}")
    return _timed(result, what, lambda: build(space.path("project") / "mkdocs.yml", site, env, space.timeout, profile))


def _plain(space: Workspace, result: BenchResult, what: str, project: Path) -> Run:
    site = space.site(project.name)
    return _timed(result, what, lambda: build(project / "mkdocs.yml", site, child_env(), space.timeout))


def _timed(result: BenchResult, what: str, run: Callable[[], Run]) -> Run:
    # The previous build's site (up to 200 MB) may still be being written back to disk, which would
    # slow whichever build comes next: each build starts after it is written (not timed).
    os.sync()
    result.loads.append(os.getloadavg()[0])
    _progress(f"{what} ... (load {result.loads[-1]:.1f})", end="")
    done = run()
    _progress(f" {done.wall:.1f} s wall, {done.cpu:.1f} s cpu, {done.rss_mib:.0f} MiB rss, "
              f"{done.tree_mib:.0f} MiB tree", start=False)
    return done


def profile_build(space: Workspace, result: BenchResult, which: str, save: Path | None = None) -> None:
    """One more briefing build under cProfile (cold or warm); a failure is noted, not fatal."""
    if which == "none":
        return
    stats = space.path("profile.prof")
    cache = None if which == "cold" else space.path("cache")
    try:
        run = _briefing(space, result, f"profiled briefing build, {which}", space.path("seeds"), cache, stats)
        if save is not None:
            shutil.copyfile(stats, save)  # for pstats or snakeviz
        result.profile = bench_profile.read_profile(stats)
        result.profile_note = (f"one {which} briefing build under cProfile, pinned to one core and with "
                               f"BRIEFING_ISOLATE=off, so that every step runs in the profiled process: "
                               f"{run.wall:.1f} s wall, {run.cpu:.1f} s cpu")
    except (BuildFailed, OSError, ValueError) as error:
        result.profile_note = f"the profiled build failed: {error}"


def edited_steps(space: Workspace, result: BenchResult) -> list[str]:
    """What one more build after an edit (not timed, run with --verbose) says of its own steps:
    the seconds of each part of the pipeline and the pages the page memo reused. The difference
    between (d) and (c) is these steps; the table cannot show which."""
    command = [*mkdocs_command(space.path("project") / "mkdocs.yml", space.site("briefing-seeds")), "--verbose"]
    _progress("one seed edited, --verbose, for its steps (not timed)")
    with _one_seed_edited(space, "cache-steps", result.repeats + 2) as cache:
        env = child_env(BRIEFING_SEEDS=str(space.path("seeds")), BRIEFING_CACHE=str(cache))
        done = subprocess.run(command, cwd=space.path("project"), env=env, capture_output=True, text=True,
                              timeout=space.timeout, check=False)
    wanted = ("briefing: seconds per step", "pages as last build made them", "pages filled from a frame")
    return [line.split("briefing: ", 1)[1] for line in done.stderr.splitlines()
            if "briefing: " in line and any(w in line for w in wanted)]


def _progress(message: str, end: str = "\n", start: bool = True) -> None:
    print(("  bench: " if start else "") + message, end=end, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- report


def median(runs: list[Run], attribute: str) -> float:
    return statistics.median(getattr(run, attribute) for run in runs)


def ratio(result: BenchResult, step: str, base: str, attribute: str) -> float:
    numerator = max(median(result.runs[s], attribute) for s in _steps(step))
    denominator = median(result.runs[base], attribute)
    return numerator / denominator if denominator else float("nan")


def _steps(spec: str) -> list[str]:
    return [spec] if spec in STEPS else list(spec)  # "bcd": each of b, c and d


def report(result: BenchResult) -> None:
    print(_header(result))
    print(_table(result))
    print(_targets(result))
    print(_notes(result))
    print(_edited_report(result))
    print(_profile(result))


def _sites(in_place: bool) -> str:
    if in_place:
        return "each project's builds rebuild one folder (MkDocs empties it first), as on a maintainer's machine"
    return "a new one per build, as in CI from a fresh clone"


def _header(result: BenchResult) -> str:
    loads = result.loads or [0.0]
    start, end = (" ".join(f"{x:.2f}" for x in load) for load in (result.load_start, result.load_end))
    made = result.documents - len(bench_seeds.seed_files(result.corpus))
    grown = f", {made} of them mixed copies of its documents" if made > 0 else ""
    return (f"\nBench: {result.documents} documents from {result.corpus}{grown} (doubled: {2 * result.documents}); "
            f"median of {result.repeats} round(s), order reversed every other round\n"
            f"  machine: {os.cpu_count()} CPUs; load average (1/5/15 min) {start} at start, {end} at end; "
            f"1-min load before each build {min(loads):.1f} to {max(loads):.1f}\n"
            f"  code: {result.code}\n"
            f"  site folders: {_sites(result.in_place)}\n"
            f"  wall and cpu in seconds; cpu = user+sys of the build and its workers; cpu/wall < 1: it waited "
            f"for a core, > 1: workers ran in parallel; 'x' columns: ratio to (a), for (e) to (a2)\n")


def _table(result: BenchResult) -> str:
    lines = [f"{'build':<37}{'wall':>7}{'cpu':>7}{'cpu/wall':>9}{'rss MiB':>8}{'tree MiB':>9}{'pages':>7}"
             f"{'site MB':>9}{'search MB':>10}  {'wall x':>6}{'cpu x':>6}{'rss x':>6}{'tree x':>7}{'search x':>9}"]
    for key, label in STEPS.items():
        runs = result.runs.get(key)
        if runs:
            lines.append(_row(label, runs) + _ratios(result, key))
    if result.primed is not None:
        lines.append(_row("     briefing, filling the cache (1 run)", [result.primed]))
    return "\n".join(lines)


def _row(label: str, runs: list[Run]) -> str:
    wall, cpu = median(runs, "wall"), median(runs, "cpu")
    last, rss, tree = runs[-1], median(runs, "rss_mib"), median(runs, "tree_mib")
    return (f"{label:<37}{wall:7.1f}{cpu:7.1f}{cpu / wall if wall else 0:9.2f}{rss:8.0f}{tree:9.0f}"
            f"{last.pages:7d}{last.site_bytes / MIB:9.1f}{last.search_bytes / MIB:10.2f}")


def _ratios(result: BenchResult, key: str) -> str:
    base = BASE.get(key)
    if base is None or base not in result.runs:
        return f"  {'1.00':>6}{'1.00':>6}{'1.00':>6}{'1.00':>7}{'1.00':>9}" if key in ("a", "a2") else ""
    wall, cpu, rss, tree, search = (ratio(result, key, base, a) for a in ("wall", "cpu", *MEMORY, *SEARCH))
    return f"  {wall:6.2f}{cpu:6.2f}{rss:6.2f}{tree:7.2f}{search:9.2f}"


def _targets(result: BenchResult) -> str:
    lines = ["\nTargets of issue 10: ratios of medians, each measure judged on its own",
             "  time: cpu (user+sys, workers included) and wall; memory: rss (largest single process, "
             "ru_maxrss) and tree (all the build's processes, sampled)",
             f"{'target':<48}{'limit':>6}   measured"]
    for label, limit, step, base, measures in TARGETS:
        if all(s in result.runs for s in [*_steps(step), base]):
            verdicts = [f"{_verdict(value, limit)} {SHORT[m]} {value:.2f}"
                        for m in measures for value in [ratio(result, step, base, m)]]
            lines.append(f"{label:<48}{limit:6.2f}   " + "   ".join(verdicts))
    lines.extend(_filling_memory(result))
    return "\n".join(lines)


def _filling_memory(result: BenchResult) -> list[str]:
    """The memory target for the build that fills the cache too: the first build of a fresh clone
    (CI without a restored cache) is that one, not (b), which runs with the cache off. One run, so
    judged on its own numbers."""
    label, limit = "peak memory, the build filling the cache (1 run)", 2.5
    if result.primed is None or "a" not in result.runs:
        return []
    verdicts = [f"{_verdict(value, limit)} {SHORT[m]} {value:.2f}"
                for m in MEMORY for value in [getattr(result.primed, m) / median(result.runs["a"], m)]]
    return [f"{label:<48}{limit:6.2f}   " + "   ".join(verdicts)]


def _verdict(value: float, limit: float) -> str:
    return "PASS" if value <= limit else "FAIL"


def _notes(result: BenchResult) -> str:
    notes = ["\nNotes"]
    if result.cache_files == 0:
        notes.append("  - no cache: the priming build (BRIEFING_CACHE=<dir>) left no file in its cache dir, so "
                     "(c) warm and (d) one seed edited are cold builds too")
    else:
        notes.append(f"  - the priming build left {result.cache_files} files in its cache dir")
    notes.append(f"  - rss is ru_maxrss from os.wait4 (largest single process; Linux starts it at the RSS of the "
                 f"process that spawns the build: this one peaked at {result.own_peak_mib:.0f} MiB); tree: "
                 f"private memory of every process of the build + the largest shared part once, sampled every "
                 f"{SAMPLE_SECONDS} s")
    for key, runs in result.runs.items():
        notes.append(f"  - {key:<2} runs, wall: {_list(r.wall for r in runs)}; cpu: {_list(r.cpu for r in runs)}; "
                     f"user: {_list(r.user for r in runs)}")
        if runs[-1].warnings:
            notes.append(f"    {runs[-1].warnings} WARNING lines on stderr in the last {key} build")
    notes.extend(_user_notes(result))
    notes.extend(_doubling_notes(result))
    grouped = {k: result.runs[k][-1].grouped for k in ("b", "e") if k in result.runs}
    if grouped:
        how = "(a)-(d) on half the documents, (e) on all" if result.doubling == "half" else \
            f"copies made by '{result.doubling}'"
        notes.append(f"  - corpus doubled: {how}; briefings in near-duplicate "
                     f"groups (briefing.json): {grouped.get('b')} of {result.documents}, doubled: "
                     f"{grouped.get('e')} of {2 * result.documents}")
    return "\n".join(notes)


def _edited_report(result: BenchResult) -> str:
    if not result.edited_steps:
        return "\nOne seed edited, step by step: the build said nothing of its steps"
    return "\n".join(["\nOne seed edited, step by step (one more build, --verbose, not timed: the build's own account)",
                      *(f"  {line}" for line in result.edited_steps)])


def _user_notes(result: BenchResult) -> list[str]:
    """The time ratios on user CPU alone: system time (mostly writing the site, 4-5 times the plain
    site's bytes) varies by a second or more between runs of one build on a busy machine."""
    pairs = [(k, BASE[k]) for k in ("b", "c", "d", "e") if k in result.runs and BASE[k] in result.runs]
    if not pairs or not all(r.user for k, base in pairs for r in result.runs[base]):
        return []
    ratios = ", ".join(f"{k} / {base} {ratio(result, k, base, 'user'):.2f}" for k, base in pairs)
    return [f"  - user CPU alone (no system time), ratios of medians: {ratios}"]


def _doubling_notes(result: BenchResult) -> list[str]:
    """What doubling does to each site: its pages, and plain MkDocs' own time ratio for comparison."""
    if not all(k in result.runs for k in ("a", "b", "a2", "e")):
        return []
    pages = {k: result.runs[k][-1].pages for k in ("a", "b", "a2", "e")}
    cpu, wall = (ratio(result, "a2", "a", m) for m in TIME)
    paired = zip(result.runs["b"], result.runs["e"], strict=False)
    rounds = ", ".join(f"{e.cpu / b.cpu:.2f}" for b, e in paired if b.cpu)
    return [f"  - doubling the corpus: briefing pages {pages['b']} -> {pages['e']} "
            f"(x{pages['e'] / pages['b']:.2f}), plain pages {pages['a']} -> {pages['a2']}; plain MkDocs' own "
            f"time ratio a2 / a: cpu {cpu:.2f}, wall {wall:.2f}",
            # Not judged (the target is on the medians): how far the machine moves the ratio, each
            # round's two builds having run in the same minutes.
            f"  - doubling, cpu e / b round by round: {rounds}"]


def _list(values: Iterable[float]) -> str:
    return ", ".join(f"{v:.1f}" for v in values)


def _profile(result: BenchResult) -> str:
    if result.profile is None:
        return f"\nWhere the time goes: {result.profile_note or 'not profiled'}"
    profile = result.profile
    lines = [f"\nWhere the time goes: {result.profile_note}; {profile.total:.1f} s profiled",
             "  (cProfile counts wall time: on a loaded machine waiting for the core is spread over the buckets)",
             "  own = time in the bucket's functions plus the library code they call (re, jinja2, ...);",
             "  incl. = from entering the bucket to leaving it, other buckets it calls included",
             f"  {'bucket':<22}{'own s':>8}{'share':>8}{'incl. s':>9}"]
    for bucket in bench_profile.BUCKETS:
        own = profile.own[bucket]
        lines.append(f"  {bucket:<22}{own:8.1f}{own / profile.total if profile.total else 0:8.1%}"
                     f"{profile.inclusive[bucket]:9.1f}")
    top = sorted(profile.modules.items(), key=lambda item: -item[1])[:12]
    lines.append("  hooks modules by own time: " + ", ".join(f"{name.split(':', 1)[1]} {t:.1f}" for name, t in top))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.speed", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of documents, read recursively")
    parser.add_argument("--repeats", type=int, default=3, help="rounds; medians are reported")
    parser.add_argument("--documents", "--limit", dest="limit", type=int, default=None,
                        help="an evenly spread slice of N documents; above the corpus' size, all of them and "
                             "mixed copies (new documents dealt from the sentences of their folder) to make up N")
    parser.add_argument("--quick", action="store_true", help="try it fast: --documents 100 --repeats 1")
    parser.add_argument("--profile", choices=("cold", "warm", "none"), default="cold")
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds per build")
    parser.add_argument("--save-profile", type=Path, default=None, help="keep the profile's stats file here")
    parser.add_argument("--doubling", choices=("shuffle", "mix", "half"), default="shuffle",
                        help="(e): copies with each document's sentences shuffled; or (mix) each copy's shape filled "
                             "with sentences dealt from all the documents of its folder (no near-duplicates); or "
                             "(half) no copies: (a)-(d) on an evenly spread half of the corpus, (e) on all of it")
    parser.add_argument("--sites", choices=("fresh", "in-place"), default="fresh",
                        help="each build into a new site folder (as in CI), or each project's builds into one "
                             "folder, rebuilt in place (as on a maintainer's machine)")
    args = parser.parse_args(argv)
    if args.quick:
        args.limit, args.repeats = args.limit or 100, 1
    started = time.perf_counter()
    try:
        result = measure(args.corpus, args.limit, max(1, args.repeats), args.profile, args.timeout, args.doubling,
                         args.save_profile, args.sites == "in-place")
    except BuildFailed as error:
        print(f"\nbench: a build failed: {error}", file=sys.stderr)
        return 1
    report(result)
    print(f"\n(bench took {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
