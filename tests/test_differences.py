"""Points of difference (issue 9, item 3): one office held by different people, different figures
for one quantity, different dates for one happening, and events only one source reports."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import SimpleNamespace

import pytest
from briefing_site.differences import COMPARING, _timing, _told_ahead, find_differences, read_figure, read_office
from briefing_site.events import find_events
from briefing_site.knowledge import load_knowledge
from briefing_site.model import (
    Analysis,
    Difference,
    Event,
    EventReport,
    Field,
    Figure,
    RawSeed,
    SentenceRef,
    Settings,
)
from briefing_site.pipeline import analyse
from briefing_site.reading import discover_seeds, read_seed
from conftest import ROOT, count_calls, with_ids

KNOWLEDGE = load_knowledge(None)

# Two outlets on one story, years apart: new ministers, and a border of two lengths.
CONFLICT = {
    "evros-a.txt": ("Greece and Türkiye talk about the Evros crossing\n\n"
                    "Greek Foreign Minister Nikos Dendias met Turkish Foreign Minister Mevlut Cavusoglu in Ankara. "
                    "Greece and Türkiye share a border that is 125 miles long. "
                    "Labour MP John Smith said the talks in Ankara were useful. "
                    "Officials said the crossing at Kipoi would reopen to trucks.\n", {"date": "2022-05-02"}),
    "evros-b.txt": ("Evros crossing to reopen, ministers say\n\n"
                    "Greece's foreign minister Giorgos Gerapetritis met Turkish Foreign Minister Hakan Fidan "
                    "in Athens. "
                    "Greek and Turkish troops patrol the 150-mile border between Greece and Türkiye. "
                    "Labour MP Jane Doe welcomed the meeting in Athens. "
                    "Officials said the crossing at Kipoi would reopen to trucks.\n", {}),
}
# Two outlets that agree: one president under two forms of his name, a border "over 120 miles".
AGREEMENT = {
    "kipoi-a.txt": ("Kipoi crossing reopens\n\n"
                    "Turkish President Recep Tayyip Erdogan welcomed Greek officials at Kipoi. "
                    "Greece and Türkiye share a border that spans over 120 miles. "
                    "Officials said the crossing at Kipoi reopened to trucks.\n", {}),
    "kipoi-b.txt": ("Trucks cross at Kipoi again\n\n"
                    "Turkish President Erdogan said the crossing at Kipoi was open. "
                    "Greek and Turkish troops patrol the 150-mile border between Greece and Türkiye. "
                    "Officials said the crossing at Kipoi reopened to trucks.\n", {}),
}


def _analyses(seeds: dict[str, tuple[str, dict[str, object]]], settings: Settings) -> list[Analysis]:
    raws = [RawSeed(name, text, "0" * 64, "utf-8", declared, "front matter" if declared else "", 1)
            for name, (text, declared) in seeds.items()]
    return with_ids([analyse(raw, settings, KNOWLEDGE) for raw in raws])[0]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(seeds_dir=tmp_path_factory.mktemp("seeds"))


@pytest.fixture(scope="module")
def conflict(settings: Settings) -> list[Analysis]:
    return _analyses(CONFLICT, settings)


@pytest.fixture(scope="module")
def agreement(settings: Settings) -> list[Analysis]:
    return _analyses(AGREEMENT, settings)


@pytest.fixture(scope="module")
def real_seeds() -> list[Analysis]:
    seeds_dir = ROOT / "seeds"
    settings = Settings(seeds_dir=seeds_dir)
    files = discover_seeds(seeds_dir)[0]
    return with_ids([analyse(read_seed(f, seeds_dir, settings.max_seed_bytes), settings, KNOWLEDGE)
                     for f in files])[0]


def _of_kind(differences: tuple[Difference, ...], kind: str) -> dict[str, Difference]:
    return {d.subject: d for d in differences if d.kind == kind}


def _points(analyses: list[Analysis], kind: str) -> list[Difference]:
    """The points of one kind the analyses' own events give, in order."""
    return [d for d in find_differences(analyses, find_events(analyses)) if d.kind == kind]


def _found(analyses: list[Analysis], kind: str) -> dict[str, Difference]:
    """The same points by subject."""
    return {d.subject: d for d in _points(analyses, kind)}


# --- offices ---------------------------------------------------------------------------------


@pytest.mark.parametrize("forms", [
    ("Iraq’s interior minister", "Iraq's Interior Minister", "Iraqi Interior Minister", "IRAQI INTERIOR MINISTER"),
    ("Turkish interior minister", "Turkey's interior minister", "Türkiye’s Interior Minister"),
    ("Tory leader", "Conservative leader", "Conservative Party leader", "Tory leader Mr"),
    ("UK Prime Minister", "British prime minister", "Britain's PM", "British premier"),
    ("Microsoft chief executive", "Microsoft's CEO"),
    ("Iraqi Minister of Defence", "Iraqi Defence Minister"),  # an office "of" a portfolio
    ("Turkish Minister of Foreign Affairs", "Turkish Foreign Minister", "Turkey's Minister for Foreign Affairs"),
])
def test_forms_of_one_office_share_a_key(forms: tuple[str, ...]) -> None:
    keys = {read_office(form, KNOWLEDGE).key for form in forms}  # type: ignore[union-attr]
    assert len(keys) == 1


@pytest.mark.parametrize("role", [
    "Interior Minister",  # which country's? not said
    "Labour MP", "Turkish official", "Turkish spokesman", "senior Turkish official", "minister",  # many hold it
    "Kurdish leader", "Palestinian leader", "Labour minister", "African president",  # many hold it
    "former US President", "Deputy Prime Minister", "president-elect", "ex-Labour leader",  # not held now
    "his Turkish counterpart", "company's chief executive", "London King",
])
def test_roles_that_name_no_single_office(role: str) -> None:
    assert read_office(role, KNOWLEDGE) is None


def test_the_subject_reads_as_a_reader_says_it() -> None:
    assert read_office("Turkish Interior Minister", KNOWLEDGE).subject == "Turkish interior minister"  # type: ignore[union-attr]
    assert read_office("leader of Essex County Council", KNOWLEDGE).key == ("leader", "essex county council")  # type: ignore[union-attr]


def test_one_office_two_holders_is_a_difference(conflict: list[Analysis]) -> None:
    offices = _of_kind(find_differences(conflict, ()), "office")
    assert set(offices) == {"Greek foreign minister", "Turkish foreign minister"}
    greek = offices["Greek foreign minister"]
    assert [(c.ref.briefing, c.value, c.entity) for c in greek.claims] == [
        ("evros-a", "Nikos Dendias", "nikos-dendias"), ("evros-b", "Giorgos Gerapetritis", "giorgos-gerapetritis")]
    assert all(c.ref.sentence == 0 for c in greek.claims)  # the sentence that gives the role


SUDAN = {
    "jeddah-a.txt": ("Sudan talks resume in Jeddah\n\nSudan's Foreign Minister Ali al-Sadiq said Sudan would attend "
                     "the talks. Sudan's army and the RSF sent delegations.\n", {}),
    "jeddah-b.txt": ("Sudan sends team to Jeddah\n\nForeign Minister Hussein Awad Ali said Sudan wanted peace. "
                     "The talks opened on Monday.\n", {}),
    "jeddah-c.txt": ("Talks open\n\nFormer Foreign Minister Omar Bashir said Sudan had changed. "  # a former holder
                     "Then-Foreign Minister Karim Nour spoke in 2019.\n", {}),
    "jeddah-d.txt": ("Talks open\n\nForeign Minister Leila Haddad said the talks were welcome.\n", {}),  # no Sudan
}
GULF = {  # two countries' foreign ministers: an unqualified one is neither's
    "gulf-a.txt": ("Talks\n\nIraqi Foreign Minister Fuad Hussein met Turkish Foreign Minister Hakan Fidan. Iraq "
                   "and Türkiye agreed.\n", {}),
    "gulf-b.txt": ("Talks\n\nForeign Minister Ali Reza said Iraq and Türkiye would meet.\n", {}),
}
# Offices whose country the sentence or the briefing gives otherwise: a region's prime minister, a
# delegation's minister, a briefing that names its own country's holder
ERBIL = {
    "erbil-a.txt": ("Talks\n\nIraqi Prime Minister Mohammed Shia al-Sudani met Iraqi Defence Minister Thabet "
                    "al-Abbasi in Baghdad. Iraq said the talks went well.\n", {}),
    "erbil-b.txt": ("Talks\n\nKurdistan Region Prime Minister Masrour Barzani called for restraint. Iraq was "
                    "silent.\n", {}),
    "erbil-c.txt": ("Talks\n\nIraqi Defence Minister Thabet al-Abbasi met a Turkish delegation that included "
                    "Defence Minister Yasar Guler. Iraq hosted the talks.\n", {}),
    "erbil-d.txt": ("Talks\n\nThe talks in Baghdad drew a Turkish delegation including Defence Minister Yasar Guler. "
                    "Iraq hosted them.\n", {}),
}


def test_an_office_named_without_its_country_is_the_one_country_other_sources_give_it(settings: Settings) -> None:
    """'Foreign Minister Hussein Awad Ali' in a report naming Sudan, beside "Sudan's Foreign Minister
    Ali al-Sadiq": one office, two holders. Not a former holder's, nor a report that names no Sudan,
    nor where sources give the office two countries."""
    offices = _of_kind(find_differences(_analyses(SUDAN, settings), ()), "office")
    assert {s: [c.value for c in d.claims] for s, d in offices.items()} == {
        "Sudan's foreign minister": ["Ali al-Sadiq", "Hussein Awad Ali"]}
    assert not _of_kind(find_differences(_analyses(GULF, settings), ()), "office")
    assert not _of_kind(find_differences(_analyses(ERBIL, settings), ()), "office")


def test_an_office_of_a_state_the_gazetteer_does_not_know_is_one_office(settings: Settings) -> None:
    """"Kestrava's Interior Minister, Dr Ilse van Aardt," and "The new interior minister, Piet
    Haugland," in a report that names Kestrava: a state of the story, which no gazetteer knows, has
    one interior minister, and the reshuffle was never shown. A town the sentence names ('is expected
    in Tolvo') is no other state."""
    seeds = {"wire.txt": ("Border\n\nKestrava's Interior Minister, Dr Ilse van Aardt, said on Monday the border "
                          "with Dravonia would stay open.\n", {"date": "2025-03-10"}),
             "paper.txt": ("Visit\n\nIlse van Aardt, the interior minister, is expected in Tolvo on Friday. "
                           "Refugees from Dravonia keep crossing into Kestrava.\n", {"date": "2025-03-13"}),
             "report.txt": ("Camp\n\nThe new interior minister, Piet Haugland, came to the camp near Tolvo on "
                            "Thursday. Refugees from Dravonia keep crossing into Kestrava.\n",
                            {"date": "2025-04-08"})}
    offices = _of_kind(find_differences(_analyses(seeds, settings), ()), "office")
    assert {s: sorted(c.value for c in d.claims) for s, d in offices.items()} == {
        "Kestrava's interior minister": ["Ilse van Aardt", "Ilse van Aardt", "Piet Haugland"]}


def test_a_plural_office_is_no_difference(conflict: list[Analysis]) -> None:
    names = {c.value for d in find_differences(conflict, ()) for c in d.claims}
    assert not names & {"John Smith", "Jane Doe"}  # both "Labour MP"


def test_one_holder_under_two_names_is_no_difference(agreement: list[Analysis]) -> None:
    assert not _of_kind(find_differences(agreement, ()), "office")


def test_timing_names_the_dates_or_their_absence(conflict: list[Analysis]) -> None:
    timing = _of_kind(find_differences(conflict, ()), "office")["Turkish foreign minister"].timing
    assert timing == ("may be a matter of time: “Greece and Türkiye talk about the Evros crossing” was published "
                      "on 2022-05-02; “Evros crossing to reopen, ministers say” is undated")


def test_sources_published_the_same_day_need_no_timing(conflict: list[Analysis]) -> None:
    same_day = [dataclasses.replace(a, metadata=dataclasses.replace(
        a.metadata, published=Field("2022-05-02", "front matter"))) for a in conflict]
    assert all(d.timing == "" for d in find_differences(same_day, ()))


# --- figures ---------------------------------------------------------------------------------


def test_two_lengths_of_one_border_are_a_difference(conflict: list[Analysis]) -> None:
    figures = _of_kind(find_differences(conflict, ()), "figure")
    assert list(figures) == ["border length"]
    assert [(c.ref.briefing, c.ref.sentence, c.value) for c in figures["border length"].claims] == [
        ("evros-a", 1, "125 miles"), ("evros-b", 1, "150 miles")]  # "the 150-mile border" (figures.py)


