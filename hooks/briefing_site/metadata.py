"""Step 3a: the source card's facts, each from a cascade of small extractors.

As in trafilatura's metadata cascade, each field is taken from the first extractor that gives a
value: what the maintainer declared (front matter or sidecar), then what the text itself states
(headline, masthead, date line, byline, dateline). Each value keeps where it came from; a field
no extractor fills is "not stated", never a guess. A byline that names an outlet, an agency or a
desk ("By Reuters", "By Staff Writer", the masthead's own author box) states no person: the author
is not stated, and an outlet it names may stand in for a publisher the page does not state.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable

from .dates import parse_date_phrase
from .gazetteer import gazetteer_names
from .limits import excerpt
from .model import Document, Field, Metadata, Paragraph, RawSeed, SeedError, visible
from .text import DATELINE_PARAGRAPHS, PLACED_DATE_LINE, dateline_credit, dateline_date, dateline_place

KINDS = ("news", "analysis", "opinion", "press release", "other")
TEXT_KEYS = ("title", "dek", "publisher", "author")
ALLOWED_KEYS = {*TEXT_KEYS, "date", "published", "url", "kind", "tags", "id", "slug", "description", "source"}
# keys that declare another's field ("source: Reuters", as news desks write it, is the publisher)
SYNONYMS = {"published": "date", "description": "dek", "id": "slug", "source": "publisher"}
SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$")
BYLINE = re.compile(r"^(?i:author|written by|by)\s+(?P<name>[A-Z][^.!?\n]{1,60})$")
NOT_STATED_FIELD = Field(None, "not stated")
MAX_TEXT = 500  # characters in a title, dek, publisher or author, declared or read from the text
# News agencies and wires: a byline naming one states no person, but names who published the report
AGENCIES = {
    "reuters", "afp", "agence france-presse", "agence france presse", "ap", "associated press", "bloomberg",
    "xinhua", "anadolu", "anadolu agency", "aa", "dpa", "efe", "ansa", "kyodo", "tass", "upi", "pa",
    "pa media", "press association", "irna", "yonhap", "bernama", "kuna", "wam", "sana", "ina",
}
# Bylines of a desk or a role: no person and no outlet
DESKS = {
    "staff", "staff writer", "staff writers", "staff reporter", "staff report", "our correspondent",
    "our reporter", "our staff", "correspondent", "editor", "editors", "editorial board", "editorial team",
    "editorial staff", "editorial desk", "news desk", "web desk", "online desk", "newsroom", "admin",
    "administrator", "agencies", "news agencies", "wire services", "guest author", "contributor",
}
DESK_SUFFIXES = ("staff", "desk", "team", "newsroom", "bureau", "editors", "reporters", "writers")
# Last words of an organisation's name ("Example News", "Ministry of Defence" by its first word)
ORG_WORDS = {
    "news", "agency", "press", "media", "times", "tribune", "gazette", "journal", "network", "group",
    "wire", "service", "services", "institute", "centre", "center", "foundation", "council", "ministry",
    "office", "channel", "tv", "radio", "magazine", "daily", "weekly", "online", "association",
    "organisation", "organization", "corporation", "university", "department", "government", "embassy",
    "commission", "committee",
}
# Words a title cut short should not end on: it would read as a fragment ("… Generals to a…")
FUNCTION_WORDS = {
    "a", "an", "the", "of", "and", "or", "but", "nor", "to", "in", "on", "at", "by", "for", "with", "from",
    "into", "onto", "upon", "over", "under", "about", "as", "than", "that", "which", "who", "whom", "whose",
    "this", "these", "those", "its", "their", "his", "her", "our", "your", "my", "is", "are", "was", "were",
    "be", "been", "being", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may",
    "might", "must", "do", "does", "did", "not", "no", "so", "if", "while", "after", "before", "between",
    "among", "against", "during", "through", "via", "per", "such", "both", "each", "every", "also", "very",
    "where", "when", "whether", "because", "since", "until", "amid", "amidst", "toward", "towards", "like",
}
# Where a clause ends inside a sentence: , ; : before a space, a spaced dash, or a dash between
# words (not the en dash of a range, "2019–2020")
CLAUSE_BOUNDARY = re.compile(r"[,;:](?=\s)|\s[-–—]{1,3}\s|—|(?<!\d)–(?!\d)")


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
    published = pick("date", _date_line, _dateline_date)
    publisher = pick("publisher", _role_text("masthead"))
    author, outlet = _person_or_outlet(pick("author", _byline), publisher.value)
    if publisher.value is None:
        publisher = outlet or _dateline_credit(document) or publisher
    return Metadata(
        display_title=title.value or _opening_words(document),
        title=title,
        dek=pick("dek", _role_text("dek")),
        publisher=publisher,
        published=published,
        author=author,
        url=pick("url"),
        dateline=pick("dateline", _dateline, _placed_date_line),
        tags=tuple(declared.get("tags", ())),  # type: ignore[arg-type]
        slug=declared.get("slug"),  # type: ignore[arg-type]
        declared_kind=declared.get("kind"),  # type: ignore[arg-type]
    )


def stated_in_text(document: Document) -> dict[str, Field]:
    """What the text itself states for the fields a seed may also declare (title, published,
    publisher, a person as author), whether or not a declared value won: extract_metadata keeps
    only the winner, and the checks (checks.py) compare the two. Reads the analysed document only."""
    found = {"title": _role_text("title")(document), "published": _date_line(document) or _dateline_date(document),
             "publisher": _role_text("masthead")(document), "author": _byline(document)}
    byline = found["author"]
    if byline is not None and _byline_names(byline.value or "", None) != "person":
        found["author"] = None  # "By Reuters", "Staff": the text names no person to compare
    return {key: value for key, value in found.items() if value is not None}


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


def _placed_date_line(document: Document) -> Field | None:
    """The place of a line that gives a place and a date alone ('Castrel, 7 March 2025')."""
    for paragraph in document.paragraphs:
        placed = PLACED_DATE_LINE.match(paragraph.text) if paragraph.role == "date" else None
        if placed:
            return Field(_spelled(placed.group("place"), document), f"text, line {paragraph.line}")
    return None


def _byline(document: Document) -> Field | None:
    for paragraph in document.paragraphs:
        match = BYLINE.match(paragraph.text)
        if match and paragraph.role in ("leftover", "title", "dek", "heading"):
            return Field(match.group("name").strip(), f"text, line {paragraph.line}")
    return None


def _person_or_outlet(author: Field, publisher: str | None) -> tuple[Field, Field | None]:
    """The author if the byline read from the text names a person; else (not stated, the outlet it
    names, if any), so an outlet's author box never reads as a person."""
    if author.value is None or author.declared:
        return author, None
    named = _byline_names(author.value, publisher)
    if named == "person":
        return author, None
    line = author.source.removeprefix("text, ")
    not_person = Field(None, f"not stated (the byline on {line} names {named}, not a person)")
    if named == "a desk or a role":
        return not_person, None
    return not_person, Field(_without_desk(author.value), f"{author.source}, byline")


