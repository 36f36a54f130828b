"""python -m evaluation.shapes_across — the steps across briefings on corpora shaped to make them
meet: work that grows faster than the number of seeds.

Each shape is a corpus in which the seeds share what a step compares: the same event told by
every seed, the same office with a different holder in each, figures of one measure, names shared
in chains, near-duplicates, one title... It is built at `--seeds` and at four times as many, cold
(the analysis cache in a temporary folder), in this process, with the build's steps timed (process
CPU): near-duplicates, events, differences, entity profiles, the overview, related links, then the
build's buckets (briefing pages and links; the pages across briefings and the export), and the
bytes of the site it makes. Linear work grows ×4; work over every pair of seeds, ×16. A step whose
growth is over GROWTH_LIMIT (and that takes over FLOOR_SECONDS at the larger size, below which a
machine's noise rules), or a site whose bytes grow so, is flagged and the command exits 1.
Timing belongs here, never in the unit tests: those count the work (tests/test_many_sources.py).
"""

from __future__ import annotations

import argparse
import functools
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from briefing_site import across, inputs, pipeline  # noqa: E402
from briefing_site.model import Settings  # noqa: E402

# ×4 is linear, ×16 the square of the seeds. Steps bounded by caps grow faster than ×4 until their
# caps fill (the related links' postings, the events' candidates, the near-duplicates' windows:
# 5–10× at 200 and 800 seeds on shapes made to fill them, in steps of well under a second), so a
# growth over ×7 is flagged (as `make shapes` does) when the step takes over FLOOR_SECONDS.
GROWTH_LIMIT = 7.0
FLOOR_SECONDS = 0.5  # a step under this at the larger size is not flagged: its ratio is noise or a cap filling
# The steps timed, as the build calls them: (module, function name, label)
STEPS = ((across, "find_duplicates", "duplicates"), (across, "find_events", "events"),
         (across, "find_differences", "differences"), (across, "entity_profiles", "profiles"),
         (across, "make_overview", "overview"), (pipeline, "related_briefings", "related links"))
BUCKETS = {"briefing pages and links": "briefing pages", "pages across briefings and export": "cross pages"}

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
NOUNS = """river harbour council budget winter market village bridge school clinic railway garden factory
museum shipment harvest forest station library tunnel reservoir orchard quarry festival ferry warehouse""".split()
ADJECTIVES = """quiet modest steady careful rural northern coastal annual narrow older regional seasonal
local practical gradual shared ordinary temporary""".split()
VERBS = """delayed repaired inspected expanded reviewed cleaned painted measured extended replaced
checked closed reopened surveyed moved""".split()
PREPOSITIONS = "near beside behind under across beyond".split()
FIRST = """Adil Berin Cemal Derya Emre Feyza Goran Hakan Ilkay Jalal Kamal Leyla Murat Nazli Omer Pinar Qasim
Rana Selim Tarik Umut Volkan Yasin Zeynep""".split()
LAST = """Korkmaz Aydemir Baltaci Cengizhan Demirtaslar Erdinc Gokalp Hamdani Jaburi Kazzaz Lami Mashhadani
Nuaimi Obeidi Qaisi Rubaie Saadi Tamimi""".split()
ORGANISATIONS = ("Ministry of Energy", "Kirkuk Oil Company", "Border Security Council", "Northern Water Authority",
                 "Anatolian Trade Board", "Basra Port Authority", "Tigris Development Fund")
SYLLABLES = ("ka", "ro", "mi", "ta", "ne", "su", "lo", "vi", "da", "ze", "pu", "gi", "ha", "be", "fo", "ri")
DEALS = ("the water sharing memorandum", "the oil pipeline accord", "a border security pact", "the customs protocol",
         "a railway construction deal", "the electricity grid agreement", "a refugee return framework",
         "a dam maintenance treaty", "the airspace coordination deal", "a trade corridor charter")


def filler(rng: random.Random, count: int) -> list[str]:
    """Sentences of plain lowercase words: no name, date or figure a step could read."""
    return [f"The {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} {rng.choice(VERBS)} the {rng.choice(NOUNS)} "
            f"{rng.choice(PREPOSITIONS)} the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}." for _ in range(count)]


def person(i: int) -> str:
    """One of a few hundred names: seeds share them."""
    return f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST) + i * 7) % len(LAST)]}"


def unique_person(i: int) -> str:
    """A name of its own for each i (a surname made of syllables)."""
    n, surname = i * 7919 + 13, ""
    for _ in range(4):
        surname += SYLLABLES[n % 16]
        n //= 16
    return f"{FIRST[i % len(FIRST)]} {surname.capitalize()}"


