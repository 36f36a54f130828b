"""feed.xml (feed.py, issue 12 item 4): valid Atom 1.0 (RFC 4287) read back with the standard
library, newest publication first, stable ids, links relative or absolute, seed text escaped, the
same bytes for the same inputs; and the <link rel="alternate"> every page carries to it."""

from __future__ import annotations

import json
import posixpath
import re
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from briefing_site.feed import FEED_PATH, build_feed, entry_id, epoch_instant, rfc3339, xml_text
from briefing_site.knowledge import load_knowledge
from briefing_site.model import Analysis, BriefingChange, BriefingRef, Changes, FieldChange, RawSeed, Settings
from briefing_site.pipeline import analyse
from conftest import ROOT, with_ids
from test_changes import configured_build

ATOM = "{http://www.w3.org/2005/Atom}"
BODY = "The ministry said on Monday that the border talks would resume next week in Baghdad.\n"
HOSTILE = "Talks <script>alert(1)</script> ]]> & \x1b[31mred\x00 \"quoted\" 'single'"


def _analysis(name: str, **declared: object) -> Analysis:
    raw = RawSeed(name, BODY, "ab" * 32, "utf-8", declared, "front matter" if declared else "", 1)
    return analyse(raw, Settings(seeds_dir=Path(".")), load_knowledge(None))


def _briefings() -> list[Analysis]:
    analyses, _ = with_ids([
        _analysis("b-undated.md"), _analysis("a-undated.md"),
        _analysis("old.md", date="2023", title="Old one"),
        _analysis("new.md", date="2024-12-26", title="New one", author="Mira Tanaka", kind="news"),
        _analysis("mid.md", date="2024-12", title="Mid one", kind="opinion"),
    ])
    return analyses


def _parse(content: str) -> ET.Element:
    root = ET.fromstring(content.encode("utf-8"))
    assert root.tag == f"{ATOM}feed"
    return root


def _entries(root: ET.Element) -> list[ET.Element]:
    return root.findall(f"{ATOM}entry")


def assert_valid_atom(root: ET.Element) -> None:
    """What RFC 4287 requires of a feed and its entries (4.1.1, 4.1.2), beyond well-formed XML."""
    for name in ("id", "title", "updated"):
        assert len(root.findall(f"{ATOM}{name}")) == 1, name
    assert root.find(f"{ATOM}author/{ATOM}name") is not None  # entries need not have one then
    instant = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
    assert instant.match(root.findtext(f"{ATOM}updated"))
    ids = [root.findtext(f"{ATOM}id")]
    for entry in _entries(root):
        for name in ("id", "title", "updated", "summary"):
            assert len(entry.findall(f"{ATOM}{name}")) == 1, name
        assert instant.match(entry.findtext(f"{ATOM}updated"))
        assert entry.findtext(f"{ATOM}published") is None or instant.match(entry.findtext(f"{ATOM}published"))
        assert entry.findtext(f"{ATOM}updated") <= root.findtext(f"{ATOM}updated")
        links = entry.findall(f"{ATOM}link[@rel='alternate']")
        assert len(links) == 1 and links[0].get("href")
        ids.append(entry.findtext(f"{ATOM}id"))
    assert all(i.startswith("urn:uuid:") for i in ids) and len(set(ids)) == len(ids)


# --- units -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("date", "instant"), [
    ("2024-12-26", "2024-12-26T00:00:00Z"), ("2024-12", "2024-12-01T00:00:00Z"), ("2024", "2024-01-01T00:00:00Z"),
    (None, None), ("", None), ("2024-13", None), ("2024-02-30", None), ("26 December 2024", None),
])
def test_dates_are_instants_at_the_start_of_their_period(date: str | None, instant: str | None) -> None:
    assert rfc3339(date) == instant


def test_source_date_epoch_as_an_instant() -> None:
    assert epoch_instant(1700000000) == "2023-11-14T22:13:20Z"
    assert epoch_instant(None) is None and epoch_instant(10**20) is None


def test_xml_text_escapes_and_drops_what_xml_cannot_hold() -> None:
    assert xml_text('a <b> & ]]> "q"\x00\x1b\ud800\ufffe z') == "a &lt;b&gt; &amp; ]]&gt; &quot;q&quot; z"
    assert xml_text("Türkiye \U0001f600 \t\n") == "Türkiye \U0001f600 \t\n"


def test_entries_newest_first_undated_last_by_file() -> None:
    root = _parse(build_feed(_briefings(), Changes(), Settings(seeds_dir=Path("."))).content)
    assert_valid_atom(root)
    titles = [e.findtext(f"{ATOM}title") for e in _entries(root)]
    assert titles[:3] == ["New one", "Mid one", "Old one"]
    assert [e.find(f"{ATOM}link").get("href") for e in _entries(root)][3:] == ["briefings/a-undated/",
                                                                               "briefings/b-undated/"]


