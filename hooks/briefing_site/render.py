"""Step 6: generated Markdown pages, from the templates in templates/ and nothing else.

Templates are Jinja2 with autoescaping on, so every value from a seed is HTML-escaped. Seed text
only ever lands inside raw HTML blocks, which Markdown passes through untouched: no Markdown,
extension syntax or HTML in a seed can become markup. Links are computed here, so the output
does not depend on the generator's link rewriting.
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import jinja2
from markupsafe import escape

from .changes import FIELD_LABELS, describe
from .duplicates import story_of
from .limits import excerpt
from .markdown_text import table_cells
from .model import (
    Analysis,
    Changes,
    CrossSource,
    Difference,
    EntityProfile,
    Event,
    GeneratedFile,
    Network,
    Paragraph,
    Related,
    RoleStatement,
    SeedProblem,
    SentenceRef,
    Settings,
    SkippedFile,
    visible,
)
from .network import build_network
from .structured import PageFile, PageHead, briefing_head, entity_head, home_head
from .template_cache import template_cache
from .timeline import FIRST_PATH as TIMELINE_PAGE
from .timeline import FOLDER as TIMELINE_FOLDER
from .timeline import TimelinePart, pager, timeline_parts
from .urls import page_url

TEMPLATES = Path(__file__).parent / "templates"
ROLE_NAMES = {
    "title": "headline", "dek": "dek", "masthead": "masthead", "date": "date line",
    "label": "section label", "leftover": "page furniture", "heading": "heading", "footnote": "footnote",
}
INDEX_PAGES = {  # path: (template, title)
    "index.md": ("home.md.j2", "Overview"),
    "briefings/index.md": ("index.md.j2", "Briefings"),
    "actors.md": ("actors.md.j2", "Actors"),
    "timeline.md": ("timeline.md.j2", "Timeline"),
    "differences.md": ("differences.md.j2", "Points of difference"),
    "sources.md": ("sources.md.j2", "Sources"),
    "network.md": ("network.md.j2", "Network"),
}
LISTINGS = frozenset(INDEX_PAGES) - {"index.md"}  # pages whose rows repeat the briefings and actor pages
CHANGES_PAGE = "changes.md"  # What changed since the previous build (changes.py); always built, so the nav holds
CHANGES_TITLE = "What changed"
MAX_ACTORS = 300  # rows of the Actors index; every entity with a page is listed
COVERAGE_ROWS = 40  # sources in the home page's coverage table


class Segment(NamedTuple):  # a tuple: one is made for every sentence of every page
    text: str
    sentence: int | None  # sentence index, for an anchor; None for text between sentences


def is_listing(path: str) -> bool:
    """Whether a generated page lists what other pages hold (an index page, a part of the timeline)."""
    return path in LISTINGS or path.startswith(TIMELINE_FOLDER)


def page_path(briefing_id: str) -> str:
    return f"briefings/{briefing_id}.md"


def relative_url(from_path: str, to_path: str, directory_urls: bool) -> str:
    return _relative(_start(from_path, directory_urls), to_path, directory_urls)


# A page's links all start from its folder, and many pages link to the same page: both URLs are
# worked out once each, and a link costs only the walk over their shared folders.
_Folder = tuple[str, tuple[str, ...] | None]  # a URL, and its path components (None: not plain)


@functools.lru_cache(maxsize=4096)
def _start(from_path: str, directory_urls: bool) -> _Folder:
    """The folder a page's relative links start from."""
    here = page_url(from_path, directory_urls)
    base = (here.rstrip("/") if here.endswith("/") else posixpath.dirname(here)) or "."
    return base, _parts(base)


@functools.lru_cache(maxsize=65536)
def _target(to_path: str, directory_urls: bool) -> _Folder:
    there = page_url(to_path, directory_urls)
    return there, _parts(there or ".")


def _relative(start: _Folder, to_path: str, directory_urls: bool) -> str:
    there, there_parts = _target(to_path, directory_urls)
    relative = _relpath(there or ".", there_parts, *start)
    if there.endswith("/") and not relative.endswith("/"):
        relative += "/"
    return "./" if relative in (".", "./") else relative


