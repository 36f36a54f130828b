"""Points of difference: where briefings say different things about one point, shown side by side.

The site never says which source is right. It lists what each source says, with the sentence it
says it in, and says when the difference may only be a matter of time (a source undated, or the
sources published on different days). Four kinds:

office
    One single-holder office, two people. A person entity's role ("Iraq’s interior minister",
    "Iraqi Interior Minister") is read as an office and what qualifies it: a country (a demonym,
    a possessive or a place name, resolved through the knowledge layers, so "Turkey’s",
    "Türkiye’s" and "Turkish" are one country) or a body ("Tory", "Microsoft"). Only offices one
    person holds at a time count ("interior minister", "prime minister", "chairman"…), each with
    the qualifier it needs: a minister needs a country ("Labour minister" is one of many), a party
    leader a party ("Kurdish leader" is one of many). A country's office with no qualifier
    ("Foreign Minister Hussein Awad Ali") is that of the one country the other sources give the
    office, when its briefing names that country too (not a "then-" or "former" holder's; where
    sources give it two countries, it is skipped); one resolved through "his Turkish counterpart"
    already carries its country. Former, deputy, acting and elect holders are skipped. Names that may be one person
    ("Soylu", "Süleyman Soylu") are never a difference, and a briefing that itself names two
    holders of one office (a succession) gives no claim for it.
figure
    One quantity, two clearly different values. Each figure is read as an interval: its value,
    widened by the rounding its digits imply ("350" is 345–355) and by its qualifier ("over 300"
    is 300–600, "nearly 20%" 18–20%). Two figures differ when their measures have one key
    ("border length"), their units one family (lengths in km, money in one currency, counts of
    one noun), their intervals are clearly apart, their briefings are about the same thing (a
    shared event, or two shared rare entities) and so are their sentences: they report one
    event, or name a rare entity together (two for a percentage or a change, which hold of one
    place and period only), or give a level of a specific measure ("border length", not
    "people") with two more words in common, or count one noun the same was done to ("more
    than 3,000 operations were cancelled", "4,000 operations have been cancelled": not a word of
    telling, "confirmed", nor of the figure itself, "polling stations"), or give an election's
    turnout. Only a figure alone in its sentence counts ("from
    90 planes to 53" compares parts), and sentences dated differently ("in October", "in
    December") count different periods. "The 380-mile border", which the figures step leaves
    without a unit, is read here as a length. A toll (killed, injured, missing: figures.py) is one
    count of people however worded, the first a briefing gives, dated by the date nearest it that
    dates a happening, else as told or published (the toll so far); two tolls a few days apart
    are one happening's as it rises, two days the sentences give their happenings are two, and a
    toll ten times another counts something else.
date
    One happening, two incompatible dates. Events (events.py) already group reports whose dates
    agree; two events that share two rare participants and most of their key terms, reported by
    different sources, whose dates do not meet at their precision (2022-05, 2022-06) and lie
    within a year of each other, are one happening dated differently. Dates years apart are more
    likely a happening that recurs.
denial
    An event one source reports and another denies ("denied a report … that the Tarrun Dam … had
    been cracked"): denials.py.
single source
    An event only one briefing reports, though another briefing names two of its rare
    participants and so could have carried it (and was not published before it happened), and
    that no such briefing reports in other words: a happening on a date that meets its own whose
    label shares a telling word with its label. The most important few are kept: events in a
    summary, then news before analysis before opinion.

Bounded: nothing loops over all pairs of briefings, sentences or events. Offices are grouped by
their key; figures by (measure, unit family, anchor) where an anchor is one of a briefing's
rarest entities or shared events; events by rare participant. An entity in more than
MAX_POSTINGS briefings is too common to say two reports are about one thing, and every posting
list is capped, so the work is linear in the number of briefings.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import combinations

from .clauses import verb_form
from .denials import find_denials, first_reports
from .events import FALL, RISE, SAID_ON, SUPERLATIVE_SINCE, TOLD_NOTE, WHEN_AFTER, after_publication
from .figures import (
    AFTERSHOCK_MAGNITUDE,
    AREA_BURNED,
    CHANGES,
    CONVERSION_AFTER,
    EVACUATED,
    MAGNITUDE,
    NOT_MEASURES,
    RESCUED,
    SPEED_KMH,
    SPILLED,
    SUM_TAKEN,
    SUMS_IN_MILLIONS,
    SUMS_MOVED,
    SUMS_NAMED,
    TERMS,
    TOLL_ANYONE,
    TOLLS,
    TRAPPED,
    VAGUE,
    currency_key,
    currency_of,
    named_in_relative,
    spelled_number,
)
from .happenings import GATHERINGS, ONCE_A_STORY, OUTCOMES, kind_of, phrase_kinds
from .ids import slugify
from .knowledge import Knowledge, gazetteer_countries, load_knowledge, name_key
from .model import Analysis, Difference, DifferenceClaim, Entity, Event, EventReport, Figure, SentenceRef
from .roles import NATIONALITIES, ROLE_MODIFIERS, ROLE_WORDS, is_relation, role_after, role_before
from .roles import office as without_honorifics
from .signals import asked_sentences
from .terms import STOPWORDS, content_terms, content_words, stem

MAX_POSTINGS = 32  # briefings per entity, readings per figure block, events per participant
MAX_ANCHORS = 24  # a briefing's rarest entities and shared events used to block its figures
MAX_CLAIMS_PER_VALUE = 3  # sources quoted for one holder or date of a difference
MAX_HOLDERS = 6  # people shown holding one office: those most sources name
MAX_FIGURE_CLAIMS = 6
MAX_SINGLE_SOURCE = 10
UBIQUITOUS = 0.75  # share of the briefings past which a name is everywhere
MAX_DATE_GAP_DAYS = 366
# Kinds of happening (happenings.py) a person undergoes once in a story: an arrest, an abduction, a
# resignation, an indictment, a verdict. Two of one kind told of one person are one, dated differently, even with
# no second participant in common; a meeting or a visit recurs
ONCE_KINDS = frozenset({"~arrest", "~abduct", "~resign", "~verdict", "~indict"})
# and a thing undergoes once: a vessel sinks once, so two sinkings of one named ship are one, dated differently
ONCE_THINGS = frozenset({"~sink", "~collapse"})
# Two sources' days for one happening told alike, a day or three apart ("the fire started on 10 July",
# "… on 11 July"): further apart, a story's days more often hold two happenings of one kind
NEAR_DATE_DAYS = 3
# A time word in a label is a day other than the event's: "vaccination campaign would begin tomorrow",
# dated by the day it was said
OTHER_TIME = re.compile(r"\b(?:tomorrow|yesterday|tonight|later|next|soon)\b", re.IGNORECASE)
SAME_LABEL = 2 / 3  # of the shorter label's words, shared, for two labels to say the same
# The words of an office ("provincial health director"), left out of what was done where a title is named
TITLE_STEMS = frozenset(stem(w) for w in """minister secretary director chief president governor commander chairman
    head leader spokesman spokeswoman spokesperson mayor officer judge prosecutor ambassador envoy general inspector
    commissioner chancellor manager executive superintendent""".split())
NATION_STEMS = frozenset(stem(w) for w in NATIONALITIES)
OFFICE_STEMS = TITLE_STEMS | NATION_STEMS | frozenset(stem(w) for w in ROLE_WORDS | ROLE_MODIFIERS)
# A currency named after the sum, as its sign ("52 million euros" is €52 million)
NAMED_CURRENCIES = {"euro": "€", "euros": "€", "dollar": "$", "dollars": "$", "pound": "£", "pounds": "£",
                    "yen": "¥", "rupee": "₹", "rupees": "₹", "rouble": "₽", "roubles": "₽", "ruble": "₽", "rubles": "₽"}
ANYONE = frozenset(stem(w) for w in ("people", "persons", "individuals", "others"))  # counted, no one in particular
PEOPLE_COUNTED_KEY = (stem("people"), "count people")
# Happenings counted that are as many people they were done to: "126 arrests", "40 detentions"
COUNTED_AS = {"arrests": "arrested", "detentions": "detained"}
COUNTED_DOINGS = {stem(counted): "~arrest" for counted in COUNTED_AS}
# Stems of labels' words that any happening may have: shared, they do not make two reports one
UNTELLING = frozenset(stem(w) for w in ("people", "person", "officials", "government", "country", "city", "said"))
MAX_TIMING_NAMES = 4
KIND_ORDER = ("office", "figure", "date", "denial", "single source")
KIND_RANK = {"news": 0, "press release": 1, "analysis": 2, "other": 3, "opinion": 4}

# --- offices ----------------------------------------------------------------------------------
TOKEN = re.compile(r"[\w'’.]+")
TRANSIENT = {"former", "ex", "late", "then", "outgoing", "incoming", "elect", "designate", "would", "deputy",
             "vice", "junior", "assistant", "acting", "interim", "counterpart", "colleague", "predecessor",
             "successor"}
CAPITAL_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)\s+$")
DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "new", "former", "then"}
COUNTRY_WORD = re.compile(r"\b[A-Z][\w'’-]{1,30}")
TRANSIENT_BEFORE = re.compile(r"\b(?:former|ex|late|then|outgoing|incoming|acting|interim)\b[\w\s-]{0,15}$",
                              re.IGNORECASE)
PARTY_WORDS = {"tory", "tories", "conservative", "conservatives", "labour", "liberal", "lib", "dem", "democrat",
               "democrats", "republican", "republicans"}
LINKS = {"of", "the", "and", "for"}
SYNONYMS = {"pm": "prime minister", "premier": "prime minister", "ceo": "chief executive", "chair": "chairman",
            "chairwoman": "chairman", "general secretary": "secretary general",
            "foreign affairs minister": "foreign minister"}
COUNTRY, PLACE, ORG, ANY = "country", "place", "org", "any"
OFFICES = {  # office -> the qualifier it needs to name one post
    "prime minister": COUNTRY, "president": ANY, "chancellor": COUNTRY, "chancellor exchequer": COUNTRY,
    "king": COUNTRY, "queen": COUNTRY, "emir": COUNTRY, "attorney general": COUNTRY, "chairman": ORG,
    "chief executive": ORG, "leader": ORG, "secretary general": ORG, "director general": ORG,
    "governor": ANY, "mayor": ANY, "treasurer": ANY,
}
NOT_PORTFOLIO = {"senior", "chief", "general", "executive", "managing", "party", "union", "policy", "prime",
                 "minister", "secretary", "state"}  # words beside "minister" that name no one ministry
# Demonyms the gazetteer cannot reach by cutting a suffix ("Iraqi" → Iraq, "Iranian" → Iran).
IRREGULAR_DEMONYMS = {
    "turkish": "Türkiye", "british": "United Kingdom", "briton": "United Kingdom", "english": "England",
    "scottish": "Scotland", "welsh": "Wales", "irish": "Ireland", "french": "France", "dutch": "The Netherlands",
    "swiss": "Switzerland", "spanish": "Spain", "danish": "Denmark", "swedish": "Sweden", "norwegian": "Norway",
    "polish": "Poland", "greek": "Greece", "german": "Germany", "saudi": "Saudi Arabia", "afghan": "Afghanistan",
    "emirati": "United Arab Emirates", "chinese": "China", "lebanese": "Lebanon", "italian": "Italy",
    "belgian": "Belgium", "canadian": "Canada", "mexican": "Mexico", "portuguese": "Portugal",
}
DEMONYM_ENDINGS = ("i", "n", "ian", "ese")
REGIONS = {"africa", "asia", "europe", "middle east"}  # "African", "Asian": no one country's office

# --- figures ----------------------------------------------------------------------------------

POSSESSIVE_AFTER = re.compile(r"['’]s?\b")  # "Kolvanek's co-defendant": the owner is not the one sentenced
LENGTH_KM = {"mile": 1.609344, "miles": 1.609344, "km": 1.0, "kilometre": 1.0, "kilometres": 1.0,
             "kilometer": 1.0, "kilometers": 1.0, "metre": 0.001, "metres": 0.001, "meter": 0.001,
             "meters": 0.001, "foot": 0.0003048, "feet": 0.0003048}
LENGTH_STEMS = frozenset(stem(unit) for unit in LENGTH_KM)
MAGNITUDES = {"dozen": 12.0, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
MAX_DIGITS = 20  # past this a number is no reported quantity, and 10 ** its zeros overflows a float
SUFFIXES = {"k": 1e3, "m": 1e6, "bn": 1e9, "tn": 1e12}
NUMBER = re.compile(r"(?P<num>\d[\d,]*(?:\.\d+)?)(?P<suffix>bn|m|tn|k)?", re.IGNORECASE)
MEASURE_CUTS = {"in", "of", "between", "for", "at", "on", "from", "to", "across", "along", "with", "among",
                "by", "during", "over", "under", "per", "that", "which", "who", "than"}
DIMENSIONS = {"length", "width", "height", "depth", "age"}
DIMENSION_WORDS = {"long": "length", "wide": "width", "high": "height", "tall": "height", "deep": "depth"}
# qualifier -> (low factor, high factor) around the value; None: no bound on that side
QUALIFIED: dict[str, tuple[float | None, float | None]] = {
    "over": (1, 2), "more than": (1, 2), "at least": (1, 2), "just over": (1, 1.1), "nearly": (0.9, 1),
    "almost": (0.9, 1), "just under": (0.9, 1), "about": (0.9, 1.1), "around": (0.9, 1.1),
    "approximately": (0.9, 1.1), "roughly": (0.9, 1.1), "some": (0.9, 1.1), "under": (None, 1),
    "less than": (None, 1), "fewer than": (None, 1), "up to": (None, 1), "as many as": (None, 1),
    "as much as": (None, 1), "no more than": (None, 1), "not more than": (None, 1), "no less than": (1, 2),
    "not less than": (1, 2), "no fewer than": (1, 2), "not fewer than": (1, 2), "close to": (0.9, 1),
    "upwards of": (1, 2), "in excess of": (1, 2),
}
VAGUE_MEASURES = CHANGES | VAGUE | NOT_MEASURES | {"estimate", "estimates", "forecast", "target", "share", "stake"}
# A count's sentence is dated by what else it tells ("claimed on Friday …, a day after the operator disclosed
# that … 2.1 million customers"; "disclosed the breach on Wednesday … 2.3 million"): days this close meet
COUNT_DAYS = 3
LEAD_SENTENCES = 2  # a report's opening sentences, where it says what its figures are of
APPROXIMATE = 1.5  # "about" a value: at most this many half-steps of its rounding from it (and 10%)
MIN_GAP = 0.02  # intervals must be this share of the larger value apart to be "clearly different"
# A toll is told again as it rises, and its sentences are dated by the happening ("floods on Tuesday
# night") or by the telling ("rose to 31 on Thursday"): dates this close count one happening's toll.
TOLL_DAYS = 14
PUBLISHED_DAYS = 3  # two tolls dated by their briefings alone: this close, or two happenings
TOLL_SCOPE = 10  # one toll this many times another counts something else (a war's, a strike's)
# "As of 18:00 on 18 April, 26 persons have been confirmed deceased": the day a count was read, as a
# saying's day is, not the day of a happening (a toll as of 18 April and one as of 20 April are one disaster's)
AS_OF = re.compile(r"\bas\s+of\s+(?:[\d:.]+\s*(?:[ap]\.?m\.?\s*)?(?:on\s+)?)?$", re.IGNORECASE)
PUBLISHED = "published "  # a toll's date taken from its briefing, not its sentence
TOLL_STEMS = frozenset(stem(w) for w in ("killed", "killing", "dead", "died", "death", "deaths", "toll", "injured",
                                          "wounded", "missing", "people", "victims", "lives", "least"))


@dataclass(frozen=True)
class _Corpus:
    """What every rule reads: the briefings, how common each entity is, which events they share."""

    by_id: dict[str, Analysis]
    order: dict[str, int]  # briefing id -> position, for a stable order
    frequency: Counter[str]  # entity id -> briefings naming it
    ubiquitous: int  # an entity in this many briefings or more is named by (nearly) all of them
    shared_events: dict[str, frozenset[str]]  # briefing -> events it reports with another briefing
    sentence_events: dict[tuple[str, int], frozenset[str]]  # (briefing, sentence) -> those events
    knowledge: Knowledge
    people: frozenset[str] = frozenset()  # the ids of entities a briefing names as a person
    places: frozenset[str] = frozenset()  # those it names as a place

    def rare(self, entity: str) -> bool:
        """Named by a few briefings: shared, it says two briefings are about one thing. Past
        MAX_POSTINGS briefings a name (a country, a capital) says little, and its posting list
        would make the work grow faster than the number of briefings."""
        return 2 <= self.frequency[entity] <= MAX_POSTINGS

    def telling(self, entity: str) -> bool:
        """Rare, and not named by (nearly) every briefing: one that names it could carry the news
        about it. In five briefings on Türkiye and Iraq, naming both says nothing."""
        return self.rare(entity) and self.frequency[entity] < self.ubiquitous


def find_differences(analyses: Sequence[Analysis], events: Sequence[Event],
                     knowledge: Knowledge | None = None) -> tuple[Difference, ...]:
    """Every point of difference across the briefings, offices first, then figures, dates and
    single-sourced events; ids are stable across builds."""
    events = sorted(events, key=lambda e: e.id)
    corpus = _corpus(analyses, events, knowledge or load_knowledge(None))
    dated = [*_date_differences(corpus, events), *((e, e) for e in events if _days_differ_within(e))]
    told = {e.id for pair in dated for e in pair}  # an event another source dates differently is not single-sourced
    denials = find_denials(analyses, events, corpus.rare)
    denied = {c.ref for d in denials for c in d.claims}
    found = [*_office_differences(corpus), *_figure_differences(corpus),
             *sorted((_date_difference(group, corpus) for group in _joined_pairs(dated)),
                     key=lambda d: (d.subject, d.id)),
             *denials,
             *_single_sources(corpus, [e for e in events
                                       if e.id not in told and not denied & {r.ref for r in e.reports}])]
    return tuple(_with_ids(found))


def _corpus(analyses: Sequence[Analysis], events: Sequence[Event], knowledge: Knowledge) -> _Corpus:
    frequency = Counter(e.id for a in analyses for e in {x.id: x for x in a.entities}.values())
    shared: dict[str, set[str]] = defaultdict(set)
    sentences: dict[tuple[str, int], set[str]] = defaultdict(set)
    for event in events:
        if len(event.sources) > 1:
            for briefing in event.sources[:MAX_POSTINGS]:
                shared[briefing].add(event.id)
            for report in event.reports:
                sentences[(report.ref.briefing, report.ref.sentence)].add(event.id)
    ubiquitous = max(3, math.ceil(UBIQUITOUS * len(analyses)))  # two briefings of two share what they share
    ordered = sorted(analyses, key=lambda a: a.id)  # the same briefings give the same result, in any order
    return _Corpus({a.id: a for a in ordered}, {a.id: i for i, a in enumerate(ordered)}, frequency, ubiquitous,
                   {k: frozenset(v) for k, v in shared.items()}, {k: frozenset(v) for k, v in sentences.items()},
                   knowledge, frozenset(e.id for a in analyses for e in a.entities if e.type == "person"),
                   frozenset(e.id for a in analyses for e in a.entities if e.type == "place"))


# --- offices ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Office:
    key: tuple[str, ...]  # the office, then its qualifiers' keys
    subject: str  # as a reader would say it: "Turkish interior minister"
    adjectival: bool  # qualified by a demonym, the form a subject reads best in


@dataclass(frozen=True)
class _Holding:
    office: Office
    claim: DifferenceClaim


def _office_differences(corpus: _Corpus) -> list[Difference]:
    by_office: dict[tuple[str, ...], list[_Holding]] = defaultdict(list)
    unqualified: list[_Unqualified] = []
    states = _states(corpus)
    for analysis in corpus.by_id.values():
        holdings, bare = _holdings(analysis, corpus.knowledge, states)
        for holding in holdings:
            by_office[holding.office.key].append(holding)
        unqualified.extend(bare)
    for holding in _at_home(unqualified, by_office, states):
        by_office[holding.office.key].append(holding)
    found = [d for key in sorted(by_office) if (d := _office_difference(by_office[key], corpus))]
    return sorted(found, key=lambda d: d.subject.lower())


@dataclass(frozen=True)
class _Unqualified:
    """'Foreign Minister Hussein Awad Ali': a country's office named without its country."""

    office: str  # "foreign minister"
    countries: frozenset[str]  # the countries the briefing names (their keys)
    claim: DifferenceClaim
    said_with: frozenset[str]  # the countries its sentence names: "a Turkish delegation ... Defence Minister"


