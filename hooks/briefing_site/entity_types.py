"""Typing a name as person, organisation, place or other, from evidence: knowledge, titles,
head words ("… Council", "… Airport"), cues around the mentions and the company a name keeps.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

from .gazetteer import gazetteer_names
from .given_names import given_name_sex, is_common_word, is_given_name
from .knowledge import Knowledge, gazetteer_countries, name_key
from .model import Mention, Sentence
from .roles import CONNECTORS, NATIONALITIES, ROLE_WORDS, role_after

if TYPE_CHECKING:
    from .aliases import Draft

ACRONYM = re.compile(r"[A-Z][A-Za-z]?[A-Z]{1,5}s?|(?:[A-Z]\.){2,4}|[A-Z]{1,3}&[A-Z]{1,3}")
SPACES_OR_HYPHENS = re.compile(r"[\s\-]+")  # compiled once: entity_type splits every mention
LOWER_PREFIX = re.compile(r"^[a-z]{1,3}-")
ROMAN = re.compile(r"[ivx]{1,4}")  # a numeral after a head word, lower-cased: "World War II"

# Heads of bodies' names that are also surnames: "Meridian Press", "Associated Press", but "Jim Press"
SURNAME_HEADS = frozenset({"press"})
ORG_HEADS = {
    "ministry", "party", "council", "organization", "organisation", "agency", "army", "forces", "units",
    "mission", "delegation",  # "the Election Observation Mission said"
    "centre", "center", "committee", "mechanism", "teams", "team", "monitor", "union", "nations",
    "bank", "company", "corporation", "corp", "inc", "ltd", "group", "association", "court",
    "parliament", "government", "assembly", "commission", "office", "department", "university",
    "institute", "state", "front", "movement", "alliance", "brigade", "brigades", "militia",
    "police", "service", "services", "authority", "federation", "foundation", "network", "times",
    "news", "post", "tribune", "cabinet", "congress", "senate", "board", "fund",
    "treasury", "commons", "lords", "airlines", "exchange", "club", "church", "school",
    "coalition", "international", "partnership", "partnerships", "trust", "executive",
    "pharmaceutical", "pharmaceuticals", "stockbrokers", "securities", "capital", "partners", "holdings",
    "motors", "electric", "energy", "oil", "gas", "airways", "telecom", "media", "radio", "television",
    "records", "pictures", "studios", "bros", "brothers", "insurance", "investments", "foods", "systems",
    "technologies", "communications", "plc", "llc", "ag", "sa", "gmbh", "labs", "laboratories",
    "college", "tobacco", "economics", "chambers", "commerce", "consulting", "consultants",
    "society", "societies", "management", "league", "academy", "institution", "regiment", "watch",
    "hospital", "infirmary", "clinic", "prison", "limited", "industries", "hour",  # "Westminster Hour"
    "bureau", "confederation", "directorate", "inspectorate", "secretariat", "tribunal", "guild", "corps",
    "house",  # "Companies House", "Clarence House said"
    "survey", "observatory", "laboratory", "navy", "coastguard", "llp",  # "US Geological Survey"
    "pharma", "biotech", "therapeutics", "biosciences", "healthcare", "medicines",  # "Harlow Pharma"
    # a firm's line of business, no surname ("Hallberg Infrastructure" was a person: Hallberg is a given name)
    "infrastructure", "construction", "engineering", "logistics", "shipping", "solutions", "resources",
    "petroleum", "aerospace", "electronics", "chemicals", "minerals", "metals", "railways", "utilities",
    "ventures", "enterprises", "contractors", "developers", "dynamics", "automotive", "mining",
}
# Last words of a body's name that never end a person's ("Court" and "Church" can): a role word or a
# possessive before one is part of the body's name ("General Medical Council", "Workers' Union").
BODY_HEADS = {
    "union", "council", "association", "society", "party", "committee", "commission", "ministry", "department",
    "agency", "office", "organisation", "organization", "federation", "confederation", "institute", "institution",
    "authority", "corporation", "university", "college", "academy", "foundation", "assembly", "parliament",
    "congress", "movement", "alliance", "coalition", "league", "school", "unit",
}
# A ship is named after its kind or a merchant prefix ("the tanker Santa Lucia", "MV Nordic Grace"): the
# name is the ship's, whatever its words ("Lady Marian" names no lady), and a ship is no actor
VESSEL_BEFORE = re.compile(r"\b(?:tanker|ship|vessel|(?:bulk|aircraft|car|gas|LNG|ore|crude|chemical) carrier|"
                           r"freighter|tug|trawler|ferry|yacht|liner|frigate|destroyer|submarine|cruiser|boat|dhow|"
                           r"barge|dredger|icebreaker)\s+(?:the\s+)?$", re.IGNORECASE)  # not "carrier Virgin Blue"
VESSEL_PREFIXES = frozenset({"MV", "MT", "MS", "M/V", "SS", "FV", "RV"})
_VESSEL_LAST = frozenset({"tanker", "ship", "vessel", "carrier", "freighter", "tug", "trawler", "ferry", "yacht",
                          "liner", "frigate", "destroyer", "submarine", "cruiser", "boat", "dhow", "barge", "dredger",
                          "icebreaker", "the"})


def after_vessel_word(text: str, start: int) -> bool:
    """Is the name at start written after a ship's kind ("the tanker Santa Lucia")? The word before it
    is looked up first: the pattern is read only after one that may end it."""
    before = text[max(0, start - 40):start]
    last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    return last in _VESSEL_LAST and bool(VESSEL_BEFORE.search(before))


# A product named as such: "Calmira Junior, a syrup made by Solvane", "1.2 million bottles of Calmira Junior"
_PRODUCT = (r"(?:syrup|tablet|pill|capsule|vaccine|drug|medicine|medication|cream|ointment|inhaler|supplement|"
            r"product|brand|formula|painkiller|antibiotic)s?")
PRODUCT_AFTER = re.compile(rf",\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{_PRODUCT}\s+(?:made|produced|sold|marketed)\b")
PRODUCT_BEFORE = re.compile(r"\b(?:bottles|packets|packs|boxes|doses|vials|batches|tubes|sachets)\s+of\s+$")
PLACE_OPENERS = frozenset({"cape", "mount", "lake", "isle", "fort", "port",
                           # the first words of Arabic places: a hill, a well, a spring, a valley, a cape, a
                           # village, a monastery, a palace, a house ("Tel Amrit", "Bir Sahel", "Umm Qasr")
                           "tel", "tell", "bir", "ain", "wadi", "jebel", "jabal", "ras", "kafr", "deir", "umm", "qasr",
                           "beit",
                           # a saint's name a place bears ("Santa Brígida point" was a woman), and a harbour's
                           "santa", "san", "santo", "são", "sao", "puerto", "porto"})
PLACE_HEADS = {
    "region", "province", "governorate", "mountains", "mountain", "camp", "river", "valley", "sea",
    "gulf", "city", "county", "district", "island", "islands", "strait", "border", "street",
    "square", "peninsula", "desert", "empire", "republic", "kingdom", "emirate", "sultanate", "principality", "east",
    "west", "coast",
    "palace", "abbey", "cathedral", "airport", "station", "stadium", "park", "bridge", "castle",
    "dome", "village", "arena", "hall", "tower", "estate", "road", "avenue", "lane", "temple", "mosque",
    "north", "south", "line", "dam", "canal", "reservoir", "gate", "crossing", "terminal",
    # streets in other tongues ("Kongens Allé" was a person)
    "allé", "allee", "strasse", "straße", "boulevard", "plaza", "piazza", "platz", "gade", "gatan", "vej",
    "prospekt", "caddesi", "sokak", "calle", "avenida",
    # the land and the water ("Karsten Highlands", "Varen Bay", "Ressa Basin" were bodies or people)
    "bay", "hills", "hill", "heights", "highlands", "uplands", "lowlands", "plateau", "delta", "basin", "plain",
    "plains", "vale", "glen", "moor", "moors", "marshes", "wetlands", "falls", "gorge", "canyon", "ridge",
    "steppe", "oasis", "archipelago", "fjord", "cove", "estuary", "lagoon", "creek", "harbour", "harbor", "reef",
    "atoll", "dunes", "ocean",
}
# Place heads that are surnames too ("Ruth Lane", "Tony Hall", "Barbara Castle"): after a given name,
# a person when an office is set off after the name or a verb of saying follows it
SURNAME_HEADS_OF_PLACES = frozenset({"lane", "hall", "park", "castle", "gate", "tower", "street", "camp", "bridge",
                                     "north", "south", "east", "west", "line"})
# Lands' head words that are common surnames too: after a given name, a person ("David Hill", "Dennis Hills")
SURNAMES_OF_LANDS = frozenset({"hill", "hills", "bay", "ridge", "moor", "glen", "falls", "vale"})
PERSON_AFTER = re.compile(r",? (?:said|says|told|added|warned|argued|insisted|stressed|noted|announced|"
                          r"resigned|denied|confirmed)\b")
WHERE_BEFORE = re.compile(r"\b(?:[Tt]he|in|at|near|on|outside|inside|from|to|into|across|along|around|by)\s+$")
PUBLICATION_WORDS = frozenset({
    "times", "supplement", "journal", "gazette", "herald", "telegraph", "guardian", "observer", "mirror",
    "express", "chronicle", "magazine", "newspaper", "tribune", "post", "independent", "economist",
    "courier", "ledger", "inquirer", "examiner", "echo", "argus", "advertiser",
    "today", "weekly", "daily",  # "Qadirah Today reported", "Meridian Weekly": a paper, not a person
    "haber", "ajansi", "gazetesi",  # Turkish: news, agency, newspaper ("Cudi Haber", "Anadolu Ajansi")
})
PUBLICATION_ONLY_IN_NAMES = frozenset({"today", "weekly", "daily"})  # alone, no paper: "The Daily and Sunday Telegraph"
EVENT_HEADS = {
    "mass", "day", "eve", "festival", "games", "cup", "awards", "summit", "conference", "campaign",
    "programme", "program", "slot", "show", "inquiry", "review", "prize", "olympics", "championship",
    "election", "elections", "war", "act", "bill", "budget", "treaty", "agreement", "accord", "plan",
    "paper", "papers", "live", "memorandum", "understanding", "exhibition",
}
STORM_WORDS = {"hurricane", "storm", "typhoon", "cyclone", "tornado", "operation"}
# Offices that end a phrase naming no one ("Higher Education Minister"); not "Major", "King" or
# "Judge", which are surnames too.
ROLE_ENDINGS = {"minister", "secretary", "president", "chairman", "chairwoman", "spokesman", "spokeswoman",
                "director", "officer", "mayor", "governor", "ambassador", "envoy", "commissioner"}
GROUP_NOUNS = {"people", "children", "families", "women", "men", "workers", "voters", "bonds", "shares"}
ORG_CONTEXT = re.compile(r"\b(?:firm|company|companies|group|maker|giant|rival|shares|stake|takeover|bid|merger|"
                         r"acquisition|brand|owner|subsidiary|its|plc|retailer|carrier|airline|producer|chain|"
                         r"conglomerate|operator|investors|customers|profits?|sales|bought|acquired)\b")
# A noun just before a name that says what the name is: "investment bank Merrill Lynch", "auditors
# Grant Thornton", "the news agency Agence France Presse". Read right before the name, not anywhere
# near it as ORG_CONTEXT is, it outweighs a pronoun nearby.
DESCRIBED_AS_BODY = re.compile(
    r"\b(?:bank|firm|company|group|maker|giant|rival|retailer|carrier|airline|agency|auditors?|insurer|broker|"
    r"brokerage|lender|consultancy|consultants|accountants|producer|manufacturer|supermarket|brewer|publisher|"
    r"broadcaster|conglomerate|operator|chain|regulator|watchdog|charity|think-tank|fund|house|exchange|label)"
    r" $")
# ... or right after it, as a modifier: "its Alfa Romeo subsidiary", "the Hang Seng index"
BODY_AFTER = re.compile(r" (?:[a-z]+ )?(?:subsidiary|marque|brand|bank|shipyard|index|unit|division|brewery|plant|"
                        r"factory|airline|label|chain|stores|shares)\b")
OWN_S_WORD = re.compile(r"\w['’]s\b")  # a name that keeps its 's (entities.OWNED_S): "McDonald's"
THE_BEFORE = re.compile(r"\b[Tt]he $")  # "at the Inland Revenue": a person is seldom "the" Firstname Surname
PARTICLES = CONNECTORS - {"of", "for"}  # "da", "van", "al": inside people's names
AFTER_PERSON = re.compile(r"\b([A-Z][a-z][\w'’-]*) (?:of|at) $")  # "analyst Mike Powell of …": a person's employer
AFTER_JOB = re.compile(r"\b(?:analyst|economist|strategist|trader|dealer|partner|specialist|consultant|researcher|"
                       r"fellow|lecturer|adviser|executive|chairman|director|manager|spokesman|spokeswoman|founder|"
                       r"boss|employee|worker|banker)s? (?:at|of|with) $")
PERSON_CONTEXT = re.compile(r"\b(?:he|she|his|her|him|who|aged|Mr|Mrs|Ms|Dr|Sir)\b")
# A family word before a name, maybe with the names listed before it: "his wife, Sandra", "his two sons,
# Avi and Joel", "princes William and Harry"
KIN_BEFORE = re.compile(r"\b(?:wife|husband|sons?|daughters?|mother|father|brothers?|sisters?|half-sister|"
                        r"half-brother|princes?|princess|grandsons?|granddaughters?|stepsons?|stepdaughters?|"
                        r"fiancée?|widow|widower|twins|nephew|niece|cousin|uncle|aunt)(?:,| -)? "
                        r"(?:[A-Z][\w'’-]*(?:,| and| or)? ){0,3}$")
NOT_GIVEN_NAMES = {  # first words of multi-word names that are not people's
    "north", "south", "east", "west", "central", "upper", "lower", "new", "old", "great", "royal",
    "national", "international", "world", "human", "daily", "air", "former", "united", "federal",
    "global", "general", "first", "second", "third", "grand", "greater", "northern", "southern",
    "eastern", "western", "saint", "st", "fort", "lake", "mount", "port", "sunday", "evening",
    "financial", "free", "social", "liberal", "democratic", "socialist", "green", "red", "blue",
    "deutsche", "banco", "credit", "societe", "dow", "standard", "china", "japan", "bank",
}
LIST_END = re.compile(r"\s*(?:,|and\b|or\b|\.|;|\)|$)")
POSSESSIVE_AT = re.compile(r"['’]s?\b")
LIST_GAP = re.compile(r",\s*|\s+and\s+|,\s+and\s+|\s+or\s+|,\s+or\s+")
CAMPAIGN_VERBS = {"stop", "save", "keep", "protect", "defend", "fight", "vote"}
_PLACE_WORDS = (r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+|"
                r"\b(?:town|city|village|port|resort|capital|province|region|district|island|county|suburb|hamlet)\s+of\s+"
                r"(?:neighbou?ring\s+)?|"  # "the capital of neighbouring Tarsia"
                # "the neighbouring Federation of Ostrelia", "flights between Portmarren and", "routes from Lisvane"
                r"\bneighbou?ring\s+|\b(?:flights?|routes?|trains?|ferr(?:y|ies)|buses|roads?)\s+(?:between|from|to)\s+|"
                r"\b(?:co-mayor|mayor|residents|outskirts|streets|neighbourhoods?|districts?)\s+of\s+|"
                r"\b(?:capital|port\s+city|home\s+town|hometown),\s+|"  # "the Dareeni capital, Sarrah,"
                # "the national capital Davrograd"
                r"\bthe\s+(?:(?:national|regional|provincial|state|federal|old|new)\s+)?capital\s+|"
                r"\b(?:districts|cities|towns|villages|provinces|regions|neighbourhoods)\s+"
                r"(?:such\s+as|like|including)\s+(?:[A-Z][\w'’-]*,\s+)*|"
                r"\b(?:flew|flown|flying|travelled|traveled|travelling|traveling|trip|journey|fled|deported)"
                r"\s+(?:back\s+)?to\s+|"
                # "farmers along the Ilvar", "the banks of the Ilvar", "downstream on the Ilvar": a river, a coast
                r"\b(?:along|(?:up|down)stream\s+(?:on|of|from)|banks?\s+of|waters\s+of|mouth\s+of)\s+(?:the\s+)?|"
                # "in northern Velmora", "across rural Sarvena": a part of a place, then its name
                r"\b(?:in|near|across|outside|towards)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?ern\s+|"
                r"(?:central|rural|remote|coastal|neighbouring|neighboring|mainland)\s+)?")
PLACE_CUE = re.compile(rf"(?:{_PLACE_WORDS}|\b(?:into|inside)\s+)$", re.IGNORECASE)
# PLACE_CUE without the words that as often stand before a body ("an investigation into Vodafone")
PLACE_WRITTEN = re.compile(rf"(?:{_PLACE_WORDS})$", re.IGNORECASE)
# The first word of a body's name in French, Italian, Spanish, Portuguese or German, where the name's
# particles ("du", "del", "de") would otherwise read as a person's ("Rodrigo de Rato")
FOREIGN_BODY_WORDS = frozenset({
    "banque", "banca", "banco", "avions", "compagnie", "compania", "companhia", "societe", "societa", "sociedad",
    "groupe", "grupo", "gruppo", "caisse", "cassa", "caixa", "credit", "credito", "institut", "instituto",
    "médecins", "medecins", "médicos", "medicos", "reporters", "ärzte",  # "Médecins Sans Frontières"
    "istituto", "agence", "agencia", "agenzia", "editions", "edizioni", "industrias", "industrie", "laboratoires",
    "assicurazioni", "aeroports", "aeropuertos", "ferrovie", "fondation", "fondazione", "fundacion", "fundacao",
    "partido", "parti", "partito", "mouvement", "movimiento", "movimento", "comite", "comitato", "conseil",
    "consejo", "consiglio", "cour", "corte", "universidad", "universidade", "universita", "universite", "ecole",
    "escuela", "musee", "museo", "theatre", "teatro", "ministerio", "ministero", "ministere", "bundesamt",
    "deutsche", "stiftung", "verband", "federation", "federacion", "federazione", "confederation", "union",
    "unione", "autoridad", "autorite", "direction", "direccion", "direzione", "regie", "ente",
})
# "Basra in southern Iraq", "Davos, Switzerland,": a name placed in a country or region the gazetteer knows
PLACED_IN = re.compile(r" in (?:(?:the )?(?:north|south|east|west|central)(?:ern)?(?:-(?:east|west)(?:ern)?)? )?"
                       r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")
# "head of research at Harwell Sachs", "an economist at Nordbank": where someone works is a body
WORKS_AT = re.compile(r"\b(?:economists?|analysts?|strategists?|directors?|head\s+of\s+[a-z]+(?:\s+[a-z]+)?|managers?|"
                      r"partners?|professors?|researchers?|traders?|lecturers?|executives?|officers?|advisers?|"
                      r"spokes(?:man|woman|person)|lawyers?|engineers?|employees?|staff|chairman|chairwoman)\s+at\s+$",
                      re.IGNORECASE)
HELD_IN = re.compile(r"\b(?:shares|stakes?|holdings?|investments?|investors|shareholders|trading)\s+in\s+$",
                     re.IGNORECASE)
PLACED_COMMA = re.compile(r", ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)(?=[,.;]|$)")
# "the Metina region", "Duhok province", "the Qandil mountains", "Makhmur refugee camp": a place's head
PLACE_HEAD_AFTER = re.compile(r"\s+(?:region|province|governorate|district|mountains?|valley|village|town|city|"
                              r"plains?|river|county|municipality|area|countryside|refugee camp|creek|stream|canal|"
                              r"lake|neighbourhood|co-mayor|crossing|border gate|gate|checkpoint|prison|jail)"
                              r"\b(?![\w'’-])")
PLACE_CUE_AFTER = re.compile(r",?\s+(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\b|"
                             r",\s+the\s+(?:[a-z]+\s+)?capital\s+of\b|"  # "Carrow, the capital of Tarsia"
                             # "the Dravik and Lower Sella districts": places listed before their heads
                             r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s+(?:districts|provinces|regions|"
                             r"villages|towns|cities|counties|municipalities|governorates)\b|"
                             + PLACE_HEAD_AFTER.pattern, re.IGNORECASE)


DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # "J.P. Okafor": a person's initials, no acronym
CAUSE_WORDS = frozenset({"for", "without", "against"})  # a charity's or a campaign's name: what it works for


def entity_type(text: str, role: str, sentence: Sentence, mention: Mention,
                 knowledge: Knowledge) -> tuple[str, bool]:
    words = [w.lower() for w in SPACES_OR_HYPHENS.split(text)]
    if len(words) > 2 and words[-2].rstrip(".") in ("no", "nr") and words[-1][:1].isdigit():
        words = words[:-2]  # "Public School No. 2": a school, by the words before its number
    elif len(words) > 1 and words[-1].isdigit():
        words = words[:-1]  # "Container Terminal 3", "BBC Radio 4": typed by the words before the number
    key = name_key(text)
    if "with" in words or "at" in words:  # only a title holds them (titles.py): typed as "Newsnight" is
        return "organisation", True  # "Breakfast with Frost", "World at One", "An Audience With ..."
    if PRODUCT_AFTER.match(sentence.text, mention.end) or PRODUCT_BEFORE.search(
            sentence.text, max(0, mention.start - 40), mention.start):
        return "other", True  # "Calmira Junior, a syrup made by …", "bottles of Calmira Junior": a product
    if after_vessel_word(sentence.text, mention.start) \
            or re.search(r"\b(?:MV|MT|MS|SS|FV|RV)\s+$", sentence.text[max(0, mention.start - 4):mention.start]):
        return "other", True  # "the tanker Santa Lucia", "MV Nordic Grace"
    if role and len(words) <= 4 and not is_acronym(text):
        return "person", True
    head = next((words[:i] for i, w in enumerate(words) if i and w in ("of", "for", "on")), words)  # "Institute for …"
    if len(words) > 1 and (words[-1] in EVENT_HEADS or ("of" in words[1:] and words[words.index("of", 1) - 1]
                                                         in EVENT_HEADS) or (ROMAN.fullmatch(words[-1]) and words[-2]
                                                                             in EVENT_HEADS)):
        return "other", True  # "Christmas Midnight Mass", "White Paper", "Act of Parliament", "World War II"
    if words[0] in STORM_WORDS and len(words) > 1:
        return "other", True  # "Hurricane Mitch", "Operation Desert Storm": events, not people
    if words[0] in CAMPAIGN_VERBS and len(words) > 1:
        return "organisation", True  # "Stop Stansted Expansion": a campaign is named for what it wants
    if len(words) > 2 and words[1] in CAUSE_WORDS and not is_given_name(text.split()[0]):
        return "organisation", False  # "Doctors for Peace", "Hands for Health International", "Lawyers without Borders"
    if any(w in ORG_HEADS for w in head[-2:]) or set(words) & (PUBLICATION_WORDS - PUBLICATION_ONLY_IN_NAMES) \
            or (len(words) > 1 and set(words) & PUBLICATION_ONLY_IN_NAMES) \
            or words[0] in {"ministry", "council", "office", "department"} \
            or (len(words) > 1 and words[-1] in SURNAME_HEADS and not is_given_name(words[0])):
        return "organisation", True
    if len(words) == 2 and words[-1] in SURNAME_HEADS_OF_PLACES and is_given_name(text.split()[0]) \
            and not WHERE_BEFORE.search(sentence.text[max(0, mention.start - 12):mention.start]) \
            and (role_after(sentence.text, mention.end) or PERSON_AFTER.match(sentence.text, mention.end)):
        return "person", True  # "Ruth Lane, the Minister of Health,", "Tony Hall said": not a street
    if len(words) == 2 and words[-1] in SURNAMES_OF_LANDS and is_given_name(text.split()[0]) \
            and not WHERE_BEFORE.search(sentence.text[max(0, mention.start - 12):mention.start]):
        return "person", True  # "David Hill said", "Dennis Hills": not "in Minsa Vale"
    if (key in knowledge.places and not is_acronym(text)) or words[-1] in PLACE_HEADS or head[-1] in PLACE_HEADS \
            or (len(words) > 1 and words[0] in PLACE_OPENERS):  # "Cape Dunmore", "Mount Kenya", "Lake Ohrid"
        return "place", True  # "Sunderland station", "Palace of Westminster"; not "TOV" for Töv, Mongolia
    if is_acronym(text):
        return "organisation", False
    if " & " in text:
        return "organisation", True  # "Johnson & Johnson", "Marks & Spencer": partners' names make a firm
    if sentence.text.startswith("-based", mention.end):
        return "place", True  # "Santa Monica-based Activision"
    window = sentence.text[max(0, mention.start - 40):mention.start]
    if HELD_IN.search(window):
        return "organisation", False  # "shares in Boeing", "a stake in Unilever": a company's
    if WORKS_AT.search(window):
        return "organisation", True  # "head of research at Harwell Sachs": Harwell is a given name too
    cued = PLACE_CUE.search(window) and not POSSESSIVE_AT.match(sentence.text, mention.end)  # not "in Tony Blair's"
    placed = len(words) == 1 and _placed(sentence.text, mention)
    if cued or placed or PLACE_CUE_AFTER.match(sentence.text, mention.end):
        return "place", False
    if OWN_S_WORD.search(text):
        return "organisation", False  # "Marshall Field's", "John Smith's": a shop's or a brand's, no one's name
    if len(words) > 1 and name_key(words[0]) in FOREIGN_BODY_WORDS:
        return "organisation", False  # "Banque du Caire", "Avions de Transport Regional": a body in its own tongue
    # Particles inside a name are a person's ("Mahmoud al-Hassan", "Ludwig van Beethoven"), not when they open it
    named = [w for w in words if w not in PARTICLES]
    if text[:1].islower() and words[0] in PARTICLES and 1 <= len(named) <= 2:
        return "person", False  # "de la Fuente Varga", "van der Berg": a surname, its particles in lower case first
    # (up to four words besides up to three particles: "Ana-Lucía de la Fuente Varga", whose given name is two)
    if 2 <= len(named) <= 4 and len(words) - len(named) <= 3 and len(words) <= 8 and words[0] not in PARTICLES \
            and all(w[:1].isalpha() for w in words) \
            and not set(words) & ((CONNECTORS - PARTICLES) | {"on"}):
        first = text.split()[0]
        if _group_cue(words, sentence.text, mention, knowledge):
            return "organisation", True
        initials = bool(DOTTED_INITIALS.fullmatch(first))
        if words[0] in NOT_GIVEN_NAMES or words[0] in NATIONALITIES or (is_acronym(first) and not initials) \
                or name_key(first) in knowledge.by_key or _place_led(first, knowledge) \
                or (_after_person(sentence.text, mention.start)
                    and not (is_given_name(first) and len(words) > 2 and words[1] in PARTICLES)):
            return "organisation", False  # "World Bank", "BBC News", "Mike Powell of Dresdner Kleinwort"
        if words[-1] in NATIONALITIES or words[-1] in GROUP_NOUNS or words[-1] in ROLE_ENDINGS:
            return "other", False  # "Evangelical Christian (schools)", "Young People": no one's name
        return "person", False
    return "other", False


def _place_led(first: str, knowledge: Knowledge) -> bool:
    """'London Underground', 'Kerala Blasters': a name opening with a place is a body's. Not when the
    place is a town that is also a given name ('George Smith said', George being a town in South
    Africa): a person is named so far more often than a body is."""
    key = name_key(first)
    if key not in knowledge.places:
        return False
    return given_name_sex(first) not in ("m", "f") or key in gazetteer_countries() or key in _states_and_regions()


def _placed(text: str, mention: Mention) -> bool:
    """'Basra in southern Iraq', 'Davos, Switzerland,': one word placed in a country, US state or
    region (not a city: 'Ford in London' is a firm's branch as often)."""
    match = PLACED_IN.match(text, mention.end) or PLACED_COMMA.match(text, mention.end)
    return bool(match) and name_key(match.group(1)) in _states_and_regions()


def _after_person(text: str, start: int) -> bool:
    """'Mike Powell of Dresdner Kleinwort': a name after 'of' and a surname, not after a title; or
    after a job's word in lower case ('an economist at Natexis Banques Populaires', 'chief executive
    of Cadbury Schweppes'): where someone works."""
    window = text[max(0, start - 40):start]
    match = AFTER_PERSON.search(window)
    return (bool(match) and match.group(1).lower() not in ROLE_WORDS) or bool(AFTER_JOB.search(window))


def _group_cue(words: list[str], text: str, mention: Mention, knowledge: Knowledge) -> bool:
    """'the Tamil Tigers', 'South Downs Tories': people are not named with 'the', and a name that
    ends in a party's name ('Tories') or a plural is a group."""
    known = knowledge.by_key.get(words[-1])
    plural = words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "is"))
    return bool(known and known.type == "organisation") or (
        plural and text[max(0, mention.start - 4):mention.start].lower() == "the ")


