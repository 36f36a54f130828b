"""The pages across sources, built by the real `mkdocs build` from made-up seed sets written for
the project: a figure conflict, a date conflict, a near-duplicate pair, an entity below the page
threshold; and, on the five real seeds, what a reader must be able to answer from the site alone."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from briefing_site import pipeline
from briefing_site.model import Settings
from conftest import ROOT, build_site

TREATY = ("{subject} signed a water-sharing treaty for the Tagus river in Lisbon in {month} 2023, {who}.\n\n"
          "{length} and supplies water to millions of people in both countries, officials said.\n\n"
          "{minister} said the treaty would {claim}.\n")
SEEDS = {
    "lisbon-a.md": ("Portugal and Spain sign Tagus water treaty in Lisbon", "Iberian Wire", "2023-04-02", TREATY.format(
        subject="Portugal and Spain", month="March", who="the two governments said",
        length="The Tagus river is 1,007 km long", minister="Portuguese Environment Minister Duarte Cordeiro",
        claim="protect farmers during droughts")),
    "lisbon-a-copy.md": ("Portugal and Spain sign Tagus water treaty in Lisbon", "Southern Daily", "2023-04-03",
                         TREATY.format(
        subject="Portugal and Spain", month="March", who="the two governments said",
        length="The Tagus river is 1,007 km long", minister="Portuguese Environment Minister Duarte Cordeiro",
        claim="protect farmers during long droughts")),
    "lisbon-b.md": ("Spain and Portugal agree Tagus river deal", "Coastal Times", "2023-05-10", TREATY.format(
        subject="Spain and Portugal", month="April", who="according to both governments",
        length="The Tagus river is 1,200 km long", minister="Spanish Environment Minister Teresa Ribera",
        claim="set minimum flows for every season")),
}


def _write(folder: Path) -> None:
    folder.mkdir()
    for name, (title, publisher, published, body) in SEEDS.items():
        front = f"---\ntitle: {title}\npublisher: {publisher}\npublished: {published}\n---\n"
        (folder / name).write_text(front + body, encoding="utf-8")


@pytest.fixture(scope="module")
def made_up(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("across")
    _write(root / "seeds")
    result = build_site(root / "seeds", root / "site")
    assert result.returncode == 0, result.stderr
    return root / "site"


def _html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_near_duplicates_are_one_story_with_versions(made_up: Path) -> None:
    export = json.loads((made_up / "briefing.json").read_text(encoding="utf-8"))
    assert [g["briefings"] for g in export["duplicates"]] == [["lisbon-a", "lisbon-a-copy"]]
    index = _html(made_up, "briefings")
    rows = re.findall(r'<tr><td><a href="([^"]+)"', index)
    assert rows.count("lisbon-a/") == 1 and "lisbon-a-copy/" not in rows  # listed once, with its version
    assert "Also reported, in near-identical words, by" in index and 'href="lisbon-a-copy/"' in index
    page = _html(made_up, "briefings/lisbon-a")
    assert "Also reported by" in page and "Southern Daily" in page
    related = {r["id"] for b in export["briefings"] if b["id"] == "lisbon-a" for r in b["related"]}
    assert "lisbon-a-copy" not in related  # related links do not fill up with copies


def test_an_entity_below_the_threshold_has_no_page(made_up: Path) -> None:
    export = json.loads((made_up / "briefing.json").read_text(encoding="utf-8"))
    pages = {e["id"] for e in export["entities"]}
    assert {"portugal", "spain", "lisbon"} <= pages
    assert "teresa-ribera" not in pages and not (made_up / "actors" / "teresa-ribera").exists()
    # named by two briefings, but they are versions of one story: one source, no page of its own
    assert "duarte-cordeiro" not in pages and not (made_up / "actors" / "duarte-cordeiro").exists()
    assert (made_up / "actors" / "lisbon" / "index.html").is_file()
    actors = _html(made_up, "actors")
    assert "Teresa Ribera" in actors and 'href="teresa-ribera/"' not in actors
    assert "Duarte Cordeiro" in actors and 'href="duarte-cordeiro/"' not in actors
    assert "at least 2 independent stories use" in _text(actors)  # the page says why some names have no page
    assert 'href="lisbon/"' in actors
    briefing = _html(made_up, "briefings/lisbon-b")
    assert 'href="../../actors/lisbon/"' in briefing and "actors/teresa-ribera" not in briefing


def test_a_figure_conflict_is_a_point_of_difference(made_up: Path) -> None:
    export = json.loads((made_up / "briefing.json").read_text(encoding="utf-8"))
    figures = [d for d in export["differences"] if d["kind"] == "figure"]
    assert len(figures) == 1
    values = {c["briefing"]: c["value"] for c in figures[0]["claims"]}
    assert "1,200" in values["lisbon-b"] and "1,007" in next(v for k, v in values.items() if k != "lisbon-b")
    page = _text(_html(made_up, "differences"))
    assert "Different figures for the same quantity" in page and "1,200" in page and "1,007" in page


def test_a_date_conflict_is_a_point_of_difference(made_up: Path) -> None:
    export = json.loads((made_up / "briefing.json").read_text(encoding="utf-8"))
    dates = [d for d in export["differences"] if d["kind"] == "date"]
    assert len(dates) == 1
    briefings = {c["briefing"] for c in dates[0]["claims"]}
    assert "lisbon-b" in briefings and briefings & {"lisbon-a", "lisbon-a-copy"}
    assert dates[0]["timing"]  # published apart: may be a matter of time
    for briefing in ("lisbon-a", "lisbon-b"):
        assert "Where other sources say something different" in _html(made_up, f"briefings/{briefing}")


@pytest.fixture(scope="module")
def seeds_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("seeds-site") / "site"
    result = build_site(ROOT / "seeds", site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="module")
def seeds_export(seeds_site: Path) -> dict:
    return json.loads((seeds_site / "briefing.json").read_text(encoding="utf-8"))


def _briefing(export: dict, prefix: str) -> str:
    return next(b["id"] for b in export["briefings"] if b["id"].startswith(prefix))


def test_seeds_actors_and_their_roles_by_source(seeds_site: Path, seeds_export: dict) -> None:
    actors = _text(_html(seeds_site, "actors"))
    for name, role in [("Süleyman Soylu", "Turkish Interior Minister"), ("Ali Yerlikaya", "Turkish interior minister"),
                       ("Othman Ali Farhood", "Iraqi Interior Minister"),
                       ("Abdul Amir al-Shammari", "interior minister")]:
        row = actors[actors.index(name):][:400]
        assert role.casefold() in row.casefold(), (name, row)
    iraq = _html(seeds_site, "actors/iraq")  # "Iraq" has a page of its own, with every source
    assert all(f"briefings/{b['id']}/" in iraq for b in seeds_export["briefings"])


@pytest.mark.parametrize(("date", "words", "sources"), [
    ("2014", "Bashik", 1), ("2017", "defeat", 1), ("2024-03", "PKK", 1), ("2024-04", "visited", 1),
    ("2024-08", "Memorandum", 2), ("2024-12", "interior ministers", 1)])
def test_seeds_events_on_the_timeline(seeds_export: dict, seeds_site: Path, date: str, words: str,
                                      sources: int) -> None:
    found = [e for e in seeds_export["events"] if e["date"] == date
             and any(words.casefold() in x.casefold() for x in [e["label"], *e["participants"]])]
    assert len(found) == 1, [e["label"] for e in seeds_export["events"] if e["date"] == date]
    assert found[0]["source_count"] == sources
    timeline = _html(seeds_site, "timeline")
    assert f'id="{found[0]["id"]}"' in timeline
    assert timeline.count(f'id="{found[0]["id"]}"') == 1  # listed once, with all its sources


def test_seeds_undated_events_are_listed_not_missing(seeds_export: dict, seeds_site: Path) -> None:
    undated = {s["briefing"][:3] for e in seeds_export["events"] if e["date"] is None for s in e["sources"]}
    assert {"001", "003"} <= undated
    assert "Undated" in _html(seeds_site, "timeline")


def test_seeds_the_memorandum_is_a_point_two_sources_support(seeds_export: dict, seeds_site: Path) -> None:
    points = seeds_export["overview"]["points"]
    shared = [p for p in points if p["corroborated"]]
    assert len(shared) == 1 and {s["briefing"][:3] for s in shared[0]["support"]} == {"002", "004"}
    assert 3 <= len(points) <= 6
    home = _html(seeds_site, ".")
    assert "reported by 2 sources" in home
    for ref in shared[0]["support"]:
        assert f'href="briefings/{ref["briefing"]}/#s-{ref["sentence"]}"' in home


def test_seeds_name_different_interior_ministers_maybe_a_matter_of_time(seeds_export: dict, seeds_site: Path) -> None:
    offices = {d["subject"].casefold(): d for d in seeds_export["differences"] if d["kind"] == "office"}
    assert set(offices) == {"turkish interior minister", "iraqi interior minister"}
    turkish = {c["value"] for c in offices["turkish interior minister"]["claims"]}
    iraqi = {c["value"] for c in offices["iraqi interior minister"]["claims"]}
    assert turkish == {"Süleyman Soylu", "Ali Yerlikaya"} and iraqi == {"Othman Ali Farhood", "Abdul Amir al-Shammari"}
    for difference in offices.values():
        assert "undated" in difference["timing"] and "2024-12-26" in difference["timing"]
    page = _text(_html(seeds_site, "differences"))
    assert "One office, different holders" in page and "Ali Yerlikaya" in page and "undated" in page
    for prefix in ("001", "004"):
        page = _html(seeds_site, f"briefings/{_briefing(seeds_export, prefix)}")
        assert "Where other sources say something different" in page


def test_a_curated_entity_has_a_page_below_the_threshold(tmp_path: Path) -> None:
    from briefing_site.model import Settings
    from briefing_site.pipeline import build_site as build_pages

    _write(tmp_path / "seeds")
    curated = tmp_path / "entities.yml"
    curated.write_text("entities:\n  - name: Teresa Ribera\n    type: person\n"
                       "    description: Spain's minister for the ecological transition.\n", encoding="utf-8")
    plain = {f.path for f in build_pages(Settings(seeds_dir=tmp_path / "seeds")).files}
    build = build_pages(Settings(seeds_dir=tmp_path / "seeds", entities_file=curated))
    pages = {f.path: f.content for f in build.files}
    assert "actors/teresa-ribera.md" not in plain and "actors/teresa-ribera.md" in pages
    assert "ecological transition" in pages["actors/teresa-ribera.md"]
    assert "maintainers' entities file" in pages["actors/teresa-ribera.md"]
    higher = build_pages(Settings(seeds_dir=tmp_path / "seeds", entity_page_min_sources=4))
    assert not [f.path for f in higher.files if f.path.startswith("actors/")]  # 3 briefings: no entity reaches 4


def test_search_finds_original_text_and_actors_without_repeats(made_up: Path) -> None:
    index = json.loads((made_up / "search" / "search_index.json").read_text(encoding="utf-8"))
    by_location = {doc["location"]: doc for doc in index["docs"]}
    original = by_location["briefings/lisbon-b/#original-text"]
    assert "minimum flows for every season" in original["text"]  # a word of the original text
    assert by_location["actors/lisbon/"]["title"] == "Lisbon"  # an actor by name
    assert "Names used" in {doc["title"] for doc in index["docs"] if doc["location"].startswith("actors/lisbon/")}
    for location in by_location:  # sections that only repeat the original text are not indexed
        assert not location.endswith(("#summary", "#related-briefings", "#what-each-source-says")), location
    assert len(by_location["briefings/lisbon-b/"]["text"]) <= 300
    assert "about/" in by_location  # pages the maintainers wrote are kept whole


def test_trim_keeps_pages_it_did_not_make() -> None:
    from briefing_site.search_trim import trim_index

    index = {"config": {"lang": ["en"]}, "docs": [
        {"location": "briefings/a/", "title": "A", "text": "x " * 400},
        {"location": "briefings/a/#summary", "title": "Summary", "text": "s"},
        {"location": "briefings/a/#original-text", "title": "Original text", "text": "words"},
        {"location": "notes/", "title": "Notes", "text": "kept " * 400},
        {"location": "timeline/", "title": "Timeline", "text": "t " * 400},
        {"location": "timeline/#undated", "title": "Undated", "text": "u"},
    ]}
    trimmed = trim_index(index, {"briefings/a/", "timeline/"})
    assert [d["location"] for d in trimmed["docs"]] == ["briefings/a/", "briefings/a/#original-text", "notes/",
                                                        "timeline/"]
    assert len(trimmed["docs"][0]["text"]) <= 300 and trimmed["docs"][2] == index["docs"][3]
    assert trimmed["config"] == index["config"]


def test_versions_of_one_story_do_not_corroborate_each_other(made_up: Path) -> None:
    export = json.loads((made_up / "briefing.json").read_text(encoding="utf-8"))
    march = next(e for e in export["events"] if e["date"] == "2023-03")
    assert {s["briefing"] for s in march["sources"]} == {"lisbon-a", "lisbon-a-copy"}
    timeline = _text(_html(made_up, "timeline"))
    assert "reported by 2 sources, 1 independent (the others are versions of one story)" in timeline
    assert export["overview"]["corroborated_events"] == 0  # the overview counts one story once


def test_a_build_says_where_its_time_went(tmp_path: Path) -> None:
    from briefing_site.model import Settings
    from briefing_site.pipeline import build_site as build_pages

    _write(tmp_path / "seeds")
    seconds = build_pages(Settings(seeds_dir=tmp_path / "seeds")).seconds
    assert [step for step, _ in seconds] == ["reading and analysis", "across briefings", "briefing pages and links",
                                             "pages across briefings and export"]
    assert all(value >= 0 for _, value in seconds)  # the values go to the debug log; the bench measures speed


def test_a_story_and_an_event_many_sources_carry_are_listed_whole_once(tmp_path: Path) -> None:
    """Twelve versions of one story, and an event fourteen briefings report: a briefing's page names
    SOURCES_SHOWN other sources and counts the rest, linking to where all are listed (the story's
    first version; the event on the Timeline), so that the site grows with the sources, not with
    their square."""
    from briefing_site.render import SOURCES_SHOWN

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    story = ("Portugal and Spain signed a water-sharing treaty for the Tagus river in Lisbon on 14 March 2023, the "
             "two governments said. The Tagus river is 1,007 km long and supplies water to millions of people.\n")
    for n in range(12):
        (seeds / f"copy-{n:02d}.txt").write_text(f"Tagus treaty signed\n\n{story}", encoding="utf-8")
    for n in range(2):  # the same signing in other words: not versions, but the event's sources
        (seeds / f"other-{n}.txt").write_text(
            f"Iberian water deal {n}\n\nFarmers in Extremadura{' and Alentejo' * n} welcomed the news. Portugal "
            "and Spain signed the Tagus water-sharing treaty in Lisbon on 14 March 2023, officials said.\n",
            encoding="utf-8")
    site = tmp_path / "site"
    result = build_site(seeds, site)
    assert result.returncode == 0, result.stderr
    first, later = _html(site, "briefings/copy-00"), _html(site, "briefings/copy-05")
    versions = re.search(r'<p class="also-reported">.*?</p>', later, re.S).group()
    assert versions.count('href="../copy-') == SOURCES_SHOWN + 1  # eight versions and the first's page
    assert f"and {11 - SOURCES_SHOWN} more" in _text(versions)
    assert re.search(r'href="\.\./copy-00/"[^>]*>all of them', versions)
    listing = re.search(r'<p class="also-reported">.*?</p>', first, re.S).group()
    assert listing.count('href="../copy-') == 11 and "more" not in _text(listing)  # the first lists all
    events = re.search(r'<ul class="shared-events">.*?</ul>', later, re.S).group()
    assert f"and {13 - SOURCES_SHOWN} more" in _text(events)
    anchor = re.search(r'href="\.\./\.\./timeline/#([^"]+)"[^>]*>all on the Timeline', events).group(1)
    timeline = _html(site, "timeline")
    row = timeline[timeline.index(f'<li class="event" id="{anchor}">'):].split('<li class="event" ', 2)[1]
    assert len(set(re.findall(r'href="\.\./briefings/([^/"]+)/"', row))) == 14  # every source listed there


def test_an_overview_point_is_the_report_that_reads_alone(tmp_path: Path) -> None:
    """'But he changed his mind in June 2004' led the overview of the BBC articles over 'Mr Blair then
    changed his mind in June 2004': a point is read without the sentence before it."""
    point = _corroborated_point(tmp_path, {
        "a-book.txt": "Berg and the pledge\n\nMr Jonas Berg promised the Kestrel Mining board to step down as "
                      "chairman. But he then changed his mind on 3 May 2023, after the board of Kestrel Mining backed "
                      "him, the book says.\n",
        "b-wire.txt": "Chairman stays\n\nDirectors of the firm met in Oslo to talk about the future of its leadership. "
                      "Kestrel Mining chairman Jonas Berg changed his mind on 3 May 2023 when directors urged him to "
                      "stay, according to a memoir.\n"})
    assert point["briefing"].startswith("b-wire") and len(point["support"]) == 2


