"""Merging a document's mentions into entities: spellings, acronyms and short forms.

A short form ("Soylu", "Mr Howard", "BoE", "Centre") joins a longer name only when exactly one
name in the document fits it; an ambiguous one stays its own entity rather than a guess.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .entity_types import (
    EVENT_HEADS,
    ORG_HEADS,
    PLACE_HEAD_AFTER,
    PLACE_HEADS,
    PUBLICATION_WORDS,
    common_first_word,
    is_acronym,
    person_shaped,
    placed_here,
    states,
)
from .given_names import given_name_sex, is_common_word, is_given_name, second_surname, surname_first
from .knowledge import gazetteer_countries, name_key
from .model import Mention, Sentence
from .roles import CONNECTORS, GIVEN_OFFICE, GIVEN_TITLES, SURNAME_PARTICLES, offices_end_alike, title_sex

SURNAME_BEFORE = {"da", "das", "do", "dos"}  # Portuguese: 'Lula da Silva' is 'Lula' for short
NO_WORDS: frozenset[str] = frozenset()  # common_first_word with the commonest English words alone
HEAD_WORDS = ORG_HEADS | PLACE_HEADS | EVENT_HEADS  # 'Airport', 'Group', 'Inquiry': what a short form leaves off
LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")
QUOTE_MARK = re.compile(r"[\"“”]")
WORD_NAMES = {  # given names that are also everyday words: never read as a name when written in lower case
    "will", "mark", "bill", "grant", "rose", "hope", "faith", "dawn", "frank", "jack", "chase", "drew", "miles",
    "holly", "heather", "summer", "april", "august", "penny", "ruby", "amber", "grace", "glen", "dale", "cliff",
    "wade", "dean", "earl", "king", "rich", "angel", "christian", "carol", "lance", "sandy", "rusty", "victor",
    "major", "young", "brown", "green", "white", "black", "hunter", "mason", "carter", "cooper", "archer",
    "baker", "taylor", "price", "story", "page", "ward", "hall", "wood", "hill", "moore", "bishop", "sterling",
}


@dataclass
class Draft:
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    description: str = ""
    confident: bool = False  # typed by knowledge, a role, a head word or a definition
    mid_sentence: bool = False  # seen capitalised away from a sentence's start
    stands_as_place: bool = False  # one word a place cue names, with no noun after it ("the village of Kessary")
    known: bool = False  # named in the knowledge file or the gazetteer: never folded into another
    titles: dict[tuple[int, int], str] = field(default_factory=dict)  # (sentence, start) -> 'mr', 'sir'
    offices: dict[tuple[int, int], str] = field(default_factory=dict)  # (sentence, start) -> 'Judge'
    relations: list[tuple[Mention, str]] = field(default_factory=list)  # 'his Turkish counterpart X'


def absorb(drafts: dict[str, Draft], source: str, target: str) -> None:
    taken, into = drafts.pop(source), drafts[target]
    into.aliases |= taken.aliases
    into.mentions.extend(taken.mentions)
    into.roles.extend(r for r in taken.roles if r not in into.roles)
    into.titles.update(taken.titles)
    into.offices.update(taken.offices)
    into.relations.extend(taken.relations)
    if taken.confident and not into.confident:
        into.type, into.confident = taken.type, True
    into.stands_as_place = into.stands_as_place or taken.stands_as_place


def merge_opened_names(drafts: dict[str, Draft], lowercase_words: set[str],
                       dropped: Callable[[str, Draft], bool]) -> None:
    """'Could Yukos be saved?', 'Former WorldCom boss Bernie Ebbers': a name only ever seen at the
    start of a sentence, opening with a common word (or an -ing or -ed form: 'Putting Vioxx') that
    is no one's given name, is the rest of it when the document names the rest alone elsewhere
    ('with Yukos last year'), as an entity of its own (`dropped` says which are not), and not a
    place inside a name that is not one ('Air China' is no China). Without that evidence the word
    stays ('Age Concern' at a sentence's start: 'Concern' is named nowhere alone)."""
    for key in [k for k, d in drafts.items() if not (d.mid_sentence or d.known)]:
        draft = drafts[key]
        rest_key = name_key(draft.name.partition(" ")[2])
        into = drafts.get(rest_key)
        if into is None or rest_key == key or dropped(rest_key, into) \
                or (into.type == "place" and draft.type != "place") \
                or not opened_name(draft.name, lowercase_words) \
                or any(len(m.text.split(None, 1)) < 2 for m in draft.mentions):  # 'Could-Yukos': one word
            continue
        for mention in draft.mentions:
            rest = mention.text.split(None, 1)[-1]
            into.mentions.append(Mention(mention.sentence, mention.end - len(rest), mention.end, rest))
        into.roles.extend(r for r in draft.roles if r not in into.roles)
        del drafts[key]


def opened_name(name: str, lowercase_words: set[str]) -> bool:
    """Does the name open with a word a sentence or headline may put before a name, a common word
    or an -ing or -ed form that is no one's given name ('Former WorldCom', 'Ailing EuroDisney')?"""
    return common_first_word(name, lowercase_words) or _participle_first(name)


def _participle_first(name: str) -> bool:
    """'Bringing Cadillac back', 'Troubled Marsh': a sentence opening with a verb's form in -ing
    or -ed, not a given name ('Sterling', 'Manfred')."""
    first = name.split()[0]
    return len(first) > 4 and first.lower().endswith(("ing", "ed")) and first[1:].islower() \
        and not is_given_name(first)


def merge_acronyms(drafts: dict[str, Draft], acronyms: dict[str, str]) -> None:
    for acronym, expansion in acronyms.items():
        singular = acronym[:-1] if acronym.endswith("s") and acronym[:-1] in drafts else acronym
        for short in {acronym, singular}:
            if short in drafts and expansion in drafts and short != expansion:
                absorb(drafts, short, expansion)


# "the Kingdom of Azmir", "the Republic of Varosh": a state's formal name, whose short form is its
# name to every other source ("Azmir"). Only the bare forms ("Democratic Republic of Congo" is not
# Congo); where the gazetteer knows the short name, merge_state_forms leaves the formal one as it is.
STATE_FORM = re.compile(r"(?:Republic|Kingdom|Sultanate|Emirate|Principality|Grand Duchy)\s+of\s+(?:the\s+)?"
                        r"(?P<short>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")


def merge_state_forms(drafts: dict[str, Draft], known: frozenset[str] = frozenset()) -> None:
    """A state's formal name is its short name ("the Kingdom of Azmir" is Azmir, with the formal
    name an alias), so that the source that writes it so and those that write "Azmir" name one
    actor: one the document names alone too joins it, else it is renamed."""
    for key in [k for k, d in drafts.items() if d.type == "place" and not d.known]:
        draft = drafts[key]
        form = STATE_FORM.fullmatch(draft.name)
        short_key = name_key(form.group("short")) if form else ""
        if not short_key or short_key == key or _known_state(short_key, known):
            continue
        into = drafts.get(short_key)
        if into is None:
            del drafts[key]
            draft.aliases.add(draft.name)
            draft.name = form.group("short")
            drafts[short_key] = draft
        elif into.type == "place" or not into.confident:
            into.type = "place"
            absorb(drafts, key, short_key)


# "the Government of Kestovar": the state acting, as "Kestovar said" is (a country that speaks is
# its government), not a body of its own beside it; not "the Government of National Unity"
GOVERNMENT_FORM = re.compile(r"(?:[Tt]he\s+)?Government\s+of\s+(?:the\s+)?"
                             r"(?P<short>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")


def merge_government_forms(drafts: dict[str, Draft], known: frozenset[str] = frozenset()) -> None:
    """'The Government of Kestovar' is Kestovar, when the document names Kestovar as a place or the
    gazetteer knows it: one actor with the formal name an alias, so that a press release's
    "the Government of Kestovar declared …" and a wire's "Kestovar expelled …" name one participant."""
    for key in [k for k, d in drafts.items() if GOVERNMENT_FORM.fullmatch(d.name)]:
        draft = drafts[key]
        form = GOVERNMENT_FORM.fullmatch(draft.name)
        short_key = name_key(form.group("short")) if form else ""
        into = drafts.get(short_key)
        if not short_key or short_key == key or not _a_state_s_name(form.group("short"), short_key, into, known):
            continue
        if into is None:
            del drafts[key]
            draft.aliases.add(draft.name)
            draft.name, draft.type, draft.confident = form.group("short"), "place", True
            drafts[short_key] = draft
        else:
            into.aliases.add(draft.name)
            absorb(drafts, key, short_key)
            into.type = "place"


def _a_state_s_name(short: str, short_key: str, named: Draft | None, known: frozenset[str]) -> bool:
    """Is what follows "Government of" a state's name: a place the gazetteer knows or the document
    names, or a name of no common word the document names alone untyped ("Kestovar gave no
    reason"); not "National Unity"."""
    if short_key in known or (named is not None and named.type == "place"):
        return True
    return named is not None and not named.confident and not any(is_common_word(w) for w in short.split())


def _known_state(short_key: str, known: frozenset[str]) -> bool:
    """Is the short name a place the gazetteer knows, or the end of one ("Congo" of the Republic of
    the Congo and of the Democratic Republic of the Congo)? Then it is not ours to say which."""
    return short_key in known or short_key in _place_ends(known)


@functools.lru_cache(maxsize=2)
def _place_ends(known: frozenset[str]) -> frozenset[str]:
    """The last words of each known place's name, of every length ("congo", "the congo", ...):
    made once for the knowledge, not a scan of every place for each formal name."""
    return frozenset(" ".join(words[i:]) for place in known if " " in place
                     for words in [place.split()] for i in range(1, len(words)))


def merge_spellings(drafts: dict[str, Draft]) -> None:
    """'TimeWarner' and 'Time Warner'; 'NAO' and 'National Audit Office' (initials, no definition)."""
    squashed: dict[str, str] = {}
    for key in sorted(drafts, key=lambda k: (-len(drafts[k].mentions), k)):
        flat = key.replace(" ", "")
        if flat in squashed and squashed[flat] in drafts:
            absorb(drafts, key, squashed[flat])
        else:
            squashed[flat] = key
    initials: dict[str, list[str]] = {}
    for key in drafts:
        words = [w for w in key.split() if w not in CONNECTORS and w != "and"]
        if len(words) >= 2 and drafts[key].type in ("organisation", "other", "person"):
            # "NAO" spells National Audit Office; "BoE" spells Bank of England with its "of"
            for spelled in {"".join(w[0] for w in words), "".join(w[0] for w in key.split())}:
                initials.setdefault(spelled, []).append(key)
    for key in list(drafts):
        draft = drafts.get(key)
        if draft and is_acronym(draft.name) and len(initials.get(key, [])) == 1 and initials[key][0] != key:
            target = initials[key][0]
            absorb(drafts, key, target)
            if drafts[target].type == "person":
                drafts[target].type = "organisation"


# A name the text calls a town ("Varnok, a town of about 6,000 people", "the town of Varnok") is the town:
# not a place named after it that has a head word of its own ("Varnok station", "Varnok Airport")
TOWN_AFTER = re.compile(r",\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|hamlet|port\s+town)\b")
TOWN_BEFORE = re.compile(r"\b(?:town|city|village|hamlet)\s+of\s+$")
FACILITY_HEADS = frozenset({"station", "airport", "stadium", "bridge", "hall", "palace", "castle", "dam", "harbour",
                            "camp", "prison", "hospital", "base", "terminal", "mine", "plant", "refinery", "square",
                            "street", "road", "park", "gate", "tower", "barracks", "school", "university"})


def merge_short_forms(drafts: dict[str, Draft], headline: dict[str, str], texts: dict[int, str] | None = None) -> None:
    """A one-word name joins the one longer name in the document that it fits: 'Soylu' Süleyman
    Soylu, 'Mr Howard' a Howard by surname only, 'Centre' the Coordination Centre, 'Stansted'
    Stansted Airport. Two fits leave it apart: a guess would fold two people into one.
    `headline` holds people named in full only in the headline (key -> name); texts: the sentences
    by index, where a known name's words may show it speaks as a person's surname."""
    people, things = _name_index(drafts, headline)
    pronouns = _Pronouns(texts or {}, drafts)
    positions: dict[str, tuple[int, list[tuple[int, int]]]] = {}  # _named_just_before's sorted places
    went: dict[str, str] = {}  # a short form folded whole into a name: 'Sadr' fits 'al-Sadr', gone into Moqtada al-Sadr
    # each one-word place's name without its last 0 to 3 letters, the stems a people's word may have (_demonym)
    place_stems = {k[:len(k) - cut] for k, d in drafts.items() if d.type == "place" and " " not in k
                   for cut in range(4)}
    for key in sorted(k for k in drafts if len(k.split()) == 1 or _one_written_word(k, drafts[k], people)):
        draft = drafts.get(key)
        if draft is None:
            continue
        speaks = draft.known and not draft.titles and _speaks(draft, key, people, texts or {})
        if draft.known and not draft.titles and not speaks:
            continue  # a known name stays itself, unless a title shows it is a person's surname ("Mrs Hassan")
        groups: dict[str | None, list[Mention]] = defaultdict(list)
        placed = any(PLACE_HEAD_AFTER.match((texts or {}).get(m.sentence, ""), m.end) for m in draft.mentions)
        town = any(TOWN_AFTER.match((texts or {}).get(m.sentence, ""), m.end)
                   or TOWN_BEFORE.search((texts or {}).get(m.sentence, ""), max(0, m.start - 20), m.start)
                   for m in draft.mentions)
        # a one-word name written where a place is (Civic Watch Korvenia and the Saskeld Courier are named after it)
        demonym = draft.type not in ("person", "place") and " " not in key and not draft.titles \
            and _demonym(key, place_stems)
        located = draft.type != "person" and not draft.titles and " " not in key and not is_acronym(draft.name) \
            and not is_given_name(draft.name) and "-" not in draft.name \
            and any(placed_here((texts or {}).get(m.sentence, ""), m, True) for m in draft.mentions)
        # whether each person a mention fits is named as someone's relative, read once for all this name's
        # mentions (the drafts they fit change only after the loop): read per mention, a seed of one long line
        # naming two people a hundred thousand times spent half its analysis here
        relatives: dict[str, bool] = {}
        for mention in draft.mentions:
            title = draft.titles.get((mention.sentence, mention.start), "")
            sex = title_sex(title) or (pronouns.sex_after(mention) if draft.type != "place" else "")
            # a known place's mentions go to the person only where they speak: "flew to Paris" stays a place
            speaking = speaks and _speaking(mention, texts or {})
            candidates = _fits(key, title, draft, drafts, people, things, speaking)
            if len(candidates) > 1 and not title:
                candidates = _without_relatives(candidates, drafts, texts or {}, relatives)
            if placed:  # "tore through Orvath province": the place, never the Orvath Courier named after it
                candidates = {c for c in candidates if c in drafts and drafts[c].type == "place"}
            if town:  # "Varnok, a town of 6,000": the town, not the Varnok weather station named after it
                candidates = {c for c in candidates if c.split()[-1].lower() not in FACILITY_HEADS}
            if demonym:  # "every Vallendian", "one Qadiri official": a people's word, not the Vallendian Red Cross
                candidates = {c for c in candidates if c not in drafts or drafts[c].type == "place"}
            if located:  # "neighbouring Korvenia", "a hospital in Saskeld": the place, not the body named after it
                candidates = {c for c in candidates if c not in drafts or drafts[c].type == "place"
                              # a newspaper named after its town ("the Saskeld Courier", "Qadirah Today"),
                              # which a first mention may type a person
                              # not "Clean Contracts Norvalia", a body a first mention typed a person
                              or (drafts[c].type == "person" and c.split()[-1] not in PUBLICATION_WORDS
                                  and not _body_named_last(c, key, drafts[c]))}
            fits = _one_fit(candidates)
            if speaks and not speaking:
                fits = None
            elif fits is None and len(candidates) > 1 and _people_only(key, people, things):
                office = draft.offices.get((mention.sentence, mention.start), "")
                fits = _told_apart(candidates, sex, office, mention, drafts, headline, positions)
            groups[fits if fits is None or _sex_fits(sex, fits, drafts, headline) else None].append(mention)
        if set(groups) == {None} and not draft.confident and draft.type != "person" \
                and _people_only(key, people, things):
            draft.type = "person"  # "Hamid said", beside Rebaz Hamid and Hamid al-Rubaie: one of them, not a body
        if demonym and set(groups) == {None} and not draft.known:
            del drafts[key]  # "one Qadiri official": a people's word, no actor
            continue
        for target, mentions in groups.items():
            while target in went:
                target = went[target]
            if target is not None and target != key:
                if len(mentions) == len(drafts[key].mentions):
                    went[key] = target
                typed = (drafts[target].type, drafts[target].confident) if target in drafts else None
                _move(drafts, key, target, mentions, headline)
                if speaks and typed is not None:  # the person keeps their type, not the place's it was known as
                    drafts[target].type, drafts[target].confident = typed


def _body_named_last(candidate: str, key: str, draft: Draft) -> bool:
    """'Clean Contracts Norvalia': a name of three words or more that ends with the place and opens
    with no given name is a body named after it, though a first mention typed it a person."""
    words = candidate.split()
    return len(words) >= 3 and words[-1] == key and not is_given_name(draft.name.split()[0])


def _demonym(key: str, place_stems: set[str]) -> bool:
    """Is the word the people's word of a place the document names ("vallendian" of Vallendia,
    "qadiri" of Qadirah, "karvonese" of Karvonia)? Not "mitsubishi", of no place. `place_stems`:
    each place's name less its last 0 to 3 letters, looked up once per ending, not a scan of the
    places for each word (the key is no place's: places are not asked)."""
    if len(key) < 5 or not key.endswith(("n", "i", "ese", "ish")):
        return False
    return any(len(stem := key[:-len(end)]) >= 4 and stem in place_stems
               for end in ("ian", "an", "n", "i", "ese", "ish") if key.endswith(end))


def merge_initialled_names(drafts: dict[str, Draft]) -> None:
    """A person named by the initials of their given names ('S. Vrba', 'J.K. Amankwah') is the one
    person the document names in full whose given names open with those letters ('Stefan Vrba',
    'Joseph Kwame Amankwah'): three people had been one, and a bare 'Vrba' fitted two of them, so
    it stood apart too. Not where two people fit ('J. Smith' beside John and Jane Smith)."""
    full: dict[str, list[str]] = defaultdict(list)
    for key, draft in drafts.items():
        words = key.split()
        if draft.type == "person" and len(words) > 1 and len(words[0]) > 1:
            full[words[-1]].append(key)
    for key in [k for k, d in drafts.items() if _initialled(k) and (d.type == "person" or not d.confident)]:
        initials = key.split()[:-1]
        fits = [long for long in full.get(key.split()[-1], ()) if long in drafts and _opens_with(long, initials)]
        if len(fits) == 1 and not drafts[key].known:
            name = drafts[key].name
            absorb(drafts, key, fits[0])
            drafts[fits[0]].aliases.add(name)


def _initialled(key: str) -> bool:
    """'s vrba', 'j k amankwah': initials, then a surname."""
    words = key.split()
    return len(words) > 1 and len(words[-1]) > 1 and all(len(w) == 1 and w.isalpha() for w in words[:-1])


def _opens_with(key: str, initials: list[str]) -> bool:
    """Do the given names of a full name open with these initials, in order ('stefan vrba', ['s'])?"""
    given = key.split()[:-1]
    return len(given) >= len(initials) and all(word[0] == letter
                                               for word, letter in zip(given[:len(initials)], initials, strict=True))


def merge_shortened_names(drafts: dict[str, Draft]) -> None:
    """A person's full name written without some of its middle words joins the one longer name it
    shortens: 'George Bush' George W. Bush, 'Khalid al-Rawahi' Khalid bin Saeed al-Rawahi, 'Tayyip
    Erdogan' Recep Tayyip Erdogan. Both end in the same surname and the short form's words come in
    the long name's order, from its given name or the one after it. Two longer names that fit
    ('George H. W. Bush' and 'George W. Bush' for 'George Bush') leave it apart: a guess would fold
    two people into one."""
    people = [key for key, draft in drafts.items() if draft.type == "person" and len(key.split()) > 2]
    if not people:
        return
    by_last: dict[str, list[str]] = defaultdict(list)
    for key in people:
        by_last[key.split()[-1]].append(key)
        if any(word in SURNAME_PARTICLES for word in key.split()[1:-2]):  # "de la cruz obando": "cruz" too
            by_last[key.split()[-2]].append(key)
    for key in sorted(drafts, key=lambda k: (len(k.split()), k)):
        draft = drafts.get(key)
        words = key.split()
        # "Van Rijsel was not available": a surname with its particle, capitalised as a sentence opens
        if draft is None or draft.known or len(words) < 2 \
                or not (_maybe_person(draft) or words[0] in SURNAME_PARTICLES):
            continue
        fits = [long for long in by_last.get(words[-1], ()) if long in drafts and shortens(words, long.split())]
        if len(fits) == 1 and not drafts[fits[0]].known:
            absorb(drafts, key, fits[0])
            drafts[fits[0]].aliases.add(draft.name)


# What a firm's full name adds to the name it goes by: "Golden Loom Apparel Ltd", "Golden Loom Apparel"
FIRM_ENDINGS = frozenset(ORG_HEADS | {"ltd", "limited", "plc", "inc", "co", "corp", "llc", "group", "apparel",
                                      "textiles", "garments", "clothing", "mills", "footwear", "fashions"})


def merge_firm_short_forms(drafts: dict[str, Draft]) -> None:
    """A name of two words or more with no title or office ('Golden Loom', a person for its given name
    'Golden') that opens the one firm's name the text gives, whose other words are a firm's ('Golden
    Loom Apparel Ltd'), is that firm, written short."""
    firms: dict[str, list[str]] = defaultdict(list)
    for key, draft in drafts.items():
        words = key.split()
        if draft.type == "organisation" and len(words) > 2:
            for cut in range(2, len(words)):
                if all(w in FIRM_ENDINGS for w in words[cut:]):
                    firms[" ".join(words[:cut])].append(key)
    for key in sorted(firms):
        draft = drafts.get(key)
        longer = [k for k in dict.fromkeys(firms[key]) if k in drafts]
        if draft is None or draft.known or draft.titles or draft.offices or draft.roles or draft.type == "place" \
                or len({_shortest(drafts, k) for k in longer}) != 1:
            continue
        target = _shortest(drafts, longer[0])
        if target == key or target not in drafts:
            continue  # "Standard Life" is itself the shortest name of "Standard Life Assurance": nothing to join
        absorb(drafts, key, target)
        drafts[target].aliases.add(draft.name)


def _shortest(drafts: dict[str, Draft], key: str) -> str:
    """The key of the shortest firm's name that the others lengthen ('golden loom apparel' of '… ltd')."""
    words = key.split()
    for cut in range(2, len(words)):
        shorter = " ".join(words[:cut])
        if shorter in drafts and drafts[shorter].type == "organisation" and all(w in FIRM_ENDINGS for w in words[cut:]):
            return shorter
    return key


def _maybe_person(draft: Draft) -> bool:
    """A person, or a name typed by weak context that opens with a given name ('George Bush' beside
    'Bush' the place): not 'Highland Gold' beside a 'Miner Highland Gold'."""
    return draft.type == "person" or (not draft.confident and person_shaped(draft.name)
                                      and is_given_name(draft.name.split()[0]))


def shortens(short: list[str], long: list[str]) -> bool:
    """Are the short name's words the long one's, in order, fewer, from its first or second word,
    ending at its last, or its surname with the particles before it ('da Silva')? A name with an
    initial is never short for another: George W. Bush is not George H. W. Bush."""
    if len(short) >= len(long) or any(len(word) == 1 for word in short):
        return False
    if short[0] in SURNAME_PARTICLES:  # "da Silva" of Luiz Inacio Lula da Silva: a surname with its particles
        # "de la Cruz" of Rafael de la Cruz Obando: the first of two surnames, as Spanish names are shortened
        return long[-len(short):] == short or (len(long) > len(short) + 1 and long[-len(short) - 1:-1] == short)
    if short[-1] != long[-1]:
        if not (short[-1] == long[-2] and any(w in SURNAME_PARTICLES for w in long[1:-2])):
            return False
        long = long[:-1]  # "Rafael de la Cruz" of Rafael de la Cruz Obando: the first of two surnames
    if short[0] not in long[:2]:
        return False
    at = long.index(short[0])
    rest = iter(long[at + 1:])
    return all(word in rest for word in short[1:])


# A relative named by who they are to someone: "Kessarin's wife, Elena Kessarin,"
RELATIVE_BEFORE = re.compile(r"['’]s\s+(?:wife|husband|son|daughter|brother|sister|mother|father|widow|widower|"
                             r"partner|niece|nephew|cousin)\s*,?\s*$")


def _without_relatives(fits: set[str], drafts: dict[str, Draft], texts: dict[int, str],
                       relatives: dict[str, bool] | None = None) -> set[str]:
    """Of the people a bare surname fits, those the text does not name as someone's relative: 'The
    court found that Kessarin received …' is Anton Kessarin, not 'Kessarin's wife, Elena Kessarin'
    (the text gives her her full name or a title). All of them when each is one. `relatives`: each
    name's answer so far, while the drafts' mentions do not change."""
    relatives = {} if relatives is None else relatives
    for name in fits - relatives.keys():
        relatives[name] = name in drafts and any(
            RELATIVE_BEFORE.search(texts.get(m.sentence, ""), max(0, m.start - 40), m.start)
            for m in drafts[name].mentions)
    kept = {name for name in fits if not relatives[name]}
    return kept or fits


# A surname that speaks ("Hassan said many families …"), not a place for its government ("London
# said it would …") nor one named after a preposition ("Police in Hassan said")
SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told|added|argued|insisted|warned|explained)\b(?!\s+(?:it|its)\b)")
PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|of|near|to|into|outside|inside|across|for|on)\s+$", re.IGNORECASE)


