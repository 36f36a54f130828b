"""The theme's work on generated pages done once per kind of page, not once per page.

A large site is mostly briefing and actor pages (briefings/<id>/, actors/<id>/) that differ from
one another in a few places only: what MkDocs and the theme do to each (a Markdown instance for
its headings, Material's page template with its navigation, header and footer) was, with the
search plugin, most of a warm build. Two memos make it proportional to the kinds of page:

- Headings (SkeletonMemo): the skeleton lean.py hands Markdown (headings and placeholders) is
  one of a few per site; it is converted once, and pages with the same skeleton take the same
  HTML and table of contents without a Markdown instance of their own.
- The theme (Frames): for each kind of page (its depth, table of contents, which head items it
  has), Material's template is rendered once with marked stand-ins for the values that differ
  (title, description, JSON-LD, content), cut at the marks into a frame, and each later page of
  that kind is the frame with its own values put in. A frame is used only if the theme printed
  every stand-in unchanged (a filter that altered one would alter a real value too), and only
  after the frame filled with the values of the kind's first two pages gave exactly the pages the
  theme rendered; anything else, and those pages are rendered by the theme as before.

PackedFile is how MkDocs holds the generated files meanwhile: compressed, read when needed.

Only pages the pipeline generated are touched, and only values it already escaped are put in:
the output is byte for byte what MkDocs and Material produce without this module (tested).
"""

from __future__ import annotations

import copy
import os
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from briefing_site import spool
from briefing_site.model import unpack
from briefing_site.spool import Spooled
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents

FRAME_TEMPLATE = "briefing-frame.html"  # a template that prints the page Frames made: FRAME_SOURCE
FRAME_VARIABLE = "briefing_framed_page"
FRAME_SOURCE = "{{ " + FRAME_VARIABLE + " }}"
_MARK = "\u2063Zq"  # invisible separator + letters: in no generated value (they come from seeds' visible text)
# Each stand-in holds characters a filter would change (entities, a tag, length), so a theme that
# escapes, strips or shortens a value is seen, and its frame refused.
_STAND_INS = {
    "title": Markup(f"{_MARK}title&amp;&lt;i&gt;&#39;{'x' * 300}{_MARK}"),
    "description": Markup(f"{_MARK}description&amp;&lt;i&gt;&#39;{'x' * 300}{_MARK}"),
    "json_ld": Markup(f"{_MARK}json-ld&lt;/script&gt;{_MARK}"),
    "content": Markup(f"{_MARK}content<p>&amp;</p>{_MARK}"),
    "content_h1": Markup(f"{_MARK}content\u003ch1>&amp;</h1>{_MARK}"),  # for pages whose content has a <h1>
    # A URL with none of the characters HTML escaping changes, as the pages' own (_kind): printed as
    # it is and through `| e` alike, so either way of printing it keeps it whole.
    "canonical": f"https://{_MARK}canonical.invalid/{_MARK}/",
}
_ESCAPED = frozenset("&<>\"'")
_META_SLOTS = ("title", "description", "json_ld")
# A heading Markdown would print as it is: words and plain punctuation, nothing it would read as markup.
_PLAIN_HEADING = re.compile(r"#{1,6} [A-Za-z0-9 ,.'’()-]+")
_PLACEHOLDER = re.compile(r"BRIEFINGBLOCK\d{6}")


class PackedFile(File):
    """A generated file MkDocs reads from its compressed content (model.GeneratedFile.stored: the
    bytes, or where they are in the build's spool file) each time it needs it: the build holds a
    large site's pages in a fraction of their size, or not at all."""

    stored: bytes | Spooled = b""

    @classmethod
    def of(cls, config: MkDocsConfig, path: str, stored: bytes | Spooled) -> PackedFile:
        file = cls.generated(config, path, content=b"")
        assert isinstance(file, PackedFile)
        file.stored = stored
        return file

    @property
    def packed(self) -> bytes:
        """The content compressed, as stored."""
        return spool.read(self.stored)

    @property  # type: ignore[override]
    def content_bytes(self) -> bytes:
        return zlib.decompress(self.packed)

    @property  # type: ignore[override]
    def content_string(self) -> str:
        return unpack(self.packed)

    def copy_file(self, dirty: bool = False) -> None:
        os.makedirs(os.path.dirname(self.abs_dest_path), exist_ok=True)
        with open(self.abs_dest_path, "wb") as output:
            output.write(self.content_bytes)


