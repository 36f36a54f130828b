"""Who may speak, and where: the people and organisations named outside quotation marks, and whom
among them a pronoun ("he said"), a bare title ("the minister said") or a surname the entities
missed ("Mr Tan said") stands for."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from .given_names import given_name_sex
from .model import Document, Entity

if TYPE_CHECKING:
    from .quotes import QuoteSpan

QUALIFIERS = frozenset({"deputy", "shadow", "former", "ex", "vice", "assistant", "junior", "acting", "under",
                        "interim", "associate", "sub"})  # a role with one of these is another office
HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Baroness|Prof|Professor|Rev)\.?")
FEMALE = re.compile(r"(?:Mrs|Ms|Miss|Lady|Dame|Baroness|Queen|Princess)\b")
MALE = re.compile(r"(?:Mr|Sir|Lord|King|Prince)\b")
LOOK_BACK = 200  # people mentions looked at for what a pronoun points back to: far more than three sentences name
# after a preposition ("hosted by Gordon Brown") a name is seldom who "he" is
OBLIQUE = re.compile(r"\b(?:by|to|with|from|for|of|about|against|under)\s+(?:[^\s,]+\s+){0,4}$")
# but a title of capitalised words may hold "of" or "for" ("Minister of Civil Protection Aurel Dracsic
# said"): its words are the name's, cut off before a preposition is looked for
TITLE_RUN = re.compile(r"(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)+$")
# but "According to Sofia Lindqvist-Mensah, …" names the one whose account the sentence gives, its source
ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$")
AGENT = re.compile(r"\b(?:by|to|with|from|against)\s+(?:the\s+)?(?:[^\s,]+\s+){0,2}$")
# a sentence whose subject is "he" or "she" ("And he hit back at Mr Mallon's claim"): its names are not who
# the next "he" is, the "he" is
PRONOUN_OPENS = re.compile(r"\W*(?:(?:But|And|Yet|So|However|Then|Later|Now|Instead|Earlier|Meanwhile)\W+)?"
                           r"([Hh]e|[Ss]he)\b")


# A title just before a name ("Mr Howard"): the entities step leaves it out of the mention's text
TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame|Baroness)\.?\s+$")
# Roles that say who a person is: "spokeswoman" is not who "he" is
FEMALE_ROLES = frozenset({"spokeswoman", "chairwoman", "businesswoman", "congresswoman", "councilwoman", "wife",
                          "mother", "daughter", "sister", "actress", "widow", "queen", "princess", "duchess",
                          "countess", "baroness", "grandmother", "aunt", "niece", "girlfriend"})
MALE_ROLES = frozenset({"spokesman", "businessman", "congressman", "councilman", "husband", "father", "son",
                        "brother", "widower", "king", "prince", "duke", "earl", "grandfather", "uncle", "nephew",
                        "boyfriend"})


class MentionAt(NamedTuple):
    paragraph: int
    start: int  # offsets in the paragraph
    end: int
    entity: Entity
    sentence: int
    oblique: bool = False  # after a preposition ("hosted by Gordon Brown"): seldom who "he" is
    titled: str = ""  # "f" or "m" when a title stands just before it ("Mr Howard")
    # after a verb's preposition ("fined by the FAA", "spoke to Reuters", "bought from CK Hutchison"):
    # not the body "the company said" stands for, as one after "of" may be ("chief executive of Kestrel")
    agent: bool = False


def mentions_by_position(document: Document, entities: Sequence[Entity],
                         spans: dict[int, list[QuoteSpan]]) -> list[MentionAt]:
    """Every person or organisation mention outside quotation marks, in document order: only they
    speak, and a name inside a quote is talked about, not talking."""
    sentences = {s.index: s for s in document.sentences}
    found = []
    for entity in entities:
        if entity.type in ("person", "organisation"):
            for mention in entity.mentions:
                sentence = sentences[mention.sentence]
                start, end = sentence.start + mention.start, sentence.start + mention.end
                if not _inside(spans.get(sentence.paragraph, []), start, end):
                    # "Marvanyi's wife, Daria, said she …": the wife is the subject, not Marvanyi
                    # "Dvorsky's lawyer, John Brown, said his client …": the lawyer, not his client
                    oblique = _oblique(sentence.text, mention.start) or bool(RELATIVE_OF.match(sentence.text,
                                                                                                mention.end)) \
                        or bool(SPEAKER_OF.match(sentence.text, mention.end))
                    title = TITLE_BEFORE.search(sentence.text, max(0, mention.start - 12), mention.start)
                    titled = _title_gender(title.group(1)) if title else ""
                    agent = bool(AGENT.search(sentence.text, max(0, mention.start - 40), mention.start))
                    found.append(MentionAt(sentence.paragraph, start, end, entity, sentence.index, oblique, titled,
                                           agent))
    return sorted(found, key=lambda m: (m.paragraph, m.start, m.end, m.entity.id))


# "Marvanyi's wife", "Dusalev's elder brother": a relative of the one named (attribution.py reads it too)
RELATIVE_OF = re.compile(r"['’]s\s+(?:(?:elder|younger|eldest|youngest|late|former|estranged)\s+)?(?P<relation>"
                         r"mother|father|wife|husband|son|daughter|brother|sister|widow|widower|uncle|aunt|cousin|"
                         r"niece|nephew|partner|fianc[eé]e?|grandmother|grandfather|grandson|granddaughter|parents|"
                         r"family|spouse)\b")


# "Dvorsky's lawyer", "the minister's chief of staff": someone who speaks for or beside the one named
SPEAKER_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:lawyers?|attorneys?|counsel|solicitors?|barristers?|"
                        r"spokes(?:man|woman|person)|aides?|advis[eo]rs?|assistants?|deputy|secretary|successor|"
                        r"predecessor|colleagues?|friends?|allies|ally|chief\s+of\s+staff|agent|manager|doctors?|"
                        r"representatives?|envoy)\b")


def _oblique(text: str, start: int) -> bool:
    """Is the name at start named after a preposition ("hosted by Gordon Brown"), not in a title
    ("Minister of Civil Protection Aurel Dracsic") nor as the source of an account ("According to")?"""
    before = text[max(0, start - 80):start]
    title = TITLE_RUN.search(before)
    if title is not None:  # "according to the Economist Intelligence Unit's Mr Hensel": the source too
        before = before[:title.start()]
    return bool(OBLIQUE.search(before)) and not ACCORDING_TO.search(before) \
        and not ACCORDING_TO.search(text, max(0, start - 24), start)


def _inside(spans: list[QuoteSpan], start: int, end: int) -> bool:
    """Whether [start, end) lies within one of the spans, which follow one another without overlapping."""
    at = bisect.bisect_right(spans, start, key=lambda s: s.start) - 1
    return at >= 0 and end <= spans[at].end


@dataclass(frozen=True)
class MentionIndex:
    """Mentions in document order with their (paragraph, start) keys, and the people among them,
    so that each quote looks its mentions up by bisection instead of scanning them all."""

    mentions: list[MentionAt]
    keys: list[tuple[int, int]]
    people: list[MentionAt]
    people_keys: list[tuple[int, int]]
    gender: dict[str, str]  # entity id → "f", "m" or "" from the titles it is named with
    pronoun_subject: dict[int, str]  # sentence index → "he" or "she" when that pronoun opens it
    holders: dict[str, list[tuple[tuple[int, int], Entity]]]  # a role's last word → (first mention, holder)
    named_with: dict[str, dict[str, Entity]]  # a word of a person's name → the people (by id) named with it
    bodies: dict[str, dict[str, Entity]] = field(default_factory=dict)  # a word of a body's name → the bodies
    person_ids: frozenset[str] = frozenset()  # the people named: "the company said" is none of theirs


def index_mentions(mentions: list[MentionAt], document: Document) -> MentionIndex:
    people = [m for m in mentions if m.entity.type == "person"]
    titled: dict[str, set[str]] = {}
    for mention in people:
        titled.setdefault(mention.entity.id, set()).add(mention.titled)
    gender = {entity.id: _gender(entity, titled[entity.id])
              for entity in {m.entity.id: m.entity for m in people}.values()}
    opens = {s.index: found.group(1).lower() for s in document.sentences if (found := PRONOUN_OPENS.match(s.text))}
    named_with: dict[str, dict[str, Entity]] = {}
    for mention in people:
        for word in mention.entity.name.split():
            named_with.setdefault(word, {})[mention.entity.id] = mention.entity
    bodies: dict[str, dict[str, Entity]] = {}
    for mention in mentions:
        if mention.entity.type == "organisation":
            for word in mention.entity.name.lower().split():
                bodies.setdefault(word, {})[mention.entity.id] = mention.entity
    return MentionIndex(mentions, _keys(mentions), people, _keys(people), gender, opens, _holders(people), named_with,
                        bodies, frozenset(m.entity.id for m in people))


def _holders(people: list[MentionAt]) -> dict[str, list[tuple[tuple[int, int], Entity]]]:
    """Each role's last word ("minister" of "Justice Minister") with the people holding such a role,
    each at its first mention: "the minister said" may mean one of them."""
    first: dict[str, tuple[tuple[int, int], Entity]] = {}
    for mention in people:
        first.setdefault(mention.entity.id, ((mention.paragraph, mention.start), mention.entity))
    holders: dict[str, list[tuple[tuple[int, int], Entity]]] = {}
    for key, entity in first.values():
        for head in {words[-1] for role in entity.roles if (words := office_words(role))}:
            holders.setdefault(head, []).append((key, entity))
    return holders


def title_holder(index: MentionIndex, phrase: str, paragraph: int, offset: int) -> Entity | None:
    """The one person named before (paragraph, offset) whose role fits a definite title ("the
    minister": "Justice Minister Cathy Jamieson"; "the Tory leader": "Tory leader Michael Howard"),
    else None: "a minister" or "one official" is no one in particular, and two ministers are two."""
    words = phrase.lower().split()
    if len(words) < 2 or words[0] != "the":
        return None
    title = words[1:]
    candidates = [entity for key, entity in index.holders.get(title[-1], []) if key < (paragraph, offset)
                  and any(_holds(office_words(role), title) for role in entity.roles)]
    return candidates[0] if len(candidates) == 1 else None


def body_named(index: MentionIndex, phrase: str) -> Entity | None:
    """The one body the document names with the phrase's last word: "the ministry said" after the
    Finance and Economy Ministry; None for "Iraq's foreign ministry" when no such body is named, or
    for two ministries."""
    words = phrase.lower().split()
    if not words or words[0] not in ("the", "its", "their"):
        return None
    found = index.bodies.get(words[-1], {})
    body = next(iter(found.values())) if len(found) == 1 else None
    # "the irrigation ministry" is not the Ministry of Energy and Water Resources: what qualifies the
    # word must be in the body's name ("the finance ministry", the Finance and Economy Ministry)
    named = body.name.lower().replace("-", " ").split() if body else []
    if body is None or any(not any(n.startswith(q[:5]) for n in named) for q in words[1:-1]):
        return None
    return body


COMPANY_NAME = re.compile(r"\b(?:Ltd|Limited|Inc|Incorporated|plc|PLC|Corp|Corporation|Co|LLC|AG|SA|NV|GmbH|"
                          r"Holdings|Group)\.?$")


def body_before(index: MentionIndex, paragraph: int, offset: int, sentence: int = -1) -> Entity | None:
    """The body the nearest sentence before offset that names one is about, within LOOK_BACK
    mentions and three sentences: its first organisation not named after a verb's preposition
    (by, to, with, from), usually its subject or the body whose officer speaks ("chief executive
    of Kestrel"). "Boeing was fined by the FAA. '…,' the company said": Boeing, not the FAA;
    "Vodafone agreed to buy Three from CK Hutchison": Vodafone. In the speaking sentence itself
    (`sentence`), the body named last before the verb ("asked the WTO …, the US Trade
    Representative's Office said")."""
    last = bisect.bisect_left(index.keys, (paragraph, offset)) - 1
    sentences: list[int] = []
    found: Entity | None = None  # the first subject-like body of the sentence being read back
    for at in range(last, max(-1, last - LOOK_BACK), -1):  # a bounded look, whatever the text
        mention = index.mentions[at]
        if not sentences or mention.sentence != sentences[-1]:
            if found is not None:
                return found
            sentences.append(mention.sentence)
            if len(sentences) > 3:
                return None
        if mention.entity.type == "organisation" and not mention.agent:
            if mention.sentence == sentence:
                return mention.entity  # the speaking sentence's own: the one nearest the verb
            found = mention.entity  # read back: the last found is the sentence's first
    return found


def company_before(index: MentionIndex, paragraph: int, offset: int) -> Entity | None:
    """The nearest body before offset, within LOOK_BACK mentions and three sentences, whose name
    says it is a company ("Corvane Minerals Ltd"), named in any place of its sentence: "The mine is
    operated by Corvane Minerals Ltd … the company said" is Corvane's, though it follows "by"."""
    last = bisect.bisect_left(index.keys, (paragraph, offset)) - 1
    sentences: set[int] = set()
    for at in range(last, max(-1, last - LOOK_BACK), -1):
        mention = index.mentions[at]
        sentences.add(mention.sentence)
        if len(sentences) > 3:
            return None
        if mention.entity.type == "organisation" and COMPANY_NAME.search(mention.entity.name):
            return mention.entity
    return None


def surname_holder(index: MentionIndex, words: list[str]) -> Entity | None:
    """The one person whose name holds all these words but an honorific ("Mr German": Mike German);
    None when two people share the surname, as then the words do not say which."""
    wanted = [w for w in words if not HONORIFIC.fullmatch(w)]
    if not wanted:
        return None
    found = set(index.named_with.get(wanted[0], {}))
    for word in wanted[1:]:
        found &= set(index.named_with.get(word, {}))
    return index.named_with[wanted[0]][found.pop()] if len(found) == 1 else None


def office_words(role: str) -> list[str]:
    """A role's words up to its portfolio: "Minister of Trade, Industry and Energy" is "the minister",
    "Chief Inspector of Mines" "the chief inspector"."""
    return OF_PORTFOLIO.split(role.lower(), maxsplit=1)[0].split()


OF_PORTFOLIO = re.compile(r"\s+(?:of|for)\s+")


def _holds(role: list[str], title: list[str]) -> bool:
    """Whether a role is the title: "justice minister" is "the minister", "tory leader" is "the Tory
    leader", but "deputy prime minister" is not "the prime minister", nor "shadow chancellor" "the
    chancellor"."""
    return role[len(role) - len(title):] == title and not QUALIFIERS & set(role[:len(role) - len(title)])


def _keys(mentions: list[MentionAt]) -> list[tuple[int, int]]:
    return [(m.paragraph, m.start) for m in mentions]


def _gender(entity: Entity, titled: set[str]) -> str:
    """"f" or "m" from the titles the person is named with ("Mrs", "Lord"), in the mention or just
    before it, else from a role ("spokeswoman"), else from a given name of one sex; "" when none
    says, or they disagree."""
    texts = [m.text for m in entity.mentions]
    roles = {word.lower() for role in entity.roles for word in role.split()}
    female = "f" in titled or any(FEMALE.match(t) for t in texts) or bool(roles & FEMALE_ROLES)
    male = "m" in titled or any(MALE.match(t) for t in texts) or bool(roles & MALE_ROLES)
    if not female and not male:  # 'his wife, Marta': a name given to one sex only ('Jean' says nothing)
        sex = given_name_sex(entity.name.split()[0]) if entity.name.split() else ""
        return sex if sex in ("m", "f") else ""
    return "f" if female and not male else "m" if male and not female else ""


def _title_gender(title: str) -> str:
    return "f" if FEMALE.match(title) else "m" if MALE.match(title) else ""


def mentions_within(index: MentionIndex, paragraph: int, start: int, end: int) -> list[MentionAt]:
    """The mentions of a paragraph starting in [start, end), in order."""
    return index.mentions[bisect.bisect_left(index.keys, (paragraph, start)):
                          bisect.bisect_left(index.keys, (paragraph, end))]


def antecedent(index: MentionIndex, paragraph: int, offset: int, pronoun: str) -> Entity | None:
    """Who 'he' or 'she' is: the nearest sentence before offset naming a person who fits the
    pronoun, and in it the first such person, usually its subject ("Dr Fox refused to discuss a
    loan from Lord Ashcroft. 'We repay loans,' he said": Dr Fox); a person named only after a
    preposition ("at a talk hosted by Gordon Brown, he said") is passed over for up to three sentences,
    and a sentence whose subject is the same pronoun is passed over altogether, as its "he" is the
    one meant ("Al Bo spoke. And he hit back at Mr Kay's claim. '…,' he said": Al Bo)."""
    unwanted = {"he": "f", "she": "m"}.get(pronoun.lower(), "")
    chosen: MentionAt | None = None
    nearest: MentionAt | None = None  # the first fitting person of the nearest sentence naming one
    sentences, current = 0, -1
    last = bisect.bisect_left(index.people_keys, (paragraph, offset)) - 1
    for at in range(last, max(-1, last - LOOK_BACK), -1):  # a bounded look, whatever the text
        mention = index.people[at]
        if unwanted and index.gender[mention.entity.id] == unwanted:
            continue
        if index.pronoun_subject.get(mention.sentence) == pronoun.lower():
            continue  # "And he hit back at Mr Mallon's claim. "…," he said": the earlier "he", not Mr Mallon
        if mention.sentence != current:
            if chosen is not None or sentences == 3:
                break
            sentences, current = sentences + 1, mention.sentence
        if sentences == 1:
            nearest = mention
        if not mention.oblique:
            chosen = mention
    found = chosen or nearest
    return found.entity if found else None
