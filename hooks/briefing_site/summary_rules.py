"""What a summary sentence needs beside it to be read on its own, and whom it names (for step 4).

A summary lifts sentences out of their text, so each must still read where it stands:
- a sentence that opens by referring back ("This", "It", "Following that", "The move") needs the
  sentence before it (an "it" that points at nothing, as in "It is understood that…", does not);
- a quote needs its speaker. Quotation marks are paired over the whole paragraph, so a quote that
  runs over several sentences is known in each: a sentence of it that does not name the speaker
  needs the next sentence while the quote goes on (the speaker is said where it closes: '"…," Mr
  Straw said.'), and the sentence before the quote where it ends there. A straight mark opens a
  quote only where an opening mark stands (after a space, before a word): in '… cut prices," Mr
  Shipside said.' it closes a quote opened before, and Mr Shipside is its named speaker;
- "he" or "she" (an opening "He", an unnamed "he said") reads when the summary names the person
  mentioned last before it, outside quotation marks (before the quote began), or comes with the
  sentence before it;
- a person is named by their surname as the text gives it, particles kept ("al-Shammari", "de
  Gaulle", "bin Zayed"): a sentence that says only "Shammari" needs the summary to name him.
People are the entities step's people when the pipeline passes them; without them, people are
found where a title or role introduces them ("Interior Minister Ali Yerlikaya", "Mr Blair").

For news, the summary also names its main actors: when the lead says who acted without naming them
("Iraqi and Turkish interior ministers met…") and the text names them, the main people are the two
mentioned in most sentences, if one recurs, with the places of the lead ("talks in Baghdad"). A lead
whose subject is a state ("Ukraine has agreed…", "The French government is to…") has said who acted.
When the headline names one of them, it says whose story it is: that one. Both are needed only when
one clause names them together ("X and his counterpart Y signed…"), not a list of voices.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .entity_types import demonym
from .knowledge import gazetteer_countries, load_knowledge, name_key
from .model import Document, Entity, Sentence
from .roles import NATIONALITIES, ROLE_MODIFIERS
from .terms import SENTENCES_CACHED, WORD, words_of

# English function words (the list NLTK ships): left out of the words sentences are compared by,
# and not a name when a capitalised word is looked for beside a quote.
FUNCTION_WORDS = frozenset("""
i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her
hers herself it its itself they them their theirs themselves what which who whom this that these
those am is are was were be been being have has had having do does did doing a an the and but if or
because as until while of at by for with about against between into through during before after
above below to from up down in out on off over under again further then once here there when where
why how all any both each few more most other some such no nor not only own same so than too very s
t can will just don should now d ll m o re ve y ain aren couldn didn doesn hadn hasn haven isn ma
mightn mustn needn shan shouldn wasn weren won wouldn
""".split())
# An opening that points back at something the sentence itself does not say.
DANGLING_START = re.compile(
    r"^(?:This|That|These|Those|It|They|He|She|Such|Its|Their|His|Her|Him|Them|"
    r"The move|The decision|The step|The remarks|The comments|"
    r"(?:Following|After|Despite|Because of|Besides|Beyond|Before|Like|Unlike|In addition to) "
    r"(?:that|this|these|those|it|them)|In response|As a result|Instead)\b")
# "It is understood that…", "It is thought the…": an "it" that stands for nothing ("It is expected
# to rise" points back at what is expected to rise, so a verb then "to" is not one).
EXPLETIVE_IT = re.compile(
    r"^It(?:'s|’s| is| was| has been| had been| will be| would be| seems| appears| remains)"
    r"(?: (?:now|also|still|not|widely|generally))? "
    r"(?:(?:understood|thought|believed|expected|estimated|reported|said|feared|hoped|claimed|alleged|"
    r"rumoured|known|argued|suggested)\b(?! to\b)|"
    r"(?:likely|unlikely|clear|unclear|possible|impossible|important|essential|vital|true|certain|"
    r"uncertain|obvious|significant|surprising)\b(?= (?:that|whether|if|how|why|what|when)\b))")
CLAUSE_BREAK = re.compile(r"[,;:]|\bsaid\b|\bsays\b")
PERSONAL_START = re.compile(r"^(?:He|She|His|Her|Him)\b")
PERSONAL = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
QUOTE_MARK = re.compile(r"[\"“”]")
QUOTE_LENGTH = 12  # a quote is 12 characters or more: a quoted phrase ("vital step") is not one
OPENS_AFTER = "([{—–-/‘'"  # what a straight mark that opens a quote may follow, besides a space
PARTICLES = frozenset("al el bin ibn van von de da di du del della der den la le ter ten dos das".split())
NAME_SUFFIXES = frozenset("Jr Sr II III IV".split())
NAME_PART = r"(?:[A-Z][\w'’-]*[a-z][\w'’-]*|(?:al|el|bin|van|von|de)-?[A-Z][\w'’-]+)"
TITLED = re.compile(
    r"\b(?:[Mm]inister|[Pp]resident|[Pp]remier|[Cc]hancellor|[Ss]ecretary|[Cc]ounterpart|[Ss]pokes(?:man|woman)|"
    r"[Cc]hief|[Hh]ead|[Gg]overnor|[Aa]mbassador|[Gg]eneral|[Mm]ayor|[Ll]eader|[Cc]hairman|[Dd]irector|"
    r"Mr|Mrs|Ms|Dr)\.? "
    rf"({NAME_PART}(?: {NAME_PART}){{0,3}})")
# "Chavez's": the name, possessed. A word (terms.WORD) never holds a newline, so endswith() is
# the pattern r"['’]s$" without a regex call per word.
POSSESSIVE_ENDINGS = ("'s", "’s")
PLACE = re.compile(r"\b(?:in|at) ([A-Z][\w'’-]*[a-z])\b")
CALENDAR = frozenset("January February March April May June July August September October November December "
                     "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
HEADLINE_RULE = True
MAIN_PEOPLE = 2  # people a news summary names, if the lead does not say who acted and the text does
# Offices a lead may name its actors by, in the plural; the text's people holding one are the ones it means.
PORTFOLIOS = ROLE_MODIFIERS - {"of", "former", "acting", "deputy", "senior", "junior", "assistant", "chief", "state",
                               "party", "union", "policy", "general", "executive", "managing", "chairman", "vice"}
OFFICE_PLURALS = {"ministers": "minister", "presidents": "president", "secretaries": "secretary",
                  "ambassadors": "ambassador", "governors": "governor", "mayors": "mayor", "envoys": "envoy",
                  "commanders": "commander"}
# A person the story keeps returning to is named in 3 of its sentences, or in 2 when the text has
# at most 10 (a fifth of them). Measured on BBC at 3 sentences (ROUGE-2), on each category alone:
# 2 sentences cost 0.004 (politics) and 0.005 (business), people named in passing displacing the news.
RECURRING_SHARE = 0.2
RECURRING = 3
ACTOR_TYPES = ("person", "organisation")  # what a lead that says who acted names
# A lead whose subject is a state names who acted: "Ukraine has agreed…", "The government of
# Nigeria is hoping…", "The French government is to hand…", "Russia's central bank said…".
# "Iraqi and Turkish interior ministers met…" does not: ministers are people with names.
STATE_BODY = r"(?:government|authorities|cabinet|parliament|treasury|central bank|state|army|military|police)"
STATE_SUBJECT = re.compile(
    rf"^(?:The )?(?:{STATE_BODY} (?:of|in) )?(?P<country>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}})"
    rf"(?:['’]s (?:[a-z]+ ){{0,2}}{STATE_BODY}\b| (?:has|have|had|is|was|will|would|could|says|said|wants|"
    rf"plans|hopes|agreed|announced|approved|rejected|warned|ordered|decided|refused|called|is set)\b)"
    rf"|^The (?P<demonym>[A-Z][a-z]+(?: [A-Z][a-z]+)?) {STATE_BODY}\b")


@dataclass(frozen=True)
class Person:
    key: str
    surname: str  # how a summary names them: the last name with its particles ("al-Shammari")
    forms: frozenset[str]  # every way the text mentions them ("Abdul Amir al-Shammari", "Shammari")


@dataclass(frozen=True)
class Need:
    """What a sentence needs in the summary beside it: `sentence`, or, when `person` is set, any
    sentence naming that person. `sentence` is -1 when no candidate can give it."""

    sentence: int
    person: str | None = None


def surname(name: str) -> str:
    """The last name with the particles before it: "Charles de Gaulle" → "de Gaulle"."""
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".") in NAME_SUFFIXES:
        words.pop()
    first = len(words) - 1
    while first > 0 and words[first - 1].lower() in PARTICLES:
        first -= 1
    return " ".join(words[first:])


def bare_surname(name: str) -> str:
    """The surname without its particles: "al-Shammari" → "Shammari", "de Gaulle" → "Gaulle"."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in PARTICLES:
        words.pop(0)
    return re.sub(r"^(?:al|el)-(?=\w)", "", " ".join(words), flags=re.IGNORECASE)