def test_an_overview_point_is_not_the_answer_to_a_sentence_it_does_not_show(tmp_path: Path) -> None:
    """'But a short statement … was presented on 17 March 2003' led a point over another source's
    'A short statement … was presented on 17 March 2003': a sentence opening 'But …' or 'However, …'
    answers one the point does not show, and comes after one that does not."""
    point = _corroborated_point(tmp_path, {
        "a-memo.txt": "The quarry memo\n\nThe lawyers of Kestrel Mining wrote a long memo on the quarry lease. But a "
                      "short statement about the quarry lease was presented to the Oslo council on 3 May 2023, the "
                      "minutes show.\n",
        "b-wire.txt": "Lease statement\n\nDirectors of the firm met in Oslo to talk about the lease. A short statement "
                      "about the quarry lease of Kestrel Mining was presented to the Oslo council on 3 May 2023.\n"})
    assert point["briefing"].startswith("b-wire") and len(point["support"]) == 2


def test_an_overview_point_is_a_report_that_tells_it_as_done_not_as_expected(tmp_path: Path) -> None:
    """'Al-Rashidi is due to return to Telmar on Thursday' was the point of his return, which another
    source reports as done: a report of what was expected is neither the point nor a source of it
    (it said the return was planned, not that it happened)."""
    export = json.loads(_built(tmp_path, {
        "a-wire.md": "---\ntitle: Talks end\npublished: 2024-03-13\n---\nHakan al-Rashidi is due to return home to "
                     "Telmar on Thursday, his ministry said.\n",
        "b-explainer.md": "---\ntitle: What the memorandum says\npublished: 2024-03-20\n---\nThe memorandum sets a "
                          "minimum summer release from the Telmar Dam. Hakan al-Rashidi returned home to Telmar "
                          "on 14 March after three days of talks in Dareen.\n"})["briefing.json"])
    assert not any(p["corroborated"] for p in export["overview"]["points"])
    assert all(s["briefing"] != "a-wire" for p in export["overview"]["points"] for s in p["support"]
               if p["briefing"] == "b-explainer")


