"""`make lint` as part of the tests: a style fault fails CI, not only a maintainer's `make lint`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT


def test_the_code_is_ruff_clean() -> None:
    ruff = Path(sys.executable).parent / "ruff"
    if not ruff.exists():
        pytest.skip("ruff is not installed beside this Python (requirements-dev.txt)")
    found = subprocess.run([str(ruff), "check", "--no-cache", "hooks", "tests", "evaluation"], cwd=ROOT,
                           capture_output=True, text=True, check=False)
    assert found.returncode == 0, found.stdout + found.stderr
