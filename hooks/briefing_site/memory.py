"""Memory a step has let go of, handed back to the system before the next step starts; and what a
build holds to its end, kept out of the garbage collector's walks.

Python gives its larger objects (dict tables, lists, long strings) to the C library's malloc, and
glibc keeps the pages they freed for later use: a step's temporaries (the shingle sets of the
near-duplicate step, the vectors of the linking step) leave free pages inside the heap that stay
resident while the next step allocates elsewhere. The build's resident memory then creeps up
step by step. malloc_trim(0) returns every whole free page inside the heap, not only at its top
(measured on 927 news articles: the build's last state, its peak, 3 MiB lower, for a few
milliseconds per call). Elsewhere (macOS, musl) there is no such call, and this does nothing.

The caches of words and sentences are also emptied after the analysis and after the steps across
briefings (forget_word_caches).

Python's cyclic garbage collector walks every container it tracks each time it collects its oldest
generation, which it does whenever the containers that survived collections have grown by a quarter.
A build holds every seed's analysis (186,000 containers at 1,298 news articles), and each step across
briefings makes enough to set off another whole walk (0.15 s each, four or five of them in the steps
across briefings alone). What a build holds to its end is taken out of the walks once it is made
(settle: gc.freeze); the collector still frees what the steps throw away, and a frozen object is still
freed when nothing refers to it any more; only a reference cycle among frozen objects would wait
for the end of the build (collector_scope), and the analyses make none. Measured on 1,298 news
articles with one seed edited (four builds each way, interleaved): 10.5 -> 10.0 s, the same peak
memory; by hand, the steps across briefings and the related links 3.8-4.0 -> 2.9-3.2 s. Turning the
collector off instead would keep the cycles the templates make (Jinja's macros and contexts:
430,000 objects and 25 MiB more by the end of such a build).
"""

from __future__ import annotations

import ctypes
import functools
import gc
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@functools.lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library has none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the symbols this process has loaded: the C library's among them
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_freed() -> None:
    """Hand the heap's free pages back to the system (glibc; elsewhere nothing)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def forget_word_caches() -> None:
    """Empty the caches of words and sentences the steps fill (sentence words and spacing, name keys,
    stems, event term keys): each step reads its own text, and the caches would hold tens of
    thousands of words to the end of the build (3 MB on 927 news articles after the steps across
    briefings). A step refills what it uses."""
    # Imported here, not above: the generator's process uses this module and never runs the steps (inputs.py).
    from . import event_phrases, knowledge, summary_rules, terms, text

    for cached in (terms.words_of, text.spaced, summary_rules.name_words, knowledge.name_key, terms.stem,
                   event_phrases.term_key):
        cached.cache_clear()


def settle() -> None:
    """Everything the process holds now is held to the end of the build: the cyclic collector stops
    walking it (gc.freeze). Called once the analyses are made or read back, which make no cycles."""
    gc.freeze()


@contextmanager
def collector_scope() -> Iterator[None]:
    """A build, at whose end what settle() froze goes back to the collector (its garbage is then
    collected as ever); unless the process held frozen objects when it began: a child forked by
    isolated.py, frozen by its parent, which exits instead; or a caller's own, not ours to thaw."""
    owned = gc.get_freeze_count() == 0
    try:
        yield
    finally:
        if owned:
            gc.unfreeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No collection in the block, for work that makes many objects and no reference cycles (the
    analyses read back from the cache): the collector would walk them again and again as they pile
    up, to find nothing (1,298 analyses read back: 0.52-0.55 -> 0.32-0.35 s). A collector a caller
    turned off stays off."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
