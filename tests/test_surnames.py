"""A person one briefing names by surname alone, given the full name the other sources give them
(surnames.py): only when one person of that surname dominates, the briefing names no other one,
and its titles agree with theirs; the briefing's quotes, statements and export follow; and a page
kept from the last build is not kept when the resolution changes."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from briefing_site import page_memo, pipeline, surnames
from briefing_site.events import own_statements, unpack_statements
from briefing_site.knowledge import load_knowledge
from briefing_site.model import Analysis, RawSeed, Settings, SiteBuild
from briefing_site.pipeline import analyse, identify
from briefing_site.surnames import resolve_surnames
from conftest import build_site

FULL = ("Prime Minister Tony Blair met union leaders in London on Monday, officials said.\n\n"
        "Mr Blair said the talks on {topic} had been useful.\n")
SURNAME_ONLY = ("Mr Blair said on Tuesday that the pension plan would go ahead.\n\n"
                "\"We will not wait,\" Mr Blair said.\n")


def _analyses(texts: dict[str, str]) -> list[Analysis]:
    settings = Settings(seeds_dir=Path("seeds"))
    made = [analyse(RawSeed(name, text, "0" * 64, "utf-8", {}, "", 1), settings, load_knowledge(None))
            for name, text in texts.items()]
    return identify(made)[0]


def _full(count: int) -> dict[str, str]:
    topics = ["pay", "jobs", "schools", "health", "housing", "transport", "crime", "tax"][:count]
    return {f"full-{n}.txt": FULL.format(topic=topic) for n, topic in enumerate(topics)}


def _ids(analysis: Analysis) -> set[str]:
    return {e.id for e in analysis.entities if e.type == "person"}


def _by_source(analyses: list[Analysis]) -> dict[str, Analysis]:
    return {a.seed.source_file: a for a in analyses}


def test_a_surname_alone_takes_the_one_full_name_the_sources_give() -> None:
    analyses = _analyses({**_full(3), "alone.txt": SURNAME_ONLY})
    assert _ids(_by_source(analyses)["alone.txt"]) == {"blair"}
    resolved = _by_source(resolve_surnames(analyses))["alone.txt"]
    assert _ids(resolved) == {"tony-blair"}
    assert [e.name for e in resolved.entities if e.id == "tony-blair"] == ["Blair"]  # its own spelling, kept
    assert resolved.renamed == (("blair", "tony-blair"),)
    assert {q.speaker for q in resolved.quotes} == {"tony-blair"}
    assert resolved.export_part == b""  # made again from the resolved analysis when the export is written
    # its statements, read back from its cross inputs, are those made from the resolved analysis
    assert resolved.cross_inputs is not None
    read = unpack_statements(resolved.cross_inputs.statements, resolved, {})
    assert read == [dataclasses.replace(s, briefing=resolved.id) for s in own_statements(resolved)] or \
        [dataclasses.replace(s, briefing="") for s in read] == list(own_statements(resolved))
    assert any(m[0] == "tony-blair" for s in read for m in s.mentions)


def test_a_name_without_its_first_word_takes_the_longer_name_another_source_gives() -> None:
    """'Tayyip Erdoğan' in one source and 'Recep Tayyip Erdogan' in another were two pages: the
    shorter name ends as the longer one does (accents aside), and no other person's name ends so.
    One source is enough: two words in common say more than a surname. Not when the longer name
    does not open with a given name ('Unison Dave Prentis')."""
    texts = {"long.txt": "President Recep Tayyip Erdogan met Unison Dave Prentis in Ankara.\n",
             "again.txt": "Recep Tayyip Erdogan and Unison Dave Prentis spoke in Rize.\n",
             "short.txt": "Tayyip Erdogan said Dave Prentis would visit Baghdad.\n"}
    resolved = _by_source(resolve_surnames(_analyses(texts)))["short.txt"]
    assert "recep-tayyip-erdogan" in _ids(resolved) and "tayyip-erdogan" not in _ids(resolved)
    assert "dave-prentis" in _ids(resolved)
    assert [e.name for e in resolved.entities if e.id == "recep-tayyip-erdogan"] == ["Tayyip Erdogan"]


def test_a_longer_name_one_briefing_gives_resolves_nothing() -> None:
    """The cellist Julian Lloyd Webber, named once, is not the composer 'Lloyd Webber' of another source."""
    texts = {"cellist.txt": "The cellist Julian Lloyd Webber retired on Monday.\n",
             "composer.txt": "The composer Andrew Smith met Lloyd Webber in London.\n"}
    assert "lloyd-webber" in _ids(_by_source(resolve_surnames(_analyses(texts)))["composer.txt"])


def test_two_longer_names_ending_alike_resolve_nothing() -> None:
    texts = {"one.txt": "Recep Tayyip Erdogan spoke in Ankara.\n", "two.txt": "Ahmet Tayyip Erdogan spoke in Rize.\n",
             "short.txt": "Tayyip Erdoğan spoke in Baghdad.\n"}
    assert "tayyip-erdogan" in _ids(_by_source(resolve_surnames(_analyses(texts)))["short.txt"])


def test_briefings_without_a_surname_alone_are_the_same_objects() -> None:
    analyses = _analyses({**_full(3), "alone.txt": SURNAME_ONLY})
    resolved = resolve_surnames(analyses)
    assert all(new is old for new, old in zip(resolved, analyses, strict=True) if old.seed.source_file != "alone.txt")


def test_too_few_sources_or_no_dominant_person_resolve_nothing() -> None:
    # named in full by two briefings of a large site: fewer than three (the others tell of other things)
    others = {f"other-{n}.txt": f"The council in Town{n} met on Monday to discuss its budget.\n"
              for n in range(surnames.SMALL_SITE)}
    few = _analyses({**_full(2), **others, "alone.txt": SURNAME_ONLY})
    assert all(not a.renamed for a in resolve_surnames(few))
    rival = {f"cherie-{n}.txt": "Cherie Blair spoke at a charity dinner in London on Friday.\n" for n in range(2)}
    shared = _analyses({**_full(4), **rival, "alone.txt": SURNAME_ONLY})  # 4 against 2: not four times as many
    assert all(not a.renamed for a in resolve_surnames(shared))


def test_a_briefing_naming_another_person_of_that_surname_keeps_its_own() -> None:
    other = "Cherie Blair arrived in Leeds on Monday.\n\nMr Blair said on Tuesday the plan would go ahead.\n"
    analyses = _analyses({**_full(3), "other.txt": other})
    blairs = _ids(_by_source(analyses)["other.txt"])
    assert "cherie-blair" in blairs and "tony-blair" not in blairs
    assert _ids(_by_source(resolve_surnames(analyses))["other.txt"]) == blairs


@pytest.mark.parametrize("alone", [
    "Mrs Blair said on Tuesday that the charity would go ahead.\n",  # the others call him "Mr"
    "Lord Blair said on Tuesday that the inquiry would go ahead.\n",
])
def test_titles_the_others_do_not_give_resolve_nothing(alone: str) -> None:
    analyses = _analyses({**_full(3), "alone.txt": alone})
    assert "blair" in _ids(_by_source(analyses)["alone.txt"])
    assert not _by_source(resolve_surnames(analyses))["alone.txt"].renamed


def test_a_title_of_rank_resolves_nothing_when_the_sources_give_the_person_none() -> None:
    full = {f"browne-{n}.txt": f"Des Browne visited {town} on Monday to open a school.\n"
            for n, town in enumerate(["Leeds", "York", "Derby"])}
    analyses = _analyses({**full, "lord.txt": "BP chief executive Lord Browne said the results were strong.\n",
                          "mr.txt": "Mr Browne said on Tuesday the school would open.\n"})
    resolved = _by_source(resolve_surnames(analyses))
    assert not resolved["lord.txt"].renamed  # a peer is not a man the others call by name alone
    assert resolved["mr.txt"].renamed == (("browne", "des-browne"),)


def _write(folder: Path, texts: dict[str, str]) -> None:
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_the_site_has_one_page_for_the_person(tmp_path: Path) -> None:
    _write(tmp_path / "seeds", {**_full(3), "alone.txt": SURNAME_ONLY, "again.txt": SURNAME_ONLY.replace(
        "pension plan", "school plan")})
    result = build_site(tmp_path / "seeds", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    export = json.loads((tmp_path / "site" / "briefing.json").read_text(encoding="utf-8"))
    entity = next(e for e in export["entities"] if e["id"] == "tony-blair")
    assert {"alone", "again"} <= set(entity["briefings"])
    assert "Blair" in [a["name"] for a in entity["aliases"]]
    assert all(e["id"] != "blair" for e in export["entities"])
    assert not (tmp_path / "site" / "actors" / "blair").exists()
    record = next(b for b in export["briefings"] if b["id"] == "alone")
    assert "tony-blair" in [e["id"] for e in record["entities"]]
    page = (tmp_path / "site" / "briefings" / "alone" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../actors/tony-blair/"' in page and "actors/blair/" not in page


def _files(build: SiteBuild) -> dict[str, str]:
    return {f.path: f.content for f in build.files}


def test_a_kept_page_follows_the_resolution(tmp_path: Path) -> None:
    """Once a rival makes the surname ambiguous, the briefing's page names "blair" again: the page
    memo keys an analysis by what was resolved in it, not by its seed alone. Without related links,
    nothing else the page reads changes (its seed, the titles, whether Tony Blair has a page)."""
    seeds = tmp_path / "seeds"
    _write(seeds, {**_full(4), "alone.txt": SURNAME_ONLY})
    cached = Settings(seeds_dir=seeds, cache_dir=tmp_path / "cache", related_links=0)
    first = pipeline.build_site(cached)
    assert "actors/tony-blair" in _files(first)["briefings/alone.md"]
    _write(seeds, {f"cherie-{n}.txt": "Cherie Blair spoke at a charity dinner in Leeds on Friday.\n" for n in range(2)})
    again = pipeline.build_site(cached)
    assert _files(again) == _files(pipeline.build_site(dataclasses.replace(cached, cache_dir=None)))
    assert "actors/tony-blair" not in _files(again)["briefings/alone.md"]


def test_the_page_memo_tells_a_resolved_analysis_from_the_one_its_seed_gave() -> None:
    """A kept page is keyed by its analysis' seed digest; resolving changes the analysis, not the
    seed, so the resolution is part of the analysis' fingerprint."""
    analyses = _analyses({**_full(3), "alone.txt": SURNAME_ONLY})
    before = _by_source(analyses)["alone.txt"]
    after = _by_source(resolve_surnames(analyses))["alone.txt"]
    assert before.seed == after.seed
    fingerprint = page_memo.Answers(None, {})._identity  # what a page's read of an analysis is noted as
    assert fingerprint(before) != page_memo.Answers(None, {})._identity(after)
    assert fingerprint(before) == page_memo.Answers(None, {})._identity(dataclasses.replace(before, words=1))


