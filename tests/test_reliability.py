"""Faults, kills, concurrency and damaged caches: every run ends in one clear line or succeeds.

Each fault is injected into the replay server (real HTTP); after each failure a normal run
must complete, proving nothing half-written was trusted.
"""

from __future__ import annotations

import io
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from clirun import citekit
from pypdf import PdfWriter
from replay import Fault, ReplayServer
from urllib3 import HTTPResponse

from citekit.config import Settings
from citekit.errors import ExitCode
from citekit.links import find_refs
from citekit.network import MAX_RETRY_AFTER, _Retry
from citekit.pipeline import FetchResult, fetch_refs
from citekit.store import Store

GAN, SMALL = "1406.2661", "1111.2011"  # the two quickest corpus PDFs to read
UNKNOWN = "2401.00001"  # arXiv has no such paper: an answered query, and no PDF to read


def fetch(replay: ReplayServer, cache: Path, *ids: str, **settings: object) -> FetchResult:
    """Fetch arXiv ids through the library, as `citekit fetch` does, against the replay server."""
    options = {"api_delay": 0, "timeout": 5.0, **settings}
    config = Settings(cache, replay.api_url, replay.pdf_url, **options)  # type: ignore[arg-type]
    return fetch_refs(find_refs(" ".join(f"arXiv:{i}" for i in ids)), config)


def assert_fails_cleanly(result: FetchResult, *named: str) -> None:
    assert result.exit_code == ExitCode.ERROR
    assert len(result.errors) == 1, result.errors
    assert "\n" not in result.errors[0]
    for text in named:
        assert text in result.errors[0], result.errors[0]


def feed(replay: ReplayServer, *ids: str) -> bytes:
    """The genuine feed the replay server composes for these ids."""
    return replay.route(f"/api/query?id_list={','.join(ids)}&max_results={len(ids)}").body


def nothing_cached(cache: Path, arxiv_id: str) -> bool:
    folder = cache / "papers" / arxiv_id
    return not any(folder.glob("v*/text.json")) and not any(folder.glob("v*/paper.pdf"))


# --- arXiv API faults ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        Fault.status(429, retry_after=0),
        Fault.status(429),
        Fault.status(503, retry_after=0),
        Fault.status(503),
        Fault.reset(),
    ],
    ids=["429+retry-after", "429", "503+retry-after", "503", "reset"],
)
def test_a_passing_api_fault_is_retried_and_the_fetch_succeeds(
    replay: ReplayServer, tmp_path: Path, fault: Fault
) -> None:
    replay.inject("/api", fault)
    result = fetch(replay, tmp_path, UNKNOWN)
    assert result.problems == [f"arXiv has no paper {UNKNOWN}"], result.errors  # feed was read
    assert replay.count("/api") == 2


def test_a_429_storm_ends_in_one_line_naming_the_ids(replay: ReplayServer, tmp_path: Path) -> None:
    replay.inject("/api", Fault.status(429, retry_after=0), times=5)
    started = time.monotonic()
    result = fetch(replay, tmp_path, UNKNOWN)
    assert time.monotonic() - started < 3  # "Retry-After: 0" means now, not 2 + 4 + 8 s of backoff
    assert_fails_cleanly(result, "HTTP 429", UNKNOWN, "try again later")
    assert replay.count("/api") == 5  # the first try and four retries, then give up
    assert fetch(replay, tmp_path, UNKNOWN).exit_code == ExitCode.PROBLEMS


def test_retry_after_is_honoured_but_capped() -> None:
    retry = _Retry(total=1, respect_retry_after_header=True)
    assert retry.get_retry_after(HTTPResponse(headers={"Retry-After": "2"}, status=503)) == 2
    long_wait = HTTPResponse(headers={"Retry-After": "86400"}, status=503)
    assert retry.get_retry_after(long_wait) == MAX_RETRY_AFTER


def test_repeated_resets_end_in_one_line(replay: ReplayServer, tmp_path: Path) -> None:
    replay.inject("/api", Fault.reset(), times=2)
    assert_fails_cleanly(
        fetch(replay, tmp_path, UNKNOWN), "cannot reach the arXiv API", "--offline"
    )


