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
    assert m.display_title == "officials met in the capital on a cold morning and talked…"


@pytest.mark.parametrize("sentence, expected", [
    # no clause boundary: back off the function words at the cut ("… to a")
    ("Port workers in the south have voted to hold a strike over pay next month.",
     "Port workers in the south have voted to hold a strike…"),
    # the last clause boundary that keeps half the words: comma, semicolon, colon, spaced dash, em dash
    ("The river rose overnight in the valley towns, and farmers moved their herds to higher ground.",
     "The river rose overnight in the valley towns…"),
    ("The council met twice this week to debate the budget; members then voted against the plan.",
     "The council met twice this week to debate the budget…"),
    ("The mayor gave one reason for the delay in the works: the contractor went bankrupt in May.",
     "The mayor gave one reason for the delay in the works…"),
    ("Three new clinics opened in the eastern districts last year - a first for the region.",
     "Three new clinics opened in the eastern districts last year…"),
    ("Three new clinics opened in the eastern districts last year—a first for the whole region.",
     "Three new clinics opened in the eastern districts last year…"),
    # a boundary too early to keep half the words is passed over
    ("Yesterday, the committee of the northern province approved a plan for the new bridge.",
     "Yesterday, the committee of the northern province approved a plan…"),
    # a boundary that leaves a function word at the end: back off it too
    ("Ministers said on Monday that the new bridge across the river, which opened in May, is safe.",
     "Ministers said on Monday that the new bridge across the river…"),
    # neither a range's en dash nor a hyphen in a word is a boundary
    ("Sales of the small cars rose in 2019–2020 across the eastern regions of the country.",
     "Sales of the small cars rose in 2019–2020 across the eastern regions…"),
    # a comma inside a number is no boundary
    ("Some 1,500 teachers in the capital joined the march against the proposed cuts to schools.",
     "Some 1,500 teachers in the capital joined the march against the proposed…"),
])
def test_opening_words_end_at_a_clause_boundary_or_a_content_word(sentence: str, expected: str) -> None:
    assert _metadata(_seed(sentence + "\n")).display_title == expected


def test_opening_words_never_end_on_a_function_word() -> None:
    text = "In the town of the north of the land of the lakes and of the hills we met.\n"
    title = _metadata(_seed(text)).display_title
    assert title == "In the town of the north of the land of the lakes…"


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


@pytest.mark.parametrize(("first", "second", "field"), [("date", "published", "date"), ("published", "date", "date"),
                                                     ("slug", "id", "slug"), ("dek", "description", "dek")])
def test_one_field_declared_under_two_keys_is_refused(first: str, second: str, field: str) -> None:
    """'date' and 'published' declare one field: the later one won, silently, as a repeated key would."""
    value = "2024-06-30" if field == "date" else "second-slug" if field == "slug" else "Second"
    seed = _seed(declared={first: value, second: value}, declared_in="front matter", lines={first: 2, second: 3})
    with pytest.raises(SeedError, match=f"declares the {field} again") as caught:
        validate_declared(seed)
    assert caught.value.line == 3 and f"'{first}' already does" in caught.value.message


def test_an_unknown_key_is_named_visibly_and_briefly() -> None:
    key = "x\n\x1b[31m\u202e" + "k" * 500
    with pytest.raises(SeedError, match="not a known key") as caught:
        validate_declared(_seed(declared={key: "v"}, declared_in="front matter"))
    assert not any(c in caught.value.message for c in "\n\x1b\u202e") and len(caught.value.message) < 200


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


# datelines -----------------------------------------------------------------------------------------


def test_dateline_after_a_standfirst_is_read() -> None:
    text = ("Bridge reopens after repairs\n\n"
            "The crossing had been shut for a year after the spring floods.\n\n"
            "ROSTOV, Southern Province – Engineers reopened the bridge on Friday.\n")
    assert _metadata(_seed(text)).dateline == Field("Rostov, Southern Province", "text, line 5")