def test_a_surname_the_briefing_also_names_in_full_is_folded_into_the_person() -> None:
    """The entity step may leave "Mr Blair" apart from the "Tony Blair" of the same text; resolved,
    they are one entity (one link, one row of the person's page), with every mention and spelling."""
    analyses = _analyses({**_full(3), "both.txt": "Tony Blair met union leaders on Monday.\n\nMr Blair said "
                                                  "on Tuesday that the plan would go ahead.\n"})
    both = _by_source(analyses)["both.txt"]
    person = next(e for e in both.entities if e.id == "tony-blair")
    assert len(person.mentions) == 2
    first, second = person.mentions
    apart = (dataclasses.replace(person, mentions=(first,), aliases=()),
             dataclasses.replace(person, id="blair", name="Blair", aliases=(), mentions=(second,)))
    split = dataclasses.replace(both, entities=apart + tuple(e for e in both.entities if e.id != "tony-blair"))
    resolved = _by_source(resolve_surnames([split if a is both else a for a in analyses]))["both.txt"]
    people = [e for e in resolved.entities if e.type == "person"]
    assert [e.id for e in people] == ["tony-blair"]
    assert people[0].mentions == (first, second) and people[0].aliases == ("Blair",)


def test_a_briefing_whose_page_fails_is_taken_out_before_surnames_are_resolved_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the failed briefing, Tony Blair is named in full in 3 briefings against Cherie Blair's
    1: not four times as many, so "Mr Blair" is resolved in neither round's pages but the first."""
    seeds = tmp_path / "seeds"
    _write(seeds, {**_full(4), "cherie.txt": "Cherie Blair spoke at a charity dinner in Leeds on Friday.\n",
                   "alone.txt": SURNAME_ONLY})
    render = pipeline.render_briefing

    def failing(analysis: Analysis, *args: object, **kwargs: object) -> object:
        if analysis.seed.source_file == "full-0.txt":
            raise RuntimeError("a template fault")
        return render(analysis, *args, **kwargs)  # type: ignore[arg-type]
    monkeypatch.setattr(pipeline, "render_briefing", failing)
    build = pipeline.build_site(Settings(seeds_dir=seeds))
    assert [p.source_file for p in build.problems] == ["full-0.txt"]
    page = {f.path: f.content for f in build.files}["briefings/alone.md"]
    assert "tony-blair" not in page


def test_titles_tell_the_person_from_another_of_that_surname_the_briefing_names() -> None:
    """'Mr Blair' in a briefing that names Jean and Kim Blair (names given to either sex) is Jean
    Blair when the sources call Kim only 'Mrs Blair'; with no title of hers known, the briefing
    keeps its own 'Blair'. (Beside Tony and Cherie Blair, the briefing tells them apart itself.)"""
    both = ("Jean Blair and Kim Blair arrived in Leeds on Monday.\n\nMr Blair said on Tuesday the plan "
            "would go ahead.\n")
    full = {f"full-{n}.txt": f"Jean Blair met union leaders in London to talk about {topic}.\n"
            for n, topic in enumerate(["pay", "jobs", "schools", "roads", "rail", "farms", "ports", "mines"])}
    unknown = _by_source(resolve_surnames(_analyses({**full, "both.txt": both})))["both.txt"]
    assert "blair" in _ids(unknown) and not unknown.renamed
    titled = _analyses({**full, "both.txt": both,
                        "kim.txt": "Kim Blair spoke at a dinner in York. Mrs Blair thanked the nurses.\n"})
    resolved = _by_source(resolve_surnames(titled))["both.txt"]
    assert resolved.renamed == (("blair", "jean-blair"),)
    assert _ids(resolved) == {"jean-blair", "kim-blair"}
    told = _by_source(resolve_surnames(_analyses({**_full(8), "both.txt": both.replace("Jean", "Tony")
                                                                            .replace("Kim", "Cherie")})))
    assert _ids(told["both.txt"]) == {"cherie-blair", "tony-blair"} and not told["both.txt"].renamed


def test_a_title_of_the_other_sex_resolves_nothing_where_the_sources_give_no_title() -> None:
    untitled = {f"plain-{n}.txt": f"Tony Blair met union leaders in London to talk about {topic}.\n"
                for n, topic in enumerate(["pay", "jobs", "schools"])}
    analyses = _analyses({**untitled, "wife.txt": "Mrs Blair said on Tuesday that the charity would grow.\n",
                          "husband.txt": "Mr Blair said on Tuesday that the pension plan would go ahead.\n"})
    resolved = _by_source(resolve_surnames(analyses))
    assert _ids(resolved["wife.txt"]) == {"blair"}
    assert _ids(resolved["husband.txt"]) == {"tony-blair"}


def test_spellings_with_and_without_accents_and_longer_full_names_count_as_one_person() -> None:
    """'Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan' and 'Tayyip Erdogan' are one man in three
    briefings, but the surname step counted 'Erdoğan' once and 'Erdogan' twice: under three
    briefings each, a briefing's 'President Erdoğan' stayed a page of its own."""
    texts = {
        "a.txt": "President Recep Tayyip Erdoğan condemned the attack on Tuesday.\n",
        "b.txt": "President Recep Tayyip Erdogan spoke with the prime minister on Wednesday.\n",
        "c.txt": "President Tayyip Erdogan called the attack heinous on Wednesday.\n",
        "alone.txt": "President Erdoğan held a phone call on Wednesday. \"We expect steps,\" Erdoğan said.\n",
    }
    analyses = _analyses(texts)
    assert _ids(_by_source(analyses)["alone.txt"]) == {"erdogan"}
    resolved = _by_source(resolve_surnames(analyses))
    assert _ids(resolved["alone.txt"]) == {"recep-tayyip-erdogan"}
    assert _ids(resolved["c.txt"]) == {"recep-tayyip-erdogan"}  # the longer name the other two give


