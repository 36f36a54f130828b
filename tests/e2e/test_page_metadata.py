"""What a briefing page tells machines about itself: JSON-LD that parses and says what the page is,
and a meta description of its own rather than the site's."""

from __future__ import annotations

import json

from browsing import Browse
from e2e_site import site_description


def json_ld_objects(blocks: list[str]) -> list[dict]:
    """Every object in the page's JSON-LD blocks, including those of an @graph."""
    objects: list[dict] = []
    for block in blocks:
        parsed = json.loads(block)
        for item in parsed if isinstance(parsed, list) else [parsed]:
            objects.append(item)
            objects.extend(item.get("@graph", []))
    return objects


def is_news_article(item: dict) -> bool:
    types = item.get("@type", [])
    return any(str(t).endswith("NewsArticle") for t in ([types] if isinstance(types, str) else types))


def test_briefing_json_ld_describes_a_news_article(browse: Browse, data: dict) -> None:
    page = browse.open("/")
    problems = []
    for briefing in data["briefings"]:
        browse.goto(page, "/" + briefing["url"])
        blocks = page.locator("script[type='application/ld+json']").all_text_contents()
        articles = [item for item in json_ld_objects(blocks) if is_news_article(item)]
        if not articles:
            problems.append(f"{briefing['id']}: no *NewsArticle in {len(blocks)} JSON-LD block(s)")
        elif not all(str(articles[0].get(key, "")).strip() for key in ("headline", "abstract")):
            problems.append(f"{briefing['id']}: headline or abstract missing: {sorted(articles[0])}")
    assert not problems, "\n".join(problems)


def test_briefing_meta_description_is_its_own(browse: Browse, data: dict) -> None:
    page = browse.open("/")
    site = site_description()
    problems = []
    for briefing in data["briefings"]:
        browse.goto(page, "/" + briefing["url"])
        meta = page.locator("meta[name='description']")
        description = meta.first.get_attribute("content") if meta.count() else None
        if not description or description.strip() == site:
            problems.append(f"{briefing['id']}: description {description!r}")
    assert not problems, f"briefings described as the whole site ({site!r}) or not at all:\n" + "\n".join(problems)
