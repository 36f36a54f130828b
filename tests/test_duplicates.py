"""Across sources: one story, many outlets. Versions of one report group; other stories do not.

The texts are written for these tests: one wire report, an outlet's rewrite of it, another story
with the same actors and background paragraph, and a follow-up that repeats most of the first
report under a new lead.
"""

from __future__ import annotations

import dataclasses
import random
import zlib
from pathlib import Path

import pytest
from briefing_site import duplicates
from briefing_site.duplicates import find_duplicates
from briefing_site.knowledge import load_knowledge
from briefing_site.model import Analysis, RawSeed, Settings
from briefing_site.pipeline import analyse
from conftest import with_ids
from hypothesis import given, settings
from hypothesis import strategies as st

BACKGROUND = (
    "The PKK, which has waged an insurgency against the Turkish state since 1984, is listed as a terrorist "
    "organisation by Türkiye, the United States and the European Union. "
)
SIGNING = (
    "The agreement was signed by Turkish Foreign Minister Hakan Fidan and his Iraqi counterpart Fuad Hussein "
    "after talks that lasted most of the day. "
    "Under the memorandum, the two countries will set up a joint coordination centre in Baghdad and a "
    "training base near Bashiqa. "
    "Fidan told reporters the deal marked a new stage in relations between the two neighbours. "
    "Hussein said Iraq would not allow its territory to be used for attacks on Türkiye. "
)
WIRE = (
    "Türkiye and Iraq sign security memorandum\n\n"
    "Türkiye and Iraq signed a memorandum of understanding on security cooperation in Ankara on Thursday, "
    "pledging to act together against the Kurdistan Workers' Party (PKK). "
    + SIGNING + BACKGROUND + "Its fighters are based in the mountains of northern Iraq, close to the border.\n"
)
# Another outlet's version: its own headline, a few words changed, a line added, the last one cut.
REWRITE = (
    "Iraq and Türkiye agree joint fight against PKK\n\n"
    "Türkiye and Iraq signed a memorandum of understanding on security cooperation in Ankara on Thursday, "
    "pledging to work together against the outlawed Kurdistan Workers' Party (PKK). "
    "The agreement was signed by Turkish Foreign Minister Hakan Fidan and Iraqi Foreign Minister Fuad Hussein "
    "after talks that lasted most of the day. "
    "Under the memorandum, the two countries will set up a joint coordination centre in Baghdad and a "
    "training base near Bashiqa. "
    "Fidan told reporters the agreement marked a new stage in relations between the two neighbours. "
    "Hussein said Baghdad would not allow its territory to be used for attacks on Türkiye. "
    "Kurdish officials in Erbil did not comment on the agreement. " + BACKGROUND + "\n"
)
# Same actors, same background paragraph, another happening.
STRIKE = (
    "Turkish drones strike PKK positions in northern Iraq\n\n"
    "Turkish drones struck PKK positions in the Qandil mountains of northern Iraq on Saturday, killing at "
    "least six fighters, the defence ministry in Ankara said. "
    "Iraqi Foreign Minister Fuad Hussein condemned the strikes as a violation of Iraqi sovereignty and "
    "summoned the Turkish ambassador in Baghdad. "
    "Turkish Foreign Minister Hakan Fidan said Türkiye would keep acting against the PKK wherever its "
    "fighters were. "
    "Residents of two nearby villages said houses had been damaged. "
    + BACKGROUND + "Its fighters are based in the mountains of northern Iraq, close to the border.\n"
)
# Most of the first report again, under a new lead: a later happening, not another version.
FOLLOW_UP = (
    "Iraqi parliament backs Türkiye memorandum\n\n"
    "Iraq's parliament voted on Monday to approve the security memorandum with Türkiye, after a debate in "
    "which Kurdish members walked out in protest. "
    + SIGNING + BACKGROUND + "Its fighters are based in the mountains of northern Iraq, close to the border.\n"
)


def _analysis(source_file: str, text: str, published: str | None = None) -> Analysis:
    declared: dict[str, object] = {"date": published} if published else {}
    raw = RawSeed(source_file, text, "0" * 64, "utf-8", declared, "front matter" if declared else "", 1)
    return analyse(raw, Settings(seeds_dir=Path("seeds")), load_knowledge(None))


