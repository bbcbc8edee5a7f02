"""Score claim extraction and verification against the hand-checked gold set.

Usage: ``python bench/eval_verify.py --cache-dir CACHE [--posts GLOB] [--json]``, where CACHE
holds the 8 corpus papers (``citekit fetch`` them first, or use the test suite's
``corpus_cache``) and GLOB picks gold posts (``heldout-*`` is the post kept out of tuning). No
network. Every expected claim the extractor misses counts as a wrong verdict, so verdict
accuracy measures the whole claims → verify path. A right ``contradicted`` verdict is also
checked for the paper's value: "contradicted, value" is the share of them that name the value
the gold names (a contradiction read off the wrong row still counts as a right verdict).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from citekit.claims import extract_claims, paper_aliases
from citekit.links import find_refs
from citekit.models import Claim, Finding, Paper
from citekit.store import Store
from citekit.verify import PaperIndex, index_paper, verify_claims

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold"
VERDICTS = ("supported", "contradicted", "not_found")
MISSED = "missed"


def load_library(cache_dir: Path) -> tuple[dict[str, Paper], dict[str, PaperIndex]]:
    """The newest cached version of every paper under ``cache_dir``, indexed."""
    store = Store(cache_dir)
    papers: dict[str, Paper] = {}
    for paper in store.papers():
        papers[paper.id] = paper  # ordered by version: the newest wins
    indexes = {}
    for paper in papers.values():
        pages = store.load_pages(paper)
        if pages is not None:
            indexes[paper.id] = index_paper(pages)
    return papers, indexes


def _nth_alike(
    found: Claim, gold: dict, claims: Sequence[Claim], line: str, used: set[str]
) -> Claim:
    """Of a line's claims with ``found``'s text, the one in the gold span's place."""
    alike = sorted(
        (c for c in claims if c.line == found.line and c.quantity.text == found.quantity.text),
        key=lambda c: c.quantity.start,
    )
    at = line.find(gold["text"])
    if len(alike) < 2 or at < 0:
        return found
    number = rf"(?<![\w.]){re.escape(found.quantity.text)}(?![\w.])"
    k = len(re.findall(number, line[:at]))
    return alike[k] if k < len(alike) and alike[k].id not in used else found


def _overlaps(expected: str, extracted: str) -> bool:
    """Whether two spans of one line can be the same number: one holds the other, or one ends
    where the other starts (gold ``约7.74亿`` with its hedge, extracted ``7.74亿个参数`` with
    its unit)."""
    if expected in extracted or extracted in expected:
        return True
    return any(
        a.endswith(b[:k])
        and any(c.isdigit() for c in b[:k])
        # one digit shared is one number only when it stands alone: gold ``k = 1``, extracted
        # ``1 discriminator step``; not ``12`` and ``20 道``
        and (k > 1 or not (a[-2:-1].isdigit() or b[1:2].isdigit() or b[1:2] in ".,"))
        for a, b in ((expected, extracted), (extracted, expected))
        for k in range(1, min(len(a), len(b)))
    )


def _whole_in(extracted: str, expected: str) -> bool:
    """Whether the extracted span's number stands whole in the expected span: ``100 noise
    samples`` in ``m = 100``, not ``1``."""
    number = re.search(r"[0-9][0-9.,]*", extracted)
    whole = rf"(?<![\w.]){re.escape(number.group(0))}(?![\w.])" if number else None
    return whole is not None and re.search(whole, expected) is not None


def match_claims(
    expected: Sequence[dict], claims: Sequence[Claim], lines: Sequence[str] = ()
) -> list[Claim | None]:
    """The extracted claim standing for each expected one: same line, overlapping text; of a
    line's claims with one text, the one as many of that text stand before in the ``lines``
    as before the expected span ("28 vitals and 6 labs (… 6 vitals and 28 labs)")."""
    used: set[str] = set()
    matched: list[Claim | None] = []
    for gold in expected:
        free = [c for c in claims if c.line == gold["line"] and c.id not in used]
        overlapping = [c for c in free if _overlaps(gold["text"], c.quantity.text)]
        found = next((c for c in free if c.quantity.text == gold["text"]), None) or min(
            overlapping, key=lambda c: not _whole_in(c.quantity.text, gold["text"]), default=None
        )
        if found is not None and gold["line"] <= len(lines):
            found = _nth_alike(found, gold, claims, lines[gold["line"] - 1], used)
        if found is not None:
            used.add(found.id)
        matched.append(found)
    return matched


