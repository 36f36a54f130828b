"""Step 3c: people, organisations and places, with their mentions merged into one entity each.

Rule-based and offline: runs of capitalised words are candidates; titles in front of a name
become roles ("Turkish Interior Minister Süleyman Soylu" → Süleyman Soylu, role kept); variants
merge by an accent-free key, by the knowledge file (Türkiye / Turkey), by acronym definitions
("Kurdistan Workers Party (PKK)") and by surname ("Soylu" → Süleyman Soylu). Places are typed
with the gazetteer and the knowledge files (knowledge.py); a maintainer's curated file wins.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field

from .knowledge import Knowledge, name_key
from .model import Document, Entity, Mention, Sentence

TOKEN = re.compile(r"[^\W\d_][\w’'.\-]*[\w]|[^\W\d_]")
CONNECTORS = {"of", "for", "al", "bin", "de", "del", "der", "den", "van", "von", "la", "le", "du", "da", "di"}
ORG_HEADS = {
    "ministry", "party", "council", "organization", "organisation", "agency", "army", "forces",
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
}
PLACE_HEADS = {
    "region", "province", "governorate", "mountains", "mountain", "camp", "river", "valley", "sea",
    "gulf", "city", "county", "district", "island", "islands", "strait", "border", "street",
    "square", "peninsula", "desert", "empire", "republic", "kingdom", "east", "west", "coast",
    "palace", "abbey", "cathedral", "airport", "station", "stadium", "park", "bridge", "castle",
    "dome", "village", "arena", "hall", "tower", "estate",
}
CORE_ROLES = {
    "president", "minister", "secretary", "general", "gen", "chief", "chancellor", "king", "queen",
    "prince", "sheikh", "mr", "mrs", "ms", "dr", "senator", "governor", "ambassador", "chairman",
    "chairwoman", "director", "commander", "spokesman", "spokeswoman", "spokesperson", "mayor",
    "leader", "counterpart", "envoy", "officer", "speaker", "lord", "lady", "sir", "colonel", "col",
    "lieutenant", "captain", "major", "judge", "professor", "prof", "ceo", "chair", "economist",
    "analyst", "reporter", "correspondent", "editor", "boss", "manager", "founder", "candidate",
    "mp", "pm", "head", "pope", "emir", "premier", "treasurer", "commissioner", "qc", "mep", "msp",
    "baroness", "dame", "rev", "bishop", "archbishop", "general secretary", "whip", "president-elect",
    "cardinal", "dj", "presenter", "host", "broadcaster", "comedian", "actor", "actress", "singer", "novelist",
    "lawyer", "barrister", "campaigner", "activist", "coach", "striker",
}
ROLE_MODIFIERS = {
    "interior", "foreign", "defence", "defense", "prime", "deputy", "finance", "economy", "trade",
    "justice", "health", "education", "energy", "home", "shadow", "former", "vice", "acting",
    "executive", "senior", "chief", "general", "attorney", "state", "of", "industry", "culture",
    "transport", "environment", "work", "pensions", "constitutional", "international", "development",
    "business", "treasury", "labour", "tory", "conservative", "democrat", "republican",
    "affairs", "security", "intelligence", "police", "army", "military", "party", "opposition",
    "junior", "assistant", "managing", "chairman", "union", "policy", "communications",
    "exchequer", "duchy", "lancaster", "household", "privy", "seal",
}
ROLE_WORDS = CORE_ROLES | ROLE_MODIFIERS
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
}
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
    "oh", "well", "just", "please", "whose", "maybe", "okay", "ok", "look", "now", "here", "thanks",
    "sorry", "perhaps", "indeed", "clearly", "instead", "yesterday", "today's", "tomorrow", "ex",
}
POSSESSIVE = re.compile(r"(?:’s|'s)$")
ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|as|ash|bin|ibn)-[A-Z]")
NAME_AFTER_AND = re.compile(r" (?:[A-Z][\w'-]*\s){0,3}([A-Z][\w-]*)")
ACRONYM = re.compile(r"[A-Z][A-Za-z]?[A-Z]{1,5}s?|(?:[A-Z]\.){2,4}")
ACRONYM_DEFINITION = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z]{1,6}),?\)")
PUBLICATION_WORDS = {
    "times", "supplement", "journal", "gazette", "herald", "telegraph", "guardian", "observer", "mirror",
    "express", "chronicle", "magazine", "newspaper", "tribune", "post", "independent", "economist",
}
EVENT_HEADS = {
    "mass", "day", "eve", "festival", "games", "cup", "awards", "summit", "conference", "campaign",
    "programme", "program", "slot", "show", "inquiry", "review", "prize", "olympics", "championship",
    "election", "elections", "war", "act", "bill", "budget", "treaty", "agreement", "accord", "plan",
}
ORG_CONTEXT = re.compile(r"\b(?:firm|company|companies|group|maker|giant|rival|shares|stake|takeover|bid|merger|"
                         r"acquisition|brand|owner|subsidiary|its|plc|retailer|carrier|airline|producer|chain|"
                         r"conglomerate|operator|investors|customers|profits?|sales|bought|acquired)\b")
PERSON_CONTEXT = re.compile(r"\b(?:he|she|his|her|him|who|aged|Mr|Mrs|Ms|Dr|Sir)\b")
GERUND_OPENERS = {"analysing", "analyzing", "repealing", "introducing", "explaining", "according", "including",
                  "following", "using", "speaking", "writing", "commenting", "reporting"}
NOT_GIVEN_NAMES = {  # first words of multi-word names that are not people's
    "north", "south", "east", "west", "central", "upper", "lower", "new", "old", "great", "royal",
    "national", "international", "world", "human", "daily", "air", "former", "united", "federal",
    "global", "general", "first", "second", "third", "grand", "greater", "northern", "southern",
    "eastern", "western", "saint", "st", "fort", "lake", "mount", "port", "sunday", "evening",
    "financial", "free", "social", "liberal", "democratic", "socialist", "green", "red", "blue",
    "deutsche", "banco", "credit", "societe", "dow", "standard", "china", "japan", "bank",
}
AND_HEADS = {  # names that hold an "and": "Food and Agriculture Organisation", "Trade and Industry"
    "organisation", "organization", "centre", "center", "system", "industry", "development", "commission",
    "committee", "council", "department", "ministry", "agency", "association", "institute", "office",
    "authority", "skills", "services",
}
OF_HEADS = {
    "house", "bank", "ministry", "department", "secretary", "memorandum", "university", "republic",
    "kingdom", "state", "states", "chamber", "chambers", "court", "isle", "bay", "gulf", "duke",
    "prince", "princess", "archbishop", "bishop", "chancellor", "bill", "act", "treaty", "council",
    "institute", "school", "college", "museum", "church", "city", "district", "province", "region",
    "federation", "union", "league", "board", "office", "organisation", "organization", "association",
    "society", "academy", "centre", "center", "commission", "committee", "people's", "friends",
}
LIST_END = re.compile(r"\s*(?:,|and\b|or\b|\.|;|\)|$)")
LIST_GAP = re.compile(r",\s*|\s+and\s+|,\s+and\s+|\s+or\s+|,\s+or\s+")
PLACE_CUE = re.compile(r"(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+|"
                       r"\b(?:in|near|into|across|outside|inside|towards)\s+)$", re.IGNORECASE)
PLACE_CUE_AFTER = re.compile(r",?\s+(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\b",
                             re.IGNORECASE)


@dataclass
class _Draft:
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    description: str = ""
    confident: bool = False  # typed by knowledge, a role, a head word or a definition
    mid_sentence: bool = False  # seen capitalised away from a sentence's start
    known: bool = False  # named in the knowledge file or the gazetteer: never folded into another


def extract_entities(document: Document, knowledge: Knowledge) -> tuple[Entity, ...]:
    sentences = document.body_sentences
    lowercase_words = {w for s in sentences for w in re.findall(r"\b[a-z][a-z'-]+\b", s.text)}
    drafts: dict[str, _Draft] = {}
    acronyms: dict[str, str] = {}  # acronym key -> expansion key, from "Expansion (ACR)"
    terms = {m.group(1) for s in sentences for m in re.finditer(r"\b[a-z]+ [a-z]+ \(([A-Za-z]{2,8})\)", s.text)}
    for sentence in sentences:
        first = _sentence_start(sentence.text)  # found once: rescanning it per name made long lines quadratic
        for mention, role in _candidates(sentence, first, lowercase_words, knowledge):
            if mention.text not in terms:  # "foreign terrorist fighters (FTFs)": a term, not a name
                _add_mention(drafts, mention, role, sentence, first, knowledge, acronyms)
    _merge_acronyms(drafts, acronyms)
    _merge_spellings(drafts)
    _merge_short_forms(drafts)
    texts = {s.index: s.text for s in sentences}
    _type_by_context(drafts, texts)
    _type_by_company(drafts, texts)
    return _finish(drafts)


def _type_by_context(drafts: dict[str, _Draft], texts: dict[int, str]) -> None:
    """A name with no title or head word is typed by the words around it: 'the drinks firm
    Pernod Ricard … its shares' is a company, 'Trevor Beattie … he said' a person."""
    for draft in drafts.values():
        if draft.confident or draft.known:
            continue
        votes = 0
        for mention in draft.mentions:
            text = texts[mention.sentence]
            around = text[max(0, mention.start - 50):mention.start] + " " + text[mention.end:mention.end + 50]
            votes += len(ORG_CONTEXT.findall(around)) - len(PERSON_CONTEXT.findall(around))
        if votes > (1 if draft.type == "place" else 0):  # a place cue ("in X") is outvoted only twice
            draft.type = "organisation"
        elif votes < 0 and len(draft.name.split()) > 1:
            draft.type = "person"


