"""The one HTTP session of a run: cache, retries, courtesy delay, a User-Agent naming citekit.

Only a cache miss reaches this module: a warm run never imports it, nor requests. API
responses are cached by requests-cache in SQLite; PDFs bypass that cache because the paper
store keeps them as files.
"""

from __future__ import annotations

import logging
import threading
import time
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests_cache import CachedSession
from urllib3.util.retry import Retry

from citekit import __version__
from citekit.config import Settings
from citekit.errors import NetworkError

log = logging.getLogger(__name__)

USER_AGENT = f"citekit/{__version__} (arXiv reference checker; python-requests)"
RETRIES = 4
MAX_RETRY_AFTER = 60.0  # seconds; a longer Retry-After is cut to this


class _Retry(Retry):
    """urllib3's retry, honouring Retry-After but never waiting longer than MAX_RETRY_AFTER."""

    def get_retry_after(self, response):  # type: ignore[no-untyped-def]
        seconds = super().get_retry_after(response)
        return None if seconds is None else min(seconds, MAX_RETRY_AFTER)


class _CourtesyAdapter(HTTPAdapter):
    """Waits ``delay`` seconds between requests that really go out (cache hits never get here)."""

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
                return super().send(request, **kwargs)
            finally:
                self._last = time.monotonic()


class _Session(CachedSession):
    """A cached session that names citekit in every request and never leaves arXiv's hosts."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(
            str(settings.cache_dir / "http.sqlite"),
            backend="sqlite",
            expire_after=-1,  # an id_list answer only changes with a new version: see --refresh
            allowable_codes=(200,),
        )
        self.timeout = settings.timeout
        self.hosts = {_origin(settings.api_url), _origin(settings.pdf_url)}
        retry = _Retry(
            total=RETRIES,
            connect=1,  # a refused connection is retried once: the network is down, say so
            backoff_factor=1.0,
            status_forcelist=(429, 500, 502, 503, 504),
            respect_retry_after_header=True,
            raise_on_status=False,
        )
        self.mount(settings.api_url, _CourtesyAdapter(settings.api_delay, max_retries=retry))
        self.mount(settings.pdf_url, HTTPAdapter(max_retries=retry))
        self.hooks["response"].append(self._refuse_foreign_redirect)

    def request(self, method, url, *args, headers=None, **kwargs):  # type: ignore[no-untyped-def]
        if _origin(url) not in self.hosts:
            raise NetworkError(f"refusing to contact {url}: not the configured arXiv host")
        headers = {k: v for k, v in (headers or {}).items() if k.lower() != "user-agent"}
        headers["User-Agent"] = USER_AGENT
        kwargs.setdefault("timeout", self.timeout)
        return super().request(method, url, *args, headers=headers, **kwargs)

    def _refuse_foreign_redirect(self, response, *args, **kwargs):  # type: ignore[no-untyped-def]
        location = response.headers.get("location") if response.is_redirect else None
        if location and _origin(requests.compat.urljoin(response.url, location)) not in self.hosts:
            raise NetworkError(f"{response.url} redirects to {location}: refusing to leave arXiv")


def open_session(settings: Settings) -> requests.Session:
    """The session for one run, caching API answers under the cache folder."""
    settings.cache_dir.mkdir(parents=True, exist_ok=True)
    return _Session(settings)


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
        raise NetworkError(f"{name}: {url} answered HTTP {response.status_code}")
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
