"""Pages kept in the build's spool file (spool.py): the same bytes as in memory, whoever reads them.

A page made during a build is in the spool, one made outside is its bytes; either is equal to the
other, pickles as bytes, and survives a cache entry (its pages after the pickle, copied into the
reading build's spool, or into memory outside a build) and the trip from a forked child.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from briefing_site import inputs, isolated, pipeline, site_cache
from briefing_site.model import GeneratedFile, Settings
from briefing_site.spool import (
    Spool,
    Spooled,
    TransferPickler,
    TransferUnpickler,
    keep_pieces,
    open_spool,
    spooling,
)
from briefing_site.structured import PageFile, PageHead
from conftest import FIXTURE_SEEDS

PAGES = {"a.md": "# Alpha\n\n" + "Border talks in Baghdad. " * 40, "b/c.md": "<p>Ünïcode &amp; \udcff</p>",
         "empty.md": ""}


def _files() -> list[GeneratedFile]:
    return [GeneratedFile(path, content, title=path.upper()) for path, content in PAGES.items()]


def test_a_page_made_in_a_build_is_in_the_spool_and_reads_the_same() -> None:
    outside = _files()
    with spooling(Spool()):
        inside = _files()
    assert all(isinstance(f.stored, bytes) for f in outside)
    assert all(isinstance(f.stored, Spooled) for f in inside)
    assert [f.content for f in inside] == list(PAGES.values())
    assert inside == outside and [hash(f) for f in inside] == [hash(f) for f in outside]
    assert [f.packed for f in inside] == [f.packed for f in outside]


def test_a_streamed_file_and_a_page_file_are_spooled_too() -> None:
    with spooling(Spool()):
        streamed = GeneratedFile.streamed("briefing.json", iter(['{"a":', ' "ü"}']))
        page = PageFile("p.md", "<p>x</p>", "P", PageHead(description="d"))
    assert isinstance(streamed.stored, Spooled) and streamed.content == '{"a": "ü"}'
    assert isinstance(page.stored, Spooled) and page.content == "<p>x</p>" and page.head.description == "d"


def test_a_spooled_page_pickles_as_its_bytes() -> None:
    with spooling(Spool()):
        files = _files()
    copied = pickle.loads(pickle.dumps(files, protocol=5))
    assert all(isinstance(f.stored, bytes) for f in copied) and copied == files


def test_spools_are_separate_and_nested_builds_use_the_innermost() -> None:
    first, second = Spool(), Spool()
    with spooling(first):
        a = GeneratedFile("a.md", "first")
        with spooling(second):
            b = GeneratedFile("b.md", "second")
        c = GeneratedFile("c.md", "third")
    assert a.stored.source is first and b.stored.source is second and c.stored.source is first  # type: ignore[union-attr]
    assert (a.content, b.content, c.content) == ("first", "second", "third")
    assert isinstance(GeneratedFile("d.md", "after").stored, bytes)


def _entry(value: object) -> io.BytesIO:
    file = io.BytesIO()
    site_cache.write_entry(file, value, b"key", b"magic 1")
    file.seek(0)
    return file


@pytest.mark.parametrize("read_in_a_build", [True, False])
def test_a_cache_entry_keeps_its_pages_after_the_pickle(read_in_a_build: bool) -> None:
    with spooling(Spool()):
        files = _files()
    entry = _entry({"files": files, "more": [files[0]]})
    assert zlib.compress(PAGES["a.md"].encode(), 1) in entry.getvalue()  # the bytes, not a place
    reading = Spool()
    if read_in_a_build:
        with spooling(reading):
            value = site_cache.read_entry(entry, b"key", b"magic 1")
    else:
        value = site_cache.read_entry(entry, b"key", b"magic 1")
    assert isinstance(value, dict) and value["files"] == files and value["more"] == [files[0]]
    sources = {type(f.stored.source).__name__ for f in value["files"]}  # type: ignore[union-attr]
    assert sources == {"_Section"}
    placed = value["files"][0].stored.offset_in(reading)
    assert (placed is not None) == read_in_a_build


def test_a_cache_entry_of_pages_in_memory_reads_the_same() -> None:
    files = _files()
    assert site_cache.read_entry(_entry(files), b"key", b"magic 1") == files


def test_a_cut_entry_is_refused_before_its_pages_are_placed() -> None:
    with spooling(Spool()):
        files = _files()
    data = _entry(files).getvalue()
    with pytest.raises(site_cache.BadEntry):
        site_cache.read_entry(io.BytesIO(data[:-5]), b"key", b"magic 1")


class _Forger(pickle.Pickler):
    """Pickles the string "x" as a page of a million bytes (the section holds none)."""

    def persistent_id(self, obj: object) -> object:
        return ("page", 0, 10**6) if obj == "x" else None


def _forged_entry(value: object) -> io.BytesIO:
    """An entry whose payload is value pickled by _Forger, with a checksum that matches it."""
    payload = io.BytesIO()
    _Forger(payload, protocol=5).dump(value)
    data = payload.getvalue()
    check = site_cache._check_line(hashlib.sha256(data).hexdigest(), len(data))
    return io.BytesIO(b"magic 1\n" + hashlib.sha256(b"key").hexdigest().encode() + b"\n" + check + data)


def test_an_entry_cannot_name_a_page_outside_it() -> None:
    with pytest.raises(site_cache.BadEntry, match="outside"):
        site_cache.read_entry(_forged_entry(("x",)), b"key", b"magic 1")
    assert site_cache.read_entry(_forged_entry(("y",)), b"key", b"magic 1") == ("y",)  # the forger's entries read


def test_pages_cross_to_a_parent_by_place() -> None:
    spool = Spool()
    with spooling(spool):
        files = _files()
    result = io.BytesIO()
    TransferPickler(result, spool, 5).dump(files)
    assert zlib.compress(PAGES["a.md"].encode(), 1) not in result.getvalue()  # places only
    result.seek(0)
    back = TransferUnpickler(result, spool).load()
    assert back == files and all(f.stored.source is spool for f in back)


def test_a_page_from_an_entry_read_outside_a_build_is_copied_into_the_transfer_spool() -> None:
    files = site_cache.read_entry(_entry(_files()), b"key", b"magic 1")
    spool = Spool()
    result = io.BytesIO()
    TransferPickler(result, spool, 5).dump(files)
    result.seek(0)
    assert TransferUnpickler(result, spool).load() == files


@pytest.mark.skipif(not isolated.can_fork(), reason="no fork here")
def test_a_child_writes_its_pages_into_the_parents_spool(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "alpha.txt").write_text("Border talks in Baghdad\n\nOfficials met in Baghdad on Monday.\n")
    settings = Settings(seeds_dir=seeds, cache_dir=None)
    before = os.listdir(tmp_path)
    child = isolated.build_site_isolated(settings)
    here = pipeline.build_site(settings)
    assert {f.path: f.content for f in child.files} == {f.path: f.content for f in here.files}
    assert all(isinstance(f.stored, Spooled) for f in child.files)
    assert os.listdir(tmp_path) == before  # the spool is an unnamed file: nothing left in any folder


def test_without_a_temporary_file_the_pages_stay_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "alpha.txt").write_text("Border talks in Baghdad\n\nOfficials met in Baghdad on Monday.\n")
    settings = Settings(seeds_dir=seeds, cache_dir=None)
    spooled = pipeline.build_site(settings)

    def no_file(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tempfile.mkstemp", no_file)
    child = isolated.build_site_isolated(settings)  # in a child when it can fork, else here
    assert all(isinstance(f.stored, bytes) for f in child.files)
    assert {f.path: f.content for f in child.files} == {f.path: f.content for f in spooled.files}


def test_a_spool_that_cannot_take_a_page_leaves_it_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    spool = Spool()

    def full(*args: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "pwrite", full)
    with spooling(spool):
        page = GeneratedFile("a.md", "text")
    assert page.stored == zlib.compress(b"text", 1) and isinstance(page.stored, bytes)


def _pieces() -> list[bytes]:
    return [b"", b"one ", b"", b"two " * 1000, b"three"]


def test_pieces_are_spooled_one_after_another_without_being_joined() -> None:
    spool = Spool()
    with spooling(spool):
        before = GeneratedFile("a.md", "before")
        kept = keep_pieces(iter(_pieces()))
        after = GeneratedFile("b.md", "after")
    assert isinstance(kept, Spooled) and kept.read() == b"".join(_pieces())
    assert before.content == "before" and after.content == "after"
    assert keep_pieces(iter(_pieces())) == b"".join(_pieces())  # outside a build: in memory


def test_pieces_the_spool_stops_taking_are_joined_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    spool, written = Spool(), []
    pwrite = os.pwrite

    def full_after_two(fd: int, data: bytes, at: int) -> int:
        if len(written) == 2:
            raise OSError(28, "No space left on device")
        written.append(bytes(data))
        return pwrite(fd, data, at)

    monkeypatch.setattr(os, "pwrite", full_after_two)
    with spooling(spool):
        kept = keep_pieces(iter(_pieces()))
    assert isinstance(kept, bytes) and kept == b"".join(_pieces())


def test_pieces_stay_in_one_run_when_something_else_is_spooled_meanwhile() -> None:
    spool = Spool()

    def pieces_that_make_a_page() -> Iterator[bytes]:
        yield b"first "
        GeneratedFile("inner.md", "a page made while the pieces come")
        yield b"second"

    with spooling(spool):
        kept = keep_pieces(pieces_that_make_a_page())
    assert kept == b"first second"


def test_without_reads_and_writes_by_place_there_is_no_spool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "pwrite")
    assert open_spool() is None
    with spooling(open_spool()):
        assert isinstance(GeneratedFile("a.md", "text").stored, bytes)


def test_a_worker_never_writes_to_the_build_s_spool(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The spool's file is shared with the process that forked the workers, which appends to it
    meanwhile: whatever analysis keeps in a worker stays in that worker's memory."""
    import os

    from briefing_site import pipeline, spool

    analyse_as_made = pipeline.analyse

    def keeping(*args):  # type: ignore[no-untyped-def]
        spool.keep(b"made in a worker")
        return analyse_as_made(*args)
    monkeypatch.setattr(pipeline, "analyse", keeping)
    from pathlib import Path

    from briefing_site.model import Analysis, RawSeed, Settings
    raws = [RawSeed(f"{n}.txt", f"Talks\n\nOfficials met in Ankara on {n} May 2024 and signed a deal.\n", "0" * 64,
                    "utf-8", {}, "", 1) for n in (1, 2)]
    build_spool = spool.open_spool()
    assert build_spool is not None
    with spool.spooling(build_spool):
        packed = pipeline._analyse_chunk_in_worker(raws, Settings(seeds_dir=Path("seeds")), (None, 0.0), None)
    outcomes = pipeline._unpacked(packed)
    assert os.lseek(build_spool.fd, 0, os.SEEK_END) == 0
    assert all(isinstance(a, Analysis) and isinstance(a.export_part, bytes) for a in outcomes)