def _type_by_company(drafts: dict[str, _Draft], texts: dict[int, str]) -> None:
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
            if not draft.confident and draft.type != "place" and any(
                    _listed_beside(m, places.get(m.sentence, []), texts[m.sentence]) for m in draft.mentions):
                draft.type, changed = "place", True
        if not changed:
            return


def _listed_beside(mention: Mention, spans: list[tuple[int, int]], text: str) -> bool:
    """Is the nearest place mention before or after this one separated only by ', ' or 'and'?"""
    if not LIST_END.match(text, mention.end):
        return False  # "in China, and Lenovo's sales": a new clause, not a list
    index = bisect.bisect_left(spans, (mention.start, mention.end))
    neighbours = spans[max(0, index - 1):index + 2]
    return any(LIST_GAP.fullmatch(text[min(end, mention.end):max(start, mention.start)])
               for start, end in neighbours if (start, end) != (mention.start, mention.end))


def _merge_spellings(drafts: dict[str, _Draft]) -> None:
    """'TimeWarner' and 'Time Warner'; 'NAO' and 'National Audit Office' (initials, no definition)."""
    squashed: dict[str, str] = {}
    for key in sorted(drafts, key=lambda k: (-len(drafts[k].mentions), k)):
        flat = key.replace(" ", "")
        if flat in squashed and squashed[flat] in drafts:
            _absorb(drafts, key, squashed[flat])
        else:
            squashed[flat] = key
    initials: dict[str, list[str]] = {}
    for key in drafts:
        words = [w for w in key.split() if w not in CONNECTORS and w != "and"]
        if len(words) >= 2 and drafts[key].type in ("organisation", "other", "person"):
            initials.setdefault("".join(w[0] for w in words), []).append(key)
    for key in list(drafts):
        draft = drafts.get(key)
        if draft and _is_acronym(draft.name) and len(initials.get(key, [])) == 1 and initials[key][0] != key:
            target = initials[key][0]
            _absorb(drafts, key, target)
            if drafts[target].type == "person":
                drafts[target].type = "organisation"


