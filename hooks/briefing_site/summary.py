"""Step 4: an extractive summary: sentences taken verbatim, chosen for what a reference summary
would hold of them, among the choices a reader can follow.

Each sentence gets a chance of belonging in a summary of its text, from a small logistic model
(weights in data/summary_weights.json, fitted by `python -m evaluation.summary_training`) over two
features: its centrality and its length. Centrality is TextRank (Mihalcea and Tarau, 2004) over the
cosine of the sentences' word counts, leaving out function words only ("the", "of", "he"):
reporting words such as "said" and "Mr" stay, because they tie a quote to the sentences about its
speaker.

The summary has a fixed number of sentences, so a long sentence that belongs brings more of what
belongs than a short one: the sentences chosen are those that maximise the expected F1 of their
words against a summary of the text, Σ chance × words over (words chosen + the words a summary is
expected to hold, Σ chance × words over all sentences). Choosing by chance alone took short
sentences; a length penalty or bonus could only be right at one summary length.

The choice is searched (a beam over sets of sentences) among those a reader can follow
(summary_rules.py says what each sentence needs beside it):
- a paragraph printed twice counts once, at its later place (the earlier copy is a teaser's);
- a sentence that opens by referring back ("This", "It", "Following that", "The move"), or quotes
  a speaker it does not name, comes with the sentence it leans on, or not at all; "he"/"she" also
  reads when the summary names the person they stand for; a sentence saying "Shammari" of
  al-Shammari comes with one that names him;
- a sentence repeating one already taken (content-word overlap) is not taken;
- news starts with its lead (the first sentence that stands alone, past a headline left in the
  body); when the lead does not name who acted, the summary names the main people the text names
  (one at least, both when the text names them together, as "X and his counterpart Y") and the
  place of the lead; an opinion or analysis starts with its thesis (the best sentence of its
  opening paragraph), never with a figure it does not source; nothing comes before either.
Only body and list sentences are candidates: headings and page furniture never are."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import filterfalse
from operator import mul, sub
from pathlib import Path

from .model import Document, Entity, Sentence
from .signals import asked_sentences, speaker_labels
from .summary_rules import FUNCTION_WORDS, Reading
from .terms import STOPWORDS, WORD, words_of
from .text import repeated_sentences

MAX_CANDIDATES = 400  # bounds the O(n²) similarity matrix for very long seeds
WEIGHTS_FILE = Path(__file__).parent / "data" / "summary_weights.json"
REDUNDANCY = 0.8  # share of the shorter sentence's words already in a chosen one: near-repeats only
# Sets of sentences kept at each size while searching, by value and by actors named: on BBC, 16
# chose no better; 1 (greedy) lost 0.015 ROUGE-2 at 3 sentences where the actors must be named.
BEAM = 8
ARGUMENT_KINDS = ("opinion", "analysis")
LEAD_WITHIN = 2  # the lead is among the first two sentences that stand alone (one may be a headline)
FIGURE = re.compile(r"\b\d+(?:[.,]\d+)*")
YEAR = re.compile(r"^(?:19|20)\d{2}$")
SOURCED = re.compile(r"\baccording to\b|\bsource:|\breport|\bsurvey|\bdata\b|\bfigures\b|\bstatistics\b|"
                     r"\bcensus\b|\bestimate|\bsaid\b|\bsays\b|\btold\b", re.IGNORECASE)


@dataclass(frozen=True)
class Weights:
    """A logistic scorer over standardised features: the chance that a sentence belongs in a
    summary is σ(intercept + Σ weight × (value − mean) / scale)."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weight: tuple[float, ...]
    intercept: float = 0.0

    def score(self, values: dict[str, float]) -> float:
        return self.intercept + sum(w * (values[f] - m) / s for f, m, s, w in zip(
            self.features, self.mean, self.scale, self.weight, strict=True))

    def chance(self, values: dict[str, float]) -> float:
        score = self.score(values)
        return 1 / (1 + math.exp(-score)) if score > -500 else 0.0


@lru_cache(maxsize=1)
def default_weights() -> Weights:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return Weights(tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]), tuple(data["weight"]),
                   float(data.get("intercept", 0.0)))


