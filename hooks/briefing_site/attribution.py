"""Who speaks a quote, and how that was found: the subject of the speech verb beside it in its
own sentence ("X said", "said X", "X, saying:", "Title Name:"), else what a pronoun there points
back to, else nothing: a name inside the quote never takes the credit."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

from .antecedents import (
    PRONOUN_OPENS,
    RELATIVE_OF,
    MentionAt,
    MentionIndex,
    antecedent,
    body_before,
    body_named,
    company_before,
    surname_holder,
    title_holder,
)
from .model import Entity, Paragraph, Sentence
from .roles import OFFICES
from .speech import (
    APPOSITION,
    BODY_NEAR_VERB,
    DOCUMENT,
    FOR_BODY,
    INVERTS,
    POSSESSED_NEAR_VERB,
    ROLE,
    ROLE_AFTER,
    ROLE_AT_END,
    ROLE_FOR,
    ROLE_NEAR_VERB,
    ROLE_OF,
    SPEAKS_FOR_HOLDER,
    SPEECH_VERB,
    STATE_BODIES,
    THROUGH,
    UNNAMED,
    UNNAMED_BEFORE_VERB,
    UNNAMED_OPENS,
    non_finite,
    speech_verbs,
)
from .text import is_abbreviation

if TYPE_CHECKING:
    from .quotes import QuoteSpan

# What a company calls itself as a speaker: "the company said" is the company named before it, not the
# body the text was about ("Rescuers of the NCPA … The mine is operated by Corvane Minerals Ltd …")
COMPANY_WORDS = frozenset({"company", "firm", "operator", "owner", "owners", "manufacturer", "miner", "producer",
                           "carrier", "insurer", "lender", "retailer", "supplier", "contractor", "builder"})
QUOTE_MARK = re.compile(r"[\"“”]")
POSSESSIVE = re.compile(r"['’]s?\s+([\w-]+)")
# ", who stepped down …, said"; not ", and the minister has been on television since," (a clause of its own)
PARENTHETICAL = re.compile(r",(?!\s*(?:and|but|while|whereas)\s)[^,]*,|\([^)]*\)|\s[-–—]\s[^-–—]*\s[-–—]\s")
ASIDE_BEFORE_VERB = re.compile(r"(?:,[^,]*,|\s[-–—]\s[^-–—]*\s[-–—])\s*$")  # ", who …," or " - who … -"
# "Lib Dem chairman Matthew Taylor": the person after an organisation and a few words of role
ORG_ROLE_PERSON = re.compile(r"(?:['’]s?)?(?:\s+(?!(?:and|or|with|of|to|by|for|from|at|in|on|but|than|as)\b)"
                             r"[a-z][\w-]*){0,3}\s+")
APPOSED = re.compile(r",\s*")
WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w'’-]+\s+){0,4}$")  # "with finance minister ": a subject of its own
# An office or a role, set off by a comma, then its holder's name: '," said the governor of the province, Teodor Valk'
ROLE_THEN_NAME = re.compile(r"\s*(?:the|a|an|its|their)\s+[^,.;:\"“”]{1,80},\s*"
                            r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame|Judge|General|Colonel|Captain)\s+)?")
APPOSITION_ENDS = re.compile(r"\s*(?:,|\(|\s(?:said|says|told|added)\b)")  # the name set off, or its verb
CLAUSE_WORD = re.compile(r"\b(?:that|which|whether|when|after|before|because|if|while|and|but|or|as|than|though|"
                         r"although|since|until|where|it|he|she|they|we|I|you|to)\b")
THEY_BEFORE = re.compile(r"\b[Tt]hey\b(?:\s+[\w'’]+){0,2}\s*,?\s*$")
IT_BEFORE = re.compile(r"\b[Ii]t\b(?:\s+[\w'’]+){0,2}\s*,?\s*$")  # "it said", "It urges", "it has since said"
PEOPLE_NOUNS = frozenset({"man", "woman", "men", "women", "people", "minister", "president", "spokesman",
                          "spokeswoman", "official", "officials"})  # "The minister said …": no "it"
# What "it" stands for, opening the sentence before: a person's office ("Ms Halloran's office gave a
# different account"), or a thing ("The letter … is signed by …")
IT_OPENER = re.compile(r"\W*(?P<who>(?:[Tt]he\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s\s+(?:[a-z][\w-]*\s+){0,2}?"
                       r"(?:office|spokes\w+|team|campaign|lawyers?|family)|[Tt]he\s+[a-z]+(?![\w'’-]|\s+[a-z]+['’]s\b))\b")
PRONOUN_BEFORE = re.compile(r"\b([Hh]e|[Ss]he)\b(?:\s+[\w'’]+){0,2}\s*,?\s*$")  # "he said", "she has since said"
TITLE_COLON = re.compile(r"\s*(?:\([^)]*\))?\s*:\s*$")  # 'Arsenal boss Arsene Wenger: "…"', as match reports quote
NOT_A_SPEAKER = re.compile(r"\b(?:film|movie|song|album|single|track|play|musical|book|novel|show|series|hit)\s+$",
                           re.IGNORECASE)  # "the film Ray said to …": a title, however it was typed
CLAUSE_JOINED = re.compile(r",\s+(?:and|but)\s+(?=(?:the|a|an|he|she|they|his|her|its)\b|[A-Z])")
# "The police arrested Tamaz Lordkipanidze …, promising": a name right after a verb in the past is
# its object, not the sentence's subject (not "Retired general X": no subject before the verb's word)
OBJECT_AFTER_VERB = re.compile(r"\b[\w'’-]+\s+(?!quoted\b|cited\b)[a-z]+ed\s+$")  # "quoted X as saying": X speaks
# A role opening the sentence, set off before the person it names ("NUMAW's general secretary, Agnes
# Turay, welcomed the inquiry but said", "Halvek's head of corporate communications, Dana Iliescu,"):
# the person is the sentence's subject, as a name opening it is
APPOSED_LEAD = re.compile(rf"\W*(?:[\w'’&.-]+\s+){{0,6}}?{ROLE}(?:\s+(?:of|for|at)\s+(?:[\w'’&-]+\s+){{0,3}}?"
                          rf"[\w'’&-]+)?\s*,\s*", re.IGNORECASE)
APPOSED_AFTER = re.compile(r"\s*,\s*(?:the\s+|a\s+|an\s+)?")  # a person, then a role of a body's set off
COLON_BEFORE = re.compile(r":\s*$")  # a quote a colon introduces
TITLES_ONLY = re.compile(r"\W*(?:[A-Z][\w.'’-]*\s+)*")  # "Bishop ", "Dr ": capitalised words before a name
PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?(?:\w+ed|told|shown|given|taken)\b",
                     re.IGNORECASE)
QUOTE_MARKS = re.compile(r"[\"“”]")
APPOSITION_CLOSES = re.compile(r"\s*,\s")
INTRO = re.compile(r"\W*(?:At|In|On|During|After|Before|Speaking|Asked|Writing|Addressing)\b[^.]*,\s*$")
WORDS = re.compile(r"[\w'’-]+")
INITIAL_AT_END = re.compile(r"\b[A-Z]$")
INITIAL_THEN_NAME = re.compile(r"\.\s?[A-Z][\w'’-]+")
WHITESPACE = re.compile(r"\s")
AFTER_QUOTE_END = re.compile(r"[\"“]|(?<=[.!?])\s")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘A-Z])")  # where a sentence the splitter missed ends
# a run of capitalised words right before or after a speech verb, and the words that start one without naming
CAPITALISED_RUN = r"(?:[A-Z][\w&'’.-]*\s+(?:(?:of|and|for|de|la|von|van)\s+)?){0,6}[A-Z][\w&'’-]*"
RUN_BEFORE = re.compile(rf"(?<![\w&'’.-])({CAPITALISED_RUN})\s*$")
AFTER_PREPOSITION = re.compile(r"\b(?:of|for|at|in|on|by|from|with|to|about|against|under)\s+(?:the\s+)?$")
RUN_AFTER = re.compile(rf"\s+({CAPITALISED_RUN})")
NOT_A_NAME = frozenset(
    "It It's They We I You He She This That These Those Others Some Many Most Both All One Another Each Such The A An "
    "But And Or Yet So However Then Now Earlier Later Meanwhile Also Still Instead Separately Speaking Asked In On "
    "At By For From With After Before During Since Today Yesterday Monday Tuesday Wednesday Thursday Friday Saturday "
    "Sunday January February March April May June July August September October November December".split())
SPEAKER_WINDOW = 300  # characters looked at after a quote, and at most before it, for its speaker
NAMED = "named in the sentence"
# "said Dusalev's mother, Roza": a relative of the one named speaks, with their name after a comma if given
RELATIVE_AFTER = re.compile(RELATIVE_OF.pattern + r"(?:,\s*)?")
# Words quoted as someone's, given after the quote in the passive: '"no more than 300 tonnes" put out by Helion'
PASSIVE_BY = re.compile(r"[\s,]*(?:put out|issued|released|given|published|offered|used|cited|coined|uttered)\s+by\s+")
PRONOUN = "pronoun, resolved to the last person named"
CONTINUED = "continued quote"
NEXT_PART = "named after the quote's next part"
UNRECOGNISED = "named, but not as a person or organisation"
TITLE = "title, resolved to the one person named with it"


@dataclass(frozen=True)
class Attribution:
    speaker: str | None  # entity id
    name: str | None
    how: str
    after: bool = False  # found after the quote ('"…," Al Bo said'), so it may cover a quote before it too
    # "the company said": a body the text names by a word of its kind, not by its name. Its quote goes to
    # whoever the quotes around say (voices.py), unless that is a person; then to body_fallback.
    body: str = ""
    body_fallback: Attribution | None = None


NOT_STATED = Attribution(None, None, "not stated")
UNRESOLVED = Attribution(None, None, "pronoun, unresolved")
OWNED_AFTER = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:office|spokes\w+|aides?|staff|team|camp|press\s+\w+|"
                         r"officials?|advisers?|lawyers?|family|department)\b")


@dataclass(frozen=True)
class Context:
    paragraph: Paragraph
    mentions: list[MentionAt]  # the paragraph's, outside quotes
    index: MentionIndex
    before: Context | None = None  # the paragraph before's, if it was read (unnamed_speaker_before)

    @cached_property
    def text(self) -> str:
        """The paragraph's text, put together once (Paragraph.text joins its pieces on each read): a
        paragraph of a thousand quotes read it once a quote, and took minutes."""
        return self.paragraph.text

    def between(self, start: int, end: int) -> list[MentionAt]:
        """The mentions within [start, end), found by bisection: a paragraph may hold thousands."""
        first = bisect.bisect_left(self.mentions, start, key=lambda m: m.start)
        last = bisect.bisect_left(self.mentions, end, key=lambda m: m.start)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def resolve(self, pronoun: str, offset: int) -> Attribution:
        """Who "he" or "she" at offset is: the unnamed speaker of the sentence before, if it has one
        ("The party leader said …. "…," he said"), else the person the pronoun points back to."""
        unnamed = self.unnamed_speaker_before(offset)
        if unnamed:  # "Mr Castro's chief aide said it was needed. "…," he said": the aide
            holder = title_holder(self.index, unnamed, self.paragraph.index, offset)
            if holder is not None:
                return Attribution(holder.id, holder.name, f"pronoun, resolved to the last speaker: {unnamed}, "
                                                           "the one person named with that title")
            body = self.spoken_for(unnamed)
            if body is not None:
                return replace(body, how=f"pronoun, resolved to the last speaker: {body.how}")
            return Attribution(None, None, f"pronoun, resolved to the last speaker: {unnamed}, not named")
        person = antecedent(self.index, self.paragraph.index, offset, pronoun)
        return Attribution(person.id, person.name, PRONOUN) if person else UNRESOLVED

    def unnamed(self, phrase: str, offset: int) -> Attribution:
        """A speaker given by title only: the one person named earlier with that title ("the minister
        said" after "Justice Minister Cathy Jamieson"), else no one named."""
        phrase = " ".join(phrase.split())
        holder = title_holder(self.index, phrase, self.paragraph.index, offset)
        if holder is not None:
            return Attribution(holder.id, holder.name, f"{TITLE}: {phrase}")
        return self.spoken_for(phrase) or Attribution(None, None, f"not named: {phrase}")

    def spoken_for(self, phrase: str) -> Attribution | None:
        """ "A spokeswoman for the trust": the one body the text names with that word speaks, through
        its spokesperson; None when the phrase is no spokesperson's for a body word, or the body is not
        the one named so."""
        found = FOR_BODY.search(phrase)
        if found is None or not THROUGH.search(phrase[:found.start()]):
            return None
        body = body_named(self.index, "the " + found.group("word"))
        return None if body is None else Attribution(body.id, body.name, f"the one body named with that word: "
                                                                        f"{phrase}, through its spokesperson")

    def _apposed(self, start: int, words: str, sentence_start: int) -> bool:
        """Are the role's words set off after a name ("Joshua Osagie, a cocoa farmer", "Alan Milburn,
        Labour's election strategist"), so that they describe the person named?"""
        comma = re.search(r",\s*$", self.text[max(sentence_start, start - 3):start])
        if comma is None:
            return False
        if re.match(r"an?\s", words, re.IGNORECASE):
            return True
        at = start - len(comma.group())
        return any(m.entity.type == "person" and at - 1 <= m.end <= at for m in self.between(sentence_start, at))

    def unnamed_speaker_before(self, offset: int) -> str | None:
        """The words naming an unnamed speaker in the sentence before the one at offset, if its speech
        verb has one ("the Conservative leader said", "Mr Castro's chief aide said"); for a paragraph's
        first sentence, the last sentence of the paragraph right before ("A VBC technician, who asked
        that his name not be printed, said …" / "“…,” he said"), when it has no quote of its own."""
        sentences = self.paragraph.sentences
        at = bisect.bisect_right(sentences, offset, key=lambda s: s.start) - 1
        if at >= 1:
            return self._unnamed_speaker_of(sentences[at - 1])
        before = self.before
        if at == 0 and before is not None and before.paragraph.sentences \
                and before.paragraph.index == self.paragraph.index - 1:
            last = before.paragraph.sentences[-1]
            found = None if QUOTE_MARKS.search(before.text, last.start, last.end) else before._unnamed_speaker_of(last)
            # someone the text brings in ("a security guard"), not one it knows ("the chancellor", whom "he"
            # may stand for by name: the one person the text names so is found from the pronoun)
            return found if found and INDEFINITE.match(found) else None
        return None

    def _unnamed_speaker_of(self, previous: Sentence) -> str | None:
        verbs = [v for v in speech_verbs(self.text, previous.start, min(previous.end, previous.start + SPEAKER_WINDOW))
                 if not non_finite(self.text, v, previous.start)]  # "said that for the minister to claim …"
        role = UNNAMED_BEFORE_VERB.search(self.text, max(previous.start, verbs[-1].start() - 160),
                                          verbs[-1].start()) if verbs else None
        if role is None or self._apposed(role.start(), role.group(1), previous.start):
            return None  # "said Joshua Osagie, a cocoa farmer from Edo state": the farmer is named
        if QUOTE_MARKS.search(self.text, role.start(), verbs[-1].start()):
            return None  # '"… contact with both their parents, …", they said': words of the quote, not its speaker
        return " ".join(role.group(1).split())


def before_start(text: str, sentence_start: int, quote_start: int) -> int:
    """Where to look back from for a quote's speaker: its sentence's start, but at most
    SPEAKER_WINDOW characters back, so a quote late in a huge sentence costs no more than the look
    after it; cut at a word's start, so that 'thread' cannot become 'read'. (No quote in the
    annotated and BBC texts has more than 278 characters of its sentence before it.)"""
    start = min(sentence_start, quote_start)
    if quote_start - start <= SPEAKER_WINDOW:
        return start
    space = WHITESPACE.search(text, quote_start - SPEAKER_WINDOW - 1, quote_start)
    return space.end() if space else quote_start


def own_attribution(context: Context, span: QuoteSpan, sentence_start: int) -> Attribution | None:
    """The speaker the quote's own sentence gives it; None when nothing there attributes it.

    The words before the quote are read first: a quote inside a clause ("Mr Blair said that … it
    would mean "…"") belongs to that clause's verb, even when another attribution follows it."""
    text = context.text
    look_from = before_start(text, sentence_start, span.start)
    # not a title's point: "According to Prof. Anselm Gutiérrez, … the court "…"" is his, not the last speaker's
    ends = [m.end() for m in SENTENCE_END.finditer(text, look_from, span.start + 1)
            if not (text[m.start() - 1] == "." and is_abbreviation(text, m.start() - 1))]
    look_from = ends[-1] if ends else look_from  # 'Analysts said so. "…," said Al Bo', read as one sentence
    found = _before(context, look_from, span.start)
    if found is not None:
        return found
    if (given := PASSIVE_BY.match(text, span.end)) and (named := context.between(given.end(), given.end() + 80)) \
            and re.fullmatch(r"(?:[\w'’.-]+\s+){0,3}", text[given.end():named[0].start]):
        return _as_speaker(context, given.end(), named, 0)  # '"no more than 300 tonnes" put out by Helion'
    following = text[span.end:span.end + SPEAKER_WINDOW] + " "
    after_end = span.end + _clause_end(following)
    if span.text.endswith((".", "!", "?")) and re.match(r"\s*[A-Z]", following):
        return None  # the quote closed its sentence: what follows is a new sentence
    found = _after(context, span.end, after_end, look_from)
    if found is None:
        return None
    inner = _inner_subject(context, look_from, span.start)
    if inner:  # 'Government guidance said e-mails served "no purpose", Mr Thomas said': the guidance's words
        return Attribution(None, None, f"not named: {inner}")
    return replace(found, after=True)


def _clause_end(following: str) -> int:
    """Where the words after a quote end: at the next quotation mark, or the end of a sentence that
    is no abbreviation's point ('," said Dr. Alexandru Neagu, president of …': not at "Dr.")."""
    for found in AFTER_QUOTE_END.finditer(following):
        at = found.start()
        if not (following[at - 1:at] == "." and is_abbreviation(following, at - 1)):
            return at
    return len(following)


def _inner_subject(context: Context, start: int, quote_start: int) -> str | None:
    """The words before a speech verb ahead of the quote, when they name no one ("Government guidance
    said …"): the quote is inside what they said, whoever reports it after the quote."""
    text = context.text
    verbs = [v for v in speech_verbs(text, start, quote_start) if not non_finite(text, v, start)]
    if not verbs:
        return None
    verb = verbs[-1].start()
    if re.search(r"[.!?][\"”’]?\s", text[verb:quote_start]):
        return None  # the verb's sentence ended before the quote
    clause = start + max((m.end() for m in re.finditer(r"[,;:]", text[start:verb])), default=0)
    words = text[clause:verb].split()
    phrase = " ".join(words)
    if not 1 <= len(words) <= 4 or context.between(clause, verb) or CLAUSE_WORD.search(phrase) \
            or re.search(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e)\b", phrase):
        return None
    return phrase


def _before(context: Context, start: int, quote_start: int) -> Attribution | None:
    """'Mr X said: "…"', 'X, saying: "…"', 'Title Name: "…"' (no verb, as match reports do)."""
    text = context.text
    verbs = speech_verbs(text, start, quote_start)
    if not verbs:
        named = context.between(start, quote_start)
        if named and TITLE_COLON.fullmatch(text, named[-1].end, quote_start):
            return _as_speaker(context, start, named, len(named) - 1)
        if named and named[0].entity.type == "person" and COLON_BEFORE.search(text, start, quote_start) \
                and TITLES_ONLY.fullmatch(text, start, named[0].start) \
                and not PASSIVE.search(text, named[0].end, quote_start):
            # "Bishop Emmanuel Tchouta put it better than any politician: "…"": the sentence's subject (not
            # "A photograph of Prince Harry … under the headline:", nor "Kevin Donnellon was asked:")
            return _as_speaker(context, start, named, 0)
        return None
    if verbs[-1].group().lower() == "according to":  # "According to Dr Nowell, the move "was …""
        return _inverted(context, verbs[-1], quote_start, start)
    last = verbs[-1]
    finite = [v for v in verbs if not non_finite(text, v, start)]
    if finite and finite[-1] is not last and (own := _with_subject(context, start, last.start())) is not None:
        return own  # "Berlin welcomed the decision, with finance minister Hans Eichel saying …": Eichel's words
    # "…, he told the court, saying": told's subject; "said it was wrong to suggest …": said's
    if finite and finite[-1] is not last:
        return speaker_of(context, start, finite[-1].start()) or speaker_of(context, start, last.start())
    if len(finite) > 1 and finite[-1] is last and re.search(r"\band\s+$", text[finite[-2].end():last.start()]):
        # "Anna, speaking in English, said they were well and asked their governments to "…"": one subject
        return speaker_of(context, start, last.start()) or speaker_of(context, start, finite[-2].start())
    if not finite and re.search(r",\s*$", text[start:last.start()]):
        # "The police arrested X …, and the minister has been on television since, promising": the
        # subject of the clause the verb ends, when a clause of its own opens after the sentence's
        joined = [m.end() for m in CLAUSE_JOINED.finditer(text, start, last.start())]
        if joined and (found := _opener(context, joined[-1], context.between(joined[-1], last.start()))):
            return found
        # "Mr Boateng served on the council until 1987, declaring": the sentence's subject, not the nearest name
        return _opener(context, start, context.between(start, last.start())) or speaker_of(context, start, last.start())
    return speaker_of(context, start, last.start())


def _after(context: Context, start: int, end: int, sentence_start: int) -> Attribution | None:
    """'"…," Mr X said', '"…," said Mr X', '"…," he said', '"…," the chairman added'.

    A pronoun there points before the sentence: 'Mr Sullivan "made decisions," he said' is not
    Mr Sullivan speaking."""
    text = context.text
    verbs = speech_verbs(text, start, end)
    if not verbs:
        return None
    if re.fullmatch(r"[\s,.;:!?—–-]*", text[start:verbs[0].start()]):
        return _inverted(context, verbs[0], end, sentence_start)
    if re.search(r",\s*$", text[start:verbs[0].start()]):  # '"…" once he saw it, said Mr Blair': Mr Blair
        found = _inverted(context, verbs[0], end, sentence_start)
        if found is not None:
            return found
    return speaker_of(context, start, verbs[0].start(), sentence_start)


def _with_subject(context: Context, start: int, verb_start: int) -> Attribution | None:
    """The subject a verb in -ing has of its own, after 'with': 'with finance minister Hans Eichel
    saying'."""
    named = context.between(start, verb_start)
    if not named or not re.fullmatch(r"\s+", context.text[named[-1].end:verb_start]) \
            or not WITH_BEFORE.search(context.text, max(start, named[-1].start - 40), named[-1].start):
        return None
    return _as_speaker(context, start, named, len(named) - 1)


def _inverted(context: Context, verb: re.Match[str], end: int, sentence_start: int) -> Attribution | None:
    """The speaker named just after its verb: 'said Mr X', 'said a spokesman for IBM', 'said he'."""
    if not INVERTS.fullmatch(verb.group()):
        return None  # "told Mr X" names a listener
    text = context.text
    pronoun = re.match(r"\s*([Hh]e|[Ss]he)\b", text[verb.end():end])
    if pronoun:
        return context.resolve(pronoun.group(1), min(sentence_start, verb.start()))
    named = context.between(verb.end(), end)
    if named:
        lead = text[verb.end():named[0].start]
        if len(lead.split()) <= 5 and not CLAUSE_WORD.search(lead) and not re.search(r"[.;:]", _unabbreviated(lead)):
            return _inverted_name(context, verb.end(), named)
        if ROLE_THEN_NAME.fullmatch(_unabbreviated(lead)):  # 'said the Director of the Institute, Dr Aurel Danescu'
            return _inverted_name(context, verb.end(), named)
    role = UNNAMED.match(text, verb.end() + 1, end)
    if role:
        return context.unnamed(role.group("who"), verb.start())
    run = RUN_AFTER.match(text, verb.end(), end)  # "said Councillor Ann Bo", Ann Bo not found as a person
    return _unrecognised(context, run.group(1), verb.start()) if run else None


def _unabbreviated(text: str) -> str:
    """The text with the points of its abbreviations left out ("said Dr. Alexandru Neagu": the point
    ends no clause between the verb and the name), as the sentence splitter reads them."""
    return "".join(c for i, c in enumerate(text) if not (c == "." and is_abbreviation(text, i)))


def _unrecognised(context: Context, run: str, offset: int) -> Attribution | None:
    """A speaker in capitals that is no person or organisation found ("Fosters said", "said
    Councillor Ann Bo"): someone the sentence names, so no earlier voice, but not one to link to;
    "Analysts said" is an unnamed speaker, "It said" or "Others said" none."""
    words = run.split()
    while words and words[0] in NOT_A_NAME:
        words.pop(0)
    if not words:
        return None
    phrase = " ".join(words)
    if ROLE_AT_END.search(phrase) or ROLE_FOR.search(phrase):  # "Analysts", "Labour MP for Birkenhead"
        return context.unnamed(phrase, offset)
    person = surname_holder(context.index, words)
    if person is not None:  # "Mr German said", the mention missed, and one Mike German in the text
        return Attribution(person.id, person.name, NAMED)
    return Attribution(None, None, f"{UNRECOGNISED}: {phrase}")


def _inverted_name(context: Context, start: int, named: list[MentionAt]) -> Attribution | None:
    """'said an IMF official': no one named; 'said ABN Amro's Eddie Wong', 'said Acme analyst Al Bo':
    the person after the organisation."""
    text, first = context.text, named[0]
    if len(named) > 1 and named[1].entity.type == "person" \
            and OWNER_ROLE_SET_OFF.fullmatch(text, first.end, named[1].start):
        return _as_speaker(context, start, named, 1)  # "said Vilkas's deputy, Mr Teodor Ilić": the deputy
    if first.entity.type == "organisation":
        # "said ABN Amro's Eddie Wong"; "said the Chairperson of the Commission, Mr Théodore de Souza"
        if len(named) > 1 and named[1].entity.type == "person" \
                and re.fullmatch(r"(?:['’]s?)?(?:\s+[\w-]+){0,3}\s+|,\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s+)?",
                                 text[first.end:named[1].start]):
            return _as_speaker(context, start, named, 1)
        role = ROLE_AFTER.match(text, first.end)
        if role:
            return _through(first.entity, role.group().strip(), _phrase(text, first.start, role.end()))
    return _as_speaker(context, start, named, 0)


# Someone's role, then its holder set off: "Vilkas's deputy, Mr Teodor Ilić" (the holder speaks, not the owner)
OWNER_ROLE_SET_OFF = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,3}}?{ROLE}\s*,\s+"
                                r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Gen)\.?\s+)?", re.IGNORECASE)