def _candidates(sentence: Sentence, first: int, lowercase_words: set[str],
                knowledge: Knowledge) -> list[tuple[Mention, str]]:
    """Runs of capitalised tokens (with name connectors), role words peeled off the front;
    `first` is where the sentence's first word starts (_sentence_start)."""
    found: list[tuple[Mention, str]] = []
    for run in _capitalised_runs(sentence.text):
        tokens = _trim(run, sentence.text, first, lowercase_words, knowledge)
        if not tokens:
            continue
        body, tokens = _split_at_role(tokens)
        while tokens and tokens[0][2].lower() in CONNECTORS | {"the", "and"}:
            tokens = tokens[1:]  # "Minister for Europe Denis MacShane"
        if not tokens:
            continue
        if body and not _nationality_only(body, knowledge):
            found.append((Mention(sentence.index, body[0][0], body[-1][1],
                                  sentence.text[body[0][0]:body[-1][1]]), ""))
        name = _peel_role(tokens)
        for prefix in _known_prefixes(tokens[: len(tokens) - len(name)], knowledge):
            found.append((Mention(sentence.index, prefix[0], prefix[1], prefix[2]), ""))
        while len(name) > 1 and name[-1][2].lower() in CORE_ROLES:
            name = name[:-1]  # "Margaret Moran MP"
        if len(name) > 2 and _is_acronym(name[0][2]) and _known_place(name[0][2], knowledge) \
                and name_key(" ".join(t[2] for t in name)) not in knowledge.by_key:
            found.append((Mention(sentence.index, name[0][0], name[0][1], name[0][2]), ""))
            name = name[1:]  # "US Securities and Exchange Commission": a place, then an organisation
        name = _peel_role(_split_known_prefix(name, knowledge, found, sentence))  # "the BBC Mr Howard"
        for part in _split_compounds(name, knowledge):
            start, end = part[0][0], part[-1][1]
            found.append((Mention(sentence.index, start, end, sentence.text[start:end]),
                          _role_before(sentence.text, start)))
    return found


