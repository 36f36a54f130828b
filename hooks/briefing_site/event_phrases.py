"""The phrase a date belongs to, as an event's label reads it (events.py, step 6).

A report's label is the verb phrase its date belongs to: the verb before the date in its clause,
with its subject and a short object ("Recep Tayyip Erdogan visited Iraq"); a nominal event ("despite
the territorial defeat of the group in 2017"), or the noun phrase a year modifies ("before the 2001
general election": "2001 general election"); else the verb after the date, else the nearest verb
in the clauses around it. A subject that is a relative ("a rail link which was closed") is the name
before it; one that is "he" or "she" is the person, where events.py finds the sentence sure of
them. A sentence with no verb of a past happening is read again for what is to happen or is
happening: the verb with the chain before it ("ONS is due to publish second estimate", "Tories
are to back controversial government plans"). A report of a report ("an August
report by X") is labelled "report by X". A number is one word with its currency and unit ("rose
15.1% to $42.09bn"). A negation the sentence puts before the label's words stays in it ("party not
return"). Made once per statement, with its analysis (the statement's own words: no rarity across
briefings needed).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .clauses import (
    AUXILIARIES,
    CLAUSE_MARK,
    CLAUSE_WORDS,
    DETERMINERS,
    FUNCTION_WORDS,
    HAPPENING_NOUNS,
    NOMINAL_OPENERS,
    NOT_EVENT_VERBS,
    PAST_FORMS,
    PREPOSITIONS,
    into_happening,
    verb_form,
)
from .dates import MONTH_NAME
from .happenings import MEETING, kind_of, no_meeting
from .model import Phrase, Statement
from .roles import ROLE_WORDS
from .signals import LOADED
from .terms import STOPWORDS, stem

LABEL_WORDS = 4  # content words of a label after its verb (a preposition after two ends it)
REPORT_REACH = 400  # characters each side of its date that a report of a very long sentence is read in
NEGATIONS = frozenset({"not", "never", "no", "cannot", "longer", "neither", "nor"})
# A negation just before a word ("would not return", "has never signed", "didn't sign")
# ("we have no plans to improve it": "no", which the label says as "no plans to improve")
NEGATED = re.compile(r"(?:\bnot|\bnever|\bno longer|(?P<no>\bno)|n[’']t|\bcannot)\s+(?:\w+\s+){0,1}$", re.IGNORECASE)
# A number is one token with its currency, separators and unit ("146,000", "$42.09bn", "20%"): the
# comma of "146,000" is no clause mark, and a label says "rose 15.1%", not "rose 15 1"
TOKEN = re.compile(r"[$£€]?\d+(?:[.,]\d+)*(?:%|(?:bn|tn|m|k)(?![\w’'-])|(?![\w’'-]))|[\w’'-]+|[^\w\s]")
# A verb that a report of what will happen or is happening opens with ("will decide", "is due to
# publish", "are to back", "has forecast"): the words that open such a chain, and those within it
CHAIN_OPENERS = frozenset("will would can could may might should must shall is are was were has have had".split())
CHAIN_WORDS = frozenset("""not also still now then be been being due set expected likely about going able to planning
hoping seeking trying preparing poised""".split())
CHAIN = CHAIN_OPENERS | CHAIN_WORDS
# A few words in quotation marks within a clause ('a "comprehensive ban" on smoking', 'a "huge boost"'):
# no punctuation inside, four words at most
SHORT_QUOTE = re.compile(r"[\"“‘](?:[^\W\d_]|['’-])+(?:\s(?:[^\W\d_]|['’-])+){0,3}[\"”’](?=[\s\w])")
# Verbs that mostly say who said something ("he added", "it reported that …"), but that report a
# happening when their object follows: "US firms added 146,000 jobs", "Sony reported a loss"
SAYING_OR_DOING = frozenset({"added", "reported"})
# Of the words the events' verbs leave out (clauses.NOT_EVENT_VERBS), those that say who said what:
# never a label's verb, where "succeed" and "need" after a chain are ("is to succeed Mr Schweitzer")
SPEECH_VERBS = frozenset({"said", "told", "stated", "noted", "claimed", "according", "say", "says", "tell", "tells"})
INFINITIVE_BEFORE = frozenset("to will would can could may might should must shall".split())
BASE_AS_PAST = frozenset("cut hit quit let shut put set cost hurt spread".split())  # pasts that are infinitives too
CHAIN_REACH = 5  # words from a chain's opener to its verb at most
# A year that modifies the noun phrase after it ("the 2001 general election", "its 2004 target")
YEAR = re.compile(r"\d{4}")
# Another date's words in an object ("he won in May 2002", of a sentence's 2001): the label ends before them
OTHER_DATE = re.compile(rf"(?:19|20)\d\d|{MONTH_NAME}")
# Prepositions inside a noun phrase ("the toll from the floods in Turkey"), not those of a verb ("used by"):
# "Exports to China fell", "Fighting between Israel and Hezbollah", "talks with the employers' body collapsed"
NP_PREPOSITIONS = frozenset({"of", "in", "at", "from", "for", "on", "across", "within", "near", "inside", "outside",
                             "to", "between", "with"})
VERB_PREPOSITIONS = frozenset({"by", "into", "onto", "towards", "toward", "than", "as", "like"})
ANY_PREPOSITIONS = PREPOSITIONS | NP_PREPOSITIONS
MONTH_YEAR = re.compile(rf"{MONTH_NAME}\s+\d{{4}}")  # "the February 2023 earthquakes", as "the 2023 earthquakes"
DATE_LEADS = PREPOSITIONS | {"until", "since"}  # the words before another date ("from 1983", "until May")
BE = frozenset({"is", "are", "was", "were", "been", "being"})
# Verbs whose passive keeps an object ("was awarded compensation", "were sent statements"): without
# its auxiliary, the label would read as what the subject did
GIVING = frozenset("""awarded given granted handed offered promised sent shown told paid lent fined denied refused
allowed charged""".split())
# Clause openers that stand for the name just before them ("a rail link which was closed in 1969")
RELATIVES = frozenset({"which", "who"})
POSSESSIVES = ("'s", "’s")
# (start, end, entity id, name) of a pronoun in the sentence and the person it is (events.py finds them)
Pronouns = tuple[tuple[int, int, str, str], ...]


@lru_cache(maxsize=65536)
def term_key(word: str) -> str:
    """A looser stem, so 'discuss' meets 'discussed' and 'agree' meets 'agreed'; a possessive's
    is its noun's ("the town's", "Tuesday's"), and a word of a kind of happening is its kind's
    (happenings.py: "blast" meets "bombing")."""
    word = word.lower().replace("-", "").replace("’", "'").removesuffix("'s")
    return kind_of(word) or plain_key(word)


def plain_key(word: str) -> str:
    """term_key of a lower-cased word, read as itself, not as its kind of happening."""
    key = word if word.endswith("ss") else stem(word)
    return key[:-1] if key.endswith("e") and len(key) > 4 else key


def word_key(text: str, start: int, word: str) -> str:
    """term_key of the word at `start` of text, read in its place: a meeting word that meets a thing
    ("the ministry met the demands of farmers") is no meeting."""
    key = term_key(word)
    if key == MEETING and no_meeting(text, start + len(word)):
        return plain_key(word.lower())
    return key


def reach(text: str, span: tuple[int, int] | None) -> tuple[int, int]:
    """The part of the sentence a report is read in: all of it, but for a sentence longer than
    twice REPORT_REACH (a seed of one sentence, a hundred dates in it), REPORT_REACH characters on
    each side of the date; each report read the whole sentence, a second for each of its hundred
    dates at 60 KB."""
    if span is None or len(text) <= 2 * REPORT_REACH:
        return 0, len(text)
    return max(0, span[0] - REPORT_REACH), min(len(text), span[1] + REPORT_REACH)


class _Unit(NamedTuple):  # a tuple: made for every word of every report, so it is kept cheap
    text: str
    kind: str  # word, entity, date
    feature: str  # term key or @entity id; "" for function words and dates


def with_negation(text: str, words: list[str]) -> str:
    """The label's words, with 'not' before the first of them the sentence negates: "the party said
    it would not return to Blackpool" is not "party return" but "party not return". For a
    label that says it already ("was not going to be re-run", "no longer made"), the words as they are."""
    if any(w.lower() in NEGATIONS or w.lower().endswith(("n't", "n’t")) for w in words):
        return " ".join(words)
    for position, word in enumerate(words):
        if word.lower() in STOPWORDS or word.lower() in FUNCTION_WORDS:
            continue  # "to", "by": found anywhere in the sentence, not where the label has them
        found = _word_at(text, word)
        negated = NEGATED.search(text, max(0, found - 40), found) if found >= 0 else None
        if negated:
            return " ".join([*words[:position], "no" if negated.group("no") else "not", *words[position:]])
    return " ".join(words)


def _word_at(text: str, word: str) -> int:
    """Where the word first stands alone in the text (not inside another word), or -1. By str.find:
    a pattern made for each word of each label was compiled again and again (5 % of a cold build)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if not (start and _word_char(text[start - 1])) and not (end < len(text) and _word_char(text[end])):
            return start
        start = text.find(word, start + 1)
    return -1


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def own_phrase(s: Statement, pronouns: Pronouns = ()) -> Phrase | None:
    """The phrase of the statement's own words (the rarity of words across briefings not needed);
    a pronoun of `pronouns` reads as the name of the person it is ("he was selected in 1969": "Neil
    Kinnock selected", not "selected")."""
    if s.channel == "report":
        return report_phrase(s)
    clauses = clauses_of(s, pronouns)
    inquired = bool(s.span) and into_happening(s.text, s.span) is not None
    found = _dated_phrase(clauses, inquired=inquired) if s.span else _first_verb_phrase(clauses)
    # No verb of a past happening: the phrase of what is to happen or is happening, if there is one
    # ("The ONS is due to publish its second estimate on Friday"), rather than the rarest words of
    # the sentence, which the label falls back on ("publish second estimate quarter")
    if not found:
        chained = _dated_phrase(clauses, chained=True) if s.span else _first_verb_phrase(clauses, chained=True)
        # two words that say what, at least: "thought" alone says less than the sentence's rarest words
        found = chained if chained and sum(bool(u.feature) for u in chained[0]) >= 2 else None
    if found and s.value is not None:
        found = (_before_other_dates(found[0]), found[1])
    if found and found[0]:  # an empty phrase ("after the …" with nothing but the date) is none
        return Phrase(with_negation(s.text, [u.text for u in found[0]]),
                      tuple(sorted({u.feature for u in found[0] if u.feature and u.kind != "pronoun"})), found[1])
    return None


