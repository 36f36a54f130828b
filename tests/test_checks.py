"""Briefing checks for pull requests (checks.py, `python -m briefing_site check`).

Unit tests run the checks on analyses of tiny texts written here, with a hand-written
briefing.json standing for what the build found across briefings; integration tests run the
command on a temporary seeds folder, with a mkdocs.yml of their own and with the project's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from briefing_config import load_settings, required_checks
from briefing_site.checks import CHECKS, CheckReport, Finding, as_json, as_text, check_site
from briefing_site.knowledge import load_knowledge
from briefing_site.model import Analysis, GeneratedFile, RawSeed, SeedProblem, Settings, SiteBuild, SiteFault
from briefing_site.pipeline import analyse
from conftest import ROOT, with_ids
from mkdocs.exceptions import ConfigurationError

PLAIN = ("Officials from Iraq and Türkiye signed a Memorandum of Understanding in Baghdad on Monday, the "
         "ministry said.\n\n\"We will not stop until the border is safe,\" a spokesperson said.\n")
STATED = ("Border talks resume in the north\n\nExample Wire\n\nDecember 26, 2024\n\nBy Jane Doe\n\n"
          "Iraqi officials met Turkish ministers in Ankara to discuss the border. They agreed on a plan, "
          "the interior ministry said.\n")


def _analyses(*seeds: tuple[str, str, dict[str, object]]) -> list[Analysis]:
    """Analyses of (file name, text, declared values), with their ids, as the pipeline makes them."""
    settings, knowledge = Settings(seeds_dir=Path(".")), load_knowledge(None)
    raws = [RawSeed(name, text, "0" * 64, "utf-8", declared, "front matter" if declared else "", 1)
            for name, text, declared in seeds]
    return with_ids([analyse(raw, settings, knowledge) for raw in raws])[0]


def _build(analyses: list[Analysis], related: dict[str, list[str]] | None = None,
           duplicates: list[list[str]] = (), problems: tuple[SeedProblem, ...] = (),  # type: ignore[assignment]
           faults: tuple[SiteFault, ...] = ()) -> SiteBuild:
    """A SiteBuild whose briefing.json says which briefings are related and which tell one story."""
    related = related if related is not None else {a.id: ["elsewhere"] for a in analyses}
    export = {"briefings": [{"id": key, "related": [{"id": other} for other in targets]}
                            for key, targets in related.items()],
              "duplicates": [{"briefings": group, "similarity": 0.9} for group in duplicates]}
    return SiteBuild((GeneratedFile("briefing.json", json.dumps(export)),), problems, len(analyses),
                     len(analyses), (), faults)


def _checks(report: CheckReport, source: str) -> list[str]:
    return [f.check for f in report.findings if f.source_file == source]


# each check on a tiny text -----------------------------------------------------------------------


def test_a_text_that_states_nothing_has_its_card_fields_found_missing() -> None:
    analyses = _analyses(("plain.txt", PLAIN, {}))
    report = check_site(_build(analyses), analyses)
    assert _checks(report, "plain.txt") == ["title", "publisher", "published", "entity_type", "quote_speaker",
                                            "relative_date"]
    found = {f.check: f for f in report.findings}
    assert found["entity_type"].detail == "“Memorandum of Understanding”"
    assert found["quote_speaker"].message == "1 quote without a named speaker"
    assert "not named: a spokesperson" in found["quote_speaker"].detail
    assert found["relative_date"].detail.startswith("“on Monday” (sentence 1)")
    assert "no publication date" in found["relative_date"].detail


def test_a_text_that_states_its_card_has_no_card_findings() -> None:
    analyses = _analyses(("stated.txt", STATED, {}))
    assert _checks(check_site(_build(analyses), analyses), "stated.txt") == []


@pytest.mark.parametrize(("declared", "contradicted"), [
    ({"date": "2024-12-26", "publisher": "The Example Wire", "author": "Jane Doe"}, []),
    ({"date": "2024-12"}, []),  # a coarser date that agrees
    ({"date": "2025-01-03"}, ["date"]),
    ({"publisher": "Other Times"}, ["publisher"]),
    ({"author": "John Smith"}, ["author"]),
    ({"title": "Talks on the northern border resume"}, []),  # reworded, not contradicted
    ({"title": "Harvest festival opens in the valley"}, ["headline"]),
])
def test_declared_values_are_compared_with_what_the_text_states(declared: dict[str, object],
                                                                contradicted: list[str]) -> None:
    analyses = _analyses(("stated.txt", STATED, declared))
    found = [f for f in check_site(_build(analyses), analyses).findings if f.check == "contradiction"]
    assert [f.message.split()[1] for f in found] == contradicted
    for finding in found:
        assert "(front matter), but the text says" in finding.message and "(text, line " in finding.message


ARABIC = "تركيا والعراق\n\nوقعت تركيا والعراق في 15 أغسطس 2024 مذكرة تفاهم للتعاون الأمني في أنقرة.\n"
CHINESE = "安全协议\n\n2024年8月15日，土耳其和伊拉克在安卡拉签署了一项安全合作谅解备忘录。\n"
TURKISH = ("Mutabakat imzalandı\n\nTürkiye ile Irak, 15 Ağustos 2024 tarihinde Ankara'da güvenlik alanında "
           "işbirliğine ilişkin bir mutabakat zaptı imzaladı. Dışişleri Bakanı Hakan Fidan, anlaşmanın sınır "
           "güvenliğini güçlendireceğini söyledi. Iraklı yetkililer, anlaşmanın su sorunlarını da kapsadığını "
           "belirtti.\n")


def test_a_text_not_in_english_is_found_by_its_script_or_its_words() -> None:
    analyses = _analyses(("ar.txt", ARABIC, {}), ("zh.txt", CHINESE, {}), ("tr.txt", TURKISH, {}),
                         ("stated.txt", STATED, {}), ("plain.txt", PLAIN, {}))
    found = {f.source_file: f for f in check_site(_build(analyses), analyses).findings if f.check == "language"}
    assert set(found) == {"ar.txt", "zh.txt", "tr.txt"}  # English, short or long, is not found
    assert found["ar.txt"].message == "written mostly in another script (Arabic)"
    assert found["zh.txt"].message == "written mostly in another script (Chinese characters)"
    assert found["tr.txt"].message.startswith("few English words (0 of ")
    assert "the analysis reads English" in found["tr.txt"].detail


def test_a_summary_shorter_than_configured_is_found() -> None:
    analyses = _analyses(("stated.txt", STATED, {}))
    assert "summary" not in _checks(check_site(_build(analyses), analyses), "stated.txt")
    found = [f for f in check_site(_build(analyses), analyses, summary_sentences=5).findings
             if f.check == "summary"]
    assert len(found) == 1
    assert found[0].message.endswith("5 asked")
    assert found[0].detail == "summary_sentences is 5; the text has 2 body sentences"


def test_related_and_duplicates_come_from_the_export() -> None:
    analyses = _analyses(("a.txt", STATED, {}), ("b.txt", STATED, {}), ("c.txt", STATED, {}))
    build = _build(analyses, related={"a": ["c"], "b": [], "c": ["a"]}, duplicates=[["a", "b"]])
    report = check_site(build, analyses)
    assert _checks(report, "b.txt") == ["related", "duplicate"]
    duplicates = {f.source_file: f for f in report.findings if f.check == "duplicate"}
    assert duplicates["a.txt"].message == "the same story as b.txt"
    assert duplicates["a.txt"].detail.endswith("the index shows this one")
    assert duplicates["b.txt"].detail.endswith("the index shows a.txt")
    assert "c.txt" not in duplicates


def test_with_related_links_off_no_briefing_is_said_to_have_none() -> None:
    """related_links: 0 is the maintainer's choice, not a finding about every text."""
    analyses = _analyses(("a.txt", STATED, {}), ("b.txt", STATED, {}))
    build = _build(analyses, related={"a": [], "b": []})
    assert "related" in _checks(check_site(build, analyses), "a.txt")
    assert not [f for f in check_site(build, analyses, related_links=0).findings if f.check == "related"]


