"""The typed objects that flow through the pipeline, one way, from seed to page.

Every step reads the objects of the steps before it and returns new ones; nothing here is
mutated after it is made. Nothing here knows about MkDocs.
"""

from __future__ import annotations

import dataclasses
import re
import sys
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn, TypeVar

from . import spool
from .spool import Spooled, keep, keep_pieces

NOT_STATED = "not stated"
_Model = TypeVar("_Model")


def shared(value: object) -> object:
    """A name, a label or a tuple of them, as the one string every analysis holding it shares
    (sys.intern); anything else as it is."""
    if type(value) is str:
        return sys.intern(value)
    if type(value) is tuple and all(type(item) is str for item in value):
        return tuple(map(sys.intern, value))
    return value


def _pickled_by_code(cls: type, shared_names: tuple[str, ...] = ()) -> None:
    """A frozen slotted dataclass's __getstate__ and __setstate__, written for its fields, as
    dataclasses writes __init__: the methods dataclasses gives such a class look its fields up
    again for every object, and reading 900 analyses back from the cache builds 80,000 of them.
    Each field is set through its slot (a frozen class refuses setattr), those in shared_names
    as shared strings (strings_shared). The same state in the same order: the same pickles."""
    names = tuple(f.name for f in dataclasses.fields(cls))
    if not names:
        return
    scope: dict[str, object] = {"_shared": shared}
    scope.update({f"_set_{name}": cls.__dict__[name].__set__ for name in names})  # the slots' descriptors
    values = ", ".join(f"v_{name}" for name in names)
    sets = "".join(f"    _set_{name}(self, {f'_shared(v_{name})' if name in shared_names else f'v_{name}'})\n"
                   for name in names)
    source = (f"def __getstate__(self):\n    return [{', '.join(f'self.{name}' for name in names)}]\n"
              f"def __setstate__(self, state):\n    {values}, = state\n{sets}")
    exec(source, scope)  # noqa: S102 - code made from the class's own field names, as dataclasses does
    cls.__getstate__ = scope["__getstate__"]  # type: ignore[attr-defined]
    cls.__setstate__ = scope["__setstate__"]  # type: ignore[attr-defined]


def strings_shared(*names: str) -> Callable[[type[_Model]], type[_Model]]:
    """A frozen dataclass whose fields `names` (names, ids, labels, kinds: a few thousand distinct
    strings written again and again) are read back from a pickle as shared strings (`shared`).
    A pickle makes a new string each time one is read, and an analysis comes back from the disk
    cache or a worker process as a pickle: 1,298 news articles' entities held 19,130 copies of
    5,100 names, ids and types, and as many of each mention's words. The steps that make these
    values share them too (the analysis in this process is never pickled)."""

    def decorate(cls: type[_Model]) -> type[_Model]:
        _pickled_by_code(cls, names)
        return cls

    return decorate


@dataclass(frozen=True, slots=True)
class Settings:
    """What the pipeline needs from the site configuration (plain values, no MkDocs types)."""

    seeds_dir: Path
    summary_sentences: int = 0  # 0: follow the document's length (2 to 5 sentences)
    related_links: int = 5
    max_seed_bytes: int = 2_000_000
    words_per_minute: int = 230
    entities_file: Path | None = None
    use_directory_urls: bool = True
    entity_page_min_sources: int = 2  # independent stories (versions of one count once) naming an entity, for a page
    timeline_page_events: int = 200  # events per page of the timeline (timeline.py)
    cache_dir: Path | None = None  # where analyses are kept between builds (cache.py); None: not kept
    site_name: str = "Briefings"  # the feed's title, and part of its entries' ids (feed.py)
    site_url: str | None = None  # where the site is served; the feed's links are absolute when it is set
    previous_export: Path | None = None  # the previous build's briefing.json, for "What changed" (changes.py)
    previous_export_name: str = ""  # that path as mkdocs.yml gives it: what pages and messages show


# Characters that would let a seed-controlled string forge or garble a log line or a label: C0/C1
# controls (newline, ESC), line and paragraph separators, and format characters (bidi overrides,
# zero-width), plus surrogates standing for file-name bytes that are not UTF-8.
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff"
                        r"\ufff9-\ufffb\ud800-\udfff]")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def visible(text: str) -> str:
    """text with every control, separator and invisible format character written as an escape
    (`\\n`, `\\x1b`, `\\u202e`), so one log line is one event and a name reads as it is."""
    return _INVISIBLE.sub(_escape, text)


