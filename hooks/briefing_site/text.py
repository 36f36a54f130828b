"""Step 2: turn a seed's text into a document model: paragraphs with roles, and sentences.

Web copy arrives with page furniture ("2 min read", "READ: …" teasers, newsletter prompts,
captions, author boxes). Each paragraph gets a role so later steps can leave furniture out of
summaries while the original text is still shown complete.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from .model import Document, Paragraph, Sentence
from .terms import SENTENCES_CACHED

BLOCK_LINES = ("table", "code")  # hinted blocks of many lines, kept line by line
BULLET = re.compile(r"^\s*(?:[•·▪◦‣*+\-–]|\d{1,2}[.)])\s+")
QUOTE_END = re.compile(r"(?<![.!?…])[\"”]$")
TERMINAL = re.compile(r"[.!?…][\"”’')\]]*$|[\"”]$")
LABELS = {
    "news", "publication", "opinion", "analysis", "commentary", "editorial", "feature",
    "press release", "op-ed", "comment", "explainer", "report", "column", "blog", "world",
    "politics", "business", "middle east", "interview", "news release", "statement",
}
LEFTOVER_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    r"^\d+\s*min(ute)?s?\s+read$",
    r"^(read|read more|also read|see also|related|recommended|watch|listen|more on this)\s*:",
    r"^(newsletter|advertisement|sponsored|share|share this( article)?|follow us.*|tags?:.*)$",
    r"^(get|receive) (the latest|our|daily|weekly)\b.*\b(inbox|email|newsletter)\b",
    r"^(subscribe|sign up|click here|tap here|download our app)\b",
    r"^profile picture of\b",
    r"^(image|photo|picture|video) of\b",
    r"^(photo|image|credit|source image)\s*:",
    r"^(copyright|©|all rights reserved)",
    r"^(share on|share via) ",
    # a wire's note on its own copy: "(Corrects paragraph 3 to show ...)", "(Updates with toll)"
    r"^\((corrects|correcting|updates|adds|recasts|refiles|repeats)\b[^)]{0,300}\)$",
    r"^(correction|clarification|editor's note|editor’s note)\s*:",
    # a wire's credits: "(Reporting by Elin Sandberg; Additional reporting by …; Editing by Tom Reyes)"
    r"^\((additional\s+)?(reporting|writing|editing|compiled|compiling|research|photography|production)\s+by\b"
    r"[^()]{0,400}\)$",
    r"^(additional\s+)?(reporting|writing)\s+by\s+[^.!?]{0,300};\s*(additional\s+reporting|editing|writing)\s+by\b"
    r"[^.!?]{0,300}\.?$",
)]
# Bylines: the keyword in any case, the name with a real capital ("By Jane Doe", not "By the numbers")
BYLINE_LINE = re.compile(r"^(?i:author|written by|by)\s+[A-Z][^.!?]{0,60}$")
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# "Castrel, 7 March 2025": a release's place and date on a line of their own, before its body (it had been
# read as the standfirst); its date is the publication's, its place the dateline's
PLACED_DATE_LINE = re.compile(
    rf"^(?P<place>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){{0,3}}(?:,\s*[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)?),\s+"
    rf"(?P<date>(?:\w+day,?\s+)?(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}))"
    r"\s*$")
# "Dr Anatol Vrescu (Civic Union): 303,961 votes (50.3%)", "Civic Union: 31 seats": a result's label and
# its figures, a line of a table in plain text (read as a heading, its names and figures had been lost)
LABELLED_FIGURE = re.compile(r"^[^:\n]{2,100}:\s+[^\n]*\d[^\n]*$")
# "PRESS RELEASE - FOR IMMEDIATE RELEASE": a release's labels on one line, no headline
RELEASE_LABEL = re.compile(r"^(?:(?:press|news|media)\s+release(?:\s+(?:no\.?|number|ref\.?)\s*[\w./-]+)?|"
                           r"for\s+immediate\s+release|embargoed[^.!?]{0,40})"
                           r"(?:\s*[-–—:|/]\s*(?:(?:press|news|media)\s+release|for\s+immediate\s+release|"
                           r"embargoed[^.!?]{0,40}))*\s*$", re.IGNORECASE)
DATE_LINE = re.compile(
    rf"^(?:(?:published|updated|posted)\s*:?\s*)?(?:\w+day,?\s+)?(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|"
    rf"\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b[^.!?]{{0,40}}$",
    re.IGNORECASE,
)
# A dateline opens a report: "ANKARA –", "BAGHDAD, Iraq (AP) —", "LONDON (Reuters) -",
# "Erbil, Kurdistan Region –". A place in capitals may stand alone; a place in normal case needs a
# region or an agency credit, or "Tony Blair – The …" would read as one. Every word of a region is
# capitalised (or a connector), so a clause ("NATO, the alliance said - …") is never a region.
# Capitals and small letters beyond ASCII: "ŞANLIURFA, Türkiye –", "RIHA (Şanlıurfa) -", "SÃO PAULO"
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper())
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.islower())
_REGION = rf"[{_UPPER}0-9][\w'.\-]{{0,29}}(?: (?:of|and|the|de|del|al|el|[{_UPPER}0-9][\w'.\-]{{0,29}})){{0,5}}"
_DATELINE_TAIL = (rf"(?P<region>(?:,\s*{_REGION}){{0,2}})\s*(?:\((?P<credit>[{_UPPER}][\w&.'\- ]{{0,30}})\))?"
                  rf"(?:\s*[–—]{{1,2}}\s*|\s+-{{1,2}}\s+)(?=[{_UPPER}0-9\"“‘'])")
# "KORSVIK/SARRAH, Aug 15 (CPS) -": a slash between two places
CAPS_DATELINE = re.compile(rf"^(?P<place>[{_UPPER}][{_UPPER}'.\-/]{{1,29}}"
                           rf"(?: [{_UPPER}][{_UPPER}'.\-/]{{0,29}}){{0,3}}){_DATELINE_TAIL}")
NAMED_DATELINE = re.compile(rf"^(?P<place>[{_UPPER}][{_LOWER}'.\-]{{1,29}}(?: [{_UPPER}][{_LOWER}'.\-]{{1,29}}){{0,2}})"
                            rf"{_DATELINE_TAIL}")
# Capitals that open a paragraph as a label, not a place ("EXCLUSIVE – …")
NOT_PLACES = {
    "breaking", "exclusive", "update", "updated", "watch", "live", "video", "photos", "analysis",
    "opinion", "comment", "editorial", "news", "correction", "factbox", "explainer", "interview",
}
# Sentence openers and titles that a normal-case dateline cannot start with ("Meanwhile, Baghdad – …")
NOT_PLACE_OPENERS = {
    "mr", "mrs", "ms", "dr", "prof", "sir", "however", "meanwhile", "but", "and", "so", "yet",
    "still", "now", "then", "instead", "also", "indeed", "moreover", "furthermore", "separately",
    "elsewhere", "today", "yesterday", "tomorrow", "here", "there", "the", "this", "that", "in", "on",
}
DATE_IN_DATELINE = re.compile(
    rf"^(?:{MONTH}\s*\d{{1,2}}(?:,?\s*\d{{4}})?|\d{{1,2}}\s+{MONTH}|\d{{4}}|\w+day)$", re.IGNORECASE)
FULL_DATE = re.compile(rf"^(?:{MONTH}\s*\d{{1,2}},?\s*\d{{4}}|\d{{1,2}}\s+{MONTH},?\s*\d{{4}})$", re.IGNORECASE)
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
    "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "nos", "inc", "ltd", "co", "corp", "vs", "e.g", "i.e", "jr", "sr", "gov", "sen", "rep",
    "rev", "fr", "mt", "approx", "u.s", "u.k", "u.n", "e.u", "ft", "fig", "pp", "vol", "est", "dept",
    "h.e", "h.m", "h.r.h", "hon", "amb",  # His Excellency, His Majesty, His Royal Highness, Honourable, Ambassador
    "insp", "supt", "cpl", "brig", "det", "cdr",  # ranks: "Supt. Ann Lowe"
    "eng", "engr",  # an engineer's title: "Eng. Samuel Okonjo"
    "cllr", "ald",  # a councillor's, an alderman's: "Cllr. Teodora da Silva Pereira"
}
NUMBER_SIGNS = frozenset({"no", "nos"})  # abbreviations only before a number ("No. 10", "Nos. 3 and 4")
NUMBER_AFTER = re.compile(r"\s*\d")
# The lookbehind lets a match start only at the first mark of a run ("...", "?!"): a match inside a
# run always implies one from its start, and without it every mark of a long run re-scans the rest.
SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9À-ÖØ-Þ])")


@dataclass(frozen=True)
class _Chunk:
    line: int
    text: str
    bullet: bool
    hint: str = ""  # the block a Markdown seed's marks named (markdown_text.Hints), "" for none


def read_document(text: str, first_line: int = 1, hints: Mapping[int, str] | None = None) -> Document:
    """Split text into paragraphs, give each a role, and split body paragraphs into sentences.

    first_line is the file line the text starts on (after front matter), so paragraph lines
    point into the file the maintainer edits. hints name the lines a Markdown seed marked as a
    heading, a table row, code or a footnote (by line offset in text): each is a paragraph of
    that role, and tables, code and footnotes are shown, not read for sentences.
    """
    chunks = split_paragraphs(text, first_line, hints or {})
    roles = assign_roles(chunks)
    paragraphs: list[Paragraph] = []
    next_sentence = 0
    for index, (chunk, role) in enumerate(zip(chunks, roles, strict=True)):
        sentences: tuple[Sentence, ...] = ()
        if role in ("body", "list"):
            sentences = split_sentences(chunk.text, index, next_sentence)
            next_sentence += len(sentences)
        paragraphs.append(Paragraph(index, chunk.text, role, chunk.line, sentences))
    return Document(tuple(paragraphs))


def split_paragraphs(text: str, first_line: int = 1, hints: Mapping[int, str] | None = None) -> list[_Chunk]:
    """Blank-line blocks, re-split where one line holds one paragraph, re-joined soft wraps; a
    hinted line (a Markdown heading, table row, line of code or footnote) is a block of its kind."""
    chunks: list[_Chunk] = []
    current: list[str] = []  # lines of the open paragraph, joined once when it is flushed
    start = 0
    bullet = False
    block = ""  # the hint of the open paragraph
    # The last block ended mid-sentence after one blank line: its lines stay open in current, so
    # the next block may continue it without re-joining and re-scanning the text built so far.
    pending_join = False

    def flush() -> None:
        nonlocal current, block
        if current:
            text = "\n".join(current) if block in BLOCK_LINES else _join(current)
            chunks.append(_Chunk(start, text, bullet, block))
        current, block = [], ""

    for number, raw in enumerate(text.split("\n"), start=first_line):
        line = raw.strip().replace("\u00a0", " ").strip()
        hint = hints.get(number - first_line, "") if hints else ""
        if hint or block:
            if hint != block or hint not in BLOCK_LINES:
                flush()
            if hint and (line or hint == "code"):
                if not current:
                    start, bullet, block = number, False, hint
                current.append(raw.rstrip() if hint == "code" else line)
            pending_join = False
            if hint or not line:
                continue
        if not line:
            # a second blank line in a row ends an open paragraph as well
            keep_open = not pending_join and _may_continue(current, bullet)
            if not keep_open:
                flush()
            pending_join = keep_open
            continue
        is_bullet = bool(BULLET.match(raw))
        if _breaks_before(current, line, is_bullet, pending_join):
            flush()
        if not current:
            start, bullet = number, is_bullet
            line = BULLET.sub("", line, count=1) if is_bullet else line
        current.append(line)
        pending_join = False
    flush()
    return chunks


def _may_continue(lines: list[str], bullet: bool) -> bool:
    """A non-list block whose last line ends mid-sentence may go on after a blank line."""
    return bool(lines) and not bullet and _ends_mid_sentence(lines[-1])


def _breaks_before(lines: list[str], line: str, is_bullet: bool, after_blank: bool) -> bool:
    """Whether line starts a new paragraph instead of going on with the open one (lines)."""
    if after_blank:
        return not line[:1].islower()  # only a lowercase line continues across the blank
    return bool(lines) and (is_bullet or _starts_paragraph(lines[-1], line))


def _join(lines: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(lines)).strip()


def _ends_mid_sentence(line: str) -> bool:
    return not TERMINAL.search(line) and line[-1:].isalpha() and line[-1:].islower()


def _starts_paragraph(previous: str, line: str) -> bool:
    """One paragraph per line is common in pasted web copy; soft wraps continue the sentence."""
    first = line.lstrip("\"“‘'(")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if TERMINAL.search(previous):
        return True
    return _looks_like_heading(previous)


def _looks_like_heading(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 20 and not TERMINAL.search(text) and not text.endswith((",", ";", ":")) \
        and text[:1].isupper()


def is_leftover(text: str) -> bool:
    """Page furniture: teasers, prompts, captions, author boxes, read-time lines."""
    return any(p.search(text) for p in LEFTOVER_PATTERNS) or bool(BYLINE_LINE.match(text))


def assign_roles(chunks: list[_Chunk]) -> list[str]:
    roles: list[str] = []
    in_header = True  # until the first body paragraph: where headline, dek and masthead live
    for index, chunk in enumerate(chunks):
        text = chunk.text
        following = chunks[index + 1].text if index + 1 < len(chunks) else ""
        role = _role(text, following, in_header, roles, chunk.bullet, chunk.hint)
        if role in ("body", "list"):
            in_header = False
        roles.append(role)
    return roles


def _role(text: str, following: str, in_header: bool, before: list[str], bullet: bool, hint: str = "") -> str:
    if hint.startswith("heading"):  # a Markdown heading; the first top-level one is the headline
        return "title" if hint == "heading1" and in_header and "title" not in before else "heading"
    if hint:
        return hint
    if (text.lower().strip(" :") in LABELS and len(text) < 20) or RELEASE_LABEL.match(text):
        return "label"
    if in_header and (DATE_LINE.match(text) or PLACED_DATE_LINE.match(text)):
        return "date"
    if is_leftover(text):
        return "leftover"
    if bullet or (before and LABELLED_FIGURE.match(text)):
        return "list"
    if not _looks_like_heading(text):
        # 'Al-Burhan says army will "fight to the end"': a first line ending on a quote mark, with no
        # full stop before it, is a headline; later, such a line is a sentence that quotes
        return "title" if not before and _looks_like_heading(QUOTE_END.sub("", text)) else "body"
    if in_header:
        if "title" not in before:
            return "title"
        if len(text.split()) <= 6 and DATE_LINE.match(following):
            return "masthead"
        if "dek" not in before and "masthead" not in before and "date" not in before:
            return "dek"
    return "heading" if len(text.split()) <= 16 else "body"


def split_sentences(text: str, paragraph: int, first_index: int) -> tuple[Sentence, ...]:
    """Rule-based splitter: terminal punctuation before a capital, minus abbreviations."""
    start = _dateline_end(text)
    sentences: list[Sentence] = []
    for match in SENTENCE_END.finditer(text):
        if match.end() <= start or is_abbreviation(text, match.start()):
            continue
        _add_sentence(sentences, text, start, match.end(), paragraph, first_index)
        start = match.end()
    _add_sentence(sentences, text, start, len(text), paragraph, first_index)
    return tuple(sentences)


def _add_sentence(out: list[Sentence], text: str, start: int, end: int, paragraph: int,
                  first_index: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(first_index + len(out), paragraph, text[start:end], start, end))


def _dateline_end(text: str) -> int:
    match = _dateline_match(text)
    return match.end() if match else 0


def _dateline_match(text: str) -> re.Match[str] | None:
    """The dateline opening text, if one does: a place in capitals, or in normal case with a region
    or a credit; never a label in capitals nor a name after a sentence opener or a title."""
    caps = CAPS_DATELINE.match(text)
    if caps:
        return None if caps.group("place").strip().lower() in NOT_PLACES else caps
    named = NAMED_DATELINE.match(text)
    if not named or named.group("place").split()[0].lower() in NOT_PLACE_OPENERS:
        return None
    # "Dravo, 3 September 2025 —": a press release's place and full date of issue
    dated = any(FULL_DATE.match(part.strip(" ,")) for part in (named.group("region") or "").split(",") if part.strip())
    return named if _region_parts(named) or named.group("credit") or dated else None


def _region_parts(match: re.Match[str]) -> list[str]:
    """The region after the place, less a date ("WASHINGTON, Dec. 5 (Reuters) -")."""
    parts = [part.strip() for part in match.group("region").split(",")]
    return [part for part in parts if part and not DATE_IN_DATELINE.match(part) and not FULL_DATE.match(part)]


DATELINE_PARAGRAPHS = 3  # a standfirst or a lead-in may come before the paragraph with the dateline


def dateline_place(text: str) -> str | None:
    """'ERBIL, Kurdistan Region of Iraq - …' gives 'Erbil, Kurdistan Region of Iraq'."""
    match = _dateline_match(text)
    if not match:
        return None
    return ", ".join(_normal_case(part) for part in [match.group("place"), *_region_parts(match)])


def dateline_credit(text: str) -> str | None:
    """The agency a dateline credits: 'LONDON (Reuters) - …' gives 'Reuters'."""
    match = _dateline_match(text)
    return match.group("credit").strip() if match and match.group("credit") else None


def dateline_date(text: str) -> str | None:
    """The full date a dateline gives: 'PORT SUDAN, Aug. 10, 2024 (Sudan Daily) –' gives 'Aug. 10, 2024'."""
    match = _dateline_match(text)
    if not match:
        return None
    parts = [part.strip() for part in match.group("region").split(",")]
    # "Aug. 10, 2024" is cut in two by its comma: the parts are read back joined to their neighbour
    joined = [", ".join(parts[i:i + 2]) for i in range(len(parts))]
    return next((part for part in joined if FULL_DATE.match(part)), None)


def _normal_case(place: str) -> str:
    """'NEW YORK' gives 'New York'; a short place in capitals stays ('US', 'UAE'), as does normal case."""
    words = place.split()
    if not any(len(word) > 3 and word.isupper() for word in words):
        return " ".join(words)
    return " ".join(word.lower() if word.lower() in ("of", "and", "the", "de", "al", "el") else
                    # capitals after a hyphen or a dot ("Al-Qaim", "D.C."), not after an apostrophe ("Anne's")
                    re.sub(r"(^|[\-./])([^\W\d_])", lambda m: m.group(1) + m.group(2).upper(), word.lower())
                    for word in words)


def is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(0, dot - 30):dot])
    if not word:
        return False
    token = word.group(1)
    if len(token) == 1 and token.isupper():
        return True  # an initial: "J. Smith"
    if INITIALS.fullmatch(token):
        return True  # initials run together: "J.P. Okafor", "A.K. Mbeki" (as "U.S." is one)
    if token.lower() in NUMBER_SIGNS:  # "No. 10", but "A: No. No unit took part."
        return bool(NUMBER_AFTER.match(text, dot + 1))
    return token.lower() in ABBREVIATIONS


def repeated_sentences(sentences: Iterable[Sentence]) -> set[int]:
    """Indexes of the sentences whose text (whitespace normalised, as the summary compares them)
    repeats an earlier one: web copy often prints a paragraph twice, and what it says counts once.
    One pass over a set of texts, so a long document stays linear."""
    seen: set[str] = set()
    repeated: set[int] = set()
    for sentence in sentences:
        key = spaced(sentence.text)
        if key in seen:
            repeated.add(sentence.index)
        seen.add(key)
    return repeated


@lru_cache(maxsize=SENTENCES_CACHED)
def spaced(text: str) -> str:
    """The text with its whitespace normalised. Cached: four steps ask of each sentence."""
    return " ".join(text.split())


def word_count(text: str) -> int:
    return len(re.findall(r"\w+(?:[’'\-]\w+)*", text))
