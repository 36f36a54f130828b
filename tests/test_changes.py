"""What changed since the previous build (changes.py, issue 12 item 5): the previous briefing.json
read boundedly and checked, compared by source file, shown on the What changed page, in the export
and in the feed; a previous export that cannot be used is a warning naming it, never a crash."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from briefing_config import load_settings
from briefing_site.changes import (
    MAX_TEXT,
    PreviousExportError,
    compare,
    export_of,
    read_previous,
    what_changed,
)
from briefing_site.export import EXPORT_VERSION
from briefing_site.model import BriefingFacts, Changes, Settings
from briefing_site.render import render_changes
from conftest import FIXTURE_SEEDS, ROOT
from mkdocs.exceptions import ConfigurationError

ATOM = "{http://www.w3.org/2005/Atom}"


def facts(source_file: str, **values: object) -> BriefingFacts:
    base: dict[str, object] = {"id": source_file.split(".")[0], "source_file": source_file,
                               "title": f"Title of {source_file}", "publisher": None, "published": None,
                               "author": None, "kind": "news", "summary": ("One sentence.",), "related": ()}
    return BriefingFacts(**{**base, **values})  # type: ignore[arg-type]


def record(b: BriefingFacts, file_id: dict[str, str] | None = None) -> dict[str, object]:
    """What briefing.json says of a briefing, as far as the comparison reads it."""
    ids = file_id or {}
    return {"id": b.id, "source_file": b.source_file, "title": b.title, "publisher": b.publisher,
            "published": b.published, "author": b.author, "kind": b.kind,
            "summary": [{"sentence": i, "text": t} for i, t in enumerate(b.summary)],
            "related": [{"id": ids.get(f, f.split(".")[0])} for f in b.related]}


def export(*briefings: BriefingFacts, version: int = 4) -> dict[str, object]:
    return {"version": version, "briefings": [record(b) for b in briefings]}


# --- comparing ---------------------------------------------------------------------------------------

def test_added_removed_changed_and_unchanged_by_source_file() -> None:
    before = export_of(export(facts("a.txt"), facts("b.txt", title="Old"), facts("gone.txt")))
    now = [facts("a.txt"), facts("b.txt", title="New", author="Jane Doe"), facts("new.txt")]
    changes = compare(before, now, "previous.json")
    assert changes.compared and changes.previous == "previous.json" and changes.previous_version == 4
    assert [r.source_file for r in changes.added] == ["new.txt"] and changes.added[0].on_site
    assert [(r.source_file, r.title, r.on_site) for r in changes.removed] == [("gone.txt", "Title of gone.txt", False)]
    assert changes.unchanged == 1
    (change,) = changes.changed
    assert change.briefing.source_file == "b.txt" and change.what == ("title", "author")
    assert [(f.name, f.before, f.after) for f in change.fields] == [("title", "Old", "New"),
                                                                    ("author", None, "Jane Doe")]


def test_summary_kind_date_publisher_and_page_address_are_compared() -> None:
    before = export_of(export(facts("a.txt", summary=("Old one.", "Old two."), kind="analysis",
                                    published="2024", publisher="P")))
    now = [facts("a.txt", id="a-renamed", summary=("New one.",), kind="news", published="2024-12-26", publisher="Q")]
    (change,) = compare(before, now, "p").changed
    assert change.what == ("publisher", "published", "kind", "summary", "id")
    summary = next(f for f in change.fields if f.name == "summary")
    assert (summary.before, summary.after) == ("Old one. Old two.", "New one.")
    assert change.briefing.id == "a-renamed"


def test_related_briefings_are_compared_by_file_so_a_moved_page_is_not_a_change() -> None:
    previous = {"version": 4, "briefings": [
        record(facts("a.txt", related=("b.txt", "c.txt")), {"b.txt": "old-b-id"}),
        record(facts("b.txt", id="old-b-id")), record(facts("c.txt"))]}
    now = [facts("a.txt", related=("b.txt", "d.txt")), facts("b.txt", id="new-b-id"), facts("d.txt")]
    changes = compare(export_of(previous), now, "p")
    a = next(c for c in changes.changed if c.briefing.source_file == "a.txt")
    assert [r.source_file for r in a.related_added] == ["d.txt"]
    assert [(r.source_file, r.on_site) for r in a.related_removed] == [("c.txt", False)]
    assert a.fields == ()  # b.txt moved, and is still related
    assert next(c for c in changes.changed if c.briefing.source_file == "b.txt").what == ("id",)


def test_an_export_of_an_earlier_format_version_is_compared() -> None:
    """Versions 1 to 3 hold the same briefing fields: a site upgraded to version 4 still compares."""
    changes = compare(export_of(export(facts("a.txt", title="Old"), version=3)), [facts("a.txt")], "p")
    assert changes.previous_version == 3 and [c.what for c in changes.changed] == [("title",)]


def test_identical_builds_have_nothing_changed() -> None:
    briefings = [facts("a.txt", related=("b.txt",)), facts("b.txt", related=("a.txt",))]
    changes = compare(export_of(export(*briefings)), briefings, "p")
    assert (changes.added, changes.removed, changes.changed, changes.unchanged) == ((), (), (), 2)


def test_without_previous_nothing_is_compared() -> None:
    changes = what_changed(None, "", [facts("a.txt")])
    assert changes == Changes() and not changes.compared


# --- reading the previous export: bounded, checked, never a crash --------------------------------------

@pytest.mark.parametrize(("content", "message"), [
    (b"{not json", "is not valid JSON"),
    (b"\xff\xfe\x00garbage", "is not UTF-8 text"),
    (b"[1, 2]", "not a JSON object"),
    (b'{"briefings": []}', "no format 'version'"),
    (b'{"version": true, "briefings": []}', "no format 'version'"),
    (b'{"version": 4}', "no 'briefings' list"),
    (b'{"version": 4, "briefings": [42]}', "briefings[0] is not an object"),
    (b'{"version": 4, "briefings": [{"id": "a", "source_file": 7}]}', "briefings[0].source_file is not text"),
    (b"[" * 100_000 + b"]" * 100_000, "is not valid JSON"),  # nested past the parser's recursion limit
])
def test_a_previous_export_that_is_not_one_is_named(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "previous.json"
    path.write_bytes(content)
    with pytest.raises(PreviousExportError, match=message.replace("[", r"\[").replace("]", r"\]")):
        read_previous(path)


def test_two_briefings_from_one_file_are_refused() -> None:
    with pytest.raises(PreviousExportError, match="same source_file"):
        export_of(export(facts("a.txt"), facts("a.txt", id="other")))


def test_missing_folder_fifo_and_oversize_files_are_named(tmp_path: Path) -> None:
    with pytest.raises(PreviousExportError, match="does not exist .*outside site_dir"):
        read_previous(tmp_path / "missing.json")
    with pytest.raises(PreviousExportError, match="cannot be read: Is a directory"):
        read_previous(tmp_path)
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(PreviousExportError, match="not a regular file"):  # opened without blocking
        read_previous(fifo)
    big = tmp_path / "big.json"
    big.write_text(json.dumps(export(facts("a.txt"))), encoding="utf-8")
    with pytest.raises(PreviousExportError, match=r"is [0-9,]+ bytes, over the limit of 100$"):
        read_previous(big, max_bytes=100)


def test_text_from_the_previous_export_is_cleaned_and_bounded() -> None:
    hostile = facts("odd\nname\x1b.txt", title="A\x00 <b>title</b>\u202e\ud800 on\ntwo lines", author="x" * 9000)
    (read,) = export_of(export(hostile)).briefings
    assert read.title == "A <b>title</b> on two lines"  # controls, overrides, surrogates and breaks gone
    assert read.source_file == "odd\\nname\\x1b.txt"  # a file name is written with escapes, as reading.py does
    assert read.author is not None and len(read.author) == MAX_TEXT and read.author.endswith("…")


def test_an_export_of_this_generator_reads_back_unchanged() -> None:
    briefing = facts("sub/ü.md", title="Türkiye – Iraq: “talks”", summary=("One.", "Two\u200f."), publisher="P",
                     related=("sub/ü.md",))
    (read,) = export_of(json.loads(json.dumps(export(briefing), ensure_ascii=False))).briefings
    assert read == briefing


# --- the page ------------------------------------------------------------------------------------------

def test_page_without_previous_says_so_briefly(tmp_path: Path) -> None:
    page = render_changes(Changes(), Settings(seeds_dir=tmp_path)).content
    assert page.startswith("# What changed\n") and "not compared with an earlier one" in page
    assert "extra.briefing.previous" in page


def test_page_with_an_unreadable_previous_names_it_and_why(tmp_path: Path) -> None:
    changes = Changes(previous="old/<b>briefing</b>.json", problem="is not valid JSON (Expecting value)")
    page = render_changes(changes, Settings(seeds_dir=tmp_path)).content
    assert "<code>old/&lt;b&gt;briefing&lt;/b&gt;.json</code>, is not valid JSON (Expecting value)" in page


def test_page_lists_changes_escaped_with_links_to_briefings_still_on_the_site(tmp_path: Path) -> None:
    before = export_of(export(facts("a.txt", title="Old <i>title</i>", related=("gone.txt",)),
                              facts("gone.txt", title="Gone & <script>x</script>")))
    changes = compare(before, [facts("a.txt", title="New ]]> title"), facts("new.txt")], "previous.json")
    page = render_changes(changes, Settings(seeds_dir=tmp_path)).content
    assert "1 added, 1 removed, 1 changed, 0 unchanged" in page
    assert '<a href="../briefings/new/" data-preview=""><bdi>Title of new.txt</bdi></a>' in page
    assert "<bdi>Gone &amp; &lt;script&gt;x&lt;/script&gt;</bdi> <code>gone.txt</code>" in page
    assert "title: <bdi>Old &lt;i&gt;title&lt;/i&gt;</bdi> → <bdi>New ]]&gt; title</bdi>" in page
    assert "no longer related: <bdi>Gone &amp; &lt;script&gt;x&lt;/script&gt;</bdi> (no longer on the site)" in page
    assert '<a href="../feed.xml">Atom feed</a>' in page
    assert "<script>" not in page and "<i>" not in page


def test_nothing_read_can_start_a_heading_on_the_page(tmp_path: Path) -> None:
    """Generated pages are split at lines starting with '#' (lean.py): no value may start a line."""
    before = export_of(export(facts("a\n# File.txt", title="t\n# Title"), facts("b.txt", author="x\n# Author")))
    changes = compare(before, [facts("b.txt")], "p")
    page = render_changes(changes, Settings(seeds_dir=tmp_path)).content
    assert [line for line in page.splitlines() if line.startswith("#")] == ["# What changed", "## Removed",
                                                                           "## Changed"]


# --- configuration ----------------------------------------------------------------------------------------

def test_previous_is_relative_to_mkdocs_yml_and_optional(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    config = str(tmp_path / "mkdocs.yml")
    settings = load_settings({"briefing": {"previous": "last/briefing.json"}}, config, True)
    assert settings.previous_export == (tmp_path / "last" / "briefing.json").resolve()
    assert settings.previous_export_name == "last/briefing.json"
    for unset in ({}, {"briefing": {"previous": None}}, {"briefing": {"previous": "  "}}):
        assert load_settings(unset, config, True).previous_export is None  # !ENV of an unset variable: None


def test_previous_of_the_wrong_type_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    with pytest.raises(ConfigurationError, match="extra.briefing.previous"):
        load_settings({"briefing": {"previous": 42}}, str(tmp_path / "mkdocs.yml"), True)


# --- whole builds ---------------------------------------------------------------------------------------

def configured_build(seeds: Path, site: Path, *, previous: str | None = None, site_url: str | None = None,
                     strict: bool = True, epoch: str = "1700000000") -> subprocess.CompletedProcess:
    """`mkdocs build` with the project's mkdocs.yml plus `previous` or a site_url, read from stdin so
    that its relative paths still resolve against the project (the working directory)."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert config.count("\n  briefing:\n") == 1
    if previous is not None:
        config = config.replace("\n  briefing:\n", f"\n  briefing:\n    previous: {json.dumps(previous)}\n")
    if site_url is not None:
        config += f"\nsite_url: {site_url}\n"
    env = {**os.environ, "BRIEFING_SEEDS": str(seeds), "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": epoch,
           "BRIEFING_CACHE": "off"}
    command = [sys.executable, "-m", "mkdocs", "build", "-f", "-", "-d", str(site), *(["--strict"] if strict else [])]
    return subprocess.run(command, input=config, env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)


