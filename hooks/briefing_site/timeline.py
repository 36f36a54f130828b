"""The timeline in pages a reader can open: events in date order, a bounded number per page.

A corpus of 900 news articles reports some 2,900 events; on one page that is 2.6 MB of HTML, which
a phone opens slowly and the build holds several copies of (the largest single thing a build
held). So the events, dated ones by date and then the undated, are cut into parts of at most
extra.briefing.timeline_page_events (EVENTS_PER_PAGE by default): the first is the Timeline page
of the nav (timeline.md), the others timeline/2.md, timeline/3.md ... off the nav, each linked
from every part's list of parts. Parts are cut where the year changes: a reader looking for 2004
finds it whole on the part the list names "2004" (or "2003–2005"), and only a year with more
events than a page is spread over parts of its own ("2004 (2 of 3)"). A small briefing site has
one part, the Timeline page alone. Presentation only: which events there are and what they say is
the events step's (events.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .model import Event

EVENTS_PER_PAGE = 200  # the default of extra.briefing.timeline_page_events: ~190 KB of HTML a page on
# the BBC articles, a page that opens at once on a phone
PAGER_REACH = 3  # the parts on each side of a part that its list of parts shows
FIRST_PATH = "timeline.md"
FOLDER = "timeline/"


@dataclass(frozen=True, slots=True)
class TimelinePart:
    number: int  # from 1
    path: str  # docs path: timeline.md for the first
    dated: tuple[Event, ...]  # by date
    undated: tuple[Event, ...]  # after every dated event
    piece: tuple[int, int] | None = None  # (k, n): the k-th of the n parts one year (or the undated) fills

    @property
    def label(self) -> str:
        """What it covers, as the list of parts shows it: '1998–2003', '2004', '2005, undated',
        'undated', or '2004 (2 of 3)' for a year spread over several parts."""
        years = [self.dated[0].value[:4], self.dated[-1].value[:4]] if self.dated else []  # type: ignore[index]
        span = (years[0] if years[0] == years[1] else f"{years[0]}–{years[1]}") if years else ""
        label = ", ".join(p for p in (span, "undated" if self.undated else "") if p) or "no events"
        return f"{label} ({self.piece[0]} of {self.piece[1]})" if self.piece else label


def pager(parts: Sequence[TimelinePart], number: int, reach: int = PAGER_REACH) -> list[TimelinePart | None]:
    """The parts the list of parts on part `number` shows, None for a run left out ('…'): on the
    first, every part (it is the timeline's contents); on another, the first and last and those
    within `reach` of it, so that each part's list is short and the timeline's pages do not grow
    with the square of their number (one event a part made 2,885 parts of 313 KB each)."""
    if number == 1:
        return list(parts)
    shown: list[TimelinePart | None] = []
    for part in parts:
        if part.number in (1, len(parts)) or abs(part.number - number) <= reach:
            shown.append(part)
        elif shown[-1] is not None:
            shown.append(None)
    return shown


def part_path(number: int) -> str:
    return FIRST_PATH if number == 1 else f"{FOLDER}{number}.md"


def timeline_parts(events: Sequence[Event], per_page: int = EVENTS_PER_PAGE) -> tuple[TimelinePart, ...]:
    """The events in parts of at most per_page: dated ones by date (ties in the events' order),
    then the undated ones in the events' order. A part holds as many whole years (the undated
    events counting as one) as fit; a year that does not fit on one page gets parts of its own.
    Always one part at least."""
    per_page = max(1, per_page)
    chunks: list[tuple[list[Event], tuple[int, int] | None]] = []
    current: list[Event] = []
    for group in _years(events):
        if len(group) > per_page:  # spread over parts of its own, each saying which of them it is
            if current:
                chunks.append((current, None))
                current = []
            pieces = [group[start:start + per_page] for start in range(0, len(group), per_page)]
            chunks.extend((piece, (k, len(pieces))) for k, piece in enumerate(pieces, start=1))
        elif len(current) + len(group) > per_page:
            chunks.append((current, None))
            current = list(group)
        else:
            current.extend(group)
    if current or not chunks:
        chunks.append((current, None))
    return tuple(TimelinePart(number, part_path(number), tuple(e for e in chunk if e.value),
                              tuple(e for e in chunk if not e.value), piece)
                 for number, (chunk, piece) in enumerate(chunks, start=1))


def _years(events: Sequence[Event]) -> list[list[Event]]:
    """The dated events by date, one list per year; then the undated ones, in their order, as one."""
    groups: dict[str, list[Event]] = {}
    for event in sorted((e for e in events if e.value), key=lambda e: e.value or ""):
        groups.setdefault((event.value or "")[:4], []).append(event)
    undated = [e for e in events if not e.value]
    return [*groups.values(), *([undated] if undated else [])]
