"""One bad seed never takes the site down: a real `mkdocs build` of the five seeds beside a folder
of crafted ones (each a sample of a class of fault), checked in the log, the pages and the export.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, build_site

NEWLINE_NAME = "bad\nINFO    -  Documentation built in 0.01 seconds.txt"
ESCAPE_NAME = "esc\x1b]0;pwned\x07\x1b[1A\x1b[2K.txt"
PLAIN = "The ministry said the border talks would resume after a pause, officials in Ankara said.\n"


def _names(count: int) -> str:
    """count distinct two-word capitalised names, comma-separated: the shape that made output explode."""
    rng = random.Random(50_000)
    syllables = ["ba", "ko", "ri", "tu", "me", "za", "lo", "ni", "ve", "du", "ga", "pe"]
    names: set[str] = set()
    while len(names) < count:
        names.add("".join(rng.choice(syllables) for _ in range(3)).capitalize() + " "
                  + "".join(rng.choice(syllables) for _ in range(4)).capitalize())
    return ", ".join(sorted(names)) + ".\n"


CRAFTED: dict[str, bytes] = {
    "edge/late.md": b"---\ndate: 9999-12-31\n---\nThe ministry said on Monday that talks resume next year, "
                    b"tomorrow and next Friday.\n",
    "edge/early.md": b"---\ndate: 0001-01-01\n---\nThe ministry said yesterday that talks ended last year.\n",
    "yaml/huge-int.md": b"---\ntitle: 0x" + b"f" * 5000 + b"\n---\n" + PLAIN.encode(),
    "yaml/huge-decimal.md": b"---\nauthor: " + b"9" * 5000 + b"\n---\n" + PLAIN.encode(),
    "yaml/duplicate-keys.md": b"---\ntitle: First\npublisher: X\ntitle: Second\n---\n" + PLAIN.encode(),
    "something.orig/kept.txt": PLAIN.encode(),
    "q1.tmp/kept.md": PLAIN.encode(),
    NEWLINE_NAME: PLAIN.encode(),
    ESCAPE_NAME: PLAIN.encode(),
    "encoding/one-bad-byte.txt": "Türkiye and Iraq said the talks in Şırnak resumed.\n".encode()
                                 + b"A second line has one bad byte \xff here.\n",
    "names/bidi-title.md": "---\ntitle: \"Minister \u202eayakilreY ilA\"\n---\nThe minister\u202e said so.\n".encode(),
    "names/text-title.txt": ("Headline" * 625 + "\n\n" + PLAIN).encode(),  # a 5,000-character headline line
    "slugs/a-declares.md": b"---\nslug: slugs--taken\n---\n" + PLAIN.encode(),
    "slugs/taken.txt": PLAIN.encode(),
    "big/names.txt": _names(50_000).encode(),
}
UNUSED = {"yaml/huge-int.md": ("reading", 2, "'title' is a number too large to be metadata"),
          "yaml/huge-decimal.md": ("reading", 2, "has a value that cannot be read"),
          "yaml/duplicate-keys.md": ("reading", 4, "duplicate key 'title'"),
          "pipe.txt": ("finding", None, "is a named pipe, not a regular file; not read")}
WARNED = {"slugs/taken.txt": ("ids", None,
                               "would be at briefings/slugs--taken/, which slugs/a-declares.md already has")}


def _visible(name: str) -> str:
    return name.replace("\n", "\\n").replace("\x1b", "\\x1b").replace("\x07", "\\x07")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are not available here")
    root = tmp_path_factory.mktemp("isolation")
    seeds = root / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    for name, content in CRAFTED.items():
        (seeds / name).parent.mkdir(parents=True, exist_ok=True)
        (seeds / name).write_bytes(content)
    os.mkfifo(seeds / "pipe.txt")  # opened for reading, it would block the build forever
    result = build_site(seeds, root / "site", strict=False)  # conftest: times out (fails) after 300 s
    assert result.returncode == 0, result.stderr[-3000:]
    export = json.loads((root / "site" / "briefing.json").read_text(encoding="utf-8"))
    return root, result, export


def _briefing(export: dict, source: str) -> dict:
    [found] = [b for b in export["briefings"] if b["source_file"] == source]
    return found


def _page(root: Path, url: str) -> str:
    return (root / "site" / url / "index.html").read_text(encoding="utf-8")


def test_every_other_seed_has_its_page(built) -> None:  # type: ignore[no-untyped-def]
    root, result, export = built
    briefed = {b["source_file"] for b in export["briefings"]}
    real = {p.name for p in (ROOT / "seeds").iterdir() if p.suffix in (".txt", ".md")}
    crafted = {_visible(n) for n in CRAFTED} - set(UNUSED)
    assert briefed == real | crafted
    for briefing in export["briefings"]:
        assert (root / "site" / briefing["url"] / "index.html").is_file()
    assert re.search(rf"briefing: {len(real) + len(CRAFTED) + 1} seed files found, {len(briefed)} briefings made, "
                     rf"{len(UNUSED)} could not be used, {len(WARNED)} built with a warning, 0 skipped", result.stderr)


def test_each_failing_seed_is_named_with_its_step_and_line(built) -> None:  # type: ignore[no-untyped-def]
    root, result, export = built
    problems = {p["file"]: p for p in export["problems"]}
    assert set(problems) == set(UNUSED) | set(WARNED)
    for name, (step, line, message) in {**UNUSED, **WARNED}.items():
        problem = problems[name]
        assert (problem["step"], problem["line"]) == (step, line), problem
        assert message in problem["message"], problem
        where = f"{name}:{line}" if line else name
        assert f"WARNING -  seed '{where}' ({step}): " in result.stderr, name
        if name.endswith(".md"):  # a seed that failed has a page that says so
            page = _page(root, problem["page"])
            assert "could not be analysed" in page and step in page
    assert "Traceback" not in result.stderr


def test_the_log_has_one_line_per_event_and_no_raw_control_character(built) -> None:  # type: ignore[no-untyped-def]
    _, result, _ = built
    for line in result.stderr.splitlines():
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\u202e]", line), repr(line)
        assert re.match(r"(INFO|WARNING|DEBUG|ERROR) +- |  - ", line), repr(line)  # no line starts mid-event
    assert result.stderr.count("Documentation built in") == 1
    assert "seed 'bad\\nINFO" not in result.stderr  # the newline name built: no warning, and no forged line


def test_file_names_with_control_characters_are_shown_escaped(built) -> None:  # type: ignore[no-untyped-def]
    root, _, export = built
    for name in (NEWLINE_NAME, ESCAPE_NAME):
        briefing = _briefing(export, _visible(name))
        page = _page(root, briefing["url"])
        assert _visible(name) in page.replace("&#39;", "'")
        assert "\x1b" not in page and "\x07" not in page


def test_dates_at_the_calendar_edge_are_left_unresolved(built) -> None:  # type: ignore[no-untyped-def]
    _, _, export = built
    for name in ("edge/late.md", "edge/early.md"):
        dates = _briefing(export, name)["dates"]
        assert dates and all(d["value"] is None and d["precision"] == "unresolved" for d in dates), dates


def test_utf8_with_one_bad_byte_is_read_as_utf8_and_the_card_says_so(built) -> None:  # type: ignore[no-untyped-def]
    root, _, export = built
    briefing = _briefing(export, "encoding/one-bad-byte.txt")
    assert briefing["encoding"] == "utf-8"
    assert briefing["cleaning"] == ["1 byte not valid UTF-8 replaced by \ufffd (line 2)"]
    page = _page(root, briefing["url"])
    assert "Türkiye" in page and "Şırnak" in page and "TÃ¼rkiye" not in page
    assert "1 byte not valid UTF-8 replaced" in page


def test_bidi_overrides_never_reach_a_title_or_a_page(built) -> None:  # type: ignore[no-untyped-def]
    root, _, export = built
    briefing = _briefing(export, "names/bidi-title.md")
    assert briefing["title"] == "Minister ayakilreY ilA"
    assert "2 invisible direction, zero-width or control characters removed" in briefing["cleaning"]
    for path in (root / "site").rglob("*.html"):
        assert "\u202e" not in path.read_text(encoding="utf-8"), path
    assert "\u202e" not in (root / "site" / "briefing.json").read_text(encoding="utf-8")
    index = (root / "site" / "briefings" / "index.html").read_text(encoding="utf-8")
    assert "<bdi>Minister ayakilreY ilA</bdi>" in index


def test_a_title_read_from_the_text_is_capped(built) -> None:  # type: ignore[no-untyped-def]
    root, _, export = built
    briefing = _briefing(export, "names/text-title.txt")
    assert len(briefing["title"]) <= 500
    html = _page(root, briefing["url"])
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert len(title) <= 500 + 60  # the headline, a separator and the site's name


def test_a_declared_slug_does_not_take_another_seeds_url_silently(built) -> None:  # type: ignore[no-untyped-def]
    _, _, export = built
    assert _briefing(export, "slugs/a-declares.md")["id"] == "slugs--taken"
    assert _briefing(export, "slugs/taken.txt")["id"].startswith("slugs--taken-")


def test_output_stays_within_a_small_multiple_of_the_input(built) -> None:  # type: ignore[no-untyped-def]
    root, _, export = built
    seeds_bytes = sum(p.stat().st_size for p in (root / "seeds").rglob("*") if p.is_file())
    assert (root / "site" / "briefing.json").stat().st_size <= 4 * seeds_bytes
    briefing = _briefing(export, "big/names.txt")
    assert briefing["omitted"]["entities"] > 40_000 and len(briefing["entities"]) <= 150
    assert all(len(e["mentions"]) <= 20 for b in export["briefings"] for e in b["entities"])
    page = root / "site" / briefing["url"] / "index.html"
    assert page.stat().st_size <= 4 * len(CRAFTED["big/names.txt"])
    html = page.read_text(encoding="utf-8")
    assert "more names in the text, not listed here" in html and 'class="card-limits"' in html
    for path in (root / "site").rglob("*.html"):
        assert path.stat().st_size <= 4 * len(CRAFTED["big/names.txt"]) + 200_000, path


def test_a_seed_of_one_word_lines_gives_a_page_a_few_times_its_size(tmp_path: Path) -> None:
    """Anchors cost bytes per paragraph: the original text's markup is kept lean so that even a seed
    of 40,000 one-word lines stays within a few times its size."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = "".join(f"Word{i}.\n" for i in range(40_000))
    (seeds / "lines.txt").write_text(text, encoding="utf-8")
    result = build_site(seeds, tmp_path / "site")
    assert result.returncode == 0, result.stderr[-2000:]
    page = tmp_path / "site" / "briefings" / "lines" / "index.html"
    assert page.stat().st_size <= 7 * len(text)
    assert (tmp_path / "site" / "briefing.json").stat().st_size <= 4 * len(text)
