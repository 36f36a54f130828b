"""Step 3c: people, organisations and places, with their mentions merged into one entity each.

Rule-based and offline. This module finds the mentions: runs of capitalised words, trimmed of
sentence openers and fragments ("Whilst I"), with titles peeled off the front as roles. The
other concerns live beside it: roles.py (titles, honorifics, "his counterpart"), aliases.py
(spellings, acronyms and short forms join a name only when exactly one fits), entity_types.py
(person, organisation, place or other, from evidence). Places are typed with the gazetteer and
the knowledge files (knowledge.py); a maintainer's curated file wins.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Callable, Sequence

from .aliases import (
    HEAD_WORDS,
    Draft,
    merge_acronyms,
    merge_casual_names,
    merge_firm_short_forms,
    merge_government_forms,
    merge_initialled_names,
    merge_located,
    merge_opened_names,
    merge_place_named_firms,
    merge_short_forms,
    merge_shortened_names,
    merge_spellings,
    merge_state_forms,
    opened_name,
)
from .entity_types import (
    BODY_HEADS,
    DEMONYM_ENDINGS,
    EVENT_HEADS,
    GROUP_NOUNS,
    ORG_HEADS,
    PLACE_HEADS,
    VESSEL_PREFIXES,
    after_vessel_word,
    demonym,
    entity_type,
    is_acronym,
    type_by_body_cues,
    type_by_company,
    type_by_context,
    type_by_given_name,
    type_places_by_cues,
)
from .given_names import COMBINING_FORMS, is_common_word, is_given_name, surname_first
from .knowledge import Knowledge, KnownEntity, entity_id, name_key
from .model import Document, Entity, Mention, Sentence, shared
from .roles import (
    CAPITAL,
    CONNECTORS,
    CORE_ROLES,
    GIVEN_OFFICE,
    GIVEN_OFFICES,
    HONORIFICS,
    NATIONALITIES,
    OFFICE_FUNCTIONS,
    PORTFOLIO_NOUNS,
    POSTNOMINALS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    TITLE_WORDS,
    describes_person,
    distinct_roles,
    ends_office,
    is_relation,
    office,
    particle_surname,
    peel_role,
    portfolio_before,
    resolve_relations,
    role_after,
    role_before,
    role_or_nationality,
    split_at_role,
    title_of,
)
from .signals import speaker_labels
from .text import DATELINE_PARAGRAPHS, dateline_place, repeated_sentences
from .titles import marked_titles

# Lower-case ends that make a name into a modifier: "Howard-style", "Blair-era", "US-led".
MODIFIER_SUFFIXES = frozenset({"style", "era", "led", "backed", "based", "born", "owned", "run", "controlled",
                               "funded", "inspired", "like", "type", "made", "linked", "sponsored", "supported",
                               "dominated", "affiliated", "aligned", "allied", "wide"})
# not from a model number's tail: 777-200LR; capitals joined by "&" are one word ("AT&T", "P&O Ferries")
TOKEN = re.compile(r"(?<!\w)(?:[A-Z]{1,3}&[A-Z]{1,3}(?![\w&])|[^\W\d_][\w’'.\-]*[\w]|[^\W\d_])")
STOPWORDS = {
    "the", "a", "an", "this", "that", "these", "those", "both", "such", "in", "on", "at", "as",
    "and", "or", "but", "if", "it", "its", "they", "their", "there", "we", "our", "he", "she",
    "his", "her", "moreover", "however", "while", "with", "following", "first", "second", "third",
    "finally", "nonetheless", "nevertheless", "although", "after", "before", "during", "since",
    "when", "where", "what", "which", "who", "why", "how", "by", "for", "from", "to", "of", "over",
    "under", "about", "despite", "because", "meanwhile", "also", "yet", "so", "some", "many",
    "most", "all", "any", "each", "every", "other", "another", "one", "two", "three", "several",
    "local", "senior", "officials", "recent", "last", "next", "mr", "ms", "mrs", "read",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "conclusion", "no", "not", "yes", "i", "you", "said",
    "oh", "ah", "well", "just", "please", "whose", "maybe", "okay", "ok", "look", "now", "here", "thanks",
    "sorry", "perhaps", "indeed", "clearly", "instead", "yesterday", "today's", "tomorrow", "ex",
    "whilst", "amongst", "whereas", "though", "thus", "hence", "unlike", "unless", "until", "once",
    "then", "earlier", "later", "afterwards", "previously", "initially", "separately", "elsewhere",
    "currently", "recently", "still", "even", "only", "again",  # adverbs that open a sentence
    "former",  # "Former Downing Street press secretary Alastair Campbell"
    "h.e", "h.m", "excellency", "majesty", "highness",  # "received H.E. Hakan Al-Rashidi", "His Majesty's Government"
    "nobody", "nothing", "none", "anybody", "anything", "somebody", "something", "everything",  # "Nobody told us"
}
EX_PREFIX = re.compile(r"(?i:ex)-[A-Z]")
MODEL_NUMBER = re.compile(r"[A-Z]{1,2}-?\d{2,}\w*|[QH][1-4]")  # "Airbus A321": a product; "Nordvik Q3": a quarter
NUMBER_AFTER = re.compile(r" (\d{1,3})\b(?![.,:]\d|%)")
NUMBERED_HEADS = {"radio", "channel", "no", "nr", "terminal",  # 'BBC Radio 4', 'Channel 4', 'Public School No. 2'
                  # the numbered parts of a mine, a plant, a port: 'Gallery 7' and 'Gallery 9' are two, not 'Gallery'
                  "gallery", "shaft", "reactor", "pier", "berth", "dock", "hangar", "runway", "ward", "seam"}
LOWER_HEAD = re.compile(r" ([a-z]+)\b")
LOWER_HEADS = {"party": "organisation", "union": "organisation", "desert": "place",  # "the Labour party"
               "station": "place"}
TITLE_BEFORE = re.compile(r"\b[A-Z][a-z]+\.? $")  # "President Bush", not "the major Manchester hotels"
DAYS_AND_MONTHS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                             "January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"})
# Bodies and texts named for what they are on: "European Convention on Human Rights", "Joint Committee on
# Human Rights", "Council on Foreign Relations" (not "the Committee on Monday")
ON_HEADS = frozenset({"convention", "committee", "commission", "conference", "treaty", "panel", "summit",
                      "declaration", "forum", "council", "charter", "group", "taskforce",
                      "board", "institute", "centre", "center", "network", "alliance"})
NEXT_WORD = re.compile(r" ([A-Z][\w'’-]*)")
CODE = re.compile(r"[A-Z]{1,4}-?\d{3,}[A-Z]?")  # a batch's, a model's or a form's code: "HP-2291", "A380"
MINISTRY_HEADS = frozenset({"department", "ministry"})  # "Department for Work and Pensions"
# Bodies named for the work they are for, which may take an "and" ("Institute for Land and Climate Policy",
# "Centre for Strategic and International Studies"), as a ministry's portfolio may
FOR_WORK_HEADS = MINISTRY_HEADS | {
    "institute", "centre", "center", "council", "foundation", "agency", "office", "commission", "authority", "fund",
    "school", "academy", "society", "association", "alliance", "coalition", "network", "forum", "programme",
    "program", "trust", "board", "bureau", "service", "partnership", "initiative", "campaign", "committee"}
DOCUMENT_AFTER = re.compile(r" (?:[A-Z][\w'’-]*\s){1,4}?(?:Act|Bill)\b")  # 'Freedom of Information Act'
POSSESSIVE_ENDINGS = ("’s", "'s")  # a token's possessive: endswith(), not a regex per token
# "McDonald's, the chain", "Moody's and Fitch", "Foster's bought": an 's that no noun follows
OWNED_S = re.compile(r"(?<![\w’'\-])([A-Z][\w\-]*)['’]s(?=\s*(?:[,.;:)!?]|(?:and|or|is|are|was|were|has|have|"
                     r"had|said|says|will|bought|sold)\b)|\s*$)")
BARE_CAPITAL = re.compile(r"(?<![\w’'\-])([A-Z][\w\-]*)(?![\w\-’'])")  # a capitalised word, no 's after it
# Patterns the steps below use per sentence or per name, compiled once here.
LOWERCASE_WORD = re.compile(r"\b[a-z][a-z'-]+\b")
DEFINED_TERM = re.compile(r"\b[a-z]+ [a-z]+ \(([A-Za-z]{2,8})\)")  # "foreign terrorist fighters (FTFs)"
EX_START = re.compile(r"^(?i:ex)-")
I_CONTRACTION = re.compile(r"I['’]")
PLURAL_END = re.compile(r"(?<![su])s$")
CONTRACTION_END = re.compile(r"['’](?:re|ve|ll|d|m|t)$")
START_ADJECTIVE = re.compile(r"^[^-]*[^hw-]ite$")  # '"Indefinite imprisonment is...', 'Favourite'; not 'White'
ADJECTIVE_END = re.compile(r"(?:al|ary|ive|ous|ian|ians|ine|ese|ly)$")
# "People's Protection Units", "People's Liberation Army", "People's Party": a people's 's inside a
# body's name is the name's own (cut, the units were "Protection Units", a person)
COLLECTIVE_OWNERS = frozenset({"People"})
SAYS_AFTER = re.compile(r",? (?:said|says|told|added|warned|argued|insisted|stressed|noted|announced)\b")
# Adjectives in "-an" ("American", "Cuban", "Republican"): not every word so ending, which took the
# surnames Erdoğan, Fidan, Öcalan and Khan with them (a lone "Erdoğan said" was no one)
AN_ADJECTIVES = frozenset({
    "republican", "anglican", "lutheran", "elizabethan", "partisan", "veteran", "urban", "suburban", "human",
    "roman", "pagan", "spartan", "cuban", "chilean", "kenyan", "tibetan", "venezuelan", "dominican", "texan",
    "ugandan", "rwandan", "angolan", "jamaican", "haitian", "guatemalan", "nicaraguan", "panamanian", "ecuadorean",
    "sri lankan", "lankan", "bhutanese", "samoan", "fijian", "tongan", "alaskan", "kansan", "oklahoman", "vatican",
    "european", "eurasian", "pan", "caribbean", "mediterranean", "korean", "mexican", "american", "african",
    "moroccan", "afghan", "german", "ottoman", "puritan", "cardigan", "metropolitan", "cosmopolitan",
})
# The parts of a hyphenated adjective of peoples ('US-German', 'Pan-European', 'Anglo-Dutch')
PEOPLES_WORDS = frozenset(NATIONALITIES | AN_ADJECTIVES | COMBINING_FORMS | {"us", "uk", "eu", "un", "pan"})
FIRST_ALNUM = re.compile(r"[^\W_]")
HYPHENS = re.compile(r"[-–]")
ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|as|ash|bin|ibn)-[A-Z]")
NAME_AFTER_AND = re.compile(r" (?:[A-Z][\w'-]*\s){0,3}([A-Z][\w-]*)")
ACRONYM_RUNS = 4  # runs before an acronym's run it may take in
RUN_LINK = re.compile(r"\s+(?:(?:of|for|and|the|on|&)\s+){1,2}")  # the small words between two runs of one name
ACRONYM_DEFINITION = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z]{1,6}),?\)")
GERUND_OPENERS = {"analysing", "analyzing", "repealing", "introducing", "explaining", "according", "including",
                  "following", "using", "speaking", "writing", "commenting", "reporting"}
AND_HEADS = {  # names that hold an "and": "Food and Agriculture Organisation", "Trade and Industry"
    "organisation", "organization", "centre", "center", "system", "industry", "development", "commission",
    "committee", "council", "department", "ministry", "agency", "association", "institute", "office",
    "authority", "skills", "services", "inspectorate", "executive", "directorate", "secretariat", "bureau",
    "tribunal",
}
OF_HEADS = {
    "house", "bank", "ministry", "department", "secretary", "memorandum", "university", "republic",
    "kingdom", "emirate", "sultanate", "principality", "state", "states", "chamber", "chambers", "court", "isle",
    "bay", "gulf", "duke",
    "prince", "princess", "archbishop", "bishop", "chancellor", "bill", "act", "treaty", "council",
    "institute", "school", "college", "museum", "church", "city", "district", "province", "region",
    "federation", "union", "league", "board", "office", "organisation", "organization", "association",
    "society", "academy", "centre", "center", "commission", "committee", "people's", "friends",
    "bureau", "confederation", "directorate", "inspectorate", "secretariat", "tribunal", "guild", "corps",
}


def as_publisher(entities: tuple[Entity, ...], publisher: str | None) -> tuple[Entity, ...]:
    """The entities, the one the seed's declared publisher names typed as a body: "Hydro Policy Weekly
    spoke to her" reads like a person's doing, and the magazine was the speaker of every answer."""
    wanted = " ".join((publisher or "").casefold().split())
    if not wanted:
        return entities
    return tuple(dataclasses.replace(e, type="organisation", roles=())
                 if e.type == "person" and any(" ".join(n.casefold().split()) == wanted for n in (e.name, *e.aliases))
                 else e for e in entities)


