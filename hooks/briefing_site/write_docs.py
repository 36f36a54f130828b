"""The generated pages as Markdown files in a folder, for a generator other than MkDocs.

Each page goes to the path the MkDocs build gives it (index.md, briefings/<id>.md, actors/<id>.md …)
and briefing.json beside them, so another generator (Zensical, say) can publish them with docs/.
The pages are the pipeline's own Markdown (headings, and HTML blocks any Markdown renderer passes
through), with two changes the MkDocs hook makes in its own way:

- front matter gives each page its title (and description), HTML-escaped: themes print titles
  unescaped into <title> and the nav, which is why the hook escapes them too; and it leaves the
  pages that list what other pages hold (render.is_listing) out of search, as the hook's trimmed index
  keeps only their opening (search_trim.py): Zensical 0.0.73 gives up on a site whose timeline
  is longer than its index allows (927 BBC articles: 93,849 token positions in one section, 65,536 allowed);
- links in the HTML blocks are made relative to the Markdown file, to the .md file of a generated
  page. The renderer writes them relative to the page's URL, which is right for MkDocs (it leaves
  HTML blocks alone); Markdown generators read every relative link from the source file and rebase
  it, which added a '../' too many on every page not named index.md.

A manifest (MANIFEST) lists what was written, so a second run overwrites only its own files,
removes the pages of seeds that are gone, and never replaces a file someone else put there.
"""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin

from markupsafe import escape

from .model import GeneratedFile, SiteBuild
from .render import is_listing, page_url

MANIFEST = ".briefing-docs"  # a dot file: generators leave it out of the site
HREF = re.compile(r'(?<=\shref=")[^"]*(?=")')  # only templates write `href="`: seed text is escaped
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# Characters a YAML reader refuses even inside a double-quoted string (C1 controls, surrogates,
# non-characters); JSON's escapes already cover C0 controls, quotes and backslashes.
NOT_YAML = re.compile(r"[\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


class WriteDocsError(Exception):
    """The folder cannot take the pages (a file of someone else's in the way, a path outside it)."""


@dataclass(frozen=True)
class Written:
    written: tuple[str, ...]  # new or changed
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]  # written by an earlier run, no longer generated


def docs_files(build: SiteBuild, directory_urls: bool) -> dict[str, str]:
    """Docs path -> file text for every generated file: pages with front matter and rebased links,
    briefing.json as it is. Pure: the same build gives the same bytes."""
    pages = {page_url(f.path, directory_urls): f.path for f in build.files if f.path.endswith(".md")}
    return {f.path: _markdown(f, pages, directory_urls) if f.path.endswith(".md") else f.content
            for f in sorted(build.files, key=lambda f: f.path)}


def _markdown(page: GeneratedFile, pages: dict[str, str], directory_urls: bool) -> str:
    here = "/" + page_url(page.path, directory_urls)
    folder = posixpath.dirname(page.path)
    body = HREF.sub(lambda match: _rebased(match.group(), here, folder, pages), page.content)
    return _front_matter(page) + body


def _rebased(url: str, here: str, folder: str, pages: dict[str, str]) -> str:
    """A link relative to the page's URL, made relative to its Markdown file's folder: to the
    page's .md file when it is a generated page, else to the same URL."""
    if not url or url.startswith(("#", "/", "?")) or SCHEME.match(url):
        return url
    target, hash_mark, fragment = url.partition("#")
    site_path = urljoin(here, target)[1:]  # from the site root, '../' resolved
    docs_path = pages.get(site_path)
    if docs_path is not None:
        return posixpath.relpath(docs_path, folder or ".") + hash_mark + fragment
    relative = posixpath.relpath(site_path or ".", folder or ".")
    if (not site_path or site_path.endswith("/")) and not relative.endswith("/"):
        relative += "/"
    return relative + hash_mark + fragment


def _front_matter(page: GeneratedFile) -> str:
    head = getattr(page, "head", None)  # structured.PageFile: the description the hook gives Material
    fields = {"title": page.title, "description": getattr(head, "description", None) or None}
    lines = [f"{key}: {_yaml_string(str(escape(value)))}" for key, value in fields.items() if value is not None]
    if is_listing(page.path):
        lines.append("search:\n  exclude: true")  # Material's and Zensical's way to leave a page out
    return "---\n" + "\n".join(lines) + "\n---\n\n" if lines else ""


def _yaml_string(text: str) -> str:
    """A double-quoted YAML string any YAML reader takes back as text (a JSON string, made printable)."""
    quoted = json.dumps(text, ensure_ascii=False)
    return NOT_YAML.sub(lambda m: "\\ufffd" if "\ud800" <= m.group() <= "\udfff" else f"\\u{ord(m.group()):04x}",
                        quoted)


def write_docs(files: dict[str, str], out: Path) -> Written:
    """Write the files under `out`: only those that changed, none over a file this command did not
    write, and remove what an earlier run wrote that is no longer generated."""
    ours = _manifest(out)
    targets = {path: _inside(out, path) for path in files}
    for path, target in targets.items():
        if path not in ours and target.exists() and target.read_bytes() != files[path].encode("utf-8"):
            raise WriteDocsError(f"{target} exists and was not written by write-docs: rename it or write "
                                 "into another folder (the generated page would replace it)")
    written, unchanged = [], []
    for path, target in targets.items():
        data = files[path].encode("utf-8")
        if target.is_file() and target.read_bytes() == data:
            unchanged.append(path)  # left alone: a watching server does not rebuild for nothing
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(path)
    removed = [path for path in sorted(ours - files.keys()) if _remove(out, path)]
    (out / MANIFEST).write_text("".join(f"{path}\n" for path in sorted(files)), encoding="utf-8")
    return Written(tuple(written), tuple(unchanged), tuple(removed))


def _manifest(out: Path) -> set[str]:
    """The paths an earlier run wrote; the file is in a folder others edit, so only safe paths count."""
    listed = out / MANIFEST
    if not listed.is_file():
        return set()
    return {line for line in listed.read_text(encoding="utf-8").splitlines() if line and _safe(line)}


def _safe(path: str) -> bool:
    parts = PurePosixPath(path).parts
    return bool(parts) and not path.startswith("/") and ".." not in parts and "\\" not in path


def _inside(out: Path, path: str) -> Path:
    if not _safe(path):
        raise WriteDocsError(f"refusing to write {path!r}: not a path inside the output folder")
    return out / path


def _remove(out: Path, path: str) -> bool:
    """Remove a file an earlier run wrote, and the folders it leaves empty (never `out` itself)."""
    target = out / path
    if not target.is_file():
        return False
    target.unlink()
    folder = target.parent
    while folder != out and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
    return True
