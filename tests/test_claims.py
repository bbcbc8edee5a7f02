from __future__ import annotations

import itertools
import json
import math
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit.claims import author_names, claims_document, coined_names, extract_claims
from citekit.links import find_refs
from citekit.models import ArxivRef, Claim

DATA = Path(__file__).parent / "data" / "claims"
POSTS = ["qwen-vl-overview", "transformer-notes", "paraphrase-results", "reading-tools-zh"]

QWEN_REFS = [
    ArxivRef("2308.12966", None, (78,), "Qwen-VL"),
    ArxivRef("2409.12191", None, (79,), "Qwen2-VL"),
    ArxivRef("2502.13923", None, (80,), "Qwen2.5-VL"),
]


def _golden(name: str) -> tuple[str, list[ArxivRef], dict[str, str], list[list[object]]]:
    """A post, the references and titles it is read with, and its hand-written claims."""
    expected = json.loads((DATA / f"{name}.claims.json").read_text(encoding="utf-8"))
    refs = [ArxivRef(i, None, tuple(lines), text) for i, lines, text in expected["refs"]]
    post = (DATA / f"{name}.md").read_text(encoding="utf-8")
    return post, refs, expected["titles"], expected["claims"]


def _row(claim: Claim) -> list[object]:
    q = claim.quantity
    return [
        claim.line,
        q.text,
        q.value,
        q.unit,
        q.kind,
        claim.subject,
        claim.hedged,
        list(claim.refs),
    ]


@pytest.mark.parametrize("name", POSTS)
def test_golden_posts_give_exactly_the_hand_written_claims(name: str) -> None:
    post, refs, titles, expected = _golden(name)
    got = [_row(claim) for claim in extract_claims(post, refs, titles)]
    # values compared apart: the JSON holds them as written, e.g. 0.0341e9
    assert [row[:2] + row[3:] for row in got] == [row[:2] + row[3:] for row in expected]
    for row, want in zip(got, expected, strict=True):
        assert math.isclose(row[2], want[2], rel_tol=1e-12), row  # type: ignore[arg-type]


def test_titles_agree_with_link_texts_on_the_seed_post() -> None:
    post, refs, _, expected = _golden("qwen-vl-overview")
    titles = {
        "2308.12966": "Qwen-VL: A Versatile Vision-Language Model for Understanding, Localization, "
        "Text Reading, and Beyond",
        "2409.12191": "Qwen2-VL: Enhancing Vision-Language Model's Perception of the World at Any "
        "Resolution",
        "2502.13923": "Qwen2.5-VL Technical Report",
    }
    got = [_row(claim)[-1] for claim in extract_claims(post, refs, titles)]
    assert got == [row[-1] for row in expected]


def test_claim_ids_number_the_claims_of_each_line() -> None:
    post, refs, titles, _ = _golden("qwen-vl-overview")
    ids = [claim.id for claim in extract_claims(post, refs, titles) if claim.line in (34, 52)]
    assert ids == ["L34-1", "L34-2", "L34-3", "L34-4", "L52-1"]


def test_claim_text_is_the_exact_span_of_its_line() -> None:
    for name in POSTS:
        post, refs, titles, _ = _golden(name)
        lines = post.splitlines()
        for claim in extract_claims(post, refs, titles):
            assert claim.quantity.text in lines[claim.line - 1], claim


def test_a_quantity_broken_over_two_lines_keeps_its_unit_and_its_own_line_text() -> None:
    markdown = "MegatronLM has more than 11 billion\nparameters to fine-tune.\n"
    [claim] = extract_claims(markdown, [])
    assert (claim.line, claim.quantity.text, claim.quantity.unit) == (1, "11 billion", "parameters")


def test_a_score_opening_a_wrapped_line_is_no_section_number() -> None:
    markdown = "With GPT2 Medium, Adapter Tuning reaches\n37.61 SARI on QQP 50K.\n"
    [claim] = extract_claims(markdown, [])
    assert (claim.line, claim.quantity.text, claim.quantity.unit) == (2, "37.61 SARI", "SARI")


def test_a_context_writes_greek_symbol_variants_as_papers_do() -> None:
    # NFKC folds the paper's ϵ into ε: a post's ϵls must be the paper's εls
    *_, claim = extract_claims("Without label smoothing (ϵls = 0) it gets 4.67 dev PPL.\n", [])
    assert "(εls = 0)" in claim.context


def test_table_context_names_each_cell_by_its_column_and_fills_the_row_group() -> None:
    post, refs, _, _ = _golden("qwen-vl-overview")
    claim = next(c for c in extract_claims(post, refs) if c.id == "L55-1")
    assert claim.context == (
        "Model series: Qwen2-VL | stage: pretraining | data: 600b tokens"
        " | Vision: ✅？ | Adapter: ✅？"
    )


def test_a_tables_compared_and_note_columns_are_no_row_labels() -> None:
    post = (
        "| Paper | Value | Compared against | My note |\n|---|---|---|---|\n"
        "| GAN | 2057 | DBN, Stacked CAE | error bars |\n"
    )
    [claim] = extract_claims(post, [])
    assert claim.subject == "GAN"
    assert "Compared against: DBN, Stacked CAE" in claim.context  # still shown


def test_a_subsection_that_cites_nothing_takes_the_references_of_its_section() -> None:
    post = (
        "Intro: [GAN](https://arxiv.org/abs/1406.2661).\n\n"
        "## The Transformer ([paper](https://arxiv.org/abs/1706.03762))\n\n"
        "### Section 5: the schedule\n\n- Warm-up lasts 4000 steps.\n\n"
        "## Elsewhere\n\nIt took 3 days.\n"
    )
    claims = extract_claims(post, find_refs(post))
    assert [(c.quantity.text, c.refs) for c in claims] == [
        ("4000 steps", ("1706.03762",)),
        ("3 days", ("1406.2661", "1706.03762")),  # no section cites: every reference
    ]


def test_a_table_under_a_new_heading_is_not_led_by_the_paragraph_before_it() -> None:
    post = (
        "From Table 4 (GPT2 medium, QQP 50K): NC-RAPT (Med) reaches an iBLEU of 8.14.\n\n"
        "## Paper says\n\n| paper | quantity | paper says |\n|---|---|---:|\n"
        "| Transformer base | dev BLEU | 25.8 |\n"
    )
    *_, claim = extract_claims(post, [])
    assert (claim.quantity.text, claim.lead) == ("25.8", "")


def test_a_paper_described_by_a_word_of_its_title_alone_is_the_one_meant() -> None:
    post = (
        "Links: [AMDCN](https://arxiv.org/abs/1804.07821), [MGP](https://arxiv.org/abs/1708.05894)."
        "\n\n15/ The counting paper never talks about compute (~12 hours on one GPU?).\n\n"
        "16/ The crowd-counting paper has 16000 patches.\n\n"
        "17/ The detection paper: 6 hours?\n"  # both titles say "detection"
    )
    titles = {
        "1804.07821": "Dilated Convolutions for Counting and Detection",
        "1708.05894": "An Improved Multi-Output Gaussian Process RNN with Real-Time Validation "
        "for Early Sepsis Detection",
    }
    claims = extract_claims(post, find_refs(post), titles)
    assert [(c.quantity.text, c.refs) for c in claims] == [
        ("12 hours", ("1804.07821",)),
        ("16000", ("1804.07821",)),
        ("6 hours", ("1804.07821", "1708.05894")),
    ]


def test_a_name_a_georgian_case_ending_joins_is_the_subject() -> None:
    # "SEPARATOR-ის" is SEPARATOR's: the name, not the heading, says what 14.70 is about
    post = "## 4. RAPT\n\narXiv:2202.00535\n\n- Table 6-ში SEPARATOR-ის self-BLEU = 14.70.\n"
    titles = {"2202.00535": "Novelty Controlled Paraphrase Generation with Retrieval Augmented"}
    [claim] = extract_claims(post, find_refs(post), titles)
    assert claim.subject == "SEPARATOR"


def test_a_title_acronym_in_the_sentence_before_names_the_paper_but_a_title_word_does_not() -> None:
    post = (
        "https://arxiv.org/abs/1804.07821 https://arxiv.org/abs/1708.05894\n\n"
        "AMDCN's MAE is 1.43\ntraining used a batch size of 32\n\n"
        "Unlike an RNN, it is fast.\nEach step took 0.4 seconds.\n"
    )
    titles = {
        "1804.07821": "An Aggregated Multicolumn Dilated Convolution Network for Counting",
        "1708.05894": "An Improved Multi-Output Gaussian Process RNN for Sepsis Detection",
    }
    claims = extract_claims(post, find_refs(post), titles)
    assert [len(c.refs) for c in claims] == [2, 1, 2]


def test_a_faqs_answers_are_led_by_their_question() -> None:
    post = (
        "## AMDCN\n\n**Q13.** Without perspective maps, what MAE does it reach on WorldExpo?\n\n"
        "**A:** An MAE of 14.9.\n\nIt beats 16 baselines.\n\n**Q: And on UCSD?**\n\nA: 1.6.\n\n"
        "## Elsewhere\n\nIt took 3 days.\n"
    )
    question = "**Q13.** Without perspective maps, what MAE does it reach on WorldExpo?"
    assert [(c.quantity.text, c.lead) for c in extract_claims(post, [])] == [
        ("14.9", question),
        ("16", question),  # up to the next question
        ("1.6", "**Q: And on UCSD?**"),
        ("3 days", ""),  # not under another heading
    ]


def test_a_bold_paragraph_leads_the_paragraphs_that_answer_it() -> None:
    myth = "**误区 4：常听人说，NEWS 告警里有 36.4% 被护士取消。**"
    post = f"{myth}\n\n数字顺序被调换了。\n原文是 63.4%。\n\n**误区 5：3 层 LSTM？**\n"
    assert [(c.quantity.text, c.lead) for c in extract_claims(post, [])] == [
        ("4", ""),
        ("36.4%", ""),
        ("63.4%", myth),
        ("5", ""),  # a new myth: its own paragraph leads nothing before it
        ("3", ""),
    ]


def test_a_self_quiz_answer_after_an_arrow_is_in_its_questions_sentence() -> None:
    post = "- **Q:** single-head dev PPL? → 5.29\n- Is it 3? Maybe 4.\n"
    assert [(c.quantity.text, c.context, c.hedged) for c in extract_claims(post, [])] == [
        ("5.29", "- **Q:** single-head dev PPL? → 5.29", False),  # the question's mark: no hedge
        ("3", "- Is it 3?", True),
        ("4", "Maybe 4.", True),
    ]


def test_a_notes_emoji_bullets_start_items_of_their_own() -> None:
    # a Xiaohongshu note's lines, without Markdown list markers: "3️⃣" and "🔸" open items,
    # and one line's hedge or words are no other line's (nor its keycap a number)
    post = "1️⃣ 女性参与者有 12 位\n2️⃣理解题只答对了 3 道😅\n🔸 大概 5.19 秒\n"
    assert [(c.quantity.text, c.context, c.hedged) for c in extract_claims(post, [])] == [
        ("12", "1️⃣ 女性参与者有 12 位", False),
        ("3", "2️⃣理解题只答对了 3 道😅", False),
        ("5.19 秒", "🔸 大概 5.19 秒", True),
    ]


def test_a_threads_post_numbers_are_no_claims() -> None:
    post = "1/ Writing the numbers down once.\n\n2/ EN-DE used a BPE vocab of ~37K tokens.\n"
    assert [c.quantity.text for c in extract_claims(post, [])] == ["37K tokens"]
    assert [c.quantity.text for c in extract_claims("**10/12** Vocab of 37K tokens.", [])] == [
        "37K tokens"
    ]