def extract_entities(document: Document, knowledge: Knowledge) -> tuple[Entity, ...]:
    sentences = document.body_sentences
    lowercase_words = set().union(*(LOWERCASE_WORD.findall(s.text) for s in sentences))
    drafts: dict[str, Draft] = {}
    acronyms: dict[str, str] = {}  # acronym key -> expansion key, from "Expansion (ACR)"
    terms = {m.group(1) for s in sentences if "(" in s.text for m in DEFINED_TERM.finditer(s.text)}  # "(": cheap
    repeated = repeated_sentences(sentences)  # a paragraph printed twice names its people once
    titles = marked_titles((s.text for s in sentences), knowledge)  # "BBC One's Breakfast with Frost"
    named_inside = _NamedInside(sentences)
    owned = _owned_possessives(sentences) | COLLECTIVE_OWNERS
    labels = speaker_labels(sentences)
    for sentence in sentences:
        if sentence.index in repeated:
            continue
        first = _sentence_start(sentence.text)  # found once: rescanning it per name made long lines quadratic
        if sentence.index in labels:  # "VOS: Did your service know …": the answer's clause starts after the label
            first = _sentence_start(sentence.text[labels[sentence.index] + 1:]) + labels[sentence.index] + 1
        for mention, role in _candidates(sentence, first, lowercase_words, knowledge, titles, named_inside, owned):
            if mention.end <= labels.get(sentence.index, -1):
                continue  # "Ó BRIAIN: He was released on bail": a transcript's label, no one the answer names
            if mention.text not in terms:  # "foreign terrorist fighters (FTFs)": a term, not a name
                _add_mention(drafts, mention, role, sentence, first, knowledge, acronyms)
    _type_titles(drafts, titles)
    merge_acronyms(drafts, acronyms)
    merge_spellings(drafts)
    merge_state_forms(drafts, knowledge.places)
    merge_government_forms(drafts, knowledge.places)
    texts = {s.index: s.text for s in sentences}
    merge_located(drafts, texts)
    type_by_given_name(drafts, lowercase_words)  # before short forms join: 'Concern' is no one's surname
    merge_opened_names(drafts, lowercase_words, _dropped)  # 'Could Yukos' is Yukos, before 'Yukos' is a short form
    merge_initialled_names(drafts)  # before short forms: 'Vrba' fits one person once 'S. Vrba' is Stefan Vrba
    merge_short_forms(drafts, _headline_people(document, lowercase_words, knowledge), texts)
    merge_shortened_names(drafts)  # after short forms: 'Bush' alone may fit George W. Bush only
    merge_firm_short_forms(drafts)  # 'Golden Loom' of Golden Loom Apparel, a person for its given name
    resolve_relations(drafts)
    type_places_by_cues(drafts, texts)  # before the words around a name may outvote a place
    type_by_context(drafts, texts, lowercase_words)
    type_by_body_cues(drafts, texts, knowledge)
    type_by_company(drafts, texts)
    merge_place_named_firms(drafts, texts, knowledge.places)
    merge_casual_names(drafts, (s for s in sentences if s.index not in repeated))
    _type_dateline_places(drafts, document)
    return _finish(drafts, lowercase_words)


def _type_dateline_places(drafts: dict[str, Draft], document: Document) -> None:
    """The place a dateline opens the report with ('VELTRANA, March 10 (MNA) -') is a place wherever
    the text names it: 'Brussels has urged Veltrana to strengthen …' had made the capital, which no
    gazetteer knows, an organisation."""
    for paragraph in [p for p in document.paragraphs if p.role == "body"][:DATELINE_PARAGRAPHS]:
        if place := dateline_place(paragraph.text):
            for part in place.split(",")[0].split("/"):  # "KORSVIK/SARRAH, Aug 15 (CPS) -": two places
                draft = drafts.get(name_key(part))
                if draft is not None and not draft.known:
                    draft.type, draft.confident = "place", True
            return


def _owned_possessives(sentences: Sequence[Sentence]) -> frozenset[str]:
    """Words whose 's is their name's own ("McDonald's", "Moody's", "Alzheimer's"): written with an
    's that no noun follows (a comma, 'and', a verb) and never without it ("Mr Blair's." is Blair's)."""
    owned = {m.group(1) for s in sentences for m in OWNED_S.finditer(s.text)}
    if not owned:  # most documents: no second pass
        return frozenset()
    return frozenset(owned - {m.group(1) for s in sentences for m in BARE_CAPITAL.finditer(s.text)})


def _type_titles(drafts: dict[str, Draft], titles: frozenset[str]) -> None:
    """A marked title ('Thought for the Day') names a programme or a work: typed as the annotated
    sets type one ('Newsnight', 'Today'), an organisation, whatever its words look like."""
    for draft in drafts.values() if titles else ():
        if not draft.known and not draft.aliases.isdisjoint(titles):
            draft.type, draft.confident = "organisation", True


def _headline_people(document: Document, lowercase_words: set[str], knowledge: Knowledge) -> dict[str, str]:
    """People named in full in the headline: evidence for who 'Mr Howard' is, not mentions
    (the headline is not part of the body that names are counted in). Not a name the headline
    opens with a word put before it ('Ailing EuroDisney vows turnaround': the body's EuroDisney
    is no one's surname)."""
    drafts: dict[str, Draft] = {}
    for paragraph in document.paragraphs:
        if paragraph.role == "title":  # a headline is not split into sentences: read it as one
            sentence = Sentence(-1, paragraph.index, paragraph.text, 0, len(paragraph.text))
            first = _sentence_start(sentence.text)
            for mention, role in _candidates(sentence, first, lowercase_words, knowledge):
                _add_mention(drafts, mention, role, sentence, first, knowledge, {})
    return {key: d.name for key, d in drafts.items()
            if d.type == "person" and len(key.split()) > 1 and not opened_name(d.name, lowercase_words)}


def _candidates(sentence: Sentence, first: int, lowercase_words: set[str], knowledge: Knowledge,
                titles: frozenset[str] = frozenset(),
                named_inside: Callable[[str], bool] = lambda word: False,
                owned: frozenset[str] = frozenset()) -> list[tuple[Mention, str]]:
    """Runs of capitalised tokens (with name connectors), role words peeled off the front;
    `first` is where the sentence's first word starts (_sentence_start); `titles` are the works'
    titles the document marks (titles.py); `named_inside` says whether the document writes a
    word capitalised inside a sentence (_NamedInside); `owned`, the words whose 's is part of
    their name (_owned_possessives)."""
    found: list[tuple[Mention, str]] = []
    runs = _portfolio_lists(_capitalised_runs(sentence.text, knowledge, owned), sentence.text, knowledge)
    if "(" in sentence.text:
        runs = _acronym_runs(runs, sentence.text)
    for run in _join_titles(runs, sentence.text, titles) if titles else runs:
        tokens = _trim(run, sentence.text, first, lowercase_words, knowledge, named_inside)
        if not tokens or (len(tokens) == 1 and CURRENCY_CODE.fullmatch(tokens[0][2])
                          and AMOUNT_AFTER.match(sentence.text, tokens[0][1])
                          and name_key(tokens[0][2]) not in knowledge.by_key):
            continue  # "bail of EVK 4,500,000": a currency's code (not "BBC 3")
        tokens = _office_of_body(tokens)
        body, rest = ([], tokens) if _names_body(tokens) else split_at_role(tokens)
        title, tokens = tokens[len(body):len(tokens) - len(rest)], rest  # "former Tory Treasurer Lord"
        while tokens and tokens[0][2].lower() in LINKS and not _opening_particle(tokens) \
                and not _particle_surname_alone(tokens):
            tokens = tokens[1:]  # "Minister for Europe Denis MacShane"
        tokens, portfolio = _after_portfolio(tokens, sentence.text, knowledge)
        if not tokens:
            continue
        if body and not _nationality_only(body, knowledge):
            found.append((Mention(sentence.index, body[0][0], body[-1][1],
                                  sys.intern(sentence.text[body[0][0]:body[-1][1]])), ""))
        vessel = tokens[0][2] in VESSEL_PREFIXES or after_vessel_word(sentence.text, tokens[0][0])
        name = tokens if vessel else _peel(tokens)
        peeled = tokens[: len(tokens) - len(name)]
        # "Presidents George W Bush", "Democrat John Kerry": the word says he is a person, as a role would
        described = peeled[-1][2] if peeled and name and is_given_name(name[0][2]) \
            and describes_person(peeled[-1][2]) else ""
        for prefix in _known_prefixes(title + peeled, knowledge):
            found.append((Mention(sentence.index, prefix[0], prefix[1], sys.intern(prefix[2])), ""))
        while len(name) > 1 and name[-1][2].lower().rstrip(".") in POSTNOMINALS:
            name = name[:-1]  # "Margaret Moran MP", but "John Major" keeps his name
        if len(name) > 2 and is_acronym(name[0][2]) and _known_place(name[0][2], knowledge) \
                and name_key(" ".join(t[2] for t in name)) not in knowledge.by_key:
            found.append((Mention(sentence.index, name[0][0], name[0][1], sys.intern(name[0][2])), ""))
            name = name[1:]  # "US Securities and Exchange Commission": a place, then an organisation
        if vessel:  # "MV Santa Lucia" is the Santa Lucia; "the bulk carrier Lady Marian" a ship, its "Lady" no title
            name = name[1:] if name[0][2] in VESSEL_PREFIXES and len(name) > 1 else name
        else:
            name = _peel(_split_known_prefix(name, knowledge, found, sentence))  # "the BBC Mr Howard"
        for part in _split_compounds(name, knowledge):
            start, end = part[0][0], _head_end(sentence.text, part[-1][1], part, knowledge)
            found.append((Mention(sentence.index, start, end, sys.intern(sentence.text[start:end])),
                          (portfolio if part[0] == name[0] else "") or role_before(sentence.text, start)
                          or (described if part[0] == name[0] else "")))
    return found


