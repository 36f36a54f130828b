"""Across sources: one profile per entity, from what every briefing says about it.

An entity's id is the same in every briefing that names it (entities.py keys names the same way
in every document), so profiles are a merge by id. Each profile says which source uses which
spelling and gives which role, when that source was published, and the sentences naming it.
Work is bounded: mention sentences are kept for the briefings that name an entity most, and
companions are counted among the most-named entities of each briefing only.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from .model import Analysis, Entity, EntityProfile, Event, RoleStatement, Sentence, SentenceRef, Spelling
from .roles import HONORIFICS

MENTIONS_PER_BRIEFING = 3  # mention sentences shown per source on an entity's page
BRIEFINGS_WITH_MENTIONS = 40  # sources whose sentences are shown; the others are listed as links
COMPANIONS = 8
COMPANION_POOL = 20  # per briefing, the most-named entities that can count as companions
RANK_TITLES = {"lord": "Lord", "lady": "Lady", "baroness": "Baroness", "baron": "Baron"}
ROYAL_ROLES = frozenset({"prince", "princess", "king", "queen"})
RANK_NAMES = frozenset(RANK_TITLES.values()) | {role.title() for role in ROYAL_ROLES}


def entity_profiles(analyses: Sequence[Analysis], events: Sequence[Event], min_sources: int,
                    curated: frozenset[str] = frozenset(),
                    story: Mapping[str, str] | None = None) -> tuple[EntityProfile, ...]:
    """Every entity named in the briefings, most widely covered first. An entity has a page when
    at least `min_sources` independent stories name it, or when the maintainer's file describes it
    (`curated`: entity ids). Versions of one story (`story`: version -> the briefing standing for
    it, duplicates.story_of) count once, as the overview counts them: two copies of one wire story
    are one source, and a page of what "the sources" say of an actor only they name would have
    nothing to set side by side."""
    found: dict[str, list[tuple[Analysis, Entity]]] = defaultdict(list)
    for analysis in analyses:
        for entity in analysis.entities:
            found[entity.id].append((analysis, entity))
    story = story or {}
    covered = {key for key, items in found.items() if len({story.get(a.id, a.id) for a, _ in items}) >= min_sources}
    companions = _companions(analyses, covered)
    events_of = _events_by_entity(events)
    sentences: dict[str, tuple[Sentence, ...]] = {}  # a briefing's sentences, made once for all its names
    profiles = [_profile(key, items, companions.get(key, Counter()), events_of.get(key, ()),
                         key in covered or key in curated, key in curated, sentences)
                for key, items in found.items()]
    profiles.sort(key=lambda p: (-len(p.briefings), -p.mention_count, p.name.casefold(), p.id))
    return tuple(profiles)


def _profile(key: str, items: list[tuple[Analysis, Entity]], companions: Counter[str],
             events: tuple[str, ...], has_page: bool, curated: bool,
             sentences: dict[str, tuple[Sentence, ...]]) -> EntityProfile:
    items = sorted(items, key=lambda item: (-len(item[1].mentions), item[0].id))
    names = Counter(entity.name for _, entity in items)
    types = Counter(entity.type for _, entity in items)
    kind = min(types, key=lambda t: (-types[t], t))
    # a person by a full name before a surname more sources use alone ("Erdoğan" in two, "Recep
    # Tayyip Erdoğan" and "Tayyip Erdogan" in one each: surnames.py gave them one id)
    full = kind == "person"
    name = min(names, key=lambda n: (-(full and " " in n.strip()), -names[n], n))
    return EntityProfile(
        id=key,
        name=_styled(name, kind, items, sentences) if has_page else name,
        type=kind,
        description=next((e.description for _, e in items if e.description), ""),
        curated=curated,
        spellings=_spellings(items),
        roles=tuple(RoleStatement(role, a.id, a.metadata.published.value)
                    for a, e in sorted(items, key=lambda item: item[0].id) for role in e.roles),
        briefings=tuple(a.id for a, _ in items),
        mentions=tuple(_mention_refs(items[:BRIEFINGS_WITH_MENTIONS])),
        mention_count=sum(len(e.mentions) for _, e in items),
        companions=tuple(sorted(companions.items(), key=lambda kv: (-kv[1], kv[0]))[:COMPANIONS]),
        events=events,
        has_page=has_page,
        surname_only=kind == "person" and " " not in name,
    )


def _styled(name: str, kind: str, items: list[tuple[Analysis, Entity]],
            sentences: dict[str, tuple[Sentence, ...]]) -> str:
    """'Lord Falconer', 'Prince Harry': a person the sources name by one word, and to whom those
    that give a title give the same rank (a peer's title before the name, a royal's as a role), is
    called by it, as readers know them; 'Falconer' alone says less. Other names as they are: 'Mr
    Quillfeather' beside 'Lord Quillfeather' may be another man."""
    if kind != "person" or " " in name:
        return name
    ranks: set[str] = set()  # and any other title: 'Mr Quillfeather' may be no peer
    for analysis, entity in items:
        ranks.update(role.title() for role in entity.roles if role.lower() in ROYAL_ROLES)
        if analysis.id not in sentences:
            sentences[analysis.id] = analysis.document.sentences
        texts = sentences[analysis.id]
        for mention in entity.mentions:
            found = texts[mention.sentence] if mention.sentence < len(texts) else None
            text = found.text if found and found.index == mention.sentence else ""  # sentences are numbered in order
            before = text[max(0, mention.start - 12):mention.start].split()
            word = before[-1].rstrip(".").lower() if before else ""
            if word in RANK_TITLES or word in HONORIFICS:
                ranks.add(RANK_TITLES.get(word, word))
    return f"{ranks.pop()} {name}" if len(ranks) == 1 and next(iter(ranks)) in RANK_NAMES else name


def _spellings(items: list[tuple[Analysis, Entity]]) -> tuple[Spelling, ...]:
    """Each way the entity is written, with the briefings that write it so (most used first)."""
    users: dict[str, set[str]] = defaultdict(set)
    for analysis, entity in items:
        for mention in entity.mentions:
            users[" ".join(mention.text.split())].add(analysis.id)
    ordered = sorted(users.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return tuple(Spelling(text, tuple(sorted(ids))) for text, ids in ordered)


def _mention_refs(items: Iterable[tuple[Analysis, Entity]]) -> Iterable[SentenceRef]:
    for analysis, entity in items:
        sentences = sorted({m.sentence for m in entity.mentions})[:MENTIONS_PER_BRIEFING]
        yield from (SentenceRef(analysis.id, s) for s in sentences)


def _companions(analyses: Sequence[Analysis], with_pages: set[str]) -> dict[str, Counter[str]]:
    """For each entity with a page, the entities it is named with, counted by briefing. Only the
    most-named entities of each briefing take part, so the work per briefing is bounded."""
    together: dict[str, Counter[str]] = defaultdict(Counter)
    for analysis in analyses:
        ranked = sorted(analysis.entities, key=lambda e: (-len(e.mentions), e.id))
        pool = [e.id for e in ranked if e.id in with_pages][:COMPANION_POOL]
        for key in pool:
            together[key].update(other for other in pool if other != key)  # counted in C
    return together


def _events_by_entity(events: Sequence[Event]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = defaultdict(list)
    for event in events:
        for participant in event.participants:
            found[participant].append(event.id)
    return {key: tuple(ids) for key, ids in found.items()}
