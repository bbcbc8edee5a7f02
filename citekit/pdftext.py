"""PDF bytes → page texts and the abstract (the only module that imports pypdf).

pypdf gives text as laid out on the page: ligatures (``ﬁ``), accents typeset as separate
spacing characters (``Teˇsanovi´c``), words hyphenated across lines. ``normalise`` undoes
these so a number and its words can be matched; the raw text is kept for quoting.

PDFs come from the network, so each is read in a forked worker process with a time limit and
a memory cap: a decompression bomb or a pathological page costs that PDF, never the run.

A table whose rows leave cells blank (an ablation lists only what it changes) arrives as rows
of fewer values than columns, with nothing to say which columns they fill. For a page with such
a table, the text is also kept as pypdf lays it out in columns, which says.
"""

from __future__ import annotations

import io
import logging
import os
import re
import time
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from citekit.errors import PdfError
from citekit.models import Page
from citekit.patterns import pattern

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from pypdf import PageObject

log = logging.getLogger(__name__)

# Spacing accents that pypdf emits before the letter they belong on, mapped to combining marks.
_SPACING_ACCENTS = {
    "\u00b4": "\u0301",  # ´ acute
    "`": "\u0300",  # grave
    "\u02c6": "\u0302",  # ˆ circumflex
    "\u02dc": "\u0303",  # ˜ tilde
    "\u00a8": "\u0308",  # ¨ diaeresis
    "\u02c7": "\u030c",  # ˇ caron
    "\u02d8": "\u0306",  # ˘ breve
    "\u02d9": "\u0307",  # ˙ dot above
    "\u00b8": "\u0327",  # ¸ cedilla
    "\u02db": "\u0328",  # ˛ ogonek
    "\u02da": "\u030a",  # ˚ ring
    "\u00af": "\u0304",  # ¯ macron
}
_ACCENT_BEFORE_LETTER = pattern(f"([{''.join(_SPACING_ACCENTS)}])\\s?([A-Za-zıȷ])")
_HYPHENATED = pattern(r"(\w)-\s*\n\s*([a-z])")
_SPACE = pattern(r"\s+")
_ABSTRACT_START = pattern(r"\babstract\b[\s.:—-]*", re.IGNORECASE)
_ABSTRACT_END = pattern(
    r"\n\s*(?:(?:1|I)\.?\s+)?(?:Introduction|INTRODUCTION|Keywords|Index Terms|CCS Concepts)\b"
    r"|\n\s*(?:Keywords|KEYWORDS)\s*[:—]"
)
_MAX_ABSTRACT = 3000
SECONDS_PER_PDF = 120.0  # a 100-page paper takes about 10 s
MEMORY_PER_PDF = 2 * 1024**3  # bytes of address space a worker may add to what it inherits
_FULL_LINE = 60  # characters; shorter lines end a paragraph
_TABLE_CAPTION = pattern(r"^\s*(?:Table|TABLE|Tab\.)\s?[0-9]", re.MULTILINE)
_NUMBER = pattern(r"(?<![\w.])[-−]?[0-9]+(?:[.,][0-9]+)*%?(?![\w.])")
_DASH = pattern(r"(?<!\S)[-–—](?!\S)")  # "[28] - - - - 1.07": an empty cell, marked


def normalise(raw: str) -> str:
    """Text for matching: ligatures expanded, accents joined, hyphens undone, spaces collapsed."""
    text = _HYPHENATED.sub(r"\1\2", raw)
    text = _ACCENT_BEFORE_LETTER.sub(lambda m: m[2] + _SPACING_ACCENTS[m[1]], text)
    text = unicodedata.normalize("NFKC", text)
    return _SPACE.sub(" ", text).strip()


def extract_pages(pdf: bytes, name: str) -> list[Page]:
    """Every page's text, numbered from 1; ``name`` (the paper id) is used in errors."""
    from pypdf import PdfReader

    # pypdf warns about every font it cannot fully decode; the text is still usable.
    logging.getLogger("pypdf").setLevel(logging.ERROR)

    if not pdf.startswith(b"%PDF-"):
        raise PdfError(f"{name}: not a PDF (starts with {pdf[:15]!r})")
    try:
        reader = PdfReader(io.BytesIO(pdf))
        raws = [page.extract_text() or "" for page in reader.pages]
        layouts = [_layout(page, raw) for page, raw in zip(reader.pages, raws, strict=True)]
    except MemoryError:
        raise  # reported by the worker with its limit
    except Exception as exc:  # pypdf can raise almost any error on a hostile PDF
        raise PdfError(
            f"{name}: cannot read the PDF ({type(exc).__name__}: {exc}); it may be damaged"
        ) from exc
    pages = [
        Page(number, normalise(raw), raw, layout)
        for number, (raw, layout) in enumerate(zip(raws, layouts, strict=True), start=1)
    ]
    if not any(page.text for page in pages):
        raise PdfError(f"{name}: the PDF has no text layer (scanned?); nothing to check against")
    return pages