CURRENCY_CODE = re.compile(r"[A-Z]{3}")
AMOUNT_AFTER = re.compile(r"\s?\d")


# "Minister of Environment Murat Kurum", "Minister of Foreign Affairs Hakan Fidan": an office "of" a
# portfolio written before the name, the portfolio's words capitalised as the name's are
PORTFOLIO_LEAD = re.compile(r"(?:\b[A-Z][\w'’-]*\s+){0,2}?\b(?:Minister|Secretary|Commissioner|Director|Head|"
                            r"Chairman|Chairwoman|Governor|President|Chief|Ambassador|Envoy|Mayor)\s+(?:of|for)\s+"
                            r"(?:the\s+)?$")


PORTFOLIO_OFFICE_WORD = re.compile(r"\b(?:Minister|Secretary|Commissioner)\b")  # not "Head of Google"
# ", Helena Kowalczyk": a holder's name set off after the office
HOLDER_SET_OFF = re.compile(rf",\s+(?:{TITLE_WORDS}\.?\s+)?[{CAPITAL}][\w'’-]+\s+[{CAPITAL}]")  # "Hanne Ødegaard"
# "Deputy Minister of Health Teodor van der Haak": the rank is the office's ("Minister of Health" had made
# the deputy the minister)
RANK_BEFORE = re.compile(r"(?:\b(?:[Dd]eputy|[Vv]ice|[Aa]cting|[Aa]ssistant|[Jj]unior|[Ff]ormer|[Ss]hadow|[Ii]nterim)"
                         r"(?:\s+|-))+$")
LISTED_AFTER = re.compile(r",\s+(?:and|&)\s+$")  # a portfolio's comma, then "and" and a given name: another person
PORTFOLIO_GOES_ON = re.compile(r"(?:,\s*|\s+(?:and|&)\s+)[A-Z]")  # "Culture, Media and Sport": "Media" goes on


def _after_portfolio(tokens: list[tuple[int, int, str]], text: str,
                     knowledge: Knowledge) -> tuple[list[tuple[int, int, str]], str]:
    """The person's name after a portfolio ('Environment' of 'Minister of Environment Murat Kurum')
    and the office whole, when an office 'of' stands before the run and a given name opens a full
    name inside it; else the tokens as they are, and no office."""
    portfolio = portfolio_before(text, tokens[0][0])
    if portfolio is not None and LISTED_AFTER.search(portfolio.group()) and is_given_name(tokens[0][2]):
        # "Anton Kessarin, former Minister of Defence, and Ilse van der Berg": the office ended at its
        # comma, and it is the person's before; "Ilse van der Berg" had been "van der Berg", its holder
        return tokens, ""
    if portfolio is not None:  # "Sanitation" after "Minister of Health and ", "Sport Tessa Jowell" after "Media and "
        # "The Minister of Labour, Thabit Abbasi, resigned": a name set off after the portfolio; not "Media" nor
        # "Young People" in "Culture, Media and Sport" or "Children, Young People and Families"
        apposed = portfolio.group().rstrip().endswith(",") and not PORTFOLIO_GOES_ON.match(text, tokens[-1][1])
        at = 0 if apposed else _name_starts(tokens, len(tokens)) or _after_portfolio_nouns(tokens)
        if at is None:  # the portfolio's words alone; "Secretary of State for Northern Ireland" keeps its place
            known_place = name_key(" ".join(t[2] for t in tokens)) in knowledge.places
            return ([] if len(tokens) <= 2 and not known_place else tokens), ""
        ranked = RANK_BEFORE.search(text, max(0, portfolio.start() - 30), portfolio.start())
        office = text[ranked.start() if ranked else portfolio.start():portfolio.end()].rstrip(", ")
        return tokens[at:], " ".join([*office.split(), *(t[2] for t in tokens[:at])])
    if _names_body(tokens) or not (lead := PORTFOLIO_LEAD.search(text, max(0, tokens[0][0] - 60), tokens[0][0])):
        return tokens, ""  # "Executive Director of the National Drug Safety Authority": the body, whole
    if _office_function(tokens, knowledge):
        return [], ""  # "Head of Corporate Affairs", "Director of Public Prosecutions": what the office does
    if len(tokens) < 3:
        if HOLDER_SET_OFF.match(text, tokens[-1][1]) and PORTFOLIO_OFFICE_WORD.search(lead.group()) \
                and not any(is_given_name(t[2]) for t in tokens) \
                and name_key(" ".join(t[2] for t in tokens)) not in knowledge.by_key:
            return [], ""  # "the European Commissioner for Crisis Management, Helena Kowalczyk": the portfolio
        return tokens, ""
    at = _name_starts(tokens, len(tokens) - 1)
    if at is None:  # no given name known: after the portfolio's role words ("Defence Thabit al-Abbasi")
        at = next((i for i, t in enumerate(tokens) if t[2].lower() not in ROLE_WORDS), 0)
        if not 0 < at < len(tokens) - 1:
            return tokens, ""
    office = text[lead.start():tokens[at - 1][1]].split()
    return tokens[at:], " ".join(office[1:] if office[0] in ("The", "the") else office)  # not "The Mayor of London"


def _after_portfolio_nouns(tokens: list[tuple[int, int, str]]) -> int | None:
    """Where a name of two words or more starts after a portfolio's nouns, when no given name known
    opens it ("Defence Radomir Pasek" of "Minister of Defence Radomir Pasek"); None when there is none."""
    at = next((i for i, t in enumerate(tokens) if t[2].lower() not in PORTFOLIO_NOUNS), 0)
    return at if 0 < at <= len(tokens) - 2 else None


def _office_function(tokens: list[tuple[int, int, str]], knowledge: Knowledge) -> bool:
    """A run after an office's "of" that names the office's work: its last word one of
    OFFICE_FUNCTIONS, no given name in it, and no name the knowledge holds ("Director of Public Health",
    not "Secretary of Homeland Security" written as a department's name)."""
    return tokens[-1][2].lower() in OFFICE_FUNCTIONS and not any(is_given_name(t[2]) for t in tokens) \
        and name_key(" ".join(t[2] for t in tokens)) not in knowledge.by_key


def _name_starts(tokens: list[tuple[int, int, str]], before: int) -> int | None:
    """Where a person's full name starts after a portfolio's words, before `before`: at a given name,
    or a surname written first ("Energy Han Seo-yeon" of "Minister of Trade, Industry and Energy")."""
    return next((i for i in range(1, before) if is_given_name(tokens[i][2])
                 or surname_first([t[2] for t in tokens[i:]])), None)


def _office_of_body(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'Chief Executive of the Saltmere Port Authority', 'President of the European Commission': an
    office in capitals, 'of', then a body's name. The body is the name; the office is a role (of the
    person it is set off after), not the first words of the body's name: as one name, the office took
    every 'the Authority' of the text."""
    words = [t[2].lower() for t in tokens]
    if "of" not in words[1:]:
        return tokens
    at = words.index("of")
    title, after = tokens[:at], tokens[at + 1:]
    if after and after[0][2].lower() == "the":
        after = after[1:]
    if after and ends_office(title[-1][2]) and all(role_or_nationality(t[2]) or ends_office(t[2]) for t in title) \
            and (after[-1][2].lower() in BODY_HEADS or after[-1][2].lower() in ORG_HEADS):
        return after
    return tokens


def _names_body(tokens: list[tuple[int, int, str]]) -> bool:
    """'General Medical Council', 'Transport and General Workers Union': a name that ends in a body's
    head word names that body, so a role word inside it ('General') is part of the name, not a title."""
    return len(tokens) > 1 and (tokens[-1][2].lower() in BODY_HEADS
                                or [t[2].lower() for t in tokens[-2:]] == ["general", "staff"])  # an army's staff


def _peel(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A person's name without the titles before it; a body's name whole (_names_body)."""
    return tokens if _names_body(tokens) else _described(peel_role(tokens))


