"""Step 4: an extractive summary: sentences taken verbatim, chosen by centrality, then by what a
reader needs to trust them.

Centrality is TextRank (Mihalcea and Tarau, 2004) with its original similarity: shared words over
the log of the sentence lengths. The words are all but function words ("the", "of", "he"):
reporting words such as "said" and "Mr" stay, because they tie a quote to the sentences about its
speaker (on the BBC set this alone lifts ROUGE-2 from 0.774 to 0.830). A linear scorer (weights in
data/summary_weights.json, fitted by `PYTHONPATH=hooks python -m evaluation.summary_training`)
weighs centrality against sentence length.

The choice is then constrained, so that every sentence can be read where it stands:
- a paragraph printed twice counts once, at its later place (the earlier copy is a teaser's);
- a sentence that opens by referring back ("This", "It", "Following that", "The move") or quotes a
  speaker it does not name comes with the sentence(s) before it, back to one that stands alone, or
  not at all; "he"/"she" also reads when the summary names the person named last before it
  (quotation marks pair left to right, so a quoted phrase's closing mark opens no quote);
- a sentence repeating one already taken (content-word overlap) is skipped;
- news starts with its lead when the lead is a news sentence (not a headline left in the body);
  when the best-scored summary names neither of the two most-named people and one of them recurs
  (named in two sentences or more), it makes room for them and for the place of the lead; an
  opinion or analysis starts with its thesis (the best sentence of its opening paragraph), never
  with a figure it does not source; nothing comes before either.
Only body and list sentences are candidates: headings and page furniture never are."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .model import Document, Sentence
from .terms import STOPWORDS, WORD
from .text import repeated_sentences

MAX_CANDIDATES = 400  # bounds the O(n²) similarity matrix for very long seeds
WEIGHTS_FILE = Path(__file__).parent / "data" / "summary_weights.json"
REDUNDANCY = 0.8  # share of the shorter sentence's words already in a chosen one: near-repeats only
KEEP_FOR_CENTRAL = 1  # slots the actors leave to the most central sentences, so the news is not lost
MAIN_PEOPLE = 2  # people a news summary names if the text does (with the place of the lead)
RECURRING = 2  # sentences naming a person the story keeps returning to: only then must the summary name one
ARGUMENT_KINDS = ("opinion", "analysis")

# English function words (the list NLTK ships): what TextRank's similarity leaves out.
FUNCTION_WORDS = frozenset("""
i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her
hers herself it its itself they them their theirs themselves what which who whom this that these
those am is are was were be been being have has had having do does did doing a an the and but if or
because as until while of at by for with about against between into through during before after
above below to from up down in out on off over under again further then once here there when where
why how all any both each few more most other some such no nor not only own same so than too very s
t can will just don should now d ll m o re ve y ain aren couldn didn doesn hadn hasn haven isn ma
mightn mustn needn shan shouldn wasn weren won wouldn
""".split())
# An opening that points back at something the sentence itself does not say.
DANGLING_START = re.compile(
    r"^(?:This|That|These|Those|It|They|He|She|Such|Its|Their|His|Her|Him|Them|"
    r"The move|The decision|The step|The remarks|The comments|"
    r"(?:Following|After|Despite|Because of|Besides|Beyond|Before|Like|Unlike|In addition to) "
    r"(?:that|this|these|those|it|them)|In response|As a result|Instead)\b")
PERSONAL_START = re.compile(r"^(?:He|She|His|Her|Him)\b")
PERSONAL = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# Quotation marks paired left to right, so that a closing mark never opens a quote; a quote is a
# span of 12 characters or more (a quoted phrase such as "vital step" is not one).
QUOTE_SPAN = re.compile(r"[\"“][^\"“”]*(?:[\"”]|$)")
QUOTE_LENGTH = 12
# A person introduced with a title or role: "Interior Minister Ali Yerlikaya", "Mr Blair".
NAME_PART = r"(?:[A-Z][\w'’-]*[a-z][\w'’-]*|(?:al|el|bin|van|von|de)-?[A-Z][\w'’-]+)"
ACTOR = re.compile(
    r"\b(?:[Mm]inister|[Pp]resident|[Pp]remier|[Cc]hancellor|[Ss]ecretary|[Cc]ounterpart|[Ss]pokes(?:man|woman)|"
    r"[Cc]hief|[Hh]ead|[Gg]overnor|[Aa]mbassador|[Gg]eneral|[Mm]ayor|[Ll]eader|[Cc]hairman|[Dd]irector|"
    r"Mr|Mrs|Ms|Dr)\.? "
    rf"({NAME_PART}(?: {NAME_PART}){{0,3}})")
PLACE = re.compile(r"\b(?:in|at) ([A-Z][\w'’-]*[a-z])\b")
CALENDAR = frozenset("January February March April May June July August September October November December "
                     "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
FIGURE = re.compile(r"\b\d+(?:[.,]\d+)*")
YEAR = re.compile(r"^(?:19|20)\d{2}$")
SOURCED = re.compile(r"\baccording to\b|\bsource:|\breport|\bsurvey|\bdata\b|\bfigures\b|\bstatistics\b|"
                     r"\bcensus\b|\bestimate|\bsaid\b|\bsays\b|\btold\b", re.IGNORECASE)


@dataclass(frozen=True)
class Weights:
    """A linear scorer over standardised features: score = Σ weight × (value − mean) / scale."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weight: tuple[float, ...]

    def score(self, values: dict[str, float]) -> float:
        return sum(w * (values[f] - m) / s for f, m, s, w in zip(self.features, self.mean, self.scale, self.weight,
                                                                  strict=True))


