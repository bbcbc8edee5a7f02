"""citekit bib end to end: the CLI's output parses, compiles with bibtex, and merges safely."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import bibtexparser
import pytest
from clirun import citekit
from replay import ReplayServer

POST = """\
We compare [GAN](https://arxiv.org/abs/1406.2661v1) with the
[Transformer](https://arxiv.org/abs/1706.03762) and arXiv:1111.2011.
"""


@pytest.fixture
def post(tmp_path: Path) -> Path:
    path = tmp_path / "post.md"
    path.write_text(POST)
    return path


def bib_of(post: Path, cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return citekit("bib", str(post), "--offline", "--cache-dir", str(cache), *args)


def test_bib_prints_the_posts_papers_in_post_order(copy_corpus_cache: Path, post: Path) -> None:
    run = bib_of(post, copy_corpus_cache)
    assert run.returncode == 0, run.stderr
    library = bibtexparser.parse_string(run.stdout)
    assert library.failed_blocks == []
    assert [e.key for e in library.entries] == [
        "goodfellow2014generative",
        "vaswani2017attention",
        "murray2011quantum",
    ]
    gan = library.entries[0]
    assert gan["version"] == "1" and gan["url"] == "https://arxiv.org/abs/1406.2661v1"
    assert "Te{\\v{s}}anovi{\\'c}, Zlatko" in library.entries[2]["author"]
    run.stdout.encode("ascii")  # BibTeX mode is 7-bit


def test_bib_output_compiles_with_bibtex(
    copy_corpus_cache: Path, post: Path, tmp_path: Path
) -> None:
    if shutil.which("bibtex") is None:
        pytest.skip("bibtex not installed (apt-get install texlive-binaries texlive-base)")
    (tmp_path / "refs.bib").write_text(bib_of(post, copy_corpus_cache).stdout)
    (tmp_path / "main.aux").write_text("\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n")
    result = subprocess.run(["bibtex", "main"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    blg = (tmp_path / "main.blg").read_text()
    assert "Warning" not in blg and "You've used 3 entries" in blg, blg


def test_bib_without_a_post_covers_the_whole_cache(copy_corpus_cache: Path) -> None:
    run = citekit("bib", "--cache-dir", str(copy_corpus_cache), "--style", "biblatex")
    assert run.returncode == 0, run.stderr
    library = bibtexparser.parse_string(run.stdout)
    assert len(library.entries) == 8
    assert {e.entry_type for e in library.entries} <= {"online", "article"}


def test_update_keeps_the_users_keys_and_edits_and_appends_the_rest(
    copy_corpus_cache: Path, post: Path, tmp_path: Path
) -> None:
    mine = tmp_path / "refs.bib"
    original = (
        "% my bibliography\n@string{nips = {NeurIPS}}\n\n"
        "@inproceedings{Vaswani17,\n  title = {Attention is {All} You Need},\n"
        "  booktitle = nips,\n  eprint = {1706.03762},\n}\n"
    )
    mine.write_text(original)
    run = bib_of(post, copy_corpus_cache, "--update", str(mine))
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""
    updated = mine.read_text()
    assert updated.startswith(original)
    keys = [e.key for e in bibtexparser.parse_string(updated).entries]
    assert keys == ["Vaswani17", "goodfellow2014generative", "murray2011quantum"]
    assert (tmp_path / "refs.bib.bak").read_text() == original
    again = bib_of(post, copy_corpus_cache, "--update", str(mine))
    assert again.returncode == 0 and mine.read_text() == updated


def test_unresolved_reference_exits_1_and_is_written_as_a_comment(
    arxiv_env: ReplayServer, tmp_path: Path
) -> None:
    post = tmp_path / "post.md"
    post.write_text("Real arXiv:1406.2661 and missing https://arxiv.org/abs/2409.99999\n")
    run = citekit("bib", str(post))
    assert run.returncode == 1
    assert "arXiv has no paper 2409.99999" in run.stderr
    library = bibtexparser.parse_string(run.stdout)
    assert [e.key for e in library.entries] == ["goodfellow2014generative"]
    assert "@comment{citekit:" in run.stdout and "2409.99999" in run.stdout


def test_bad_style_exits_2(copy_corpus_cache: Path, post: Path) -> None:
    run = bib_of(post, copy_corpus_cache, "--style", "apa")
    assert run.returncode == 2
    assert "--style must be bibtex or biblatex" in run.stderr