# A speaker the sentence says it does not name: "A regulator, speaking on condition of anonymity, said", "one
# of the people, who asked not to be identified, said", "an official who spoke anonymously told": no one the
# text names, nor the last voice quoted
ANONYMOUS = re.compile(r",?\s*(?:who\s+(?:was\s+|were\s+)?)?(?:(?:speaking|spoke|talking|talked)\s+(?:on|under)\s+"
                       r"(?:the\s+)?(?:condition|grounds)\s+of\s+anonymity|(?:speaking|spoke|talking|talked)\s+"
                       r"anonymously|(?:asked|declined|did\s+not\s+(?:want|wish)|refused|requested)\s+(?:not\s+)?"
                       r"to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\s+of\s+anonymity)\b",
                       re.IGNORECASE)
INDEFINITE = re.compile(r"(?:a|an|one|another)\s", re.IGNORECASE)
PLACED = re.compile(r"\s+(?:in|from|at)\s+[A-Z]")  # "one senior banker in Port Caldra"
ANONYMOUS_LEAD = re.compile(r"^\W*(?:(?:As|But|And|Yet|So|However|Then|Later|Now)\s+)?", re.IGNORECASE)


def _anonymous(context: Context, start: int, verb_start: int, named: list[MentionAt]) -> Attribution | None:
    """A speaker the clause before the verb says is not named (ANONYMOUS), given by the words before
    that; None when there is no such cue, or a person is named before it (whose words they are)."""
    cue = ANONYMOUS.search(context.text, start, verb_start)
    if cue is None or any(m.entity.type == "person" and m.start < cue.start() for m in named):
        return None
    clause = context.text[start:cue.start()]
    clause = clause[ANONYMOUS_LEAD.match(clause).end():]  # type: ignore[union-attr]
    words = re.split(r"[,;:]\s*", clause.strip())[-1].split()
    phrase = " ".join(words[-6:]) or "someone"
    return Attribution(None, None, f"not named: {phrase}")