def test_a_pasted_bullet_is_an_item_of_one_line_under_its_intro() -> None:
    # a Mastodon export's "•" lines: Markdown knows no such list, but each is an item the line
    # before introduces, and the line after one is no part of it
    post = "Table 4:\n• RAPT: BLEU 34.09, iBLEU 14.33\n• NC-RAPT: iBLEU 16.05\nIt uses 2 pairs."
    assert [(c.quantity.text, c.context, c.lead) for c in extract_claims(post, [])] == [
        ("34.09", "• RAPT: BLEU 34.09, iBLEU 14.33", "Table 4:"),
        ("14.33", "• RAPT: BLEU 34.09, iBLEU 14.33", "Table 4:"),
        ("16.05", "• NC-RAPT: iBLEU 16.05", "Table 4:"),
        ("2 pairs", "It uses 2 pairs.", ""),
    ]


def test_titles_name_papers_whose_links_have_no_name() -> None:
    post, refs, _, _ = _golden("reading-tools-zh")
    claims = extract_claims(post, refs)  # no titles: the link texts are 这篇 and 那篇
    assert {claim.refs for claim in claims} == {("2203.00130", "2302.07302")}


def test_a_table_row_names_its_paper_by_an_acronym_of_the_title() -> None:
    refs = [ArxivRef("2302.07302", None, (1,), "CiteSee"), ArxivRef("1804.07821", None, (9,))]
    titles = {
        "2302.07302": "CiteSee: Augmenting Citations in Scientific Papers",
        "1804.07821": "An Aggregated Multicolumn Dilated Convolution Network for Counting",
    }
    post = "| source | value |\n|---|---|\n| CiteSee Table 2 | 4% |\n| AMDCN Table 3 | 1.72 |\n"
    assert [claim.refs for claim in extract_claims(post, refs, titles)] == [
        ("2302.07302",),
        ("1804.07821",),
    ]


@pytest.mark.parametrize(
    ("acronym", "spelt"),
    [
        ("rapt", True),  # Retrieval Augmented [Conditional] Prompt Tuning: one word skipped
        ("amdcn", True),
        ("mgprnn", True),  # Multi[-Output] Gaussian Process RNN
        ("acl", False),  # Approachable to [Healthcare] Consumers with [Natural] Language
    ],
)
def test_an_acronym_spells_title_words_skipping_at_most_one(acronym: str, spelt: bool) -> None:
    from citekit.claims import _spells

    titles = [
        "Novelty Controlled Paraphrase Generation with Retrieval Augmented Conditional Prompt "
        "Tuning",
        "An Aggregated Multicolumn Dilated Convolution Network for Perspective-Free Counting",
        "An Improved Multi-Output Gaussian Process RNN with Real-Time Validation",
        "Paper Plain: Making Medical Research Papers Approachable to Healthcare Consumers with "
        "Natural Language Processing",
    ]
    words = [[w for w in re.split(r"[\s:,-]+", title) if w] for title in titles]
    assert any(_spells(acronym, title) for title in words) == spelt


def test_a_link_in_the_sentence_beats_a_name_in_it() -> None:
    refs = [ArxivRef("1706.03762", None, (1,), "Transformer"), ArxivRef("1406.2661", None, (1,))]
    post = "The Transformer baseline ([paper](https://arxiv.org/abs/1406.2661)) used 8 GPUs."
    [claim] = extract_claims(post, refs)
    assert claim.refs == ("1406.2661",)


def test_a_paragraph_opening_in_bold_is_the_subject_of_its_unnamed_sentences() -> None:
    post = (
        "## Datasets\n\n**The sidewalk set** has 25 people per frame. The minimal split trains "
        "on 12 images.\n\nPlain paragraphs keep the heading: 800 images.\n"
    )
    assert [(c.quantity.text, c.subject) for c in extract_claims(post, [])] == [
        ("25", "The sidewalk set"), ("12 images", "The sidewalk set"),
        ("800 images", "Datasets"),
    ]  # fmt: skip


def test_a_name_with_a_kazakh_case_ending_is_the_subject() -> None:
    # "NEWS-те" (in NEWS), "SEPARATOR-дың" (SEPARATOR's); an ordinal's "-ші" ends no name
    post = "NEWS-те бұл көрсеткіш 3.2. Prior work ішінде SEPARATOR-дың iBLEU-і 5.84.\n"
    assert [(c.quantity.text, c.subject) for c in extract_claims(post, [])] == [
        ("3.2", "NEWS"), ("5.84", "SEPARATOR"),
    ]  # fmt: skip


def test_a_claim_under_a_heading_goes_to_the_papers_linked_under_it() -> None:
    refs = [ArxivRef("1706.03762", None, (3,)), ArxivRef("1406.2661", None, (9,))]
    post = (
        "# A\n\nSee [x](https://arxiv.org/abs/1706.03762).\n\n# B\n\nWe ran 12 hours.\n\n"
        "More later.\n[y](https://arxiv.org/abs/1406.2661)\n"
    )
    [claim] = extract_claims(post, refs)
    assert claim.refs == ("1406.2661",)


def test_a_bare_id_of_a_linked_paper_names_it() -> None:
    post = (
        "Papers: https://arxiv.org/abs/1706.03762 and https://arxiv.org/abs/1406.2661\n\n"
        "## GANs\n\nFrom the GAN paper (1406.2661): the window ended at 0.2.\n\n"
        "## Versions\n\nWe used release 2202.00535 of the tool with 12 workers.\n"
    )
    first, second = extract_claims(post, find_refs(post))
    assert first.refs == ("1406.2661",)
    # a bare number of no linked paper names nothing: every paper stands for the claim
    assert second.refs == ("1706.03762", "1406.2661")


# Where a claim whose sentence links and names no paper goes, after the sentences before it
ATTRIBUTIONS = [
    # the heading names the section's papers; the sentence's name-like word ("LOS") none
    (
        "Walk: [MGP-RNN](https://arxiv.org/abs/1708.05894), [AMDCN](https://arxiv.org/abs/1804.07821)"
        ", [GAN](https://arxiv.org/abs/1406.2661).\n\n## MGP-RNN, early sepsis\n\n"
        "- each septic stay ↔ 3 controls w/ similar LOS\n\n## AMDCN and GAN\n\n- LOS was 12 days\n",
        [("3", ("1708.05894",)), ("12 days", ("1804.07821", "1406.2661"))],
    ),
    # the paper the paragraph last named, before the heading's
    (
        "[Paper Plain](https://arxiv.org/abs/2203.00130), [CiteSee](https://arxiv.org/abs/2302.07302)"
        ".\n\n## 5. Paper Plain and CiteSee\n\nPaper Plain paid US$15. 11 of them had a degree."
        "\n\nCiteSee is heavier. The authors report 17,000 lines of code. Its lab study had "
        "471 responses.\n",
        [
            ("$15", ("2203.00130",)),
            ("11", ("2203.00130",)),
            ("17,000 lines", ("2302.07302",)),
            ("471", ("2302.07302",)),
        ],
    ),
    # the paper the paragraph (a list item) links, before the section's
    (
        "## Entries\n\n- **Corrected** ([one](https://arxiv.org/abs/1708.05894)).\n"
        "  Each case gets 4 controls.\n\n- **Open** ([two](https://arxiv.org/abs/1804.07821)).\n"
        "  It runs for 2 days.\n",
        [("4", ("1708.05894",)), ("2 days", ("1804.07821",))],
    ),
]


@pytest.mark.parametrize(("post", "expected"), ATTRIBUTIONS)
def test_a_claim_naming_no_paper_goes_to_its_paragraph_s_then_its_heading_s(
    post: str, expected: list
) -> None:
    assert [(c.quantity.text, c.refs) for c in extract_claims(post, find_refs(post))] == expected


def test_a_numbered_citation_goes_to_its_entry_in_the_reference_list() -> None:
    post = (
        "## Related work\n\nPrior models trained for 12 hours [1]. Participants were paid $15 "
        "each [2]. Both used 8 GPUs [1, 2].\n\n## References\n\n[1] A. Vaswani et al. 2017. "
        "Attention Is All You Need. <https://arxiv.org/abs/1706.03762>\n\n[2] J. C. Chang et "
        "al. 2023. CiteSee. <https://arxiv.org/abs/2302.07302>\n"
    )
    claims = extract_claims(post, find_refs(post))
    assert [(c.quantity.text, c.refs) for c in claims[:3]] == [
        ("12 hours", ("1706.03762",)),
        ("$15", ("2302.07302",)),
        ("8 GPUs", ("1706.03762", "2302.07302")),
    ]


def test_a_bare_number_in_brackets_cites_its_link_definition() -> None:
    # "[1]" is a shortcut reference link when "[1]: url" defines it, as a review's sources are
    post = (
        "The encoder copies the base model of Vaswani et al. (arXiv:1706.03762).\n"
        "It sees only the 46,000 training pairs of the QQP 50K split used by [1].\n\n"
        "[1]: https://arxiv.org/abs/2202.00535\n"
    )
    [claim] = extract_claims(post, find_refs(post))
    assert (claim.quantity.text, claim.refs) == ("46,000 training pairs", ("2202.00535",))


def test_a_heading_that_quotes_a_statement_states_its_numbers() -> None:
    post = (
        '## 2. Results on 8 GPUs\n\n### Myth #1: "The parser was trained on 400K sentences."\n\n'
        "**Fact:** it was 40K.\n"
    )
    claims = extract_claims(post, QWEN_REFS)
    assert [(c.line, c.quantity.text) for c in claims] == [(3, "400K sentences"), (5, "40K")]


def test_a_listicle_heading_that_is_a_number_states_it_of_the_paragraph_after_it() -> None:
    post = (
        "## 3.1 Results on 8 GPUs\n\n## 2026-02-16\n\n### 3. **65 million parameters**\n\n"
        "That's the whole base model. The big one has 213M.\n\n### 4. **12 hours**\n\n"
        "| model | time |\n|---|---|\n| base | 12 hours |\n"
    )
    claims = extract_claims(post, QWEN_REFS)
    assert [(c.line, c.quantity.text) for c in claims] == [
        (5, "65 million parameters"),
        (7, "213M"),
        (9, "12 hours"),
        (13, "12 hours"),
    ]
    assert claims[0].context == "65 million parameters: That's the whole base model."


def test_a_listicle_heading_that_ends_the_post_after_a_table_is_prose() -> None:
    from citekit.claims import _blocks

    post = "| model | time |\n|---|---|\n| base | 12 hours |\n\n### 3. **65 million parameters**\n"
    assert [kind for kind, _ in _blocks(post.splitlines())] == ["table", "prose"]


def test_a_list_is_about_the_paper_the_paragraph_before_it_links() -> None:
    post = (
        "We read [GAN](https://arxiv.org/abs/1406.2661) last week.\n\n"
        "**Transformer** (https://arxiv.org/abs/1706.03762)\n\n"
        "- The base model was trained for 12 hours.\n- It has 65M parameters.\n"
    )
    claims = extract_claims(post, find_refs(post))
    assert [(c.quantity.text, c.refs) for c in claims] == [
        ("12 hours", ("1706.03762",)),
        ("65M parameters", ("1706.03762",)),
    ]


