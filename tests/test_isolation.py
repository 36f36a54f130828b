"""Fault isolation: whatever goes wrong in one seed, at any step, stays with that seed.

build_site() is called directly (no MkDocs) with one step made to raise for one seed only; the
other seeds must build exactly as they would without it, and the failing seed must be named with
its step, with a page that says it could not be analysed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from briefing_site import export, inputs, pipeline
from briefing_site.model import Settings
from briefing_site.render import render_index

TARGET = "Zanzibar-marker"  # only the seed whose text holds this word fails

SEEDS = {
    "alpha.txt": "Border talks in Baghdad\n\nOfficials from Türkiye met Iraqi ministers in Baghdad on Monday, "
                 "the ministry said. They agreed to meet again in Ankara.\n",
    "beta.txt": "Ankara hosts Iraqi delegation\n\nIraqi ministers travelled to Ankara to discuss the PKK and border "
                "security with Türkiye, officials said.\n",
    "target.txt": f"Talks about the {TARGET}\n\nOfficials from Türkiye met Iraqi ministers in Baghdad to discuss "
                  f"the {TARGET} and border security, the ministry said.\n",
}

# step name -> (attribute of pipeline to replace, index of the argument that carries the seed's text)
STEPS = {
    "text": "read_document",
    "metadata": "extract_metadata",
    "signals": "read_signals",
    "entities": "extract_entities",
    "terms": "_terms",
    "kind": "classify_kind",
    "figures": "extract_figures",
    "quotes": "extract_quotes",
    "dates": "extract_dates",
    "summary": "summarise",
    "limits": "bound_analysis",
    "cross inputs": "with_cross_inputs",
}


def _mentions_target(value: object) -> bool:
    """The seed's text (what analysis steps see) or its file name (what reading and rendering see)."""
    text = repr(value)[:100_000]
    return TARGET in text or "target.txt" in text


def _failing(original, error: BaseException):  # type: ignore[no-untyped-def]
    def step(*args, **kwargs):  # type: ignore[no-untyped-def]
        if args and _mentions_target(args[0]):  # the first argument carries the seed in every step
            raise error
        return original(*args, **kwargs)
    return step


def _seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, text in SEEDS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _build(tmp_path: Path):  # type: ignore[no-untyped-def]
    pipeline._CACHE.clear()  # a cached analysis would skip the step that is meant to fail
    return pipeline.build_site(Settings(seeds_dir=_seeds(tmp_path)))


def _export(build) -> dict:  # type: ignore[no-untyped-def]
    return json.loads(next(f.content for f in build.files if f.path == "briefing.json"))


