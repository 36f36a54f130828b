"""The pipeline from a seeds folder to generated pages, in the order the steps run.

read seeds → text → metadata → signals and kind → entities, figures, quotes, dates → summary →
links → render → export. This module only calls the steps in order; each step lives in its own module. It knows
nothing of MkDocs: the hook adapts it, and another generator could call build_site() too.
"""

from __future__ import annotations

import dataclasses
import math
import traceback
from collections import Counter
from collections.abc import Callable
from typing import TypeVar

from .across import cross_source
from .dates import extract_dates
from .entities import extract_entities
from .export import briefing_record, build_export
from .figures import extract_figures
from .ids import Claim, assign_ids
from .knowledge import Knowledge, curated_ids, load_knowledge
from .limits import bound_analysis
from .linking import related_briefings
from .metadata import extract_metadata
from .model import (
    Analysis,
    CrossSource,
    GeneratedFile,
    RawSeed,
    Related,
    SeedError,
    SeedFile,
    SeedProblem,
    Settings,
    SiteBuild,
    SiteFault,
    SkippedFile,
    one_line,
)
from .quotes import extract_quotes
from .reading import discover_seeds, read_seed
from .render import (
    INDEX_PAGES,
    SiteView,
    entity_path,
    render_briefing,
    render_entity,
    render_fault,
    render_index,
    render_unused,
)
from .signals import classify_kind, read_signals
from .summary import summarise, summary_length
from .terms import content_words, stem
from .text import read_document, word_count

T = TypeVar("T")

_CACHE: dict[tuple[str, str, Settings, float], Analysis] = {}  # kept across `mkdocs serve` rebuilds


def build_site(settings: Settings) -> SiteBuild:
    """Every page and the export from a seeds folder. A fault in one seed, at any step, becomes a
    named problem for that seed and a page saying so; every other seed builds, and the steps
    across seeds see only the seeds that were analysed and rendered."""
    seed_files, problems, skipped = discover_seeds(settings.seeds_dir)
    knowledge, version = _knowledge(settings)
    analyses, failed = _analyse_all(seed_files, settings, knowledge, version)
    analyses, ids, clashes = identify(analyses, [p.source_file for p in failed])
    rendered = _render_briefings(analyses, settings, curated_ids(settings.entities_file, version), knowledge)
    analyses = [a for a in analyses if a.id in rendered.pages]
    records, export_failed = _export_records(analyses, rendered.related, settings)
    unused = [*failed, *rendered.failed]
    problems = sorted([*problems, *unused, *clashes, *export_failed], key=lambda p: (p.source_file, p.kept))
    unused_pages = {p.source_file: ids[p.source_file] for p in unused}
    faults = list(rendered.faults)
    indexes = _render_indexes(analyses, problems, skipped, unused_pages, settings, rendered.view, faults)
    entity_pages = _render_entities(rendered.view, settings, faults)
    files = [*rendered.pages.values(), *(render_unused(p, ids[p.source_file], settings) for p in unused),
             *indexes, *entity_pages,
             build_export(records, problems, skipped, unused_pages, settings, rendered.view.cross)]
    found = len(seed_files) + _unreadable(problems, seed_files)
    return SiteBuild(tuple(files), tuple(problems), found, len(analyses), tuple(skipped), tuple(faults))


def _render_indexes(analyses: list[Analysis], problems: list[SeedProblem], skipped: list[SkippedFile],
                    unused_pages: dict[str, str], settings: Settings, view: SiteView,
                    faults: list[SiteFault]) -> list[GeneratedFile]:
    """The pages across seeds; one that fails is replaced by a notice, and the rest of the site stands."""
    files: list[GeneratedFile] = []
    for path in INDEX_PAGES:
        try:
            files.append(render_index(path, analyses, problems, skipped, unused_pages, settings, view))
        except Exception as error:  # noqa: BLE001 - a page across seeds must not take the site down
            faults.append(_fault(f"the {INDEX_PAGES[path][1]} page", error))
            files.append(render_fault(path, INDEX_PAGES[path][1], describe_error(error)))
    return files


