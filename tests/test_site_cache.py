"""The whole site kept between builds (site_cache.py): reused only when every input is the same.

build_site() is called directly (no MkDocs) with a cache folder; a build that analyses or renders
anything is seen through the analysis step, counted. A hit must give the stored build's pages;
every input the pipeline reads after the seeds (settings, curated file, previous export,
SOURCE_DATE_EPOCH, the code and templates) must make a miss, and a damaged entry is a miss.
"""

from __future__ import annotations

import dataclasses
import io
import pickle
import shutil
from pathlib import Path

import pytest
from briefing_site import cache, inputs, pipeline, site_cache
from briefing_site.model import Settings, SiteBuild

SEEDS = {
    "alpha.txt": "Border talks in Baghdad\n\nOfficials from Türkiye met Iraqi ministers in Baghdad on Monday, "
                 "the ministry said. They agreed to meet again in Ankara.\n",
    "beta.txt": "Ankara hosts Iraqi delegation\n\nIraqi ministers travelled to Ankara to discuss the PKK and border "
                "security with Türkiye, officials said.\n",
}


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in SEEDS.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return Settings(seeds_dir=seeds, cache_dir=tmp_path / "cache")


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many builds ran the pipeline's steps (a hit runs none)."""
    runs: list[int] = []
    original = pipeline._build

    def build(*args, **kwargs):  # type: ignore[no-untyped-def]
        runs.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_build", build)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    pipeline._CACHE.clear()
    return runs


def _pages(build: SiteBuild) -> dict[str, str]:
    return {f.path: f.content for f in build.files}


def _entry(settings: Settings) -> Path:
    [entry] = list(settings.cache_dir.rglob(cache.SITE_ENTRY))  # type: ignore[union-attr]
    return entry


def test_a_second_build_reads_the_site_back_without_its_analyses(settings: Settings, built: list[int]) -> None:
    first = pipeline.build_site(settings)
    second = pipeline.build_site(settings)
    assert built == [1] and first.analyses and second.analyses == ()
    assert _pages(second) == _pages(first)
    assert (second.problems, second.skipped, second.faults, second.seeds_found, second.pages_made) == \
        (first.problems, first.skipped, first.faults, first.seeds_found, first.pages_made)
    assert _pages(pipeline.build_site(dataclasses.replace(settings, cache_dir=None))) == _pages(first)


def test_a_cache_in_a_hidden_folder_of_the_seeds_is_read_back_and_never_shown(settings: Settings,
                                                                              built: list[int]) -> None:
    """The cache made the folder, and the next build listed it among the files skipped: another
    site, and the site's own entry never matched."""
    inside = dataclasses.replace(settings, cache_dir=settings.seeds_dir / ".cache" / "briefing")
    first = pipeline.build_site(inside)
    second = pipeline.build_site(inside)
    assert built == [1] and first.skipped == second.skipped == ()
    assert _pages(second) == _pages(first)
    assert '"skipped": []' in _pages(first)["briefing.json"]


def test_a_cache_restored_to_another_folder_keeps_its_site(settings: Settings, built: list[int],
                                                           tmp_path: Path) -> None:
    first = pipeline.build_site(settings)
    shutil.copytree(settings.cache_dir, tmp_path / "restored")  # type: ignore[arg-type]
    again = pipeline.build_site(dataclasses.replace(settings, cache_dir=tmp_path / "restored"))
    assert built == [1] and _pages(again) == _pages(first)


def test_reuse_off_builds_and_keeps_the_analyses(settings: Settings, built: list[int]) -> None:
    pipeline.build_site(settings)
    again = pipeline.build_site(settings, reuse_site=False)
    assert built == [1, 1] and again.analyses


def test_without_a_cache_folder_nothing_is_kept(settings: Settings, built: list[int]) -> None:
    off = dataclasses.replace(settings, cache_dir=None)
    pipeline.build_site(off)
    pipeline.build_site(off)
    assert built == [1, 1] and not settings.cache_dir.exists()  # type: ignore[union-attr]


def _edit_seed(settings: Settings) -> None:
    (settings.seeds_dir / "beta.txt").write_text(SEEDS["beta.txt"] + "More talks are planned.\n", encoding="utf-8")


def _add_seed(settings: Settings) -> None:
    (settings.seeds_dir / "gamma.txt").write_text("Water talks\n\nTalks on the Tigris resumed.\n", encoding="utf-8")


def _remove_seed(settings: Settings) -> None:
    (settings.seeds_dir / "alpha.txt").unlink()


def _skipped_file(settings: Settings) -> None:
    (settings.seeds_dir / ".hidden.txt").write_text("not a seed\n", encoding="utf-8")


@pytest.mark.parametrize("change", [_edit_seed, _add_seed, _remove_seed, _skipped_file])
def test_any_change_in_the_seeds_folder_is_a_miss(settings: Settings, built: list[int], change) -> None:  # type: ignore[no-untyped-def]
    pipeline.build_site(settings)
    change(settings)
    changed = pipeline.build_site(settings)
    assert built == [1, 1]
    assert _pages(changed) == _pages(pipeline.build_site(dataclasses.replace(settings, cache_dir=None)))


