"""The words of attribution: speech verbs in all their forms, told apart from the same words as
nouns ("dismissed claims that"), passives ("she was told") and bare stems ("a note"), and the role
words that stand for a speaker the text does not name ("the chairman", "a Treasury spokeswoman")."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .quotes import QuoteSpan

# Speech verbs in all their forms: each line is base, -s, past (and participle), -ing. They give the
# words to their subject: "X said", "X, saying:", "X called for … "…"", "X branded it "…"".
SPEECH_FORMS = """
say says said saying
state states stated stating
tell tells told telling
add adds added adding
emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing
stress stresses stressed stressing
note notes noted noting
declare declares declared declaring
warn warns warned warning
argue argues argued arguing
insist insists insisted insisting
explain explains explained explaining
recall recalls recalled recalling
remember remembers remembered remembering
write writes wrote writing
claim claims claimed claiming
ask asks asked asking
reply replies replied replying
detail details detailed detailing
urge urges urged urging
suggest suggests suggested suggesting
describe describes described describing
admit admits admitted admitting
concede concedes conceded conceding
accuse accuses accused accusing
announce announces announced announcing
acknowledge acknowledges acknowledged acknowledging
comment comments commented commenting
respond responds responded responding
retort retorts retorted retorting
counter counters countered countering
joke jokes joked joking
quip quips quipped quipping
remark remarks remarked remarking
observe observes observed observing
vow vows vowed vowing
pledge pledges pledged pledging
promise promises promised promising
brand brands branded branding
dub dubs dubbed dubbing
label labels labelled labeled labelling labeling
hail hails hailed hailing
welcome welcomes welcomed welcoming
praise praises praised praising
condemn condemns condemned condemning
denounce denounces denounced denouncing
criticise criticises criticised criticising criticize criticizes criticized criticizing
demand demands demanded demanding
question questions questioned questioning
assert asserts asserted asserting
predict predicts predicted predicting
confirm confirms confirmed confirming
deny denies denied denying
complain complains complained complaining
confess confesses confessed confessing
reiterate reiterates reiterated reiterating
repeat repeats repeated repeating
advise advises advised advising
"""
SPEECH_LINES = [line.split() for line in SPEECH_FORMS.strip().splitlines()]
# a bare base form speaks only after "to" or a modal ("she will announce"): "a note", "the state" do not;
# "say" speaks bare ("analysts say")
BASE_FORMS = frozenset(line[0] for line in SPEECH_LINES) - {"say"}
# forms that are as often a noun or an adjective: "dismissed claims that", "the promised review"
NOUN_FORMS = frozenset({"claims", "claimed", "calls", "comments", "demands", "questions", "promises", "promised",
                        "remarks", "replies", "details", "detailed", "notes", "noted", "states", "stated",
                        "points", "pledges", "pledged", "accused", "warnings", "denials", "counters", "labels",
                        "brands", "jokes", "vows", "reports", "reported"})


def _trie(words: set[str]) -> str:
    """A regular expression for any of the words, as a trie: a flat alternation of three hundred words
    is tried word by word at every character, and speech verbs are looked for around every quote."""
    heads: dict[str, set[str]] = {}
    for word in words:
        heads.setdefault(word[:1], set()).add(word[1:])
    branches = [re.escape(head) + _trie(tails - {""}) + ("?" if "" in tails and tails != {""} else "")
                if tails != {""} else re.escape(head) for head, tails in sorted(heads.items())]
    return f"(?:{'|'.join(branches)})" if branches else ""


SPEECH_VERB = re.compile(
    rf"\b(?:points? out|pointed out|pointing out|(?<=to )point out|call(?:s|ed|ing)? (?:for|on)|"
    rf"call(?:s|ed)(?=\s+(?!for\b|on\b|by\b|off\b|in\b|up\b|to\b)[\w'’])|"
    rf"went on|reads?(?=:)|read(?= (?:a|the) statement)|[Aa]ccording to|"
    # "as one former regulator put it to us", "as Mr Brown put it": the words were theirs
    rf"(?:put|puts) it(?=\s*(?:[.,;:]|$|to\b|bluntly|simply|mildly|another\s+way|this\s+way))|"
    rf"{_trie({form for line in SPEECH_LINES for form in line})})\b")
MODAL_BEFORE = re.compile(r"\b(?:to|will|would|shall|should|can|could|may|might|must|did|does|do|"
                          r"won't|wouldn't|didn't|doesn't|don't|cannot|can't)\s+(?:\w+ly\s+|not\s+|also\s+)?$",
                          re.IGNORECASE)
# a determiner before the word makes it a noun ("the warning", "recent comments"); a preposition makes a
# noun of any form but the -ing one ("amid calls for" is a noun, "after saying" is still the subject speaking)
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|our|your|my|these|those|such|any|no|some|"
                               r"recent|fresh|new|earlier|repeated|growing|mounting|further|so-)\s*$", re.IGNORECASE)
PREPOSITION_BEFORE = re.compile(r"\b(?:of|amid|despite|over|about|after|following|against|among|with|from|in|"
                                r"by)\s+$", re.IGNORECASE)
PARTICIPLE_BEFORE = re.compile(r"\b\w+(?:ed|ing)\s+$")  # "dismissed claims", "highlighting claimed gains"
POSSESSIVE_BEFORE = re.compile(r"\w(?:['’]s|s['’])\s+$")  # "Lord Butler's comments were"
OF_AFTER = re.compile(r"\s+of\b")  # "details of the plan": a noun
TO_BEFORE = re.compile(r"\bto\s+(?:\w+ly\s+)?$")  # "it was wrong to suggest": the infinitive has no subject of its own
PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$")  # "she was told:": she heard the words
# "'…,' said Mr X": the verbs that put their speaker after them; "told Mr X" names a listener instead
INVERTS = re.compile(r"said|says|added|adds|asked|asks|wrote|writes|explained|explains|insisted|argued|warned|"
                     r"replied|noted|declared|claimed|stressed|read|[Aa]ccording to")
# Words that name a speaker by role, not by name ("the chairman said", "a Treasury spokeswoman said"); not
# "statement" or "report": "the statement said" is the last voice's statement, found as that voice.
ROLE = (r"(?:spokes(?:man|woman|person|men|women|people)|official|source|member|aide|insider|analyst|economist|"
        r"(?<=former )regulators?|"  # "one former regulator put it": a person; "the regulator said", the body
        r"minister|MP|leader|chairman|chairwoman|chair|secretary|chancellor|president|chief|boss|head|premier|deputy|"
        r"director|executive|manager|adviser|advisor|representative|colleague|friend|ally|critic|campaigner|"
        r"officer|expert|lawyer|coach|captain|backbencher|peer|correspondent|editor|reporter|governor|mayor|"
        r"councillor|candidate|observer|trader|strategist|dealer|broker|banker|professor|researcher|judge|delegate|"
        r"activist|bishop|cardinal|commissioner|ambassador|envoy|negotiator|founder|owner|"
        # people a report does not name, by what they are ("a local elder said", "the gravedigger said")
        r"diplomat|elder|resident|witness|villager|farmer|nurse|doctor|teacher|worker|survivor|relative|"
        r"neighbou?r|mother|father|wife|husband|son|daughter|brother|sister|engineer|driver|shopkeeper|"
        r"gravedigger|student|pilot|soldier|guard|adjuster|lawmaker|legislator|prosecutor|attorney|investigator|"
        r"inspector|mediator|volunteer|protester|demonstrator|passenger|employee|staffer|mourner|parent|"
        r"fisherman|fishermen|rescuer|miner|firefighter|paramedic|medic|surgeon|labourer|laborer|contractor|"
        # people in the street: "said one shopper, who declined to give his name"
        r"shopper|commuter|motorist|onlooker|bystander|holidaymaker|"
        # people at work: "said a pump operator at Qasr Benni who asked not to be named"
        r"operator|technician|mechanic|vendor|clerk|caretaker|herder|shepherd|"
        # what speaks for no one named: "A foreign ministry readout said", "One banner read:"
        r"readout|banner|placard|poster|slogan|leaflet|"
        r"woman|women|man|men)s?")
# A body the text does not name as an entity, right before the verb ("Iraq's foreign ministry said it
# rejects ...", "the army said"): its own voice, not the person last named before it
BODY_NEAR_VERB = re.compile(r"(?P<who>(?:\b[A-Z][\w'’-]*['’]s\s+|\b(?i:the|its|their)\s+)(?:[\w-]+\s+){0,2}?"
                            r"(?i:ministry|government|army|military|police|presidency|cabinet|embassy|"
                            r"authorities|administration|regime|junta|committee|commission|council|group|agency|"
                            r"company|firm|party|office|militia|organi[sz]ation|union|bank|court|board|movement|"
                            r"coalition|alliance|department|forces|command|mission|institute|foundation|network|"
                            r"newspaper|broadcaster|channel|club|charity|airline|carrier|insurer|lender|retailer|"
                            r"watchdog|regulator))"
                            r"\s+(?i:has\s+|had\s+|also\s+)?$")
# Someone's own people or words right before the verb ("his office said", "her family said", "his
# statement said"): not the last voice quoted; a document is that person's own words. Not "his first
# comments", whose noun is no speech verb
_NOT_A_SPEAKER_NOUN = r"(?:first|second|third|last|latest|final|own|new|recent|only|earlier|previous|opening|closing)\s"
POSSESSED_NEAR_VERB = re.compile(rf"(?P<who>\b(?P<owner>[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){{0,2}}?(?!{_NOT_A_SPEAKER_NOUN})"
                                 r"(?P<noun>[a-z][\w-]*))\s+(?i:has\s+|had\s+|also\s+|later\s+)?$")
# Bodies of a state, which a text names by their word alone ("the ministry said") far more often than
# it names them first: one the text does not name is no one named. Any other body word ("the company
# said") is most often the body named last before it (antecedents.body_before), never a person.
STATE_BODIES = frozenset({"ministry", "government", "army", "military", "police", "presidency", "cabinet", "embassy",
                          "authorities", "administration", "regime", "junta", "committee", "commission", "council"})
# "the party chairman", "one senior official": the group "who" is the words naming the speaker
# "One of them described the call as …", "one of the people said": one of unnamed people the text spoke of
UNNAMED = re.compile(rf"(?P<who>\b(?:the|a|an|one|another|his|her|their|its|our|some|other|several|many)\s+"
                     rf"(?:[\w'’-]+\s+){{0,3}}{ROLE}\b|\b(?:one|two|three|some|several)\s+of\s+(?:them|those|the\s+"
                     rf"(?:people|sources|officials|witnesses|men|women))\b)", re.IGNORECASE)
# "a spokeswoman for the trust": the body word a spokesperson speaks for, when the text writes it so
FOR_BODY = re.compile(r"\s+for\s+(?:the|its)\s+(?P<word>[a-z]+)\b")
# "the chairman has since said", "a spokesman for the interior ministry said" (a body of up to three words)
ROLE_NEAR_VERB = re.compile(rf"{UNNAMED.pattern}(?P<of>\s+(?:for|of|at|from)\s+(?:the\s+)?[\w'’-]+"
                            r"(?:\s+[\w'’-]+){0,2})?[\w\s,]{0,12}$", re.IGNORECASE)
# "a spokesman for IBM", "a spokesman for Ms Salo" (a person's: not the person speaking)
ROLE_OF = re.compile(rf"\b({ROLE})\s+(?:of|for|at|from|to)\s+(?:the\s+|(?-i:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+)?$",
                     re.IGNORECASE)
# "a spokesman for the police commissioner, Gen. Stefan Korb,", "an aide to Interior Minister Anna Belk": someone
# speaking for the holder of the office named before the name, not the holder (the office's last word is checked)
SPEAKS_FOR_HOLDER = re.compile(r"\b(?:spokes(?:man|woman|person)|aides?|advis[eo]rs?|lawyers?|attorneys?|"
                               r"representatives?|press\s+secretary)\s+(?:of|for|to)\s+(?:the\s+)?"
                               r"(?P<office>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?:,\s*|\s+)"
                               r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Gen|General|Maj|Col|Capt|Lt|Adm|Brig)\.?\s+)*$",
                               re.IGNORECASE)
ROLE_AFTER = re.compile(rf"\s+{ROLE}\b", re.IGNORECASE)  # "a Cabinet Office spokeswoman said"
ROLE_AT_END = re.compile(rf"\b{ROLE}\s*$", re.IGNORECASE)  # "The party's chairman, Al Bo, said"
ROLE_FOR = re.compile(rf"\b{ROLE}\s+(?:of|for)\s", re.IGNORECASE)  # "the Labour MP for Birkenhead asked"
# the unnamed speaker of a sentence, to whom a "he said" in the next one points ("Mr Castro's chief aide said",
# "A local elder in Tel Harun, reached by telephone, said")
_OWNER = r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+"  # "Hale's", "Mr Castro's", "the prime minister's"
UNNAMED_BEFORE_VERB = re.compile(rf"((?:\b(?:the|a|an|one|his|her|its|their)\s+|{_OWNER})"
                                 rf"(?:[\w-]+\s+){{0,3}}{ROLE}(?:\s+for\s+(?:(?:the\s+|its\s+)?(?-i:[a-z]+)|"
                                 rf"(?:(?-i:Mr|Mrs|Ms|Dr)\.?\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){{0,3}}))?)"
                                 rf"(?:\s+(?:in|from|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
                                 rf"(?:,\s*(?-i:[a-z])[^,]{{0,120}},)?\s+(?:\w+\s+)?$", re.IGNORECASE)
UNNAMED_OPENS = re.compile(rf"\W*(?:(?:But|And|Yet|So|However|Then|Later|Now|Earlier)\W+)?{UNNAMED.pattern}",
                           re.IGNORECASE)
APPOSITION = re.compile(rf",\s*(?:a|an)\s+(?:[\w'’-]+\s+){{0,3}}?{ROLE}\s*,?\s*", re.IGNORECASE)  # ", a candidate"
DOCUMENT = re.compile(r"statement|letter|website|report|blog|article|memo|manifesto|speech|e-?mail|note|memoir|"
                      r"diary|column|submission|testimony|tweet|book", re.IGNORECASE)  # a person's words in writing
# the roles through which an organisation speaks: "an IBM spokeswoman said" is IBM speaking
THROUGH = re.compile(r"spokes\w+|office|statement|press|team|camp|aide", re.IGNORECASE)


ASKED_FOR = re.compile(r"\s+for\b")


def speech_verbs(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Speech verbs in text[start:end] that are verbs with a speaking subject."""
    return [v for v in SPEECH_VERB.finditer(text, start, end) if _is_spoken(text, v, max(0, v.start() - 40))]


