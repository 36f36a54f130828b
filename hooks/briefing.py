"""MkDocs hooks: wire build events to the briefing pipeline, and nothing else.

on_config validates extra.briefing; on_files runs the pipeline and adds its pages as virtual
files, kept compressed (nothing is written into docs/ or seeds/); on_page_markdown gives generated
pages their escaped titles, descriptions and schema.org data (structured.py; overrides/main.html
prints them in <head>) and hands Markdown only their headings; on_page_context puts their HTML
blocks back (lean.py) as each page is rendered, and fills the many briefing and actor pages from
a frame of the theme's template (briefing_pages.py); on_post_page lets their HTML go. The last
build's site is written over rather than deleted and made again (briefing_output.py: on_pre_build
sets it aside, the files event puts it back, on_post_build deletes what was not made again). Sibling
modules are imported here at the top: MkDocs puts hooks/ on sys.path only while this module is
first imported.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from pathlib import Path

import jinja2
from briefing_config import load_settings
from briefing_output import KeptSite, UnwrittenPages
from briefing_pages import (
    FRAME_SOURCE,
    FRAME_TEMPLATE,
    FRAME_VARIABLE,
    Frames,
    PackedFile,
    SkeletonMemo,
    is_item_page,
)
from briefing_search import SearchMemo, plugin_entries
from briefing_site import lean
from briefing_site.cache import part_folder
from briefing_site.isolated import build_site  # the pipeline's, in a child process when it can be
from briefing_site.model import Settings, SiteBuild, pack, unpack, visible
from briefing_site.search_trim import search_html, trim_index
from briefing_site.structured import PageHead, script_json
from briefing_site.template_cache import template_cache
from briefing_site.urls import page_url
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

log = logging.getLogger("mkdocs.plugins.briefing")
_settings: Settings | None = None
_titles: dict[str, str] = {}
_heads: dict[str, PageHead] = {}  # docs path -> what a generated page's <head> says about it
_generated: set[str] = set()  # docs paths of the pages the pipeline made
_full_view: dict[str, str] = {}  # page -> its whole HTML while the search plugin reads the part
_sources: dict[str, str] = {}  # page -> its skeleton, read as its source (on_page_read_source)
_read_as_skeleton: set[str] = set()  # pages whose source MkDocs read is their skeleton
_skeletons = SkeletonMemo()  # briefing_pages.py: Markdown's work and the theme's, once per kind of page
_frames = Frames()
_env: jinja2.Environment | None = None
_search_memo = SearchMemo()  # briefing_search.py: the search plugin's entries for generated pages, kept
_serving = False  # `mkdocs serve`: analyses are kept in memory between its rebuilds
_dirty = False  # `--dirty`: MkDocs cleans nothing, so the old site is not kept either
_kept_site = KeptSite()  # briefing_output.py: the last build's files written over, not deleted
# briefing_output.py: pages whose old file held them, not written again (MkDocs' notice of each, unsaid)
_unwritten = UnwrittenPages.installed(logging.getLogger("mkdocs.commands.build"))
# What MkDocs and its search plugin write besides the files of the build's Files.
_OTHER_OUTPUTS = ("404.html", "sitemap.xml", "sitemap.xml.gz", "search/search_index.json")


def on_startup(command: str, dirty: bool) -> None:
    global _serving, _dirty
    _serving = command == "serve"
    _dirty = dirty


def on_pre_build(config: MkDocsConfig) -> None:
    """The last build's site set aside before MkDocs empties the folder (briefing_output.py)."""
    _unwritten.clear()
    if not _dirty:
        _kept_site.set_aside(config.site_dir)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _settings
    _warnings_counted(config.strict)
    _settings = load_settings(config.extra, config.config_file_path, config.use_directory_urls,
                              site_name=config.site_name, site_url=config.site_url,
                              docs_dir=config.docs_dir, site_dir=config.site_dir)
    return config


def _warnings_counted(strict: bool) -> None:
    """`--quiet` sets MkDocs' logger to ERROR, so the warnings that name a bad seed would reach
    neither the screen nor strict mode's counter, and `mkdocs build -q --strict` would pass with
    them (mkdocs/mkdocs#4126). In strict mode this logger keeps its warnings: they fail the build
    as strict mode says, and are shown, since they are why it failed."""
    quiet = not logging.getLogger("mkdocs").isEnabledFor(logging.WARNING)
    log.setLevel(logging.WARNING if strict and quiet else logging.NOTSET)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    _kept_site.put_back()  # MkDocs' cleaning is done, and nothing is written yet
    if _settings is None:
        raise PluginError("briefing: on_config did not run")
    build = build_site(_settings, remember=_serving)
    _titles.clear()
    _heads.clear()
    _generated.clear()
    _skeletons.clear()
    _frames.clear()
    _sources.clear()
    _read_as_skeleton.clear()
    _search_memo.open(part_folder(_settings) if plugin_entries(config) is not None else None)
    for generated in build.files:
        if files.get_file_from_path(generated.path) is not None:
            raise PluginError(f"briefing: docs/{generated.path} would hide a generated page; rename it")
        files.append(PackedFile.of(config, generated.path, generated.stored))
        _generated.add(generated.path)
        if generated.title is not None:
            _titles[generated.path] = generated.title
        if (skeleton := getattr(generated, "skeleton", None)) is not None:  # structured.PageFile
            _sources[generated.path] = skeleton
        head = getattr(generated, "head", None)  # structured.PageFile
        if isinstance(head, PageHead):
            _heads[generated.path] = head
    report(build)
    return files


