"""What the site's search index keeps of the generated pages.

A search index is downloaded by every reader on their first search, so it holds what a reader
searches for and nothing twice: each briefing's headline and card (cut short) and its original
text, in which every summary sentence, quote, figure, date and name already appears; each
actor's name and the spellings sources use (not the headlines of the briefings that use them,
which those briefings' own entries hold: 6 % of the index of 927 news articles, 8 % at 1,298);
the opening of each page across briefings. The
sections that only repeat the original text (summary, quotes, figures, dates, the names table,
related links, the sentences on actor pages and the timeline's rows) are left out. Pages written
by the maintainers (About, the export reference) are kept whole.
"""

from __future__ import annotations

import re
from html import unescape

CARD_CHARACTERS = 300  # headline, dek, publisher, date and author come first on a briefing's card
OPENING_CHARACTERS = 600
KEPT_SECTIONS = {
    "briefings": {"", "original-text"},
    "actors": {"", "names-used"},
}


def trim_index(index: dict, generated_pages: set[str]) -> dict:
    """The index with the entries of generated pages trimmed. `generated_pages` are the URLs
    (as in the index's `location`, without the anchor) of the pages the pipeline made."""
    docs = []
    for entry in index.get("docs", []):
        page, _, anchor = str(entry.get("location", "")).partition("#")
        if page not in generated_pages:
            docs.append(entry)
            continue
        kept = _kept(page, anchor, entry)
        if kept is not None:
            docs.append(kept)
    return {**index, "docs": docs}


def _kept(page: str, anchor: str, entry: dict) -> dict | None:
    section = page.split("/")[0]
    is_item = page.count("/") >= 2 or (page.count("/") == 1 and not page.endswith("/"))  # briefings/x/, actors/x/
    if section in KEPT_SECTIONS and is_item:
        if anchor not in KEPT_SECTIONS[section]:
            return None
        limit = CARD_CHARACTERS if (section == "briefings" and anchor == "") else None
        return _cut(entry, limit)
    return _cut(entry, OPENING_CHARACTERS) if anchor == "" else None


def _cut(entry: dict, limit: int | None) -> dict:
    text = str(entry.get("text", ""))
    if limit is None or len(text) <= limit:
        return entry
    return {**entry, "text": text[:limit].rsplit(" ", 1)[0]}


SECTION = re.compile(r'<h2 id="([^"]*)"')


def search_html(html: str, docs_path: str) -> str:
    """The part of a generated page's HTML the search plugin needs to read: the same sections
    trim_index keeps (so the plugin parses a fraction of the page, and the index is the same)."""
    kept = _kept_sections(docs_path)
    marks = [(m.start(), m.group(1)) for m in SECTION.finditer(html)]
    ends = [start for start, _ in marks[1:]] + ([len(html)] if marks else [])
    pieces = [html[: marks[0][0]] if marks else html]
    pieces += [html[start:end] for (start, anchor), end in zip(marks, ends, strict=True) if anchor in kept]
    part = EXCLUDED.sub("", "".join(pieces))
    if not kept:  # a page across briefings: its index entry is its opening
        part = _opening(part)
    return part if "data-search" in part else INLINE_TAGS.sub("", part)


# A page across briefings keeps OPENING_CHARACTERS of its text in the index, but the plugin parsed
# all of it: the Actors page alone is 0.7 MB at 927 seeds (0.36 s of html.parser), and with Sources
# and Briefings most of the search plugin's time in a cold build, or in one whose edit changes them
# (the search memo keeps the entries of a page given the same HTML). The plugin is given a start
# of the page holding OPENING_MARGIN times the text its entry keeps (visible characters, not
# counting blanks, which the plugin may drop), cut after a closing tag: it parses a start of the
# page as it parses the whole page's, so the entry is the same.
OPENING_MARGIN = 2
_BLOCK_END = re.compile(r"</(?:p|li|tr|dd|dt|ul|ol|table|div|section|details|blockquote|figure|h[1-6])>")
_TAG = re.compile(r"<[^>]*>")


def _opening(html: str) -> str:
    """The start of html, up to a closing tag, with OPENING_MARGIN × OPENING_CHARACTERS characters
    of text (blanks not counted); all of html when it has less."""
    seen = start = 0
    for end in _BLOCK_END.finditer(html):
        seen += len("".join(unescape(_TAG.sub("", html[start:end.end()])).split()))
        start = end.end()
        if seen >= OPENING_MARGIN * OPENING_CHARACTERS:
            return html[:start]
    return html


# What a template marks `data-search-exclude` (Material's search plugin skips such elements too)
# is left out before the plugin parses: only spans are marked, none holding another span, and
# attribute values are escaped by the templates, so no ">" ends a tag early.
EXCLUDED = re.compile(r"<span\s[^>]*\bdata-search-exclude\b[^>]*>.*?</span>", re.S)


# Inline tags the search plugin neither keeps nor skips: it indexes their text as without them, so
# they are dropped before it parses (about 25 per briefing, one per sentence). The one difference: a
# run of two or more blanks between two such tags is no longer collapsed to one space (the words,
# what search matches, are the same; tests/test_lean.py).
# Not the headings' permalinks (<a class="headerlink">), whose text the plugin leaves out of titles;
# an </a> left without its <a> is passed over by the plugin's parser. Attribute values are escaped
# by the templates, so no ">" ends a tag early.
INLINE_TAGS = re.compile(r'</?(?:span|bdi|time|q|strong|em)(?:\s[^>]*)?>|<a\s(?![^>]*class="headerlink")[^>]*>')


def _kept_sections(docs_path: str) -> set[str]:
    parts = docs_path.split("/")
    if len(parts) == 2 and parts[0] in KEPT_SECTIONS and parts[1] != "index.md":
        return KEPT_SECTIONS[parts[0]] - {""}
    return set()
