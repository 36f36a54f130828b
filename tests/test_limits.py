"""Step 3e: listing limits, so that a page and the export stay a small multiple of the seed."""

from __future__ import annotations

from briefing_site import limits
from briefing_site.knowledge import load_knowledge
from briefing_site.limits import bound_analysis, excerpt
from briefing_site.model import RawSeed, Settings
from briefing_site.pipeline import analyse


def _analysis(text: str):  # type: ignore[no-untyped-def]
    return analyse(RawSeed("x.txt", text, "0" * 64, "utf-8", {}, "", 1), Settings(seeds_dir="."),  # type: ignore[arg-type]
                   load_knowledge(None))


def _names(count: int) -> str:
    syllables = ["ba", "ko", "ri", "tu", "me", "za", "lo", "ni", "ve", "du"]
    def name(i: int) -> str:
        return "".join(syllables[(i // 10 ** k) % 10] for k in range(4)).capitalize()
    return " ".join(f"Officials said {name(2 * i)} {name(2 * i + 1)} met in the city." for i in range(count))


def test_a_seed_under_the_limits_is_untouched() -> None:
    analysis = _analysis("Officials from Türkiye met Iraqi ministers in Baghdad on 5 May 2024, the ministry said.\n")
    assert analysis.omitted == {}
    assert bound_analysis(analysis) == analysis


def test_each_list_is_cut_and_counted(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(limits, "MAX_ENTITIES", 3)
    monkeypatch.setattr(limits, "MAX_DATES", 2)
    text = _names(6) + " It happened in 2001, 2002, 2003 and 2004.\n"
    analysis = _analysis(text)
    assert len(analysis.entities) == 3 and analysis.omitted["entities"] == 3
    assert len(analysis.dates) == 2 and analysis.omitted["dates"] == 2
    kept = {e.id for e in analysis.entities}
    assert len(kept) == 3


def test_the_most_mentioned_entities_are_kept_in_their_order(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(limits, "MAX_ENTITIES", 2)
    text = ("Officials said Zorbin Quell met Arlo Finch. Officials said Mara Voss spoke. Zorbin Quell left. "
            "Mara Voss stayed. Zorbin Quell returned.\n")
    analysis = _analysis(text)
    assert [e.name for e in analysis.entities] == ["Zorbin Quell", "Mara Voss"]


def test_excerpt_keeps_short_text_and_centres_on_a_phrase() -> None:
    assert excerpt("short sentence.") == "short sentence."
    long = "word " * 200 + "on 5 May 2024 the talks ended " + "more " * 200
    shown = excerpt(long, 100, around="5 May 2024")
    assert "5 May 2024" in shown and shown.startswith("…") and shown.endswith("…") and len(shown) <= 100
    assert excerpt("x" * 1000, 50) == "x" * 49 + "…"
