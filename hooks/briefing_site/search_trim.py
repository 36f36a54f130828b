"""What the site's search index keeps of the generated pages.

A search index is downloaded by every reader on their first search, so it holds what a reader
searches for and nothing twice: each briefing's headline and card (cut short) and its original
text, in which every summary sentence, quote, figure, date and name already appears; each
actor's name and the spellings sources use; the opening of each page across briefings. The
sections that only repeat the original text (summary, quotes, figures, dates, the names table,
related links, the sentences on actor pages and the timeline's rows) are left out. Pages written
by the maintainers (About, the export reference) are kept whole.
"""

from __future__ import annotations

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
