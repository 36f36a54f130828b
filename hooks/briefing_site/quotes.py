"""Step 3d: quotes, each with its speaker where the text gives one, and how that speaker was found."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from .model import Document, Entity, Paragraph, Quote, Sentence

QUOTE_MARK = re.compile(r"[\"“”]")
# verbs that give words to their subject: "X said", "X, saying:", "X called for … "…"", "the statement read:"
SPEECH_VERB = re.compile(
    r"\b(?:said|says|say|saying|stated|states|stating|told|tells|telling|added|adds|adding|emphasi[sz]ed|"
    r"stressed|noted|notes|declared|warned|warns|warning|argued|argues|arguing|insisted|insists|insisting|"
    r"explained|explains|explaining|recalled|remembered|wrote|writes|writing|claimed|claims|claiming|"
    r"asked|asks|asking|replied|replies|replying|detailed|points? out|pointed out|pointing out|"
    r"called (?:for|on)|calls (?:for|on)|calling (?:for|on)|urged|urges|urging|suggested|suggests|described|describes|"
    r"admitted|admits|conceded|concedes|accused|accuses|announced|announces|acknowledged|"
    r"commented|responded|retorted|countered|joked|quipped|remarked|observed|vowed|pledged|promised|"
    r"went on|reads?(?=:)|read(?= (?:a|the) statement)|according to)\b")
# "'…,' said Mr X": the verbs that put their speaker after them; "told Mr X" names a listener instead
INVERTS = re.compile(r"said|says|added|adds|asked|asks|wrote|writes|explained|explains|insisted|argued|warned|"
                     r"replied|noted|declared|claimed|stressed|read|according to")
PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+$")  # "she was told:": she heard the words
ROLE = (r"(?:spokes(?:man|woman|person|men|women|people)|official|source|member|aide|insider|analyst|economist|"
        r"minister|MP|leader|chairman|chairwoman|chair|secretary|chancellor|president|chief|boss|head|premier|"
        r"director|executive|manager|adviser|advisor|representative|colleague|friend|ally|critic|campaigner|"
        r"officer|expert|lawyer|coach|captain)s?")  # not "the statement said": that is the last voice's statement
UNNAMED = re.compile(rf"\b(?:the|a|an|one|another|his|her|their|its|some|other|several|many)\s+"
                     rf"(?:[\w'’-]+\s+){{0,3}}?{ROLE}\b", re.IGNORECASE)
ROLE_NEAR_VERB = re.compile(rf"{UNNAMED.pattern}[\w\s,]{{0,12}}$", re.IGNORECASE)
ROLE_OF = re.compile(rf"\b({ROLE})\s+(?:of|for|at|from|to)\s+(?:the\s+)?$", re.IGNORECASE)  # "a spokesman for IBM"
THROUGH = re.compile(r"spokes\w+|office|statement|press|team|camp|aide", re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s?\s+([\w-]+)")
ROLE_AFTER = re.compile(rf"\s+{ROLE}\b", re.IGNORECASE)  # "a Cabinet Office spokeswoman said"
PARENTHETICAL = re.compile(r",[^,]*,|\([^)]*\)|\s[-–—]\s[^-–—]*\s[-–—]\s")  # ", who stepped down …, said"
UNNAMED_BEFORE_VERB = re.compile(rf"((?:\b(?:the|a|an|his|her|its|their)\s+|\b[A-Z][\w-]*\s+[A-Z][\w-]*['’]s\s+)"
                                 rf"(?:[\w-]+\s+){{0,2}}{ROLE})\s+(?:\w+\s+)?$", re.IGNORECASE)
ROLE_AT_END = re.compile(rf"\b{ROLE}\s*$", re.IGNORECASE)
ASIDE_BEFORE_VERB = re.compile(r",[^,]*,\s*$")
CLAUSE_WORD = re.compile(r"\b(?:that|which|whether|when|after|before|because|if|while|and|but|or|as|than|though|"
                         r"although|since|until|where|it|he|she|they|we|I|you|to)\b")
PRONOUN_BEFORE = re.compile(r"\b([Hh]e|[Ss]he)\b(?:\s+[\w'’]+){0,2}\s*,?\s*$")  # "he said", "she has since said"
PRONOUN_OPENS = re.compile(r"\W*(?:(?:But|And|Yet|So|However|Then|Later|Now|Instead|Earlier)\W+)?(He|She)\b")
UNNAMED_OPENS = re.compile(rf"\W*(?:(?:But|And|Yet|So|However|Then|Later|Now|Earlier)\W+)?{UNNAMED.pattern}",
                           re.IGNORECASE)
TITLE_COLON = re.compile(r"\s*(?:\([^)]*\))?\s*:\s*$")  # 'Arsenal boss Arsene Wenger: "…"', as match reports quote
NOT_A_SPEAKER = re.compile(r"\b(?:film|movie|song|album|single|track|play|musical|book|novel|show|series|hit)\s+$",
                           re.IGNORECASE)  # "the film Ray said to …": a title, however it was typed
FEMALE = re.compile(r"(?:Mrs|Ms|Miss|Lady|Dame|Baroness|Queen|Princess)\b")
MALE = re.compile(r"(?:Mr|Sir|Lord|King|Prince)\b")
OBLIQUE = re.compile(r"\b(?:by|to|with|from|for|of|about|against|under)\s+(?:[^\s,]+\s+){0,4}$")
INTRO = re.compile(r"\W*(?:At|In|On|During|After|Before|Speaking|Asked|Writing|Addressing)\b[^.]*,\s*$")
INITIAL_AT_END = re.compile(r"\b[A-Z]$")
INITIAL_THEN_NAME = re.compile(r"\.\s?[A-Z][\w'’-]+")
WHITESPACE = re.compile(r"\s")
SPEAKER_WINDOW = 300  # characters looked at after a quote, and at most before it, for its speaker

NAMED = "named in the sentence"
PRONOUN = "pronoun, resolved to the last person named"
CONTINUED = "continued quote"


@dataclass(frozen=True)
class Attribution:
    speaker: str | None  # entity id
    name: str | None
    how: str


NOT_STATED = Attribution(None, None, "not stated")
UNRESOLVED = Attribution(None, None, "pronoun, unresolved")


def extract_quotes(document: Document, entities: tuple[Entity, ...]) -> tuple[Quote, ...]:
    """Direct quotes, per paragraph so a quote may run over sentences, with their speakers.

    The speaker is the subject of the speech verb beside the quote ("…," Okafor said / Okafor said:
    "…" / said Okafor / Okafor, saying: "…"), a person or an organisation, never a name inside a quote;
    a pronoun ("he said") points back to the first person named in the nearest sentence naming one;
    an unattributed quote takes the attribution after its next part, else the last speaker; a quote
    carried on into the next paragraph is one quote.
    """
    spans = {p.index: quote_spans(p.text) for p in document.paragraphs
             if p.role in ("body", "list") and p.sentences}
    index = _index_mentions(_mentions_by_position(document, entities, spans))
    quotes: list[Quote] = []
    carried: list[list[str]] = []  # each quote's parts, one a paragraph: joined once, as re-joining each is quadratic
    open_quote = False  # the last quote ran to the end of its paragraph without closing
    previous: _Context | None = None
    for paragraph in document.paragraphs:
        if paragraph.index not in spans:
            continue
        context = _Context(paragraph, _mentions_within(index, paragraph.index, 0, len(paragraph.text) + 1), index)
        recent = [c for c in (previous, context) if c is not None and c.paragraph.index >= paragraph.index - 1]
        previous = context
        starts = [s.start for s in paragraph.sentences]
        own = [_own_attribution(context, span, _sentence_at(paragraph, starts, span.start).start)
               for span in spans[paragraph.index]]
        for at, span in enumerate(spans[paragraph.index]):
            if open_quote and span.start == 0 and quotes:
                carried[-1].append(span.text)
            elif len(span.text.split()) >= 3:
                sentence = _sentence_at(paragraph, starts, span.start)
                found = own[at] or _next_part(context.paragraph.text, spans[paragraph.index], own, at) \
                    or _reported_since(recent, quotes[-1] if quotes else None, sentence) \
                    or _last_voice(quotes)
                quotes.append(Quote(span.text, found.speaker, found.name, sentence.index, found.how))
                carried.append([span.text])
            open_quote = not span.closed
    return tuple(replace(quote, text=" ".join(parts)) if len(parts) > 1 else quote
                 for quote, parts in zip(quotes, carried, strict=True))
@dataclass(frozen=True)
class QuoteSpan:
    start: int  # offset of the opening mark in the paragraph
    end: int  # offset after the closing mark (or the paragraph's end)
    text: str
    closed: bool


def quote_spans(text: str) -> list[QuoteSpan]:
    """Quoted passages, telling opening from closing straight quotes by the spaces around them.

    A quote re-opened before it was closed ('… life. "The motive …') ends where the new one
    starts, and one still open at the end of the paragraph runs to it, as news copy does when a
    quote carries on into the next paragraph.
    """
    spans: list[QuoteSpan] = []
    opened: int | None = None
    for mark in QUOTE_MARK.finditer(text):
        at, char = mark.start(), mark.group()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        opening = char == "“" or (char == '"' and (before.isspace() or before in "([—–-:") and not after.isspace())
        closing = char == "”" or (char == '"' and not before.isspace() and (after.isspace() or after in ".,;:!?)—–-'’"))
        if opened is not None and closing:
            spans.append(_span(text, opened, at + 1, closed=True))
            opened = None
        elif opening:
            if opened is not None:
                spans.append(_span(text, opened, at, closed=True))
            opened = at
    if opened is not None:
        spans.append(_span(text, opened, len(text), closed=False))
    return [s for s in spans if s.text]


def _span(text: str, start: int, end: int, *, closed: bool) -> QuoteSpan:
    inner = text[start + 1:end - 1] if closed and text[end - 1] in "\"”" else text[start + 1:end]
    return QuoteSpan(start, end, inner.strip(), closed)


class MentionAt(NamedTuple):
    paragraph: int
    start: int  # offsets in the paragraph
    end: int
    entity: Entity
    sentence: int
    oblique: bool = False  # after a preposition ("hosted by Gordon Brown"): seldom who "he" is


def _mentions_by_position(document: Document, entities: tuple[Entity, ...],
                          spans: dict[int, list[QuoteSpan]]) -> list[MentionAt]:
    """Every person or organisation mention outside quotation marks, in document order: only they
    speak, and a name inside a quote is talked about, not talking."""
    sentences = {s.index: s for s in document.sentences}
    found = []
    for entity in entities:
        if entity.type in ("person", "organisation"):
            for mention in entity.mentions:
                sentence = sentences[mention.sentence]
                start, end = sentence.start + mention.start, sentence.start + mention.end
                if not _inside(spans.get(sentence.paragraph, []), start, end):
                    oblique = bool(OBLIQUE.search(sentence.text, max(0, mention.start - 80), mention.start))
                    found.append(MentionAt(sentence.paragraph, start, end, entity, sentence.index, oblique))
    return sorted(found, key=lambda m: (m.paragraph, m.start, m.end, m.entity.id))


def _inside(spans: list[QuoteSpan], start: int, end: int) -> bool:
    """Whether [start, end) lies within one of the spans, which follow one another without overlapping."""
    at = bisect.bisect_right(spans, start, key=lambda s: s.start) - 1
    return at >= 0 and end <= spans[at].end


@dataclass(frozen=True)
class _MentionIndex:
    """Mentions in document order with their (paragraph, start) keys, and the people among them,
    so that each quote looks its mentions up by bisection instead of scanning them all."""

    mentions: list[MentionAt]
    keys: list[tuple[int, int]]
    people: list[MentionAt]
    people_keys: list[tuple[int, int]]
    gender: dict[str, str]  # entity id → "f", "m" or "" from the titles it is named with


def _index_mentions(mentions: list[MentionAt]) -> _MentionIndex:
    people = [m for m in mentions if m.entity.type == "person"]
    gender = {entity.id: _gender(entity) for entity in {m.entity.id: m.entity for m in people}.values()}
    return _MentionIndex(mentions, _keys(mentions), people, _keys(people), gender)


def _keys(mentions: list[MentionAt]) -> list[tuple[int, int]]:
    return [(m.paragraph, m.start) for m in mentions]


def _gender(entity: Entity) -> str:
    texts = [m.text for m in entity.mentions]
    if any(FEMALE.match(t) for t in texts):
        return "f"
    return "m" if any(MALE.match(t) for t in texts) else ""


def _mentions_within(index: _MentionIndex, paragraph: int, start: int, end: int) -> list[MentionAt]:
    """The mentions of a paragraph starting in [start, end), in order."""
    return index.mentions[bisect.bisect_left(index.keys, (paragraph, start)):
                          bisect.bisect_left(index.keys, (paragraph, end))]


def _antecedent(index: _MentionIndex, paragraph: int, offset: int, pronoun: str) -> Entity | None:
    """Who 'he' or 'she' is: the nearest sentence before offset naming a person who fits the
    pronoun, and in it the first such person, usually its subject ("Dr Fox refused to discuss a
    loan from Lord Ashcroft. 'We repay loans,' he said": Dr Fox); a person named only after a
    preposition ("at a talk hosted by Gordon Brown, he said") is passed over for up to three sentences."""
    unwanted = {"he": "f", "she": "m"}.get(pronoun.lower(), "")
    chosen: MentionAt | None = None
    nearest: MentionAt | None = None  # the first fitting person of the nearest sentence naming one
    sentences, current = 0, -1
    for at in range(bisect.bisect_left(index.people_keys, (paragraph, offset)) - 1, -1, -1):
        mention = index.people[at]
        if unwanted and index.gender[mention.entity.id] == unwanted:
            continue
        if mention.sentence != current:
            if chosen is not None or sentences == 3:
                break
            sentences, current = sentences + 1, mention.sentence
        if sentences == 1:
            nearest = mention
        if not mention.oblique:
            chosen = mention
    found = chosen or nearest
    return found.entity if found else None


@dataclass(frozen=True)
class _Context:
    paragraph: Paragraph
    mentions: list[MentionAt]  # the paragraph's, outside quotes
    index: _MentionIndex

    @property
    def text(self) -> str:
        return self.paragraph.text

    def between(self, start: int, end: int) -> list[MentionAt]:
        """The mentions within [start, end), found by bisection: a paragraph may hold thousands."""
        first = bisect.bisect_left(self.mentions, start, key=lambda m: m.start)
        last = bisect.bisect_left(self.mentions, end, key=lambda m: m.start)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def resolve(self, pronoun: str, offset: int) -> Attribution:
        unnamed = self.unnamed_speaker_before(offset)
        if unnamed:  # "Mr Castro's chief aide said it was needed. "…," he said": the aide
            return Attribution(None, None, f"pronoun, resolved to the last speaker: {unnamed}, not named")
        person = _antecedent(self.index, self.paragraph.index, offset, pronoun)
        return Attribution(person.id, person.name, PRONOUN) if person else UNRESOLVED

    def unnamed_speaker_before(self, offset: int) -> str | None:
        """The words naming an unnamed speaker in the sentence before the one at offset, if its speech
        verb has one ("the Conservative leader said", "Mr Castro's chief aide said")."""
        sentences = self.paragraph.sentences
        at = bisect.bisect_right(sentences, offset, key=lambda s: s.start) - 1
        if at < 1:
            return None
        previous = sentences[at - 1]
        verbs = _speech_verbs(self.text, previous.start, min(previous.end, previous.start + SPEAKER_WINDOW))
        role = UNNAMED_BEFORE_VERB.search(self.text, max(previous.start, verbs[-1].start() - 80),
                                          verbs[-1].start()) if verbs else None
        return " ".join(role.group(1).split()) if role else None


def _sentence_at(paragraph: Paragraph, starts: list[int], offset: int) -> Sentence:
    """The sentence holding offset, else the one starting nearest it (the earlier on a tie).

    starts: the sentences' starts; a paragraph's sentences follow one another without overlapping,
    so only the last one starting at or before offset can hold it, and it or the next is nearest.
    """
    at = bisect.bisect_right(starts, offset) - 1
    if at >= 0 and offset < paragraph.sentences[at].end:
        return paragraph.sentences[at]
    return min(paragraph.sentences[max(at, 0):at + 2], key=lambda s: abs(s.start - offset))


def _before_start(text: str, sentence_start: int, quote_start: int) -> int:
    """Where to look back from for a quote's speaker: its sentence's start, but at most
    SPEAKER_WINDOW characters back, so a quote late in a huge sentence costs no more than the look
    after it; cut at a word's start, so that 'thread' cannot become 'read'. (No quote in the
    annotated and BBC texts has more than 278 characters of its sentence before it.)"""
    start = min(sentence_start, quote_start)
    if quote_start - start <= SPEAKER_WINDOW:
        return start
    space = WHITESPACE.search(text, quote_start - SPEAKER_WINDOW - 1, quote_start)
    return space.end() if space else quote_start


def _speech_verbs(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Speech verbs in text[start:end], but not passive ones ("she was told:" names a listener)."""
    return [v for v in SPEECH_VERB.finditer(text, start, end)
            if not PASSIVE.search(text, max(start, v.start() - 12), v.start())]