@dataclasses.dataclass(frozen=True)
class Rebuilt:
    site: Path
    export: dict
    stderr: str


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Rebuilt:
    """The fixture seeds built, then edited (one removed, one retitled, one added) and built again
    against the first build's briefing.json, kept outside the site folder as the README says."""
    root = tmp_path_factory.mktemp("changes")
    seeds = root / "seeds"
    shutil.copytree(FIXTURE_SEEDS, seeds)
    first = configured_build(seeds, root / "first")
    assert first.returncode == 0, first.stderr[-3000:]
    shutil.copy(root / "first" / "briefing.json", root / "previous.json")
    (seeds / "analysis" / "update.txt").unlink()
    (seeds / "orchard.yml").write_text('publisher: Redfield Daily\ndate: 2025-10-02\n'
                                       'title: "Orchard <script>alert(1)</script> & ]]> harvest"\n', encoding="utf-8")
    (seeds / "added.txt").write_text("The ministry said on Monday that the harbour talks would resume next week.\n",
                                     encoding="utf-8")
    second = configured_build(seeds, root / "site", previous=str(root / "previous.json"), epoch="1800000000")
    assert second.returncode == 0, second.stderr[-3000:]
    return Rebuilt(root / "site", json.loads((root / "site" / "briefing.json").read_text("utf-8")), second.stderr)


