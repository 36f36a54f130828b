"""The real alternative to the briefing site: a plain MkDocs site of the same documents.

One Markdown page per document (its first line as the title, the rest as the body), off the nav
(the nav lists only an index page), with the project's theme section (material, font: false, its
palette and features), its Markdown extensions and the search plugin. Written into a temp dir
with its own mkdocs.yml; the corpus is only read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .bench_seeds import seed_files


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without MkDocs: tags such as !ENV become None (only theme keys are used)."""


_AnyTagLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def project_settings(mkdocs_yml: Path) -> dict[str, Any]:
    """The parts of the project's mkdocs.yml the plain site shares: theme, Markdown extensions, generator."""
    config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=_AnyTagLoader) or {}
    extra = config.get("extra") or {}
    theme = dict(config.get("theme") or {"name": "material", "font": False})
    theme.pop("custom_dir", None)  # the project's overrides describe briefings: Material as it ships
    return {"theme": theme,
            "markdown_extensions": config.get("markdown_extensions") or [],
            "extra": {"generator": extra.get("generator", True)}}


def page(text: str) -> str:
    """A document as a Markdown page: its first line the title, the rest the body, as it is."""
    title, _, body = text.partition("\n")
    return f"# {title.strip() or 'Untitled'}\n\n{body.strip()}\n"


def write_plain_project(seeds: Path, target: Path, mkdocs_yml: Path) -> Path:
    """A plain MkDocs project in target for every seed under seeds; the path of its mkdocs.yml."""
    docs = target / "docs"
    documents = seed_files(seeds)
    for path in documents:
        destination = docs / "documents" / path.relative_to(seeds).with_suffix(".md")
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text(page(path.read_bytes().decode("utf-8", "replace")), encoding="utf-8")
    (docs / "index.md").write_text(f"# Documents\n\n{len(documents)} documents, each on its own page "
                                   "(off the nav; found by search).\n", encoding="utf-8")
    config = {"site_name": "Plain MkDocs baseline", "docs_dir": "docs", **project_settings(mkdocs_yml),
              "plugins": ["search"], "nav": [{"Home": "index.md"}]}
    config_file = target / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return config_file
