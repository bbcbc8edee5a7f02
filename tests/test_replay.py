"""The replay server answers the real arxiv client and requests-cache the way arXiv does."""

from __future__ import annotations

import json
import time
from pathlib import Path

import arxiv
import pytest
import requests
import requests_cache
from replay import DATA_DIR, Fault, ReplayServer

RECORDED = DATA_DIR / "arxiv-api" / "recorded"
RECORDINGS = json.loads((RECORDED / "recordings.json").read_text(encoding="utf-8"))


def client_for(server: ReplayServer, **kwargs: int) -> arxiv.Client:
    client = arxiv.Client(delay_seconds=0, **kwargs)
    client.query_url_format = server.api_url + "?{}"
    return client


def test_arxiv_client_gets_known_ids_in_request_order_and_drops_unknown(
    replay: ReplayServer,
) -> None:
    ids = ["2302.07302", "1111.2011v2", "1605.08386", "0808.05394", "1706.03762"]
    results = list(client_for(replay).results(arxiv.Search(id_list=ids)))
    assert [r.get_short_id() for r in results] == [
        "2302.07302v1",
        "1111.2011v2",
        "1605.08386v1",
        "1706.03762v5",
    ]
    assert "Łukasz Kaiser" in [a.name for a in results[3].authors]
    assert results[1].doi == "10.1103/PhysRevB.85.115117"
    assert replay.user_agents == [f"arxiv.py/{arxiv.__version__}"]


def test_arxiv_client_pages_through_a_composed_feed(replay: ReplayServer) -> None:
    ids = ["1406.2661", "1708.05894", "1804.07821", "2202.00535", "2203.00130"]
    results = list(client_for(replay, page_size=2).results(arxiv.Search(id_list=ids)))
    assert [r.get_short_id().split("v")[0] for r in results] == ids
    assert replay.count("/api/query") == 3


def test_version_we_do_not_have_is_absent(replay: ReplayServer) -> None:
    search = arxiv.Search(id_list=["1706.03762v1", "1406.2661v1"])
    assert [r.get_short_id() for r in client_for(replay).results(search)] == ["1406.2661v1"]


@pytest.mark.parametrize("name", sorted(RECORDINGS))
def test_recorded_query_is_served_byte_for_byte(replay: ReplayServer, name: str) -> None:
    response = requests.get(f"{replay.api_url}?{RECORDINGS[name]['query']}", timeout=5)
    assert response.status_code == RECORDINGS[name]["status"]
    assert response.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert response.content == (RECORDED / name).read_bytes()


def test_malformed_id_is_400_error_feed_naming_it(replay: ReplayServer) -> None:
    with pytest.raises(arxiv.HTTPError) as caught:
        list(client_for(replay, num_retries=0).results(arxiv.Search(id_list=["1706.03762", "x"])))
    assert caught.value.status == 400
    body = requests.get(f"{replay.api_url}?id_list=1706.03762,x", timeout=5).text
    assert "<summary>incorrect id format for x</summary>" in body


def test_injected_503_is_seen_then_retried(replay: ReplayServer) -> None:
    replay.inject("/api", Fault.status(503, retry_after=1))
    response = requests.get(f"{replay.api_url}?id_list=1605.08386", timeout=5)
    assert (response.status_code, response.headers["Retry-After"]) == (503, "1")
    replay.inject("/api", Fault.status(503))
    results = list(client_for(replay, num_retries=1).results(arxiv.Search(id_list=["1605.08386"])))
    assert [r.title for r in results] == ["Heat-bath random walks with Markov bases"]
    assert replay.count("/api") == 3


def test_pdfs_come_back_byte_identical(replay: ReplayServer, corpus_dir: Path) -> None:
    for pdf in sorted(corpus_dir.glob("*.pdf")):
        response = requests.get(f"{replay.pdf_url}/{pdf.stem}", timeout=5)
        assert response.headers["Content-Type"] == "application/pdf"
        assert int(response.headers["Content-Length"]) == pdf.stat().st_size
        assert response.content == pdf.read_bytes()
    assert replay.count("/pdf") == 8


@pytest.mark.parametrize(
    ("path", "status"),
    [("/pdf/1706.03762", 200), ("/pdf/1706.03762v5.pdf", 200), ("/pdf/1706.03762v4", 404),
     ("/pdf/1605.08386v1", 404), ("/pdf/hep-th/9901001v1", 404), ("/abs/1706.03762", 404)],
)  # fmt: skip
def test_pdf_paths_resolve_like_arxiv(replay: ReplayServer, path: str, status: int) -> None:
    url = replay.api_url.removesuffix("/api/query") + path
    assert requests.get(url, timeout=5).status_code == status


def test_cached_session_fetches_a_pdf_once(replay: ReplayServer, tmp_path: Path) -> None:
    session = requests_cache.CachedSession(str(tmp_path / "http"), backend="filesystem")
    first = session.get(f"{replay.pdf_url}/1406.2661v1", timeout=5)
    second = session.get(f"{replay.pdf_url}/1406.2661v1", timeout=5)
    assert (first.from_cache, second.from_cache) == (False, True)
    assert second.content == first.content
    assert replay.count("/pdf") == 1


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (Fault.truncate(1000), requests.exceptions.ChunkedEncodingError),
        (Fault.wrong_length(), requests.exceptions.ChunkedEncodingError),
        (Fault.reset(), requests.exceptions.ConnectionError),
    ],
)
def test_broken_downloads_raise_in_requests(
    replay: ReplayServer, fault: Fault, error: type[Exception]
) -> None:
    replay.inject("/pdf/1406.2661", fault)
    with pytest.raises(error):
        requests.get(f"{replay.pdf_url}/1406.2661v1", timeout=5)
    assert requests.get(f"{replay.pdf_url}/1406.2661v1", timeout=5).ok


@pytest.mark.parametrize(
    ("fault", "content_type", "body"),
    [
        (Fault.html(), "text/html; charset=utf-8", b"<!DOCTYPE html>"),
        (Fault.empty(), "application/pdf", b""),
        (Fault.body(b"<feed", "application/atom+xml"), "application/atom+xml", b"<feed"),
    ],
)
def test_wrong_200_bodies_are_served(
    replay: ReplayServer, fault: Fault, content_type: str, body: bytes
) -> None:
    replay.inject("/pdf", fault)
    response = requests.get(f"{replay.pdf_url}/1406.2661v1", timeout=5)
    assert (response.status_code, response.headers["Content-Type"]) == (200, content_type)
    assert response.content.startswith(body) and len(response.content) < 200


def test_delay_then_normal_answer(replay: ReplayServer) -> None:
    replay.inject("/api", Fault.delay(0.2), times=2)
    began = time.monotonic()
    for _ in range(2):
        assert requests.get(f"{replay.api_url}?id_list=1605.08386", timeout=5).ok
    assert time.monotonic() - began >= 0.4
    assert replay.unused_faults == []