def speaks_outside(text: str, start: int, end: int, spans: list[QuoteSpan]) -> bool:
    """Whether text[start:end] has a speech verb outside the quotes (spans, in order, not overlapping):
    someone there is said to speak."""
    for verb in speech_verbs(text, start, end):
        at = bisect.bisect_right(spans, verb.start(), key=lambda s: s.start) - 1
        if at < 0 or verb.start() >= spans[at].end:
            return True
    return False


def non_finite(text: str, verb: re.Match[str], start: int) -> bool:
    """A participle or an infinitive ("saying", "to suggest"): its subject is the clause's."""
    return verb.group().endswith("ing") or bool(TO_BEFORE.search(text, max(start, verb.start() - 20), verb.start()))


def _is_spoken(text: str, verb: re.Match[str], look_from: int) -> bool:
    """Not a passive ("she was told:" names a listener), not a noun ("dismissed claims that", "recent
    comments"), not a bare base form outside "to" or a modal ("a note", "the state")."""
    word, at = verb.group(), verb.start()
    if word.endswith("ing"):
        return not DETERMINER_BEFORE.search(text, look_from, at)  # "is saying" speaks; "a warning" does not
    if PASSIVE.search(text, max(look_from, at - 30), at) or DETERMINER_BEFORE.search(text, look_from, at) \
            or PREPOSITION_BEFORE.search(text, look_from, at):
        return False
    if word.split()[0] in NOUN_FORMS and _reads_as_noun(text, verb, look_from):
        return False
    if word.lower().startswith("ask") and ASKED_FOR.match(text, verb.end()):
        return False  # "the council had asked for the bridge to be inspected": a request, no one's words
    return word not in BASE_FORMS or bool(MODAL_BEFORE.search(text, look_from, at))


def _reads_as_noun(text: str, verb: re.Match[str], look_from: int) -> bool:
    """A form that may be a noun is one after a participle ("dismissed claims"), a possessive ("Lord
    Butler's comments"), before "of" ("details of"), or opening its sentence ("But calls for … have")."""
    at = verb.start()
    return bool(PARTICIPLE_BEFORE.search(text, look_from, at) or POSSESSIVE_BEFORE.search(text, look_from, at)
                or OF_AFTER.match(text, verb.end())) or _opens_sentence(text, at)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether nothing but a conjunction comes before `at` in its sentence ("But calls for a change
    have …": a noun, as a verb would need a subject before it)."""
    lead = text[max(0, at - 30):at]
    cut = max(lead.rfind(". "), lead.rfind("! "), lead.rfind("? "))
    if cut < 0 and at > 30:
        return False
    return bool(re.fullmatch(r"\W*(?:(?:But|And|Yet|So|However|Now|Meanwhile)\W+)?", lead[cut + 1:]))