def _before_other_dates(units: list[_Unit]) -> list[_Unit]:
    """The phrase of a dated report up to another date's words ("a role he won in May 2002", of the
    sentence's 2001: "won", not "won in May 2002"; "led Labour from 1983 until 1992", of 1992)."""
    for at in range(1, len(units)):
        if (units[at].kind == "word" and OTHER_DATE.fullmatch(units[at].text)
                and units[at - 1].text.lower() in DATE_LEADS):
            kept = units[:at - 1]
            while kept and not kept[-1].feature:
                kept.pop()
            return kept or units  # "were made between 2000 and 2002": "made between 2000" says more than nothing
    return units


def report_phrase(s: Statement) -> Phrase:
    # the first name after the date that is not a modifier ("the US-based Community Peacemaker Teams")
    after = [m for m in s.mentions if s.span and m[1] >= s.span[1] and s.text[m[2]:m[2] + 1] != "-"]
    if after:
        entity, start, end = after[0]
        return Phrase(f"{s.report_noun} by {s.text[start:end]}", (f"@{entity}",), False)
    return Phrase(f"{s.report_noun} published", (), False)


def _units(s: Statement, pronouns: Pronouns = ()) -> list[_Unit | str]:
    """The sentence as words, whole entity names and the date, with clause marks as plain strings;
    a bracketed aside ('(MoU)') is left out, and the quotation marks of a few words quoted inside a
    clause ('a "comprehensive ban" on smoking') mark no clause. A pronoun of `pronouns` is the
    name of its person."""
    units: list[_Unit | str] = []
    depth = 0
    mentions = {start: (entity, end) for entity, start, end in s.mentions}
    people = {start: (entity, name) for start, _, entity, name in pronouns}
    date_start, date_end = s.span or (-1, -1)  # read once: this loop runs for every word of every report
    skip_to = -1
    low, high = reach(s.text, s.span)
    in_clause = {at for m in SHORT_QUOTE.finditer(s.text, low, high) for at in (m.start(), m.end() - 1)}
    for m in TOKEN.finditer(s.text, low, high):
        start = m.start()
        if start < skip_to or start in in_clause:
            continue
        token = m.group()
        depth = max(0, depth + (token == "(") - (token == ")"))
        if depth > 0 or token == ")":
            continue
        lower = token.lower()
        if date_start <= start < date_end:
            owner = s.text[date_end:date_end + 2] in POSSESSIVES  # "last week's floods": the date owns them
            units.append(_Unit(s.text[date_start:date_end + 2 * owner], "date", ""))
            skip_to = date_end + 2 * owner
        elif start in mentions:
            entity, skip_to = mentions[start]
            owner = s.text[skip_to:skip_to + 2] in POSSESSIVES  # "Germany's economy grew", not "Germany economy"
            units.append(_Unit(s.text[start:skip_to + 2 * owner], "entity", f"@{entity}"))
        elif start in people:
            entity, name = people[start]
            units.append(_Unit(name, "pronoun", f"@{entity}"))  # its feature is not the sentence's own (own_phrase)
        elif token in CLAUSE_MARK or lower in CLAUSE_WORDS:
            units.append(lower)
        elif token[0].isalnum() or token[0] in "$£€":  # a word, or a number with its currency
            plain = lower in STOPWORDS or lower in FUNCTION_WORDS or len(token) < 3
            units.append(_Unit(token, "word", "" if plain else word_key(s.text, start, token)))
    return units


