"""arXiv ids → Paper metadata through one ``arxiv.Client`` (the only module importing arxiv).

The client runs on the run's cached session (``network``), which does the retrying and the
courtesy delay, so the client itself neither retries nor sleeps.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence

import arxiv
import requests

from citekit.config import Settings
from citekit.errors import NetworkError
from citekit.models import ArxivRef, Paper
from citekit.network import reason
from citekit.patterns import pattern

log = logging.getLogger(__name__)

BATCH = 100  # ids per API request
_VERSIONED = pattern(r"(?P<id>.+)v(?P<version>\d+)")


def resolve(
    refs: Sequence[ArxivRef], session: requests.Session, settings: Settings
) -> Iterator[tuple[ArxivRef, Paper | None]]:
    """Each reference with arXiv's metadata for it, or None when arXiv has no such paper.

    One request per batch of up to 100 ids. A versioned reference gets that version; an
    unversioned one the latest. Yields batch by batch, so papers can be fetched meanwhile.
    """
    client = arxiv.Client(delay_seconds=0, num_retries=0)
    client.query_url_format = settings.api_url + "?{}"
    client._session = session  # the run's cached, retrying session (arxiv.py has no setter)
    for start in range(0, len(refs), BATCH):
        batch = refs[start : start + BATCH]
        client.page_size = len(batch)
        search = arxiv.Search(id_list=[ref.label for ref in batch], max_results=len(batch))
        found = {(p.id, p.version): p for p in map(_paper, _results(client, search))}
        latest = {arxiv_id: paper for (arxiv_id, _), paper in sorted(found.items())}
        for ref in batch:
            if ref.version is None:
                yield ref, latest.get(ref.id)
            else:
                yield ref, found.get((ref.id, ref.version))


def _results(client: arxiv.Client, search: arxiv.Search) -> list[arxiv.Result]:
    try:
        return list(client.results(search))
    except arxiv.HTTPError as exc:
        if (
            400 <= exc.status < 500 and exc.status != 429
        ):  # ids were validated: not the post's fault
            raise NetworkError(
                f"arXiv API refused the query for {_ids(search)} (HTTP {exc.status}); "
                "check CITEKIT_API_URL, or report this as a citekit bug"
            ) from exc
        raise NetworkError(
            f"arXiv API answered HTTP {exc.status} for {_ids(search)}; try again later"
        ) from exc
    except (arxiv.ArxivError, requests.RequestException) as exc:
        raise NetworkError(
            f"cannot reach the arXiv API at {client.query_url_format[:-3]} ({reason(exc)}); "
            "check the network or use --offline"
        ) from exc


def _paper(result: arxiv.Result) -> Paper:
    short = result.get_short_id()
    match = _VERSIONED.fullmatch(short)
    if match is None:
        raise NetworkError(f"arXiv returned an entry without a version: {result.entry_id}")
    return Paper(
        id=match["id"],
        version=int(match["version"]),
        title=" ".join(result.title.split()),
        authors=tuple(author.name for author in result.authors),
        summary=" ".join(result.summary.split()),
        published=result.published.isoformat(),
        updated=result.updated.isoformat(),
        primary_category=result.primary_category,
        categories=tuple(result.categories),
        doi=result.doi or None,
        journal_ref=result.journal_ref or None,
        comment=result.comment or None,
        pdf_url=result.pdf_url,
    )


def _ids(search: arxiv.Search) -> str:
    shown = ", ".join(search.id_list[:3])
    return shown + (f" and {len(search.id_list) - 3} more" if len(search.id_list) > 3 else "")
