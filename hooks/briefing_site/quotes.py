"""Step 3d: quotes, each with its speaker where the text gives one."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from .model import Document, Entity, Paragraph, Quote, Sentence

QUOTE_MARK = re.compile(r"[\"“”]")
SPEAKS_AFTER = re.compile(r",?\s+(?:\w+\s+){0,2}?(?:has |had |have )?(?:said|says|told|added|argued|warned|insisted)\b")
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
ROLE_SUBJECT = re.compile(r"\b(?:the|his|her)\s+(?:[A-Z]\w+\s+){0,2}(?:leader|chairman|chairwoman|minister|"
                          r"secretary|chancellor|president|chief|boss|head|premier)\b")
ISSUED_BY = re.compile(r"\b(?:statement|release|letter|report) (?:issued )?by\b|\bspokes\w+ for\b")
UNNAMED_SPEAKER = re.compile(r"\b(?:a|an|one|another|the)\s+(?:\w+\s+){0,2}(?:spokes(?:man|woman|person)|official|"
                             r"source|member|aide|insider|analyst|economist|minister|MP|guidance|report)\b",
                             re.IGNORECASE)
TWO_WORDS = re.compile(r"\w\s+\w")
WHITESPACE = re.compile(r"\s")
SPEAKER_WINDOW = 300  # characters looked at after a quote, and at most before it, for its speaker
SPEAKER_VERBS = (r"\b(?:said|says|stated|stating|told|tells|added|adds|emphasi[sz]ed|stressed|noted|read|declared|"
                 r"warned|argued|insisted|explained|recalled|remembered|wrote|claimed|asked|replied|detailed|"
                 r"according to)\b")


def extract_quotes(document: Document, entities: tuple[Entity, ...]) -> tuple[Quote, ...]:
    """Direct quotes, per paragraph so a quote may run over sentences, with their speakers.

    The speaker is the person named beside the quote with a speech verb ("…," Okafor said /
    Okafor said: "…"), else an organisation there; a pronoun ("he said") points back to the last
    person named before the quote; a quote carried on into the next paragraph is one quote.
    """
    mentions = _index_mentions(_mentions_by_position(document, entities))
    quotes: list[Quote] = []
    carried: list[list[str]] = []  # each quote's parts, one a paragraph: joined once, as re-joining each is quadratic
    open_quote = False  # the last quote ran to the end of its paragraph without closing
    for paragraph in document.paragraphs:
        if paragraph.role not in ("body", "list") or not paragraph.sentences:
            continue
        starts = [s.start for s in paragraph.sentences]
        for span in quote_spans(paragraph.text):
            if open_quote and span.start == 0 and quotes:
                carried[-1].append(span.text)
            elif len(span.text.split()) >= 3:
                sentence = _sentence_at(paragraph, starts, span.start)
                speaker = _speaker(paragraph, span, sentence.start, mentions)
                if speaker is None:  # a further quote with no attribution of its own: the same voice
                    speaker = (quotes[-1].speaker, quotes[-1].speaker_name) if quotes else (None, None)
                quotes.append(Quote(span.text, speaker[0], speaker[1], sentence.index))
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


MentionAt = tuple[int, int, int, Entity, int]  # paragraph, start, end (offsets in the paragraph), entity, rank


def _mentions_by_position(document: Document, entities: tuple[Entity, ...]) -> list[MentionAt]:
    """(paragraph, start, end, entity, rank) for every person or organisation mention; rank 1 when
    the mention is a sentence's subject or speaks ("…, Michael Howard has said"), else 0."""
    sentences = {s.index: s for s in document.sentences}
    two_words = {s.index: _two_words_end(s.text) for s in document.sentences}  # once a sentence, not a mention
    found = []
    for entity in entities:
        if entity.type in ("person", "organisation"):
            for mention in entity.mentions:
                sentence = sentences[mention.sentence]
                opens = two_words[mention.sentence] > mention.start \
                    and not POSSESSIVE_AFTER.match(sentence.text, mention.end)  # "Mr Blair's government": no
                speaks = bool(SPEAKS_AFTER.match(sentence.text, mention.end)) \
                    or sentence.text[max(0, mention.start - 6):mention.start].rstrip().endswith("said")
                rank = 1 if (opens or speaks) else 0
                found.append((sentence.paragraph, sentence.start + mention.start, sentence.start + mention.end,
                              entity, rank))
    return sorted(found, key=lambda item: (item[0], item[1], item[2], item[3].id))


