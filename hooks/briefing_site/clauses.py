"""Which part of a sentence a date belongs to, for the events step (events.py): the words that
find a clause's verb and its subject, where one clause ends and the next begins, who says it all,
and who "he" or "she" is. A sentence that dates two happenings ("Mr Blair denied it on Wednesday,
and before he left for Africa on Tuesday …") gives each date the people of its own clause; a date
in a noun phrase ("despite the rejection of the bid last week") dates that phrase alone. Read from
one briefing alone, when it is analysed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from itertools import islice
from typing import NamedTuple

from .antecedents import PRONOUN_OPENS, antecedent, index_mentions, mentions_by_position
from .happenings import kind_of
from .model import Analysis, Sentence
from .terms import STOPWORDS

Span = tuple[int, int]  # start and end in a sentence
PHRASE_REACH = 120  # characters after a date that a noun phrase it is in may run on
SUBJECT_REACH = 40  # words of a clause read for its verb and its subject
MAX_NAME = 200  # characters: a name is looked for among those starting this far before a word at most
CLAUSE_MARK = frozenset(",;:—–()[]\"“”")
CLAUSE_WORDS = frozenset({"despite", "since", "after", "before", "following", "amid", "while", "when",
                          "but", "which", "who", "where", "whereas", "although", "though", "because"})
# Where one clause ends and the next begins, in a sentence that dates two things (regions_of); not
# the comma of a number ("95,000"), nor a bracket: "(IFS)" is an aside
CLAUSE_BREAK = re.compile(rf"(?<!\d),|,(?!\d)|[{re.escape(''.join(sorted(CLAUSE_MARK - set(',()[]'))))}]|"
                          rf"\b(?:{'|'.join(sorted(CLAUSE_WORDS))})\b", re.IGNORECASE)
SAYING = re.compile(r"\b(?:said|says|say|told|according to|reported|announced|added|warned|claimed|estimated)\b",
                    re.IGNORECASE)
FINITE = frozenset("is are was were has have had will would could can may might did does do".split())
PRONOUNS = frozenset("he she they it we i".split())
ADVERBS = frozenset("also recently jointly formally officially finally reportedly already then still now".split())
SPEAKER_AFTER = re.compile(r",?\s+(?:has\s+|had\s+|have\s+)?(?:said|says|told|added|announced|warned|claimed)\b")
SPEAKER_BEFORE = re.compile(r"\b(?:said|says|according to)\s+$")
SUBJECT_WORD = re.compile(r"[A-Za-z’'-]+")
NOMINAL_OPENERS = frozenset({"despite", "since", "after", "before", "following", "amid"})
POSSESSIVES = frozenset({"its", "their", "his", "her"})
NOMINAL_DATE = re.compile(rf"\b(?:{'|'.join(sorted(NOMINAL_OPENERS))})\s+(the|a|an|its|their|his|her|this|that)\s+"
                          r"[^,;:()\"“”]*$", re.IGNORECASE)
# "an inquiry into the collapse of the Aldren Bridge on 20 May": the date dates the collapse, not the
# inquiry's announcement; only before a happening's noun ("moved into the new office on Monday" is a move)
INTO_DATE = re.compile(r"\binto\s+(the|a|an|its|their|his|her|this|that)\s+([a-z]+)\b[^,;:()\"“”]*$", re.IGNORECASE)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATED_VERB = re.compile(rf"\b(?:today|yesterday|(?:on|last|this)\s+{_WEEKDAY}|on\s+\d{{1,2}}\s+{_MONTH}|"
                        rf"on\s+{_MONTH}\s+\d{{1,2}})\b", re.IGNORECASE)
HAPPENING_CLAUSE = re.compile(r"\s*,\s*(?:in\s+which|which|when|that\s+(?:killed|left|injured))\b", re.IGNORECASE)
HAPPENING_NOUNS = frozenset("""collapse collapses crash crashes attack attacks shooting shootings fire fires
    explosion explosions murder murders killing killings death deaths disappearance accident accidents sinking
    bombing bombings blast blasts derailment leak leaks breach breaches outbreak outbreaks riot riots raid raids
    fall failure failures spill spills""".split())
# a date between a determiner and the noun it dates: "the June 2 strikes", "its 2019 election"
DETERMINER_BEFORE = re.compile(r"\b(the|its|their|his|her|this|that)\s+$", re.IGNORECASE)
HEAD_AFTER = re.compile(r"\s+([a-z]+)\b")
DATED_NOUNS = frozenset("""strike strikes airstrike airstrikes election elections referendum vote ballot poll
    massacre ambush invasion uprising coup""".split())
DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "that",
                         "those", "some", "any", "each", "every"})
FUNCTION_WORDS = frozenset({"of", "to", "in", "as", "on", "for", "with", "and", "by", "from", "at", "into",
                            "or", "over", "under", "across", "between", "about", "&"})
PREPOSITIONS = frozenset({"of", "to", "in", "as", "on", "for", "with", "by", "from", "at", "into", "over", "under",
                          "across", "between", "about", "within", "without", "through", "during", "against",
                          "upon", "toward", "towards", "near", "via", "like", "than"})
AUXILIARIES = frozenset("""have has had was were is are be been being will would could should may might did does do
also recently jointly formally officially finally reportedly already then""".split())
IRREGULAR_PAST = frozenset("""met held won lost sold bought took began led fell rose struck hit cut made sent gave
left came became shot fought ran spent built paid broke chose drew grew threw wrote sank stood saw went
got kept brought caught sought fled froze overtook withdrew
died sued axed lied quit swept flew drove rode spoke hid stole blew shook tore swam wept
""".split())  # four letters: "-ed" words that short are mostly not verbs ("need")
NOT_EVENT_VERBS = frozenset("""said told stated added noted claimed reported according based concerned limited
related united detailed advanced armed indeed proceed succeed exceed need speed hundred""".split())
ARTICLE_OR_PREPOSITION = DETERMINERS | PREPOSITIONS
# More past forms, for finding a clause's verb (not weighed as an event's verb: IRREGULAR_PAST)
PAST_FORMS = frozenset("""flew drove rode spoke swore hid fed heard lay lent lit meant sat slept shut sang stole swept
taught thought understood woke forgot forgave arose blew dealt drank ate felt found knew let rang shook spun
spread sprang stuck swam tore wept hung bore owed tied vied eyed""".split())
# Words before a verb that are not its subject ("than predicted", "and said")
NOT_SUBJECTS = STOPWORDS | FUNCTION_WORDS | DETERMINERS | PREPOSITIONS | CLAUSE_WORDS | {"and", "or", "that", "than",
                                                                                        "not"}


def verb_form(word: str) -> bool:
    """A past tense or participle: the form a report of a happening uses ("stepped down": its first word)."""
    word = word.split(" ", 1)[0]
    return word not in NOT_EVENT_VERBS and (word in IRREGULAR_PAST or (len(word) >= 5 and word.endswith("ed")))


def referents(analysis: Analysis, sentences: dict[int, Sentence], indexes: set[int]) -> dict[int, str]:
    """Sentence -> the id of the person its opening "he" or "she" is (antecedents.py), for those of
    the given sentences that open so and whose person is found."""
    opening = {i: found.group(1) for i in sorted(indexes) if (found := PRONOUN_OPENS.match(sentences[i].text))}
    if not opening:
        return {}
    index = index_mentions(mentions_by_position(analysis.document, analysis.entities, {}), analysis.document)
    people = {i: antecedent(index, sentences[i].paragraph, sentences[i].start, pronoun)
              for i, pronoun in opening.items()}
    return {i: person.id for i, person in people.items() if person is not None}


HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
QUOTE_MARKS = re.compile("[\"“”]")
# Someone unnamed speaks or acts between a name and a "he" ("Mr Spitzer's office said the Marsh
# executive admitted he …"): the "he" may be theirs
ANOTHER_SUBJECT = re.compile(r"\b(?:the|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+(?:said|says|told|[a-z]+ed)\b",
                             re.IGNORECASE)


def pronoun_people(text: str, named: list[tuple[str, int, int]], people: dict[str, str], opening: str | None,
                   low: int = 0, high: int | None = None) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, person id, name) of each "he" or "she" from low to high whose person is sure:
    for the sentence's opening pronoun, `opening` (referents: as its participants read it); else
    the one person the sentence names before it, with no quotation mark nor unnamed speaker between
    ("Mr Lacroix said he planned to stay at the label he founded"; not "Mr Blair said: 'He …'", nor
    "Mr Spitzer's office said the Marsh executive admitted he …", nor after two people).
    `named`: (entity id, start, end) of the sentence from low to high, in order; `people`: person id -> name."""
    found = []
    opens = PRONOUN_OPENS.match(text)
    for pronoun in HE_OR_SHE.finditer(text, low, len(text) if high is None else high):
        if opens is not None and pronoun.start() == opens.start(1):
            person = opening
        else:
            before = [(entity, end) for entity, start, end in named if end <= pronoun.start() and entity in people]
            person = before[-1][0] if len({e for e, _ in before}) == 1 else None
            between = text[before[-1][1]:pronoun.start()] if before else ""
            if person is not None and (QUOTE_MARKS.search(between) or ANOTHER_SUBJECT.search(between)):
                person = None
        if person is not None and person in people:
            found.append((pronoun.start(), pronoun.end(), person, people[person]))
    return tuple(found)