def _states(corpus: _Corpus) -> frozenset[str]:
    """The keys of the places the briefings name that the gazetteer does not know ("Kestrava"): a
    state of their story, whose offices ("Kestrava's Interior Minister", "the Kestravan interior
    minister") are one each, as a known country's are."""
    known = corpus.knowledge
    found = {key for analysis in corpus.by_id.values() for e in analysis.entities if e.type == "place"
             and (key := name_key(e.name)) not in known.places and key not in known.by_key and key not in REGIONS}
    # and the owners of a country's offices ("Kestrava's Interior Minister"), however the briefings typed them
    for analysis in corpus.by_id.values():
        for entity in analysis.entities:
            for role in entity.roles if entity.type == "person" else ():
                owned = OWNER_OF_OFFICE.match(role)
                if owned and _country_office(owned.group("office")) \
                        and (key := name_key(owned.group("owner"))) not in known.by_key:
                    found.add(key)
    return frozenset(found)


OWNER_OF_OFFICE = re.compile(r"(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})['’]s\s+(?P<office>.+)")


def _holdings(analysis: Analysis, knowledge: Knowledge,
              states: frozenset[str] = frozenset()) -> tuple[list[_Holding], list[_Unqualified]]:
    """The single-holder offices this briefing gives people, and the country's offices it names
    without a country; an office it gives two people is left out (the briefing tells of a
    succession, not of who holds it)."""
    texts = {s.index: s.text for s in analysis.document.sentences}
    found: dict[tuple[str, ...], list[_Holding]] = defaultdict(list)
    bare: dict[str, list[DifferenceClaim]] = defaultdict(list)
    for entity in analysis.entities:
        if entity.type != "person" or not entity.mentions:
            continue
        for role in entity.roles:
            office = read_office(role, knowledge, states)
            unqualified = None if office else _country_office(role)
            held = [h.claim for h in found[office.key]] if office else bare[unqualified] if unqualified else None
            if held is None or any(claim.entity == entity.id for claim in held):
                continue
            sentence = _role_sentence(entity, role, texts)
            if sentence is not None and not (unqualified and _qualified_in_text(role, texts[sentence])):
                claim = DifferenceClaim(SentenceRef(analysis.id, sentence), entity.name, entity.id)
                if office:
                    found[office.key].append(_Holding(office, claim))
                elif unqualified:
                    bare[unqualified].append(claim)
    # the countries it names, and the states of the story however it typed them ("Kestrava sealed …")
    countries = frozenset(place for e in analysis.entities if (e.type == "place" or name_key(e.name) in states)
                          and ((place := _place(e.name, knowledge, states)) in gazetteer_countries()
                               or place in states))
    qualified = {key[0] for key in found}  # "Iraqi Defence Minister X" beside "Defence Minister Y": Y is no Iraqi
    return [hs[0] for hs in found.values() if len(_people([h.claim for h in hs])) == 1], \
        [_Unqualified(office, countries, claims[0], _countries_said(texts[claims[0].ref.sentence], knowledge, states))
         for office, claims in bare.items() if countries and office not in qualified and len(_people(claims)) == 1]


def _qualified_in_text(role: str, text: str) -> bool:
    """Does the sentence say more of the office than the role kept? 'then-US secretary of state'
    (held once), 'Kurdistan Region Prime Minister' (a region's: a capitalised word before the
    role, not 'The')."""
    at = text.lower().find(role.lower())
    before = text[max(0, at - 25):at] if at >= 0 else ""
    capital = CAPITAL_BEFORE.search(before)
    return bool(TRANSIENT_BEFORE.search(before)) or (capital is not None
                                                     and capital.group(1).lower() not in DETERMINERS)


