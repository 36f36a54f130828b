"""Step 5: related briefings, ranked by shared entities and terms, with the reasons shown."""

from __future__ import annotations

import dataclasses
import math
from array import array
from collections import Counter
from pathlib import Path

import pytest
from briefing_site import linking
from briefing_site.knowledge import load_knowledge
from briefing_site.linking import related_briefings
from briefing_site.model import Analysis, DuplicateGroup, Event, EventReport, RawSeed, SentenceRef, Settings
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


def test_scores_run_from_zero_to_one(analyses: list[Analysis]) -> None:
    scores = [r.score for items in related_briefings(analyses, 5).values() for r in items]
    assert scores and all(0 < score <= 1 for score in scores)


def test_reason_names_the_rarest_shared_names_then_words_a_reader_knows(analyses: list[Analysis]) -> None:
    top = related_briefings(analyses, 5)["border-a"][0]
    # Türkiye and the PKK are in two briefings, Baghdad and Iraq in all three: they say less.
    assert set(top.shared_entities[:2]) == {"Türkiye", "Kurdistan Workers' Party"}
    assert top.reason.startswith("Both name Kurdistan Workers' Party, Türkiye and ")
    assert "; both about border" in top.reason
    # Words as the text writes them ('officials'), never stems ('official', 'secur').
    assert "officials" in top.shared_terms
    assert set(top.shared_terms) <= set(analyses[1].terms.words().values())
    terms = linking._Reasons(analyses, _frequency(analyses), ())._terms(1, analyses[2], set())
    assert "pkk" in terms and len(terms) == linking.TERMS_SHOWN  # without the names, 'pkk' is a term
    assert "pkk" not in top.shared_terms  # already said by the name (an alias)
    weak = {r.target: r for r in related_briefings(analyses, 5)["border-a"]}["bakery"]
    assert weak.reason == "Both name Baghdad and Iraq"