def regions_of(sentences: dict[int, Sentence], kept: list[tuple[int, Span | None]],
                names: dict[int, list[tuple[str, int, int]]]) -> dict[tuple[int, Span | None], Region]:
    """(sentence, date span) -> the parts of the sentence that date belongs to, for sentences that
    date two or more things: "Mr Blair denied it on Wednesday, and before he left for Africa on
    Tuesday the chancellor said ..." tells two happenings, and Tuesday's is not Mr Blair's. The
    sentence is cut at the last clause break (CLAUSE_MARK, CLAUSE_WORDS) between two dates whose
    clauses each have a subject (_cuts); two dates with none between them ("between May and June
    2023") share their part. Who says it all (", the ONS said.", "Fiat said") belongs to every
    part. A sentence with one date is all its own (no entry)."""
    spans: dict[int, list[Span]] = defaultdict(list)
    for index, span in kept:
        if span is not None:
            spans[index].append(span)
    regions: dict[tuple[int, Span | None], Region] = {}
    for index, found in spans.items():
        if len(found) < 2:
            continue
        text = sentences[index].text
        ordered = sorted(found)
        tail_start = last_break(text, ordered[-1][1], len(text))  # the clause after the last date
        if tail_start is not None and not SAYING.search(text, tail_start):
            tail_start = None  # said by no one there: it is the last date's
        tail = ((tail_start, len(text)),) if tail_start is not None else ()
        named = [(m[1], m[2]) for m in names.get(index, [])]
        cuts = _cuts(text, ordered, tail_start, named)
        speakers = frozenset(start for start, _ in _speakers(text, named))
        low = 0
        for position, span in enumerate(ordered):
            low = cuts[position] if cuts[position] is not None else low
            high = next((c for c in cuts[position + 1:] if c is not None), len(text))
            regions[(index, span)] = Region((low, high), tail if tail and tail[0][0] >= high else (), speakers)
    return regions


