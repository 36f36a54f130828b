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
import gc
import logging
import multiprocessing
import os
import sys
import tempfile
import threading
import traceback

from .faults import describe_error
from .inputs import SiteInputs, let_go_of_texts
from .inputs import build_site as pipeline_build_site
from .memory import release_freed
from .model import Settings, SiteBuild
from .spool import TransferPickler, TransferUnpickler

log = logging.getLogger("mkdocs.plugins.briefing")
_PROTOCOL = 5


class ChildFailed(RuntimeError):
    """The pipeline raised in the child; the message carries its traceback."""


def build_site(settings: Settings, remember: bool = False) -> SiteBuild:
    """pipeline.build_site for a generator: in a child process (build_site_isolated), unless the
    analyses are to be remembered for the next build in this process (`mkdocs serve`)."""
    return pipeline_build_site(settings, remember=True) if remember else build_site_isolated(settings)


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
    except OSError as error:  # no temporary file, no fork (limits), no child to wait for: the build runs here
        log.debug(f"briefing: could not build in a child process ({describe_error(error)}); building here")
        return _build_here(settings)
    if outcome is None:
        log.debug("briefing: the child process ended without a result; building here")
        return _build_here(settings)
    kind, value = outcome
    if kind == "error":
        raise ChildFailed(str(value))
    return value  # type: ignore[return-value]


def _build_here(settings: Settings) -> SiteBuild:
    """The build in this process, its seeds read again: once a child is forked, this process has
    let go of their texts (_run_in_child), and the fault may have come after that."""
    inputs = SiteInputs.read(settings)
    return inputs.stored() or inputs.build()


def can_fork() -> bool:
    """Whether a child may run the steps: fork exists and is safe here, and BRIEFING_ISOLATE is not off."""
    return (sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1 and os.environ.get("BRIEFING_ISOLATE", "") != "off")


def _run_in_child(inputs: SiteInputs) -> tuple[str, object] | None:
    """The child's outcome, or None when it left none. It is written to an unnamed temporary file
    and read once the child has exited: read from a pipe while it is written, the child's memory
    (at its peak then) and the result growing here would be held at the same time."""
    with tempfile.TemporaryFile(prefix="briefing-") as result:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = _fork_frozen()
        if pid == 0:  # the child: build, write, and leave without running the parent's exit handlers
            code = 0
            try:
                TransferPickler(result, inputs.spool, _PROTOCOL).dump(_outcome(inputs))  # pages by place
                result.flush()
            except BaseException:  # noqa: BLE001 - nothing may escape a forked child
                code = 1
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        _let_go_of_texts(inputs)
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            return None
        result.seek(0)
        try:
            return TransferUnpickler(result, inputs.spool).load()
        except Exception:  # noqa: BLE001 - a truncated result: treated as none
            return None


def _let_go_of_texts(inputs: SiteInputs) -> None:
    """The seeds' texts let go of here, once the child has them: the child reads each one (to
    analyse it, or to send it to a worker) and so writes to the page it is on, which the system then
    copies, and every page of text was held twice, this process's copy beside the child's (at
    1,298 news articles, 3 MB of text). Freed and handed back to the system here (memory.py), the
    texts are held once, by the child, until it lets go of them too."""
    let_go_of_texts(inputs.reads)
    release_freed()


def _fork_frozen() -> int:
    """os.fork(), with this process's objects frozen for the child's collector: a collection in the
    child would otherwise write to every object it inherited, copying the pages they are on, and
    this process's memory (MkDocs, the theme) would be counted twice instead of shared."""
    freeze = gc.get_freeze_count() == 0  # a caller's own frozen objects stay frozen
    if freeze:
        gc.freeze()
    pid = -1
    try:
        pid = os.fork()
        return pid
    finally:
        if freeze and pid != 0:  # here (or no child): as before; the child stays frozen until it exits
            gc.unfreeze()


def _outcome(inputs: SiteInputs) -> tuple[str, object]:
    """("ok", the SiteBuild without analyses) or ("error", the exception and its traceback, as text)."""
    try:
        return "ok", dataclasses.replace(inputs.build(keep_analyses=False), analyses=())
    except Exception as error:  # noqa: BLE001 - the parent raises it
        return "error", f"{describe_error(error)}\n{''.join(traceback.format_exception(error))}"
