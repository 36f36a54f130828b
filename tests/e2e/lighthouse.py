"""Lighthouse on the built site, on demand (`make lighthouse`): serves the site on localhost, runs the
npm `lighthouse` CLI on the home page and the featured briefing, prints the four category scores and
the audits that cost points. Reports (JSON and HTML) go to .e2e/lighthouse/. Nothing is asserted:
the scores are for reading, and they vary a little from run to run (performance most).

    python tests/e2e/lighthouse.py [--site DIR] [--lighthouse BIN] [-- extra lighthouse flags]

CHROME_PATH names the browser (make sets /usr/bin/chromium).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from e2e_site import E2E, page_paths, serve, site_data

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PAGES = ("home", "briefing")


def run(lighthouse: Path, url: str, out: Path, extra: list[str]) -> dict:
    """One Lighthouse run; its JSON report."""
    command = [str(lighthouse), url, "--quiet", "--output=json", "--output=html", f"--output-path={out}",
               "--chrome-flags=--headless --no-sandbox", f"--only-categories={','.join(CATEGORIES)}", *extra]
    subprocess.run(command, check=True, timeout=300)
    # With two outputs Lighthouse writes <out>.report.json and <out>.report.html.
    return json.loads(out.with_name(out.name + ".report.json").read_text(encoding="utf-8"))


def costly_audits(report: dict, category: str) -> list[str]:
    """The weighted audits of a category that did not score full marks."""
    refs = report["categories"][category]["auditRefs"]
    audits = (report["audits"][ref["id"]] for ref in refs if ref.get("weight"))
    return [f"{a['id']} ({a['score']:.2f})" for a in audits if a.get("score") is not None and a["score"] < 1]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, default=E2E / "site")
    parser.add_argument("--lighthouse", type=Path, default=E2E / "node_modules" / ".bin" / "lighthouse")
    parser.add_argument("--out", type=Path, default=E2E / "lighthouse")
    parser.add_argument("extra", nargs="*", help="more lighthouse flags, after --")
    args = parser.parse_args(argv)
    if "CHROME_PATH" not in os.environ:
        print("lighthouse.py: set CHROME_PATH to a Chromium binary (make lighthouse does)", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    paths = page_paths(site_data(args.site))
    rows = []
    with serve(args.site) as base_url:
        for name in PAGES:
            report = run(args.lighthouse, base_url + paths[name], args.out / name, args.extra)
            rows.append((name, paths[name], report))
    print(f"\nLighthouse {rows[0][2]['lighthouseVersion']}, {rows[0][2]['configSettings']['formFactor']}:")
    print(f"{'page':<10}" + "".join(f"{c:>16}" for c in CATEGORIES))
    for name, path, report in rows:
        scores = [report["categories"][c]["score"] for c in CATEGORIES]
        print(f"{name:<10}" + "".join(f"{round(s * 100) if s is not None else '-':>16}" for s in scores) + f"  {path}")
    for name, _, report in rows:
        for category in CATEGORIES:
            if costly := costly_audits(report, category):
                print(f"  {name} {category}: {', '.join(costly)}")
    print(f"reports: {args.out}/<page>.report.html")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
