"""Step 8: what changed since the previous build, from its briefing.json (extra.briefing.previous).

Briefings are matched by source file (the seed), so one whose id changed is the same briefing
with a moved page. For each briefing both builds have, the card fields, the summary and the
related briefings are compared; briefings only one build has are added or removed.

The previous export is untrusted input like a seed: it is read only if it is a regular file under
a size limit, parsed as JSON, and every value this step uses is checked for its type. A file that
cannot be used is a problem of this step (a warning naming the path), never a crash: the What
changed page then says why nothing was compared.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .model import (
    Analysis,
    BriefingChange,
    BriefingFacts,
    BriefingRef,
    Changes,
    FieldChange,
    Related,
    SeedError,
    visible,
)
from .reading import CONTROL_CHARS, DECEPTIVE, _read_bytes

# A briefing.json of 927 briefings is about 16 MB. Parsed, an export takes about five times its size
# (measured: 110 MB for 23 MB), plus the bytes and the text: this bounds the comparison to ~700 MB.
MAX_PREVIOUS_BYTES = 100_000_000
MAX_TEXT = 5_000  # characters kept of one value read from the previous export (titles are at most 500)
_UNWRITABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")  # lone surrogates (not UTF-8), XML's non-characters
CARD_FIELDS = ("title", "publisher", "published", "author", "kind")
FIELD_LABELS = {  # what the page and the feed call each compared value
    "title": "title", "publisher": "publisher", "published": "publication date", "author": "author",
    "kind": "kind", "summary": "summary", "id": "page address", "related": "related briefings",
}


class PreviousExportError(Exception):
    """The previous export cannot be compared with: why, in a few words."""


@dataclass(frozen=True)
class PreviousExport:
    version: int
    briefings: tuple[BriefingFacts, ...]


def read_previous(path: Path, max_bytes: int = MAX_PREVIOUS_BYTES) -> PreviousExport:
    """The briefings of a previous briefing.json; PreviousExportError when the file is missing,
    not a regular file, too large, not JSON or not shaped like an export."""
    if not path.exists():
        raise PreviousExportError("does not exist (keep a copy of the previous build's briefing.json outside "
                                  "site_dir: every build empties that folder first)")
    try:
        data = _read_bytes(path, max_bytes)
    except SeedError as error:
        raise PreviousExportError(error.message) from error
    except OSError as error:  # a folder, say: os.fdopen refuses it
        raise PreviousExportError(f"cannot be read: {error.strerror or error}") from error
    try:
        parsed = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise PreviousExportError("is not UTF-8 text") from error
    except (ValueError, RecursionError) as error:  # JSONDecodeError is a ValueError; deep nesting recurses
        raise PreviousExportError(f"is not valid JSON ({_first_line(error)})") from error
    return export_of(parsed)


def export_of(data: object) -> PreviousExport:
    """A parsed briefing.json as the comparison reads it; PreviousExportError naming the first
    value that is not what an export holds."""
    if not isinstance(data, dict):
        raise PreviousExportError("is not a briefing.json: not a JSON object")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PreviousExportError("is not a briefing.json: no format 'version'")
    briefings = data.get("briefings")
    if not isinstance(briefings, list):
        raise PreviousExportError("is not a briefing.json: no 'briefings' list")
    read = [_briefing(item, f"briefings[{index}]") for index, item in enumerate(briefings)]
    files = [b.source_file for b in read]
    if len(set(files)) != len(files):
        raise PreviousExportError("is not a briefing.json: two briefings have the same source_file")
    file_of = {b.id: b.source_file for b in read}  # related briefings are named by id: compared by file
    return PreviousExport(version, tuple(
        dataclasses.replace(b, related=tuple(file_of[i] for i in b.related if i in file_of)) for b in read))


def _briefing(item: object, where: str) -> BriefingFacts:
    """One briefing's compared values, each checked for its type; `related` still holds ids."""
    if not isinstance(item, dict):
        raise PreviousExportError(f"is not a briefing.json: {where} is not an object")

    def text(key: str) -> str:
        return _text(item.get(key), f"{where}.{key}", file_name=key == "source_file")

    def optional(key: str) -> str | None:
        return None if item.get(key) is None else text(key)

    return BriefingFacts(
        id=text("id"), source_file=text("source_file"), title=text("title"), publisher=optional("publisher"),
        published=optional("published"), author=optional("author"), kind=text("kind"),
        summary=tuple(_text(_member(s, "text", f"{where}.summary"), f"{where}.summary[].text")
                      for s in _list(item.get("summary"), f"{where}.summary")),
        related=tuple(_text(_member(r, "id", f"{where}.related"), f"{where}.related[].id")
                      for r in _list(item.get("related"), f"{where}.related")))


