"""Step 6b: events, the happenings the briefings report, one event per happening with every
source's sentence for it (issue 9, item 2)."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest
from briefing_site import event_phrases
from briefing_site import events as events_step
from briefing_site.events import CANDIDATES, find_events, search_events
from briefing_site.happenings import kind_of, phrase_kinds
from briefing_site.knowledge import load_knowledge
from briefing_site.model import (
    Analysis,
    DatedStatement,
    Document,
    Entity,
    Event,
    EventReport,
    Field,
    KindVerdict,
    Mention,
    Metadata,
    Paragraph,
    RawSeed,
    Sentence,
    Settings,
)
from briefing_site.pipeline import analyse, identify
from briefing_site.reading import discover_seeds, read_seed
from conftest import ROOT, with_ids


def _of(events: tuple[Event, ...], briefing: str, sentence: int) -> Event:
    """The one event that reports this sentence of the briefing whose id starts with `briefing`."""
    found = [e for e in events if any(r.ref.briefing.startswith(briefing) and r.ref.sentence == sentence
                                      for r in e.reports)]
    assert len(found) == 1, [e.id for e in found]
    return found[0]


def _report(event: Event, briefing: str, sentence: int) -> EventReport:
    return next(r for r in event.reports if r.ref.briefing.startswith(briefing) and r.ref.sentence == sentence)


def _refs(event: Event) -> set[tuple[str, int]]:
    return {(r.ref.briefing[:3], r.ref.sentence) for r in event.reports}


# --- The five real seeds ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds() -> tuple[list[Analysis], tuple[Event, ...]]:
    folder = ROOT / "seeds"
    settings = Settings(seeds_dir=folder)
    knowledge = load_knowledge(None)
    found = discover_seeds(folder)[0]
    analyses = identify([analyse(read_seed(s, folder, settings.max_seed_bytes), settings, knowledge)
                         for s in found])[0]
    return analyses, find_events(analyses)


def test_seed_troop_deployment_2014(seeds: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    event = _of(seeds[1], "004", 10)
    assert (event.value, event.precision) == ("2014", "year")
    assert {"turkiye", "bashik"} <= set(event.participants)
    assert "deployed" in event.label and "Bashik" in event.label


def test_seed_defeat_2017_shows_who_they_are(seeds: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    event = _of(seeds[1], "004", 11)  # "They have stayed there ever since then, despite the … defeat … in 2017."
    assert (event.value, event.precision) == ("2017", "year")
    assert _report(event, "004", 11).context == 10  # "Turkey deployed its troops to Bashik …"
    assert {"turkiye", "bashik", "islamic-state"} <= set(event.participants)
    assert "defeat" in event.label


def test_seed_iraq_bans_pkk_march_2024(seeds: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    event = _of(seeds[1], "002", 8)
    assert (event.value, event.precision) == ("2024-03", "month")
    assert "kurdistan-workers-party" in event.participants
    assert event.sources == (event.reports[0].ref.briefing,)


def test_seed_visit_said_twice_is_one_report(seeds: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    event = _of(seeds[1], "004", 0)  # printed again as sentence 6
    assert (event.value, event.precision) == ("2024-04", "month")
    assert len(event.reports) == 1 and "recep-tayyip-erdogan" in event.participants
    assert "visited" in event.label
    assert not any(r.ref.briefing.startswith("004") and r.ref.sentence == 6 for e in seeds[1] for r in e.reports)


def test_seed_memorandum_is_one_event_from_two_sources(seeds: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    event = _of(seeds[1], "002", 0)  # "In August 2024, Iraq and Turkey signed a landmark … agreement"
    assert _refs(event) == {("002", 0), ("002", 9), ("004", 7)}  # "… signed … in August", "signed a MoU in mid-August"
    assert len(event.sources) == 2
    assert (event.value, event.precision) == ("2024-08", "month")
    assert "signed" in event.label
    assert {"iraq", "turkiye", "memorandum-of-understanding"} <= set(event.participants)
    assert "signed" in event.terms
    assert "stated earlier" in _report(event, "002", 9).note  # the year of "in August" came from the text


def test_seed_ankara_meeting_two_days_one_event(seeds: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    event = _of(seeds[1], "004", 1)  # "… interior ministers on Thursday discussed …"
    assert _refs(event) == {("004", 1), ("004", 3)}  # "… arrived in Ankara on Wednesday"
    assert (event.value, event.precision) == ("2024-12", "month")  # 25 and 26 December agree on the month
    assert {r.value for r in event.reports} == {"2024-12-25", "2024-12-26"}
    assert "ankara" in event.participants


def test_seed_opinion_2023_marked_and_apart(seeds: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    attacks = _of(seeds[1], "002", 4)  # "In 2023, the PKK carried out numerous attacks …"
    assert _refs(attacks) == {("002", 4)}
    assert _report(attacks, "002", 4).standing == "unsourced claim"  # an analysis, no attribution
    for sentence in (2, 4):  # "since early 2023", "since late 2023"
        event = _of(seeds[1], "000", sentence)
        assert _report(event, "000", sentence).standing == "opinion piece"
        assert event.sources == (event.reports[0].ref.briefing,)
    assert _of(seeds[1], "000", 2) is not _of(seeds[1], "000", 4)


def test_seed_report_date_is_not_an_event_date(seeds: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    event = _of(seeds[1], "004", 14)  # "… according to an August report by the US-based Community Peacemaker Teams"
    report = _report(event, "004", 14)
    assert "report" in report.note and report.standing == "attributed"
    assert event is not _of(seeds[1], "004", 7)
    assert event.label == "report by Community Peacemaker Teams"


def test_seed_undated_events(seeds: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    meeting = _of(seeds[1], "001", 2)  # "The meeting, held on Tuesday, …" and no publication date
    assert (meeting.value, meeting.precision) == (None, "undated")
    assert (meeting.reports[0].date_text, meeting.reports[0].precision) == ("on Tuesday", "unresolved")
    centre = _of(seeds[1], "003", 0)  # 003 has no date at all: its lead
    assert (centre.value, centre.precision, centre.reports[0].precision) == (None, "undated", "none")
    assert "agreed" in centre.label
    assert meeting is not centre


def test_seed_reports_agree_with_their_event(seeds: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    refs = [(r.ref.briefing, r.ref.sentence) for e in seeds[1] for r in e.reports]
    assert len(refs) == len(set(refs))  # no sentence twice
    for event in seeds[1]:
        for report in event.reports:
            if event.value is not None:  # every report's date is the event's date or finer
                assert report.value is not None and report.value.startswith(event.value)
            else:
                assert report.value is None


def test_seed_order_ids_and_determinism(seeds: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    analyses, events = seeds
    ids = [e.id for e in events]
    assert len(ids) == len(set(ids))
    assert all(i == i.lower() and " " not in i for i in ids)
    assert "2024-08-defense-ministers-iraq-turkey-signed-memorandum" in ids
    dated = [e.value for e in events if e.value is not None]
    assert dated == sorted(dated) and all(e.value is None for e in events[len(dated):])
    assert find_events(list(reversed(analyses))) == events


# --- What each briefing gives the step, made with its analysis ----------------------------------


def test_statements_and_words_made_with_the_analysis_give_the_events_made_from_it(
        seeds: tuple[list[Analysis], tuple[Event, ...]], made_up: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    for analyses, events in (seeds, made_up):
        assert all(a.cross_inputs is not None for a in analyses)
        bare = [dataclasses.replace(a, cross_inputs=None) for a in analyses]
        assert find_events(bare) == events
        assert events_step.rarity(bare) == events_step.rarity(analyses)
        for whole, alone in zip(analyses, bare, strict=True):
            assert events_step.briefing_statements(whole) == events_step.briefing_statements(alone)


def test_statements_and_words_are_unpacked_not_made_again(seeds: tuple[list[Analysis], tuple[Event, ...]],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    analyses, events = seeds

    def refuse(*args: object) -> None:
        raise AssertionError("made again")
    for name in ("own_statements", "own_keys", "own_phrase"):
        monkeypatch.setattr(events_step, name, refuse)
    for name in ("clauses_of", "report_phrase"):
        monkeypatch.setattr(event_phrases, name, refuse)
    assert find_events(analyses) == events


def test_packed_statements_keep_every_character(tmp_path: Path) -> None:
    text = ("Odd words\n\nThe \u202eminister\u202c of Ünïcode met «Acme» on 3 May 2023 in Zürich \\ \"quoted\", "
            "officials said.\nThey \ud800 signed a deal in May 2023 \u0000 there.\n")
    analysis = with_ids([_analysis("odd.txt", text, Settings(seeds_dir=tmp_path))])[0][0]
    made = events_step.own_statements(analysis)
    assert made and any("\ud800" in s.text for s in made)
    unpacked = events_step.unpack_statements(events_step.pack_statements(made), analysis, {})
    assert unpacked == [dataclasses.replace(s, briefing=analysis.id) for s in made]


# --- Small seed sets written for these tests ------------------------------------------------------

SEEDS = {
    "wire-a.txt": "Acme and Borealis sign merger deal\n\nAcme Corporation and Borealis Energy signed a merger "
                  "agreement on 15 March 2023 in Oslo, the companies said. The deal creates the largest grid "
                  "operator in the region.\n",
    "wire-b.txt": "Borealis merger\n\nIn March 2023, Borealis Energy signed a merger agreement with Acme "
                  "Corporation, officials said. Analysts expect regulators to review the deal.\n",
    "port.txt": "Lisbon strike\n\nDock workers in Lisbon went on strike in March 2023 over pay, their union "
                "said. Ships queued outside the port for days.\n",
    "ferry-a.txt": "Tallinn terminal\n\nThe Port of Tallinn opened its new ferry terminal in May 2022, the port "
                   "authority said.\n",
    "ferry-b.txt": "Tallinn terminal opens\n\nThe Port of Tallinn opened its new ferry terminal in June 2022, "
                   "officials said.\n",
    "mine.txt": "Kestrel copper\n\nKestrel Mining opened a copper mine near Antofagasta in April 2021, the company "
                "said.\n\nKestrel Mining opened a copper mine near Antofagasta in April 2021, the company said.\n",
    "frigates.txt": "Frigates in Liepaja\n\nAdmiral Jonas Berg sent two frigates to Liepaja in 2019. They stayed "
                    "there until 2021, despite protests by local fishermen.\n",
    "bridge.txt": "Brindle bridge\n\nThe council of Brindle met on Tuesday to approve the new bridge, the mayor "
                  "said.\n",
    "column.txt": "Why the canal matters\n\nThe canal deal signed in 2020 was a triumph of vision over timid "
                  "bureaucracy. It will transform the valley for generations.\n",
    "lead.txt": "Orchard growers form cooperative\n\nApple growers in the Vell valley formed a cooperative to sell "
                "their harvest together. The cooperative will open a shop in Vell.\n",
    "study.txt": "Harbour water\n\nPollution in the harbour doubled over a decade, according to a May 2023 report "
                 "by the Harbour Trust.\n",
    "visit.txt": "Ministers meet in Oslo\n\nFinland's foreign minister Anna Lind arrived in Oslo on 3 May 2023 to "
                 "discuss fishing with her Norwegian counterpart. The two ministers on 4 May 2023 discussed a new "
                 "fishing treaty in Oslo.\n",
}
DECLARED = {"column.txt": {"kind": "opinion"}, "lead.txt": {"kind": "news"}}


def _analysis(source_file: str, text: str, settings: Settings) -> Analysis:
    declared = DECLARED.get(source_file, {})
    raw = RawSeed(source_file, text, "0" * 64, "utf-8", declared, "front matter" if declared else "", 1)
    return analyse(raw, settings, load_knowledge(None))


def _published(source_file: str, text: str, day: str, settings: Settings) -> Analysis:
    """The analysis of a seed whose front matter gives its publication date."""
    raw = RawSeed(source_file, text, "0" * 64, "utf-8", {"date": day}, "front matter", 1)
    return analyse(raw, settings, load_knowledge(None))


def _briefings(settings: Settings, *seeds: tuple[str, str, str]) -> list[Analysis]:
    """The analyses, with ids, of seeds given as (file name, text, publication date)."""
    return with_ids([_published(name, text, day, settings) for name, text, day in seeds])[0]


@pytest.fixture(scope="module")
def made_up(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Analysis], tuple[Event, ...]]:
    settings = Settings(seeds_dir=tmp_path_factory.mktemp("seeds"))
    analyses = with_ids([_analysis(name, text, settings) for name, text in SEEDS.items()])[0]
    return analyses, find_events(analyses)


def test_same_signing_from_two_outlets_is_one_event(made_up: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    event = _of(made_up[1], "wire-a", 0)  # "on 15 March 2023" and "In March 2023"
    assert event.sources == ("wire-a", "wire-b")
    # "In March 2023" does not gainsay "on 15 March 2023": the event is of the day one source gives
    assert (event.value, event.precision) == ("2023-03-15", "day")
    assert {r.precision for r in event.reports} == {"day", "month"}
    assert {"acme-corporation", "borealis-energy"} <= set(event.participants)
    assert "signed" in event.label and "signed" in event.terms
    assert event.id == "2023-03-15-acme-corporation-borealis-energy-signed-merger"


def test_other_happening_in_the_same_month_stays_apart(made_up: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    strike = _of(made_up[1], "port", 0)  # also March 2023, no one and nothing in common
    assert strike.sources == ("port",) and strike is not _of(made_up[1], "wire-a", 0)


def test_date_conflict_stays_two_events(made_up: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    may, june = _of(made_up[1], "ferry-a", 0), _of(made_up[1], "ferry-b", 0)
    assert may is not june
    assert (may.value, june.value) == ("2022-05", "2022-06")


def test_repeated_paragraph_is_one_report(made_up: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    assert len(_of(made_up[1], "mine", 0).reports) == 1
    # even when a date extractor lists the repeat's date too, the same text twice is one report
    mine = next(a for a in made_up[0] if a.id == "mine")
    twice = dataclasses.replace(mine, dates=(*mine.dates, dataclasses.replace(mine.dates[0], sentence=1)))
    event = _of(find_events([twice]), "mine", 0)
    assert [r.ref.sentence for r in event.reports] == [0]


def test_pronoun_opening_gets_its_context(made_up: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    event = _of(made_up[1], "frigates", 1)  # "They stayed there until 2021, …"
    assert _report(event, "frigates", 1).context == 0
    assert {"jonas-berg", "liepaja"} <= set(event.participants)  # from the sentence before ("Admiral" his title)
    assert _report(_of(made_up[1], "frigates", 0), "frigates", 0).context is None


def test_unresolved_weekday_is_undated(made_up: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    event = _of(made_up[1], "bridge", 0)
    assert (event.value, event.precision) == (None, "undated")
    report = event.reports[0]
    assert (report.date_text, report.value, report.precision) == ("on Tuesday", None, "unresolved")
    assert "publication date" in report.note
    assert event.id.startswith("undated-")


def test_opinion_claim_is_marked(made_up: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    event = _of(made_up[1], "column", 0)
    assert event.reports[0].standing == "opinion piece"


def test_standing_of_other_reports(made_up: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    assert _of(made_up[1], "wire-a", 0).reports[0].standing == "attributed"  # "…, the companies said"
    assert _report(_of(made_up[1], "frigates", 0), "frigates", 0).standing == "unsourced claim"  # not news
    assert _of(made_up[1], "lead", 0).reports[0].standing == "reported"  # news in its own voice


def test_news_without_dates_gives_its_lead(made_up: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    event = _of(made_up[1], "lead", 0)
    assert (event.value, event.reports[0].precision, event.reports[0].date_text) == (None, "none", "")
    assert "formed" in event.label


def test_report_date_is_its_own_event(made_up: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    event = _of(made_up[1], "study", 0)  # "according to a May 2023 report by the Harbour Trust"
    assert "report" in event.reports[0].note
    assert event.label == "report by Harbour Trust"
    assert event is not _of(made_up[1], "visit", 0)  # a happening of May 2023 never joins it


def test_arrival_and_talks_a_day_apart_in_one_report(made_up: tuple[list[Analysis], tuple[Event, ...]]) -> None:
    event = _of(made_up[1], "visit", 0)  # "arrived in Oslo on 3 May 2023", "on 4 May 2023 discussed"
    assert _refs(event) == {("vis", 0), ("vis", 1)}
    assert (event.value, event.precision) == ("2023-05", "month")


def test_days_one_apart_in_two_briefings_need_shared_participants(tmp_path: Path) -> None:
    settings = Settings(seeds_dir=tmp_path)
    texts = {"a.txt": "Talks\n\nFishing ministers signed a quota treaty in Oslo on 3 May 2023, officials said.\n",
             "b.txt": "Treaty\n\nFishing ministers signed a quota treaty in Tromso on 4 May 2023, officials said.\n"}
    analyses = with_ids([_analysis(name, text, settings) for name, text in texts.items()])[0]
    events = find_events(analyses)
    assert _of(events, "a", 0) is not _of(events, "b", 0)


def test_no_briefings_no_events() -> None:
    assert find_events([]) == ()


# --- Bounded work --------------------------------------------------------------------------------

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]


def _bare(number: int) -> Analysis:
    """One synthetic news briefing of one sentence: an organisation signing something in 2024. Every
    fifth briefing reports the same happening as the one before it."""
    happening = number - 1 if number % 5 == 0 and number else number
    draw = random.Random(happening)  # seeded: the same corpus every run
    org, month, topics, yearly = f"Org{draw.randrange(1000):03d}", draw.randrange(12), draw.sample(range(1000), 2), \
        draw.random() < 0.1
    date_text = "2024" if yearly else f"{MONTH_NAMES[month]} 2024"
    text = (f"{org} signed the project{happening} agreement on topic{topics[0]} and topic{topics[1]} with "
            f"partners in {date_text}.")
    value = "2024" if yearly else f"2024-{month + 1:02d}"
    sentence = Sentence(0, 0, text, 0, len(text))
    none = Field(None, "not stated")
    entity = Entity(org.lower(), org, "organisation", (), (), (Mention(0, 0, len(org), org),))
    return Analysis(
        id=f"b{number:05d}", seed=RawSeed(f"b{number:05d}.txt", text, "0" * 64, "utf-8", {}, "", 1),
        document=Document((Paragraph(0, text, "body", 1, (sentence,)),)),
        metadata=Metadata(org, none, none, none, none, none, none, none),
        kind=KindVerdict("news", "inferred"), signals=(), entities=(entity,), figures=(), quotes=(),
        dates=(DatedStatement(date_text, value, "year" if yearly else "month", False, 0),),
        summary=(0,), words=len(text.split()), reading_minutes=1)


def test_comparisons_are_bounded_linearly() -> None:
    """2,000 statements of one year: all pairs would be ~2,000,000 comparisons; each statement is
    compared with at most CANDIDATES others, and the re-reports are still found."""
    found = search_events([_bare(n) for n in range(2000)])
    assert found.statements == 2000
    assert found.comparisons <= CANDIDATES * found.statements < 2000 * 1999 // 2 // 20
    for number in range(5, 2000, 5):  # b00005 repeats b00004, …, b01995 repeats b01994
        assert {f"b{number - 1:05d}", f"b{number:05d}"} <= set(_of(found.events, f"b{number:05d}", 0).sources)


def test_a_happening_more_briefings_report_than_a_posting_holds_is_one_event() -> None:
    """Every key of a signing that 3 × POSTING_CAP briefings report is that common: all of them are
    one event with every source (keys used more than POSTING_CAP times were once dropped, and the
    most widely reported happening became one event per report)."""
    reports = 3 * events_step.POSTING_CAP
    same = [dataclasses.replace(_bare(4), id=f"r{n:04d}") for n in range(reports)]
    found = search_events([*same, *(_bare(n) for n in range(6, 40))])
    event = _of(found.events, "r0000", 0)
    assert event.sources == tuple(f"r{n:04d}" for n in range(reports))
    assert found.comparisons <= CANDIDATES * found.statements


def test_a_target_or_a_deadline_does_not_date_what_happened(tmp_path: Path) -> None:
    """'want to double aid by 2015' was on the timeline under 2015, and led an overview."""
    settings = Settings(seeds_dir=tmp_path)
    texts = {"aid.txt": "Aid pledge\n\nThe richest countries said on 3 March 2005 that they want to double aid to "
                        "Africa by 2015, officials said. Critics want the money sent by the end of 2006.\n",
             "cup.txt": "Kit deal\n\nThe firm expects record sales ahead of the 2006 World Cup, its chief said. "
                        "It signed the kit deal in May 2004, the company said.\n"}
    events = find_events(with_ids([_analysis(name, text, settings) for name, text in texts.items()])[0])
    dated = {(r.ref.briefing, r.ref.sentence, e.value) for e in events for r in e.reports}
    assert dated == {("aid", 0, "2005-03-03"), ("cup", 1, "2004-05")}


def test_a_sentence_that_dates_two_happenings_gives_each_its_own_participants(tmp_path: Path) -> None:
    """'Mr Blair denied it on Wednesday, and before he left for Africa on Tuesday the chancellor
    said …' put Tony Blair in 'left for Africa' (his actor page listed it). A clause with a subject
    of its own is its own; one without ('after buying …') shares the sentence's; who says it all
    belongs to every clause."""
    settings = Settings(seeds_dir=tmp_path)
    texts = {"trip.txt": "Talks in Oslo\n\nOn 3 May 2023 Anna Lind met Jonas Berg in Oslo, and before he flew to "
                         "Riga on 5 May 2023 the admiral inspected the fleet.\n",
             "mine.txt": "Kestrel mine\n\nKestrel Mining opened a mine near Antofagasta in April 2021, after buying "
                         "the land in March 2021.\n",
             "prices.txt": "Harbour prices\n\nHarbour prices fell in January, but they rose again in February, the "
                           "Harbour Trust said.\n"}
    events = find_events(with_ids([_analysis(name, text, settings) for name, text in texts.items()])[0])
    by_date = {e.value: set(e.participants) for e in events}
    assert {"anna-lind", "jonas-berg", "oslo"} <= by_date["2023-05-03"] and "riga" not in by_date["2023-05-03"]
    assert "riga" in by_date["2023-05-05"] and not {"anna-lind", "oslo"} & by_date["2023-05-05"]
    assert "kestrel-mining" in by_date["2021-04"] and "kestrel-mining" in by_date["2021-03"]
    by_words = {r.date_text: set(e.participants) for e in events for r in e.reports}  # no publication date: undated
    assert "harbour-trust" in by_words["January"] and "harbour-trust" in by_words["February"]


def test_a_point_of_comparison_or_a_window_counted_in_dates_nothing(tmp_path: Path) -> None:
    """'50% higher than at the start of 2004' and 'the fifth deal since October' grouped reports of
    different days, and showed them as one event."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Crude prices\n\nThe price of crude is 50% higher than it was at the start of 2004. It is up about 30% "
            "on the start of 2003. A merger of Kestrel Mining and Borealis Energy would be the fifth mining deal "
            "since October. Exports were 2.4 million tonnes, compared with 474,000 tonnes in 1973. Approvals rose "
            "for the first time since May 2002. The Acme refinery opened in March 1999.\n")
    analysis = _analysis("crude.txt", text, settings)
    assert {s.date_text for s in events_step.own_statements(analysis)} == {"March 1999"}