def test_export_says_what_changed(rebuilt: Rebuilt) -> None:
    changes = rebuilt.export["changes"]
    assert changes["compared"] is True and changes["problem"] is None and changes["previous_version"] == EXPORT_VERSION
    assert [r["source_file"] for r in changes["added"]] == ["added.txt"]
    assert [r["source_file"] for r in changes["removed"]] == ["analysis/update.txt"]
    orchard = next(c for c in changes["changed"] if c["source_file"] == "orchard.txt")
    title = next(f for f in orchard["fields"] if f["name"] == "title")
    assert title["after"] == "Orchard <script>alert(1)</script> & ]]> harvest"


def test_page_lists_what_changed(rebuilt: Rebuilt) -> None:
    page = (rebuilt.site / "changes" / "index.html").read_text(encoding="utf-8")
    assert "1 added, 1 removed," in page
    assert "Orchard &lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; harvest" in page
    assert "<script>alert(1)" not in page
    assert 'href="../briefings/added/"' in page


def test_feed_carries_the_changes(rebuilt: Rebuilt) -> None:
    feed = ET.parse(rebuilt.site / "feed.xml").getroot()
    entries = {e.findtext(f"{ATOM}title"): e for e in feed.iter(f"{ATOM}entry")}
    removed = next(e for title, e in entries.items() if title.startswith("Removed: "))
    assert removed.findtext(f"{ATOM}updated") == "2027-01-15T08:00:00Z"  # SOURCE_DATE_EPOCH 1800000000
    assert removed.find(f"{ATOM}link").get("href") == "changes/"
    assert "analysis/update.txt" in removed.findtext(f"{ATOM}summary")
    orchard = entries["Orchard <script>alert(1)</script> & ]]> harvest"]
    assert orchard.findtext(f"{ATOM}summary").startswith("Changed since the previous build: title")
    assert orchard.findtext(f"{ATOM}updated") == "2027-01-15T08:00:00Z"
    assert orchard.findtext(f"{ATOM}published") == "2025-10-02T00:00:00Z"
    assert feed.findtext(f"{ATOM}updated") == "2027-01-15T08:00:00Z"


