"""Memory handed back between steps (memory.py): the word caches emptied, the C library asked to
return its free pages; neither changes what a step computes. What a build holds to its end: the
analyses as the last steps read them (Analysis.listed), when the caller does not read them."""

from __future__ import annotations

import dataclasses
import gc
import pickle
import sys
from pathlib import Path

import pytest
from briefing_site import events, knowledge, memory, pipeline, summary_rules, terms, text
from briefing_site.model import RawSeed, Released, ReleasedRead, Settings, SiteBuild
from conftest import FIXTURE_SEEDS


def test_the_word_caches_are_emptied_and_refill_alike() -> None:
    before = (terms.stem("agreements"), knowledge.name_key("Türkiye"), terms.words_of("Talks resumed in Ankara."),
              text.spaced("a  b"), summary_rules.name_words("Erdoğan's visit"), events.term_key("discussed"))
    caches = (terms.stem, knowledge.name_key, terms.words_of, text.spaced, summary_rules.name_words, events.term_key)
    assert all(c.cache_info().currsize > 0 for c in caches)
    memory.forget_word_caches()
    assert all(c.cache_info().currsize == 0 for c in caches)
    after = (terms.stem("agreements"), knowledge.name_key("Türkiye"), terms.words_of("Talks resumed in Ankara."),
             text.spaced("a  b"), summary_rules.name_words("Erdoğan's visit"), events.term_key("discussed"))
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


def _fixture_settings() -> Settings:
    return Settings(seeds_dir=FIXTURE_SEEDS)


def test_a_listed_analysis_keeps_what_the_last_steps_read_and_refuses_the_rest() -> None:
    whole = pipeline.build_site(_fixture_settings(), reuse_site=False).analyses[0]
    listed = whole.listed()
    for name in ("id", "seed", "document", "metadata", "kind", "summary", "words", "reading_minutes"):
        assert getattr(listed, name) == getattr(whole, name)
    assert whole.entities and whole.terms and not listed.terms and not listed.terms.weighted()
    assert whole.cross_inputs is not None and listed.cross_inputs is None
    assert whole.without_terms().cross_inputs is None  # the pages do not read them
    for name in ("entities", "quotes", "figures", "dates", "signals"):
        value = getattr(listed, name)
        assert isinstance(value, Released) and value != () and repr(value) == "Released()"
        for read in (iter, len, bool, lambda v: v[0], lambda v: "x" in v):
            with pytest.raises(ReleasedRead):
                read(value)
    copied = pickle.loads(pickle.dumps(listed))
    assert isinstance(copied.entities, Released) and copied.document == whole.document


def test_a_build_that_lets_go_makes_the_same_pages_and_export() -> None:
    def files(build: SiteBuild) -> dict[str, str]:
        return {f.path: f.content for f in build.files}
    whole = pipeline.SiteInputs.read(_fixture_settings(), reuse_site=False).build()
    lean = pipeline.SiteInputs.read(_fixture_settings(), reuse_site=False).build(keep_analyses=False)
    assert files(lean) == files(whole) and lean.problems == whole.problems and lean.faults == whole.faults
    assert whole.analyses[0].entities and whole.analyses[0].terms  # kept whole by default: callers read them
    assert all(isinstance(a.entities, Released) and not a.terms for a in lean.analyses)


def test_the_seeds_texts_as_read_are_let_go_once_analysed_with_the_same_pages() -> None:
    inputs = pipeline.SiteInputs.read(_fixture_settings(), reuse_site=False)
    texts = {r.source_file: r.text for r in inputs.reads if isinstance(r, RawSeed)}
    build = inputs.build()
    seeds = [r for r in inputs.reads if isinstance(r, RawSeed)]
    assert texts and all(t for t in texts.values()) and [s.source_file for s in seeds] == list(texts)
    assert all(s.text == "" for s in seeds)  # the analyses hold the documents
    assert {a.seed.source_file for a in build.analyses} <= set(texts) and all(a.document.paragraphs
                                                                             for a in build.analyses)
    again = pipeline.SiteInputs.read(_fixture_settings(), reuse_site=False).build()
    assert [f.content for f in again.files] == [f.content for f in build.files]


