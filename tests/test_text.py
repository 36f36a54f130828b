"""Step 2: paragraphs with roles, and sentences, from a seed's text."""

from __future__ import annotations

import pytest
from briefing_site.model import Sentence
from briefing_site.text import (
    dateline_credit,
    dateline_place,
    is_leftover,
    read_document,
    repeated_sentences,
    split_paragraphs,
    split_sentences,
)

WEB_COPY = """News

Ankara and Baghdad agree on new border talks

Example Wire
Dec. 26, 2024 • 2 min read

Ministers met in the capital.
They set a date for the next round.

READ: Another story about something else

NEWSLETTER

Get the latest updates delivered to your inbox.

- First point of the list
  continues here.
- Second point.

This paragraph is soft
wrapped across lines and ends here.

The talks were held in a hall where

the delegates met for hours.
"""


def _roles(text: str) -> list[tuple[str, str]]:
    return [(p.role, p.text) for p in read_document(text).paragraphs]


def test_headline_then_one_body_line_per_paragraph() -> None:
    text = "Border talks resume in the capital\nOfficials met on the first day.\nThey agreed to meet again.\n"
    assert _roles(text) == [
        ("title", "Border talks resume in the capital"),
        ("body", "Officials met on the first day."),
        ("body", "They agreed to meet again."),
    ]


def test_paragraph_lines_are_one_based() -> None:
    text = "Border talks resume in the capital\nOfficials met on the first day.\n\nThey agreed again.\n"
    assert [p.line for p in read_document(text).paragraphs] == [1, 2, 4]


def test_web_copy_roles() -> None:
    assert _roles(WEB_COPY) == [
        ("label", "News"),
        ("title", "Ankara and Baghdad agree on new border talks"),
        ("masthead", "Example Wire"),
        ("date", "Dec. 26, 2024 • 2 min read"),
        ("body", "Ministers met in the capital."),
        ("body", "They set a date for the next round."),
        ("leftover", "READ: Another story about something else"),
        ("leftover", "NEWSLETTER"),
        ("leftover", "Get the latest updates delivered to your inbox."),
        ("list", "First point of the list continues here."),
        ("list", "Second point."),
        ("body", "This paragraph is soft wrapped across lines and ends here."),
        ("body", "The talks were held in a hall where the delegates met for hours."),
    ]


def test_only_body_and_list_paragraphs_have_sentences() -> None:
    document = read_document(WEB_COPY)
    for paragraph in document.paragraphs:
        assert bool(paragraph.sentences) == (paragraph.role in ("body", "list")), paragraph
    indexes = [s.index for s in document.sentences]
    assert indexes == list(range(len(indexes)))
    assert [s.text for s in document.body_sentences][:2] == [
        "Ministers met in the capital.", "They set a date for the next round."]


def test_sentence_offsets_point_into_paragraph_text() -> None:
    for paragraph in read_document(WEB_COPY).paragraphs:
        for sentence in paragraph.sentences:
            assert sentence.paragraph == paragraph.index
            assert paragraph.text[sentence.start:sentence.end] == sentence.text


def test_without_a_date_line_a_short_line_is_not_a_masthead() -> None:
    text = "Ankara and Baghdad agree on new border talks\n\nExample Wire\n\nMinisters met in the capital.\n"
    roles = dict((text, role) for role, text in _roles(text))
    assert roles["Example Wire"] != "masthead"


def test_bullets_with_continuation_lines_are_joined() -> None:
    chunks = split_paragraphs("* one item that\n  carries on\n* two\n1. numbered item\n2) another one\n")
    assert [(c.text, c.bullet) for c in chunks] == [
        ("one item that carries on", True),
        ("two", True),
        ("numbered item", True),
        ("another one", True),
    ]


def test_soft_wrapped_lines_are_joined() -> None:
    chunks = split_paragraphs("The minister said the talks\nwould continue next week\nin the capital.\n")
    assert [c.text for c in chunks] == [
        "The minister said the talks would continue next week in the capital."]


def test_blank_line_mid_sentence_is_rejoined() -> None:
    chunks = split_paragraphs("The delegates met in a hall where\n\nthey talked for hours.\n")
    assert [(c.line, c.text) for c in chunks] == [
        (1, "The delegates met in a hall where they talked for hours.")]


def test_blank_line_after_a_full_sentence_still_splits() -> None:
    chunks = split_paragraphs("The delegates met.\n\nthey talked for hours.\n")
    assert [c.text for c in chunks] == ["The delegates met.", "they talked for hours."]


def test_non_breaking_spaces_and_runs_of_space_are_normalised() -> None:
    chunks = split_paragraphs("Talks\u00a0resumed   in   Erbil.\n")
    assert chunks[0].text == "Talks resumed in Erbil."


