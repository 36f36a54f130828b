"""Related briefings on the BBC set: how often a related article shares the article's category.

Beside baselines computed in the same run: chance (a random other article shares the category),
a plain TF-IDF cosine over the same terms (raw counts × log(N/df), every pair compared: a
yardstick for the evaluation, too slow for the site) and the linker with entities switched off.

Each is measured on three sets, each linked on its own: the even-numbered articles of each
category (002, 004, …; the linker's weights were chosen on these), the odd-numbered ones (held
out, never looked at while tuning) and all of them. Near-duplicates are found first and passed
to the linker, as the site does, so a copy is never counted as a related link.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from briefing_site import pipeline
from briefing_site.duplicates import find_duplicates
from briefing_site.knowledge import load_knowledge
from briefing_site.linking import related_briefings
from briefing_site.model import Analysis, Settings
from briefing_site.reading import discover_seeds, read_seed
from briefing_site.terms import content_terms

T = TypeVar("T")
SETS = ("tuned (even)", "held out (odd)", "all")
TOP = 3


@dataclass
class RelatedReport:
    sizes: dict[str, int] = field(default_factory=dict)
    precision: dict[str, dict[str, float]] = field(default_factory=dict)  # system -> set -> share
    groups: int = 0
    grouped: int = 0
    duplicates_seconds: float = 0.0
    linking_seconds: float = 0.0


def evaluate(corpus: Path, limit: int | None, top: int = TOP) -> RelatedReport:
    analyses = _analyse(corpus, limit)
    category = {a.id: a.seed.source_file.split("/")[0] for a in analyses}
    report = RelatedReport()
    for name, subset in zip(SETS, _sets(analyses), strict=True):
        report.sizes[name] = len(subset)
        duplicates, duplicates_seconds = _timed(find_duplicates, subset)
        linked, linking_seconds = _timed(related_briefings, subset, top, duplicates)
        if name == "all":
            report.duplicates_seconds, report.linking_seconds = duplicates_seconds, linking_seconds
            report.groups, report.grouped = len(duplicates), sum(len(g.briefings) for g in duplicates)
        terms_only = [dataclasses.replace(a, entities=()) for a in subset]
        rows: dict[str, Callable[[], dict[str, list[str]]]] = {
            "TF-IDF cosine (terms, all pairs)": lambda s=subset: tfidf_cosine(s, top),
            "linker, terms only": lambda s=terms_only, d=duplicates: _targets(related_briefings(s, top, d)),
            "linker (terms + entities)": lambda linked=linked: _targets(linked),
        }
        report.precision.setdefault("chance", {})[name] = _chance(subset, category)
        for system, run in rows.items():
            report.precision.setdefault(system, {})[name] = _precision(run(), category)
    return report


def _timed(function: Callable[..., T], *args: object) -> tuple[T, float]:
    """The result, and the best of three timings (a busy machine only ever adds time)."""
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        result = function(*args)
        timings.append(time.perf_counter() - started)
    return result, min(timings)


def _analyse(corpus: Path, limit: int | None) -> list[Analysis]:
    seeds_dir = (corpus / "articles").resolve()
    settings = Settings(seeds_dir=seeds_dir)
    knowledge = load_knowledge(None)
    seeds = discover_seeds(seeds_dir)[0]
    if limit:
        seeds = seeds[:: max(1, len(seeds) // limit)][:limit]
    return pipeline.identify([pipeline.analyse(read_seed(s, seeds_dir, 10**8), settings, knowledge)
                              for s in seeds])[0]


def _sets(analyses: list[Analysis]) -> tuple[list[Analysis], list[Analysis], list[Analysis]]:
    """Even-numbered articles of each category, odd-numbered ones, all (numbered by path order)."""
    position: Counter[str] = Counter()
    even, odd = [], []
    for a in sorted(analyses, key=lambda a: a.seed.source_file):
        folder = a.seed.source_file.split("/")[0]
        position[folder] += 1
        (even if position[folder] % 2 == 0 else odd).append(a)
    return even, odd, analyses


def tfidf_cosine(analyses: Sequence[Analysis], top: int) -> dict[str, list[str]]:
    """The `top` nearest briefings by the cosine of raw-count TF-IDF vectors over the terms."""
    counts = [Counter(content_terms(" ".join(s.text for s in a.document.body_sentences))) for a in analyses]
    frequency = Counter(t for c in counts for t in c)
    vectors = [_unit({t: n * math.log(len(counts) / frequency[t]) for t, n in c.items()}) for c in counts]
    holders: dict[str, list[tuple[int, float]]] = {}
    for index, vector in enumerate(vectors):
        for term, weight in vector.items():
            holders.setdefault(term, []).append((index, weight))
    result = {}
    for index, vector in enumerate(vectors):
        scores: Counter[int] = Counter()
        for term, weight in vector.items():
            for other, theirs in holders[term]:
                scores[other] += weight * theirs
        scores.pop(index, None)
        best = sorted((o for o, s in scores.items() if s > 0), key=lambda o: (-scores[o], o))[:top]
        result[analyses[index].id] = [analyses[o].id for o in best]
    return result


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
    return {t: w / norm for t, w in vector.items() if w}


def _targets(related: dict[str, tuple]) -> dict[str, list[str]]:  # type: ignore[type-arg]
    return {key: [r.target for r in items] for key, items in related.items()}


def _chance(analyses: Sequence[Analysis], category: dict[str, str]) -> float:
    counts = Counter(category[a.id] for a in analyses)
    total = len(analyses)
    return sum(n * (n - 1) for n in counts.values()) / max(1, total * (total - 1))


def _precision(related: dict[str, list[str]], category: dict[str, str]) -> float:
    pairs = [(key, target) for key, targets in related.items() for target in targets]
    return sum(1 for a, b in pairs if category[a] == category[b]) / max(1, len(pairs))


def report(result: RelatedReport) -> None:
    print(f"\nRelated briefings: share of top-{TOP} links in the same category (each set linked on its own)")
    print(f"  {'':<34}" + "".join(f"{f'{name} ({result.sizes[name]})':>22}" for name in SETS))
    for system, values in result.precision.items():
        print(f"  {system:<34}" + "".join(f"{values[name]:>22.3f}" for name in SETS))
    print(f"  near-duplicates: {result.groups} groups of {result.grouped} articles in "
          f"{result.duplicates_seconds:.2f} s; linking all in {result.linking_seconds:.2f} s (best of 3)")