# a name of two words or more, then the office a comma sets off after it (not "… of 11 June, a spokesman")
NAME_SET_OFF = re.compile(r"[A-Z][\w'’.-]*\s+[A-Z][\w'’.-]*,\s*$")


def speaker_of(context: Context, start: int, verb_start: int, pronoun_from: int | None = None) -> Attribution | None:
    """Who the speech verb at verb_start belongs to, looking back to start; a pronoun there is
    resolved from pronoun_from back when given."""
    text = context.text
    named = context.between(start, verb_start)
    if (anonymous := _anonymous(context, start, verb_start, named)) is not None:
        return anonymous
    if named:
        found = _named_subject(context, start, named, verb_start)
        if found is not None:
            return found
    placed = UNNAMED_BEFORE_VERB.search(text, start, verb_start)
    if placed and PLACED.match(text, placed.end(1)) and \
            all(m.entity.type == "place" for m in named if m.start >= placed.start()):
        # "As one senior banker in Port Caldra put it": someone unnamed, where they are
        return context.unnamed(placed.group(1), verb_start)
    gap_start = named[-1].end if named else start
    pronoun = PRONOUN_BEFORE.search(text, gap_start, verb_start)
    if pronoun:  # "At a talk hosted by Mr X, he said": the talk's host is not who "he" is
        if pronoun_from is None:  # 'At a talk hosted by Mr X, he said', 'Mr X "is wrong," he said': not Mr X
            past = INTRO.match(text, start, pronoun.start()) or QUOTE_MARK.search(text, start, pronoun.start())
            pronoun_from = start if past else pronoun.start()
        return context.resolve(pronoun.group(1), pronoun_from)
    it = IT_BEFORE.search(text, gap_start, verb_start)  # "In a statement, it said": no person, nor the last voice
    if it and (found := _it(context, start, it.start())) is not None:
        return found
    if they := THEY_BEFORE.search(text, gap_start, verb_start):  # '"…," they wrote in a note': not the last voice
        unnamed = context.unnamed_speaker_before(they.start())  # "The MPs said …. "…," they said"
        return Attribution(None, None, f"pronoun, resolved to the last speaker: {unnamed}, not named" if unnamed
                           else "not named: they")
    role = ROLE_NEAR_VERB.search(text, gap_start, verb_start)
    if role and role.group("of") and NAME_SET_OFF.search(text, max(start, role.start() - 40), role.start()):
        role = None  # "Alois Rhiel, its minister for economic affairs, added": the name's office, not another voice
    if role:  # "the chairman added": a speaker the text does not name, not the last name before it
        return context.unnamed(role.group("who") + (role.group("of") or ""), verb_start)
    possessed = POSSESSED_NEAR_VERB.search(text, gap_start, verb_start)
    if possessed:  # "his office said": someone of a person's, not the last voice
        return _possessed(context, possessed)
    body = BODY_NEAR_VERB.search(text, max(gap_start - 20, start), verb_start)  # "Iraq's" may be a named place
    if body and not AFTER_PREPOSITION.search(text, max(start, body.start() - 12), body.start()):
        # "Iraq's foreign ministry said it …": its own voice, not the person named before it (but "a member
        # of the Cabinet said" is the member's)
        phrase = " ".join(body.group("who").split())
        holder = body_named(context.index, phrase)
        if holder is not None:
            return Attribution(holder.id, holder.name, f"the one body named with that word: {phrase}")
        unnamed = Attribution(None, None, f"not named: {phrase}")
        if phrase.rsplit(" ", 1)[-1].lower() in STATE_BODIES:
            return unnamed
        sentences = context.paragraph.sentences
        at = bisect.bisect_right(sentences, body.start(), key=lambda s: s.start) - 1
        last = (company_before(context.index, context.paragraph.index, body.start())
                if phrase.rsplit(" ", 1)[-1].lower() in COMPANY_WORDS else None) \
            or body_before(context.index, context.paragraph.index, body.start(), sentences[at].index if at >= 0 else -1)
        fallback = unnamed if last is None else \
            Attribution(last.id, last.name, f"the body the text before it is about: {phrase}")
        return Attribution(None, None, f"a body: {phrase}", body=phrase, body_fallback=fallback)
    aside = ASIDE_BEFORE_VERB.search(text, gap_start, verb_start)  # "Fathi Bo, Libya's oil minister, told"
    run = RUN_BEFORE.search(text, gap_start, aside.start() if aside else verb_start)
    if run and not AFTER_PREPOSITION.search(text, max(start, run.start() - 12), run.start()):
        return _unrecognised(context, run.group(1), verb_start) or _opener(context, start, named)
    return _opener(context, start, named) or _someone_indefinite(context, start, verb_start, named)


