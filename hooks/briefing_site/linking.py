"""Step 5: related briefings, ranked by shared entities and terms, each with a reason a reader can check.

Each briefing is a sparse vector over its terms and entities: sublinear counts (1 + log n), a
damped idf (log(1 + N/df) ** IDF_POWER: the words that say what a story is about, "shares",
"minister", appear in many briefings and would vanish under a full idf), places at half the
weight of people and bodies, and features held by one briefing only left out, since they can link
nothing and would crowd out those that can. Similarities are summed through an inverted index
over each briefing's strongest features, each feature keeping the briefings that weigh it most, so
the work per briefing is bounded by features × posting length, never by the number of briefings
(its best scores are picked from all briefings only when reaching them cost as much). A second pass
re-ranks each briefing's first NEIGHBOURS by the neighbours they have in common (shared nearest
neighbours): a link backed by the briefings around both is one a reader agrees with more often than
a link that rests on one name. A Related's score is that cosine weighed by the neighbours in
common, from 0 to 1, the same both ways.

Versions of one story (a DuplicateGroup) are not related links of each other (the page says
"also reported by"), and a briefing links to at most one version of any other story. Each link
has a reason in words: the event both report, if any ("Both report: signed a memorandum (August
2024)"), else the names both give, rarest first, and the words both use, as a reader writes them.
"""

from __future__ import annotations

import heapq
import math
from array import array
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import compress

from .model import Analysis, DuplicateGroup, Entity, Event, Related

FEATURES_PER_BRIEFING = 150
POSTINGS_PER_FEATURE = 100  # the briefings that weigh a feature most; keeps the work linear in N
ENTITY_WEIGHT = 1.0  # an entity named n times weighs as much as a term used n times
PLACE_WEIGHT = 0.5  # where a story happens says less about it than who is in it
# IDF_POWER, NEIGHBOURS and NEIGHBOUR_BOOST were chosen on the even-numbered BBC articles and
# checked on the odd-numbered ones (python -m evaluation related prints both).
IDF_POWER = 0.25
NEIGHBOURS = 40  # first-pass neighbours re-ranked, and compared for neighbours in common
NEIGHBOUR_BOOST = 4.0  # a link whose briefings share all their neighbours weighs 5× one that shares none
ENTITIES_SHOWN = 4
TERMS_SHOWN = 4
TERMS_CONSIDERED = 4 * TERMS_SHOWN  # shared terms ranked first for a reason; all of them only if too few are shown
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")

# A feature is a term's stem, or an entity's id after ENTITY, a character no stem holds. Named so,
# terms need no name of their own ("term:" + stem was 40,000 strings and a dict of them at 1,298
# news articles, held through the step's peak), and ties between features break as they did
# between "entity:..." and "term:...": ENTITY sorts before every letter, as "entity:" before "term:".
ENTITY = "\x1f"
Vector = dict[str, float]
# A briefing's strongest features, by number, and their weights, each in an array: 2 KB a briefing
# where a dict of them took 7 KB, and the first pass's peak was the build's with one seed edited.
Strongest = tuple["array[int]", "array[float]"]
Postings = list[tuple[list[int], "array[float]"]]  # feature number -> briefing indexes, their weights
# A briefing's best first-pass others (indexes) and their cosines, best first, in two arrays: 0.8 KB a
# briefing where a dict of 40 took 3.3 KB, held at the first pass's peak (with the postings).
Scores = tuple["array[int]", "array[float]"]


