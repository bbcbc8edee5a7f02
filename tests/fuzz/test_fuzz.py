"""The fuzz targets with a small profile, in the default suite (bench/fuzz.py runs 100,000+)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).parent))  # the targets module sits beside this file

from targets import TARGETS  # noqa: E402


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_fuzz_target_holds(name: str) -> None:
    function, strategies = TARGETS[name]
    profile = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    profile(given(**strategies)(function))()
