"""Shared fixtures: a small seeds folder written for the project, and a site built from it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_SEEDS = Path(__file__).parent / "fixtures" / "seeds"


def build_site(seeds: Path, site: Path, *extra_env: tuple[str, str], strict: bool = True, verbose: bool = False,
               config: str | None = None, quiet: bool = False) -> subprocess.CompletedProcess:
    """Run the real `mkdocs build` with the project's mkdocs.yml (or `config`, a variant of it:
    project_config) on another seeds folder; without the analysis cache unless a test passes
    BRIEFING_CACHE (so tests never write into the repo)."""
    env = {**os.environ, "BRIEFING_SEEDS": str(seeds), "NO_MKDOCS_2_WARNING": "1",
           "SOURCE_DATE_EPOCH": "1700000000", "BRIEFING_CACHE": "off", **dict(extra_env)}
    # A variant is read from stdin, so its relative paths resolve against the project (the working directory).
    source = str(ROOT / "mkdocs.yml") if config is None else "-"
    command = [sys.executable, "-m", "mkdocs", "build", "-f", source, "-d", str(site)]
    if strict:
        command.append("--strict")
    if verbose:
        command.append("--verbose")
    if quiet:
        command.append("--quiet")
    return subprocess.run(command, input=config, env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)


def project_config(**briefing: object) -> str:
    """The project's mkdocs.yml with settings added to extra.briefing (e.g. timeline_page_events=2)."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    anchor = "    related_links: 5\n"
    assert config.count(anchor) == 1, "mkdocs.yml's extra.briefing has moved: update project_config"
    return config.replace(anchor, anchor + "".join(f"    {key}: {value}\n" for key, value in briefing.items()))


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fixture-site")
    seeds = root / "seeds"
    shutil.copytree(FIXTURE_SEEDS, seeds)
    result = build_site(seeds, root / "site")
    assert result.returncode == 0, result.stderr
    return root / "site"


def with_ids(analyses: list):  # type: ignore[no-untyped-def]
    """Analyses with their ids assigned as the pipeline does, sorted by path; and the id problems."""
    from briefing_site.pipeline import identify

    identified, _, problems = identify(analyses)
    return identified, problems


def render_all(analyses: list, related: dict, problems: list, settings) -> list:  # type: ignore[no-untyped-def]
    """Every page the pipeline renders from these analyses: briefings, the pages across them and
    the entity pages, with what the steps across briefings find."""
    from briefing_site.across import cross_source
    from briefing_site.render import INDEX_PAGES, SiteView, render_briefing, render_entity, render_index

    view = SiteView.of(analyses, cross_source(analyses, settings.entity_page_min_sources, frozenset(), []))
    pages = [render_briefing(a, related.get(a.id, ()), view.by_id, settings, view) for a in analyses]
    pages += [render_index(path, analyses, problems, [], {}, settings, view) for path in INDEX_PAGES]
    return pages + [render_entity(profile, view, settings) for profile in view.pages]


def count_calls(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[int]:
    """Put a wrapper in place of owner.name that counts its calls, in the list's one item: unit
    tests count the work a step does rather than time it (make bench and make shapes time it)."""
    calls = [0]
    real = getattr(owner, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls
