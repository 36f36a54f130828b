"""The whole site's pages kept between builds: a build whose inputs are all unchanged does no work.

The per-seed cache (cache.py) saves the analyses, but the steps across briefings, rendering and
the export still ran on every build, about half of a warm build. This keeps the finished
SiteBuild (pages, export, problems; not the analyses) in one entry per seeds folder, under a key
of everything the pipeline reads after the seeds are read:

- every seed file as read (its digest, or the problem reading it gave), and what discovery found
  or skipped, in order;
- all the settings, the curated entities file's and the previous export's content, and
  SOURCE_DATE_EPOCH (the feed's dates);
- the code: the analysis package's sources and data (cache.CODE_VERSION), its templates, and the
  versions of the libraries that render (Jinja2, MarkupSafe, PyYAML) and of Python.

Anything else is a miss and the site is built as usual; an entry is trusted only whole, under
exactly its key (checked as cache.py checks analyses), and read by an unpickler that can build only
the pipeline's dataclasses. Only a build that ran every step is stored, so a hit is what that
build would produce: the output is the same, cache or not.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.metadata
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from . import model, structured
from .cache import (
    CODE_VERSION,
    SITE_ENTRY,
    BadEntry,
    ModelUnpickler,
    file_digest,
    log,
    open_regular,
    part_folder,
    seed_digest,
    write_atomic,
)
from .model import RawSeed, SeedProblem, Settings, SiteBuild, SkippedFile
from .spool import PagesPickler, PagesUnpickling

SITE_VERSION = 1  # bump when what a SiteBuild holds changes in a way the code hash cannot see
_MAGIC = b"briefing-site-cache 1"
_PROTOCOL = 5
_TEMPLATES = Path(__file__).parent / "templates"


def _templates_version() -> str:
    digest = hashlib.sha256()
    for path in sorted(_TEMPLATES.rglob("*")):
        if path.is_file():
            digest.update(f"{path.relative_to(_TEMPLATES).as_posix()}\0".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _library_versions() -> dict[str, str]:
    versions: dict[str, str] = {}
    for name in ("Jinja2", "MarkupSafe", "PyYAML"):
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            versions[name] = importlib.metadata.version(name)
    return versions


# The code's part of a key: what the steps, the templates and the libraries that render are
CODE_KEY = {"site_version": SITE_VERSION, "code": CODE_VERSION, "templates": _templates_version(),
            "libraries": _library_versions(), "python": sys.version}


@dataclass(frozen=True)
class SiteCache:
    """The entry of one seeds folder and the key this build's inputs give."""

    path: Path
    key: bytes

    def load(self) -> SiteBuild | None:
        """The stored build if a trustworthy entry was made under this key; None otherwise."""
        try:
            with open_regular(self.path) as file:
                return read_site(file, self.key)
        except FileNotFoundError:
            return None
        except Exception as error:  # noqa: BLE001 - a bad entry is a miss, never a fault of the build
            log.debug(f"briefing cache: ignoring {self.path.name}: {type(error).__name__}: "
                      f"{model.one_line(str(error))}")
            return None

    def store(self, build: SiteBuild) -> None:
        """Keep the build for the next one, without the analyses (the pages are what it reuses)."""
        try:
            kept = dataclasses.replace(build, analyses=(), seconds=())
            write_atomic(self.path, lambda file: write_site(file, kept, self.key))
        except Exception as error:  # noqa: BLE001 - a full disk must not fail the build
            log.debug(f"briefing cache: could not store the site: {type(error).__name__}")


def open_site_cache(settings: Settings, reads: Sequence[RawSeed | SeedProblem], found: Sequence[SeedProblem],
                    skipped: Sequence[SkippedFile], source_date_epoch: int | None) -> SiteCache | None:
    """This build's site entry, or None when the cache is off or its folder cannot be used."""
    folder = part_folder(settings)
    if folder is None:
        return None
    return SiteCache(folder / SITE_ENTRY, site_key(settings, reads, found, skipped, source_date_epoch))


