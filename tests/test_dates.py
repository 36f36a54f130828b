"""Step 3c: dates in the text, absolute and relative, as ISO 8601 at their stated precision."""

from __future__ import annotations

import pytest
from briefing_site.dates import extract_dates, parse_date_phrase
from briefing_site.model import Sentence
from briefing_site.text import read_document

PUBLISHED = "2024-12-26"  # a Thursday


def _sentence(text: str, index: int = 0) -> Sentence:
    return Sentence(index, 0, text, 0, len(text))


def _dates(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None, str, bool]]:
    return [(d.text, d.value, d.precision, d.relative) for d in extract_dates((_sentence(text),), published)]


@pytest.mark.parametrize("phrase, expected", [
    ("Dec. 26, 2024", ("2024-12-26", "day")),
    ("Dec. 26, 2024 • 2 min read", ("2024-12-26", "day")),
    ("December 26th, 2024", ("2024-12-26", "day")),
    ("26 December 2024", ("2024-12-26", "day")),
    ("2024-12-26", ("2024-12-26", "day")),
    ("August 2024", ("2024-08", "month")),
    ("in 2014", ("2014", "year")),
    ("2014", ("2014", "year")),  # a bare year is a date at year precision
])
def test_parse_date_phrase(phrase: str, expected: tuple[str, str]) -> None:
    assert parse_date_phrase(phrase) == expected


@pytest.mark.parametrize("phrase", ["no date here", "Feb. 30, 2024", "$2014", "2014%", "on Thursday"])
def test_parse_date_phrase_without_an_absolute_date(phrase: str) -> None:
    assert parse_date_phrase(phrase) is None


@pytest.mark.parametrize("text, expected", [
    ("Talks were held on Dec. 26, 2024 in the capital.", ("Dec. 26, 2024", "2024-12-26", "day", False)),
    ("The deal was signed in August 2024.", ("August 2024", "2024-08", "month", False)),
    ("The fighting began in 2014.", ("2014", "2014", "year", False)),
    ("Ministers met on Thursday.", ("on Thursday", "2024-12-26", "day", True)),
    ("They spoke on Wednesday.", ("on Wednesday", "2024-12-25", "day", True)),
    ("Ministers met on Friday.", ("on Friday", "2024-12-20", "day", True)),
    ("A visit took place in mid-August.", ("mid-August", "2024-08", "month", True)),
    ("Trade rose last year.", ("last year", "2023", "year", True)),
    ("Trade may rise next year.", ("next year", "2025", "year", True)),
    # a month of the year the words count to keeps its month ("April last year" had been "2023")
    ("He was arrested in April last year.", ("April last year", "2023-04", "month", True)),
    ("The plant closed in June of last year.", ("June of last year", "2023-06", "month", True)),
    ("Exports rose in mid-March this year.", ("mid-March this year", "2024-03", "month", True)),
    ("The vote is due in January next year.", ("January next year", "2025-01", "month", True)),
    ("They met yesterday.", ("yesterday", "2024-12-25", "day", True)),
    ("The talks resumed last month.", ("last month", "2024-11", "month", True)),
])
def test_extract_dates_one_per_sentence(text: str, expected: tuple[str, str, str, bool]) -> None:
    assert _dates(text) == [expected]


@pytest.mark.parametrize("text, published, expected", [
    # a time a thing is set for looks ahead: these had been dated back
    ("Judge Kerel ordered a recount of 214 ballot boxes, to begin on Monday.", "2025-09-19", "2025-09-22"),
    ("The recount starts on Monday.", "2025-09-21", "2025-09-22"),
    ("The ACA is considering it, with a decision expected in May.", "2025-03-28", "2025-05"),
    ("A ruling is expected in June.", "2025-03-20", "2025-06"),
    # a past expectation, and a weekday with no schedule, are not
    ("The ruling, which had been expected in March, was delayed.", "2025-04-20", "2025-03"),
    ("He met the minister on Monday.", "2025-09-19", "2025-09-15"),
])
def test_a_time_a_thing_is_set_for_looks_ahead(text: str, published: str, expected: str) -> None:
    assert [value for _, value, _, _ in _dates(text, published)] == [expected]


def test_a_month_after_would_have_is_past() -> None:
    """'sums that would have seemed unimaginable in January', written in March 2025: January 2025, not 2026."""
    assert _dates("Donors pledged sums that would have seemed unimaginable in January.", "2025-03-20") == [
        ("January", "2025-01", "month", True)]
    assert _dates("He said the talks would resume in April.", "2025-03-20") == [("April", "2025-04", "month", True)]


def test_relative_month_after_publication_month_is_last_year() -> None:
    found = _dates("A visit took place in mid-August.", "2024-03-10")
    assert found == [("mid-August", "2023-08", "month", True)]


def test_last_month_across_a_year_boundary() -> None:
    assert _dates("The talks resumed last month.", "2024-01-15") == [("last month", "2023-12", "month", True)]


