"""The links stage: every form of arXiv reference a post may use, and what is not one."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit.links import find_refs, parse_id, scan

SEED = Path(__file__).parent / "data" / "claims" / "qwen-vl-overview.md"

# (markdown, expected (id, version) of the single reference it holds)
FORMS = [
    ("https://arxiv.org/abs/2409.12191", ("2409.12191", None)),
    ("http://arxiv.org/abs/2409.12191v2", ("2409.12191", 2)),
    ("https://arxiv.org/pdf/2409.12191", ("2409.12191", None)),
    ("https://arxiv.org/pdf/2409.12191v1.pdf", ("2409.12191", 1)),
    ("https://arxiv.org/html/2409.12191v3", ("2409.12191", 3)),
    ("http://export.arxiv.org/abs/1706.03762", ("1706.03762", None)),
    ("https://www.arxiv.org/abs/1706.03762v5", ("1706.03762", 5)),
    ("see arxiv.org/abs/0704.0001 here", ("0704.0001", None)),
    ("https://arxiv.org/abs/hep-th/9901001", ("hep-th/9901001", None)),
    ("https://arxiv.org/abs/math.GT/0309136v2", ("math/0309136", 2)),
    ("arXiv:2409.12191", ("2409.12191", None)),
    ("arXiv:hep-th/9901001v2", ("hep-th/9901001", 2)),
    ("arxiv: 1406.2661", ("1406.2661", None)),
    ("https://doi.org/10.48550/arXiv.2409.12191", ("2409.12191", None)),
    ("cite 10.48550/arXiv.2409.12191.", ("2409.12191", None)),
    ("[Qwen2-VL](https://arxiv.org/pdf/2409.12191)", ("2409.12191", None)),
    ("[qwen]: https://arxiv.org/abs/2409.12191 'title'", ("2409.12191", None)),
    ("<https://arxiv.org/abs/2409.12191>", ("2409.12191", None)),
    ('<a href="https://arxiv.org/abs/2409.12191">Qwen2-VL</a>', ("2409.12191", None)),
    ("| Qwen2-VL | https://arxiv.org/abs/2409.12191 |", ("2409.12191", None)),
    ("| [Qwen2-VL](https://arxiv.org/abs/2409.12191v2)|", ("2409.12191", 2)),
    ("Read https://arxiv.org/abs/2409.12191.", ("2409.12191", None)),
    ("(https://arxiv.org/abs/2409.12191), and", ("2409.12191", None)),
    ("https://arxiv.org/abs/2409.12191#S3 section", ("2409.12191", None)),
    # in Chinese prose, full-width brackets and punctuation end the id
    ("RAPT（arXiv:2202.00535）的结果", ("2202.00535", None)),
    ("见 arXiv:2202.00535v1，以及", ("2202.00535", 1)),
    ("论文 https://arxiv.org/abs/2202.00535。", ("2202.00535", None)),
]


@pytest.mark.parametrize(("markdown", "expected"), FORMS)
def test_every_reference_form_yields_its_id(markdown: str, expected: tuple) -> None:
    refs = find_refs(markdown)
    assert [(ref.id, ref.version) for ref in refs] == [expected]


NOT_REFERENCES = [
    "Qwen 2.5 and version 1.2.3",
    "call 555.1234 or 2409.12191 without a marker",
    "`https://arxiv.org/abs/2409.12191` in inline code",
    "https://example.org/abs/2409.12191",
    "https://github.com/arxiv/2409.12191",
    "the arXiv is great",
]


@pytest.mark.parametrize("markdown", NOT_REFERENCES)
def test_numbers_without_an_arxiv_marker_or_in_code_are_not_references(markdown: str) -> None:
    assert scan(markdown) == ([], [])


def test_fenced_code_is_ignored_but_keeps_line_numbers() -> None:
    markdown = (
        "```\nhttps://arxiv.org/abs/1706.03762\n```\n~~~\narXiv:1406.2661\n~~~\narXiv:2202.00535"
    )
    refs = find_refs(markdown)
    assert [(ref.id, ref.lines) for ref in refs] == [("2202.00535", (7,))]


@pytest.mark.parametrize(
    "markdown",
    [
        "https://arxiv.org/abs/2413.12345",  # month 13
        "https://arxiv.org/abs/1501.1234",  # four digits after 2014
        "https://arxiv.org/abs/2409.12191v1/../../x",
        "https://arxiv.org/abs/hep-th%2F9901001",
        "https://arxiv.org/abs/2409.12191v123456789",
        "arXiv:../../etc/passwd",
        "https://arxiv.org/abs/notanarchive/9901001",
    ],
)
def test_malformed_ids_are_reported_not_returned(markdown: str) -> None:
    refs, malformed = scan(markdown)
    assert refs == []
    assert [m.line for m in malformed] == [1]


def test_references_are_deduplicated_keeping_every_line_and_first_link_text() -> None:
    markdown = (
        "# Intro\n[Attention](https://arxiv.org/abs/1706.03762) is all.\n\n## Later\n"
        "Again arXiv:1706.03762v5 and [GAN](https://arxiv.org/abs/1406.2661).\n"
    )
    first, second = find_refs(markdown)
    assert (first.id, first.version, first.lines, first.text, first.heading) == (
        "1706.03762",
        None,
        (2, 5),
        "Attention",
        "Intro",
    )
    assert (second.id, second.text, second.heading) == ("1406.2661", "GAN", "Later")


def test_a_reference_definition_is_cited_wherever_its_label_is_used() -> None:
    markdown = (
        "The sepsis paper [futoma] is honest.\n"
        "See [Futoma et al.][futoma], or [futoma][] again; [not a label] and [x](y) are not.\n"
        "`[futoma]` in code neither.\n\n"
        "[futoma]: <https://arxiv.org/abs/1708.05894v1>\n"
    )
    [ref] = find_refs(markdown)
    assert (ref.id, ref.lines, ref.text) == ("1708.05894", (1, 2, 5), "futoma")


def test_seed_post_yields_exactly_its_three_references() -> None:
    refs = find_refs(SEED.read_text())
    assert [(r.id, r.version, r.lines, r.text) for r in refs] == [
        ("2308.12966", None, (78,), "Qwen-VL"),
        ("2409.12191", None, (79,), "Qwen2-VL"),
        ("2502.13923", None, (80,), "Qwen2.5-VL"),
    ]


new_ids = st.builds(
    lambda yy, mm, num, v: (f"{yy:02d}{mm:02d}.{num:0{5 if yy >= 15 else 4}d}", v),
    st.integers(8, 99),
    st.integers(1, 12),
    st.integers(1, 9999),
    st.none() | st.integers(1, 99),
)


@given(
    new_ids,
    st.sampled_from(["https://arxiv.org/abs/{}", "arXiv:{}", "[x](arxiv.org/pdf/{}.pdf)"]),
    st.sampled_from(["", ".", ",", ")", "!"]),
)
def test_generated_ids_round_trip_through_any_form(ident, form, trailer) -> None:
    arxiv_id, version = ident
    label = f"{arxiv_id}v{version}" if version else arxiv_id
    assert parse_id(label) == (arxiv_id, version)
    refs = find_refs(f"See {form.format(label)}{trailer} now")
    assert [(r.id, r.version) for r in refs] == [(arxiv_id, version)]


@given(st.text())
def test_scanning_any_text_never_crashes_and_ids_are_valid(text: str) -> None:
    refs, _ = scan(text)
    for ref in refs:
        assert parse_id(ref.id) == (ref.id, None)