def clauses_of(s: Statement, pronouns: Pronouns = ()) -> list[tuple[str, list[_Unit]]]:
    """(opening word, units) of each clause: split at punctuation and at words that open a clause."""
    clauses: list[tuple[str, list[_Unit]]] = [("", [])]
    for unit in _units(s, pronouns):
        if isinstance(unit, str):
            opener = unit if unit in CLAUSE_WORDS else ""
            if opener in RELATIVES and not clauses[-1][1] and clauses[-1][0]:
                clauses[-1] = (f"{clauses[-1][0]} {opener}", [])  # "but which": not the name before it
                continue
            if clauses[-1][1] or opener:
                clauses.append((opener, []))
            continue
        clauses[-1][1].append(unit)
    return [c for c in clauses if c[1]]


def _is_verb(units: list[_Unit], position: int) -> bool:
    word = units[position].text
    if units[position].kind != "word" or word.lower() != word:
        return False
    before = units[position - 1].text.lower() if position else ""
    if before in DETERMINERS or before in PREPOSITIONS:
        return False  # "a banned organisation", "within contested areas": adjectives
    if word in BASE_AS_PAST and before in INFINITIVE_BEFORE:
        return False  # "would quit in May", "will cut": what is to happen (a chained verb), not a past
    return verb_form(word)


