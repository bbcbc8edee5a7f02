"""Run settings from the environment and flags: where arXiv is, where the cache lives.

Defaults point at the real arXiv; ``CITEKIT_API_URL`` and ``CITEKIT_PDF_URL`` point citekit at
a mirror or the test replay server.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from citekit.errors import InputError

DEFAULT_API_URL = "https://export.arxiv.org/api/query"
DEFAULT_PDF_URL = "https://arxiv.org/pdf"


class Settings(NamedTuple):
    cache_dir: Path = Path("cache")
    api_url: str = DEFAULT_API_URL
    pdf_url: str = DEFAULT_PDF_URL
    api_delay: float = 3.0  # seconds between real API requests (arXiv asks for 3)
    timeout: float = 30.0  # seconds per HTTP request before giving up
    offline: bool = False
    refresh: bool = False  # ask arXiv again even when a version is cached

    @classmethod
    def from_env(
        cls, cache_dir: Path | None = None, *, offline: bool = False, refresh: bool = False
    ) -> Settings:
        """Settings from CITEKIT_* variables, overridden by the given flags."""
        env = os.environ
        return cls(
            cache_dir=cache_dir or Path(env.get("CITEKIT_CACHE_DIR") or "cache"),
            api_url=_url(env.get("CITEKIT_API_URL") or DEFAULT_API_URL, "CITEKIT_API_URL"),
            pdf_url=_url(env.get("CITEKIT_PDF_URL") or DEFAULT_PDF_URL, "CITEKIT_PDF_URL"),
            api_delay=_seconds(env.get("CITEKIT_API_DELAY"), "CITEKIT_API_DELAY", 3.0),
            timeout=_seconds(env.get("CITEKIT_TIMEOUT"), "CITEKIT_TIMEOUT", 30.0),
            offline=offline,
            refresh=refresh,
        )


def _url(value: str, name: str) -> str:
    if not value.startswith(("http://", "https://")):
        raise InputError(f"{name} must be an http(s) URL, not {value!r}")
    return value.rstrip("/")


def _seconds(value: str | None, name: str, default: float) -> float:
    if value is None or value == "":
        return default
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < 3600:
        raise InputError(f"{name} must be a number of seconds (0 to 3600), not {value!r}")
    return seconds
