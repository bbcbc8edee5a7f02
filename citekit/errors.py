"""The errors citekit raises and the exit codes they map to.

Every error's ``str()`` is the single line a user sees, with the fix when there is one.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    PROBLEMS = 1  # the run worked but found problems: unresolved reference, contradicted claim
    ERROR = 2  # usage, input or network error


class CitekitError(Exception):
    """Base class: a failure the user can act on, described in one line."""

    exit_code = ExitCode.ERROR


class InputError(CitekitError):
    """A post, id, flag or file the user gave cannot be used."""


class NetworkError(CitekitError):
    """arXiv (or the configured mirror) could not be reached or answered badly."""


class OfflineMiss(CitekitError):
    """Something needed is not in the cache and --offline forbids fetching it."""


class PdfError(CitekitError):
    """A PDF is missing, corrupt, not a PDF, or its text cannot be extracted."""


class CacheError(CitekitError):
    """The cache directory cannot be read or written."""
