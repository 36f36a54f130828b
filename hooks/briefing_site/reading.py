"""Step 1: find the seed files and read each one into text plus declared metadata.

Seeds are untrusted: paths never leave the seeds folder, YAML is parsed safely with no aliases
and a size cap, and every file that is not taken is either ignored on purpose (hidden files,
editor backups) or reported as a problem.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from pathlib import Path

import yaml

from .model import RawSeed, SeedError, SeedFile, SeedProblem

SEED_SUFFIXES = (".txt", ".md")
SIDECAR_SUFFIXES = (".yml", ".yaml")
MAX_FRONT_MATTER_BYTES = 64_000
LINK_MARKUP = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:[^()\s]{0,2000})\)")
BACKUP_PATTERNS = re.compile(r"(~|\.bak|\.swp|\.swo|\.tmp|\.orig|\.rej)$|^#.*#$", re.IGNORECASE)
# Front matter opens with '---' and a non-blank line: '---' then a blank line is a Markdown rule.
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?=[ \t]*\S)(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
# Terminal escapes (CSI "ESC [ … m", OSC "ESC ] … BEL" with its payload, two-byte ESC codes), then
# the remaining C0 controls other than tab and newline.
CONTROL_CHARS = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]?|"
                           r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def discover_seeds(root: Path) -> tuple[list[SeedFile], list[SeedProblem]]:
    """All seed files under root, sorted, and problems for files that cannot be seeds."""
    root = root.resolve()
    seeds: list[SeedFile] = []
    problems: list[SeedProblem] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not _ignored(d))
        for name in dirnames:
            if (here / name).is_symlink():
                problems.append(_problem(root, here / name, "is a symbolic link to a folder; not followed",
                                         "move the files into the seeds folder"))
        names = sorted(n for n in filenames if not _ignored(n))
        by_stem: dict[str, list[str]] = {}
        for name in names:
            by_stem.setdefault(Path(name).stem, []).append(name)
        for name in names:
            seed, problem = _classify(root, here / name, by_stem[Path(name).stem])
            if seed:
                seeds.append(seed)
            if problem:
                problems.append(problem)
    seeds.sort(key=lambda s: s.source_file)
    return seeds, problems


def _ignored(name: str) -> bool:
    return name.startswith(".") or bool(BACKUP_PATTERNS.search(name))


def _relative(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def _problem(root: Path, path: Path, message: str, hint: str = "") -> SeedProblem:
    return SeedProblem(_relative(root, path), message, hint=hint)


def _classify(root: Path, path: Path, siblings: list[str]) -> tuple[SeedFile | None, SeedProblem | None]:
    """siblings: the names in the same folder that share this file's stem (itself included)."""
    suffix = path.suffix.lower()
    if path.is_symlink() and not _inside(root, path):
        return None, _problem(root, path, "is a symbolic link to a file outside the seeds folder; not read",
                              "copy the file into the seeds folder instead")
    if suffix in SIDECAR_SUFFIXES:
        if any(Path(s).suffix.lower() == ".txt" for s in siblings):
            chosen = _sidecar_for(siblings)
            if chosen is not None and chosen != path.name:
                return None, _problem(root, path, f"is a second metadata sidecar; {chosen} is the one read",
                                      "keep one sidecar per seed")
            return None, None  # read together with its .txt seed
        return None, _problem(root, path, "is a metadata sidecar with no .txt seed of the same name",
                              f"name it after its seed, e.g. {path.stem}.txt + {path.stem}.yml")
    if suffix not in SEED_SUFFIXES:
        return None, _problem(root, path, f"has an unsupported file type '{suffix or '(none)'}'",
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


def _inside(root: Path, path: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def read_seed(seed: SeedFile, root: Path, max_bytes: int) -> RawSeed:
    """Read and decode one seed; raise SeedError with a hint when it cannot be used."""
    data = _read_bytes(seed.path, max_bytes)
    text, encoding = decode_text(data)
    text = clean_text(text)
    cleaning: tuple[str, ...] = ()
    if seed.path.suffix.lower() == ".txt":
        text, links = strip_link_markup(text)
        cleaning = (f"{links} web link markup{'s' if links != 1 else ''} [text](…) reduced to their text",) \
            if links else ()
    declared: dict[str, object] = {}
    declared_in = ""
    body_line = 1
    lines: dict[str, int] = {}
    if seed.path.suffix.lower() == ".md":
        front_matter = text
        declared, text, body_line = split_front_matter(text)
        declared_in = "front matter" if declared else ""
        lines = {key: 1 + line for key, line in key_lines(front_matter.split("\n", body_line)[:body_line - 1]).items()}
    if seed.sidecar is not None:
        if seed.sidecar.is_symlink() and not _inside(root.resolve(), seed.sidecar):
            raise SeedError(f"sidecar '{seed.sidecar.name}' is a symbolic link outside the seeds folder")
        sidecar_text, _ = decode_text(_read_bytes(seed.sidecar, MAX_FRONT_MATTER_BYTES))
        declared = parse_yaml_mapping(sidecar_text, where=f"sidecar {seed.sidecar.name}")
        declared_in = f"sidecar {seed.sidecar.name}"
        lines = {key: 1 + line for key, line in key_lines(sidecar_text).items()}
    if not text.strip():
        raise SeedError("is empty (no text after front matter)" if declared else "is empty",
                        hint="add the document's text or remove the file")
    return RawSeed(seed.source_file, text, hashlib.sha256(data).hexdigest(), encoding,
                   declared, declared_in, body_line, lines, cleaning)


def key_lines(yaml_lines: str | list[str]) -> dict[str, int]:
    """Line (0-based from the text's start) of each top-level key, to point errors at it."""
    lines: dict[str, int] = {}
    rows = yaml_lines.split("\n") if isinstance(yaml_lines, str) else yaml_lines
    for number, line in enumerate(rows):
        match = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if match and match.group(1) not in lines:
            lines[match.group(1)] = number
    return lines


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SeedError(f"is {size:,} bytes, over the limit of {max_bytes:,}",
                            hint="split it, or raise extra.briefing.max_seed_bytes")
        return path.read_bytes()
    except OSError as error:
        raise SeedError(f"cannot be read: {error.strerror or error}") from error


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode by BOM, then UTF-8, then UTF-16 without BOM, then Windows-1252/Latin-1."""
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as error:
                raise SeedError(f"starts with a {name} byte-order mark but is not valid {name}") from error
    utf16 = _utf16_without_bom(data)
    try:
        text, encoding = (data.decode(utf16), utf16) if utf16 else (data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        text, encoding = _decode_legacy(data)
    if _looks_binary(text):
        raise SeedError("is not text (binary content)", hint="seeds must be plain text or Markdown")
    return text, encoding


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


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f\x1b") or c == "\ufffd")
    return "\x00" in sample and controls / len(sample) > 0.05 or controls / len(sample) > 0.30


def strip_link_markup(text: str) -> tuple[str, int]:
    """Copied web pages keep Markdown links ('[agreement](#)'); a plain-text seed shows their text."""
    return LINK_MARKUP.subn(r"\1", text)


def clean_text(text: str) -> str:
    """Normalise line ends and drop characters a page cannot show (NUL, controls, ANSI escapes)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return CONTROL_CHARS.sub("", text)


def split_front_matter(text: str) -> tuple[dict[str, object], str, int]:
    """Front matter of a Markdown seed, the text after it, and the line the text starts on."""
    match = FRONT_MATTER.match(text)
    if not match:
        if re.match(r"---[ \t]*\n[ \t]*\S", text):
            raise SeedError("front matter starts with '---' but has no closing '---'", line=1,
                            hint="close the front matter with a line of three dashes")
        return {}, text, 1
    declared = parse_yaml_mapping(match.group(1) or "", where="front matter", first_line=2)
    return declared, text[match.end():], text[: match.end()].count("\n") + 1


class _NoAliasLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases, which closes the door on 'billion laughs' bombs."""

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "aliases are not allowed", event.start_mark)
        return super().compose_node(parent, index)


def _failing_value_line(text: str) -> int:
    """0-based line of the first top-level value that cannot be constructed, found node by node."""
    try:
        loader = _NoAliasLoader(text)
        node = loader.get_single_node()
    except yaml.YAMLError:
        return 0
    for _, value in node.value if isinstance(node, yaml.MappingNode) else []:
        try:
            loader.construct_object(value, deep=True)
        except (ValueError, KeyError, TypeError, OverflowError, RecursionError, yaml.YAMLError):
            return value.start_mark.line
    return 0


def parse_yaml_mapping(text: str, *, where: str, first_line: int = 1) -> dict[str, object]:
    """Parse a small YAML mapping safely; raise SeedError naming the line on any fault."""
    if len(text.encode("utf-8")) > MAX_FRONT_MATTER_BYTES:
        raise SeedError(f"{where} is over {MAX_FRONT_MATTER_BYTES:,} bytes")
    try:
        value = yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - safe loader subclass
    except (ValueError, KeyError, TypeError, OverflowError, RecursionError) as error:
        # SafeLoader's constructors raise these for values it parsed but cannot build,
        # such as "date: 2024-02-30"; the line is not known for them.
        raise SeedError(f"{where} has a value that cannot be read: {error}",
                        line=first_line + _failing_value_line(text), hint="check dates and numbers") from error
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = first_line + mark.line if mark is not None else first_line
        problem = getattr(error, "problem", None) or str(error)
        raise SeedError(f"{where} is not valid YAML: {problem}", line=line,
                        hint="check quoting and indentation") from error
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise SeedError(f"{where} must be a mapping of keys to values, not {type(value).__name__}",
                        line=first_line)
    return {str(k): v for k, v in value.items()}