def seed(title: str, sentences: list[str], date: str = "2024-08-20") -> str:
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    return f'---\ntitle: "{title}"\ndate: {date}\n---\n\n' + "\n\n".join(paragraphs) + "\n"


def _dated(rng: random.Random) -> str:
    return f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _shared_names(i: int, rng: random.Random) -> list[str]:
    names = [person(k) for k in range(20)] + list(ORGANISATIONS)
    return [f"{a} met {b} and {c} to discuss the plan." for a, b, c in (rng.sample(names, 3) for _ in range(10))]


def _same_event(i: int, rng: random.Random) -> list[str]:
    verb = rng.choice(["signed a memorandum", "signed a memorandum of understanding", "formally signed the memorandum"])
    return [f"Türkiye and Iraq {verb} on water sharing on 12 August 2024 in Baghdad, officials said."]


def _event_many_times(i: int, rng: random.Random) -> list[str]:
    return [f"On 12 August 2024 Türkiye and Iraq signed the memorandum on water sharing, "
            f"{rng.choice(['a senior official', 'the agency', 'a diplomat'])} said in remark {k} of {i}."
            for k in range(8)]


def _event_chain(i: int, rng: random.Random) -> list[str]:
    return [f"Türkiye and Iraq signed a memorandum on water sharing on 12 August 2024, with "
            f"{unique_person(i)} and {unique_person(i + 1)} attending."]


def _figures(i: int, rng: random.Random) -> list[str]:
    measures = ("the border is {} km long", "the pipeline is {} km long", "the dam holds {} million cubic metres",
                "the budget is {} million dollars", "the river is {} km long", "the road is {} km long")
    return [f"Officials of Türkiye and Iraq said {m.format(rng.randint(100, 999))}." for m in measures]


def _figure_chain(i: int, rng: random.Random) -> list[str]:
    group = [f"{unique_person(i // 10 + k).split()[1]} Holdings" for k in range(3)]
    things = ("canal", "pipeline", "border", "road", "railway", "tunnel", "bridge", "wall", "river", "fence")
    return [f"{group[0]}, {group[1]} and {group[2]} run the project together.",
            *(f"{group[0]} and {group[1]} said the {t} is {rng.randint(100, 999)} km long." for t in things)]


def _office(i: int, rng: random.Random) -> list[str]:
    holder = unique_person(i)
    return [f"Iraq's interior minister {holder} said the border was calm.", f"{holder.split()[1]} spoke in Baghdad."]