def test_entry_fields_come_from_the_briefing() -> None:
    root = _parse(build_feed(_briefings(), Changes(), Settings(seeds_dir=Path("."))).content)
    new = _entries(root)[0]
    assert new.findtext(f"{ATOM}published") == new.findtext(f"{ATOM}updated") == "2024-12-26T00:00:00Z"
    assert new.findtext(f"{ATOM}author/{ATOM}name") == "Mira Tanaka"
    assert new.find(f"{ATOM}category").get("term") == "news"
    assert new.findtext(f"{ATOM}summary").startswith("The ministry said on Monday")
    assert new.find(f"{ATOM}link").get("type") == "text/html"
    undated = _entries(root)[-1]
    assert undated.find(f"{ATOM}published") is None and undated.find(f"{ATOM}author") is None
    assert undated.findtext(f"{ATOM}updated") == "2024-12-26T00:00:00Z"  # the newest date the data gives
    assert root.findtext(f"{ATOM}updated") == "2024-12-26T00:00:00Z"


def test_feed_of_undated_briefings_is_dated_by_source_date_epoch_only() -> None:
    undated, _ = with_ids([_analysis("a.md")])
    settings = Settings(seeds_dir=Path("."))
    assert _parse(build_feed(undated, Changes(), settings, 1700000000).content).findtext(
        f"{ATOM}updated") == "2023-11-14T22:13:20Z"
    assert _parse(build_feed(undated, Changes(), settings).content).findtext(f"{ATOM}updated") == \
        "1970-01-01T00:00:00Z"
    assert_valid_atom(_parse(build_feed([], Changes(), settings).content))  # no briefings: still a feed


def test_links_relative_without_site_url_absolute_with_it() -> None:
    briefings = _briefings()
    plain = _parse(build_feed(briefings, Changes(), Settings(seeds_dir=Path("."), use_directory_urls=False)).content)
    assert plain.find(f"{ATOM}link[@rel='self']").get("href") == "feed.xml"
    assert plain.find(f"{ATOM}link[@rel='alternate']").get("href") == "./"
    assert _entries(plain)[0].find(f"{ATOM}link").get("href") == "briefings/new.html"
    hosted = Settings(seeds_dir=Path("."), site_url="https://example.org/site/")
    root = _parse(build_feed(briefings, Changes(), hosted).content)
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == "https://example.org/site/feed.xml"
    assert _entries(root)[0].find(f"{ATOM}link").get("href") == "https://example.org/site/briefings/new/"


def test_ids_are_stable_and_do_not_depend_on_site_url_or_content() -> None:
    briefings = _briefings()
    one = _parse(build_feed(briefings, Changes(), Settings(seeds_dir=Path("."))).content)
    hosted = _parse(build_feed(briefings, Changes(), Settings(seeds_dir=Path("."), site_url="https://x.org/")).content)
    assert [e.findtext(f"{ATOM}id") for e in _entries(one)] == [e.findtext(f"{ATOM}id") for e in _entries(hosted)]
    assert _entries(one)[0].findtext(f"{ATOM}id") == entry_id("Briefings", "briefings/new.md")
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, "urn:briefing-site")  # as docs/export.md describes it
    assert entry_id("Briefings", "briefings/new.md") == uuid.uuid5(namespace, "Briefings\nbriefings/new.md").urn
    assert entry_id("Another site", "briefings/new.md") != entry_id("Briefings", "briefings/new.md")


def test_same_inputs_same_bytes() -> None:
    settings = Settings(seeds_dir=Path("."))
    assert build_feed(_briefings(), Changes(), settings, 5).content == build_feed(
        list(reversed(_briefings())), Changes(), settings, 5).content


def test_hostile_title_summary_and_author_are_escaped_and_read_back() -> None:
    (hostile,), _ = with_ids([_analysis("x.md", title=HOSTILE, author=HOSTILE, date="2024-01-02")])
    content = build_feed([hostile], Changes(), Settings(seeds_dir=Path("."), site_name="Site <&> ]]>")).content
    assert "<script>" not in content and "]]>" not in content and "\x1b" not in content and "\x00" not in content
    root = _parse(content)
    assert_valid_atom(root)
    (entry,) = _entries(root)
    readable = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "", hostile.metadata.display_title)
    assert entry.findtext(f"{ATOM}title") == readable and "<script>alert(1)</script> ]]> &" in readable
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "",
                                                                hostile.metadata.author.value or "")
    assert root.findtext(f"{ATOM}title") == "Site <&> ]]>"


