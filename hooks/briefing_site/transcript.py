"""A transcript's answers as quotes of the one who gives them (step 3d, beside quotes.py).

An interview printed as a transcript opens each answer with its speaker's label ("OSTERBERG: I
sent it on the 3rd of February", "Prof. Marić: Our information is …") and puts no quotation
marks around it: every word of the answer is the speaker's, as much as any quote is. Found by
the quote marks alone, such a source had no quotes, or only the few inside an answer, given to
whoever the answer named. So each paragraph a speaker's label opens (signals.speaker_answers: a
label that opens several paragraphs, and no question's) is one quote of that speaker, the label
left out. A label is the person of the text whose name ends with it, or whose whole name it is
("OSTERBERG", "Dr Vogt", "RAFAEL OSTERBERG": Rafael Osterberg), when exactly one person is;
otherwise the quote is the label's, not named, as a title with no name is (attribution.py).
Answers labelled "A:" (questions "Q:") are the interviewee's: the person the introduction before
them says spoke or talked to the outlet ("his defence lawyer Konstantin Varga spoke to Radio
Selvik's Jelena Marković"), else the first person it names ("Joaquim de la Serra has been
Korvenia's interior minister … He spoke to the Ledger").
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict

from .aliases import shortens
from .attribution import CONTINUED, PRONOUN
from .model import Document, Entity, Quote
from .roles import SURNAME_PARTICLES
from .signals import SPEAKER_LABEL, speaker_answers

HOW = "a transcript's speaker label"

HONORIFIC = re.compile(r"(?:Prof|Professor|Dr|Mr|Mrs|Ms|Gen)\.?\s+")
ANSWER_LABELS = frozenset({"a", "answer"})  # an answer's label that names no one: the interviewee's
# "Varga spoke to Radio Selvik", "…, who talked to the Ledger", "told the Courier in an interview"; not
# "the Weekly spoke to her" (then the interviewee is the first person the introduction names)
SPOKE_TO = re.compile(r"(?:\s*,[^,]{0,80},)?\s+(?:(?:has|had)\s+)?(?:spoke|speaks|talked|talks|sat\s+down|told|was\s+"
                      r"interviewed|agreed\s+to\s+(?:speak|talk))\b"
                      # "Hydro Policy Weekly spoke to her": the outlet, the one she spoke to
                      r"(?!\s+(?:to\s+|with\s+)?(?:her|him|them)\b)")


def answers(document: Document, entities: tuple[Entity, ...]) -> tuple[list[Quote], frozenset[int]]:
    """Each answer of a transcript as a quote, in document order, and the paragraphs they are. The
    turns of the one who asks (an interviewer named by name, "VOS: Why?") are no quotes (_askers)."""
    sentences = document.body_sentences
    answered = speaker_answers(sentences)
    if not answered:
        return [], frozenset()
    people = [e for e in entities if e.type == "person"]
    first_turn = min(s.paragraph for s in sentences if s.index in answered or SPEAKER_LABEL.match(s.text))
    interviewee = _interviewee(document, people, first_turn)
    turns: list[tuple[int, str, Quote]] = []  # (paragraph, voice, quote)
    for paragraph in document.paragraphs:
        first = paragraph.sentences[0] if paragraph.sentences else None
        if first is None or first.index not in answered or (label := SPEAKER_LABEL.match(first.text)) is None:
            continue
        text = paragraph.text[first.start + label.end("label") + 1:].strip()  # after the label's colon
        name = label.group("label")
        answer = name.casefold().rstrip(".") in ANSWER_LABELS
        speaker = interviewee if answer else _person(name, people)
        how = f"{HOW}: {name}, the interviewee its introduction names" if answer else f"{HOW}: {name}"
        quote = Quote(text, speaker.id, speaker.name, first.index, how) if speaker \
            else Quote(text, None, None, first.index, f"{HOW}, not named: {name}")
        turns.append((paragraph.index, speaker.id if speaker else name.casefold(), quote))
    asking = _askers(turns)
    # "OSTERBERG: Yes.": too short to be a quote, as between quotation marks
    kept = [(paragraph, quote) for paragraph, voice, quote in turns
            if voice not in asking and len(quote.text.split()) >= 3]
    return [quote for _, quote in kept], frozenset(paragraph for paragraph, _ in kept)


def _askers(turns: list[tuple[int, str, Quote]]) -> set[str]:
    """The voices that ask: of two, the one whose turns hold more questions (an interviewer's turns
    also tell what others say, "The port authority says the figure is closer to 3,100."); of more,
    each whose turns are mostly questions."""
    asked: dict[str, list[bool]] = {}
    for _, voice, quote in turns:
        asked.setdefault(voice, []).append("?" in quote.text)
    if len(asked) == 2:
        (one, mine), (other, theirs) = asked.items()
        if sum(mine) != sum(theirs):
            return {one if sum(mine) > sum(theirs) else other}
    return {voice for voice, questions in asked.items() if sum(questions) * 2 > len(questions)}


def _interviewee(document: Document, people: list[Entity], first_turn: int) -> Entity | None:
    """The person the introduction before the first labelled turn names as the one who spoke to the
    outlet, else the first person it names; None when it names no one."""
    intro = {s.index: s.text for s in document.body_sentences if s.paragraph < first_turn}
    named = sorted(((m.sentence, m.start, m.end, e) for e in people for m in e.mentions if m.sentence in intro),
                   key=lambda found: (*found[:3], found[3].id))  # entities themselves have no order
    spoke = [e for sentence, _, end, e in named if SPOKE_TO.match(intro[sentence], end)]
    return spoke[0] if spoke else named[0][3] if named else None


def _person(label: str, people: list[Entity]) -> Entity | None:
    """The one person whose name, or its last words, the label is (any case, any title)."""
    words = HONORIFIC.sub("", label).casefold().split()
    if not words:
        return None
    found = {e.id: e for e in people for name in (e.name, *e.aliases)
             if (written := name.casefold().split())[-len(words):] == words
             or (words[0] in SURNAME_PARTICLES and shortens(words, written))}  # "De la Cruz" of "… de la Cruz Obando"
    return next(iter(found.values())) if len(found) == 1 else None


def interviewee_pronouns(quotes: tuple[Quote, ...], answered: list[Quote], paragraph_of: dict[int, int],
                         from_paragraph: int, names: dict[int, set[str]] | None = None) -> tuple[Quote, ...]:
    """The quotes of a transcript's own paragraphs after its first turn, "he said" given to the one
    whose answers the transcript holds most of, not to the last person an answer named ("Asked
    whether he had a message for the families, he paused. "Tell them I have not forgotten," he said"
    had gone to a sheikh his answer before had named); a quote that goes on after one does too. Not
    where the quote's own paragraph names the one "he" stood for (`names`: paragraph -> the entity ids
    it names): 'Dahlstrøm, reached by telephone, declined to comment. "…," he said' is his."""
    spoken = Counter(q.speaker for q in answered if q.speaker)
    if not spoken:
        return quotes
    voice = spoken.most_common(1)[0][0]
    name = next(q.speaker_name for q in answered if q.speaker == voice)
    # who the narrative's own paragraphs name as speaking: "Henrik Saltmarsh, the employers' chairman,
    # said … "expensive but final". He said …" after the turns is Saltmarsh's, not the interviewee's
    named_in: dict[int, set[str]] = defaultdict(set)
    for quote in quotes:
        if quote.speaker and not quote.speaker_how.startswith(PRONOUN) and quote.speaker_how != CONTINUED:
            named_in[paragraph_of.get(quote.sentence, -1)].add(quote.speaker)
    mended: list[Quote] = []
    carried = False
    for quote in quotes:
        paragraph = paragraph_of.get(quote.sentence, -1)
        after = paragraph > from_paragraph and quote.speaker not in named_in[paragraph]
        pronoun = quote.speaker_how.startswith(PRONOUN) and quote.speaker not in (names or {}).get(paragraph, ())
        if after and (pronoun or (carried and quote.speaker_how == CONTINUED)):
            mended.append(dataclasses.replace(quote, speaker=voice, speaker_name=name,
                                              speaker_how=f"pronoun, in an interview: its interviewee, {name}"))
            carried = True
            continue
        carried = False
        mended.append(quote)
    return tuple(mended)