def _described(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A full name without a word that describes the person before it ("Democrat John Kerry",
    "Vice-President Dick Cheney", "Farmer Geoff Brooks"): a word that is no given name, before
    one, and a role word or a person's description ("Susilo Bambang Yudhoyono" keeps his; "New
    York Stock Exchange" and "European Roma Rights Centre" theirs: no nationality, no common word)."""
    if len(tokens) > 2 and is_given_name(tokens[1][2]) and not is_given_name(tokens[0][2]) \
            and describes_person(tokens[0][2]):
        return tokens[1:]
    if len(tokens) in (3, 4) and tokens[0][2].lower() in NATIONALITIES and is_given_name(tokens[1][2]) \
            and not is_given_name(tokens[0][2]) and not {t[2].lower() for t in tokens} & (ORG_HEADS | PLACE_HEADS):
        return tokens[1:]  # "Canadian Daniel Okafor"; not "European Roma Rights Centre"
    return tokens


def _head_end(text: str, end: int, name: list[tuple[int, int, str]], knowledge: Knowledge) -> int:
    """'the Labour party' (a party the knowledge lists), 'Sunderland station', 'the Kalahari desert':
    a lower-case head after a name is part of it; not after a name known as another kind ('a BBC
    station'), an abbreviation ('a UK station') or a nationality ('a Eurosceptic party')."""
    match = LOWER_HEAD.match(text, end)
    kind = LOWER_HEADS.get(match.group(1)) if match else None
    phrase = " ".join(t[2] for t in name)
    known = _known_kind(phrase, knowledge)
    if match is None or kind is None or (known != kind and (kind == "organisation" or known)):
        return end
    if is_acronym(phrase) or _nationality_only(name, knowledge):
        return end
    return match.end(1)


def _known_kind(name: str, knowledge: Knowledge) -> str:
    known = knowledge.by_key.get(name_key(name))
    return known.type if known else "place" if name_key(name) in knowledge.places else ""


def _split_known_prefix(name: list[tuple[int, int, str]], knowledge: Knowledge,
                        found: list[tuple[Mention, str]], sentence: Sentence) -> list[tuple[int, int, str]]:
    """'Liberal Democrat Sarah Teather': a known party or body, then a person's name."""
    if name_key(" ".join(t[2] for t in name)) in knowledge.by_key:
        return name
    for width in (3, 2, 1):
        known = knowledge.by_key.get(name_key(" ".join(t[2] for t in name[:width])))
        rest = name[width:]
        if known and known.type != "place" and len(rest) >= 2 and not _body_words(rest) \
                and "&" not in sentence.text[name[0][0]:name[-1][1]]:  # "Goldman Sachs & Co": one firm
            start, end = name[0][0], name[width - 1][1]
            found.append((Mention(sentence.index, start, end, sys.intern(sentence.text[start:end])), ""))
            return name[width:]
    return name


def _body_words(tokens: list[tuple[int, int, str]]) -> bool:
    """'Radio 4' of 'BBC Radio 4', 'Vet Fund': the rest names a part of the body, not a person."""
    return any(t[2].lower() in HEAD_WORDS or t[2].isdigit() for t in tokens)


def _known_prefixes(role: list[tuple[int, int, str]], knowledge: Knowledge) -> list[tuple[int, int, str]]:
    """'Tory leader Michael Howard': the party in a role is itself a mention."""
    found = []
    index = 0
    while index < len(role):
        for width in (3, 2, 1):
            words = role[index:index + width]
            text = " ".join(t[2] for t in words)
            bare = EX_START.sub("", text)  # "Ex-Labour MP": a mention of Labour
            if len(words) == width and name_key(bare) in knowledge.by_key and words[-1][2].lower() not in CORE_ROLES \
                    and not _portfolio_of(words, role[index + width:]):
                found.append((words[-1][1] - len(bare), words[-1][1], bare))
                index += width - 1
                break
        index += 1
    return found


def _portfolio_of(words: list[tuple[int, int, str]], after: list[tuple[int, int, str]]) -> bool:
    """'Labour Minister Renata Suarez', 'Economy and Labour Minister Wolfgang Clement': a portfolio
    before an office written with a capital, not the party of the same name ('Labour MP', 'former
    Labour minister Frank Dobson': the party's)."""
    return len(words) == 1 and words[0][2].lower() in ROLE_MODIFIERS and bool(after) \
        and after[0][2] in ("Minister", "Ministry", "Secretary")


# A ministry's portfolio listed with commas ("the Ministry of Water, Energy and Infrastructure"): the
# commas end a run of capitals, and the ministry became "Ministry of Water" and "Infrastructure"
PORTFOLIO_LIST = re.compile(r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)+,?\s+(?:and|&)\s+[A-Z][\w'’-]*"
                            r"(?:\s+[A-Z][\w'’-]*)?")
LIST_WORD = re.compile(r"[A-Z][\w'’-]*")


def _portfolio_lists(runs: list[list[tuple[int, int, str]]], text: str,
                     knowledge: Knowledge) -> list[list[tuple[int, int, str]]]:
    """The runs, a ministry's run taking in the rest of its portfolio's list (PORTFOLIO_LIST): not
    a list of others ("the Ministry of Defence, Mr Brown and Ms Smith met")."""
    if "," not in text:
        return runs
    joined: list[list[tuple[int, int, str]]] = []
    taken = -1
    for run in runs:
        if run[0][0] < taken:
            continue  # a word of the list a ministry's run took in
        listed = PORTFOLIO_LIST.match(text, run[-1][1]) if _ministry_of(run) else None
        if listed:
            words = [(m.start(), m.end(), m.group()) for m in LIST_WORD.finditer(text, listed.start(), listed.end())]
            if not any(_names_another(w, knowledge) for _, _, w in words):
                run = [*run, *words]
                taken = listed.end()
        joined.append(run)
    return joined


def _ministry_of(run: list[tuple[int, int, str]]) -> bool:
    """Does the run hold a ministry's or a department's word, then "of" or "for"?"""
    return any(head[2].lower() in MINISTRY_HEADS and link[2] in ("of", "for")
               for head, link in zip(run, run[1:], strict=False))


def _capitalised_runs(text: str, knowledge: Knowledge,
                      owned: frozenset[str] = frozenset()) -> list[list[tuple[int, int, str]]]:
    """Tokens (start, end, word) grouped into runs of capitalised words joined by single spaces; a
    possessive 's is cut off but for the words in `owned`."""
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    previous_end = -1
    closed = False  # a possessive ends a name: "Iraq's interior minister"
    for match in TOKEN.finditer(text):
        token = match.group()
        if not current and not token[0].isupper() and "-" not in token:
            continue  # a lower-case word outside a name, most words: nothing to do (its end is read only in a run)
        word = token[:-2] if token.endswith(POSSESSIVE_ENDINGS) and token[:-2] not in owned \
            and not _saints(current, token[:-2], text, match.end()) else token
        if current and "-" in word and word.rsplit("-", 1)[1] in MODIFIER_SUFFIXES:
            word = word.rsplit("-", 1)[0]  # "a Michael Howard-style campaign": the name ends before "-style"
        # Both prefixes hold a hyphen: most words skip the two regexes.
        capital = word[:1].isupper() or ("-" in word and bool(ARABIC_ARTICLE.match(word) or EX_PREFIX.match(word)))
        if not (capital or current):
            continue
        start = match.start()
        end = start + len(word)
        if text.startswith("$", match.end()):  # "Foster's A$4.17 offer", "US$3bn": a currency, no name's word
            if current:
                runs.append(current)
                current = []
            continue
        if current and not (((not closed and _joined(text[previous_end:start], capital, current))
                             or (capital and _owns_body(text, previous_end, start, closed, word, current)))
                            and (capital or _connector(word, current, text, end, knowledge))):
            runs.append(current)
            current = []
        if capital or current:
            current.append((start, end, word))
        previous_end, closed = match.end(), end < match.end()
    if current:
        runs.append(current)
    return [_with_particles_before(text, run) for run in runs]


SAINTS = frozenset({"St", "St.", "Saint", "Ste"})
CAPITAL_NEXT = re.compile(r" [A-Z]")


def _saints(current: list[tuple[int, int, str]], name: str, text: str, end: int) -> bool:
    """'St Agathe's Hospital', 'St Mary's Church': a saint's 's inside a name, before its next word (a
    given name's: not 'St Petersburg's Hermitage')."""
    return bool(current) and current[-1][2] in SAINTS and CAPITAL_NEXT.match(text, end) is not None \
        and is_given_name(name)


# A surname's particles, in lower case, before the rest of it with no given name or title ("Both Dragović
# and de la Fuente Varga"); not "al" or "bin", which English text writes in names of its own ("al Qaeda"),
# nor "ten", a number
LEADING_PARTICLES = frozenset({"de", "del", "der", "den", "van", "von", "la", "le", "du", "da", "di", "ter", "dos",
                               "das", "della"})
PARTICLES_BEFORE = re.compile(rf"(?:\b(?:{'|'.join(sorted(LEADING_PARTICLES))})\s){{1,3}}$")


def _particle_surname_alone(tokens: list[tuple[int, int, str]]) -> bool:
    """'de la Fuente Varga' after 'and': a surname that opens with particles in lower case, no one's title
    or given name before it (_with_particles_before)."""
    return tokens[0][2] in LEADING_PARTICLES and particle_surname(tokens)


def _with_particles_before(text: str, run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The run with the particles right before it, when they are a surname's that opens the run
    ('de la Fuente Varga': 'Fuente Varga' had been a person apart from 'Ms de la Fuente')."""
    if len(run) > 2 or not run[0][2][:1].isupper():
        return run
    found = PARTICLES_BEFORE.search(text, max(0, run[0][0] - 16), run[0][0])
    if found is None:
        return run
    particles = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[a-z]+", found.group())]
    return [*((found.start() + a, found.start() + b, w) for a, b, w in particles), *run]


def _acronym_runs(runs: list[list[tuple[int, int, str]]], text: str) -> list[list[tuple[int, int, str]]]:
    """A run defined by the acronym after it takes in the runs before it that the acronym's letters
    spell, across the small words between: 'the UN Office for the Coordination of Humanitarian
    Affairs (OCHA)' had been 'UN Office', 'Coordination' and 'Humanitarian Affairs', the acronym
    the last's; 'International Federation of Red Cross and Red Crescent Societies (IFRC)' two bodies."""
    joined: list[list[tuple[int, int, str]]] = []
    for run in runs:
        acronym = ACRONYM_DEFINITION.match(text, run[-1][1])
        start = len(joined)
        if acronym:
            letters = acronym.group("acr").upper()
            at = len(joined)
            while at > 0 and len(joined) - at < ACRONYM_RUNS and RUN_LINK.fullmatch(
                    text, joined[at - 1][-1][1], (joined[at] if at < len(joined) else run)[0][0]):
                at -= 1
                if _spells(letters, joined[at], [t for r in joined[at + 1:] for t in r] + run):
                    start = at
        if start < len(joined):
            head = joined[start][0]
            joined[start:] = [[head, *((m.start(), m.end(), m.group())
                                       for m in TOKEN.finditer(text, head[1], run[-1][1]))]]
        else:
            joined.append(run)
    return joined


def _spells(letters: str, first: list[tuple[int, int, str]], rest: list[tuple[int, int, str]]) -> bool:
    """Does the acronym take its letters, in order, from the initials of the capitalised words, the
    first of them from the first run ('OCHA' from UN Office for the Coordination of …)?"""
    initials = [t[2][0].upper() for t in [*first, *rest] if t[2][:1].isupper()]
    opening = {t[2][0].upper() for t in first if t[2][:1].isupper()}
    if letters[0] not in opening:
        return False
    found = iter(initials[next(i for i, c in enumerate(initials) if c == letters[0]):])
    return all(letter in found for letter in letters)


def _join_titles(runs: list[list[tuple[int, int, str]]], text: str,
                 titles: frozenset[str]) -> list[list[tuple[int, int, str]]]:
    """A one-word run, the link words after it and the next run, when together they are a marked
    title ('Breakfast' 'with' 'Frost'): one run, the links among its tokens as in 'Bank of England'."""
    joined: list[list[tuple[int, int, str]]] = []
    for run in runs:
        previous = joined[-1] if joined else None
        if previous and len(previous) == 1 and text[previous[0][0]:run[-1][1]] in titles:
            links = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, previous[0][1], run[0][0])]
            joined[-1] = [*previous, *links, *run]
        else:
            joined.append(run)
    return joined


