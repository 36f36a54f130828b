"""Step 6b: events, the happenings the briefings report, each with every source's sentence for it.

Method (issue 9, item 2):

1. Statements. Every dated statement of every briefing is one candidate report: its sentence, the
   date at its precision, its participants (the entities named in the sentence) and its key terms
   (stemmed content words without the date words and the entity names, which participants cover).
   - A sentence that opens by referring back ("They …", "This …", "He …") gets the sentence before
     it as its context, and that sentence's entities join its participants: the row reads alone.
     For "He …" and "She …" the person meant (antecedents.py) joins, not all the others named.
   - A sentence printed twice (a repeated paragraph) is one report.
   - A sentence that dates two happenings, each in a clause with a subject of its own ("Mr Blair
     denied it on Wednesday, and before he left for Africa on Tuesday …"), gives each date the
     participants of its clause, and of whoever says it all ("…, the ONS said").
   - A date that is a point of comparison ("compared with 1.4bn in 2003", "the same period of
     2003", "its lowest level since 2001", "higher than at the start of 2004") or a window counted
     in ("the fifth deal since October") dates nothing that happened then: left out.
   - A date in a noun phrase ("despite the rejection of the bid last week") dates that phrase:
     its words and names are the statement's, not the rest of the sentence's.
   - A date that is a report's ("an August report by X", "a study published in May") does not
     date what the report says: the row's note says so, and the statement is an event of its own,
     "report by X", that only other reports' dates may join.
   - A possessive date ("Tuesday's car bomb attack", "last week's floods") dates the noun phrase it
     opens, as a date in a noun phrase does.
   - The day of a saying, when the sentence has no other date ("a car bomb killed eight people,
     sources said on Wednesday"), is the day it was told (Statement.told): what it tells happened
     then or up to TOLD_DAYS before, and the row's note says so.
   - A news briefing that gives no statement at all gives its lead (first summary sentence) as one
     undated report, so that it is not missing.
2. Rarity. Participants and terms weigh ln((N + 1) / df), df the number of briefings using them
   (participants 1.5 times, verbs of the sentence such as "signed" twice): a country every
   briefing names is weak evidence, a signing named by two is strong. The words of one kind of
   happening are one term (happenings.py: "blast", "bombing", "exploded").
3. Blocking, never all pairs. Statements are bucketed by year (undated apart; reports' dates
   apart). Inside a bucket an inverted index over each statement's FEATURES rarest features, keyed
   by (feature, month) so that two months never meet, finds the candidates; of a key, a statement
   looks at the POSTING_CAP statements filed under it just before its own. A statement visits at
   most FEATURES × 20 slots × POSTING_CAP postings and is compared in full with at most CANDIDATES
   earlier statements, those that share most weight with it: the work is linear in N.
4. Matching. Two statements may report one happening when
   - their dates agree at their precision: 2024-08 with 2024 and with 2024-08-15, not with
     2024-09; "early 2023" not with "late 2023"; two days only when equal, or one apart in one
     briefing or with most participants shared ("arrived on Wednesday", "on Thursday discussed");
     undated words of one kind must be the same ("on Tuesday" is not "on Thursday");
   - they share a participant when both name any, and a key word (two days one apart: two
     words, or a kind of happening); sharing no participant, their briefings name someone or
     something few others do (_kin);
   - one does not say that something rose where the other says it fell;
   - they are not two dates of one sentence, which date two happenings ("killed in last week's
     floods ... after rescuers found the bodies on Saturday");
   - one is not expected by a briefing written after the other's day, or after the briefing that
     tells the other as done ("is expected to visit Baghdad next week" is not last week's visit);
   - the words they share weigh TERMS_SHARE of the lighter one's words (what was done matches);
     or, told in each source's own words, they name one kind of happening on one day (or one told
     up to TOLD_DAYS after the other), or, in one month, a meeting, call, visit, resignation or
     agreement with two participants both name;
   - all they share weighs MATCH[precision] of the lighter one (day, month), or of both together
     (year, undated, where a date says little; there, with no participant shared, only
     near-identical sentences match).
5. Grouping. Pairs are joined best first, but each group has a lead that every group joining it
   must match too (a star, not a chain of look-alikes), groups naming disjoint participants never
   join, and dates must still all agree (a day told on, with every day of the others: that day or
   up to TOLD_DAYS after). An event's date is the finest all its reports agree on ("on 15 March"
   and "last month": 15 March), a day told on left out when another report gives a date.
6. Reading. The label is the phrase the date belongs to (the verb before it in its clause, with
   its subject and a short object; a nominal event such as "despite the defeat of X in 2017" or
   "before the 2001 general election"; a "he" or "she" named where the sentence makes the person
   sure), taken from the report that covers most of what the reports share; the terms are the key
   words they share; the id is the date and the label's words, slugged, made unique in event order.

Standing of a report: "expected" when its date is later than its briefing's publication date, or
its clause says it is to come (what the source expects, plans or forecasts: "ministers will meet
in June", written in May, has not happened; nor has "the economy will slow in 2005"); otherwise
"opinion piece" when the briefing is opinion; "attributed" when the sentence attributes (the
"attributions" or "named sources" signals), or a press release says it (its issuer's own statement,
named on its card); "reported" when a news briefing says it in its own voice; "unsourced claim"
when any other briefing (analysis, other) says it without saying who says so.

Everything is sorted on data (ids, sentence indexes, weights with ties broken by name): no set
order, no hash(), and float sums are taken in a fixed order.
"""
from __future__ import annotations

import dataclasses
import json
import math
import re
import zlib
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from .aliases import FACILITY_HEADS
from .clauses import (
    Region,
    Span,
    dated_noun,
    last_break,
    nominal_phrase,
    pronoun_people,
    referents,
    regions_of,
    verb_form,
)
from .dates import FUTURE_CUE, week_span
from .denials import COURT_BEFORE, DENIAL, DENIAL_WORD, QUESTION
from .event_phrases import LABEL_WORDS, own_phrase, reach, term_key, with_negation
from .happenings import (
    KIND,
    MEETING,
    ONE_A_MONTH,
    OUTCOMES,
    PLACED_APART,
    phrase_kinds,
    received_people,
    unmet_spans,
)
from .ids import slugify
from .model import Analysis, DatedStatement, Event, EventReport, Phrase, Sentence, SentenceRef, Statement
from .roles import ends_office
from .signals import asked_sentences
from .terms import STOPWORDS, content_words

ENTITY_WEIGHT = 1.5
VERB_WEIGHT = 2.0
POSTING_CAP = 50  # statements of a (feature, month) key a statement looks at: those filed just before it
FEATURES = 24  # rarest features of a statement that are indexed and looked up
CANDIDATES = 40  # statements a statement is compared with in full, those sharing most of its rare features
# shared weight / weight of the lighter statement, by the coarser precision of the two: the coarser
# the date, the more happenings share it, the more the words must agree
MATCH = {"day": 0.25, "month": 0.3, "year": 0.4, "undated": 0.5}
TERMS_SHARE = 0.2  # of the lighter report's word weight, shared
SAME_WORDS = 0.6  # a year or no date, and no one named in common: only near-identical words match
KIN_BRIEFINGS = 50  # briefings an entity is named by at most, for two that name it to be about one thing
TOLD_DAYS = 2  # a report told on a day (Statement.told) may be of a happening up to this many days before
TOLD_NOTE = " is the day it was told: what it tells happened then or before"  # a report's note, dated by its telling
TELLER_REACH = 200  # characters before a day told on that its teller's clause is looked for in
NEAR_DAYS = 0.5  # shared participant weight for two reports one day apart, across briefings
TERMS_SHOWN = 8
# Structures a briefing may name once and then call "the bridge", "the mine" (_the_structures)
STRUCTURE_HEADS = frozenset({"bridge", "dam", "mine", "tower", "stadium", "airport", "refinery", "prison", "hospital",
                             "tunnel", "barracks", "factory", "reactor"})
THE_STRUCTURE = re.compile(r"\b[Tt]he\s+(?:(?:[a-z]|\d)[\w-]*\s+)?(" + "|".join(sorted(STRUCTURE_HEADS)) + r")\b")
BUILT_TO_FALL = frozenset({"~collapse"})  # kinds of happening that befall what is built, which both may name

# Words of dates and of reporting that say nothing about what happened
EVENT_STOPWORDS = frozenset("""
january february march april june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today
yesterday week weeks month months day days early late mid following recent recently ongoing both
ever then there according amid despite among toward towards several numerous including
reporters journalists
""".split())  # "told reporters": how it was said, not what happened
BACK_REFERENCE = re.compile(
    r"^[\"“‘'(]*(?:They|Their|Them|He|His|Him|She|Her|It|Its|This|These|That|Those|Such|The latter|"
    r"The former|(?:After|Following) (?:that|this))\b")
NOT_THEN = re.compile(r"(?:,|\bbut)\s+not\s+(?:(?:in|on|at|by|until)\s+)?$", re.IGNORECASE)
BODY_SPEAKS = re.compile(r"\b[Tt]he (?:company|firm|group|manufacturer|maker|carrier|airline|lender|retailer|"
                         r"bank|insurer|operator|ministry|agency)(?:['’]s\s+\w+)?\s+(?:said|says|denied|denies|"
                         r"added|announced|insisted|confirmed|rejected|stated)\b")
EXPLETIVE_IT = re.compile(r"^It (?:is|was|has been|will be|would be) \w+ (?:that|to|for)\b")
MONTH_SLOTS = tuple(f"{m:02d}" for m in range(1, 13))
WHEN_SLOTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
              "mon", "tue", "wed", "thu", "fri", "sat", "sun")
WHEN = re.compile(rf"\b({'|'.join(WHEN_SLOTS)})[a-z]*\b|\b(today|yesterday|(?:this|last|next) (?:week|month|year))\b",
                  re.IGNORECASE)
# Undated words of one kind name one time each: 'on Tuesday' and 'on Thursday' are two days, 'this
# year' and 'next year' two years. Words of different kinds may meet ('last week', 'on Thursday').
WHEN_KIND = {**{w: "month" for w in WHEN_SLOTS[:12]}, **{w: "weekday" for w in WHEN_SLOTS[12:]},
             "today": "near day", "yesterday": "near day", "this week": "week", "last week": "week",
             "next week": "week", "this month": "near month", "last month": "near month",
             "next month": "near month", "this year": "year", "last year": "year", "next year": "year"}