def test_dateline_deep_in_the_body_is_not_one() -> None:
    paragraphs = [f"Paragraph {n} of the report says little." for n in range(3)]
    text = "Bridge reopens\n\n" + "\n\n".join([*paragraphs, "ROSTOV – Engineers reopened the bridge."]) + "\n"
    assert _metadata(_seed(text)).dateline == Field(None, NOT_STATED)


def test_agency_credited_in_the_dateline_is_the_publisher_when_none_is_stated() -> None:
    text = "Bridge reopens\n\nPORT TOWN (Northwire) — Engineers reopened the bridge on Friday.\n"
    m = _metadata(_seed(text))
    assert m.dateline == Field("Port Town", "text, line 3")
    assert m.publisher == Field("Northwire", "text, line 3, dateline")


@pytest.mark.parametrize(("dateline", "published"), [
    ("PORT TOWN, Aug. 10, 2024 (Northwire) –", "2024-08-10"), ("HILL CITY, 5 March 2024 -", "2024-03-05"),
    ("HILL CITY, May 3 (Northwire) -", None)])  # no year: no publication date
def test_a_dateline_with_a_full_date_dates_the_report(dateline: str, published: str | None) -> None:
    m = _metadata(_seed(f"Bridge reopens\n\n{dateline} Engineers reopened the bridge on Friday.\n"))
    assert m.published == (Field(published, "text, line 3, dateline") if published else Field(None, NOT_STATED))


def test_a_place_in_the_datelines_brackets_is_no_publisher() -> None:
    """'RIHA (Şanlıurfa) -': the brackets name the province, not an agency."""
    m = _metadata(_seed("Floods hit the south\n\nRIHA (Şanlıurfa) - Floods killed 32 people on Tuesday.\n"))
    assert m.dateline == Field("Riha, Şanlıurfa", "text, line 3") and m.publisher == Field(None, NOT_STATED)


@pytest.mark.parametrize(("text", "place"), [
    ("ŞANLIURFA, Türkiye — Floods killed 32.", "Şanlıurfa, Türkiye"),  # the gazetteer's spelling
    ("DİYARBAKIR – Officials met.", "Diyarbakır"),
    ("KIZILTEPE – Officials met in Kızıltepe and in Kızıltepeli.", "Kızıltepe")])  # the text's own
def test_a_place_in_capitals_is_spelled_as_written_elsewhere(text: str, place: str) -> None:
    """Python lowers the Turkish capital I to 'i', never 'ı': 'ŞANLIURFA' gave 'Şanliurfa'."""
    assert _metadata(_seed(f"Floods hit the south\n\n{text}\n")).dateline.value == place


def test_a_stated_publisher_wins_over_the_dateline_credit() -> None:
    text = "Bridge reopens\n\nDaily Example\nMay 2, 2024\n\nPORT TOWN (Northwire) — Engineers met.\n"
    assert _metadata(_seed(text)).publisher == Field("Daily Example", "text, line 3")


# bylines that name an outlet, an agency or a desk ----------------------------------------------------


def _with_byline(byline: str, masthead: str = "") -> str:
    head = f"{masthead}\nMay 2, 2024\n\n" if masthead else ""
    return f"Bridge reopens after repairs\n\n{head}Engineers reopened the bridge on Friday.\n\n{byline}\n"


def test_a_byline_naming_the_masthead_is_no_person() -> None:
    m = _metadata(_seed(_with_byline("Author The Valley Courier", masthead="The Valley Courier")))
    assert m.author.value is None
    assert m.author.source == "not stated (the byline on line 8 names the publisher, not a person)"
    assert m.author.shown == NOT_STATED
    assert m.publisher == Field("The Valley Courier", "text, line 3")


