"""Where a docs path is served, as MkDocs forms it: for the pages (render.py), the export and the feed,
and for the generator's own process, which never imports the steps that render (inputs.py)."""

from __future__ import annotations


def page_url(path: str, directory_urls: bool) -> str:
    """The site URL of a docs path, as MkDocs forms it."""
    stem = path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")] if directory_urls else stem + ".html"
    return stem + "/" if directory_urls else stem + ".html"
