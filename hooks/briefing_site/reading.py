"""Step 1: find the seed files and read each one into text plus declared metadata.

Seeds are untrusted: paths never leave the seeds folder, only regular files are opened, front
matter is parsed strictly (front_matter.py), and every file that is not taken is either skipped
on purpose and reported as skipped (hidden files and folders, editor backups) or reported as a
problem. Paths are shown with control characters made visible.
"""

from __future__ import annotations

import codecs
import hashlib
import itertools
import os
import re
import stat
from pathlib import Path
from typing import NamedTuple

from .front_matter import MAX_FRONT_MATTER_BYTES, key_lines, parse_yaml_mapping, split_front_matter
from .markdown_text import plain_text
from .model import RawSeed, SeedError, SeedFile, SeedProblem, SkippedFile, visible, visible_path

SEED_SUFFIXES = (".txt", ".md")
SIDECAR_SUFFIXES = (".yml", ".yaml")
LINK_MARKUP = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:[^()\s]{0,2000})\)")
BACKUP_PATTERNS = re.compile(r"(~|\.bak|\.swp|\.swo|\.tmp|\.orig|\.rej)$|^#.*#$", re.IGNORECASE)
MAX_FOLDER_DEPTH = 64  # folders below the seeds folder: deeper ones are reported, not walked
REPORTED_LINES = 5  # lines named on the card for bytes that were not valid UTF-8
# Bidi embeddings, overrides and isolates (they reorder what follows), zero-width spaces, word
# joiners and stray byte-order marks (they split or disguise words). Joiners U+200C/D and the
# direction marks U+200E/F stay: scripts such as Persian and Arabic need them, and they cannot
# reorder text on their own. Labels built from the text are isolated with <bdi> in the pages.
DECEPTIVE = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\u2060-\u2064\ufeff]")
BAD_BYTE = re.compile("[\udc80-\udcff]")  # a byte that is not UTF-8, as surrogateescape decodes it
# Terminal escapes (CSI "ESC [ … m", OSC "ESC ] … BEL" with its payload, two-byte ESC codes), then
# the remaining C0 controls other than tab and newline.
# An OSC's payload is removed only with its terminator, and within its line: an "ESC ]" with none
# after it removed the rest of the document (to the next BEL or ESC), silently.
CONTROL_CHARS = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]{0,4096}(?:\x07|\x1b\\)|\x1b[@-Z\\-_]?|"
                           r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def discover_seeds(root: Path, cache: Path | None = None) -> tuple[list[SeedFile], list[SeedProblem],
                                                                 list[SkippedFile]]:
    """All seed files under root, sorted; problems for files that cannot be seeds; and what was
    skipped on purpose (hidden files and folders, editor backups), each with its reason. A hidden
    folder holding the build's own cache (a setting allows it) is not listed: the first build made
    it, and the second listed it, so the two sites differed and the cached site never matched."""
    root = root.resolve()
    own = _resolved(cache)
    seeds: list[SeedFile] = []
    problems: list[SeedProblem] = []
    skipped: list[SkippedFile] = []

    def unreadable(error: OSError) -> None:
        where = Path(error.filename) if error.filename else root
        problems.append(_problem(root, where, f"is a folder that cannot be read: {error.strerror or error}",
                                 "check its permissions"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=False):
        here = Path(dirpath)
        for name in sorted(dirnames):
            if name.startswith(".") and not _holds(here / name, own):
                skipped.append(SkippedFile(_relative(root, here / name) + "/", "hidden folder"))
            elif _is_symlink(here / name):
                problems.append(_problem(root, here / name, "is a symbolic link to a folder; not followed",
                                         "move the files into the seeds folder"))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not _is_symlink(here / d))
        if dirnames and len(here.relative_to(root).parts) >= MAX_FOLDER_DEPTH:
            # os.walk recurses once per level (Python 3.11): a folder a thousand levels deep raised
            # RecursionError, a traceback that named no seed.
            problems.extend(_problem(root, here / d, f"is more than {MAX_FOLDER_DEPTH} folders deep; not read",
                                     "move its files nearer the top of the seeds folder") for d in dirnames)
            dirnames[:] = []
        _take_files(root, here, filenames, seeds, problems, skipped)
    seeds.sort(key=lambda s: s.source_file)
    skipped.sort(key=lambda s: s.source_file)
    return seeds, problems, skipped


def _is_symlink(path: Path) -> bool:
    """Whether path is a symbolic link; False when it cannot be looked at (the walk then reports
    the folder as one that cannot be read)."""
    try:
        return path.is_symlink()
    except OSError:
        return False


