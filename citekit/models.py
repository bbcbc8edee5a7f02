"""Small frozen values passed from one stage to the next.

Stages exchange these and nothing else: no sessions, clients or open files.
"""

from __future__ import annotations

from typing import NamedTuple


class ArxivRef(NamedTuple):
    """One arXiv paper a post cites: where, how, and which version if pinned."""

    id: str  # without version: "2409.12191", "hep-th/9901001"
    version: int | None  # None = latest
    lines: tuple[int, ...]  # 1-based lines of every occurrence
    text: str = ""  # link text of the first occurrence, e.g. "Qwen2-VL"
    heading: str = ""  # nearest heading above the first occurrence

    @property
    def label(self) -> str:
        """The id as the post wrote it: with its version when pinned."""
        return f"{self.id}v{self.version}" if self.version else self.id


class Paper(NamedTuple):
    """arXiv's metadata for one version of a paper."""

    id: str
    version: int
    title: str
    authors: tuple[str, ...]
    summary: str
    published: str  # ISO 8601, first version
    updated: str  # ISO 8601, this version
    primary_category: str
    categories: tuple[str, ...] = ()
    doi: str | None = None  # publisher DOI, never the arXiv one
    journal_ref: str | None = None
    comment: str | None = None
    pdf_url: str | None = None

    @property
    def versioned_id(self) -> str:
        return f"{self.id}v{self.version}"

    @property
    def abs_url(self) -> str:
        return f"https://arxiv.org/abs/{self.id}"


class Page(NamedTuple):
    """One PDF page's text: normalised for matching, raw as pypdf gave it, and laid out in
    columns (pypdf's layout mode) where a table leaves cells blank; "" elsewhere, None if
    the text was cached by a citekit that did not keep layouts."""

    number: int  # 1-based
    text: str
    raw: str
    layout: str | None = None


class Quantity(NamedTuple):
    """A number as written in a post or paper, with what it counts."""

    value: float
    unit: str  # "tokens", "samples", "parameters", "hours", "%", "" ...
    kind: str  # count | params | duration | date | percent | other
    text: str  # exact substring, e.g. "600b tokens"
    start: int  # offset of text in the string it was parsed from
    sig_figs: int  # how precisely it was written: "4 trillion" -> 1, "4.1T" -> 2


class Claim(NamedTuple):
    """One checkable statement of a post: a quantity, what it is about, and where."""

    id: str  # "L55-1": line 55, first claim on it
    line: int
    quantity: Quantity
    subject: str
    context: str
    hedged: bool
    refs: tuple[str, ...]  # arXiv ids the claim should be checked against
    # for a table cell, the sentence that introduces its table ("..., for QQP 140K:"); for a
    # sentence about "the same split and model" or "the same row", or opening with "Its" or
    # "Another", the sentence (in a list, the item) before it, and that one's lead if it has one;
    # for one in a section whose heading names a model size its sentence does not name or names
    # alike, that heading; for a list item, the paragraph that introduces its list with a table
    # or model size
    lead: str = ""


class Finding(NamedTuple):
    """A claim's verdict against the papers, with the evidence."""

    claim: Claim
    verdict: str  # supported | contradicted | not_found
    paper: str | None = None  # versioned id
    page: int | None = None
    quote: str | None = None
    paper_value: float | None = None
    match: str | None = None  # exact | equivalent | approximate | None
