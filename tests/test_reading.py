"""Step 1: finding seed files and reading them into text plus declared metadata."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from briefing_site.front_matter import split_front_matter
from briefing_site.model import SeedError, SeedFile
from briefing_site.reading import clean_text, decode_text, discover_seeds, read_seed
from hypothesis import given, settings
from hypothesis import strategies as st


def _write(path: Path, text: str = "Some words for a seed.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# discover_seeds ---------------------------------------------------------------------------------


def test_discover_finds_seeds_in_subfolders_sorted(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt")
    _write(tmp_path / "a.md")
    _write(tmp_path / "region" / "north" / "c.txt")
    seeds, problems, _ = discover_seeds(tmp_path)
    assert [s.source_file for s in seeds] == ["a.md", "b.txt", "region/north/c.txt"]
    assert problems == []
    assert all(s.path.is_file() for s in seeds)


@pytest.mark.parametrize("name, reason", [
    ("x.txt~", "editor backup"), (".#x.txt", "hidden file"), ("#x.txt#", "editor backup"),
    ("x.txt.swp", "editor backup"), ("x.swp", "editor backup"), (".hidden.txt", "hidden file"),
    ("x.txt.orig", "editor backup"), ("x.tmp", "editor backup")])
def test_discover_skips_hidden_files_and_editor_backups_and_says_so(tmp_path: Path, name: str, reason: str) -> None:
    _write(tmp_path / "real.txt")
    _write(tmp_path / name)
    seeds, problems, skipped = discover_seeds(tmp_path)
    assert [s.source_file for s in seeds] == ["real.txt"]
    assert problems == []
    assert [(s.source_file, s.reason) for s in skipped] == [(name, reason)]


def test_discover_skips_hidden_folders_whole_and_says_so(tmp_path: Path) -> None:
    _write(tmp_path / ".git" / "notes.txt")
    _write(tmp_path / "real.txt")
    seeds, problems, skipped = discover_seeds(tmp_path)
    assert [s.source_file for s in seeds] == ["real.txt"]
    assert problems == []
    assert [(s.source_file, s.reason) for s in skipped] == [(".git/", "hidden folder")]


@pytest.mark.parametrize("folder", ["something.orig", "q1.tmp", "drafts.bak", "x~", "#notes#"])
def test_discover_reads_folders_named_like_backups(tmp_path: Path, folder: str) -> None:
    _write(tmp_path / folder / "report.txt")
    seeds, problems, skipped = discover_seeds(tmp_path)
    assert [s.source_file for s in seeds] == [f"{folder}/report.txt"]
    assert problems == [] and skipped == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_discover_names_a_fifo_and_never_opens_it(tmp_path: Path) -> None:
    _write(tmp_path / "real.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would block forever
    os.mkfifo(tmp_path / "real.yml")  # a sidecar that is a pipe
    seeds, problems, _ = discover_seeds(tmp_path)
    assert [s.source_file for s in seeds] == ["real.txt"]
    assert {p.source_file: p.message for p in problems} == {
        "pipe.txt": "is a named pipe, not a regular file; not read",
        "real.yml": "is a named pipe, not a regular file; not read"}
    with pytest.raises(SeedError, match="sidecar real.yml is not a regular file"):
        read_seed(seeds[0], tmp_path, 2_000_000)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_link_to_a_fifo_inside_is_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "link.txt").symlink_to(tmp_path / "pipe")
    seeds, problems, _ = discover_seeds(tmp_path)
    assert seeds == []
    assert {p.source_file for p in problems} == {"link.txt", "pipe"}
    with pytest.raises(SeedError, match="not a regular file"):  # even if asked directly
        read_seed(SeedFile(tmp_path / "link.txt", "link.txt"), tmp_path, 2_000_000)


def test_a_socket_is_named_not_read(tmp_path: Path) -> None:
    import socket
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "sock.txt"))
    except OSError:
        pytest.skip("unix sockets are not available here")
    try:
        seeds, problems, _ = discover_seeds(tmp_path)
    finally:
        server.close()
    assert seeds == [] and [p.message for p in problems] == ["is a socket, not a regular file; not read"]


def test_file_names_with_controls_are_shown_visibly(tmp_path: Path) -> None:
    _write(tmp_path / "bad\nINFO    -  Documentation built.txt")
    _write(tmp_path / "esc\x1b]0;title\x07\x1b[2K.txt")
    _write(tmp_path / "rtl\u202etxt.md")
    seeds, _, _ = discover_seeds(tmp_path)
    assert [s.source_file for s in seeds] == [
        "bad\\nINFO    -  Documentation built.txt", "esc\\x1b]0;title\\x07\\x1b[2K.txt", "rtl\\u202etxt.md"]
    assert all(s.path.is_file() for s in seeds)  # the real path is kept for reading


def test_discover_reports_unsupported_extension(tmp_path: Path) -> None:
    _write(tmp_path / "real.txt")
    _write(tmp_path / "sub" / "report.pdf")
    seeds, problems, _ = discover_seeds(tmp_path)
    assert [s.source_file for s in seeds] == ["real.txt"]
    assert len(problems) == 1
    assert problems[0].source_file == "sub/report.pdf"
    assert ".pdf" in problems[0].message
    assert problems[0].hint


def test_discover_attaches_sidecar_to_its_txt_seed(tmp_path: Path) -> None:
    _write(tmp_path / "story.txt")
    _write(tmp_path / "story.yml", "title: A title\n")
    seeds, problems, _ = discover_seeds(tmp_path)
    assert problems == []
    assert [s.source_file for s in seeds] == ["story.txt"]
    assert seeds[0].sidecar == (tmp_path / "story.yml").resolve()


def test_discover_reports_orphan_sidecar(tmp_path: Path) -> None:
    _write(tmp_path / "story.txt")
    _write(tmp_path / "lonely.yml", "title: Nobody reads me\n")
    seeds, problems, _ = discover_seeds(tmp_path)
    assert [s.source_file for s in seeds] == ["story.txt"]
    assert seeds[0].sidecar is None
    assert [p.source_file for p in problems] == ["lonely.yml"]
    assert "sidecar" in problems[0].message


def test_discover_reports_symlink_to_file_outside_and_does_not_take_it(tmp_path: Path) -> None:
    outside = _write(tmp_path / "outside" / "secret.txt", "Not for the site.\n")
    seeds_dir = tmp_path / "seeds"
    _write(seeds_dir / "real.txt")
    link = seeds_dir / "linked.txt"
    try:
        link.symlink_to(outside)
    except OSError:
        pytest.skip("symbolic links are not available here")
    seeds, problems, _ = discover_seeds(seeds_dir)
    assert [s.source_file for s in seeds] == ["real.txt"]
    assert [p.source_file for p in problems] == ["linked.txt"]
    assert "outside" in problems[0].message
    assert all(s.path.resolve() != outside.resolve() for s in seeds)


def test_discover_accepts_symlink_to_file_inside(tmp_path: Path) -> None:
    _write(tmp_path / "real.txt")
    try:
        (tmp_path / "alias.txt").symlink_to(tmp_path / "real.txt")
    except OSError:
        pytest.skip("symbolic links are not available here")
    seeds, problems, _ = discover_seeds(tmp_path)
    assert [s.source_file for s in seeds] == ["alias.txt", "real.txt"]
    assert problems == []


def test_a_hidden_folder_holding_the_cache_is_not_listed_as_skipped(tmp_path: Path) -> None:
    """The first build makes the cache: listed, it made the second build's site differ."""
    _write(tmp_path / "a.txt")
    _write(tmp_path / ".state" / "cache" / "entry")
    _write(tmp_path / ".drafts" / "b.txt")
    seeds, _, skipped = discover_seeds(tmp_path, tmp_path / ".state" / "cache")
    assert [s.source_file for s in seeds] == ["a.txt"]
    assert [s.source_file for s in skipped] == [".drafts/"]
    assert [s.source_file for s in discover_seeds(tmp_path)[2]] == [".drafts/", ".state/"]