def _own_attribution(context: _Context, span: QuoteSpan, sentence_start: int) -> Attribution | None:
    """The speaker the quote's own sentence gives it; None when nothing there attributes it.

    The words before the quote are read first: a quote inside a clause ("Mr Blair said that … it
    would mean "…"") belongs to that clause's verb, even when another attribution follows it."""
    text = context.text
    before_start = _before_start(text, sentence_start, span.start)
    found = _before(context, before_start, span.start)
    if found is not None:
        return found
    following = text[span.end:span.end + SPEAKER_WINDOW] + " "
    after_end = span.end + len(re.split(r"[\"“]|(?<=[.!?])\s", following, maxsplit=1)[0])
    if span.text.endswith((".", "!", "?")) and re.match(r"\s*[A-Z]", following):
        return None  # the quote closed its sentence: what follows is a new sentence
    return _after(context, span.end, after_end, before_start)


def _before(context: _Context, start: int, quote_start: int) -> Attribution | None:
    """'Mr X said: "…"', 'X, saying: "…"', 'Title Name: "…"' (no verb, as match reports do)."""
    text = context.text
    verbs = _speech_verbs(text, start, quote_start)
    if not verbs:
        named = context.between(start, quote_start)
        if named and TITLE_COLON.fullmatch(text, named[-1].end, quote_start):
            return _as_speaker(context, start, named, len(named) - 1)
        return None
    if verbs[-1].group() == "according to":
        return _inverted(context, verbs[-1], quote_start, start)
    if verbs[-1].group().endswith("ing") and len(verbs) > 1:  # "…, he told the court, saying": told's subject
        return _subject(context, start, verbs[-2].start()) or _subject(context, start, verbs[-1].start())
    return _subject(context, start, verbs[-1].start())


