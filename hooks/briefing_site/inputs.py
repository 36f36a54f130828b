"""A seeds folder as read, before any analysis: what decides whether the site cache holds the build.

The generator's own process reads the seeds and asks the site cache with this module, and never
imports the analysis steps: a build the cache holds needs none of them, and any other build runs
them in a child process (isolated.py), which imports them after it is forked. Imported before the
fork, the steps' modules (their functions, compiled patterns and word lists: 6 MiB) were held by
both processes, since a module's objects are written to whenever its code runs (reference counts),
and each page the child wrote to was then copied.
"""

from __future__ import annotations

import dataclasses
import os
import time

from .code_cache import kept_code
from .faults import guarded
from .model import RawSeed, SeedFile, SeedProblem, Settings, SiteBuild, SkippedFile
from .reading import discover_seeds, read_seed
from .site_cache import SiteCache, open_site_cache, still_current
from .spool import Spool, open_spool, spooling


def build_site(settings: Settings, reuse_site: bool = True, remember: bool = False) -> SiteBuild:
    """Every page and the export from a seeds folder. A fault in one seed, at any step, becomes a
    named problem for that seed and a page saying so; every other seed builds, and the steps
    across seeds see only the seeds that were analysed and rendered. With a cache folder and
    reuse_site, a build whose inputs are all as last time is read back whole (site_cache.py),
    without its analyses. remember keeps this build's analyses in memory for the next build in
    this process (`mkdocs serve`); otherwise they are let go with the SiteBuild."""
    site = SiteInputs.read(settings, reuse_site)
    return site.stored() or site.build(remember)


@dataclasses.dataclass(frozen=True)
class SiteInputs:
    """The seeds as read, the problems reading found, and the site cache's entry for them."""

    settings: Settings
    seed_files: list[SeedFile]
    reads: list[RawSeed | SeedProblem]
    problems: list[SeedProblem]
    skipped: list[SkippedFile]
    cached: SiteCache | None
    started: float
    spool: Spool | None  # where this build's pages are kept (spool.py); made here, before any child is forked

    @classmethod
    def read(cls, settings: Settings, reuse_site: bool = True) -> SiteInputs:
        started = time.perf_counter()
        seed_files, problems, skipped = discover_seeds(settings.seeds_dir, settings.cache_dir)
        reads = read_all(seed_files, settings)
        cached = open_site_cache(settings, reads, problems, skipped, source_date_epoch()) if reuse_site else None
        return cls(settings, seed_files, reads, problems, skipped, cached, started, open_spool())

    def stored(self) -> SiteBuild | None:
        """The build the site cache holds for exactly these inputs, or None."""
        with spooling(self.spool):
            if self.cached is None or (stored := self.cached.load()) is None:
                return None
        return dataclasses.replace(stored, seconds=(("reading, and the site from the cache",
                                                     time.perf_counter() - self.started),))

    def build(self, remember: bool = False, keep_analyses: bool = True) -> SiteBuild:
        """Every step, and the site cache filled for the next build. Without keep_analyses (nor
        remember), the SiteBuild's analyses are as the last steps read them (Analysis.listed), and
        each step lets go of what no later step reads: for a caller that needs the pages alone."""
        with kept_code(self.settings.cache_dir):  # the steps' compiled code kept (code_cache.py)
            from .pipeline import build_pages  # here, not above: see the module's docstring

        build = build_pages(self, remember, keep_analyses)
        if self.cached is not None and still_current(self.cached, self.settings):
            self.cached.store(build)
        return build


def read_all(seed_files: list[SeedFile], settings: Settings) -> list[RawSeed | SeedProblem]:
    """Each seed as read, or the named problem reading it gave, in seed order."""
    return [guarded(s.source_file, read_seed, s, settings.seeds_dir, settings.max_seed_bytes) for s in seed_files]


def let_go_of_texts(reads: list[RawSeed | SeedProblem]) -> None:
    """The seeds as read, without their texts, once analysed: each analysis holds its document, and
    the texts as read were kept to the end of the build for nothing (3 MB at 1,298 news articles,
    4 to 5 MiB of a build's peak with one seed edited). In place: the SiteInputs holds this list."""
    reads[:] = [read.without_text() if isinstance(read, RawSeed) else read for read in reads]


def source_date_epoch() -> int | None:
    """SOURCE_DATE_EPOCH, the reproducible build's date (the Makefile sets it from the last commit);
    None when unset or not a number of seconds."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(value) if value.isdigit() else None
