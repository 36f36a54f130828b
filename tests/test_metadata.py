"""Step 3a: the source card's facts, from declared values, the text, or 'not stated'."""

from __future__ import annotations

import datetime as dt

import pytest
from briefing_site.metadata import extract_metadata, validate_declared
from briefing_site.model import NOT_STATED, Field, RawSeed, SeedError
from briefing_site.text import read_document

WEB_COPY = (
    "Border talks resume in the north\n"
    "\n"
    "Example Wire\n"
    "Dec. 26, 2024 • 2 min read\n"
    "\n"
    "By Jane Doe\n"
    "\n"
    "ERBIL, Kurdistan Region of Iraq - Iraqi officials met on Thursday. They agreed on a plan.\n"
)


def _seed(text: str = WEB_COPY, declared: dict[str, object] | None = None, declared_in: str = "",
          lines: dict[str, int] | None = None) -> RawSeed:
    return RawSeed("story.txt", text, "0" * 64, "utf-8", declared or {}, declared_in, 1, lines or {})


def _metadata(seed: RawSeed):  # type: ignore[no-untyped-def]
    return extract_metadata(seed, read_document(seed.text))


# the cascade and its provenance ------------------------------------------------------------------


def test_values_stated_in_the_text_name_their_line() -> None:
    m = _metadata(_seed())
    assert m.title == Field("Border talks resume in the north", "text, line 1")
    assert m.display_title == "Border talks resume in the north"
    assert m.publisher == Field("Example Wire", "text, line 3")
    assert m.published == Field("2024-12-26", "text, line 4")
    assert m.author == Field("Jane Doe", "text, line 6")
    assert m.dateline == Field("Erbil, Kurdistan Region of Iraq", "text, line 8")
    assert not m.title.declared


def test_missing_values_are_not_stated() -> None:
    m = _metadata(_seed())
    for missing in (m.dek, m.url):
        assert missing.value is None
        assert missing.source == NOT_STATED
        assert missing.shown == NOT_STATED
        assert not missing.declared
    assert m.tags == ()
    assert m.slug is None
    assert m.declared_kind is None


def test_declared_values_win_over_the_text() -> None:
    declared = {"title": "A declared headline", "published": "2024-12-20", "publisher": "Declared Press",
                "url": "https://example.org/story", "tags": ["border", "talks"], "id": "border-talks",
                "kind": "Opinion", "description": "A short dek."}
    m = _metadata(_seed(declared=declared, declared_in="front matter"))
    assert m.title == Field("A declared headline", "front matter")
    assert m.display_title == "A declared headline"
    assert m.published == Field("2024-12-20", "front matter")
    assert m.publisher == Field("Declared Press", "front matter")
    assert m.url == Field("https://example.org/story", "front matter")
    assert m.dek == Field("A short dek.", "front matter")
    assert m.title.declared and m.published.declared
    assert m.tags == ("border", "talks")
    assert m.slug == "border-talks"
    assert m.declared_kind == "opinion"
    # what was not declared still comes from the text
    assert m.author == Field("Jane Doe", "text, line 6")


def test_sidecar_provenance() -> None:
    m = _metadata(_seed(declared={"author": "Sam Writer"}, declared_in="sidecar story.yml"))
    assert m.author == Field("Sam Writer", "sidecar story.yml")
    assert m.author.declared


def test_declared_text_is_collapsed_to_one_line() -> None:
    m = _metadata(_seed(declared={"title": "Two\n  lines"}, declared_in="front matter"))
    assert m.title.value == "Two lines"


def test_display_title_falls_back_to_opening_words() -> None:
    text = "officials met in the capital on a cold morning and talked for a very long time about it.\n"
    m = _metadata(_seed(text))
    assert m.title == Field(None, NOT_STATED)
    assert m.display_title == "officials met in the capital on a cold morning and talked for…"