def _corroborated_point(tmp_path: Path, texts: dict[str, str]) -> dict:
    """The overview's one point that two sources or more support, of a site of these seeds."""
    export = json.loads(_built(tmp_path, texts)["briefing.json"])
    point, = (p for p in export["overview"]["points"] if p["corroborated"])
    return point


def _built(tmp_path: Path, texts: dict[str, str]) -> dict[str, str]:
    """The files of a site of these seeds, by path."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in texts.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return {f.path: f.content for f in pipeline.build_site(Settings(seeds_dir=seeds)).files}


ROLE_STORIES = {  # three stories, not versions of one, each giving Duarte Cordeiro the same office
    "drought.md": ("2023-06-01", "Portuguese Environment Minister Duarte Cordeiro warned of a long drought in the "
                                 "Alentejo on Monday, as reservoirs fell to a third of their capacity."),
    "wind.md": ("2023-02-14", "Portuguese Environment Minister Duarte Cordeiro opened a wind farm near Viana do "
                              "Castelo, the largest in the country, which will power 80,000 homes."),
    "lithium.md": ("2023-09-20", "Portuguese Environment Minister Duarte Cordeiro approved a lithium mine in "
                                 "Boticas after two years of protests by residents and farmers."),
    "election.md": ("2023-11-02", "Former Environment Minister Duarte Cordeiro will stand for parliament in "
                                  "Lisbon, the Socialist Party said in a statement on Thursday."),
}


def test_an_actors_role_is_one_row_with_every_source_that_gives_it(tmp_path: Path) -> None:
    """A row per source made 31 rows on Tony Blair's page at 927 articles, 25 of them "Prime Minister"."""
    from briefing_site.pipeline import build_site as build_pages

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, (published, body) in ROLE_STORIES.items():
        (seeds / name).write_text(f"---\ntitle: {name[:-3].title()} story\npublished: {published}\n---\n{body}\n",
                                  encoding="utf-8")
    pages = {f.path: f.content for f in build_pages(Settings(seeds_dir=seeds)).files}
    rows = re.findall(r"<tr><td><bdi>([^<]+)</bdi></td><td>(.*?)</td><td[^>]*>(.*?)</td></tr>",
                      pages["actors/duarte-cordeiro.md"])
    by_role = {role: (stated, published) for role, stated, published in rows}
    assert len(rows) == len(by_role) == 2, rows  # one row per role
    stated, published = by_role["Portuguese Environment Minister"]
    assert [t for t in re.findall(r"<bdi>([^<]+)</bdi>", stated)] == ["Wind story", "Drought story", "Lithium story"]
    assert _text(published).split() == ["2023-02-14", "to", "2023-09-20"]  # earliest published first
    assert _text(by_role["Former Environment Minister"][1]).split() == ["2023-11-02"]
    assert list(by_role) == ["Portuguese Environment Minister", "Former Environment Minister"]  # as a career runs


