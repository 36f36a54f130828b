"""The timeline in pages a reader can open: events in date order, a bounded number per page.

A corpus of 900 news articles reports some 2,900 events; on one page that is 2.6 MB of HTML, which
a phone opens slowly and the build holds several copies of (the largest single thing a build
held). So the events, dated ones by date and then the undated, are cut into parts of at most
extra.briefing.timeline_page_events (EVENTS_PER_PAGE by default): the first is the Timeline page
of the nav (timeline.md), the others timeline/2.md, timeline/3.md ... off the nav, each linked
from every part's list of parts. A small briefing site has one part, the Timeline page alone.
Presentation only: which events there are and what they say is the events step's (events.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .model import Event

EVENTS_PER_PAGE = 200  # the default of extra.briefing.timeline_page_events: ~190 KB of HTML a page on
# the BBC articles, a page that opens at once on a phone
FIRST_PATH = "timeline.md"
FOLDER = "timeline/"


@dataclass(frozen=True, slots=True)
class TimelinePart:
    number: int  # from 1
    path: str  # docs path: timeline.md for the first
    dated: tuple[Event, ...]  # by date
    undated: tuple[Event, ...]  # after every dated event
    undated_number: int = 0  # among parts of undated events only, from 1, when there are several; else 0

    @property
    def label(self) -> str:
        """What it covers, as the list of parts shows it: '1998–2003', '2004', '2005, undated',
        'undated', or 'undated 2' when several parts hold undated events only."""
        years = [self.dated[0].value[:4], self.dated[-1].value[:4]] if self.dated else []  # type: ignore[index]
        span = (years[0] if years[0] == years[1] else f"{years[0]}–{years[1]}") if years else ""
        undated = ("undated" + (f" {self.undated_number}" if self.undated_number else "")) if self.undated else ""
        return ", ".join(p for p in (span, undated) if p) or "no events"


def part_path(number: int) -> str:
    return FIRST_PATH if number == 1 else f"{FOLDER}{number}.md"


def timeline_parts(events: Sequence[Event], per_page: int = EVENTS_PER_PAGE) -> tuple[TimelinePart, ...]:
    """The events in parts of at most per_page: dated ones by date (ties in the events' order),
    then the undated ones in the events' order. Always one part at least."""
    dated = sorted((e for e in events if e.value), key=lambda e: e.value or "")
    ordered = [*dated, *(e for e in events if not e.value)]
    chunks = [ordered[start:start + per_page] for start in range(0, len(ordered), max(1, per_page))] or [[]]
    undated_only = [number for number, chunk in enumerate(chunks, start=1) if chunk and not chunk[0].value]
    numbered = {number: position for position, number in enumerate(undated_only, start=1)} \
        if len(undated_only) > 1 else {}
    return tuple(TimelinePart(number, part_path(number), tuple(e for e in chunk if e.value),
                              tuple(e for e in chunk if not e.value), numbered.get(number, 0))
                 for number, chunk in enumerate(chunks, start=1))
