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

PLACEHOLDER = "BRIEFINGBLOCK{:06d}"
FILLED = re.compile(r"<p>BRIEFINGBLOCK(\d{6})</p>")


def split(markdown: str) -> tuple[str, list[str]]:
    """The skeleton for Markdown (headings and placeholders) and the blocks it stands for."""
    skeleton: list[str] = []
    blocks: list[str] = []
    # Lines end at "\n" only, as the templates write them: str.splitlines also ends a line at
    # U+2028, U+0085, form feeds..., which seed text may hold, and a "#" after one of those would
    # have come out of its block as a heading for Markdown to read, with its links and markup.
    # Heading lines are found with str.find (in C), not by reading every line of the page.
    start = 0  # where the text since the last heading line begins
    heading = 0 if markdown.startswith("#") else _next_heading(markdown, 0)
    while heading >= 0:
        _add_block(markdown[start:heading], skeleton, blocks)
        end = markdown.find("\n", heading)
        end = len(markdown) if end < 0 else end
        skeleton.append(markdown[heading:end])
        start = end + 1
        heading = _next_heading(markdown, end)
    _add_block(markdown[start:], skeleton, blocks)
    return "\n\n".join(skeleton) + "\n", blocks


def _next_heading(markdown: str, position: int) -> int:
    """Where the next line that starts with "#" after position starts, or -1."""
    found = markdown.find("\n#", position)
    return found + 1 if found >= 0 else -1


def _add_block(text: str, skeleton: list[str], blocks: list[str]) -> None:
    """The lines between two headings as one block, without the blank lines around it; none if blank."""
    block = text.strip("\n")
    if block and not block.isspace():  # not block.strip(): a copy of the block to test
        skeleton.append(PLACEHOLDER.format(len(blocks)))
        blocks.append(block)


def fill(html: str, blocks: list[str]) -> str:
    """The converted skeleton with each placeholder paragraph replaced by its block."""
    return FILLED.sub(lambda m: blocks[int(m.group(1))] if int(m.group(1)) < len(blocks) else m.group(), html)