def test_a_hanging_api_times_out_within_a_bounded_wait(
    replay: ReplayServer, tmp_path: Path
) -> None:
    replay.inject("/api", Fault.delay(1.2), times=2)
    started = time.monotonic()
    result = fetch(replay, tmp_path, UNKNOWN, timeout=0.3)
    assert time.monotonic() - started < 1.5  # two tries of 0.3 s, not the server's 2.4 s
    assert_fails_cleanly(result, "cannot reach the arXiv API", "timed out")


@pytest.mark.parametrize(
    ("cut", "why"),
    [
        (lambda body: b"", "empty"),
        (lambda body: body[: body.rindex(b"<entry>") + 200], "no closing </feed>"),
        (lambda body: body[: body.rindex(b"  <entry>")] + b"</feed>\n", "1 entries where it"),
    ],
    ids=["empty", "cut-mid-entry", "entry-missing-from-announced-total"],
)
def test_an_incomplete_feed_is_a_network_error_not_missing_papers(
    replay: ReplayServer, tmp_path: Path, cut, why: str
) -> None:
    replay.inject("/api", Fault.body(cut(feed(replay, GAN, SMALL))))
    result = fetch(replay, tmp_path, GAN, SMALL)
    assert_fails_cleanly(result, "not a whole feed", why, "try again later")
    assert not result.problems  # never "arXiv has no paper ..." for ids cut off
    assert fetch(replay, tmp_path, GAN, SMALL).exit_code == ExitCode.OK  # it was not cached


def test_a_feed_cut_in_transfer_is_a_network_error(replay: ReplayServer, tmp_path: Path) -> None:
    replay.inject("/api", Fault.truncate(300))
    assert_fails_cleanly(fetch(replay, tmp_path, UNKNOWN), "arXiv API")
    assert fetch(replay, tmp_path, UNKNOWN).exit_code == ExitCode.PROBLEMS


def test_a_400_error_feed_is_reported_as_refused(replay: ReplayServer, tmp_path: Path) -> None:
    error_feed = replay.route("/api/query?id_list=abc&max_results=1").body
    replay.inject("/api", Fault.status(400, body=error_feed))
    assert_fails_cleanly(fetch(replay, tmp_path, UNKNOWN), "refused", "HTTP 400", UNKNOWN)


def test_ids_missing_from_a_whole_feed_are_reported_and_the_rest_fetched(
    replay: ReplayServer, tmp_path: Path
) -> None:
    replay.inject("/api", Fault.body(feed(replay, GAN)))  # asked for two, arXiv knows one
    result = fetch(replay, tmp_path, GAN, SMALL)
    assert result.exit_code == ExitCode.PROBLEMS
    assert result.problems == [f"arXiv has no paper {SMALL}"]
    assert (tmp_path / "papers" / GAN / "v1" / "text.json").exists()


def test_an_entry_without_a_pdf_link_uses_the_configured_pdf_url(
    replay: ReplayServer, tmp_path: Path
) -> None:
    body = feed(replay, GAN)
    without_pdf = b"\n".join(line for line in body.split(b"\n") if b'title="pdf"' not in line)
    assert without_pdf != body
    replay.inject("/api", Fault.body(without_pdf))
    result = fetch(replay, tmp_path, GAN)
    assert result.exit_code == ExitCode.OK, result.errors
    assert f"/pdf/{GAN}v1" in replay.requests


# --- PDF faults ---------------------------------------------------------------------------