def test_reports_that_a_quantity_rose_and_that_it_fell_are_not_one_event(tmp_path: Path) -> None:
    settings = Settings(seeds_dir=tmp_path)
    said = ("Mortgage approvals in Ruritania {} in the quarter to 15 March 2024, figures from the Bank of Ruritania "
            "showed.\n")
    texts = {"up.txt": "Approvals\n\n" + said.format("rose sharply"), "up-too.txt": "Loans\n\n" + said.format("rose"),
             "down.txt": "Approvals fall\n\n" + said.format("fell sharply")}
    events = find_events(with_ids([_analysis(name, text, settings) for name, text in texts.items()])[0])
    assert sorted(e.sources for e in events) == [("down",), ("up", "up-too")]


def test_a_date_of_a_noun_phrase_dates_that_phrase_alone(tmp_path: Path) -> None:
    """'Despite the rejection of the bid last week, Mr Seifert may come back' was one event with 'in
    the third meeting since the bid approach in December': the rejection is not the approach."""
    settings = Settings(seeds_dir=tmp_path)
    texts = {"rejected.txt": "Bid\n\nDespite the rejection of the Kestrel Mining bid last week, Anna Lind, chief "
                             "executive of Borealis Energy, may well come back with an improved offer.\n",
             "talks.txt": "Talks\n\nBorealis Energy chief Anna Lind is meeting Kestrel Mining on Thursday, in the "
                          "third meeting between the two firms since the bid approach in December.\n"}
    analyses = with_ids([_analysis(name, text, settings) for name, text in texts.items()])[0]
    rejected = next(s for s in events_step.own_statements(analyses[0]) if s.date_text == "last week")
    assert rejected.participants == ("kestrel-mining",)  # not who may come back
    events = find_events(analyses)
    assert all(len(e.sources) == 1 for e in events), [(e.label, e.sources) for e in events]


def test_a_report_opening_with_he_or_she_takes_part_as_that_person_not_as_all_named_before(tmp_path: Path) -> None:
    """'He is due to visit Manchester on Tuesday' had Tony Blair, George Bush and Downing Street as its
    participants, from the sentence before, when 'he' was the visitor (antecedents.py finds him)."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Visit\n\nMr Jonas Berg arrived in Oslo on Sunday after talks in Riga with Anna Lind and the Borealis "
            "Energy board. He is due to visit the Kestrel Mining plant in Bergen on Tuesday.\n")
    visit = next(s for s in events_step.own_statements(_analysis("visit.txt", text, settings))
                 if s.date_text == "on Tuesday")
    assert visit.context == 0 and visit.context_entities == ("jonas-berg",)
    assert set(visit.participants) == {"jonas-berg", "kestrel-mining", "bergen"}


def test_a_label_keeps_the_negation_of_what_it_names(tmp_path: Path) -> None:
    """'In 1998 the party said it would not return to Blackpool' was labelled 'party return'."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Conference\n\nIn 1998 the party said it would not return to Blackpool. Kestrel Mining has never signed "
            "the Oslo accord of May 2020. The Borealis Energy board signed the Riga accord in June 2021, but it was "
            "not expected to last.\n")
    labels = {s.date_text: events_step._phrase(s, {}).text  # noqa: SLF001 - the label a report gives its event
              for s in events_step.own_statements(_analysis("conference.txt", text, settings))}
    assert "not return" in labels["1998"] and {"not", "never"} & set(labels["May 2020"].split())
    assert "not" not in labels["June 2021"].split()  # the negation is of what came after, not of the signing



def test_a_label_keeps_a_no_before_what_it_names() -> None:
    """'"We have no plans to improve it," Okafor said' was labelled 'plans to improve', the opposite."""
    assert event_phrases.with_negation('"We have no plans to improve it," Okafor said on Tuesday.',
                                       ["plans", "to", "improve"]) == "no plans to improve"
    assert event_phrases.with_negation("No one was hurt in the blast on Tuesday.", ["hurt"]) == "hurt"


