"""Fuzz targets: hypothesis properties of the parsers and the BibTeX writer, with counters.

`test_fuzz.py` runs each with a small profile in the default suite; `bench/fuzz.py` runs them
with 100,000+ examples each. ``RUNS`` counts the examples each target really executed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import bibtexparser
from bibtexparser.middlewares.names import split_multiple_persons_names
from hypothesis import strategies as st

from citekit import bibtex
from citekit.claims import extract_claims
from citekit.links import parse_id, scan
from citekit.models import Paper
from citekit.quantities import parse_quantities

RUNS: Counter[str] = Counter()

# Markdown made of the pieces the parsers care about, so random text reaches deep paths.
_PIECES = [
    "arXiv:", "arxiv.org/abs/", "https://arxiv.org/pdf/", "10.48550/arXiv.", "2409.12191",
    "1706.03762v5", "hep-th/9901001", "math.GT/0309136v2", "v2", ".pdf", "[", "](", ")", "<",
    ">", "<a href=\"", "\">", "</a>", "`", "```\n", "# ", "\n===\n", "| ", " |\n|---|---|\n",
    "[ref]: ", "\n", " ", ".", ",", "%2F", "../", "\x00", "1.4 billion", "600B", "0.6T", "96.8M",
    "20min", "1亿", "3.5 days", "约", "~", "±", "%", "x", "2017", "8 P100 GPUs", "BLEU 28.4",
    "-", "*", "**", "_", "é", "🙂", "\t", "\\", "一百二十", "百分之零点二", "千分之", "10−9",
    "10^-", "10⁻²", "GPU-days", "→", "?",
]  # fmt: skip
markdown = st.lists(st.sampled_from(_PIECES) | st.text(max_size=5), max_size=60).map("".join)

_NEW_ID = st.builds(
    lambda yy, mm, num: (
        f"{yy:02d}{mm:02d}.{num:05d}" if yy >= 15 else f"{yy:02d}{mm:02d}.{num:04d}"
    ),
    st.integers(8, 30),
    st.integers(1, 12),
    st.integers(1, 9999),
)
_OLD_ID = st.builds(
    lambda archive, yy, mm, num: f"{archive}/{yy:02d}{mm:02d}{num:03d}",
    st.sampled_from(["hep-th", "math", "cond-mat", "astro-ph", "quant-ph", "cs"]),
    st.sampled_from([91, 95, 99, 0, 3, 6]),
    st.integers(1, 12),
    st.integers(1, 999),
)
arxiv_ids = (_NEW_ID | _OLD_ID).flatmap(
    lambda i: st.tuples(st.just(i), st.none() | st.integers(1, 999))
)
_FORMS = [
    "https://arxiv.org/abs/{}", "http://export.arxiv.org/pdf/{}.pdf", "arXiv:{}",
    "[text](https://www.arxiv.org/abs/{})", "<https://arxiv.org/html/{}>", "see arXiv:{}.",
    '<a href="https://arxiv.org/abs/{}">t</a>', "| https://arxiv.org/abs/{} |",
]  # fmt: skip
_TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)
papers = st.builds(
    Paper,
    id=_NEW_ID,
    version=st.integers(1, 20),
    title=_TEXT,
    authors=st.lists(_TEXT.filter(lambda s: any(c.isalnum() for c in s)), max_size=4).map(tuple),
    summary=_TEXT,
    published=st.just("2021-01-05T00:00:00Z"),
    updated=st.just("2021-02-05T00:00:00Z"),
    primary_category=st.sampled_from(["cs.LG", "hep-th", "math.GT"]),
    doi=st.none() | st.just("10.1000/x{y}"),
    journal_ref=st.none() | _TEXT,
)


def scan_never_crashes(text: str) -> None:
    RUNS["links.scan"] += 1
    refs, malformed = scan(text)
    for ref in refs:  # every extracted id round-trips through the validator
        label = ref.id if ref.version is None else f"{ref.id}v{ref.version}"
        assert parse_id(label) == (ref.id, ref.version)
        assert "/.." not in ref.id and "\x00" not in ref.id
    assert all(m.line >= 1 for m in malformed)


def scan_finds_every_valid_id(arxiv_id: tuple[str, int | None], form: str, before: str) -> None:
    RUNS["links.scan ids"] += 1
    base, version = arxiv_id
    label = base if version is None else f"{base}v{version}"
    refs, _ = scan(f"{before}\n\n{form.format(label)}\n")
    assert any((r.id, r.version) == (base.replace(".GT", ""), version) for r in refs), refs


def quantities_never_crash(text: str) -> None:
    RUNS["quantities.parse_quantities"] += 1
    for quantity in parse_quantities(text):
        assert quantity.value == quantity.value  # never NaN
        assert text[quantity.start : quantity.start + len(quantity.text)] == quantity.text


def claims_never_crash(text: str) -> None:
    RUNS["claims.extract_claims"] += 1
    refs, _ = scan(text)
    for claim in extract_claims(text, refs):
        assert claim.line >= 1


def bibtex_reparses_to_the_same_fields(batch: list[Paper], existing: str) -> None:
    RUNS["bibtex.render/merge_into"] += 1
    unique = list({p.id: p for p in batch}.values())
    for style in bibtex.STYLES:
        merged = bibtex.merge_into(existing, unique, style=style)
        assert merged.startswith(existing)  # the user's file is never changed, only appended to
        library = bibtexparser.parse_string(merged)
        assert library.failed_blocks == []
        written = library.entries[len(library.entries) - len(unique) :]
        assert len(written) == len(unique)
        for entry, paper in zip(written, unique, strict=True):
            fields = {name.lower(): field.value for name, field in entry.fields_dict.items()}
            assert fields["eprint"] == paper.id
            assert paper.published[:4] in (fields.get("year", ""), fields.get("date", "")[:4])
            authors = split_multiple_persons_names(fields["author"]) if paper.authors else []
            assert len(authors) == len(paper.authors)


TARGETS: dict[str, tuple[Callable[..., None], dict[str, st.SearchStrategy]]] = {
    "links.scan": (scan_never_crashes, {"text": markdown}),
    "links.scan ids": (
        scan_finds_every_valid_id,
        {
            "arxiv_id": arxiv_ids,
            "form": st.sampled_from(_FORMS),
            "before": markdown.map(lambda t: t.replace("`", "'").replace("~", "-")),  # no code
        },
    ),
    "quantities.parse_quantities": (quantities_never_crash, {"text": markdown}),
    "claims.extract_claims": (claims_never_crash, {"text": markdown}),
    "bibtex.render/merge_into": (
        bibtex_reparses_to_the_same_fields,
        {
            "batch": st.lists(papers, max_size=3),
            "existing": st.sampled_from(
                ["", "@article{smith2020, title={X}}\n", "% a comment\n@misc{a,\n}\n"]
            ),
        },
    ),
}