def _relpath(path: str, path_parts: tuple[str, ...] | None, start: str, start_parts: tuple[str, ...] | None) -> str:
    """posixpath.relpath(path, start), from the paths' components (_parts): relpath makes both
    paths absolute against the working directory first, which cost most of a page's rendering,
    while for relative paths without '..' the working directory is a prefix both share and drops out."""
    if path_parts is None or start_parts is None:
        return posixpath.relpath(path, start)
    common = 0
    for mine, theirs in zip(path_parts, start_parts, strict=False):
        if mine != theirs:
            break
        common += 1
    return "/".join([".."] * (len(start_parts) - common) + list(path_parts[common:])) or "."


def _parts(path: str) -> tuple[str, ...] | None:
    """The components of a relative path as posixpath.normpath leaves them (no '', no '.'); None
    for an absolute path or one with '..', whose normal form depends on the working directory, and
    for '', which relpath refuses."""
    if not path or path.startswith("/"):
        return None
    parts = tuple(part for part in path.split("/") if part and part != ".")
    return None if ".." in parts else parts


@functools.cache
def _environment(cache_dir: Path | None = None) -> jinja2.Environment:
    """The briefing templates' environment; with a cache folder, compiled templates are kept there
    between builds (template_cache.py)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # no stat of the template file per page: hooks/ does not reload under serve either
        bytecode_cache=template_cache(cache_dir),
    )
    env.globals["role_name"] = lambda role: ROLE_NAMES.get(role, "")
    env.globals["segments"] = paragraph_segments
    env.globals["table_rows"] = table_rows
    env.globals["parts_shown"] = pager
    env.globals["role_rows"] = role_rows
    return env


def render_briefing(analysis: Analysis, related: tuple[Related, ...], by_id: dict[str, Analysis],
                    settings: Settings, view: SiteView | None = None) -> GeneratedFile:
    """One briefing's page."""
    path = page_path(analysis.id)
    view = view or SiteView.of(list(by_id.values()), CrossSource())
    link = _linker(path, settings)
    page = _environment(settings.cache_dir).get_template("briefing.md.j2").render(
        a=analysis, related=[(r, by_id[r.target]) for r in related if r.target in by_id],
        sentences={s.index: s for s in analysis.document.sentences}, link=link,
        view=view, across=view.about(analysis.id), timeline_events=settings.timeline_page_events,
        related_links=settings.related_links)  # 0: the maintainer turned them off, and the page says nothing of them
    return PageFile(path, with_previews(page, link.previewed), analysis.metadata.display_title,
                    briefing_head(analysis))


def render_entity(profile: EntityProfile, view: SiteView, settings: Settings) -> GeneratedFile:
    """An entity's page: who or what it is, in every source's words."""
    path = entity_path(profile.id)
    link = _linker(path, settings)
    # An event's sources at most SOURCES_SHOWN: an actor named in every report of an event a thousand
    # sources carry listed all thousand on its page (the Timeline lists them all, once).
    page = _environment(settings.cache_dir).get_template("entity.md.j2").render(
        p=profile, view=view, link=link, sources_shown=SOURCES_SHOWN, timeline_events=settings.timeline_page_events)
    return PageFile(path, with_previews(page, link.previewed), profile.name, entity_head(profile))


def render_unused(problem: SeedProblem, briefing_id: str, settings: Settings) -> GeneratedFile:
    """The page of a seed that could not be used: which file, which step, why, what to do."""
    path = page_path(briefing_id)
    page = _environment(settings.cache_dir).get_template("unused.md.j2").render(p=problem, link=_linker(path, settings))
    return GeneratedFile(path, page, f"Not analysed: {problem.source_file}")