@pytest.mark.parametrize("text, phrase", [
    ("Ministers met on Thursday.", "on Thursday"),
    ("A visit took place in mid-August.", "mid-August"),
    ("Trade rose last year.", "last year"),
])
def test_relative_dates_unresolved_without_publication_date(text: str, phrase: str) -> None:
    assert _dates(text, None) == [(phrase, None, "unresolved", True)]


def test_relative_dates_unresolved_when_publication_date_is_not_a_day() -> None:
    assert _dates("Ministers met on Thursday.", "2024-12") == [("on Thursday", None, "unresolved", True)]


def test_absolute_dates_resolve_without_publication_date() -> None:
    assert _dates("Talks were held on Dec. 26, 2024.", None) == [
        ("Dec. 26, 2024", "2024-12-26", "day", False)]


def test_date_text_is_the_words_in_the_sentence_and_sentence_index_is_kept() -> None:
    sentences = (_sentence("Nothing dated here.", 3),
                 _sentence("They met on Wednesday and in March 2023.", 4))
    found = extract_dates(sentences, PUBLISHED)
    assert [(d.text, d.value, d.sentence) for d in found] == [
        ("March 2023", "2023-03", 4), ("on Wednesday", "2024-12-25", 4)]
    for date in found:
        assert date.text in sentences[1].text


def test_a_weekday_with_a_full_date_is_not_dated_twice() -> None:
    found = _dates("Ministers met on Thursday, December 26, 2024 in the capital.", "2025-01-02")
    assert found == [("December 26, 2024", "2024-12-26", "day", False)]


def test_a_weekday_with_an_abbreviated_full_date_is_not_dated_twice() -> None:
    """Regression: 'on Thursday, Dec. 26, 2024' also resolved 'on Thursday' against publication."""
    found = _dates("Ministers met on Thursday, Dec. 26, 2024 in the capital.", "2025-01-02")
    assert found == [("Dec. 26, 2024", "2024-12-26", "day", False)]


def test_next_weekday_is_after_publication() -> None:
    """Regression: 'next Monday' was resolved backwards, to a day before publication."""
    [(_, value, precision, _)] = _dates("They will meet again next Monday.")
    assert precision == "day"
    assert value is not None and value > PUBLISHED


def test_until_a_month_is_not_guessed_forward_or_back() -> None:
    found = extract_dates((Sentence(0, 0, "Troops would stay until March, officials said.", 0, 10),), "2024-12-26")
    assert [(d.text, d.value, d.precision) for d in found] == [("March", None, "unresolved")]


@pytest.mark.parametrize("published", ["9999-12-31", "9999-12-30", "0001-01-01", "0001-01-02", "9998-12-31"])
@pytest.mark.parametrize("text", ["They met on Monday.", "They met last Friday.", "They meet next Sunday.",
                                  "They met yesterday.", "They meet today.", "It ended last year.",
                                  "It starts next year.", "It ended last month.", "It starts this month.",
                                  "It ended in December.", "It ended last January."])
def test_relative_dates_at_the_calendar_edge_never_raise(published: str, text: str) -> None:
    for _, value, precision, relative in _dates(text, published):
        assert relative
        assert value is None or (precision != "unresolved" and 1 <= int(value[:4]) <= 9999 and len(value[:4]) == 4)


def test_an_impossible_publication_date_is_no_anchor() -> None:
    assert _dates("They met yesterday.", "2024-02-30") == [("yesterday", None, "unresolved", True)]


@pytest.mark.parametrize("text, published, expected", [
    ("It starts this month.", "0999-05-05", ("this month", "0999-05", "month", True)),
    ("It ended last month.", "0999-01-15", ("last month", "0998-12", "month", True)),
    ("It ended last month.", "0010-03-01", ("last month", "0010-02", "month", True)),
])
def test_months_before_year_1000_keep_four_year_digits(text: str, published: str,
                                                       expected: tuple[str, str, str, bool]) -> None:
    assert _dates(text, published) == [expected]


def test_an_impossible_date_hides_its_year_from_the_bare_year_pattern() -> None:
    assert _dates("It was due on Feb. 30, 2024 and in 2025.") == [("2025", "2025", "year", False)]


def test_the_most_precise_pattern_takes_a_date_and_the_rest_are_found_once_each() -> None:
    assert _dates("In 5 May 2024, May 2024 and 2024.") == [
        ("5 May 2024", "2024-05-05", "day", False), ("May 2024", "2024-05", "month", False),
        ("2024", "2024", "year", False)]


def test_every_repeated_date_in_a_sentence_is_kept() -> None:
    assert _dates("2020 2021 2022 today today") == [
        ("2020", "2020", "year", False), ("2021", "2021", "year", False), ("2022", "2022", "year", False),
        ("today", "2024-12-26", "day", True), ("today", "2024-12-26", "day", True)]


def test_absolute_dates_come_first_then_relative_ones_by_kind() -> None:
    assert _dates("Sales in 2020 rose yesterday, on Monday and in March, and 2021 too.") == [
        ("2020", "2020", "year", False), ("2021", "2021", "year", False),
        ("March", "2024-03", "month", True), ("on Monday", "2024-12-23", "day", True),
        ("yesterday", "2024-12-25", "day", True)]


