"""Step 3c: figures, numbers with their unit, qualifier, what they measure and whether a source is given."""

from __future__ import annotations

import dataclasses
import re

from .model import Figure, Sentence
from .roles import NATIONALITIES
from .signals import SOURCE_FOR_NUMBER, any_word
from .terms import STOPWORDS
from .text import repeated_sentences

UNITS = "one|two|three|four|five|six|seven|eight|nine"
TEENS = "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# "tens of thousands of farmers" is not "thousands of farmers"
NUMBER_WORD_LIST = (f"{UNITS}|ten|{TEENS}|{TENS}|tens of thousands|tens of millions|hundreds of thousands|"
                    "hundreds of millions|dozens|hundreds|thousands|millions|billions")
NUMBER_WORDS = rf"(?:(?:{TENS})-(?:{UNITS})|{NUMBER_WORD_LIST})"  # "Thirty-one people", "fifty"
# A number written in words past 99, whole: "One hundred and nine people died" is 109 dead, where "One
# hundred" and "nine people" made two figures; "a quarter of a million people", "half a million litres",
# "a thousand", "a dozen" are numbers too, "a" then the magnitude (no "a" alone starts a figure).
BELOW_HUNDRED = rf"(?:(?:{TENS})-(?:{UNITS})|{UNITS}|ten|{TEENS}|{TENS})"
SPELLED_LARGE = (rf"(?:(?:a|{BELOW_HUNDRED})\s+(?:hundred|thousand)\s+and\s+{BELOW_HUNDRED}"
                 rf"|(?:half|(?:a|one|three)\s+quarters?\s+of|(?:a|one|two)\s+thirds?\s+of)\s+a\s+"
                 rf"(?:million|billion|dozen)"
                 rf"|a\s+(?:dozen|hundred|thousand|million|billion))")
# A currency before a sum: a sign, or a dollar sign after its country's letters ("A$2.6bn", "US$42m",
# "HK$327m"), which say whose dollars they are
# and the signs of other currencies ("¥800 billion", "₺1.2bn", "₹50,000")
SIGNS = "$€£¥₺₹₩₽₪₦₱฿"
CURRENCY = rf"(?:(?:A|AU|US|HK|NZ|C|CA|S|R|NT)\$|[{SIGNS}])"
# A currency's code before a sum ("EUR 11.3 million", "MRK 3,000,000"): read into the value, as a sign is
CURRENCY_AT = re.compile(rf"{CURRENCY}|[A-Z]{{3}}(?= \d)")
CODE_BEFORE = re.compile(r"(?<![\w.-])([A-Z]{3}) $")
# "Thirty-eight (38) deaths": a number in words with its digits in brackets, as a bulletin writes it;
# the digits are read as part of the words, so the count keeps what it counts
DIGITS_AFTER_WORDS = re.compile(rf"\b{NUMBER_WORDS}\s*(\(\d[\d,]*\))(?=\s)", re.IGNORECASE)
SUM_WRITTEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?$|\d+\.\d+(?:bn|m|tn|k)?$|\d+(?:bn|m|tn|k)$", re.IGNORECASE)
CODE_SIGNS = {"EUR": "€", "GBP": "£", "USD": "$", "JPY": "¥", "TRY": "₺", "INR": "₹", "KRW": "₩", "RUB": "₽",
              "ILS": "₪", "NGN": "₦", "PHP": "₱", "THB": "฿"}
FIGURE = re.compile(
    # A figure starts at a word whose first letter starts "up"/"down", a qualifier or a number word,
    # at a digit, or at a currency sign. The look-ahead says so, exactly: the engine then tries the
    # pattern at few places, where it tried the qualifiers at every character (twice as fast).
    rf"(?=\b[abcdefhijlmnorstu\d]|[{SIGNS}])"
    rf"(?P<direction>\b(?:up|down)\s+)?"
    rf"(?P<qualifier>\b(?:over|nearly|almost|about|around|approximately|roughly|some|"
    # "no more than 80%" is at most 80%: its "no" is part of it
    rf"no more than|not more than|no less than|not less than|no fewer than|not fewer than|more than|less than|"
    rf"close to|upwards of|in excess of|"
    rf"fewer than|at least|up to|as many as|as much as|under|just over|just under|just|only|an extra|extra)\s+)?"
    # not a clock's minutes ("23:40" is no 40); "$106m:£54.6m" is two figures
    # not a code's digits ("batch HP-2291") nor a telephone number's groups after the first ("0800 100 066")
    rf"(?P<value>(?<![\w.$])(?<!\d:)(?<!(?-i:[A-Z])-)(?<!\b0\d\d )(?<!\b0\d\d\d ){CURRENCY}?\d(?:[\d,]*\d)?(?:\.\d+)?"
    rf"(?:-\d+)?(?:bn|m|tn|k)?\b"
    rf"|\b{SPELLED_LARGE}\b|\b{NUMBER_WORDS}\b)"
    rf"(?P<unit>\s*(?:%|percent\b|per cent\b)|(?:\s+(?:million|billion|trillion)|[\s-](?:thirds?|quarters?))?"
    rf"(?:\s+[a-z][a-z-]+(?:/[a-z]+)?){{0,2}})?",  # "0.4 mg/ml", "120 km/h"
    re.IGNORECASE,
)
# An international telephone number: a country's code after "+", then groups of digits
PHONE = re.compile(r"\+\d{1,4}(?:[\s.-]*(?:\(\d{1,4}\)|\d{1,5})){2,}")
# What FIGURE's value needs somewhere in the sentence: a digit, or a number word as FIGURE finds
# one. Most sentences have neither, and these two scans cost far less than FIGURE's.
DIGIT = re.compile(r"\d")
NUMBER_WORD = any_word(f"{NUMBER_WORD_LIST}|hundred|thousand|million|billion|dozen")
YEAR = re.compile(r"^(?:19|20)\d{2}$")
YEARS = re.compile(r"^(?:19|20)\d{2}[-–](?:(?:19|20)\d{2}|\d{2})$")
LEADING_ZERO = re.compile(r"0\d{2,}")
NAMED_NUMBER = re.compile(r"\b[A-Z][a-z]+-$")  # "Sentinel-2", "Boeing-747": a number a capitalised word names
CODE_OF_TWO = re.compile(r"(?<![\w.-])[A-Z]{2} $")  # "IC 417", "EC 171": a service's code (a currency's has three)
DATE_CONTEXT = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*$")
# "at 11 p.m.", "at 23:40", "at about 10.40pm" (the clock's minutes after a point): a time, no figure
TIME_AFTER = re.compile(r"^(?::\d\d\b|\.\d\d\s*(?:[ap]\.?m\b|hrs\b)|\s*(?:[ap]\.m\.|[ap]m\b|GMT\b|BST\b|local time\b))",
                        re.IGNORECASE)
# "at about four in the afternoon", "at 10 o'clock": an hour of the clock, told in words, no figure
CLOCK_AFTER = re.compile(r"\s+(?:o['’]clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b", re.IGNORECASE)
HOURS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                   *(str(hour) for hour in range(1, 13))})
# "Local media put the number of homes destroyed at more than 200", "the count of votes cast rose to 9,000":
# what the number counts, named before it
NUMBER_OF = re.compile(r"\b(?:number|count|tally)\s+of\s+(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+"
                       r"(?:(?:has\s+|had\s+)?(?:rose|risen|rises|climbed|reached|hit|stood|stands|was|is)\s+(?:at\s+|to\s+)?"
                       r"|(?:at|to)\s+)$")
# What is put at a figure that says nothing of what it counts: "the governor put the figure at 4,000"
VAGUE_PUT = frozenset({"figure", "figures", "number", "numbers", "total", "it", "them", "this", "that"})
# A count of a whole counted after it: "would hold 29 of the 61 seats", "12 of its 40 members"
OF_A_WHOLE = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?\d[\d,]*((?:\s+[a-z][a-z-]+){1,3})")
# "The Courier puts turnout at about 58 per cent", "officials put the cost at 2 million": what is put at the figure
PUT_AT = re.compile(r"\b(?:puts?|putting|estimates?|estimated|estimating)\s+(?:the\s+|its\s+|their\s+)?"
                    r"(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+at\s+$")
# Words after "a 5%" that are a change or a manner, not what the rate is of
NO_RATE_NOUNS = frozenset("""hike surge slip slide uplift improvement expansion contraction jump leap plunge slump dip
rebound recovery boost climb loss losses chance effort forecast range level record set shareholder creditors
annually""".split())
ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?:(?:new|proposed|planned|extra|further|"
                            r"additional|flat|blanket|fresh)\s+)?$", re.IGNORECASE)
NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]+)\b")  # "a 20% tariff on": tariff
# "60,000 barrels a day", "5 tonnes per hour": the time a count is per
PER_TIME = re.compile(r"\s+((?:a|an|per)\s+(?:day|week|month|year|hour|minute|second))\b", re.IGNORECASE)
PER_SUFFIX = re.compile(r"\s+(?:a|an|per)\s+(?:day|week|month|year|hour|minute|second)$")
AGED_AFTER = re.compile(r"-(?:year|month|week)s?-old\b", re.IGNORECASE)  # "a 43-year-old man": an age
NUMBER_NAMED = re.compile(r"\b(?:number|No\.)\s+$", re.IGNORECASE)
AGE_BEFORE = re.compile(r"[A-Z][\w'’.-]+,\s*$")
AGE_AFTER = re.compile(r",\s")
# Words after a number that tell of it, not what it counts ("$4.5bn earlier this month", "the 12,000 cited
# by the association"): the unit ends before them
NOT_UNITS = frozenset({"earlier", "later", "ago", "before", "after", "previously", "already", "alone", "apiece",
                       "each", "annually", "overall", "instead", "cited", "quoted", "reported", "announced",
                       "estimated", "claimed", "given", "stated", "mentioned", "promised", "pledged", "sought",
                       # prepositions and verbs a sum runs on to: "EUR 12 million towards the response" (its
                       # euro was lost with "towards" read as a unit), "the $7.5 million add up to"
                       "towards", "toward", "onto", "via", "despite", "including", "among", "amid", "beyond",
                       "behind", "add", "adds", "added", "go", "goes", "went", "come", "comes", "came", "remain",
                       "remains", "remained", "help", "helps", "helped", "make", "makes", "made", "bring",
                       "brings", "brought", "cover", "covers", "covered", "whose", "who", "which"})
UNIT_STOPWORDS = STOPWORDS - {"new", "more", "extra"}
MULTIPLIERS = {"million", "billion", "trillion", "thousand", "hundred", "dozen", "thirds", "third", "quarters", "%"}
COUNTED_WORDS = {"dozens", "hundreds", "thousands", "millions", "billions", "tens of thousands", "tens of millions",
                 "hundreds of thousands", "hundreds of millions"}
