"""The one HTTP session of a run: cache, retries, courtesy delay, a User-Agent naming citekit.

Only a cache miss reaches this module: a warm run never imports it, nor requests. API
responses are cached by requests-cache in SQLite; PDFs bypass that cache because the paper
store keeps them as files. An API answer is checked to be a whole Atom feed before it is
cached or parsed: arxiv.py parses with ``recover=True``, which reads a feed cut off mid-way as
one with fewer papers, and the ids lost would be reported as "arXiv has no paper".
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests_cache import CachedSession
from urllib3.util.retry import Retry

from citekit import __version__
from citekit.config import Settings
from citekit.errors import CacheError, NetworkError
from citekit.patterns import pattern

log = logging.getLogger(__name__)

USER_AGENT = f"citekit/{__version__} (arXiv reference checker; python-requests)"
RETRIES = 4
MAX_RETRY_AFTER = 60.0  # seconds; a longer Retry-After is cut to this
_TOTAL = pattern(rb"<opensearch:totalResults>\s*(\d+)\s*<")
_PER_PAGE = pattern(rb"<opensearch:itemsPerPage>\s*(\d+)\s*<")


class _Retry(Retry):
    """urllib3's retry, honouring Retry-After but never waiting longer than MAX_RETRY_AFTER."""

    def get_retry_after(self, response):  # type: ignore[no-untyped-def]
        seconds = super().get_retry_after(response)
        return None if seconds is None else min(seconds, MAX_RETRY_AFTER)

    def sleep_for_retry(self, response):  # type: ignore[no-untyped-def]
        # urllib3 reads "Retry-After: 0" as no header and backs off instead of retrying now.
        seconds = self.get_retry_after(response)
        if seconds is None:
            return False
        time.sleep(seconds)
        return True


class _ApiAdapter(HTTPAdapter):
    """Waits ``delay`` seconds between API requests that really go out, and checks each feed.

    Cache hits never get here; a feed found incomplete raises before requests-cache stores it.
    """

    def __init__(self, delay: float, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(**kwargs)
        self.delay = delay
        self._last = float("-inf")
        self._lock = threading.Lock()

    def send(self, request, **kwargs):  # type: ignore[no-untyped-def]
        with self._lock:
            wait = self._last + self.delay - time.monotonic()
            if wait > 0:
                log.info("waiting %.1f s before the next arXiv API request", wait)
                time.sleep(wait)
            try:
                response = super().send(request, **kwargs)
                if response.status_code == 200:
                    _check_feed(response.content, request.url)
                return response
            finally:
                self._last = time.monotonic()


def _check_feed(body: bytes, url: str) -> None:
    """Raise unless ``body`` is a whole arXiv Atom feed with as many entries as it announces."""
    problem = None
    if b"<!DOCTYPE" in body[:4096].upper() or b"<!ENTITY" in body.upper():
        problem = "it declares a DTD, which arXiv feeds never do"
    elif not body.rstrip().endswith(b"</feed>"):
        problem = "empty" if not body.strip() else "cut short: no closing </feed>"
    else:
        total, per_page = _TOTAL.search(body), _PER_PAGE.search(body)
        expected = min(int(total[1]), int(per_page[1])) if total and per_page else 0
        if body.count(b"<entry>") < expected:
            problem = f"{body.count(b'<entry>')} entries where it announces {expected}"
    if problem:
        raise NetworkError(
            f"the arXiv API's answer to {url} is not a whole feed ({problem}); try again later"
        )


class _Session(CachedSession):
    """A cached session that names citekit in every request and never leaves arXiv's hosts."""

    def __init__(self, settings: Settings) -> None:
        self.db_path = settings.cache_dir / "http.sqlite"
        super().__init__(
            str(self.db_path),
            backend="sqlite",
            expire_after=-1,  # an id_list answer only changes with a new version: see --refresh
            allowable_codes=(200,),
        )
        self.timeout = settings.timeout
        self.hosts = {_origin(settings.api_url), _origin(settings.pdf_url)}
        retry = _Retry(
            total=RETRIES,
            connect=1,  # a refused connection is retried once: the network is down, say so
            read=1,  # so is a timeout or reset: with CITEKIT_TIMEOUT T, at most 2 T waiting
            backoff_factor=1.0,
            status_forcelist=(429, 500, 502, 503, 504),
            respect_retry_after_header=True,
            raise_on_status=False,
        )
        self.mount(settings.api_url, _ApiAdapter(settings.api_delay, max_retries=retry))
        self.mount(settings.pdf_url, HTTPAdapter(max_retries=retry))
        self.hooks["response"].append(self._refuse_foreign_redirect)

    def request(self, method, url, *args, headers=None, **kwargs):  # type: ignore[no-untyped-def]
        if _origin(url) not in self.hosts:
            raise NetworkError(f"refusing to contact {url}: not the configured arXiv host")
        headers = {k: v for k, v in (headers or {}).items() if k.lower() != "user-agent"}
        headers["User-Agent"] = USER_AGENT
        kwargs.setdefault("timeout", self.timeout)
        try:
            return super().request(method, url, *args, headers=headers, **kwargs)
        except sqlite3.Error as exc:
            raise _cache_error(self.db_path, exc) from exc

    def _refuse_foreign_redirect(self, response, *args, **kwargs):  # type: ignore[no-untyped-def]
        location = response.headers.get("location") if response.is_redirect else None
        if location and _origin(requests.compat.urljoin(response.url, location)) not in self.hosts:
            raise NetworkError(f"{response.url} redirects to {location}: refusing to leave arXiv")


def open_session(settings: Settings) -> requests.Session:
    """The session for one run, caching API answers under the cache folder.

    A damaged cache database is moved aside to ``http.sqlite.corrupt`` and started afresh: it
    only holds API answers, which arXiv gives again.
    """
    db_path = settings.cache_dir / "http.sqlite"
    try:
        settings.cache_dir.mkdir(parents=True, exist_ok=True)
        try:
            return _opened(settings)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError):
                raise
            log.warning("%s is damaged (%s); moving it aside and starting afresh", db_path, exc)
            db_path.replace(db_path.with_name(db_path.name + ".corrupt"))
            return _opened(settings)
    except (OSError, sqlite3.Error) as exc:
        raise _cache_error(db_path, exc) from exc


