"""The ids of the briefing checks (checks.py), each with what it finds: what `extra.briefing.require`
accepts. Apart from the checks themselves, so that the configuration reads them without importing
the steps the checks call, which the generator's own process never runs (inputs.py)."""

from __future__ import annotations

# Check id -> what it finds, in report order. `require` in mkdocs.yml accepts these ids.
CHECKS: dict[str, str] = {
    "unused": "the seed could not be used: it has no briefing",
    "warning": "the seed has its briefing, with a warning (it lost the URL it asked for, say)",
    "title": "no headline stated: the page is named after its opening words",
    "publisher": "no publisher stated",
    "published": "no publication date stated",
    "contradiction": "a declared value the text itself contradicts (date line, masthead, byline, headline)",
    "language": "a text not in English, which the analysis reads: few names, dates, figures or quotes are found",
    "summary": "a summary shorter than asked",
    "entity_type": "names whose type could not be told (typed 'other')",
    "quote_speaker": "quotes without a named speaker",
    "relative_date": "relative dates left unresolved",
    "related": "no related briefing",
    "duplicate": "the same story as another seed (a near-duplicate)",
    "fault": "a page across briefings could not be built",
}
