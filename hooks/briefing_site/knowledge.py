"""What is known about names before a document is read: gazetteer and knowledge files.

Three layers, later ones winning: the gazetteer (gazetteer.py: countries, US states, cities over
100,000 people), the built-in file data/entities.yml, and the maintainer's curated file
(extra.briefing.entities_file), all in one format: entities with a type, aliases and a
description, and names to ignore.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from .gazetteer import gazetteer_names
from .model import SeedError

BUILTIN_KNOWLEDGE = Path(__file__).parent / "data" / "entities.yml"
ENTITY_TYPES = ("person", "organisation", "place", "group", "other")
# What a name key turns into one space: all but letters and digits, of any script (a key of Latin
# letters alone made every Cyrillic, Greek or Chinese name the empty key, one actor).
NOT_KEY = re.compile(r"[\W_]+")
# "McDonald's", "Foster's Group": keyed as "McDonald" and "Foster Group" are, not with a word "s" (an
# initial); but "John Smith's" (a beer) as "John Smiths", no key of the person's
OWN_S = re.compile(r"['’]s\b")
ARTICLE_EL = re.compile(r"(?<![^\W\d_])el-(?=[^\W\d_])")  # "el-" opening a word, before a letter
# Latin letters that do not decompose into a base letter and an accent: Løkke, Łódź, Kılıç read as
# Lokke, Lodz, Kilic, as English text often writes them.
LATIN_LETTERS = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t", "æ": "ae",
                               "œ": "oe", "þ": "th"})
PLAIN_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_ID = 64  # characters of an entity id: a file and folder name in site/ (most systems allow 255 bytes)
RESERVED_IDS = frozenset({"index"})  # actors/index.md would be the list of actors (actors.md's URL)


@dataclass(frozen=True)
class KnownEntity:
    name: str
    type: str
    description: str = ""


@dataclass(frozen=True)
class Knowledge:
    """What the built-in file, the gazetteer and the maintainer's file say about names."""

    by_key: dict[str, KnownEntity]
    ignore: frozenset[str]
    places: frozenset[str]  # keys of gazetteer place names

    @cached_property
    def most_words(self) -> int:
        """The most words a known name can have: a key of n words is at least 2n - 1 characters
        long (each word a letter or more, a space between), so no longer run of words is known."""
        return (max(map(len, (*self.by_key, *self.places)), default=0) + 1) // 2


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Accent-, case- and punctuation-free key: Türkiye, Turkiye and TÜRKIYE share one."""
    if name.isascii():  # most names: nothing to decompose, strip or replace
        folded = name.casefold()
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().translate(LATIN_LETTERS)
    if "s" in folded and ("'" in folded or "’" in folded):  # most names have no 's: no regex
        folded = OWN_S.sub("s" if " " in name and _opens_with_given_name(name) else "", folded)
    if "el-" in folded:  # the Arabic article as Egyptian and Sudanese names spell it: el-Burhan is al-Burhan
        folded = ARTICLE_EL.sub("al-", folded)
    return NOT_KEY.sub(" ", folded).strip()


def _opens_with_given_name(name: str) -> bool:
    from .given_names import is_given_name  # it keys its names by name_key

    return is_given_name(name.split()[0])


def entity_id(key: str) -> str:
    """An entity's id, which names its page (actors/<id>/): its name key with hyphens for spaces when
    that is plain (ASCII letters and digits, at most MAX_ID characters, not a reserved name); else
    what of it is plain, cut short, and a hash of the whole key, so ids stay unique, URL-safe and
    short enough for a file name ("Владимир Путин" → "actor-1f2e…", a 300-letter name → its first
    40 letters and a hash)."""
    plain = key.replace(" ", "-")
    if len(plain) <= MAX_ID and plain not in RESERVED_IDS and PLAIN_ID.fullmatch(plain):
        return plain
    ascii_only = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()
    readable = re.sub(r"[^a-z0-9]+", "-", ascii_only)[:40].strip("-") or "actor"
    return f"{readable}-{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"


@lru_cache(maxsize=8)
def load_knowledge(curated: Path | None = None, curated_mtime: float = 0.0) -> Knowledge:
    """Gazetteer, then the built-in file, then the maintainer's file: later layers win."""
    del curated_mtime  # part of the cache key, so an edited file is read again
    by_key: dict[str, KnownEntity] = {}
    places = _gazetteer_places()
    ignore: set[str] = set()
    for path in (BUILTIN_KNOWLEDGE, curated):
        if path is None:
            continue
        entries, ignored = _read_knowledge_file(path)
        ignore |= ignored
        for entry, names in entries:
            for name in names:
                by_key[name_key(name)] = entry
    return Knowledge(by_key, frozenset(ignore), frozenset(places))


@lru_cache(maxsize=1)
def _gazetteer_places() -> frozenset[str]:
    return frozenset(name_key(name) for names in gazetteer_names().values() for name in names)


@lru_cache(maxsize=1)
def gazetteer_countries() -> frozenset[str]:
    """Keys of the gazetteer's country names: the places that can act as states."""
    return frozenset(name_key(name) for name in gazetteer_names()["country"])


def _read_knowledge_file(path: Path) -> tuple[list[tuple[KnownEntity, list[str]]], set[str]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise SeedError(f"entities file '{path}' cannot be read: {error}") from error
    if not isinstance(data, dict):
        raise SeedError(f"entities file '{path}' must be a mapping with 'entities' and 'ignore'")
    entries: list[tuple[KnownEntity, list[str]]] = []
    for number, item in enumerate(data.get("entities") or [], start=1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise SeedError(f"entities file '{path}': entry {number} needs a 'name'")
        kind = item.get("type", "other")
        if kind not in ENTITY_TYPES:
            raise SeedError(f"entities file '{path}': entry {number} has type {kind!r}; "
                            f"use one of {', '.join(ENTITY_TYPES)}")
        aliases = [str(a) for a in item.get("aliases") or []]
        entries.append((KnownEntity(item["name"], kind, str(item.get("description", ""))),
                        [item["name"], *aliases]))
    ignore = {name_key(str(n)) for n in data.get("ignore") or []}
    return entries, ignore


@lru_cache(maxsize=8)
def curated_ids(curated: Path | None, curated_mtime: float = 0.0) -> frozenset[str]:
    """The entity ids the maintainer's file describes (each gets a page of its own)."""
    del curated_mtime  # part of the cache key, so an edited file is read again
    if curated is None:
        return frozenset()
    entries, _ = _read_knowledge_file(curated)
    return frozenset(entity_id(name_key(entry.name)) for entry, _ in entries)
