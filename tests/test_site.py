"""Integration: build real sites with `mkdocs build --strict` and check the HTML and briefing.json."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT, build_site

SEEDS = ROOT / "seeds"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, url)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append((tag, name, value))


def links(html: str) -> list[tuple[str, str, str]]:
    parser = _Links()
    parser.feed(html)
    return parser.links


def normalise(text: str) -> str:
    """Whitespace collapsed, and web link markup '[text](#)' read as its text, as the site does."""
    return re.sub(r"\s+", " ", re.sub(r"\[([^\[\]\n]+)\]\([^()\s]*\)", r"\1", text)).strip()


@pytest.fixture(scope="module")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("real") / "site"
    result = build_site(SEEDS, site)
    assert result.returncode == 0, result.stderr
    assert "5 seed files found, 5 briefings made, 0 could not be used, 0 built with a warning, 0 skipped" \
        in result.stderr
    return site


@pytest.fixture(scope="module")
def export(real_site: Path) -> dict:
    return json.loads((real_site / "briefing.json").read_text(encoding="utf-8"))


def test_one_page_per_seed(real_site: Path, export: dict) -> None:
    seeds = sorted(p.name for p in SEEDS.iterdir() if p.suffix == ".txt")
    assert sorted(b["source_file"] for b in export["briefings"]) == seeds
    assert export["problems"] == []
    for briefing in export["briefings"]:
        page = real_site / briefing["url"] / "index.html"
        html = page.read_text(encoding="utf-8")
        assert 'class="source-card"' in html
        assert briefing["sha256"] in html


def test_source_card_of_the_seed_with_publisher_and_date(real_site: Path, export: dict) -> None:
    briefing = next(b for b in export["briefings"] if b["source_file"] == "004_68902ee7b7d09176.txt")
    assert briefing["publisher"] == "The New Region"
    assert briefing["published"] == "2024-12-26"
    assert briefing["kind"] == "news"
    assert briefing["title"].startswith("Turkey, Iraq discuss increased military cooperation")
    html = (real_site / briefing["url"] / "index.html").read_text(encoding="utf-8")
    card = html[html.index('class="source-card"'):html.index("</section>", html.index('class="source-card"'))]
    assert "The New Region" in card and '<time datetime="2024-12-26">' in card
    assert "from the text, line 5" in card  # provenance of the publisher


def test_unknown_fields_say_not_stated(export: dict, real_site: Path) -> None:
    briefing = next(b for b in export["briefings"] if b["source_file"] == "000_0aa2cfcb28abca35.txt")
    assert briefing["publisher"] is None and briefing["published"] is None
    assert briefing["title_stated"] is False
    html = (real_site / briefing["url"] / "index.html").read_text(encoding="utf-8")
    assert html.count('class="not-stated">not stated<') >= 3


def test_summary_sentences_are_verbatim_and_free_of_leftovers(export: dict) -> None:
    for briefing in export["briefings"]:
        original = normalise((SEEDS / briefing["source_file"]).read_text(encoding="utf-8"))
        assert 2 <= len(briefing["summary"]) <= 5
        order = [s["sentence"] for s in briefing["summary"]]
        assert order == sorted(order)
        for sentence in briefing["summary"]:
            assert normalise(sentence["text"]) in original
            assert not re.search(r"READ:|min read|NEWSLETTER|inbox|Profile picture", sentence["text"])


def test_summary_links_point_at_paragraph_anchors(real_site: Path, export: dict) -> None:
    for briefing in export["briefings"]:
        html = (real_site / briefing["url"] / "index.html").read_text(encoding="utf-8")
        for sentence in briefing["summary"]:
            assert f'href="#p-{sentence["paragraph"]}"' in html
            assert f'id="p-{sentence["paragraph"]}"' in html


def test_related_links_resolve_with_reasons(real_site: Path, export: dict) -> None:
    ids = {b["id"] for b in export["briefings"]}
    for briefing in export["briefings"]:
        assert len(briefing["related"]) >= 3
        assert all(r["id"] in ids and r["id"] != briefing["id"] for r in briefing["related"])
        assert all(r["shared_entities"] or r["shared_terms"] for r in briefing["related"])
        page = real_site / briefing["url"] / "index.html"
        html = page.read_text(encoding="utf-8")
        section = html[html.index('class="related-briefings"'):]
        section = section[: section.index("</ol>")]
        for _, _, url in links(section):
            assert (page.parent / url / "index.html").resolve().is_file(), url


def test_briefings_are_off_the_nav_but_on_the_index(real_site: Path, export: dict) -> None:
    index = (real_site / "briefings" / "index.html").read_text(encoding="utf-8")
    about = (real_site / "about" / "index.html").read_text(encoding="utf-8")
    for briefing in export["briefings"]:
        slug = briefing["id"]
        assert f'href="{slug}/"' in index
        assert slug not in about  # the nav on every page lists index pages only
    assert "Briefings" in about and "Actors" in about


def test_pages_load_nothing_from_outside(real_site: Path) -> None:
    for page in real_site.rglob("*.html"):
        for tag, attribute, url in links(page.read_text(encoding="utf-8")):
            if tag in ("script", "link", "img", "iframe", "source") and attribute in ("src", "href"):
                assert not re.match(r"^(https?:)?//", url), (page, url)


def test_fixture_site_declared_metadata_and_subfolders(fixture_site: Path) -> None:
    data = json.loads((fixture_site / "briefing.json").read_text(encoding="utf-8"))
    by_file = {b["source_file"]: b for b in data["briefings"]}
    assert set(by_file) == {"analysis/update.txt", "news/update.md", "orchard.txt"}
    assert by_file["analysis/update.txt"]["id"] != by_file["news/update.md"]["id"]
    news = by_file["news/update.md"]
    assert news["publisher"] == "The Coastal Ledger" and news["published"] == "2025-03-14"
    assert news["provenance"]["publisher"]["source"] == "front matter"
    orchard = by_file["orchard.txt"]
    assert orchard["publisher"] == "Redfield Daily"
    assert orchard["provenance"]["published"]["source"] == "sidecar orchard.yml"
    assert orchard["title"] == "Valley growers report record apple harvest"
    assert orchard["provenance"]["title"]["source"] == "text, line 1"
    assert by_file["analysis/update.txt"]["kind"] == "analysis"
    html = (fixture_site / news["url"] / "index.html").read_text(encoding="utf-8")
    assert "declared in front matter" in html


def test_bad_seed_is_named_and_fails_strict(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "tests" / "fixtures" / "seeds", seeds)
    (seeds / "empty.txt").write_text("  \n\n", encoding="utf-8")
    (seeds / "broken.md").write_text("---\ntitle: [unclosed\n---\nBody text here.\n", encoding="utf-8")
    strict = build_site(seeds, tmp_path / "strict")
    assert strict.returncode != 0
    assert "seed 'empty.txt' (reading): is empty" in strict.stderr
    assert re.search(r"seed 'broken\.md:\d+' \(reading\): front matter is not valid YAML", strict.stderr)
    lenient = build_site(seeds, tmp_path / "lenient", strict=False)
    assert lenient.returncode == 0, lenient.stderr
    data = json.loads((tmp_path / "lenient" / "briefing.json").read_text(encoding="utf-8"))
    assert {p["file"] for p in data["problems"]} == {"empty.txt", "broken.md"}
    index = (tmp_path / "lenient" / "briefings" / "index.html").read_text(encoding="utf-8")
    assert "empty.txt" in index and "broken.md" in index


def test_a_bad_seed_fails_strict_mode_under_quiet_too(tmp_path: Path) -> None:
    """--quiet silences MkDocs' warnings, and with them strict mode's count (mkdocs/mkdocs#4126):
    a bad seed's warning still fails `mkdocs build -q --strict`, and is shown as the reason."""
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "tests" / "fixtures" / "seeds", seeds)
    (seeds / "empty.txt").write_text("  \n\n", encoding="utf-8")
    quiet = build_site(seeds, tmp_path / "quiet", quiet=True)
    assert quiet.returncode != 0 and "seed 'empty.txt' (reading): is empty" in quiet.stderr
    lenient = build_site(seeds, tmp_path / "lenient", strict=False, quiet=True)
    assert lenient.returncode == 0 and "WARNING" not in lenient.stderr  # quiet as asked when not strict
    (seeds / "empty.txt").unlink()
    healthy = build_site(seeds, tmp_path / "healthy", quiet=True)
    assert healthy.returncode == 0 and not healthy.stderr.strip()


