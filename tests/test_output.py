"""The last build's site written over in place (hooks/briefing_output.py): unit tests on small
folders that play MkDocs' part (cleaning, writing), and real builds that must leave exactly what a
build into an empty folder leaves."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from briefing_output import ASIDE, KeptSite
from conftest import FIXTURE_SEEDS, build_site


def _clean(site: Path) -> None:
    """What MkDocs does between set_aside and put_back (mkdocs.utils.clean_directory)."""
    if not site.is_dir():
        return
    for entry in os.listdir(site):
        if not entry.startswith("."):
            path = site / entry
            shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()


def _write(site: Path, relative: str, text: str) -> Path:
    """What MkDocs does for each file it makes (mkdocs.utils.write_file)."""
    path = site / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _files(site: Path) -> dict[str, str]:
    return {str(p.relative_to(site)): p.read_text(encoding="utf-8") for p in sorted(site.rglob("*")) if p.is_file()}


def _build(kept: KeptSite, site: Path, writes: dict[str, str]) -> int:
    kept.set_aside(site)
    _clean(site)
    kept.put_back()
    kept.make_way(writes)
    for relative, text in writes.items():
        _write(site, relative, text)
    return kept.sweep()


@pytest.fixture
def site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    for relative, text in {"index.html": "old home", "briefings/a/index.html": "old a",
                           "briefings/gone/index.html": "old gone", "assets/app.js": "js"}.items():
        _write(site, relative, text)
    (site / ".git").mkdir()
    (site / ".git" / "HEAD").write_text("ref", encoding="utf-8")
    return site


def test_files_made_again_are_written_over_in_place(site: Path) -> None:
    inode = (site / "briefings" / "a" / "index.html").stat().st_ino
    _build(KeptSite(), site, {"index.html": "home", "briefings/a/index.html": "a"})
    assert (site / "briefings" / "a" / "index.html").stat().st_ino == inode  # the point: no new file
    assert (site / "briefings" / "a" / "index.html").read_text(encoding="utf-8") == "a"


def test_what_the_build_did_not_make_is_deleted_as_cleaning_would(site: Path) -> None:
    deleted = _build(KeptSite(), site, {"index.html": "home", "briefings/new/index.html": "new"})
    assert _files(site) == {".git/HEAD": "ref", "index.html": "home", "briefings/new/index.html": "new"}
    assert deleted == 3
    assert not (site / "briefings" / "gone").exists() and not (site / "assets").exists()  # empty folders go
    assert not (site / ASIDE).exists()


def test_hidden_entries_are_left_alone_as_mkdocs_leaves_them(site: Path) -> None:
    _build(KeptSite(), site, {})
    assert _files(site) == {".git/HEAD": "ref"}


def test_a_link_in_the_old_site_is_deleted_and_never_written_through(site: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me", encoding="utf-8")
    (site / "index.html").unlink()
    (site / "index.html").symlink_to(outside)
    (site / "linked").symlink_to(tmp_path)
    _build(KeptSite(), site, {"index.html": "home", "linked/x.html": "x"})
    assert outside.read_text(encoding="utf-8") == "keep me"
    assert not (site / "index.html").is_symlink() and not (site / "linked").is_symlink()
    assert not (tmp_path / "x.html").exists()


def test_a_file_with_another_name_elsewhere_is_not_written_through(site: Path, tmp_path: Path) -> None:
    other = tmp_path / "other-name.html"
    os.link(site / "index.html", other)
    _build(KeptSite(), site, {"index.html": "home"})
    assert other.read_text(encoding="utf-8") == "old home"
    assert (site / "index.html").read_text(encoding="utf-8") == "home"


def test_an_old_file_where_a_folder_goes_and_an_old_folder_where_a_file_goes(site: Path) -> None:
    _build(KeptSite(), site, {"index.html/page.html": "nested", "briefings/a": "a file now"})
    assert _files(site) == {".git/HEAD": "ref", "index.html/page.html": "nested", "briefings/a": "a file now"}


def test_a_build_stopped_midway_leaves_nothing_the_next_build_keeps(site: Path) -> None:
    kept = KeptSite()
    kept.set_aside(site)  # stopped here: the old site is in the hidden folder
    assert (site / ASIDE).is_dir()
    _build(KeptSite(), site, {"index.html": "home"})
    assert _files(site) == {".git/HEAD": "ref", "index.html": "home"}


def test_an_entry_written_after_cleaning_by_a_plugin_stays(site: Path) -> None:
    kept = KeptSite()
    kept.set_aside(site)
    _clean(site)
    _write(site, "index.html", "from a plugin")
    kept.put_back()
    kept.sweep()
    assert _files(site) == {".git/HEAD": "ref", "index.html": "from a plugin"}


def test_no_site_yet_or_an_empty_one(tmp_path: Path) -> None:
    kept = KeptSite()
    assert _build(kept, tmp_path / "missing", {}) == 0
    (tmp_path / "empty").mkdir()
    assert _build(kept, tmp_path / "empty", {"index.html": "home"}) == 0
    assert _files(tmp_path / "empty") == {"index.html": "home"}


def _site_files(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_a_rebuild_over_the_last_site_equals_a_build_into_an_empty_folder(tmp_path: Path) -> None:
    """Real builds: the second, with one seed gone and a stale file, left exactly the files of a
    build of the same seeds into an empty folder (same names, same bytes)."""
    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURE_SEEDS, seeds)
    site = tmp_path / "site"
    first = build_site(seeds, site)
    assert first.returncode == 0, first.stderr
    gone = sorted(seeds.rglob("*.md"))[0]
    gone_page = f"briefings/{gone.parent.name}--{gone.stem}/index.html"
    assert gone_page in _site_files(site), "the removed seed had a page"
    gone.unlink()
    _write(site, "stale/index.html", "from an older site")
    again = build_site(seeds, site)
    assert again.returncode == 0, again.stderr
    fresh = build_site(seeds, tmp_path / "fresh")
    assert fresh.returncode == 0, fresh.stderr
    assert _site_files(site) == _site_files(tmp_path / "fresh")
    assert gone_page not in _site_files(site) and "stale/index.html" not in _site_files(site)


def test_pages_the_last_site_holds_are_not_written_again_and_the_site_is_the_same(tmp_path: Path) -> None:
    """Real builds: after one seed is edited, the pages whose old files hold them are left as they
    are (the build says how many), MkDocs says nothing of skipping them, and the site is exactly a
    fresh build's, the edited seed's page included."""
    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURE_SEEDS, seeds)
    site = tmp_path / "site"
    assert build_site(seeds, site).returncode == 0
    edited = sorted(seeds.rglob("*.md"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\n\nThe committee met again on Tuesday.\n",
                      encoding="utf-8")
    again = build_site(seeds, site, verbose=True)
    assert again.returncode == 0, again.stderr
    held = re.search(r"(\d+) pages not written again", again.stderr)
    assert held and int(held.group(1)) > 0, again.stderr[-2000:]
    assert "Page skipped" not in again.stderr
    assert build_site(seeds, tmp_path / "fresh").returncode == 0
    assert _site_files(site) == _site_files(tmp_path / "fresh")
    page = f"briefings/{edited.parent.name}--{edited.stem}/index.html"
    assert "The committee met again on Tuesday." in _site_files(site)[page].decode()


def test_an_old_file_that_holds_a_page_exactly_need_not_be_written_again(site: Path) -> None:
    kept = KeptSite()
    kept.set_aside(site)
    _clean(site)
    kept.put_back()
    page = site / "briefings" / "a" / "index.html"
    assert not kept.holds(page, b"new a")  # other bytes: written as usual
    assert not kept.holds(page, b"old a and more")
    assert not kept.holds(site / "briefings" / "new" / "index.html", b"new")  # no old file
    assert kept.holds(page, b"old a")
    assert page.stat().st_mtime_ns != 0, "marked as written: the sweep keeps it"
    assert not kept.holds(page, b"old a"), "once written, a file is this build's: not an old one"
    _write(site, "index.html", "old home")  # written by this build, with the old bytes
    assert not kept.holds(site / "index.html", b"old home")
    kept.sweep()
    assert _files(site) == {".git/HEAD": "ref", "index.html": "old home", "briefings/a/index.html": "old a"}


def test_without_an_old_site_nothing_is_held(tmp_path: Path) -> None:
    kept = KeptSite()
    kept.set_aside(tmp_path / "missing")
    kept.put_back()
    assert not kept.holds(tmp_path / "missing" / "index.html", b"")


def test_an_entry_that_cannot_be_moved_leaves_the_site_to_mkdocs_cleaning(site: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    real_rename = os.rename
    calls = []

    def rename(source, target) -> None:  # type: ignore[no-untyped-def]
        calls.append(source)
        if len(calls) == 2:  # the second entry is a mount point, say
            raise OSError(16, "Device or resource busy")
        real_rename(source, target)

    monkeypatch.setattr(os, "rename", rename)
    kept = KeptSite()
    kept.set_aside(site)
    monkeypatch.setattr(os, "rename", real_rename)
    assert kept.site is None and not (site / ASIDE).exists()
    assert _files(site)["briefings/a/index.html"] == "old a"  # all as it was, for MkDocs to clean
    kept.put_back()
    assert kept.sweep() == 0
