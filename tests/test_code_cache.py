"""The generator's compiled modules kept in the cache folder (code_cache.py) where Python writes
none: used when whole and of the current source, compiled again when missing, damaged or stale;
never beside the sources, and not at all when Python keeps its own compiled code."""

from __future__ import annotations

import builtins
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from briefing_site import code_cache
from briefing_site.code_cache import SUFFIX, CodeFolder, kept_code

PACKAGE = "kept_code_sample"


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A package of one module, importable afresh by each test, with Python writing no compiled code."""
    root = tmp_path / "src"
    (root / PACKAGE).mkdir(parents=True)
    (root / PACKAGE / "__init__.py").write_text("")
    (root / PACKAGE / "words.py").write_text("WORD = 'first'\n")
    monkeypatch.syspath_prepend(str(root))
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    yield root / PACKAGE
    for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
        del sys.modules[name]


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files compiled from source while importing."""
    paths: list[str] = []
    compile_source = builtins.compile

    def counting(source, filename, *args, **kwargs):  # type: ignore[no-untyped-def]
        paths.append(str(filename))
        return compile_source(source, filename, *args, **kwargs)

    monkeypatch.setattr(builtins, "compile", counting)
    return paths


def _imported(cache: Path | None) -> str:
    """words.WORD, imported as a new build imports it."""
    for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
        del sys.modules[name]
    with kept_code(cache, PACKAGE):
        from kept_code_sample import words  # type: ignore[import-not-found]
    return words.WORD


def _words_compiled(compiled: list[str]) -> int:
    return sum(path.endswith("words.py") for path in compiled)


def _files(cache: Path) -> list[Path]:
    return sorted((cache / code_cache.FOLDER).glob(f"*{SUFFIX}"))


def test_a_second_import_loads_what_the_first_compiled(package: Path, tmp_path: Path, compiled: list[str]) -> None:
    cache = tmp_path / "cache"
    assert _imported(cache) == "first" and _words_compiled(compiled) == 1
    assert [f.name.split(".")[:2] for f in _files(cache)] == [[PACKAGE, "words"]]
    assert not (package / "__pycache__").exists()  # nothing beside the sources, as Python was told
    compiled.clear()
    assert _imported(cache) == "first" and _words_compiled(compiled) == 0


def test_a_changed_source_is_compiled_again_and_replaces_its_file(package: Path, tmp_path: Path,
                                                                 compiled: list[str]) -> None:
    cache = tmp_path / "cache"
    _imported(cache)
    (package / "words.py").write_text("WORD = 'second'\n")
    assert _imported(cache) == "second" and _words_compiled(compiled) == 2
    assert len(_files(cache)) == 1
    compiled.clear()
    assert _imported(cache) == "second" and _words_compiled(compiled) == 0


@pytest.mark.parametrize("damage", ["truncated", "flipped", "empty", "another python"])
def test_a_damaged_or_foreign_file_is_compiled_again(package: Path, tmp_path: Path, compiled: list[str],
                                                    damage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    _imported(cache)
    file = _files(cache)[0]
    data = file.read_bytes()
    if damage == "truncated":
        file.write_bytes(data[:-5])
    elif damage == "flipped":
        file.write_bytes(data[:-3] + bytes([data[-3] ^ 1]) + data[-2:])
    elif damage == "empty":
        file.write_bytes(b"")
    else:
        monkeypatch.setattr(code_cache.importlib.util, "MAGIC_NUMBER", b"\x00\x01\r\n")
    compiled.clear()
    assert _imported(cache) == "first" and _words_compiled(compiled) == 1


def test_the_kept_code_is_what_is_run(package: Path, tmp_path: Path) -> None:
    """Whole and of this source, the file's code is run: not compiled anew and merely checked."""
    cache = tmp_path / "cache"
    source = (package / "words.py").read_bytes()
    path = str(package / "words.py")
    folder = CodeFolder(cache / code_cache.FOLDER)
    (cache / code_cache.FOLDER).mkdir(parents=True)
    file = folder._file(f"{PACKAGE}.words", path)
    code = compile("WORD = 'from the cache'\n", path, "exec")
    payload = code_cache.importlib.util.MAGIC_NUMBER + code_cache._digest(source) + code_cache.marshal.dumps(code)
    file.write_bytes(code_cache._MAGIC + code_cache._digest(payload) + payload)
    assert _imported(cache) == "from the cache"


def test_nothing_is_kept_when_python_keeps_its_own_or_there_is_no_cache(package: Path, tmp_path: Path,
                                                                        compiled: list[str],
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    assert _imported(None) == "first" and _imported(None) == "first"
    assert _words_compiled(compiled) == 2
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "python's own"))
    cache = tmp_path / "cache"
    assert _imported(cache) == "first" and not (cache / code_cache.FOLDER).exists()


def test_an_unwritable_folder_leaves_the_import_compiling(package: Path, tmp_path: Path, compiled: list[str]) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be")
    assert _imported(blocked) == "first" and _imported(blocked) == "first"
    assert _words_compiled(compiled) == 2


def test_only_the_package_s_modules_and_only_within(package: Path, tmp_path: Path) -> None:
    other = package.parent / "kept_code_other.py"
    other.write_text("X = 1\n")
    cache = tmp_path / "cache"
    finders = list(sys.meta_path)
    try:
        with kept_code(cache, PACKAGE):
            import kept_code_other  # type: ignore[import-not-found]  # noqa: F401
            from kept_code_sample import words  # type: ignore[import-not-found]  # noqa: F401
    finally:
        sys.modules.pop("kept_code_other", None)
    assert [f.name.split(".")[1] for f in _files(cache)] == ["words"]
    assert sys.meta_path == finders
