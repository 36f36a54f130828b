"""Kinds of happening: the words sources use for one kind of thing that happened, read as one.

Sources tell one happening in their own words: "a car bomb exploded", "the blast", "Tuesday's
bombing"; "six people were killed", "nine died"; "police detained 11 suspects", "arrests";
"expelled four diplomats", "declared them persona non grata", "ordered five embassy staff to
leave"; "went on strike", "downed tools", "the stoppage"; "hackers", "the cyberattack"; "won the
vote", "was declared the winner", "elected"; "blocked the takeover", "the veto"; "closed the gate
at Sarnik", "the closure"; "found guilty", "jailed for nine years", "the verdict". The
events step (events.py) matches reports by the words they share, each weighed by its rarity, so
one source's "blast" and another's "bombing" shared nothing and one bombing was five events. Here
each word of a kind is given the kind's key, so that the matching and the rarity read them as
one word.

A kind lists word forms, not stems: a stem would take in "explosives" (what it was done with, not
what happened) and "deathly"; "dead" and "death" are left out ("a dead end", "the death penalty").
Each kind keeps the forms the stem joined before ("talks" and "talked", "bomb" and "bomber"). No
kind of agreement: a water deal and a security pact of two countries in one month are two. Only
words that name a happening whatever the context are listed: not "attack" (a speech "attacks" a
policy), "strike" (a deal, a walk-out), "shot", "fire", "call" ("called for"), "deal" ("deal
with"), "hurt" ("hurt financially").
"""

from __future__ import annotations

import re

from .roles import ROLE_WORDS