def related_briefings(analyses: Sequence[Analysis], limit: int, duplicates: Sequence[DuplicateGroup] = (),
                      events: Sequence[Event] = ()) -> dict[str, tuple[Related, ...]]:
    """briefing id -> its related briefings, best first, at most `limit` of them."""
    if limit == 0:  # links turned off: none to look for
        return {a.id: () for a in analyses}
    ordered = sorted(analyses, key=lambda a: a.id)
    names: dict[str, str] = {}  # each entity feature's name made once, shared by every vector that has it
    # Each whole vector is made twice, to count its features and to keep its strongest: never all
    # at once, which was the most this step held (10 MB for 900 news articles).
    frequency = Counter(f for a in ordered for f in _vector(a, names))
    idf = damped_idf(frequency, len(ordered))
    numbers: dict[str, int] = {}  # feature -> its number, in the order the vectors first name them
    strongest = [_strongest(_vector(a, names), idf, numbers) for a in ordered]
    features = len(numbers)
    del names, idf, numbers  # let go before the first pass, this step's peak: its features are numbers
    first = _first_pass(strongest, _postings(strongest, features), max(NEIGHBOURS, 3 * limit))
    del strongest
    neighbours = [tuple(others[:NEIGHBOURS]) for others, _ in first]  # tuples: a set of 40 took 2 KB
    group = {member: number for number, g in enumerate(duplicates) for member in g.briefings}
    groups = [group.get(a.id) for a in ordered]
    reasons = _Reasons(ordered, frequency, events)
    return {a.id: tuple(reasons.related(index, other, score)
                        for other, score in _rank(index, first, neighbours, groups, limit))
            for index, a in enumerate(ordered)}


def damped_idf(frequency: Counter[str], total: int) -> dict[str, float]:
    """Each feature's damped idf, worked out once (not once for every briefing that has it); a
    feature of one briefing only is left out: it can link nothing."""
    return {f: math.log(1 + total / n) ** IDF_POWER for f, n in frequency.items() if n > 1}


def _vector(analysis: Analysis, names: dict[str, str]) -> Vector:
    vector = analysis.terms.weighted()  # a term's feature is its stem, the string every briefing's terms share
    for entity in analysis.entities:
        weight = ENTITY_WEIGHT * (PLACE_WEIGHT if entity.type == "place" else 1.0)
        key = ENTITY + entity.id
        vector[names.setdefault(key, key)] = weight * (1 + math.log(max(1, len(entity.mentions))))
    return vector


def _strongest(vector: Vector, idf: dict[str, float], numbers: dict[str, int]) -> Strongest:
    """The FEATURES_PER_BRIEFING heaviest features, weighted, of a unit-length vector, heaviest first
    (ties by name), each by its number in `numbers` (given one if new). A feature of one briefing
    only (not in `idf`) can link nothing, so it is left out rather than crowd out one that can."""
    weighted = {f: w * found for f, w in vector.items() if (found := idf.get(f)) is not None}
    norm = math.sqrt(sum(w * w for w in weighted.values())) or 1.0
    top = sorted(weighted.items(), key=lambda fw: (-fw[1], fw[0]))[:FEATURES_PER_BRIEFING]
    return (array("l", [numbers.setdefault(f, len(numbers)) for f, _ in top]),
            array("d", [w / norm for _, w in top]))


def _postings(strongest: list[Strongest], features: int) -> Postings:
    """For each feature number, the POSTINGS_PER_FEATURE briefings that weigh it most (of equal
    weights, the first in index order), in index order. The order within a posting changes no sum:
    each briefing is in it once, and a score adds its features in its own vector's order."""
    holders: list[list[int]] = [[] for _ in range(features)]
    weights: list[array[float]] = [array("d") for _ in range(features)]
    for index, (numbers, weighed) in enumerate(strongest):
        for feature, weight in zip(numbers, weighed, strict=True):
            holders[feature].append(index)
            weights[feature].append(weight)
    postings: Postings = []
    for found, weighed in zip(holders, weights, strict=True):
        if len(found) > POSTINGS_PER_FEATURE:  # most features have fewer holders: nothing to choose
            order = sorted(sorted(range(len(found)), key=weighed.__getitem__, reverse=True)[:POSTINGS_PER_FEATURE])
            found, weighed = [found[i] for i in order], array("d", [weighed[i] for i in order])
        # The weights as doubles side by side (an array), not as references to float objects: the
        # first pass reads a posting's weights in a row, and read from where each briefing's vector
        # left them, far apart in memory, it ran 2.4 times as slow.
        postings.append((found, weighed))
    return postings