# Someone the clause brings in with "a" or "one", by any word ("A receptionist at the company's head office in
# Velgrad said"): no one named, and not the last voice quoted
INDEFINITE_SUBJECT = re.compile(r"\W*(?:(?:But|And|Yet|So|However|Then|Later|Now|Earlier|Meanwhile)\W+)?"
                                r"(?P<who>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,9}?)"
                                r"\s*(?:,[^,;:\"“”]{1,80},)?\s*(?:[a-z]+\s+)?")


def _someone_indefinite(context: Context, start: int, verb_start: int, named: list[MentionAt]) -> Attribution | None:
    """The indefinite subject the clause opens with (INDEFINITE_SUBJECT), when it names no person."""
    found = INDEFINITE_SUBJECT.fullmatch(context.text, start, verb_start)
    if found is None or any(m.entity.type == "person" for m in named):
        return None
    return Attribution(None, None, f"not named: {' '.join(found.group('who').split())}")


def _it(context: Context, start: int, offset: int) -> Attribution | None:
    """Who "it" that speaks at offset is: the body the sentence before opens with; else a person's
    office or a thing that sentence opens with ("Ms Halloran's office", "the letter"), not named;
    else None, for the other readings to say (a body its own sentence names, the last voice: most
    often the body the text is about). Read as a quote going on, "In a statement, it said she had
    resigned "…"" had been the government spokesman's words, the other side of the dispute."""
    bodies = [m for m in context.between(start, offset) if m.entity.type == "organisation"]
    if bodies:  # "BA will suspend the flights - which it says will remain …": the body its own sentence names
        return None
    sentences = context.paragraph.sentences
    at = bisect.bisect_right(sentences, offset, key=lambda s: s.start) - 1
    if at >= 1:
        before = sentences[at - 1]
        named = context.between(before.start, before.end)
        opener = IT_OPENER.match(context.text, before.start)
        if named and named[0].entity.type == "organisation" and named[0].start <= before.start + len("The "):
            return Attribution(named[0].entity.id, named[0].entity.name, "pronoun, resolved to the body the "
                                                                          "sentence before opens with")
        if opener:
            who = " ".join(opener.group("who").split())
            who = "the " + who[4:] if who.startswith("The ") else who
            body = body_named(context.index, who) if who.startswith("the ") else None
            if body is not None:  # "The company said …. It added": the one company the text names
                return Attribution(body.id, body.name, f"pronoun, resolved to the one body named with that word: {who}")
            if not (who.startswith("the ") and who.split()[-1].lower() in PEOPLE_NOUNS):
                return Attribution(None, None, f"not named: {who}")
    return None


