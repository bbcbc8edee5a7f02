"""The compiled-pattern cache: a second run takes every pattern from it, and gets the same ones."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "citekit"

# Counts the parses of citekit's own patterns, then checks each cached pattern against re's.
PROBE = """
import re, re._parser as parser
parsed = []
parse = parser.parse
parser.parse = lambda regex, flags=0, *rest: parsed.append(regex) or parse(regex, flags, *rest)
import citekit.cli, citekit.claims, citekit.verify, citekit.bibtex, citekit.patterns as patterns
ours = {regex for regex, _ in patterns._codes}
print(len(ours), len(ours.intersection(parsed)))
assert all(patterns.pattern(*key) == re.compile(*key) for key in patterns._codes)
"""


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A copy of citekit with no __pycache__, importable from the returned folder."""
    shutil.copytree(PACKAGE, tmp_path / "citekit", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def probe(package: Path, **env: str) -> tuple[int, int]:
    """Import citekit from ``package``: (its patterns, how many of them were parsed)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | env
    done = subprocess.run(  # run in ``package``: ``-c`` imports from the current folder
        [sys.executable, "-c", PROBE],
        cwd=package,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    defined, parsed = map(int, done.stdout.split())
    return defined, parsed


def cache_files(package: Path) -> list[Path]:
    return list((package / "citekit" / "__pycache__").glob("regex.*"))


def test_the_second_run_parses_none_of_citekits_patterns(package: Path) -> None:
    defined, parsed = probe(package)
    assert defined > 150 and parsed == defined
    assert len(cache_files(package)) == 1
    assert probe(package) == (defined, 0)


def test_no_cache_is_written_when_python_writes_no_bytecode(package: Path) -> None:
    defined, parsed = probe(package, PYTHONDONTWRITEBYTECODE="1")
    assert parsed == defined and cache_files(package) == []


def test_a_corrupt_cache_is_compiled_again_and_replaced(package: Path) -> None:
    defined, _ = probe(package)
    (cache,) = cache_files(package)
    cache.write_bytes(cache.read_bytes()[:1000])
    assert probe(package) == (defined, defined)
    assert probe(package) == (defined, 0)