class Region(NamedTuple):
    """The parts of a sentence one of its dates belongs to: its clause, the closing clause that
    says who said it all, and where the names that say it start (a set: a sentence may name
    thousands, and each of its dates asks of each of its names)."""

    clause: Span
    tail: tuple[Span, ...]
    speakers: frozenset[int]

    def holds(self, start: int) -> bool:
        """Whether a name starting here is of this part of the sentence."""
        return (self.clause[0] <= start < self.clause[1] or start in self.speakers
                or any(low <= start < high for low, high in self.tail))


def nominal_phrase(text: str, span: Span) -> tuple[int, int, bool] | None:
    """Where the noun phrase a date dates starts and ends, when the date is in one that opens with
    since, despite, after, ... and has no verb: in "Despite the rejection of the bid last week, Mr
    Seifert may come back", last week dates the rejection, not what Mr Seifert may do. Also whether
    its determiner is a possessive ("its", "their": its owner is named outside it)."""
    if text[span[1] - 2:span[1] + 2].lower().replace("’", "'").count("'s"):
        return _owned_by_date(text, span)
    if (modified := dated_noun(text, span)) is not None:
        return modified
    found = NOMINAL_DATE.search(text, max(0, span[0] - 80), span[0]) or into_happening(text, span)
    if found is None:
        return None
    words = [(m.start(), m.end(), m.group().lower()) for m in SUBJECT_WORD.finditer(text, found.start(), span[0])]
    if any(_clause_verb(words, i) for i in range(2, len(words))):
        return None  # "since Labour won power in 1997": a clause, not a phrase
    # The phrase goes on past a date that modifies its noun ("since the 11 September 2001 attacks in
    # the United States, BA has cut …"), to the clause's end, if no verb comes first
    reach = min(len(text), span[1] + PHRASE_REACH)  # a noun phrase is short: no scan to a long sentence's end
    stop = next((b.start() for b in CLAUSE_BREAK.finditer(text, span[1], reach)), reach)
    rest = [(m.start(), m.end(), m.group().lower()) for m in SUBJECT_WORD.finditer(text, span[1], stop)]
    verbless = (stop < reach or reach == len(text)) and not any(_clause_verb(rest, i) for i in range(len(rest)))
    return found.start(), stop if verbless else span[1], found.group(1).lower() in POSSESSIVES