def _list(value: object, where: str) -> list[object]:
    if not isinstance(value, list):
        raise PreviousExportError(f"is not a briefing.json: {where} is not a list")
    return value


def _member(value: object, key: str, where: str) -> object:
    if not isinstance(value, dict):
        raise PreviousExportError(f"is not a briefing.json: an item of {where} is not an object")
    return value.get(key)


def _text(value: object, where: str, file_name: bool = False) -> str:
    """A string of the previous export, cleaned as this build's own are (so an export of this
    generator reads unchanged): JSON can carry controls, lone surrogates and line breaks that no
    title, sentence or file name of a build holds, and that no page, feed or file could."""
    if not isinstance(value, str):
        raise PreviousExportError(f"is not a briefing.json: {where} is not text")
    if file_name:  # written with escapes for what is invisible, as reading.py shows every path
        value = visible(value)
    else:
        value = " ".join(_UNWRITABLE.sub("", CONTROL_CHARS.sub("", DECEPTIVE.sub("", value))).split())
    return value if len(value) <= MAX_TEXT else value[: MAX_TEXT - 1] + "…"


def _first_line(error: BaseException) -> str:
    return visible(str(error).splitlines()[0] if str(error) else type(error).__name__)[:200]


def current_facts(analyses: Sequence[Analysis],
                  related: Mapping[str, tuple[Related, ...]]) -> tuple[BriefingFacts, ...]:
    """This build's briefings as the comparison reads them: what briefing.json says of each."""
    file_of = {a.id: a.seed.source_file for a in analyses}
    return tuple(_facts_of(a, related.get(a.id, ()), file_of) for a in analyses)


def _facts_of(a: Analysis, related: tuple[Related, ...], file_of: Mapping[str, str]) -> BriefingFacts:
    sentences = {s.index: s.text for s in a.document.sentences}
    meta = a.metadata
    return BriefingFacts(a.id, a.seed.source_file, meta.display_title, meta.publisher.value, meta.published.value,
                         meta.author.value, a.kind.kind, tuple(sentences[i] for i in a.summary),
                         tuple(file_of[r.target] for r in related if r.target in file_of))


def compare(previous: PreviousExport, current: Sequence[BriefingFacts], name: str) -> Changes:
    """This build's briefings against the previous export's, matched by source file."""
    before = {b.source_file: b for b in previous.briefings}
    now = {b.source_file: b for b in current}
    changed = [change for file in sorted(now.keys() & before.keys())
               if (change := _change(before[file], now[file], before, now)) is not None]
    return Changes(
        previous=name, previous_version=previous.version,
        added=tuple(_ref(now[f]) for f in sorted(now.keys() - before.keys())),
        removed=tuple(_ref(before[f], on_site=False) for f in sorted(before.keys() - now.keys())),
        changed=tuple(changed), unchanged=len(now.keys() & before.keys()) - len(changed))


def _change(old: BriefingFacts, new: BriefingFacts, before: Mapping[str, BriefingFacts],
            now: Mapping[str, BriefingFacts]) -> BriefingChange | None:
    fields = [FieldChange(name, getattr(old, name), getattr(new, name))
              for name in CARD_FIELDS if getattr(old, name) != getattr(new, name)]
    if old.summary != new.summary:
        fields.append(FieldChange("summary", " ".join(old.summary), " ".join(new.summary)))
    if old.id != new.id:
        fields.append(FieldChange("id", old.id, new.id))
    added = tuple(_ref(now[f]) for f in new.related if f not in old.related and f in now)
    removed = tuple(_ref(now[f]) if f in now else _ref(before[f], on_site=False)
                    for f in old.related if f not in new.related and f in before)
    if not (fields or added or removed):
        return None
    return BriefingChange(_ref(new), tuple(fields), added, removed)


def _ref(facts: BriefingFacts, on_site: bool = True) -> BriefingRef:
    return BriefingRef(facts.id, facts.source_file, facts.title, on_site)


def what_changed(previous_path: Path | None, name: str, current: Sequence[BriefingFacts]) -> Changes:
    """The comparison with the previous export at previous_path (None: none configured); when it
    cannot be read, Changes whose `problem` says why (the caller warns)."""
    if previous_path is None:
        return Changes()
    try:
        return compare(read_previous(previous_path), current, name)
    except PreviousExportError as error:
        return Changes(previous=name, problem=str(error))


def describe(change: BriefingChange) -> str:
    """What changed in one briefing, in words: "summary, related briefings"."""
    return ", ".join(FIELD_LABELS[name] for name in change.what)
