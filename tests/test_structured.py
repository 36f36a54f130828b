"""What pages say about themselves (structured.py): descriptions, Open Graph and Twitter tags,
schema.org JSON-LD on briefings, hover previews on links, and the search dialog's name."""

from __future__ import annotations

import dataclasses
import html
import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import material
import pytest
from briefing_site.knowledge import load_knowledge
from briefing_site.model import Analysis, Entity, EntityProfile, Mention, RawSeed, Settings
from briefing_site.pipeline import analyse
from briefing_site.render import with_previews
from briefing_site.structured import (
    MAX_MENTIONS,
    PageFile,
    PageHead,
    briefing_description,
    briefing_json_ld,
    clip,
    entity_description,
    home_description,
    json_ld_text,
    script_json,
)
from conftest import ROOT, build_site, render_all, with_ids

BODY = ("Officials from Türkiye met their Iraqi counterparts in Baghdad on Monday, the ministry said. "
        "They agreed to meet again in Ankara next month to discuss border security.\n\n"
        "Minister Ali Yerlikaya said the talks had been useful.\n")
SITE_DESCRIPTION = "Briefings generated from source documents on Türkiye–Iraq security cooperation."
# Everything that could end or break a <script> block, or an attribute, from a seed's metadata.
HOSTILE = "Talks </script><script>alert(1)</script> <!-- end \"double\" 'single' &amp; line\u2028sep"
HOSTILE_NAME = "odd <script> <!-- \"name\" & line\u2028sep.txt"  # a file name cannot hold "/"


def _analysis(declared: dict[str, object] | None = None, text: str = BODY, name: str = "a.md") -> Analysis:
    raw = RawSeed(name, text, "ab" * 32, "utf-8", declared or {}, "front matter" if declared else "", 1)
    return analyse(raw, Settings(seeds_dir=Path(".")), load_knowledge(None))


def _entity(name: str, kind: str, mentions: int) -> Entity:
    return Entity(name.lower(), name, kind, (), (), tuple(Mention(0, 0, 1, name) for _ in range(mentions)))


# --- descriptions -------------------------------------------------------------------------------

def test_clip_keeps_short_text_on_one_line() -> None:
    assert clip("Talks  resumed\nin\u2028Baghdad.") == "Talks resumed in Baghdad."


def test_clip_stops_at_a_sentence_end_past_the_floor() -> None:
    first = "A" * 150 + " ends here."
    text = f"{first} {'B' * 20} second sentence runs well past the limit of two hundred characters."
    assert clip(text) == first


def test_clip_cuts_a_long_sentence_at_a_word() -> None:
    text = " ".join(["word"] * 80) + "."
    clipped = clip(text)
    assert len(clipped) <= 200 and clipped.endswith("word…") and clipped[:-1] in text


def test_briefing_description_is_its_summary() -> None:
    analysis = _analysis()
    texts = {s.index: s.text for s in analysis.document.sentences}
    assert briefing_description(analysis) == clip(" ".join(texts[i] for i in analysis.summary))
    assert briefing_description(analysis).startswith("Officials from Türkiye met")


def test_home_and_entity_descriptions() -> None:
    assert home_description(["One point.", "Another point."]) == "One point. Another point."
    assert home_description([]) == ""
    profile = EntityProfile("iraq", "Iraq", "place", "", False, (), (), ("a", "b"), (), 3, ())
    assert entity_description(profile) == "Iraq: place, named in 2 briefings."
    described = dataclasses.replace(profile, description="A country in  western Asia.")
    assert entity_description(described) == "A country in western Asia."


# --- JSON-LD ------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind, schema_type", [
    ("news", "ReportageNewsArticle"),
    ("analysis", "AnalysisNewsArticle"),
    ("opinion", "OpinionNewsArticle"),
    ("press release", "Article"),
    ("other", "Article"),
])
def test_article_type_follows_the_kind(kind: str, schema_type: str) -> None:
    assert briefing_json_ld(_analysis({"kind": kind}))["@type"] == schema_type