def _possessed(context: Context, possessed: re.Match[str]) -> Attribution:
    """ "His statement said": the person "his" points back to, in writing; "his office said", "her
    family said": someone speaking for them or of theirs, whom the text does not name."""
    phrase = " ".join(possessed.group("who").split())
    if DOCUMENT.fullmatch(possessed.group("noun")):
        pronoun = "he" if possessed.group("owner").lower() == "his" else "she"
        person = antecedent(context.index, context.paragraph.index, possessed.start(), pronoun)
        if person is not None:
            return Attribution(person.id, person.name, f"{PRONOUN}, in their {possessed.group('noun')}")
    return Attribution(None, None, f"not named: {phrase}")


def _named_subject(context: Context, start: int, named: list[MentionAt], verb_start: int) -> Attribution | None:
    """The mention right before the verb, past an apposition ("Liam Fox, Tory co-chairman, said";
    "Katrina Bull, a candidate said") or an aside ("Al Bo, who met Ned Kay, said": not Ned Kay)."""
    text = context.text
    aside = _aside(context, start, named, verb_start)
    last = named[-1]
    # "Mr Yoon, Seonhae's chief negotiator, who returned …, described": Mr Yoon, whom the role describes
    apposed = len(named) > 1 and last.entity.type != "person" and named[-2].entity.type == "person" \
        and APPOSED_AFTER.fullmatch(text, named[-2].end, last.start) is not None
    if (aside is None or last.start < aside) and not apposed:
        through = _through_before(context, last, verb_start)
        if through is not None:
            return through
    for at in range(len(named) - 1, -1, -1):  # the nearest whose words up to the verb are short, asides left out
        if aside is not None and named[at].start >= aside:
            continue
        gap = text[named[at].end:verb_start]
        cleaned = PARENTHETICAL.sub(" ", gap + " ")
        # words, not marks: "Dan Muresan, has so far said" is three words to the verb
        if (len(WORDS.findall(cleaned)) <= 3 and not CLAUSE_WORD.search(cleaned) and not POSSESSIVE.match(cleaned)
                and not UNNAMED.search(cleaned)) or APPOSITION.fullmatch(gap):  # not "X, the minister said"
            return _as_speaker(context, start, named, at)
    return None


