"""Across sources: one story, many outlets. Near-duplicate briefings are grouped.

Two briefings are versions of one story when most of the shorter one's word 5-grams (shingles)
are also in the other, and one of them carries the other's lead: the same text saved twice, or
one wire report run by several outlets with their own cuts and small edits. A follow-up or
another story about the same actors may repeat a background paragraph or two, but it opens
with its own happening, so it stays apart. A near-copy groups whatever its lead and date.

Never all pairs: each shingle is hashed with CRC-32 (stable across runs, unlike Python's salted
`hash()`), and the shingles whose hash is 0 mod SAMPLE_MODULUS are a briefing's sample, the same
for every briefing holding that shingle. An inverted index gives each sample's holders; each
holder is paired with its next POSTING_WINDOW holders only, so a stock phrase held by hundreds
of briefings costs a bounded number of pairs. Pairs whose samples suggest enough overlap are
checked on their whole shingle sets, and the pairs that pass are joined with union-find.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
import unicodedata
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from itertools import islice
from typing import NamedTuple

from .model import Analysis, DuplicateGroup

SHINGLE = 5  # words; shorter n-grams match stock phrases of unrelated stories
SAMPLE_MODULUS = 4  # one shingle in four is indexed: a 100-word version still shares a dozen
POSTING_WINDOW = 16  # later holders of one sample paired with each holder (all of a small group)
SAME_STORY = 0.5  # share of the shorter version's shingles found in the other
LEAD_SENTENCES = 1  # the opening that says what happened (news is written lead first)
LEAD_CARRIED = 0.3  # share of a lead's shingles the other version keeps: rewrites edit a lead, follow-ups replace it
SAME_TEXT = 0.9  # above this, a copy whatever its lead and its date
MIN_SHARED = 8  # shingles: about one sentence in common, unless the shorter text is all shared
HASH_PARTS = 4  # the samples' hashes gone through in this many ranges (_postings): a dict a quarter the size
KEPT_SETS = 256  # whole shingle sets kept while pairs are checked (pairs come grouped by briefing)
MAX_DAYS_APART = 2  # versions of one report are published within days; later ones are follow-ups
_WORD = re.compile(r"[^\W_]+")
_MARKS = re.compile(r"[\u0300-\u036f]")  # combining accents, once letters are decomposed


class _Text(NamedTuple):
    sample: array[int]  # its distinct shingle hashes that are 0 mod SAMPLE_MODULUS, 4 bytes each: the
    # whole set (60 bytes a shingle as a set) is made only for a briefing in a pair being checked
    lead: frozenset[int]  # the shingles starting in the first LEAD_SENTENCES body sentences
    day: dt.date | None  # publication day, when stated to the day


def find_duplicates(analyses: Sequence[Analysis]) -> tuple[DuplicateGroup, ...]:
    """Groups of two or more briefings telling one story, each first in publication then path
    order, the groups in the order of their first briefing."""
    texts = [_text(a) for a in analyses]
    parent = list(range(len(analyses)))
    shingles = _ShingleSets(analyses)
    for a, b in sorted(_candidates([t.sample for t in texts])):  # a briefing's pairs together: its set made once
        if _versions(texts[a], texts[b], shingles(a), shingles(b)):
            parent[_root(parent, a)] = _root(parent, b)
    members: dict[int, list[int]] = {}
    for index in range(len(analyses)):
        members.setdefault(_root(parent, index), []).append(index)
    groups = [sorted(group, key=lambda i: _order(analyses[i])) for group in members.values() if len(group) > 1]
    groups.sort(key=lambda group: _order(analyses[group[0]]))
    return tuple(_group(group, analyses, shingles) for group in groups)


class _ShingleSets:
    """The whole shingle set of a briefing, made when a pair it is in is checked (a few briefings
    in ten, in a news corpus); the last few kept. From its cross inputs when it has them: hashing
    every shingle of the text again was most of the step on a corpus of near-copies."""

    def __init__(self, analyses: Sequence[Analysis]) -> None:
        self.analyses = analyses
        self.made: dict[int, set[int]] = {}

    def __call__(self, index: int) -> set[int]:
        found = self.made.get(index)
        if found is None:
            if len(self.made) >= KEPT_SETS:
                self.made.clear()
            found = self.made[index] = _whole_set(self.analyses[index])
        return found


def _whole_set(analysis: Analysis) -> set[int]:
    """Every distinct shingle hash of a briefing: its sample and the rest."""
    inputs = analysis.cross_inputs
    if inputs is None:
        return set(_shingles(analysis)[0])
    whole = set(_hashes(inputs.shingle_sample))
    whole.update(_hashes(inputs.shingle_rest))
    return whole


def story_of(duplicates: Sequence[DuplicateGroup]) -> dict[str, str]:
    """Each version of a story -> the briefing that stands for it (the group's first)."""
    return {member: group.briefings[0] for group in duplicates for member in group.briefings[1:]}


def _text(analysis: Analysis) -> _Text:
    inputs = analysis.cross_inputs
    day = _day(analysis.metadata.published.value)
    if inputs is None:
        shingles, lead = _shingles(analysis)
        return _Text(_sample(shingles), frozenset(lead), day)
    return _Text(_hashes(inputs.shingle_sample), frozenset(_hashes(inputs.lead_shingles)), day)


def own_shingles(analysis: Analysis) -> tuple[bytes, bytes, bytes]:
    """A briefing's sample of shingles, the rest of its shingles and its lead's shingles, as bytes
    (array "I"): read from the briefing alone, they are made when it is analysed (across.py)."""
    shingles, lead = _shingles(analysis)
    sample = _sample(shingles)
    rest = array("I", [h for h in shingles if h % SAMPLE_MODULUS])
    return sample.tobytes(), rest.tobytes(), lead.tobytes()


def _shingles(analysis: Analysis) -> tuple[array[int], array[int]]:
    """A briefing's distinct shingle hashes, and its lead's shingle hashes."""
    sentences = analysis.document.body_sentences
    lead = len(_words(" ".join(s.text for s in sentences[:LEAD_SENTENCES])))
    words = _words(" ".join(s.text for s in sentences))
    hashes = [zlib.crc32(" ".join(words[i:i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)]
    return array("I", set(hashes)), array("I", hashes[:lead])


def _sample(shingles: array[int]) -> array[int]:
    """The shingles whose hash is 0 mod SAMPLE_MODULUS (distinct already), in ascending order
    (_postings takes each range of hashes as a slice)."""
    return array("I", sorted(h for h in shingles if not h % SAMPLE_MODULUS))


def _hashes(packed: bytes) -> array[int]:
    hashes = array("I")
    hashes.frombytes(packed)  # a length that is not a whole number of hashes raises: the step's fault, said
    return hashes


def _words(text: str) -> list[str]:
    """Words with case and accents folded, so that 'Türkiye' and 'turkiye' are one word."""
    text = text.casefold()
    if not text.isascii():  # decomposing costs; most English text is ASCII
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    return _WORD.findall(text)


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def _candidates(samples: list[array[int]]) -> list[tuple[int, int]]:
    """Pairs that share enough sampled shingles to be worth checking, each once, lower index first.
    Each briefing's pairs are counted and chosen in turn, with its later holders of each sample it
    holds: counted all at once, every pair that shares one stock phrase was held to the end (240,000
    at 800 seeds of formulaic text, a tenfold growth for fourfold seeds, and memory to match)."""
    postings = _postings(samples)
    held: list[array[int]] = [array("l") for _ in samples]  # briefing -> the postings it is in
    for number, holders in enumerate(postings):
        for holder in holders:
            held[holder].append(number)
    pairs: list[tuple[int, int]] = []
    for a, numbers in enumerate(held):
        shared: Counter[int] = Counter()
        for number in numbers:
            holders = postings[number]  # in index order: a's place found by bisection
            position = bisect_left(holders, a)
            shared.update(holders[position + 1:position + 1 + POSTING_WINDOW])
        # Half the threshold on the samples: a loose test, since the sample of a short text is small.
        pairs.extend((a, b) for b, n in shared.items() if n >= SAME_STORY / 2 * min(len(samples[a]), len(samples[b])))
        held[a] = array("l")  # let go
    return pairs


def _postings(samples: list[array[int]]) -> list[list[int]]:
    """For each sample held by two briefings or more, its holders in input order (the lists in the
    order of their hashes' ranges). The hash range is gone through in HASH_PARTS parts, each with
    a dict of its own: a dict of every sample and its first holder (160,000 at 1,298 news articles,
    most held by one briefing) was the step's peak, 16 MB."""
    ordered = [hashes if _ascending(hashes) else array("I", sorted(hashes)) for hashes in samples]  # _sample's are
    step = -(-(1 << 32) // HASH_PARTS)  # CRC-32: below 2**32
    postings: list[list[int]] = []
    for low in range(0, 1 << 32, step):
        first: dict[int, int] = {}
        holders: dict[int, list[int]] = {}  # a list only for the few samples held twice: fewer objects
        for index, hashes in enumerate(ordered):
            for h in hashes[bisect_left(hashes, low):bisect_left(hashes, low + step)]:
                holder = first.setdefault(h, index)
                if holder != index:
                    holders.setdefault(h, [holder]).append(index)
        postings.extend(holders.values())
    return postings


def _ascending(hashes: array[int]) -> bool:
    return all(map(operator.le, hashes, islice(hashes, 1, None)))


def _containment(a: set[int], b: set[int]) -> float:
    """Share of the smaller set found in the other (set & walks the smaller set)."""
    return len(a & b) / max(1, min(len(a), len(b)))


def _versions(a: _Text, b: _Text, a_shingles: set[int], b_shingles: set[int]) -> bool:
    common = len(a_shingles & b_shingles)
    smaller = min(len(a_shingles), len(b_shingles))
    if common < SAME_STORY * smaller or common < min(MIN_SHARED, smaller):
        return False
    if common >= SAME_TEXT * smaller:
        return True
    if a.day and b.day and abs((a.day - b.day).days) > MAX_DAYS_APART:
        return False
    return max(_carried(a.lead, b_shingles), _carried(b.lead, a_shingles)) >= LEAD_CARRIED


def _carried(lead: frozenset[int], other: set[int]) -> float:
    return len(lead & other) / len(lead) if lead else 0.0


def _root(parent: list[int], index: int) -> int:
    while parent[index] != index:
        parent[index] = parent[parent[index]]  # path halving keeps the trees flat
        index = parent[index]
    return index


def _order(analysis: Analysis) -> tuple[bool, str, str, str]:
    """Earliest published first (undated last), then path order, then id."""
    published = analysis.metadata.published.value
    return published is None, published or "", analysis.seed.source_file, analysis.id


def _group(group: list[int], analyses: Sequence[Analysis], shingles: _ShingleSets) -> DuplicateGroup:
    first = shingles(group[0])
    similarity = min(_containment(first, shingles(i)) for i in group[1:])
    return DuplicateGroup(tuple(analyses[i].id for i in group), round(similarity, 3))
