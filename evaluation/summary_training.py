"""Fit the summary scorer's weights: logistic regression of "in the reference summary" on the
summariser's sentence features, over a corpus of articles with extractive reference summaries.

    PYTHONPATH=hooks python -m evaluation.summary_training [corpus folder]

writes hooks/briefing_site/data/summary_weights.json. numpy is a development dependency only: the
build reads the weights file and scores in plain Python.

The summariser uses the fitted model as a probability (it maximises expected F1 over sentence
lengths), so the intercept is kept and nothing is shrunk: length enters the choice through the
expected words of each sentence, not through a tuned penalty.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
from briefing_site.summary import WEIGHTS_FILE, Weights, _candidates, features
from briefing_site.text import read_document

from .corpus import Article

FEATURES = ("log_centrality", "log_words")
L2 = 1.0  # ridge on the standardised weights: a steadying hand, the data are plentiful


def examples(articles: list[Article]) -> tuple[np.ndarray, np.ndarray]:
    """One row of features per candidate sentence, labelled 1 when the reference contains it."""
    rows: list[list[float]] = []
    labels: list[float] = []
    for article in articles:
        if not article.reference:
            continue
        squashed = re.sub(r"\s+", "", article.reference)
        candidates = _candidates(read_document(article.text))
        for sentence, values in zip(candidates, features(candidates), strict=True):
            rows.append([values[f] for f in FEATURES])
            labels.append(float(re.sub(r"\s+", "", sentence.text) in squashed))
    return np.array(rows), np.array(labels)


def fit(articles: list[Article]) -> Weights:
    x, y = examples(articles)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    ridge = np.diag([L2] * len(FEATURES) + [0.0]) / len(y)
    for _ in range(50):  # Newton's method: converges in a handful of rounds
        p = 1 / (1 + np.exp(-z @ w))
        gradient = z.T @ (p - y) / len(y) + ridge @ w
        hessian = (z * (p * (1 - p))[:, None]).T @ z / len(y) + ridge
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return Weights(FEATURES, tuple(map(float, mean)), tuple(map(float, scale)), tuple(map(float, w[:-1])), float(w[-1]))


def save(weights: Weights, trained_on: str, path: Path = WEIGHTS_FILE) -> None:
    data = {"trained_on": trained_on, "features": list(weights.features),
            "mean": [round(v, 6) for v in weights.mean], "scale": [round(v, 6) for v in weights.scale],
            "weight": [round(v, 6) for v in weights.weight], "intercept": round(weights.intercept, 6)}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    """python -m evaluation.summary_training [corpus]: fit on every article, write the weights file."""
    import sys

    from .corpus import read_corpus
    root = Path(__file__).resolve().parent.parent
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared" / "corpora" / "bbc"
    articles = list(read_corpus(corpus))
    weights = fit(articles)
    categories = ", ".join(sorted({a.id.split("/")[0] for a in articles}))
    save(weights, f"{len(articles)} articles of {corpus.name} ({categories})")
    print(f"wrote {WEIGHTS_FILE}: {dict(zip(weights.features, weights.weight, strict=True))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
