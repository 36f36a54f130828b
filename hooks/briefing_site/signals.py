"""Step 3b: source signals (cues a reader weighs) and the kind of document they point to.

These are signals, not a verdict on truth: how often the text attributes, quotes, hedges,
gives numbers with or without a source, and uses loaded words. The kind of document is decided
from labels and these signals, and the card lists the reasons.
"""

from __future__ import annotations

import re

from .model import Document, KindVerdict, Metadata, Sentence, Signal, shared


def any_word(alternatives: str) -> re.Pattern[str]:
    """`\\b(?:alternatives)\\b`, ignoring case, with a look-ahead after the `\\b` for the letters the
    alternatives start with: the same matches, about twice as fast. Without it the engine tries
    every branch (one by one, as it ignores case) at every word; with it, only at a word whose first
    letter starts one. The letters are those after each `|` at any depth: the top-level
    alternatives' first letters and perhaps a few more, which is still exact."""
    pieces = alternatives.split("|")
    if not all(re.match(r"[a-z][a-z ]", piece) for piece in pieces):
        raise ValueError(f"each alternative must start with two letters: {alternatives}")
    letters = "".join(sorted({piece[0] for piece in pieces}))
    return re.compile(rf"\b(?=[{letters}])(?:{alternatives})\b", re.IGNORECASE)


ATTRIBUTION = any_word(
    r"said|says|told|stated|stating|according to|announced|reported|added|noted|"
    r"emphasi[sz]ed|stressed|confirmed|declared|claimed|statement|spokes(?:man|woman|person)|"
    r"highlighted|agreed|pledged|welcomed|warned|insisted|denied"
)
NAMED_SOURCE = re.compile(
    r"\baccording to (?:the )?[A-Z]|\b[A-Z][a-z]+(?: [A-Z][\w-]+){0,4} (?:said|says|told|stated|emphasi[sz]ed|"
    r"stressed|added|noted|announced)\b|\b(?:said|says|told|stated) [A-Z][a-z]+|"
    r"\bstatement by the [A-Z]"
)
QUOTE = re.compile(r"[\"“][^\"“”]{12,}[\"”]")
NUMBER = re.compile(r"\b\d(?:[\d,.]*\d)?\s*(?:%|percent|per cent)?|\b(?:hundreds|thousands|millions|billions)\b",
                    re.IGNORECASE)
YEARISH = re.compile(r"^(?:19|20)\d{2}$")
SOURCE_FOR_NUMBER = re.compile(r"\baccording to\b|\bsource:|\breport\b|\bsurvey\b|\bdata\b|\bfigures\b|"
                               r"\bstatistics\b|\bcensus\b|\bestimates?\b|\bsaid\b", re.IGNORECASE)
HEDGING = any_word(
    r"may|might|could|potentially|possibly|reportedly|allegedly|apparently|appears?|seems?|"
    r"likely|unlikely|perhaps|is expected|are expected|is anticipated|is seen as|suggests?"
)
LOADED = any_word(
    r"landmark|historic|heinous|testament|blueprint|hope|exemplif\w+|remarkable|unprecedented|"
    r"strong message|resilient|humanity|brutal|evil|glorious|shining|beacon|"
    r"heroic|disastrous|catastrophic|outrageous|ripple effects|the world will be watching|"
    r"tangible|embod\w+|pragmatism|constructive diplomacy|hope amidst"
)
WEEKDAY_NEWS = re.compile(r"\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
EVENT_VERBS = re.compile(r"\b(?:announced|agreed|signed|met|held|launched|appointed|approved|visited|arrived|"
                         r"discussed|killed|deployed|voted|ruled|arrested|resigned|elected|rose|fell|posted|"
                         r"climbed|dropped|jumped|slumped|grew|reported|unveiled|won|lost|bought|sold|cut)\b")
ARGUMENT = re.compile(r"^(?:First|Second|Third|Finally|In conclusion|Nonetheless|Nevertheless|However),")
# What an opinion piece does: say what ought to be ("A government … should start by counting its
# dead"), outside quotation marks, and end with its author ("Nesrin Polat is a writer from Cizre")
PRESCRIPTIVE = re.compile(r"\b(?:should|must|ought to|deserves?)\b")
HELD_VIEW = re.compile(r"\b(?:said|says|say|believes?|argues?|argued|insists?|insisted|thinks?|claims?|warns?|"
                       r"warned|added|told)\b")
QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
AUTHOR_LINE = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3} (?:is|was) (?:a|an|the) (?:[\w-]+ ){0,3}?"
                         r"(?:writer|columnist|journalist|commentator|professor|lecturer|fellow|author|novelist|"
                         r"editor|researcher|academic|historian|economist|lawyer|campaigner|activist|"
                         # "… is a retired master mariner and a former harbour master": whatever the trade
                         r"[a-z-]{3,}(?:er|or|ist|ian|ant|ent))\b")
