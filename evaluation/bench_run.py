"""One `mkdocs build` in a child process, measured: wall time, CPU time and peak RSS of the child
(os.wait4), then the site it wrote (pages, bytes, search index bytes).

The site is left where it is, for the caller's temporary folder to delete at the end of the run.
Deleted at once, the next build would pay for it: ext4 does not reuse an inode freed in the last
minutes, and its allocator walks past every such inode each time it creates a file or folder, so
a build made right after a 2,000-page site was deleted spent 2-3 s more system time than the
same build with none freed (measured here: sys 2.5-3.4 s against 0.6-1.3 s, `/usr/bin/time`).
That charged each build for the site of whichever build ran before it, not for its own.

CPU time from os.wait4 includes the build's own worker processes once it has reaped them. Its
ru_maxrss is the peak of the largest single process, and Linux carries the spawning process's
RSS across fork and exec into it: so this process stays small (briefing.json is read in a child)
and reports its own peak (own_peak_mib) as the floor. The memory of the whole build, workers
included, is sampled from /proc every SAMPLE_SECONDS: the private memory of every process plus
the largest shared part once (forked workers share their parent's pages copy-on-write); never
less than ru_maxrss, which a short build can peak at between two samples.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

FIXED_EPOCH = "1700000000"  # SOURCE_DATE_EPOCH for every build, as tests/conftest.py
TAIL_LINES = 25
SAMPLE_SECONDS = 0.2
PROFILED = Path(__file__).with_name("bench_profiled.py")
_COUNT_GROUPED = ("import json, sys; d = json.load(open(sys.argv[1], encoding='utf-8')); "
                  "print(sum(len(g.get('briefings') or []) for g in d.get('duplicates') or []))")


class BuildFailed(RuntimeError):
    """A build exited non-zero or timed out; the message ends with the tail of its stderr."""


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # user + sys seconds of the child and its reaped workers
    rss_mib: float  # peak resident set of the largest single process (ru_maxrss)
    tree_mib: float  # peak memory of the process tree, sampled (0 without /proc)
    pages: int  # index.html files
    site_bytes: int
    search_bytes: int  # search/search_index.json
    warnings: int  # WARNING lines on stderr
    grouped: int | None  # briefings in near-duplicate groups (briefing.json), None for a plain site
    user: float = 0.0  # user seconds alone (cpu without the system time, which writing the site makes noisy)


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a build: this one without BRIEFING_* settings, plus the fixed ones."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    return {**env, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": FIXED_EPOCH, **extra}


def mkdocs_command(config: Path, site: Path, profile: Path | None = None) -> list[str]:
    """`python -m mkdocs build`; with profile, under cProfile (bench_profiled.py: `-m cProfile` loses entries)."""
    runner = [str(PROFILED), str(profile), "mkdocs"] if profile else ["-m", "mkdocs"]
    return [sys.executable, *runner, "build", "-f", str(config), "-d", str(site)]


def build(config: Path, site: Path, env: dict[str, str], timeout: float, profile: Path | None = None) -> Run:
    """Run one build into site (a new path, or the folder of a site to rebuild) and measure it; the site is kept
    (see the module's docstring), its stderr log deleted."""
    log = site.with_name(site.name + ".stderr")
    try:
        wall, cpu, rss, tree, user = run_child(mkdocs_command(config, site, profile), config.parent, env, log,
                                               timeout, one_core=profile is not None)
        warnings = log.read_text(encoding="utf-8", errors="replace").count("WARNING ")
        pages, size, search = site_numbers(site)
        return Run(wall, cpu, rss, tree, pages, size, search, warnings, grouped_briefings(site), user)
    finally:
        log.unlink(missing_ok=True)


def run_child(command: list[str], cwd: Path, env: dict[str, str], log: Path, timeout: float,
              one_core: bool = False) -> tuple[float, float, float, float, float]:
    """Wall seconds, user+sys seconds, peak RSS of one process and peak memory of the tree (MiB),
    and user seconds alone, of one child, in a session of its own; BuildFailed if it fails. one_core: pinned to one CPU,
    so the build analyses in its own process (the pipeline starts workers by the CPUs it may
    use), as a profile needs."""
    with log.open("wb") as stderr:
        started = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=stderr,
                                 start_new_session=True, preexec_fn=_pin_to_one_core if one_core else None)
        timer, sampler = threading.Timer(timeout, _kill_group, (child.pid,)), TreeSampler(child.pid)
        timer.start()
        sampler.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
        finally:
            timer.cancel()
            sampler.stop()
            if child.returncode is None:  # interrupted (Ctrl-C): leave no build or worker running
                _kill_group(child.pid)
                child.wait()
        wall = time.perf_counter() - started
    if child.returncode != 0:
        _kill_group(child.pid)  # workers it may have left
        raise BuildFailed(f"{' '.join(command)}\n  exited {child.returncode} after {wall:.0f} s"
                          f"{' (timed out)' if wall >= timeout else ''}; stderr tail:\n{tail(log)}")
    rss = usage.ru_maxrss / 1024  # KiB on Linux
    return (wall, usage.ru_utime + usage.ru_stime, rss, max(rss, sampler.peak_kib / 1024),  # samples can miss a peak
            usage.ru_utime)