def demonym(text: str, knowledge: Knowledge) -> bool:
    """'Sri Lankan', 'Sri Lankans', 'Bahraini', 'Chilean', 'Brazilian', 'Japanese': the people or the
    adjective of a known place."""
    key = name_key(text)
    for cut in ("ns", "n", "is", "i", "s", "an", "ian", "ese"):
        stem = key.removesuffix(cut)
        if stem != key and len(stem) > 2:
            known = knowledge.by_key.get(stem)
            if (known and known.type == "place") or stem in _peoples_places():
                return True
    return False


def type_by_given_name(drafts: dict[str, Draft], lowercase_words: set[str]) -> None:
    """A name typed a person for want of any other evidence (no title, role, head word or cue)
    that opens with a common word, not a given name, names a body or a thing: 'Age Concern',
    'Shareholders United', 'Land Registry' (but 'Bill Clinton', 'Penny Little'). Typed an
    organisation, as most are, for the words around it to confirm or not (type_by_context)."""
    for draft in drafts.values():
        if draft.type == "person" and not (draft.confident or draft.known or draft.titles or draft.roles) \
                and common_first_word(draft.name, lowercase_words) and not _titled_surname(draft, drafts):
            draft.type = "organisation"


def _titled_surname(draft: Draft, drafts: dict[str, Draft]) -> bool:
    """Does the document title the last word of a name of three words or more ('Ms Brooks' of
    'Farmer Geoff Brooks')? Of two, the common word is no given name ('Whatever Kilroy-Silk')."""
    words = draft.name.split()
    last = drafts.get(name_key(words[-1])) if len(words) > 2 else None
    return last is not None and last is not draft and bool(last.titles)