# Words before a date that make it a point of comparison, not when something happened:
# "compared with 1.4bn yuan in 2003" (474,000 too), "than in 2003", "the same period of 2003", "up 8%
# from 9.3bn euros in 2003", "its lowest level since September 2001", "risen for the first time since
# May last year", "higher than it was at the start of 2004", "up 30% on the start of 2004", "the
# fifth such deal since October" (a window counted in, not a date)
BASELINE = re.compile(
    r"(?:\bcompared (?:\w+ )?(?:with|to)\s+(?:(?:[^,;()]|(?<=\d),(?=\d)){0,30}\s)?(?:in|of|during)?|"
    r"\bthan (?:in|during|for|at|those in|that of)?|\bsame (?:period|quarter|month|time|week) (?:of|in|last)\s+"
    r"(?:year\s+)?|\bfrom\s+[^,;]{0,25}?\d[^\s,;]*(?:\s+\w+)?\s+(?:in|of)|"
    r"(?:\bthan\b[^.;]{0,40}|\b(?:up|down|higher|lower)\b[^.;]{0,20}\bon\s+)(?:\b(?:at|in|on)\s+)?(?:the\s+)?"
    r"(?:start|end|beginning) of|"
    r"\b(?:lowest|highest|worst|best|biggest|largest|smallest|strongest|weakest|fastest|slowest|first time|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b[^.;]{0,40}\bsince(?:\s+(?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december))?)\s*$", re.IGNORECASE)
# What a date's clause says of it being to come (_looks_ahead): a modal ("will", "could grow in 2005";
# not "could have", a past that did not happen; lower case, so the month "May" is none), or words of
# expecting, planning and forecasting ("expects sales to top 500,000 in 2005", "hoped to return to
# profit in 2006"; not "than expected"). Read on the 927 BBC articles (published 2004-05, undated
# in the seeds): with the future alone, 8 of 128 reports dated 2006 or later were expected; with
# these, 81, and 3 of 666 dated 2003 or before ("should stay in the Common Market in the 1975
# referendum").
MODAL = re.compile(r"\b(?:will|shall|won't|(?:would|could|might|should|may)\b(?!\s+(?:not\s+)?have\b))|['’]ll\b")
INTENT = re.compile(r"(?<!than )(?<!than-)(?<!as )\b(?:(?:is|are|was|were|be) (?:due|expected|set|scheduled|likely|"
                    r"unlikely|tipped|poised|planned|proposed|projected|forecast) to|(?:is|are) to|"
                    r"(?:is|are|be) proposed|"
                    r"expects?|expecting|expected|hopes?|hoped|hoping|aims?|aimed|aiming|plans?|planned|planning|"
                    r"intends?|intended|intending|wanted|forecasts?|forecasting|predicts?|predicted|predicting|"
                    r"targets?|scheduled|due (?:in|for|on|by|to (?:be|start|open|take|begin|end|come|expire|close|"
                    r"finish|report|visit|meet))|deadline|promised|pledged|projected|looking to|upcoming)\b",
                    re.IGNORECASE)
# A plan or a target named in a clause that tells what happened is no forecast: "beat its savings
# target for 2004"
NOUN_CUE = re.compile(r"targets?|deadline|plans?|forecasts?", re.IGNORECASE)
# A verb in the past between the cue and the date dates a happening: "the plans agreed in Lisbon
# in 2000", "the rebate, secured in 1984", "the party said it would not return but did so in 2002";
# not after "be", "to" or a modal ("will be delivered in", "expected to put ... during"), nor the
# participles that only link ("followed by", "compared with")
AFTER_AUXILIARY = "".join(rf"(?<!\b{word} )" for word in (
    "be", "been", "being", "to", "will", "would", "could", "might", "should", "may", "shall", "can", "must", "not",
    "have", "has", "had", "and", "or"))
PAST = re.compile(AFTER_AUXILIARY + r"\b(?:(?!(?:followed|compared|based|related|linked|expected|scheduled|planned|"
                  r"projected|forecast|aimed|targeted|intended|tipped|hoped|needed|used|earmarked|estimated|marked|"
                  r"combined)\b)(?:\w+ed|seen|taken|given|made|held|won|lost|begun|set|put|cut|sold|paid|bought|"
                  r"built|spent|shown|grown|known|done|written)(?:\s+(?:out|up|off|down|back))?\s+(?:in|at|by|on|"
                  r"during|from|until|since)\b|said|told|did|was|were|had|made|set|won|lost|held|took|got|gave|cut|put|"
                  r"came|went|began|rose|fell|grew|saw|met|left|paid|sold|bought|agreed|secured|signed|pledged|"
                  r"promised|announced|reported|claimed|insisted|warned|argued|suggested|predicted|decided|revealed|"
                  r"admitted|confirmed|stated|added|beat|defied|hit|missed)\b", re.IGNORECASE)
# "pledged in 2000", "proposed by ministers in 1993": the date is that of the pledge
CUE_DATED = re.compile(r"\s+(?:by\s+[^,]{0,40}?\s+)?(?:in|on|at|during)\b")
FUTURE_AFTER = re.compile(r"(?:,?\s+onwards)?,?\s+(?:[\w'’%.,-]+\s+){0,12}?(?:will|shall|(?:would|could|might)\b"
                          r"(?!\s+(?:not\s+)?have\b)|(?:is|are) (?:due|expected|set) to)\b", re.IGNORECASE)
CLAUSE_CUT = re.compile(r"[;:]|, (?:and|but|while|which|who|when|after|before|as)\b|\s[-–]\s|"
                        r"\b(?:since|than|compared|after|before|when|that|which|who)\b")
DATE_LEAD = re.compile(r"\b(?:in|on|by|from|during|for|of|until|till|before|between|beyond|into|up to|after)\s+"
                       r"(?:the\s+)?(?:(?:both|either|first|second|third|fourth|last|early|late|mid|end|start|"
                       r"beginning|half|quarter|course|spring|summer|autumn|winter|fall)\s+(?:of\s+)?(?:the\s+)?)*$",
                       re.IGNORECASE)
# The dates before this one in a list ("in 2005 and 2006", "in 2010, 2011 and 2012", "2007-2013"):
# the lead and the cue are the first one's
LISTED_BEFORE = re.compile(r"(?:(?:(?:early|mid|late|spring|summer|autumn|winter)\s+)?(?:(?:January|February|March|"
                           r"April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d"
                           r"(?:\s*,|\s+and|\s+or|\s+to|\s*[-–])\s*(?:even\s+)?)+$")
OPENING_DATE = re.compile(r"\s*[\"'“(]*(?:In|By|From|During|On|Come|As soon as|Until|Till|Before)\s+"
                          r"(?:the\s+(?:year\s+)?)?(?:(?:early|mid|late|spring|summer|autumn|winter)\s+)?")
# A date that is a target or a deadline, not when it happened: "want to double aid by 2015", "ahead
# of the 2006 World Cup". The statement was not made then, nor did it happen then; such sentences
# were about one dated report in twenty on the timeline of 200 BBC articles (read by hand), the
# first point of their overview among them. "Since" and "until" are left alone: "observers present
# since late 2023" and "they stayed there until 2021" date an arrival and a departure.
BOUND = re.compile(r"\b(?:by|ahead of|in time for|no later than)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                   r"Saturday|Sunday),?\s+)?(?:the\s+)?"
                   r"(?:(?:end|start|beginning|middle|close|turn)\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
# A level a price is set against ("a premium of 38% to Nordvik's closing price of 224.60 kronor on
# Friday", "the closing price on Friday"): the day of the level, not of what happened
LEVEL_AFTER = re.compile(r"\s*(?:levels?|averages?|peaks?|baselines?|standards?|prices?)\b")
LEVEL_BEFORE = re.compile(r"(?:\b(?:premium|discount)\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?[\d£$€]|"
                          r"\bat\s+a\s+(?:[\w-]+\s+)?(?:premium|discount)\b)"  # not "one discount retailer"
                          r"(?:[^.;]|(?<=\d)\.(?=\d)){0,80}\b(?:to|on|over)\b"
                          r"(?:[^.;]|(?<=\d)\.(?=\d)){0,60}$|"  # a decimal point ends no clause: "224.60 kronor"
                          r"\bclos(?:e|ing)\s+(?:price|level|value)\b(?:[^.;,]|(?<=\d)\.(?=\d)){0,40}$",
                          re.IGNORECASE)
# A state's start ("Minister of Water Resources since 2021, resigned on Tuesday"), or a count's
# ("have blocked the highway three times since January"): no day a happening of the sentence had,
# when another date of the sentence dates it or the sentence counts times
WEEK = re.compile(r"(last|this|next)\s+week", re.IGNORECASE)  # a date a week gives (dates.week_span)
SINCE = re.compile(r"\bsince\s+(?:(?:early|mid|late)[- ]?)?$", re.IGNORECASE)
IN_OFFICE = re.compile(r"\bin\s+(?:office|power|post|charge)\s*,?\s+since\s+(?:(?:early|mid|late)[- ]?)?$")
# "director-general of the Valdoran Medicines Safety Authority since", "minister since": an office's start
OFFICE_SINCE = re.compile(r"\b([A-Za-z][\w-]*)(?:\s+(?:of|for)(?:\s+the)?(?:\s+(?:(?:and|of)\s+)?[A-Z][\w'’-]*){1,6})?"
                          r",?\s+since\s+(?:(?:early|mid|late)[- ]?)?$")
WHEN_AFTER = re.compile(r",?\s+when\b", re.IGNORECASE)
# "the deadliest in Velmora since 1998", "the first such visit since 2019": a record's baseline, no
# happening of that year (unless "when" tells one: WHEN_AFTER)
SUPERLATIVE_SINCE = re.compile(r"\b(?:deadliest|bloodiest|costliest|worst|best|biggest|largest|greatest|highest|"
                               r"lowest|strongest|weakest|heaviest|longest|fastest|slowest|sharpest|steepest|"
                               r"smallest|hottest|coldest|wettest|driest|busiest|deepest|most\s+\w+|least\s+\w+|"
                               r"first|only)\b[^.;:]{0,50}?"
                               r"\bsince\s+(?:(?:early|mid|late)[- ]?)?$", re.IGNORECASE)