def evaluate(cache_dir: Path, gold_dir: Path = GOLD, posts: str = "*") -> dict:
    """Extraction and verdict scores over the gold posts matching ``posts``, per post and in all."""
    papers, indexes = load_library(cache_dir)
    titles = {i: p.title for i, p in papers.items()}
    aliases = {i: paper_aliases(p) for i, p in papers.items()}  # as a real run names them
    confusion = {e: dict.fromkeys((*VERDICTS, MISSED), 0) for e in VERDICTS}
    extracted_total = matched_total = page_right = page_total = value_right = value_total = 0
    errors = []
    per_post: dict[str, dict[str, int]] = {}
    for path in sorted(gold_dir.glob(f"{posts}.expected.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        markdown = (gold_dir / gold["post"]).read_text(encoding="utf-8")
        claims = extract_claims(markdown, find_refs(markdown), titles, aliases)
        findings = {f.claim.id: f for f in verify_claims(claims, papers, indexes)}
        extracted_total += len(claims)
        tally = per_post.setdefault(gold["post"], {"claims": 0, "right": 0})
        for expected, claim in zip(
            gold["claims"], match_claims(gold["claims"], claims, markdown.splitlines()), strict=True
        ):
            where = f"{gold['post']}:{expected['line']} {expected['text']!r}"
            tally["claims"] += 1
            if claim is None:
                confusion[expected["verdict"]][MISSED] += 1
                errors.append(f"{where}: not extracted (expected {expected['verdict']})")
                continue
            matched_total += 1
            finding = findings[claim.id]
            confusion[expected["verdict"]][finding.verdict] += 1
            tally["right"] += finding.verdict == expected["verdict"]
            if finding.verdict != expected["verdict"]:
                got = f"{finding.verdict}, expected {expected['verdict']}"
                errors.append(f"{where}: {got}{_evidence(finding)}")
            elif finding.verdict != "not_found":
                if finding.verdict == "contradicted":
                    value_total += 1
                    if _same_value(finding.paper_value, expected["paper_value"]):
                        value_right += 1
                    else:
                        got = f"value {finding.paper_value:g}, expected {expected['paper_value']}"
                        errors.append(f"{where}: {got}{_evidence(finding)}")
                page_total += 1
                pages = {expected["page"], *(alt["page"] for alt in expected.get("alt_pages", []))}
                if finding.page in pages:
                    page_right += 1
                else:
                    got = f"page {finding.page}, expected {sorted(pages)}"
                    errors.append(f"{where}: {got}{_evidence(finding)}")
    expected_total = sum(sum(row.values()) for row in confusion.values())
    correct = sum(confusion[v][v] for v in VERDICTS)
    per_verdict = {}
    for verdict in VERDICTS:
        predicted = sum(confusion[e][verdict] for e in VERDICTS)
        actual = sum(confusion[verdict].values())
        per_verdict[verdict] = {
            "precision": _ratio(confusion[verdict][verdict], predicted),
            "recall": _ratio(confusion[verdict][verdict], actual),
            "expected": actual,
        }
    return {
        "claims": expected_total,
        "verdict_accuracy": _ratio(correct, expected_total),
        "page_accuracy": _ratio(page_right, page_total),
        "contradicted_value_accuracy": _ratio(value_right, value_total),
        "false_supported": sum(confusion[e]["supported"] for e in VERDICTS if e != "supported"),
        "extraction_recall": _ratio(matched_total, expected_total),
        "extraction_precision": _ratio(matched_total, extracted_total),
        "per_verdict": per_verdict,
        "per_post": {
            post: {**tally, "accuracy": _ratio(tally["right"], tally["claims"])}
            for post, tally in per_post.items()
        },
        "confusion": confusion,
        "errors": errors,
    }


def _evidence(finding: Finding) -> str:
    if finding.quote is None:
        return ""
    return f" (p{finding.page} {finding.paper_value:g}: {finding.quote[:80]!r})"


def _same_value(found: float | None, expected: float) -> bool:
    """Whether a contradiction names the paper's value the gold names (pypdf may drop a minus)."""
    return found is not None and math.isclose(abs(found), abs(expected), rel_tol=1e-3)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def render(result: dict) -> str:
    """The scores as a plain-text table."""
    lines = [
        f"gold claims            {result['claims']}",
        f"verdict accuracy       {result['verdict_accuracy']:.3f}",
        f"page accuracy          {result['page_accuracy']:.3f}",
        f"contradicted, value    {result['contradicted_value_accuracy']:.3f}",
        f"false supported        {result['false_supported']}",
        f"extraction recall      {result['extraction_recall']:.3f}",
        f"extraction precision   {result['extraction_precision']:.3f}",
        "",
        f"{'verdict':<14}{'precision':>10}{'recall':>8}{'n':>5}",
    ]
    for verdict, row in result["per_verdict"].items():
        lines.append(
            f"{verdict:<14}{row['precision']:>10.3f}{row['recall']:>8.3f}{row['expected']:>5}"
        )
    lines += ["", f"{'expected/got':<14}" + "".join(f"{c:>14}" for c in (*VERDICTS, MISSED))]
    for verdict, row in result["confusion"].items():
        lines.append(f"{verdict:<14}" + "".join(f"{n:>14}" for n in row.values()))
    lines += ["", f"{'post':<34}{'claims':>7}{'accuracy':>10}"]
    for post, row in result["per_post"].items():
        lines.append(f"{post:<34}{row['claims']:>7}{row['accuracy']:>10.3f}")
    if result["errors"]:
        lines += ["", "disagreements:", *(f"  {e}" for e in result["errors"])]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cache-dir", type=Path, required=True, help="cache holding the corpus papers"
    )
    parser.add_argument("--posts", default="*", help="glob of gold post names to score")
    parser.add_argument("--gold-dir", type=Path, default=GOLD, help="folder of gold posts")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    if not (args.cache_dir / "papers").is_dir():
        parser.error(f"{args.cache_dir} holds no cached papers; run citekit fetch into it first")
    result = evaluate(args.cache_dir, args.gold_dir, args.posts)
    print(json.dumps(result, indent=1) if args.json else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
