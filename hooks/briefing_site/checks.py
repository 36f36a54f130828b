"""Briefing checks for pull requests: what a reviewer should look at before a seed is published.

Pure: from a finished build (SiteBuild, whose briefing.json says what the pages show: related
briefings, story groups) and the analyses it was made from, to findings, one per seed, check and
thing found. Nothing here reads files or knows MkDocs; the command line (__main__.py) gathers the
inputs and prints. A finding is not an error: the exit status fails only for the check ids a site
lists in `extra.briefing.require`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .check_ids import CHECKS
from .export import EXPORT_PATH
from .metadata import stated_in_text
from .model import Analysis, Field, SiteBuild, one_line, visible
from .summary import summary_length
from .terms import STOPWORDS, WORD

LISTED = 8  # names, quotes or dates spelled out in one finding's detail; the rest are counted
QUOTED = 90  # characters of a quote or a title shown in a detail


@dataclass(frozen=True)
class Finding:
    """One thing a reviewer should look at: in which seed ("" for the site as a whole), found by which check."""

    source_file: str
    check: str
    message: str
    detail: str = ""


@dataclass(frozen=True)
class CheckReport:
    seeds: tuple[str, ...]  # every seed file checked, in path order
    briefings: dict[str, str]  # seed file -> briefing id, for the seeds that have one
    findings: tuple[Finding, ...]  # by seed file, then in CHECKS order; the site's last
    require: tuple[str, ...] = ()  # the check ids whose findings fail the check

    @property
    def required(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.check in self.require)


def check_site(build: SiteBuild, analyses: Sequence[Analysis], summary_sentences: int = 0,
               require: Sequence[str] = (), related_links: int = 5) -> CheckReport:
    """Every check on every seed of the build. `analyses` are the build's (with their ids); a seed
    that could not be used is reported from its problem alone. summary_sentences, related_links:
    the settings (with related links off, no briefing is said to have none to be linked)."""
    export = _export(build)
    unused = {p.source_file for p in build.problems if not p.kept}
    briefed = [a for a in analyses if a.seed.source_file not in unused]
    related = {str(r["id"]): r.get("related") for r in export.get("briefings", [])} if related_links else {}
    files = {a.id: a.seed.source_file for a in briefed}
    found = [f for a in briefed for f in _briefing_findings(a, related, summary_sentences)]
    found += _duplicates(export.get("duplicates", []), files)
    found += [_problem(p.source_file, p.kept, p.message, p.step, p.line, p.hint) for p in build.problems]
    found += [Finding("", "fault", one_line(fault.message, 300)) for fault in build.faults]
    order = list(CHECKS)
    ranked = sorted(enumerate(found), key=lambda item: (item[1].source_file == "", item[1].source_file,
                                                         order.index(item[1].check), item[0]))
    seeds = sorted({a.seed.source_file for a in briefed} | {p.source_file for p in build.problems})
    return CheckReport(tuple(seeds), {a.seed.source_file: a.id for a in briefed}, tuple(f for _, f in ranked),
                       tuple(require))


def _export(build: SiteBuild) -> dict:  # type: ignore[type-arg]
    """briefing.json as the build wrote it: what the pages show across briefings."""
    for generated in build.files:
        if generated.path == EXPORT_PATH:
            return json.loads(generated.content)
    return {}


def _briefing_findings(a: Analysis, related: dict[str, object], summary_sentences: int) -> Iterator[Finding]:
    yield from _card(a)
    yield from _contradictions(a)
    yield from _language(a)
    yield from _summary(a, summary_sentences)
    yield from _entity_types(a)
    yield from _speakers(a)
    yield from _relative_dates(a)
    if a.id in related and not related[a.id]:  # a briefing the export could not list is left out
        yield Finding(a.seed.source_file, "related", "no related briefing",
                      "no other briefing shares enough names, words or events with it to be linked")


def _card(a: Analysis) -> Iterator[Finding]:
    meta, source = a.metadata, a.seed.source_file
    if meta.title.value is None:
        yield Finding(source, "title", "no headline stated: the page is named after its opening words",
                      f"page title: {_quoted(meta.display_title)}; declare `title:` in front matter or a sidecar")
    if meta.publisher.value is None:
        yield Finding(source, "publisher", "no publisher stated",
                      "neither declared nor read from a masthead, byline or dateline; declare `publisher:`")
    if meta.published.value is None:
        yield Finding(source, "published", "no publication date stated",
                      "relative dates ('on Tuesday') cannot be placed without it; declare `date:`")


def _contradictions(a: Analysis) -> Iterator[Finding]:
    """Declared values against what the text itself states: a wrong sidecar or front matter
    copied from another seed shows as a date, publisher, author or headline the text disagrees with."""
    meta = a.metadata
    text = stated_in_text(a.document)
    compare = {"published": _same_date, "publisher": _same_name, "author": _same_name, "title": _same_title}
    for name, agree in compare.items():
        declared: Field = getattr(meta, name)
        stated = text.get(name)
        if declared.declared and declared.value and stated is not None and stated.value \
                and not agree(declared.value, stated.value):
            yield Finding(a.seed.source_file, "contradiction",
                          f"declared {_label(name)} {_quoted(declared.value)} ({declared.source}), "
                          f"but the text says {_quoted(stated.value)} ({stated.source})",
                          "the card shows the declared value; check which is right")


# Of its words, those that are English function words ("the", "of", "said"): 0.26-0.45 in the five
# seeds and the 927 BBC articles, none in a Turkish text.
ENGLISH_SHARE = 0.12
LANGUAGE_SAMPLE = 20_000  # characters of the text looked at
LANGUAGE_WORDS = 20  # fewer words than this say too little to tell


def _language(a: Analysis) -> Iterator[Finding]:
    """A text in another script (Arabic, Chinese, Cyrillic) or another language in Latin letters
    (Turkish, French): the rules that find names, dates, figures, quotes and the summary read
    English, so its page says little, and nothing says why."""
    text = " ".join(s.text for s in a.document.body_sentences)[:LANGUAGE_SAMPLE]
    letters = [c for c in text if c.isalpha()]
    scripts = Counter(_script(c) for c in letters)
    other = sum(n for script, n in scripts.items() if script != "LATIN")
    if letters and other > len(letters) / 2:
        named = ", ".join(_SCRIPT_NAMES.get(s, s.title()) for s, _ in scripts.most_common(2) if s != "LATIN")
        yield Finding(a.seed.source_file, "language", f"written mostly in another script ({named})", _LANGUAGE_HINT)
        return
    words = WORD.findall(text.casefold())  # the words as every step reads them
    english = sum(1 for w in words if w in STOPWORDS)
    if len(words) >= LANGUAGE_WORDS and english < ENGLISH_SHARE * len(words):
        yield Finding(a.seed.source_file, "language",
                      f"few English words ({english} of {len(words)} are words such as 'the' or 'of')", _LANGUAGE_HINT)


_LANGUAGE_HINT = ("the analysis reads English: names, dates, figures, quotes and the summary may be missing or "
                  "wrong; add an English version of the document, or keep it for its card and text alone")


_SCRIPT_NAMES = {"CJK": "Chinese characters", "HANGUL": "Korean Hangul", "HIRAGANA": "Japanese kana",
                 "KATAKANA": "Japanese kana"}


def _script(char: str) -> str:
    """The script of a letter, from its Unicode name: LATIN, ARABIC, CJK, CYRILLIC, ..."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def _label(name: str) -> str:
    return "date" if name == "published" else "headline" if name == "title" else name