TIMES_SINCE = re.compile(r"\btimes?\s+(?:\w+\s+){0,3}?since\s+(?:(?:early|mid|late)[- ]?)?$", re.IGNORECASE)
# The words before the day a statement was made ("the ministry said on Saturday")
# In a denial: what it denies opens with "that" ("rejects reports in some media that …"); the denier's own
# words after it do not ("rejected the claims, saying spending had risen in 2024")
THAT = re.compile(r"\bthat\b")
CLAUSE_WORDS = 3  # words after "that" for it to open a clause ("that aircraft were grounded"), not a noun's
OWN_WORDS_AFTER = re.compile(r",\s+(?:saying|adding|insisting|arguing)\b|;|\.\s")
SAID_ON = re.compile(r"\b(?:said|says|told (?:\w+ ){0,2}?|announced|added|stated|confirmed|reported|claimed|"
                     r"speaking|spoke)"
                     # "said in a statement on Thursday", "told reporters at a news conference on Friday",
                     # "Speaking at the hospital on Saturday, Dr Kovač said the campaign would begin tomorrow"
                     r"(?:\s*(?:in|at|to|during|via|on)\s+(?:\w+\s+){0,3}?\w+)?\s*$", re.IGNORECASE)
# "On Tuesday, the Herald reported that Varga had telephoned Ms Marsk days before the meeting", "the
# paper reported on Tuesday that she had …": the day a report came out, of something done before it
# "On Friday the army said (that) the 4 June raid had killed 12": the day of the saying
REPORT_OPENS = re.compile(r"\s*,?\s*(?:[\w'’-]+\s+){0,6}?(?:reported|said|revealed|disclosed|alleged|claimed|wrote)"
                          r"\b(?:\s+that\b)?", re.IGNORECASE)
THAT_AFTER = re.compile(r"\s+that\b", re.IGNORECASE)
PERSON_ASIDE = re.compile(r",\s+who\s+[^,;:()\"“”]{3,200}?,")  # ", who has faced calls to resign,"
PAST_PERFECT = re.compile(r"\bhad\s+(?:not\s+|already\s+|\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|wn|ne|t)\b",
                          re.IGNORECASE)
QUALIFIER = re.compile(r"\b(early|mid|late)\b", re.IGNORECASE)
# Words that say a quantity rose or fell ("set up", "stepped down", "declined to comment" and "a
# contract" do not)
RISE = re.compile(r"\b(?:ris(?:e|es|en|ing)|rose|(?:up|higher)\s+(?:by\s+)?[\d£$€]|increas(?:e|ed|es|ing)|grew|"
                  r"gain(?:ed|s)?|climb(?:ed|s)?|jump(?:ed|s)?|soar(?:ed|s)?)\b", re.IGNORECASE)
FALL = re.compile(r"\b(?:fell|fall(?:s|en|ing)?|(?:down|lower)\s+(?:by\s+)?[\d£$€]|decreas(?:e|ed|es|ing)|"
                  r"declin(?:e|ed|es|ing)\b(?!\s+to\b)|drop(?:ped|s)?|slump(?:ed|s)?|shrank|contracted|plunged|"
                  r"tumbled)\b", re.IGNORECASE)