@lru_cache(maxsize=1)
def default_weights() -> Weights:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return Weights(tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]), tuple(data["weight"]))


def summary_length(words: int, configured: int) -> int:
    """2 sentences for a short item, up to 5 for a long analysis, unless configured."""
    if configured:
        return configured
    return 2 if words < 250 else 3 if words < 500 else 4 if words < 900 else 5


def summarise(document: Document, count: int, kind: str = "news", weights: Weights | None = None) -> tuple[int, ...]:
    """Indexes of `count` sentences (fewer if the rules leave fewer), in document order."""
    candidates = _candidates(document)
    if not candidates or count < 1:
        return ()
    scores = [(weights or default_weights()).score(f) for f in features(candidates)]
    chosen = _choose(candidates, scores, count, kind)
    return tuple(sorted(candidates[i].index for i in chosen))


def _candidates(document: Document) -> list[Sentence]:
    """Usable body sentences, a repeated paragraph or sentence counted once."""
    body = _unique(document.body_sentences)
    usable = [s for s in body if _usable(s)]
    return (usable or body)[:MAX_CANDIDATES]


def _unique(sentences: tuple[Sentence, ...]) -> list[Sentence]:
    """Each text once, at its last place: a paragraph printed above the lead and again in the story
    is a teaser's copy, and the story's place is where it belongs. (The other steps keep the first
    copy; which copy is kept matters only here, where position is scored.)"""
    teasers = repeated_sentences(reversed(sentences))  # copies that a later sentence repeats
    return [s for s in sentences if s.index not in teasers]


def features(candidates: list[Sentence]) -> list[dict[str, float]]:
    """What the scorer weighs: centrality relative to a uniform rank, and length."""
    centrality = textrank([similarity_words(s.text) for s in candidates])
    size = len(candidates)
    return [{"centrality": value * size, "log_words": math.log(1 + len(s.text.split()))}
            for s, value in zip(candidates, centrality, strict=True)]


def _choose(candidates: list[Sentence], scores: list[float], count: int, kind: str) -> list[int]:
    """The opening, then the best by score; for news (and any kind that is not an argument) whose
    summary so names neither of its main people while one recurs: the opening, a sentence for each
    main actor not yet named, then the best by score."""
    needs = [_needs_previous(s) for s in candidates]
    opening = _opening(candidates, scores, needs, kind)
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    selection = _Selection(candidates, needs, count, opening)
    central = _fill(selection, order)
    if kind in ARGUMENT_KINDS:
        return central
    # The actors are a reader's due, not a quota: only a summary that names neither of the main
    # people, when one recurs in the story, makes room for them (forcing them into every summary
    # cost 0.03 ROUGE-2 at 3 sentences on the BBC set; this costs 0.01).
    main = set(_main_actors(selection.people, set()))
    recurring = any(sum(name in named for named in selection.people) >= RECURRING for name in main)
    if not recurring or any(main & selection.people[i] for i in central):
        return central
    selection.chosen = list(opening)
    _name_actors(selection, order, max(count - KEEP_FOR_CENTRAL, 2))
    return _fill(selection, order)


