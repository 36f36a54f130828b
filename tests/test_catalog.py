"""Profiles across briefings (catalog.py): the name an actor's page goes by."""

from __future__ import annotations

from pathlib import Path

from briefing_site.catalog import entity_profiles
from briefing_site.knowledge import load_knowledge
from briefing_site.model import EntityProfile, RawSeed, Settings
from briefing_site.pipeline import analyse, identify


def _profiles(*texts: str) -> dict[str, EntityProfile]:
    settings = Settings(seeds_dir=Path("seeds"))
    made = [analyse(RawSeed(f"s{n}.txt", text, "0" * 64, "utf-8", {}, "", 1), settings, load_knowledge(None))
            for n, text in enumerate(texts)]
    return {p.id: p for p in entity_profiles(identify(made)[0], (), 2)}


def test_a_peer_named_by_one_word_is_called_by_the_title() -> None:
    profiles = _profiles("Lord Quillon said on Monday the bill was flawed.\n",
                         "The plan was drawn up by the Lord Chancellor, Lord Quillon, last year. Quillon agreed.\n")
    assert profiles["quillon"].name == "Lord Quillon"
    assert profiles["quillon"].surname_only  # still no one's name in full: the page says so


def test_a_royal_named_by_one_word_is_called_by_the_role() -> None:
    profiles = _profiles("Prince Harry apologised on Thursday for the costume.\n",
                         "Photographs of Prince Harry at the party were printed.\n")
    assert profiles["harry"].name == "Prince Harry"


def test_one_word_without_one_rank_stays_as_written() -> None:
    profiles = _profiles("Lord Quillon spoke. Mr Vetchley replied. Lord Dunmarr agreed.\n",
                         "Lady Quillon spoke. Mr Vetchley said no. Mr Dunmarr did not.\n")
    assert profiles["quillon"].name == "Quillon"  # two ranks: two people, perhaps
    assert profiles["vetchley"].name == "Vetchley"  # 'Mr' is no rank
    assert profiles["dunmarr"].name == "Dunmarr"  # 'Mr Dunmarr' may be no peer
