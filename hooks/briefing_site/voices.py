"""Quotes whose own sentence gives no speaker: the attribution after a later part of the quote,
someone reported speaking since the last quote, the last voice, or none at all for a quoted phrase
in a sentence of the writer's own."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .attribution import CONTINUED, NEXT_PART, NOT_STATED, SPEAKER_WINDOW, UNRESOLVED, Attribution, Context, speaker_of
from .model import Quote, Sentence
from .speech import speaks_outside, speech_verbs

if TYPE_CHECKING:
    from .quotes import QuoteSpan

AFTER_A_QUOTE = re.compile(r"[,.!?]?[\"”’]\s*$")  # a verb right after a quote closes: its attribution
VOICE_REACH = 3  # paragraphs: how far the quotes around an unattributed phrase may be for it to share their voice
BETWEEN = "between two quotes of the same speaker"
UNDERGOES = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|killed|hurt|"
                       r"shot|taken|held|found|seen|born|struck|hit)\b|\b(?:died|dies)\b")
# A sentence that brings in someone unnamed: "A soldier at a checkpoint …", "One resident was angrier still"
INTRODUCED = re.compile(
    r"\s*(?P<who>(?:A|An|One|Another)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:soldier|resident|woman|man|villager|witness|worker|"
    r"miner|farmer|teacher|doctor|nurse|official|officer|policeman|policewoman|mother|father|student|shopkeeper|"
    r"driver|survivor|neighbour|neighbor|passenger|protester|veteran|engineer|diplomat|fighter|refugee|"
    r"firefighter|rescuer|trader|pensioner|voter|employee|foreman|widow|relative|volunteer|guard|boy|girl)s?)\b")


def without_own_speaker(context: Context, recent: list[Context], spans: list[QuoteSpan],
                        own: list[Attribution | None], following: list[int], at: int, sentence: Sentence,
                        last: Quote | None, voiced: list[Quote]) -> tuple[Attribution, bool]:
    """The speaker of spans[at], whose own sentence names none, and whether it is a phrase of the
    writer's sentence. In order: the attribution after a later part of the quote; none for a phrase
    in a sentence where no one speaks ('the UK valued them at "two to three times" the price'); the
    one reported speaking since the last quote; the last voice. following: see attributed_after."""
    text, span = context.text, spans[at]
    found = next_part(text, spans, own, following, at, sentence.end)
    if found is not None:
        return found, False
    # a speech verb this far from the quote would not be looked at for it either (and a longer look
    # would cost the whole of a huge sentence per quote)
    near = max(sentence.start, span.start - SPEAKER_WINDOW), min(sentence.end, span.end + SPEAKER_WINDOW)
    if _inside_sentence(text, sentence, span) and not speaks_outside(text, *near, spans):
        return NOT_STATED, True
    return reported_since(recent, last, sentence) or introduced_before(recent, last, sentence) \
        or last_voice(voiced), False


def attributed_after(own: list[Attribution | None]) -> list[int]:
    """For each quote of a paragraph, the index of the next one with an attribution of its own
    (len(own) when none), found in one pass from the end rather than by a scan per quote."""
    following = [len(own)] * len(own)
    for at in range(len(own) - 2, -1, -1):
        following[at] = at + 1 if own[at + 1] is not None else following[at + 1]
    return following


def _inside_sentence(text: str, sentence: Sentence, span: QuoteSpan) -> bool:
    """Whether the quote is a phrase within a sentence of the writer's: words before it, not ending
    in a colon or a comma that introduce it ('Al Bo said: "…"' quotes a sentence of Al Bo's) nor in
    the full stop of a sentence the splitter did not part from it."""
    start = max(sentence.start, span.start - 80)  # the words just before it are enough, in a sentence of any size
    before = text[start:span.start].rstrip()
    return (bool(before) or start > sentence.start) and not before.endswith((":", ",", ".", "!", "?"))


def between_one_voice(quotes: list[Quote], phrases: set[int], paragraph_of: dict[int, int]) -> list[Quote]:
    """A quoted phrase with no speaker of its own between two quotes given to one speaker, each at
    most VOICE_REACH paragraphs away, is taken to be that speaker's: the writer is weaving one
    source's words into the story."""
    voiced = [i for i in range(len(quotes)) if i not in phrases]
    result = list(quotes)
    for i in sorted(phrases):
        at = bisect.bisect_left(voiced, i)
        if at == 0 or at == len(voiced):
            continue
        before, after = quotes[voiced[at - 1]], quotes[voiced[at]]
        here = paragraph_of[quotes[i].sentence]
        if before.speaker_name and (before.speaker, before.speaker_name) == (after.speaker, after.speaker_name) \
                and here - paragraph_of[before.sentence] <= VOICE_REACH \
                and paragraph_of[after.sentence] - here <= VOICE_REACH:
            result[i] = replace(quotes[i], speaker=before.speaker, speaker_name=before.speaker_name,
                                speaker_how=BETWEEN)
    return result


def next_part(text: str, spans: list[QuoteSpan], own: list[Attribution | None], following: list[int], at: int,
              sentence_end: int) -> Attribution | None:
    """The attribution after a later part of the quote: one re-opened before it closed ('"… . "…,"
    Ms X said'), or a later quote of the same sentence attributed after it ('X "…" without "…", he
    said'; '"…," Ms X said. "…"' is the next case's, a quote of its own sentence)."""
    reopened = text[spans[at].end - 1] not in "\"”"
    if reopened and at + 1 < len(spans) and own[at + 1] is not None and own[at + 1].speaker \
            and re.fullmatch(r"[\s,.;:!?—–-]*", text[spans[at].end:spans[at + 1].start]):
        found = own[at + 1]
        return Attribution(found.speaker, found.name, NEXT_PART)
    later = following[at]
    if later < len(spans) and spans[later].start < sentence_end:
        found = own[later]  # attributed after it: the whole sentence's speaker; before it: its own only
        if found is not None and found.after and not found.body:  # "the company said" is read by its own quote
            how = NEXT_PART if found.speaker else f"{found.how}, after the quote's next part"
            return Attribution(found.speaker, found.name, how)
    return None


def reported_since(contexts: list[Context], last: Quote | None, sentence: Sentence) -> Attribution | None:
    """Someone named as speaking in the sentences since the last quote, in this paragraph or the one
    before ("Prof Lovenduski, who led the study, said she was shocked. "We expected …""), speaks on."""
    for context in reversed(contexts):
        sentences = context.paragraph.sentences
        since = -1 if last is None else last.sentence
        earlier = sentences[bisect.bisect_right(sentences, since, key=lambda s: s.index):
                            bisect.bisect_left(sentences, sentence.index, key=lambda s: s.index)]
        for previous in reversed(earlier):
            for verb in speech_verbs(context.text, previous.start, min(previous.end, previous.start + SPEAKER_WINDOW)):
                if AFTER_A_QUOTE.search(context.text, previous.start, verb.start()):
                    continue  # '"… the men were sent back," said X': that quote's own speaker, read with it
                found = speaker_of(context, previous.start, verb.start())
                if found is not None and found.body:
                    continue  # "the company said": who that is, the speakers before it say
                if found is not None and found.speaker:
                    return Attribution(found.speaker, found.name, "the last speaker named before it")
                if found is not None and found.how.startswith("not named"):  # "the chairman said": no name before
                    return Attribution(None, None, f"the last speaker before it, {found.how}")
    return None


def introduced_before(contexts: list[Context], last: Quote | None, sentence: Sentence) -> Attribution | None:
    """Someone the sentence just before brings in, unnamed, after the last quote ("A soldier at a
    checkpoint north of Halvik, who would not give his name, was more blunt. "We were told …"") is
    the one who speaks, not the last voice: not named, as the text calls them."""
    for context in reversed(contexts):
        earlier = [s for s in context.paragraph.sentences
                   if s.index < sentence.index and (last is None or s.index > last.sentence)]
        if earlier:
            found = INTRODUCED.match(context.text, earlier[-1].start)
            if found is None or UNDERGOES.search(context.text, found.end(), earlier[-1].end):
                return None  # "A man was killed in the blast": the one it befell is not who speaks next
            return Attribution(None, None, f"the one brought in before it, not named: {found.group('who')}")
    return None


def last_voice(quotes: list[Quote]) -> Attribution:
    """A further quote with no attribution of its own: the same voice as the last quote, named or
    not ("said an IMF official. "…"")."""
    if not quotes:
        return NOT_STATED
    last = quotes[-1]
    if last.speaker_name is not None:
        return Attribution(last.speaker, last.speaker_name, CONTINUED)
    if last.speaker_how in (NOT_STATED.how, UNRESOLVED.how):
        return NOT_STATED
    return Attribution(None, None, last.speaker_how if last.speaker_how.startswith(CONTINUED)
                       else f"{CONTINUED}; {last.speaker_how}")
