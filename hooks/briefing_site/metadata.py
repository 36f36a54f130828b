"""Step 3a: the source card's facts, each from a cascade of small extractors.

As in trafilatura's metadata cascade, each field is taken from the first extractor that gives a
value: what the maintainer declared (front matter or sidecar), then what the text itself states
(headline, masthead, date line, byline, dateline). Each value keeps where it came from; a field
no extractor fills is "not stated", never a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from .dates import parse_date_phrase
from .limits import excerpt
from .model import Document, Field, Metadata, RawSeed, SeedError
from .text import dateline_place

KINDS = ("news", "analysis", "opinion", "press release", "other")
TEXT_KEYS = ("title", "dek", "publisher", "author")
ALLOWED_KEYS = {*TEXT_KEYS, "date", "published", "url", "kind", "tags", "id", "slug", "description"}
SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$")
BYLINE = re.compile(r"^(?i:author|written by|by)\s+(?P<name>[A-Z][^.!?\n]{1,60})$")
NOT_STATED_FIELD = Field(None, "not stated")
MAX_TEXT = 500  # characters in a title, dek, publisher or author, declared or read from the text


def extract_metadata(seed: RawSeed, document: Document) -> Metadata:
    """Declared values win; otherwise the text's own statement; otherwise 'not stated'."""
    declared = validate_declared(seed)
    origin = seed.declared_in

    def pick(key: str, *extractors: Callable[[Document], Field | None]) -> Field:
        if key in declared:
            return Field(str(declared[key]), origin)
        for extractor in extractors:
            found = extractor(document)
            if found is not None:
                return found
        return NOT_STATED_FIELD

    title = pick("title", _role_text("title"))
    published = pick("date", _date_line)
    return Metadata(
        display_title=title.value or _opening_words(document),
        title=title,
        dek=pick("dek", _role_text("dek")),
        publisher=pick("publisher", _role_text("masthead")),
        published=published,
        author=pick("author", _byline),
        url=pick("url"),
        dateline=pick("dateline", _dateline),
        tags=tuple(declared.get("tags", ())),  # type: ignore[arg-type]
        slug=declared.get("slug"),  # type: ignore[arg-type]
        declared_kind=declared.get("kind"),  # type: ignore[arg-type]
    )


def _role_text(role: str) -> Callable[[Document], Field | None]:
    def extract(document: Document) -> Field | None:
        for paragraph in document.paragraphs:
            if paragraph.role == role:
                cut = f", cut to {MAX_TEXT} characters" if len(paragraph.text) > MAX_TEXT else ""
                return Field(excerpt(paragraph.text, MAX_TEXT), f"text, line {paragraph.line}{cut}")
        return None
    return extract


def _date_line(document: Document) -> Field | None:
    for paragraph in document.paragraphs:
        if paragraph.role == "date":
            parsed = parse_date_phrase(paragraph.text)
            if parsed:
                return Field(parsed[0], f"text, line {paragraph.line}")
    return None


def _byline(document: Document) -> Field | None:
    for paragraph in document.paragraphs:
        match = BYLINE.match(paragraph.text)
        if match and paragraph.role in ("leftover", "title", "dek", "heading"):
            return Field(match.group("name").strip(), f"text, line {paragraph.line}")
    return None


def _dateline(document: Document) -> Field | None:
    for paragraph in document.paragraphs:
        if paragraph.role == "body":
            place = dateline_place(paragraph.text)
            return Field(place, f"text, line {paragraph.line}") if place else None
    return None


def _opening_words(document: Document, limit: int = 12) -> str:
    sentences = document.body_sentences
    if not sentences:
        return "Untitled"
    words = sentences[0].text.split(maxsplit=limit)  # the rest of a long sentence stays one piece
    opening = " ".join(words[:limit]) + ("…" if len(words) > limit else "")
    return excerpt(opening, MAX_TEXT)


def validate_declared(seed: RawSeed) -> dict[str, object]:
    """Check declared metadata types; raise SeedError naming the key and its line."""
    clean: dict[str, object] = {}
    for key, value in seed.declared.items():
        line = seed.declared_lines.get(key)
        where = f"{seed.declared_in}: '{key}'"
        if key not in ALLOWED_KEYS:
            raise SeedError(f"{where} is not a known key", line=line,
                            hint=f"use one of: {', '.join(sorted(ALLOWED_KEYS))}")
        if value is None:
            continue
        clean["date" if key == "published" else "dek" if key == "description" else
              "slug" if key == "id" else key] = _check_value(key, value, where, line)
    return clean


def _check_value(key: str, value: object, where: str, line: int | None) -> object:
    if key in TEXT_KEYS or key == "description":
        return _single_line(_expect_str(value, where, line), where, line)
    if key in ("date", "published"):
        return _check_date(value, where, line)
    if key == "url":
        url = _expect_str(value, where, line).strip()
        if not re.match(r"^https?://[^\s<>\"']+$", url):
            raise SeedError(f"{where} must be an http:// or https:// address", line=line)
        return url
    if key == "kind":
        kind = _expect_str(value, where, line).strip().lower()
        if kind not in KINDS:
            raise SeedError(f"{where} must be one of {', '.join(KINDS)}", line=line)
        return kind
    if key == "tags":
        items = value if isinstance(value, list) else [value]
        return tuple(_single_line(_expect_str(item, where, line), where, line) for item in items)
    slug = _expect_str(value, where, line).strip()
    if not SLUG.match(slug):
        raise SeedError(f"{where} must be lower-case letters, digits and hyphens (got {slug[:40]!r})",
                        line=line, hint="no slashes, dots or spaces: it becomes part of a URL")
    return slug


def _expect_str(value: object, where: str, line: int | None) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise SeedError(f"{where} must be text, not {type(value).__name__}", line=line)
    return str(value)


def _single_line(value: str, where: str, line: int | None) -> str:
    value = " ".join(value.split())
    if len(value) > MAX_TEXT:
        raise SeedError(f"{where} is longer than {MAX_TEXT} characters", line=line)
    return value


def _check_date(value: object, where: str, line: int | None) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        try:
            dt.date.fromisoformat(text + "-01-01"[len(text) - 4:])
        except ValueError:
            pass
        else:
            return text
    parsed = parse_date_phrase(text)
    if parsed:
        return parsed[0]
    raise SeedError(f"{where} is not a date (got {text[:40]!r})", line=line,
                    hint="write it as YYYY-MM-DD, YYYY-MM or YYYY")
