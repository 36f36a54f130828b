"""axe-core on every page type, in both colour schemes and at both widths: zero violations of
WCAG 2.0 and 2.1, levels A and AA. The summary of every run is printed at the end of the session."""

from __future__ import annotations

from pathlib import Path

import pytest
from browsing import DESKTOP, PHONE, Browse
from e2e_site import PAGE_TYPES

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

RUN_AXE = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    targets: v.nodes.map(node => node.target.join(' '))}));
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
@pytest.mark.parametrize("name", PAGE_TYPES)
def test_axe_finds_no_violations(browse: Browse, paths: dict[str, str], axe_script: Path, axe_results: list[dict],
                                 name: str, viewport: dict, scheme: str) -> None:
    page = browse.open(paths[name], viewport, scheme)
    page.add_script_tag(path=str(axe_script))
    violations = page.evaluate(RUN_AXE, TAGS)
    axe_results.append({"page": name, "path": paths[name], "width": viewport["width"], "scheme": scheme,
                        "violations": violations})
    assert not violations, "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}: {', '.join(v['targets'][:5])}"
        + (f" and {len(v['targets']) - 5} more" if len(v["targets"]) > 5 else "") for v in violations)
