"""A verification run as the user reads it: JSON, terminal text, Markdown, or the annotated post.

Everything here is pure: it takes the findings verify.py produced and the papers' metadata,
and returns strings or plain data. Choosing the format, writing files and exit codes are
left to cli.py; the claims-stage fields come from ``claims.claims_document`` unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from citekit.models import Finding, Paper
from citekit.patterns import pattern

VERDICTS = ("supported", "contradicted", "not_found")
_MARK = {"supported": "✓", "contradicted": "✗", "not_found": "?"}
_FOOTNOTE = pattern(r"\[\^ck-L[0-9]+-[0-9]+\]")
_FOOTNOTE_DEFINITION = pattern(r"^\[\^ck-L[0-9]+-[0-9]+\]:")


def report_document(
    post: str,
    papers: Sequence[Paper],
    findings: Sequence[Finding],
    problems: Sequence[str] = (),
) -> dict[str, object]:
    """The JSON report: claims-stage fields of each claim plus its verdict and evidence."""
    from citekit.claims import claims_document  # not at import: a cached report needs no claims

    claims = claims_document(post, [f.claim for f in findings])["claims"]
    rows = [
        {
            **claim,  # type: ignore[dict-item]
            "verdict": finding.verdict,
            "paper": finding.paper,
            "page": finding.page,
            "quote": finding.quote,
            "paper_value": finding.paper_value,
            "match": finding.match,
        }
        for claim, finding in zip(claims, findings, strict=True)  # type: ignore[call-overload]
    ]
    document: dict[str, object] = {
        "post": post,
        "papers": [{"id": p.id, "version": p.version, "title": p.title} for p in papers],
        "claims": rows,
        "summary": {v: sum(f.verdict == v for f in findings) for v in VERDICTS},
    }
    if problems:
        document["problems"] = list(problems)
    return document


def _claims(doc: Mapping[str, object]) -> list[dict]:
    return list(doc["claims"])  # type: ignore[call-overload]


def _groups(doc: Mapping[str, object]) -> list[tuple[str, list[dict]]]:
    """Claims grouped by the paper that decided them, else by the first cited reference."""
    titles = {p["id"]: p["title"] for p in doc["papers"]}  # type: ignore[attr-defined]
    groups: dict[str, list[dict]] = {}
    for claim in _claims(doc):
        paper = (claim["paper"] or "").rsplit("v", 1)[0] or (claim["refs"] or [""])[0]
        groups.setdefault(paper, []).append(claim)
    return [
        (f"{key} {titles[key]}" if key in titles else key or "no reference", claims)
        for key, claims in groups.items()
    ]


def _verdict(claim: Mapping[str, object]) -> str:
    verdict = str(claim["verdict"]).replace("_", " ")
    if claim["verdict"] == "supported" and claim["match"] not in (None, "exact"):
        verdict += f" ({claim['match']})"
    if claim["verdict"] == "contradicted":
        verdict += f" (paper: {claim['paper_value']:g})"
    return verdict + (", hedged" if claim["hedged"] else "")


def _summary(doc: Mapping[str, object]) -> str:
    counts = doc["summary"]
    return ", ".join(f"{counts[v]} {v.replace('_', ' ')}" for v in VERDICTS)  # type: ignore[index]


def render_text(doc: Mapping[str, object]) -> str:
    """The terminal report: claims grouped by paper, each with verdict, page and quote."""
    lines = [f"{doc['post']}: {_summary(doc)}"]
    for problem in doc.get("problems", []):  # type: ignore[attr-defined]
        lines.append(f"problem: {problem}")
    for heading, claims in _groups(doc):
        lines += ["", heading]
        for claim in claims:
            lines.append(
                f"  {_MARK[claim['verdict']]} L{claim['line']} {claim['text']!r}"
                f" ({claim['subject']}): {_verdict(claim)}"
            )
            if claim["quote"] is not None:
                where = f"p. {claim['page']}" if claim["page"] else "metadata"
                lines.append(f"      {where}: “{claim['quote']}”")
    return "\n".join(lines) + "\n"


def render_markdown(doc: Mapping[str, object]) -> str:
    """The report as Markdown for a pull-request comment: one table per paper."""
    lines = [f"### citekit verify: `{doc['post']}`", "", _summary(doc) + "."]
    for problem in doc.get("problems", []):  # type: ignore[attr-defined]
        lines.append(f"- ⚠️ {problem}")
    for heading, claims in _groups(doc):
        lines += ["", f"#### {heading}", "", "| line | claim | subject | verdict | page | quote |"]
        lines.append("|---:|---|---|---|---:|---|")
        for claim in claims:
            cells = [
                str(claim["line"]),
                f"`{claim['text']}`",
                claim["subject"],
                f"{_MARK[claim['verdict']]} {_verdict(claim)}",
                str(claim["page"] or ""),
                f"“{claim['quote']}”" if claim["quote"] else "",
            ]
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def annotate(markdown: str, doc: Mapping[str, object]) -> str:
    """The post with a footnote per claim, after the claim's text, citing paper, page and quote.

    Footnotes citekit added before are removed first, so annotating twice gives one set.
    """
    lines = [
        _FOOTNOTE.sub("", line)
        for line in markdown.splitlines()
        if not _FOOTNOTE_DEFINITION.match(line)
    ]
    while lines and not lines[-1].strip():
        lines.pop()
    definitions = []
    for claim in _claims(doc):
        marker = f"[^ck-{claim['id']}]"
        index = claim["line"] - 1
        if not 0 <= index < len(lines):
            continue
        line = lines[index]
        at = _after_text(line, claim["text"])
        lines[index] = line[:at] + marker + line[at:]
        definitions.append(f"{marker}: {_footnote(claim)}")
    if definitions:
        lines += ["", *definitions]
    return "\n".join(lines) + "\n"


def _after_text(line: str, text: str) -> int:
    """Where a claim's marker goes: right after its text, else at the end of the line."""
    found = line.find(text)
    while found >= 0:
        end = found + len(text)
        if not line.startswith("[^ck-", end):  # an earlier claim with the same text took it
            return end
        found = line.find(text, end)
    return len(line)


def _footnote(claim: Mapping[str, object]) -> str:
    text = f"citekit: {_verdict(claim)}"
    if claim["paper"]:
        where = f", p. {claim['page']}" if claim["page"] else ""
        text += f" — arXiv:{claim['paper']}{where}"
    if claim["quote"]:
        text += f": “{' '.join(str(claim['quote']).split())}”"
    return text
