"""`python -m briefing_site`: the pipeline from the command line, without a MkDocs build.

    check [-f mkdocs.yml] [--format text|json]   what a reviewer should look at in each seed
    write-docs OUT [-f mkdocs.yml] [--strict]     every generated page as Markdown, and briefing.json

Run from the repository root with hooks/ on the path: `PYTHONPATH=hooks python -m briefing_site check`.
mkdocs.yml is read by MkDocs' own loader (its `!ENV` tags, defaults and validation) and
extra.briefing by briefing_config, exactly as a build reads them. This front end is the only
part of the package that touches MkDocs; the pipeline, checks and writing know nothing of it.
Exit status: 0; 1 when `check` finds what extra.briefing.require lists (or `write-docs --strict`
meets a problem); 2 for a bad command line or configuration.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import pipeline
from .checks import as_json, as_text, check_site
from .model import Settings, SiteBuild, visible
from .write_docs import WriteDocsError, docs_files, write_docs

log = logging.getLogger("briefing_site")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s", stream=sys.stderr)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's notice about MkDocs 2: not ours to print
    try:
        return args.run(args)
    except _Refused as error:
        print(f"briefing_site {args.command}: {error}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m briefing_site",
                                     description="The briefing pipeline without a MkDocs build.")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="what a reviewer should look at in each seed before publishing")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.set_defaults(run=_check)
    write = commands.add_parser("write-docs", help="write every generated page as Markdown, and briefing.json")
    write.add_argument("out", type=Path, help="folder to write into (a copy of docs/, say), at the build's paths")
    write.add_argument("--strict", action="store_true", help="exit 1 when a seed or page had a problem")
    write.set_defaults(run=_write_docs)
    for command in (check, write):
        command.add_argument("-f", "--config-file", type=Path, default=Path("mkdocs.yml"),
                             help="the site's mkdocs.yml (default: ./mkdocs.yml)")
    return parser


class _Refused(Exception):
    """A configuration or an output folder the command cannot work with."""


def _config(config_file: Path):  # type: ignore[no-untyped-def]  # -> MkDocsConfig
    """mkdocs.yml as MkDocs reads it; a fault in it as _Refused."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    if not config_file.is_file():
        raise _Refused(f"no configuration file at {config_file} (pass -f path/to/mkdocs.yml)")
    try:
        return load_config(config_file=str(config_file))
    except MkDocsException as error:  # Abort too (a SystemExit): MkDocs has logged what is wrong
        raise _Refused(str(error)) from error


def _settings(config) -> Settings:  # type: ignore[no-untyped-def]
    from briefing_config import load_settings
    from mkdocs.exceptions import ConfigurationError

    try:
        return load_settings(config.extra, config.config_file_path, config.use_directory_urls,
                             site_name=config.site_name, site_url=config.site_url,
                             docs_dir=config.docs_dir, site_dir=config.site_dir)  # as the hook does
    except ConfigurationError as error:
        raise _Refused(str(error)) from error


def _check(args: argparse.Namespace) -> int:
    from briefing_config import required_checks
    from mkdocs.exceptions import ConfigurationError

    config = _config(args.config_file)
    settings = _settings(config)
    try:
        require = required_checks(config.extra, config.config_file_path)
    except ConfigurationError as error:
        raise _Refused(str(error)) from error
    build = pipeline.build_site(settings, reuse_site=False)  # the checks read the analyses
    report = check_site(build, list(build.analyses), settings.summary_sentences, require, settings.related_links)
    sys.stdout.write(as_json(report) if args.format == "json" else as_text(report))
    return 1 if report.required else 0


def _write_docs(args: argparse.Namespace) -> int:
    config = _config(args.config_file)
    settings = _settings(config)
    out: Path = args.out
    if out.resolve() == Path(config.docs_dir).resolve():
        raise _Refused(f"{out} is the site's docs_dir: the MkDocs build adds these pages itself, and would "
                       "refuse a docs/ that already has them; write into a copy of it")
    build = pipeline.build_site(settings)
    _report(build)
    out.mkdir(parents=True, exist_ok=True)
    try:
        result = write_docs(docs_files(build, settings.use_directory_urls), out)
    except WriteDocsError as error:
        raise _Refused(str(error)) from error
    print(f"briefing_site write-docs: {len(build.files)} files in {out}: {len(result.written)} written, "
          f"{len(result.unchanged)} unchanged, {len(result.removed)} removed (pages of seeds that are gone)")
    return 1 if args.strict and (build.problems or build.faults) else 0


def _report(build: SiteBuild) -> None:
    """Problems as the MkDocs build logs them: one warning line each, seed text made visible."""
    for problem in build.problems:
        log.warning(problem.describe())
    for fault in build.faults:
        log.warning(visible(f"briefing: {fault.message}"))


if __name__ == "__main__":
    sys.exit(main())