def _layout(page: PageObject, raw: str) -> str:
    """The page laid out in columns if it may hold a table with blank cells, else ""."""
    if not _blank_cells(raw):
        return ""
    try:
        return page.extract_text(extraction_mode="layout")
    except Exception as exc:  # the plain text is enough to go on with
        log.info("no layout of page %s: %s", page.page_number, exc)
        return ""


def _blank_cells(raw: str) -> bool:
    """Whether a page may hold a table with blank cells: a table caption, and rows of numbers
    (no dash marking an empty cell) of which two or more have fewer values than the widest.
    The layout mode costs as much again as the text, so only such pages pay for it."""
    if not _TABLE_CAPTION.search(raw):
        return False
    rows = [
        count
        for line in raw.splitlines()
        if (count := len(_NUMBER.findall(line))) >= 2
        and count * 2 >= len(line.split())
        and not _DASH.search(line)
    ]
    return len(rows) >= 4 and sum(count < max(rows) for count in rows) >= 2


def extract_many(
    pdfs: list[tuple[str, bytes]],
    seconds: float = SECONDS_PER_PDF,
    memory: int = MEMORY_PER_PDF,
) -> list[list[Page] | PdfError]:
    """``extract_pages`` for (name, PDF) pairs, in worker processes on every core.

    Each PDF gets ``seconds`` of time and ``memory`` bytes; failures are returned, in order.
    """
    import multiprocessing  # only a cache miss extracts; warm runs (verify uses normalise) skip it
    from multiprocessing.connection import wait

    results: list[list[Page] | PdfError | None] = [None] * len(pdfs)
    context = multiprocessing.get_context("fork")
    waiting = list(enumerate(pdfs))
    running: dict[Connection, tuple[int, BaseProcess, float]] = {}
    while waiting or running:
        while waiting and len(running) < (os.cpu_count() or 1):
            index, (name, pdf) = waiting.pop(0)
            receive, send = context.Pipe(duplex=False)
            worker = context.Process(target=_worker, args=(name, pdf, memory, send), daemon=True)
            worker.start()
            send.close()
            running[receive] = (index, worker, time.monotonic() + seconds)
        deadline = min(end for _, _, end in running.values())
        for connection in wait(list(running), timeout=max(0.0, deadline - time.monotonic())):
            index, worker, _ = running.pop(connection)  # type: ignore[call-overload]
            name = pdfs[index][0]
            try:
                results[index] = connection.recv()
            except EOFError:
                results[index] = PdfError(
                    f"{name}: text extraction crashed; the PDF may be damaged"
                )
            connection.close()
            worker.join()
        for connection, (index, worker, end) in list(running.items()):
            if time.monotonic() >= end:
                worker.kill()
                worker.join()
                connection.close()
                del running[connection]
                results[index] = PdfError(
                    f"{pdfs[index][0]}: text extraction took longer than {seconds:g} s; "
                    "the PDF may be damaged"
                )
    return results  # type: ignore[return-value]


def _worker(name: str, pdf: bytes, memory: int, send: Connection) -> None:
    """Extract one PDF under a cap on address space, sending pages or a PdfError back."""
    import resource

    import pypdf  # noqa: F401  (loaded before the cap, which is for the extraction alone)

    inherited = os.sysconf("SC_PAGE_SIZE") * int(Path("/proc/self/statm").read_text().split()[0])
    resource.setrlimit(resource.RLIMIT_AS, (inherited + memory, inherited + memory))
    over = PdfError(
        f"{name}: text extraction needs more than {memory / 1024**2:,.0f} MB of memory; "
        "the PDF may be damaged"
    )
    try:
        result: list[Page] | PdfError = extract_pages(pdf, name)
    except PdfError as exc:
        # under the cap, C code whose allocation fails may return an error without setting
        # MemoryError: CPython raises SystemError ("error return without exception set")
        result = over if isinstance(exc.__cause__, SystemError) else exc
    except MemoryError:
        result = over
    send.send(result)
    send.close()


def find_abstract(pages: list[Page]) -> str:
    """The abstract as printed on the first pages, normalised; empty if none is found.

    Taken after an "Abstract" heading when there is one; otherwise the longest block of
    full-width lines before the introduction (title, author and address lines are short).
    """
    raw = "\n".join(page.raw for page in pages[:2])
    start = _ABSTRACT_START.search(raw)
    begin = start.end() if start else 0
    end = _ABSTRACT_END.search(raw, begin)
    text = raw[begin : end.start() if end else begin + _MAX_ABSTRACT]
    if start is None:
        text = max(_paragraphs(text), key=len, default="")
    return normalise(text[:_MAX_ABSTRACT])


def _paragraphs(text: str) -> list[str]:
    """Runs of full-width lines, each closed by the short line that ends its paragraph."""
    paragraphs, current = [], []
    for line in text.splitlines():
        current.append(line)
        if len(line) < _FULL_LINE:
            paragraphs.append("\n".join(current))
            current = []
    return [*paragraphs, "\n".join(current)]
