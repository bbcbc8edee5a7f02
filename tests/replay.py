"""Offline stand-in for arXiv's export API and PDF host, so citekit's tests do real HTTP.

The `arxiv` client and the requests-cache session talk to this server on 127.0.0.1 exactly as
they would to arXiv. It answers a recorded query string byte for byte from
tests/data/arxiv-api/recorded/, composes other `id_list` feeds in the same 2026 format from every
entry it knows (recorded and composed/), and serves the corpus PDFs from tests/data/pdfs/.
Faults queued with `inject` make it misbehave on purpose, for retry and corruption tests.
It does not implement arXiv's search: an unrecorded `search_query` gets a 404.
Run `python tests/replay.py --port 8000` to poke at it by hand.

recorded/*.xml are the exact UTF-8 bodies recorded from export.arxiv.org/api/query in April-May
2026 by lukasschwab/arxiv.py (its tests/fixtures, decoded from Latin-1); recordings.json maps
each to its HTTP status and query string. Among them: id_abc is the 400 error feed for a
malformed id; id_0000.0000 and id_0808.05394 are 200 with no entries; the
0808.05394,1707.08567 feed drops the unknown id; 2104.12255v1 has the title "0"; astro-ph,
hep-ex and quant-ph ids are old-style (citekit never searches, so the search recordings were
left out of the 15 MB budget).
composed/<id>.xml are one-entry feeds written by hand in that format from each corpus PDF (page
1: title, authors, abstract; the arXiv stamp: version, primary category, date), none of them
being recorded; each file's top comment says where its fields came from. Their known gaps: the
time of day is 00:00:00Z where only the stamp's date is known, 1706.03762v5's `published` is
its v5 date (the PDF lacks v1's), and only the stamp's primary category is listed, but for
1111.2011, whose fields come from a real 2016 recording.
"""

from __future__ import annotations

import argparse
import base64
import functools
import hashlib
import json
import re
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

T = TypeVar("T")
DATA_DIR = Path(__file__).parent / "data"
ATOM = "application/atom+xml; charset=utf-8"
# New-style 1706.03762 / 0704.0001 and old-style hep-th/9901001 or math.GT/0309136, each with
# an optional version; anything else in id_list is a malformed id, which arXiv answers with 400.
ARXIV_ID = re.compile(
    r"(?P<base>\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?/\d{7})(?P<version>v\d+)?"
)
ENTRY = re.compile(
    rb"  <entry>\n    <id>http://arxiv\.org/abs/(?P<id>[^<]+)</id>\n.*?  </entry>\n", re.S
)
FEED_HEAD = """<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" \
xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
  <id>https://arxiv.org/api/{feed_id}</id>
  <title>arXiv Query: search_query=&amp;id_list={ids}&amp;start={start}&amp;max_results={size}\
</title>
  <updated>{updated}</updated>
  <link href="https://arxiv.org/api/query?search_query=&amp;start={start}&amp;max_results={size}\
&amp;id_list={ids}" type="application/atom+xml"/>
  <opensearch:itemsPerPage>{size}</opensearch:itemsPerPage>
  <opensearch:totalResults>{total}</opensearch:totalResults>
  <opensearch:startIndex>{start}</opensearch:startIndex>
"""
HTML_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>arXiv</title></head><body>\n"
    b"<h1>Access denied</h1><p>Please verify you are a human.</p>\n</body></html>\n"
)


@dataclass(frozen=True)
class Reply:
    """One HTTP response before any fault is applied."""

    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


