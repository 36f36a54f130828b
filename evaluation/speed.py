"""Time the analysis of a corpus beside the full `mkdocs build` of the same documents.

Both run in this one command on the same machine, so the ratio holds even when the machine is
noisy; each is repeated and the median is reported.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from briefing_site import pipeline
from briefing_site.knowledge import load_knowledge
from briefing_site.linking import related_briefings
from briefing_site.model import Settings
from briefing_site.reading import discover_seeds, read_seed

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class SpeedResult:
    documents: int
    analysis: list[float]
    build: list[float]
    doubled_build: float  # one build of every document twice over (2N seeds): should take ~2x


def measure(corpus: Path, limit: int | None, repeats: int = 3) -> SpeedResult:
    seeds_dir = corpus / "articles" if (corpus / "articles").is_dir() else corpus
    if limit:
        seeds_dir = _subset(seeds_dir, limit)
    analysis = [_time_analysis(seeds_dir) for _ in range(repeats)]
    build = [_time_build(seeds_dir) for _ in range(repeats)]
    return SpeedResult(len(discover_seeds(seeds_dir)[0]), analysis, build, _time_build(_doubled(seeds_dir)))


def _doubled(seeds_dir: Path) -> Path:
    """Every seed twice, in two subfolders: the same corpus at twice the size."""
    target = Path(tempfile.mkdtemp(prefix="speed-doubled-"))
    for copy in ("a", "b"):
        shutil.copytree(seeds_dir, target / copy)
    return target


def _subset(seeds_dir: Path, limit: int) -> Path:
    target = Path(tempfile.mkdtemp(prefix="speed-seeds-"))
    for path in sorted(seeds_dir.rglob("*.txt"))[:limit]:
        destination = target / path.relative_to(seeds_dir)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)  # copies: seeds may not link out of their folder
    return target


def _time_analysis(seeds_dir: Path) -> float:
    settings = Settings(seeds_dir=seeds_dir.resolve(), max_seed_bytes=10**8)
    knowledge = load_knowledge(None)
    started = time.perf_counter()
    analyses = [pipeline.analyse(read_seed(seed, settings.seeds_dir, settings.max_seed_bytes), settings, knowledge)
                for seed in discover_seeds(settings.seeds_dir)[0]]
    related_briefings(pipeline.identify(analyses)[0], settings.related_links)
    return time.perf_counter() - started


def _time_build(seeds_dir: Path) -> float:
    with tempfile.TemporaryDirectory() as site:
        env = {**os.environ, "BRIEFING_SEEDS": str(seeds_dir), "NO_MKDOCS_2_WARNING": "1"}
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(ROOT / "mkdocs.yml"), "-d", site],
                       env=env, check=True, cwd=ROOT)
        return time.perf_counter() - started


def report(result: SpeedResult) -> None:
    analysis, build = statistics.median(result.analysis), statistics.median(result.build)
    print(f"\nSpeed: {result.documents} documents, median of {len(result.analysis)} runs each")
    print(f"  analysis + linking (in process):  {analysis:6.2f} s  runs: {_runs(result.analysis)}")
    print(f"  full mkdocs build (same seeds):   {build:6.2f} s  runs: {_runs(result.build)}")
    print(f"  analysis / build: {analysis / build:.2f}")
    print(f"  full build of {2 * result.documents} documents (each twice): {result.doubled_build:6.2f} s, "
          f"{result.doubled_build / build:.2f} x the single build (linear: ~2)")


def _runs(times: list[float]) -> str:
    return ", ".join(f"{t:.2f}" for t in times)
