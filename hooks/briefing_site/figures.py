"""Step 3c: figures, numbers with their unit, qualifier and whether a source is given."""

from __future__ import annotations

import re

from .model import Figure, Sentence
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


def extract_figures(sentences: tuple[Sentence, ...]) -> tuple[Figure, ...]:
    figures: list[Figure] = []
    for sentence in sentences:
        sourced = bool(SOURCE_FOR_NUMBER.search(sentence.text))  # once a sentence: per figure, a long list is quadratic
        for match in FIGURE.finditer(sentence.text):
            figure = _figure(sentence, match, sourced)
            if figure:
                figures.append(figure)
    return tuple(figures)


def _figure(sentence: Sentence, match: re.Match[str], sourced: bool) -> Figure | None:
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
                  sentence=sentence.index, sourced=sourced)


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