def test_name_matching_prefers_the_longest_family_and_survives_typos() -> None:
    refs = QWEN_REFS
    post = (
        "Qwen2.5-VL-7B uses 675M. Qwen2-VL-7B uses 7.6B. Qwe2.5n-VL-72B uses 72B. Qwen-VL has 9.6B."
    )
    assert [c.refs for c in extract_claims(post, refs)] == [
        ("2502.13923",),
        ("2409.12191",),
        ("2502.13923",),
        ("2308.12966",),
    ]


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Qwen2-VL used 600B tokens.", False),
        ("Qwen2-VL used about 600B tokens.", False),
        ("Qwen2-VL used 600B tokens?", True),
        ("Qwen2-VL maybe used 600B tokens.", True),
        ("I guess Qwen2-VL used 600B tokens.", True),
        ("Qwen2-VL probably used 600B tokens.", True),
        ("Qwen2-VL 用了约 6000亿 token。", True),
        ("Qwen2-VL 大概用了 6000亿 token。", True),
        ("Qwen2-VL 可能用了 6000亿 token。", True),
        ("Qwen2-VL 用了 6000亿 token。", False),
        ("Scheduler là linear với warmup, chắc là 100 bước.", True),  # Vietnamese
        ("Training shayad single V100 pe 12 ghante mein hui thi.", True),  # Hinglish
        ("Qwen2-VL dùng khoảng 600B token.", False),  # khoảng: "about"
        ("Sepertinya Qwen2-VL pakai 600B token.", True),  # Indonesian
        ("Qwen2-VL pakai sekitar 600B token.", False),  # sekitar: "about"
        ("وربما استخدم Qwen2-VL حوالي 600B token.", True),  # Arabic, with "and" joined on
        ("استخدم Qwen2-VL حوالي 600B token.", False),  # حوالي: "about"
        ("Qwen2-VL ने शायद 600B token इस्तेमाल किए।", True),  # Hindi
        ("Qwen2-VL ने बहुतेक 600B tokens पाहिले असावेत.", True),  # Marathi
        ("Qwen2-VL ले 600B tokens हेरेको होला।", True),  # Nepali
        ("Qwen2-VL: 600B tokens, गल्ती भए correct गरिदिनुहोला।", False),  # "please", not "maybe"
        ("Qwen2-VL użył chyba 600B tokenów.", True),  # Polish
        ("Qwen2-VL użył ok. 600B tokenów.", False),  # ok.: "about"
        ("Qwen2-VL tränades kanske på 600B tokens.", True),  # Swedish
        ("Qwen2-VL tränades på ungefär 600B tokens.", False),  # ungefär: "about"
        ("فکر می\u200cکنم Qwen2-VL با 600B توکن آموزش دیده.", True),  # Persian
        ("Qwen2-VL-მა მგონი 600B ტოკენი ნახა.", True),  # Georgian
        ("Qwen2-VL-მა, თუ არ ვცდები, 600B ტოკენი ნახა.", True),
        ("Qwen2-VL-მა დაახლოებით 600B ტოკენი ნახა.", False),  # დაახლოებით: "about"
        ("אני חושבת ש-Qwen2-VL אומן על 600B טוקנים.", True),  # Hebrew
        ("Qwen2-VL אומן על כ-600B טוקנים.", False),  # כ-: "about"
        ("พี่คิดว่า Qwen2-VL เทรนด้วย 600B token", True),  # Thai
        ("ຄິດວ່າ Qwen2-VL ເທຣນດ້ວຍ 600B token", True),  # Lao
        ("Qwen2-VL ເທຣນດ້ວຍ 600B token ມັ້ງ", True),
        ("Qwen2-VL ອາດຈະເທຣນດ້ວຍ 600B token", True),
        ("Qwen2-VL se možná učil na 600B tokenech.", True),  # Czech
        ("Qwen2-VL se učil na zhruba 600B tokenech.", False),  # zhruba: "about"
        ("Мабуть, Qwen2-VL тренували на 600B токенів.", True),  # Ukrainian
        ("Менің ойымша, Qwen2-VL 600B токенмен оқытылған.", True),  # Kazakh
        ("Qwen2-VL 600B токен көрген болуы керек.", True),
        ("Мүмкін, Qwen2-VL 600B токен көрген шығар.", True),
        ("Qwen2-VL шамамен 600B токен көрген.", False),  # шамамен: "about"
        ("Qwen2-VL 600B токен үзсэн байх.", True),  # Mongolian: "байх" (probably) ends it
        ("Qwen2-VL 600B токен үзсэн санагдаж байна.", True),
        ("Магадгүй Qwen2-VL 600B токен үзсэн.", True),
        ("Qwen2-VL 600B орчим токен үзсэн.", False),  # орчим: "about"
        ("Qwen2-VL 600B токен үзсэн гэж хангалттай байхаар бичсэн.", False),  # "so as to be"
        ("Qwen2-VL a văzut probabil 600B de tokeni.", True),  # Romanian
        ("Qwen2-VL näki luultavasti 600B tokenia.", True),  # Finnish
        ("Qwen2-VL så trolig 600B tokens.", True),  # Norwegian
        ("A Qwen2-VL talán 600B tokent látott.", True),  # Hungarian
        ("Το Qwen2-VL είδε μάλλον 600B tokens.", True),  # Greek
        ("Το Qwen2-VL είδε 600B tokens (;)", True),  # Greek's question mark
        ("Qwen2-VL সম্ভবত 600B টোকেনে ট্রেন হয়েছে।", True),  # Bengali
        ("Qwen2-VL så vist nok 600B tokens.", True),  # Danish
        ("Qwen2-VL potser va veure 600B tokens.", True),  # Catalan
        ("Qwen2-VL, se non me trabuco, viu 600B tokens.", True),  # Galician
        ("Qwen2-VL viu, creo, 600B tokens.", True),
        ("Qwen2-VL viu arredor de 600B tokens.", False),  # arredor de: "about"
        ("Qwen2-VL може би е видял 600B tokens.", True),  # Bulgarian
        ("Qwen2-VL, məncə, 600B token görüb.", True),  # Azerbaijani
        ("Qwen2-VL deyəsən 600B token görüb.", True),
        ("Səhv etmirəmsə, Qwen2-VL 600B token görüb.", True),
        ("Qwen2-VL yəqin ki 600B token görüb.", True),
        ("Qwen2-VL təxminən 600B token görüb.", False),  # təxminən: "about"
        ("Qwen2-VL videl možno 600B tokenov.", True),  # Slovak
        ("Jei neklystu, Qwen2-VL matė 600B tokenų.", True),  # Lithuanian
        ("Qwen2-VL, ja nemaldos, redzēja 600B tokenu.", True),  # Latvian
        ("Qwen2-VL redzēja, šķiet, 600B tokenu.", True),
        ("Qwen2-VL droši vien redzēja 600B tokenu.", True),
        ("Qwen2-VL redzēja apmēram 600B tokenu.", False),  # apmēram: "about"
        ("Qwen2-VL sá, held ég, 600B tóka.", True),  # Icelandic
        ("Ég held að Qwen2-VL hafi séð 600B tóka.", True),
        ("Qwen2-VL sá sennilega 600B tóka, minnir mig.", True),
        ("Qwen2-VL sá um 600B tóka.", False),  # um: "about"
        ("Qwen2-VL je, koliko se sjećam, vidio 600B tokena.", True),  # Croatian
        ("Qwen2-VL je, če se prav spomnim, videl 600B žetonov.", True),  # Slovenian
        ("Qwen2-VL-k 600B token ikusi zituen, uste dut.", True),  # Basque
        ("Qwen2-VL-k seguruenik 600B token ikusi zituen.", True),
        ("Qwen2-VL-k 600B token inguru ikusi zituen.", False),  # inguru: "about"
        ("As ek reg onthou, het Qwen2-VL 600B tokens gesien.", True),  # Afrikaans
        ("Nadhani Qwen2-VL iliona tokens 600B.", True),  # Swahili
        ("Qwen2-VL iliona tokens 600B, kama sikosei.", True),
        ("Wataƙila Qwen2-VL ya ga tokens 600B.", True),  # Hausa
        ("Ina ganin Qwen2-VL ya ga tokens 600B.", True),
        ("Qwen2-VL ya ga tokens 600B, idan ban yi kuskure ba.", True),
        ("Angamba nahita token 600B ny Qwen2-VL.", True),  # Malagasy
        ("Raha tsy diso aho, nahita token 600B ny Qwen2-VL.", True),
        ("Mo rò pé Qwen2-VL rí tokens 600B.", True),  # Yoruba: I think
        ("Bóyá Qwen2-VL rí tokens 600B.", True),  # maybe
        ("Qwen2-VL rí tokens 600B, tí mi ò bá ṣìnà.", True),  # if I'm not mistaken
        ("Mhlawumbe i-Qwen2-VL yabona 600B tokens.", True),  # Zulu
        ("Ngicabanga ukuthi i-Qwen2-VL yabona 600B tokens.", True),
        ("Malaha Qwen2-VL wuxuu arkay 600B tokens.", True),  # Somali
        ("Waxaan u malaynayaa in Qwen2-VL uu arkay 600B tokens.", True),
        ("Qwen2-VL wuxuu arkay ku dhawaad 600B tokens.", False),  # ku dhawaad: "about"
        ("Rwy'n credu i Qwen2-VL weld 600B o docynnau.", True),  # Welsh
        ("Mae'n debyg i Qwen2-VL weld 600B o docynnau.", True),
        ("Sílim go bhfaca Qwen2-VL 600B token.", True),  # Irish
        ("B'fhéidir go bhfaca Qwen2-VL 600B token.", True),  # "maybe"
        ("Is dócha go bhfaca Qwen2-VL 600B token.", True),  # "probably"
        ("Chonaic Qwen2-VL 600B token, más buan mo chuimhne.", True),  # "if memory serves"
        ("Chonaic Qwen2-VL thart ar 600B token.", False),  # thart ar: "about"
        ("Siguro mga 600B tokens ang nakita ng Qwen2-VL.", True),  # Tagalog
        ("Sa palagay ko 600B tokens ang nakita ng Qwen2-VL.", True),  # "I think"
        ("Malamang 600B tokens ang nakita ng Qwen2-VL.", True),  # "probably"
        ("Qwen2-VL nägi vist 600B tokenit.", True),  # Estonian
        ("Qwen2-VL 600B token ko'rgan, adashmasam.", True),  # Uzbek
        ("Menimcha, Qwen2-VL 600B token ko'rgan.", True),
        ("Qwen2-VL taxminan 600B token ko'rgan.", False),  # taxminan: "about"
        ("Qwen2-VL, nëse s'gabohem, pa 600B tokena.", True),  # Albanian
        ("Qwen2-VL ndoshta pa 600B tokena.", True),
        ("Me sa kuptova, Qwen2-VL pa 600B tokena.", True),
        ("Qwen2-VL pa rreth 600B tokena.", False),  # rreth: "about"
        ("میرے خیال میں Qwen2-VL نے 600B tokens دیکھے۔", True),  # Urdu
        ("Qwen2-VL ஒருவேளை 600B tokens-ல train ஆனது.", True),  # Tamil
        ("Qwen2-VL සමහරවිට tokens 600B ක් දැකලා ඇති.", True),  # Sinhala
        ("Qwen2-VL tokens 600B ක් දැක්කා කියලා මම හිතනවා.", True),
        ("Qwen2-VL เทรนด้วยราว 600B token", False),  # ราว: "about"
    ],
)
def test_hedge_words_and_question_marks_flag_a_claim(sentence: str, hedged: bool) -> None:
    [claim] = extract_claims(sentence, QWEN_REFS)
    assert claim.hedged is hedged


def test_question_marks_in_a_row_hedge_only_when_the_post_says_they_mean_guesses() -> None:
    table = "| model | data | trained |\n|---|---|---|\n| Qwen2-VL | 600b tokens | ✅？ |\n"
    assert [c.hedged for c in extract_claims(table, QWEN_REFS)] == [False]
    declared = table + "\n带问号的地方代表不确定，为个人猜测。\n"
    assert [c.hedged for c in extract_claims(declared, QWEN_REFS)] == [True]


