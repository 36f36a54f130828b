"""Material's search box finds a briefing by an actor's name and by a phrase of its original text,
with the index and the search worker served from the site itself."""

from __future__ import annotations

import pytest
from browsing import Browse
from e2e_site import ACTOR, featured_briefing
from playwright.sync_api import Page, expect

# A phrase of the featured briefing's original text (not of its summary): the search index keeps
# the original text, so a reader who remembers a line finds the briefing.
PHRASE = "Local villagers and residents have borne the brunt"
RESULT_LINK = "a.md-search-result__link"


def search(page: Page, query: str) -> list[str]:
    """Open the search with "/" as a reader would, type the query; the result links' URLs."""
    page.keyboard.press("/")
    box = page.locator("input.md-search__input")
    expect(box).to_be_focused()
    box.press_sequentially(query)
    expect(page.locator(RESULT_LINK).first).to_be_visible()
    return page.locator(RESULT_LINK).evaluate_all("links => links.map(link => link.href)")


@pytest.mark.parametrize("query", [ACTOR, PHRASE], ids=["actor", "phrase"])
def test_search_finds_the_briefing(browse: Browse, paths: dict[str, str], data: dict, query: str) -> None:
    briefing = featured_briefing(data)
    if query == PHRASE:  # the phrase is the seeds'; say so plainly if they change
        text = browse.open(paths["briefing"]).locator("article").inner_text()
        assert PHRASE in " ".join(text.split()), f"{PHRASE!r} is no longer in {briefing['id']}"
    page = browse.open(paths["home"])
    results = search(page, query)
    wanted = f"/{briefing['url']}"
    assert any(wanted in url for url in results), f"{query!r}: {wanted} not among {results}"
    page.locator(f"{RESULT_LINK}[href*='{briefing['url']}']").first.click()
    expect(page.locator("h1")).to_have_text(briefing["title"])
    assert not browse.outside(), f"requests left localhost: {browse.outside()}"
