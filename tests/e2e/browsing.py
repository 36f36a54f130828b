"""Pages opened in headless Chromium that keep every request they make and every script error."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserContext, Page

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
A4 = {"width": 794, "height": 1123}  # an A4 sheet at the CSS 96 px per inch
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
LOCAL_SCHEMES = {"data", "blob", "about"}  # made by the page itself; nothing goes on the network


@dataclass
class Browse:
    """Opens pages in fresh contexts (one per viewport and colour scheme) and keeps, for the whole
    test, every request URL and every script error of those pages."""

    browser: Browser
    base_url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    contexts: list[BrowserContext] = field(default_factory=list)

    def open(self, path: str, viewport: dict | None = None, scheme: str = "light") -> Page:
        context = self.browser.new_context(viewport=viewport or DESKTOP, color_scheme=scheme,
                                           reduced_motion="reduce", base_url=self.base_url)
        context.set_default_timeout(10_000)
        # On the context, not the page: the search worker's requests are counted too.
        context.on("request", lambda request: self.requests.append(request.url))
        self.contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: self.errors.append(f"{page.url}: {error}"))
        page.on("console", lambda m: self.errors.append(f"{page.url}: {m.text}") if m.type == "error" else None)
        self.goto(page, path)
        return page

    def goto(self, page: Page, path: str) -> None:
        response = page.goto(path, wait_until="load")
        assert response is not None and response.ok, f"{path}: HTTP {response.status if response else '?'}"
        # Material swaps `no-js` for `js` on <html> when its script has run: the page is then final.
        page.wait_for_function("document.documentElement.classList.contains('js')")
        page.evaluate("document.fonts.ready.then(() => true)")

    def outside(self) -> list[str]:
        """Requests that left localhost."""
        return sorted({url for url in self.requests if not _local(url)})

    def close(self) -> None:
        for context in self.contexts:
            context.close()


def _local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or parts.hostname in LOCAL_HOSTS
