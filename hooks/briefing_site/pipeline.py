"""The pipeline from a seeds folder to generated pages, in the order the steps run.

read seeds → text → metadata → signals and kind → entities, figures, quotes, dates → summary →
links → render → export. This module only calls the steps in order; each step lives in its own module. It knows
nothing of MkDocs: the hook adapts it, and another generator could call build_site() too.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import re
import unicodedata
from collections import Counter

from .dates import extract_dates
from .entities import extract_entities
from .export import build_export
from .knowledge import Knowledge, load_knowledge
from .linking import related_briefings
from .metadata import extract_metadata
from .model import Analysis, RawSeed, SeedError, SeedFile, SeedProblem, Settings, SiteBuild
from .quotes import extract_figures, extract_quotes
from .reading import discover_seeds, read_seed
from .render import render_site
from .signals import classify_kind, read_signals
from .summary import summarise, summary_length
from .terms import content_words, stem
from .text import read_document, word_count

_CACHE: dict[tuple[str, str, Settings, float], Analysis] = {}  # kept across `mkdocs serve` rebuilds


def build_site(settings: Settings) -> SiteBuild:
    seed_files, problems = discover_seeds(settings.seeds_dir)
    knowledge, version = _knowledge(settings)
    analyses: list[Analysis] = []
    used: set[tuple[str, str, Settings, float]] = set()
    for seed_file in seed_files:
        try:
            analyses.append(_analyse_cached(seed_file, settings, knowledge, version, used))
        except SeedError as error:
            problems.append(SeedProblem(seed_file.source_file, error.message, error.line, error.hint))
    for stale in set(_CACHE) - used:  # edited or removed seeds: keep memory flat under `mkdocs serve`
        del _CACHE[stale]
    analyses, clashes = assign_ids(analyses)
    problems.extend(clashes)
    related = related_briefings(analyses, settings.related_links)
    problems.sort(key=lambda p: p.source_file)
    files = render_site(analyses, related, problems, settings)
    export = build_export(analyses, related, problems, settings)
    return SiteBuild((*files, export), tuple(problems), len(seed_files) + _unreadable(problems, seed_files),
                     len(analyses))


def _unreadable(problems: list[SeedProblem], seed_files: list[SeedFile]) -> int:
    """Problems about files that were never seed candidates (wrong type, outside links)."""
    candidates = {s.source_file for s in seed_files}
    return sum(1 for p in problems if p.source_file not in candidates)


def _knowledge(settings: Settings) -> tuple[Knowledge, float]:
    """The knowledge layers, and the curated file's mtime: what a cached analysis depends on."""
    path = settings.entities_file
    try:
        mtime = path.stat().st_mtime if path else 0.0
    except OSError:
        mtime = 0.0
    return load_knowledge(path, mtime), mtime


def _analyse_cached(seed_file: SeedFile, settings: Settings, knowledge: Knowledge, version: float,
                    used: set[tuple[str, str, Settings, float]]) -> Analysis:
    raw = read_seed(seed_file, settings.seeds_dir, settings.max_seed_bytes)
    key = (seed_file.source_file, raw.sha256 + str(raw.declared), settings, version)
    used.add(key)
    if key not in _CACHE:
        _CACHE[key] = analyse(raw, settings, knowledge)
    return _CACHE[key]


def analyse(raw: RawSeed, settings: Settings, knowledge: Knowledge) -> Analysis:
    """Every analysis step for one seed, in order; the result is all that rendering reads."""
    document = read_document(raw.text, raw.body_line)
    metadata = extract_metadata(raw, document)
    signals = read_signals(document)
    sentences = document.body_sentences
    words = word_count(" ".join(p.text for p in document.paragraphs if p.role not in ("leftover",)))
    entities = extract_entities(document, knowledge)
    terms, labels = _terms(" ".join(s.text for s in sentences))
    return Analysis(
        id="",
        seed=raw,
        document=document,
        metadata=metadata,
        kind=classify_kind(document, signals, metadata),
        signals=signals,
        entities=entities,
        figures=extract_figures(sentences),
        quotes=extract_quotes(document, entities),
        dates=extract_dates(sentences, metadata.published.value),
        summary=summarise(document, summary_length(words, settings.summary_sentences)),
        words=words,
        reading_minutes=max(1, math.ceil(words / settings.words_per_minute)),
        terms=terms,
        term_labels=labels,
    )


def _terms(text: str) -> tuple[dict[str, float], dict[str, str]]:
    """Weighted stems for linking, and for each stem the word a reader would recognise."""
    words = content_words(text)
    stems = Counter(stem(w) for w in words)
    surface: dict[str, Counter[str]] = {}
    for word in words:
        surface.setdefault(stem(word), Counter())[word] += 1
    labels = {s: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for s, c in surface.items()}
    return {t: 1 + math.log(c) for t, c in stems.items()}, labels


def assign_ids(analyses: list[Analysis]) -> tuple[list[Analysis], list[SeedProblem]]:
    """Stable, URL-safe, unique ids. Declared slugs are taken first; a slug declared twice is a
    problem for the second file (it gets no page rather than a URL nobody asked for). Ids from
    paths come next; a short hash of the path, repeated until unique, breaks ties."""
    ordered = sorted(analyses, key=lambda a: a.seed.source_file)
    taken: set[str] = set()
    ids: dict[str, str] = {}
    problems: list[SeedProblem] = []
    for analysis in ordered:
        slug = analysis.metadata.slug
        if slug is None:
            continue
        if slug in taken:
            line = analysis.seed.declared_lines.get("slug") or analysis.seed.declared_lines.get("id")
            problems.append(SeedProblem(analysis.seed.source_file, f"declares slug '{slug}', which another seed "
                                        "already declares", line, "give each seed its own slug"))
            continue
        taken.add(slug)
        ids[analysis.seed.source_file] = slug
    taken |= RESERVED_IDS
    for analysis in ordered:
        source = analysis.seed.source_file
        if analysis.metadata.slug is None:
            ids[source] = _unique(slugify(re.sub(r"\.(txt|md)$", "", source)), source, taken)
        elif ids.get(source) in RESERVED_IDS:
            ids[source] = _unique(ids[source], source, taken)  # "slug: index" would hide the index page
        taken.add(ids.get(source, ""))
    return [dataclasses.replace(a, id=ids[a.seed.source_file]) for a in ordered if a.seed.source_file in ids], problems


RESERVED_IDS = frozenset({"index"})  # briefings/index.md is the list of briefings


def _unique(base: str, source: str, taken: set[str]) -> str:
    candidate, attempt = base, 0
    while candidate in taken:
        salt = source if attempt == 0 else f"{source}#{attempt}"
        candidate = f"{base}-{hashlib.sha256(salt.encode()).hexdigest()[:8]}"
        attempt += 1
    return candidate


def slugify(path: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", path).encode("ascii", "ignore").decode()
    parts = [re.sub(r"[^a-z0-9]+", "-", part.lower()).strip("-") for part in ascii_text.split("/")]
    slug = "--".join(p for p in parts if p)[:80].strip("-")
    return slug or "seed-" + hashlib.sha256(path.encode()).hexdigest()[:10]
