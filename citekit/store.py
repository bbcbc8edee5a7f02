"""The paper cache on disk: plain files, read directly, written atomically.

Layout under the cache root (``cache/`` by default)::

    http.sqlite                         API responses (requests-cache; see ``network``)
    papers/<id>/v<N>/meta.json          arXiv metadata of that version
    papers/<id>/v<N>/paper.pdf          the PDF as downloaded
    papers/<id>/v<N>/text.json          page texts (normalised, raw, and laid out where a table
                                        leaves cells blank) and the PDF's abstract
    papers/<id>/v<N>/index.marshal      every quantity in the text, for verify (rebuildable)
    reports/<crc32 of post path>.json   a post's last verify report: three JSON lines, its key,
                                        the report, and the key of each claim in it

Old-style ids keep their archive as a folder level (``papers/hep-th/9901001/v1``), built only
from ids that ``links.parse_id`` validated, so no path can leave the cache. A version counts as
cached once its ``text.json`` exists: that file is written last, so an interrupted fetch leaves
nothing a later run trusts. A report is served again only under an equal key, which the
caller makes of everything the report depends on (and a claim's verdict only under an equal
claim key, when nothing but the post changed); one file per post, overwritten, keeps
``reports/`` bounded, and two posts sharing a file name only cost each other a recomputation.
Nothing here touches the network; a warm run imports only this.
"""

from __future__ import annotations

import contextlib
import json
import logging
import marshal
import os
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from citekit.errors import CacheError, InputError
from citekit.links import parse_id
from citekit.models import Page, Paper

log = logging.getLogger(__name__)

META, PDF, TEXT, INDEX = "meta.json", "paper.pdf", "text.json", "index.marshal"
REPORTS = "reports"
_T = TypeVar("_T")


def _report_lines(data: bytes) -> tuple[object, object, object]:
    """A saved report's three JSON lines; ValueError unless there are three."""
    key, document, claims = (json.loads(line) for line in data.split(b"\n"))
    return key, document, claims


def _unmarshal(data: bytes) -> object:
    """``marshal.loads``, raising ValueError for any damage, as ``json.loads`` does."""
    try:
        return marshal.loads(data)
    except (EOFError, TypeError) as exc:
        raise ValueError(f"damaged: {exc}") from exc


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temp file in the same folder and a rename."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        stale_before = time.time() - 600  # a temp file this old belongs to no running fetch
        for stale in path.parent.glob(f".{path.name}.*.tmp"):  # left by a killed run
            with contextlib.suppress(FileNotFoundError):  # another run may remove it first
                if stale.stat().st_mtime < stale_before:
                    stale.unlink()
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise CacheError(f"cannot write {path}: {exc.strerror or exc}") from exc