def _split_known_prefix(name: list[tuple[int, int, str]], knowledge: Knowledge,
                        found: list[tuple[Mention, str]], sentence: Sentence) -> list[tuple[int, int, str]]:
    """'Liberal Democrat Sarah Teather': a known party or body, then a person's name."""
    if name_key(" ".join(t[2] for t in name)) in knowledge.by_key:
        return name
    for width in (3, 2, 1):
        known = knowledge.by_key.get(name_key(" ".join(t[2] for t in name[:width])))
        if known and known.type != "place" and len(name) - width >= 2:
            start, end = name[0][0], name[width - 1][1]
            found.append((Mention(sentence.index, start, end, sentence.text[start:end]), ""))
            return name[width:]
    return name


def _known_prefixes(role: list[tuple[int, int, str]], knowledge: Knowledge) -> list[tuple[int, int, str]]:
    """'Tory leader Michael Howard': the party in a role is itself a mention."""
    found = []
    index = 0
    while index < len(role):
        for width in (3, 2, 1):
            words = role[index:index + width]
            text = " ".join(t[2] for t in words)
            bare = re.sub(r"^(?i:ex)-", "", text)  # "Ex-Labour MP": a mention of Labour
            if len(words) == width and name_key(bare) in knowledge.by_key and words[-1][2].lower() not in CORE_ROLES:
                found.append((words[-1][1] - len(bare), words[-1][1], bare))
                index += width - 1
                break
        index += 1
    return found


