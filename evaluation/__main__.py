"""python -m evaluation [summaries|annotations|speed|all] — numbers beside baselines, one run."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from . import summaries  # noqa: E402
from .corpus import read_corpus, spread  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation", description=__doc__)
    parser.add_argument("what", nargs="?", default="all",
                        choices=["summaries", "annotations", "related", "across", "splitters", "speed", "all"])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc")
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "eval" / "gold")
    parser.add_argument("--misses", type=int, default=0, help="list up to N misses of the annotated set")
    parser.add_argument("--limit", type=int, default=None, help="evaluate an evenly spread slice of N articles")
    args = parser.parse_args()
    if args.what in ("summaries", "all"):
        run_summaries(args.corpus, args.limit)
    if args.what in ("annotations", "all"):
        from . import annotations
        annotations.report(annotations.evaluate(args.gold, ROOT, args.corpus), args.misses)
    if args.what in ("related", "all"):
        from . import related
        related.report(related.evaluate(args.corpus, args.limit))
    if args.what in ("across", "all"):
        from . import across
        across.report(across.evaluate(args.corpus, args.limit))
    if args.what in ("splitters", "all"):
        from . import splitters
        splitters.report(splitters.evaluate(args.corpus, args.limit))
    if args.what in ("speed", "all"):
        from . import speed
        speed.report(speed.measure(args.corpus, args.limit))
    return 0


def run_summaries(corpus: Path, limit: int | None) -> None:
    articles = list(read_corpus(corpus))
    if limit:
        articles = spread(articles, limit)
    started = time.perf_counter()
    rows = summaries.evaluate(articles)
    print(f"\nSummaries: {len(articles)} articles of {corpus} (ROUGE F1, stemming on; "
          f"{time.perf_counter() - started:.1f} s)")
    print(f"{'length':<10} {'system':<17} {'ROUGE-1':>8} {'ROUGE-2':>8} {'ROUGE-L':>8}")
    for row in sorted(rows, key=lambda r: (r.length, r.system)):
        print(f"{row.length:<10} {row.system:<17} {row.rouge1:8.4f} {row.rouge2:8.4f} {row.rougeL:8.4f}")
    print("baselines: " + ", ".join(summaries.BASELINES) + "; textrank-function and centrality-alone are "
          "the summariser's own centrality without its reader rules (what the rules cost), not baselines")
    for line in summaries.target_lines(rows):
        print(line)


if __name__ == "__main__":
    raise SystemExit(main())
