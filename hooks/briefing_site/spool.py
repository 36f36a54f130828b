"""Generated pages kept in a temporary file, not in memory, from rendering to the generator.

A build renders every page before the generator writes any: for 927 news articles, 2,000 pages
and briefing.json, 18 MB even compressed, held from the first page to the end of the build, on
top of the analyses, which is when the build's memory peaks. So while a build runs (`spooling`),
each GeneratedFile's compressed bytes are appended to the build's Spool, an unnamed temporary
file, and the file holds only where they are (Spooled): the bytes are read back each time the
content is asked for (the generator asks once or twice per page).

The spool is made before isolated.py forks its child, so the child appends to the same file and
hands its pages back by place (`TransferPickler`), and the cache's entries (site_cache.py,
page_memo.py) keep their pages as a section after the pickle (`PagesPickler` / `PagesUnpickling`),
copied from and to the spool in chunks: no step holds all pages at once. A pickle made any other
way holds the bytes themselves (Spooled pickles as bytes). Outside a build nothing is spooled.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
import weakref
from collections.abc import Iterable, Iterator
from typing import BinaryIO

_CHUNK = 1 << 20


class Spool:
    """An unnamed temporary file that bytes are appended to (by this process or a forked child:
    the file's end is asked of the file, not remembered) and read back from by place."""

    def __init__(self) -> None:
        descriptor, name = tempfile.mkstemp(prefix="briefing-pages-")
        try:
            os.unlink(name)  # gone from the folder at once; the space is freed when the last process closes it
        except OSError:
            os.close(descriptor)
            raise
        self.fd = descriptor
        weakref.finalize(self, os.close, descriptor)

    def append(self, data: bytes) -> Spooled:
        offset = os.lseek(self.fd, 0, os.SEEK_END)
        self._write(data, offset)
        return Spooled(self, offset, len(data))

    def append_from(self, file: BinaryIO, start: int, length: int) -> int:
        """Copy length bytes of file from start to the end of the spool; where they begin here."""
        offset = os.lseek(self.fd, 0, os.SEEK_END)
        file.seek(start)
        copied = 0
        while copied < length:
            chunk = file.read(min(_CHUNK, length - copied))
            if not chunk:
                raise EOFError("the file ended before its pages did")
            self._write(chunk, offset + copied)
            copied += len(chunk)
        return offset

    def _write(self, data: bytes, at: int) -> None:
        view = memoryview(data)
        while view:  # a short write (a signal): write the rest
            written = os.pwrite(self.fd, view, at)
            at += written
            view = view[written:]

    def read(self, offset: int, length: int) -> bytes:
        data = os.pread(self.fd, length, offset)
        while len(data) < length:  # a short read of a regular file: ask for the rest
            more = os.pread(self.fd, length - len(data), offset + len(data))
            if not more:
                raise EOFError("a spooled page was cut short")
            data += more
        return data


class Spooled:
    """Where a page's bytes are: a spool (or a cache entry's section, once placed), an offset and
    a length. Equal to the bytes it holds; pickled by an ordinary pickle as those bytes."""

    __slots__ = ("length", "offset", "source")

    def __init__(self, source: Spool | _Section, offset: int, length: int) -> None:
        self.source = source
        self.offset = offset
        self.length = length

    def read(self) -> bytes:
        return self.source.read(self.offset, self.length)

    def offset_in(self, spool: Spool) -> int | None:
        """Where the bytes begin in spool, if that is where they are."""
        if self.source is spool:
            return self.offset
        if isinstance(self.source, _Section) and self.source.spool is spool:
            return self.source.base + self.offset
        return None

    def __len__(self) -> int:
        return self.length

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Spooled):
            other = other.read()
        return self.read() == other if isinstance(other, bytes) else NotImplemented

    def __hash__(self) -> int:
        return hash(self.read())

    def __reduce__(self) -> tuple[type[bytes], tuple[bytes]]:
        return bytes, (self.read(),)


_current: Spool | None = None


def open_spool() -> Spool | None:
    """A new spool, or None when no temporary file can be made, or read and written by place (no
    pread/pwrite: Windows): the pages are then kept in memory."""
    if not (hasattr(os, "pread") and hasattr(os, "pwrite")):
        return None
    try:
        return Spool()
    except OSError:
        return None


@contextlib.contextmanager
def spooling(spool: Spool | None) -> Iterator[Spool | None]:
    """Pages made inside go to spool (nested: the innermost; None: to memory)."""
    global _current
    previous, _current = _current, spool
    try:
        yield spool
    finally:
        _current = previous