def _countries_said(text: str, knowledge: Knowledge, states: frozenset[str] = frozenset()) -> frozenset[str]:
    """The countries a sentence names or names the people of ('Iraq's', 'Turkish')."""
    return frozenset(country for word in COUNTRY_WORD.findall(text) if (country := _country(word, knowledge, states)))


def _country_office(role: str) -> str | None:
    """The office a role names when it is a country's and no country is said ('Foreign Minister')."""
    runs = _runs(TOKEN.findall(without_honorifics(role)))
    if runs is None or [kind for kind, _ in runs] != ["role"]:
        return None
    office = _office_name(runs[0][1])
    return office if _needs(office) == COUNTRY else None


def _at_home(unqualified: list[_Unqualified], by_office: dict[tuple[str, ...], list[_Holding]],
             states: frozenset[str] = frozenset()) -> list[_Holding]:
    """An office named without its country is the one country's that the other sources name for
    it, when the briefing names that country too: 'Foreign Minister Hussein Awad Ali' beside
    "Sudan's Foreign Minister Ali al-Sadiq", in a report that names Sudan. Not where sources qualify
    the office with two countries (a Turkish and an Iraqi interior minister), where the briefing
    qualifies the office itself (its Iraqi defence minister is someone else), nor where the
    sentence names another country ('a Turkish delegation ... including Defence Minister')."""
    countries: dict[str, set[str]] = defaultdict(set)
    subjects: dict[str, Office] = {}
    for key, holdings in by_office.items():
        if len(key) == 2 and _needs(key[0]) == COUNTRY:
            countries[key[0]].add(key[1])
            subjects.setdefault(key[0], holdings[0].office)
    placed = []
    for bare in unqualified:
        named = countries.get(bare.office, set())
        # another country its sentence names: a known one, or a state of the story that other sources give
        # this office ("is expected in Tolvo", a town of the story, names no other country)
        said = {c for c in bare.said_with if c not in states or c in named}
        if len(named) == 1 and (country := next(iter(named))) in bare.countries and said <= {country}:
            office = subjects[bare.office]
            placed.append(_Holding(Office((bare.office, country), office.subject, office.adjectival), bare.claim))
    return placed


def _office_difference(holdings: list[_Holding], corpus: _Corpus) -> Difference | None:
    people = _people([h.claim for h in holdings])
    if len(people) < 2:
        return None
    # The holders most sources name, at most MAX_HOLDERS: 400 briefings naming 400 holders of one
    # office made one difference of 400 claims, shown on each of the 400 pages (24 MB of them).
    shown = sorted(range(len(people)), key=lambda n: (-len({c.ref.briefing for c in people[n]}), n))[:MAX_HOLDERS]
    people = [people[n] for n in sorted(shown)]
    claims = [c for person in people for c in _by_source(person, corpus)[:MAX_CLAIMS_PER_VALUE]]
    subject = min(holdings, key=lambda h: (not h.office.adjectival, corpus.order[h.claim.ref.briefing])).office
    return Difference("", "office", subject.subject, tuple(claims), _timing(_briefings(claims), corpus))


def _people(claims: list[DifferenceClaim]) -> list[list[DifferenceClaim]]:
    """Claims grouped by person: names that may be one person ("Soylu", "Süleyman Soylu") go together,
    each in the first group it may belong to. A claim is compared only with the groups that may hold
    such a name (_NameIndex.candidates), and with each distinct name once: comparing every claim with every
    claim before it grew with the square of the sources (an office sixty briefings give sixty holders)."""
    groups: list[list[DifferenceClaim]] = []
    names: list[set[str]] = []  # each group's distinct names
    index = _NameIndex()
    for claim in claims:
        words = name_key(claim.value).split()
        number = next((n for n in index.candidates(words) if any(_same_person(claim.value, name) for name in names[n])),
                      None)
        if number is None:
            number = len(groups)
            groups.append([])
            names.append(set())
        groups[number].append(claim)
        names[number].add(claim.value)
        index.add(words, number)
    return groups


class _NameIndex:
    """Groups by what of their names _same_person compares: the last word, each word, each name's words."""

    def __init__(self) -> None:
        self.last: dict[str, set[int]] = defaultdict(set)
        self.word: dict[str, set[int]] = defaultdict(set)
        self.whole: dict[frozenset[str], set[int]] = defaultdict(set)

    def add(self, words: list[str], group: int) -> None:
        if words:
            self.last[words[-1]].add(group)
            self.whole[frozenset(words)].add(group)
        for word in words:
            self.word[word].add(group)

    def candidates(self, words: list[str]) -> list[int]:
        """The groups with a name of the same last word, or holding all these words (this name
        within it), or made only of some of them (it within this name), in the order made."""
        if not words:
            return []
        found = set(self.last.get(words[-1], ()))
        found |= set.intersection(*(self.word.get(w, set()) for w in words))
        distinct = sorted(set(words))
        if len(distinct) <= 8:  # names are short: their subsets are few
            for size in range(1, len(distinct) + 1):
                for subset in combinations(distinct, size):
                    found |= self.whole.get(frozenset(subset), set())
        else:
            found |= set().union(*(self.word.get(w, set()) for w in words))
        return sorted(found)


def _same_person(one: str, other: str) -> bool:
    a, b = name_key(one).split(), name_key(other).split()
    return bool(a and b) and (a[-1] == b[-1] or set(a) <= set(b) or set(b) <= set(a))


def read_office(role: str, knowledge: Knowledge, states: frozenset[str] = frozenset()) -> Office | None:
    """The single-holder office a role names, with its qualifier: 'Iraq’s interior minister' and
    'Iraqi Interior Minister' give one key; 'Interior Minister', 'Labour MP' or 'former
    president' give None."""
    tokens = TOKEN.findall(without_honorifics(role))  # without a trailing honorific ("Tory leader Mr")
    runs = _runs(tokens)
    if runs is None or [kind for kind, _ in runs].count("role") != 1:
        return None
    office_words = next(words for kind, words in runs if kind == "role")
    office = _office_name(office_words)
    needs = _needs(office)
    qualifiers = [q for kind, words in runs if kind != "role" and (q := _qualifier(kind, words, knowledge, states))]
    if needs is None or len(qualifiers) != sum(1 for kind, _ in runs if kind != "role") or not _fits(needs, qualifiers):
        return None
    key = (office, *sorted(q[1] for q in qualifiers))
    subject = " ".join(w.lower() if _token_kind(w, "") in ("role", "link") else w for w in tokens)
    return Office(key, subject, any(kind == "nation" for kind, _ in runs))


def _runs(tokens: list[str]) -> list[tuple[str, list[str]]] | None:
    """The role's words in runs of one kind: role words, a nationality, a party, a name ('Bank of
    England', 'British Airways'); None when a word says the office is not held now, or is no title."""
    runs: list[tuple[str, list[str]]] = []
    pending: list[str] = []  # "of", "the" between runs: kept only inside a run
    for token in tokens:
        kind = _token_kind(token, runs[-1][0] if runs else "")
        if kind is None:
            return None
        if kind == "link":
            pending.append(token)
            continue
        if runs and (runs[-1][0] == kind or (runs[-1][0] == "nation" and kind == "name" and not pending)):
            runs[-1] = ("name" if kind == "name" else kind, runs[-1][1] + pending + [token])
        else:
            runs.append((kind, [token]))
        pending = []
    return runs


def _token_kind(token: str, previous: str) -> str | None:
    lowered = token.lower().rstrip(".").replace("’", "'")
    base = lowered[:-2] if lowered.endswith("'s") else lowered[:-1] if lowered.endswith("s'") else lowered
    if base in TRANSIENT:
        return None
    if base in PARTY_WORDS or (base == "party" and previous == "party"):
        return "party"  # "Tory", "Liberal Democrat's", "Conservative Party"
    if base != lowered:
        return "name" if token[:1].isupper() else None  # "Iraq’s"; "company's" is no one office
    if lowered in NATIONALITIES:
        return "nation"
    if lowered in LINKS:
        return "link"
    if lowered in ROLE_WORDS:
        return "role"
    return "name" if token[:1].isupper() else None


def _office_name(words: list[str]) -> str:
    """The office's key: 'Minister of Interior' is the interior minister, 'Minister of Foreign
    Affairs' the foreign minister."""
    kept = [w.lower().rstrip(".") for w in words if w.lower() not in LINKS]
    if len(kept) > 1 and kept[0] == "minister":
        kept = [*kept[1:], "minister"]
    text = " ".join(kept)
    return SYNONYMS.get(text, text)


def _needs(office: str) -> str | None:
    """The qualifier a single-holder office needs, None for an office many hold at once."""
    words = office.split()
    if "shadow" in words:  # "Tory shadow chancellor": one per party
        rest = " ".join(w for w in words if w != "shadow")
        return ORG if rest in OFFICES or _portfolio(rest.split()) else None
    if office in OFFICES:
        return OFFICES[office]
    return COUNTRY if _portfolio(words) else None


def _portfolio(words: list[str]) -> bool:
    """'interior minister', 'foreign secretary', 'secretary of state': one ministry's head."""
    heads = [w for w in words if w in ("minister", "secretary")]
    rest = [w for w in words if w not in ("minister", "secretary")]
    return len(heads) == 1 and bool(rest) and all(w in ROLE_MODIFIERS and w not in NOT_PORTFOLIO for w in rest) \
        or words == ["secretary", "state"]


