"""Step 6b: what a page tells search engines and link previews about itself.

A page's description (the <meta name="description"> Material prints, and the Open Graph and
Twitter card text) is drawn from what the page already shows: a briefing's summary sentences, the
home page's bottom line, an entity's description. A briefing also carries schema.org JSON-LD:
what kind of article it is, its headline and summary, who published and wrote it (only when
known), the source it is based on and the entities it mentions.

Every value here comes from a seed and is untrusted. Descriptions stay plain text (the adapter
escapes them for the attribute they go in); JSON-LD is serialised by `script_json`, which leaves
no character that could end or confuse the <script> element it is printed in. Nothing here knows
about MkDocs.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from . import lean
from .model import Analysis, EntityProfile, GeneratedFile

DESCRIPTION_MAX = 200  # characters; search engines show about 160
DESCRIPTION_MIN = 160  # a sentence that ends after this many characters is a clean place to stop
HEADLINE_MAX = 110  # what schema.org consumers (Google) take of an article headline
MAX_MENTIONS = 20  # entities listed in `mentions`, the most named first

# schema.org type by the briefing's kind. A press release is not journalism and "other" is not
# known to be, so both are a plain Article rather than a NewsArticle they may not be.
ARTICLE_TYPES = {
    "news": "ReportageNewsArticle",
    "analysis": "AnalysisNewsArticle",
    "opinion": "OpinionNewsArticle",
}
DEFAULT_ARTICLE_TYPE = "Article"
# schema.org type by entity type. Groups (an ethnic or religious group, say) and "other" have no
# type that says what they are, and a wrong type is worse than none: they are not listed.
ENTITY_TYPES = {"person": "Person", "organisation": "Organization", "place": "Place"}

# Characters that must not appear as themselves inside <script>: '<' could start "</script>" or
# "<!--", '>' and '&' are escaped for symmetry with HTML, U+2028/2029 end a line in older
# JavaScript, and lone surrogates (bytes of a file name that are not UTF-8) cannot be written
# as UTF-8. JSON allows each as a \\u escape inside a string, which parses back to the same text.
_SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029\ud800-\udfff]")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s|$)")


@dataclass(frozen=True)
class PageHead:
    """What a page says about itself in <head>; empty values leave the site's defaults."""

    description: str = ""  # plain text; "" keeps the site description
    og_type: str = "website"  # Open Graph type: "article" for a briefing
    # schema.org data as JSON text (json_ld_text), "" for none: held for every briefing page to the
    # end of the build, the text is a fraction of the memory of the dicts it is made from
    json_ld: str = ""


@dataclass(frozen=True, init=False)
class PageFile(GeneratedFile):
    """A generated page with what its <head> should say (the generator adapter reads `head`), and
    its skeleton (lean.py) when a generator may read that as the page's source: the page starts
    with markup or a heading, so it has no front matter to read before it (None otherwise, and for
    a page made in pieces, never held whole)."""

    head: PageHead = field(default_factory=PageHead)
    skeleton: str | None = None

    def __init__(self, path: str, content: str, title: str | None = None, head: PageHead | None = None) -> None:
        super().__init__(path, content, title)
        object.__setattr__(self, "head", head if head is not None else PageHead())
        # One string per distinct skeleton (interned): 36 for the 2,085 pages of 927 seeds, 0.5 MB held once.
        object.__setattr__(self, "skeleton", sys.intern(lean.skeleton(content)) if content[:1] in ("<", "#") else None)

    @classmethod
    def streamed(cls, path: str, pieces: Iterable[str], title: str | None = None,  # type: ignore[override]
                 head: PageHead | None = None) -> PageFile:
        """GeneratedFile.streamed, with the page's head."""
        file = super().streamed(path, pieces, title)
        object.__setattr__(file, "head", head if head is not None else PageHead())
        object.__setattr__(file, "skeleton", None)
        return file


def plain(text: str) -> str:
    """text on one line: runs of whitespace (line and paragraph separators too) as one space."""
    return " ".join(text.split())


