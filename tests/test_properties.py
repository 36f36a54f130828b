"""Property tests: for any text, reading and analysis do not raise, offsets are exact, summaries are
verbatim, and the rendered pages contain only the markup the templates write.

Each test runs at most 200 examples so the suite stays fast. For a long fuzz run, raise that with
FUZZ_EXAMPLES, e.g. `FUZZ_EXAMPLES=5000 .venv/bin/python -m pytest tests/test_properties.py`.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

import markdown
from briefing_site import knowledge as knowledge_module
from briefing_site import model, pipeline, render, text
from conftest import render_all, with_ids
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

TEMPLATES = Path(render.__file__).parent / "templates"
FUZZ = int(os.environ.get("FUZZ_EXAMPLES", "0"))


def examples(default: int) -> int:
    return max(default, FUZZ)


def fuzz_settings(default: int):  # type: ignore[no-untyped-def]
    return settings(max_examples=examples(default), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# Every tag name the templates write: grep -ohE '<[a-z][a-z0-9]*' hooks/briefing_site/templates/* | sort -u.
# Markdown adds only h1/h2 for the templates' "# " and "## " headings, which are in the list already.
TEMPLATE_TAGS = frozenset({
    "a", "bdi", "code", "dd", "details", "div", "dl", "dt", "em", "h1", "h2", "h3", "li", "ol", "p", "q", "section",
    "span", "strong", "summary", "table", "tbody", "td", "th", "thead", "time", "tr", "ul",
    "figure", "svg", "title", "desc", "g", "line", "circle", "text", "tspan",  # the Network page's drawing
    "nav",  # the list of the timeline's parts
    "pre",  # a Markdown seed's fenced code, in its original text
})

# --- strategies -----------------------------------------------------------------------------------------

WORDS = ["the", "minister", "said", "officials", "border", "talks", "would", "resume", "security", "on",
         "Tuesday", "Ankara", "Baghdad", "Erbil", "Kurdistan", "Region", "of", "Iraq", "Türkiye", "PKK",
         "Mr.", "Dr.", "U.S.", "Hakan", "Fidan", "Ministry", "Defence", "United", "Nations", "about", "1,200",
         "troops", "$5", "million", "per", "cent", "12", "March", "2024", "last", "week", "according", "to",
         "reports", "allegedly", "may", "could", "crisis", "terror", "J.", "Smith", "e.g.", "No.", "3"]
FRAGMENTS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=//e.x>", "</p>", "<div>", "-->",
    "<!--", "<![CDATA[", "[link](javascript:alert(1))", "[d](data:text/html,x)", "{: onclick=alert(1) }",
    "{: #id .cls }", "--8<-- \"/etc/passwd\"", "[TOC]", "!!! note", "=== \"Tab\"", "| a | b |", "|---|---|",
    "```", "~~~", "    indented code", "# ", "## ", "> ", "* ", "- ", "+ ", "1. ", "2) ", "• ", "---", "***",
    "{{ 7*7 }}", "{% include 'x' %}", "{#", "&amp;", "&lt;", "&#x3C;", "&#60;", "\\", "`", "*", "_", "~~",
    "[^1]", "*[HTML]: x", "<http://e.x>", "javascript:alert(1)", "READ: more", "2 min read", "By Jane Doe",
    "Published: 12 March 2024", "ERBIL, Kurdistan Region of Iraq - ", "Photo: AP", "“", "”", "‘", "’", '"',
    "'", "(", ")", "[", "]", "…", "—", "–", "\u00a0", "\u200b", "\u2028", "\u2029", "\x85", "\ufeff", "\t",
    "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x00", "\x1b[31m", "é", "e\u0301", "ß", "İ", "ﬁ", "𝐀", "😀",
    "مرحبا", "שלום", "\u202e", "Σ", "Ω", "ǅ",
]
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(
    lambda ws: " ".join(ws)[:1].upper() + " ".join(ws)[1:]).flatmap(
    lambda s: st.sampled_from([".", "!", "?", "…", ".”", "?\"", ":", ";", ",", ""]).map(lambda end: s + end))
piece = st.one_of(
    sentence,
    sentence.map(lambda s: f"“{s}” he said."),
    st.sampled_from(["\n", "\n\n", "\n\n\n", " ", "  ", "\n   \n"]),
    st.sampled_from(FRAGMENTS),
    st.text(min_size=1, max_size=8),
)
mixed_text = st.lists(piece, max_size=40).map("".join)
any_text = st.one_of(st.text(), mixed_text)

# --- helpers --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def knowledge() -> knowledge_module.Knowledge:
    return knowledge_module.load_knowledge(None)


SETTINGS = model.Settings(seeds_dir=Path("."))


def raw_seed(body: str) -> model.RawSeed:
    return model.RawSeed("fuzz/seed.txt", body, "0" * 64, "utf-8", {}, "", 1)


def norm(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.on_attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.on_attributes += [(tag, name) for name, _ in attrs if name.lower().startswith("on")]


def check_document(document: model.Document) -> None:
    expected_index = 0
    for number, paragraph in enumerate(document.paragraphs):
        assert paragraph.index == number
        for sentence in paragraph.sentences:
            assert sentence.index == expected_index and sentence.paragraph == number
            assert sentence.text == paragraph.text[sentence.start:sentence.end]
            assert sentence.text
            expected_index += 1


# --- properties -----------------------------------------------------------------------------------------


def test_template_tag_list_is_what_the_templates_write() -> None:
    found = set()
    for path in TEMPLATES.glob("*.j2"):
        found |= set(re.findall(r"<([a-z][a-z0-9]*)", path.read_text(encoding="utf-8")))
    assert found == TEMPLATE_TAGS


@fuzz_settings(200)
@given(any_text)
def test_read_document_never_raises_and_offsets_are_exact(body: str) -> None:
    check_document(text.read_document(body))


@fuzz_settings(200)
@given(any_text)
def test_analysis_offsets_summary_and_rendered_markup(body: str) -> None:
    analysis = pipeline.analyse(raw_seed(body), SETTINGS, knowledge())
    document = analysis.document
    check_document(document)
    sentences = {s.index: s for s in document.sentences}
    original = norm(body)
    for index in analysis.summary:
        assert norm(sentences[index].text) in original  # verbatim, up to the joining of wrapped lines
    assert list(analysis.summary) == sorted(set(analysis.summary))
    for entity in analysis.entities:
        for mention in entity.mentions:
            assert mention.text == sentences[mention.sentence].text[mention.start:mention.end]
    for item in (*analysis.figures, *analysis.quotes, *analysis.dates):
        assert item.sentence in sentences

    analyses, _ = with_ids([analysis])
    assert re.fullmatch(r"[a-z0-9]+(?:-+[a-z0-9]+)*", analyses[0].id)
    for page in render_all(analyses, {}, [], SETTINGS):
        html = markdown.markdown(page.content, extensions=["toc", "attr_list"])
        parser = Tags()
        parser.feed(html)
        parser.close()
        assert parser.tags <= TEMPLATE_TAGS, (page.path, parser.tags - TEMPLATE_TAGS)
        assert parser.on_attributes == [], (page.path, parser.on_attributes)