def test_a_report_in_a_very_long_sentence_is_read_around_its_date(tmp_path: Path) -> None:
    """A seed of one sentence with a hundred dates read the whole sentence for each of them (108 s
    at 1 MB, `make shapes`): a report of a sentence longer than twice REPORT_REACH is read
    REPORT_REACH characters each side of its date."""
    settings = Settings(seeds_dir=tmp_path)
    filler = "and the talks went on " * (2 * event_phrases.REPORT_REACH // 22)
    text = (f"Talks\n\nOn 3 May 2023 Kestrel Mining signed the quarry lease {filler}while on 9 June 2023 Borealis "
            f"Energy opened the pipeline.\n")
    made = {s.date_text: s for s in events_step.own_statements(_analysis("long.txt", text, settings))}
    first, last = made["3 May 2023"], made["9 June 2023"]
    assert {w for _, w in first.words} >= {"signed", "quarry", "lease"} and "pipeline" not in dict(first.words).values()
    assert "pipeline" in dict(last.words).values() and "quarry" not in dict(last.words).values()
    assert first.participants == ("kestrel-mining",) and last.participants == ("borealis-energy",)


def test_a_label_is_a_reports_own_phrase_before_the_rarest_words_of_another(tmp_path: Path) -> None:
    """Of two reports of one event, one with a phrase of its own ("Kestrel Mining signed Oslo accord")
    and one without (no verb: its label would be its rarest words, which weigh the most by their
    making), the event takes the phrase, however much the other's words weigh."""
    settings = Settings(seeds_dir=tmp_path)
    phrased = events_step.own_statements(_analysis("a.txt", "Quarry\n\nKestrel Mining signed the Oslo accord in "
                                                   "May 2020 after long talks.\n", settings))
    wordy = events_step.own_statements(_analysis("b.txt", "Quarry\n\nThe Oslo accord of Kestrel Mining, a landmark "
                                                 "of May 2020 for the quarry sector.\n", settings))
    assert phrased[0].phrase is not None and wordy[0].phrase is None
    group = [phrased[0], wordy[0]]
    heavy = {key: 50.0 for key, _ in wordy[0].words}  # the wordy report's words, weighed far above the rest
    label = events_step._label(group, set(heavy) | set(phrased[0].phrase.features), heavy)  # noqa: SLF001
    assert label == phrased[0].phrase.text


def test_a_report_of_what_is_to_happen_is_labelled_by_its_verb_and_the_chain_before_it(tmp_path: Path) -> None:
    """No verb of a past happening ("is due to publish", "will decide"): the label was the sentence's
    rarest words ("publish second estimate quarry"); it is the phrase, chain and all."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Output\n\nThe Borealis Energy board is due to publish its second estimate of quarry output on Friday. "
            "Kestrel Mining will decide on the Oslo accord in May 2025.\n")
    phrases = {s.date_text: s.phrase for s in events_step.own_statements(_analysis("plans.txt", text, settings))}
    assert phrases["on Friday"] is not None and "board is due to publish second estimate" in phrases["on Friday"].text
    assert phrases["May 2025"] is not None and phrases["May 2025"].text.startswith("Kestrel Mining will decide")


def test_a_to_alone_opens_an_infinitive_not_a_plural_noun(tmp_path: Path) -> None:
    """'according to forecasts' is no verb chain: an infinitive after a bare 'to' takes no -s."""
    settings = Settings(seeds_dir=tmp_path)
    text = "Output\n\nOutput is high, according to forecasts from the quarry board in 2004.\n"
    phrase = events_step.own_statements(_analysis("forecast.txt", text, settings))[0].phrase
    assert phrase is not None and phrase.text == "Output is high"


def test_a_label_keeps_a_figure_whole_and_its_comma_divides_no_clause(tmp_path: Path) -> None:
    """'rose 15 1 to 42 09bn' was a label: a number is one token with its currency and unit, and the
    comma of '146,000' is no clause mark."""
    settings = Settings(seeds_dir=tmp_path)
    text = "Output\n\nQuarry output rose 15.1% to $42.09bn in 2004, as the mines added 146,000 jobs.\n"
    made = events_step.own_statements(_analysis("output.txt", text, settings))
    phrase = made[0].phrase
    assert phrase is not None and "rose 15.1% to $42.09bn" in phrase.text
    assert len(event_phrases.clauses_of(made[0])) == 2  # cut at ", as" alone


def test_added_or_reported_is_a_verb_of_the_label_only_before_its_object(tmp_path: Path) -> None:
    """'US firms added 146,000 jobs in January' is a happening ('added' before its object); 'the
    quarry will reopen in May 2025, he added' is one of the quarry, not of the adding."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Jobs\n\nThe firms added 146,000 jobs in January, the Kestrel Mining board said. The quarry will reopen "
            "in May 2025, he added.\n")
    phrases = {s.date_text: s.phrase for s in events_step.own_statements(_analysis("jobs.txt", text, settings))}
    assert phrases["January"] is not None and phrases["January"].text == "firms added 146,000 jobs"
    assert phrases["May 2025"] is not None and "added" not in phrases["May 2025"].text
    assert phrases["May 2025"].text.startswith("quarry will reopen")


def test_succeed_and_need_are_a_labels_verbs_as_infinitives_and_said_never(tmp_path: Path) -> None:
    """The events' verbs leave out '-eed' words and 'said' (not past happenings); a label takes 'is to
    succeed' and 'will succeed', not 'is concerned' (a state) nor 'has said'."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Board\n\nJonas Berg is to succeed Mr Lund at the head of Kestrel Mining in May 2025. The Green Party "
            "is concerned that residents may not be able to vote in the quarry referendum in June 2025. Kestrel "
            "Mining has said a court will decide on the quarry lease in July 2025.\n")
    phrases = {s.date_text: s.phrase for s in events_step.own_statements(_analysis("board.txt", text, settings))}
    assert phrases["May 2025"] is not None and "is to succeed" in phrases["May 2025"].text
    assert phrases["June 2025"] is not None and "concerned" not in phrases["June 2025"].text
    assert phrases["July 2025"] is not None and "said" not in phrases["July 2025"].text
    assert "court will decide" in phrases["July 2025"].text


def test_a_few_quoted_words_are_part_of_their_clause(tmp_path: Path) -> None:
    """'a "softer patch" of demand': the quotation marks of a few words quoted inside a clause cut no
    clause (the label was "Borealis Energy faced"); a quoted sentence still stands apart."""
    settings = Settings(seeds_dir=tmp_path)
    text = ('Demand\n\nBorealis Energy faced a "softer patch" of demand in May 2025. Kestrel Mining said in June '
            '2025: "The quarry will close, and the staff will move."\n')
    made = {s.date_text: s for s in events_step.own_statements(_analysis("demand.txt", text, settings))}
    phrase = made["May 2025"].phrase
    assert phrase is not None and phrase.text == "Borealis Energy faced softer patch"
    assert len(event_phrases.clauses_of(made["June 2025"])) > 1  # the quoted sentence is a clause of its own


def _phrases(name: str, text: str, settings: Settings) -> dict[str, str | None]:
    """date text -> the label phrase the report of that date gives its event (None: none of its own)."""
    return {s.date_text: s.phrase.text if s.phrase else None
            for s in events_step.own_statements(_analysis(name, text, settings))}


def test_a_year_that_modifies_a_noun_dates_that_noun(tmp_path: Path) -> None:
    """'Before the 2001 election, plans … collapsed' was labelled 'event' (no verb before the date, and
    the nominal opener's words before it were 'the'): a year after a determiner or an owner dates the
    noun phrase after it, and a verb whose object that phrase is keeps it ("chaired the 1969 tribunal")."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Quarry\n\nBefore the 2001 general election, plans for a quarry debate collapsed. Jonas Berg chaired the "
            "1969 quarry tribunal. Kestrel Mining stepped down after its party's 2004 election defeat. The Borealis "
            "Energy board is to cut its 2005 output forecast. Output rose in 2006 and the quarry grew. The board "
            "will focus on the quarry's compliance with a 2007 output accord.\n")
    phrases = _phrases("quarry.txt", text, settings)
    assert phrases["2001"] == "2001 general election"
    assert phrases["1969"] == "Jonas Berg chaired 1969 quarry tribunal"
    assert phrases["2004"] == "2004 election defeat"  # not "party's", the owner before the year
    assert phrases["2005"] is not None and phrases["2005"].endswith("is to cut 2005 output forecast")  # the chain's
    assert phrases["2006"] is not None and "2006" not in phrases["2006"]  # "in 2006 and": no noun after the year
    assert phrases["2007"] == "2007 output accord"  # the chain's object ends before the year: the year's noun
    ids = {e.label: e.id for e in find_events(with_ids([_analysis("quarry.txt", text, settings)])[0])}
    assert ids["2001 general election"] == "2001-general-election"  # the year once in the id


def test_a_relative_clause_takes_the_name_before_it_as_its_subject(tmp_path: Path) -> None:
    """'a Borders rail link which was closed in 1969' was labelled 'closed': the subject of a verb after
    "which" or "who" (and its auxiliaries) is the noun phrase before them; not after "but which"."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Rail\n\nCampaigners want a quarry rail link which was closed in 1969 to be reopened. Mr Jonas Berg, who "
            "was elected in 1997, spoke. A cap should be small enough to make a difference but which would have "
            "banned the quarry in 2003.\n")
    phrases = _phrases("rail.txt", text, settings)
    assert phrases["1969"] == "quarry rail link closed"
    assert phrases["1997"] == "Jonas Berg elected"
    assert phrases["2003"] is not None and not phrases["2003"].startswith("difference")


def test_he_or_she_is_named_in_a_label_only_where_the_sentence_makes_the_person_sure(tmp_path: Path) -> None:
    """'he was selected in 1969' was labelled 'selected': a "he" or "she" reads as the one person named
    before it in the sentence (not inside a quotation after the name, not when two are named), or, opening
    the sentence, as the person its participants say it is; the name is no feature of the sentence's own."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Founders\n\nMr Jonas Berg said he founded the quarry in 1987. Anna Lind told Jonas Berg she sold the "
            "mine in 1990. Anna Lind said: \"He bought the mine in 1995.\" Anna Lind opened the Oslo plant in May "
            "2003. She closed the Riga plant in June 2004. A statement from Mr Jonas Berg's office said the quarry "
            "chief admitted he sold the plant in 1999.\n")
    made = {s.date_text: s for s in events_step.own_statements(_analysis("founders.txt", text, settings))}
    phrases = {key: s.phrase.text if s.phrase else None for key, s in made.items()}
    assert phrases["1987"] == "Jonas Berg founded quarry"
    assert phrases["1990"] is not None and not phrases["1990"].startswith(("Anna Lind", "Jonas Berg"))
    assert phrases["1995"] is not None and not phrases["1995"].startswith("Anna Lind")
    assert phrases["1999"] is not None and "Jonas Berg" not in phrases["1999"]  # the quarry chief's "he"
    assert phrases["June 2004"] is not None and phrases["June 2004"].startswith("Anna Lind closed")
    june = made["June 2004"].phrase
    assert june is not None and "@anna-lind" not in june.features  # ranks no label over one that names her


def test_a_dated_label_ends_before_another_dates_words(tmp_path: Path) -> None:
    """'a role he won in May 2002' labelled an event of the sentence's 2001 as 'won in May 2002', and
    'led Labour from 1983 until 1992' one of 1992 as 'led Labour from 1983': a dated report's label
    stops before another date's words."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Quarry\n\nJonas Berg led Kestrel Mining from 1983 until 1992. Quarry output grew 3.2% in 2004, and "
            "2.8% in 2005.\n")
    phrases = _phrases("led.txt", text, settings)
    assert phrases["1992"] == "Jonas Berg led Kestrel Mining"
    assert phrases["2005"] is not None and "2004" not in phrases["2005"] and "grew" in phrases["2005"]


def test_a_subject_commas_cut_off_is_found_where_it_is_a_name_or_a_short_noun_phrase(tmp_path: Path) -> None:
    """'The mill, Krivorizhstal, was sold in June 2004' was labelled 'sold': the subject before an
    apposition is the name alone just before the verb's clause, or the names ending the first clause,
    or a first clause of three words with no preposition; not a noun inside a prepositional phrase
    ("Growth in quarry output, such as gravel, also slowed" is not the quarry output's). A passive
    that keeps its object keeps its auxiliary, or the label would say the subject did it."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Mill\n\nThe quarry mill, Kestrel Mining, was sold in June 2004 for $800m. Borealis Energy, the largest "
            "miner, was sent new rules in May 2005. Growth in quarry output, such as gravel, also slowed in July "
            "2005. The old lease, dating from 1945, gave priority to miners in August 2005. Jonas Berg, chairman "
            "of the quarry under Mr Anders Lund, became its longest-serving chairman in 2006. The Oslo meeting, held "
            "in 2007, agreed the lease.\n")
    phrases = _phrases("mill.txt", text, settings)
    assert phrases["June 2004"] == "Kestrel Mining sold"
    assert phrases["May 2005"] == "Borealis Energy was sent new rules"
    assert phrases["July 2005"] == "slowed"
    assert phrases["August 2005"] is not None and phrases["August 2005"].startswith("old lease gave priority")
    assert phrases["2006"] is not None and phrases["2006"].startswith("Jonas Berg became")  # was "Anders Lund became"
    assert phrases["2007"] is not None and phrases["2007"].startswith("Oslo meeting held")  # the participle's noun


def test_a_sentence_opening_with_when_is_labelled_by_its_main_verb(tmp_path: Path) -> None:
    """'In December, Deutsche Boerse, which also owns Eurex, made an offer' was labelled by
    the sentence's rarest words ('owns derivatives informal pence'): the date's clause, alone, has no
    verb, and the relative clause after the name is no part of the main one. A name that owns the
    subject keeps its possessive, and a name before a noun says whose it is."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Bids\n\nIn December, Kestrel Boerse, which also owns the derivatives market Eurex, tabled an informal "
            "offer for the exchange. Last week, however, Mr Anders Lund issued a statement. Norway's economy grew "
            "1.6% in 2004. Borealis shares, which have lost half their value since 2003, climbed 2% in May 2005.\n")
    phrases = _phrases("bids.txt", text, settings)
    assert phrases["December"] == "Kestrel Boerse tabled informal offer"
    assert phrases["Last week"] is not None and phrases["Last week"].startswith("Anders Lund issued statement")
    assert phrases["2004"] is not None and phrases["2004"].startswith("Norway's economy grew")
    assert phrases["May 2005"] is not None and phrases["May 2005"].startswith("Borealis shares climbed")


def test_short_and_unchanged_past_forms_are_verbs_of_events(tmp_path: Path) -> None:
    """'His father Ralph, who died in 1994' was labelled 'glance impressive socialist pedigree': a past in
    '-ed' was read only from five letters ('need' is none), so 'died', 'sued' and 'owed' were no verbs.
    A past that is also an infinitive ('quit', 'cut') is what is to happen after 'would' or 'will'."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Quarry\n\nHis father Jonas Berg, who died in 1994, founded the quarry. Kestrel Mining sued four firms in "
            "May 2003. Kestrel Mining owed more than $27bn in back taxes for the years from 2000 onwards. The "
            "directors announced in March they would quit in June 2005.\n")
    phrases = _phrases("quarry.txt", text, settings)
    assert phrases["1994"] == "Jonas Berg died"
    assert phrases["May 2003"] == "Kestrel Mining sued four firms"
    assert phrases["2000"] is not None and phrases["2000"].startswith("Kestrel Mining owed")
    assert phrases["June 2005"] == "directors announced"  # not "quit": no past