def _is_chained_verb(units: list[_Unit], position: int) -> bool:
    """A verb of what is to happen or is happening: one after a chain ("will decide", "is due to
    publish", "are to back", "has forecast"), or a past form the events' verbs leave out ("drove")."""
    word = units[position].text
    if word in SAYING_OR_DOING and position > 0:
        return _has_object(units, position)
    if (units[position].kind != "word" or word.lower() != word or not word.isalpha() or word in SPEECH_VERBS
            or word in CHAIN or word in STOPWORDS or word in FUNCTION_WORDS
            or word in DETERMINERS or word in PREPOSITIONS):
        return False
    before = units[position - 1].text.lower() if position else ""
    if before in DETERMINERS or (before in PREPOSITIONS and before != "to"):
        return False
    chained = _chain_start(units, position) < position
    if word in NOT_EVENT_VERBS:  # "succeed", "need": a verb only as an infinitive ("is to succeed", "will need"),
        return chained and before in INFINITIVE_BEFORE  # where "is concerned", "are based" are states
    return _is_verb(units, position) or word in PAST_FORMS or chained


def _given_to(units: list[_Unit], verb: int) -> bool:
    """A passive that keeps its object: "was awarded compensation", "have been sent statements"."""
    if not (0 < verb < len(units) - 1 and units[verb].text in GIVING and units[verb - 1].text.lower() in BE):
        return False
    after = units[verb + 1]
    return after.kind != "date" and after.text.lower() not in PREPOSITIONS and after.text.lower() != "that"


def _has_object(units: list[_Unit], verb: int) -> bool:
    """Whether what follows the verb in its clause is its object: a number, a name or a noun phrase
    ("added 146,000 jobs", "reported a loss"), not "that", a preposition or nothing ("he added.")."""
    if verb + 1 >= len(units):
        return False
    after = units[verb + 1]
    word = after.text.lower()
    if after.kind == "entity" or after.text[:1].isdigit() or after.text[:1] in "$£€":
        return True
    return word not in ("that", "to") and word not in PREPOSITIONS and (word in DETERMINERS or bool(after.feature))


def _chain_start(units: list[_Unit], verb: int) -> int:
    """Where the chain before the verb starts ("is" of "is due to publish"); the verb itself when
    no chain with an opener or a "to" stands just before it."""
    start = verb
    while (start > 0 and verb - start < CHAIN_REACH and units[start - 1].kind == "word"
           and units[start - 1].text.lower() in CHAIN):
        start -= 1
    chain = {u.text.lower() for u in units[start:verb]}
    if chain & CHAIN_OPENERS:
        return start
    # "to" alone opens an infinitive, which takes no -s: "plans to introduce", not "according to forecasts"
    word = units[verb].text
    return start if "to" in chain and (not word.endswith("s") or word.endswith("ss")) else verb


TIMES_OF_DAY = frozenset("""midnight noon midday dawn dusk daybreak nightfall sunrise sunset morning afternoon evening
night hours hour""".split())
CLOCK = re.compile(r"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.?|p\.m\.?|hrs|gmt)?|\d{2}(?:am|pm)|am|pm|a\.m|p\.m",
                   re.IGNORECASE)  # "8.30pm", "23:40", "11pm": the time, in the words a sentence is cut into


def _time_of_day(word: str) -> bool:
    return word.lower() in TIMES_OF_DAY or CLOCK.fullmatch(word) is not None


