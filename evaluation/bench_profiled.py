"""Run a module under cProfile, as `python -m cProfile -o OUT -m MODULE ARGS...` does, but keep
every function in the stats file: bench_profiled.py OUT MODULE ARGS...

cProfile's own dump keys functions by file, line and name and keeps only the last of two that
share them: markdown loads its own copy of html.parser, so the HTML parsing of MkDocs' search
would vanish from the profile. Here such entries are summed. A standalone script (run by path,
imports nothing from the project), so the build sees the same sys.path as `python -m mkdocs`.
"""

from __future__ import annotations

import cProfile
import marshal
import os
import runpy
import sys

Stats = dict[tuple[str, int, str], tuple[int, int, float, float, dict]]


def merged_stats(profiler: cProfile.Profile) -> Stats:
    """pstats' dict (cc, nc, tt, ct, callers) from the profiler's entries, same-key entries summed."""
    entries = profiler.getstats()
    stats: Stats = {}
    callers_of: dict[int, dict] = {}
    for entry in entries:
        func = cProfile.label(entry.code)
        cc, nc, tt, ct, callers = stats.get(func, (0, 0, 0.0, 0.0, {}))
        stats[func] = (cc + entry.callcount - entry.reccallcount, nc + entry.callcount,
                       tt + entry.inlinetime, ct + entry.totaltime, callers)
        callers_of[id(entry.code)] = callers
    for entry in entries:
        func = cProfile.label(entry.code)
        for sub in entry.calls or ():
            callers = callers_of.get(id(sub.code))
            if callers is not None:
                nc, cc, tt, ct = callers.get(func, (0, 0, 0.0, 0.0))
                callers[func] = (nc + sub.callcount, cc + sub.callcount - sub.reccallcount,
                                 tt + sub.inlinetime, ct + sub.totaltime)
    return stats


def main(argv: list[str]) -> int:
    out, module, args = argv[0], argv[1], argv[2:]
    sys.argv, sys.path[0] = [module, *args], os.getcwd()  # as `python -m module`: the project, not evaluation/
    profiler, code = cProfile.Profile(), 0
    try:
        profiler.runcall(runpy.run_module, module, run_name="__main__", alter_sys=True)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    finally:
        with open(out, "wb") as file:
            marshal.dump(merged_stats(profiler), file)
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
