"""The pipeline from a seeds folder to generated pages, in the order the steps run.

read seeds → text → metadata → signals and kind → entities, figures, quotes, dates → summary →
links → render → what changed (against the previous export) → export and feed. This module only
calls the steps in order; each step lives in its own module, and the seeds are read before any
step by inputs.py, which a generator's process uses alone (isolated.py runs the steps in a child).
It knows nothing of MkDocs: the hook adapts it, and another generator could call build_site() too.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import math
import multiprocessing
import os
import pickle
import sys
import threading
import time
import traceback
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

from .across import cross_source, with_cross_inputs
from .body_names import resolve_body_names
from .cache import AnalysisCache, digest_number, file_digest, open_cache, seed_digest
from .cache import log as cache_log
from .changes import current_facts, what_changed
from .dates import extract_dates
from .entities import as_publisher, extract_entities
from .export import Encoded, SplicedRecord, build_export, export_part, export_record
from .faults import describe_error, guarded, seed_problem, step_failure
from .feed import build_feed
from .figures import extract_figures
from .first_names import resolve_first_names
from .ids import Claim, assign_ids
from .inputs import SiteInputs, let_go_of_texts, source_date_epoch
from .inputs import build_site as build_site  # the pipeline's entry point, for a generator
from .knowledge import Knowledge, curated_ids, load_knowledge
from .limits import bound_analysis
from .linking import related_briefings
from .memory import collector_paused, collector_scope, forget_word_caches, release_freed, settle
from .metadata import extract_metadata
from .model import (
    Analysis,
    Changes,
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
    Terms,
    visible,
)
from .office_holders import split_office_holders
from .page_memo import Answers, PageMemo
from .quotes import extract_quotes
from .render import (
    CHANGES_PAGE,
    CHANGES_TITLE,
    INDEX_PAGES,
    SiteView,
    entity_path,
    page_path,
    render_briefing,
    render_changes,
    render_entity,
    render_fault,
    render_index,
    render_timeline_part,
    render_unused,
)
from .signals import classify_kind, read_signals
from .spool import keep, spooling
from .summary import summarise, summary_length
from .surnames import resolve_surnames
from .terms import content_words, stem
from .text import read_document, word_count

T = TypeVar("T")

_CACHE: dict[tuple[str, str, Settings, float], Analysis] = {}  # kept across `mkdocs serve` rebuilds
# Seeds to analyse (not in a cache) above which worker processes pay for their start-up (~20 ms to
# fork two, plus sending each analysis back): on BBC articles, 2 idle cores, they break even at
# 10 to 12 seeds (16: 72 ms against 94 ms serial; 64: 228 against 364). Small sites stay serial.
_PARALLEL_FROM = 16
_CHUNKS_PER_WORKER = 36  # the seeds go to the processes in this many chunks each (_analyse_in_pool)


def build_pages(inputs: SiteInputs, remember: bool = False, keep_analyses: bool = True) -> SiteBuild:
    """Every step, for seeds as read (SiteInputs.build, which also fills the site cache)."""
    with spooling(inputs.spool), collector_scope():
        return _build(inputs.settings, inputs.seed_files, inputs.reads, inputs.problems, inputs.skipped,
                      inputs.started, remember, keep_analyses)


def _build(settings: Settings, seed_files: list[SeedFile], reads: list[RawSeed | SeedProblem],
           problems: list[SeedProblem], skipped: list[SkippedFile], started: float, remember: bool,
           keep_analyses: bool = True) -> SiteBuild:
    whole = remember or keep_analyses  # `mkdocs serve` remembers the analyses for its next build
    knowledge, version = _knowledge(settings)
    analyses, failed = _analyse_all(reads, settings, knowledge, version, remember)
    let_go_of_texts(reads)
    forget_word_caches()
    release_freed()  # each step from here starts from what the last one kept, not its high-water mark
    analyses, ids, clashes = identify(analyses, [p.source_file for p in failed])
    settle()  # the analyses are held to the end: the collector need not walk them again
    analysed = time.perf_counter()
    memo = PageMemo.open(settings, source_date_epoch())
    rendered = _render_briefings(analyses, settings, curated_ids(settings.entities_file, version), knowledge, memo,
                                 keep_terms=whole)
    briefed = time.perf_counter()
    analyses = [rendered.view.by_id[a.id] for a in analyses if a.id in rendered.pages]  # as the pages read them
    release_freed()
    records, export_failed = _export_records(analyses, rendered.related, settings)
    unused = [*failed, *rendered.failed]
    problems = sorted([*problems, *unused, *clashes, *export_failed, *rendered.left_out],
                      key=lambda p: (p.source_file, p.kept))
    unused_pages = {p.source_file: ids[p.source_file] for p in unused}
    faults = list(rendered.faults)
    compared: list[SiteFault] = []  # the comparison's, said after the pages' as ever
    changes = _changes(analyses, rendered.related, settings, compared)
    if not whole:
        analyses = _listed(analyses, rendered)
    export = build_export(records, problems, skipped, unused_pages, settings, rendered.view.cross, changes)
    del records  # held for the export alone: let go before the pages across briefings, the build's peak
    release_freed()
    indexes = [*_render_indexes(analyses, problems, skipped, unused_pages, settings, rendered.view, faults),
               *_render_timeline_parts(rendered.view, settings, faults, memo, rendered.answers)]
    entity_pages = _render_entities(rendered.view, settings, faults, memo, rendered.answers)
    rendered.answers.forget()  # the last page that asks is made
    memo.store()
    faults.extend(compared)
    files = [*rendered.pages.values(), *(render_unused(p, ids[p.source_file], settings) for p in unused),
             *indexes, *entity_pages, *_what_changed(analyses, changes, settings, faults), export]
    found = len(seed_files) + _unreadable(problems, seed_files)
    seconds = (("reading and analysis", analysed - started), ("across briefings", rendered.seconds_across),
               ("briefing pages and links", briefed - analysed - rendered.seconds_across),
               ("pages across briefings and export", time.perf_counter() - briefed))
    return SiteBuild(tuple(files), tuple(problems), found, len(analyses), tuple(skipped), tuple(faults), seconds,
                     tuple(analyses))


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


def _render_timeline_parts(view: SiteView, settings: Settings, faults: list[SiteFault], memo: PageMemo | None = None,
                           answers: Answers | None = None) -> list[GeneratedFile]:
    """The parts of the timeline after the first; with a memo, a part whose reads (its events, the
    list of parts, the titles and sentences it quotes) all answer as last build's is last build's:
    an edited seed seldom changes what the events are."""
    memo = memo or PageMemo.off()
    answers = answers or Answers(view, {})
    per_page = settings.timeline_page_events
    try:
        parts = view.timeline(per_page)
    except Exception:  # noqa: BLE001 - the Timeline page has said why already
        return []
    files: list[GeneratedFile] = []
    for part in parts[1:]:
        try:
            files.append(memo.page(part.path, answers, (("timeline_part", per_page, part.number),
                                                        ("timeline_parts", per_page)),
                                   lambda reads, part=part: render_timeline_part(part, parts, reads, settings)))
        except Exception as error:  # noqa: BLE001 - one part of the timeline must not take the site down
            faults.append(_fault(f"part {part.number} of the timeline", error))
            files.append(render_fault(part.path, f"Timeline, part {part.number}", describe_error(error)))
    return files


def _render_entities(view: SiteView, settings: Settings, faults: list[SiteFault], memo: PageMemo | None = None,
                     answers: Answers | None = None) -> list[GeneratedFile]:
    """One page per entity that has one; a page that fails says so, and the others stand. With a
    memo, a page whose reads all answer as last build's did is last build's (page_memo.py)."""
    memo = memo or PageMemo.off()
    answers = answers or Answers(view, {})
    files: list[GeneratedFile] = []
    for profile in view.pages:
        try:
            files.append(memo.page(entity_path(profile.id), answers, (("profile", profile.id),),
                                   lambda reads, profile=profile: render_entity(profile, reads, settings)))
        except Exception as error:  # noqa: BLE001 - one entity page must not take the site down
            faults.append(_fault(f"the page of '{profile.name}'", error))
            files.append(render_fault(entity_path(profile.id), profile.name, describe_error(error)))
    return files


def _changes(analyses: list[Analysis], related: dict[str, tuple[Related, ...]], settings: Settings,
             faults: list[SiteFault]) -> Changes:
    """This build against the previous build's export (changes.py). One that cannot be read or
    compared is a warning naming it, and the What changed page says why; the build goes on."""
    name = settings.previous_export_name or str(settings.previous_export)
    try:
        changes = what_changed(settings.previous_export, name, current_facts(analyses, related))
    except Exception as error:  # noqa: BLE001 - a fault in the comparison must not take the site down
        faults.append(_fault("the comparison with the previous build", error))
        return Changes(previous=name, problem=f"could not be compared: {describe_error(error)}")
    if changes.problem:
        faults.append(SiteFault(visible(f"extra.briefing.previous: '{name}' {changes.problem}; "
                                        "the What changed page says so")))
    return changes


def _what_changed(analyses: list[Analysis], changes: Changes, settings: Settings,
                  faults: list[SiteFault]) -> list[GeneratedFile]:
    """The What changed page and feed.xml. Either one that fails is replaced (a notice, a feed of
    no entries) and is a warning: every page links to the feed, and the nav to the page."""
    epoch = source_date_epoch()
    try:
        page = render_changes(changes, settings)
    except Exception as error:  # noqa: BLE001 - one page must not take the site down
        faults.append(_fault("the What changed page", error))
        page = render_fault(CHANGES_PAGE, CHANGES_TITLE, describe_error(error))
    try:
        feed = build_feed(analyses, changes, settings, epoch)
    except Exception as error:  # noqa: BLE001 - the feed must not take the site down
        faults.append(_fault("the feed", error))
        feed = build_feed([], Changes(), settings, epoch)
    return [page, feed]


def _fault(page: str, error: Exception) -> SiteFault:
    return SiteFault(f"{page} could not be built: {describe_error(error)}", "".join(traceback.format_exception(error)))


def _analyse_all(reads: list[RawSeed | SeedProblem], settings: Settings, knowledge: Knowledge,
                 version: float, remember: bool = True) -> tuple[list[Analysis], list[SeedProblem]]:
    """Each seed's analysis or named problem, in seed order. Analyses come from memory (`mkdocs
    serve`), then the disk cache; only the rest are analysed, in worker processes when enough are
    left for that to pay off, with the same results as one by one."""
    disk = open_cache(settings, version)
    raws = {index: read for index, read in enumerate(reads) if isinstance(read, RawSeed)}
    digests = {index: seed_digest(raw) for index, raw in raws.items()}  # each seed hashed once a build
    with collector_paused():  # analyses read back make no reference cycles: nothing for the collector to find
        outcomes: list[Analysis | SeedProblem | None] = [  # None: read, still to analyse
            _held(_analyse_cached(read, digests[index], settings, version, disk), remember)
            if isinstance(read, RawSeed) else read for index, read in enumerate(reads)]
    todo = [index for index, outcome in enumerate(outcomes) if outcome is None]
    fresh = _analyse_fresh([raws[i] for i in todo], settings, knowledge, version, disk, remember)
    for index, outcome in zip(todo, fresh, strict=True):
        outcomes[index] = outcome
    _keep_only(raws, digests, outcomes, settings, version, disk, remember)
    return ([o for o in outcomes if isinstance(o, Analysis)], [o for o in outcomes if isinstance(o, SeedProblem)])


@dataclasses.dataclass(frozen=True)
class _Rendered:
    pages: dict[str, GeneratedFile]
    related: dict[str, tuple[Related, ...]]
    view: SiteView
    answers: Answers  # the view's answers to templates' lookups, shared by every page (page_memo.py)
    failed: list[SeedProblem]
    faults: list[SiteFault]
    seconds_across: float  # time in the steps across briefings (the last round)
    left_out: list[SeedProblem]  # briefings with a page that the steps across briefings failed on (across.py)


def _render_briefings(analyses: list[Analysis], settings: Settings, curated: frozenset[str],
                      knowledge: Knowledge, memo: PageMemo | None = None, keep_terms: bool = True) -> _Rendered:
    """Each briefing's page, with what the steps across briefings found, and a problem for each
    page that failed. A failed briefing is taken out and everything across briefings computed
    again, so that the pages are exactly those of a site without it (no page links to it). Unless
    keep_terms (for a caller that reads the analyses, and `mkdocs serve`, whose next build links
    them again), the analyses let go of their cross inputs and terms once read (_let_go), in
    `analyses` too, and the view the pages read has them so."""
    failed: list[SeedProblem] = []
    kept = analyses
    unresolved: dict[str, Analysis] = {}  # briefing -> its analysis before its surnames were resolved
    while True:
        faults: list[SiteFault] = []
        left_out: list[SeedProblem] = []
        started = time.perf_counter()
        # from the analyses as their seeds gave them
        resolved = split_office_holders(resolve_body_names(resolve_first_names(resolve_surnames(kept))))
        unresolved.update((old.id, old) for old, new in zip(kept, resolved, strict=True) if new is not old)
        kept = _in_place(kept, analyses, resolved)
        cross = cross_source(kept, settings.entity_page_min_sources, curated, faults, knowledge, left_out)
        seconds_across = time.perf_counter() - started
        forget_word_caches()
        if not keep_terms:
            kept = _let_go(kept, analyses, Analysis.without_cross_inputs)
        release_freed()
        related = related_briefings(kept, settings.related_links, cross.duplicates, cross.events)
        if not keep_terms:
            kept = _let_go(kept, analyses, Analysis.without_terms)
        view = SiteView.of(kept, cross)
        answers = Answers(view, related)
        pages: dict[str, GeneratedFile] = {}
        broken: set[str] = set()
        for analysis in map(view.by_id.__getitem__, (a.id for a in kept)):
            try:
                pages[analysis.id] = _briefing_page(analysis, related.get(analysis.id, ()), settings, memo, answers)
            except Exception as error:  # noqa: BLE001 - fault isolation
                broken.add(analysis.id)
                failed.append(seed_problem(analysis.seed.source_file, step_failure("rendering", error), "rendering"))
        if not broken:
            return _Rendered(pages, related, view, answers, failed, faults, seconds_across, left_out)
        kept = [_linkable(unresolved.get(a.id, a)) for a in kept if a.id not in broken]


def _let_go(kept: list[Analysis], analyses: list[Analysis], without: Callable[[Analysis], Analysis]) -> list[Analysis]:
    """The analyses `without` what no step after this one reads: their cross inputs once
    the steps across briefings are done, their terms once the links are made. In the caller's list
    too, when `kept` is that list, so that what they held is let go, not held through the steps
    after: 6 MiB at 927 news articles through the briefing pages, the largest part of a build with
    one seed edited."""
    return _in_place(kept, analyses, [without(a) for a in kept])


def _in_place(kept: list[Analysis], analyses: list[Analysis], changed: list[Analysis]) -> list[Analysis]:
    """`changed` (the analyses of `kept`, made anew) in the caller's list too when `kept` is that
    list, so that the old ones are not held beside them."""
    if kept is analyses:
        analyses[:] = changed
        return analyses
    return changed


def _linkable(analysis: Analysis) -> Analysis:
    """An analysis whose terms were let go (_let_go), with its terms made again from its document,
    as analyse() made them, for the links to be made again without a briefing that failed; its
    cross inputs the steps across briefings make again from it themselves."""
    if analysis.terms:
        return analysis
    return dataclasses.replace(analysis, terms=_terms(" ".join(s.text for s in analysis.document.body_sentences)))


def _listed(analyses: list[Analysis], rendered: _Rendered) -> list[Analysis]:
    """The analyses as the steps after the export read them (Analysis.listed), in the view too;
    the answers, which hold the whole analyses the briefing pages read, start again."""
    listed = [a.listed() for a in analyses]
    rendered.view.by_id.update((a.id, a) for a in listed)
    rendered.answers.forget()
    return listed


def _briefing_page(analysis: Analysis, related: tuple[Related, ...], settings: Settings, memo: PageMemo | None,
                   answers: Answers) -> GeneratedFile:
    """A briefing's page; with a memo, last build's if its reads all answer the same (page_memo.py)."""
    return (memo or PageMemo.off()).page(
        page_path(analysis.id), answers, (("analysis", analysis.id), ("related", analysis.id)),
        lambda reads: render_briefing(analysis, related, reads.by_id, settings, reads))  # type: ignore[arg-type]


def _export_records(analyses: list[Analysis], related: dict[str, tuple[Related, ...]],
                    settings: Settings) -> tuple[list[Encoded | SplicedRecord], list[SeedProblem]]:
    records: list[Encoded | SplicedRecord] = []
    failed: list[SeedProblem] = []
    for analysis in analyses:
        try:
            records.append(export_record(analysis, related.get(analysis.id, ()), settings))
        except Exception as error:  # noqa: BLE001 - the page stands; the export says what is missing
            problem = seed_problem(analysis.seed.source_file, step_failure("export", error), "export")
            failed.append(dataclasses.replace(problem, kept=True))
    return records, failed


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
    """The knowledge layers, and the version of the curated file they come from, taken from its
    content rather than its mtime: what a cached analysis depends on."""
    version = digest_number(file_digest(settings.entities_file))
    return load_knowledge(settings.entities_file, version), version


def _analyse_cached(raw: RawSeed, digest: str, settings: Settings, version: float,
                    disk: AnalysisCache | None) -> Analysis | None:
    """The seed's analysis from memory or disk, or None; digest: seed_digest(raw)."""
    key = _memory_key(raw, digest, settings, version)
    if key not in _CACHE and disk is not None and (stored := disk.load(raw, digest)) is not None:
        _CACHE[key] = stored
    return _CACHE.get(key)


def _memory_key(raw: RawSeed, digest: str, settings: Settings, version: float) -> tuple[str, str, Settings, float]:
    return raw.source_file, digest, settings, version


def _keep_only(raws: dict[int, RawSeed], digests: dict[int, str], outcomes: list[Analysis | SeedProblem | None],
               settings: Settings, version: float, disk: AnalysisCache | None, remember: bool) -> None:
    """Remember this build's analyses (if asked) and forget the rest (edited or removed seeds, other
    settings): memory stays flat under `mkdocs serve`, and the disk cache holds what the next build
    can use."""
    kept = ({_memory_key(raw, digests[index], settings, version): outcomes[index] for index, raw in raws.items()}
            if remember else {})
    _CACHE.clear()
    _CACHE.update({key: analysis for key, analysis in kept.items() if isinstance(analysis, Analysis)})
    if disk is not None:
        disk.prune(disk.name(raw, digests[index]) for index, raw in raws.items())


def _analyse_fresh(raws: list[RawSeed], settings: Settings, knowledge: Knowledge, version: float,
                   disk: AnalysisCache | None, remember: bool = True) -> list[Analysis | SeedProblem]:
    """Analyse the seeds no cache had, each into its analysis or its named problem, in order."""
    workers = _workers(len(raws))
    if workers > 1 and load_knowledge(settings.entities_file, version) is knowledge:  # what workers will use
        cache_log.debug(f"briefing: analysing {len(raws)} seeds in {workers} processes")
        try:
            return _analyse_in_pool(raws, settings, knowledge, version, disk, workers, remember)
        except Exception as error:  # noqa: BLE001 - a worker that died or could not start: analyse here instead
            cache_log.debug(f"briefing: worker processes failed ({describe_error(error)}); analysing here")
    return [_held(_analyse_one(raw, settings, knowledge, disk), remember) for raw in raws]


def _held(outcome: T, remember: bool) -> T:
    """An analysis as this build holds it: its export part (export.export_part: a few kilobytes,
    read once, when the export is written) in the build's spool rather than in memory (2.5 KB a
    seed, 3 MB at 1,298 news articles, held through the build's peak). Not when the analyses are
    remembered for the next build (`mkdocs serve`), which would keep each build's spool open;
    outside a build's spool, as it is (spool.keep)."""
    if remember or not isinstance(outcome, Analysis) or not isinstance(outcome.export_part, bytes):
        return outcome
    part = keep(outcome.export_part)
    return outcome if part is outcome.export_part else dataclasses.replace(outcome, export_part=part)  # type: ignore[return-value]


def _workers(seeds: int) -> int:
    """Processes to analyse this many seeds in: one (this) for few seeds, where starting workers
    costs more than it saves; and when this process runs other threads (`mkdocs serve`
    rebuilds), since forking a threaded process can deadlock, or cannot fork at all."""
    # No fork on macOS either: system libraries there may crash in a forked child (hence spawn by default).
    if (seeds <= _PARALLEL_FROM or threading.active_count() > 1 or sys.platform == "darwin"
            or "fork" not in multiprocessing.get_all_start_methods()):
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return min(_worker_limit(cores), seeds)


def _worker_limit(cores: int) -> int:
    """BRIEFING_WORKERS=N caps the processes (1: serial, to profile or to share a CI runner); unset
    or not a positive number, every core this process may use."""
    wanted = os.environ.get("BRIEFING_WORKERS", "")
    return min(int(wanted), cores) if wanted.isdigit() and int(wanted) > 0 else cores


def _analyse_in_pool(raws: list[RawSeed], settings: Settings, knowledge: Knowledge, version: float,
                     disk: AnalysisCache | None, workers: int, remember: bool = True) -> list[Analysis | SeedProblem]:
    """The same analyses in this process and workers - 1 forked ones: the workers start with this
    process's modules and knowledge already loaded (no MkDocs import, no file read) and store their
    entries themselves. The seeds go in chunks; workers take them from the front and this process
    from the back (a chunk not yet sent is cancelled and analysed here), so that every core works
    to the end and no worker idles beside a process that only waits: that worker's memory is
    spared (all the build's processes during the analysis of 927 news articles: 130 -> 120 MiB).
    A worker's chunk comes back packed (_packed), and is unpacked once the workers have exited."""
    task = functools.partial(_analyse_chunk_in_worker, settings=settings,
                             knowledge_key=(settings.entities_file, version), disk=disk)
    # Short chunks: a worker's memory grows to what one chunk makes and sends back, and it is held
    # beside the analyses this process has gathered, at the end the build's peak (1,298 news
    # articles: chunks of 54 seeds, worker 24-25 MiB, all processes 135-137; of 18, 20-21 and 132).
    size = max(1, len(raws) // (workers * _CHUNKS_PER_WORKER))
    chunks = [raws[start:start + size] for start in range(0, len(raws), size)]
    done: list[list[Analysis | SeedProblem] | bytes | None] = [None] * len(chunks)
    owned = gc.get_freeze_count() == 0  # else a caller froze objects (isolated.py): they stay frozen
    gc.freeze()  # the workers' collector then leaves inherited objects alone: fewer pages copied
    try:
        with ProcessPoolExecutor(workers - 1, mp_context=multiprocessing.get_context("fork")) as pool:
            sent = [pool.submit(task, chunk) for chunk in chunks]
            for index in reversed(range(len(chunks))):
                if not sent[index].cancel():  # a worker has it: the rest are theirs too
                    break
                done[index] = [_held(_analyse_one(raw, settings, knowledge, disk), remember) for raw in chunks[index]]
                forget_word_caches()  # as each worker does after each chunk (below)
                settle()  # the analyses so far are held to the end (analysis leaves no garbage cycles)
            for index, future in enumerate(sent):
                if done[index] is None:
                    done[index] = future.result()
            del sent  # a future holds its result: the packed chunks are held by `done` alone
        for index, chunk in enumerate(done):
            if isinstance(chunk, bytes):
                done[index] = _received(_unpacked(chunk), remember)
                settle()
    finally:
        if owned:
            gc.unfreeze()
    return [outcome for chunk in done if isinstance(chunk, list) for outcome in chunk]


def _packed(outcomes: list[Analysis | SeedProblem]) -> bytes:
    """A worker's chunk as it is sent back: pickled and compressed, a third of the memory its
    analyses take as objects (9 KB an analysis against 27 KB, at 1,298 news articles). Held so by
    the process that gathers the analyses until the workers have exited, a worker's memory is never
    held beside all the analyses as objects, which was the build's peak (1,298 news articles, all
    processes: 132-133 -> 123-125 MiB)."""
    return zlib.compress(pickle.dumps(outcomes, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _unpacked(packed: bytes) -> list[Analysis | SeedProblem]:
    """A chunk _packed made, in a worker this process forked."""
    return pickle.loads(zlib.decompress(packed))  # noqa: S301 - our own worker's pickle, never a file's


def _received(outcomes: list[Analysis | SeedProblem], remember: bool = True) -> list[Analysis | SeedProblem]:
    return [_held(o, remember) for o in outcomes]


def _analyse_chunk_in_worker(raws: list[RawSeed], settings: Settings, knowledge_key: tuple[Path | None, float],
                             disk: AnalysisCache | None) -> bytes:
    knowledge = load_knowledge(*knowledge_key)  # inherited lru_cache: no read
    # Nothing a worker makes goes to the build's spool (spool.keep): the spool's file is shared with
    # the process that forked it, which appends to it meanwhile, and two processes appending at once
    # write over each other. A worker's analyses go back by value.
    try:
        with spooling(None):
            return _packed([_analyse_one(raw, settings, knowledge, disk) for raw in raws])
    finally:
        forget_word_caches()  # a worker's caches filled chunk after chunk were its peak beside the build's


def _analyse_one(raw: RawSeed, settings: Settings, knowledge: Knowledge,
                 disk: AnalysisCache | None) -> Analysis | SeedProblem:
    outcome = guarded(raw.source_file, analyse, raw, settings, knowledge)
    if disk is not None and isinstance(outcome, Analysis):
        disk.store(raw, outcome)
    return outcome


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
    document = _step("text", read_document, raw.text, raw.body_line, raw.hints)
    metadata = _step("metadata", extract_metadata, raw, document)
    signals = _step("signals", read_signals, document)
    sentences = document.body_sentences
    words = word_count(" ".join(p.text for p in document.paragraphs if p.role not in ("leftover",)))
    entities = as_publisher(_step("entities", extract_entities, document, knowledge), metadata.publisher.value)
    terms = _step("terms", _terms, " ".join(s.text for s in sentences))
    kind = _step("kind", classify_kind, document, signals, metadata)
    analysis = _step("limits", bound_analysis, Analysis(
        id="",
        seed=raw.without_text(),
        document=document,
        metadata=metadata,
        kind=kind,
        signals=signals,
        entities=entities,
        figures=_step("figures", extract_figures, sentences),
        quotes=_step("quotes", extract_quotes, document, entities),
        dates=_step("dates", extract_dates, sentences, metadata.published.value),
        summary=_step("summary", summarise, document, summary_length(words, settings.summary_sentences), kind.kind,
                      entities),
        words=words,
        reading_minutes=max(1, math.ceil(words / settings.words_per_minute)),
        terms=terms,
    ))
    analysis = _step("cross inputs", with_cross_inputs, analysis)
    try:
        return dataclasses.replace(analysis, export_part=export_part(analysis))
    except Exception:  # noqa: BLE001 - the export is made without it, and names the fault then (_export_records)
        return analysis


def _terms(text: str) -> Terms:
    """Weighted stems for linking, and for each stem the word a reader would recognise."""
    words = content_words(text)
    stems = Counter(stem(w) for w in words)
    surface: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for word, count in Counter(words).items():
        surface[stem(word)][word] += count
    labels = {s: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for s, c in surface.items()}
    return Terms.of({t: 1 + math.log(c) for t, c in stems.items()}, labels)
