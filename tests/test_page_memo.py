"""Pages kept with what they read (page_memo.py): after any edit, a build that reuses last build's
pages gives exactly the pages of a build without any cache; unchanged pages are reused; a page
whose template reaches the view in a way not noted is rendered, never kept; a damaged memo or one
made under other settings is not used."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from briefing_site import page_memo, pipeline
from briefing_site.cache import MEMO_ENTRY, part_folder
from briefing_site.model import Related, Settings, SiteBuild
from briefing_site.spool import Spool, Spooled, spooling
from conftest import ROOT


def _files(build: SiteBuild) -> dict[str, str]:
    return {f.path: f.content for f in build.files}


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", folder)
    return folder


@pytest.fixture
def reused(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many pages each build took from the memo."""
    counts: list[int] = []
    store = page_memo.PageMemo.store

    def counting(self: page_memo.PageMemo) -> None:
        counts.append(self.reused)
        store(self)
    monkeypatch.setattr(page_memo.PageMemo, "store", counting)
    return counts


def _seed(folder: Path, prefix: str) -> Path:
    return next(folder.glob(f"{prefix}_*.txt"))


def _append(folder: Path) -> None:
    path = _seed(folder, "002")
    added = "\n\nOfficials said 9 more meetings with Baghdad were planned.\n"
    path.write_text(path.read_text(encoding="utf-8") + added, encoding="utf-8")


def _retitle(folder: Path) -> None:
    path = _seed(folder, "004")
    headline = "Ankara and Baghdad sign a new border pact\n\n"
    path.write_text(headline + path.read_text(encoding="utf-8"), encoding="utf-8")


def _remove(folder: Path) -> None:
    _seed(folder, "001").unlink()


def _copy(folder: Path) -> None:
    shutil.copyfile(_seed(folder, "003"), folder / "005_copy.txt")  # a version of a story: "also reported by"


def _add(folder: Path) -> None:  # one more briefing: every feature's rarity, so every link's score, moves a little
    (folder / "006_added.txt").write_text(
        "Iraq and Türkiye open talks on water\n\nOfficials from Ankara and Baghdad met in Mosul on Sunday to "
        "discuss the flow of the Tigris, the ministry said. Farmers in the south have asked for more water "
        "since the dry summer.\n", encoding="utf-8")


def _rename_entity(folder: Path) -> None:
    for path in folder.glob("*.txt"):
        path.write_text(path.read_text(encoding="utf-8").replace("Yerlikaya", "Yerlikaya-Demir"), encoding="utf-8")


def _part(settings: Settings) -> Path:
    """The seeds folder's part of the cache (beside it, the compiled templates' folder)."""
    folder = part_folder(settings)
    assert folder is not None
    return folder


@pytest.mark.parametrize("edit", [_append, _retitle, _remove, _copy, _add, _rename_entity])
def test_after_an_edit_the_pages_are_those_of_a_build_without_cache(seeds: Path, tmp_path: Path, reused: list[int],
                                                                    edit: Callable[[Path], None]) -> None:
    cached = Settings(seeds_dir=seeds, cache_dir=tmp_path / "cache")
    pipeline.build_site(cached)
    assert (_part(cached) / MEMO_ENTRY).is_file()
    edit(seeds)
    again = pipeline.build_site(cached)
    assert _files(again) == _files(pipeline.build_site(Settings(seeds_dir=seeds)))
    assert reused[0] == 0 and reused[1] > 0  # the first build had no memo; the second reused some pages


def test_nothing_changed_reuses_every_page(seeds: Path, tmp_path: Path, reused: list[int]) -> None:
    cached = Settings(seeds_dir=seeds, cache_dir=tmp_path / "cache")
    first = pipeline.build_site(cached, reuse_site=False)
    second = pipeline.build_site(cached, reuse_site=False)  # past the site cache: the memo is what is asked
    assert _files(second) == _files(first)
    pages = sum(1 for f in first.files if f.path.startswith(("briefings/", "actors/"))
                and f.path != "briefings/index.md")
    assert reused[1] == pages


def test_a_memo_made_under_other_settings_or_damaged_is_not_used(seeds: Path, tmp_path: Path,
                                                                 reused: list[int]) -> None:
    cached = Settings(seeds_dir=seeds, cache_dir=tmp_path / "cache")
    pipeline.build_site(cached, reuse_site=False)
    other = dataclasses.replace(cached, related_links=2)
    assert _files(pipeline.build_site(other, reuse_site=False)) == _files(pipeline.build_site(
        dataclasses.replace(other, cache_dir=None)))
    assert reused[1] == 0
    memo = _part(cached) / MEMO_ENTRY
    memo.write_bytes(memo.read_bytes()[:-100])  # cut short
    assert _files(pipeline.build_site(other, reuse_site=False)) == _files(pipeline.build_site(
        dataclasses.replace(other, cache_dir=None)))
    assert reused[-1] == 0