def _after(context: _Context, start: int, end: int, sentence_start: int) -> Attribution | None:
    """'"…," Mr X said', '"…," said Mr X', '"…," he said', '"…," the chairman added'.

    A pronoun there points before the sentence: 'Mr Sullivan "made decisions," he said' is not
    Mr Sullivan speaking."""
    text = context.text
    verbs = _speech_verbs(text, start, end)
    if not verbs:
        return None
    if re.fullmatch(r"[\s,.;:!?—–-]*", text[start:verbs[0].start()]):
        return _inverted(context, verbs[0], end, sentence_start)
    return _subject(context, start, verbs[0].start(), sentence_start)


def _inverted(context: _Context, verb: re.Match[str], end: int, sentence_start: int) -> Attribution | None:
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
        if len(lead.split()) <= 5 and not CLAUSE_WORD.search(lead) and not re.search(r"[.;:]", lead):
            return _inverted_name(context, verb.end(), named)
    role = UNNAMED.match(text, verb.end() + 1, end)
    return Attribution(None, None, f"not named: {role.group()}") if role else None


def _inverted_name(context: _Context, start: int, named: list[MentionAt]) -> Attribution | None:
    """'said an IMF official': no one named; 'said ABN Amro's Eddie Wong', 'said Acme analyst Al Bo':
    the person after the organisation."""
    text, first = context.text, named[0]
    if first.entity.type == "organisation":
        if len(named) > 1 and named[1].entity.type == "person" \
                and re.fullmatch(r"(?:['’]s?)?(?:\s+[\w-]+){0,3}\s+", text[first.end:named[1].start]):
            return _as_speaker(context, start, named, 1)
        role = ROLE_AFTER.match(text, first.end)
        if role:
            return _through(first.entity, role.group().strip(), _phrase(text, first.start, role.end()))
    return _as_speaker(context, start, named, 0)


