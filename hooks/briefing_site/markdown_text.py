"""A Markdown seed's text as its reader sees it: syntax out, structure kept as hints.

A `.md` seed is written in Markdown: "## What happened" is a heading, "**32** people" is bold,
"[the report](https://…)" is a link, a run of "| … |" lines is a table, "[^1]" a footnote. Read as
plain text, the marks reached the page, the summary and the analysis ("## What happened" a body
sentence, a table's rows one sentence of pipes, footnote numbers figures). Here each line keeps its
place (paragraph lines still point into the file) and loses its marks; a line whose block the
marks named (a heading, a table row, a line of code, a footnote) is handed to the text step with
that name (`Hints`). Nothing here renders Markdown: what a seed says is text, escaped where shown.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

Hints = dict[int, str]  # line offset in the text -> "heading1"…"heading6", "table", "code", "footnote"

# The closing "#"s are taken off in _heading_text: a lazy ".*?" before "[ \t]+#+[ \t]*$" scanned the
# line's spaces again at each character (a heading of 50,000 spaces took 13 s; a 2 MB one, hours)
ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*))?$")
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
THEMATIC_BREAK = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
TABLE_ROW = re.compile(r"(?<!\\)\|")  # a row has a cell border ("a | b", "| a |")
# Matched on the stripped line: "\s*\|?\s*" split one run of spaces two ways at every length
TABLE_DELIMITER = re.compile(r"^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$")
FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}\[\^([^\]\s]{1,20})\]:[ \t]*")
LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]{1,100}\]:[ \t]*\S+(?:[ \t]+[\"'(].*)?$")
BLOCKQUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
# Inline marks, in the order they are undone: code spans first (their insides are literal)
# Each span is bounded (300 characters) so that a line of unclosed marks costs its length, not its square
CODE_SPAN = re.compile(r"(`{1,10})(?!`)(.{1,300}?)(?<!`)\1(?!`)")
DESTINATION = r"\((?:[^()\n]|\([^()\n]{0,200}\)){0,1000}\)"  # "(url)", with balanced brackets in it
IMAGE = re.compile(r"!\[([^\]\n]{0,300})\]" + DESTINATION)
LINK = re.compile(r"\[([^\]\n]{1,300})\](?:" + DESTINATION + r"|\[[^\]\n]{0,100}\])")
AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]{1,1000})>", re.IGNORECASE)
FOOTNOTE_REFERENCE = re.compile(r"\[\^[^\]\s]{1,20}\]")
STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1")
EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])(.{1,300}?)(?<=[^\s*])\*(?![\w*])|"
                      r"(?<![\w_])_(?=[^\s_])(.{1,300}?)(?<=[^\s_])_(?![\w_])")
STRIKE = re.compile(r"(~~)(?=\S)(.{1,300}?)(?<=\S)~~")
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
ESCAPED = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")
HARD_BREAK = re.compile(r"(?<! ) {2,}$|\\$")  # a run of spaces tried from its start only, not from each


def plain_text(text: str) -> tuple[str, Hints]:
    """The text without its Markdown marks, line for line, and the lines whose block they named."""
    text = _outside_code(text, _without_comments)
    lines = text.split("\n")
    plain = list(lines)
    bare = [BLOCKQUOTE.sub("", line) if ">" in line[:4] else line for line in lines]  # "> | a | b |" too
    hints: Hints = {}
    fences = _closed_fences(lines)
    fence = ""
    table = False  # in a table: from a header row over a delimiter row to the first line with no cell border
    for number, line in enumerate(lines):
        table = table and bool(TABLE_ROW.search(bare[number]))
        if not table and not fence and TABLE_ROW.search(bare[number]) and number + 1 < len(lines) \
                and _delimits(bare[number + 1]):
            table = True
        if table:
            hints[number] = "table"
            plain[number] = "" if _delimits(bare[number]) else _table_row(bare[number])
            continue
        if fence:
            if _closes(line, fence):
                fence, plain[number] = "", ""
            else:
                hints[number] = "code"
            continue
        if number in fences:
            fence, plain[number] = fences[number], ""
            continue
        plain[number] = _block(lines, number, hints)
    return "\n".join(plain), hints


def _closed_fences(lines: list[str]) -> dict[int, str]:
    """The lines that open a fenced block that a later line closes, with the mark that closes it.
    A fence never closed is no fence: one stray "```" made the rest of a seed code, unread."""
    opened: dict[int, str] = {}
    start, fence = -1, ""
    for number, line in enumerate(lines):
        if fence:
            if _closes(line, fence):
                opened[start], fence = fence, ""
        elif mark := FENCE.match(line):
            start, fence = number, mark.group(1)
    return opened


def _closes(line: str, fence: str) -> bool:
    """Does the line close the fence: its mark, at least as long, indented 3 spaces at most and
    nothing after it ("```js" inside a "```" block is code, and so is "```" inside "````")."""
    stripped = line.lstrip(" ")
    return len(line) - len(stripped) <= 3 and stripped.startswith(fence) and not stripped.rstrip().strip(fence[0])


def _outside_code(text: str, change: Callable[[str], str]) -> str:
    """The text with `change` made to all but its fenced code ("<!--" in a block of code is code)."""
    lines = text.split("\n")
    fences = _closed_fences(lines)
    if not fences:
        return change(text)
    kept: list[str] = []  # `change` keeps the lines of what it is given, so each line stays in its place
    start = number = 0
    while number < len(lines):
        if number in fences:
            end = next(n for n in range(number + 1, len(lines)) if _closes(lines[n], fences[number]))
            if start < number:
                kept += change("\n".join(lines[start:number])).split("\n")
            kept += lines[number:end + 1]
            start = number = end + 1
        else:
            number += 1
    if start < len(lines):
        kept += change("\n".join(lines[start:])).split("\n")
    return "\n".join(kept)


def _without_comments(text: str) -> str:
    """The text without its HTML comments, each line break in one kept. An unclosed "<!--" stays as
    written: the regex "<!--.*?-->" searched to the end of the text from each one (its square)."""
    parts: list[str] = []
    at = 0
    while (start := text.find("<!--", at)) >= 0 and (end := text.find("-->", start + 4)) >= 0:
        parts += [text[at:start], "\n" * text.count("\n", start, end)]
        at = end + 3
    return "".join(parts) + text[at:] if parts else text


def _heading_text(text: str) -> str:
    """An ATX heading's text without its closing "#"s ("Title ##" is "Title"; "C#" stays)."""
    text = text.rstrip(" \t")
    bare = text.rstrip("#")
    return bare.rstrip(" \t") if bare != text and (not bare or bare[-1] in " \t") else text


