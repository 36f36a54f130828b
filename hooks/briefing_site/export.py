"""Step 7: briefing.json, everything the site shows as data other tools can read.

Keys are sorted and nothing time- or machine-dependent goes in, so the same seeds give the
same bytes.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from .limits import MAX_MENTIONS_EXPORTED, excerpt
from .model import (
    Analysis,
    BriefingChange,
    BriefingRef,
    Changes,
    CrossSource,
    Difference,
    EntityProfile,
    Event,
    Field,
    GeneratedFile,
    Overview,
    Related,
    SeedProblem,
    SentenceRef,
    Settings,
    SkippedFile,
)
from .render import entity_path, page_path, page_url
from .spool import Spooled, read

T = TypeVar("T")
EXPORT_PATH = "briefing.json"
EXPORT_VERSION = 6  # 2: problems say their step and page; skipped files; limits. 3: entities, events,
# differences, overview, duplicates across briefings. 4: `$schema`, `changes`. 5: an event report's
# standing may be `expected`. 6: the overview's `background_from` (docs/export.md lists them)
# The JSON Schema of this format (docs/briefing.schema.json), published beside the export: a URL
# relative to the export's own, so the file names it without depending on where the site is served.
SCHEMA_URL = "briefing.schema.json"


def build_export(records: Sequence[dict[str, object] | Encoded | SplicedRecord], problems: list[SeedProblem],
                 skipped: list[SkippedFile], unused_pages: dict[str, str], settings: Settings,
                 cross: CrossSource | None = None, changes: Changes | None = None) -> GeneratedFile:
    """briefing.json from each briefing's record (briefing_record), what the briefings establish
    together (cross_source_records), the seeds that were not used, and what changed since the
    previous build (changes_record)."""
    data = {
        "$schema": SCHEMA_URL,
        "version": EXPORT_VERSION,
        "briefings": records,
        **cross_source_records(cross or CrossSource(), settings),
        "problems": [{"file": p.source_file, "line": p.line, "message": p.message, "hint": p.hint, "step": p.step,
                      "briefing_kept": p.kept,
                      "page": page_url(page_path(unused_pages[p.source_file]), settings.use_directory_urls)
                      if p.source_file in unused_pages else None} for p in problems],
        "skipped": [{"file": s.source_file, "reason": s.reason} for s in skipped],
        "changes": changes_record(changes or Changes()),
    }
    return GeneratedFile.streamed(EXPORT_PATH, _json_lines(data))


def _json_lines(data: dict[str, object]) -> Iterator[str]:
    """The export's lines: one top-level key per line, and each item of a top-level list on a line
    of its own, written compactly: a diff shows which briefing changed, and each line is encoded by
    json's C encoder (an indent makes json use its Python encoder: 2.7 s and ~100 MB more for 927
    briefings). Yielded one by one, so the whole text (tens of MB) is never held at once."""
    yield "{\n"
    keys = sorted(data)
    for position, key in enumerate(keys):
        value, comma = data[key], "," if position < len(keys) - 1 else ""
        if isinstance(value, (list, Records)) and value:
            yield f"{_compact(key)}: [\n"
            for index, item in enumerate(value):
                yield _compact(item) + ("," if index < len(value) - 1 else "") + "\n"
            yield f"]{comma}\n"
        else:
            yield f"{_compact(key)}: {_compact(list(value) if isinstance(value, Records) else value)}{comma}\n"
    yield "}\n"


def _compact(value: object) -> str:
    if isinstance(value, (Encoded, SplicedRecord)):
        return value.text
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class Encoded:
    """A value already written as the export writes it (compact, keys sorted): a briefing's record
    is encoded as soon as it is made, and kept compressed (zlib over UTF-8, a fifth of the size),
    instead of a tree of dicts and lists held for every briefing until the export is written:
    the records of 900 news articles are 11 MB of text (memory)."""

    packed: bytes

    @property
    def text(self) -> str:
        return zlib.decompress(self.packed).decode("utf-8", "surrogatepass")


def encoded(value: object) -> Encoded:
    return Encoded(zlib.compress(_compact(value).encode("utf-8", "surrogatepass"), 1))


def _field(field: Field) -> dict[str, object]:
    return {"value": field.value, "source": field.source}


def briefing_record(a: Analysis, related: tuple[Related, ...], settings: Settings) -> dict[str, object]:
    return {**seed_record(a), **_from_other_seeds(a, related, settings)}


def _from_other_seeds(a: Analysis, related: tuple[Related, ...], settings: Settings) -> dict[str, object]:
    """The keys of a briefing's record that depend on the other seeds (SPLICED)."""
    return {"id": a.id, "url": page_url(page_path(a.id), settings.use_directory_urls), "related": _related(related)}