def _first_pass(strongest: list[Strongest], postings: Postings, pool: int) -> list[Scores]:
    """For each briefing, its `pool` best cosines (best first, ties by index; no self link)."""
    count = len(strongest)
    zeros = [0.0] * count
    total = zeros.copy()  # one accumulator for all briefings, reset after each: no dict per pair
    first = []
    for index, (numbers, weights) in enumerate(strongest):
        reach = 0
        for feature, weight in zip(numbers, weights, strict=True):
            others, theirs_all = postings[feature]
            for other, theirs in zip(others, theirs_all, strict=True):  # the innermost loop: kept plain
                total[other] += weight * theirs
            reach += len(others)
        total[index] = 0.0
        if reach < count:  # the briefings reached are fewer than all: look at those alone
            touched = _touched(numbers, postings)
            first.append(_best(total, pool, touched))
            for other in touched:
                total[other] = 0.0
        else:  # at least as much work was done reaching them as looking at all of them costs
            first.append(_best(total, pool, range(count)))
            total[:] = zeros
    return first


def _touched(numbers: array[int], postings: Postings) -> list[int]:
    """The briefings the postings of these features reach, in index order: fewer than all of them."""
    return sorted({other for feature in numbers for other in postings[feature][0]})


def _best(total: list[float], pool: int, candidates: Sequence[int]) -> Scores:
    """The `pool` highest positive scores among the candidates (in index order), highest first,
    ties by index. Every weight is positive, so a briefing no posting reached scores 0 and is
    never chosen. Only the scores that can make the pool are sorted: those at or above the
    pool-th highest, found by heapq in C, as is the filter (compress over a comparison)."""
    scores = total if len(candidates) == len(total) else [total[i] for i in candidates]
    top = heapq.nlargest(pool, scores)
    cut = top[-1] if top and top[-1] > 0.0 else 0.0
    keep = cut.__le__ if cut > 0.0 else cut.__lt__
    chosen = sorted(compress(candidates, map(keep, scores)), key=total.__getitem__, reverse=True)[:pool]
    return array("l", chosen), array("d", [total[other] for other in chosen])


def _rank(index: int, first: list[Scores], neighbours: list[tuple[int, ...]],
          groups: list[int | None], limit: int) -> list[tuple[int, float]]:
    """The best `limit` of the first pass, re-ranked by neighbours in common, one version per story."""
    # From 0 to 1: the cosine, weighed by the share of neighbours both briefings have (a factor the same both ways).
    mine = set(neighbours[index])
    boosted = {o: s * (1 + NEIGHBOUR_BOOST * len(mine.intersection(neighbours[o])) / NEIGHBOURS)
               / (1 + NEIGHBOUR_BOOST) for o, s in zip(*first[index], strict=True)}
    chosen: list[tuple[int, float]] = []
    linked = {groups[index]}  # its own versions are "also reported by", not related links
    for other in sorted(boosted, key=lambda o: (-boosted[o], o)):
        if len(chosen) == limit:
            break
        if groups[other] is None or groups[other] not in linked:
            chosen.append((other, boosted[other]))
            linked.add(groups[other])
    return chosen