def _groups(*seeds: tuple[str, str] | tuple[str, str, str]) -> list[tuple[str, ...]]:
    analyses = with_ids([_analysis(*seed) for seed in seeds])[0]
    return [g.briefings for g in find_duplicates(analyses)]


def test_two_outlets_versions_of_one_wire_report_group() -> None:
    analyses = with_ids([_analysis("wire.txt", WIRE), _analysis("rewrite.txt", REWRITE)])[0]
    (group,) = find_duplicates(analyses)
    assert group.briefings == ("rewrite", "wire")  # undated: path order
    assert 0.5 <= group.similarity < 0.9


def test_another_story_with_the_same_actors_and_background_does_not_group() -> None:
    assert _groups(("wire.txt", WIRE), ("strike.txt", STRIKE)) == []
    assert _groups(("rewrite.txt", REWRITE), ("strike.txt", STRIKE)) == []


def test_a_follow_up_under_a_new_lead_does_not_group() -> None:
    # Most of its text is the first report's, but it opens with another happening.
    assert _groups(("wire.txt", WIRE), ("follow-up.txt", FOLLOW_UP)) == []


def test_the_same_text_saved_twice_groups_whatever_its_headline() -> None:
    copy = "Security pact signed\n\n" + WIRE.split("\n\n", 1)[1]
    analyses = with_ids([_analysis("b/copy.txt", copy), _analysis("a/wire.txt", WIRE)])[0]
    (group,) = find_duplicates(analyses)
    assert group.briefings == ("a--wire", "b--copy") and group.similarity == 1.0


def test_first_is_the_earliest_published_then_path_order() -> None:
    assert _groups(("a.txt", WIRE, "2024-08-16"), ("b.txt", REWRITE, "2024-08-15")) == [("b", "a")]
    assert _groups(("a.txt", WIRE), ("b.txt", REWRITE, "2024-08-15")) == [("b", "a")]  # undated last
    assert _groups(("b.txt", WIRE), ("a.txt", REWRITE), ("c.txt", WIRE)) == [("a", "b", "c")]


def test_versions_published_far_apart_are_follow_ups_but_a_copy_is_a_copy() -> None:
    assert _groups(("a.txt", WIRE, "2024-08-15"), ("b.txt", REWRITE, "2024-08-30")) == []
    assert _groups(("a.txt", WIRE, "2024-08-15"), ("b.txt", WIRE, "2024-08-30")) == [("a", "b")]


def test_groups_do_not_depend_on_input_order() -> None:
    analyses = with_ids([_analysis(f"{name}.txt", text) for name, text in
                         [("wire", WIRE), ("rewrite", REWRITE), ("strike", STRIKE), ("follow", FOLLOW_UP),
                          ("copy", WIRE)]])[0]
    expected = find_duplicates(analyses)
    assert [g.briefings for g in expected] == [("copy", "rewrite", "wire")]
    shuffled = list(analyses)
    random.Random(7).shuffle(shuffled)
    assert find_duplicates(shuffled) == expected


def test_shingles_fold_case_and_accents_and_use_a_stable_hash() -> None:
    shingles, lead = duplicates._shingles(_analysis("wire.txt", WIRE))
    assert zlib.crc32(b"turkiye and iraq signed a") in shingles  # never Python's salted hash()
    assert zlib.crc32(b"turkiye and iraq signed a") in lead


def test_shingles_made_with_the_analysis_give_the_same_groups_and_whole_sets_only_for_pairs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    other = "Harbour water\n\nPollution in the harbour of Vell doubled over a decade, the trust said in a report.\n"
    analyses = with_ids([_analysis(f"{name}.txt", text) for name, text in
                         [("wire", WIRE), ("rewrite", REWRITE), ("strike", STRIKE), ("follow", FOLLOW_UP),
                          ("other", other)]])[0]
    assert all(a.cross_inputs is not None for a in analyses)
    pairs = duplicates._candidates([duplicates._text(a).sample for a in analyses])
    checked = {analyses[i].id for pair in pairs for i in pair}
    expected = find_duplicates([dataclasses.replace(a, cross_inputs=None) for a in analyses])
    made: list[str] = []
    whole_set = duplicates._whole_set

    def counted(analysis: Analysis) -> object:
        made.append(analysis.id)
        return whole_set(analysis)

    def hashed_again(analysis: Analysis) -> object:
        raise AssertionError(f"{analysis.id}'s text hashed again")
    monkeypatch.setattr(duplicates, "_whole_set", counted)
    monkeypatch.setattr(duplicates, "_shingles", hashed_again)  # the sets come from the cross inputs
    assert find_duplicates(analyses) == expected and [g.briefings for g in expected] == [("rewrite", "wire")]
    assert set(made) == checked and "other" not in checked  # whole sets only for briefings in a pair checked


