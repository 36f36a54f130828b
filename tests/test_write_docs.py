"""`python -m briefing_site write-docs OUT`: the generated pages as Markdown, for another generator.

The plain tests need nothing but the project: the files, their paths, the same bytes twice, hostile
text escaped (in the Markdown, and in what Python-Markdown makes of it), links that resolve from the
Markdown file. The last test publishes them with Zensical (requirements-zensical.txt) together with
docs/, as docs/life-after-material.md describes, and is skipped when Zensical is not installed.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import markdown
import pytest
from briefing_site.model import GeneratedFile, Settings, SiteBuild
from briefing_site.pipeline import build_site
from briefing_site.write_docs import MANIFEST, WriteDocsError, docs_files, write_docs
from conftest import ROOT

HOSTILE = ('---\ntitle: "<script>alert(\'xss-title\')</script> Border & talks"\n'
           'publisher: "<img src=x onerror=alert(\'xss-pub\')>"\n---\n'
           'Officials said on Monday that the border talks in Baghdad would continue.\n\n'
           '<script>alert("xss-body")</script> <img src=x onerror=alert("xss-img")> '
           '[md-js](javascript:alert("xss-md")) <a href="../../secret/">html-link</a>\n\n'
           'Iraq and Türkiye agreed to meet again in Ankara, the ministry said.\n')
CALM = ("Border talks resume in Baghdad\n\nExample Wire\n\nDecember 26, 2024\n\n"
        "Officials from Iraq and Türkiye met in Baghdad on Thursday, the ministry said. They agreed to meet "
        "again in Ankara.\n")
NEWS = ("Iraq and Türkiye sign security pact\n\nOfficials from Iraq and Türkiye signed a pact in Ankara on "
        "Monday, the ministry said. The pact covers the border near Baghdad.\n")
HOSTILE_MARKUP = re.compile(r"<script[^>]*>[^<]*xss|<img[^>]*onerror|href=\"javascript:|href=\"\.\./\.\./secret",
                            re.IGNORECASE)
ZENSICAL = shutil.which("zensical", path=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")


def _seeds(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    (folder / "calm.txt").write_text(CALM, encoding="utf-8")
    (folder / "news.txt").write_text(NEWS, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> SiteBuild:
    return build_site(Settings(seeds_dir=_seeds(tmp_path_factory.mktemp("seeds"))))


@pytest.fixture(scope="module")
def files(build: SiteBuild) -> dict[str, str]:
    return docs_files(build, directory_urls=True)


# the files (pure) --------------------------------------------------------------------------------


def test_every_generated_file_keeps_the_path_the_mkdocs_build_gives_it(build: SiteBuild,
                                                                       files: dict[str, str]) -> None:
    assert list(files) == sorted(f.path for f in build.files)
    assert {"index.md", "briefings/index.md", "briefings/hostile.md", "briefings/calm.md", "briefings/news.md",
            "briefing.json"} <= set(files)
    export = next(f for f in build.files if f.path == "briefing.json")
    assert files["briefing.json"] == export.content  # data, as the build writes it


def test_pages_get_their_title_escaped_in_front_matter(files: dict[str, str]) -> None:
    page = files["briefings/hostile.md"]
    assert page.startswith('---\ntitle: "&lt;script&gt;alert(&#39;xss-title&#39;)&lt;/script&gt; Border &amp; '
                           'talks"\ndescription: "')
    assert files["actors.md"].startswith('---\ntitle: "Actors"\n')
    assert files["briefings/calm.md"].startswith('---\ntitle: "Border talks resume in Baghdad"\n')


def test_listings_are_left_out_of_search_as_the_hook_trims_them(files: dict[str, str]) -> None:
    """The timeline and the other listings repeat the briefings; the hook's index keeps only their
    opening, and a big timeline is more than Zensical's search index takes."""
    listed = {path for path, text in files.items() if "\nsearch:\n  exclude: true\n---\n" in text}
    assert listed == {"timeline.md", "actors.md", "differences.md", "sources.md", "briefings/index.md", "network.md"}