def _fill(selection: _Selection, order: list[int]) -> list[int]:
    """The best by score, each with what it leans on, until the summary is full."""
    for i in order:
        if len(selection.chosen) >= selection.count:
            break
        selection.chosen += selection.take(i)
    return selection.chosen


class _Selection:
    """The sentences chosen so far, and which others can still join them."""

    def __init__(self, candidates: list[Sentence], needs: list[bool], count: int, opening: list[int]) -> None:
        self.words = [sentence_words(s.text) for s in candidates]
        self.needs = needs
        self.previous = _previous(candidates)
        people = _people(candidates)
        self.people = [_names_in(s.text, people) for s in candidates]
        self.referents = _referents(candidates, people)
        self.places = _lead_places(candidates)
        self.mentions = [named | _names_in(sentence.text, self.places)
                         for named, sentence in zip(self.people, candidates, strict=True)]
        self.count = count
        self.chosen = list(opening)
        self.first = opening[0] if opening else -1  # nothing before the lead or the thesis: they come first

    def fits(self, i: int) -> bool:
        return i > self.first and i not in self.chosen and not any(_repeats(self.words[i], self.words[j])
                                                                   for j in self.chosen)

    def leans(self, i: int) -> bool:
        """Whether i still points at something the summary does not say."""
        if not self.needs[i] or self.previous[i] in self.chosen:
            return False
        referent = self.referents[i]
        return referent is None or not any(referent in self.people[j] for j in self.chosen)

    def take(self, i: int) -> list[int]:
        """i, with the sentence it leans on if that is not chosen yet; nothing if they cannot fit."""
        if not self.fits(i):
            return []
        if not self.leans(i):
            return [i]
        before = self.previous[i]
        if before < 0 or not self.fits(before) or _repeats(self.words[i], self.words[before]):
            return []
        chain = self.take(before) if self.leans(before) else [before]
        if not chain or len(self.chosen) + len(chain) + 1 > self.count:
            return []
        return [*chain, i]


def _name_actors(selection: _Selection, order: list[int], room: int) -> None:
    """Add, within `room` sentences, a sentence for each main actor the summary does not name yet:
    the one naming most of the actors still missing, the best scored on a tie."""
    main = _main_actors(selection.people, selection.places)
    mentions = selection.mentions
    for name in main:
        wanted = set(main) - {n for i in selection.chosen for n in mentions[i]}
        naming = sorted((i for i in order if name in mentions[i]), key=lambda i: -len(wanted & mentions[i]))
        picks = next((p for p in map(selection.take, naming) if p), [])
        if name in wanted and len(selection.chosen) + len(picks) <= room:
            selection.chosen += picks


def _main_actors(people: list[set[str]], places: set[str]) -> list[str]:
    """The people named most (the first named, on a tie), then the lead's places."""
    counts: dict[str, int] = {}
    for names in people:
        for name in sorted(names):
            counts[name] = counts.get(name, 0) + 1
    order = list(counts)
    return sorted(order, key=lambda n: (-counts[n], order.index(n)))[:MAIN_PEOPLE] + sorted(places)


def _opening(candidates: list[Sentence], scores: list[float], needs: list[bool], kind: str) -> list[int]:
    """News opens with its lead; an argument with its thesis: the best sentence of its opening
    paragraph that stands alone and does not rest on a figure it does not source."""
    standalone = [i for i in range(len(candidates)) if not needs[i]]
    if not standalone:
        return []
    if kind not in ARGUMENT_KINDS:
        lead = standalone[0]
        return [lead] if _real_sentence(candidates[lead].text) else []
    opening = {candidates[standalone[0]].paragraph}
    # Only the opening: the summary keeps document order, so a thesis from the conclusion would
    # leave nothing to follow it.
    thesis = [i for i in standalone if candidates[i].paragraph in opening and not unsourced_claim(candidates[i].text)]
    if thesis:
        return [max(thesis, key=lambda i: (scores[i], -i))]
    sourced = [i for i in standalone if not unsourced_claim(candidates[i].text)]
    return [(sourced or standalone)[0]]  # the earliest, so that the rest of the piece can follow it


