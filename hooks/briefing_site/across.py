"""The steps across briefings, in order: near-duplicates, events, differences, entity profiles,
the overview. Each runs on the analyses of the briefings that were rendered; a fault in one step
is a site fault (the step's pages say so) and the steps after it run on what is left, so no
cross-source step can take a briefing or the site down. Nothing here knows about MkDocs.

What a step reads of one briefing alone (its shingles, its candidate reports of events) is made
with the briefing's analysis (cross_inputs): in the workers of a cold build, and read back from the
cache with the analysis when another seed was edited, rather than made again for every briefing.
"""

from __future__ import annotations

import dataclasses
import traceback
from collections.abc import Callable, Sequence
from typing import TypeVar

from .catalog import entity_profiles
from .differences import find_differences
from .duplicates import find_duplicates, own_shingles, story_of
from .events import find_events, own_keys, own_statements, pack_keys, pack_statements
from .faults import describe_error
from .knowledge import Knowledge
from .model import Analysis, CrossInputs, CrossSource, SeedProblem, SiteFault
from .overview import make_overview

T = TypeVar("T")


def cross_source(analyses: Sequence[Analysis], min_sources: int, curated: frozenset[str],
                 faults: list[SiteFault], knowledge: Knowledge | None = None,
                 left_out: list[SeedProblem] | None = None) -> CrossSource:
    """What the briefings establish together. Faults are appended to `faults`. When a step fails
    and `left_out` is given, each briefing is tried as a site of its own: one the steps fail on
    alone is left out of them, as its named problem in `left_out` (it keeps its page), and the
    steps run again without it, so that one seed cannot empty a step's part of the site."""
    failures: list[tuple[str, Exception]] = []
    cross = _steps(analyses, min_sources, curated, failures, knowledge)
    if failures and left_out is not None and len(analyses) > 1:
        failed = {step for step, _ in failures}
        culprits = [problem for a in analyses if (problem := _failing_alone(a, min_sources, curated, knowledge))
                    and problem.step in failed]
        if culprits and len(culprits) < len(analyses):  # every briefing failing alone is the step's fault, not theirs
            left_out.extend(culprits)
            names = {p.source_file for p in culprits}
            failures = []
            cross = _steps([a for a in analyses if a.seed.source_file not in names], min_sources, curated, failures,
                           knowledge)
    faults.extend(_fault(step, error) for step, error in failures)
    return cross


def _steps(analyses: Sequence[Analysis], min_sources: int, curated: frozenset[str],
           failures: list[tuple[str, Exception]], knowledge: Knowledge | None) -> CrossSource:
    duplicates = _guarded("near-duplicates", failures, (), find_duplicates, analyses)
    events = _guarded("events", failures, (), find_events, analyses)
    differences = _guarded("differences", failures, (), find_differences, analyses, events, knowledge)
    profiles = _guarded("entities across briefings", failures, (), entity_profiles, analyses, events,
                        min_sources, curated, story_of(duplicates))
    overview = _guarded("overview", failures, None, make_overview, analyses, events, differences, profiles,
                        duplicates)
    return CrossSource(profiles, events, differences, overview, duplicates)


def _failing_alone(analysis: Analysis, min_sources: int, curated: frozenset[str],
                   knowledge: Knowledge | None) -> SeedProblem | None:
    """The briefing's problem if a step across briefings fails on it alone, else None."""
    failures: list[tuple[str, Exception]] = []
    _steps([analysis], min_sources, curated, failures, knowledge)
    if not failures:
        return None
    step, error = failures[0]
    return SeedProblem(analysis.seed.source_file,
                       f"is left out of the pages across briefings (events, actors, differences, overview): "
                       f"the {step} step failed on it ({describe_error(error)}); its own page is made",
                       hint="a fault in the briefing generator, not in the seed's format: the debug log "
                            "(mkdocs build --verbose) has the traceback",
                       step=step, kept=True, detail="".join(traceback.format_exception(error)))


def with_cross_inputs(analysis: Analysis) -> Analysis:
    """The analysis with what the steps across briefings read of it alone (model.CrossInputs)."""
    sample, rest, lead = own_shingles(analysis)
    statements = pack_statements(own_statements(analysis))
    keys = pack_keys(own_keys(analysis))
    return dataclasses.replace(analysis, cross_inputs=CrossInputs(sample, rest, lead, statements, keys))


def _guarded(step: str, failures: list[tuple[str, Exception]], fallback: T, function: Callable[..., T],
             *args: object) -> T:
    try:
        return function(*args)
    except Exception as error:  # noqa: BLE001 - a step across briefings must not take the site down
        failures.append((step, error))
        return fallback


def _fault(step: str, error: Exception) -> SiteFault:
    return SiteFault(f"the {step} step failed ({describe_error(error)}); its part of the site is empty",
                     "".join(traceback.format_exception(error)))