@pytest.mark.parametrize("byline, publisher", [
    ("By Northwire News", "Northwire News"),  # an organisation by its name
    ("By The Harbour Record", "The Harbour Record"),  # a person's name never starts with "The"
    ("By Reuters", "Reuters"),  # a news agency
    ("By AFP", "AFP"),
    ("By Reuters Staff", "Reuters"),  # an agency's desk: the agency
    ("By Northwire News Desk", "Northwire News"),  # an outlet's desk: the outlet
])
def test_a_byline_naming_an_outlet_gives_the_publisher(byline: str, publisher: str) -> None:
    m = _metadata(_seed(_with_byline(byline)))
    assert m.author.value is None and m.author.source.startswith("not stated (the byline on line 5 names")
    assert m.publisher == Field(publisher, "text, line 5, byline")


@pytest.mark.parametrize("byline", ["By Staff Writer", "By Our Correspondent", "By Web Desk", "By Editorial Board",
                                    "By Metro Desk"])
def test_a_desk_byline_is_neither_author_nor_publisher(byline: str) -> None:
    m = _metadata(_seed(_with_byline(byline)))
    assert m.author.value is None and "a desk or a role" in m.author.source
    assert m.publisher == Field(None, NOT_STATED)


@pytest.mark.parametrize("byline, name", [
    ("By Jane Doe", "Jane Doe"), ("Author Sam Okafor", "Sam Okafor"), ("Written by Lee Chan", "Lee Chan"),
    ("By JANE DOE", "JANE DOE"), ("By Ana de la Cruz", "Ana de la Cruz"),
])
def test_a_byline_naming_a_person_is_the_author(byline: str, name: str) -> None:
    m = _metadata(_seed(_with_byline(byline, masthead="The Valley Courier")))
    assert m.author == Field(name, "text, line 8")
    assert m.publisher == Field("The Valley Courier", "text, line 3")


def test_a_declared_author_is_kept_even_if_it_names_an_outlet() -> None:
    m = _metadata(_seed(_with_byline("By Jane Doe"), declared={"author": "Reuters"}, declared_in="front matter"))
    assert m.author == Field("Reuters", "front matter")
    assert m.publisher == Field(None, NOT_STATED)


def test_a_releases_label_line_and_its_place_and_date_line_are_no_headline_nor_standfirst() -> None:
    """'PRESS RELEASE - FOR IMMEDIATE RELEASE' had been the text's headline (a contradiction of the
    declared title, said `make check`) and 'Castrel, 7 March 2025' its standfirst."""
    text = ("PRESS RELEASE - FOR IMMEDIATE RELEASE\n\nCastrel, 7 March 2025\n\n"
            "The Ministry of Health provides the following update on the outbreak.\n")
    document = read_document(text)
    assert [p.role for p in document.paragraphs] == ["label", "date", "body"]
    metadata = _metadata(_seed(text))
    assert metadata.title.value is None and metadata.dek.value is None
    assert metadata.published.value == "2025-03-07"
    assert metadata.dateline.value == "Castrel"


@pytest.mark.parametrize("written", ["press_release", "Press-Release", "press  release", "PRESS RELEASE"])
def test_a_kind_is_read_however_its_words_are_joined(written: str) -> None:
    """'kind: press_release' refused the whole seed, though it says 'press release' as a file name would."""
    seed = _seed(declared={"title": "Fine", "kind": written}, declared_in="front matter", lines={"title": 2, "kind": 3})
    assert validate_declared(seed)["kind"] == "press release"


def test_source_declares_the_publisher() -> None:
    """'source: Meridian Press Agency', as news desks write it, refused the whole seed as an unknown key."""
    seed = _seed(declared={"title": "Fine", "source": "Meridian Press Agency"}, declared_in="front matter",
                 lines={"title": 2, "source": 3})
    assert validate_declared(seed)["publisher"] == "Meridian Press Agency"
    both = _seed(declared={"publisher": "A", "source": "B"}, declared_in="front matter",
                 lines={"publisher": 2, "source": 3})
    with pytest.raises(SeedError, match="declares the publisher again"):
        validate_declared(both)