def test_a_link_to_a_hidden_file_is_not_read(tmp_path: Path) -> None:
    """A hidden file or folder is left out on purpose (drafts, embargoed copy): a link must not publish it."""
    _write(tmp_path / ".drafts" / "embargo.txt")
    _write(tmp_path / ".secret.txt")
    try:
        (tmp_path / "public.txt").symlink_to(tmp_path / ".drafts" / "embargo.txt")
        (tmp_path / "other.txt").symlink_to(".secret.txt")
    except OSError:
        pytest.skip("symbolic links are not available here")
    seeds, problems, _ = discover_seeds(tmp_path)
    assert seeds == []
    assert sorted((p.source_file, "hidden" in p.message) for p in problems) == [("other.txt", True),
                                                                                ("public.txt", True)]


def test_a_link_to_an_editor_backup_is_not_read(tmp_path: Path) -> None:
    _write(tmp_path / "draft.txt~")
    try:
        (tmp_path / "public.txt").symlink_to("draft.txt~")
    except OSError:
        pytest.skip("symbolic links are not available here")
    seeds, problems, _ = discover_seeds(tmp_path)
    assert seeds == [] and [(p.source_file, "backup" in p.message) for p in problems] == [("public.txt", True)]


def test_a_sidecar_linked_to_a_hidden_file_is_not_read(tmp_path: Path) -> None:
    _write(tmp_path / ".private" / "embargo.yml", "title: Embargoed headline\n")
    _write(tmp_path / "report.txt")
    try:
        (tmp_path / "report.yml").symlink_to(".private/embargo.yml")
    except OSError:
        pytest.skip("symbolic links are not available here")
    seeds, _, _ = discover_seeds(tmp_path)
    with pytest.raises(SeedError, match="hidden"):
        read_seed(seeds[0], tmp_path, 1_000_000)