def _dated_phrase(clauses: list[tuple[str, list[_Unit]]], chained: bool = False,
                  inquired: bool = False) -> tuple[list[_Unit], bool] | None:
    """The verb phrase the date belongs to: the verb before it in its clause, else a nominal event
    ('despite the territorial defeat of the group in 2017'), else the verb after it, else the nearest
    verb in the clause after, then in the clauses before. chained: with the verbs of what is to
    happen (_is_chained_verb), and the chain before the verb ("is due to publish")."""
    at = next((i for i, (_, units) in enumerate(clauses) if any(u.kind == "date" for u in units)), None)
    if at is None:
        return _first_verb_phrase(clauses, chained)
    is_verb = _is_chained_verb if chained else _is_verb
    opener, units = clauses[at]
    date_at = next(i for i, u in enumerate(units) if u.kind == "date")
    if owned := _owned(units, date_at):
        return owned, False  # "Tuesday's car bomb attack in Silopi": the attack, whatever the clause did about it
    if inquired and (happening := _inquired_into(units, date_at)):
        return happening, False  # "an inquiry into the collapse of the bridge on 20 May": the collapse
    verbs = [i for i in range(date_at) if is_verb(units, i)]
    modified = _modified(units, date_at)
    if verbs:
        # "chaired the 1969 tribunal", "reached its 2004 target": the object runs through the noun
        # phrase the year modifies; else it ends at the date
        through = bool(modified) and not any(u.feature for u in units[verbs[-1] + 1:date_at])
        stop = date_at + 1 + len(modified) if through else date_at
        return _verb_phrase(clauses, at, verbs[-1], stop, chained), True
    chain = [i for i in range(date_at) if _is_chained_verb(units, i)] if modified and not chained else []
    if chain and not any(u.feature for u in units[chain[-1] + 1:date_at]):
        return None  # "is to cut its 2005 forecast": the chain's phrase, its object and all (own_phrase reads it next)
    after = date_at + 1 + len(modified)
    if modified and not (after < len(units) and is_verb(units, after)):  # not "the 2001 recession wiped out …"
        return [units[date_at], *modified], False  # "before the 2001 election": "2001 election"
    later = [i for i in range(date_at + 1, len(units)) if is_verb(units, i)]
    # "despite the defeat of the group in 2017": a noun phrase dated; but "after heavy rain in March
    # 2023 killed 16 people" has a verb just after the date, whose subject the dated phrase is (not
    # "after Labour's defeat in 1983 he was elected": the defeat's date)
    verb_next = bool(later) and all(u.text.lower() in AUXILIARIES for u in units[date_at + 1:later[0]])
    if opener in NOMINAL_OPENERS and date_at and not verb_next \
            and not any(u.kind == "pronoun" for u in units[:date_at]) \
            and not all(_time_of_day(u.text) or not u.feature for u in units[:date_at]):
        # not "shortly before midnight on Sunday": a time of day is when, not what happened
        return _object(units[:date_at], LABEL_WORDS + 1, nominal=True), False
    if later:
        return _verb_phrase(clauses, at, later[0], len(units), chained), True
    return _nearby_verb_phrase(clauses, at, chained)


def _inquired_into(units: list[_Unit], date_at: int) -> list[_Unit]:
    """The happening an inquiry looks 'into', when the date comes at its end with no verb between
    (clauses.nominal_phrase reads the same phrase as the date's); [] when there is none."""
    into = next((i for i in range(date_at - 1, -1, -1) if units[i].text.lower() == "into"), None)
    if into is None or into + 2 >= date_at or units[into + 1].text.lower() not in DETERMINERS:
        return []
    head = units[into + 2].text.lower()
    if not (head in HAPPENING_NOUNS or kind_of(head)) or any(_is_verb(units, i) for i in range(into + 2, date_at)):
        return []
    return _object(units[into + 1:date_at], LABEL_WORDS + 1, nominal=True)


def _owned(units: list[_Unit], date_at: int) -> list[_Unit]:
    """The noun phrase a possessive date opens ("Tuesday evening's bombing in Silopi has risen",
    "last week's floods"), up to its first verb; [] when the date owns nothing."""
    if not units[date_at].text.endswith(POSSESSIVES):
        return []
    after = units[date_at + 1:]
    end = next((i for i in range(len(after)) if _is_verb(after, i) or after[i].text.lower() in AUXILIARIES),
               len(after))
    owned = _object(after[:end], LABEL_WORDS)
    # "2003's 9.1%", "last year's £3.1bn total": a figure to compare with, not a happening; "Thursday's
    # report" says less than the clause's verb phrase
    if any(any(c.isdigit() for c in u.text) for u in owned) or sum(bool(u.feature) for u in owned) < 2:
        return []
    return owned


def _modified(units: list[_Unit], date_at: int) -> list[_Unit]:
    """The names and nouns after a year that modifies them ("the 2001 general election", "his
    party's 2001 election defeat", "the historic 1997 election"): the year stands after a
    determiner or an owner ('s), perhaps with one word between; [] when it is no such year ("in
    2001 the firm", "2001 and 2002", "since 2000 will")."""
    if date_at == 0 or not (YEAR.fullmatch(units[date_at].text) or MONTH_YEAR.fullmatch(units[date_at].text)):
        return []
    before = [u.text.lower() for u in units[max(0, date_at - 2):date_at]]
    owned = before[-1] in DETERMINERS or before[-1].endswith(("'s", "’s")) or (
        len(before) == 2 and before[0] in DETERMINERS and units[date_at - 1].kind == "word"
        and bool(units[date_at - 1].feature) and not verb_form(before[-1]))
    if not owned:
        return []
    phrase: list[_Unit] = []
    for unit in units[date_at + 1:date_at + 1 + LABEL_WORDS]:
        word = unit.text.lower()
        if unit.kind == "date" or (unit.kind == "word" and (not unit.feature or word in AUXILIARIES or word in
                                                            PREPOSITIONS or verb_form(word) or word.endswith("ed"))):
            break
        phrase.append(unit)
    return phrase