def _aside(context: Context, start: int, named: list[MentionAt], verb_start: int) -> int | None:
    """Where an aside just before the verb starts (", who met Ned Kay," or " - who chairs … -"), as
    the names in it do not speak; None when there is none, or when it gives the speaker's name after a
    role ("The party's chairman, Al Bo, said")."""
    aside = ASIDE_BEFORE_VERB.search(context.text, start, verb_start)
    if aside is None or named[0].start >= aside.start():
        return None
    if ROLE_AT_END.search(context.text, start, aside.start()) \
            and any(m.entity.type == "person" and m.start >= aside.start() for m in named):
        return None
    return aside.start()


def _through_before(context: Context, last: MentionAt, verb_start: int) -> Attribution | None:
    """Someone speaking for the mention before the verb: "Al Bo's spokesman said", "a Cabinet Office
    spokeswoman said"."""
    text = context.text
    gap = text[last.end:verb_start]
    possessive = POSSESSIVE.match(gap)
    if possessive and gap[:1] in "'’" and re.fullmatch(ROLE, possessive.group(1), re.IGNORECASE):
        return _through(last.entity, possessive.group(1), _phrase(text, last.start, last.end + possessive.end()))
    if possessive and gap[:1] in "'’" and DOCUMENT.fullmatch(possessive.group(1)) \
            and len(gap[possessive.end():].split()) <= 2:  # "Mr Crosby's statement said": Mr Crosby's words
        return Attribution(last.entity.id, last.entity.name, f"{NAMED}, in their {possessive.group(1).lower()}")
    role = ROLE_AFTER.match(gap) if last.entity.type == "organisation" else None
    if role and len(gap[role.end():].split()) <= 2:
        return _through(last.entity, role.group().strip(), _phrase(text, last.start, last.end + role.end()))
    return None


