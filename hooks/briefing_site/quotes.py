"""Step 3d: quotes, each with its speaker where the text gives one, and how that speaker was found.

This module finds the quoted passages and walks them in document order. Who speaks each one is
found by attribution.py (the quote's own sentence), voices.py (a quote whose sentence names no
speaker), antecedents.py (who may speak, and who a pronoun or a bare title points to) and
speech.py (which words are speech verbs and which name a speaker by role).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from . import transcript
from .antecedents import index_mentions, mentions_by_position, mentions_within
from .attribution import QUOTE_MARK, Context, own_attribution
from .model import Document, Entity, Paragraph, Quote, Sentence
from .voices import attributed_after, between_one_voice, without_own_speaker


def extract_quotes(document: Document, entities: tuple[Entity, ...]) -> tuple[Quote, ...]:
    """Direct quotes, per paragraph so a quote may run over sentences, with their speakers.

    The speaker is the subject of the speech verb beside the quote in its own sentence ("…," Okafor
    said / Okafor said: "…" / said Okafor / Okafor, saying: "…"), a person or an organisation, never a
    name inside a quote; a pronoun ("he said") points back to the person it stands for. A quote whose
    own sentence names no speaker is handled by voices.without_own_speaker. A quote carried on into
    the next paragraph is one quote. A transcript's answers are quotes of their speakers
    (transcript.py), quotation marks inside them the speaker's words too.
    """
    answered, in_answers = transcript.answers(document, entities)
    spans = {p.index: quote_spans(p.text) for p in document.paragraphs
             if p.role in ("body", "list") and p.sentences and p.index not in in_answers}
    index = index_mentions(mentions_by_position(document, entities, spans), document)
    walk = _Walk()
    previous: Context | None = None
    for paragraph in document.paragraphs:
        if paragraph.index in spans:
            # the paragraph before's context, itself without one: no chain of every paragraph held to the end
            before = previous if previous is None or previous.before is None else replace(previous, before=None)
            context = Context(paragraph, mentions_within(index, paragraph.index, 0, len(paragraph.text) + 1), index,
                              before)
            recent = [c for c in (previous, context) if c is not None and c.paragraph.index >= paragraph.index - 1]
            walk.read(context, recent, spans[paragraph.index])
            previous = context
    paragraph_of = {s.index: s.paragraph for s in document.sentences}
    marked = walk.result(paragraph_of)
    if not answered:
        return marked
    named_in: dict[int, set[str]] = {}  # paragraph -> the people and bodies it names
    for entity in entities:
        for mention in entity.mentions:
            named_in.setdefault(paragraph_of.get(mention.sentence, -1), set()).add(entity.id)
    marked = transcript.interviewee_pronouns(marked, answered, paragraph_of, min(in_answers), named_in)
    return tuple(sorted((*marked, *answered), key=lambda q: q.sentence))


@dataclass
class _Walk:
    """The quotes found so far, in document order, with what the next ones need to know."""

    quotes: list[Quote] = field(default_factory=list)
    carried: list[list[str]] = field(default_factory=list)  # each quote's parts, one a paragraph
    phrases: set[int] = field(default_factory=set)  # quoted phrases in the writer's sentences, with no speaker
    voiced: list[Quote] = field(default_factory=list)  # the other quotes: the voice a further quote goes on in
    open_quote: bool = False  # the last quote ran to the end of its paragraph without closing

    def read(self, context: Context, recent: list[Context], spans: list[QuoteSpan]) -> None:
        """The quotes of one paragraph; a part opening it that carries on an open quote joins that quote."""
        paragraph = context.paragraph
        starts = [s.start for s in paragraph.sentences]
        own = [own_attribution(context, span, _sentence_at(paragraph, starts, span.start).start) for span in spans]
        following = attributed_after(own)
        for at, span in enumerate(spans):
            text = span.text
            if at and _resumes(context.text, spans[at - 1], span):  # '"The sirens," Mr Lind said, "are …"'
                if self.quotes and self.carried[-1][-1] == spans[at - 1].text:
                    self.carried[-1][-1:] = [_cut(spans[at - 1].text), f"… {text}"]  # one quote, said once
                    self.open_quote = not span.closed
                    continue
                text = f"{_cut(spans[at - 1].text)} … {text}"  # its first part was too short to be a quote
            if self.open_quote and span.start == 0 and self.quotes:
                self.carried[-1].append(text)
            elif len(text.split()) >= 3:  # "a "fair" deal": a word or two in quotes is no quote
                sentence = _sentence_at(paragraph, starts, span.start)
                found, phrase = own[at], False
                if found is None or found.body:
                    body = found
                    found, phrase = without_own_speaker(context, recent, spans, own, following, at, sentence,
                                                        self.quotes[-1] if self.quotes else None, self.voiced)
                    if body is not None and body.body_fallback is not None and (
                            found.speaker is None or found.speaker in context.index.person_ids):
                        found, phrase = body.body_fallback, False  # "the company said" is no person's voice
                self._add(Quote(text, found.speaker, found.name, sentence.index, found.how), phrase)
            self.open_quote = not span.closed

    def _add(self, quote: Quote, phrase: bool) -> None:
        if phrase:
            self.phrases.add(len(self.quotes))
        else:
            self.voiced.append(quote)
        self.quotes.append(quote)
        self.carried.append([quote.text])

    def result(self, paragraph_of: dict[int, int]) -> tuple[Quote, ...]:
        """The quotes, each phrase between two quotes of one speaker given to that speaker, and the
        parts of each quote joined once (re-joining at each part would be quadratic)."""
        quotes = between_one_voice(self.quotes, self.phrases, paragraph_of)
        return tuple(replace(quote, text=" ".join(parts)) if len(parts) > 1 else quote
                     for quote, parts in zip(quotes, self.carried, strict=True))


# Between the two parts of one quoted sentence: its attribution, after a comma inside the first part
# ('"The sirens," Mr Lind said, "are …"'), and the second part opening in lower case
RESUMING = re.compile(r"\s*[^\"“”.!?]{1,80},\s*")


def _resumes(text: str, first: QuoteSpan, second: QuoteSpan) -> bool:
    """Does the second quoted part go on with the sentence the first began, an attribution between?"""
    opening = text[second.start + 1:second.start + 2]
    return first.closed and first.text.rstrip().endswith(",") and opening.islower() \
        and RESUMING.fullmatch(text, first.end, second.start) is not None


def _cut(part: str) -> str:
    """A quote's first part without the comma the attribution after it needed."""
    return part.rstrip().removesuffix(",")


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


def _sentence_at(paragraph: Paragraph, starts: list[int], offset: int) -> Sentence:
    """The sentence holding offset, else the one starting nearest it (the earlier on a tie).

    starts: the sentences' starts; a paragraph's sentences follow one another without overlapping,
    so only the last one starting at or before offset can hold it, and it or the next is nearest.
    """
    at = bisect.bisect_right(starts, offset) - 1
    if at >= 0 and offset < paragraph.sentences[at].end:
        return paragraph.sentences[at]
    return min(paragraph.sentences[max(at, 0):at + 2], key=lambda s: abs(s.start - offset))