def summary_length(words: int, configured: int) -> int:
    """2 sentences for a short item, up to 5 for a long analysis, unless configured."""
    if configured:
        return configured
    return 2 if words < 250 else 3 if words < 500 else 4 if words < 900 else 5


def summarise(document: Document, count: int, kind: str = "news", entities: tuple[Entity, ...] | None = None,
              weights: Weights | None = None) -> tuple[int, ...]:
    """Indexes of `count` sentences (fewer if the rules leave fewer), in document order. `entities`
    are the entities step's (people found by their titles when None)."""
    candidates = _candidates(document)
    if not candidates or count < 1:
        return ()
    scorer = weights or default_weights()
    chances = [scorer.chance(values) for values in features(candidates)]
    reading = Reading(document, candidates, entities)
    opening = _opening(candidates, chances, reading, kind)
    main, pair = ([], False) if kind in ARGUMENT_KINDS else reading.main_actors(opening[0] if opening else None)
    chosen = _Search(candidates, chances, reading, count, opening).run(main, pair)
    return tuple(sorted(candidates[i].index for i in chosen))


def _candidates(document: Document) -> list[Sentence]:
    """Usable body sentences, a repeated paragraph or sentence counted once."""
    body = _unique(document.body_sentences)
    asked = asked_sentences(document.body_sentences)  # a transcript's questions are the interviewer's
    # A turn's opening sentence answers a question the summary does not show ("A: About 300 police
    # officers."), and opens with the transcript's label, no word of the source's
    turns = speaker_labels(document.body_sentences)
    usable = [s for s in body if _usable(s) and s.index not in asked and s.index not in turns]
    return (usable or body)[:MAX_CANDIDATES]


def _unique(sentences: tuple[Sentence, ...]) -> list[Sentence]:
    """Each text once, at its last place: a paragraph printed above the lead and again in the story
    is a teaser's copy, and the story's place is where it belongs. (The other steps keep the first
    copy; which copy is kept matters only here, where position is scored.)"""
    teasers = repeated_sentences(reversed(sentences))  # copies that a later sentence repeats
    return [s for s in sentences if s.index not in teasers]


def features(candidates: list[Sentence]) -> list[dict[str, float]]:
    """What the scorer weighs: centrality relative to a uniform rank (its log), and length."""
    rank = centrality([s.text for s in candidates])
    size = len(candidates)
    return [{"log_centrality": math.log(value * size), "log_words": math.log(1 + len(s.text.split()))}
            for s, value in zip(candidates, rank, strict=True)]


def centrality(texts: list[str]) -> list[float]:
    """TextRank over the cosine of the texts' word counts (function words left out)."""
    # filterfalse and map: the same words in the same order, counted without a Python loop per word
    counts = [Counter(filterfalse(FUNCTION_WORDS.__contains__, map(str.lower, words_of(text)))) for text in texts]
    norms = [math.sqrt(sum(c * c for c in count.values())) for count in counts]
    having: dict[str, list[tuple[int, int]]] = {}  # word → (sentence, count): only sentences sharing a word meet
    for i, count in enumerate(counts):
        for word, times in count.items():
            having.setdefault(word, []).append((i, times))
    weights: list[dict[int, float]] = [{} for _ in texts]
    for pairs in having.values():
        for i, a in pairs:
            row = weights[i]
            for j, b in pairs:
                if i != j:
                    row[j] = row.get(j, 0.0) + a * b
    for i, row in enumerate(weights):
        for j in row:
            row[j] /= norms[i] * norms[j]
    return pagerank(weights)


def pagerank(weights: list[dict[int, float]], damping: float = 0.85, rounds: int = 40) -> list[float]:
    """PageRank over a weighted graph given as rows of {neighbour: weight}."""
    size = len(weights)
    if size == 0:
        return []
    totals = [sum(row.values()) or 1.0 for row in weights]
    # Each sentence's incoming links as two parallel lists (sources, shares), so that a round sums
    # share × rank with map() in C, in the same order as before: the same floats, the same sums.
    sources: list[list[int]] = [[] for _ in range(size)]
    shares: list[list[float]] = [[] for _ in range(size)]
    for j, row in enumerate(weights):
        for i, weight in row.items():
            if weight:
                sources[i].append(j)
                shares[i].append(weight / totals[j])
    incoming = list(zip(sources, shares, strict=True))
    base = (1 - damping) / size
    rank = [1.0 / size] * size
    for _ in range(rounds):
        previous = rank
        rank = [base + damping * sum(map(mul, share, map(previous.__getitem__, source))) for source, share in incoming]
        if max(map(abs, map(sub, rank, previous))) < 1e-7:
            break  # converged: more rounds would not change the order
    return rank