@pytest.mark.parametrize(("value", "published", "after"), [
    ("2024-06", "2024-05-01", True), ("2026", "2024-05-01", True), ("2024-05-03", "2024-05-01", True),
    ("2024-05", "2024-05-01", False), ("2024", "2024-05-01", False), ("2024-03", "2024-05-01", False),
    ("2024-06", None, False), (None, "2024-05-01", False), ("2025", "2024", True), ("2024-06", "2024", False)])
def test_a_date_after_publication_is_at_its_own_precision(value: str | None, published: str | None,
                                                          after: bool) -> None:
    assert events_step.after_publication(value, published) is after


def test_what_a_clause_says_is_to_come_is_expected_without_a_publication_date(tmp_path: Path) -> None:
    """'will slow in 2005', 'In 2004, growth will be...', 'is expected to be completed in April 2005'
    are forecasts; 'since 1917 ... will', 'the loss that we experienced in 2004' and 'rose in 2004,
    and the firm will expand' are not."""
    text = ("The economy will slow in 2005, the agency said. In 2004, growth will be between 4% and 5%. The deal "
            "is expected to be completed in April 2005. It will be the first time since 1917 that the party met "
            "there. The aim is to reverse the share loss that we experienced in 2003. Profits rose in 2002, and "
            "the firm will expand.\n")
    analysis = with_ids([_analysis("outlook.txt", text, Settings(seeds_dir=tmp_path))])[0][0]
    standing = {s.date_text: s.standing for s in events_step.own_statements(analysis)}
    assert [standing[d] for d in ("2005", "2004", "April 2005")] == ["expected"] * 3
    assert "expected" not in {standing.get(d) for d in ("1917", "2003", "2002")}


@pytest.mark.parametrize("sentence", [
    "Hyundai expects its sales in India to grow 16% in 2005.",
    "Analysts said Unilever could launch the new products in 2007.",
    "The company said it hoped to return to profit in 2006.",
    "He predicted that the economy would grow by 4.3% in 2005 and 4.2% in 2006.",
    "The IMF forecast growth of 3% in 2005, 2.5% in 2006 and 2% in 2007.",
    "The first 7E7s will be delivered to Japan Airlines in April 2008.",
    "The loss-making newspaper is not expected to reach break-even until 2006.",
    "Some 45 million children will die needlessly before 2015, the charity said.",
    "From 2007 onwards, Greek firms will have the exclusive use of the port.",
    "In the year 2050, if the birth rate remains the same, people over 65 will be a third of the country.",
])
def test_a_forecast_or_a_plan_is_expected_whatever_its_cue(sentence: str, tmp_path: Path) -> None:
    """Modals, words of expecting and planning, dates listed after the first: every dated report of
    the sentence (no publication date) is to come."""
    analysis = with_ids([_analysis("plans.txt", sentence + "\n", Settings(seeds_dir=tmp_path))])[0][0]
    statements = [s for s in events_step.own_statements(analysis) if s.value]
    assert statements and {s.standing for s in statements} == {"expected"}


@pytest.mark.parametrize("sentence", [
    "The bill, proposed in 1993, has finally been approved by parliament.",
    "The reform plans agreed in Lisbon in 2000 were meant to make Europe competitive.",
    "In 1998 the party said it would not return to Blackpool.",
    "Mr Brown had defied the pundits by hitting his growth target of 3.1% for 2003.",
    "The economy has grown more than expected, expanding at a rate of 3.8% in the last quarter of 2003.",
    "Profits could have been higher in 2002 without the strike.",
    "Most of the £750m the prime minister pledged in 2000 was never spent.",
])
def test_a_past_act_near_a_cue_is_no_forecast(sentence: str, tmp_path: Path) -> None:
    """The cue does not govern the date: a pledge or a plan dated when it was made, a past verb
    between, 'than expected', 'could have'."""
    analysis = with_ids([_analysis("past.txt", sentence + "\n", Settings(seeds_dir=tmp_path))])[0][0]
    statements = [s for s in events_step.own_statements(analysis) if s.value]
    assert statements and "expected" not in {s.standing for s in statements}


def test_words_that_name_no_date_are_not_blamed_on_a_missing_publication_date(tmp_path: Path) -> None:
    """'last week' in a report dated 2 February cannot be placed because that week runs across two
    months, not for want of a publication date; written on 16 January it is January's."""
    settings = Settings(seeds_dir=tmp_path)
    text = "Ministers met last week in Ankara to discuss the border.\n"

    analyses = with_ids([_published("feb.txt", text, "2024-02-02", settings), _analysis("undated.txt", text, settings),
                         _published("jan.txt", text, "2024-01-16", settings)])[0]
    statements = {a.id: next(s for s in events_step.own_statements(a) if s.date_text == "last week")
                  for a in analyses}
    assert statements["feb"].note == "'last week' cannot be placed: that week runs across two months"
    assert statements["undated"].note == "'last week' cannot be placed: the source gives no publication date"
    assert (statements["jan"].value, statements["jan"].precision) == ("2024-01", "month")


def test_the_day_of_the_saying_does_not_date_what_was_said(tmp_path: Path) -> None:
    """'attacked a base on Friday night, the ministry said on Saturday': the attack's day is Friday;
    alone in its sentence, the day of the saying still dates it."""
    text = ("Militants attacked a base on Friday night, killing six soldiers, the ministry said on Saturday. "
            "Ankara condemned the attack, officials said on Sunday.\n")
    raw = RawSeed("attack.txt", text, "0" * 64, "utf-8", {"date": "2024-01-14"}, "front matter", 1)
    analysis = with_ids([analyse(raw, Settings(seeds_dir=tmp_path), load_knowledge(None))])[0][0]
    assert [(s.date_text, s.value) for s in events_step.own_statements(analysis)] == [
        ("on Friday", "2024-01-12"), ("on Sunday", "2024-01-14")]


def test_names_after_a_preposition_are_part_of_the_subject_not_the_subject(tmp_path: Path) -> None:
    """'The death toll from flash floods in southeastern Turkey rose to 31 on Thursday' was labelled
    'Turkey rose'; the names end a noun phrase whose head is the toll. A short phrase is kept whole
    ('Ministers from Iraq and Turkey met'); names that are the subject stay alone."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Floods\n\nThe death toll from flash floods in southeastern Turkey rose to 31 on 13 March 2025. "
            "Ministers from Iraq and Turkey met in Ankara on 14 March 2025. Iraq and Turkey signed an accord in "
            "August 2024. Packs with ballots for the "
            "elections in early June were sent out to the schools.\n")
    phrases = _phrases("toll.txt", text, settings)
    assert phrases["early June"] is not None and phrases["early June"].startswith("Packs with ballots")
    assert phrases["13 March 2025"] is not None and phrases["13 March 2025"].startswith("death toll rose")
    assert phrases["14 March 2025"] is not None
    assert phrases["14 March 2025"].startswith("Ministers from Iraq and Turkey met")
    assert phrases["August 2024"] is not None and phrases["August 2024"].startswith("Iraq and Turkey signed")


def test_a_dated_noun_phrase_with_a_verb_after_it_is_that_verb_s_subject(tmp_path: Path) -> None:
    """'weeks after heavy rain in March 2023 killed 16 people' was labelled 'heavy rain' (a nominal
    event after 'after'), and 'after the February 2023 earthquakes that devastated the region' had
    no label at all ('event'): a month and year before a noun modify it as a year does. A flood that
    'swept through' a town is a happening too."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Floods\n\nThe floods come two years after heavy rain in March 2023 killed 16 people in Batman, "
            "weeks after the February 2023 earthquakes that devastated the region. Flash floods swept through "
            "Batman on 11 March 2025. She joined the board in 1980, and after Kestrel's heavy loss in 1983 she "
            "was elected chair.\n")
    phrases = _phrases("rain.txt", text, settings)
    assert phrases["1983"] is not None and phrases["1983"].startswith("Kestrel's heavy loss")  # not "elected"
    assert phrases["March 2023"] is not None and phrases["March 2023"].startswith("heavy rain killed 16 people")
    assert phrases["February 2023"] == "February 2023 earthquakes"
    assert phrases["11 March 2025"] is not None and phrases["11 March 2025"].startswith("Flash floods swept")


def test_two_dates_of_one_sentence_are_two_happenings(tmp_path: Path) -> None:
    """'killed in last week's floods … after rescuers found the bodies on Saturday' was one event of
    March, whose two reports, the sentence's words both, matched each other perfectly; then another
    source's flood of 11 March could not join (its day and Saturday's do not agree). Two dates of one
    sentence date two happenings: the floods of last week join the other source's floods."""
    settings = Settings(seeds_dir=tmp_path)

    later = ("Floods\n\nThe number of people killed in last week's floods in Batman and Siirt has risen to 38 "
             "after rescuers found the bodies of the last two missing people on Saturday, the disaster agency AFAD "
             "said.\n")
    first = ("Floods\n\nAt least 27 people were killed when flash floods swept through Batman and Siirt on Tuesday "
             "night, the disaster agency AFAD said.\n")
    analyses = with_ids([_published("later.txt", later, "2025-03-16", settings),
                         _published("first.txt", first, "2025-03-12", settings)])[0]
    events = find_events(analyses)
    assert all(sum(r.ref.briefing == "later" for r in e.reports) <= 1 for e in events)
    floods = next(e for e in events if any(r.date_text == "last week" for r in e.reports))
    assert set(floods.sources) == {"first", "later"}


def test_what_a_briefing_expects_is_not_what_happened_before_it_was_written(tmp_path: Path) -> None:
    """'Güler is expected to visit Baghdad next week', written on 16 March, is of March (the week
    falls in it), as is the Baghdad meeting of Thursday 14 March another source reports: they were one
    event. What a source expects has not happened when it writes; the meeting before that is another."""
    settings = Settings(seeds_dir=tmp_path)

    visit = "Visit\n\nDefence Minister Yasar Guler is expected to visit Baghdad next week to discuss border security.\n"
    met = "Talks\n\nDefence Minister Yasar Guler met Iraqi officials in Baghdad on Thursday to discuss the border.\n"
    analyses = with_ids([_published("visit.txt", visit, "2024-03-16", settings),
                         _published("met.txt", met, "2024-03-15", settings)])[0]
    events = find_events(analyses)
    assert all(len(e.sources) == 1 for e in events), [(e.label, e.sources) for e in events]
    assert {r.standing for e in events for r in e.reports if r.date_text == "next week"} == {"expected"}


def test_labels_take_noun_phrases_before_names_after_to_between_and_outside(tmp_path: Path) -> None:
    settings = Settings(seeds_dir=tmp_path)
    text = ("Trade\n\nExports to China fell 5% in February 2025. Fighting between Israel and Hezbollah resumed on "
            "3 March 2025. The number of people killed in Gaza rose to 40 on 4 March 2025. Protesters outside the "
            "Ministry of Defence were arrested on 5 March 2025.\n")
    phrases = _phrases("trade.txt", text, settings)
    assert phrases["February 2025"] is not None and phrases["February 2025"].startswith("Exports to China fell")
    assert phrases["3 March 2025"] is not None and phrases["3 March 2025"].startswith("Fighting between Israel")
    assert phrases["4 March 2025"] is not None and phrases["4 March 2025"].startswith("number of people killed in")
    assert phrases["5 March 2025"] is not None and phrases["5 March 2025"].startswith("Protesters outside")


def test_a_visit_one_source_expects_is_not_one_an_earlier_source_tells_as_done(tmp_path: Path) -> None:
    """'visited Baghdad last week' (published 12 March) and 'is expected to visit Baghdad next week'
    (published 19 March) are both of March, and were one event; the visit told as done before the
    other source was written is not the one it expects."""
    settings = Settings(seeds_dir=tmp_path)

    done = "Visit\n\nTurkish Defence Minister Yasar Guler visited Baghdad last week for talks on the PKK.\n"
    expected = "Visit\n\nTurkish Defence Minister Yasar Guler is expected to visit Baghdad next week for talks.\n"
    analyses = with_ids([_published("done.txt", done, "2025-03-12", settings),
                         _published("expected.txt", expected, "2025-03-19", settings)])[0]
    assert all(len(e.sources) == 1 for e in find_events(analyses))


def test_one_bombing_told_in_each_sources_words_is_one_event(tmp_path: Path) -> None:
    """'a car bomb exploded … on Tuesday', 'the blast on Tuesday evening', 'Tuesday's car bomb attack'
    and 'last week's bombing' shared no word but the town: five single-source events of one bombing.
    Words of one kind of happening are one word (happenings.py), a possessive date dates the noun
    phrase it opens, and two reports of one day that name one kind of happening are one event; the
    event is of the day, which 'last week' does not gainsay."""
    settings = Settings(seeds_dir=tmp_path)
    texts = {
        "agency.txt": ("Blast\n\nSix people were killed on Tuesday when a car bomb exploded near the central market in "
                       "Silopi, officials said.\n", "2025-03-11"),
        "wire.txt": ("Bomb\n\nSecurity sources gave details. The blast on Tuesday evening struck a busy shopping "
                     "street a few hundred metres from the main market in Silopi.\n", "2025-03-12"),
        "arrests.txt": ("Arrests\n\nPolice have detained 11 suspects in connection with Tuesday's car bomb attack in "
                        "Silopi, the interior minister announced on Thursday.\n", "2025-03-13"),
        "analysis.txt": ("Analysis\n\nLast week's bombing in Silopi, which killed at least eight people, has revived "
                         "old questions about the border.\n", "2025-03-15"),
    }
    analyses = with_ids([_published(name, text, published, settings)
                         for name, (text, published) in texts.items()])[0]
    bombing = _of(find_events(analyses), "agency", 0)
    assert set(bombing.sources) == {"agency", "wire", "arrests", "analysis"}, bombing.sources
    assert (bombing.value, bombing.precision) == ("2025-03-11", "day")
    assert _report(bombing, "arrests", 0).date_text == "Tuesday's"  # the attack's day, not the announcement's