def test_hostile_summary_text_round_trips() -> None:
    text = "Officials said <script>alert(1)</script> & ]]> were \"quoted\" on Monday in Baghdad.\n"
    raw = RawSeed("s.md", text, "ab" * 32, "utf-8", {}, "", 1)
    (analysis,), _ = with_ids([analyse(raw, Settings(seeds_dir=Path(".")), load_knowledge(None))])
    (entry,) = _entries(_parse(build_feed([analysis], Changes(), Settings(seeds_dir=Path("."))).content))
    assert entry.findtext(f"{ATOM}summary") == text.strip()


def test_changed_and_removed_briefings_are_entries_at_the_builds_date() -> None:
    briefings = _briefings()
    new = next(a for a in briefings if a.seed.source_file == "new.md")
    changes = Changes(previous="p.json", previous_version=4,
                      changed=(BriefingChange(BriefingRef(new.id, "new.md", "New one"),
                                              (FieldChange("summary", "Before.", "After."),)),),
                      removed=(BriefingRef("gone", "gone & <x>.md", "Gone <b>", on_site=False),))
    root = _parse(build_feed(briefings, changes, Settings(seeds_dir=Path(".")), 1800000000).content)
    assert_valid_atom(root)
    first = _entries(root)[0]
    assert first.findtext(f"{ATOM}summary").startswith("Changed since the previous build: summary. The ministry")
    assert first.findtext(f"{ATOM}updated") == "2027-01-15T08:00:00Z"
    assert first.findtext(f"{ATOM}published") == "2024-12-26T00:00:00Z"
    removed = _entries(root)[-1]
    assert removed.findtext(f"{ATOM}title") == "Removed: Gone <b>"
    assert removed.findtext(f"{ATOM}id") == entry_id("Briefings", "briefings/gone.md")
    assert removed.find(f"{ATOM}link").get("href") == "changes/"
    assert "gone & <x>.md" in removed.findtext(f"{ATOM}summary")
    assert root.findtext(f"{ATOM}updated") == "2027-01-15T08:00:00Z"


# --- whole builds ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hosted_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five seeds, with a site_url."""
    site = tmp_path_factory.mktemp("feed") / "site"
    result = configured_build(ROOT / "seeds", site, site_url="https://example.org/briefings-site/")
    assert result.returncode == 0, result.stderr[-3000:]
    return site


def test_five_seeds_feed_is_valid_atom_with_absolute_links(hosted_site: Path) -> None:
    root = ET.parse(hosted_site / FEED_PATH).getroot()
    assert_valid_atom(root)
    export = json.loads((hosted_site / "briefing.json").read_text(encoding="utf-8"))
    briefings = {"https://example.org/briefings-site/" + b["url"]: b for b in export["briefings"]}
    entries = _entries(root)
    assert len(entries) == 5
    for entry in entries:
        briefing = briefings[entry.find(f"{ATOM}link").get("href")]
        assert entry.findtext(f"{ATOM}title") == briefing["title"]
        assert entry.findtext(f"{ATOM}summary") == " ".join(s["text"] for s in briefing["summary"])
        assert entry.find(f"{ATOM}category").get("term") == briefing["kind"]
        published = entry.findtext(f"{ATOM}published")
        assert published.startswith(briefing["published"]) if briefing["published"] else published is None
    published = [e.findtext(f"{ATOM}published") for e in entries]
    dated = [p for p in published if p]
    assert dated == sorted(dated, reverse=True) and published[: len(dated)] == dated  # undated last
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == "https://example.org/briefings-site/feed.xml"


def _head_feed_links(html: str) -> list[str]:
    return re.findall(r'<link rel="alternate" type="application/atom\+xml" title="[^"]*" href="([^"]*)">', html)


def test_every_page_links_the_feed_from_its_own_depth(fixture_site: Path) -> None:
    pages = sorted(fixture_site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        (href,) = _head_feed_links(page.read_text(encoding="utf-8"))
        if page.name == "404.html":
            assert href == "/feed.xml"  # MkDocs links the 404 page from the site's root
            continue
        target = posixpath.normpath(posixpath.join(page.parent.relative_to(fixture_site).as_posix(), href))
        assert target == "feed.xml", (page, href)
    assert ET.parse(fixture_site / FEED_PATH).getroot().tag == f"{ATOM}feed"


def test_feed_link_title_is_the_site_name_escaped(fixture_site: Path) -> None:
    html = (fixture_site / "index.html").read_text(encoding="utf-8")
    assert 'type="application/atom+xml" title="Türkiye–Iraq Security Briefings" href="feed.xml"' in html