def site_key(settings: Settings, reads: Sequence[RawSeed | SeedProblem], found: Sequence[SeedProblem],
             skipped: Sequence[SkippedFile], source_date_epoch: int | None) -> bytes:
    """Everything the pipeline reads after the seeds, as one JSON document (hashed into the entry).
    Not where the cache is: a cache restored to another folder (as CI may) holds the same site."""
    seeds = hashlib.sha256()
    for read in reads:  # a seed's digest covers its path, text, metadata and cleaning (cache.seed_digest)
        seeds.update((seed_digest(read) if isinstance(read, RawSeed) else repr(read)).encode("utf-8", "surrogatepass"))
        seeds.update(b"\0")
    around = repr((tuple(found), tuple(skipped))).encode("utf-8", "surrogatepass")
    inputs = {**CODE_KEY, "settings": repr(dataclasses.replace(settings, cache_dir=None)), "seeds": seeds.hexdigest(),
              "discovery": hashlib.sha256(around).hexdigest(),
              "curated": file_digest(settings.entities_file), "previous": file_digest(settings.previous_export),
              "source_date_epoch": source_date_epoch}
    return json.dumps(inputs, sort_keys=True).encode()


def still_current(cache: SiteCache, settings: Settings) -> bool:
    """Whether the files read during the build are still those the key names: a file edited while
    the site was being built must not be stored under the content it had before."""
    inputs = json.loads(cache.key)
    return (inputs["curated"] == file_digest(settings.entities_file)
            and inputs["previous"] == file_digest(settings.previous_export))


# --- An entry: magic line, key hash line, check line (sha256 and size of the payload), payload.
# Written and read as a stream: the pages are tens of MB, and a copy of them in memory would raise
# the build's peak (the check line is written last, over a placeholder of the same width).

_CHECK_WIDTH = 64 + 1 + 16


def write_site(file: BinaryIO, build: SiteBuild, key: bytes) -> None:
    write_entry(file, build, key, _MAGIC)


def read_site(file: BinaryIO, key: bytes) -> SiteBuild:
    """The build in an entry; BadEntry unless it is whole, ours and made under exactly this key."""
    build = read_entry(file, key, _MAGIC)
    if not isinstance(build, SiteBuild):
        raise BadEntry(f"holds a {type(build).__name__}, not a SiteBuild")
    return build


def write_entry(file: BinaryIO, value: object, key: bytes, magic: bytes) -> None:
    """An entry of pages (this site's, or page_memo.py's) as a stream, checksum line written last."""
    file.write(magic + b"\n" + hashlib.sha256(key).hexdigest().encode() + b"\n")
    check_at = file.tell()
    file.write(b"0" * _CHECK_WIDTH + b"\n")
    digest = _Hashing(file)
    pickler = PagesPickler(digest, _PROTOCOL)  # type: ignore[arg-type]
    pickler.dump(value)
    pickler.write_pages(digest)  # type: ignore[arg-type]
    file.seek(check_at)
    file.write(_check_line(digest.sha256.hexdigest(), digest.size))


def read_entry(file: BinaryIO, key: bytes, magic: bytes) -> object:
    """What an entry holds; BadEntry unless it is whole, of this magic and made under exactly this key.
    Unpickled only after the whole payload matched its checksum, and only into the pipeline's
    dataclasses and plain values."""
    if file.readline(len(magic) + 1) != magic + b"\n":
        raise BadEntry("not an entry of this kind, or cut short")
    if file.readline(66) != hashlib.sha256(key).hexdigest().encode() + b"\n":
        raise BadEntry("made under another key")
    check = file.readline(_CHECK_WIDTH + 1)
    start = file.tell()
    digest, size = hashlib.sha256(), 0
    while chunk := file.read(1 << 20):
        digest.update(chunk)
        size += len(chunk)
    if check != _check_line(digest.hexdigest(), size):
        raise BadEntry("payload does not match its checksum (truncated or corrupt)")
    file.seek(start)
    pages = PagesUnpickling()
    value = _SiteUnpickler(file, pages).load()
    if pages.section.size > size:
        raise BadEntry("its pages lie outside it")
    pages.section.place(file, start + size - pages.section.size)  # the pages follow the pickle
    return value


def _check_line(sha256: str, size: int) -> bytes:
    return f"{sha256} {size:016d}\n".encode()


class _Hashing:
    """A file to write into that hashes and counts what passes through."""

    def __init__(self, file: BinaryIO) -> None:
        self.file = file
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.sha256.update(data)
        self.size += len(data)
        return self.file.write(data)


class _SiteUnpickler(ModelUnpickler):
    """Builds only the dataclasses of model.py and structured.py (pages with their <head>) and plain values."""

    modules = (model, structured)

    def __init__(self, file: BinaryIO, pages: PagesUnpickling | None = None) -> None:
        super().__init__(file)
        self.pages = pages or PagesUnpickling()

    def persistent_load(self, pid: object) -> object:
        return self.pages.persistent_load(pid)
