"""The lean render path: Markdown sees only headings and placeholders; blocks come back whole."""

from __future__ import annotations

import markdown
from briefing_site.lean import fill, skeleton, split
from hypothesis import given, settings
from hypothesis import strategies as st

PAGE = """# Title <bdi>x</bdi>

<p>first block</p>
<ul>
<li>BRIEFINGBLOCK000000 and <code>&lt;p&gt;BRIEFINGBLOCK000001&lt;/p&gt;</code></li>
</ul>

## Summary

<ol><li>*not emphasis* [not a link](x)</li></ol>

<p>second part</p>
"""


def _convert(skeleton: str) -> str:
    return markdown.Markdown(extensions=["toc", "attr_list"], extension_configs={"toc": {"permalink": True}}
                             ).convert(skeleton)


def test_markdown_sees_headings_and_placeholders_only() -> None:
    skeleton, blocks = split(PAGE)
    assert skeleton == "# Title <bdi>x</bdi>\n\nBRIEFINGBLOCK000000\n\n## Summary\n\nBRIEFINGBLOCK000001\n"
    assert blocks[0].startswith("<p>first block</p>") and blocks[1].endswith("<p>second part</p>")


def test_blocks_come_back_verbatim_and_are_never_reread() -> None:
    skeleton, blocks = split(PAGE)
    html = fill(_convert(skeleton), blocks)
    assert '<h2 id="summary">Summary<a class="headerlink" href="#summary"' in html
    assert "*not emphasis* [not a link](x)" in html  # no Markdown ran on the block
    assert "<li>BRIEFINGBLOCK000000 and <code>&lt;p&gt;BRIEFINGBLOCK000001&lt;/p&gt;</code></li>" in html
    assert html.count("<p>first block</p>") == 1 and html.count("<p>second part</p>") == 1


def test_a_page_without_headings_is_one_block() -> None:
    skeleton, blocks = split("<p>only</p>\n")
    assert skeleton == "BRIEFINGBLOCK000000\n" and blocks == ["<p>only</p>"]
    assert fill(_convert(skeleton), blocks) == "<p>only</p>"


def test_a_placeholder_with_no_block_is_left_as_it_is() -> None:
    assert fill("<p>BRIEFINGBLOCK000009</p>", []) == "<p>BRIEFINGBLOCK000009</p>"


def test_search_reads_only_the_sections_the_index_keeps() -> None:
    from briefing_site.search_trim import search_html

    html = ('<h1>T</h1><p>card</p><h2 id="summary">S</h2><p>sum</p><h2 id="original-text">O</h2><p>text</p>'
            '<h2 id="dates">D</h2><p>d</p>')
    assert search_html(html, "briefings/x.md") == '<h1>T</h1><p>card</p><h2 id="original-text">O</h2><p>text</p>'
    assert search_html(html, "timeline.md") == "<h1>T</h1><p>card</p>"
    assert search_html(html, "briefings/index.md") == "<h1>T</h1><p>card</p>"
    assert search_html("<p>no headings</p>", "actors/x.md") == "<p>no headings</p>"


def _sections(html: str) -> list[tuple[str, str, str | None]]:
    from material.plugins.search.plugin import Parser

    parser = Parser()
    parser.feed(html)
    parser.close()
    return [("".join(s.title), "".join(s.text), s.id) for s in parser.data]


HOSTILE_PART = ('<h1 class="briefing-title">A &lt;b&gt; <bdi>x</bdi></h1><p class="key-facts"><span>pub</span> · '
                '<time datetime="2024">2024</time></p><h2 id="original-text">Original text<a class="headerlink" '
                'href="#original-text" title="Permanent link">&para;</a></h2><p id="p-1"><span id="s-1">One '
                '&amp; <q>two</q>.</span>\n <span id="s-2"><a href="../x/">Three</a></span></p></a>'
                '<ul><li><strong>four</strong> <em>five</em>  </li></ul>')