# "on 14 May", and "the meeting of 13 and 14 May", "from 3 to 5 June": the first day of two
MONTH_AFTER = re.compile(r"^\s*(?:(?:and|to|or|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+)?"
                         r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
# "BBC Radio 4", "Channel 4", "Windows 95", "Formula 1": a whole number right after a capitalised
# word inside a sentence is part of a name, not a quantity
NAME_BEFORE = re.compile(r"\b(?P<word>[A-Z][A-Za-z]*)\s+$")
SPLIT_VALUE = re.compile(rf"^(?P<cur>{CURRENCY}?)(?P<num>\d[\d,]*(?:\.\d+)?)"
                         r"(?P<suffix>bn|m|tn|k| (?:thousand|million|billion|trillion))?$", re.IGNORECASE)
# "from 2% to 3%", "rose 2% to 3%" and "gained $1.32 to $44.45" are a change and a level, not a range
CHANGE_BEFORE = re.compile(r"\b(?:from|by|rose|fell|grew|jumped|dropped|climbed|increased|decreased|cut|raised|"
                           r"up|down|rising|falling|gained|gaining|added|lost|losing|shed|edged|slipped|slid|eased|"
                           r"dipped|sank|rallied|advanced|declined|surged|plunged|soared|tumbled|recovered)"
                           r"(?:\s+(?:up|down|back))?\s+$", re.IGNORECASE)
DIRECTED = {"%", "points", "percentage points"}
# Between a range's ends: "10 to 20%", "10% to 20%", and the low end's magnitude written out too
# ("$4 billion to $5 billion", "between 3 million and 4 million euros": had been two figures)
_MAGNITUDE = r"(?:%|percent|per cent|(?:thousand|million|billion|trillion|bn|m)\b)"
RANGE_TO = re.compile(rf"\s*{_MAGNITUDE}?\s*(?:to|–|—)\s*", re.IGNORECASE)
RANGE_AND = re.compile(rf"\s+(?:{_MAGNITUDE}\s+)?and\s+", re.IGNORECASE)

# What a number measures: the subject of "<subject> rose/is/are down <figure>"
AUX = (r"(?:(?:has|have|had|will|would|could|may|might|is|are|was|were)\s+"
       r"(?:(?:now|also|already|expected|set|likely)\s+)?(?:to\s+)?)?")
VERB = (r"(?:is|are|was|were|be|been|stands?|stood|rise|rises|risen|rose|fall|falls|fallen|fell|grow|grows|grown|grew|"
        r"(?:jump|climb|drop|increas|decreas|declin|surg|plung|soar|total|reach|doubl|edg)(?:e|es|ed|s|ped)?|"
        r"hit|hits|(?:came|comes|come|amounted|amounts)\s+to|"
        r"(?P<spans>spans?|spanned|stretch(?:es|ed)?|extends?|extended|runs?|ran))")
FILL = rf"(?:\s+(?:up|down|by|to|at|of|an|a|just|[{SIGNS}]?\d[\d.,]*(?:bn|m|tn|k)?\s*(?:%|percent|per cent)?\s+to))*"
SUBJECT = re.compile(rf"(?P<np>[\w'’-]+(?:\s+[\w'’-]+){{0,7}})(?P<relative>,?\s+(?:which|that))?"
                     rf"\s+{AUX}{VERB}{FILL}\s*$", re.IGNORECASE)
# SUBJECT's tail alone: a cheap test that rules out most windows before SUBJECT tries a phrase at each position.
VERB_TAIL = re.compile(rf"\s+{AUX}{VERB}{FILL}\s*$", re.IGNORECASE)
# The last word VERB_TAIL can end on, whole (it follows a space and only spaces follow it): a verb,
# or a FILL word ("by", "to" of "5% to", "came to"). A window whose last word is none of these cannot
# match, and one fullmatch of that word spares a search of the window at every space.
TAIL_WORD = re.compile(rf"{VERB}|up|down|by|to|at|of|an|a|just", re.IGNORECASE)
BY = re.compile("by", re.IGNORECASE)  # the last word of BY_CHANGE and BY_DIRECTION, tested the same way
CLAUSE_WORDS = {"said", "says", "say", "saying", "that", "and", "but", "while", "as", "which", "who", "whose",
                "where", "when", "because", "if", "although", "though", "so", "than",
                "whereas", "show", "shows", "showed", "found", "suggest", "suggests", "suggested", "indicated",
                "claimed", "believes", "believed", "thinks", "thought", "warned", "added", "noted", "reported",
                "according", "with", "there", "despite", "seeing", "having", "being"}
VERB_WORDS = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "may", "might"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "that", "all"}
VAGUE = {"it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those", "which", "what", "there",
         "figure", "figures", "number", "numbers", "total", "amount", "one", "some", "others", "many", "most"}
DIMENSIONS = {"long": "length", "wide": "width", "high": "height", "tall": "height", "deep": "depth",
              "old": "age"}
DIMENSION_AFTER = re.compile(r"^\s+(long|wide|high|tall|deep|old)\b")
# A capital after a word and a space: a name, not a sentence start. The capital comes first and the
# look-behind (over it) after: the same matches, but the engine skips to capitals instead of trying
# the look-behind at every character.
CAPITALISED_INSIDE = re.compile(r"[A-Z](?<=[\w,;] [A-Z])[\w'’-]*")
OF_BEFORE = re.compile(r"\b(?P<noun>[A-Za-z][a-z-]+)\s+of\s+$")
CHANGES = {"rise", "fall", "increase", "decrease", "drop", "jump", "cut", "gain", "reduction", "decline", "change",
           "average", "maximum", "minimum", "out", "because", "instead", "ahead", "outside", "inside", "top"}
# "in damage", "of the workforce": not "of search-engine Google" or "of the world's people"
LENGTH_UNITS = {"miles", "mile", "km", "kilometres", "kilometers", "metres", "meters", "feet"}
# A unit joined to its number to make an adjective ("the 412-metre bridge", "a 12-tonne truck"): the number
# measures in it as in "412 metres" (ages, "57-year-old", are read apart)
UNITS_PLURAL = {"metre": "metres", "meter": "meters", "kilometre": "kilometres", "kilometer": "kilometers",
                "km": "km", "mile": "miles", "foot": "feet", "tonne": "tonnes", "ton": "tons", "hectare": "hectares",
                "acre": "acres", "litre": "litres", "liter": "liters", "gallon": "gallons"}
UNIT_JOINED = re.compile(rf"-({'|'.join(UNITS_PLURAL)})\b(?!-old)", re.IGNORECASE)
# and what it measures is the noun after it: "the 412-metre bridge" is the bridge's length
UNIT_JOINED_NOUN = re.compile(rf"-({'|'.join(UNITS_PLURAL)})(?:-(long|wide|high|tall|deep))?"
                              r"\s+(?P<noun>[a-z][a-z-]+)\b")
UNIT_DIMENSION = {**dict.fromkeys(("tonnes", "tons"), "weight"), **dict.fromkeys(("hectares", "acres"), "area"),
                  **dict.fromkeys(("litres", "liters", "gallons"), "capacity")}
BY_CHANGE = re.compile(r"\b(?:reduc|cut|rais|increas|lower|boost|lift|slash|trimm?|expand|shrink)\w*\s+"
                       r"(?P<np>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+by\s+$", re.IGNORECASE)
# "raised its main interest rate by 50 basis points to 6.25%", "cut its benchmark rate to 4.5% from 4.75%":
# the level a change reaches or leaves is the changed thing's, as its size is (BY_CHANGE)
TO_CHANGE = re.compile(r"\b(?:reduc|cut|rais|increas|lower|boost|lift|slash|trimm?|expand|shrink|hik)\w*\s+"
                       r"(?P<np>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:(?:by|to)\s+(?:[\w.,%$€£-]+\s+){1,4})?(?:to|from)\s+$",
                       re.IGNORECASE)
TO_OR_FROM = re.compile("to|from", re.IGNORECASE)  # TO_CHANGE's last word
# "make up 70%", "adds up to", "set up 5 teams": the verb's particle; not "closed up 9%", "ended down 2%"
# or "picked up 3%", which tell a rise or a fall
PHRASAL_BEFORE = re.compile(r"\b(?:make|makes|made|making|set|sets|setting|sum|sums|summed|add|adds|added|adding|"
                            r"take|takes|took|taking|use|uses|used|using)\s+$", re.IGNORECASE)
BY_DIRECTION = re.compile(r"\b(?:(?P<down>(?:reduc|cut|lower|slash|trim|shrink|fell|fall|dropp|declin|decreas)\w*)|"
                          r"(?:rais|increas|boost|lift|expand|rose|ris|grew|grow|climb|jump)\w*)"
                          r"\s+(?:[\w'’-]+\s+){0,5}?by\s+$", re.IGNORECASE)
AFTER_OF = re.compile(r"^\s+(?:of\s+(?:(?:the|its|their|his|her|our)\s+)?|in\s+)"
                      r"(?P<noun>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,3})(?![\w'’-]|\s+[A-Z])")
ADDRESS_AFTER = re.compile(r"^\s+[A-Z][a-z]+\s+(?:Street|Road|Avenue|Lane|Square|Place)\b")
NOT_MEASURES = {"time", "times", "year", "years", "month", "months", "week", "weeks", "day", "days", "quarter",
                "period", "total", "all", "terms", "cases", "place", "part", "order", "addition", "fact", "low", "high",
                "record", "peak", "level", "rate",
                # what a sum is paid in, not what it measures: "demanded $12 million in bitcoin"
                "bitcoin", "bitcoins", "cryptocurrency", "crypto"}
# A unit of measurement is how something is counted, not what: "350 miles" says nothing of a border
MEASUREMENT_UNITS = NOT_MEASURES | {
    "miles", "mile", "km", "kilometres", "kilometers", "metres", "meters", "feet", "foot", "inches", "tonnes",
    "tons", "barrels", "hours", "hour", "minutes", "seconds", "points", "dollars", "pounds", "euros", "pence",
    "cents", "acres", "hectares", "litres", "gallons", "kg", "kilograms", "degrees", "percentage", "reais", "yen",
    "yuan", "rupees", "roubles", "francs", "gmt", "bst", "lost", "made", "held", "paid", "spent", "sold", "left"}
# A currency's name after a sum is what it is counted in, as a sign before it is ("1.5 million crowns")
CURRENCY_NAMES = frozenset({
    "dollar", "pound", "euro", "cent", "rupee", "rouble", "ruble", "rubles", "franc", "renminbi", "crown", "crowns",
    "krona", "kronor", "krone", "kroner", "dinar", "dinars", "dirham", "dirhams", "riyal", "riyals", "rial", "rials",
    "lira", "lire", "liras", "peso", "pesos", "rand", "zloty", "zlotys", "zlotych", "forint", "forints", "shekel",
    "shekels", "won", "ringgit", "baht", "rupiah", "naira", "shilling", "shillings", "hryvnia", "hryvnias", "tenge",
    "manat", "lari", "leu", "lei", "lev", "leva", "escudo", "escudos", "peseta", "pesetas", "mark", "marks",
    "guilder", "guilders", "drachma", "drachmas", "kwacha", "cedi", "cedis", "birr", "taka", "kyat", "dong", "real"})
