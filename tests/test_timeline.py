"""The timeline in pages (timeline.py): how events are cut into parts, and the parts in a real
build: every event on exactly one part, the parts linked to each other, off the nav."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from briefing_site.model import Event, EventReport, SentenceRef, Settings
from briefing_site.pipeline import build_site as build_pages
from briefing_site.timeline import pager, part_path, timeline_parts
from conftest import ROOT, build_site, project_config


def _event(key: str, value: str | None) -> Event:
    report = EventReport(SentenceRef("a", 0), "", value, "day" if value else "undated")
    return Event(key, value, "day" if value else "undated", key, (), (), (report,))


def test_dated_events_come_by_date_then_the_undated_in_their_order() -> None:
    events = [_event("u1", None), _event("late", "2024-05-01"), _event("u2", None), _event("early", "1999-01-02"),
              _event("mid", "2003")]
    parts = timeline_parts(events, per_page=2)
    assert [[e.id for e in (*p.dated, *p.undated)] for p in parts] == [["early", "mid"], ["late"], ["u1", "u2"]]
    assert [p.path for p in parts] == ["timeline.md", "timeline/2.md", "timeline/3.md"]
    assert [p.label for p in parts] == ["1999–2003", "2024", "undated"]  # the undated fit a page: not split


def test_parts_are_cut_where_the_year_changes() -> None:
    events = [_event(f"{year}-{n}", f"{year}-0{n + 1}-01") for year, count in ((2001, 2), (2002, 2), (2003, 1))
              for n in range(count)]
    parts = timeline_parts(events, per_page=3)
    assert [p.label for p in parts] == ["2001", "2002–2003"]  # 2002 is not split to fill the first part
    assert [len(p.dated) for p in parts] == [2, 3]
    assert [p.label for p in timeline_parts([*events, _event("u", None)], per_page=3)] == [
        "2001", "2002–2003", "undated"]
    assert [p.label for p in timeline_parts(events[:2] + [_event("u", None)], per_page=3)] == ["2001, undated"]


def test_a_year_larger_than_a_page_gets_parts_of_its_own_numbered() -> None:
    events = [_event("before", "2019-06-01"), *(_event(f"d{i}", f"2020-01-0{i + 1}") for i in range(5)),
              _event("after", "2021-01-01"), *(_event(f"u{i}", None) for i in range(3))]
    parts = timeline_parts(events, per_page=2)
    assert [p.label for p in parts] == ["2019", "2020 (1 of 3)", "2020 (2 of 3)", "2020 (3 of 3)", "2021",
                                        "undated (1 of 2)", "undated (2 of 2)"]
    assert [len(p.dated) + len(p.undated) for p in parts] == [1, 2, 2, 1, 1, 2, 1]


def test_a_part_lists_the_first_and_last_parts_and_its_neighbours_the_first_lists_all() -> None:
    """Each part listed every part: one event a part made 2,885 parts of 313 KB each (880 MB)."""
    parts = timeline_parts([_event(f"e{i}", f"{2000 + i}-01-01") for i in range(40)], per_page=1)
    assert len(pager(parts, 1)) == 40
    numbers = [p.number if p else None for p in pager(parts, 20, reach=2)]
    assert numbers == [1, None, 18, 19, 20, 21, 22, None, 40]
    assert [p.number if p else None for p in pager(parts, 3, reach=2)] == [1, 2, 3, 4, 5, None, 40]
    assert [p.number if p else None for p in pager(parts, 40, reach=2)] == [1, None, 38, 39, 40]
    assert all(len(pager(parts, n)) <= 2 * 3 + 5 for n in range(2, 41))  # 1, …, 7 around it, …, 40


def test_one_part_when_the_events_fit_and_when_there_are_none() -> None:
    events = [_event("a", "2024-01-01"), _event("b", "2024-02-01")]
    assert [p.path for p in timeline_parts(events, per_page=2)] == ["timeline.md"]
    assert timeline_parts(events, per_page=2)[0].label == "2024"
    empty = timeline_parts([], per_page=5)
    assert len(empty) == 1 and empty[0].dated == () and empty[0].undated == () and empty[0].label == "no events"


@pytest.mark.parametrize("per_page", [1, 3, 7, 1000])
def test_every_event_is_on_exactly_one_part_in_order(per_page: int) -> None:
    events = [_event(f"e{i}", f"20{i % 30:02d}-01-01" if i % 4 else None) for i in range(23)]
    parts = timeline_parts(events, per_page)
    listed = [e.id for p in parts for e in (*p.dated, *p.undated)]
    dated = sorted((e for e in events if e.value), key=lambda e: e.value or "")
    assert listed == [e.id for e in dated] + [e.id for e in events if not e.value]
    assert all(0 < len(p.dated) + len(p.undated) <= per_page for p in parts)
    assert [p.number for p in parts] == list(range(1, len(parts) + 1))
    assert part_path(1) == "timeline.md" and part_path(4) == "timeline/4.md"


def _ids(html: str) -> list[str]:
    return re.findall(r'<li class="event" id="([^"]+)"', html)


def test_the_seeds_timeline_in_parts_lists_each_event_once(tmp_path: Path) -> None:
    seeds = ROOT / "seeds"
    whole = {f.path: f.content for f in build_pages(Settings(seeds_dir=seeds, timeline_page_events=1000)).files}
    split = {f.path: f.content for f in build_pages(Settings(seeds_dir=seeds, timeline_page_events=2)).files}
    assert not [p for p in whole if p.startswith("timeline/")]
    parts = ["timeline.md", *sorted((p for p in split if p.startswith("timeline/")),
                                    key=lambda p: int(p.split("/")[1][:-3]))]
    assert len(parts) >= 3
    assert [i for p in parts for i in _ids(split[p])] == _ids(whole["timeline.md"])  # same events, same order
    assert all(len(_ids(split[p])) <= 2 for p in parts)
    assert "aria-label=\"Parts of the timeline\"" in split["timeline.md"]
    assert "Parts of the timeline" not in whole["timeline.md"]  # one part: no list of parts


def test_parts_link_to_each_other_off_the_nav_in_a_real_build(tmp_path: Path) -> None:
    result = build_site(ROOT / "seeds", tmp_path / "site", config=project_config(timeline_page_events=2))
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    first = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    second = (site / "timeline" / "2" / "index.html").read_text(encoding="utf-8")
    assert 'href="2/"' in first and 'href="../"' in second  # each part links to the others
    assert 'aria-current="page"' in second and "<h1" in second and "Timeline: " in second
    assert "timeline/2/" not in (site / "index.html").read_text(encoding="utf-8")  # not in the nav
    assert "not included in the" not in result.stderr


def test_a_part_in_a_real_build_lists_a_few_parts_around_it(tmp_path: Path) -> None:
    result = build_site(ROOT / "seeds", tmp_path / "site", config=project_config(timeline_page_events=1))
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    parts = 1 + len(list((site / "timeline").glob("*/index.html")))
    assert parts >= 12
    first = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    middle = (site / "timeline" / "7" / "index.html").read_text(encoding="utf-8")
    listed = re.findall(r'<nav class="timeline-parts".*?</nav>', middle, re.S)[0]
    assert re.findall(r'href="([^"]+)"', listed) == ["../", "../4/", "../5/", "../6/", "./", "../8/", "../9/",
                                                      "../10/", f"../{parts}/"]
    assert listed.count("…") == 2
    assert len(re.findall(r"<li>", re.findall(r'<nav class="timeline-parts".*?</nav>', first, re.S)[0])) == parts