def into_happening(text: str, span: Span) -> re.Match[str] | None:
    """'into the collapse of …' just before the date, when the date is the happening's: the verb
    the phrase hangs on is dated already ("today announced an inquiry into the collapse of the
    bridge on 20 May") or a clause about the happening follows the date (", in which 12 people
    died"). "announced an inquiry into the collapse last week" dates the announcing."""
    found = INTO_DATE.search(text, max(0, span[0] - 80), span[0])
    head = found.group(2).lower() if found else ""
    if not found or not (head in HAPPENING_NOUNS or kind_of(head)):
        return None
    return found if DATED_VERB.search(text, 0, found.start()) or HAPPENING_CLAUSE.match(text, span[1]) else None


def dated_noun(text: str, span: Span) -> tuple[int, int, bool] | None:
    """The noun phrase a date modifies between its determiner and a happening's noun ("the death toll
    from the June 2 strikes", "after the 4 May election was annulled"): the date is the happening's,
    not the sentence's. From the determiner to the first verb or clause break after the noun."""
    before = DETERMINER_BEFORE.search(text, max(0, span[0] - 12), span[0])
    after = HEAD_AFTER.match(text, span[1])
    if before is None or after is None:
        return None
    head = after.group(1).lower()
    if not (head in HAPPENING_NOUNS or head in DATED_NOUNS or kind_of(head)):
        return None
    owned = _owned_by_date(text, (span[0], after.start(1)))
    return (before.start(1), owned[1], before.group(1).lower() in POSSESSIVES) if owned else None


def _owned_by_date(text: str, span: Span) -> tuple[int, int, bool] | None:
    """The noun phrase a possessive date opens ("Tuesday's car bomb attack in Silopi", "last week's
    floods"): from the date to a clause break or the first verb ("… bombing in Silopi has risen")."""
    reach = min(len(text), span[1] + PHRASE_REACH)
    stop = next((b.start() for b in CLAUSE_BREAK.finditer(text, span[1], reach)), reach)
    rest = [(m.start(), m.end(), m.group().lower()) for m in SUBJECT_WORD.finditer(text, span[1], stop)]
    rest = rest[1:] if rest and rest[0][2] in ("'s", "’s", "s") else rest  # the possessive's own mark
    end = next((rest[i][0] for i in range(len(rest)) if _clause_verb(rest, i)), stop)
    return (span[0], end, False) if any(start < end for start, _, _ in rest) else None


