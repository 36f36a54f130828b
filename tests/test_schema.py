"""The data contract of briefing.json (issue 12 item 4): docs/briefing.schema.json is a valid JSON
Schema (draft 2020-12), published beside the export, and every export validates against it: the
five seeds, the fixture seeds, and the hostile seeds folder of test_hostile.py. The schema is
closed (additionalProperties false) and pins the format version, so a change to the export's shape
fails here until the schema, EXPORT_VERSION and docs/export.md change with it."""

from __future__ import annotations

import copy
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from briefing_site.export import EXPORT_VERSION, SCHEMA_URL
from briefing_site.knowledge import ENTITY_TYPES
from briefing_site.metadata import KINDS
from conftest import ROOT, build_site
from jsonschema import Draft202012Validator
from test_changes import configured_build
from test_hostile import write_seeds

SCHEMA_FILE = ROOT / "docs" / "briefing.schema.json"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema: dict) -> Draft202012Validator:
    return Draft202012Validator(schema)


def errors(validator: Draft202012Validator, data: object) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}" for e in validator.iter_errors(data)]


@pytest.fixture(scope="module")
def five_seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("schema-five") / "site"
    result = build_site(ROOT / "seeds", site)
    assert result.returncode == 0, result.stderr[-3000:]
    return site


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every nasty input of test_hostile.py in one folder (not --strict: many seeds are problems)."""
    root = tmp_path_factory.mktemp("schema-hostile")
    result = build_site(write_seeds(root), root / "site", strict=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return root / "site"


def _export(site: Path) -> dict:
    return json.loads((site / "briefing.json").read_text(encoding="utf-8"))


# --- the schema itself ----------------------------------------------------------------------------------

def test_schema_is_a_valid_draft_2020_12_schema(schema: dict) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_schema_pins_this_export_version_and_names_itself_as_the_export_does(schema: dict) -> None:
    """Bump EXPORT_VERSION when the shape changes: the schema's const must follow it."""
    assert schema["properties"]["version"]["const"] == EXPORT_VERSION
    assert schema["properties"]["$schema"]["const"] == SCHEMA_URL == SCHEMA_FILE.name


def test_version_history_documents_the_current_version() -> None:
    doc = (ROOT / "docs" / "export.md").read_text(encoding="utf-8")
    assert re.search(rf"^\| {EXPORT_VERSION} \|", doc, re.M), "docs/export.md: add the version to its history"
    assert f"currently {EXPORT_VERSION}" in doc


def _objects(node: object) -> list[dict]:
    """Every sub-schema that declares properties."""
    found: list[dict] = []
    if isinstance(node, dict):
        if "properties" in node and node.get("type") == "object":
            found.append(node)
        for value in node.values():
            found += _objects(value)
    elif isinstance(node, list):
        for value in node:
            found += _objects(value)
    return found


def test_every_object_is_closed_and_requires_every_key(schema: dict) -> None:
    """The export writes every key of every object, null when unknown: no key is optional."""
    objects = _objects(schema)
    assert len(objects) > 20
    for node in objects:
        assert node.get("additionalProperties") is False, sorted(node["properties"])
        assert sorted(node["required"]) == sorted(node["properties"]), sorted(node["properties"])


def test_enums_are_the_pipelines_own(schema: dict) -> None:
    defs = schema["$defs"]
    assert tuple(defs["kind"]["enum"]) == KINDS
    assert tuple(defs["entityType"]["enum"]) == ENTITY_TYPES
    steps = set(re.findall(r'_step\("([a-z]+)"', (ROOT / "hooks" / "briefing_site" / "pipeline.py").read_text()))
    assert steps and steps <= set(defs["problem"]["properties"]["step"]["enum"])


# --- exports validate ---------------------------------------------------------------------------------------

def test_five_seeds_export_validates(validator: Draft202012Validator, five_seeds: Path) -> None:
    data = _export(five_seeds)
    assert errors(validator, data) == []
    assert len(data["briefings"]) == 5 and data["entities"] and data["events"] and data["overview"]


def test_fixture_seeds_export_validates(validator: Draft202012Validator, fixture_site: Path) -> None:
    assert errors(validator, _export(fixture_site)) == []


def test_hostile_seeds_export_validates(validator: Draft202012Validator, hostile_site: Path) -> None:
    data = _export(hostile_site)
    assert errors(validator, data) == []
    assert data["problems"] and data["skipped"] and len(data["briefings"]) > 10


def test_export_with_changes_validates(validator: Draft202012Validator, tmp_path: Path) -> None:
    previous = tmp_path / "previous.json"
    previous.write_text((ROOT / "tests" / "fixtures" / "seeds" / "orchard.txt").read_text(), encoding="utf-8")
    broken = configured_build(ROOT / "tests" / "fixtures" / "seeds", tmp_path / "broken", previous=str(previous),
                              strict=False)
    assert broken.returncode == 0, broken.stderr[-3000:]
    assert _export(tmp_path / "broken")["changes"]["problem"]
    assert errors(validator, _export(tmp_path / "broken")) == []
    previous.write_text(json.dumps(_export(tmp_path / "broken")), encoding="utf-8")
    compared = configured_build(ROOT / "seeds", tmp_path / "compared", previous=str(previous))
    assert compared.returncode == 0, compared.stderr[-3000:]
    changes = _export(tmp_path / "compared")["changes"]
    assert changes["compared"] and len(changes["added"]) == 5 and len(changes["removed"]) == 3
    assert errors(validator, _export(tmp_path / "compared")) == []


def test_schema_is_published_beside_the_export(five_seeds: Path) -> None:
    assert (five_seeds / "briefing.schema.json").read_bytes() == SCHEMA_FILE.read_bytes()
    assert _export(five_seeds)["$schema"] == "briefing.schema.json"


# --- the schema catches a changed shape -------------------------------------------------------------------

@pytest.mark.parametrize("mutate", [
    lambda d: d.update(new_key=1),
    lambda d: d["briefings"][0].update(new_field="x"),
    lambda d: d["briefings"][0].pop("summary"),
    lambda d: d["briefings"][0].update(kind="rumour"),
    lambda d: d["briefings"][0].update(published="26 December 2024"),
    lambda d: d["briefings"][0]["summary"][0].update(sentence="3"),
    lambda d: d["events"][0].update(precision="week"),
    lambda d: d["differences"][0]["claims"][0].pop("entity"),
    lambda d: d["overview"].update(points="none"),
    lambda d: d.update(version=EXPORT_VERSION - 1),
    lambda d: d.update(changes={"previous": "p", "compared": True, "problem": "x", "previous_version": 4,
                                "added": [], "removed": [], "changed": [], "unchanged": 0}),
], ids=["top-level key", "briefing key", "missing key", "kind", "date", "sentence type", "precision",
        "claim key", "overview", "old version", "compared with a problem"])
def test_a_changed_shape_is_refused(validator: Draft202012Validator, five_seeds: Path,
                                    mutate: Callable[[dict], object]) -> None:
    data = copy.deepcopy(_export(five_seeds))
    mutate(data)
    assert errors(validator, data)


# --- the hostile folder's feed ----------------------------------------------------------------------------

def test_hostile_seeds_feed_parses_and_carries_their_titles(hostile_site: Path) -> None:
    root = ET.parse(hostile_site / "feed.xml").getroot()
    export = _export(hostile_site)
    titles = [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")]
    unwritable = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # not in XML 1.0
    assert sorted(titles) == sorted(unwritable.sub("", b["title"]) for b in export["briefings"])
    assert any("<script>" in title for title in titles)
    assert "<script>" not in (hostile_site / "feed.xml").read_text(encoding="utf-8")