def _resolved(path: Path | None) -> Path | None:
    try:
        return path.resolve() if path is not None else None
    except (OSError, RuntimeError):
        return None


def _holds(folder: Path, inner: Path | None) -> bool:
    """Whether `inner` is the folder or inside it."""
    return inner is not None and inner.is_relative_to(folder)


def _take_files(root: Path, here: Path, filenames: list[str], seeds: list[SeedFile], problems: list[SeedProblem],
                skipped: list[SkippedFile]) -> None:
    """Sort one folder's files into seeds, problems and skipped files."""
    names = []
    for name in sorted(filenames):
        reason = skip_reason(name)
        if reason:
            skipped.append(SkippedFile(_relative(root, here / name), reason))
        else:
            names.append(name)
    by_stem: dict[str, list[str]] = {}
    for name in names:
        by_stem.setdefault(Path(name).stem, []).append(name)
    for name in names:
        try:
            seed, problem = _classify(root, here / name, by_stem[Path(name).stem])
        except OSError as error:  # a folder that can be listed but not entered (no 'x'): lstat fails
            seed, problem = None, _problem(root, here / name, f"cannot be read: {error.strerror or error}",
                                           "check its permissions and its folder's")
        if seed:
            seeds.append(seed)
        if problem:
            problems.append(problem)


def skip_reason(name: str) -> str | None:
    """Why a file is left out on purpose, or None. Folders are skipped only when hidden."""
    if name.startswith("."):
        return "hidden file"
    if BACKUP_PATTERNS.search(name):
        return "editor backup"
    return None


def _relative(root: Path, path: Path) -> str:
    """The path as shown everywhere (log, pages, export): relative, '/'-separated, and with control,
    invisible and undecodable characters written as escapes, so a file name cannot forge a line."""
    return visible_path(path.relative_to(root).as_posix())


def _problem(root: Path, path: Path, message: str, hint: str = "") -> SeedProblem:
    return SeedProblem(_relative(root, path), message, hint=hint, step="finding")


