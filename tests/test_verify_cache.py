"""citekit verify serves the cached report of an unchanged post, and only then (through the CLI).

Python reports every import on stderr (PYTHONPROFILEIMPORTTIME), so a test can see whether a
run computed its report (it imported citekit.verify) or read it from the cache (it did not).
"""

from __future__ import annotations

import json
import marshal
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from clirun import citekit

COMPUTING = {"citekit.claims", "citekit.quantities", "citekit.verify"}
NETWORK = {"requests", "requests_cache", "arxiv", "pypdf", "multiprocessing"}


@pytest.fixture(autouse=True)
def show_imports(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPROFILEIMPORTTIME", "1")


def verify(post: Path, cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return citekit("verify", str(post), "--offline", "--cache-dir", str(cache), *args)


def imported(run: subprocess.CompletedProcess[str]) -> set[str]:
    """The modules a run imported, from Python's import-time lines on stderr."""
    lines = [line for line in run.stderr.splitlines() if line.startswith("import time:")]
    return {line.rsplit("|", 1)[1].strip() for line in lines[1:]}  # [0] is the header


def messages(run: subprocess.CompletedProcess[str]) -> list[str]:
    """What citekit itself said on stderr."""
    return [line for line in run.stderr.splitlines() if not line.startswith("import time:")]


def computed(run: subprocess.CompletedProcess[str]) -> bool:
    return "citekit.verify" in imported(run)


def test_an_unchanged_post_gets_the_same_report_without_recomputing_it(example) -> None:  # type: ignore[no-untyped-def]
    post, cache = example
    first = verify(post, cache)
    second = verify(post, cache)
    assert (first.returncode, second.returncode) == (1, 1), first.stderr
    assert second.stdout == first.stdout and messages(second) == messages(first)
    assert computed(first) and imported(first) >= COMPUTING
    assert not imported(second) & (COMPUTING | NETWORK), imported(second) & (COMPUTING | NETWORK)
    assert len(list((cache / "reports").iterdir())) == 1


def test_a_post_in_no_stemmed_script_loads_no_stemmer(example) -> None:  # type: ignore[no-untyped-def]
    # the Russian and Arabic stemmers cost a run a tenth of a second: only their posts need them
    post, cache = example
    run = verify(post, cache)
    assert computed(run) and "snowballstemmer" not in imported(run)


@pytest.mark.parametrize(
    "args", [[], ["--json"], ["--format", "markdown"], ["--strict"], ["--annotate", "OUT"]]
)
def test_every_output_form_is_the_same_from_the_cache(example, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    post, cache = example
    out = post.parent / "annotated.md"
    args = [str(out) if arg == "OUT" else arg for arg in args]
    verify(post, cache)  # caches the report, whatever form is asked for later
    hit = verify(post, cache, *args)
    annotated_from_cache = out.read_text() if out.exists() else None
    shutil.rmtree(cache / "reports")
    fresh = verify(post, cache, *args)
    assert not computed(hit) and computed(fresh)
    assert hit.returncode == fresh.returncode == 1
    assert hit.stdout == fresh.stdout and messages(hit) == messages(fresh)
    assert annotated_from_cache == (out.read_text() if out.exists() else None)


def test_editing_a_number_in_the_post_changes_the_verdict_on_the_next_run(example) -> None:  # type: ignore[no-untyped-def]
    post, cache = example
    before = verify(post, cache, "--json")
    assert '"text": "500,000 steps"' in before.stdout and '"contradicted": 1' in before.stdout
    # Same length, so the post's size and (within a clock tick) its mtime may not change.
    post.write_text(post.read_text().replace("500,000 steps", "300,000 steps"))
    after = verify(post, cache, "--json")
    assert after.returncode == 0, after.stdout
    assert computed(after) and '"text": "300,000 steps"' in after.stdout
    assert '"contradicted": 0' in after.stdout


def test_an_edit_that_changes_no_claim_keeps_every_verdict_without_verifying(example) -> None:  # type: ignore[no-untyped-def]
    post, cache = example
    verify(post, cache, "--json")
    post.write_text(post.read_text().replace("A short reading list", "A reading list"))
    edited = verify(post, cache, "--json")
    assert imported(edited) >= {"citekit.claims"} and not computed(edited)
    shutil.rmtree(cache / "reports")
    fresh = verify(post, cache, "--json")
    assert computed(fresh) and edited.stdout == fresh.stdout


def test_after_an_edit_only_the_changed_claims_are_verified_again(example) -> None:  # type: ignore[no-untyped-def]
    post, cache = example
    verify(post, cache, "--json")
    # a new line above moves every claim down: their verdicts still hold
    post.write_text(
        "Draft.\n\n" + post.read_text().replace("about 4.5 million", "about 4.6 million")
    )
    edited = verify(post, cache, "--json")
    assert computed(edited) and '"text": "4.6 million sentence pairs"' in edited.stdout
    shutil.rmtree(cache / "reports")
    assert edited.stdout == verify(post, cache, "--json").stdout


def test_a_changed_paper_file_keeps_no_verdict_of_an_edited_post(example) -> None:  # type: ignore[no-untyped-def]
    post, cache = example
    verify(post, cache, "--json")
    index = cache / "papers" / "1706.03762" / "v5" / "index.marshal"
    index.write_bytes(index.read_bytes()[:-9])  # damaged: rebuilt when read
    post.write_text(post.read_text().replace("A short reading list", "A reading list"))
    assert computed(verify(post, cache, "--json"))


def test_a_damaged_index_is_rebuilt_and_gives_the_same_report(example) -> None:  # type: ignore[no-untyped-def]
    post, cache = example
    first = verify(post, cache, "--json")
    index = cache / "papers" / "1706.03762" / "v5" / "index.marshal"
    whole = index.read_bytes()
    index.write_bytes(whole[: len(whole) // 2])
    post.write_text(post.read_text() + "\n")  # not served from the report cache
    again = verify(post, cache, "--json")
    assert (again.returncode, again.stdout) == (first.returncode, first.stdout)
    assert marshal.loads(index.read_bytes()) == marshal.loads(whole)


def test_text_cached_without_page_layouts_is_extracted_again_from_the_pdf(example) -> None:  # type: ignore[no-untyped-def]
    post, cache = example
    text = cache / "papers" / "1706.03762" / "v5" / "text.json"
    old = json.loads(text.read_text("utf-8"))
    for page in old["pages"]:
        del page["layout"]  # as an older citekit cached it
    text.write_text(json.dumps(old), "utf-8")
    post.write_text(
        "[Attention](https://arxiv.org/abs/1706.03762v5)\n\nWith 4 heads, BLEU is 25.8.\n"
    )
    run = verify(post, cache, "--json")
    [claim] = [c for c in json.loads(run.stdout)["claims"] if c["text"] == "25.8"]
    assert (claim["verdict"], claim["paper_value"]) == ("contradicted", 25.5)  # the h = 4 row
    assert "pypdf" in imported(run)
    new = json.loads(text.read_text("utf-8"))
    assert [p["text"] for p in new["pages"]] == [p["text"] for p in old["pages"]]
    assert [p["number"] for p in new["pages"] if p["layout"]] == [8, 9]
    post.write_text(post.read_text() + "\n")  # not served from the report cache
    assert "pypdf" not in imported(verify(post, cache))


def test_verify_reads_only_the_indexes_of_papers_a_claim_cites(example) -> None:  # type: ignore[no-untyped-def]
    post, cache = example
    post.write_text(
        "[Attention](https://arxiv.org/abs/1706.03762) trained for 100,000 steps.\n\n"
        "The GAN paper (arXiv:1406.2661v1) is worth reading too.\n"
    )
    for paper in ("1706.03762/v5", "1406.2661/v1"):
        (cache / "papers" / paper / "index.marshal").unlink(missing_ok=True)  # untracked by git
    assert verify(post, cache).returncode == 0
    assert (cache / "papers" / "1706.03762" / "v5" / "index.marshal").exists()
    assert not (cache / "papers" / "1406.2661" / "v1" / "index.marshal").exists()


def test_a_changed_paper_file_makes_the_next_run_recompute(example) -> None:  # type: ignore[no-untyped-def]
    post, cache = example
    first = verify(post, cache)
    text = cache / "papers" / "1706.03762" / "v5" / "text.json"
    stat = text.stat()
    os.utime(text, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    again = verify(post, cache)
    assert computed(again) and again.stdout == first.stdout


@pytest.mark.parametrize(
    "damage",
    [lambda data: b"\x00not json", lambda data: data[:-40], lambda data: b""],
    ids=["garbage", "cut-short", "empty"],
)
def test_a_damaged_report_is_recomputed_not_an_error(
    example,  # type: ignore[no-untyped-def]
    damage: Callable[[bytes], bytes],
) -> None:
    post, cache = example
    first = verify(post, cache)
    (report,) = (cache / "reports").iterdir()
    report.write_bytes(damage(report.read_bytes()))
    again = verify(post, cache)
    assert again.returncode == first.returncode and again.stdout == first.stdout
    assert computed(again)
    assert not computed(verify(post, cache)), "the damaged report should have been replaced"


def test_a_run_with_an_unresolved_reference_is_never_cached(example) -> None:  # type: ignore[no-untyped-def]
    post, cache = example
    post.write_text(post.read_text() + "\nSee also arXiv:2409.12191 (not in the cache).\n")
    for _ in range(2):
        run = verify(post, cache)
        assert run.returncode == 2
        assert any("2409.12191 is not in the cache" in line for line in messages(run))
        assert computed(run)
    assert not (cache / "reports").exists()


def test_the_report_names_the_post_as_this_run_gave_it(example) -> None:  # type: ignore[no-untyped-def]
    post, cache = example
    absolute = verify(post, cache)
    relative = citekit(
        "verify", "post.md", "--offline", "--cache-dir", "cache", cwd=str(post.parent)
    )
    assert absolute.stdout.startswith(f"{post}: ") and relative.stdout.startswith("post.md: ")
    assert absolute.stdout.split(": ", 1)[1] == relative.stdout.split(": ", 1)[1]