def test_a_file_that_cannot_be_looked_at_is_named_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder listed but not entered ('chmod 644'), a path over the system's length: lstat fails."""
    from briefing_site import reading
    _write(tmp_path / "ok.txt")
    _write(tmp_path / "sub" / "locked.txt")
    classify = reading._classify  # noqa: SLF001

    def refusing(root: Path, path: Path, siblings: list[str]):  # type: ignore[no-untyped-def]
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return classify(root, path, siblings)

    monkeypatch.setattr(reading, "_classify", refusing)
    seeds, problems, _ = discover_seeds(tmp_path)
    assert [s.source_file for s in seeds] == ["ok.txt"]
    assert [(p.source_file, p.message) for p in problems] == [("sub/locked.txt", "cannot be read: Permission denied")]


def test_folders_too_deep_are_named_not_walked(tmp_path: Path) -> None:
    """os.walk recursed once per level (Python 3.11): a thousand levels raised RecursionError."""
    from briefing_site.reading import MAX_FOLDER_DEPTH
    deep = tmp_path.joinpath(*["d"] * (MAX_FOLDER_DEPTH + 2))
    _write(deep / "lost.txt")
    _write(tmp_path / "top.txt")
    seeds, problems, _ = discover_seeds(tmp_path)
    assert [s.source_file for s in seeds] == ["top.txt"]
    assert [p.source_file.count("/") for p in problems] == [MAX_FOLDER_DEPTH]
    assert "folders deep; not read" in problems[0].message


# decode_text -------------------------------------------------------------------------------------


def test_decode_utf8() -> None:
    assert decode_text("Süleyman met officials in Erbil.".encode()) == (
        "Süleyman met officials in Erbil.", "utf-8")


def test_decode_utf8_with_bom_drops_the_bom() -> None:
    text, encoding = decode_text(codecs.BOM_UTF8 + "Türkiye".encode())
    assert text == "Türkiye"
    assert encoding == "utf-8-sig"


