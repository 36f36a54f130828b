"""Memory handed back between steps (memory.py): the word caches emptied, the C library asked to
return its free pages; neither changes what a step computes."""

from __future__ import annotations

import sys

import pytest
from briefing_site import events, knowledge, memory, summary_rules, terms, text


def test_the_word_caches_are_emptied_and_refill_alike() -> None:
    before = (terms.stem("agreements"), knowledge.name_key("Türkiye"), terms.words_of("Talks resumed in Ankara."),
              text._spaced("a  b"), summary_rules.name_words("Erdoğan's visit"), events.term_key("discussed"))
    caches = (terms.stem, knowledge.name_key, terms.words_of, text._spaced, summary_rules.name_words, events.term_key)
    assert all(c.cache_info().currsize > 0 for c in caches)
    memory.forget_word_caches()
    assert all(c.cache_info().currsize == 0 for c in caches)
    after = (terms.stem("agreements"), knowledge.name_key("Türkiye"), terms.words_of("Talks resumed in Ankara."),
             text._spaced("a  b"), summary_rules.name_words("Erdoğan's visit"), events.term_key("discussed"))
    assert after == before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim is Linux's")
def test_freed_memory_is_handed_back_where_the_c_library_can() -> None:
    memory.release_freed()  # glibc here: malloc_trim found and called
    assert memory._malloc_trim() is not None or "musl" in str(sys.version).lower()


def test_elsewhere_handing_back_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    memory._malloc_trim.cache_clear()
    monkeypatch.setattr(sys, "platform", "darwin")
    try:
        assert memory._malloc_trim() is None
        memory.release_freed()
    finally:
        memory._malloc_trim.cache_clear()
