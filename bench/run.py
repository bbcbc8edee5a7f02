"""citekit's performance, measured: python bench/run.py [--runs N] [--quick].

Prints one table. Every time is a median over several runs and is also given as a ratio to
a baseline measured in the same run, because this machine is noisy and ratios are what we
compare over time (see bench/RESULTS.md). Needs nothing from the network: papers come from
the test replay server (tests/replay.py) serving the corpus PDFs in tests/data/pdfs.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from replay import ReplayServer  # noqa: E402

from citekit import pdftext  # noqa: E402
from citekit.config import Settings  # noqa: E402
from citekit.links import find_refs  # noqa: E402
from citekit.models import Paper  # noqa: E402
from citekit.pipeline import fetch_refs  # noqa: E402
from citekit.store import Store  # noqa: E402

PDFS = sorted((ROOT / "tests" / "data" / "pdfs").glob("*.pdf"))
# Claims whose numbers the corpus papers state, so verification does real matching work.
CLAIM_LINES = [
    "The base model trained for 100,000 steps, about 12 hours.",
    "The big model took 3.5 days on 8 P100 GPUs.",
    "It used about 4.5 million sentence pairs.",
    "Adversarial nets reach 225 on MNIST.",
    "The study had 12 participants and 40 minutes of reading time.",
    "There are only 50 images in the whole dataset.",
    "Each participant opened 39.3 papers on average.",
    "MegatronLM has more than 11 billion parameters.",
    "The mean length of stay was 121.7 hours.",
    "The model trained for 10 epochs.",
]


# As on a user's machine, Python may cache compiled modules: the warm-up run writes them.
USER_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def interleaved_medians(
    commands: list[tuple[list[str], Callable[[], object] | None]], runs: int
) -> list[float]:
    """Median wall time of each command, the commands taking turns run after run, so that the
    machine's drift falls on all of them alike (the ratios between them are what we compare).

    Each command has an optional ``before`` hook called untimed before each of its runs.
    """
    times: list[list[float]] = [[] for _ in commands]
    for attempt in range(runs + 1):
        for (command, before), taken in zip(commands, times, strict=True):
            if before is not None:
                before()
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, env=USER_ENV, check=False)
            if attempt:  # the first round warms caches and writes bytecode
                taken.append(time.perf_counter() - start)
    return [statistics.median(taken) for taken in times]


def citekit(*args: str) -> list[str]:
    return [sys.executable, "-m", "citekit", *args]


def fetch_corpus(cache: Path) -> list[Paper]:
    """Fetch the corpus papers into ``cache`` from a replay server; return them."""
    ids = " ".join(f"arXiv:{pdf.stem}" for pdf in PDFS)
    with ReplayServer() as server:
        settings = Settings(cache, server.api_url, server.pdf_url, api_delay=0)
        result = fetch_refs(find_refs(ids), settings)
    assert not result.errors and not result.problems, result
    return [paper for _, paper in result.resolved]


def bench_warm(work: Path, runs: int) -> list[tuple[str, float, float, str]]:
    """Rows 1 and 2: warm verify and bib against the cost of importing typer.

    An unchanged post's report comes from the cache. The edited post's last claim gets a new
    number before every run, as a writer's would: that claim is verified again, the others keep
    their cached verdicts. With no report cached, every claim is verified.
    """
    cache = work / "warm-cache"
    fetch_corpus(cache)
    post, edited = work / "warm.md", work / "edited.md"
    links = " ".join(f"arXiv:{pdf.stem}" for pdf in PDFS)
    text = f"Cited: {links}\n\n" + "\n".join(CLAIM_LINES) + "\n"
    post.write_text(text)

    numbers = itertools.count(11)

    def edit() -> None:
        edited.write_text(text.replace("for 10 epochs", f"for {next(numbers)} epochs"))

    offline = ("--offline", "--cache-dir", str(cache))
    shutil.copytree(cache, work / "uncached")  # its reports go before every run
    uncached_dir = ("--offline", "--cache-dir", str(work / "uncached"))
    forget = functools.partial(shutil.rmtree, work / "uncached" / "reports", ignore_errors=True)
    floor, verify, changed, uncached, bib = interleaved_medians(
        [
            ([sys.executable, "-c", "import typer"], None),
            (citekit("verify", str(post), *offline), None),
            (citekit("verify", str(edited), *offline), edit),
            (citekit("verify", str(post), *uncached_dir), forget),
            (citekit("bib", str(post), *offline), None),
        ],
        runs,
    )
    return [
        ("python -c 'import typer' (floor)", floor, 1.0, ""),
        ("warm citekit verify (8 papers)", verify, verify / floor, "≤ 1.5×"),
        ("warm citekit verify, post edited each run (8 papers)", changed, changed / floor, ""),
        ("warm citekit verify, no report cached (8 papers)", uncached, uncached / floor, ""),
        ("warm citekit bib (8 papers)", bib, bib / floor, "≤ 2×"),
    ]


def bench_extraction(work: Path, runs: int) -> list[tuple[str, float, float, str]]:
    """Row 3: pages per second of citekit's extraction vs pdftotext; cached load vs both."""
    pdfs = [(pdf.stem, pdf.read_bytes()) for pdf in PDFS]
    pages = 0
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        texts = pdftext.extract_many(pdfs)
        times.append(time.perf_counter() - start)
        pages = sum(len(t) for t in texts if isinstance(t, list))
    ours = statistics.median(times)
    rows = [(f"citekit extraction, {pages} pages, both cores", ours, 1.0, "")]
    if shutil.which("pdftotext"):
        poppler = []
        for _ in range(runs):
            start = time.perf_counter()
            for pdf in PDFS:
                subprocess.run(["pdftotext", str(pdf), str(work / "out.txt")], capture_output=True)
            poppler.append(time.perf_counter() - start)
        theirs = statistics.median(poppler)
        rows.append(("pdftotext, same files", theirs, ours / theirs, "citekit ≤ 5× slower"))
    else:
        rows.append(
            ("pdftotext not installed (apt-get install poppler-utils)", math.nan, math.nan, "")
        )
    store = Store(work / "warm-cache")
    papers = list(store.papers())
    loads = []
    for _ in range(runs):
        start = time.perf_counter()
        for paper in papers:
            store.load_pages(paper)
        loads.append(time.perf_counter() - start)
    load = statistics.median(loads)
    rows.append(("cached text load, same papers", load, ours / load, "≥ 100× faster"))
    return rows