def _table_row(line: str) -> str:
    """A table row with each cell's marks read ('**32**' is 32), its borders kept for the cells to be
    found again when shown; a border written in a cell ('a \\| b') stays escaped."""
    cells = [inline(cell).replace("|", "\\|") for cell in table_cells(line, escaped=True)]
    return "| " + " | ".join(cells) + " |"


def _block(lines: list[str], number: int, hints: Hints) -> str:
    """One line without its block marks (and its inline ones), noting what block it is."""
    line = BLOCKQUOTE.sub("", lines[number])
    if heading := ATX_HEADING.match(line):
        hints[number] = f"heading{len(heading.group(1))}"
        return inline(_heading_text(heading.group(2) or ""))
    if _underlines(lines, number):
        hints[number] = "heading1" if lines[number + 1].strip().startswith("=") else "heading2"
        return inline(line)
    if number and hints.get(number - 1, "").startswith("heading") and SETEXT_UNDERLINE.match(line) \
            and _underlines(lines, number - 1):
        return ""
    if note := FOOTNOTE_DEFINITION.match(line):  # before link definitions: "[^1]: Reuters" is one too
        hints[number] = "footnote"
        return f"[{note.group(1)}] " + inline(line[note.end():])
    if THEMATIC_BREAK.match(line) or LINK_DEFINITION.match(line):
        return ""
    return inline(HARD_BREAK.sub("", line))


def _underlines(lines: list[str], number: int) -> bool:
    """Is the line a setext heading's text ("Title" over "====")? Not a list item or a rule."""
    line = lines[number].strip()
    return bool(line) and number + 1 < len(lines) and bool(SETEXT_UNDERLINE.match(lines[number + 1])) \
        and not THEMATIC_BREAK.match(lines[number]) and not line.startswith(("-", "*", "+", "|", ">", "#"))


def _delimits(line: str) -> bool:
    """A table's delimiter row: "|---|:--:|" or "--- | ---" (a cell border, or it is a rule)."""
    return "|" in line and bool(TABLE_DELIMITER.match(line.strip()))


def inline(text: str) -> str:
    """Text without inline marks: links and images keep their words, emphasis its text. HTML stays
    as written, and is shown as text: it is what the file holds."""
    if not any(mark in text for mark in "`[*_~<\\&"):
        return text
    spans: list[str] = []

    def keep(match: re.Match[str]) -> str:  # a code span's insides are literal: set them aside
        spans.append(match.group(2).strip())
        return f"\x00{len(spans) - 1}\x00"

    text = CODE_SPAN.sub(keep, text)
    text = IMAGE.sub(r"\1", text)
    text = FOOTNOTE_REFERENCE.sub("", text)
    text = LINK.sub(r"\1", text)
    text = AUTOLINK.sub(r"\1", text)
    for pattern in (STRONG, STRIKE):
        text = pattern.sub(lambda m: m.group(2), text)
    text = EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    text = ESCAPED.sub(r"\1", text)
    text = ENTITY.sub(_character, text) if "&" in text else text
    return re.sub("\x00(\\d+)\x00", lambda m: spans[int(m.group(1))], text)


def _character(entity: re.Match[str]) -> str:
    """'&amp;' is '&'; an entity for a control, format or direction character ('&#x202E;') stays as
    written: reading has already taken such characters out of the text, and must not get them back."""
    character = html.unescape(entity.group(0))
    hidden = any(unicodedata.category(c)[0] == "C" or unicodedata.category(c) in ("Zl", "Zp") for c in character)
    return entity.group(0) if hidden else character  # '&#x2028;', a line separator, splits lines elsewhere


def table_cells(row: str, escaped: bool = False) -> list[str]:
    """The cells of one table row as the text step keeps it ("| a | b \\| c |" -> ["a", "b | c"]);
    `escaped` keeps a cell's escaped border as written, for inline() to read."""
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", row)]
    return cells if escaped else [cell.replace("\\|", "|") for cell in cells]