def test_an_actor_no_source_names_in_full_is_flagged(tmp_path: Path) -> None:
    from briefing_site.pipeline import build_site as build_pages

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, body in [("fees.md", "Mr Quillfeather said university fees would rise by a third next year."),
                       ("rail.md", "Lord Quillfeather told peers that rail fares were too high for commuters.")]:
        (seeds / name).write_text(f"---\ntitle: {name[:-3].title()} story\n---\n{body}\n", encoding="utf-8")
    for name, body in [("budget.md", "Helen Quillfeather-Brown presented the budget in Cardiff on Monday."),
                       ("tax.md", "Helen Quillfeather-Brown said council tax would rise in Wales.")]:
        (seeds / name).write_text(f"---\ntitle: {name[:-3].title()} story\n---\n{body}\n", encoding="utf-8")
    pages = {f.path: f.content for f in build_pages(Settings(seeds_dir=seeds)).files}
    assert "may mean different people" in pages["actors/quillfeather.md"]
    assert "may mean different people" not in pages["actors/helen-quillfeather-brown.md"]


EXPECTED_STORIES = {  # two sources report talks that began, and a meeting still to come when they wrote
    "talks.md": "---\ntitle: Talks open\npublished: 2024-05-01\n---\nTurkish and Iraqi ministers will meet in Ankara "
                "in June to sign a security accord. The talks began in Baghdad in March 2024. Officials expect a "
                "second round in 2026.\n",
    "accord.md": "---\ntitle: Accord near\npublished: 2024-05-02\n---\nIraqi and Turkish ministers will meet in Ankara "
                 "in June to sign the accord. Talks between them began in Baghdad in March 2024.\n",
}