def _render_entities(view: SiteView, settings: Settings, faults: list[SiteFault]) -> list[GeneratedFile]:
    """One page per entity that has one; a page that fails says so, and the others stand."""
    files: list[GeneratedFile] = []
    for profile in view.pages:
        try:
            files.append(render_entity(profile, view, settings))
        except Exception as error:  # noqa: BLE001 - one entity page must not take the site down
            faults.append(_fault(f"the page of '{profile.name}'", error))
            files.append(render_fault(entity_path(profile.id), profile.name, describe_error(error)))
    return files


def _fault(page: str, error: Exception) -> SiteFault:
    return SiteFault(f"{page} could not be built: {describe_error(error)}", "".join(traceback.format_exception(error)))


def _analyse_all(seed_files: list[SeedFile], settings: Settings, knowledge: Knowledge,
                 version: float) -> tuple[list[Analysis], list[SeedProblem]]:
    analyses: list[Analysis] = []
    failed: list[SeedProblem] = []
    used: set[tuple[str, str, Settings, float]] = set()
    for seed_file in seed_files:
        try:
            analyses.append(_analyse_cached(seed_file, settings, knowledge, version, used))
        except SeedError as error:
            failed.append(_problem(seed_file.source_file, error, "reading"))
        except Exception as error:  # noqa: BLE001 - fault isolation: one seed never takes the site down
            failed.append(_problem(seed_file.source_file, step_failure("reading", error), "reading"))
    for stale in set(_CACHE) - used:  # edited or removed seeds: keep memory flat under `mkdocs serve`
        del _CACHE[stale]
    return analyses, failed


@dataclasses.dataclass(frozen=True)
class _Rendered:
    pages: dict[str, GeneratedFile]
    related: dict[str, tuple[Related, ...]]
    view: SiteView
    failed: list[SeedProblem]
    faults: list[SiteFault]


def _render_briefings(analyses: list[Analysis], settings: Settings, curated: frozenset[str],
                      knowledge: Knowledge) -> _Rendered:
    """Each briefing's page, with what the steps across briefings found, and a problem for each
    page that failed. A failed briefing is taken out and everything across briefings computed
    again, so that the pages are exactly those of a site without it (no page links to it)."""
    failed: list[SeedProblem] = []
    kept = analyses
    while True:
        faults: list[SiteFault] = []
        cross = cross_source(kept, settings.entity_page_min_sources, curated, faults, knowledge)
        related = _related(kept, settings.related_links, cross)
        view = SiteView.of(kept, cross)
        pages: dict[str, GeneratedFile] = {}
        broken: set[str] = set()
        for analysis in kept:
            try:
                pages[analysis.id] = render_briefing(analysis, related.get(analysis.id, ()), view.by_id, settings,
                                                     view)
            except Exception as error:  # noqa: BLE001 - fault isolation
                broken.add(analysis.id)
                failed.append(_problem(analysis.seed.source_file, step_failure("rendering", error), "rendering"))
        if not broken:
            return _Rendered(pages, related, view, failed, faults)
        kept = [a for a in kept if a.id not in broken]


def _related(analyses: list[Analysis], limit: int, cross: CrossSource) -> dict[str, tuple[Related, ...]]:
    try:  # TEMPORARY until linking takes duplicates and events
        return related_briefings(analyses, limit, cross.duplicates, cross.events)  # type: ignore[call-arg]
    except TypeError:
        return related_briefings(analyses, limit)


def _export_records(analyses: list[Analysis], related: dict[str, tuple[Related, ...]],
                    settings: Settings) -> tuple[list[dict[str, object]], list[SeedProblem]]:
    records: list[dict[str, object]] = []
    failed: list[SeedProblem] = []
    for analysis in analyses:
        try:
            records.append(briefing_record(analysis, related.get(analysis.id, ()), settings))
        except Exception as error:  # noqa: BLE001 - the page stands; the export says what is missing
            problem = _problem(analysis.seed.source_file, step_failure("export", error), "export")
            failed.append(dataclasses.replace(problem, kept=True))
    return records, failed


