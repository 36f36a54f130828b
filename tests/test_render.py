"""Step 6: generated pages: computed links, and seed text that can never become markup."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from pathlib import Path

import markdown
import pytest
from briefing_site.knowledge import load_knowledge
from briefing_site.linking import related_briefings
from briefing_site.model import GeneratedFile, RawSeed, SeedProblem, Settings
from briefing_site.pipeline import analyse
from briefing_site.render import page_url, paragraph_segments, relative_url
from briefing_site.text import read_document
from conftest import render_all, with_ids

# Tags the templates in hooks/briefing_site/templates/ write; nothing else may appear.
ALLOWED_TAGS = {
    "a", "bdi", "code", "dd", "details", "div", "dl", "dt", "em", "h1", "h2", "h3", "li", "ol", "p", "q",
    "section", "span", "strong", "summary", "table", "tbody", "td", "th", "thead", "time", "tr", "ul",
    # the Network page's drawing (network.md.j2)
    "figure", "svg", "title", "desc", "g", "line", "circle", "text", "tspan",
}
ALLOWED_ATTRIBUTES = {"class", "id", "href", "datetime", "aria-label", "rel", "role", "tabindex", "scope", "title",
                      "value", "colspan", "data-preview", "data-search-exclude",
                      # the Network page's drawing
                      "xmlns", "viewbox", "aria-labelledby", "aria-describedby", "x", "y", "x1", "y1", "x2", "y2", "cx",
                      "cy", "r", "dy", "text-anchor"}
TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][\w:-]*)([^>]*)>")
ATTRIBUTE = re.compile(r"""([^\s=/]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)|([^\s=/]+)""")

HOSTILE = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    '{: onclick="x"}',
    '--8<-- "/etc/passwd"',
    "{{ 7*7 }}",
    "<img src=x onerror=alert(1)>",
]
SEED_TEXT = """Hostile <script>alert(1)</script> headline

Officials said <script>alert(1)</script> was found in Baghdad on Dec. 26, 2024.
See [x](javascript:alert(1)) for more, the minister said.
{: onclick="x"}
--8<-- "/etc/passwd"

