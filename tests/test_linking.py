"""Step 5: related briefings, ranked by shared entities and terms, with the reasons shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing_site.knowledge import load_knowledge
from briefing_site.linking import related_briefings
from briefing_site.model import Analysis, RawSeed, Settings
from briefing_site.pipeline import analyse
from conftest import with_ids

SEEDS = {
    "border-a.txt": (
        "Türkiye and Iraq agree border security plan\n\n"
        "Turkish and Iraqi officials met in Baghdad to discuss border security and the PKK. "
        "The Kurdistan Workers Party (PKK) remains active along the border, officials said. "
        "Türkiye will send troops to patrol the mountain border with Iraq.\n"
    ),
    "border-b.txt": (
        "Iraq and Türkiye talk about PKK on the border\n\n"
        "Iraqi ministers said the PKK threatens border security. "
        "Officials from Türkiye and Iraq will patrol the mountain border together. "
        "The PKK denied the claims made in Baghdad.\n"
    ),
    "bakery.txt": (
        "Bakers in Baghdad share a bread recipe\n\n"
        "Bakers in Baghdad mix flour, water and yeast in a large bowl. "
        "They knead the dough for ten minutes until smooth. "
        "Bread from Iraq is baked in a hot clay oven until golden.\n"
    ),
}


def _analysis(source_file: str, text: str, settings: Settings, declared: dict[str, object] | None = None
              ) -> Analysis:
    raw = RawSeed(source_file, text, "0" * 64, "utf-8", declared or {}, "front matter" if declared else "", 1)
    return analyse(raw, settings, load_knowledge(None))


@pytest.fixture(scope="module")
def analyses(tmp_path_factory: pytest.TempPathFactory) -> list[Analysis]:
    settings = Settings(seeds_dir=tmp_path_factory.mktemp("seeds"))
    return with_ids([_analysis(name, text, settings) for name, text in SEEDS.items()])[0]


def test_assign_ids_from_paths_sorted(analyses: list[Analysis]) -> None:
    assert [a.id for a in analyses] == ["bakery", "border-a", "border-b"]


def test_same_topic_documents_rank_each_other_first(analyses: list[Analysis]) -> None:
    related = related_briefings(analyses, 5)
    assert related["border-a"][0].target == "border-b"
    assert related["border-b"][0].target == "border-a"
    assert related["border-a"][0].score > related["border-a"][1].score > 0


def test_scores_are_symmetric(analyses: list[Analysis]) -> None:
    related = related_briefings(analyses, 5)
    scores = {(key, r.target): r.score for key, items in related.items() for r in items}
    for (source, target), score in scores.items():
        assert scores[(target, source)] == pytest.approx(score)


def test_reasons_name_shared_entities_and_terms(analyses: list[Analysis]) -> None:
    top = related_briefings(analyses, 5)["border-a"][0]
    assert "Türkiye" in top.shared_entities
    assert "Kurdistan Workers' Party" in top.shared_entities
    assert "border" in top.shared_terms
    assert len(top.shared_entities) <= 4 and len(top.shared_terms) <= 4
    weak = {r.target: r for r in related_briefings(analyses, 5)["border-a"]}["bakery"]
    assert set(weak.shared_entities) <= {"Baghdad", "Iraq"}
    assert "Türkiye" not in weak.shared_entities


def test_no_self_links_and_every_briefing_has_an_entry(analyses: list[Analysis]) -> None:
    related = related_briefings(analyses, 5)
    assert set(related) == {a.id for a in analyses}
    for key, items in related.items():
        assert key not in {r.target for r in items}
        assert len({r.target for r in items}) == len(items)


@pytest.mark.parametrize("limit", [0, 1, 2])
def test_limit_is_respected(analyses: list[Analysis], limit: int) -> None:
    related = related_briefings(analyses, limit)
    assert all(len(items) <= limit for items in related.values())
    if limit:
        assert related["border-a"][0].target == "border-b"
    assert len(related["border-a"]) == limit


def test_unrelated_document_gets_no_links(tmp_path: Path) -> None:
    settings = Settings(seeds_dir=tmp_path)
    garden = _analysis("garden.txt", "Tending a small garden\n\nWater the tomatoes each morning before "
                       "the sun is high. Prune the roses in early spring with clean shears.\n", settings)
    border = _analysis("border-a.txt", SEEDS["border-a.txt"], settings)
    related = related_briefings(with_ids([garden, border])[0], 5)
    assert related == {"border-a": (), "garden": ()}


def test_single_briefing_has_no_related() -> None:
    assert related_briefings([], 5) == {}
