"""The fuzz targets with a small profile, in the default suite (bench/fuzz.py runs 100,000+)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from targets import TARGETS


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_fuzz_target_holds(name: str) -> None:
    function, strategies = TARGETS[name]
    profile = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    profile(given(**strategies)(function))()
