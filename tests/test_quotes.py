"""Figures and quotes on small literal texts: sources, speakers before and after a quote, pronouns,
which mentions open a sentence, and how far back a speaker is looked for."""

from __future__ import annotations

import re

from briefing_site.figures import extract_figures
from briefing_site.model import Document, Entity, Mention, Paragraph, Sentence
from briefing_site.quotes import (
    SPEAKER_WINDOW,
    _before_start,
    _mentions_by_position,
    _sentence_at,
    extract_quotes,
)


def _document(*paragraphs: list[str]) -> Document:
    """Paragraphs given as their sentences, joined by one space, numbered across the document."""
    built, index = [], 0
    for number, texts in enumerate(paragraphs):
        sentences, offset = [], 0
        for text in texts:
            sentences.append(Sentence(index, number, text, offset, offset + len(text)))
            index, offset = index + 1, offset + len(text) + 1
        built.append(Paragraph(number, " ".join(texts), "body", number + 1, tuple(sentences)))
    return Document(tuple(built))


def _entity(document: Document, name: str, kind: str = "person") -> Entity:
    """An entity mentioned wherever its name stands in the document."""
    mentions = tuple(Mention(s.index, m.start(), m.end(), name)
                     for s in document.sentences for m in re.finditer(rf"\b{re.escape(name)}\b", s.text))
    return Entity(name.lower().replace(" ", "-"), name, kind, (), (), mentions)


def _speakers(document: Document, *names: str, kind: str = "person") -> list[tuple[str, str | None]]:
    quotes = extract_quotes(document, tuple(_entity(document, n, kind) for n in names))
    return [(q.text, q.speaker_name) for q in quotes]


def test_every_figure_of_a_sentence_with_a_source_is_sourced() -> None:
    sourced = _document(["Prices rose 5% and wages 3%, official figures show.", "Rents rose 7%."])
    figures = extract_figures(sourced.sentences)
    assert [(f.text, f.sentence, f.sourced) for f in figures] == [("5%", 0, True), ("3%", 0, True),
                                                                   ("7%", 1, False)]


def test_a_long_list_of_figures_keeps_each_one() -> None:
    document = _document([" ".join(["5%"] * 50) + ", the survey said."])
    figures = extract_figures(document.sentences)
    assert len(figures) == 50 and all(f.sourced and f.text == "5%" for f in figures)


def test_the_speaker_named_after_the_quote() -> None:
    document = _document(['"We will fight on," Al Bo said.'])
    assert _speakers(document, "Al Bo") == [("We will fight on,", "Al Bo")]


def test_the_speaker_named_before_the_quote_is_the_nearest_person() -> None:
    document = _document(['Mara Voss met Al Bo, who said: "We will fight on."'])
    assert _speakers(document, "Mara Voss", "Al Bo") == [("We will fight on.", "Al Bo")]


def test_an_organisation_speaks_when_no_person_is_named() -> None:
    document = _document(['"Prices will rise next year," IBM said.'])
    assert _speakers(document, "IBM", kind="organisation") == [("Prices will rise next year,", "IBM")]


def test_a_pronoun_points_to_the_last_subject_before_the_quote() -> None:
    document = _document(["Al Bo spoke to Mara Voss."], ['"We will fight on," he said.'])
    assert _speakers(document, "Al Bo", "Mara Voss") == [("We will fight on,", "Al Bo")]


def test_a_pronoun_falls_back_to_the_last_person_named_at_all() -> None:
    document = _document(["The crowd cheered Mara Voss."], ['"We will fight on," she said.'])
    assert _speakers(document, "Mara Voss") == [("We will fight on,", "Mara Voss")]


def test_a_quote_without_attribution_keeps_the_last_voice() -> None:
    document = _document(['"We will fight on," Al Bo said.', '"We will win in the end."'])
    assert _speakers(document, "Al Bo") == [("We will fight on,", "Al Bo"), ("We will win in the end.", "Al Bo")]


def test_a_quote_carried_over_paragraphs_is_one_quote() -> None:
    document = _document(['Al Bo said: "We will fight on the beaches'], ['"We shall fight in the fields'],
                         ['"We shall never surrender."'])
    assert _speakers(document, "Al Bo") == [
        ("We will fight on the beaches We shall fight in the fields We shall never surrender.", "Al Bo")]


def test_a_speech_verb_far_back_in_a_long_sentence_is_not_looked_at() -> None:
    # the look back stops SPEAKER_WINDOW characters before the quote, as the look after it does
    near = _document(['Al Bo said that ' + "we " * 20 + '"will go now today"'])
    far = _document(['Al Bo said that ' + "we " * 120 + '"will go now today"'])
    assert _speakers(near, "Al Bo") == [("will go now today", "Al Bo")]
    assert _speakers(far, "Al Bo") == [("will go now today", None)]


def test_the_look_back_starts_at_the_sentence_or_at_a_word_within_the_window() -> None:
    assert _before_start("Al Bo said: ", 0, 12) == 0
    text = "x" * 10 + " thread" * 100
    quote = len(text)
    start = _before_start(text, 0, quote)
    assert quote - SPEAKER_WINDOW <= start < quote and text[start - 1] == " " and text[start:start + 6] == "thread"


def test_a_mention_opens_its_sentence_when_no_two_words_come_before_it() -> None:
    texts = ["Al Bo left.", "Yesterday Al Bo left.", "On Monday Al Bo left.", "Al Bo's party left.",
             "On Monday the crowd, said Al Bo, left.", "On Monday Al Bo has said little."]
    document = _document(texts)
    mentions = _mentions_by_position(document, (_entity(document, "Al Bo"),))
    ranks = {(p, start): rank for p, start, _, _, rank in mentions}
    starts = [s.start + s.text.index("Al Bo") for s in document.sentences]
    assert [ranks[(0, start)] for start in starts] == [1, 1, 0, 0, 1, 1]


def test_the_sentence_at_an_offset_or_the_nearest_one() -> None:
    paragraph = Paragraph(0, "abcd    efgh", "body", 1, (Sentence(0, 0, "abcd", 0, 4), Sentence(1, 0, "efgh", 8, 12)))
    starts = [0, 8]
    assert [_sentence_at(paragraph, starts, offset).index for offset in (0, 3, 4, 5, 7, 8, 11, 20)] == \
        [0, 0, 0, 1, 1, 1, 1, 1]