KIND = "~"  # what a kind's key starts with: no word does
MEETING = "~meet"
KINDS = {
    "~blast": """bomb bombs bombing bombings bombed bomber bombers blast blasts explosion explosions explode explodes
        exploded exploding detonate detonates detonated detonation""",
    "~kill": "kill kills killed killing killings die dies died dying deadly deaths",
    "~wound": "wound wounds wounded wounding injure injures injured injuring injury injuries",
    "~arrest": "arrest arrests arrested arresting detain detains detained detaining detention detentions custody",
    # a court's verdict however told ("convicted", "sentenced him", "the judgment"); not "ruled" ("ruled out")
    # and through phrases "found him guilty", "jailed for nine years"
    "~verdict": "verdict verdicts convict convicts convicted conviction convictions sentenced sentencing judgment "
                "judgement judgments",
    "~recant": "recant recants recanted recanting retract retracts retracted retraction",
    "~renovate": "renovate renovates renovated renovating renovation renovations refurbish refurbished "
                 "refurbishment repaired",
    "~arrive": "arrive arrives arrived arriving arrival arrivals",
    MEETING: "meet meets met meeting meetings talk talks talked summit summits",
    "~flood": "flood floods flooded flooding deluge",
    "~collapse": "collapse collapses collapsed collapsing breach breached cave-in cave-ins",
    "~phone": "phone phoned telephone telephoned",
    "~visit": "visit visits visited visiting trip trips travel travels travelled traveled travelling traveling",
    "~quake": "earthquake earthquakes quake quakes tremor tremors",
    "~resign": "resign resigns resigned resigning resignation resignations quit quits",
    # "Helena Strand appointed Marta Sorensen", "Sorensen's appointment"; a fire however called, but not
    # "fire" alone ("opened fire", "under fire")
    "~appoint": "appoint appoints appointed appointing appointment appointments",
    "~blaze": "blaze blazes wildfire wildfires bushfire bushfires inferno",
    "~abduct": "kidnap kidnaps kidnapped kidnapping kidnappings abduct abducts abducted abducting abduction abductions",
    # a rise of a price or a rate by those who set it: "hiked interest rates", and "raised the
    # policy rate" through a phrase (_PHRASES), not "raised concerns"
    "~hike": "hike hikes hiked hiking",
    "~indict": "indict indicts indicted indicting indictment indictments",
    "~testify": "testify testifies testified testifying testimony",
    # a strike from the air however told: "drone strikes killed 23", "the air strikes conducted in the
    # Kessary area", "drones … struck a village" (not a strike of workers)
    "~airstrike": "airstrike airstrikes air-strike air-strikes",
    # a vessel lost however told: "the ferry capsized off Grell Point", "sank", "the sinking"
    "~sink": "capsize capsizes capsized capsizing sank sink sinks sinking sunk shipwreck",
    # diplomats sent out of a country however told: "expelled", "the expulsions", and through phrases
    # "declared … persona non grata", "ordered five embassy staff to leave", "threw out four of our diplomats"
    "~expel": "expel expels expelled expelling expulsion expulsions",
    # an attack on computers however told: "hit by a cyberattack", "hackers", "systems were encrypted"
    "~hack": "hack hacks hacked hacking hacker hackers cyberattack cyberattacks cyber-attack cyber-attacks "
             "ransomware encrypted",
    # workers stopping work however told: "the stoppage", "a walkout", and through phrases "went on
    # strike", "downed tools", "walked off the job", "began an indefinite strike"
    "~walkout": "walkout walkouts stoppage stoppages",
    # a vote's winner however told: "was elected", and through phrases "won the presidential vote",
    # "was declared the winner", "named president-elect"
    "~elected": "elected re-elected",
    # a deal stopped by those who may stop it however told: "vetoed", "the veto", and through phrases
    # "blocked the €2.4 billion takeover", "prohibit the acquisition", "struck down Aerovel's bid"
    "~veto": "veto vetoes vetoed vetoing",
    # a crossing, a border, an airport shut however told: "the closure", and through phrases "closed the
    # gate at Sarnik", "sealed its only border crossing", "the crossing closed", "will be temporarily closed"
    "~close": "closure closures",
    # shells fired at a place however told: "shelled the market", "the shelling", "a shell struck the market"
    "~shell": "shelled shelling shellfire",
    # a building taken by force however told: "stormed", and through phrases "seized the headquarters of the
    # state broadcaster", "occupied the VBC studios", "took control of the airport"
    "~storm": "stormed storming",
    # someone or something suspended however told: "suspended Marková from her duties", "her suspension"
    "~suspend": "suspend suspends suspended suspending suspension suspensions",
    # someone put out of office: "sacked", "ousted", "the ouster" (not "dismissed", which claims are too)
    "~oust": "sack sacks sacked sacking oust ousts ousted ousting ouster",
    # votes counted again: "voted to recount the ballots", "the recount"
    "~recount": "recount recounts recounted recounting",
    # two vehicles that hit each other however told: "collided", "the collision"
    "~collide": "collide collides collided colliding collision collisions",
}
# What a happening did, not what it was: a flood and an attack of one day in one province both
# killed; shared alone, these make no two reports one happening (events.py)
OUTCOMES = frozenset({"~kill", "~wound"})
# Kinds of people coming together: two in one city on one day are two unless someone takes part in both
GATHERINGS = frozenset({MEETING, "~phone", "~visit"})
# Kinds of which one place has two in a day as easily as one: a dam and a bridge over one river
# collapsed the same day; two need someone or something in common that is not a place (events.py)
PLACED_APART = GATHERINGS | {"~collapse", "~arrive"}  # two teams arrive in one town on one day
# Kinds that the same people seldom share twice in a month: one of them, in one month, with two
# participants in common (one of them not a place), is one happening; not a killing, an arrest or an
# agreement (two countries sign a water deal and a security pact in one month)
ONE_A_MONTH = frozenset({MEETING, "~phone", "~visit", "~resign", "~appoint"})
# Kinds a story has one of, not one a day as bombings, arrests or strikes from the air may be: two
# sources that give one of them days apart date one happening differently (differences.py)
ONCE_A_STORY = frozenset({"~walkout", "~expel", "~elected", "~resign", "~sink", "~quake", "~hack", "~collapse",
                          "~veto", "~close"})