The template {{ 7*7 }} and {% raw %} tags said "<b>bold</b> words here" loudly, officials said.
<img src=x onerror=alert(1)> appeared in Türkiye on Thursday, the ministry said.
"""


# page_url / relative_url -------------------------------------------------------------------------


@pytest.mark.parametrize("path, directory, expected", [
    ("index.md", True, ""),
    ("briefings/index.md", True, "briefings/"),
    ("actors.md", True, "actors/"),
    ("briefings/x.md", True, "briefings/x/"),
    ("actors.md", False, "actors.html"),
    ("briefings/x.md", False, "briefings/x.html"),
])
def test_page_url(path: str, directory: bool, expected: str) -> None:
    assert page_url(path, directory) == expected


def test_page_url_index_without_directory_urls() -> None:
    assert page_url("briefings/index.md", False) == "briefings/index.html"


@pytest.mark.parametrize("source, target, expected", [
    ("briefings/x.md", "briefings/y.md", "../y/"),
    ("briefings/index.md", "briefings/y.md", "y/"),
    ("actors.md", "briefings/y.md", "../briefings/y/"),
    ("timeline.md", "briefings/y.md", "../briefings/y/"),
    ("briefings/x.md", "actors.md", "../../actors/"),
    ("briefings/x.md", "briefings/x.md", "./"),
    ("index.md", "briefings/index.md", "briefings/"),
    ("briefings/x.md", "briefings/index.md", "../"),
])
def test_relative_url_directory_urls(source: str, target: str, expected: str) -> None:
    assert relative_url(source, target, True) == expected


@pytest.mark.parametrize("source, target, expected", [
    ("briefings/x.md", "briefings/y.md", "y.html"),
    ("briefings/index.md", "briefings/y.md", "y.html"),
    ("briefings/x.md", "actors.md", "../actors.html"),
    ("briefings/x.md", "briefings/x.md", "x.html"),
])
def test_relative_url_plain_urls(source: str, target: str, expected: str) -> None:
    assert relative_url(source, target, False) == expected


@pytest.mark.parametrize("source", ["actors.md", "timeline.md", "sources.md"])
def test_relative_url_plain_urls_from_top_level_page(source: str) -> None:
    assert relative_url(source, "briefings/y.md", False) == "briefings/y.html"


_PATHS = ["index.md", "actors.md", "changes.md", "briefings/index.md", "briefings/x.md", "briefings/y.md",
          "actors/a.md", "a/b/c.md", "a/b/index.md", "a/index.md", "a//b.md", "./a.md", "a/./b.md", "../a.md",
          "a/../b.md", "/a.md", "/index.md", "x.y.md", "...md", "a/.../b.md", "..md", "a/..md"]


def _posix_relative_url(from_path: str, to_path: str, directory_urls: bool) -> str:
    """relative_url as it was, on posixpath.relpath: the fast version must give the same for all."""
    here, there = page_url(from_path, directory_urls), page_url(to_path, directory_urls)
    base = here.rstrip("/") if here.endswith("/") else posixpath.dirname(here)
    relative = posixpath.relpath(there or ".", base or ".")
    if there.endswith("/") and not relative.endswith("/"):
        relative += "/"
    return "./" if relative in (".", "./") else relative


@pytest.mark.parametrize("directory", [True, False])
def test_relative_url_is_posix_relpath_for_every_pair(directory: bool) -> None:
    for source in _PATHS:
        for target in _PATHS:
            expected = _posix_relative_url(source, target, directory)
            assert relative_url(source, target, directory) == expected, (source, target)


# render_site -------------------------------------------------------------------------------------


def _render(tmp_path: Path, use_directory_urls: bool = True, related_links: int = 5) -> list[GeneratedFile]:
    settings = Settings(seeds_dir=tmp_path, use_directory_urls=use_directory_urls, related_links=related_links)
    knowledge = load_knowledge(None)
    seeds = [
        RawSeed("hostile <b>.txt", SEED_TEXT, "0" * 64, "utf-8", {}, "", 1),
        RawSeed("calm.txt", "Border talks in Baghdad\n\nOfficials from Türkiye met in Baghdad on Monday, "
                "the ministry said. They agreed to meet again.\n", "1" * 64, "utf-8", {}, "", 1),
    ]
    analyses, _ = with_ids([analyse(raw, settings, knowledge) for raw in seeds])
    problems = [SeedProblem("bad <script>.txt", "is <i>broken</i>", 2, "fix <it>")]
    return render_all(analyses, related_briefings(analyses, related_links), problems, settings)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, GeneratedFile]:
    return {f.path: f for f in _render(tmp_path_factory.mktemp("seeds"))}


def test_render_site_makes_the_expected_pages(pages: dict[str, GeneratedFile]) -> None:
    assert {p for p in pages if not p.startswith("actors/")} == {
        "briefings/hostile-b.md", "briefings/calm.md", "briefings/index.md", "index.md",
        "actors.md", "timeline.md", "sources.md", "differences.md", "network.md"}
    assert pages["briefings/hostile-b.md"].title == "Hostile <script>alert(1)</script> headline"
    assert pages["actors.md"].title == "Actors"


def test_with_related_links_off_a_page_says_nothing_of_them(tmp_path: Path,
                                                             pages: dict[str, GeneratedFile]) -> None:
    """related_links: 0 is the maintainer's choice: every page said no other briefing shared enough."""
    assert "## Related briefings" in pages["briefings/calm.md"].content
    for page in (f for f in _render(tmp_path, related_links=0) if f.path.startswith("briefings/")):
        assert "Related briefings" not in page.content and "shares enough" not in page.content