def test_is_leftover() -> None:
    assert is_leftover("READ: Another story")
    assert is_leftover("NEWSLETTER")
    assert is_leftover("Get the latest updates delivered to your inbox.")
    assert is_leftover("3 min read")
    assert not is_leftover("Read the statement again, the minister said.")


def test_a_wires_credits_are_page_furniture_not_the_storys_people() -> None:
    assert is_leftover("(Reporting by Petra Lind; Additional reporting by Jon Feld in Varsk; Editing by Mark Hol)")
    assert is_leftover("(Writing by Ann Lee)")
    assert is_leftover("Reporting by Tom Ray; editing by Ann Lee")
    assert not is_leftover("Reporting by the Times showed that Nick Ode lied.")
    assert not is_leftover("(Reporting by the Times showed that Nick Ode lied, she said.) He denied it.")


# split_sentences ---------------------------------------------------------------------------------


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, 0, 0)]


def test_split_sentences_basic() -> None:
    assert _texts("The talks ended. A new round begins! Will it work? Nobody knows.") == [
        "The talks ended.", "A new round begins!", "Will it work?", "Nobody knows."]


def test_an_honorific_of_a_diplomatic_text_ends_no_sentence() -> None:
    """A press release's 'received H.E. Hakan Al-Rashidi' was two sentences, the first 'Karimi received H.E.'"""
    text = "Minister Leyla Karimi received H.E. Hakan Al-Rashidi at the ministry. The talks were cordial."
    assert _texts(text) == ["Minister Leyla Karimi received H.E. Hakan Al-Rashidi at the ministry.",
                            "The talks were cordial."]


def test_split_sentences_keeps_abbreviations_inside() -> None:
    text = "The talks ended on Dec. 26 in the capital. Mr. Smith said U.S. officials agreed. Then they left."
    assert _texts(text) == [
        "The talks ended on Dec. 26 in the capital.",
        "Mr. Smith said U.S. officials agreed.",
        "Then they left.",
    ]


def test_no_is_a_number_sign_only_before_a_number() -> None:
    """'A: No. No Korvenian unit took part …' was one sentence: 'No.' read as the sign of 'No. 10'."""
    assert _texts("A: No. No unit took part. He lives at No. 10 Downing Street; Nos. 3 and 4 shut. "
                  "The answer was no. Then he left.") == [
        "A: No.", "No unit took part.", "He lives at No. 10 Downing Street; Nos. 3 and 4 shut.", "The answer was no.",
        "Then he left."]


def test_split_sentences_keeps_initials() -> None:
    assert _texts("The report by J. Doe was published. It was long.") == [
        "The report by J. Doe was published.", "It was long."]


def test_split_sentences_numbers_indexes_from_first_index() -> None:
    sentences = split_sentences("One sentence here. Two sentence here.", 7, 10)
    assert [(s.index, s.paragraph) for s in sentences] == [(10, 7), (11, 7)]


def test_dateline_is_not_part_of_the_first_sentence() -> None:
    text = "ERBIL, Kurdistan Region of Iraq - Iraqi officials met on Monday. They agreed a plan."
    sentences = split_sentences(text, 0, 0)
    assert [s.text for s in sentences] == ["Iraqi officials met on Monday.", "They agreed a plan."]
    assert text[sentences[0].start:sentences[0].end] == sentences[0].text
    assert sentences[0].start == text.index("Iraqi officials")


def test_dateline_place() -> None:
    text = "ERBIL, Kurdistan Region of Iraq - Iraqi officials met on Monday."
    assert dateline_place(text) == "Erbil, Kurdistan Region of Iraq"
    assert dateline_place("ANKARA – Turkish officials said so.") == "Ankara"
    assert dateline_place("Officials met on Monday - and talked.") is None


