"""Titles around a name: the role words, and the office a mention carries.

"Turkish Interior Minister Süleyman Soylu" is a person with the role "Turkish Interior Minister";
an honorific ("Mr", "Lord") marks a person but is no role.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .given_names import is_common_word, is_given_name

if TYPE_CHECKING:
    from .aliases import Draft
    from .model import Mention

Token = tuple[int, int, str]  # start, end, word
CONNECTORS = {"of", "for", "al", "bin", "de", "del", "der", "den", "van", "von", "la", "le", "du", "da", "di",
              "ter", "ten", "dos", "das", "della"}  # "Saskia ter Horst", "João dos Santos"

CORE_ROLES = {
    "president", "minister", "secretary", "general", "gen", "chief", "chancellor", "king", "queen",
    "prince", "sheikh", "mr", "mrs", "ms", "dr", "eng", "engr", "h.e", "senator", "governor", "prefect", "ambassador",
    "chairman",
    "chairwoman", "director", "commander", "spokesman", "spokeswoman", "spokesperson", "mayor",
    "leader", "counterpart", "envoy", "officer", "speaker", "lord", "lady", "sir", "colonel", "col",
    "lieutenant", "captain", "major", "judge", "professor", "prof", "ceo", "chair", "economist",
    "analyst", "reporter", "correspondent", "editor", "boss", "manager", "founder", "candidate",
    "mp", "pm", "head", "pope", "emir", "premier", "treasurer", "commissioner", "qc", "mep", "msp", "lawmaker",
    "legislator",
    "baroness", "baron", "dame", "rev", "fr", "bishop", "archbishop", "general secretary", "whip", "president-elect",
    "cardinal", "dj", "presenter", "host", "broadcaster", "comedian", "actor", "actress", "singer", "novelist",
    "lawyer", "barrister", "solicitor", "attorney", "constable", "campaigner", "activist", "coach", "striker",
    "writer", "backbencher", "rabbi", "reverend", "sergeant", "corporal", "detective", "inspector",
    "superintendent", "brigadier", "frontman", "frontwoman", "guitarist", "drummer", "rapper",
    "adviser", "advisor", "admiral", "sultan",  # "National Security Adviser Qasim al-Araji", "Rear Admiral X"
    "co-mayor", "co-chair", "co-chairman", "co-leader", "co-founder",  # "DEM Party co-chair Tuncer Bakırhan"
    "prosecutor",  # "Chief Public Prosecutor's Office" was a person called "Public Prosecutor"
    "chairperson", "co-chairperson",  # "the Acting Chairperson"
    # ranks written short: "Capt. Andrei Petrescu" was an organisation "Capt" of every captain named so
    "capt", "lt", "sgt", "cmdr", "cdr", "adm", "maj", "insp", "supt", "cpl", "brig", "det",
    "master", "skipper",  # a ship's: "The tanker's master, Capt. Andrei Petrescu"
    "cfo", "coo", "cto", "cio", "controller",  # "Former CFO Anna Lindqvist" was an organisation of that name
    "firefighter", "paramedic", "trooper", "sheriff", "warden",  # "Firefighter Tomas Greer"; not "Rangers", a club
    "nurse", "midwife",  # "Nurse Mikael Berg, 34," was a person of that name
    "attaché", "attache", "consul",  # "Pieter Osterlind, a commercial attaché,": a diplomat's office
    "cllr", "councillor", "councilor", "alderman",  # "Cllr. Teodora da Silva Pereira" was a person called "Cllr"
}
ROLE_MODIFIERS = {
    "interior", "foreign", "defence", "defense", "prime", "deputy", "finance", "economy", "trade",
    "justice", "health", "education", "energy", "home", "shadow", "former", "vice", "acting",
    "executive", "senior", "chief", "general", "attorney", "state", "of", "industry", "culture",
    "transport", "environment", "work", "pensions", "constitutional", "international", "development",
    "business", "treasury", "labour", "tory", "conservative", "democrat", "republican",
    "affairs", "security", "intelligence", "police", "army", "military", "party", "opposition",
    "junior", "assistant", "managing", "chairman", "union", "policy", "communications",
    "exchequer", "duchy", "lancaster", "household", "privy", "seal", "liberal", "lib", "dem",
    "agriculture", "fisheries", "farming", "science", "sport", "housing", "regional",
    "financial", "operating", "election", "elections", "campaign", "spin",
    "national", "rear",  # "National Security Adviser", "Rear Admiral"
    "public",  # "Chief Public Prosecutor"
    "honourable", "honorable",  # "the Honourable Justice Miriam Fosse"
    "interim", "fire", "harbour", "harbor",  # "interim chief executive", "Chief Fire Officer", "Harbour Master"
    # portfolios: "Mines Minister Pavel Oreskovic", "Chief Mines Inspector Benedikt Strausz" (were people
    # "Chief Mines" and "Mines"), "Railways Minister", "Tourism Secretary"
    "mines", "mining", "lands", "railways", "roads", "ports", "tourism", "aviation", "forestry",
    "telecommunications", "infrastructure", "welfare", "immigration", "heritage", "highways", "petroleum",
}
# Role words that qualify an office and never end one ("election chief", not "general election")
QUALIFIERS_ONLY = frozenset({"financial", "operating", "election", "elections", "campaign", "spin"})
ROLE_WORDS = CORE_ROLES | ROLE_MODIFIERS
# military and police ranks, written short or in full: a person's title after an office set off before them
RANKS = frozenset({"gen", "general", "maj", "major", "col", "colonel", "capt", "captain", "lt", "lieutenant", "sgt",
                   "sergeant", "cmdr", "cdr", "commander", "adm", "admiral", "brig", "brigadier", "cpl", "corporal",
                   "insp", "inspector", "supt", "superintendent", "det", "detective", "air", "vice", "rear"})
TITLED_ONLY = frozenset({"adviser", "advisor"})  # an office only when written as a title
# Honorifics mark a person, never an office. Most go before the surname ("Mr Howard", "Lord
# Hanningfield"); "Sir" and "Dame" before the given name ("Sir Digby").
SURNAME_TITLES = {"mr", "mrs", "ms", "miss", "dr", "lord", "lady", "baroness", "baron", "rev", "fr",  # Father
                  "eng", "engr"}  # an engineer's title ("Eng. Samuel Okonjo"), as in much of Africa and the Gulf
GIVEN_TITLES = {"sir", "dame", "h.e"}  # and "H.E. Eva Horak", His or Her Excellency, before a full name
# Offices written before a given name, as a "Sir" is: "Sheikh Rashid" of Rashid bin Omar al-Falasi, "Prince Charles"
GIVEN_OFFICES = frozenset({"sheikh", "emir", "sultan", "prince", "princess", "king", "queen"})
GIVEN_OFFICE = "given office"  # the title a one-word name takes after one of them
HONORIFICS = SURNAME_TITLES | GIVEN_TITLES
# a scholar's title before a name; an office only after one ("professor of law")
ACADEMIC = frozenset({"prof", "professor"})
OFFICES = (CORE_ROLES - HONORIFICS) | {"justice"}  # the role words that name an office ("Justice Harrison": _judge)
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "lady", "baroness", "dame"})
MALE_TITLES = frozenset({"mr", "sir", "lord", "baron", "fr"})
POSTNOMINALS = {"mp", "qc", "mep", "msp", "am", "kc", "obe", "mbe", "cbe"}  # "Margaret Moran MP"
MARKET_WORDS = {"market", "industry", "sector", "world", "global", "price", "cost"}
RELATIONS = {"counterpart", "colleague", "predecessor", "successor"}  # relative to another person
WORDS_BEFORE = re.compile(r"[\w’'.\-]+")  # role_before's words, compiled once: it reads one window per name
# A capital, accented or not ("Ødegaard", "Šimić", "Łukasz"; Latin Extended-A holds small letters too)
CAPITAL = "A-ZÀ-ÖØ-ÞĀ-Ž"
NAME = rf"(?:[{CAPITAL}][\w’'.\-]*\s+){{0,4}}[{CAPITAL}][\w’'.\-]*"  # a name of up to five capitalised words
# A name set off as an apposition, or ending its sentence ("said EEF chief economist, Steve Radley.")
NAME_CLOSED = re.compile(rf"{NAME}(?:\s*[,);:\"”]|\s*$|(?<=\.)\s|\s+(?:of|and)\s)")
# A minister's portfolio of several words, "and" or commas among them ("Minister of Health and Sanitation",
# "Secretary of State for Culture, Media and Sport"): its capitalised words are the office's, not names.
# Only an office with no other word naming it: "Foreign Minister of Varosh" and "Prime Minister of Iraq" name a state.
PORTFOLIO_WORDS = ("Minister", "Secretary", "Commissioner")
PORTFOLIO_OFFICE = rf"\b(?:{'|'.join(PORTFOLIO_WORDS)})"
# titles before a holder's name set off after an office; "Eng. Marek Dvořák": an engineer's
TITLE_WORDS = r"(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame|Eng|Engr)"
_PORTFOLIO_RANKS = frozenset({"the", "a", "deputy", "vice", "acting", "assistant", "junior", "new", "former"})
PORTFOLIO_OF = rf"{PORTFOLIO_OFFICE}\s+(?:of\s+State\s+)?(?:of|for)\s+"
# not a title: "The Minister of Health, Mr Ivo Horvat," (the portfolio had run on into "Mr", and the name was lost)
PORTFOLIO_WORD = rf"(?!{TITLE_WORDS}\.?\s)[A-Z][\w'’-]*(?:\s+|,\s+)(?:(?:and|&)\s+)?"
PORTFOLIO_BEFORE = re.compile(rf"{PORTFOLIO_OF}(?:{PORTFOLIO_WORD})*$")  # a run of the portfolio's next words
PORTFOLIO_ROLE = re.compile(rf"(?P<office>{PORTFOLIO_OF}(?:{PORTFOLIO_WORD})*?(?!{TITLE_WORDS}\b)[A-Z][\w'’-]*)"
                            rf"(?:,\s*|\s+)(?P<title>(?:{TITLE_WORDS}\.?\s+)?)$")
# An office of a body, set off before its holder's name: "The Chairperson of the Independent National
# Electoral Commission, Théodore de Souza", "The governor of Tirhan, Omar Saleh," (a body's or a place's
# capitalised name, no possessive, then a comma)
# An office a state or a body owns, set off before its holder: "Dunmora's irrigation minister, Samir al-Haddad"
OWNED_OFFICE_SET_OFF = re.compile(r"(?<![\w’'-])(?P<role>(?:(?:[A-Z][\w’'-]*|van|der|den|de|la|da|von|del|du|di|"
                                  r"ter|ten|dos|das)\s+){0,3}[A-Z][\w’'-]*['’]s\s+"  # "Van der Stroom's lawyer"
                                  # "Kestrava's Interior Minister, Dr Ilse van Aardt": an office in capitals too
                                  r"(?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*),\s*"
                                  r"(?:(?:H\.E\.|Dr|Mr|Mrs|Ms|Prof|Gen|Eng)\.?\s+){0,2}$")  # "H.E. Dr Lorenz Aubertin"
SENTENCE_OPENERS = frozenset({"the", "but", "and", "yet", "so", "however", "meanwhile", "yesterday", "today",
                              "tomorrow", "now", "then", "also", "earlier", "later", "last", "this"})
# An aside after a name before what the sentence makes them: ", a hydrologist who led the authority,"
ASIDE_AFTER = re.compile(r",\s+(?:an?|the)\s+[^,;:()]{3,80},(?=\s+as\s)")
OWNER_AT = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\b")  # "Japan's": a name that owns, no holder
AS_BEFORE = re.compile(r"\bas\s+$")  # "succeed Shiro Tsuda as president of …": the office is his
OPENERS = frozenset({"but", "and", "yet", "so", "however", "as", "when", "while", "then", "now", "meanwhile", "also"})
_RANKS = r"(?:deputy|vice|acting|former|interim|new|incoming|outgoing|assistant|executive|chief|senior|managing|joint)"
OFFICE_OF_BODY = re.compile(r"(?:^|[^\w'’-])(?:[Tt]he\s+)?(?P<role>(?:(?:[A-Z][\w-]*|" + _RANKS + r"(?:-\w+)?)\s+){0,2}"
                            r"(?P<head>[A-Za-z][\w-]*)\s+of\s+"
                            r"(?:the\s+)?(?:(?:[A-Z][\w-]*\s+(?:(?:of|for|and|on)\s+)?){0,6}[A-Z][\w-]*|"
                            # a body in lower case: "the chief of the general staff, Gen. Tomás de Almeida"
                            r"(?<=the\s)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})),\s*"
                            # "The Mayor of Portmarren, Cllr. Teodora da Silva Pereira", "the Chief of the
                            # General Staff, Gen Oskar Brandt": a title or a rank between
                            rf"(?:(?:{TITLE_WORDS}|Judge|Cllr|Councillor|Gen|General|Col|Maj|Adm|Brig|Lt|Capt)"
                            r"\.?\s+){0,2}$")
BREAK = re.compile(r"[,;:—–()\"“”]")  # punctuation that ends a phrase between a role and a name
# A word before a role word that makes it a verb ("will host", "to head"), and the role words that can be
VERB_BEFORE = frozenset("will would to can could may might shall should must did does do".split())
VERBAL_ROLES = frozenset({"host", "head", "chair", "coach", "whip", "boss", "judge", "captain", "lead"})
APPOSITION_CLOSED = re.compile(rf"{NAME}\s*[,)]")  # "Jim Cantalupo, died"
# What an office is of when it is a work, not a body ("Head of Corporate Affairs", "Director of Public
# Prosecutions", "Chief of Staff"): a run that ends in one of these names no one and nothing
OFFICE_FUNCTIONS = frozenset("""affairs prosecutions communications communication operations relations resources
services studies programmes programs research policy strategy marketing finance staff security intelligence
compliance engineering technology planning development health education investment investments sales procurement
logistics innovation sustainability risk audit content news safety nursing surgery science sciences economics
statistics partnerships campaigns fundraising administration infrastructure transformation protocol information
digital data product commercial medical""".split())  # "chief technology officer", "chief information security officer"
# "Lord Hanningfield, leader of Essex County Council,", "Radomir Petrescu, the Minister of Water, Energy and
# Infrastructure,", "Anna Keller, Head of Corporate Affairs at Harlow Pharma,": an office, what it is of or
# for, and where, set off after the name (a minister's portfolio listed with commas: ROLE_AFTER_LISTED)
# Places and bodies an office is written after, in lower case, as its own: "the hospital director",
# "the port manager" (not an adjective of what someone is: ", who was a well-known leader")
INSTITUTIONS = frozenset("""hospital school prison police port airport bank company museum university union commission
agency council court clinic embassy fund board station factory mine plant project campaign committee club city county
district province village party ministry department authority army navy""".split())
_BODY_WORDS = r"[A-Z][\w’'-]*(?:(?:\s+(?:of|and|&|the))*\s+[A-Z][\w’'-]*)*"
_WORK = r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"  # "head of corporate affairs": a work (OFFICE_FUNCTIONS), in lower case
# How long an office has been held, after it: "chairman of Corvane since 2019", "secretary-general for a decade"
_HELD = (r"\s+(?:for|since)\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|"
         r"the\s+past|the\s+last)\s+)?(?:decades?|years?|months?|weeks?|\d{4})")
_ROLE_AFTER = (rf",\s+(?:the\s+|an?\s+)?(?P<role>(?:[\w’'-]+\s+){{0,3}}?(?P<core>[A-Za-z][\w-]*)"
               rf"(?P<of>(?:\s+(?:of|for|at|in)\s+(?:the\s+)?(?:{_BODY_WORDS}LISTED|{_WORK}))*))"
               # "director of the Rail Accident Investigation Board (RAIB), said": the body's letters after it
               rf"(?:\s*\([A-Z][A-Za-z&.-]{{1,12}}\))?(?:{_HELD})?\s*(?=[,.;]|$)")
WORK_OF = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?!the\b)([a-z][\w-]*(?:\s+(?!(?:at|in|of|for)\b)[a-z][\w-]*)*)")
ROLE_AFTER = re.compile(_ROLE_AFTER.replace("LISTED", ""))
# An office the sentence gives the name it follows: "Walid Mansour was appointed defence minister on
# Monday", ", who was named interim chief executive of Norvik Telecom,", "became chair of the Electoral
# Commission", "was sworn in as prime minister", "(the board) named Ines Duval as chief executive". Not
# "was replaced as chair" nor "was sacked as coach": an office left, not taken.
_TAKES_OFFICE = (r"(?:,\s+who|,(?=\s+(?:will\s+serve|serves|remains)\b))?\s+"
                 r"(?:(?:(?:was|were|is|has\s+been|had\s+been|will\s+be|would\s+be)\s+"
                 r"(?:(?:formally|officially|later|then|also|now|unanimously|duly)\s+)?"
                 r"(?:appointed|named|elected|re-elected|made|sworn\s+in|confirmed|installed|chosen|nominated)"
                 r"(?:\s+as)?)|became|becomes|as|"
                 # "Ms Korać is acting president", "will serve as acting president", "remains vice-president"
                 r"is(?:\s+now)?|remains|(?:will\s+)?serves?\s+as)\s+")
PREDICATE_ROLE = re.compile(
    _TAKES_OFFICE + r"(?:the\s+|an?\s+|its\s+|their\s+)?(?P<role>(?:[\w’'-]+\s+){0,3}?(?P<core>[A-Za-z][\w-]*)"
    rf"(?P<of>(?:\s+(?:of|for|at|in)\s+(?:the\s+)?(?:{_BODY_WORDS}|{_WORK}))*))"
    r"\s*(?=[,.;]|$|\s+(?:on|in|last|this|next|after|before|by|replacing|succeeding|until|since|at|from|and|to|"
    r"earlier|later|when|following|for|with)\b|"
    # "was appointed Varkesh's defence minister three weeks ago"
    r"\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago\b)")
_LISTED = rf"(?:(?:,\s+[A-Z][\w’'-]*)+,?\s+(?:and|&)\s+{_BODY_WORDS})?"  # ", Energy and Infrastructure"
ROLE_AFTER_LISTED = re.compile(_ROLE_AFTER.replace("LISTED", _LISTED))
NATIONALITIES = {
    "turkish", "iraqi", "kurdish", "iranian", "syrian", "american", "british", "russian", "arab",
    "israeli", "saudi", "european", "western", "eastern", "middle eastern", "shiite", "shia",
    "sunni", "chinese", "french", "german", "us", "uk", "english", "scottish", "welsh", "irish",
    "indian", "japanese", "italian", "spanish", "african", "asian", "egyptian", "lebanese",
    "jordanian", "qatari", "emirati", "gulf", "islamic", "muslim", "christian", "ottoman", "briton",
    "britons", "scots", "europeans", "americans", "iraqis", "turks", "kurds",
    "jewish", "swiss", "dutch", "danish", "swedish", "norwegian", "polish", "greek", "belgian",
    "austrian", "canadian", "australian", "mexican", "brazilian", "korean", "pakistani", "afghan",
    "nazi", "nazis", "catholic", "protestant", "jews", "arabs", "palestinian", "palestinians",
    "buddhist", "buddhists", "hindu", "hindus", "sikh", "sikhs", "muslims", "christians", "catholics",
    "catholicism", "protestants", "islam", "judaism", "hinduism", "buddhism",
    # adjectives no gazetteer name gives by its ending (entity_types.demonym): "the Thai government"
    "thai", "soviet", "finnish", "filipino", "czech", "slovak", "serb", "croat", "bosnian", "latin", "nordic",
    "persian", "yugoslav", "cypriot", "maltese", "portuguese", "burmese", "moroccan", "somali", "ukrainian",
    "azeri", "kazakh", "uzbek", "chechen", "hungarian", "argentine", "argentinian", "peruvian", "icelandic",
    # a people's members written before a full name ("Swedes Erik Lindqvist and …, Pole Tomasz Wójcik")
    "swede", "swedes", "danes", "pole", "poles", "norwegians", "finns", "dutchman", "dutchmen",  # not "Ms Dane"
}


def peel_role(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'Turkish Interior Minister Süleyman Soylu' keeps 'Süleyman Soylu' as the name."""
    index = 0
    while index < len(tokens) - 1 and (role_or_nationality(tokens[index][2]) or (
            index and tokens[index][2].lower() == "the" and tokens[index - 1][2].lower() == "of")):
        index += 1  # "UK Chancellor of the Exchequer Gordon Brown"
    # "Deputy Prosecutor-General Ana Ruiz de Velasco": a hyphenated office's parts are offices' words
    if index and (any(_core_role(t[2]) for t in tokens[:index]) or _judge(tokens, index)):
        if particle_surname(tokens[index:]):
            return tokens[index:]  # "Judge de la Fuente", "Ms van der Berg": a surname that opens with particles
        if tokens[index][2].lower() in CONNECTORS:
            # "Commissioner for Transport": all of it is a title; "Minister for Foreign Affairs Annika
            # Strandberg" (a quote's speaker after "said") was no one: the full name after the portfolio
            named = next((k for k in range(index + 1, len(tokens) - 1)
                          if is_given_name(tokens[k][2]) and not role_or_nationality(tokens[k][2])), None)
            return tokens[named:] if named is not None else []
        return tokens[index:]
    return tokens