def test_hostile_title_stays_text_everywhere(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "evil.md").write_text(
        '---\ntitle: "</title><script>alert(1)</script><img src=x onerror=alert(2)>"\n---\n'
        "Officials said on Monday that the <b>talks</b> would [continue](javascript:alert(3)).\n\n"
        'A second paragraph {: onclick="alert(4)" } explains --8<-- "/etc/passwd" and {{ 7*7 }}.\n',
        encoding="utf-8")
    result = build_site(seeds, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    for path in [*site.rglob("*.html"), *site.rglob("*.xml"), site / "search" / "search_index.json"]:
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            # escaped text: "&gt;" in HTML, "\u003e" inside JSON-LD (a JSON string, not markup)
            inert = text.replace("onerror=alert(2)&gt;", "").replace("onerror=alert(2)\\u003e", "")
            assert "<script>alert" not in text and "onerror=alert" not in inert
            assert 'href="javascript:' not in text and "<b>talks" not in text
            assert 'onclick="alert' not in text and "root:x:" not in text
    page = next((tmp_path / "site" / "briefings").glob("*/index.html")).read_text(encoding="utf-8")
    assert "<title>&lt;/title&gt;&lt;script&gt;alert(1)" in page
    assert "{{ 7*7 }}" in page
    data = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    assert data["briefings"][0]["title"].startswith("</title><script>")  # data, kept as written


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    assert build_site(SEEDS, first).returncode == 0
    assert build_site(SEEDS, second).returncode == 0
    files_one = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    files_two = sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert files_one == files_two
    different = [p for p in files_one if (first / p).read_bytes() != (second / p).read_bytes()]
    assert different == []


def test_entity_page_sets_sources_side_by_side(real_site: Path, export: dict) -> None:
    page = real_site / "actors" / "kurdistan-workers-party" / "index.html"
    html = page.read_text(encoding="utf-8")
    section = html[html.index('class="compare"'):]
    section = section[: section.index("</table>")]
    titles = {b["id"]: b for b in export["briefings"]}
    linked = {url.split("/")[3] for _, _, url in links(section) if url.startswith("../../briefings/")}
    assert len(linked) >= 2 and linked <= set(titles)
    for _, _, url in links(section):
        target = (page.parent / url.split("#")[0] / "index.html").resolve()
        assert target.is_file(), url