def _pin_to_one_core() -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def own_peak_mib() -> float:
    """This process's peak RSS: the floor under every child's ru_maxrss."""
    return _status_kib(os.getpid(), "VmHWM:") / 1024


class TreeSampler(threading.Thread):
    """Samples the memory of a process and its descendants until stopped; keeps the peak (KiB)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_kib, self.done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.done.wait(SAMPLE_SECONDS):
            self.peak_kib = max(self.peak_kib, tree_kib(process_tree(self.pid)))

    def stop(self) -> None:
        self.done.set()
        self.join()


def tree_kib(pids: list[int]) -> int:
    """Private memory of every process plus the largest shared part once (KiB): forked workers
    share their parent's pages, which summing their RSS would count once per worker."""
    sizes = [s for s in (_rss_and_private(pid) for pid in pids) if s is not None]
    return sum(private for _, private in sizes) + max((rss - private for rss, private in sizes), default=0)


def process_tree(pid: int) -> list[int]:
    """pid and its descendants, from /proc/<pid>/task/<tid>/children (empty without /proc)."""
    tree, pending = [], [pid]
    while pending:
        current = pending.pop()
        tree.append(current)
        for children in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                pending.extend(int(p) for p in children.read_text().split())
            except OSError:  # the process or thread has just ended
                continue
    return tree


def _rss_and_private(pid: int) -> tuple[int, int] | None:
    """RSS and private (unshared) KiB of one process, from smaps_rollup; None once it has ended."""
    try:
        fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:])
        kib = {key: int(value.split()[0]) for key, value in fields.items()}
        return kib["Rss"], kib["Private_Clean"] + kib["Private_Dirty"]
    except (OSError, ValueError, KeyError):
        return None


def _status_kib(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def tail(log: Path, lines: int = TAIL_LINES) -> str:
    """The last lines of stderr, without MkDocs' long lists of pages not in the nav."""
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    kept = [line for line in text.splitlines() if not line.startswith("  - ")]
    return "\n".join("    " + line for line in kept[-lines:])


def site_numbers(site: Path) -> tuple[int, int, int]:
    """Pages (index.html files), bytes of all files and bytes of the search index."""
    pages = size = 0
    for folder, _, files in os.walk(site):
        pages += "index.html" in files
        size += sum(os.path.getsize(os.path.join(folder, name)) for name in files)
    search = site / "search" / "search_index.json"
    return pages, size, search.stat().st_size if search.exists() else 0


def grouped_briefings(site: Path) -> int | None:
    """How many briefings briefing.json puts in near-duplicate groups; None without briefing.json.
    Read in a child process: parsed, it would raise this process's peak RSS (see the docstring)."""
    export = site / "briefing.json"
    if not export.exists():
        return None
    done = subprocess.run([sys.executable, "-c", _COUNT_GROUPED, str(export)], capture_output=True, text=True,
                          check=False, timeout=600)
    return int(done.stdout) if done.returncode == 0 and done.stdout.strip().isdigit() else None