KIND_OF = {word: kind for kind, words in KINDS.items() for word in words.split()}
# Words that name a happening together where none does alone, each read as the word of its kind
# or stem it stands for ("verb" is the part read so; the rest keeps its own words): "stepped down"
# is a resignation; "pulled out of", "walked out" and "withdrawing from" a coalition are the party's
# leaving it, as "quit" is; "the fire broke out" and "the blaze began" one start of a fire; "were
# pulled out alive" a rescue; "walked free" a release. Each had told one happening as several events.
_PHRASES = (
    (r"\b(?P<verb>(?:step|steps|stepped|stepping|stand|stands|stood|standing)\s+(?:down|aside))\b", "resigned"),
    # active only: "were pulled out of the rubble" is a rescue
    (r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )\b(?P<verb>(?:pull|pulls|pulled|pulling)\s+out)\s+of\b",
     "resigned"),
    (r"\b(?P<verb>(?:walk|walks|walked|walking)\s+out)\b(?!\s+(?:alive|unharmed|free)\b)", "resigned"),
    (r"\b(?P<verb>withdraw|withdraws|withdrew|withdrawn|withdrawing)\s+from\b", "resigned"),
    (r"\b(?P<verb>(?:gave|give|gives|giving)\s+way|(?:caved|cave|caves|caving)\s+in)\b", "collapsed"),
    (r"\b(?:dam|dams|dyke|dykes|levee|levees|embankment|embankments)\s+(?P<verb>burst|failed|broke)\b", "collapsed"),
    # "the bridge fell during the evening rush hour": a structure that fell collapsed (not "prices fell")
    (r"\b(?:bridge|bridges|tower|towers|building|buildings|roof|roofs|span|spans|dam|stand|grandstand|ceiling|"
     r"walls?|block)\s+(?P<verb>fell|falls|fall|came\s+down|crumbled)\b", "collapsed"),
    (r"\b(?P<verb>burst|bursts)\s+(?:its|their)\s+banks\b", "flooded"),
    (r"\b(?:fire|fires|blaze|blazes|wildfire|wildfires)\s+(?:that\s+|which\s+)?"
     r"(?P<verb>broke\s+out|started|began|erupted)\b", "blaze"),
    # the passive's verb first: a pattern opening with "was" was tried at every "was" of every text
    (r"(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen )|(?<=\bbeing ))(?P<verb>(?:pulled|brought|dug|carried|hauled|"
     r"winched)\s+(?:out|free|alive|up|to\s+the\s+surface))\b", "rescued"),
    (r"\b(?P<verb>(?:walked|walk|walks|set)\s+free|freed)\b", "released"),
    # "the roof fall that occurred at 04:40": a collapse
    (r"\b(?:roof|ceiling)\s+(?P<verb>falls?)\b", "collapsed"),
    # a vessel that "rolled over" or "keeled over" capsized: one sinking with the sources that say so
    (r"\b(?P<verb>(?:roll|rolls|rolled|rolling|keel|keels|keeled|keeling)\s+over)\b", "capsized"),
)
PHRASE_WORDS = tuple(word for _, word in _PHRASES)
# One pattern of them all, each verb a group of its own (v0, v1, …), tried only where a word that
# opens one of them starts: one pass over a text, where ten passes cost a cold build 4 % of its time
PHRASES = re.compile(r"(?=[bcdefghklprswBCDEFGHKLPRSW])(?:" + "|".join(
    f"(?:{pattern.replace('(?P<verb>', f'(?P<v{at}>')})" for at, (pattern, _) in enumerate(_PHRASES)) + ")",
    re.IGNORECASE)
# Phrases read only where a word of theirs is in the text (found by `in`, in C), apart from PHRASES,
# whose one pass would try them at every word opening with their letters ("t", "i", "r"): the
# word that must be there, the pattern, the word it stands for.
# A strike from the air: "drone strikes", "the air strikes", "drones sent by our own army struck a village"
AIR_STRIKES = (re.compile(r"\b(?:air|drone|missile|rocket)[\s-]+(?P<verb>strikes?)\b", re.IGNORECASE),
               re.compile(r"\b(?:drones?|warplanes?|jets?|aircraft)\s+(?:[\w-]+\s+){0,6}?(?P<verb>struck|bombed)\b",
                          re.IGNORECASE))
