"""Step 4b: each seed's id, the name of its page's URL (briefings/<id>/).

Ids are stable (the same files give the same ids, whatever order they are found in), URL-safe and
unique. Who keeps a contested URL, in this order:

1. a declared slug (front matter or sidecar `slug:`), the first seed in path order if several
   declare the same one;
2. the id made from the file's path (`Region/Ça va.txt` → `region--ca-va`), the first in path
   order if several paths give the same id.

A seed that loses a URL it asked for or would have had keeps its page, at its path id or, if that
is taken too, with a short hash of its path appended; the clash is a named problem (a warning),
never silent. `index` is never given: briefings/index is the list of briefings.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from .model import SeedProblem

RESERVED_IDS = frozenset({"index"})  # briefings/index.md is the list of briefings
MAX_SLUG = 80  # characters of an id made from a path


@dataclass(frozen=True)
class Claim:
    """What one seed asks for: its path, and a declared slug (with its line) if any."""

    source_file: str
    slug: str | None = None
    line: int | None = None


def assign_ids(claims: list[Claim]) -> tuple[dict[str, str], list[SeedProblem]]:
    """source_file -> id for every claim, and a problem for every seed that lost a URL."""
    ordered = sorted(claims, key=lambda c: c.source_file)
    owners: dict[str, str] = {}  # id -> source_file holding it
    ids: dict[str, str] = {}
    problems: list[SeedProblem] = []
    for claim in ordered:  # 1. declared slugs
        if claim.slug is None:
            continue
        if claim.slug in RESERVED_IDS:
            problems.append(_lost(claim, f"declares slug '{claim.slug}', which is the list of briefings",
                                  claim.line, "choose another slug"))
            continue
        if claim.slug in owners:
            problems.append(_lost(claim, f"declares slug '{claim.slug}', which {owners[claim.slug]} already "
                                  "declares", claim.line, "give each seed its own slug"))
            continue
        owners[claim.slug] = claim.source_file
        ids[claim.source_file] = claim.slug
    for claim in ordered:  # 2. ids from paths, for everything not placed yet
        if claim.source_file in ids:
            continue
        wanted = path_id(claim.source_file)
        holder = owners.get(wanted)
        if holder is not None or wanted in RESERVED_IDS:
            wanted = _unique(wanted, claim.source_file, set(owners) | RESERVED_IDS)
            if holder is not None and claim.slug is None:
                problems.append(_lost(claim, f"would be at briefings/{path_id(claim.source_file)}/, which "
                                      f"{holder} already has", None, "rename one of the files or declare a slug"))
        owners[wanted] = claim.source_file
        ids[claim.source_file] = wanted
    return ids, problems


def _lost(claim: Claim, message: str, line: int | None, hint: str) -> SeedProblem:
    return SeedProblem(claim.source_file, message, line, hint, step="ids", kept=True)


def path_id(source_file: str) -> str:
    """The id of a seed's path, without its suffix, which the reader takes in any case ('.TXT'). A
    path whose id would be longer than MAX_SLUG keeps its start and a short hash of the whole: cut
    alone, two long names alike in their first 80 characters ('...-part-1', '...-part-2') asked for
    one URL, and the second was a clash warning that failed a strict build."""
    stem = re.sub(r"\.(txt|md)$", "", source_file, flags=re.IGNORECASE)
    whole = slugify(stem, limit=None)
    if len(whole) <= MAX_SLUG:
        return whole
    return f"{whole[:MAX_SLUG - 9].strip('-')}-{hashlib.sha256(whole.encode()).hexdigest()[:8]}"


def _unique(base: str, source: str, taken: set[str]) -> str:
    """base with a short hash of the path appended, repeated with a counter until unused."""
    candidate, attempt = base, 0
    while candidate in taken:
        salt = source if attempt == 0 else f"{source}#{attempt}"
        candidate = f"{base}-{hashlib.sha256(salt.encode('utf-8', 'replace')).hexdigest()[:8]}"
        attempt += 1
    return candidate


def slugify(path: str, limit: int | None = MAX_SLUG) -> str:
    ascii_text = unicodedata.normalize("NFKD", path).encode("ascii", "ignore").decode()
    parts = [re.sub(r"[^a-z0-9]+", "-", part.lower()).strip("-") for part in ascii_text.split("/")]
    slug = "--".join(p for p in parts if p)[:limit].strip("-")
    return slug or "seed-" + hashlib.sha256(path.encode("utf-8", "replace")).hexdigest()[:10]