def test_reason_words_come_from_past_the_first_ranked_when_those_are_names(analyses: list[Analysis],
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The best few shared terms are looked at first (TERMS_CONSIDERED); when names or near-repeats
    leave too few words there, every shared term is, in order: the same words either way."""
    reasons = linking._Reasons(analyses, _frequency(analyses), ())
    whole = reasons._terms(1, analyses[2], set())
    named = set(whole[:2])  # the two best words said by a name
    expected = reasons._terms(1, analyses[2], named)
    assert len(expected) == linking.TERMS_SHOWN and not named & set(expected)
    monkeypatch.setattr(linking, "TERMS_CONSIDERED", 3)  # too few past the names: every term is ranked
    assert reasons._terms(1, analyses[2], set()) == whole
    assert reasons._terms(1, analyses[2], named) == expected


def _frequency(analyses: list[Analysis]) -> Counter[str]:
    return Counter(f for a in analyses for f in linking._vector(a, {}))


def _event(label: str, value: str | None, precision: str, *briefings: str) -> Event:
    reports = tuple(EventReport(SentenceRef(b, 0), "", value, precision) for b in briefings)
    return Event(f"{value}-{label}", value, precision, label, (), (), reports)


def test_an_event_both_report_is_the_reason(analyses: list[Analysis]) -> None:
    events = (
        _event("agreed a border security plan", "2024-08", "month", "border-a", "border-b"),
        _event("met in Baghdad", "2024-08-15", "day", "border-a", "border-b", "bakery"),
        _event("baked bread", None, "undated", "bakery", "border-a"),
    )
    related = related_briefings(analyses, 5, events=events)
    by_target = {r.target: r for r in related["border-a"]}
    # The event only these two report says most about the pair.
    assert by_target["border-b"].reason == "Both report: agreed a border security plan (August 2024)"
    assert by_target["border-b"].shared_entities  # the names are still given
    assert by_target["bakery"].reason == "Both report: baked bread"  # undated: no date given
    assert {r.target: r.reason for r in related["border-b"]} == {
        "border-a": by_target["border-b"].reason, "bakery": "Both report: met in Baghdad (15 August 2024)"}


@pytest.mark.parametrize(("value", "precision", "shown"), [
    ("2024-08-15", "day", "15 August 2024"), ("2024-08", "month", "August 2024"), ("2024", "year", "2024"),
    ("2024-08-15", "month", "August 2024"), (None, "undated", ""),
])
def test_event_dates_read_as_a_reader_writes_them(value: str | None, precision: str, shown: str) -> None:
    assert linking._when(value, precision) == shown


def test_versions_of_one_story_are_not_linked_and_another_story_is_linked_once(
        analyses: list[Analysis]) -> None:
    copy = dataclasses.replace(analyses[1], id="border-a-copy")
    briefings = [*analyses, copy]
    plain = related_briefings(briefings, 5)
    assert {r.target for r in plain["border-b"]} >= {"border-a", "border-a-copy"}  # copies fill the list
    group = DuplicateGroup(("border-a", "border-a-copy"), 1.0)
    related = related_briefings(briefings, 5, (group,))
    assert "border-a-copy" not in {r.target for r in related["border-a"]}
    assert "border-a" not in {r.target for r in related["border-a-copy"]}
    assert len({r.target for r in related["border-b"]} & {"border-a", "border-a-copy"}) == 1
    assert related["border-a"][0].target == "border-b"
    assert [r.target for r in related["bakery"]] == ["border-b", "border-a"]


def _numbered(vectors: list[dict[str, float]]) -> tuple[list[linking.Strongest], dict[str, int]]:
    """Vectors as the first pass reads them: features by number (in order of first use), weights in arrays."""
    numbers: dict[str, int] = {}
    strongest = [(array("l", [numbers.setdefault(f, len(numbers)) for f in v]), array("d", v.values()))
                 for v in vectors]
    return strongest, numbers


def test_strongest_keeps_the_heaviest_features_by_number_ties_by_name() -> None:
    numbers = {"term:old": 0}
    idf = linking.damped_idf(Counter({"term:b": 2, "term:a": 2, "term:old": 2, "term:lone": 1}), 4)
    assert idf["term:a"] == math.log(1 + 4 / 2) ** linking.IDF_POWER and "term:lone" not in idf
    features, weights = linking._strongest({"term:b": 1.0, "term:a": 1.0, "term:old": 2.0, "term:lone": 5.0}, idf,
                                           numbers)
    assert numbers == {"term:old": 0, "term:a": 1, "term:b": 2}  # 'lone' is in one briefing only: left out
    assert list(features) == [0, 1, 2]
    assert sum(w * w for w in weights) == pytest.approx(1.0) and weights[1] == weights[2] < weights[0]


def test_postings_keep_the_briefings_that_weigh_a_feature_most(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linking, "POSTINGS_PER_FEATURE", 2)
    strongest, numbers = _numbered([{"f": 0.1, "h": 0.3}, {"f": 0.9}, {"f": 0.5, "h": 0.2}, {"g": 1.0}, {"f": 0.95},
                                    {"f": 0.9}])
    postings = linking._postings(strongest, len(numbers))
    # the two heaviest (of equal weights the first), in index order; a feature with few holders: all of them
    assert [(others, list(weights)) for others, weights in postings] == [([1, 4], [0.9, 0.95]), ([0, 2], [0.3, 0.2]),
                                                                         ([3], [1.0])]


def _first_pass_by_pairs(vectors: list[dict[str, float]], postings: linking.Postings, numbers: dict[str, int],
                         pool: int) -> list[list[tuple[int, float]]]:
    """The first pass as its definition reads: every briefing the postings reach, by score, ties by index."""
    first = []
    for index, vector in enumerate(vectors):
        scores: dict[int, float] = {}
        for feature, weight in vector.items():
            for other, theirs in zip(*postings[numbers[feature]], strict=True):
                scores[other] = scores.get(other, 0.0) + weight * theirs
        scores.pop(index, None)
        first.append(sorted(scores.items(), key=lambda os: (-os[1], os[0]))[:pool])
    return first


@pytest.mark.parametrize("per_feature", [1, 2, 100])  # postings that reach a few briefings, or all
@pytest.mark.parametrize("pool", [1, 2, 3, 10])
def test_first_pass_keeps_the_best_scores_ties_by_index(monkeypatch: pytest.MonkeyPatch, per_feature: int,
                                                        pool: int) -> None:
    monkeypatch.setattr(linking, "POSTINGS_PER_FEATURE", per_feature)
    vectors = [{"a": 0.5, "b": 0.5}, {"a": 0.5, "c": 0.5}, {"b": 0.5, "c": 0.5}, {"a": 0.5, "b": 0.5},
               {"d": 1.0}, {"d": 0.25, "a": 0.25}, {"e": 1.0}]  # ties everywhere; 'e' reaches no one else
    strongest, numbers = _numbered(vectors)
    postings = linking._postings(strongest, len(numbers))
    first = linking._first_pass(strongest, postings, pool)
    assert [list(zip(*scores, strict=True)) for scores in first] == _first_pass_by_pairs(vectors, postings, numbers,
                                                                                            pool)
    assert [list(scores) for scores in first[6]] == [[], []]


def test_terms_packed_read_back_as_made() -> None:
    from briefing_site.model import Terms

    weights = {"border": 1.0, "talk": 1.6931471805599454, "ankara": 2.09861228866811}
    terms = Terms.of(weights, {"border": "borders", "talk": "talks", "ankara": "ankara"})
    assert terms.weighted() == weights and list(terms.weighted()) == list(weights)  # same order, same doubles
    assert terms.words() == {"border": "borders", "talk": "talks", "ankara": "ankara"}
    assert terms.labels == ("borders", "talks", "")  # a word the same as its stem is not kept twice
    assert len(terms) == 3 and not Terms() and Terms().weighted() == {} and Terms().words() == {}