def people_from_entities(entities: tuple[Entity, ...]) -> list[Person]:
    return [Person(e.id, surname(e.name), frozenset({e.name, *e.aliases, *(m.text for m in e.mentions)}))
            for e in entities if e.type == "person" and e.name.strip()]


def people_from_titles(sentences: list[Sentence]) -> list[Person]:
    """People introduced with a title or role anywhere in the text, by surname."""
    forms: dict[str, set[str]] = {}
    for sentence in sentences:
        for match in TITLED.finditer(sentence.text):
            last = surname(match.group(1))
            forms.setdefault(last, set()).update({match.group(1), last, bare_surname(last)})
    return [Person(last, last, frozenset(names)) for last, names in forms.items()]


def quote_spans(text: str) -> list[tuple[int, int]]:
    """A paragraph's quotes as (start, end) offsets, marks included. A straight mark opens a quote
    only in an opening position, and otherwise closes one; a closing mark with no quote open ends
    one that began before (before the paragraph, or where the last quote ended)."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    last_end = 0
    for match in QUOTE_MARK.finditer(text):
        position, mark = match.start(), match.group()
        if start is None:
            if mark == "“" or (mark == '"' and _opens(text, position)):
                start = position
            else:
                spans.append((last_end, position + 1))
                last_end = position + 1
        elif mark != "“":  # an opening mark inside a quote opens nothing new
            spans.append((start, position + 1))
            start, last_end = None, position + 1
    if start is not None:
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if len(text[a:b].strip("\"“” ")) >= QUOTE_LENGTH]


def _opens(text: str, position: int) -> bool:
    before = text[position - 1] if position else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    return (before.isspace() or before in OPENS_AFTER) and not after.isspace()


def names_speaker(outside: str) -> bool:
    """A quote names its speaker when a capitalised word outside the quotation marks is a name,
    not a pronoun or a determiner ("he said", "the statement read")."""
    return any(w[0].isupper() and w.lower() not in FUNCTION_WORDS for w in WORD.findall(outside))


@lru_cache(maxsize=SENTENCES_CACHED)
def name_words(text: str) -> tuple[str, ...]:
    """The words of a text as names are matched against them, possessives dropped ("Chavez's"
    names Chavez). Cached: a summary looks each sentence up with several finders."""
    return tuple(w[:-2] if w.endswith(POSSESSIVE_ENDINGS) else w for w in words_of(text))


class Finder:
    """Which of many names a text holds, in one pass over its words (a text may name thousands)."""

    def __init__(self, forms: dict[str, set[str] | frozenset[str]]) -> None:
        self._lengths: dict[str, set[int]] = {}  # a name's last word -> the lengths of the names it ends
        self._keys: dict[tuple[str, ...], list[str]] = {}  # a name's words -> the keys it is a form of
        for key, names in forms.items():
            for name in names:
                words = tuple(WORD.findall(name))
                if words:
                    self._lengths.setdefault(words[-1], set()).add(len(words))
                    self._keys.setdefault(words, []).append(key)

    def find(self, text: str) -> list[str]:
        """The keys the text names (as whole words: "Shammari" is not in "al-Shammari"), in the
        order of their first mention. Each name is looked up, not compared with every name that
        ends in the same word, and only at its first place: ten thousand names ending in "Ankara",
        each named, made a text's reading grow with the square of its length."""
        words = name_words(text)
        if self._lengths.keys().isdisjoint(words):
            return []  # most sentences end in none of the names: one set test, in C
        first: dict[str, int] = {}
        seen: set[tuple[str, ...]] = set()
        for end, word in enumerate(words):
            for length in self._lengths.get(word, ()):
                start = end + 1 - length
                name = words[start:end + 1] if start >= 0 else ()
                if name in seen or name not in self._keys:
                    continue
                seen.add(name)
                for key in self._keys[name]:
                    first.setdefault(key, start)  # names are met in the order of their ends, not starts
                    first[key] = min(first[key], start)
        return sorted(first, key=lambda key: (first[key], key))


