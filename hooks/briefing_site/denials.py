"""Points of difference, one more kind: what one source reports and another source denies.

"Engineers have found cracks in the concrete of the Tarrun Dam …" (a local paper, from an official
who asked not to be named) and "The Ministry of Energy and Water denied a report … that the Tarrun
Dam … had been cracked by the quake" (a wire): the site showed the claim as a key point of what the
sources establish, and the denial nowhere near it.

A denial is a sentence with a verb of denying ("denied", "rejected", "dismissed", "refuted") and
what it denies: a report, a claim, an allegation, the findings, "that …", or a doing ("denied paying
any bribes"). It is set against an event (events.py) when one of the event's reports, in another
briefing, names an entity the denial names after its verb (one named by few briefings: a dam, a
firm, not the country every source names), says most of what the denial denies (SHARE of its
telling words: "Tarrun", "Dam", "Ilsa", "River", "cracked"; a report of the quake that names the
river says too little of the dam), and one of the words it shares is no name ("cracks"). The site
lists the event's first report from each source and the denial; it never says which is right. The
overview (overview.py) leaves an event one source alone reports and another denies out of what the
sources establish.

Bounded: each denial looks up the events of the rare entities it names (DENIED_EVENTS of each, at
most) and reads the first REPORTS_READ reports of each, never every event nor every report.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from .model import Analysis, Difference, DifferenceClaim, Event, EventReport, SentenceRef
from .terms import content_terms

DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|reject|dismissed|dismisses|refuted|refutes|refute)\s+"
    r"(?:(?:a|an|the|any|all|these|those|its|earlier|local|media|press|newspaper|recent|[A-Z][\w'’-]*['’]s)\s+){0,3}"
    r"(?:(?:reports?|claims?|allegations?|accusations?|suggestions?|accounts?|rumou?rs?|findings)\b|that\b|"
    r"(?!being\b|having\b)[a-z]+ing\b)")
DENIAL_WORD = re.compile(r"deni|deny|reject|dismiss|refut")  # what DENIAL needs: most sentences have none
# A court that rejects a claim rules on it ("a three-judge appeal court panel rejected the claim"): no
# source denying what another reports
COURT_BEFORE = re.compile(r"\b(?:court|courts|judge|judges|panel|tribunal|jury|justices)\b", re.IGNORECASE)
NAME_AT = re.compile(r"[\w'’-]+(?:\s+[A-Z][\w'’-]*)*")
# Words of the denial itself, of reporting, and of time: shared, they say nothing of what was denied
UNTELLING = frozenset(content_terms(
    "report reports reported claim claims claimed allegation allegations said says told newspaper local media "
    "press earlier monday tuesday wednesday thursday friday saturday sunday week month year today yesterday "
    "official officials statement"))
SHARE = 2 / 3  # of what a denial denies (its telling words, names too), a report must say this much
DENIED_EVENTS = 20  # events looked at per rare entity a denial names
REPORTS_READ = 40  # of an event's reports, those read against a denial: the work stays linear in the denials
MAX_DENIALS = 20  # points of this kind kept, the most reported claims first


def find_denials(analyses: Sequence[Analysis], events: Sequence[Event],
                 rare: Callable[[str], bool]) -> list[Difference]:
    """A difference for each event a source reports and another denies (`rare`: is an entity id
    named by few briefings). Ids are left to the caller, as for the other kinds."""
    denials = [(a, s, found) for a in analyses for s in a.document.sentences
               if DENIAL_WORD.search(s.text) and (found := DENIAL.search(s.text))
               and not COURT_BEFORE.search(s.text, 0, found.start())]
    if not denials:
        return []  # most collections: no sentence is read again
    by_entity: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        for participant in event.participants:
            if rare(participant) and len(by_entity[participant]) < DENIED_EVENTS:
                by_entity[participant].append(event)
    sentences = _Sentences(analyses)
    found: dict[str, tuple[Event, list[SentenceRef]]] = {}
    for analysis, sentence, denial in denials:
        named = {entity for entity, start in sentences.mentions(analysis.id, sentence.index)
                 if start >= denial.start() and rare(entity)}
        words = set(content_terms(sentence.text[denial.end():])) - UNTELLING
        ref = SentenceRef(analysis.id, sentence.index)
        for event in _candidates(named, by_entity):
            if _denies(event, ref, named, words, sentences):
                found.setdefault(event.id, (event, []))[1].append(ref)
    ranked = sorted(found.values(), key=lambda item: (-len(item[0].sources), item[0].id))[:MAX_DENIALS]
    return [_difference(event, refs) for event, refs in ranked]


class _Sentences:
    """The sentences and the names in them of the briefings a denial is compared with, made for
    those briefings alone, when first asked."""

    def __init__(self, analyses: Sequence[Analysis]) -> None:
        self.by_id = {a.id: a for a in analyses}
        self.texts: dict[str, dict[int, str]] = {}
        self.named: dict[str, dict[int, list[tuple[str, int]]]] = {}

    def text(self, briefing: str, sentence: int) -> str:
        if briefing not in self.texts:
            self.texts[briefing] = {s.index: s.text for s in self.by_id[briefing].document.sentences}
        return self.texts[briefing].get(sentence, "")

    def mentions(self, briefing: str, sentence: int) -> list[tuple[str, int]]:
        """The entities named in the sentence, with where each mention starts."""
        if briefing not in self.named:
            found: dict[int, list[tuple[str, int]]] = defaultdict(list)
            for entity in self.by_id[briefing].entities:
                for mention in entity.mentions:
                    found[mention.sentence].append((entity.id, mention.start))
            self.named[briefing] = found
        return self.named[briefing].get(sentence, [])


def _candidates(named: set[str], by_entity: dict[str, list[Event]]) -> list[Event]:
    return list({e.id: e for entity in sorted(named) for e in by_entity.get(entity, ())}.values())


def _denies(event: Event, denial: SentenceRef, named: set[str], words: set[str], sentences: _Sentences) -> bool:
    """Does a report of the event, from another briefing, name a rare entity the denial names and
    say most of what it denies?"""
    for report in event.reports[:REPORTS_READ]:
        briefing, index = report.ref.briefing, report.ref.sentence
        text = sentences.text(briefing, index)
        if briefing == denial.briefing or DENIAL_WORD.search(text):
            continue  # a report that tells of a denial or a rejection itself says no more than the denial
        mentions = sentences.mentions(briefing, index)
        if not named & {entity for entity, _ in mentions}:
            continue
        told = set(content_terms(text))
        if words & (told - _name_words(text, mentions)) and len(words & told) >= SHARE * len(words):
            return True
    return False


def _name_words(text: str, mentions: list[tuple[str, int]]) -> set[str]:
    """The words of the names in a sentence ('Tarrun', 'Dam'): shared, they are the entity again."""
    found: set[str] = set()
    for _, start in mentions:
        name = NAME_AT.match(text, start)
        if name:
            found.update(content_terms(name.group()))
    return found


def _difference(event: Event, denials: list[SentenceRef]) -> Difference:
    denied_in = {ref.briefing for ref in denials}
    reports = [r for r in first_reports(event) if r.ref.briefing not in denied_in]
    claims = [DifferenceClaim(r.ref, "reported") for r in reports]
    claims += [DifferenceClaim(ref, "denied") for ref in dict.fromkeys(denials)]
    return Difference("", "denial", event.label, tuple(claims))


def first_reports(event: Event) -> list[EventReport]:
    """One report per source, the first."""
    return list({r.ref.briefing: r for r in reversed(event.reports)}.values())[::-1]


def denied_reports(differences: Sequence[Difference]) -> frozenset[SentenceRef]:
    """The sentences reporting what a source denies: no point of what the sources establish."""
    return frozenset(c.ref for d in differences if d.kind == "denial" for c in d.claims if c.value == "reported")