# The writer speaking as "I" outside quotation marks ("I spent thirty-one years at sea"): a report
# gives others' words, an opinion piece its writer's
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|me|myself)\b")
# "About Acme Corp" as a heading-like line (the boilerplate closing a release), not "About half of…".
# The look-ahead for the phrases' first letters is exact, and spares trying them at every character.
PRESS_RELEASE = re.compile(r"(?i:(?=[fmp])(?:for immediate release|media contact|press contact|\bpress release\b))|"
                           r"^About [A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,4}$", re.MULTILINE)


def read_signals(document: Document) -> tuple[Signal, ...]:
    sentences = document.body_sentences
    texts = [s.text for s in sentences]
    # Each test once a sentence: whether it has a figure, and a source, decides two signals.
    figured = [_has_figure(t) for t in texts]
    sourced = [f and bool(SOURCE_FOR_NUMBER.search(t)) for f, t in zip(figured, texts, strict=True)]
    loaded = [LOADED.findall(t) for t in texts]  # a sentence's hit and its words, in one pass
    examples = sorted({word.lower() for words in loaded for word in words})[:12]
    answered = speaker_answers(sentences)
    attributed = [bool(ATTRIBUTION.search(t)) or s.index in answered for s, t in zip(sentences, texts, strict=True)]
    # Every NAMED_SOURCE match holds an ATTRIBUTION match (its verbs and phrases are among them, whole
    # words), so only the sentences that attribute need the costlier search.
    named = [a and (s.index in answered or bool(NAMED_SOURCE.search(t)))
             for s, a, t in zip(sentences, attributed, texts, strict=True)]
    return (
        _signal("attributions", sentences, attributed),
        _signal("named sources", sentences, named),
        _signal("direct quotes", sentences, [bool(QUOTE.search(t)) for t in texts]),
        _signal("figures with a source", sentences, sourced),
        _signal("figures without a source", sentences, [f and not s for f, s in zip(figured, sourced, strict=True)]),
        _signal("hedging", sentences, [bool(HEDGING.search(t)) for t in texts]),
        _signal("loaded or promotional language", sentences, [bool(words) for words in loaded], tuple(examples)),
    )


# An interview's speaker label opening a paragraph: "Marić: Our information is that …", "Prof. Marić:",
# "A:". The answers are the speaker's words, not the writer's (they had been "unsourced claims")
SPEAKER_LABEL = re.compile(r"(?P<label>(?:(?:Prof|Dr|Mr|Mrs|Ms|Gen)\.?\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]*"  # "Ó BRIAIN:"
                           # "De la Cruz:", "Van der Berg:": a surname's particles in lower case
                           r"(?:\s+(?:(?:de|la|del|der|den|van|von|da|di|du|le|ter|ten|dos|bin|al|el)\s+){0,2}"
                           r"[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2}):\s+\S")
NOT_SPEAKERS = frozenset({"q", "question", "interviewer", "note", "update", "correction", "source", "sources", "photo",
                          "watch", "related", "disclaimer", "editor's note", "editor’s note", "read more", "see also",
                          "background", "context", "summary", "why it matters", "what's next", "what’s next"})
LABEL_REPEATS = 2  # paragraphs a label opens, for it to be a transcript's speaker and not a heading


