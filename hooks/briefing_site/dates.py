"""Step 3c: dates in the text, absolute and relative, written ISO 8601 to their precision.

Relative dates ("on Thursday", "in mid-August", "last year") are resolved against the
publication date when it is known, and left unresolved when it is not: never guessed. One
exception: without a publication date, "in August" after "in March 2024" takes the year the
text itself stated (a month stated later in that year), and says so.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import sys

from .model import DatedStatement, Sentence
from .text import repeated_sentences

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_IN = re.compile(WEEKDAY)
SAID_ON_WEEKDAY = re.compile(rf"\bon\s+(?P<wd>{WEEKDAY})\b")  # a day the plan was told on, before the day planned
MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
              r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
YEAR = r"(?:19|20)\d{2}"
# A day of the month in words, as it is spoken ("on the ninth of March", "the twenty-first of May 2024")
SPELLED_DAYS = {word: number for number, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)}
SPELLED_DAYS |= {f"twenty-{word}": 20 + number for word, number in SPELLED_DAYS.items() if number < 10}
SPELLED_DAYS |= {"thirtieth": 30, "thirty-first": 31}
SPELLED_DAY = rf"(?:{'|'.join(sorted(SPELLED_DAYS, key=len, reverse=True))})(?=\s+of\s)"
STATED_MONTH = re.compile(rf"(?:(?:early|mid|late)[- ]?)?(?P<mon>{MONTH_NAME})", re.IGNORECASE)
LEAD_IN = re.compile(r"\b(?:in|since)\s+$", re.IGNORECASE)  # not "last", "until", "by": they look from the writer
# A month the sentence looks ahead to ("will open in June", "is due to start in March", "said it
# would end in June"): the next one after the publication date, not the last one before it.
AHEAD_WORDS = (r"will|shall|is to|are to|is due|are due|due to|likely to|is set to|are set to|scheduled|plans? to|"
               r"planned")
# "Economists expect another rise in August", "the IMF forecasts growth to slow in June": a present
# verb of foreseeing looks ahead as "will" does ("expected" is as often of the past: "had been expected")
# A time a thing is set for, right before the date: "a decision expected in May", "the recount, to begin on
# Monday", "The recount starts on Monday" (a schedule's present); these had been dated back, not ahead
SCHEDULED = (r"\b(?:due|scheduled)\s+(?:(?:in|on|by|for)\s*)?$|\b(?:planned|set)\s+for\s*$|"
             # "invited the union to resume talks on Thursday": what it is to resume, then when
             # "asked me to appear in April": what one is to do comes after the asking
             r"\bto\s+(?:begin|start|resume|open|reopen|close|end|meet|be\s+held|take\s+place|appear|testify|"
             r"attend|report|stand\s+trial|vote)(?:\s+[a-z]+){0,2}?"
             r"\s*(?:on|in)?\s*$|"
             r"\b(?:starts|begins|opens|resumes|reopens|closes|ends)\s*(?:on|in)?\s*$")
# and a month a thing is expected in ("a decision expected in May"); not a weekday ("The results, expected
# on Monday, were delayed" tells of last Monday), nor what had been expected
EXPECTED_IN = r"(?<!\bbeen )\bexpected\s+(?:in\s*)?$"
# not "would have seemed unimaginable in January": a past that did not happen, not a time to come
FUTURE_CUE = re.compile(rf"\b(?:{AHEAD_WORDS}|(?:would|could)(?!\s+(?:not\s+|never\s+)?have\b)|expected to|as early as|"
                        # "faces an election in October", "faces trial in May": what is before them
                        r"next|expects?|forecasts?|predicts?|faces|facing|"
                        r"anticipates?|foresees?|(?:intends?|aims?|hopes?) to)\b|['’]ll\b|"
                        + SCHEDULED + "|" + EXPECTED_IN,
                        re.IGNORECASE)
# A day of a month without a year, weeks after the day of writing and told with no past tense before it,
# is to come ("returns to court on 9 April"), not eleven months ago; "was arrested on 20 March" is of last year
SOON_AHEAD = 45
SOON_MONTHS = 2  # a month this far after the month of writing, told with no past tense, is to come
UNTIL_PAST = re.compile(r"\b(?:was|were|had|did|remained|stayed|lasted|continued)\b", re.IGNORECASE)
PAST_BEFORE = re.compile(r"\b(?:was|were|had|did|ago|last|said|told|bought|sold|made|took|met|went|came|held|won|lost|"
                         r"saw|gave|left|began|rose|fell|hit|struck|shot|fled|sent|spent|paid|kept|found|brought|"
                         r"thought|got|put|set|cut|led|fought|caught|ran|wrote|spoke|broke|chose|drove|flew|grew|"
                         r"knew|threw|wore|stood|sat|heard|felt|built|dealt|meant|sought|taught|became)\b|"
                         r"\b\w+ed\b(?=\W*(?:\w+\W+){0,3}$)", re.IGNORECASE)
PRESENT_BEFORE = re.compile(r"\b(?:is|are|am|be|been|will|shall|has|have|now|remains?|stays?)\b",
                            re.IGNORECASE)  # "is banned until", "has now been delayed until": an end to come
STARTING_BEFORE = re.compile(r"\b(?:beginning|starting|commencing|effective)\s*$", re.IGNORECASE)
LAST_WEEKS_DAYS = 2  # "last Tuesday" this many days back or fewer is a week further back
# What says a weekday is to come: FUTURE_CUE without "could"; "would" (not "would have") reports a
# plan, counted from the day it was told on when the sentence gives one ("they said on Monday they
# would meet on Tuesday", written on Wednesday: that Tuesday, SAID_ON_WEEKDAY)
WEEKDAY_AHEAD = re.compile(rf"\b(?:{AHEAD_WORDS}|would(?!\s+have)|expected to|expects?|forecasts?|predicts?)\b|"
                           rf"['’]ll\b|{SCHEDULED}|"
                           # "more rain was expected on Wednesday", written on a Tuesday
                           r"\b(?:is|are|was|were|be)\s+expected\s*$|"
                           # "Dr van Aardt is expected in Tolvo on Friday": somewhere, then when
                           r"\b(?:is|are)\s+expected\s+(?:in|at|back)\b", re.IGNORECASE)
# The clause after an opening weekday, up to its verb: "On Friday the court will rule", "On Monday
# talks are due to resume"
CLAUSE_END = re.compile(r"[,;:.!?]")
AHEAD_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,5}?(?:will|shall|is to|are to|is due|are due|is expected|are expected|"
                         r"is set to|are set to)\b|\s*(?:[\w'’-]+\s+){0,4}?[\w-]+['’]ll\b", re.IGNORECASE)
UNIVERSAL_TIME_BEFORE = re.compile(r"\b(?:GMT|UTC)\s*,?\s*$")
# A sentence that sets a day to come ("must leave by Friday"), read whole: "by" may open it
BY_AHEAD = re.compile(rf"\b(?:{AHEAD_WORDS}|expected|must|should|needs? to|has to|have to|deadline|ultimatum|until)\b"
                      r"|['’]ll\b", re.IGNORECASE)
QUOTE_MARKS = ('"', "“", "”")
AHEAD_OF = re.compile(r"\b(?:ahead of|in the run-up to|in the lead-up to|in advance of|preparing for|"
                      r"preparations for)\s+(?:the\s+)?$", re.IGNORECASE)
# Days counted from the day the text dated last: "the following day", "the next morning", "two days
# later", "on the same day" (not "two days before the vote": counted from the vote, not the date)
SEQUENCE = re.compile(r"\b(?:the\s+(?P<rel>following|next|same)\s+(?:day|morning|afternoon|evening|night)|"
                      r"(?P<n>a|one|two|three|four|five|six|seven|\d)\s+days?\s+(?:later|afterwards))\b",
                      re.IGNORECASE)
SEQUENCE_REACH = 3  # sentences back a counted day looks for the day it counts from
COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14}
SMALL_HOURS = r"(?:[Ii]n|[Ss]ince|[Uu]ntil|[Oo]n)\s+the\s+(?:early|small|wee)\s+hours\s+of"
# "the June 2 strikes", "said the 4 June raid had", "the 2 November presidential election": a day
# that names a happening, with "the" as its only lead; not a day that is a name itself ("the 11
# September attacks", whose year is no recent one)
DATED_HAPPENINGS = (r"(?:elections?|votes?|polls?|referendums?|ballots?|runoffs?|meetings?|summits?|talks|protests?|"
                    r"rall(?:y|ies)|marche?s?|strikes?|airstrikes?|raids?|attacks?|bombings?|blasts?|explosions?|"
                    r"crash(?:es)?|fires?|floods?|earthquakes?|quakes?|storms?|auctions?|hearings?|rulings?|"
                    r"verdicts?|massacres?|ambush(?:es)?|coups?|invasions?|uprisings?|riots?|shootings?|killings?|"
                    r"collapses?|derailments?|accidents?|signing|ceasefire|visits?|launch|deadline|handover|"
                    r"release|incident)")
NAMED_DAYS = r"(?!(?:11(?:th)?\s+September|September\s+11(?:th)?)\b)"
THE_DAY_OF = (rf"[Tt]he\s+{NAMED_DAYS}(?=(?:[0-3]?\d(?:st|nd|rd|th)?\s+{MONTH_NAME}|{MONTH_NAME}\.?\s+[0-3]?\d"
              rf"(?:st|nd|rd|th)?)\s+(?:[a-z]+\s+)?{DATED_HAPPENINGS}\b)")
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b(?P<mon>{MONTH_NAME})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>{YEAR})\b")),
    ("dmy", re.compile(rf"\b(?P<d>[0-3]?\d|{SPELLED_DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH_NAME})\.?,?\s+"
                       rf"(?P<y>{YEAR})\b")),
    ("my", re.compile(rf"\b(?P<q>(?:early|mid|late)-?\s*)?(?P<mon>{MONTH_NAME})\.?,?\s+(?:of\s+)?(?P<y>{YEAR})\b")),
    # A bare year, unless it is a price, a count or part of a larger number
    ("y", re.compile(rf"(?<![\d$£€.,:/])\b(?P<q>(?:[Ee]arly|[Mm]id|[Ll]ate)[- ])?(?P<y>{YEAR})\b"
                     rf"(?![,.:/]\d|-\d|\s*(?:%|per\b|percent|bn\b|m\b|"
                     rf"people|jobs|workers|staff|homes|troops|GMT|BST|hours))")),
    # "in April last year", "June of next year", "in mid-March this year": that month of the year the
    # words count to, before "last year" alone (rel_word) dates it to its year only
    ("month_rel_year", re.compile(rf"\b(?:(?:early|mid|late)[- ]?)?(?P<mon>{MONTH_NAME})\.?,?\s+(?:of\s+)?"
                                  r"(?P<rel>last|this|next)\s+year\b")),
    ("rel_month", re.compile(rf"\b(?P<lead>(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ll]ast|[Tt]his|[Aa]n?)\s+"
                             rf"(?:(?:early|mid|late)[- ]?)?)(?P<mon>{MONTH_NAME})\b(?!\.?\s*(?:\d|,\s*\d))"
                             # "in June last year" is no June of a year stated earlier: "last year" dates it
                             r"(?!\s+(?:of\s+)?(?:last|next|this)\s+year)")),
    # A day of a month with no year after "on" ("on 13 January", "on January 13"): the one the
    # publication date last passed, or the next one where the sentence looks ahead. Not without
    # "on": "the 11 September attacks" is a name, and its year is no recent one
    # "On Thursday, 14 March": its weekday before it too; "on the night of 14 April": its part of the day.
    # After "as of", "by", "until", "from" too ("as of 22 June"), and after a weekday alone ("has set
    # Friday, 21 June, for its ruling"); a list's item opening with its day ("13 June: protests in …")
    # "for" too: "the runoff, first set for 6 April", "originally scheduled for April 6"
    # "in the early hours of 13 January", "since the small hours of Tuesday": a day's first hours
    ("rel_day", re.compile(rf"(?:\b(?P<lead>(?:[Oo]n|[Aa]s\s+of|[Bb]y|[Uu]ntil(?:\s+at\s+least)?|[Ff]rom|[Ff]or|"
                           rf"{SMALL_HOURS})\s+"
                           rf"(?:{WEEKDAY},?\s+)?"
                           r"(?:the\s+(?:(?:night|morning|evening|afternoon)\s+of\s+(?:the\s+)?)?)?"
                           # "on the night of 1 to 2 March": the night's second day, when most of it fell
                           r"(?:(?<=night of )[0-3]?\d(?:st|nd|rd|th)?\s*(?:to|and|-|–)\s*)?"
                           # "on 5 and 6 May", "from 3 to 5 May", "on 6, 15 and 24 February": the first day
                           # of those the month ends
                           r"(?:(?<!night of )(?P<first>[0-3]?\d)(?:st|nd|rd|th)?(?:,\s*[0-3]?\d(?:st|nd|rd|th)?)*"
                           r",?\s*(?:and|to|-|–|&)\s*"
                           r"(?=[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z]))?"
                           rf"|{WEEKDAY},?\s+|{THE_DAY_OF})|^(?P<item>[\s*•–—-]*)(?=[0-3]?\d(?:st|nd|rd|th)?\s+{MONTH_NAME}\s*[:–—-]"
                           rf"|{MONTH_NAME}\s+[0-3]?\d(?:st|nd|rd|th)?\s*[:–—-]))(?:(?P<d>[0-3]?\d|{SPELLED_DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                           # not before a year ("on 13 January 2005", an absolute date); "10 March, 40 people" is one
                           rf"(?P<mon>{MONTH_NAME})\b(?!\.?\s*\d|\.?,\s*\d{{4}}\b)|(?P<mon2>{MONTH_NAME})\.?\s+(?P<d2>[0-3]?\d)"
                           r"(?:st|nd|rd|th)?\b(?!,?\s*\d|[.:]\d))")),
    # not "on Tuesday, March 12" nor "on Tuesday 12 March" (an absolute date); "on Tuesday wounded 12" is one
    # "by Sunday": a day a state was reached or is due by (events.BOUND keeps it from dating a happening),
    # from which the text may count on ("By Sunday the water had reached Arin. Two days later …"); not
    # "killed by Tuesday's blast", a happening's day
    # "early Sunday", "late Friday": a wire's day with its part, "on" left out
    ("rel_weekday", re.compile(rf"\b(?:{SMALL_HOURS}|[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Ss]ince|[Ee]arly|[Ll]ate|"
                               # "from Monday", not "from Tuesday evening's bombing" (the happening's day)
                               r"[Ff]rom(?=\s+\w+day\b(?!(?:\s+(?:morning|afternoon|evening|night))?['’]))|"
                               r"[Bb]y(?=\s+\w+day\b(?!['’])))\s+"
                               # not "Monday, 3 March" nor "Monday, March 3" (a date of a month); "On Monday, 31
                               # families filed a lawsuit" is a weekday
                               rf"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                               rf"(?!,?\s+(?:{MONTH_NAME}\.?\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME}\b))"
                               # "on Tuesday last week": that week's Tuesday, one date (not a Tuesday and a month)
                               r"(?:\s+(?P<week>last|next)\s+week\b)?"
                               # "on Friday's closing price": a market's level to compare with
                               r"(?!['’]s\s+(?:close|closing|finish|settlement)\b)")),
    # A weekday's happening named by its day ("Tuesday's car bomb attack", "Saturday night's match"):
    # the last such day, or the next where the sentence looks ahead ("ahead of Sunday's vote")
    ("rel_weekday_of", re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                                  r"(?:\s+(?:morning|afternoon|evening|night))?['’]s\b"
                                  # "Sunday's newspaper", "Monday's edition": a publication, not a happening;
                                  # "from Friday's close": a market's level to compare with
                                  r"(?!\s+(?:newspapers?|papers?|editions?|issues?|magazines?|columns?|editorials?|"
                                  r"supplements?|close|closing|finish|settlement)\b)")),
    # The look-ahead for the words' first letters is exact, and spares trying them all at every word.
    # not "the last week of June", "his last year in office", "over the next year": a span, not a date
    ("rel_word", re.compile(r"\b(?=[lnty])(?<!the )(?<!his )(?<!her )(?<!its )(?<!their )(?<!our )(?<!my )"
                            r"(?<!your )(?P<w>yesterday|today|last year|this year|next year|last month|this month|"
                            r"next month|last week|this week|next week|"
                            # "arrested this morning", "resigned last night": the day of writing, or the one before
                            r"this morning|this afternoon|this evening|tonight|last night)\b(?!\s+of\b)",
                            re.IGNORECASE)),
    # "nine days ago", "two days ago": counted back from the publication date
    ("rel_ago", re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                           r"fourteen|\d{1,2})\s+days?\s+ago\b", re.IGNORECASE)),
]
# What a sentence must hold for some patterns to match: every absolute pattern has a year, a
# relative month a month's name, a weekday "day". Most sentences have none, and a search for one
# costs far less than the patterns' own.
HAS_YEAR = re.compile(YEAR)
# Years that a statistic is taken over ("drier than the 1991-2020 average"): a reference period, the
# date of nothing that happened
REFERENCE_YEARS = re.compile(rf"\b{YEAR}\s*[-–]\s*(?:{YEAR}|\d{{2}})\s+(?:average|mean|median|norm|normal|baseline|"
                             r"climatology|reference\s+period)s?\b", re.IGNORECASE)
NEEDED = {"month_rel_year": re.compile("year"), "rel_month": re.compile(MONTH_NAME),
          "rel_day": re.compile(MONTH_NAME), "rel_weekday": re.compile("day"),
          "rel_weekday_of": re.compile("day"), "rel_ago": re.compile("ago")}


def parse_date_phrase(text: str) -> tuple[str, str] | None:
    """The first absolute date in a short phrase, as (ISO value, precision)."""
    for found in _absolute_matches(text):
        return found[2], found[3]
    return None


def extract_dates(sentences: tuple[Sentence, ...], published: str | None) -> tuple[DatedStatement, ...]:
    """Every date in the sentences, resolved against the publication date where relative. A sentence
    printed again (a repeated paragraph) lists its dates once, though the year it states still
    dates the months after it."""
    anchor = _as_date(published)
    repeated = repeated_sentences(sentences)
    found: list[DatedStatement] = []
    stated: tuple[int, int] | None = None  # (year, month) of the last month the text dated
    last_day: tuple[int, str] | None = None  # (sentence, value) of the last day the text dated
    for sentence in sentences:
        out = found if sentence.index not in repeated else []  # a repeat's dates go nowhere
        absolute = _absolute_matches(sentence.text)
        taken = [(start, end) for start, end, _, _ in absolute]  # sorted and disjoint, as _overlaps needs
        days = [(start, value) for start, _, value, precision in absolute if precision == "day"]
        for start, end, value, precision in absolute:
            out.append(DatedStatement(sys.intern(sentence.text[start:end]), value, precision, False, sentence.index))
        dated = _stated_months(absolute)
        for batch in _relative_matches(sentence.text, anchor):
            kept = [match for match in batch if not _overlaps(taken, match[0], match[1])]
            taken = _merged(taken, [(start, end) for start, end, _, _ in kept])
            for start, end, value, precision in kept:
                by = "publication date" if value else ""
                if value is None and anchor is None:
                    value, precision, by = _from_stated_year(sentence.text, start, end, stated, dated)
                words = sys.intern(sentence.text[start:end])  # "last week": shared (model.strings_shared)
                out.append(DatedStatement(words, value, precision, True, sentence.index, by))
                if precision == "day" and value:
                    days.append((start, value))
        days.sort()
        counted = _counted_days(sentence, taken, days, last_day)
        out.extend(counted)
        # the day the text dated last: a counted day counts on ("the following day … two days later")
        last_day = (sentence.index, counted[-1].value or "") if counted else \
            (sentence.index, days[-1][1]) if days else last_day
        stated = dated[-1][1] if dated else stated
    return tuple(found)


def _counted_days(sentence: Sentence, taken: list[tuple[int, int]], days: list[tuple[int, str]],
                  last_day: tuple[int, str] | None) -> list[DatedStatement]:
    """'The following day', 'two days later', 'the same day': counted from the day the text dated
    last, before it in the sentence or in the SEQUENCE_REACH sentences before ('Bin Saeed was named
    on 16 April. The following day he was sworn in'); none when no such day is near."""
    counted: list[DatedStatement] = []
    for match in SEQUENCE.finditer(sentence.text) if "day" in sentence.text or "morning" in sentence.text else ():
        if _overlaps(taken, match.start(), match.end()):
            continue
        here = [value for start, value in days if start < match.start()]
        base = here[-1] if here else (last_day[1] if last_day and sentence.index - last_day[0] <= SEQUENCE_REACH
                                      else None)
        if base is None:
            continue
        count = match.group("n")
        offset = 0 if match.group("rel") == "same" else 1 if match.group("rel") else \
            (int(count) if count.isdigit() else COUNT_WORDS[count.lower()])
        try:
            value = (dt.date.fromisoformat(base) + dt.timedelta(days=offset)).isoformat()
        except (ValueError, OverflowError):
            continue
        counted.append(DatedStatement(sys.intern(match.group()), value, "day", True, sentence.index,
                                      "date stated earlier"))
    return counted


def _stated_months(absolute: list[tuple[int, int, str, str]]) -> list[tuple[int, tuple[int, int]]]:
    """(end, (year, month)) of each stated month or day, in text order. A bare year ("since 2014")
    is often history, so only a stated month or day sets the year the text is in."""
    return [(end, (int(value[:4]), int(value[5:7]))) for _, end, value, precision in absolute
            if precision in ("month", "day")]


def _from_stated_year(text: str, start: int, end: int, stated: tuple[int, int] | None,
                      dated: list[tuple[int, tuple[int, int]]]) -> tuple[str | None, str, str]:
    """'In August 2024 … in August' is 2024-08; a month before the stated one ('in March') is not guessed."""
    before = bisect.bisect_right(dated, start, key=lambda found: found[0])  # one search: a long line stays linear
    earlier = dated[before - 1][1] if before else stated
    month = STATED_MONTH.fullmatch(text[start:end])
    if earlier is None or month is None or not LEAD_IN.search(text[max(0, start - 12):start]):
        return None, "unresolved", ""
    number = MONTHS[month.group("mon")[:3].lower()]
    if number < earlier[1]:
        return None, "unresolved", ""
    return f"{earlier[0]:04d}-{number:02d}", "month", "year stated earlier"


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap a taken span? `taken` is sorted and its spans are disjoint, so they
    are sorted by end too and only the first one ending after `start` can overlap: one binary search
    where scanning the whole list made a line of many dates quadratic."""
    index = bisect.bisect_right(taken, start, key=lambda span: span[1])
    return index < len(taken) and taken[index][0] < end


def _merged(taken: list[tuple[int, int]], new: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two sorted lists of spans as one; sorting two sorted runs takes linear time."""
    return sorted(taken + new) if new else taken


def _absolute_matches(text: str) -> list[tuple[int, int, str, str]]:
    matches: list[tuple[int, int, str, str]] = []
    if not HAS_YEAR.search(text):
        return matches
    taken = [m.span() for m in REFERENCE_YEARS.finditer(text)]  # sorted and disjoint, as _overlaps needs
    for name, pattern in PATTERNS[:5]:
        # A pattern's own matches never overlap one another, so each is checked against the
        # patterns before it only, and joins `taken` once the pattern is done.
        spans: list[tuple[int, int]] = []
        for m in pattern.finditer(text):
            if _overlaps(taken, m.start(), m.end()):
                continue
            spans.append((m.start(), m.end()))  # an impossible date ("Feb. 30") hides its year too
            parsed = _absolute_value(name, m)
            if parsed:
                matches.append((m.start(), m.end(), *parsed))
        taken = _merged(taken, spans)
    return sorted(matches)


def _absolute_value(name: str, m: re.Match[str]) -> tuple[str, str] | None:
    year = int(m.group("y"))
    if name == "y":
        return f"{year:04d}", "year"
    month = int(m.group("m")) if name == "iso" else MONTHS[m.group("mon")[:3].lower()]
    if name == "my":
        return f"{year:04d}-{month:02d}", "month"
    try:
        day = dt.date(year, month, day_number(m.group("d")))
    except ValueError:
        return None
    return day.isoformat(), "day"


def _relative_matches(text: str, anchor: dt.date | None) -> list[list[tuple[int, int, str | None, str]]]:
    """One list per pattern, in pattern order, each in text order and free of overlaps within itself."""
    batches: list[list[tuple[int, int, str | None, str]]] = []
    for name, pattern in PATTERNS[5:]:
        matches: list[tuple[int, int, str | None, str]] = []
        batches.append(matches)
        if name in NEEDED and not NEEDED[name].search(text):
            continue
        for m in pattern.finditer(text):
            if name == "rel_word" and m.group(0)[0].isupper() and not _at_sentence_start(text, m.start()):
                continue  # "BBC Radio 4's Today programme", "This Week": a title, not a date
            if UNIVERSAL_TIME_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue  # "at 03:14 local time (2314 GMT on Wednesday)": the same moment on another clock
            try:
                value, precision = _resolve(name, m, anchor)
            except (OverflowError, ValueError):  # a step past year 1 or 9999: no calendar date to give
                value, precision = None, "unresolved"
            # "in mid-August" is dated by "mid-August": drop the leading preposition
            start = m.start() + len(m.group("lead").split()[0]) + 1 if name == "rel_month" else \
                m.start("first") if name == "rel_day" and m.group("first") else \
                m.start() + len(m.group("lead") or m.group("item")) if name == "rel_day" else \
                m.start() + 3 if name == "rel_weekday" and m.group(0)[:2].lower() == "by" else m.start()
            matches.append((start, m.end(), value, precision))
    return batches


def _at_sentence_start(text: str, position: int) -> bool:
    """Nothing but quotes and brackets before `position`; a short look, or a long line turns quadratic."""
    return position < 12 and not text[:position].strip(" \"'“”‘’([")


def _resolve(name: str, m: re.Match[str], anchor: dt.date | None) -> tuple[str | None, str]:
    if anchor is None:
        return None, "unresolved"
    if name == "rel_weekday_of":
        return _weekday_named(m, anchor), "day"
    if name == "rel_weekday":
        weekday = WEEKDAYS.index(m.group("wd").lower())
        if m.group("week"):
            monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=1 if m.group("week") == "next"
                                                                                  else -1)
            return (monday + dt.timedelta(days=weekday)).isoformat(), "day"
        if m.group(0).lower().startswith("next"):
            ahead = (weekday - anchor.weekday()) % 7 or 7
            return (anchor + dt.timedelta(days=ahead)).isoformat(), "day"
        if m.group(0).lower().startswith("by") and BY_AHEAD.search(m.string):
            # "results are due by Friday", "must leave by Sunday": a day to come, today included
            return (anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)).isoformat(), "day"
        before = _own_words_before(m)
        if m.group(0).lower().startswith(("on", "early", "late", "from")) \
                and (WEEKDAY_AHEAD.search(before) or _opens_a_clause_ahead(m)):
            if said := list(SAID_ON_WEEKDAY.finditer(before)):
                # "They said on Monday they would meet on Friday": the Friday after that Monday
                said_day = anchor - dt.timedelta(days=(anchor.weekday() - WEEKDAYS.index(said[-1]["wd"].lower())) % 7)
                return (said_day + dt.timedelta(days=(weekday - said_day.weekday() - 1) % 7 + 1)).isoformat(), "day"
            # "funerals are expected to be held on Thursday", written on a Wednesday: tomorrow, not last week
            return (anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)).isoformat(), "day"
        back = (anchor.weekday() - weekday) % 7
        if STARTING_BEFORE.search(before) or m.group(0).lower().startswith("from"):
            # "three days of mourning beginning on Friday", "from Monday": a start told with no tense,
            # the nearer such day (written on a Thursday, tomorrow; on a Saturday, yesterday)
            ahead = (weekday - anchor.weekday()) % 7
            return (anchor + dt.timedelta(days=ahead) if ahead < back else anchor - dt.timedelta(days=back)) \
                .isoformat(), "day"
        if m.group(0).lower().startswith("last"):
            # "last Thursday" written on a Thursday is a week earlier, and "last Tuesday" written on a
            # Wednesday the Tuesday of last week ("on Tuesday" is yesterday): a day one or two days back is
            # last week's; "last Monday" written on a Sunday is six days back
            back = back or 7
            back += 7 if back <= LAST_WEEKS_DAYS and back <= anchor.weekday() else 0
        return (anchor - dt.timedelta(days=back)).isoformat(), "day"
    if name == "rel_day":
        return _day_of_month(m, anchor), "day"
    if name == "rel_ago":
        count = m.group("n")
        back = int(count) if count.isdigit() else COUNT_WORDS[count.lower()]
        return (anchor - dt.timedelta(days=back)).isoformat(), "day"
    if name == "month_rel_year":
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[m.group("rel")]
        return f"{year:04d}-{MONTHS[m.group('mon')[:3].lower()]:02d}", "month"
    if name == "rel_month":
        month = MONTHS[m.group("mon")[:3].lower()]
        before = m.string[max(0, m.start() - 60):m.start()]
        lead = m.group("lead").lower()
        if lead.startswith("until") and not FUTURE_CUE.search(before) and UNTIL_PAST.search(before):
            # "He was chairman until March": a past that ended then, the last March
            year = anchor.year if month <= anchor.month else anchor.year - 1
            return f"{year:04d}-{month:02d}", "month"
        if lead.startswith("until") or (lead.startswith("by") and not FUTURE_CUE.search(before)):
            return None, "unresolved"  # "until March" may look ahead or back: not guessed ("will … by May" does)
        last = m.group("lead").lower().startswith("last")
        if not last and (FUTURE_CUE.search(before) or (0 < month - anchor.month <= SOON_MONTHS
                                                        and not PAST_BEFORE.search(before))):
            # "will start in June": the next June; "an election in March" written in February, this March
            year = anchor.year if month >= anchor.month else anchor.year + 1
        else:
            year = anchor.year if month < anchor.month or (month == anchor.month and not last) else anchor.year - 1
        return f"{year:04d}-{month:02d}", "month"
    word = m.group("w").lower()
    offsets = {"yesterday": -1, "today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
               "last night": -1}
    if word in offsets:
        return (anchor + dt.timedelta(days=offsets[word])).isoformat(), "day"
    if word.endswith("year"):
        return f"{anchor.year + {'last': -1, 'this': 0, 'next': 1}[word.split()[0]]:04d}", "year"
    if word.endswith("month"):
        month_start = anchor.replace(day=1)
        if word.startswith("last"):
            month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
        elif word.startswith("next"):
            month_start = (month_start + dt.timedelta(days=32)).replace(day=1)
        return f"{month_start.year:04d}-{month_start.month:02d}", "month"  # strftime pads no year below 1000
    return _week(word, anchor)