def _capitalised_runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Tokens (start, end, word) grouped into runs of capitalised words joined by single spaces."""
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    previous_end = -1
    closed = False  # a possessive ends a name: "Iraq's interior minister"
    for match in TOKEN.finditer(text):
        word = POSSESSIVE.sub("", match.group(0))
        start, end = match.start(), match.start() + len(word)
        adjacent = not closed and text[previous_end:start] == " "
        capital = word[:1].isupper() or bool(ARABIC_ARTICLE.match(word))
        connector = _connects(word, current) or (word == "and" and _and_in_name(text, end))
        if current and not (adjacent and (capital or connector)):
            runs.append(current)
            current = []
        if capital or current:
            current.append((start, end, word))
        previous_end, closed = match.end(), end < match.end()
    if current:
        runs.append(current)
    return runs


def _connects(word: str, current: list[tuple[int, int, str]]) -> bool:
    """Lower-case words inside a name: 'Bank of England', 'Ministry of the Interior', 'al-Shammari'.

    'of' joins only after a word that takes an 'of' phrase, so 'Grant Wilson of Mellon Bank' is a
    person and a bank; 'the' only after 'of'.
    """
    lowered = word.lower()
    previous = current[-1][2].lower() if current else ""
    if lowered == "the":
        return previous == "of"
    if lowered == "of":
        return previous in OF_HEADS or previous in ORG_HEADS or previous in PLACE_HEADS
    return lowered in CONNECTORS


def _and_in_name(text: str, after: int) -> bool:
    """'Food and Agriculture Organisation': 'and' inside a name that ends in an organisation word."""
    following = NAME_AFTER_AND.match(text, after)
    return bool(following) and following.group(1).lower() in AND_HEADS


def _trim(run: list[tuple[int, int, str]], text: str, first: int, lowercase_words: set[str],
          knowledge: Knowledge) -> list[tuple[int, int, str]]:
    tokens = list(run)
    while tokens and "-" in tokens[0][2] and tokens[0][2].rsplit("-", 1)[1].islower():
        tokens.pop(0)  # "State-owned Rosneft"
    while tokens and (tokens[-1][2].lower() in CONNECTORS | {"the", "and"}
                      or name_key(tokens[-1][2]) in knowledge.ignore):  # "Chinese PC maker"
        tokens.pop()
    if len(tokens) > 1 and _starts_clause(text, tokens[0][0], first) and tokens[0][2].lower().endswith("ing") \
            and tokens[0][2].lower() in lowercase_words | GERUND_OPENERS:
        tokens = tokens[1:]  # "Analysing Mr Brown's record"
    while tokens and (tokens[0][2].lower() in STOPWORDS or tokens[0][2].lower() in CONNECTORS):
        if name_key(" ".join(t[2] for t in tokens)) in knowledge.by_key:
            break
        tokens.pop(0)
    if tokens and len(tokens) == 1 and _starts_clause(text, tokens[0][0], first):
        word = tokens[0][2]
        if name_key(word) not in knowledge.by_key and (word.lower() in lowercase_words or not _name_shaped(word)):
            return []  # an ordinary word capitalised only because a sentence or quote starts with it
    if tokens and re.match(r"I['’]", tokens[0][2]):
        return []  # I'm, I've
    if tokens and name_key(" ".join(t[2] for t in tokens)) in knowledge.ignore:
        return []
    return tokens


def _starts_clause(text: str, start: int, first: int) -> bool:
    """At the sentence's first word (`first`), or at the start of a quote, bracket or clause after
    a colon or dash."""
    before = text[max(0, start - 8):start].rstrip()  # a short window keeps long lines linear
    return start == first or before.endswith(("\"", "“", "‘", "'", "(", ":", "—", "–", "-", ";"))


def _name_shaped(word: str) -> bool:
    """Names rarely look like plural common nouns or adjectives ('Generals', 'Presidential')."""
    lowered = word.lower()
    if lowered in STOPWORDS or lowered in CORE_ROLES or lowered in ROLE_MODIFIERS:
        return False
    if re.search(r"(?<![su])s$", lowered) and not _is_acronym(word):
        return False
    if len(word) == 1 or re.search(r"['’](?:re|ve|ll|d|m|t)$", lowered):
        return False  # "T" of AT&T, "We're"
    return not re.search(r"(?:al|ary|ive|ous|ian|ians|an|ine|ese|ly)$", lowered)


def _sentence_start(text: str) -> int:
    """Where the first letter or digit is: the sentence's first word, after any leading punctuation."""
    match = re.search(r"[^\W_]", text)
    return match.start() if match else 0


