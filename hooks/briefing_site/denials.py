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

A denial that refers back ("his lawyer flatly denied that on Tuesday", "denied that its forces
had taken part in any such raid", "denied paying anything") denies the claim before it: the clause
its own sentence reports first ("Reports … said he had agreed to a plea deal …, but …"), else the
nearest sentence before that tells of it (of "any such raid", the last one naming a raid). A claim
called false ("The suggestion that Corvane ignored an inspector's report is false") is denied too.
What is denied ends at its clause: in "denied wanting to be leader until October 2004, when he told
…", the "when" is not denied. A claim no event tells (undated: "Corvane Minerals ignored both
recommendations") is looked for among the sentences of other briefings that name a rare entity
the denial names, by the same test of words; an interviewer's question is no claim.

Bounded: each denial looks up the events of the rare entities it names (DENIED_EVENTS of each, at
most) and reads the first REPORTS_READ reports of each, never every event nor every report; a
denial no event answers reads the first SENTENCES_READ sentences of each such entity.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from .model import Analysis, Difference, DifferenceClaim, Entity, Event, EventReport, Sentence, SentenceRef
from .terms import content_terms as _content_terms

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
UNTELLING = frozenset(_content_terms(
    "report reports reported claim claims claimed allegation allegations said says told newspaper local media "
    "press earlier monday tuesday wednesday thursday friday saturday sunday week month year today yesterday "
    "official officials statement"))
SHARE = 2 / 3  # of what a denial denies (its telling words, names too), a report must say this much
# or, of a denial worded more fully, this many of its words, this share, and this many that are no name: two
# ("election", "supremo") had set a denied rift against Mr Milburn's appointment, which no one denied
MIN_SHARED, LOOSE_SHARE, MIN_UNNAMED = 4, 1 / 3, 3
DENIED_EVENTS = 20  # events looked at per rare entity a denial names
REPORTS_READ = 40  # of an event's reports, those read against a denial: the work stays linear in the denials
MAX_DENIALS = 20  # points of this kind kept, the most reported claims first
SENTENCES_READ = 60  # sentences looked up per rare entity a denial no event answers names
LOOK_BACK = 3  # sentences before a denial that 'any such raid' may point at
SUBJECT_WORDS = 12  # words of a denied clause shown as the point's subject
# "… denied that on Tuesday", "denied it", "any such raid", "denied the claims": what is denied is told before
REFERS_BACK = re.compile(r"\b(?:denied|denies|deny|denying|rejected|rejects|reject|dismissed|dismisses|refuted|"
                         r"refutes|refute)\s+(?:(?:that|it|this|them|those|these)|(?:the|these|those)\s+(?:reports?|"
                         r"claims?|allegations?|accusations?))(?=\s*(?:[,.;]|$|(?:on|in|at|last|this|yesterday|today|as|"
                         r"outright|again|too|also|strongly|flatly|categorically|publicly)\b))|\bsuch\s+(?P<such>[a-z]+)"
                         # "denied paying anything", right after the verb (not "denied … urging it to block the deal")
                         r"|\b(?:denied|denies|deny|denying|rejected|rejects|reject|dismissed|dismisses|refuted|refutes|"
                         r"refute)\s+[a-z]+ing\s+(?:anything|it|this|that|them)\b(?!\s+[a-z]+ed\b)")
# a denial of the denier's own doing: "denied that it had received", "denies receiving", "denied that its forces"
OWN_DOING = re.compile(r"\w+\s+(?:that\s+(?:it|they|its|their)\b|(?!being\b|having\b)[a-z]+ing\b)")
CLAUSE_END = re.compile(r",\s*(?:when|which|who|but|and|as|after|before|while|although|though|because)\b|;|:")
# "Reports in the press in June said he had agreed to a plea deal …, but his lawyer denied that"
REPORTED_CLAIM = re.compile(r"\b(?:said|says|reported|claimed|alleged|suggested|wrote)\s+(?:that\s+)?"
                            r"(?P<claim>[^;]{12,300}?)\s*(?:,\s*(?:but|and|while|although)\b|;|$)")
FALSE_WORD = re.compile(r"\b(?:false|untrue|wrong|baseless|groundless|unfounded|nonsense|incorrect|inaccurate|lies?|"
                        r"invention|fabricat)", re.IGNORECASE)
# "The suggestion that Corvane ignored an inspector's report is false": what is denied is the clause
FALSE_CLAIM = re.compile(
    r"\b(?:suggestions?|claims?|reports?|allegations?|accusations?|ideas?|notion|assertions?|stories|story|"
    r"rumou?rs?)(?:\s+(?:on|in)\s+(?:social\s+media|the\s+press|the\s+media|some\s+media))?\s+that\s+"
    r"(?P<claim>[^\"“”;]{8,240}?)\s+(?:is|was|are|were)\s+(?:(?:simply|completely|totally|entirely|utterly|plainly|"
    r"just|wholly)\s+)?(?:false|untrue|wrong|baseless|groundless|unfounded|nonsense|incorrect|inaccurate|lies|"
    r"a\s+lie|an?\s+(?:invention|fabrication))\b", re.IGNORECASE)
# A sentence that calls what was said before it false: "That is simply not true.", "This is untrue."
THAT_IS_FALSE = re.compile(r"\W*(?:[A-Z][\w'’-]*:\s*)?(?:No[.,]\s+)?(?:That|This|It)(?:['’]s|\s+is|\s+was)\s+"
                           r"(?:(?:simply|just|completely|totally|absolutely|entirely|utterly|plainly)\s+)?"
                           r"(?:not\s+true|untrue|false|wrong|nonsense|a\s+lie|incorrect|inaccurate|not\s+the\s+case)\b")
TURN_LABEL = re.compile(r"^\W*[A-Z][\w'’ .-]{0,30}:\s+")  # an interview's speaker label: "LBR: …"
# "It has been reported that …", "Reports say …": the words that tell a claim, before the claim
REPORTED_THAT = re.compile(r"^\W*(?:It\s+(?:has\s+been|was|is)\s+(?:reported|said|claimed|"
                           r"alleged|suggested)|(?:Reports|Some)\s+(?:say|said|suggest|claim))\s+(?:that\s+)?")
REPORT_THAT = re.compile(r"\s*(?:[\w'’-]+\s+){0,8}?that\s+")  # the words up to what a report said
HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# A question, asked in the text's own voice ("What is your position today?", "Will rates rise in May?"):
# it ends in a question mark outside any quotation, and tells no claim of its source (events.py reads it too)
QUESTION = re.compile(r"\?\s*$")


def content_terms(text: str) -> list[str]:
    """The text's content terms, accents folded: "Dahlstrøm" in a question is the "Dahlstrom" of a report."""
    return [_folded(term) for term in _content_terms(text)]


def _folded(term: str) -> str:
    if term.isascii():
        return term
    return "".join(c for c in unicodedata.normalize("NFKD", term.replace("ø", "o").replace("Ø", "O"))
                   if not unicodedata.combining(c))


@dataclass(frozen=True)
class _Denial:
    """A denial and what it denies: the words of the denied clause, and where in which sentence they
    are (the denial's own, or, for "denied that" and "any such raid", the claim it refers back to)."""

    ref: SentenceRef  # the sentence that denies
    sentence: int  # the sentence holding what is denied
    start: int
    end: int
    words: frozenset[str]
    subject: str  # what is denied, in the source's words


def find_denials(analyses: Sequence[Analysis], events: Sequence[Event],
                 rare: Callable[[str], bool]) -> list[Difference]:
    """A difference for each claim a source reports and another denies (`rare`: is an entity id
    named by few briefings): an event's, else a sentence's. Ids are left to the caller."""
    denials = [d for a in analyses for d in _denials_of(a)]
    if not denials:
        return []  # most collections: no sentence is read again
    by_entity: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        for participant in event.participants:
            if rare(participant) and len(by_entity[participant]) < DENIED_EVENTS:
                by_entity[participant].append(event)
    sentences = _Sentences(analyses)
    found: dict[str, tuple[Event, list[SentenceRef]]] = {}
    unmatched: list[tuple[_Denial, set[str]]] = []
    for denial in denials:
        named = {entity for entity, start in sentences.mentions(denial.ref.briefing, denial.sentence)
                 if denial.start <= start < denial.end and rare(entity)}
        matched = [e for e in _candidates(named, by_entity) if _denies(e, denial.ref, named, denial.words, sentences)]
        for event in matched:
            found.setdefault(event.id, (event, []))[1].append(denial.ref)
        if not matched and named:
            unmatched.append((denial, named))
    ranked = sorted(found.values(), key=lambda item: (-len(item[0].sources), item[0].id))
    told = {r.ref for event, _ in ranked for r in event.reports}
    differences = [_difference(event, refs) for event, refs in ranked]
    differences += _sentence_denials(unmatched, sentences, told)
    return differences[:MAX_DENIALS]


def _denials_of(analysis: Analysis) -> Iterator[_Denial]:
    """The denials of one briefing: 'denied that …', 'rejected reports …', and 'The suggestion that
    Corvane ignored an inspector's report is false'; for a denial that refers back ('denied that on
    Tuesday', 'denied that its forces had taken part in any such raid'), also the claim before it:
    the clause its sentence reports first ('Reports said he had agreed to a plea deal, but his lawyer
    denied that'), else the sentence before."""
    before: list[Sentence] = []  # the last LOOK_BACK sentences, nearest last
    for sentence in analysis.document.sentences:
        text = sentence.text
        if DENIAL_WORD.search(text) and (found := DENIAL.search(text)) \
                and not COURT_BEFORE.search(text, 0, found.start()):
            ref = SentenceRef(analysis.id, sentence.index)
            stop = CLAUSE_END.search(text, found.end())  # "denied wanting to be leader, when he told …": not the when
            end = stop.start() if stop else len(text)
            rest = text[found.end():end]
            # "Cordal denied that it had received any warning", "Cordal denies receiving any warning": what
            # is denied is the denier's own doing, so the names before the verb are what it tells of too
            start = 0 if OWN_DOING.match(text, found.start()) else found.start()
            yield _Denial(ref, sentence.index, start, end, frozenset(_telling(rest)), _clause(rest))
            if back := REFERS_BACK.search(text, found.start(), end):
                yield from _referred(ref, sentence, before, found.start(), back.group("such"))
        elif THAT_IS_FALSE.match(text) and before and not DENIAL_WORD.search(before[-1].text):
            # "That is simply not true.", after "It has been reported that Mr Dahlstrøm was pushed out by the
            # board": the sentence before is what is denied, as a question put to the one who answers
            ref = SentenceRef(analysis.id, sentence.index)
            earlier = before[-1]
            asked = TURN_LABEL.sub("", earlier.text, count=1)  # "LBR: It has been reported that …": no label
            yield _Denial(ref, earlier.index, 0, len(earlier.text), frozenset(_telling(asked)),
                          _clause(REPORTED_THAT.sub("", asked, count=1)))
        # "that" first, found by `in` in C: most sentences have none, and are searched no further
        for claim in FALSE_CLAIM.finditer(text) if "that " in text and FALSE_WORD.search(text) else ():
            yield _Denial(SentenceRef(analysis.id, sentence.index), sentence.index, claim.start("claim"),
                          claim.end("claim"), frozenset(_telling(claim.group("claim"))), _clause(claim.group("claim")))
        before = [*before[1 - LOOK_BACK:], sentence]


def _referred(ref: SentenceRef, sentence: Sentence, before: list[Sentence], at: int,
              such: str | None) -> Iterator[_Denial]:
    """What a denial that refers back denies: a claim its own sentence reports before it, else the
    sentence before; for 'any such raid', the nearest sentence before that tells of a raid."""
    claim = REPORTED_CLAIM.search(sentence.text, 0, at)
    if claim and len(_telling(claim.group("claim"))) >= 3:
        yield _Denial(ref, sentence.index, claim.start("claim"), claim.end("claim"),
                      frozenset(_telling(claim.group("claim"))), _clause(claim.group("claim")))
        return
    wanted = set(content_terms(such)) if such else set()
    earlier = next((s for s in reversed(before) if wanted <= set(content_terms(s.text))), None) if wanted \
        else (before[-1] if before else None)
    if earlier is not None and not DENIAL_WORD.search(earlier.text):
        words = frozenset(_telling(earlier.text))
        yield _Denial(ref, earlier.index, 0, len(earlier.text), words, _clause(earlier.text))


def _telling(text: str) -> set[str]:
    return set(content_terms(text)) - UNTELLING


def _clause(text: str) -> str:
    """What is denied, as a subject a reader can take in: the first SUBJECT_WORDS words of the clause,
    from its "that" ("a report in The Portmarren Courier that Transport Minister Oriane Castellanos
    had written …": what the report said)."""
    said = REPORT_THAT.match(text)
    words = text[said.end() if said else 0:].strip(" ,;:.\"“”").split()
    return " ".join(words[:SUBJECT_WORDS]) + (" …" if len(words) > SUBJECT_WORDS else "")


def _sentence_denials(unmatched: list[tuple[_Denial, set[str]]], sentences: _Sentences,
                      told: set[SentenceRef]) -> list[Difference]:
    """Denials no event answers, set against the sentences of other briefings that name a rare entity
    the denial names and say most of what it denies ('Corvane Minerals ignored both recommendations',
    undated, against 'The suggestion that Corvane ignored an inspector's report is false'). Each
    entity's sentences are looked up once, SENTENCES_READ at most: no loop over all sentences."""
    claims: dict[SentenceRef, tuple[_Denial, list[SentenceRef]]] = {}
    shares: dict[SentenceRef, int] = {}  # a claim's words the denial denies, to keep a briefing's fullest telling
    wanted = {entity for _, named in unmatched for entity in named}
    for denial, named in unmatched:
        for ref in sentences.naming(sorted(named), wanted):
            if ref.briefing == denial.ref.briefing or ref in told:
                continue
            text = sentences.text(ref.briefing, ref.sentence)
            if DENIAL_WORD.search(text) or FALSE_WORD.search(text) or QUESTION.search(text):
                continue
            mentions = sentences.mentions(ref.briefing, ref.sentence)
            if (referent := sentences.pronoun_of.get(ref)) is not None:  # "he" read as the name it stands for
                mentions = [*mentions, (referent[0], len(text) + 1)]
                text = f"{text} {referent[1]}"
            if named & {entity for entity, _ in mentions} and _says_most(denial.words, text, mentions):
                claims.setdefault(ref, (denial, []))[1].append(denial.ref)
                shares[ref] = len(denial.words & set(content_terms(text)))
    grouped: dict[SentenceRef, tuple[_Denial, list[SentenceRef], list[SentenceRef]]] = {}
    # one point per denial: the claims it answers, one per briefing, the one that says most of what is denied
    # ("The mission said its observers had witnessed ballot stuffing at 37 polling stations in Dravik", not
    # the sentence before it, which shares the polling stations and Dravik alone)
    for claim, (denial, refs) in sorted(claims.items(), key=lambda item: (item[0].briefing, -shares[item[0]],
                                                                           item[0].sentence)):
        key = refs[0]
        if key not in grouped:
            grouped[key] = (denial, [], refs)
        if claim.briefing not in {c.briefing for c in grouped[key][1]}:
            grouped[key][1].append(claim)
    return [Difference("", "denial", denial.subject,
                       (*(DifferenceClaim(c, "reported") for c in found), *(DifferenceClaim(r, "denied")
                                                                          for r in dict.fromkeys(refs))))
            for denial, found, refs in grouped.values()]


class _Sentences:
    """The sentences and the names in them of the briefings a denial is compared with, made for
    those briefings alone, when first asked."""

    def __init__(self, analyses: Sequence[Analysis]) -> None:
        self.by_id = {a.id: a for a in analyses}
        self.texts: dict[str, dict[int, str]] = {}
        self.named: dict[str, dict[int, list[tuple[str, int]]]] = {}
        self.by_entity: dict[str, list[SentenceRef]] | None = None
        # a sentence right after one naming a person, telling of them as "he" or "she" and naming no
        # one else: "Pieter Osterlind … was arrested …. The service said he had been caught receiving
        # classified documents" -> (the person's id, name)
        self.pronoun_of: dict[SentenceRef, tuple[str, str]] = {}

    def text(self, briefing: str, sentence: int) -> str:
        if briefing not in self.texts:
            self.texts[briefing] = {s.index: s.text for s in self.by_id[briefing].document.sentences}
        return self.texts[briefing].get(sentence, "")

    def naming(self, entities: list[str], wanted: set[str]) -> list[SentenceRef]:
        """The sentences that name any of these entities, SENTENCES_READ of each at most, in order;
        `wanted`: every entity that will be asked for, indexed in one pass over the briefings."""
        if self.by_entity is None:
            self.by_entity = defaultdict(list)
            for briefing in sorted(self.by_id):
                for entity in self.by_id[briefing].entities:
                    if entity.id in wanted and len(held := self.by_entity[entity.id]) < SENTENCES_READ:
                        held.extend(SentenceRef(briefing, i) for i in sorted({m.sentence for m in entity.mentions}))
                        if entity.type == "person":
                            held.extend(self._told_of_as_pronoun(briefing, entity))
        return sorted({ref for entity in entities for ref in self.by_entity.get(entity, [])[:SENTENCES_READ]},
                      key=lambda r: (r.briefing, r.sentence))

    def _told_of_as_pronoun(self, briefing: str, person: Entity) -> list[SentenceRef]:
        """The sentences right after one naming the person that tell of them as "he" or "she" and
        name no other person (self.pronoun_of)."""
        named = {m.sentence for m in person.mentions}
        people = {m.sentence for e in self.by_id[briefing].entities if e.type == "person" for m in e.mentions}
        found = []
        for index in sorted(named):
            after = index + 1
            if after not in people and HE_OR_SHE.search(self.text(briefing, after)):
                ref = SentenceRef(briefing, after)
                self.pronoun_of[ref] = (person.id, person.name)
                found.append(ref)
        return found

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


def _denies(event: Event, denial: SentenceRef, named: set[str], words: frozenset[str], sentences: _Sentences) -> bool:
    """Does a report of the event, from another briefing, name a rare entity the denial names and
    say most of what it denies, and does the event's label say some of it in words that are no
    name? A sentence may tell two happenings: "…, fell to 180 on Wednesday, half of what Kestrava
    promised in the protocol signed in Veltsk on July 14" says most of "Kestrava cut the flow on 28
    July" and tells the signing too, which no one denied."""
    labelled = set(content_terms(event.label)) - _label_names(event, sentences)
    if not words & labelled:
        return False
    # a denial worded more fully than the report may deny its core (_says_most), when that is what the event
    # is: the label's words, half of them. Not "commission voted five to two to recount ballots" for a
    # rejected claim "that ballot stuffing took place at polling stations in Dravik", which shares the place.
    fuller = 2 * len(words & labelled) >= len(labelled)
    for report in event.reports[:REPORTS_READ]:
        briefing, index = report.ref.briefing, report.ref.sentence
        text = sentences.text(briefing, index)
        if briefing == denial.briefing or DENIAL_WORD.search(text):
            continue  # a report that tells of a denial or a rejection itself says no more than the denial
        mentions = sentences.mentions(briefing, index)
        if not named & {entity for entity, _ in mentions}:
            continue
        if _says_most(words, text, mentions, fuller):
            return True
    return False


def _label_names(event: Event, sentences: _Sentences) -> set[str]:
    """The words of the names in the sentence of an event's first report: in its label, they are no
    more than the entity again."""
    briefing, index = event.reports[0].ref.briefing, event.reports[0].ref.sentence
    return _name_words(sentences.text(briefing, index), sentences.mentions(briefing, index))


def _says_most(words: set[str] | frozenset[str], text: str, mentions: list[tuple[str, int]],
               fuller: bool = True) -> bool:
    """Does the sentence say most of what is denied (SHARE of its words), one of them no name; or, of a
    denial worded more fully than the report it answers, its core (MIN_SHARED words and LOOSE_SHARE,
    MIN_UNNAMED of them no name: "rejects allegations published in certain media that members of the Border
    Guard used tear gas or force against civilians at the Sarnik crossing point" against "border guards
    fired tear gas at a crowd … at Sarnik")?"""
    told = set(content_terms(text))
    shared = words & told
    unnamed = shared - _name_words(text, mentions)
    if not unnamed:
        return False
    return len(shared) >= SHARE * len(words) or (fuller and len(shared) >= MIN_SHARED
                                                  and len(shared) >= LOOSE_SHARE * len(words)
                                                  and len(unnamed) >= MIN_UNNAMED)


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