def test_an_approximate_figure_that_overlaps_is_no_difference(agreement: list[Analysis]) -> None:
    assert not _of_kind(find_differences(agreement, ()), "figure")  # "over 120 miles" and "150-mile"


def _figure(text: str, value: str, unit: str = "", qualifier: str = "", measure: str = "") -> Figure:
    return Figure(text=text, value=value, unit=unit, qualifier=qualifier, sentence=0, sourced=False, measure=measure)


# Four outlets on one flood, a day or two apart: the toll rises, and one source counts more.
FLOOD = {
    "wire.txt": ("Floods hit Batman\n\nAt least 27 people were killed and 41 injured when flash floods swept "
                 "through Batman and Siirt on Tuesday night, the disaster agency AFAD said on Wednesday. "
                 "Governor Ekrem Canalp said the Iluh stream burst its banks.\n", {"date": "2025-03-12"}),
    "agency.txt": ("Batman floods kill 31\n\nThe death toll from flash floods in Batman and Siirt rose to 31 on "
                   "Thursday, AFAD said. Governor Ekrem Canalp said 29 of the victims died in Batman. "
                   "In Batman and Siirt, 58 people were injured in the floods.\n", {"date": "2025-03-13"}),
    "local.txt": ("Batman toll reaches 34\n\nAt least 34 people have died in the floods that hit Batman and "
                  "Siirt this week, local officials said, a higher toll than AFAD gave. Governor Ekrem Canalp "
                  "denied it.\n", {"date": "2025-03-14"}),
    "old.txt": ("Batman remembers\n\nFloods in Batman and Siirt killed 16 people in March 2019, AFAD said. "
                "Governor Ekrem Canalp said the Iluh stream was covered.\n", {"date": "2025-03-15"}),
    "review.txt": ("Batman floods reviewed\n\nOfficial figures put the death toll from the Batman and Siirt "
                   "floods at 32.\n", {"date": "2025-03-17"}),
    "history.txt": ("Batman's worst floods\n\nThe Batman and Siirt floods in March were the deadliest since "
                    "December 2024, when 12 people were killed in the floods in Batman on the Iluh stream.\n",
                    {"date": "2025-03-18"}),
}


def test_one_happening_s_different_tolls_are_a_difference(settings: Settings) -> None:
    """Tolls told as they rise, a day apart, and worded differently ("were killed", "the death toll
    rose to", "have died") are one measure: the site sets them side by side, with their dates. "At
    least 27" meets them all; "29 of the victims" is a part; the 2019 flood's toll is another's, and
    so is December's, though its sentence names March too (a toll is dated by the date nearest it).
    A toll given with no date is one as of its briefing's publication."""
    differences = find_differences(_analyses(FLOOD, settings), ())
    tolls = _of_kind(differences, "figure")
    assert [(c.ref.briefing, c.value) for c in tolls["death toll"].claims] == [
        ("agency", "31"), ("local", "At least 34 people"), ("review", "32")]
    assert "may be a matter of time" in tolls["death toll"].timing
    assert [(c.ref.briefing, c.value) for c in tolls["people injured"].claims] == [
        ("agency", "58 people"), ("wire", "41 injured")]


# Two stories of nothing else, so that what the test's reports share is rare among the briefings
UNRELATED = {
    "port.txt": ("Port Marrow reopens\n\nPort Marrow reopened to ferries on Monday, harbour master Colm Brennan "
                 "said.\n", {"date": "2025-03-10"}),
    "fishing.txt": ("Fishing ban\n\nFishermen in Kelby Bay protested against a fishing ban, Mayor Ines Tavar "
                    "said.\n", {"date": "2025-03-11"}),
}
SPILL = {
    "owner.txt": ("Helion plays down spill\n\nHelion Tankers, which manages the tanker Santa Lucia, said that no more "
                  "than 300 tonnes had been spilled in the Orsa Strait. Captain Andrei Petrescu was questioned.\n",
                  {"date": "2025-03-03"}),
    "coastguard.txt": ("Orsa Strait update\n\nThe coastguard estimates that approximately 1,200 tonnes of crude oil "
                       "have escaped from the Santa Lucia in the Orsa Strait. Captain Andrei Petrescu was arrested.\n",
                       {"date": "2025-03-04"}),
    "ledger.txt": ("Spill estimate rises\n\nThe Santa Lucia has spilled 3,100 tonnes into the Orsa Strait, the "
                   "coastguard said. Captain Andrei Petrescu remains in custody.\n", {"date": "2025-03-06"}),
    **UNRELATED,
}


def test_a_spills_estimates_are_set_side_by_side(settings: Settings) -> None:
    """An owner's, a coastguard's and a later estimate of one tanker's spill, each worded its own way
    ("had been spilled", "have escaped", "has spilled"), are one measure: a point of difference with
    the dates of its reports, as a toll's are."""
    spilled = _of_kind(find_differences(_analyses(SPILL, settings), ()), "figure")["amount spilled"]
    assert [(c.ref.briefing, c.value) for c in spilled.claims] == [
        ("coastguard", "approximately 1,200 tonnes"), ("ledger", "3,100 tonnes"), ("owner", "no more than 300 tonnes")]
    assert "may be a matter of time" in spilled.timing


FIRE = {
    "service.txt": ("Fire grows\n\nThe Valcorra fire had burned 9,800 hectares near Fort Ross, the fire service said. "
                    "Some 12,000 residents of Fort Ross had been evacuated.\n", {"date": "2025-07-15"}),
    "satellite.txt": ("Satellite view\n\nThe Valcorra fire near Fort Ross had burned 11,300 hectares, the Orbis "
                      "monitor said. More than 15,000 people from Fort Ross have now been evacuated.\n",
                      {"date": "2025-07-15"}),
    **UNRELATED,
}


def test_a_fires_area_and_its_evacuated_are_set_side_by_side(settings: Settings) -> None:
    """The fire service's and a satellite monitor's hectares of one fire, and its evacuated counted as
    residents by one and people by the other, had no point of difference."""
    figures = _of_kind(find_differences(_analyses(FIRE, settings), ()), "figure")
    assert {c.value for c in figures["area burned"].claims} == {"9,800 hectares", "11,300 hectares"}
    assert {c.value for c in figures["people evacuated"].claims} == {"Some 12,000 residents", "More than 15,000 people"}


def test_a_toll_told_on_a_day_is_the_toll_so_far_and_meets_the_happening_s_day(settings: Settings) -> None:
    """'has risen to nine, hospital sources told Cudi Haber on Wednesday' is the toll of Tuesday's
    bombing as told on Wednesday: it is set beside the first report's six of Tuesday, where a day the
    sentence gives to the happening itself would keep two tolls apart."""
    seeds = {"first.txt": ("Bomb\n\nSix people were killed on Tuesday when a car bomb exploded in Silopi, the "
                           "governor of Sirnak said.\n", {"date": "2025-03-11"}),
             "later.txt": ("Bomb\n\nThe number of people killed in the car bomb in Silopi has risen to nine, "
                           "hospital sources told Cudi Haber on Wednesday. The governor of Sirnak was there.\n",
                           {"date": "2025-03-12"})}
    tolls = _of_kind(find_differences(_analyses(seeds, settings), ()), "figure")
    assert [(c.ref.briefing, c.value) for c in tolls["death toll"].claims] == [("first", "Six people"),
                                                                              ("later", "nine")]


def test_a_toll_in_words_and_a_toll_after_another_happening_s_are_set_beside_the_others(settings: Settings) -> None:
    """'Twenty-nine people are dead' was no value to compare; and a report that first tells of a
    landslide's two dead was read for that toll alone, its toll of the dam's failure left out."""
    seeds = {"wire.txt": ("Dam\n\nAt least 31 people were killed when the Stana Dam failed in Sarvena on Monday "
                          "night, the governor of Sarvena said.\n", {"date": "2025-04-16"}),
             "oped.txt": ("Dam\n\nTwenty-nine people are dead because the Stana Dam was not repaired, the governor "
                          "of Sarvena admitted.\n", {"date": "2025-04-17"}),
             "report.txt": ("Dam\n\nTwo people were killed by a landslide near the Stana Dam in Sarvena. In all, 24 "
                            "people have died since the dam failed, the governor of Sarvena said.\n",
                            {"date": "2025-04-17"})}
    tolls = _of_kind(find_differences(_analyses(seeds, settings), ()), "figure")
    assert {(c.ref.briefing, c.value) for c in tolls["death toll"].claims} == {
        ("wire", "At least 31 people"), ("oped", "Twenty-nine people"), ("report", "24 people")}


@pytest.mark.parametrize("words, digits, apart", [
    ("One hundred and nine people were killed", "Eighty people were killed", True),
    ("One hundred and nine people were killed", "109 people were killed", False),
    ("Two dozen miners were killed", "Six miners were killed", True),
    ("Two dozen miners were killed", "24 miners were killed", False),
])
def test_a_toll_in_words_past_ninety_nine_is_read_as_its_number(settings: Settings, words: str, digits: str,
                                                                apart: bool) -> None:
    """'One hundred and nine' was a toll of nine, 'Two dozen miners' two miners: a false difference
    beside '109' and '24', and none beside a toll that does differ."""
    seeds = {"wire.txt": (f"Mine\n\n{words} when the Dravo mine collapsed in Sarvena on Monday, the governor of "
                          "Sarvena said.\n", {"date": "2025-04-16"}),
             "report.txt": (f"Mine\n\n{digits} when the Dravo mine collapsed in Sarvena on Monday, the governor of "
                            "Sarvena said.\n", {"date": "2025-04-16"})}
    figures = _of_kind(find_differences(_analyses(seeds, settings), ()), "figure")
    assert bool(figures) == apart


def test_counts_of_the_trapped_in_two_briefings_of_one_story_are_set_side_by_side(settings: Settings) -> None:
    """'Forty-one miners were trapped … at the Greyvale mine' and 'Halvek has told the nation that 38
    workers were trapped': the sentences name nothing in common, but the briefings tell one story."""
    seeds = {"wire.txt": ("Mine\n\nForty-one miners were trapped on Monday after a tunnel caved in at the Greyvale "
                          "copper mine in Velmora, officials said.\n", {"date": "2025-03-03"}),
             "union.txt": ("Union\n\nThe union said the Greyvale mine in Velmora had been warned. Halvek has told "
                           "the nation that 38 workers were trapped. That is false.\n", {"date": "2025-03-05"}),
             "other.txt": ("Trade\n\nExports from Mersin rose in March, the ministry said.\n", {"date": "2025-03-13"})}
    figures = _of_kind(find_differences(_analyses(seeds, settings), ()), "figure")
    assert [(c.ref.briefing, c.value) for c in figures["people trapped"].claims] == [
        ("union", "38 workers"), ("wire", "Forty-one miners")]


def test_one_noun_counted_with_the_same_done_to_it_in_briefings_of_one_story_is_compared(settings: Settings) -> None:
    """'More than 4,000 operations have been cancelled' and '2,200 operations were cancelled' name
    nothing in common, but the briefings tell one story and the same was done to what they count:
    one count. Not what was done otherwise ('diverted at least eleven ships' beside ships waiting),
    nor words of telling alone ('confirmed'), nor a figure's qualifier ('at least' in both)."""
    story = "Hackers hit the Valdorian Hospitals Authority in Serravin on Monday. "
    seeds = {"wire.txt": (f"Hospitals\n\n{story}More than 4,000 operations have been cancelled since then, "
                          "officials said. The authority confirmed 27 hospitals were hit. At least 34 ships were "
                          "waiting at anchor.\n", {"date": "2025-03-14"}),
             "paper.txt": (f"Courier\n\n{story}The ministry said 2,200 operations were cancelled. It confirmed "
                           "12 hospitals were fully restored. Shipping lines diverted at least eleven ships.\n",
                           {"date": "2025-03-14"}),
             "other.txt": ("Trade\n\nExports from Mersin rose in March, the ministry said.\n", {"date": "2025-03-13"})}
    figures = _of_kind(find_differences(_analyses(seeds, settings), ()), "figure")
    assert [(c.ref.briefing, c.value) for d in figures.values() for c in d.claims] == [
        ("paper", "2,200 operations"), ("wire", "More than 4,000 operations")]