def test_a_relative_date_overlapping_an_absolute_one_is_dropped_but_not_its_neighbours() -> None:
    assert _dates("They met on Thursday, Dec. 26, 2024 and on Friday.") == [
        ("Dec. 26, 2024", "2024-12-26", "day", False), ("on Friday", "2024-12-20", "day", True)]


def _all_dates(texts: tuple[str, ...], published: str | None = None) -> list[tuple[str, str | None, str]]:
    sentences = tuple(_sentence(text, i) for i, text in enumerate(texts))
    return [(d.text, d.value, d.resolved_by) for d in extract_dates(sentences, published)]


def test_a_month_without_a_year_takes_the_year_the_text_stated_earlier() -> None:
    found = _all_dates(("The pact was signed in June 2023.", "Patrols began in June and ended in late October."))
    assert found == [("June 2023", "2023-06", ""), ("June", "2023-06", "year stated earlier"),
                     ("late October", "2023-10", "year stated earlier")]


def test_the_stated_year_also_counts_earlier_in_the_same_sentence() -> None:
    assert _all_dates(("In May 2022 talks stalled, and in July they resumed.",)) == [
        ("May 2022", "2022-05", ""), ("July", "2022-07", "year stated earlier")]


@pytest.mark.parametrize("texts", [
    ("The pact was signed in June 2023.", "Patrols began in March."),  # before the stated month: next year?
    ("The war began in 2019.", "Patrols began in June."),  # a bare year is history, not the text's year
    ("Patrols began in June.", "The pact was signed in June 2023."),  # the year comes later
    ("The pact was signed in June 2023.", "Patrols will run until September."),  # "until" is not guessed
])
def test_a_month_is_not_given_a_year_the_text_does_not_support(texts: tuple[str, ...]) -> None:
    assert [value for _, value, _ in _all_dates(texts) if value is None] == [None]


def test_a_month_last_year_takes_no_year_stated_earlier() -> None:
    """'In June last year' after 'January 2005' was June 2005: the text means June 2004."""
    found = _all_dates(("Applications rose in January 2005.", "In June last year, Mr Wallace announced fees."))
    assert found == [("January 2005", "2005-01", ""), ("June last year", None, "")]
    assert _all_dates(("In June last year, Mr Wallace announced fees.",), "2005-02-10") == [
        ("June last year", "2004-06", "publication date")]


def test_the_publication_date_wins_over_a_stated_year_and_is_named() -> None:
    found = _all_dates(("The pact was signed in June 2023.", "Patrols began in June."), "2024-12-26")
    assert found == [("June 2023", "2023-06", ""), ("June", "2024-06", "publication date")]


@pytest.mark.parametrize("text, qualified", [
    ("Growth stalled in early 2023.", "early 2023"),
    ("The vote is due in mid-August 2024.", "mid-August 2024"),
    ("Prices fell in late 2021.", "late 2021"),
])
def test_a_date_keeps_its_qualifier(text: str, qualified: str) -> None:
    assert [d.text for d in extract_dates((_sentence(text),), None)] == [qualified]


@pytest.mark.parametrize("text", ["He told BBC Radio 4's Today programme he would stay.",
                                  "She wrote for USA Today and This Week."])
def test_a_programme_title_is_not_a_date(text: str) -> None:
    assert _dates(text) == []


def test_today_at_the_start_of_a_sentence_is_still_a_date() -> None:
    assert _dates('"Today we begin," she said.') == [("Today", "2024-12-26", "day", True)]


def test_a_repeated_sentence_lists_its_dates_once() -> None:
    repeat = "The minister visited the port in April."
    sentences = (_sentence(repeat, 0), _sentence("Talks resumed on Thursday.", 1), _sentence(repeat, 2))
    found = [(d.text, d.value, d.sentence) for d in extract_dates(sentences, PUBLISHED)]
    assert found == [("April", "2024-04", 0), ("on Thursday", "2024-12-26", 1)]


def test_a_repeated_sentence_still_states_the_year_for_the_months_after_it() -> None:
    repeat = "The treaty was signed in March 2024."
    sentences = (_sentence(repeat, 0), _sentence("Nothing happened.", 1), _sentence(repeat, 2),
                 _sentence("Ships sailed again in August.", 3))
    found = [(d.text, d.value, d.sentence) for d in extract_dates(sentences, None)]
    assert found == [("March 2024", "2024-03", 0), ("August", "2024-08", 3)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The new line will open in June.", "2024-06"),
    ("The ministry said the scheme would start in June.", "2024-06"),
    ("Talks are due to resume in early February.", "2025-02"),
    ("The plant is expected to close in May.", "2024-05"),  # the publication month itself: this May
    ("The plant closed in June.", "2023-06"),  # no look ahead: the last June before publication
    ("The deal, expected to be signed in June, was welcomed.", "2024-06"),
    ("The accord could be signed in June.", "2024-06"),
    ("Sales will be compared with last June.", None),  # "last June" is not read as a month here
    # a present verb of foreseeing: "Economists expect another rise in August" was last August
    ("Economists at First Capital expect another rise in August.", "2024-08"),
    ("The IMF forecasts growth to slow in June.", "2024-06"),
    ("She hopes to return in March.", "2025-03"),
    ("Rates rose in August.", "2023-08"),
])
def test_a_month_the_sentence_looks_ahead_to_is_the_next_one(text: str, expected: str | None) -> None:
    found = _dates(text, "2024-05-02")
    if expected is None:
        assert all(value != "2024-06" for _, value, _, _ in found)
    else:
        assert [value for _, value, _, _ in found] == [expected]


