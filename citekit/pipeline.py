"""The whole flow, readable top to bottom: post → references → papers in the cache.

Each step is one stage module; this one only sequences them and collects what went wrong.
Network modules are imported only when something is missing from the cache.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from citekit import links
from citekit.config import Settings
from citekit.errors import CacheError, CitekitError, ExitCode, InputError
from citekit.models import ArxivRef, Claim, Finding, Page, Paper
from citekit.store import Store

if TYPE_CHECKING:
    from citekit.verify import PaperIndex

log = logging.getLogger(__name__)

# Told what is happening (a label) and whether a paper has just been completed.
Progress = Callable[[str, bool], None]


@dataclass
class FetchResult:
    """What a fetch resolved, in post order, and what went wrong (one line each)."""

    resolved: list[tuple[ArxivRef, Paper]] = field(default_factory=list)
    cited: int = 0  # distinct papers the post cites
    problems: list[str] = field(default_factory=list)  # the run worked but found these: exit 1
    errors: list[str] = field(default_factory=list)  # could not be done: exit 2

    @property
    def exit_code(self) -> ExitCode:
        if self.errors:
            return ExitCode.ERROR
        return ExitCode.PROBLEMS if self.problems else ExitCode.OK


def read_post(path: Path) -> str:
    """A post's text; a missing, binary or non-UTF-8 file is an InputError."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a Markdown file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    if b"\0" in data:
        raise InputError(f"{path}: binary file, not Markdown text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start}); re-save it as UTF-8") from exc


def fetch_post(post: Path, settings: Settings, progress: Progress | None = None) -> FetchResult:
    """Resolve and cache every arXiv paper a post cites."""
    return _fetch_markdown(post, read_post(post), settings, progress)[1]


def _fetch_markdown(
    post: Path, markdown: str, settings: Settings, progress: Progress | None
) -> tuple[list[ArxivRef], FetchResult]:
    refs, malformed = links.scan(markdown)
    result = fetch_refs(refs, settings, progress, where=str(post))
    result.problems[:0] = [f"{post}:{m.line}: not a valid arXiv id: {m.text}" for m in malformed]
    return refs, result


def fetch_refs(
    refs: Sequence[ArxivRef],
    settings: Settings,
    progress: Progress | None = None,
    where: str = "",
) -> FetchResult:
    """Papers for references: from the cache when there, else from arXiv, then cached."""
    store = Store(settings.cache_dir)
    result = FetchResult(cited=len(refs))
    cached: dict[str, Paper] = {}
    missing = []
    for ref in refs:
        paper = None if settings.refresh else _cached(store, ref)
        if paper is None:
            missing.append(ref)
        else:
            cached[ref.id] = paper
            if progress:
                progress(ref.label, True)
    if missing and settings.offline:
        for ref in missing:
            result.errors.append(
                f"{_at(where, ref)}{ref.label} is not in the cache {settings.cache_dir} "
                "(run without --offline to fetch it)"
            )
    elif missing:
        cached.update(_download(missing, store, settings, result, progress, where))
    result.resolved = [(ref, cached[ref.id]) for ref in refs if ref.id in cached]
    return result


def _cached(store: Store, ref: ArxivRef) -> Paper | None:
    versions = store.cached_versions(ref.id)
    if ref.version is not None:
        versions = [v for v in versions if v == ref.version]
    paper = store.load_paper(ref.id, versions[-1]) if versions else None
    # A damaged text.json counts as missing, so the version is fetched again.
    return paper if paper is not None and store.has_text(paper) else None


def _download(
    refs: Sequence[ArxivRef],
    store: Store,
    settings: Settings,
    result: FetchResult,
    progress: Progress | None,
    where: str,
) -> dict[str, Paper]:
    from citekit import arxiv_api, network, pdftext

    downloaded: list[tuple[ArxivRef, Paper, bytes]] = []
    session = network.open_session(settings)
    try:
        for ref, paper in arxiv_api.resolve(refs, session, settings):
            if paper is None:
                result.problems.append(f"{_at(where, ref)}arXiv has no paper {ref.label}")
                continue
            try:
                store.save_paper(paper)
                if progress:
                    progress(f"downloading {paper.versioned_id}", False)
                url = f"{settings.pdf_url}/{paper.versioned_id}"
                downloaded.append((ref, paper, network.download(session, url, paper.versioned_id)))
            except CitekitError as exc:
                result.errors.append(f"{_at(where, ref)}{exc}")
    except CitekitError as exc:
        result.errors.append(str(exc))
    finally:
        session.close()

    papers: dict[str, Paper] = {}
    if progress and downloaded:
        progress(f"extracting text of {len(downloaded)} PDFs", False)
    texts = pdftext.extract_many([(paper.versioned_id, pdf) for _, paper, pdf in downloaded])
    for (ref, paper, pdf), pages in zip(downloaded, texts, strict=True):
        try:
            if isinstance(pages, CitekitError):
                raise pages
            store.save_pdf(paper, pdf)
            store.save_text(paper, pages, pdftext.find_abstract(pages))
        except CitekitError as exc:
            result.errors.append(f"{_at(where, ref)}{exc}")
            continue
        papers[ref.id] = paper
        if progress:
            progress(ref.label, True)
    return papers