def test_the_search_plugin_reads_the_same_sections_without_inline_tags(fixture_site, monkeypatch) -> None:
    import re

    from briefing_site import search_trim

    pages = []
    for path in sorted(fixture_site.glob("*/*/index.html")):
        article = re.search(r'<article class="md-content__inner md-typeset">(.*?)</article>', path.read_text(), re.S)
        folder = path.parent.parent.name
        if article and folder in ("briefings", "actors"):
            pages.append((article.group(1), f"{folder}/{path.parent.name}.md"))
    assert len(pages) > 5
    stripped = [search_trim.search_html(html, where) for html, where in pages]
    monkeypatch.setattr(search_trim, "INLINE_TAGS", re.compile(r"(?!)"))
    whole = [search_trim.search_html(html, where) for html, where in pages]
    assert all(len(s) < len(w) for s, w in zip(stripped, whole, strict=True))
    assert [_sections(s) for s in stripped] == [_sections(w) for w in whole]


def test_without_inline_tags_the_search_text_differs_in_whitespace_at_most() -> None:
    from briefing_site import search_trim

    def words(sections: list[tuple[str, str, str | None]]) -> list[tuple[str, str, str | None]]:
        return [(title, " ".join(text.split()), anchor) for title, text, anchor in sections]

    part = search_trim.search_html(HOSTILE_PART, "briefings/x.md")
    assert "<span" not in part and "<bdi>" not in part and 'class="headerlink"' in part
    assert words(_sections(part)) == words(_sections(HOSTILE_PART))


ACTOR_PART = ('<h1>Labour Party</h1><p>Named in 3 briefings.</p><h2 id="names-used">Names used</h2>'
              '<ul class="entity-spellings"><li><bdi>Labour</bdi> <span class="provenance" data-search-exclude>in '
              '<a href="../../briefings/a/"><bdi>Budget &lt;row&gt; deepens</bdi></a>; and 2 more</span></li>'
              '<li><bdi>Labour Party</bdi> <span class="provenance" data-search-exclude>in <a href="../../b/">'
              '<bdi>Poll</bdi></a></span></li></ul><h2 id="roles">Roles</h2><p>leader</p>')


def test_what_a_template_marks_excluded_from_search_is_left_out_as_the_plugin_would() -> None:
    from briefing_site.search_trim import search_html

    part = search_html(ACTOR_PART, "actors/labour-party.md")
    assert "Budget" not in part and "Poll" not in part and "more" not in part  # the headlines: their own entries
    assert "<bdi>" not in part and "Labour Party" in part and "Labour <" in part.replace("</li>", "<")

    def words(html: str) -> list[tuple[str, str, str | None]]:
        return [(title, " ".join(text.split()), anchor) for title, text, anchor in _sections(html)]
    whole = ACTOR_PART.split('<h2 id="roles">')[0]  # what the plugin indexes of the page's kept sections
    assert words(part) == words(whole)  # the plugin skips data-search-exclude itself: the same index


def test_a_line_break_of_seed_text_inside_a_block_never_starts_a_heading() -> None:
    """Only "\n" ends a template's line: a "#" after U+2028, NEL, a form feed or a lone CR in seed
    text stays in its block, so Markdown never reads a seed's words as a heading or a link."""
    for breaker in ("\u2028", "\u2029", "\x85", "\x0c", "\x0b", "\x1c", "\r"):
        page = f"## Summary\n\n<p>said so.{breaker}# [click](javascript:alert(1)) more</p>\n"
        skeleton, blocks = split(page)
        assert skeleton == "## Summary\n\nBRIEFINGBLOCK000000\n", repr(breaker)
        assert blocks == [f"<p>said so.{breaker}# [click](javascript:alert(1)) more</p>"]
        html = fill(_convert(skeleton), blocks)
        assert 'href="javascript' not in html and "<h1" not in html, repr(breaker)


def _entry_text(html: str) -> tuple[str, str, str | None, str]:
    """What the index keeps of a page across briefings: its first section's title and anchor, and its
    text as search_trim cuts it (OPENING_CHARACTERS, at a word)."""
    from briefing_site.search_trim import OPENING_CHARACTERS

    title, text, anchor = _sections(html)[0]
    text = text.strip()
    cut = text if len(text) <= OPENING_CHARACTERS else text[:OPENING_CHARACTERS].rsplit(" ", 1)[0]
    return title, cut, anchor, str(len(text) > OPENING_CHARACTERS)