def _text(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", message.encode())


@dataclass(frozen=True)
class Fault:
    """One injected misbehaviour; build it with the class methods, queue it with `inject`."""

    kind: str
    code: int = 200
    payload: bytes = b""
    content_type: str = "text/plain; charset=utf-8"
    retry_after: float | None = None
    n_bytes: int = 0
    seconds: float = 0.0

    @classmethod
    def status(cls, code: int, retry_after: float | None = None, body: bytes = b"") -> Fault:
        """Answer with this HTTP status (and Retry-After when given) instead of the real reply."""
        return cls("status", code=code, payload=body, retry_after=retry_after)

    @classmethod
    def html(cls) -> Fault:
        """Answer 200 with an HTML page, as a captcha or error page would."""
        return cls("html")

    @classmethod
    def truncate(cls, n_bytes: int) -> Fault:
        """Send the real headers but only the first n_bytes of the body, then close."""
        return cls("truncate", n_bytes=n_bytes)

    @classmethod
    def wrong_length(cls) -> Fault:
        """Send the whole body under a Content-Length larger than it, then close."""
        return cls("wrong_length")

    @classmethod
    def empty(cls) -> Fault:
        """Answer the real status and type with a zero-byte body."""
        return cls("empty")

    @classmethod
    def reset(cls) -> Fault:
        """Drop the connection without any response."""
        return cls("reset")

    @classmethod
    def delay(cls, seconds: float) -> Fault:
        """Wait this long, then answer normally."""
        return cls("delay", seconds=seconds)

    @classmethod
    def redirect(cls, location: str) -> Fault:
        """Answer 302 pointing at this URL, as a mirror moving a file elsewhere would."""
        return cls("redirect", code=302, payload=location.encode())

    @classmethod
    def body(cls, payload: bytes, content_type: str = ATOM) -> Fault:
        """Answer 200 with this body, e.g. malformed XML or a feed missing entries."""
        return cls("body", payload=payload, content_type=content_type)


NO_FAULT = Fault("none")


def _apply(fault: Fault, reply: Reply) -> tuple[Reply, int]:
    """Return the reply to send under the fault and the Content-Length to declare for it."""
    match fault.kind:
        case "none" | "delay":
            pass
        case "status":
            retry = fault.retry_after
            headers = () if retry is None else (("Retry-After", f"{retry:g}"),)
            reply = Reply(fault.code, "text/plain; charset=utf-8", fault.payload, headers)
        case "redirect":
            reply = Reply(
                302, "text/plain; charset=utf-8", b"", (("Location", fault.payload.decode()),)
            )
        case "html":
            reply = Reply(200, "text/html; charset=utf-8", HTML_PAGE)
        case "body":
            reply = Reply(200, fault.content_type, fault.payload)
        case "empty":
            reply = Reply(reply.status, reply.content_type, b"")
        case "truncate":
            cut = Reply(reply.status, reply.content_type, reply.body[: fault.n_bytes])
            return cut, len(reply.body)
        case "wrong_length":
            return reply, len(reply.body) + 1024
        case kind:
            raise ValueError(f"unknown fault kind {kind!r}")
    return reply, len(reply.body)


@dataclass
class _Corpus:
    """Everything the server answers from, loaded once per data directory."""

    recordings: dict[str, Reply] = field(default_factory=dict)
    entries: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # base id -> (vN, entry)
    pdfs: dict[str, tuple[str, Path]] = field(default_factory=dict)  # base id -> (vN, file)
    error_feed: bytes = b""


@functools.cache
def _load(data_dir: Path) -> _Corpus:
    corpus = _Corpus()
    recorded = data_dir / "arxiv-api" / "recorded"
    index = json.loads((recorded / "recordings.json").read_text(encoding="utf-8"))
    for name, meta in index.items():
        body = (recorded / name).read_bytes()
        corpus.recordings[meta["query"]] = Reply(meta["status"], ATOM, body)
        if meta["status"] == 400:
            corpus.error_feed = body
    composed = data_dir / "arxiv-api" / "composed"
    for feed in sorted(recorded.glob("*.xml")) + sorted(composed.glob("*.xml")):
        for match in ENTRY.finditer(feed.read_bytes()):
            arxiv_id = ARXIV_ID.fullmatch(match["id"].decode())
            if arxiv_id:
                corpus.entries.setdefault(arxiv_id["base"], (arxiv_id["version"], match[0]))
    for pdf in sorted((data_dir / "pdfs").glob("*.pdf")):
        arxiv_id = ARXIV_ID.fullmatch(pdf.stem)
        if arxiv_id:
            corpus.pdfs[arxiv_id["base"]] = (arxiv_id["version"], pdf)
    return corpus


def _pick(known: dict[str, tuple[str, T]], raw: str) -> T | None:
    """What we hold for an id, or None when unknown or when it asks for a version we lack."""
    arxiv_id = ARXIV_ID.fullmatch(raw)
    held = known.get(arxiv_id["base"]) if arxiv_id else None
    if arxiv_id is None or held is None or arxiv_id["version"] not in (None, held[0]):
        return None
    return held[1]


class ReplayServer:
    """A threaded HTTP server on 127.0.0.1 answering /api/query and /pdf/<id> from the corpus."""

    def __init__(self, port: int = 0, data_dir: Path = DATA_DIR) -> None:
        self._corpus = _load(data_dir)
        self._lock = threading.Lock()
        self._requests: list[str] = []
        self._user_agents: list[str] = []
        self._faults: list[tuple[str, Fault]] = []
        handler = functools.partial(_Handler, replay=self)
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self._thread: threading.Thread | None = None

    def start(self) -> ReplayServer:
        """Start serving in a background thread."""
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the listening socket."""
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread:
            self._thread.join()

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/query"

    @property
    def pdf_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/pdf"

    @property
    def requests(self) -> list[str]:
        """Path and query of every request received so far, in arrival order."""
        with self._lock:
            return list(self._requests)

    @property
    def user_agents(self) -> list[str]:
        """User-Agent header of every request received so far ("" when absent)."""
        with self._lock:
            return list(self._user_agents)

    @property
    def unused_faults(self) -> list[tuple[str, Fault]]:
        """Injected faults that no request has consumed yet."""
        with self._lock:
            return list(self._faults)

    def count(self, prefix: str) -> int:
        """Number of requests received whose path and query start with prefix, e.g. "/pdf"."""
        return sum(1 for target in self.requests if target.startswith(prefix))

    def inject(self, path_prefix: str, fault: Fault, times: int = 1) -> None:
        """Queue a fault for the next `times` requests whose path+query starts with path_prefix."""
        with self._lock:
            self._faults.extend([(path_prefix, fault)] * times)

    def _receive(self, target: str, user_agent: str) -> Fault:
        """Record a request and pop the first queued fault that matches it."""
        with self._lock:
            self._requests.append(target)
            self._user_agents.append(user_agent)
            for i, (prefix, fault) in enumerate(self._faults):
                if target.startswith(prefix):
                    del self._faults[i]
                    return fault
        return NO_FAULT

    def route(self, target: str) -> Reply:
        """The reply arXiv would give for this path and query, without faults."""
        url = urlsplit(target)
        if url.path == "/api/query":
            return self._api(url.query)
        if url.path.startswith("/pdf/"):
            return self._pdf(url.path.removeprefix("/pdf/").removesuffix(".pdf"))
        return _text(404, f"not found: {url.path}")

    def _api(self, query: str) -> Reply:
        if query in self._corpus.recordings:
            return self._corpus.recordings[query]
        params = {key: values[0] for key, values in parse_qs(query, keep_blank_values=True).items()}
        if params.get("search_query"):
            return _text(404, f"no recording for search query: {query}")
        ids = [i for i in params.get("id_list", "").split(",") if i]
        for raw in ids:
            if not ARXIV_ID.fullmatch(raw):
                error = escape(raw).encode()
                body = self._corpus.error_feed.replace(b"for_abc", b"for_" + error)
                return Reply(400, ATOM, body.replace(b"for abc", b"for " + error))
        found = [entry for raw in ids if (entry := _pick(self._corpus.entries, raw))]
        start, size = int(params.get("start", "0")), int(params.get("max_results", "10"))
        head = FEED_HEAD.format(
            feed_id=base64.b64encode(hashlib.sha1(query.encode()).digest()).decode().rstrip("="),
            ids=escape(",".join(ids)),
            start=start,
            size=size,
            total=len(found),
            updated=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        )
        page = b"".join(found[start : start + size])
        return Reply(200, ATOM, head.encode() + page + b"</feed>\n")

    def _pdf(self, raw: str) -> Reply:
        pdf = _pick(self._corpus.pdfs, raw)
        if pdf is None:
            return _text(404, f"no PDF for {raw}")
        return Reply(200, "application/pdf", pdf.read_bytes())


class _Handler(BaseHTTPRequestHandler):
    """Records each GET, applies the fault queued for it, and writes the reply."""

    def __init__(self, *args: Any, replay: ReplayServer, **kwargs: Any) -> None:
        self.replay = replay  # set before super().__init__, which handles the request
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        fault = self.replay._receive(self.path, self.headers.get("User-Agent", ""))
        if fault.kind == "reset":
            # Linger 0 makes close() send RST: the client sees a reset, not an answer.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        if fault.kind == "delay":
            time.sleep(fault.seconds)
        reply, length = _apply(fault, self.replay.route(self.path))
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(length))
        for name, value in reply.headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(reply.body)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet; the server records requests itself."""


def main() -> None:
    """Serve the corpus until interrupted, for manual use."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    port = parser.parse_args().port
    with ReplayServer(port=port) as server:
        print(f"API {server.api_url}\nPDF {server.pdf_url}/<id>\nCtrl-C to stop")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
