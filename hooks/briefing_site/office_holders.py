"""Across sources: a surname with an office before it ("Interior Minister Kaya") given to the person
the other sources say holds that office, not to another person of that surname the briefing names.

Within one document, a surname alone joins the one person it names in full with that surname
(aliases.py): an op-ed that names Berivan Kaya, a victim's sister, and then "Interior Minister Kaya"
gave her the minister's mention and his promise, quoted. The document alone cannot tell them apart
("Alan Greenspan … Fed chairman Greenspan" is one man, and no source says otherwise). The sources
together can: such a mention is moved to the other person when

- no source gives the person it joined any office ("KDP leader Masoud Barzani" may well be the
  "President Barzani" of his party, though other sources give Nechirvan Barzani that title);
- one person of that surname, and only one, holds it in the sources (Selim Kaya, "Interior
  Minister Selim Kaya" in three briefings).

The moved mentions, the quotes of their sentences and the event statements that name them take that
person's id; Analysis.renamed records each move, so that a page kept from the last build is kept
only if the moves are the same (page_memo.py). Bounded: each mention is looked up by its surname.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence

from .events import pack_statements, unpack_statements
from .knowledge import name_key
from .model import Analysis, Entity, Mention, Statement
from .roles import HONORIFICS, office, role_before

Place = tuple[int, int]  # (sentence, start) of a mention


def split_office_holders(analyses: Sequence[Analysis]) -> list[Analysis]:
    """The analyses, each whose surnames with an office are another person's (module docstring)
    given to that person; the others as they are (the same objects)."""
    holders: dict[str, list[tuple[str, str]]] = defaultdict(list)  # surname -> (office, person id)
    offices: dict[str, set[str]] = defaultdict(set)  # person id -> the offices sources give their full name
    for analysis in analyses:
        texts: dict[int, str] | None = None
        for entity in analysis.entities:
            if entity.type != "person" or len(words := entity.name.split()) < 2:
                continue
            texts = {s.index: s.text for s in analysis.document.sentences} if texts is None else texts
            # the office before the full name: the entity's roles may hold one its short forms brought
            for mention in entity.mentions:
                if " " in mention.text.strip() and (held := _office(role_before(texts.get(mention.sentence, ""),
                                                                                 mention.start))):
                    holders[name_key(words[-1])].append((held, entity.id))
                    offices[entity.id].add(held)
    if not holders:
        return list(analyses)
    return [_split(a, holders, offices) for a in analyses]


def _office(role: str) -> str:
    """An office as compared: lower-case, without honorifics ('Dr', 'Prof', which are no office)."""
    held = office(role).lower()
    return "" if all(word.rstrip(".") in HONORIFICS for word in held.split()) else held


def _same_office(one: str, other: str) -> bool:
    """'interior minister' and 'turkish interior minister', 'governor' and 'sirnak governor'."""
    return one in other or other in one


def _split(analysis: Analysis, holders: dict[str, list[tuple[str, str]]], offices: dict[str, set[str]]) -> Analysis:
    texts: dict[int, str] | None = None
    moves: dict[Place, str] = {}  # a mention's place -> the person it is moved to
    for entity in analysis.entities:
        if entity.type != "person" or len(words := entity.name.split()) < 2:
            continue
        surname = name_key(words[-1])
        if surname not in holders:
            continue
        texts = {s.index: s.text for s in analysis.document.sentences} if texts is None else texts
        for mention in entity.mentions:
            if " " in mention.text.strip() or name_key(mention.text) != surname:
                continue  # the full name, or another short form
            held = _office(role_before(texts.get(mention.sentence, ""), mention.start))
            if not held or offices.get(entity.id):
                continue  # a person the sources give an office ("KDP leader Masoud Barzani") may hold this one
            others = {person for office_held, person in holders[surname]
                      if person != entity.id and _same_office(held, office_held)}
            if len(others) == 1:
                moves[(mention.sentence, mention.start)] = next(iter(others))
    return _moved(analysis, moves, texts or {}) if moves else analysis


def _moved(analysis: Analysis, moves: dict[Place, str], texts: dict[int, str]) -> Analysis:
    """The analysis with the mentions at `moves` given to the persons named there, with the offices
    and spellings they brought."""
    kept: list[Entity] = []
    taken: dict[str, list[Mention]] = defaultdict(list)
    was: dict[Place, str] = {}
    for entity in analysis.entities:
        stays = [m for m in entity.mentions if (m.sentence, m.start) not in moves]
        for mention in entity.mentions:
            if (mention.sentence, mention.start) in moves:
                taken[moves[(mention.sentence, mention.start)]].append(mention)
                was[(mention.sentence, mention.start)] = entity.id
        if len(stays) == len(entity.mentions):
            kept.append(entity)
        elif stays:
            kept.append(_without(entity, stays, texts))
    by_id = {e.id: e for e in kept}
    for person, mentions in sorted(taken.items()):
        roles = tuple(dict.fromkeys(role for m in mentions
                                    if (role := role_before(texts.get(m.sentence, ""), m.start))))
        if person in by_id:
            into = by_id[person]
            by_id[person] = dataclasses.replace(
                into, mentions=tuple(sorted((*into.mentions, *mentions), key=lambda m: (m.sentence, m.start))),
                aliases=tuple(dict.fromkeys([*into.aliases, *(m.text for m in mentions if m.text != into.name)])),
                roles=tuple(dict.fromkeys([*into.roles, *roles])))
        else:
            by_id[person] = Entity(person, mentions[0].text, "person", (), roles, tuple(mentions))
    entities = tuple(by_id[e.id] if e.id in by_id else e for e in kept) + \
        tuple(by_id[p] for p in sorted(taken) if p not in {e.id for e in kept})
    # a quote of a sentence where its speaker's mention was moved is the person's it was moved to
    speakers = {(place[0], was[place]): (person, by_id[person].name) for place, person in moves.items()}
    quotes = tuple(dataclasses.replace(q, speaker=speakers[(q.sentence, q.speaker)][0],
                                       speaker_name=speakers[(q.sentence, q.speaker)][1])
                   if (q.sentence, q.speaker) in speakers else q for q in analysis.quotes)
    renamed = tuple(sorted({*analysis.renamed,
                            *((f"{was[place]}@{place[0]}:{place[1]}", person) for place, person in moves.items())}))
    moved = dataclasses.replace(analysis, entities=entities, quotes=quotes, export_part=b"", renamed=renamed)
    if moved.cross_inputs is not None:
        statements = [_restated(s, moves) for s in unpack_statements(moved.cross_inputs.statements, moved, {})]
        moved = dataclasses.replace(moved, cross_inputs=dataclasses.replace(
            moved.cross_inputs, statements=pack_statements(statements)))
    return moved


def _without(entity: Entity, stays: list[Mention], texts: dict[int, str]) -> Entity:
    """The entity with only the mentions that stay, and the offices and spellings those give."""
    spellings = {m.text for m in stays}
    offices = {_office(role_before(texts.get(m.sentence, ""), m.start)) for m in stays}
    return dataclasses.replace(entity, mentions=tuple(stays),
                               aliases=tuple(a for a in entity.aliases if a in spellings),
                               roles=tuple(r for r in entity.roles if _office(r) in offices))


def _restated(statement: Statement, moves: dict[Place, str]) -> Statement:
    """The statement with the moved mentions of its sentence by their new ids."""
    mentions = tuple((moves.get((statement.sentence, start), entity), start, end)
                     for entity, start, end in statement.mentions)
    if mentions == statement.mentions:
        return statement
    phrase = statement.phrase
    if phrase is not None:  # a name its phrase has that the statement no longer names is the one moved
        named = {f"@{entity}" for entity, _, _ in mentions}
        gone = {f"@{old}" for (old, _, _), (new, _, _) in zip(statement.mentions, mentions, strict=True) if old != new}
        new = {f"@{new}" for (old, _, _), (new, _, _) in zip(statement.mentions, mentions, strict=True) if old != new}
        features = {f for f in phrase.features if f not in gone or f in named} | (new if gone & set(phrase.features)
                                                                                  else set())
        phrase = dataclasses.replace(phrase, features=tuple(sorted(features)))
    return dataclasses.replace(statement, mentions=mentions, phrase=phrase)
