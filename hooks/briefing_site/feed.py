"""Step 7b: feed.xml, an Atom 1.0 feed (RFC 4287) of the briefings, newest publication first.

One entry per briefing: its display title, its page, its summary sentences as plain text, its
kind as category, its author when known, and its publication date as `published` and `updated`
(a date stated as a month or a year stands for its first day). Undated briefings come last, by
file, with the newest date the data gives as `updated`. When the build is compared with a
previous one (changes.py), a changed briefing's entry says what changed and is updated at the
build's date, and each removed briefing has an entry of its own under the id it had.

Nothing here reads a clock: dates come from the briefings, and the build's date from
SOURCE_DATE_EPOCH when it is set (as every other date of a reproducible build). Ids are
name-based UUIDs of the site's name and the page's path: they stay the same from build to build,
whether or not the site has a site_url, and change only when the page moves. Without site_url,
links are relative to the feed, which sits at the site's root (RFC 4287 resolves them against
the feed's own address); with it, they are absolute.

Seed text is untrusted: every value is escaped for XML, and characters XML 1.0 cannot carry at
all (controls, lone surrogates) are left out.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from .changes import describe
from .model import Analysis, BriefingChange, BriefingRef, Changes, GeneratedFile, Settings
from .render import CHANGES_PAGE, page_path, page_url

FEED_PATH = "feed.xml"
ATOM = "http://www.w3.org/2005/Atom"
# The namespace of every id the site gives (RFC 4122 name-based UUIDs): fixed, so ids are stable.
ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:briefing-site")
NO_DATE = "1970-01-01T00:00:00Z"  # updated of a feed whose data has no date and no SOURCE_DATE_EPOCH
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")  # outside XML 1.0's Char


@dataclass(frozen=True)
class _Entry:
    id: str
    title: str
    link: str
    updated: str  # RFC 3339, UTC
    summary: str
    published: str | None = None
    author: str | None = None
    category: str | None = None


def build_feed(analyses: Sequence[Analysis], changes: Changes, settings: Settings,
               source_date_epoch: int | None = None) -> GeneratedFile:
    """feed.xml for these briefings (in any order) and what changed since the previous build."""
    dated = [instant for a in analyses if (instant := rfc3339(a.metadata.published.value))]
    data_time = max(dated, default=None) or epoch_instant(source_date_epoch) or NO_DATE
    change_time = epoch_instant(source_date_epoch) or data_time
    changed = {c.briefing.id: c for c in changes.changed}
    entries = [_briefing_entry(a, changed.get(a.id), settings, data_time, change_time)
               for a in _in_feed_order(analyses)]
    entries += [_removed_entry(ref, settings, change_time) for ref in changes.removed]
    updated = max((e.updated for e in entries), default=data_time)
    return GeneratedFile(FEED_PATH, _document(entries, settings, updated))


def _in_feed_order(analyses: Sequence[Analysis]) -> list[Analysis]:
    """Newest publication first (a date stands for its first day), then undated; ties by file."""
    by_file = sorted(analyses, key=lambda a: a.seed.source_file)
    dated = [a for a in by_file if rfc3339(a.metadata.published.value)]
    undated = [a for a in by_file if not rfc3339(a.metadata.published.value)]
    return sorted(dated, key=lambda a: rfc3339(a.metadata.published.value) or "", reverse=True) + undated  # stable


def _briefing_entry(a: Analysis, change: BriefingChange | None, settings: Settings, data_time: str,
                    change_time: str) -> _Entry:
    sentences = {s.index: s.text for s in a.document.sentences}
    summary = " ".join(sentences[i] for i in a.summary)
    published = rfc3339(a.metadata.published.value)
    updated = published or data_time
    if change is not None:  # a reader's copy of the entry is replaced, and says why
        summary = f"Changed since the previous build: {describe(change)}. {summary}"
        updated = max(updated, change_time)
    return _Entry(entry_id(settings.site_name, page_path(a.id)), a.metadata.display_title,
                  site_link(page_url(page_path(a.id), settings.use_directory_urls), settings), updated, summary,
                  published, a.metadata.author.value, a.kind.kind)


def _removed_entry(ref: BriefingRef, settings: Settings, change_time: str) -> _Entry:
    """The entry a removed briefing had, replaced by one saying it is gone (its page is too)."""
    return _Entry(entry_id(settings.site_name, page_path(ref.id)), f"Removed: {ref.title}",
                  site_link(page_url(CHANGES_PAGE, settings.use_directory_urls), settings), change_time,
                  f"No longer on the site: its seed file, {ref.source_file}, is not in this build.")


def entry_id(site_name: str, path: str) -> str:
    """A stable id for the page at path (a docs path such as briefings/<id>.md) of this site."""
    return uuid.uuid5(ID_NAMESPACE, f"{site_name}\n{path}").urn


def site_link(url: str, settings: Settings) -> str:
    """A URL relative to the site's root, absolute when the site has a site_url."""
    if not settings.site_url:
        return url or "./"
    return settings.site_url.rstrip("/") + "/" + url


def rfc3339(date: str | None) -> str | None:
    """An ISO 8601 date at its precision (2024, 2024-12, 2024-12-26) as the instant it starts;
    None for no date, or anything else."""
    match = _ISO_DATE.fullmatch(date or "")
    if match is None:
        return None
    year, month, day = (int(part or 1) for part in match.groups())
    try:
        return dt.date(year, month, day).isoformat() + "T00:00:00Z"
    except ValueError:
        return None


def epoch_instant(seconds: int | None) -> str | None:
    """SOURCE_DATE_EPOCH as an RFC 3339 instant; None when unset or out of range."""
    if seconds is None:
        return None
    try:
        return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, OSError, ValueError):
        return None


def xml_text(value: str) -> str:
    """value as XML character data or attribute value: escaped, and without what XML cannot hold."""
    return escape(_NOT_XML.sub("", value), {'"': "&quot;"})


def _document(entries: Sequence[_Entry], settings: Settings, updated: str) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', f'<feed xmlns="{ATOM}">',
             _element("id", entry_id(settings.site_name, FEED_PATH), 1),
             _element("title", settings.site_name, 1, type="text"),
             _element("updated", updated, 1),
             f"  <author>{_element('name', settings.site_name)}</author>",
             _link("self", site_link(FEED_PATH, settings), "application/atom+xml", 1),
             _link("alternate", site_link("", settings), "text/html", 1)]
    for entry in entries:
        lines += _entry(entry)
    return "\n".join([*lines, "</feed>", ""])


def _entry(entry: _Entry) -> list[str]:
    lines = ["  <entry>", _element("id", entry.id, 2), _element("title", entry.title, 2, type="text"),
             _link("alternate", entry.link, "text/html", 2)]
    if entry.published:
        lines.append(_element("published", entry.published, 2))
    lines.append(_element("updated", entry.updated, 2))
    if entry.author:
        lines.append(f"    <author>{_element('name', entry.author)}</author>")
    if entry.category:
        lines.append(f'    <category term="{xml_text(entry.category)}"/>')
    lines += [_element("summary", entry.summary, 2, type="text"), "  </entry>"]
    return lines


def _element(name: str, text: str, depth: int = 0, **attributes: str) -> str:
    attrs = "".join(f' {key}="{xml_text(value)}"' for key, value in attributes.items())
    return f"{'  ' * depth}<{name}{attrs}>{xml_text(text)}</{name}>"


def _link(rel: str, href: str, media_type: str, depth: int) -> str:
    return f'{"  " * depth}<link rel="{rel}" type="{media_type}" href="{xml_text(href)}"/>'

