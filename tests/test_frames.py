"""Generated pages from a frame (hooks/briefing_pages.py): the same bytes as the theme's own render.

Unit tests drive Frames with small literal templates (the theme's main.html stands behind the
same callable in the build); a site test builds the real site with frames and with
BRIEFING_FRAMES=off and compares every byte, on the seeds and on hostile seeds.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from types import SimpleNamespace

import briefing_pages
import jinja2
import pytest
from briefing_pages import Frames, SkeletonMemo, cut, is_item_page
from conftest import FIXTURE_SEEDS, ROOT, build_site
from markupsafe import Markup

THEME = jinja2.Environment()  # like MkDocs' theme environment: no autoescaping


def _page(title: str, content: str, description: str = "", url: str = "actors/x/") -> SimpleNamespace:
    meta = {"title": Markup.escape(title), "og_type": "profile"}
    if description:
        meta["description"] = Markup.escape(description)
    return SimpleNamespace(meta=meta, content=content, toc=[], url=url, previous_page=None, next_page=None,
                           edit_url=None, canonical_url=None, parent=None)


PLAIN = ("<title>{{ page.meta.title }} - Site</title><h1>{{ page.title }}</h1>{{ page.content }}"
         "<footer>{{ base_url }}</footer>")


def _render_all(source: str, pages: list[SimpleNamespace]) -> tuple[list[str], list[str], Frames]:
    template = THEME.from_string(source)
    frames = Frames()
    framed = [frames.render(template.render, {"page": p, "base_url": "../.."}, p) for p in pages]
    return framed, [template.render({"page": p, "base_url": "../.."}) for p in pages], frames


def _with_title(page: SimpleNamespace) -> SimpleNamespace:
    page.title = page.meta["title"]
    return page


PAGES = [_with_title(_page(f"Actor {n} <&> \"q\" 'a'", f"<p>Text {n} &amp; more</p>")) for n in range(5)]


def test_pages_of_one_kind_come_from_one_frame_with_the_theme_s_bytes() -> None:
    framed, theirs, frames = _render_all(PLAIN, PAGES)
    assert framed == theirs
    assert frames.framed == len(PAGES) - 2  # the first two pages of a kind are the theme's own render


def test_a_filter_that_changes_a_value_refuses_the_frame() -> None:
    for source in ["<title>{{ page.meta.title | striptags }}</title>{{ page.content }}",
                   "<title>{{ page.meta.title | truncate(40) }}</title>{{ page.content }}",
                   "<title>{{ page.meta.title | upper }}</title>{{ page.content }}",
                   "<title>{{ page.meta.title | replace('&', 'and') }}</title>{{ page.content }}"]:
        framed, theirs, frames = _render_all(source, PAGES)
        assert framed == theirs and frames.framed == 0, source


def test_a_page_whose_values_the_theme_reads_in_other_ways_is_not_framed() -> None:
    source = "{% if 'Actor 1' in page.content %}one{% endif %}{{ page.meta.title }}{{ page.content }}"
    pages = [_with_title(_page("Actor 1", "<p>Actor 1</p>")), _with_title(_page("Actor 2", "<p>Actor 2</p>"))]
    framed, theirs, frames = _render_all(source, pages)
    assert framed == theirs  # the stand-in is not "Actor 1": the frame of the first page differs, refused
    assert frames.framed == 0


def test_a_description_present_or_absent_makes_another_kind() -> None:
    source = "{% if page.meta.description %}<meta content=\"{{ page.meta.description }}\">{% endif %}{{ page.content }}"
    pages = [_with_title(_page("A", "<p>a</p>", "about a")), _with_title(_page("B", "<p>b</p>")),
             _with_title(_page("C", "<p>c</p>", "about c")), _with_title(_page("D", "<p>d</p>"))]
    pages += [_with_title(_page("E", "<p>e</p>", "about e")), _with_title(_page("F", "<p>f</p>"))]
    framed, theirs, frames = _render_all(source, pages)
    assert framed == theirs and frames.framed == 2


def test_content_with_its_own_h1_is_another_kind() -> None:
    source = "{% if '<h1' not in page.content %}<h1>{{ page.title }}</h1>{% endif %}{{ page.content }}"
    pages = [_with_title(_page("A", "<h1>A</h1><p>a</p>")), _with_title(_page("B", "<p>b</p>")),
             _with_title(_page("C", "<h1>C</h1><p>c</p>")), _with_title(_page("D", "<p>d</p>")),
             _with_title(_page("E", "<h1>E</h1><p>e</p>")), _with_title(_page("F", "<p>f</p>"))]
    framed, theirs, frames = _render_all(source, pages)
    assert framed == theirs and frames.framed == 2


def test_a_value_of_the_first_page_printed_outside_a_slot_is_caught_on_the_second() -> None:
    source = "<title>{{ page.meta.title }}</title><a href=\"{{ page.url }}\">here</a>{{ page.content }}"
    pages = [_with_title(_page(f"P{n}", f"<p>{n}</p>", url=f"actors/p{n}/")) for n in range(4)]
    framed, theirs, frames = _render_all(source, pages)
    assert framed == theirs and frames.framed == 0


def test_a_title_set_apart_from_the_meta_is_not_framed() -> None:
    pages = [_page(f"P{n}", f"<p>{n}</p>") for n in range(4)]
    for n, page in enumerate(pages):
        page.title = f"Other {n}"
    framed, theirs, frames = _render_all(PLAIN, pages)
    assert framed == theirs and frames.framed == 0


def test_pages_with_neighbours_or_an_edit_link_are_rendered_by_the_theme() -> None:
    pages = [_with_title(_page(f"P{n}", f"<p>{n}</p>")) for n in range(4)]
    pages[2].previous_page, pages[3].edit_url = pages[1], "https://example.org/edit/x.md"
    framed, theirs, frames = _render_all(PLAIN + "{{ page.edit_url }}", pages)
    assert framed == theirs and frames.framed == 0


CANONICAL = ('<link rel="canonical" href="{{ page.canonical_url }}"><meta content="{{ page.canonical_url | e }}">'
             "{{ page.content }}")


@pytest.mark.parametrize("url, framed_pages", [
    ("https://example.org/site/{}", 2),  # a slot: every page after the kind's first two from the frame
    ("https://example.org/?a=1&b={}", 0),  # escaping would change it: the theme renders every page
])
def test_canonical_urls_are_a_slot_unless_escaping_would_change_them(url: str, framed_pages: int) -> None:
    pages = [_with_title(_page(f"P{n}", f"<p>{n}</p>", url=f"actors/p{n}/")) for n in range(4)]
    for page in pages:
        page.canonical_url = url.format(page.url)
    framed, theirs, frames = _render_all(CANONICAL, pages)
    assert framed == theirs and frames.framed == framed_pages


def test_cut_refuses_a_stand_in_left_in_pieces() -> None:
    whole = str(briefing_pages._STAND_INS["content"])
    assert cut(f"<main>{whole}</main>") is not None
    assert cut(f"<main>{whole[:20]}</main>") is None  # half a stand-in: the theme cut it
    assert cut("<main>no content at all</main>") is None


@pytest.mark.parametrize("path, item", [("briefings/a.md", True), ("actors/iraq.md", True),
                                        ("briefings/index.md", False), ("actors.md", False),
                                        ("briefings/x/y.md", False), ("index.md", False), ("about.md", False)])
def test_item_pages(path: str, item: bool) -> None:
    assert is_item_page(path) is item


def test_skeletons_of_plain_headings_only_are_memoised() -> None:
    memo = SkeletonMemo()
    page = SimpleNamespace(render="theirs")
    memo.prepare(page, "## Summary\n\nBRIEFINGBLOCK000000\n\n## Original text\n\nBRIEFINGBLOCK000001\n")
    assert page.render != "theirs"
    for skeleton in ["# [a](b.md)\n", "## A *b*\n", "## <bdi>x</bdi>\n", "## A &amp; B\n", "text\n"]:
        other = SimpleNamespace(render="theirs")
        memo.prepare(other, skeleton)
        assert other.render == "theirs", skeleton


def _both(seeds: Path, root: Path) -> tuple[str, str]:
    """Build with frames and pages read as their skeleton, and without either (as MkDocs and the
    theme do it); the logs. Both must have been used, or nothing is tested."""
    framed = build_site(seeds, root / "framed", strict=False, verbose=True)
    theirs = build_site(seeds, root / "theirs", ("BRIEFING_FRAMES", "off"), ("BRIEFING_SKELETONS", "off"),
                        strict=False, verbose=True)
    assert framed.returncode == 0 and theirs.returncode == 0, framed.stderr + theirs.stderr
    used = re.search(r"briefing: (\d+) pages read as their skeleton, (\d+) pages filled from a frame", framed.stderr)
    assert used and int(used.group(1)) > 0 and int(used.group(2)) > 0, framed.stderr[-2000:]
    assert "briefing: 0 pages read as their skeleton, 0 pages filled from a frame" in theirs.stderr
    return framed.stderr, theirs.stderr


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("seeds", [ROOT / "seeds", FIXTURE_SEEDS], ids=["seeds", "fixtures"])
def test_the_site_is_byte_identical_with_and_without_frames(tmp_path: Path, seeds: Path) -> None:
    framed, theirs = _both(seeds, tmp_path)
    assert _tree(tmp_path / "framed") == _tree(tmp_path / "theirs")


STORIES = ("Talks on water from the Tigris, which farmers in the south have asked for since the dry summer, "
           "were put off until the spring after engineers reported the dams were lower than ever.",
           "The border crossing at Habur reopened to lorries carrying grain and cement after a week in which "
           "drivers had waited in queues several kilometres long on both sides.",
           "A football friendly between the two national teams was announced for November, the first match "
           "between them in twelve years, with tickets to go on sale next month.")


def test_hostile_titles_are_byte_identical_with_and_without_frames(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    names = ["</title><script>alert(1)</script>", "&amp; \u2028 <!-- x", "'\"><img src=x onerror=alert(1)>"]
    for n, name in enumerate(names):
        body = (f"Officials from Ankara met {html.escape('Ali Veli')} in Baghdad, the ministry said on Monday. "
                f"Ankara and Baghdad agreed to meet again, officials said. {name} was quoted. "
                f"{STORIES[n]}\n")  # three stories, not versions of one: the actors get pages
        (seeds / f"{n}.md").write_text(f"---\ntitle: {name!r}\ndescription: {name!r}\n---\n{body}", encoding="utf-8")
    framed, theirs = _both(seeds, tmp_path)
    assert _tree(tmp_path / "framed") == _tree(tmp_path / "theirs")
    assert "<script>alert(1)" not in (tmp_path / "framed" / "briefings" / "0" / "index.html").read_text()


def test_a_generated_file_keeps_its_content_compressed_and_whole() -> None:
    from briefing_site.model import GeneratedFile

    text = "<p>Türkiye · Iraq — “quoted” \ud800 " + "the same words again " * 2000 + "</p>\n"
    generated = GeneratedFile("briefings/x.md", text, "Title")
    assert generated.content == text and len(generated.packed) < len(text) // 10
    assert generated == GeneratedFile("briefings/x.md", text, "Title") != GeneratedFile("briefings/x.md", text + "x")


def test_mkdocs_reads_and_copies_a_packed_file_as_it_was_given(tmp_path: Path) -> None:
    from briefing_pages import PackedFile
    from briefing_site.model import GeneratedFile
    from mkdocs.config.defaults import MkDocsConfig

    config = MkDocsConfig(config_file_path=str(tmp_path / "mkdocs.yml"))
    (tmp_path / "docs").mkdir()
    config.load_dict({"site_name": "x", "site_dir": str(tmp_path / "site"), "docs_dir": str(tmp_path / "docs")})
    errors, _ = config.validate()
    assert not errors
    config.plugins._current_plugin = None  # as during a build event
    text = '{"title": "Türkiye \u2028 x"}\n'
    file = PackedFile.of(config, "briefing.json", GeneratedFile("briefing.json", text).packed)
    assert file.content_string == text and file.content_bytes == text.encode()
    file.copy_file()
    assert (tmp_path / "site" / "briefing.json").read_bytes() == text.encode()


def test_a_streamed_file_is_the_pieces_joined() -> None:
    from briefing_site.model import GeneratedFile

    pieces = ["{\n", '"a": "Türkiye \u2028",\n', "}\n"] * 500
    streamed = GeneratedFile.streamed("briefing.json", iter(pieces), "T")
    assert streamed.content == "".join(pieces) and streamed.title == "T" and streamed.path == "briefing.json"
