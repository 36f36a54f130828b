"""The layout's claims, measured in the browser: the bottom line (a briefing's summary) is on the
first screen, no page scrolls sideways on a phone, print drops the site's chrome and starts with the
summary, and the dark scheme follows the system's."""

from __future__ import annotations

from pathlib import Path

import pytest
from browsing import A4, DESKTOP, PHONE, Browse
from e2e_site import PAGE_TYPES
from playwright.sync_api import Page

# The Summary heading: by its id, or by its text if a template drops the id.
SUMMARY_TOP = """() => {
  const heading = document.getElementById('summary')
    || [...document.querySelectorAll('h2')].find(h => h.textContent.trim().startsWith('Summary'));
  return heading ? heading.getBoundingClientRect().top + window.scrollY : null;
}"""

# What overflows the phone's width, for the failure message: the outermost elements past the edge.
OVERFLOWING = """(width) => {
  const past = el => el.getBoundingClientRect().right > width + 0.5;
  const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
    + [...el.classList].map(c => '.' + c).join('');
  return [...document.querySelectorAll('body *')].filter(el => past(el) && !past(el.parentElement)).slice(0, 5)
    .map(el => `${name(el)} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
}"""

# Hidden when the element or one of its ancestors is display:none.
DISPLAYED = """(el) => { for (let node = el; node; node = node.parentElement)
  if (getComputedStyle(node).display === 'none') return false; return true; }"""

# The relative luminance (WCAG) of the page's background.
BACKGROUND_LUMINANCE = """() => {
  const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/[\\d.]+/g).map(Number)
    .slice(0, 3).map(c => c / 255).map(c => c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}"""


def summary_top(page: Page) -> float | None:
    return page.evaluate(SUMMARY_TOP)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280x800", "390x844"])
def test_summary_on_the_first_screen(browse: Browse, data: dict, viewport: dict) -> None:
    """Every briefing: the Summary heading starts within the first screen, before any scrolling."""
    page = browse.open("/", viewport)
    late = []
    for briefing in data["briefings"]:
        browse.goto(page, "/" + briefing["url"])
        top = summary_top(page)
        if top is None or top >= viewport["height"]:
            late.append(f"{briefing['id']}: Summary heading top at {top if top is None else round(top)} px")
    assert not late, f"below the first screen ({viewport['height']} px high):\n" + "\n".join(late)


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_no_sideways_scroll_on_a_phone(browse: Browse, paths: dict[str, str], name: str) -> None:
    page = browse.open(paths[name], PHONE)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{paths[name]} is {width} px wide: {page.evaluate(OVERFLOWING, PHONE['width'])}"


def test_print_drops_navigation_and_starts_with_the_summary(browse: Browse, paths: dict[str, str],
                                                            artifacts: Path) -> None:
    page = browse.open(paths["briefing"], A4)
    page.emulate_media(media="print")
    for selector in ("header.md-header", ".md-sidebar--primary", ".md-sidebar--secondary", "nav.md-tabs"):
        for element in page.locator(selector).all():
            assert not element.evaluate(DISPLAYED), f"{selector} is printed"
    top = summary_top(page)
    assert top is not None and top < 1000, f"in print the Summary heading starts at {top} px, past the first page"
    page.pdf(path=str(artifacts / "briefing.pdf"), format="A4", print_background=True)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_colour_scheme_follows_the_system(browse: Browse, paths: dict[str, str], scheme: str) -> None:
    page = browse.open(paths["briefing"], DESKTOP, scheme)
    luminance = page.evaluate(BACKGROUND_LUMINANCE)
    if scheme == "dark":
        assert luminance < 0.2, f"with a dark system scheme the background's luminance is {luminance:.2f}"
    else:
        assert luminance > 0.8, f"with a light system scheme the background's luminance is {luminance:.2f}"