def common_first_word(name: str, lowercase_words: set[str]) -> bool:
    """Does a name of several words open with a common word, one of the commonest in English, one
    the document writes in lower case or a verb's -ing form, that no list gives as a given name ('Age' of 'Age Concern';
    not 'Bill' of 'Bill Clinton', nor 'al-Sadr'), nor before one ('Farmer David Kelley')?"""
    words = name.split()
    if len(words) < 2:
        return False
    first = words[0]
    if len(words) > 2 and is_given_name(words[1]):
        return False  # 'Writer Neil Coppendale': a person, after a word the sentence opened with
    gerund = len(first) > 5 and first.endswith("ing") and first[1:].islower()  # 'Talking Point', 'Improving ...'
    return (first.lower() in lowercase_words or is_common_word(first) or gerund) and not is_given_name(first)


def type_by_context(drafts: dict[str, Draft], texts: dict[int, str], lowercase_words: set[str] = frozenset()) -> None:
    """A name with no title or head word is typed by the words around it: 'the drinks firm
    Pernod Ricard … its shares' is a company, 'Trevor Beattie … he said' a person, but not a name
    opening with a common word ('Age Concern … who'; type_by_given_name)."""
    for draft in drafts.values():
        if draft.confident or draft.known:
            continue
        if draft.type == "person" and draft.roles and person_shaped(draft.name):
            continue  # "Halvard Strøm, the company's chief executive,": his office, not a cue that he is a company
        votes = 0
        # "the media company controlled by billionaire Rupert Murdoch": a cue word near a full name with a
        # given name may be another name's; only the nouns right beside it speak for it
        named = person_shaped(draft.name) and is_given_name(draft.name.split()[0])
        lone = lone_given_name(draft.name)
        kin = 0  # mentions after a family word
        headed = False  # "Duhok province": a place whatever "the group ... its" says around it
        for mention in draft.mentions:
            text = texts[mention.sentence]
            headed = headed or (draft.type == "place" and PLACE_HEAD_AFTER.match(text, mention.end) is not None)
            before = text[max(0, mention.start - 50):mention.start]
            around = before + " " + text[mention.end:mention.end + 50]
            # "Lordkipanidze's company", "his firm": a body someone owns says nothing of what the owner is
            owned = len(ORG_CONTEXT.findall(owns.group())) if (owns := OWNS_BODY.match(text, mention.end)) else 0
            votes += (0 if named else len(ORG_CONTEXT.findall(around)) - owned) - len(PERSON_CONTEXT.findall(around))
            described = DESCRIBED_AS_BODY.search(before) or BODY_AFTER.match(text, mention.end)
            votes += 2 * bool(described) + _the_before_full_name(draft, mention, before)
            votes -= 2 * _subject_then_pronoun(text, mention, texts.get(mention.sentence + 1, ""))
            kin += bool(KIN_BEFORE.search(before))
        if lone and (kin or (votes <= 0 and draft.type in ("other", "organisation")
                             and given_name_sex(draft.name) in ("m", "f"))):  # not "Ford", "Essex", "Liberty"
            # 'his two sons, Avi and Joel', 'Anna, Erik and Tomas were released': no surname to be merged
            # under, and nothing around says a body
            draft.type = "person"
        elif votes > (1 if draft.type == "place" else 0) and not headed:  # a place cue ("in X") is outvoted only twice
            draft.type = "organisation"
        elif votes < 0 and person_shaped(draft.name) and not common_first_word(draft.name, lowercase_words):
            draft.type = "person"


