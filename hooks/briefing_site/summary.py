"""Step 4: an extractive summary: sentences taken verbatim, chosen by centrality and position.

Centrality is TextRank (Mihalcea and Tarau, 2004) with its original similarity: shared content
words over the log of the sentence lengths. Measured on the BBC evaluation set, unstemmed words
beat stemmed ones and TF-IDF cosine (see `python -m evaluation summaries`). Sentences that cannot
stand alone (opening with an unresolved "This"/"It"/"They") are penalised, and a sentence that
repeats one already taken is skipped. Only body and list sentences are candidates: headings and
page furniture never are.
"""

from __future__ import annotations

import math
import re

from .model import Document, Sentence
from .terms import STOPWORDS, WORD

MAX_CANDIDATES = 400  # bounds the O(n²) similarity matrix for very long seeds
DANGLING_START = re.compile(r"^(?:This|That|These|Those|It|They|He|She|Such|Its|Their|His|Her)\b")
DANGLING_PENALTY = 0.3
POSITION_WEIGHT = 0.15
REDUNDANCY = 0.8  # share of the shorter sentence's words already in a chosen one: near-repeats only


def summary_length(words: int, configured: int) -> int:
    """2 sentences for a short item, up to 5 for a long analysis, unless configured."""
    if configured:
        return configured
    return 2 if words < 250 else 3 if words < 500 else 4 if words < 900 else 5


def summarise(document: Document, count: int) -> tuple[int, ...]:
    candidates = [s for s in document.body_sentences if _usable(s)][:MAX_CANDIDATES]
    if not candidates:
        candidates = list(document.body_sentences[:MAX_CANDIDATES])
    words = [sentence_words(s.text) for s in candidates]
    scores = _scores(candidates, words)
    chosen: list[int] = []
    for position in sorted(range(len(candidates)), key=lambda i: (-scores[i], i)):
        if len(chosen) == count:
            break
        if not any(_repeats(words[position], words[other]) for other in chosen):
            chosen.append(position)
    return tuple(sorted(candidates[i].index for i in chosen))


def sentence_words(text: str) -> set[str]:
    return {w for w in (m.lower() for m in WORD.findall(text)) if w not in STOPWORDS}


def _usable(sentence: Sentence) -> bool:
    words = len(sentence.text.split())
    return 5 <= words <= 90 and not sentence.text.endswith("?")


def _scores(candidates: list[Sentence], words: list[set[str]]) -> list[float]:
    centrality = textrank(words)
    top = max(centrality, default=0.0) or 1.0
    scores = []
    for order, (sentence, value) in enumerate(zip(candidates, centrality, strict=True)):
        score = value / top + POSITION_WEIGHT / (1 + order)
        if order and DANGLING_START.match(sentence.text):
            score -= DANGLING_PENALTY
        scores.append(score)
    return scores


def similarity(a: set[str], b: set[str]) -> float:
    """TextRank's similarity: shared words over the log of the two sentence lengths."""
    if len(a) < 2 or len(b) < 2:
        return 0.0
    return len(a & b) / (math.log(len(a)) + math.log(len(b)))


def textrank(words: list[set[str]], damping: float = 0.85, rounds: int = 40) -> list[float]:
    size = len(words)
    if size == 0:
        return []
    weights = [[similarity(a, b) if i != j else 0.0 for j, b in enumerate(words)] for i, a in enumerate(words)]
    totals = [sum(row) or 1.0 for row in weights]
    incoming = [[(j, weights[j][i] / totals[j]) for j in range(size) if weights[j][i]] for i in range(size)]
    rank = [1.0 / size] * size
    for _ in range(rounds):
        previous = rank
        rank = [(1 - damping) / size + damping * sum(w * rank[j] for j, w in links) for links in incoming]
        if max(abs(a - b) for a, b in zip(rank, previous, strict=True)) < 1e-7:
            break  # converged: more rounds would not change the order
    return rank


def _repeats(a: set[str], b: set[str]) -> bool:
    shorter = min(len(a), len(b)) or 1
    return len(a & b) / shorter >= REDUNDANCY
