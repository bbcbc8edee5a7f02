"""The generated .bib against the real toolchain: bibtex (plain.bst), LaTeX, and biber.

Each test skips, naming the Debian package, only when its tool is not installed.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from citekit import bibtex
from citekit.models import Paper

DATA = Path(__file__).parent / "data" / "bib"
CORPUS = [
    Paper(**{k: tuple(v) if isinstance(v, list) else v for k, v in p.items()})
    for p in json.loads((DATA / "papers.json").read_text("utf-8"))
]
HOSTILE_TITLES = [
    "a}b{c",
    "@misc{evil, title={x}}",
    "100% \\end{document}",
    "$x^2$ and $\\{x$ in Qwen2-VL",
    "x~y^z #1 a_b & c",
    "中文 with ∑ and 🙂",
]
HOSTILE = [
    Paper(
        id=f"2101.0000{i}",
        version=1,
        title=title,
        authors=("Zlatko Tešanović", "Tom and Jerry", "Ann Lee, PhD", "ATLAS Collaboration"),
        summary=title,
        published="2021-01-05T00:00:00Z",
        updated="2021-01-05T00:00:00Z",
        primary_category="cs.LG",
    )
    for i, title in enumerate(HOSTILE_TITLES)
]
PAPERS = CORPUS + HOSTILE
KEYS = list(bibtex.cite_keys(PAPERS).values())


def need(tool: str, package: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} not installed (apt-get install {package})")


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=60, check=False)


def run_bibtex(tmp_path: Path) -> str:
    """Run bibtex with plain.bst on every key, as LaTeX's .aux asks it to; return the .blg."""
    need("bibtex", "texlive-binaries")
    if run(["kpsewhich", "plain.bst"], tmp_path).stdout.strip() == "":
        pytest.skip("plain.bst not found (apt-get install texlive-base)")
    (tmp_path / "refs.bib").write_text(bibtex.render(PAPERS, abstract=True), "ascii")
    citations = "".join(f"\\citation{{{key}}}\n" for key in KEYS)
    aux = f"\\relax\n{citations}\\citation{{*}}\n\\bibstyle{{plain}}\n\\bibdata{{refs}}\n"
    (tmp_path / "main.aux").write_text(aux, "ascii")
    result = run(["bibtex", "main"], tmp_path)
    assert result.returncode == 0, result.stdout
    return (tmp_path / "main.blg").read_text("ascii")


def test_bibtex_reads_every_entry_without_a_warning(tmp_path: Path) -> None:
    blg = run_bibtex(tmp_path)
    assert "Warning" not in blg and "error" not in blg.lower(), blg
    assert f"You've used {len(KEYS)} entries" in blg
    bbl = (tmp_path / "main.bbl").read_text("ascii")
    assert [f"\\bibitem{{{key}}}" in bbl for key in KEYS] == [True] * len(KEYS)


def test_latex_typesets_the_bibliography_without_an_error(tmp_path: Path) -> None:
    need("pdflatex", "texlive-latex-base")
    run_bibtex(tmp_path)
    cites = ",".join(KEYS)
    tex = (
        "\\documentclass{article}\n\\begin{document}\n"
        f"\\cite{{{cites}}}\\nocite{{*}}\n"
        "\\bibliographystyle{plain}\n\\bibliography{refs}\n\\end{document}\n"
    )
    (tmp_path / "main.tex").write_text(tex, "ascii")
    result = run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "main.tex"], tmp_path)
    log = (tmp_path / "main.log").read_text("latin-1")
    assert result.returncode == 0, log[-3000:]
    assert [line for line in log.splitlines() if line.startswith("!")] == []


def test_biber_validates_the_biblatex_file_against_its_data_model(tmp_path: Path) -> None:
    need("biber", "biber")
    bib = tmp_path / "refs.bib"
    bib.write_text(bibtex.render(PAPERS, style="biblatex", abstract=True), "utf-8")
    result = run(
        ["biber", "--tool", "--validate-datamodel", f"--output-directory={tmp_path}", bib.name],
        tmp_path,
    )
    problems = [line for line in result.stdout.splitlines() if "WARN" in line or "ERROR" in line]
    assert (result.returncode, problems) == (0, [])
    written = (tmp_path / "refs_bibertool.bib").read_text("utf-8")
    assert sorted(re.findall(r"^@\w+\{(\w+),$", written, re.M)) == sorted(KEYS)
