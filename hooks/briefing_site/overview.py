"""Across sources, last step: the overview the home page opens with.

Key points are sentences copied from the briefings, never written by the site: first the events
that two or more sources report (the reader's strongest ground), then the leads of the briefings
most central to the collection (news before analysis before opinion), skipping any point that
repeats one already chosen. Each point carries every briefing sentence that supports it. Work is
linear in the number of briefings and events.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from .denials import denied_reports
from .duplicates import story_of
from .model import (
    Analysis,
    Difference,
    DuplicateGroup,
    EntityProfile,
    Event,
    EventReport,
    KeyPoint,
    Overview,
    SentenceRef,
)
from .terms import content_words, stem

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_POINTS = 6
LEAD_POINTS = 5  # stop adding single-source leads once the overview has this many points
MAIN_ACTORS = 8
REDUNDANT = 0.5  # share of content stems two points may have in common before one repeats the other
KIND_ORDER = {"news": 0, "press release": 1, "analysis": 2, "other": 3, "opinion": 4}
# A linking word, then a word that points back: the sentence needs the one before it
LINKED_BACK_REFERENCE = re.compile(r"^[\"“‘'(]*(?:But|And|Yet|So|However|Then|Later|Now|Instead|Meanwhile|Still),?\s+"
                                   r"(?:he|she|they|it|his|her|their|its|this|these|that|those)\b", re.IGNORECASE)
# A sentence that opens by answering one before it ("But a short statement … was presented …"): it
# reads alone, but as the second half of an argument the point does not show
CONNECTIVE_OPENING = re.compile(r"^[\"“‘'(]*(?:But|And|Yet|So(?!\s+far\b)|However|Instead|Meanwhile|Still|"
                                r"Nevertheless)\b")  # "So far, 3,000 have …" reads alone


def make_overview(analyses: Sequence[Analysis], events: Sequence[Event], differences: Sequence[Difference],
                  profiles: Sequence[EntityProfile], duplicates: Sequence[DuplicateGroup] = ()) -> Overview:
    """Versions of one story (near-duplicates) count as one source: a text saved twice, or one wire
    report carried by two outlets, does not corroborate itself."""
    by_id = {a.id: a for a in analyses}
    story = story_of(duplicates)
    events = [_independent(e, story) for e in events]
    # What the sources establish is what happened: an event every report of which is expected (dated
    # after its source was published, or said to be to come) stays on the timeline, marked, but is no
    # point and dates no range
    happened = [e for e in events if not all(r.standing == "expected" for r in e.reports)]
    dated = sorted(e.value for e in happened if e.value)
    recent = _of_their_time(dated, analyses)
    return Overview(
        points=tuple(_points(by_id, happened, profiles, denied_reports(differences))),
        first_date=recent[0] if recent else None,
        last_date=dated[-1] if dated else None,
        main_actors=tuple(p.id for p in profiles if p.has_page and p.type != "other")[:MAIN_ACTORS],
        corroborated=sum(1 for e in events if len(e.sources) > 1),
        single_sourced=sum(1 for e in events if len(e.sources) == 1),
        differences=len(differences),
        background_from=dated[0] if dated and recent[:1] != dated[:1] else None,
    )


BACKGROUND_DAYS = 365  # an event this long before the first source was published is its background


def _of_their_time(dated: list[str], analyses: Sequence[Analysis]) -> list[str]:
    """The dated events (sorted) of the sources' own time: from a year before the first of them was
    published ("covering events from 2004" was a past outbreak a report recalled). When fewer than
    half the sources say when they were published, all of them: their time is not known."""
    published = sorted(v for a in analyses if (v := a.metadata.published.value) and ISO_DAY.fullmatch(v))
    if not dated or not published or 2 * len(published) < len(analyses):
        return dated
    floor = (dt.date.fromisoformat(published[0]) - dt.timedelta(days=BACKGROUND_DAYS)).isoformat()
    recent = [d for d in dated if _period_end(d) >= floor]
    return recent or dated


def _period_end(value: str) -> str:
    """The last day a date at its precision may be, as ISO text to compare: '2004' is '2004-12-31'."""
    return value + "-12-31"[len(value) - 4:] if len(value) < 10 else value


def _points(by_id: dict[str, Analysis], events: Sequence[Event], profiles: Sequence[EntityProfile],
            denied: frozenset[SentenceRef] = frozenset()) -> list[KeyPoint]:
    """`denied`: sentences reporting what another source denies; a claim one source denies is not
    what the sources establish, however many report it (the point of difference shows both sides)."""
    chosen: list[KeyPoint] = []
    seen: list[set[str]] = []
    covered: set[SentenceRef] = set()
    for point in [*_event_points(by_id, events), *_lead_points(by_id, events, profiles)]:
        if len(chosen) == MAX_POINTS or (len(chosen) >= LEAD_POINTS and not point.corroborated):
            break
        words = _stems(_text(by_id, point.ref))
        if point.ref in covered or any(_overlap(words, other) >= REDUNDANT for other in seen) \
                or denied & set(point.support):
            continue
        chosen.append(point)
        seen.append(words)
        covered.update(point.support)
    return chosen


def _independent(event: Event, story: dict[str, str]) -> Event:
    """The event with one report per story: versions of a story the first one already reports dropped."""
    seen: set[str] = set()
    kept: set[str] = set()  # the briefings of the reports kept so far
    reports = []
    for report in event.reports:
        key = story.get(report.ref.briefing, report.ref.briefing)
        if key not in seen or report.ref.briefing in kept:
            seen.add(key)
            kept.add(report.ref.briefing)
            reports.append(report)
    return dataclasses.replace(event, reports=tuple(reports))


def _event_points(by_id: dict[str, Analysis], events: Sequence[Event]) -> list[KeyPoint]:
    """Events two or more sources report as done, the most widely reported (then the latest) first:
    'He was expected to visit the area on Tuesday', written on Monday, is no source of the visit."""
    told = {e.id: [r for r in e.reports if r.standing != "expected"] for e in events}
    shared = [e for e in events if len({r.ref.briefing for r in told[e.id]}) > 1]
    shared.sort(key=lambda e: (-len({r.ref.briefing for r in told[e.id]}), e.value is None, _negated(e.value or ""),
                               e.id))
    points = []
    for event in shared:
        support = _one_per_briefing(told[event.id], by_id)
        best = min(support, key=lambda r: _report_rank(r, by_id))
        points.append(KeyPoint(best.ref, tuple(r.ref for r in support), event.id))
    return points


def _lead_points(by_id: dict[str, Analysis], events: Sequence[Event],
                 profiles: Sequence[EntityProfile]) -> list[KeyPoint]:
    """Each briefing's first summary sentence, the briefings central to the collection first:
    centrality is how many other briefings name the entities it names."""
    reach = {p.id: len(p.briefings) for p in profiles}
    support_of: dict[SentenceRef, tuple[tuple[SentenceRef, ...], str]] = {}
    for event in events:  # each event's support worked out once, not once for each of its reports
        support = tuple(x.ref for x in _one_per_briefing([r for r in event.reports if r.standing != "expected"], by_id))
        for report in event.reports:  # what one source expected, only that source says
            support_of[report.ref] = ((report.ref,) if report.standing == "expected" else support, event.id)
    leads = []
    for analysis in by_id.values():
        if not analysis.summary:
            continue
        ref = SentenceRef(analysis.id, analysis.summary[0])
        centrality = sum(reach.get(e.id, 1) - 1 for e in analysis.entities)
        rank = (KIND_ORDER.get(analysis.kind.kind, 3), -centrality, analysis.id)
        support, event = support_of.get(ref, ((ref,), ""))
        leads.append((rank, KeyPoint(ref, support, event)))
    leads.sort(key=lambda item: item[0])
    return [point for _, point in leads]


def _one_per_briefing(reports: Sequence[EventReport], by_id: dict[str, Analysis]) -> list[EventReport]:
    best: dict[str, EventReport] = {}
    for report in reports:
        current = best.get(report.ref.briefing)
        if current is None or _report_rank(report, by_id) < _report_rank(current, by_id):
            best[report.ref.briefing] = report
    return [best[key] for key in sorted(best)]


def _report_rank(report: EventReport, by_id: dict[str, Analysis]) -> tuple[bool, bool, bool, bool, int, int, int, str]:
    """Which report reads best as the point: one that tells it as done ("returned to Telmar on 14
    March", not "is due to return to Telmar on Thursday"), stands alone, from news, in the summary. A
    sentence opening "But he …" or "And it …" stands alone no better than one opening "He …" (the
    events step gives only the latter the sentence before as context): "But he changed his mind in
    June 2004" led the overview of the 927 BBC articles, over "Mr Blair then changed his mind …". One
    opening "But …" or "However, …" answers a sentence the point does not show: after those that do not."""
    analysis = by_id[report.ref.briefing]
    in_summary = report.ref.sentence in analysis.summary
    text = _text(by_id, report.ref)
    linked, connective = bool(LINKED_BACK_REFERENCE.match(text)), bool(CONNECTIVE_OPENING.match(text))
    return (report.standing == "expected", report.context is not None, linked, connective,
            KIND_ORDER.get(analysis.kind.kind, 3), not in_summary, report.ref.sentence, report.ref.briefing)


def _text(by_id: dict[str, Analysis], ref: SentenceRef) -> str:
    return by_id[ref.briefing].document.sentence_text(ref.sentence)


def _stems(text: str) -> set[str]:
    return {stem(w) for w in content_words(text)}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))


def _negated(value: str) -> tuple[int, ...]:
    """A sort key putting later ISO dates first."""
    return tuple(-ord(c) for c in value)