def is_item_page(src_uri: str) -> bool:
    """A briefing's or an actor's own page: the many pages of a site that share a frame."""
    folder, _, name = src_uri.partition("/")
    return folder in ("briefings", "actors") and "/" not in name and name.endswith(".md") and name != "index.md"


# --- Headings --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Converted:
    content: str
    toc: TableOfContents
    title: str | None
    anchors: frozenset[str]
    # Links to anchors of the page itself (its headings' permalinks), which MkDocs checks after the
    # build; None where MkDocs keeps none (verbose builds), as it left them.
    self_links: tuple[tuple[str, str], ...] | None


class SkeletonMemo:
    """Markdown's output for each skeleton of plain headings and placeholders, converted once."""

    def __init__(self) -> None:
        self._converted: dict[str, _Converted] = {}

    def clear(self) -> None:
        self._converted.clear()

    def prepare(self, page: Page, skeleton: str) -> None:
        """If this skeleton was converted before, give the page a render that reuses the result."""
        if not _memoisable(skeleton):
            return
        known = self._converted.get(skeleton)
        if known is not None:
            page.render = _reuse(page, known)  # type: ignore[method-assign]
        else:
            original = page.render
            page.render = _remember(page, original, skeleton, self._converted)  # type: ignore[method-assign]


def _memoisable(skeleton: str) -> bool:
    """Headings and placeholders only: its HTML cannot depend on the page (no link, no markup)."""
    return all(_PLAIN_HEADING.fullmatch(line) or _PLACEHOLDER.fullmatch(line)
               for line in skeleton.split("\n") if line)


def _reuse(page: Page, known: _Converted) -> Callable[[MkDocsConfig, Files], None]:
    def render(config: MkDocsConfig, files: Files) -> None:
        page.content = known.content
        page.toc = known.toc
        page._title_from_render = known.title
        page.present_anchor_ids = set(known.anchors)
        if known.self_links is not None:
            page.links_to_anchors = {page.file: dict(known.self_links)} if known.self_links else {}
    return render


def _remember(page: Page, original: Callable[[MkDocsConfig, Files], None], skeleton: str,
              converted: dict[str, _Converted]) -> Callable[[MkDocsConfig, Files], None]:
    def render(config: MkDocsConfig, files: Files) -> None:
        original(config, files)
        links = page.links_to_anchors
        if links is None or set(links) <= {page.file}:  # no link to another page: nothing depends on this one
            self_links = None if links is None else tuple(links.get(page.file, {}).items())
            converted[skeleton] = _Converted(page.content or "", page.toc, page._title_from_render,
                                             frozenset(page.present_anchor_ids or ()), self_links)
    return render


# --- The theme -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Frame:
    """A rendered page cut at its stand-ins: pieces[0], slots[0], pieces[1], … pieces[-1]."""

    pieces: tuple[str, ...]
    slots: tuple[str, ...]

    def fill(self, values: dict[str, str]) -> str:
        out = [self.pieces[0]]
        for slot, piece in zip(self.slots, self.pieces[1:], strict=True):
            out.append(values[slot])
            out.append(piece)
        return "".join(out)


_SLOT = re.compile("|".join(re.escape(str(stand_in)) for stand_in in _STAND_INS.values()))
_SLOT_NAMES = {str(stand_in): name.removesuffix("_h1") for name, stand_in in _STAND_INS.items()}