def particle_surname(tokens: list[tuple[int, int, str]]) -> bool:
    """Particles ('de la', 'van der'), then one capitalised word, or two ('da Silva Pereira'), that end
    the run: a surname."""
    at = 0
    while at < len(tokens) and tokens[at][2] in SURNAME_PARTICLES:
        at += 1
    return 0 < at and len(tokens) - at in (1, 2) and all(t[2][:1].isupper() for t in tokens[at:])


SURNAME_PARTICLES = frozenset(CONNECTORS - {"of", "for"})


def split_at_role(tokens: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """'Capital Radio DJ Margherita Taylor', 'Apple Chief Executive Tim Cook': the body before a
    title (role words, one of them an office's), and the person after it."""
    for index in range(len(tokens) - 2, 0, -1):
        if ends_office(tokens[index][2]) and not role_or_nationality(tokens[index + 1][2]):
            start = index
            while start > 1 and _role_word(tokens[start - 1][2]):
                start -= 1
            if not any(t[2].lower().rstrip(".") in CORE_ROLES for t in tokens[start:index + 1]):
                continue
            head = tokens[:start]
            while head and role_or_nationality(head[-1][2]):
                head = head[:-1]  # "Bank of England Deputy Governor": the deputy is part of the title
            return head, tokens[index + 1:]
    return [], tokens


# Words that say who a person is, before a full name ("Democrat John Kerry", "Welshman Ray Reardon",
# "Presidents George W Bush and Jacques Chirac"): not offices, but no part of the name either
DESCRIBING = frozenset("""blairite brownite welshman scotsman englishman irishman frenchman dutchman farmer imam
presidents ministers secretaries senators governors justices princes leaders chancellors democrat republican tory
unionist nationalist socialist""".split())


def _judge(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """'Justice Harrison', 'the Honourable Justice Miriam Fosse': a judge's title before a person's
    name (a given name, or one word no common one); not 'Justice Department' nor, with a word before
    it, the 'Criminal Justice Act' (peel_role reads titles from the front only)."""
    rest = tokens[index:]
    return tokens[index - 1][2].lower() == "justice" and (
        is_given_name(rest[0][2]) or (len(rest) == 1 and not is_common_word(rest[0][2])))


def offices_end_alike(one: str, other: str) -> bool:
    """'Inspector General' and 'National Police Inspector General', 'Judge' and 'Presiding judge':
    one office's words (lower-cased) end the other's."""
    short, long = sorted((one.lower().split(), other.lower().split()), key=len)
    return bool(short) and long[len(long) - len(short):] == short


def _core_role(word: str) -> bool:
    """An office's own word, or a hyphenated one with one among its parts ("secretary-general")."""
    lowered = word.lower().rstrip(".")
    return lowered in CORE_ROLES or ("-" in lowered and any(part in CORE_ROLES for part in lowered.split("-")))


def _role_word(word: str) -> bool:
    return word.lower().rstrip(".") in ROLE_WORDS


def ends_office(word: str) -> bool:
    """An office's last word: 'Director', 'Chief Executive'; not 'Police' of 'Chief Police Officers'."""
    lowered = word.lower().rstrip(".")
    return lowered in CORE_ROLES or lowered == "executive"


def describes_person(word: str) -> bool:
    """A word that may stand before a person's full name without being part of it: a role word, a
    party's or a person's description, in each of its hyphenated parts ("Vice-President")."""
    parts = word.lower().rstrip(".").removeprefix("ex-").split("-")
    return word[:1].isupper() and any(part in CORE_ROLES or part in DESCRIBING for part in parts) \
        and all(part in ROLE_WORDS or part in DESCRIBING or part == "under" for part in parts)


def role_or_nationality(word: str) -> bool:
    lowered = word.lower().rstrip(".").removeprefix("ex-")  # "Ex-Labour MP George Galloway"
    if lowered in TITLED_ONLY and word[:1].islower():
        return False  # "its adviser JP Morgan" is a firm; "National Security Adviser Qasim al-Araji" an office
    return lowered in ROLE_WORDS or lowered in NATIONALITIES or lowered.endswith(("'s", "’s")) \
        or ("-" in lowered and all(part in ROLE_WORDS for part in lowered.split("-")))  # "secretary-general"


def role_before(text: str, start: int) -> str:
    """Role words right before a name: 'Iraq’s interior minister', 'his Turkish counterpart'."""
    set_off = _office_of_body(text, start)
    if set_off:  # "The Chairperson of the Independent National Electoral Commission, Théodore de Souza": the office
        return set_off
    owned = OWNED_OFFICE_SET_OFF.search(text, max(0, start - 80), start)
    if owned and ends_office(owned.group("role").split()[-1]):
        words = owned.group("role").split()
        while len(words) > 2 and words[0].lower() in SENTENCE_OPENERS:
            words.pop(0)  # "But PwC's global chief executive", "Yesterday Argentina's economy minister"
        return " ".join(words)  # "Dunmora's irrigation minister, Samir al-Haddad,": the state's office, his
    low = max(0, start - 80)
    portfolio = PORTFOLIO_ROLE.search(text, max(0, start - 120), start) if _names_an_office(text, start) else None
    if portfolio and re.search(r",|\band\b|&", portfolio.group("office")) and portfolio_office(text, portfolio.start()):
        return " ".join((portfolio.group("office") + " " + portfolio.group("title")).split())  # "…and Sanitation, Dr"
    found = list(WORDS_BEFORE.finditer(text, low, start))
    words = [m.group() for m in found]
    role: list[str] = []
    for word in reversed(words):
        # "Trade and Industry Secretary"; not "the head of Mr Brown", where "of" would join a title alone
        titled = any(w.lower().rstrip(".") not in HONORIFICS for w in role)
        joins = word.lower() in ("of", "and", "for") and titled
        if not (role_or_nationality(word) or joins) or (word.lower() in ("of", "for") and not titled):
            break
        role.insert(0, word)
    while role and role[0].lower() in ("of", "and", "for"):
        role.pop(0)
    lowered = [w.lower() for w in role]
    if "for" in lowered and any(_core_role(w) for w in role[len(lowered) - lowered[::-1].index("for"):]):
        # "a spokesman for European Justice and Home Affairs Commissioner Franco Frattini": his office is
        # the one after "for"; "Minister for Foreign Affairs Annika Strandberg" keeps its portfolio
        role = role[len(lowered) - lowered[::-1].index("for"):]
    if not role:
        return ""  # most names: no role words before them
    if _predicate_before_comma(text, found, len(role), start):
        return ""  # "… his second term as US President, Tony Blair has said": Bush's office, not Blair's
    if len(role) == 1 and len(words) > 1 and words[-2].lower() in MARKET_WORDS:
        return ""  # "market leader Diageo": a company described, not a person's office
    before = [w.lower() for w in words[max(0, len(words) - len(role) - 2):len(words) - len(role)]]
    if before and before[-1] in VERB_BEFORE and office(" ".join(role)).lower() in VERBAL_ROLES:
        return ""  # "Cafod will host Mr Brown's speech": a verb, not an office
    if "as" not in before:  # "As an MSP, Mr McLetchie signed": his
        role_found = found[len(found) - len(role):]
        cut = _after_break(text, role_found, start, role) if BREAK.search(text, role_found[0].start(), start) \
            else role
        if len(cut) == len(role) and before and before[-1] in ("a", "an") and not NAME_CLOSED.match(text, start):
            return ""  # "how good a prime minister Gordon Brown will make": what he may be, not his office
        role = _without_set_off_rank(text, role_found, start, cut)
    role = _office_of(_second_of_two(role))
    if not any(_core_role(w) or w == "Justice" for w in role):  # "Justice Harrison"
        return ""
    return " ".join(role)


def _office_of_body(text: str, start: int) -> str:
    """The office of a body set off right before the name at start (OFFICE_OF_BODY), its head an
    office's word: "the Mayor of London, Ken Livingstone" after "the support of", whose "support of
    the Mayor of London" is read first and is no office."""
    if OWNER_AT.match(text, start):
        return ""  # "Shiro Tsuda as president of Vodafone KK, Japan's number three mobile operator"
    at = max(0, start - 120)
    while (found := OFFICE_OF_BODY.search(text, at, start)) is not None:
        if _core_role(found.group("head")) and not AS_BEFORE.search(text, max(0, found.start("role") - 4),
                                                                     found.start("role")):
            words = found.group("role").split()
            while words[0].lower() in OPENERS:
                words.pop(0)  # "But director of the Victims of Crime Trust, Norman Brennan, said"
            return " ".join(words)
        at = found.start("head") + 1
    return ""


def portfolio_office(text: str, start: int) -> bool:
    """Whether the office at start names no state or body before its portfolio: "Minister of Health",
    "Deputy Minister of Health", "Kestrava's Minister of Energy" (the state owns it); not "Foreign
    Minister of Varosh", whose "of" is the state's."""
    before = re.search(r"([\w'’-]+)\s+$", text[max(0, start - 30):start])
    return before is None or not before.group(1)[:1].isupper() or before.group(1).lower() in _PORTFOLIO_RANKS \
        or before.group(1).endswith(("'s", "’s"))


def portfolio_before(text: str, start: int) -> re.Match[str] | None:
    """The office and portfolio words right before start, when the run at start goes on a portfolio
    of several words ("Sanitation" after "Minister of Health and ")."""
    if not _names_an_office(text, start):
        return None  # most names: no office of a portfolio before them, and the regex is not run
    found = PORTFOLIO_BEFORE.search(text, max(0, start - 120), start)
    return found if found and portfolio_office(text, found.start()) else None


def _names_an_office(text: str, start: int) -> bool:
    window = text[max(0, start - 120):start]
    return any(word in window for word in PORTFOLIO_WORDS)


def _office_of(role: list[str]) -> list[str]:
    """The role words that name an office: after an 'of' with no office before it ("the campaign of
    President Mathieu Kerekou": President; "Chancellor of the Exchequer" is whole); none when the
    last word only qualifies an office ("the most important general election Tony Blair will face")."""
    words = [w.lower().rstrip(".") for w in role]
    joined = [i for i, w in enumerate(words) if w in ("of", "for")]
    if joined and not any(w in CORE_ROLES for w in words[:joined[0]]):
        role, words = role[joined[0] + 1:], words[joined[0] + 1:]
    return [] if not words or words[-1] in QUALIFIERS_ONLY else role


def _after_break(text: str, found: list[re.Match[str]], start: int, role: list[str]) -> list[str]:
    """The role words after the last punctuation among them and the name ("did not trust the prime
    minister, Mr Brown replied": Mr), unless the name is set off as an apposition ("The chancellor,
    Gordon Brown, said": the chancellor)."""
    ends = [m.end() for m in found[:-1]]
    gaps = [text[end:after.start()] for end, after in zip(ends, found[1:], strict=True)]
    gaps.append(text[found[-1].end():start])  # role_before calls it with a role's words only
    cut = max((i + 1 for i, gap in enumerate(gaps) if BREAK.search(gap)), default=0)
    if cut == 0 or NAME_CLOSED.match(text, start):
        return role
    return role[cut:]


def _without_set_off_rank(text: str, found: list[re.Match[str]], start: int, role: list[str]) -> list[str]:
    """ "The police commissioner, Gen. Stefan Korb,": the office set off before the name, without the
    rank written after its comma, which is his title, not a word of the office ("police commissioner
    Gen."); an honorific stays, as it tells the person's sex."""
    if len(role) != len(found) or len(role) < 2:
        return role
    breaks = [i + 1 for i in range(len(found) - 1) if BREAK.search(text, found[i].end(), found[i + 1].start())]
    if not breaks:
        return role
    office_words, after = role[:breaks[-1]], role[breaks[-1]:]
    if all(w.lower().rstrip(".") in RANKS for w in after) and any(_core_role(w) for w in office_words):
        return office_words
    return role


def _second_of_two(role: list[str]) -> list[str]:
    """'the prime minister and Chancellor Gordon Brown': an office in lower case, then one written
    as a title before the name, are two people's; the name's is the second ('chairman and chief
    executive Rick Wagoner' is one man's two; 'Trade and Industry Secretary' one office)."""
    if "and" not in role:
        return role
    at = len(role) - 1 - role[::-1].index("and")
    first, second = role[:at], role[at + 1:]
    if any(w.lower().rstrip(".") in OFFICES for w in first) and any(w.lower().rstrip(".") in OFFICES for w in second) \
            and all(w.islower() for w in first) and second[0][:1].isupper():
        return second
    return role


def _predicate_before_comma(text: str, found: list[re.Match[str]], length: int, start: int) -> bool:
    """Whether the role of the last `length` words found is what someone is said to be ("as US
    President") in the clause before the name's, cut from it by punctuation: "as" before the role,
    itself not the sentence's first word ("As chief operating officer, Toshiyuki Shiga will run
    Nissan" is Mr Shiga's office), and the name not set off as an apposition ("his predecessor as
    CEO, Jim Cantalupo, died" is Mr Cantalupo's)."""
    role_start = first = len(found) - length
    while first > 0 and role_start - first < 4 and _names_a_holder(found[first - 1].group()):
        first -= 1  # "as Kestrel Mining chairman": whose office it is may stand between
    if first < 1 or found[first - 1].group().lower() != "as" or not re.search(r"[,;:]", text[found[-1].end():start]):
        return False
    return bool(text[:found[first - 1].start()].strip()) and not APPOSITION_CLOSED.match(text, start)


def _names_a_holder(word: str) -> bool:
    return word[:1].isupper() and word != "As"


def title_sex(title: str) -> str:
    """'f' for a woman's title ('mrs', 'baroness'), 'm' for a man's ('mr', 'lord'), else ''."""
    return "f" if title in FEMALE_TITLES else "m" if title in MALE_TITLES else ""


def title_of(role: str) -> str:
    """The honorific right before a name, lower-cased ('mr' of 'Tory leader Mr'), or ''."""
    last = role.split()[-1].lower().rstrip(".") if role else ""
    return last if last in HONORIFICS else ""


def office(role: str) -> str:
    """The role without honorifics: 'Lord Chancellor Lord' → 'Lord Chancellor', 'Mr' → ''."""
    words = role.split()
    while words and words[-1].lower().rstrip(".") in HONORIFICS:
        words.pop()
    if words and (words[-1].lower() in ("and", "or", "former") or words[-1].endswith(("'s", "’s"))):
        return ""  # "prime minister and Gordon Brown", "President Carter's aide": someone else's title
    return " ".join(words) if any(part in OFFICES for w in words for part in w.lower().rstrip(".").split("-")) else ""


FORMERLY = re.compile(r"(?:until\s+(?:now|recently|then|last\s+(?:week|month|year))|formerly|previously|once)\s",
                      re.IGNORECASE)
HELD_FOR = re.compile(_HELD + "$")  # read into the office's words ("for a decade" as if a work it is for)
AGE_SET_OFF = re.compile(r",\s*\d{1,3}(?=,)")  # ", 41" of "Pieter Osterlind, 41, a commercial attaché,"


def role_after(text: str, end: int) -> str:
    """An appositive title after a name: 'Lord Hanningfield, leader of Essex County Council, said';
    or an office the sentence gives the name: 'Walid Mansour was appointed defence minister'. An
    age between is passed over: 'Pieter Osterlind, 41, a commercial attaché, was detained'."""
    if age := AGE_SET_OFF.match(text, end):
        end = age.end()
    match = ROLE_AFTER_LISTED.match(text, end)
    if match and match.group("core") not in PORTFOLIO_WORDS:
        match = ROLE_AFTER.match(text, end)  # "leader of Wexmoor, Tanfield and Ross": names listed, no portfolio
    if match and FORMERLY.match(match.group("role")):
        # "Pieter van der Holt, until now Deputy Chair of the Commission, has been appointed Acting Chair": the
        # office left is no longer his; the one the sentence gives him after it is
        taken = PREDICATE_ROLE.match(text, match.end() + 1) if text.startswith(",", match.end()) else None
        return _role_of(taken) if taken and taken.group("core").lower() not in TITLED_ONLY else ""
    if match and (held := HELD_FOR.search(match.group("role"))):
        # "the federation's secretary-general for a decade,": the office, without how long it was held
        match = ROLE_AFTER.match(text[:match.start("role") + held.start()] + ",", end)
    if match:
        return _role_of(match)
    taken = PREDICATE_ROLE.match(text, end)
    if taken is None and (aside := ASIDE_AFTER.match(text, end)):  # "named Leila Benmansour, a hydrologist, as …"
        taken = PREDICATE_ROLE.match(text, aside.end())
    # "became adviser on Israel's economy": an adviser is an office only written as a title
    return _role_of(taken) if taken and taken.group("core").lower() not in TITLED_ONLY else ""


# A minister's portfolio in lower case: "the former minister of mines and energy"
PORTFOLIO_NOUNS = frozenset("""interior defence defense finance economy trade justice health education energy
environment transport agriculture fisheries culture tourism mines mining labour labor industry housing infrastructure
telecommunications welfare immigration water works sport sports youth women family""".split())


def _role_of(match: re.Match[str] | None) -> str:
    portfolio = match is not None and match.group("core").lower() in {w.lower() for w in PORTFOLIO_WORDS}
    if not match or any(w.split()[-1] not in OFFICE_FUNCTIONS and not (portfolio and w.split()[-1] in PORTFOLIO_NOUNS)
                        for w in WORK_OF.findall(match.group("of"))) \
            or re.search(r"\b(?:at|in)\s+(?:the\s+)?(?!the\b)[a-z]", match.group("of")):
        return ""  # "leader of the party", "a minister in the government": no office's own work, nor a body's name
    words = match.group("role").split()
    if words and words[0].lower() in ("and", "or", "&"):
        return ""  # "H.E. Tomas Varga, and the Minister of the Interior of the Kingdom of Dareen, …": the next person's
    office_words = words[:len(words) - len(match.group("of").split())]  # "chief executive", not "of Harlow"
    if not _office_word(office_words):
        return ""
    if not match.group("of") and any(not role_or_nationality(w) and w.lower() not in OFFICE_FUNCTIONS
                                     and w.lower() not in INSTITUTIONS and not w[:1].isupper()
                                     and not w.lower().startswith(("anti-", "counter-"))  # "anti-corruption"
                                     for w in office_words[:-1]):
        return ""  # ", who was a well-known leader": a clause, not a title ("chief investment officer of X" is one)
    return match.group("role")


def _office_word(words: list[str]) -> bool:
    """Whether the last of these words ends an office ('leader', 'Minister', 'chief executive') and
    no given name stands before it: 'Ken Macdonald QC' is a name with letters after it."""
    last = words[-1].lower() if words else ""
    if any(w[:1].isupper() and is_given_name(w) and not role_or_nationality(w) for w in words[:-1]):
        return False
    return last in OFFICES or (last == "executive" and len(words) > 1 and words[-2].lower() == "chief") \
        or ("-" in last and last.split("-")[0] in OFFICES)  # "director-general", "secretary-general"


def is_relation(role: str) -> bool:
    """'his Turkish counterpart': an office only by reference to someone else's."""
    return any(word.lower() in RELATIONS for word in role.split())  # "Chinese counterpart Minister"


def relative_office(relation: str, other: str) -> str:
    """'Turkish counterpart' of 'Iraq’s interior minister' → 'Turkish interior minister'."""
    words = other.split()
    while words and (words[0].lower() in NATIONALITIES or words[0].endswith(("'s", "’s"))):
        words.pop(0)  # the other person's country is not this one's
    qualifier = [w for w in relation.split() if w.lower() in NATIONALITIES or w.endswith(("'s", "’s"))]
    return " ".join(qualifier + words) if words else ""


def resolve_relations(drafts: dict[str, Draft]) -> None:
    """'Shammari and his Turkish counterpart Ali Yerlikaya': Yerlikaya's office is Shammari's
    ('Iraq’s interior minister'), with Yerlikaya's own country: 'Turkish interior minister'."""
    for draft in drafts.values():
        for mention, relation in draft.relations:
            other = _person_before(drafts, draft, mention)
            role = relative_office(relation, other.roles[0]) if other and other.roles else ""
            if role and role not in draft.roles:
                draft.roles.append(role)


def _person_before(drafts: dict[str, Draft], draft: Draft, mention: Mention) -> Draft | None:
    """The person named last before `mention` in its sentence: who 'his' most likely is."""
    best: tuple[int, Draft] | None = None
    for other in drafts.values():
        if other is draft or other.type != "person":
            continue
        for m in other.mentions:
            if m.sentence == mention.sentence and m.end <= mention.start and (best is None or m.start > best[0]):
                best = (m.start, other)
    return best[1] if best else None


def distinct_roles(roles: list[str]) -> tuple[str, ...]:
    """Roles in the order found, without one that only repeats the end of a longer one: "Minister"
    adds nothing beside "Turkish Interior Minister"."""
    return tuple(role for role in roles
                 if not any(other != role and other.lower().endswith(" " + role.lower()) for other in roles)
                 and not _academic_only(role))


def _academic_only(role: str) -> bool:
    """'Professor', 'Prof.', 'deputy Prof.': a scholar's title, as "Dr" is, not an office (it still
    says the name is a person's)."""
    words = role.lower().replace(".", "").split()
    return any(w in ACADEMIC for w in words) and all(w in ACADEMIC or w in ROLE_MODIFIERS for w in words)