def _same_date(declared: str, stated: str) -> bool:
    """ISO dates at their precision agree when the coarser is a prefix of the finer ('2024-12', '2024-12-26')."""
    return declared.startswith(stated) or stated.startswith(declared)


def _words(text: str, shortest: int = 1) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) >= shortest and w != "the"}


def _same_name(declared: str, stated: str) -> bool:
    """'The New Region' and 'New Region', 'Reuters' and 'Reuters UK' agree: one's words hold the other's."""
    ours, theirs = _words(declared), _words(stated)
    return ours <= theirs or theirs <= ours


def _same_title(declared: str, stated: str) -> bool:
    """A declared headline is often reworded (shorter, for the web): it contradicts the printed one
    only when they share no word of four letters or more, as front matter copied from another seed."""
    ours, theirs = _words(declared, 4), _words(stated, 4)
    return bool(ours & theirs) or not ours or not theirs


def _summary(a: Analysis, summary_sentences: int) -> Iterator[Finding]:
    asked = summary_length(a.words, summary_sentences)
    if len(a.summary) >= asked:
        return
    why = (f"summary_sentences is {summary_sentences}" if summary_sentences
           else f"{asked} by the document's length ({a.words} words)")
    body = len(a.document.body_sentences)
    if body < asked:
        why += f"; the text has {body} body sentence{'s' * (body != 1)}"
    yield Finding(a.seed.source_file, "summary", f"the summary has {_count(len(a.summary), 'sentence')}, "
                  f"{asked} asked", why)


def _entity_types(a: Analysis) -> Iterator[Finding]:
    unknown = [e.name for e in a.entities if e.type == "other"]
    if unknown:
        yield Finding(a.seed.source_file, "entity_type", f"{_count(len(unknown), 'name')} of unknown type ('other')",
                      _listed([_quoted(name) for name in unknown]))