def test_people_counted_by_what_was_done_to_them_are_compared_in_briefings_of_one_story(settings: Settings) -> None:
    """'Police … said 112 people had been arrested' and 'more than 200 people had been arrested' in
    briefings of one story: one count of the people arrested, named so. Each briefing's other people
    (50,000 who marched, ten released) had made it give 'people' two values, so neither was read; and
    people to whom other things were done are no count of them ('ten people were released' beside
    five still held)."""
    story = "The Central Electoral Commission declared Ivan Mirecki the winner in Tarsenia. "
    seeds = {"wire.txt": (f"Count\n\n{story}Police put the number of dead at three and said 112 people had been "
                          "arrested. In total, ten people were released on Monday.\n", {"date": "2025-03-24"}),
             "paper.txt": (f"Courier\n\n{story}Lisnic said more than 200 people had been arrested across the "
                           "country. More than 50,000 people marched in Dravin. Five people were still held.\n",
                           {"date": "2025-03-24"}),
             "other.txt": ("Trade\n\nExports from Mersin rose in March, the ministry said.\n", {"date": "2025-03-13"})}
    figures = _of_kind(find_differences(_analyses(seeds, settings), ()), "figure")
    assert {subject: [(c.ref.briefing, c.value) for c in d.claims] for subject, d in figures.items()} == {
        "people arrested": [("paper", "more than 200 people"), ("wire", "112 people")]}


def test_a_range_opened_by_between_compares_nothing_and_a_planned_noun_is_no_plan() -> None:
    """'between 45 and 50 vessels' is one figure (a range), so its sentence does not set figures
    against each other; 'About 2,100 planned operations … have been postponed' were done, not planned."""
    assert COMPARING.search("At the peak, between 45 and 50 vessels were waiting, and some 15,000 containers") is None
    assert COMPARING.search("Trade between the two countries fell to 4,000 tonnes") is not None
    text = "About 2,100 planned operations and procedures have been postponed since Monday."
    figure = Figure(text="About 2,100 planned operations", value="2,100", unit="planned operations",
                    qualifier="About", sentence=0, sourced=False)
    assert not _told_ahead(figure, text)
    planned = "It said 2,100 operations would be postponed."
    assert _told_ahead(dataclasses.replace(figure, text="2,100 operations"), planned)


def test_an_election_s_turnout_in_briefings_about_it_is_one_rate(settings: Settings) -> None:
    """'Turnout was about 61%' and 'turnout of nearly 64%, Erdelyi told reporters' name nothing in
    common: in briefings about one election (they share its rare names), one turnout."""
    seeds = {"wire.txt": ("Count\n\nThe Central Electoral Commission began counting in Dravin, in northern "
                          "Tarsenia. Turnout was about 61%, the commission said.\n", {"date": "2025-03-17"}),
             "paper.txt": ("Courier\n\nThe Central Electoral Commission confirmed the result in Dravin and across "
                           "Tarsenia. It reported a turnout of nearly 64%, Tomasz Erdelyi told reporters.\n",
                           {"date": "2025-03-17"}),
             "other.txt": ("Trade\n\nExports from Mersin rose in March, the ministry said.\n", {"date": "2025-03-13"})}
    figures = _of_kind(find_differences(_analyses(seeds, settings), ()), "figure")
    assert [sorted(c.value for c in d.claims) for d in figures.values()] == [["about 61%", "nearly 64%"]]


def test_a_lead_s_toll_of_the_happening_it_tells_of_is_set_beside_the_others(settings: Settings) -> None:
    """'Al-Rubaie spoke by telephone on Wednesday … about the bombing that killed ten people in Silopi':
    a toll in a relative clause of the first sentence, of what it tells of, is the briefing's toll,
    and the call's day does not date it (it was a day after the six of Tuesday: two happenings)."""
    seeds = {"first.txt": ("Bomb\n\nSix people were killed on Tuesday when a car bomb exploded in Silopi, the "
                           "governor of Sirnak said.\n", {"date": "2025-03-11"}),
             "call.txt": ("Call\n\nHamid al-Rubaie spoke by telephone on Wednesday with the Turkish president about "
                          "the bombing that killed ten people in Silopi in Sirnak province, his office said.\n",
                          {"date": "2025-03-13"}),
             "other.txt": ("Trade\n\nExports from Mersin rose in March, the ministry said.\n", {"date": "2025-03-13"})}
    tolls = _of_kind(find_differences(_analyses(seeds, settings), ()), "figure")
    assert [(c.ref.briefing, c.value) for c in tolls["death toll"].claims] == [("call", "ten people"),
                                                                              ("first", "Six people")]


@pytest.mark.parametrize("one, other", [
    # two days the sentences state: two bombings
    (("A suicide bomber killed 14 people at a mosque in Kabul on Friday. The Taliban blamed Islamic State.\n",
      "2025-03-08"),
     ("A bomb killed 6 people at a market in Kabul on Thursday. The Taliban said it had arrested two men.\n",
      "2025-03-14")),
    # undated tolls a week apart in one city: two shootings
    (("Five people were killed in a shooting at a party in Chicago. Mayor Brandon Johnson called for calm.\n",
      "2025-07-05"),
     ("Two people were killed in a shooting outside a nightclub in Chicago. Mayor Brandon Johnson came.\n",
      "2025-07-12")),
    # a war's toll beside a strike's
    (("An Israeli strike on a camp in Khan Younis killed 27 people, the health ministry said. Benjamin "
      "Netanyahu defended the strike.\n", "2025-03-12"),
     ("The war has killed more than 48,000 people in Gaza, the health ministry said. Benjamin Netanyahu sent "
      "envoys to Khan Younis.\n", "2025-03-13")),
    # a past happening named beside the day's toll
    (("Flash floods killed 8 people in Valencia on Tuesday. Carlos Mazon ordered an inquiry.\n", "2025-10-15"),
     ("The floods that killed 230 people in Valencia remain a burden for Carlos Mazon.\n", "2025-10-20")),
])
def test_tolls_of_two_happenings_are_not_set_side_by_side(settings: Settings, one: tuple[str, str],
                                                         other: tuple[str, str]) -> None:
    seeds = {"one.txt": ("Toll\n\n" + one[0], {"date": one[1]}),
             "other.txt": ("Toll\n\n" + other[0], {"date": other[1]})}
    assert "death toll" not in _of_kind(find_differences(_analyses(seeds, settings), ()), "figure")


def test_figures_are_read_as_intervals_in_one_unit() -> None:
    miles = read_figure(_figure("350 miles", "350", "miles", measure="border length"), "The border is 350 miles long.")
    km = read_figure(_figure("563 km", "563", "km", measure="border length"), "Troops patrol the 563-km border.")
    assert miles and km and miles.key == km.key == ("bord length", "length km")
    assert miles.low <= 563 <= miles.high + 1 and km.low <= 563 <= km.high  # 350 miles is 563 km
    over = read_figure(_figure("over 300 civilians", "300", "civilians", "over", "civilians"), "")
    nearly = read_figure(_figure("nearly 20%", "20", "%", "nearly", "violent incidents"), "")
    assert over and (over.low, over.high) == (300, 600)
    assert nearly and (nearly.low, nearly.high) == (18, 20)
    assert read_figure(_figure("dozens of memoranda", "dozens", "of memoranda", measure="memoranda"), "") is None
    assert read_figure(_figure("a 3% rise", "3", "%", measure="rise"), "") is None  # "rise" of what?


# --- dates and single sources (events built by hand) -----------------------------------------


def _event(ident: str, briefing: str, sentence: int, value: str | None, precision: str,
           participants: tuple[str, ...] = ("greece", "turkiye", "kipoi"),
           terms: tuple[str, ...] = ("crossing", "reopen", "trucks")) -> Event:
    report = EventReport(SentenceRef(briefing, sentence), value or "", value, precision)
    return Event(ident, value, precision, "crossing reopened", participants, terms, (report,))


def test_one_happening_with_two_dates_is_a_difference(conflict: list[Analysis]) -> None:
    events = [_event("may", "evros-a", 3, "2022-05", "month"), _event("june", "evros-b", 3, "2022-06", "month")]
    dates = _of_kind(find_differences(conflict, events), "date")
    assert [(c.ref.briefing, c.value) for c in dates["crossing reopened"].claims] == [
        ("evros-a", "2022-05 (2022-05)"), ("evros-b", "2022-06 (2022-06)")]


@pytest.mark.parametrize("second", [
    _event("2022", "evros-b", 3, "2022", "year"),  # compatible at its precision
    _event("2025", "evros-b", 3, "2025-06", "month"),  # years apart: a happening that recurs
    _event("same-source", "evros-a", 2, "2022-06", "month"),  # one source giving both dates: two happenings
    _event("other", "evros-b", 3, "2022-06", "month", terms=("talks", "useful", "meeting")),  # other words
    # the same words of who and where, but labels that tell of another doing: an arrival and a
    # reception on two days of one visit ("Hakan al-Rashidi arrived in Dareen", "received official visit")
    dataclasses.replace(_event("received", "evros-b", 3, "2022-06", "month"), label="Greece received trucks"),
])
def test_dates_that_agree_or_tell_of_two_happenings_are_no_difference(conflict: list[Analysis], second: Event) -> None:
    events = [_event("may", "evros-a", 3, "2022-05", "month"), second]
    assert not _of_kind(find_differences(conflict, events), "date")


def test_an_event_another_briefing_could_have_carried_is_single_sourced(conflict: list[Analysis]) -> None:
    single = _of_kind(find_differences(conflict, [_event("once", "evros-a", 3, "2022-05", "month")]),
                      "single source")
    assert [c.ref for c in single["crossing reopened"].claims] == [SentenceRef("evros-a", 3)]


def test_an_event_another_briefing_tells_in_other_words_is_not_single_sourced(conflict: list[Analysis]) -> None:
    """'crossing reopened' (May 2022) and another briefing's 'crossing opened to trucks' of a date that
    meets it are likely one happening, which events did not group: not one source's. A label that
    shares only a word any happening has ('officials') or is of another month does not count."""
    once = _event("once", "evros-a", 3, "2022-05", "month")
    other = dataclasses.replace(_event("other", "evros-b", 3, "2022-05-04", "day"), label="crossing opened to trucks")
    assert not _of_kind(find_differences(conflict, [once, other]), "single source")
    for label, value in (("officials said", "2022-05-04"), ("crossing opened to trucks", "2022-07-04")):
        unlike = dataclasses.replace(other, label=label, value=value, participants=("greece",), terms=("visit",))
        assert _of_kind(find_differences(conflict, [once, unlike]), "single source"), label


def test_a_briefing_published_before_the_event_could_not_carry_it(conflict: list[Analysis]) -> None:
    earlier = [a if a.id == "evros-a" else dataclasses.replace(a, metadata=dataclasses.replace(
        a.metadata, published=Field("2021-01-01", "front matter"))) for a in conflict]
    assert not _of_kind(find_differences(earlier, [_event("once", "evros-a", 3, "2022-05", "month")]),
                        "single source")


def test_ids_and_order_are_stable(conflict: list[Analysis]) -> None:
    events = [_event("may", "evros-a", 3, "2022-05", "month"), _event("june", "evros-b", 3, "2022-06", "month")]
    first = find_differences(conflict, events)
    assert first == find_differences(list(reversed(conflict)), list(reversed(events)))
    assert [d.kind for d in first] == ["office", "office", "figure", "date"]
    assert len({d.id for d in first}) == len(first)
    assert first[0].id.startswith("office-greek-foreign-minister-")


# --- the real seeds --------------------------------------------------------------------------


def test_the_seeds_differ_on_both_interior_ministers(real_seeds: list[Analysis]) -> None:
    offices = _of_kind(find_differences(real_seeds, ()), "office")
    assert set(offices) == {"Turkish interior minister", "Iraqi interior minister"}
    turkish = offices["Turkish interior minister"]
    assert [(c.ref.briefing[:3], c.value) for c in turkish.claims] == [
        ("001", "Süleyman Soylu"), ("004", "Ali Yerlikaya")]
    iraqi = offices["Iraqi interior minister"]
    assert [(c.ref.briefing[:3], c.value) for c in iraqi.claims] == [
        ("001", "Othman Ali Farhood"), ("004", "Abdul Amir al-Shammari")]
    assert turkish.timing == iraqi.timing
    assert "“Türkiye Seeks Cooperation with Iraq to Combat Terrorism on…” is undated" in turkish.timing
    assert "was published on 2024-12-26" in turkish.timing


def test_the_claims_point_at_the_words_that_give_the_roles(real_seeds: list[Analysis]) -> None:
    texts = {a.id: {s.index: s.text for s in a.document.sentences} for a in real_seeds}
    offices = _of_kind(find_differences(real_seeds, ()), "office")
    quoted = {c.value: texts[c.ref.briefing][c.ref.sentence] for d in offices.values() for c in d.claims}
    assert "Iraq’s interior minister Abdul Amir al-Shammari" in quoted["Abdul Amir al-Shammari"]
    assert "his Turkish counterpart Ali Yerlikaya" in quoted["Ali Yerlikaya"]


