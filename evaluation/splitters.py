"""Sentence splitting: our rule-based splitter beside pysbd, on the BBC reference summaries.

The references are article sentences run together with no space between them, so every place
where a full stop is followed directly by a capital marks a true sentence boundary. A splitter
scores when it returns exactly the reference's sentences; its speed is timed on the same text.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

from briefing_site.text import read_document, split_sentences

from .corpus import read_corpus, spread

GLUED = re.compile(r"(?<=[.!?])(?=[A-Z\"'])|(?<=[.!?][\"'])(?=[A-Z])")


def _ours(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, 0, 0)]


def _pysbd() -> Callable[[str], list[str]]:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda text: [s.strip() for s in segmenter.segment(text) if s.strip()]


def evaluate(corpus: Path, limit: int | None) -> dict[str, tuple[float, float]]:
    articles = list(read_corpus(corpus))
    articles = spread(articles, limit) if limit else articles
    paragraphs = [p.text for a in articles for p in read_document(a.text).paragraphs if p.role == "body"]
    gold = [s for a in articles if a.reference for s in GLUED.split(a.reference) if len(s.split()) > 2]
    results = {}
    for name, splitter in (("briefing (rules)", _ours), ("pysbd 0.3.4", _pysbd())):
        started = time.perf_counter()
        found = {s for paragraph in paragraphs for s in splitter(paragraph)}
        elapsed = time.perf_counter() - started
        results[name] = (sum(1 for s in gold if s in found) / len(gold), elapsed)
    return results


def report(results: dict[str, tuple[float, float]]) -> None:
    print("\nSentence splitting: reference sentences recovered exactly, and time to split the articles")
    for name, (accuracy, seconds) in results.items():
        print(f"  {name:<18} {accuracy:.3f}  {seconds:6.2f} s")
