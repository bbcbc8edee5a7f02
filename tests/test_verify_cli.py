"""citekit verify end to end: the four output forms and the exit codes, through the CLI."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from clirun import citekit
from replay import ReplayServer

SEED = Path(__file__).parent / "data" / "claims" / "qwen-vl-overview.md"


def verify(post: Path, cache: Path, *args: str):  # type: ignore[no-untyped-def]
    return citekit("verify", str(post), "--offline", "--cache-dir", str(cache), *args)


def test_json_report_follows_the_schema_and_a_contradiction_exits_1(example) -> None:  # type: ignore[no-untyped-def]
    post, cache = example
    run = verify(post, cache, "--json")
    assert run.returncode == 1, run.stderr
    doc = json.loads(run.stdout)
    assert set(doc) >= {"post", "papers", "claims", "summary"}
    assert {p["id"] for p in doc["papers"]} == {"1706.03762", "1406.2661", "2202.00535"}
    fields = {"id", "line", "text", "value", "unit", "kind", "subject", "context", "hedged", "refs"}
    fields |= {"verdict", "paper", "page", "quote", "paper_value", "match"}
    assert all(set(claim) >= fields for claim in doc["claims"])
    by_text = {claim["text"]: claim for claim in doc["claims"]}
    steps = by_text["500,000 steps"]
    assert (steps["verdict"], steps["paper"], steps["page"]) == ("contradicted", "1706.03762v5", 7)
    assert steps["paper_value"] == 300000 and "300,000 steps" in steps["quote"]
    days = by_text["3.5 days"]
    assert (days["verdict"], days["page"]) == ("supported", 8)
    # "more than 11 billion" is a bound in the post too, although the link markup before it
    # puts its offset in the post far from its place in the sentence.
    bound = by_text["11 billion"]
    assert (bound["verdict"], bound["paper"], bound["page"]) == ("supported", "2202.00535v1", 1)
    assert doc["summary"]["contradicted"] >= 1
    assert sum(doc["summary"].values()) == len(doc["claims"])


def test_text_markdown_and_annotated_forms(example) -> None:  # type: ignore[no-untyped-def]
    post, cache = example
    text = verify(post, cache)
    assert text.returncode == 1
    assert "1706.03762 Attention Is All You Need" in text.stdout and "p. 7" in text.stdout
    markdown = verify(post, cache, "--format", "markdown")
    assert markdown.returncode == 1 and "|" in markdown.stdout
    out = post.parent / "annotated.md"
    annotated = verify(post, cache, "--annotate", str(out))
    assert annotated.returncode == 1
    written = out.read_text()
    assert "[^ck-L10-1]:" in written and "1706.03762v5" in written
    without_markers = re.sub(r"\[\^ck-L\d+-\d+\]", "", written)
    assert without_markers.startswith(post.read_text().rstrip("\n"))


def test_strict_fails_on_claims_not_found(copy_corpus_cache: Path, tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text(
        "The [Transformer](https://arxiv.org/abs/1706.03762) trained for 3.5 days.\n"
        "The Transformer had 7,777 attention heads.\n"
    )
    relaxed = verify(post, copy_corpus_cache)
    assert relaxed.returncode == 0, relaxed.stdout
    strict = verify(post, copy_corpus_cache, "--strict")
    assert strict.returncode == 1


def test_seed_post_with_unresolvable_papers_reports_them_and_exits_1(
    arxiv_env: ReplayServer,
) -> None:
    run = citekit("verify", str(SEED), "--json")
    assert run.returncode == 1, run.stderr
    for arxiv_id in ("2308.12966", "2409.12191", "2502.13923"):
        assert f"arXiv has no paper {arxiv_id}" in run.stderr
    doc = json.loads(run.stdout)
    assert doc["papers"] == []
    assert len(doc["claims"]) == 38
    assert {claim["verdict"] for claim in doc["claims"]} == {"not_found"}
    assert "Traceback" not in run.stderr


def test_bad_format_exits_2(example) -> None:  # type: ignore[no-untyped-def]
    post, cache = example
    run = verify(post, cache, "--format", "html")
    assert run.returncode == 2 and "--format must be text or markdown" in run.stderr


@pytest.mark.parametrize(
    ("post", "seeds"),
    [
        ("gold/heldout-twenty-nine.md", ("1", "4")),
        # the claim's terms tied for the fourth strongest, and a set's order picked one
        ("verify/gan-flashcard.md", ("1", "7")),
    ],
)
def test_verdicts_do_not_depend_on_the_hash_seed(
    copy_corpus_cache: Path, monkeypatch: pytest.MonkeyPatch, post: str, seeds: tuple[str, str]
) -> None:
    """Python salts string hashes per process: no verdict may hang on the order of a set."""
    path = Path(__file__).parent / "data" / post
    reports = set()
    for seed in seeds:
        monkeypatch.setenv("PYTHONHASHSEED", seed)
        shutil.rmtree(copy_corpus_cache / "reports", ignore_errors=True)
        reports.add(verify(path, copy_corpus_cache, "--json").stdout)
    assert len(reports) == 1