MEASUREMENT_UNITS |= CURRENCY_NAMES
# Sums named before "of" that say what the money is, in any currency ("a fine of 60 million escudos")
# A place's size in people: "this village of about 900 people", "Kessary, a town of 6,000 residents"
POPULATED = re.compile(r"\b(?:town|village|city|hamlet|community|settlement|island|district|suburb|country|nation|"
                       r"municipality|region|province)\s+of\s+(?:(?:some|about|around|roughly|nearly|almost|more\s+than|"
                       r"over|fewer\s+than|less\s+than|just\s+under|just\s+over)\s+)?$", re.IGNORECASE)
DWELLERS = frozenset({"people", "residents", "inhabitants", "souls", "villagers", "citizens", "million people",
                      "million residents", "million inhabitants"})
# A sum taken however worded: the indictment's, the prosecutors' and the court's, set side by side
SUM_TAKEN = "sum embezzled"
_TAKING = (r"(?:embezzl\w*|divert(?:s|ed|ing)?|siphon(?:s|ed|ing)?\s+off|stole|stolen|steal(?:s|ing)?|"
           r"misappropriat\w*|defraud(?:s|ed|ing)?(?:\s+\w+){0,3}\s+of|laundered|laundering|pocket(?:s|ed|ing)?)")
TAKEN_BEFORE = re.compile(rf"\b{_TAKING}\s+(?:(?:some|about|around|roughly|nearly|almost|more\s+than|over|at\s+least|"
                          r"up\s+to|an\s+estimated)\s+)?$", re.IGNORECASE)
TAKEN_AFTER = re.compile(r"\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been|allegedly|that\s+\w+\s+(?:had\s+)?)"
                         rf"\s*)+{_TAKING}\b", re.IGNORECASE)
# A sum moved by a verb, named by what was done with it: "The government injected 5 billion crowns into the
# bank", "depositors withdrew 2.4 billion crowns", "2.1 billion crowns were withdrawn": each is the sum of
# that doing, however the sentence goes on ("of new capital", "from the bank"), and sources that give
# one its own value are set side by side (differences.py). Stems of a verb -> the sum's name.
_SUM_VERBS = {
    "injection": r"inject(?:s|ed|ing)?|pump(?:s|ed|ing)?|pour(?:s|ed|ing)?",
    "withdrawals": r"withdr(?:ew|aw|aws|awn|awing)|pull(?:s|ed|ing)?\s+out",
    "sum raised": r"rais(?:e|es|ed|ing)",
    "sum borrowed": r"borrow(?:s|ed|ing)?",
    "investment": r"invest(?:s|ed|ing)?",
    "spending": r"sp(?:end|ends|ent|ending)",
    "donations": r"donat(?:e|es|ed|ing)",
    "sum set aside": r"(?:earmark|allocat|set\s+aside|committ?)(?:s|ed|ing|e|es)?",
    "sum demanded": r"demand(?:s|ed|ing)?",  # "the hackers demanded $4.5 million in bitcoin"
}
SUMS_MOVED = frozenset(_SUM_VERBS)
_SUM_VERB = "|".join(f"(?P<v{i}>{pattern})" for i, pattern in enumerate(_SUM_VERBS.values()))
_SUM_QUALIFIER = (r"(?:(?:some|about|around|nearly|almost|roughly|approximately|over|more\s+than|less\s+than|"
                  r"at\s+least|up\s+to|an\s+estimated|a\s+further|another|an\s+additional|a\s+total\s+of|"
                  r"a\s+combined|a\s+net)\s+)?")
MOVED_BEFORE = re.compile(rf"\b(?:{_SUM_VERB})\s+{_SUM_QUALIFIER}$", re.IGNORECASE)
MOVED_AFTER = re.compile(rf"\s+(?:had\s+been|has\s+been|have\s+been|was|were|is|are|will\s+be|would\s+be)\s+"
                         rf"(?:\w+ly\s+)?(?:{_SUM_VERB})\b", re.IGNORECASE)


def _sum_moved(before: str, after: str) -> str:
    """The name of the sum a verb moves right before or after it (_SUM_VERBS), else ''."""
    found = MOVED_BEFORE.search(before) or MOVED_AFTER.match(after)
    if found is None:
        return ""
    index = next(int(name[1:]) for name, value in found.groupdict().items() if value)
    return list(_SUM_VERBS)[index]


# A sum's worth in other currencies, in brackets after it: "40 million euros ($43.5 million)", "$11bn (£5.8bn)",
# "1bn Swiss francs ($861m; £451m)": the same sum, not another figure
_AMOUNT = (r"(?:(?:[A-Z]{1,3})?[$€£¥₹₺][\d.,]*\d(?:\s*(?:bn|m|k|tn|million|billion|trillion))?|"
           r"[\d.,]*\d\s*(?:bn|m|k|tn|million|billion|trillion)?\s*(?:euros|dollars|pounds|yen|yuan|francs|rupees|"
           r"roubles|rubles|lira|crowns|kronor|kroner|rand|baht|won|pesos|rupiah|ringgit))")
CONVERSION_AFTER = re.compile(rf"\s*\(\s*(?:about\s+|around\s+|roughly\s+|some\s+)?{_AMOUNT}"
                              rf"(?:\s*[;,/]\s*{_AMOUNT})*\s*\)")
SUMS_NAMED = frozenset({"bail", "fine", "fines", "bribe", "bribes", "damages", "compensation", "ransom", "penalty",
                        "penalties", "settlement", "bond", "surety"})
# what a sum in millions is, whatever its currency: "a fund of 85 million corvos" (no count of corvos)
SUMS_IN_MILLIONS = frozenset({"fund", "budget", "package", "loan", "grant", "contract", "bid", "offer", "pledge",
                              "bailout"})
# A sum named by the noun it is the worth of: "the contract worth 412 million euros", "bribes totalling EUR 14.5
# million", "The deal, worth nearly three billion euros,", "a loan amounting to $2bn"
WORTH_BEFORE = re.compile(r"\b(?P<noun>[a-z][a-z-]+)(?:\s+(?:itself|alone))?,?\s+"
                          r"(?:(?:was|is|were|are|reportedly|allegedly)\s+){0,2}"
                          r"(?:worth|totall?ing|totall?ed|amounting\s+to|valued\s+at)\s+"
                          r"(?:(?:some|about|around|nearly|almost|roughly|approximately|over|more\s+than|at\s+least|"
                          r"up\s+to|an\s+estimated|a\s+total\s+of)\s+)?\s*$")
FINED_BEFORE = re.compile(r"\bfined\s+(?:[\w'’-]+\s+){0,3}?(?:(?:some|about|around|nearly|almost|roughly|"
                          r"a\s+total\s+of|more\s+than|over)\s+)?\s*$", re.IGNORECASE)  # "fined him 3 million crowns"
# Who a small number word counts when it is a toll or a tally: "Six Turkish soldiers were killed",
# "killing two civilians" (the two countries of a treaty are no count)
# Counted things a number in words may count alone (_things_counted): not time, nor a repetition
NOT_COUNTED_THINGS = frozenset({"days", "weeks", "months", "years", "hours", "minutes", "seconds", "decades",
                                "centuries", "times", "nights", "mornings", "evenings", "sides", "ways", "things",
                                "others", "quarters", "seasons"})
DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|its|their|his|her|our|both|all|of|first|last|next|other)\s+$",
                               re.IGNORECASE)
AUX_AFTER = re.compile(r"\s+(?:were|was|are|is|had|have|has|remain|remained|had\s+been|have\s+been|"
                       r"(?!used\b|based\b|named\b|called\b|aged\b)[a-z]{3,}ed\b)")  # "Nine athletes tested positive"
# "affected nine batches", "found four vials"
DONE_BEFORE = re.compile(r"\b(?:[a-z]+ed|found|sold|made|took|bought|sent|lost|kept|held)\s+$")
FIRST_WORD_AFTER = re.compile(r"[\s-]+[a-z][a-z-]*")
PEOPLE_COUNTED = frozenset({
    "people", "persons", "soldiers", "troops", "civilians", "militants", "fighters", "police", "policemen",
    "officers", "children", "women", "men", "members", "workers", "staff", "employees", "refugees", "migrants",
    "prisoners", "hostages", "journalists", "protesters", "demonstrators", "students", "patients", "victims",
    "bodies", "dead", "casualties", "rebels", "insurgents", "guards", "passengers", "crew", "miners", "villagers",
    "seafarers", "seafarer", "sailors", "sailor", "crewmen", "crewman", "fishermen", "fisherman", "firefighters",
    "tourists", "pilgrims", "residents",
})
IRREGULAR_PLURALS = {"people", "men", "women", "children", "police", "cattle"}
# Tolls: a count of people killed, injured or missing in one happening, whatever the sentence calls
# them ("At least 27 people were killed", "41 injured", "the death toll rose to 31", "the number of
# people killed ... has risen to 38"). Each reads as one measure, so that sources that give one
# happening different tolls can be set side by side (differences.py), which "people" could not be.
DEATH_TOLL, INJURED, MISSING = "death toll", "people injured", "people missing"
TOLLS = (DEATH_TOLL, INJURED, MISSING)
TOLL_WORDS = {"killed": DEATH_TOLL, "dead": DEATH_TOLL, "died": DEATH_TOLL, "deaths": DEATH_TOLL,
              "fatalities": DEATH_TOLL, "perished": DEATH_TOLL, "drowned": DEATH_TOLL,
              "injured": INJURED, "wounded": INJURED, "hurt": INJURED, "missing": MISSING}
TOLL_NOUNS = frozenset({"deaths", "fatalities", "dead", "casualties"})
TOLL_UNITS = PEOPLE_COUNTED | set(TOLL_WORDS) | {"lives", "others"}  # who a toll counts, or the toll's own word
# Of those, the words that count anyone: "27 people" and "31" are one toll, "six soldiers" another
TOLL_ANYONE = frozenset({"people", "persons", "victims", "dead", "bodies", "casualties", "lives", "others",
                         *TOLL_WORDS})
BODIES_FOUND = re.compile(r"\s+(?:have\s+|has\s+|had\s+)?(?:now\s+)?(?:been\s+|were\s+|was\s+)?(?:recovered|found|"
                          r"pulled|retrieved|discovered|identified|exhumed|washed\s+up)\b", re.IGNORECASE)