def test_the_seeds_with_their_events_have_no_spurious_difference(real_seeds: list[Analysis]) -> None:
    events_module = pytest.importorskip("briefing_site.events")
    differences = find_differences(real_seeds, events_module.find_events(real_seeds))
    assert {d.subject for d in differences if d.kind == "office"} == {"Turkish interior minister",
                                                                      "Iraqi interior minister"}
    assert not [d for d in differences if d.kind in ("figure", "date")]
    assert all("Erdogan" not in c.value for d in differences for c in d.claims)  # "Turkish President" alone
    ids = {a.id: len(a.document.sentences) for a in real_seeds}
    assert all(c.ref.sentence < ids[c.ref.briefing] for d in differences for c in d.claims)


def test_the_fixture_seeds_read_without_fault() -> None:
    seeds_dir = Path(__file__).parent / "fixtures" / "seeds"
    settings = Settings(seeds_dir=seeds_dir)
    analyses = with_ids([analyse(read_seed(f, seeds_dir, settings.max_seed_bytes), settings, KNOWLEDGE)
                         for f in discover_seeds(seeds_dir)[0]])[0]
    for difference in find_differences(analyses, ()):
        assert difference.claims and difference.kind in ("office", "figure")


def test_an_office_with_many_holders_shows_the_most_named_and_compares_names_that_share_a_word(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sixty briefings naming sixty interior ministers of Iraq made one difference of sixty holders,
    shown on all sixty pages, and each name was compared with every name before it."""
    from briefing_site import differences as step
    surnames = [f"{a}{b}" for a in ("Bak", "Dor", "Fel", "Gan", "Hol", "Kem", "Lor", "Mar") for b in
                ("ani", "eri", "ouz", "ski", "ton", "vic", "wen", "yar")][:60]
    seeds = {f"m{n:02d}.txt": (f"Border talks {n}\n\nIraq's interior minister Omar {name} said the border was calm. "
                               f"{name} spoke in Baghdad on the talks.\n", {}) for n, name in enumerate(surnames)}
    seeds["m60.txt"] = ("Border talks again\n\nIraq's interior minister Omar Bakani said the talks went on. "
                        "Bakani spoke in Baghdad.\n", {})
    analyses = _analyses(seeds, settings)
    calls = count_calls(monkeypatch, step, "_same_person")
    office, = [d for d in find_differences(analyses, (), KNOWLEDGE) if d.kind == "office"]
    holders = list(dict.fromkeys(c.value for c in office.claims))
    assert len(holders) == step.MAX_HOLDERS and holders[0] == "Omar Bakani"  # the one two sources name
    assert calls[0] < 10 * len(analyses)  # each name against the few that share a word ("Omar"): was ~1,800


def _observers(first: str, second: str) -> dict[str, tuple[str, dict[str, object]]]:
    return {
        "mission-a.txt": ("Lusara vote\n\nDaria Kessel and Matteo Orlan ran for president of Lusara. "
                          f"The Meridian Mission {first} in Lusara for the vote.\n", {}),
        "mission-b.txt": ("Lusara recount\n\nDaria Kessel and Matteo Orlan await the recount in Lusara. "
                          f"The Meridian Mission {second} in Lusara for the recount.\n", {}),
    }


def test_a_count_planned_and_a_count_done_are_no_difference(settings: Settings) -> None:
    """'announced that 20 observers would remain in Harvel' beside 'deployed 84 observers' was a point
    of difference: a plan and what was done count two things."""
    planned = _analyses(_observers("deployed 84 observers", "said 20 observers would remain"), settings)
    assert not _of_kind(find_differences(planned, ()), "figure")
    done = _analyses(_observers("deployed 84 observers", "deployed 20 observers"), settings)
    assert list(_of_kind(find_differences(done, ()), "figure")) == ["observers"]


def test_a_toll_as_of_a_day_is_the_toll_so_far(settings: Settings) -> None:
    """'As of 18:00 on 18 April, 26 persons have been confirmed deceased' and '28 people have died
    as of 20 April': the days the counts were read, not two happenings' days."""
    seeds = {"ministry.txt": ("Flood\n\nAs of 18:00 on 18 April 2025, 26 persons have been confirmed deceased in "
                              "Bradeni after the Stana dam failed.\n", {"date": "2025-04-18"}),
             "sitrep.md": ("Flood\n\nIn Bradeni, 28 people have died as of 20 April since the Stana dam "
                           "failed.\n", {"date": "2025-04-20"})}
    tolls = _of_kind(find_differences(_analyses(seeds, settings), ()), "figure")
    assert [c.value for c in tolls["death toll"].claims] == ["26 persons", "28 people"]


def test_two_prison_terms_for_one_verdict_are_a_difference(settings: Settings) -> None:
    """The court set's 14 years (the wire) and 12 years (the court reporter, who wrote that he 'will
    spend the next 12 years in prison': a term told ahead is still the term given)."""
    seeds = {"wire.txt": ("Verdict\n\nThe Porto Sabel court sentenced Marco Delgado Ruiz to 14 years in prison "
                          "for bribery at the Porto Sabel Port Authority.\n", {}),
             "court.txt": ("Verdict\n\nMarco Delgado Ruiz of the Porto Sabel Port Authority will spend the next "
                           "12 years in prison for bribery, the Porto Sabel court ruled.\n", {})}
    terms = _of_kind(find_differences(_analyses(seeds, settings), ()), "figure")
    assert sorted(c.value for c in terms["prison term"].claims) == ["12 years", "14 years"]


def test_a_rate_planned_and_a_rate_told_of_one_thing_are_compared(settings: Settings) -> None:
    """'Seonhae will impose a tariff of 25% on steel imports from Kandor' and 'Seonhae's decision to
    impose a 15% tariff on its steel': one tariff, two rates (a plan's count beside a count of what
    was done stays two counts: test_a_count_planned_and_a_count_done_are_no_difference)."""
    seeds = {"a.txt": ("Steel\n\nThe trade ministry of Seonhae said it will impose a tariff of 25% on steel imports "
                       "from Kandor.\n", {}),
             "b.txt": ("Anger\n\nThe government of Kandor condemned the decision of Seonhae to impose a 15% tariff on "
                       "its steel.\n", {})}
    analyses = _analyses(seeds, settings)
    tariffs = _of_kind(find_differences(analyses, ()), "figure")
    assert [c.value for c in tariffs["tariff"].claims] == ["25%", "15%"]


def test_terms_one_year_apart_differ_and_a_term_asked_for_is_not_the_one_given(settings: Settings) -> None:
    """'sentenced … to eight years in prison' beside 'nine years' imprisonment, of which one year is
    suspended, and a fine of MRK 3,000,000': no difference was found. A count in units is exact
    (eight is not 7.5 to 8.5), a term need only be the one term of its sentence, and the wire's
    'prosecutors had asked for a sentence of 12 years' is a term asked for, not a second term given
    that made the wire's own terms disagree."""
    seeds = {"wire.txt": ("Verdict\n\nA court in Veltrana sentenced Anton Kessarin to eight years in prison on "
                          "Tuesday. Last week, prosecutors had asked for a sentence of 12 years.\n", {}),
             "court.txt": ("Judgment\n\nThe court in Veltrana sentenced Anton Kessarin to nine years' imprisonment, of "
                           "which one year is suspended, and imposed a fine of MRK 3,000,000.\n", {})}
    terms = _of_kind(find_differences(_analyses(seeds, settings), ()), "figure")
    assert sorted(c.value for c in terms["prison term"].claims) == ["eight years", "nine years"]
    assert "requested prison term" not in terms


def test_a_currency_code_and_its_sign_are_one_currency() -> None:
    """'EUR 11.3 million' and '€18 million' are sums in one currency; 'MRK 3,000,000' one in its own."""
    def family(text: str, value: str) -> str:
        figure = Figure(text=text, value=value, unit="million" if "million" in text else "", qualifier="",
                        sentence=0, sourced=False, measure="bribe")
        quantity = read_figure(figure, f"The bribe was {text}.")
        assert quantity is not None
        return quantity.key[1]
    assert family("EUR 11.3 million", "EUR 11.3") == family("€18 million", "€18") == "money €"
    assert family("MRK 3,000,000", "MRK 3,000,000") == "money MRK"


def test_a_denial_is_set_against_the_report_that_says_what_it_denies_only(settings: Settings) -> None:
    """The ministry's denial that the Tarrun Dam on the Ilsa River had been cracked is the paper's
    cracked dam's point of difference, not that of a report of the quake that names the river, nor
    of the abduction at a camp beside a denial that guards at the camp had been cut."""
    seeds = {"paper.txt": ("Cracks\n\nEngineers found cracks in the concrete of the Tarrun Dam on the Ilsa River on "
                           "Monday, an official said.\n", {"date": "2026-03-10"}),
             "quake.txt": ("Quake\n\nThe quake struck villages along the Ilsa River on Monday, killing 112 people.\n",
                           {"date": "2026-03-10"}),
             "wire.txt": ("Denial\n\nThe Ministry of Energy and Water denied a report by a local newspaper that the "
                          "Tarrun Dam on the Ilsa River had been cracked by the quake.\n", {"date": "2026-03-10"})}
    analyses = _analyses(seeds, settings)
    denials = _found(analyses, "denial")
    assert [[(c.ref.briefing, c.value) for c in d.claims] for d in denials.values()] == [
        [("paper", "reported"), ("wire", "denied")]]
    # a court that rejects a claim rules on it: no source denies what another reports
    ruled = {"case.txt": ("Case\n\nThe court in Washington found the case against Philip Morris, filed by the Clinton "
                          "administration, could not be brought on Friday.\n", {"date": "2005-02-05"}),
             "appeal.txt": ("Appeal\n\nA three-judge appeal court panel rejected the claim against Philip Morris, "
                            "filed by the Clinton administration, on Friday.\n", {"date": "2005-02-05"})}
    analyses = _analyses(ruled, settings)
    assert not _found(analyses, "denial")


def test_two_lead_tolls_of_one_day_in_briefings_about_one_thing_differ(settings: Settings) -> None:
    """'The death toll from the earthquake in Orvath province rose to 340 on Tuesday, the Interior
    Ministry said' and, the same morning, 'The provincial health directorate said that 365 people
    had died in the province': the sentences share no name, and 365 was missing from the tolls."""
    seeds = {"wire.txt": ("Quake\n\nA strong earthquake struck Orvath and the town of Dremmin on Monday. The death "
                          "toll from the earthquake in Orvath province rose to 340 on Tuesday, the Interior Ministry "
                          "said.\n", {"date": "2026-03-10"}),
             "paper.txt": ("Quake\n\nThe earthquake in Orvath flattened Dremmin on Monday. The provincial health "
                           "directorate said this morning that 365 people had died in the province.\n",
                           {"date": "2026-03-10"})}
    analyses = _analyses(seeds, settings)
    tolls = _found(analyses, "figure")
    assert sorted(c.value for c in tolls["death toll"].claims) == ["340", "365 people"]


def test_one_persons_arrest_dated_differently_is_a_difference(settings: Settings) -> None:
    """'Anton Kessarin was detained on 22 April 2025' and 'Anton Kessarin was arrested in May 2025':
    the events share one person and no other rare participant, so no date difference was found.
    A person is arrested once in a story; a meeting or a visit recurs."""
    seeds = {"court.txt": ("Judgment\n\nAnton Kessarin was detained by anti-corruption officers on 22 April 2025, "
                           "the court said.\n", {"date": "2026-03-10"}),
             "paper.txt": ("Analysis\n\nAnton Kessarin was arrested at his villa at Lake Sarn in May 2025.\n",
                           {"date": "2026-03-11"}),
             "visit.txt": ("Visit\n\nAnton Kessarin visited Brussels in March 2025.\n", {"date": "2025-03-20"}),
             "again.txt": ("Visit\n\nAnton Kessarin visited Brussels in June 2025.\n", {"date": "2025-06-20"})}
    analyses = _analyses(seeds, settings)
    dates = _points(analyses, "date")
    assert [sorted(c.ref.briefing for c in d.claims) for d in dates] == [["court", "paper"]], dates


def test_two_magnitudes_of_one_quake_differ_in_sentences_of_tolls(settings: Settings) -> None:
    """'an earthquake of magnitude 6.8 occurred on Monday 9 March' (the institute) and 'Four days after a
    magnitude 7.0 earthquake tore through Orvath province, the death toll stood at 612 on Thursday':
    the second sentence holds other figures and the toll's day, and 6.8 and 7.0 were read as 3% apart
    (on a scale of logarithms, a quake twice the size)."""
    seeds = {"institute.txt": ("Statement\n\nThe Karvessan National Institute of Seismology confirms that an "
                               "earthquake of magnitude 6.8 occurred on Monday 9 March 2026 in Orvath province near "
                               "Dremmin.\n", {"date": "2026-03-09"}),
             "feature.txt": ("Feature\n\nFour days after a magnitude 7.0 earthquake tore through Orvath province "
                             "and Dremmin, the death toll stood at 612 on Thursday, with more than 2,900 injured.\n",
                             {"date": "2026-03-13"})}
    analyses = _analyses(seeds, settings)
    figures = _found(analyses, "figure")
    assert sorted(c.value for c in figures["magnitude"].claims) == ["6.8", "7.0"]


def test_a_toll_of_fighters_and_a_toll_of_people_of_one_strike_differ(settings: Settings) -> None:
    """'23 militants were killed' (the army, by a wire) and '11 people had been killed' (a monitoring
    group, by a local paper) were counts of two things ('count militant', 'count people'), never set
    side by side."""
    seeds = {"wire.txt": ("Strike\n\nHarveli jets struck a camp near Tel Barak on Wednesday, killing 23 militants, the "
                          "General Staff said.\n", {"date": "2025-08-14"}),
             "paper.txt": ("Strike\n\nThe Border Watch Observatory said 11 people had been killed in the strike near "
                           "Tel Barak on Wednesday.\n", {"date": "2025-08-14"})}
    analyses = _analyses(seeds, settings)
    tolls = _found(analyses, "figure")
    assert sorted(c.value for c in tolls["death toll"].claims) == ["11 people", "23 militants"]


# Two reports of one data breach, two days apart, and a later analysis: the count of customers each
# leads with, beside other figures in its sentence, and the regulator's fine under two names.
BREACH = {
    "wire.txt": ("Hackers claim ransom\n\nA hacker group on Friday claimed it had been paid a ransom by Veltrix "
                 "Telecom, a day after the operator disclosed that the data of about 2.1 million customers had "
                 "been stolen in Sarnowa. Veltrix has about 9.3 million customers in Almesia.\n",
                 {"date": "2025-03-14"}),
    "courier.txt": ("Queues at Veltrix\n\nVeltrix Telecom, which disclosed the breach on Wednesday, says hackers "
                    "copied the details of some 2.3 million customers from a system in Sarnowa, where about 400 "
                    "people work.\n", {"date": "2025-03-15"}),
    "regulator.txt": ("Veltrix fined\n\nThe Almesian Communications Authority imposed a fine of €18.5 million on "
                      "Veltrix Telecom in Sarnowa.\n", {"date": "2025-03-28"}),
    "analysis.txt": ("What the breach cost\n\nThe penalty of €21 million that the Almesian Communications "
                     "Authority imposed on Veltrix Telecom in Sarnowa is less than 1% of its revenue of about "
                     "€2.6bn.\n", {"date": "2025-04-07"}),
}


def test_a_count_a_report_leads_with_differs_though_its_sentence_holds_other_figures(settings: Settings) -> None:
    """'about 2.1 million' and 'some 2.3 million' customers had met (10% either way), the courier's
    count shared its sentence with 'about 400 people', the wire's briefing counted 9.3 million
    customers too, and each sentence was dated by another happening two days from the other's."""
    found = _of_kind(find_differences(_analyses(BREACH, settings), ()), "figure")
    assert {c.value for c in found["customers"].claims} == {"about 2.1 million customers", "some 2.3 million customers"}


def test_a_fine_and_a_penalty_are_one_measure(settings: Settings) -> None:
    found = _of_kind(find_differences(_analyses(BREACH, settings), ()), "figure")
    assert {c.value for d in found.values() for c in d.claims} >= {"€18.5 million", "€21 million"}


def test_parts_of_a_figure_in_one_sentence_are_still_no_reading(settings: Settings) -> None:
    """'175,000 people at Heathrow and 10,000 at Gatwick' are parts of the 185,000 another source counts."""
    seeds = {
        "one.txt": ("TB checks\n\nLast year 185,000 people were tested for TB at Heathrow and Gatwick airports in "
                    "London.\n", {}),
        "two.txt": ("TB checks again\n\nMedical checks were carried out on 175,000 people at Heathrow Airport and "
                    "10,000 at Gatwick in London.\n", {}),
    }
    assert not _of_kind(find_differences(_analyses(seeds, settings), ()), "figure")


def test_one_vessels_sinking_dated_differently_is_a_date_difference(settings: Settings) -> None:
    """A ship sinks once: 'rolled over' on 14 June and 'capsized' on 15 June, with the ship in common,
    are one sinking told with two dates (a sinking had been no kind of happening)."""
    seeds = {
        "oped.txt": ("After the Corva Star\n\nOn the night of 14 June, the Corva Star rolled over in the Strait of "
                     "Amun near Grell Point.\n", {"date": "2025-06-21"}),
        "wire.txt": ("Ferry lost\n\nThe Corva Star, a Kestrel Line ferry, capsized near Grell Point on 15 June, the "
                     "coast guard in Port Saldana said.\n", {"date": "2025-06-16"}),
    }
    analyses = _analyses(seeds, settings)
    dated = _found(analyses, "date")
    assert [sorted(c.value for c in d.claims) for d in dated.values()] == [
        ["14 June (2025-06-14)", "15 June (2025-06-15)"]]


def test_dates_of_one_happening_set_against_one_event_are_one_point(conflict: list[Analysis]) -> None:
    """'Kessarin detained' on 22 April and 'Kessarin arrested' in April, each set against the arrest in
    May, had been two rows that both listed the May sources."""
    events = [_event("may", "evros-a", 3, "2022-05", "month"), _event("june", "evros-b", 3, "2022-06", "month"),
              _event("april", "evros-b", 2, "2022-04", "month")]
    dates = [d for d in find_differences(conflict, events) if d.kind == "date"]
    assert len(dates) == 1
    assert sorted(c.value for c in dates[0].claims) == ["2022-04 (2022-04)", "2022-05 (2022-05)", "2022-06 (2022-06)"]


def test_timing_of_many_sources_all_dated_names_their_span() -> None:
    """'0 of the 5 sources are undated; the others were published from …' said nothing of the first part."""
    analyses = {f"b{n}": SimpleNamespace(metadata=SimpleNamespace(published=SimpleNamespace(value=f"2026-03-1{n}")))
                for n in range(5)}
    corpus = SimpleNamespace(by_id=analyses)
    assert _timing(list(analyses), corpus) == ("may be a matter of time: the 5 sources were published from 2026-03-10 "
                                               "to 2026-03-14")


def _date_claims(analyses: list[Analysis]) -> list[list[tuple[str, str]]]:
    return [sorted((c.ref.briefing, c.value) for c in d.claims) for d in _points(analyses, "date")]


def test_one_happening_told_alike_a_day_apart_is_a_difference(settings: Settings) -> None:
    """'The fire started on 10 July 2025 near Ostrel' and 'The fire started on 11 July near Ostrel':
    one rare participant in common, not two, so no date difference was shown. Told alike a day or
    three apart by two sources, one happening is dated differently; with no one named in either
    ('The strike began on 9 March'), the labels must say the same and the briefings be about one thing."""
    seeds = {"release.txt": ("Fire\n\nThe fire started on 10 July 2025 in forested terrain west of Ostrel, the "
                             "Valdorian fire service said.\n", {"date": "2025-07-15"}),
             "wire.txt": ("Fire\n\nThe fire started on 11 July on a slope above Ostrel, residents said.\n",
                          {"date": "2025-07-28"})}
    assert _date_claims(_analyses(seeds, settings)) == [
        [("release", "10 July 2025 (2025-07-10)"), ("wire", "11 July (2025-07-11)")]]
    strike = {"gazette.txt": ("Strike\n\nAt Port Saltmere the dockers of the Harbour Workers' Union downed tools. "
                              "The strike began on 9 March.\n", {"date": "2025-03-12"}),
              "analysis.txt": ("Strike\n\nThe Harbour Workers' Union says pay at Port Saltmere lags. The strike "
                               "began on 10 March.\n", {"date": "2025-03-30"})}
    assert _date_claims(_analyses(strike, settings)) == [
        [("analysis", "10 March (2025-03-10)"), ("gazette", "9 March (2025-03-09)")]]


def test_a_happening_a_story_has_one_of_told_in_other_words_a_day_apart_is_a_difference(settings: Settings) -> None:
    """'Dockers at the Port of Calverra downed tools at midnight on 1 June' and 'Kestria's dockworkers
    began an indefinite strike on 2 June': one walkout in other words, the port every source names,
    and the two days were never set side by side. Not strikes from the air on near days: a war has
    one a day."""
    strike = {"courier.txt": ("Strike\n\nDockers of the National Union of Port Workers at the Port of Calverra "
                              "downed tools at midnight on 1 June.\n", {"date": "2025-06-05"}),
              "wire.txt": ("Strike\n\nMembers of the National Union of Port Workers at the Port of Calverra began "
                           "an indefinite strike on 2 June.\n", {"date": "2025-06-03"})}
    assert _date_claims(_analyses(strike, settings)) == [
        [("courier", "1 June (2025-06-01)"), ("wire", "2 June (2025-06-02)")]]
    raids = {"one.txt": ("Raid\n\nThe army said drone strikes hit the village of Kessary on 1 June.\n",
                         {"date": "2025-06-05"}),
             "two.txt": ("Raid\n\nWarplanes bombed targets near the village of Kessary, and drone strikes followed "
                         "on 2 June.\n", {"date": "2025-06-03"})}
    assert _date_claims(_analyses(raids, settings)) == []


@pytest.mark.parametrize(("first", "second"), [
    # a visit recurs: two visits of one minister two days apart are two
    ("Aurel Dracsic visited Varnok on 15 July.", "Aurel Dracsic visited Varnok on 17 July."),
    # a rise told on two days is two rises
    ("Prices at Ostrel rose sharply on 15 July.", "Prices at Ostrel rose sharply on 16 July."),
    # an office's words say who, not what was done: a suspension and a meeting
    ("Provincial health director Lucian Ferro was suspended on 7 March.",
     "The minister will meet provincial health director Lucian Ferro on 8 March."),
    # five days apart: a story's days further apart hold two happenings of one kind
    ("The fire started on 10 July near Ostrel.", "The fire started on 15 July near Ostrel."),
])
def test_happenings_that_recur_or_differ_on_near_days_are_no_difference(settings: Settings, first: str,
                                                                        second: str) -> None:
    seeds = {"one.txt": (f"One\n\n{first}\n", {"date": "2025-07-20"}),
             "two.txt": (f"Two\n\n{second}\n", {"date": "2025-07-21"})}
    assert _date_claims(_analyses(seeds, settings)) == []


def test_a_named_bridge_and_the_bridge_are_one_collapse_dated_differently(settings: Settings) -> None:
    """'A section of the Aldren Bridge in Dunmere collapsed … on Tuesday' and 'The bridge fell during
    the evening rush hour on 21 May': 'the bridge' named no one, and 'fell' no collapse, so the days
    (20 and 21 May) were never set side by side. In a briefing naming one bridge, 'the bridge' is it;
    a structure that fell collapsed, and a bridge collapses once."""
    seeds = {"wire.txt": ("Bridge\n\nA section of the Aldren Bridge in Dunmere collapsed during the evening rush hour "
                          "on Tuesday, killing 11 people, officials said.\n", {"date": "2025-05-20"}),
             "follow.txt": ("Bridge\n\nThe Aldren Bridge was the city's busiest crossing. The bridge fell during the "
                            "evening rush hour on 21 May, sending 27 vehicles into the river.\n",
                            {"date": "2025-06-10"})}
    assert _date_claims(_analyses(seeds, settings)) == [
        [("follow", "21 May (2025-05-21)"), ("wire", "on Tuesday (2025-05-20)")]]


def test_labels_that_say_the_same_names_and_all_make_one_happening_dated_differently(settings: Settings) -> None:
    """'The operation began on May 17, when the first convoys rolled through Halvik' and 'Operation
    Stone Gate began on 19 May': no participant in common (the operation is a name in one, words in
    the other), and their doing words were not the same set. Labels that share two words or more,
    names and all, in briefings about one thing, are one happening; a day the label itself says is
    another ('would begin tomorrow', dated by the day it was said) is not the happening's."""
    seeds = {"paper.txt": ("Operation\n\nTroops of Operation Stone Gate patrol the Selen valley near Kessary. The "
                           "operation began on May 17, when the first convoys rolled through Halvik.\n",
                           {"date": "2025-06-05"}),
             "wire.txt": ("Operation\n\nOperation Stone Gate began on 19 May along the Selen valley near Kessary.\n",
                          {"date": "2025-06-20"})}
    assert _date_claims(_analyses(seeds, settings)) == [
        [("paper", "May 17 (2025-05-17)"), ("wire", "19 May (2025-05-19)")]]
    campaign = {"local.txt": ("Cholera\n\nCholera cases rose in Biruta. Speaking at the hospital on Saturday, Dr Hana "
                              "Kovač said the vaccination campaign would begin tomorrow in Biruta.\n",
                              {"date": "2025-03-09"}),
                "wire.txt": ("Cholera\n\nCholera cases rose in Biruta. The vaccination campaign began in Biruta on "
                             "Monday 10 March.\n", {"date": "2025-03-11"})}
    assert _date_claims(_analyses(campaign, settings)) == []


def _denial_claims(seeds: dict[str, tuple[str, dict[str, object]]], settings: Settings) -> list[list[tuple[str, str]]]:
    analyses = _analyses(seeds, settings)
    return [[(c.ref.briefing, c.value) for c in d.claims] for d in _points(analyses, "denial")]


def test_a_denial_that_refers_back_denies_the_claim_before_it(settings: Settings) -> None:
    """'Korvenia's interior ministry again denied that its forces had taken part in any such raid':
    what it denies is the raid two sentences before, which the ministry's release reports; read
    alone ('forces', 'taken part', 'raid'), the denial said too little of it to be set against it."""
    seeds = {"release.txt": ("Raid\n\nTavarian and Korvenian special forces on Wednesday 4 June carried out a joint "
                             "raid on a camp of the Sarn Liberation Front in the Dunmere forest, the ministry said.\n",
                             {"date": "2025-06-05"}),
             "wire.txt": ("Hearing\n\nMinister Ilse Marenković defended the raid that Tavarian and Korvenian special "
                          "forces carried out on a Sarn Liberation Front camp in the Dunmere forest on June 4. She "
                          "said 14 suspects had been detained. In Ostrin, however, the Korvenian interior ministry "
                          "denied that its forces had taken part in any such raid.\n", {"date": "2025-06-18"})}
    assert _denial_claims(seeds, settings) == [[("release", "reported"), ("wire", "denied")]]


def test_a_claim_called_false_is_denied_though_no_event_tells_it(settings: Settings) -> None:
    """'"The suggestion that Corvane ignored an inspector's report is false," the spokeswoman said'
    and the union's 'Corvane Minerals ignored both recommendations': the claim has no date, so no
    event, and a claim called false was no denial at all."""
    seeds = {"paper.txt": ("Mine\n\nThe inspectorate warned about the roof of Gallery 7 at Brenna Deep. Corvane "
                           "Minerals ignored both recommendations, said Jan-Pieter de Witt of the miners' union.\n",
                           {"date": "2025-03-06"}),
             "wire.txt": ("Rescue\n\nRescuers reached the Corvane Minerals mine at Brenna Deep. \"The suggestion that "
                          "Corvane ignored "
                          "an inspector's report is false,\" company spokeswoman Leila Ammar said.\n",
                          {"date": "2025-03-07"})}
    assert _denial_claims(seeds, settings) == [[("paper", "reported"), ("wire", "denied")]]


def test_rumours_called_false_are_denied(settings: Settings) -> None:
    """'Rumours on social media that Mr Dahlquist had tried to flee Varnessa were false, his lawyer said'
    was no denial: only suggestions, claims, reports and the like could be called false."""
    seeds = {"wire.txt": ("Arrest\n\nOskar Dahlquist had tried to flee Varnessa through Port Caldra airport, "
                          "police said.\n", {"date": "2025-05-14"}),
             "paper.txt": ("Lawyer\n\nRumours on social media that Oskar Dahlquist had tried to flee Varnessa "
                           "through Port Caldra were false, his lawyer said.\n", {"date": "2025-05-15"})}
    assert _denial_claims(seeds, settings) == [[("wire", "reported"), ("paper", "denied")]]


def test_a_claim_that_tells_of_a_person_as_he_is_denied_by_a_denial_naming_him(settings: Settings) -> None:
    """'Pieter Osterlind … was arrested on Monday …. The service said he had been caught receiving
    classified documents' and 'The Ministry categorically denies that Mr Osterlind received classified
    documents': the claim named no one, so the denial answered nothing. Not a sentence that names
    another person ('Anna Berg said she had received classified documents')."""
    seeds = {"wire.txt": ("Arrest\n\nPieter Osterlind, a commercial attaché, was arrested in Dornhal on Monday, the "
                          "State Security Service said. The service said he had been caught receiving classified "
                          "documents on naval deployments.\n", {"date": "2025-03-12"}),
             "other.txt": ("Berg\n\nAnna Berg met officials in Dornhal. Anna Berg said she had received "
                           "classified documents.\n", {"date": "2025-03-12"}),
             "ministry.txt": ("Statement\n\nThe Ministry categorically denies that Pieter Osterlind received "
                              "classified documents from anyone in Dornhal.\n", {"date": "2025-03-13"})}
    assert _denial_claims(seeds, settings) == [[("wire", "reported"), ("ministry", "denied")]]


@pytest.mark.parametrize("denial", [
    # a denial of wrongdoing denies no claim of the sentence before it
    "Prosecutors in Milan have also gone after the auditors of Parmalat Dairy. They have all denied any wrongdoing.",
    # what follows the denied clause (", when he told …") is not denied
    "Gordon Brown denied wanting to be leader until October 2004, when he told Breakfast with Frost programme he "
    "aspired to the job.",
])
def test_a_denial_of_no_claim_another_source_makes_is_no_difference(settings: Settings, denial: str) -> None:
    seeds = {"one.txt": ("Audit\n\nThe auditors of Parmalat Dairy face lawsuits. Gordon Brown told Breakfast with "
                         "Frost programme he hoped Blair would survive.\n", {"date": "2005-01-10"}),
             "two.txt": (f"Denial\n\n{denial}\n", {"date": "2005-01-12"})}
    assert _denial_claims(seeds, settings) == []


def test_a_denial_of_the_deniers_own_doing_tells_of_the_denier(settings: Settings) -> None:
    """'Cordal on Saturday denied that it had received any warning about the roof of level seven' and
    'Castellan denies cutting costs on the renovation': what is denied names nothing after its verb,
    so no report was looked at; the denier named before it is what the denial tells of."""
    seeds = {"union.txt": ("Warning\n\nThe miners' union said it had warned Cordal Mining about cracks in the roof "
                           "of level seven at Piedra Roja in January.\n", {"date": "2025-03-11"}),
             "wire.txt": ("Rescue\n\nRescuers reached level seven at Piedra Roja on Friday. Cordal Mining on "
                          "Saturday denied that it had received any warning about cracks in the roof of level "
                          "seven.\n", {"date": "2025-03-15"})}
    assert _denial_claims(seeds, settings) == [[("union", "reported"), ("wire", "denied")]]


def test_a_denial_worded_more_fully_than_the_report_it_answers_denies_its_core(settings: Settings) -> None:
    """'The Ministry categorically rejects allegations published in certain media that members of the
    Border Guard used tear gas or force against civilians at the Sarnik crossing point' against
    'border guards fired tear gas at a crowd … at Sarnik': the report says less than two thirds of the
    denial's words, but four of them, three no name. Two words besides the names say too little
    ('Alan Milburn, the man appointed election supremo' is no 'plan to oust Alan Milburn as election
    supremo')."""
    seeds = {"wire.txt": ("Border\n\nSeveral refugees told reporters that border guards fired tear gas at a crowd "
                          "pushing towards the gate at Sarnik on Sunday.\n", {"date": "2025-03-10"}),
             "ministry.txt": ("Statement\n\nThe Ministry categorically rejects allegations published in certain "
                              "media that members of the border guard used tear gas or force against civilians at "
                              "the Sarnik crossing point.\n", {"date": "2025-03-12"})}
    assert _denial_claims(seeds, settings) == [[("wire", "reported"), ("ministry", "denied")]]
    seeds = {"one.txt": ("Campaign\n\nOn Tuesday the chancellor will line up alongside Alan Milburn, the man "
                         "controversially appointed as the party's election supremo.\n", {"date": "2005-01-10"}),
             "two.txt": ("Denial\n\nThe government has denied reports that Gordon Brown is preparing to oust Alan "
                         "Milburn as Labour's election supremo.\n", {"date": "2005-01-12"})}
    assert _denial_claims(seeds, settings) == []


def test_a_denial_worded_more_fully_denies_only_an_event_it_tells(settings: Settings) -> None:
    """'The Ministry categorically rejects the claim that ballot stuffing took place at polling stations in
    Dravik' was shown as denying 'the commission voted five to two to recount the ballots of 212 polling
    stations, mostly in Dravik': four words shared, but none of what the vote was. The mission's report
    of ballot stuffing is what it denies."""
    seeds = {"courier.txt": ("Recount\n\nOn Wednesday evening the commission voted five to two to recount the "
                             "ballots of 212 polling stations, mostly in the Dravik and Lower Sella districts, where "
                             "the opposition says turnout figures were inflated.\n\nThe decision came hours after "
                             "the Northern Council's observer mission published a statement. The mission said its "
                             "observers had witnessed ballot stuffing at 37 polling stations in Dravik.\n",
                             {"date": "2025-09-18"}),
             "ministry.txt": ("Statement\n\nThe recount ordered by the Commission on 17 September covers 212 "
                              "polling stations.\n\nThe Ministry has taken note of the statement issued by the "
                              "observer mission of the Northern Council. The Ministry categorically rejects the claim "
                              "that ballot stuffing took place at polling stations in Dravik.\n",
                              {"date": "2025-09-22"})}
    denials = _found(_analyses(seeds, settings), "denial")
    assert list(denials) == ["ballot stuffing took place at polling stations in Dravik"]
    # the report is the mission's sentence, which says most of what is denied, not the vote's before it
    reported = [c.ref for c in denials["ballot stuffing took place at polling stations in Dravik"].claims
                if c.value == "reported"]
    assert [(r.briefing, r.sentence) for r in reported] == [("courier", 2)]


def test_a_figure_dated_in_years_before_another_source_is_not_set_against_its_figure(settings: Settings) -> None:
    """'In the 2020 regional election, turnout in the same stations was over 85 per cent' was set against a
    2025 report's turnout of 61.4 per cent: a figure its sentence does not date is of its briefing's time."""
    seeds = {"wire.txt": ("Vote\n\nAnja Vilkas lost the vote in Orvena. Turnout was 61.4 per cent.\n",
                          {"date": "2025-09-16"}),
             "paper.txt": ("Vote\n\nAnja Vilkas rejected the count in Orvena. Turnout was 48 per cent.\n",
                           {"date": "2025-09-17"}),
             "interview.txt": ("Vote\n\nAnja Vilkas spoke in Orvena. In the 2020 regional election, turnout was "
                               "over 85 per cent.\n", {"date": "2025-09-29"})}
    figures = _found(_analyses(seeds, settings), "figure")
    assert {subject: sorted(c.value for c in d.claims) for subject, d in figures.items()} == {
        "turnout": ["48%", "61.4%"]}
    # a span of years dates the course of what a later report tells: the bribes of a case
    seeds = {"courier.txt": ("Jailed\n\nThe Special Court in Eskaby jailed Matthias van der Stroom over the Brannock "
                             "Arms contract. The judge put the bribes at €12 million.\n", {"date": "2025-03-15"}),
             "wire.txt": ("Trial\n\nMatthias van der Stroom took some €14.5 million in bribes from Brannock Arms "
                          "between 2021 and 2023, the Special Court in Eskaby heard.\n", {"date": "2025-02-12"})}
    figures = _found(_analyses(seeds, settings), "figure")
    assert {subject: sorted(c.value for c in d.claims) for subject, d in figures.items()} == {
        "bribes": ["some €14.5 million", "€12 million"]}


def test_a_count_added_to_one_before_is_no_total_to_set_against_it(settings: Settings) -> None:
    """'Rescue teams had recovered 39 bodies by Tuesday evening' was set against 'Rescue workers recovered 11
    more bodies … on Wednesday': a count added to another is no total of its own."""
    seeds = {"courier.txt": ("Fire\n\nRescue teams at the Golden Loom factory in Dravik had recovered 39 bodies by "
                             "Tuesday evening.\n", {"date": "2025-04-16"}),
             "wire.txt": ("Fire\n\nRescue workers at the Golden Loom factory in Dravik recovered 11 more bodies on "
                          "Tuesday.\n", {"date": "2025-04-16"}),
             "weekly.txt": ("Fire\n\nAt the Golden Loom factory in Dravik, a further 5 bodies were recovered on "
                            "Tuesday.\n", {"date": "2025-04-16"})}
    assert _found(_analyses(seeds, settings), "figure") == {}


def test_a_days_point_shows_each_day_its_sources_give(settings: Settings) -> None:
    """Three sources date Marková's suspension 20 September and two 21 September: the point quoted the
    first three sources only, all of one day, and the other day was cut. Her 'suspension' and her being
    'suspended' are one happening."""
    told = {"a": "Minister Marek Zielin suspended Ilse Markova in Orvena on 20 September.",
            "b": "Minister Marek Zielin suspended Ilse Markova in Orvena on 20 September, officials said.",
            "c": "Ilse Markova was suspended by Minister Marek Zielin in Orvena on 20 September.",
            "d": "On 21 September Minister Marek Zielin announced the suspension of Ilse Markova in Orvena.",
            "e": "The suspension of Ilse Markova by Minister Marek Zielin in Orvena came on 21 September."}
    seeds = {f"{name}.txt": (f"Suspension\n\n{text}\n", {"date": "2025-09-24"}) for name, text in told.items()}
    points = _points(_analyses(seeds, settings), "date")
    assert [sorted({c.value.rsplit("(", 1)[-1] for c in d.claims}) for d in points] == [["2025-09-20)", "2025-09-21)"]]


def test_arrests_counted_are_people_arrested_however_told(settings: Settings) -> None:
    """'Police have made 126 arrests' against 'more than 200 people had been detained': arrests counted
    were a quantity of their own ('arrests'), never set beside people detained or arrested."""
    seeds = {"courier.txt": ("Protests\n\nPolice in Marrenburg have made 126 arrests since the protests over "
                             "the Orvena vote began.\n", {"date": "2025-09-18"}),
             "wire.txt": ("Protests\n\nMore than 200 people had been detained since the protests over the Orvena "
                          "vote began in Marrenburg.\n", {"date": "2025-09-18"})}
    figures = _found(_analyses(seeds, settings), "figure")
    assert {subject: sorted(c.value for c in d.claims) for subject, d in figures.items()} == {
        "people arrested": ["126 arrests", "More than 200 people"]}


def test_an_arrest_whose_label_tells_no_kind_is_dated_against_the_arrest_told_so(settings: Settings) -> None:
    """'The owner, Mr Radomir Kovačec, was taken into custody … this morning and is being questioned' and
    a wire's 'took … into custody on Wednesday' (16 April, an event labelled 'questioned') against
    'Radomir Kovačec was arrested on 15 April': the words its sources share ('custody') say what happened
    when its label does not, and the point is named by a label that tells what happened."""
    seeds = {"release.txt": ("Statement\n\nThe owner of the factory, Mr Radomir Kovacec, was taken into custody by "
                             "the Marovian National Police this morning and is being questioned.\n",
                             {"date": "2025-04-16"}),
             "wire.txt": ("Arrest\n\nPolice took the factory's owner, Radomir Kovacec, into custody on Wednesday "
                          "and questioned him, the Marovian National Police said.\n", {"date": "2025-04-18"}),
             "interview.txt": ("Interview\n\nThe owner, Radomir Kovacec, was arrested on 15 April.\n",
                               {"date": "2025-04-23"})}
    points = _points(_analyses(seeds, settings), "date")
    assert [sorted(c.ref.briefing for c in d.claims) for d in points] == [["interview", "release", "wire"]]
    assert points[0].subject != "questioned"


def test_a_denial_denies_what_the_report_said_not_a_doing_in_its_clause(settings: Settings) -> None:
    """'denied a report in The Portmarren Courier that Transport Minister Oriane Castellanos had written
    to the Authority urging it to block the deal': its 'urging it' was read as a denial that refers
    back ('denied paying it'), and the sentence before ('The Authority published its full reasons on
    Tuesday') was shown as denied. The point's subject is what the report said."""
    seeds = {"paper.txt": ("Letter\n\nTransport Minister Oriane Castellanos wrote to the Velorian Competition "
                           "Authority urging it to block the deal, the Portmarren Courier has learned.\n",
                           {"date": "2025-03-13"}),
             "analysis.txt": ("Reasons\n\nThe Velorian Competition Authority published its full reasons on "
                              "Tuesday, and Oriane Castellanos read them.\n", {"date": "2025-03-25"}),
             "wire.txt": ("Minister\n\nThe Velorian Competition Authority published its full reasons on Tuesday. "
                          "The Ministry of Transport on Wednesday denied a report in the Portmarren Courier that "
                          "Transport Minister Oriane Castellanos had written to the Velorian Competition Authority "
                          "urging it to block the deal.\n", {"date": "2025-03-20"})}
    analyses = _analyses(seeds, settings)
    points = _points(analyses, "denial")
    assert [[(c.ref.briefing, c.value) for c in d.claims] for d in points] == [[("paper", "reported"),
                                                                                ("wire", "denied")]]
    assert points[0].subject.startswith("Transport Minister Oriane Castellanos had written")


def test_a_verdict_dated_differently_is_a_point_apart_from_an_appeal_against_it(settings: Settings) -> None:
    """'was sentenced to nine years on Thursday' (13 March) and 'convicted' on 14 March: one verdict,
    dated differently. The appeal 'against conviction', filed on 2 and on 4 April, is another
    happening, its 'conviction' what it is about: the four days had been one point."""
    seeds = {"courier.txt": ("Jailed\n\nThe former defence minister Matthias van der Stroom was sentenced to nine "
                             "years on Thursday afternoon, bringing to an end a trial that gripped Eskaby.\n",
                             {"date": "2025-03-15"}),
             "release.txt": ("Verdict\n\nOn 14 March 2025 the Special Court in Eskaby convicted former Minister of "
                             "Defence Matthias van der Stroom of accepting bribes from Brannock Arms.\n",
                             {"date": "2025-03-14"}),
             "wire.txt": ("Appeal\n\nMatthias van der Stroom filed an appeal against his conviction by the Special "
                          "Court in Eskaby on Wednesday.\n", {"date": "2025-04-03"}),
             "radio.txt": ("Appeal\n\nMatthias van der Stroom filed an appeal against his conviction by the "
                           "Special Court in Eskaby on 4 April.\n", {"date": "2025-04-10"})}
    assert sorted(sorted(c.ref.briefing for c in d.claims) for d in _points(_analyses(seeds, settings), "date")) == [
        ["courier", "release"], ["radio", "wire"]]


def test_an_answer_that_calls_the_question_untrue_denies_what_it_put(settings: Settings) -> None:
    """'LBR: It has been reported that Mr Dahlstrøm was pushed out by the board.' / 'Brennan-Holt: That
    is simply not true.' denied nothing: no verb of denying, and 'Dahlstrøm' was not the wire's
    'Dahlstrom'. Not an answer calling false what a denial before it said."""
    seeds = {"wire.txt": ("Quits\n\nHenrik Dahlstrom resigned on Monday. Dahlstrom was forced out after the board "
                          "of Aerovel lost confidence in him at a meeting on Sunday night, two people said.\n",
                          {"date": "2025-03-20"}),
             "interview.txt": ("Interview\n\nSaskia Brennan-Holt runs Aerovel. She spoke to LBR on Tuesday.\n\n"
                               "LBR: It has been reported that Mr Dahlstrøm was pushed out by the board of Aerovel."
                               "\n\nBrennan-Holt: That is simply not true. He chose to go.\n",
                               {"date": "2025-04-02"})}
    assert _denial_claims(seeds, settings) == [[("wire", "reported"), ("interview", "denied")]]


def test_a_bids_worth_however_named_and_whatever_day_tells_it_is_one_sum(settings: Settings) -> None:
    """'blocked the €2.4 billion takeover of Meridia Air' (11 March) and 'the ruling on Wednesday killed
    Aerovel's €2.1bn bid' (12 March): a takeover, a bid, an offer are one sum, the bid's, not the day's."""
    seeds = {"wire.txt": ("Blocked\n\nThe Velorian Competition Authority on Tuesday blocked the €2.4 billion "
                          "takeover of Meridia Air by Aerovel.\n", {"date": "2025-03-12"}),
             "paper.txt": ("Jobs\n\nThe Velorian Competition Authority's ruling on Wednesday killed Aerovel's €2.1bn "
                           "bid for Meridia Air.\n", {"date": "2025-03-13"})}
    figures = _found(_analyses(seeds, settings), "figure")
    assert {subject: sorted(c.value for c in d.claims) for subject, d in figures.items()} == {
        "bid": ["€2.1bn bid", "€2.4 billion takeover"]}


def test_a_denial_of_a_happening_is_no_telling_of_it_on_another_day(settings: Settings) -> None:
    """'Anselm van der Wyck was arrested at his home in Ostrand on Wednesday' (11 June) and 'The
    National Police on Thursday denied that Anselm van der Wyck had been arrested' (19 June): the
    denial's day was set against the arrest's, as if one arrest were dated twice."""
    seeds = {"wire.txt": ("Arrest\n\nAnselm van der Wyck was arrested at his home in Ostrand on Wednesday, his "
                          "union said.\n", {"date": "2025-06-12"}),
             "paper.txt": ("Police\n\nThe National Police on Thursday denied that Anselm van der Wyck had been "
                           "arrested in Ostrand.\n", {"date": "2025-06-20"})}
    assert _date_claims(_analyses(seeds, settings)) == []


def test_a_toll_that_rose_on_a_later_day_is_the_same_happenings(settings: Settings) -> None:
    """'17 people were killed when two trains collided at Halvik junction on Tuesday' (11 March) and 'The
    death toll from the Halvik junction collision rose to 19 on Thursday' (13 March): two days stated,
    so two happenings, and the toll's rise was never shown. Two tolls of stated days with no rise stay
    two happenings' (a bombing on Friday, another on Thursday)."""
    seeds = {"wire.txt": ("Crash\n\n17 people were killed when two trains collided at Halvik junction in Karvessa "
                          "on Tuesday.\n", {"date": "2025-03-12"}),
             "paper.txt": ("Toll\n\nThe death toll from the train collision at Halvik junction in Karvessa rose "
                           "to 19 on Thursday.\n", {"date": "2025-03-14"})}
    tolls = _found(_analyses(seeds, settings), "figure")
    assert sorted(c.value for c in tolls["death toll"].claims) == ["17 people", "19"]


def test_a_cases_bribes_and_fines_are_set_side_by_side_however_told(settings: Settings) -> None:
    """'The judge put the bribes at €12 million, paid in several instalments' against 'received bribes
    totalling EUR 14.5 million …': in briefings of one case, its bribes are one sum, though the
    sentences share no word ('totalling' had also made the release's sentence one that sets figures
    against each other, and its period 'between May 2021 and September 2023' another). 'fined him 3
    million crowns' and 'a fine of 2.5 million Norvalian crowns' name the sum for what it is, as two
    words would ('border length')."""
    seeds = {"courier.txt": ("Jailed\n\nThe Special Court in Eskaby jailed Matthias van der Stroom over the Brannock "
                             "Arms contract. The judge put the bribes at €12 million, paid in several instalments "
                             "through firms abroad. The court also fined him 3 million crowns and ordered that "
                             "assets be seized.\n", {"date": "2025-03-15"}),
             "release.txt": ("Verdict\n\nThe Special Court in Eskaby found that between May 2021 and September 2023 "
                             "Matthias van der Stroom received bribes totalling EUR 14.5 million from Brannock Arms "
                             "in return for steering a contract worth EUR 420 million to the company. The court "
                             "imposed a fine of 2.5 million Norvalian crowns, and ordered that assets be seized.\n",
                             {"date": "2025-03-14"})}
    figures = _found(_analyses(seeds, settings), "figure")
    assert {subject: sorted(c.value for c in d.claims) for subject, d in figures.items()} == {
        "bribes": ["EUR 14.5 million", "€12 million"], "fine": ["2.5 million Norvalian crowns", "3 million crowns"]}
    # an interviewer's question is no claim of the interview's: "Q: Prosecutors say the bribes totalled …"
    seeds["radio.txt"] = ("Interview\n\nTomas Eriksen-Bello follows the trial of Matthias van der Stroom at the "
                          "Special Court in Eskaby over the Brannock Arms contract.\n\nQ: Prosecutors say the bribes "
                          "totalled 16 million euros.\n\n"
                          "Eriksen-Bello: The court in Eskaby heard it all.\n\nQ: And now?\n\nEriksen-Bello: We "
                          "wait.\n", {"date": "2025-04-10"})
    figures = _found(_analyses(seeds, settings), "figure")
    assert "radio" not in {c.ref.briefing for c in figures["bribes"].claims}


def test_sums_a_verb_moves_are_set_side_by_side(settings: Settings) -> None:
    """'Customers withdrew about 2.1 billion crowns on Monday and Tuesday' and 'depositors withdrew 1.8
    billion crowns … in the first two days': sums moved by a verb had no measure to meet on. A sum
    raised is another doing, not the sum withdrawn."""
    seeds = {"wire.txt": ("Run\n\nCustomers of Corvane Bank in Port Caldra withdrew about 2.1 billion crowns on "
                          "Monday and Tuesday, as the Varnessa regulator looked on.\n", {"date": "2025-05-07"}),
             "analysis.txt": ("Run\n\nDepositors withdrew 1.8 billion crowns from Corvane Bank in Port Caldra "
                              "on Monday and Tuesday, the Varnessa regulator said. Corvane had raised 3 billion "
                              "crowns from bondholders in Port Caldra.\n", {"date": "2025-05-09"})}
    figures = _found(_analyses(seeds, settings), "figure")
    assert {subject: sorted(c.value for c in d.claims) for subject, d in figures.items()} == {
        "withdrawals": ["1.8 billion crowns", "about 2.1 billion crowns"]}


def test_speeds_however_written_are_set_side_by_side_and_apart_from_the_limit(settings: Settings) -> None:
    """'IC 417 was travelling at 87 km/h, below the permitted speed of 100 km/h' against 'travelling at
    about 120 kilometres per hour': a train's speed had no measure (the limit was read as the speed), and
    km/h and kilometres per hour were two units."""
    seeds = {"release.txt": ("Crash\n\nAccording to the data recorder, IC 417 was travelling at 87 km/h at Halvik "
                             "junction in Karvessa, below the permitted speed of 100 km/h for that section.\n",
                             {"date": "2025-03-13"}),
             "paper.txt": ("Crash\n\nThe train at Halvik junction in Karvessa was travelling at about 120 "
                           "kilometres per hour.\n", {"date": "2025-03-13"}),
             # a sentence that names none of the others' names: a crash's speed is the crash's
             "weekly.txt": ("Crash\n\nThe crash at Halvik junction in Karvessa shocked the country. According to "
                            "Piet Lorensz, the train was travelling at about 130 km/h.\n", {"date": "2025-03-14"})}
    figures = _found(_analyses(seeds, settings), "figure")
    assert {subject: sorted(c.value for c in d.claims) for subject, d in figures.items()} == {
        "speed": ["87 km/h", "about 120 kilometres per hour", "about 130 km/h"]}


def test_a_briefings_sentences_that_give_one_value_say_together_what_it_is(settings: Settings) -> None:
    """'fined the company 18.5 million euros over a cyber attack' in the lead and 'imposed a fine of
    €18.5m, the largest in its history' later: another source's 'penalty of €21 million is the
    largest it has ever imposed' shares its words with the second, and only the first had been read."""
    seeds = {"wire.txt": ("Fine\n\nHalvard Strøm resigned on Friday, a day after Almesia's regulator fined the "
                          "company 18.5 million euros over a cyber attack. The Almesian Communications Authority "
                          "imposed a fine of €18.5m, the largest in its history, after finding that Veltrix Telecom "
                          "had failed to patch a flaw.\n",
                          {"date": "2025-03-28"}),
             "analysis.txt": ("Comment\n\nThe penalty of €21 million that the Almesian Communications Authority "
                              "imposed on Veltrix Telecom is the largest it has ever imposed.\n",
                              {"date": "2025-04-02"})}
    figures = _found(_analyses(seeds, settings), "figure")
    assert [sorted(c.value for c in d.claims) for d in figures.values()] == [["18.5 million euros", "€21 million"]]


def test_a_sum_given_in_other_currencies_too_is_still_read(settings: Settings) -> None:
    """'pledged 40 million euros ($43.5 million) in humanitarian aid': its worth in dollars, in brackets,
    made two sums in one sentence, so neither was read beside another source's 52 million euros."""
    seeds = {"wire.txt": ("Aid\n\nThe European Union on Friday pledged 40 million euros ($43.5 million) in "
                          "humanitarian aid for the Tolvo camps in Kestrava.\n", {"date": "2025-03-14"}),
             "analysis.txt": ("Aid\n\nThe European Union on Friday pledged 52 million euros in humanitarian aid "
                              "for the Tolvo camps in Kestrava.\n", {"date": "2025-03-20"})}
    figures = _found(_analyses(seeds, settings), "figure")
    assert [sorted(c.value for c in d.claims) for d in figures.values()] == [["40 million euros", "52 million euros"]]


def test_sums_embezzled_however_worded_and_in_any_currency_form_are_set_side_by_side(settings: Settings) -> None:
    """'had diverted €48.6 million', 'convicted of embezzling about 45 million euros': no measure (a
    verb, not a noun, says what the sum is), '45 million euros' a count of euros, not €45m, and the
    verdict's day dated the sentence apart from the indictment's."""
    seeds = {"courier.txt": ("Trial\n\nProsecutors at the Tesgrad court say Andrej Kolvanek had diverted €48.6 million "
                             "from the Bralin motorway project.\n", {"date": "2025-06-04"}),
             "wire.txt": ("Verdict\n\nThe Tesgrad court on Tuesday convicted Andrej Kolvanek of embezzling about 45 "
                          "million euros from the Bralin motorway project.\n", {"date": "2025-10-22"})}
    analyses = _analyses(seeds, settings)
    figures = _found(analyses, "figure")
    assert sorted((c.ref.briefing, c.value) for c in figures["sum embezzled"].claims) == [
        ("courier", "€48.6 million"), ("wire", "about 45 million euros")]
    fined = {name: (text.replace("had diverted", "was fined").replace("of embezzling", "and fined it"), declared)
             for name, (text, declared) in seeds.items()}
    analyses = _analyses(fined, settings)
    assert "sum embezzled" not in _found(analyses, "figure")


def test_prison_terms_of_two_defendants_are_not_set_side_by_side(settings: Settings) -> None:
    """The co-defendant's 'reduced sentence of around three years' was set among the minister's nine
    and eight years: a term is the one sentenced's, the person its sentence names first."""
    seeds = {"wire.txt": ("Verdict\n\nThe Tesgrad court sentenced Andrej Kolvanek to nine years in prison for the "
                          "Bralin motorway fraud.\n", {"date": "2025-10-22"}),
             "paper.txt": ("Deal\n\nMatthijs van der Berghe will testify against Andrej Kolvanek over the Bralin "
                           "motorway fraud for a reduced sentence of around three years.\n", {"date": "2025-06-04"}),
             "analysis.txt": ("Analysis\n\nThe Tesgrad court sentenced Andrej Kolvanek to eight years in prison for "
                              "the Bralin motorway fraud.\n", {"date": "2025-11-05"})}
    analyses = _analyses(seeds, settings)
    terms = _found(analyses, "figure")
    assert sorted(c.ref.briefing for c in terms["prison term"].claims) == ["analysis", "wire"]


def test_people_counted_in_one_place_need_a_word_besides_its_name(settings: Settings) -> None:
    """'had treated more than 4,000 people' around Biruta and 'about 410,000 people have had a first
    dose' in Biruta shared the town alone: two counts, set against each other as one. A union's
    members counted in two sentences that name the union alone are one count."""
    meta = {"publisher": "Wire", "published": "2025-03-20"}
    analyses = _analyses({
        "wire.txt": ("Outbreak\n\nCholera has spread through Biruta and Lenmar since February, officials said.\n\n"
                     "Doctors in Biruta said their teams had treated more than 4,000 people with diarrhoea.\n\n"
                     "The Saltmere Dock Workers' Union says it represents 6,200 members.\n", meta),
        "interview.txt": ("Interview\n\nThe cholera outbreak in Biruta and Lenmar is slowing, the minister said.\n\n"
                          "Since the campaign began in Biruta, about 410,000 people have had a first dose.\n\n"
                          "The Saltmere Dock Workers' Union has 7,000 members.\n",
                          {"publisher": "Radio", "published": "2025-03-21"}),
    }, settings)
    figures = _found(analyses, "figure")
    assert not [d for d in figures.values() if "410,000" in str(d.claims)], figures
    assert sorted(c.value for c in figures["members"].claims) == ["6,200 members", "7,000 members"]


def test_a_denial_is_set_against_the_happening_it_denies_not_another_of_its_sentence(settings: Settings) -> None:
    """The Courier's sentence tells the flow falling and, in passing, 'the protocol signed in Veltsk
    on July 14'; the interview's 'The claim that Kestrava cut the flow on 28 July is false' was set
    against the signing too, as if the co-chair denied the protocol was signed."""
    seeds = {"paper.txt": ("Flow\n\nKestrava cut the flow from the Branik Dam on Monday, the Dunmoran Water Authority "
                           "said. According to the Dunmoran Water Authority, the flow measured at the Qasr Benni "
                           "gauging station fell to 180 cubic metres per second on Wednesday, roughly half of the 350 "
                           "cubic "
                           "metres per second that Kestrava promised in the protocol signed in Veltsk on July 14.\n",
                           {"date": "2025-08-01"}),
             "interview.txt": ("Interview\n\nDr Ilona Szasz heads the Kestravan weather service in Veltsk. The claim "
                               "that Kestrava cut the flow on 28 July is false.\n",
                               {"date": "2025-08-25"})}
    differences = find_differences(analyses := _analyses(seeds, settings), find_events(analyses))
    assert [d.subject for d in differences if d.kind == "denial"] == ["Kestrava cut flow"]


def test_a_central_banks_one_rate_is_one_measure_however_named() -> None:
    """'its main rate … to 28 per cent', 'its key interest rate to 27 percent', 'its benchmark rate'
    were three measures, never compared; an exchange rate or a rate of inflation is another."""
    from briefing_site.differences import _measure_key

    keys = {_measure_key(m)[0] for m in ("main rate", "key interest rate", "benchmark rate", "policy rate")}
    assert len(keys) == 1
    assert _measure_key("exchange rate")[0] not in keys and _measure_key("inflation rate")[0] not in keys


def test_a_central_banks_rate_told_differently_is_a_difference(settings: Settings) -> None:
    """'The central bank lifted its main rate … to 28 per cent …, the biggest single increase since the
    dral was introduced in 1996' and 'The central bank raised its benchmark rate … to 27% on Oct. 14':
    the 1996 of a record's baseline dated the one apart, three names made three measures, and 27% and
    28% met when read as rounded."""
    meta = {"publisher": "Courier", "published": "2025-10-15"}
    analyses = _analyses({
        "courier.txt": ("Rates\n\nThe central bank of Morvania lifted its main rate by six percentage points to 28 per "
                        "cent in a late-night announcement, the biggest single increase since the dral was introduced "
                        "in 1996. Finance Minister Pavel Dragomir welcomed it.\n", meta),
        "wire.txt": ("Follow-up\n\nThe central bank of Morvania raised its benchmark rate by five percentage points to "
                     "27% on Oct. 14 in an emergency move. Finance Minister Pavel Dragomir resigned later.\n",
                     {"publisher": "Wire", "published": "2025-10-27"}),
    }, settings)
    points = _found(analyses, "figure")
    assert sorted(c.value for c in points["main rate"].claims) == ["27%", "28%"], points


def test_a_place_both_name_makes_no_happening_of_two_a_day_apart_unless_told_alike(settings: Settings) -> None:
    """'The release on 11 March of eight foreign hostages … has been presented in Tormund and Al-Mirat'
    and 'The freed hostages were flown on Wednesday morning to … Al-Mirat' (12 March) were one
    happening dated differently: they share the city and the hostages, no word of what was done."""
    analyses = _analyses({
        "analysis.txt": ("Release\n\nThe release on 11 March of eight foreign hostages held by the Dalmir Liberation "
                         "Front has been presented in Tormund and Al-Mirat as a triumph of quiet diplomacy.\n",
                         {"publisher": "Centre", "published": "2025-03-20"}),
        "wire.txt": ("Freed\n\nThe Dalmir Liberation Front let them go. The freed hostages were flown on Wednesday to "
                     "the capital, Al-Mirat, for medical checks.\n",
                     {"publisher": "Wire", "published": "2025-03-12"}),
    }, settings)
    assert not [d for d in _points(analyses, "date") if "flown" in d.subject or "presented" in d.subject]