def _subject(context: _Context, start: int, verb_start: int, pronoun_from: int | None = None) -> Attribution | None:
    """Who the speech verb at verb_start belongs to, looking back to start; a pronoun there is
    resolved from pronoun_from back when given."""
    text = context.text
    named = context.between(start, verb_start)
    if named:
        found = _named_subject(context, start, named, verb_start)
        if found is not None:
            return found
    gap_start = named[-1].end if named else start
    pronoun = PRONOUN_BEFORE.search(text, gap_start, verb_start)
    if pronoun:  # "At a talk hosted by Mr X, he said": the talk's host is not who "he" is
        if pronoun_from is None:  # 'At a talk hosted by Mr X, he said', 'Mr X "is wrong," he said': not Mr X
            past = INTRO.match(text, start, pronoun.start()) or QUOTE_MARK.search(text, start, pronoun.start())
            pronoun_from = start if past else pronoun.start()
        return context.resolve(pronoun.group(1), pronoun_from)
    role = ROLE_NEAR_VERB.search(text, gap_start, verb_start)
    if role:  # "the chairman added": a speaker the text does not name, not the last name before it
        return Attribution(None, None, f"not named: {role.group(0).split(',')[0].strip()}")
    return _opener(context, start, named)


def _named_subject(context: _Context, start: int, named: list[MentionAt], verb_start: int) -> Attribution | None:
    """The mention right before the verb, past an apposition ("Liam Fox, Tory co-chairman, said")."""
    text = context.text
    last = named[-1]
    gap = text[last.end:verb_start]
    possessive = POSSESSIVE.match(gap)
    if possessive and gap[:1] in "'’" and re.fullmatch(ROLE, possessive.group(1), re.IGNORECASE):
        return _through(last.entity, possessive.group(1), _phrase(text, last.start, last.end + possessive.end()))
    role = ROLE_AFTER.match(gap) if last.entity.type == "organisation" else None
    if role and len(gap[role.end():].split()) <= 2:  # "a Cabinet Office spokeswoman said"
        return _through(last.entity, role.group().strip(), _phrase(text, last.start, last.end + role.end()))
    aside = ASIDE_BEFORE_VERB.search(text, start, verb_start)  # "Al Bo, who met Ned Kay, said": not Ned Kay
    if aside and (named[0].start >= aside.start() or ROLE_AT_END.search(text, start, aside.start())):
        aside = None  # "The party's chairman, Al Bo, said": the aside names the speaker
    for at in range(len(named) - 1, -1, -1):  # the nearest whose words up to the verb are short, asides left out
        if aside and named[at].start >= aside.start():
            continue
        cleaned = PARENTHETICAL.sub(" ", text[named[at].end:verb_start] + " ")
        if len(cleaned.split()) <= 3 and not CLAUSE_WORD.search(cleaned) and not POSSESSIVE.match(cleaned):
            return _as_speaker(context, start, named, at)
    return None


