"""The built site as the browser checks see it: where it is, how it is served, which pages to open.

Shared by the pytest fixtures (conftest.py) and `make lighthouse` (lighthouse.py), so both open the
same pages of the same build.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
E2E = ROOT / ".e2e"
ARTIFACTS = Path(os.environ.get("E2E_ARTIFACTS", E2E / "artifacts"))

# The actor the search test looks for, and the briefing page the tests open is the one naming it:
# the richest page of the seeds (publisher, date, quotes, figures, related briefings).
ACTOR = "Yerlikaya"

# Every kind of page the site has, in nav order; "briefing" and "actor" stand for one of many.
PAGE_TYPES = ("home", "briefings", "briefing", "actors", "actor", "network", "timeline", "sources", "differences",
              "changes", "about", "export")


def build(dest: Path) -> None:
    """A strict build of the project's seeds into dest, without the analysis cache (nothing is
    written into the repository)."""
    env = {**os.environ, "BRIEFING_CACHE": "off", "NO_MKDOCS_2_WARNING": "1"}
    # Not --quiet: it raises the log level past WARNING, so --strict would have nothing to count.
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"),
               "-d", str(dest)]
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(f"mkdocs build --strict failed:\n{result.stderr}")


def site_data(site: Path) -> dict:
    return json.loads((site / "briefing.json").read_text(encoding="utf-8"))


def site_description() -> str:
    """mkdocs.yml's site_description, read as text: the file has !ENV tags a safe YAML loader refuses."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    match = re.search(r"^site_description:\s*(.+?)\s*$", text, re.MULTILINE)
    return match.group(1).strip("\"'") if match else ""


def featured_briefing(data: dict) -> dict:
    """The briefing naming ACTOR; if the seeds change and none does, the one naming the most."""
    briefings = [b for b in data["briefings"] if b.get("summary")]
    for briefing in briefings:
        if any(ACTOR.lower() in str(e.get("name", "")).lower() for e in briefing.get("entities", [])):
            return briefing
    return max(briefings, key=lambda b: (len(b.get("entities", [])), b["id"]))


def page_paths(data: dict) -> dict[str, str]:
    """Site-relative URL of each page type. The actor page is the most-mentioned actor's."""
    actors = [e for e in data["entities"] if e.get("url")]
    actor = max(actors, key=lambda e: (e.get("mention_count", 0), e["id"]))
    paths = {"home": "/", "briefings": "/briefings/", "briefing": "/" + featured_briefing(data)["url"],
             "actors": "/actors/", "actor": "/" + actor["url"], "network": "/network/", "timeline": "/timeline/",
             "sources": "/sources/", "differences": "/differences/", "changes": "/changes/", "about": "/about/",
             "export": "/export/"}
    assert set(paths) == set(PAGE_TYPES)
    return paths


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass  # one line per request would bury the test output


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve site on a free localhost port in a thread; yields the base URL (no trailing slash)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
