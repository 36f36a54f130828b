"""A fast slice of the evaluation: the same code as `make eval`, on a few documents.

The annotated seeds are always here; the BBC slice runs only where ../shared/corpora/bbc is.
Thresholds sit a little under the full-run numbers, so a regression in a step fails the suite.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import ROOT

from evaluation import annotations, summaries
from evaluation.corpus import read_corpus, spread

CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
GOLD = ROOT / "tests" / "eval" / "gold"


def test_annotated_seeds_entities_and_dates() -> None:
    scores = annotations.evaluate(GOLD, ROOT, CORPUS, only="seeds/")
    assert scores.documents == 5
    assert scores.entity_mentions.precision >= 0.9
    assert scores.entity_mentions.recall >= 0.85
    assert scores.absolute_dates.recall == 1.0
    assert scores.relative_dates.recall >= 0.9


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the BBC corpus is not beside the project")
def test_summaries_beat_lead_on_a_bbc_slice() -> None:
    rows = {(r.system, r.length): r for r in summaries.evaluate(spread(list(read_corpus(CORPUS)), 40))}
    ours, lead = rows[("briefing", "reference")], rows[("lead", "reference")]
    assert ours.rouge2 >= 0.70
    assert ours.rouge2 > lead.rouge2 + 0.1


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the BBC corpus is not beside the project")
def test_annotated_bbc_slice() -> None:
    scores = annotations.evaluate(GOLD, ROOT, CORPUS, only="bbc/")
    if scores.documents == 0:
        pytest.skip("no annotated BBC documents")
    assert scores.entity_mentions.precision >= 0.8
    assert scores.absolute_dates.recall >= 0.9


# ---- make bench (evaluation/speed.py and its bench_* helpers): the parts that need no build


def test_bench_shuffled_copy_keeps_title_and_sentences() -> None:
    from evaluation.bench_seeds import shuffled, split

    text = "Title line\n\nOne here. Two there! Three?\n\nFour now. Five then.\n"
    copy = shuffled(text, "10:a.txt")
    assert copy == shuffled(text, "10:a.txt")  # seeded: the same copy every run
    title, paragraphs = split(copy)
    assert title == "Title line" and [len(p) for p in paragraphs] == [3, 2]
    assert sorted(s for p in paragraphs for s in p) == sorted(s for p in split(text)[1] for s in p)


def test_bench_mixed_copies_use_each_sentence_once() -> None:
    from evaluation.bench_seeds import mixed, split

    texts = [f"T{i}\n\n" + " ".join(f"S{i}{j}." for j in range(5)) + "\n" for i in range(4)]
    copies = mixed(texts, "10:folder")
    assert [split(c)[0] for c in copies] == ["T0", "T1", "T2", "T3"]
    assert sorted(s for c in copies for p in split(c)[1] for s in p) == sorted(f"S{i}{j}." for i in range(4)
                                                                                for j in range(5))


def test_bench_sized_seeds_slice_or_grow_with_mixed_copies(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from collections import Counter

    from evaluation.bench_seeds import double, seed_files, sized, split

    corpus = tmp_path / "corpus"
    for folder in ("a", "b"):
        (corpus / folder).mkdir(parents=True)
        for i in range(3):
            body = " ".join(f"S{folder}{i}{j}." for j in range(4))
            (corpus / folder / f"{i}.txt").write_text(f"T{folder}{i}\n\n{body}")
    assert sized(corpus, tmp_path / "slice", 4) == 4 and len(seed_files(tmp_path / "slice")) == 4
    assert sized(corpus, tmp_path / "all", None) == 6
    assert sized(corpus, tmp_path / "grown", 10) == 10
    grown = seed_files(tmp_path / "grown")
    copies = [p for p in grown if p.relative_to(tmp_path / "grown").parts[0] == "copies"]
    assert len(grown) == 10 and len(copies) == 4
    assert {p.parent.name for p in copies} == {"a", "b"}  # spread over the folders
    assert all(split(p.read_text())[0] == split((corpus / p.parent.name / p.name).read_text())[0] for p in copies)
    more = tmp_path / "twice-and-more"
    assert sized(corpus, more, 15) == 15
    rounds = Counter(p.relative_to(more).parts[0] for p in seed_files(more))
    assert rounds == {"a": 3, "b": 3, "copies": 6, "copies-2": 3}  # a whole round of copies, then a spread one
    # Grown to twice the corpus: the same seeds as the corpus doubled with mixed copies.
    sized(corpus, tmp_path / "twice", 12)
    double(corpus, tmp_path / "doubled", how="mix")
    read = lambda root: {p.relative_to(root): p.read_text() for p in seed_files(root)}  # noqa: E731
    assert read(tmp_path / "twice") == read(tmp_path / "doubled")


def test_bench_edited_seed_is_put_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os

    from evaluation.bench_seeds import edited

    seed = tmp_path / "a.txt"
    seed.write_text("Title\n\nBody.\n")
    os.utime(seed, ns=(1_000_000_000, 1_000_000_000))
    with edited(seed, "Added."):
        assert seed.read_text().endswith("Body.\n\nAdded.\n")
    assert seed.read_text() == "Title\n\nBody.\n" and seed.stat().st_mtime_ns == 1_000_000_000


def test_bench_plain_project_shares_the_theme_and_lists_only_the_index(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import yaml

    from evaluation.bench_plain import write_plain_project

    (tmp_path / "seeds" / "news").mkdir(parents=True)
    (tmp_path / "seeds" / "news" / "001.txt").write_text("A headline\n\nThe body.\n")
    config = yaml.safe_load(write_plain_project(tmp_path / "seeds", tmp_path / "plain", ROOT / "mkdocs.yml")
                            .read_text())
    assert config["theme"]["name"] == "material" and config["theme"]["font"] is False
    assert config["plugins"] == ["search"] and config["nav"] == [{"Home": "index.md"}]
    page = tmp_path / "plain" / "docs" / "documents" / "news" / "001.md"
    assert page.read_text() == "# A headline\n\nThe body.\n"


def test_bench_profile_buckets_and_library_time_to_callers() -> None:
    from evaluation import bench_profile as bp

    analysis = ("/x/hooks/briefing_site/entities.py", 1, "find")
    mkdocs = ("/v/site-packages/mkdocs/commands/build.py", 1, "build")
    regex = ("~", 0, "<method 'sub' of 're.Pattern' objects>")
    assert bp.label(analysis) == "analysis:entities" and bp.label(mkdocs) == "MkDocs+theme"
    assert bp.label(("/x/hooks/briefing_site/events.py", 1, "f")) == "cross-source steps:events"
    assert bp.label(("/v/site-packages/material/plugins/search/plugin.py", 1, "f")) == "search"
    assert bp.label(regex) is None
    assert bp.label(("/x/hooks/briefing_pages.py", 1, "f")) == "MkDocs+theme:briefing_pages (hook)"
    assert bp.label(("/x/hooks/briefing_site/site_cache.py", 1, "f")) == "pipeline+cache:site_cache"
    stats = {analysis: (1, 1, 1.0, 4.0, {mkdocs: (1, 1, 1.0, 4.0)}), mkdocs: (1, 1, 2.0, 9.0, {}),
             regex: (4, 4, 4.0, 4.0, {analysis: (3, 3, 3.0, 3.0), mkdocs: (1, 1, 1.0, 1.0), regex: (1, 1, 0, 0)})}
    shares = bp.resolve(stats)
    assert shares[regex] == {"analysis:entities": 0.75, "MkDocs+theme": 0.25}


def test_bench_failed_build_reports_its_stderr_tail(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sys

    from evaluation.bench_run import BuildFailed, run_child

    command = [sys.executable, "-c", "import sys; sys.stderr.write('boom\\n'); sys.exit(3)"]
    with pytest.raises(BuildFailed, match="(?s)exited 3.*boom"):
        run_child(command, tmp_path, {}, tmp_path / "log", timeout=60)


def test_bench_report_prints_ratios_and_verdicts(capsys) -> None:  # type: ignore[no-untyped-def]
    from evaluation import speed
    from evaluation.bench_run import Run

    def run(wall: float, pages: int = 10, search: int = 1000) -> Run:
        return Run(wall, wall / 2, 100.0, 90.0, pages, 10**6, search, 0, 0, wall / 4)

    result = speed.BenchResult(ROOT, 9, 1, "shuffle", "test", cache_files=3,
                               runs={"a": [run(1.0)], "b": [run(1.5)], "c": [run(1.2)], "d": [run(1.4)],
                                     "a2": [run(2.0)], "e": [run(3.6)]},
                               primed=dataclasses.replace(run(1.6), rss_mib=260.0, tree_mib=200.0))
    speed.report(result)
    out = capsys.readouterr().out
    assert "peak memory, the build filling the cache (1 run)  2.50   FAIL rss 2.60   PASS tree 2.22" in out
    assert "PASS cpu 1.50   PASS wall 1.50" in out  # cold, 1.5x plain
    assert "FAIL cpu 1.40" in out  # one seed edited, over 1.3x
    assert "PASS cpu 2.40" not in out and "FAIL cpu 2.40" in out  # doubling: 3.6 / 1.5
    assert "user CPU alone (no system time), ratios of medians: b / a 1.50, c / a 1.20, d / a 1.40, e / a2 1.80" in out
    assert "doubling, cpu e / b round by round: 2.40" in out


def test_bench_header_says_how_many_documents_were_made(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from evaluation import speed

    for name in ("a.txt", "b.md"):
        (tmp_path / name).write_text("T\n\nOne.\n")
    grown = speed.BenchResult(tmp_path, 5, 1, "shuffle", "test")
    assert f"5 documents from {tmp_path}, 3 of them mixed copies of its documents (doubled: 10)" in speed._header(grown)
    assert "mixed copies" not in speed._header(speed.BenchResult(tmp_path, 2, 1, "shuffle", "test"))


def test_bench_profiled_stats_load_in_pstats(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import cProfile
    import marshal
    import pstats

    from evaluation.bench_profiled import merged_stats

    def backwards(number: int) -> int:
        return -number

    profiler = cProfile.Profile()
    profiler.runcall(sorted, [3, 1, 2], key=backwards)
    (tmp_path / "p").write_bytes(marshal.dumps(merged_stats(profiler)))
    stats = pstats.Stats(str(tmp_path / "p")).stats  # type: ignore[attr-defined]
    calls = [value for func, value in stats.items() if func[2] == "backwards"]
    assert len(calls) == 1 and calls[0][1] == 3  # three calls of the key function, one entry


def test_summary_targets_need_every_baseline_beaten_and_the_floor_at_the_reference_length() -> None:
    from evaluation.summaries import RougeRow, target_lines
    rows = [RougeRow("briefing", "3", 0, 0.58, 0), RougeRow("textrank-overlap", "3", 0, 0.57, 0),
            RougeRow("textrank-function", "3", 0, 0.60, 0),  # our own method cut down: not a baseline
            RougeRow("briefing", "reference", 0, 0.79, 0), RougeRow("lead", "reference", 0, 0.50, 0),
            RougeRow("briefing", "politics:3", 0, 0.52, 0), RougeRow("textrank-cosine", "politics:3", 0, 0.53, 0)]
    lines = dict(line.split(": ", 1) for line in target_lines(rows))
    assert lines["target at 3"].endswith(" met")
    assert lines["target at reference"].endswith("NOT MET")  # ahead, but under 0.80
    assert lines["target at politics:3"].endswith("NOT MET")


def test_the_scaling_table_has_cold_and_warm_ratios() -> None:
    from evaluation.bench_run import Run
    from evaluation.scaling import table

    plain = Run(2.0, 2.0, 50.0, 50.0, 100, 10_000_000, 2_000_000, 0, None)
    cold = Run(8.0, 10.0, 150.0, 160.0, 230, 80_000_000, 3_000_000, 0, 3)
    warm = Run(2.4, 2.2, 90.0, 95.0, 230, 80_000_000, 3_000_000, 0, 3)
    row = table([(100, plain, cold, warm)]).splitlines()[-1]
    assert row == ("| 100 | 230 | 8.0 | 10.0 | 160 | 80.0 | 3.00 | 2.4, 2.2 | 2.0, 2.0, 50, 2.00 | "
                   "5.0×, 1.10×, 3.2×, 1.50× |")


def test_bench_sites_fresh_or_rebuilt_in_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """--sites in-place: every build of one project goes into the same folder; by default each
    build gets a new one. The header says which."""
    from evaluation import speed

    fresh = speed.Workspace(tmp_path / "fresh", 60.0)
    (tmp_path / "fresh").mkdir()
    assert fresh.site("plain") != fresh.site("plain")
    in_place = speed.Workspace(tmp_path / "kept", 60.0, in_place=True)
    assert in_place.site("plain") == in_place.site("plain") != in_place.site("briefing-seeds")
    assert in_place.site("plain").parent.is_dir() and not in_place.site("plain").exists()
    assert "rebuild one folder" in speed._header(speed.BenchResult(tmp_path, 2, 1, "shuffle", "test", in_place=True))
    assert "a new one per build" in speed._header(speed.BenchResult(tmp_path, 2, 1, "shuffle", "test"))


# ---- make compare (evaluation/compare.py): two versions side by side

def test_compare_builds_both_sides_interleaved_and_says_whether_the_sites_match(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from evaluation import compare

    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: there is no revision to compare with")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted((ROOT / "seeds").glob("*.txt"))[:3]:
        (corpus / path.name).write_bytes(path.read_bytes())
    result = compare.compare(corpus, None, "edited", 1, "HEAD", None)
    assert result.documents == 3 and [len(runs) for runs in result.runs.values()] == [1, 1]
    assert result.labels["base"] == compare._git("rev-parse", "--short", "HEAD")
    assert result.labels["head"].startswith("working tree")
    text = compare.report(result)
    assert "head / base" in text and "edited builds, 1 round(s)" in text
    if not compare._git("status", "--porcelain", "--", *compare.PROJECT):  # a clean checkout: one site
        assert "the same bytes" in text


def test_compare_names_the_files_two_sites_differ_in() -> None:
    from evaluation import compare

    assert compare.differing({"a": "1", "b": "2"}, {"a": "1", "b": "3", "c": "4"}) == ["b", "c"]


def test_shaped_seeds_are_the_same_text_each_time_and_near_their_size() -> None:
    from evaluation import shapes

    for shape in shapes.SHAPES:
        text = shapes.shaped(shape, 20_000)
        assert text == shapes.shaped(shape, 20_000)
        assert 20_000 <= len(text.encode()) < 21_000, shape
    assert shapes.shaped("distinct names", 1_000) != shapes.shaped("distinct names", 1_000, seed=8)
    assert shapes.shaped("an unclosed quote", 1_000).split("\n\n", 1)[1].startswith('"')


def test_a_shape_is_flagged_when_it_grows_faster_than_its_text_or_is_too_slow() -> None:
    from evaluation import shapes

    assert shapes._flag(1.0, 4.2) == ""  # noqa: SLF001 - in step with the text
    assert "faster than the text" in shapes._flag(1.0, 15.0)  # noqa: SLF001 - with its square
    assert "too slow" in shapes._flag(20.0, shapes.SECONDS_LIMIT + 1)  # noqa: SLF001


def test_shaped_corpora_across_briefings_are_the_same_each_time_and_build_cleanly(tmp_path: Path) -> None:
    """Each shape of `make shapes-across` makes the same seeds each time, and a site of them builds
    with no problem and no fault (a shape that fails measures the failure, not the step)."""
    from briefing_site import inputs
    from briefing_site.model import Settings

    from evaluation import shapes_across

    for number, shape in enumerate(shapes_across.SHAPES):
        first, again = tmp_path / f"{number}a", tmp_path / f"{number}b"
        first.mkdir()
        again.mkdir()
        shapes_across.write_corpus(shape, 4, first)
        shapes_across.write_corpus(shape, 4, again)
        texts = {f.name: f.read_text(encoding="utf-8") for f in sorted(first.iterdir())}
        assert len(texts) == 4 and texts == {f.name: f.read_text(encoding="utf-8") for f in sorted(again.iterdir())}
        build = inputs.SiteInputs.read(Settings(seeds_dir=first, cache_dir=None), reuse_site=False).build()
        assert build.pages_made == 4 and not build.problems and not build.faults, shape


def test_a_step_across_briefings_is_flagged_when_it_grows_faster_than_the_seeds() -> None:
    from evaluation import shapes_across

    assert not shapes_across._flagged("events", 0.5, 2.1)  # noqa: SLF001 - in step with the seeds
    assert shapes_across._flagged("events", 0.5, 8.0)  # noqa: SLF001 - with their square
    assert not shapes_across._flagged("events", 0.01, 0.2)  # noqa: SLF001 - too little to tell from noise
    assert shapes_across._flagged("site bytes", 1e5, 1e6)  # noqa: SLF001 - pages that grow with the square


def test_the_steps_are_timed_only_while_asked_and_put_back() -> None:
    from briefing_site import across, pipeline

    from evaluation import shapes_across

    real = across.find_events, pipeline.related_briefings
    with shapes_across.timed_steps() as times:
        assert across.find_events([]) == ()
        assert across.find_events is not real[0]
    assert "events" in times and (across.find_events, pipeline.related_briefings) == real


def test_the_page_buckets_shapes_across_reads_are_the_ones_a_build_times(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """`make shapes-across` reads two of the build's own timings by name: a name the pipeline no
    longer gives is an error, not a bucket that reads 0 s and is never flagged."""
    from evaluation import shapes_across

    times = shapes_across.measure("one event in every seed", 3, tmp_path)
    assert set(shapes_across.BUCKETS.values()) <= set(times)
    monkeypatch.setitem(shapes_across.BUCKETS, "a step the pipeline does not time", "gone")
    with pytest.raises(RuntimeError, match="no longer times"):
        shapes_across.measure("one event in every seed", 3, tmp_path / "again")