FILE_KINDS = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
              (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder"))


def _special(path: Path) -> str | None:
    """What a path is when it is not a regular file ('a named pipe'), without opening it.
    A symbolic link is judged by what it points to."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # dangling links and vanished files are reported by the caller
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in FILE_KINDS if test(mode)), "not a regular file")


def _classify(root: Path, path: Path, siblings: list[str]) -> tuple[SeedFile | None, SeedProblem | None]:
    """siblings: the names in the same folder that share this file's stem (itself included)."""
    suffix = path.suffix.lower()
    if path.is_symlink() and not _inside(root, path):
        return None, _problem(root, path, "is a symbolic link to a file outside the seeds folder; not read",
                              "copy the file into the seeds folder instead")
    if path.is_symlink() and _hidden_target(root, path):
        return None, _problem(root, path, "is a symbolic link to a hidden file or into a hidden folder; not read",
                              "hidden files are left out on purpose: link to one that is not hidden")
    if path.is_symlink() and skip_reason(path.resolve().name):
        return None, _problem(root, path, "is a symbolic link to an editor backup; not read",
                              "backups are left out on purpose: link to the file itself")
    special = _special(path)
    if special:
        return None, _problem(root, path, f"is {special}, not a regular file; not read",
                              "seeds must be regular .txt or .md files")
    if suffix in SIDECAR_SUFFIXES:
        if any(Path(s).suffix.lower() == ".txt" for s in siblings):
            chosen = _sidecar_for(siblings)
            if chosen is not None and chosen != path.name:
                return None, _problem(root, path, f"is a second metadata sidecar; {visible(chosen)} is the one read",
                                      "keep one sidecar per seed")
            return None, None  # read together with its .txt seed
        return None, _problem(root, path, "is a metadata sidecar with no .txt seed of the same name",
                              visible(f"name it after its seed, e.g. {path.stem}.txt + {path.stem}.yml"))
    if suffix not in SEED_SUFFIXES:
        return None, _problem(root, path, f"has an unsupported file type '{visible(suffix) or '(none)'}'",
                              "seeds must be .txt or .md files")
    sidecar = None
    if suffix == ".txt":
        chosen = _sidecar_for(siblings)
        sidecar = path.with_name(chosen) if chosen else None
    return SeedFile(path, _relative(root, path), sidecar), None


def _sidecar_for(siblings: list[str]) -> str | None:
    """The sidecar read for a seed: '.yml' before '.yaml', then by name, so the choice is stable."""
    sidecars = [s for s in siblings if Path(s).suffix.lower() in SIDECAR_SUFFIXES]
    return min(sidecars, key=lambda s: (Path(s).suffix.lower() != ".yml", s)) if sidecars else None


def _hidden_target(root: Path, path: Path) -> bool:
    """Whether the link leads to a file the walk skips as hidden (seeds/.drafts/embargo.txt)."""
    return any(part.startswith(".") for part in path.resolve().relative_to(root).parts)


def _inside(root: Path, path: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def read_seed(seed: SeedFile, root: Path, max_bytes: int) -> RawSeed:
    """Read and decode one seed; raise SeedError with a hint when it cannot be used."""
    data = _read_bytes(seed.path, max_bytes)
    decoded = decode_seed(data)
    text, hidden = strip_deceptive(clean_text(decoded.text))
    cleaning: list[str] = []
    if decoded.replaced:
        lines = ", ".join(map(str, decoded.replaced_lines)) + (", …" if decoded.replaced > REPORTED_LINES else "")
        cleaning.append(f"{_count(decoded.replaced, 'byte')} not valid UTF-8 replaced by \ufffd (line {lines})")
    if seed.path.suffix.lower() == ".txt":
        text, links = strip_link_markup(text)
        if links:
            cleaning.append(f"{_count(links, 'web link markup')} [text](…) reduced to their text")
    declared: dict[str, object] = {}
    declared_in = ""
    body_line = 1
    hints: dict[int, str] = {}
    lines: dict[str, int] = {}
    if seed.path.suffix.lower() == ".md":
        front_matter = text
        declared, text, body_line = split_front_matter(text)
        declared_in = "front matter" if declared else ""
        lines = {key: 1 + line for key, line in key_lines(front_matter.split("\n", body_line)[:body_line - 1]).items()}
        text, hints = plain_text(text)
    if seed.sidecar is not None:
        declared, lines = _read_sidecar(seed.sidecar, root)
        declared_in = f"sidecar {visible(seed.sidecar.name)}"
    declared, hidden_declared = _strip_declared(declared)
    if hidden + hidden_declared:
        cleaning.append(f"{_count(hidden + hidden_declared, 'invisible direction, zero-width or control character')} "
                        "removed")
    if not text.strip():
        raise SeedError("is empty (no text after front matter)" if declared else "is empty",
                        hint="add the document's text or remove the file")
    return RawSeed(seed.source_file, text, hashlib.sha256(data).hexdigest(), decoded.encoding,
                   declared, declared_in, body_line, lines, tuple(cleaning), hints)


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _read_sidecar(sidecar: Path, root: Path) -> tuple[dict[str, object], dict[str, int]]:
    name = visible(sidecar.name)
    if sidecar.is_symlink() and not _inside(root.resolve(), sidecar):
        raise SeedError(f"sidecar '{name}' is a symbolic link outside the seeds folder")
    if sidecar.is_symlink() and _hidden_target(root.resolve(), sidecar):
        raise SeedError(f"sidecar '{name}' is a symbolic link to a hidden file or into a hidden folder; not read",
                        hint="hidden files are left out on purpose: link to one that is not hidden")
    try:
        sidecar_text, _ = decode_text(_read_bytes(sidecar, MAX_FRONT_MATTER_BYTES,
                                                  "a sidecar holds metadata only: keep it short"))
    except SeedError as error:
        raise SeedError(f"sidecar {name} {error.message}", hint=error.hint) from error
    declared = parse_yaml_mapping(sidecar_text, where=f"sidecar {name}")
    return declared, {key: 1 + line for key, line in key_lines(sidecar_text).items()}


def strip_deceptive(text: str) -> tuple[str, int]:
    """Remove the characters that can make a name read backwards or two names look alike
    (DECEPTIVE); return the text and how many were removed."""
    return DECEPTIVE.subn("", text)


# Control characters a declared value can carry through YAML escapes ("\e", "\x07"): a terminal
# escape (with its parameters: "\e[31m" leaves no "[31m") or a bell in a title, never text; and
# lone surrogates ("\ud800"), which are no character at all and cannot be written as UTF-8 (the
# export would not have been JSON). Tabs and line breaks stay (a folded dek has them).
DECLARED_CONTROLS = re.compile(CONTROL_CHARS.pattern + r"|[\x7f-\x9f\ud800-\udfff]")


def _strip_deceptive_value(value: object) -> tuple[object, int]:
    if isinstance(value, str):
        text, deceptive = strip_deceptive(value)
        text, controls = DECLARED_CONTROLS.subn("", text)
        return text, deceptive + controls
    if isinstance(value, list):
        cleaned = [_strip_deceptive_value(item) for item in value]
        return [item for item, _ in cleaned], sum(n for _, n in cleaned)
    return value, 0


def _strip_declared(declared: dict[str, object]) -> tuple[dict[str, object], int]:
    cleaned = {key: _strip_deceptive_value(value) for key, value in declared.items()}
    return {key: value for key, (value, _) in cleaned.items()}, sum(n for _, n in cleaned.values())


def _read_bytes(path: Path, max_bytes: int,
                hint: str = "split it, or raise extra.briefing.max_seed_bytes") -> bytes:
    """The file's bytes, read only if it is a regular file of at most max_bytes. Opened without
    blocking and checked on the open descriptor, so a pipe swapped in after discovery cannot hang
    the build. `hint` is what to do about a file over the limit."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as error:
        raise SeedError(f"cannot be read: {error.strerror or error}") from error
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise SeedError("is not a regular file; not read", hint="seeds must be regular .txt or .md files")
        if info.st_size > max_bytes:
            raise SeedError(f"is {info.st_size:,} bytes, over the limit of {max_bytes:,}", hint=hint)
        try:
            return handle.read(max_bytes + 1)[:max_bytes]
        except OSError as error:
            raise SeedError(f"cannot be read: {error.strerror or error}") from error


class Decoded(NamedTuple):
    text: str
    encoding: str
    replaced: int = 0  # bytes that were not valid UTF-8, each replaced by U+FFFD
    replaced_lines: tuple[int, ...] = ()  # the first few lines (1-based) they were on


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read in (see decode_seed)."""
    decoded = decode_seed(data)
    return decoded.text, decoded.encoding


def decode_seed(data: bytes) -> Decoded:
    """Decode by BOM, then UTF-8, then UTF-16 without BOM, then Windows-1252/Latin-1.

    A file that is UTF-8 but for a few bad bytes stays UTF-8, those bytes replaced by U+FFFD and
    counted; a legacy encoding is chosen only when the file as a whole does not read as UTF-8
    (more bad bytes than well-formed non-ASCII characters)."""
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _checked(Decoded(data.decode(name), name))
            except UnicodeDecodeError as error:
                raise SeedError(f"starts with a {name} byte-order mark but is not valid {name}") from error
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return _checked(Decoded(data.decode(utf16), utf16))
        except UnicodeDecodeError:
            pass
    return _checked(_utf8_or_legacy(data))


def _utf8_or_legacy(data: bytes) -> Decoded:
    text = data.decode("utf-8", errors="surrogateescape")  # each bad byte becomes one lone surrogate
    bad = [m.start() for m in BAD_BYTE.finditer(text)]
    if not bad:
        return Decoded(text, "utf-8")
    well_formed = sum(1 for c in text if c > "\x7f") - len(bad)
    # Bad bytes side by side count once: an emoji written as two encoded surrogates (CESU-8, six
    # bytes) is one bad character, not six, and a UTF-8 file with one and a few accents is UTF-8.
    # A legacy encoding's accents are each a byte of their own.
    runs = 1 + sum(1 for before, after in itertools.pairwise(bad) if after != before + 1)
    if well_formed < runs:
        return Decoded(*_decode_legacy(data))
    lines = sorted({text.count("\n", 0, position) + 1 for position in bad[:REPORTED_LINES]})
    return Decoded(BAD_BYTE.sub("\ufffd", text), "utf-8", len(bad), tuple(lines))


def _checked(decoded: Decoded) -> Decoded:
    if _looks_binary(decoded.text):
        raise SeedError("is not text (binary content)", hint="seeds must be plain text or Markdown")
    return decoded


def _utf16_without_bom(data: bytes) -> str | None:
    """Mostly-ASCII UTF-16 has a NUL in every other byte: on the odd side (LE) or even (BE)."""
    if len(data) < 4:
        return None
    half = len(data) // 2
    if data[1::2].count(0) > half * 0.6 and data[0::2].count(0) < half * 0.1:
        return "utf-16-le"
    if data[0::2].count(0) > half * 0.6 and data[1::2].count(0) < half * 0.1:
        return "utf-16-be"
    return None


def _decode_legacy(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


# Controls no text file holds (C0 but tab, line feed, form feed, carriage return and ESC), and the
# replacement character: one regex scan per seed rather than a Python test per character.
_BINARY_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\ufffd]")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    controls = len(_BINARY_CHARS.findall(sample))
    return "\x00" in sample and controls / len(sample) > 0.05 or controls / len(sample) > 0.30


def strip_link_markup(text: str) -> tuple[str, int]:
    """Copied web pages keep Markdown links ('[agreement](#)'); a plain-text seed shows their text."""
    return LINK_MARKUP.subn(r"\1", text)


def clean_text(text: str) -> str:
    """Normalise line ends and drop characters a page cannot show (NUL, controls, ANSI escapes)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return CONTROL_CHARS.sub("", text)