def test_one_leaving_told_with_phrasal_verbs_is_one_event(tmp_path: Path) -> None:
    """'pulled out of', 'is withdrawing from', 'walked out of' and 'quit' the coalition on one day:
    four events of one party's leaving, where 'pulled', 'out' and 'walked' named nothing."""
    settings = Settings(seeds_dir=tmp_path)
    seeds = [("wire.txt", "Coalition\n\nThe Agrarian Centre Party pulled out of Veland's governing coalition on "
                          "Monday, officials said.\n", "2025-02-04"),
             ("release.txt", "Statement\n\nThe Agrarian Centre Party is withdrawing from the coalition government "
                             "of Veland on Monday with immediate effect.\n", "2025-02-03"),
             ("record.txt", "Debate\n\nOn 3 February the Agrarian Centre Party walked out of this coalition in "
                            "Veland.\n", "2025-02-13"),
             ("vote.txt", "Vote\n\nThe motion came after the Agrarian Centre Party quit the coalition in Veland on "
                          "3 February.\n", "2025-02-14")]
    analyses = _briefings(settings, *seeds)
    leaving = _of(find_events(analyses), "wire", 0)
    assert set(leaving.sources) == {"wire", "release", "record", "vote"}, leaving.sources


def test_a_rescue_is_no_leaving_and_a_fire_s_start_is_one_kind() -> None:
    """'were pulled out of the rubble' is a rescue, not a party's pulling out; 'the fire broke out'
    and 'the blaze began' one start of a fire; 'stepped down' a resignation; a dam 'burst', a
    collapse."""
    kinds = {text: [(word, own) for _, _, word, own in phrase_kinds(text)] for text in (
        "Four miners were pulled out of the rubble alive.", "The party pulled out of the coalition.",
        "The fire broke out on Saturday.", "The blaze began on Saturday.", "Mr Feld stepped down on Friday.",
        "The Stana dam burst on Monday.", "They walked out alive.", "The troops withdrew their guns.")}
    assert kinds == {
        "Four miners were pulled out of the rubble alive.": [("rescued", "pulled out")],
        "The party pulled out of the coalition.": [("resigned", "pulled out")],
        "The fire broke out on Saturday.": [("blaze", "broke out")],
        "The blaze began on Saturday.": [("blaze", "began")],
        "Mr Feld stepped down on Friday.": [("resigned", "stepped down")],
        "The Stana dam burst on Monday.": [("collapsed", "burst")],
        "They walked out alive.": [],
        "The troops withdrew their guns.": []}
    key = event_phrases.term_key
    assert key("resigned") == key("quit") and key("blaze") == key("wildfire") and key("collapsed") == key("breached")


def test_a_day_apart_one_shared_word_that_says_nothing_done_is_two_happenings(tmp_path: Path) -> None:
    """A correction line of Saturday ('… spoke with Erdogan on Saturday, … targets in northern Iraq')
    beside 'Friday's PKK attack on a base in northern Iraq' in one briefing: the days are one apart
    and they share Iraq and 'northern', nothing that was done."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Attack\n\nCorrects paragraph 3 to show Sudani spoke with Erdogan on Saturday and to show 29 targets in "
            "northern Iraq.\n\nThe number of soldiers killed in Friday's PKK attack on a base in northern Iraq rose to "
            "nine, the ministry said.\n")
    analyses = with_ids([_published("correction.txt", text, "2024-01-14", settings)])[0]
    events = find_events(analyses)
    assert _of(events, "correction", 0) is not _of(events, "correction", 1)


def test_two_kinds_of_happening_on_one_day_stay_apart(tmp_path: Path) -> None:
    """One day and one town, but a bombing and an arrest: the kind of happening must be shared."""
    settings = Settings(seeds_dir=tmp_path)
    bomb = "Blast\n\nA car bomb exploded in Silopi on Tuesday, killing six people near the market.\n"
    arrests = "Arrests\n\nPolice detained four suspects in Silopi on Tuesday after a raid on a house.\n"
    analyses = _briefings(settings, ("bomb.txt", bomb, "2025-03-12"), ("arrests.txt", arrests, "2025-03-12"))
    assert all(len(e.sources) == 1 for e in find_events(analyses))


def test_a_possessive_date_labels_the_noun_phrase_it_opens(tmp_path: Path) -> None:
    settings = Settings(seeds_dir=tmp_path)
    text = ("Arrests\n\nPolice have detained 11 suspects in connection with Tuesday's car bomb attack in Silopi, the "
            "minister said. Officials said last month's 4.2% rise in prices was revised.\n")
    phrases = _phrases("arrests.txt", text, settings)
    assert phrases["Tuesday's"] == "car bomb attack"
    assert phrases["last month"] != "4.2% rise"  # a figure to compare with is no happening


def test_words_of_one_kind_of_happening_are_one_key_and_a_possessive_its_nouns() -> None:
    key = event_phrases.term_key
    assert key("blast") == key("bombing") == key("exploded") == key("Explosion")
    assert key("killed") == key("died") == key("deaths")
    assert key("detained") == key("arrests")
    assert key("town's") == key("town") and key("Tuesday’s") == key("tuesday")
    # who did it and what with are not what happened; nor is a word that names other things too
    assert key("agreed") == key("agreement") and key("talked") == key("talks") == key("met")
    assert key("pact") != key("agreement") and key("dead") != key("killed") and key("death") != key("died")
    assert key("explosives") != key("blast")
    assert key("attack") != key("blast") and key("called") != key("phoned")
    # an appointment however told, and a fire by any name but "fire" ("opened fire", "under fire")
    assert key("appointed") == key("appointment") and key("blaze") == key("wildfire")
    assert key("fire") != key("blaze")


@pytest.mark.parametrize(("text", "meeting"), [
    ("The ministry met the demands of farmers.", False), ("The plan met its targets.", False),
    ("Meeting the cost of repairs will take years.", False), ("The firm met analysts' expectations.", False),
    ("The minister met the farmers' leaders.", True), ("Fidan met Hussein.", True),
    ("The meeting ended late.", True)])
def test_a_meeting_word_that_meets_a_thing_is_no_meeting(text: str, meeting: bool) -> None:
    start = text.lower().index("meet") if "meet" in text.lower() else text.index("met")
    word = text[start:].split()[0]
    assert (event_phrases.word_key(text, start, word) == "~meet") is meeting


def test_a_visit_two_sources_expect_in_one_month_with_the_same_two_participants_is_one_event(tmp_path: Path) -> None:
    """'Yücel is expected to travel to Baghdad next week' and 'Yücel's visit to Baghdad next week will
    show …' were two events: a travel and a visit share no word. A meeting, a call or a visit in one
    month with the same two participants is one; a killing in one month and one place is not."""
    settings = Settings(seeds_dir=tmp_path)
    travel = ("Trip\n\nForeign Minister Hakan Yucel is expected to travel to Baghdad next week to discuss border "
              "security, diplomatic sources said.\n")
    visit = "Visit\n\nHakan Yucel's visit to Baghdad next week will show whether the phone call produces more.\n"
    analyses = _briefings(settings, ("travel.txt", travel, "2025-03-13"), ("visit.txt", visit, "2025-03-15"))
    assert set(_of(find_events(analyses), "travel", 0).sources) == {"travel", "visit"}

    raid = "Raid\n\nTwo soldiers were killed in Baghdad in May during a raid on a house.\n"
    bomb = "Bomb\n\nFive people were killed in Baghdad in May when a car exploded near a mosque.\n"
    analyses = _briefings(settings, ("raid.txt", raid, "2025-06-01"), ("bomb.txt", bomb, "2025-06-01"))
    assert all(len(e.sources) == 1 for e in find_events(analyses))


@pytest.mark.parametrize(("host", "joined"), [
    ("President Recep Tayyip Erdogan received Prime Minister Mohammed al-Sudani in Ankara on Tuesday.", True),
    ("Recep Tayyip Erdogan hosted his Iraqi counterpart, Mohammed al-Sudani, in Ankara on Tuesday.", True),
    ("Recep Tayyip Erdogan received a letter from Mohammed al-Sudani in Ankara on Tuesday.", False)])
def test_receiving_a_person_is_meeting_them(host: str, joined: bool, tmp_path: Path) -> None:
    """'Erdogan received al-Sudani' and 'al-Sudani met Erdogan' of one day were two events: the
    two share their participants and no word. Receiving, hosting or welcoming a person is meeting
    them; receiving a letter is not."""
    settings = Settings(seeds_dir=tmp_path)
    met = "Talks\n\nMohammed al-Sudani met Recep Tayyip Erdogan in Ankara on Tuesday to discuss water.\n"
    analyses = _briefings(settings, ("host.txt", f"Visit\n\n{host}\n", "2025-03-12"),
                          ("met.txt", met, "2025-03-12"))
    assert (set(_of(find_events(analyses), "host", 0).sources) == {"host", "met"}) is joined


def test_reports_whose_dated_phrases_say_one_doing_by_the_same_on_one_day_are_one_event(tmp_path: Path) -> None:
    """'Varosh and Azmir signed a memorandum of understanding on Wednesday that commits …' and 'When
    the foreign ministers of Varosh and Azmir signed their memorandum on water sharing on 13 March
    2024, both governments presented it as a turning point' were two events: on a site of one
    story, the words they share are in every briefing and weigh little beside the rest of each
    sentence. Their phrases share a verb, its object and who did it. A water deal and a security
    pact signed by the same that day share only the verb, and stay two."""
    settings = Settings(seeds_dir=tmp_path)
    wire = ("MoU\n\nVarosh and Azmir signed a memorandum of understanding on Wednesday that commits Varosh to "
            "release a minimum volume of water from the Sarun River each summer.\n")
    analysis = ("After\n\nWhen the foreign ministers of Varosh and Azmir signed their memorandum on water sharing "
                "and border security on 13 March 2024, both governments presented it as a turning point.\n\n"
                "Varosh and Azmir had argued over the Sarun River for years.\n")
    analyses = _briefings(settings, ("wire.txt", wire, "2024-03-13"), ("analysis.txt", analysis, "2024-04-20"))
    assert set(_of(find_events(analyses), "wire", 0).sources) == {"wire", "analysis"}

    water = "Water\n\nTurkey and Iraq signed a water agreement on Wednesday, officials said.\n"
    pact = "Pact\n\nTurkey and Iraq signed a security pact on Wednesday to police their border.\n"
    analyses = _briefings(settings, ("water.txt", water, "2024-03-13"), ("pact.txt", pact, "2024-03-13"))
    assert all(len(e.sources) == 1 for e in find_events(analyses))


def test_a_date_a_state_or_a_count_began_is_no_date_of_a_happening(tmp_path: Path) -> None:
    """'Dariush Karimi, Minister of Water Resources since 2021, resigned on Tuesday' was an event of
    2021 labelled 'resigned on Tuesday'; 'have blocked the highway three times since January' an
    event of January. Alone, 'observers present since late 2023' still dates an arrival."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Resigned\n\nDariush Karimi, Azmir's Minister of Water Resources since 2021, resigned on Tuesday. "
            "Farmers have blocked the southern highway three times since January. "
            "NATO observers present since late 2023 watched the border. The attack on 12 April was the "
            "deadliest since January, when 12 soldiers were killed.\n")
    statements = events_step.own_statements(_published("resigned.txt", text, "2024-04-18", settings))
    assert sorted((s.sentence, s.date_text) for s in statements) == [(0, "on Tuesday"), (2, "late 2023"),
                                                                     (3, "12 April"), (3, "January")]


def test_a_collapse_told_in_other_words_is_one(tmp_path: Path) -> None:
    """A dam that 'collapsed' and one that 'was breached' on one night were two events."""
    settings = Settings(seeds_dir=tmp_path)
    one = "Dam\n\nThe Stana Dam collapsed on Monday night, flooding the valley.\n"
    two = "Flood\n\nThe Stana Dam was breached late on Monday after days of rain.\n"
    analyses = _briefings(settings, ("one.txt", one, "2025-04-15"), ("two.txt", two, "2025-04-15"))
    assert set(_of(find_events(analyses), "one", 0).sources) == {"one", "two"}


def test_the_day_of_a_level_a_price_is_set_against_dates_no_happening(tmp_path: Path) -> None:
    """'The offer is a premium of 38% to Nordvik's closing price of 224.60 kronor on Friday' made the
    bid an event of the Friday before it was made."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Bid\n\nThe offer is a premium of 38% to Nordvik's closing price of 224.60 kronor on Friday, Calder "
            "said. Shares closed at 301.20 kronor on Tuesday.\n")
    statements = events_step.own_statements(_published("bid.txt", text, "2024-11-06", settings))
    assert [s.date_text for s in statements] == ["on Tuesday"]


def test_what_a_person_told_reporters_and_said_of_a_report_that_week_are_two(tmp_path: Path) -> None:
    """'Governor Ana Petrescu told reporters in Bradeni on Tuesday …' and 'Asked about the report on
    Thursday, Governor Ana Petrescu said she had not seen it before this week' were one event,
    corroborated: "reporters" and "report" were one word. And a day outside the week a report names
    is not of that week, though both are of its month."""
    settings = Settings(seeds_dir=tmp_path)
    told = ("Dam\n\n\"People had no time to take anything,\" Governor Ana Petrescu told reporters in Bradeni on "
            "Tuesday morning.\n")
    asked = ("Report\n\nGovernor Ana Petrescu said she had not seen the engineers' report before this week, and "
             "promised an inquiry.\n")
    analyses = with_ids([_published("told.txt", told, "2025-04-15", settings),
                         _published("asked.txt", asked, "2025-04-18", settings)])[0]
    assert all(len(e.sources) == 1 for e in find_events(analyses))
    week = events_step.own_statements(analyses[0] if analyses[0].id == "asked" else analyses[1])[0]
    day = dataclasses.replace(week, briefing="other", date_text="on Tuesday", value="2025-04-08", precision="day")
    span = events_step._week_told(week, {"asked": "2025-04-18"})
    assert span == ("2025-04-14", "2025-04-20") and events_step._week_told(day, {"other": "2025-04-18"}) is None
    assert events_step._outside_week(span, day)
    assert not events_step._outside_week(span, dataclasses.replace(day, value="2025-04-15"))


def test_a_report_of_one_day_that_names_only_the_kind_of_happening_joins_it(tmp_path: Path) -> None:
    """'The floods began late on Tuesday' names no place and shares one word with 'flash floods swept
    through Sanliurfa on Tuesday night': one day, one kind of happening."""
    settings = Settings(seeds_dir=tmp_path)
    wire = "Floods\n\nAt least 27 people were killed when flash floods swept through Sanliurfa on Tuesday night.\n"
    other = ("Rain\n\nThe floods began late on Tuesday after six hours of heavy rain.\n\n"
             "Sanliurfa had not seen such rain in a decade.\n")
    analyses = _briefings(settings, ("wire.txt", wire, "2025-03-12"), ("other.txt", other, "2025-03-13"))
    assert set(_of(find_events(analyses), "wire", 0).sources) == {"wire", "other"}