def _peel_role(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'Turkish Interior Minister Süleyman Soylu' keeps 'Süleyman Soylu' as the name."""
    index = 0
    while index < len(tokens) - 1 and (_role_or_nationality(tokens[index][2]) or (
            index and tokens[index][2].lower() == "the" and tokens[index - 1][2].lower() == "of")):
        index += 1  # "UK Chancellor of the Exchequer Gordon Brown"
    if index and any(t[2].lower().rstrip(".") in CORE_ROLES for t in tokens[:index]):
        if tokens[index][2].lower() in CONNECTORS:
            return []  # "Commissioner for Transport": all of it is a title
        return tokens[index:]
    return tokens


def _split_at_role(tokens: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """'Capital Radio DJ Margherita Taylor': the body before a title, and the person after it."""
    for index in range(len(tokens) - 2, 0, -1):
        if tokens[index][2].lower().rstrip(".") in CORE_ROLES and not _role_or_nationality(tokens[index + 1][2]):
            head = tokens[:index]
            while head and _role_or_nationality(head[-1][2]):
                head = head[:-1]  # "Bank of England Deputy Governor": the deputy is part of the title
            return head, tokens[index + 1:]
    return [], tokens


def _role_or_nationality(word: str) -> bool:
    lowered = word.lower().rstrip(".").removeprefix("ex-")  # "Ex-Labour MP George Galloway"
    return lowered in ROLE_WORDS or lowered in NATIONALITIES or lowered.endswith(("'s", "’s"))


def _role_before(text: str, start: int) -> str:
    """Role words right before a name: 'Iraq’s interior minister', 'his Turkish counterpart'."""
    words = re.findall(r"[\w’'.\-]+", text[max(0, start - 80):start])
    role: list[str] = []
    for word in reversed(words):
        joins = word.lower() in ("of", "and") and bool(role)  # "Trade and Industry Secretary"
        if not (_role_or_nationality(word) or joins) or (word.lower() == "of" and not role):
            break
        role.insert(0, word)
    while role and role[0].lower() in ("of", "and"):
        role.pop(0)
    if not any(w.lower().rstrip(".") in CORE_ROLES for w in role):
        return ""
    return " ".join(role)


def _split_compounds(tokens: list[tuple[int, int, str]], knowledge: Knowledge) -> list[list]:  # type: ignore[type-arg]
    """'Türkiye-Iraq' and 'PKK-Turkey' name two entities; 'High-Level' stays one word."""
    parts: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for token in tokens:
        pieces = re.split(r"[-–]", token[2])
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
    return [part for part in parts if not _nationality_only(part, knowledge)]


def _nationality_only(part: list[tuple[int, int, str]], knowledge: Knowledge) -> bool:
    """'Turkish' or 'Interior Minister' alone name no one; 'Islamic State' does."""
    phrase = " ".join(t[2] for t in part).lower()
    if name_key(phrase) in knowledge.by_key:
        return False
    return phrase in NATIONALITIES or all(t[2].lower() in NATIONALITIES | ROLE_WORDS for t in part)


def _known_name(word: str, knowledge: Knowledge) -> bool:
    key = name_key(word)
    return key in knowledge.by_key or key in knowledge.places or _is_acronym(word)


def _known_place(word: str, knowledge: Knowledge) -> bool:
    key = name_key(word)
    known = knowledge.by_key.get(key)
    return known.type == "place" if known else key in knowledge.places


def _is_acronym(word: str) -> bool:
    return bool(ACRONYM.fullmatch(word)) and word.upper() != "I"


def _add_mention(drafts: dict[str, _Draft], mention: Mention, role: str, sentence: Sentence, first: int,
                 knowledge: Knowledge, acronyms: dict[str, str]) -> None:
    text = mention.text
    key = name_key(text[:-1] if _is_acronym(text) and text.endswith("s") else text)
    known = knowledge.by_key.get(key)
    if known:
        key = name_key(known.name)
    kind, confident = _entity_type(text, role, sentence, mention, knowledge)
    if known:
        kind, confident = known.type, True
    elif not confident and len(text.split()) == 1 and not _is_acronym(text) and kind != "place":
        kind = "organisation"  # an unknown one-word name: people are merged by surname already
    draft = drafts.setdefault(key, _Draft(known.name if known else text, kind,
                                          description=known.description if known else ""))
    if confident and not draft.confident and not known:
        draft.type, draft.confident = kind, True
    draft.known = draft.known or bool(known) or key in knowledge.places
    draft.confident = draft.confident or confident
    draft.mid_sentence = draft.mid_sentence or mention.start > first
    draft.aliases.add(text)
    draft.mentions.append(mention)
    if role and role not in draft.roles:
        draft.roles.append(role)
    if not known and len(text) > len(draft.name) and draft.type != "person":
        draft.name = text
    definition = ACRONYM_DEFINITION.match(sentence.text, mention.end)
    if definition and not _is_acronym(text):
        acronyms[name_key(definition.group("acr"))] = key


def _entity_type(text: str, role: str, sentence: Sentence, mention: Mention,
                 knowledge: Knowledge) -> tuple[str, bool]:
    words = [w.lower() for w in re.split(r"[\s\-]+", text)]
    key = name_key(text)
    if role and len(words) <= 4 and not _is_acronym(text):
        return "person", True
    head = words[: words.index("of")] if "of" in words else words
    if len(words) > 1 and words[-1] in EVENT_HEADS:
        return "other", True  # "Christmas Midnight Mass", "Thought for the Day": events and works
    if any(w in ORG_HEADS for w in head[-2:]) or set(words) & PUBLICATION_WORDS \
            or words[0] in {"ministry", "council", "office", "department"}:
        return "organisation", True
    if key in knowledge.places or words[-1] in PLACE_HEADS:
        return "place", True
    if _is_acronym(text):
        return "organisation", False
    if PLACE_CUE.search(sentence.text[max(0, mention.start - 40):mention.start]) \
            or PLACE_CUE_AFTER.match(sentence.text, mention.end):
        return "place", False
    if 2 <= len(words) <= 4 and all(w[:1].isalpha() for w in words) and not set(words) & CONNECTORS:
        first = text.split()[0]
        if words[0] in NOT_GIVEN_NAMES or words[0] in NATIONALITIES or _is_acronym(first) \
                or name_key(first) in knowledge.by_key or name_key(first) in knowledge.places:
            return "organisation", False  # "World Bank", "BBC News", "Deutsche Telekom"
        return "person", False
    return "other", False


def _merge_acronyms(drafts: dict[str, _Draft], acronyms: dict[str, str]) -> None:
    for acronym, expansion in acronyms.items():
        singular = acronym[:-1] if acronym.endswith("s") and acronym[:-1] in drafts else acronym
        for short in {acronym, singular}:
            if short in drafts and expansion in drafts and short != expansion:
                _absorb(drafts, short, expansion)


def _merge_short_forms(drafts: dict[str, _Draft]) -> None:
    """'Soylu' after 'Süleyman Soylu', 'Shammari' after 'al-Shammari', 'Centre' after 'Coordination Centre',
    'Digby' after 'Digby Jones', 'Altria' after 'Altria Group'."""
    by_last: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    for key in sorted(drafts):  # indexed once, so the merge stays linear in the number of names
        words = key.split()
        if len(words) > 1:
            by_last[words[-1]].append(key)
            by_first[words[0]].append(key)
    for key in sorted(k for k in drafts if len(k.split()) == 1):
        draft = drafts.get(key)
        if draft is None or (draft.known and not draft.roles):
            continue  # a known name stays itself, unless a title shows it is a person's surname ("Mrs Hassan")
        wanted = ("person",) if draft.known else ("person", "organisation")
        owners = [o for o in by_last.get(key, []) if o in drafts and drafts[o].type in wanted]
        if owners:  # the name introduced first is the one a short form usually points back to
            _absorb(drafts, key, min(owners, key=lambda o: (min(m.sentence for m in drafts[o].mentions), o)))
            continue
        starts = [o for o in by_first.get(key, []) if o in drafts and (
            drafts[o].type == "person" or (drafts[o].type == "organisation"
                                           and all(w in ORG_HEADS for w in o.split()[1:])))]
        if len(starts) == 1:
            _absorb(drafts, key, starts[0])


def _absorb(drafts: dict[str, _Draft], source: str, target: str) -> None:
    taken, into = drafts.pop(source), drafts[target]
    into.aliases |= taken.aliases
    into.mentions.extend(taken.mentions)
    into.roles.extend(r for r in taken.roles if r not in into.roles)
    if taken.confident and not into.confident:
        into.type, into.confident = taken.type, True


def _finish(drafts: dict[str, _Draft]) -> tuple[Entity, ...]:
    entities = []
    for key, draft in drafts.items():
        single_word = len(key.split()) == 1 and not _is_acronym(draft.name)
        if single_word and not draft.confident and (not draft.mid_sentence or not _name_shaped(draft.name)):
            continue  # capitalised only because a sentence starts with it, or a common word
        if key in CORE_ROLES or (single_word and key in ORG_HEADS | PLACE_HEADS | ROLE_MODIFIERS):
            continue  # "the Centre", "the Minister": no name to point back to
        mentions = tuple(sorted(draft.mentions, key=lambda m: (m.sentence, m.start)))
        aliases = tuple(sorted(a for a in draft.aliases if a != draft.name))
        entities.append(Entity(key.replace(" ", "-"), draft.name, draft.type, aliases,
                               tuple(draft.roles), mentions, draft.description))
    entities.sort(key=lambda e: (-len(e.mentions), e.name))
    return tuple(entities)