def test_a_day_of_a_month_without_a_year_is_the_one_last_passed() -> None:
    """'on 13 January' written on 2 February 2005 is 2005-01-13; written before it, the year before;
    looked ahead to ('will resume on 3 March'), the next; with no publication date, unresolved but
    listed; '3 June 4.5%' is no date; '29 February' is not guessed; without 'on' ('the 11 September
    attacks') a day and month is a name, not a date of this year or last."""
    sentences = read_document("X\n\nFoster's bought a stake on 13 January. Talks will resume on 3 March. The vote on "
                              "January 13 was held. Shares rose on 3 June 4.5%. It fell on 29 February. Fears rose "
                              "after the 11 September attacks.\n").body_sentences
    assert [(d.text, d.value) for d in extract_dates(sentences, "2005-02-02")] == [
        ("13 January", "2005-01-13"), ("3 March", "2005-03-03"), ("January 13", "2005-01-13"),
        ("29 February", None)]
    assert [(d.text, d.value) for d in extract_dates(sentences, "2005-01-10")][:1] == [("13 January", "2004-01-13")]
    assert [d.precision for d in extract_dates(sentences, None)] == ["unresolved"] * 4


def test_next_month_is_the_month_after_publication() -> None:
    assert [(value, precision) for _, value, precision, _ in _dates("Ministers would meet again next month.",
                                                                    "2024-12-20")] == [("2025-01", "month")]


@pytest.mark.parametrize("text, published, expected", [
    ("The floods of last week killed 38.", "2025-03-16", ("2025-03", "month")),  # a Sunday: 3 to 15 March
    ("Ministers met last week.", "2025-03-03", (None, "unresolved")),  # a Monday: 24 February to 2 March
    ("Talks go on this week.", "2025-03-14", ("2025-03", "month")),
    ("Talks go on this week.", "2025-04-01", (None, "unresolved")),  # 31 March to 6 April
    ("They meet next week.", "2025-03-05", ("2025-03", "month")),
    ("They meet next week.", "2025-03-24", (None, "unresolved")),  # up to 6 April
    ("They met last week.", "2025-01-08", (None, "unresolved")),  # from 30 December 2024
])
def test_a_week_is_dated_by_the_month_it_falls_in(text: str, published: str, expected: tuple[str | None, str]) -> None:
    """'last week' names no calendar date, but all of it may lie in one month: then it is that month's."""
    [(_, value, precision, relative)] = _dates(text, published)
    assert (value, precision) == expected and relative


@pytest.mark.parametrize("text, expected", [
    ("Funerals are expected to be held on Thursday.", "2025-03-13"),  # written on Wednesday 12 March
    ("The ministers will meet on Monday.", "2025-03-17"),
    ("The talks are due to open on Wednesday.", "2025-03-12"),  # the day it was written
    ("The ministers met on Monday.", "2025-03-10"),
    ("They said on Monday they would meet on Tuesday.", "2025-03-11"),  # a plan reported: may be past
    ("Firefighters expect hotter weather on Thursday.", "2025-03-13"),  # was the Thursday before
])
def test_a_weekday_to_come_is_the_next_one(text: str, expected: str) -> None:
    """'expected to be held on Thursday', written on a Wednesday, was dated to the Thursday before."""
    found = {d.text: d.value for d in extract_dates((_sentence(text),), "2025-03-12")}
    assert list(found.values())[-1] == expected


@pytest.mark.parametrize("text", ["The festival takes place in the last week of June.",
                                  "In his last week in office, he issued pardons.",
                                  "It was her last week as chief executive.", "Over the next year, prices will rise."])
def test_a_span_named_with_last_or_next_is_no_relative_date(text: str) -> None:
    """'the last week of June', 'his last week in office': not the week before publication."""
    assert not [d for d in extract_dates((_sentence(text),), "2025-03-12") if "week" in d.text or "year" in d.text]


def test_this_week_before_as_is_still_this_week() -> None:
    found = extract_dates((_sentence("He is touring the north this week as he visits Leeds."),), "2025-03-12")
    assert [(d.text, d.value) for d in found] == [("this week", "2025-03")]


@pytest.mark.parametrize("text, phrase, expected", [
    ("Police detained 11 suspects over Tuesday's car bomb attack.", "Tuesday's", "2025-03-11"),
    ("The toll from Tuesday evening's bombing rose to nine.", "Tuesday evening's", "2025-03-11"),
    ("Wednesday’s talks ended without a deal.", "Wednesday’s", "2025-03-12"),  # the day it was written
    ("Voters are preparing for Sunday's election.", "Sunday's", "2025-03-16"),
    ("Leaders will attend Friday's summit in Brussels.", "Friday's", "2025-03-14"),
    ("Markets fell ahead of Thursday's vote.", "Thursday's", "2025-03-13"),
])
def test_a_weekday_that_owns_a_happening_dates_it(text: str, phrase: str, expected: str) -> None:
    """'Tuesday's car bomb attack', written on Wednesday 12 March, is of Tuesday 11 March: it was no
    date at all, and the sentence was dated by its saying ('announced on Thursday'). A day the
    sentence looks ahead to is the next one."""
    found = {d.text: d.value for d in extract_dates((_sentence(text),), "2025-03-12")}
    assert found == {phrase: expected}


@pytest.mark.parametrize(("text", "words", "value"), [
    ("On Thursday, 14 March, they signed the memorandum.", "14 March", "2024-03-14"),
    ("He was sworn in on Friday, March 22.", "March 22", "2024-03-22"),
    ("They met on Monday 11 March in Dareen.", "11 March", "2024-03-11")])
def test_a_weekday_before_a_day_of_a_month_with_no_year_dates_that_day(text: str, words: str, value: str) -> None:
    """'On Thursday, 14 March' was no date: the weekday left it to a pattern with a year."""
    found = extract_dates((_sentence(text),), "2024-04-20")
    assert [(d.text, d.value) for d in found] == [(words, value)]


def test_a_weekday_that_owns_a_happening_is_unresolved_without_a_publication_date() -> None:
    assert _dates("Monday's meeting of the party was stormy.", None) == [("Monday's", None, "unresolved", True)]


def test_a_weekday_before_a_verb_and_a_number_is_a_date_and_a_weekday_owning_a_publication_is_none() -> None:
    """'on Tuesday wounded 12 people' was read as a weekday before a day of a month ('Tuesday, March
    12') and left undated; 'Sunday's newspaper' names a publication, not a happening."""
    found = extract_dates((_sentence("A bomb blast in Diyarbakir on Tuesday wounded 12 people."),), "2025-04-09")
    assert [(d.text, d.value) for d in found] == [("on Tuesday", "2025-04-08")]
    assert extract_dates((_sentence("Sunday's newspaper carried the story."),), "2025-04-09") == ()
    # a market's level to compare with dates nothing that happened
    assert extract_dates((_sentence("Shares rose 4% from Friday's close."),), "2025-04-09") == ()
    assert extract_dates((_sentence("Oil was up on Friday's closing price."),), "2025-04-09") == ()


def test_a_part_of_a_day_of_a_month_dates_that_day_and_was_expected_looks_ahead() -> None:
    """'When the dam gave way on the night of 14 April' was no date; 'more rain was expected on
    Wednesday', written on a Tuesday, was the Wednesday before."""
    found = extract_dates((_sentence("When the dam gave way on the night of 14 April, it flooded."),), "2025-05-02")
    assert [(d.text, d.value) for d in found] == [("14 April", "2025-04-14")]
    found = extract_dates((_sentence("More rain was expected on Wednesday."),), "2025-04-15")
    assert [(d.text, d.value) for d in found] == [("on Wednesday", "2025-04-16")]
    found = extract_dates((_sentence("The results, expected on Monday, were delayed."),), "2025-04-16")
    assert [(d.text, d.value) for d in found] == [("on Monday", "2025-04-14")]


def test_a_quotes_words_do_not_look_ahead_for_the_weekday_after_it() -> None:
    """'"We have no plans to improve it," Okafor said on a call with analysts on Tuesday', written on
    a Thursday, was the Tuesday to come: the quote's "plans to" is the speaker's, not the report's."""
    text = '"Our price is fair. We have no plans to improve it," Okafor said on a call with analysts on Tuesday.'
    assert [(d.text, d.value) for d in extract_dates((_sentence(text),), "2024-11-07")] == [("on Tuesday",
                                                                                             "2024-11-05")]


def test_a_day_counted_from_the_day_the_text_dated_before_it() -> None:
    """'The following day', 'two days later', 'the same day' were left unresolved: an analysis that
    dates the resignation on 16 April names the successor the following day and swears him in two
    days later. With no day near before it, such words stay no date."""
    texts = ["Karimi resigned on 16 April.", "The following day, the president named his successor.",
             "Bin Saeed was sworn in two days later.", "He arrived in Dareen on 11 March and held talks the next day."]
    sentences = tuple(Sentence(i, 0, t, 0, len(t)) for i, t in enumerate(texts))
    found = [(d.sentence, d.text, d.value, d.resolved_by) for d in extract_dates(sentences, "2024-04-25")
             if d.resolved_by == "date stated earlier"]
    assert found == [(1, "The following day", "2024-04-17", "date stated earlier"),
                     (2, "two days later", "2024-04-19", "date stated earlier"),
                     (3, "the next day", "2024-03-12", "date stated earlier")]
    alone = (Sentence(0, 0, "The following day was quiet.", 0, 28),)
    assert extract_dates(alone, "2024-04-25") == ()