def blank_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def unsupported_encryption_pdf() -> bytes:
    """A PDF that pypdf opens but whose text extraction raises NotImplementedError."""
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt("secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue().replace(b"/R 3", b"/R 9").replace(b"/V 2", b"/V 9")


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        (Fault.status(404), "answered HTTP 404; try again later, or check CITEKIT_PDF_URL"),
        (Fault.html(), "not a PDF (starts with b'<!DOCTYPE html"),
        (Fault.truncate(5000), "cannot download"),
        (Fault.wrong_length(), "cannot download"),
        (Fault.empty(), "sent an empty file"),
        (Fault.body(blank_pdf(), "application/pdf"), "no text layer"),
        (Fault.body(unsupported_encryption_pdf(), "application/pdf"), "NotImplementedError"),
    ],
    ids=["404", "html", "truncated", "wrong-length", "zero-bytes", "no-text-layer", "pypdf-raises"],
)
def test_a_bad_pdf_is_one_line_naming_the_id_and_nothing_is_cached(
    replay: ReplayServer, tmp_path: Path, fault: Fault, message: str
) -> None:
    replay.inject("/pdf", fault)
    result = fetch(replay, tmp_path, GAN)
    assert_fails_cleanly(result, f"{GAN}v1: ", message)
    assert nothing_cached(tmp_path, GAN)
    assert fetch(replay, tmp_path, GAN).exit_code == ExitCode.OK  # a later run completes


def test_a_pdf_fault_exits_2_through_the_cli_with_one_line_per_problem(
    arxiv_env: ReplayServer, tmp_path: Path
) -> None:
    post = tmp_path / "post.md"
    post.write_text(f"See arXiv:{GAN}.\n")
    arxiv_env.inject("/pdf", Fault.truncate(5000))
    run = citekit("fetch", str(post))
    assert run.returncode == 2
    assert run.stderr.splitlines()[0].startswith(f"{post}:1: {GAN}v1: cannot download http://")
    assert "Traceback" not in run.stderr


# --- killed runs, concurrent runs, unwritable caches ---------------------------------------