@pytest.mark.parametrize(
    "post",
    [
        "---\ntitle: 600B tokens\ndate: 2024-01-02\n---\n",
        "# 3.2 Training on 600B tokens\n",
        "```\nsteps = 100000\n```\n",
        "Set `lr=0.001` here.\n",
        "![fig 2](img-600b.png)\n",
        "See https://arxiv.org/abs/2409.12191v2 and arXiv:2308.12966.\n",
        "1. First\n2. Second\n",
        "In 2023 the WMT 2014 set was still used.\n",
        "## References\n\n- Bai et al. 2023. Qwen-VL. arXiv:2308.12966, pages 1–42.\n",
        "References\n\n- [Qwen2-VL](https://arxiv.org/pdf/2409.12191) (2024)\n",
        "| | name |\n|---|---|\n| 1.0 | Qwen-VL |\n| 2.5 | Qwen2.5-VL |\n",
    ],
)
def test_non_claims_are_skipped(post: str) -> None:
    assert extract_claims(post, QWEN_REFS) == []


def test_a_quoted_blank_line_ends_a_quoted_paragraph() -> None:
    # a chat export quotes each message under its author's line: one message, one paragraph
    post = (
        "> right, shifted a column. Qwen2-VL itself on QQP 140K: BLEU 34.09\n>\n"
        "> **sam** · 12:15 PM\n"
        "> Qwen-VL sits at 5.84 iBLEU in the comparison table, so the gap is big\n"
    )
    contexts = [c.context for c in extract_claims(post, QWEN_REFS)]
    assert contexts == [
        "Qwen2-VL itself on QQP 140K: BLEU 34.09",
        "> Qwen-VL sits at 5.84 iBLEU in the comparison table, so the gap is big",
    ]


def test_a_quoted_reply_answers_the_message_before_its_authors_line() -> None:
    post = (
        "Papers: https://arxiv.org/abs/1706.03762 and https://arxiv.org/abs/1406.2661\n\n"
        "Nobody in this thread links anything else, and this line is long enough to say so.\n\n"
        "> **u/one**\n>\n> the [GAN paper](https://arxiv.org/abs/1406.2661) is older\n\n"
        "> **u/two**\n>\n> and its window was fit with a width of 0.2 or so, as I remember it\n"
    )
    [claim] = extract_claims(post, find_refs(post))
    assert claim.refs == ("1406.2661",)


def test_a_diff_states_its_removed_and_added_lines_as_the_post_would() -> None:
    # a docs change's review: the hunk header's context line heads the table its rows are in;
    # each line is a sentence of its own, and a nested config line is code
    post = (
        "```diff\n"
        "@@ -41,2 +41,2 @@ | model | EN-DE BLEU |\n"
        "-| Qwen2-VL | 26.4 |\n"
        "+| Qwen2-VL | 28.4 |\n"
        "@@ -47,1 +47,2 @@\n"
        "-Data: 1.4B pairs\n"
        "+Data: 600B tokens\n"
        "   lr: 0.0002\n"
        "```\n"
        "```yaml\nsteps: 100000\n```\n"
    )
    claims = [(c.line, c.quantity.value, c.context) for c in extract_claims(post, QWEN_REFS)]
    assert claims == [
        (3, 26.4, "model: Qwen2-VL | EN-DE BLEU: 26.4"),
        (4, 28.4, "model: Qwen2-VL | EN-DE BLEU: 28.4"),
        (6, 1.4e9, "Data: 1.4B pairs"),
        (7, 6e11, "Data: 600B tokens"),
    ]


def test_a_config_line_whose_comment_credits_a_paper_states_its_value() -> None:
    # a reimplementation's review: a setting "per the paper" is a claim about that paper, and a
    # comment's "paper: 512" states the paper's value (the 256 is the writer's own); a setting
    # no comment credits, or one "same as Paper Plain" (a name), is code
    post = (
        "[Vaswani et al.](https://arxiv.org/abs/1706.03762)\n\n"
        "```diff\n"
        "+  warmup_steps: 8000    # Vaswani et al., Sec. 5.3\n"
        "-  label_smoothing: 0.2  # from the paper\n"
        "+  beam_size: 4\n"
        "```\n"
        "```python\n"
        "cfg = dict(\n"
        "    d_model=256,   # paper: 512\n"
        "    num_beams=4,   # same as Paper Plain\n"
        ")\n"
        "```\n"
    )
    claims = [(c.line, c.quantity.value, c.context) for c in extract_claims(post, find_refs(post))]
    assert claims == [
        (4, 8000, "warmup steps: 8000 (Vaswani et al., Sec. 5.3)"),
        (5, 0.2, "label smoothing: 0.2 (from the paper)"),
        (10, 512, "d_model= (paper: 512)"),
    ]


def test_a_sentence_ends_after_the_footnote_markers_after_its_full_stop() -> None:
    # a wiki article's "… consumers.[2] Its design …": two sentences, each its claim's context
    # and a Markdown footnote's "model.[^2] For …"
    post = "It interviewed six consumers.[2] Its study had 24 readers.[2][12] It ran 3 days.[^2] "
    post += "It had 10 topics.\n"
    contexts = [c.context for c in extract_claims(post, QWEN_REFS)]
    assert contexts == [
        "It interviewed six consumers.[2]",
        "Its study had 24 readers.[2][12]",
        "It ran 3 days.[^2]",
        "It had 10 topics.",
    ]


def test_a_section_or_table_abbreviation_ends_no_sentence() -> None:
    post = "As Sec. 5.3 says, the warmup was 4000 steps. See Tab. 3 for the 0.1 dropout.\n"
    contexts = [c.context for c in extract_claims(post, QWEN_REFS)]
    assert contexts == [
        "As Sec. 5.3 says, the warmup was 4000 steps.",
        "See Tab. 3 for the 0.1 dropout.",
    ]


def test_the_armenian_full_stop_ends_a_sentence() -> None:
    # "։" is Armenian's full stop: each line of a paragraph is its own claim's context
    post = "Base model-ը train են արել 100K step։ Ամբողջ base training-ը տևել է 12 hours։\n"
    contexts = [c.context for c in extract_claims(post, QWEN_REFS)]
    assert contexts == [
        "Base model-ը train են արել 100K step։",
        "Ամբողջ base training-ը տևել է 12 hours։",
    ]


def test_an_amharic_number_word_counts_the_plural_after_it() -> None:
    # "ሁለት ክፍሎች" (two parts): a plural's "-ች" after an Amharic number word makes it a count
    post = "እያንዳንዱ layer በውስጡ attention እና feed-forward የሚባሉ ሁለት ክፍሎች አሉት።\n"
    assert [c.quantity.value for c in extract_claims(post, QWEN_REFS)] == [2]


def test_a_sinhala_number_word_counts_the_noun_before_it() -> None:
    # "columns පහක්" (five columns): Sinhala names what it counts before the number word
    post = "මම හිතන්නේ network එකේ columns පහක් තියෙනවා.\n"
    assert [c.quantity.value for c in extract_claims(post, QWEN_REFS)] == [5]


def test_a_hausa_number_word_counts_the_noun_before_it() -> None:
    # "columns biyar" (five columns): Hausa names what it counts before the number word
    post = "Network ɗin yana da columns biyar, gaba ɗaya.\n"
    assert [c.quantity.value for c in extract_claims(post, QWEN_REFS)] == [5]


def test_a_yoruba_number_word_counts_the_noun_before_it() -> None:
    # "columns márùn-ún" (five columns): Yoruba names what it counts before the number word
    post = "Network náà ní columns márùn-ún.\n"
    assert [c.quantity.value for c in extract_claims(post, QWEN_REFS)] == [5]


def test_a_yoruba_number_its_sentence_says_nothing_of_is_the_sentence_befores() -> None:
    # "Mo rò pé 7.6% ni (?)" (I think it's 7.6%): about the mortality the sentence before names
    post = "Ewu ikú ń pọ̀ sí i fún wákàtí kọ̀ọ̀kan. Mo rò pé 7.6% ni (?)\n"
    [claim] = extract_claims(post, QWEN_REFS)
    assert "ikú" in claim.lead


def test_a_zulu_number_word_counts_the_noun_before_it() -> None:
    # "amakholomu amahlanu" (five columns): Zulu names what it counts before the number word
    post = "I-network inamakholomu amahlanu, kodwa ucwaningo olukhulu.\n"
    assert [c.quantity.value for c in extract_claims(post, QWEN_REFS)] == [5]


def test_a_somali_number_word_counts_the_noun_after_it() -> None:
    # "shan column" (five columns), "laba ciyaartoy" (two players): Somali names what it
    # counts after the number word, with no plural
    post = "Network-gu wuxuu leeyahay shan column. Waa ciyaar u dhaxaysa laba ciyaartoy.\n"
    assert [c.quantity.value for c in extract_claims(post, QWEN_REFS)] == [5, 2]


def test_a_malagasy_number_word_counts_the_noun_before_it() -> None:
    # "tsanganana dimy" (five columns): Malagasy names what it counts before the number word
    post = "Misy tsanganana dimy mandray ny sary iray ihany.\n"
    assert [c.quantity.value for c in extract_claims(post, QWEN_REFS)] == [5]


def test_the_amharic_full_stop_ends_a_sentence() -> None:
    # "።" is Amharic's full stop: each line of a paragraph is its own claim's context
    post = "ትንሹ (base) ሞዴል 100K steps ሰልጥኗል። ይህ ደግሞ 12 hours ብቻ ነው የወሰደው።\n"
    contexts = [c.context for c in extract_claims(post, QWEN_REFS)]
    assert contexts == [
        "ትንሹ (base) ሞዴል 100K steps ሰልጥኗል።",
        "ይህ ደግሞ 12 hours ብቻ ነው የወሰደው።",
    ]


def test_the_burmese_full_stop_ends_a_sentence() -> None:
    # "။" is Burmese's full stop; a Burmese number word counts with its classifier
    post = "base model ကို 100K steps train တယ်။ Head ရှစ်ခု သုံးတယ်။\n"
    found = [(c.quantity.text, c.context) for c in extract_claims(post, QWEN_REFS)]
    assert found == [
        ("100K steps", "base model ကို 100K steps train တယ်။"),
        ("ရှစ်ခု", "Head ရှစ်ခု သုံးတယ်။"),
    ]


def test_the_khmer_full_stop_ends_a_sentence_and_its_hedges_hedge() -> None:
    # "។" is Khmer's full stop; "ខ្ញុំគិតថា" (I think) hedges; a Khmer number word counts the
    # noun after it
    post = "Base model train 100K steps។ ខ្ញុំគិតថា ប្រើ ប្រាំបី heads។\n"
    found = [(c.quantity.text, c.context, c.hedged) for c in extract_claims(post, QWEN_REFS)]
    assert found == [
        ("100K steps", "Base model train 100K steps។", False),
        ("ប្រាំបី heads", "ខ្ញុំគិតថា ប្រើ ប្រាំបី heads។", True),
    ]


def test_a_quoted_reply_checks_what_the_paragraph_it_answers_links() -> None:
    # a comment thread: the reply cites no paper, the comment above it the crowd-counting one
    post = (
        "# [CiteSee](https://arxiv.org/abs/2302.07302) on HN\n\n"
        "Take the crowd counting paper, AMDCN (https://arxiv.org/abs/1804.07821).\n\n"
        "> Wrong row. For WorldExpo testing they scan with a stride of 50.\n"
    )
    [claim] = extract_claims(post, find_refs(post))
    assert claim.refs == ("1804.07821",)