def test_seeds_that_could_not_be_used_and_site_faults_are_findings() -> None:
    analyses = _analyses(("stated.txt", STATED, {}))
    problems = (SeedProblem("broken.md", "front matter is not valid YAML", 3, "check quoting"),
                SeedProblem("stated.txt", "lost its URL", step="ids", kept=True))
    report = check_site(_build(analyses, problems=problems, faults=(SiteFault("the timeline page failed"),)),
                        analyses)
    assert report.seeds == ("broken.md", "stated.txt")
    assert [(f.source_file, f.check) for f in report.findings] == [
        ("broken.md", "unused"), ("stated.txt", "warning"), ("", "fault")]
    assert report.findings[0].detail == "reading step, line 3; check quoting"


def test_an_analysis_whose_seed_failed_later_is_reported_from_its_problem_alone() -> None:
    analyses = _analyses(("plain.txt", PLAIN, {}))
    problem = SeedProblem("plain.txt", "could not be rendered", step="rendering")
    report = check_site(_build(analyses, related={}, problems=(problem,)), analyses)
    assert [f.check for f in report.findings] == ["unused"]
    assert report.briefings == {}


# the report --------------------------------------------------------------------------------------


def test_only_required_checks_count_against_the_report() -> None:
    analyses = _analyses(("plain.txt", PLAIN, {}), ("stated.txt", STATED, {}))
    report = check_site(_build(analyses), analyses, require=("published",))
    assert [f.source_file for f in report.required] == ["plain.txt"]
    text = as_text(report)
    assert "  ! published" in text and "    publisher" in text
    assert "stated.txt  (briefing stated)\n  no findings\n" in text
    assert text.rstrip().endswith("1 required finding (extra.briefing.require: published); marked !")
    assert not check_site(_build(analyses), analyses).required