def test_removed_entry_keeps_the_id_the_briefing_had(rebuilt: Rebuilt, tmp_path: Path) -> None:
    first = ET.parse(rebuilt.site.parent / "first" / "feed.xml").getroot()
    ids = {e.find(f"{ATOM}link").get("href"): e.findtext(f"{ATOM}id") for e in first.iter(f"{ATOM}entry")}
    now = ET.parse(rebuilt.site / "feed.xml").getroot()
    removed = next(e for e in now.iter(f"{ATOM}entry") if e.findtext(f"{ATOM}title").startswith("Removed: "))
    assert removed.findtext(f"{ATOM}id") == ids["briefings/analysis--update/"]


@pytest.mark.parametrize("content", [None, b"{broken"], ids=["missing", "invalid"])
def test_unusable_previous_is_a_warning_naming_it_never_a_crash(tmp_path: Path, content: bytes | None) -> None:
    previous = tmp_path / "previous.json"
    if content is not None:
        previous.write_bytes(content)
    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURE_SEEDS, seeds)
    result = configured_build(seeds, tmp_path / "site", previous=str(previous), strict=False)
    assert result.returncode == 0, result.stderr[-3000:]
    warning = next(line for line in result.stderr.splitlines() if "extra.briefing.previous" in line)
    assert warning.startswith("WARNING") and str(previous) in warning
    exported = json.loads((tmp_path / "site" / "briefing.json").read_text("utf-8"))["changes"]
    assert exported["compared"] is False and exported["problem"] and exported["added"] == []
    page = (tmp_path / "site" / "changes" / "index.html").read_text(encoding="utf-8")
    assert "Nothing is compared" in page
    strict = configured_build(seeds, tmp_path / "strict", previous=str(previous))
    assert strict.returncode != 0  # --strict fails on the warning, as on any other