# Diplomats sent out of a country, in the words of those who tell it: read as "expelled"
_ENVOYS = r"(?:diplomats?|envoys?|ambassadors?|attach[ée]s?|consuls?|(?:embassy\s+)?staff|officials|members)"
EXPELLED = (re.compile(r"\b(?P<verb>declared|declares|declare|declaring)\s+(?:[\w'’-]+\s+){0,7}?persona\s+non\s+grata",
                       re.IGNORECASE),
            re.compile(rf"\b(?P<verb>threw|throws|throw|thrown|throwing)\s+out\s+(?:[\w'’-]+\s+){{0,4}}?{_ENVOYS}\b",
                       re.IGNORECASE),
            # the whole phrase is the verb: its "leave" is no word of its own ("leaving a queue of trucks")
            re.compile(rf"\b(?P<verb>(?:ordered|orders|order|gave|gives|given)\s+(?:[\w'’-]+\s+){{0,4}}?{_ENVOYS}\s+"
                       r"(?:[\w'’-]+\s+){0,3}?to\s+leave)\b", re.IGNORECASE))
# Workers stopping work, read as "walkout": "went on strike", "downed tools", "walked off the job",
# "began an indefinite strike" (not "air strikes": AIR_STRIKES; not "strike a deal")
WALKED_OUT = re.compile(r"\b(?P<verb>(?:went|go|goes|going|gone)\s+on\s+strike|(?:downed|down|downing)\s+tools|"
                        r"(?:walked|walk|walks|walking)\s+off\s+the\s+job|"
                        r"(?:began|begun|begin|begins|started|starts|launched|launch|launches|called|staged|stage)\s+"
                        r"(?:an?\s+|their\s+|its\s+|the\s+)?(?:[a-z]+\s+){0,2}?(?:strike|stoppage)(?!\s+against\b))\b",
                        re.IGNORECASE)
# A vote won, read as "elected": "won the presidential election", "won Sunday's vote", "declared the
# winner", "named president-elect" (not "won the match", "won praise")
WON_VOTE = re.compile(r"\b(?P<verb>(?:won|wins|win|winning)\s+"
                      r"(?:(?:the|a|an|this|last|Sunday['’]s|[A-Z][a-z]+day['’]s)\s+)?"
                      r"(?:[a-z-]+\s+){0,2}?(?:election|elections|vote|presidency|poll|polls|run-off|runoff|ballot|"
                      r"mandate|leadership\s+contest)(?!\s+(?:of\s+(?:no\s+)?confidence|on\b))|"
                      r"(?:declared|named|proclaimed)\s+(?:[\w'’-]+\s+){0,3}?"
                      r"(?:the\s+)?(?:winner|president-elect|victor))\b", re.IGNORECASE)
# A deal stopped, read as "vetoed": "blocked the €2.4 billion takeover", "killed Aerovel's €2.1bn bid", "struck
# down the merger" (not "blocked the road", "killed three people", nor a bid rejected by its target's board)
DEAL_WORDS = ("takeover", "take-over", "merger", "acquisition", "bid", "deal", "buyout", "tie-up")
BLOCKED_DEAL = re.compile(r"\b(?P<verb>block|blocks|blocked|blocking|prohibit|prohibits|prohibited|prohibiting|"
                          r"(?:struck|strike|strikes|striking)\s+down|kill|kills|killed|killing|scupper|scuppers|"
                          r"scuppered|torpedoed)\s+"
                          # the words up to the deal's are its owner's, size's, kind's: no preposition, no people
                          r"(?:(?!(?:at|in|on|of|for|by|with|from|to|during|after|before|near|people|men|women)\s)"
                          r"[\w'’€$£.,-]+\s+){0,4}?"
                          rf"(?:{'|'.join(DEAL_WORDS)})s?\b", re.IGNORECASE)
