"""A step across briefings that fails on one briefing: that briefing is left out of the steps, as
its named problem (a warning), and the steps' pages are those of a site without it. Before, one
seed emptied the step's part of the whole site, under a warning that named no file."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from briefing_site import across, pipeline
from briefing_site.model import Analysis, Settings, SiteBuild
from conftest import ROOT

MARK = "Zanzibarium"  # a word in the seed the step fails on


def _seeds(folder: Path, extra: dict[str, str]) -> Path:
    folder.mkdir()
    for seed in sorted((ROOT / "seeds").iterdir()):
        shutil.copyfile(seed, folder / seed.name)
    for name, text in extra.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _export(build: SiteBuild) -> dict:
    return json.loads(next(f.content for f in build.files if f.path == "briefing.json"))


def _failing_on(test: Callable[[list[Analysis]], bool]) -> Callable[..., object]:
    real = across.find_differences

    def step(analyses: list[Analysis], *args: object) -> object:
        if test(analyses):
            raise ValueError("a fault in the step")
        return real(analyses, *args)
    return step


def _marked(analyses: list[Analysis]) -> bool:
    return any(MARK in s.text for a in analyses for s in a.document.sentences)


MARKED = {"marked.txt": f"Report from {MARK}\n\nOfficials in {MARK} said on Monday that talks with Ankara would "
                        "resume next month.\n"}


def test_a_briefing_a_step_fails_on_is_left_out_of_the_steps_by_name(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(across, "find_differences", _failing_on(_marked))
    build = pipeline.build_site(Settings(seeds_dir=_seeds(tmp_path / "seeds", MARKED)))
    without = pipeline.build_site(Settings(seeds_dir=_seeds(tmp_path / "five", {})))
    assert not build.faults
    problem, = build.problems
    assert (problem.source_file, problem.kept, problem.step) == ("marked.txt", True, "differences")
    assert "left out of the pages across briefings" in problem.message and "ValueError" in problem.message
    assert build.pages_made == 6  # its own page is made
    made, five = _export(build), _export(without)
    assert made["differences"] == five["differences"] != []
    assert made["events"] == five["events"]
    assert [(p["file"], p["briefing_kept"]) for p in made["problems"]] == [("marked.txt", True)]


def test_a_step_that_fails_only_on_briefings_together_is_a_site_fault(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(across, "find_differences", _failing_on(lambda analyses: len(analyses) > 1))
    build = pipeline.build_site(Settings(seeds_dir=_seeds(tmp_path / "seeds", {})))
    assert not build.problems
    fault, = build.faults
    assert fault.message.startswith("the differences step failed (ValueError: a fault in the step)")
    assert _export(build)["differences"] == []


def test_a_figure_of_hundreds_of_digits_leaves_the_differences_whole(tmp_path: Path) -> None:
    """10 ** its trailing zeros overflowed a float: the whole differences step failed."""
    huge = {"huge.txt": "Troops\n\nThe army said 1" + "0" * 309 + " troops were deployed near Zakho on Monday.\n",
            "commas.txt": "Troops again\n\nThe army said 1" + ",000" * 120 + " troops were deployed near Zakho.\n"}
    build = pipeline.build_site(Settings(seeds_dir=_seeds(tmp_path / "seeds", huge)))
    without = pipeline.build_site(Settings(seeds_dir=_seeds(tmp_path / "five", {})))
    assert not build.faults and not build.problems
    assert _compared(build) == _compared(without) != []


def _compared(build: SiteBuild) -> list[dict]:
    """The differences but those of an event one source alone reports: more sources, more of those."""
    return [d for d in _export(build)["differences"] if d["kind"] != "single source"]


def test_a_step_that_fails_on_every_briefing_alone_is_a_site_fault_not_theirs(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A fault of the step itself (here: on any briefings at all) names no seed and leaves none out."""
    monkeypatch.setattr(across, "find_differences", _failing_on(lambda analyses: True))
    build = pipeline.build_site(Settings(seeds_dir=_seeds(tmp_path / "seeds", {})))
    assert not build.problems and len(build.faults) == 1
    assert _export(build)["events"] != []  # the other steps' parts are made