def _as_speaker(context: Context, start: int, named: list[MentionAt], at: int) -> Attribution | None:
    """named[at] as the speaker, unless it is a title ("the film Ray"), the employer of a person
    named just before it ("Nick Van den Brul of BNP Paribas") or of an unnamed one ("a spokesman for
    IBM", "a member of the Cabinet")."""
    text = context.text
    mention = named[at]
    if NOT_A_SPEAKER.search(text, start, mention.start):
        return None
    if relative := RELATIVE_AFTER.match(text, mention.end):
        # "said Dusalev's mother, Roza": the mother speaks, named after her comma or not at all
        if at + 1 < len(named) and named[at + 1].start == relative.end() and named[at + 1].entity.type == "person":
            return Attribution(named[at + 1].entity.id, named[at + 1].entity.name, NAMED)
        return Attribution(None, None, f"not named: {text[mention.start:relative.end('relation')]}")
    if mention.entity.type == "organisation" and at + 1 < len(named) and named[at + 1].entity.type == "person" \
            and ORG_ROLE_PERSON.fullmatch(text, mention.end, named[at + 1].start):
        mention = named[at + 1]  # "Lib Dem chairman Matthew Taylor"
    elif mention.entity.type == "organisation" and at + 1 < len(named) and named[at + 1].entity.type == "person" \
            and APPOSED.fullmatch(text, mention.end, named[at + 1].start) \
            and APPOSITION_ENDS.match(text, named[at + 1].end):
        # "An industry analyst at Nordea, Per Malmberg, said": the person set off after the role is the
        # speaker, not someone unnamed at the body
        return Attribution(named[at + 1].entity.id, named[at + 1].entity.name, NAMED)
    elif mention.entity.type == "organisation" and at > 0 and named[at - 1].entity.type == "person" \
            and re.fullmatch(r"\s+(?:of|at|from)\s+(?:the\s+)?|,\s*(?:(?:the|a|an)\s+)?",
                             text[named[at - 1].end:mention.start]):
        mention = named[at - 1]
    role = ROLE_OF.search(text, start, mention.start)
    if role:
        return _through(mention.entity, role.group(1), _phrase(text, role.start(), mention.end))
    holder = SPEAKS_FOR_HOLDER.search(text, max(start, mention.start - 80), mention.start)
    if holder and mention.entity.type == "person" and holder.group("office").split()[-1].lower() in OFFICES:
        return Attribution(None, None, f"not named: {_phrase(text, holder.start(), mention.end)}")
    initial = INITIAL_AT_END.search(text, mention.start, mention.end)
    rest = INITIAL_THEN_NAME.match(text, mention.end) if initial else None
    if rest:  # "George W. Bush" read as "George W": the name goes on after the initial's full stop
        return Attribution(mention.entity.id, text[mention.start:rest.end()], NAMED)
    return Attribution(mention.entity.id, mention.entity.name, NAMED)