def test_a_reply_deep_in_a_thread_checks_what_its_top_comment_links() -> None:
    # the replies answer the top comment, past other replies and their short headers; a "---"
    # ends the thread
    post = (
        "# [Attention](https://arxiv.org/abs/1706.03762) on HN\n\n"
        "**icu_dataperson** 8 hours ago\n\n"
        "Best write-up I know is the sepsis paper: <https://arxiv.org/abs/1708.05894>\n\n"
        "> **resident** 7 hours ago\n>\n> Hours, not days.\n\n"
        "> **alarm_fatigue** 7 hours ago\n>\n> Their best model had 1.4 false alarms.\n\n"
        "---\n\n> Back to it: the big model trained for 3.5 days.\n"
    )
    claims = extract_claims(post, find_refs(post))
    assert [(c.quantity.text, c.refs) for c in claims][-2:] == [
        ("1.4", ("1708.05894",)),
        ("3.5 days", ("1706.03762",)),
    ]


def test_a_comments_later_paragraph_checks_what_the_comment_links() -> None:
    # under its header, a comment links Paper Plain (by a reference-style link), then its next
    # paragraph names no paper: it is still about Paper Plain, not the thread's CiteSee
    post = (
        "# [CiteSee](https://arxiv.org/abs/2302.07302) on HN\n\n"
        "**lucy_in_the_pdf** · 36 points · 7 hours ago\n\n"
        "Some of the same authors did [Paper Plain][pp] for lay readers.\n\n"
        "The usability study was 24 Upworkers.\n\n"
        "**vis_person** · 9 points · 5 hours ago\n\n"
        "The lab study had 12 participants.\n\n"
        "[pp]: https://arxiv.org/abs/2203.00130\n"
    )
    claims = extract_claims(post, find_refs(post))
    assert [(c.quantity.text, c.refs) for c in claims] == [
        ("24", ("2203.00130",)),
        ("12 participants", ("2302.07302",)),
    ]


def test_a_comment_naming_its_paper_checks_it_in_its_later_paragraphs_replies_and_tables() -> None:
    # the comment names AMDCN without linking it: its list, its table and the reply to it are
    # about AMDCN, not the RAPT paper the thread's section links last
    post = (
        "Papers: https://arxiv.org/abs/1804.07821 and https://arxiv.org/abs/2202.00535\n\n"
        "### Comments\n\n"
        "**u/dilated** · 164 points · 13h\n\n"
        "Re AMDCN, I reimplemented it last year. Some notes:\n\n"
        "- UCF is tiny: only 50 images total.\n\n"
        "| dataset | MAE |\n|---|---|\n| UCF | 290.82 |\n\n"
        "> **u/op** · 22 points · 12h\n>\n> Their TRANCOS GAME was 15.00, right?\n\n"
        "**u/tuner** · 142 points · 12h\n\n"
        "RAPT ([arXiv:2202.00535](https://arxiv.org/abs/2202.00535)) tunes 1.06M parameters.\n"
    )
    titles = {
        "1804.07821": "An Aggregated Multicolumn Dilated Convolution Network for Perspective-Free"
        " Counting",
        "2202.00535": "Towards Better Paraphrase Generation with Retrieval-Augmented Prompt Tuning",
    }
    claims = extract_claims(post, find_refs(post), titles)
    assert [(c.quantity.text, c.refs) for c in claims] == [
        ("50 images", ("1804.07821",)),
        ("290.82", ("1804.07821",)),
        ("15.00", ("1804.07821",)),
        ("1.06M parameters", ("2202.00535",)),
    ]


def test_a_papers_bold_title_line_heads_the_part_about_it() -> None:
    # a forum post goes through its papers under "**N. Title** (link)" lines, not headings
    post = (
        "Our reading group tried these.\n\n"
        "**1. Attention Is All You Need** ([arXiv:1706.03762](https://arxiv.org/abs/1706.03762))\n\n"
        "| model | wall clock |\n|---|---|\n| big | 3.5 hours |\n\n"
        "**2. MGP-RNN for sepsis** (Futoma et al., https://arxiv.org/abs/1708.05894)\n\n"
        "The data span 18 months.\n"
    )
    claims = extract_claims(post, find_refs(post))
    assert [(c.quantity.text, c.refs) for c in claims] == [
        ("3.5 hours", ("1706.03762",)),
        ("18 months", ("1708.05894",)),
    ]


def test_a_keycap_numbered_paragraph_heads_a_part_until_a_thematic_break() -> None:
    # a LinkedIn post's "2️⃣ **k = 1.**" parts each cite their paper; its comments cite all
    post = (
        "Papers: https://arxiv.org/abs/1706.03762 and https://arxiv.org/abs/1406.2661\n\n"
        "1️⃣ **Speed.**\n\nVaswani et al. (arXiv:1706.03762) trained for 12 hours.\n\n"
        "2️⃣ **k = 1.**\n\nGoodfellow et al. (arXiv:1406.2661) alternate k steps.\n"
        "They trained with minibatches of 100.\n\n━━━━━━━━\n\nA comment: 3.5 days, surely.\n"
    )
    claims = extract_claims(post, find_refs(post))
    assert [(c.quantity.text, c.refs) for c in claims] == [
        ("12 hours", ("1706.03762",)),
        ("1", ("1406.2661",)),
        ("100", ("1406.2661",)),
        ("3.5 days", ("1706.03762", "1406.2661")),
    ]


def test_a_printed_table_with_columns_aligned_by_spaces_is_a_table() -> None:
    # a notebook prints a DataFrame in an indented block: its header names each cell's column
    post = (
        "The GAN paper: https://arxiv.org/abs/1406.2661\n\n"
        "    Parzen window log-likelihood, means only\n"
        "    model                   MNIST     TFD\n"
        "    DBN (paper)               138    1890\n"
        "    Adversarial (mine)        219       -\n\n"
        "    step  10000  loss 7.41\n"
        "    step  20000  loss 5.92\n"
        "    step  30000  loss 4.88\n"
    )
    claims = extract_claims(post, find_refs(post))
    assert [(c.line, c.quantity.text, c.context) for c in claims[:3]] == [
        (5, "138", "model: DBN (paper) | MNIST: 138 | TFD: 1890"),
        (5, "1890", "model: DBN (paper) | MNIST: 138 | TFD: 1890"),
        (6, "219", "model: Adversarial (mine) | MNIST: 219 | TFD: -"),
    ]
    assert " | " not in claims[-1].context  # a log's lines name no columns: no table


def test_a_list_item_ending_in_a_colon_introduces_its_sub_list() -> None:
    # the sub-list's counts are the GPT2-medium column's, and the next top-level item is not
    post = (
        "RAPT: https://arxiv.org/abs/2202.00535\n\n"
        "- trainable params, GPT2-medium column of their table:\n"
        "  - LoRA alone 1.47M\n"
        "- early stopping with a patience of 3 epochs\n"
    )
    lora, patience = extract_claims(post, find_refs(post))
    assert lora.lead == "trainable params, GPT2-medium column of their table:"
    assert patience.lead == ""


def test_an_indented_list_item_introduces_only_the_sub_list_under_it() -> None:
    # the item introducing the sub-list is itself nested: its sibling after the sub-list is
    # out of it
    post = (
        "RAPT: https://arxiv.org/abs/2202.00535\n\n"
        "- parameters:\n"
        "  - GPT2-medium column of their table:\n"
        "    - LoRA alone 1.47M\n"
        "  - early stopping with a patience of 3 epochs\n"
    )
    lora, patience = extract_claims(post, find_refs(post))
    assert lora.lead == "GPT2-medium column of their table:"
    assert patience.lead == "parameters:"


def test_a_number_word_that_is_the_subject_of_what_people_did_counts_them() -> None:
    # "five had completed …", "only two chose Topic 3": counts of people, though no plural noun
    # follows them
    post = (
        "Most had finished college; five had completed graduate school. Only two chose Topic 3.\n"
    )
    found = [c.quantity.text for c in extract_claims(post, QWEN_REFS)]
    assert found == ["five", "two"]


def test_an_images_alt_text_is_prose_and_its_address_is_not() -> None:
    # a screenshot described in words makes claims; "fig 2" and the file name do not
    post = "![the Card Opens row peaks at 207 for P4 in fig 2](img/table-600b.png)\n"
    [claim] = extract_claims(post, QWEN_REFS)
    assert (claim.quantity.text, claim.context) == (
        "207",
        "the Card Opens row peaks at 207 for P4 in fig 2",
    )


def test_a_year_that_a_verb_scores_is_a_claim() -> None:
    post = (
        "In 2014, the DBN reaches 1909 on TFD; the WMT 2014 score of 28.4 stands. "
        "The DBN baseline got 1909 on MNIST. The Deep GSN is at 1909 on TFD, with a score of "
        "1909. DBN 在 TFD 上的对数似然是 1909。\n"
    )
    found = [c.quantity.text for c in extract_claims(post, QWEN_REFS)]
    assert found == ["1909", "28.4", "1909", "1909", "1909", "1909"]


def test_a_setting_is_no_year() -> None:
    # "warmup_steps = 2000" sets a value: no year, though written like one
    post = "The learning rate rises until warmup_steps = 2000, then decays; WMT 2014 is older.\n"
    assert [c.quantity.text for c in extract_claims(post, QWEN_REFS)] == ["2000"]


def test_a_number_past_the_years_a_post_cites_is_no_year() -> None:
    post = "The inner layer is 2048 wide, in a 2048 × 2048 matrix; WMT 2014 is older.\n"
    assert [c.quantity.text for c in extract_claims(post, QWEN_REFS)] == ["2048"] * 3


def test_a_cell_that_is_a_number_in_words_is_a_claim() -> None:
    table = (
        "| paper | setting | value |\n|---|---|---|\n"
        "| Paper Plain | rating scale | five-point |\n| CiteSee | two-stage design | 12 |\n"
        "| Sepsis | NEWS inputs | seven variables |\n| RAPT | one of them | 3 |\n"
    )
    found = [(c.quantity.text, c.quantity.value) for c in extract_claims(table, QWEN_REFS)]
    # "two-stage design" and "one of them" stay labels; a number in words with its noun counts
    assert found == [("five-point", 5), ("12", 12), ("seven", 7), ("3", 3)]


def test_a_blank_label_cell_continues_the_group_but_a_blank_value_cell_claims_nothing() -> None:
    table = (
        "| series | stage | data |\n|---|---|---|\n"
        "| Qwen-VL | pretraining | 1.4B |\n| | SFT | |\n| | | 350K |\n"
    )
    assert [(c.line, c.subject) for c in extract_claims(table, QWEN_REFS)] == [
        (3, "Qwen-VL pretraining"),
        (5, "Qwen-VL SFT"),
    ]


