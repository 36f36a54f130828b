"""Across sources: a company or body a briefing names shorter than other sources do ("Calder",
"Nordvik Holdings AB") given the name the other sources give it ("Calder Industrial Group",
"Nordvik Holdings"), when the sources leave no doubt which body that is.

Within one document, the entity step already folds "Calder" into "Calder Industrial Group". A
briefing that never gives the longer name keeps an entity of its own, and a site of seven sources
on one takeover had three pages for the bidder and two for its target: the bid's reports named no
participant in common and were three events "reported by one source", and the sources' different
figures for it were never set side by side. A body's name is resolved to a longer one when:

- the longer names that open with its words (an id's words, so accents and case aside) are one
  name and its extensions, never two ("Calder Industrial" and "Calder Industrial Group" are one
  body; "Deutsche Bank" and "Deutsche Telekom" are two, and "Deutsche" stays as it is);
- of those, the one named in the most briefings, at least LONGER_SOURCES of them, is the name,
  and the shorter name is not named in over DOMINANCE times as many ("Microsoft", in 30 briefings,
  is not the "Microsoft Office" of one);
- the shorter name is no common word alone ("United", "Royal", "Time"), and both are bodies
  (organisations) in the briefings that name them;
- a name with a company's legal ending ("Nordvik Holdings AB", "Acme Ltd") is the name without it,
  when other sources name that;
- a longer name a briefing also shortens itself ("Aerovel Airlines Group plc", then "Aerovel") is
  the shorter name, when more briefings, and at least LONGER_SOURCES, name the body so (_shortened);
- an acronym a briefing names a body by alone ("NEC", "NSMS") is the one name the briefings that
  spell it out give it (_spelled_out).

As with surnames (surnames.py), a wrong merge puts one body's acts on another's page, a missed one
only splits a page: otherwise the name stays its own. The briefing's entity keeps its spelling (the
body's page lists it among the names sources use) and takes the body's id, or is folded into it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from .entity_types import is_acronym
from .events import kin_entities
from .given_names import is_common_word
from .knowledge import entity_id, name_key
from .model import Analysis
from .surnames import with_renames

LONGER_SOURCES = 2  # briefings that must give the longer name
DOMINANCE = 4  # a short name in over this many times the briefings of the longer one is the body's own name
LEGAL_ENDINGS = frozenset({"ab", "ag", "asa", "bv", "co", "corp", "gmbh", "inc", "llc", "ltd", "nv", "oyj", "plc",
                           "sa", "spa"})
BODY = "organisation"
# Words before a place's name ("in Eastvale", "a link to Eastvale"; not "a merger between MCI and Verizon")
# (not "shares in Nordvik", "a stake in Calder": a company's)
PLACE_BEFORE = re.compile(r"(?<!\bshares )(?<!\bstake )(?<!\bstakes )(?<!\binvestment )(?<!\binterest )"
                          r"\b(?:in|near|outside|across|around|throughout|"
                          # not "sold to Verizon": a way, a journey to
                          r"(?:links?|ferry|ferries|flights?|routes?|roads?|trains?|bridge|travell?ed|flew|moved|"
                          r"returned|went|came|drove)\s+to)\s+$", re.IGNORECASE)
KIN_BRIEFINGS = 50  # briefings an entity is named by at most, for two that name it to be about one thing
KIN_LOOKS = 200  # briefings of the longer name looked at for one in common: the work stays bounded


def resolve_body_names(analyses: Sequence[Analysis]) -> list[Analysis]:
    """The analyses, each whose bodies other sources name longer given those longer names' ids
    (module docstring); the others as they are (the same objects)."""
    sources = _sources(analyses)
    openings = _by_opening(sources)
    chosen = {short: target for short in sources if (target := _longer(short, sources, openings)) is not None}
    chosen.update({short: target for short, target in _spelled_out(analyses, sources).items() if short not in chosen})
    chosen.update({long: target for long, target in _of_a_place(analyses, sources).items() if long not in chosen})
    shortened = {long: target for long, target in _shortened(analyses, sources).items() if long not in chosen}
    chosen.update(shortened)
    if not chosen:
        return list(analyses)
    placed = _placed(analyses, {short for short, target in chosen.items() if not short.startswith(target + "-")})
    for short, target in chosen.items():  # a longer name itself resolved ("Acme Holdings Ltd"): where it went
        seen = {short}
        while target in chosen and target not in seen:
            seen.add(target)
            target = chosen[target]
        chosen[short] = target
    chosen = {short: target for short, target in chosen.items() if target != short and short not in placed}
    kin = _kin(analyses)
    holders: dict[str, list[str]] = defaultdict(list)  # body id -> the briefings naming it
    for analysis in analyses:
        for ident in {e.id for e in analysis.entities if e.id in sources}:
            holders[ident].append(analysis.id)
    return [with_renames(a, _renames(a, chosen, kin, holders, set(shortened))) for a in analyses]


# A body's id with the place it belongs to: "national-electoral-commission-of-the-republic-of-lusara"
OF_A_PLACE = re.compile(r"(?P<head>.+?)-of-(?:the-)?(?:(?:republic|kingdom|state)-of-(?:the-)?)?(?P<place>.+)")


def _of_a_place(analyses: Sequence[Analysis], sources: Counter[str]) -> dict[str, str]:
    """id of a body named with the place it belongs to ("National Electoral Commission of [the
    Republic of] Lusara", "Constitutional Court of Lusara") -> the id of its name without the place,
    when other briefings name it so and one of them names that place too: one body, two pages, where
    a source wrote the state out. Not a one-word name ("Bank of England", "University of London":
    "Bank" is no body's name), nor a name of many places' bodies that no briefing naming it places
    there ("Central Bank of Liberia" is no story's "central bank"; "Royal Society of Edinburgh" no
    "Royal Society")."""
    candidates = {ident: match for ident in sources if (match := OF_A_PLACE.fullmatch(ident))
                  and match["head"] in sources and "-" in match["head"]}
    if not candidates:
        return {}
    heads = {match["head"] for match in candidates.values()}
    placed_with: dict[str, set[str]] = defaultdict(set)  # a head -> the places the briefings naming it name
    for analysis in analyses:
        ids = {e.id for e in analysis.entities}
        places = {e.id for e in analysis.entities if e.type == "place"}
        for head in heads & ids:
            placed_with[head] |= places
    return {ident: match["head"] for ident, match in candidates.items() if match["place"] in placed_with[match["head"]]}


def _shortened(analyses: Sequence[Analysis], sources: Counter[str]) -> dict[str, str]:
    """id of a body one briefing names in full and by a shorter name of its own ("Aerovel Airlines
    Group plc", then "Aerovel") -> the id of that shorter name, when more briefings name the body so
    and at least LONGER_SOURCES of them: the press release's decision had been on a page of its own,
    apart from the bidder's page that six sources made."""
    found: dict[str, set[str]] = defaultdict(set)
    for analysis in analyses:
        for entity in analysis.entities:
            if entity.type != BODY:
                continue
            for alias in entity.aliases:
                short = entity_id(name_key(alias))
                if entity.id.startswith(short + "-") and sources[short] >= max(LONGER_SOURCES, sources[entity.id] + 1) \
                        and not ("-" not in short and is_common_word(short)):
                    found[entity.id].add(short)
    return {long: next(iter(shorts)) for long, shorts in found.items() if len(shorts) == 1}


def _spelled_out(analyses: Sequence[Analysis], sources: Counter[str]) -> dict[str, str]:
    """id of an acronym some briefing names a body by alone -> the id of the one name the briefings
    that spell it out give it ("NEC", in a release that never spells it out: the National Electoral
    Commission of the wires, whose entity holds "NEC" among its names). An acronym two names share
    ("NEC": a committee here, a company there) resolves nothing."""
    spelled: dict[str, set[str]] = defaultdict(set)
    for analysis in analyses:
        for entity in analysis.entities:
            if entity.type == BODY and not is_acronym(entity.name):
                for alias in entity.aliases:
                    if is_acronym(alias):
                        spelled[entity_id(name_key(alias))].add(entity.id)
    return {short: next(iter(full)) for short, full in spelled.items()
            if short in sources and len(full) == 1 and short not in full}


def _placed(analyses: Sequence[Analysis], shorts: set[str]) -> set[str]:
    """The short names some source writes as a place's ("a ferry link to Eastvale", "critics in
    Eastvale"): a town the entity step could not type is no body named after it (the Eastvale Port
    Authority)."""
    found: set[str] = set()
    for analysis in analyses:
        named = [e for e in analysis.entities if e.id in shorts and e.id not in found]
        if not named:
            continue
        texts = {s.index: s.text for s in analysis.document.sentences}
        for entity in named:
            if any(PLACE_BEFORE.search(texts.get(m.sentence, ""), max(0, m.start - 40), m.start)
                   for m in entity.mentions):
                found.add(entity.id)
    return found


def _kin(analyses: Sequence[Analysis]) -> dict[str, frozenset[str]]:
    """briefing -> the entities it names that few briefings name (at most KIN_BRIEFINGS, and not all
    of them): two briefings that share one are about one thing. On a site of one story, a name all
    sources but one give still says so ("Ulla Berg of the Riksbank" in three of four)."""
    return kin_entities(analyses, min(KIN_BRIEFINGS, max(2, len(analyses) - 1)))


def _sources(analyses: Sequence[Analysis]) -> Counter[str]:
    """id of each body named -> the briefings that name it, of the bodies no briefing names as
    anything else (a place, a person)."""
    counts: Counter[str] = Counter()
    other: set[str] = set()
    for analysis in analyses:
        for entity in {e.id: e for e in analysis.entities}.values():
            if entity.type == BODY:
                counts[entity.id] += 1
            else:
                other.add(entity.id)
    for ident in other:
        counts.pop(ident, None)
    return counts


def _longer(short: str, sources: Counter[str], openings: dict[str, list[str]]) -> str | None:
    """The id of the body other sources name longer than `short`, if the sources leave no doubt."""
    words = short.split("-")
    plain = "-".join(words[:-1])
    if words[-1] in LEGAL_ENDINGS and plain in sources:  # "Nordvik Holdings AB": the name others give without it
        return _longer(plain, sources, openings) or plain
    if len(words) == 1 and is_common_word(short):
        return None
    longer = openings.get(short, [])
    if not longer or not _one_chain(longer):
        return None
    best = max(longer, key=lambda ident: (sources[ident], -len(ident), ident))
    if sources[best] < LONGER_SOURCES or sources[short] > DOMINANCE * sources[best]:
        return None
    return best


def _by_opening(sources: Counter[str]) -> dict[str, list[str]]:
    """Each id's openings (its first words, fewer than all) -> the ids that open so, so that a name
    is looked up, never compared with every other."""
    index: dict[str, list[str]] = defaultdict(list)
    for ident in sorted(sources):
        parts = ident.split("-")
        for cut in range(1, len(parts)):
            index["-".join(parts[:cut])].append(ident)
    return index


def _one_chain(idents: list[str]) -> bool:
    """Are the names one name and its extensions: each, shortest first, opens the next?"""
    ordered = sorted(idents, key=len)
    return all(longer.startswith(shorter + "-") for shorter, longer in zip(ordered, ordered[1:], strict=False))


def _renames(analysis: Analysis, chosen: dict[str, str], kin: dict[str, frozenset[str]],
             holders: dict[str, list[str]], shortened: set[str]) -> dict[str, str]:
    """This briefing's bodies -> the ids they resolve to: only where a briefing that gives the longer
    name names something few others do that this one names too (the same story: "BNP" in a story of
    British politics is not the BNP Paribas of a story of banks), and a briefing that shortens its own
    longer name too (`shortened`: "United Airlines" is no "United" of football); none when the briefing names another
    body that opens with the same words and is not the one chosen (its own entity step left them apart)."""
    here = {e.id for e in analysis.entities if e.type == BODY}
    mine = kin.get(analysis.id, frozenset())
    renames: dict[str, str] = {}
    for entity in analysis.entities:
        target = chosen.get(entity.id)
        if target is None or entity.type != BODY:
            continue
        # a longer name shortened ("United Airlines" to "United") needs the story too: "United" may be a club
        if (not entity.id.startswith(target + "-") or entity.id in shortened) and not any(
                (kin.get(other, frozenset()) & mine) - {entity.id, target}
                for other in holders.get(target, ())[:KIN_LOOKS] if other != analysis.id):
            continue  # no story in common with a source of the longer name
        rivals = {i for i in here if i.startswith(entity.id + "-") and i != target and not target.startswith(i + "-")
                  and not i.startswith(target + "-")}
        if not rivals:
            renames[entity.id] = target
    return renames