class Reading:
    """For each candidate sentence (in document order): what it needs beside it in a summary, and
    the people and places it names."""

    def __init__(self, document: Document, candidates: list[Sentence], entities: tuple[Entity, ...] | None) -> None:
        size = len(candidates)
        self.previous = [i - 1 if i and candidates[i - 1].index == s.index - 1 else -1
                         for i, s in enumerate(candidates)]
        self.next = [i + 1 if i + 1 < size and candidates[i + 1].index == s.index + 1 else -1
                     for i, s in enumerate(candidates)]
        spans = {p.index: quote_spans(p.text) for p in document.paragraphs}
        self.outside: list[str] = []  # the sentence with its quotes blanked out
        self.began: list[int] = []  # where the sentence's quote began: itself, an earlier one, or -1
        support: list[int | None] = []  # the sentence it leans on: None when it stands alone
        for i, sentence in enumerate(candidates):
            inside = [(a, b) for a, b in spans.get(sentence.paragraph, ()) if a < sentence.end and b > sentence.start]
            outside = sentence.text
            for a, b in inside:
                a, b = max(a, sentence.start) - sentence.start, min(b, sentence.end) - sentence.start
                outside = outside[:a] + " " * (b - a) + outside[b:]
            self.outside.append(outside)
            self.began.append(self._holding(candidates, i, min((a for a, _ in inside), default=sentence.start)))
            if inside and not names_speaker(outside):
                goes_on = any(b > sentence.end for _, b in inside)
                before = self.previous[self.began[i]] if self.began[i] >= 0 else -1
                support.append(self.next[i] if goes_on else before)
            elif DANGLING_START.match(sentence.text) and not EXPLETIVE_IT.match(sentence.text):
                support.append(self.previous[i])
            else:
                support.append(None)
        people = people_from_entities(entities) if entities is not None else people_from_titles(candidates)
        naming = Finder({p.key: {p.surname} for p in people})
        mentioning = Finder({p.key: p.forms | {p.surname} for p in people})
        self.names = [set(naming.find(s.text)) for s in candidates]
        self.mentioned = [mentioning.find(s.text) for s in candidates]  # in the order of mention
        self._mentioning = mentioning
        self.offices = {e.id: {w for role in e.roles for w in role.lower().split()} for e in entities or ()
                        if e.type == "person"}  # "interior minister" -> {"interior", "minister"}
        self.lead_offices = [set() if i > 2 else _offices_named(self.outside[i]) for i in range(size)]
        title = next((p.text for p in document.paragraphs if p.role == "title"), "")
        self.headlined = set(mentioning.find(title))  # "Blair joins school sailing trip"
        referents = self._referents(candidates, support, mentioning)
        self.needs = [[] if s is None else [Need(s, referent)] for s, referent in zip(support, referents, strict=True)]
        self._short_forms(candidates, people)
        if entities is None:
            self.actors = self.names
        else:
            actors = Finder({e.id: {e.name, *e.aliases, *(m.text for m in e.mentions)}
                             for e in entities if e.type in ACTOR_TYPES})
            self.actors = [set(actors.find(s.text)) for s in candidates]
        self.places = _lead_places(candidates, entities)
        self.state_led = [_state_subject(s.text) if i < 3 else False for i, s in enumerate(candidates)]
        places = Finder({place: {place} for place in self.places})
        self.place_names = [set(places.find(s.text)) for s in candidates]

    @staticmethod
    def _holding(candidates: list[Sentence], i: int, offset: int) -> int:
        """The candidate holding `offset` of candidate i's paragraph: i, or one just before it;
        -1 when the sentence there is not a candidate."""
        j = i
        while candidates[j].start > offset:
            if j == 0 or candidates[j - 1].index != candidates[j].index - 1 \
                    or candidates[j - 1].paragraph != candidates[i].paragraph:
                return -1
            j -= 1
        return j

    def _referents(self, candidates: list[Sentence], support: list[int | None], finder: Finder) -> list[str | None]:
        """For a sentence that leans on "he" or "she" (an opening "He", an unnamed "he said"), the
        person mentioned last, outside quotes, before it (before its quote began)."""
        last: list[str | None] = []
        current: str | None = None
        for outside in self.outside:
            last.append(current)
            found = finder.find(outside)
            current = found[-1] if found else current
        referents: list[str | None] = []
        for i, sentence in enumerate(candidates):
            personal = PERSONAL_START.match(sentence.text) or PERSONAL.search(self.outside[i])
            start = self.began[i] if self.began[i] >= 0 else i
            referents.append(last[start] if personal and support[i] is not None else None)
        return referents

    def _short_forms(self, candidates: list[Sentence], people: list[Person]) -> None:
        """A sentence that says only "Shammari" of al-Shammari needs a sentence that names him:
        the last one before it that does (or the first after, if none does before)."""
        bare = Finder({p.key: {b} for p in people if (b := bare_surname(p.surname)) != p.surname})
        naming: dict[str, list[int]] = {}
        for i, keys in enumerate(self.names):
            for key in keys:
                naming.setdefault(key, []).append(i)
        for i, sentence in enumerate(candidates):
            for key in bare.find(sentence.text):
                if key in naming and key not in self.names[i]:
                    before = [j for j in naming[key] if j < i]
                    self.needs[i].append(Need(before[-1] if before else naming[key][0], key))

    def _together(self, i: int, people: list[str]) -> bool:
        """Whether sentence i names the people in one clause, outside quotes ("attended by X and
        Y", "X and his counterpart Y discussed"), not only side by side in a list of voices."""
        return any(set(people) <= set(self._mentioning.find(clause)) for clause in CLAUSE_BREAK.split(self.outside[i]))

    def named(self, i: int) -> set[str]:
        """The people and lead places sentence i names."""
        return self.names[i] | self.place_names[i]

    def main_actors(self, lead: int | None) -> tuple[list[str], bool]:
        """The people (then the lead's places) a news summary must name, and whether the two people
        are named together somewhere ("X and his counterpart Y"), so that one is not named alone.
        Nobody when the lead names who acted (a person or an organisation), or when no one recurs."""
        if lead is None or self.actors[lead] or self.state_led[lead]:
            return [], False
        counts: dict[str, int] = {}
        for keys in self.mentioned:
            for key in keys:
                counts[key] = counts.get(key, 0) + 1
        order = list(counts)
        main = sorted(order, key=lambda key: (-counts[key], order.index(key)))[:MAIN_PEOPLE]
        offices = self.lead_offices[lead]
        holders = [key for key in main if any(office <= self.offices.get(key, set()) for office in offices)]
        if holders:  # "interior ministers met…": the interior ministers the text names are who acted
            return self._with_pair(holders + [k for k in main if k not in holders])
        if HEADLINE_RULE and self.headlined & set(counts):  # the headline says whose story it is
            main = [key for key in main if key in self.headlined] or sorted(self.headlined & set(counts))[:1]
        recurring = min(RECURRING, max(2, math.ceil(RECURRING_SHARE * len(self.mentioned))))
        if not any(counts[key] >= recurring for key in main):
            return [], False
        return self._with_pair(main)

    def _with_pair(self, main: list[str]) -> tuple[list[str], bool]:
        pair = len(main) == 2 and any(main[0] in keys and main[1] in keys and self._together(i, main)
                                      for i, keys in enumerate(self.mentioned))
        return main + sorted(self.places), pair