# A verdict, however told: "found former Minister of Defence Matthias van der Stroom guilty", "was jailed for
# nine years", "jailed for fraud" (not "jailed pending trial": a detention)
VERDICT = (re.compile(r"\b(?P<verb>found|finds|find|finding)\s+(?:[\w'’.-]+\s+){0,9}?guilty\b", re.IGNORECASE),
           re.compile(r"\b(?P<verb>jailed|imprisoned)\s+for\b", re.IGNORECASE))
# A crossing, a border, an airport shut, read as "closure": "closed the gate at Sarnik", "sealed its only border
# crossing", "the closure of the Sarnik crossing" (a noun already), "the crossing closed", "will be closed"
_CROSSINGS = r"(?:border|borders|crossing|crossings|gate|gates|frontier|frontiers|airport|airports|airspace|" \
             r"checkpoint|checkpoints|port|ports|bridge)"
CLOSED = (re.compile(rf"\b(?P<verb>closed|close|closes|closing|shut|shuts|shutting|sealed|seal|seals|sealing)\s+"
                     rf"(?:[\w'’-]+\s+){{0,4}}?{_CROSSINGS}\b", re.IGNORECASE),
          re.compile(rf"\b{_CROSSINGS}\s+(?:point\s+)?(?:(?:was|were|is|are|will\s+be|would\s+be|has\s+been|had\s+been|"
                     rf"have\s+been)\s+(?:temporarily\s+|briefly\s+|fully\s+)?)?(?P<verb>closed|shut|sealed)\b",
                     re.IGNORECASE))
# Shells that hit a place: "shells hit the covered market", "a shell struck the central market"
SHELLS_HIT = re.compile(r"\b(?P<verb>shells?\s+(?:hit|hits|struck|strikes|landed|slammed|rained))\b", re.IGNORECASE)
# A building taken by force, read as "stormed": "seized the headquarters of Varkesh's state broadcaster",
# "occupied the VBC studios" (not "seized weapons", "occupied territories", "captured the mood")
_BUILDINGS = (r"(?:broadcaster|television|radio|studios?|centre|center|parliament|palace|airport|headquarters|"
              r"building|ministry|station|barracks|compound|embassy)")
STORMED = re.compile(rf"\b(?P<verb>seized|seize|seizes|seizing|occupied|occupy|occupies|occupying|"
                     rf"took\s+control\s+of|take\s+control\s+of|taking\s+control\s+of|captured)\s+"
                     # the building's own words, no preposition between ("seized weapons at the airport")
                     rf"(?:(?!(?:at|in|on|from|near|outside|inside|to|for|with)\s)[\w'’-]+\s+){{0,5}}?{_BUILDINGS}\b",
                     re.IGNORECASE)
# People taken hostage are kidnapped
HOSTAGE = re.compile(r"\b(?P<verb>(?:taken|took|take|takes|taking)\s+hostage)\b", re.IGNORECASE)
# a rate raised by those who set it: "raised interest rates", "decided to raise the policy rate"
RATE_RAISED = re.compile(
    r"\b(?P<verb>raise|raises|raised|raising|lift|lifts|lifted|lifting|increase|increases|increased|increasing)"
    r"\s+(?:(?:its|their|the|a)\s+)?(?:(?:main|key|benchmark|base|policy|official|bank|lending|deposit|cash|"
    r"interest|repo|overnight)\s+){0,3}rates?\b", re.IGNORECASE)
# People seized, or who "were seized", are kidnapped ("gunmen seized the engineers"); not arms or power
PEOPLE_WORDS = ("engineers workers hostages people men women children tourists journalists foreigners nationals "
                "employees staff passengers students crew soldiers").split()
_PEOPLE = "|".join(PEOPLE_WORDS)
SEIZED = re.compile(r"\b(?P<verb>seized|seize|seizes|seizing|snatched|grabbed)\s+(?:(?:the|their|its|two|three|four|"
                    rf"five|six|several|\d+)\s+)?(?:[a-z]+\s+)?(?:{_PEOPLE})\b", re.IGNORECASE)
PEOPLE_SEIZED = re.compile(rf"\b(?:{_PEOPLE}|[A-Z][\w'’-]+)"
                           r"(?:\s*[-–—)]\s*|\s+)(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
                           r"(?P<verb>seized|snatched)\b")  # "The engineers - Swedes … van der Harst - were seized"