def test_hostile_text_is_escaped_not_markup(pages: dict[str, GeneratedFile]) -> None:
    page = pages["briefings/hostile-b.md"].content
    for needle in HOSTILE:
        if any(c in needle for c in "<>\""):
            assert needle not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "{: onclick=&#34;x&#34;}" in page
    assert "--8&lt;-- &#34;/etc/passwd&#34;" in page
    assert "{{ 7*7 }}" in page and "49" not in page
    assert "{% raw %}" in page


def test_escaped_problems_on_the_index(pages: dict[str, GeneratedFile]) -> None:
    index = pages["briefings/index.md"].content
    assert "<script>" not in index and "<i>" not in index
    assert "bad &lt;script&gt;.txt:2" in index
    assert "is &lt;i&gt;broken&lt;/i&gt;" in index


def _tags(content: str) -> list[tuple[str, str]]:
    return [(m.group(2).lower(), m.group(3)) for m in TAG.finditer(content)]


def test_only_template_tags_and_attributes_appear(pages: dict[str, GeneratedFile]) -> None:
    for path, page in pages.items():
        tags = _tags(page.content)
        assert tags, path
        assert {name for name, _ in tags} <= ALLOWED_TAGS, path
        for _, attributes in tags:
            names = {(m.group(1) or m.group(2)).lower() for m in ATTRIBUTE.finditer(attributes)}
            assert names <= ALLOWED_ATTRIBUTES, (path, attributes)


def test_links_are_fragments_or_relative(pages: dict[str, GeneratedFile]) -> None:
    for path, page in pages.items():
        for href in re.findall(r'href="([^"]*)"', page.content):
            assert href.startswith("#") or not re.match(r"^[a-z][a-z0-9+.-]*:|^/", href), (path, href)


def test_seed_text_only_lands_inside_html_blocks(pages: dict[str, GeneratedFile]) -> None:
    """Markdown must not see seed text: every line holding it starts with an HTML tag."""
    for path, page in pages.items():
        for line in page.content.splitlines():
            if "javascript:" in line or "{{ 7*7 }}" in line:
                assert line.startswith("<"), (path, line)


def test_rendered_html_has_no_hostile_markup(pages: dict[str, GeneratedFile]) -> None:
    """Through Python-Markdown with the site's extensions, the seed text is still only text."""
    for path, page in pages.items():
        html = markdown.markdown(page.content, extensions=["toc", "attr_list"])
        assert "<script" not in html and "<img" not in html and "<b>" not in html, path
        assert 'href="javascript:' not in html and 'onclick="' not in html, path
        assert "onerror=alert(1)>" not in html, path
        names = {name for name, _ in _tags(html)}
        assert names <= ALLOWED_TAGS | {"a"}, (path, names - ALLOWED_TAGS)


def test_sentence_anchors_match_paragraph_segments() -> None:
    document = read_document("Talks ended. ERBIL - Officials left.\n\nA heading here\n")
    paragraph = document.paragraphs[0]
    segments = paragraph_segments(paragraph)
    assert "".join(s.text for s in segments) == paragraph.text
    assert [s.sentence for s in segments if s.sentence is not None] == [0, 1]
    heading = paragraph_segments(read_document("Intro words\n\nBody text here.\n").paragraphs[0])
    assert [(s.text, s.sentence) for s in heading] == [("Intro words", None)]


def test_links_between_pages_use_the_url_style(tmp_path: Path) -> None:
    pages = {f.path: f for f in _render(tmp_path, use_directory_urls=True)}
    assert 'href="../briefings/calm/"' in pages["actors.md"].content
    assert 'href="calm/"' in pages["briefings/index.md"].content
    assert 'href="../../briefings/calm/#s-' in pages["actors/baghdad.md"].content
    assert 'href="../../actors/baghdad/"' in pages["briefings/calm.md"].content
    plain = {f.path: f for f in _render(tmp_path, use_directory_urls=False)}
    assert 'href="calm.html"' in plain["briefings/index.md"].content
    assert 'href="../briefings/calm.html#s-' in plain["actors/baghdad.md"].content
    assert 'href="../actors/baghdad.html"' in plain["briefings/calm.md"].content