def test_known_metadata_is_in_the_json_ld() -> None:
    data = briefing_json_ld(_analysis({"title": "Border talks", "author": "Mira Tanaka", "publisher": "The Ledger",
                                       "date": "2024-12-26", "url": "https://example.org/talks"}))
    assert data["@context"] == "https://schema.org"
    assert data["headline"] == "Border talks"
    assert data["author"] == {"@type": "Person", "name": "Mira Tanaka"}
    assert data["publisher"] == {"@type": "Organization", "name": "The Ledger"}
    assert data["datePublished"] == "2024-12-26"
    assert data["isBasedOn"] == "https://example.org/talks"
    assert str(data["abstract"]).startswith("Officials from Türkiye met")


def test_what_is_not_known_is_left_out() -> None:
    data = briefing_json_ld(_analysis(text="Talks resumed on a day nobody recorded, officials said.\n"))
    assert not {"author", "publisher", "datePublished"} & set(data)
    assert data["isBasedOn"] == {"@type": "CreativeWork", "name": "a.md", "identifier": {
        "@type": "PropertyValue", "propertyID": "sha256", "value": "ab" * 32}}


def test_mentions_are_typed_ranked_and_capped() -> None:
    entities = (_entity("Ankara", "place", 2), _entity("Kurds", "group", 9), _entity("Ali Yerlikaya", "person", 5),
                _entity("Memorandum", "other", 7), _entity("Interior Ministry", "organisation", 3),
                *(_entity(f"Town {n}", "place", 1) for n in range(30)))
    data = briefing_json_ld(dataclasses.replace(_analysis(), entities=entities))
    mentions = data["mentions"]
    assert isinstance(mentions, list) and len(mentions) == MAX_MENTIONS
    assert mentions[:3] == [{"@type": "Person", "name": "Ali Yerlikaya"},
                            {"@type": "Organization", "name": "Interior Ministry"},
                            {"@type": "Place", "name": "Ankara"}]
    assert not {"Kurds", "Memorandum"} & {m["name"] for m in mentions}


def test_headline_is_clipped_for_consumers() -> None:
    data = briefing_json_ld(_analysis({"title": " ".join(["Headline"] * 30)}))
    assert len(str(data["headline"])) <= 110 and str(data["headline"]).endswith("…")


def test_script_json_cannot_end_or_break_its_script() -> None:
    data = {"headline": HOSTILE + "\u2029\udc80", "author": {"@type": "Person", "name": "</SCRIPT >-->"}}
    text = script_json(data)
    assert not re.search("[<>&\u2028\u2029\ud800-\udfff]", text)
    assert json.loads(text) == data  # the same strings, every character
    assert script_json(data) == text and text.index('"author"') < text.index('"headline"')  # sorted: stable bytes


def test_script_json_adds_the_page_url_when_the_site_has_one() -> None:
    assert "url" not in json.loads(script_json({"@type": "Article"}))
    data = json.loads(script_json({"@type": "Article"}, "https://example.org/b/x/"))
    assert data["url"] == data["mainEntityOfPage"] == "https://example.org/b/x/"


def test_hook_escapes_the_description_and_gives_the_json_ld_its_url() -> None:
    import briefing  # the MkDocs hook: hooks/ is on the test path

    page = SimpleNamespace(meta={}, canonical_url="https://example.org/b/x/")
    briefing.describe(page, PageHead('<b>"Talks"</b> & more', "article", json_ld_text({"@type": "Article"})))  # type: ignore[arg-type]
    assert str(page.meta["description"]) == "&lt;b&gt;&#34;Talks&#34;&lt;/b&gt; &amp; more"
    assert page.meta["og_type"] == "article"
    assert json.loads(str(page.meta["json_ld"]))["url"] == "https://example.org/b/x/"
    quiet = SimpleNamespace(meta={}, canonical_url=None)
    briefing.describe(quiet, PageHead())  # type: ignore[arg-type]
    assert quiet.meta == {"og_type": "website"}  # the site description stays; no JSON-LD