def test_a_step_after_the_export_that_reads_a_released_list_is_a_fault_not_an_empty_list(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing_site import render

    def reading_quotes(*args: object, **kwargs: object) -> object:
        view = args[-1] if isinstance(args[-1], render.SiteView) else kwargs.get("view")
        return [len(a.quotes) for a in view.by_id.values()]  # type: ignore[union-attr]
    monkeypatch.setattr(pipeline, "render_index", lambda path, *args: reading_quotes(*args))
    build = pipeline.SiteInputs.read(_fixture_settings(), reuse_site=False).build(keep_analyses=False)
    assert any("ReleasedRead" in f.message for f in build.faults)


def test_a_worker_empties_its_word_caches_after_each_chunk_with_the_same_analyses() -> None:
    settings = Settings(seeds_dir=FIXTURE_SEEDS)
    inputs = pipeline.SiteInputs.read(settings)
    raws = [r for r in inputs.reads if isinstance(r, RawSeed)][:2]
    knowledge_key = (settings.entities_file, 0.0)
    first = pipeline._analyse_chunk_in_worker(raws, settings, knowledge_key, None)
    assert terms.stem.cache_info().currsize == 0 and events.term_key.cache_info().currsize == 0
    again = pipeline._analyse_chunk_in_worker(raws, settings, knowledge_key, None)
    analyses = [pickle.dumps(a) for a in pipeline._unpacked(first)]  # a worker's chunk goes back packed
    assert [pickle.dumps(a) for a in pipeline._unpacked(again)] == analyses and len(analyses) == 2


def test_what_a_build_settles_goes_back_to_the_collector_at_its_end() -> None:
    assert gc.get_freeze_count() == 0
    with memory.collector_scope():
        held = [object() for _ in range(3)]
        memory.settle()
        assert gc.get_freeze_count() >= 3  # the collector no longer walks what is held
    assert gc.get_freeze_count() == 0 and held


def test_objects_frozen_before_a_build_stay_frozen_after_it() -> None:
    gc.freeze()  # as isolated.py's parent does before it forks the child that builds
    try:
        before = gc.get_freeze_count()
        with memory.collector_scope():
            memory.settle()
        assert gc.get_freeze_count() >= before > 0  # not ours to thaw; the child exits instead
    finally:
        gc.unfreeze()


def test_a_build_in_this_process_leaves_nothing_frozen_and_makes_the_pages_it_makes_unsettled(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def pages() -> list[str]:
        return [f.content for f in pipeline.SiteInputs.read(_fixture_settings(), reuse_site=False).build().files]
    frozen: list[int] = []
    monkeypatch.setattr(pipeline, "settle", lambda: (memory.settle(), frozen.append(gc.get_freeze_count())))
    settled = pages()
    assert frozen and frozen[0] > 0 and gc.get_freeze_count() == 0
    monkeypatch.setattr(pipeline, "settle", lambda: None)
    assert pages() == settled


def test_the_collector_paused_starts_again_unless_it_was_off() -> None:
    with memory.collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with memory.collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_analyses_read_back_with_the_collector_paused_are_the_analyses_made(tmp_path: Path) -> None:
    settings = dataclasses.replace(_fixture_settings(), cache_dir=tmp_path / "cache")
    made = pipeline.SiteInputs.read(settings, reuse_site=False).build(keep_analyses=True)
    pipeline._CACHE.clear()
    read_back = pipeline.SiteInputs.read(settings, reuse_site=False).build(keep_analyses=True)
    assert gc.isenabled() and read_back.analyses == made.analyses
    assert [f.content for f in read_back.files] == [f.content for f in made.files]
