"""A Markdown seed's marks: read as what they mean (markdown_text), kept as paragraph roles by the
text step, and shown (tables, code) but not read for sentences; on a real build, none reaches the
summary, the actors or the search index, and a seed's markup inside a table or code stays text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from briefing_site.markdown_text import inline, plain_text, table_cells
from briefing_site.text import read_document
from conftest import build_site


@pytest.mark.parametrize(("marked", "plain"), [
    ("At least **32** people died", "At least 32 people died"),
    ("said *Ayşe Karakaya* and __Ali__", "said Ayşe Karakaya and Ali"),
    ("the agency [AFAD](https://afad.gov.tr) said", "the agency AFAD said"),
    ("[js](javascript:alert(1)) and [wiki](https://w.org/A_(b)) go", "js and wiki go"),
    ("see [the report][1] and ![a map](map.png)", "see the report and a map"),
    ("as reported.[^1] Then", "as reported. Then"),
    ("run `x = **1**` now", "run x = **1** now"),
    ("<https://example.org/a>", "https://example.org/a"),
    ("Tom &amp; Jerry, 5 \\* 3", "Tom & Jerry, 5 * 3"),
    ("~~old~~ new <b>bold</b>", "old new <b>bold</b>"),  # HTML is shown as written
    ("snake_case_name and 5 * 3 * 2", "snake_case_name and 5 * 3 * 2"),
    ("a &#x202E; b", "a &#x202E; b"),  # a direction override stays written out: never put back in the text
])
def test_inline_marks_are_read_as_their_text(marked: str, plain: str) -> None:
    assert inline(marked) == plain


SEED = """# Floods kill dozens

## What happened