def test_text_and_json_keep_seed_text_on_its_line() -> None:
    sneaky = "evil\x1b[2J\nname\u202e.txt"
    report = CheckReport((sneaky,), {}, (Finding(sneaky, "unused", "bad\nline", "x\x1b]0;title\x07"),),
                         ("unused",))
    text = as_text(report)
    assert "\x1b" not in text and "\u202e" not in text and "\x07" not in text
    assert "evil\\x1b[2J\\nname\\u202e.txt" in text and "bad\\nline" in text
    data = json.loads(as_json(report))
    assert data["seeds"] == [{"file": "evil\\x1b[2J\\nname\\u202e.txt", "briefing": None, "findings": [
        {"check": "unused", "message": "bad\\nline", "detail": "x\\x1b]0;title\\x07", "required": True}]}]
    assert data["required_findings"] == 1 and data["counts"] == {"unused": 1} and data["site"] == []


def test_the_report_is_the_same_for_the_same_inputs() -> None:
    analyses = _analyses(("plain.txt", PLAIN, {}), ("stated.txt", STATED, {"date": "2025-01-03"}))
    first, second = check_site(_build(analyses), analyses), check_site(_build(analyses), list(reversed(analyses)))
    assert as_text(first) == as_text(second) and as_json(first) == as_json(second)


# the `require` setting ---------------------------------------------------------------------------


