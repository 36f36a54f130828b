"""Fixtures for the browser tests: the built site served on localhost, headless Chromium, and pages
that record every request they make and every script error.

Run with `make e2e`, which installs what these need and builds the site first (E2E_SITE). Plain
`make test` does not collect this folder (see --ignore in pyproject.toml).
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from browsing import Browse
from e2e_site import ARTIFACTS, E2E, build, page_paths, serve, site_data
from playwright.sync_api import Browser, Playwright, sync_playwright

CHROMIUM = Path(os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium"))
AXE = Path(os.environ.get("E2E_AXE", E2E / "node_modules" / "axe-core" / "axe.min.js"))

AXE_RESULTS: list[dict] = []  # one entry per axe run, printed at the end (pytest_terminal_summary)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site `make e2e` built (E2E_SITE), or a fresh strict build when pytest is run alone."""
    if os.environ.get("E2E_SITE"):
        built = Path(os.environ["E2E_SITE"]).resolve()
        if not (built / "briefing.json").is_file():
            pytest.exit(f"E2E_SITE={built} holds no built site (no briefing.json); run `make e2e`", returncode=4)
        return built
    built = tmp_path_factory.mktemp("e2e") / "site"
    build(built)
    return built


@pytest.fixture(scope="session")
def data(site: Path) -> dict:
    return site_data(site)


@pytest.fixture(scope="session")
def paths(data: dict) -> dict[str, str]:
    return page_paths(data)


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def axe_script() -> Path:
    if not AXE.is_file():
        pytest.exit(f"axe-core not found at {AXE}; `make e2e` installs it (npm ci into .e2e/)", returncode=4)
    return AXE


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    # Playwright's own browser download cannot run here, so the system Chromium is the browser.
    if not CHROMIUM.exists():
        pytest.exit(f"no Chromium at {CHROMIUM}: install it (as root: apt-get install -y chromium) "
                    "or set E2E_CHROMIUM to a Chromium binary", returncode=4)
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
    yield browser
    browser.close()


@pytest.fixture
def browse(browser: Browser, base_url: str) -> Iterator[Browse]:
    session = Browse(browser, base_url)
    yield session
    session.close()


@pytest.fixture(scope="session")
def axe_results() -> list[dict]:
    return AXE_RESULTS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The axe summary: runs, and each rule violated with the pages (and widths, schemes) it fails on;
    the full results go to .e2e/artifacts/axe.json."""
    if not AXE_RESULTS:
        return
    write = terminalreporter.write_line
    terminalreporter.write_sep("=", "axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa)")
    clean = sum(1 for run in AXE_RESULTS if not run["violations"])
    write(f"{len(AXE_RESULTS)} runs, {clean} with zero violations")
    by_rule: dict[str, list[str]] = defaultdict(list)
    for run in AXE_RESULTS:
        for violation in run["violations"]:
            where = f"{run['page']}@{run['width']}/{run['scheme']} ({len(violation['targets'])})"
            by_rule[f"{violation['id']} [{violation['impact']}]"].append(where)
    for rule, places in sorted(by_rule.items()):
        write(f"  {rule}: {len(places)} runs: {', '.join(places)}")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "axe.json").write_text(json.dumps(AXE_RESULTS, indent=1), encoding="utf-8")
    write(f"details: {ARTIFACTS / 'axe.json'}")