@pytest.mark.parametrize(("text", "expected"), [
    # written on Tuesday 11 June 2024
    ("Brenner said provisional figures would be released on Wednesday.", ("on Wednesday", "2024-06-12")),
    ("On Friday the Constitutional Court will rule on the petition.", ("On Friday", "2024-06-14")),
    ("He said on Friday the court will rule.", ("on Friday", "2024-06-07")),
    ("They said on Thursday they would meet on Monday.", ("on Monday", "2024-06-10")),
    ("Police said he would have been arrested on Monday.", ("on Monday", "2024-06-10")),
    ("The inquiry was asked for on Tuesday last week.", ("on Tuesday last week", "2024-06-04")),
    ("The talks resume on Friday next week.", ("on Friday next week", "2024-06-21")),
])
def test_a_weekday_is_read_with_what_the_sentence_says_of_it(text: str, expected: tuple[str, str]) -> None:
    """'figures would be released on Wednesday' and 'On Friday the court will rule' were dated to the
    days before they were written; 'on Tuesday last week' was a Tuesday and a month."""
    assert [(d.text, d.value) for d in extract_dates((_sentence(text),), "2024-06-11")][-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The court has set Friday, 21 June, for its ruling.", [("21 June", "2024-06-21")]),  # the year it is a Friday
    ("As of 10 June, 40 people were held.", [("10 June", "2024-06-10")]),
    ("- 8 June: protests in Mervane; arrests and injuries.", [("8 June", "2024-06-08")]),
    ("June 9 – petition filed with the court.", [("June 9", "2024-06-09")]),
    ("The 11 September attacks changed the world.", []),  # a name, with no "on" before it
    ("Ten people were killed by Tuesday's blast.", [("Tuesday's", "2024-06-11")]),
])
def test_a_day_of_a_month_without_on_is_read_where_its_words_make_it_one(text: str,
                                                                         expected: list[tuple[str, str]]) -> None:
    """A list's item opening with its day, a weekday before the day, 'as of': all were undated."""
    assert [(d.text, d.value) for d in extract_dates((_sentence(text),), "2024-06-11")] == expected


def test_a_day_a_state_was_reached_by_is_a_day_to_count_on_from() -> None:
    """'By Sunday the water had reached Arin. Two days later the army arrived' counted from the Friday
    before; 'by Friday' in a sentence that looks ahead is the Friday to come."""
    texts = ["The river burst its banks on Friday, 8 March.", "By Sunday the water had reached Arin.",
             "Two days later the army arrived.", "The army must leave by Friday."]
    found = [(d.text, d.value) for d in extract_dates(tuple(_sentence(t, i) for i, t in enumerate(texts)),
                                                      "2024-03-12")]
    assert found == [("8 March", "2024-03-08"), ("Sunday", "2024-03-10"), ("Two days later", "2024-03-12"),
                     ("Friday", "2024-03-15")]


def test_a_weekday_of_another_clock_is_no_date() -> None:
    """'The quake hit at 03:14 local time (2314 GMT on Wednesday)' made the quake an event of the
    Wednesday, a day before it struck where it struck."""
    text = "The quake hit at 03:14 local time (2314 GMT on Wednesday), officials said on Thursday."
    assert [d.text for d in extract_dates((_sentence(text),), "2025-10-09")] == ["on Thursday"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nine days ago, at 03:14 on a Thursday morning, the quake struck.", ("Nine days ago", "2025-10-09")),
    ("Two days ago the last survivor was found.", ("Two days ago", "2025-10-16")),
    ("A day ago rescuers left.", ("A day ago", "2025-10-17")),
])
def test_days_ago_are_counted_back_from_the_publication_date(text: str, expected: tuple[str, str]) -> None:
    """An op-ed's 'Nine days ago' was no date, and its quake joined no event."""
    assert [(d.text, d.value) for d in extract_dates((_sentence(text),), "2025-10-18")] == [expected]


def _values(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in extract_dates(read_document(f"X\n\n{text}\n").body_sentences, published)]


def test_a_day_of_a_month_weeks_ahead_with_no_past_tense_is_to_come() -> None:
    """'The case returns to court on 9 April', written on 12 March 2025, was 9 April 2024."""
    assert _values("The case returns to court on 9 April, when charges are expected.", "2025-03-12") == [
        ("9 April", "2025-04-09")]
    assert _values("He was arrested on 20 March. She died on 20 March. Foster's bought it on 20 March.",
                   "2025-03-12") == [("20 March", "2024-03-20")] * 3
    assert _values("The trial ended on 20 June.", "2025-03-12") == [("20 June", "2024-06-20")]  # months ahead
    # a schedule's present ("opens on") sets a day to come, however far ahead
    assert _values("The trial opens on 20 June.", "2025-03-12") == [("20 June", "2025-06-20")]