def test_verbs_and_joins_are_labelled_by_the_first_and_its_object(tmp_path: Path) -> None:
    """'A car bomb killed at least eight people and wounded about 25 …, sources said on Wednesday'
    was labelled 'least eight people and wounded about 25 in town of Silopi': the last verb before
    the saying, with the words before it for its subject."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Bomb\n\nA car bomb killed at least eight people and wounded about 25 in the town of Silopi, two "
            "security sources said on Wednesday.\n")
    statements = events_step.own_statements(_published("bomb.txt", text, "2025-03-12", settings))
    assert [s.phrase.text if s.phrase else None for s in statements] == ["car bomb killed at least eight people"]


def test_a_happening_told_on_a_later_day_joins_the_day_it_happened(tmp_path: Path) -> None:
    """'A car bomb killed at least eight people …, two security sources said on Wednesday' was an
    event of Wednesday, apart from Tuesday's bombing, and flagged as told by one source only. The
    day of the saying is when it was told: what it tells happened then or up to two days before.
    The event keeps the day it happened, and the report says what its day is."""
    settings = Settings(seeds_dir=tmp_path)
    agency = ("Blast\n\nSix people were killed on Tuesday when a car bomb exploded near the central market in "
              "Silopi, officials said.\n")
    wire = ("Bomb\n\nA car bomb killed at least eight people and wounded about 25 in the town of Silopi, two "
            "security sources said on Wednesday.\n")
    late = "Bomb\n\nA car bomb killed six people in Silopi, police said on Saturday.\n"
    analyses = with_ids([_published("agency.txt", agency, "2025-03-11", settings),
                         _published("wire.txt", wire, "2025-03-12", settings),
                         _published("late.txt", late, "2025-03-15", settings)])[0]
    events = find_events(analyses)
    bombing = _of(events, "agency", 0)
    assert set(bombing.sources) == {"agency", "wire"}  # Saturday is four days after: another bombing, maybe
    assert (bombing.value, bombing.precision) == ("2025-03-11", "day")
    assert "day it was told" in _report(bombing, "wire", 0).note


@pytest.mark.parametrize("text", ["The PKK announced last year that it would lay down its arms.",
                                  "The ministry said on Monday that talks would resume in Baghdad."])
def test_a_saying_of_a_year_or_of_what_is_to_come_is_no_day_a_happening_was_told(text: str, tmp_path: Path) -> None:
    settings = Settings(seeds_dir=tmp_path)
    statements = events_step.own_statements(_published("a.txt", f"Title\n\n{text}\n", "2025-03-12", settings))
    assert [s.told for s in statements] == [False]
    assert "was told" not in statements[0].note


def test_who_told_a_happening_on_a_later_day_took_no_part_in_it(tmp_path: Path) -> None:
    """'The death toll from the attack stands at eight, the Şırnak Governor's Office said in a
    statement on Thursday': the day is the day it was told ('said in a statement on' too), and the
    office that told it is not a participant that the bombing's reports would have to name."""
    settings = Settings(seeds_dir=tmp_path)
    agency = ("Blast\n\nSix people were killed on Tuesday when a car bomb exploded near the central market in "
              "Silopi, officials said.\n")
    toll = ("Toll\n\nThe death toll from the bombing stands at eight, the Sirnak Governor's Office said in a "
            "statement on Thursday.\n\nShops in Silopi stayed shut.\n")
    analyses = _briefings(settings, ("agency.txt", agency, "2025-03-11"), ("toll.txt", toll, "2025-03-13"))
    told = events_step.own_statements(analyses[1])
    assert [(s.date_text, s.told, s.participants) for s in told] == [("on Thursday", True, ())]
    assert set(_of(find_events(analyses), "agency", 0).sources) == {"agency", "toll"}


def test_briefings_that_name_nothing_in_common_do_not_tell_one_happening_by_its_kind_alone(tmp_path: Path) -> None:
    """'Three people died on Tuesday' in a story of a coach crash in Spain is not Tuesday's bombing
    in Silopi, though both are of one day and one kind (killing) and neither names the other's town."""
    settings = Settings(seeds_dir=tmp_path)
    bomb = "Blast\n\nSix people were killed on Tuesday when a car bomb exploded in Silopi.\n"
    crash = ("Crash\n\nA coach carrying tourists overturned near Granada.\n\nThree people died on Tuesday and "
             "the driver was hurt.\n")
    analyses = _briefings(settings, ("bomb.txt", bomb, "2025-03-12"), ("crash.txt", crash, "2025-03-12"))
    assert all(len(e.sources) == 1 for e in find_events(analyses))


@pytest.mark.parametrize("seeds", [
    # one Tuesday, four stories that each name Iraq; "a dead end" and "the death penalty" are no killings
    (("bomb.txt", "Blast\n\nA car bomb exploded near a market in Mosul on Tuesday, killing six people.\n\nIraq "
      "mourned.\n", "2025-03-12"),
     ("coach.txt", "Crash\n\nThree people died on Tuesday when a coach overturned.\n\nThey were pilgrims returning "
      "from Iraq.\n", "2025-03-12"),
     ("pipeline.txt", "Oil\n\nTalks on the pipeline reached a dead end on Tuesday.\n\nIraq wants it open.\n",
      "2025-03-12"),
     ("bill.txt", "Law\n\nLawmakers on Tuesday debated a bill to restore the death penalty.\n\nIraq's courts "
      "objected.\n", "2025-03-12")),
    # one city, one day, two meetings of other people
    (("a.txt", "Talks\n\nTurkish Foreign Minister Hakan Fidan met Iraqi Foreign Minister Fuad Hussein in Ankara on "
      "Tuesday to discuss water.\n", "2025-03-12"),
     ("b.txt", "Talks\n\nIn Ankara, Kurdish regional President Nechirvan Barzani met Turkish President Recep Tayyip "
      "Erdogan on Tuesday.\n", "2025-03-13")),
    # one province, one day, both killed: a flood and an attack
    (("flood.txt", "Floods\n\nFlash floods killed 12 people in Dohuk province on Monday.\n", "2025-04-08"),
     ("attack.txt", "Attack\n\nTwo soldiers were killed in an attack on a checkpoint near Dohuk on Monday.\n",
      "2025-04-08")),
    # two countries, one month, a water deal and a security pact
    (("water.txt", "Water\n\nTurkey and Iraq signed a water management agreement in March, officials said.\n",
      "2025-04-02"),
     ("pact.txt", "Pact\n\nTurkey and Iraq signed a security pact in March to coordinate operations against the "
      "PKK.\n", "2025-04-02")),
    # one town, one day: a dam and a bridge collapsed
    (("dam.txt", "Dam\n\nAn earthen dam near Mosul collapsed on Tuesday, flooding two villages.\n", "2025-04-16"),
     ("bridge.txt", "Bridge\n\nOn Tuesday a road bridge in Mosul collapsed under the weight of debris.\n",
      "2025-04-16")),
    # one ministry, one day: "met the demands" of farmers is no meeting with a minister
    (("farmers.txt", "Farmers\n\nThe Iraqi Ministry of Water Resources met the demands of farmers in Basra on "
      "Tuesday by opening two canals.\n", "2025-03-12"),
     ("talks.txt", "Talks\n\nThe Iraqi Ministry of Water Resources met a Turkish delegation in Baghdad on Tuesday "
      "to discuss dam releases.\n", "2025-03-12")),
])
def test_happenings_of_one_day_or_month_that_share_only_a_place_an_outcome_or_a_country_stay_apart(
        seeds: tuple[tuple[str, str, str], ...], tmp_path: Path) -> None:
    """Found by an adversarial sweep of the rules for events told in each source's words."""
    events = find_events(_briefings(Settings(seeds_dir=tmp_path), *seeds))
    assert all(len(e.sources) == 1 for e in events), [(e.label, e.sources) for e in events]


def test_a_press_release_in_its_own_voice_is_its_issuers_statement(tmp_path: Path) -> None:
    """A ministry's release saying 'teams arrived on 9 October 2025' was an 'unsourced claim'; it is
    the ministry's statement, named on the release's card."""
    settings = Settings(seeds_dir=tmp_path)
    raw = RawSeed("release.txt", "Relief\n\nRescue teams from Azerbaijan arrived in Ortskali on 9 October 2025.\n",
                  "0" * 64, "utf-8", {"kind": "press release", "date": "2025-10-10"}, "front matter", 1)
    analysis = with_ids([analyse(raw, settings, load_knowledge(None))])[0][0]
    assert analysis.kind.kind == "press release"
    assert {s.standing for s in events_step.own_statements(analysis) if s.value} == {"attributed"}


def test_a_verdict_a_recantation_a_renovation_and_an_arrival_are_kinds_of_happening() -> None:
    """The court set's conviction was told as 'convicted', 'sentenced' and 'the judgment'; the
    earthquake set's school was 'renovated' and 'repaired'; 'taken into custody' is an arrest."""
    key = event_phrases.term_key
    assert key("convicted") == key("sentenced") == key("judgment") == key("verdict")
    assert key("recanted") == key("retracted")
    assert key("renovated") == key("repaired") == key("refurbished")
    assert key("custody") == key("arrested") and key("arrived") == key("arrival")
    assert key("ruled") != key("convicted")  # "ruled out a deal"


def test_the_head_of_a_noun_phrase_of_a_name_is_its_subject(tmp_path: Path) -> None:
    """'The chairman of Lusara's electoral commission resigned on Friday' was labelled "Lusara's
    electoral commission resigned": the commission did not; its chairman did."""
    settings = Settings(seeds_dir=tmp_path)
    phrases = _phrases("resign.txt", "Resignation\n\nThe chairman of Lusara's electoral commission resigned on "
                                     "Friday, officials in Mervane said.\n", settings)
    assert phrases["on Friday"].startswith("chairman of Lusara")


def test_a_record_since_a_year_is_no_happening_of_that_year(tmp_path: Path) -> None:
    """'The collapse a week ago is already the deadliest in Velmora since 1998' was an event of 1998,
    and the overview's background ran from then."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Mine\n\nThe collapse a week ago is already the deadliest in Velmora since 1998. It was the first such "
            "visit since 2019. The mine has been closed since 2017.\n")
    phrases = _phrases("mine.txt", text, settings)
    assert "1998" not in phrases and "2019" not in phrases and phrases["2017"] == "mine closed"


def test_two_words_for_one_day_in_a_sentence_make_one_report(tmp_path: Path) -> None:
    """'Kampala, 3 April 2024 — The Authority has today ordered the recall': the dateline's day and
    'today' made two events of one order."""
    settings = Settings(seeds_dir=tmp_path)
    text = "Recall\n\nKampala, 3 April 2024 — The Drug Safety Authority has today ordered the recall of the syrup.\n"
    analyses = with_ids([_published("recall.txt", text, "2024-04-03", settings)])[0]
    assert len(find_events(analyses)) == 1


def test_since_a_date_labels_what_began_then(tmp_path: Path) -> None:
    """'The Jabal Defence Brigades, which has fought Karvessan forces since 2016, has never publicly
    admitted holding the aid workers' was dated 2016 and labelled 'never publicly admitted holding aid
    workers'; what began in 2016 was the fighting. A 'when' clause after the date says what happened
    then."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Release\n\nThe Jabal Defence Brigades, which has fought Karvessan forces since 2016, has never publicly "
            "admitted holding the aid workers. MPs and peers have failed to agree on reform since 1999, when 600 "
            "hereditaries lost their seats.\n")
    phrases = _phrases("release.txt", text, settings)
    assert phrases["2016"] == "Jabal Defence Brigades fought Karvessan forces"
    assert phrases["1999"] == "hereditaries lost seats"


@pytest.mark.parametrize("told", [
    "On Tuesday, the Herald reported that Elin Varga had telephoned Ms Marsk days before the meeting.",
    "The Herald reported on Tuesday that Elin Varga had telephoned Ms Marsk days before the meeting.",
    "On Tuesday the Herald said Elin Varga had telephoned Ms Marsk days before the meeting.",  # no "that"
])
def test_the_day_a_report_came_out_is_not_the_day_of_what_it_says_was_done_before(tmp_path: Path,
                                                                                told: str) -> None:
    """'On Tuesday, the Herald reported that … had telephoned …' dated the call to that Tuesday, and set
    it against the Herald's own 11 May: a false point of difference. A report of what will be done, or
    of what was done that day, keeps its day."""
    settings = Settings(seeds_dir=tmp_path)
    call = _published("call.txt", f"Row\n\n{told}\n", "2026-05-20", settings)
    assert not [s for s in events_step.own_statements(call) if s.value == "2026-05-19"]
    kept = _published("kept.txt", "Row\n\nOn Tuesday, the Herald reported that the minister resigned.\n", "2026-05-20",
                      settings)
    assert [s.value for s in events_step.own_statements(kept)] == ["2026-05-19"]


def test_people_seized_or_taken_hostage_are_kidnapped_and_a_rate_raised_is_hiked() -> None:
    """'gunmen seized the engineers', 'were abducted', 'the kidnapping' told one abduction in three
    events; 'hiked interest rates' and 'decided to raise the policy rate' one rate decision in
    five. Weapons or power seized, and concerns raised, are no such thing."""
    kinds = {text: [(word, own) for _, _, word, own in phrase_kinds(text)] for text in (
        "Gunmen seized the engineers from a camp.", "The engineers - two Swedes and a Pole - were seized at dawn.",
        "Five people were taken hostage.", "Police seized weapons.", "Weapons were seized from the house.",
        "The army seized power.", "The bank raised its main interest rate to 6.25%.",
        "The committee decided to raise the policy rate.", "The report raised concerns.")}
    assert kinds == {
        "Gunmen seized the engineers from a camp.": [("kidnapped", "seized")],
        "The engineers - two Swedes and a Pole - were seized at dawn.": [("kidnapped", "seized")],
        "Five people were taken hostage.": [("kidnapped", "taken hostage")],
        "Police seized weapons.": [], "Weapons were seized from the house.": [], "The army seized power.": [],
        "The bank raised its main interest rate to 6.25%.": [("hiked", "raised")],
        "The committee decided to raise the policy rate.": [("hiked", "raise")],
        "The report raised concerns.": []}
    key = event_phrases.term_key
    assert key("kidnapped") == key("abduction") == key("abducted") and key("hiked") == key("hike")


