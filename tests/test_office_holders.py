"""A surname with an office before it ("Interior Minister Kaya") is the person the other sources
say holds that office, not another person of that surname its document names (office_holders.py)."""

from __future__ import annotations

from pathlib import Path

from briefing_site.events import unpack_statements
from briefing_site.knowledge import load_knowledge
from briefing_site.model import Analysis, RawSeed, Settings
from briefing_site.office_holders import split_office_holders
from briefing_site.pipeline import analyse, identify

MINISTER = "Interior Minister Selim Kaya said on {day} that the suspects would be found.\n"
OPED = ("Berivan Kaya waited outside the hospital for six hours on Tuesday.\n\n"
        "Interior Minister Kaya promised on Wednesday that \"not a single one of them\" would escape.\n")


def _analyses(texts: dict[str, str]) -> dict[str, Analysis]:
    settings = Settings(seeds_dir=Path("seeds"))
    made = [analyse(RawSeed(name, text, "0" * 64, "utf-8", {"date": "2025-03-14"}, "front matter", 1), settings,
                    load_knowledge(None)) for name, text in texts.items()]
    return {a.seed.source_file: a for a in split_office_holders(identify(made)[0])}


def _people(analysis: Analysis) -> dict[str, tuple[list[str], tuple[str, ...]]]:
    return {e.id: ([m.text for m in e.mentions], e.roles) for e in analysis.entities if e.type == "person"}


def test_an_office_the_sources_give_another_person_of_that_surname_is_theirs() -> None:
    found = _analyses({"a.txt": MINISTER.format(day="Tuesday"), "b.txt": MINISTER.format(day="Wednesday"),
                       "oped.txt": OPED})
    oped = found["oped.txt"]
    assert _people(oped) == {"berivan-kaya": (["Berivan Kaya"], ()),
                             "selim-kaya": (["Kaya"], ("Interior Minister",))}
    assert [(q.text, q.speaker) for q in oped.quotes] == [("not a single one of them", "selim-kaya")]
    assert any(old.startswith("berivan-kaya@") and new == "selim-kaya" for old, new in oped.renamed)
    assert oped.cross_inputs is not None
    named = {s.sentence: {e for e, _, _ in s.mentions}
             for s in unpack_statements(oped.cross_inputs.statements, oped, {})}
    assert named == {0: {"berivan-kaya"}, 1: {"selim-kaya"}}  # the events read the mention moved too


def test_an_office_no_other_person_of_that_surname_holds_stays_with_the_one_named() -> None:
    """'Alan Greenspan … Fed chairman Greenspan' is one man: no source gives another Greenspan that office."""
    text = "Alan Greenspan spoke in Washington on Monday.\n\nFed chairman Greenspan said rates would rise.\n"
    found = _analyses({"a.txt": text, "b.txt": MINISTER.format(day="Tuesday")})
    assert _people(found["a.txt"])["alan-greenspan"][0] == ["Alan Greenspan", "Greenspan"]
    assert found["a.txt"].renamed == ()


def test_two_holders_of_the_office_or_a_person_the_sources_give_it_keep_the_mention() -> None:
    other = "Interior Minister Ahmet Kaya resigned on Monday.\n"
    found = _analyses({"a.txt": MINISTER.format(day="Tuesday"), "b.txt": other, "oped.txt": OPED})
    assert "selim-kaya" not in _people(found["oped.txt"])  # two Kayas held it: which one is not known
    held = "Interior Minister Berivan Kaya visited the hospital on Monday.\n"
    found = _analyses({"a.txt": MINISTER.format(day="Tuesday"), "b.txt": held, "oped.txt": OPED})
    assert _people(found["oped.txt"])["berivan-kaya"][0] == ["Berivan Kaya", "Kaya"]


def test_a_person_the_sources_give_an_office_keeps_a_title_another_holds() -> None:
    """'KDP leader Masoud Barzani … President Barzani said': other sources call Nechirvan Barzani
    president, but Masoud Barzani has an office of his own, and may well be his party's president."""
    president = "Kurdistan Region President Nechirvan Barzani met the envoy on {day}.\n"
    kdp = ("KDP leader Masoud Barzani called for early elections on Sunday.\n\n"
           "President Barzani said the party would not accept further delays.\n")
    found = _analyses({"a.txt": president.format(day="Monday"), "b.txt": president.format(day="Tuesday"),
                       "kdp.txt": kdp})
    assert "nechirvan-barzani" not in _people(found["kdp.txt"])
