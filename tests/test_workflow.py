"""The CI workflow maintainers copy (.github/workflows/site.yml) runs what the Makefile defines."""

from __future__ import annotations

import re

import yaml
from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"


def _steps(workflow: dict, job: str) -> list[dict]:
    return workflow["jobs"][job]["steps"]


def test_every_make_target_the_workflow_runs_exists() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z0-9-]+):", makefile, re.MULTILINE))
    commands = [step.get("run", "") for job in yaml.safe_load(WORKFLOW.read_text())["jobs"].values()
                for step in job["steps"]]
    wanted = {m.group(1) for command in commands for m in re.finditer(r"\bmake ([a-z0-9-]+)", command)}
    assert {"test", "site", "e2e"} <= wanted
    assert wanted <= targets


def test_pull_requests_upload_the_site_and_the_default_branch_deploys_it() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text())
    uses = [step.get("uses", "") for step in _steps(workflow, "build")]
    assert any(u.startswith("actions/upload-artifact@") for u in uses)
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/cache@") for u in uses)  # the analysis cache between runs
    deploy = workflow["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert "refs/heads/main" in deploy["if"] and "pull_request" in deploy["if"]
    assert any(step.get("uses", "").startswith("actions/deploy-pages@") for step in deploy["steps"])
    cached = [step for step in _steps(workflow, "build") if step.get("uses", "").startswith("actions/cache@")]
    assert cached[0]["with"]["path"] == ".cache/briefing"