RANGE = re.compile(r"\d-")  # "10-12": no one toll ("Twenty-nine" is one number)
TOLL_AFTER = re.compile(  # "27 were killed", "the nine people who lost their lives"
    r"\s*(?:(?:who|that)\s+)?(?:(?:have|has|had|were|was|are|is|been|now|also|reportedly|confirmed|still|so far|"
    r"feared|believed|thought|to have|since)\s+)*"
    r"(?P<word>killed|dead|deceased|died|perished|drowned|lost their lives|injured|wounded|hurt|missing)\b",
    re.IGNORECASE)
TOLL_BEFORE = re.compile(
    r"(?:\b(?P<toll>(?:death|casualty)\s+toll|(?<=the )(?:(?:official|latest|overall|final|confirmed)\s+)?toll|"
    r"number\s+of\s+(?:(?:people|those|victims|children|civilians|soldiers|miners|workers|patients|passengers|"
    r"residents|pilgrims|migrants)\s+)?"
    r"(?:killed|dead|deaths|injured|wounded|missing))\b[^.;:!?]{0,80}?\b(?:rose|risen|rises|climbed|jumped|"
    r"reached|hit|stood|stands|was|is|now|put|puts|at|to|of)\s+(?:to\s+|at\s+)?|\b(?P<verb>killing|killed|"
    r"injuring|injured|wounded|wounding)\s+|\b(?P<bodies>bodies)\s+of\s+(?:(?:a\s+further|another|the)\s+)?)"
    r"(?:between\s+)?$",  # "puts the toll at between 20 and 30": a toll, a range
    re.IGNORECASE)
# "… eight people died, while local media put the figure at nine", "… the official toll to nine, but
# the ministry said the official figure stood at eight": a figure of a toll the sentence has told
FIGURE_BEFORE = re.compile(r"\b(?:figure|number|count)\s+(?:stood|stands|was|is|put|puts|at|to)\s+(?:at\s+|to\s+)?$|"
                           r"\bput(?:s|ting)?\s+the\s+(?:\w+\s+)?(?:figure|number|count)\s+at\s+$", re.IGNORECASE)
# ... the last counted word before it says of what ("… died, and thousands were evacuated; the
# governor put the figure at 4,000": the evacuated)
TOLL_TOLD = re.compile(r"\b(?:toll|killed|died|dead|deaths|(?P<hurt>injured|wounded)|(?P<other>evacuated|displaced|"
                       r"rescued|arrested|detained|homeless|stranded|affected|deported|released))\b", re.IGNORECASE)
TOLD_OF = re.compile(r"(?:\b(?:about|over|after|following|from|in|on|for|by)\s|['’]s\s)(?:[\w'’-]+,?\s+){0,5}$",
                     re.IGNORECASE)
OTHER_TIME = re.compile(r"\b(?:(?:19|20)\d{2}|last (?:year|month|decade|century)|years? ago|decades? ago)\b",
                        re.IGNORECASE)
RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:has\s+|have\s+|had\s+)?$", re.IGNORECASE)
# What a toll is not: a forecast ("could rise to 100"), a vote ("killed 52 to 48"), a part ("among
# them 5 children"), a figure of speech ("hurt financially", "missing from work", "missing lessons")
FORECAST = re.compile(r"\b(?:could|may|might|would|will|expected|feared|likely|set)\b", re.IGNORECASE)
VOTE_AFTER = re.compile(r"\s*(?:to|-|–)\s*\d")
PART_BEFORE = re.compile(r"\b(?:among (?:them|those|the dead|the victims)|including|of (?:them|whom|those|which))"
                         r"\s*,?\s*$",
                         re.IGNORECASE)
FIGURATIVE_AFTER = re.compile(r"\s+(?:from|financially|out|by the|lessons|school|work|classes|meetings|deadlines?|"
                              r"targets?|the|a|an|their|his|her|its)\b", re.IGNORECASE)
PART_AFTER = re.compile(r"\s+(?:of|among)\s+(?:the|them|those|whom|these)\b", re.IGNORECASE)  # "29 of the victims"
MAGNITUDE_WORDS = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3}
# SPELLED_LARGE's values, read: "(three) (quarters of) a (million)", "(one) (hundred) and (nine)"
SPELLED_WHOLE = re.compile(r"(?:(?P<count>a|[a-z]+(?:-[a-z]+)?)\s+)?"
                           r"(?:(?P<fraction>half|quarters?\s+of|thirds?\s+of)\s+(?:a\s+)?)?(?P<magnitude>dozen|hundred|thousand|million|billion)"
                           r"(?:\s+and\s+(?P<rest>[a-z]+(?:-[a-z]+)?))?")
WORD_NUMBERS = {word: number for number, word in enumerate(
    [*UNITS.split("|"), "ten", *TEENS.split("|")], start=1)} | {word: 10 * number for number, word in enumerate(
        TENS.split("|"), start=2)}


def extract_figures(sentences: tuple[Sentence, ...]) -> tuple[Figure, ...]:
    """The figures of the sentences; a sentence printed again (a repeated paragraph) lists them once."""
    named = _capitalised_inside_sentences(sentences)
    repeated = repeated_sentences(sentences)
    figures: list[Figure] = []
    for sentence in sentences:
        if sentence.index in repeated or not (DIGIT.search(sentence.text) or NUMBER_WORD.search(sentence.text)):
            continue
        sentence = _digits_in_brackets_blanked(sentence)
        matches = _off_the_phone(list(FIGURE.finditer(sentence.text)), sentence.text)
        if not matches:
            continue
        sourced = bool(SOURCE_FOR_NUMBER.search(sentence.text))  # once a sentence: per figure, a long list is quadratic
        index = 0
        while index < len(matches):
            figure, used = _next_figure(sentence, matches, index, sourced)
            if figure:
                figures.append(_with_measure(figure, sentence, matches[index], matches[index + used - 1], named))
            index += used
    return tuple(figures)


def _off_the_phone(matches: list[re.Match[str]], text: str) -> list[re.Match[str]]:
    """The matches outside telephone numbers ("the hotline, +47 22 00 41 00,", "+44 (0)20 7946 0958"):
    their groups of digits count nothing."""
    if "+" not in text:
        return matches
    phones = [(m.start(), m.end()) for m in PHONE.finditer(text)]
    return [m for m in matches if not any(start <= m.start("value") < end for start, end in phones)] if phones \
        else matches


def _digits_in_brackets_blanked(sentence: Sentence) -> Sentence:
    """The sentence with the bracketed digits after a number in words as spaces (same offsets)."""
    if "(" not in sentence.text or not (found := list(DIGITS_AFTER_WORDS.finditer(sentence.text))):
        return sentence
    text = sentence.text
    for match in reversed(found):
        text = f"{text[:match.start(1)]}{' ' * len(match.group(1))}{text[match.end(1):]}"
    return dataclasses.replace(sentence, text=text)


def _next_figure(sentence: Sentence, matches: list[re.Match[str]], index: int,
                 sourced: bool) -> tuple[Figure | None, int]:
    """The figure at matches[index], joined with the next match when the two are one range."""
    low = _figure(sentence, matches[index], sourced)
    if low and index + 1 < len(matches) and _is_range(sentence.text, matches[index], matches[index + 1]):
        high = _figure(sentence, matches[index + 1], sourced)
        joined = _range(low, high) if high else None
        if joined:
            return joined, 2
    return low, 1


def _figure(sentence: Sentence, match: re.Match[str], sourced: bool) -> Figure | None:
    value = match.group("value")
    unit = _unit((match.group("unit") or "").lstrip("-").split())  # "two-thirds": the fraction's word
    if value.lower() in COUNTED_WORDS and not unit:  # "dozens of memoranda"
        counted = re.match(r"\s+of\s+([a-z][a-z-]+)", sentence.text[match.end("value"):match.end("value") + 40])
        unit = f"of {counted.group(1)}" if counted else ""
    elif not unit and (whole := OF_A_WHOLE.match(sentence.text, match.end("value"))):
        unit = _unit(whole.group(1).split())  # "29 of the 61 seats": 29 seats; "13 of the 48 million cards"
    elif not unit and (joined := UNIT_JOINED.match(sentence.text, match.end("value"))):
        unit = UNITS_PLURAL.get(joined.group(1).lower(), joined.group(1).lower())  # "the 412-metre bridge": metres
    after = sentence.text[match.end("value"):match.end("value") + 20]
    if (YEAR.match(value) or YEARS.match(value)) and not unit.startswith("%"):
        return None  # a year is a date, not a figure; so are years ("the 1991-2020 average")
    if NAMED_NUMBER.search(sentence.text, max(0, match.start("value") - 24), match.start("value")):
        return None  # "Sentinel-2 imagery", "a Boeing-747": a name's number, not a quantity
    if not unit and value.isdigit() and CODE_OF_TWO.search(sentence.text, max(0, match.start("value") - 4),
                                                            match.start("value")):
        return None  # "IC 417 was travelling": a train's, a flight's number
    if LEADING_ZERO.fullmatch(value):
        return None  # "0800", "066": a number's digits, not a quantity
    if DATE_CONTEXT.search(sentence.text[max(0, match.start("value") - 12):match.start("value")]) \
            or MONTH_AFTER.match(after):
        return None  # the day of a date
    if TIME_AFTER.match(after) or (not unit and _is_age(sentence.text, match, value)) or AGED_AFTER.match(after) \
            or (value.lower() in HOURS and CLOCK_AFTER.match(sentence.text, match.end("value"))):
        return None  # "at 11 p.m.", "four in the afternoon", "Ayşe Karakaya, 52, said", "a 43-year-old man"
    if not match.group("qualifier") and NUMBER_NAMED.search(sentence.text, max(0, match.start("value") - 12),
                                                            match.start("value")):
        return None  # "the emergency number 112", "Number 10": a name, not a count
    qualifier = (match.group("qualifier") or "").strip()
    if _spelled(value) and not (qualifier or unit.split(" ")[0] in MULTIPLIERS or value.lower() in COUNTED_WORDS
                                or (unit and (spelled_number(value) or 0) > 10)
                                or set(unit.lower().split()) & (PEOPLE_COUNTED | TOLL_WORDS.keys())  # "three dead"
                                or (not unit and TOLL_AFTER.match(after))  # "nine died"
                                or _tolled(sentence.text[max(0, match.start() - 120):match.start()])
                                or _term_after(sentence.text, match.start(), match.end("value"))
                                or _things_counted(sentence.text, match, value, unit)):
        return None  # "the two countries": a small number word without a quantity is not a figure ("the toll
        # has risen to nine" is)
    if _is_name(sentence.text, match, value, unit) \
            or ADDRESS_AFTER.match(sentence.text[match.end("value"):match.end("value") + 40]):
        return None  # "10 Downing Street"
    if _the_sources(sentence.text, match, unit):
        return None  # "the two people said", "according to three officials familiar with the talks"
    value, unit = _dashed_range(value, unit)
    if unit and unit != "%" and (per := PER_TIME.match(sentence.text, _unit_end(sentence.text, match, unit))):
        unit = f"{unit} {' '.join(per.group(1).lower().split())}"  # "60,000 barrels a day": a rate, not a total
    value = _with_code(sentence.text, match, value, unit)
    direction = (match.group("direction") or "").strip()
    if (unit not in DIRECTED and not currency_of(value)) or \
            PHRASAL_BEFORE.search(sentence.text, max(0, match.start() - 12), match.start()):
        # "set up 5 teams": only a rate or a sum moves up or down; "which make up about 70 per cent of
        # home loans": the verb's particle, no rise or fall
        direction = ""
    text = " ".join(part for part in (direction, qualifier, _joined(value, unit)) if part)
    return Figure(text=text, value=value, unit=unit, qualifier=qualifier,
                  sentence=sentence.index, sourced=sourced)


