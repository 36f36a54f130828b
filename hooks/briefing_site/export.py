"""Step 7: briefing.json, everything the site shows as data other tools can read.

Keys are sorted and nothing time- or machine-dependent goes in, so the same seeds give the
same bytes.
"""

from __future__ import annotations

import json

from .model import Analysis, Field, GeneratedFile, Related, SeedProblem, Settings
from .render import page_path, page_url

EXPORT_PATH = "briefing.json"
EXPORT_VERSION = 1


def build_export(analyses: list[Analysis], related: dict[str, tuple[Related, ...]],
                 problems: list[SeedProblem], settings: Settings) -> GeneratedFile:
    data = {
        "version": EXPORT_VERSION,
        "briefings": [_briefing(a, related.get(a.id, ()), settings) for a in analyses],
        "problems": [{"file": p.source_file, "line": p.line, "message": p.message, "hint": p.hint}
                     for p in problems],
    }
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    return GeneratedFile(EXPORT_PATH, text)


def _field(field: Field) -> dict[str, object]:
    return {"value": field.value, "source": field.source}


def _briefing(a: Analysis, related: tuple[Related, ...], settings: Settings) -> dict[str, object]:
    sentences = {s.index: s for s in a.document.sentences}
    meta = a.metadata
    return {
        "id": a.id,
        "source_file": a.seed.source_file,
        "sha256": a.seed.sha256,
        "encoding": a.seed.encoding,
        "url": page_url(page_path(a.id), settings.use_directory_urls),
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
                      "roles": list(e.roles), "description": e.description,
                      "mentions": [{"sentence": m.sentence, "start": m.start, "end": m.end, "text": m.text}
                                   for m in e.mentions]} for e in a.entities],
        "figures": [{"text": f.text, "value": f.value, "unit": f.unit, "qualifier": f.qualifier,
                     "sentence": f.sentence, "sourced": f.sourced} for f in a.figures],
        "quotes": [{"text": q.text, "speaker": q.speaker, "speaker_name": q.speaker_name,
                    "sentence": q.sentence} for q in a.quotes],
        "dates": [{"text": d.text, "value": d.value, "precision": d.precision, "relative": d.relative,
                   "sentence": d.sentence, "sentence_text": sentences[d.sentence].text} for d in a.dates],
        "related": [{"id": r.target, "score": r.score, "shared_entities": list(r.shared_entities),
                     "shared_terms": list(r.shared_terms)} for r in related],
    }