def _problem(source_file: str, error: SeedError, step: str) -> SeedProblem:
    return SeedProblem(source_file, error.message, error.line, error.hint, error.step or step, detail=error.detail)


def identify(analyses: list[Analysis], unused: list[str] | tuple[str, ...] = ()
             ) -> tuple[list[Analysis], dict[str, str], list[SeedProblem]]:
    """The analyses with their ids, in path order; the id of every seed, the unused ones' too (their
    page says why); and a problem for each seed that lost a URL (ids.py)."""
    ids, clashes = assign_ids([Claim(a.seed.source_file, a.metadata.slug, _slug_line(a)) for a in analyses]
                              + [Claim(source) for source in unused])
    ordered = sorted(analyses, key=lambda a: a.seed.source_file)
    return [dataclasses.replace(a, id=ids[a.seed.source_file]) for a in ordered], ids, clashes


def _slug_line(analysis: Analysis) -> int | None:
    return analysis.seed.declared_lines.get("slug") or analysis.seed.declared_lines.get("id")


def _unreadable(problems: list[SeedProblem], seed_files: list[SeedFile]) -> int:
    """Problems about files that were never seed candidates (wrong type, outside links)."""
    candidates = {s.source_file for s in seed_files}
    return len({p.source_file for p in problems if p.source_file not in candidates})


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


def describe_error(error: BaseException) -> str:
    """An exception as one short line: its type and the start of its message."""
    message = one_line(str(error))
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def step_failure(step: str, error: BaseException) -> SeedError:
    """An unexpected fault in a step, as the seed's problem; the traceback goes to the debug log."""
    return SeedError(f"could not be analysed: {describe_error(error)}", step=step,
                     detail="".join(traceback.format_exception(error)),
                     hint="a fault in the briefing generator, not in the seed's format: the debug log "
                          "(mkdocs build --verbose) has the traceback")


def _step(step: str, function: Callable[..., T], *args: object) -> T:
    """Run one analysis step; any fault in it names the step."""
    try:
        return function(*args)
    except SeedError as error:
        error.step = error.step or step
        raise
    except Exception as error:  # noqa: BLE001 - fault isolation per seed and step
        raise step_failure(step, error) from error


def analyse(raw: RawSeed, settings: Settings, knowledge: Knowledge) -> Analysis:
    """Every analysis step for one seed, in order; the result is all that rendering reads."""
    document = _step("text", read_document, raw.text, raw.body_line)
    metadata = _step("metadata", extract_metadata, raw, document)
    signals = _step("signals", read_signals, document)
    sentences = document.body_sentences
    words = word_count(" ".join(p.text for p in document.paragraphs if p.role not in ("leftover",)))
    entities = _step("entities", extract_entities, document, knowledge)
    terms, labels = _step("terms", _terms, " ".join(s.text for s in sentences))
    kind = _step("kind", classify_kind, document, signals, metadata)
    return _step("limits", bound_analysis, Analysis(
        id="",
        seed=raw,
        document=document,
        metadata=metadata,
        kind=kind,
        signals=signals,
        entities=entities,
        figures=_step("figures", extract_figures, sentences),
        quotes=_step("quotes", extract_quotes, document, entities),
        dates=_step("dates", extract_dates, sentences, metadata.published.value),
        summary=_step("summary", summarise, document, summary_length(words, settings.summary_sentences), kind.kind),
        words=words,
        reading_minutes=max(1, math.ceil(words / settings.words_per_minute)),
        terms=terms,
        term_labels=labels,
    ))


def _terms(text: str) -> tuple[dict[str, float], dict[str, str]]:
    """Weighted stems for linking, and for each stem the word a reader would recognise."""
    words = content_words(text)
    stems = Counter(stem(w) for w in words)
    surface: dict[str, Counter[str]] = {}
    for word in words:
        surface.setdefault(stem(word), Counter())[word] += 1
    labels = {s: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for s, c in surface.items()}
    return {t: 1 + math.log(c) for t, c in stems.items()}, labels
