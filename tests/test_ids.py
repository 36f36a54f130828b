"""Step 4b: ids (URL names) are stable and unique, and a lost URL is always a named problem."""

from __future__ import annotations

import random

import pytest
from briefing_site.ids import Claim, assign_ids, path_id, slugify


def _ids(*claims: Claim) -> tuple[dict[str, str], list[tuple[str, str]]]:
    ids, problems = assign_ids(list(claims))
    assert all(p.kept and p.step == "ids" for p in problems)
    return ids, [(p.source_file, p.message) for p in problems]


def test_ids_come_from_paths() -> None:
    ids, problems = _ids(Claim("Sub Folder/Ça va.md"), Claim("b.txt"), Claim("a/x.txt"))
    assert ids == {"Sub Folder/Ça va.md": "sub-folder--ca-va", "b.txt": "b", "a/x.txt": "a--x"}
    assert problems == []


def test_a_suffix_in_capitals_is_no_part_of_the_id() -> None:  # the reader takes 'NOTES.TXT' as a seed
    assert [path_id(p) for p in ("NOTES.TXT", "Report.Md", "a.txt.bak.txt", "plain.text")] == [
        "notes", "report", "a-txt-bak", "plain-text"]


def test_a_declared_slug_wins_and_the_seed_it_displaces_is_told() -> None:
    ids, problems = _ids(Claim("foo.txt"), Claim("z-declares.md", "foo", 2))
    assert ids["z-declares.md"] == "foo"
    assert ids["foo.txt"].startswith("foo-") and len(ids["foo.txt"]) == len("foo-") + 8
    assert problems == [("foo.txt", "would be at briefings/foo/, which z-declares.md already has")]


def test_a_slug_declared_twice_the_second_keeps_its_path_url() -> None:
    ids, problems = _ids(Claim("b/x.txt", "bread", 3), Claim("a/x.txt", "bread", 2))
    assert ids == {"a/x.txt": "bread", "b/x.txt": "b--x"}  # the first in path order keeps the slug
    assert problems == [("b/x.txt", "declares slug 'bread', which a/x.txt already declares")]


def test_two_paths_with_one_id() -> None:
    ids, problems = _ids(Claim("name with spaces.txt"), Claim("name-with-spaces.txt"))
    assert ids["name with spaces.txt"] == "name-with-spaces"  # first in path order (' ' < '-')
    assert ids["name-with-spaces.txt"].startswith("name-with-spaces-")
    assert problems == [("name-with-spaces.txt",
                         "would be at briefings/name-with-spaces/, which name with spaces.txt already has")]


def test_index_is_never_given() -> None:
    ids, problems = _ids(Claim("index.txt"), Claim("other.md", "index", 2))
    assert "index" not in ids.values()
    assert ids["other.md"] == "other"
    assert problems == [("other.md", "declares slug 'index', which is the list of briefings")]


def test_ids_do_not_depend_on_the_order_files_are_found() -> None:
    claims = [Claim("a b.txt"), Claim("a-b.txt"), Claim("c.md", "a-b"), Claim("d.md", "a-b"), Claim("A B.md")]
    first = assign_ids(claims)
    for seed in range(5):
        shuffled = claims[:]
        random.Random(seed).shuffle(shuffled)
        assert assign_ids(shuffled) == first
    assert len(set(first[0].values())) == len(claims)


@pytest.mark.parametrize("path", ["!!!.txt", "ñ/…/.txt", "bad\\x1b.txt", "\udcff.txt"])
def test_path_ids_are_url_safe_even_for_odd_names(path: str) -> None:
    assert slugify(path).replace("-", "").isalnum()
    assert path_id(path).isascii()


def test_long_names_alike_in_their_first_80_characters_are_two_ids_without_a_warning() -> None:
    """Cut at 80 characters, '...-part-1' and '...-part-2' asked for one URL: a clash warning that
    failed --strict for nothing the maintainer did wrong."""
    stem = "turkey-iraq-security-cooperation-agreement-signed-in-baghdad-after-long-talks-between-ministers"
    ids, problems = assign_ids([Claim(f"{stem}-part-1.txt"), Claim(f"{stem}-part-2.txt")])
    assert problems == [] and len(set(ids.values())) == 2
    assert all(len(i) == 80 and i.startswith(stem[:60]) for i in ids.values())
    assert path_id("short name.txt") == "short-name"  # ids of 80 characters or fewer are as they were
