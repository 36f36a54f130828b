"""Related briefings on the BBC set: how often a related article shares the article's category.

Beside two baselines computed in the same run: the chance rate (how often a random other article
shares the category) and the linker with entities switched off (terms only).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from briefing_site import pipeline
from briefing_site.knowledge import load_knowledge
from briefing_site.linking import related_briefings
from briefing_site.model import Settings
from briefing_site.reading import discover_seeds, read_seed


def evaluate(corpus: Path, limit: int | None, top: int = 3) -> dict[str, float]:
    seeds_dir = (corpus / "articles").resolve()
    settings = Settings(seeds_dir=seeds_dir)
    knowledge = load_knowledge(None)
    seeds = discover_seeds(seeds_dir)[0]
    if limit:
        seeds = seeds[:: max(1, len(seeds) // limit)][:limit]
    analyses = pipeline.identify([pipeline.analyse(read_seed(s, seeds_dir, 10**8), settings, knowledge)
                                  for s in seeds])[0]
    category = {a.id: a.seed.source_file.split("/")[0] for a in analyses}
    terms_only = [dataclasses.replace(a, entities=()) for a in analyses]
    counts = {c: sum(1 for v in category.values() if v == c) for c in set(category.values())}
    chance = sum(n * (n - 1) for n in counts.values()) / (len(analyses) * (len(analyses) - 1))
    return {
        "documents": len(analyses),
        "chance": chance,
        "terms only": _precision(related_briefings(terms_only, top), category),
        "briefing (terms + entities)": _precision(related_briefings(analyses, top), category),
    }


def _precision(related: dict[str, tuple], category: dict[str, str]) -> float:
    pairs = [(key, r.target) for key, items in related.items() for r in items]
    return sum(1 for a, b in pairs if category[a] == category[b]) / max(1, len(pairs))


def report(scores: dict[str, float]) -> None:
    print(f"\nRelated briefings: {int(scores['documents'])} articles; share of top-3 links in the same category")
    for name, value in scores.items():
        if name != "documents":
            print(f"  {name:<30} {value:.3f}")