def _byline_names(name: str, publisher: str | None) -> str:
    """What a byline names: 'person', 'the publisher', 'a news agency', 'a desk or a role' or 'an organisation'."""
    outlet = _without_desk(name)
    key = _outlet_key(outlet)
    words = key.split()
    if publisher and key == _outlet_key(publisher):
        return "the publisher"
    if key in AGENCIES:
        return "a news agency"
    if key in DESKS or _outlet_key(name) in DESKS:
        return "a desk or a role"
    # a person's name never starts with "The"; acronyms ("IRNA") and "… News", "Ministry of …" name bodies
    if outlet.startswith("The ") or re.fullmatch(r"[A-Z]{2,6}", outlet) or words[-1] in ORG_WORDS \
            or (" of " in f" {key} " and words[0] in ORG_WORDS):
        return "an organisation"
    return "person" if outlet == name else "a desk or a role"  # "Jane Doe" / "Metro Desk"


def _without_desk(name: str) -> str:
    """'Reuters Staff' gives 'Reuters', 'Example News Desk' gives 'Example News'; 'Staff' stays."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in DESK_SUFFIXES:
        words.pop()
    return " ".join(words)


def _outlet_key(name: str) -> str:
    """'The New Region' and 'new region' compare equal; so do 'AFP' and 'afp.'."""
    return re.sub(r"^the\s+", "", " ".join(re.sub(r"[^\w&'\- ]", " ", name.lower()).split()))


def _dateline(document: Document) -> Field | None:
    for paragraph in _lead_paragraphs(document):
        place = dateline_place(paragraph.text)
        if place:
            credit = dateline_credit(paragraph.text)
            place = f"{place}, {credit}" if credit and _is_place(credit) else place  # "RIHA (Şanlıurfa) -"
            return Field(_spelled(place, document), f"text, line {paragraph.line}")
    return None


def _spelled(place: str, document: Document) -> str:
    """A place in capitals put in normal case as the text or the gazetteer spells it: Python lowers
    the Turkish "I" of "ŞANLIURFA" to "i", not "ı" ("Şanliurfa")."""
    spelled = {_loose(word): word for p in document.paragraphs if p.role == "body"
               for word in re.findall(r"\b[^\W\d_][^\W\d_'’-]+", p.text) if word[:1].isupper() and not word.isupper()}
    parts = [spelled.get(_loose(part)) or _known_places().get(_loose(part), part) for part in place.split(", ")]
    return ", ".join(parts)


def _loose(name: str) -> str:
    """A name without case or marks ("Şanlıurfa", "ŞANLIURFA", "Sanliurfa" are one)."""
    decomposed = unicodedata.normalize("NFD", name.casefold().replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1)
def _known_places() -> dict[str, str]:
    return {_loose(name): name for kind in sorted(gazetteer_names()) for name in sorted(gazetteer_names()[kind])}


def _dateline_credit(document: Document) -> Field | None:
    """The agency credited in the dateline ('LONDON (Reuters) -'), when no publisher is stated; not a
    place in brackets ('RIHA (Şanlıurfa) -' names the province, not who published it)."""
    for paragraph in _lead_paragraphs(document):
        credit = dateline_credit(paragraph.text)
        if credit and not _is_place(credit):
            return Field(credit, f"text, line {paragraph.line}, dateline")
    return None


def _dateline_date(document: Document) -> Field | None:
    """The date a dateline gives in full ('PORT SUDAN, Aug. 10, 2024 (Sudan Daily) –')."""
    for paragraph in _lead_paragraphs(document):
        stated = dateline_date(paragraph.text)
        parsed = parse_date_phrase(stated) if stated else None
        if parsed:
            return Field(parsed[0], f"text, line {paragraph.line}, dateline")
    return None


def _is_place(name: str) -> bool:
    return any(name in names for names in gazetteer_names().values())


def _lead_paragraphs(document: Document) -> list[Paragraph]:
    """The first body paragraphs: a dateline opens the report, after a standfirst at most."""
    return [p for p in document.paragraphs if p.role == "body"][:DATELINE_PARAGRAPHS]


def _opening_words(document: Document, limit: int = 12) -> str:
    """The first sentence, or its opening cut at a clause boundary or after a content word, with '…'."""
    sentences = document.body_sentences
    if not sentences:
        return "Untitled"
    words = sentences[0].text.split(maxsplit=limit)  # the rest of a long sentence stays one piece
    opening = " ".join(words[:limit])
    if len(words) <= limit and len(opening) <= MAX_TEXT:
        return opening
    kept = _within_cap(words[:limit])
    if not kept:
        return excerpt(opening, MAX_TEXT)  # one enormous word: cut inside it
    return _cut_to_phrase(kept) + "…"


def _within_cap(words: list[str]) -> list[str]:
    """The leading words that fit the cap with a space between and the '…' after."""
    kept: list[str] = []
    length = 0
    for word in words:
        length += len(word) + (1 if kept else 0)
        if length > MAX_TEXT - 1:
            break
        kept.append(word)
    return kept


def _cut_to_phrase(words: list[str]) -> str:
    """Words up to the last clause boundary that keeps at least half of them, else up to the last
    word that is not a function word: the title reads as a phrase, not a fragment."""
    text = " ".join(words)
    for match in reversed(list(CLAUSE_BOUNDARY.finditer(text))):
        head = text[:match.start()].split()
        if len(head) >= max(1, len(words) // 2):
            words = head
            break
    while len(words) > 1 and _bare(words[-1]) in FUNCTION_WORDS:
        words = words[:-1]
    return " ".join(words).rstrip(" ,;:-–—([\"“‘'")


def _bare(word: str) -> str:
    return word.strip(" ,;:.!?-–—()[]\"“”‘’'").lower()


def validate_declared(seed: RawSeed) -> dict[str, object]:
    """Check declared metadata types; raise SeedError naming the key and its line."""
    clean: dict[str, object] = {}
    given: dict[str, str] = {}  # field -> the key that declared it
    for key, value in seed.declared.items():
        line = seed.declared_lines.get(key)
        where = f"{seed.declared_in}: '{visible(key[:60])}'"
        if key not in ALLOWED_KEYS:
            raise SeedError(f"{where} is not a known key", line=line,
                            hint=f"use one of: {', '.join(sorted(ALLOWED_KEYS))}")
        field = SYNONYMS.get(key, key)
        if field in given:  # 'date' and 'published' are one field: the later one silently won
            raise SeedError(f"{where} declares the {field} again ('{given[field]}' already does)", line=line,
                            hint="declare each field once")
        given[field] = key
        if value is None:
            continue
        clean[field] = _check_value(field, value, where, line)
    return clean


def _check_value(key: str, value: object, where: str, line: int | None) -> object:
    if key in TEXT_KEYS:
        return _single_line(_expect_str(value, where, line), where, line)
    if key == "date":
        return _check_date(value, where, line)
    if key == "url":
        url = _expect_str(value, where, line).strip()
        if not re.match(r"^https?://[^\s<>\"']+$", url):
            raise SeedError(f"{where} must be an http:// or https:// address", line=line)
        return url
    if key == "kind":
        kind = " ".join(re.split(r"[\s_-]+", _expect_str(value, where, line).strip().lower()))  # press_release
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