def report(build: SiteBuild) -> None:
    """One log line per event: each problem a warning naming the seed and step (fails --strict),
    each skipped file an info line, then the counts. Seed-controlled text is already made visible
    (model.visible): no file name can start a line of its own or send a terminal escape."""
    for problem in build.problems:
        log.warning(problem.describe())
        if problem.detail:
            log.debug(visible(problem.detail))  # the traceback, for `mkdocs build --verbose`
    for fault in build.faults:
        log.warning(visible(f"briefing: {fault.message}"))
        if fault.detail:
            log.debug(visible(fault.detail))
    for skipped in build.skipped:
        log.info(f"briefing: {skipped.describe()}")
    if build.pages_made + build.unused != build.seeds_found:
        raise PluginError(f"briefing: {build.seeds_found} seed files found but {build.pages_made} briefings "
                          f"and {build.unused} unused seeds accounted for")
    log.debug("briefing: seconds per step: " + ", ".join(f"{step} {seconds:.2f}" for step, seconds in build.seconds))
    kept = len(build.problems) - build.unused
    log.info(f"briefing: {build.seeds_found} seed files found, {build.pages_made} briefings made, "
             f"{build.unused} could not be used, {kept} built with a warning, {len(build.skipped)} skipped")


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder: Callable[[], None]) -> LiveReloadServer:
    # The seeds folder may come from BRIEFING_SEEDS, so watch the folder actually used.
    if _settings is not None:
        server.watch(str(_settings.seeds_dir))
        if _settings.entities_file is not None:
            server.watch(str(_settings.entities_file))
    return server


def on_page_read_source(page: Page, config: MkDocsConfig) -> str | None:
    """A generated page's skeleton (lean.py) as its source, when the pipeline made it: MkDocs would
    decompress the whole page, look for front matter in all of it and hand it to on_page_markdown,
    only for the skeleton to be cut out of it; the blocks are read once, when the page is
    rendered (_page_filled). Every other page is read as MkDocs reads it (None)."""
    skeleton = _sources.pop(page.file.src_uri, None)
    if skeleton is None or os.environ.get("BRIEFING_SKELETONS") == "off":  # off: as MkDocs reads (tests)
        return None
    _read_as_skeleton.add(page.file.src_uri)
    return skeleton


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    title = _titles.get(page.file.src_uri)
    if title is not None:
        # Themes print the title unescaped into <title>, the nav and meta tags: escape it here.
        page.meta["title"] = Markup.escape(title)
    head = _heads.get(page.file.src_uri)
    if head is not None:
        describe(page, head)
    if page.file.src_uri in _generated:
        # The blocks are taken again when the page is rendered (_page_filled).
        skeleton = markdown if page.file.src_uri in _read_as_skeleton else lean.skeleton(markdown)
        if is_item_page(page.file.src_uri) and os.environ.get("BRIEFING_FRAMES") != "off":
            _skeletons.prepare(page, skeleton)
            page.meta["template"] = FRAME_TEMPLATE  # main.html's page, from a frame (_framed_page)
        return skeleton
    return markdown


def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    """The template of framed pages: it prints the page _framed_page made (see briefing_pages.py)."""
    global _env
    env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({FRAME_TEMPLATE: FRAME_SOURCE}), env.loader])
    if _settings is not None:  # the theme's templates compiled once, not every build (template_cache.py)
        env.bytecode_cache = template_cache(_settings.cache_dir)
    _env = env
    # Every file is known and none is written yet: an old file or folder in the way of one goes.
    _kept_site.make_way([*(file.dest_uri for file in files), *_OTHER_OUTPUTS])
    return env


def describe(page: Page, head: PageHead) -> None:
    """The page's description and schema.org data, for Material's <meta name="description"> and
    overrides/main.html. The theme prints meta values unescaped, so they are escaped here; the
    JSON-LD is already safe inside <script> (structured.script_json)."""
    if head.description:
        page.meta["description"] = Markup.escape(head.description)
    page.meta["og_type"] = head.og_type
    if head.json_ld:
        page.meta["json_ld"] = Markup(script_json(json.loads(head.json_ld), page.canonical_url))


