"""The pipeline in a child process (isolated.py): the same pages as in process, the child's faults
raised here, a child that dies replaced by a build here, and no child when the site cache holds
the build or when forking is not safe."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from briefing_site import isolated, pipeline
from briefing_site.model import RawSeed, Settings, SiteBuild
from conftest import FIXTURE_SEEDS

pytestmark = pytest.mark.skipif(not isolated.can_fork(), reason="no fork here: the build runs in process")


def _files(build: SiteBuild) -> dict[str, bytes]:
    return {f.path: f.content.encode() for f in build.files}


@pytest.fixture
def settings() -> Settings:
    return Settings(seeds_dir=FIXTURE_SEEDS)


def _no_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> int:
        raise AssertionError("forked")
    monkeypatch.setattr(os, "fork", refuse)


def test_the_child_builds_the_same_site_without_analyses(settings: Settings) -> None:
    here = pipeline.build_site(settings)
    there = isolated.build_site_isolated(settings)
    assert _files(there) == _files(here)
    assert there.problems == here.problems and there.faults == here.faults and there.skipped == here.skipped
    assert (there.seeds_found, there.pages_made) == (here.seeds_found, here.pages_made)
    assert there.analyses == () and here.analyses


def test_a_fault_in_the_child_is_raised_here_with_its_text(settings: Settings,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> SiteBuild:
        raise ValueError("the steps broke")
    monkeypatch.setattr(pipeline, "_build", broken)  # the forked child has it too
    with pytest.raises(isolated.ChildFailed, match="ValueError: the steps broke"):
        isolated.build_site_isolated(settings)


def test_a_child_that_dies_without_a_result_is_replaced_by_a_build_here(settings: Settings,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(isolated, "_outcome", lambda inputs: os._exit(3))  # only the child calls it
    assert _files(isolated.build_site_isolated(settings)) == _files(pipeline.build_site(settings))


def test_this_process_lets_go_of_the_seeds_texts_once_the_child_has_them(settings: Settings) -> None:
    """The child reads every text, so every page of text would be held twice (its copy and this
    process's); this process keeps none, and the child's pages are the same."""
    inputs = pipeline.SiteInputs.read(settings)
    assert any(isinstance(r, RawSeed) and r.text for r in inputs.reads)
    outcome = isolated._run_in_child(inputs)
    assert outcome is not None and outcome[0] == "ok" and isinstance(outcome[1], SiteBuild)
    assert all(r.text == "" for r in inputs.reads if isinstance(r, RawSeed))
    assert _files(outcome[1]) == _files(pipeline.build_site(settings))


def test_a_fault_after_the_fork_builds_here_from_the_seeds_read_again(settings: Settings,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Waiting for the child fails once it has forked (this process has let go of the texts): the
    build here reads the seeds again rather than building from texts it no longer has."""
    waitpid = os.waitpid

    def failing(pid: int, options: int) -> tuple[int, int]:
        waitpid(pid, options)  # the child is reaped all the same
        raise ChildProcessError("no child to wait for")
    monkeypatch.setattr(os, "waitpid", failing)
    assert _files(isolated.build_site_isolated(settings)) == _files(pipeline.build_site(settings))


def test_no_child_while_other_threads_run(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not isolated.can_fork()
        _no_fork(monkeypatch)
        assert _files(isolated.build_site_isolated(settings)) == _files(pipeline.build_site(settings))
    finally:
        stop.set()
        thread.join()


def test_no_child_when_turned_off(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_ISOLATE", "off")
    _no_fork(monkeypatch)
    assert isolated.build_site_isolated(settings).analyses  # built here: the analyses are kept


def test_no_child_when_the_site_cache_holds_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(seeds_dir=FIXTURE_SEEDS, cache_dir=tmp_path / "cache")
    first = isolated.build_site_isolated(settings)  # in a child, which fills the cache
    _no_fork(monkeypatch)
    again = isolated.build_site_isolated(settings)
    assert _files(again) == _files(first)
    assert again.seconds[0][0] == "reading, and the site from the cache"


# Modules of the steps: a real `mkdocs build` process must import none of them, whether the site
# cache holds the build or a child runs the steps (inputs.py says why).
_STEPS = ("pipeline", "across", "entities", "events", "linking", "render", "summary", "differences", "export",
          "checks")
_MODULES_AFTER_BUILD = """
import json, sys
from mkdocs.__main__ import cli
cli(["build", "-q", "-f", sys.argv[1], "-d", sys.argv[2]], standalone_mode=False)
print(json.dumps(sorted(m for m in sys.modules if m.startswith("briefing_site"))))
"""


def test_the_generators_process_never_imports_the_steps(tmp_path: Path) -> None:
    import json
    import shutil
    import subprocess
    import sys

    from conftest import ROOT

    shutil.copytree(FIXTURE_SEEDS, tmp_path / "seeds")
    env = {**os.environ, "BRIEFING_SEEDS": str(tmp_path / "seeds"), "BRIEFING_CACHE": str(tmp_path / "cache"),
           "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    loaded = []
    for _ in ("the steps in a child", "the site cache's build"):
        done = subprocess.run([sys.executable, "-c", _MODULES_AFTER_BUILD, str(ROOT / "mkdocs.yml"),
                               str(tmp_path / "site")], env=env, cwd=ROOT, capture_output=True, text=True,
                              timeout=300, check=True)
        loaded.append(json.loads(done.stdout.strip().splitlines()[-1]))
    for modules in loaded:
        assert "briefing_site.inputs" in modules  # the seeds were read here
        assert not [m for m in modules if m.rsplit(".", 1)[-1] in _STEPS]
    assert (tmp_path / "site" / "briefing.json").is_file()