PRONOUN_SUBJECT = re.compile(r"\W*(?:He|She)\b")


def _subject_then_pronoun(text: str, mention: Mention, following: str) -> bool:
    """'Shami Chakrabarti, from human rights group Liberty, joined calls … She said:': a name that
    opens its sentence, and the next sentence opens with 'he' or 'she', is a person's."""
    return not text[:mention.start].strip(" \"“‘'(") and bool(PRONOUN_SUBJECT.match(following))


def lone_given_name(name: str) -> bool:
    """One word that is a given name and no common word: 'Sandra', not 'Will'."""
    return " " not in name and is_given_name(name) and not is_common_word(name) and not is_acronym(name)


def _the_before_full_name(draft: Draft, mention: Mention, before: str) -> bool:
    """'at the Inland Revenue', 'the Beaufort Hunt': a name typed a person for its shape, written in
    full after 'the', is seldom anyone's ('the Planning Minister', typed otherwise, is not asked)."""
    return draft.type == "person" and " " in mention.text and bool(THE_BEFORE.search(before))


def person_shaped(name: str) -> bool:
    """Two to four capitalised words besides particles ('da', 'al'), not opening like a place or a body:
    'Trevor Beattie' may be a person, 'North East Says No' or 'Act of Parliament' may not."""
    words = [LOWER_PREFIX.sub("", w) for w in name.split()]  # "al-Shammari"
    names = [w for w in words if w.lower() not in PARTICLES]
    return 2 <= len(names) <= 4 and all(w[:1].isupper() for w in names) and not OWN_S_WORD.search(name) \
        and names[0].lower() not in NOT_GIVEN_NAMES | NATIONALITIES and not is_acronym(names[0]) \
        and name_key(names[0]) not in FOREIGN_BODY_WORDS \
        and names[-1].lower() not in NATIONALITIES | GROUP_NOUNS | ROLE_ENDINGS