def test_what_a_source_expects_is_marked_and_no_point_of_the_overview(tmp_path: Path) -> None:
    files = _built(tmp_path, EXPECTED_STORIES)
    export = json.loads(files["briefing.json"])
    standing = {e["date"]: {s["standing"] for s in e["sources"]} for e in export["events"]}
    assert standing["2024-06"] == {"expected"} and standing["2026"] == {"expected"}  # dated after publication
    assert "expected" not in standing["2024-03"]
    overview = export["overview"]
    assert overview["first_date"] == overview["last_date"] == "2024-03"  # not to 2026: that has not happened
    assert all(p["event"] != e["id"] for p in overview["points"] for e in export["events"] if e["date"] >= "2024-06")
    assert '<span class="standing">expected</span>' in files["timeline.md"]


BACKGROUND_STORIES = {  # an outbreak reported in 2025; one report recalls the 2004 one, another a 1992 law
    "outbreak.md": "---\ntitle: Outbreak\npublished: 2025-06-03\n---\nCholera killed nine people in Halvik in May "
                   "2025, the ministry of health said. An outbreak in Sarnow in 2004 killed 38 people.\n",
    "quarantine.md": "---\ntitle: Quarantine\npublished: 2025-06-11\n---\nHalvik was sealed off in June 2025, the "
                     "ministry of health said. The quarantine law dates from 1992.\n",
}


