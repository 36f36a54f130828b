"""Bodies a briefing names shorter than other sources do, given the name the others give (body_names.py)."""

from __future__ import annotations

from briefing_site.body_names import resolve_body_names
from briefing_site.events import find_events
from briefing_site.model import Analysis
from test_surnames import _analyses, _by_source


def _bodies(analysis: Analysis) -> dict[str, str]:
    """name as the briefing writes it -> its id, of the briefing's organisations."""
    return {e.name: e.id for e in analysis.entities if e.type == "organisation"}


TAKEOVER = {
    "wire.txt": "Bid\n\nCalder Industrial Group on Monday launched a cash bid for Nordvik Holdings AB worth $1.2bn, "
                "the companies said. Ulla Berg of the Riksbank said rates would fall.\n",
    "daily.txt": "Offer\n\nOn Monday, Calder launched a $1.3bn cash bid for Nordvik, the heat-pump maker, at a "
                 "premium. Ulla Berg of the Riksbank said rates would fall.\n",
    "data.txt": "Numbers\n\nCalder Industrial Group owns plants in Ohio. Nordvik Holdings employs 4,000 people, "
                "Ulla Berg said.\n",
    "oped.txt": "Comment\n\nCalder Industrial Group wants Nordvik Holdings for its engines, Ulla Berg of the "
                "Riksbank said.\n",
}


def test_a_body_other_sources_name_longer_takes_that_name() -> None:
    """A site of one takeover had pages for "Calder" and "Calder Industrial Group", "Nordvik",
    "Nordvik Holdings" and "Nordvik Holdings AB": the bid's reports named no participant in common
    and were two events, each "reported by one source"."""
    analyses = resolve_body_names(_analyses(TAKEOVER))
    by_source = _by_source(analyses)
    assert _bodies(by_source["daily.txt"])["Calder"] == "calder-industrial-group"
    assert _bodies(by_source["daily.txt"])["Nordvik"] == "nordvik-holdings"
    assert _bodies(by_source["wire.txt"])["Nordvik Holdings AB"] == "nordvik-holdings"  # its legal ending aside
    assert by_source["daily.txt"].renamed  # a page kept from the last build is kept only if names resolve alike
    bid, = [e for e in find_events(analyses) if "wire" in e.sources]
    assert set(bid.sources) == {"wire", "daily"}


def test_a_short_name_that_opens_two_bodies_names_or_that_is_another_storys_stays_its_own() -> None:
    """"Deutsche" opens Deutsche Bank and Deutsche Telekom: not ours to say which. "BNP" in a story of
    British politics shares nothing rare with the stories that name BNP Paribas. "United" is a common
    word, and a body most sources name short is named so ("Microsoft" is no "Microsoft Office")."""
    texts = {
        "bank-1.txt": "Banks\n\nDeutsche Bank and Deutsche Telekom raised money, Hans Krause of Frankfurt said.\n",
        "bank-2.txt": "Banks\n\nDeutsche Bank cut jobs, Hans Krause said.\n",
        "bank-3.txt": "Phones\n\nDeutsche Telekom sold shares, Hans Krause said.\n",
        "short.txt": "Markets\n\nShares in Deutsche fell, Hans Krause said.\n",
        "paribas-1.txt": "Bank\n\nBNP Paribas bought a stake in Banca Nazionale, Pierre Laval of Lyon said.\n",
        "paribas-2.txt": "Bank\n\nBNP Paribas reported profits, Pierre Laval of Lyon said.\n",
        "party.txt": "Election\n\nThe BNP stood candidates in Burnley, Councillor Sarah Hope said.\n",
    }
    by_source = _by_source(resolve_body_names(_analyses(texts)))
    assert _bodies(by_source["short.txt"]).get("Deutsche", "deutsche") == "deutsche"
    assert _bodies(by_source["party.txt"])["BNP"] == "bnp"