def test_a_build_holds_its_analyses_export_parts_in_the_spool() -> None:
    """What the export alone reads (Analysis.export_part) waits in the build's spool, and the record
    made from it is the same; not when the analyses are remembered (`mkdocs serve`: each build's
    spool would stay open), nor outside a build."""
    from briefing_site.export import export_record
    from briefing_site.reading import discover_seeds

    settings = Settings(seeds_dir=FIXTURE_SEEDS)
    knowledge, version = pipeline._knowledge(settings)
    reads = inputs.read_all(discover_seeds(settings.seeds_dir)[0], settings)
    in_memory, _ = pipeline._analyse_all(reads, settings, knowledge, version, remember=False)
    build_spool = open_spool()
    assert build_spool is not None
    with spooling(build_spool):
        held, _ = pipeline._analyse_all(reads, settings, knowledge, version, remember=False)
        remembered, _ = pipeline._analyse_all(reads, settings, knowledge, version, remember=True)
    pipeline._CACHE.clear()
    assert held and all(isinstance(a.export_part, Spooled) for a in held)
    assert all(isinstance(a.export_part, bytes) for a in (*in_memory, *remembered))
    for kept, made in zip(held, in_memory, strict=True):
        assert kept.export_part == made.export_part
        assert export_record(kept, (), settings).text == export_record(made, (), settings).text