def render_index(path: str, analyses: list[Analysis], problems: list[SeedProblem], skipped: list[SkippedFile],
                 unused_pages: dict[str, str], settings: Settings, view: SiteView | None = None) -> GeneratedFile:
    """One of the pages across briefings (INDEX_PAGES), from what the briefings and the steps
    across them hold. unused_pages: source file -> id of the page of each seed that could not be used."""
    template, title = INDEX_PAGES[path]
    view = view or SiteView.of(analyses, CrossSource())
    link = _linker(path, settings)
    pieces = _environment(settings.cache_dir).get_template(template).generate(
        link=link, view=view, analyses=analyses, problems=problems, skipped=skipped,
        unused_pages=unused_pages, publishers=publishers(analyses) if path == "sources.md" else [],
        max_actors=MAX_ACTORS, coverage_rows=COVERAGE_ROWS, min_sources=settings.entity_page_min_sources,
        **_timeline_part(view.timeline(settings.timeline_page_events)[0], view, settings) if path == TIMELINE_PAGE
        else {})
    # Streamed: the Actors page lists every actor with a page (3,000 rows, 1.7 MB at 1,298 seeds), and
    # made whole, with Jinja's pieces and the previews' copy, it was the late peak of a build.
    return PageFile.streamed(path, _previewed_chunks(pieces, link), title, _index_head(path, view))


def render_timeline_part(part: TimelinePart, parts: Sequence[TimelinePart], view: SiteView,
                         settings: Settings) -> GeneratedFile:
    """A part of the timeline after the first (timeline.py), off the nav; parts: all of them."""
    link = _linker(part.path, settings)
    template = _environment(settings.cache_dir).get_template(INDEX_PAGES[TIMELINE_PAGE][0])
    page = template.render(link=link, view=view, part=part, parts=parts)
    return PageFile(part.path, with_previews(page, link.previewed), f"Timeline: {part.label}")


def _timeline_part(part: TimelinePart, view: SiteView, settings: Settings) -> dict[str, object]:
    return {"part": part, "parts": view.timeline(settings.timeline_page_events)}


def _index_head(path: str, view: SiteView) -> PageHead:
    """The home page is described by its bottom line; the other index pages keep the site's words."""
    overview = view.cross.overview
    if path != "index.md" or overview is None:
        return PageHead()
    return home_head([view.sentence(point.ref) for point in overview.points])


def render_changes(changes: Changes, settings: Settings) -> GeneratedFile:
    """The What changed page: this build against the previous one, or why nothing was compared."""
    link = _linker(CHANGES_PAGE, settings)
    page = _environment(settings.cache_dir).get_template("what-changed.md.j2").render(
        changes=changes, link=link, labels=FIELD_LABELS, describe=describe, visible=visible, feed=link.file("feed.xml"))
    return GeneratedFile(CHANGES_PAGE, with_previews(page, link.previewed), CHANGES_TITLE)


def render_fault(path: str, title: str, reason: str) -> GeneratedFile:
    """A page across briefings that could not be built: it says so, and the rest of the site stands."""
    page = _environment().get_template("fault.md.j2").render(title=title, reason=reason)
    return GeneratedFile(path, page, title)


def entity_path(entity_id: str) -> str:
    return f"actors/{entity_id}.md"


class _Link:
    """URLs relative to the page being rendered: to a briefing (and a sentence), an entity's page.
    Remembers the URLs it gave to other briefings and entity pages, whose links show a preview."""

    def __init__(self, from_path: str, settings: Settings) -> None:
        self.from_path = from_path
        self.directory_urls = settings.use_directory_urls
        self.start = _start(from_path, settings.use_directory_urls)
        self.previewed: set[str] = set()  # as they appear in href="…" (HTML-escaped)

    def __call__(self, briefing_id: str, anchor: str = "") -> str:
        return self._previewed(page_path(briefing_id), anchor)

    def to(self, ref: SentenceRef) -> str:
        return self(ref.briefing, f"s-{ref.sentence}")

    def page(self, path: str) -> str:
        return _relative(self.start, path, self.directory_urls)

    def entity(self, entity_id: str) -> str:
        return self._previewed(entity_path(entity_id))

    def file(self, path: str) -> str:
        """A file of the site that is not a page (feed.xml), relative to this page."""
        return _relpath(path, _parts(path), *self.start)

    def _previewed(self, path: str, anchor: str = "") -> str:
        url = _relative(self.start, path, self.directory_urls)
        url = f"{url}#{anchor}" if anchor else url
        if path != self.from_path:  # a link within the page would preview the page it is on
            self.previewed.add(str(escape(url)))
        return url