def test_decode_utf16_with_bom() -> None:
    text, encoding = decode_text("Türkiye and Iraq".encode("utf-16"))
    assert text == "Türkiye and Iraq"
    assert encoding == "utf-16"


def test_decode_utf16_le_without_bom() -> None:
    data = "Talks in Erbil ended with a café visit.".encode("utf-16-le")
    assert not data.startswith(codecs.BOM_UTF16_LE)
    assert decode_text(data) == ("Talks in Erbil ended with a café visit.", "utf-16-le")


def test_decode_utf16_le_without_bom_ascii_only() -> None:
    """Regression: ASCII-only UTF-16-LE is also valid UTF-8 (NULs included) and was rejected as binary."""
    data = "Talks in Baghdad ended.".encode("utf-16-le")
    assert decode_text(data) == ("Talks in Baghdad ended.", "utf-16-le")


def test_decode_cp1252_fallback() -> None:
    assert decode_text(b"caf\xe9") == ("café", "cp1252")
    assert decode_text(b"\x93quoted\x94") == ("\u201cquoted\u201d", "cp1252")


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00",
    b"abc\x00\x00\x00\x00\x00def\x00\x00\x00",
    bytes(range(256)) * 4,
])
def test_decode_binary_raises(data: bytes) -> None:
    with pytest.raises(SeedError, match="binary"):
        decode_text(data)


# clean_text --------------------------------------------------------------------------------------


def test_clean_text_normalises_line_ends() -> None:
    assert clean_text("one\r\ntwo\rthree\n") == "one\ntwo\nthree\n"


def test_clean_text_removes_ansi_escapes_and_nul() -> None:
    assert clean_text("a\x1b[31mred\x1b[0m b\x00c\x07") == "ared bc"


def test_an_unterminated_terminal_title_escape_removes_no_text() -> None:
    """'ESC ]' opens a terminal title that ends at BEL: without one it took the rest of the document."""
    cleaned = clean_text("Officials met. \x1b]0;title\nThe talks went on for a week.\n\x1b]2;named\x07 Done.")
    assert "The talks went on for a week." in cleaned and "named" not in cleaned and "Done." in cleaned


def test_clean_text_keeps_tabs_and_newlines() -> None:
    assert clean_text("col\tcol\nnext") == "col\tcol\nnext"


# split_front_matter ------------------------------------------------------------------------------


def test_front_matter_valid() -> None:
    declared, body, line = split_front_matter("---\ntitle: Border talks\nkind: news\n---\nBody text.\n")
    assert declared == {"title": "Border talks", "kind": "news"}
    assert body == "Body text.\n"
    assert line == 5


def test_no_front_matter_returns_text_unchanged() -> None:
    assert split_front_matter("Just text.\n") == ({}, "Just text.\n", 1)


def test_front_matter_unclosed_fence() -> None:
    with pytest.raises(SeedError, match="closing") as caught:
        split_front_matter("---\ntitle: never closed\nBody text.\n")
    assert caught.value.line == 1


def test_front_matter_malformed_yaml_names_its_line() -> None:
    with pytest.raises(SeedError, match="not valid YAML") as caught:
        split_front_matter("---\ntitle: fine\nbad: x: y\n---\nBody.\n")
    assert caught.value.line == 3


def test_front_matter_alias_bomb_is_refused() -> None:
    with pytest.raises(SeedError, match="aliases") as caught:
        split_front_matter("---\na: &a [x]\nb: *a\n---\nBody.\n")
    assert caught.value.line == 3


@pytest.mark.parametrize("yaml_text", ["- a\n- b\n", "just a string\n", "42\n"])
def test_front_matter_must_be_a_mapping(yaml_text: str) -> None:
    with pytest.raises(SeedError, match="mapping"):
        split_front_matter(f"---\n{yaml_text}---\nBody.\n")


# read_seed ---------------------------------------------------------------------------------------