WORKER_PLURALS = ("ers", "ists", "ians", "ants", "ents", "ors", "nurses", "doctors", "veterans", "pensioners")


def _owns_body(text: str, previous_end: int, start: int, possessive: bool, word: str,
               current: list[tuple[int, int, str]]) -> bool:
    """'Transport and General Workers' Union', 'Pakistan People's Party': a possessive inside a name,
    owned by a plural ('Workers'', 'People's') or by a name with 'and' or '&' under way ('Transport &
    General Worker's'), before a body's head word, goes on with the name. A name's own possessive
    still ends it: 'Iraq's Oil Ministry', 'Mr Brown's Party', 'the Tories' Party'."""
    gap, owner = text[previous_end:start], current[-1][2]
    # "Miners' Federation of Sanveria", "Teachers' Union": the owner alone, a plural of people at work
    workers = gap in ("' ", "’ ") and owner.lower().endswith(WORKER_PLURALS)
    if word.lower() not in BODY_HEADS or (sum(t[2].lower() not in STOPWORDS for t in current) < 2 and not workers):
        return False
    if possessive:  # the "'s" was the owner's token's: "People's", "Worker's"
        return gap == " " and (owner.lower() in GROUP_NOUNS or _joins_parts(text[current[0][0]:current[-1][1]]))
    return gap in ("' ", "’ ") and owner.endswith("s")  # "Workers' Union": a plural's apostrophe


def _joins_parts(name: str) -> bool:
    return " & " in name or " and " in name


def _connector(word: str, current: list[tuple[int, int, str]], text: str, end: int, knowledge: Knowledge) -> bool:
    """A lower-case word that carries the current name on ('Bank of England', 'Food and Agriculture
    Organisation', 'Freedom of Information Act'). Asked only inside a run, where it matters."""
    if word == "of" and _person_next(text, end, knowledge):
        return False  # "the Green-Farmers' Alliance of Pieter van der Haal": his party, and him
    return _connects(word, current) or (word == "and" and _and_in_name(text, end, current, knowledge)) \
        or _cause_goes_on(word, current, text, end, knowledge) \
        or (word in ("of", "on") and bool(current) and bool(DOCUMENT_AFTER.match(text, end))) \
        or (word == "on" and bool(current) and current[-1][2].lower() in ON_HEADS and _named_next(text, end))


# A title of rank or learning before a name, which says less than an office set off after it
TITLES_OF_RANK = frozenset({"prof", "professor", "dr", "gen", "general", "col", "colonel", "capt", "captain", "maj",
                            "major", "lt", "lieutenant", "rev", "fr", "sir", "dame", "lord", "lady"})


def _of_rank(role: str) -> bool:
    """A title of rank alone ("Dr", "Gen.", "Maj-Gen", "Lt-Col"), which leaves the office to what follows."""
    return all(part.rstrip(".") in TITLES_OF_RANK for part in role.lower().split("-"))


OPENING_PARTICLES = frozenset({"Van", "Von", "De", "Der", "Den", "Du", "Da", "Di", "Ter", "Ten", "Le", "La"})
# Titles written with a dot before a name ("Dr. van Dorsten", "Prof. Chafik")
DOTTED_TITLES = frozenset({"dr", "mr", "mrs", "ms", "prof", "gen", "col", "capt", "maj", "lt", "sgt", "rev", "fr",
                           "eng", "engr", "insp", "supt", "det", "brig", "adm", "cmdr", "cdr", "cpl"})
# A full name next: a given name, then a particle or a capitalised surname ("Pieter van der Haal")
FULL_NAME_NEXT = re.compile(r"\s+([A-Z][a-z'’-]+)\s+(?:(?:van|von|de|der|den|da|di|du|al|el|bin|ibn)\b|[A-Z][a-z])")


def _person_next(text: str, end: int, knowledge: Knowledge) -> bool:
    following = FULL_NAME_NEXT.match(text, end)
    return following is not None and is_given_name(following.group(1)) \
        and not _known_name(following.group(1), knowledge)  # "Bank of Georgia …": a place


CAUSE_LINKS = frozenset({"for", "the", "without", "against"})


def _cause_goes_on(word: str, current: list[tuple[int, int, str]], text: str, end: int,
                   knowledge: Knowledge) -> bool:
    """'Volunteers from Doctors for Peace', 'Hands for Health International', 'a spokeswoman for Save
    the Rivers', 'Lawyers without Borders': a campaign's or a charity's name opens with a plain word
    ('doctors', 'save') that a capital inside a sentence marks as a name's, then 'for', 'the', 'without'
    or 'against' and a capitalised word. They had been 'Peace' and 'Rivers', or nothing. Not at a
    clause's start, where any word has a capital, nor in a headline's capitals; not after a name
    ('Britain for Labour' is two names)."""
    if word not in CAUSE_LINKS or len(current) != 1 or not _named_next(text, end):
        return False
    start, _, plain = current[0]
    if _starts_clause(text, start, len(text) - len(text.lstrip())) or _known_name(plain, knowledge) \
            or is_given_name(plain) or not (is_common_word(plain) or (plain.endswith("s")
                                                                      and is_common_word(plain[:-1]))):
        return False
    words = text.split()
    return sum(w[:1].isupper() for w in words) * 2 < len(words)  # not a headline's title case


def _named_next(text: str, end: int) -> bool:
    """Is the next word capitalised, and no day or month ('the Committee on Monday')?"""
    following = NEXT_WORD.match(text, end)
    return following is not None and following.group(1) not in DAYS_AND_MONTHS


RUN_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def _joined(gap: str, capital: bool, current: list[tuple[int, int, str]]) -> bool:
    """Two words of one name: one space apart, an ampersand between capitals ('Johnson & Johnson'),
    or an initial's dot and a space ('George W. Bush', 'J. K. Rowling'; the sentence splitter
    does not end a sentence at an initial either)."""
    if gap == " ":
        return True
    if gap == ". " and current and current[-1][2].lower() in DOTTED_TITLES:
        return True  # "Dr. van Dorsten": a title's dot, then the name ("Dorsten" alone had been a body)
    if not (capital and current):
        return False
    if gap == ". ":  # "J.P. Okafor", "A.K. Mbeki": initials run together, each with its dot
        return (len(current[-1][2]) == 1 and current[-1][2].isupper()) or bool(RUN_INITIALS.fullmatch(current[-1][2]))
    return gap == " & " and current[-1][2][:1].isupper()


LINKS = CONNECTORS | {"the", "and", "on"}  # words that join a name but never end one
OF_JOINS = OF_HEADS | ORG_HEADS | PLACE_HEADS
FOR_JOINS = OF_JOINS | EVENT_HEADS | ROLE_WORDS


def _connects(word: str, current: list[tuple[int, int, str]]) -> bool:
    """Lower-case words inside a name: 'Bank of England', 'Ministry of the Interior', 'al-Shammari'.

    'of' joins only after a word that takes an 'of' phrase, so 'Grant Wilson of Mellon Bank' is a
    person and a bank; 'for' also after a title or a campaign ('Office for National Statistics',
    but 'Britain for Labour' is two names); 'the' only after 'of'.
    """
    lowered = word.lower()
    previous = current[-1][2].lower() if current else ""
    if lowered == "the":
        return previous in ("of", "on")
    if lowered == "of":
        return previous in OF_JOINS
    if lowered == "for":
        return previous in FOR_JOINS
    return lowered in CONNECTORS


def _and_in_name(text: str, after: int, current: list[tuple[int, int, str]], knowledge: Knowledge) -> bool:
    """'Food and Agriculture Organisation': 'and' inside a name that ends in an organisation word; before
    other bodies' head words ('Union', 'Party') only as _and_joins_body allows."""
    following = NAME_AFTER_AND.match(text, after)
    if not following:
        return False
    head = following.group(1).lower()
    return head in AND_HEADS or _ministry_goes_on(following.group(0), current, knowledge) \
        or (head in BODY_HEADS and _and_joins_body(following.group(0), current, knowledge))


def _ministry_goes_on(following: str, current: list[tuple[int, int, str]], knowledge: Knowledge) -> bool:
    """'Department for Work and Pensions', 'Ministry of Health and Social Security', 'Institute for
    Land and Climate Policy': a ministry, or a body for some work, is named for what it does, which
    may take an 'and'; not before a person or another name ('the Ministry of Defence and Mr Hoon',
    '... and BBC')."""
    # the run may still hold a word before the name: "A Department"
    named_for = _ministry_of(current) or any(head[2].lower() in FOR_WORK_HEADS and link[2] == "for"
                                             for head, link in zip(current, current[1:], strict=False))
    return named_for and not _names_another(following.split()[0], knowledge)


def _names_another(word: str, knowledge: Knowledge) -> bool:
    """Does a capitalised word after a ministry's name open someone's or something else's name (a
    given name, an office, a known name) rather than go on with its portfolio?"""
    return is_given_name(word) or word.lower().rstrip(".") in CORE_ROLES or _known_name(word, knowledge)


def _and_joins_body(following: str, current: list[tuple[int, int, str]], knowledge: Knowledge) -> bool:
    """'Transport and General Workers Union', 'Oil and Natural Gas Corporation', 'Saltmere Dock and
    Harbour Workers' Union': one plain word or two (not a given name first), 'and', then a body's name. A list
    of names is not one: 'Labour and Scottish National Party' (a known name on either side), 'Rosneft
    and China's National Petroleum Corporation' (a name that owns the body)."""
    words = [t[2] for t in current if t[2].lower() not in STOPWORDS]
    if not words or len(words) > 2 or any(_known_name(w, knowledge) for w in words):  # a place, a body, an acronym
        return False
    if len(words) == 2 and (is_given_name(words[0]) or words[1].lower() in BODY_HEADS | ORG_HEADS):
        return False  # "Saltmere Dock and Harbour Workers' Union"; not "Tony Blair and Labour Party members",
        # nor "the Electoral Commission and National Union of Students" (a body's whole name, then another)
    return "'s " not in following and name_key(following) not in knowledge.by_key