def test_a_rate_decision_told_in_other_words_is_one_event(tmp_path: Path) -> None:
    settings = Settings(seeds_dir=tmp_path)
    seeds = [("wire.txt", "Rates\n\nThe Reserve Bank of Velsland raised interest rates by 75 basis points on Thursday, "
                          "citing stubborn inflation.\n", "2026-05-15"),
             ("tabloid.txt", "Misery\n\nThe Reserve Bank of Velsland hiked interest rates on Thursday, adding to the "
                             "misery of Velsland's homeowners.\n", "2026-05-15"),
             ("bank.txt", "Statement\n\nOn 14 May 2026 the Reserve Bank of Velsland "
                          "decided to raise the policy rate by 0.75 percentage point.\n", "2026-05-14")]
    event = _of(find_events(_briefings(settings, *seeds)), "wire", 0)
    assert set(event.sources) == {"wire", "tabloid", "bank"}, event.sources


def test_an_indictment_and_a_testimony_however_told_are_one_kind_each() -> None:
    key = event_phrases.term_key
    assert key("indicted") == key("indictment") and key("testified") == key("testimony")
    assert key("indicted") != key("testified")


def test_a_body_named_by_its_kind_alone_speaks_for_the_one_named_before(tmp_path: Path) -> None:
    """'In a statement on Tuesday, the company said it …' after 'Hallström Aerospace has denied paying
    any bribes.' was an event of Meradia alone, the one name in its sentence."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Verdict\n\nHallström Aerospace has denied paying any bribes. In a statement on Tuesday, the company "
            "said it had never made improper payments in Meradia.\n")
    analyses = _briefings(settings, ("wire.txt", text, "2026-03-11"))
    statement = _of(find_events(analyses), "wire", 1)
    assert "hallstrom-aerospace" in statement.participants, statement.participants


def test_who_after_an_apposition_of_a_role_is_the_person_before_it(tmp_path: Path) -> None:
    """'Ilse van der Berg, the former head of the Defence Procurement Agency, who was cleared of all
    charges on Tuesday' was labelled 'Defence Procurement Agency cleared of all charges'."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Appeal\n\nProsecutors appealed against the acquittal of Ilse van der Berg, the former head of the Defence "
            "Procurement Agency, who was cleared of all charges on Tuesday.\n")
    phrase = _phrases("appeal.txt", text, settings)["on Tuesday"]
    assert phrase is not None and "Berg" in phrase and "Agency" not in phrase, phrase


def test_a_date_said_not_to_be_the_one_dates_nothing(tmp_path: Path) -> None:
    """'The centre in Velmar is needed now, not next year' made an event of 2026, 'centre in Velmar needed'."""
    settings = Settings(seeds_dir=tmp_path)
    phrases = _phrases("centre.txt", "Centre\n\nThe centre in Velmar is needed now, not next year, the minister said. "
                       "The talks will resume in March, not in April.\n", settings)
    assert "next year" not in phrases and "April" not in phrases and "March" in phrases, phrases


def test_a_vessel_lost_however_told_is_one_kind_of_happening() -> None:
    assert {kind_of(w) for w in ("capsized", "sank", "sinking", "capsizing")} == {"~sink"}


def test_what_a_source_denies_is_no_happening_it_reports(tmp_path: Path) -> None:
    """'The VNFS rejects reports in some media that water-bombing aircraft were grounded … on 13 July'
    put an event 'aircraft grounded' on the timeline, reported by the service that denied it."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Denials\n\nThe VNFS rejects reports in some media that water-bombing aircraft were grounded for lack of "
            "fuel on 13 July. Norwald denied paying any bribes in 2019. The ministry denied the report on Tuesday. "
            "Dracsic rejected claims that the budget was cut, saying spending had risen in 2024. Mr Blair "
            "directly denied that quote on Wednesday.\n")
    dated = {s.date_text for s in events_step.own_statements(_published("denials.txt", text, "2025-07-20", settings))}
    assert dated == {"on Tuesday", "2024", "on Wednesday"}  # the denials' own days, the denier's own words


def test_a_question_tells_no_happening(tmp_path: Path) -> None:
    """An interviewer's 'What is your position at Castellan today?' was an event of 5 June, 'position'."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Interview\n\nWhat is your position at Castellan today? Did you send the letter on 3 February? The "
            "bridge fell on 20 May. He asked: \"Will you resign on Monday?\"\n")
    dated = {s.date_text for s in events_step.own_statements(_published("qa.txt", text, "2025-06-05", settings))}
    assert dated == {"20 May", "on Monday"}  # a question quoted is someone's words, read as before


def test_a_years_level_is_no_happening_of_that_year(tmp_path: Path) -> None:
    """'The fire service budget should be restored to its 2020 level' was an event of 2020."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Budget\n\nThe fire service budget should be restored to its 2020 level. Aid budgets are half their 1960 "
            "levels. The plant opened in 2020.\n")
    dated = {s.date_text for s in events_step.own_statements(_published("lv.txt", text, "2025-07-22", settings))}
    assert dated == {"2020"} and len(events_step.own_statements(_published("lv.txt", text, "2025-07-22",
                                                                           settings))) == 1


def test_which_after_a_place_is_of_the_thing_placed_there(tmp_path: Path) -> None:
    """'The collapse of the Aldren Bridge in Dunmere on 20 May 2025, which killed 11 people' was
    labelled 'Dunmere killed 11 people': the city as the killer."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Bridge\n\nThe collapse of the Aldren Bridge in Dunmere on 20 May 2025, which killed 11 people, shocked "
            "the nation. It is small beside the main Rover factory in Longbridge, which in 1999 produced 180,000 "
            "cars. Deutsche Boerse, which owns Eurex, made an offer on 4 June 2025.\n")
    labels = {s.date_text: events_step._phrase(s, {}).text  # noqa: SLF001 - the label a report gives its event
              for s in events_step.own_statements(_published("bridge.txt", text, "2025-06-10", settings))}
    assert labels["20 May 2025"].startswith("collapse of Aldren Bridge killed")
    assert labels["1999"].startswith("main Rover factory produced")
    assert labels["4 June 2025"].startswith("Deutsche Boerse made")


def test_a_date_after_an_inquiry_into_a_happening_dates_the_happening(tmp_path: Path) -> None:
    """'today announced … an inquiry into the collapse of the Aldren Bridge in Dunmere on 20 May
    2025, in which 12 people lost their lives' gave an announcement on 20 May: the collapse's day
    dates the collapse, and the event is the collapse the wire tells. When nothing else dates the
    announcing, the date at the end is the announcing's ('announced an inquiry into the collapse
    last week'), and a move 'into the new house' is no happening's."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Inquiry\n\nThe Government of Moravel today announced an independent public inquiry into the collapse of "
            "the Aldren Bridge in Dunmere on 20 May 2025, in which 12 people lost their lives. The minister announced "
            "an inquiry into the collapse of the bridge last week. Police opened an investigation on Monday into the "
            "deaths of three climbers on 2 March. The Varga family moved into the new house on 3 March.\n")
    phrases = _phrases("inquiry.txt", text, settings)
    assert phrases["20 May 2025"] == "collapse of Aldren Bridge in Dunmere"
    assert phrases["today"] is not None and "announced" in phrases["today"]
    assert phrases["last week"] is not None and "announced" in phrases["last week"]
    assert phrases["2 March"] == "deaths of three climbers"
    assert phrases["3 March"] is not None and "moved" in phrases["3 March"]
    wire = ("Bridge\n\nA section of the Aldren Bridge in Dunmere collapsed during the evening rush hour on Tuesday, "
            "killing 11 people, officials said.\n")
    release = ("Inquiry\n\nThe Government of Moravel today announced an independent public inquiry into the collapse "
               "of the Aldren Bridge in Dunmere on 20 May 2025, in which 12 people lost their lives.\n")
    analyses = _briefings(settings, ("wire.txt", wire, "2025-05-20"), ("release.txt", release, "2025-05-23"))
    collapse = _of(find_events(analyses), "wire", 0)
    assert ("rel", 0) in _refs(collapse) and collapse.value == "2025-05-20"


def test_one_collapse_of_a_named_structure_told_in_each_sources_words_is_one_event(tmp_path: Path) -> None:
    """Two collapses in one city on one day may be two (a dam and a bridge), so a collapse needed
    someone in common who is no place; but the Aldren Bridge both name is what collapsed. In a
    briefing that names one bridge, 'the bridge' is that bridge."""
    settings = Settings(seeds_dir=tmp_path)
    wire = ("Bridge\n\nA section of the Aldren Bridge in Dunmere collapsed during the evening rush hour on Tuesday, "
            "killing 11 people, officials said.\n")
    analysis = ("Analysis\n\nThe collapse of the Aldren Bridge in Dunmere on 20 May 2025, which killed 11 people, was "
                "the worst structural failure on record.\n")
    local = ("Local\n\nThe Aldren Bridge carried 30,000 vehicles a day. Families gathered at the riverside where the "
             "bridge's central span collapsed on Tuesday.\n")
    other = "Dam\n\nThe Selva Dam near Dunmere collapsed on Tuesday after heavy rain.\n"
    analyses = _briefings(settings, ("wire.txt", wire, "2025-05-20"), ("analysis.txt", analysis, "2025-05-25"),
                          ("local.txt", local, "2025-05-22"), ("other.txt", other, "2025-05-21"))
    events = find_events(analyses)
    collapse = _of(events, "wire", 0)
    assert set(collapse.sources) == {"wire", "analysis", "local"}, collapse.sources
    assert "aldren-bridge" in collapse.participants
    assert _of(events, "other", 0).sources == ("other",)  # the dam's collapse that day is another


def test_a_transcripts_question_tells_no_happening(tmp_path: Path) -> None:
    """The interviewer's 'Q: Tavaris says Korvenian special forces joined a raid … on June 4.' was one
    of the raid's four reports, from the interview that denies it."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Interview\n\nJoaquim de la Serra is Korvenia's interior minister. He spoke to the Ledger.\n\n"
            "Q: Tavaris says Korvenian special forces joined a raid in the Dunmere forest on June 4. Did they?\n\n"
            "A: No. Our police were in their barracks on June 4.\n\n"
            "Q: Will the Senate vote?\n\nA: The Senate will vote next month on the memorandum.\n")
    made = events_step.own_statements(_published("ledger.txt", text, "2025-06-30", settings))
    assert [s.text for s in made if s.date_text == "June 4"] == ["Our police were in their barracks on June 4."]


def test_one_strike_from_the_air_told_in_each_sources_words_is_one_event(tmp_path: Path) -> None:
    """'Drone strikes killed at least 23 people in Kessary on Monday' and 'the air strikes conducted in
    the Kessary area on 2 June neutralised 23 terrorists' shared the village and no word of what was
    done: two single-source events of one strike. A strike of workers is no strike from the air."""
    settings = Settings(seeds_dir=tmp_path)
    wire = "Strikes\n\nDrone strikes killed at least 23 people in the border village of Kessary on Monday.\n"
    release = ("Statement\n\nThe ministry confirms that the air strikes conducted in the Kessary area on 2 June "
               "neutralised 23 terrorists.\n")
    dockers = "Port\n\nDockers in Kessary began a strike on Monday over pay.\n"
    analyses = _briefings(settings, ("wire.txt", wire, "2025-06-03"), ("release.txt", release, "2025-06-04"),
                          ("dockers.txt", dockers, "2025-06-03"))
    events = find_events(analyses)
    assert set(_of(events, "wire", 0).sources) == {"wire", "release"}
    assert _of(events, "dockers", 0).sources == ("dockers",)


def test_a_day_that_names_a_happening_dates_it_not_the_sentence(tmp_path: Path) -> None:
    """'raised the death toll from the June 2 strikes to 27' on Tuesday's hearing: June 2 dated the
    raising of the toll, one of two events of one sentence (a single-source point listed twice).
    'On Friday the army said the 4 June raid … had killed 12' had only Friday, the day of the saying."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Hearing\n\nAt a hearing on Tuesday, Defence Minister Ilse Marenkovic said an internal review had raised "
            "the death toll from the June 2 strikes to 27.\n\n"
            "On Friday the army said the 4 June raid on the Dunmere camp had killed 12 fighters.\n")
    made = events_step.own_statements(_published("hearing.txt", text, "2025-06-18", settings))
    assert [(s.sentence, s.value) for s in made] == [(0, "2025-06-17"), (1, "2025-06-04")]


def test_an_aside_about_who_someone_is_tells_no_part_of_the_happening(tmp_path: Path) -> None:
    """'Finance Minister Pavel Dragomir, who has faced calls from opposition lawmakers to resign over a
    budget overrun, said on Wednesday that the government would ask the ISF for a loan' and the
    Courier's 'Dragomir handed a resignation letter … on Wednesday evening' were one event, 'reported by
    2 sources', the home page's first point: the aside's 'resign' was the only word of a happening both had."""
    settings = Settings(seeds_dir=tmp_path)
    wire = ("Loan\n\nFinance Minister Pavel Dragomir, who has faced calls from opposition lawmakers to resign over a "
            "budget overrun, said on Wednesday that the government would ask the ISF for a loan of $4 billion.\n")
    paper = ("Resignation\n\nFinance Minister Pavel Dragomir handed a resignation letter to Prime Minister Ivo Kardas "
             "on Wednesday evening, according to two senior officials in the governing Civic Alliance, as the fallout "
             "from the central bank's decision spread from the trading floors to the high street.\n")
    others = [(f"other{n}.txt", f"Rates\n\nThe government of Finance Minister Pavel Dragomir and Prime Minister Ivo "
                                f"Kardas faces a currency crisis, economists said in note {n}.\n", "2025-10-20")
              for n in range(4)]
    events = find_events(_briefings(settings, ("wire.txt", wire, "2025-10-16"), ("paper.txt", paper, "2025-10-16"),
                                    *others))
    assert not [e for e in events if {"wire", "paper"} <= set(e.sources)], [(e.label, e.sources) for e in events]


