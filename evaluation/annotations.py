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
    same_pairs: Tally = field(default_factory=Tally)  # hits = pairs of one gold entity kept together
    distinct_pairs: Tally = field(default_factory=Tally)  # hits = pairs of two gold entities kept apart
    baseline_same_pairs: Tally = field(default_factory=Tally)
    baseline_distinct_pairs: Tally = field(default_factory=Tally)
    roles: Tally = field(default_factory=Tally)  # hits = roles that are an office, not an honorific or junk
    baseline_roles: Tally = field(default_factory=Tally)
    entity_types: Tally = field(default_factory=Tally)  # hits = entities matched to gold with the gold type
    baseline_types: Tally = field(default_factory=Tally)
    absolute_dates: Tally = field(default_factory=Tally)
    relative_dates: Tally = field(default_factory=Tally)
    baseline_dates: Tally = field(default_factory=Tally)
    figures: Tally = field(default_factory=Tally)
    quotes: Tally = field(default_factory=Tally)
    speakers_right: int = 0
    speakers: Tally = field(default_factory=Tally)  # hits = matched quotes with the gold speaker; system = matched
    baseline_speakers: Tally = field(default_factory=Tally)
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
        _score_pairs(scores, analysis, gold)
        _score_roles(scores, analysis)
        _score_types(scores, analysis, gold, knowledge)
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


def _gold_forms(gold: dict) -> dict[str, int]:
    """Surface key -> index of the one gold entity it names; a form two entities share is left out."""
    owners: dict[str, set[int]] = {}
    for index, g in enumerate(gold.get("entities") or []):
        if g.get("type") in SCORED_TYPES:
            for mention in g["mentions"]:
                owners.setdefault(_key(mention), set()).add(index)
    return {form: next(iter(found)) for form, found in owners.items() if len(found) == 1}


def _score_pairs(scores: AnnotationScores, analysis: Analysis, gold: dict) -> None:
    """Every pair of distinct gold surface forms: is it one entity or two, in gold and in the system?
    The baseline joins two forms when they share a word ("Howard" and "Howard Flight")."""
    forms = _gold_forms(gold)
    owner: dict[str, str] = {}
    for e in analysis.entities:
        for m in e.mentions:
            owner.setdefault(_key(m.text), e.id)
    keys = sorted(forms)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            together = owner.get(a) is not None and owner.get(a) == owner.get(b)
            naive = bool(set(a.split()) & set(b.split()))
            same = forms[a] == forms[b]
            if not same and not (naive or _initials(a) == b.replace(" ", "") or _initials(b) == a.replace(" ", "")):
                continue  # two unrelated names ("Iraq", "Soylu") are apart by any method: not counted
            tally, base = ((scores.same_pairs, scores.baseline_same_pairs) if same
                           else (scores.distinct_pairs, scores.baseline_distinct_pairs))
            tally.add(int(together == same), 1, 1)
            base.add(int(naive == same), 1, 1)
            if together != same:
                scores.misses.append(f"{gold['document']}: '{a}' and '{b}' "
                                     f"{'split' if same else 'merged'}")


def _initials(form: str) -> str:
    return "".join(w[0] for w in form.split() if w not in {"of", "and", "the", "for"})


HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "lord", "lady", "sir", "dame", "baroness", "rev"}
RELATIONAL = {"counterpart", "colleague", "predecessor", "successor", "rival", "ally"}


def role_is_office(role: str) -> bool:
    """An office or description ("Interior Minister", "leader of Essex County Council"), not an
    honorific ("Mr", "Lord Chancellor Lord"), a relation ("Turkish counterpart") or a fragment."""
    words = [w.lower().rstrip(".") for w in re.findall(r"[\w'’.-]+", role)]
    if not words or words[-1] in HONORIFICS or words[-1] in RELATIONAL:
        return False
    return words[-1] not in {"of", "and", "the", "for", "his", "her"} and not re.search(r"['’]s?$", role)


def _score_roles(scores: AnnotationScores, analysis: Analysis) -> None:
    """A role on anything but a person is junk ("leader" of a company name). The baseline takes the
    capitalised word right before each person's mention as the role."""
    roles = [(r, e.type) for e in analysis.entities for r in e.roles]
    scores.roles.add(sum(role_is_office(r) and kind == "person" for r, kind in roles), len(roles), 0)
    texts = {s.index: s.text for s in analysis.document.sentences}
    naive = []
    for e in analysis.entities:
        if e.type == "person":
            for m in e.mentions:
                before = re.search(r"([A-Z][\w'’.-]*) $", texts.get(m.sentence, "")[:m.start])
                if before:
                    naive.append(before.group(1))
    scores.baseline_roles.add(sum(role_is_office(r) for r in naive), len(naive), 0)