# --- previews on links --------------------------------------------------------------------------

def test_with_previews_marks_the_listed_links_only() -> None:
    page = ('<a href="../x/">x</a> <a class="c" href="../x/#s-2">s</a> <a href="#s-1">here</a> '
            '<a title="a href=&#34;../x/&#34;" href="../y/">y</a> &lt;a href="../x/"&gt;')
    marked = with_previews(page, {"../x/", "../x/#s-2"})
    assert marked == ('<a href="../x/" data-preview="">x</a> <a class="c" href="../x/#s-2" data-preview="">s</a> '
                      '<a href="#s-1">here</a> <a title="a href=&#34;../x/&#34;" href="../y/">y</a> '
                      '&lt;a href="../x/"&gt;')


def test_rendered_links_to_briefings_and_actors_have_previews(tmp_path: Path) -> None:
    settings = Settings(seeds_dir=tmp_path, entity_page_min_sources=2)
    seeds = [RawSeed(f"{n}.txt", f"{BODY}\n{STORIES[n]}\n", f"{n}" * 64, "utf-8", {}, "", 1) for n in (1, 2)]
    analyses, _ = with_ids([analyse(raw, settings, load_knowledge(None)) for raw in seeds])
    pages = {f.path: f for f in render_all(analyses, {}, [], settings)}
    assert all(isinstance(f, PageFile) for f in pages.values())
    actors = re.findall(r'<a [^>]*href="\.\./briefings/[^"]*"[^>]*>', pages["actors.md"].content)
    assert actors and all("data-preview" in a for a in actors)
    briefing = pages["briefings/1.md"].content
    assert re.search(r'href="\.\./\.\./actors/[^"]*" data-preview=""', briefing)
    assert not re.search(r'href="#[^"]*" data-preview', briefing)  # a link within the page has none


# --- the theme override -------------------------------------------------------------------------

def test_search_partial_is_materials_own_but_for_the_dialog_name() -> None:
    """overrides/partials/search.html copies Material's partial to name the search dialog: after a
    Material upgrade this fails until the copy is made again from the new partial."""
    original = (Path(material.__file__).parent / "templates" / "partials" / "search.html").read_text(encoding="utf-8")
    ours = (ROOT / "overrides" / "partials" / "search.html").read_text(encoding="utf-8")
    named = 'role="dialog" aria-label="{{ lang.t(\'search\') }}"'
    assert named in ours
    assert _markup(ours).replace(named, 'role="dialog"') == _markup(original)


def _markup(template: str) -> str:
    return template[template.index("<div"):]  # past the file's opening comment


# --- a built site -------------------------------------------------------------------------------

