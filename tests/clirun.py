"""Run the real ``citekit`` command in a subprocess, as a user would."""

from __future__ import annotations

import subprocess
import sys


def citekit(*args: str, cwd: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m citekit ARGS`` with the test's environment; never raises on failure."""
    return subprocess.run(
        [sys.executable, "-m", "citekit", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )
