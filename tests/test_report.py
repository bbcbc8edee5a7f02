"""report: the JSON schema and golden renderings of a small post.

Regenerate the golden files deliberately with ``CITEKIT_REGEN=1`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from citekit.claims import extract_claims
from citekit.links import find_refs
from citekit.models import Page, Paper
from citekit.report import annotate, render_markdown, render_text, report_document
from citekit.verify import index_paper, verify_claims

DATA = Path(__file__).parent / "data" / "verify"
PAGE = """We trained the base models for a total of 100,000 steps or 12 hours.
The vocabulary holds about 37000 tokens, and we used warmup_steps = 4000.
Model MNIST TFD
Adversarial nets 225 ± 2 2057 ± 26"""
FILLER = " ".join(
    f"Section {i} discusses topic{i} and related work{i} in detail." for i in range(40)
)
PAPER = Paper("2301.01234", 2, "A Toy Paper", ("A. Author",), "", "2017-06-12T17:57:34Z", "", "cs")


@pytest.fixture(scope="module")
def doc() -> dict:
    markdown = (DATA / "toy.md").read_text(encoding="utf-8")
    claims = extract_claims(markdown, find_refs(markdown), {PAPER.id: PAPER.title})
    index = index_paper([Page(1, FILLER, FILLER), Page(2, " ".join(PAGE.split()), PAGE)])
    findings = verify_claims(claims, {PAPER.id: PAPER}, {PAPER.id: index})
    return report_document("toy.md", [PAPER], findings, ["toy.md:9: arXiv has no paper 2302.9"])


def _golden(name: str, actual: str) -> None:
    path = DATA / name
    if os.environ.get("CITEKIT_REGEN"):
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


def test_document_has_the_issue_schema(doc: dict) -> None:
    assert set(doc) == {"post", "papers", "claims", "summary", "problems"}
    assert doc["papers"] == [{"id": "2301.01234", "version": 2, "title": "A Toy Paper"}]
    claim_fields = {"id", "line", "text", "value", "unit", "kind", "subject", "context"}
    claim_fields |= {"hedged", "refs", "verdict", "paper", "page", "quote", "paper_value", "match"}
    assert all(set(claim) == claim_fields for claim in doc["claims"])
    assert sum(doc["summary"].values()) == len(doc["claims"])
    assert set(doc["summary"]) == {"supported", "contradicted", "not_found"}


def test_document_is_the_golden_json(doc: dict) -> None:
    _golden("toy.report.json", json.dumps(doc, ensure_ascii=False, indent=1) + "\n")


def test_text_report_groups_by_paper_and_marks_hedges(doc: dict) -> None:
    text = render_text(doc)
    assert "hedged" in text and "2301.01234 A Toy Paper" in text
    _golden("toy.report.txt", text)


def test_markdown_report_is_golden(doc: dict) -> None:
    _golden("toy.report.md", render_markdown(doc))


def test_annotated_post_is_golden_and_annotating_twice_changes_nothing(doc: dict) -> None:
    once = annotate((DATA / "toy.md").read_text(encoding="utf-8"), doc)
    _golden("toy.annotated.md", once)
    assert annotate(once, doc) == once
