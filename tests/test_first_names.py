"""A person one briefing names by given name alone, given the full name another briefing of the same
story gives them (first_names.py): only when one person of that given name shares the story's rare
entities with it, the name is of one sex, and no source uses it as a surname."""

from __future__ import annotations

from briefing_site.first_names import resolve_first_names
from briefing_site.model import Analysis
from test_surnames import _analyses

ABDUCTION = ("Aid workers seized\n\nGunmen seized Norwegian nurse Anna Solberg and Czech engineer Tomas Novak near "
             "Dunmir in the Sarrak region on Monday, the Velmar government said.\n")
RELEASE = ("Family statement\n\nOn Sunday night, Anna and Tomas were released near Dunmir after weeks held in "
           "Sarrak, and flown to Velmar.\n")
OTHER = ("Court news\n\nThe court in Lisbon heard the case of Anna Ferreira, a teacher, on Tuesday.\n")


def _people(analysis: Analysis) -> dict[str, str]:
    return {e.id: e.type for e in analysis.entities if e.id in ("anna", "tomas", "anna-solberg", "tomas-novak")}


def _by_source(analyses: list[Analysis]) -> dict[str, Analysis]:
    return {a.seed.source_file: a for a in analyses}


def test_a_given_name_alone_takes_the_full_name_the_story_gives() -> None:
    """A family's statement, 'Anna and Tomas were released', had entities 'Anna' and 'Tomas' of its own,
    typed as bodies, and the hostages' pages left out the statement of their release."""
    analyses = _analyses({"abduction.txt": ABDUCTION, "release.txt": RELEASE, "other.txt": OTHER})
    assert set(_people(_by_source(analyses)["release.txt"])) == {"anna", "tomas"}
    resolved = _by_source(resolve_first_names(analyses))["release.txt"]
    assert _people(resolved) == {"anna-solberg": "person", "tomas-novak": "person"}


def test_a_given_name_of_two_people_of_the_story_or_of_none_stays_alone() -> None:
    two = ABDUCTION.replace("Czech engineer Tomas Novak", "Portuguese nurse Anna Ferreira")
    analyses = _analyses({"abduction.txt": two, "release.txt": RELEASE})
    assert "anna" in _people(_by_source(resolve_first_names(analyses))["release.txt"])
    apart = _analyses({"other.txt": OTHER, "release.txt": RELEASE})  # no shared place, person or body
    assert "anna" in _people(_by_source(resolve_first_names(apart))["release.txt"])


def test_a_surname_alone_is_no_given_name() -> None:
    """'Howard' of Michael Howard had been taken for Howard Flight: a name a source gives as a surname
    is left to the surnames step."""
    texts = {"a.txt": "Tory plans\n\nMichael Howard and Howard Flight spoke in Folkestone and Arundel.\n",
             "b.txt": "Tory rally\n\nOn Monday in Folkestone and Arundel, Howard spoke to voters.\n", "c.txt": OTHER}
    resolved = _by_source(resolve_first_names(_analyses(texts)))["b.txt"]
    assert "howard-flight" not in {e.id for e in resolved.entities}