def _as_speaker(context: _Context, start: int, named: list[MentionAt], at: int) -> Attribution | None:
    """named[at] as the speaker, unless it is a title ("the film Ray"), the employer of a person
    named just before it ("Nick Van den Brul of BNP Paribas") or of an unnamed one ("a spokesman for
    IBM", "a member of the Cabinet")."""
    text = context.text
    mention = named[at]
    if NOT_A_SPEAKER.search(text, start, mention.start):
        return None
    if mention.entity.type == "organisation" and at > 0 and named[at - 1].entity.type == "person" \
            and re.fullmatch(r"\s+(?:of|at|from)\s+(?:the\s+)?|,\s*(?:the\s+)?", text[named[at - 1].end:mention.start]):
        mention = named[at - 1]
    role = ROLE_OF.search(text, start, mention.start)
    if role:
        return _through(mention.entity, role.group(1), _phrase(text, role.start(), mention.end))
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


def _opener(context: _Context, start: int, named: list[MentionAt]) -> Attribution | None:
    """The sentence's subject, when it opens the sentence and the verb comes later in its clause
    ("Mr Tanguay backed that view on Tuesday, saying:"; "He warned …, saying:")."""
    text = context.text
    if named:
        lead = text[start:named[0].start]
        if "," not in lead and not CLAUSE_WORD.search(lead) and not SPEECH_VERB.search(lead) \
                and not POSSESSIVE.match(text, named[0].end) and not ROLE_OF.search(lead):
            return _as_speaker(context, start, named, 0)
        return None
    pronoun = PRONOUN_OPENS.match(text, start)
    if pronoun:
        return context.resolve(pronoun.group(1), start)
    role = UNNAMED_OPENS.match(text, start)
    if role:
        return Attribution(None, None, f"not named: {role.group().strip()}")
    return None