def _nearby_verb_phrase(clauses: list[tuple[str, list[_Unit]]], at: int,
                        chained: bool = False) -> tuple[list[_Unit], bool] | None:
    """The first verb of the clause after the date's, else the last of the two clauses before it
    ('Turkey deployed its troops to Bashik, northeast of Nineveh in 2014'); "since" a date, the clause
    before it first: that is what began then ('The group, which has fought the army since 2016, has
    never admitted it': the fighting, not the admitting), unless a "when" clause says what happened
    then ("since 1999, when 600 hereditaries lost their seats")."""
    is_verb = _is_chained_verb if chained else _is_verb
    since = clauses[at][0].lower() == "since" and not (at + 1 < len(clauses) and clauses[at + 1][0].lower() == "when")
    for other in (_main_clause(clauses, at), *((at - 1, at + 1) if since else (at + 1, at - 1)), at - 2):
        if other is not None and 0 <= other < len(clauses):
            found = [i for i, _ in enumerate(clauses[other][1]) if is_verb(clauses[other][1], i)]
            if found:
                units = clauses[other][1]
                pick, stop = (found[0], len(units)) if other > at else _first_coordinated(units, found)
                return _verb_phrase(clauses, other, pick, stop, chained), True
    return None


def _first_coordinated(units: list[_Unit], verbs: list[int]) -> tuple[int, int]:
    """The last verb of a clause, or the first of the verbs "and" joins it to, and where its object
    ends: "a car bomb killed eight people and wounded 25" is the car bomb's killing ("car bomb killed
    eight people"), not "eight people and wounded 25"."""
    at = len(verbs) - 1
    while at > 0 and units[verbs[at] - 1].text.lower() in ("and", "or"):
        at -= 1
    return verbs[at], (verbs[at + 1] - 1 if at < len(verbs) - 1 else len(units))


def _main_clause(clauses: list[tuple[str, list[_Unit]]], at: int) -> int | None:
    """'In December, Deutsche Boerse, which also owns Eurex, made an informal offer': a sentence
    that opens with when, alone ('In December', 'Last week, however,'), goes on past a name and the
    relative clauses after it to its verb: the first clause after that is no relative one and has a
    verb of either kind."""
    if at != 0 or any(u.kind != "date" and u.feature for u in clauses[0][1]):
        return None
    return next((i for i in range(1, len(clauses)) if not _relative(clauses[i][0]) and _has_verb(clauses[i][1])),
                None)


def _first_verb_phrase(clauses: list[tuple[str, list[_Unit]]],
                       chained: bool = False) -> tuple[list[_Unit], bool] | None:
    is_verb = _is_chained_verb if chained else _is_verb
    for at, (_, units) in enumerate(clauses):
        for i in range(len(units)):
            if is_verb(units, i):
                return _verb_phrase(clauses, at, i, len(units), chained), True
    return None


def _verb_phrase(clauses: list[tuple[str, list[_Unit]]], at: int, verb: int, stop: int,
                 chained: bool = False) -> list[_Unit]:
    """Subject, verb and a short object: 'Recep Tayyip Erdogan visited Iraq'; chained, with the
    chain before the verb: 'ONS is due to publish second estimate'."""
    opener, units = clauses[at]
    start = _chain_start(units, verb) if chained else verb
    subject = _subject(units[:start])
    # "The meeting, held on Tuesday": the meeting held; "a rail link which was closed in 1969": the
    # rail link closed
    # before the verb, only what says when ("who on Thursday won", "Liam Fox, on Saturday called")
    bare = all(u.kind == "date" or u.text.lower() in AUXILIARIES or u.text.lower() in PREPOSITIONS
               for u in units[:start])
    if not subject and at > 0:
        # "Gordon Brown, chancellor under Mr Blair, became …": two clauses or more with no verb before
        # the verb's are its subject and an apposition, not a noun the verb's participle qualifies; a
        # relative clause between ("Deutsche Boerse, which owns Eurex, made …") is no part of either,
        # nor is a clause that only says when ("On Tuesday, the board … reaffirmed")
        before = clauses[:at] if opener in RELATIVES else [c for c in clauses[:at] if not _relative(c[0])
                                                           and any(u.kind != "date" and u.feature for u in c[1])]
        apposition = not opener and not any(_has_verb(c) for _, c in before)
        if before and (start == 0 or (bare and opener in RELATIVES)) and not (apposition and len(before) > 1):
            # a relative's subject is the name it follows whole: "the estate of John Sidgmore, who
            # died in 2003" is his death, not the estate's
            described = before[:-1] if opener in RELATIVES and len(before) > 1 and _describes(before[-1][1]) \
                else before  # "Ilse van der Berg, the former head of the Defence Procurement Agency, who was cleared"
            subject = _subject(described[-1][1], whole=opener not in RELATIVES and not _relative(opener))
            if opener == "which" and _placed_last(described[-1][1]):
                subject = _head(described[-1][1]) or subject
        if not subject and bare and apposition and before:
            subject = _apposed([c for _, c in before])
    if subject and start == verb and _given_to(units, verb):
        while start and units[start - 1].text.lower() in AUXILIARIES:
            start -= 1  # "Vodafone and O2 were sent statements": without "were", they sent them
    return [*subject, *units[start:verb + 1], *_object(units[verb + 1:stop])]


