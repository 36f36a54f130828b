"""Step 4: an extractive summary: sentences taken verbatim, chosen by centrality and position.

Centrality is TextRank over TF-IDF cosine similarity between sentences; early sentences get a
bonus (news puts the point first); sentences that cannot stand alone (opening with an unresolved
"This"/"It"/"They") are penalised, and a sentence too close to one already taken is skipped.
Only body and list sentences are candidates: headings and page furniture never are.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from .model import Document, Sentence
from .terms import content_terms

MAX_CANDIDATES = 400  # bounds the O(n²) similarity matrix for very long seeds
DANGLING_START = re.compile(r"^(?:This|That|These|Those|It|They|He|She|Such|Its|Their|His|Her)\b")
POSITION_WEIGHT = 0.5
REDUNDANCY = 0.5


def summary_length(words: int, configured: int) -> int:
    """2 sentences for a short item, up to 5 for a long analysis, unless configured."""
    if configured:
        return configured
    return 2 if words < 250 else 3 if words < 500 else 4 if words < 900 else 5


def summarise(document: Document, count: int) -> tuple[int, ...]:
    candidates = [s for s in document.body_sentences if _usable(s)][:MAX_CANDIDATES]
    if not candidates:
        candidates = list(document.body_sentences[:count])
    vectors = _tfidf([content_terms(s.text) for s in candidates])
    scores = _rank(candidates, vectors)
    chosen: list[int] = []
    for position in sorted(range(len(candidates)), key=lambda i: (-scores[i], i)):
        if len(chosen) == count:
            break
        if all(_cosine(vectors[position], vectors[other]) < REDUNDANCY for other in chosen):
            chosen.append(position)
    return tuple(sorted(candidates[i].index for i in chosen))


def _usable(sentence: Sentence) -> bool:
    words = len(sentence.text.split())
    return 6 <= words <= 90 and not sentence.text.endswith("?")


def _rank(candidates: list[Sentence], vectors: list[dict[str, float]]) -> list[float]:
    centrality = textrank(vectors)
    top = max(centrality) or 1.0
    scores = []
    for order, (sentence, value) in enumerate(zip(candidates, centrality)):
        score = value / top + POSITION_WEIGHT / (1 + order)
        if order and DANGLING_START.match(sentence.text):
            score -= 0.3
        scores.append(score)
    return scores


def textrank(vectors: list[dict[str, float]], damping: float = 0.85, rounds: int = 30) -> list[float]:
    size = len(vectors)
    if size == 0:
        return []
    weights = [[_cosine(a, b) if i != j else 0.0 for j, b in enumerate(vectors)] for i, a in enumerate(vectors)]
    totals = [sum(row) or 1.0 for row in weights]
    rank = [1.0 / size] * size
    for _ in range(rounds):
        rank = [(1 - damping) / size + damping * sum(weights[j][i] / totals[j] * rank[j] for j in range(size))
                for i in range(size)]
    return rank


def _tfidf(documents: list[list[str]]) -> list[dict[str, float]]:
    frequency = Counter(term for terms in documents for term in set(terms))
    total = len(documents)
    vectors = []
    for terms in documents:
        counts = Counter(terms)
        vector = {t: (1 + math.log(c)) * math.log(1 + total / frequency[t]) for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({t: v / norm for t, v in vector.items()})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())