@pytest.mark.parametrize("field, value", [("related_links", 1), ("site_name", "Other"), ("use_directory_urls", False),
                                          ("entity_page_min_sources", 1), ("site_url", "https://example.org/")])
def test_every_setting_is_part_of_the_key(settings: Settings, built: list[int], field: str, value: object) -> None:
    pipeline.build_site(settings)
    pipeline.build_site(dataclasses.replace(settings, **{field: value}))
    assert built == [1, 1]


def test_the_curated_file_and_the_previous_export_count_by_content(settings: Settings, built: list[int],
                                                                   tmp_path: Path) -> None:
    curated, previous = tmp_path / "entities.yml", tmp_path / "previous.json"
    curated.write_text("entities: []\n", encoding="utf-8")
    previous.write_text("{}", encoding="utf-8")
    settings = dataclasses.replace(settings, entities_file=curated, previous_export=previous)
    pipeline.build_site(settings)
    pipeline.build_site(settings)
    assert built == [1]
    curated.write_text("entities:\n  - name: Tigris\n    type: place\n", encoding="utf-8")
    pipeline.build_site(settings)
    previous.write_text('{"version": 4}', encoding="utf-8")
    pipeline.build_site(settings)
    assert built == [1, 1, 1]


def test_the_build_date_is_part_of_the_key(settings: Settings, built: list[int],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline.build_site(settings)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    pipeline.build_site(settings)
    assert built == [1, 1]


@pytest.mark.parametrize("part", ["code", "templates", "site_version"])
def test_other_code_or_templates_is_a_miss(settings: Settings, built: list[int], monkeypatch: pytest.MonkeyPatch,
                                           part: str) -> None:
    pipeline.build_site(settings)
    monkeypatch.setitem(site_cache.CODE_KEY, part, "something else")
    pipeline.build_site(settings)
    assert built == [1, 1]


def test_the_templates_are_hashed() -> None:
    assert site_cache.CODE_KEY["templates"] == site_cache._templates_version()
    assert any(site_cache._TEMPLATES.glob("*.j2"))


@pytest.mark.parametrize("damage", ["truncated", "flipped", "empty", "other key", "longer", "not ours"])
def test_a_damaged_entry_is_a_miss_and_is_replaced(settings: Settings, built: list[int], damage: str) -> None:
    first = pipeline.build_site(settings)
    entry = _entry(settings)
    data = entry.read_bytes()
    damaged = {"truncated": data[: len(data) // 2], "flipped": data[:-1] + bytes([data[-1] ^ 1]), "empty": b"",
               "other key": data.replace(b"\n", b"\nx", 1), "longer": data + b"x",
               "not ours": b"\n".join([b"briefing-analysis-cache 1", *data.split(b"\n")[1:]])}[damage]
    entry.write_bytes(damaged)
    again = pipeline.build_site(settings)
    assert built == [1, 1] and _pages(again) == _pages(first)
    assert _pages(pipeline.build_site(settings)) == _pages(first) and built == [1, 1]  # written again, whole


def test_an_entry_cannot_name_other_classes(settings: Settings, built: list[int]) -> None:
    pipeline.build_site(settings)
    with _entry(settings).open("rb") as file:
        stored = site_cache.read_site(file, _key(settings))  # the key this build gives
    evil = pickle.dumps(dataclasses.replace(stored, files=(print,)), protocol=5)  # type: ignore[arg-type]
    with pytest.raises(pickle.UnpicklingError, match="not allowed"):
        site_cache._SiteUnpickler(io.BytesIO(evil)).load()


def _key(settings: Settings) -> bytes:
    from briefing_site.reading import discover_seeds

    files, found, skipped = discover_seeds(settings.seeds_dir)
    return site_cache.site_key(settings, inputs.read_all(files, settings), found, skipped,
                               inputs.source_date_epoch())


def test_a_site_entry_is_pruned_with_the_part_of_a_seeds_folder_that_is_gone(settings: Settings, tmp_path: Path,
                                                                              built: list[int]) -> None:
    pipeline.build_site(settings)
    entry = _entry(settings)
    for path in settings.seeds_dir.iterdir():
        path.unlink()
    settings.seeds_dir.rmdir()
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text(SEEDS["alpha.txt"], encoding="utf-8")
    pipeline.build_site(dataclasses.replace(settings, seeds_dir=other))
    assert not entry.exists() and not entry.parent.exists()


def test_analyses_stay_in_memory_only_when_asked(settings: Settings, built: list[int]) -> None:
    off = dataclasses.replace(settings, cache_dir=None)
    pipeline.build_site(off)
    assert pipeline._CACHE == {}  # mkdocs build: let go with the SiteBuild
    pipeline.build_site(off, remember=True)
    assert len(pipeline._CACHE) == len(SEEDS)  # mkdocs serve: kept for the next rebuild
    pipeline.build_site(off)
    assert pipeline._CACHE == {}