def test_read_seed_with_sidecar(tmp_path: Path) -> None:
    _write(tmp_path / "story.txt", "Officials met in Erbil.\r\nThey talked.\r\n")
    _write(tmp_path / "story.yml", "title: Erbil meeting\nkind: news\n")
    [seed], problems, _ = discover_seeds(tmp_path)
    assert problems == []
    raw = read_seed(seed, tmp_path, 10_000)
    assert raw.source_file == "story.txt"
    assert raw.text == "Officials met in Erbil.\nThey talked.\n"
    assert raw.declared == {"title": "Erbil meeting", "kind": "news"}
    assert raw.declared_in == "sidecar story.yml"
    assert raw.declared_lines == {"title": 1, "kind": 2}
    assert raw.body_line == 1
    assert raw.encoding == "utf-8"
    assert len(raw.sha256) == 64


def test_read_seed_markdown_front_matter_lines(tmp_path: Path) -> None:
    path = _write(tmp_path / "note.md", "---\ntitle: A note\nurl: https://example.org/a\n---\nThe text.\n")
    raw = read_seed(SeedFile(path, "note.md"), tmp_path, 10_000)
    assert raw.declared_in == "front matter"
    assert raw.declared_lines == {"title": 2, "url": 3}
    assert raw.body_line == 5
    assert raw.text == "The text.\n"


def test_read_seed_empty_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "empty.txt", "")
    with pytest.raises(SeedError, match="empty") as caught:
        read_seed(SeedFile(path, "empty.txt"), tmp_path, 10_000)
    assert caught.value.hint


def test_read_seed_whitespace_only_is_empty(tmp_path: Path) -> None:
    path = _write(tmp_path / "blank.txt", "  \n\n\t\n")
    with pytest.raises(SeedError, match="empty"):
        read_seed(SeedFile(path, "blank.txt"), tmp_path, 10_000)


def test_read_seed_front_matter_only_is_empty(tmp_path: Path) -> None:
    path = _write(tmp_path / "only.md", "---\ntitle: Nothing below\n---\n")
    with pytest.raises(SeedError, match="no text after front matter"):
        read_seed(SeedFile(path, "only.md"), tmp_path, 10_000)


def test_read_seed_over_size_limit(tmp_path: Path) -> None:
    path = _write(tmp_path / "big.txt", "word " * 100)
    with pytest.raises(SeedError, match="over the limit"):
        read_seed(SeedFile(path, "big.txt"), tmp_path, 50)


def test_discover_upper_case_sidecar_is_read_or_reported(tmp_path: Path) -> None:
    """Regression: Story.YML next to Story.TXT was silently neither read nor reported."""
    _write(tmp_path / "Story.TXT")
    _write(tmp_path / "Story.YML", "title: A title\n")
    seeds, problems, _ = discover_seeds(tmp_path)
    assert [s.source_file for s in seeds] == ["Story.TXT"]
    assert seeds[0].sidecar is not None or [p.source_file for p in problems] == ["Story.YML"]


