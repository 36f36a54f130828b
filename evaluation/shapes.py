"""python -m evaluation.shapes — the analysis of seeds shaped to find work that grows faster than
the text: a seed is untrusted, and one whose analysis takes minutes stops every build.

Each shape (a transcript of quotes in one paragraph, thousands of distinct names, dates, figures,
headings, an unclosed quote, ...) is made at two sizes, a quarter of `--bytes` and all of it (the
largest seed the default settings read is 2,000,000 bytes), and analysed in this process, one
after the other (the cache off). Reported: seconds at each size and their ratio. A ratio near 4
is work in step with the text; near 16, work that grows with its square. A shape whose ratio is
over GROWTH_LIMIT, or whose full size takes over SECONDS_LIMIT, is flagged and the command exits 1.
Timing belongs here, never in the unit tests: those count the work instead (e.g. test_quotes.py).
"""

from __future__ import annotations

import argparse
import random
import string
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from briefing_site import inputs, pipeline  # noqa: E402
from briefing_site.given_names import COMMON_WORDS_FILE  # noqa: E402
from briefing_site.model import RawSeed, Settings  # noqa: E402

GROWTH_LIMIT = 7.0  # the quarter's time × this: linear work is ×4, and a machine's noise stays under ×7
SECONDS_LIMIT = 60.0  # for one seed at the full size
WORDS = ("the", "talks", "Ankara", "said", "minister", "of", "and", "Baghdad", "security", "forces")
COMMON = sorted(COMMON_WORDS_FILE.read_text(encoding="utf-8").split())  # asked of at a quote's start


def _name(rng: random.Random) -> str:
    rest = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 8)))
    return rng.choice(string.ascii_uppercase) + rest


def _acronym(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(3))


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


# Each shape: a unit of text (made from a seeded generator) repeated to the size, and the joint.
SHAPES: dict[str, tuple[Callable[[random.Random], str], str]] = {
    "quotes in one paragraph": (lambda r: f'"We will go on," said {_name(r)} {_name(r)} of the Ministry.', " "),
    "quotes, a paragraph each": (lambda r: f'"{_name(r)} will go," said {_name(r)} {_name(r)}. "No," he added.',
                                 "\n\n"),
    "distinct names": (lambda r: f"{_name(r)} {_name(r)} met {_name(r)} {_name(r)} in {_name(r)}.", " "),
    "pronouns after names": (lambda r: r.choice(["He said the talks would go on.", "She said it was over.",
                                                 f"Mr {_name(r)} met Ms {_name(r)} in Ankara."]), " "),
    "organisations and acronyms": (lambda r: f"The {_name(r)} Ministry of {_name(r)} ({_acronym(r)}) said so.", " "),
    "dates": (lambda r: f"On {r.randint(1, 28)} {r.choice(['March', 'April', 'May'])} {r.randint(1990, 2030)}, "
                        "last week and next Monday, talks resumed.", " "),
    "figures": (lambda r: f"{r.randint(1, 10**6):,} people, up {r.randint(1, 99)}% on 12 March 2024.", " "),
    "one sentence": (lambda r: _words(r, 20), " "),
    "short paragraphs": (lambda r: _words(r, 8) + ".", "\n\n"),
    "headings and lists": (lambda r: f"## {_words(r, 3)}\n\n- {_words(r, 6)}\n- {_words(r, 6)}", "\n\n"),
    "an unclosed quote": (lambda r: f"{_name(r)} said talks went on.", " "),  # the text opens with a quote mark
    "links and URLs": (lambda r: f"See [the {_words(r, 2)}](https://example.org/{r.randint(1, 9999)}) for more.", " "),
    "full stops alone": (lambda r: ".", " "),
    "hyphenated capitals": (lambda r: "-".join(_name(r) for _ in range(50)), " "),  # one name of 50 parts?
    "capitals without end": (lambda r: " ".join(_name(r) for _ in range(40)), " "),  # no sentence ends
    "brackets in brackets": (lambda r: "(" * 50 + _words(r, 6) + ")" * 50, " "),
    # every common word opening a quote, and one inside a title: each asked whether the seed capitalises
    # it inside a sentence (entities._NamedInside) and whether it is a word of a longer title
    "common words opening quotes": (lambda r: f'"{r.choice(COMMON).capitalize()} {_words(r, 4)}," said the '
                                              f'{r.choice(COMMON).capitalize()} of the {_name(r)}.', " "),
    # one sentence of dated clauses, each with a speaker: which part of it each date belongs to (clauses.py)
    "dated clauses, one sentence": (lambda r: f"on {r.randint(1, 28)} May {r.randint(1990, 2030)} {_name(r)} "
                                              f"{_name(r)} said the talks went on, and", " "),
    # thousands of names ending in one word, each named: which names each sentence holds (summary_rules.Finder)
    "names sharing a last word": (lambda r: f"{_name(r)} Ankara met {_name(r)} Ankara | {_words(r, 3)}", "\n"),
    # A .md seed's marks read as what they mean (markdown_text.py): emphasis, links and code spans that
    # never close on one line of text, and one table of many rows
    "Markdown marks unclosed": (lambda r: f"**{_words(r, 3)} *{_name(r)} [{_words(r, 2)}]( `{_words(r, 2)} ~~ _x",
                                " "),
    "a Markdown table": (lambda r: f"| {_name(r)} **{_words(r, 2)}** | {r.randint(1, 999)} | [x](y) |", "\n"),
    # long runs of spaces where a heading's closing marks, a table's delimiter or a line break are looked
    # for, and comments never closed (each took seconds at 50 KB: a pattern tried from every space)
    "Markdown spaces and open comments": (lambda r: r.choice(["# a" + " " * 2000 + "x", "a | b\n|--" + " " * 2000 + "x",
                                                             " " * 2000 + "x", "<!-- " + _words(r, 3)]), "\n"),
}
MARKDOWN = {"Markdown marks unclosed", "a Markdown table", "Markdown spaces and open comments"}  # seed.md
OPENINGS = {"an unclosed quote": '"', "a Markdown table": "| name | count | link |\n|---|---:|---|"}


