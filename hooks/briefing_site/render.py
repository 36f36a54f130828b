"""Step 6: generated Markdown pages, from the templates in templates/ and nothing else.

Templates are Jinja2 with autoescaping on, so every value from a seed is HTML-escaped. Seed text
only ever lands inside raw HTML blocks, which Markdown passes through untouched: no Markdown,
extension syntax or HTML in a seed can become markup. Links are computed here, so the output
does not depend on the generator's link rewriting.
"""

from __future__ import annotations

import functools
import posixpath
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import jinja2

from .limits import excerpt
from .model import Analysis, Entity, GeneratedFile, Paragraph, Related, SeedProblem, Settings, SkippedFile

TEMPLATES = Path(__file__).parent / "templates"
ROLE_NAMES = {
    "title": "headline", "dek": "dek", "masthead": "masthead", "date": "date line",
    "label": "section label", "leftover": "page furniture", "heading": "heading",
}
INDEX_PAGES = {  # path: (template, title)
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


@functools.cache
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


def render_briefing(analysis: Analysis, related: tuple[Related, ...], by_id: dict[str, Analysis],
                    settings: Settings) -> GeneratedFile:
    """One briefing's page."""
    path = page_path(analysis.id)
    page = _environment().get_template("briefing.md.j2").render(
        a=analysis, related=[(r, by_id[r.target]) for r in related],
        sentences={s.index: s for s in analysis.document.sentences}, link=_linker(path, settings))
    return GeneratedFile(path, page, analysis.metadata.display_title)


def render_unused(problem: SeedProblem, briefing_id: str, settings: Settings) -> GeneratedFile:
    """The page of a seed that could not be used: which file, which step, why, what to do."""
    path = page_path(briefing_id)
    page = _environment().get_template("unused.md.j2").render(p=problem, link=_linker(path, settings))
    return GeneratedFile(path, page, f"Not analysed: {problem.source_file}")


def render_index(path: str, analyses: list[Analysis], problems: list[SeedProblem], skipped: list[SkippedFile],
                 unused_pages: dict[str, str], settings: Settings) -> GeneratedFile:
    """One of the pages across briefings (INDEX_PAGES), from what the briefings hold.
    unused_pages: source file -> id of the page of each seed that could not be used."""
    template, title = INDEX_PAGES[path]
    shared = actors(analyses) if path in ("actors.md", "compare.md") else []
    context = {
        "analyses": analyses, "problems": problems, "skipped": skipped, "unused_pages": unused_pages,
        "actors": shared,
        "comparisons": comparisons(analyses, shared) if path == "compare.md" else [],
        "timeline": timeline(analyses) if path == "timeline.md" else [],
        "publishers": publishers(analyses) if path == "sources.md" else [],
    }
    page = _environment().get_template(template).render(link=_linker(path, settings), **context)
    return GeneratedFile(path, page, title)


def render_fault(path: str, reason: str) -> GeneratedFile:
    """An index page that could not be built: it says so, and the rest of the site stands."""
    title = INDEX_PAGES[path][1]
    page = _environment().get_template("fault.md.j2").render(title=title, reason=reason)
    return GeneratedFile(path, page, title)


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
                entries.append(TimelineEntry(date.value, date.precision, date.text,
                                             excerpt(texts[date.sentence], around=date.text),
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
                                    tuple((i, excerpt(texts[i], around=_mention_in(entity, i))) for i in indexes)))
        result.append(Comparison(actor.name, actor.type, tuple(views)))
        if len(result) == MAX_COMPARED:
            break
    return result


def _mention_in(entity: Entity, sentence: int) -> str:
    """The words naming the entity in a sentence (an excerpt is centred on them)."""
    return next((m.text for m in entity.mentions if m.sentence == sentence), entity.name)
