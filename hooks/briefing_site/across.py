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
from .knowledge import Knowledge
from .model import Analysis, CrossInputs, CrossSource, SiteFault, one_line
from .overview import make_overview

T = TypeVar("T")


def cross_source(analyses: Sequence[Analysis], min_sources: int, curated: frozenset[str],
                 faults: list[SiteFault], knowledge: Knowledge | None = None) -> CrossSource:
    """What the briefings establish together. Faults are appended to `faults`."""
    duplicates = _guarded("near-duplicates", faults, (), find_duplicates, analyses)
    events = _guarded("events", faults, (), find_events, analyses)
    differences = _guarded("differences", faults, (), find_differences, analyses, events, knowledge)
    profiles = _guarded("entities across briefings", faults, (), entity_profiles, analyses, events,
                        min_sources, curated, story_of(duplicates))
    overview = _guarded("overview", faults, None, make_overview, analyses, events, differences, profiles,
                        duplicates)
    return CrossSource(profiles, events, differences, overview, duplicates)


def with_cross_inputs(analysis: Analysis) -> Analysis:
    """The analysis with what the steps across briefings read of it alone (model.CrossInputs)."""
    sample, rest, lead = own_shingles(analysis)
    statements = pack_statements(own_statements(analysis))
    keys = pack_keys(own_keys(analysis))
    return dataclasses.replace(analysis, cross_inputs=CrossInputs(sample, rest, lead, statements, keys))


def _guarded(step: str, faults: list[SiteFault], fallback: T, function: Callable[..., T], *args: object) -> T:
    try:
        return function(*args)
    except Exception as error:  # noqa: BLE001 - a step across briefings must not take the site down
        message = one_line(str(error))
        faults.append(SiteFault(f"the {step} step failed ({type(error).__name__}: {message}); "
                                "its part of the site is empty", "".join(traceback.format_exception(error))))
        return fallback