def _placed_last(units: list[_Unit]) -> bool:
    """Does the clause end with a place it names after 'in', 'at' or 'near' ('The collapse of the bridge
    in Dunmere on 20 May')? A 'which' after it is of the clause's head (the collapse), not the place:
    the label had been 'Dunmere killed 11 people'."""
    kept = [u for u in units if u.kind != "date"]
    while kept and kept[-1].text.lower() in PREPOSITIONS:
        kept.pop()  # the preposition of a date left out
    return len(kept) > 1 and kept[-1].kind == "entity" and kept[-2].text.lower() in ("in", "at", "near")


def _head(units: list[_Unit]) -> list[_Unit]:
    """The noun phrase a place is named after, up to its article ('the main Rover factory in
    Longbridge': main Rover factory), going on over one 'of' ('The collapse of the Aldren Bridge in
    Dunmere': collapse of Aldren Bridge); none when anything but words and names stand there."""
    kept = [u for u in units if u.kind != "date"]
    while kept and kept[-1].text.lower() in PREPOSITIONS:
        kept.pop()
    kept = kept[:-2]  # the place and its "in"
    head: list[_Unit] = []
    at, joined = len(kept) - 1, False
    while at >= 0 and len(head) < 6:
        word = kept[at].text.lower()
        if word in DETERMINERS and not joined and at > 0 and kept[at - 1].text.lower() == "of" and head:
            head.insert(0, kept[at - 1])  # "collapse of the bridge": over "of" to the head before it
            at, joined = at - 2, True
            continue
        if word in DETERMINERS or kept[at].kind not in ("word", "entity") or word in PREPOSITIONS \
                or (kept[at].kind == "word" and (not word.isalpha() or word in STOPWORDS)):
            break
        head.insert(0, kept[at])
        at -= 1
    return head[1:] if head and head[0].text.lower() == "of" else head


def _describes(units: list[_Unit]) -> bool:
    """Is the clause an apposition that says who someone is ("the former head of the Defence
    Procurement Agency"): an article, then a role's word before any name? A 'who' after it is the
    person's before it, not the agency's."""
    if not units or units[0].text.lower() not in ("the", "a", "an", "its", "their", "his", "her"):
        return False
    for unit in units[1:]:
        if unit.kind == "entity":
            return False
        if unit.text.lower() in ROLE_WORDS:
            return True
    return False


def _relative(opener: str) -> bool:
    """Does a clause so opened ('which', 'but which', 'who') say more of a name before it?"""
    return opener.rsplit(" ", 1)[-1] in RELATIVES


def _has_verb(units: list[_Unit]) -> bool:
    return any(_is_verb(units, i) or _is_chained_verb(units, i) for i in range(len(units)))


def _apposed(before: list[list[_Unit]]) -> list[_Unit]:
    """The subject commas cut off from its verb, in clauses with no verb of their own: a name alone
    just before the verb's clause ("One of its card issuers, LG Card, was rescued": LG Card), else
    the names that end a first clause with no preposition ("Circuit City Stores, the second-largest
    retailer, has received"), else a first clause of three words or fewer with no preposition ("The old law,
    dating from 1945, gave": old law). Nothing else: its words could be a verb's ("The plan forms
    part of …") that no rule here tells from a noun's."""
    if before[-1][-1].kind == "entity" and all(u.kind == "entity" or u.text.lower() in ROLE_WORDS
                                               for u in before[-1]):
        return [u for u in before[-1] if u.kind == "entity"]  # "The Queen's grandson, Prince Harry, sparked"
    first = before[0]
    if first[-1].kind == "entity" and not any(u.text.lower() in PREPOSITIONS for u in first):
        return _subject(first)  # not "Shares in Kestrel, the miner, rose": the shares rose
    words = [u for u in first if u.text.lower() not in DETERMINERS]
    if len(words) <= 3 and not any(u.text.lower() in PREPOSITIONS for u in first):
        return words
    return []


def _subject(before: list[_Unit], whole: bool = True) -> list[_Unit]:
    """The names just before the verb ('Iraq and Turkey'), else up to five words of its noun phrase;
    whole: with the head of a noun phrase the names end ('death toll from floods in Turkey')."""
    # the date and the preposition that leads it: "heavy rain in March 2023 killed": heavy rain
    units = [u for at, u in enumerate(before) if u.kind != "date" and not (
        at + 1 < len(before) and before[at + 1].kind == "date" and u.text.lower() in PREPOSITIONS)]
    while units and units[-1].text.lower() in AUXILIARIES:
        units.pop()  # "Turkiye and Iraq have agreed": the names before "have"
    if units and units[-1].kind == "pronoun":
        return units[-1:]  # "told BBC Wales he had agreed": the person "he" is, alone
    taken: list[_Unit] = []
    names = bool(units) and units[-1].kind == "entity"
    for at in range(len(units) - 1, -1, -1):
        unit = units[at]
        word = unit.text.lower()
        if names and not (unit.kind == "entity" or word == "and"):
            break
        if not names and unit.kind == "entity" and taken and len(taken) < 5 \
                and not any(u.text.lower() == "and" for u in taken):
            taken.insert(0, unit)  # "Nortel shares": the name says whose, and the noun phrase ends with it
            if at > 1 and units[at - 1].text.lower() == "of" and units[at - 2].kind == "word" \
                    and units[at - 2].text.isalpha() and units[at - 2].text.lower() not in STOPWORDS:
                taken[:0] = units[at - 2:at]  # "The chairman of Lusara's electoral commission resigned": he did
            break
        if not names and (unit.kind == "entity" or word in DETERMINERS or word in PREPOSITIONS
                          or (word in STOPWORDS and word != "and") or not word.isalpha()):
            break
        taken.insert(0, unit)
        if len(taken) == 5:
            break
    while taken and taken[0].text.lower() == "and":
        taken.pop(0)
    dated = _date_ends(before)  # a date left out just before the verb ("heavy rain in March 2023 killed")
    if whole and taken and (names or dated):
        return _head_of(units[:len(units) - len(taken)], taken, names)
    return taken