def test_last_weekday_is_last_weeks() -> None:
    """'last Tuesday' written on Wednesday 18 June 2025 was the day before; it is 10 June, as the
    other reports of the minister's replacement said; 'on Tuesday' is the day before."""
    assert _values("He was replaced last Tuesday. She spoke on Tuesday.", "2025-06-18") == [
        ("last Tuesday", "2025-06-10"), ("on Tuesday", "2025-06-17")]
    assert _values("It fell last Tuesday.", "2025-06-03") == [("last Tuesday", "2025-05-27")]  # written on a Tuesday
    assert _values("It fell last Friday.", "2025-06-11") == [("last Friday", "2025-06-06")]
    assert _values("It fell last Sunday.", "2025-06-09") == [("last Sunday", "2025-06-08")]  # written on a Monday
    assert _values("He was arrested last Monday.", "2025-07-20") == [("last Monday", "2025-07-14")]  # on a Sunday


def test_a_wires_early_or_late_weekday_and_a_night_across_two_days() -> None:
    assert _values("The ships collided early Sunday. Fighting went on late Friday.", "2025-03-05") == [
        ("early Sunday", "2025-03-02"), ("late Friday", "2025-02-28")]
    assert _values("The vote is expected early Sunday.", "2025-03-05") == [("early Sunday", "2025-03-09")]
    assert _values("The tanker hit the ship on the night of 1 to 2 March.", "2025-03-05") == [
        ("2 March", "2025-03-02")]


def test_until_a_day_of_a_month_is_the_end_to_come() -> None:
    """'All access … is banned until 31 August', written on 20 July 2025, was 31 August 2024."""
    assert _values("All access to forest land is banned until 31 August. The road remained closed until 3 July.",
                   "2025-07-20") == [("31 August", "2025-08-31"), ("3 July", "2025-07-03")]


def test_a_month_soon_after_the_month_of_writing_is_to_come() -> None:
    """'Nobody wins from an election in March', written on 3 February 2025, was March 2024."""
    assert _values("Nobody wins from an election in March. The talks began in March. Shares fell in April.",
                   "2025-02-03") == [("March", "2025-03"), ("March", "2024-03"), ("April", "2024-04")]


def test_a_start_on_a_weekday_told_with_no_tense_is_the_nearer_such_day() -> None:
    """'declared three days of national mourning beginning on Friday', written on a Thursday, was the
    Friday six days before; 'from Monday' was no date."""
    assert _values("The president declared three days of mourning beginning on Friday. The strike will run from "
                   "Monday. Prices have risen from Monday.", "2025-03-13") == [
        ("on Friday", "2025-03-14"), ("from Monday", "2025-03-17"), ("from Monday", "2025-03-10")]
    assert _values("Three days of mourning beginning on Friday ended quietly.", "2025-03-15") == [
        ("on Friday", "2025-03-14")]


def test_a_weekday_before_a_count_is_a_weekday() -> None:
    """'On Monday, 31 families filed a lawsuit' had no date: a number after a weekday was read as the
    day of a month to come."""
    assert _values("On Monday, 31 families filed a lawsuit. On Thursday, 14 March the talks began.",
                   "2024-04-23") == [("On Monday", "2024-04-22"), ("14 March", "2024-03-14")]


def test_a_day_of_a_month_set_for_is_read_and_weeks_ahead_is_to_come() -> None:
    """'The runoff, first set for 6 April, has now been delayed', written on 21 March, had no date of
    the first runoff; read with its past tense, it would have been 6 April of the year before."""
    assert _values("The runoff, first set for 6 April, has now been delayed until 27 April. The memorial held for "
                   "3 February was moving.", "2025-03-21") == [
        ("6 April", "2025-04-06"), ("27 April", "2025-04-27"), ("3 February", "2025-02-03")]


def test_the_years_a_statistic_is_taken_over_are_no_date() -> None:
    """'drier than the 1991–2020 average' made two events, in 1991 and in 2020."""
    assert _dates("It was drier than the 1991–2020 average, and wetter than the 1961-90 mean.") == []
    assert [d[1] for d in _dates("Rainfall since 2020 was below the 1991-2020 average.")] == ["2020"]


def test_a_day_of_the_month_in_words_is_a_date() -> None:
    """'the ninth of March', as an interview says it, was no date at all."""
    found = _dates("We walked out on the ninth of March.", "2025-03-12")
    assert [(d[1], d[2]) for d in found] == [("2025-03-09", "day")]
    assert [d[1] for d in _dates("It ended on the twenty-first of May 2024.")] == ["2024-05-21"]
    assert [d[0] for d in _dates("The second of the two votes was lost in May.", "2025-03-12")] == ["May"]


def test_what_a_thing_is_to_resume_may_stand_between_the_verb_and_its_day() -> None:
    """'invited the union to resume talks on Thursday' (written on a Wednesday) was dated to the Thursday before."""
    assert [d[1] for d in _dates("The Authority has invited the union to resume talks on Thursday.", "2025-03-12")] \
        == ["2025-03-13"]
    assert [d[1] for d in _dates("He went to see her on Thursday.", "2025-03-12")] == ["2025-03-06"]


