"""Hostile seeds: one site built from a folder of every nasty input at once, then checked per case.

Seeds are untrusted (README, "Security model"). Each case below states exactly what must happen to
it: a page whose text is shown as text, a named problem (file, message and, for front matter, the
line), or nothing at all (hidden files, editor backups). Then every place a seed's text reaches is
checked: page bodies, <title>, the header, headings and toc, meta tags, the search index and
briefing.json (where the raw text is kept, as JSON data).
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT, build_site

BUILD_TIMEOUT = 300  # seconds; what conftest.build_site allows a build
SUMMARY_LINE = re.compile(r"briefing: (\d+) seed files found, (\d+) briefings made, (\d+) could not be used, "
                          r"(\d+) built with a warning, (\d+) skipped")

# One payload with every kind of markup a seed could try to smuggle into a page.
PAYLOAD = (
    '<script>alert("xss-script")</script> <img src=x onerror=alert("xss-img")> '
    '<iframe src="https://evil.example/frame"></iframe> [md-js](javascript:alert("xss-mdjs")) '
    '[md-data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) '
    '<a href="javascript:alert(&quot;xss-a&quot;)">html-js</a> <a href="data:text/html,xss-data">html-data</a> '
    '<object data="evil.swf"></object><embed src="evil.swf"><style>body{display:none}</style> '
    '<svg onload=alert("xss-svg")></svg> {: onclick="alert(\'xss-attr\')" }'
)
# What a .md seed's body shows of it: links read as their words, "&quot;" as '"' (markdown_text); HTML
# as written, escaped
PAYLOAD_READ_AS_MARKDOWN = (
    '<script>alert("xss-script")</script> <img src=x onerror=alert("xss-img")> '
    '<iframe src="https://evil.example/frame"></iframe> md-js md-data '
    '<a href="javascript:alert("xss-a")">html-js</a> <a href="data:text/html,xss-data">html-data</a> '
    '<object data="evil.swf"></object><embed src="evil.swf"><style>body{display:none}</style> '
    '<svg onload=alert("xss-svg")></svg> {: onclick="alert(\'xss-attr\')" }'
)
RAW_HTML_BLOCK = '<div onmouseover="alert(\'xss-block\')">\n<p>raw html block</p>\n</div>'
BODY_WITH_MARKUP = (
    "Officials said on Monday that the border talks would continue in the capital.\n\n"
    f"{PAYLOAD}\n\n{RAW_HTML_BLOCK}\n\n"
    "A closing sentence ends the report.\n{: onclick=\"alert('xss-attr-list')\" }\n"
)
EXTENSION_LINES = [
    '--8<-- "/etc/passwd"',
    "[TOC]",
    '!!! note "Admonition title"',
    "    Admonition body text.",
    '=== "Tab one"',
    "    Tab body text.",
    "| left | right |",
    "|------|-------|",
    "| cell | more |",
    "Jinja expression {{ 7*7 }} and statement {% include 'x' %} and {# comment #} here.",
    "Attribute list {: #evil .cls onclick=\"alert('x')\" } after text.",
    "*[HTML]: Hyper Text Markup Language",
    "Footnote reference[^1] here.",
    "[^1]: The footnote.",
]
EXTENSION_TEXT = "The ministry said the talks resumed on Monday.\n\n" + "\n\n".join(EXTENSION_LINES) + "\n"
FRONT_MATTER_IN_TXT = ("---\ntitle: Injected Title\nslug: injected-slug\npublisher: Injected Publisher\n---\n"
                       "The ministry said the talks resumed on Monday.\n")
BILLION_LAUGHS = "\n".join([
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
    "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]",
    "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]",
    "title: *i",
]) + "\n"
OUTSIDE_SECRET = "OUTSIDE-SECRET-5c1f9e hostile test marker"
OUTSIDE_SIDECAR_SECRET = "OUTSIDE-SIDECAR-SECRET-8a2d"
PLAIN = "The ministry said the border talks would resume next week after a pause.\n"

# Tags a seed must never add to a page; the theme's own are allowed (compared with a baseline site).
DANGEROUS_TAGS = {"script", "iframe", "img", "object", "embed", "style", "svg", "math", "form", "base", "link",
                  "meta", "frame", "frameset", "applet", "video", "audio", "source", "input", "button", "textarea",
                  "select", "template", "noscript"}
# Tags the briefing templates emit (grep '<[a-z]+' hooks/briefing_site/templates/*), plus what Markdown
# makes of their "# " / "## " headings with the toc permalink (h1, h2, a).
TEMPLATE_TAGS = {"a", "bdi", "code", "dd", "details", "div", "dl", "dt", "em", "h1", "h2", "h3", "li", "ol", "p", "q",
                 "section", "span", "strong", "summary", "table", "tbody", "td", "th", "thead", "time", "tr", "ul"}


def _yaml_str(value: str) -> str:
    return json.dumps(value)  # a JSON string is a YAML double-quoted scalar


def _fields_yaml(value: str) -> str:
    v = _yaml_str(value)
    return f"title: {v}\npublisher: {v}\nauthor: {v}\ndek: {v}\ntags: [{v}, plain-tag]\n"


def _binary() -> bytes:
    rng = random.Random(20240101)
    data = bytearray(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(4096))
    data[16::32] = b"\x00" * len(data[16::32])
    return bytes(data)


def _controls() -> bytes:
    sentences = " ".join(f"Sentence number {n} of the captured terminal report is plain." for n in range(12))
    return ("The ministry\x00 said\x07 the \x1b[31mborder\x1b[0m talks would \x1b[2Kresume on "
            f"Monday.\x0b\x7f {sentences}\n\nA second\x08 paragraph\x00 follows \x1b[1;32mhere\x1b[m.\n").encode()


# ANSI OSC sequences (ECMA-48 "operating system command"): a window title, and an OSC 8 terminal hyperlink.
OSC_TEXT = ("The ministry said the \x1b]0;OSC-TITLE-RESIDUE\x07border talks would resume on Monday. Officials "
            "named \x1b]8;;https://osc8-link.invalid/x\x1b\\the envoy\x1b]8;;\x1b\\ as the lead negotiator.\n")


@dataclass(frozen=True)
class Case:
    path: str  # relative to the seeds folder
    expect: str  # "page", "problem", "warned" (a page and a warning), "skipped", "sidecar" (read with its .txt)
    content: bytes = b""
    message: str = ""  # regex the problem's message must match
    line: int | None = None  # line the problem must name (front matter and sidecars)
    link: str | None = None  # make a symbolic link to this path (relative to the tmp folder), not a file
    encoding: str | None = None  # the encoding briefing.json must report for a page
    shows: tuple[str, ...] = ()  # texts the page's article must show, as text


def _t(text: str) -> bytes:
    return text.encode("utf-8")


CASES = [
    # markup, in the body, the title, the other front matter fields, a sidecar and a file name
    Case("markup/body.txt", "warned", _t(BODY_WITH_MARKUP), r"^would be at briefings/markup--body/, which "
         r"markup/body\.md already has$", shows=(PAYLOAD, "raw html block")),  # .md and .txt of one name
    Case("markup/body.md", "page", _t(BODY_WITH_MARKUP), shows=(PAYLOAD_READ_AS_MARKDOWN, "raw html block")),
    Case("markup/title.md", "page", _t(f"---\ntitle: {_yaml_str(PAYLOAD)}\n---\n{PLAIN}"), shows=(PAYLOAD,)),
    Case("markup/fields.md", "page", _t(f"---\n{_fields_yaml(PAYLOAD)}---\n{PLAIN}"), shows=(PAYLOAD,)),
    Case("markup/sidecar.txt", "page", _t(PLAIN), shows=(PAYLOAD,)),
    Case("markup/sidecar.yml", "sidecar", _t(_fields_yaml(PAYLOAD))),
    Case("markup/<img src=x onerror=alert(1)> & 'q'.txt", "page", _t(PLAIN),
         shows=("<img src=x onerror=alert(1)> & 'q'.txt",)),
    # Markdown, extension and template syntax: all text
    Case("ext/syntax.txt", "warned", _t(EXTENSION_TEXT), r"^would be at briefings/ext--syntax/, which ext/syntax\.md "
         r"already has$", shows=tuple(line.strip() for line in EXTENSION_LINES)),
    Case("ext/syntax.md", "page", _t(EXTENSION_TEXT), shows=tuple(
        {"Footnote reference[^1] here.": "Footnote reference here.", "[^1]: The footnote.": "[1] The footnote."}.get(
            line.strip(), line.strip()) for line in EXTENSION_LINES)),
    Case("ext/front-matter-in.txt", "page", _t(FRONT_MATTER_IN_TXT),
         shows=("title: Injected Title", "slug: injected-slug")),
    # YAML
    Case("yaml/malformed.md", "problem", _t(f"---\ntitle: Fine\nauthor: x: y: z\n---\n{PLAIN}"),
         r"^front matter is not valid YAML: mapping values are not allowed here", 3),
    Case("yaml/unclosed-flow.md", "problem", _t(f"---\ntitle: Fine\ntags: [a, b\nauthor: x\n---\n{PLAIN}"),
         r"^front matter is not valid YAML", 4),
    Case("yaml/unclosed-fence.md", "problem", _t(f"---\ntitle: Fine\n{PLAIN}"),
         r"^front matter starts with '---' but has no closing '---'", 1),
    Case("yaml/billion-laughs.md", "problem", _t(f"---\n{BILLION_LAUGHS}---\n{PLAIN}"),
         r"^front matter is not valid YAML: aliases are not allowed", 3),
    Case("yaml/billion-laughs-sidecar.txt", "problem", _t(PLAIN),
         r"^sidecar billion-laughs-sidecar\.yml is not valid YAML: aliases are not allowed", 2),
    Case("yaml/billion-laughs-sidecar.yml", "sidecar", _t(BILLION_LAUGHS)),
    Case("yaml/python-tag.md", "problem",
         _t(f"---\ntitle: !!python/object/apply:os.system ['touch {{pwned}}']\n---\n{PLAIN}"),
         r"^front matter is not valid YAML: could not determine a constructor", 2),
    Case("yaml/list-for-string.md", "problem", _t(f"---\ntitle: Fine\nauthor: [Jane, John]\n---\n{PLAIN}"),
         r"^front matter: 'author' must be text, not list$", 3),
    Case("yaml/mapping-for-string.txt", "problem", _t(PLAIN),
         r"^sidecar mapping-for-string\.yml: 'publisher' must be text, not dict$", 2),
    Case("yaml/mapping-for-string.yml", "sidecar", _t("title: Fine\npublisher: {name: Evil}\n")),
    Case("yaml/not-a-mapping.md", "problem", _t(f"---\n- title\n- author\n---\n{PLAIN}"),
         r"^front matter must be a mapping of keys to values, not list$", 2),
    Case("yaml/unknown-key.md", "problem", _t(f"---\ntitle: Fine\non_load: alert(1)\n---\n{PLAIN}"),
         r"^front matter: 'on_load' is not a known key$", 3),
    Case("yaml/url-javascript.md", "problem", _t(f"---\ntitle: Fine\nurl: \"javascript:alert(1)\"\n---\n{PLAIN}"),
         r"^front matter: 'url' must be an http:// or https:// address$", 3),
    Case("yaml/url-quote.md", "problem",
         _t(f"---\ntitle: Fine\nurl: 'https://ok.example/\" onmouseover=\"alert(1)'\n---\n{PLAIN}"),
         r"^front matter: 'url' must be an http:// or https:// address$", 3),
    Case("yaml/slug-dotdot.md", "problem", _t(f"---\nslug: ../../etc\n---\n{PLAIN}"),
         r"^front matter: 'slug' must be lower-case letters, digits and hyphens \(got '\.\./\.\./etc'\)$", 2),
    Case("yaml/slug-absolute.md", "problem", _t(f"---\ntitle: Fine\nslug: /abs/path\n---\n{PLAIN}"),
         r"^front matter: 'slug' must be lower-case letters, digits and hyphens \(got '/abs/path'\)$", 3),
    Case("yaml/slug-space.md", "problem", _t(f"---\nslug: \"a b?c\"\n---\n{PLAIN}"),
         r"^front matter: 'slug' must be lower-case letters, digits and hyphens \(got 'a b\?c'\)$", 2),
    Case("yaml/slug-sidecar.txt", "problem", _t(PLAIN),
         r"^sidecar slug-sidecar\.yml: 'slug' must be lower-case letters, digits and hyphens", 2),
    Case("yaml/slug-sidecar.yml", "sidecar", _t("title: Fine\nslug: ../../../tmp/evil\n")),
    Case("yaml/utf16-list-for-string.md", "problem",
         f"---\ntitle: Fine\nauthor: [Jane, John]\n---\n{PLAIN}".encode("utf-16"),
         r"^front matter: 'author' must be text, not list$", 3),
    # files
    Case("files/empty.txt", "problem", b"", r"^is empty$"),
    Case("files/whitespace.txt", "problem", b" \n\t\n   \r\n\n", r"^is empty$"),
    Case("files/front-matter-only.md", "problem", _t("---\ntitle: Only a title\n---\n\n"),
         r"^is empty \(no text after front matter\)$"),
    Case("files/binary.txt", "problem", _binary(), r"^is not text \(binary content\)$"),
    Case("files/big.txt", "problem", b"word " * 600_000, r"^is 3,000,000 bytes, over the limit of 2,000,000$"),
    Case("files/controls.txt", "page", _controls(), encoding="utf-8",
         shows=("The ministry said the border talks would resume on Monday.", "A second paragraph follows here.")),
    Case("files/ansi-osc.txt", "page", _t(OSC_TEXT)),
    Case("files/bom-utf8.txt", "page", codecs.BOM_UTF8 + _t("Şırnak officials said the talks resumed.\n"),
         encoding="utf-8-sig", shows=("Şırnak officials said the talks resumed.",)),
    Case("files/bom-utf16.txt", "page", "Çağlayan officials said the talks resumed.\n".encode("utf-16"),
         encoding="utf-16", shows=("Çağlayan officials said the talks resumed.",)),
    Case("files/cp1252.txt", "page",
         "Café officials said the “talks” would resume — naïve hopes, €5 spent.\n".encode("cp1252"),
         encoding="cp1252", shows=("Café officials said the “talks” would resume — naïve hopes, €5 spent.",)),
    Case("files/crlf.txt", "page", b"First paragraph says the talks resumed.\r\n\r\nSecond one says they ended.\r\n",
         encoding="utf-8", shows=("First paragraph says the talks resumed.", "Second one says they ended.")),
    Case("files/image.png", "problem", _binary(), r"^has an unsupported file type '\.png'$"),
    Case("files/orphan.yml", "problem", _t("title: Orphan\n"), r"^is a metadata sidecar with no \.txt seed"),
    # names
    Case("names/Ünïcode 'quoted' name.txt", "page", _t(PLAIN), shows=("Ünïcode 'quoted' name.txt",)),
    Case("names/name with spaces.txt", "page", _t(PLAIN), shows=("name with spaces.txt",)),
    Case("names/name-with-spaces.txt", "warned", _t(PLAIN),  # slugifies like the one above: a warning
         r"^would be at briefings/names--name-with-spaces/, which names/name with spaces\.txt already has$"),
    Case('names/"double" quotes.md', "page", _t(PLAIN), shows=('"double" quotes.md',)),
    Case("names/!!!.txt", "page", _t(PLAIN)),  # nothing left to slugify in the name
    Case("same/one.md", "page", _t(f"---\ntitle: Same Title For Both\n---\n{PLAIN}")),
    Case("same/two.md", "page", _t(f"---\ntitle: Same Title For Both\n---\n{PLAIN}")),
    Case("same/slug-a.md", "page", _t(f"---\nslug: shared-slug\n---\n{PLAIN}")),
    # a slug declared twice: the second file (in path order) keeps its page at its path's URL, with a warning
    Case("same/slug-b.md", "warned", _t(f"---\nslug: shared-slug\n---\n{PLAIN}"),
         r"^declares slug 'shared-slug', which same/slug-a\.md already declares$", line=2),
    # skipped, and reported as skipped: hidden files and folders, editor backups
    Case(".hidden.txt", "skipped", _t(PLAIN), "hidden file"),
    Case("files/.hidden.md", "skipped", _t(PLAIN), "hidden file"),
    Case(".hidden-folder/inside.txt", "skipped", _t(PLAIN), "hidden folder"),
    Case("notes.txt~", "skipped", _t(PLAIN), "editor backup"),
    Case("#draft.txt#", "skipped", _t(PLAIN), "editor backup"),
    Case("x.txt.swp", "skipped", _binary(), "editor backup"),
    Case("files/report.txt.bak", "skipped", _t(PLAIN), "editor backup"),
    # folders named like backups are read like any other
    Case("q1.tmp/inside.txt", "page", _t(PLAIN)),
    Case("something.orig/inside.md", "page", _t(PLAIN)),
    # symbolic links out of the seeds folder
    Case("links/outside.txt", "problem", message=r"^is a symbolic link to a file outside the seeds folder",
         link="outside/secret.txt"),
    Case("links/dangling.txt", "problem", message=r"^is a symbolic link to a file outside the seeds folder",
         link="outside/does-not-exist.txt"),
    Case("links/outside-folder", "problem", message=r"^is a symbolic link to a folder; not followed",
         link="outside"),
    Case("links/sidecar-out.txt", "problem", _t(PLAIN),
         r"^sidecar 'sidecar-out\.yml' is a symbolic link outside the seeds folder"),
    Case("links/sidecar-out.yml", "problem", message=r"^is a symbolic link to a file outside the seeds folder",
         link="outside/secret.yml"),
]
COUNTED = [c for c in CASES if c.expect in ("page", "problem", "warned")]
PAGES = [c for c in CASES if c.expect in ("page", "warned")]
PROBLEMS = [c for c in CASES if c.expect == "problem"]
WARNED = [c for c in CASES if c.expect == "warned"]
SKIPPED = [c for c in CASES if c.expect == "skipped"]
# seed files by name that are read and fail: each has a page saying why (links and other types have none)
UNUSED_PAGES = [c for c in PROBLEMS if c.link is None and c.path.endswith((".txt", ".md"))]


def write_seeds(root: Path) -> Path:
    seeds = root / "seeds"
    outside = root / "outside"
    outside.mkdir(parents=True)
    (outside / "secret.txt").write_text(f"{OUTSIDE_SECRET}. The secret report said so.\n", encoding="utf-8")
    (outside / "secret.yml").write_text(f"title: {OUTSIDE_SIDECAR_SECRET}\n", encoding="utf-8")
    for case in CASES:
        path = seeds / case.path
        path.parent.mkdir(parents=True, exist_ok=True)
        if case.link is not None:
            path.symlink_to(root / case.link)
        else:
            path.write_bytes(case.content.replace(b"{pwned}", str(root / "pwned").encode()))
    return seeds


def listing(folder: Path) -> dict[str, str]:
    """Every path under folder (links not followed) with a digest of what it holds."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink():
            out[path.relative_to(folder).as_posix()] = "-> " + os.readlink(path)
        elif path.is_file():
            out[path.relative_to(folder).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            out[path.relative_to(folder).as_posix() + "/"] = ""
    return out


# --- reading HTML ---------------------------------------------------------------------------------------

class Html(HTMLParser):
    """Every start tag (with its raw-text content for script/style), the <title>, and the article's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[tuple[str, str | None], ...], bool]] = []  # tag, attrs, in article
        self.raw: dict[int, str] = {}  # index in tags -> text inside script/style
        self.title = ""
        self.article: list[str] = []
        self._article_depth = 0
        self._in_title = False
        self._raw_index: int | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(attrs), self._article_depth > 0))
        if tag in ("script", "style"):
            self._raw_index = len(self.tags) - 1
            self.raw[self._raw_index] = ""
        if tag == "article":
            self._article_depth += 1
        if tag == "title":
            self._in_title = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(attrs), self._article_depth > 0))

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._article_depth -= 1
        if tag == "title":
            self._in_title = False
        if tag in ("script", "style"):
            self._raw_index = None

    def handle_data(self, data: str) -> None:
        if self._raw_index is not None:
            self.raw[self._raw_index] += data
        if self._in_title:
            self.title += data
        if self._article_depth:
            self.article.append(data)

    def signatures(self) -> set[tuple[object, ...]]:
        """Dangerous tags, each with its attributes and content, for comparing with the theme's own. A
        page's own description, titles and JSON-LD differ from the baseline's by design: their text is
        left out (test_page_metadata_is_text_and_json_ld_is_data checks it), their tags are not."""
        return {(tag, _page_meta(tag, attrs), None if _is_json_ld(tag, attrs) else self.raw.get(i))
                for i, (tag, attrs, _) in enumerate(self.tags) if tag in DANGEROUS_TAGS and not _is_drawing(tag, attrs)}


PAGE_META = {"description", "og:type", "og:title", "og:description", "og:url", "twitter:title", "twitter:description"}


def _is_drawing(tag: str, attrs: tuple[tuple[str, str | None], ...]) -> bool:
    """The Network page's own <svg> (network.md.j2): its box depends on the names drawn, so it differs
    from any baseline's by design. Seed text is escaped, so no seed can write it; test_network.py
    checks what is inside it."""
    return tag == "svg" and dict(attrs).get("class") == "network-graph"


def _page_meta(tag: str, attrs: tuple[tuple[str, str | None], ...]) -> tuple[tuple[str, str | None], ...]:
    """The attributes, with the content of a page's own <meta> (structured.py) left out."""
    values = dict(attrs)
    if tag != "meta" or (values.get("name") or values.get("property")) not in PAGE_META:
        return attrs
    return tuple((name, "…" if name == "content" else value) for name, value in attrs)


def _is_json_ld(tag: str, attrs: tuple[tuple[str, str | None], ...]) -> bool:
    return tag == "script" and attrs == (("type", "application/ld+json"),)


def parse(html: str) -> Html:
    parser = Html()
    parser.feed(html)
    parser.close()
    return parser


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def links_as_text(text: str) -> str:
    return re.sub(r"\[([^\[\]\n]+)\]\([^()\s]*\)", r"\1", text)


def unsafe_attributes(parsed: Html) -> list[tuple[str, str, str | None]]:
    found = []
    for tag, attrs, _ in parsed.tags:
        for name, value in attrs:
            url = re.sub(r"[\x00-\x20]", "", value or "").lower()
            if name.lower().startswith("on") or (
                    name in ("href", "src", "action", "formaction", "xlink:href", "data")
                    and url.startswith(("javascript:", "data:", "vbscript:"))):
                found.append((tag, name, value))
    return found


# --- fixtures -------------------------------------------------------------------------------------------

@dataclass
class Built:
    root: Path
    site: Path
    result: subprocess.CompletedProcess
    seconds: float
    before: dict[str, str]
    after: dict[str, str]
    docs_before: set[str]
    docs_after: set[str]
    export: dict

    def briefing(self, case: Case) -> dict:
        found = [b for b in self.export["briefings"] if b["source_file"] == case.path]
        assert len(found) == 1, (case.path, [b["source_file"] for b in self.export["briefings"]])
        return found[0]

    def page(self, case: Case) -> str:
        return (self.site / self.briefing(case)["url"] / "index.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = tmp_path_factory.mktemp("hostile")
    seeds = write_seeds(root)
    before = listing(root)
    docs_before = {p.as_posix() for p in (ROOT / "docs").rglob("*")}
    start = time.monotonic()
    result = build_site(seeds, root / "site", strict=False)
    seconds = time.monotonic() - start
    assert result.returncode == 0, result.stderr[-5000:]
    after = {k: v for k, v in listing(root).items() if not k.startswith("site/")}
    export = json.loads((root / "site" / "briefing.json").read_text(encoding="utf-8"))
    return Built(root, root / "site", result, seconds, before, after, docs_before,
                 {p.as_posix() for p in (ROOT / "docs").rglob("*")}, export)


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[object, ...]]:
    """Dangerous-tag signatures the theme itself emits, from a site built from benign seeds."""
    root = tmp_path_factory.mktemp("baseline")
    seeds = root / "seeds"
    (seeds / "sub").mkdir(parents=True)
    (seeds / "sub" / "benign.txt").write_text(PLAIN, encoding="utf-8")
    (seeds / "benign.md").write_text(f"---\ntitle: Benign\npublisher: Benign Times\n---\n{PLAIN}", encoding="utf-8")
    result = build_site(seeds, root / "site")
    assert result.returncode == 0, result.stderr[-5000:]
    signatures: set[tuple[object, ...]] = set()
    for path in (root / "site").rglob("*.html"):
        signatures |= parse(path.read_text(encoding="utf-8")).signatures()
    return signatures


# --- the build as a whole -------------------------------------------------------------------------------

def test_build_is_fast_and_every_seed_is_accounted_for(hostile: Built) -> None:
    assert hostile.seconds < 60, f"build took {hostile.seconds:.1f} s"
    summary = SUMMARY_LINE.findall(hostile.result.stderr)
    assert len(summary) == 1, hostile.result.stderr[-3000:]
    found, pages, problems, warned, skipped = map(int, summary[0])
    assert found == pages + problems
    assert (found, pages, problems, warned) == (len(COUNTED), len(PAGES), len(PROBLEMS), len(WARNED))
    assert skipped == len(SKIPPED)
    assert len(hostile.export["briefings"]) == pages
    assert len(hostile.export["problems"]) == problems + warned
    assert "Traceback" not in hostile.result.stderr


def test_every_problem_is_a_warning_naming_the_file(hostile: Built) -> None:
    warnings = [line for line in hostile.result.stderr.splitlines() if line.startswith("WARNING") and "seed '" in line]
    assert len(warnings) == len(PROBLEMS) + len(WARNED)
    for case in PROBLEMS + WARNED:
        assert any(f"seed '{case.path}" in line for line in warnings), case.path


@pytest.mark.parametrize("case", PROBLEMS + WARNED, ids=[c.path for c in PROBLEMS + WARNED])
def test_problem_is_named_with_file_and_line(hostile: Built, case: Case) -> None:
    problems = [p for p in hostile.export["problems"] if p["file"] == case.path]
    assert len(problems) == 1, (case.path, hostile.export["problems"])
    problem = problems[0]
    assert re.search(case.message, problem["message"]), problem
    assert problem["line"] == case.line, problem
    assert problem["briefing_kept"] == (case.expect == "warned")
    briefed = any(b["source_file"] == case.path for b in hostile.export["briefings"])
    assert briefed == (case.expect == "warned")
    index = parse((hostile.site / "briefings" / "index.html").read_text(encoding="utf-8"))
    where = f"{case.path}:{case.line}" if case.line else case.path
    assert where in norm("".join(index.article))


@pytest.mark.parametrize("case", UNUSED_PAGES, ids=[c.path for c in UNUSED_PAGES])
def test_a_seed_that_could_not_be_used_has_a_page_saying_why(hostile: Built, case: Case) -> None:
    problem = next(p for p in hostile.export["problems"] if p["file"] == case.path)
    assert problem["page"] and problem["page"].startswith("briefings/"), problem
    html = (hostile.site / problem["page"] / "index.html").read_text(encoding="utf-8")
    article = norm("".join(parse(html).article))
    assert f"Not analysed: {case.path}" in article
    assert problem["step"] in article and norm(problem["message"]) in article


@pytest.mark.parametrize("case", PAGES, ids=[c.path for c in PAGES])
def test_page_is_made_and_shows_its_text_as_text(hostile: Built, case: Case) -> None:
    briefing = hostile.briefing(case)
    assert re.fullmatch(r"[a-z0-9]+(?:-+[a-z0-9]+)*", briefing["id"]), briefing["id"]
    assert briefing["url"] == f"briefings/{briefing['id']}/"
    parsed = parse(hostile.page(case))
    article = norm("".join(parsed.article))
    for text in case.shows:
        # a plain-text seed's body shows web link markup [text](url) as its text; metadata stays as written
        shown = norm(text) in article or (case.path.endswith(".txt") and norm(links_as_text(text)) in article)
        assert shown, (case.path, text)
    if case.encoding:
        assert briefing["encoding"] == case.encoding


def test_skipped_files_are_reported_as_skipped_never_silently(hostile: Built) -> None:
    named = {b["source_file"] for b in hostile.export["briefings"]} | {p["file"] for p in hostile.export["problems"]}
    for case in CASES:
        if case.expect in ("skipped", "sidecar"):
            assert case.path not in named, case.path
    assert named == {c.path for c in COUNTED}
    skipped = {s["file"]: s["reason"] for s in hostile.export["skipped"]}
    expected = {(c.path.split("/")[0] + "/" if c.message == "hidden folder" else c.path): c.message for c in SKIPPED}
    assert skipped == expected
    logged = [line for line in hostile.result.stderr.splitlines() if "briefing: skipped '" in line]
    assert len(logged) == len(SKIPPED) and all(line.startswith("INFO") for line in logged)
    index = norm("".join(parse((hostile.site / "briefings" / "index.html").read_text(encoding="utf-8")).article))
    assert all(path in index for path in expected)


def test_ids_are_distinct_for_same_titles_slugs_and_names(hostile: Built) -> None:
    ids = [b["id"] for b in hostile.export["briefings"]]
    assert len(ids) == len(set(ids))
    by_file = {b["source_file"]: b for b in hostile.export["briefings"]}
    assert by_file["same/one.md"]["title"] == by_file["same/two.md"]["title"] == "Same Title For Both"
    assert by_file["same/slug-a.md"]["id"] == "shared-slug"
    assert by_file["same/slug-b.md"]["id"] == "same--slug-b"  # the URL its path gives, not a new one
    assert by_file["names/Ünïcode 'quoted' name.txt"]["id"] == "names--unicode-quoted-name"
    assert by_file["ext/front-matter-in.txt"]["id"] == "ext--front-matter-in"  # not the slug written in the text
    pages = {p.parent.name for p in (hostile.site / "briefings").glob("*/index.html")}
    unused = {p["page"].split("/")[1] for p in hostile.export["problems"] if p["page"]}
    assert pages == set(ids) | unused and not set(ids) & unused


# --- no markup from a seed anywhere ------------------------------------------------------------------------

def test_no_seed_markup_in_any_html_file(hostile: Built, baseline: set[tuple[object, ...]]) -> None:
    pages = sorted(hostile.site.rglob("*.html"))
    assert len(pages) > len(PAGES)
    for path in pages:
        parsed = parse(path.read_text(encoding="utf-8"))
        extra = parsed.signatures() - baseline
        assert not extra, (path, sorted(map(str, extra))[:5])
        assert unsafe_attributes(parsed) == [], path


def test_article_of_every_briefing_has_only_template_tags(hostile: Built) -> None:
    for case in PAGES:
        parsed = parse(hostile.page(case))
        used = {tag for tag, _, in_article in parsed.tags if in_article}
        assert used <= TEMPLATE_TAGS, (case.path, used - TEMPLATE_TAGS)
        ids = [value for tag, attrs, inside in parsed.tags if inside for name, value in attrs if name == "id"]
        assert all(re.fullmatch(r"[a-z0-9_-]+", i or "") for i in ids), (case.path, ids)  # no {: #evil }
        classes = " ".join(v or "" for _, attrs, inside in parsed.tags if inside for n, v in attrs if n == "class")
        assert "cls" not in classes.split() and "evil" not in classes


def test_title_header_and_meta_show_the_hostile_title_escaped(hostile: Built) -> None:
    for path in ("markup/title.md", "markup/sidecar.txt"):
        case = next(c for c in CASES if c.path == path)
        html = hostile.page(case)
        parsed = parse(html)
        assert norm(parsed.title).startswith(norm(PAYLOAD) + " - "), parsed.title
        assert html.count("&lt;script&gt;alert(") >= 3  # <title>, header topic, <h1>, source card
        for tag, attrs, _ in parsed.tags:
            if tag == "meta" and "xss" in " ".join(v or "" for _, v in attrs):  # og:title, twitter:title
                assert dict(attrs)["content"] == PAYLOAD and len(attrs) == 2, attrs  # one attribute's text
        assert hostile.briefing(case)["title"] == PAYLOAD


def test_headings_and_toc_come_from_the_templates_only(hostile: Built) -> None:
    expected = {"Summary", "Related briefings", "Across sources", "People, organisations and places", "Original text",
                "Quotes", "Figures", "Dates"}
    for case in PAGES:
        parsed = parse(hostile.page(case))
        toc = [dict(attrs).get("href", "") for tag, attrs, _ in parsed.tags
               if tag == "a" and "md-nav__link" in (dict(attrs).get("class") or "")]
        anchors = {h[1:] for h in toc if (h or "").startswith("#")}
        assert anchors <= {"summary", "related-briefings", "across-sources", "people-organisations-and-places",
                           "original-text", "quotes", "figures", "dates", "__skip", ""}, (case.path, anchors)
        h2 = re.findall(r'<h2 id="[^"]*">(.*?)<a class="headerlink"', hostile.page(case))
        assert h2 and set(h2) <= expected, (case.path, h2)


def test_nav_lists_index_pages_only(hostile: Built) -> None:
    about = (hostile.site / "about" / "index.html").read_text(encoding="utf-8")  # the home page cites briefings
    for briefing in hostile.export["briefings"]:
        assert f'briefings/{briefing["id"]}/' not in about


def test_search_index_holds_escaped_text_only(hostile: Built) -> None:
    index = json.loads((hostile.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    shown = 0
    for doc in index["docs"]:
        for field in ("title", "text"):
            parsed = parse(doc[field])
            assert not {tag for tag, _, _ in parsed.tags} & DANGEROUS_TAGS, (doc["location"], field)
            assert unsafe_attributes(parsed) == [], (doc["location"], field)
            if "&lt;script&gt;alert(" in doc[field]:
                shown += 1
    assert shown >= 4  # the payload is in the index, as escaped text


def test_briefing_json_keeps_seed_text_as_json_data(hostile: Built) -> None:
    raw = (hostile.site / "briefing.json").read_text(encoding="utf-8")
    assert json.dumps(PAYLOAD, ensure_ascii=False) in raw  # a JSON string, quotes escaped
    by_file = {b["source_file"]: b for b in hostile.export["briefings"]}
    assert by_file["markup/title.md"]["title"] == PAYLOAD
    for path in ("markup/fields.md", "markup/sidecar.txt"):
        briefing = by_file[path]
        assert briefing["publisher"] == briefing["author"] == briefing["dek"] == PAYLOAD
        assert briefing["tags"][0] == PAYLOAD
    body = by_file["markup/body.txt"]
    texts = [s["text"] for s in body["summary"]]
    assert texts and all(norm(t) in norm(links_as_text(BODY_WITH_MARKUP)) for t in texts)
    assert "\u0000" not in raw and "\\u0000" not in raw and "\x1b" not in raw and "\\u001b" not in raw


def test_page_metadata_is_text_and_json_ld_is_data(hostile: Built) -> None:
    """Each briefing's JSON-LD block is one script that parses back to the seed's own strings; nothing
    in a seed (</script>, <!--, quotes) ends it or adds a tag. Meta tags hold seed text as values."""
    for case in PAGES:
        html = hostile.page(case)
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        assert len(blocks) == 1, case.path
        assert not re.search("[<>&\u2028\u2029]", blocks[0]), case.path
        data = json.loads(blocks[0])
        briefing = hostile.briefing(case)
        assert data["isBasedOn"] in (briefing["source_url"], {
            "@type": "CreativeWork", "name": case.path,
            "identifier": {"@type": "PropertyValue", "propertyID": "sha256", "value": briefing["sha256"]}})
        for key, field in (("author", "author"), ("publisher", "publisher")):
            assert data.get(key, {}).get("name") == (briefing[field] and norm(briefing[field])), (case.path, key)
    fields = hostile.briefing(next(c for c in CASES if c.path == "markup/fields.md"))
    data = json.loads(re.findall(r'ld\+json">(.*?)</script>', hostile.page(next(c for c in CASES
                                                                              if c.path == "markup/fields.md")))[0])
    assert fields["title"] == data["author"]["name"] == PAYLOAD
    assert PAYLOAD.startswith(data["headline"].removesuffix("…"))  # clipped to 110 characters, as text


def test_fields_and_sidecar_values_are_shown_escaped_on_the_card(hostile: Built) -> None:
    for path in ("markup/fields.md", "markup/sidecar.txt"):
        html = hostile.page(next(c for c in CASES if c.path == path))
        escaped = html.count("&lt;iframe src=&#34;https://evil.example/frame&#34;&gt;")
        assert escaped >= 4, (path, escaped)  # publisher, author, dek, tags (and title for the sidecar)


# --- extension syntax, template syntax, front matter in a .txt -------------------------------------------

@pytest.mark.parametrize("path", ["ext/syntax.txt", "ext/syntax.md"])
def test_extension_and_template_syntax_is_text(hostile: Built, path: str) -> None:
    html = hostile.page(next(c for c in CASES if c.path == path))
    parsed = parse(html)
    article = norm("".join(parsed.article))
    assert "{{ 7*7 }}" in article and "{% include 'x' %}" in article and "{# comment #}" in article
    original = article[article.index("Original text"):]
    assert "49" not in original
    assert "root:" not in html and "/bin/" not in html
    classes = " ".join(v or "" for _, attrs, inside in parsed.tags if inside for n, v in attrs if n == "class")
    for generated in ("admonition", "tabbed", "toc", "footnote", "footnote-ref"):
        assert generated not in classes.split(), (path, generated)
    tables = [attrs for tag, attrs, inside in parsed.tags if inside and tag == "table"]
    assert all(dict(a).get("class") == "briefing-entities" for a in tables), tables
    assert not any(tag == "abbr" for tag, _, _ in parsed.tags)


def test_front_matter_fence_in_a_txt_seed_is_text(hostile: Built) -> None:
    briefing = hostile.briefing(next(c for c in CASES if c.path == "ext/front-matter-in.txt"))
    assert briefing["provenance"]["title"] == {"source": "not stated", "value": None}
    assert briefing["title"].startswith("--- title: Injected Title slug: injected-slug")  # opening words
    assert briefing["publisher"] is None and briefing["id"] == "ext--front-matter-in"


# --- YAML ------------------------------------------------------------------------------------------------

def test_alias_bomb_fails_fast_in_the_reader(tmp_path: Path) -> None:
    from briefing_site.model import SeedError, SeedFile
    from briefing_site.reading import read_seed

    seed = tmp_path / "bomb.md"
    seed.write_text(f"---\n{BILLION_LAUGHS}---\n{PLAIN}", encoding="utf-8")
    start = time.monotonic()
    with pytest.raises(SeedError, match="aliases are not allowed") as error:
        read_seed(SeedFile(seed, "bomb.md"), tmp_path, 2_000_000)
    assert time.monotonic() - start < 1.0
    assert error.value.line == 3


def test_python_tag_runs_nothing(hostile: Built) -> None:
    assert not (hostile.root / "pwned").exists()


# --- files -----------------------------------------------------------------------------------------------

def test_control_characters_are_stripped_everywhere(hostile: Built) -> None:
    case = next(c for c in CASES if c.path == "files/controls.txt")
    html = hostile.page(case)
    for char in "\x00\x07\x08\x0b\x1b\x7f":
        assert char not in html, repr(char)
    assert "[31m" not in html and "[2K" not in html and "[1;32m" not in html
    for path in [*hostile.site.rglob("*.html"), hostile.site / "briefing.json", hostile.site / "search" /
                 "search_index.json"]:
        text = path.read_text(encoding="utf-8")
        assert "\x00" not in text and "\x1b" not in text and "\\u001b" not in text and "\\u0000" not in text, path


def test_ansi_osc_sequences_are_stripped(hostile: Built) -> None:
    case = next(c for c in CASES if c.path == "files/ansi-osc.txt")
    article = norm("".join(parse(hostile.page(case)).article))
    assert "The ministry said the border talks would resume on Monday." in article
    assert "Officials named the envoy as the lead negotiator." in article
    assert "OSC-TITLE-RESIDUE" not in article and "osc8-link" not in article and "]8;;" not in article


def test_bom_and_line_ends_do_not_reach_the_page(hostile: Built) -> None:
    for path in ("files/bom-utf8.txt", "files/bom-utf16.txt", "files/crlf.txt"):
        case = next(c for c in CASES if c.path == path)
        html = hostile.page(case)
        assert "\ufeff" not in html and "\r" not in html, path
        briefing = hostile.briefing(case)
        assert not briefing["title"].startswith("\ufeff")
    crlf = hostile.briefing(next(c for c in CASES if c.path == "files/crlf.txt"))
    assert [s["text"] for s in crlf["summary"]] in (
        ["First paragraph says the talks resumed.", "Second one says they ended."],
        ["Second one says they ended."])


def test_sha256_is_of_the_bytes_on_disk(hostile: Built) -> None:
    for case in PAGES:
        if case.link is None and case.content:
            assert hostile.briefing(case)["sha256"] == hashlib.sha256(case.content).hexdigest(), case.path


def test_nothing_from_outside_the_seeds_folder_reaches_the_site(hostile: Built) -> None:
    for path in hostile.site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".xml", ".md", ".txt"):
            text = path.read_text(encoding="utf-8", errors="replace")
            assert OUTSIDE_SECRET not in text and OUTSIDE_SIDECAR_SECRET not in text, path
            assert "root:x:0:0" not in text, path


def test_nothing_is_written_outside_the_site_folder(hostile: Built) -> None:
    assert hostile.after == hostile.before  # seeds/ and outside/ untouched, nothing new beside them
    new_docs = hostile.docs_after - hostile.docs_before
    ids = {b["id"] for b in hostile.export["briefings"]}
    assert not [p for p in new_docs if "briefing" in p or any(i in p for i in ids)], new_docs
    for path in hostile.site.rglob("*"):
        assert path.resolve().is_relative_to(hostile.site.resolve()), path
    assert not Path("/abs/path").exists() and not (hostile.root / "etc").exists()


# --- cases that need a build of their own ----------------------------------------------------------------

def _build(seeds: Path, site: Path, timeout: float) -> subprocess.CompletedProcess:
    """conftest.build_site with a shorter timeout (TimeoutExpired kills the build)."""
    env = {**os.environ, "BRIEFING_SEEDS": str(seeds), "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)


def _long_line() -> str:
    rng = random.Random(7)
    words = ("the minister said officials from Ankara and Baghdad met in Erbil on Tuesday to discuss border "
             "security Zorbin Quell told reporters that cooperation against militants would continue despite "
             "concerns").split()
    out: list[str] = []
    size = 0
    while size < 1_000_000:
        word = rng.choice(words)
        out.append(word)
        size += len(word) + 1
    return " ".join(out)[:1_000_000]


LONG_LINE_BUDGET = 20  # seconds; a fixed pipeline builds this seed in about 5 s on a 2-core machine


def test_one_line_of_a_million_characters_builds_in_time(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "long-line.txt").write_text(_long_line() + "\n", encoding="utf-8")
    result = _build(seeds, tmp_path / "site", timeout=LONG_LINE_BUDGET)
    assert result.returncode == 0, result.stderr[-3000:]
    assert SUMMARY_LINE.search(result.stderr).groups() in (("1", "1", "0", "0", "0"), ("1", "0", "1", "0", "0"))


def _name_dense_text(count: int) -> str:
    """Many distinct two-word names, each reused by surname: the shape that made merging quadratic."""
    syllables = ["ba", "ko", "ri", "tu", "me", "za", "lo", "ni", "ve", "du"]
    def name(i: int) -> str:
        return "".join(syllables[(i // 10 ** k) % 10] for k in range(4)).capitalize()
    return " ".join(f"The report said {name(3 * i)} {name(3 * i + 1)} met officials in the city. "
                    f"Later {name(3 * i + 1)} left with {name(3 * i + 2)} in the morning." for i in range(count))


@pytest.mark.parametrize("name, content", [
    ("caps.txt", " ".join(["Ankara Said Baghdad Minister Erbil"] * 8000)),  # a long run of capitalised words
    ("names.txt", _name_dense_text(3000)),  # thousands of distinct names
], ids=["capitalised-run", "name-dense"])
def test_name_heavy_seeds_build_in_bounded_time(tmp_path: Path, name: str, content: str) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / name).write_text(content, encoding="utf-8")
    result = _build(seeds, tmp_path / "site", timeout=LONG_LINE_BUDGET)
    assert result.returncode == 0, result.stderr[-3000:]
    assert SUMMARY_LINE.search(result.stderr).groups() == ("1", "1", "0", "0", "0")


@pytest.mark.parametrize("name, content", [
    ("index.txt", PLAIN),
    ("other.md", f"---\nslug: index\ntitle: Slug index\n---\n{PLAIN}"),
], ids=["file-named-index", "slug-index"])
def test_seed_called_index_gets_its_own_page(tmp_path: Path, name: str, content: str) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / name).write_text(content, encoding="utf-8")
    (seeds / "normal.txt").write_text("Another report said the talks went well.\n", encoding="utf-8")
    result = build_site(seeds, tmp_path / "site", strict=False)
    assert result.returncode == 0, result.stderr[-2000:]
    data = json.loads((tmp_path / "site" / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["briefings"]) == 2
    assert "index" not in {b["id"] for b in data["briefings"]}
    index = (tmp_path / "site" / "briefings" / "index.html").read_text(encoding="utf-8")
    assert 'class="briefings-index"' in index  # the index page is still the index


YAML_VALUE_ERRORS = {
    "impossible-date": "date: 2024-02-30",
    "bad-int-tag": "title: !!int abc",
    "bad-bool-tag": "title: !!bool maybe",
    "bad-timestamp-tag": "date: !!timestamp 2024-13-01",
}


def _bad_value_seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bad-date.md").write_text(f"---\ntitle: Bad date\n{YAML_VALUE_ERRORS['impossible-date']}\n---\n{PLAIN}",
                                       encoding="utf-8")
    (seeds / "bad-sidecar.txt").write_text(PLAIN, encoding="utf-8")
    (seeds / "bad-sidecar.yml").write_text("title: Fine\nauthor: !!int abc\n", encoding="utf-8")
    (seeds / "good.txt").write_text(PLAIN, encoding="utf-8")
    return seeds


@pytest.fixture(scope="module")
def bad_values(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess, dict]:
    root = tmp_path_factory.mktemp("bad-values")
    result = build_site(_bad_value_seeds(root), root / "site", strict=False)
    data = json.loads((root / "site" / "briefing.json").read_text(encoding="utf-8")) if result.returncode == 0 else {}
    return result, data


def test_unbuildable_yaml_value_is_a_problem_not_a_crash(bad_values: tuple[subprocess.CompletedProcess, dict]) -> None:
    result, data = bad_values
    assert result.returncode == 0, result.stderr[-2000:]
    assert [b["source_file"] for b in data["briefings"]] == ["good.txt"]
    problems = {p["file"]: p for p in data["problems"]}
    assert set(problems) == {"bad-date.md", "bad-sidecar.txt"}
    assert re.search(r"^front matter .*day is out of range for month", problems["bad-date.md"]["message"])
    assert re.search(r"^sidecar bad-sidecar\.yml .*'abc'", problems["bad-sidecar.txt"]["message"])


def test_unbuildable_yaml_value_names_its_line(bad_values: tuple[subprocess.CompletedProcess, dict]) -> None:
    _, data = bad_values
    assert {(p["file"], p["line"]) for p in data["problems"]} == {("bad-date.md", 3), ("bad-sidecar.txt", 2)}


@pytest.mark.parametrize("line", list(YAML_VALUE_ERRORS.values()), ids=list(YAML_VALUE_ERRORS))
def test_yaml_value_errors_are_seed_errors(tmp_path: Path, line: str) -> None:
    from briefing_site.model import SeedError, SeedFile
    from briefing_site.reading import read_seed

    seed = tmp_path / "x.md"
    seed.write_text(f"---\nkind: news\n{line}\n---\n{PLAIN}", encoding="utf-8")
    with pytest.raises(SeedError, match=r"^front matter ") as error:
        read_seed(SeedFile(seed, "x.md"), tmp_path, 2_000_000)
    assert error.value.line == 3


# Shapes that once made one step quadratic (a crash hunt found each); about 200 KB each, where a
# quadratic step took minutes. One build of all of them must finish within the budget: a hang
# detector, not a benchmark (the budget is several times what a linear pipeline needs).
PATHOLOGICAL = {
    "punctuation-run.txt": "." * 200_000,  # sentence ends scanned from every mark of a run
    "question-run.txt": "?!" * 100_000,
    "lowercase-blocks.txt": "a\n\n" * 66_000,  # each block continued the one before, re-joined
    "percent-figures.txt": "5% " * 66_000,  # a source searched once per figure
    "acronym-list.txt": "IBM," * 50_000,  # the sentence before each mention searched again
    "lead-punctuation.txt": "=" * 100_000 + "\n" + "Abc, " * 20_000,  # sentence start rescanned per name
    "bare-years.txt": "2020 " * 40_000,  # each date checked against every earlier one
    "todays.txt": "today " * 33_000,
    "quotes.txt": '"we are fine here" and ' * 9_000,  # each quote scanned every mention
    "speaker-quotes.txt": 'Al Bo: "We go now." ' * 10_000,
}
PATHOLOGICAL_BUDGET = 120  # seconds for all ten; a linear pipeline takes well under 30 here


def test_pathological_shapes_build_in_linear_time(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in PATHOLOGICAL.items():
        (seeds / name).write_text(text + "\n", encoding="utf-8")
    result = _build(seeds, tmp_path / "site", timeout=PATHOLOGICAL_BUDGET)
    assert result.returncode == 0, result.stderr[-3000:]
    found, briefings, unused, _, _ = SUMMARY_LINE.search(result.stderr).groups()
    assert int(found) == len(PATHOLOGICAL) == int(briefings) + int(unused)
    assert "could not be analysed" not in result.stderr  # no step failed on them either


LONG_NAME = "Q" + "x" * 299
ACTOR_NAMES = ("Index", "Владимир Путин", LONG_NAME)  # reserved, in another script, longer than a file name


def test_actors_named_like_a_page_in_another_script_or_too_long_get_pages_of_their_own(tmp_path: Path) -> None:
    """An actor called Index took the Actors list's URL; a name in another script had the empty id
    (one actor for all such names, its page never written); a 300-letter name stopped the build
    (its page's folder name was too long)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    texts = ("Border talks\n\nOfficials from {} said on Monday that the border talks with Ankara would resume "
             "next month. A spokesman for the delegation met the foreign minister in Baghdad.",
             "Water in Basra\n\nFarmers in Basra complained on Thursday about falling river levels. According "
             "to a statement, {} urged the government to release more water from the dams upstream.")
    for number, text in enumerate(texts):
        (seeds / f"report-{number}.txt").write_text(text.format(", ".join(ACTOR_NAMES)) + "\n", encoding="utf-8")
    result = build_site(seeds, tmp_path / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    site = tmp_path / "site"
    assert 'id="actors"' in (site / "actors" / "index.html").read_text(encoding="utf-8")  # still the list of actors
    data = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    pages = {e["name"]: e for e in data["entities"] if e.get("url")}
    for name in ACTOR_NAMES:
        entity = pages[name]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entity["id"]) and len(entity["id"]) <= 64
        assert entity["id"] != "index"
        assert (site / entity["url"] / "index.html").is_file()