# The people a report has its news from, counted: "…, the two people said", "three people familiar with the
# matter said", "according to two diplomats briefed on the talks". How many told it is no figure of what
# happened, and set against another source's count ("detained four people") it made a false point.
SOURCE_NOUNS = frozenset({"people", "persons", "sources", "officials", "diplomats", "insiders", "executives",
                          "bankers", "lawyers", "aides", "advisers", "advisors", "employees", "analysts"})
SOURCES_SPEAK_AFTER = re.compile(r"(?:\s*,)?(?:\s+(?:familiar|briefed|close|involved|with\s+(?:direct\s+)?knowledge|"
                                 r"aware|knowledgeable|who\s+(?:spoke|asked|declined|requested|did\s+not)|"
                                 r"speaking|on\s+condition)\b[^.;:\"“”]{0,80}?,?)?\s+"
                                 r"(?:said|say|says|told|tell|confirmed|added)\b", re.IGNORECASE)
MOST_SOURCES = 12  # a report is told by a few people, not by hundreds
ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
# "…, said four officials." (not "said five people were still held": what was said, not who said it)
SAID_BEFORE = re.compile(r"\b(?:said|told|say|says)\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
SOURCE_ENDS = re.compile(r"\s*(?:[.;:,]|$|\s+(?:familiar|briefed|close|involved|with\s+(?:direct\s+)?knowledge|aware|"
                         r"knowledgeable|who\s+(?:spoke|asked|declined|requested|did\s+not)|speaking|on\s+condition)\b)",
                         re.IGNORECASE)


def _the_sources(text: str, match: re.Match[str], unit: str) -> bool:
    """Does the figure count the people the report is told by (SOURCE_NOUNS, a few of them), who speak
    right after it or whom it is according to?"""
    value = match.group("value").lower()
    told_by = spelled_number(value) if value[:1].isalpha() else (int(value) if value.isdigit() else None)
    if unit.lower() not in SOURCE_NOUNS or told_by is None or told_by > MOST_SOURCES:
        return False  # "more than 1,000 people said they would stay away": a count of what people said, not of who told
    end, before = _unit_end(text, match, unit), max(0, match.start() - 20)
    return bool(SOURCES_SPEAK_AFTER.match(text, end) or ACCORDING_BEFORE.search(text, before, match.start())
                or (SAID_BEFORE.search(text, before, match.start()) and SOURCE_ENDS.match(text, end)))


MAGNITUDE_UNITS = frozenset({"million", "billion", "trillion"})


def _is_age(text: str, match: re.Match[str], value: str) -> bool:
    """'Ayşe Karakaya, 52, said': a number set off by commas after a name is the person's age."""
    return value.isdigit() and int(value) <= 120 and AGE_AFTER.match(text, match.end("value")) is not None \
        and AGE_BEFORE.search(text[max(0, match.start("value") - 40):match.start("value")]) is not None


def _money(figure: Figure) -> bool:
    """A sum: a currency's sign or code before it, or a currency's name after it ("45 million euros")."""
    return bool(currency_of(figure.value)) or any(
        word in CURRENCY_NAMES or word.removesuffix("s") in CURRENCY_NAMES for word in figure.unit.lower().split())


def currency_of(value: str) -> str:
    """The currency a written sum opens with ('A$' of 'A$2.6bn', '£' of '£1.8bn', 'EUR' of 'EUR 11.3
    million'), or ''."""
    match = CURRENCY_AT.match(value)
    return match.group() if match else ""


def currency_key(value: str) -> str:
    """The currency a sum is in, a code with a sign of its own as that sign ('EUR 5m' and '€5m' alike)."""
    found = currency_of(value)
    return CODE_SIGNS.get(found, found)


def _with_code(text: str, match: re.Match[str], value: str, unit: str) -> str:
    """'MRK 3,000,000', 'SEK 13.4bn': a currency's code (three capitals) before a number written as a
    sum (thousands, decimals or a magnitude) is the sum's currency; not 'FTSE 100' nor 'BBC 3', nor a
    count of something named after the number ('UAE 1.2 million people')."""
    if currency_of(value) or not (code := CODE_BEFORE.search(text, max(0, match.start("value") - 4),
                                                             match.start("value"))):
        return value
    if not (SUM_WRITTEN.match(value) or unit in MAGNITUDE_UNITS) or (unit and unit not in MAGNITUDE_UNITS):
        return value
    return f"{code.group(1)} {value}"


def _joined(value: str, unit: str) -> str:
    return value + (unit if unit == "%" else f" {unit}" if unit else "")


def _is_name(text: str, match: re.Match[str], value: str, unit: str) -> bool:
    """'Radio 4', 'Radio Five Live', 'Windows 95': a number that is part of a name."""
    if match.group("qualifier") or match.group("direction"):
        return False
    if _spelled(value):
        return value[0].isupper() and not _at_sentence_start(text, match.start("value"))
    window_start = max(0, match.start("value") - 40)
    before = NAME_BEFORE.search(text[window_start:match.start("value")])
    if not before or not re.fullmatch(r"\d+", value) or unit == "%" or unit.split(" ")[0] in MULTIPLIERS:
        return False
    return not _at_sentence_start(text, window_start + before.start("word"))


def _at_sentence_start(text: str, position: int) -> bool:
    """Nothing but quotes and brackets before `position`: a capital there says nothing of a name.
    Only the first few characters are looked at: slicing up to a late position per figure made a
    long line quadratic."""
    return position < 12 and not text[:position].strip(" \"'“”‘’([")


def _dashed_range(value: str, unit: str) -> tuple[str, str]:
    """'10-20' with '%' is the range 10–20; '2-1' (a score) stays as written."""
    low, dash, high = value.partition("-")
    if dash and low.isdigit() and high.isdigit() and int(low) < int(high):
        return f"{low}–{high}", unit
    return value, unit


def _is_range(text: str, low: re.Match[str], high: re.Match[str]) -> bool:
    """'$1.3 to $1.5bn', '10 to 20%', 'between 10 and 20 people'; not 'from 2% to 3%'."""
    if high.group("qualifier") or high.group("direction") or low.group("direction"):
        return False  # "up 0.1% to 4.7%": a change and a level
    if high.start() - low.end("value") > 16:
        return False
    gap = text[low.end("value"):high.start()]
    before = text[max(0, low.start() - 30):low.start()]
    if RANGE_TO.fullmatch(gap):
        return not CHANGE_BEFORE.search(before)
    return bool(RANGE_AND.fullmatch(gap) and re.search(r"\bbetween\s+$", before, re.IGNORECASE))


def _range(low: Figure, high: Figure) -> Figure | None:
    """One figure for both ends; the low end borrows the high end's currency and magnitude ('$1.3' → '$1.3bn')."""
    low_parts, high_parts = _parts(low.value), _parts(high.value)
    # "3 million to 4 million euros": the low end's magnitude is the high end's unit's first word
    magnitude = low.unit in {"thousand", "million", "billion", "trillion"} and high.unit.startswith(low.unit + " ")
    if not low_parts or not high_parts or (low.unit not in ("", high.unit) and not magnitude):
        return None
    (low_cur, low_num, low_suffix), (high_cur, high_num, high_suffix) = low_parts, high_parts
    if (low_cur and low_cur != high_cur) or (low_suffix and low_suffix.lower() != high_suffix.lower()):
        return None  # "76% to $1.13bn" is a rise and a level, not a range
    if low_num >= high_num:
        return None
    value = f"{high_cur}{low.value[len(low_cur):]}{'' if low_suffix else high_suffix}–{high.value}"
    text = " ".join(part for part in (low.qualifier, _joined(value, high.unit)) if part)
    return Figure(text=text, value=value, unit=high.unit, qualifier=low.qualifier,
                  sentence=low.sentence, sourced=low.sourced)


def _spelled(value: str) -> bool:
    return value.replace("-", "").replace(" ", "").isalpha()


def _parts(value: str) -> tuple[str, float, str] | None:
    if _spelled(value):
        number = spelled_number(value)
        return ("", float(number), "") if number is not None else None
    parts = SPLIT_VALUE.match(value)
    if not parts:
        return None
    return parts.group("cur"), float(parts.group("num").replace(",", "")), parts.group("suffix") or ""


def spelled_number(words: str) -> int | None:
    """The number a value written in words stands for: 'thirty-one' 31, 'one hundred and nine' 109,
    'a quarter of a million' 250,000, 'two dozen' 24; None for words that are no one number ('dozens')."""
    words = " ".join(words.lower().split())
    if (found := _below_hundred(words)) is not None:
        return found
    if (whole := SPELLED_WHOLE.fullmatch(words)) is None:
        return None
    count = 1 if whole.group("count") in ("a", "one") else _below_hundred(whole.group("count") or "a") or 1
    if whole.group("fraction"):
        count = FRACTIONS[whole.group("fraction").split()[0]] * (count if whole.group("count") else 1)
    number = count * MAGNITUDE_WORDS[whole.group("magnitude")]
    rest = _below_hundred(whole.group("rest")) if whole.group("rest") else 0
    return None if rest is None or number != int(number) else int(number) + rest


def _below_hundred(word: str) -> int | None:
    tens, _, units = word.partition("-")
    if units:
        return WORD_NUMBERS[tens] + WORD_NUMBERS[units] if tens in WORD_NUMBERS and units in WORD_NUMBERS else None
    return WORD_NUMBERS.get(word)


def _unit(words: list[str]) -> str:
    """'% ', 'million tonnes', 'new jobs': up to two words, cut at the first function word."""
    if words[:1] in (["%"], ["percent"]) or [w.lower() for w in words[:2]] == ["per", "cent"]:
        return "%"  # not "per share"
    kept: list[str] = []
    limit = 3 if words[:1] and words[0].lower() in MULTIPLIERS else 2
    for word in words[:limit]:
        if word.lower() in UNIT_STOPWORDS or word.lower() in NOT_UNITS or (
                kept and _plural(kept[-1]) and kept[-1] not in MULTIPLIERS and kept[-1].lower() not in NATIONALITIES) \
                or (kept and ("/" in kept[-1] or kept[-1].lower() in RATE_UNITS)):
            break  # "bases", not "bases amid"; but "military bases", and "Swiss francs" ("Swiss" is no plural);
            # "km/h", not "km/h hit": a unit of a rate is whole
        kept.append(word)
    return " ".join(kept)


def _plural(word: str) -> bool:
    # not "basis" of "50 basis points": a singular in -is ("across", "plus", "less" end a unit as plurals do)
    return (word.endswith("s") and not word.endswith("is")) or word.lower() in IRREGULAR_PLURALS


def _with_measure(figure: Figure, sentence: Sentence, first: re.Match[str], last: re.Match[str],
                  named: set[str]) -> Figure:
    if _magnitude(figure, sentence.text, first):  # "a magnitude 6.9 quake hit": no unit but the scale's
        # an aftershock's is another quake's: "a 5.4 aftershock" is no source's reading of the 7.1 quake
        near = sentence.text[max(0, first.start() - 80):first.start() + 40]
        return Figure(text=figure.value, value=figure.value, unit="", qualifier=figure.qualifier,
                      sentence=figure.sentence, sourced=figure.sourced,
                      measure=AFTERSHOCK_MAGNITUDE if AFTERSHOCK.search(near) else MAGNITUDE)
    if term := _prison_term(figure, sentence.text, first, last):  # "sentenced him to 14 years in prison"
        return Figure(text=f"{figure.text} years", value=figure.value, unit="years", qualifier=figure.qualifier,
                      sentence=figure.sentence, sourced=figure.sourced, measure=term)
    text = sentence.text
    if len(currency_of(figure.value)) == 3:  # "a fine of MRK 3,000,000": read as "a fine of 3,000,000"
        at = first.start("value")
        text = f"{text[:at - 4]}{' ' * 4}{text[at:]}"
    measure = _running(figure, text, first, last) or _measure(figure, text, first, last, named)
    text = _directed(figure, sentence.text[max(0, first.start() - 80):first.start()])
    if not measure and text == figure.text:
        return figure
    return Figure(text=text, value=figure.value, unit=figure.unit, qualifier=figure.qualifier,
                  sentence=figure.sentence, sourced=figure.sourced, measure=measure)


# What a spill let out, in tonnes, barrels or litres ("no more than 300 tonnes had been spilled", "1,200
# tonnes of crude oil have escaped", "a spill of 2,500 tonnes"): one measure however worded, so that the
# owner's, the coastguard's and a campaign's estimates are set side by side; not a ship's cargo
SPILLED = "amount spilled"
SPILL_UNITS = frozenset({"tonnes", "tons", "tonne", "ton", "barrels", "barrel", "litres", "liters", "gallons",
                         "cubic metres", "cubic meters", "m3"})
SPILL_WORDS = re.compile(r"\b(?:spill(?:s|ed|ing)?|spilt|leak(?:s|ed|ing)?|escaped?|escaping|discharged?|"
                         r"poured|gushed|seeped)\b", re.IGNORECASE)


# ... and so is an area burned ("had burned 9,800 hectares", "the area burned was 11,300 hectares") and a
# count of people evacuated ("About 12,000 residents had been evacuated", "nearly 15,000 people fled")
AREA_BURNED, EVACUATED = "area burned", "people evacuated"
AREA_UNITS = frozenset({"hectares", "hectare", "ha", "acres", "acre", "square kilometres", "square kilometers",
                        "sq km", "km2", "square miles"})
BURN_WORDS = re.compile(r"\b(?:burn(?:s|ed|ing)?|burnt|scorch(?:ed|ing)|charred|blackened|consumed|ravag(?:ed|ing)|"
                        r"razed|swept\s+through)\b", re.IGNORECASE)
EVACUEES = frozenset({"people", "residents", "villagers", "inhabitants", "families", "households", "tourists",
                      "persons"})
EVACUATE_WORDS = re.compile(r"\b(?:evacuat(?:ed|ing|ion)|displaced|forced\s+(?:from|out\s+of)\s+their\s+homes|"
                            r"fled\s+their\s+homes)\b", re.IGNORECASE)
# ... and so are people trapped and people rescued ("Forty-one miners were trapped", "29 miners were
# pulled out alive", "35 miners were rescued"): the operator's, the union's and the regulator's counts
TRAPPED, RESCUED = "people trapped", "people rescued"
TRAPPED_PEOPLE = EVACUEES | frozenset({"miners", "workers", "employees", "men", "women", "children", "passengers",
                                       "crew", "climbers", "students", "pupils", "staff", "others", "survivors"})
TRAP_WORDS = re.compile(r"\b(?:trapped|entombed|buried\s+alive)\b", re.IGNORECASE)
RESCUE_WORDS = re.compile(r"\b(?:rescued|(?:brought|pulled|hauled|winched)\s+(?:out|up|free|alive|to\s+"
                          r"(?:the\s+)?surface)|came\s+out\s+(?:of\s+[\w'’-]+\s+)?alive|saved)\b", re.IGNORECASE)
RUNNING = ((SPILLED, SPILL_UNITS, SPILL_WORDS), (AREA_BURNED, AREA_UNITS, BURN_WORDS),
           (EVACUATED, EVACUEES, EVACUATE_WORDS), (RESCUED, TRAPPED_PEOPLE, RESCUE_WORDS),
           (TRAPPED, TRAPPED_PEOPLE, TRAP_WORDS))
RUNNING_UNITS = frozenset(u.rsplit(" ", 1)[-1] for _, units, _ in RUNNING for u in units)  # their last words


def _running(figure: Figure, text: str, first: re.Match[str], last: re.Match[str]) -> str:
    """The running count a figure is, if any: its unit one of the count's, and a word of the count in
    its clause, just before or after it ("a spill of", "had been spilled", "had burned", "had been
    evacuated"); '' for any other figure."""
    unit = figure.unit.lower().removeprefix("of ").split(" of ")[0]
    counted = [(measure, words) for measure, units, words in RUNNING
               if unit in units or unit.split(" ", 1)[-1] in units or unit.rsplit(" ", 1)[-1] in units] \
        if unit and unit.rsplit(" ", 1)[-1] in RUNNING_UNITS else []
    if not counted:
        return ""  # most figures: no unit of a running count, and no clause read
    before = re.split(r"[;:.]|,\s", text[max(0, first.start() - 40):first.start()])[-1]
    unit_end = _unit_end(text, last, figure.unit)
    # up to the next figure: "41 people have lost their lives and 186 have been rescued" rescued 186, not 41
    after = re.split(r"[;:.]|,\s|\d", text[unit_end:unit_end + 60], maxsplit=1)[0]
    return next((measure for measure, words in counted if words.search(before) or words.search(after)), "")


MAGNITUDE, AFTERSHOCK_MAGNITUDE = "magnitude", "aftershock magnitude"
AFTERSHOCK = re.compile(r"\baftershocks?\b", re.IGNORECASE)
# An earthquake's magnitude: "magnitude 6.8", "a magnitude-7.1 quake", "a 6.9-magnitude quake", "the USGS
# put its magnitude at 6.8", "measured it at 7.1" (in a sentence of a quake), "5.4 on the Richter scale"
THRESHOLD_AFTER = re.compile(r"\s+(?:or|and)\s+(?:greater|higher|more|above|larger|over|stronger)\b", re.IGNORECASE)
MAGNITUDE_VALUE = re.compile(r"\d(?:\.\d)?")
MAGNITUDE_BEFORE = re.compile(r"\b(?:magnitude|richter(?:\s+scale)?)(?:\s+(?:upwards?|downwards?|up|down))?"
                              r"(?:\s+(?:of|at|was|is|to))?"
                              r"(?:\s+(?:about|around|nearly|some|an?|estimated))?[\s-]+$", re.IGNORECASE)
MAGNITUDE_AFTER = re.compile(r"(?:-|\s+)(?:magnitude\b|on\s+the\s+richter\b)", re.IGNORECASE)
MEASURED_AT = re.compile(r"\b(?:measured|put|registered|recorded|estimated|revised|rated|upgraded|downgraded|gave)\b"
                         r"(?:\s+[\w'’-]+){0,3}?\s+(?:at|to|as)\s+$", re.IGNORECASE)
QUAKE_WORDS = re.compile(r"\b(?:magnitude|earthquakes?|quakes?|tremors?|aftershocks?|richter)\b", re.IGNORECASE)


def _magnitude(figure: Figure, text: str, first: re.Match[str]) -> bool:
    """Is the figure an earthquake's magnitude? A number of one digit (and one decimal) that the
    words beside it make one: these had no measure, and the sources' 6.8 and 7.1 were never compared."""
    if not MAGNITUDE_VALUE.fullmatch(figure.value) or figure.unit.lower() in ("%", "percent", "per cent"):
        return False
    if THRESHOLD_AFTER.match(text, first.start("value") + len(figure.value)):
        return False  # "aftershocks of magnitude 2.5 or greater": a threshold, no quake's magnitude
    before = text[max(0, first.start() - 60):first.start()]
    return bool(MAGNITUDE_BEFORE.search(before) or MAGNITUDE_AFTER.match(text, first.start() + len(figure.value))
                or (MEASURED_AT.search(before) and QUAKE_WORDS.search(text)))


# A term in prison: "sentenced him to 14 years", "12 years in prison", "a 14-year term", "faces up to 12
# years in jail" (the most a court may give: another measure), "a two-year suspended sentence"
PRISON_TERM, MAXIMUM_TERM, SUSPENDED_TERM = "prison term", "maximum prison term", "suspended sentence"
REQUESTED_TERM = "requested prison term"
TERMS = (PRISON_TERM, MAXIMUM_TERM, SUSPENDED_TERM, REQUESTED_TERM)
# A term someone asks a court for, before its number: "asked for a sentence of 12 years", "sought 15 years"
REQUESTED_BEFORE = re.compile(r"\b(?:asked|asking|asks|ask|sought|seeking|seeks|seek|demanded|demanding|demands|"
                              r"called|calling|requested|requesting|pressed|pressing|urged|urging)\s+(?:for\s+|the\s+"
                              r"court\s+(?:for|to\s+impose)\s+)?(?:[\w'’-]+\s+){0,4}?$", re.IGNORECASE)
YEARS_AFTER = re.compile(r"(?:\s+|-)years?\b(?P<rest>[^,;.]{0,40})", re.IGNORECASE)
TERM_BEFORE = re.compile(r"\b(?:sentenced|jailed|imprisoned|faces?|facing|term of|sentence of)\b"
                         r"(?:\s+[\w'’-]+){0,5}?\s+(?:an?\s+)?$", re.IGNORECASE)  # not "spent 20 years abroad"
TERM_WORDS = re.compile(r"^\s*(?:in\s+(?:prison|jail)|behind\s+bars|(?:prison|jail)\s+(?:term|sentence)|"
                        r"term(?!\s+(?:in|of|as|at)\b)|sentence|suspended|imprisonment)\b",  # not "term in office"
                        re.IGNORECASE)
SUSPENDED = re.compile(r"\bsuspended\b", re.IGNORECASE)
OFFICE_TERM_BEFORE = re.compile(r"\b(?:appointed|elected|re-elected|nominated|renewed|extended|serve[sd]?|serving|"
                                r"mandate|tenure|office)\b(?:\s+[\w'’-]+){0,6}?\s+(?:an?\s+)?$", re.IGNORECASE)
PRISON_WORDS = re.compile(r"\b(?:prison|jail|gaol|behind\s+bars|sentenc\w*|convicted|imprison\w*|custod\w*)\b",
                          re.IGNORECASE)
MAXIMUM_QUALIFIERS = frozenset({"up to", "as many as", "no more than", "not more than"})


def _prison_term(figure: Figure, text: str, first: re.Match[str], last: re.Match[str]) -> str:
    """The measure of a number of years someone is sentenced to, faces or serves; '' for any other
    (these lost their 'years' and could never be compared: 14 years in one source, 12 in another)."""
    if figure.unit not in ("", "years", "year") or not (rest := _term_after(text, first.start(), last.end("value"))):
        return ""
    if SUSPENDED.search(rest[:20]):
        return SUSPENDED_TERM
    if REQUESTED_BEFORE.search(text, max(0, first.start() - 50), first.start()):
        return REQUESTED_TERM  # "prosecutors had asked for a sentence of 12 years": not the one the court gave
    return MAXIMUM_TERM if figure.qualifier.lower() in MAXIMUM_QUALIFIERS else PRISON_TERM


def _things_counted(text: str, match: re.Match[str], value: str, unit: str) -> bool:
    """'seven batches were affected', 'the contamination affected nine batches': a number in words
    counting things as a verb's subject or object, no determiner before it ('the two countries' are
    named, not counted) and no span of time ('two days later')."""
    words = unit.lower().split()
    if len(words) > 1 and unit[:1].isupper():
        words = words[1:]  # "four Sarvenian diplomats": a people's word before what is counted
    # the counted noun is the last word: "three senior executives", "seven large tankers"
    if not words or not words[-1].endswith("s") or (spelled_number(value) or 0) < 2 \
            or any(w in NOT_COUNTED_THINGS or f"{w}s" in NOT_COUNTED_THINGS for w in words):
        return False  # "four consecutive quarters", "six month losses": spans of time, not things counted
    if DETERMINER_BEFORE.search(text, max(0, match.start("value") - 12), match.start("value")):
        return False
    noun = FIRST_WORD_AFTER.match(text, match.end("value"))
    return bool((noun and AUX_AFTER.match(text, max(noun.end(), _unit_end(text, match, unit))))
                or DONE_BEFORE.search(text, max(0, match.start("value") - 30), match.start("value")))


def _term_after(text: str, start: int, value_end: int) -> str:
    """The words after '<number> years' when the number is a term in prison ('… in prison', 'a
    14-year term', 'sentenced him to 12 years'); '' when it is not."""
    years = YEARS_AFTER.match(text, value_end)
    if years is None:
        return ""
    rest = years.group("rest")
    before = text[max(0, start - 60):start]
    if OFFICE_TERM_BEFORE.search(before) and not PRISON_WORDS.search(before + rest[:30]):
        return ""  # "Its Chair is appointed for a term of five years", "elected to a five-year term": an office's
    if TERM_WORDS.match(rest) or TERM_BEFORE.search(before):
        return rest or " "
    return ""


def _directed(figure: Figure, before: str) -> str:
    """'reducing violent incidents by nearly 20%' → 'down nearly 20%': 'by' makes the figure a change,
    and the verb says which way; a rate or a sum only, as for a stated 'up'/'down'."""
    change = BY_DIRECTION.search(before) if BY.fullmatch(_last_word(before)) else None
    if not change or figure.text.startswith(("up ", "down ")) or (
            figure.unit not in DIRECTED and not currency_of(figure.value)):
        return figure.text
    return f"{'down' if change.group('down') else 'up'} {figure.text}"


def _measure(figure: Figure, text: str, first: re.Match[str], last: re.Match[str], named: set[str]) -> str:
    """A toll; else the subject of the clause, else the noun after 'of'/'in', else the counted noun;
    '' rather than a guess."""
    unit_end = _unit_end(text, last, figure.unit)
    after = text[unit_end:unit_end + 60]
    if conversion := CONVERSION_AFTER.match(text, unit_end):  # "40 million euros ($43.5 million) in aid": aid
        after = text[conversion.end():conversion.end() + 60]
    toll = _toll(figure, text[max(0, first.start() - 120):first.start()], after)
    if toll:
        return toll
    if " ".join(figure.unit.lower().split()) in SPEED_KMH \
            and (speed := _speed(text[max(0, first.start() - 40):first.start()])):
        return speed
    if POPULATED.search(text, max(0, first.start() - 40), first.start()) and figure.unit.lower() in DWELLERS:
        return "population"  # "this village of about 900 people", "a town of 6,000 residents": no count of a happening
    if _money(figure) and (TAKEN_BEFORE.search(text, max(0, first.start() - 40), first.start())
                           or TAKEN_AFTER.match(after)):
        return SUM_TAKEN  # "diverted €48.6 million", "embezzling about 45 million euros", "€31m was siphoned off"
    if _money(figure) and (moved := _sum_moved(text[max(0, first.start() - 40):first.start()], after)):
        return moved  # "injected 5 billion crowns into the bank", "2.4 billion crowns were withdrawn"
    adjective = UNIT_JOINED_NOUN.match(text, last.end("value"))
    if adjective and adjective.group("noun") not in STOPWORDS:
        dimension = DIMENSIONS[adjective.group(2)] if adjective.group(2) else UNIT_DIMENSION.get(figure.unit, "length")
        return f"{adjective.group('noun')} {dimension}"
    put = PUT_AT.search(text, max(0, first.start() - 60), first.start())
    if put and not CLAUSE_WORDS & set(put.group("np").split()) and put.group("np") not in STOPWORDS \
            and put.group("np").split()[-1] not in VAGUE_PUT:
        return put.group("np").lower()  # "puts turnout at about 58 per cent": turnout
    counted = NUMBER_OF.search(text, max(0, first.start() - 80), first.start())
    if counted and not currency_of(figure.value):  # "put the number of homes destroyed at more than 200"
        # a noun phrase, not a clause ("the number of pupils who were absent rose to 70": no guess)
        return _noun_phrase(counted.group("np").split(), text, -1, named).lower() if \
            not CLAUSE_WORDS & set(counted.group("np").split()) else ""
    if _money(figure) or figure.unit.lower().startswith(("million", "billion")):
        worth = WORTH_BEFORE.search(text, max(0, first.start() - 60), first.start())
        if worth and worth.group("noun") not in STOPWORDS | NOT_MEASURES and not worth.group("noun").endswith("ly"):
            return worth.group("noun")  # "the contract worth 412 million euros": the contract
        if FINED_BEFORE.search(text, max(0, first.start() - 40), first.start()):
            return "fine"
        sum_of = OF_BEFORE.search(text[max(0, first.start() - 40):first.start()])
        if sum_of and sum_of.group("noun").lower() in SUMS_IN_MILLIONS:
            return sum_of.group("noun").lower()  # "a fund of 85 million corvos": a fund
    subject, spans = _subject(text, first.start(), named)
    dimension = DIMENSION_AFTER.match(after)
    if dimension or (spans and figure.unit.split(" ")[-1] in LENGTH_UNITS):
        noun = DIMENSIONS[dimension.group(1)] if dimension else "length"
        subject = " ".join(w for w in subject.split(" ") if w not in DIMENSIONS)  # not "long border length"
        return f"{subject} {noun}" if subject else ""
    if subject:
        return subject
    named_before = OF_BEFORE.search(text[max(0, first.start() - 40):first.start()])
    if named_before and named_before.group("noun").lower() in SUMS_NAMED:
        return named_before.group("noun").lower()  # "bail of 5 million escudos": bail, whatever the currency
    magnitudes = MULTIPLIERS | COUNTED_WORDS | {""}
    counted = PER_SUFFIX.sub("", figure.unit)  # "passengers a year" counts passengers
    words = [w for w in counted.removeprefix("of ").split(" ") if w.lower() not in magnitudes]
    if words and words[-1].lower() not in MEASUREMENT_UNITS and "/" not in words[-1]:
        # a counted noun: "500 people", "dozens of memoranda" (not a rate's unit, "mg/ml")
        if "-" in words[-1] or words[-1].endswith("ed") or re.match(r"\s+[A-Z]", after):
            return ""  # "year-earlier", "submitted", "eight Las Vegas resorts": not a plain counted noun
        return " ".join(words)
    if named_before and named_before.group("noun").lower() not in NOT_MEASURES | VAGUE | CHANGES | STOPWORDS:
        return named_before.group("noun").lower()  # "growth of 3%", "profits of $5bn"
    return _noun_after(after) or _rate_of_noun(figure, text[max(0, first.start() - 30):first.start()], after)


RATE_UNITS = frozenset({"mph", "kph", "knots"})  # a unit whole in one word: "100 mph", not "100 mph hit"
# A speed, and what it is the speed of: a vehicle's ("travelling at 87 km/h", "doing 80 mph"), the
# limit's ("the permitted speed of 100 km/h"), or neither told (no measure: no guess)
# A speed's units, each to km/h: "87 km/h", "about 120 kilometres per hour", "80 mph", "25 knots"
SPEED_KMH = {"km/h": 1.0, "kph": 1.0, "kilometres per hour": 1.0, "kilometers per hour": 1.0, "kilometres an hour": 1.0,
             "kilometers an hour": 1.0, "mph": 1.609344, "miles per hour": 1.609344, "miles an hour": 1.609344,
             "knots": 1.852}
MOVING_AT = re.compile(r"\b(?:travell?(?:ing|ed|s)?|going|went|moving|moved|running|ran|driving|drove|doing|did|"
                       r"flying|flew|sailing|sailed|speeding|sped|hurtling)\s+(?:at\s+)?(?:a\s+speed\s+of\s+)?"
                       r"(?:(?:some|about|around|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to|"
                       r"less\s+than|under)\s+)?$", re.IGNORECASE)
LIMIT_BEFORE = re.compile(r"\b(?:(?:permitted|maximum|allowed|top|posted)\s+speed|speed\s+limit|limit)\s+"
                          r"(?:of|is|was|at)\s+(?:(?:some|about|around)\s+)?$", re.IGNORECASE)


def _speed(before: str) -> str:
    if LIMIT_BEFORE.search(before):
        return "speed limit"
    return "speed" if MOVING_AT.search(before) else ""


def _rate_of_noun(figure: Figure, before: str, after: str) -> str:
    """'a 20% tariff on its steel', 'the $2bn loan': a rate or a sum written before the noun it is of,
    after an article; not a change ('a 3% rise') nor a word of no measure."""
    if figure.unit != "%" and not currency_of(figure.value):
        return ""
    noun = NOUN_AFTER.match(after)
    if not ARTICLE_BEFORE.search(before) or noun is None:
        return ""
    word = noun.group(1).lower()
    if word in NOT_MEASURES | VAGUE | CHANGES | STOPWORDS | NO_RATE_NOUNS | NOT_UNITS \
            or word.endswith(("ed", "en", "ly", "al")):
        return ""  # "a $204m announced", "a 5% annual", "a 3% surge": no noun the rate is of
    return word


def named_in_relative(text: str, figure: Figure) -> bool:
    """Is the figure a toll told in a relative clause ("the bombing that killed ten people"), whose
    sentence's dates are of something else (the call about it)?"""
    at = text.find(figure.text)
    at = text.find(figure.value) if at < 0 else at
    before = text[max(0, at - 120):at] if at >= 0 else ""
    stated = TOLL_BEFORE.search(before)
    return bool(stated and stated.group("verb") and RELATIVE_BEFORE.search(before, 0, stated.start()))


def _lead_toll(figure: Figure, antecedent: str, after: str) -> bool:
    """A toll named in a relative clause of a briefing's first sentence, of what the sentence tells
    of ("spoke … about the bombing that killed ten people in Silopi", "after the tsunami which
    killed more than 30,000", "Last week's bombing in Silopi, which killed at least eight people"):
    the happening the briefing reports; not one the sentence opens with ("The floods that killed
    230 people in Valencia remain a burden"), nor one the clause dates in another time."""
    clause = re.split(r"[,;:.]", after, maxsplit=1)[0]
    return figure.sentence == 0 and bool(TOLD_OF.search(antecedent[-60:])) and not OTHER_TIME.search(clause)


def _tolled(before: str) -> bool:
    """Do the words before a number say it is a toll ("the toll has risen to", "… died, while local
    media put the figure at")?"""
    return bool(TOLL_BEFORE.search(before) or (FIGURE_BEFORE.search(before) and _last_counted(before)))


def _last_counted(before: str) -> str:
    """The toll the last counted word before a figure ("put the figure at") tells: '' when there is
    none, or when it counts something else (the evacuated)."""
    told = list(TOLL_TOLD.finditer(before))
    if not told or told[-1].group("other"):
        return ""
    return INJURED if told[-1].group("hurt") else DEATH_TOLL


def _toll(figure: Figure, before: str, after: str) -> str:
    """DEATH_TOLL, INJURED or MISSING when the figure counts people killed, injured or missing: its
    unit is who it counts or the toll's own word ("41 injured"), and the words around it say which
    toll; '' for a part ("29 of the victims died in ..."), a sum or anything else."""
    words = figure.unit.lower().split()
    if currency_of(figure.value) or (words and words[-1] not in TOLL_UNITS) or PART_AFTER.match(after) \
            or VOTE_AFTER.match(after) or RANGE.search(figure.value) or PART_BEFORE.search(before):
        return ""
    if words and words[-1] in TOLL_WORDS:
        # "500 livestock died" counts no people; "140,000 confirmed deaths" does (a noun, its modifier)
        counted = len(words) < 2 or words[-2] in TOLL_UNITS or words[-1] in TOLL_NOUNS
        figurative = FIGURATIVE_AFTER.match(after)  # "41 injured" ends the unit: what follows is after
        return TOLL_WORDS[words[-1]] if counted and not figurative else ""
    if words and words[-1] == "bodies":  # "Four bodies were pulled from the rubble": the dead found
        return DEATH_TOLL if BODIES_FOUND.match(after) and not FORECAST.search(before[-40:]) else ""
    if words and words[-1] == "lives":
        return DEATH_TOLL if re.search(r"\b(?:claimed|cost|lost|taken)\s+(?:at least\s+|about\s+|over\s+)?$",
                                       before, re.IGNORECASE) else ""
    said = TOLL_AFTER.match(after)
    if said:
        if FIGURATIVE_AFTER.match(after, said.end()) or FORECAST.search(after, 0, said.start("word")):
            return ""  # "were hurt financially", "could have died"
        return TOLL_WORDS.get(said.group("word").lower(), DEATH_TOLL)  # "lost their lives"
    stated = TOLL_BEFORE.search(before)
    if stated and (told_since := list(TOLL_TOLD.finditer(before, stated.start()))) and told_since[-1].group("other"):
        return ""  # "puts the death toll at eight and the number rescued at 30": the rescued
    if not stated and FIGURE_BEFORE.search(before) and (told := _last_counted(before)):
        return told
    relative = stated and stated.group("verb") and RELATIVE_BEFORE.search(before, 0, stated.start())
    if not stated or (relative and not _lead_toll(figure, before[:relative.start()], after)):
        return ""  # "the floods that killed 230 people": a past happening named, not a toll told
    if FORECAST.search(before, stated.start()):
        return ""  # "the number of dead could rise to 100"
    named = (stated.group("toll") or stated.group("verb") or stated.group("bodies")).lower()
    return INJURED if "injur" in named or "wound" in named else MISSING if "missing" in named else DEATH_TOLL


CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:)]|$)")
PREPOSITION_AFTER = re.compile(r"\s+(?:for|to|from|at|on|over|with)\s")