def _score_types(scores: AnnotationScores, analysis: Analysis, gold: dict, knowledge) -> None:  # type: ignore[no-untyped-def]
    """Entities whose name is a gold form: is the type the gold one? The baseline types by shape:
    a gazetteer place, else two or three words a person, else an organisation."""
    forms = _gold_forms(gold)
    entities = gold.get("entities") or []
    for e in analysis.entities:
        index = forms.get(_key(e.name))
        if index is None:
            index = next((forms[_key(m.text)] for m in e.mentions if _key(m.text) in forms), None)
        if index is None:
            continue
        wanted = entities[index]["type"]
        scores.entity_types.add(int(e.type == wanted), 1, 0)
        key = _key(e.name)
        naive = ("place" if key in knowledge.places or knowledge.by_key.get(key, None) is not None
                 and knowledge.by_key[key].type == "place"
                 else "person" if len(key.split()) in (2, 3) else "organisation")
        scores.baseline_types.add(int(naive == wanted), 1, 0)


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
    """Quotes found, and for each found one whether its speaker is the gold one. The baseline takes
    the capitalised name nearest the quote in its sentence, outside quotation marks, else none."""
    gold_quotes = gold.get("quotes") or []
    sentences = {s.index: s.text for s in analysis.document.sentences}
    matched = 0
    for g in gold_quotes:
        start = name_key(str(g["starts"]))
        quote = next((q for q in analysis.quotes if name_key(q.text).startswith(start)), None)
        if quote is None:
            scores.misses.append(f"{gold['document']}: missed quote '{g['starts']} …'")
            continue
        matched += 1
        speaker = g.get("speaker")
        right = speaker_matches(speaker, quote.speaker_name, gold)
        scores.speakers_right += right
        scores.speakers.add(int(right), 1, 1)
        naive = nearest_capitalised_name(sentences.get(quote.sentence, ""), quote.text)
        scores.baseline_speakers.add(int(speaker_matches(speaker, naive, gold)), 1, 1)
        if not right:
            scores.misses.append(f"{gold['document']}: quote '{g['starts']} …' speaker {quote.speaker_name!r}, "
                                 f"expected {speaker!r}")
    scores.quotes.add(matched, len(analysis.quotes), len(gold_quotes))


def speaker_matches(wanted: str | None, found: str | None, gold: dict) -> bool:
    """Whether a speaker found is the gold one: both none, or the found name holds the last word of
    the gold name, or one of the other names the gold entity goes by in the text ("Defra" for the
    Department for Environment, Food and Rural Affairs; not "John" for John Bourn, a part of the name)."""
    if wanted is None or found is None:
        return wanted is None and found is None
    key, found_key = name_key(wanted), name_key(found)
    if key.split() and key.split()[-1] in found_key:
        return True
    others = {name_key(m) for g in gold.get("entities") or [] if g.get("name") == wanted for m in g["mentions"]}
    return any(other and other in found_key and not set(other.split()) & set(key.split()) for other in others)


QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]?")
CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def nearest_capitalised_name(sentence: str, quote: str) -> str | None:
    """The speaker baseline: the run of capitalised words nearest the quote in its sentence, outside
    quotation marks, leaving out a lone capitalised word that opens the sentence ("The", "But")."""
    outside = QUOTED.sub(lambda m: " " * len(m.group()), sentence)
    at = sentence.find(quote[:30])
    at = at if at >= 0 else 0
    names = [m for m in CAPITALISED.finditer(outside) if not (m.start() == 0 and " " not in m.group())]
    if not names:
        return None
    return min(names, key=lambda m: min(abs(m.start() - at), abs(m.end() - at))).group()


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
    _report_shares(scores)
    for line in scores.misses[:show_misses]:
        print("  miss:", line)


def _report_shares(scores: AnnotationScores) -> None:
    """Accuracy or precision beside its baseline: right / counted."""
    print(f"{'':40} {'pipeline':>17} {'baseline':>17}")
    rows = [
        ("pairs of one entity, kept together", scores.same_pairs, scores.baseline_same_pairs),
        ("pairs of two entities sharing a word, apart", scores.distinct_pairs, scores.baseline_distinct_pairs),
        ("merge accuracy (both kinds of pair)", merged(scores.same_pairs, scores.distinct_pairs),
         merged(scores.baseline_same_pairs, scores.baseline_distinct_pairs)),
        ("roles that are offices", scores.roles, scores.baseline_roles),
        ("entity types right", scores.entity_types, scores.baseline_types),
        ("quote speakers right", scores.speakers, scores.baseline_speakers),
    ]
    for label, ours, base in rows:
        print(f"{label:<40} {_share(ours):>17} {_share(base):>17}")
    _report_targets(scores)


# Issue 8's targets on the annotated sets: (label, tally, least share).
def _report_targets(scores: AnnotationScores) -> None:
    targets = [
        ("quote speakers right", scores.speakers, 0.95),
        ("merge accuracy", merged(scores.same_pairs, scores.distinct_pairs), 0.95),
        ("entity types right", scores.entity_types, 0.90),
        ("roles that are offices (no honorifics)", scores.roles, 1.0),
        ("figure precision", scores.figures, 0.90),
    ]
    for label, tally, least in targets:
        share = tally.hits / tally.system if tally.system else 1.0
        verdict = "met" if share >= least else "NOT MET"
        print(f"target: {label} >= {least:.2f}: {share:.3f} {verdict}")


def merged(*tallies: Tally) -> Tally:
    """One tally over several: merge accuracy counts pairs of one entity and pairs of two alike."""
    total = Tally()
    for tally in tallies:
        total.add(tally.hits, tally.system, tally.gold)
    return total


def _share(tally: Tally) -> str:
    return f"{tally.hits / tally.system:.3f} ({tally.hits}/{tally.system})" if tally.system else "-"