# "Halifax, the country's biggest mortgage lender": a body described after its name
DESCRIBED_AFTER = re.compile(r", (?:the|a|an|its) (?:[\w'’-]+ ){0,4}?(?:lender|bank|firm|company|group|airline|carrier|"
                             r"retailer|maker|network|operator|brewer|insurer|subsidiary|unit|parent|owner)\b")
ENDS_PHRASE = re.compile(r"(?:,(?! [A-Z])|[.;:)]| (?:has|have|had|is|was|said|says)\b)")  # not a list: "the Paris, ..."
GROUP_AFTER = re.compile(r" group\b")  # "the Tata group": no town's
PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|around|across|throughout)\s$")
OWNS_BODY = re.compile(r"(?:['’]s?|,?\s+whose)\s+(?:[\w-]+\s+)?(?:company|companies|firm|firms|business|businesses)\b",
                       re.IGNORECASE)
# A state's own offices and organs after its name ("Azmir's water minister", "Varosh's Deputy Foreign
# Minister") or before it ("the foreign ministers of Varosh and Azmir", "the government of Varosh"; not
# "Minister of Finance", a portfolio)
STATE_AFTER = re.compile(r"['’]s (?:[\w-]+ ){0,3}?(?:minist(?:er|ers|ry)|parliament|embassy|independence|constitution|"
                         r"armed forces|government)\b", re.IGNORECASE)  # "since Norvalia's independence in 1991"