def speaker_answers(sentences: tuple[Sentence, ...]) -> frozenset[int]:
    """The sentences of the paragraphs that a speaker's label opens, when the text opens several
    paragraphs with that label (a transcript), the label no question's nor a heading's."""
    opened: dict[str, list[int]] = {}
    firsts: dict[int, Sentence] = {}
    for sentence in sentences:
        firsts.setdefault(sentence.paragraph, sentence)
    for paragraph, first in firsts.items():
        label = SPEAKER_LABEL.match(first.text)
        if label and label.group("label").lower().rstrip(".") not in NOT_SPEAKERS:
            # one voice however much of the name its labels give ("TOMÁS Ó BRIAIN:", then "Ó BRIAIN:")
            opened.setdefault(label.group("label").split()[-1].casefold(), []).append(paragraph)
    answering = {p for paragraphs in opened.values() if len(paragraphs) >= LABEL_REPEATS for p in paragraphs}
    return frozenset(s.index for s in sentences if s.paragraph in answering) if answering else frozenset()


def speaker_labels(sentences: tuple[Sentence, ...]) -> dict[int, int]:
    """Sentence index -> where the speaker's label that opens it ends, for each turn of a transcript
    (speaker_answers): the label is the transcript's, not the speaker's words."""
    answered = speaker_answers(sentences)
    return {s.index: found.end("label") for s in sentences
            if s.index in answered and (found := SPEAKER_LABEL.match(s.text))} if answered else {}


ASKING_LABELS = frozenset({"q", "question", "interviewer"})


def asked_sentences(sentences: tuple[Sentence, ...]) -> frozenset[int]:
    """The sentences of a transcript's questions, the paragraphs "Q:" opens, when its answers have
    labels of their own (speaker_answers): the interviewer's words ("Q: Tavaris says Korvenian special
    forces joined a raid on June 4. Did they?") are no statement of the source, nor its summary."""
    if not speaker_answers(sentences):
        return frozenset()
    firsts: dict[int, Sentence] = {}
    for sentence in sentences:
        firsts.setdefault(sentence.paragraph, sentence)
    labels = {paragraph: label.group("label").lower().rstrip(".") for paragraph, first in firsts.items()
              if (label := SPEAKER_LABEL.match(first.text))}
    asking = {paragraph for paragraph, label in labels.items() if label in ASKING_LABELS}
    return frozenset(s.index for s in sentences if s.paragraph in asking)


def _signal(name: str, sentences: tuple[Sentence, ...], found: list[bool], examples: tuple[str, ...] = ()) -> Signal:
    """The signal from whether each sentence shows it."""
    hits = tuple(s.index for s, hit in zip(sentences, found, strict=True) if hit)
    return Signal(name, len(hits), hits, examples)


def _has_figure(text: str) -> bool:
    return any(not YEARISH.match(m.group(0).strip()) for m in NUMBER.finditer(text))


def classify_kind(document: Document, signals: tuple[Signal, ...], metadata: Metadata) -> KindVerdict:
    """News, analysis, opinion, press release or other, with the cues that decided it."""
    if metadata.declared_kind:
        return KindVerdict(metadata.declared_kind, "declared", ("declared by the maintainer",))
    scores = {kind: 0.0 for kind in ("news", "analysis", "opinion", "press release")}
    reasons: dict[str, list[str]] = {kind: [] for kind in scores}

    def add(kind: str, points: float, reason: str) -> None:
        scores[kind] += points
        reasons[kind].append(reason)

    _label_cues(document, add)
    _structure_cues(document, add)
    if metadata.dateline.value:  # the card's own dateline, so the reason never cites one the card lacks
        add("news", 2, f"opens with a dateline: {metadata.dateline.value} ({metadata.dateline.source})")
    _signal_cues(document, {s.name: s.count for s in signals}, add)
    best = max(scores, key=lambda k: (scores[k], k == "news"))
    if scores[best] < 2:
        return KindVerdict("other", "inferred", ("no cue strong enough for news, analysis or opinion",))
    return KindVerdict(best, "inferred", shared(tuple(reasons[best])))  # many briefings give the same reasons