def cut(rendered: str) -> Frame | None:
    """The frame in a page rendered with the stand-ins; None if any mark is left outside a whole
    stand-in (the theme changed a value on its way out)."""
    pieces: list[str] = []
    slots: list[str] = []
    position = 0
    for match in _SLOT.finditer(rendered):
        pieces.append(rendered[position:match.start()])
        slots.append(_SLOT_NAMES[match.group()])
        position = match.end()
    pieces.append(rendered[position:])
    if any(_MARK in piece for piece in pieces) or "content" not in slots:
        return None
    return Frame(tuple(pieces), tuple(slots))


class Frames:
    """Pages of the theme's main template, from one frame per kind of page. A kind's frame is cut
    from its first page and checked against the theme's own render of its first two pages: a
    value of the first page the theme printed outside a slot (its URL, say) is then seen, as the
    second page would not have it."""

    def __init__(self) -> None:
        self._frames: dict[tuple[object, ...], Frame | None] = {}
        self._checked: set[tuple[object, ...]] = set()  # kinds whose frame gave a second page exactly
        self.framed = 0  # pages filled from a frame (for the debug log)

    def clear(self) -> None:
        self._frames.clear()
        self._checked.clear()
        self.framed = 0

    def render(self, template: Callable[[dict], str], context: dict, page: Page) -> str:
        """The page as `template` (the theme's main.html, rendering a context) would render it."""
        key = _kind(context, page)
        if key is None or self._frames.get(key, _UNSEEN) is None:
            return template(context)
        frame = self._frames.get(key)
        if frame is not None and key in self._checked:
            self.framed += 1
            return frame.fill(_values(page))
        rendered = template(context)
        if frame is None:  # the kind's first page
            frame = cut(template({**context, "page": _stand_in_page(page)}))
            self._frames[key] = frame if frame is not None and frame.fill(_values(page)) == rendered else None
        elif frame.fill(_values(page)) == rendered:
            self._checked.add(key)
        else:
            self._frames[key] = None
        return rendered


_UNSEEN = Frame((), ())


def _kind(context: dict, page: Page) -> tuple[object, ...] | None:
    """What, besides the slots' values, the template reads of a page; None for pages that carry
    more than a frame can hold (links to other pages in the nav, an edit URL, a canonical URL that
    escaping would change)."""
    if page.previous_page or page.next_page or page.edit_url or page.parent:
        return None
    if page.canonical_url and not _ESCAPED.isdisjoint(page.canonical_url):
        return None
    meta = page.meta or {}
    if not isinstance(meta.get("title"), Markup) or set(meta) - {*_META_SLOTS, "og_type", "template"}:
        return None
    if vars(page).get("title", meta["title"]) is not meta["title"]:  # a title set apart from the meta's
        return None
    return (context.get("base_url"), page.url.count("/"), meta.get("og_type"),
            tuple(sorted(k for k in _META_SLOTS if meta.get(k))), "\u003ch1" in (page.content or ""),
            _toc_key(page.toc), bool(page.canonical_url))


def _toc_key(toc: TableOfContents | list) -> tuple[object, ...]:
    return tuple((item.level, item.id, item.title, _toc_key(item.children)) for item in toc)


def _values(page: Page) -> dict[str, str]:
    meta = page.meta
    return {"title": str(meta["title"]), "description": str(meta.get("description") or ""),
            "json_ld": str(meta.get("json_ld") or ""), "content": page.content or "",
            "canonical": page.canonical_url or ""}


def _stand_in_page(page: Page) -> Page:
    """A copy of the page with the stand-ins for its values (present where the page has one)."""
    stand_in = copy.copy(page)
    stand_in.meta = {**page.meta, **{k: _STAND_INS[k] for k in _META_SLOTS if page.meta.get(k)}}
    if "title" in vars(page):
        stand_in.title = stand_in.meta["title"]
    stand_in.content = str(_STAND_INS["content_h1" if "\u003ch1" in (page.content or "") else "content"])
    if page.canonical_url:
        stand_in.canonical_url = str(_STAND_INS["canonical"])
    return stand_in