def bench_cold_fetch(work: Path) -> list[tuple[str, float, float, str]]:
    """Row 4: requests made by a cold fetch vs the ideal ⌈N/100⌉ API calls + N PDFs."""
    post = work / "cold.md"
    post.write_text(" ".join(f"arXiv:{pdf.stem}" for pdf in PDFS) + "\n")
    with ReplayServer() as server:
        env = dict(
            os.environ,
            CITEKIT_API_URL=server.api_url,
            CITEKIT_PDF_URL=server.pdf_url,
            CITEKIT_API_DELAY="0",
            CITEKIT_CACHE_DIR=str(work / "cold-cache"),
        )
        start = time.perf_counter()
        subprocess.run(citekit("fetch", str(post)), env=env, capture_output=True, check=True)
        elapsed = time.perf_counter() - start
        made = len(server.requests)
    ideal = math.ceil(len(PDFS) / 100) + len(PDFS)
    return [(f"cold fetch of {len(PDFS)} papers: {made} requests (ideal {ideal})", elapsed,
             made / ideal, "= 1.0×")]  # fmt: skip


def synthetic_cache(work: Path, source: Path, count: int) -> tuple[Path, list[str]]:
    """A cache of ``count`` papers made by copying the corpus texts under new ids."""
    cache = work / f"synthetic-{count}"
    originals = list(Store(source).papers())
    ids = []
    for n in range(count):
        paper = originals[n % len(originals)]
        arxiv_id = f"2501.{n + 1:05d}"
        ids.append(arxiv_id)
        folder = cache / "papers" / arxiv_id / "v1"
        folder.mkdir(parents=True)
        meta = json.loads(
            (source / "papers" / paper.id / f"v{paper.version}" / "meta.json").read_text()
        )
        meta.update(id=arxiv_id, version=1)
        (folder / "meta.json").write_text(json.dumps(meta))
        shutil.copy(source / "papers" / paper.id / f"v{paper.version}" / "text.json", folder)
    return cache, ids


def bench_scaling(work: Path, runs: int, sizes: list[int], papers: list[int]) -> list[tuple]:
    """Row 5: verify time and peak memory as claims and cached papers grow.

    The cached reports are deleted before every run, so each run computes its report.
    """
    rows = []
    baseline = None
    for count in papers:
        cache, ids = synthetic_cache(work, work / "warm-cache", count)
        for claims in sizes:
            post = work / f"scale-{count}-{claims}.md"
            # Each claim links the paper it is about, as posts do; papers are cited round-robin.
            links = [
                f"As [the paper](https://arxiv.org/abs/{ids[n % count]}) says:"
                for n in range(claims)
            ]
            lines = [f"{link} {CLAIM_LINES[n % 10]}" for n, link in enumerate(links)]
            post.write_text("\n\n".join(lines) + "\n")
            command = citekit("verify", str(post), "--offline", "--cache-dir", str(cache), "--json")
            uncached = functools.partial(shutil.rmtree, cache / "reports", ignore_errors=True)
            [seconds] = interleaved_medians([(command, uncached)], runs)
            uncached()
            rss = peak_rss_mb(command)
            baseline = baseline or seconds
            largest = claims == max(sizes) and count == max(papers)
            name = f"verify {claims} claims × {count} papers (peak {rss:.0f} MB)"
            rows.append((name, seconds, seconds / baseline, "< 2 s, < 500 MB" if largest else ""))
    return rows


def peak_rss_mb(command: list[str]) -> float:
    """Peak resident memory of a command and its children, in MB."""
    code = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], capture_output=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code, *command], capture_output=True, text=True)
    return int(out.stdout.strip()) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median taken)")
    parser.add_argument("--quick", action="store_true", help="skip the 1,000-claim sizes")
    args = parser.parse_args()
    sizes, papers = ([10, 100], [1, 10]) if args.quick else ([10, 100, 1000], [1, 10, 100])
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rows = bench_warm(work, args.runs)
        rows += bench_extraction(work, args.runs)
        rows += bench_cold_fetch(work)
        rows += bench_scaling(work, max(3, args.runs // 2), sizes, papers)
    print(f"citekit bench — {time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs, "
          f"Python {sys.version.split()[0]}, median of {args.runs} runs\n")  # fmt: skip
    print(f"| {'measure':<62} | {'seconds':>8} | {'ratio':>7} | target |")
    print(f"|{'-' * 64}|{'-' * 10}|{'-' * 9}|--------|")
    for name, seconds, ratio, target in rows:
        print(f"| {name:<62} | {seconds:8.3f} | {ratio:6.2f}× | {target} |")


if __name__ == "__main__":
    main()
