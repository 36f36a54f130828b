"""The steps across briefings on a corpus: what they find and what they cost.

Prints, for the BBC set (or any folder), how many entity pages, events (and how many two or more
sources report), points of difference by kind and near-duplicate groups the site would show,
and the time of each cross-source step beside the time of analysing the documents, measured in
the same run. The share of the whole build is printed by `make bench`.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from briefing_site import pipeline
from briefing_site.body_names import resolve_body_names
from briefing_site.catalog import entity_profiles
from briefing_site.differences import find_differences
from briefing_site.duplicates import find_duplicates, story_of
from briefing_site.events import find_events
from briefing_site.first_names import resolve_first_names
from briefing_site.knowledge import load_knowledge
from briefing_site.linking import related_briefings
from briefing_site.model import Analysis, Settings
from briefing_site.overview import make_overview
from briefing_site.reading import discover_seeds, read_seed
from briefing_site.surnames import resolve_surnames


@dataclass
class AcrossReport:
    documents: int = 0
    analysis_seconds: float = 0.0
    seconds: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    differences: Counter[str] = field(default_factory=Counter)


def analyse_corpus(seeds_dir: Path, limit: int | None = None) -> tuple[list[Analysis], float]:
    settings = Settings(seeds_dir=seeds_dir.resolve(), max_seed_bytes=10**8)
    knowledge = load_knowledge(None)
    seeds = discover_seeds(settings.seeds_dir)[0]
    if limit:
        seeds = seeds[:: max(1, len(seeds) // limit)][:limit]
    started = time.perf_counter()
    analyses = [pipeline.analyse(read_seed(s, settings.seeds_dir, 10**8), settings, knowledge) for s in seeds]
    return pipeline.identify(analyses)[0], time.perf_counter() - started


def evaluate(corpus: Path, limit: int | None, min_sources: int = 2) -> AcrossReport:
    seeds_dir = corpus / "articles" if (corpus / "articles").is_dir() else corpus
    analyses, analysis_seconds = analyse_corpus(seeds_dir, limit)
    report = AcrossReport(len(analyses), analysis_seconds)
    analyses = _timed(report, "surnames", resolve_surnames, analyses)  # as the site's pipeline does first
    analyses = _timed(report, "given names", resolve_first_names, analyses)
    analyses = _timed(report, "names of bodies", resolve_body_names, analyses)
    duplicates = _timed(report, "near-duplicates", find_duplicates, analyses)
    events = _timed(report, "events", find_events, analyses)
    differences = _timed(report, "differences", find_differences, analyses, events)
    # As the site's steps run them (across.py): versions of one story count once
    profiles = _timed(report, "entity profiles", entity_profiles, analyses, events, min_sources, frozenset(),
                      story_of(duplicates))
    _timed(report, "overview", make_overview, analyses, events, differences, profiles, duplicates)
    _timed(report, "related links", related_briefings, analyses, 5, duplicates, events)
    report.counts = {
        "surnames resolved (briefings)": sum(1 for a in analyses if a.renamed),
        "entities named": len(profiles),
        f"entity pages (named by >= {min_sources} stories)": sum(1 for p in profiles if p.has_page),
        "events": len(events),
        "events reported by >= 2 sources": sum(1 for e in events if len(e.sources) > 1),
        "undated events": sum(1 for e in events if e.value is None),
        "event labels of one word": sum(1 for e in events if len(e.label.split()) == 1),
        "event labels with no phrase ('event')": sum(1 for e in events if e.label == "event"),
        "points of difference": len(differences),
        "near-duplicate groups": len(duplicates),
        "briefings in those groups": sum(len(g.briefings) for g in duplicates),
    }
    report.differences = Counter(d.kind for d in differences)
    return report


def _timed(report: AcrossReport, name: str, function, *args):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = function(*args)
    report.seconds[name] = time.perf_counter() - started
    return result


def report(result: AcrossReport) -> None:
    print(f"\nAcross sources: {result.documents} briefings")
    for name, count in result.counts.items():
        print(f"  {name:<45} {count:>7,}")
    for kind, count in sorted(result.differences.items()):
        print(f"    of which {kind:<36} {count:>7,}")
    total = sum(result.seconds.values())
    print(f"  time: analysis of the documents {result.analysis_seconds:.2f} s; steps across briefings "
          f"{total:.2f} s ({total / max(result.analysis_seconds, 1e-9):.1%} of the analysis)")
    for name, seconds in result.seconds.items():
        print(f"    {name:<43} {seconds:7.3f} s")