def _next_part(text: str, spans: list[QuoteSpan], own: list[Attribution | None], at: int) -> Attribution | None:
    """A quote re-opened before it closed ('"… . "…," Ms X said'): the attribution after its next part."""
    reopened = text[spans[at].end - 1] not in "\"”"
    if reopened and at + 1 < len(spans) and own[at + 1] is not None and own[at + 1].speaker \
            and re.fullmatch(r"[\s,.;:!?—–-]*", text[spans[at].end:spans[at + 1].start]):
        found = own[at + 1]
        return Attribution(found.speaker, found.name, "named after the quote's next part")
    return None


def _reported_since(contexts: list[_Context], last: Quote | None, sentence: Sentence) -> Attribution | None:
    """Someone named as speaking in the sentences since the last quote, in this paragraph or the one
    before ("Prof Lovenduski, who led the study, said she was shocked. "We expected …""), speaks on."""
    for context in reversed(contexts):
        sentences = context.paragraph.sentences
        since = -1 if last is None else last.sentence
        earlier = sentences[bisect.bisect_right(sentences, since, key=lambda s: s.index):
                            bisect.bisect_left(sentences, sentence.index, key=lambda s: s.index)]
        for previous in reversed(earlier):
            verbs = _speech_verbs(context.text, previous.start, min(previous.end, previous.start + SPEAKER_WINDOW))
            if verbs:
                found = _subject(context, previous.start, verbs[0].start())
                if found is not None and found.speaker:
                    return Attribution(found.speaker, found.name, "the last speaker named before it")
    return None


def _last_voice(quotes: list[Quote]) -> Attribution:
    """A further quote with no attribution of its own: the same voice as the last quote."""
    if quotes and quotes[-1].speaker_how.startswith("not named"):  # "said an IMF official. "…""
        return Attribution(None, None, f"{CONTINUED}; {quotes[-1].speaker_how}")
    if not quotes or quotes[-1].speaker_name is None:
        return NOT_STATED
    return Attribution(quotes[-1].speaker, quotes[-1].speaker_name, CONTINUED)
