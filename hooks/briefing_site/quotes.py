"""Step 3d: figures (numbers with unit, qualifier and whether a source is given) and quotes."""

from __future__ import annotations

import re

from .model import Entity, Figure, Quote, Sentence
from .signals import SOURCE_FOR_NUMBER

NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|billions)"
FIGURE = re.compile(
    rf"(?P<qualifier>\b(?:over|nearly|almost|about|around|approximately|roughly|some|more than|less than|"
    rf"fewer than|at least|up to|as many as|as much as|under|just over|just under)\s+)?"
    rf"(?P<value>[$€£]?\d[\d,]*(?:\.\d+)?|\b{NUMBER_WORDS}\b)"
    rf"(?P<unit>\s*(?:%|percent\b|per cent\b)|(?:\s+(?:million|billion|trillion|bn|m))?"
    rf"(?:\s+(?:of\s+)?[a-z][a-z-]+){{1,2}})?",
    re.IGNORECASE,
)
YEAR = re.compile(r"^(?:19|20)\d{2}$")
DATE_CONTEXT = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*$")
UNIT_STOP = {"and", "or", "the", "a", "an", "in", "on", "at", "to", "of", "by", "for", "with", "from",
             "since", "was", "were", "is", "are", "have", "has", "had", "will", "would"}
QUOTE = re.compile(r"[\"“](?P<text>[^\"“”]{12,})[\"”]")
SPEAKER_VERBS = r"(?:said|says|stated|stating|told|added|emphasi[sz]ed|stressed|noted|read|declared|warned)"


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
    unit_words = (match.group("unit") or "").split()
    while unit_words and unit_words[-1].lower() in UNIT_STOP:
        unit_words.pop()
    unit = " ".join(unit_words)
    if YEAR.match(value) and not unit_words[:1] == ["%"]:
        return None  # a year is a date, not a figure
    if DATE_CONTEXT.search(sentence.text[: match.start("value")]):
        return None
    if value.isalpha() and not unit:
        return None  # "one" on its own is rarely a figure
    qualifier = (match.group("qualifier") or "").strip()
    text = " ".join(filter(None, [qualifier, value + ("" if unit.startswith("%") else " " if unit else ""), unit]))
    return Figure(text=text.replace(" %", "%"), value=value, unit=unit, qualifier=qualifier,
                  sentence=sentence.index, sourced=bool(SOURCE_FOR_NUMBER.search(sentence.text)))


def extract_quotes(sentences: tuple[Sentence, ...], entities: tuple[Entity, ...]) -> tuple[Quote, ...]:
    quotes: list[Quote] = []
    for sentence in sentences:
        for match in QUOTE.finditer(sentence.text):
            speaker = _speaker(sentence, match, entities)
            quotes.append(Quote(match.group("text").strip(), speaker.id if speaker else None,
                                speaker.name if speaker else None, sentence.index))
    return tuple(quotes)


def _speaker(sentence: Sentence, match: re.Match[str], entities: tuple[Entity, ...]) -> Entity | None:
    """The person (else organisation) named in the sentence outside the quote, nearest to it."""
    if not re.search(SPEAKER_VERBS, sentence.text[: match.start()] + sentence.text[match.end():]):
        return None
    best: tuple[int, int, Entity] | None = None
    for entity in entities:
        if entity.type not in ("person", "organisation"):
            continue
        for mention in entity.mentions:
            if mention.sentence != sentence.index or match.start() <= mention.start < match.end():
                continue
            distance = min(abs(mention.start - match.end()), abs(match.start() - mention.end))
            rank = 0 if entity.type == "person" else 1
            if best is None or (rank, distance) < best[:2]:
                best = (rank, distance, entity)
    return best[2] if best else None