def _at(where: str, ref: ArxivRef) -> str:
    return f"{where}:{ref.lines[0]}: " if where else ""


@dataclass
class BibResult:
    """BibTeX for a post or the whole cache, and what the fetch behind it found."""

    text: str  # the entries (empty after --update, which writes the file instead)
    added: list[str]  # keys written into the --update file
    fetch: FetchResult


def build_bib(
    post: Path | None,
    settings: Settings,
    *,
    style: str = "bibtex",
    abstract: bool = False,
    update: Path | None = None,
    progress: Progress | None = None,
) -> BibResult:
    """BibTeX for the papers a post cites (fetched first if needed), or for every cached paper.

    Unresolved references become ``@comment`` lines, so the file shows what is missing.
    """
    from citekit import bibtex

    if post is None:
        latest_first = sorted(Store(settings.cache_dir).papers(), key=lambda p: -p.version)
        fetched = FetchResult(resolved=[(ArxivRef(p.id, None, ()), p) for p in latest_first])
    else:
        fetched = fetch_post(post, settings, progress)
    papers = [paper for _, paper in fetched.resolved]
    pinned = {ref.id: ref.version for ref, _ in fetched.resolved if ref.version}
    options = dict(style=style, pinned=pinned, abstract=abstract, notes=fetched.problems)
    if update is not None:
        return BibResult("", bibtex.update_file(update, papers, **options), fetched)
    return BibResult(bibtex.render(papers, **options), [], fetched)


def post_claims(post: Path, settings: Settings) -> list[Claim]:
    """The checkable claims of a post, attributed with the titles (and coined names) of the
    papers already cached."""
    markdown = read_post(post)
    refs = links.find_refs(markdown)
    store = Store(settings.cache_dir)
    papers = {ref.id: paper for ref in refs if (paper := _cached(store, ref)) is not None}
    return _claims_of(markdown, refs, papers)


@dataclass
class VerifyResult:
    """A verification report (the ``--json`` document) and how the run should exit."""

    document: dict
    fetch: FetchResult

    def exit_code(self, strict: bool = False) -> ExitCode:
        """2 on errors; 1 if a claim is contradicted (or, strict, not found) or a ref unresolved."""
        summary = self.document["summary"]
        failing = summary["contradicted"] + (summary["not_found"] if strict else 0)
        if self.fetch.exit_code == ExitCode.ERROR:
            return ExitCode.ERROR
        return ExitCode.PROBLEMS if failing or self.fetch.problems else ExitCode.OK


def verify_post(post: Path, settings: Settings, progress: Progress | None = None) -> VerifyResult:
    """Check every claim of a post against the papers it cites (fetched first if needed).

    The report of a post whose inputs are unchanged since the last run is served from the cache,
    and after an edit, so is the verdict of each claim the edit left as it was; a run that could
    not resolve every reference is always redone, so it retries and reports.
    """
    markdown = read_post(post)
    refs, fetched = _fetch_markdown(post, markdown, settings, progress)
    store = Store(settings.cache_dir)
    if fetched.problems or fetched.errors:
        return VerifyResult(_verify(post, markdown, refs, fetched, store, {})[0], fetched)
    key = _report_key(post, markdown, fetched, store)
    saved = store.load_report(post)
    if saved is not None and saved[0] == key:
        return VerifyResult(saved[1], fetched)
    known = _known_verdicts(saved, key)
    document, claim_keys = _verify(post, markdown, refs, fetched, store, known)
    if not fetched.errors:  # an index that could not be read or built is not worth keeping
        try:  # computed again: this run may have built the papers' indexes
            key = _report_key(post, markdown, fetched, store)
            store.save_report(post, key, document, claim_keys)
        except CacheError as exc:
            log.info("not caching the report: %s", exc)
    return VerifyResult(document, fetched)


