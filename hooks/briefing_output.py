"""The site folder written over in place, not emptied and written again (the MkDocs side).

MkDocs deletes every entry of site_dir but the hidden ones when a build starts, then creates
every file anew. For a briefing site that is thousands of files deleted and as many created a
moment later, and some file systems make that slow: ext4 without a journal (the machines this
project is measured on) passes over every inode freed in the last minutes for each file it
creates. A warm build of 1,298 briefings spent 2 to 9 s in the kernel on it, more with each
rebuild, against 0.6 s when the same build writes over the files it made last time.

So the old site is kept. Before MkDocs' cleaning its entries are moved into a hidden folder
(cleaning leaves hidden entries alone); once cleaning is done (the files event) they are moved
back, and each old file is marked as not written yet: modification time 0. MkDocs then writes
over the files it makes. After the build every file still marked, one this build did not make,
is deleted, and so is every folder left empty: the site holds what a clean build makes, byte for
byte. A page whose old file already holds exactly its bytes is not written again (holds): writing
over a file truncates it first, and that made writing 2,000 pages take 0.2 to 1 s on those
machines, while most pages of a build after one seed was edited are what they were.

What a write must not go through is deleted when the old site comes back, as cleaning
would have deleted it: links (a write would follow them out of the site), special files, files
with other hard links (a write would change the other name too) and files we may not write. So
is an old file where the build needs a folder, or an old folder where it needs a file. A failed
build has its marked files deleted as well. An entry that cannot be moved (a mount point) leaves
the site to MkDocs' cleaning, as before; with `--dirty` MkDocs cleans nothing, and neither does
this.
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
from collections.abc import Iterable
from pathlib import Path

ASIDE = ".briefing-previous"  # hidden: MkDocs' cleaning leaves it alone
NOT_WRITTEN = 0  # the modification time (ns) of an old file this build has not written yet


class KeptSite:
    """The last build's site, from before MkDocs' cleaning to the end of the build."""

    def __init__(self) -> None:
        self.site: Path | None = None
        self.kept: list[str] = []  # the site's entries moved back after cleaning

    def set_aside(self, site_dir: str | os.PathLike[str]) -> None:
        """Before cleaning: the entries cleaning would delete, moved into the hidden folder."""
        self.site, self.kept = None, []
        site = Path(site_dir)
        if not site.is_dir():
            return
        aside = site / ASIDE
        _remove(aside)  # left by a build that was stopped before it put the old site back
        names = sorted(name for name in os.listdir(site) if not name.startswith("."))
        if not names:
            return
        aside.mkdir()
        moved: list[str] = []
        try:
            for name in names:
                os.rename(site / name, aside / name)
                moved.append(name)
        except OSError:  # a mount point, say: MkDocs' cleaning as usual, on the site as it was
            for name in moved:
                os.rename(aside / name, site / name)
            aside.rmdir()
            return
        self.site = site

    def put_back(self) -> None:
        """After cleaning: the old entries in place again, each old file marked as not written."""
        if self.site is None:
            return
        aside = self.site / ASIDE
        for name in sorted(os.listdir(aside)):
            if os.path.lexists(self.site / name):  # written since cleaning, by a plugin: it stays
                _remove(aside / name)
            else:
                os.rename(aside / name, self.site / name)
                self.kept.append(name)
        aside.rmdir()
        for name in self.kept:
            _mark(self.site / name)

    def holds(self, destination: str | os.PathLike[str], data: bytes) -> bool:
        """Whether the old file at `destination` (a path in the site) is one this build has not
        written yet and holds exactly `data`: then it is marked as written (its time now), and it
        need not be written. False, and nothing done, for anything else."""
        if self.site is None:
            return False
        try:
            found = os.lstat(destination)
            if not stat.S_ISREG(found.st_mode) or found.st_mtime_ns != NOT_WRITTEN or found.st_size != len(data):
                return False
            with open(destination, "rb") as old:
                if old.read(len(data) + 1) != data:
                    return False
            os.utime(destination)
        except OSError:
            return False
        return True

    def make_way(self, destinations: Iterable[str]) -> None:
        """The build writes these files (paths in the site): an old file where one of their
        folders goes, or an old folder where one of them goes, is deleted first."""
        if self.site is None:
            return
        folders: set[str] = set()  # checked: a folder, or not there
        for destination in destinations:
            parts = Path(destination).parts
            for depth in range(1, len(parts)):
                folder = os.path.join(*parts[:depth])
                if folder not in folders:
                    folders.add(folder)
                    path = self.site / folder
                    if _mode(path) not in (None, stat.S_IFDIR):
                        _remove(path)
            path = self.site / destination
            if _mode(path) == stat.S_IFDIR:
                _remove(path)

    def sweep(self) -> int:
        """After the build: the old files it did not write, and folders left empty, deleted.
        Returns the number of files deleted."""
        if self.site is None:
            return 0
        deleted = sum(_sweep(self.site / name) for name in self.kept)
        self.site, self.kept = None, []
        return deleted


def _is_folder(path: Path) -> bool:
    """A folder itself, not a link to one."""
    return _mode(path) == stat.S_IFDIR


def _mode(path: Path) -> int | None:
    """The type of what is at path, not following a link (stat.S_IFDIR, S_IFREG, S_IFLNK, ...), or
    None when nothing is: one system call, where make_way made three for each of 20,000 paths."""
    try:
        return stat.S_IFMT(os.lstat(path).st_mode)
    except OSError:  # not there, or not to be reached: as os.path.lexists says
        return None


def _remove(path: Path) -> None:
    """Delete a file, link or folder tree (never following a link); nothing if there is none."""
    if _is_folder(path):
        shutil.rmtree(path)
    elif os.path.lexists(path):
        path.unlink()


def _mark(path: Path) -> None:
    """Each file under `path` marked as not written; what a write must not go through, deleted."""
    if not _is_folder(path):
        _mark_file(path)
        return
    with os.scandir(path) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                _mark(Path(entry.path))
            else:
                _mark_file(Path(entry.path))


def _mark_file(path: Path) -> None:
    found = os.lstat(path)
    writable = stat.S_ISREG(found.st_mode) and found.st_nlink == 1 and os.access(path, os.W_OK)
    if writable:
        try:
            os.utime(path, ns=(NOT_WRITTEN, NOT_WRITTEN))
            return
        except OSError:
            pass  # not ours to mark: deleted, as cleaning would have
    path.unlink()


def _sweep(path: Path) -> int:
    if not _is_folder(path):
        try:
            marked = os.lstat(path).st_mtime_ns == NOT_WRITTEN  # one call where lexists and lstat were two
        except FileNotFoundError:
            return 0
        if marked:
            path.unlink()
        return int(marked)
    with os.scandir(path) as entries:
        deleted = sum(_sweep(Path(entry.path)) for entry in entries)
    with os.scandir(path) as left:
        empty = next(left, None) is None
    if empty:
        path.rmdir()
    return deleted


class UnwrittenPages(logging.Filter):
    """The pages a build did not write because their old files held them (KeptSite.holds): MkDocs
    writes no page whose HTML a plugin emptied, and says so, once a page, at INFO ("Page skipped:
    ... Generated empty output."); for these pages that is not so, and is not said."""

    def __init__(self) -> None:
        super().__init__()
        self.pages: set[str] = set()

    @classmethod
    def installed(cls, logger: logging.Logger) -> UnwrittenPages:
        """A new filter on `logger`, in place of any an earlier import of the hooks put there."""
        for old in [f for f in logger.filters if type(f).__name__ == cls.__name__]:
            logger.removeFilter(old)
        pages = cls()
        logger.addFilter(pages)
        return pages

    def clear(self) -> None:
        self.pages.clear()

    def add(self, src_uri: str) -> None:
        self.pages.add(f"Page skipped: '{src_uri}'. Generated empty output.")

    def filter(self, record: logging.LogRecord) -> bool:
        return not self.pages or record.getMessage() not in self.pages
