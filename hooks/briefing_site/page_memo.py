"""Briefing and entity pages kept between builds with what rendering them read: a page whose
reads all answer as they did is not rendered again.

Editing one seed changes a few pages: its own, the pages that link to it or name what it names,
the entity pages it adds to. Every other page would render to the same bytes, and rendering was
the largest step of such a build. So while a page is rendered, its template is given the build's
SiteView through `Reads`, which notes each lookup (a briefing's title, whether an entity has a
page, another briefing's analysis, an event, what the steps across briefings say of a briefing)
with a fingerprint of the answer: the value itself when it is a short string, a number or a
boolean; else a hash of its repr; for an analysis, its briefing id, its seed's digest (an
analysis is a function of its seed, the settings, the entities file and the code, all in the
memo's key) and the names the steps across briefings resolved in it (surnames.py). The page's
own inputs are noted the same way (its analysis, its related links, its entity's profile). The
next build answers each noted lookup again (each answer once per build, shared by every page
that asks it) and reuses the page only if every fingerprint is the same.

A template that reaches the view in a way `Reads` does not know makes its page one that is not
kept (it is still rendered right). The memo is read whole, under exactly its key (the code, the
templates, the libraries, every setting but the cache's own folder, the entities file,
SOURCE_DATE_EPOCH), checked and read
as site_cache.py reads the site; anything else is an empty memo. It holds this build's pages
only. Same pages, memo or not: tests/test_page_memo.py builds sites both ways and compares them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cache import MEMO_ENTRY, file_digest, log, open_regular, part_folder, seed_digest, write_atomic
from .model import Analysis, Difference, Event, GeneratedFile, Related, SentenceRef, Settings, one_line
from .site_cache import CODE_KEY, read_entry, write_entry
from .spool import Spooled, keep, read

_MAGIC = b"briefing-page-memo 2"
Key = tuple[Any, ...]  # ("title", briefing id), ("analysis", briefing id), ...
Fingerprint = str | int | float | bool | bytes | None
# A page's reads as one JSON list of keys (compressed: 2 KB a page as text, held from the memo's
# reading to its storing, 5 MB for 2,000 pages) and one hash of their answers' fingerprints, and the
# page: three objects a page, not a tuple per read (the pickler's memo of a build's reads, a few
# hundred thousand objects, was the largest thing a build held). The keys are kept as the pages are,
# in the build's spool (spool.py): about 300 bytes a page compressed, 0.6 MB at 2,000 pages.
Entry = tuple[bytes | Spooled, bytes, GeneratedFile]
SHORT = 200  # strings up to this length are their own fingerprint


_RELATED_FIELDS = tuple(f.name for f in dataclasses.fields(Related))  # every field, so a new one is compared too


def _as_shown(links: tuple[Related, ...]) -> Fingerprint:
    """Related links as a page shows them: the score to two decimals (Related.shown_score), every
    other field whole. Adding a seed changes every score a little (each feature's rarity counts the
    briefings), and pages whose links print the same need not be rendered again."""
    return fingerprint(tuple(tuple(r.shown_score if name == "score" else getattr(r, name) for name in _RELATED_FIELDS)
                             for r in links))


def fingerprint(value: object) -> Fingerprint:
    """The value itself when short and plain; else a hash of its repr, which for the pipeline's
    dataclasses, tuples and strings is the same for equal values (a pickle is not: it depends on
    which equal strings are one object, and analyses read from the cache share theirs)."""
    if value is None or isinstance(value, (bool, int, float)) or (isinstance(value, str) and len(value) <= SHORT):
        return value  # type: ignore[return-value]
    return hashlib.blake2b(repr(value).encode("utf-8", "surrogatepass"), digest_size=16).digest()


class Answers:
    """Each lookup a template may make, answered once per build with its fingerprint."""

    def __init__(self, view: Any, related: dict[str, tuple[Related, ...]]) -> None:
        self.view = view
        self.related = related
        self._values: dict[Key, object] = {}
        self._prints: dict[Key, Fingerprint] = {}
        self._identities: dict[str, Fingerprint] = {}
        self._parts: dict[tuple[str, str], Fingerprint] = {}  # events and differences, by kind and id

    def ask(self, key: Key) -> tuple[object, Fingerprint]:
        """The answer and its fingerprint."""
        value = self.value(key)
        if key in self._prints:
            return value, self._prints[key]
        found = self._prints[key] = (self._identity(value) if key[0] == "analysis"
                                     else _as_shown(value) if key[0] == "related"
                                     else self._about(value) if key[0] == "about" else fingerprint(value))
        return value, found

    def value(self, key: Key) -> object:
        """The answer alone: a page that is not kept (no memo) needs no fingerprint of it, and
        hashing the answers was about 1 % of a build without a cache (cProfile)."""
        try:
            return self._values[key]
        except KeyError:
            found = self._values[key] = _LOOKUPS[key[0]](self, *key[1:])
            return found

    def forget(self) -> None:
        """Let go of every answer once the last page is made (they hold the decoded keys of every
        page's reads, a few MB at 2,000 pages)."""
        self._values.clear()
        self._prints.clear()
        self._identities.clear()
        self._parts.clear()

    def _about(self, about: Any) -> Fingerprint:
        """What the steps across briefings say of a briefing (render.BriefingAcross), with each event
        and difference it names by a fingerprint made once a build: hashed whole on every page, an
        event a thousand briefings report was hashed a thousand times, each time with its thousand reports."""
        if not (dataclasses.is_dataclass(about) and hasattr(about, "events") and hasattr(about, "differences")):
            return fingerprint(about)
        return fingerprint((dataclasses.replace(about, events=(), differences=()),  # every other field whole
                            tuple(self._part(event) for event in about.events),
                            tuple(self._part(difference) for difference in about.differences)))

    def _part(self, part: Event | Difference) -> Fingerprint:
        key = (type(part).__name__, part.id)
        known = self._parts.get(key)
        if known is None:
            known = self._parts[key] = fingerprint(part)
        return known

    def _identity(self, analysis: object) -> Fingerprint:
        if not isinstance(analysis, Analysis):
            return None
        known = self._identities.get(analysis.id)
        if known is None:
            # its seed and, when the steps across briefings renamed its entities, what to (surnames.py)
            known = self._identities[analysis.id] = f"{analysis.id}\0{seed_digest(analysis.seed)}\0{analysis.renamed}"
        return known


_LOOKUPS: dict[str, Callable[..., object]] = {
    "title": lambda a, briefing: a.view.title(briefing),
    "name": lambda a, entity: a.view.name(entity),
    "has_page": lambda a, entity: a.view.has_page(entity),
    "sentence": lambda a, briefing, index: a.view.sentence(SentenceRef(briefing, index)),
    "quote": lambda a, briefing, index, around: a.view.quote(SentenceRef(briefing, index), around),
    "quote_at": lambda a, briefing, index: a.view.quote_at(briefing, index),
    "differences_of": lambda a, entity: a.view.differences_of(entity),
    "about": lambda a, briefing: a.view.about(briefing),
    "event_page": lambda a, event, per_page: a.view.event_page(event, per_page),
    "event_reports": lambda a, event, briefing: (a.view.event_reports(found, briefing)  # an event gone: None
                                                 if (found := a.view.events.get(event)) else None),
    "analysis": lambda a, briefing: a.view.by_id.get(briefing),
    "event": lambda a, key: a.view.events.get(key),
    "related": lambda a, briefing: a.related.get(briefing, ()),
    "profile": lambda a, entity: a.view.profiles.get(entity),
    "stories": lambda a, *briefings: a.view.stories(briefings),
    "timeline_part": lambda a, per_page, number: a.view.timeline(per_page)[number - 1],
    # what a part reads of the others: how many, and each one's number, path, label and whether it has dated events
    "timeline_parts": lambda a, per_page: tuple((p.number, p.path, p.label, bool(p.dated))
                                                for p in a.view.timeline(per_page)),
}


class Reads:
    """The view as one page's template sees it, noting every lookup (see the module's docstring)."""

    def __init__(self, answers: Answers, noting: bool = True) -> None:
        self._answers = answers
        self.noting = noting  # False: the page will not be kept, and its reads need no log
        self.log: dict[Key, Fingerprint] = {}
        self.complete = True  # False once the template reached the view some other way
        self.by_id = _Noted(self, "analysis")
        self.events = _Noted(self, "event")

    def note(self, key: Key) -> object:
        if not self.noting:
            return self._answers.value(key)
        value, print_ = self._answers.ask(key)
        self.log[key] = print_
        return value

    def title(self, briefing_id: str) -> object:
        return self.note(("title", briefing_id))

    def name(self, entity_id: str) -> object:
        return self.note(("name", entity_id))

    def has_page(self, entity_id: str) -> object:
        return self.note(("has_page", entity_id))

    def sentence(self, ref: SentenceRef) -> object:
        return self.note(("sentence", ref.briefing, ref.sentence))

    def quote(self, ref: SentenceRef, around: str = "") -> object:
        return self.note(("quote", ref.briefing, ref.sentence, around))

    def quote_at(self, briefing_id: str, sentence: int) -> object:
        return self.note(("quote_at", briefing_id, sentence))

    def differences_of(self, entity_id: str) -> object:
        return self.note(("differences_of", entity_id))

    def about(self, briefing_id: str) -> object:
        return self.note(("about", briefing_id))

    def event_page(self, event_id: str, per_page: int) -> object:
        return self.note(("event_page", event_id, per_page))

    def event_reports(self, event: Event, briefing_id: str) -> object:
        return self.note(("event_reports", event.id, briefing_id))

    def stories(self, briefing_ids: Iterable[str]) -> object:
        return self.note(("stories", *briefing_ids))

    def __getattr__(self, name: str) -> object:
        self.complete = False  # a lookup not noted: the page is rendered but not kept
        return getattr(self._answers.view, name)


@dataclass
class _Noted:
    """A dict of the view (analyses by id, events by id) whose lookups are noted."""

    reads: Reads
    kind: str

    def get(self, key: str, default: object = None) -> object:
        value = self.reads.note((self.kind, key))
        return default if value is None else value

    def __getitem__(self, key: str) -> object:
        value = self.reads.note((self.kind, key))
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return self.reads.note((self.kind, key)) is not None

    def __iter__(self) -> Iterator[str]:
        self.reads.complete = False  # every key: not a lookup that can be noted
        view = self.reads._answers.view  # noqa: SLF001 - the Reads this dict belongs to
        return iter(view.by_id if self.kind == "analysis" else view.events)


@dataclass
class PageMemo:
    """Last build's pages and what they read; this build's, to be stored."""

    path: Path | None
    key: bytes
    kept: dict[str, Entry]
    made: dict[str, Entry] = field(default_factory=dict)
    reused: int = 0

    @classmethod
    def off(cls) -> PageMemo:
        """A memo that holds nothing and keeps nothing: every page is rendered."""
        return cls(None, b"", {})

    @classmethod
    def open(cls, settings: Settings, source_date_epoch: int | None) -> PageMemo:
        folder = part_folder(settings)
        key = memo_key(settings, source_date_epoch)
        if folder is None:
            return cls.off()
        return cls(folder / MEMO_ENTRY, key, _load(folder / MEMO_ENTRY, key))

    def page(self, path: str, answers: Answers, inputs: tuple[Key, ...],
             render: Callable[[Reads], GeneratedFile]) -> GeneratedFile:
        """The page at path: last build's if every read answers the same, else rendered (and kept)."""
        entry = self.kept.pop(path, None)  # let go as it is used: each page is asked for once
        if entry is not None and _answers_digest(answers, entry[0]) == entry[1]:
            self.made[path] = entry
            self.reused += 1
            return entry[2]
        reads = Reads(answers, noting=self.path is not None)
        for key in inputs:
            reads.note(key)
        page = render(reads)
        if reads.complete and self.path is not None:
            self.made[path] = (keep(_packed_keys(reads.log)), _digest(reads.log.values()), page)
        return page

    def store(self) -> None:
        """Keep this build's pages for the next (a failure only costs the next build time)."""
        if self.path is None:
            return
        log.debug(f"briefing: {self.reused} pages as last build made them (page memo), {len(self.made) - self.reused} "
                  "rendered and kept")
        try:
            write_atomic(self.path, lambda file: write_entry(file, self.made, self.key, _MAGIC))
        except Exception as error:  # noqa: BLE001 - a full disk must not fail the build
            log.debug(f"briefing cache: could not store the page memo: {type(error).__name__}")
        finally:
            self.kept.clear()  # the memo's work is done: its entries are let go before the build's last steps
            self.made.clear()


def _packed_keys(log: dict[Key, Fingerprint]) -> bytes:
    return zlib.compress(json.dumps(list(log)).encode(), 1)


def _answers_digest(answers: Answers, keys: bytes | Spooled) -> bytes | None:
    """The digest of what the noted lookups answer this build; None if the keys cannot be read."""
    try:
        found = [answers.ask(tuple(key))[1] for key in json.loads(zlib.decompress(read(keys)))]
    except (ValueError, TypeError, KeyError, IndexError, zlib.error, OSError, EOFError):
        return None
    return _digest(found)


def _digest(fingerprints: Iterable[Fingerprint]) -> bytes:
    return hashlib.blake2b(repr(tuple(fingerprints)).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def memo_key(settings: Settings, source_date_epoch: int | None) -> bytes:
    """Everything a page may depend on besides its noted lookups: the code, every setting but where
    the cache is (a cache restored to another folder, as CI may, still holds the same pages), the
    entities file and the build date."""
    rendering = dataclasses.replace(settings, cache_dir=None)
    inputs = {**CODE_KEY, "settings": repr(rendering), "curated": file_digest(settings.entities_file),
              "source_date_epoch": source_date_epoch}
    return json.dumps(inputs, sort_keys=True).encode()


def _load(path: Path, key: bytes) -> dict[str, Entry]:
    try:
        with open_regular(path) as file:
            kept = read_entry(file, key, _MAGIC)
    except FileNotFoundError:
        return {}
    except Exception as error:  # noqa: BLE001 - a bad memo is an empty one, never a fault of the build
        log.debug(f"briefing cache: ignoring {path.name}: {type(error).__name__}: {one_line(str(error))}")
        return {}
    return kept if isinstance(kept, dict) else {}