ASIDE = re.compile(r"\([^()]*\)")  # a bracketed aside
REPORT_NOUN = r"(?:report|study|survey|poll|paper|review|census|audit|assessment|inquiry|analysis|index|book)"
REPORT_AFTER = re.compile(rf"^\s*(?:[\w-]+\s+)?(?P<noun>{REPORT_NOUN})s?\b", re.IGNORECASE)
REPORT_BEFORE = re.compile(r"\b(?:an?|the|its|their|his|her|this|that|latest)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
REPORT_PUBLISHED = re.compile(rf"\b(?P<noun>{REPORT_NOUN})s?\s+(?:\w+\s+)?(?:published|released|issued|dated)\s+"
                              r"(?:in|on)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class EventSearch:
    """What find_events did: the events, the statements it read and the comparisons it made."""

    events: tuple[Event, ...]
    statements: int
    comparisons: int


@dataclass
class _Group:
    lead: int  # the member every other was checked against (star, not chain)
    members: list[int]
    values: set[tuple[str | None, str]] = field(default_factory=set)  # (value, qualifier)
    told: set[tuple[str | None, str]] = field(default_factory=set)  # the same, of the days reports were told on
    participants: set[str] = field(default_factory=set)


def find_events(analyses: Sequence[Analysis]) -> tuple[Event, ...]:
    """The events the briefings report, in date order (undated last)."""
    return search_events(analyses).events


def search_events(analyses: Sequence[Analysis]) -> EventSearch:
    """find_events, with the count of statements read and of pairs compared (for the bound)."""
    try:
        return _search_events(analyses)
    finally:
        term_key.cache_clear()  # every word of every briefing (17,000 on 900 news articles): not held past the step


def _search_events(analyses: Sequence[Analysis]) -> EventSearch:
    names: dict[str, str] = {}  # each key word and entity id one string, shared by the statements that have it
    statements = [s for a in sorted(analyses, key=lambda a: a.id) for s in briefing_statements(a, names)]
    weights = rarity(analyses)
    published = {a.id: a.metadata.published.value for a in analyses}
    kin = _kin(analyses)
    places = frozenset(f"@{e.id}" for a in analyses for e in a.entities if e.type == "place")
    people = frozenset(f"@{e.id}" for a in analyses for e in a.entities if e.type == "person")
    buckets: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    for statement in statements:
        buckets[_bucket(statement)].append(statement)
    events: list[Event] = []
    comparisons = 0
    for key in sorted(buckets):
        groups, compared = _group(buckets[key], weights, published, kin, places, people)
        comparisons += compared
        events.extend(_event(group, weights) for group in groups)
    return EventSearch(_with_ids(events), len(statements), comparisons)


# --- 1. Statements -------------------------------------------------------------------------------


def briefing_statements(analysis: Analysis, names: dict[str, str] | None = None) -> list[Statement]:
    """own_statements, unpacked from the analysis' cross inputs when it has them (made before it had
    its id), each with its briefing's id; names shares their strings across briefings."""
    if analysis.cross_inputs is None:
        return list(own_statements(analysis))
    return unpack_statements(analysis.cross_inputs.statements, analysis, {} if names is None else names)


def pack_statements(statements: Iterable[Statement]) -> bytes:
    """Statements as compact JSON, compressed, without their briefing (not known yet) and their
    sentence's text (the document has it): unpack_statements makes them again, equal."""
    rows = [[s.sentence, s.date_text, s.value, s.precision, s.channel, s.standing, s.note, s.context,
             s.mentions, s.context_entities, s.words, s.span, s.report_noun, s.when,
             None if s.phrase is None else [s.phrase.text, s.phrase.features, s.phrase.verb], s.told]
            for s in statements]
    return _packed(rows)


def unpack_statements(packed: bytes, analysis: Analysis, names: dict[str, str]) -> list[Statement]:
    """The statements pack_statements packed, of this analysis. Their strings are shared through
    `names`, as made they were (a cached stem, an entity's id, a date's words, a standing): the
    decoder makes a string each time, and the events of 1,300 briefings held 3 MB more."""
    texts = {s.index: s.text for s in analysis.document.sentences}
    rows = _unpacked(packed)
    name = names.setdefault
    return [Statement(analysis.id, sentence, texts[sentence], name(date_text, date_text),
                      value if value is None else name(value, value), name(precision, precision),
                      name(channel, channel), name(standing, standing), name(note, note), context,
                      tuple((name(e, e), start, end) for e, start, end in mentions),
                      tuple(name(e, e) for e in context_entities), tuple((name(k, k), name(w, w)) for k, w in words),
                      None if span is None else tuple(span), name(report_noun, report_noun), name(when, when),
                      None if phrase is None else Phrase(phrase[0], tuple(name(f, f) for f in phrase[1]), phrase[2]),
                      told)
            for (sentence, date_text, value, precision, channel, standing, note, context, mentions, context_entities,
                 words, span, report_noun, when, phrase, told) in rows]


def _packed(value: object) -> bytes:
    """value as compact JSON, compressed: a string may hold anything a seed does (surrogates too)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def _unpacked(packed: bytes) -> Any:
    return json.loads(zlib.decompress(packed).decode("utf-8", "surrogatepass"))


# A time something is likened to: "It's like working in 1985", "as if it were 1999"
LIKE_THEN = re.compile(r"\b(?:like|as\s+if|as\s+though)\s+(?:(?:it|we|they|you)['’]?(?:s|re)?\s+"
                       r"(?:(?:is|was|were|are)\s+)?(?:still\s+)?(?:back\s+)?(?:in\s+)?|[a-z]+ing\s+(?:back\s+)?in\s+)$",
                       re.IGNORECASE)
# The years that open and close a period: "between 2016 and 2019", "from 2016 to 2019"
PERIOD_START = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+$")
# (not "from 1983 until 1992": the year something ended dates its ending)
PERIOD_GOES_ON = re.compile(r"\s*(?:and|to|–|-)\s*(?:19|20)\d\d\b")
PERIOD_END = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+(?:19|20)\d\d\s*(?:and|to|–|-)\s*$")


# A sentence that says something did not happen: "There was no vote of no confidence", "No such incident took
# place", "The meeting never happened" (not "no deal was reached": talks that failed are a happening)
NEVER_HAPPENED = re.compile(r"\b(?:[Tt]here\s+(?:was|were|has\s+been|had\s+been)\s+no\b|"
                            r"\b[Nn]o\s+(?:such\s+)?\w+\s+(?:ever\s+)?(?:took\s+place|happened|occurred)\b|"
                            # "No inspection of the factory was carried out in 2024", "records show no inspection"
                            r"\b[Nn]o\s+(?:[\w'’-]+\s+){1,6}?(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
                            r"(?:ever\s+)?(?:carried\s+out|held|conducted|performed|made|done|signed|issued|filed|"
                            r"received|recorded)\b|"
                            r"\brecords?\s+(?:show|shows|showed)\s+no\b|"
                            r"\bnever\s+(?:happened|took\s+place|occurred)\b|"
                            r"\b(?:did\s+not|didn['’]t)\s+(?:happen|take\s+place|occur)\b)")


# the weekday a date is set off after: "on Thursday, March 6"
WEEKDAY_SET_OFF = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s*$")
DAY_OF_AFTER = re.compile(r",\s*(?:the\s+(?:same\s+)?(?:day|night|morning|evening|date)|when|which|a\s+day)\b")
NEW_CLAUSE = re.compile(r"\b(?:when|after|as|but|while|because|although|until|before)\b")


def _never_happened(text: str, span: tuple[int, int]) -> bool:
    """Is the date that of what the sentence says did not happen, in the clause that says so ("There
    was no vote of no confidence, on Sunday or on any other day"; not "There were no casualties when
    the bomb exploded on Monday")?"""
    found = NEVER_HAPPENED.search(text)
    if found is None:
        return False
    if found.start() > span[0]:  # "On Sunday the meeting never happened"
        return not NEW_CLAUSE.search(text, span[1], found.start())
    return not NEW_CLAUSE.search(text, found.end(), span[0])


def own_statements(analysis: Analysis) -> tuple[Statement, ...]:
    """Every dated or unresolved statement of one briefing, each sentence text once, but for dates
    that are points of comparison; or, for a news briefing that has none, its lead. Read from the
    briefing alone: made when it is analysed (across.py)."""
    sentences = {s.index: s for s in analysis.document.sentences}
    order = sorted(sentences)
    previous = dict(zip(order[1:], order, strict=False))  # sentence -> the one before it
    mentions = _mentions(analysis)
    attributed = {i for s in analysis.signals if s.name in ("attributions", "named sources") for i in s.sentences}
    first = _first_of_text(analysis)
    kept: dict[tuple[int, str, str | None], tuple[DatedStatement, Span | None]] = {}
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
    said_on: list[tuple[int, str, str | None]] = []
    per_date_sentence = Counter(d.sentence for d in analysis.dates)
    days: set[tuple[int, str]] = set()  # (sentence, day) already kept: "Kampala, 3 April 2024 — … today ordered"
    asked = asked_sentences(analysis.document.body_sentences)
    for dated in analysis.dates:
        index = first.get(dated.sentence, dated.sentence)
        if index not in sentences or (index, dated.text, dated.value) in kept \
                or (dated.precision == "day" and (index, dated.value or "") in days):
            continue
        span = _locate(sentences[index].text, dated.text, taken[index])
        if span and (weekday := WEEKDAY_SET_OFF.search(sentences[index].text, max(0, span[0] - 16), span[0])) \
                and not DAY_OF_AFTER.match(sentences[index].text, span[1]):
            # "began on Thursday, March 6, according to …": the beginning's; not "named on Tuesday, 11 March,
            # the day Orešković resigned", which tells what else happened that day
            span = (weekday.start(), span[1])
        before = sentences[index].text[max(0, span[0] - 80):span[0]] if span else ""
        if BASELINE.search(before) or BOUND.search(before) or LEVEL_BEFORE.search(before):
            continue  # "up from 38m in the same period of 2003", "by 2015": not when it happened
        if NOT_THEN.search(before):
            continue  # "needed now, not next year", "in March, not in April": the date it is not
        if LIKE_THEN.search(before):
            continue  # "It's like working in 1985": a time things are likened to, when nothing happened
        after = sentences[index].text[span[1]:span[1] + 12] if span else ""
        if dated.precision == "year" and LEVEL_AFTER.match(after):
            continue  # "restored to its 2020 level", "back to 2019 levels": a year's level, no happening
        if dated.precision == "year" and (PERIOD_START.search(before) and PERIOD_GOES_ON.match(after)
                                          or PERIOD_END.search(before)):
            continue  # "Between 2016 and 2019 the agency lost staff": a period, not two happenings
        if _since_a_state(before, after, dated, per_date_sentence):
            continue  # "minister since 2021, resigned on Tuesday": 2021 is when the office began
        if span and _day_of_a_report(sentences[index].text, span):
            continue  # "On Tuesday, the Herald reported that Varga had telephoned …": not the call's day
        if QUESTION.search(sentences[index].text) or index in asked:
            continue  # "What is your position at Castellan today?", "Q: Tavaris says …": a question tells no happening
        if span and _never_happened(sentences[index].text, span):
            continue  # "There was no vote of no confidence, on Sunday or on any other day": nothing happened
        if span and _denied(sentences[index].text, span):
            continue  # "The service rejects reports that aircraft were grounded on 13 July": it tells no grounding
        if span and per_date_sentence[dated.sentence] > 1 and _names_a_happening(sentences[index].text, span):
            continue  # "raised the toll from the June 2 strikes on Tuesday": June 2 is the strikes', not the raising's
        kept[(index, dated.text, dated.value)] = (dated, span)
        if dated.precision == "day" and dated.value:
            days.add((index, dated.value))
        if SAID_ON.search(before):
            said_on.append((index, dated.text, dated.value))
    # "attacked a base on Friday night, the ministry said on Saturday": the day of the saying, beside
    # a date of what it tells, is not when it happened (together they made the event's day a month)
    per_sentence = Counter(key[0] for key in kept)
    for key in said_on:
        if per_sentence[key[0]] > 1:
            del kept[key]
            per_sentence[key[0]] -= 1
    regions = regions_of(sentences, [(key[0], span) for key, (_, span) in kept.items()], mentions)
    people = referents(analysis, sentences, {key[0] for key in kept})
    persons = {e.id: e.name for e in analysis.entities if e.type == "person"}
    found: dict[tuple[int, str, str | None], Statement] = {}
    told = {key for key in said_on if key in kept and _told_past(sentences[key[0]].text, kept[key][0])}
    for key, (dated, span) in kept.items():
        found[key] = _statement(analysis, key[0], sentences, previous, mentions, attributed, span, dated.value,
                                dated.precision, dated.text, dated.resolved_by, regions.get((key[0], span)),
                                people.get(key[0]), persons, key in told)
    if not found and analysis.kind.kind == "news":
        lead = _lead(analysis)
        lead = first.get(lead, lead) if lead is not None else None
        if lead is not None and lead in sentences:
            return (_statement(analysis, lead, sentences, previous, mentions, attributed, None, None, "none", "", ""),)
    return tuple(found.values())


def _denied(text: str, span: tuple[int, int]) -> bool:
    """Is the date that of what the sentence denies ('rejects reports in some media that aircraft were
    grounded … on 13 July', 'denied paying any bribes in 2019')? The sentence tells no such happening,
    and its source had been shown reporting what it denies; not when a court rejects a claim (it
    rules), nor a date of the denier's own words after it (', saying …')."""
    if not DENIAL_WORD.search(text, 0, span[0]):
        return False
    for found in DENIAL.finditer(text, 0, span[0]):
        between = text[found.end():span[0]]
        if COURT_BEFORE.search(text, 0, found.start()) or OWN_WORDS_AFTER.search(between):
            continue
        if found.group().endswith("ing"):
            return True
        that = [m.end() for m in THAT.finditer(text, found.start(), span[0])]
        if that and len(text[that[-1]:span[0]].split()) >= CLAUSE_WORDS:
            return True  # a clause, not "denied that quote on Wednesday" (the denial's day)
    return False


def _day_of_a_report(text: str, span: tuple[int, int]) -> bool:
    """Is the date the day a report or a claim was made of something done before it, told in the
    past perfect after 'that' ("On Tuesday, the Herald reported that X had telephoned Y", "the paper
    said on Tuesday that she had …")?"""
    if text[:span[0]].strip(" ,").lower() in ("", "on", "late on", "early on"):
        reported = REPORT_OPENS.match(text, span[1])
    elif SAID_ON.search(text, max(0, span[0] - 60), span[0]):
        reported = THAT_AFTER.match(text, span[1])
    else:
        return False
    return reported is not None and PAST_PERFECT.search(text, reported.end()) is not None


def _since_a_state(before: str, after: str, dated: DatedStatement, per_sentence: Counter[int]) -> bool:
    """Is the date the start of a state or of a count, beside another date of the sentence or a
    count of times (SINCE, TIMES_SINCE), or after a superlative (SUPERLATIVE_SINCE)? Alone, "observers
    present since late 2023" dates an arrival, and "the deadliest since December, when 12 soldiers
    were killed" what happened then."""
    if WHEN_AFTER.match(after):
        return False
    lead = before + dated.text[:6] if dated.text.lower().startswith("since ") else before  # "since Monday"
    if not SINCE.search(lead):
        return False
    return per_sentence[dated.sentence] > 1 or TIMES_SINCE.search(lead) is not None \
        or SUPERLATIVE_SINCE.search(lead) is not None or _office_since(lead)


def _office_since(lead: str) -> bool:
    """'director-general of the Valdoran Medicines Safety Authority since 2019', 'minister since 2021',
    'in office since 2021': when an office began, not what its holder did (", would step aside" had
    been dated 2019)."""
    found = OFFICE_SINCE.search(lead)
    return found is not None and (ends_office(found.group(1).split("-")[0]) or bool(IN_OFFICE.search(lead)))


def _told_past(text: str, dated: DatedStatement) -> bool:
    """Is the day of a saying the day a past happening was told ("a car bomb killed eight people,
    sources said on Wednesday")? Not a month or a year ("the PKK announced last year": the
    announcement is the happening), nor what the saying looks ahead to ("said on Monday it would …")."""
    return dated.precision == "day" and dated.value is not None and not FUTURE_CUE.search(text)


def _names_a_happening(text: str, span: tuple[int, int]) -> bool:
    """Whether the date only names a happening the sentence refers to ("the June 2 strikes"), in a
    phrase too short to be matched on its own (fewer than two words): a sentence with another date
    tells its own happening on that one."""
    phrase = dated_noun(text, span)
    return phrase is not None and len(_key_words(text, [span], phrase[0], phrase[1])) < 2


def _statement(analysis: Analysis, index: int, sentences: dict[int, Sentence], previous: dict[int, int],
               mentions: dict[int, list[tuple[str, int, int]]], attributed: set[int], span: tuple[int, int] | None,
               value: str | None, precision: str, date_text: str, resolved_by: str,
               region: Region | None = None, referent: str | None = None,
               persons: dict[str, str] | None = None, told: bool = False) -> Statement:
    text = sentences[index].text
    context = previous.get(index) if _refers_back(text) else None
    report = _report_noun(text, span) if span else ""
    channel = "report" if report else "happening" if value else "undated"
    # Who is named in the part of the sentence the date belongs to, when it dates one clause of
    # several (clauses.regions_of); the words are the whole sentence's, as matching reads them, unless the
    # date dates a noun phrase alone ("since the bid approach in December"): then both are its
    part = region or Region((0, len(text)), (), frozenset())
    blanks = ([span] if span else []) + _asides_about_people(text, span)
    low, high = reach(text, span)  # a sentence of many dates is read around each, not whole for each
    listed = mentions.get(index, [])
    near = listed[bisect_left(listed, low, key=lambda m: m[1]):bisect_left(listed, high, key=lambda m: m[1])]
    names = [(s, e) for _, s, e in near]
    words = _as_meeting(_key_words(text, names + blanks, low, high), text, near, persons, low, high)
    if span and (nominal := nominal_phrase(text, span)):
        start, end, whose = nominal
        phrase_words = _key_words(text, names + blanks, start, end)
        named = [m for m in near if start <= m[1] < end]
        # Fewer than two features could match nothing (it takes two shared); "since its introduction
        # in 1993" is of its owner, named outside the phrase: the sentence is read whole
        if len(phrase_words) + len(named) >= 2 and not whose:
            part, words = Region((start, end), (), frozenset()), phrase_words
    own = [m for m in near if part.holds(m[1])]
    if told and span:  # "…, the governor's office said on Thursday": who told it took no part in it
        low = max(0, span[0] - TELLER_REACH)  # a teller's clause is short: no scan of a long line's start
        teller = last_break(text, low, span[0]) or low
        own = [m for m in own if not teller <= m[1] < span[0]]
    # "He is due to visit …": who took part is the person "he" is, not everyone the sentence before names
    context_entities = () if context is None else (referent,) if referent else \
        tuple(m[0] for m in mentions.get(context, []))
    statement = Statement(analysis.id, index, text, date_text, value, precision, channel,
                          _standing(analysis, index, attributed, value,
                                    _looks_ahead(text, span) or date_text.lower().startswith("next ")),
                          _note(date_text, precision, resolved_by, report, span, text,
                                analysis.metadata.published.value, told and value is not None),
                          context, tuple(own), context_entities, words, span, report,
                          _when(date_text) if value is None else "", told=told and value is not None)
    # "he was selected in 1969": the label names the person, where the sentence makes that sure
    pronouns = pronoun_people(text, near, persons or {}, referent, low, high)  # near: bounded by the reach
    return dataclasses.replace(statement, phrase=own_phrase(statement, pronouns))


def _asides_about_people(text: str, span: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The asides that say who someone is (", who has faced calls to resign over a budget overrun,"),
    without the date: what they tell is no part of the happening the date dates, and its words
    ("resign") had joined the minister's loan request to a report of his resignation the same day."""
    return [(m.start(), m.end()) for m in PERSON_ASIDE.finditer(text)
            if not span or not m.start() <= span[0] < m.end()]


def _as_meeting(words: tuple[tuple[str, str], ...], text: str, near: list[tuple[str, int, int]],
                persons: dict[str, str] | None, low: int, high: int) -> tuple[tuple[str, str], ...]:
    """The words, a word that receives a person read as a meeting (happenings.received_people):
    "Erdogan received al-Sudani on Tuesday" and "al-Sudani met Erdogan on Tuesday" tell one."""
    if not persons or any(key == MEETING for key, _ in words):
        return words
    received = received_people(text, frozenset(start for entity, start, _ in near if entity in persons), low, high)
    if not received:
        return words
    return tuple((MEETING, word) if word.lower() in received else (key, word) for key, word in words)


def _when(date_text: str) -> str:
    found = WHEN.search(date_text)
    if not found:
        return ""
    return found.group(1).lower() if found.group(1) else " ".join(found.group(2).lower().split())


def _mentions(analysis: Analysis) -> dict[int, list[tuple[str, int, int]]]:
    by_sentence: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
    for entity in analysis.entities:
        for mention in entity.mentions:
            by_sentence[mention.sentence].append((entity.id, mention.start, mention.end))
    for index, found in _the_structures(analysis, by_sentence):
        by_sentence[index].append(found)
    return {index: sorted(found, key=lambda m: (m[1], m[2], m[0])) for index, found in by_sentence.items()}


Mentions = dict[int, list[tuple[str, int, int]]]  # sentence -> (entity id, start, end) of each name in it


def _the_structures(analysis: Analysis, named: Mentions) -> Iterable[tuple[int, tuple[str, int, int]]]:
    """'The bridge fell during the evening rush hour on 21 May': in a briefing that names one bridge
    (the Aldren Bridge), 'the bridge' is that bridge, a participant as its name is. Only for a head
    word of which the briefing names exactly one structure, not where a capital word may name another
    ('the Selva bridge'), and not inside a name."""
    by_head: dict[str, list[str]] = defaultdict(list)
    for entity in analysis.entities:
        head = entity.name.rsplit(" ", 1)[-1].lower()
        if head in STRUCTURE_HEADS and entity.type != "person":
            by_head[head].append(entity.id)
    alone = {head: ids[0] for head, ids in by_head.items() if len(ids) == 1}
    if not alone:
        return
    for sentence in analysis.document.sentences:
        for found in THE_STRUCTURE.finditer(sentence.text):
            entity = alone.get(found.group(1))
            taken = named.get(sentence.index, ())
            if entity and not any(s < found.end() and found.start() < e for _, s, e in taken):
                yield sentence.index, (entity, found.start(1), found.end(1))


def _first_of_text(analysis: Analysis) -> dict[int, int]:
    """sentence index -> index of the first sentence with the same text: a repeat is one report."""
    first: dict[str, int] = {}
    mapping: dict[int, int] = {}
    for sentence in analysis.document.sentences:
        mapping[sentence.index] = first.setdefault(" ".join(sentence.text.split()), sentence.index)
    return mapping


def _locate(text: str, date_text: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the date words are in the sentence, past any place another date of it already took."""
    start = text.find(date_text) if date_text else -1
    while start >= 0 and any(s <= start < e for s, e in taken):
        start = text.find(date_text, start + 1)
    if start < 0:
        return None
    taken.append((start, start + len(date_text)))
    return start, start + len(date_text)


def _lead(analysis: Analysis) -> int | None:
    if analysis.summary:
        return analysis.summary[0]
    body = analysis.document.body_sentences
    return body[0].index if body else None


def _refers_back(text: str) -> bool:
    """Does the sentence open by referring back ("They have stayed …", "This agreement …"), or speak
    through a body it names by its kind alone ("In a statement on Tuesday, the company said it …")?
    Then the sentence before it is its context (the antecedent, in its paragraph or the one before):
    the company's statement had been an event of the country named in it, not of the company."""
    return (bool(BACK_REFERENCE.match(text)) and not EXPLETIVE_IT.match(text)) or bool(BODY_SPEAKS.search(text))


def _standing(analysis: Analysis, index: int, attributed: set[int], value: str | None = None,
              ahead: bool = False) -> str:
    """expected (dated after the source was published, or said to be to come), opinion piece,
    attributed, reported (news in its own voice) or unsourced claim (the rest)."""
    if ahead or after_publication(value, analysis.metadata.published.value):
        return "expected"
    if analysis.kind.kind == "opinion":
        return "opinion piece"
    if index in attributed or analysis.kind.kind == "press release":  # a release's own voice is its issuer's
        return "attributed"
    return "reported" if analysis.kind.kind == "news" else "unsourced claim"


def _looks_ahead(text: str, span: tuple[int, int] | None) -> bool:
    """Does the clause of the date say it is to come? 'The global economy will slow in 2005', 'is
    expected to be completed in April 2005', 'In 2005, growth will be 3%': what a source forecasts
    or plans, whatever its publication date. Only a cue read in the date's own clause, with the date
    after 'in', 'by', 'until'... and no past between them: 'since 1997 ... will' and 'the share loss
    that we experienced in 2004' are no forecasts of the year."""
    if span is None:
        return False
    before = LISTED_BEFORE.sub("", text[max(0, span[0] - 110):span[0]])
    if DATE_LEAD.search(before) and _cued(before):
        return True
    after = FUTURE_AFTER.match(text, span[1], span[1] + 100)
    return bool(after and OPENING_DATE.fullmatch(text[:span[0]]) and not PAST.search(text, span[1], after.end()))


def _cued(before: str) -> bool:
    """Is there a cue of what is to come in the last clause of `before`, governing the date at its end?"""
    # "will die needlessly before 2015": a "before" or "after" that leads the date cuts no clause
    cut = max((m.end() for m in CLAUSE_CUT.finditer(before)
               if before[m.end():].strip() or m.group(0).lower() not in ("before", "after")), default=0)
    cues = [m for pattern in (MODAL, INTENT) for m in pattern.finditer(before, cut)
            if not (NOUN_CUE.fullmatch(m.group(0)) and PAST.search(before, cut, m.start()))]
    if not cues:
        return False
    last = max(cues, key=lambda m: m.end())
    dated_cue = last.group(0).endswith("ed") and CUE_DATED.match(before, last.end())
    return not dated_cue and not PAST.search(before, last.end())


def after_publication(value: str | None, published: str | None) -> bool:
    """Is a date later than the publication date, at the coarser of their precisions ('2024-06' after
    '2024-05-01'; not '2024-05', the month it was written in, nor '2024-06' after '2024')?"""
    if not value or not published:
        return False
    shared = min(len(value), len(published))
    return value[:shared] > published[:shared]


def _report_noun(text: str, span: tuple[int, int]) -> str:
    """'report' when the date words date a report ('an August report', 'a study published in May')."""
    after = REPORT_AFTER.match(text[span[1]:span[1] + 40])
    if after and REPORT_BEFORE.search(text[max(0, span[0] - 30):span[0]]):
        return after.group("noun").lower()
    published = REPORT_PUBLISHED.search(text[max(0, span[0] - 60):span[0]])
    return published.group("noun").lower() if published else ""


def _note(date_text: str, precision: str, resolved_by: str, report: str, span: tuple[int, int] | None,
          text: str, published: str | None = None, told: bool = False) -> str:
    if told:
        by = " (dated from the publication date)" if resolved_by == "publication date" else ""
        return f"'{date_text}'{by}{TOLD_NOTE}"
    if report:
        phrase = text[span[0]:span[1]] if span else date_text
        return f"the date ('{phrase}') is that of a {report}, not of what it reports"
    if precision == "unresolved":
        if not published:
            return f"'{date_text}' cannot be placed: the source gives no publication date"
        if "week" in date_text.lower():  # dates.py dates a week by its month when it falls in one
            return f"'{date_text}' cannot be placed: that week runs across two months"
        return f"'{date_text}' cannot be placed: it names no calendar date"
    if precision == "none":
        return "the source gives no date"
    if resolved_by == "year stated earlier":
        return f"the year of '{date_text}' is taken from a date stated earlier in the text"
    if resolved_by == "date stated earlier":
        return f"'{date_text}' is counted from the day the text stated before it"
    if resolved_by == "publication date":
        return f"'{date_text}' is dated from the publication date"
    return ""


def _key_words(text: str, blanks: Iterable[tuple[int, int]], low: int = 0,
               high: int | None = None) -> tuple[tuple[str, str], ...]:
    """(key, word) of the content words of text[low:high] outside entity names and date words (the
    blanks), each key once."""
    high = len(text) if high is None else high
    chars = list(text[low:high])
    for start, end in [*blanks, *unmet_spans(text, low, high)]:  # "met the demands": no meeting, no word of one
        start, end = max(start, low) - low, min(end, high) - low
        if start < end:
            chars[start:end] = " " * (end - start)
    found: dict[str, str] = {}
    joined = "".join(chars)
    for start, end, word, own in sorted(phrase_kinds(joined)):  # "stepped down": a resignation, in its own words
        found.setdefault(term_key(word), own)
        joined = joined[:start] + " " * (end - start) + joined[end:]
    for word in content_words(joined):
        if word.removesuffix("'s") not in EVENT_STOPWORDS and not word.isdigit():  # "Tuesday's" too
            found.setdefault(term_key(word), word)
    return tuple(found.items())


# --- 2. Rarity -----------------------------------------------------------------------------------


def _kin(analyses: Sequence[Analysis]) -> dict[str, frozenset[str]]:
    """briefing -> the entities it names that at most KIN_BRIEFINGS briefings, and at most half of
    them, name: two briefings sharing one may be about one thing. Two reports that name no
    participant in common are matched only then: "three people died on Tuesday" in a story of a
    coach crash is not Tuesday's bombing in another, though one names no place and both tell of a
    killing. In four briefings, a country all four name says nothing."""
    return kin_entities(analyses, min(KIN_BRIEFINGS, max(2, len(analyses) // 2)))


def kin_entities(analyses: Sequence[Analysis], most: int) -> dict[str, frozenset[str]]:
    """briefing -> the entities it names that at most `most` briefings name."""
    used = Counter(e for a in analyses for e in {x.id for x in a.entities})
    return {a.id: frozenset(e.id for e in a.entities if used[e.id] <= most) for a in analyses}


def rarity(analyses: Sequence[Analysis]) -> dict[str, float]:
    """feature -> ln((N + 1) / briefings using it); participants ('@id') count ENTITY_WEIGHT times."""
    used: Counter[str] = Counter()
    for analysis in analyses:
        inputs = analysis.cross_inputs
        keys = own_keys(analysis) if inputs is None else _unpacked(inputs.rarity_keys)
        used.update({*keys, *(f"@{e.id}" for e in analysis.entities)})  # each feature once a briefing
    total = len(analyses) + 1
    return {f: math.log(total / n) * (ENTITY_WEIGHT if f.startswith("@") else 1.0) for f, n in used.items()}


def own_keys(analysis: Analysis) -> list[str]:
    """The key of each word the briefing uses, each once, sorted: read from the briefing alone, made
    when it is analysed (across.py), packed by pack_keys."""
    # One text (no word spans the joining space) and each word once: many words recur.
    text = " ".join(s.text for s in analysis.document.sentences)
    words = set(content_words(text)) | {word for _, _, word, _ in phrase_kinds(text)}
    return sorted({term_key(w) for w in words})


def pack_keys(keys: list[str]) -> bytes:
    return _packed(keys)


def _weight(feature: str, weights: dict[str, float]) -> float:
    # a feature no briefing was counted for (a context entity of a trimmed list) is taken as rare
    return weights.get(feature, math.log(2.0) * (ENTITY_WEIGHT if feature.startswith("@") else 1.0))


# --- 3. Blocking and 4. matching ----------------------------------------------------------------


def _bucket(statement: Statement) -> tuple[str, str]:
    """Year (or '~' undated) and channel: a report's date never meets a happening's."""
    return (statement.value[:4] if statement.value else "~", statement.channel)


def _slots(statement: Statement, lookup: bool) -> tuple[str, ...]:
    """The slot a statement is filed under (its month; for an undated one the month or weekday its
    words name; '*' for a year or vague words), and, to look up, the slots it is compatible with."""
    if statement.value:
        own, every = (statement.value[5:7] if len(statement.value) >= 7 else ""), MONTH_SLOTS
    else:
        own, every = (statement.when if statement.when in WHEN_SLOTS else ""), WHEN_SLOTS
    if not lookup:
        return (own or "*",)
    return (own, "*") if own else ("*", *every)


def _group(statements: list[Statement], weights: dict[str, float], published: dict[str, str | None] | None = None,
           kin: dict[str, frozenset[str]] | None = None,
           places: frozenset[str] = frozenset(),
           people: frozenset[str] = frozenset()) -> tuple[list[list[Statement]], int]:
    """The statements of one bucket in groups of one happening, and the number of pairs compared
    (published: each briefing's publication date, when known; kin: the names each briefing shares
    with few others, _kin; places, people: the participants that are places, people, '@' and id)."""
    published = published or {}
    features = [_features(s, weights) for s in statements]
    indexed = [sorted(f, key=lambda k: (-f[k], k))[:FEATURES] for f in features]
    weighed = [_Weighed.of(f, s.text) for f, s in zip(features, statements, strict=True)]  # once, not per comparison
    weeks = [_week_told(s, published) for s in statements]  # once each, not twice per comparison
    # (feature, slot) -> the statements filed under it so far, in order: each statement looks up
    # those before it, then is filed. A key is never dropped for being common: the reports of one
    # happening that many briefings carry share every key, and dropping the keys of more than
    # POSTING_CAP statements left 300 reports of one signing as 300 events.
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    pairs: list[tuple[float, int, int]] = []
    comparisons = 0

    def score(j: int, i: int) -> float:
        if _before_expected(statements[i], statements[j], published) or \
                _before_expected(statements[j], statements[i], published) or \
                _outside_week(weeks[i], statements[j]) or _outside_week(weeks[j], statements[i]):
            return 0.0
        a, b = statements[i], statements[j]
        akin = kin is None or a.briefing == b.briefing or bool(kin.get(a.briefing, frozenset())
                                                                & kin.get(b.briefing, frozenset()))
        return _similarity(a, b, weighed[i], weighed[j], akin, places, people)

    for i, statement in enumerate(statements):
        candidates = _candidates(statement, indexed[i], features[i], postings)
        for key in _filed(statement, indexed[i]):
            postings[key].append(i)
        comparisons += len(candidates)
        pairs.extend((found, j, i) for j in candidates if (found := score(j, i)) > 0)
    groups, checks = _join(statements, pairs, score)
    return groups, comparisons + checks


def _before_expected(expected: Statement, other: Statement, published: dict[str, str | None]) -> bool:
    """Did the other happen before the briefing that expects the one was written? Then they are two
    ("Güler is expected to visit Baghdad next week", written on 16 March, is not the meeting in
    Baghdad of 14 March, though both are of March): its day is before that, or its briefing, which
    tells it as done, was published before."""
    if expected.standing != "expected" or other.standing == "expected" or not other.value:
        return False
    written = published.get(expected.briefing) or ""
    if len(written) < len("2024-03-14"):
        return False
    told = published.get(other.briefing) or ""
    return (len(other.value) == len(written) and other.value < written) or \
        (len(told) == len(written) and told < written)


def _week_told(statement: Statement, published: dict[str, str | None]) -> tuple[str, str] | None:
    """The first and last day of the week a report names ("she had not seen it before this week",
    written on a Friday), as ISO dates; None when it names no week or its briefing's day is unknown."""
    found = WEEK.fullmatch(statement.date_text.strip())
    written = published.get(statement.briefing) or ""
    if not found or len(written) != len("2025-04-18"):
        return None
    try:
        first, last = week_span(found.group(1), date.fromisoformat(written))
    except ValueError:
        return None
    return first.isoformat(), last.isoformat()


def _outside_week(week: tuple[str, str] | None, day: Statement) -> bool:
    """Is a day outside the week another report names (_week_told), e.g. a Tuesday of the week
    before? A week is dated as its month, which every day of that month would otherwise meet."""
    return week is not None and day.precision == "day" and bool(day.value) and not week[0] <= day.value <= week[1]


def _features(statement: Statement, weights: dict[str, float]) -> dict[str, float]:
    """feature -> weight for one statement; a verb of the sentence ('signed', 'deployed') weighs
    VERB_WEIGHT times its rarity, because what was done says most about what happened."""
    found = {f"@{p}": _weight(f"@{p}", weights) for p in statement.participants}
    for key, word in statement.words:
        found[key] = _weight(key, weights) * (VERB_WEIGHT if verb_form(word) else 1.0)
    return found


def _candidates(statement: Statement, indexed: list[str], features: dict[str, float],
                postings: dict[tuple[str, str], list[int]]) -> list[int]:
    """The earlier statements of the bucket that share the most indexed weight with this one, at
    most CANDIDATES: each visit is bounded (FEATURES keys × slots × the POSTING_CAP statements
    filed last under each), and so is the number of full comparisons."""
    shared: dict[int, float] = defaultdict(float)
    slots = _slots(statement, True)
    for feature in indexed:
        for slot in slots:
            for j in postings.get((feature, slot), ())[-POSTING_CAP:]:
                shared[j] += features[feature]
    return sorted(shared, key=lambda j: (-shared[j], j))[:CANDIDATES]


def _filed(statement: Statement, indexed: list[str]) -> list[tuple[str, str]]:
    """The keys a statement is filed under: each indexed feature in its slot."""
    return [(feature, slot) for feature in indexed for slot in _slots(statement, False)]


class _Weighed(NamedTuple):
    """A statement's features with the sums a comparison reads, each taken once."""

    features: dict[str, float]
    total: float  # all its features' weight, summed in sorted order
    words: float  # its words' weight (not its participants'), the same way
    direction: int  # 1: it says something rose, -1: fell, 0: neither or both (_direction)

    @classmethod
    def of(cls, features: dict[str, float], text: str = "") -> _Weighed:
        return cls(features, sum(sorted(features.values())),
                   sum(sorted(w for f, w in features.items() if not f.startswith("@"))), _direction(text))


def _direction(text: str) -> int:
    """1 when the sentence says only that something rose, -1 only that it fell, else 0: 'approvals
    rose for the first time' and 'approvals fell to their lowest' are two releases, not one."""
    text = ASIDE.sub(" ", text)
    up, down = bool(RISE.search(text)), bool(FALL.search(text))
    return 0 if up == down else 1 if up else -1


def _similarity(a: Statement, b: Statement, weighed_a: _Weighed, weighed_b: _Weighed, akin: bool = True,
                places: frozenset[str] = frozenset(), people: frozenset[str] = frozenset()) -> float:
    """How much two statements share, as a share of their weight (step 4); 0 when they cannot be
    one happening (akin: their briefings name someone or something few others do, _kin)."""
    fa, fb = weighed_a.features, weighed_b.features
    if not _dates_agree(a, b, fa, fb) or weighed_a.direction * weighed_b.direction < 0:
        return 0.0  # not one time, or one says it rose and the other that it fell
    if a.sentence == b.sentence and a.briefing == b.briefing:
        # one sentence, two dates: two happenings ("killed in last week's floods ... after rescuers
        # found the bodies on Saturday", "floods last week ... 3 more victims this week"), though
        # their words, the sentence's, are the same
        return 0.0
    shared = sorted(fa.keys() & fb.keys())  # sorted: a float sum in a fixed order
    named = bool(a.mentions or a.context_entities) and bool(b.mentions or b.context_entities)  # participants
    if named and not any(f.startswith("@") for f in shared):
        return 0.0  # both name who took part, and no one in common: two happenings
    if _other_people(fa, fb, people) and all(f in places for f in shared if f.startswith("@")):
        return 0.0  # Fidan met Hussein in Ankara, Barzani met Erdogan in Ankara: one city, two meetings
    if not akin and not any(f.startswith("@") for f in shared):
        return 0.0  # no one in common, in the reports nor in their briefings: "three people died on Tuesday"
    if _told_alike(a, b, shared, places):  # "the floods began late on Tuesday": the kind alone may be all they share
        return max(MATCH["day"], _similarity_share(a, b, shared, weighed_a, weighed_b))
    if _phrases_alike(a, b):  # one day, one doing by the same, whatever else each sentence tells
        return max(MATCH["day"], _similarity_share(a, b, shared, weighed_a, weighed_b))
    if len(shared) < 2 or all(f.startswith("@") for f in shared):
        return 0.0
    if _one_day_apart(a.value, b.value) and sum(not f.startswith("@") for f in shared) < 2 and \
            not any(f.startswith(KIND) for f in shared):
        return 0.0  # two days: more than one word in common ("northern"), or one kind of happening
    if not _same_doing(shared, weighed_a, weighed_b):
        return 0.0
    return _similarity_share(a, b, shared, weighed_a, weighed_b)


def _similarity_share(a: Statement, b: Statement, shared: list[str], weighed_a: _Weighed,
                      weighed_b: _Weighed) -> float:
    """What two statements that may be one happening share, as a share of their weight; 0 under the
    threshold of their dates' precision."""
    fa, fb = weighed_a.features, weighed_b.features
    level = _coarser(a.value, b.value)
    wa, wb = weighed_a.total, weighed_b.total
    # a day or a month already says much: the lighter report's words suffice; a year or no date
    # says little: both reports' words must agree (a short sentence alone matches too easily)
    scale = min(wa, wb) if level in ("day", "month") else math.sqrt(wa * wb)
    score = sum(min(fa[f], fb[f]) for f in shared) / max(1e-9, scale)
    named = any(f.startswith("@") for f in shared)
    if level in ("year", "undated") and not named and score < SAME_WORDS:
        return 0.0
    return score if score >= MATCH[level] else 0.0


def _other_people(fa: dict[str, float], fb: dict[str, float], people: frozenset[str]) -> bool:
    """Do both reports name people, and none of them the same? (With nothing else in common but
    places: one person's id may differ between briefings, "Mr Ebbers" and Bernard Ebbers.)"""
    mine, theirs = people.intersection(fa), people.intersection(fb)
    return bool(mine) and bool(theirs) and not mine & theirs


def _told_alike(a: Statement, b: Statement, shared: list[str], places: frozenset[str] = frozenset()) -> bool:
    """One day, one kind of happening (happenings.py: "a car bomb exploded on Tuesday", "the blast
    on Tuesday evening", "Tuesday's bombing"): one happening told in two sources' words, whatever
    else each tells of it, and though it is all they share but for a participant, when both name
    any (the caller has checked that). In one month, a meeting, a call, a visit, a resignation or an
    agreement of two participants both name ("Yücel is expected to travel to Baghdad next week",
    "Yücel's visit to Baghdad next week"); not a killing or an arrest, of which a month has many.
    What a happening did (killed, wounded) is no kind of its own here, and a meeting, a call or a
    visit needs someone in common who is not a place: two meetings in Ankara on one day are two."""
    if a.precision != b.precision or a.precision not in ("day", "month") or not _same_day(a, b):
        return False
    kinds = [f for f in shared if f.startswith(KIND) and f not in OUTCOMES]
    named = [f for f in shared if f.startswith("@")]
    someone = any(f not in places for f in named)
    if a.precision == "day":
        # a bridge, a dam or a mine both name is what collapsed, not only where: one collapse
        built = any(f.rsplit("-", 1)[-1] in FACILITY_HEADS for f in named)
        return any(k not in PLACED_APART or someone or (k in BUILT_TO_FALL and built) for k in kinds)
    return any(k in ONE_A_MONTH for k in kinds) and len(named) >= 2 and someone


def _phrases_alike(a: Statement, b: Statement) -> bool:
    """Do the phrases their dates belong to say the same was done on one day by the same: a verb
    and another word, and a participant, in common ("Varosh and Azmir signed a memorandum of
    understanding on Wednesday", "When the foreign ministers of Varosh and Azmir signed their
    memorandum on water sharing on 13 March 2024, both governments presented it as a turning
    point": the rest of each sentence weighed more than what they share)? The caller has checked
    that the participants both name agree."""
    if a.phrase is None or b.phrase is None or not (a.phrase.verb and b.phrase.verb) or \
            a.precision != "day" or b.precision != "day" or not _same_day(a, b):
        return False
    shared = set(a.phrase.features).intersection(b.phrase.features)
    words = dict(a.words)
    done = [f for f in shared if not f.startswith("@")]
    return len(done) >= 2 and len(done) < len(shared) and any(verb_form(words.get(f, "").lower()) for f in done)


def _same_doing(shared: list[str], a: _Weighed, b: _Weighed) -> bool:
    """What was done must match, not only who did it: the shared words weigh at least TERMS_SHARE
    of the lighter report's words ('Org signed the X agreement' and 'Org signed the Y agreement'
    share a name and common words only)."""
    fa, fb = a.features, b.features
    together = sum(min(fa[f], fb[f]) for f in shared if not f.startswith("@"))
    return together > 0 and together >= TERMS_SHARE * min(a.words, b.words)


def _coarser(u: str | None, v: str | None) -> str:
    if u is None or v is None:
        return "undated"
    return {4: "year", 7: "month"}.get(min(len(u), len(v)), "day")


def _dates_agree(a: Statement, b: Statement, fa: dict[str, float], fb: dict[str, float]) -> bool:
    if a.value is None and b.value is None:
        return _when_agree(a, b)
    if a.told != b.told and (_told_after(a.value, b.value) if a.told else _told_after(b.value, a.value)):
        return True
    if not _compatible(a.value, b.value) or _qualifiers_differ(a, b):
        return _near_days(a, b, fa, fb)
    return True


def _told_after(told: str | None, happened: str | None) -> bool:
    """Is a day something was told on (Statement.told) the day it happened or up to TOLD_DAYS after?"""
    if not (told and happened and len(told) == len(happened) == 10):
        return False
    try:
        return 0 <= (date.fromisoformat(told) - date.fromisoformat(happened)).days <= TOLD_DAYS
    except ValueError:
        return False


def _same_day(a: Statement, b: Statement) -> bool:
    """One day, or one told up to TOLD_DAYS after the other happened."""
    return a.value == b.value or (a.told != b.told and _told_after(*((a.value, b.value) if a.told else
                                                                      (b.value, a.value))))


def _when_agree(a: Statement, b: Statement) -> bool:
    """Two undated statements: 'on Tuesday' and 'on Thursday' are two days, 'in January' and 'in
    September' two months, even with no year; vague words ('last week') and leads agree with any."""
    return not (a.when and b.when and a.when != b.when and WHEN_KIND[a.when] == WHEN_KIND[b.when])


def _compatible(u: str | None, v: str | None) -> bool:
    """Dates agree at their precision: one is the other, or a coarser form of it."""
    if u is None or v is None:
        return u is None and v is None
    shorter, longer = sorted((u, v), key=len)
    return longer.startswith(shorter)


def _qualifiers_differ(a: Statement, b: Statement) -> bool:
    """'early 2023' and 'late 2023' share a year but not a time."""
    qa, qb = QUALIFIER.search(a.date_text), QUALIFIER.search(b.date_text)
    return bool(qa and qb and qa.group(1).lower() != qb.group(1).lower() and a.value == b.value)


def _near_days(a: Statement, b: Statement, fa: dict[str, float], fb: dict[str, float]) -> bool:
    """Two days one apart: one happening told in one report ('arrived on Wednesday … on Thursday
    discussed'), or across briefings when they share most of their participants."""
    if not (_one_day_apart(a.value, b.value)):
        return False
    if a.briefing == b.briefing:
        return True
    pa = {f: w for f, w in fa.items() if f.startswith("@")}
    pb = {f: w for f, w in fb.items() if f.startswith("@")}
    shared = sorted(pa.keys() & pb.keys())
    lighter = min(sum(sorted(pa.values())), sum(sorted(pb.values())))
    return len(shared) >= 2 and sum(pa[f] for f in shared) >= NEAR_DAYS * lighter


def _one_day_apart(u: str | None, v: str | None) -> bool:
    if not (u and v and len(u) == len(v) == 10):
        return False
    try:
        return abs((date.fromisoformat(u) - date.fromisoformat(v)).days) == 1
    except ValueError:
        return False


# --- 5. Grouping ---------------------------------------------------------------------------------


def _join(statements: list[Statement], pairs: list[tuple[float, int, int]],
          score: Callable[[int, int], float]) -> tuple[list[list[Statement]], int]:
    """Join the best pairs first. A join is refused when the dates would no longer all agree, or
    when the two groups' leads do not match each other: every report must be like the lead, so a
    chain of look-alikes ('compared with a loss in 2003', 'up from 38m in 2003', …) stays apart.
    Returns the groups and the number of lead checks made (at most one per pair)."""
    groups = {i: _Group(i, [i], values=set() if s.told else {(s.value, _qualifier(s))},
                        told={(s.value, _qualifier(s))} if s.told else set(), participants=set(s.participants))
              for i, s in enumerate(statements)}
    owner = list(range(len(statements)))
    checks = 0
    for _, j, i in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        a, b = groups[owner[j]], groups[owner[i]]
        if a is b or not _can_join(a, b, {statements[j].value, statements[i].value}):
            continue
        if a.participants and b.participants and not a.participants & b.participants:
            continue  # a report that names no one may join either group, but not join them together
        if (a.lead, b.lead) != (j, i):
            checks += 1
            if score(*sorted((a.lead, b.lead))) <= 0:
                continue
        keep, drop = (a, b) if len(a.members) >= len(b.members) else (b, a)
        keep.members.extend(drop.members)
        keep.values |= drop.values
        keep.told |= drop.told
        keep.participants |= drop.participants
        for member in groups.pop(drop.lead).members:
            owner[member] = keep.lead
    ordered = sorted(groups.values(), key=lambda g: min(g.members))
    return [[statements[m] for m in sorted(g.members)] for g in ordered], checks


def _qualifier(statement: Statement) -> str:
    found = QUALIFIER.search(statement.date_text)
    return found.group(1).lower() if found else ""


def _can_join(a: _Group, b: _Group, pair: set[str | None]) -> bool:
    """All dates of the two groups still agree; two days one apart only as the joining pair found
    them (one briefing, or strongly shared participants); one date never both 'early' and 'late'.
    A day a report was told on agrees with every day the others give if it is that day or up to
    TOLD_DAYS after; told days alone must agree as dates do."""
    happened, told = a.values | b.values, a.told | b.told
    if not happened:
        return _values_agree(a.told, b.told, pair)
    if not _values_agree(a.values, b.values, pair):
        return False
    days = {v for v, _ in happened if v and len(v) == 10}
    if days:
        return all(_told_after(t, d) for t, _ in told for d in days)
    return all(_compatible(t, v) for t, _ in told for v, _ in happened)


def _values_agree(mine: set[tuple[str | None, str]], theirs: set[tuple[str | None, str]],
                  pair: set[str | None]) -> bool:
    merged = mine | theirs
    values = sorted({v for v, _ in merged}, key=lambda v: v or "")
    days = [v for v in values if v and len(v) == 10]
    if len(days) > 2:
        return False
    if len(days) == 2:
        seen = {v for v, _ in mine}, {v for v, _ in theirs}
        if not any(set(days) <= found for found in seen) and set(days) != pair:
            return False
    if not all(_compatible(u, v) for u in values for v in values if not (u in days and v in days)):
        return False
    qualifiers: dict[str | None, set[str]] = defaultdict(set)
    for value, qualifier in merged:
        if qualifier:
            qualifiers[value].add(qualifier)
    return all(len(found) <= 1 for found in qualifiers.values())


# --- 6. Reading an event ------------------------------------------------------------------------


def _event(group: list[Statement], weights: dict[str, float]) -> Event:
    """The event of one group, without its id yet (ids are given in event order)."""
    shared = _shared(group)
    value, precision = _agreed_date(group)
    return Event("", value, precision, _label(group, shared, weights), _participants(group),
                 _terms(group, shared, weights), _reports(group))


def _reports(group: list[Statement]) -> tuple[EventReport, ...]:
    reports: dict[tuple[str, int], EventReport] = {}
    for s in sorted(group, key=lambda s: (s.briefing, s.sentence)):
        reports.setdefault((s.briefing, s.sentence), EventReport(
            SentenceRef(s.briefing, s.sentence), s.date_text, s.value, s.precision, s.context, s.standing, s.note))
    return tuple(reports.values())


def _agreed_date(group: list[Statement]) -> tuple[str | None, str]:
    """The finest date all reports agree on: 2024-08-15 and 2024-08 on 2024-08-15 ("last month's
    floods" does not gainsay "on 15 August"); 2024-08-15 and 2024-08-16 (one day apart) on 2024-08."""
    if any(s.value is None for s in group):
        return None, "undated"
    group = [s for s in group if not s.told] or group  # a day it was told on is not when it happened
    finest = max((s.value for s in group if s.value), key=len)
    if all(finest.startswith(s.value) for s in group if s.value):
        return finest, ("year", "month", "day")[finest.count("-")]
    parts = [s.value.split("-") for s in group if s.value]
    agreed: list[str] = []
    for position in range(min(len(p) for p in parts)):
        if len({p[position] for p in parts}) > 1:
            break
        agreed.append(parts[0][position])
    return "-".join(agreed), ("year", "month", "day")[len(agreed) - 1]


def _participants(group: list[Statement]) -> tuple[str, ...]:
    """Entity ids, most named first, each sentence (report or context) counted once."""
    counts: Counter[str] = Counter()
    read: set[tuple[str, int]] = set()
    for s in group:
        if (s.briefing, s.sentence) not in read:
            counts.update(m[0] for m in s.mentions)
            read.add((s.briefing, s.sentence))
        if s.context is not None and (s.briefing, s.context) not in read:
            counts.update(s.context_entities)
            read.add((s.briefing, s.context))
    return tuple(sorted(counts, key=lambda e: (-counts[e], e)))


def _shared(group: list[Statement]) -> set[str]:
    """The features at least two of the reports' sentences have; all of them for one report."""
    sentences = {(s.briefing, s.sentence): s for s in group}
    counts = Counter(f for s in sentences.values() for f in s.features())
    return {f for f, n in counts.items() if n >= 2 or len(sentences) == 1}


def _terms(group: list[Statement], shared: set[str], weights: dict[str, float]) -> tuple[str, ...]:
    words: dict[str, str] = {}
    for s in group:
        for key, word in s.words:
            words.setdefault(key, word)
    keys = sorted((k for k in words if k in shared), key=lambda k: (-_weight(k, weights), k))
    return tuple(words[k] for k in keys[:TERMS_SHOWN])


def _label(group: list[Statement], shared: set[str], weights: dict[str, float]) -> str:
    """The phrase, among the reports', that says most of what the reports share. A report's own
    phrase (event_phrases.py) before the rarest of a report's words (_phrase, when it has none):
    those words weigh the most by their making, and "dates buy auto division" had won over
    "alliance agreed" (six such labels on the 927 BBC articles)."""
    best: tuple[bool, float, str] | None = None
    for s in group:
        phrase = _phrase(s, weights)
        found = sorted(shared.intersection(phrase.features))
        rank = (s.phrase is not None, sum(_weight(f, weights) for f in found) + (0.5 if phrase.verb else 0))
        if phrase.text and (best is None or rank > best[:2]):
            best = (*rank, phrase.text)
    return best[2] if best else "event"


# --- The label's phrase (the phrase itself: event_phrases.py) -----------------------------------


def _phrase(s: Statement, weights: dict[str, float]) -> Phrase:
    if s.phrase is not None:
        return s.phrase
    keys = sorted((k for k, _ in s.words), key=lambda k: (-_weight(k, weights), k))[:LABEL_WORDS]
    words = [w for k, w in s.words if k in keys]
    return Phrase(with_negation(s.text, words), tuple(sorted(keys)), False)


# --- Ids and order -------------------------------------------------------------------------------


def _with_ids(events: list[Event]) -> tuple[Event, ...]:
    """Events in date order (undated last), each with an id from its date and key words, unique."""
    ordered = sorted(events, key=lambda e: (e.value is None, e.value or "", e.reports[0].ref.briefing,
                                            e.reports[0].ref.sentence, e.label))
    taken: set[str] = set()
    last: dict[str, int] = {}  # base -> the last number given, so many alike stay linear
    named: list[Event] = []
    for event in ordered:
        year = (event.value or "")[:4]  # "2001 general election" of 2001: 2001-general-election, not 2001-2001-…
        words = [w for w in re.findall(r"\w+", event.label.lower()) if w not in STOPWORDS and w != year][:6]
        base = slugify(" ".join([event.value or "undated", *words]).replace("/", " "))
        candidate, number = base, last.get(base, 1)
        while candidate in taken:
            number += 1
            candidate = f"{base}-{number}"
        last[base] = number
        taken.add(candidate)
        named.append(Event(candidate, event.value, event.precision, event.label, event.participants,
                           event.terms, event.reports))
    return tuple(named)
