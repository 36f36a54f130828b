"""The analysis cache (cache.py) and the worker processes: neither may ever change what is built.

A cache entry is used only under exactly its key (seed, settings, curated file content, code);
anything else in the cache folder is a miss that is analysed again, logged at debug level only.
Analyses in worker processes are the serial ones, faults included.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import logging
import os
import pickle
import shutil
import sys
from pathlib import Path

import pytest
from briefing_config import load_settings
from briefing_site import cache, code_cache, inputs, pipeline, template_cache
from briefing_site.cache import AnalysisCache, open_cache
from briefing_site.model import Analysis, RawSeed, Settings
from briefing_site.reading import discover_seeds
from conftest import FIXTURE_SEEDS, ROOT, build_site
from mkdocs.exceptions import ConfigurationError

SEEDS = {
    "alpha.txt": "Border talks in Baghdad\n\nOfficials from Türkiye met Iraqi ministers in Baghdad on Monday, "
                 "the ministry said. They agreed to meet again in Ankara.\n",
    "beta.txt": "Ankara hosts Iraqi delegation\n\nIraqi ministers travelled to Ankara to discuss the PKK and border "
                "security with Türkiye, officials said.\n",
    "gamma.md": "---\ntitle: Water and the Tigris\ndate: 2024-03-05\n---\nThe Tigris carries less water each "
                "summer, Iraqi officials said on Tuesday, and talks with Ankara will resume in May.\n",
}
HOSTILE = ("Officials said \x1b[31mred\x1b[0m\u202eevil\u202c and \u200bhidden\ufeff text, \"quoted\" and "
           "'quoted'.\r\n\x00c__builtin__\neval\n(S'import os'\ntR.\n\ud800\udfff — Türkiye, İstanbul, ß.")


def _seeds(folder: Path, seeds: dict[str, str] = SEEDS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in seeds.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _analyse(settings: Settings) -> tuple[list[Analysis], list]:  # type: ignore[type-arg]
    """One build's analysis step, as build_site runs it, with nothing kept in memory."""
    from briefing_site.reading import discover_seeds

    pipeline._CACHE.clear()
    knowledge, version = pipeline._knowledge(settings)
    reads = inputs.read_all(discover_seeds(settings.seeds_dir)[0], settings)
    return pipeline._analyse_all(reads, settings, knowledge, version)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The seeds analysed (not taken from a cache), in order."""
    analysed: list[str] = []
    original = pipeline.analyse

    def analyse(raw, settings, knowledge):  # type: ignore[no-untyped-def]
        analysed.append(raw.source_file)
        return original(raw, settings, knowledge)

    monkeypatch.setattr(pipeline, "analyse", analyse)
    return analysed


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(seeds_dir=_seeds(tmp_path / "seeds"), cache_dir=tmp_path / "cache")


def _entries(settings: Settings) -> dict[str, Path]:
    assert settings.cache_dir is not None
    return {p.name: p for p in settings.cache_dir.rglob(f"*{cache.SUFFIX}") if p.is_file() and not p.is_symlink()}


def _raw(settings: Settings, source_file: str) -> RawSeed:
    """The seed as read (an analysis keeps it without its text): what names its entry."""
    [raw] = [r for r in inputs.read_all(discover_seeds(settings.seeds_dir)[0], settings)
             if isinstance(r, RawSeed) and r.source_file == source_file]
    return raw


def _entry_of(settings: Settings, source_file: str) -> Path:
    raw = _raw(settings, source_file)
    disk = open_cache(settings, pipeline._knowledge(settings)[1])
    assert disk is not None
    return disk.folder / disk.name(raw)


def test_the_cache_holds_no_seed_it_was_asked_about(settings: Settings) -> None:
    """A seed's text is let go once it is analysed, and a worker's copies once it has sent its
    chunk back: the cache must not keep them alive (a memo of keys by seed did, and a cold build
    that filled the cache held 9 MiB more at its peak, at 927 seeds)."""
    disk = open_cache(settings, pipeline._knowledge(settings)[1])
    assert disk is not None
    raw = _raw(settings, "alpha.txt")
    before = sys.getrefcount(raw)
    analysis = pipeline.analyse(raw, settings, pipeline._knowledge(settings)[0])
    disk.store(raw, analysis)
    assert disk.load(raw) is not None and disk.name(raw)
    assert sys.getrefcount(raw) == before


def test_a_build_hashes_each_seed_once(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """The memory key, the entry's name and key, and pruning all read a seed's digest (it hashes
    the whole seed): made once a seed when every analysis comes from the cache, not five times."""
    _analyse(settings)
    hashed: list[str] = []
    original = cache.seed_digest

    def counting(raw: RawSeed) -> str:
        hashed.append(raw.source_file)
        return original(raw)

    monkeypatch.setattr(cache, "seed_digest", counting)
    monkeypatch.setattr(pipeline, "seed_digest", counting)
    warm = _analyse(settings)
    assert len(warm[0]) == 3 and sorted(hashed) == sorted(SEEDS)


# --- Hits and misses. ---------------------------------------------------------------------------


def test_a_second_build_analyses_nothing_and_gets_the_same_analyses(settings: Settings, counted: list[str]) -> None:
    cold = _analyse(settings)
    assert sorted(counted) == sorted(SEEDS) and len(_entries(settings)) == 3
    counted.clear()
    warm = _analyse(settings)
    assert counted == [] and warm == cold
    assert _analyse(dataclasses.replace(settings, cache_dir=None)) == cold  # and as without a cache


def test_an_edited_seed_is_the_only_one_analysed_again(settings: Settings, counted: list[str]) -> None:
    _analyse(settings)
    counted.clear()
    (settings.seeds_dir / "beta.txt").write_text(SEEDS["beta.txt"] + "More talks are planned.\n", encoding="utf-8")
    analyses, _ = _analyse(settings)
    assert counted == ["beta.txt"]
    beta = next(a for a in analyses if a.seed.source_file == "beta.txt")
    assert "More talks" in beta.document.sentences[-1].text and beta.seed.text == ""  # the document holds the text


def test_a_sidecar_change_is_a_miss(settings: Settings, counted: list[str]) -> None:
    _analyse(settings)
    counted.clear()
    (settings.seeds_dir / "alpha.yml").write_text("publisher: Ministry\n", encoding="utf-8")  # the text is unchanged
    analyses, _ = _analyse(settings)
    assert counted == ["alpha.txt"]
    assert next(a for a in analyses if a.seed.source_file == "alpha.txt").metadata.publisher.value == "Ministry"


@pytest.mark.parametrize(("change", "analysed"), [
    ({"summary_sentences": 3}, True),
    ({"words_per_minute": 100}, True),
    ({"max_seed_bytes": 1_000_000}, True),
    ({"related_links": 2}, False),  # read only when linking: the analyses still hold
    ({"use_directory_urls": False}, False),
    ({"entity_page_min_sources": 5}, False),
])
def test_settings_that_reach_analysis_are_part_of_the_key(settings: Settings, counted: list[str],
                                                          change: dict[str, object], analysed: bool) -> None:
    _analyse(settings)
    counted.clear()
    _analyse(dataclasses.replace(settings, **change))
    assert sorted(counted) == (sorted(SEEDS) if analysed else [])


def test_a_version_bump_or_other_code_is_a_miss(settings: Settings, counted: list[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _analyse(settings)
    counted.clear()
    monkeypatch.setattr(cache, "ANALYSIS_VERSION", cache.ANALYSIS_VERSION + 1)
    _analyse(settings)
    assert sorted(counted) == sorted(SEEDS)
    counted.clear()
    monkeypatch.setattr(cache, "CODE_VERSION", "0" * 64)  # what an edit of any analysis module gives
    _analyse(settings)
    assert sorted(counted) == sorted(SEEDS)


def test_the_code_version_covers_every_module_and_data_file() -> None:
    package = Path(cache.__file__).parent
    assert (package / "data" / "entities.yml").is_file() and len(cache.CODE_VERSION) == 64
    assert cache.CODE_VERSION == cache._package_version()  # computed once, from the files as they are


def test_the_curated_file_counts_by_content_not_mtime(settings: Settings, counted: list[str]) -> None:
    curated = settings.seeds_dir.parent / "entities.yml"
    curated.write_text("entities:\n  - name: Tigris Council\n    type: organisation\n", encoding="utf-8")
    settings = dataclasses.replace(settings, entities_file=curated)
    _analyse(settings)
    counted.clear()
    os.utime(curated, (1, 1))  # touched: same content
    _analyse(settings)
    assert counted == []
    stat = curated.stat()
    curated.write_text("entities:\n  - name: Border Council\n    type: organisation\n", encoding="utf-8")
    os.utime(curated, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # edited within one mtime tick
    _analyse(settings)
    assert sorted(counted) == sorted(SEEDS)


def test_the_cache_off_writes_nothing(tmp_path: Path) -> None:
    settings = Settings(seeds_dir=_seeds(tmp_path / "seeds"))
    assert open_cache(settings, 0.0) is None
    _analyse(settings)
    assert {p.name for p in tmp_path.iterdir()} == {"seeds"}


# --- Entries that must not be trusted. -----------------------------------------------------------


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "corrupt":  # one bit of the payload flipped; the header intact
        path.write_bytes(data[:-100] + bytes([data[-100] ^ 1]) + data[-99:])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "garbage":
        path.write_bytes(os.urandom(2000))
    elif how == "header only":
        path.write_bytes(data.split(b"\n", 3)[0] + b"\n")


@pytest.mark.parametrize("how", ["truncated", "corrupt", "empty", "garbage", "header only"])
def test_a_damaged_entry_is_analysed_again_with_a_debug_line_only(settings: Settings, counted: list[str],
                                                                  caplog: pytest.LogCaptureFixture,
                                                                  how: str) -> None:
    cold = _analyse(settings)
    _damage(_entry_of(settings, "beta.txt"), how)
    counted.clear()
    with caplog.at_level(logging.DEBUG):
        warm = _analyse(settings)
    assert counted == ["beta.txt"] and warm == cold
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    if how != "empty":
        assert any("ignoring" in r.getMessage() and r.levelno == logging.DEBUG for r in caplog.records)
    counted.clear()
    assert _analyse(settings) == cold and counted == []  # and the entry was written again, whole


def test_an_entry_under_another_key_is_not_used(settings: Settings, counted: list[str]) -> None:
    cold = _analyse(settings)
    alpha, beta = _entry_of(settings, "alpha.txt"), _entry_of(settings, "beta.txt")
    beta.write_bytes(alpha.read_bytes())  # alpha's analysis where beta's should be
    counted.clear()
    assert _analyse(settings) == cold and counted == ["beta.txt"]


def test_an_entry_with_the_right_key_but_another_seed_is_not_used(settings: Settings) -> None:
    analyses, _ = _analyse(settings)
    disk = open_cache(settings, pipeline._knowledge(settings)[1])
    assert disk is not None
    alpha, beta = _raw(settings, "alpha.txt"), analyses[1]
    assert disk.load(alpha) is not None
    # Forged: beta's analysis in an entry that names alpha's key, with a correct checksum.
    (disk.folder / disk.name(alpha)).write_bytes(cache.encode_entry(beta, disk._key(alpha)))
    assert disk.load(alpha) is None


class _Boom:
    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (os.system, ("touch pwned",))


@pytest.mark.parametrize("payload", [_Boom(), {"not": "an analysis"}, Path("/etc")])
def test_an_entry_cannot_run_code_or_hold_other_objects(settings: Settings, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch, payload: object) -> None:
    monkeypatch.chdir(tmp_path)
    analyses, _ = _analyse(settings)
    disk = open_cache(settings, pipeline._knowledge(settings)[1])
    assert disk is not None
    raw = _raw(settings, analyses[0].seed.source_file)
    assert disk.load(raw) is not None
    data = pickle.dumps(payload)
    check = f"{hashlib.sha256(data).hexdigest()} {len(data)}".encode()
    (disk.folder / disk.name(raw)).write_bytes(b"\n".join([cache._MAGIC, disk._key(raw), check, data]))
    assert disk.load(raw) is None
    assert not (tmp_path / "pwned").exists()


def test_an_entry_that_is_a_link_or_a_pipe_is_not_read(settings: Settings, tmp_path: Path) -> None:
    analyses, _ = _analyse(settings)
    disk = open_cache(settings, pipeline._knowledge(settings)[1])
    assert disk is not None
    alpha, beta = (_raw(settings, a.seed.source_file) for a in analyses[:2])
    target = disk.folder / disk.name(alpha)
    target.unlink()
    target.symlink_to(disk.folder / disk.name(beta))
    assert disk.load(alpha) is None
    target.unlink()
    os.mkfifo(target)
    assert disk.load(alpha) is None  # and does not hang


# --- What survives a build. -------------------------------------------------------------------------


def test_entries_of_removed_seeds_are_pruned_and_nothing_else(settings: Settings, tmp_path: Path) -> None:
    _analyse(settings)
    assert settings.cache_dir is not None
    [part] = [p for p in settings.cache_dir.iterdir()]
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / f"precious{cache.SUFFIX}").write_text("not the cache's", encoding="utf-8")
    (part / f"link{cache.SUFFIX}").symlink_to(outside / f"precious{cache.SUFFIX}")
    (part / "notes.txt").write_text("kept", encoding="utf-8")
    (part / f"folder{cache.SUFFIX}").mkdir()
    (part / f".x{cache._TEMP_SUFFIX}").write_bytes(b"half")  # a write in flight: kept
    old_temp = part / f".y{cache._TEMP_SUFFIX}"
    old_temp.write_bytes(b"half")
    os.utime(old_temp, (1, 1))  # left by a killed build long ago: removed
    before = _entries(settings)
    (settings.seeds_dir / "beta.txt").unlink()
    _analyse(settings)
    after = _entries(settings)
    assert len(before) == 3 and len(after) == 2 and set(after) < set(before)
    assert (outside / f"precious{cache.SUFFIX}").read_text(encoding="utf-8") == "not the cache's"
    assert (part / f"link{cache.SUFFIX}").is_symlink() and (part / "notes.txt").exists()
    assert (part / f"folder{cache.SUFFIX}").is_dir() and (part / f".x{cache._TEMP_SUFFIX}").exists()
    assert not old_temp.exists()


def test_the_part_of_a_seeds_folder_that_is_gone_is_pruned(tmp_path: Path) -> None:
    shared = tmp_path / "cache"
    first = Settings(seeds_dir=_seeds(tmp_path / "one"), cache_dir=shared)
    second = Settings(seeds_dir=_seeds(tmp_path / "two"), cache_dir=shared)
    _analyse(first)
    _analyse(second)
    assert len(_entries(first)) == 6  # two seeds folders, one cache: neither prunes the other
    foreign = shared / "not-ours"
    foreign.mkdir()
    (foreign / f"a{cache.SUFFIX}").write_text("kept", encoding="utf-8")
    for path in first.seeds_dir.iterdir():
        path.unlink()
    first.seeds_dir.rmdir()
    _analyse(second)
    assert len(_entries(second)) == 4 and len(list(shared.iterdir())) == 2  # its part gone; others kept
    assert (foreign / f"a{cache.SUFFIX}").exists()


def test_a_hostile_seed_round_trips_exactly(tmp_path: Path) -> None:
    declared: dict[str, object] = {"title": HOSTILE[:200], "date": datetime.date(2024, 2, 29),
                                    "tags": ["a\x00b", "\u202e", HOSTILE[:50]]}
    raw = RawSeed("a\udcff\nb.txt", f"{HOSTILE}\n\n{HOSTILE}\n", "0" * 64, "utf-8", declared,
                  "front matter", 3, {"title": 2}, ("1 byte not valid UTF-8 replaced by \ufffd (line 1)",))
    settings = Settings(seeds_dir=tmp_path, cache_dir=tmp_path / "cache")
    knowledge, version = pipeline._knowledge(settings)
    analysis = pipeline.analyse(raw, settings, knowledge)
    # Every kind of value safe YAML can give, in the seed the analysis keeps (metadata refuses them).
    raw = dataclasses.replace(raw, declared={**declared, "n": 2**63, "f": 1e308, "none": None, "yes": True,
        "at": datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=3))),
        "raw": b"\x80\x00", "set": {"x", "y"}, "pairs": [("a", 1)], "map": {"k": [HOSTILE]}})
    analysis = dataclasses.replace(analysis, seed=raw.without_text())
    disk = open_cache(settings, version)
    assert disk is not None
    disk.store(raw, analysis)
    loaded = disk.load(raw)
    assert loaded == analysis and loaded is not analysis  # (a set's repr order varies between processes)
    assert loaded.seed == raw.without_text() and type(loaded.seed.declared["date"]) is datetime.date
    assert disk.load(dataclasses.replace(raw, text=raw.text + "x")) is None  # another text: another entry


def test_a_folder_that_cannot_be_written_turns_the_cache_off(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    settings = Settings(seeds_dir=_seeds(tmp_path / "seeds"), cache_dir=blocker / "cache")
    assert open_cache(settings, 0.0) is None
    assert len(_analyse(settings)[0]) == 3


def test_cache_is_frozen_and_picklable(settings: Settings) -> None:
    disk = open_cache(settings, 0.0)
    assert isinstance(disk, AnalysisCache) and pickle.loads(pickle.dumps(disk)) == disk  # sent to workers


# --- Worker processes. -------------------------------------------------------------------------------


@pytest.fixture
def pooled(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Worker processes for every build, however small; records each pool's size."""
    pools: list[int] = []
    original = pipeline._analyse_in_pool

    def in_pool(raws, settings, knowledge, version, disk, workers, *rest):  # type: ignore[no-untyped-def]
        pools.append(workers)
        return original(raws, settings, knowledge, version, disk, workers, *rest)

    monkeypatch.setattr(pipeline, "_PARALLEL_FROM", 0)
    monkeypatch.setattr(pipeline, "_analyse_in_pool", in_pool)
    return pools


