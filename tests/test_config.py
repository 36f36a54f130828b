"""extra.briefing is validated by MkDocs' own config classes, with the key named in the error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from briefing_config import load_settings
from conftest import ROOT, build_site
from mkdocs.exceptions import ConfigurationError


def test_defaults_and_relative_seeds_folder(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    settings = load_settings({}, str(tmp_path / "mkdocs.yml"), True)
    assert settings.seeds_dir == (tmp_path / "seeds").resolve()
    assert settings.summary_sentences == 0 and settings.related_links == 5


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("summary_sentences", "many", "Expected type: <class 'int'>"),
    ("summary_sentences", 42, "from 0 to 10"),
    ("related_links", -1, "from 0 to 50"),
    ("entities_file", "missing.yml", "isn't an existing file"),
])
def test_bad_values_name_the_key(tmp_path: Path, key: str, value: object, expected: str) -> None:
    (tmp_path / "seeds").mkdir()
    with pytest.raises(ConfigurationError) as error:
        load_settings({"briefing": {key: value}}, str(tmp_path / "mkdocs.yml"), True)
    assert f"'extra.briefing.{key}'" in str(error.value)
    assert expected in str(error.value)


def test_unknown_key_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    with pytest.raises(ConfigurationError, match="extra.briefing.sumary_sentences"):
        load_settings({"briefing": {"sumary_sentences": 3}}, str(tmp_path / "mkdocs.yml"), True)


def test_missing_seeds_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="extra.briefing.seeds"):
        load_settings({"briefing": {"seeds": "nowhere"}}, str(tmp_path / "mkdocs.yml"), True)


def test_broken_entities_file_fails_at_config_time(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "entities.yml").write_text("entities:\n  - type: person\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match=r"extra\.briefing\.entities_file.*entry 1 needs a 'name'"):
        load_settings({"briefing": {"entities_file": "entities.yml"}}, str(tmp_path / "mkdocs.yml"), True)


@pytest.mark.parametrize(("cache", "folder", "effect"), [
    ("seeds/cache", "inside the seeds folder", "read as seeds"),
    ("seeds", "the seeds folder", "read as seeds"),
    ("docs/cache", "inside docs_dir", "published with the site"),
    ("site/.cache", "inside site_dir", "emptied before each build"),  # hidden or not: MkDocs empties it
])
def test_a_cache_folder_where_its_files_would_become_the_site_is_refused(tmp_path: Path, cache: str, folder: str,
                                                                          effect: str) -> None:
    (tmp_path / "seeds").mkdir()
    expected = f"'extra.briefing.cache'.* is {folder}, so its files would be .*{effect}"
    with pytest.raises(ConfigurationError, match=expected):
        load_settings({"briefing": {"cache": cache}}, str(tmp_path / "mkdocs.yml"), True,
                      docs_dir=str(tmp_path / "docs"), site_dir=str(tmp_path / "site"))


@pytest.mark.parametrize("cache", [".cache/briefing", "seeds/.cache", "docs/.cache/briefing", "../elsewhere"])
def test_a_cache_folder_no_reader_takes_files_from_is_accepted(tmp_path: Path, cache: str) -> None:
    (tmp_path / "seeds").mkdir()
    settings = load_settings({"briefing": {"cache": cache}}, str(tmp_path / "mkdocs.yml"), True,
                             docs_dir=str(tmp_path / "docs"), site_dir=str(tmp_path / "site"))
    assert settings.cache_dir == (tmp_path / cache).resolve()


@pytest.mark.parametrize(("seeds", "folder", "effect"), [
    ("docs/seeds", "inside docs_dir", "published with the site as they are"),  # raw Markdown: unescaped
    ("docs", "docs_dir", "published with the site as they are"),
    ("site/seeds", "inside site_dir", "emptied before each build"),
])
def test_a_seeds_folder_that_mkdocs_would_publish_or_empty_is_refused(tmp_path: Path, seeds: str, folder: str,
                                                                       effect: str) -> None:
    (tmp_path / seeds).mkdir(parents=True)
    expected = f"'extra.briefing.seeds'.* is {folder}, so its files would be .*{effect}"
    with pytest.raises(ConfigurationError, match=expected):
        load_settings({"briefing": {"seeds": seeds, "cache": False}}, str(tmp_path / "mkdocs.yml"), True,
                      docs_dir=str(tmp_path / "docs"), site_dir=str(tmp_path / "site"))


def test_a_hidden_seeds_folder_in_docs_is_accepted(tmp_path: Path) -> None:  # MkDocs leaves hidden folders out
    (tmp_path / "docs" / ".seeds").mkdir(parents=True)
    settings = load_settings({"briefing": {"seeds": "docs/.seeds"}}, str(tmp_path / "mkdocs.yml"), True,
                             docs_dir=str(tmp_path / "docs"), site_dir=str(tmp_path / "site"))
    assert settings.seeds_dir == (tmp_path / "docs" / ".seeds").resolve()


def test_mkdocs_build_refuses_a_cache_in_the_seeds_docs_or_site_folder(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    site = tmp_path / "site"
    refused = ((seeds / "cache", "inside the seeds folder"), (ROOT / "docs" / "cache-test", "inside docs_dir"),
               (site / "cache", "inside site_dir"))
    for cache, where in refused:
        done = build_site(seeds, site, ("BRIEFING_CACHE", str(cache)))
        assert done.returncode != 0 and "'extra.briefing.cache'" in done.stderr and where in done.stderr
        assert not cache.exists()  # refused before anything is written