def test_the_overview_spans_the_sources_own_time_and_names_the_background(tmp_path: Path) -> None:
    """'covering events from 2004' was a past outbreak one report recalled: the span is of the sources'
    own time, from a year before the first was published, and the older events are background."""
    files = _built(tmp_path, BACKGROUND_STORIES)
    overview = json.loads(files["briefing.json"])["overview"]
    assert (overview["first_date"], overview["last_date"], overview["background_from"]) == ("2025-05", "2025-06",
                                                                                           "1992")
    assert 'covering events from <time datetime="2025-05">2025-05</time>' in files["index.md"]
    assert 'with background from <time datetime="1992">1992</time>' in files["index.md"]


DENIED_STORIES = {  # a local paper's anonymous claim of a cracked dam; a wire's report of the ministry's denial
    "courier.md": "---\ntitle: Cracks found in dam\npublished: 2026-03-10\nkind: news\n---\nEngineers have found "
                  "cracks in the concrete of the Tarrun Dam on the Ilsa River after Monday's earthquake, an official "
                  "told the Courier on Monday.\n",
    "wire.md": "---\ntitle: Quake toll rises\npublished: 2026-03-10\nkind: news\n---\nThe death toll from the "
               "earthquake in Orvath rose to 340 on Tuesday, the Interior Ministry said. The Ministry of Energy and "
               "Water denied a report by a local newspaper that the Tarrun Dam on the Ilsa River had been cracked by "
               "the quake. Rescuers reached Sarnova on Tuesday.\n",
}