def _speakers(a: Analysis) -> Iterator[Finding]:
    silent = [q for q in a.quotes if q.speaker is None]
    if silent:
        yield Finding(a.seed.source_file, "quote_speaker", f"{_count(len(silent), 'quote')} without a named speaker",
                      _listed([f"sentence {q.sentence + 1}: {_quoted(q.text)} ({q.speaker_how or 'not stated'})"
                               for q in silent]))


def _relative_dates(a: Analysis) -> Iterator[Finding]:
    open_dates = [d for d in a.dates if d.relative and d.value is None]
    if open_dates:
        why = "" if a.metadata.published.value else "; no publication date to resolve them against"
        yield Finding(a.seed.source_file, "relative_date",
                      f"{_count(len(open_dates), 'relative date')} left unresolved",
                      _listed([f"{_quoted(d.text)} (sentence {d.sentence + 1})" for d in open_dates]) + why)


def _duplicates(groups: list[dict], files: dict[str, str]) -> list[Finding]:  # type: ignore[type-arg]
    """Each member of a story group, naming the others; the first is the one the index shows."""
    found: list[Finding] = []
    for group in groups:
        members = [files[b] for b in group.get("briefings", []) if b in files]
        similarity = f"estimated overlap at least {float(group.get('similarity', 0)):.0%}"
        for position, source in enumerate(members):
            others = [m for m in members if m != source]
            if not others:
                continue
            shown = "the index shows this one" if position == 0 else f"the index shows {members[0]}"
            found.append(Finding(source, "duplicate", f"the same story as {', '.join(others)}",
                                 f"{similarity}; {shown}"))
    return found


def _problem(source: str, kept: bool, message: str, step: str, line: int | None, hint: str) -> Finding:
    where = f"{step} step" + (f", line {line}" if line else "")
    return Finding(source, "warning" if kept else "unused", one_line(message, 300),
                   one_line(f"{where}; {hint}" if hint else where, 300))


def _quoted(text: str) -> str:
    return f"“{one_line(text, QUOTED)}”"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"


def _listed(items: list[str]) -> str:
    shown = "; ".join(items[:LISTED])
    return shown + (f"; and {len(items) - LISTED} more" if len(items) > LISTED else "")


# --- Output: plain text for people, JSON for tools. Seed-controlled text is made visible
# (model.visible) in both, so no name can forge a line or send a terminal escape. ------------------


def as_text(report: CheckReport) -> str:
    required = report.required
    lines = [f"Briefing checks: {_count(len(report.seeds), 'seed')}, {_count(len(report.findings), 'finding')}"
             f" ({', '.join(f'{k} {v}' for k, v in _tally(report).items()) or 'none'})", ""]
    for source, findings in _groups(report):
        briefing = report.briefings.get(source)
        lines.append(visible(source) + (f"  (briefing {briefing})" if briefing else "") if source
                     else "Across briefings")
        lines += [line for f in findings for line in _text_lines(f, f.check in report.require)]
        lines += [] if findings else ["  no findings"]
        lines.append("")
    wanted = ", ".join(report.require) or "none"
    lines.append(f"{_count(len(required), 'required finding')} (extra.briefing.require: {wanted})"
                 + ("; marked !" if required else ""))
    return "\n".join(lines) + "\n"


def _text_lines(finding: Finding, required: bool) -> list[str]:
    head = f"  {'!' if required else ' '} {finding.check:<14} {visible(finding.message)}"
    return [head, f"{'':19}{visible(finding.detail)}"] if finding.detail else [head]


def _tally(report: CheckReport) -> dict[str, int]:
    counts = {check: sum(1 for f in report.findings if f.check == check) for check in CHECKS}
    return {check: count for check, count in counts.items() if count}


def _groups(report: CheckReport) -> list[tuple[str, list[Finding]]]:
    """Each seed file in path order with its findings (none: still listed, it was checked), then the site's."""
    by_file: dict[str, list[Finding]] = {source: [] for source in report.seeds}
    for finding in report.findings:
        by_file.setdefault(finding.source_file, []).append(finding)
    site = by_file.pop("", [])
    return [*by_file.items(), *([("", site)] if site else [])]


def as_json(report: CheckReport) -> str:
    def item(finding: Finding) -> dict[str, object]:
        return {"check": finding.check, "message": visible(finding.message), "detail": visible(finding.detail),
                "required": finding.check in report.require}

    groups = _groups(report)
    data = {
        "version": 1,
        "require": list(report.require),
        "required_findings": len(report.required),
        "counts": _tally(report),
        "seeds": [{"file": visible(source), "briefing": report.briefings.get(source),
                   "findings": [item(f) for f in findings]} for source, findings in groups if source],
        "site": [item(f) for source, findings in groups if not source for f in findings],
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