def _through(entity: Entity, noun: str, phrase: str) -> Attribution:
    """A spokesperson speaks for an organisation, which is the speaker; a person's spokesperson or
    aide, or an organisation's chairman, is someone else, left unnamed with the words naming them."""
    if entity.type == "organisation" and THROUGH.search(noun):
        return Attribution(entity.id, entity.name, "named in the sentence, through its spokesperson")
    return Attribution(None, None, f"not named: {phrase}")


def _phrase(text: str, start: int, end: int) -> str:
    """text[start:end] with the article or determiner just before it: "the Conservative leader"."""
    article = re.search(r"\b(?:the|a|an|one|another|his|her|their)\s+$", text[max(0, start - 10):start], re.IGNORECASE)
    return " ".join(text[start - len(article.group()) if article else start:end].split())


def _apposed_opener(context: Context, start: int, named: list[MentionAt]) -> Attribution | None:
    """The first person named, when a role opens the sentence and names them between commas
    (APPOSED_LEAD); the words of the role may name their body ("NUMAW's")."""
    text = context.text
    at = next((i for i, m in enumerate(named) if m.entity.type == "person"), None)
    if at is None or not APPOSED_LEAD.fullmatch(text, start, named[at].start) \
            or not APPOSITION_CLOSES.match(text, named[at].end) \
            or CLAUSE_WORD.search(text, start, named[at].start) or SPEECH_VERB.search(text, start, named[at].start):
        return None
    return _as_speaker(context, start, named, at)


def _opener(context: Context, start: int, named: list[MentionAt]) -> Attribution | None:
    """The sentence's subject, when it opens the sentence and the verb comes later in its clause
    ("Mr Tanguay backed that view on Tuesday, saying:"; "He warned …, saying:")."""
    text = context.text
    if named:
        lead = text[start:named[0].start]
        if "," not in lead and not CLAUSE_WORD.search(lead) and not SPEECH_VERB.search(lead) \
                and not POSSESSIVE.match(text, named[0].end) and not ROLE_OF.search(lead) \
                and not OBJECT_AFTER_VERB.search(lead):
            return _as_speaker(context, start, named, 0)
        return _apposed_opener(context, start, named)
    pronoun = PRONOUN_OPENS.match(text, start)
    if pronoun:
        return context.resolve(pronoun.group(1), start)
    role = UNNAMED_OPENS.match(text, start)
    if role and (owned := OWNED_AFTER.match(text, role.end("who"))):
        # "The prime minister's office repeated …": the office speaks, not the prime minister
        return Attribution(None, None, f"not named: {text[role.start('who'):owned.end()]}")
    if role:
        spoken_for = FOR_BODY.match(text, role.end("who"))  # "A spokeswoman for the trust said:"
        return context.unnamed(text[role.start("who"):spoken_for.end() if spoken_for else role.end("who")], start)
    return None