def _speaks(draft: Draft, key: str, people: dict[str, set[str]], texts: dict[int, str]) -> bool:
    """A known place that is one person's surname in the document and speaks ("Hassan said", beside
    Mahmoud el-Hassan; the gazetteer knows a Hassan in India): the person's surname. A country that
    speaks is its government: only a place that is no country is read so."""
    if draft.type != "place" or len(people.get("last " + key, ())) != 1 or key in gazetteer_countries():
        return False
    return any(_speaking(m, texts) for m in draft.mentions)


def _speaking(mention: Mention, texts: dict[int, str]) -> bool:
    text = texts.get(mention.sentence, "")
    return SPEAKS_AFTER.match(text, mention.end) is not None \
        and not PREPOSITION_BEFORE.search(text, max(0, mention.start - 12), mention.start)


def _one_written_word(key: str, draft: Draft, people: dict[str, set[str]]) -> bool:
    """'Kilroy-Silk', "O'Brien", 'al-Shammari', 'Jean-Pierre': one word as written, two in its key
    (name_key splits at the hyphen or apostrophe); a short form like 'Howard' when a person's full
    name ends in it, or like 'Jean-Pierre' when one opens with it."""
    return len(draft.name.split()) == 1 and any(people.get(index + key) for index in WRITTEN_INDEXES)