# An opening <a> tag of the templates up to its href. Seed text is escaped in template output, so
# every literal "<a " and every '"' inside a tag is the templates' own: the match is exact.
_ANCHOR = re.compile(r'<a (?:[^<>"]*?"[^"]*" )*?href="([^"]*)"')


def _previewed_chunks(pieces: Iterable[str], link: _Link, size: int = 1 << 16) -> Iterator[str]:
    """A template's output, as it is made, in chunks of about `size` characters, each cut after a
    tag that ends a line, and each with its previews (with_previews): no <a> tag spans a cut, since
    every literal '>' is the templates' own, and every link a chunk holds was made, so noted in
    link.previewed, before the chunk is."""
    buffer: list[str] = []
    length = 0
    for piece in pieces:
        buffer.append(piece)
        length += len(piece)
        if length >= size:
            text = "".join(buffer)
            cut = text.rfind(">\n") + 2
            if cut > 1:
                yield with_previews(text[:cut], link.previewed)
                text = text[cut:]
            buffer, length = [text], len(text) - size * (cut <= 1)  # no cut: try again a size later
    yield with_previews("".join(buffer), link.previewed)


def with_previews(page: str, previewed: set[str]) -> str:
    """The page with `data-preview` on each link to another briefing or entity page, which
    Material shows as a preview of that page's opening on hover (what its
    material.extensions.preview Markdown extension does for the links of hand-written pages)."""
    if not previewed:
        return page
    return _ANCHOR.sub(lambda m: m.group() + ' data-preview=""' if m.group(1) in previewed else m.group(), page)


def _linker(from_path: str, settings: Settings) -> _Link:
    return _Link(from_path, settings)


def paragraph_segments(paragraph: Paragraph) -> list[Segment]:
    """A paragraph cut at its sentences' offsets, so each sentence can carry an anchor."""
    segments: list[Segment] = []
    text = paragraph.text  # put together when read (model.Paragraph): once
    position = 0
    for sentence in paragraph.sentences:
        if sentence.start > position:
            segments.append(Segment(text[position:sentence.start], None))
        segments.append(Segment(text[sentence.start:sentence.end], sentence.index))
        position = sentence.end
    if position < len(text):
        segments.append(Segment(text[position:], None))
    return segments


class TableRow(NamedTuple):
    cells: list[str]
    header: bool


def table_rows(text: str) -> list[TableRow]:
    """A Markdown seed's table, as the text step kept it (one row a line); the first row heads it.
    Rows keep the cells they have (not padded to the widest: a seed's one row of 10,000 cells would
    make every row that wide)."""
    rows = [table_cells(line) for line in text.split("\n") if line.strip()]
    return [TableRow(row, index == 0) for index, row in enumerate(rows)]


def publishers(analyses: list[Analysis]) -> list[tuple[str, list[Analysis]]]:
    groups: dict[str, list[Analysis]] = defaultdict(list)
    for analysis in analyses:
        groups[analysis.metadata.publisher.value or ""].append(analysis)
    return sorted(groups.items(), key=lambda kv: (kv[0] == "", kv[0].lower()))


# Other sources a briefing's page names for one story or one event: a story a thousand outlets
# carried would list 999 others on each of its thousand pages, a million links (and the site's
# time and size growing with the square of the story). The rest are counted, and listed whole once:
# on the story's first version (the one the briefings index lists) and on the Timeline.
SOURCES_SHOWN = 8


@dataclass(frozen=True)
class RoleRow:
    """A role an actor is given, and the sources that give it, earliest published first."""

    role: str
    briefings: tuple[str, ...]
    first: str | None  # the earliest and latest publication of those sources that state one
    last: str | None


def role_rows(roles: Sequence[RoleStatement]) -> list[RoleRow]:
    """One row per role however many sources state it: a row per source made 25 rows of "Prime
    Minister" on Tony Blair's page at 927 news articles. Roles in the order the sources first
    give them (a career, where sources are dated), then the most stated first."""
    by_role: dict[str, list[RoleStatement]] = defaultdict(list)
    for statement in roles:
        by_role[statement.role].append(statement)
    rows = []
    for role, stated in by_role.items():
        ordered = sorted(stated, key=lambda r: (r.published is None, r.published or "", r.briefing))
        dates = [r.published for r in ordered if r.published]
        rows.append(RoleRow(role, tuple(dict.fromkeys(r.briefing for r in ordered)),
                            dates[0] if dates else None, dates[-1] if dates else None))
    rows.sort(key=lambda row: (row.first is None, row.first or "", -len(row.briefings), row.role))
    return rows