def _trim(run: list[tuple[int, int, str]], text: str, first: int, lowercase_words: set[str],
          knowledge: Knowledge, named_inside: Callable[[str], bool] = lambda word: False) -> list[tuple[int, int, str]]:
    tokens = _with_number(list(run), text, knowledge)
    if _numbered_item(tokens, text, knowledge):
        return []
    tokens = _strip_front(tokens, knowledge)
    while tokens and _trailing_junk(tokens, knowledge):
        tokens.pop()
    if len(tokens) > 1 and _starts_clause(text, tokens[0][0], first) and tokens[0][2].lower().endswith("ing") \
            and (tokens[0][2].lower() in lowercase_words or tokens[0][2].lower() in GERUND_OPENERS):
        tokens = tokens[1:]  # "Analysing Mr Brown's record"
    while tokens and (tokens[0][2].lower() in STOPWORDS or tokens[0][2].lower() in CONNECTORS):
        if name_key(" ".join(t[2] for t in tokens)) in knowledge.by_key or _numbered_place(tokens) \
                or _initials_inside(tokens, text, first) or _titled_particles(tokens) or _opening_particle(tokens) \
                or _particle_surname_alone(tokens) or _initials_first(tokens, text):
            break
        tokens.pop(0)
    tokens = _strip_front(tokens, knowledge)  # "the ex-Tory minister", "the State-owned Rosneft"
    asks = tokens and tokens[0][2] in MODAL_OPENERS and text.rstrip(" \"”’'").endswith("?")
    if len(tokens) > 1 and (tokens[0][2] in QUESTION_OPENERS or asks) and _starts_clause(text, tokens[0][0], first):
        tokens = tokens[1:]  # "Is Almesia's data safer today?": a question's verb, no part of the name
    if tokens and len(tokens) == 1 and _starts_clause(text, tokens[0][0], first):
        word = tokens[0][2]
        known = name_key(word) in knowledge.by_key or (  # "Japan's economy", but "Male MPs" of "male MPs"
            name_key(word) in knowledge.places and word.lower() not in lowercase_words)
        # "Care has closed", of Care International; "Yukos is claiming", of "shares in Yukos"
        odd = (is_common_word(word) or not _name_shaped(word) or START_ADJECTIVE.search(word.lower())
               or _participle(word, text, tokens[0][1])) and not named_inside(word)
        if not known and (word.lower() in lowercase_words or odd):
            # an ordinary word capitalised only because a sentence or quote starts with it: one the
            # article writes in lower case, or one of the commonest English words ('"My understanding',
            # '"Everyone knows'), which a short article may never write in lower case
            return []
    if len(tokens) == 1 and "-" in tokens[0][2] and all(part.lower() in STOPWORDS for part in tokens[0][2].split("-")):
        return []  # "the October-to-December quarter": months and links, hyphenated
    if tokens and I_CONTRACTION.match(tokens[0][2]):
        return []  # I'm, I've
    if tokens and name_key(" ".join(t[2] for t in tokens)) in knowledge.ignore:
        return []
    if len(tokens) == 1 and CODE.fullmatch(tokens[0][2]):
        return []  # "batch HP-2291", "an A380": a code or a model, no actor
    if len(tokens) == 1 and _title_fragment(tokens[0], text, lowercase_words, knowledge):
        return []
    return tokens


NUMBER_WORDS = frozenset({"one", "two", "three"})  # the number words among STOPWORDS
EPITHETS = frozenset({"younger", "elder"})  # "Pitt the Younger", "Pliny the Elder"
LINK_AFTER = re.compile(r" (?:the|of|of the|(and)|at|on|for) ([A-Z][\w'’-]*)")
LINK_BEFORE = re.compile(r"[A-Z][\w'’-]* (?:the|of|of the|and|at|on|for) $")
OWNS_AFTER = re.compile(r"['’]s [A-Z]")
OWNED_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][\w-]*)['’]s $")
NAME_BEFORE = re.compile(r"[A-Z][\w-]* $")


def _numbered_place(tokens: list[tuple[int, int, str]]) -> bool:
    """'Three Gorges Dam', 'Three Mile Island': a number opens a place's name of three words or more
    (not 'Two Conservative Party members', whose head is a body's)."""
    return len(tokens) > 2 and tokens[0][2].lower() in NUMBER_WORDS and tokens[-1][2].lower() in PLACE_HEADS


def _title_fragment(token: tuple[int, int, str], text: str, lowercase_words: set[str], knowledge: Knowledge) -> bool:
    """A common word alone, joined to capitalised words by a link or a possessive, is a word of a
    longer title that the rules for names did not join ('Save the Children', 'Paying the Price',
    'the Order of the Bath', 'Woman's Hour', 'the Food and Drug Administration'), not a name of its
    own: as an actor it would be 'Save' or 'Hour'. A known name, a given name ('Lords Steyn, Hope
    and Carswell'), one before 'and' and a given name ('a day with Five and Michael Howard') and
    one before a day ('Congress on Monday') stay."""
    start, end, word = token
    if not _plain_word(word, lowercase_words, knowledge) or is_given_name(word):
        return False
    after = LINK_AFTER.match(text, end)
    if after and after.group(2) not in DAYS_AND_MONTHS and not (after.group(1) and is_given_name(after.group(2))):
        return True
    if OWNS_AFTER.match(text, end):
        return True
    window = text[max(0, start - 40):start]
    if LINK_BEFORE.search(window):
        return True
    owner = OWNED_BEFORE.search(window)  # a plain word's, not a name's ('Radio Four's Today')
    return owner is not None and _plain_word(owner.group(1), lowercase_words, knowledge) \
        and not NAME_BEFORE.search(window, 0, owner.start())


def _plain_word(word: str, lowercase_words: set[str], knowledge: Knowledge) -> bool:
    """A common word, one the article writes in lower case, or an epithet ('Pitt the Younger'), that
    names nothing the knowledge knows."""
    lowered = word.lower()
    plain = is_common_word(word) or lowered in lowercase_words or lowered in EPITHETS
    return plain and name_key(word) not in knowledge.by_key


AFTER_LOWER = re.compile(r"\b[a-z][a-z'-]*,? ([A-Z][\w-]*)")  # "Care's": Care


class _NamedInside:
    """Whether a document writes a word capitalised inside a sentence, after a lower-case word and
    perhaps a comma ('aid agency Care International'): a name, though a common word. Asked only of a
    common word that opens a sentence or quote, alone: the words are gathered at the first question,
    in one pass over the document (not a pass per word: a seed of every common word would be slow)."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = sentences
        self.words: set[str] | None = None

    def __call__(self, word: str) -> bool:
        if self.words is None:
            self.words = {m.group(1) for s in self.sentences for m in AFTER_LOWER.finditer(s.text)}
        return word in self.words


def _opening_particle(tokens: list[tuple[int, int, str]]) -> bool:
    """'Van Rijsel was not available', 'De Vries said': a surname's particle capitalised as a
    sentence opens with it, then the surname ("Rijsel" and "Vries" had been the name)."""
    return 2 <= len(tokens) <= 3 and tokens[0][2] in OPENING_PARTICLES and tokens[-1][2][:1].isupper() \
        and all(t[2] in CONNECTORS for t in tokens[1:-1])  # "De la Cruz said"


def _titled_particles(tokens: list[tuple[int, int, str]]) -> bool:
    """'Ms van der Berg', 'Mr de Souza': an honorific, then a surname that opens with particles,
    which are the name's, not words around it ('Berg' had been a body of that name)."""
    return tokens[0][2].lower().rstrip(".") in HONORIFICS and particle_surname(tokens[1:])


def _strip_front(tokens: list[tuple[int, int, str]], knowledge: Knowledge) -> list[tuple[int, int, str]]:
    """'State-owned Rosneft' is Rosneft ('Montreal-based' still names Montreal); 'Ex-Labour leader'
    and 'ex-Tory' name the party, without the prefix."""
    while tokens and "-" in tokens[0][2] and tokens[0][2].rsplit("-", 1)[1].islower() \
            and not _known_name(tokens[0][2].split("-")[0], knowledge):
        tokens = tokens[1:]
    if tokens and EX_PREFIX.match(tokens[0][2]):
        start, end, word = tokens[0]
        return [(start + 3, end, word[3:]), *tokens[1:]]
    return tokens


def _with_number(tokens: list[tuple[int, int, str]], text: str, knowledge: Knowledge) -> list[tuple[int, int, str]]:
    """'BBC Radio 4', 'No 10', 'Public School No. 2': a number ends a name after a numbered head, or
    when the whole is known."""
    match = NUMBER_AFTER.match(text, tokens[-1][1]) if tokens else None
    if match is None and tokens and tokens[-1][2] in ("No", "Nr"):
        match = NUMBER_AFTER.match(text, tokens[-1][1] + 1) if text.startswith(".", tokens[-1][1]) else None
    if match is None:
        return tokens
    whole = name_key(EX_START.sub("", " ".join(t[2] for t in tokens)) + " " + match.group(1))
    if tokens[-1][2].lower() in NUMBERED_HEADS or whole in knowledge.by_key:
        return [*tokens, (match.start(1), match.end(1), match.group(1))]
    return tokens


NUMBERED_NOUNS = frozenset({  # the parts of laws and documents, and kinds, that a number picks out
    "chapter", "section", "article", "clause", "schedule", "paragraph", "amendment", "rule", "part", "annex",
    "appendix", "type", "class", "category", "grade", "level", "stage", "phase", "tier", "page", "room",
    "gate", "platform", "figure", "table"})


def _numbered_item(tokens: list[tuple[int, int, str]], text: str, knowledge: Knowledge) -> bool:
    """'Chapter 11', 'Section 404', 'Article 2', 'Type 45': a common word before a number numbers a
    part of a law or a kind of thing, and is no name ('BBC Radio 4' and known names took the number)."""
    if len(tokens) != 1 or name_key(tokens[0][2]) in knowledge.by_key:
        return False
    if not (is_common_word(tokens[0][2]) or tokens[0][2].lower() in NUMBERED_NOUNS):
        return False
    return NUMBER_AFTER.match(text, tokens[0][1]) is not None


def _initials_inside(tokens: list[tuple[int, int, str]], text: str, first: int) -> bool:
    """'the union IF Metall': two capitals inside a sentence, before another name's word, are a
    name's initials, not the word "if" written so (at a clause's start they may be a headline's)."""
    word = tokens[0][2]
    return len(tokens) > 1 and len(word) == 2 and word.isupper() and not _starts_clause(text, tokens[0][0], first)


def _initials_first(tokens: list[tuple[int, int, str]], text: str) -> bool:
    """'A. N. Okafor is a research fellow': a first initial that is a stopword's letter ('A', 'I'), then
    another initial, then a name; not the article ('A. Okafor' is left as it was)."""
    return len(tokens) > 2 and all(len(t[2]) == 1 and t[2].isupper() and text.startswith(".", t[1])
                                   for t in tokens[:2])


def _trailing_junk(tokens: list[tuple[int, int, str]], knowledge: Knowledge) -> bool:
    """A last word that is no part of the name: a connector, an ignored abbreviation ('Chinese PC
    maker', but 'Finance Bill' stays a title), 'I' ('Whilst I', not 'World War I'), a model number
    ('Airbus A321') or members of a body ('Labour MPs')."""
    word = tokens[-1][2]
    lowered = word.lower()
    if lowered in LINKS and (lowered != "on" or word == "on"):  # "Carry On" ends in its title's word
        return True
    if name_key(word) in knowledge.ignore:
        return len(tokens) == 1 or lowered not in EVENT_HEADS
    if len(tokens) == 1 or name_key(" ".join(t[2] for t in tokens)) in knowledge.by_key:
        return False
    members = lowered.endswith("s") and lowered.removesuffix("s") in POSTNOMINALS
    return _pronoun_i(tokens) or bool(MODEL_NUMBER.fullmatch(word)) or members


def _pronoun_i(tokens: list[tuple[int, int, str]]) -> bool:
    """'Whilst I': the pronoun, not the numeral of 'World War I' or 'Elizabeth I'."""
    before = tokens[-2][2]
    return tokens[-1][2] == "I" and before.lower() != "war" and not is_given_name(before)


def _participle(word: str, text: str, end: int) -> bool:
    """'Founded in 1987, the association …', 'About the SSEA: Founded …', 'Asked about it, …': a past
    participle opening a clause alone, a preposition after it, is no name (not 'Ahmed', nor 'Stansted
    is busy')."""
    return len(word) > 4 and word[1:].isalpha() and word[1:].islower() and word.endswith("ed") \
        and not word.endswith("eed") and not is_given_name(word) and PREPOSITION_AFTER.match(text, end) is not None


PREPOSITION_AFTER = re.compile(r"\s+(?:in|on|at|by|about|for|from|with|to|as|after|before|during|under|over|"
                               r"into|near|outside|since)\b")


def _starts_clause(text: str, start: int, first: int) -> bool:
    """At the sentence's first word (`first`), or at the start of a quote, bracket or clause after
    a colon or dash."""
    before = text[max(0, start - 8):start].rstrip()  # a short window keeps long lines linear
    return start == first or before.endswith(("\"", "“", "‘", "'", "(", ":", "—", "–", "-", ";"))


def _name_shaped(word: str, inside: bool = False) -> bool:
    """Names rarely look like plural common nouns or adjectives ('Generals', 'Presidential'). Inside
    a sentence, where a capital says more, a word ending in 's' is a plural only if what is left is a
    common word or a role ('Generals', but 'Siemens'). An 's the name owns ("McDonald's") is no plural's."""
    word = word[:-2] if word.endswith(POSSESSIVE_ENDINGS) else word
    lowered = word.lower()
    if lowered in STOPWORDS or lowered in CORE_ROLES or lowered in ROLE_MODIFIERS:
        return False
    if PLURAL_END.search(lowered) and not is_acronym(word) and (
            not inside or is_common_word(lowered[:-1]) or lowered[:-1] in ROLE_WORDS):
        return False
    if len(word) == 1 or CONTRACTION_END.search(lowered):
        return False  # "T" of AT&T, "We're"
    last = lowered.rsplit("-", 1)[-1]  # "US-German", "Pan-European": adjectives whole
    return not ADJECTIVE_END.search(lowered) and last not in AN_ADJECTIVES and last not in NATIONALITIES \
        and not describes_person(word)  # "Englishman", "Sultan"


# A lower-case word after a capitalised one, other than a word that ends a name's phrase: "in Federal
# court", "in Presidential elections" (an adjective before its noun), not "in Kessary on Monday"
NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|nor|on|in|at|of|to|for|with|was|were|is|are|has|have|had|said|says|where|"
                        r"which|who|whose|when|near|after|before|during|from|by|as|until|since|the|a|an|but|while|"
                        r"itself|alone|area|district|region|province|village|town|valley|forest|river|airport|"
                        r"border|road|crossing|camp|fled|fell|lies|lay|held|stood|sent|went|came|lost|won|saw|"
                        # a time after it: "meet in Tessaly next month", "in Tarvily last week"
                        r"next|last|this|early|late|later|earlier|today|tomorrow|yesterday|soon|again|"
                        r"[a-z]+ed)\b)[a-z]")  # a verb after it: "residents of Tarvily fled"