def _two_words_end(text: str) -> int:
    """Where the sentence's first 'word space word' ends, past the end when it has none: a mention
    starting before it opens the sentence. The first such match ends earliest, so one is enough."""
    pair = TWO_WORDS.search(text)
    return pair.end() if pair else len(text) + 1


@dataclass(frozen=True)
class _MentionIndex:
    """Mentions in document order with their (paragraph, start) keys, and the people among them
    by rank, so that each quote looks its mentions up by bisection instead of scanning them all."""

    mentions: list[MentionAt]
    keys: list[tuple[int, int]]
    people: dict[int, list[MentionAt]]  # by least rank: 1, the subjects and speakers; 0, all
    people_keys: dict[int, list[tuple[int, int]]]


def _index_mentions(mentions: list[MentionAt]) -> _MentionIndex:
    people = {rank: [m for m in mentions if m[3].type == "person" and m[4] >= rank] for rank in (1, 0)}
    return _MentionIndex(mentions, _keys(mentions), people, {rank: _keys(ms) for rank, ms in people.items()})


def _keys(mentions: list[MentionAt]) -> list[tuple[int, int]]:
    return [(m[0], m[1]) for m in mentions]


def _mentions_within(index: _MentionIndex, paragraph: int, start: int, end: int) -> list[MentionAt]:
    """The mentions of a paragraph starting in [start, end), in order."""
    return index.mentions[bisect.bisect_left(index.keys, (paragraph, start)):
                          bisect.bisect_left(index.keys, (paragraph, end))]


def _antecedent(index: _MentionIndex, paragraph: int, offset: int) -> Entity | None:
    """Who 'he' or 'she' is: the last person named as a sentence's subject or as speaking before
    the quote, else the last person named at all."""
    for rank in (1, 0):
        earlier = bisect.bisect_left(index.people_keys[rank], (paragraph, offset))
        if earlier:
            return index.people[rank][earlier - 1][3]
    return None


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


def _speaker(paragraph: Paragraph, span: QuoteSpan, sentence_start: int,
             mentions: _MentionIndex) -> tuple[str | None, str | None] | None:
    """The speaker next to a quote; None when nothing in the sentence attributes it."""
    text = paragraph.text
    following = text[span.end:span.end + SPEAKER_WINDOW] + " "
    after_end = span.end + len(re.split(r"[\"“]|(?<=[.!?])\s", following, maxsplit=1)[0])
    if span.text.endswith((".", "!", "?")) and re.match(r"\s*[A-Z]", following):
        after_end = span.end  # the quote closed its sentence: what follows is a new sentence
    before_start = _before_start(text, sentence_start, span.start)
    for start, end, nearest_last in ((span.end, after_end, False), (before_start, span.start, True)):
        window = text[start:end]
        verb = re.search(SPEAKER_VERBS, window)
        if not verb:
            continue
        here = _mentions_within(mentions, paragraph.index, start, end)
        people = [m for m in here if m[3].type == "person"]
        if people:
            chosen = people[-1] if nearest_last else people[0]
            return chosen[3].id, chosen[3].name
        for _, m_start, m_end, entity, _ in here:  # an organisation as the verb's subject, or "said X"
            if m_end <= start + verb.start():
                between = text[m_end:start + verb.start()]
            elif not re.match(r"(?i)told|tells|asked", verb.group()):  # "told BBC News": a listener
                between = text[start + verb.end():m_start]
                if not (set(between.lower().split()) <= {"the"} or ISSUED_BY.search(between)):
                    continue  # "he wrote in the Times": a venue, not a speaker
            else:
                continue
            if ROLE_SUBJECT.search(text[max(start, m_start - 5):m_end + len(between) + 1]):
                continue  # "the Conservative leader said": the speaker holds a role in it, not the party
            if len(between.split()) <= 2 or ISSUED_BY.search(between):
                return entity.id, entity.name
        if re.search(rf"\b(?:he|she)\b\W+(?:\w+\W+)?{SPEAKER_VERBS}|{SPEAKER_VERBS}\s+(?:he|she)\b", window,
                     re.IGNORECASE) or ROLE_SUBJECT.search(window):
            person = _antecedent(mentions, paragraph.index, span.start)
            if person is not None:
                return person.id, person.name
        if UNNAMED_SPEAKER.search(window):
            return None, None
        return None  # attributed to no one named here ("the statement detailed"): the caller keeps the last voice
    return None
