"""Every page type loads without a script error and asks nothing of any host but the site's own;
screenshots of each (1280 and 390 px wide, light and dark) go to .e2e/artifacts/ for a look, and the
1280 px light briefing is the README's picture (copied to docs/assets/screenshots/briefing.png)."""

from __future__ import annotations

from pathlib import Path

import pytest
from browsing import DESKTOP, PHONE, Browse
from e2e_site import PAGE_TYPES


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_loads_cleanly(browse: Browse, paths: dict[str, str], artifacts: Path, name: str, viewport: dict,
                            scheme: str) -> None:
    page = browse.open(paths[name], viewport, scheme)
    stem = f"{name}-{viewport['width']}-{scheme}"
    page.screenshot(path=str(artifacts / f"{stem}.png"))
    if scheme == "light":  # the whole page once per width is enough to look through
        page.screenshot(path=str(artifacts / f"{stem}-full.png"), full_page=True)
    assert not browse.errors, f"script errors: {browse.errors}"


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_no_request_leaves_localhost(browse: Browse, paths: dict[str, str], name: str) -> None:
    """Including what loads late: scrolled to the end, at both widths, after the network is idle."""
    for viewport in (DESKTOP, PHONE):
        page = browse.open(paths[name], viewport)
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        page.wait_for_load_state("networkidle")
    assert browse.requests, "no request was recorded"
    assert not browse.outside(), f"requests left localhost: {browse.outside()}"
