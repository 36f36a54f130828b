"""Following links between the page types as a reader would: each click lands where it says, and
the place it points to is on screen."""

from __future__ import annotations

import re

from browsing import Browse
from playwright.sync_api import Locator, Page, expect

# Selectors name what a reader sees, not the template's every detail: an anchor to a sentence
# (#s-N) or a paragraph (#p-N) of a briefing's original text, a link to an actor's page.
SUMMARY_LINK = ".briefing-summary a[href^='#']"
RELATED_LINK = ".related-briefings a[href]"
ACTOR_LINK = "article a[href*='actors/']"
SENTENCE_LINK = "article a[href*='briefings/'][href*='#s-']"
BRIEFING_URL = re.compile(r"/briefings/[^/#?]+/(#[^/]*)?$")
ACTOR_URL = re.compile(r"/actors/([^/#?]+)/$")


def words(text: str) -> str:
    return " ".join(text.split())


def in_original_text(page: Page, target: Locator) -> bool:
    """Whether target comes after the "Original text" heading, i.e. it is part of that section."""
    return target.evaluate(
        "(node) => { const heading = document.getElementById('original-text');"
        " return !!heading && !!(heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING); }")


def expect_target_on_screen(page: Page) -> Locator:
    """The element the URL's fragment names: present, visible, scrolled into view."""
    fragment = page.evaluate("decodeURIComponent(location.hash.slice(1))")
    assert fragment, f"no fragment in {page.url}"
    target = page.locator(f"[id='{fragment}']")
    expect(target).to_have_count(1)
    expect(target).to_be_visible()
    expect(target).to_be_in_viewport()
    return target


def follow_to_a_briefing(page: Page, selector: str) -> str:
    """Click the first link the selector finds and land on a briefing; the link's words."""
    link = page.locator(selector).first
    text = words(link.inner_text())
    link.click()
    expect(page).to_have_url(BRIEFING_URL)
    return text


def test_summary_sentence_opens_its_paragraph(browse: Browse, paths: dict[str, str]) -> None:
    page = browse.open(paths["briefing"])
    link = page.locator(SUMMARY_LINK).first
    sentence, anchor = words(link.inner_text()), link.get_attribute("href") or ""
    assert re.fullmatch(r"#p-\d+", anchor), f"summary sentence links to {anchor!r}, not a paragraph"
    link.click()
    expect(page).to_have_url(browse.base_url + paths["briefing"] + anchor)
    target = expect_target_on_screen(page)
    assert in_original_text(page, target), f"{anchor} is not in the original text"
    assert sentence in words(target.inner_text()), f"{anchor} does not contain the summary sentence"


def test_related_briefing_opens_that_briefing(browse: Browse, paths: dict[str, str]) -> None:
    page = browse.open(paths["briefing"])
    title = follow_to_a_briefing(page, RELATED_LINK)
    assert not page.url.endswith(paths["briefing"]), "the related link points back to the same briefing"
    expect(page.locator("h1")).to_have_text(title)


def test_actor_mention_opens_actor_page(browse: Browse, paths: dict[str, str], data: dict) -> None:
    page = browse.open(paths["briefing"])
    page.locator(ACTOR_LINK).first.click()
    expect(page).to_have_url(ACTOR_URL)
    actor_id = ACTOR_URL.search(page.url).group(1)  # type: ignore[union-attr]
    names = {e["id"]: e["name"] for e in data["entities"]}
    assert actor_id in names, f"{actor_id} is not an actor of briefing.json"
    expect(page.locator("h1")).to_contain_text(names[actor_id])
    # The actor page cites the briefing the reader came from.
    came_from = paths["briefing"].rstrip("/").rsplit("/", 1)[1]
    expect(page.locator(f"article a[href*='/{came_from}/']").first).to_be_attached()


def test_timeline_event_opens_its_source_sentence(browse: Browse, paths: dict[str, str]) -> None:
    page = browse.open(paths["timeline"])
    sentence = follow_to_a_briefing(page, SENTENCE_LINK)
    target = expect_target_on_screen(page)
    assert in_original_text(page, target), "the timeline's sentence is not in the briefing's original text"
    assert words(target.inner_text()) == sentence


def test_briefings_index_opens_a_briefing(browse: Browse, paths: dict[str, str]) -> None:
    page = browse.open(paths["briefings"])
    title = follow_to_a_briefing(page, "article table a[href]")
    expect(page.locator("h1")).to_have_text(title)


def test_home_citation_opens_the_cited_sentence(browse: Browse, paths: dict[str, str]) -> None:
    page = browse.open(paths["home"])
    page.locator(SENTENCE_LINK).first.click()
    expect(page).to_have_url(BRIEFING_URL)
    target = expect_target_on_screen(page)
    assert in_original_text(page, target), "the home page cites a sentence outside the original text"