@pytest.mark.parametrize("text", [
    "Dr Anouk van Rijsel, director-general of the Valdoran Medicines Safety Authority since 2019, would step aside "
    "pending an inquiry, the ministry said.",
    "The minister, in office since 2021, would step aside pending an inquiry.",
    "He has been finance minister since 2020 and would step aside pending an inquiry.",
])
def test_the_year_an_office_began_dates_nothing_its_holder_does(tmp_path: Path, text: str) -> None:
    """'director-general … since 2019, would step aside' put the stepping aside in 2019, on her page
    and the timeline. Alone, 'observers present since late 2023' still dates an arrival."""
    settings = Settings(seeds_dir=tmp_path)
    made = events_step.own_statements(_published("office.txt", f"Office\n\n{text}\n", "2025-03-28", settings))
    assert not [s for s in made if s.value and s.value.startswith(("2019", "2020", "2021"))], made
    present = events_step.own_statements(_published("present.txt", "Observers\n\nObservers present since late 2023 "
                                                    "left the town.\n", "2025-03-28", settings))
    assert [s.value for s in present] == ["2023"]


def test_words_for_diplomats_expelled_workers_stopping_computers_attacked_and_votes_won_are_one_kind_each() -> None:
    assert {kind_of(w) for w in ("expelled", "expulsion", "expels")} == {"~expel"}
    assert {kind_of(w) for w in ("cyberattack", "hacked", "ransomware", "encrypted")} == {"~hack"}
    assert {kind_of(w) for w in ("walkout", "stoppage")} == {"~walkout"}
    told = {text: [word for _, _, word, _ in phrase_kinds(text)] for text in (
        "On 12 March the Government of Kestovar declared four members of our embassy staff persona non grata.",
        "The Foreign Ministry ordered five Sarvenian embassy staff to leave the country within 48 hours.",
        "Kestovar threw out four of our diplomats on 12 March.",
        "Dockworkers went on strike on Monday.", "They downed tools at 6am.",
        "Thousands walked off the job on Monday.", "The union began an indefinite strike on 2 June.",
        # not a court's ruling, people sent from their homes, a deal, a strike from the air
        "The court threw out the case.", "Police ordered residents to leave.", "They will strike a deal.",
        "Israel launched a strike against Hamas.",
        "Mirecki won the presidential vote.", "The commission declared Stefan Mirecki the winner.",
        "He was named president-elect.", "It won a vote of confidence.", "The team won the match.")}
    assert list(told.values()) == [["expelled"], ["expelled"], ["expelled"], ["walkout"], ["walkout"], ["walkout"],
                                   ["walkout"], [], [], [], [], ["elected"], ["elected"], ["elected"], [], []]
    assert kind_of("elected") == kind_of("re-elected") == "~elected"


def test_diplomats_expelled_told_in_each_source_s_words_are_one_event(tmp_path: Path) -> None:
    """'Kestovar expelled four Sarvenian diplomats', 'declared four members of our embassy staff persona
    non grata', 'threw out four of our diplomats', all on 12 March, were single-source events of one
    expulsion. The border crossing Kestovar closed that day, 'leaving a queue', is another happening."""
    settings = Settings(seeds_dir=tmp_path)
    wire = ("Expelled\n\nKestovar expelled four Sarvenian diplomats on Wednesday and gave them 72 hours to leave the "
            "country. Hauliers said Kestovar had closed the Brennow border crossing to Sarvenian trucks on Wednesday "
            "morning, leaving a queue of about 300 vehicles.\n")
    release = ("Statement\n\nOn 12 March the Government of Kestovar declared four members of our embassy staff "
               "persona non grata and gave them three days to leave its territory. Kestovar gave no reason.\n")
    oped = "Opinion\n\nKestovar threw out four of our diplomats on 12 March. Sarvenia must answer Kestovar.\n"
    analyses = _briefings(settings, ("wire.txt", wire, "2025-03-13"), ("release.txt", release, "2025-03-13"),
                          ("oped.txt", oped, "2025-03-14"))
    events = find_events(analyses)
    assert set(_of(events, "wire", 0).sources) == {"wire", "release", "oped"}
    assert _of(events, "wire", 1).sources == ("wire",)


def test_a_deal_stopped_told_in_each_source_s_words_is_one_kind_and_one_event(tmp_path: Path) -> None:
    """A regulator's decision told as 'blocked the €2.4 billion takeover', 'decision to prohibit the
    anticipated acquisition', 'struck down Aerovel's bid', 'the veto of the takeover' was four events of
    one source each. Not a road blocked, people killed at a bid's ceremony, nor a bid rejected."""
    told = {text: [word for _, _, word, _ in phrase_kinds(text)] for text in (
        "The regulator on Tuesday blocked the €2.4 billion takeover of Meridia Air.",
        "The Authority announced its decision to prohibit the anticipated acquisition of Meridia Air.",
        "The Authority struck down Aerovel's bid for Meridia Air.",
        "The watchdog's ruling killed Aerovel's €2.1bn bid.",
        "Protesters blocked the road to the airport.", "Gunmen killed three people at the bid ceremony.",
        "The board rejected the takeover bid.")}
    assert list(told.values()) == [["vetoed"], ["vetoed"], ["vetoed"], ["vetoed"], [], [], []]
    assert kind_of("veto") == kind_of("vetoed") == "~veto"
    settings = Settings(seeds_dir=tmp_path)
    wire = ("Blocked\n\nThe Velorian Competition Authority on Tuesday blocked the takeover of Meridia Air by "
            "Aerovel. Shares in Meridia Air fell.\n")
    release = ("Decision\n\nOn 11 March the Velorian Competition Authority announced its decision to prohibit the "
               "acquisition of Meridia Air by Aerovel.\n")
    oped = ("Opinion\n\nWhen the Velorian Competition Authority struck down the bid by Aerovel for Meridia Air on "
            "11 March, the minister said nothing.\n")
    analyses = _briefings(settings, ("wire.txt", wire, "2025-03-12"), ("release.txt", release, "2025-03-11"),
                          ("oped.txt", oped, "2025-03-20"))
    assert set(_of(find_events(analyses), "wire", 0).sources) == {"wire", "release", "oped"}


def test_a_crossing_closed_a_verdict_a_cave_in_and_shells_that_hit_are_one_kind_each_however_told() -> None:
    """'closed the gate at Sarnik', 'sealed its only busy border crossing', 'the crossing closed', 'will be
    temporarily closed' were each their own event of one border's closing; 'jailed for nine years' and
    'found … guilty' no verdict; 'the roof fall', 'the cave-in' no collapse; 'a shell struck the market'
    no shelling. Not shares that closed, a shop's doors, a detention, a shell company."""
    told = {text: [word for _, _, word, _ in phrase_kinds(text)] for text in (
        "Border guards closed the gate at Sarnik late on Wednesday night.",
        "Kestrava sealed its only busy border crossing with Dravonia on Thursday.",
        "The Sarnik crossing point will be temporarily closed to all traffic.",
        "After the crossing closed on March 14 people kept coming.",
        "The court found former Minister of Defence Matthias van der Stroom guilty of bribery.",
        "He was jailed for nine years on Thursday.", "A shell struck the central market on Sunday.",
        "It followed the roof fall that occurred at 04:40.",
        "Shares closed at 4.93.", "The shop closed its doors.", "He was jailed pending trial.",
        "Funds went through a shell company.")}
    assert list(told.values()) == [["closure"], ["closure"], ["closure"], ["closure"], ["verdict"], ["verdict"],
                                   ["shelling"], ["collapsed"], [], [], [], []]
    assert {kind_of(w) for w in ("cave-in", "collapsed")} == {"~collapse"}
    assert kind_of("closure") == "~close" and kind_of("shelled") == "~shell"
    stormed = {text: [word for _, _, word, _ in phrase_kinds(text)] for text in (
        "Soldiers seized the headquarters of Varkesh's state broadcaster late on Tuesday.",
        "The men who occupied the VBC studios promised an end to corruption.",
        "Police seized weapons at the airport.", "Israel occupied territories.")}
    assert list(stormed.values()) == [["stormed"], ["stormed"], [], []] and kind_of("stormed") == "~storm"


def test_the_years_of_a_period_date_no_happening(tmp_path: Path) -> None:
    """'Between 2016 and 2019 the agency lost a third of its staff' made two events, one in 2016 and
    one in 2019, each 'agency lost staff'; told twice, four. A period is no happening's date; two
    years of two happenings are ('closed in 2016 and reopened in 2019')."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Agency\n\nBetween 2016 and 2019 the agency lost a third of its staff. From 2016 to 2019 budgets fell. "
            "The plant closed in 2016 and reopened in 2019.\n")
    made = events_step.own_statements(_published("agency.txt", text, "2025-06-20", settings))
    assert [(s.sentence, s.value) for s in made] == [(2, "2016"), (2, "2019")]


def test_a_noun_with_names_after_with_is_the_subject_not_the_names(tmp_path: Path) -> None:
    """'after talks with the Kestrian Port Employers' Association collapsed on Friday' was labelled
    'Kestrian Port Employers' Association collapsed' (the employers' body had not); 'a merger with
    Deutsche Boerse failed in 2000', 'Deutsche Boerse failed'. A meeting with someone stays a meeting."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Port\n\nThe union called the strike after talks with the Kestrian Port Employers' Association collapsed "
            "on 30 May. A merger with Deutsche Boerse failed in 2000. Tony Blair met with Gordon Brown in 2003.\n")
    phrases = _phrases("port.txt", text, settings)
    assert phrases["30 May"] == "talks with the Kestrian Port Employers' Association collapsed"
    assert phrases["2000"] == "merger with Deutsche Boerse failed"
    assert phrases["2003"] == "Tony Blair met with Gordon Brown"


def test_a_time_things_are_likened_to_dates_no_happening(tmp_path: Path) -> None:
    """'"It's like working in 1985," said a nurse' put 'background from 1985' on the home page. A
    simile's time dates nothing; a happening told with a simile keeps its date ('worked like a
    slave in 2004')."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Nurses\n\n\"It's like working in 1985,\" said a nurse at the hospital. It felt as if it were 1999. "
            "He worked like a slave in 2004 at the plant, he said.\n")
    made = events_step.own_statements(_published("nurses.txt", text, "2025-03-20", settings))
    assert [(s.sentence, s.value) for s in made] == [(2, "2004")]


def test_what_a_sentence_says_did_not_happen_is_no_happening(tmp_path: Path) -> None:
    """'There was no vote of no confidence, on Sunday or on any other day' was an event 'no vote
    confidence' on the Sunday before; so was 'No such incident took place'. A happening told beside
    what did not happen keeps its date ('There were no casualties when the bomb exploded on Monday')."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Board\n\nThere was no vote of no confidence, on Sunday or on any other day. No such incident took place "
            "on Saturday. On Friday the meeting never happened. There were no casualties when the bomb exploded "
            "on Monday.\n")
    made = events_step.own_statements(_published("board.txt", text, "2025-04-02", settings))
    assert [(s.sentence, s.value) for s in made] == [(3, "2025-03-31")]


def test_a_clock_time_before_a_date_is_when_not_what_happened(tmp_path: Path) -> None:
    """'when the fire broke out shortly after 8.30pm on Monday' was an event labelled '8 30pm'."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Fire\n\nNearly 900 workers were inside the building when the fire broke out shortly after 8.30pm on "
            "Monday, he added.\n")
    phrases = _phrases("fire.txt", text, settings)
    assert "30pm" not in phrases["on Monday"] and "fire" in phrases["on Monday"]


def test_what_a_sentence_says_was_never_done_is_no_happening(tmp_path: Path) -> None:
    """'No inspection of the Golden Loom factory was carried out by the Labour Inspectorate in 2024' was an
    event 'Golden Loom factory carried out by Labour Inspectorate' (the negation dropped from its label);
    so were 'said no inspection took place last year' and 'Our records show no inspection … in 2024'.
    The inspection a source says was done keeps its date."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Factory\n\nNo inspection of the Golden Loom factory was carried out by the Labour Inspectorate in "
            "2024. The ministry has said no inspection took place last year. Our records show no inspection of "
            "that factory in 2024. The inspectorate inspected the factory on 3 November 2024.\n")
    made = events_step.own_statements(_published("ministry.txt", text, "2025-04-16", settings))
    assert [(s.sentence, s.value) for s in made] == [(3, "2024-11-03")]


def test_a_time_of_day_before_a_date_is_when_not_what_happened(tmp_path: Path) -> None:
    """'The ceiling of the seventh level gave way shortly before midnight on Sunday' was labelled
    'midnight'; 'before the election on Sunday' still names the election."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("Mine\n\nThe ceiling of the seventh level gave way shortly before midnight on Sunday. Ivo Tark left "
            "before the election on 12 March.\n")
    phrases = _phrases("mine.txt", text, settings)
    assert "midnight" not in phrases["on Sunday"] and "gave way" in phrases["on Sunday"]
    assert phrases["12 March"] == "election"


def test_a_date_set_off_after_its_weekday_dates_the_clause_of_the_weekday(tmp_path: Path) -> None:
    """'since the fighting in Marrosk began on Thursday, March 6, according to figures the municipality
    compiled' dated the compiling, not the fighting's start, which other sources dated 7 March."""
    settings = Settings(seeds_dir=tmp_path)
    text = ("War\n\nMore than 12,000 people have crossed since the fighting in Marrosk began on Thursday, March 6, "
            "according to figures the municipality compiled.\n")
    assert _phrases("war.txt", text, settings)["March 6"] == "fighting in Marrosk began"
    # the day set off tells what else happened then: its clause, not the weekday's
    text = "Mines\n\nIrena Valdes was named acting minister on Tuesday, 11 March, the day Pavel Oreskovic resigned.\n"
    assert _phrases("mines.txt", text, settings)["11 March"] == "Pavel Oreskovic resigned"