MEETING_WORD = re.compile(r"\b(?:meet|meets|met|meeting)\b", re.IGNORECASE)
# Receiving someone is meeting them ("Erdogan received al-Sudani", "Fidan hosted his Iraqi
# counterpart Fuad Hussein"), when a person's name follows within TITLE_WORDS words (events.py):
# not "received a letter", "welcomed the decision", "hosted the Iraqi Prime Minister's envoy"
RECEPTION = re.compile(r"\b(?:receiv(?:e|es|ed|ing)|host(?:s|ed|ing)?|welcom(?:e|es|ed|ing))\b", re.IGNORECASE)
TITLE_WORDS = 5  # "his Iraqi counterpart, Prime Minister": words between the verb and the name
NEXT_WORD = re.compile(r"[\s,]+([\w’'-]+)")
TITLE_LEADS = frozenset({"his", "her", "their", "the", "its", "visiting", "counterpart", "counterparts"})
# What "met" meets when it is no meeting: "the ministry met the farmers' demands", "met its targets",
# "meeting the cost of repairs" (the words after a meeting word, up to its object)
NOT_MET = re.compile(r"\s+(?:(?:the|its|their|his|her|our|all|these|those|every|most|some|any|many|both)\s+)?"
                     r"(?:[\w'’-]+\s+)?(?:demands?|requirements?|targets?|expectations?|criteria|deadlines?|"
                     r"standards?|costs?|needs|conditions|obligations|goals?|quotas?|thresholds?|challenges?|terms|"
                     r"forecasts?|estimates?|payments?|bills?|commitments?|criterion|shortfalls?)\b", re.IGNORECASE)


def kind_of(word: str) -> str | None:
    """The key of the kind of happening a lower-cased word names, if it names one."""
    return KIND_OF.get(word)


def no_meeting(text: str, end: int) -> bool:
    """Does the meeting word that ends at `end` meet a thing, not people ("met the demands")?"""
    return NOT_MET.match(text, end) is not None


def received_people(text: str, people_at: frozenset[int], low: int = 0, high: int | None = None) -> set[str]:
    """The words of text[low:high] that receive a person: a person's name (starting at one of
    `people_at`) follows within TITLE_WORDS words of a title ("received the visiting Iraqi Prime
    Minister Mohammed al-Sudani"), not of what was received ("received a letter from al-Sudani")."""
    high = len(text) if high is None else high
    found: set[str] = set()
    for match in RECEPTION.finditer(text, low, high):
        at = match.end()
        for _ in range(TITLE_WORDS + 1):
            word = NEXT_WORD.match(text, at, high)
            if word is None:
                break
            if word.start(1) in people_at:
                found.add(match.group().lower())
                break
            title = word.group(1)
            if not (title[0].isupper() or title.lower() in TITLE_LEADS or title.lower() in ROLE_WORDS):
                break  # "received a letter from Sudani": what was received, not whom
            at = word.end()
    return found


def unmet_spans(text: str, low: int = 0, high: int | None = None) -> list[tuple[int, int]]:
    """The spans of text[low:high]'s meeting words that meet a thing, not people."""
    high = len(text) if high is None else high
    return [(m.start(), m.end()) for m in MEETING_WORD.finditer(text, low, high)
            if no_meeting(text, m.end())]