def clip(text: str, limit: int = DESCRIPTION_MAX, floor: int = DESCRIPTION_MIN) -> str:
    """text cut to at most `limit` characters: at the end of a sentence that ends after `floor`
    characters if there is one, else at the last word boundary, with '…'."""
    text = plain(text)
    if len(text) <= limit:
        return text
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, limit) if m.end() >= floor]
    if ends:
        return text[: ends[-1]]
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:  # one long word is cut where it is, rather than leave almost nothing
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-") + "…"


def summary_text(analysis: Analysis) -> str:
    """The briefing's summary sentences, in order, as one paragraph."""
    texts = {s.index: s.text for s in analysis.document.sentences}
    return plain(" ".join(texts[i] for i in analysis.summary if i in texts))


def briefing_description(analysis: Analysis) -> str:
    """The summary, clipped; the dek when there is no summary; "" (the site's) when neither."""
    return clip(summary_text(analysis) or analysis.metadata.dek.value or "")


def home_description(points: Sequence[str]) -> str:
    """The home page's bottom line (the sentences of its key points), clipped."""
    return clip(" ".join(points))


def entity_description(profile: EntityProfile) -> str:
    """The entity's description; when it has none, the facts its page opens with."""
    if plain(profile.description):
        return clip(profile.description)
    count = len(profile.briefings)
    return clip(f"{profile.name}: {profile.type}, named in {count} briefing{'s' if count != 1 else ''}.")


def briefing_head(analysis: Analysis) -> PageHead:
    return PageHead(briefing_description(analysis), "article", json_ld_text(briefing_json_ld(analysis)))


def home_head(points: Sequence[str]) -> PageHead:
    return PageHead(home_description(points))


def entity_head(profile: EntityProfile) -> PageHead:
    return PageHead(entity_description(profile))


def briefing_json_ld(analysis: Analysis) -> dict[str, object]:
    """schema.org data for a briefing: an article of the type its kind says, with only what is known."""
    metadata = analysis.metadata
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": ARTICLE_TYPES.get(analysis.kind.kind, DEFAULT_ARTICLE_TYPE),
        "headline": clip(metadata.display_title, HEADLINE_MAX, HEADLINE_MAX),
        "isBasedOn": _based_on(analysis),
        "wordCount": analysis.words,
    }
    optional = {
        "abstract": summary_text(analysis),
        "datePublished": metadata.published.value,  # ISO 8601 at the precision stated
        "publisher": _named("Organization", metadata.publisher.value),
        "author": _named("Person", metadata.author.value),
        "mentions": _mentions(analysis),
    }
    data.update({key: value for key, value in optional.items() if value})
    return data


def _named(kind: str, name: str | None) -> dict[str, str] | None:
    name = plain(name or "")
    return {"@type": kind, "name": name} if name else None


def _based_on(analysis: Analysis) -> object:
    """The source document: its declared URL, or else the file, identified by its SHA-256."""
    if analysis.metadata.url.value:
        return analysis.metadata.url.value
    return {
        "@type": "CreativeWork",
        "name": analysis.seed.source_file,
        "identifier": {"@type": "PropertyValue", "propertyID": "sha256", "value": analysis.seed.sha256},
    }


def _mentions(analysis: Analysis) -> list[dict[str, str]]:
    """The people, organisations and places the briefing names, the most named first."""
    typed = [(i, e) for i, e in enumerate(analysis.entities) if e.type in ENTITY_TYPES and plain(e.name)]
    typed.sort(key=lambda pair: (-len(pair[1].mentions), pair[0]))
    return [{"@type": ENTITY_TYPES[e.type], "name": plain(e.name)} for _, e in typed[:MAX_MENTIONS]]


def json_ld_text(data: Mapping[str, object]) -> str:
    """schema.org data as PageHead keeps it: JSON, keys sorted, not yet safe inside <script> (script_json)."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def script_json(data: Mapping[str, object], url: str | None = None) -> str:
    """The JSON-LD text to print between <script type="application/ld+json"> and </script>, with
    the page's own URL when the site has one. Same data, same bytes (keys sorted)."""
    if url:
        data = {**data, "url": url, "mainEntityOfPage": url}
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return _SCRIPT_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