@event_priority(-100)  # after every plugin's: the page as MkDocs would write it
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """A generated page's HTML is let go once the page is written: MkDocs would keep every page's
    HTML to the end of the build, and on a large site most of them are generated (memory). A page
    whose old file holds exactly what MkDocs would write is not written again (briefing_output.py):
    MkDocs writes no page whose output is empty."""
    if page.file.src_uri in _generated:
        page.content = None
    if output.strip() and _kept_site.holds(page.file.abs_dest_path, output.encode("utf-8", "xmlcharrefreplace")):
        _unwritten.add(page.file.src_uri)
        return ""
    return output


@event_priority(100)  # before the search plugin writes its index
def _entries_trimmed(config: MkDocsConfig) -> None:
    """Material's search plugin: its entries of generated pages trimmed (search_trim.py) before it
    writes them, rather than its index read back, trimmed and written again (6 MB of JSON parsed
    at 1,298 seeds, the peak of MkDocs' process at the end of a build)."""
    entries = plugin_entries(config)
    if entries is not None:  # each entry's keys in one order, whether the plugin made it or the memo kept it
        kept = trim_index({"docs": entries}, _generated_urls(config))["docs"] if _generated else entries
        entries[:] = [dict(sorted(entry.items())) for entry in kept]


@event_priority(-100)  # after every plugin's
def _build_finished(config: MkDocsConfig) -> None:
    log.debug(f"briefing: {len(_read_as_skeleton)} pages read as their skeleton, {_frames.framed} pages filled "
              f"from a frame, {_search_memo.reused} pages' search entries kept from the last build, "
              f"{len(_unwritten.pages)} pages not written again (their files held them)")
    _search_memo.save()
    if plugin_entries(config) is None:  # not Material's search plugin: its index is trimmed once written
        _search_trimmed(config)
    # Last: every file of the build is written.
    log.debug(f"briefing: {_kept_site.sweep()} files of the last build's site deleted (not made again)")


on_post_build = CombinedEvent(_entries_trimmed, _build_finished)


def _search_trimmed(config: MkDocsConfig) -> None:
    """Another search plugin than Material's: the index it has just written, trimmed (search_trim.py)
    and written back as MkDocs' own plugin writes it, so builds stay reproducible."""
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.is_file() or not _generated:
        return
    index = trim_index(json.loads(path.read_text(encoding="utf-8")), _generated_urls(config))
    path.write_text(json.dumps(index, sort_keys=True, separators=(",", ":"), default=str), encoding="utf-8")


def _generated_urls(config: MkDocsConfig) -> set[str]:
    """The URLs of the generated pages, as the search index's locations give them (no anchor)."""
    return {page_url(p, config.use_directory_urls) for p in _generated if p.endswith(".md")}


def on_build_error(error: Exception) -> None:
    """A failed build leaves no file of the last build it did not write (as cleaning would)."""
    _kept_site.sweep()


# A generated page's blocks go back into its HTML only when the page is rendered, not when Markdown
# is done with it: MkDocs converts every page before it renders any, and would hold every page's
# whole HTML at once (the file keeps the page compressed: briefing_pages.PackedFile). The search
# plugin (priority 0) parses every page's HTML, a quarter of a large build: for a generated page
# it reads only the sections the index keeps, or nothing when the entries it made for exactly
# those last time are kept (briefing_search.py); the page gets its whole HTML back before the
# theme renders it.
@event_priority(50)
def _page_filled(context: TemplateContext, page: Page, config: MkDocsConfig, nav: Navigation) -> TemplateContext:
    if page.file.src_uri in _generated and page.file.src_uri.endswith(".md"):
        packed = page.file.packed if isinstance(page.file, PackedFile) else pack(page.file.content_string)
        _, blocks = lean.split(unpack(packed))
        skeleton_html = page.content or ""
        whole = lean.fill(skeleton_html, blocks)
        _full_view[page.file.src_uri] = whole
        entries = plugin_entries(config)
        # The part of the page to index is cut only for a plugin that will read it: not when the
        # search memo hands Material's plugin the entries it made of exactly this page last time.
        if entries is None or not _search_memo.before(page, entries, (skeleton_html, packed)):
            page.content = search_html(whole, page.file.src_uri)
    return context


@event_priority(-50)
def _page_shows_all(context: TemplateContext, page: Page, config: MkDocsConfig, nav: Navigation) -> TemplateContext:
    if (entries := plugin_entries(config)) is not None:
        _search_memo.after(page, entries)
    whole = _full_view.pop(page.file.src_uri, None)
    if whole is not None:
        page.content = whole
    return context


# Last, when the context is what the theme would render: the page from its kind's frame, or from
# Material's main.html as usual (briefing_pages.Frames), for FRAME_TEMPLATE to print.
@event_priority(-100)
def _framed_page(context: TemplateContext, page: Page, config: MkDocsConfig, nav: Navigation) -> TemplateContext:
    if page.meta.get("template") == FRAME_TEMPLATE and _env is not None:
        main = _env.get_template("main.html")
        context[FRAME_VARIABLE] = Markup(_frames.render(main.render, context, page))  # type: ignore[literal-required]
    return context


on_page_context = CombinedEvent(_page_filled, _page_shows_all, _framed_page)
