"""Step 6: generated Markdown pages, from the templates in templates/ and nothing else.

Templates are Jinja2 with autoescaping on, so every value from a seed is HTML-escaped. Seed text
only ever lands inside raw HTML blocks, which Markdown passes through untouched: no Markdown,
extension syntax or HTML in a seed can become markup. Links are computed here, so the output
does not depend on the generator's link rewriting.
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import jinja2

from .model import Analysis, Entity, GeneratedFile, Paragraph, Related, SeedProblem, Settings

TEMPLATES = Path(__file__).parent / "templates"
ROLE_NAMES = {
    "title": "headline", "dek": "dek", "masthead": "masthead", "date": "date line",
    "label": "section label", "leftover": "page furniture", "heading": "heading",
}
INDEX_PAGES = {
    "briefings/index.md": ("index.md.j2", "Briefings"),
    "actors.md": ("actors.md.j2", "Actors"),
    "timeline.md": ("timeline.md.j2", "Timeline"),
    "sources.md": ("sources.md.j2", "Sources"),
    "compare.md": ("compare.md.j2", "Compare sources"),
}
MAX_COMPARED = 25  # actors on the comparison page
SENTENCES_PER_SOURCE = 2
MAX_ACTORS = 300


@dataclass(frozen=True)
class Segment:
    text: str
    sentence: int | None  # sentence index, for an anchor; None for text between sentences


def page_path(briefing_id: str) -> str:
    return f"briefings/{briefing_id}.md"


def page_url(path: str, directory_urls: bool) -> str:
    """The site URL of a docs path, as MkDocs forms it."""
    stem = path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")] if directory_urls else stem + ".html"
    return stem + "/" if directory_urls else stem + ".html"


def relative_url(from_path: str, to_path: str, directory_urls: bool) -> str:
    here = page_url(from_path, directory_urls)
    there = page_url(to_path, directory_urls)
    base = here.rstrip("/") if here.endswith("/") else posixpath.dirname(here)
    relative = posixpath.relpath(there or ".", base or ".")
    if there.endswith("/") and not relative.endswith("/"):
        relative += "/"
    return "./" if relative in (".", "./") else relative


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["role_name"] = lambda role: ROLE_NAMES.get(role, "")
    env.globals["segments"] = paragraph_segments
    return env


def render_site(analyses: list[Analysis], related: dict[str, tuple[Related, ...]],
                problems: list[SeedProblem], settings: Settings) -> list[GeneratedFile]:
    env = _environment()
    by_id = {a.id: a for a in analyses}
    files = []
    for analysis in analyses:
        path = page_path(analysis.id)
        page = env.get_template("briefing.md.j2").render(
            a=analysis, related=[(r, by_id[r.target]) for r in related.get(analysis.id, ())],
            sentences={s.index: s for s in analysis.document.sentences},
            link=_linker(path, settings))
        files.append(GeneratedFile(path, page, analysis.metadata.display_title))
    shared = actors(analyses)
    context = {"analyses": analyses, "problems": problems, "actors": shared,
               "timeline": timeline(analyses), "publishers": publishers(analyses),
               "comparisons": comparisons(analyses, shared)}
    for path, (template, title) in INDEX_PAGES.items():
        page = env.get_template(template).render(link=_linker(path, settings), **context)
        files.append(GeneratedFile(path, page, title))
    return files


def _linker(from_path: str, settings: Settings):  # type: ignore[no-untyped-def]
    def link(briefing_id: str, anchor: str = "") -> str:
        url = relative_url(from_path, page_path(briefing_id), settings.use_directory_urls)
        return f"{url}#{anchor}" if anchor else url
    return link


def paragraph_segments(paragraph: Paragraph) -> list[Segment]:
    """A paragraph cut at its sentences' offsets, so each sentence can carry an anchor."""
    segments: list[Segment] = []
    position = 0
    for sentence in paragraph.sentences:
        if sentence.start > position:
            segments.append(Segment(paragraph.text[position:sentence.start], None))
        segments.append(Segment(paragraph.text[sentence.start:sentence.end], sentence.index))
        position = sentence.end
    if position < len(paragraph.text):
        segments.append(Segment(paragraph.text[position:], None))
    return segments


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str
    mentions: int
    briefings: tuple[tuple[str, str, int], ...]  # (briefing id, title, first sentence)
    description: str = ""
    aliases: tuple[str, ...] = ()


def actors(analyses: list[Analysis]) -> list[Actor]:
    """Entities across briefings, merged by id, most widely covered first."""
    found: dict[str, list[tuple[Analysis, Entity]]] = defaultdict(list)
    for analysis in analyses:
        for entity in analysis.entities:
            found[entity.id].append((analysis, entity))
    result = []
    for items in found.values():
        first = items[0][1]
        aliases = sorted({alias for _, e in items for alias in e.aliases} - {first.name})
        result.append(Actor(first.id, first.name, first.type, sum(len(e.mentions) for _, e in items),
                            tuple((a.id, a.metadata.display_title, e.mentions[0].sentence) for a, e in items),
                            first.description, tuple(aliases)))
    result.sort(key=lambda actor: (-len(actor.briefings), -actor.mentions, actor.name))
    return result[:MAX_ACTORS]


@dataclass(frozen=True)
class TimelineEntry:
    value: str
    precision: str
    phrase: str
    sentence_text: str
    sentence: int
    briefing: str
    title: str


def timeline(analyses: list[Analysis]) -> list[TimelineEntry]:
    entries = []
    for analysis in analyses:
        texts = {s.index: s.text for s in analysis.document.sentences}
        for date in analysis.dates:
            if date.value:
                entries.append(TimelineEntry(date.value, date.precision, date.text, texts[date.sentence],
                                             date.sentence, analysis.id, analysis.metadata.display_title))
    unique = {(e.briefing, e.value, e.sentence_text): e for e in reversed(entries)}  # repeated standfirsts
    return sorted(unique.values(), key=lambda e: (e.value, e.briefing, e.sentence))


def publishers(analyses: list[Analysis]) -> list[tuple[str, list[Analysis]]]:
    groups: dict[str, list[Analysis]] = defaultdict(list)
    for analysis in analyses:
        groups[analysis.metadata.publisher.value or ""].append(analysis)
    return sorted(groups.items(), key=lambda kv: (kv[0] == "", kv[0].lower()))


@dataclass(frozen=True)
class SourceView:
    briefing: str
    title: str
    publisher: str | None
    kind: str
    sentences: tuple[tuple[int, str], ...]  # (sentence index, text) that name the actor


@dataclass(frozen=True)
class Comparison:
    actor: str
    type: str
    sources: tuple[SourceView, ...]


def comparisons(analyses: list[Analysis], shared: list[Actor]) -> list[Comparison]:
    """For each actor named by two or more sources, what each source says in the sentences naming it."""
    by_id = {a.id: a for a in analyses}
    result = []
    for actor in shared:
        if len(actor.briefings) < 2:
            continue
        views = []
        for briefing_id, title, _ in actor.briefings:
            analysis = by_id[briefing_id]
            texts = {s.index: s.text for s in analysis.document.sentences}
            entity = next(e for e in analysis.entities if e.id == actor.id)
            indexes = sorted({m.sentence for m in entity.mentions})[:SENTENCES_PER_SOURCE]
            views.append(SourceView(briefing_id, title, analysis.metadata.publisher.value, analysis.kind.kind,
                                    tuple((i, texts[i]) for i in indexes)))
        result.append(Comparison(actor.name, actor.type, tuple(views)))
        if len(result) == MAX_COMPARED:
            break
    return result

