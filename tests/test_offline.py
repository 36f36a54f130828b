"""The build makes no network requests and the pages load nothing from outside the site.

A sitecustomize.py put first on PYTHONPATH replaces every way Python opens a connection or resolves a
name with a function that logs the attempt and raises; a full `mkdocs build --strict` must still
succeed, and the log must stay empty.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import FIXTURE_SEEDS, ROOT, build_site

SITECUSTOMIZE = '''
import os
import socket

_LOG = os.environ["NETWORK_LOG"]
with open(os.environ["NETWORK_LOADED"], "a", encoding="utf-8") as _marker:
    _marker.write(f"{os.getpid()}\\n")


def _blocked(name):
    def refuse(*args, **kwargs):
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(f"{os.getpid()} {name} {args[1:] if name.startswith('socket.') else args!r}\\n")
        raise OSError(f"network access blocked by the offline test: {name}")
    return refuse


for _name in ("connect", "connect_ex", "sendto", "sendmsg"):
    setattr(socket.socket, _name, _blocked(f"socket.{_name}"))
for _name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
              "getnameinfo"):
    setattr(socket, _name, _blocked(_name))
'''
EXTERNAL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
LOADING_TAGS = {"script", "link", "img", "iframe", "source", "video", "audio", "embed", "object", "track", "input"}
LOADING_ATTRIBUTES = {"src", "href", "srcset", "data", "poster"}


class _Loads(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in LOADING_TAGS:
            for name, value in attrs:
                if name in LOADING_ATTRIBUTES and value:
                    for url in value.split(",") if name == "srcset" else [value]:
                        self.urls.append((tag, name, url.strip().split(" ")[0]))


@pytest.fixture(scope="module")
def offline(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("offline")
    blocker = root / "blocker"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    paths = {"root": root, "log": root / "network.log", "loaded": root / "loaded.log", "site": root / "site"}
    paths["log"].touch()
    seeds = root / "seeds"
    shutil.copytree(ROOT / "seeds", seeds / "real")
    shutil.copytree(FIXTURE_SEEDS, seeds / "fixtures")
    (seeds / "links.md").write_text(
        "---\ntitle: A report that names web addresses\nurl: https://example.org/article\n---\n"
        "The report cites https://example.com/a.png and <img src=\"https://tracker.example/p.gif\"> and "
        "<script src=\"https://cdn.example/x.js\"></script> as sources.\n", encoding="utf-8")
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(blocker), os.environ.get("PYTHONPATH")])),
           "NETWORK_LOG": str(paths["log"]), "NETWORK_LOADED": str(paths["loaded"])}
    result = build_site(seeds, paths["site"], *env.items())
    assert result.returncode == 0, result.stderr[-5000:]
    paths["env"] = env  # type: ignore[assignment]
    return paths


def test_the_blocker_works(offline: dict, tmp_path: Path) -> None:
    """Control: the same environment really does stop a connection, and logs it."""
    log = tmp_path / "control.log"
    log.touch()
    env = {**os.environ, **offline["env"], "NETWORK_LOG": str(log), "NETWORK_LOADED": str(tmp_path / "loaded")}
    probe = "\n".join(f"try:\n    {call}\nexcept OSError:\n    pass" for call in (
        "import socket, urllib.request", "urllib.request.urlopen('http://example.org/', timeout=1)",
        "socket.getaddrinfo('example.org', 443)", "socket.socket().connect(('127.0.0.1', 9))"))
    result = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    attempts = log.read_text(encoding="utf-8")
    for name in ("create_connection", "getaddrinfo", "socket.connect"):
        assert f" {name} " in attempts, attempts


def test_full_build_succeeds_with_the_network_blocked(offline: dict) -> None:
    assert offline["loaded"].read_text(encoding="utf-8").strip(), "sitecustomize.py was not loaded"
    assert offline["log"].read_text(encoding="utf-8") == ""  # no connection or name lookup was attempted
    assert (offline["site"] / "index.html").is_file() and (offline["site"] / "briefing.json").is_file()
    assert len(list((offline["site"] / "briefings").glob("*/index.html"))) >= 8


def test_pages_reference_no_external_resource(offline: dict) -> None:
    pages = sorted(offline["site"].rglob("*.html"))
    assert pages
    for page in pages:
        parser = _Loads()
        parser.feed(page.read_text(encoding="utf-8"))
        external = [item for item in parser.urls if EXTERNAL.match(item[2])]
        assert external == [], (page, external)


def test_stylesheets_import_nothing_from_outside(offline: dict) -> None:
    for sheet in offline["site"].rglob("*.css"):
        text = sheet.read_text(encoding="utf-8", errors="replace")
        assert not re.search(r"(?:url\(\s*[\"']?|@import\s+[\"'])\s*(?:https?:)?//", text), sheet