@pytest.mark.parametrize("size", [1, 7, 40, 1 << 16])
def test_a_page_made_in_chunks_has_the_previews_of_the_page_made_whole(size: int) -> None:
    from briefing_site import render
    settings = Settings(seeds_dir=Path("seeds"))

    def pieces(link: render._Link) -> Iterator[str]:  # as a template makes them: a tag in pieces, rows ending lines
        for number in range(30):
            yield '<tr><td><a class="x" href="'
            yield link.entity(f"e{number}") if number % 3 else link.page("network.md")
            yield f'">Actor {number}</a></td>\n'
            yield "<td>text with no tag</td></tr>\n" if number % 4 else "<td>a long cell " + "x" * 50 + "</td>"

    made_whole = render._linker("actors.md", settings)  # each its own: a chunk's links are noted as it is made
    whole = render.with_previews("".join(pieces(made_whole)), made_whole.previewed)
    in_chunks = render._linker("actors.md", settings)
    chunks = list(render._previewed_chunks(pieces(in_chunks), in_chunks, size))
    assert "".join(chunks) == whole and whole.count('data-preview=""') == 20
    assert all(chunk.endswith(">\n") for chunk in chunks[:-1])
    if size == 40:
        assert len(chunks) > 10


def test_an_index_page_streamed_keeps_its_title_and_head(tmp_path: Path) -> None:
    from briefing_site import render
    file = render.render_index("actors.md", [], [], [], {}, Settings(seeds_dir=tmp_path))
    assert file.title == "Actors" and file.head is not None
    assert file.content.startswith("# Actors") and "</table>" in file.content


def test_event_reports_gives_this_briefings_report_a_few_others_and_the_count_left_out() -> None:
    from briefing_site.model import Event, EventReport, SentenceRef
    from briefing_site.render import event_reports

    def report(briefing: str, sentence: int) -> EventReport:
        return EventReport(SentenceRef(briefing, sentence), "12 March 2024", "2024-03-12", "day", "reported")

    event = Event("e", "2024-03-12", "day", "signed", (), (), tuple(
        report(b, s) for b, s in (("a", 0), ("b", 3), ("b", 4), ("me", 7), ("c", 1), ("me", 9), ("d", 2), ("e", 5))))
    here, shown, more = event_reports(event, "me", limit=2)
    assert here == SentenceRef("me", 7) and shown == (SentenceRef("a", 0), SentenceRef("b", 3)) and more == 3
    assert event_reports(event, "me", limit=10)[1:] == ((SentenceRef("a", 0), SentenceRef("b", 3), SentenceRef("c", 1),
                                                        SentenceRef("d", 2), SentenceRef("e", 5)), 0)
    assert event_reports(event, "zz", limit=4) == (None, tuple(report.ref for report in event.reports
                                                               if report.ref.sentence in (0, 3, 7, 1)), 2)


def test_role_rows_group_sources_by_role_most_stated_first_when_undated() -> None:
    from briefing_site.model import RoleStatement
    from briefing_site.render import role_rows

    rows = role_rows([RoleStatement("Labour leader", "b", None), RoleStatement("Prime Minister", "c", None),
                      RoleStatement("Prime Minister", "a", None), RoleStatement("Prime Minister", "a", None)])
    assert [(r.role, r.briefings, r.first) for r in rows] == [("Prime Minister", ("a", "c"), None),
                                                              ("Labour leader", ("b",), None)]
    dated = role_rows([RoleStatement("Prime Minister", "c", "2005-01-02"), RoleStatement("Chancellor", "d", None),
                       RoleStatement("Chancellor", "e", "1999-05-01")])
    assert [(r.role, r.first, r.last) for r in dated] == [("Chancellor", "1999-05-01", "1999-05-01"),
                                                          ("Prime Minister", "2005-01-02", "2005-01-02")]
    assert dated[0].briefings == ("e", "d")  # dated sources first