def seed_record(a: Analysis) -> dict[str, object]:
    """A briefing's record but for what depends on the other seeds (its id, hence its URL, and its
    related links): read from the seed alone."""
    sentences = {s.index: s for s in a.document.sentences}
    meta = a.metadata
    return {
        "source_file": a.seed.source_file,
        "sha256": a.seed.sha256,
        "encoding": a.seed.encoding,
        "cleaning": list(a.seed.cleaning),
        "title": meta.display_title,
        "title_stated": meta.title.value is not None,
        "dek": meta.dek.value,
        "publisher": meta.publisher.value,
        "published": meta.published.value,
        "author": meta.author.value,
        "source_url": meta.url.value,
        "dateline": meta.dateline.value,
        "tags": list(meta.tags),
        "provenance": {name: _field(getattr(meta, name)) for name in
                       ("title", "dek", "publisher", "published", "author", "url", "dateline")},
        "kind": a.kind.kind,
        "kind_source": a.kind.source,
        "kind_reasons": list(a.kind.reasons),
        "signals": [{"name": s.name, "count": s.count, "sentences": list(s.sentences),
                     "examples": list(s.examples)} for s in a.signals],
        "words": a.words,
        "reading_minutes": a.reading_minutes,
        "summary": [{"sentence": i, "paragraph": sentences[i].paragraph, "text": sentences[i].text}
                    for i in a.summary],
        "entities": [{"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases),
                      "roles": list(e.roles), "description": e.description, "mention_count": len(e.mentions),
                      "mentions": [{"sentence": m.sentence, "start": m.start, "end": m.end, "text": m.text}
                                   for m in e.mentions[:MAX_MENTIONS_EXPORTED]]} for e in a.entities],
        "figures": [{"text": f.text, "value": f.value, "unit": f.unit, "qualifier": f.qualifier,
                     "measure": f.measure, "sentence": f.sentence, "sourced": f.sourced} for f in a.figures],
        "quotes": [{"text": q.text, "speaker": q.speaker, "speaker_name": q.speaker_name,
                    "speaker_how": q.speaker_how, "sentence": q.sentence} for q in a.quotes],
        "dates": [{"text": d.text, "value": d.value, "precision": d.precision, "relative": d.relative,
                   "resolved_by": d.resolved_by,
                   "sentence": d.sentence, "sentence_text": excerpt(sentences[d.sentence].text, around=d.text)}
                  for d in a.dates],
        "omitted": dict(sorted(a.omitted.items())),
    }


def _related(related: tuple[Related, ...]) -> list[dict[str, object]]:
    return [{"id": r.target, "score": r.score, "reason": r.reason, "shared_entities": list(r.shared_entities),
             "shared_terms": list(r.shared_terms)} for r in related]


# A briefing's record is mostly what its seed alone says (seed_record), and encoding it for 927
# briefings took 0.5 s of every build, one seed edited or not. So that part is encoded when the
# seed is analysed (in the workers, kept in the cache with the analysis: Analysis.export_part), as
# the compact JSON of its keys in four runs, split where the keys that depend on the other seeds
# (SPLICED, in sorted order) go; the record is those runs with the three put in their places, the
# same text as encoding the whole record with sorted keys.
SPLICED = ("id", "related", "url")


def export_part(analysis: Analysis) -> bytes:
    """The analysis' seed_record as export_record splices it: compact JSON runs, compressed."""
    runs: list[list[str]] = [[] for _ in range(len(SPLICED) + 1)]
    record = seed_record(analysis)
    for key in sorted(record):
        runs[sum(key > spliced for spliced in SPLICED)].append(f"{_compact(key)}:{_compact(record[key])}")
    return zlib.compress(_compact([",".join(run) for run in runs]).encode("utf-8", "surrogatepass"), 1)


@dataclass(frozen=True, slots=True)
class SplicedRecord:
    """A briefing's record as the export writes it, from its analysis' export part and what depends
    on the other seeds, put together only when the export is written (like Encoded, it holds the
    compressed part, not the record)."""

    part: bytes | Spooled  # in the build's spool, as the build holds it (pipeline._held)
    spliced: tuple[str, ...]  # the values of SPLICED, encoded

    @property
    def text(self) -> str:
        runs = json.loads(zlib.decompress(read(self.part)).decode("utf-8", "surrogatepass"))
        pieces = [runs[0]]
        for key, value, run in zip(SPLICED, self.spliced, runs[1:], strict=True):
            pieces += [f"{_compact(key)}:{value}", run]
        return "{" + ",".join(piece for piece in pieces if piece) + "}"


