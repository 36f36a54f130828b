"""Across sources: a person a briefing names by surname alone ("Mr Blair") given the full name the
other sources give them ("Tony Blair"), when the sources leave no doubt who that is.

Within one document, the entity step already gives "Mr Blair" the full name the document uses. A
briefing that never gives one keeps an entity of its own ("blair"), and the site had a page for
"Blair" beside the page of "Tony Blair", each with part of what the sources say of him. A briefing's
surname is resolved to a full name when, across the briefings:

- one person whose full name ends in that surname is named in at least MIN_BRIEFINGS briefings
  (SMALL_SITE_BRIEFINGS on a site of SMALL_SITE briefings or fewer, a site of one story),
  and in at least DOMINANCE times as many as any other such person ("Blair": Tony Blair in 149 of
  927 news articles, Cherie Blair in 4), so that a reader of "Mr Blair" would take it to be him;
- the briefing names no other person of that surname in full, unless its titles tell them apart:
  "Mr Blair" beside Cherie Blair, whom the sources only ever call "Mrs Blair" (its own document
  would otherwise have to decide, and has not);
- and the titles it gives the surname are among those the other sources give the person: "Mrs
  Blair" is not the man they call "Mr Blair", nor "Lord Justice May" the woman they call "Mrs
  May". When they give the person none, a title of rank ("Lord Browne") resolves nothing, and
  neither does a title of the other sex than the person's given name ("Mrs Blair", Tony Blair).

Otherwise the surname stays an entity of its own: a wrong merge puts one person's words in another's
mouth, a missed one only splits a page. The briefing's entity keeps its spelling (the person's page
lists "Blair" among the names sources use) and takes the person's id (or, when the briefing names
that person in full too, is folded into them), as do its quotes' speakers;
what was made of the seed alone with the old id (the statements of its cross inputs, its
export part) is made again from the resolved analysis. Analysis.renamed records what was resolved, so
that a page kept from the last build (page_memo.py) is kept only if its names resolve the same.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from .aliases import shortens
from .events import pack_statements, unpack_statements
from .given_names import given_name_sex, second_surname
from .knowledge import name_key
from .model import Analysis, Entity, Statement
from .roles import HONORIFICS, office, offices_end_alike, title_sex

MIN_BRIEFINGS = 3
# A site of one story (a few dozen sources at most): two sources that name a person in full, and none
# that names another of that surname, leave no doubt who "Mr Sølvberg" of a third is
SMALL_SITE = 40
SMALL_SITE_BRIEFINGS = 2
LONGER_SOURCES = 2  # briefings that must give a longer name for a shorter one to be taken for it
DOMINANCE = 4
MIDDLE_CANDIDATES = 20  # people of one surname searched for a name with its middle words dropped
# Titles right before a name, lower-cased ("Mr." as "mr"): the honorifics and offices written as
# titles; those of RANK belong to one person more than a "Mr" does.
RANK = frozenset({"lord", "lady", "baroness", "baron", "sir", "dame", "justice", "judge", "king", "queen",
                  "prince", "princess"})
TITLES = HONORIFICS | RANK | {"prof", "professor", "president", "senator", "general"}
TITLE_FORMS = {"professor": "prof", "doctor": "dr"}  # one title written out or short: "Professor", "Prof."
# The titles any writer may give anyone ("Mrs" where others write "Dr"), which say no more than the sex
PLAIN_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss"})


def resolve_surnames(analyses: Sequence[Analysis]) -> list[Analysis]:
    """The analyses, each whose surname-only people the sources identify (module docstring) with
    those people's ids, and whose people named without a first name another source gives them
    (_longer_names) with those; the others as they are (the same objects)."""
    alone = {name_key(e.name) for a in analyses for e in a.entities if e.type == "person" and " " not in e.name.strip()}
    longer = _longer_names(analyses)
    people = _full_names(analyses, longer)
    least = MIN_BRIEFINGS if len(analyses) > SMALL_SITE else SMALL_SITE_BRIEFINGS
    chosen = {surname: key for surname, key in _dominant(people, least).items() if surname in alone}
    offices = _offices_of(analyses, {key for surname, keys in people.items() if surname in alone
                                     and surname not in chosen for key in keys})
    if not chosen and not longer and not offices:
        return list(analyses)
    titles = _titles_of(analyses, {key for surname in chosen for key in people[surname]})  # the others' too
    targets = set(chosen.values()) | set(offices)
    sexes = {e.id: given_name_sex(e.name.split()[0]) for a in analyses for e in a.entities
             if e.id in targets and len(e.name.split()) > 1}
    return [with_renames(a, {**_by_office(a, people, offices, sexes), **_renames(a, chosen, titles, sexes),
                             **_lengthened(a, longer)}) for a in analyses]


def _offices_of(analyses: Sequence[Analysis], ids: set[str]) -> dict[str, set[str]]:
    """id -> the offices the briefings give that person ('Inspector General'), honorifics aside."""
    found: dict[str, set[str]] = defaultdict(set)
    for analysis in analyses:
        for entity in analysis.entities:
            if entity.id in ids:
                found[entity.id].update(held for role in entity.roles if (held := office(role)))
    return found


def _by_office(analysis: Analysis, people: dict[str, Counter[str]], offices: dict[str, set[str]],
               sexes: dict[str, str]) -> dict[str, str]:
    """This briefing's surname-only people whose office is that of one person of the surname the
    sources name in full, and of no other ('Inspector General Kessel', beside opposition leader Daria
    Kessel and Inspector General Pavel Kessel; 'Prime Minister Halas', beside Prime Minister Viktor
    Halas, named in full by one source only) -> that person's id. Where no one of the surname
    dominates the sources, the office tells them apart; two holders of offices ending alike ('Water
    Minister', 'Foreign Minister', for 'Minister Karimi') leave it as it is, and so does a title of a
    sex the person's given name is not ('Ms Kessel'; `sexes`: each person's given name's sex)."""
    renames: dict[str, str] = {}
    for entity in analysis.entities:
        if entity.type != "person" or " " in entity.name.strip() or not entity.roles:
            continue
        own = {held for role in entity.roles if (held := office(role))}
        holders = {key for key in people.get(name_key(entity.name), ()) if any(
            offices_end_alike(mine, theirs) for mine in own for theirs in offices.get(key, ()))}
        if len(holders) != 1:
            continue
        holder = next(iter(holders))
        if len(people[name_key(entity.name)]) == 1 and sexes.get(holder, "") not in ("m", "f"):
            continue  # the one full name of the surname, not opening with a given name ("Princes William")
        titled = {title_sex(t) for t in _titles(_texts(analysis), entity)} - {""}
        if titled and (sexes.get(holder, "") not in ("m", "f") or titled != {sexes[holder]}):
            continue  # "Ms Kessel's claim … Inspector General Kessel says": one entity of two people here
        renames[entity.id] = holder
    return renames


def _longer_names(analyses: Sequence[Analysis]) -> dict[str, str]:
    """id of a person named in two words or more -> the id of the one person other briefings name
    with more words before the same ones ("Tayyip Erdoğan" -> "Recep Tayyip Erdoğan", "Shia
    al-Sudani" -> "Mohammed Shia al-Sudani"), or, failing that, between its given name and surname
    ("Khalid al-Rawahi" -> "Khalid bin Saeed al-Rawahi"). Not when two such people are named ("Ahmed Mohammed
    Ali", "Hassan Mohammed Ali"), nor when the longer name does not open with a given name ("Unison
    Dave Prentis" is a union and its leader), nor when one briefing alone gives the longer name (the
    cellist Julian Lloyd Webber is not every "Lloyd Webber"), unless what it has more is initials
    ("Nkechi A. Oduya", _initials_between). A name that ends in a given name is
    read so too (the list of given names holds "Erdogan"): "Mohammed Ali" beside "Ahmed Mohammed
    Ali" alone may be his father, a risk the sources rarely run, as they name one man alike. Ids
    are names folded (no accents, no case), so "Erdogan" and "Erdoğan" end alike. Bounded: each
    name is looked up by its ending, never compared with every other."""
    full = {e.id: e.name for a in analyses for e in a.entities if e.type == "person" and len(e.name.split()) > 1}
    sources = Counter(e.id for a in analyses for e in {x.id: x for x in a.entities}.values() if e.id in full)
    by_ending: dict[str, set[str]] = defaultdict(set)  # an id's tail after its first word -> the ids with it
    by_last: dict[str, list[str]] = defaultdict(list)  # an id of three parts or more, by its last part
    given_by_last: dict[str, list[str]] = defaultdict(list)  # an id that opens with a given name, by its last part
    for ident in full:
        parts = ident.split("-")
        for cut in range(1, len(parts) - 1):
            by_ending["-".join(parts[cut:])].add(ident)
        if len(parts) > 2:
            by_last[parts[-1]].append(ident)
        if len(parts[0]) > 1:
            given_by_last[parts[-1]].append(ident)
    longer: dict[str, str] = {}
    for ident in full:
        found = sorted(by_ending.get(ident, ())) or _middles_dropped(ident, by_last) \
            or _initials_spelled(ident, given_by_last)
        if len(found) == 1 and (_initials_between(ident, found[0]) or _initials_spelled(ident, given_by_last) or (
                sources[found[0]] >= LONGER_SOURCES and given_name_sex(full[found[0]].split()[0]))):
            longer[ident] = found[0]
    return longer


def _initials_spelled(ident: str, given_by_last: dict[str, list[str]]) -> list[str]:
    """The ids of the people named in full whose given names open with the initials a name gives
    ("s-vrba": "stefan-vrba"), of a name of initials and a surname; one fit is the person, as an
    initial is no second name."""
    parts = ident.split("-")
    if len(parts) < 2 or len(parts[-1]) < 2 or not all(len(p) == 1 for p in parts[:-1]):
        return []
    candidates = given_by_last.get(parts[-1], ())
    if len(candidates) > MIDDLE_CANDIDATES:
        return []
    return sorted(other for other in candidates if len(other.split("-")) > len(parts) - 1
                  and all(word[0] == letter for word, letter in zip(other.split("-"), parts[:-1], strict=False)))


def _initials_between(short: str, long: str) -> bool:
    """Whether the longer id has only initials more, between the same given name and surname
    ("nkechi-oduya", "nkechi-a-oduya"): one source that writes the initial is enough, as no second
    name is there to be another person's ("Lloyd Webber" of the cellist), and both open with the
    same word, a given name a list may not hold (not a union's before its leader's name)."""
    mine, theirs = short.split("-"), long.split("-")
    return (len(mine) == 2 and len(theirs) > 2 and theirs[0] == mine[0] and theirs[-1] == mine[-1]
            and all(len(part) == 1 and part.isalpha() for part in theirs[1:-1]))


def _middles_dropped(ident: str, by_last: dict[str, list[str]]) -> list[str]:
    """The ids of the people named with more words between the same given name and surname
    ("khalid-al-rawahi": "khalid-bin-saeed-al-rawahi"; "george-bush": "george-w-bush"). A surname
    many people share is not searched: a guess among them would fold two people into one."""
    parts = ident.split("-")
    candidates = by_last.get(parts[-1], ())
    if len(candidates) > MIDDLE_CANDIDATES:
        return []
    return sorted(other for other in candidates if shortens(parts, other.split("-")))


def _lengthened(analysis: Analysis, longer: dict[str, str]) -> dict[str, str]:
    """This briefing's people named shorter than other sources name them -> those people's ids,
    unless it names the longer one too (its own entity step kept the two apart)."""
    here = {e.id for e in analysis.entities}
    return {e.id: longer[e.id] for e in analysis.entities
            if e.type == "person" and e.id in longer and longer[e.id] not in here}


def _full_names(analyses: Sequence[Analysis], longer: dict[str, str]) -> dict[str, Counter[str]]:
    """surname (folded: "Erdoğan" and "Erdogan" are one) -> the ids of the people named in full with
    it, a name other sources give longer as that longer one's ("Tayyip Erdogan"), and in how many
    briefings each."""
    people: dict[str, Counter[str]] = defaultdict(Counter)
    for analysis in analyses:
        named = {(name_key(surname), longer.get(entity.id, entity.id)) for entity in analysis.entities
                 if entity.type == "person" and len(words := entity.name.split()) > 1 for surname in _surnames(words)}
        for surname, ident in named:
            people[surname][ident] += 1
    return people


def _surnames(words: list[str]) -> list[str]:
    """A full name's surnames: its last word, and the first of two ('Delgado' of Marco Delgado Ruiz,
    as aliases.py reads it in a document)."""
    return [words[-1], second] if (second := second_surname(words)) else [words[-1]]


def _dominant(people: dict[str, Counter[str]], least: int = MIN_BRIEFINGS) -> dict[str, str]:
    """surname -> the id of the one person of that surname the sources name far more than any other,
    in at least `least` briefings."""
    chosen: dict[str, str] = {}
    for surname, counts in people.items():
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        best, most = ranked[0]
        if most >= least and (len(ranked) == 1 or most >= DOMINANCE * ranked[1][1]):
            chosen[surname] = best
    return chosen


def _titles_of(analyses: Sequence[Analysis], ids: set[str]) -> dict[str, set[str]]:
    """id -> the titles the briefings name that person with, for the people in `ids`."""
    found: dict[str, set[str]] = defaultdict(set)
    for analysis in analyses:
        if named := [e for e in analysis.entities if e.id in ids]:
            texts = _texts(analysis)
            for entity in named:
                found[entity.id].update(_titles(texts, entity))
    return found


def _texts(analysis: Analysis) -> dict[int, str]:
    return {s.index: s.text for s in analysis.document.sentences}


def _titles(texts: dict[int, str], entity: Entity) -> Iterable[str]:
    """The title right before each of the entity's mentions that has one (texts: the sentences by index)."""
    for mention in entity.mentions:
        before = texts.get(mention.sentence, "")[:mention.start].split()
        if before and (word := before[-1].rstrip(".").lower()) in TITLES:
            yield TITLE_FORMS.get(word, word)


def _renames(analysis: Analysis, chosen: dict[str, str], titles: dict[str, set[str]],
             sexes: dict[str, str]) -> dict[str, str]:
    """This briefing's surname-only people -> the ids they resolve to (`sexes`: each target's given
    name's sex, given_names.py)."""
    in_full: dict[str, set[str]] = defaultdict(set)  # surname -> the people of it named in full here
    for entity in analysis.entities:
        if entity.type == "person" and len(words := entity.name.split()) > 1:
            for surname in _surnames(words):
                in_full[name_key(surname)].add(entity.id)
    renames: dict[str, str] = {}
    texts: dict[int, str] | None = None  # the sentences by index, made once, for the first surname that needs them
    for entity in analysis.entities:
        name = name_key(entity.name)
        target = chosen.get(name)
        if target is None or entity.type != "person" or " " in entity.name.strip():
            continue  # not a body: "Brown and Williamson", a company, is no Gordon Brown
        texts = _texts(analysis) if texts is None else texts
        own, theirs = set(_titles(texts, entity)), titles.get(target, set())
        extra = (own - theirs) if theirs else (own & RANK)
        plain = theirs and extra <= PLAIN_HONORIFICS and len({title_sex(t) for t in own | theirs} - {""}) <= 1
        if extra and not plain:
            continue  # but "Mrs Okonjo-Vell" is the woman other sources call "Dr Amara Okonjo-Vell"
        if sexes.get(target, "") in ("m", "f") and not {sexes[target], ""} >= {title_sex(t) for t in own}:
            continue  # 'Mrs Blair' is not Tony Blair, even where the sources give him no title
        if not all(own and titles.get(other) and not own & titles[other] for other in in_full[name] - {target}):
            continue  # another person of that surname named here, whom its titles do not rule out
        renames[entity.id] = target
    return renames


def with_renames(analysis: Analysis, renames: dict[str, str]) -> Analysis:
    """The analysis with its entities' (and quotes' speakers') ids renamed, and what was made of its
    seed alone with the old ids made again; Analysis.renamed holds every rename made of it (a body's
    after a person's: body_names.py)."""
    if not renames:
        return analysis
    entities = _renamed_entities(analysis.entities, renames)
    quotes = tuple(dataclasses.replace(q, speaker=renames[q.speaker]) if q.speaker in renames else q
                   for q in analysis.quotes)
    resolved = dataclasses.replace(analysis, entities=entities, quotes=quotes, export_part=b"",
                                   renamed=tuple(sorted({**dict(analysis.renamed), **renames}.items())))
    if resolved.cross_inputs is not None:  # its shingles and word keys are words, not names: kept
        statements = [_renamed(s, renames) for s in unpack_statements(resolved.cross_inputs.statements, resolved, {})]
        inputs = dataclasses.replace(resolved.cross_inputs, statements=pack_statements(statements))
        resolved = dataclasses.replace(resolved, cross_inputs=inputs)
    return resolved


def _renamed_entities(entities: tuple[Entity, ...], renames: dict[str, str]) -> tuple[Entity, ...]:
    """The entities with their new ids; a surname the briefing also names in full, where the entity
    step left them apart ("Mr Kilroy-Silk" beside "Robert Kilroy-Silk"), folded into that person."""
    present = {e.id for e in entities} & set(renames.values())
    folded: dict[str, list[Entity]] = defaultdict(list)
    kept: list[Entity] = []
    for entity in entities:
        if entity.id in renames:
            if renames[entity.id] in present:
                folded[renames[entity.id]].append(entity)
                continue
            entity = dataclasses.replace(entity, id=renames[entity.id])
        kept.append(entity)
    return tuple(_fold(e, folded[e.id]) if e.id in folded else e for e in kept)


def _fold(person: Entity, others: list[Entity]) -> Entity:
    """The person with the others' mentions (in text order), names and roles."""
    mentions = sorted([*person.mentions, *(m for o in others for m in o.mentions)], key=lambda m: (m.sentence, m.start))
    names = [*person.aliases, *(n for o in others for n in (o.name, *o.aliases))]
    return dataclasses.replace(person, mentions=tuple(mentions),
                               aliases=tuple(dict.fromkeys(n for n in names if n != person.name)),
                               roles=tuple(dict.fromkeys([*person.roles, *(r for o in others for r in o.roles)])))


def _renamed(statement: Statement, renames: dict[str, str]) -> Statement:
    """The statement as made of the resolved analysis (events.own_statements): the same words and
    places, the names by their new ids (a phrase's features sorted again)."""
    phrase = statement.phrase
    if phrase is not None:
        features = sorted({f"@{renames[f[1:]]}" if f[:1] == "@" and f[1:] in renames else f for f in phrase.features})
        phrase = dataclasses.replace(phrase, features=tuple(features))
    return dataclasses.replace(statement, mentions=tuple((renames.get(e, e), s, t) for e, s, t in statement.mentions),
                               context_entities=tuple(renames.get(e, e) for e in statement.context_entities),
                               phrase=phrase)
