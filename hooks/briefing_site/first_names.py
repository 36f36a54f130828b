"""Across sources: a person a briefing names by given name alone ("Anna, Erik and Tomas were
released") given the full name another briefing of the same story gives them ("Anna Solberg").

Within one document, the entity step already gives "Anna" the full name the document uses. A family's
statement or an op-ed that never gives one kept an entity of its own ("Anna", typed as nothing in
particular), and the hostages' pages left out the statement that told of their release. A briefing's
given name alone is resolved to a full name when:

- the name is a given name of one sex (given_names.py: "Anna", "Erik"; not "Ford" nor "Essex", which
  the lists give as names of either sex and which are as often a firm or a place);
- the briefing names no one of that given name in full (the entity step decides then), and no source
  names anyone in full with it as a surname ("Howard" of Michael Howard is no Howard Flight);
- exactly one person of that given name, named in full by other briefings, shares at least
  MIN_SHARED rare entities (named by at most one briefing in RARE_SHARE; on a site of a few, by any but all)
  with this briefing: the story's other people, places and bodies. A given name is common; the story
  it is told in decides who it is.

Otherwise the name stays an entity of its own: a wrong merge puts one person's words in another's
mouth. The work is bounded: a given name of more than MAX_CANDIDATES people named in full is left
alone, and each candidate is looked for in at most MAX_BRIEFINGS briefings.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Sequence

from .entity_types import lone_given_name
from .given_names import given_name_sex, is_given_name
from .knowledge import name_key
from .model import Analysis, Entity
from .surnames import with_renames

MIN_SHARED = 2
MAX_CANDIDATES = 8
MAX_BRIEFINGS = 50
SMALL_SITE = 10
RARE_SHARE = 20


def resolve_first_names(analyses: Sequence[Analysis]) -> list[Analysis]:
    """The analyses, each whose given-name-only people the sources identify (module docstring) with
    those people's ids; the others as they are (the same objects)."""
    named_in_full = _named_in_full(analyses)
    if not named_in_full:
        return list(analyses)
    frequency = Counter(e.id for a in analyses for e in a.entities)
    # rare: named by at most one briefing in RARE_SHARE (the story's own people, places and bodies, not a
    # party or a capital every other report names); on a site of a few, by any but all (every entity of a
    # site of one story is the story's)
    rare_most = max(len(analyses) // RARE_SHARE, min(len(analyses) - 1, SMALL_SITE))
    surnames = {name_key(e.name.split()[-1]) for a in analyses for e in a.entities
                if e.type == "person" and " " in e.name.strip()}
    entity_ids = [frozenset(e.id for e in a.entities) for a in analyses]
    resolved: list[Analysis] = []
    for at, analysis in enumerate(analyses):
        renames = _renames(at, analysis, named_in_full, entity_ids,
                           {e for e in entity_ids[at] if frequency[e] <= rare_most}, surnames)
        resolved.append(with_renames(_as_people(analysis, renames), renames) if renames else analysis)
    return resolved


def _named_in_full(analyses: Sequence[Analysis]) -> dict[str, dict[str, list[int]]]:
    """given name key -> person id -> the briefings naming that person in full, in order."""
    found: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for at, analysis in enumerate(analyses):
        for entity in analysis.entities:
            words = entity.name.split()
            if entity.type == "person" and len(words) > 1 and is_given_name(words[0]):
                found[name_key(words[0])][entity.id].append(at)
    return found


def _renames(at: int, analysis: Analysis, named_in_full: dict[str, dict[str, list[int]]],
             entity_ids: list[frozenset[str]], rare: set[str], surnames: set[str]) -> dict[str, str]:
    """This briefing's given-name-only people -> the one person of each the story identifies."""
    own_given = {name_key(e.name.split()[0]) for e in analysis.entities if e.type == "person" and " " in e.name}
    renames: dict[str, str] = {}
    for entity in analysis.entities:
        key = name_key(entity.name)
        candidates = named_in_full.get(key, {})
        if not _given_name_alone(entity) or key in own_given or key in surnames or not candidates \
                or len(candidates) > MAX_CANDIDATES:
            continue  # "Howard" of Michael Howard is no Howard Flight
        fits = [person for person, briefings in candidates.items()
                if at not in briefings and _shared(briefings, entity_ids, rare - {person, entity.id}) >= MIN_SHARED]
        if len(fits) == 1:
            renames[entity.id] = fits[0]
    return renames


def _given_name_alone(entity: Entity) -> bool:
    name = entity.name.strip()
    return entity.type != "place" and lone_given_name(name) and given_name_sex(name) in ("m", "f")


def _shared(briefings: list[int], entity_ids: list[frozenset[str]], rare: set[str]) -> int:
    """How many of the rare entities the briefings naming a person also name (at most MAX_BRIEFINGS)."""
    shared: set[str] = set()
    for other in briefings[:MAX_BRIEFINGS]:
        shared |= rare & entity_ids[other]
    return len(shared)


def _as_people(analysis: Analysis, renames: dict[str, str]) -> Analysis:
    """The renamed entities typed as the people they are ("Anna" may have been typed a body)."""
    entities = tuple(dataclasses.replace(e, type="person") if e.id in renames and e.type != "person" else e
                     for e in analysis.entities)
    return dataclasses.replace(analysis, entities=entities)
