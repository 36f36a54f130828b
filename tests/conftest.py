"""Shared fixtures: a small seeds folder written for the project, and a site built from it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_SEEDS = Path(__file__).parent / "fixtures" / "seeds"


def build_site(seeds: Path, site: Path, *extra_env: tuple[str, str],
               strict: bool = True) -> subprocess.CompletedProcess:
    """Run the real `mkdocs build` with the project's mkdocs.yml on another seeds folder."""
    env = {**os.environ, "BRIEFING_SEEDS": str(seeds), "NO_MKDOCS_2_WARNING": "1",
           "SOURCE_DATE_EPOCH": "1700000000", **dict(extra_env)}
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)]
    if strict:
        command.append("--strict")
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fixture-site")
    seeds = root / "seeds"
    shutil.copytree(FIXTURE_SEEDS, seeds)
    result = build_site(seeds, root / "site")
    assert result.returncode == 0, result.stderr
    return root / "site"