def _opened(settings: Settings) -> _Session:
    """A new session, once its database is known to be whole and writable.

    requests-cache retries a failed write lock forever, so a read-only or full disk would hang
    the run: a trial write here turns that into an error first.
    """
    connection = sqlite3.connect(settings.cache_dir / "http.sqlite", timeout=30)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("CREATE TABLE IF NOT EXISTS citekit_probe (x)")
        check = connection.execute("PRAGMA quick_check").fetchall()
        connection.rollback()
    finally:
        connection.close()
    if check != [("ok",)]:
        raise sqlite3.DatabaseError(str(check[0][0]) if check else "no answer")
    return _Session(settings)


def _cache_error(db_path: Path, exc: BaseException) -> CacheError:
    reason = exc.strerror if isinstance(exc, OSError) else str(exc)
    return CacheError(
        f"cannot use the HTTP cache {db_path}: {reason}; check the folder's "
        "permissions and free space, or pass another --cache-dir"
    )


def download(session: requests.Session, url: str, name: str) -> bytes:
    """GET a file, bypassing the HTTP cache; any failure is a NetworkError naming ``name``."""
    try:
        with session.cache_disabled():  # type: ignore[attr-defined]
            response = session.get(url)
        body = response.content
    except requests.RequestException as exc:
        raise NetworkError(
            f"{name}: cannot download {url} ({reason(exc)}); try again later"
        ) from exc
    if response.status_code != 200:
        raise NetworkError(
            f"{name}: {url} answered HTTP {response.status_code}; try again later, "
            "or check CITEKIT_PDF_URL"
        )
    if not body:
        raise NetworkError(f"{name}: {url} sent an empty file; try again later")
    return body


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def reason(exc: BaseException) -> str:
    """The innermost cause of a requests/urllib3 error, in a few words."""
    cause = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    cause = getattr(cause, "reason", None) or cause  # urllib3's MaxRetryError wraps the cause
    text = str(cause).split("): ", 1)[-1]  # drop urllib3's "HTTPConnection(host=…): " prefix
    return text[:200] or type(cause).__name__