def test_a_persons_page_is_named_by_a_full_name_before_a_surname_more_sources_use_alone(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    texts = {
        "a.txt": "Attack\n\nPresident Recep Tayyip Erdoğan condemned the attack on Tuesday.\n",
        "b.txt": "Call\n\nPresident Recep Tayyip Erdogan spoke with the prime minister on Wednesday.\n",
        "c.txt": "Heinous\n\nPresident Tayyip Erdogan called the attack heinous on Wednesday.\n",
        "d.txt": "Steps\n\nPresident Erdoğan held a phone call on Wednesday.\n",
        "e.txt": "Demands\n\nPresident Erdoğan made demands of Baghdad on Thursday.\n",
        "f.txt": "Visit\n\nPresident Erdoğan will visit Iraq next month.\n",
    }
    for name, text in texts.items():
        (seeds / name).write_text(text, encoding="utf-8")
    site = tmp_path / "site"
    built = build_site(seeds, site)
    assert built.returncode == 0, built.stderr
    export = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    person = next(e for e in export["entities"] if e["id"] == "recep-tayyip-erdogan")
    assert person["name"].startswith("Recep Tayyip Erdo"), person["name"]


def test_an_office_tells_which_of_two_people_of_a_surname_a_briefing_names() -> None:
    """Neither Kessel dominates the sources; 'Inspector General Kessel' is the one they call Inspector
    General (a page "Kessel" held the police chief's words beside the opposition leader's)."""
    leader = {f"leader-{n}.txt": f"Opposition leader Daria Kessel spoke in Mervane about {topic}.\n"
              for n, topic in enumerate(["pay", "jobs", "schools"])}
    texts = {**leader,
             "police.txt": "Inspector General Pavel Kessel said officers would respond firmly.\n",
             "chief.txt": "Inspector General Kessel said the police had acted lawfully.\n",
             "minister.txt": "Minister Kessel said the budget would pass.\n"}
    resolved = _by_source(resolve_surnames(_analyses(texts)))
    assert _ids(resolved["chief.txt"]) == {"pavel-kessel"}
    assert _ids(resolved["minister.txt"]) == {"kessel"}  # no source gives either Kessel that office


def test_an_office_names_the_one_person_of_a_surname_whom_one_source_names_in_full() -> None:
    """'Prime Minister Halas dismissed him' was a person 'Halas' apart from Prime Minister Viktor Halas,
    whom one source names in full: too few sources for the surname alone, but the office is his."""
    texts = {"wire.txt": "Prime Minister Viktor Halas accepted the resignation on Friday.\n",
             "interview.txt": "Prime Minister Halas dismissed him last week. Was that fair?\n",
             "column.txt": "Mr Halas has a problem.\n",
             "deputy.txt": "Deputy Minister Halas said the budget would pass.\n"}
    resolved = _by_source(resolve_surnames(_analyses(texts)))
    assert _ids(resolved["interview.txt"]) == {"viktor-halas"}
    assert _ids(resolved["column.txt"]) == {"halas"}  # no office: one source is too few to say it is him
    assert _ids(resolved["deputy.txt"]) == {"halas"}  # another office


def test_an_office_resolves_nothing_where_a_title_of_the_other_sex_is_the_briefings_too() -> None:
    leader = {f"leader-{n}.txt": f"Opposition leader Daria Kessel spoke in Mervane about {topic}.\n"
              for n, topic in enumerate(["pay", "jobs", "schools"])}
    texts = {**leader, "police.txt": "Inspector General Pavel Kessel said officers would respond firmly.\n",
             "oped.txt": "Ms Kessel has a point. Inspector General Kessel says nobody was arrested.\n"}
    assert _ids(_by_source(resolve_surnames(_analyses(texts)))["oped.txt"]) == {"kessel"}


def test_a_second_surname_is_a_surname_across_sources() -> None:
    """'Delgado' in a briefing that names no Delgado in full is Marco Delgado Ruiz, the one the sources
    name with that surname (his last word is 'Ruiz', and the surname went unresolved)."""
    full = {f"full-{n}.txt": f"Marco Delgado Ruiz ran the port authority and spoke about {topic}.\n"
            for n, topic in enumerate(["pay", "jobs", "schools"])}
    resolved = _by_source(resolve_surnames(_analyses({**full, "short.txt": "Mr Delgado was arrested at home.\n"})))
    assert _ids(resolved["short.txt"]) == {"marco-delgado-ruiz"}


def test_a_name_without_its_middle_words_takes_the_longer_name_other_sources_give() -> None:
    """'Khalid al-Rawahi' in one source and 'Khalid bin Saeed al-Rawahi' in two others were two
    people, each with a page. Not where two longer names fit ('George Bush' beside George H. W. Bush
    and George W. Bush), nor where one briefing alone gives the longer name."""
    texts = {"long.txt": "Dr Khalid bin Saeed al-Rawahi, the oil minister, met George W. Bush in Muscat.\n",
             "again.txt": "Khalid bin Saeed al-Rawahi and George H. W. Bush spoke in Rize.\n",
             "bush.txt": "George W. Bush and George H. W. Bush spoke in Texas.\n",
             "short.txt": "Khalid al-Rawahi said George Bush would visit Baghdad.\n"}
    resolved = _by_source(resolve_surnames(_analyses(texts)))["short.txt"]
    assert "khalid-bin-saeed-al-rawahi" in _ids(resolved) and "khalid-al-rawahi" not in _ids(resolved)
    assert [e.name for e in resolved.entities if e.id == "khalid-bin-saeed-al-rawahi"] == ["Khalid al-Rawahi"]
    assert "george-bush" in _ids(resolved)
    once = {"long.txt": texts["long.txt"], "short.txt": texts["short.txt"]}
    assert "khalid-al-rawahi" in _ids(_by_source(resolve_surnames(_analyses(once)))["short.txt"])


def test_a_name_without_its_middle_initial_takes_the_name_one_source_gives_with_it() -> None:
    """'Nkechi A. Oduya' in one source and 'Nkechi Oduya' in another were two people (each with a
    page, the second's events apart): an initial is no second name that could be another person's,
    so one source writing it is enough. Not where two such names fit ('George Bush' beside
    George H. W. Bush and George W. Bush), nor a longer name with a word more than an initial."""
    texts = {"long.txt": "Nkechi A. Oduya leads the fund's team in Estrel, where George W. Bush once spoke.\n",
             "both.txt": "George H. W. Bush and Sam Rivera Oduya met in Texas.\n",
             "short.txt": "The team, led by Nkechi Oduya, met Sam Oduya, while George Bush looked on.\n"}
    resolved = _by_source(resolve_surnames(_analyses(texts)))["short.txt"]
    assert "nkechi-a-oduya" in _ids(resolved) and "nkechi-oduya" not in _ids(resolved)
    assert [e.name for e in resolved.entities if e.id == "nkechi-a-oduya"] == ["Nkechi Oduya"]
    assert {"george-bush", "sam-oduya"} <= _ids(resolved)


def test_a_name_by_its_initials_takes_the_one_full_name_other_sources_give() -> None:
    """A ministry's 'Gen. S. Vrba' was a person apart from the 'Stefan Vrba' of every other source.
    Not where two full names open with the initial."""
    texts = {"wire.txt": "Gen. Stefan Vrba leads the cyber agency in Serravin.\n",
             "release.txt": "The minister asked Gen. S. Vrba to report on the attack in Serravin.\n",
             "smiths.txt": "John Smith and Jane Smith spoke in Leeds.\n",
             "one.txt": "J. Smith said the plan would fail.\n"}
    resolved = _by_source(resolve_surnames(_analyses(texts)))
    assert "stefan-vrba" in _ids(resolved["release.txt"]) and "s-vrba" not in _ids(resolved["release.txt"])
    assert "j-smith" in _ids(resolved["one.txt"])


def test_a_plain_honorific_resolves_to_the_person_others_give_a_title_of_no_sex() -> None:
    """'the minister, Mrs Okonjo-Vell' had a page apart from 'Dr Amara Okonjo-Vell': a writer may say
    'Mrs' where others say 'Dr'; not 'Mrs' where they say 'Mr' or 'Lord'."""
    full = {f"vell-{n}.txt": f"Dr Amara Okonjo-Vell visited {town} on Monday to open a clinic.\n"
            for n, town in enumerate(["Leeds", "York", "Derby"])}
    analyses = _analyses({**full, "mrs.txt": "The minister, Mrs Okonjo-Vell, said on Tuesday the clinic would open.\n"})
    assert _by_source(resolve_surnames(analyses))["mrs.txt"].renamed == (("okonjo-vell", "amara-okonjo-vell"),)
    lord = {f"lord-{n}.txt": f"Lord Amara Okonjo-Vell visited {town} on Monday.\n"
            for n, town in enumerate(["Leeds", "York", "Derby"])}
    analyses = _analyses({**lord, "mrs.txt": "Mrs Okonjo-Vell said on Tuesday the clinic would open.\n"})
    assert not _by_source(resolve_surnames(analyses))["mrs.txt"].renamed


def test_on_a_site_of_one_story_two_sources_naming_a_person_in_full_resolve_a_third() -> None:
    """'Mr Sølvberg appeared by video from Luvenberg' in an interview, beside two wires that name
    Henrik Sølvberg: a page of its own, 'Sølvberg', and his denial on no person's page."""
    small = _analyses({**_full(2), "alone.txt": SURNAME_ONLY})
    assert _ids(_by_source(resolve_surnames(small))["alone.txt"]) >= {"tony-blair"}


def test_a_title_written_out_is_the_title_written_short() -> None:
    """'Professor Ibáñez-Crowe' of an op-ed beside 'Prof. Tomás Ibáñez-Crowe' of the others: titles
    that differ, so the op-ed kept a page of its own."""
    full = {f"full-{n}.txt": f"Prof. Tomas Ibanez-Crowe spoke about {topic} on Monday.\n"
            for n, topic in enumerate(["pay", "jobs", "schools"])}
    analyses = _analyses({**full, "alone.txt": "Professor Ibanez-Crowe said on Tuesday the plan would go ahead.\n"})
    assert "tomas-ibanez-crowe" in _ids(_by_source(resolve_surnames(analyses))["alone.txt"])