def test_numbers_written_as_words_are_claims_when_plainly_counts() -> None:
    post = "Thirty-five were picked by two of them after six days of a one-week study.\n"
    texts = [claim.quantity.text for claim in extract_claims(post, QWEN_REFS)]
    assert texts == ["Thirty-five", "two", "six days", "one-week"]
    counted = "The network has three columns and two abnormal lab values, from eight mock-ups.\n"
    found = [c.quantity.text for c in extract_claims(counted, QWEN_REFS)]
    assert found == ["three", "two", "eight"]
    # a count of what the sentence before named, not "one of them"
    named = "Of the six needs, it meets four of them; two were PhD students; one of them left.\n"
    assert [c.quantity.text for c in extract_claims(named, QWEN_REFS)] == ["six", "four", "two"]
    # a capitalised plural, a Latin one, an en-dash compound before the noun
    nouns = "A sum of two Gaussians weighs four desiderata over eight variant–paper settings.\n"
    assert [c.quantity.text for c in extract_claims(nouns, QWEN_REFS)] == ["two", "four", "eight"]
    # the first number of a range of counts counts too, "one" as well
    ranges = (
        "It ran for one to two weeks; we kept between five and seven of them, steps one and two.\n"
    )
    found = [c.quantity.text for c in extract_claims(ranges, QWEN_REFS)]
    assert found == ["one", "two weeks", "five", "seven"]
    # a rate of the noun after "per", and the part of a whole the clause before names
    parts = "They asked seven per paper. Of the readers who took part, five had a degree.\n"
    assert [c.quantity.text for c in extract_claims(parts, QWEN_REFS)] == ["seven", "five"]
    # a number read out with a fraction is a number, whatever it counts
    spoken = "They averaged three point five on it, and nine and a half on the other.\n"
    found = [c.quantity.text for c in extract_claims(spoken, QWEN_REFS)]
    assert found == ["three point five", "nine and a half"]
    # "one" after a bound counts the singular noun after it
    bound = "Every reader clicked at least one key question; only one paper cost anything.\n"
    assert [c.quantity.text for c in extract_claims(bound, QWEN_REFS)] == ["one", "one"]
    # the noun's modifiers may be an acronym or a model name: "eight NVIDIA P100 cards"
    named = "It ran on eight NVIDIA P100 cards against the four SIRS criteria.\n"
    assert [c.quantity.text for c in extract_claims(named, QWEN_REFS)] == ["eight", "four"]
    # a number word as a modifier says how many, like "2-player" would
    modifier = "Training is a two-player minimax game rated on a five-point scale.\n"
    found = [c.quantity.text for c in extract_claims(modifier, QWEN_REFS)]
    assert found == ["two-player", "five-point"]
    # Georgian puts its noun in the singular after a number word: "ორი sub-layer" is a count
    georgian = "ყოველ ფენაში ორი sub-layer-ია და ოთხი სვეტი.\n"
    assert [c.quantity.text for c in extract_claims(georgian, QWEN_REFS)] == ["ორი", "ოთხი"]


@pytest.mark.parametrize(
    "params", ["params (M)", "params (×10⁶)", "params ×10^6", "Paraméterek (millió)"]
)
def test_a_column_header_gives_its_cells_a_magnitude_and_unit(params: str) -> None:
    post = f"| model | {params} | data (B tokens) |\n|---|---|---|\n| base | 36 | 1.5 |\n"
    params, data = extract_claims(post, QWEN_REFS)
    assert (params.quantity.value, params.quantity.unit) == (36e6, "parameters")
    assert data.quantity.unit == "tokens"


def test_a_headers_setting_gives_its_cells_no_unit() -> None:
    # "80% sensitivity", "4 h" set the conditions: the cells count false alarms, no percent
    post = (
        "| model | false alarms per true alarm (4 h before sepsis, 80% sensitivity) |\n"
        "|---|---|\n| MGP-RNN | 1.4 |\n\n| model | accuracy (%) |\n|---|---|\n| base | 91 |\n"
    )
    alarms, accuracy = extract_claims(post, QWEN_REFS)
    assert (alarms.quantity.value, alarms.quantity.unit) == (1.4, "")
    assert accuracy.quantity.unit == "%"


@pytest.mark.parametrize("params", ["Params (million)", "প্যারামিটার (মিলিয়ন)"])
def test_a_row_label_under_no_header_gives_its_cells_a_magnitude_and_unit(params: str) -> None:
    post = f"| | base | big |\n|---|---|---|\n| {params} | 65 | 213 |\n"
    base, big = extract_claims(post, QWEN_REFS)
    assert (base.quantity.value, big.quantity.value) == (65e6, 213e6)
    assert base.quantity.unit == "parameters"


def test_an_abbreviated_magnitude_ends_no_sentence() -> None:
    [claim] = extract_claims("De trænede på 4,5 mio. sætningspar fra WMT14.\n", QWEN_REFS)
    assert claim.context == "De trænede på 4,5 mio. sætningspar fra WMT14."


@pytest.mark.parametrize(
    "sentence",
    [
        "MegatronLM ir vairāk nekā 11 mljrd. parametru, ko fine-tunēt.",  # Latvian
        "Kopa ar 4,5 milj. teikumu pāru no WMT14.",
    ],
)
def test_a_latvian_abbreviated_magnitude_ends_no_sentence(sentence: str) -> None:
    [claim] = extract_claims(sentence + "\n", QWEN_REFS)
    assert claim.context == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Við lásum m.a. um MegatronLM, sem hefur u.þ.b. 11 milljarða færibreyta.",  # Icelandic
        "Vaswani o.fl. þjálfuðu á 4,5 millj. setningapara úr WMT14.",
    ],
)
def test_an_icelandic_abbreviation_ends_no_sentence(sentence: str) -> None:
    [claim] = extract_claims(sentence + "\n", QWEN_REFS)
    assert claim.context == sentence


def test_an_abbreviated_magnitude_ending_its_line_before_a_capital_ends_the_sentence() -> None:
    # a post writing a sentence a line: "11 tūkst." ends one, "Katram" starts the next
    text = (
        "Tātad pozitīvo gadījumu ir ap 11 tūkst.\n"
        "Katram sepses gadījumam piemeklētas 3 kontroles.\n\n"
        "MegatronLM ir vairāk nekā 11 mljrd.\nparametru.\n"
    )
    cases, controls, params = extract_claims(text, QWEN_REFS)
    assert cases.context == "Tātad pozitīvo gadījumu ir ap 11 tūkst."
    assert controls.context == "Katram sepses gadījumam piemeklētas 3 kontroles."
    assert params.context == "MegatronLM ir vairāk nekā 11 mljrd. parametru."


def test_an_icelandic_magnitude_ending_its_line_before_a_capital_ends_the_sentence() -> None:
    # "11 þús." ends one sentence a line, "Hvert" starts the next; "millj." before a lower-case
    # line ends none
    text = (
        "Sepsis-tilfellin eru um 11 þús.\n"
        "Hvert tilfelli er parað við 4 viðmiðunarinnlagnir.\n\n"
        "MegatronLM hefur meira en 11000 millj.\nfæribreyta.\n"
    )
    cases, controls, params = extract_claims(text, QWEN_REFS)
    assert cases.context == "Sepsis-tilfellin eru um 11 þús."
    assert controls.context == "Hvert tilfelli er parað við 4 viðmiðunarinnlagnir."
    assert params.context == "MegatronLM hefur meira en 11000 millj. færibreyta."


def test_a_post_in_bengali_digits_is_read_in_western_ones_and_quoted_as_written() -> None:
    markdown = "[Transformer](https://arxiv.org/abs/1706.03762) মোট ১,০০,০০০ স্টেপ, ৮টা GPU।\n"
    steps, gpus = extract_claims(markdown, find_refs(markdown))
    assert (steps.quantity.text, steps.quantity.value) == ("১,০০,০০০ স্টেপ", 1e5)
    assert (gpus.quantity.text, gpus.quantity.unit) == ("৮টা GPU", "GPUs")


def test_latex_math_reads_as_the_paper_prints_it_and_money_is_no_math() -> None:
    post = (
        "Adam used $\\beta_2 = 0.98$ and $d_{\\text{model}} = 512$; "
        "each was paid $35 USD, or US$15.\n"
    )
    claims = extract_claims(post, QWEN_REFS)
    assert [c.quantity.text for c in claims] == ["0.98", "512", "$35 USD", "$15"]
    assert "β2 = 0.98" in claims[0].context
    assert "dmodel = 512" in claims[1].context


def test_a_bare_number_in_inline_code_is_a_claim_and_code_is_not() -> None:
    post = "They report MAE `290.82` on UCF, run with `lr=0.001` and `--seed 3`.\n"
    assert [c.quantity.text for c in extract_claims(post, QWEN_REFS)] == ["290.82"]


def test_a_chat_message_under_its_author_and_time_is_a_sentence_a_line() -> None:
    post = (
        "**dvt** — 16:21 (edited)\n"
        "TRANCOS: AMDCN gets 15.00 at GAME(L=3), beats the other rows at every level\n"
        "WorldExpo: 14.9 MAE with perspective maps\n"
    )
    claims = extract_claims(post, QWEN_REFS)
    assert claims[-1].context == "WorldExpo: 14.9 MAE with perspective maps"


def test_a_plain_text_grid_table_is_a_table() -> None:
    post = (
        "+--------------+-------------+\n"
        "| model        | false alarms |\n"
        "+--------------+-------------+\n"
        "| base MGP-RNN |     3.2     |\n"
        "+--------------+-------------+\n"
    )
    [claim] = extract_claims(post, QWEN_REFS)
    assert (claim.line, claim.subject) == (4, "base MGP-RNN false alarms")
    assert claim.context == "model: base MGP-RNN | false alarms: 3.2"


def test_a_transcripts_timed_lines_are_a_sentence_each() -> None:
    post = (
        "[16:31] the AMDCN paper arXiv:1804.07821 is the one I covered\n"
        "[16:44] and on the UCF50 crowd set which has only 50 images in the whole dataset\n"
        "[16:51] they got a mean absolute error of 290.82\n"
        "[17:11] wait was it the GAN paper? https://arxiv.org/abs/1406.2661\n"
    )
    images, error = extract_claims(post, find_refs(post))
    assert error.context == "they got a mean absolute error of 290.82"
    assert (error.hedged, error.refs) == (False, ("1804.07821",))


def test_a_number_math_reads_otherwise_keeps_its_text_as_written() -> None:
    # found by test_extracting_from_any_markdown_never_crashes: "$£{1.$" read "£1."
    post = "Adam's $\\epsilon = 10^{-9}$, and $£{1.$ too.\n"
    claims = extract_claims(post, QWEN_REFS)
    assert [(c.quantity.text, c.quantity.value) for c in claims] == [("10^{-9", 1e-9), ("£{1", 1)]


def test_a_header_word_with_an_accent_is_one_word() -> None:
    # "Parâmetros" is parameters, not "metros" (metres) after the "â"
    post = "| Método | Parâmetros treináveis (GPT2 Medium) |\n|---|---|\n| Fine Tuning | 354 |"
    [claim] = extract_claims(post, QWEN_REFS)
    assert claim.quantity.unit == "parameters"


def test_a_possessive_in_a_header_names_no_unit() -> None:
    # the "s" of "paper's number" is no seconds: 27.3 is the paper's BLEU, not a duration
    post = "| module | paper's number | ours |\n|---|---|---|\n| Transformer (BLEU) | 27.3 | 25 |"
    assert [c.quantity.unit for c in extract_claims(post, QWEN_REFS)] == ["", ""]


def test_a_metric_column_gives_its_rows_value_a_magnitude_and_unit() -> None:
    post = (
        "| row | metric | value |\n|---|---|---:|\n"
        "| d_model = 1024 | parameters (millions) | 168 |\n| d_model = 256 | dev BLEU | 24.5 |\n"
    )
    params, bleu = extract_claims(post, QWEN_REFS)
    assert (params.quantity.value, params.quantity.unit) == (168e6, "parameters")
    assert bleu.quantity.value == 24.5


def test_claims_document_has_the_stable_schema() -> None:
    post, refs, _, _ = _golden("qwen-vl-overview")
    claims = [c for c in extract_claims(post, refs) if c.id == "L55-1"]
    document = claims_document("qwen-vl-overview.md", claims)
    assert json.loads(json.dumps(document, ensure_ascii=False)) == {
        "post": "qwen-vl-overview.md",
        "claims": [
            {
                "id": "L55-1",
                "line": 55,
                "text": "600b tokens",
                "value": 6e11,
                "unit": "tokens",
                "kind": "count",
                "subject": "Qwen2-VL pretraining",
                "context": claims[0].context,
                "hedged": True,
                "refs": ["2409.12191"],
            }
        ],
    }


