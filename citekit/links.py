"""Markdown → the arXiv papers it cites (pure; no network, no Markdown library).

A reference is recognised only by an arXiv marker — an arxiv.org URL, an ``arXiv:`` prefix or
arXiv's DOI prefix ``10.48550/arXiv.`` — so bare numbers such as version strings are never
mistaken for ids. Code (fenced blocks and inline spans) is masked first, keeping line numbers.
Resolving the ids is left to ``arxiv_api``.
"""

from __future__ import annotations

import bisect
import math
import re
from typing import NamedTuple

from citekit.models import ArxivRef
from citekit.patterns import pattern

# Archives that had old-style ids (before April 2007), e.g. hep-th/9901001.
OLD_ARCHIVES = frozenset(
    {
        "acc-phys", "adap-org", "alg-geom", "ao-sci", "astro-ph", "atom-ph", "bayes-an",
        "chao-dyn", "chem-ph", "cmp-lg", "comp-gas", "cond-mat", "cs", "dg-ga", "funct-an",
        "gr-qc", "hep-ex", "hep-lat", "hep-ph", "hep-th", "math", "math-ph", "mtrl-th", "nlin",
        "nucl-ex", "nucl-th", "patt-sol", "physics", "plasm-ph", "q-alg", "q-bio", "quant-ph",
        "solv-int", "supr-con",
    }
)  # fmt: skip

_NEW_ID = r"(?P<new>(?P<yy>\d{2})(?P<mm>\d{2})\.(?P<num>\d{4,5}))"
_OLD_ID = r"(?P<old>(?P<archive>[a-z]+(?:-[a-z]+)?)(?:\.[A-Za-z-]+)?/(?P<onum>\d{7}))"
_ID = pattern(rf"(?:{_NEW_ID}|{_OLD_ID})(?:v(?P<version>\d+))?(?![\w/])")
# What may follow an id inside a link target: ".pdf", a query or fragment, closing punctuation.
_TAIL = pattern(r"(?:\.pdf)?(?:[?#]\S*)?[.,;:!?)\]}>\"'*_]*")
# Characters that end a link target in Markdown, HTML or a table cell, or an id in CJK prose
# (full-width brackets and punctuation: "（arXiv:2202.00535）的结果").
_STOP = r"\s<>()\[\]\"'`|（）【】「」『』《》〈〉，。、；：！？"
_MARKER = pattern(
    rf"(?:arxiv\.org/(?:abs|pdf|html)/|\barxiv:\s?|\b10\.48550/arxiv\.)(?P<raw>[^{_STOP}]*)",
    re.IGNORECASE,
)
_FENCE = pattern(r"^ {0,3}(`{3,}|~{3,})")
_BACKTICKS = pattern(r"`+")
_INLINE_LINK = pattern(r"\[(?P<text>[^\]]*)\]\((?P<target>[^)]*)\)")
_REF_DEF = pattern(r"^ {0,3}\[(?P<text>[^\]]+)\]:\s*(?P<target>.*)$")
_LABEL_USE = pattern(r"\[(?P<text>[^\]]+)\](?:\[(?P<label>[^\]]*)\])?(?![(:])")
_HTML_A = pattern(r"<a\s[^>]*href=[\"'](?P<target>[^\"']*)[\"'][^>]*>(?P<text>.*?)</a>", re.I)
_ATX = pattern(r"^ {0,3}#{1,6}\s+(?P<title>.*?)\s*#*\s*$")
_SETEXT = pattern(r"^ {0,3}(=+|-+)\s*$")
_MAX_VERSION = 999


class MalformedRef(NamedTuple):
    """Something marked as an arXiv reference whose id is not a valid arXiv id."""

    line: int
    text: str


def parse_id(text: str) -> tuple[str, int | None] | None:
    """Split a whole string such as ``2409.12191v2`` or ``math.GT/0309136`` into (id, version).

    Returns None unless the string is exactly one valid arXiv id. Old-style ids lose their
    subject class (``math.GT/0309136`` is ``math/0309136``), as arXiv itself does.
    """
    match = _ID.fullmatch(text)
    return _validated(match) if match else None


def _validated(match: re.Match[str]) -> tuple[str, int | None] | None:
    version = int(match["version"]) if match["version"] else None
    if version is not None and not 1 <= version <= _MAX_VERSION:
        return None
    if match["new"]:
        yy, mm, num = int(match["yy"]), int(match["mm"]), match["num"]
        if not 1 <= mm <= 12 or (yy, mm) < (7, 4):
            return None
        # Four-digit numbers ran until the end of 2014, five-digit ones since.
        if (len(num) == 5) != (yy >= 15):
            return None
        return match["new"], version
    if match["archive"] not in OLD_ARCHIVES:
        return None
    onum = match["onum"]
    if not 1 <= int(onum[2:4]) <= 12 or int(onum[4:]) == 0:
        return None
    return f"{match['archive']}/{onum}", version