def _verify(
    post: Path,
    markdown: str,
    refs: list[ArxivRef],
    fetched: FetchResult,
    store: Store,
    known: dict[str, dict],
) -> tuple[dict, list[str]]:
    """The report of a post and the key of each of its claims; claims whose key is ``known``
    keep that verdict, the others are verified against the papers' indexes."""
    from citekit import report

    papers = {ref.id: paper for ref, paper in fetched.resolved}
    claims = _claims_of(markdown, refs, papers)
    claim_keys = [_claim_key(claim) for claim in claims]
    findings = [
        _known_finding(claim, known[k]) if k in known else None
        for claim, k in zip(claims, claim_keys, strict=True)
    ]
    todo = [claim for claim, finding in zip(claims, findings, strict=True) if finding is None]
    if todo:
        from citekit import verify

        indexes = {}
        cited = {ref for claim in todo for ref in claim.refs}
        for arxiv_id, paper in papers.items():
            if arxiv_id not in cited:
                continue  # an index costs a JSON parse, and building one far more
            try:
                indexes[arxiv_id] = _paper_index(store, paper)
            except CitekitError as exc:
                fetched.errors.append(str(exc))
        verified = iter(verify.verify_claims(todo, papers, indexes))
        findings = [finding or next(verified) for finding in findings]
    notes = fetched.problems + fetched.errors
    document = report.report_document(str(post), list(papers.values()), findings, notes)
    return document, claim_keys


def _claims_of(markdown: str, refs: list[ArxivRef], papers: dict[str, Paper]) -> list[Claim]:
    """The post's claims, its papers named by their titles, the names their abstracts coin and
    their authors ("Goodfellow et al.")."""
    from citekit.claims import extract_claims, paper_aliases

    titles = {i: paper.title for i, paper in papers.items()}
    aliases = {i: paper_aliases(paper) for i, paper in papers.items()}
    return extract_claims(markdown, refs, titles, aliases)


def _report_key(post: Path, markdown: str, fetched: FetchResult, store: Store) -> list:
    """Everything a post's report depends on, citekit's own code included, as plain JSON data.

    Kept whole rather than hashed, so equal keys mean equal inputs (and no hashlib to import).
    """
    papers = [[paper.versioned_id, store.version_stamp(paper)] for _, paper in fetched.resolved]
    return [str(post), markdown, sys.version, _code_stamp(), papers]


_FINDING_FIELDS = ("verdict", "paper", "page", "quote", "paper_value", "match")


def _known_verdicts(saved: tuple[list, dict, list[str]] | None, key: list) -> dict[str, dict]:
    """The verdicts of a saved report by claim key, if only the post's text has changed since:
    the same code, Python and paper files give the same claim the same verdict."""
    if saved is None or saved[0][:1] + saved[0][2:] != key[:1] + key[2:]:
        return {}
    rows = saved[1].get("claims")
    if not isinstance(rows, list) or len(rows) != len(saved[2]):
        return {}
    if not all(isinstance(row, dict) and row.keys() >= set(_FINDING_FIELDS) for row in rows):
        return {}
    return dict(zip(saved[2], rows, strict=True))


def _claim_key(claim: Claim) -> str:
    """What a claim's verdict depends on in the post: all of it but its place (id and line).

    A repr, not JSON: a fifth of the cost, and keys are only compared under the same code.
    """
    return repr(claim._replace(id="", line=0))


def _known_finding(claim: Claim, row: dict) -> Finding:
    return Finding(claim, *(row[name] for name in _FINDING_FIELDS))


def _code_stamp() -> list[list]:
    """``[name, mtime_ns, size]`` of citekit's modules, so an edited checkout recomputes reports."""
    with os.scandir(Path(__file__).parent) as entries:
        stats = [(e.name, e.stat()) for e in entries if e.name.endswith(".py")]
    return sorted([name, stat.st_mtime_ns, stat.st_size] for name, stat in stats)


def _paper_index(store: Store, paper: Paper) -> PaperIndex:
    """A paper's quantity index: from the cache, else built from its page text and cached."""
    from citekit import verify

    cached = store.load_index(paper)
    if cached is not None:
        try:
            return verify.PaperIndex.from_json(cached)
        except (KeyError, ValueError, TypeError):
            log.info("rebuilding the stale index of %s", paper.versioned_id)
    pages = store.load_pages(paper)
    if pages is None:
        raise CacheError(
            f"{paper.versioned_id}: cached text is damaged; run citekit fetch --refresh"
        )
    if any(page.layout is None for page in pages):
        pages = _extract_again(store, paper) or pages
    index = verify.index_paper(pages)
    store.save_index(paper, index.to_json())
    return index


def _extract_again(store: Store, paper: Paper) -> list[Page] | None:
    """A version's page text extracted again from its cached PDF, and cached: text cached by
    an older citekit lacks the layout of tables with blank cells. None if that fails."""
    from citekit import pdftext

    try:
        pdf = store.pdf_path(paper).read_bytes()
    except OSError:
        return None
    [pages] = pdftext.extract_many([(paper.versioned_id, pdf)])
    if isinstance(pages, CitekitError):
        log.info("keeping the cached text of %s: %s", paper.versioned_id, pages)
        return None
    store.save_text(paper, pages, pdftext.find_abstract(pages))
    return pages