def _whole_opening(monkeypatch, html: str, where: str) -> str:  # type: ignore[no-untyped-def]
    from briefing_site import search_trim

    with monkeypatch.context() as patched:
        patched.setattr(search_trim, "_opening", lambda part: part)
        return search_trim.search_html(html, where)


LONG_INDEX = ("<h1 id=\"actors\">Actors</h1><p>Every actor &amp; body named by two sources.</p><ul>"
              + "".join(f'<li><a href="../a{i}/"><bdi>Name {i} &lt;x&gt;</bdi></a> <span class="provenance" '
                        f'data-search-exclude>in {i} briefings</span>\n  — <em>role</em> of   {i}</li>'
                        for i in range(400))
              + '</ul><h2 id="more">More</h2><table><tr><td>cell</td></tr></table>')


def test_a_page_across_briefings_is_read_by_search_up_to_what_its_entry_keeps(fixture_site, monkeypatch) -> None:
    """Pages across briefings keep only their opening in the index: the plugin is given a start of
    the page long enough for it, and makes the same entry as from the whole page."""
    import re

    from briefing_site.search_trim import search_html

    part = search_html(LONG_INDEX, "actors.md")
    assert len(part) < len(LONG_INDEX) / 10 and part.endswith("</li>")
    assert _entry_text(part) == _entry_text(_whole_opening(monkeypatch, LONG_INDEX, "actors.md"))
    item = "actors/x.md"  # an actor's own page: its sections, not its opening
    assert search_html(LONG_INDEX, item) == _whole_opening(monkeypatch, LONG_INDEX, item)
    pages = []
    for path in sorted(fixture_site.glob("**/index.html")):
        where = path.parent.relative_to(fixture_site).as_posix()
        article = re.search(r'<article class="md-content__inner md-typeset">(.*?)</article>', path.read_text(), re.S)
        across = where.split("/")[0] not in ("briefings", "actors") or where in ("briefings", "actors")
        if article and across:
            pages.append((article.group(1), f"{where or 'index'}.md"))
    assert len(pages) >= 6
    for html, where in pages:
        assert _entry_text(search_html(html, where)) == _entry_text(_whole_opening(monkeypatch, html, where)), where


def _split_line_by_line(markdown: str) -> tuple[str, list[str]]:
    """What split does, the plain way (the code it replaced): every line read in turn."""
    skeleton: list[str] = []
    blocks: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        block = "\n".join(pending).strip("\n")
        pending.clear()
        if block.strip():
            skeleton.append(f"BRIEFINGBLOCK{len(blocks):06d}")
            blocks.append(block)

    for line in markdown.split("\n"):
        if line.startswith("#"):
            flush()
            skeleton.append(line)
        else:
            pending.append(line)
    flush()
    return "\n\n".join(skeleton) + "\n", blocks


# Pages made of the characters that decide a split: "#" at and off a line's start, each kind of
# line end (only "\n" ends a line here), blank and whitespace-only lines, text.
_PIECES = st.sampled_from(["#", "## h", "\n", "\n\n", " ", "\t", "\r", "\u2028", "\x85", "\x0c", "x", "<p>a</p>",
                           "BRIEFINGBLOCK000000"])


@given(st.lists(_PIECES, max_size=40).map("".join))
@settings(max_examples=400, deadline=None)
def test_split_is_the_line_by_line_split(page: str) -> None:
    assert split(page) == _split_line_by_line(page)
    assert skeleton(page) == split(page)[0]


def test_split_of_edge_pages() -> None:
    for page in ("", "\n", "#", "# a", "# a\n", "\n# a\n\n", "x\n#", "# a\n# b", " \n#\n \n", "a\u2028# b\n#c\r\n"):
        assert split(page) == _split_line_by_line(page), repr(page)
        assert skeleton(page) == split(page)[0], repr(page)