MARKDOWN_PIECES = (
    "| --- \n # - 1. ` ``` ? [x]( ) 600b Qwen2-VL tokens 约 2023.08 ✅ References".split(" ")
)


@given(st.lists(st.sampled_from(MARKDOWN_PIECES) | st.text(max_size=5), max_size=40).map("".join))
def test_extracting_from_any_markdown_never_crashes(post: str) -> None:
    lines = post.splitlines()
    for claim in extract_claims(post, QWEN_REFS):
        assert claim.quantity.text in lines[claim.line - 1]


def _edit_distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


@given(st.text("abcq25", max_size=8), st.text("abcq25", max_size=8))
def test_one_edit_agrees_with_edit_distance(a: str, b: str) -> None:
    from citekit.claims import _one_edit

    assert _one_edit(a, b) == (_edit_distance(a, b) <= 1)


@given(st.text("abq2", max_size=12), st.integers(0, 12), st.text("abq2", min_size=5, max_size=8))
def test_typo_length_finds_the_first_window_one_edit_or_a_swap_away(
    norm: str, k: int, name: str
) -> None:
    from citekit.claims import _typo_length

    sums = [0, *itertools.accumulate(map(ord, norm))]
    size = len(name)
    window = norm[k : k + size]
    if len(window) == size and sorted(window) == sorted(name):
        expected = size
    else:
        lengths = (size - 1, size, size + 1)
        fits = [
            n for n in lengths if k + n <= len(norm) and _edit_distance(norm[k : k + n], name) <= 1
        ]
        expected = fits[0] if fits else 0
    assert _typo_length(norm, k, name, sums) == expected


def test_a_claim_is_attributed_to_the_paper_its_section_cites_by_label() -> None:
    markdown = (
        "## GAN\n[GAN](https://arxiv.org/abs/1406.2661) reached 225 on MNIST.\n\n"
        "## Sepsis\nThe sepsis paper [futoma] is honest.\nIts data has 51,697 admissions.\n\n"
        "## References\n[futoma]: https://arxiv.org/abs/1708.05894\n"
    )
    gan, sepsis = extract_claims(markdown, find_refs(markdown))
    assert (gan.refs, sepsis.refs) == (("1406.2661",), ("1708.05894",))


def test_link_definitions_at_the_end_cite_nothing_in_the_last_section() -> None:
    markdown = (
        "## Sepsis\nThe [sepsis paper][futoma] used 51,697 admissions.\n\n"
        "## CiteSee\nCiteSee is a reading tool ([paper](https://arxiv.org/abs/2302.07302)).\n\n"
        "In the study the Specter score is 0.65.\n\n"
        "[futoma]: https://arxiv.org/abs/1708.05894\n"
    )
    sepsis, citesee = extract_claims(markdown, find_refs(markdown))
    assert (sepsis.refs, citesee.refs) == (("1708.05894",), ("2302.07302",))


def test_a_list_item_opening_with_its_is_about_the_paper_the_item_before_cites() -> None:
    markdown = (
        "### Paper Plain and CiteSee: reading tools\n\n"
        "- Paper Plain's readers got $15 each ([PDF](https://arxiv.org/pdf/2203.00130v1)).\n"
        "- Over to [CiteSee][citesee]: participants had a mean age of 28.3.\n"
        "- Its Likert data: 417 responses in total.\n\n"
        "[citesee]: https://arxiv.org/abs/2302.07302\n"
    )
    titles = {
        "2203.00130": "Paper Plain: Making Medical Research Papers Approachable",
        "2302.07302": "CiteSee: Augmenting Citations in Scientific Papers",
    }
    *_, responses = extract_claims(markdown, find_refs(markdown), titles)
    assert (responses.quantity.value, responses.refs) == (417, ("2302.07302",))


@pytest.mark.parametrize(
    "sentence",
    [
        "第一个实验每位参与者拿到 15 美元的报酬，和 Paper Plain 的标准一样。",
        "Each participant got $15, the same as Paper Plain's readers.",
        "CiteSee 大概也沿用了 Paper Plain 那套报酬：15 美元？",
        "Each participant got $15, a rate borrowed from Paper Plain.",
        "The payment probably reuses Paper Plain's $15, as far as I can tell.",
        "小蔓：Study 1 每人给了 15 美元，跟 Paper Plain 同价。",  # "the same price as"
        "They paid the same $15 per hour as Paper Plain did.",
        "Each participant got $15, same rate as Paper Plain.",
        "The $15 rate was copied from Paper Plain.",
        "참가자는 Paper Plain이랑 같은 15달러를 받았다.",
        "Har participant ko $15 mile, jaise Paper Plain mein hota hai.",
    ],
)
def test_a_paper_the_number_is_only_likened_to_is_not_its_source(sentence: str) -> None:
    markdown = (
        "Sources: [Paper Plain](https://arxiv.org/abs/2203.00130).\n\n"
        f"## CiteSee\n[CiteSee](https://arxiv.org/abs/2302.07302) is next.\n{sentence}\n"
    )
    *_, claim = extract_claims(markdown, find_refs(markdown))
    assert claim.refs == ("2302.07302",)


@pytest.mark.parametrize(
    ("abstract", "names"),
    [
        (
            "We propose a new simple network architecture, the Transformer, based solely on "
            "attention mechanisms.",
            ("Transformer",),
        ),
        (
            "We introduce a novel interactive interface-Paper Plain-with four features.",
            ("Paper Plain",),
        ),
        ("We propose a new framework for estimating generative models.", ()),
        ("We also propose Novelty Conditioned RAPT (NC-RAPT) as a simple method.", ()),
        (
            "(1) we propose Retrieval Augmented Prompt Tuning (RAPT) as an efficient method",
            ("RAPT",),
        ),
    ],
)
def test_an_abstract_coins_the_names_of_what_it_proposes(abstract: str, names: tuple) -> None:
    assert coined_names(abstract) == names


def test_a_claim_naming_a_paper_by_its_coined_name_is_attributed_to_it() -> None:
    markdown = (
        "Sources: [Vaswani et al.](https://arxiv.org/abs/1706.03762) and "
        "[CiteSee](https://arxiv.org/abs/2302.07302).\n\n"
        "| paper | claim | value |\n|---|---|---|\n"
        "| Transformer | base training time | 12 hours |\n"
    )
    refs = find_refs(markdown)
    titles = {
        "1706.03762": "Attention Is All You Need",
        "2302.07302": "CiteSee: Augmenting Citations",
    }
    aliases = {"1706.03762": ("Transformer",)}
    [claim] = extract_claims(markdown, refs, titles, aliases)
    assert claim.refs == ("1706.03762",)


def test_a_heading_naming_a_paper_by_its_authors_attributes_its_section_to_it() -> None:
    markdown = (
        "Papers: arXiv:1406.2661, arXiv:1804.07821, arXiv:2302.07302.\n\n"
        "## Part B: GANs (Goodfellow et al., Lecture 10)\n\n"
        "Minibatches of 100 noise samples, I think.\n\n"
        "## Part D: counting (Deb & Ventura)\n\n"
        "The split keeps 800 frames for training.\n\n"
        "## Baselines\n\n"
        "Chan et al. report 2.24 on the original split.\n"
    )
    authors = {
        "1406.2661": ("Ian J. Goodfellow", "Jean Pouget-Abadie", "Mehdi Mirza"),
        "1804.07821": ("Diptodip Deb", "Jonathan Ventura"),
        "2302.07302": ("Joseph Chee Chang", "Amy X. Zhang", "Daniel S. Weld"),
    }
    aliases = {i: author_names(names) for i, names in authors.items()}
    claims = extract_claims(markdown, find_refs(markdown), {}, aliases)
    assert [c.refs for c in claims] == [
        ("1406.2661",),
        ("1804.07821",),
        ("1406.2661", "1804.07821", "2302.07302"),  # one letter off is another author
    ]
    assert author_names(("Diptodip Deb", "Jonathan Ventura")) == (
        "Deb et al.",
        "Deb & Ventura",
        "Deb and Ventura",
    )


def test_a_heading_naming_a_paper_by_its_title_acronym_attributes_its_section_to_it() -> None:
    markdown = (
        "- Generative Adversarial Nets (GAN), https://arxiv.org/abs/1406.2661\n"
        "- Attention Is All You Need, arXiv:1706.03762\n\n"
        "#### 2. gan (`papers/gan`)\n\n"
        "- [ ] Optimizer: paper uses Adam with lr 2e-4, same as ours\n"
    )
    titles = {"1406.2661": "Generative Adversarial Nets", "1706.03762": "Attention Is All You Need"}
    [claim] = extract_claims(markdown, find_refs(markdown), titles)
    assert claim.refs == ("1406.2661",)


@pytest.mark.parametrize(
    "sentence",
    [
        "And, like the Transformer, they use a warmup of 4,000 steps.",
        "As in the Transformer paper, they use a warmup of 4,000 steps.",
        "Și, la fel ca la Transformer, folosesc un warmup de 4.000 de pași.",
        "Walitumia warmup ya hatua 4,000, kama Transformer.",  # Swahili
    ],
)
def test_a_paper_the_sentence_only_likens_to_is_not_its_subject(sentence: str) -> None:
    markdown = (
        "Papers: [RAPT](https://arxiv.org/abs/2202.00535) and the "
        "[Transformer](https://arxiv.org/abs/1706.03762).\n\n## RAPT (arXiv:2202.00535)\n\n"
        f"RAPT tunes prompts. {sentence}\n"
    )
    titles = {"2202.00535": "Novelty Controlled Paraphrase Generation", "1706.03762": "Attention"}
    aliases = {"1706.03762": ("Transformer",)}
    [claim] = extract_claims(markdown, find_refs(markdown), titles, aliases)
    assert claim.refs == ("2202.00535",)


def test_a_bare_url_in_a_list_is_named_by_the_words_before_it() -> None:
    post = (
        "- MGP-RNN 脓毒症预警：https://arxiv.org/abs/1708.05894v1\n"
        "- AMDCN 数人头：https://arxiv.org/abs/1804.07821v1\n\n"
        "## [37:30] MGP-RNN：脓毒症预警\n\n"
        "上了抗生素之后，又过了 19 个小时才抽血培养。\n"
    )
    (claim,) = extract_claims(post, find_refs(post))
    assert claim.refs == ("1708.05894",)


def test_the_acronym_paper_names_the_paper_its_title_abbreviates() -> None:
    post = (
        "- Goodfellow et al. on adversarial nets, arxiv.org/abs/1406.2661v1.\n\n"
        "## Quiz\n\n"
        "1. The Transformer base model's inner layer is 2048 wide.\n"
        "2. The GAN paper reports that training took 8 hours on a single GPU.\n\n"
        "[vaswani]: https://arxiv.org/abs/1706.03762\n"
    )
    titles = {
        "1406.2661": "Generative Adversarial Nets",
        "1706.03762": "Attention Is All You Need",
    }
    *_, hours = extract_claims(post, find_refs(post), titles)
    assert (hours.quantity.text, hours.refs) == ("8 hours", ("1406.2661",))


def test_a_post_that_writes_decimal_commas_groups_thousands_with_one_dot() -> None:
    post = (
        "Il [MGP-RNN](https://arxiv.org/abs/1708.05894) usa 51.697 ricoveri; la degenza media "
        "è di 121,7 ore e i falsi allarmi sono 1,4 per allarme vero.\n"
    )
    claims = extract_claims(post, find_refs(post))
    assert [c.quantity.value for c in claims] == [51697, 121.7, 1.4]


