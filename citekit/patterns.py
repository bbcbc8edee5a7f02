"""Module-level regular expressions, compiled once per Python build and cached beside bytecode.

citekit's modules compile about 200 patterns when they load, a third of a warm ``verify`` run.
Python compiles a pattern in two pure-Python steps (parse, generate code) and one fast C step
(``_sre.compile``, which validates the code it is given). ``pattern()`` keeps each pattern's
generated code in one marshal file in ``__pycache__``, named for the Python build as ``.pyc``
files are, so later runs take only the C step. The file is written at exit when a pattern was
missing, never when Python is told not to write bytecode; a missing, unreadable or foreign file
costs only the compile it would have saved. Patterns built at run time use ``re`` directly:
they would grow the file with every post.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import marshal
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import TypeVar

CACHE_FILE = (
    Path(__file__).with_name("__pycache__") / f"regex.{sys.hexversion:x}-{_sre.MAGIC}.marshal"
)

# (regex, flags) -> the arguments of _sre.compile after the regex, as re._compiler builds them
_Code = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _load(path: Path) -> dict[tuple[str, int], _Code]:
    try:
        codes = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return codes if isinstance(codes, dict) else {}


def _generate(regex: str, flags: int) -> _Code:
    """What ``re.compile`` hands to ``_sre.compile`` for ``regex``: flags, code and groups."""
    parsed = _parser.parse(regex, flags)
    groups = parsed.state.groupdict
    names: list[str | None] = [None] * parsed.state.groups
    for name, index in groups.items():
        names[index] = name
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groups, tuple(names)


_codes = _load(CACHE_FILE)
_missed: set[tuple[str, int]] = set()


@atexit.register
def _save_missed() -> None:
    if not _missed or sys.dont_write_bytecode:
        return
    from citekit.errors import CacheError
    from citekit.store import atomic_write  # imported late: store's own patterns come from here

    with contextlib.suppress(CacheError):  # a read-only install compiles every run, as before
        atomic_write(CACHE_FILE, marshal.dumps(_codes))


def pattern(regex: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(regex, flags)``, taking the generated code from the cache when it is there."""
    key = (regex, int(flags))
    code = _codes.get(key)
    if code is not None:
        try:
            return _sre.compile(regex, *code)
        except (TypeError, ValueError, RuntimeError):  # not this build's code after all
            pass
    code = _generate(*key)
    _missed.add(key)
    _codes[key] = code
    return _sre.compile(regex, *code)


_V = TypeVar("_V")


def matched_entry(table: Mapping[str, _V], word: str) -> _V:
    """``table[word.lower()]`` for a word a pattern matched ignoring case, which follows the
    regex engine's rules, not lower()'s: to it Uzbek "YIL" is Turkish "yıl" and "ſ" is "s"."""
    found = table.get(word.lower())
    if found is None:
        folded = re.compile(re.escape(word), re.IGNORECASE)
        found = next(entry for key, entry in table.items() if folded.fullmatch(key))
    return found