def test_a_short_name_a_source_writes_as_a_place_is_no_body_named_after_it() -> None:
    """A town the entity step could not type ("a ferry link to Eastvale", "critics in Eastvale") was
    folded into the Eastvale Port Authority; a company's "shares in Nordvik" is still the company's."""
    texts = {
        "news.txt": "Ferry\n\nThe council approved a ferry link to Eastvale. The Eastvale Port Authority will run "
                    "it. Critics in Eastvale said fares were high, Jon Rask said. Traders bought shares in Nordvik.\n",
        "analysis.txt": "Comment\n\nThe Eastvale Port Authority has no money, Jon Rask said. Nordvik Holdings "
                        "is the port's biggest client.\n",
        "wire.txt": "Port\n\nThe Eastvale Port Authority hired staff, officials said. Nordvik Holdings paid.\n",
    }
    by_source = _by_source(resolve_body_names(_analyses(texts)))
    bodies = _bodies(by_source["news.txt"])
    assert bodies.get("Eastvale", "eastvale") == "eastvale"
    assert bodies["Nordvik"] == "nordvik-holdings"


ELECTION = {
    "wire.txt": "Count\n\nThe National Electoral Commission (NEC) delayed the count in Mervane on Monday, "
                "Daria Kessel said.\n",
    "daily.txt": "Results\n\nThe National Electoral Commission published results in Mervane, Daria Kessel said.\n",
    "release.txt": "Release\n\nThe NEC announced the final results in Mervane on Sunday, Daria Kessel said.\n",
    "other.txt": "Computers\n\nThe NEC plant in Osaka makes chips, Kenji Sato said.\n",
}


def test_an_acronym_a_briefing_never_spells_out_takes_the_name_other_sources_spell_it_out_as() -> None:
    """The election set's commission had a page as "NEC" beside its page by name; not where the
    briefing shares nothing with those that spell it out (a chip maker in Osaka)."""
    by_source = _by_source(resolve_body_names(_analyses(ELECTION)))
    assert _bodies(by_source["release.txt"])["NEC"] == "national-electoral-commission"
    assert _bodies(by_source["other.txt"])["NEC"] == "nec"


COURT = {
    "wire.txt": "Ruling\n\nThe Constitutional Court of Lusara ordered a recount in Lusara, Daria Kessel said.\n",
    "daily.txt": "Recount\n\nThe Constitutional Court ordered a recount in Lusara, Daria Kessel said.\n",
    "release.txt": "Release\n\nThe Constitutional Court of the Republic of Lusara met in Harvel, Daria Kessel said.\n",
}


def test_a_body_named_with_its_state_is_the_body_other_sources_name_without_it() -> None:
    """'Constitutional Court of Lusara' and '… of the Republic of Lusara' were pages beside the
    Constitutional Court's."""
    by_source = _by_source(resolve_body_names(_analyses(COURT)))
    assert _bodies(by_source["wire.txt"])["Constitutional Court of Lusara"] == "constitutional-court"
    release = _bodies(by_source["release.txt"])
    assert release["Constitutional Court of the Republic of Lusara"] == "constitutional-court"


def test_a_longer_name_a_briefing_shortens_itself_is_the_short_name_others_give() -> None:
    """The regulator's press release named "Aerovel Airlines Group plc", then "Aerovel"; six sources
    named "Aerovel" alone. The release's body had a page of its own, and its decision was missing from
    the bidder's page. Not where the briefing shares no story with those that name the short name
    ("United Airlines" beside the "United" of football)."""
    texts = {
        "release.txt": "Decision\n\nThe Velorian Competition Authority prohibited the acquisition of Meridia Air by "
                       "Aerovel Airlines Group plc. Aerovel may appeal, Ilse Berghe said.\n",
        "wire.txt": "Bid\n\nShares in Aerovel fell after the Velorian Competition Authority blocked its bid for "
                    "Meridia Air, Ilse Berghe said.\n",
        "paper.txt": "Jobs\n\nThe chairman of Aerovel will appeal against the ruling of the Velorian Competition "
                     "Authority, Ilse Berghe said.\n",
        "club-1.txt": "Football\n\nFans of United cheered at Old Trafford, Alex Ferguson said.\n",
        "club-2.txt": "Football\n\nThe players of United lost at Old Trafford, Alex Ferguson said.\n",
        "airline.txt": "Airline\n\nUnited Airlines cut fares from Denver. United said demand was weak, Glenn Tilton "
                       "said.\n",
    }
    by_source = _by_source(resolve_body_names(_analyses(texts)))
    assert {e.id for e in by_source["release.txt"].entities if e.type == "organisation"} >= {"aerovel"}
    assert "aerovel-airlines-group" not in {e.id for e in by_source["release.txt"].entities}
    assert "united-airlines" in {e.id for e in by_source["airline.txt"].entities}