def test_the_early_hours_of_a_day_are_that_day() -> None:
    """'trapped since the early hours of Tuesday', 'arrested in the early hours of 13 January': neither
    was a date, so the trapped count and the arrest had none."""
    assert _values("Men have been trapped since the early hours of Tuesday. He was arrested in the early hours of "
                   "13 January. The blast came in the small hours of Sunday.", "2025-03-06") == [
        ("since the early hours of Tuesday", "2025-03-04"), ("13 January", "2025-01-13"),
        ("in the small hours of Sunday", "2025-03-02")]


def test_a_day_between_the_and_a_happening_is_a_date() -> None:
    """'The June 2 strikes killed 23', 'said the 4 June raid had …': no date without 'on' before it.
    Not a day that is a name ('the 11 September attacks': no recent year), nor before any noun."""
    assert _values("The June 2 strikes killed 23. He said the 4 June raid had failed. In the 2 November "
                   "presidential election, he won. Since the 11 September attacks, travel fell. The 10 June "
                   "budget was cut.", "2025-06-18") == [
        ("June 2", "2025-06-02"), ("4 June", "2025-06-04"), ("2 November", "2024-11-02")]


def test_until_after_a_past_verb_is_a_day_passed() -> None:
    """'The regulator says it heard nothing until 14 March', written on 2 April, was 14 March of the
    next year, and an event to come. An end still ahead stays ahead."""
    assert _values("The regulator says it heard nothing until 14 March. He waited until 10 March. Access is banned "
                   "until 31 August. The runoff has now been delayed until 27 April.", "2025-04-02") == [
        ("14 March", "2025-03-14"), ("10 March", "2025-03-10"), ("31 August", "2025-08-31"), ("27 April", "2025-04-27")]


@pytest.mark.parametrize(("text", "expected"), [
    # what someone faces, is asked to do, or is expected somewhere for, is to come
    ("The government of President Saskia Lindqvist faces an election in October.", "2025-10"),
    ("Justice Onofre-Saldivar has already asked me to appear in April.", "2025-04"),
    ("Gen Vasic says Marrosk will be cleared by May.", "2025-05"),
    ("Dr Ilse van Aardt is expected in Tolvo on Friday, the mayor's office said.", "2025-03-14"),
    # past tense: the last such month or day
    ("The party faced a vote in October.", "2024-10"),
    ("The talks were expected in Geneva on Friday but collapsed.", "2025-03-07"),
    ("The rebels had taken the town by May.", None),  # "by" of the past: not guessed
])
def test_a_time_someone_faces_is_asked_to_appear_at_or_is_expected_at_is_to_come(text: str,
                                                                                  expected: str | None) -> None:
    """Written on 13 March 2025: 'faces an election in October' was October 2024 (and began the home
    page's span), 'asked me to appear in April' April 2024, 'is expected in Tolvo on Friday' the Friday
    before, and 'will be cleared by May' unresolved."""
    assert [value for _, value, _, _ in _dates(text, "2025-03-13")] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("He was arrested on 5 and 6 May.", [("5 and 6 May", "2025-05-05")]),
    ("Talks ran from 3 to 5 May in the capital.", [("3 to 5 May", "2025-05-03")]),
    ("Three reports, filed on 6, 15 and 24 February, were ignored.", [("6, 15 and 24 February", "2025-02-06")]),
    ("The curfew remains until at least 20 June.", [("20 June", "2025-06-20")]),
    # the night's second day stays the night's
    ("On the night of 1 to 2 March, the shelling began.", [("2 March", "2025-03-02")]),
])
def test_days_listed_or_ranged_in_one_month_are_dated_from_the_first(text: str,
                                                                     expected: list[tuple[str, str]]) -> None:
    """'in the first two days, 5 and 6 May', 'from 3 to 5 May', 'until at least 20 June' gave no date
    at all: the day had to follow its lead word."""
    assert _values(text, "2025-05-15") == expected


@pytest.mark.parametrize("text, expected", [
    ("He was chairman of Corvane until March.", [("March", "2025-03")]),
    ("Nothing is settled until March.", [("March", None)]),
])
def test_a_month_until_which_something_was_is_the_last_one(text: str, expected: list[tuple[str, str | None]]) -> None:
    """'who was chairman of Corvane until March' could not be placed; one that may look ahead or back
    stays unplaced (test_until_a_month_is_not_guessed_forward_or_back)."""
    assert _values(text, "2025-05-15") == expected


@pytest.mark.parametrize("text, expected", [
    ("Police arrested the owner this morning.", [("this morning", "2025-04-16")]),
    ("The owner was arrested late last night.", [("last night", "2025-04-15")]),
    ("The minister will speak tonight.", [("tonight", "2025-04-16")]),
])
def test_parts_of_the_day_of_writing_are_dated(text: str, expected: list[tuple[str, str]]) -> None:
    """'Police arrested the owner this morning', in a press release, gave the arrest no date."""
    assert _values(text, "2025-04-16") == expected