STATE_BEFORE = re.compile(r"\b(?:ministers|government|parliament|embassy|capital|(?:foreign|prime|defen[cs]e|interior|"
                          r"finance|justice|trade)\s+minister) of (?:the )?(?:[A-Z][\w'’-]* and )?$", re.IGNORECASE)
# Where a place is written beside others: "crossings at Harran Gate", "residents of Mirabad"
PLACE_AT = re.compile(r"\b(?:crossings?|border posts?|checkpoints?|arrived|landed|left for|returned to|return to|"
                      r"residents of|arrival in)\s+(?:at\s+)?$", re.IGNORECASE)
DEMONYM_ENDINGS = ("i", "n", "an", "ian", "ese", "ish", "ite")


def type_places_by_cues(drafts: dict[str, Draft], texts: dict[int, str]) -> None:
    """A name no knowledge types, typed an organisation or a person by its first mention's shape or
    by default ("Telmar", "Harran Gate"), is a place where its mentions say so more than they say
    otherwise: written where places are ("in Telmar", "left for Telmar", "crossings at Harran
    Gate"), as a state ("Azmir's water minister", "the foreign ministers of Varosh and Azmir"), or
    with its people's adjective in the text ("Varoshi", beside "Varosh"). Not a name a title, a
    head word or the knowledge typed, nor one a body's words stand beside ("shares in Telmar")."""
    for key, draft in drafts.items():
        if draft.confident or draft.known or draft.type == "place" or draft.titles \
                or is_given_name(draft.name.split()[0]):
            continue
        one_word = " " not in key and draft.type != "person"  # "Putin's ministers": a person's
        place = sum(placed_here(texts[m.sentence], m, one_word) for m in draft.mentions) \
            + (one_word and any(key + ending in drafts for ending in DEMONYM_ENDINGS))
        if place and not any(_body_here(texts[m.sentence], m, draft) for m in draft.mentions):
            draft.type = "place"