def test_hostile_text_stays_escaped_in_the_markdown_and_in_what_a_renderer_makes_of_it(
        files: dict[str, str]) -> None:
    for path, text in files.items():
        if not path.endswith(".md"):
            continue
        assert not HOSTILE_MARKUP.search(text), path
        html = markdown.markdown(text.split("\n---\n", 1)[1], extensions=["toc", "attr_list"])
        assert not HOSTILE_MARKUP.search(html), path
    page = markdown.markdown(files["briefings/hostile.md"].split("\n---\n", 1)[1], extensions=["toc", "attr_list"])
    assert '<h1 class="briefing-title">&lt;script&gt;' in page  # the page's HTML blocks pass through as they are
    assert "&lt;script&gt;alert(&#34;xss-body&#34;)&lt;/script&gt;" in page


def _links(text: str) -> list[str]:
    return re.findall(r'\shref="([^"]*)"', text)


def test_links_are_relative_to_the_markdown_file(files: dict[str, str]) -> None:
    """A Markdown generator reads a relative link from the source file: each one must name a
    written page's .md file (or a folder of the site), never a URL one level too deep."""
    checked = 0
    for path, text in files.items():
        if not path.endswith(".md"):
            continue
        for link in _links(text):
            target = unquote(link.partition("#")[0])
            if not target or link.startswith(("#", "http:", "https:", "mailto:")):
                continue
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            docs_page = target.endswith("/") and (ROOT / "docs" / f"{resolved}.md").is_file()  # about.md
            assert resolved in files or docs_page, f"{path}: {link}"
            checked += 1
    assert checked > 20
    assert 'href="../actors/iraq.md"' in files["briefings/calm.md"]


def test_links_follow_plain_urls_too(tmp_path: Path) -> None:
    build = build_site(Settings(seeds_dir=_seeds(tmp_path / "seeds"), use_directory_urls=False))
    plain = docs_files(build, directory_urls=False)
    assert 'href="../actors/iraq.md"' in plain["briefings/calm.md"]
    assert 'href="calm.md"' in plain["briefings/index.md"]


# writing into a folder ---------------------------------------------------------------------------


def _digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_write_docs_writes_only_its_own_files_and_removes_what_is_gone(tmp_path: Path,
                                                                       files: dict[str, str]) -> None:
    out = tmp_path / "docs"
    out.mkdir()
    (out / "about.md").write_text("# About\n", encoding="utf-8")
    first = write_docs(files, out)
    assert set(first.written) == set(files) and not first.unchanged and not first.removed
    assert (out / MANIFEST).read_text(encoding="utf-8") == "".join(f"{p}\n" for p in sorted(files))
    again = write_docs(files, out)
    assert not again.written and set(again.unchanged) == set(files)
    fewer = {p: t for p, t in files.items() if p != "briefings/news.md"}
    assert write_docs(fewer, out).removed == ("briefings/news.md",)
    assert not (out / "briefings/news.md").exists() and (out / "about.md").read_text() == "# About\n"


def test_write_docs_never_replaces_a_file_it_did_not_write(tmp_path: Path, files: dict[str, str]) -> None:
    out = tmp_path / "docs"
    (out / "briefings").mkdir(parents=True)
    (out / "briefings" / "calm.md").write_text("An author's page.\n", encoding="utf-8")
    with pytest.raises(WriteDocsError, match="was not written by write-docs"):
        write_docs(files, out)
    assert (out / "briefings" / "calm.md").read_text() == "An author's page.\n"
    with pytest.raises(WriteDocsError, match="not a path inside"):
        write_docs({"../outside.md": "x"}, tmp_path / "other")


def test_a_manifest_cannot_make_it_delete_outside_the_folder(tmp_path: Path) -> None:
    out, victim = tmp_path / "docs", tmp_path / "victim.md"
    out.mkdir()
    victim.write_text("keep\n", encoding="utf-8")
    (out / MANIFEST).write_text("../victim.md\n/etc/passwd\n", encoding="utf-8")
    assert write_docs({"index.md": "# Home\n"}, out).removed == ()
    assert victim.read_text() == "keep\n"


def test_docs_files_pass_a_file_without_a_title_as_it_is() -> None:
    """A link from the URL notes/ to ../other/ is other/ from notes.md; fragments, other sites and
    the page's own anchors stay as they are."""
    page = '<p><a href="../other/#a">x</a> <a href="#top">y</a> <a href="https://example.org/">z</a></p>\n'
    build = SiteBuild((GeneratedFile("notes.md", page),), (), 0, 0)
    assert docs_files(build, True) == {"notes.md": page.replace("../other/", "other/")}


