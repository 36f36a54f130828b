"""Step 1b: declared metadata, from a seed's YAML front matter or its sidecar file.

YAML from a seed is untrusted: it is parsed with a safe loader that refuses aliases ("billion
laughs") and duplicate keys, its size is capped, every value is bounded (text length, list
length, nesting, integer size), and any fault while building a value becomes a SeedError that
names the line, never an exception that reaches the build.
"""

from __future__ import annotations

import re

import yaml

from .model import SeedError, one_line, visible

MAX_FRONT_MATTER_BYTES = 64_000
# Front matter opens with '---' and a non-blank line: '---' then a blank line is a Markdown rule.
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?=[ \t]*\S)(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)


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


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases, which closes the door on 'billion laughs' bombs, and
    duplicate keys, which would otherwise silently keep the last value."""

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "aliases are not allowed", event.start_mark)
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
        if isinstance(node, yaml.MappingNode):
            seen: set[object] = set()
            for key_node, _ in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else id(key_node)
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key '{visible(str(key))[:60]}'", key_node.start_mark)
                seen.add(key)
        return super().construct_mapping(node, deep=deep)




# Bounds on a declared value, whatever its type (metadata.py checks the types): metadata is short
# text, a date, a number or a short list of those.
MAX_DECLARED_TEXT = 5_000  # characters in one value
MAX_DECLARED_ITEMS = 100  # items in a list or mapping
MAX_DECLARED_DEPTH = 2  # a list inside a value is fine; a list of lists of lists is not metadata
MAX_DECLARED_INT_BITS = 64  # a YAML integer beyond this cannot be a date, a count or a name


def _bounded(value: object, depth: int = 0) -> str | None:
    """Why a declared value is out of bounds, or None."""
    if isinstance(value, (list, dict)):
        items = list(value.values()) if isinstance(value, dict) else value
        if depth >= MAX_DECLARED_DEPTH:
            return "is nested too deeply"
        if len(items) > MAX_DECLARED_ITEMS:
            return f"has {len(items):,} items, over the limit of {MAX_DECLARED_ITEMS}"
        return next((why for item in items if (why := _bounded(item, depth + 1))), None)
    if isinstance(value, int) and value.bit_length() > MAX_DECLARED_INT_BITS:
        return "is a number too large to be metadata"
    if isinstance(value, str) and len(value) > MAX_DECLARED_TEXT:
        return f"is {len(value):,} characters long, over the limit of {MAX_DECLARED_TEXT:,}"
    return None


def _failing_value_line(text: str) -> int:
    """0-based line of the first top-level value that cannot be constructed, found node by node."""
    try:
        loader = _StrictLoader(text)
        node = loader.get_single_node()
    except Exception:  # noqa: BLE001 - whatever failed before, the line is then unknown
        return 0
    for _, value in node.value if isinstance(node, yaml.MappingNode) else []:
        try:
            loader.construct_object(value, deep=True)
        except Exception:  # noqa: BLE001 - the first value that cannot be built
            return value.start_mark.line
    return 0


def parse_yaml_mapping(text: str, *, where: str, first_line: int = 1) -> dict[str, object]:
    """Parse a small YAML mapping safely; raise SeedError naming the line on any fault."""
    if len(text.encode("utf-8")) > MAX_FRONT_MATTER_BYTES:
        raise SeedError(f"{where} is over {MAX_FRONT_MATTER_BYTES:,} bytes")
    try:
        value = yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - safe loader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = first_line + mark.line if mark is not None else first_line
        problem = getattr(error, "problem", None) or str(error)
        hint = "declare each key once" if problem.startswith("duplicate key") else "check quoting and indentation"
        raise SeedError(f"{where} is not valid YAML: {visible(problem)[:200]}", line=line, hint=hint) from error
    except Exception as error:  # noqa: BLE001
        # SafeLoader's constructors raise ValueError and others (IndexError for "!!int ''",
        # AttributeError for "!!timestamp x") for values they parsed but cannot build, and
        # RecursionError for brackets nested hundreds deep.
        raise SeedError(f"{where} has a value that cannot be read: {one_line(str(error)) or type(error).__name__}",
                        line=first_line + _failing_value_line(text), hint="check dates and numbers") from error
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise SeedError(f"{where} must be a mapping of keys to values, not {type(value).__name__}",
                        line=first_line)
    lines = key_lines(text)
    for key, item in value.items():
        if not isinstance(key, str):
            raise SeedError(f"{where} has a key that is not text ({type(key).__name__})", line=first_line,
                            hint="keys are names such as title, date, publisher")
        why = _bounded(item)
        if why:
            line = lines.get(key)
            raise SeedError(f"{where}: '{visible(key[:60])}' {why}",
                            line=None if line is None else first_line + line, hint="declare short text values")
    return value


def key_lines(yaml_lines: str | list[str]) -> dict[str, int]:
    """Line (0-based from the text's start) of each top-level key, to point errors at it."""
    lines: dict[str, int] = {}
    rows = yaml_lines.split("\n") if isinstance(yaml_lines, str) else yaml_lines
    for number, line in enumerate(rows):
        match = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if match and match.group(1) not in lines:
            lines[match.group(1)] = number
    return lines