def test_a_lookup_not_noted_makes_a_page_that_is_rendered_but_not_kept(seeds: Path, tmp_path: Path) -> None:
    cached = Settings(seeds_dir=seeds, cache_dir=tmp_path / "cache")
    build = pipeline.build_site(cached, reuse_site=False)
    view = pipeline.SiteView.of(list(build.analyses), pipeline.cross_source(list(build.analyses), 2, frozenset(), []))
    memo = page_memo.PageMemo(tmp_path / "memo", b"key", {})
    answers = page_memo.Answers(view, {})

    def reaching(reads: page_memo.Reads) -> object:
        return (reads.citations, build.files[0])[1]  # `citations`: not a lookup Reads notes
    page = memo.page("briefings/x.md", answers, (), reaching)
    assert page is build.files[0] and "briefings/x.md" not in memo.made

    def noting(reads: page_memo.Reads) -> object:
        return (reads.title(build.analyses[0].id), build.files[0])[1]
    memo.page("briefings/y.md", answers, (), noting)
    assert "briefings/y.md" in memo.made
    with spooling(Spool()):  # in a build, a page's read keys are kept as its page is: in the spool
        memo.page("briefings/z.md", answers, (), noting)
        keys = memo.made["briefings/z.md"][0]
        assert isinstance(keys, Spooled) and keys == memo.made["briefings/y.md"][0]
        assert page_memo._answers_digest(answers, keys) == memo.made["briefings/z.md"][1]  # noqa: SLF001


class _Unhashable(str):
    """An answer whose fingerprint cannot be made: its repr fails."""

    def __repr__(self) -> str:
        raise AssertionError("fingerprinted")


def test_a_page_without_a_memo_reads_its_answers_without_fingerprinting_them() -> None:
    class View:
        def title(self, briefing_id: str) -> str:
            return _Unhashable("A title longer than a fingerprint's own value. " * 10)

    answers = page_memo.Answers(View(), {})
    page = page_memo.PageMemo.off().page("briefings/a.md", answers, (("title", "b"),),
                                         lambda reads: (reads.title("b"), reads.title("b"))[1])
    assert page.startswith("A title")  # answered, never hashed: no memo keeps this page
    with pytest.raises(AssertionError, match="fingerprinted"):
        answers.ask(("title", "b"))  # a page a memo keeps has each answer fingerprinted


def test_fingerprints_are_values_when_short_else_hashes() -> None:
    assert page_memo.fingerprint("Ankara") == "Ankara"
    assert page_memo.fingerprint(True) is True and page_memo.fingerprint(None) is None
    long = "x" * (page_memo.SHORT + 1)
    assert isinstance(page_memo.fingerprint(long), bytes) and page_memo.fingerprint(long) != page_memo.fingerprint(
        long + "y")
    assert page_memo.fingerprint(("a", 1)) == page_memo.fingerprint(("a", 1)) != page_memo.fingerprint(("a", 2))


def test_related_links_are_compared_as_a_page_shows_them() -> None:
    def answer(score: float, reason: str = "Both name Ankara") -> page_memo.Fingerprint:
        links = (Related("b", score, ("Ankara",), ("talks",), reason),)
        return page_memo.Answers(None, {"a": links}).ask(("related", "a"))[1]

    assert Related("b", 0.41749, (), ()).shown_score == "0.42"
    assert answer(0.4175) == answer(0.4201)  # both print "0.42": the page is the same
    assert answer(0.4175) != answer(0.4251)  # "0.43"
    assert answer(0.4175) != answer(0.4175, "Both name Baghdad")  # every other field compared whole


def test_a_cache_restored_to_another_folder_keeps_its_pages(seeds: Path, tmp_path: Path, reused: list[int]) -> None:
    pipeline.build_site(Settings(seeds_dir=seeds, cache_dir=tmp_path / "cache"), reuse_site=False)
    shutil.copytree(tmp_path / "cache", tmp_path / "restored")
    moved = Settings(seeds_dir=seeds, cache_dir=tmp_path / "restored")
    fresh = pipeline.build_site(Settings(seeds_dir=seeds))
    assert _files(pipeline.build_site(moved, reuse_site=False)) == _files(fresh)
    assert reused[-1] > 0


@pytest.mark.parametrize("edit", [_append, _retitle, _remove, _add])
def test_timeline_parts_are_kept_while_what_they_show_is_the_same(seeds: Path, tmp_path: Path, reused: list[int],
                                                                   edit: Callable[[Path], None]) -> None:
    cached = Settings(seeds_dir=seeds, cache_dir=tmp_path / "cache", timeline_page_events=3)
    first = pipeline.build_site(cached, reuse_site=False)
    parts = [f.path for f in first.files if f.path.startswith("timeline/")]
    assert len(parts) >= 3
    made: list[str] = []
    render = pipeline.render_timeline_part

    def rendering(part, *args):  # type: ignore[no-untyped-def]
        made.append(part.path)
        return render(part, *args)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "render_timeline_part", rendering)
        assert _files(pipeline.build_site(cached, reuse_site=False)) == _files(first)
        assert made == []  # nothing changed: every part is last build's
        edit(seeds)
        again = pipeline.build_site(cached)
    assert _files(again) == _files(pipeline.build_site(dataclasses.replace(cached, cache_dir=None)))
    if edit is _append:  # a sentence added to one seed: the parts whose events are the same are kept
        assert made and len(made) < len(parts) - 1
