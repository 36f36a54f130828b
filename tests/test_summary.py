"""Step 4: the extractive summary: verbatim body sentences, in document order."""

from __future__ import annotations

import pytest
from briefing_site.model import Document
from briefing_site.summary import summarise, summary_length
from briefing_site.text import read_document

DUPLICATE = "The joint office will share security information between the two ministries every week."

TEXT = f"""Border talks resume in the capital

Example Wire
Dec. 26, 2024 • 2 min read

Turkish and Iraqi ministers met in Baghdad to discuss border security and trade.
The ministers agreed to open a joint border security office in the north.

Security at the border

{DUPLICATE}

READ: Officials discussed the border security plan at length yesterday

Trade across the border grew last year, according to the trade ministry figures.

{DUPLICATE}

Is this the end of the long dispute over border security?
"""


@pytest.fixture(scope="module")
def document() -> Document:
    return read_document(TEXT)


def test_fixture_has_the_roles_the_tests_rely_on(document: Document) -> None:
    roles = {p.role for p in document.paragraphs}
    assert {"title", "masthead", "date", "heading", "leftover", "body"} <= roles
    assert [s.text for s in document.body_sentences].count(DUPLICATE) == 2


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5])
def test_summary_picks_body_sentences_in_document_order(document: Document, count: int) -> None:
    chosen = summarise(document, count)
    assert 1 <= len(chosen) <= count
    assert list(chosen) == sorted(set(chosen))
    body = {s.index: s.text for s in document.body_sentences}
    assert all(index in body for index in chosen)
    not_body = {p.text for p in document.paragraphs if p.role not in ("body", "list")}
    assert not any(body[index] in not_body for index in chosen)


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5])
def test_summary_never_repeats_a_sentence(document: Document, count: int) -> None:
    texts = [document.sentences[i].text for i in summarise(document, count)]
    assert len(texts) == len(set(texts))


def test_summary_uses_the_count_when_there_are_enough_sentences(document: Document) -> None:
    assert len(summarise(document, 3)) == 3


def test_summary_leaves_out_questions(document: Document) -> None:
    texts = [document.sentences[i].text for i in summarise(document, 5)]
    assert not any(text.endswith("?") for text in texts)


def test_summary_is_deterministic(document: Document) -> None:
    assert summarise(document, 3) == summarise(read_document(TEXT), 3)


def test_summary_with_only_short_sentences_falls_back_to_the_first() -> None:
    document = read_document("Talks ended. Both sides left. Nobody spoke.\n")
    assert summarise(document, 2) == (0, 1)


def test_summary_of_a_list() -> None:
    document = read_document("Key points\n\n- Ministers agreed a new joint border office.\n"
                             "- Trade between the two countries grew again last year.\n")
    assert summarise(document, 1) in ((0,), (1,))


def test_summary_of_a_document_without_body_sentences_is_empty() -> None:
    """Regression: max() of an empty ranking raised ValueError and stopped build_site."""
    document = read_document("Only a headline here\n")
    assert document.body_sentences == ()
    assert summarise(document, 2) == ()


@pytest.mark.parametrize("words, expected", [
    (0, 2), (249, 2), (250, 3), (499, 3), (500, 4), (899, 4), (900, 5), (20_000, 5),
])
def test_summary_length_follows_document_length(words: int, expected: int) -> None:
    assert summary_length(words, 0) == expected


@pytest.mark.parametrize("configured", [1, 3, 10])
def test_summary_length_configured_wins(configured: int) -> None:
    assert summary_length(100, configured) == configured
    assert summary_length(5_000, configured) == configured
