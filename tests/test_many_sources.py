"""Work across briefings that one event many sources report must not multiply: each source's page
and the overview used to read every report of the event again (the count grew with the square of
the sources). Unit tests count the work; `make bench` and the Scaling page time it."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from briefing_site import overview, pipeline, render
from briefing_site.model import Event, Settings
from briefing_site.render import SOURCES_SHOWN
from conftest import count_calls

SOURCES = 40


WORDS = ("rain wheat canal pumps dams fields prices barley river cotton trucks market harvest drought wells "
         "tomatoes orchards soil salt farmers engineers workers traders villages roads boats fishing bridges "
         "schools clinics power grid fuel").split()


def _seeds(folder: Path) -> Path:
    """SOURCES reports of one signing, each with sentences of its own (not versions of one story)."""
    folder.mkdir()
    for n in range(SOURCES):
        pick = random.Random(n).sample
        rest = " ".join(f"The {' and '.join(pick(WORDS, 3))} were discussed by {' '.join(pick(WORDS, 2))} groups."
                        for _ in range(4))
        (folder / f"r{n:02d}.txt").write_text(
            f"Water pact, report {n}\n\nOn 12 August 2024 Türkiye and Iraq signed a memorandum on water sharing "
            f"in Ankara, officials said. {rest}\n", encoding="utf-8")
    return folder


def test_one_event_many_sources_report_is_read_a_few_times_not_once_per_source(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = count_calls(monkeypatch, overview, "_one_per_briefing")
    printed = count_calls(monkeypatch, Event, "__repr__")
    read = count_calls(monkeypatch, render, "first_reports")
    build = pipeline.build_site(Settings(seeds_dir=_seeds(tmp_path / "seeds"), cache_dir=tmp_path / "cache"))
    assert not build.problems and not build.faults
    export = json.loads(next(f.content for f in build.files if f.path == "briefing.json"))
    assert max(len(e["sources"]) for e in export["events"]) == SOURCES and not export["duplicates"]
    # the overview chose each event's reports a few times an event (was once per report: 41 times)
    assert chosen[0] <= 3 * len(export["events"])
    # the page memo wrote each event out once for the pages that show it (was once per page)
    assert printed[0] <= 2 * len(export["events"])
    # each source's page read the event's reports to say how many more there are (was once per page:
    # an event of 6,400 reports on 800 pages); now once for an event of many, once a page for a few
    assert read[0] <= SOURCES_SHOWN * len(export["events"]) < SOURCES


def test_an_actors_page_names_a_few_sources_of_an_event_and_links_to_all(tmp_path: Path) -> None:
    """Each of an event's sources was listed on the page of every actor it names (the Timeline
    lists them all, once)."""
    build = pipeline.build_site(Settings(seeds_dir=_seeds(tmp_path / "seeds")))
    page = next(f.content for f in build.files if f.path == "actors/ankara.md")
    listed, = re.findall(r'<ul class="entity-events">(.*?)</ul>', page, re.S)
    assert listed.count("Water pact, report") == SOURCES_SHOWN
    assert f"and {SOURCES - SOURCES_SHOWN} more" in listed and "all on the Timeline</a>" in listed