def keep(data: bytes) -> bytes | Spooled:
    """data in the current build's spool, or as it is outside a build or when the spool cannot take
    it (a full disk): memory costs more, but the page is the same."""
    if _current is None:
        return data
    try:
        return _current.append(data)
    except OSError:
        return data


def keep_pieces(pieces: Iterable[bytes]) -> bytes | Spooled:
    """The pieces' bytes one after another, kept as keep() keeps bytes, but written to the spool as
    they come: a large file (briefing.json: megabytes compressed) is never joined in memory. When
    the spool stops taking them (a full disk), or something else was appended meanwhile (making
    a piece may make a page), what it took is read back and the rest joined to it in memory."""
    spool = _current
    if spool is None:
        return b"".join(pieces)
    start = os.lseek(spool.fd, 0, os.SEEK_END)
    length = 0
    pieces = iter(pieces)
    for piece in pieces:
        if not piece:
            continue
        try:
            if os.lseek(spool.fd, 0, os.SEEK_END) != start + length:
                raise BlockingIOError("the spool was appended to")  # the bytes must stay in one run
            spool._write(piece, start + length)  # noqa: SLF001 - the spool's own write loop, in its module
        except OSError:
            return b"".join([spool.read(start, length), piece, *pieces])
        length += len(piece)
    return Spooled(spool, start, length)


def read(stored: bytes | Spooled) -> bytes:
    return stored if isinstance(stored, bytes) else stored.read()


# --- Pickles that carry pages by place: the child's result, and cache entries. ----------------------


class TransferPickler(pickle.Pickler):
    """A pickle for a process that shares `spool` (isolated.py's child and its parent): pages in
    it go by place, not by value."""

    def __init__(self, file: BinaryIO, spool: Spool | None, protocol: int) -> None:
        super().__init__(file, protocol)
        self.spool = spool

    def persistent_id(self, obj: object) -> tuple[str, int, int] | None:
        if isinstance(obj, Spooled) and self.spool is not None:  # without a spool: by value
            offset = obj.offset_in(self.spool)
            if offset is None:  # a page held elsewhere (an entry read outside a build): copied first
                offset = self.spool.append(obj.read()).offset
            return ("spooled", offset, obj.length)
        return None


class TransferUnpickler(pickle.Unpickler):
    def __init__(self, file: BinaryIO, spool: Spool | None) -> None:
        super().__init__(file)
        self.spool = spool

    def persistent_load(self, pid: object) -> Spooled:
        if self.spool is not None and isinstance(pid, tuple) and len(pid) == 3 and pid[0] == "spooled":
            return Spooled(self.spool, int(pid[1]), int(pid[2]))
        raise pickle.UnpicklingError("unknown persistent id")


class PagesPickler(pickle.Pickler):
    """A cache entry's pickle: each page as its place in the section written after the pickle
    (write_pages), so that the pickler never holds the pages' bytes."""

    def __init__(self, file: BinaryIO, protocol: int) -> None:
        super().__init__(file, protocol)
        self.pages: list[bytes | Spooled] = []
        self.size = 0

    def persistent_id(self, obj: object) -> tuple[str, int, int] | None:
        if isinstance(obj, Spooled):
            self.pages.append(obj)
            self.size += obj.length
            return ("page", self.size - obj.length, obj.length)
        return None

    def write_pages(self, file: BinaryIO) -> None:
        for page in self.pages:
            file.write(read(page))


class _Section:
    """The pages section of a cache entry as it is read: placed once the pickle is loaded, in the
    current spool (copied there) or, outside a build, in memory."""

    def __init__(self) -> None:
        self.size = 0
        self.spool: Spool | None = None
        self.base = 0
        self.data = b""

    def place(self, file: BinaryIO, start: int) -> None:
        if _current is not None:
            self.spool, self.base = _current, _current.append_from(file, start, self.size)
        else:
            file.seek(start)
            self.data = file.read(self.size)
            if len(self.data) != self.size:
                raise EOFError("the entry ended before its pages did")

    def read(self, offset: int, length: int) -> bytes:
        if self.spool is not None:
            return self.spool.read(self.base + offset, length)
        return self.data[offset:offset + length]


class PagesUnpickling:
    """Reading a cache entry whose pickle is followed by its pages (PagesPickler): persistent ids
    become Spooled pages of one section, placed by `place` once the pickle is loaded."""

    def __init__(self) -> None:
        self.section = _Section()

    def persistent_load(self, pid: object) -> Spooled:
        if not (isinstance(pid, tuple) and len(pid) == 3 and pid[0] == "page"
                and all(isinstance(n, int) and n >= 0 for n in pid[1:])):
            raise pickle.UnpicklingError("unknown persistent id")
        _, offset, length = pid
        self.section.size = max(self.section.size, offset + length)
        return Spooled(self.section, offset, length)
