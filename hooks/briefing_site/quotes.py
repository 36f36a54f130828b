"""Step 3d: figures (numbers with unit, qualifier and whether a source is given) and quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Document, Entity, Figure, Paragraph, Quote, Sentence
from .signals import SOURCE_FOR_NUMBER
from .terms import STOPWORDS

NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|billions)"
FIGURE = re.compile(
    rf"(?P<qualifier>\b(?:over|nearly|almost|about|around|approximately|roughly|some|more than|less than|"
    rf"fewer than|at least|up to|as many as|as much as|under|just over|just under|just|only|an extra|extra)\s+)?"
    rf"(?P<value>(?<![\w.])[$€£]?\d(?:[\d,]*\d)?(?:\.\d+)?(?:-\d+)?(?:bn|m|tn|k)?\b|\b{NUMBER_WORDS}\b)"
    rf"(?P<unit>\s*(?:%|percent\b|per cent\b)|(?:\s+(?:million|billion|trillion|thirds?|quarters?))?"
    rf"(?:\s+[a-z][a-z-]+){{0,2}})?",
    re.IGNORECASE,
)
YEAR = re.compile(r"^(?:19|20)\d{2}$")
DATE_CONTEXT = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*$")
UNIT_STOPWORDS = STOPWORDS - {"new", "more", "extra"}
MULTIPLIERS = {"million", "billion", "trillion", "thousand", "hundred", "thirds", "third", "quarters", "%"}
COUNTED_WORDS = {"dozens", "hundreds", "thousands", "millions", "billions"}
MONTH_AFTER = re.compile(r"^\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
QUOTE_MARK = re.compile(r"[\"“”]")
SPEAKS_AFTER = re.compile(r",?\s+(?:\w+\s+){0,2}?(?:has |had |have )?(?:said|says|told|added|argued|warned|insisted)\b")
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
ROLE_SUBJECT = re.compile(r"\b(?:the|his|her)\s+(?:[A-Z]\w+\s+){0,2}(?:leader|chairman|chairwoman|minister|"
                          r"secretary|chancellor|president|chief|boss|head|premier)\b")
ISSUED_BY = re.compile(r"\b(?:statement|release|letter|report) (?:issued )?by\b|\bspokes\w+ for\b")
UNNAMED_SPEAKER = re.compile(r"\b(?:a|an|one|another|the)\s+(?:\w+\s+){0,2}(?:spokes(?:man|woman|person)|official|"
                             r"source|member|aide|insider|analyst|economist|minister|MP|guidance|report)\b",
                             re.IGNORECASE)
SPEAKER_VERBS = (r"\b(?:said|says|stated|stating|told|tells|added|adds|emphasi[sz]ed|stressed|noted|read|declared|"
                 r"warned|argued|insisted|explained|recalled|remembered|wrote|claimed|asked|replied|detailed|"
                 r"according to)\b")


def extract_figures(sentences: tuple[Sentence, ...]) -> tuple[Figure, ...]:
    figures: list[Figure] = []
    for sentence in sentences:
        for match in FIGURE.finditer(sentence.text):
            figure = _figure(sentence, match)
            if figure:
                figures.append(figure)
    return tuple(figures)


def _figure(sentence: Sentence, match: re.Match[str]) -> Figure | None:
    value = match.group("value")
    unit = _unit((match.group("unit") or "").split())
    if value.lower() in COUNTED_WORDS and not unit:  # "dozens of memoranda"
        counted = re.match(r"\s+of\s+([a-z][a-z-]+)", sentence.text[match.end("value"):match.end("value") + 40])
        unit = f"of {counted.group(1)}" if counted else ""
    after = sentence.text[match.end("value"):match.end("value") + 20]
    if YEAR.match(value) and not unit.startswith("%"):
        return None  # a year is a date, not a figure
    if DATE_CONTEXT.search(sentence.text[max(0, match.start("value") - 12):match.start("value")]) \
            or MONTH_AFTER.match(after):
        return None  # the day of a date
    qualifier = (match.group("qualifier") or "").strip()
    if value.isalpha() and not (qualifier or unit.split(" ")[0] in MULTIPLIERS or value.lower() in COUNTED_WORDS):
        return None  # "the two countries": a number word without a quantity is not a figure
    number = value + (unit if unit == "%" else f" {unit}" if unit else "")
    text = f"{qualifier} {number}".strip()
    return Figure(text=text, value=value, unit=unit, qualifier=qualifier,
                  sentence=sentence.index, sourced=bool(SOURCE_FOR_NUMBER.search(sentence.text)))


def _unit(words: list[str]) -> str:
    """'% ', 'million tonnes', 'new jobs': up to two words, cut at the first function word."""
    if words[:1] in (["%"], ["percent"], ["per"]):
        return "%"
    kept: list[str] = []
    limit = 3 if words[:1] and words[0].lower() in MULTIPLIERS else 2
    for word in words[:limit]:
        if word.lower() in UNIT_STOPWORDS or (kept and kept[-1].endswith("s") and kept[-1] not in MULTIPLIERS):
            break  # "bases", not "bases amid"; but "military bases"
        kept.append(word)
    return " ".join(kept)


def extract_quotes(document: Document, entities: tuple[Entity, ...]) -> tuple[Quote, ...]:
    """Direct quotes, per paragraph so a quote may run over sentences, with their speakers.

    The speaker is the person named beside the quote with a speech verb ("…," Okafor said /
    Okafor said: "…"), else an organisation there; a pronoun ("he said") points back to the last
    person named before the quote; a quote carried on into the next paragraph is one quote.
    """
    mentions = _mentions_by_position(document, entities)
    quotes: list[Quote] = []
    open_quote = False  # the last quote ran to the end of its paragraph without closing
    for paragraph in document.paragraphs:
        if paragraph.role not in ("body", "list") or not paragraph.sentences:
            continue
        for span in quote_spans(paragraph.text):
            if open_quote and span.start == 0 and quotes:
                last = quotes[-1]
                quotes[-1] = Quote(f"{last.text} {span.text}", last.speaker, last.speaker_name, last.sentence)
            elif len(span.text.split()) >= 3:
                speaker = _speaker(paragraph, span, mentions)
                if speaker is None:  # a further quote with no attribution of its own: the same voice
                    speaker = (quotes[-1].speaker, quotes[-1].speaker_name) if quotes else (None, None)
                quotes.append(Quote(span.text, speaker[0], speaker[1], _sentence_at(paragraph, span.start).index))
            open_quote = not span.closed
    return tuple(quotes)


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


def _mentions_by_position(document: Document,
                          entities: tuple[Entity, ...]) -> list[tuple[int, int, int, Entity, int]]:
    """(paragraph, start, end, entity, rank) for every person or organisation mention; rank 1 when
    the mention is a sentence's subject or speaks ("…, Michael Howard has said"), else 0."""
    sentences = {s.index: s for s in document.sentences}
    found = []
    for entity in entities:
        if entity.type in ("person", "organisation"):
            for mention in entity.mentions:
                sentence = sentences[mention.sentence]
                opens = not re.search(r"\w\s+\w", sentence.text[:mention.start]) \
                    and not POSSESSIVE_AFTER.match(sentence.text, mention.end)  # "Mr Blair's government": no
                speaks = bool(SPEAKS_AFTER.match(sentence.text, mention.end)) \
                    or sentence.text[max(0, mention.start - 6):mention.start].rstrip().endswith("said")
                rank = 1 if (opens or speaks) else 0
                found.append((sentence.paragraph, sentence.start + mention.start, sentence.start + mention.end,
                              entity, rank))
    return sorted(found, key=lambda item: (item[0], item[1], item[2], item[3].id))


