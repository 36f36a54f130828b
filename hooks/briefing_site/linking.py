"""Step 5: related briefings, ranked by shared entities and distinctive terms, with reasons.

Each briefing is a sparse TF-IDF vector over its terms and entities. Similarities are summed
through an inverted index over each briefing's strongest features only, and each feature's
posting list keeps the briefings that weigh it most, so the work per briefing is bounded by
features × posting length (60 × 100), never by the number of briefings.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from .model import Analysis, Related

FEATURES_PER_BRIEFING = 60
POSTINGS_PER_FEATURE = 100  # the briefings that weigh a feature most; keeps the work linear in N
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
    for feature, holders in postings.items():
        holders.sort(key=lambda k: (-strongest[k][feature], k))
        del holders[POSTINGS_PER_FEATURE:]
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
        for other in postings[feature]:
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
