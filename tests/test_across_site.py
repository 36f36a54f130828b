"""The pages across sources, built by the real `mkdocs build` from made-up seed sets written for
the project: a figure conflict, a date conflict, a near-duplicate pair, an entity below the page
threshold; and, on the five real seeds, what a reader must be able to answer from the site alone."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import ROOT, build_site

TREATY = ("{subject} signed a water-sharing treaty for the Tagus river in Lisbon in {month} 2023, {who}.\n\n"
          "{length} and supplies water to millions of people in both countries, officials said.\n\n"
          "{minister} said the treaty would {claim}.\n")
SEEDS = {
    "lisbon-a.md": ("Portugal and Spain sign Tagus water treaty in Lisbon", "Iberian Wire", "2023-04-02", TREATY.format(
        subject="Portugal and Spain", month="March", who="the two governments said",
        length="The Tagus river is 1,007 km long", minister="Portuguese Environment Minister Duarte Cordeiro",
        claim="protect farmers during droughts")),
    "lisbon-a-copy.md": ("Portugal and Spain sign Tagus water treaty in Lisbon", "Southern Daily", "2023-04-03",
                         TREATY.format(
        subject="Portugal and Spain", month="March", who="the two governments said",
        length="The Tagus river is 1,007 km long", minister="Portuguese Environment Minister Duarte Cordeiro",
        claim="protect farmers during long droughts")),
    "lisbon-b.md": ("Spain and Portugal agree Tagus river deal", "Coastal Times", "2023-05-10", TREATY.format(
        subject="Spain and Portugal", month="April", who="according to both governments",
        length="The Tagus river is 1,200 km long", minister="Spanish Environment Minister Teresa Ribera",
        claim="set minimum flows for every season")),
}


def _write(folder: Path) -> None:
    folder.mkdir()
    for name, (title, publisher, published, body) in SEEDS.items():
        front = f"---\ntitle: {title}\npublisher: {publisher}\npublished: {published}\n---\n"
        (folder / name).write_text(front + body, encoding="utf-8")


@pytest.fixture(scope="module")
def made_up(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("across")
    _write(root / "seeds")
    result = build_site(root / "seeds", root / "site")
    assert result.returncode == 0, result.stderr
    return root / "site"


def _html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_near_duplicates_are_one_story_with_versions(made_up: Path) -> None:
    export = json.loads((made_up / "briefing.json").read_text(encoding="utf-8"))
    assert [g["briefings"] for g in export["duplicates"]] == [["lisbon-a", "lisbon-a-copy"]]
    index = _html(made_up, "briefings")
    rows = re.findall(r'<tr><td><a href="([^"]+)"', index)
    assert rows.count("lisbon-a/") == 1 and "lisbon-a-copy/" not in rows  # listed once, with its version
    assert "Also reported, in near-identical words, by" in index and 'href="lisbon-a-copy/"' in index
    page = _html(made_up, "briefings/lisbon-a")
    assert "Also reported by" in page and "Southern Daily" in page
    related = {r["id"] for b in export["briefings"] if b["id"] == "lisbon-a" for r in b["related"]}
    assert "lisbon-a-copy" not in related  # related links do not fill up with copies


def test_an_entity_below_the_threshold_has_no_page(made_up: Path) -> None:
    export = json.loads((made_up / "briefing.json").read_text(encoding="utf-8"))
    pages = {e["id"] for e in export["entities"]}
    assert {"portugal", "spain", "lisbon"} <= pages
    assert "teresa-ribera" not in pages and not (made_up / "actors" / "teresa-ribera").exists()
    assert (made_up / "actors" / "lisbon" / "index.html").is_file()
    actors = _html(made_up, "actors")
    assert "Teresa Ribera" in actors and 'href="teresa-ribera/"' not in actors
    assert 'href="lisbon/"' in actors
    briefing = _html(made_up, "briefings/lisbon-b")
    assert 'href="../../actors/lisbon/"' in briefing and "actors/teresa-ribera" not in briefing


def test_a_figure_conflict_is_a_point_of_difference(made_up: Path) -> None:
    export = json.loads((made_up / "briefing.json").read_text(encoding="utf-8"))
    figures = [d for d in export["differences"] if d["kind"] == "figure"]
    assert len(figures) == 1
    values = {c["briefing"]: c["value"] for c in figures[0]["claims"]}
    assert "1,200" in values["lisbon-b"] and "1,007" in next(v for k, v in values.items() if k != "lisbon-b")
    page = _text(_html(made_up, "differences"))
    assert "Different figures for the same quantity" in page and "1,200" in page and "1,007" in page


def test_a_date_conflict_is_a_point_of_difference(made_up: Path) -> None:
    export = json.loads((made_up / "briefing.json").read_text(encoding="utf-8"))
    dates = [d for d in export["differences"] if d["kind"] == "date"]
    assert len(dates) == 1
    briefings = {c["briefing"] for c in dates[0]["claims"]}
    assert "lisbon-b" in briefings and briefings & {"lisbon-a", "lisbon-a-copy"}
    assert dates[0]["timing"]  # published apart: may be a matter of time
    for briefing in ("lisbon-a", "lisbon-b"):
        assert "Where other sources say something different" in _html(made_up, f"briefings/{briefing}")