def _qualifier(kind: str, words: list[str], knowledge: Knowledge,
               states: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(country or org, key) for a qualifier run; None for a nationality that names no country."""
    text = " ".join(words).replace("’", "'")
    text = text[:-2] if text.endswith("'s") else text[:-1] if text.endswith("s'") else text
    if kind == "nation":
        country = _country(text, knowledge, states)
        return (COUNTRY, country) if country else None
    if kind == "name" and (place := _place(text, knowledge, states)):
        return (PLACE if _city(place, knowledge) else COUNTRY), place  # "London mayor", "Texas governor"
    known = knowledge.by_key.get(name_key(text))
    return ORG, name_key(known.name if known else text)


def _country(word: str, knowledge: Knowledge, states: frozenset[str] = frozenset()) -> str | None:
    """'Turkish' → türkiye, 'Iraqi' → iraq, 'US' → united states; None for 'Kurdish' or 'Western'."""
    key = name_key(word)
    if key in IRREGULAR_DEMONYMS:
        return _place(IRREGULAR_DEMONYMS[key], knowledge)
    candidates = [key] + [key.removesuffix(end) for end in DEMONYM_ENDINGS if key.endswith(end)]
    return next((place for c in candidates if len(c) > 2 and (place := _place(c, knowledge, states))), None) \
        or (_place(key, knowledge) if len(key) == 2 else None)


def _city(place: str, knowledge: Knowledge) -> bool:
    """A gazetteer place that is no country (a city, a US state): it has a mayor, not a king."""
    return place in knowledge.places and place not in gazetteer_countries()


def _place(text: str, knowledge: Knowledge, states: frozenset[str] = frozenset()) -> str | None:
    key = name_key(text)
    if key not in knowledge.by_key and "the " + key in knowledge.places:
        key = "the " + key  # "Netherlands", the gazetteer's "The Netherlands"
    known = knowledge.by_key.get(key)
    if known:
        return name_key(known.name) if known.type == "place" and key not in REGIONS else None
    return key if (key in knowledge.places or key in states) and key not in REGIONS else None


def _fits(needs: str, qualifiers: list[tuple[str, str]]) -> bool:
    kinds = [kind for kind, _ in qualifiers]
    if needs == COUNTRY:
        return kinds == [COUNTRY]
    if needs == ORG:
        return ORG in kinds
    return bool(kinds)


def _role_sentence(entity: Entity, role: str, texts: dict[int, str]) -> int | None:
    """The sentence where the source gives the role: written right before the name ('Iraq’s
    interior minister Abdul Amir al-Shammari'), right after it (', leader of …,'), or resolved
    through 'his Turkish counterpart'. None when no mention shows it: the role may belong to
    someone else ('as US President, Tony Blair said'), and a claim must point at its words."""
    wanted = _fold(role)
    for mention in entity.mentions:
        text = texts.get(mention.sentence, "")
        if _fold(text[max(0, mention.start - 120):mention.start]).endswith(wanted) \
                or _fold(role_after(text, mention.end)) == wanted \
                or _fold(role_before(text, mention.start)) == wanted:  # "The new interior minister, Piet Haugland,"
            return mention.sentence
    for mention in entity.mentions:
        relation = role_before(texts.get(mention.sentence, ""), mention.start)
        if is_relation(relation) and wanted.startswith(_fold(_relation_country(relation)) or "\0"):
            return mention.sentence
    return None


def _relation_country(relation: str) -> str:
    """'his Turkish counterpart' → 'Turkish': the words a role resolved through it starts with."""
    return " ".join(w for w in relation.split() if w.lower() in NATIONALITIES or w.endswith(("'s", "’s")))


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


# --- figures ----------------------------------------------------------------------------------


# Counts told so far, which grow as a happening goes on: a report's first is the one it leads with
RUNNING_COUNTS = frozenset({*TOLLS, SPILLED, AREA_BURNED, EVACUATED, TRAPPED, RESCUED})
# a quake's magnitude, as a toll or a term, is the one of its kind in a sentence of many figures
# ("a magnitude 7.0 earthquake …, the death toll stood at 612 …, with more than 2,900 injured")
OWN_KIND_ALONE = RUNNING_COUNTS | frozenset(TERMS) | {MAGNITUDE, AFTERSHOCK_MAGNITUDE}
# Counts that in two briefings about one thing (_about_one_thing) are of one happening, whatever
# their sentences name: "Forty-one miners were trapped" at the Greyvale mine and "Halvek has told the
# nation that 38 workers were trapped" (a death toll or an evacuation may be of another place)
# The people a toll counts, by who they were: "23 fighters were killed" (the army) and "11 people had
# been killed" (a monitoring group) are two sources' tolls of one strike, not counts of two things
TOLL_PEOPLE = frozenset("""fighters militants soldiers civilians troops police officers policemen rebels insurgents
members miners workers children women men passengers pilgrims protesters demonstrators residents villagers
migrants refugees students worshippers guards attackers gunmen""".split())
# a quake's magnitude: of the quake both tell; a sum embezzled: of the case both tell ("diverted €48.6 million",
# "convicted of embezzling about 45 million euros")
ONE_STORY_COUNTS = frozenset({TRAPPED, RESCUED, MAGNITUDE, SUM_TAKEN})
# measure keys: an election's one turnout, a case's bribes, a kidnapping's ransom, in briefings about it
ONE_STORY_KEYS = frozenset({"turnout", stem("bribes"), stem("bribe"), stem("ransom")})
QUAKE_DAYS = 7  # a magnitude's sentence dated by the toll or the day told: one quake's, this many days apart


@dataclass(frozen=True)
class Quantity:
    """A figure read as an interval of one quantity, in its family's unit."""

    measure: str  # as the source says it: "border length"
    key: tuple[str, str]  # (measure key, unit family): "border length", "length km"
    low: float
    high: float
    specific: bool  # a measure of two words or a dimension; a bare counted noun ("people") is not

    @property
    def toll(self) -> bool:
        """A count that runs as a happening goes on, each report the count so far: a toll, a spill."""
        return self.measure in RUNNING_COUNTS

    @property
    def rate(self) -> bool:
        """A percentage or a change: true only of one place and period, which the words rarely fix."""
        return self.key[1] == "%" or self.key[1].startswith(("up ", "down "))


@dataclass(frozen=True)
class _Reading:
    """A quantity with what its sentence says around it."""

    claim: DifferenceClaim
    quantity: Quantity
    context: frozenset[str]  # the sentence's terms besides the measure and unit
    entities: frozenset[str]  # entity ids named in the sentence
    events: frozenset[str]  # events with two sources or more that the sentence reports
    dates: tuple[str, ...]  # dates stated in the sentence: ISO values, or the words when unresolved
    ahead: bool = False  # its clause tells of what is to come ("20 observers would remain"), not what was
    who: str = ""  # of a prison term, the person its sentence names first (no one's possessive): the one sentenced
    names: frozenset[str] = frozenset()  # the terms of the names the sentence gives ("biruta")
    doings: frozenset[str] = frozenset()  # stems of what its clause says was done ("cancelled": "cancel")


def _figure_differences(corpus: _Corpus) -> list[Difference]:
    blocks: dict[tuple[str, str, str], list[_Reading]] = defaultdict(list)
    for analysis in corpus.by_id.values():
        readings = _readings(analysis, corpus)
        for anchor in _anchors(analysis.id, corpus):
            for reading in readings:
                block = blocks[(*reading.quantity.key, anchor)]
                if len(block) < MAX_POSTINGS:
                    block.append(reading)
    edges: set[tuple[_Reading, _Reading]] = set()
    for block in blocks.values():
        edges.update((a, b) for a, b in combinations(block, 2) if _figures_differ(a, b, corpus))
    groups = _components(edges, corpus)
    # Each group's own edges, found once: looking through every edge for each group was the
    # number of groups times the number of edges, a minute at 200 briefings of chained figures.
    group_of = {reading: number for number, group in enumerate(groups) for reading in group}
    edges_of: list[list[tuple[_Reading, _Reading]]] = [[] for _ in groups]
    for edge in edges:  # both ends are in one group: the groups are made of the edges
        edges_of[group_of[edge[0]]].append(edge)
    return [_figure_difference(group, edges_of[number], corpus) for number, group in enumerate(groups)]


# Words that set a sentence's figures against each other or add them: read alone, each is a part
# ("between 45 and 50 ships" is one figure, a range: figures.py)
COMPARING = re.compile(r"\b(?:compared|versus|vs|rose|fell|risen|fallen|increased?|decreased?|plus|total|"
                       r"totalling|totaling|including|of which|out of|average|"
                       # not a range ("between 45 and 50 vessels"), nor a period ("between May 2021 and
                       # September 2023", "between 2021 and 2023")
                       r"between(?!\s+[$€£¥]?\d[\d,.]*(?:\s*%|\s+[a-z]+)?\s+and\s+[$€£¥]?\d)"
                       r"(?!\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|"
                       r"September|October|November|December|(?:19|20)\d\d)\b)|"
                       r"(?:up|down)\s+(?:from|by|to)|"
                       r"from\s+(?:\w+\s+){0,2}?[$€£¥]?\d)", re.IGNORECASE)


# "bribes totalling EUR 14.5 million": the total of one thing, its own figure, which sets no figures against
# each other (as "a total of 500, including 20 children" does)
TOTAL_OF_ONE = re.compile(r"total(?:l?ing|l?ed)\s+(?:(?:some|about|around|nearly|almost|more\s+than|over)\s+)?"
                          r"(?:[A-Z]{3}\s+|[$€£¥])?\d", re.IGNORECASE)


def _compares(text: str) -> bool:
    """Does the sentence set figures against each other, or give parts of a whole (COMPARING)?"""
    return any(not TOTAL_OF_ONE.match(text, m.start()) for m in COMPARING.finditer(text))


def _figure_kind(figure: Figure) -> str:
    """A share, a sum in a currency or a count: a figure of no measure may be another of its kind only."""
    return "%" if figure.unit == "%" else currency_key(figure.value) or "count"


def _readings(analysis: Analysis, corpus: _Corpus) -> list[_Reading]:
    """One reading per quantity: the first figure for it, unless the briefing itself gives it
    values that do not meet (it measures more than one thing by that name), or leads with it. Only
    figures alone in their sentence, or alone of their measure (below): a sentence with several of
    one measure compares or adds them. A toll is read as the first one
    given, the one a report leads with, even when it goes on to older tolls ("the toll was 27 on
    Wednesday"), and it need only be the one toll of its kind in its sentence ("27 killed and 41
    injured")."""
    texts = {s.index: s.text for s in analysis.document.sentences}
    dates: dict[int, list[tuple[int, str]]] = defaultdict(list)  # sentence -> (where in it, value) of its dates
    telling: dict[int, list[tuple[int, str]]] = defaultdict(list)  # the days things were said on, apart
    for stated in analysis.dates:
        text = texts.get(stated.sentence, "")
        at = text.find(stated.text)
        value = stated.value or "words " + _fold(stated.text)
        said = stated.value is not None and at >= 0 and (SAID_ON.search(text, max(0, at - 60), at)
                                                         or AS_OF.search(text, max(0, at - 24), at))
        if at >= 0 and _record_since(text[max(0, at - 80):at], stated.text) \
                and not WHEN_AFTER.match(text, at + len(stated.text)):  # "since December, when 12 were killed"
            continue  # "the biggest increase since 1996": a record's baseline, not when the figure was so
        (telling if said else dates)[stated.sentence].append((at, value))
    named: dict[int, set[str]] = defaultdict(set)
    name_terms: dict[int, set[str]] = defaultdict(set)  # sentence -> the terms of the names it gives
    first_person: dict[int, tuple[int, str]] = {}  # sentence -> (where, id) of the first person it names as such
    for entity in analysis.entities:
        for mention in entity.mentions:
            named[mention.sentence].add(entity.id)
            text = texts.get(mention.sentence, "")
            name_terms[mention.sentence].update(content_terms(text[mention.start:mention.end]))
            if entity.type == "person" and not POSSESSIVE_AFTER.match(text, mention.end):
                first_person[mention.sentence] = min(first_person.get(mention.sentence, (mention.start, entity.id)),
                                                     (mention.start, entity.id))
    converted = _conversions(analysis.figures, texts)  # "($43.5 million)" after "40 million euros": the same sum
    # an interviewer's question ("Q: Prosecutors say the bribes totalled 14.5 million euros.") is no claim
    asked = asked_sentences(analysis.document.body_sentences)
    figures = [f for at, f in enumerate(analysis.figures) if at not in converted and f.sentence not in asked
               and not QUESTION_MARK.search(texts.get(f.sentence, ""))]
    per_sentence = Counter(f.sentence for f in figures if _bounds(f.value, f.qualifier))
    # a figure with a measure need only be the one of that measure in its sentence: "some 2.3 million
    # customers …, where about 400 people work" counts customers once (only figures alone had been read);
    # not a rate (of one place and period, which the other figures may set), nor beside a figure of no
    # measure, nor in a sentence that sets figures against each other (COMPARING)
    per_measure = Counter((f.sentence, f.measure) for f in figures
                          if f.measure and _bounds(f.value, f.qualifier))
    compares = {i for i in {f.sentence for f in figures} if _compares(texts.get(i, ""))}
    # a figure with no measure may be another of the same ("175,000 people at Heathrow and 10,000 at Gatwick")
    unmeasured = {(f.sentence, _figure_kind(f)) for f in figures
                  if not f.measure and _bounds(f.value, f.qualifier)}
    # a toll or a prison term need only be the one of its kind in its sentence: "sentenced to nine
    # years and fined 3m", "27 killed and 41 injured"
    tolls = Counter((f.sentence, f.measure) for f in figures if f.measure in OWN_KIND_ALONE)
    by_key: dict[tuple[str, ...], list[_Reading]] = defaultdict(list)
    for figure in figures:
        alone = tolls[(figure.sentence, figure.measure)] == 1 if figure.measure in OWN_KIND_ALONE \
            else per_sentence[figure.sentence] == 1 or (
                bool(figure.measure) and figure.unit != "%" and per_measure[(figure.sentence, figure.measure)] == 1
                and figure.sentence not in compares and (figure.sentence, _figure_kind(figure)) not in unmeasured)
        if not alone:
            continue  # "from 90 planes to 53", "175,000 at Heathrow and 10,000 at Gatwick": parts, not the whole
        text = texts.get(figure.sentence, "")
        if _increment(figure, text):
            continue  # "recovered 11 more bodies": added to a count told before, no total to set against one
        quantity = read_figure(figure, text)
        if quantity:
            unit_words = {stem(w) for w in figure.unit.lower().split()} | LENGTH_STEMS
            context = frozenset(content_terms(text)) - set(quantity.key[0].split()) - unit_words - QUALIFIER_STEMS
            # "killed", "at least" are every toll's words: shared, they say nothing of which happening
            # ("the fighting has killed at least 20,000", "42 people were killed in a market")
            if quantity.toll:
                context -= TOLL_STEMS
            events = corpus.sentence_events.get((analysis.id, figure.sentence), frozenset())
            doings = _doings(figure, text)
            if (done := COUNTED_DOINGS.get(quantity.key[0])) and quantity.key[1].startswith("count "):
                # "126 arrests" are 126 people arrested, however another source words it ("112 people detained")
                quantity, doings = replace(quantity, key=PEOPLE_COUNTED_KEY), doings | {done}
            # people counted, no one in particular, are as many things as what was done to them: "more than
            # 50,000 people marched" and "more than 200 people had been arrested" are two counts, not one
            # the briefing gives two values
            own = tuple(sorted(doings)) if quantity.key[0] in ANYONE and quantity.key[1].startswith("count ") else ()
            by_key[(*quantity.key, *own)].append(_Reading(
                DifferenceClaim(SentenceRef(analysis.id, figure.sentence), figure.text), quantity, context,
                frozenset(named[figure.sentence]), events,
                _risen(_dates_of(figure, text, dates[figure.sentence], telling[figure.sentence],
                                 analysis.metadata.published.value if quantity.toll else None), figure, text,
                       quantity.toll),
                # a term is what a court gave, however told ("will spend the next 12 years in prison")
                not quantity.toll and figure.measure not in TERMS and _told_ahead(figure, text),
                first_person.get(figure.sentence, (0, ""))[1] if figure.measure in TERMS else "",
                frozenset(name_terms[figure.sentence]), doings))
    # a quake's magnitude is the first a report gives, as its toll is: the main shock's ("The strongest,
    # of magnitude 5.4, …" is an aftershock's, named in the sentence before)
    # and a count a report leads with is the one it is about, though it counts more of them later
    # ("2.1 million customers" had their data stolen; the operator has "9.3 million customers")
    lead = {s.index for s in analysis.document.body_sentences[:LEAD_SENTENCES]}
    return [reading for items in by_key.values()
            if items[0].quantity.toll or items[0].quantity.measure == MAGNITUDE
            or items[0].claim.ref.sentence in lead
            or not any(_apart(a.quantity, b.quantity) for a, b in combinations(items, 2))
            for reading in (_tolls_led(items) if items[0].quantity.toll else [_told_alike(items)])]


QUESTION_MARK = re.compile(r"\?\s*$")  # a question in the text's own voice
# A count added to one told before, no total of its own: "recovered 11 more bodies", "a further 5 people died"
INCREMENT_BEFORE = re.compile(r"\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+$", re.IGNORECASE)
INCREMENT_UNIT = re.compile(r"(?:more|further|additional|extra)\b", re.IGNORECASE)


def _increment(figure: Figure, text: str) -> bool:
    at = text.find(figure.text)
    return bool(INCREMENT_UNIT.match(figure.unit)) or (
        at >= 0 and bool(INCREMENT_BEFORE.search(text, max(0, at - 20), at)))


def _conversions(figures: Sequence[Figure], texts: dict[int, str]) -> set[int]:
    """The positions of the figures that give the sum before them in other currencies, in brackets:
    "40 million euros ($43.5 million)", "1bn Swiss francs ($861m; £451m)"."""
    found: set[int] = set()
    last_end: dict[int, int] = {}  # sentence -> where its last sum (not a conversion) ends
    for at, figure in enumerate(figures):
        text = texts.get(figure.sentence, "")
        where = text.find(figure.text, last_end.get(figure.sentence, 0))
        if where < 0:
            continue
        previous = last_end.get(figure.sentence)
        bracket = CONVERSION_AFTER.match(text, previous) if previous is not None else None
        if bracket and where < bracket.end():
            found.add(at)
            continue
        last_end[figure.sentence] = where + len(figure.text)
    return found


def _told_alike(items: list[_Reading]) -> _Reading:
    """The briefing's first reading of a quantity, with what its other sentences that give the same
    value say around it: 'fined the company 18.5 million euros' in the lead, 'imposed a fine of
    €18.5m, the largest in its history' later; another source's 'penalty of €21 million is the
    largest it has ever imposed' shares its words with the second."""
    first = items[0]
    alike = [r for r in items[1:] if not _apart(r.quantity, first.quantity) and r.ahead == first.ahead
             and r.who == first.who]
    if not alike:
        return first
    return replace(first, context=first.context.union(*(r.context for r in alike)),
                   entities=first.entities.union(*(r.entities for r in alike)),
                   events=first.events.union(*(r.events for r in alike)),
                   names=first.names.union(*(r.names for r in alike)),
                   doings=first.doings.union(*(r.doings for r in alike)))


# Words of what is to come, and the marks that end a clause around a figure
AHEAD_WORDS = re.compile(r"\b(?:will|would|shall|is to|are to|plans? to|planned|expected to|set to|due to|aims? to|"
                         r"intends? to)\b|['’]ll\b", re.IGNORECASE)
CLAUSE_MARKS = re.compile(r"[,;:()—–]")


def _told_ahead(figure: Figure, text: str) -> bool:
    """Does the figure's clause look ahead? '20 observers would remain in Harvel' is a plan, beside
    'deployed 84 observers' what was done: two counts, not one the sources differ on."""
    clause = _clause_of(figure, text)
    if clause is None:
        return False
    start, at, end = clause
    # not the figure's own words: "About 2,100 planned operations … have been postponed" were done
    return bool(AHEAD_WORDS.search(text, start, at) or AHEAD_WORDS.search(text, at + len(figure.text), end))


def _clause_of(figure: Figure, text: str) -> tuple[int, int, int] | None:
    """Where the figure's clause starts, where the figure is in it, and where it ends (CLAUSE_MARKS)."""
    at = text.find(figure.text)
    if at < 0:
        return None
    starts = [m.end() for m in CLAUSE_MARKS.finditer(text, 0, at)]
    after = CLAUSE_MARKS.search(text, at + len(figure.text))
    return (starts[-1] if starts else 0), at, (after.start() if after else len(text))


# Verbs of telling or knowing, not of what was done: shared, they say nothing of what was counted
# ("the ministry confirmed 27 hospitals were affected", "confirmed 12 hospitals were fully encrypted")
TELLING_DOINGS = frozenset(stem(w) for w in """confirmed announced published revealed estimated stated insisted
warned believed expected quoted cited disclosed released updated revised put given gave showed found""".split())


PEOPLE_DOINGS = frozenset({stem("released")})  # of telling, but of people what was done to them


def _doings(figure: Figure, text: str) -> frozenset[str]:
    """The stems of the past forms in the figure's clause that say what was done to or by what it
    counts ("More than 4,000 operations have been cancelled": "cancel"), not how it was told."""
    found_clause = _clause_of(figure, text)
    if found_clause is None:
        return frozenset()
    start, at, end = found_clause
    clause = f"{text[start:at]} {text[at + len(figure.text):end]}"  # not the figure's own words ("polling stations")
    # people released are freed, not figures made public ("ten people" released)
    telling = TELLING_DOINGS - PEOPLE_DOINGS if stem(figure.measure.lower()) in ANYONE else TELLING_DOINGS
    # a kind of happening however told: "detained" and "arrested" are one doing (happenings.KINDS)
    return frozenset(kind_of(word.lower()) or found for word in LABEL_WORD.findall(clause)
                     if _a_doing(word.lower()) and (found := stem(word.lower())) not in telling)


NOT_DOINGS = frozenset("""according including during morning evening something nothing anything everything building
meeting following ring king thing wing spring string bring acting outstanding remaining polling ruling""".split())


def _a_doing(word: str) -> bool:
    """A past form or a participle of what was done: 'cancelled', 'waiting' (not 'according', 'morning')."""
    return verb_form(word) or (len(word) >= 6 and word.endswith("ing") and word not in NOT_DOINGS)


def _tolls_led(items: list[_Reading]) -> list[_Reading]:
    """The tolls a briefing leads with: the first, and each later one of another scale (over
    TOLL_SCOPE times or under a TOLL_SCOPE-th of those before it), another happening's ("two people
    died in a landslide" before "26 people had died" of the dam): read only the first, a briefing's
    toll of the dam was never set beside the other sources'."""
    led = [items[0]]
    for item in items[1:]:
        if all(_other_scale(item.quantity, kept.quantity) for kept in led):
            led.append(item)
    return led


def _other_scale(one: Quantity, other: Quantity) -> bool:
    low, high = sorted((max(1.0, one.low), max(1.0, other.low)))
    return high > TOLL_SCOPE * low


def _record_since(before: str, date_text: str) -> bool:
    """Is the date a record's baseline: "the biggest rise since 1996", "the biggest single increase
    since the dral was introduced in 1996"?"""
    lead = before + (date_text[:6] if date_text.lower().startswith("since ") else "")
    found = list(SINCE_WORD.finditer(lead))
    return bool(found) and not CLAUSE_MARK.search(lead, found[-1].end()) \
        and SUPERLATIVE_SINCE.search(lead, 0, found[-1].end()) is not None


def _dates_of(figure: Figure, text: str, dates: list[tuple[int, str]], telling: list[tuple[int, str]],
              published: str | None) -> tuple[str, ...]:
    """The dates a figure's sentence states (telling: those of a saying, "officials said on
    Wednesday", apart). A toll (published: its briefing's publication date) is as of the date
    nearest the figure of those that date a happening ("the deadliest attack since December, when
    12 soldiers were killed": December's toll, not January's); with none, as of the day it was told,
    else of the day its briefing was published ("Nine soldiers dead in Metina": the toll so far),
    both marked PUBLISHED: a toll told on a day is the toll so far, not that day's."""
    if published is None:
        return tuple(value for _, value in sorted([*dates, *telling]))
    if named_in_relative(text, figure):
        dates = []  # "spoke on Wednesday about the bombing that killed ten people": the call's day, not the bombing's
    if len(dates) == 1:
        return (dates[0][1],)
    if not dates:
        told = [value for _, value in telling if len(value) == len("2025-03-11")]
        day = told[-1] if told else published
        return (PUBLISHED + day,) if day and len(day) == len("2025-03-11") else ()
    at = text.find(figure.text)  # the figure's words, not its value: "12" is in "January 12" too
    at = text.find(figure.value) if at < 0 else at
    return (min(dates, key=lambda date: (abs(date[0] - at), date[0]))[1],)


def read_figure(figure: Figure, text: str) -> Quantity | None:
    """The figure as an interval in a common unit with the key of what it measures; None when it
    cannot be compared (no measure or a vague one, a vague 'dozens', a fraction)."""
    unit, measure = figure.unit, figure.measure
    *rest, last = unit.split() or [""]
    if last.lower() in DIMENSION_WORDS and measure:  # "1,007 km long": the unit is km, the measure a length
        unit, measure = " ".join(rest), f"{measure} {DIMENSION_WORDS[last.lower()]}"
    key, specific = _measure_key(measure)
    scale = _scale(figure, unit)
    bounds = _bounds(figure.value, figure.qualifier)
    if not key or not scale or not bounds:
        return None
    family, factor = scale
    if (family.startswith("count ") or key == POLICY_RATE) and not figure.qualifier and bounds[1] - bounds[0] == 1.0:
        # a count in units is exact: 8 years is not 9, 36 days not 37; so is a rate a bank sets (27% is not 28%)
        bounds = ((bounds[0] + bounds[1]) / 2,) * 2
    return Quantity(measure, (key, family), bounds[0] * factor, bounds[1] * factor, specific)


def _value_end(figure: Figure, text: str) -> int:
    at = text.find(figure.value)
    return at + len(figure.value) if at >= 0 else len(text)


LABEL_WORD = re.compile(r"[A-Za-z][\w'’-]*")
SINCE_WORD = re.compile(r"\bsince\s+", re.IGNORECASE)
CLAUSE_MARK = re.compile(r"[.;:,]")
POLICY_RATE = "policy rate"
POLICY_RATE_WORDS = frozenset({"main", "key", "benchmark", "policy", "base", "official", "headline", "repo",
                               "one-week"})
# Words for one measure, read as one ("The ACA's penalty of €21 million" and "a fine of €18.5m")
TIMELESS_KEYS = frozenset({"bid"})  # a bid's worth is the bid's, whatever day tells it (as a sum embezzled is)
MEASURE_SAME = {"penalty": "fine", "penalties": "fine", "fines": "fine",
                "vessel": stem("ships"), "vessels": stem("ships"),
                # a sum one firm offers for another, however named: "the €2.4 billion takeover", "its €2.1bn
                # bid", "Your offer for Meridia was €2.4 billion", "The deal, worth nearly three billion euros"
                **dict.fromkeys(("takeover", "takeovers", "offer", "offers", "acquisition", "bids"), "bid")}


def _measure_key(measure: str) -> tuple[str, bool]:
    """'border between the two countries length' → 'border length': the head before a preposition,
    stemmed, with its dimension; and whether that says more than one counted noun. '' for a head
    that names no quantity ('rise', 'estimate', 'total')."""
    words = measure.lower().replace("’", "'").split()
    dimension = words.pop() if len(words) > 1 and words[-1] in DIMENSIONS else ""
    head: list[str] = []
    for word in words:
        if word in MEASURE_CUTS:
            break
        head.append(word)
    head = [w for w in head if w not in STOPWORDS]
    if not dimension and all(w in VAGUE_MEASURES for w in head):
        return "", False
    if len(head) > 1 and head[-1] == "rate" and set(head[:-1]) & POLICY_RATE_WORDS:
        return POLICY_RATE, True  # "main rate", "key interest rate", "benchmark rate": a central bank's one rate
    stems = [MEASURE_SAME.get(w, stem(w)) for w in head]
    # a sum named for what it is ("fine", "bribes", "contract") says as much as two words ("border length")
    # a vehicle's speed is one thing of a crash, as a sum moved is of a doing
    named_sum = (len(head) == 1 and head[0] in SUMS_NAMED | SUMS_IN_MILLIONS) or " ".join(words) in SUMS_MOVED \
        or words == ["speed"]
    return " ".join(stems + ([dimension] if dimension else [])), bool(dimension) or len(stems) > 1 or named_sum


def _scale(figure: Figure, unit: str) -> tuple[str, float] | None:
    """(unit family, factor to the family's unit): 'miles' → (length, 1.609), '%' → (%, 1)."""
    words = unit.lower().split()
    factor = 1.0
    while words and words[0] in MAGNITUDES:
        factor *= MAGNITUDES[words.pop(0)]
    direction = figure.text.lower().split(" ")[0] if figure.text.lower().startswith(("up ", "down ")) else ""
    if words and words[-1].rstrip("s") in ("third", "quarter"):
        return None
    if unit == "%":
        family = "%"
    elif (speed := SPEED_KMH.get(" ".join(words))) is not None:
        family, factor = "speed km/h", factor * speed
    elif words and words[-1] in LENGTH_KM:
        family, factor = "length km", factor * LENGTH_KM[words[-1]]
    elif currency := currency_key(figure.value) or (NAMED_CURRENCIES.get(words[-1]) if words else ""):
        family = f"money {currency}"  # "€45 million" and "52 million euros": one currency
    elif (figure.measure in TOLLS and (not words or words[-1] in TOLL_ANYONE or words[-1] in TOLL_PEOPLE)) \
            or figure.measure in (EVACUATED, TRAPPED, RESCUED):
        family = "count people"  # "27 people", "31", "41 injured", "40 lives": one toll, however worded
    else:
        family = f"count {COUNTED_SAME.get(stem(words[-1]), stem(words[-1]))}" if words else "number"
    return (f"{direction} {family}".strip(), factor)


COUNTED_SAME = {stem("vessels"): stem("ships")}  # one thing counted, two words: "27 vessels", "52 ships"
# A figure's qualifier's words: shared, they say nothing of what two sentences count ("at least 34
# cargo ships waiting at anchor", "diverted at least eleven ships")
QUALIFIER_STEMS = frozenset(stem(w) for w in """least most more fewer less nearly almost roughly around about some
approximately over under than just only estimated""".split())


def _bounds(value: str, qualifier: str) -> tuple[float, float] | None:
    """The interval a written value stands for: '350' is 345–355 (rounded to tens), '10–20' is
    10–20, 'over 300' 300–600 (more would not be said so), 'nearly 20%' 18–20%."""
    text = value[len(currency_of(value)):].strip().lower()
    spelled = spelled_number(text) if text[:1].isalpha() else None
    if spelled is not None and spelled < 100:  # "ten" is ten, where "10" may be rounded
        numbers: list[tuple[float, float] | None] = [(float(spelled), 0.5)]
    else:  # "one hundred and nine" as "109", "a quarter of a million" as "250000" (rounded as written)
        numbers = [_number(part) for part in (str(spelled) if spelled is not None else text).split("–")]
    if len(numbers) > 2 or any(n is None for n in numbers):
        return None
    (low, low_half), (high, high_half) = numbers[0], numbers[-1]  # type: ignore[misc]
    below, above = QUALIFIED.get(" ".join(qualifier.lower().split()), (None, None))
    if below is None and above is None:  # no qualifier: the value as rounded
        return (low - low_half, high + high_half) if len(numbers) == 1 else (low, high)
    # "about 2.1 million" is as near as its decimal says, not 10% either way: 2.1 and 2.3 million
    # customers, each "about", had met (only a round "about 2,000" keeps the 10%)
    return _qualified_end(low, low_half, below, 0.0), _qualified_end(high, high_half, above, float("inf"))


def _qualified_end(value: float, half: float, factor: float | None, open_end: float) -> float:
    """One end of a qualified value: open (None), the value itself (1), as far as "over" or "more than"
    goes (2), or "about"'s and "nearly"'s 10%, at most APPROXIMATE half-steps of its rounding."""
    if factor is None:
        return open_end
    if factor == 1 or factor >= 2:
        return value * factor
    return value + (1 if factor > 1 else -1) * min(value * abs(factor - 1), APPROXIMATE * half)


def _number(text: str) -> tuple[float, float] | None:
    """(value, half its rounding step): '7,500' → (7500, 50), '1.2bn' → (1.2e9, 0.05e9)."""
    match = NUMBER.fullmatch(text)
    if not match:
        return None
    digits = match.group("num").replace(",", "")
    if len(digits) > MAX_DIGITS:
        return None
    factor = SUFFIXES.get((match.group("suffix") or "").lower(), 1.0)
    if "." in digits:
        step = 10.0 ** -len(digits.split(".")[1])
    else:
        step = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else 1.0
    return float(digits) * factor, step / 2 * factor


def _apart(one: Quantity, other: Quantity) -> bool:
    """The intervals do not meet, by more than MIN_GAP of the larger value."""
    gap = max(one.low, other.low) - min(one.high, other.high)
    if one.measure in (MAGNITUDE, AFTERSHOCK_MAGNITUDE):
        return gap > 0  # a scale of logarithms: 6.8 and 7.0 are a quake 2 times the size, not 3% apart
    return gap > MIN_GAP * max(abs(one.high), abs(other.high), abs(one.low), abs(other.low))


def _anchors(briefing: str, corpus: _Corpus) -> list[str]:
    """What two briefings about one thing share at least one of: a rare entity or an event."""
    analysis = corpus.by_id[briefing]
    rare = sorted({e.id for e in analysis.entities if corpus.rare(e.id)}, key=lambda e: (corpus.frequency[e], e))
    events = sorted(corpus.shared_events.get(briefing, ()))
    return ([f"event {e}" for e in events] + [f"entity {e}" for e in rare])[:MAX_ANCHORS]


def _figures_differ(one: _Reading, other: _Reading, corpus: _Corpus) -> bool:
    a, b = one.claim.ref.briefing, other.claim.ref.briefing
    # a sum embezzled is of the case, over its years, not of the day a sentence tells (a verdict's, a hearing's)
    timed = _tolls_comparable(one, other) if one.quantity.toll else one.quantity.measure == SUM_TAKEN \
        or one.quantity.key[0] in TIMELESS_KEYS \
        or (not _dated_apart(one.dates, other.dates) and not _another_year(one, other, corpus)) \
        or (one.quantity.measure == MAGNITUDE and _days_near(one.dates, other.dates, QUAKE_DAYS)) \
        or (_a_count(one) and _days_near(one.dates, other.dates, COUNT_DAYS))
    # a plan's count beside a count of what was done is two counts ("20 observers would remain", "deployed
    # 84"); a rate is the one rate of one thing, planned or done ("will impose a tariff of 25%", "its 20% tariff")
    planned = one.ahead == other.ahead or (one.quantity.rate and other.quantity.rate)
    return a != b and _apart(one.quantity, other.quantity) and timed and planned \
        and _about_one_thing(a, b, corpus) and _same_quantity(one, other, corpus)


def _another_year(one: _Reading, other: _Reading, corpus: _Corpus) -> bool:
    """Is one figure dated by one year (no month, no span) before the other's briefing was published, where the
    other's sentence dates it not at all ("In the 2020 regional election, turnout … was over 85 per cent"
    against a 2025 report's "turnout of 61.4 per cent")? The undated one is of its own time. Not a span
    ("between 2021 and 2023", "between May 2021 and September 2023"), which dates the course of what a
    later report tells ("paying some €14.5 million in bribes … between 2021 and 2023")."""
    for dated, undated in ((one, other), (other, one)):
        published = corpus.by_id[undated.claim.ref.briefing].metadata.published.value or ""
        if len(dated.dates) == 1 and not undated.dates and published[:4].isdigit() \
                and all(len(d) == len("2020") and d.isdigit() and d < published[:4] for d in dated.dates):
            return True
    return False


def _a_count(reading: _Reading) -> bool:
    """A count of people or things ('2.1 million customers'), not a sum, a rate or a level."""
    return reading.quantity.key[1].startswith("count ")


def _days_near(one: tuple[str, ...], other: tuple[str, ...], days: int) -> bool:
    """Is a day of one within `days` of a day of the other? 'Four days after a magnitude 7.0
    earthquake …, the death toll stood at 612 on Thursday' dates the quake's magnitude by the toll."""
    return any(len(x) == len(y) == len("2026-03-09") and _gap_days(x, y) <= days for x in one for y in other)


def _tolls_comparable(one: _Reading, other: _Reading) -> bool:
    """May two tolls be one happening's, told at two times? Their dates meet; or a toll dated by its
    briefing alone comes within TOLL_DAYS after a day its sentence states ("rose to 31 on Thursday",
    and a toll of 32 in a review of the next Monday), or within PUBLISHED_DAYS of another so dated
    (two undated tolls a week apart in one city are two shootings). Two days the sentences state
    are two happenings ("on Friday" at a mosque, "on Thursday" at a market). And one is not over
    TOLL_SCOPE times the other: a war's toll beside a strike's is another count, not another figure."""
    levels = [q.low or q.high for q in (one.quantity, other.quantity)]  # "no more than 300": 300, not 0
    if max(levels) > TOLL_SCOPE * max(1.0, min(levels)):
        return False
    if not one.dates or not other.dates:
        return True
    return any(_toll_dates_meet(x, y) for x in one.dates for y in other.dates)


def _risen(dates: tuple[str, ...], figure: Figure, text: str, toll: bool) -> tuple[str, ...]:
    """A toll that rose to its figure ("the death toll rose to 19 on Thursday") is dated by the day it
    was counted, not by the happening's: its days are RISEN, which meet another toll's within TOLL_DAYS."""
    at = text.find(figure.text)
    if not toll or at < 0 or not ROSE_TO.search(text, max(0, at - 40), at):
        return dates
    return tuple(RISEN + d.removeprefix(PUBLISHED) if not d.startswith("words ") else d for d in dates)


RISEN = "risen "  # a running toll's day of counting (_risen)
ROSE_TO = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|increased|grew|jumped|reached|reaches|stood|"
                     r"stands|revised)\b(?:\s+[\w-]+){0,3}?\s+(?:to|at)\s+(?:at\s+least\s+|about\s+|some\s+)?$",
                     re.IGNORECASE)


def _toll_dates_meet(one: str, other: str) -> bool:
    risen = one.startswith(RISEN) or other.startswith(RISEN)
    one, other = one.removeprefix(RISEN), other.removeprefix(RISEN)
    derived = one.startswith(PUBLISHED) + other.startswith(PUBLISHED)
    one, other = one.removeprefix(PUBLISHED), other.removeprefix(PUBLISHED)
    if one.startswith("words ") or other.startswith("words "):
        return one == other
    if _dates_meet(one, other):
        return True
    days = len(one) == len(other) == len("2025-03-11") and _gap_days(one, other)
    if risen:  # a toll counted again: one happening's, within TOLL_DAYS
        return days is not False and days <= TOLL_DAYS
    return days is not False and derived > 0 and days <= (PUBLISHED_DAYS if derived == 2 else TOLL_DAYS)


def _same_quantity(one: _Reading, other: _Reading, corpus: _Corpus) -> bool:
    """Do the two sentences count one thing? They report one event; or they name a rare entity
    together (two for a rate, which is of one place and period) and share a word (of people, one
    besides the names they give); or, for a level with a specific
    measure ('border length'), they share two more words."""
    if one.who and other.who and one.who != other.who:
        return False  # "sentenced Kolvanek to nine years", "van der Berghe … a reduced sentence of three years"
    if one.events & other.events:
        return True
    if one.quantity.key[0] in ANYONE and one.doings and other.doings and not one.doings & other.doings:
        return False  # "five people were still being held", "ten people" released: two counts of people
    if one.quantity.measure in ONE_STORY_COUNTS or one.quantity.key[0] in ONE_STORY_KEYS:
        return True  # the people trapped, rescued, an election's turnout, the bribes: of the story both tell
    if _a_count(one) and one.doings & other.doings and (one.quantity.key[0] not in ANYONE
                                                       or not _names_apart(one, other, corpus)):
        # one noun counted, and the same done to them, in briefings about one thing: "more than 3,000
        # operations were cancelled" and "More than 4,000 operations have been cancelled" (no name in either);
        # people, where the sentences name no two places or bodies apart ("112 people had been arrested",
        # "more than 200 people had been arrested across the country")
        return True
    if one.quantity.toll and one.context & other.context:
        # each briefing's lead toll, of briefings about one thing, on days that meet (_figures_differ):
        # "rose to 340 on Tuesday" and "365 people had died in the province", told that morning
        return True
    rate = one.quantity.rate or other.quantity.rate
    shared = {e for e in one.entities & other.entities if corpus.rare(e)}
    # people, counted, need a word besides the names: "treated more than 4,000 people" around Biruta and
    # "410,000 people have had a first dose" in Biruta share the place alone, and count two things
    # ("the union has 7,000 members" needs none: members are the union's)
    common = one.context & other.context
    if len(shared) >= (2 if rate else 1) and (common - one.names - other.names if one.quantity.key[0] in ANYONE
                                              else common):
        return True
    if one.quantity.key[0] == POLICY_RATE and len(common - one.names - other.names) >= 2:
        return True  # a central bank's one rate, in briefings about one thing ("the central bank … its main rate")
    return one.quantity.specific and other.quantity.specific and not rate and len(one.context & other.context) >= 2


def _names_apart(one: _Reading, other: _Reading, corpus: _Corpus) -> bool:
    """Do both sentences name rare entities, none of them shared? 'In Ostrakan 300 people marched'
    and 'In Port Amsel 300 people marched' count two crowds."""
    rare_one = {e for e in one.entities if corpus.rare(e)}
    rare_other = {e for e in other.entities if corpus.rare(e)}
    return bool(rare_one and rare_other and not rare_one & rare_other)


def _dated_apart(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Both sentences are dated and no dates meet: the figures are of different times. Dates a
    briefing could not resolve ('in October' in an undated source) meet only when worded alike."""
    return bool(one and other) and not any(_stated_dates_meet(x, y) for x in one for y in other)


def _stated_dates_meet(one: str, other: str) -> bool:
    if one.startswith("words ") or other.startswith("words "):
        return one == other
    return _dates_meet(one, other)


def _about_one_thing(a: str, b: str, corpus: _Corpus) -> bool:
    if corpus.shared_events.get(a, frozenset()) & corpus.shared_events.get(b, frozenset()):
        return True
    ids_a = {e.id for e in corpus.by_id[a].entities if corpus.rare(e.id)}
    return len(ids_a & {e.id for e in corpus.by_id[b].entities}) >= 2


def _components(edges: set[tuple[_Reading, _Reading]], corpus: _Corpus) -> list[list[_Reading]]:
    """Readings joined by differences, each group once, in a stable order."""
    parent: dict[_Reading, _Reading] = {}

    def root(node: _Reading) -> _Reading:
        parent.setdefault(node, node)
        while parent[node] is not node:  # halving the path: a chain of readings is not walked again
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in sorted(edges, key=lambda e: (_place_of(e[0], corpus), _place_of(e[1], corpus))):
        parent[root(b)] = root(a)
    groups: dict[_Reading, list[_Reading]] = defaultdict(list)
    for node in parent:
        groups[root(node)].append(node)
    ordered = [sorted(g, key=lambda r: _place_of(r, corpus)) for g in groups.values()]
    return sorted(ordered, key=lambda g: (g[0].quantity.key, _place_of(g[0], corpus)))


def _place_of(reading: _Reading, corpus: _Corpus) -> tuple[int, int, str]:
    return corpus.order[reading.claim.ref.briefing], reading.claim.ref.sentence, reading.claim.value


def _figure_difference(group: list[_Reading], edges: list[tuple[_Reading, _Reading]], corpus: _Corpus) -> Difference:
    """The group's readings, those of its first difference (of its own edges) first, up to MAX_FIGURE_CLAIMS."""
    first = min(edges, key=lambda e: (_place_of(e[0], corpus), _place_of(e[1], corpus)))
    chosen = sorted(dict.fromkeys([*first, *group]).keys(), key=lambda r: r not in first)[:MAX_FIGURE_CLAIMS]
    claims = [r.claim for r in sorted(chosen, key=lambda r: _place_of(r, corpus))]
    # the shortest of the group's words for it: "bid", not "Your offer for Meridia"
    subject = _people_done_to(first[0], first[1], corpus) or min(
        (r.quantity.measure for r in group), key=lambda measure: (len(measure.split()), len(measure)))
    return Difference("", "figure", subject, tuple(claims), _timing(_briefings(claims), corpus))


def _people_done_to(one: _Reading, other: _Reading, corpus: _Corpus) -> str:
    """ "people arrested": people counted, no one in particular, named by what both sentences say was
    done to them, as the first writes it; '' for any other count."""
    shared = one.doings & other.doings
    if one.quantity.key[0] not in ANYONE or not shared:
        return ""
    text = corpus.by_id[one.claim.ref.briefing].document.sentence_text(one.claim.ref.sentence)
    if one.quantity.measure in COUNTED_AS:
        return f"people {COUNTED_AS[one.quantity.measure]}"  # "126 arrests": people arrested
    words = [w for w in LABEL_WORD.findall(text) if (kind_of(w.lower()) or stem(w.lower())) in shared]
    words.sort(key=lambda w: kind_of(w.lower()) is None)  # a kind of happening first: "detained", not "began"
    return f"{one.quantity.measure} {words[0].lower()}" if words else ""


# --- dates and single sources -----------------------------------------------------------------


def _date_differences(corpus: _Corpus, events: Sequence[Event]) -> list[tuple[Event, Event]]:
    """Pairs of events that may be one happening dated differently, the earlier date first: blocked
    by rare participant, and, for days a few apart, by a word of what was done."""
    by_participant: dict[str, list[Event]] = defaultdict(list)
    by_doing: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.value:
            for participant in event.participants:
                if corpus.rare(participant) and len(by_participant[participant]) < MAX_POSTINGS:
                    by_participant[participant].append(event)
        if event.precision == "day" and event.value:
            for word in sorted(_doing(event)):
                if len(by_doing[word]) < MAX_POSTINGS:
                    by_doing[word].append(event)
    pairs = {(a, b) if (a.value, a.id) <= (b.value, b.id) else (b, a) for block in by_participant.values()
             for a, b in combinations(block, 2) if _dated_differently(a, b, corpus)}
    pairs |= {(a, b) if (a.value, a.id) <= (b.value, b.id) else (b, a) for block in by_doing.values()
              for a, b in combinations(block, 2) if _days_apart_alike(a, b, corpus)}
    return sorted(pairs, key=lambda p: (p[0].id, p[1].id))


RECURRING = GATHERINGS | {"~airstrike", "~blast", "~kill", "~wound"}  # kinds one place may have day after day


def _days_differ_within(event: Event) -> bool:
    """Do two sources of one event give it different days? Reports a day apart that share most of
    their participants are one happening (events.py), dated at the month both days are in: 'downed
    tools at midnight on 1 June' and 'began an indefinite strike on 2 June' were one event of June,
    and the sources' two days were shown nowhere. Not a day a report was told on, nor a happening
    that recurs day after day (a meeting, a rise, a strike from the air), which may be two."""
    if _kinds(event) & RECURRING or RISE.search(event.label) or FALL.search(event.label):
        return False
    days: dict[str, set[str]] = defaultdict(set)
    for report in event.reports:
        if report.precision == "day" and report.value and not report.note.endswith(TOLD_NOTE):
            days[report.ref.briefing].add(report.value)
    return any(not mine & theirs for mine, theirs in combinations(days.values(), 2))


def _doing(event: Event) -> set[str]:
    """The stems of what the label says was done, without the names of who took part and the words
    of their offices ('provincial health director' is who, in 'suspended as …' and in '… will meet')."""
    names = {stem(part) for p in event.participants for part in p.split("-")}
    words = set(content_terms(event.label))
    office = OFFICE_STEMS if words & TITLE_STEMS else NATION_STEMS  # "fire" alone is a fire, not a fire chief
    # and the kind of happening however told: "downed tools" and "began indefinite strike" are one walkout
    return (words - UNTELLING - office - names) | (_kinds(event) - OUTCOMES)


def _days_apart_alike(one: Event, other: Event, corpus: _Corpus) -> bool:
    """One happening told alike by two sources that give days 1 to NEAR_DATE_DAYS apart: 'fire
    started' near Ostrel on 10 July and on 11 July. They name a rare participant in common, or
    their labels say the same in two words or more ('strike began') and their briefings are about
    one thing. Not a meeting, a call or a visit, nor a rise or a fall: those recur day after day."""
    if set(one.sources) & set(other.sources) or one.precision != "day" or other.precision != "day" \
            or not 1 <= _gap_days(one.value or "", other.value or "") <= NEAR_DATE_DAYS:
        return False
    doing = _doing(one) & _doing(other)
    if any(all(r.note.endswith(TOLD_NOTE) for r in e.reports) or OTHER_TIME.search(e.label) for e in (one, other)):
        return False  # a day of telling; "Speaking on Saturday, she said the campaign would begin tomorrow"
    if not doing or any(RISE.search(e.label) or FALL.search(e.label) or _kinds(e) & GATHERINGS for e in (one, other)):
        return False
    telling = [p for p in set(one.participants) & set(other.participants) if corpus.telling(p)]
    # a place both name tells one happening only when they say it was done alike: "hostages … presented in
    # Al-Mirat" and "freed hostages were flown to Al-Mirat" share the city and the hostages, no doing
    if any(p not in corpus.places for p in telling) or (telling and _a_doing_word(one, other)):
        return True
    # told alike, or a happening a story has one of told in other words ("downed tools", "began indefinite strike")
    return (_labels_alike(one, other) or bool(_kinds(one) & _kinds(other) & ONCE_A_STORY)) and any(
        _about_one_thing(a, b, corpus) for a in one.sources[:MAX_CLAIMS_PER_VALUE]
        for b in other.sources[:MAX_CLAIMS_PER_VALUE])


def _a_doing_word(one: Event, other: Event) -> bool:
    """Is one of the words both labels share a verb of what was done or a kind of happening ('started',
    'began', 'issued', 'collapse'), not only who or what it befell ('hostages')?"""
    mine = {w.lower() for w in LABEL_WORD.findall(one.label)}
    theirs = {w.lower() for w in LABEL_WORD.findall(other.label)}
    return any(verb_form(word) or kind_of(word) for word in mine & theirs) or bool(_kinds(one) & _kinds(other)
                                                                                 & ONCE_A_STORY)


def _labels_alike(one: Event, other: Event) -> bool:
    """Do the labels say the same, names and all, in two words or more: 'Operation Stone Gate began'
    and 'operation began', 'Memorandum of Understanding on Security Cooperation signed' and 'security
    cooperation memorandum signed by two governments in Ostrin' (SAME_LABEL of the shorter's words)?"""
    mine, theirs = set(content_terms(one.label)) - UNTELLING, set(content_terms(other.label)) - UNTELLING
    shared = mine & theirs
    return len(shared) >= 2 and len(shared) >= SAME_LABEL * min(len(mine), len(theirs))


def _kinds(event: Event) -> set[str]:
    """The kinds of happening the label names, in a word or a phrase ('fire broke out', 'drone strikes')."""
    return {kind for word in [*content_words(event.label), *(p[2] for p in phrase_kinds(event.label))]
            if (kind := kind_of(word.lower()))}


def _dated_differently(one: Event, other: Event, corpus: _Corpus) -> bool:
    """One happening told by different sources with dates that do not meet but are near."""
    if set(one.sources) & set(other.sources) or not one.value or not other.value:
        return False  # a source that gives both dates tells of two happenings
    shared = {p for p in set(one.participants) & set(other.participants) if corpus.rare(p)}
    terms = set(one.terms) & set(other.terms)
    alike = len(shared) >= 2 and len(terms) >= 2 and 2 * len(terms) >= min(len(one.terms), len(other.terms)) \
        and _labels_share_doing(one, other)
    return (alike or (bool(shared & corpus.people) and _once_alike(one, other))
            or (bool(shared - corpus.people) and _once_alike(one, other, ONCE_THINGS))) \
        and not _dates_meet(one.value, other.value) and _gap_days(one.value, other.value) <= MAX_DATE_GAP_DAYS


def _once_alike(one: Event, other: Event, once: frozenset[str] = ONCE_KINDS) -> bool:
    """Do both labels say that a person underwent one kind of happening that befalls them once
    (ONCE_KINDS)? 'Kessarin detained' (22 April 2025) and 'Kessarin arrested' (May 2025), each
    with one person in common and no other rare participant: one arrest, dated differently."""
    return bool(_told_kinds(one) & _told_kinds(other) & once)


def _told_kinds(event: Event) -> set[str]:
    """The kinds of happening the label tells (_own_kinds), and those the words its sources share name when
    the label is one word that names none ("was taken into custody … this morning and is being
    questioned" and "arrested … on Wednesday": 'questioned'); not a longer label, whose words say what it tells."""
    own = _own_kinds(event)
    if own or len(event.label.split()) > 1 or len(event.sources) < 2:
        return own  # a label of more words says what it tells; one source's words are not words sources share
    return {kind for term in event.terms if (kind := kind_of(term.lower()))}


# a kind of happening after one of these is what the label's happening is about, not it: "filed appeal
# against conviction" is an appeal, "protest over verdict" a protest
ABOUT_WORDS = re.compile(r"\b(?:against|over|about|of|after|since|before|following|despite|until)\s+"
                         r"(?:(?:the|a|an|his|her|its|their)\s+)?$", re.IGNORECASE)


def _own_kinds(event: Event) -> set[str]:
    """The kinds of happening the label tells as its own, not as what it is about (ABOUT_WORDS) nor
    as what it denies ("National Police denied Anselm van der Wyck had been arrested": a denial)."""
    label = event.label
    denied = DENIED_IN_LABEL.search(label)
    end = denied.start() if denied else len(label)
    found = {kind for word in LABEL_WORD.finditer(label, 0, end)
             if (kind := kind_of(word.group().lower())) and not ABOUT_WORDS.search(label, 0, word.start())}
    return found | {kind for start, _, word, _ in phrase_kinds(label, 0, end)
                    if (kind := kind_of(word)) and not ABOUT_WORDS.search(label, 0, start)}


DENIED_IN_LABEL = re.compile(r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|refuted)\b", re.IGNORECASE)


def _labels_share_doing(one: Event, other: Event) -> bool:
    """Do the two events' labels, what each says was done, share a word? 'Hakan al-Rashidi arrived
    in Dareen' (11 March) and 'Foreign Affairs received official visit' (12 March) share who and
    the visit's words, but are an arrival and a reception on two days of one visit. The names of
    who took part are no word of what was done."""
    names = {stem(part) for event in (one, other) for p in event.participants for part in p.split("-")}
    return bool((set(content_terms(one.label)) - UNTELLING - names) & set(content_terms(other.label)))


def _joined_pairs(pairs: list[tuple[Event, Event]]) -> list[list[Event]]:
    """Pairs that share an event as one group, each group's events by date: 'Kessarin detained' on 22
    April and 'Kessarin arrested' in April, each set against the arrest in May, are one point with
    three dates, not two rows that repeat the May sources."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    events: dict[str, Event] = {}
    for one, other in pairs:
        events[one.id], events[other.id] = one, other
        parent[root(one.id)] = root(other.id)
    groups: dict[str, list[Event]] = defaultdict(list)
    for key in sorted(events):
        groups[root(key)].append(events[key])
    return sorted((sorted(group, key=lambda e: (e.value or "", e.id)) for group in groups.values()),
                  key=lambda group: group[0].id)


def _date_difference(group: list[Event], corpus: _Corpus) -> Difference:
    claims = list({(c.ref.briefing, c.ref.sentence): c for event in group
                   for c in map(_report_claim, _each_days_reports(event))}.values())
    # a label that tells what happened first ("Radomir Kovačec arrested", not "questioned"), then the most told
    subject = max(group, key=lambda e: (bool(_own_kinds(e)), len(e.reports), -group.index(e))).label
    return Difference("", "date", subject, tuple(claims), _timing(_briefings(claims), corpus))


def _each_days_reports(event: Event) -> list[EventReport]:
    """Each source's first report, MAX_CLAIMS_PER_VALUE of each value: an event whose sources give two
    days shows both ('21 September' had been cut after three sources of '20 September'), in report order."""
    kept: dict[str | None, list[EventReport]] = defaultdict(list)
    for report in first_reports(event):
        if len(kept[report.value]) < MAX_CLAIMS_PER_VALUE:
            kept[report.value].append(report)
    chosen = {id(r) for reports in kept.values() for r in reports}
    return [r for r in first_reports(event) if id(r) in chosen]


def _report_claim(report: EventReport) -> DifferenceClaim:
    if report.value and report.date_text:
        value = f"{report.date_text} ({report.value})"
    else:
        value = report.date_text or report.value or "no date given"
    return DifferenceClaim(report.ref, value)


def _single_sources(corpus: _Corpus, events: Sequence[Event]) -> list[Difference]:
    holders: dict[str, list[str]] = defaultdict(list)  # rare entity -> briefings naming it
    for briefing, analysis in corpus.by_id.items():
        for entity_id in dict.fromkeys(e.id for e in analysis.entities):
            if corpus.telling(entity_id):
                holders[entity_id].append(briefing)
    told: dict[str, list[Event]] = defaultdict(list)  # briefing -> its dated events, to find one told in other words
    for event in events:
        if event.value is not None:
            for briefing in event.sources:
                told[briefing].append(event)
    found = []
    for event in events:
        covering = _could_carry(event, holders, corpus) if len(event.sources) == 1 else []
        if covering and not _told_otherwise(event, covering, told):
            found.append((_importance(event, covering, corpus), event, covering))
    found.sort(key=lambda item: item[0])
    return [Difference("", "single source", event.label, (_report_claim(event.reports[0]),),
                       _timing([event.sources[0], *covering], corpus))
            for _, event, covering in found[:MAX_SINGLE_SOURCE]]


def _could_carry(event: Event, holders: dict[str, list[str]], corpus: _Corpus) -> list[str]:
    """Other briefings naming two of the event's rare participants, not published before it."""
    counts = Counter(b for p in set(event.participants) if corpus.telling(p) for b in holders.get(p, ()))
    source = event.sources[0]
    return sorted((b for b, n in counts.items() if n >= 2 and b != source and not _published_before(b, event, corpus)),
                  key=lambda b: corpus.order[b])


def _told_otherwise(event: Event, covering: list[str], told: dict[str, list[Event]]) -> bool:
    """Does a briefing that could carry the event report, on a date that meets its own, a happening
    that shares a word of what it says? Then it may well be the one happening in other words
    ("flash floods swept through Şanlıurfa on Tuesday night", "the floods began late on Tuesday"),
    which events are not grouped by: no point in calling it one source's."""
    if event.value is None:
        return False
    words = set(content_terms(event.label)) - UNTELLING
    return bool(words) and any(other.id != event.id and _dates_meet(event.value, other.value or "")
                               and words & set(content_terms(other.label))
                               for briefing in covering for other in told.get(briefing, ()))


def _published_before(briefing: str, event: Event, corpus: _Corpus) -> bool:
    return after_publication(event.value, corpus.by_id[briefing].metadata.published.value)


def _importance(event: Event, covering: list[str], corpus: _Corpus) -> tuple[int, int, int, str]:
    report = event.reports[0]
    analysis = corpus.by_id[report.ref.briefing]
    return (report.ref.sentence not in analysis.summary, KIND_RANK.get(analysis.kind.kind, 3), -len(covering),
            event.id)


# --- dates, timing, ids -----------------------------------------------------------------------


def _dates_meet(one: str, other: str) -> bool:
    """ISO dates at any precision agree where both say something: 2024 and 2024-08 meet."""
    return one.startswith(other) or other.startswith(one)


def _gap_days(one: str, other: str) -> int:
    """Days between the two periods (a year, a month or a day)."""
    (start_a, end_a), (start_b, end_b) = _period(one), _period(other)
    return max(0, (max(start_a, start_b) - min(end_a, end_b)).days)


def _period(value: str) -> tuple[date, date]:
    parts = [int(p) for p in value.split("-")[:3]]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return date(parts[0], parts[1], 1), following - timedelta(days=1)
    return date(*parts), date(*parts)


def _briefings(claims: Iterable[DifferenceClaim]) -> list[str]:
    return list(dict.fromkeys(c.ref.briefing for c in claims))


def _by_source(claims: list[DifferenceClaim], corpus: _Corpus) -> list[DifferenceClaim]:
    return sorted(claims, key=lambda c: (corpus.order[c.ref.briefing], c.ref.sentence))


def _timing(briefings: list[str], corpus: _Corpus) -> str:
    """Why the difference may be one of time: a source undated, or published on other days."""
    published = {b: corpus.by_id[b].metadata.published.value for b in briefings}
    dated = [v for v in published.values() if v]
    if len(dated) == len(published) and all(_dates_meet(dated[0], v) for v in dated):
        return ""
    if len(briefings) > MAX_TIMING_NAMES:
        undated = len(published) - len(dated)
        if not undated:  # "0 of the 5 sources are undated; the others …" had said nothing of the first part
            return f"may be a matter of time: the {len(published)} sources were published from {min(dated)} " \
                   f"to {max(dated)}"
        span = f"; the others were published from {min(dated)} to {max(dated)}" if dated else ""
        return f"may be a matter of time: {undated} of the {len(published)} sources are undated{span}"
    parts = [f"{_name(b, corpus)} was published on {v}" if v else f"{_name(b, corpus)} is undated"
             for b, v in published.items()]
    return "may be a matter of time: " + "; ".join(parts)


def _name(briefing: str, corpus: _Corpus) -> str:
    title = corpus.by_id[briefing].metadata.display_title or briefing
    return f"“{title if len(title) <= 60 else title[:59].rstrip() + '…'}”"


def _with_ids(found: list[Difference]) -> list[Difference]:
    """Each difference with an id from its kind, subject and sentences: stable across builds."""
    ranked = sorted(enumerate(found), key=lambda item: (KIND_ORDER.index(item[1].kind), item[0]))
    taken: set[str] = set()
    out = []
    for _, difference in ranked:
        refs = "|".join(f"{c.ref.briefing}#{c.ref.sentence}" for c in difference.claims)
        digest = hashlib.sha256(f"{difference.kind}|{difference.subject}|{refs}".encode()).hexdigest()[:6]
        base = f"{slugify(difference.kind)}-{slugify(difference.subject)[:40].strip('-')}-{digest}"
        ident, count = base, 1
        while ident in taken:
            ident, count = f"{base}-{count}", count + 1
        taken.add(ident)
        out.append(Difference(ident, difference.kind, difference.subject, difference.claims, difference.timing))
    return out