class _Search:
    """The set of sentences, within the count, that a reader can follow and that maximises
    expected F1 (after the actors it must name)."""

    def __init__(self, candidates: list[Sentence], chances: list[float], reading: Reading, count: int,
                 opening: list[int]) -> None:
        self.words = [sentence_words(s.text) for s in candidates]
        self.sizes = [len(s.text.split()) for s in candidates]
        self.gains = [p * n for p, n in zip(chances, self.sizes, strict=True)]
        self.expected = sum(self.gains)  # the words a summary of the text is expected to hold
        self.reading = reading
        self.count = count
        self.opening = tuple(opening)
        self.first = opening[0] if opening else -1  # nothing before the lead or the thesis: they come first
        self.repeated = _repeated_pairs(self.words)
        self.named = [reading.named(i) for i in range(len(candidates))]
        self._values: dict[tuple[int, ...], float] = {}

    def value(self, chosen: tuple[int, ...]) -> float:
        """Expected F1 (halved): expected words in common over words chosen and expected. Kept per
        set: both orders of the search ask for it."""
        value = self._values.get(chosen)
        if value is None:
            # map() sums the same gains in the same order as a generator would, without a Python frame each
            value = self._values[chosen] = sum(map(self.gains.__getitem__, chosen)) / (
                sum(map(self.sizes.__getitem__, chosen)) + self.expected or 1.0)
        return value

    def run(self, main: list[str], pair: bool) -> tuple[int, ...]:
        """Grow sets size by size from the opening, keeping the best few at each size (by value, and
        by actors named then value), and return the best of the largest size reached."""
        places = set(main) & self.reading.places
        people = set(main) - places

        def by_value(chosen: tuple[int, ...]) -> tuple[float, list[int]]:
            return -self.value(chosen), sorted(chosen)

        def by_actors(chosen: tuple[int, ...]) -> tuple[int, int, float, list[int]]:
            named = set().union(*(self.named[i] for i in chosen)) if chosen else set()
            got = len(people & named)
            level = 0 if not got else 1 if pair and got < len(people) else 2
            return -level, -len(places & named), -self.value(chosen), sorted(chosen)

        found: dict[int, dict[frozenset[int], tuple[int, ...]]] = {
            len(self.opening): {frozenset(self.opening): self.opening}}
        best = self.opening
        for size in range(len(self.opening), self.count + 1):
            sets = list(found.pop(size, {}).values())
            if not sets:
                continue
            by_values = sorted(sets, key=by_value)
            kept = by_values[:BEAM]
            best = by_values[0]  # with no actors to name, by_actors orders sets as by_value does
            if main:
                by_actor = sorted(sets, key=by_actors)
                best = by_actor[0]
                kept += [s for s in by_actor[:BEAM] if s not in kept]
            for chosen in kept:
                self._grow(chosen, found)
        return best

    def _grow(self, chosen: tuple[int, ...], found: dict[int, dict[frozenset[int], tuple[int, ...]]]) -> None:
        """Each set that `chosen` and one more sentence (with what it needs) make, into `found` by
        size; of one set found in several orders, the first is kept."""
        if len(chosen) >= self.count:
            return  # full: take() would refuse every sentence
        # What _fits refuses after the opening, for every sentence at once: those chosen and those
        # repeating one (repeats are symmetric). take() is then asked only of the rest.
        blocked = set(chosen).union(*(self.repeated[j] for j in chosen))
        for i in range(self.first + 1, len(self.sizes)):
            pick = [] if i in blocked else self.take(chosen, i)
            if pick:
                grown = (*chosen, *pick)
                found.setdefault(len(grown), {}).setdefault(frozenset(grown), grown)

    def take(self, chosen: tuple[int, ...], i: int) -> list[int]:
        """i with what it needs beside it, if all of that can join `chosen` within the count."""
        if len(chosen) >= self.count or not self._fits(chosen, i):
            return []
        pick = [i]
        for need in self.reading.needs[i]:
            with_pick = (*chosen, *pick)
            if need.sentence in with_pick or (
                    need.person is not None and any(need.person in self.reading.names[j] for j in with_pick)):
                continue
            if need.sentence < 0 or need.sentence in self.repeated[i]:
                return []
            more = self.take(with_pick, need.sentence)
            if not more:
                return []
            pick += more
        return pick

    def _fits(self, chosen: tuple[int, ...], i: int) -> bool:
        return i > self.first and i not in chosen and self.repeated[i].isdisjoint(chosen)