def test_two_sidecars_read_the_yml_and_report_the_other(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text("Body text here.\n", encoding="utf-8")
    (tmp_path / "r.yml").write_text("title: From yml\n", encoding="utf-8")
    (tmp_path / "r.yaml").write_text("title: From yaml\n", encoding="utf-8")
    seeds, problems, _ = discover_seeds(tmp_path)
    assert [s.sidecar.name for s in seeds if s.sidecar] == ["r.yml"]
    assert [(p.source_file, "r.yml is the one read" in p.message) for p in problems] == [("r.yaml", True)]


def test_a_markdown_rule_at_the_top_is_not_front_matter() -> None:
    declared, text, first_line = split_front_matter("---\n\nText here. More.\n\n---\n\nMore text.\n")
    assert declared == {} and first_line == 1 and text.startswith("---\n\nText here.")


# decoding per line, YAML strictness and bounds, deceptive characters -----------------------------


def test_utf8_with_one_bad_byte_stays_utf8_and_counts_it(tmp_path: Path) -> None:
    seed = tmp_path / "one-bad.txt"
    seed.write_bytes("Türkiye and Iraq met.\nThe talks ".encode() + b"\xff" + " resumed in Şırnak.\n".encode())
    raw = read_seed(SeedFile(seed, "one-bad.txt"), tmp_path, 2_000_000)
    assert raw.encoding == "utf-8"
    assert raw.text.startswith("Türkiye and Iraq met.") and "\ufffd resumed in Şırnak" in raw.text
    assert raw.cleaning == ("1 byte not valid UTF-8 replaced by \ufffd (line 2)",)


def test_an_emoji_written_as_two_encoded_surrogates_leaves_a_utf8_file_utf8() -> None:
    """CESU-8 (Java's, some databases') writes 😀 as six bytes UTF-8 refuses: one bad character, not
    six, beside two well-formed ones; the file was read as Windows-1252 ('TÃ¼rkiye')."""
    from briefing_site.reading import decode_seed
    emoji = "\ud83d\ude00".encode("utf-8", "surrogatepass")
    decoded = decode_seed("Türkiye and Iraq met. ".encode() + emoji + " Talks in Şırnak.\n".encode())
    assert decoded.encoding == "utf-8" and decoded.replaced == 6
    assert decoded.text.startswith("Türkiye and Iraq met. \ufffd") and "Şırnak" in decoded.text


def test_a_file_that_is_not_utf8_as_a_whole_falls_back() -> None:
    text, encoding = decode_text("Café, naïve, Erdoğan’s “talks”".encode("cp1254", "replace"))
    assert encoding in ("cp1252", "latin-1") and text.startswith("Caf")


def test_bad_bytes_on_many_lines_report_the_first_lines() -> None:
    from briefing_site.reading import decode_seed
    data = "Türkiye ".encode() * 20 + b"".join(b"line \xff\n" for _ in range(8))
    decoded = decode_seed(data)
    assert decoded.encoding == "utf-8" and decoded.replaced == 8 and decoded.replaced_lines == (1, 2, 3, 4, 5)


@pytest.mark.parametrize("front_matter, line, message", [
    ("title: One\ntitle: Two\n", 3, "not valid YAML: duplicate key 'title'"),
    ("title: One\ntags: {a: 1, a: 2}\n", 3, "not valid YAML: duplicate key 'a'"),
    ("title: 0x" + "f" * 5000 + "\n", 2, "'title' is a number too large to be metadata"),
    ("title: 0b" + "1" * 100 + "\n", 2, "'title' is a number too large to be metadata"),
    ("title: " + "9" * 5000 + "\n", 2, "has a value that cannot be read"),
    ("tags: [[[deep]]]\n", 2, "'tags' is nested too deeply"),
    ("tags: [" + ", ".join(["t"] * 101) + "]\n", 2, "'tags' has 101 items, over the limit of 100"),
    ("title: '" + "x" * 5001 + "'\n", 2, "'title' is 5,001 characters long, over the limit of 5,000"),
    ("12: x\n", 2, "has a key that is not text (int)"),
    ("title: " + "[" * 400 + "]" * 400 + "\n", 2, "has a value that cannot be read"),  # RecursionError
    ("title: !!int\n", 2, "has a value that cannot be read"),  # PyYAML: IndexError
    ("title: !!float ''\n", 2, "has a value that cannot be read"),
    ("date: !!timestamp x\n", 2, "has a value that cannot be read"),  # PyYAML: AttributeError
])
def test_yaml_is_strict_and_bounded(tmp_path: Path, front_matter: str, line: int, message: str) -> None:
    seed = tmp_path / "x.md"
    seed.write_text(f"---\n{front_matter}---\nThe ministry said so.\n", encoding="utf-8")
    with pytest.raises(SeedError) as error:
        read_seed(SeedFile(seed, "x.md"), tmp_path, 2_000_000)
    assert message in error.value.message
    assert error.value.line == line
    assert len(error.value.message) < 300


def test_bidi_and_zero_width_characters_are_removed_and_counted(tmp_path: Path) -> None:
    seed = tmp_path / "x.md"
    seed.write_text("---\ntitle: \"Ali \u202eayakilreY\"\ntags: [\"a\u200bb\"]\n---\n"
                    "The minister\u2066 Ali\u2069 said\u200b so. \u0627\u0644\u200f\u200c text stays.\n",
                    encoding="utf-8")
    raw = read_seed(SeedFile(seed, "x.md"), tmp_path, 2_000_000)
    assert raw.declared == {"title": "Ali ayakilreY", "tags": ["ab"]}
    assert raw.text == "The minister Ali said so. \u0627\u0644\u200f\u200c text stays.\n"  # marks and joiners stay
    assert raw.cleaning == ("5 invisible direction, zero-width or control characters removed",)


def test_control_characters_in_declared_values_are_removed_and_counted(tmp_path: Path) -> None:
    seed = tmp_path / "x.md"
    seed.write_text('---\ntitle: "Red\\e[31m alert\\x07"\ndek: "two\\nlines"\n---\nThe ministry said so.\n',
                    encoding="utf-8")
    raw = read_seed(SeedFile(seed, "x.md"), tmp_path, 2_000_000)
    # the escape is gone with its parameters ("[31m"), the line break stays
    assert raw.declared == {"title": "Red alert", "dek": "two\nlines"}
    assert raw.cleaning == ("2 invisible direction, zero-width or control characters removed",)


def test_lone_surrogates_in_declared_values_are_removed_and_counted(tmp_path: Path) -> None:
    """YAML's "\\ud800" is no character: left in, briefing.json could not be written as UTF-8."""
    seed = tmp_path / "x.md"
    seed.write_text('---\ntitle: "Report \\ud800 on talks"\nauthors: ["A \\udcff"]\n---\nThe ministry said so.\n',
                    encoding="utf-8")
    raw = read_seed(SeedFile(seed, "x.md"), tmp_path, 2_000_000)
    assert raw.declared == {"title": "Report  on talks", "authors": ["A "]}
    assert raw.cleaning == ("2 invisible direction, zero-width or control characters removed",)


def test_names_written_alike_once_escaped_are_two_seeds(tmp_path: Path) -> None:
    """An escape byte in a name is shown as the four characters \\x1b; a name holding those four
    characters is another file, and another seed (it was one seed, and the other was lost)."""
    for name, text in (("esc\x1b.txt", "Report alpha."), ("esc\\x1b.txt", "Report beta."),
                       ("lat\udce9.txt", "Report gamma."), ("lat\\xe9.txt", "Report delta.")):
        (tmp_path / name).write_bytes(text.encode())  # "\udce9": the byte 0xe9 (os.fsencode)
    seeds, problems, _ = discover_seeds(tmp_path)
    shown = [s.source_file for s in seeds]
    assert len(set(shown)) == len(shown) == 4 and not problems
    assert "esc\\x1b.txt" in shown and "esc\\\\x1b.txt" in shown


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([chr(c) for c in range(0, 40)] + ["a", "é", "\ufffd", "\u2028"]),
               max_size=60))
def test_binary_controls_are_counted_as_one_test_per_character_would(text: str) -> None:
    from briefing_site.reading import _BINARY_CHARS

    expected = sum(1 for c in text if (ord(c) < 32 and c not in "\t\n\r\f\x1b") or c == "\ufffd")
    assert len(_BINARY_CHARS.findall(text)) == expected


def test_an_oversized_sidecar_is_not_told_to_raise_the_seed_limit(tmp_path: Path) -> None:
    from briefing_site.front_matter import MAX_FRONT_MATTER_BYTES
    _write(tmp_path / "report.txt")
    _write(tmp_path / "report.yml", "title: x\n" + "# padding\n" * (MAX_FRONT_MATTER_BYTES // 10 + 1))
    seeds, _, _ = discover_seeds(tmp_path)
    with pytest.raises(SeedError) as caught:
        read_seed(seeds[0], tmp_path, 1_000_000)
    assert "max_seed_bytes" not in (caught.value.hint or "") and "sidecar" in caught.value.hint