def shaped(shape: str, size: int, seed: int = 7) -> str:
    """A seed's text of about `size` bytes in the shape (the same text for the same arguments)."""
    unit, joint = SHAPES[shape]
    rng = random.Random(f"{shape}/{seed}")
    pieces, length = [OPENINGS.get(shape, "")], 0
    while length < size:
        pieces.append(unit(rng))
        length += len(pieces[-1].encode()) + len(joint)
    return "A seed shaped as " + shape + "\n\n" + joint.join(pieces)


def analysis_seconds(folder: Path) -> dict[str, float]:
    """Seconds (process CPU) to analyse each seed of the folder, by file name."""
    settings = Settings(seeds_dir=folder, cache_dir=None)
    knowledge, _ = pipeline._knowledge(settings)  # noqa: SLF001 - the pipeline's own reading of the entities file
    times = {}
    for read in inputs.SiteInputs.read(settings, reuse_site=False).reads:
        if not isinstance(read, RawSeed):
            raise SystemExit(f"{read.source_file}: {read.message}")
        started = time.process_time()
        pipeline.analyse(read, settings, knowledge)
        times[read.source_file] = time.process_time() - started
    return times


def measure(size: int, shapes: list[str]) -> list[tuple[str, float, float]]:
    with tempfile.TemporaryDirectory(prefix="briefing-shapes-") as temp:
        rows = []
        for shape in shapes:
            timed = []
            for part in (size // 4, size):
                folder = Path(temp) / f"{len(rows)}-{part}"
                folder.mkdir()
                name = "seed.md" if shape in MARKDOWN else "seed.txt"
                (folder / name).write_text(shaped(shape, part), encoding="utf-8")
                timed.append(analysis_seconds(folder)[name])
            rows.append((shape, *timed))
            print(f"  {shape:<28}{timed[0]:8.2f}{timed[1]:8.2f}{_growth(*timed):8.1f}{_flag(*timed)}", flush=True)
        return rows


def _growth(quarter: float, full: float) -> float:
    return full / max(quarter, 1e-3)


def _flag(quarter: float, full: float) -> str:
    return "  <- grows faster than the text" if _growth(quarter, full) > GROWTH_LIMIT else \
        "  <- too slow" if full > SECONDS_LIMIT else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.shapes", description=__doc__.split("\n\n")[0])
    parser.add_argument("--bytes", type=int, default=1_000_000, help="the full size of each seed (default 1 MB)")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only these (repeatable)")
    args = parser.parse_args(argv)
    print(f"Seconds to analyse one seed of each shape, at {args.bytes // 4:,} and {args.bytes:,} bytes; "
          f"growth = the second / the first (4: in step with the text, 16: with its square)")
    print(f"  {'shape':<28}{'quarter':>8}{'full':>8}{'growth':>8}")
    rows = measure(args.bytes, args.shape or list(SHAPES))
    flagged = [shape for shape, quarter, full in rows if _flag(quarter, full)]
    print(f"{len(flagged)} of {len(rows)} shapes flagged" + (f": {', '.join(flagged)}" if flagged else ""))
    return 1 if flagged else 0


if __name__ == "__main__":
    raise SystemExit(main())
