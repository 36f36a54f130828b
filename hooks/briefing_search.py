"""The search plugin's entries for generated pages, kept between builds.

Material's search plugin parses every page's HTML for its index entries: on a warm build of a
large site, the largest cost left. A generated page's entries follow from what the plugin reads
(the part of its HTML that search_trim keeps), its URL, title and table of contents, and the
plugin's version. That part follows from what the page is made of: the HTML Markdown made of its
skeleton, the page's compressed text (lean.py puts the two together) and the code that cuts it.
Under a hash of exactly those, the entries the plugin made last time are handed to it again, in
the same place in its index, and neither the plugin nor search_trim reads the page. Anything else
is a miss and the plugin parses the page as usual; the entries it makes are kept for the next
build. Only the entries of this build are written back, so the file holds no page that is gone.

The file (`search.json` in the seeds folder's part of the cache) is plain JSON, read only if it is
whole and made by this code for this Material version, so a damaged or planted file is a miss.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import logging
from pathlib import Path
from typing import Any

from briefing_site.cache import CODE_VERSION, BadEntry, read_regular, write_atomic
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

SEARCH_ENTRIES = "search.json"
_FORMAT = "briefing-search-entries 2"
log = logging.getLogger("mkdocs.plugins.briefing.cache")
# The hooks beside this file (briefing.py puts a page's HTML together for the plugin): a change to
# them is a change to what the plugin reads, as a change to the analysis package is (CODE_VERSION).
_ADAPTER_VERSION = hashlib.sha256(b"".join(hashlib.sha256(path.read_bytes()).digest()
                                           for path in sorted(Path(__file__).parent.glob("*.py")))).hexdigest()


@functools.cache  # read from the package's metadata file: once, not once per page
def _material_version() -> str:
    try:
        return importlib.metadata.version("mkdocs-material")
    except importlib.metadata.PackageNotFoundError:
        return ""


def plugin_entries(config: MkDocsConfig) -> list[dict[str, Any]] | None:
    """The entries list of Material's search plugin, if it is the one in use."""
    for plugin in config.plugins.values():
        entries = getattr(getattr(plugin, "search_index", None), "entries", None)
        if isinstance(entries, list) and type(plugin).__module__.startswith("material.plugins.search"):
            return entries
    return None


class SearchMemo:
    """Entries by page key, read from the last build and kept for the next."""

    def __init__(self) -> None:
        self._stored: dict[str, list[dict[str, Any]]] = {}
        self._kept: dict[str, list[dict[str, Any]]] = {}
        self._path: Path | None = None
        self._reusing: dict[str, list[dict[str, Any]]] = {}  # page -> its kept entries, for after()
        self._pending: dict[str, tuple[str, int]] = {}  # page -> (its key, the plugin's entry count before it)
        self._made = False  # whether the plugin made entries this build (else each page's are the stored ones)
        self.reused = 0  # pages whose entries came from the last build (for the debug log)

    def before(self, page: Page, entries: list[dict[str, Any]], made_of: tuple[str, bytes]) -> bool:
        """Just before the plugin reads the page, given what the page is made of (the HTML of its
        skeleton, its compressed text): if the entries it made last time for exactly this are
        kept, it is given nothing to parse (True); else (False) the caller gives it the page's part
        to index, and the entries it makes are kept."""
        key = page_key(page, made_of)
        stored = self.stored(key)
        if stored is not None:
            self._reusing[page.file.src_uri] = stored
            page.content = ""
            return True
        self._pending[page.file.src_uri] = (key, len(entries))
        return False

    def after(self, page: Page, entries: list[dict[str, Any]]) -> None:
        """Just after the plugin read the page: the kept entries go where it would have put its
        own, or the entries it made are kept for the next build."""
        if (reused := self._reusing.pop(page.file.src_uri, None)) is not None:
            entries.extend(reused)
        if (pending := self._pending.pop(page.file.src_uri, None)) is not None:
            key, before = pending
            self.keep(key, entries[before:])

    def open(self, folder: Path | None) -> None:
        """Start a build: the entries stored in folder (none if folder is None or the file is unusable)."""
        self._stored, self._kept, self._made, self.reused = {}, {}, False, 0
        self._reusing.clear()
        self._pending.clear()
        self._path = None if folder is None else folder / SEARCH_ENTRIES
        if self._path is not None:
            try:
                self._stored = _decode(read_regular(self._path))
            except FileNotFoundError:
                pass
            except Exception as error:  # noqa: BLE001 - an unusable file is a miss, never a fault of the build
                log.debug(f"briefing cache: ignoring {SEARCH_ENTRIES}: {type(error).__name__}: {error}")

    def stored(self, key: str) -> list[dict[str, Any]] | None:
        entries = self._stored.get(key)
        if entries is not None:
            self.reused += 1
            self._kept[key] = entries
        return entries

    def keep(self, key: str, entries: list[dict[str, Any]]) -> None:
        self._kept[key] = entries
        self._made = True

    def save(self) -> None:
        """Write this build's entries (and only those) for the next build; nothing when they are the
        stored ones, every page's and no other (the file would be written again byte for byte: 6 MB
        of JSON at 1,298 seeds, 0.07 s of a warm build)."""
        if self._path is None or (not self._made and self._kept.keys() == self._stored.keys()):
            return
        try:
            write_atomic(self._path, _encode(self._kept))
        except Exception as error:  # noqa: BLE001 - a full disk must not fail the build
            log.debug(f"briefing cache: could not store {SEARCH_ENTRIES}: {type(error).__name__}")


def page_key(page: Page, made_of: tuple[str, bytes]) -> str:
    """A hash of everything the search plugin's entries of a page follow from: the page's URL,
    title, meta and table of contents, what the page is made of (the HTML of its skeleton, its
    compressed text: equal bytes are an equal text), the plugin's version and the code that makes
    the HTML the plugin reads of them (the analysis package, search_trim.py and lean.py among it,
    and these hooks)."""
    skeleton_html, packed = made_of
    parts = [_FORMAT, _material_version(), CODE_VERSION, _ADAPTER_VERSION, page.url, str(page.title),
             repr(sorted(page.meta.items())), repr(_toc(page.toc)), skeleton_html, hashlib.sha256(packed).hexdigest()]
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _toc(toc: Any) -> list[tuple[object, ...]]:
    return [(item.level, item.id, item.title, item.url, _toc(item.children)) for item in toc]


def _encode(entries: dict[str, list[dict[str, Any]]]) -> bytes:
    payload = json.dumps(entries, sort_keys=True, ensure_ascii=False)
    return json.dumps({"format": _FORMAT, "material": _material_version(), "sha256":
                       hashlib.sha256(payload.encode()).hexdigest(), "entries": payload}).encode()


def _decode(data: bytes) -> dict[str, list[dict[str, Any]]]:
    wrapper = json.loads(data)
    made_by = (wrapper.get("format"), wrapper.get("material")) if isinstance(wrapper, dict) else None
    if made_by != (_FORMAT, _material_version()):
        raise BadEntry("not this code's entries, or another Material's")
    payload = wrapper.get("entries")
    if not isinstance(payload, str) or hashlib.sha256(payload.encode()).hexdigest() != wrapper.get("sha256"):
        raise BadEntry("entries do not match their checksum")
    entries = json.loads(payload)
    if not isinstance(entries, dict) or not all(
            isinstance(k, str) and isinstance(v, list) and all(isinstance(e, dict) for e in v)
            for k, v in entries.items()):
        raise BadEntry("not a map of page keys to entries")
    return entries