At least **32** people died, said [AFAD](https://afad.gov.tr).[^1]

> "We lost everything," said Ayşe Karakaya.

| Measure | Value |
|---|---|
| Deaths | 32 |
| Rainfall | 120 mm |

Why it matters
--------------

- Drainage was never built.

```
<b>x</b> = **1**
```
<!-- an editor's note
over two lines -->
***

[^1]: Figures from AFAD, 12 March 2025.
[1]: https://example.org
"""


def test_block_marks_become_hints_and_every_line_keeps_its_place() -> None:
    text, hints = plain_text(SEED)
    lines = text.split("\n")
    assert len(lines) == len(SEED.split("\n"))  # paragraph lines still point into the file
    named = {lines[n]: kind for n, kind in hints.items() if lines[n]}
    assert named == {"Floods kill dozens": "heading1", "What happened": "heading2", "| Measure | Value |": "table",
                     "| Deaths | 32 |": "table", "| Rainfall | 120 mm |": "table", "Why it matters": "heading2",
                     "<b>x</b> = **1**": "code", "[1] Figures from AFAD, 12 March 2025.": "footnote"}
    assert '"We lost everything," said Ayşe Karakaya.' in lines
    assert not any(line.strip() in ("***", "---", "```") or "<!--" in line or "https://example.org" in line
                   for line in lines)


def test_the_text_step_gives_marked_blocks_their_roles() -> None:
    document = read_document(*plain_text(SEED)[:1], 1, plain_text(SEED)[1])
    roles = [(p.role, p.text) for p in document.paragraphs]
    assert roles[:2] == [("title", "Floods kill dozens"), ("heading", "What happened")]
    assert ("table", "| Measure | Value |\n| Deaths | 32 |\n| Rainfall | 120 mm |") in roles
    assert ("heading", "Why it matters") in roles and ("code", "<b>x</b> = **1**") in roles
    assert ("footnote", "[1] Figures from AFAD, 12 March 2025.") in roles
    read = " ".join(s.text for s in document.sentences)
    assert "Measure" not in read and "Figures from AFAD" not in read and "**" not in read  # shown, not read
    assert "At least 32 people died, said AFAD." in read


def test_a_table_needs_its_delimiter_row_and_ends_at_a_line_without_a_border() -> None:
    text, hints = plain_text("The ratio a | b is odd.\n\nName | Age\n--- | ---:\nAli | 52\nAfter the table.\n")
    assert 0 not in hints and [hints.get(n) for n in (2, 3, 4, 5)] == ["table", "table", "table", None]
    assert table_cells("| a | b \\| c |") == ["a", "b | c"] and table_cells("Ali | 52") == ["Ali", "52"]


def test_a_seed_without_marks_reads_as_before() -> None:
    plain = "Ankara and Baghdad signed a deal on Tuesday.\nOfficials said it would last.\n\nA second paragraph.\n"
    assert plain_text(plain) == (plain, {})


def test_a_markdown_seed_on_a_real_build(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    table = "| Figure | Value |\n|---|---|\n| Deaths <script>alert(1)</script> | 32 |\n| Estimated damage | $5m |\n"
    (seeds / "flood.md").write_text(
        "---\ntitle: Floods kill dozens in the south\npublisher: Example Wire\npublished: 2025-03-13\n---\n\n"
        "## What happened\n\nAt least **32** people died on Tuesday, the agency [AFAD](https://afad.gov.tr) "
        "said.[^1] Governor *Hasan Demir* said rescue teams had reached every district.\n\n" + table +
        "\n```\n<img src=x onerror=alert(1)>\n```\n\n[^1]: Figures from AFAD.\n", encoding="utf-8")
    result = build_site(seeds, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "site" / "briefings" / "flood" / "index.html").read_text(encoding="utf-8")
    summary = page[page.index('id="summary"'):page.index('id="original-text"')]
    assert "At least 32 people died" in summary and not re.search(r"\*\*|##|\]\(|\[\^", summary)
    original = page[page.index('id="original-text-body"'):]
    assert '<table class="source-table"><tr><th>Figure</th><th>Value</th></tr>' in original
    assert "<td>Deaths &lt;script&gt;alert(1)&lt;/script&gt;</td>" in original and "<script>alert" not in page
    assert "<code>&lt;img src=x onerror=alert(1)&gt;</code>" in original and "<img src=x" not in page
    export = json.loads((tmp_path / "site" / "briefing.json").read_text(encoding="utf-8"))
    names = {e["name"] for e in export["briefings"][0]["entities"]}
    assert "Hasan Demir" in names and not names & {"Figure", "Estimated", "Value", "Deaths"}
    index = (tmp_path / "site" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "**32**" not in index and "## What happened" not in index


def test_a_cells_escaped_border_and_marks_survive_the_reading() -> None:
    text, hints = plain_text("| Figure | Value |\n|---|---|\n| **Deaths** \\| missing | 5 \\| 6 |\n")
    row = text.split("\n")[2]
    assert hints[2] == "table" and table_cells(row) == ["Deaths | missing", "5 | 6"]


def test_a_fence_never_closed_is_text() -> None:
    """One stray "```" made the rest of the seed code, shown but never read."""
    text, hints = plain_text("```\ncode\n```\n\n``` a stray fence\nOfficials met on Monday.\n")
    assert hints == {1: "code"} and text.split("\n")[4:6] == ["``` a stray fence", "Officials met on Monday."]


@pytest.mark.parametrize(("marked", "expected"), [
    ("Text[^1].\n\n[^1]: Reuters (12 March 2024).\n", {2: ("footnote", "[1] Reuters (12 March 2024).")}),
    ("```\ncode\n```js\nmore\n```\nAfter.\n", {1: ("code", "code"), 2: ("code", "```js"), 3: ("code", "more")}),
    ("> | a | b |\n> |---|---|\n> | 1 | 2 |\n",
     {0: ("table", "| a | b |"), 1: ("table", ""), 2: ("table", "| 1 | 2 |")}),
    ("## Learning C#\n\n## Closing ##\n", {0: ("heading2", "Learning C#"), 2: ("heading2", "Closing")}),
])
def test_blocks_read_as_commonmark_reads_them(marked: str, expected: dict[int, tuple[str, str]]) -> None:
    """A footnote like a link definition was deleted; '```js' closed a fence; a quoted table was a
    sentence of pipes; a heading's closing '#'s (not C#'s) are no part of it."""
    text, hints = plain_text(marked)
    lines = text.split("\n")
    assert {n: (kind, lines[n]) for n, kind in hints.items()} == expected



def test_a_comment_in_code_is_code_and_a_line_separator_entity_stays_written() -> None:
    text, hints = plain_text("Before <!-- hidden --> text.\n\n```\n<!-- kept in code -->\n```\nAfter <!-- gone -->.\n")
    assert text.split("\n") == ["Before  text.", "", "", "<!-- kept in code -->", "", "After .", ""]
    assert hints == {3: "code"} and inline("a &#x2028; b") == "a &#x2028; b"
