"""The timeline in parts, as a reader moves through it: a site of the seeds built with two events a
page (extra.briefing.timeline_page_events), so that the list of parts shows; followed from the
Timeline page to another part by the link a reader clicks, on a phone and a desktop, and checked
with axe-core like every other page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browsing import DESKTOP, PHONE, Browse
from e2e_site import ROOT, serve
from playwright.sync_api import Browser
from test_accessibility import RUN_AXE, TAGS

from tests.conftest import build_site, project_config

EVENTS_PER_PAGE = 2


@pytest.fixture(scope="module")
def parts_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("timeline-parts")
    result = build_site(ROOT / "seeds", root / "site", config=project_config(timeline_page_events=EVENTS_PER_PAGE))
    assert result.returncode == 0, result.stderr
    with serve(root / "site") as url:
        yield url


@pytest.fixture
def parts(browser: Browser, parts_url: str) -> Iterator[Browse]:
    session = Browse(browser, parts_url)
    yield session
    session.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_a_reader_goes_from_the_timeline_to_its_second_part(parts: Browse, axe_script: Path, viewport: dict) -> None:
    page = parts.open("/timeline/", viewport)
    listing = page.get_by_role("navigation", name="Parts of the timeline").first
    assert listing.is_visible()
    links = listing.get_by_role("link")
    count = links.count()
    assert count >= 3
    assert links.nth(0).get_attribute("aria-current") == "page"
    assert page.locator("li.event").count() == EVENTS_PER_PAGE
    links.nth(1).click()
    page.wait_for_url("**/timeline/2/")
    page.wait_for_function("document.documentElement.classList.contains('js')")
    assert page.locator("h1").first.inner_text().startswith("Timeline: ")
    listing = page.get_by_role("navigation", name="Parts of the timeline").first
    assert listing.get_by_role("link").nth(1).get_attribute("aria-current") == "page"
    assert 1 <= page.locator("li.event").count() <= EVENTS_PER_PAGE
    page.add_script_tag(path=str(axe_script))
    assert page.evaluate(RUN_AXE, TAGS) == []
    assert not parts.errors and not parts.outside()
