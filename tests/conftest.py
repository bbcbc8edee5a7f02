"""Shared fixtures: a live replay server standing in for arXiv, and the corpus PDFs.

Tests reach arXiv only through the `replay` server (real HTTP on 127.0.0.1); `arxiv_env` points
citekit at it through its environment variables. Faults are imported from `replay` directly.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from replay import DATA_DIR, ReplayServer


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """Folder holding the 8 corpus PDFs (named like 1706.03762v5.pdf) and their MANIFEST.md."""
    return DATA_DIR / "pdfs"


@pytest.fixture
def replay() -> Iterator[ReplayServer]:
    """A started replay server; the test fails if a fault it injected was never triggered."""
    with ReplayServer() as server:
        yield server
    assert not server.unused_faults, f"injected faults never triggered: {server.unused_faults}"


@pytest.fixture
def arxiv_env(
    replay: ReplayServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> ReplayServer:
    """Point citekit at the replay server, with no courtesy delay and a fresh cache folder."""
    monkeypatch.setenv("CITEKIT_API_URL", replay.api_url)
    monkeypatch.setenv("CITEKIT_PDF_URL", replay.pdf_url)
    monkeypatch.setenv("CITEKIT_API_DELAY", "0")
    monkeypatch.setenv("CITEKIT_CACHE_DIR", str(tmp_path / "cache"))
    return replay
