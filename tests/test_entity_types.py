"""Types from evidence (entity_types.py), and phrases that are not names at all."""

from __future__ import annotations

import pytest
from briefing_site.entities import extract_entities
from briefing_site.knowledge import Knowledge, load_knowledge
from briefing_site.model import Entity
from briefing_site.text import read_document


@pytest.fixture(scope="module")
def builtin() -> Knowledge:
    return load_knowledge(None)


def _entities(body: str, knowledge: Knowledge) -> dict[str, Entity]:
    return {e.name: e for e in extract_entities(read_document(f"A quiet week\n\n{body}\n"), knowledge)}


def test_fragments_are_not_entities(builtin: Knowledge) -> None:
    entities = _entities('Ann Vetch said: "Whilst I disagree, fine." It happened under John Major\'s '
                         "government. Ex-Labour leader Tom Reed agreed.", builtin)
    assert "Whilst I" not in entities and "Whilst" not in entities
    assert "John" not in entities and "John Major" in entities
    assert "Ex-Labour" not in entities
    assert "Labour" in {m.text for m in entities["Labour Party"].mentions}


def test_documents_and_stations_are_not_actors(builtin: Knowledge) -> None:
    entities = _entities("The plans were set out in the transport White Paper. Ann Vetch told Radio Nine Live "
                         "she had signed a Memorandum of Understanding.", builtin)
    for name in ("White Paper", "Radio Nine Live", "Memorandum of Understanding"):
        assert entities[name].type == "other"


def test_demonyms_and_faiths_are_not_entities(builtin: Knowledge) -> None:
    entities = _entities("Many Sri Lankans lost work, the Sri Lankan authorities said. Buddhist and Hindu "
                         "leaders met in Colombo.", builtin)
    assert not {"Sri Lankans", "Sri Lankan", "Buddhist", "Hindu"} & set(entities)


def test_groups_campaigns_and_towns_are_typed_from_cues(builtin: Knowledge) -> None:
    entities = _entities("Talks with the Northern Hawks, who want a state, resumed. Groups such as Stop Fernley "
                         "Expansion objected. She visited the coastal town of Kelburra on Monday. "
                         "Tamil Tigers envoys attended. Leaflets from Upper Vale Tories arrived.", builtin)
    assert entities["Northern Hawks"].type == "organisation"
    assert entities["Stop Fernley Expansion"].type == "organisation"
    assert entities["Kelburra"].type == "place"
    assert entities["Tamil Tigers"].type == "organisation"
    assert entities["Upper Vale Tories"].type == "organisation"


def test_a_known_name_opening_sentences_is_counted_each_time(builtin: Knowledge) -> None:
    entities = _entities("Japan's economy shrank. Japan's exports fell. Traders in Japan were calm.", builtin)
    assert len(entities["Japan"].mentions) == 3
