"""The search plugin's entries for generated pages kept between builds (hooks/briefing_search.py).

Entries are reused only under a hash of everything the plugin reads of a page; a file that is not
whole, not this code's or not this Material version's is ignored. The site is byte-identical with
reused entries, with a damaged file and without the cache (tests/test_cache.py builds it all ways).
"""

from __future__ import annotations

import json
import zlib
from hashlib import sha256
from pathlib import Path
from types import SimpleNamespace

import pytest
from briefing_search import SEARCH_ENTRIES, SearchMemo, _decode, _encode, page_key
from briefing_site.cache import BadEntry
from conftest import ROOT, build_site
from markupsafe import Markup

ENTRIES = {"k1": [{"location": "briefings/a/", "title": "A", "text": "<p>Türkiye</p>"}], "k2": []}


def _page(url: str = "briefings/a/", title: str = "A") -> SimpleNamespace:
    return SimpleNamespace(url=url, title=Markup(title), meta={"title": Markup(title)}, toc=[])


def test_entries_round_trip_and_only_this_build_s_are_written(tmp_path: Path) -> None:
    (tmp_path / SEARCH_ENTRIES).write_bytes(_encode(ENTRIES))
    memo = SearchMemo()
    memo.open(tmp_path)
    assert memo.stored("k1") == ENTRIES["k1"] and memo.stored("missing") is None and memo.reused == 1
    memo.keep("k3", [{"location": "x/", "title": "X", "text": ""}])
    memo.save()
    again = SearchMemo()
    again.open(tmp_path)
    assert again.stored("k2") is None  # not used by the last build: gone
    assert again.stored("k1") == ENTRIES["k1"] and again.stored("k3") == [{"location": "x/", "title": "X", "text": ""}]


def test_a_build_that_reused_every_stored_page_and_no_other_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    def build(*keys: str, made: str | None = None) -> int:
        memo = SearchMemo()
        memo.open(tmp_path)
        for key in keys:
            memo.stored(key)
        if made is not None:
            memo.keep(made, [{"location": "x/", "title": "X", "text": ""}])
        memo.save()
        return (tmp_path / SEARCH_ENTRIES).stat().st_ino  # written anew: another file (write_atomic)
    (tmp_path / SEARCH_ENTRIES).write_bytes(_encode(ENTRIES))
    first = (tmp_path / SEARCH_ENTRIES).stat().st_ino
    assert build("k1", "k2") == first  # the same entries: not written again
    assert build("k1", "k2", made="k3") != first  # a page's entries made anew: written
    kept = (tmp_path / SEARCH_ENTRIES).stat().st_ino
    assert build("k1", "k2") != kept  # k3 is gone from the site: written without it
    memo = SearchMemo()
    memo.open(tmp_path)
    assert memo.stored("k3") is None and memo.stored("k1") == ENTRIES["k1"]


@pytest.mark.parametrize("damage", ["truncated", "checksum", "other material", "not a map", "not json"])
def test_a_file_that_is_not_whole_or_not_ours_is_refused(damage: str) -> None:
    data = _encode(ENTRIES)
    wrapper = json.loads(data)
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "checksum":
        data = json.dumps({**wrapper, "entries": wrapper["entries"].replace("Türkiye", "Turkey")}).encode()
    elif damage == "other material":
        data = json.dumps({**wrapper, "material": "0.0.1"}).encode()
    elif damage == "not a map":
        payload = json.dumps([1, 2])
        data = json.dumps({**wrapper, "entries": payload, "sha256": sha256(payload.encode()).hexdigest()}).encode()
    else:
        data = b"\x00\x01 not json"
    with pytest.raises((BadEntry, ValueError)):
        _decode(data)


def test_an_unusable_file_is_a_miss_not_a_failure(tmp_path: Path) -> None:
    (tmp_path / SEARCH_ENTRIES).write_bytes(b"{broken")
    memo = SearchMemo()
    memo.open(tmp_path)
    assert memo.stored("k1") is None


def test_the_key_covers_what_the_plugin_reads() -> None:
    made_of = ("<h1>A</h1><p>BRIEFINGBLOCK000000</p>", zlib.compress(b"# A\n\n<p>a</p>\n"))
    base = page_key(_page(), made_of)
    assert page_key(_page(), made_of) == base
    other_text = (made_of[0], zlib.compress(b"# A\n\n<p>b</p>\n"))
    other_headings = ("<h1>B</h1><p>BRIEFINGBLOCK000000</p>", made_of[1])
    assert len({base, page_key(_page(), other_text), page_key(_page(), other_headings),
                page_key(_page(url="briefings/b/"), made_of), page_key(_page(title="B"), made_of)}) == 5


def test_a_kept_page_is_not_read_and_a_new_one_is_given_to_the_plugin(tmp_path: Path) -> None:
    made_of = ("<h1>A</h1><p>BRIEFINGBLOCK000000</p>", zlib.compress(b"# A\n\n<p>a</p>\n"))
    page = SimpleNamespace(**vars(_page()), content="<p>to index</p>", file=SimpleNamespace(src_uri="briefings/a.md"))
    (tmp_path / SEARCH_ENTRIES).write_bytes(_encode({page_key(page, made_of): ENTRIES["k1"]}))
    memo = SearchMemo()
    memo.open(tmp_path)
    entries: list[dict] = []
    assert memo.before(page, entries, made_of) and page.content == ""  # the plugin parses nothing
    memo.after(page, entries)
    assert entries == ENTRIES["k1"]
    page.content = "<p>to index</p>"
    assert not memo.before(page, entries, (made_of[0], zlib.compress(b"# A\n\n<p>new</p>\n")))
    assert page.content == "<p>to index</p>"  # left for the caller to cut and the plugin to read


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_reused_entries_give_the_same_site(tmp_path: Path) -> None:
    cache = ("BRIEFING_CACHE", str(tmp_path / "cache"))
    off = build_site(ROOT / "seeds", tmp_path / "off")
    first = build_site(ROOT / "seeds", tmp_path / "first", cache)
    for entry in (tmp_path / "cache").rglob("site.build"):
        entry.unlink()  # so the second build renders the pages again and meets the kept entries
    second = build_site(ROOT / "seeds", tmp_path / "second", cache, verbose=True)
    assert off.returncode == first.returncode == second.returncode == 0, second.stderr
    assert "pages' search entries kept from the last build" in second.stderr
    assert " 0 pages' search entries kept" not in second.stderr
    assert _tree(tmp_path / "off") == _tree(tmp_path / "first") == _tree(tmp_path / "second")