def phrase_kinds(text: str, low: int = 0, high: int | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, word it stands for, its own words) of each PHRASES verb in text[low:high]."""
    high = len(text) if high is None else high
    found = []
    for match in PHRASES.finditer(text, low, high):
        group = match.lastgroup or "v0"  # each alternative's one capturing group: its verb
        at = int(group[1:])
        found.append((match.start(group), match.end(group), PHRASE_WORDS[at], " ".join(match.group(group).split())))
    found.extend(_rarer_phrases(text, low, high))
    return sorted(found) if len(found) > 1 else found


def _rarer_phrases(text: str, low: int, high: int) -> list[tuple[int, int, str, str]]:
    found = []
    if "seiz" in text or "snatch" in text or "grabbed" in text:
        found.extend((m.start("verb"), m.end("verb"), "kidnapped", " ".join(m.group("verb").split()))
                     for m in SEIZED.finditer(text, low, high))
        found.extend((m.start("verb"), m.end("verb"), "kidnapped", m.group("verb"))
                     for m in PEOPLE_SEIZED.finditer(text, low, high) if not _a_thing(m.group()))
    if "hostage" in text:
        found.extend((m.start("verb"), m.end("verb"), "kidnapped", " ".join(m.group("verb").split()))
                     for m in HOSTAGE.finditer(text, low, high))
    if "strike" in text or "struck" in text or "bombed" in text:  # "drone strikes", "drones … struck a village"
        found.extend((m.start("verb"), m.end("verb"), "airstrike", m.group("verb"))
                     for pattern in AIR_STRIKES for m in pattern.finditer(text, low, high))
    if "persona" in text or "leave" in text or "threw" in text or "thrown" in text:
        found.extend((m.start("verb"), m.end("verb"), "expelled", " ".join(m.group("verb").split()))
                     for pattern in EXPELLED for m in pattern.finditer(text, low, high))
    if "strike" in text or "tools" in text or "job" in text or "stoppage" in text:
        found.extend((m.start("verb"), m.end("verb"), "walkout", " ".join(m.group("verb").split()))
                     for m in WALKED_OUT.finditer(text, low, high) if not _from_the_air(text, m.end("verb")))
    if "won" in text or "win" in text or "declared" in text or "named" in text or "proclaimed" in text:
        found.extend((m.start("verb"), m.end("verb"), "elected", " ".join(m.group("verb").split()))
                     for m in WON_VOTE.finditer(text, low, high))
    if "seiz" in text or "occup" in text or "control of" in text or "captured" in text:
        found.extend((m.start("verb"), m.end("verb"), "stormed", " ".join(m.group("verb").split()))
                     for m in STORMED.finditer(text, low, high))
    if "guilty" in text or "jailed" in text or "imprisoned" in text:
        found.extend((m.start("verb"), m.end("verb"), "verdict", " ".join(m.group("verb").split()))
                     for pattern in VERDICT for m in pattern.finditer(text, low, high))
    if "close" in text or "shut" in text or "seal" in text:
        found.extend((m.start("verb"), m.end("verb"), "closure", " ".join(m.group("verb").split()))
                     for pattern in CLOSED for m in pattern.finditer(text, low, high))
    if "shell" in text:
        found.extend((m.start("verb"), m.end("verb"), "shelling", " ".join(m.group("verb").split()))
                     for m in SHELLS_HIT.finditer(text, low, high))
    if "bid" in text or "deal" in text or "takeover" in text or "merger" in text or "acquisition" in text \
            or "buyout" in text or "take-over" in text or "tie-up" in text:  # DEAL_WORDS, by `in` in C
        found.extend((m.start("verb"), m.end("verb"), "vetoed", " ".join(m.group("verb").split()))
                     for m in BLOCKED_DEAL.finditer(text, low, high))
    if " rate" in text:  # "interest rates", "the policy rate"
        found.extend((m.start("verb"), m.end("verb"), "hiked", m.group("verb"))
                     for m in RATE_RAISED.finditer(text, low, high))
    return found


def _from_the_air(text: str, end: int) -> bool:
    """'launched a drone strike': the strike WALKED_OUT found is one from the air."""
    return bool(re.search(r"\b(?:air|drone|missile|rocket)[\s-]+(?:strike|stoppage)$", text[max(0, end - 20):end],
                          re.IGNORECASE))


def _a_thing(phrase: str) -> bool:
    """'Weapons were seized', 'Drugs were seized': a capitalised word that opens a sentence is no
    one's name when it is a plural noun of things (a name of one person is seized as 'was')."""
    first = phrase.split()[0]
    return first[0].isupper() and first.lower() not in PEOPLE_WORDS and first.endswith("s")
