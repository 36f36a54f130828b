"""Compiled templates kept in the cache folder (template_cache.py): used when whole and current,
compiled again when missing, damaged, stale or unwritable; the same output either way."""

from __future__ import annotations

import os
from pathlib import Path

import jinja2
import pytest
from briefing_site import template_cache
from briefing_site.template_cache import SUFFIX, TemplateCache

TEMPLATES = {"page.j2": "{% for x in items %}<li>{{ x }}</li>{% endfor %}", "other.j2": "{{ a }}-{{ b }}"}


def _environment(folder: Path | None, templates: dict[str, str] = TEMPLATES) -> jinja2.Environment:
    """A new environment, as a new build makes: nothing compiled in memory."""
    return jinja2.Environment(loader=jinja2.DictLoader(templates), autoescape=True,
                              bytecode_cache=template_cache.template_cache(folder))


def _render(env: jinja2.Environment) -> tuple[str, str]:
    return (env.get_template("page.j2").render(items=["<a>", "b"]), env.get_template("other.j2").render(a=1, b=2))


EXPECTED = ("<li>&lt;a&gt;</li><li>b</li>", "1-2")


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates Jinja compiled from source."""
    names: list[str] = []
    compile_source = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):  # type: ignore[no-untyped-def]
        names.append(name)
        return compile_source(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    return names


def test_a_second_build_loads_what_the_first_compiled(tmp_path: Path, compiled: list[str]) -> None:
    assert _render(_environment(tmp_path)) == EXPECTED
    assert sorted(compiled) == ["other.j2", "page.j2"]
    assert len(list((tmp_path / template_cache.FOLDER).glob(f"*{SUFFIX}"))) == 2
    compiled.clear()
    assert _render(_environment(tmp_path)) == EXPECTED and compiled == []


def test_without_a_cache_folder_every_build_compiles(compiled: list[str]) -> None:
    assert template_cache.template_cache(None) is None
    assert _render(_environment(None)) == EXPECTED and _render(_environment(None)) == EXPECTED
    assert len(compiled) == 4


def test_a_changed_template_is_compiled_again(tmp_path: Path, compiled: list[str]) -> None:
    _render(_environment(tmp_path))
    compiled.clear()
    changed = {**TEMPLATES, "other.j2": "{{ b }}+{{ a }}"}
    env = _environment(tmp_path, changed)
    assert (env.get_template("page.j2").render(items=[]), env.get_template("other.j2").render(a=1, b=2)) == ("", "2+1")
    assert compiled == ["other.j2"]
    compiled.clear()
    assert _environment(tmp_path, changed).get_template("other.j2").render(a=1, b=2) == "2+1" and compiled == []


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    damaged = {"truncated": data[: len(data) // 2], "empty": b"", "garbage": os.urandom(len(data)),
               "bit flipped in the code": data[:-20] + bytes([data[-20] ^ 1]) + data[-19:],
               "another cache's file": data[data.index(b"\n") + 17:]}[how]
    path.write_bytes(damaged)


@pytest.mark.parametrize("how", ["truncated", "empty", "garbage", "bit flipped in the code", "another cache's file"])
def test_a_damaged_file_is_compiled_again_and_replaced(tmp_path: Path, compiled: list[str], how: str) -> None:
    _render(_environment(tmp_path))
    for path in (tmp_path / template_cache.FOLDER).glob(f"*{SUFFIX}"):
        _damage(path, how)
    compiled.clear()
    assert _render(_environment(tmp_path)) == EXPECTED
    assert sorted(compiled) == ["other.j2", "page.j2"]
    compiled.clear()
    assert _render(_environment(tmp_path)) == EXPECTED and compiled == []  # written whole again


def test_a_flipped_bit_is_caught_by_the_digest_not_by_luck(tmp_path: Path) -> None:
    """Jinja alone would load marshalled code whose bytes changed but still parse: the digest must
    refuse the file before Jinja reads it."""
    _render(_environment(tmp_path))
    path = next((tmp_path / template_cache.FOLDER).glob(f"*{SUFFIX}"))
    _damage(path, "bit flipped in the code")
    loaded: list[bool] = []

    class Watching(TemplateCache):
        def load_bytecode(self, bucket):  # type: ignore[no-untyped-def]
            super().load_bytecode(bucket)
            loaded.append(bucket.code is not None)

    env = jinja2.Environment(loader=jinja2.DictLoader(TEMPLATES), autoescape=True,
                             bytecode_cache=Watching(tmp_path / template_cache.FOLDER))
    assert _render(env) == EXPECTED and sorted(loaded) == [False, True]


def test_a_folder_that_cannot_be_made_or_written_costs_only_the_compile(tmp_path: Path, compiled: list[str],
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert template_cache.template_cache(blocked) is None  # cannot make file/templates

    def full(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(template_cache, "write_atomic", full)
    assert _render(_environment(tmp_path)) == EXPECTED and len(compiled) == 2
    assert _render(_environment(tmp_path)) == EXPECTED and len(compiled) == 4


def test_the_briefing_templates_use_the_cache_folder_of_the_settings(tmp_path: Path) -> None:
    from briefing_site import render

    env = render._environment(tmp_path / "cache")
    assert isinstance(env.bytecode_cache, TemplateCache)
    assert env.bytecode_cache.folder == tmp_path / "cache" / template_cache.FOLDER
    assert render._environment(None).bytecode_cache is None