@dataclass(frozen=True)
class BriefingAcross:
    """What the steps across briefings say about one briefing, for its page."""

    versions: tuple[str, ...]  # other briefings of the same story: all on the first's page, else SOURCES_SHOWN
    events: tuple[Event, ...]  # events it reports that other sources report too
    differences: tuple[Difference, ...]
    more_versions: int = 0  # versions not in `versions`
    first_version: str = ""  # the story's first version, whose page lists every version


# What a briefing's page shows of an event: its own first report, others, how many more
EventShown = tuple[SentenceRef | None, tuple[SentenceRef, ...], int]


def event_reports(event: Event, briefing_id: str, limit: int = SOURCES_SHOWN,
                  firsts: dict[str, SentenceRef] | None = None) -> EventShown:
    """The briefing's first report of the event; the first report of each other source, in report
    order, at most `limit`; and the number of other sources left out (the Timeline lists them all).
    `firsts` is each source's first report, in report order (first_reports), made once for an
    event of many reports (SiteView.event_reports): an event of a thousand reports is on a thousand
    pages, and reading its reports on each made rendering grow with the square of the seeds."""
    firsts = first_reports(event) if firsts is None else firsts
    others: list[SentenceRef] = []
    for source, ref in firsts.items():
        if len(others) == limit:
            break
        if source != briefing_id:
            others.append(ref)
    own = firsts.get(briefing_id)
    return own, tuple(others), len(firsts) - (own is not None) - len(others)


def first_reports(event: Event) -> dict[str, SentenceRef]:
    """Each source of the event -> its first report, in report order."""
    firsts: dict[str, SentenceRef] = {}
    for report in event.reports:
        firsts.setdefault(report.ref.briefing, report.ref)
    return firsts


