"""The MkDocs adapter: accounting of seeds, warnings that name the file, escaped page titles."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import briefing
import pytest
from briefing_site.model import SeedProblem, Settings, SiteBuild, SiteFault, SkippedFile
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files


def _config(tmp_path: Path) -> MkDocsConfig:
    config = MkDocsConfig()
    config.load_dict({"site_name": "test", "docs_dir": str(tmp_path), "site_dir": str(tmp_path / "site")})
    config.validate()
    return config


def _run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, build: SiteBuild) -> Files:
    monkeypatch.setattr(briefing, "_settings", Settings(seeds_dir=tmp_path))
    monkeypatch.setattr(briefing, "build_site", lambda settings, **options: build)
    return briefing.on_files(Files([]), _config(tmp_path))


def test_seeds_that_are_neither_page_nor_problem_fail_the_build(monkeypatch, tmp_path) -> None:
    lost = SiteBuild(files=(), problems=(), seeds_found=2, pages_made=1)
    with pytest.raises(PluginError, match="2 seed files found but 1 briefings and 0 unused seeds"):
        _run(monkeypatch, tmp_path, lost)


def test_problems_become_warnings_naming_the_file(monkeypatch, tmp_path, caplog) -> None:
    build = SiteBuild(files=(), problems=(SeedProblem("a/b.md", "front matter is not valid YAML", 3, "fix it"),),
                      seeds_found=1, pages_made=0)
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.briefing"):
        _run(monkeypatch, tmp_path, build)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == ["seed 'a/b.md:3' (reading): front matter is not valid YAML (fix it)"]
    assert any("1 seed files found, 0 briefings made, 1 could not be used, 0 built with a warning, 0 skipped"
               in r.getMessage() for r in caplog.records)


def test_every_log_line_is_one_event(monkeypatch, tmp_path, caplog) -> None:
    """Seed-controlled text (names, messages, tracebacks) cannot start a line or send an escape."""
    build = SiteBuild(files=(), problems=(
        SeedProblem("a\nINFO - Documentation built.md", "bad \x1b[2K value\r", detail="Traceback\n  line\x1b]0;t\x07"),
        SeedProblem("ok.md", "renamed \u202eevil", kept=True)),
        seeds_found=2, pages_made=1, skipped=(SkippedFile(".x\n\x1b[1A", "hidden file"),),
        faults=(SiteFault("the Actors page could not be built: KeyError: 'a\nb'", "Traceback\n"),))
    with caplog.at_level(logging.DEBUG, logger="mkdocs.plugins.briefing"):
        _run(monkeypatch, tmp_path, build)
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 8  # 2 problems + 1 traceback, 1 fault + its traceback, 1 skipped, seconds, the counts
    for message in messages:
        assert not re.search(r"[\x00-\x1f\x7f\u202e]", message), repr(message)
    assert "seed 'a\\nINFO - Documentation built.md' (reading): bad \\x1b[2K value\\r" in messages
    assert "briefing: skipped '.x\\n\\x1b[1A' (hidden file)" in messages


def test_generated_page_gets_an_escaped_title(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(briefing, "_titles", {"briefings/x.md": "</title><script>x</script>"})

    class FakeFile:
        src_uri = "briefings/x.md"

    class FakePage:
        meta: dict[str, object] = {}
        file = FakeFile()

    page = FakePage()
    briefing.on_page_markdown("text", page, _config(tmp_path), Files([]))  # type: ignore[arg-type]
    assert isinstance(page.meta["title"], Markup)
    assert str(page.meta["title"]) == "&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;"


@pytest.mark.parametrize("command, remember", [("serve", True), ("build", False), ("gh-deploy", False)])
def test_only_serve_keeps_analyses_between_builds(monkeypatch, tmp_path, command: str, remember: bool) -> None:
    asked: list[dict] = []
    monkeypatch.setattr(briefing, "_settings", Settings(seeds_dir=tmp_path))
    monkeypatch.setattr(briefing, "build_site", lambda settings, **options: asked.append(options) or
                        SiteBuild(files=(), problems=(), seeds_found=0, pages_made=0))
    monkeypatch.setattr(briefing, "_serving", False)
    briefing.on_startup(command=command, dirty=False)
    briefing.on_files(Files([]), _config(tmp_path))
    assert asked == [{"remember": remember}]


def _index(site: Path, docs: list[dict[str, str]]) -> Path:
    path = site / "search" / "search_index.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"config": {"lang": ["en"]}, "docs": docs}), encoding="utf-8")
    return path


DOCS = [{"title": "A", "location": "briefings/a/", "text": "word " * 200},
        {"title": "Summary", "location": "briefings/a/#summary", "text": "repeats the original"},
        {"title": "Notes", "location": "notes/", "text": "kept " * 200}]


def test_material_s_entries_are_trimmed_before_it_writes_them_each_in_one_key_order(monkeypatch, tmp_path) -> None:
    config = _config(tmp_path)
    entries = [dict(reversed(list(doc.items()))) for doc in DOCS]  # as the plugin made them: any key order
    monkeypatch.setattr(briefing, "plugin_entries", lambda config: entries)
    monkeypatch.setattr(briefing, "_generated", {"briefings/a.md"})
    written = _index(Path(config.site_dir), DOCS)  # a file the plugin would write: not read nor rewritten here
    briefing._entries_trimmed(config)
    assert [e["location"] for e in entries] == ["briefings/a/", "notes/"]  # the section that repeats: gone
    assert len(entries[0]["text"]) < len(DOCS[0]["text"]) and entries[1]["text"] == DOCS[2]["text"]
    assert all(list(e) == sorted(e) for e in entries)
    briefing._build_finished(config)
    assert json.loads(written.read_text(encoding="utf-8"))["docs"] == DOCS


def test_another_search_plugin_s_index_is_trimmed_once_written(monkeypatch, tmp_path) -> None:
    config = _config(tmp_path)
    monkeypatch.setattr(briefing, "plugin_entries", lambda config: None)
    monkeypatch.setattr(briefing, "_generated", {"briefings/a.md"})
    written = _index(Path(config.site_dir), DOCS)
    briefing._entries_trimmed(config)
    briefing._build_finished(config)
    docs = json.loads(written.read_text(encoding="utf-8"))["docs"]
    assert [d["location"] for d in docs] == ["briefings/a/", "notes/"] and len(docs[0]["text"]) < len(DOCS[0]["text"])
