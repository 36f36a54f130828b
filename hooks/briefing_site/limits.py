"""Step 3e: bounds on what one seed can list, so that output stays a small multiple of input.

A seed of 50,000 distinct names would otherwise list 50,000 entities on its page and in
briefing.json. Each list is cut here, once, for the page, the export and the pages across seeds
alike; what was cut is counted (`Analysis.omitted`) so that the page can say "and N more" and
the card can say the seed hit a limit. Excerpts bound the sentences that pages and the export
repeat next to a date or a name.
"""

from __future__ import annotations

import dataclasses

from .model import Analysis

MAX_ENTITIES = 150  # the most-mentioned, in their original order
MAX_QUOTES = 100  # the first in the text
MAX_FIGURES = 100
MAX_DATES = 100
MAX_SIGNAL_SENTENCES = 100  # sentence numbers listed per signal
MAX_MENTIONS_EXPORTED = 20  # mentions per entity in briefing.json (the count is always whole)
MAX_EXCERPT = 300  # characters of a sentence repeated beside a date or a name


def bound_analysis(analysis: Analysis) -> Analysis:
    """The analysis with each list cut to its limit, and what was cut counted in `omitted`."""
    omitted: dict[str, int] = {}

    def cut(name: str, items: tuple, limit: int) -> tuple:  # type: ignore[type-arg]
        if len(items) > limit:
            omitted[name] = len(items) - limit
        return items[:limit]

    ranked = sorted(range(len(analysis.entities)), key=lambda i: (-len(analysis.entities[i].mentions), i))
    chosen = set(ranked[:MAX_ENTITIES])
    if len(analysis.entities) > MAX_ENTITIES:
        omitted["entities"] = len(analysis.entities) - MAX_ENTITIES
    signals = tuple(dataclasses.replace(s, sentences=s.sentences[:MAX_SIGNAL_SENTENCES]) for s in analysis.signals)
    return dataclasses.replace(
        analysis,
        entities=tuple(e for i, e in enumerate(analysis.entities) if i in chosen),
        quotes=cut("quotes", analysis.quotes, MAX_QUOTES),
        figures=cut("figures", analysis.figures, MAX_FIGURES),
        dates=cut("dates", analysis.dates, MAX_DATES),
        signals=signals,
        omitted=omitted,
    )


def excerpt(text: str, limit: int = MAX_EXCERPT, around: str = "") -> str:
    """text if it is short, else a window of about `limit` characters with '…' where it was cut:
    its start, or the part around the first occurrence of `around` (a date's words)."""
    if len(text) <= limit:
        return text
    at = text.find(around) if around else -1
    start = 0 if at < limit // 2 else min(at - limit // 3, len(text) - limit)
    window = text[start: start + limit - 1]
    if start:
        space = window.find(" ")
        window = "…" + (window[space + 1:] if 0 <= space < limit // 3 else window)
    if start + limit - 1 < len(text):
        space = window.rfind(" ")
        window = (window[:space] if space > limit // 2 else window).rstrip() + "…"
    return window
