"""citekit fetch / list / show end to end: the CLI against the replay server, real HTTP."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from clirun import citekit
from replay import Fault, ReplayServer

POST = """\
# Papers we build on

The [Transformer](https://arxiv.org/abs/1706.03762) replaced recurrence; see also
arXiv:1406.2661v1 for GANs and <https://www.arxiv.org/pdf/2202.00535v1.pdf>.

| paper | link |
|---|---|
| CiteSee | <a href="http://export.arxiv.org/abs/2302.07302">CiteSee</a> |
| Counting | https://doi.org/10.48550/arXiv.1804.07821 |

[plain]: https://arxiv.org/html/2203.00130v1
"""
CORPUS_IDS = ["1706.03762v5", "1406.2661v1", "2202.00535v1", "2302.07302v1", "1804.07821v1"]


@pytest.fixture
def post(tmp_path: Path) -> Path:
    path = tmp_path / "post.md"
    path.write_text(POST)
    return path


def cache_dir() -> Path:
    return Path(os.environ["CITEKIT_CACHE_DIR"])


def test_fetch_caches_every_paper_with_text_then_reruns_with_zero_requests(
    arxiv_env: ReplayServer, post: Path
) -> None:
    run = citekit("fetch", str(post))
    assert run.returncode == 0, run.stderr
    assert "6 of 6 papers cached" in run.stderr
    assert arxiv_env.count("/api") == 1  # one batch for all six ids
    assert arxiv_env.count("/pdf") == 6
    assert all(ua.startswith("citekit/") for ua in arxiv_env.user_agents)
    for versioned in [*CORPUS_IDS, "2203.00130v1"]:
        arxiv_id, version = versioned.split("v")
        folder = cache_dir() / "papers" / arxiv_id / f"v{version}"
        assert sorted(p.name for p in folder.iterdir()) == ["meta.json", "paper.pdf", "text.json"]
    before = len(arxiv_env.requests)
    again = citekit("fetch", str(post))
    assert again.returncode == 0, again.stderr
    assert len(arxiv_env.requests) == before


def test_page_texts_hold_the_manifest_facts_on_the_right_page(corpus_cache: Path) -> None:
    facts = {
        ("1706.03762", 5, 7): "trained for 300,000 steps (3.5 days)",
        ("1706.03762", 5, 8): "Training took 3.5 days on 8 P100 GPUs",
        ("1406.2661", 1, 6): "Adversarial nets 225 ± 2 2057 ± 26",
        ("2202.00535", 1, 1): "has more than 11 billion parameters to fine-tune",
        ("1804.07821", 1, 4): "We limit the number of epochs to 10",
        ("2302.07302", 1, 13): "continued to be actively engaged with CiteSee",
    }
    for (arxiv_id, version, page), fact in facts.items():
        text = json.loads(
            (corpus_cache / "papers" / arxiv_id / f"v{version}" / "text.json").read_text()
        )
        pages = {p["number"]: p["text"] for p in text["pages"]}
        assert fact in pages[page], (arxiv_id, page)
        assert not any(fact in pages[n] for n in pages if n != page)


def test_unknown_id_exits_1_and_names_the_id_with_its_line(
    arxiv_env: ReplayServer, tmp_path: Path
) -> None:
    post = tmp_path / "post.md"
    post.write_text("Known arXiv:1406.2661.\n\nUnknown https://arxiv.org/abs/2409.99999\n")
    run = citekit("fetch", str(post))
    assert run.returncode == 1
    assert f"{post}:3: arXiv has no paper 2409.99999" in run.stderr
    assert (cache_dir() / "papers" / "1406.2661" / "v1" / "text.json").exists()


def test_invalid_id_is_reported_and_never_sent(arxiv_env: ReplayServer, tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text("Bad https://arxiv.org/abs/2413.12345 and good arXiv:1406.2661\n")
    run = citekit("fetch", str(post))
    assert run.returncode == 1
    assert "post.md:1: not a valid arXiv id: 2413.12345" in run.stderr
    assert not any("2413" in request for request in arxiv_env.requests)


def test_html_instead_of_pdf_is_an_error_naming_the_id_and_nothing_is_cached(
    arxiv_env: ReplayServer, tmp_path: Path
) -> None:
    post = tmp_path / "post.md"
    post.write_text("GAN arXiv:1406.2661 and paraphrase arXiv:2202.00535\n")
    arxiv_env.inject("/pdf/1406.2661", Fault.html())
    run = citekit("fetch", str(post))
    assert run.returncode == 2
    assert "1406.2661v1: not a PDF" in run.stderr
    assert not (cache_dir() / "papers" / "1406.2661" / "v1" / "paper.pdf").exists()
    assert (cache_dir() / "papers" / "2202.00535" / "v1" / "text.json").exists()
    assert citekit("fetch", str(post)).returncode == 0  # a later run completes


def test_503_with_retry_after_then_success(arxiv_env: ReplayServer, tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text("arXiv:1406.2661\n")
    arxiv_env.inject("/api", Fault.status(503, retry_after=1))
    run = citekit("fetch", str(post))
    assert run.returncode == 0, run.stderr
    assert arxiv_env.count("/api") == 2


def test_offline_never_touches_the_network_and_fails_clearly_when_not_cached(
    arxiv_env: ReplayServer, post: Path
) -> None:
    run = citekit("fetch", str(post), "--offline")
    assert run.returncode == 2
    assert "1706.03762 is not in the cache" in run.stderr
    assert "run without --offline" in run.stderr
    assert arxiv_env.requests == []


def test_offline_uses_the_cache_alone(copy_corpus_cache: Path, post: Path) -> None:
    run = citekit("fetch", str(post), "--offline", "--cache-dir", str(copy_corpus_cache))
    assert run.returncode == 0, run.stderr
    assert "6 of 6 papers cached" in run.stderr


def test_one_api_request_per_hundred_ids(arxiv_env: ReplayServer, tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    unknown = [f"arXiv:2401.{n:05d}" for n in range(1, 151)]
    post.write_text("arXiv:1406.2661\n" + "\n".join(unknown) + "\n")
    run = citekit("fetch", str(post))
    assert run.returncode == 1
    assert arxiv_env.count("/api") == 2
    assert "max_results=100" in arxiv_env.requests[0]
    assert "max_results=51" in [r for r in arxiv_env.requests if r.startswith("/api")][1]
    assert run.stderr.count("arXiv has no paper") == 150


def test_list_and_show_describe_the_cache(copy_corpus_cache: Path) -> None:
    listing = citekit("list", "--cache-dir", str(copy_corpus_cache))
    assert listing.returncode == 0
    assert (
        "1706.03762v5" in listing.stdout
        and "Vaswani et al.: Attention Is All You Need" in listing.stdout
    )
    shown = citekit("show", "1706.03762", "--cache-dir", str(copy_corpus_cache))
    assert shown.returncode == 0
    assert "Łukasz Kaiser" in shown.stdout
    assert "Abstract (PDF): 99% the same words" in shown.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["fetch", "missing.md"], "missing.md: no such file"),
        (["show", "not-an-id"], "not an arXiv id"),
        (["show", "1706.03762"], "not in the cache"),
        (["fetch", "--bogus"], "citekit: error: No such option"),
        (["fetch"], "citekit: error: Missing argument"),
        (["frobnicate"], "citekit: error: No such command"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    arxiv_env: ReplayServer, args: list[str], message: str
) -> None:
    run = citekit(*args)
    assert run.returncode == 2
    assert message in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr


def test_network_down_exits_2_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ReplayServer() as server:
        api_url, pdf_url = server.api_url, server.pdf_url
    monkeypatch.setenv("CITEKIT_API_URL", api_url)  # the server is stopped: connection refused
    monkeypatch.setenv("CITEKIT_PDF_URL", pdf_url)
    monkeypatch.setenv("CITEKIT_API_DELAY", "0")
    monkeypatch.setenv("CITEKIT_CACHE_DIR", str(tmp_path / "cache"))
    post = tmp_path / "post.md"
    post.write_text("arXiv:1406.2661\n")
    run = citekit("fetch", str(post))
    assert run.returncode == 2
    assert "cannot reach the arXiv API" in run.stderr
    assert "Traceback" not in run.stderr