def _opening(candidates: list[Sentence], chances: list[float], reading: Reading, kind: str) -> list[int]:
    """News opens with its lead; an argument with its thesis: the best sentence of its opening
    paragraph that stands alone and does not rest on a figure it does not source."""
    standalone = [i for i in range(len(candidates)) if not reading.needs[i]]
    if not standalone:
        return []
    if kind not in ARGUMENT_KINDS:
        return [i for i in standalone[:LEAD_WITHIN] if _real_sentence(candidates[i].text)][:1]
    opening = {candidates[standalone[0]].paragraph}
    # Only the opening: the summary keeps document order, so a thesis from the conclusion would
    # leave nothing to follow it.
    thesis = [i for i in standalone if candidates[i].paragraph in opening and not unsourced_claim(candidates[i].text)]
    if thesis:
        return [max(thesis, key=lambda i: (chances[i], -i))]
    sourced = [i for i in standalone if not unsourced_claim(candidates[i].text)]
    return [(sourced or standalone)[0]]  # the earliest, so that the rest of the piece can follow it


def _real_sentence(text: str) -> bool:
    """A news sentence rather than a headline or a caption: it ends as a sentence does."""
    return len(text.split()) >= 8 and text.rstrip().endswith((".", "!", '."', ".”", '!"', "!”"))


def unsourced_claim(text: str) -> bool:
    """A figure (not a year) in a sentence that gives no source for it."""
    figures = [m.group(0).strip() for m in FIGURE.finditer(text)]
    return any(not YEAR.match(f) for f in figures) and not SOURCED.search(text)


def sentence_words(text: str) -> set[str]:
    """Content words, for telling near-repeats apart (function and reporting words left out)."""
    return set(map(str.lower, words_of(text))) - STOPWORDS


def similarity_words(text: str) -> set[str]:
    return set(map(str.lower, WORD.findall(text))) - FUNCTION_WORDS


def _usable(sentence: Sentence) -> bool:
    words = len(sentence.text.split())
    return 5 <= words <= 90 and not sentence.text.endswith("?")


def similarity(a: set[str], b: set[str]) -> float:
    """TextRank's original similarity: shared words over the log of the two sentence lengths."""
    if len(a) < 2 or len(b) < 2:
        return 0.0
    return len(a & b) / (math.log(len(a)) + math.log(len(b)))


def textrank(words: list[set[str]], damping: float = 0.85, rounds: int = 40) -> list[float]:
    """TextRank with its original similarity (the baselines' centrality)."""
    weights = [{j: w for j, b in enumerate(words) if i != j and (w := similarity(a, b))} for i, a in enumerate(words)]
    return pagerank(weights, damping, rounds)


def _repeats(a: set[str], b: set[str]) -> bool:
    shorter = min(len(a), len(b)) or 1
    return len(a & b) / shorter >= REDUNDANCY


def _repeated_pairs(words: list[set[str]]) -> list[set[int]]:
    """For each sentence, the sentences it repeats (itself too, unless it has no words). Worked out
    once per pair (_repeats is symmetric): the search asks about each pair many times."""
    repeated: list[set[int]] = [set() for _ in words]
    for i, a in enumerate(words):
        for j in range(i, len(words)):
            if not a.isdisjoint(words[j]) and _repeats(a, words[j]):  # no word in common: no repeat
                repeated[i].add(j)
                repeated[j].add(i)
    return repeated
