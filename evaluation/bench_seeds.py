"""Seed folders for the benchmark, always in temp dirs: the corpus read-only, never copied into the repo.

A copy of the corpus (or an evenly spread slice of it, or it grown to a size with mixed copies),
the corpus doubled with sentence-shuffled copies, and one seed edited in place then put back
exactly (text and times), so a cache keyed on path, size or mtime sees the original again.
"""

from __future__ import annotations

import os
import random
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

SEED_SUFFIXES = (".txt", ".md")  # as hooks/briefing_site/reading.py
SIDECAR_SUFFIXES = (".yml", ".yaml")
T = TypeVar("T")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”’'])\s+")


def seed_files(folder: Path) -> list[Path]:
    """The seed files under folder, recursively, sorted; hidden files and folders left out."""
    found = [p for p in folder.rglob("*") if p.suffix.lower() in SEED_SUFFIXES and p.is_file()]
    return sorted(p for p in found if not any(part.startswith(".") for part in p.relative_to(folder).parts))


def spread(items: list[T], count: int | None) -> list[T]:
    """An evenly spaced slice of count items (all when count is None), so a small run covers every folder."""
    if count is None or count >= len(items):
        return items
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def copy_seeds(source: Path, target: Path, limit: int | None = None) -> list[Path]:
    """Copy the seeds (and their .yml sidecars) of source into target; the copied seed paths."""
    copied = []
    for path in spread(seed_files(source), limit):
        destination = target / path.relative_to(source)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)  # copies: seeds may not link out of their folder
        for sidecar in (path.with_suffix(s) for s in SIDECAR_SUFFIXES):
            if sidecar.is_file():
                shutil.copyfile(sidecar, destination.with_suffix(sidecar.suffix))
        copied.append(destination)
    return copied


def split(text: str) -> tuple[str, list[list[str]]]:
    """The first line (the title), and the body as paragraphs of sentences."""
    title, _, body = text.partition("\n")
    return title, [_SENTENCE_END.split(p.strip()) for p in re.split(r"\n\s*\n", body) if p.strip()]


def assemble(title: str, paragraphs: list[list[str]], sentences: list[str]) -> str:
    """A text with the title and the same number of sentences per paragraph, filled from sentences."""
    out, start = [], 0
    for paragraph in paragraphs:
        out.append(" ".join(sentences[start:start + len(paragraph)]))
        start += len(paragraph)
    return title + "\n\n" + "\n\n".join(out) + "\n"


def shuffled(text: str, seed: str) -> str:
    """The text with its first line (the title) kept and the body's sentences shuffled, each
    paragraph keeping its number of sentences. Deterministic for one seed string."""
    title, paragraphs = split(text)
    sentences = [s for paragraph in paragraphs for s in paragraph]
    random.Random(seed).shuffle(sentences)
    return assemble(title, paragraphs, sentences)


def mixed(texts: list[str], seed: str) -> list[str]:
    """Each text's title and paragraph shape, filled with the sentences of all the texts dealt out
    at random (each used once): no copy shares more than a few sentences with any one text."""
    shapes = [split(text) for text in texts]
    pool = [s for _, paragraphs in shapes for paragraph in paragraphs for s in paragraph]
    random.Random(seed).shuffle(pool)
    out, start = [], 0
    for title, paragraphs in shapes:
        count = sum(len(p) for p in paragraphs)
        out.append(assemble(title, paragraphs, pool[start:start + count]))
        start += count
    return out


def double(seeds: Path, target: Path, seed: int = 10, how: str = "shuffle") -> int:
    """Copy seeds into target and add, under target/copies/, each seed again: its sentences
    shuffled (how="shuffle"), or its shape filled with sentences dealt from all the seeds of its
    folder (how="mix"); random seed `seed` and the paths. The number of seeds written."""
    originals = copy_seeds(seeds, target)
    for original, copy, text in _round(originals, target, "copies", f"{seed}", how):
        _write_copy(original, copy, text)
    return 2 * len(originals)


def sized(seeds: Path, target: Path, count: int | None, seed: int = 10) -> int:
    """count seeds in target: an evenly spread slice of the seeds (all when count is None), or, when
    count is more than there are, all of them and, under target/copies/, mixed copies (how="mix")
    to make up the count, spread evenly over the folders. Beyond one copy of each seed, whole rounds
    of copies are dealt again, each with a random seed of its own, under copies-2/, copies-3/, ...
    The number of seeds written.
    The first round is double(how="mix")'s copies: sized(s, t, 2 * n) is double(s, t, how="mix")."""
    originals = copy_seeds(seeds, target, count)
    extra = (count or 0) - len(originals)
    if extra <= 0 or not originals:
        return len(originals)
    for round_ in range(1, -(-extra // len(originals)) + 1):
        folder, key = ("copies", f"{seed}") if round_ == 1 else (f"copies-{round_}", f"{seed}.{round_}")
        made = _round(originals, target, folder, key, "mix")
        for original, copy, text in spread(made, extra - (round_ - 1) * len(originals)):  # whole rounds, then a spread
            _write_copy(original, copy, text)
    return len(originals) + extra


def _round(originals: list[Path], target: Path, folder: str, key: str, how: str) -> list[tuple[Path, Path, str]]:
    """A copy of each original, made `how` (the random seed `key` and each folder's path), to be
    written under target/folder/: (original, copy's path, copy's text), folder by folder."""
    by_folder: dict[Path, list[Path]] = {}
    for path in originals:
        by_folder.setdefault(path.parent, []).append(path)
    made: list[tuple[Path, Path, str]] = []
    for parent, paths in by_folder.items():
        texts = _copies(paths, f"{key}:{parent.relative_to(target).as_posix()}", how)
        made.extend((p, target / folder / p.relative_to(target), t) for p, t in zip(paths, texts, strict=True))
    return made


def _copies(paths: list[Path], key: str, how: str) -> list[str]:
    texts = [_read(p) for p in paths]
    if how == "mix":
        return mixed(texts, key)
    return [shuffled(text, f"{key}:{path.name}") for text, path in zip(texts, paths, strict=True)]


def _write_copy(original: Path, copy: Path, text: str) -> None:
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_text(text, encoding="utf-8")
    for sidecar in (original.with_suffix(s) for s in SIDECAR_SUFFIXES):
        if sidecar.is_file():
            shutil.copyfile(sidecar, copy.with_suffix(sidecar.suffix))


@contextmanager
def edited(path: Path, sentence: str) -> Iterator[None]:
    """The seed with one sentence appended as a new paragraph; afterwards its bytes and times as before."""
    original, times = path.read_bytes(), os.stat(path)
    path.write_bytes(original.rstrip() + b"\n\n" + sentence.encode() + b"\n")
    try:
        yield
    finally:
        path.write_bytes(original)
        os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns))


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", "replace")