def _pages(build) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {f.path: f.content for f in build.files}


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The pages of the two healthy seeds built on their own: what a failing third must not change."""
    folder = tmp_path_factory.mktemp("healthy") / "seeds"
    folder.mkdir()
    for name in ("alpha.txt", "beta.txt"):
        (folder / name).write_text(SEEDS[name], encoding="utf-8")
    pipeline._CACHE.clear()
    return _pages(pipeline.build_site(Settings(seeds_dir=folder)))


@pytest.mark.parametrize("error", [RuntimeError("boom\nINFO - forged"), OverflowError("date value out of range"),
                                   KeyError("x"), RecursionError(), ZeroDivisionError()],
                         ids=["runtime", "overflow", "key", "recursion", "zero-division"])
@pytest.mark.parametrize("step", list(STEPS))
def test_a_fault_in_any_analysis_step_stays_with_its_seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          healthy: dict[str, str], step: str,
                                                          error: BaseException) -> None:
    name = STEPS[step]
    monkeypatch.setattr(pipeline, name, _failing(getattr(pipeline, name), error))
    build = _build(tmp_path)
    assert build.pages_made == 2 and build.seeds_found == 3 and build.unused == 1
    [problem] = build.problems
    assert (problem.source_file, problem.step, problem.kept) == ("target.txt", step, False)
    assert problem.message.startswith(f"could not be analysed: {type(error).__name__}")
    assert "\n" not in problem.describe() and "Traceback" in problem.detail
    pages = _pages(build)
    assert "Not analysed: <bdi>target.txt</bdi>" in pages["briefings/target.md"]
    assert f"<dd class=\"card-step\">{step}</dd>" in pages["briefings/target.md"]
    for path in ("briefings/alpha.md", "briefings/beta.md", "actors.md", "timeline.md", "sources.md",
                 "differences.md", "index.md"):
        assert pages[path] == healthy[path], path  # the other seeds and the pages across them: as without it
    data = _export(build)
    assert [b["source_file"] for b in data["briefings"]] == ["alpha.txt", "beta.txt"]
    assert data["problems"][0]["step"] == step and data["problems"][0]["page"] == "briefings/target/"


def test_a_fault_while_reading_stays_with_its_seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inputs, "read_seed", _failing(inputs.read_seed, MemoryError("simulated")))
    build = _build(tmp_path)
    assert [(p.source_file, p.step) for p in build.problems] == [("target.txt", "reading")]
    assert build.pages_made == 2


def test_a_fault_while_rendering_in_a_lean_build_makes_the_links_again_from_the_documents(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, healthy: dict[str, str]) -> None:
    """A build for the pages alone (isolated.py's child) lets go of the terms once the links are
    made; taking a failed briefing out makes them again, and the pages are a healthy site's."""
    monkeypatch.setattr(pipeline, "render_briefing", _failing(pipeline.render_briefing, TypeError("template fault")))
    pipeline._CACHE.clear()
    build = inputs.SiteInputs.read(Settings(seeds_dir=_seeds(tmp_path)), reuse_site=False).build(keep_analyses=False)
    assert [(p.source_file, p.step) for p in build.problems] == [("target.txt", "rendering")]
    pages = _pages(build)
    assert "class=\"related-briefings\"" in healthy["briefings/alpha.md"]  # alpha and beta link each other
    for path in ("briefings/alpha.md", "briefings/beta.md", "actors.md", "timeline.md", "differences.md", "index.md"):
        assert pages[path] == healthy[path], path


def test_a_fault_while_rendering_takes_the_seed_out_of_every_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  healthy: dict[str, str]) -> None:
    monkeypatch.setattr(pipeline, "render_briefing", _failing(pipeline.render_briefing, TypeError("template fault")))
    build = _build(tmp_path)
    assert [(p.source_file, p.step, p.kept) for p in build.problems] == [("target.txt", "rendering", False)]
    pages = _pages(build)
    assert "Not analysed: <bdi>target.txt</bdi>" in pages["briefings/target.md"]
    for path in ("briefings/alpha.md", "briefings/beta.md", "actors.md", "timeline.md", "differences.md", "index.md"):
        assert pages[path] == healthy[path], path  # related links recomputed without it
    assert [b["source_file"] for b in _export(build)["briefings"]] == ["alpha.txt", "beta.txt"]


def test_a_fault_in_the_export_keeps_the_page_and_names_the_seed(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "export_record", _failing(pipeline.export_record, ValueError("cannot export")))
    build = _build(tmp_path)
    assert [(p.source_file, p.step, p.kept) for p in build.problems] == [("target.txt", "export", True)]
    assert build.pages_made == 3 and build.unused == 0
    assert [b["source_file"] for b in _export(build)["briefings"]] == ["alpha.txt", "beta.txt"]


def test_a_fault_in_the_seed_s_part_of_its_record_is_an_export_fault_not_an_analysis_fault(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The part of a record made when the seed is analysed (export.export_part) fails as the export
    does: the page stands, the export names the seed."""
    monkeypatch.setattr(export, "seed_record", _failing(export.seed_record, ValueError("cannot export")))
    build = _build(tmp_path)
    assert [(p.source_file, p.step, p.kept) for p in build.problems] == [("target.txt", "export", True)]
    assert build.pages_made == 3 and build.unused == 0
    assert [b["source_file"] for b in _export(build)["briefings"]] == ["alpha.txt", "beta.txt"]


def test_a_fault_in_a_page_across_seeds_leaves_the_rest_of_the_site(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args):  # type: ignore[no-untyped-def]
        if args[0] == "timeline.md":
            raise IndexError("timeline fault")
        return render_index(*args)

    monkeypatch.setattr(pipeline, "render_index", broken)
    build = _build(tmp_path)
    assert build.pages_made == 3 and build.problems == ()
    assert [f.message for f in build.faults] == ["the Timeline page could not be built: IndexError: timeline fault"]
    pages = _pages(build)
    assert "could not be built" in pages["timeline.md"] and "briefings/alpha.md" in pages