def placed_here(text: str, mention: Mention, one_word: bool) -> bool:
    """Is the mention written where a place is, or (one word, no person's) as a state is?"""
    before = text[max(0, mention.start - 40):mention.start]
    if one_word and (STATE_AFTER.match(text, mention.end) or STATE_BEFORE.search(before)):
        return True
    return bool(PLACE_AT.search(before) or (PLACE_WRITTEN.search(before) and not HELD_IN.search(before)
                                            and not POSSESSIVE_AT.match(text, mention.end)))


def _body_here(text: str, mention: Mention, draft: Draft) -> bool:
    """Words beside a mention that say it is a body, or (typed a person) someone."""
    before, after = text[max(0, mention.start - 50):mention.start], text[mention.end:mention.end + 50]
    if draft.type == "person" and PERSON_CONTEXT.search(before[-20:] + " " + after[:20]):
        return True
    return bool(DESCRIBED_AS_BODY.search(before) or BODY_AFTER.match(text, mention.end) or HELD_IN.search(before)
                or ORG_CONTEXT.search(before[-15:] + " " + after[:15]))


def type_by_body_cues(drafts: dict[str, Draft], texts: dict[int, str], knowledge: Knowledge) -> None:
    """A town's name that a company shares ('Halifax', 'Toyota', 'Delta', 'Orange') is typed a place
    by the gazetteer: a body when the words beside it say so ('car maker Toyota', 'the Halifax said',
    'Delta, parent of Comair', 'Halifax, the biggest mortgage lender') and none says it is a place ('in
    Halifax'). Countries and states are not asked: they act as bodies ('China said') and are places."""
    governed = states()
    for key, draft in drafts.items():
        if draft.type != "place" or key not in knowledge.places or key in knowledge.by_key or key in governed \
                or name_key(draft.name.split()[-1]) in PLACE_HEADS:  # "the North East has ...": a region's name
            continue
        body = place = 0
        for mention in draft.mentions:
            text = texts[mention.sentence]
            before = text[max(0, mention.start - 50):mention.start]
            place += bool(PLACE_BEFORE.search(before)) or text.startswith("-based", mention.end)
            # 'the' only before a name that ends a phrase ('the Halifax has said'): 'the London exchange',
            # 'the Birmingham plant' are the city's, as 'the Bush administration' is no town's
            body += bool(DESCRIBED_AS_BODY.search(before) or DESCRIBED_AFTER.match(text, mention.end)
                         or GROUP_AFTER.match(text, mention.end)
                         or (THE_BEFORE.search(before) and ENDS_PHRASE.match(text, mention.end)))
        if body and not place:
            draft.type = "organisation"


