"""A Markdown seed as a reader sees its briefing: a site built from one `.md` seed with a heading,
bold, a link, a table (wider than a phone), fenced code and a footnote. The original text shows a
table as a table, scrolled inside its own box on a phone (the page never scrolls sideways), code as
code, no Markdown marks; checked with axe-core, on a phone and a desktop, light and dark."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browsing import DESKTOP, PHONE, Browse
from e2e_site import serve
from playwright.sync_api import Browser
from test_accessibility import RUN_AXE, TAGS
from test_layout import OVERFLOWING

from tests.conftest import build_site

SEED = """---
title: Floods kill dozens in the south
publisher: Example Wire
published: 2025-03-13
---

## What happened

At least **32** people died after heavy rain on Tuesday, the disaster agency [AFAD](https://afad.gov.tr)
said.[^1] Governor *Hasan Demir* said rescue teams had reached every district of the province.

| District | Deaths | Evacuated | Homes damaged | Roads closed | Schools shut | Shelters opened |
|---|---:|---:|---:|---:|---:|---:|
| Eyyübiye | 21 | 1,400 | 2,300 | 14 | 31 | 12 |
| Haliliye | 11 | 700 | 1,150 | 9 | 18 | 7 |

```
AFAD bulletin 14: search continues in Eyyübiye
```

[^1]: Figures from AFAD's bulletin of 12 March 2025.
"""


@pytest.fixture(scope="module")
def markdown_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("markdown-seed")
    (root / "seeds").mkdir()
    (root / "seeds" / "flood.md").write_text(SEED, encoding="utf-8")
    result = build_site(root / "seeds", root / "site")
    assert result.returncode == 0, result.stderr
    with serve(root / "site") as url:
        yield url


@pytest.fixture
def reader(browser: Browser, markdown_url: str) -> Iterator[Browse]:
    session = Browse(browser, markdown_url)
    yield session
    session.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_a_markdown_seeds_table_and_code_read_as_such(reader: Browse, axe_script: Path, artifacts: Path,
                                                      viewport: dict, scheme: str) -> None:
    page = reader.open("/briefings/flood/", viewport, scheme)
    original = page.locator("#original-text-body")
    table = original.get_by_role("region", name="Table in the source")
    assert table.is_visible()
    assert table.locator("th").all_inner_texts()[:3] == ["District", "Deaths", "Evacuated"]
    assert table.locator("tr").count() == 3
    assert original.locator("pre code").inner_text() == "AFAD bulletin 14: search continues in Eyyübiye"
    article = page.locator("article").inner_text()
    assert "At least 32 people died" in article and not any(mark in article for mark in ("**", "## ", "[^1]", "]("))
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= viewport["width"], page.evaluate(OVERFLOWING, viewport["width"])
    page.add_script_tag(path=str(axe_script))
    assert page.evaluate(RUN_AXE, TAGS) == []
    table.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / f"markdown-seed-{viewport['width']}-{scheme}.png"))
    assert not reader.errors and not reader.outside()