def _antecedent(mentions: list[tuple[int, int, int, Entity, int]], paragraph: int, offset: int) -> Entity | None:
    """Who 'he' or 'she' is: the last person named as a sentence's subject or as speaking before
    the quote, else the last person named at all."""
    earlier = [m for m in mentions if (m[0], m[1]) < (paragraph, offset) and m[3].type == "person"]
    for rank in (1, 0):
        ranked = [m for m in earlier if m[4] >= rank]
        if ranked:
            return ranked[-1][3]
    return None


def _sentence_at(paragraph: Paragraph, offset: int) -> Sentence:
    for sentence in paragraph.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return min(paragraph.sentences, key=lambda s: abs(s.start - offset))


def _speaker(paragraph: Paragraph, span: QuoteSpan,
             mentions: list[tuple[int, int, int, Entity, int]]) -> tuple[str | None, str | None] | None:
    """The speaker next to a quote; None when nothing in the sentence attributes it."""
    text = paragraph.text
    following = text[span.end:span.end + 300] + " "
    after_end = span.end + len(re.split(r"[\"“]|(?<=[.!?])\s", following, maxsplit=1)[0])
    if span.text.endswith((".", "!", "?")) and re.match(r"\s*[A-Z]", following):
        after_end = span.end  # the quote closed its sentence: what follows is a new sentence
    before_start = min(_sentence_at(paragraph, span.start).start, span.start)
    for start, end, nearest_last in ((span.end, after_end, False), (before_start, span.start, True)):
        window = text[start:end]
        verb = re.search(SPEAKER_VERBS, window)
        if not verb:
            continue
        here = [m for m in mentions if m[0] == paragraph.index and start <= m[1] < end]
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
