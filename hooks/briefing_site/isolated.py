"""The pipeline in a child process of its own, so that the generator's process never holds it.

A build holds every seed's analysis, the steps across briefings and the pages at once (for 900
news articles, about 80 MB of Python objects), and then lets them go; but Python returns little
of the freed memory to the system, so the generator (MkDocs: its pages, its theme, its search
index) starts from that high-water mark and adds its own on top. Run in a forked child, the
pipeline's memory is the child's, returned whole when it exits: the generator's process only
ever holds the finished pages (compressed), and the build's peak is the larger of the two, not
their sum. The pages are the same bytes either way: the child runs the steps and sends its
SiteBuild back (pickled, over a pipe), without the analyses, which the generator does not read.
Seeds are read here first: a build the site cache holds is read back here, with no child.

In process instead, when forking is not safe or not possible (no fork; macOS, whose system
libraries may crash in a forked child; other threads running, as under `mkdocs serve`, which
also keeps analyses in memory between rebuilds), and when the child fails without a result
(killed, say): then the build runs here, as it would have without this module.
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import os
import pickle
import sys
import threading
import traceback

from . import pipeline
from .model import Settings, SiteBuild
from .pipeline import SiteInputs, describe_error

log = logging.getLogger("mkdocs.plugins.briefing")
_PROTOCOL = 5


class ChildFailed(RuntimeError):
    """The pipeline raised in the child; the message carries its traceback."""


def build_site(settings: Settings, remember: bool = False) -> SiteBuild:
    """pipeline.build_site for a generator: in a child process (build_site_isolated), unless the
    analyses are to be remembered for the next build in this process (`mkdocs serve`)."""
    return pipeline.build_site(settings, remember=True) if remember else build_site_isolated(settings)


def build_site_isolated(settings: Settings) -> SiteBuild:
    """build_site(settings): the site cache's build if it holds one for these seeds (read here),
    else the steps run in a child process when that is safe; the same SiteBuild, without the
    analyses. An exception the pipeline raised in the child is raised here (ChildFailed, with its text)."""
    inputs = SiteInputs.read(settings)
    stored = inputs.stored()
    if stored is not None:
        return stored
    if not can_fork():
        return inputs.build()
    try:
        outcome = _run_in_child(inputs)
    except OSError as error:  # no pipe, no fork (limits): the build runs here instead
        log.debug(f"briefing: could not build in a child process ({describe_error(error)}); building here")
        return inputs.build()
    if outcome is None:
        log.debug("briefing: the child process ended without a result; building here")
        return inputs.build()
    kind, value = outcome
    if kind == "error":
        raise ChildFailed(str(value))
    return value  # type: ignore[return-value]


def can_fork() -> bool:
    return (sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1 and os.environ.get("BRIEFING_ISOLATE", "") != "off")


def _run_in_child(inputs: SiteInputs) -> tuple[str, object] | None:
    read_end, write_end = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: build, send, and leave without running the parent's exit handlers
        os.close(read_end)
        code = 0
        try:
            with os.fdopen(write_end, "wb") as out:
                pickle.dump(_outcome(inputs), out, protocol=_PROTOCOL)  # written as pickled: never held whole
        except BaseException:  # noqa: BLE001 - nothing may escape a forked child
            code = 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb") as incoming:
            return pickle.load(incoming)
    except Exception:  # noqa: BLE001 - no result, or a truncated one (the child was killed while writing)
        return None
    finally:
        os.waitpid(pid, 0)


def _outcome(inputs: SiteInputs) -> tuple[str, object]:
    """("ok", the SiteBuild without analyses) or ("error", the exception and its traceback, as text)."""
    try:
        return "ok", dataclasses.replace(inputs.build(), analyses=())
    except Exception as error:  # noqa: BLE001 - the parent raises it
        return "error", f"{describe_error(error)}\n{''.join(traceback.format_exception(error))}"