DEMONYM_END = re.compile(r"(?:ian|ians|ese)$")


def _place_shaped(word: str) -> bool:
    """A word a place cue names as a place, though it ends like an adjective ('Kessary', 'Dorval',
    'Castine', 'Tarvily'): not a demonym ('Korvenian', 'Japanese'), a nationality, a plural, nor
    one of the commonest words ('General')."""
    lowered = word.lower()
    return not DEMONYM_END.search(lowered) and lowered not in NATIONALITIES and lowered not in AN_ADJECTIVES \
        and not is_common_word(lowered) and not PLURAL_END.search(lowered) and lowered not in STOPWORDS


def _sentence_start(text: str) -> int:
    """Where the first letter or digit is: the sentence's first word, after any leading punctuation."""
    match = FIRST_ALNUM.search(text)
    return match.start() if match else 0


def _split_compounds(tokens: list[tuple[int, int, str]], knowledge: Knowledge) -> list[list]:  # type: ignore[type-arg]
    """'Türkiye-Iraq' and 'PKK-Turkey' name two entities; 'High-Level' stays one word."""
    parts: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for token in tokens:
        pieces = HYPHENS.split(token[2])
        if len(pieces) > 1 and pieces[-1].islower() and _known_name(pieces[0], knowledge):
            pieces = pieces[:1]  # "US-based" names the US
        if pieces == [token[2]] or not all(_known_name(p, knowledge) for p in pieces):
            current.append(token)
            continue
        if current:
            parts.append(current)
            current = []
        position = token[0]
        for piece in pieces:
            parts.append([(position, position + len(piece), piece)])
            position += len(piece) + 1
    if current:
        parts.append(current)
    parts = [piece for part in parts for piece in _split_known_pair(part, knowledge)]
    return [part for part in parts if not _nationality_only(part, knowledge)]


def _split_known_pair(part: list[tuple[int, int, str]], knowledge: Knowledge) -> list[list[tuple[int, int, str]]]:
    """'London Tory spin doctors': a known place or body, then a listed name, are two names."""
    if len(part) < 2 or _known_kind(" ".join(t[2] for t in part), knowledge):
        return [part]
    # Only cuts that leave each side short enough to be known: a long run of capitalised words is
    # looked at in time linear in its length, not quadratic (a 1 MB seed of them took minutes).
    most = knowledge.most_words
    for cut in range(max(1, len(part) - most), min(len(part), most + 1)):
        left, right = " ".join(t[2] for t in part[:cut]), " ".join(t[2] for t in part[cut:])
        if _known_kind(left, knowledge) and name_key(right) in knowledge.by_key:
            return [part[:cut], part[cut:]]
    return [part]


def _nationality_only(part: list[tuple[int, int, str]], knowledge: Knowledge) -> bool:
    """'Turkish' or 'Interior Minister' alone name no one; 'Islamic State' and 'Scottish Executive' do."""
    phrase = " ".join(t[2] for t in part).lower()
    words = phrase.split()
    if name_key(phrase) in knowledge.by_key or (len(words) > 1 and words[0] in NATIONALITIES
                                                 and words[-1] in ORG_HEADS):
        return False
    if len(part) == 1 and "-" in phrase and phrase.split("-")[0] in COMBINING_FORMS:
        return True  # "Anglo-Dutch firm Unilever"
    return phrase in NATIONALITIES or all(w in NATIONALITIES or w in ROLE_WORDS for w in (t[2].lower() for t in part)) \
        or demonym(phrase, knowledge)


def _known_name(word: str, knowledge: Knowledge) -> bool:
    key = name_key(word)
    return key in knowledge.by_key or key in knowledge.places or is_acronym(word)


def _lookup(key: str, knowledge: Knowledge) -> KnownEntity | None:
    """The known entity a key names; 'tory party' is the Conservative Party, whose name ends in 'party'."""
    known = knowledge.by_key.get(key)
    base, _, head = key.rpartition(" ")
    if known is None and head in LOWER_HEADS and base in knowledge.by_key:
        named = knowledge.by_key[base]
        return named if name_key(named.name).endswith(" " + head) else None
    return known


def _known_place(word: str, knowledge: Knowledge) -> bool:
    key = name_key(word)
    known = knowledge.by_key.get(key)
    return known.type == "place" if known else key in knowledge.places


# "Interior Ministry", "Ministry of Interior", "Ministry of the Interior": one body's name, one key
PORTFOLIOS = "interior|defence|defense|health|finance|justice|education|energy|agriculture|transport|labour|labor|" \
             "culture|economy|environment|trade|industry|tourism"
MINISTRY_KEY = re.compile(rf"^(?:(?P<before>{PORTFOLIOS}) ministry|ministry of (?:the )?(?P<after>{PORTFOLIOS}))$")


def _ministry_key(key: str) -> str:
    match = MINISTRY_KEY.match(key)
    return f"ministry of {match.group('before') or match.group('after')}" if match else key


def _add_mention(drafts: dict[str, Draft], mention: Mention, role: str, sentence: Sentence, first: int,
                 knowledge: Knowledge, acronyms: dict[str, str]) -> None:
    text = mention.text
    key = name_key(text[:-1] if is_acronym(text) and text.endswith("s") else text)
    known = _lookup(key, knowledge)
    if known and len(text) <= 2 and not text.isupper() and name_key(known.name) != key:
        known = None  # "Is this what governing looks like?" is no "IS", Islamic State
    if known:
        key = name_key(known.name)
    elif MINISTRY_KEY.match(key):
        key = _ministry_key(key)
    kind, confident = entity_type(text, role, sentence, mention, knowledge)
    title, role = title_of(role), office(role)
    if not title and role and kind == "person" and len(text.split()) == 1:
        # "President Bush": an office before one name marks a surname, as "Mr" does; "Sheikh Rashid" a given name
        title = GIVEN_OFFICE if role.split()[-1].lower() in GIVEN_OFFICES else "office"
    if kind == "person" and (not role or _of_rank(role)):
        # "Lord Hanningfield, leader of Essex County Council,"; "Prof. Željko Marić, regional director of the
        # International Epidemic Response Office," (a title of one word before, the office after it)
        role = role_after(sentence.text, mention.end) or role
    if known:
        kind, confident = known.type, True
    elif not confident and len(text.split()) == 1 and not is_acronym(text) and kind != "place":
        kind = "organisation"  # an unknown one-word name: people are merged by surname already
    draft = drafts.setdefault(key, Draft(known.name if known else text, kind,
                                          description=known.description if known else ""))
    if confident and not draft.confident and not known:
        draft.type, draft.confident = kind, True
    elif kind == "person" and title and draft.type == "place" and not known \
            and TITLE_BEFORE.search(sentence.text, max(0, mention.start - 30), mention.start):
        draft.type = "person"  # "President Bush" after "the Bush administration": a title outweighs a town (Būsh)
    draft.known = draft.known or bool(known) or key in knowledge.places
    draft.confident = draft.confident or confident
    # a name seen only opening sentences may be a capitalised word; not one that then speaks ("Fidan said")
    inside = mention.start > first and not (_opens_quote(sentence.text, mention.start) and _word_not_name(text))
    draft.mid_sentence = draft.mid_sentence or inside or bool(SAYS_AFTER.match(sentence.text, mention.end))
    draft.stands_as_place = draft.stands_as_place or (
        inside and kind == "place" and " " not in text and not NOUN_AFTER.match(sentence.text, mention.end))
    draft.aliases.add(text)
    draft.mentions.append(mention)
    if title:
        draft.titles[(mention.sentence, mention.start)] = title
    if role and not is_relation(role):
        draft.offices[(mention.sentence, mention.start)] = role
    if is_relation(role):
        draft.relations.append((mention, role))  # its office is the other person's: resolve_relations
    elif role and role not in draft.roles:
        draft.roles.append(role)
    if not known and len(text) > len(draft.name) and draft.type != "person":
        draft.name = text
    definition = ACRONYM_DEFINITION.match(sentence.text, mention.end)
    if definition and not is_acronym(text):
        acronyms[name_key(definition.group("acr"))] = key


