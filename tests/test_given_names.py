"""The given names the entity step reads (given_names.py) are what the pinned Faker gives."""

from __future__ import annotations

import pytest
from briefing_site.given_names import (
    COMMON_WORDS_FILE,
    GIVEN_NAMES_FILE,
    from_faker,
    given_name_sex,
    is_common_word,
    is_given_name,
)


def test_the_files_are_what_the_pinned_faker_gives() -> None:
    pytest.importorskip("faker")
    names, words = from_faker()
    assert GIVEN_NAMES_FILE.read_text(encoding="utf-8") == names, \
        "regenerate them: cd hooks && ../.venv/bin/python -m briefing_site.given_names"
    assert COMMON_WORDS_FILE.read_text(encoding="utf-8") == words


def test_a_common_word_is_a_given_name_only_as_the_lists_write_it() -> None:
    assert is_given_name("Bill") and is_given_name("PENNY") and is_given_name("Süleyman")
    assert not is_given_name("Age")  # 'Åge' is a Norwegian name; 'Age' of 'Age Concern' is not
    assert not is_given_name("Shareholders") and not is_given_name("")


def test_a_name_is_one_sexs_only_when_several_lists_agree() -> None:
    assert given_name_sex("Michael") == "m" and given_name_sex("Margaret") == "f"
    assert given_name_sex("Jean") == "mf"  # given to both
    assert given_name_sex("Lakshmi") == "mf"  # one list only: Lakshmi Mittal is a man
    assert given_name_sex("Suleyman") == "m"  # as 'Süleyman' is written without its accent
    assert given_name_sex("Concern") == ""


def test_common_words_are_the_commonest_english_ones() -> None:
    assert is_common_word("Age") and is_common_word("SPACE") and is_common_word("common")
    assert not is_common_word("Registry") and not is_common_word("Shareholders") and not is_common_word("")


def test_every_name_of_the_file_is_found_with_its_sex() -> None:
    for line in GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines():
        name, sex = line.split("\t")
        assert is_given_name(name) and given_name_sex(name) == sex, line
    assert not is_given_name("aaa") and not is_given_name("zzzz")  # before the first line, after the last


def test_a_given_name_written_with_accents_the_list_writes_without_is_one() -> None:
    from briefing_site.given_names import given_name_sex, is_given_name
    assert is_given_name("Ayşe") and given_name_sex("Ayşe") == "f"
    assert not is_given_name("Age")  # a plain word is not read with accents it does not have


@pytest.mark.parametrize(("word", "given"), [
    ("Jean-Pierre", True), ("Ana-Lucía", True), ("Hans-Peter", True),
    # a surname after a short article, a firm's two names, a people's compound adjective
    ("Al-Rashidi", False), ("Rolls-Royce", False), ("Franco-German", False), ("Anglo-Dutch", False),
])
def test_two_given_names_joined_are_a_given_name(word: str, given: bool) -> None:
    """'Ana-Lucía de la Fuente Varga' was typed 'other': a given name of two joined ('Jean-Pierre',
    'Hans-Peter') was no given name."""
    assert is_given_name(word) is given