class _Reasons:
    """What two briefings share, in words: an event both report, else the rarest names and terms."""

    def __init__(self, ordered: list[Analysis], frequency: Counter[str], events: Sequence[Event]) -> None:
        self.ordered = ordered
        self.frequency = frequency
        self.idf: dict[str, float] = {}  # term -> its idf, worked out once for all the pairs that share it
        # The briefing whose links are being made: its terms as dicts, made once for its links, not
        # kept for every briefing (the analyses hold them packed: model.Terms).
        self.mine: tuple[int, dict[str, float], dict[str, str]] = (-1, {}, {})
        # briefing -> (event, its sources): Event.sources is worked out anew on each read
        self.events: dict[str, list[tuple[Event, tuple[str, ...]]]] = defaultdict(list)
        for event in events:
            sources = event.sources
            for source in sources:
                self.events[source].append((event, sources))

    def related(self, index: int, other: int, score: float) -> Related:
        mine, theirs = self.ordered[index], self.ordered[other]
        entities = self._entities(mine, theirs)
        names = list(dict.fromkeys(e.name for e in entities))
        in_names = {w for e in entities for name in (e.name, *e.aliases) for w in name.casefold().split()}
        terms = self._terms(index, theirs, in_names)
        reason = self._event(mine.id, theirs.id) or _sentence(names[:3], terms[:3])
        return Related(theirs.id, round(score, 4), tuple(names[:ENTITIES_SHOWN]), tuple(terms[:TERMS_SHOWN]), reason)

    def _entities(self, mine: Analysis, theirs: Analysis) -> list[Entity]:
        """Entities both briefings name, the rarest across briefings first (they say the most)."""
        their_ids = {e.id for e in theirs.entities}
        shared = [e for e in mine.entities if e.id in their_ids]
        return sorted(shared, key=lambda e: (self.frequency[ENTITY + e.id], -len(e.mentions), e.name))

    def _terms(self, index: int, theirs: Analysis, in_names: set[str]) -> list[str]:
        """Shared terms as the words a reader knows, the most telling first (weight in both × idf);
        not words of the names already given, nor a plural beside its singular."""
        if self.mine[0] != index:
            terms = self.ordered[index].terms
            self.mine = (index, terms.weighted(), terms.words())
        _, mine, labels = self.mine
        their = theirs.terms.weighted()
        scored = [(-mine[t] * their[t] * self._idf(t), t)  # each term once: no ties
                  for t in mine.keys() & their.keys()]
        # The best few are nearly always enough (a word is passed over only when a name or a shown
        # word has it): those first, all of them in order only if not (sorting all took 0.1 s at 927).
        words = self._words(labels, heapq.nsmallest(TERMS_CONSIDERED, scored), in_names)
        if len(words) < TERMS_SHOWN and len(scored) > TERMS_CONSIDERED:
            words = self._words(labels, sorted(scored), in_names)
        return words

    @staticmethod
    def _words(labels: dict[str, str], ranked: list[tuple[float, str]], in_names: set[str]) -> list[str]:
        words: list[str] = []
        for word in (labels[t].casefold() for _, t in ranked):
            if word not in in_names and not any(_one_word(word, w) for w in words):
                words.append(word)
                if len(words) == TERMS_SHOWN:
                    break
        return words

    def _idf(self, term: str) -> float:
        found = self.idf.get(term)
        if found is None:
            found = self.idf[term] = math.log(1 + len(self.ordered) / max(1, self.frequency[term]))
        return found

    def _event(self, key: str, other: str) -> str:
        """'Both report: <label> (<date>)' for the most specific event both report, else ''."""
        shared = [(e, sources) for e, sources in self.events.get(key, ()) if other in sources]
        if not shared:
            return ""
        event = min(shared, key=lambda es: (len(es[1]), es[0].value is None, es[0].id))[0]
        when = _when(event.value, event.precision)
        return f"Both report: {event.label}" + (f" ({when})" if when else "")


def _sentence(entities: list[str], terms: list[str]) -> str:
    """'Both name A and B; both about x, y and z' (either half may be missing)."""
    parts = ([f"name {_and(entities)}"] if entities else []) + ([f"about {_and(terms)}"] if terms else [])
    return "Both " + "; both ".join(parts) if parts else ""


def _one_word(a: str, b: str) -> bool:
    """'pension' and 'pensions', 'multilateral' and 'multilaterally': one word to a reader."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)  # as sorted by length would, without a list a call
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _when(value: str | None, precision: str) -> str:
    """An ISO date at its precision as a reader writes it: '15 August 2024', 'August 2024', '2024'."""
    if not value:
        return ""
    parts = value.split("-")
    try:
        month = MONTHS[int(parts[1]) - 1] if len(parts) > 1 and precision in ("day", "month") else ""
        day = str(int(parts[2])) if len(parts) > 2 and precision == "day" else ""
    except (ValueError, IndexError):
        return value
    return " ".join(p for p in (day, month, parts[0]) if p)