QUOTE_OPENED = re.compile(r"(?:^|[\s(:,])[\"“‘']\s?$")  # 'She said: "Adherence to …': a quote's first word


# Endings of words, not names: "Having", "Reducing", "Adherence", "Generalised", "Compassionate"
WORD_ENDINGS = re.compile(r"(?:ing|ed|ence|ance|ness|ment|ly|ised|ized|ive|ous|ate)$")


def _word_not_name(word: str) -> bool:
    return " " not in word and (is_common_word(word) or bool(WORD_ENDINGS.search(word)))


def _opens_quote(text: str, start: int) -> bool:
    """Does the word at start open a quotation, and so its sentence, capitalised as any first word is
    ('"Adherence to the rule of law …"'; a common word so written is no name, 'Nike' still is)?"""
    return bool(QUOTE_OPENED.search(text, max(0, start - 3), start))


# "the 19th Century", "the 20th Century": one actor of both, with a page of its own
TIME_NOUNS = frozenset({"century", "centuries", "millennium", "decade"})
COMMON_HEADS = ORG_HEADS | PLACE_HEADS | EVENT_HEADS | OF_HEADS | ROLE_MODIFIERS | TIME_NOUNS  # common nouns, alone


def _dropped(key: str, draft: Draft) -> bool:
    """Is a name no entity: capitalised only because a sentence starts with it, a common word, or
    a common noun with no name to point back to ('the Centre', 'the Minister', 'the Campaign')?"""
    single_word = len(key.split()) == 1 and not is_acronym(draft.name)
    if single_word and not draft.confident and (not draft.mid_sentence or not _name_shaped(draft.name, inside=True)) \
            and not (draft.stands_as_place and _place_shaped(draft.name)):
        return True
    if "-" in draft.name and " " not in draft.name and all(part in PEOPLES_WORDS for part in key.split()):
        return True  # "US-German", "Pan-European", "Anglo-Dutch": the peoples of a deal, no one's name
    if not draft.known and (_office_only(draft.name) or key in MONTH_ABBREVIATIONS or key in CODES):
        return True
    return key in CORE_ROLES or key in CREDIT_WORDS or (single_word and not draft.known and key in COMMON_HEADS) \
        or (single_word and (key in KIN_CALLED or key in DIVISION_WORDS))


# Verbs that open a question before a name ("Is Almesia", "Did Veltrix"): not "May", "Will", "Can" (names too)
QUESTION_OPENERS = frozenset({"Is", "Are", "Was", "Were", "Do", "Does", "Did", "Has", "Have", "Had", "Could", "Would",
                              "Should", "Shall"})
# Verbs that are names too: a question's only when the sentence asks one ("Will Korvenia ever allow …?",
# "Can Tavaris pay for it?"; "Will Carling said" is a man)
MODAL_OPENERS = frozenset({"Will", "Can", "May", "Must"})


# "Sept. 6", "EUR 2.8 million", "1.4 million TEU": a month's, a currency's or a unit's short form, no actor;
# any three capitals before an amount are a currency's code ("bail of EVK 4,500,000")
MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "apr", "aug", "sept", "sep", "oct", "nov", "dec"})
CODES = frozenset({"eur", "usd", "gbp", "chf", "jpy", "cny", "rub", "try", "inr", "teu", "dwt", "bpd", "mwh", "gwh",
                   # clocks, radio and other things of the trade: "at 23:52 UTC", "on VHF radio", "R&D", "a Q&A"
                   "utc", "gmt", "bst", "cet", "cest", "eet", "vhf", "uhf", "ais", "gps", "cctv", "dna",
                   "r d", "q a", "m a", "p l"})
# Offices that are written as a title and name no one here: "Chief Legal Officer" leaves "Legal Officer"
OFFICE_ENDS = frozenset({"officer", "director", "director-general", "secretary", "manager", "chairman", "chairwoman",
                         "chairperson", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "counsel"})


def _office_only(name: str) -> bool:
    """'Legal Officer', 'Compliance Officer', 'Director-General': an office's words and no name."""
    words = name.lower().split()
    if len(words) == 1:
        parts = words[0].split("-")
        return len(parts) > 1 and all(part in ROLE_WORDS for part in parts)
    if len(words) > 2 and words[-1] in OFFICE_ENDS \
            and all(w in OFFICE_FUNCTIONS or w in ROLE_WORDS for w in words[:-1]):
        return True  # "Information Security Officer" of "…, Chief Information Security Officer, said"
    return len(words) == 2 and words[1] in OFFICE_ENDS and not is_given_name(name.split()[0]) \
        and not is_acronym(name.split()[0])


# What a family calls its own, capitalised as a name is ("thanked everyone working quietly for Dad")
# Parliament's lobbies, counted in a division ("The Ayes to the right, 109"): no actors
DIVISION_WORDS = frozenset({"ayes", "noes", "nays", "yeas", "abstentions"})
KIN_CALLED = frozenset({"dad", "mum", "mom", "daddy", "mummy", "mommy", "papa", "mama", "grandma", "grandpa",
                        "granny", "grandad", "granddad", "nan", "nana"})
# A wire story's credits: "(Reporting by Elin Sandberg; Editing by Tom Reyes)"
CREDIT_WORDS = frozenset({"reporting", "additional reporting", "editing", "writing", "compiled", "photography",
                          "graphics", "produced", "fact-checking", "fact checking"})


# The endings that make a people's adjective of a place's name ("Varosh" -> "Varoshi", "Sarvena" ->
# "Sarvenan", "Telmar" -> "Telmarian"): the gazetteer's countries have theirs in NATIONALITIES

# A people's one member or members, by a word no ending makes of the place's name ("two Norwegians, a
# Dane and a Briton" made an organisation "Dane"); not "Finn", a given name as often
PEOPLE_NOUNS = frozenset("""dane danes swede swedes finns pole poles briton britons brit brits scot scots turk turks
kurd kurds arab arabs serb serbs croat croats slovaks czechs thais filipino filipinos icelander icelanders
dutchman dutchmen frenchman frenchmen englishman englishmen irishman irishmen welshman welshmen scotsman scotsmen
kiwis""".split())


def _demonym(key: str, draft: Draft, drafts: dict[str, Draft]) -> bool:
    """Is a one-word name the people's adjective of a place the document names ("his Azmiri
    counterpart", beside the Kingdom of Azmir), which no gazetteer lists, or a word for a people
    (PEOPLE_NOUNS) no one is titled or holds an office by: no body of that name."""
    if " " in key or draft.known or draft.type == "place":
        return False
    if key in PEOPLE_NOUNS and not draft.titles and not draft.roles:
        return True
    if key.endswith("ish") and any((place := drafts.get(stem + "land")) is not None and place.type != "person"
                                   for stem in (key[:-3], key[:-4])):
        return True  # "the Velsish crown" beside Velsland, as "Finnish" of Finland, "Scottish" of Scotland
    # its people too ("Kandurans"), and a place's last vowel dropped before the ending ("Kanduru": "Kanduran")
    forms = (key, key[:-1]) if key.endswith("s") else (key,)
    return any(form.endswith(ending) and any(
        stem != key and (place := drafts.get(stem)) is not None
        and place.type in ("place", "organisation")  # a state that acts: "Varosh agreed"
        for stem in (form[:-len(ending)], *(form[:-len(ending)] + vowel for vowel in "aeiouy")))
        for form in forms for ending in DEMONYM_ENDINGS if len(form) > len(ending) + 2)


# "Eurosceptics", "Thatcherites", "Europhiles", "A380s": followers of an idea, models by number
PEOPLE_PLURAL = re.compile(r"(?:ites|ists|philes|phobes|sceptics|skeptics|\d+s)$")


def _plural_noun(key: str, draft: Draft, drafts: dict[str, Draft], lowercase_words: set[str]) -> bool:
    """'Germans', 'Saabs', 'Bonds': a one-word name ending in 's' (kept inside a sentence since 'Yukos'
    and 'Siemens' end so) that is the plural of a people's adjective, of another name of the document
    or of a word it writes in lower case."""
    if " " in key or draft.confident or draft.known or not PLURAL_END.search(key):
        return False
    singular = key[:-3] + "y" if key.endswith("ies") else key[:-1]  # "Cities"
    return singular in NATIONALITIES or singular in drafts or key in lowercase_words or singular in lowercase_words \
        or is_common_word(singular) or bool(PEOPLE_PLURAL.search(key))


def _finish(drafts: dict[str, Draft], lowercase_words: set[str]) -> tuple[Entity, ...]:
    entities = []
    for key, draft in drafts.items():
        if _dropped(key, draft) or _plural_noun(key, draft, drafts, lowercase_words) or _demonym(key, draft, drafts):
            continue
        mentions = tuple(sorted(draft.mentions, key=lambda m: (m.sentence, m.start)))
        aliases = tuple(sorted(a for a in draft.aliases if a != draft.name))
        roles = distinct_roles(draft.roles) if draft.type == "person" else ()  # "major" Manchester: misread
        # Names, ids and kinds shared with every briefing that has them (model.strings_shared).
        entities.append(Entity(sys.intern(entity_id(key)), sys.intern(draft.name), sys.intern(draft.type),
                               shared(aliases), shared(roles), mentions, draft.description))
    entities.sort(key=lambda e: (-len(e.mentions), e.name))
    return tuple(entities)