def _noun_after(after: str) -> str:
    """'in damage', 'of the workforce', 'of gross domestic product': the noun phrase after 'of'/'in'."""
    counted = AFTER_OF.match(after)
    if not counted:
        return ""
    kept: list[str] = []
    for word in counted.group("noun").split():
        if word in UNIT_STOPWORDS:
            break
        kept.append(word)
        if word.endswith("s") and not word.endswith(("ss", "us", "is")):
            break  # "prisoners", not "prisoners reconvicted"
    phrase = " ".join(kept)
    # the phrase ends where its clause does, or two plain words where a preposition opens another ("in
    # humanitarian aid for the camps"): a phrase that runs on may hold a verb ("of the population already lives in")
    end = counted.start("noun") + len(phrase)
    ends_clause = CLAUSE_END_AFTER.match(after, end) or (
        len(kept) == 2 and PREPOSITION_AFTER.match(after, end) and not kept[-1].endswith(("ed", "ing", "ly", "en")))
    if not kept or kept[0] in NOT_MEASURES or len(kept) > 3 or (len(kept) > 1 and not ends_clause and not (
            len(kept) == 2 and kept[-1].endswith("s"))):
        return ""  # a longer phrase that runs on may hold a verb: "of the population already lives in"
    return phrase


def _unit_end(text: str, match: re.Match[str], unit: str) -> int:
    """Where the kept unit ends: FIGURE's unit group may run on into words _unit cut off."""
    end = match.end("value")
    if not unit:
        return end
    if unit == "%":
        found = re.match(r"\s*(?:%|percent|per cent)", text[end:end + 12])
        return end + found.end() if found else end
    last = unit.split(" ")[-1]
    position = text.find(last, end, end + 60)
    return position + len(last) if position >= 0 else end


