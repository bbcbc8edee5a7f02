"""Re-check the hand-written gold expectations against the posts and the corpus PDFs.

The gold set (issue 5) is only worth something if every expectation is true to the
text: each claim span sits on its stated line, and each supported/contradicted quote
is verbatim pypdf text of the stated page and holds the paper's number. This script
asserts exactly that; it does not judge verdicts, which are the author's reading.

Run: python bench/check_gold.py [--pdfs /work/shared/corpus/pdfs] [--gold-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import pypdf

GOLD_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold"
DEFAULT_PDFS = Path("/work/shared/corpus/pdfs")
VERDICTS = {"supported", "contradicted", "not_found"}
MATCHES = {"exact", "equivalent", "approximate"}
# Words the papers use instead of digits ("NEWS uses seven", "one-week deployment").
NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
# ordinals count too: "a fifth grade reading level" states 5
NUMBER_WORDS |= {
    word: n
    for n, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth".split(), 1
    )
}
MAGNITUDES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "b": 1e9}
NUMBER_RE = re.compile(
    r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)(?:\s?(thousand|million|billion|[KMB])(?![a-zA-Z]))?"
)


def collapse(text: str) -> str:
    """Collapse runs of whitespace to one space, as the quotes are written."""
    return re.sub(r"\s+", " ", text).strip()


@cache
def page_texts(pdf_dir: Path, paper: str) -> tuple[str, ...]:
    """Return the whitespace-collapsed pypdf text of each page of one corpus paper."""
    reader = pypdf.PdfReader(pdf_dir / f"{paper}.pdf")
    return tuple(collapse(page.extract_text() or "") for page in reader.pages)


def numbers_in(quote: str) -> set[float]:
    """Return every number written in a quote, with magnitude words applied."""
    found: set[float] = set()
    for digits, magnitude in NUMBER_RE.findall(quote):
        value = float(digits.replace(",", ""))
        found.add(value)
        if magnitude:
            found.add(value * MAGNITUDES[magnitude.lower()])
    for mantissa, exponent in re.findall(r"([0-9]+(?:\.[0-9]+)?) · 10([0-9]{2})(?![0-9])", quote):
        found.add(float(mantissa) * 10.0 ** int(exponent))  # "2.3 · 1019": pypdf's 2.3 × 10^19
    for word in re.findall(r"[a-zA-Z]+", quote):
        if word.lower() in NUMBER_WORDS:
            found.add(float(NUMBER_WORDS[word.lower()]))
    return found


def value_in_quote(value: float, quote: str) -> bool:
    """Say whether the paper value is written in the quote (table units like x10^6 allowed)."""
    for number in numbers_in(quote):
        for scale in (1.0, 1e3, 1e6, 1e9):
            if abs(number * scale - value) <= 1e-9 * max(1.0, abs(value)):
                return True
    return False


def check_post(expected_path: Path, pdf_dir: Path) -> tuple[list[str], Counter[str]]:
    """Check one NAME.expected.json; return the problems found and verdict counts per paper."""
    problems: list[str] = []
    counts: Counter[str] = Counter()
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    post_text = (expected_path.parent / expected["post"]).read_text(encoding="utf-8")
    lines = post_text.splitlines()

    def where(item: dict[str, object]) -> str:
        return f"{expected['post']}:{item['line']} {item['text']!r}"

    for item in expected["claims"] + expected.get("non_claims", []):
        line = item["line"]
        if not 1 <= line <= len(lines) or item["text"] not in lines[line - 1]:
            problems.append(f"{where(item)}: text not on that line")

    for claim in expected["claims"]:
        verdict, paper = claim["verdict"], claim["paper"]
        counts[f"{verdict}"] += 1
        counts[f"{paper}:{verdict}"] += 1
        if claim.get("hedged", False):
            counts["hedged"] += 1
        if verdict not in VERDICTS:
            problems.append(f"{where(claim)}: unknown verdict {verdict}")
            continue
        if not isinstance(claim.get("hedged", False), bool) or not claim.get("why"):
            problems.append(f"{where(claim)}: hedged must be a bool and why must be given")
        if paper.split("v")[0] not in post_text:
            problems.append(f"{where(claim)}: post never cites {paper}")
        if verdict == "not_found":
            if any(claim.get(key) is not None for key in ("page", "quote", "paper_value", "match")):
                problems.append(f"{where(claim)}: not_found must have null page/quote/value/match")
            continue
        if (claim.get("match") in MATCHES) != (verdict == "supported"):
            problems.append(f"{where(claim)}: match {claim.get('match')!r} does not fit {verdict}")
        pages = page_texts(pdf_dir, paper)
        evidence = [{"page": claim["page"], "quote": claim["quote"]}, *claim.get("alt_pages", [])]
        for place in evidence:
            page, quote = place["page"], collapse(place["quote"])
            if not 1 <= page <= len(pages) or quote not in pages[page - 1]:
                problems.append(f"{where(claim)}: quote not on {paper} page {page}")
            if not value_in_quote(float(claim["paper_value"]), quote):
                problems.append(f"{where(claim)}: paper_value not in the page {page} quote")
    return problems, counts


def main() -> int:
    """Check every expectation file in the gold directory and print counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdfs", type=Path, default=DEFAULT_PDFS)
    parser.add_argument("--gold-dir", type=Path, default=GOLD_DIR, help="folder of gold posts")
    args = parser.parse_args()
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    problems: list[str] = []
    totals: Counter[str] = Counter()
    for expected_path in sorted(args.gold_dir.glob("*.expected.json")):
        post_problems, counts = check_post(expected_path, args.pdfs)
        problems += post_problems
        totals += counts
        claims = sum(v for k, v in counts.items() if k in VERDICTS)
        print(f"{expected_path.name}: {claims} claims, {len(post_problems)} problems")
    for key in sorted(totals):
        print(f"  {key}: {totals[key]}")
    print("\n".join(problems) or "all expectations check out")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