@dataclass(frozen=True)
class SiteView:
    """Lookups the templates need, made once per build: no template searches a list."""

    by_id: dict[str, Analysis]
    cross: CrossSource
    profiles: dict[str, EntityProfile]
    events: dict[str, Event]
    citations: dict[str, int]  # briefing id -> its number in the overview's list of sources
    # event id -> each source's first report, made once for an event of many reports: each page the
    # event is on reads them (event_reports)
    event_firsts: dict[str, dict[str, SentenceRef]] = field(default_factory=dict)

    @classmethod
    def of(cls, analyses: Sequence[Analysis], cross: CrossSource) -> SiteView:
        cited: dict[str, int] = {}
        for point in cross.overview.points if cross.overview else ():
            for ref in point.support:
                cited.setdefault(ref.briefing, len(cited) + 1)
        return cls({a.id: a for a in analyses}, cross, {p.id: p for p in cross.entities},
                   {e.id: e for e in cross.events}, cited,
                   {e.id: first_reports(e) for e in cross.events if len(e.reports) > SOURCES_SHOWN})

    def event_reports(self, event: Event, briefing_id: str) -> EventShown:
        """event_reports, from each source's first report as made once for the build."""
        return event_reports(event, briefing_id, firsts=self.event_firsts.get(event.id))

    def sentence(self, ref: SentenceRef) -> str:
        """A sentence's text, "" for one that is not there. Looked up in its briefing's sentences,
        which are in index order (a table of every sentence of every briefing held 3 MB more)."""
        analysis = self.by_id.get(ref.briefing)
        return "" if analysis is None else analysis.document.sentence_text(ref.sentence)

    def quote(self, ref: SentenceRef, around: str = "") -> str:
        """The sentence, cut to a readable length around the words that matter."""
        return excerpt(self.sentence(ref), around=around)

    def quote_at(self, briefing_id: str, sentence: int) -> str:
        return self.quote(SentenceRef(briefing_id, sentence))

    def title(self, briefing_id: str) -> str:
        analysis = self.by_id.get(briefing_id)
        return analysis.metadata.display_title if analysis else briefing_id

    def name(self, entity_id: str) -> str:
        profile = self.profiles.get(entity_id)
        return profile.name if profile else entity_id

    def has_page(self, entity_id: str) -> bool:
        profile = self.profiles.get(entity_id)
        return bool(profile and profile.has_page)

    @functools.cached_property
    def pages(self) -> tuple[EntityProfile, ...]:
        return tuple(p for p in self.cross.entities if p.has_page)

    @functools.cached_property
    def _by_briefing(self) -> dict[str, BriefingAcross]:
        versions: dict[str, tuple[str, ...]] = {}
        more: dict[str, int] = {}
        first_of: dict[str, str] = {}
        for group in self.cross.duplicates:
            first, others = group.briefings[0], group.briefings[1:]
            versions[first], first_of[first] = others, first
            for member in others:
                versions[member] = tuple(b for b in group.briefings[:SOURCES_SHOWN + 1] if b != member)[:SOURCES_SHOWN]
                more[member], first_of[member] = len(others) - len(versions[member]), first
        events: dict[str, list[Event]] = defaultdict(list)
        for event in self.cross.events:
            if len(event.sources) > 1:
                for source in event.sources:
                    events[source].append(event)
        differences: dict[str, list[Difference]] = defaultdict(list)
        for difference in self.cross.differences:
            for briefing in difference.briefings:
                differences[briefing].append(difference)
        keys = set(versions) | set(events) | set(differences)
        return {k: BriefingAcross(versions.get(k, ()), tuple(events.get(k, ())), tuple(differences.get(k, ())),
                                  more.get(k, 0), first_of.get(k, "")) for k in keys}

    @functools.cached_property
    def _differences_by_entity(self) -> dict[str, tuple[Difference, ...]]:
        found: dict[str, list[Difference]] = defaultdict(list)
        for difference in self.cross.differences:
            for key in dict.fromkeys(c.entity for c in difference.claims if c.entity):
                found[key].append(difference)
        return {key: tuple(items) for key, items in found.items()}

    def differences_of(self, entity_id: str) -> tuple[Difference, ...]:
        return self._differences_by_entity.get(entity_id, ())

    @functools.cached_property
    def _shown_as(self) -> dict[str, str]:
        """Each version of a story that is not shown in the index -> the briefing that is."""
        return story_of(self.cross.duplicates)

    def timeline(self, per_page: int) -> tuple[TimelinePart, ...]:
        """The timeline's pages (timeline.py), per_page events each: the first is the Timeline page."""
        found = self._timelines.get(per_page)
        if found is None:
            found = self._timelines[per_page] = timeline_parts(self.cross.events, per_page)
        return found

    @functools.cached_property
    def _timelines(self) -> dict[int, tuple[TimelinePart, ...]]:
        return {}

    @functools.cached_property
    def network(self) -> Network:
        """The main actors and the briefings linking them, laid out (network.py): arranged from the
        profiles, once per build, for the Network page."""
        return build_network(self.cross.entities, list(self.by_id), frozenset(self._shown_as))

    def stories(self, briefing_ids: Sequence[str]) -> int:
        """How many independent stories these briefings are: versions of one story count once."""
        return len({self._shown_as.get(b, b) for b in briefing_ids})

    def listed(self, briefing_id: str) -> bool:
        """Whether the briefings index lists it (a version of a story is listed with the first)."""
        return briefing_id not in self._shown_as

    def about(self, briefing_id: str) -> BriefingAcross:
        return self._by_briefing.get(briefing_id, BriefingAcross((), (), ()))

    def event_page(self, event_id: str, per_page: int) -> str:
        """The docs path of the Timeline's part that lists the event ("" for none)."""
        found = self._event_pages.get(per_page)
        if found is None:
            found = self._event_pages[per_page] = {e.id: part.path for part in self.timeline(per_page)
                                                   for e in (*part.dated, *part.undated)}
        return found.get(event_id, "")

    @functools.cached_property
    def _event_pages(self) -> dict[int, dict[str, str]]:
        return {}