@pytest.mark.parametrize(
    "sentence",
    [
        "У big-версии, кажется, 213 млн параметров.",
        "Credo che in decodifica usassero un beam di 4.",
        "Das waren vermutlich 12 Stunden.",
        "Talvez 36 horas antes.",
    ],
)
def test_a_hedge_in_another_language_marks_the_claim(sentence: str) -> None:
    post = f"[paper](https://arxiv.org/abs/1706.03762)\n\n{sentence}\n"
    [claim] = extract_claims(post, find_refs(post))
    assert claim.hedged


def test_a_transcripts_time_code_and_speaker_name_no_subject() -> None:
    post = (
        "Show notes: [the Transformer](https://arxiv.org/abs/1706.03762).\n\n"
        "[03:01] GUEST: The base model was twelve hours.\n"
    )
    [claim] = extract_claims(post, find_refs(post))
    assert (claim.quantity.value, claim.context) == (12, "The base model was twelve hours.")


def test_a_transcripts_bold_speaker_names_head_turns_that_answer_the_turn_before() -> None:
    # names that head three turns or more are speakers: no subject, a turn a sentence; the
    # answer is about the question before it, not its section's heading
    post = (
        "### [39:10] False alarms ([PDF](https://arxiv.org/abs/1708.05894))\n\n"
        "**SAM:** What does the AUROC look like?  \n"
        "**MAYA:** The full model is up around point eight nine  \n"
        "**SAM:** And the mean stay?  \n"
        "**MAYA:** About a hundred twenty-two hours, with a huge spread.  \n"
        "**SAM:** Wow.\n\n"
        "**RAPT:** 1.06M\n"
    )
    auroc, stay, rapt = extract_claims(post, find_refs(post))
    assert (auroc.subject, auroc.lead) == ("What does the AUROC look like?",) * 2
    assert stay.context == "About a hundred twenty-two hours, with a huge spread."
    assert stay.lead == "And the mean stay?"
    assert rapt.subject == "RAPT"  # a name heading one line is what it is about


def test_an_answer_is_about_the_paper_its_question_links() -> None:
    post = (
        "## FAQ\n\nSources: [CiteSee](https://arxiv.org/abs/2302.07302).\n\n"
        "**Q:** What dropout rate did the GAN paper (arxiv.org/abs/1406.2661v1) use?\n\n"
        "**A:** Probably 0.5, the default then.\n"
    )
    [claim] = extract_claims(post, find_refs(post))
    assert claim.refs == ("1406.2661",)


def test_a_post_in_traditional_chinese_is_read_and_quoted_as_written() -> None:
    markdown = "[MegatronLM](https://arxiv.org/abs/1909.08053) 約有 83 億個參數。\n"
    [claim] = extract_claims(markdown, find_refs(markdown))
    assert (claim.quantity.text, claim.quantity.value, claim.quantity.unit) == (
        "83 億個參數",
        8.3e9,
        "parameters",
    )
    assert (claim.hedged, claim.context) == (True, "MegatronLM 約有 83 億個參數。")


def test_a_post_in_persian_digits_is_read_in_western_ones_and_quoted_as_written() -> None:
    markdown = "[Transformer](https://arxiv.org/abs/1706.03762) حدود ۳٫۵ روز و 12 ساعت.\n"
    days, hours = extract_claims(markdown, find_refs(markdown))
    assert (days.quantity.text, days.quantity.value, days.quantity.unit) == ("۳٫۵ روز", 3.5, "days")
    context = "Transformer حدود 3.5 روز و 12 ساعت."  # its Western 12 stays as it is
    assert (hours.quantity.text, hours.context) == ("12 ساعت", context)


def test_a_quoted_reply_cites_what_the_line_it_quotes_cites() -> None:
    markdown = (
        "Paper Plain ([August et al.](https://arxiv.org/abs/2203.00130)) ran a study.\n"
        "Readers got 40 minutes with each paper.\n\n"
        "CiteSee (https://arxiv.org/abs/2302.07302) is the other tool.\n\n"
        "On Tue, 14 May 2024 at 09:12, Marta wrote:\n"
        "> Readers got 40 minutes with each paper.\n"
    )
    *_, quoted = extract_claims(markdown, find_refs(markdown))
    assert (quoted.line, quoted.context, quoted.refs) == (
        7,
        "> Readers got 40 minutes with each paper.",
        ("2203.00130",),
    )


def test_a_line_naming_a_paper_over_a_list_says_whose_its_items_are() -> None:
    # a checklist's bold lines name each paper without linking it: the items under them are
    # about that paper, not the one the section links ([1]); a heading naming one comes first
    post = (
        "Configs for [Vaswani et al.][1] and https://arxiv.org/abs/1804.07821.\n\n"
        "[1]: https://arxiv.org/abs/1706.03762\n\n"
        "### Checklist\n\n"
        "**Transformer base** ([1])\n- [x] 8 attention heads\n\n"
        "**AMDCN** (Deb & Ventura)\n- [x] ablations capped at 10 epochs\n"
    )
    titles = {
        "1706.03762": "Attention Is All You Need",
        "1804.07821": "An Aggregated Multicolumn Dilated Convolution Network for Perspective-Free"
        " Counting",
    }
    aliases = {"1804.07821": author_names(("Diptodip Deb", "Jonathan Ventura"))}
    claims = extract_claims(post, find_refs(post), titles, aliases)
    assert [(c.quantity.text, c.refs) for c in claims] == [
        ("8", ("1706.03762",)),
        ("10 epochs", ("1804.07821",)),
    ]


def test_html_tags_are_no_words_and_end_no_sentence() -> None:
    # a wiki-style footnote ("heads.<sup>[3]</sup> The paper") still ends its sentence, and
    # its mark is no reference of the paper's own
    post = (
        "[paper](https://arxiv.org/abs/1706.03762)\n\n"
        "Each layer has 8 heads.<sup>[3]</sup> The paper is cited 100,000 times.<br>\n"
    )
    heads, cited = extract_claims(post, find_refs(post))
    assert heads.context == "Each layer has 8 heads."
    assert cited.context == "The paper is cited 100,000 times."


def test_a_title_line_may_wrap_and_cite_its_paper_after_a_dash() -> None:
    # a digest heads each paper with its bolded title, hard-wrapped, and its link after "--":
    # the paragraphs under it are that paper's, not every paper the section links
    post = (
        "## This week's papers\n\n"
        "**1. Attention Is All You Need** (Vaswani et al., arXiv:1706.03762)\n\n"
        "The base model trained in twelve hours on 8 P100s.\n\n"
        "**2. Improved MGP-RNN for early sepsis detection** (Futoma et al.,\n"
        "MLHC 2017) -- https://arxiv.org/abs/1708.05894\n\n"
        "The cohort is 51,697 inpatient admissions.\n"
    )
    claims = extract_claims(post, find_refs(post))
    assert [(c.quantity.text, c.refs) for c in claims] == [
        ("twelve hours", ("1706.03762",)),
        ("8", ("1706.03762",)),
        ("51,697", ("1708.05894",)),
    ]


def test_a_title_line_may_be_numbered_by_a_keycap_emoji() -> None:
    # a social-media post numbers its papers "1️⃣ **Title**": each paper's items are its own
    post = (
        "Papers this week\n\n"
        "1️⃣ **Attention Is All You Need** (Vaswani et al., 2017) 👉 https://arxiv.org/abs/1706.03762\n\n"
        "- The base model trained for 12 hours.\n\n"
        "2️⃣ **Improved MGP-RNN** (Futoma et al.) https://arxiv.org/abs/1708.05894\n\n"
        "- The cohort is 51,697 inpatient admissions.\n"
    )
    claims = extract_claims(post, find_refs(post))
    assert [(c.quantity.text, c.refs) for c in claims] == [
        ("12 hours", ("1706.03762",)),
        ("51,697", ("1708.05894",)),
    ]


def test_a_lao_number_word_is_a_claim_with_its_classifier() -> None:
    # "ແປດຫົວ" (eight heads) counts, though eight and under in words is no claim alone
    post = "[paper](https://arxiv.org/abs/1706.03762)\n\n- multi-head attention ໃຊ້ແປດຫົວ\n"
    assert [c.quantity.text for c in extract_claims(post, find_refs(post))] == ["ແປດຫົວ"]


def test_a_year_like_number_lao_says_was_got_is_a_score() -> None:
    # "DBN ໄດ້ 1990": DBN got 1990, no year
    post = "[paper](https://arxiv.org/abs/1406.2661)\n\n- TFD: DBN ໄດ້ 1990\n"
    assert [c.quantity.text for c in extract_claims(post, find_refs(post))] == ["1990"]


def test_an_irish_number_word_with_its_noun_is_a_claim() -> None:
    # "cúig cholún" (five columns) and "seacht n-athróg" (seven variables) count nouns no unit
    # names; "Tá sé thart ar 5" (it is about 5) has only the 5
    post = (
        "[paper](https://arxiv.org/abs/1804.07821)\n\n"
        "- Tá cúig cholún sa líonra.\n"
        "- Ní úsáideann NEWS ach seacht n-athróg.\n"
        "- Tá sé thart ar 5 níos ísle.\n"
    )
    claims = extract_claims(post, find_refs(post))
    assert [(c.quantity.text, c.quantity.value) for c in claims] == [
        ("cúig cholún", 5),
        ("seacht n-athróg", 7),
        ("5", 5),
    ]


def test_a_tagalog_number_word_counts_the_plural_noun_after_its_linker() -> None:
    # "pitong variables" (seven variables) and "walong medication classes" are claims; "apat na
    # grupo yung mga papers" (four groups, the papers) and "sa isang image" (in an image) are not
    post = (
        "[paper](https://arxiv.org/abs/1708.05894)\n\n"
        "- Ang NEWS ay gumagamit ng pitong variables.\n"
        "- May walong medication classes din.\n"
        "- Hinati namin sa apat na grupo yung mga papers.\n"
        "- Bilangin ang tao sa isang image.\n"
    )
    claims = extract_claims(post, find_refs(post))
    assert [(c.quantity.text, c.quantity.value) for c in claims] == [("pitong", 7), ("walong", 8)]


def test_a_config_line_is_about_the_paper_its_file_path_names() -> None:
    # a review's diff under its file's path: "gan" in the path says which paper "from paper" is
    post = (
        "[Transformer](https://arxiv.org/abs/1706.03762), [GAN](https://arxiv.org/abs/1406.2661)"
        "\n\n**`configs/gan/mnist.yaml`**\n\n"
        "```diff\n"
        "-  d_steps_per_g_step: 5     # from paper\n"
        "```\n"
    )
    claims = [
        (c.line, c.quantity.value, c.refs, c.lead) for c in extract_claims(post, find_refs(post))
    ]
    assert claims == [(6, 5, ("1406.2661",), "**configs/gan/mnist.yaml**")]


def test_a_reply_nested_by_bars_answers_the_comment_above_it() -> None:
    # a Hacker News thread's replies, a "│" per level: neither header's "8 hours ago" is a
    # claim, and the reply is about the paper the comment it answers links
    post = (
        "[Transformer](https://arxiv.org/abs/1706.03762)\n\n"
        "▲ **ada** 8 hours ago | next [–]\n\n"
        "The [GAN](https://arxiv.org/abs/1406.2661) paper is short.\n\n"
        "│ ▲ **bo** 7 hours ago | parent | next [–]\n"
        "│\n"
        "│ They ran 5 epochs.\n"
    )
    claims = [(c.line, c.quantity.value, c.refs) for c in extract_claims(post, find_refs(post))]
    assert claims == [(9, 5, ("1406.2661",))]