def _subject(text: str, position: int, named: set[str]) -> tuple[str, bool]:
    """'Violent incidents in contested areas are down nearly 20%' → 'violent incidents in contested areas';
    and whether the verb gives a length ('a border that spans 350 miles')."""
    window_start = max(0, position - 120)
    window = text[window_start:position]
    found = SUBJECT.search(window) if TAIL_WORD.fullmatch(_last_word(window)) and VERB_TAIL.search(window) else None
    if not found:
        before = text[max(0, position - 80):position]  # "reducing violent incidents by 20%"
        last = _last_word(before)
        by = BY_CHANGE.search(before) if BY.fullmatch(last) else \
            TO_CHANGE.search(before) if TO_OR_FROM.fullmatch(last) else None
        return (_noun_phrase(_changed(by.group("np").split()), text, -1, named), False) if by else ("", False)
    words = found.group("np").split()
    start = window_start + found.start("np")
    relative = bool(found.group("relative"))
    if len(words) > 1 and words[-1].lower() in ("that", "which"):  # the greedy phrase took the pronoun
        words, relative = words[:-1], True
    if relative:  # "toured the border, which is ...": the antecedent starts at its determiner
        cut = max((i for i, w in enumerate(words) if w.lower() in DETERMINERS), default=-1 if len(words) > 2 else 0)
        if cut < 0:
            return "", False
        start += len(" ".join(words[:cut])) + (1 if cut else 0)
        words = words[cut:]
    for index in range(len(words) - 1, -1, -1):  # the clause starts after the last "said", "that", "and" ...
        if words[index].lower() in CLAUSE_WORDS:
            if words[index].lower() in ("and", "or") and words[index + 1:index + 2] != [] \
                    and words[index + 1][:1].isupper():
                return "", False  # "prices in the South East and London": the phrase runs through "and"
            start += len(" ".join(words[:index + 1])) + 1
            words = words[index + 1:]
            break
    return _noun_phrase(words, text, start, named), bool(found.group("spans"))


