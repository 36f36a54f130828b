"""The generator's own compiled Python kept between builds, where Python is told not to keep it.

Python keeps each module's compiled code beside its source (__pycache__), so that a new process
need not compile it again; with PYTHONDONTWRITEBYTECODE set (common in containers, and set on the
machines `make bench` runs on) it writes none, and every build compiled the steps' 20,000 lines
again: 0.35 s of a build with one seed edited at 927 seeds, in the child that imports them
(isolated.py). MkDocs, the theme and Markdown are compiled when installed, so a plain MkDocs
build never pays this. While the steps are imported (`kept_code`), and only then and only when
Python writes no compiled code of its own, the modules of this package are compiled into the
cache folder instead, one file per module, replaced when its source changes; nothing is written
beside the sources, as the variable asks.

A file is a header, a digest of the rest, then Python's magic number (its version's format), a
digest of the module's source and the marshalled code. A file that is missing, damaged, written
by another Python or for another source is compiled again, never an error; a folder that cannot
be written leaves the import compiling as it would without a cache. The pages are the same
either way: the code is what compiling the same source gives.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import logging
import marshal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import CodeType, ModuleType

from .cache import cache_subfolder, write_atomic
from .model import visible

log = logging.getLogger("mkdocs.plugins.briefing.cache")

FOLDER = "code"  # inside the cache folder
SUFFIX = ".code"
PACKAGE = __name__.rpartition(".")[0]  # briefing_site
_MAGIC = b"briefing compiled module 1\n"
_DIGEST_SIZE = 16


def _digest(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, digest_size=_DIGEST_SIZE).digest()


class CodeFolder:
    """Compiled modules in one folder, each file written whole or not at all."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def code(self, name: str, path: str, source: bytes) -> CodeType:
        """The module's code: from its file when that is whole and of this source, else compiled
        (and its file written)."""
        file = self._file(name, path)
        current = importlib.util.MAGIC_NUMBER + _digest(source)
        kept = self._read(file, current)
        if kept is not None:
            return kept
        code = compile(source, path, "exec", dont_inherit=True)
        payload = current + marshal.dumps(code)
        try:
            write_atomic(file, _MAGIC + _digest(payload) + payload)
        except OSError as error:
            log.debug(visible(f"briefing cache: compiled module not kept in {self.folder}: {error}"))
        return code

    def _file(self, name: str, path: str) -> Path:
        # Named by the module and where its source is: a changed source replaces its file, and
        # two checkouts sharing a cache folder keep one each (the code names its source's path).
        return self.folder / f"{name}.{hashlib.blake2b(path.encode(), digest_size=6).hexdigest()}{SUFFIX}"

    @staticmethod
    def _read(file: Path, current: bytes) -> CodeType | None:
        try:
            data = file.read_bytes()
        except OSError:
            return None
        start = len(_MAGIC) + _DIGEST_SIZE
        if data[:len(_MAGIC)] != _MAGIC or data[len(_MAGIC):start] != _digest(data[start:]):
            return None  # not whole, or not ours
        if data[start:start + len(current)] != current:
            return None  # another Python's, or another source's
        try:
            code = marshal.loads(data[start + len(current):])
        except (ValueError, EOFError, TypeError):
            return None
        return code if isinstance(code, CodeType) else None


class _KeptCodeLoader(importlib.machinery.SourceFileLoader):
    """Python's loader of a source file, its code from the folder (CodeFolder) instead of compiled."""

    def __init__(self, fullname: str, path: str, folder: CodeFolder) -> None:
        super().__init__(fullname, path)
        self.kept = folder

    def get_code(self, fullname: str) -> CodeType:
        path = self.get_filename(fullname)
        return self.kept.code(fullname, path, self.get_data(path))


class _KeptCodeFinder(importlib.abc.MetaPathFinder):
    """Finds the package's modules as Python would, and gives their source files _KeptCodeLoader."""

    def __init__(self, package: str, folder: CodeFolder) -> None:
        self.package = package
        self.folder = folder

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(self.package + "."):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is not None and type(spec.loader) is importlib.machinery.SourceFileLoader and spec.origin:
            spec.loader = _KeptCodeLoader(fullname, spec.origin, self.folder)
        return spec


@contextmanager
def kept_code(cache_dir: Path | None, package: str = PACKAGE) -> Iterator[None]:
    """Within: the package's modules imported from the cache folder's compiled code, when Python
    writes none of its own (sys.dont_write_bytecode) and there is a cache folder that can be made."""
    folder = cache_subfolder(cache_dir, FOLDER, "modules compiled each build") if sys.dont_write_bytecode else None
    if folder is None:
        yield
        return
    finder = _KeptCodeFinder(package, CodeFolder(folder))
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