def test_display_title_short_opening_sentence_has_no_ellipsis() -> None:
    m = _metadata(_seed("officials met in the capital on a cold morning.\n"))
    assert m.title.value is None
    assert m.display_title == "officials met in the capital on a cold morning."


@pytest.mark.parametrize("value, expected", [
    (dt.date(2024, 12, 26), "2024-12-26"),
    (dt.datetime(2024, 12, 26, 9, 30), "2024-12-26"),
    ("2024-12", "2024-12"),
    (2024, "2024"),
    ("Dec. 26, 2024", "2024-12-26"),
])
def test_declared_dates_keep_their_precision(value: object, expected: str) -> None:
    seed = _seed(declared={"date": value}, declared_in="front matter")
    assert validate_declared(seed) == {"date": expected}


def test_null_declared_value_is_skipped() -> None:
    assert validate_declared(_seed(declared={"title": None}, declared_in="front matter")) == {}


# validate_declared errors ------------------------------------------------------------------------


@pytest.mark.parametrize("key, value, message", [
    ("headline", "x", "not a known key"),
    ("title", ["a", "b"], "must be text"),
    ("author", {"name": "x"}, "must be text"),
    ("title", True, "must be text"),
    ("url", "javascript:alert(1)", "http"),
    ("url", "https://example.org/a b", "http"),
    ("slug", "../etc", "lower-case"),
    ("id", "Has Spaces", "lower-case"),
    ("date", "2024-13-45", "not a date"),
    ("date", "2024-02-30", "not a date"),
    ("published", "someday", "not a date"),
    ("kind", "gossip", "must be one of"),
    ("dek", "x" * 501, "longer than 500"),
])
def test_validate_declared_errors_name_the_key_line(key: str, value: object, message: str) -> None:
    seed = _seed(declared={"title": "Fine", key: value}, declared_in="front matter",
                 lines={"title": 2, key: 7})
    with pytest.raises(SeedError, match=message) as caught:
        validate_declared(seed)
    assert caught.value.line == 7
    assert f"'{key}'" in caught.value.message


def test_unknown_key_hint_lists_allowed_keys() -> None:
    seed = _seed(declared={"headline": "x"}, declared_in="sidecar story.yml", lines={"headline": 1})
    with pytest.raises(SeedError) as caught:
        validate_declared(seed)
    assert "title" in caught.value.hint
    assert caught.value.message.startswith("sidecar story.yml")


def test_extract_metadata_validates_too() -> None:
    seed = _seed(declared={"url": "javascript:alert(1)"}, declared_in="front matter", lines={"url": 3})
    with pytest.raises(SeedError) as caught:
        _metadata(seed)
    assert caught.value.line == 3


@pytest.mark.parametrize("text", [
    "A" * 5000 + "\n\nThe ministry said the talks resumed.\n",  # a headline line of 5,000 characters
    ("Headline " * 560).strip() + "\n\nThe ministry said the talks resumed.\n",  # opening words, long
    "Border" + "x" * 5000 + " talks resumed today.\n",  # one enormous opening word
])
def test_titles_read_from_the_text_are_capped_like_declared_ones(text: str) -> None:
    m = _metadata(_seed(text))
    assert len(m.display_title) <= 500
    assert m.title.value is None or (len(m.title.value) <= 500 and m.title.source.endswith("cut to 500 characters"))
    assert m.display_title.endswith("…")


def test_a_declared_title_over_the_cap_is_refused() -> None:
    with pytest.raises(SeedError, match="longer than 500 characters"):
        _metadata(_seed(declared={"title": "x" * 501}, declared_in="front matter"))


def test_opening_words_of_long_words_keep_the_ellipsis() -> None:
    text = " ".join(["Supercalifragilisticexpialidocious"] * 13) + ".\n"
    m = _metadata(_seed(text))
    assert m.display_title == " ".join(["Supercalifragilisticexpialidocious"] * 12) + "…"