def _cuts(text: str, ordered: list[Span], tail_start: int | None, names: list[Span]) -> list[int | None]:
    """Where the part of each date starts: 0 for the first, the last clause break before the date for
    the others, or None (the part before goes on) when there is no break, or when the clause before
    or after it has no subject of its own: in "rose 9.5% in 2004, faster than predicted and well
    above 2003's 9.1%", "On Monday, he said the talks would end in 2005" and "After falls in 2004,
    Halifax said prices rose in January" one subject holds for both dates; in "denied it on
    Wednesday, and before he left for Africa on Tuesday" it does not."""
    breaks = [last_break(text, end, start) for (_, end), (start, _) in zip(ordered, ordered[1:], strict=False)]
    cuts: list[int | None] = [0]
    since = 0  # where the part being read began
    for position, found in enumerate(breaks):
        if found is not None:
            later = next((b for b in breaks[position + 1:] if b is not None), None)
            stop = min(x for x in (later, tail_start, len(text)) if x is not None and x > found)
            if _has_subject(text, since, found, names) and _has_subject(text, found, stop, names, strict=True):
                since = found
            else:
                found = None
        cuts.append(found)
    return cuts


def _has_subject(text: str, start: int, stop: int, names: list[Span], strict: bool = False) -> bool:
    """Does the clause's first verb have a subject in the clause: a pronoun or a name just before it
    ("he left", "Labour won"), or, unless strict, a noun ("the cards would be issued"); not a verb
    opening the clause (", said that …", "before moving to") nor an object ("than predicted")?"""
    words = [(m.start(), m.end(), m.group().lower())
             for m in islice(SUBJECT_WORD.finditer(text, start, stop), SUBJECT_REACH)]  # a clause's verb comes early
    verb = next((i for i, (_, _, w) in enumerate(words) if _clause_verb(words, i)), None)
    if verb is None:
        return False
    before = [word for word in words[:verb] if word[2] not in ADVERBS]
    if not before:
        return False
    begin, end, word = before[-1]
    near = names[bisect_left(names, (begin - MAX_NAME, 0)):bisect_left(names, (begin + 1, 0))]  # names are in order
    if word in PRONOUNS or any(s <= begin < e and end >= e for s, e in near):  # a pronoun, a name's last word
        return True
    return not strict and word.isalpha() and word not in NOT_SUBJECTS


def _clause_verb(words: list[tuple[int, int, str]], i: int) -> bool:
    """A verb: finite, of saying, a past form not after an article or preposition ("the planned
    talks"), or a participle opening a clause ("before moving")."""
    word, previous = words[i][2], words[i - 1][2] if i else ""
    if word.endswith("ing") and previous in CLAUSE_WORDS:
        return True
    verb = word in FINITE or word in PAST_FORMS or bool(SAYING.fullmatch(word)) or verb_form(word)
    return verb and previous not in ARTICLE_OR_PREPOSITION


def _speakers(text: str, names: list[Span]) -> list[Span]:
    """The names that say the sentence ("Fiat said", "the ONS has said", "said Mr Ellis"): what
    they say is theirs in every clause."""
    return [(s, e) for s, e in names
            if SPEAKER_AFTER.match(text, e) or SPEAKER_BEFORE.search(text[max(0, s - 12):s])]


def last_break(text: str, start: int, end: int) -> int | None:
    """Where the last clause break between start and end is, or None."""
    breaks = list(CLAUSE_BREAK.finditer(text, start, max(start, end)))
    return breaks[-1].start() if breaks else None
