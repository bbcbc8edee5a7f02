"""The gold-set evaluator as a test, so verify's accuracy cannot silently regress."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from eval_verify import GOLD, evaluate, load_library, match_claims, render  # noqa: E402

from citekit.claims import extract_claims  # noqa: E402
from citekit.links import find_refs  # noqa: E402
from citekit.models import Finding  # noqa: E402
from citekit.store import Store  # noqa: E402
from citekit.verify import verify_claims  # noqa: E402


@pytest.fixture(scope="module")
def scores(corpus_cache: Path) -> dict:
    return evaluate(corpus_cache)


@pytest.fixture(scope="module")
def library(corpus_cache: Path) -> tuple:
    return load_library(corpus_cache)


def _verify(library: tuple, paper: str, text: str, titled: bool = False) -> list[Finding]:
    """Findings for ``text`` as a post citing ``paper``; ``titled`` gives the claims stage the
    corpus titles, as a real run does."""
    papers, indexes = library
    post = f"[the paper](https://arxiv.org/abs/{paper})\n\n{text}\n"
    titles = {i: p.title for i, p in papers.items()} if titled else None
    return verify_claims(extract_claims(post, find_refs(post), titles), papers, indexes)


@pytest.mark.parametrize(
    ("paper", "sentence", "verdict"),
    [
        ("1706.03762", "That is a 1.2 BLEU drop from the base model.", "not_found"),  # a change
        ("1706.03762", "The base model reaches 25.8 BLEU on the development set.", "supported"),
        # "up until 1 hour before" sepsis is no evidence about a time after it
        ("1708.05894", "Labels run until 6 hours after the event.", "supported"),
        # the post's own sum is not the paper's per-session 60 minutes
        ("2302.07302", "Summed over the whole group, that comes to 60 minutes.", "not_found"),
        # an unlabelled ablation row's Pdrop of 0.2 says nothing of the parsing model
        ("1706.03762", "I suspect they settled on a residual dropout of 0.2.", "not_found"),
        # "value" names nothing: "p-value" is p, the paper's "p = 0.5279" for LitReview
        ("2302.07302", "For LitReview, the topic effect's p-value was 0.63.", "contradicted"),
        # a figure legend ("RNN params / : Lab 2") counts no exponentials
        ("1708.05894", "A lab value is modelled as a sum of 2 decaying exponentials.", "not_found"),
        # the GAN takes "one step" on G; "two-player" counts players, not steps
        ("1406.2661", "Training alternates k steps on D with two steps on G.", "contradicted"),
        # "In this work we employ h = 8" says nothing of a standard deviation that "works out"
        (
            "1706.03762",
            "For the base model, that works out to a standard deviation of 8.",
            "not_found",
        ),
        # "two participants (N1 and N3) missed the button": only the unit is the claim's
        ("2203.00130", "Two participants found the sidebar distracting.", "not_found"),
        # ... but a sentence that says much of the claim is evidence: the base models' steps
        ("1706.03762", "The Transformer trained for 100,000 steps.", "supported"),
        # a cell of the row the claim names, in a table captioned "QQP 140K", beats cells of
        # rows it does not name in a table whose columns spell out the dataset
        ("2202.00535", "先前工作里，DiPS 在 QQP 140K 上的 BLEU 大概是 18.47。", "supported"),
        # 困惑度 is perplexity; 标准差 the SD of "41.0 (SD=24.8) inline citations"
        ("1706.03762", "big 模型在 newstest2013 上的 dev 困惑度是 4.33。", "supported"),
        ("2302.07302", "deployment 期间，每篇论文的 inline citation 标准差有 24.8。", "supported"),
        (
            "2202.00535",
            "| paper | row | column | value |\n|---|---|---|---|\n"
            "| RAPT | SEPARATOR | QQP 140K, BLEU | 14.70 |",
            "supported",
        ),
        # "Table 3" names the table: its [19] row, whose title names it "Count forest", not
        # the AMDCN row of the same column, which the paper column only cites
        (
            "1804.07821",
            "| paper | table | row / column | value |\n|---|---|---|---|\n"
            "| AMDCN | Table 3 | Count Forest baseline, UCSD minimal, MAE | 1.62 |",
            "supported",
        ),
        # the claimed 5.47 stands in a row the claim does not name, as the base row's 4.92
        # does: neither says more of the claim than the other
        ("1706.03762", "Doubling the label smoothing raises dev perplexity to 5.47.", "not_found"),
        # "d_k" finds the rows' d_k cells, though the title's rarer words are no word of the
        # paper: the d_model = 256 row's is 32
        (
            "1706.03762",
            "## The Transformer, away from the headline\n\n"
            "Going the other way, the d_model = 256 variant keeps d_k = 64, as the base does.",
            "contradicted",
        ),
        # "5 Term Definitions" counts clicks: no rival of the coefficient 1.4851
        (
            "2203.00130",
            "## Paper Plain：统计附录里的系数\n\n附录的 Table 3 给了每个测量的固定效应系数：\n\n"
            "| 系数 | 测量 | 估计值 |\n|---|---|---|\n"
            "| β_SD（Section Gists + Term Definitions 版本） | Reading Difficulty | 1.4851 |",
            "supported",
        ),
        # "V.-Q. Pham" is reference [19]'s first author, as "Pham et al." names it
        (
            "1804.07821",
            "| Paper | Row | Column | My number |\n|---|---|---|---:|\n"
            "| AMDCN | Count Forest (Pham et al.) | UCSD downscale, MAE | 1.30 |",
            "supported",
        ),
        # "Four of the participants chose Topic 1" counts participants, not papers
        (
            "2302.07302",
            "In the first pass each participant skimmed the abstracts of four papers from "
            "their chosen topic.",
            "not_found",
        ),
        # "each participant ... four papers": a sentence without "each" may still give the
        # per-participant count, when it is no larger (the first pass's three papers)
        (
            "2302.07302",
            "## CiteSee: the study design is in the prose\n\n"
            "In the first pass each participant skimmed the abstracts of four papers.",
            "contradicted",
        ),
        # "one of the three topics" counts topics: no rival of four participants, who are the
        # four of "Four of the participants chose Topic 1"
        (
            "2302.07302",
            "At the end of the study, four of the participants chose Topic 1.",
            "supported",
        ),
        # the post's own estimate: a row's 28M parameters it does not name is no support
        (
            "1706.03762",
            "That tying probably saves around 30M parameters in the base model, though the "
            "paper never gives the number.",
            "not_found",
        ),
        # "8 条 citation" counts citations: 8.2% of them is a share, not 8 of them
        (
            "2302.07302",
            "## CiteSee：lab study 加 field deployment\n\n"
            "System 那一节的 example scenario 里，主角打开当前的 paper，发现里面已经有 8 条 "
            "citation 是她存进 library 的。",
            "not_found",
        ),
        # a value the paper searched over ({128, 256, 512}) is no value it used, but the grid
        # holds it
        ("2202.00535", "I claimed LoRA used an adapter bottleneck of 256.", "not_found"),
        ("2202.00535", "The adapter bottleneck search grid included 256.", "supported"),
        # the row's own "GPT2 medium" picks the table, though the lead names both sizes; and
        # a cell hedged with "？" is still the claim's cell
        (
            "2202.00535",
            "下面是 Table 4（GPT2 medium）和 Table 5（GPT2 large）的 QQP 50K 格子：\n\n"
            "| 方法 | backbone | BERT | iBLEU |\n|---|---|---|---|\n"
            "| Fine Tuning | GPT2 medium | 92.76 | — |",
            "supported",
        ),
        (
            "2202.00535",
            "下面是 Table 4（GPT2 medium）和 Table 5（GPT2 large）的 QQP 50K 格子：\n\n"
            "| 方法 | backbone | BERT | Self-BLEU | iBLEU |\n|---|---|---|---|---|\n"
            "| NC-RAPT (Med) | GPT2 large | — | — | 8.65？ |",
            "supported",
        ),
        # "standard deviation" is the SD column of the usage table
        (
            "2302.07302",
            "From the usage table: participants opened papers with a standard deviation of "
            "probably 21 papers per participant.",
            "supported",
        ),
        # a mean is no rival of an SD ("mean length of stay at 121.7 hours, with a standard
        # deviation of 108.1 hours")
        (
            "1708.05894",
            "Length of stay is extremely skewed: the mean is long, and the standard deviation\n"
            "is roughly 108 hours, which is why they bother with a multi-output GP instead of\n"
            "fixed windows.",
            "supported",
        ),
        # a difference ("beats LPT by", "buys only", "gives up") is no level of its metric
        (
            "2202.00535",
            "With GPT2 medium on the smaller QQP split, NC-RAPT conditioned on the medium novelty "
            "class is probably the best trade-off: it beats LPT by 3.58 SARI there.",
            "not_found",
        ),
        (
            "1706.03762",
            "Moving from the N = 4 row to the N = 8 row buys only\n0.2 BLEU on the dev set.",
            "not_found",
        ),
        (
            "2202.00535",
            "My own subtraction: RAPT gives up 2.72 BERT points against Fine Tuning on QQP 50K.",
            "not_found",
        ),
        # "Paper Cards" counts cards: the Card Opens row, not Paper Opens
        ("2302.07302", "P1 opened 62 Paper Cards over the deployment week.", "supported"),
        # ... while "Likert responses" counts Likert-scale answers, not a topic's responses
        (
            "2302.07302",
            "The lab study covered 126 citations over 9 papers and collected 417 Likert responses.",
            "supported",
        ),
        # "papers that were 1) review articles": 1) marks an item, it counts nothing
        ("2203.00130", "Participants could choose among 11 research articles.", "supported"),
        # "和 Transformer 打平": the Transformer row's 92.7 is what the claim is compared with
        (
            "1706.03762",
            "Vinyals & Kaiser 在 semi-supervised 设置下的 F1 是 92.7，和 Transformer 打平。",
            "contradicted",
        ),
        # "QA−SD p": the p column after a comparison is that comparison's p
        (
            "2203.00130",
            "| source | setting | metric | value |\n|---|---|---|---|\n"
            "| Paper Plain, Table 2 | relevance, QA vs SD | estimate | 0.946 |\n"
            "| Paper Plain, Table 2 | difficulty, QA vs SD | p | 0.0132 |",
            "supported",
        ),
        # "8 participants used 2 early prototypes" says nothing of anyone's degree
        (
            "2203.00130",
            "That makes 8 usability participants with a graduate or professional degree?",
            "not_found",
        ),
        # a median is no cell of a table of differences ("-1.983"), but the x̃ = 3.00 it names
        (
            "2203.00130",
            "## Paper Plain\n\n- Key Question Index only: reading difficulty median of 2.0",
            "contradicted",
        ),
    ],
)
def test_real_paper_claims(library: tuple, paper: str, sentence: str, verdict: str) -> None:
    *_, finding = _verify(library, paper, sentence)  # a table's last row is the case
    assert finding.verdict == verdict, finding


@pytest.mark.parametrize(
    ("paper", "sentence"),
    [
        # the row is the one the sentence before named: any row's 5.19 is no evidence
        ("1706.03762", "同一行的 dev perplexity 是 5.19，BLEU 掉得并不多。"),
        # Prefix-layer Tuning's 64 is no evidence for the row named exactly, Prompt Tuning Random
        (
            "2202.00535",
            "| setting | value |\n|---|---|\n| Prompt Tuning Random, selected prefix length | 64 |",
        ),
        # 1.9835 is the PDF baseline's coefficient, in a sentence and a row that never say
        # Sections and Terms
        (
            "2203.00130",
            "In the appendix mixed model, the Sections-and-Terms coefficient for reading "
            "difficulty is 1.9835.",
        ),
        # a cell of the GPT2 Large table is no evidence about GPT2 Medium
        ("2202.00535", "NC-RAPT (Med) scores 47.34 BLEU on MSRPC with GPT2 Medium."),
        # "answered 3.73 (σ = 1.51)": an aside spreads a number its own words do not name
        (
            "2203.00130",
            "A summary I read gives the Paper Plain group's standard deviation as 1.51, "
            "but that is the spread over all participants pooled.",
        ),
    ],
)
def test_a_number_whose_owner_the_claim_does_not_name_is_no_support(
    library: tuple, paper: str, sentence: str
) -> None:
    [finding] = _verify(library, paper, sentence, titled=True)
    assert finding.verdict != "supported", finding


def test_a_chinese_setting_picks_the_row(library: tuple) -> None:
    findings = _verify(library, "1706.03762", "d_model 取 1024 的那行，困惑度约4.7。")
    assert (findings[-1].verdict, findings[-1].paper_value) == ("supported", 4.66)  # not base's


@pytest.mark.parametrize(
    ("paper", "sentence", "verdict", "page", "value"),
    [
        ("1708.05894", "数据来自 Epic EHR，约 5.17 万次住院记录。", "supported", 7, 51697),
        ("2203.00130", "Sarah 逐个查术语，十分钟后才发现第一段只是背景介绍。", "supported", 13, 10),
        ("2202.00535", "这篇论文集中做两个贡献，分别是 RAPT 和 NC-RAPT。", "supported", 1, 2),
        ("2302.07302", "PDF 处理也不快，论文要等 30 秒左右才出高亮。", "contradicted", 8, 15),
        # a name the claim only compares with is no foreign name ("GAN" is not in the paper)
        ("1406.2661", "Stacked CAE 在 MNIST 上只有 121，明显比 GAN 低。", "supported", 6, 121),
        ("1406.2661", "Deep GSN 在 TFD 上是 1,980，跟 GAN 差距不算大。", "contradicted", 6, 1890),
        ("1804.07821", "身体中心平均在头部下方 87.5 厘米处。", "supported", 5, 0.875),  # metres
    ],
)
def test_chinese_words_match_the_papers_english_ones(
    library: tuple, paper: str, sentence: str, verdict: str, page: int, value: float
) -> None:
    finding = _verify(library, paper, sentence)[-1]
    assert (finding.verdict, finding.page, finding.paper_value) == (verdict, page, value), finding


@pytest.mark.parametrize(
    ("text", "page", "value"),
    [
        # the sentence's own row outweighs the one its heading names
        (
            "## RAPT, Table 5: the same layout for GPT2 large\n\n"
            "Table 5 repeats the layout for GPT2 large. The checks I did on it:\n\n"
            "- LPT with GPT2 large on QQP 50K has a BLEU of 29.60.\n"
            "- LoRA with GPT2 large on MSRPC has a BERT score of 96.80.",
            6,
            96.8,
        ),
        # the rows it is "below" are compared with, not meant
        (
            "Fine Tuning on ParaSCI ACL has a BERT score of roughly 89.9, below LoRA's and LPT's "
            "on that dataset.",
            5,
            89.94,
        ),
        # "against RAPT's" is what the LPT row's score is compared with
        (
            "Meanwhile LPT keeps the better BERT score on MSRPC, 95.57 against RAPT's lower "
            "figure.",
            5,
            95.57,
        ),
        # "as low as" names no NC-RAPT (Low) row
        (
            "- And was NC-RAPT (High)'s BLEU on QQP 50K with GPT2 large really as low as 26.33?",
            6,
            26.33,
        ),
        # "the same row": the list item before names it
        (
            "- On ParaSCI ACL, the Ground Truth row's iBLEU is 59.27.\n"
            "- On MSRPC, the same row's iBLEU is 55.67.",
            5,
            55.67,
        ),
        # 同一行: the sentence before names it, not the row it compares with
        (
            "表 7 是随机检索的消融：RAPT (random) 在 ParaSCI ACL 上的 SARI 掉到 31.98，"
            "比 kNN 检索差了不少。"
            "有意思的是，同一行的 BERT 分数反而升到 92.45，因为改写得更少。",
            7,
            92.45,
        ),
    ],
)
def test_a_row_named_before_or_in_the_sentence_gives_the_cell(
    library: tuple, text: str, page: int, value: float
) -> None:
    finding = _verify(library, "2202.00535", text)[-1]
    assert (finding.verdict, finding.page, finding.paper_value) == ("supported", page, value)


def test_a_metric_column_with_its_argument_after_a_space_names_that_column(
    library: tuple,
) -> None:
    text = (
        "| method | dataset | metric | error |\n|---|---|---|---:|\n"
        "| Lempitsky and Zisserman + SIFT | TRANCOS | GAME (L=0) | 16.72 |"
    )
    [finding] = _verify(library, "1804.07821", text)  # and "(L=0)" is no claim of 0
    assert (finding.verdict, finding.page, finding.paper_value) == ("contradicted", 6, 13.76)


def test_a_row_named_before_keeps_the_table_the_lists_intro_names(library: tuple) -> None:
    # 同一行 names the row; the list's intro still names the table: GPT2 medium's, not large's
    text = (
        "## 2. 表 4 下半：ParaSCI ACL 与 MSRPC\n\n"
        "抄完之后的几点讨论（仍然都是 GPT2 medium）：\n\n"
        "- NC-RAPT (High) 在 MSRPC 上的 Self-BLEU 降到了 68.64，novelty 条件确实起作用。\n"
        "- 同一行 NC-RAPT (High) 在 MSRPC 上的 BLEU 是 41.40，没有因为改写变多而崩掉。"
    )
    finding = _verify(library, "2202.00535", text)[-1]
    assert (finding.verdict, finding.page, finding.paper_value) == ("contradicted", 5, 40.42)


def test_a_chinese_setting_verb_rules_out_the_base_row(library: tuple) -> None:
    findings = _verify(library, "1706.03762", "只把 d_ff 降到 1024 时，参数量是 53M，比 base 小。")
    assert findings[-1].paper_value != 65e6, findings[-1]  # the base row's dff is 2048


def test_a_bare_number_is_no_rival_of_one_fifty_times_its_size(library: tuple) -> None:
    [finding] = _verify(library, "1706.03762", "Doubling label smoothing gives 25.5.")
    assert finding.paper_value != 0.1, finding  # the smoothing rate is no dev BLEU


def test_a_section_heading_that_names_the_dataset_gives_the_page(library: tuple) -> None:
    [finding] = _verify(library, "1804.07821", "**UCF50**: training uses 1,600 patches.")
    assert (finding.verdict, finding.page) == ("supported", 4), finding  # 3.2.1 UCF50, not UCSD


@pytest.mark.parametrize(
    ("paper", "text", "verdict", "value"),
    [
        # a row that heads two blocks of Table 4: its ParaSCI ACL SARI, not its QQP 140K one
        (
            "2202.00535",
            "In prose, the variant looks strongest on ParaSCI ACL: NC-RAPT conditioned on High "
            "novelty reaches a SARI of 42.72 there, above every GPT2 baseline.",
            "contradicted",
            41.3,
        ),
        # "Its": the row is the one the sentence before names, so no row here is evidence
        ("2202.00535", "Its BERT similarity is 92.22, so it barely edits.", "not_found", None),
        # page 23 gives σ four times in one sentence; the clause before 0.87's bracket is the
        # one the claim names
        (
            "2203.00130",
            "Confidence that they got all relevant information: with the full Paper Plain "
            "interface the ratings had σ = 0.87.",
            "supported",
            0.87,
        ),
        # "understanding" names the Understand row, not Reading Difficulty's 0.0132
        (
            "2203.00130",
            "Questions-only versus sections-and-terms on understanding: significant, p = 0.0132.",
            "contradicted",
            None,
        ),
    ],
)
def test_a_cell_of_another_row_or_block_is_no_support(
    library: tuple, paper: str, text: str, verdict: str, value: float | None
) -> None:
    finding = _verify(library, paper, text)[-1]
    assert finding.verdict == verdict, finding
    assert value is None or finding.paper_value == value, finding


def test_a_row_of_another_ablation_block_is_no_support(library: tuple) -> None:
    # block (B) of Table 3: the block (A) row that also has d_k = 16 is not the claim's
    table = (
        "| source | setting | metric | value |\n|---|---|---|---|\n"
        "| Transformer, Table 3 (B) | d_k = 16 | dev PPL | 5.16 |\n"
        "| Transformer, Table 3 (B) | d_k = 16 | dev BLEU | 25.4 |"
    )
    [finding] = [f for f in _verify(library, "1706.03762", table) if f.claim.quantity.value == 25.4]
    assert finding.verdict != "supported", finding


def test_authors_named_far_from_the_number_still_name_its_row(library: tuple) -> None:
    text = "Table 4 里，McClosky et al. (2006) 的 semi-supervised 结果是 WSJ 23 F1 92.1。"
    [finding] = [f for f in _verify(library, "1706.03762", text) if f.claim.quantity.value == 92.1]
    assert (finding.verdict, finding.quote) == (
        "supported",
        "McClosky et al. (2006) [26] semi-supervised 92.1",
    )


def test_a_chinese_metric_names_the_row_of_its_p_value(library: tuple) -> None:
    # 阅读难度 is reading difficulty: 0.4106 is the Understand row's SD−PDF p, not its
    text = "反过来，SD 版本和 PDF 基线在阅读难度上的差别并不显著，p = 0.4106。"
    [finding] = _verify(library, "2203.00130", text)
    assert (finding.verdict, finding.paper_value) == ("contradicted", 0.4786)


@pytest.mark.parametrize(
    ("paper", "sentence", "verdict", "page", "value"),
    [
        # Table 5 is GPT2 large's, on QQP alone: Table 4's rows (GPT2 medium) say nothing of it
        (
            "2202.00535",
            "In Table 5, RAPT reaches a SARI of 39.00 on ParaSCI ACL.",
            "not_found",
            None,
            None,
        ),
        # the parsing section's α, not the translation section's
        (
            "1706.03762",
            "For the length penalty they report α = 0.6 in the parsing runs, "
            "the same as in translation.",
            "contradicted",
            10,
            0.3,
        ),
        # a parameter count in a row the claim never names: the big translation model's
        (
            "1706.03762",
            "The parser is quoted as having about 213 million parameters.",
            "not_found",
            None,
            None,
        ),
        # ... but a sentence that states the value is evidence where the table's row is not
        (
            "1706.03762",
            "The abstract quotes 41.8 BLEU for English-to-French.",
            "supported",
            1,
            41.8,
        ),
        # "rows (C)" names the block; "N 减到 2" sets N
        (
            "1706.03762",
            "The deepest variant in rows (C) brings dev perplexity down to 4.88.",
            "supported",
            9,
            4.88,
        ),
        ("1706.03762", "把层数 N 减到 2 层，dev perplexity 升到 6.11。", "supported", 9, 6.11),
        # "(10 minute)" has a unit of its own, and its words are the claim's: no mere aside
        (
            "2203.00130",
            "The usability study gave people a 15-minute reading task.",
            "contradicted",
            28,
            10.0,
        ),
        # "for a 2nd grader.8 We changed the prompt to ... a 5th grader": the footnote mark
        # ends the sentence, so the 5th grader is not this sentence's
        (
            "2203.00130",
            "The GPT-3 prompt started from an OpenAI preset that summarizes text for a 2nd grader.",
            "supported",
            37,
            2.0,
        ),
        # a sentence naming the table before it says which: Table 4 (GPT2 medium), QQP 50K
        (
            "2202.00535",
            "Per-condition numbers from Table 4 of the RAPT paper (GPT2 medium, QQP 50K split).\n\n"
            "| Method | BERT | iBLEU |\n|---|---:|---:|\n| LoRA | 92.03 | 4.37 |\n"
            "| LPT | 92.62 | 5.63 |",
            "contradicted",
            5,
            5.75,
        ),
        # a row the claim names beats one its table's lead mentions (RAPT (kNN), Table 7)
        (
            "2202.00535",
            "Table 8 比较了几种 prompt tuning 的变体，Table 7 给了 ParaSCI ACL 上 kNN 检索版 RAPT "
            "的结果。我把几格抄成下面这张表：\n\n"
            "| 方法 Method | 数据集 Dataset | BERT-score |\n|---|---|---:|\n"
            "| Prompt Tuning | QQP 50K | 91.79 |",
            "supported",
            7,
            91.79,
        ),
        # "20 行" counts rows, not the 20 checkpoints averaged
        (
            "1706.03762",
            "我数了一下，整张 Table 3 连 base 和 big 在内一共 20 行。",
            "not_found",
            None,
            None,
        ),
        # 估算, 加出来, 论文里没有: the post's own arithmetic
        (
            "1706.03762",
            "另外我自己估算过，base 模型整个训练过程一共处理了 25 亿个 token，这个数论文里没有。",
            "not_found",
            None,
            None,
        ),
        # the longest of "(62, 74, 112, 121 days)" is 121
        (
            "2302.07302",
            "研究结束后还在主动使用的几位参与者里，最久的一位用了 112 天。",
            "contradicted",
            13,
            121.0,
        ),
        # "one second" is a duration; per page, it is no time per paper ("5-15 seconds")
        (
            "2302.07302",
            "Processing time for the PDFs is about one second per page.",
            "not_found",
            None,
            None,
        ),
        # "about 40K tokens" shares only its unit with "a vocabulary of about 37000 tokens"
        (
            "1706.03762",
            "*Answer (from my notes):* about 40K tokens, which is tiny for a seq2seq model.",
            "not_found",
            None,
            None,
        ),
        # "lower than the fine-tuned model's" names what the claim is compared with, not its row
        (
            "2202.00535",
            "With GPT2 large on QQP 50K, RAPT gets a BERT score of 90.56. Its Self-BLEU on that "
            "same split is 41.11, lower than the fine-tuned model's.",
            "supported",
            6,
            41.11,
        ),
        # a heading's 表 5 is no table a sentence under it names: 表 6 says where DiPS is
        (
            "2202.00535",
            "## 二、表 5：GPT2 large 的结果\n\n表 6 是和已有工作的对比（都在 QQP 140K 上）：\n\n"
            "- DiPS 的 Self-BLEU 是 32.45，新颖度其实还行，但 BLEU 很低。",
            "supported",
            6,
            32.45,
        ),
        # "ref. [2]" names row [2] whole (its label also has the authors the references give),
        # not the "AMDCN (with perspective information)" row the paper's name matches in part
        (
            "1804.07821",
            "| paper | what | value | unit |\n|---|---|---:|---|\n"
            "| AMDCN | HydraCNN [18] on TRANCOS, GAME(L=1) | 13.75 | mean absolute error |\n"
            "| AMDCN | ref. [2] on the UCSD downscale split | 1.31 | mean absolute error |",
            "supported",
            7,
            1.31,
        ),
        # "[27] (with perspective information) 12.9": a row of one value with a long label
        (
            "1804.07821",
            "For WorldExpo (Table 4), the cross-scene CNN [27] with perspective information sits "
            "at 12.9 MAE.",
            "supported",
            8,
            12.9,
        ),
        # 肽 is the paper's "peptides": the scenario's paper reviews 15 of them
        (
            "2203.00130",
            "## 五、Paper Plain：用户场景里的时间线\n\n"
            "她要读的那篇综述大概介绍了 12 种治疗性肽，每种一节。",
            "contradicted",
            14,
            15.0,
        ),
        # "比 QQP 上还保守": QQP is what the ParaSCI ACL score is compared with
        (
            "2202.00535",
            "ParaSCI ACL 上 Prompt Tuning 的 BERT 是 95.76，看起来比 QQP 上还「保守」。",
            "contradicted",
            5,
            91.05,
        ),
        # the heading names the dataset, both it and the sentence the model size
        (
            "2202.00535",
            "### QQP 50K（GPT2 medium）\n\nFine Tuning（GPT2 medium）的 Self-TER 是 54.40。",
            "contradicted",
            5,
            32.97,
        ),
        # "between High and Low" places the Med row's value, it names no other row
        (
            "2202.00535",
            "### QQP 140K（GPT2 medium）\n\n"
            "NC-RAPT (Med) 的 Self-BLEU 是 37.77，处在 High 和 Low 之间，符合预期。",
            "supported",
            5,
            37.77,
        ),
        (
            "2202.00535",
            "On QQP 140K with GPT2 medium, NC-RAPT (Med) has a Self-BLEU of 37.77, which sits "
            "between High and Low.",
            "supported",
            5,
            37.77,
        ),
        # the sentence before names the model size, the heading the dataset too
        (
            "2202.00535",
            "### QQP 50K（GPT2 medium）\n\n"
            "RAPT 的 BERT 是 90.04，用的是 GPT2 medium。"
            "NC-RAPT (Low) 的 BLEU 是 31.35，在这个数据集上很能打。",
            "supported",
            5,
            31.35,
        ),
        # a list's intro names the table and model size of its items
        (
            "2202.00535",
            "The GPT2 large results are in Table 5. A few cells:\n\n"
            "- LPT on MSRPC has a Self-TER of only about 5.85.",
            "contradicted",
            6,
            8.55,
        ),
        # the intro offers two datasets; the item names one of them
        (
            "2202.00535",
            "For the GPT2 large runs (Table 5 of the RAPT paper, QQP 50K and MSRPC only):\n\n"
            "- Fine Tuning's MSRPC BERT score is 95.35.",
            "contradicted",
            6,
            95.55,
        ),
        # the caption's "QA = Key Question Index …, SD = Both Section Gists and Term
        # Definitions" names the columns of the pairwise table
        (
            "2203.00130",
            "In the pairwise table, the Questions-and-Answers minus Sections-and-Terms "
            "difference in understanding is 0.946.",
            "contradicted",
            24,
            0.823,
        ),
        (
            "2203.00130",
            "For relevance, the questions-only versus sections-and-terms comparison has "
            "p = 0.0138.",
            "contradicted",
            24,
            0.0183,
        ),
        # a median is no difference of medians in that table
        (
            "2203.00130",
            "只有 Key Question Index 的 variant 对比的是普通 PDF reader，"
            "PDF baseline 的阅读难度中位数是 4.00。",
            "supported",
            24,
            4.0,
        ),
        # "roughly" rounds: the trailing zeros of 1,910 and 52,000 are no digits
        (
            "1406.2661",
            "On TFD the DBN baseline sits at roughly 1,910 in the paper's Table 1.",
            "supported",
            6,
            1909.0,
        ),
        (
            "1708.05894",
            "The cohort is roughly 52,000 inpatient admissions from a single university "
            "health system.",
            "supported",
            7,
            51697.0,
        ),
        # a post table's "Compared against" and "My note" columns name no row of the paper's
        (
            "1406.2661",
            "| Paper | Setting | Metric | Value | Compared against | My note |\n"
            "|---|---|---|---:|---|---|\n"
            "| Adversarial nets | TFD, Parzen window | mean log-likelihood | 2057 "
            "| DBN, Stacked CAE, Deep GSN | error bars across folds |",
            "supported",
            6,
            2057.0,
        ),
        # the label column's header qualifies every row: GPT2 large, MSRPC
        (
            "2202.00535",
            "| 方法（GPT2 large, MSRPC） | BERT |\n|---|---:|\n| RAPT | 94.54 |",
            "contradicted",
            6,
            96.5,
        ),
        # milliseconds are looked up in seconds, as every other duration is
        (
            "1706.03762",
            "A base-model training step took about 400 milliseconds on their P100 machine.",
            "supported",
            7,
            0.4,
        ),
        # the sentence's total, not its breakdown "(180, 108, 129 … for each topic)"
        (
            "2302.07302",
            "| setting | what was counted | number |\n|---|---|---|\n"
            "| lab study (Study 1) | Likert responses | 417 |",
            "supported",
            10,
            417.0,
        ),
        # "my division" is the writer's arithmetic, whatever 6 the paper has
        (
            "1706.03762",
            "### Table 3 (A): what happens to the head size\n\n"
            "I think the widest variant in the (C) block carries about six times the parameters "
            "of the narrowest one; that is my division of their parameter column, not theirs.",
            "not_found",
            None,
            None,
        ),
        (
            "2302.07302",
            "My arithmetic, not theirs: P4 probably opened about six Paper Cards for every paper.",
            "not_found",
            None,
            None,
        ),
        # "Its BERT similarity": whose, the sentence before says (P-Tuning's, in Table 8)
        (
            "2202.00535",
            "Table 8 compares prompt-tuning variants on QQP 50K. P-Tuning, the "
            "BiLSTM-reparameterised version, is the most conservative of them: its Self-TER is "
            "only 27.74. Its BERT similarity is 92.22, which is what you would expect.",
            "contradicted",
            7,
            93.9,
        ),
        # the writer's own arithmetic, or a number the writer says the paper lacks
        (
            "2202.00535",
            "我自己把 Fine Tuning 那一行的 large 减去 medium，"
            "GPT2 large 做 Fine Tuning 时要比 medium 多训练约 4.2 亿个参数。",
            "not_found",
            None,
            None,
        ),
        (
            "1706.03762",
            "I think a batch is about 50,000 tokens once you add source and target together.",
            "not_found",
            None,
            None,
        ),
        (
            "2202.00535",
            "几点观察：\n\n- NC-RAPT (Med) 在 MSRPC 上的 SARI 只有 30.89。\n"
            "- 同样在 QQP 50K 上，NC-RAPT 的 High 档和 Low 档 BERT 分数差了 9.56，"
            "这是我自己拿表里两个数减出来的。",
            "not_found",
            None,
            None,
        ),
        (
            "2202.00535",
            "A quick sum of my own: the train, validation and test splits of QQP 140K add up "
            "to 144,716 question pairs.",
            "not_found",
            None,
            None,
        ),
        (
            "2302.07302",
            "A latecomer's notes claim the deployment logged 110.8 hours of CiteSee use; "
            "that is not in my copy.",
            "not_found",
            None,
            None,
        ),
        # "WorldExpo ’10" names the dataset: 10 is no count of people
        ("1804.07821", "- WorldExpo 每张图平均约 50 人，明显比 UCSD 拥挤；", "supported", 5, 50.0),
        # Table 3 is on English-German: its big row's 0.3 is not the English-French model's
        (
            "1706.03762",
            "1. The Transformer (big) model for English-French was trained with P_drop = 0.3.",
            "contradicted",
            8,
            0.1,
        ),
        (
            "1706.03762",
            "The big English-German configuration trains with a dropout of 0.3, which is worth "
            "remembering.",
            "supported",
            9,
            0.3,
        ),
        # the paper's 121.7 hours is a mean length of stay, not a median
        ("1708.05894", "- The median length of stay was 121.7 hours.", "not_found", None, None),
        # "(180, 108, 129 responses for each topic, respectively)": Topic 2's is the second
        (
            "2302.07302",
            "- Topic 2 of the lab study probably produced 108 of the Likert responses.",
            "supported",
            10,
            108.0,
        ),
        (
            "2302.07302",
            "| Topic | Likert 回答数 |\n|---|---|\n| Topic 1 | 180 |",
            "supported",
            10,
            180.0,
        ),
        # "s" is seconds: "each training step took about 0.4 seconds"
        (
            "1706.03762",
            "- step time: the paper reports 0.4 s per step on their machine",
            "supported",
            7,
            0.4,
        ),
        # "a Gaussian of σ = 15" counts no epochs; "the number of epochs to 10" does
        (
            "1804.07821",
            "## 4. AMDCN：人群计数\n\n"
            "消融实验为了控制训练时间，统一限制在 15 个 epoch，用 MAE 比较。",
            "contradicted",
            4,
            10.0,
        ),
        # "论文没说": the writer says the paper does not state it
        (
            "1708.05894",
            "论文没说用什么卡、训了多久，我估计单卡训练大概 6 小时？纯属猜测。",
            "not_found",
            None,
            None,
        ),
        # the WorldExpo section's 16000 patches, not the UCSD section's 1600
        ("1804.07821", "WorldExpo 上训练时随机采样了 1.6 万个 patch。", "supported", 5, 16000.0),
        # "，测试集反而…": the clause after is about the test set, the number about training
        (
            "2202.00535",
            "MSRPC 很小，训练集只有 2203 对，测试集反而比验证集大。",
            "supported",
            4,
            2203.0,
        ),
        # BPE is the paper's "byte-pair encoding": no name of another paper's test
        (
            "1706.03762",
            "4/ Data side: EN-DE used a shared source-target BPE vocab of ~37K tokens.",
            "supported",
            7,
            37000.0,
        ),
        # a difference the writer works out ("53 above", "7M … smaller than") is no cell
        (
            "1406.2661",
            "Reading across rather than down: on TFD the Stacked CAE row sits 53 above the "
            "adversarial-nets row.",
            "not_found",
            None,
            None,
        ),
        (
            "1706.03762",
            "- The d_k = 16 row is 7M parameters smaller than the base model, if you subtract.",
            "not_found",
            None,
            None,
        ),
        # "summing …", "I make it …": the writer's arithmetic
        (
            "2302.07302",
            "- Summing the per-person average over the deployment group gives roughly 236 "
            "papers opened.",
            "not_found",
            None,
            None,
        ),
        (
            "1706.03762",
            "For a sense of scale, over the whole base run I make it roughly 2.5 billion target "
            "tokens seen.",
            "not_found",
            None,
            None,
        ),
        # "8.2% (SD=9.6%)": a spread is no support of a share the claim states
        (
            "2302.07302",
            "- Reencountered citations made up 9.6% of the inline citations.",
            "contradicted",
            11,
            8.2,
        ),
        # a length below the head is a place, no difference; the paper's is an average
        (
            "1804.07821",
            "- In the WorldExpo perspective kernel, the body centre sits 75 cm below the head.",
            "contradicted",
            5,
            0.875,
        ),
        # "larger than the base translation model": the parser's width, not the base row's
        (
            "1706.03762",
            "For English constituency parsing they trained on the WSJ portion of the Penn "
            "Treebank with a model width (d_model) of 1,024, larger than the base translation "
            "model.",
            "supported",
            10,
            1024.0,
        ),
        # an average is no count of one reader's ("she had previously opened 12 of the inline
        # citations"), nor the days of each of four participants' own ("62, 74, 112, 121 days")
        (
            "2302.07302",
            "- Each paper the participants opened had forty-one inline citations on average.",
            "supported",
            11,
            41.0,
        ),
        (
            "2302.07302",
            "The participants who kept the extension after the field study did so for an average "
            "of roughly 92 days?",
            "not_found",
            None,
            None,
        ),
        # "each participant": the Avg column of a per-participant table
        (
            "2302.07302",
            "- Each participant opened about 111 paper cards over the deployment, I think.",
            "supported",
            12,
            110.8,
        ),
        # the Avg column answers "averaged … per participant"; no participant's own cell does
        (
            "2302.07302",
            "- Saves that came from search or external links averaged 34% per participant.",
            "contradicted",
            12,
            43.0,
        ),
        # a share is no cell of a score column (NC-RAPT (Low)'s iBLEU of 1.03)
        (
            "2202.00535",
            "RAPT tunes well under 1% of the base model's weights, I think, which is the whole "
            "selling point.",
            "not_found",
            None,
            None,
        ),
        # "Another" is one more of what the sentence before counts
        (
            "2302.07302",
            "Demographics for the deployment are given as a plain list of ages. One participant "
            "was aged 33. Another was 27, I think.",
            "supported",
            11,
            27.0,
        ),
        # "6 were selected by three strategies": not by every one of them
        (
            "2302.07302",
            "Because strategies overlap, some citations were picked by several strategies at "
            "once: six of them were picked by every one of the strategies.",
            "contradicted",
            9,
            2.0,
        ),
        # "121 ± 1.6" is a whole number, a rival of a claimed count-like 112, its spread aside
        ("1406.2661", "The Stacked CAE baseline scores 112 on MNIST.", "contradicted", 6, 121.0),
        # the paper writes "TER" for the "Translation Edit Rate" the post spells out
        (
            "2202.00535",
            "A sample counts as Medium when its translation edit rate is strictly above 0.2.",
            "supported",
            3,
            0.2,
        ),
        # "below 0.4" bounds from above, as the paper's "< 0.4" does
        (
            "2202.00535",
            '**Q: What counts as "Medium" novelty?** A: A translation edit rate strictly above 0.2'
            " and strictly below 0.4; outside that band a pair is Low or High.",
            "supported",
            3,
            0.4,
        ),
        # "never went above 0.5" is at most 0.5: the end of the paper's range of 0.25 to 0.5
        (
            "2203.00130",
            "For the gists, GPT-3 was sampled with a temperature that never went above 0.5.",
            "supported",
            37,
            0.5,
        ),
        # 岁 is years of age, as the paper's "age ranged from 19 to 67" is
        ("2203.00130", "usability study 换了一批人，年龄最小的 19 岁。", "supported", 18, 19.0),
        # "NEWS" names the 3.2 of "the 3.2 false alarms that the NEWS score … had", though the
        # claim has the name before its number and the paper after it ("news" is no plural)
        (
            "1708.05894",
            "The NEWS score in use at the hospital had 3.6 false alarms per true alarm.",
            "contradicted",
            9,
            3.2,
        ),
        # a walkthrough is what "we briefly walked through all the features" did
        (
            "2302.07302",
            "## CiteSee\n\nFor the field deployment, the team gave each participant a 20-minute "
            "walkthrough of the features.",
            "contradicted",
            11,
            10.0,
        ),
        # 句对 are sentence pairs: the paper's 25000 per batch are tokens
        ("1706.03762", "训练时每个 batch 约 2.5 万个句对。", "not_found", None, None),
        # a count in words rounds nothing: "three non-septic ones" is no 3.2 false alarms
        (
            "1708.05894",
            "## MGP-RNN: the false-alarm figure is what matters\n\nThe case-control matching "
            "pairs each septic encounter with three non-septic ones.",
            "not_found",
            None,
            None,
        ),
        # 对照 are the controls each sepsis encounter is matched to
        (
            "1708.05894",
            "更有意思的是病例对照匹配：每个 sepsis 病例配 4 个非 sepsis 对照，住院时长相近。",
            "supported",
            7,
            4.0,
        ),
        # "reaches 41.0" is what "our big model achieves a BLEU score of 41.0" says; Table 2's
        # 41.8 is the other statement of it
        (
            "1706.03762",
            "The results prose on page 8, however, says the big model reaches 41.0 on "
            "English-to-French.",
            "supported",
            8,
            41.0,
        ),
        # 误报 counts false alarms, as the paper's "3.2 false alarms" does: its head is "alarm"
        (
            "1708.05894",
            "提前 4 小时的设置下，医院原来在用的 NEWS 评分每次真报警要伴随 3.2 次误报。",
            "supported",
            9,
            3.2,
        ),
        # of two ordinals, the one before the number places it: the third topic's 129
        (
            "2302.07302",
            "The lab study collected Likert responses per topic: the first topic drew 108 "
            "responses, and the third topic 129.",
            "supported",
            10,
            129.0,
        ),
        # "480 pixels tall" is the height of "the full-sized 640 × 480 images"
        (
            "1804.07821",
            "TRANCOS test patches are stitched back into full frames 480 pixels tall.",
            "supported",
            5,
            480.0,
        ),
        # "4.5 times as often" is a ratio, as "2.7x more frequently" is; "or 4.5 times" there
        # is another share's
        (
            "2302.07302",
            "## CiteSee\n\nDeployment participants found prior work via inline citations about "
            "4.5 times as often as that survey rate.",
            "contradicted",
            11,
            2.7,
        ),
        # an interval is no span: "read the paper for 10 minutes" says nothing of the prompts
        (
            "2203.00130",
            "参与者读的时候要 think-aloud，研究者每 10 分钟提醒一次。",
            "contradicted",
            8,
            5.0,
        ),
        # "MGP-RNN" names the model, not section 3.3 on its RNN ("in two ways")
        (
            "1708.05894",
            "| paper | setting | value |\n|---|---|---|\n"
            "| MGP-RNN | separable kernels in the SoS kernel | 2 |",
            "contradicted",
            8,
            3.0,
        ),
        # the claim names the Transformer's rows: Dyer et al.'s 91.7 is another row's F1
        (
            "1706.03762",
            "## Constituency parsing with the Transformer\n\nThe paper gives no development "
            "score. My guess is that Section 22 F1 was probably somewhere around 92.",
            "not_found",
            None,
            None,
        ),
        # the study's participants were researchers
        (
            "2302.07302",
            "Its lab study (Study 1) had ten researchers rate highlighted citations.",
            "supported",
            9,
            10.0,
        ),
        # the claim's own names (WMT) stand beside the 4.5 million, not the WSJ set's 40K
        (
            "1706.03762",
            "The English–German data is the standard WMT 2014 set, roughly 4.5 million "
            "sentence pairs, byte-pair encoded with a vocabulary shared between source and target.",
            "supported",
            7,
            4.5e6,
        ),
        # the claim's words are read where its number stands in its own sentence, not at its
        # offset in the paragraph ("80 × 80" is a size: _in_product)
        (
            "1804.07821",
            "The minimal split trains on only 10 images, which makes the per-split table hard to "
            "read as a single story. For TRANCOS the network is trained on randomly sampled "
            "80 × 80 pixel patches.",
            "supported",
            5,
            80.0,
        ),
        # "them" names nothing: it weighed as much as "college" in what the claim is about
        (
            "2203.00130",
            "Participants were recruited on Upwork. 11 of them had finished college.",
            "supported",
            7,
            11.0,
        ),
        # "联邦最低时薪" is the federal minimum wage the paper's footnote names, not the pay
        (
            "2203.00130",
            "作者特意在脚注里说明，这个报酬高于 7.25 美元的联邦最低时薪。",
            "supported",
            7,
            7.25,
        ),
        # a hyphenated noun counts what its parts do: "14 multiple choice questions"
        (
            "2203.00130",
            "- **Comprehension questions**: 14 multiple-choice in the final set",
            "supported",
            19,
            14.0,
        ),
        # "shuffled … 1,000 times" counts shuffles ("shuffled" stems as "shuffles" does)
        (
            "2302.07302",
            "The comparison against the Specter baseline used a randomization test with 1,000 "
            "shuffles of the strategy labels.",
            "supported",
            11,
            1000.0,
        ),
        # β is the coefficient, and "Specter: β = 0.65 … Global: β = −0.43" labels each value
        (
            "2302.07302",
            "Specter's coefficient was 0.56, if I read the text right?",
            "contradicted",
            11,
            0.65,
        ),
        (
            "2302.07302",
            "In the lab study's ordinal model, the Specter baseline got a coefficient of 0.65.",
            "supported",
            11,
            0.65,
        ),
        # "1,000 Python files" counts files, which the paper's "1,000 lines of Python" are not
        (
            "2302.07302",
            "- The back end is roughly 1,000 Python files, built with Flask and PostgreSQL.",
            "not_found",
            None,
            None,
        ),
        # "2048 wide" is a width, no year, and counts no "wide"s
        (
            "1706.03762",
            "2. In the Transformer base model the feed-forward inner layer is 2048 wide.",
            "supported",
            9,
            2048.0,
        ),
        # "GAME" in one cell and "L=2" in another name the GAME (L=2) column
        (
            "1804.07821",
            "| Term | Paper | Setting | Value |\n|---|---|---|---|\n"
            "| GAME | AMDCN | TRANCOS, L=2 | 13.16 |",
            "contradicted",
            6,
            15.0,
        ),
        # "GAN" names the "Adversarial nets" row of a paper that never calls itself GAN
        (
            "1406.2661",
            "| Work | Headline number |\n|---|---|\n| GAN, MNIST | 225 |",
            "supported",
            6,
            225.0,
        ),
        # "one head" is the row with h = 1, as "a single attention head" is
        (
            "1706.03762",
            "| Table 3 (A) variant | dk and dv |\n|---|---:|\n| one head | 512 |",
            "supported",
            9,
            512.0,
        ),
        # "label smoothing switched off" and "the no-dropout row" set ϵls = 0 and Pdrop = 0
        (
            "1706.03762",
            "- With label smoothing switched off, the dev perplexity is roughly 4.7.",
            "supported",
            9,
            4.67,
        ),
        (
            "1706.03762",
            "The perplexity of the no-dropout row is close to 5.8.",
            "supported",
            9,
            5.77,
        ),
        # "Table 2.1" numbers a table of the post's own, not the paper's Table 2
        (
            "1804.07821",
            "Table 2.1 juxtaposes a headline number for each paper.\n\n"
            "| Work | Headline number |\n|---|---|\n| AMDCN, UCF | 290.82 |",
            "supported",
            6,
            290.82,
        ),
        # "(C) rows" names Table 3's block (C): the base row's 25.8 is no evidence for it
        (
            "1706.03762",
            "The deepest encoder-decoder stack in the (C) rows lands at 25.8 dev BLEU, only a "
            "hair above the base model.",
            "contradicted",
            9,
            23.7,
        ),
        # "(C) 组里把 d_model 砍到 256 的那一行": the row of block (C) with d_model = 256
        (
            "1706.03762",
            "最瘦的变体是 (C) 组里把 d_model 砍到 256 的那一行：参数只剩 2800 万，"
            "dev 集 BLEU 掉到 24.5。",
            "supported",
            9,
            24.5,
        ),
        # the variant without perspective is only what the claim's value is likened to
        (
            "1804.07821",
            "UCSD 部分：带透视信息的 AMDCN 在 maximal 划分上 MAE 为 1.63，"
            "和不带透视信息时几乎没差别。",
            "contradicted",
            7,
            1.6,
        ),
        # "和翻译任务一致" likens parsing's α to translation's; parsing's own is 0.3
        (
            "1706.03762",
            "Transformer 迁移到英文句法分析时，beam search 的 length penalty 仍是 α = 0.6，"
            "和翻译任务一致。",
            "contradicted",
            10,
            0.3,
        ),
        # "switching residual dropout off" is Pdrop = 0; the heading's rare words crowd out
        # the claim's own, but not "BLEU", its column
        (
            "1706.03762",
            "## C.2 Attention-based encoders as a shared backbone (Aim 1)\n\n"
            "- switching residual dropout off altogether cut development BLEU to 25.3.",
            "contradicted",
            9,
            24.6,
        ),
        # "11 were men": a sentence where 11 counts something else, with no man or male in
        # it, is no support when another sentence says "9 male"
        (
            "2203.00130",
            "## Reading interfaces for non-expert readers\n\n"
            "- The study recruited 24 participants through Upwork.\n- Of these, 11 were men.",
            "contradicted",
            18,
            9.0,
        ),
        # Table 3's "(E) positional embedding instead of sinusoids 4.92 25.7" is a row of it,
        # though it reads like a line of prose
        (
            "1706.03762",
            "| variant | paper PPL | paper BLEU |\n|---|---|---|\n"
            "| (E) learned positions | — | 25.7 |",
            "supported",
            9,
            25.7,
        ),
        # "label smoothing raised to 0.2" is the row with ϵls = 0.2
        (
            "1706.03762",
            "- With label smoothing raised to 0.2, the dev perplexity is 5.47.",
            "supported",
            9,
            5.47,
        ),
        # "df f = 2048", as pypdf prints d_ff, states d_ff: no ambiguity among Table 3's rows
        ("1706.03762", "| knob | paper |\n|---|---|\n| d_ff | 2,048 |", "supported", 5, 2048.0),
        # "(age: 36, 32, 27, 25, 33, 23": each number of the list is an age
        ("2302.07302", "部署研究里有一位参与者 25 岁。", "supported", 11, 25.0),
        # "the other three baselines" are not all of the paper's "three baselines"
        ("2302.07302", "除了 Specter，另外三个 baseline 都不显著。", "not_found", None, None),
        # "Global: β = −0.43, p = 0.12; Linear: β = −0.27, p = 0.30": p = 0.12 is Global's
        (
            "2302.07302",
            "Of the baselines that did not reach significance, the linear-reading one came in at "
            "p = 0.12.",
            "contradicted",
            11,
            0.3,
        ),
        # "three of the field-study participants" count participants, not "three baseline
        # approaches"
        (
            "2302.07302",
            "After the deployment ended, three of the field-study participants kept using it.",
            "not_found",
            None,
            None,
        ),
        # the youngest is an age, the smallest of its list or the lower end of its range
        ("2203.00130", "The youngest usability-study participant was 19.", "supported", 18, 19.0),
        (
            "2302.07302",
            "The youngest of the deployment participants was 23.",
            "supported",
            11,
            23.0,
        ),
        # "16K tokens for the WSJ only setting and ... 32K tokens for the semi-supervised
        # setting": one number "for" a name owns it, the other does not
        (
            "1706.03762",
            "其中只用 WSJ 训练的那组设置，词表是 32K 个 token。",
            "contradicted",
            10,
            16000.0,
        ),
        # "a 60-minute semistructured post-interview one to two weeks after deployment": two
        # weeks are no misquote of the interview's length
        (
            "2302.07302",
            "- The post-interview was a 60-minute semi-structured session.",
            "supported",
            11,
            60.0,
        ),
        # the paper spells it "BerkleyParser": one letter off is the same corpus, not another
        (
            "1706.03762",
            "It is the high-confidence plus BerkeleyParser data, approximately 17 million "
            "sentences.",
            "supported",
            10,
            17e6,
        ),
        # "WSJ-only" names the paper's "WSJ only", no dataset foreign to it
        (
            "1706.03762",
            "Petrov et al. (2006) sits at 90.4 F1 in the WSJ-only block.",
            "supported",
            9,
            90.4,
        ),
        # a post table's "d_ff" column over "1024" is the condition d_ff = 1024
        (
            "1706.03762",
            "| d_ff | dev perplexity |\n|-----:|---------------:|\n| 1024 | 5.12 |",
            "supported",
            9,
            5.12,
        ),
        # under a bare "数字" header, the "说明" column says what the number is
        (
            "1406.2661",
            "| 论文 | 数字 | 说明 |\n|---|---:|---|\n"
            "| GAN | 1890 | Deep GSN 在 TFD 上的 Parzen 对数似然 |",
            "supported",
            6,
            1890.0,
        ),
        # "with L = 3 terms per drug/lab pair" is L's value, which "We set L = 3." states
        (
            "1708.05894",
            "- The medication response is a sum of decaying exponentials, with L = 3 terms per "
            "drug/lab pair.",
            "supported",
            6,
            3.0,
        ),
        # 执业医生: "two practicing physicians" vetted the questions
        ("2203.00130", "理解测试的选择题由 3 位执业医生把关。", "contradicted", 19, 2.0),
        # 研究生, 专业, 学院: "professional or graduate school"
        ("2203.00130", "参与者里有 6 人读过研究生或专业学院。", "contradicted", 7, 5.0),
        # "64 throughout": an adverb after a number is no noun it counts
        ("2202.00535", "RAPT trains with a batch size of 64 throughout.", "contradicted", 7, 32.0),
        # "the number of epochs to 10" counts epochs, though its noun stands before it
        ("1804.07821", "The column ablation caps training at 20 epochs.", "contradicted", 4, 10.0),
        # "age ranged from 19 to 67 (μ = 35.04)": the ends are no mean, and the μ is the age's,
        # though "μ = 3.67" under a heading the claim names gives a score
        ("2203.00130", "Paper Plain's participants: mean age 35.04.", "supported", 18, 35.04),
        ("2203.00130", "Paper Plain's readers had a mean age of 41.", "contradicted", 18, 35.04),
        # a bare count ("a 32K vocabulary") is contradicted by a count with a unit ("16K tokens")
        ("1706.03762", "The WSJ-only model gets a 32K vocabulary.", "contradicted", 10, 16000.0),
        # a note's "vocab" is a vocabulary
        ("1706.03762", "The WSJ-only parser uses a 16K vocab.", "supported", 10, 16000.0),
        # "16K tokens for the WSJ only setting" names WSJ; English-French's 32000 does not
        ("1706.03762", "WSJ only 设置的词表是 32K。", "contradicted", 10, 16000.0),
        # "12 hours after onset" is not "up until 12 hours in advance"
        (
            "1708.05894",
            "For septic encounters we keep data until 12 hours after onset.",
            "contradicted",
            7,
            6.0,
        ),
        # 最年长 (the oldest) and 最年轻 (the youngest) are the ends of an age range
        ("2203.00130", "最年长的参与者好像有 67 岁？", "supported", 18, 67.0),
        ("2203.00130", "最年轻的参与者是 19 岁。", "supported", 18, 19.0),
        # "18 Section Gists" counts no Answer Gists
        (
            "2203.00130",
            "### Paper Plain（2203.00130）\n\n孙七补充说 Answer Gist 平均被打开了 18 次。",
            "not_found",
            None,
            None,
        ),
        # "5 折" counts folds; a cell's "± 66" is a standard error, no count of anything
        ("1406.2661", "TFD 的标准误是按 fold 计算的，我猜大概是 5 折？", "not_found", None, None),
        # "41.0 (SD=24.8) inline citations" counts citations, past its spread
        (
            "2302.07302",
            "## CiteSee: opened papers 和 inline citations\n\n部署期间，平均每人打开了 41 篇论文。",
            "not_found",
            None,
            None,
        ),
        # "1.85 seconds longer than" the others' time is a difference: it is no dwell time, and a
        # claimed difference in another unit is its misquote
        (
            "2203.00130",
            "Readers without the Key Question Index stayed 1.85 seconds at each position.",
            "not_found",
            None,
            None,
        ),
        (
            "2203.00130",
            "With the Key Question Index, readers stayed at each position 1.85 minutes longer.",
            "contradicted",
            22,
            1.85,
        ),
        # "0.9 BLEU worse than the best setting" is single-head attention's difference: it
        # contradicts what a single head is claimed to cost, not what a shallow model loses
        (
            "1706.03762",
            "Single-head attention is 1.9 BLEU worse than the best setting.",
            "contradicted",
            8,
            0.9,
        ),
        ("1706.03762", "A single attention head costs 1.2 BLEU.", "contradicted", 8, 0.9),
        (
            "1706.03762",
            "The shallow variant loses 2.1 BLEU against the base model.",
            "not_found",
            None,
            None,
        ),
        # "a stride of 100": pixels measure, papers give them bare; they count nothing
        (
            "1804.07821",
            "WorldExpo test patches are taken at a stride of 50 pixels.",
            "contradicted",
            5,
            100.0,
        ),
        # the 1600 patches of the UCF and UCSD sections are no evidence for WorldExpo's, whose
        # section takes 16000 (too little context to contradict)
        (
            "1804.07821",
            "WorldExpo gets the same 1,600 patches, only larger ones.",
            "not_found",
            None,
            None,
        ),
        # a FAQ's answer is about its question's row: without perspective information
        (
            "1804.07821",
            "**Q13.** Without perspective maps, what MAE does the AMDCN reach on WorldExpo?\n\n"
            "**A:** An MAE of 14.9.",
            "contradicted",
            8,
            16.6,
        ),
        # the question sets N = 2; "drops to" gives a level, no change
        (
            "1706.03762",
            "**Q2.** In the model-variations table, how does the shallow variant with N = 2 do"
            " on the development set?\n\n**A:** It drops to 24.5 dev BLEU.",
            "contradicted",
            9,
            23.7,
        ),
        # "lr" is a learning rate
        ("1708.05894", "- MGP-RNN: lr 0.001.", "supported", 7, 0.001),
        # "d_model 256" sets the row, with or without "=" or "to"
        ("1706.03762", "- Transformer with d_model 256: 28M params.", "supported", 9, 28e6),
        # a bare answer's own words are its question's
        (
            "1708.05894",
            "**Q7.** What share of the NEWS alerts did the receiving nurse cancel?\n\n"
            "**A:** About 63%.",
            "supported",
            2,
            63.4,
        ),
        # "开到" sets d_ff as "=" does
        ("1706.03762", "d_ff 开到 1024 的那一行，参数量是 6000 万。", "contradicted", 9, 53e6),
        # the question's "with" names the answer's group: not the variant of "this variant"
        (
            "2203.00130",
            "**Q21.** With the full interface, how many Section Gists did the readers who used"
            " them open on average?\n\n**A:** 18 Section Gists.",
            "contradicted",
            21,
            7.0,
        ),
        # a bold paragraph (a myth to correct) leads the paragraph after it
        (
            "1708.05894",
            "**误区 4：常听人说，医院之前上线的 NEWS 告警里有 36.4% 被护士取消。**\n\n"
            "数字顺序被调换了。\n原文是 63.4%，比常说的那个数高出一大截。",
            "supported",
            2,
            63.4,
        ),
        # "longest" without "the" still picks the longest of a list
        (
            "2302.07302",
            "| what | value | watch out |\n|---|---|---|\n"
            "| longest continued use after the study | 112 days | at the time of writing |",
            "contradicted",
            13,
            121.0,
        ),
        # no support from the UCSD section's 1600 for a claim that names WorldExpo, whose
        # section takes 16000 "randomly sampled" patches
        (
            "1804.07821",
            "- WorldExpo: 1600 random training patches",
            "contradicted",
            5,
            16000.0,
        ),
        # "recently" is "recent"
        (
            "2302.07302",
            "- history window: 10 most recent papers by default?",
            "contradicted",
            7,
            20.0,
        ),
        # a power of ten alone, in a post ("10^-9", "10⁻²") and as pypdf flattens it ("10−9")
        ("1706.03762", "Adam's ε was 10^-9.", "supported", 7, 1e-9),
        ("1706.03762", "Adam's ε was 10^-8.", "contradicted", 7, 1e-9),
        ("2202.00535", "LoRA-based methods use a weight decay of 10⁻².", "supported", 7, 0.01),
        # "GPUs" and "minibatches" are the claim's "GPU" and "batch"
        (
            "2202.00535",
            "| Paper | Setting | Value |\n|---|---|---|\n| RAPT | GPU memory per card | 32 GB |",
            "supported",
            7,
            32e9,
        ),
        ("1708.05894", "- MGP-RNN | batch: 100 encounters", "supported", 7, 100.0),
        # a subscript digit is the paper's plain one: β₂ is β2
        ("1706.03762", "| what | value |\n|---|---|\n| Adam β₂ | 0.98 |", "supported", 7, 0.98),
        # "1.43 for AMDCN without perspective information": the row named after the number
        (
            "1804.07821",
            "For UCSD, Table 3 gives 1.43 for AMDCN without perspective information on the"
            " maximal split.",
            "contradicted",
            7,
            1.63,
        ),
        # a row the claim names by its model beats one that shares only "model" with it
        (
            "1706.03762",
            "The ConvS2S single model is listed at 40.46 BLEU on English-French.",
            "supported",
            8,
            40.46,
        ),
        ("1708.05894", "- **Q:** NEWS false alarms per true alarm? → 3.2", "supported", 9, 3.2),
        # "100,000 steps or 12 hours": the words before the first number name the restatement
        ("1706.03762", "- base model: 12 h of wall-clock training", "supported", 7, 12.0),
        # "12 to 20 total highlighted citations per paper" is no rival of the 126 in all
        (
            "2302.07302",
            "126 highlighted citations came out of that pool.",
            "supported",
            9,
            126.0,
        ),
        # a cell that names neither variant is no more about "with perspective" than "without"
        # (its table's lead says which)
        (
            "1804.07821",
            "Mean absolute error without perspective maps, as I will summarise it:\n\n"
            "| dataset | AMDCN MAE |\n|---|---:|\n| WorldExpo '10 | 16.6 |",
            "supported",
            8,
            16.6,
        ),
        # "16K tokens for the WSJ only setting and … 32K tokens for the semi-supervised
        # setting": a lower-case "for the … setting" pairs a number with its thing too
        (
            "1706.03762",
            "The semi-supervised setting used a 32K-token vocabulary.",
            "supported",
            10,
            32000.0,
        ),
        # the claim names all of the "Prompt Tuning Random" row, more than "Prompt Tuning"'s
        (
            "2202.00535",
            "Self-TER column: Prompt Tuning Random sits at 34.23.",
            "contradicted",
            7,
            33.56,
        ),
        # a post's random crops are the paper's randomly sampled patches
        (
            "1804.07821",
            "- WorldExpo patches: 12,000 random crops, probably because the set is larger",
            "contradicted",
            5,
            16000.0,
        ),
        # "3.2.1 UCF50 Crowd Counting" is the section a post's "UCF" names; its rival is the
        # one under that heading, not UCSD's 1600 patches
        (
            "1804.07821",
            "Training details for UCF: 16,000 random patches, and testing runs on the whole image.",
            "contradicted",
            4,
            1600.0,
        ),
        # "8 PhD students, 1 postdoc": the words before the comma are 8's, not 1's
        (
            "2302.07302",
            "- Most were PhD students: eight of them, by the paper's count.",
            "supported",
            9,
            8.0,
        ),
        # Table 3 reports newstest2013, the development set: no evidence for newstest2014
        (
            "1706.03762",
            "> the big model reaches 26.4 BLEU on newstest2014, which is our target",
            "not_found",
            None,
            None,
        ),
        # 生理变量 are physiological variables and 化验值 laboratory values; 协变量 are covariates
        ("1708.05894", "输入里光连续值的生理变量就有三十四个。", "supported", 7, 34.0),
        ("1708.05894", "其中 28 个是化验值，剩下的是生命体征。", "supported", 7, 28.0),
        (
            "1708.05894",
            "基线协变量这块我特别留意了：除了合并症以外，剩下的只有 6 个（种族、性别、年龄）。",
            "not_found",
            None,
            None,
        ),
        # the rival for a claim about the base models is theirs (5), not the big models' (20)
        (
            "1706.03762",
            "- Checkpoint averaging. For the base models they averaged the final 10 checkpoints.",
            "contradicted",
            8,
            5.0,
        ),
        # a video dataset's frames are its images: the UCSD split trains on 800 of them
        (
            "1804.07821",
            "- A reader's summary says the original UCSD split trains on 1,200 frames.",
            "contradicted",
            5,
            800.0,
        ),
        # a case-control study's controls are what it calls its "4 non-sepsis encounters"
        (
            "1708.05894",
            "- Each septic encounter is paired with four matched controls, matched on stay length",
            "supported",
            7,
            4.0,
        ),
        # the answer names only what it likens to; the table it may be read from is the one on
        # what the question asks (Table 3's big row is English-German's)
        (
            "1706.03762",
            "**Q: Which dropout did the English-French big model use?**\n\n"
            "A: It kept the big configuration's dropout of 0.3, the same as English-German's.",
            "not_found",
            None,
            None,
        ),
        # "ahead of LoRA by roughly 2.5" is a difference the writer works out: no cell refutes it
        (
            "2202.00535",
            "So on MSRPC, RAPT is ahead of LoRA by roughly 2.5 iBLEU.",
            "not_found",
            None,
            None,
        ),
        # a Likert-scale response is a rating; the writer's own estimate rounds none of them
        ("2302.07302", "- 417 Likert ratings total", "supported", 10, 417.0),
        (
            "2302.07302",
            "- Study 1 → roughly 420 Likert ratings in all (my estimate)",
            "not_found",
            None,
            None,
        ),
        # a value said to be carried over from translation is parsing's, under its own heading
        (
            "1706.03762",
            "The parsing runs kept the translation beam size of 4.",
            "contradicted",
            10,
            21.0,
        ),
        (
            "1706.03762",
            "constituency parsing 的 beam size 和翻译一样是 4。",
            "contradicted",
            10,
            21.0,
        ),
        (
            "1706.03762",
            "做 constituency parsing 的时候，length penalty α 沿用了翻译任务的 0.6。",
            "contradicted",
            10,
            0.3,
        ),
        (
            "1804.07821",
            "The paper samples 1,600 random patches for WorldExpo, same as for UCF.",
            "contradicted",
            5,
            16000.0,
        ),
        # "BLEU" after a "but" is its own: not the Self-BLEU column, whose name it says half of
        (
            "2202.00535",
            "In the comparison on QQP 140K, SEPARATOR attains the lowest self-BLEU but a BLEU of "
            "only 14.84.",
            "contradicted",
            6,
            14.7,
        ),
        (
            "2202.00535",
            "It quotes SEPARATOR's self-BLEU on QQP 140K as 14.84.",
            "supported",
            6,
            14.84,
        ),
        # "32K tokens for the semi-supervised setting" is parsing's, not English-German's
        (
            "1706.03762",
            "The English-German data used a shared byte-pair vocabulary of about 32,000 tokens.",
            "contradicted",
            7,
            37000.0,
        ),
        # "GPT2-L" is the GPT2 large column
        (
            "2202.00535",
            "| where | what | value |\n|---|---|---:|\n"
            "| Tab.2, Prompt Tuning, GPT2-L | trainable params | 270,336 |",
            "contradicted",
            4,
            337920.0,
        ),
        # what one model has beyond another is a difference, which no level refutes
        (
            "2202.00535",
            "NC-RAPT adds 32,768 trainable parameters on top of RAPT with GPT2 medium.",
            "not_found",
            None,
            None,
        ),
        (
            "2202.00535",
            "NC-RAPT vs RAPT, GPT2 medium: 32,768 extra trainable params",
            "not_found",
            None,
            None,
        ),
        (
            "2202.00535",
            "NC-RAPT 比 RAPT 多出来的那一点，我拿 medium 那一列减了一下，就 32,768 个。",
            "not_found",
            None,
            None,
        ),
        # but a layer count's "on top of" stacks, it adds nothing
        (
            "1708.05894",
            "The classifier is a three-layer LSTM on top of the Gaussian-process imputation.",
            "contradicted",
            7,
            2.0,
        ),
        (
            "1706.03762",
            "I think the paper's parsing model keeps the translation vocabulary of about 37000 "
            "tokens.",
            "contradicted",
            10,
            16000.0,
        ),
        # RAPT's Table 9: pypdf's "1e − 4" is 1e-4, and its two-line header ("Learning Rate
        # Adapter Bottleneck preﬁx length Prompt Dimension (b)" over "Method Dataset: QQP 50K")
        # gives four columns, which rows like "Prompt Tuning 0.1 — 256 —" mark empty
        ("2202.00535", "Adapter Tuning's selected learning rate was 1e-4.", "supported", 8, 0.0001),
        ("2202.00535", "Prompt Tuning's selected prefix length is 256.", "supported", 8, 256.0),
        (
            "2202.00535",
            "Prefix-layer Tuning's selected prefix length is 256.",
            "contradicted",
            8,
            64.0,
        ),
        # a braced set's members are options searched, none of them the value chosen
        (
            "2202.00535",
            "For P-Tuning, the hyperparameter search settled on a learning rate of 0.01.",
            "supported",
            8,
            0.01,
        ),
        # a row of another model than the one the claim is about, though it has no row here
        (
            "2202.00535",
            "RAPT itself probably used a learning rate of 1e-3, though the selected-hyperparameter "
            "table has no row for it.",
            "not_found",
            None,
            None,
        ),
        # two rows the claim names neither of hold 1e-4: neither is its
        ("2202.00535", "The selected learning rate was 1e-4.", "not_found", None, None),
        # "In practice, we set k = 2": the k of "We select top k examples" just before
        (
            "2202.00535",
            "For retrieval they keep it small: two exemplars per input, picked by kNN.",
            "supported",
            3,
            2.0,
        ),
        # "个人" and "pedestrians" count the people in view ("approximately 25 on average")
        ("1804.07821", "UCSD 就稀疏多了，每帧大概 25 个人。", "supported", 5, 25.0),
        (
            "1804.07821",
            "UCSD is the easy end, with roughly 25 pedestrians per frame on average.",
            "supported",
            5,
            25.0,
        ),
        # "207 times" counts occurrences, no thing a table row must name
        ("2302.07302", "- field study: P4 opened Paper Cards 207 times", "supported", 12, 207.0),
        # the dataset a clause with its own number names is not the next clause's
        (
            "2202.00535",
            "ParaSCI-ACL has 28,883 training pairs, and MSRPC's official test split is only 550 "
            "pairs.",
            "contradicted",
            4,
            1147.0,
        ),
        # a sentence that gives each participant 45 minutes gives the pool of 126 as a whole: no
        # "12 to 20 total highlighted citations per paper" refutes it
        (
            "2302.07302",
            "Paper Plain's formative think-aloud study gave each participant 45 minutes of reading "
            "time, and CiteSee's first lab study rated a pool of 126 highlighted citations.",
            "supported",
            9,
            126.0,
        ),
        # "that row": the list item before names it
        (
            "1706.03762",
            "- (B) rows, shrink only dk: dk = 16 → dev PPL 5.16\n  - that row's size: 58M params",
            "supported",
            9,
            58e6,
        ),
        # the paper's ".95CI[32%,82%]" is the post's 置信区间 (confidence interval)
        (
            "2302.07302",
            "保存下来的论文里，来自行内引用的比例，其置信区间下限是 32%。",
            "supported",
            11,
            32.0,
        ),
        # a dataset the paper never runs on, however far from the number: WorldExpo's 16.6
        # is no rival
        (
            "1804.07821",
            "- on ShanghaiTech Part B it reports an MAE of 9.8.",
            "not_found",
            None,
            None,
        ),
        # "That shallow model": the one the item before sets, "cut to 2 layers"
        (
            "1706.03762",
            "- His favourite row: with the encoder and decoder cut to 2 layers, dev BLEU falls "
            "to 23.7.\n- That shallow model still has 36M parameters, which surprised Wei.",
            "supported",
            9,
            36e6,
        ),
        # the sentence that states the claim's other number states the paper's value: "126
        # citations over the 9 papers", not the figure's "unknown papers (10-12)"
        (
            "2302.07302",
            "Its lab study pooled 126 highlighted citations over 10 papers.",
            "contradicted",
            9,
            9.0,
        ),
        # one sentence gives 5,000 lines added and 17,000 in the final system: the latter's
        # words name more of the claim's, though after its number
        (
            "2302.07302",
            "On the implementation side, the final CiteSee system is around 5,000 lines of code.",
            "contradicted",
            8,
            17000.0,
        ),
        # "dmodel = 512, and the inner-layer has dimensionality dff = 2048": the next clause's
        # words are 2048's, not 512's
        (
            "1706.03762",
            "Each position-wise feed-forward block widens to a 2048-unit inner layer before "
            "projecting back down.",
            "supported",
            5,
            2048.0,
        ),
        # a cited work's volume is checked against the bibliography, whose reference is one
        # record ("Crit Care Med., 17(5):389–93, 1989."; "Intensive Care Med., 22(7)")
        (
            "1708.05894",
            "The clinical side goes back to Bone et al.'s sepsis syndrome paper in volume 17 of "
            "Critical Care Medicine.",
            "supported",
            11,
            17.0,
        ),
        (
            "1708.05894",
            "Vincent et al.'s SOFA paper appeared in volume 21 of Intensive Care Medicine.",
            "contradicted",
            12,
            22.0,
        ),
        (
            "1706.03762",
            "| Cited work | Venue | Volume |\n|---|---|---:|\n"
            "| Hochreiter & Schmidhuber, LSTM | Neural Computation | 9 |",
            "supported",
            11,
            9.0,
        ),
        # and nothing else is: "9(8):1735–1780" of reference [13] is no size of the model
        ("1706.03762", "The model uses 1735 hidden units.", "not_found", None, None),
        # 高亮 is the paper's "augmented", 死亡 its "mortality", 拖延 its "delayed"
        ("2302.07302", "行内引用中 88.6% 没有任何高亮", "supported", 11, 88.6),
        (
            "1708.05894",
            "低血压出现后治疗每拖延一个钟头，感染性休克的死亡风险就增加 6.7%",
            "contradicted",
            1,
            7.6,
        ),
        # a fall is no rise: the 7.6% by which each hour's delay raises the risk of dying
        (
            "1708.05894",
            "还有人说，这个模型把 sepsis 病人的死亡率降了 7.6%。",
            "not_found",
            None,
            None,
        ),
        # "我按论文给的天数算了下" (I worked it out from the paper's days): the writer's mean,
        # which the paper's 62 days of one participant does not contradict
        (
            "2302.07302",
            "后来自愿继续用的那几位，我按论文给的天数算了下，平均用了 92 天左右。",
            "not_found",
            None,
            None,
        ),
        # of Table 9's rows with 256, the one the claim names in full ("Prefix Tuning"), not the
        # one its words match best ("Prompt Tuning"), beside "Prefix-layer Tuning … 64"
        (
            "2202.00535",
            "| Paper | Setting | Value |\n|---|---|---:|\n"
            "| RAPT | Prefix Tuning, selected prefix length | 256 |",
            "supported",
            8,
            256.0,
        ),
        # the search tried 0.1: Table 9 of the selected values is no grid (P-Tuning's 0.01 is
        # no rival), but a value that "won" the search is a selected one
        (
            "2202.00535",
            "附录的超参数搜索里，学习率最大试到 0.1，最小值非常小。",
            "supported",
            7,
            0.1,
        ),
        (
            "2202.00535",
            "- The adapter bottleneck that won the Table 9 search on QQP 50K was 512.",
            "supported",
            8,
            512.0,
        ),
        # "picked by two strategies | 35": the paper's "two/three/four strategies" count the
        # condition, not citations
        (
            "2302.07302",
            "| Paper | detail | value |\n|---|---|---:|\n"
            "| CiteSee | citations picked by two strategies | 35 |",
            "supported",
            9,
            35.0,
        ),
        # the support's clause names NEWS, the rival's "our best model … 1.4": no rival of it
        (
            "1708.05894",
            "By that measure the NEWS score their hospital had previously used produced 3.2 false "
            "alarms per true alarm, and the new model produced far fewer.",
            "supported",
            9,
            3.2,
        ),
        # "(E) 行": the base row, which the heading names, is another labelled row of Table 3
        (
            "1706.03762",
            "## Transformer 的 Table 3 别只看 base 行\n\n"
            "🔹 (E) 行把正弦位置编码换成 learned embedding，dev BLEU 是 25.7，几乎没差",
            "supported",
            9,
            25.7,
        ),
        # a ratio the writer worked out: no table cell of 3.60 or 4.34 states it
        (
            "2202.00535",
            "🔸 RAPT 的 iBLEU 是 DiPS 的 4 倍还多，差距肉眼可见",
            "not_found",
            None,
            None,
        ),
        # the model size an answer's question names: not the base model's 0.4 seconds
        (
            "1706.03762",
            "**Q:** Time per training step, big model?\n**A:** 0.4 秒 / step",
            "contradicted",
            7,
            1.0,
        ),
        # Japanese: digits grouped by 万 and 億, its units, and its words for the paper's
        ("1708.05894", "学習データは 5万1697件の入院記録です。", "supported", 7, 51697),
        ("1708.05894", "RNN 部分の LSTM は各層 128 ユニットです。", "contradicted", 7, 64),
        (
            "2302.07302",
            "最終的なシステム全体のコードは約1万7000行だそうです。",
            "supported",
            8,
            17000,
        ),
        ("1708.05894", "Matched Lookback では敗血症の 12 時間前まで遡ります。", "supported", 9, 12),
        (
            "1706.03762",
            "(C) の行で d_model=1024 の設定は 1億6800万 パラメータです。",
            "supported",
            9,
            1.68e8,
        ),
        # "d_model を 1024 に": d_model set to 1024 picks that row, not the d_ff row's 26.2
        (
            "1706.03762",
            "(C) で d_model を 1024 に広げると BLEU が 26.2 です。",
            "contradicted",
            9,
            26.0,
        ),
        # "d_k cut to 16" picks the row with 58 (M params); "60M" rounds 58 only as the d_k = 32
        # row's exact 60 read from the wrong row
        (
            "1706.03762",
            "The d_k cut to 16 variant in rows (B) has 60M parameters.",
            "contradicted",
            9,
            58e6,
        ),
        # "Four of the participants chose Topic 1, three chose Topic 2": Topic 1 is four's label,
        # and the three that chose Topic 2 are no rival
        (
            "2302.07302",
            "Topic 1 was the most popular pick with four participants.",
            "supported",
            9,
            4,
        ),
        # a difference of two rows the paper never states: no row's total is its rival
        ("2202.00535", "NC-RAPT only adds 32,768 parameters over RAPT.", "not_found", None, None),
        (
            "2202.00535",
            "NC-RAPT は RAPT より学習パラメータが 3万2768 個多いだけです。",
            "not_found",
            None,
            None,
        ),
        # "… spent without the Key Question Index … (average = 3.34 seconds": the without one's
        (
            "2203.00130",
            "Without the Key Question Index, they averaged 3.34 seconds.",
            "supported",
            22,
            3.34,
        ),
        # feet are a length, so 0.875 of them misquote the paper's 0.875 meters
        (
            "1804.07821",
            "The body Gaussian sits 0.875 feet below the head centre.",
            "contradicted",
            5,
            0.875,
        ),
        # "the base recipe" is the base models': "averaging the last 5 checkpoints", not the big
        # models' 20 (and "averages" is no "on average")
        ("1706.03762", "The base recipe averages the last 10 checkpoints.", "contradicted", 8, 5),
        # katakana loanwords are the paper's words: チーム team, バグ bug, ランダム random
        (
            "2302.07302",
            "開発期間は 5 か月で、その間はチーム内で使い込んでバグを潰していた。",
            "supported",
            8,
            5,
        ),
        (
            "2202.00535",
            "kNN 検索の代わりにランダムに例を取ってくると、"
            "QQP 50K での RAPT の iBLEU は 6.22 まで落ちます。",
            "supported",
            7,
            6.22,
        ),
        # "the 2.2 false alarms the base MGP-RNN has, and the 3.2 false alarms that the NEWS
        # score … had": a claim about the hospital's NEWS score is the rival's
        (
            "1708.05894",
            "The NEWS score the hospital had been using probably sits at 2.2 false alarms.",
            "contradicted",
            9,
            3.2,
        ),
        # Korean: digits grouped by 억 and 만, its units and its words for the paper's
        (
            "2202.00535",
            "GPT2 medium 을 fine-tuning 하면 학습 파라미터가 약 3억 5482만 개다.",
            "supported",
            4,
            354823168,
        ),
        ("2202.00535", "NC-RAPT 는 RAPT 보다 3만 2768개가 더 많다.", "not_found", None, None),
        # Spanish: its words for the paper's, and its units
        ("1708.05894", "La LSTM tiene 64 unidades ocultas por capa.", "supported", 7, 64),
        (
            "1708.05894",
            "Una alarma cuenta como verdadero positivo si salta como mucho 48 horas antes de "
            "la sepsis.",
            "supported",
            9,
            48,
        ),
        # Korean words for a total and its Likert responses
        (
            "2302.07302",
            "참가자들이 인용마다 Likert 점수를 매겼고, 응답이 총 417개 모였다.",
            "supported",
            10,
            417,
        ),
        # 4,000 seconds is a thousandfold the step times' seconds: no misquote of them
        (
            "1706.03762",
            "Some answered 4,000 seconds of warmup; the paper never times it.",
            "not_found",
            None,
            None,
        ),
        # "top 2 neighbours" are the "top k examples" of "we set k = 2"
        ("2202.00535", "RAPT prepends the top 2 neighbours of every input.", "supported", 3, 2),
        # the 3.34 seconds are said of those without the Key Question Index: no support of a
        # claim about readers with it
        (
            "2203.00130",
            "Readers with the key question index stayed about 3.34 seconds at each position.",
            "not_found",
            None,
            None,
        ),
        # "la interfaz completa" is the whole system, which no "participants with this variant"
        # sentence is about
        (
            "2203.00130",
            "Con la interfaz completa, los participantes abrían de media 18 Section Gists.",
            "not_found",
            None,
            None,
        ),
        # French: "pour une K80" is the K80's, with its function words no terms
        ("1706.03762", "Ils comptent 6,0 TFLOPS pour une K80.", "contradicted", 8, 2.8),
        # the row that states the setting (ϵls = 0.0), not another row's 0.0 (P_drop)
        (
            "1706.03762",
            "Label smoothing switched off gives a dev PPL of 5.77.",
            "contradicted",
            9,
            4.67,
        ),
        # "100,000 steps or 12 hours": the words before the number it restates name it too
        (
            "1706.03762",
            "| Setting | Transformer (base) |\n|---|---|\n| Training | 12 hours |",
            "supported",
            7,
            12.0,
        ),
        # the base models' sentence, not an unsized one with the big model's 3.5 days
        ("1706.03762", "The base Transformer was trained for 3.5 days.", "not_found", None, None),
    ],
)
def test_blind_post_cases(
    library: tuple, paper: str, sentence: str, verdict: str, page: int | None, value: float | None
) -> None:
    *_, finding = _verify(library, paper, sentence)
    assert (finding.verdict, finding.page, finding.paper_value) == (verdict, page, value), finding


def test_the_next_clauses_dataset_is_not_the_numbers(library: tuple) -> None:
    # no table on MSRPC is asked for by ParaSCI-ACL's count
    text = (
        "ParaSCI-ACL has 28,883 training pairs, and MSRPC's official test split is only 550 pairs."
    )
    first, _ = _verify(library, "2202.00535", text)
    assert (first.verdict, first.page, first.paper_value) == ("supported", 4, 28883.0)


def test_a_post_rows_first_cell_names_its_row_not_its_other_cells(library: tuple) -> None:
    # "LoRA" in a description column does not make the LoRA row the claim's
    text = (
        "RAPT's Table 4, the GPT2 Medium runs, ParaSCI-ACL block only:\n\n"
        "| Method | BERT | Self-TER | what gets trained |\n|---|---:|---:|---|\n"
        "| RAPT | 84.86 | 41.48 | LoRA plus prompt, with retrieved examples |"
    )
    findings = _verify(library, "2202.00535", text)
    assert [(f.verdict, f.page) for f in findings] == [("supported", 5), ("supported", 5)]


def test_a_tables_heading_qualifies_it_after_its_intro(library: tuple) -> None:
    # the heading's "QQP 50K" is the block, not one of the names a list offers
    text = "### RAPT, QQP 50K\n\nScores from its Table 4.\n\n| metric | paper |\n|---|---:|\n"
    (finding,) = _verify(library, "2202.00535", text + "| RAPT BLEU | 34.09 |")
    assert (finding.verdict, finding.page, finding.paper_value) == ("contradicted", 5, 31.61)


def test_a_post_tables_symbol_headers_set_its_rows(library: tuple) -> None:
    # "head 数 h" and "d_k = d_v" headers place 25.5 in the h = 32 row (25.4), not h = 4's
    text = "Table 3 (A):\n\n| head 数 h | d_k = d_v | dev BLEU |\n|---|---|---|\n| 32 | 16 | 25.5 |"
    *_, finding = _verify(library, "1706.03762", text)
    assert (finding.verdict, finding.page, finding.paper_value) == ("contradicted", 9, 25.4)


def test_a_sentence_about_the_base_model_is_no_support_for_the_big_ones(library: tuple) -> None:
    # "For our base models … about 0.4 seconds": not the big model's step time; a clause of its
    # own names the base step beside the big configuration's
    big = _verify(library, "1706.03762", "很多人说 Transformer big 每一步要 0.4 秒。")
    both = _verify(
        library,
        "1706.03762",
        "Their base step took about 0.4 s on the P100 machine, while the big configuration "
        "needed 1.0 seconds per step.",
    )
    assert [f.verdict for f in big] == ["not_found"]
    assert [(f.verdict, f.paper_value) for f in both] == [("supported", 0.4), ("supported", 1.0)]


def test_a_tables_heading_names_its_table_when_no_paragraph_introduces_it(library: tuple) -> None:
    # "### … (QQP 140K, Table 6)" over a post table: its RAPT row is Table 6's, so the QQP 50K
    # Self-BLEU of Table 4 (38.39) is contradicted by Table 6's 31.78
    table = "| 모델 | Self-BLEU | iBLEU |\n|---|---:|---:|\n| RAPT | 38.39 | 14.33 |"
    text = f"### 기존 모델과 비교 (QQP 140K, Table 6)\n\n{table}"
    findings = _verify(library, "2202.00535", text)
    assert [(f.verdict, f.page, f.paper_value) for f in findings] == [
        ("contradicted", 6, 31.78),
        ("supported", 6, 14.33),
    ]


def test_a_step_time_is_a_rate_per_step_and_a_heading_names_the_model_size(library: tuple) -> None:
    # "step time was 1.0 seconds" is a time per step, as "1.2 seconds a step" is; under a
    # "Transformer (base)" heading, that big-model sentence is no rival of the base model's
    rate = "The big model was slower per step: the paper gives 1.2 seconds a step."
    base = (
        "## Transformer (base)\n\nPaper: [Vaswani et al.](https://arxiv.org/abs/1706.03762)\n\n"
        "- step time: the paper reports 0.4 s per step on their machine\n"
    )
    [slower] = _verify(library, "1706.03762", rate)
    [step] = verify_claims(extract_claims(base, find_refs(base)), *library)
    assert (slower.verdict, slower.page, slower.paper_value) == ("contradicted", 7, 1.0)
    assert (step.verdict, step.page, step.paper_value) == ("supported", 7, 0.4)


def test_a_flashcards_answer_is_about_its_question_on_the_line_before(library: tuple) -> None:
    # "**Q:** …?" and "**A:** 92.1？" in one paragraph: the question says what 92.1 is, its
    # dataset which section counts, and its "Topic 2" which place of a "respectively" list
    def verdicts(paper: str, question: str, answer: str) -> list[tuple]:
        findings = _verify(library, paper, f"**Q:** {question}\n**A:** {answer}")
        return [(f.verdict, f.page, f.paper_value) for f in findings]

    parsing = "Constituency parsing, semi-supervised setting: Transformer F1 on WSJ Section 23?"
    assert verdicts("1706.03762", parsing, "92.1？") == [("contradicted", 9, 92.7)]
    patches = "WorldExpo: random training patches sampled?"
    assert verdicts("1804.07821", patches, "1600 个") == [("not_found", None, None)]
    likert = "Study 1: Likert responses from the Topic 2 group?"
    assert verdicts("2302.07302", likert, "108 条") == [("supported", 10, 108.0)]
    assert verdicts("2302.07302", likert, "129 条") == [("not_found", None, None)]


def test_a_variants_count_is_no_support_for_the_full_system(library: tuple) -> None:
    # "participants with this variant clicked on 15 Key Questions": the Questions-and-Answers
    # variant's, not what the group with all of Paper Plain clicked (13)
    full = "拿到完整 Paper Plain 的那一组，Key Question 平均点了 15 次，明显偏好引导类功能。"
    variant = "Participants with the Key Question Index and Answer Gists clicked 15 on average."
    assert [f.verdict for f in _verify(library, "2203.00130", full)] != ["supported"]
    assert [f.verdict for f in _verify(library, "2203.00130", variant)] == ["supported"]


def test_a_cells_own_column_names_its_model_size_and_table_not_its_neighbours(
    library: tuple,
) -> None:
    # the intro offers Table 4 and Table 5; each column names one. "(1 − α)" in the iBLEU
    # formula is no Self-BLEU of 1.
    text = (
        "下面把 QQP 50K 这个数据集上 Table 4 和 Table 5 的 Self-BLEU 摘出来放在一起对比：\n\n"
        "| 方法 | GPT2 medium 的 Self-BLEU（Table 4） | GPT2 large 的 Self-BLEU（Table 5） |\n"
        "|---|---:|---:|\n| Prompt Tuning | 47.63 | 54.82 |"
    )
    findings = _verify(library, "2202.00535", text)
    assert [(f.verdict, f.page) for f in findings] == [("supported", 5), ("supported", 6)]


def test_a_cells_datasets_are_its_own_not_its_neighbour_columns(library: tuple) -> None:
    # Table 2 counts parameters on no dataset; the iBLEU column's QQP 140K is not this cell's
    table = (
        "| method | trainable params (GPT2 medium) | iBLEU, QQP 140K |\n|---|---:|---:|\n"
        "| Prompt Tuning | 270,336 | 4.11 |"
    )
    findings = _verify(library, "2202.00535", table)
    assert [(f.verdict, f.page) for f in findings] == [("supported", 4), ("supported", 5)]


def test_a_count_is_no_rounding_of_a_score_and_no_misquote_of_a_count_far_from_it(
    library: tuple,
) -> None:
    # "64 examples" would round NC-RAPT's 63.94 cell, and its rival was 1,056,768 parameters
    table = (
        "| Setting | Transformer (base) | RAPT (GPT2 medium) |\n|---|---|---|\n"
        "| Batch | ~25,000 source tokens | 64 examples |"
    )
    findings = _verify(library, "2202.00535", table)
    assert [(f.claim.quantity.text, f.verdict) for f in findings] == [
        ("25,000 source tokens", "not_found"),
        ("64 examples", "not_found"),
    ]
    # 130 million tokens is no misquote of a batch's 25000
    [finding] = _verify(library, "1706.03762", "Each batch held about 130 million source tokens.")
    assert finding.verdict == "not_found"


def test_a_row_the_claim_names_in_full_beats_one_its_lead_names_more_of(library: tuple) -> None:
    # the lead mentions "NC-RAPT (Med)"; the cell's own label is "RAPT（kNN 检索）", the RAPT row
    table = (
        "RAPT 的 Table 7 对比了 kNN 检索和随机检索。我把 ParaSCI ACL 上的数字，"
        "和 Table 4 里 NC-RAPT (Med) 那一行拼在一起（这几行都是 GPT2 medium）：\n\n"
        "| 方法（GPT2 medium，ParaSCI ACL） | iBLEU | SARI |\n|---|---:|---:|\n"
        "| RAPT（kNN 检索） | 8.13 | 39.00 |"
    )
    findings = _verify(library, "2202.00535", table)
    assert [(f.verdict, f.paper_value) for f in findings] == [
        ("supported", 8.13),
        ("supported", 39.0),
    ]


def test_an_acronym_before_paper_names_the_paper_not_a_row(library: tuple) -> None:
    # "the GAN paper's Parzen table": not the "Adversarial nets" row, which GAN alone would name
    papers, indexes = library
    post = (
        '## Generative Adversarial Nets\n\nThese items cite [Goodfellow et al., "Generative '
        "Adversarial Nets\"][gan].\n\n- **Claim:** \"In the GAN paper's Parzen table, the DBN's "
        'TFD score carries a standard error of ±26."\n\n[gan]: https://arxiv.org/abs/1406.2661\n'
    )
    [finding] = verify_claims(extract_claims(post, find_refs(post)), papers, indexes)
    assert (finding.verdict, finding.paper_value) == ("contradicted", 66.0)


def test_the_oldest_is_the_upper_end_of_a_range(library: tuple) -> None:
    *_, finding = _verify(library, "2203.00130", "The oldest usability-study participant was 19.")
    assert finding.verdict != "supported"


def test_a_line_of_a_sentence_listing_numbers_is_no_table_row(library: tuple) -> None:
    # "real-world. Six participants were recruited (age: 36, 32, 27, 25, 33," is one line
    _, indexes = library
    [listed] = [p for p in indexes["2302.07302"].passages if "(age: 36, 32" in p.quote]
    assert not listed.row
    assert listed.quote.startswith("Six participants were recruited")


def test_a_block_row_that_reads_like_prose_is_a_row_and_keeps_the_caption_whole(
    library: tuple,
) -> None:
    # "(E) positional embedding instead of sinusoids 4.92 25.7" reads like prose; it is a row
    # of Table 3, as is "big" after it, whose caption goes on to say what the metrics are on
    _, indexes = library
    index = indexes["1706.03762"]
    [e, big] = [p for p in index.passages if p.quote.startswith(("(E) positional", "big 6 1024"))]
    assert e.row and big.row
    assert {"table_3", "en_de", "newstest2013"} <= set(big.caption) == set(e.caption)


@pytest.mark.parametrize("writers", ["I got", "ours"])
def test_a_post_tables_column_of_the_writers_own_results_is_never_contradicted(
    library: tuple, writers: str
) -> None:
    text = (
        f"| paper | quantity | paper says | {writers} |\n|---|---|---:|---:|\n"
        "| MGP-RNN | false alarms per true alarm | 1.4 | 2.9 |"
    )
    findings = _verify(library, "1708.05894", text)
    assert [(f.claim.quantity.text, f.verdict) for f in findings] == [
        ("1.4", "supported"),
        ("2.9", "not_found"),
    ]


def test_a_table_leads_aside_and_its_names_that_are_no_alternatives_do_not_mislead(
    library: tuple,
) -> None:
    # the lead's long parenthesis is an aside about the MSRPC block; "RAPT", "GPT2 Medium" and
    # "ParaSCI-ACL" are no alternatives the row picks among, so ParaSCI-ACL stays the dataset
    text = (
        "The rows below are copied from RAPT's Table 4, the GPT2 Medium runs, ParaSCI-ACL block "
        "only (the MSRPC block sits right next to it in the PDF, so watch your columns if you "
        "check me):\n\n| Method | BERT ↑ | Self-TER ↑ | Self-BLEU ↓ |\n|---|---:|---:|---:|\n"
        "| LPT | 92.83 | 15.05 | 77.06 |\n| NC-RAPT (High) | 79.44 | 62.13 | 39.29 |"
    )
    findings = _verify(library, "2202.00535", text)
    assert [(f.claim.quantity.text, f.verdict, f.paper_value) for f in findings] == [
        ("92.83", "supported", 92.83),
        ("15.05", "contradicted", 19.6),
        ("77.06", "supported", 77.06),
        ("79.44", "supported", 79.44),
        ("62.13", "contradicted", 55.88),
        ("39.29", "supported", 39.29),
    ]


def test_a_papers_abbreviations_stand_for_the_words_no_other_uses(library: tuple) -> None:
    _, indexes = library
    expected = {
        "pp": {"paper", "plain"},
        "qa": {"key", "question", "index", "answer"},  # the legend's, not "Question Answering"
        "sd": {"section", "term", "definition"},  # "gists" is QA's too
        "pdf": {"pdf", "baseline"},
        "sle": {"systemic", "lupus", "erythematosus"},  # "Systemic Lupus Erythematosus (SLE)"
    }
    abbreviations = indexes["2203.00130"].abbreviations
    assert {short: abbreviations[short] for short in expected} == expected
    assert indexes["2202.00535"].abbreviations["ter"] == {"edit", "rate"}  # "translation" is MT's


def test_a_rounded_number_stands_for_less_than_half_its_last_digit_either_side(
    library: tuple,
) -> None:
    # "approximately 30" is 26 to 34: UCSD's "approximately 25" is no support of it
    text = "### Is UCSD actually crowded?\n\nNot really: approximately 30 people per frame?"
    [finding] = _verify(library, "1804.07821", text)
    assert finding.verdict != "supported", finding


def test_a_member_of_a_searched_set_is_no_chosen_value(library: tuple) -> None:
    # "we search ... within {128, 256, 512}": 256 was searched, not chosen
    text = "Adapter Tuning 的 bottleneck 维度选的是 256，正好在搜索范围的中间。"
    [finding] = _verify(library, "2202.00535", text)
    assert finding.verdict != "supported", finding


def test_an_ablation_blocks_two_rows_printed_as_one_are_two_rows(library: tuple) -> None:
    # pypdf prints Table 3's block (B) as "(B) 16 5.16 25.1 58 32 5.01 25.4 60"
    _, indexes = library
    rows = [p.quote for p in indexes["1706.03762"].passages if p.row and p.page == 9]
    assert "(B) 16 5.16 25.1 58" in rows and "32 5.01 25.4 60" in rows


def test_only_pages_with_tables_that_leave_cells_blank_are_laid_out(corpus_cache: Path) -> None:
    store = Store(corpus_cache)
    paper = next(p for p in store.papers() if p.id == "1706.03762")
    pages = store.load_pages(paper)
    assert [page.number for page in pages if page.layout] == [8, 9]  # Tables 2 and 3
    assert "   (B)   " in pages[8].layout


@pytest.mark.parametrize(
    ("sentence", "verdict", "value"),
    [
        # the plain text gives "4 128 128 5.00 25.5" with nothing to say 4 is h, not N
        ("With 4 heads, dev BLEU is 25.8.", "contradicted", 25.5),
        ("With 16 heads, dev BLEU is 25.8.", "supported", 25.8),
        ("With a single attention head, dev perplexity rises to 5.92.", "contradicted", 5.29),
        # the words beside the number that the paper uses find its rows ("BLEU"), not the
        # rarer ones it never uses ("dev", "indistinguishable")
        (
            "## Transformer: the ablation rows nobody quotes\n\n"
            "With 4 heads, dev BLEU is 25.8, indistinguishable from the base model.",
            "contradicted",
            25.5,
        ),
        ("With label smoothing ε_ls = 0, dev perplexity is 4.92.", "contradicted", 4.67),
        # "d_ff to 1024" sets the symbol as "d_ff = 1024" does: not the base row's 25.8
        ("Shrinking the feed-forward width d_ff to 1024 gives 25.4 dev BLEU.", "supported", 25.4),
    ],
)
def test_an_ablation_row_fills_the_cells_the_page_layout_shows(
    library: tuple, sentence: str, verdict: str, value: float
) -> None:
    finding = _verify(library, "1706.03762", sentence)[-1]
    assert (finding.verdict, finding.paper_value) == (verdict, value)


def test_the_clause_after_while_is_about_another_row(library: tuple) -> None:
    papers, indexes = library
    post = (
        "[RAPT](https://arxiv.org/abs/2202.00535v1)\n\nThe Fine Tuning baseline has a BERT\n"
        "score of 92.76 on QQP 50K, while RAPT sits lower on the same split.\n"
    )
    [finding] = verify_claims(extract_claims(post, find_refs(post)), papers, indexes)
    assert (finding.verdict, finding.paper_value) == ("supported", 92.76)


def test_a_reference_number_names_its_row_and_on_it_the_split_named_before(
    library: tuple,
) -> None:
    text = (  # the heading's rare words ("nobody") once crowded out the row's reference
        "## Crowd counting, and the UCSD table nobody reads\n\n"
        "Chan et al. ([5]) are listed at 2.24 on the original split. "
        "Chen et al. ([6]) are listed at 2.70 on it, at least as I copied it."
    )
    chan, chen = _verify(library, "1804.07821", text)
    assert (chan.verdict, chen.verdict, chen.paper_value) == ("supported", "contradicted", 2.07)


def test_a_p_value_is_its_cell_and_no_bound_contradicts_it(library: tuple) -> None:
    # "p = 0.0008" names the claim's own value, not a setting the row must have; the appendix's
    # "(p < .001)" bounds a p-value, which 0.0008 is within
    text = "Questions-only versus the plain PDF on understanding: p = 0.0008, a clear win."
    [finding] = _verify(library, "2203.00130", text)
    assert (finding.verdict, finding.page, finding.paper_value) == ("supported", 24, 0.0008)


def test_evaluator_scores_every_gold_claim_and_each_post(scores: dict) -> None:
    expected = [json.loads(path.read_text()) for path in GOLD.glob("*.expected.json")]
    total = sum(len(gold["claims"]) for gold in expected)
    assert total >= 260 and scores["claims"] == total
    assert "verdict accuracy" in render(scores)
    assert sum(post["claims"] for post in scores["per_post"].values()) == total
    assert set(scores["per_post"]) == {gold["post"] for gold in expected}


def test_accuracy_does_not_fall_below_what_verify_reaches_today(scores: dict) -> None:
    # 0.885 in the eighth session, whose blind posts joined at their first-contact-plus-fixes
    # level; the ninth session's rules took the set to 0.902 before its second blind round
    # joined the same way (0.895, then 0.896 with a third); the tenth's took those 2662 claims
    # to 0.900 and its three blind rounds joined the same way (0.891 on 2953 claims;
    # seventy-five's claims about the volumes in reference lists score 0.42); the eleventh's
    # took those to 0.897, and its three rounds joined at 0.836 (0.893 on 3172 claims); the
    # twelfth's took those to 0.894 and eight blind posts joined at 0.84 (0.890 on 3462); the
    # thirteenth's took those to 0.898 and four joined at 0.81 (0.894 on 3608); the
    # fourteenth's took those to 0.899 and nine joined at 0.86 (0.895 on 3932); the
    # fifteenth's took those to 0.904 and one joined at 0.81 (0.903 on 3969); the sixteenth's
    # took those to 0.908 and two joined at 0.83 (0.907 on 4041); the seventeenth's took
    # those to 0.914, and the floor rose to 0.90; the eighteenth's took those to 0.916
    assert scores["verdict_accuracy"] >= 0.90, render(scores)
    assert scores["false_supported"] == 0, render(scores)
    assert scores["page_accuracy"] >= 0.95, render(scores)
    assert scores["contradicted_value_accuracy"] >= 0.85, render(scores)
    assert scores["extraction_recall"] >= 0.98, render(scores)


@pytest.mark.xfail(
    strict=True, reason="issue 5 target not met: accuracy 0.916, page 0.963 on 4041 claims"
)
def test_accuracy_meets_the_issue_floors(scores: dict) -> None:
    assert scores["verdict_accuracy"] >= 0.97
    assert scores["false_supported"] == 0
    assert scores["page_accuracy"] >= 0.95


def test_a_gold_claim_matches_the_extracted_span_it_overlaps() -> None:
    markdown = "[p](https://arxiv.org/abs/2202.00535)\n\n全量微调要训练约7.74亿个参数。\n"
    claims = extract_claims(markdown, find_refs(markdown), {})
    gold = [{"line": 3, "text": "约7.74亿"}, {"line": 3, "text": "微调要"}]
    assert [c and c.quantity.text for c in match_claims(gold, claims)] == ["7.74亿个参数", None]


def test_a_sentences_second_claim_of_one_number_is_read_where_it_stands(library: tuple) -> None:
    # the corrected "6 vitals" is the sentence's second 6, not the retracted "6 labs"
    text = (
        "The physiological streams split into 28 vitals and 6 labs (edit: the other way round, "
        "6 vitals and 28 labs, see the data section)."
    )
    findings = _verify(library, "1708.05894", text)
    assert [(f.verdict, f.paper_value) for f in findings] == [
        ("contradicted", 6.0),
        ("contradicted", 28.0),
        ("supported", 6.0),
        ("supported", 28.0),
    ]
    # and the evaluator matches the gold "6 vitals" with it, by its place in the line
    post = f"[p](https://arxiv.org/abs/1708.05894)\n\n{text}\n"
    claims = extract_claims(post, find_refs(post), {})
    gold = [{"line": 3, "text": "6 vitals"}, {"line": 3, "text": "28 labs"}]
    matched = match_claims(gold, claims, post.splitlines())
    assert [c and c.quantity.start for c in matched] == [
        claims[2].quantity.start,
        claims[3].quantity.start,
    ]


def test_a_gold_claim_matches_a_span_sharing_its_lone_digit_only() -> None:
    # gold "k = 1" is the extracted "1 discriminator step"; "12" shares no number with "20 道"
    markdown = (
        "[p](https://arxiv.org/abs/1406.2661)\n\n"
        "They used k = 1 discriminator step per generator step.\n\n"
        "Of 12 participants, 20 道题 were answered.\n"
    )
    claims = extract_claims(markdown, find_refs(markdown), {})
    gold = [{"line": 3, "text": "k = 1"}, {"line": 5, "text": "20 道题"}]
    assert [c and c.quantity.text for c in match_claims(gold, claims)] == [
        "1 discriminator step",
        "20",
    ]


def test_the_noun_a_number_counts_finds_the_papers_count_of_it(library: tuple) -> None:
    text = (
        "## Early sepsis detection with an MGP-RNN\n\n"
        "The real-time validation compares just three methods, so do not expect the full "
        "baseline list there."
    )
    [finding] = _verify(library, "1708.05894", text)
    assert (finding.verdict, finding.paper_value) == ("contradicted", 2), finding


def test_an_ablation_label_names_the_row_that_changes_only_it(library: tuple) -> None:
    # the big row also holds d_ff = 4096 (and 26.4), but changes much more than d_ff
    text = (
        "| Table 3 variant | dev PPL | dev BLEU |\n|---|---:|---:|\n| d_ff = 4096 | 4.75 | 26.4 |"
    )
    ppl, bleu = _verify(library, "1706.03762", text)
    assert (ppl.verdict, ppl.page, ppl.paper_value) == ("supported", 9, 4.75)
    assert (bleu.verdict, bleu.page, bleu.paper_value) == ("contradicted", 9, 26.2)


def test_a_one_word_subsection_is_about_its_parent_section(library: tuple) -> None:
    # "6.1 Method" under "6 USABILITY STUDY" gives the usability study's 10 minutes per paper;
    # the 40 minutes are the formative study's
    text = (
        "### Q: How long did participants read in each Paper Plain study?\n\n"
        "I think the formative think-aloud study gave each participant 40 minutes of reading time"
        " in total.\nIn the usability study, participants also had 40 minutes with each paper."
    )
    formative, usability = _verify(library, "2203.00130", text, titled=True)
    assert (formative.verdict, formative.page) == ("supported", 8)
    assert (usability.verdict, usability.page, usability.paper_value) == ("contradicted", 18, 10)


def test_the_acronym_of_the_papers_title_is_no_foreign_name(library: tuple) -> None:
    # the GAN paper never writes "GAN": its rows say "Adversarial nets"
    text = (
        "TFD 上，GAN 是 2057，比 Stacked CAE 的 2110 还低一点。\n\n"
        "相比 Deep GSN，GAN 在 TFD 上高出 167。"
    )
    gan, cae, gain = _verify(library, "1406.2661", text)
    assert (gan.verdict, gan.page, gan.paper_value) == ("supported", 6, 2057)
    assert (cae.verdict, cae.paper_value) == ("supported", 2110)
    assert gain.verdict == "not_found"  # "高出 167" is a difference, no level