def test_no_body_and_no_briefings_give_no_groups() -> None:
    assert find_duplicates([]) == ()
    assert _groups(("a.txt", "Title only\n"), ("b.txt", "Title only\n")) == []


def test_candidates_are_bounded_when_every_briefing_shares_a_stock_phrase() -> None:
    # 300 briefings sharing 200 sampled shingles (a long boilerplate), each with 100 of its own:
    # all 44,850 pairs look alike, but each briefing is paired with its next few holders only.
    stock = {4 * i for i in range(200)}
    texts = [stock | {4 * (1000 + 100 * n + i) for i in range(100)} for n in range(300)]
    pairs = duplicates._candidates(texts)
    assert len(texts) <= len(pairs) <= len(texts) * duplicates.POSTING_WINDOW
    assert all(a < b for a, b in pairs)


@pytest.mark.parametrize("size", [8, 30])
def test_a_short_text_saved_twice_groups(size: int) -> None:
    words = " ".join(f"word{i}" for i in range(size))
    text = f"Short note\n\nThe note says {words} and nothing more.\n"
    assert _groups(("a.txt", text), ("b.txt", text)) == [("a", "b")]


def _postings_one_dict(samples: list[list[int]]) -> list[list[int]]:
    """The postings as one dict of every sample's first holder finds them (what _postings replaced)."""
    first: dict[int, int] = {}
    holders: dict[int, list[int]] = {}
    for index, sample in enumerate(samples):
        for h in sample:
            holder = first.setdefault(h, index)
            if holder != index:
                holders.setdefault(h, [holder]).append(index)
    return list(holders.values())


@given(st.lists(st.sets(st.sampled_from([0, 4, 8, 2**30, 2**30 - 4, 2**31, 2**32 - 4, 1 << 31 | 4, 3 * 2**30]))
                | st.sets(st.integers(0, 2**30 - 1).map(lambda n: 4 * n), max_size=20), max_size=12),
       st.randoms())
@settings(max_examples=300, deadline=None)
def test_postings_by_hash_range_are_the_one_dict_s(sets: list[set[int]], shuffle: random.Random) -> None:
    """Through the hash range in parts, sorted or not (a part is a slice of a sorted sample): the
    same holders for the same samples, hashes on the parts' edges included."""
    from array import array

    samples = [sorted(s) if shuffle.random() < 0.5 else shuffle.sample(sorted(s), len(s)) for s in sets]
    found = duplicates._postings([array("I", s) for s in samples])
    assert sorted(found) == sorted(_postings_one_dict(samples))
    assert all(holders == sorted(set(holders)) and len(holders) > 1 for holders in found)


def test_candidate_pairs_are_those_the_windows_over_all_postings_give() -> None:
    """Each briefing's pairs are counted in turn (not every pair held at once, which grew tenfold for
    fourfold seeds of formulaic text): the pairs are the same as counting them all together."""
    from array import array
    from collections import Counter

    from briefing_site.duplicates import POSTING_WINDOW, SAME_STORY, _candidates, _postings

    rng = random.Random(5)
    stock = [rng.randrange(1 << 30) * 4 for _ in range(60)]  # hashes 0 mod 4: sampled shingles
    samples = [array("I", sorted(set(rng.sample(stock, rng.randint(3, 30))))) for _ in range(120)]
    together: Counter[tuple[int, int]] = Counter()
    for holders in _postings(samples):
        for position, a in enumerate(holders):
            together.update((a, b) for b in holders[position + 1:position + 1 + POSTING_WINDOW])
    expected = {pair for pair, n in together.items()
                if n >= SAME_STORY / 2 * min(len(samples[pair[0]]), len(samples[pair[1]]))}
    found = _candidates(samples)
    assert len(found) == len(set(found)) and set(found) == expected and len(expected) > 100
