"""Analyses kept on disk between builds, so a build analyses only the seeds that changed.

An entry is one seed's Analysis (before ids are assigned), stored under a key of everything that
analysis depends on: the seed as read (its content hash, declared metadata and lines, encoding,
cleaning), the settings that can reach analysis, the curated entities file's content, and the
analysis code (ANALYSIS_VERSION, a hash of this package's source and data, the Python and library
versions). A file is trusted only when its header names exactly that key and its payload matches
the header's checksum; anything else (truncated, corrupt, another key, not a regular file) is a
miss, logged at debug level, and the seed is analysed again. Payloads are pickles read by an
Unpickler that can build only the model's dataclasses and plain values, so a planted file cannot
run code. Each entry is written to a temporary file and renamed over the old one, so a killed
build never leaves half an entry. The whole folder is safe to delete.

Layout: <cache>/<hash of the seeds folder>/<hash of the key>.analysis, and in each seeds folder's
part a file naming that folder; builds of different seeds folders sharing one cache then prune
only their own entries (and those of seeds folders that no longer exist).
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import datetime
import hashlib
import importlib.metadata
import io
import json
import logging
import os
import pickle
import stat
import sys
import tempfile
import time
import types
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from . import model
from .model import Analysis, RawSeed, Settings

# Bump when analysis results change in a way the source hash below cannot see.
ANALYSIS_VERSION = 1
SUFFIX = ".analysis"
_TEMP_SUFFIX = ".analysis-tmp"
SITE_ENTRY = "site.build"  # the whole site's entry (site_cache.py), one per seeds folder
MEMO_ENTRY = "pages.memo"  # the pages and what they read (page_memo.py), one per seeds folder
_ENTRY_SUFFIXES = (SUFFIX, SITE_ENTRY)
_FOLDER_FILE = "seeds-folder.txt"
_MAGIC = b"briefing-analysis-cache 1"
_PROTOCOL = 5  # fixed, so entries do not depend on the running Python's default
_TEMP_MAX_AGE = 3600.0  # seconds; a younger temporary file may be another build's write in flight
# Settings that only rendering and the steps across seeds read: changing them keeps the analyses.
# Every other field is part of the key, so a new setting is safe until it is listed here.
_NOT_ANALYSIS = frozenset({"related_links", "use_directory_urls", "entity_page_min_sources", "cache_dir",
                           "timeline_page_events",
                           "site_name", "site_url", "previous_export", "previous_export_name"})
# What a YAML front matter value (safe loader) can hold besides the types pickle writes natively.
_PLAIN = frozenset({("builtins", name) for name in ("dict", "list", "tuple", "set", "frozenset", "str", "bytes",
                                                      "int", "float", "bool", "complex")}
                   | {("datetime", name) for name in ("date", "datetime", "time", "timedelta", "timezone")})

# Under MkDocs' logger so `mkdocs build --verbose` shows it; nothing here is a warning.
log = logging.getLogger("mkdocs.plugins.briefing.cache")


class BadEntry(Exception):
    """A cache file that must not be trusted; the seed is analysed again."""


def _package_version() -> str:
    """A hash of every module and data file of the analysis package: any code change is a new key.
    Computed when this module is imported, i.e. from the code this process actually runs."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted([*package.glob("*.py"), *(package / "data").glob("*")]):
        if path.is_file():
            digest.update(f"{path.relative_to(package).as_posix()}\0".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _library_versions() -> dict[str, str]:
    versions = {"python": ".".join(map(str, sys.version_info[:2]))}  # unicodedata and re follow Python's version
    for name in ("PyYAML",):  # the knowledge files' parser (the gazetteer is a data file: hashed above)
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            versions[name] = importlib.metadata.version(name)
    return versions


CODE_VERSION = _package_version()
_LIBRARIES = _library_versions()


def file_digest(path: Path | None) -> str:
    """sha256 of a file's bytes; "" when there is no file or it cannot be read."""
    if path is None:
        return ""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def digest_number(digest: str) -> float:
    """48 bits of a digest as an exact float: the version load_knowledge and curated_ids are keyed
    by (a float, from when it was the file's mtime), so an edit is seen even within one mtime tick."""
    return float(int(digest[:12], 16)) if digest else 0.0


def seed_digest(raw: RawSeed) -> str:
    """A hash of every field of the seed as read, all of which analysis may read or keep."""
    fields = tuple(getattr(raw, f.name) for f in dataclasses.fields(raw))
    return hashlib.sha256(repr(fields).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class AnalysisCache:
    """One seeds folder's part of the cache, with the key parts every seed of this build shares."""

    folder: Path
    context: dict[str, object]

    # digest: seed_digest(raw), when the caller has it (it hashes the whole seed; a build asked for
    # it five times a seed). Not kept here: the cache must not hold the seeds it is asked about.
    def name(self, raw: RawSeed, digest: str | None = None) -> str:
        """The file name of a seed's entry (its key's hash)."""
        return _entry_name(self._key(raw, digest))

    def load(self, raw: RawSeed, digest: str | None = None) -> Analysis | None:
        """The seed's analysis if a trustworthy entry holds it; None otherwise (never raises)."""
        key = self._key(raw, digest)
        path = self.folder / _entry_name(key)
        try:
            analysis = decode_entry(read_regular(path), key)
        except FileNotFoundError:
            return None
        except Exception as error:  # noqa: BLE001 - a bad entry is a miss, never a fault of the build
            log.debug(f"briefing cache: ignoring {path.name}: {type(error).__name__}: {model.one_line(str(error))}")
            return None
        return analysis if analysis.seed == raw.without_text() else None

    def store(self, raw: RawSeed, analysis: Analysis) -> None:
        """Keep the seed's analysis for the next build; a failure only costs that next build time."""
        key = self._key(raw)
        try:
            write_atomic(self.folder / _entry_name(key), encode_entry(analysis, key))
        except Exception as error:  # noqa: BLE001 - a full disk or a read-only folder must not fail the build
            log.debug(f"briefing cache: could not store {model.visible(raw.source_file)}: {type(error).__name__}")

    def prune(self, keep: Iterable[str]) -> None:
        """Remove this folder's entries not named in keep (seeds gone or changed, other settings
        or code), old temporary files, and the parts of seeds folders that no longer exist."""
        try:
            _remove_entries(self.folder, set(keep))
            _remove_gone_folders(self.folder.parent, self.folder)
        except OSError as error:
            log.debug(model.visible(f"briefing cache: could not prune {self.folder}: {error}"))

    def _key(self, raw: RawSeed, digest: str | None = None) -> bytes:
        return json.dumps({**self.context, "seed": digest or seed_digest(raw)}, sort_keys=True).encode()


def _entry_name(key: bytes) -> str:
    return hashlib.sha256(key).hexdigest()[:40] + SUFFIX


def open_cache(settings: Settings, curated_version: float) -> AnalysisCache | None:
    """This build's cache: None when it is off, when the curated file changed after the knowledge
    was read from it (the key would not match what analysis saw), or when the folder cannot be made."""
    if settings.cache_dir is None:
        return None
    curated = file_digest(settings.entities_file)
    if digest_number(curated) != curated_version:
        log.debug("briefing cache: not used; the entities file changed during the build")
        return None
    folder = part_folder(settings)
    return None if folder is None else AnalysisCache(folder, _context(settings, curated))


def part_folder(settings: Settings) -> Path | None:
    """The seeds folder's part of the cache, made if needed; None when the cache is off or the
    folder cannot be written."""
    if settings.cache_dir is None:
        return None
    seeds = os.fsencode(settings.seeds_dir)
    folder = settings.cache_dir / hashlib.sha256(seeds).hexdigest()[:16]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if folder.is_symlink():
            raise OSError("it is a symbolic link")  # pruning must never reach outside the cache
        if not (_holds(folder / _FOLDER_FILE, seeds) and os.access(folder, os.W_OK)):  # once, not per caller
            write_atomic(folder / _FOLDER_FILE, seeds)
    except OSError as error:
        log.debug(model.visible(f"briefing cache: not used; {folder} cannot be written: {error}"))
        return None
    return folder


def _holds(path: Path, data: bytes) -> bool:
    try:
        return read_regular(path) == data
    except (OSError, BadEntry):
        return False


def _context(settings: Settings, curated: str) -> dict[str, object]:
    analysed = {f.name: repr(getattr(settings, f.name)) for f in dataclasses.fields(settings)
                if f.name not in _NOT_ANALYSIS}
    return {"analysis_version": ANALYSIS_VERSION, "code": CODE_VERSION, "libraries": _LIBRARIES,
            "settings": analysed, "curated": curated}


# --- Entries: magic line, key line, checksum line, payload. -------------------------------------


def encode_entry(analysis: Analysis, key: bytes) -> bytes:
    payload = pickle.dumps(analysis, protocol=_PROTOCOL)
    check = f"{hashlib.sha256(payload).hexdigest()} {len(payload)}".encode()
    return b"\n".join([_MAGIC, key, check, payload])  # the key is JSON: no raw newline in it


def decode_entry(data: bytes, key: bytes) -> Analysis:
    """The analysis in an entry; BadEntry unless it is whole, ours and made under exactly this key."""
    parts = data.split(b"\n", 3)
    if len(parts) != 4 or parts[0] != _MAGIC:
        raise BadEntry("not a cache entry, or cut short")
    _, stored_key, check, payload = parts
    if stored_key != key:
        raise BadEntry("made under another key")
    if check != f"{hashlib.sha256(payload).hexdigest()} {len(payload)}".encode():
        raise BadEntry("payload does not match its checksum (truncated or corrupt)")
    analysis = ModelUnpickler(io.BytesIO(payload)).load()
    if not isinstance(analysis, Analysis):
        raise BadEntry(f"holds a {type(analysis).__name__}, not an Analysis")
    return analysis


class ModelUnpickler(pickle.Unpickler):
    """Builds only the dataclasses of `modules` and plain values: no other class or function can
    be named, so an entry cannot run code when read (whoever wrote it)."""

    modules: tuple[types.ModuleType, ...] = (model,)

    def find_class(self, module: str, name: str) -> type:
        for allowed in self.modules:
            found = getattr(allowed, name, None) if module == allowed.__name__ else None
            if isinstance(found, type) and dataclasses.is_dataclass(found):
                return found
        if (module, name) in _PLAIN:
            return getattr(builtins if module == "builtins" else datetime, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache entry")



# --- Files: written atomically, read only when regular, removed only when ours. ----------------


def read_regular(path: Path) -> bytes:
    """A file's bytes, opened without following a symbolic link or blocking on a pipe."""
    with open_regular(path) as file:
        return file.read()


def open_regular(path: Path) -> BinaryIO:
    """A file opened for reading without following a symbolic link or blocking on a pipe."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    file = os.fdopen(os.open(path, flags), "rb")
    if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
        file.close()
        raise BadEntry("not a regular file")
    return file


def cache_subfolder(cache_dir: Path | None, name: str, otherwise: str) -> Path | None:
    """The cache folder's part `name` (compiled templates, compiled modules), made if needed; None
    when the cache is off or the part cannot be made (`otherwise`: what the build does then, logged)."""
    if cache_dir is None:
        return None
    folder = cache_dir / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.debug(model.visible(f"briefing cache: {otherwise}; {folder} cannot be made: {error}"))
        return None
    return folder


def write_atomic(path: Path, data: bytes | Callable[[BinaryIO], None]) -> None:
    """Write beside the target, then rename over it: a reader sees the old file or the new one,
    never half of one. No fsync: a file cut short by a crash fails its checksum and is redone.
    data: the bytes, or a function that writes them into the file it is given."""
    descriptor, temp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=_TEMP_SUFFIX)
    try:
        with os.fdopen(descriptor, "wb") as file:
            if callable(data):
                data(file)
            else:
                file.write(data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _remove_entries(folder: Path, keep: set[str]) -> None:
    """Remove entries not in keep and stale temporary files: regular files with this cache's
    suffixes only, never a link, a folder or anything else."""
    now = time.time()
    with os.scandir(folder) as entries:
        for entry in entries:
            if not entry.is_file(follow_symlinks=False):
                continue
            unused = entry.name.endswith(_ENTRY_SUFFIXES) and entry.name not in keep
            if unused or (entry.name.endswith(_TEMP_SUFFIX) and now - entry.stat().st_mtime > _TEMP_MAX_AGE):
                with contextlib.suppress(FileNotFoundError):  # another build may have removed it already
                    os.unlink(entry.path)


def _remove_gone_folders(root: Path, own: Path) -> None:
    """Empty the parts of the cache whose seeds folder no longer exists; parts without the file
    naming their seeds folder are not known to be ours and are left alone."""
    with os.scandir(root) as entries:
        for entry in entries:
            part = Path(entry.path)
            if entry.is_dir(follow_symlinks=False) and part != own and _seeds_gone(part):
                _remove_entries(part, set())
                with contextlib.suppress(OSError):
                    for name in (MEMO_ENTRY, _FOLDER_FILE):
                        with contextlib.suppress(FileNotFoundError):
                            os.unlink(part / name)
                    part.rmdir()  # only if nothing else is left in it


def _seeds_gone(part: Path) -> bool:
    try:
        return not Path(os.fsdecode(read_regular(part / _FOLDER_FILE))).is_dir()
    except (OSError, BadEntry):
        return False