def _offices_named(text: str) -> set[frozenset[str]]:
    """The offices a sentence names several holders of without naming them, with their portfolio:
    "Iraqi and Turkish interior ministers met…" gives {interior, minister}. Not "Ministers have
    insisted…" (the government) nor "The prime minister…" (one person, whom the headline or the
    story's returns name)."""
    words = WORD.findall(text.lower())
    return {frozenset({before, OFFICE_PLURALS[word]}) for before, word in zip(words, words[1:], strict=False)
            if word in OFFICE_PLURALS and before in PORTFOLIOS}


def _state_subject(text: str) -> bool:
    """Whether the sentence's subject is a state: a country, its government or another organ."""
    match = STATE_SUBJECT.match(text)
    if not match:
        return False
    knowledge = load_knowledge()
    if match.group("country"):
        known = knowledge.by_key.get(name_key(match.group("country")))  # "US", "Britain"
        return name_key(known.name if known else match.group("country")) in gazetteer_countries()
    return name_key(match.group("demonym")) in NATIONALITIES or demonym(match.group("demonym"), knowledge)


def _lead_places(candidates: list[Sentence], entities: tuple[Entity, ...] | None) -> set[str]:
    """The places the opening two sentences say the news happened in ("talks in Baghdad")."""
    found = {m.group(1) for s in candidates[:2] for m in PLACE.finditer(s.text) if m.group(1) not in CALENDAR}
    if entities is None:
        return found
    return found & {form for e in entities if e.type == "place" for form in (e.name, *e.aliases)}