def start_fetch(post: Path, cache: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "citekit", "fetch", str(post), "--cache-dir", str(cache)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def assert_cache_consistent(cache: Path) -> None:
    """Every version that counts as cached has whole files; nothing else is trusted."""
    store = Store(cache)
    for paper in store.papers():
        assert store.load_pages(paper), paper.versioned_id
        assert store.pdf_path(paper).read_bytes().rstrip().endswith(b"%%EOF")


def test_sigkill_during_a_pdf_download_then_a_rerun_completes(
    arxiv_env: ReplayServer, tmp_path: Path
) -> None:
    post = tmp_path / "post.md"
    post.write_text(f"arXiv:{GAN}\n")
    cache = tmp_path / "cache"
    arxiv_env.inject("/pdf", Fault.delay(1.0))
    run = start_fetch(post, cache)
    while arxiv_env.count("/pdf") == 0:
        time.sleep(0.01)
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert nothing_cached(cache, GAN)
    assert citekit("fetch", str(post), "--cache-dir", str(cache)).returncode == 0
    assert_cache_consistent(cache)


def test_sigkill_while_writing_the_cache_leaves_nothing_trusted(
    arxiv_env: ReplayServer, tmp_path: Path
) -> None:
    post = tmp_path / "post.md"
    post.write_text(f"arXiv:{GAN}\n")
    # Kill the moment a temp file of the PDF or the text appears: mid-write. On a busy machine
    # the poll can miss that moment (the run ends first, or renames the text into place before
    # the signal lands); then try again on a fresh cache.
    for attempt in range(5):
        cache = tmp_path / f"cache{attempt}"
        folder = cache / "papers" / GAN / "v1"
        run = start_fetch(post, cache)
        while run.poll() is None:
            if folder.is_dir() and any(
                n.startswith((".paper.pdf.", ".text.json.")) for n in os.listdir(folder)
            ):
                run.send_signal(signal.SIGKILL)
                break
        run.wait()
        assert_cache_consistent(cache)
        if run.returncode == -signal.SIGKILL and not (folder / "text.json").exists():
            break
    assert run.returncode == -signal.SIGKILL, "the run ended before it could be killed mid-write"
    assert not (folder / "text.json").exists(), "every kill landed after the text was written"
    assert citekit("fetch", str(post), "--cache-dir", str(cache)).returncode == 0
    assert_cache_consistent(cache)


def test_partial_files_of_a_killed_run_are_ignored_and_old_temp_files_removed(
    replay: ReplayServer, tmp_path: Path
) -> None:
    folder = tmp_path / "papers" / GAN / "v1"
    folder.mkdir(parents=True)
    (folder / "paper.pdf").write_bytes(b"%PDF-1.5 half a fil")  # as a non-atomic writer leaves
    stale = folder / ".text.json.k1ll3d.tmp"
    stale.write_text('{"pages": [')
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    fresh = folder / ".text.json.running.tmp"  # another run's, still being written
    fresh.write_text("{")
    assert fetch(replay, tmp_path, GAN).exit_code == ExitCode.OK
    assert not stale.exists() and fresh.exists()
    assert_cache_consistent(tmp_path)


def test_two_fetches_on_one_cache_at_once_both_succeed(
    arxiv_env: ReplayServer, tmp_path: Path
) -> None:
    post = tmp_path / "post.md"
    post.write_text(f"arXiv:{GAN} and arXiv:{SMALL}\n")
    cache = tmp_path / "cache"
    runs = [start_fetch(post, cache), start_fetch(post, cache)]
    for run in runs:
        _, stderr = run.communicate(timeout=60)
        assert run.returncode == 0, stderr
    assert sorted(p.id for p in Store(cache).papers()) == sorted([GAN, SMALL])
    assert_cache_consistent(cache)
    assert not list(cache.glob("papers/**/.*.tmp"))


def test_an_unwritable_cache_is_one_line_and_exit_2(
    arxiv_env: ReplayServer, tmp_path: Path
) -> None:
    post = tmp_path / "post.md"
    post.write_text(f"arXiv:{GAN}\n")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    run = citekit("fetch", str(post), "--cache-dir", str(blocker / "cache"))
    assert run.returncode == 2
    assert run.stderr.startswith(f"citekit: cannot use the HTTP cache {blocker}/cache/http.sqlite")
    assert len(run.stderr.splitlines()) == 1


def _fill_disk_at(limit: int):  # type: ignore[no-untyped-def]
    def limit_file_size() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_file_size


@pytest.mark.parametrize("limit", [0, 100_000], ids=["full-before-sqlite", "full-before-pdf"])
def test_a_full_disk_is_one_line_per_paper_and_exit_2(
    arxiv_env: ReplayServer, tmp_path: Path, limit: int
) -> None:
    post = tmp_path / "post.md"
    post.write_text(f"arXiv:{GAN}\n")
    cache = tmp_path / "cache"
    run = subprocess.run(
        [sys.executable, "-m", "citekit", "fetch", str(post), "--cache-dir", str(cache)],
        capture_output=True,
        text=True,
        preexec_fn=_fill_disk_at(limit),
        timeout=60,
    )
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr
    assert "cannot" in run.stderr.splitlines()[0]
    assert nothing_cached(cache, GAN)
    assert citekit("fetch", str(post), "--cache-dir", str(cache)).returncode == 0


# --- damaged caches -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "damage",
    [
        lambda db: db.write_bytes(b"this is not a database" * 100),
        lambda db: db.write_bytes(db.read_bytes()[: len(db.read_bytes()) // 2]),
    ],
    ids=["garbage", "truncated"],
)
def test_a_damaged_http_cache_is_moved_aside_and_rebuilt(
    replay: ReplayServer, tmp_path: Path, damage
) -> None:
    assert fetch(replay, tmp_path, GAN).exit_code == ExitCode.OK
    db = tmp_path / "http.sqlite"
    damage(db)
    assert fetch(replay, tmp_path, SMALL).exit_code == ExitCode.OK
    assert (tmp_path / "http.sqlite.corrupt").exists()
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]


@pytest.mark.parametrize("name", ["meta.json", "text.json"])
def test_damaged_paper_json_is_fetched_again_or_reported_offline(
    replay: ReplayServer, tmp_path: Path, name: str
) -> None:
    assert fetch(replay, tmp_path, GAN).exit_code == ExitCode.OK
    damaged = tmp_path / "papers" / GAN / "v1" / name
    damaged.write_text('{"pages": [{"number": 1, "te')
    offline = fetch(replay, tmp_path, GAN, offline=True)
    assert_fails_cleanly(offline, f"{GAN} is not in the cache", "run without --offline")
    assert fetch(replay, tmp_path, GAN).exit_code == ExitCode.OK
    json.loads(damaged.read_text())
    assert replay.count("/api") == 1  # the API answer came from the HTTP cache