def _changed(words: list[str]) -> list[str]:
    """What a change changes, from the words between its verb and 'by' or 'to': not a preposition
    before it ("a rise in the minimum wage to", "lowering of the voting age to") nor an adverb or a
    share after it ("cut debt back to", "cut its stake in half to")."""
    while words and words[0].lower() in ("in", "of", "on", "for"):
        words = words[1:]
    if len(words) > 2 and [w.lower() for w in words[-2:]] in (["in", "half"], ["by", "half"]):
        words = words[:-2]
    while words and words[-1].lower() in ("back", "down", "up", "further", "again", "sharply", "slightly"):
        words = words[:-1]
    return words


def _last_word(text: str) -> str:
    """The text's last whitespace-separated word, or ''."""
    words = text.rsplit(None, 1)
    return words[-1] if words else ""


def _noun_phrase(words: list[str], text: str, start: int, named: set[str]) -> str:
    """The words as a noun phrase without its determiner, or '' when they look like anything else."""
    while words and words[0].lower() in DETERMINERS:
        start += len(words[0]) + 1
        words = words[1:]
    if not words or len(words) > 6 or words[-1].lower() in STOPWORDS or words[0].lower() in VAGUE \
            or not words[0][:1].isalpha():
        return ""
    if any(w.lower() in VERB_WORDS or any(c.isdigit() for c in w) for w in words):
        return ""  # "people who were killed": a clause, not a noun phrase
    if _at_sentence_start(text, start) and words[0][:1].isupper() and words[0] not in named \
            and words[0][1:].islower():
        words[0] = words[0].lower()  # "Violent incidents ..." is not a name
    return " ".join(words).strip("'’")


def _capitalised_inside_sentences(sentences: tuple[Sentence, ...]) -> set[str]:
    """Words written with a capital inside a sentence somewhere: names, kept capitalised at a sentence start."""
    named: set[str] = set()
    for sentence in sentences:
        named.update(CAPITALISED_INSIDE.findall(sentence.text))
    return named