class Head(HTMLParser):
    """The <meta> tags, canonical links and JSON-LD blocks of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, list[str]] = {}
        self.canonical: list[str] = []
        self.json_ld: list[str] = []
        self._in_json = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta" and "content" in values:
            self.meta.setdefault(values.get("property") or values.get("name", ""), []).append(values["content"])
        if tag == "link" and values.get("rel") == "canonical":
            self.canonical.append(values["href"])
        if tag == "script" and values.get("type") == "application/ld+json":
            self._in_json = True
            self.json_ld.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_json = self._in_json and tag != "script"

    def handle_data(self, data: str) -> None:
        if self._in_json:
            self.json_ld[-1] += data

    def one(self, key: str) -> str:
        assert len(self.meta.get(key, [])) == 1, (key, self.meta.get(key))
        return self.meta[key][0]


def _front(fields: dict[str, str]) -> str:
    return "---\n" + "".join(f"{key}: {json.dumps(value)}\n" for key, value in fields.items()) + "---\n"


# What makes each seed a story of its own: with BODY alone they would be versions of one story
# (near-duplicates), whose actors count as one source and get no page.
STORIES = [
    "Farmers along the Tigris asked both governments for a fixed share of the river in dry summers, and "
    "engineers were told to report on the dams before the harvest. A committee of six will meet in Mosul "
    "to draw up a schedule of releases for the coming year.",
    "Lorries carrying grain and cement queued for three days at the Habur crossing while customs officers "
    "checked papers by hand. Traders said the delays cost them more than the fuel, and the chamber of "
    "commerce called for a second lane to be opened before winter.",
    "A football friendly between the two national teams was announced for November, the first match between "
    "them in twelve years. Tickets go on sale next week, and the stadium in Erbil will be repainted for the "
    "game, the organisers said.",
    "Schools in the north will teach a new course on the history of the region from September. Teachers "
    "were trained over the summer, and the books were printed in three languages so that every pupil can "
    "read them at home with their families.",
    "An oil pipeline that was shut for a year after a dispute over payments may reopen in the spring, "
    "according to people who work on it. Repairs to two pumping stations are nearly done and a test of the "
    "valves is planned for January.",
    "Flights between the two capitals will run daily from next month, the airline said, with a new route "
    "to Basra added in the summer. Fares will fall by a third, and students will be offered seats at half "
    "price during the holidays.",
]
SEEDS = {
    "news.md": _front({"title": "Ministers meet in Baghdad", "kind": "news", "author": "Mira Tanaka",
                       "publisher": "The Ledger", "date": "2024-12-26", "url": "https://example.org/news"})
    + BODY + "\n" + STORIES[0] + "\n",
    "analysis.md": _front({"title": "What the Baghdad talks mean", "kind": "analysis"})
    + BODY + "\n" + STORIES[1] + "\n",
    "opinion.md": _front({"title": "Ankara should listen", "kind": "opinion", "publisher": "The Column"})
    + BODY + "\n" + STORIES[2] + "\n",
    "release.md": _front({"title": "Ministry statement", "kind": "press release"}) + BODY + "\n" + STORIES[3] + "\n",
    "hostile.md": _front({"title": HOSTILE, "author": HOSTILE, "publisher": HOSTILE, "kind": "news"})
    + f"Officials said {HOSTILE} in Baghdad on Monday.\n\n{BODY}\n{STORIES[4]}\n",
    HOSTILE_NAME: BODY + "\n" + STORIES[5] + "\n",
}
HAND_WRITTEN = ("# Links\n\n[A briefing](briefings/news.md), [an actor](actors/baghdad.md), "
                "[the list](briefings/index.md), [the actors](actors.md), [this page](#links).\n")
TYPES = {"news.md": "ReportageNewsArticle", "analysis.md": "AnalysisNewsArticle", "opinion.md": "OpinionNewsArticle",
         "release.md": "Article", "hostile.md": "ReportageNewsArticle"}


@dataclasses.dataclass(frozen=True)
class Site:
    root: Path
    export: dict

    def page(self, url: str) -> str:
        return (self.root / url / "index.html").read_text(encoding="utf-8")

    def head(self, url: str) -> Head:
        parser = Head()
        parser.feed(self.page(url))
        return parser

    def briefing(self, source_file: str) -> dict:
        return next(b for b in self.export["briefings"] if b["source_file"] == source_file)


def _write_seeds(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name, text in SEEDS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _site(root: Path, result: subprocess.CompletedProcess) -> Site:
    assert result.returncode == 0, result.stderr[-3000:]
    return Site(root, json.loads((root / "briefing.json").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    root = tmp_path_factory.mktemp("structured")
    return _site(root / "site", build_site(_write_seeds(root / "seeds"), root / "site"))


@pytest.fixture(scope="module")
def site_with_url(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The same site with a site_url, and the docs plus a hand-written page linking to a briefing and
    an actor: the project's mkdocs.yml with those two lines changed, read from stdin so that its other
    relative paths still resolve against the project (the working directory)."""
    root = tmp_path_factory.mktemp("structured-url")
    seeds = _write_seeds(root / "seeds")
    shutil.copytree(ROOT / "docs", root / "docs")
    (root / "docs" / "links.md").write_text(HAND_WRITTEN, encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert config.count("\ndocs_dir: docs\n") == 1
    config = config.replace("\ndocs_dir: docs\n", f"\ndocs_dir: {root / 'docs'}\n")
    config += "\nsite_url: https://example.org/site/\n"
    env = {**os.environ, "BRIEFING_SEEDS": str(seeds), "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000",
           "BRIEFING_CACHE": "off"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "-", "-d", str(root / "site")],
                            input=config, env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
    return _site(root / "site", result)


def test_each_briefing_has_one_json_ld_block_of_its_kind(site: Site) -> None:
    for source_file, schema_type in TYPES.items():
        briefing = site.briefing(source_file)
        head = site.head(briefing["url"])
        assert len(head.json_ld) == 1, source_file
        data = json.loads(head.json_ld[0])
        assert data["@type"] == schema_type, source_file
        assert data["headline"] == briefing["title"]
        assert data["abstract"] == " ".join(s["text"] for s in briefing["summary"])
        assert ("author" in data) == (source_file in ("news.md", "hostile.md")), source_file
        assert ("publisher" in data) == (source_file in ("news.md", "opinion.md", "hostile.md")), source_file
        assert ("datePublished" in data) == (source_file == "news.md"), source_file
        assert "url" not in data  # the site has no site_url


def test_known_source_details_reach_the_json_ld(site: Site) -> None:
    data = json.loads(site.head(site.briefing("news.md")["url"]).json_ld[0])
    assert data["author"] == {"@type": "Person", "name": "Mira Tanaka"}
    assert data["publisher"] == {"@type": "Organization", "name": "The Ledger"}
    assert data["datePublished"] == "2024-12-26" and data["isBasedOn"] == "https://example.org/news"
    assert {"@type": "Place", "name": "Baghdad"} in data["mentions"]
    undeclared = json.loads(site.head(site.briefing("analysis.md")["url"]).json_ld[0])
    assert undeclared["isBasedOn"]["identifier"]["value"] == site.briefing("analysis.md")["sha256"]


def _json_ld_text(page: str) -> str:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert len(blocks) == 1
    assert not re.search("[<>&\u2028\u2029]", blocks[0])  # nothing that could end or break the block
    return blocks[0]


def test_hostile_metadata_stays_inside_the_json_ld_and_parses_back(site: Site) -> None:
    """The pipeline turns a line separator in metadata into a space; script_json's own test covers
    U+2028 itself, and the file name below keeps it."""
    briefing = site.briefing("hostile.md")
    page = site.page(briefing["url"])
    data = json.loads(_json_ld_text(page))
    assert data["headline"] == briefing["title"] and "</script><script>alert(1)</script> <!--" in data["headline"]
    assert data["author"]["name"] == briefing["author"] and data["publisher"]["name"] == briefing["publisher"]
    assert '"double"' in data["author"]["name"] and "'single'" in data["publisher"]["name"]
    assert "alert(1)" in data["abstract"]
    assert page.count("<script>alert(1)") == 0


def test_hostile_file_name_stays_inside_the_json_ld_and_parses_back(site: Site) -> None:
    """The file name as the site shows it everywhere (model.visible writes the separator as \\u2028)."""
    briefing = site.briefing(HOSTILE_NAME.replace("\u2028", "\\u2028"))
    data = json.loads(_json_ld_text(site.page(briefing["url"])))
    assert data["isBasedOn"]["name"] == briefing["source_file"]
    assert data["isBasedOn"]["name"].startswith('odd <script> <!-- "name" & line')


def test_descriptions_by_page_type(site: Site) -> None:
    briefing = site.briefing("news.md")
    head = site.head(briefing["url"])
    summary = " ".join(s["text"] for s in briefing["summary"])
    assert head.one("description") == clip(summary) and head.one("og:description") == clip(summary)
    home = site.head("")
    bottom_line = html.unescape(site.page("").split('<ol class="key-points">')[1].split("</ol>")[0])
    assert home.one("description") != SITE_DESCRIPTION and home.one("description")[:60] in bottom_line
    actor = next(e for e in site.export["entities"] if e["url"])
    assert site.head(actor["url"]).one("description") == f"{actor['name']}: {actor['type']}, named in " \
        f"{len(actor['briefings'])} briefings."
    for url in ("timeline", "about", "briefings"):
        assert site.head(url).one("description") == SITE_DESCRIPTION, url


def test_open_graph_and_twitter_tags_on_every_page(site: Site) -> None:
    pages = [p.parent.relative_to(site.root).as_posix() for p in site.root.rglob("index.html")]
    briefings = {b["url"].rstrip("/") for b in site.export["briefings"]}
    assert len(pages) > 10
    for url in pages:
        head = site.head("" if url == "." else url)
        assert head.one("og:type") == ("article" if url in briefings else "website"), url
        assert head.one("og:site_name") and head.one("og:title") == head.one("twitter:title"), url
        assert head.one("og:description") == head.one("twitter:description") == head.one("description"), url
        assert head.one("twitter:card") == "summary"
        assert "og:url" not in head.meta and not head.canonical, url  # no site_url, no URL to claim


def test_hostile_title_is_one_escaped_attribute_value(site: Site) -> None:
    briefing = site.briefing("hostile.md")
    head = site.head(briefing["url"])
    assert head.one("og:title") == head.one("twitter:title") == briefing["title"]


def test_with_a_site_url_pages_name_their_address_once(site_with_url: Site) -> None:
    briefing = site_with_url.briefing("news.md")
    head = site_with_url.head(briefing["url"])
    address = f"https://example.org/site/{briefing['url']}"
    assert head.canonical == [address]  # Material's, not repeated by the override
    assert head.one("og:url") == address
    data = json.loads(head.json_ld[0])
    assert data["url"] == data["mainEntityOfPage"] == address


def test_previews_and_a_named_search_dialog_in_the_site(site: Site) -> None:
    actors = site.page("actors")
    assert re.search(r'<a href="\.\./briefings/[^"]+" data-preview="">', actors)
    assert 'role="dialog" aria-label="Search"' in actors
    assert "https://" not in re.sub(r'https://(schema\.org|example\.org/news)', "", site.page(
        site.briefing("news.md")["url"]).split("</head>")[0].split("<head>")[1])  # nothing loaded from outside


def test_no_link_within_a_page_has_a_preview(site: Site) -> None:
    for path in site.root.rglob("*.html"):
        marked = re.findall(r'<a [^>]*data-preview[^>]*>', path.read_text(encoding="utf-8"))
        assert not [a for a in marked if 'href="#' in a or "headerlink" in a], path


def test_hand_written_links_to_briefings_and_actors_have_previews(site_with_url: Site) -> None:
    """material.extensions.preview marks them (mkdocs.yml); previews need the sitemap site_url makes."""
    article = site_with_url.page("links").split("<article")[1].split("</article>")[0]
    anchors = re.findall(r'<a ([^>]*?)href="([^"]*)"([^>]*)>', article)
    marked = {href for before, href, after in anchors if "data-preview" in before + after}
    assert len(anchors) == 6 and marked == {"../briefings/news/", "../actors/baghdad/"}  # 5 links, 1 permalink
    assert "https://example.org/site/briefings/news/" in (site_with_url.root / "sitemap.xml").read_text()


def test_a_page_keeps_its_skeleton_once_per_kind_and_only_without_front_matter() -> None:
    first = PageFile("actors/a.md", "<h1>A</h1>\n\n## Named in\n\n<ul><li>x</li></ul>\n")
    second = PageFile("actors/b.md", "<h1>B</h1>\n\n## Named in\n\n<ul><li>y</li></ul>\n")
    assert first.skeleton == "BRIEFINGBLOCK000000\n\n## Named in\n\nBRIEFINGBLOCK000001\n"
    assert first.skeleton is second.skeleton  # one string for every page of the kind
    assert PageFile("x.md", "title: front matter?\n\n## H\n").skeleton is None  # read whole, as MkDocs reads it
    assert PageFile.streamed("y.md", ["<p>a</p>\n"]).skeleton is None  # never held whole
