"""Compiled templates kept between builds.

Jinja compiles each template to Python the first time a build uses it: about 0.17 s for the
briefing templates and 0.17 s for the theme's (main.html and the 30 partials it includes), in
every build, cold or not, because a build is a new process (0.01 s for both from this cache).
With a cache folder, the compiled code is kept there, one file per template, replaced when the
template changes; a build compiles only a template that is new or changed. The pages are the
same either way: the code is what compiling the same source gives.

A file is a header, a digest of the rest, then Jinja's own format (its version and Python's, the
template source's checksum, the marshalled code). The digest is checked first: code with a
flipped bit could load and print a wrong page, where a damaged file must only cost a compile. A
file that is missing, damaged or written by another Python is compiled again, never an error; a
folder that cannot be written leaves the build compiling as it would without a cache. What the
folder holds is trusted as the rest of the cache folder is (cache.py's entries are pickles).
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

from .cache import cache_subfolder, write_atomic
from .model import visible

log = logging.getLogger("mkdocs.plugins.briefing.cache")

FOLDER = "templates"  # inside the cache folder
SUFFIX = ".template"
_MAGIC = b"briefing compiled template 1\n"
_DIGEST_SIZE = 16


def _digest(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, digest_size=_DIGEST_SIZE).digest()


class TemplateCache(jinja2.BytecodeCache):
    """Jinja's compiled templates in one folder, each file written whole or not at all."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, bucket: Bucket) -> Path:
        return self.folder / f"{bucket.key}{SUFFIX}"  # the key is a hex digest: a plain file name

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            data = self._path(bucket).read_bytes()
        except OSError:
            return
        start = len(_MAGIC) + _DIGEST_SIZE
        if data[:len(_MAGIC)] != _MAGIC or data[len(_MAGIC):start] != _digest(data[start:]):
            return  # not whole, or not ours: compiled again
        try:
            bucket.bytecode_from_string(data[start:])
        except Exception:  # noqa: BLE001 - whole but unreadable here: compiled again
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        payload = bucket.bytecode_to_string()
        try:
            write_atomic(self._path(bucket), _MAGIC + _digest(payload) + payload)
        except OSError as error:
            log.debug(visible(f"briefing cache: compiled template not kept in {self.folder}: {error}"))


def template_cache(cache_dir: Path | None) -> TemplateCache | None:
    """The compiled templates' cache inside cache_dir; None when the cache is off or its folder
    cannot be made."""
    folder = cache_subfolder(cache_dir, FOLDER, "templates compiled each build")
    return None if folder is None else TemplateCache(folder)