class Store:
    """The papers cached under one root folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def version_dir(self, arxiv_id: str, version: int) -> Path:
        """Folder of one paper version; refuses anything that is not a valid arXiv id."""
        parsed = parse_id(arxiv_id)
        if parsed is None or parsed[1] is not None or version < 1:
            raise InputError(f"not an arXiv id: {arxiv_id!r}")
        return self.root / "papers" / arxiv_id / f"v{version}"

    def cached_versions(self, arxiv_id: str) -> list[int]:
        """Versions of a paper whose text is cached, oldest first."""
        folder = self.version_dir(arxiv_id, 1).parent
        if not folder.is_dir():
            return []
        versions = []
        for child in folder.iterdir():
            if child.name[1:].isdigit() and (child / TEXT).is_file():
                versions.append(int(child.name[1:]))
        return sorted(versions)

    def load_paper(self, arxiv_id: str, version: int) -> Paper | None:
        """The cached metadata of one version, or None if absent or damaged."""
        data = self._read_dict(self.version_dir(arxiv_id, version) / META)
        if data is None:
            return None
        try:
            for name in ("authors", "categories"):
                data[name] = tuple(data[name])
            return Paper(**data)
        except (TypeError, KeyError) as exc:
            log.warning("ignoring damaged metadata of %sv%s: %s", arxiv_id, version, exc)
            return None

    def load_pages(self, paper: Paper) -> list[Page] | None:
        """The cached page texts of a paper version, or None if absent or damaged."""
        data = self._read_dict(self.version_dir(paper.id, paper.version) / TEXT)
        if data is None:
            return None
        try:
            pages = data["pages"]
            return [Page(p["number"], p["text"], p["raw"], p.get("layout")) for p in pages]
        except (TypeError, KeyError):
            return None

    def has_text(self, paper: Paper) -> bool:
        """Whether a version's page text is cached whole, judged by its last byte (cheap).

        Writes are atomic, so only damage from outside citekit can cut the file short;
        reading the last bytes instead of parsing keeps a warm run from parsing every text.
        """
        try:
            with open(self.version_dir(paper.id, paper.version) / TEXT, "rb") as handle:
                handle.seek(0, os.SEEK_END)
                handle.seek(max(0, handle.tell() - 8))
                return handle.read().rstrip().endswith(b"}")
        except OSError:
            return False

    def load_pdf_abstract(self, paper: Paper) -> str | None:
        """The abstract found in the PDF of a paper version, if its text is cached."""
        data = self._read_dict(self.version_dir(paper.id, paper.version) / TEXT)
        return data.get("abstract") if data is not None else None

    def load_index(self, paper: Paper) -> dict | None:
        """The cached quantity index of a paper version, as plain data, if any."""
        return self._read_dict(self.version_dir(paper.id, paper.version) / INDEX, _unmarshal)

    def save_index(self, paper: Paper, index: dict) -> None:
        """Cache a version's quantity index, in marshal's format rather than JSON: every verify
        run reads the indexes of the papers it checks, and marshal loads them in under half the
        time. The file never leaves this cache, and an unreadable one is rebuilt."""
        atomic_write(self.version_dir(paper.id, paper.version) / INDEX, marshal.dumps(index))

    def version_stamp(self, paper: Paper) -> list[list[int] | None]:
        """``[mtime_ns, size]`` of each file verifying against a version reads; None if absent."""
        folder = self.version_dir(paper.id, paper.version)
        stamps: list[list[int] | None] = []
        for name in (META, TEXT, INDEX):
            try:
                stat = os.stat(folder / name)
            except OSError:
                stamps.append(None)
            else:
                stamps.append([stat.st_mtime_ns, stat.st_size])
        return stamps

    def load_report(self, post: Path) -> tuple[list, dict, list[str]] | None:
        """A post's last saved report: its key, the document and each claim's key; None if
        absent or damaged (the caller decides what of it still holds)."""
        saved = self._read(self._report_path(post), _report_lines)
        if saved is None:
            return None
        key, document, claims = saved
        if not (isinstance(key, list) and isinstance(document, dict) and isinstance(claims, list)):
            return None
        return key, document, claims

    def save_report(self, post: Path, key: list, document: dict, claims: list[str]) -> None:
        """Cache a post's verify report under the key of its inputs, with the key of each of
        its claims, replacing the last one."""
        lines = [json.dumps(data, ensure_ascii=False) for data in (key, document, claims)]
        atomic_write(self._report_path(post), "\n".join(lines).encode())

    def _report_path(self, post: Path) -> Path:
        digest = zlib.crc32(str(post.resolve()).encode("utf-8", "surrogateescape"))
        return self.root / REPORTS / f"{digest:08x}.json"

    def pdf_path(self, paper: Paper) -> Path:
        return self.version_dir(paper.id, paper.version) / PDF

    def save_paper(self, paper: Paper) -> None:
        """Cache a version's metadata."""
        self._write_json(self.version_dir(paper.id, paper.version) / META, paper._asdict())

    def save_pdf(self, paper: Paper, pdf: bytes) -> None:
        """Cache a version's PDF."""
        atomic_write(self.pdf_path(paper), pdf)

    def save_text(self, paper: Paper, pages: list[Page], abstract: str) -> None:
        """Cache a version's page texts; written last, it marks the version complete."""
        pages_json = [page._asdict() for page in pages]
        path = self.version_dir(paper.id, paper.version) / TEXT
        self._write_json(path, {"pages": pages_json, "abstract": abstract})

    def papers(self) -> Iterator[Paper]:
        """Every complete cached paper version, ordered by id then version."""
        base = self.root / "papers"
        if not base.is_dir():
            return
        for text in sorted(base.glob(f"**/v*/{TEXT}")):
            folder = text.parent
            arxiv_id = folder.parent.relative_to(base).as_posix()
            if parse_id(arxiv_id) is None or not folder.name[1:].isdigit():
                continue
            paper = self.load_paper(arxiv_id, int(folder.name[1:]))
            if paper is not None:
                yield paper

    def _read_dict(self, path: Path, parse: Callable[[bytes], object] = json.loads) -> dict | None:
        """A cache file's dict, parsed as JSON or by ``parse``; None if it holds no dict."""
        data = self._read(path, parse)
        return data if isinstance(data, dict) else None

    def _read(self, path: Path, parse: Callable[[bytes], _T]) -> _T | None:
        """A cache file parsed; None if absent, or unreadable (said once, as a warning)."""
        try:
            return parse(path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable cache file %s: %s", path, exc)
            return None

    def _write_json(self, path: Path, data: dict) -> None:
        atomic_write(path, json.dumps(data, ensure_ascii=False, indent=1).encode())
