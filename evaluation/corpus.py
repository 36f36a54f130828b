"""Read an evaluation corpus laid out like ../shared/corpora/bbc (articles/ and summaries/)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Article:
    id: str  # "politics/001"
    text: str  # headline line, then the body
    reference: str | None  # reference summary, if the corpus has one


def read_corpus(root: Path, limit: int | None = None) -> Iterator[Article]:
    articles = sorted((root / "articles").rglob("*.txt"))
    for count, path in enumerate(articles):
        if limit is not None and count >= limit:
            return
        relative = path.relative_to(root / "articles")
        summary = root / "summaries" / relative
        text = path.read_bytes().decode("utf-8", "replace")
        reference = summary.read_bytes().decode("utf-8", "replace") if summary.exists() else None
        yield Article(relative.with_suffix("").as_posix(), text, reference)


def spread(articles: list[Article], count: int) -> list[Article]:
    """An evenly spaced slice, so a small run still covers every category."""
    if count >= len(articles):
        return articles
    step = len(articles) / count
    return [articles[int(i * step)] for i in range(count)]
