"""Entities, dates, figures and quotes against the hand-annotated set in tests/eval/gold/.

Each gold file lists, for one document, every mention of every person, organisation and place
(surface strings, in order), every date with its ISO value and precision, the figures a reader
would pick and the quotes with their speakers. Matching is per document on normalised surface
strings, so the scores do not depend on offsets. A simple baseline runs beside the pipeline.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from briefing_site import pipeline
from briefing_site.knowledge import load_knowledge, name_key
from briefing_site.model import Analysis, RawSeed, Settings
from briefing_site.reading import clean_text, decode_text

SCORED_TYPES = {"person", "organisation", "place"}


@dataclass
class Tally:
    """True positives, system items and gold items, summed over documents."""

    hits: int = 0
    system: int = 0
    gold: int = 0

    def add(self, hits: int, system: int, gold: int) -> None:
        self.hits += hits
        self.system += system
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.hits / self.system if self.system else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class AnnotationScores:
    documents: int = 0
    source: str = ""
    entity_mentions: Tally = field(default_factory=Tally)
    typed_mentions: Tally = field(default_factory=Tally)
    baseline_mentions: Tally = field(default_factory=Tally)
    merges_right: int = 0
    merges_total: int = 0
    absolute_dates: Tally = field(default_factory=Tally)
    relative_dates: Tally = field(default_factory=Tally)
    baseline_dates: Tally = field(default_factory=Tally)
    figures: Tally = field(default_factory=Tally)
    quotes: Tally = field(default_factory=Tally)
    speakers_right: int = 0
    misses: list[str] = field(default_factory=list)


def evaluate(gold_dir: Path, root: Path, corpus: Path, only: str | None = None) -> AnnotationScores:
    source = gold_dir.relative_to(root) if gold_dir.is_relative_to(root) else gold_dir
    scores = AnnotationScores(source=str(source))
    knowledge = load_knowledge(None)
    for path in sorted(gold_dir.glob("*.yml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        source = _source_path(gold["document"], root, corpus)
        if (only and not gold["document"].startswith(only)) or not source.is_file():
            continue
        analysis = _analyse(source, gold, knowledge)
        scores.documents += 1
        _score_entities(scores, analysis, gold, source.read_text(encoding="utf-8", errors="replace"))
        _score_dates(scores, analysis, gold)
        _score_figures(scores, analysis, gold)
        _score_quotes(scores, analysis, gold)
    return scores


def _source_path(document: str, root: Path, corpus: Path) -> Path:
    if document.startswith("bbc/"):
        return corpus / "articles" / document[len("bbc/"):]
    return root / document


def _analyse(source: Path, gold: dict, knowledge) -> Analysis:  # type: ignore[no-untyped-def]
    text, encoding = decode_text(source.read_bytes())
    declared = {"date": gold["published"]} if gold.get("published") and gold["document"].startswith("bbc/") else {}
    raw = RawSeed(source.name, clean_text(text), "", encoding, declared, "gold" if declared else "", 1)
    return pipeline.analyse(raw, Settings(seeds_dir=source.parent), knowledge)


def _key(text: str) -> str:
    return name_key(re.sub(r"(?:’s|'s)$", "", text))


def _score_entities(scores: AnnotationScores, analysis: Analysis, gold: dict, text: str) -> None:
    entities = [e for e in analysis.entities if e.type in SCORED_TYPES]
    system = Counter(_key(m.text) for e in entities for m in e.mentions)
    typed = Counter((_key(m.text), e.type) for e in entities for m in e.mentions)
    gold_entities = [g for g in gold.get("entities") or [] if g.get("type") in SCORED_TYPES]
    wanted = Counter(_key(m) for g in gold_entities for m in g["mentions"])
    wanted_typed = Counter((_key(m), g["type"]) for g in gold_entities for m in g["mentions"])
    hits = sum((system & wanted).values())
    scores.entity_mentions.add(hits, sum(system.values()), sum(wanted.values()))
    scores.typed_mentions.add(sum((typed & wanted_typed).values()), sum(typed.values()), sum(wanted_typed.values()))
    baseline = Counter(_key(m) for m in capitalised_baseline(analysis))
    scores.baseline_mentions.add(sum((baseline & wanted).values()), sum(baseline.values()), sum(wanted.values()))
    owner = {_key(m.text): e.id for e in entities for m in e.mentions}
    for g in gold_entities:
        forms = {_key(m) for m in g["mentions"]}
        if len(forms) > 1:
            scores.merges_total += 1
            owners = {owner.get(f) for f in forms}
            if len(owners) == 1 and None not in owners:
                scores.merges_right += 1
            else:
                scores.misses.append(f"{gold['document']}: '{g['name']}' variants {sorted(forms)} not merged")
    for form in sorted((wanted - system).keys()):
        scores.misses.append(f"{gold['document']}: missed mention '{form}'")


def capitalised_baseline(analysis: Analysis) -> list[str]:
    """Every run of capitalised words not at the start of a sentence: the obvious first try."""
    found = []
    for sentence in analysis.document.body_sentences:
        for match in re.finditer(r"(?<!^)(?<![.!?] )\b[A-Z][\w'-]*(?: [A-Z][\w'-]*)*", sentence.text):
            if match.start() > 0:
                found.append(match.group(0))
    return found


def _score_dates(scores: AnnotationScores, analysis: Analysis, gold: dict) -> None:
    gold_dates = gold.get("dates") or []
    system = Counter((d.value, d.precision) for d in analysis.dates if d.value)
    for relative, tally in ((False, scores.absolute_dates), (True, scores.relative_dates)):
        wanted = Counter((g["value"], g["precision"]) for g in gold_dates
                         if bool(g.get("relative")) == relative and g.get("value"))
        mine = Counter((d.value, d.precision) for d in analysis.dates if d.value and d.relative == relative)
        tally.add(sum((mine & wanted).values()), sum(mine.values()), sum(wanted.values()))
        for value, precision in sorted((wanted - system).keys()):
            scores.misses.append(f"{gold['document']}: missed date {value} ({precision})")
    years = Counter((m, "year") for s in analysis.document.body_sentences
                    for m in re.findall(r"\b(?:19|20)\d{2}\b", s.text))
    wanted_all = Counter((g["value"], g["precision"]) for g in gold_dates if g.get("value"))
    scores.baseline_dates.add(sum((years & wanted_all).values()), sum(years.values()), sum(wanted_all.values()))


def _figure_key(text: str) -> str:
    numbers = re.findall(r"\d[\d,.]*\d|\d", text)
    return numbers[0].replace(",", "") if numbers else name_key(text).split(" ")[0]


def _score_figures(scores: AnnotationScores, analysis: Analysis, gold: dict) -> None:
    wanted = Counter(_figure_key(str(g["text"])) for g in gold.get("figures") or [])
    system = Counter(_figure_key(f.text) for f in analysis.figures)
    scores.figures.add(sum((system & wanted).values()), sum(system.values()), sum(wanted.values()))


def _score_quotes(scores: AnnotationScores, analysis: Analysis, gold: dict) -> None:
    gold_quotes = gold.get("quotes") or []
    matched = 0
    for g in gold_quotes:
        start = name_key(str(g["starts"]))
        quote = next((q for q in analysis.quotes if name_key(q.text).startswith(start)), None)
        if quote is None:
            scores.misses.append(f"{gold['document']}: missed quote '{g['starts']} …'")
            continue
        matched += 1
        speaker = g.get("speaker")
        if (speaker is None and quote.speaker_name is None) or (
                speaker and quote.speaker_name and name_key(speaker).split()[-1] in name_key(quote.speaker_name)):
            scores.speakers_right += 1
        else:
            scores.misses.append(f"{gold['document']}: quote '{g['starts']} …' speaker {quote.speaker_name!r}, "
                                 f"expected {speaker!r}")
    scores.quotes.add(matched, len(analysis.quotes), len(gold_quotes))


def report(scores: AnnotationScores, show_misses: int = 0) -> None:
    print(f"\nAnnotated set: {scores.documents} documents ({scores.source})")
    print(f"{'':34} {'precision':>9} {'recall':>7} {'F1':>6}")
    rows = [
        ("entity mentions (pipeline)", scores.entity_mentions),
        ("  same, type must match too", scores.typed_mentions),
        ("entity mentions (capitals baseline)", scores.baseline_mentions),
        ("absolute dates, value+precision", scores.absolute_dates),
        ("relative dates, resolved", scores.relative_dates),
        ("dates (4-digit year baseline)", scores.baseline_dates),
        ("figures", scores.figures),
        ("quotes", scores.quotes),
    ]
    for label, tally in rows:
        if tally.gold == 0 and tally.system == 0:
            print(f"{label:<34} {'-':>9} {'-':>7} {'-':>6}  (none in this set)")
        else:
            print(f"{label:<34} {tally.precision:9.3f} {tally.recall:7.3f} {tally.f1:6.3f}")
    print(f"variants merged into one entity: {scores.merges_right}/{scores.merges_total}")
    print(f"quote speakers right: {scores.speakers_right}/{scores.quotes.hits}")
    for line in scores.misses[:show_misses]:
        print("  miss:", line)