def _label_cues(document: Document, add) -> None:  # type: ignore[no-untyped-def]
    labels = {"news": "news", "news release": "press release", "press release": "press release",
              "opinion": "opinion", "op-ed": "opinion", "editorial": "opinion", "comment": "opinion",
              "column": "opinion", "analysis": "analysis", "publication": "analysis",
              "commentary": "analysis", "explainer": "analysis", "report": "analysis"}
    for paragraph in document.paragraphs:
        label = paragraph.text.lower().strip(" :")
        if paragraph.role == "label" and label in labels:
            add(labels[label], 4, f"labelled '{paragraph.text}' on the page (line {paragraph.line})")
    if PRESS_RELEASE.search("\n".join(p.text for p in document.paragraphs)):
        add("press release", 4, "press-release wording (release line, media contact or 'About …')")


def _structure_cues(document: Document, add) -> None:  # type: ignore[no-untyped-def]
    roles = [p.role for p in document.paragraphs]
    if "date" in roles:
        add("news", 1, "a publication date line under the headline")
    headings = roles.count("heading")
    if headings:
        add("analysis", 1, f"{headings} section heading(s)")
        add("opinion", 0.5, f"{headings} section heading(s)")
    sentences = document.body_sentences
    weekdays = sorted({m.group(0) for s in sentences for m in WEEKDAY_NEWS.finditer(s.text)})
    if weekdays:
        add("news", 1.5, f"same-week time references ({', '.join(repr(w) for w in weekdays[:3])})")
    events = sum(1 for s in sentences if EVENT_VERBS.search(s.text))
    if events >= 2:
        add("news", 1.5, f"{events} sentences report events (announced, agreed, signed, met …)")
    arguments = sum(1 for s in sentences if ARGUMENT.match(s.text))
    if arguments >= 2:
        add("analysis", 1.5, f"{arguments} sentences that build an argument ('First,', 'However,', 'In conclusion,')")
    prescriptive = sum(1 for s in sentences if _prescribes(s.text))
    if sentences and prescriptive >= 3 and prescriptive / len(sentences) >= 0.15:
        add("opinion", 1 + 4 * prescriptive / len(sentences),
            f"{prescriptive} sentences say what should be, in the writer's own words")
    body = [p for p in document.paragraphs if p.role in ("body", "leftover")]
    if body and AUTHOR_LINE.match(body[-1].text):
        add("opinion", 3.5, f"ends with its author: “{body[-1].text[:60]}”")
        add("analysis", 2, f"ends with its author: “{body[-1].text[:60]}”")
    own = sum(1 for s in sentences if FIRST_PERSON.search(QUOTED.sub(" ", s.text)))
    if sentences and own >= 3 and own / len(sentences) >= 0.1:
        add("opinion", 1.5 + 3 * own / len(sentences), f"the writer speaks as 'I' in {own} sentences")
    titles = [p.text for p in document.paragraphs if p.role == "title"]
    if titles and PRESCRIPTIVE.search(QUOTED.sub(" ", titles[0])):
        add("opinion", 1.5, "a headline that says what should be")


def _prescribes(text: str) -> bool:
    """Does the writer say what should be? Not in a quote, nor as what someone else holds ("the
    Executive believes the law should be handled …"), nor a rule ("customers must have been members")."""
    found = PRESCRIPTIVE.search(QUOTED.sub(" ", text))
    return found is not None and not HELD_VIEW.search(text, 0, found.start()) \
        and not text.startswith(" have", found.end())


def _signal_cues(document: Document, counts: dict[str, int], add) -> None:  # type: ignore[no-untyped-def]
    total = max(1, len(document.body_sentences))
    attributed = counts["attributions"] + counts["named sources"]
    if attributed >= 2:
        add("news", min(3.0, attributed / 2), f"{counts['attributions']} attributed statement(s)")
    if counts["direct quotes"]:
        add("news", 1, f"{counts['direct quotes']} direct quote(s)")
    if attributed == 0 and counts["direct quotes"] == 0:
        add("opinion", 1.5, "no attributed statements or quotes")
        add("analysis", 1, "no attributed statements or quotes")
    loaded = counts["loaded or promotional language"] / total
    if loaded >= 0.25:
        add("opinion", 2 + 4 * loaded, f"loaded or promotional wording in {loaded:.0%} of sentences")
    hedged = counts["hedging"] / total
    if hedged >= 0.15:
        add("analysis", 1 + 2 * hedged, f"hedged claims in {hedged:.0%} of sentences")
