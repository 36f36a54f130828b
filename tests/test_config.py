"""extra.briefing is validated by MkDocs' own config classes, with the key named in the error."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing_config import load_settings
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