def visible_path(path: str) -> str:
    """A seed's path as `visible` writes it, with a backslash written as two: one written form per
    path, since the path as shown is the seed's identity (its id, its cache entry). Otherwise a name
    holding an escape character and one holding the four characters `\\x1b` were one seed and one
    of them was lost."""
    return visible(path.replace("\\", "\\\\"))


def one_line(text: str, limit: int = 200) -> str:
    """text (an error message, say) as one short visible line: whitespace collapsed, cut with '…'."""
    text = visible(" ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (os.fsdecode's surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


@dataclass(frozen=True, slots=True)
class SeedProblem:
    """Something about a seed file a maintainer must look at; the hook turns it into a warning.

    Most problems mean the file did not become a briefing (its page, if it is a seed, says why);
    `kept` problems are about a seed that still has its briefing (e.g. it lost a URL it asked for).
    """

    source_file: str
    message: str
    line: int | None = None
    hint: str = ""
    step: str = "reading"  # the pipeline step that failed: reading, text, entities, rendering…
    kept: bool = False  # the seed still has its briefing
    detail: str = ""  # the traceback of an unexpected fault, for the debug log

    def describe(self) -> str:
        where = f"{self.source_file}:{self.line}" if self.line else self.source_file
        text = f"seed '{where}' ({self.step}): {self.message}"
        return visible(f"{text} ({self.hint})" if self.hint else text)


@dataclass(frozen=True, slots=True)
class SkippedFile:
    """A file or folder in the seeds folder left out on purpose, and why (reported, never silent)."""

    source_file: str
    reason: str  # "hidden file", "hidden folder", "editor backup"

    def describe(self) -> str:
        return visible(f"skipped '{self.source_file}' ({self.reason})")


class SeedError(Exception):
    """Raised by a step for a seed it cannot handle; carries what the maintainer needs."""

    def __init__(self, message: str, *, line: int | None = None, hint: str = "", step: str = "",
                 detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.hint = hint
        self.step = step
        self.detail = detail


@dataclass(frozen=True, slots=True)
class SeedFile:
    """A file found in the seeds folder that should become a briefing."""

    path: Path
    source_file: str  # posix path relative to the seeds folder
    sidecar: Path | None = None


@strings_shared("encoding")
@dataclass(frozen=True, slots=True)
class RawSeed:
    """A seed read from disk: decoded text and what its author declared about it."""

    source_file: str
    text: str
    sha256: str
    encoding: str
    declared: dict[str, object]
    declared_in: str  # "front matter", "sidecar <name>" or ""
    body_line: int  # 1-based line of the text's first line in the file
    declared_lines: dict[str, int] = field(default_factory=dict)  # key -> line in the file
    cleaning: tuple[str, ...] = ()  # what reading removed from the text, for the source card
    # A Markdown seed's blocks its marks named, by line offset in text (markdown_text.Hints)
    hints: dict[int, str] = field(default_factory=dict)

    def without_text(self) -> RawSeed:
        """The seed as an analysis keeps it: its text is the document's (paragraphs and sentences),
        and a third copy of every seed's text was held to the end of the build for nothing."""
        return dataclasses.replace(self, text="", hints={})


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int  # position in the whole document
    paragraph: int
    text: str
    start: int  # character offsets into Paragraph.text
    end: int


@strings_shared("role")
@dataclass(frozen=True, slots=True, init=False)
class Paragraph:
    """One paragraph, made as Paragraph(index, text, role, line, sentences). Its text is held once:
    a paragraph with sentences keeps only what lies around them (`around`), and `text` puts it
    together with the sentences' texts when read. Held whole beside its sentences, every
    paragraph's text was held twice to the end of the build: the documents of 927 news articles
    hold 5.6 MiB instead of 7.4, and their cache entries 9.1 MB instead of 10.9."""

    index: int
    role: str  # body, heading, list, title, dek, masthead, date, label, leftover (page furniture)
    line: int  # 1-based line in the seed's text
    sentences: tuple[Sentence, ...]
    # With sentences: the text before the first, between each two and after the last (one more
    # piece than sentences). Otherwise, or when the sentences are not the text's own slices in
    # order (made by hand), the whole text alone.
    around: tuple[str, ...]

    def __init__(self, index: int, text: str, role: str, line: int, sentences: tuple[Sentence, ...] = ()) -> None:
        for name, value in (("index", index), ("role", role), ("line", line), ("sentences", sentences),
                            ("around", _around(text, sentences))):
            object.__setattr__(self, name, value)

    @property
    def text(self) -> str:
        if len(self.around) == 1:
            return self.around[0]
        parts = [self.around[0]]
        for sentence, after in zip(self.sentences, self.around[1:], strict=True):
            parts += (sentence.text, after)
        return "".join(parts)


def _around(text: str, sentences: tuple[Sentence, ...]) -> tuple[str, ...]:
    """The pieces of `text` around its sentences, or the whole text when they are not its slices."""
    pieces, position = [], 0
    for sentence in sentences:
        if sentence.start < position or text[sentence.start:sentence.end] != sentence.text:
            return (text,)
        pieces.append(text[position:sentence.start])
        position = sentence.end
    return (*pieces, text[position:]) if sentences else (text,)


@dataclass(frozen=True, slots=True)
class Document:
    paragraphs: tuple[Paragraph, ...]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @property
    def body_sentences(self) -> tuple[Sentence, ...]:
        return tuple(
            s for p in self.paragraphs if p.role in ("body", "list") for s in p.sentences
        )

    def sentence_text(self, index: int) -> str:
        """The text of the sentence with this index, "" for none. Sentences are in index order, so
        it is looked up by position, and searched for only when the numbering has a gap."""
        sentences = self.sentences
        if 0 <= index < len(sentences) and sentences[index].index == index:
            return sentences[index].text
        return next((s.text for s in sentences if s.index == index), "")


@strings_shared("source")
@dataclass(frozen=True, slots=True)
class Field:
    """One metadata value and where it came from (provenance as data)."""

    value: str | None
    source: str  # "front matter", "sidecar x.yml", "text, line 4", "file name", "not stated"

    @property
    def shown(self) -> str:
        return self.value if self.value else NOT_STATED

    @property
    def declared(self) -> bool:
        return self.source.startswith(("front matter", "sidecar"))


@dataclass(frozen=True, slots=True)
class Metadata:
    display_title: str  # what the page is called; the headline, or the opening words
    title: Field
    dek: Field
    publisher: Field
    published: Field  # ISO 8601 at the precision stated
    author: Field
    url: Field
    dateline: Field
    tags: tuple[str, ...] = ()
    slug: str | None = None
    declared_kind: str | None = None


@strings_shared("name")
@dataclass(frozen=True, slots=True)
class Signal:
    """A textual cue counted on the source card, with the sentences it was seen in."""

    name: str
    count: int
    sentences: tuple[int, ...] = ()
    examples: tuple[str, ...] = ()


@strings_shared("kind", "source", "reasons")
@dataclass(frozen=True, slots=True)
class KindVerdict:
    kind: str  # news, analysis, opinion, press release, other
    source: str  # "declared in ..." or "inferred"
    reasons: tuple[str, ...] = ()


@strings_shared("text")
@dataclass(frozen=True, slots=True)
class Mention:
    sentence: int
    start: int  # offsets into that sentence's text
    end: int
    text: str


@strings_shared("id", "name", "type", "aliases", "roles", "description")
@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: str  # person, organisation, place, group, other
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    mentions: tuple[Mention, ...]
    description: str = ""


@strings_shared("value", "unit", "qualifier", "measure")
@dataclass(frozen=True, slots=True)
class Figure:
    text: str
    value: str
    unit: str
    qualifier: str
    sentence: int
    sourced: bool
    measure: str = ""  # what the number counts, from its sentence ("violent incidents"); "" when unclear


@strings_shared("speaker", "speaker_name", "speaker_how")
@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    speaker: str | None  # entity id
    speaker_name: str | None
    sentence: int
    speaker_how: str = ""  # how the speaker was found: "named in the sentence", "not stated", …


@strings_shared("text", "value", "precision", "resolved_by")  # "2005", "last year": said again and again
@dataclass(frozen=True, slots=True)
class DatedStatement:
    text: str  # the words that gave the date
    value: str | None  # ISO 8601 to the precision stated, None when unresolved
    precision: str  # day, month, year, unresolved
    relative: bool
    sentence: int
    # how a relative date got its value: "publication date", "year stated earlier", "date stated earlier"
    resolved_by: str = ""


@dataclass(frozen=True, slots=True)
class Phrase:
    """The words a report's date belongs to, as an event's label may read them ('Recep Tayyip
    Erdogan visited Iraq', 'report by Amnesty International'), with their features (term keys and
    '@' entity ids) and whether a verb says what was done (events.py)."""

    text: str
    features: tuple[str, ...]  # sorted, each once
    verb: bool


@dataclass(frozen=True, slots=True)
class Statement:
    """One candidate report of an event: a dated (or undated) sentence of one briefing, with what
    it names (events.py)."""

    briefing: str  # "" when made with the analysis, before the briefing had its id
    sentence: int
    text: str
    date_text: str
    value: str | None
    precision: str  # day, month, year, unresolved, none
    channel: str  # "happening", "report" (dated by a report's date) or "undated"
    standing: str
    note: str
    context: int | None
    mentions: tuple[tuple[str, int, int], ...]  # (entity id, start, end) in the sentence, in order
    context_entities: tuple[str, ...]
    words: tuple[tuple[str, str], ...]  # (key, word) of the key terms, in sentence order
    span: tuple[int, int] | None  # where the date words are in the sentence
    report_noun: str = ""
    when: str = ""  # undated: the time its date words name ("thu", "jan", "last week"), "" for none
    phrase: Phrase | None = None  # its words' phrase; None: none, a label falls back on its key words
    told: bool = False  # the date is the day it was told ("…, sources said on Wednesday"): it happened then or before

    @property
    def participants(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([m[0] for m in self.mentions] + list(self.context_entities)))

    def features(self) -> tuple[str, ...]:
        return tuple(sorted({f"@{p}" for p in self.participants} | {key for key, _ in self.words}))


@strings_shared("stems", "labels")  # a stem or a word is shared by the briefings that use it
@dataclass(frozen=True, slots=True)
class Terms:
    """A briefing's weighted stems, for linking (linking.py), side by side in a tuple, the weights
    as doubles in bytes, and for each stem the word a reader knows it by ("": the stem itself). Not
    as dicts: 900 news articles have 125,000 of them, and their dicts (stem -> weight, stem ->
    word) took 7 KB a briefing, held with the analyses through the build's peak; these take 3 KB."""

    stems: tuple[str, ...] = ()
    weights: bytes = b""  # array("d") as bytes, in the stems' order
    labels: tuple[str, ...] = ()

    @classmethod
    def of(cls, weights: dict[str, float], labels: dict[str, str]) -> Terms:
        """From stem -> weight and stem -> word (a stem without a word, or with itself, is shown as it is)."""
        stems = tuple(map(sys.intern, weights))
        words = (labels.get(stem, stem) for stem in stems)
        return cls(stems, array("d", weights.values()).tobytes(),
                   tuple("" if word == stem else sys.intern(word) for stem, word in zip(stems, words, strict=True)))

    def weighted(self) -> dict[str, float]:
        """stem -> weight."""
        return dict(zip(self.stems, array("d", self.weights), strict=True))

    def words(self) -> dict[str, str]:
        """stem -> the word a reader knows it by."""
        return {stem: label or stem for stem, label in zip(self.stems, self.labels, strict=True)}

    def __len__(self) -> int:
        return len(self.stems)


@dataclass(frozen=True, slots=True)
class CrossInputs:
    """What the steps across briefings read of one briefing alone, made when it is analysed (by a
    worker in a cold build) and kept in the cache with its analysis: a build with one seed edited
    reads them back rather than making them again for every briefing, which was a third of its
    near-duplicate and event steps (across.py). Bytes, not objects: a statement as objects took ten
    times the memory, and every analysis holds these until the steps across briefings are done (the
    pages do not read them: Analysis.without_terms)."""

    shingle_sample: bytes  # its word 5-gram hashes that duplicates.py samples, array("I") as bytes
    shingle_rest: bytes  # the rest of them, for the pairs whose samples meet (their whole sets)
    lead_shingles: bytes  # its lead's, the same way
    statements: bytes  # its candidate reports of events, packed (events.pack_statements)
    rarity_keys: bytes  # the key of each word it uses, packed (events.pack_keys)


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything read out of one seed; rendering and export only read this."""

    id: str
    seed: RawSeed  # as read, without its text (RawSeed.without_text): the document holds it
    document: Document
    metadata: Metadata
    kind: KindVerdict
    signals: tuple[Signal, ...]
    entities: tuple[Entity, ...]
    figures: tuple[Figure, ...]
    quotes: tuple[Quote, ...]
    dates: tuple[DatedStatement, ...]
    summary: tuple[int, ...]  # sentence indexes, document order
    words: int
    reading_minutes: int
    terms: Terms = Terms()  # stemmed terms, weighted, for linking
    omitted: dict[str, int] = field(default_factory=dict)  # list -> items left out by the limits step
    cross_inputs: CrossInputs | None = None  # None: the steps across briefings make them from the analysis
    # Its export record's part read from the seed alone (export.export_part), perhaps in the build's spool; b"": none.
    export_part: bytes | Spooled = b""
    # (id the seed gave, id across the sources): its surname-only people the other briefings name in full (surnames.py)
    renamed: tuple[tuple[str, str], ...] = ()

    def without_cross_inputs(self) -> Analysis:
        """The analysis once the steps across briefings have read their inputs (the cross inputs)."""
        return dataclasses.replace(self, cross_inputs=None)

    def without_terms(self) -> Analysis:
        """The analysis as the pages read it: the terms are for linking alone (linking.py; packed, they
        are still a fifth of what an analysis holds, 4 MiB of 927 news articles' analyses), and the
        cross inputs are for the steps across briefings alone."""
        return dataclasses.replace(self, terms=Terms(), cross_inputs=None)

    def listed(self) -> Analysis:
        """The analysis as what comes after its own page and its export record reads it: the pages
        across briefings, the feed and the comparison with the last build read its document,
        metadata, kind and summary. Its terms, entities, quotes, figures, dates and signals are let
        go (9 MB of 927 news articles', held to the build's end otherwise); reading one of them
        then is a fault (Released), never a silently empty list."""
        released = Released()
        return dataclasses.replace(self, terms=Terms(), entities=released, quotes=released,
                                   figures=released, dates=released, signals=released, cross_inputs=None,
                                   export_part=b"")


class ReleasedRead(RuntimeError):
    """A list an analysis let go (Analysis.listed) was read."""


class Released(tuple):  # type: ignore[type-arg]
    """In place of a list an analysis let go: equal to no list, and reading it raises ReleasedRead."""

    __slots__ = ()

    def _refuse(self, *args: object) -> NoReturn:
        raise ReleasedRead("an analysis' list was read after it was let go (Analysis.listed): a step after the "
                           "briefing pages and the export needs it; keep it there")

    __iter__ = __len__ = __getitem__ = __contains__ = __bool__ = __reversed__ = _refuse  # type: ignore[assignment]

    def __eq__(self, other: object) -> bool:
        return self is other

    def __ne__(self, other: object) -> bool:
        return self is not other

    def __hash__(self) -> int:
        return id(self)

    def __repr__(self) -> str:
        return "Released()"

    def __reduce__(self) -> tuple[type[Released], tuple[()]]:  # a tuple's pickle would read its items
        return Released, ()


@dataclass(frozen=True, slots=True)
class Related:
    target: str  # briefing id
    score: float
    shared_entities: tuple[str, ...]
    shared_terms: tuple[str, ...]
    reason: str = ""

    @property
    def shown_score(self) -> str:
        """The score as a briefing page prints it (the page memo compares links as shown)."""
        return f"{self.score:.2f}"


@dataclass(frozen=True, init=False)
class GeneratedFile:
    """A page or asset for the site generator: a path in the docs tree and its content.

    The content is kept compressed (`packed`, zlib over UTF-8) and decompressed when read: a large
    site's pages are tens of MB of text, held from rendering to the end of the build, and kept in the
    site cache; compressed they are about a tenth of that. During a build the compressed bytes are
    in the build's spool file, and `stored` says where (spool.py)."""

    path: str
    stored: bytes | Spooled
    title: str | None = None  # plain text page title, for the generator to escape

    def __init__(self, path: str, content: str, title: str | None = None) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "stored", keep(pack(content)))
        object.__setattr__(self, "title", title)

    @property
    def packed(self) -> bytes:
        return spool.read(self.stored)

    @property
    def content(self) -> str:
        return unpack(self.packed)

    @classmethod
    def streamed(cls, path: str, pieces: Iterable[str], title: str | None = None) -> GeneratedFile:
        """A file whose content comes in pieces, compressed as they come and spooled as they are
        compressed: never held whole, neither as text nor compressed."""
        file = cls.__new__(cls)
        stored = keep_pieces(_compressed(pieces))
        for name, value in (("path", path), ("stored", stored), ("title", title)):
            object.__setattr__(file, name, value)
        return file


def _compressed(pieces: Iterable[str]) -> Iterator[bytes]:
    compressor = zlib.compressobj(1)
    for piece in pieces:
        yield compressor.compress(piece.encode("utf-8", "surrogatepass"))
    yield compressor.flush()


def pack(content: str) -> bytes:
    """content as GeneratedFile keeps it. Level 1: a fifth of the time of the default level, for
    almost the same size on HTML."""
    return zlib.compress(content.encode("utf-8", "surrogatepass"), 1)


def unpack(packed: bytes) -> str:
    """The text pack made these bytes of, as it was given."""
    return zlib.decompress(packed).decode("utf-8", "surrogatepass")


@dataclass(frozen=True, slots=True)
class SiteFault:
    """A page across seeds that could not be built (the site still builds without it)."""

    message: str
    detail: str = ""  # the traceback, for the debug log


@dataclass(frozen=True, slots=True)
class SiteBuild:
    files: tuple[GeneratedFile, ...]
    problems: tuple[SeedProblem, ...]
    seeds_found: int
    pages_made: int  # briefings; seeds that failed have a page that says so, not counted here
    skipped: tuple[SkippedFile, ...] = ()
    faults: tuple[SiteFault, ...] = ()
    seconds: tuple[tuple[str, float], ...] = ()  # (step, seconds) of this build, for the debug log only
    # The briefings' analyses, for front ends that report on them (`python -m briefing_site check`).
    # The MkDocs hook lets go of the SiteBuild after on_files, so nothing holds them longer; a build
    # run in a child process (isolated.py) or read from the site cache has none.
    analyses: tuple[Analysis, ...] = ()

    @property
    def unused(self) -> int:
        """Seed files that did not become a briefing: each has a problem that is not `kept`."""
        return sum(1 for p in self.problems if not p.kept)


# --- Across sources: what the steps after linking find in the briefings taken together. ---------
# Every claim points at sentences (briefing id + sentence index, the page's #s-N anchor), so a
# reader is one click from the words it rests on.


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """One sentence of one briefing."""

    briefing: str  # briefing id
    sentence: int  # sentence index in that briefing (its #s-N anchor)


@dataclass(frozen=True, slots=True)
class EventReport:
    """One source's words for an event."""

    ref: SentenceRef
    date_text: str  # the words that dated it ("mid-August"); "" when the source gives none
    value: str | None  # that source's date, ISO 8601 at its precision; None when undated
    precision: str  # day, month, year, unresolved, none
    context: int | None = None  # sentence the report's opening refers back to ("They …"), shown before it
    standing: str = "reported"  # reported, attributed, opinion piece, unsourced claim, expected
    note: str = ""  # what a reader must know to read the row ("the date is that of a report")


@dataclass(frozen=True, slots=True)
class Event:
    """A happening reported by one or more briefings, with each source's sentence."""

    id: str  # stable across builds, from the date and key words
    value: str | None  # the date the reports agree on, at the finest precision they share; None: undated
    precision: str  # day, month, year, undated
    label: str  # a few key words saying what happened ("signed memorandum")
    participants: tuple[str, ...]  # entity ids, most named first
    terms: tuple[str, ...]  # the key words the reports share
    reports: tuple[EventReport, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """The briefings that report it, each once, in report order."""
        return tuple(dict.fromkeys(r.ref.briefing for r in self.reports))


@dataclass(frozen=True, slots=True)
class DifferenceClaim:
    """What one source says on a point where sources differ."""

    ref: SentenceRef
    value: str  # a person's name, a figure or a date as the source gives it
    entity: str | None = None  # entity id when the value is a person or body


@dataclass(frozen=True, slots=True)
class Difference:
    """A point where sources differ; the site shows both sides and never says who is right."""

    id: str
    kind: str  # office (one office, different holders), figure, date, denial, single source
    subject: str  # what differs: "Turkish interior minister", "border length", an event's label
    claims: tuple[DifferenceClaim, ...]
    timing: str = ""  # why the difference may be a matter of time ("001 is undated"); "" otherwise

    @property
    def briefings(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.ref.briefing for c in self.claims))


@dataclass(frozen=True, slots=True)
class Spelling:
    """A name as some sources spell it."""

    text: str
    briefings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RoleStatement:
    """A role a source gives an entity, and when that source was published."""

    role: str
    briefing: str
    published: str | None


@dataclass(frozen=True, slots=True)
class EntityProfile:
    """An entity across all briefings: the content of its page and of its Actors row."""

    id: str
    name: str
    type: str
    description: str
    curated: bool
    spellings: tuple[Spelling, ...]
    roles: tuple[RoleStatement, ...]
    briefings: tuple[str, ...]  # that mention it, most mentions first
    mentions: tuple[SentenceRef, ...]  # sentences naming it (bounded per briefing)
    mention_count: int
    companions: tuple[tuple[str, int], ...]  # (entity id, briefings in common), most first
    events: tuple[str, ...] = ()  # event ids
    has_page: bool = False
    surname_only: bool = False  # a person no source names in full ("Quillfeather", "Lord Falconer")


@dataclass(frozen=True, slots=True)
class KeyPoint:
    """A point of the overview: one sentence quoted, and every briefing sentence that supports it."""

    ref: SentenceRef
    support: tuple[SentenceRef, ...]  # includes ref; one per briefing
    event: str = ""  # the id of the event it reports, if any (its date dates the point)

    @property
    def corroborated(self) -> bool:
        return len({s.briefing for s in self.support}) > 1


@dataclass(frozen=True, slots=True)
class Overview:
    points: tuple[KeyPoint, ...]
    first_date: str | None  # the span of dated events, ISO at their precision
    last_date: str | None
    main_actors: tuple[str, ...]  # entity ids
    corroborated: int  # events reported by two or more sources
    single_sourced: int  # events reported by one source
    differences: int
    # the earliest dated event when it is background, over a year before the sources were published
    # (first_date is then the first event of the sources' own time)
    background_from: str | None = None


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Briefings of one story (the same text twice, or one report carried by several outlets)."""

    briefings: tuple[str, ...]  # the first is shown; the others are its versions
    similarity: float  # the lowest estimated overlap of a version with the first


@dataclass(frozen=True, slots=True)
class CrossSource:
    """Everything found across briefings; rendering and export only read this."""

    entities: tuple[EntityProfile, ...] = ()
    events: tuple[Event, ...] = ()
    differences: tuple[Difference, ...] = ()
    overview: Overview | None = None
    duplicates: tuple[DuplicateGroup, ...] = ()


@dataclass(frozen=True, slots=True)
class NetworkNode:
    """An actor or a briefing of the network graph (network.py), placed on the drawing."""

    key: str  # entity id or briefing id
    kind: str  # "actor" or "briefing"
    label: tuple[str, ...]  # the lines of its visible label: an actor's name, a briefing's number
    page: str  # docs path of its page ("actors/x.md", "briefings/x.md"); "" when it has none
    x: float
    y: float
    size: float  # radius
    label_x: float
    label_y: float  # the baseline of the label's first line
    anchor: str = "middle"  # the label's text-anchor: start, end or middle
    number: int = 0  # a briefing's number, in the graph and in the list below it; 0 for an actor
    named_by: int = 0  # an actor's briefings, all of them (not only those in the graph)


@dataclass(frozen=True, slots=True)
class NetworkEdge:
    """A briefing naming an actor, as a line between their nodes."""

    briefing: str
    actor: str
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True, slots=True)
class Network:
    """The main actors and the briefings that name several of them, laid out for a drawing
    `width` by `height` units from (`left`, `top`); what was left out is in the totals."""

    actors: tuple[NetworkNode, ...] = ()  # around the circle, clockwise from the top
    briefings: tuple[NetworkNode, ...] = ()  # by number
    edges: tuple[NetworkEdge, ...] = ()  # by briefing number, then actor order
    width: int = 0
    height: int = 0
    actors_total: int = 0  # people, organisations, places and groups named in the briefings
    briefings_total: int = 0
    left: int = 0
    top: int = 0

    def edges_of(self, briefing: str) -> tuple[NetworkEdge, ...]:
        return tuple(e for e in self.edges if e.briefing == briefing)

    def naming(self, actor: str) -> tuple[NetworkNode, ...]:
        """The briefings of the graph that name the actor, by number."""
        keys = {e.briefing for e in self.edges if e.actor == actor}
        return tuple(b for b in self.briefings if b.key in keys)

    def named_in(self, briefing: str) -> tuple[NetworkNode, ...]:
        """The actors of the graph the briefing names, in circle order."""
        keys = {e.actor for e in self.edges if e.briefing == briefing}
        return tuple(a for a in self.actors if a.key in keys)


# --- What changed since the previous build (changes.py): the previous briefing.json against this build.


@dataclass(frozen=True, slots=True)
class BriefingFacts:
    """What a reader sees of one briefing that a later build can change: its card and summary, and
    the briefings it links to (by source file, so that a briefing whose id changed still matches)."""

    id: str
    source_file: str
    title: str
    publisher: str | None
    published: str | None
    author: str | None
    kind: str
    summary: tuple[str, ...]  # the summary's sentences, verbatim
    related: tuple[str, ...]  # source files of the related briefings, best first


@dataclass(frozen=True, slots=True)
class BriefingRef:
    """A briefing named on the What changed page: as it is now, or as the previous build had it."""

    id: str
    source_file: str
    title: str
    on_site: bool = True  # False for a briefing this build no longer has: nothing to link to


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One value of a briefing that differs from the previous build."""

    name: str  # title, publisher, published, author, kind, summary, id
    before: str | None
    after: str | None


@dataclass(frozen=True, slots=True)
class BriefingChange:
    briefing: BriefingRef
    fields: tuple[FieldChange, ...] = ()
    related_added: tuple[BriefingRef, ...] = ()
    related_removed: tuple[BriefingRef, ...] = ()

    @property
    def what(self) -> tuple[str, ...]:
        """The names of what changed, "related" for the related briefings."""
        related = ("related",) if self.related_added or self.related_removed else ()
        return (*(f.name for f in self.fields), *related)


@dataclass(frozen=True, slots=True)
class Changes:
    """This build against the previous one. Without a previous export (not configured, or not
    readable: `problem` says why) nothing is compared and every list is empty."""

    previous: str = ""  # the previous export's path as configured; "" when none is
    problem: str = ""  # why it could not be read; "" when it was, or none is configured
    previous_version: int | None = None  # its format version
    added: tuple[BriefingRef, ...] = ()
    removed: tuple[BriefingRef, ...] = ()  # as the previous build had them (on_site False)
    changed: tuple[BriefingChange, ...] = ()
    unchanged: int = 0

    @property
    def compared(self) -> bool:
        return bool(self.previous) and not self.problem


def _quick_pickling(namespace: dict[str, object]) -> None:
    """The slotted dataclasses here that still have the pickling methods dataclasses gave them
    (strings_shared wrote its own), pickled by code written for their fields (_pickled_by_code)."""
    generated = getattr(dataclasses, "_dataclass_setstate", None)  # private: a Python without it keeps its own
    if generated is None:
        return
    for cls in namespace.values():
        if isinstance(cls, type) and cls.__dict__.get("__setstate__") is generated:
            _pickled_by_code(cls)


_quick_pickling(globals())