def export_record(a: Analysis, related: tuple[Related, ...], settings: Settings) -> Encoded | SplicedRecord:
    """The briefing's record, encoded: from its export part when it has one."""
    if not a.export_part:
        return encoded(briefing_record(a, related, settings))
    values = _from_other_seeds(a, related, settings)
    return SplicedRecord(a.export_part, tuple(_compact(values[key]) for key in SPLICED))


def cross_source_records(cross: CrossSource, settings: Settings) -> dict[str, object]:
    """Entities, events, differences, the overview and near-duplicate groups. Briefings are named
    by id and sentences by index (the `#s-N` anchor of the briefing's page)."""
    return {
        "entities": Records([p for p in cross.entities if p.has_page], lambda p: _entity(p, settings)),
        "events": Records(cross.events, _event),
        "differences": Records(cross.differences, _difference),
        "overview": _overview(cross.overview),
        "duplicates": [{"briefings": list(g.briefings), "similarity": g.similarity} for g in cross.duplicates],
    }


def _difference(d: Difference) -> dict[str, object]:
    return {"id": d.id, "kind": d.kind, "subject": d.subject, "timing": d.timing or None,
            "claims": [{**_ref(c.ref), "value": c.value, "entity": c.entity} for c in d.claims]}


class Records(Generic[T]):
    """A list of export records made one at a time as the export is written (_json_lines): the
    entities and events of 900 news articles are 10 MB of dicts when made all at once."""

    def __init__(self, items: Sequence[T], record: Callable[[T], dict[str, object]]) -> None:
        self.items, self.record = items, record

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[dict[str, object]]:
        return map(self.record, self.items)


def _ref(ref: SentenceRef) -> dict[str, object]:
    return {"briefing": ref.briefing, "sentence": ref.sentence}


def _entity(p: EntityProfile, settings: Settings) -> dict[str, object]:
    return {
        "id": p.id, "name": p.name, "type": p.type, "description": p.description or None, "curated": p.curated,
        "url": page_url(entity_path(p.id), settings.use_directory_urls),
        "aliases": [{"name": s.text, "briefings": list(s.briefings)} for s in p.spellings],
        "roles": [{"role": r.role, "briefing": r.briefing, "published": r.published} for r in p.roles],
        "briefings": list(p.briefings), "mention_count": p.mention_count,
        "mentions": [_ref(m) for m in p.mentions],
        "companions": [{"entity": key, "briefings": count} for key, count in p.companions],
        "events": list(p.events),
    }


def _event(e: Event) -> dict[str, object]:
    return {
        "id": e.id, "date": e.value, "precision": e.precision, "label": e.label,
        "participants": list(e.participants), "terms": list(e.terms), "source_count": len(e.sources),
        "sources": [{**_ref(r.ref), "date_text": r.date_text or None, "date": r.value, "precision": r.precision,
                     "context": r.context, "standing": r.standing, "note": r.note or None} for r in e.reports],
    }


def _overview(o: Overview | None) -> dict[str, object] | None:
    if o is None:
        return None
    return {
        "points": [{**_ref(k.ref), "support": [_ref(r) for r in k.support], "corroborated": k.corroborated,
                    "event": k.event or None}
                   for k in o.points],
        "first_date": o.first_date, "last_date": o.last_date, "background_from": o.background_from,
        "main_actors": list(o.main_actors),
        "corroborated_events": o.corroborated, "single_source_events": o.single_sourced,
        "differences": o.differences,
    }


def changes_record(changes: Changes) -> dict[str, object] | None:
    """What changed since the previous build; None when no previous export is configured."""
    if not changes.previous:
        return None
    return {
        "previous": changes.previous, "compared": changes.compared, "problem": changes.problem or None,
        "previous_version": changes.previous_version,
        "added": [_briefing_ref(r) for r in changes.added], "removed": [_briefing_ref(r) for r in changes.removed],
        "changed": [_change(c) for c in changes.changed], "unchanged": changes.unchanged,
    }


def _briefing_ref(ref: BriefingRef) -> dict[str, object]:
    return {"id": ref.id, "source_file": ref.source_file, "title": ref.title, "on_site": ref.on_site}


def _change(change: BriefingChange) -> dict[str, object]:
    return {
        **_briefing_ref(change.briefing),
        "fields": [{"name": f.name, "before": f.before, "after": f.after} for f in change.fields],
        "related_added": [_briefing_ref(r) for r in change.related_added],
        "related_removed": [_briefing_ref(r) for r in change.related_removed],
    }