def _real_sentence(text: str) -> bool:
    """A news sentence rather than a headline or a caption: it ends as a sentence does."""
    return len(text.split()) >= 8 and text.rstrip().endswith((".", "!", '."', ".”", '!"', "!”"))


def _previous(candidates: list[Sentence]) -> list[int]:
    """For each candidate, the candidate just before it, if that is the sentence just before it."""
    return [i - 1 if i and candidates[i - 1].index == s.index - 1 else -1 for i, s in enumerate(candidates)]


def _needs_previous(sentence: Sentence) -> bool:
    """Whether the sentence leans on the one before: a referring opening, or an unnamed speaker."""
    text = sentence.text
    return bool(DANGLING_START.match(text)) or (_quotes(text) and not _names_speaker(text))


def _quotes(text: str) -> bool:
    return any(len(m.group(0).strip("\"“”")) >= QUOTE_LENGTH for m in QUOTE_SPAN.finditer(text))


def _outside_quotes(text: str) -> str:
    return QUOTE_SPAN.sub(lambda m: " " if len(m.group(0).strip("\"“”")) >= QUOTE_LENGTH else m.group(0), text)


def _names_speaker(text: str) -> bool:
    """A quote names its speaker when a capitalised word outside the quotation marks is a name,
    not a pronoun or a determiner ("he said", "the statement read")."""
    outside = _outside_quotes(text)
    return any(w[0].isupper() and w.lower() not in FUNCTION_WORDS for w in WORD.findall(outside))


def _people(candidates: list[Sentence]) -> set[str]:
    """Last names of the people introduced with a title anywhere in the text, as later mentions
    use them ("Minister Ali Yerlikaya" → "Yerlikaya"; "al-Shammari" → "Shammari" too)."""
    names = {m.group(1).split()[-1] for s in candidates for m in ACTOR.finditer(s.text)}
    return names | {name.split("-", 1)[1] for name in names if re.match(r"(?:al|el)-", name)}


def _names_in(text: str, names: set[str]) -> set[str]:
    tokens = set(WORD.findall(text))
    return {n.removeprefix("al-").removeprefix("el-") for n in names if n in tokens}


def _lead_places(candidates: list[Sentence]) -> set[str]:
    """The places the opening two sentences say the news happened in ("talks in Baghdad")."""
    return {m.group(1) for s in candidates[:2] for m in PLACE.finditer(s.text) if m.group(1) not in CALENDAR}


def _referents(candidates: list[Sentence], people: set[str]) -> list[str | None]:
    """For a sentence whose "he" or "she" points back (an opening "He", an unnamed "she said"),
    the person named last before it: if the summary names them, the sentence can be read."""
    referents: list[str | None] = []
    last: str | None = None
    for sentence in candidates:
        personal = PERSONAL_START.match(sentence.text) or (
            _quotes(sentence.text) and PERSONAL.search(_outside_quotes(sentence.text)))
        referents.append(last if personal else None)
        for word in WORD.findall(sentence.text):
            if word in people:
                last = word.removeprefix("al-").removeprefix("el-")
    return referents


def unsourced_claim(text: str) -> bool:
    """A figure (not a year) in a sentence that gives no source for it."""
    figures = [m.group(0).strip() for m in FIGURE.finditer(text)]
    return any(not YEAR.match(f) for f in figures) and not SOURCED.search(text)


def sentence_words(text: str) -> set[str]:
    """Content words, for telling near-repeats apart (function and reporting words left out)."""
    return {w for w in (m.lower() for m in WORD.findall(text)) if w not in STOPWORDS}


def similarity_words(text: str) -> set[str]:
    return {w for w in (m.lower() for m in WORD.findall(text)) if w not in FUNCTION_WORDS}


def _usable(sentence: Sentence) -> bool:
    words = len(sentence.text.split())
    return 5 <= words <= 90 and not sentence.text.endswith("?")


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