# the command -------------------------------------------------------------------------------------


def _write_docs(out: Path, seeds: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "hooks"), "BRIEFING_CACHE": "off", "BRIEFING_SEEDS": str(seeds),
           "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "briefing_site", "write-docs", str(out), "-f",
                           str(ROOT / "mkdocs.yml"), *args], env=env, capture_output=True, text=True, timeout=300,
                          cwd=ROOT)


def test_write_docs_command_gives_the_same_bytes_twice(tmp_path: Path) -> None:
    seeds, out = _seeds(tmp_path / "seeds"), tmp_path / "out"
    first = _write_docs(out, seeds)
    assert first.returncode == 0, first.stderr
    written = _digests(out)
    assert {"briefings/hostile.md", "briefings/calm.md", "index.md", "briefing.json", MANIFEST} <= set(written)
    second = _write_docs(out, seeds)
    assert second.returncode == 0, second.stderr
    assert "0 written" in second.stdout and _digests(out) == written
    assert _write_docs(tmp_path / "elsewhere", seeds).returncode == 0
    assert _digests(tmp_path / "elsewhere") == written


def test_write_docs_command_refuses_the_docs_dir_and_reports_problems(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path / "seeds")
    refused = _write_docs(ROOT / "docs", seeds)
    assert refused.returncode == 2 and "docs_dir" in refused.stderr
    (seeds / "broken.md").write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    strict = _write_docs(tmp_path / "out", seeds, "--strict")
    assert strict.returncode == 1 and "seed 'broken.md:" in strict.stderr
    assert (tmp_path / "out" / "briefings" / "broken.md").is_file()  # the page that says why


# published by Zensical ---------------------------------------------------------------------------


@pytest.mark.skipif(ZENSICAL is None, reason="Zensical is not installed: pip install -r requirements-zensical.txt")
def test_zensical_publishes_the_written_pages_with_docs(tmp_path: Path) -> None:
    seeds, project = _seeds(tmp_path / "seeds"), tmp_path / "project"
    shutil.copytree(ROOT / "docs", project / "docs")
    written = _write_docs(project / "docs", seeds)
    assert written.returncode == 0, written.stderr
    (project / "mkdocs.yml").write_text("site_name: Briefings under Zensical\n", encoding="utf-8")
    built = subprocess.run([str(ZENSICAL), "build", "--strict"], cwd=project, capture_output=True, text=True,
                           timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    site = project / "site"
    export = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    assert (site / "briefing.json").read_bytes() == (project / "docs" / "briefing.json").read_bytes()
    for briefing in export["briefings"]:
        assert (site / "briefings" / briefing["id"] / "index.html").is_file(), briefing["id"]
    entity_pages = {p.stem for p in (project / "docs" / "actors").glob("*.md")}
    assert entity_pages and {p.parent.name for p in (site / "actors").glob("*/index.html")} == entity_pages
    assert (site / "about" / "index.html").is_file() and not (site / MANIFEST).exists()
    hostile = (site / "briefings" / "hostile" / "index.html").read_text(encoding="utf-8")
    assert "<title>&lt;script&gt;alert(&#39;xss-title&#39;)&lt;/script&gt; Border &amp; talks" in hostile
    assert "&lt;script&gt;alert(&#34;xss-body&#34;)&lt;/script&gt;" in hostile
    for page in [*site.rglob("*.html"), site / "search.json"]:
        assert not HOSTILE_MARKUP.search(page.read_text(encoding="utf-8")), page
    assert _broken_links(site) == []


def _broken_links(site: Path) -> list[str]:
    """Relative links and their #anchors in the built pages that lead nowhere (404.html is served at
    any depth, so its links start at the root)."""
    broken = []
    for page in sorted(site.rglob("*.html")):
        if page.name == "404.html":
            continue
        for link in _links(page.read_text(encoding="utf-8")):
            path, _, anchor = link.partition("#")
            if link.startswith(("/", "http:", "https:", "mailto:", "javascript:", "data:")):
                continue
            target = (page.parent / unquote(path)).resolve() if path else page
            target = target / "index.html" if target.is_dir() else target
            if not target.is_file() or (anchor and target.suffix == ".html"
                                        and f'id="{anchor}"' not in target.read_text(encoding="utf-8")):
                broken.append(f"{page.relative_to(site)}: {link}")
    return broken
