"""Step 5: related briefings, ranked by shared entities and distinctive terms, with reasons.

Each briefing is a sparse TF-IDF vector over its terms and entities. Similarities are summed
through an inverted index over each briefing's strongest features only, so the work is bounded
by features × posting length, never by all pairs of briefings.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from .model import Analysis, Related

FEATURES_PER_BRIEFING = 60
MAX_POSTINGS = 2000  # a feature shared by more briefings than this says little about relatedness
ENTITY_WEIGHT = 2.0


def related_briefings(analyses: list[Analysis], limit: int) -> dict[str, tuple[Related, ...]]:
    vectors = {a.id: _vector(a) for a in analyses}
    frequency = Counter(f for vector in vectors.values() for f in vector)
    total = len(analyses)
    weighted = {key: _normalise({f: w * math.log(1 + total / frequency[f]) for f, w in vector.items()})
                for key, vector in vectors.items()}
    strongest = {key: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[:FEATURES_PER_BRIEFING])
                 for key, v in weighted.items()}
    postings: dict[str, list[str]] = defaultdict(list)
    for key in sorted(strongest):
        for feature in strongest[key]:
            postings[feature].append(key)
    names = {a.id: {**{f"term:{t}": w for t, w in a.term_labels.items()},
                    **{f"entity:{e.id}": e.name for e in a.entities}} for a in analyses}
    return {key: _rank(key, strongest, postings, names[key], limit) for key in sorted(strongest)}


def _vector(analysis: Analysis) -> dict[str, float]:
    vector = {f"term:{t}": w for t, w in analysis.terms.items()}
    for entity in analysis.entities:
        vector[f"entity:{entity.id}"] = ENTITY_WEIGHT * (1 + math.log(len(entity.mentions)))
    return vector


def _normalise(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {f: v / norm for f, v in vector.items()}


def _rank(key: str, strongest: dict[str, dict[str, float]], postings: dict[str, list[str]],
          labels: dict[str, str], limit: int) -> tuple[Related, ...]:
    scores: dict[str, float] = defaultdict(float)
    shared: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for feature, weight in strongest[key].items():
        holders = postings[feature]
        if len(holders) > MAX_POSTINGS:
            continue
        for other in holders:
            if other != key:
                product = weight * strongest[other][feature]
                scores[other] += product
                shared[other].append((product, feature))
    ranked = sorted(scores, key=lambda o: (-scores[o], o))[:limit]
    return tuple(_related(other, scores[other], shared[other], labels) for other in ranked)


def _related(other: str, score: float, features: list[tuple[float, str]],
             labels: dict[str, str]) -> Related:
    features.sort(key=lambda pf: (-pf[0], pf[1]))
    entities = [labels.get(f, f[7:]) for _, f in features if f.startswith("entity:")]
    terms = [labels.get(f, f[5:]) for _, f in features if f.startswith("term:")]
    return Related(other, round(score, 4), tuple(entities[:4]), tuple(terms[:4]))