def test_require_defaults_to_nothing_and_takes_check_ids(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    config = str(tmp_path / "mkdocs.yml")
    assert required_checks({}, config) == ()
    assert required_checks({"briefing": {"require": ["publisher", "published"]}}, config) == ("publisher",
                                                                                               "published")
    load_settings({"briefing": {"require": list(CHECKS)}}, config, True)  # the build accepts it too


@pytest.mark.parametrize("value", [["publisher", "headline"], "publisher"])
def test_require_rejects_what_is_not_a_list_of_check_ids(tmp_path: Path, value: object) -> None:
    (tmp_path / "seeds").mkdir()
    for load in (lambda: required_checks({"briefing": {"require": value}}, str(tmp_path / "mkdocs.yml")),
                 lambda: load_settings({"briefing": {"require": value}}, str(tmp_path / "mkdocs.yml"), True)):
        with pytest.raises(ConfigurationError, match=r"'extra\.briefing\.require'"):
            load()


# the command -------------------------------------------------------------------------------------


def test_the_build_carries_its_briefings_analyses_with_their_ids(seeds: Path) -> None:
    from briefing_site import pipeline

    build = pipeline.build_site(Settings(seeds_dir=seeds))
    export = json.loads(next(f.content for f in build.files if f.path == "briefing.json"))
    assert {a.seed.source_file: a.id for a in build.analyses} == \
        {r["source_file"]: r["id"] for r in export["briefings"]}


def _command(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`python -m briefing_site …` as `make check` runs it: from the repository root, hooks/ on the path."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT / "hooks"), "BRIEFING_CACHE": "off",
                "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "briefing_site", *args], env=full_env, capture_output=True,
                          text=True, timeout=300, cwd=ROOT)


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "plain.txt").write_text(PLAIN, encoding="utf-8")
    (folder / "stated.txt").write_text(STATED, encoding="utf-8")
    (folder / "copy.txt").write_text(STATED, encoding="utf-8")
    (folder / "broken.md").write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    return folder


def _config(tmp_path: Path, require: str) -> Path:
    """A mkdocs.yml of its own (no theme, no hook), with an !ENV tag for the seeds as the project's has."""
    config = tmp_path / "site.yml"
    (tmp_path / "docs").mkdir(exist_ok=True)  # MkDocs' own schema wants docs_dir to exist
    config.write_text(f"site_name: Checks\nextra:\n  briefing:\n    seeds: !ENV [CHECK_SEEDS, nowhere]\n"
                      f"    cache: false\n    require: {require}\n", encoding="utf-8")
    return config


def test_check_fails_only_for_required_findings(tmp_path: Path, seeds: Path) -> None:
    config = _config(tmp_path, "[published, unused]")
    failed = _command("check", "-f", str(config), env={"CHECK_SEEDS": str(seeds)})
    assert failed.returncode == 1, failed.stderr
    assert failed.stdout.startswith("Briefing checks: 4 seeds, ")
    heads = [line for line in failed.stdout.splitlines() if line and not line.startswith(" ")]
    assert heads[1:5] == ["broken.md", "copy.txt  (briefing copy)", "plain.txt  (briefing plain)",
                          "stated.txt  (briefing stated)"]
    assert "  ! unused " in failed.stdout and "  ! published " in failed.stdout
    assert "the same story as stated.txt" in failed.stdout
    passed = _command("check", "-f", str(_config(tmp_path, "[]")), env={"CHECK_SEEDS": str(seeds)})
    assert passed.returncode == 0, passed.stderr
    assert "0 required findings (extra.briefing.require: none)" in passed.stdout


def test_check_json_is_for_tools(tmp_path: Path, seeds: Path) -> None:
    result = _command("check", "-f", str(_config(tmp_path, "[duplicate]")), "--format", "json",
                      env={"CHECK_SEEDS": str(seeds)})
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert [s["file"] for s in data["seeds"]] == ["broken.md", "copy.txt", "plain.txt", "stated.txt"]
    assert data["require"] == ["duplicate"] and data["required_findings"] == 2
    plain = next(s for s in data["seeds"] if s["file"] == "plain.txt")
    assert plain["briefing"] == "plain"
    assert {f["check"] for f in plain["findings"]} >= {"title", "published", "quote_speaker"}


def test_check_reads_the_projects_own_config(seeds: Path) -> None:
    result = _command("check", "-f", str(ROOT / "mkdocs.yml"), env={"BRIEFING_SEEDS": str(seeds)})
    assert result.returncode == 0, result.stderr
    assert "broken.md\n    unused " in result.stdout


def test_check_names_a_bad_configuration(tmp_path: Path, seeds: Path) -> None:
    result = _command("check", "-f", str(_config(tmp_path, "[headline]")), env={"CHECK_SEEDS": str(seeds)})
    assert result.returncode == 2
    assert "'extra.briefing.require'" in result.stderr and "headline" in result.stderr
    missing = _command("check", "-f", str(tmp_path / "none.yml"))
    assert missing.returncode == 2 and "no configuration file" in missing.stderr