def _opens_a_clause_ahead(m: re.Match[str]) -> bool:
    """'On Friday the Constitutional Court will rule': a weekday opening its sentence or clause, whose
    clause then looks ahead (not 'He said on Friday the court will rule': said on Friday)."""
    before = m.string[max(0, m.start() - 3):m.start()]
    if not (_at_sentence_start(m.string, m.start()) or before.rstrip().endswith((",", ";", ":"))):
        return False
    clause = CLAUSE_END.split(m.string[m.end():m.end() + 60], maxsplit=1)[0]
    return bool(AHEAD_AFTER.match(clause))


def _own_words_before(m: re.Match[str]) -> str:
    """The 60 characters before a weekday, from after the last quotation mark among them: the words a
    quote gives ('"We have no plans to improve it," Okafor said on Tuesday') look ahead from the
    speaker's day, not from the day the weekday is told of."""
    before = m.string[max(0, m.start() - 60):m.start()]
    marks = [before.rfind(mark) for mark in QUOTE_MARKS]
    return before[max(marks) + 1:] if max(marks) >= 0 else before


def _weekday_named(m: re.Match[str], anchor: dt.date) -> str:
    """The day of "Tuesday's attack": the last Tuesday (today, written on a Tuesday), or the next one
    where the words before look ahead ("ahead of Sunday's vote", "will attend Friday's summit")."""
    weekday = WEEKDAYS.index(m.group("wd").lower())
    before = _own_words_before(m)
    if WEEKDAY_AHEAD.search(before) or AHEAD_OF.search(before):
        return (anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)).isoformat()
    return (anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)).isoformat()


