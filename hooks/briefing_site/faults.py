"""A fault in one seed, at any step, as that seed's named problem: one seed never takes the site down.

Shared by the reading of seeds (inputs.py), which the generator's own process runs, and the steps
that analyse them (pipeline.py), which a child process runs (isolated.py); the same problem either way.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import TypeVar

from .model import SeedError, SeedProblem, one_line

T = TypeVar("T")


def guarded(source_file: str, work: Callable[..., T], *args: object) -> T | SeedProblem:
    """work(*args), or the seed's named problem for any fault in it. The same in a worker as here,
    so both paths give the same problem."""
    try:
        return work(*args)
    except SeedError as error:
        return seed_problem(source_file, error, "reading")
    except Exception as error:  # noqa: BLE001 - fault isolation
        return seed_problem(source_file, step_failure("reading", error), "reading")


def seed_problem(source_file: str, error: SeedError, step: str) -> SeedProblem:
    return SeedProblem(source_file, error.message, error.line, error.hint, error.step or step, detail=error.detail)


def describe_error(error: BaseException) -> str:
    """An exception as one short line: its type and the start of its message."""
    message = one_line(str(error))
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def step_failure(step: str, error: BaseException) -> SeedError:
    """An unexpected fault in a step, as the seed's problem; the traceback goes to the debug log."""
    return SeedError(f"could not be analysed: {describe_error(error)}", step=step,
                     detail="".join(traceback.format_exception(error)),
                     hint="a fault in the briefing generator, not in the seed's format: the debug log "
                          "(mkdocs build --verbose) has the traceback")
