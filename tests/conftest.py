"""Shared fixtures: a live replay server standing in for arXiv, the corpus PDFs, the README's
example.

Tests reach arXiv only through the `replay` server (real HTTP on 127.0.0.1); `arxiv_env` points
citekit at it through its environment variables. Faults are imported from `replay` directly.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from replay import DATA_DIR, ReplayServer

# property tests check results, not speed: a first example that compiles citekit's patterns
# (on a cold cache, or a slow CI machine) may take longer than hypothesis's 200 ms deadline
settings.register_profile("citekit", deadline=None)
settings.load_profile("citekit")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """Folder holding the 8 corpus PDFs, named like 1706.03762v5.pdf (their MANIFEST.md is in
    ../shared/corpus/pdfs)."""
    return DATA_DIR / "pdfs"


@pytest.fixture(scope="session")
def corpus_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache holding all 8 corpus papers, fetched once per test run from a replay server.

    Tests that read cached papers copy it (``copy_corpus_cache``) instead of fetching again.
    """
    from citekit.config import Settings
    from citekit.links import find_refs
    from citekit.pipeline import fetch_refs

    root = tmp_path_factory.mktemp("corpus") / "cache"
    ids = sorted(pdf.stem for pdf in (DATA_DIR / "pdfs").glob("*.pdf"))
    with ReplayServer() as server:
        settings = Settings(root, server.api_url, server.pdf_url, api_delay=0)
        result = fetch_refs(find_refs(" ".join(f"arXiv:{i}" for i in ids)), settings)
    assert not result.problems and not result.errors, result
    return root


@pytest.fixture
def copy_corpus_cache(corpus_cache: Path, tmp_path: Path) -> Path:
    """A private copy of ``corpus_cache`` that the test may change."""
    return Path(shutil.copytree(corpus_cache, tmp_path / "corpus-cache"))


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


@pytest.fixture
def example(tmp_path: Path) -> tuple[Path, Path]:
    """The README's example post (one claim contradicted) and a private copy of its cache."""
    examples = Path(__file__).parent.parent / "examples"
    shutil.copytree(examples / "cache", tmp_path / "cache")
    shutil.copy(examples / "post.md", tmp_path / "post.md")
    return tmp_path / "post.md", tmp_path / "cache"