def _week(word: str, anchor: dt.date) -> tuple[str | None, str]:
    """'last week', 'this week', 'next week' as the month they fall in, when they fall in one; else
    unresolved (a week has no calendar-date form worth showing). 'Last week' is read loosely, as
    writers use it: from the Monday a week before this one up to yesterday ('last week's floods',
    written on a Sunday, may be last Tuesday's); 'next week' from tomorrow to the Sunday after next."""
    first, last = week_span(word, anchor)
    if (first.year, first.month) != (last.year, last.month):
        return None, "unresolved"
    return f"{first.year:04d}-{first.month:02d}", "month"


def week_span(word: str, anchor: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day 'last week', 'this week' or 'next week' may mean, written on `anchor` (_week)."""
    monday = anchor - dt.timedelta(days=anchor.weekday())
    return {"last": (monday - dt.timedelta(days=7), anchor - dt.timedelta(days=1)),
            "this": (monday, monday + dt.timedelta(days=6)),
            "next": (anchor + dt.timedelta(days=1), monday + dt.timedelta(days=13))}[word.split()[0].lower()]


def _day_of_month(m: re.Match[str], anchor: dt.date) -> str:
    """'13 January' written on 2 February 2005 is 2005-01-13; written on 2 January, 2004-01-13; 'will
    meet on 13 January', the next one. An impossible day ('30 February') raises ValueError."""
    month = MONTHS[(m.group("mon") or m.group("mon2"))[:3].lower()]
    day = day_number(m.group("first") or m.group("d") or m.group("d2"))
    if (month, day) == (2, 29):  # of the leap year last passed (or next), not guessed
        raise ValueError("29 February without a year")
    if weekday := WEEKDAY_IN.search(m.group("lead") or ""):  # "Friday, 21 June": the year it is a Friday in
        told = WEEKDAYS.index(weekday.group().lower())
        years = [year for year in (anchor.year, anchor.year - 1, anchor.year + 1)
                 if dt.date(year, month, day).weekday() == told]
        if years:
            return dt.date(years[0], month, day).isoformat()
    this_year = dt.date(anchor.year, month, day)
    before = m.string[max(0, m.start() - 60):m.start()]
    # "heard nothing until 14 March", "waited until 14 March": a past, ended at that day
    until = (m.group("lead") or "").lower().startswith("until") and not UNTIL_PAST.search(before) \
        and not (PAST_BEFORE.search(before) and not PRESENT_BEFORE.search(before))
    if FUTURE_CUE.search(before) or until:  # "access is banned until 31 August": the end to come
        return (this_year if this_year >= anchor else this_year.replace(year=anchor.year + 1)).isoformat()
    if (m.group("lead") or "").lower().startswith("for") and anchor < this_year <= anchor + dt.timedelta(
            days=SOON_AHEAD):  # "the runoff, first set for 6 April", written on 21 March: a day planned, weeks ahead
        return this_year.isoformat()
    if anchor < this_year <= anchor + dt.timedelta(days=SOON_AHEAD) and not PAST_BEFORE.search(before):
        return this_year.isoformat()  # "The case returns to court on 9 April", written on 12 March: weeks ahead
    return (this_year if this_year <= anchor else this_year.replace(year=anchor.year - 1)).isoformat()


def _as_date(value: str | None) -> dt.date | None:
    """The publication date as an anchor for relative dates. Years 1 and 9999 are refused: a week
    or a year either side of them has no date, and no news was published then."""
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            return None
        return day if dt.MINYEAR < day.year < dt.MAXYEAR else None
    return None


def day_number(day: str) -> int:
    """A day of the month as written: '9', '09', 'ninth'."""
    return SPELLED_DAYS.get(day.lower()) or int(day)