WRITTEN_INDEXES = ("last ", "maybe last ", "first ", "maybe first ")


def _name_index(drafts: dict[str, Draft], headline: dict[str, str]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """People by their first and last words; organisations and places by their last word
    ('centre'), and by their first word when the rest are head words ('stansted' of 'Stansted Airport')
    or partners' names ('marsh' of 'Marsh & McLennan')."""
    people: dict[str, set[str]] = defaultdict(set)
    things: dict[str, set[str]] = defaultdict(set)
    for key in [*drafts, *headline]:
        words = key.split()
        if len(words) < 2:
            continue
        kind = drafts[key].type if key in drafts else "person"
        written = (drafts[key].name if key in drafts else headline[key]).split()
        things["any last " + words[-1]].add(key)
        if not (key in drafts and drafts[key].known):  # no one calls the United Kingdom 'United'
            things["any first " + words[0]].add(key)
        if kind == "person":
            _index_person(people, "", words, key, written)
        elif not drafts[key].confident and person_shaped(drafts[key].name) \
                and not common_first_word(drafts[key].name, NO_WORDS):  # 'Could Yukos' is no one
            # typed by weak context only: a person's surname for a title ('Vladimir Putin' for 'Mr Putin'),
            # and without one when it opens with a name given to one sex ('Putin' alone)
            sure = given_name_sex(written[0]) in ("m", "f")
            _index_person(people, "" if sure else "maybe ", words, key, written)
        elif kind in ("organisation", "place", "other"):
            # "the Centre", "the Dome"; not what a body is of ("Seonhae" of the Bank of Seonhae is the country)
            if (kind == "organisation" or words[-1] in PLACE_HEADS) and words[-2] not in OF_WORDS:
                things["last " + words[-1]].add(key)
            if is_acronym(drafts[key].name.split()[0]) and len(words) > 2:
                words = words[1:]  # "RJ Reynolds Tobacco" is "Reynolds" for short
            if (all(w in HEAD_WORDS for w in words[1:]) or " & " in drafts[key].name) and not drafts[key].known:
                things["first " + words[0]].add(key)  # "Marsh" of "Marsh & McLennan" too
    return people, things


OF_WORDS = frozenset({"of", "for", "on"})  # "Bank of Seonhae", "Minister for Europe", "Committee on Trade"
PATRONYMICS = frozenset({"bin", "ibn", "bint"})  # 'son of', 'daughter of' in Arabic names


def _index_person(people: dict[str, set[str]], prefix: str, words: list[str], key: str, written: list[str]) -> None:
    """A person's surname and given name, by the words of its key and as written ('kilroy silk' of
    'Robert Kilroy-Silk', for 'Mr Kilroy-Silk'; 'silk' too); before a Portuguese particle, the name
    is a surname too ('Lula' of 'Luiz Inacio Lula da Silva'; not 'Amir' of 'Abdul Amir al-Shammari').
    A name written as one word ('al-Sadr') is indexed by its key's words alone, for 'Sadr'."""
    if len(written) > 1:
        people[prefix + "last " + name_key(written[-1])].add(key)
        people[prefix + "first " + name_key(written[0])].add(key)
    people[prefix + "last " + words[-1]].add(key)
    people[prefix + "first " + words[0]].add(key)
    particle = next((i for i, w in enumerate(words) if w in SURNAME_BEFORE), 0)
    if particle > 1:
        people[prefix + "last " + words[particle - 1]].add(key)
    for at, word in enumerate(words[1:-1], 1):
        if word in PATRONYMICS:  # 'bin Saeed' of Khalid bin Saeed al-Mansouri: he is called by his father's name
            people[prefix + "last " + words[at + 1]].add(key)
    if second := second_surname(written):  # "Marco Delgado Ruiz" is "Delgado" for short
        people[prefix + "last " + name_key(second)].add(key)
    if surname_first(written):  # "Han Seo-yeon" is "Ms Han"
        people[prefix + "last " + words[0]].add(key)


def _fits(key: str, title: str, draft: Draft, drafts: dict[str, Draft], people: dict[str, set[str]],
          things: dict[str, set[str]], speaks: bool = False) -> set[str]:
    """The names a short form can mean (speaks: a known place that speaks as a person's surname,
    _speaks); none for a known name without a title."""
    if speaks:
        return {next(iter(people["last " + key]))}
    surnames, given = people.get("last " + key, set()), people.get("first " + key, set())
    if title and len(key) == 1:  # "Mr P.": the one person whose surname starts with that letter
        surnames = {name for index, names in people.items() if index.startswith("last " + key) for name in names}
    if title == GIVEN_OFFICE:  # "Sheikh Rashid" (Rashid bin Omar al-Falasi), "Sheikh Nasrallah" (Hassan Nasrallah)
        fits = given | surnames
    elif title:
        fits = given if title in GIVEN_TITLES else surnames  # "Sir Digby"; "Mr Howard", never Howard Flight
        if not fits and title not in GIVEN_TITLES:  # the title shows a person: so is the one name it fits
            fits = people.get("maybe last " + key, set())
    elif draft.known:
        return set()
    else:
        fits = surnames | given
        if not fits and draft.type != "person":
            fits = _thing_fits(key, draft, drafts, things)
        elif surnames and draft.type != "person" \
                and (firms := {f for f in things.get("first " + key, ()) if drafts[f].type == "organisation"}):
            fits |= firms  # "Hallström" beside Gustav Hallström and the Hallström Aerospace he founded: either
    return fits


def _one_fit(fits: set[str]) -> str | None:
    """The one name of those a short form fits, or None when none or several (_one_of_nested)."""
    return next(iter(fits)) if len(fits) == 1 else _one_of_nested(fits)


NEARBY_SENTENCES = 2  # how far back a name is "just named": its sentence and the two before it


def _told_apart(fits: set[str], sex: str, office: str, mention: Mention, drafts: dict[str, Draft],
                headline: dict[str, str], positions: dict[str, tuple[int, list[tuple[int, int]]]]) -> str | None:
    """'Mr Karimi' beside Leyla and Dariush Karimi: of two people or more whose name a short form
    fits, the one its sex (by its title, or the pronoun after it) allows ('Mr', not Leyla), or the
    one whose role its office ends ('Judge Delgado': Judge Lucía Delgado, not Marco Delgado Ruiz), or
    else the one named in its sentence or the two before it, where none of the others is: a writer
    names the one they mean just before writing the short form. Else None: two people named together
    leave it apart."""
    allowed = {name for name in fits if _sex_fits(sex, name, drafts, headline)}
    if len(allowed) > 1 and sex:  # 'Ms Karimi': Leyla, not a Dariush of no known sex
        allowed = {name for name in allowed if sex in given_name_sex(_written(name, drafts, headline).split()[0])} \
            or allowed
    if len(allowed) > 1 and sex:  # 'Mr Lind': Josef, a man's name, not Vera, a name some lists give either sex
        allowed = {name for name in allowed if given_name_sex(_written(name, drafts, headline).split()[0]) == sex} \
            or allowed
    if len(allowed) == 1:
        return next(iter(allowed))
    held = _holders(allowed, office, drafts)
    if len(held) == 1:  # "Judge Delgado" beside Judge Lucía Delgado and the defendant Marco Delgado Ruiz
        return next(iter(held))
    near = {name for name in allowed if name in drafts and _named_just_before(name, drafts[name], mention, positions)}
    return next(iter(near)) if len(near) == 1 else None


def _named_just_before(key: str, draft: Draft, mention: Mention,
                       positions: dict[str, tuple[int, list[tuple[int, int]]]]) -> bool:
    """Is the draft named in the mention's sentence before it, or in the NEARBY_SENTENCES before? One
    binary search in its mentions' places, sorted once while their number stays the same
    (`positions`, by the draft's key): a long text of many short forms of two people stays linear."""
    count, places = positions.get(key, (-1, []))
    if count != len(draft.mentions):
        places = sorted((m.sentence, m.start) for m in draft.mentions)
        positions[key] = (len(draft.mentions), places)
    at = bisect.bisect_left(places, (mention.sentence, mention.start))
    return at > 0 and places[at - 1][0] >= mention.sentence - NEARBY_SENTENCES


def _holders(names: set[str], office: str, drafts: dict[str, Draft]) -> set[str]:
    """Those of the people whose roles end alike with the short form's office ('Judge', 'Presiding judge')."""
    if not office:
        return set()
    return {name for name in names if name in drafts and any(
        offices_end_alike(office, role) for role in drafts[name].roles)}


def _people_only(key: str, people: dict[str, set[str]], things: dict[str, set[str]]) -> bool:
    """Does the word fit two people's names or more (as a surname or a given name), and no body's?"""
    fits = people.get("last " + key, set()) | people.get("first " + key, set())
    return len(fits) > 1 and not things.get("last " + key) and not things.get("first " + key)


def _one_of_nested(fits: set[str]) -> str | None:
    """'al-Sadr' and 'Moqtada al-Sadr' both fit 'Sadr': one name within the other is one person's
    (the longer joins the shorter later); names that do not nest are two people, no guess."""
    if not fits:
        return None
    longest = max(fits, key=lambda key: (len(key.split()), key))
    nested = all(f == longest or longest.endswith(" " + f) or longest.startswith(f + " ") for f in fits)
    return longest if nested else None


def _sex_fits(sex: str, target: str, drafts: dict[str, Draft], headline: dict[str, str]) -> bool:
    """'Mrs Howard' is not Michael Howard, nor 'Mr Blair' Cherie Blair, nor 'Inspector General
    Kessel … he said' Daria Kessel: a short form of one sex (by its title or the pronoun after it)
    never joins a name given only to the other sex, nor a person the document titles only as the other."""
    if not sex:
        return True  # 'Dr', 'Rev', or no title or pronoun at all
    draft = drafts.get(target)
    given = given_name_sex(_written(target, drafts, headline).split()[0])
    titled = {title_sex(t) for t in draft.titles.values()} - {""} if draft else set()
    return (not given or sex in given) and (not titled or sex in titled)


PRONOUN_OR_MARK = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b|[\"“”]", re.IGNORECASE)
PRONOUN_REACH = 2  # sentences after the short form's own in which its pronoun may come ('"…," he said')
PRONOUN_WINDOW = 400  # characters after it, across them


class _Pronouns:
    """The sex of the pronoun that next points back to a short form ('Inspector General Kessel, …,
    said the police had acted lawfully. "…," he said'): the first 'he' or 'she' after it, in its
    sentence or the two after, outside quotation marks (a quote's 'she' is the speaker's to use) and
    before any other person's name. '' when none comes first."""

    def __init__(self, texts: dict[int, str], drafts: dict[str, Draft]) -> None:
        self.texts = texts
        self.people: dict[int, list[int]] = defaultdict(list)  # sentence -> starts of people's mentions, sorted
        # a person's surname alone is a person's name too, whatever it was typed as yet ("… in Petrak after she")
        surnames = {key.rsplit(" ", 1)[-1] for key, draft in drafts.items() if draft.type == "person" and " " in key}
        for key, draft in drafts.items():
            if draft.type == "person" or key in surnames:
                for mention in draft.mentions:
                    self.people[mention.sentence].append(mention.start)
        for starts in self.people.values():
            starts.sort()

    def sex_after(self, mention: Mention) -> str:
        """Read within PRONOUN_WINDOW characters: a sentence of a thousand names stays linear."""
        quoted, left = False, PRONOUN_WINDOW
        for index in range(mention.sentence, mention.sentence + PRONOUN_REACH + 1):
            text = self.texts.get(index, "")
            start = mention.end if index == mention.sentence else 0
            starts = self.people.get(index, [])
            other = bisect.bisect_left(starts, start)  # the next person named after the short form
            limit = min(starts[other] if other < len(starts) else len(text), start + left)
            for found in PRONOUN_OR_MARK.finditer(text, start, limit):
                word = found.group()
                if word in ('"', "“", "”"):
                    quoted = word == "“" or (word == '"' and not quoted)
                elif not quoted:
                    return "f" if word.lower().startswith(("she", "her")) else "m"
            left -= limit - start
            if limit < len(text) or left <= 0:
                return ""  # another person named first, or read far enough
        return ""


def _written(key: str, drafts: dict[str, Draft], headline: dict[str, str]) -> str:
    """A person's name as written, in the text or only in the headline."""
    return drafts[key].name if key in drafts else headline[key]


def _thing_fits(key: str, draft: Draft, drafts: dict[str, Draft], things: dict[str, set[str]]) -> set[str]:
    """'Centre' → Coordination Centre; 'Stansted' → Stansted Airport, but a place ('Essex') never
    into an organisation named after it ('Essex County Council'), nor a known name by its first
    word (no one calls the United Kingdom 'United'), and a word that opens or ends another name the
    document gives, not one that only extends the fit, is that name's as much ('United' beside
    Manchester United and United Airlines): two fits, none chosen."""
    fits = things.get("last " + key, set()) | things.get("first " + key, set())
    if draft.type == "place":
        fits = {f for f in fits if drafts[f].type == "place"}
    rivals = things.get("any last " + key, set()) | things.get("any first " + key, set())
    rivals = {r for r in rivals - fits if not any(r.startswith(f + " ") or f.startswith(r + " ") for f in fits)}
    return (fits | rivals) if fits else fits  # 'Yangtze Electric Power' is no rival of Yangtze Electric


def _move(drafts: dict[str, Draft], source: str, target: str, mentions: list[Mention],
          headline: dict[str, str]) -> None:
    if target not in drafts:  # a person named in full only in the headline
        drafts[target] = Draft(headline[target], "person", confident=True, mid_sentence=True)
    if len(mentions) == len(drafts[source].mentions):
        absorb(drafts, source, target)
        return
    taken, into = drafts[source], drafts[target]
    moved = {(m.sentence, m.start) for m in mentions}
    taken.mentions = [m for m in taken.mentions if (m.sentence, m.start) not in moved]
    into.mentions.extend(mentions)
    into.aliases.add(taken.name)


# What a company's short form is written with ("Jordan's board", "shares in Jordan", "Jordan reported
# revenue"), and a place's never is: a town's or a country's name is not a firm's for "said" alone
CORPORATE_AFTER = re.compile(
    r"(?:['’]s (?:[a-z-]+ ){0,2}?(?:board|shares?|shareholders?|chief|chairman|chairwoman|executives?|directors?|"
    r"headquarters|offer|bid|profits?|revenues?|sales|earnings|stake|investors?|employees|staff|workforce|"
    r"customers|products|brand|takeover|acquisition|management|price|valuation|founder|advisers?)|"
    r"['’]s [$€£¥]?\d|"
    r" (?:shares?|stock|shareholders?|plc|offer|deal|bid|takeover|board|reported|posted|employs?|manufactures?|"
    r"was advised|is advised|commits|rejected an? (?:approach|offer|bid)|had rejected|"
    r"agreed to (?:buy|sell|acquire|merge))|[\"”]?\))\b")
CORPORATE_BEFORE = re.compile(r"\b(?:shares in|stake in|shareholders (?:in|of)|offer for|bid for|takeover of|"
                              r"acquisition of|valuing|undervalues|per)\s+$|\(\s*[\"“]$|"
                              r"\b(?:acquisition|takeover|purchase|offer|bid|sale)\b[^.]{0,30}\bby\s+$", re.IGNORECASE)
SUBJECT_BEFORE = re.compile(r"(?:^|[.,;:\"“(]|\b(?:and|but|while|as))\s*$")
PLACE_SAID = re.compile(r"\b(?:in|near|outside|around|across|throughout|into|visit(?:ed|ing|s)?)\s+$")
# ... and, for a town's name (not a country's: 'Jordan said' is its government), what a body does
ACTS_AFTER = re.compile(r",? (?:said|says|announced|expects?|plans?|aims?|promised|has promised|will|would|commits)\b")


def merge_place_named_firms(drafts: dict[str, Draft], texts: dict[int, str], places: frozenset[str]) -> None:
    """A company named for a place or a country ('Jordan Microsystems', 'Sakura Denki', after the
    Japanese city) is that word for short ('Jordan's board', 'Sakura's offer'); the gazetteer typed
    the short form a place, apart from the company. It joins the one company the document names
    that opens with it and goes on with a word of its own (not 'Essex County Council'), when at
    least half its mentions read as a company's ('shares in Jordan', '("Jordan")') and none as a
    place's ('in Jordan', 'Jordan-based')."""
    firms: dict[str, list[str]] = defaultdict(list)
    for key, draft in drafts.items():
        words = key.split()
        if draft.type == "organisation" and len(words) > 1 and words[1] not in HEAD_WORDS:  # "London Assembly ..."
            firms[words[0]].append(key)
    countries = states()
    for key in [k for k in drafts if k in firms and k in places]:
        draft, target = drafts[key], min(firms[key], key=len)
        if draft.type not in ("place", "organisation") or draft.titles \
                or not all(firm == target or firm.startswith(target + " ") for firm in firms[key]):  # "... Co"
            continue
        corporate = place = 0
        for mention in draft.mentions:
            text = texts[mention.sentence]
            before = text[max(0, mention.start - 40):mention.start]
            subject = SUBJECT_BEFORE.search(before) is not None  # "Sakura said", not "the Mayor of London would"
            read_as_firm = bool(CORPORATE_AFTER.match(text, mention.end) or CORPORATE_BEFORE.search(before)
                                or (subject and key not in countries and ACTS_AFTER.match(text, mention.end)))
            corporate += read_as_firm  # "shares in Jordan" is no place's "in"
            place += not read_as_firm and (bool(PLACE_SAID.search(before)) or text.startswith("-based", mention.end))
        if not place and 2 * corporate >= len(draft.mentions) and (corporate >= 2 or corporate == len(draft.mentions)):
            taken, into = drafts.pop(key), drafts[target]  # not absorb(): the place's type stays behind
            into.mentions.extend(taken.mentions)
            into.aliases |= taken.aliases | {taken.name}


def merge_located(drafts: dict[str, Draft], texts: dict[int, str]) -> None:
    """'the Baghdad Centre' is the Coordination Centre when the text puts it there: 'Coordination
    Centre in Baghdad' or 'Baghdad Coordination Centre'. Runs before short forms, so 'Centre' then
    has one name to point back to."""
    joined = " ".join(texts.values())
    for key in sorted(drafts):
        words = key.split()  # a key may be empty: a name of letters with no ASCII form
        place = drafts.get(words[0]) if len(words) == 2 else None
        if place is None or place.type != "place" or words[1] not in HEAD_WORDS:
            continue
        fits = [other for other in drafts if other != key and other.endswith(" " + words[1])
                and drafts[other].type != "place" and _located(drafts[other].name, place.name, joined)]
        if len(fits) == 1 and key in drafts:
            absorb(drafts, key, fits[0])


def _located(name: str, place: str, text: str) -> bool:
    return f"{name} in {place}" in text or f"{place} {name}" in text


def merge_casual_names(drafts: dict[str, Draft], sentences: Iterable[Sentence]) -> None:
    """'No row between me and trevor': inside a quote (an e-mail read out, a text message) a lower-case
    word that is the given name of exactly one person in the document is that person, when a title
    or an office shows that it is a person. Never a word the document also uses outside quotes, nor
    a given name that is an everyday word ('will')."""
    given: dict[str, set[str]] = defaultdict(set)
    for key, draft in drafts.items():
        if draft.type == "person" and len(key.split()) > 1:
            given[key.split()[0]].add(key)
    evident = {key for key, draft in drafts.items() if draft.roles or draft.titles or draft.confident}
    names = {word: next(iter(keys)) for word, keys in given.items() if len(keys) == 1 and keys <= evident}
    for mention in _casual_mentions(names, sentences) if names else ():
        drafts[names[mention.text]].mentions.append(mention)
        drafts[names[mention.text]].aliases.add(mention.text)


def _casual_mentions(names: dict[str, str], sentences: Iterable[Sentence]) -> list[Mention]:
    """The lower-case `names` written inside quotes, unless written outside them too or everyday words."""
    inside: list[Mention] = []
    outside: set[str] = set(WORD_NAMES)
    for sentence, spans in _quoted_spans(sentences):
        if names.keys().isdisjoint(LOWER_WORD.findall(sentence.text)):
            continue  # most sentences write none of the names: one pass in C, not a loop over words
        starts = [start for start, _ in spans]
        for match in LOWER_WORD.finditer(sentence.text):
            if match.group(0) not in names:
                continue
            index = bisect.bisect_right(starts, match.start()) - 1
            if index >= 0 and match.start() < spans[index][1]:
                inside.append(Mention(sentence.index, match.start(), match.end(), sys.intern(match.group(0))))
            else:
                outside.add(match.group(0))
    return [m for m in inside if m.text not in outside]


def _quoted_spans(sentences: Iterable[Sentence]) -> Iterable[tuple[Sentence, list[tuple[int, int]]]]:
    """Each sentence with the spans of its text inside quotation marks; a quote may run on over the
    sentences of its paragraph."""
    paragraph, open_at = -1, None
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            paragraph, open_at = sentence.paragraph, None
        spans: list[tuple[int, int]] = []
        start = 0 if open_at is not None else None
        for match in QUOTE_MARK.finditer(sentence.text):
            mark = match.group(0)
            if start is None and mark != "”":
                start = match.end()
            elif start is not None and mark != "“":
                spans.append((start, match.start()))
                start = None
        if start is not None:
            spans.append((start, len(sentence.text)))
        open_at = start
        yield sentence, spans
