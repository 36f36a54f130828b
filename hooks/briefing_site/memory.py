"""Memory a step has let go of, handed back to the system before the next step starts.

Python gives its larger objects (dict tables, lists, long strings) to the C library's malloc, and
glibc keeps the pages they freed for later use: a step's temporaries (the shingle sets of the
near-duplicate step, the vectors of the linking step) leave free pages inside the heap that stay
resident while the next step allocates elsewhere. The build's resident memory then creeps up
step by step. malloc_trim(0) returns every whole free page inside the heap, not only at its top
(measured on 927 news articles: the build's last state, its peak, 3 MiB lower, for a few
milliseconds per call). Elsewhere (macOS, musl) there is no such call, and this does nothing.

The caches of words and sentences are also emptied after the analysis and after the steps across
briefings (forget_word_caches).
"""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable

from . import events, knowledge, summary_rules, terms, text


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
    for cached in (terms.words_of, text.spaced, summary_rules.name_words, knowledge.name_key, terms.stem,
                   events.term_key):
        cached.cache_clear()