def test_a_claim_another_source_denies_is_a_point_of_difference_and_no_point_of_the_overview(tmp_path: Path) -> None:
    """The Courier's cracked dam was the overview's first point, 'one source', and the wire's report
    of the ministry's denial was nowhere near it."""
    files = _built(tmp_path, DENIED_STORIES)
    export = json.loads(files["briefing.json"])
    denials = [d for d in export["differences"] if d["kind"] == "denial"]
    assert len(denials) == 1, export["differences"]
    assert [(c["briefing"], c["value"]) for c in denials[0]["claims"]] == [("courier", "reported"), ("wire", "denied")]
    assert all(p["briefing"] != "courier" for p in export["overview"]["points"]), export["overview"]["points"]
    assert "Reported by a source, denied by another" in files["differences.md"]


RAID_STORIES = {  # a raid the ministry and a paper report, which the neighbour's interior ministry denies
    "release.md": "---\ntitle: Joint raid\npublished: 2025-06-05\nkind: press release\n---\nTavarian and "
                  "Korvenian special forces on Wednesday 4 June carried out a joint raid on a camp of the Sarn "
                  "Liberation Front in the Dunmere forest, the ministry said.\n",
    "paper.md": "---\ntitle: Raid\npublished: 2025-06-06\nkind: news\n---\nTavarian and Korvenian special forces "
                "carried out a joint raid on a Sarn Liberation Front camp in the Dunmere forest on 4 June, the "
                "ministry said.\n",
    "wire.md": "---\ntitle: Hearing\npublished: 2025-06-18\nkind: news\n---\nMinister Ilse Marenkovic defended the "
               "raid that Tavarian and Korvenian special forces carried out on a Sarn Liberation Front camp in the "
               "Dunmere forest on June 4. In Ostrin, however, the Korvenian interior ministry denied that its forces "
               "had taken part in any such raid.\n",
}