def scan(markdown: str) -> tuple[list[ArxivRef], list[MalformedRef]]:
    """Every arXiv reference in document order, de-duplicated by id, and the malformed ones."""
    found: dict[str, ArxivRef] = {}
    malformed: list[MalformedRef] = []
    labels: dict[str, str] = {}  # reference definition label -> arXiv id
    heading = ""
    lines = _mask_code(markdown.splitlines())
    for index, line in enumerate(lines):
        number = index + 1
        heading = _heading(line, lines[index + 1] if index + 1 < len(lines) else "") or heading
        if line.isascii() and "arxiv" not in line.lower():
            continue  # the fast path for most lines; the marker regex is slow to fail
        spans = _link_spans(line)
        for marker in _MARKER.finditer(line):
            raw = marker["raw"]
            parsed = _parse_raw(raw)
            if parsed is None:
                if _looks_like_an_id(raw):
                    malformed.append(MalformedRef(number, raw.rstrip(".,;:!?)]}>*_")))
                continue
            arxiv_id, version = parsed
            definition = _REF_DEF.match(line)
            if definition:
                labels.setdefault(definition["text"].strip().lower(), arxiv_id)
            previous = found.get(arxiv_id)
            if previous is None:
                text = _link_text(spans, marker.start())
                found[arxiv_id] = ArxivRef(arxiv_id, version, (number,), text, heading)
            elif number not in previous.lines:
                found[arxiv_id] = ArxivRef(
                    previous.id,
                    previous.version,
                    (*previous.lines, number),
                    previous.text or _link_text(spans, marker.start()),
                    previous.heading,
                )
    for arxiv_id, used in _label_uses(lines, labels).items():
        ref = found[arxiv_id]
        found[arxiv_id] = ref._replace(lines=tuple(sorted({*ref.lines, *used})))
    return list(found.values()), malformed


def _label_uses(lines: list[str], labels: dict[str, str]) -> dict[str, set[int]]:
    """The lines that cite a reference definition by its label: ``[text][label]``,
    ``[label][]`` or the shortcut ``[label]`` ("The sepsis paper [futoma] ...")."""
    uses: dict[str, set[int]] = {}
    for number, line in enumerate(lines, 1) if labels else ():
        if "[" not in line or _REF_DEF.match(line):
            continue
        for use in _LABEL_USE.finditer(line):
            arxiv_id = labels.get((use["label"] or use["text"]).strip().lower())
            if arxiv_id is not None:
                uses.setdefault(arxiv_id, set()).add(number)
    return uses


def find_refs(markdown: str) -> list[ArxivRef]:
    """Every valid arXiv reference in a Markdown text, in document order, de-duplicated by id."""
    return scan(markdown)[0]


def _parse_raw(raw: str) -> tuple[str, int | None] | None:
    match = _ID.match(raw)
    if match is None or _TAIL.fullmatch(raw, match.end()) is None:
        return None
    return _validated(match)


def _looks_like_an_id(raw: str) -> bool:
    """Whether text after an arXiv marker was meant as an id (and so deserves a report)."""
    return raw[:1].isdigit() or any(mark in raw for mark in ("/", "%", ".."))


def _mask_code(lines: list[str]) -> list[str]:
    """Blank out fenced code blocks and inline code spans, keeping line numbers and offsets."""
    masked: list[str] = []
    fence: str | None = None
    for line in lines:
        opened = _FENCE.match(line) if "`" in line or "~" in line else None
        if fence is not None:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = None
            masked.append("")
        elif opened:
            fence = opened.group(1)
            masked.append("")
        else:
            masked.append(_mask_inline_code(line) if "`" in line else line)
    return masked


def _mask_inline_code(line: str) -> str:
    """Blank out inline code spans: a run of backticks up to the next run of the same length.

    Linear in the line's length (a regex with a backreference is cubic on long backtick runs).
    """
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(line)]
    by_length: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(index)
    chars, index = list(line), 0
    while index < len(runs):
        start, end = runs[index]
        same = by_length[end - start]
        after = bisect.bisect_right(same, index)
        if after == len(same) or runs[same[after]][0] == end:  # no closer, or an empty span
            index += 1
            continue
        close = same[after]
        chars[start : runs[close][1]] = " " * (runs[close][1] - start)
        index = close + 1
    return "".join(chars)


def _heading(line: str, next_line: str) -> str:
    atx = _ATX.match(line)
    if atx:
        return atx["title"]
    underline = next_line.lstrip(" ")[:1] in ("=", "-")
    if (
        underline
        and line.strip()
        and not line.lstrip().startswith(("|", "-", "*"))
        and _SETEXT.match(next_line)
    ):
        return line.strip()
    return ""


_Spans = list[list[tuple[int, int, str]]]


def _link_spans(line: str) -> _Spans:
    """(start, end, text) of each link target on a line: inline, then HTML, then definition.

    Each pattern's matches do not overlap and come in order, so ``_link_text`` can bisect.
    """
    spans = [
        [
            (link.start("target"), link.end("target"), re.sub(r"<[^>]+>", "", link["text"]).strip())
            for link in pattern.finditer(line)
        ]
        for pattern in (_INLINE_LINK, _HTML_A)
    ]
    definition = _REF_DEF.match(line)
    if definition:
        spans.append([(definition.start("target"), len(line) + 1, definition["text"].strip())])
    return spans


def _link_text(spans: _Spans, offset: int) -> str:
    """The text of the link whose target holds ``offset``, if any (``spans`` from _link_spans)."""
    for group in spans:
        index = bisect.bisect_right(group, (offset, math.inf)) - 1
        if index >= 0 and group[index][0] <= offset < group[index][1]:
            return group[index][2]
    return ""