@lru_cache(maxsize=1)
def _peoples_places() -> frozenset[str]:
    """Keys of the gazetteer's countries, US states and cities, whose peoples a text names ('Chileans',
    'Texans'); not its regions, many of short names that would make common words peoples ('Cairn' of
    Čair, Skopje)."""
    names = gazetteer_names()
    return frozenset(name_key(name) for kind in ("country", "us-state", "city") for name in names[kind])


@lru_cache(maxsize=1)
def _states_and_regions() -> frozenset[str]:
    return states() | frozenset(name_key(name) for name in gazetteer_names()["region"])


@lru_cache(maxsize=1)
def states() -> frozenset[str]:
    """Keys of the gazetteer's countries and US states."""
    return gazetteer_countries() | frozenset(name_key(name) for name in gazetteer_names()["us-state"])


def type_by_company(drafts: dict[str, Draft], texts: dict[int, str]) -> None:
    """An unknown name listed beside places is a place: 'Qandil, Sinjar and Sulaymaniyah'."""
    for _ in range(4):  # a list's members type each other, from the known one outwards
        places: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for draft in drafts.values():
            if draft.type == "place":
                for m in draft.mentions:
                    places[m.sentence].append((m.start, m.end))
        for spans in places.values():
            spans.sort()
        changed = False
        for draft in drafts.values():
            if not draft.confident and draft.type != "place" and not _full_name(draft) and any(
                    _listed_beside(m, places.get(m.sentence, []), texts[m.sentence]) for m in draft.mentions):
                draft.type, changed = "place", True
        if not changed:
            return


def _full_name(draft: Draft) -> bool:
    """A person's name in full ('Robert Thame' in "from Ledbury, Herefordshire, Robert Thame, 34";
    'Ayşe Karakaya' in "the co-mayor of Eyyübiye, Ayşe Karakaya"), which a list of places beside it
    does not make a place."""
    return draft.type == "person" and person_shaped(draft.name) and bool(given_name_sex(draft.name.split()[0]))


def _listed_beside(mention: Mention, spans: list[tuple[int, int]], text: str) -> bool:
    """Is the nearest place mention before or after this one separated only by ', ' or 'and'?"""
    if not LIST_END.match(text, mention.end):
        return False  # "in China, and Lenovo's sales": a new clause, not a list
    index = bisect.bisect_left(spans, (mention.start, mention.end))
    neighbours = spans[max(0, index - 1):index + 2]
    return any(LIST_GAP.fullmatch(text[min(end, mention.end):max(start, mention.start)])
               and not (start > mention.start and POSSESSIVE_AT.match(text, end))  # "Varig, Brazil's airline"
               for start, end in neighbours if (start, end) != (mention.start, mention.end))


def is_acronym(word: str) -> bool:
    return bool(ACRONYM.fullmatch(word)) and word.upper() != "I"