def _date_ends(units: list[_Unit]) -> bool:
    """Do the units end with a date, auxiliaries aside ("heavy rain in March 2023 [has] …")?"""
    at = len(units)
    while at and units[at - 1].kind == "word" and units[at - 1].text.lower() in AUXILIARIES:
        at -= 1
    return bool(at) and units[at - 1].kind == "date"


def _head_of(before: list[_Unit], taken: list[_Unit], names: bool) -> list[_Unit]:
    """Names after a preposition of a noun phrase are not the subject but part of it: "the death
    toll from flash floods in southeastern Turkey rose" is the toll's rise, not Turkey's. The noun
    phrase whole when short ("Ministers from Iraq and Turkey"), else its head, up to the first
    preposition ("death toll"); the names when no noun phrase leads to them, or when the preposition
    is one of a verb's ("used by James Bond"). Words before a left-out date are
    read so too ("a run on banks in 1994 caused"), and are no subject after a verb's preposition
    ("with elections in May were sent": the packs were)."""
    at = len(before)
    while names and at and before[at - 1].kind == "word" and before[at - 1].text.islower() \
            and before[at - 1].feature and len(before) - at < 2:
        at -= 1  # "southeastern", "northern": an adjective of the place
    if names and at and before[at - 1].kind == "word" and before[at - 1].text[:1].isupper() \
            and before[at - 1].text.lower() in ROLE_WORDS:
        at -= 1  # "The wife of President Emmanuel Macron": the title is the name's
    if at and before[at - 1].text.lower() in DETERMINERS:
        at -= 1  # "a run on the banks"
    if not at or before[at - 1].text.lower() not in ANY_PREPOSITIONS:
        return taken
    if names and before[at - 1].text.lower() not in NP_PREPOSITIONS:
        return taken
    start = at - 1
    if start > 1 and verb_form(before[start - 1].text.lower()) and _in_noun_phrase(before[start - 2]):
        start -= 1  # "the number of people killed in Gaza": a participle after its noun
    while start and _in_noun_phrase(before[start - 1]):
        start -= 1
    if start and before[start - 1].kind == "entity":
        start -= 1  # a name opens the phrase: "the Paris Club of rich creditor nations"
    phrase = [*before[start:], *taken]
    if start == at - 1 or before[start].text.lower() in PREPOSITIONS:
        # nothing before the preposition but a determiner or a verb's words: the names alone; words
        # that open the clause with a preposition are no subject
        return taken if names else []
    if len(phrase) <= 6:
        return phrase
    head = next(i for i in range(start, len(before)) if before[i].text.lower() in PREPOSITIONS)
    return before[start:head]


def _in_noun_phrase(unit: _Unit) -> bool:
    """A word a noun phrase before its names may have: a noun or an adjective, or a preposition of
    one ("number of civil servants in Britain"); not a determiner, a verb or an auxiliary."""
    word = unit.text.lower()
    return unit.kind == "word" and word not in DETERMINERS and unit.text.isalpha() and word not in AUXILIARIES \
        and not verb_form(word) and (bool(unit.feature) or (word in PREPOSITIONS and word not in VERB_PREPOSITIONS))


def _object(after: list[_Unit], words: int = LABEL_WORDS, nominal: bool = False) -> list[_Unit]:
    """Up to `words` words or names after the verb, without articles or loaded words, stopping
    at the date."""
    taken: list[_Unit] = []
    count = 0
    for unit in after:
        if unit.kind == "pronoun":
            break  # "denied he planned to join": what "he" did is another clause's
        if unit.kind == "date" and unit is not after[-1]:  # a year in the object ("chaired the 1969 tribunal")
            taken.append(unit)
            continue
        if unit.kind == "date" or count == words or (count >= 2 and not nominal and unit.text.lower() in PREPOSITIONS):
            break  # "discussed implementation of details", not "… of details of security"
        if unit.text.lower() in DETERMINERS or LOADED.fullmatch(unit.text):
            continue
        taken.append(unit)
        count += bool(unit.feature)
    while taken and not taken[-1].feature:
        taken.pop()
    return taken