def test_workers_give_the_serial_analyses(tmp_path: Path, pooled: list[int]) -> None:
    folder = tmp_path / "seeds"
    shutil.copytree(FIXTURE_SEEDS, folder)
    _seeds(folder)
    settings = Settings(seeds_dir=folder)
    parallel = _analyse(settings)
    assert pooled and pooled[0] >= 2
    pipeline._PARALLEL_FROM = 10**9  # restored by monkeypatch
    serial = _analyse(settings)
    assert parallel == serial and len(serial[0]) == 6


def test_workers_chunks_are_unpacked_once_the_workers_have_exited(tmp_path: Path, pooled: list[int],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker's analyses come back packed and stay so until no worker is left: a worker's memory
    is never held beside all the analyses as objects (the build's peak)."""
    import multiprocessing

    folder = tmp_path / "seeds"
    shutil.copytree(FIXTURE_SEEDS, folder)
    workers_alive: list[int] = []
    unpacked = pipeline._unpacked

    def unpacking(packed: bytes) -> list[object]:
        assert isinstance(packed, bytes)
        workers_alive.append(len(multiprocessing.active_children()))
        return unpacked(packed)  # type: ignore[return-value]

    monkeypatch.setattr(pipeline, "_unpacked", unpacking)
    analyses, _ = _analyse(Settings(seeds_dir=folder))
    assert pooled and workers_alive and set(workers_alive) == {0}
    assert {a.seed.source_file for a in analyses} == {"orchard.txt", "news/update.md", "analysis/update.txt"}


def test_workers_give_the_serial_problems(tmp_path: Path, pooled: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    original = pipeline.extract_entities

    def failing(document, knowledge):  # type: ignore[no-untyped-def]
        if "Tigris" in repr(document)[:100_000]:
            raise RecursionError("deep\nINFO - forged")
        return original(document, knowledge)

    monkeypatch.setattr(pipeline, "extract_entities", failing)
    folder = _seeds(tmp_path / "seeds", {**SEEDS, "empty.txt": " \n"})
    parallel = _analyse(Settings(seeds_dir=folder))
    assert pooled == [2]
    monkeypatch.setattr(pipeline, "_PARALLEL_FROM", 10**9)
    serial = _analyse(Settings(seeds_dir=folder))
    assert parallel == serial
    assert [(p.source_file, p.step) for p in serial[1]] == [("empty.txt", "reading"), ("gamma.md", "entities")]
    assert "RecursionError" in serial[1][1].message and "Traceback" in serial[1][1].detail


def test_workers_store_their_entries(settings: Settings, pooled: list[int], counted: list[str]) -> None:
    cold = _analyse(settings)
    assert pooled == [2] and len(_entries(settings)) == 3
    counted.clear()
    assert _analyse(settings) == cold and counted == [] and pooled == [2]  # nothing left to analyse: no pool


def test_few_seeds_stay_in_this_process(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    called: list[int] = []
    monkeypatch.setattr(pipeline, "_analyse_in_pool", lambda *args: called.append(1))
    _analyse(dataclasses.replace(settings, cache_dir=None))
    assert called == [] and pipeline._workers(len(SEEDS)) == 1


# --- Configuration and the real build. ---------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [
    (None, ".cache/briefing"), (True, ".cache/briefing"), ("build-cache", "build-cache"),
    (False, None), ("off", None), ("OFF", None),
])
def test_the_cache_setting(tmp_path: Path, value: object, expected: str | None) -> None:
    (tmp_path / "seeds").mkdir()
    extra = {"briefing": {} if value is None else {"cache": value}}
    settings = load_settings(extra, str(tmp_path / "mkdocs.yml"), True)
    assert settings.cache_dir == (None if expected is None else (tmp_path / expected).resolve())


def test_a_bad_cache_setting_names_the_key(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    with pytest.raises(ConfigurationError, match=r"extra\.briefing\.cache.*folder path"):
        load_settings({"briefing": {"cache": 42}}, str(tmp_path / "mkdocs.yml"), True)


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_the_real_site_is_byte_identical_cold_warm_damaged_and_without_cache(tmp_path: Path) -> None:
    seeds, folder = ROOT / "seeds", tmp_path / "cache"
    sites = {}
    for run, value in [("off", "off"), ("cold", str(folder)), ("warm", str(folder)), ("damaged", str(folder))]:
        if run == "damaged":  # the site's entry too, so that the analyses' entries are read; compiled templates
            templates = list(folder.rglob(f"*{template_cache.SUFFIX}"))
            assert templates  # the theme's and the briefing templates', kept by the cold build
            modules = list(folder.rglob(f"briefing_site.pipeline.*{code_cache.SUFFIX}"))
            assert modules  # the steps' compiled code, kept where Python is told to write none
            for entry in [*folder.rglob(f"*{cache.SUFFIX}"), *folder.rglob(cache.SITE_ENTRY), *templates,
                          *folder.rglob(f"*{code_cache.SUFFIX}")]:
                _damage(entry, "truncated")
        result = build_site(seeds, tmp_path / run, ("BRIEFING_CACHE", value), ("PYTHONDONTWRITEBYTECODE", "1"))
        assert result.returncode == 0, result.stderr  # --strict: a bad entry is no warning
        sites[run] = _tree(tmp_path / run)
        if run == "cold":
            written = {p: p.stat().st_ino for p in folder.rglob(f"*{cache.SUFFIX}")}
            assert len(written) == len(list(seeds.glob("*.txt")))
        if run == "warm":  # every entry read, none written again
            assert {p: p.stat().st_ino for p in folder.rglob(f"*{cache.SUFFIX}")} == written
    assert sites["cold"] == sites["off"] and sites["warm"] == sites["off"] and sites["damaged"] == sites["off"]


def test_workers_that_cannot_start_leave_the_analysis_here(settings: Settings, pooled: list[int],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("cannot fork")

    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", broken)
    assert _analyse(settings) == _analyse(dataclasses.replace(settings, cache_dir=None)) and pooled == [2, 2]
    assert len(_entries(settings)) == 3  # stored by the serial fallback


def test_a_process_with_other_threads_is_not_forked() -> None:
    import threading

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert pipeline._workers(10_000) == 1  # `mkdocs serve` rebuilds: its server threads could deadlock a fork
    finally:
        stop.set()
        thread.join()
    assert pipeline._workers(10_000) == min(os.cpu_count() or 1, len(os.sched_getaffinity(0)))


def test_briefing_workers_caps_the_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    cores = len(os.sched_getaffinity(0))
    monkeypatch.setenv("BRIEFING_WORKERS", "1")
    assert pipeline._workers(10_000) == 1
    for junk in ("0", "-2", "two", ""):
        monkeypatch.setenv("BRIEFING_WORKERS", junk)
        assert pipeline._workers(10_000) == cores
    monkeypatch.setenv("BRIEFING_WORKERS", "64")
    assert pipeline._workers(10_000) == cores  # never more processes than cores


# --- What the analyses read back hold. --------------------------------------------------------------


def test_names_read_back_from_entries_are_shared_between_briefings(settings: Settings) -> None:
    """Each entry is a pickle of its own, and a pickle makes a new string for each one it reads:
    read back, the names, ids, kinds and mention words of different briefings are one string each
    (model.strings_shared), as they are when analysed in this process."""
    _analyse(settings)
    analyses, _ = _analyse(settings)  # from the entries
    entities = [e for a in analyses for e in a.entities]
    named: dict[str, list[object]] = {}
    for entity in entities:
        for text in (entity.id, entity.name, entity.type, *(m.text for m in entity.mentions)):
            named.setdefault(text, []).append(text)
    repeated = {text: held for text, held in named.items() if len(held) > 1}
    assert "baghdad" in repeated or "Baghdad" in repeated  # the fixture names it in several seeds
    assert all(all(one is held[0] for one in held) for held in repeated.values())
    reasons: dict[str, list[str]] = {}
    for analysis in analyses:
        for reason in analysis.kind.reasons:
            reasons.setdefault(reason, []).append(reason)
    assert all(all(one is held[0] for one in held) for held in reasons.values())


def test_shared_strings_change_no_value() -> None:
    from briefing_site.model import Entity, KindVerdict, Mention

    mention = Mention(3, 0, 7, "Baghdad")
    entity = Entity("baghdad", "Baghdad", "place", ("Bagdad",), (), (mention,), "the capital")
    kind = KindVerdict("news", "inferred", ("opens with a dateline: Baghdad (text, line 2)",))
    for value in (mention, entity, kind):
        again = pickle.loads(pickle.dumps(value, protocol=5))
        assert again == value and hash(again) == hash(value) and type(again) is type(value)
    assert pickle.loads(pickle.dumps(entity)).name is sys.intern("Baghdad")


def test_pickling_code_written_for_the_fields_gives_the_pickles_dataclasses_gives() -> None:
    """model._pickled_by_code: the state dataclasses' own methods give (so the same pickles), the
    same value back, the named fields as shared strings, and a state of the wrong length refused."""
    from briefing_site import model

    @dataclasses.dataclass(frozen=True, slots=True)
    class Plain:
        name: str
        count: int
        parts: tuple[str, ...]

    @dataclasses.dataclass(frozen=True, slots=True)
    class Quick:  # the same fields
        name: str
        count: int
        parts: tuple[str, ...]

    model._pickled_by_code(Quick, ("name", "parts"))
    made = "".join(["Ba", "ghdad"])  # a string made at run time, not the interned literal
    plain, quick = Plain(made, 3, (made, "x")), Quick(made, 3, (made, "x"))
    state = quick.__getstate__()  # type: ignore[attr-defined]
    assert quick.__reduce_ex__(5)[2] == plain.__reduce_ex__(5)[2] == state  # what pickle writes of each
    back = object.__new__(Quick)
    back.__setstate__(state)  # type: ignore[attr-defined]
    assert back == quick and back.name is sys.intern("Baghdad") and back.parts[0] is sys.intern("Baghdad")
    with pytest.raises(ValueError):
        object.__new__(Quick).__setstate__(state[:2])  # type: ignore[attr-defined]


def test_every_model_dataclass_reads_back_equal(settings: Settings) -> None:
    """Whole analyses, through the written pickling code of every class they hold: equal read back."""
    analyses, _ = _analyse(settings)
    for analysis in analyses:
        assert pickle.loads(pickle.dumps(analysis, protocol=5)) == analysis