def test_a_claim_two_sources_report_and_another_denies_is_no_point_of_the_overview(tmp_path: Path) -> None:
    """The raid was the overview's first point, 'reported by 3 sources', one of them the wire that
    reports the denial: a denied claim is not what the sources establish, however many tell it."""
    export = json.loads(_built(tmp_path, RAID_STORIES)["briefing.json"])
    denials = [d for d in export["differences"] if d["kind"] == "denial"]
    assert [(c["briefing"], c["value"]) for c in denials[0]["claims"]] == [
        ("paper", "reported"), ("release", "reported"), ("wire", "denied")], denials
    assert not any("raid" in p["text"] for p in export["overview"]["points"]), export["overview"]["points"]


FORESEEN_STORIES = {  # Monday's report expects the visit; two reports of Tuesday and Wednesday tell it as done
    "monday.md": "---\ntitle: Quake\npublished: 2026-03-09\n---\nA strong earthquake struck Orvath on Monday. "
                 "President Elmar Kaspari was expected to visit Dremmin on Tuesday.\n",
    "tuesday.md": "---\ntitle: Visit\npublished: 2026-03-10\n---\nPresident Elmar Kaspari visited Dremmin on "
                  "Tuesday, walking through streets lined with rubble.\n",
    "wednesday.md": "---\ntitle: Feature\npublished: 2026-03-11\n---\nThe President, Elmar Kaspari, who visited "
                    "Dremmin on Tuesday, has promised to rebuild every house.\n",
}


def test_a_report_that_foresaw_a_happening_is_no_source_of_it_in_the_overview(tmp_path: Path) -> None:
    """'President Elmar Kaspari visited Dremmin on Tuesday … reported by 3 sources': one of them,
    written on the Monday, said he 'was expected to visit'."""
    export = json.loads(_built(tmp_path, FORESEEN_STORIES)["briefing.json"])
    assert any(p["briefing"] in ("tuesday", "wednesday") for p in export["overview"]["points"])
    assert all(s["briefing"] != "monday" for p in export["overview"]["points"] for s in p["support"]), \
        export["overview"]["points"]
