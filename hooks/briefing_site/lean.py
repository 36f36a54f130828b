"""A lean render path for generated pages: Markdown sees only their headings.

Generated pages are raw HTML blocks between Markdown headings. Python-Markdown would parse every
block only to pass it through untouched (a third of a large build's time), so the page is split:
a skeleton of the headings with one placeholder paragraph per block goes through Markdown (which
keeps the table of contents, heading ids and permalinks exactly as before), and the blocks are
put back in the HTML it returns. Seed text never passes through Markdown on this path: it is in
the blocks, already escaped by the templates. The placeholders are filled in one pass over the
converted skeleton, so text inside a block can never be taken for a placeholder.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

PLACEHOLDER = "BRIEFINGBLOCK{:06d}"
FILLED = re.compile(r"<p>BRIEFINGBLOCK(\d{6})</p>")
_TEXT = re.compile(r"\S")  # a block with none is blank: left out (\S is what str.isspace is not)


def split(markdown: str) -> tuple[str, list[str]]:
    """The skeleton for Markdown (headings and placeholders) and the blocks it stands for."""
    skeleton: list[str] = []
    blocks: list[str] = []
    for start, end, heading in _parts(markdown):
        if heading:
            skeleton.append(markdown[start:end])
        else:
            skeleton.append(PLACEHOLDER.format(len(blocks)))
            blocks.append(markdown[start:end].strip("\n"))
    return "\n\n".join(skeleton) + "\n", blocks


def skeleton(markdown: str) -> str:
    """split's skeleton alone, without a copy of any block: for a generator that reads a page's
    headings long before it needs the rest (briefing.py reads it as the page's source)."""
    lines: list[str] = []
    blocks = 0
    for start, end, heading in _parts(markdown):
        if heading:
            lines.append(markdown[start:end])
        else:
            lines.append(PLACEHOLDER.format(blocks))
            blocks += 1
    return "\n\n".join(lines) + "\n"


def _parts(markdown: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, is a heading) of each heading line and each block with text between them, in
    order. Lines end at "\n" only, as the templates write them: str.splitlines also ends a line
    at U+2028, U+0085, form feeds..., which seed text may hold, and a "#" after one of those would
    have come out of its block as a heading for Markdown to read, with its links and markup.
    Heading lines are found with str.find and text with a regex (in C), not by reading every
    line of the page, and no block is copied to be looked at."""
    start = 0  # where the text since the last heading line begins
    heading = 0 if markdown.startswith("#") else _next_heading(markdown, 0)
    while heading >= 0:
        if _TEXT.search(markdown, start, heading):
            yield start, heading, False
        end = markdown.find("\n", heading)
        end = len(markdown) if end < 0 else end
        yield heading, end, True
        start = end + 1
        heading = _next_heading(markdown, end)
    if _TEXT.search(markdown, start):
        yield start, len(markdown), False


def _next_heading(markdown: str, position: int) -> int:
    """Where the next line that starts with "#" after position starts, or -1."""
    found = markdown.find("\n#", position)
    return found + 1 if found >= 0 else -1


def fill(html: str, blocks: list[str]) -> str:
    """The converted skeleton with each placeholder paragraph replaced by its block."""
    return FILLED.sub(lambda m: blocks[int(m.group(1))] if int(m.group(1)) < len(blocks) else m.group(), html)