def test_without_previous_the_page_and_export_say_so(fixture_site: Path) -> None:
    page = (fixture_site / "changes" / "index.html").read_text(encoding="utf-8")
    assert "not compared with an earlier one" in page
    assert json.loads((fixture_site / "briefing.json").read_text("utf-8"))["changes"] is None
    nav = (fixture_site / "index.html").read_text(encoding="utf-8")
    assert 'href="changes/"' in nav  # the nav link always has its page


def test_previous_export_is_the_previous_build_compared_unchanged(tmp_path: Path) -> None:
    """A build against the export of the same seeds: nothing changed, and the feed is the same but
    for nothing (no entry says it changed)."""
    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURE_SEEDS, seeds)
    assert configured_build(seeds, tmp_path / "one").returncode == 0
    shutil.copy(tmp_path / "one" / "briefing.json", tmp_path / "previous.json")
    result = configured_build(seeds, tmp_path / "two", previous=str(tmp_path / "previous.json"))
    assert result.returncode == 0, result.stderr[-3000:]
    changes = json.loads((tmp_path / "two" / "briefing.json").read_text("utf-8"))["changes"]
    assert (changes["added"], changes["removed"], changes["changed"]) == ([], [], [])
    assert changes["unchanged"] == 3
    assert (tmp_path / "one" / "feed.xml").read_bytes() == (tmp_path / "two" / "feed.xml").read_bytes()