def _office_pairs(i: int, rng: random.Random) -> list[str]:
    return _office(i // 2, rng)


def _near_duplicates(i: int, rng: random.Random) -> list[str]:
    story = ["Türkiye and Iraq signed a memorandum on water sharing on 12 August 2024 in Baghdad.",
             *filler(random.Random(1), 14)]
    k = rng.randrange(1, len(story))
    story[k] = story[k].replace(".", f", sources {i} said.")
    return story


def _many_dates(i: int, rng: random.Random) -> list[str]:
    return [f"On {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1950, 2024)}, {person(rng.randrange(30))} "
            f"announced that {filler(rng, 1)[0][0].lower()}{filler(rng, 1)[0][1:-1]}." for _ in range(40)]


def _timeline(i: int, rng: random.Random) -> list[str]:
    verbs = ("signed", "approved", "ratified", "announced", "finalised")
    openers = ("Officials confirmed that", "As reported earlier,", "In a brief ceremony,", "Notably,", "")
    told = []
    for k in rng.sample(range(len(DEALS)), 7):
        who = rng.choice(["Türkiye and Iraq", "Iraq and Türkiye", "Ankara and Baghdad"])
        sentence = f"{rng.choice(openers)} {who} {verbs[k % 5]} {DEALS[k]} on {1 + k * 2} {MONTHS[k % 12]} 2024."
        told.append(sentence.strip()[0].upper() + sentence.strip()[1:])
    return told


def _mixed(i: int, rng: random.Random) -> list[str]:
    names = [person(k) for k in range(12)]
    return [*(f"{a} and {b} spoke to the press." for a, b in zip(names[::2], names[1::2], strict=True)),
            *_event_chain(0, rng), f"Officials said the border is {rng.randint(300, 400)} km long.",
            *_office(i, rng)[:1]]


# name -> the sentences of seed i (filler is added to each)
SHAPES: dict[str, Callable[[int, random.Random], list[str]]] = {
    "shared names": _shared_names, "one event in every seed": _same_event,
    "one event, eight times a seed": _event_many_times, "one event, chained attendees": _event_chain,
    "figures of one measure": _figures, "figures in chains": _figure_chain, "one office, many holders": _office,
    "one office, holders in pairs": _office_pairs, "near-duplicates": _near_duplicates,
    "many dates": _many_dates, "a timeline retold": _timeline, "everything at once": _mixed,
}


def write_corpus(shape: str, count: int, folder: Path) -> None:
    for i in range(count):
        rng = random.Random(f"{shape}/{i}")
        sentences = SHAPES[shape](i, rng) + filler(rng, 10)
        if shape != "near-duplicates":
            rng.shuffle(sentences)
        title = "Türkiye and Iraq sign water deal" if shape == "near-duplicates" else f"Report {i} on {NOUNS[i % 9]}"
        (folder / f"s{i:05d}.md").write_text(seed(title, sentences, _dated(rng)), encoding="utf-8")


@contextmanager
def timed_steps() -> Iterator[dict[str, float]]:
    """The build's steps (STEPS) timed while the block runs: label -> process CPU seconds."""
    times: dict[str, float] = {}
    originals = [(module, name, getattr(module, name)) for module, name, _ in STEPS]

    def wrap(function: Callable[..., object], label: str) -> Callable[..., object]:
        @functools.wraps(function)
        def timed(*args: object, **kwargs: object) -> object:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                times[label] = times.get(label, 0.0) + time.process_time() - started
        return timed

    for (module, name, label), (_, _, function) in zip(STEPS, originals, strict=True):
        setattr(module, name, wrap(function, label))
    try:
        yield times
    finally:
        for module, name, function in originals:
            setattr(module, name, function)


def measure(shape: str, count: int, temp: Path) -> dict[str, float]:
    """label -> seconds (and 'site bytes') for one cold build of the shape at `count` seeds."""
    folder = temp / f"{shape.replace(' ', '-')}-{count}"
    (folder / "seeds").mkdir(parents=True)
    write_corpus(shape, count, folder / "seeds")
    settings = Settings(seeds_dir=folder / "seeds", cache_dir=folder / "cache")
    with timed_steps() as times:
        build = inputs.SiteInputs.read(settings, reuse_site=False).build(keep_analyses=False)
    seconds = dict(build.seconds)
    missing = sorted(set(BUCKETS) - set(seconds))
    if missing:  # a bucket renamed in pipeline.py would otherwise read 0 s and never be flagged
        raise RuntimeError(f"the build no longer times {', '.join(missing)}: update BUCKETS")
    for bucket, label in BUCKETS.items():
        times[label] = seconds[bucket]
    times["site bytes"] = float(sum(len(f.stored) for f in build.files))
    return times


def _flagged(label: str, small: float, large: float) -> bool:
    growth = large / max(small, 1e-3)
    return growth > GROWTH_LIMIT and (label == "site bytes" or large > FLOOR_SECONDS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.shapes_across", description=__doc__.split("\n\n")[0])
    # At 100 and 400 seeds, the related links' postings are not yet full (POSTINGS_PER_FEATURE), and
    # their growth (×7.6) is that of their filling, not of the step: from 200 seeds they are.
    parser.add_argument("--seeds", type=int, default=200, help="the smaller corpus (the larger has 4 times as many)")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only these (repeatable)")
    args = parser.parse_args(argv)
    sizes = (args.seeds, 4 * args.seeds)
    print(f"Steps across briefings at {sizes[0]} and {sizes[1]} seeds of each shape: CPU seconds, and growth "
          f"(4: in step with the seeds, 16: with every pair of them)")
    flagged = []
    with tempfile.TemporaryDirectory(prefix="briefing-shapes-across-") as temp:
        for shape in args.shape or list(SHAPES):
            small, large = (measure(shape, count, Path(temp)) for count in sizes)
            print(f"  {shape}")
            for label in [*(label for _, _, label in STEPS), *BUCKETS.values(), "site bytes"]:
                a, b = small.get(label, 0.0), large.get(label, 0.0)
                flag = _flagged(label, a, b)
                flagged += [f"{shape}: {label}"] if flag else []
                shown = f"{a / 1e6:8.2f}{b / 1e6:8.2f} MB" if label == "site bytes" else f"{a:8.2f}{b:8.2f} s "
                note = "  <- grows faster than the seeds" if flag else ""
                print(f"    {label:<18}{shown}{b / max(a, 1e-3):8.1f}{note}", flush=True)
    print(f"{len(flagged)} flagged" + (f": {'; '.join(flagged)}" if flagged else ""))
    return 1 if flagged else 0


if __name__ == "__main__":
    raise SystemExit(main())
