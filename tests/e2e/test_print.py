"""Print, as issue 11 asks: a briefing printed to PDF in Chromium (A4) has the headline, key facts,
summary and key points on its first page, and none of the site's chrome; links out to sources print
where they go, links within the site do not. Checked on the PDF's own text (pypdf), not on the page.
"""

from __future__ import annotations

import html
import io
import os
import re
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from browsing import A4, Browse
from e2e_site import ROOT, build, serve
from playwright.sync_api import Browser, Page
from pypdf import PdfReader

# What only the site's chrome says: nav labels no briefing's first page holds, the table of contents'
# title, the back-to-top button. "Actors" or "Sources" are nav labels too, but also a briefing's words.
CHROME_WORDS = ("Points of difference", "What changed", "How this site reads its sources", "Table of contents",
                "Back to top")
DECLARED_URL = "https://example.org/report"
# A seed declaring where the original is: the five seeds of the site declare no url.
DECLARED_SEED = f"""---
title: Border talks agree a joint patrol plan
publisher: The Example Monitor
published: 2024-05-02
url: {DECLARED_URL}
---
Interior ministers of Türkiye and Iraq agreed on Thursday in Baghdad to set up joint patrols along the border.

The plan, announced after two days of talks, names 12 crossing points to be watched by both forces.

Minister Ali Yerlikaya said the patrols would start in June. "We will share what we see," he told reporters.
"""
# Links out of the site in a built page's article: (href, text).
OUTBOUND = re.compile(r'<a [^>]*?href="(https?://[^"]+)"[^>]*>(.*?)</a>', re.DOTALL)


def squash(text: str) -> str:
    """Text without whitespace: a PDF wraps lines (and long words) where the page did not."""
    return re.sub(r"\s+", "", text)


def print_pdf(page: Page, path: Path) -> list[str]:
    """Print the page as Chromium does (print media, A4), keep the PDF, and return each sheet's text."""
    pdf = page.pdf(format="A4", print_background=True)
    path.write_bytes(pdf)
    return [sheet.extract_text() for sheet in PdfReader(io.BytesIO(pdf)).pages]


def site_name() -> str:
    """mkdocs.yml's site_name, read as text (its !ENV tags stop a safe YAML loader): the header's title."""
    match = re.search(r"^site_name:\s*(.+?)\s*$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE)
    assert match, "mkdocs.yml has no site_name"
    return match.group(1).strip("\"'")


def text_of(page: Page, selector: str) -> str:
    return page.locator(selector).first.inner_text()


@pytest.fixture(scope="module")
def declared_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A strict build of one seed that declares its original's URL."""
    root = tmp_path_factory.mktemp("print")
    (root / "seeds").mkdir()
    (root / "seeds" / "report.md").write_text(DECLARED_SEED, encoding="utf-8")
    with mock.patch.dict(os.environ, {"BRIEFING_SEEDS": str(root / "seeds")}):
        build(root / "site")
    return root / "site"


@pytest.fixture
def declared_browse(browser: Browser, declared_site: Path) -> Iterator[Browse]:
    with serve(declared_site) as url:
        session = Browse(browser, url)
        yield session
        session.close()


def test_first_printed_page_is_the_brief(browse: Browse, paths: dict[str, str], artifacts: Path) -> None:
    """Headline, key facts, Summary and its first sentence, key points: on sheet 1, in that order."""
    page = browse.open(paths["briefing"], A4)
    expected = {"headline": text_of(page, "h1.briefing-title"), "key facts": text_of(page, "p.key-facts"),
                "publisher": text_of(page, ".key-facts .fact-publisher"),
                "date": text_of(page, ".key-facts .fact-published"), "Summary heading": "Summary",
                "first summary sentence": text_of(page, "ol.briefing-summary li"), "key points": "Actors",
                "actors": text_of(page, "dl.briefing-keypoints .key-actors")}
    chrome = (*CHROME_WORDS, site_name(), page.locator("input.md-search__input").get_attribute("placeholder"))
    sheets = print_pdf(page, artifacts / "print-briefing.pdf")
    first = squash(sheets[0])
    missing = [name for name, text in expected.items() if squash(text) not in first]
    assert not missing, f"not on the first printed page: {missing}\n--- page 1:\n{sheets[0]}"
    order = [first.index(squash(expected[name])) for name in ("headline", "key facts", "Summary heading",
                                                                "first summary sentence", "key points")]
    assert order == sorted(order), f"page 1 is not headline, key facts, summary, key points:\n{sheets[0]}"
    printed_chrome = [word for word in chrome if word and squash(word) in first]
    assert not printed_chrome, f"the site's chrome is printed: {printed_chrome}\n--- page 1:\n{sheets[0]}"


def test_print_hides_the_footer(browse: Browse, paths: dict[str, str]) -> None:
    """The footer has no words to look for in the PDF (no generator notice, no copyright): it is
    checked as the layout test checks the header and sidebars, by its display under print media."""
    page = browse.open(paths["briefing"], A4)
    page.emulate_media(media="print")
    for selector in ("footer.md-footer", ".md-top"):
        for element in page.locator(selector).all():
            assert element.evaluate("el => getComputedStyle(el).display") == "none", f"{selector} is printed"


def test_links_within_the_site_print_no_target(browse: Browse, paths: dict[str, str], artifacts: Path) -> None:
    """A briefing links to its paragraphs (#p-N), sentences (#s-N), other briefings and actors: on
    paper, none of those addresses is printed."""
    page = browse.open(paths["briefing"], A4)
    internal = page.locator(".md-content a[href^='#p-'], .md-content a[href^='../']").count()
    assert internal, "the briefing has no internal links to check"
    text = squash("".join(print_pdf(page, artifacts / "print-briefing-links.pdf")))
    printed = [target for target in ("(#p-", "(#s-", "(../") if target in text]
    assert not printed, f"internal link targets printed: {printed}"


def test_declared_original_url_is_printed(declared_browse: Browse, artifacts: Path) -> None:
    page = declared_browse.open("/briefings/report/", A4)
    assert page.locator(f".card-original a[href='{DECLARED_URL}']").count() == 1, "the card does not link it"
    text = squash("".join(print_pdf(page, artifacts / "print-declared-url.pdf")))
    assert DECLARED_URL in text
    # The card's link reads as its address already: printed once, not followed by itself again.
    assert f"({DECLARED_URL})" not in text


def test_links_out_print_their_target(browse: Browse, site: Path, artifacts: Path) -> None:
    """A link out of the site whose words are not its address prints the address after them."""
    found = _first_outbound_link(site)
    assert found, "no page of the site links out (an <a href=\"http...\"> in its article) to check"
    path, href = found
    page = browse.open(path, A4)
    text = squash("".join(print_pdf(page, artifacts / "print-outbound-link.pdf")))
    assert squash(f"({href})") in text, f"{path}: the target of the link to {href} is not printed"


def _first_outbound_link(site: Path) -> tuple[str, str] | None:
    """(site-relative URL, href) of the first page whose article links out with words of its own."""
    for file in sorted(site.rglob("index.html")):
        source = file.read_text(encoding="utf-8")
        article = source[source.find("<article"):source.find("</article>")]
        for href, words in OUTBOUND.findall(article):
            if words.strip() != href:
                relative = file.parent.relative_to(site).as_posix()
                return ("/" if relative == "." else f"/{relative}/"), html.unescape(href)
    return None
