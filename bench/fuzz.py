"""Nightly-style fuzzing: every target in tests/fuzz/targets.py with many generated inputs.

Not part of the default test run. ``python bench/fuzz.py --examples 100000`` runs at least that
many inputs per target and prints how many each really executed; it exits 1 on the first
property that fails, after hypothesis prints the shrunk input.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "fuzz"))
from targets import RUNS, TARGETS  # noqa: E402


def main() -> None:
    """Run each fuzz target (or the ones named) and print its example count."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=100_000, help="inputs per target")
    parser.add_argument("targets", nargs="*", choices=[[], *TARGETS], help="default: all")
    args = parser.parse_args()
    logging.getLogger("pylatexenc").setLevel(logging.ERROR)  # a warning per unmappable character
    profile = settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    for name in args.targets or TARGETS:
        function, strategies = TARGETS[name]
        started = time.monotonic()
        profile(given(**strategies)(function))()
        print(
            f"{name:<30} {RUNS[name]:>9,} inputs  {time.monotonic() - started:7.1f} s", flush=True
        )


if __name__ == "__main__":
    main()