@pytest.mark.parametrize("text, place, credit", [
    ("ROSTOV – Engineers reopened the bridge.", "Rostov", None),
    ("PORT TOWN, Eastland (Northwire) — The bridge reopened.", "Port Town, Eastland", "Northwire"),
    ("HILL CITY (Valley Wire) - Shares fell.", "Hill City", "Valley Wire"),
    ("Rostov, Southern Province – Engineers met.", "Rostov, Southern Province", None),
    ("Rostov (Northwire) – Engineers met.", "Rostov", "Northwire"),
    ("ROSTOV, SOUTHERN PROVINCE OF EASTLAND — Engineers met.", "Rostov, Southern Province of Eastland", None),
    ("ROSTOV—Engineers met.", "Rostov", None),  # an unspaced em dash
    ("HILL CITY, May 3 (Northwire) - Shares fell.", "Hill City", "Northwire"),  # the date is no place
    ("ST. ANNE'S, Eastland — The bridge reopened.", "St. Anne's, Eastland", None),
    ("UAE - Engineers met.", "UAE", None),  # short capitals stay as written
    ("ÉVORA, Alentejo — Engineers met.", "Évora, Alentejo", None),  # capitals beyond ASCII
    ("SÃO PAULO (Northwire) - Shares fell.", "São Paulo", "Northwire"),
    ("Ğazipaşa, Antalya – Engineers met.", "Ğazipaşa, Antalya", None),
    ("HILL CITY, 5 March 2024 - Shares fell.", "Hill City", None),  # a date with its year is no place
])
def test_datelines_give_the_place_in_normal_case(text: str, place: str, credit: str | None) -> None:
    assert dateline_place(text) == place
    assert dateline_credit(text) == credit
    assert split_sentences(text, 0, 0)[0].text.startswith(("Engineers", "The bridge", "Shares"))


@pytest.mark.parametrize("text", [
    "Officials met on Monday - and talked.",
    "Rostov – Engineers met.",  # a place in normal case needs a region or a credit
    "Sam Okafor - The minister said so.",
    "Meanwhile, Rostov – Engineers met.",  # a sentence opener is no place
    "Mr Okafor, Eastland Minister – The talks went on.",
    "EXCLUSIVE – Engineers met.",  # a label in capitals is no place
    "NORTHWIRE, the agency said - Officials met.",  # a clause is no region
    "ROSTOV - engineers met.",  # the report starts with a capital
    "ROSTOV-ON-SEA is a port.",
])
def test_no_dateline(text: str) -> None:
    assert dateline_place(text) is None
    assert dateline_credit(text) is None
    assert split_sentences(text, 0, 0)[0].text == text


def test_a_long_run_of_capitals_is_no_dateline_and_stays_fast() -> None:
    text = ("A" * 50_000 + " ") * 4 + "- Engineers met."
    assert dateline_place(text) is None


def test_dateline_in_document_body() -> None:
    text = "Talks resume in the north\n\nERBIL, Kurdistan Region of Iraq - Iraqi officials met. They agreed."
    document = read_document(text)
    assert [s.text for s in document.body_sentences] == ["Iraqi officials met.", "They agreed."]
    # the original text is still shown complete
    assert document.paragraphs[1].text.startswith("ERBIL, Kurdistan Region of Iraq - ")


def test_a_heading_starting_with_by_is_not_a_byline() -> None:
    assert not is_leftover("By the numbers")
    assert is_leftover("By Jane Doe")


# Inputs shaped like the ones that used to take quadratic time: long runs of terminal marks, and
# many lowercase blocks after single blank lines. Small sizes here; results must stay as before.


def test_runs_of_terminal_marks_end_one_sentence() -> None:
    assert _texts("Wait... what?! Yes.") == ["Wait... what?!", "Yes."]
    assert _texts('Stop..... Go?!?! Now… Then!!" Done.') == [
        "Stop.....", "Go?!?!", "Now…", 'Then!!"', "Done."]


def test_a_paragraph_of_only_terminal_marks_is_one_sentence() -> None:
    for text in ("." * 50, "?!" * 25, "…" * 50):
        assert [(s.text, s.start, s.end) for s in split_sentences(text, 0, 0)] == [(text, 0, 50)]
    document = read_document("." * 50 + " Next one.")
    assert [s.text for s in document.sentences] == ["." * 50, "Next one."]


def test_lowercase_blocks_after_single_blank_lines_join_into_one_paragraph() -> None:
    assert [(c.line, c.text) for c in split_paragraphs("a\n\n" * 5)] == [(1, "a a a a a")]
    paragraphs = read_document("a\n\n" * 5).paragraphs
    assert [(p.role, p.text, p.line) for p in paragraphs] == [("body", "a a a a a", 1)]
    assert [s.text for s in paragraphs[0].sentences] == ["a a a a a"]


def test_a_joined_paragraph_ends_at_a_full_stop_or_two_blank_lines() -> None:
    chunks = split_paragraphs("The hall where\n\nthey met\n\nfor hours.\n\nThen")
    assert [(c.line, c.text) for c in chunks] == [(1, "The hall where they met for hours."), (7, "Then")]
    assert [(c.line, c.text) for c in split_paragraphs("a\n\n\na\n\n")] == [(1, "a"), (4, "a")]
    assert [(c.line, c.text) for c in split_paragraphs("one\n\ntwo\n\nThree")] == [
        (1, "one two"), (5, "Three")]


def test_a_list_item_is_not_continued_across_a_blank_line() -> None:
    chunks = split_paragraphs("- one\n\ntwo")
    assert [(c.line, c.text, c.bullet) for c in chunks] == [(1, "one", True), (3, "two", False)]


def test_a_sentence_repeating_an_earlier_one_is_marked_repeated() -> None:
    document = read_document("Harbour news\n\nThe ferry resumes on Monday. Crews were hired.\n\n"
                             "Fares rise. The ferry resumes on Monday.\n\nThe ferry resumes on Monday.\n")
    body = document.body_sentences
    assert [s.text for s in body].count("The ferry resumes on Monday.") == 3
    assert repeated_sentences(body) == {body[3].index, body[4].index}  # the first copy is kept


def test_sentences_differing_only_in_whitespace_repeat_one_another() -> None:
    texts = ["Fares rise  again.", "Fares rise again.", "Fares rise again!"]
    sentences = [Sentence(i, i, text, 0, len(text)) for i, text in enumerate(texts)]
    assert repeated_sentences(sentences) == {1}


def test_no_sentence_is_repeated_in_a_text_without_repeats() -> None:
    assert repeated_sentences(read_document("Title\n\nOne thing. Another thing.\n").body_sentences) == set()
    assert repeated_sentences(()) == set()


def test_a_paragraph_holds_its_text_once_and_gives_it_back_whole() -> None:
    """model.Paragraph keeps only the text around its sentences; `text` is the text it was made with."""
    import pickle

    from briefing_site.model import Paragraph, Sentence

    text = "BAGHDAD, Aug 15 (Reuters) - The minister arrived. He spoke to the press."
    document = read_document(text + "\n\nA heading\n")
    body, heading = document.paragraphs
    assert body.text == text.strip() and heading.text == "A heading"
    assert body.around == ("BAGHDAD, Aug 15 (Reuters) - ", " ", "")  # the sentences' texts are not held twice
    assert heading.around == ("A heading",) and heading.sentences == ()
    assert pickle.loads(pickle.dumps(document)) == document
    by_hand = Paragraph(0, "Whole text.", "body", 1, (Sentence(0, 0, "Other words.", 0, 12),))
    assert by_hand.text == "Whole text." and by_hand.around == ("Whole text.",)  # not its slices: kept whole


@pytest.mark.parametrize(("text", "roles"), [
    ('Al-Burhan rejects invitation, says army will "fight to the end"\n\nThe army said so on Saturday.\n',
     ["title", "body"]),
    ('He called the flood "a disaster."\n\nThe army said so on Saturday.\n', ["body", "body"]),  # a sentence
    ('Talks resume\n\nHe called it "a disaster"\n\nThe army said so.\n', ["title", "body", "body"]),
])
def test_a_first_line_ending_on_a_quote_mark_is_a_headline(text: str, roles: list[str]) -> None:
    """The quote mark ended the line as a sentence would, so the headline was read as body text."""
    assert [p.role for p in read_document(text).paragraphs] == roles


def test_a_wires_note_on_its_own_copy_is_furniture() -> None:
    """'(Corrects paragraph 3 ...)' became a timeline event and the figure 3."""
    text = ("Attack toll rises\n\n(Corrects paragraph 3 to show the minister spoke on Saturday, not Sunday)\n\n"
            "ANKARA – Nine soldiers died on Friday.\n\nCorrection: An earlier version misstated the day.\n")
    assert [p.role for p in read_document(text).paragraphs] == ["title", "leftover", "body", "leftover"]


def test_a_results_label_and_figures_on_a_line_are_read_not_a_heading() -> None:
    """'Civic Union: 31 seats' had been a heading: the release's names and figures were lost."""
    document = read_document("Commission results\n\nThe commission announces the results.\n\n"
                             "Dr Anatol Vrescu (Civic Union): 303,961 votes (50.3%)\nCivic Union: 31 seats\n\n"
                             "Background\n\nThe count went on.\n")
    roles = {p.text: p.role for p in document.paragraphs}
    assert roles["Dr Anatol Vrescu (Civic Union): 303,961 votes (50.3%)"] == "list"
    assert roles["Civic Union: 31 seats"] == "list"
    assert roles["Background"] == "heading"
    assert any(s.text == "Civic Union: 31 seats" for s in document.sentences)


def test_a_numbered_release_label_is_no_standfirst() -> None:
    document = read_document("REGIONAL ELECTORAL COMMISSION\n\nPRESS RELEASE No. 14/2025\n\n"
                             "Lerin, 16 September 2025\n\nThe commission announces the results.\n")
    assert [p.role for p in document.paragraphs] == ["title", "label", "date", "body"]
