"""verify: claims against hand-made paper pages, one policy per test."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit.claims import extract_claims
from citekit.links import find_refs
from citekit.models import Claim, Page, Paper
from citekit.verify import PaperIndex, index_paper, terms, verify_claims

PAGE_2 = """We trained the base models for a total of 100,000 steps or 12 hours.
The vocabulary holds about 37000 tokens, and we used warmup_steps = 4000.
The corpus consists of approximately 2 million entries collected from the web."""

PAGE_3 = """Model MNIST TFD
DBN [3] 138 ± 2 1909 ± 66
Adversarial nets 225 ± 2 2057 ± 26
Table 1: Parzen window-based log-likelihood estimates."""


def _paper(arxiv_id: str = "2301.01234", title: str = "A Toy Paper") -> Paper:
    return Paper(arxiv_id, 2, title, ("A. Author",), "", "2017-06-12T17:57:34Z", "", "cs.CL")


# enough unrelated sentences that common words weigh little, as in a real paper
FILLER = " ".join(
    f"Section {i} discusses topic{i} and related work{i} in detail." for i in range(40)
)
PAPER = _paper()
INDEX = index_paper([Page(1, FILLER, FILLER), Page(2, PAGE_2, PAGE_2),
                     Page(3, " ".join(PAGE_3.split()), PAGE_3)])  # fmt: skip


def _verify(post: str, papers: dict[str, Paper] | None = None) -> list:
    markdown = f"[Toy](https://arxiv.org/abs/2301.01234)\n\n{post}\n"
    claims = extract_claims(markdown, find_refs(markdown), {PAPER.id: PAPER.title})
    papers = {PAPER.id: PAPER} if papers is None else papers
    return verify_claims(claims, papers, {p: INDEX for p in papers})


@pytest.mark.parametrize(
    ("post", "verdict", "page", "paper_value", "match"),
    [
        ("The base models were trained for 12 hours.", "supported", 2, 12, "exact"),
        ("The base models were trained for 100K steps.", "supported", 2, 100000, "equivalent"),
        ("The corpus has 2M entries.", "supported", 2, 2e6, "equivalent"),
        ("The vocabulary has roughly 40K tokens.", "supported", 2, 37000, "approximate"),
        ("The warmup lasts 8000 warmup steps.", "contradicted", 2, 4000, None),
        ("The base models were trained for 300K steps.", "contradicted", 2, 100000, None),
        ("It was trained on 512 TPUs for a week.", "not_found", None, None, None),
    ],
)
def test_claims_get_verdict_page_value_and_match(
    post: str, verdict: str, page: int | None, paper_value: float | None, match: str | None
) -> None:
    finding = _verify(post)[0]
    assert (finding.verdict, finding.page, finding.paper_value, finding.match) == (
        verdict, page, paper_value, match,
    )  # fmt: skip
    if verdict != "not_found":
        assert finding.paper == "2301.01234v2"
        assert finding.quote in {" ".join(p.split()) for p in (PAGE_2, PAGE_3)} or any(
            finding.quote in " ".join(p.split()) for p in (PAGE_2, PAGE_3)
        )


def test_table_row_value_is_supported_with_the_row_as_quote() -> None:
    finding = _verify("| Model | TFD |\n|---|---|\n| Adversarial nets | 2057 |")[0]
    assert finding.verdict == "supported"
    assert finding.quote == "Adversarial nets 225 ± 2 2057 ± 26"


def test_value_from_another_column_of_the_row_is_not_support() -> None:
    finding = _verify("| Model | TFD |\n|---|---|\n| Adversarial nets | 225 |")[0]
    assert finding.verdict != "supported"


def test_number_from_another_paper_is_not_found() -> None:
    other = _paper("2302.00001", "Another Paper")
    markdown = (
        "[Toy](https://arxiv.org/abs/2301.01234) and [Other](https://arxiv.org/abs/2302.00001)\n\n"
        "The Other paper trained for 12 hours ([Other](https://arxiv.org/abs/2302.00001)).\n"
    )
    claims = extract_claims(markdown, find_refs(markdown))
    empty = index_paper([Page(1, "Nothing to see.", "Nothing to see.")])
    papers = {PAPER.id: PAPER, other.id: other}
    findings = verify_claims(claims, papers, {PAPER.id: INDEX, other.id: empty})
    assert [f.verdict for f in findings] == ["not_found"]


def test_unit_mismatch_is_not_support() -> None:
    assert _verify("The corpus has 2M tokens.")[0].verdict != "supported"


def test_a_table_of_examples_says_nothing_about_tokens() -> None:
    splits = "Dataset Train Valid Test\nQQP 50K 46,000 4,000 4,000\nQQP 140K 134,206 5255 5255"
    tokens, examples = _verify_against(
        "The larger QQP test split has 5255 tokens. The larger QQP test split has 5255 examples.",
        splits,
    )
    assert (tokens.verdict, examples.verdict) == ("not_found", "supported")


def test_unresolved_reference_is_not_found_without_a_quote() -> None:
    finding = _verify("The base models were trained for 12 hours.", papers={})[0]
    assert (finding.verdict, finding.quote, finding.paper) == ("not_found", None, None)


def test_hedged_flag_stays_on_the_claim() -> None:
    finding = _verify("Maybe the base models were trained for 12 hours?")[0]
    assert finding.claim.hedged and finding.verdict == "supported"


def test_dates_are_checked_against_the_first_version_date() -> None:
    month = _paper()
    claim = _verify("The toy paper came out in 2017-06.")[0].claim
    wrong = Claim("L1-1", 1, claim.quantity.__class__(201707.0, "month", "date", "2017-07", 0, 6),
                  "Toy", "", False, (month.id,))  # fmt: skip
    ok, bad = verify_claims([claim, wrong], {month.id: month}, {month.id: INDEX})
    assert (ok.verdict, ok.paper_value) == ("supported", 201706.0)
    assert (bad.verdict, bad.paper_value) == ("contradicted", 201706.0)


def test_index_round_trips_through_json() -> None:
    data = json.loads(json.dumps(INDEX.to_json()))
    again = PaperIndex.from_json(data)
    assert list(again.passages) == INDEX.passages and list(again.entries) == INDEX.entries
    assert again.near_value(0, math.inf) == INDEX.near_value(0, math.inf)
    assert again.with_terms(INDEX.df) == INDEX.with_terms(INDEX.df)
    assert again.passages[0] is again.passages[0]  # the verifier compares passages by identity


def test_stale_index_format_is_refused() -> None:
    with pytest.raises(ValueError):
        PaperIndex.from_json({**INDEX.to_json(), "format": 0})


@pytest.mark.parametrize("rows", ["passages", "entries", "order"])
def test_index_with_a_row_missing_is_refused_when_loaded(rows: str) -> None:
    data = json.loads(json.dumps(INDEX.to_json()))
    shortened = data[rows] if rows == "order" else data[rows][0]
    shortened.pop()
    with pytest.raises(ValueError):
        PaperIndex.from_json(data)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pre-training", ["pretrain"]),
        ("Pretraining data", ["pretrain", "data"]),
        ("the vision encoder", ["vit"]),
        ("supervised fine-tuning", ["sft"]),
        ("entries", ["sample"]),
        ("image-text pairs", ["image-text", "sample", "text", "sample"]),
        ("参数量", ["param"]),
        ("前缀长度", ["prefix", "length"]),
        ("次住院记录", ["admission"]),
        ("学习率", ["learning", "rate"]),  # one Chinese word, two English terms
        ("GAME (L=0)", ["game_l0"]),  # a metric with its argument, as "GAME(L=0)"
        ("BERTScore", ["bert"]),  # RAPT's tables head it "BERT"
        ("antiferromagnets (N = 3)", ["antiferromagnet", "n"]),  # a value, no argument
        ("no perspective", ["without", "perspective"]),
        ("no, wrong row", ["wrong", "row"]),  # an answer, not a "without" row
        ("There is no RAPT row", ["rapt", "row"]),  # what a paper lacks, not a variant
        ("WMT 2014 English-German", ["wmt", "wmt14", "en_de"]),  # as the post's "WMT14"
        ("WMT14 EN-DE", ["wmt", "wmt14", "en_de"]),
        ("English→German, EN->FR", ["en_de", "en_fr"]),  # a pair with an arrow
        ("it means updating all weights", ["updating", "weight"]),  # the verb, no mean
        # a Korean particle or a Chinese word run into a name is no part of it
        ("Adversarial nets는 MNIST에서", ["adversarial", "net", "mnist"]),
        ("DBN在TFD上的对数似然", ["dbn", "tfd", "likelihood"]),
        ("inglés-francés", ["en_fr"]),  # the pairs in the European languages
        ("inglês-alemão", ["en_de"]),
        ("Engels-Duits", ["en_de"]),  # Dutch and Afrikaans
        ("AMDCN bila perspective", ["amdcn", "without", "perspective"]),  # Swahili "bila"
        ("Lani je bila pripomba", ["lani", "pripomba"]),  # not the Slovene "was"
        # a Basque case ending joined by a hyphen is no part of the name
        (
            "EN-FR-rako word-piece-ko hiztegia",
            ["en_fr", "word-piece", "word", "piece", "vocabulary"],
        ),
        ("Self-BLEU-a eta Plain-ekin", ["self-bleu", "self", "bleu", "plain"]),
        ("1.200 se usan para entrenar", ["usan", "train"]),  # and "se" says nothing
        ("Saesneg–Ffrangeg", ["en_fr"]),  # Welsh, and its words in their mutated forms
        ("heb wybodaeth persbectif", ["without", "information", "perspective"]),
        ("o ddelweddau yn y set brawf", ["sample", "y", "set", "test"]),
        ("gwyriad safonol hyd yr arhosiad", ["sd", "length", "stay"]),
        # Irish, its words in their mutated forms, its function words naming nothing
        ("cuireadh na rabhaidh ar ceal ag na haltraí", ["alert", "ar", "cancell", "nurse"]),
        ("Meánfhad fanachta san ospidéal", ["mean", "length", "stay", "hospital"]),
        ("an chuid is fearr liom den mhúnla", ["model"]),  # "I like best", no best
        ("diall caighdeánach an fhaid fanachta", ["sd", "length", "stay"]),
        ("mionbhaisceanna do rannpháirtithe an staidéir", ["minibatch", "participant", "study"]),
        ("1.4 false alarm in aghaidh gach true alarm", ["false", "alarm", "per", "true", "alarm"]),
        # Kazakh, its endings read off ("кестесінде": кесте, table) and its case endings
        # joined to a name by a hyphen naming nothing
        ("Ablation кестесінде big модельдің", ["ablation", "table", "big", "model"]),
        ("Сол split-тің test бөлігінде", ["split", "test"]),
        ("UCF50 датасетінде бар-жоғы 50 сурет", ["ucf50", "dataset", "sample"]),
        ("F1 көрсеткіші", ["f1", "metric"]),
        # labels in the plural name each: a row of Table 6 is one the claim names
        ("RAPT's Tables 4 and 6", ["rapt", "table", "table_4", "table_6"]),
        ("Studies 1, 2 and 3", ["study", "study_1", "study_2", "study_3"]),
        # Tagalog: its number words are the quantity's, "gamit" (using) names nothing
        ("walong GPUs gamit ang isandaang libong steps", ["gpu", "step"]),
        ("37 taong gulang na babae", ["year", "old", "female"]),
        ("haba ng pananatili sa ospital", ["length", "stay", "hospital"]),
        ("katumpakan ng pinakamahusay na modelo", ["accuracy", "best", "model"]),
    ],
)
def test_terms_map_ml_vocabulary_to_one_term(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


def test_a_plain_integer_rounds_only_at_its_last_digit() -> None:
    finding = _verify_against("The big models averaged the last 10 checkpoints.", SEPSIS)[0]
    assert finding.verdict != "supported"  # 10 is not "about" 8


def _verify_against(post: str, page_text: str, layout: str = "") -> list:
    """Verify a post against a one-page paper (plus filler pages for word rarity), laid out as
    ``layout`` says if given."""
    page = Page(2, " ".join(page_text.split()), page_text, layout)
    index = index_paper([Page(1, FILLER, FILLER), page])
    markdown = f"[Toy](https://arxiv.org/abs/2301.01234)\n\n{post}\n"
    claims = extract_claims(markdown, find_refs(markdown), {PAPER.id: PAPER.title})
    return verify_claims(claims, {PAPER.id: PAPER}, {PAPER.id: index})


SEPSIS = (
    "Our model detected sepsis 17 hours before the first antibiotics were given and 36 hours "
    "before the definition was met. The training set consists of 51,697 inpatient admissions. "
    "The early warning score uses seven variables. For the big models, we averaged the last "
    "8 checkpoints. A total of 24 annotators (9 male and 15 female) labelled the data. Each "
    "note averages 13 sentences. Each note has 12.5 (SD=3.1) sentences on average. "
    "In Study 2, 79% of the nurses (19) had used 3 or fewer "
    "scores, and 18 out of 20 nurses preferred the early warning."
)


@pytest.mark.parametrize(
    ("post", "verdict", "paper_value"),
    [
        # the number whose own words match the claim's wins over the claimed value next to it
        ("The model flagged sepsis 36 hours before antibiotics.", "contradicted", 17),
        # the counted noun must be what the paper counts
        ("The training set has 51,697 patients.", "not_found", None),
        ("The training set has 51,697 admissions.", "supported", 51697),
        # numbers written as words
        ("The early warning score uses 7 variables.", "supported", 7),
        # a plain integer is not "about" a neighbour: 10 male is contradicted by 9 male
        ("Among the annotators, 10 male and 15 female.", "contradicted", 9),
        # a count of something else contradicts nothing; a preposition is not a counted noun
        ("Each note averages 45 words.", "not_found", None),
        ("The score was validated with 8 checkpoints per model.", "supported", 8),
        # a bracketed aside does not cut a number off from the words after it
        ("Of the nurses, 79% had used 3 or fewer scores.", "supported", 79),
        # in "18 out of 20 nurses" both numbers count nurses; "Study 2" is a label
        ("In the end 18 out of 20 nurses preferred it.", "supported", 18),
        ("Study 2 enrolled 2 nurses.", "not_found", None),
        # a spread in brackets is an aside too
        ("Each note has 12.5 sentences on average.", "supported", 12.5),
        # a time on average is no one patient's ("17 hours before the first antibiotics")
        ("The model detects sepsis 17 hours early on average.", "not_found", None),
        ("Model sepsisni o'rtacha 17 soat oldin aniqlaydi.", "not_found", None),  # Uzbek
    ],
)
def test_a_number_is_tied_to_the_claim_by_its_own_words(
    post: str, verdict: str, paper_value: float | None
) -> None:
    finding = _verify_against(post, SEPSIS)[0]
    assert (finding.verdict, finding.paper_value) == (verdict, paper_value)


WRAPPED_TABLE = """Results on the test set are listed below for every method we compared.
Method MAE
AMDCN (without perspective infor-
mation)
16.6
AMDCN (with perspective informa-
tion)
14.9
Table 4. Mean absolute error of various methods."""


def test_wrapped_table_cells_are_rebuilt_into_rows() -> None:
    ok, wrong, chinese = _verify_against(
        "| Method | MAE |\n|---|---|\n| AMDCN (no perspective) | 16.6 |\n"
        "| AMDCN (with perspective) | 16.6 |\n| AMDCN 不带 perspective | 16.6 |",
        WRAPPED_TABLE,
    )
    assert (ok.verdict, ok.quote) == ("supported", "AMDCN (without perspective information) 16.6")
    assert (wrong.verdict, wrong.paper_value) == ("contradicted", 14.9)
    assert (chinese.verdict, chinese.quote) == (ok.verdict, ok.quote)


def test_a_cell_left_empty_in_the_paper_is_no_evidence_for_that_column() -> None:
    table = (
        "Model\nBLEU\nEN-DE EN-FR\nByteNet [18] 23.75\nGNMT [38] 24.6 39.92\nMoE [32] 26.03 40.56"
    )
    finding = _verify_against("| Model | EN-FR BLEU |\n|---|---|\n| ByteNet | 23.75 |", table)[0]
    assert finding.verdict == "not_found"


GAME_TABLE = """For the upscale split, the AMDCN is the state of the art by a large
relative margin. This is compelling because it shows that
accurate perspective-free counting can be achieved without
Method GAME
(L=0)
GAME
(L=1)
GAME
(L=2)
AMDCN 9.77 13.16 15.00
Hydra 10.99 13.75 16.69
Table 2. Mean absolute error of various methods on TRANCOS."""


def test_a_metric_argument_tells_columns_apart_under_a_header_after_prose() -> None:
    l0, l1 = _verify_against(
        "The AMDCN reaches a GAME(L=0) of 9.77. The AMDCN method reaches a GAME(L=1) of 15.00.",
        GAME_TABLE,
    )
    assert (l0.verdict, l0.quote) == ("supported", "AMDCN 9.77 13.16 15.00")
    assert (l1.verdict, l1.paper_value) == ("contradicted", 13.16)


SYMBOL_TABLE = """3.2 Multi-Head Attention
In this work we employ h = 8 parallel attention layers, or heads.
3.3 Position-wise Feed-Forward Networks
The inner layer has dimensionality dff = 2048.
Table 3: Variations on the architecture. Unlisted values are identical to those of the base
model. All metrics are on the development set.
N dmodel dff h dk dv Pdrop train PPL BLEU params steps (dev) (dev) ×106
base 6 512 2048 8 64 64 0.1 100K 4.92 25.8 65
big 6 1024 4096 16 0.3 300K 4.33 26.4 213"""


def test_a_table_column_headed_by_a_symbol_has_the_words_that_define_it() -> None:
    heads, wide, base, big = _verify_against(
        "The big model uses 32 attention heads and a 4096-wide feed-forward layer. "
        "The base model has 65M parameters and the big model has 213M parameters.",
        SYMBOL_TABLE,
    )
    assert (heads.verdict, heads.paper_value) == ("contradicted", 16)
    assert (wide.verdict, wide.quote) == ("supported", "big 6 1024 4096 16 0.3 300K 4.33 26.4 213")
    assert (base.verdict, base.paper_value) == ("supported", 65e6)  # the column is ×10^6
    assert (big.verdict, big.paper_value) == ("supported", 213e6)


@pytest.mark.parametrize(
    ("text", "which", "own"),
    [
        (
            "the vocabulary had 16K tokens, and the semi-supervised setup grew it to 32K tokens",
            0,
            ({"vocabulary"}, {"token"}),
        ),
        (
            "0.63 MAE on the upscale split and 1.74 on the original split",
            1,
            (set(), {"original", "split"}),
        ),
        ("in the end 18 out of 20 participants named it", 1, ({"end"}, {"participant", "nam"})),
        # a clause mark that ends the text starts no clause: p still names 0.5279
        ("(LitReview χ 2 2 = 1.2777, p = 0.5279;", 3, ({"p"}, set())),
        # Uzbek "esa" (whereas) after a number starts its clause: the test is the 800's
        ("800 ta rasm test uchun, 1200 tasi esa train uchun", 1, (set(), {"train"})),
    ],
)
def test_a_new_clause_names_its_own_number(text: str, which: int, own: tuple) -> None:
    from citekit.verify import _blocking, _own_words, _tokenize

    quantities, words, ats = _tokenize(text)
    numbers = _blocking(text, quantities, ats)
    assert _own_words(words, numbers, ats[which], quantities[which]) == own


HOG_TABLE = """Method GAME
(L=0)
GAME
(L=1)
AMDCN 9.77 13.16
[13] + RGB
Norm + Filters
17.68 19.97
HOG-2
from [14]
13.29 18.05
Table 2. Mean absolute error of various methods on TRANCOS."""


def test_a_row_the_claim_names_beats_a_row_it_does_not() -> None:
    claim = "On TRANCOS the HOG-2 baseline ends at a GAME(L=1) of 19.97."
    [finding] = _verify_against(claim, HOG_TABLE)
    assert (finding.verdict, finding.paper_value) == ("contradicted", 18.05)
    assert finding.quote == "HOG-2 from [14] 13.29 18.05"


def test_characters_are_no_evidence_for_tokens() -> None:
    page = "We set generation length to 100 characters and temperature to 0.5."
    finding = _verify_against("Generation was capped at 100 tokens.", page)[0]
    assert finding.verdict == "not_found"


TWO_TABLES = """Method maximal downscale upscale
AMDCN (without perspective information) 1.63 1.43 0.63
[18] (without perspective information) 2.22 1.93 1.37
Table 3. Mean absolute error of various methods on UCSD crowds.
We obtain superior results in most of these datasets.
Method MAE
AMDCN (without perspective infor-
mation)
16.6
MCNN [28] (with perspective informa-
tion)
11.6
Table 4. Mean absolute error of various methods on WorldExpo crowds."""


def test_a_table_captioned_with_another_dataset_is_no_evidence() -> None:
    from citekit.verify import _in_table

    index = index_paper([Page(1, TWO_TABLES, TWO_TABLES)])
    ucsd, worldexpo = (p for p in index.passages if p.row and "AMDCN (without" in p.quote)
    assert "ucsd" in ucsd.caption and "worldexpo" in worldexpo.caption
    assert {"ucsd", "worldexpo"} <= index.captions and "amdcn" not in index.captions
    claimed = frozenset({"ucsd"})  # "On UCSD, the AMDCN ..."
    assert _in_table(claimed, ucsd) and not _in_table(claimed, worldexpo)


ABLATION_HEADS = SYMBOL_TABLE + "\n(A)\n1 512 512 5.29 24.9\n4 128 128 5.00 25.5"
ABLATION = (
    SYMBOL_TABLE
    + """
(C)
2 6.11 23.7 36
8 4.88 25.5 80
4096 4.75 26.2 90"""
)


@pytest.mark.parametrize(
    ("row", "verdict", "value"),
    [
        ("| N = 2 layers | 23.7 | 36 |", "supported", 23.7),  # N, PPL, BLEU, params: not N..h
        ("| d_ff = 4096 | 26.2 | 80 |", "supported", 26.2),  # 80 is the params of N = 8
    ],
)
def test_an_ablation_row_lists_only_what_it_changes(row: str, verdict: str, value: float) -> None:
    post = f"| variant | BLEU (dev) | params (M) |\n|---|---:|---:|\n{row}"
    bleu, params = _verify_against(post, ABLATION)
    assert (bleu.verdict, bleu.paper_value) == (verdict, value)
    assert params.verdict != "supported" or params.paper_value == 36e6  # "(M)": millions


@pytest.mark.parametrize(
    ("post", "verdict", "value"),
    [
        ("The two-layer variant has a dev perplexity of 6.11.", "supported", 6.11),
        # 5.29 is the one-head row's: "two-layer" fixes the row as "with 2 layers" would
        ("The two-layer variant has a dev perplexity of 5.29.", "contradicted", 6.11),
    ],
)
def test_a_compound_like_two_layer_picks_the_row(post: str, verdict: str, value: float) -> None:
    stack = "The encoder is composed of a stack of N = 6 identical layers.\n"
    rows = "\n(A)\n1 512 512 5.29 24.9\n(C)\n2 6.11 23.7 36"
    finding = _verify_against(post, stack + SYMBOL_TABLE + rows)[-1]
    assert (finding.verdict, finding.paper_value) == (verdict, value)


PREFIX_ROWS = """Table 8: Comparison with other prompt methods on QQP 50K.
Method BERT Self-TER iBLEU SARI
Prefix Tuning 89.25 43.98 4.34 38.69
Prefix-layer Tuning 88.64 47.62 4.63 38.58"""


@pytest.mark.parametrize(
    ("post", "verdict", "value"),
    [
        ("| method | SARI |\n|---|---:|\n| Prefix Tuning | 38.69 |", "supported", 38.69),
        # 38.58 is the row whose label says more than the claim: Prefix-layer Tuning's
        ("| method | SARI |\n|---|---:|\n| Prefix Tuning | 38.58 |", "contradicted", 38.69),
    ],
)
def test_the_row_named_exactly_beats_a_row_that_says_more(
    post: str, verdict: str, value: float
) -> None:
    [finding] = _verify_against(post, PREFIX_ROWS)
    assert (finding.verdict, finding.paper_value) == (verdict, value)


def test_british_spellings_are_the_american_words() -> None:
    page = "Here xb is the center of the body, which is 0.875 meters down from the head on average."
    post = "The body Gaussian is centred 0.875 metres below the head."
    assert _verify_against(post, page)[0].verdict == "supported"


def test_picked_is_selected() -> None:
    page = "Of the 126 citations, 35 were selected by two strategies, 6 by three strategies."
    post = "In the lab study, thirty-five were picked by two at once."
    assert _verify_against(post, page)[0].verdict == "supported"


def test_a_count_of_other_things_contradicts_no_count_of_participants() -> None:
    page = "At the beginning of the study, participants choose one of the three topics."
    post = "Topic 2 was the most popular, picked by four participants."
    assert _verify_against(post, page)[0].verdict == "not_found"


def test_a_comparative_after_a_number_is_not_what_it_counts() -> None:
    page = "Our MAE on UCF is 290.82, which is approximately 5 lower than the previous best."
    post = "The paper puts the UCF error roughly 5 below the previous best."
    assert _verify_against(post, page)[0].verdict == "supported"


def test_a_symbol_has_the_words_a_where_clause_defines_it_with() -> None:
    page = (
        "We use a scaled mean absolute error, where γ is the scale factor of the targets. "
        "For all our datasets, we set γ = 255."
    )
    post = "Targets are density maps scaled by a factor of 255 during training."
    assert _verify_against(post, page)[0].verdict == "supported"


def test_a_greek_symbol_subscripted_by_a_word_is_about_that_word() -> None:
    page = (
        "We conclude a significant difference in their effects (βreencountered − βspecter = 1.59)."
    )
    post = "The Reencountered coefficient sits 1.59 above the Specter one."
    assert _verify_against(post, page)[0].verdict == "supported"


def test_n_times_the_thing_multiplies_and_counts_no_times() -> None:
    page = "Each object is annotated with a 2D Gaussian of covariance Σ = 8 · 12×2."
    post = "Each pedestrian becomes a Gaussian with covariance 8 times the identity."
    assert _verify_against(post, page)[0].verdict == "supported"


def test_a_heading_of_rare_words_does_not_hide_the_words_naming_the_number() -> None:
    page = (
        "Opening a paper from the search results indicates moderate interest (1 point); saving a "
        "paper to the library indicates a higher interest (2 points)."
    )
    post = (
        "## Quixotic zephyrs remember everything you read\n\n"
        "In the highlighting heuristic, saving a paper to your library counts as 3 points."
    )
    [finding] = _verify_against(post, page)
    assert (finding.verdict, finding.paper_value) == ("contradicted", 2)


UCSD_TABLE = """Method maximal downscale upscale minimal original
[27] 1.70 1.26 1.59 1.52 1.60
[28] - - - - 1.07
[7] - - - - 2.25
Table 3: Mean absolute error of various methods on UCSD."""


@pytest.mark.parametrize(
    ("post", "verdict", "paper_value"),
    [
        ("On UCSD, reference [27] reaches 1.60 on the original split.", "supported", 1.6),
        ("On UCSD, reference [27] reaches 1.52 on the original split.", "contradicted", 1.6),
    ],
)
def test_a_claim_naming_a_reference_number_picks_the_row_labelled_with_it(
    post: str, verdict: str, paper_value: float
) -> None:
    [finding] = _verify_against(post, UCSD_TABLE)
    assert (finding.verdict, finding.paper_value) == (verdict, paper_value)


def test_a_bracketed_mean_after_an_age_range_is_the_mean_age() -> None:
    page = (
        "Participants’ age ranged from 19 to 67 (𝜇 = 35.04). One of them imagined a 20 "
        "year-old male smoker."
    )
    post = "Participants were aged 19 to 67 with a mean of about 35 years."
    finding = _verify_against(post, page)[-1]
    assert (finding.verdict, finding.paper_value) == ("supported", 35.04)


def test_a_chinese_bound_is_checked_against_the_english_bound() -> None:
    page = "The number of people also varies between images from less than 100 to the thousands."
    post = "数据集里每张图的人数从不到 100 人到几千人不等。"
    assert _verify_against(post, page)[0].verdict == "supported"


def test_the_top_n_of_a_ranking_is_a_cutoff_not_a_count() -> None:
    page = (
        "To control the length of the lab study, we selected the top five citations covered by "
        "each strategy. This resulted in a total of 126 citations over the 9 papers tested."
    )
    post = "The lab study covered 126 citations over 9 papers."
    assert _verify_against(post, page)[0].verdict == "supported"


def test_a_ppl_column_holds_the_perplexity() -> None:
    post = "| row | metric | value |\n|---|---|---:|\n| (A) 16 heads | dev perplexity | 4.91 |"
    [finding] = _verify_against(post, ABLATION_HEADS + "\n16 32 32 4.91 25.8")
    assert (finding.verdict, finding.quote) == ("supported", "16 32 32 4.91 25.8")


def test_the_row_a_claimed_setting_picks_contradicts_another_value() -> None:
    post = "| variant | BLEU (dev) | params (M) |\n|---|---:|---:|\n| d_ff = 4096 | 26.2 | 80 |"
    bleu, params = _verify_against(post, ABLATION)
    assert (params.verdict, params.paper_value) == ("contradicted", 90e6)


def test_places_follow_the_magnitudes_of_the_widest_row() -> None:
    from citekit.verify import _places

    base = [6, 512, 2048, 8, 64, 64, 0.1, 0.1, 1e5, 4.92, 25.8, 65]
    assert _places([2, 6.11, 23.7, 36], base) == [0, 9, 10, 11]
    assert _places([23.75], [24.6, 39.92]) == [0]  # a cell left empty at the end
    assert _places([1.07], [1.63, 1.43, 1.74], "[28] - - 1.07") == [2]  # marked empty


CITED_ROWS = """We report the MAE of each method on every split.
Method maximal original
AMDCN 1.63 1.74
[2] 1.24 -
[28] - 1.07
Table 3. Mean absolute error of various methods on UCSD crowds.
References
[2] C. Arteta, V. Lempitsky, J. A. Noble, and A. Zisserman. Interactive object counting.
[28] Y. Zhang, D. Zhou, S. Chen, S. Gao, and Y. Ma. Single-image crowd counting."""


@pytest.mark.parametrize(
    "claim",
    [
        "On the maximal split, the counting method of Arteta et al. holds the best MAE, 1.24.",
        "On the original split, the multicolumn CNN of Zhang et al. holds the best MAE at 1.07.",
    ],
)
def test_a_row_labelled_by_a_reference_number_is_about_its_first_author(claim: str) -> None:
    [finding] = _verify_against(claim, CITED_ROWS)
    assert finding.verdict == "supported"


def test_a_hedged_table_cell_is_read_under_its_own_column() -> None:
    from citekit.verify import _table_cell

    post = "| 数据集 | 训练集 | 验证集 |\n|---|---|---|\n| ParaSCI ACL | 约2.9万 | 2,345 |\n"
    hedged = extract_claims(post, find_refs(post))[0]
    assert hedged.quantity.text == "2.9万"
    assert _table_cell(hedged) == "ParaSCI ACL 训练集 " + hedged.subject


GROUPED = """We evaluate every method on QQP 50K, QQP 140K and MSRPC.
BERT Self- TER iBLEU BERT Self- TER iBLEU
Method Dataset: QQP 50K Dataset: MSRPC
GPT2 Baselines
LoRA 92.98 33.47 4.88 96.80 11.31 5.58
NC-RAPT (High) 87.13 56.45 10.92 92.37 23.9 8.18
Table 6: Comparison of different approaches to adapt GPT2 large on different datasets.
Method Self-BLEU BLEU iBLEU
NC-RAPT (High) 19.55 29.88 15.05
Table 7: Comparison with prior work on QQP 140K."""


GROUPED_SARI = """We evaluate every method on QQP 140K and QQP 50K.
BERT iBLEU SARI BERT iBLEU SARI
Method Dataset: QQP 140K Dataset: QQP 50K
LoRA 92.92 4.37 37.89 92.03 3.98 38.87
Table 4: Comparison of different approaches on different datasets."""


@pytest.mark.parametrize(
    ("claim", "verdict", "value"),
    [
        ("NC-RAPT (High) reaches an iBLEU of 8.18 on MSRPC.", "supported", 8.18),
        ("On QQP 50K, NC-RAPT (High) reaches an iBLEU of 10.92.", "supported", 10.92),
        ("On MSRPC, LoRA reaches an iBLEU of 4.88.", "contradicted", 5.58),
    ],
)
def test_columns_grouped_by_dataset_are_told_apart(claim: str, verdict: str, value: float) -> None:
    [finding] = _verify_against(claim, GROUPED)
    assert (finding.verdict, finding.paper_value) == (verdict, value)


@pytest.mark.parametrize(
    ("post", "verdict", "value"),
    [
        ("Each participant was compensated $40 for their time.", "contradicted", 35),
        ("每名参与者获得 35 美元报酬。", "supported", 35),
        ("Each participant was compensated 40 dollars for their time.", "contradicted", 35),
        ("By my arithmetic the participant payments came to $360 in total.", "not_found", None),
        ("Thirty-five citations were selected by two strategies.", "supported", 35),
        ("Participants answered about 3.7 comprehension questions correctly.", "supported", 3.73),
    ],
)
def test_money_totals_asides_and_totals_out_of(post: str, verdict: str, value: float) -> None:
    page = (
        "Each participant was compensated $35 USD for their time. All participants were paid "
        "US$15 for the hour-long study. Of the 126 citations, 35 were "
        "selected by two strategies. Participants on average answered 3.73 (σ = 1.51) out of 7 "
        "comprehension questions correct."
    )
    finding = _verify_against(post, page)[0]
    assert (finding.verdict, finding.paper_value) == (verdict, value)


def test_a_number_written_as_words_is_no_word_of_the_claim() -> None:
    from citekit.verify import _text_unit_terms

    assert _text_unit_terms("thirty-five") == ()
    assert _text_unit_terms("six days") == ("day",)


@pytest.mark.parametrize(
    ("post", "verdict", "value"),
    [
        ("On TFD the adversarial nets have a standard error of 26.", "supported", 26),
        ("On MNIST the DBN estimate has a standard error of 3.", "contradicted", 2),
        ("The DBN estimate is 138.", "supported", 138),
    ],
)
def test_the_spread_after_a_value_is_its_standard_error(
    post: str, verdict: str, value: float
) -> None:
    [finding] = _verify(post)
    assert (finding.verdict, finding.paper_value) == (verdict, value)


def test_an_adjective_is_not_what_a_number_counts() -> None:
    page = "This is well above a random chance baseline of 1.75 (each question had 4 answers)."
    [finding] = _verify_against("The random-chance baseline was 1.75 correct answers.", page)
    assert finding.verdict == "supported"


def test_the_place_a_claim_gives_picks_its_value_from_a_respectively_list() -> None:
    page = "We collected 417 responses (180, 108, 129 responses for each topic, respectively)."
    second, third = _verify_against(
        "The second topic drew 129 responses. The third topic drew 129 responses.", page
    )
    assert (second.verdict, second.paper_value) == ("contradicted", 108)
    assert (third.verdict, third.paper_value) == ("supported", 129)


def test_a_count_in_the_claim_picks_the_ablation_row() -> None:
    finding = _verify_against("With 4 heads, dev BLEU is 25.8.", ABLATION_HEADS)[-1]
    assert (finding.verdict, finding.paper_value) != ("supported", 25.8)


def test_the_sentence_introducing_a_post_table_names_its_dataset() -> None:
    post = (
        "Three rows of its main table, for QQP 140K:\n\n"
        "| method | SARI |\n|---|---:|\n| LoRA | 38.87 |"
    )
    claim = extract_claims(post, find_refs(post))[-1]
    assert claim.lead == "Three rows of its main table, for QQP 140K:"
    finding = _verify_against(post, GROUPED_SARI)[-1]
    assert (finding.verdict, finding.paper_value) == ("contradicted", 37.89)


def test_a_symbol_given_two_values_in_one_sentence_supports_neither_unnamed() -> None:
    page = (
        "Readers rated confidence and understanding higher than with the PDF reader baseline "
        "( ̃x = 2.50, σ = 1.00 and ̃x = 2.00, σ = 1.00)."
    )
    [finding] = _verify_against("The PDF baseline's median understanding rating was 2.50.", page)
    assert finding.verdict != "supported"


def test_an_age_the_paper_leaves_without_unit_is_in_years() -> None:
    page = "Participants (mean age: 28.3; SD: 4.1; 8 male and 2 female) read two papers."
    [finding] = _verify_against("Participants had a mean age of 28.3 years.", page)
    assert (finding.verdict, finding.paper_value) == ("supported", 28.3)


def test_an_average_does_not_contradict_a_claim_that_is_no_average() -> None:
    page = "During the deployment, participants saved on average 25.8 papers to their library."
    total, mean = _verify_against(
        "Participants saved 155 papers to their library. On average, participants saved 24 "
        "papers to their library.",
        page,
    )
    assert (total.verdict, mean.verdict, mean.paper_value) == (
        "not_found",
        "contradicted",
        25.8,
    )


def test_a_bound_is_checked_against_the_bound_on_the_claimed_thing() -> None:
    page = (
        "The criteria was: at least two persistently abnormal vital signs, a blood culture "
        "drawn for suspected infection, and at least one abnormal lab indicating organ failure."
    )
    vitals, labs = _verify_against(
        "A case needs at least two abnormal vital signs. It also needs at least two abnormal "
        "labs showing organ failure.",
        page,
    )
    assert (vitals.verdict, labs.verdict, labs.paper_value) == ("supported", "contradicted", 1)


def test_a_claim_about_a_numbered_topic_is_checked_where_the_paper_names_it() -> None:
    page = "Four of the participants chose Topic 1, three chose Topic 2, and three chose Topic 3."
    [finding] = _verify_against("Topic 2 was the most popular, picked by four participants.", page)
    assert finding.verdict != "supported"


def test_men_and_women_are_counted_as_male_and_female() -> None:
    page = "Six participants were recruited (five male and one female)."
    [finding] = _verify_against("The group was five men and a single woman.", page)
    assert (finding.verdict, finding.paper_value) == ("supported", 5)


def test_a_long_quote_is_cut_around_the_number() -> None:
    sentence = " ".join(["words"] * 80) + " we trained for 300,000 steps " + "end " * 80
    finding = _verify_against("It was trained for 300K steps.", sentence.strip() + ".")[0]
    assert finding.verdict == "supported"
    assert len(finding.quote) <= 302 and "300,000 steps" in finding.quote
    assert finding.quote.startswith("…") and finding.quote.endswith("…")


def test_a_number_the_post_writes_as_a_label_contradicts_nothing() -> None:
    page = (
        "Table 4: Results on Section 23 of WSJ.\nParser Training WSJ 23 F1\n"
        "Our parser, trained on WSJ only, reaches 91.3 on the test section."
    )
    finding = _verify_against("It reaches 91.3 F1 on Section 23 of WSJ.", page)[0]
    assert (finding.verdict, finding.paper_value) == ("supported", 91.3)


def test_a_label_ending_the_claims_sentence_contradicts_nothing() -> None:
    page = (
        "Table 4: The Transformer generalizes well to English constituency parsing (Results are "
        "on Section 23 of WSJ)\nParser Training WSJ 23 F1\n"
        "Vinyals & Kaiser el al. (2014) [37] WSJ only, discriminative 88.3\n"
        "Petrov et al. (2006) [29] WSJ only, discriminative 90.4"
    )
    post = "Petrov et al.'s parser, trained on WSJ only, reaches 90.4 F1 on Section 23."
    finding = _verify_against(post, page)[0]
    assert (finding.verdict, finding.paper_value) == ("supported", 90.4)


def test_a_difference_between_two_values_contradicts_neither() -> None:
    page = (
        "Participants with the index averaged 5.19 seconds (σ = 7.72) in each paper position "
        "before moving, which was 1.85 seconds longer than what participants spent without the "
        "index (average 3.34 seconds, σ = 10.99)."
    )
    post = (
        "With the index they dwelt 5.19 seconds per paper position, against 3.34 seconds without."
    )
    findings = _verify_against(post, page)
    assert [(f.verdict, f.paper_value) for f in findings] == [
        ("supported", 5.19), ("supported", 3.34),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("post", "page", "verdict", "paper_value"),
    [
        # the sides of a size are no counts, and do not cut the number off from its noun
        (
            "The authors sample 16,000 patches for training.",
            "We take 16000 150 × 150 randomly sampled patches for training. For testing, we "
            "densely scan the image, producing 150 × 150 patches.",
            "supported",
            16000,
        ),
        # a bound ("more than just 3 or 4") states no value to contradict
        (
            "The network in the paper has 5 columns, with 64 feature maps per convolution.",
            "The network as shown in Figure 1 contains 5 columns. Using dilations with the "
            "multicolumn idea will allow for a network with more than just 3 or 4 columns.",
            "supported",
            5,
        ),
    ],
)
def test_sizes_and_bounds_are_read_for_what_they_say(
    post: str, page: str, verdict: str, paper_value: float
) -> None:
    finding = _verify_against(post, page)[0]
    assert (finding.verdict, finding.paper_value) == (verdict, paper_value)


def test_a_numbered_section_heading_describes_the_numbers_under_it() -> None:
    pages = [
        Page(1, FILLER, FILLER),
        Page(2, "", "3.2.1 UCF Crowd Counting\nWe take 1600 random 79 × 119 patches for training."),
        Page(3, "", "3.2.2 TRANCOS Traffic Counting\nWe take 1600 random patches of size 80 × 80."),
    ]
    index = index_paper(pages)
    post = "On UCF, training uses 1,600 random patches."
    markdown = f"[Toy](https://arxiv.org/abs/2301.01234)\n\n{post}\n"
    claims = extract_claims(markdown, find_refs(markdown), {PAPER.id: PAPER.title})
    [finding] = verify_claims(claims, {PAPER.id: PAPER}, {PAPER.id: index})
    assert (finding.verdict, finding.page) == ("supported", 2)


def test_a_heading_in_capitals_with_numbers_is_no_table_row() -> None:
    raw = (
        "6 STUDY 2: FIELD DEPLOYMENT\n"
        "All six participants completed the study and were each paid $35 USD."
    )
    index = index_paper([Page(1, FILLER, FILLER), Page(2, " ".join(raw.split()), raw)])
    heading, passage = [p for p in index.passages if p.page == 2]
    assert not heading.row and not passage.row
    assert passage.quote.startswith("All six") and {"study_2", "deployment"} <= set(passage.section)


@pytest.mark.parametrize(
    ("post", "verdict"),
    [
        ("Readers opened the definitions 5 times.", "not_found"),
        ("Readers opened the definitions more than 5 times.", "supported"),
        ("MegatronLM 有超过110亿参数需要微调。", "supported"),
        # a bound written as a sign, after the number, or in Spanish
        ("MegatronLM has >11B params to fine-tune.", "supported"),
        ("MegatronLM has **> 11B params** to fine-tune.", "supported"),
        ("MegatronLM のパラメータは110億以上です。", "supported"),
        ("MegatronLM tiene más de 11.000 millones de parámetros (0,5 % y 0,2 %).", "supported"),
        ("O MegatronLM tem mais de 11 bilhões de parâmetros.", "supported"),
        ("MegatronLM은 110억 개가 넘는 파라미터를 fine-tuning해야 한다.", "supported"),
        ("MegatronLM ke 1100 crore se zyada parameters hain.", "supported"),  # Hinglish
        # Kazakh, its bounds after the "from" ending of the number or its next word, or before
        ("MegatronLM-де 11 миллиардтан астам параметр бар.", "supported"),
        ("MegatronLM-де кем дегенде 11 миллиард параметр бар.", "supported"),
        ("Readers definitions-ды 5 реттен астам ашқан.", "supported"),
        ("Оқырмандар анықтамаларды 5 реттен астам ашты.", "supported"),  # readers, definitions
        ("Readers definitions-ды 5-тен көп рет ашқан.", "supported"),
        ("Readers definitions-ды 5-тен аз рет ашқан.", "not_found"),
        ("Peptides әдетте 40-тан аз amino acid.", "supported"),
        ("The interaction's p-value never dropped below p = 0.67.", "supported"),
        ("The interaction's p-value was 0.67.", "not_found"),
        ("Peptides are usually 40 amino acids or more.", "not_found"),
        # a bound from the other side is no support: "fewer than 5" is not "more than 5"
        ("Readers opened the definitions fewer than 5 times.", "not_found"),
        ("Peptides are usually shorter than 40 amino acids.", "supported"),
        ("Peptides are usually longer than 40 amino acids.", "not_found"),
        ("The likelihood ratio test on understanding gave p = 0.0008.", "not_found"),
        # Tagalog: "kulang sa 40" is fewer than 40, "mahigit 5" more than 5
        ("Ang peptides ay kadalasang kulang sa 40 amino acids.", "supported"),
        ("Binuksan ng readers ang definitions nang kulang sa 5 beses.", "not_found"),
        ("Binuksan ng readers ang definitions nang mahigit 5 beses.", "supported"),
    ],
)
def test_a_bound_supports_only_a_bound(post: str, verdict: str) -> None:
    page = (
        "All but one reader opened the definitions more than 5 times during the session. "
        "MegatronLM has more than 11 billion parameters to fine-tune. "
        "Therapeutic peptides are amino acid chains (usually less than 40 amino acids). "
        "Likelihood ratio tests yielded similar p-values for understanding (p < .001). "
        "The F-test for the interaction term was not significant (p > 0.67)."
    )
    assert _verify_against(post, page)[0].verdict == verdict


@pytest.mark.parametrize(
    ("post", "verdict"),
    [
        ("Readers with Sections and Terms opened 5 Term Definitions.", "supported"),
        ("Readers with the full interface opened 5 Term Definitions.", "not_found"),
    ],
)
def test_this_variant_is_the_group_the_sentence_before_names(post: str, verdict: str) -> None:
    page = (
        "Eleven readers had the Section Gists and Term Definitions (Sections and Terms). "
        "On average, readers with this variant clicked on 18 Section Gists and 5 Term Definitions."
    )
    assert _verify_against(post, page)[0].verdict == verdict


def test_a_four_digit_value_past_any_publication_year_is_a_value() -> None:
    page = "The inner layer has dimensionality dff = 2048, cited as Smith (2017)."
    finding = _verify_against("The feed-forward inner layer is 2048-dimensional.", page)[0]
    assert (finding.verdict, finding.paper_value) == ("supported", 2048)


@pytest.mark.parametrize(
    ("post", "verdict"),
    [
        ("Each head works in 64 dimensions.", "supported"),
        ("The model uses 8 attention heads.", "supported"),
        ("The lower critical dimension is 1.", "not_found"),  # d takes several values
    ],
)
def test_a_symbols_value_has_the_words_the_paper_defines_it_with(post: str, verdict: str) -> None:
    page = (
        "Queries and keys have dimension dk. We employ h = 8 parallel attention layers, or heads. "
        "For each of these we use dk = dmodel/h = 64. The upper critical dimension d = 3 falls "
        "to d = 2 and the lower goes from d = 1 to d = 0."
    )
    assert _verify_against(post, page)[0].verdict == verdict


@pytest.mark.parametrize(
    ("post", "verdict"),
    [
        ("The model also reaches 28.4 BLEU on WMT14.", "not_found"),
        ("The model reaches 30.1 BLEU on ParaNMT.", "contradicted"),
    ],
)
def test_a_number_about_a_dataset_the_paper_never_names_is_not_found(
    post: str, verdict: str
) -> None:
    page = "On ParaNMT our model reaches 31.78 BLEU, and 28.4 BLEU after filtering."
    assert _verify_against(post, page)[0].verdict == verdict


@given(st.lists(st.integers(0, 12), max_size=5).map(sorted), st.integers(0, 12))
def test_own_words_stop_at_the_nearest_other_numbers(numbers: list[int], at: int) -> None:
    from citekit.models import Quantity
    from citekit.verify import _own_words

    words = [f"w{i}" for i in range(12)]
    quantity = Quantity(3.0, "hours", "duration", "3 hours", 0, 1)  # one unit term: "hour"
    after = at + 1
    before = max([n for n in numbers if n < at], default=0)
    before = at if numbers.count(at) > 1 else before  # a clause starts at the number
    following = min([n for n in numbers if n > at], default=len(words))
    expected = (set(words[max(before, at - 3) : at]), set(words[at : min(following, after + 3)]))
    assert _own_words(words, numbers, at, quantity) == expected


def test_a_lowercase_numbered_study_is_a_label_not_a_count() -> None:
    page = (
        "Finally, 4 out of the 6 participants continued to be actively engaged with the tool for "
        "two months. Participants in study 2 agreed that our weighting heuristics led to shades "
        "that reflected their interests."
    )
    post = "After the study, 4 participants kept using the tool on their own."
    [finding] = _verify_against(post, page)
    assert (finding.verdict, finding.paper_value) == ("supported", 4)


@pytest.mark.parametrize(
    ("page", "verdict"),
    [
        ("Figure 8: Study 1: Coefficients of four citation selection strategies.", "not_found"),
        ("This paper begins with a formative study of 4 non-expert readers.", "supported"),
    ],
)
def test_a_bare_number_counts_the_plural_noun_after_it(page: str, verdict: str) -> None:
    [finding] = _verify_against("After the study, 4 participants kept using the tool.", page)
    assert finding.verdict == verdict


@pytest.mark.parametrize(
    ("post", "paper_value"),
    [
        ("With every feature on, readers opened an Answer Gist 14 times on average.", 14),
        ("With every feature on, readers clicked a Key Question 13 times on average.", 13),
    ],
)
def test_a_for_name_pairs_each_number_with_its_thing(post: str, paper_value: float) -> None:
    page = (
        "11 out of 12 participants clicked on a Key Question and opened an Answer Gist, doing so "
        "on average 13 times for Key Questions and 14 for Answer Gists."
    )
    [finding] = _verify_against(post, page)
    assert (finding.verdict, finding.paper_value) == ("supported", paper_value)


USAGE_TABLE = """Action P1 P2 P3 P4 P5 P6 AVG SD
Paper Opens 77 48 17 33 33 28 39.3 21.0
Paper Saves 33 14 29 14 45 20 25.8 12.2
- FamiliarCite 6% 14% 10% 7% 24% 10% 12% 7%
- RencontrdCite 9% 21% 34% 36% 44% 50% 33% 15%
- Search/External 82% 50% 51% 29% 11% 35% 43% 24%
Table 2: Usage statistics from the field study.
Most of them came from examining inline citations (57%, n=6)."""


@pytest.mark.parametrize(
    ("post", "verdict", "paper_value"),
    [
        (
            "On average, 43% of the papers saved came from search or external sources.",
            "supported",
            43,
        ),
        (
            "On average, 57% of the papers saved came from examining inline citations.",
            "supported",
            57,
        ),
        (
            "On average, 33% of the papers saved came from search or external sources.",
            "contradicted",
            43,
        ),
    ],
)
def test_an_avg_column_is_the_average_of_the_breakdown_row_the_claim_names(
    post: str, verdict: str, paper_value: float
) -> None:
    [finding] = _verify_against(post, USAGE_TABLE)
    assert (finding.verdict, finding.paper_value) == (verdict, paper_value)


@pytest.mark.parametrize(
    ("post", "verdict", "paper_value"),
    [
        # the breakdown row "- Search/External" is one part of the row above it, Paper Saves
        ("P1 saved 82% of their papers through search or external links.", "supported", 82),
        # "RencontrdCite" shortens "reencountered citations"
        ("P6 saved 50% of their papers from reencountered citations.", "supported", 50),
        ("P1 saved 50% of their papers through search or external links.", "contradicted", 82),
    ],
)
def test_a_breakdown_row_has_its_parent_rows_label_and_a_shortened_label_is_named(
    post: str, verdict: str, paper_value: float
) -> None:
    [finding] = _verify_against(post, USAGE_TABLE)
    assert (finding.verdict, finding.paper_value) == (verdict, paper_value)


# pypdf's text of a page whose table compares interfaces pairwise, in two blocks of columns
POST_HOC = """24
PP−QA p PP−SD p PP−PDF p
Reading Difficulty (1–5) -0.344 0.7481 -1.485 0.0011 -1.983 <.0001
Understand (1–5) -0.104 0.9842 0.719 0.0866 1.177 0.0020
Relevance (1–5) -0.193 0.9133 0.752 0.0772 1.167 0.0030
QA−SD p QA−PDF p SD−PDF p
Reading Difficulty (1–5) -1.141 0.0132 -1.639 0.0003 -0.498 0.4786
Understand (1–5) 0.823 0.0401 1.281 0.0008 0.457 0.4106
Relevance (1–5) 0.946 0.0183 1.361 0.0006 0.415 0.5093
Table 2. Post-hoc tests for pairwise differences in estimates between interfaces: PP = Paper
Plain, QA = Key Question Index and Answer Gists, SD = Section Gists, PDF = PDF baseline."""


@pytest.mark.parametrize(
    ("post", "verdict", "paper_value"),
    [
        # the page number is no row; "(1–5)" is the label's scale; the columns fit the header
        ("Full Paper Plain vs. the PDF reader: understanding up by 1.177 points.", "supported",
         1.177),
        # a header line amid the table heads the rows after it
        ("The Questions-and-Answers variant rated reading difficulty 1.64 points lower than "
         "the PDF baseline.", "supported", 1.639),
        # QA (Questions-and-Answers) against PDF is not the PP−PDF column
        ("Questions-and-Answers variant vs. the PDF reader: relevance up by 1.167 points.",
         "contradicted", 1.361),
    ],
)  # fmt: skip
def test_a_table_of_pairwise_comparisons_is_read_by_its_column_names(
    post: str, verdict: str, paper_value: float
) -> None:
    finding = _verify_against(post, POST_HOC)[0]
    assert (finding.verdict, finding.paper_value) == (verdict, paper_value), finding.quote


PARSERS = """Table 4: Parsers compared on the held-out section (Results are on Section 23
of WSJ)
Parser Training WSJ 23 F1
Petrov et al. (2006) [29] WSJ only, discriminative 90.4
Dyer et al. (2016) [8] WSJ only, discriminative 91.7
Transformer (4 layers) WSJ only, discriminative 91.3
Luong et al. (2015) [23] multi-task 93.0
Dyer et al. (2016) [8] generative 93.3
The parsers differ in how they were trained."""


@pytest.mark.parametrize(
    ("claim", "verdict", "value"),
    [
        ("Dyer et al.'s generative parser reaches 93.3 F1.", "supported", 93.3),
        ("Trained on WSJ only, the Transformer reaches 91.3 F1.", "supported", 91.3),
        ("Dyer et al.'s generative parser reaches 92.0 F1.", "contradicted", 93.3),
    ],
)
def test_a_table_of_long_labels_and_one_number_each_is_read_as_rows(
    claim: str, verdict: str, value: float
) -> None:
    finding = _verify_against(claim, PARSERS)[0]
    assert (finding.verdict, finding.paper_value) == (verdict, value)
    assert finding.quote.endswith(str(value))


GPUS = (
    "We estimate the training cost from the GPU time. We used values of 2.8, 3.7, 6.0 and 9.5 "
    "TFLOPS for K80, K40, M40 and P100, respectively."
)


@pytest.mark.parametrize(
    ("claim", "verdict", "value"),
    [
        ("The cost estimate assumes 3.7 TFLOPS for a K40.", "supported", 3.7),
        ("The cost estimate assumes 6.0 TFLOPS for a K40.", "contradicted", 3.7),
        ("The cost estimate assumes 9.5 TFLOPS for a P100.", "supported", 9.5),
    ],
)
def test_a_respectively_list_pairs_each_number_with_its_item(
    claim: str, verdict: str, value: float
) -> None:
    finding = _verify_against(claim, GPUS)[0]
    assert (finding.verdict, finding.paper_value) == (verdict, value)


TABLE_COST = """Model BLEU Training Cost (FLOPs)
ByteNet 23.75 2.1 4.5
ConvS2S 25.16 9.6 1.5
MoE 26.03 2.0 1.2
Table 2: The Transformer costs less to train."""


def test_a_name_only_a_table_header_uses_is_still_the_papers() -> None:
    finding = _verify_against("For ConvS2S, the FLOPs table lists 25.16 BLEU.", TABLE_COST)[0]
    assert finding.verdict == "supported"


TRAFFIC = """We compare with the HydraCNN [18], which saturates at three columns.
Method GAME (L=0) GAME (L=1) GAME (L=2) GAME (L=3)
AMDCN 9.77 13.16 15.00 15.87
[18] 10.99 13.75 16.69 19.32
[15] 13.76 16.72 20.72 24.36
Table 2. Mean absolute error on TRANCOS.
[15] V. Lempitsky and A. Zisserman. Learning to count objects in images.
[18] D. Onoro-Rubio and R. J. Lopez-Sastre. Towards perspective-free object counting."""


def test_a_row_labelled_by_a_reference_number_has_the_name_the_text_gives_it() -> None:
    finding = _verify_against("On TRANCOS, HydraCNN's GAME(L=2) is 19.32.", TRAFFIC)[0]
    assert (finding.verdict, finding.paper_value) == ("contradicted", 16.69)


def test_a_setting_closing_the_sentence_names_its_column() -> None:
    post = "TRANCOS (Table 2, GAME metric): AMDCN scores 15.00 at L=3."
    finding = _verify_against(post, TRAFFIC)[0]
    assert (finding.verdict, finding.paper_value) == ("contradicted", 15.87)


def test_a_number_word_rounds_only_at_its_last_digit_like_digits() -> None:
    page = "Sarah completes her reading of these sections in 15 minutes."
    finding = _verify_against("Sarah completes her reading in twenty minutes.", page)[0]
    assert (finding.verdict, finding.paper_value) == ("contradicted", 15)


@pytest.mark.parametrize(
    ("post", "verdict", "paper_value"),
    [
        # "of those readers" names what Eleven counts; 3 counts courses, and "participants"
        # right after 11 is 11's own noun, not 3's
        ("Eleven of those readers had little STEM coursework after high school.", "supported", 11),
        (
            "Twelve of those readers had little STEM coursework after high school.",
            "not_found",
            None,
        ),
    ],
)
def test_a_count_of_those_nouns_is_not_contradicted_by_a_number_counting_another_noun(
    post: str, verdict: str, paper_value: float | None
) -> None:
    page = (
        "Participants were recruited online. 11 participants had taken 3 or fewer STEM courses "
        "since high school."
    )
    [finding] = _verify_against(post, page)
    assert (finding.verdict, finding.paper_value) == (verdict, paper_value)


def test_a_count_of_those_nouns_that_were_something_else_counts_that_too() -> None:
    page = "11 participants had taken 3 or fewer STEM courses since high school."
    post = "Eleven of those students were participants with little STEM coursework."
    [finding] = _verify_against(post, page)
    assert (finding.verdict, finding.paper_value) == ("supported", 11)


def test_a_row_of_another_table_does_not_outweigh_the_claimed_cell() -> None:
    ucsd = "Method maximal original\nOurs 1.60 1.74\nBaseline 1.70 2.07\nTable 1: Errors on UCSD."
    # on another page, a table the claim's row and column words match better, about UCF
    ucf = "Method MAE\nOurs 290.82\nBaseline net 333.73\nTable 2: Errors on UCF."
    pages = [Page(1, FILLER, FILLER), Page(2, ucf, ucf), Page(3, ucsd, ucsd)]
    markdown = (
        "[Toy](https://arxiv.org/abs/2301.01234)\n\n"
        "| Method | Split | MAE |\n|---|---|---:|\n| Baseline net | original | 2.07 |\n"
    )
    claims = extract_claims(markdown, find_refs(markdown), {PAPER.id: PAPER.title})
    [finding] = verify_claims(claims, {PAPER.id: PAPER}, {PAPER.id: index_paper(pages)})
    assert (finding.verdict, finding.paper_value) == ("supported", 2.07)


@pytest.mark.parametrize(
    "post",
    [
        "By my own subtraction, RAPT's iBLEU on QQP is higher than SEPARATOR's by 8.49.",
        "By my own subtraction, RAPT's iBLEU on QQP is 8.49 points higher than SEPARATOR's.",
        "按我自己的减法，RAPT 在 QQP 上的 iBLEU 比 SEPARATOR 高 8.49。",
    ],
)
def test_a_difference_the_post_computed_is_not_contradicted_by_either_value(post: str) -> None:
    page = "Method BLEU iBLEU\nSEPARATOR 14.70 5.84\nRAPT 34.09 14.33\nTable 3: Results on QQP."
    [finding] = _verify_against(post, page)
    assert finding.verdict == "not_found"


def test_a_difference_is_contradicted_by_the_papers_own_difference() -> None:
    page = "On QQP, RAPT improves the iBLEU of SEPARATOR by 7.21 points."
    post = "按我自己的减法，RAPT 在 QQP 上的 iBLEU 比 SEPARATOR 高 8.49。"
    [finding] = _verify_against(post, page)
    assert (finding.verdict, finding.paper_value) == ("contradicted", 7.21)


def test_a_bare_number_of_a_parallel_list_counts_the_first_items_noun() -> None:
    page = (
        "Each participant chose one of three topics. Four of the participants chose Topic 1, "
        "three chose Topic 2, and three chose Topic 3."
    )
    post = "Topic 2 was the most popular, chosen by four participants."
    [finding] = _verify_against(post, page)
    assert (finding.verdict, finding.paper_value) == ("contradicted", 3)


def test_a_row_label_starting_no_names_the_variant_without_it() -> None:
    table = (
        "Action P1 P2 P3 P4 P5 P6 AVG SD\n"
        "Paper Opens 77 48 17 33 33 28 39.3 21.0\n"
        "- NoAgmntation 45% 46% 34% 60% 49% 27% 43% 12%\n"
        "Paper Saves 33 14 29 14 45 20 25.8 12.2\n"
        "- RencontrdCite 9% 21% 34% 36% 44% 50% 33% 15%\n"
        "- NoAgmntation 3% 14% 3% 29% 20% 5% 12% 10%\n"
        "Table 2: Usage statistics from the field study."
    )
    post = "P4 saved 36% of their papers from citations with no augmentation."
    [finding] = _verify_against(post, table)
    assert (finding.verdict, finding.paper_value) == ("contradicted", 29)


PARAMETER_TABLE = """Number of Parameters
Model GPT2 Medium GPT2 Large
Fine Tuning 354,823,168 774,030,080
Adapter Tuning 25,303,040 47,437,312
LoRA Tuning 786,432 1,474,560
Prompt Tuning 270,336 337,920
Table 2: Comparison on the number of trainable parameters for different adaptation methods."""


@pytest.mark.parametrize(
    ("post", "verdict", "paper_value"),
    [
        # the column "GPT2 Large" is found by the claim's words gpt2 and large
        ("Prompt Tuning on GPT2 Large trains only 270,336 parameters.", "contradicted", 337920),
        # a whole number of layers is no count of parameters
        ("GPT2 Medium 有 24 层。", "not_found", None),
        # a label column's header names the model the row's cells are for
        (
            "| GPT2 Medium | Trainable params |\n|---|---|\n| Prompt tuning | 337,920 |",
            "contradicted",
            270336,
        ),
    ],
)
def test_a_table_cell_is_found_by_its_group_column_and_counts_the_captions_noun(
    post: str, verdict: str, paper_value: float | None
) -> None:
    [finding] = _verify_against(post, PARAMETER_TABLE)
    assert (finding.verdict, finding.paper_value) == (verdict, paper_value)


def test_the_last_number_of_a_list_shares_the_unit_and_words_of_the_one_before() -> None:
    page = "They read the paper for 10 minutes. They were told the time left at 5 minutes and 9."
    post = "Participants were told how much time remained at the 9-minute mark."
    [finding] = _verify_against(post, page)
    assert (finding.verdict, finding.paper_value) == ("supported", 9)


@pytest.mark.parametrize(
    ("claimed", "stated", "far"),
    [(25.5, 0.1, True), (0.1, 0.3, False), (0.1, 0.0, False), (0.0, 7.0, False)],
)
def test_bare_numbers_fifty_times_apart_are_not_one_things_values(
    claimed: float, stated: float, far: bool
) -> None:
    from citekit.models import Quantity
    from citekit.verify import _far

    def bare(value: float) -> Quantity:
        return Quantity(value, "", "other", str(value), 0, 2)

    assert _far(bare(claimed), bare(stated)) is far  # a zero may be the same setting


def test_the_numbers_of_a_list_share_the_unit_of_its_last() -> None:
    from citekit.verify import _tokenize

    quantities, _, _ = _tokenize("still in use after two months (62, 74, 112, 121 days).")
    assert [(q.value, q.unit) for q in quantities] == [
        (2, "months"), (62, "days"), (74, "days"), (112, "days"), (121, "days")
    ]  # fmt: skip


def test_a_number_alone_in_brackets_is_a_label_unless_it_counts_a_share() -> None:
    from citekit.verify import _tokenize

    def values(text: str) -> list[float]:
        return [q.value for q in _tokenize(text)[0]]

    # a figure's callout and an equation's number (a blind note's "答对了 3 道" found the first)
    assert values("accompanied by the plain language answer (answer gist) (3).") == []
    assert values("FFN(x) = max(0,xW1 + b1)W2 + b2 (2) While the linear transformations") == [0]
    assert values("79% of participants (19) had taken 3 or fewer STEM courses") == [79, 19, 3]


def test_a_bibliography_splits_into_its_references() -> None:
    from citekit.verify import _cited_works

    raw = (
        "References\nM. A. Alvarez and N. D. Lawrence. Kernels for vector valued functions.\n"
        "Arxiv preprint: 1106.6251, 2012.\nR. C. Bone, C. J. Fisher, and et al. Sepsis syndrome.\n"
        "Crit Care Med., 17(5):389–93, 1989.\n[13] Sepp Hochreiter and Jürgen Schmidhuber.\n"
        "Neural computation, 9(8):1735–1780, 1997.\n"
    )
    assert [work[:16] for work in _cited_works(raw)] == [
        "References M. A.",  # a title's full stop ends no reference before "Arxiv preprint"
        "R. C. Bone, C. J",
        "[13] Sepp Hochre",
    ]


def test_a_size_in_a_product_is_not_contradicted_by_a_count() -> None:
    page = "For training this dataset, we take 1600 randomly sampled patches of size 80 × 80."
    post = "On this dataset they train on randomly sampled 80 × 80 patches."
    finding = _verify_against(post, page)[0]
    assert (finding.verdict, finding.paper_value) == ("supported", 80)


def test_a_value_for_each_item_is_not_contradicted_by_a_value_for_the_whole() -> None:
    page = "The big model reaches the state of the art after being trained for twelve hours."
    post = "I suspect each of the smaller models trained in about 4 hours."
    [finding] = _verify_against(post, page)
    assert finding.verdict == "not_found"


@pytest.mark.parametrize(
    ("post", "verdict"),
    [
        ("The English-German test set has 3,003 sentences.", "not_found"),
        ("The English-German training data has 3 million sentence pairs.", "contradicted"),
    ],
)
def test_a_count_of_one_data_split_is_no_rival_of_another_splits_count(
    post: str, verdict: str
) -> None:
    page = (
        "We trained on the standard WMT 2014 English-German dataset consisting of about "
        "4.5 million sentence pairs."
    )
    [finding] = _verify_against(post, page)
    assert finding.verdict == verdict


def test_a_count_of_one_data_split_is_not_supported_by_another_splits_count() -> None:
    page = "Minimal is particularly challenging as the train set contains only 10 images."
    post = "Each fold held 10 test images."
    [finding] = _verify_against(post, page)
    assert finding.verdict == "not_found"


def test_the_rows_of_an_ablation_block_fill_the_same_cells() -> None:
    table = (
        "Table 3: Variations on the Transformer architecture.\n"
        "N dmodel dff h dk dv Pdrop ϵls train PPL BLEU params steps (dev) (dev) ×106\n"
        "base 6 512 2048 8 64 64 0.1 0.1 100K 4.92 25.8 65\n"
        "(C)\n2 6.11 23.7 36\n4 5.19 25.3 50\n8 4.88 25.5 80\n"
        "big 6 1024 4096 16 0.3 300K 4.33 26.4 213"
    )
    # 8 is under N, as 2 and 4 are, though the base row's h is 8
    post = "In Table 3, stacking N = 8 layers grows the model to 80M parameters."
    finding = _verify_against(post, table)[-1]
    assert (finding.verdict, finding.paper_value) == ("supported", 80e6)


DROPOUT_TABLE = (
    "Table 3: Variations on the Transformer architecture.\n"
    "N dmodel dff h dk dv Pdrop ϵls train PPL BLEU params steps (dev) (dev) ×106\n"
    "base 6 512 2048 8 64 64 0.1 0.1 100K 4.92 25.8 65\n"
    "(D)\n0.0 5.77 24.6\n0.2 4.95 25.5\n"
    "big 6 1024 4096 16 0.3 300K 4.33 26.4 213\n"
    "Residual Dropout For the base model, we use a dropout rate of Pdrop = 0.1."
)


@pytest.mark.parametrize(
    ("post", "verdict"),
    [
        ("Without dropout, dev BLEU drops to 24.6.", "supported"),
        # a post's table: the cell that says what the value is holds a number of its own
        (
            "| Paper | Quantity | Value |\n|---|---|---|\n"
            "| Toy | dev BLEU, Table 3 row (D), P_drop = 0 | 24.6 |",
            "supported",
        ),
    ],
)
def test_a_row_is_named_by_the_setting_its_cells_state(post: str, verdict: str) -> None:
    finding = _verify_against(post, DROPOUT_TABLE)[-1]
    assert (finding.verdict, finding.paper_value) == (verdict, 24.6)


def test_a_column_is_named_by_the_words_defining_its_symbol() -> None:
    # "trains" names the "train steps" column; "dropout" names Pdrop by its definition
    [finding] = _verify_against("The big model trains with a dropout of 0.3.", DROPOUT_TABLE)
    assert (finding.verdict, finding.paper_value) == ("supported", 0.3)


@pytest.mark.parametrize(
    "post",
    [
        "With d_ff = 1024, the model has 53M parameters.",
        "FFN 变窄的那一行：只把 d_ff 降到 1024 时，参数量是 53M。",  # "that row", named here
    ],
)
def test_an_ablation_row_takes_the_cells_of_the_next_row_like_it(post: str) -> None:
    table = (
        "Table 3: Variations on the Transformer architecture.\n"
        "N dmodel dff h dk dv Pdrop ϵls train PPL BLEU params steps (dev) (dev) ×106\n"
        "base 6 512 2048 8 64 64 0.1 0.1 100K 4.92 25.8 65\n"
        "(C)\n256 32 32 5.75 24.5 28\n1024 128 128 4.66 26.0 168\n"
        "1024 5.12 25.4 53\n4096 4.75 26.2 90\n"
        "big 6 1024 4096 16 0.3 300K 4.33 26.4 213"
    )
    # 1024 fits dmodel (the big row's) as well as dff; the 4096 after it is a dff
    finding = _verify_against(post, table)[-1]
    assert (finding.verdict, finding.paper_value) == ("supported", 53e6)


HEADS_TABLE = (
    "Table 3: Variations on the Transformer architecture.\n"
    "N dmodel dff h dk dv Pdrop ϵls train PPL BLEU params steps (dev) (dev) ×106\n"
    "base 6 512 2048 8 64 64 0.1 0.1 100K 4.92 25.8 65\n"
    "(A) 1 512 512 5.29 24.9\n4 128 128 5.00 25.5\n16 32 32 4.91 25.8\n"
    "big 6 1024 4096 16 0.3 300K 4.33 26.4 213\n"
    "In this work we employ h = 8 parallel attention layers, or heads."
)
# as pypdf's layout mode gives it: the columns each value stands in
HEADS_LAYOUT = """
           N dmodel    dff      h     dk     dv  Pdrop    ϵls  train    PPL   BLEU params
base       6    512   2048      8     64     64    0.1    0.1   100K   4.92   25.8     65
                                1    512    512                        5.29   24.9
(A)                             4    128    128                        5.00   25.5
                               16     32     32                        4.91   25.8
big        6   1024   4096     16                  0.3          300K   4.33   26.4    213
"""


def test_the_page_layout_shows_which_cells_an_ablation_row_fills() -> None:
    # by magnitude alone, "16 32 32" would be N, d_model and d_ff: a row of the base's 8 heads,
    # whose 25.8 would support the claim
    finding = _verify_against("With 4 heads, dev BLEU is 25.8.", HEADS_TABLE, HEADS_LAYOUT)[-1]
    assert (finding.verdict, finding.paper_value) == ("contradicted", 25.5)  # the h = 4 row


def test_a_long_row_label_leaves_the_columns_to_the_values() -> None:
    # the layout guesses each character's width: after a long label, 40.4 drifts under EN-DE
    table = (
        "Model EN-DE EN-FR\n"
        "ByteNet 23.75 39.06\n"
        "GNMT Ensemble 26.30 41.16\n"
        "Deep-Att Ensemble 40.4\n"
        "Table 2: BLEU on newstest2014."
    )
    layout = """
         Model                         EN-DE       EN-FR
         ByteNet                       23.75       39.06
         GNMT Ensemble                 26.30       41.16
         Deep-Att Ensemble                 40.4
"""
    post = "| Model | EN-DE | EN-FR |\n|---|---|---|\n| Deep-Att Ensemble | — | 40.4 |"
    [finding] = _verify_against(post, table, layout)
    assert (finding.verdict, finding.paper_value) == ("supported", 40.4)


def test_the_thing_a_claim_says_instead_of_is_not_what_it_is_about() -> None:
    table = (
        "Method BERT Self-BLEU BLEU iBLEU\n"
        "RAPT (kNN) 90.04 44.99 31.61 10.61\n"
        "RAPT (random) 92.48 35.39 29.50 6.22\n"
        "Table 7: Retrieval strategies on QQP 50K."
    )
    post = "With random instead of kNN retrieval, RAPT reaches a BLEU of 29.50."
    [finding] = _verify_against(post, table)
    assert (finding.verdict, finding.quote) == ("supported", "RAPT (random) 92.48 35.39 29.50 6.22")


def test_the_papers_authors_and_a_unit_alone_are_no_evidence() -> None:
    authors = ("Kristopher Murray", "Adrian Del Maestro", "Zlatko Tešanović")
    paper = _paper()._replace(authors=authors)
    title = "Kristopher Murray,1 Adrian Del Maestro,1, 2 and Zlatko Tešanović1"
    text = (
        "Such a model might describe a set of parallel, one-dimensional (d = 1) spin chains "
        "that are coupled, or a layered system in which each two-dimensional (d = 2) layer is "
        "coupled to neighboring layers."
    )
    index = index_paper([Page(1, title, title), Page(2, FILLER, FILLER), Page(3, text, text)])
    markdown = (
        "[Toy](https://arxiv.org/abs/2301.01234)\n\n"
        "## Murray, Del Maestro and Tešanović: what a node is\n\n"
        "Coupled spin chains are treated as two-dimensional nodes.\n"
    )
    claims = extract_claims(markdown, find_refs(markdown), {paper.id: paper.title})
    [finding] = verify_claims(claims, {paper.id: paper}, {paper.id: index})
    assert finding.verdict == "not_found"  # neither the affiliation 2 nor the layers' "two"


def test_the_other_end_of_a_claimed_change_is_no_rival_value() -> None:
    page = (
        "Since mean field exponents hold above two spatial dimensions, d = 2 is the upper "
        "critical dimension. Compared with the theory without hopping, the upper critical "
        "dimension shifts from d = 3 to 2."
    )
    post = "The upper critical dimension moves down from 3 spatial dimensions to 2."
    finding = _verify_against(post, page)[0]
    assert (finding.verdict, finding.paper_value) == ("supported", 3)


def test_a_value_given_as_an_example_is_not_contradicted_by_other_values() -> None:
    page = (
        "In prompt tuning, we keep the prefix length of our retrieval method small, "
        "with a prefix length of 8."
    )
    claim = "In prompt tuning, the retrieval method keeps a small prefix length"
    assert _verify_against(f"{claim} of 250.", page)[0].verdict == "contradicted"
    assert _verify_against(f"{claim}, e.g. 250.", page)[0].verdict == "not_found"


def test_a_symbol_given_twice_in_a_sentence_names_neither_value_by_itself() -> None:
    page = (
        "Participants rated their confidence that they got all relevant information in a paper "
        "(x = 4.00, σ = 0.94) and that they understood the paper (x = 4.00, σ = 0.89)."
    )
    finding = _verify_against("Their understanding ratings were tight, with σ = 0.94.", page)[0]
    assert finding.verdict != "supported"


def test_a_wrapped_sentence_ending_in_numbers_is_no_table_row() -> None:
    raw = (
        "of variability in the ratings that was not already captured in the\n"
        "strategy coefficients (LitReview χ 2 2 = 1.2777, p = 0.5279; CurrPaper\n"
        "χ 2 2 = 1.5998, p = 0.4494).\n"
    )
    index = index_paper([Page(1, " ".join(raw.split()), raw)])
    [passage] = [p for p in index.passages if "1.5998" in p.quote]
    assert passage.quote.startswith("CurrPaper") and not passage.row


@pytest.mark.parametrize(
    ("sentence", "own_sum"),
    [
        ("My own rough tally of the logged reading comes to 480 minutes.", True),
        ("The shared embedding matrices alone come to about 19M parameters.", True),
        ("By my subtraction, that is 15M parameters fewer.", True),
        ("When it comes to accuracy, the model reaches 90%.", False),
        ("Dev perplexity comes out at 4.95.", False),
        ("I count 10 literature reviews across the deployment.", True),
        ("The paper never multiplies it out, but that is 2.5 billion tokens.", True),
        ("Multiplying steps by step time gives about 40,000 seconds.", True),
        ("My own back-of-envelope: about 0.3% of the parameters train.", True),
        ("我自己顺手算了一下：把卡片打开次数加起来，一共是 665 次。", True),
        ("这个差值原文没有直接写，大约是 2 个点。", True),
        ("每位参与者平均打开了 110.8 次卡片。", False),
        ("If I multiply the sepsis rate by the admission count, is that 11,000?", True),
        ("- Dana's arithmetic: that's about 42 ratings per participant.", True),
        ("我数了一下，学习率网格大概一共有五个取值。", True),  # "I counted"
        ("我拿 Table 2 相减，NC-RAPT 只多出 32,768 个参数。", True),  # "I subtracted"
        ("按人均打开数乘人数，我粗算全体参与者大概打开过 236 篇论文？", True),  # "roughly reckoned"
        ("增量权重由两个矩阵 B 和 A 相乘得到，并保持低秩。", False),  # the paper's product
        ("RAPT improves iBLEU by 8.7 points, which is our subtraction, not the paper's.", True),
        ("NC-RAPT sólo añade 32.768 parámetros a RAPT, según mi resta.", True),
        ("Facendo due conti sul base, si arriva a 96 GPU-ora in tutto.", True),
        ("Nach meiner Rechnung sind das 11.000 Aufnahmen.", True),
        ("Менің есебімше, бұл 11 000 госпитализация.", True),  # Kazakh: "by my reckoning"
        ("Train бөлігінде ~41 мың admission (өзім есептедім).", True),  # "I worked it out"
        ("Демек RAPT 2.5 есе жоғары (тағы өз есебім).", True),  # "my own reckoning"
        ("Base модель 100 мың қадам оқытылған.", False),
        ("Il modello base viene addestrato per 100.000 step in totale.", False),
    ],
)
def test_a_sum_the_post_works_out_itself_is_recognised(sentence: str, own_sum: bool) -> None:
    from citekit.verify import _SUMMED  # such a sum is never contradicted, as no paper states it

    assert (_SUMMED.search(sentence) is not None) == own_sum


def test_a_number_the_post_says_it_could_not_find_is_not_contradicted() -> None:
    page = "The big models were trained for 300,000 steps (3.5 days)."
    post = "I think the big models trained for about 20K steps, but I could not find that."
    [finding] = _verify_against(post, page)
    assert finding.verdict == "not_found"
    [finding] = _verify_against("I think the big models trained for roughly 20K steps.", page)
    assert (finding.verdict, finding.paper_value) == ("contradicted", 300000)


def test_a_tilde_x_is_the_median() -> None:
    assert "median" in terms("understood the papers ( \u0303x = 3.50, σ = 0.69)")
    assert "median" in terms("(˜x = 2.00, σ = 1.00)")


GROUPS = (
    "Participants with Paper Plain were more confident that they understood the papers "
    "( \u0303x = 3.50, σ = 0.69). Participants with the Key Question Index and Answer Gists "
    "also rated that they understood the paper ( \u0303x = 4.00, σ = 0.89)."
)


@pytest.mark.parametrize(
    "post",
    [
        "With the full Paper Plain, the median understanding rating was 4.00, close to the "
        "Key Question variant.",
        "用完整版 Paper Plain 的那组，自评 understanding 的中位数大概是 4.00，和只有 key question "
        "的 variant 差不多。",
    ],
)
def test_a_group_the_claim_compares_with_is_not_the_one_it_is_about(post: str) -> None:
    finding = _verify_against(post, GROUPS)[0]
    assert (finding.verdict, finding.paper_value) == ("contradicted", 3.5)


def test_the_same_split_and_model_are_those_of_the_sentence_before() -> None:
    medium = (
        "Table 4: Results when adapting GPT2 medium.\nMethod BLEU Self-TER\n"
        "NC-RAPT (High) 25.12 58.27\nRAPT 31.61 50.27"
    )
    large = (
        "Table 5: Results when adapting GPT2 large.\nMethod BLEU Self-TER\n"
        "NC-RAPT (High) 26.33 56.45\nRAPT 31.16 50.12"
    )
    index = index_paper([Page(1, FILLER, FILLER)] + [
        Page(n, " ".join(text.split()), text) for n, text in ((2, medium), (3, large))
    ])  # fmt: skip
    markdown = (
        "[Toy](https://arxiv.org/abs/2301.01234)\n\n"
        "With GPT2 large, RAPT reaches 31.16 BLEU. "
        "NC-RAPT (High) with the same model has a self-TER of 58.27.\n"
    )
    claims = extract_claims(markdown, find_refs(markdown), {PAPER.id: PAPER.title})
    assert claims[1].lead == "With GPT2 large, RAPT reaches 31.16 BLEU."
    finding = verify_claims(claims, {PAPER.id: PAPER}, {PAPER.id: index})[1]
    assert (finding.verdict, finding.paper_value) == ("contradicted", 56.45)


def test_a_percentage_is_not_a_bare_count_in_a_table_that_marks_percentages() -> None:
    table = (
        "Table 2: Per-participant usage. P1 P2 Average SD\n"
        "Paper Saves 33 14 25.8 12.2\n"
        "- FamiliarCite 6% 14% 10% 7%"
    )
    post = "Across participants, the share of saved papers had an SD of 12.2%."
    assert _verify_against(post, table)[0].verdict != "supported"


def test_a_spread_shares_the_words_before_the_median_it_follows() -> None:
    page = (
        "Readers that only had the Key Question Index rated their reading difficulty "
        "significantly lower ( \u0303x = 3.00, σ = 0.97) than participants with the baseline "
        "PDF reader ( \u0303x = 4.00, σ = 1.04)."
    )
    post = (
        "Readers who only had the key-question index were fairly consistent on reading "
        "difficulty, with σ = 0.97 around their median."
    )
    assert _verify_against(post, page)[0].verdict == "supported"


def test_a_symbol_given_twice_is_the_claims_where_its_sentence_fits_that_value_best() -> None:
    page = (
        "The augmented portion included 3.3% (SD=8.1%) of inline citations to papers familiar "
        "to the user, and 8.2% (SD=9.6%) that were also cited by papers in the reading history."
    )
    post = (
        "Citations to familiar papers were a small and noisy slice of each paper, with an SD "
        "of 8.1% around their average share."
    )
    assert _verify_against(post, page)[0].verdict == "supported"


def test_the_rows_of_an_ablation_block_carry_its_label() -> None:
    table = (
        "Table 3: Variations on the Transformer architecture.\n"
        "N dmodel PPL BLEU\n"
        "base 6 512 4.92 25.8\n"
        "(C) 2 6.11 23.7\n"
        "4 5.19 25.3\n"
        "8 4.88 25.5\n"
        "256 5.75 24.5"
    )
    post = "The deepest variant in rows (C) brings dev perplexity down to 4.88."
    assert _verify_against(post, table)[0].verdict == "supported"


COEFFICIENTS = (
    "𝛽0 𝛽𝑆𝐿𝐸 1 𝛽𝑃𝐷𝐹 2 𝛽𝑆𝐷 2 𝛽𝑄𝐴 2\n"
    "Reading Difficulty (1–5) 2.0884 0.3750 1.9835 1.4851 0.3444\n"
    "Understand (1–5) 3.8231 -0.5000 -1.1769 -0.7194 0.1037\n"
    "Relevance (1–5) 3.9316 -0.5833 -1.1675 -0.7524 0.1934\n"
    "Table 3. Estimated fixed-effect coefficients for the LMM for each measurement.\n"
    "The choice of interface (Paper Plain, Questions and Answers, Sections and Terms, or PDF "
    "baseline) is a significant factor."
)


@pytest.mark.parametrize(
    ("post", "value"),
    [
        ("For understanding, the PDF-baseline coefficient is −1.1675.", 1.1769),
        ("The intercept for Relevance is 3.73.", 3.9316),
    ],
)
def test_a_header_of_coefficients_names_its_columns(post: str, value: float) -> None:
    finding = _verify_against(post, COEFFICIENTS)[0]
    assert (finding.verdict, finding.paper_value) == ("contradicted", value)


def test_a_count_of_one_noun_is_no_count_of_another() -> None:
    page = (
        "3.2.3 Applications of Attention in our Model\n"
        "The Transformer uses multi-head attention in three different ways.\n"
        "Figure 4: Two attention heads, also in layer 5 of 6, apparently involved in anaphora "
        "resolution."
    )
    post = (
        "## The Transformer\n\n"
        "Figure 4 shows three attention heads that appear to do anaphora resolution."
    )
    finding = _verify_against(post, page)[0]
    assert (finding.verdict, finding.paper_value) == ("contradicted", 2)


def test_a_median_is_not_contradicted_by_the_spread_beside_it() -> None:
    page = (
        "Participants with Paper Plain were more confident that they got all relevant "
        "information from the papers ( \u0303x = 4.00, σ = 0.87)."
    )
    post = (
        "With Paper Plain, the median confidence of having found all the relevant information "
        "was 4.00."
    )
    assert _verify_against(post, page)[0].verdict == "supported"


def test_the_bibliography_states_none_of_the_papers_numbers() -> None:
    page = (
        "Each scenario was read by the same number of participants.\n"
        "References\n"
        "[1] A. Author. 2019. Analysis of Expert Readers in Three Disciplines. J. Reading.\n"
        "Attention Visualizations\n"
        "Figure 4: Two attention heads apparently involved in anaphora resolution."
    )
    assert _verify_against("Each scenario had 3 readers.", page)[0].verdict == "not_found"
    post = "Figure 4 shows two attention heads doing anaphora resolution."
    assert _verify_against(post, page)[0].verdict == "supported"  # the appendix counts


def test_a_row_the_claim_names_in_another_table_beats_rows_it_does_not_name() -> None:
    main = (
        "Table 4: Results on QQP 50K.\nMethod BERT Self-BLEU BLEU\nRAPT 90.04 38.39 31.61\n"
        "Prefix Tuning 89.25 43.98 30.12"
    )
    ablation = (
        "Table 7: Comparison of kNN-based RAPT and RAPT with random retrieval on QQP 50K.\n"
        "Method BERT Self-BLEU\nRAPT (kNN) 90.04 38.39\nRAPT (random) 92.48 48.11"
    )
    index = index_paper([Page(1, FILLER, FILLER)] + [
        Page(n, " ".join(text.split()), text) for n, text in ((2, main), (3, ablation))
    ])  # fmt: skip
    markdown = (
        "[Toy](https://arxiv.org/abs/2301.01234)\n\n"
        "On QQP 50K the random-retrieval variant has a Self-BLEU of 38.39.\n"
    )
    claims = extract_claims(markdown, find_refs(markdown), {PAPER.id: PAPER.title})
    [finding] = verify_claims(claims, {PAPER.id: PAPER}, {PAPER.id: index})
    assert (finding.verdict, finding.paper_value) == ("contradicted", 48.11)


CITESEE_TABLE_2 = (
    "P1 P2 P3 P4 P5 P6 Average SD\n"
    "Card Opens 62 96 155 207 74 71 110.8 57.9\n"
    "- FamiliarCite 13% 15% 17% 4% 31% 35% 19% 12%\n"
    "- RencontrdCite 42% 40% 49% 35% 20% 38% 37% 10%\n"
    "- NoAgmntation 45% 46% 34% 60% 49% 27% 43% 12%\n"
    "Table 2: Usage of CiteSee per participant."
)


def _verify_cell(row: str) -> list:
    table = f"| 参与者 | 行为 | 引用类别 | 占比 |\n|---|---|---|---:|\n{row}"
    return _verify_against(table, CITESEE_TABLE_2)


def test_a_share_is_not_contradicted_by_a_count_in_a_table_that_marks_shares() -> None:
    [finding] = _verify_cell("| P3 | 打开论文卡片 | 被划掉的引用 | 36% |")
    assert finding.paper_value != 155, finding  # the Card Opens count, no share


def test_a_chinese_post_names_a_breakdown_row_by_its_words() -> None:
    [finding] = _verify_cell("| P1 | 打开论文卡片 | 重复遇到的引用 | 42% |")
    assert (finding.verdict, finding.paper_value) == ("supported", 42)


@pytest.mark.parametrize(
    "post",
    [
        "| 行 / 列 | 数值 |\n|---|---:|\n| P6，Card Opens 里 NoAgmntation 的占比 | 35% |",
        "In Table 2, P6's NoAgmntation share of card opens is 35%.",
    ],
)
def test_a_no_label_names_the_row_without_it(post: str) -> None:
    finding = _verify_against(post, CITESEE_TABLE_2)[0]
    assert (finding.verdict, finding.paper_value) == ("contradicted", 27)


def test_a_verb_in_the_past_keeps_the_silent_e_of_its_stem() -> None:
    # "participants averaged 3.60" is about the paper's "on average"; "logged" and "paired"
    # have no e to keep
    said = "averaged changed compared required measured logged paired appeared"
    base = "average change compare require measure logg pair appear"
    assert terms(said) == terms(base)


def test_a_subscript_written_with_an_underscore_is_the_papers_symbol() -> None:
    assert terms("d_model and d_k and P_drop") == ["dmodel", "dk", "pdrop"]
    table = (
        "N dmodel dff h dk dv PPL BLEU params\n"
        "base 6 512 2048 8 64 64 4.92 25.8 65\n"
        "(C) 256 32 32 5.75 24.5 28\n"
        "1024 128 128 4.66 26.0 168\n"
        "Table 3: Variations on the Transformer architecture."
    )
    post = "The d_model = 1024 variant also widens every head, to d_k = 128."
    assert _verify_against(post, table)[-1].verdict == "supported"


def test_a_claim_under_a_setting_is_not_supported_by_a_sentence_without_it() -> None:
    page = "For each of these we use dk = dv = dmodel/h = 64."
    post = "The d_model = 256 variant keeps d_k = 64, as the base model does."
    assert _verify_against(post, page)[-1].verdict != "supported"


def test_a_symbols_value_is_the_one_whose_sentence_says_the_rest_of_the_claim() -> None:
    pages = [Page(n, FILLER, FILLER) for n in (1, 2, 3)] + [
        Page(4, "", "All sub-layers in the model produce outputs of dimension dmodel = 512."),
        Page(5, "", "6.3 English Constituency Parsing\nTo evaluate if the Transformer can "
                    "generalize to other tasks we performed experiments on English constituency "
                    "parsing.\nWe trained a 4-layer transformer with dmodel = 1024 on the Wall "
                    "Street Journal portion of the Penn Treebank."),
    ]  # fmt: skip
    index = index_paper(pages)
    markdown = (
        "[Toy](https://arxiv.org/abs/2301.01234)\n\n"
        "For constituency parsing nothing was widened: the parser used d_model = 512.\n"
    )
    claims = extract_claims(markdown, find_refs(markdown), {PAPER.id: PAPER.title})
    [finding] = verify_claims(claims, {PAPER.id: PAPER}, {PAPER.id: index})
    assert (finding.verdict, finding.paper_value) == ("contradicted", 1024)


def test_a_table_whose_caption_misses_a_dataset_the_claim_names_is_not_its_table() -> None:
    header = "\nMethod BERT BLEU\n"
    medium = f"Table 4: Results adapting GPT2 medium on ParaSCI ACL.{header}RAPT 79.84 35.34"
    large = f"Table 5: Results adapting GPT2 large on QQP 50K.{header}RAPT 90.56 31.16"
    index = index_paper([Page(1, FILLER, FILLER)] + [
        Page(n, " ".join(text.split()), text) for n, text in ((2, medium), (3, large))
    ])  # fmt: skip
    markdown = (
        "[Toy](https://arxiv.org/abs/2301.01234)\n\n"
        "For ParaSCI ACL, RAPT with GPT2 large probably sits at 36.1 BLEU.\n"
    )
    claims = extract_claims(markdown, find_refs(markdown), {PAPER.id: PAPER.title})
    [finding] = verify_claims(claims, {PAPER.id: PAPER}, {PAPER.id: index})
    assert finding.verdict == "not_found", finding  # the large table has no ParaSCI ACL column


def test_a_percentage_is_not_contradicted_by_a_count_far_from_any_share() -> None:
    table = (
        "Table 2: Number of trainable parameters.\nMethod GPT2 Medium GPT2 Large\n"
        "RAPT 1,056,768 1,812,480"
    )
    post = "RAPT trains about 0.23% of GPT2 large."
    assert _verify_against(post, table)[0].verdict == "not_found"


def test_a_percentage_is_not_supported_by_a_sentences_bare_number() -> None:
    page = "In particular, P1 and P2 each conducted three literature reviews on different topics."
    post = "P1 saved 3% of the papers from citations it had not highlighted."
    assert _verify_against(post, page)[0].verdict == "not_found"


def test_a_shortened_no_label_is_named_by_its_stem_and_a_negation() -> None:
    post = "In Table 2, P4's share of card opens on un-augmented citations is 60%."
    finding = _verify_against(post, CITESEE_TABLE_2)[0]
    assert (finding.verdict, finding.paper_value) == ("supported", 60)


def test_a_cell_of_a_per_participant_table_needs_the_claim_to_name_its_column() -> None:
    post = "Unexplored new citations without any augmentation got 34% of the card opens."
    finding = _verify_against(post, CITESEE_TABLE_2)[0]
    assert finding.verdict != "supported", finding  # 34% is P3's cell; the average is 43%


ROWS = (
    "Table 4: Results on QQP 140K.\nMethod BERT Self-BLEU\n"
    "Prompt Tuning 94.81 59.94\nLPT 94.99 59.16\nSEPARATOR 80.41 5.84"
)


@pytest.mark.parametrize(
    ("post", "verdict", "value"),
    [
        (
            "LPT 在 QQP 140K 上的 Self-BLEU 是 59.94，比同列的 Prompt Tuning 还高？",
            "contradicted",
            59.16,
        ),
        ("LPT's Self-BLEU on QQP 140K is 59.94, higher than Prompt Tuning.", "contradicted", 59.16),
        ("LPT 的 Self-BLEU 达到 59.16，比 SEPARATOR 的 5.84 高很多。", "supported", 59.16),
        ("LPT 的 Self-BLEU 是 59.94，不如 Prompt Tuning。", "contradicted", 59.16),
    ],
)
def test_a_row_the_claim_compares_with_is_not_the_one_it_is_about(
    post: str, verdict: str, value: float
) -> None:
    findings = _verify_against(post, ROWS)
    finding = next(f for f in findings if f.claim.quantity.value in (59.94, 59.16))
    assert (finding.verdict, finding.paper_value) == (verdict, value)
    if "SEPARATOR" in post:  # its own number is the compared row's
        assert findings[-1].verdict == "supported" and findings[-1].paper_value == 5.84


def test_the_upper_end_of_a_range_supports_no_lower_bound() -> None:
    page = (
        "Most participants had enough time to read one or two papers (all were asked to read "
        "at least one)."
    )
    post = "Everyone was asked to read at least two papers as a minimum."
    assert _verify_against(post, page)[0].verdict != "supported"


def test_a_bracketed_number_after_another_noun_is_no_count_of_the_claims() -> None:
    page = "When a reader clicks a question (2), the paper jumps to the passage with the answer."
    post = "Everyone was asked to read at least two papers as a minimum."
    assert _verify_against(post, page)[0].verdict == "not_found"


def test_a_chinese_difference_is_no_level() -> None:
    table = "Table 2: Trainable parameters.\nMethod GPT2 Medium\nRAPT 1,056,768\nNC-RAPT 1,089,536"
    post = "NC-RAPT 在 GPT2 Medium 上比 RAPT 多出 32,768 个可训练参数。"
    assert _verify_against(post, table)[0].verdict == "not_found"


def test_a_fraction_is_one_number() -> None:
    page = "The first result therefore corresponds to ν = 1 in d = 1."
    findings = _verify_against("The exponent comes out as ν = 1/2 in d = 1.", page)
    assert [f.claim.quantity.value for f in findings][:1] == [0.5]
    assert findings[0].verdict != "supported"


def test_a_sections_model_size_is_its_sentences_when_they_name_none() -> None:
    header = "\nMethod BLEU Self-TER\nNC-RAPT (High) "
    medium = f"Table 4: Results adapting GPT2 medium.{header}25.12 24.78"
    large = f"Table 5: Results adapting GPT2 large.{header}26.33 23.9"
    index = index_paper([Page(1, FILLER, FILLER)] + [
        Page(n, " ".join(text.split()), text) for n, text in ((2, medium), (3, large))
    ])  # fmt: skip
    markdown = (
        "[Toy](https://arxiv.org/abs/2301.01234)\n\n"
        "## 2. The GPT2 large table\n\n"
        "NC-RAPT (High) 的 Self-TER 大概是 24.78 吧？\n\n"
        "Back to the main table, with GPT2 medium. There NC-RAPT (High) has a Self-TER of 24.78.\n"
    )
    claims = extract_claims(markdown, find_refs(markdown), {PAPER.id: PAPER.title})
    assert claims[0].lead == "2. The GPT2 large table"
    assert claims[1].lead == "Back to the main table, with GPT2 medium."  # the paragraph's
    findings = verify_claims(claims, {PAPER.id: PAPER}, {PAPER.id: index})
    assert [(f.verdict, f.paper_value) for f in findings] == [
        ("contradicted", 23.9),
        ("supported", 24.78),
    ]


def test_a_contradiction_quotes_the_number_its_subject_owns() -> None:
    page = (
        "At 4 hours prior to sepsis, our best model only had about 1.4 false alarms per true "
        "alarm; compare this to the 2.2 false alarms the base MGP-RNN has, and the 3.2 false "
        "alarms that the NEWS score that was previously implemented at our hospital had."
    )
    findings = _verify_against(
        "The base MGP-RNN is reported at 3.8 false alarms per true alarm.\n\n"
        "The NEWS score the hospital used makes 2.9 false alarms per true alarm.",
        page,
    )
    assert [(f.verdict, f.paper_value) for f in findings] == [
        ("contradicted", 2.2),
        ("contradicted", 3.2),
    ]


def test_a_constant_of_a_formula_is_no_value_of_its_symbol() -> None:
    page = (
        "iBLEU = α · BLEU − (1 − α) · self-BLEU (4) We use BLEU4 and self-BLEU4 with α being "
        "0.7 similar to Hosking and Lapata (2021)."
    )
    post = "| knob | paper |\n|---|---|\n| iBLEU α | 0.7 |"
    assert _verify_against(post, page)[0].verdict == "supported"


def test_a_printed_exponent_is_no_number_of_its_own() -> None:
    page = "Specter: β = 0.65, p = 5.8e − 3 < 0.01, while the other two baselines did not."
    index = index_paper([Page(1, page, page)])
    assert 3.0 not in [entry.quantity.value for entry in index.entries]


def test_a_claimed_median_is_not_a_papers_mean() -> None:
    # "6.1 Method" is the usability study's, which makes the μ sentence a strong candidate
    page = (
        "6 USABILITY STUDY\n6.1 Method\nWe recruited 24 participants. Participants' age ranged "
        "from 19 to 67 (μ = 35.04).\n7 RESULTS\n7.1 Findings\nParticipants rated the tool highly."
    )
    median = _verify_against("In the usability study, the median age was 35.", page)[0]
    mean = _verify_against("In the usability study, the mean age was 35.", page)[0]
    assert (median.verdict, mean.verdict, mean.paper_value) == ("not_found", "supported", 35.04)


def test_a_model_size_letter_is_the_size() -> None:
    assert terms("GPT2-L, ViT-B/16, GPT2-M and T5-XL") == [
        "gpt2", "large", "vit", "base", "gpt2", "medium", "t5", "xl",
    ]  # fmt: skip
    assert terms("Self-BLEU and MGP-RNN") == ["self-bleu", "self", "bleu", "mgp-rnn", "mgp", "rnn"]


def test_a_group_the_paper_never_names_finds_no_support_in_its_prose() -> None:
    page = (
        "Participants scored no worse on the comprehension questions with Paper Plain "
        "(μ = 3.67, σ = 1.78) than with the PDF reader."
    )
    [finding] = _verify_against("Paper Plain's answers were decoded with beam size 4.", page)
    assert finding.verdict == "not_found"


def test_an_italian_post_is_read_in_its_own_words_and_number_format() -> None:
    page = (
        "The training set consists of 51,697 inpatient admissions. The mean length of stay "
        "is 121.7 hours. Our model had about 1.4 false alarms per true alarm."
    )
    post = (
        "Il set di addestramento contiene 51.697 ricoveri. La durata della degenza è di "
        "121,7 ore. Il modello dà 1,4 falsi allarmi."
    )
    findings = _verify_against(post, page)
    assert [(f.verdict, f.paper_value) for f in findings] == [
        ("supported", 51697),
        ("supported", 121.7),
        ("supported", 1.4),
    ]


def test_a_russian_post_is_read_through_its_stems_and_number_format() -> None:
    page = (
        "We trained the base models for a total of 100,000 steps or 12 hours. The big models "
        "were trained for 300,000 steps (3.5 days). MSRPC has 2,203 training pairs."
    )
    post = (
        "Базовую модель обучали 100 тыс. шагов, большую — 3,5 часа. "
        "В MSRPC 2 203 обучающие пары, это 0,5% корпуса."
    )
    steps, hours, pairs, _ = _verify_against(post, page)
    assert (steps.verdict, steps.paper_value) == ("supported", 100_000)
    assert hours.verdict == "contradicted"  # hours, where the paper says days
    assert (pairs.verdict, pairs.paper_value) == ("supported", 2203)


def test_a_count_of_training_images_is_not_the_test_sets() -> None:
    page = "The original split leaves 1200 images in the testing set and 800 in the training set."
    post = "The original split has 1200 training images, and the rest are held out for testing."
    [finding] = _verify_against(post, page)
    assert finding.verdict != "supported"


def test_a_difference_the_post_worked_out_itself_is_no_table_cell() -> None:
    page = (
        "Table 4: Results on QQP 140K.\nMethod BLEU Self-BLEU iBLEU\nFine Tuning 70.12 61.02 5.64\n"
        "RAPT 73.31 50.27 14.33\nNC-RAPT (Med) 72.11 36.15 8.65"
    )
    post = (
        "RAPT improves iBLEU by 8.7 points over Fine Tuning on QQP 140K, which is our "
        "subtraction, not the paper's."
    )
    [finding] = _verify_against(post, page)
    assert finding.verdict == "not_found"


def test_an_answer_is_checked_against_what_its_question_asks() -> None:
    page = (
        "We trained the base models for a total of 100,000 steps or 12 hours. The big models "
        "were trained for 300,000 steps (3.5 days). We used warmup_steps = 4000."
    )
    post = (
        "Q: How long did the big model train?\nA: 3.5 hours\n\n"
        "Q: Value of warmup_steps in the LR schedule?\nA: 8,000\n"
    )
    findings = _verify_against(post, page)
    assert [(f.verdict, f.paper_value) for f in findings] == [
        ("contradicted", 3.5),
        ("contradicted", 4000),
    ]


def test_a_sentence_on_another_language_pair_supports_nothing() -> None:
    page = (
        "For English-French, we used the WMT 2014 English-French dataset and split tokens into "
        "a 32000 word-piece vocabulary."
    )
    post = "I used the 32000 word-piece vocabulary from the paper for EN-DE."
    [finding] = _verify_against(post, page)
    assert finding.verdict != "supported"


def test_a_speakers_initials_are_no_name_the_paper_must_use() -> None:
    page = "We trained on about 4.5 million sentence pairs. The system has 17,000 lines of code."
    post = "- JK: the training set is about 4.5 million sentence pairs."
    [finding] = _verify_against(post, page)
    assert finding.verdict == "supported"


def test_lines_of_one_language_are_not_lines_of_another() -> None:
    page = "Around 5,000 lines of TypeScript were added to the front end."
    python, typescript = _verify_against(
        "The back end is about 5,000 lines of Python. The front end added 5,000 lines of "
        "TypeScript.",
        page,
    )
    assert (python.verdict, typescript.verdict) == ("not_found", "supported")


def test_a_turkish_post_is_read_in_its_own_words_and_number_format() -> None:
    page = (
        "The training set consists of 51,697 inpatient admissions. Participants were 12 "
        "non-expert readers. 21% of encounters had sepsis."
    )
    post = (
        "Eğitim verisi 51.697 yatıştan oluşuyor; 12 katılımcı vardı ve %21 sepsis "
        "(0,5 ya da 1,4 değil)."
    )
    findings = _verify_against(post, page)
    assert [(f.verdict, f.paper_value) for f in findings[:3]] == [
        ("supported", 51697),
        ("supported", 12),
        ("supported", 21),
    ]


def test_an_azerbaijani_post_is_read_in_its_own_words() -> None:
    page = (
        "We trained the base models for a total of 100,000 steps. The overall rate of sepsis in "
        "the dataset was 21.4%. The mean length of stay was 121.7 hours. MegatronLM has more "
        "than 11 billion parameters to fine-tune. We use a weight decay of 0.01 for LoRA."
    )
    post = (
        "Base model 100 min addım öyrədilib. Datada sepsis nisbəti 21,4% təşkil edir. "
        "Qəbullar üzrə orta qalma müddəti ~122 saatdır. MegatronLM kimi modellərin 11 "
        "milyarddan çox parametri var. LoRA-lı metodlarda weight decay 0.1 götürülüb."
    )
    findings = _verify_against(post, page)
    assert [(f.verdict, f.paper_value) for f in findings] == [
        ("supported", 100_000),
        ("supported", 21.4),
        ("supported", 121.7),
        ("supported", 11e9),
        ("contradicted", 0.01),
    ]


@pytest.mark.parametrize(
    ("post", "verdict"),
    [
        ("Los datos: 51.697 admisiones hospitalarias (un 0,5 % y un 0,2 % sépticas).", "supported"),
        ("The cohort has roughly 5,170 admissions.", "not_found"),
    ],
)
def test_a_zero_is_no_rival_of_a_count_in_thousands(post: str, verdict: str) -> None:
    page = (
        "Let x be evenly spaced points in time (x1 = 0 is admission time, with future times "
        "an hour apart). Our training dataset consists of 51,697 inpatient admissions."
    )
    assert _verify_against(post, page)[0].verdict == verdict


@pytest.mark.parametrize(
    ("post", "verdict", "paper_value"),
    [
        # an age in a list of ages counts no papers
        ("Six participants were recruited and read 36 papers.", "not_found", None),
        # a whole count per participant may round a mean
        ("Field-study users opened roughly 40 papers each.", "supported", 39.3),
    ],
)
def test_a_count_per_participant_rounds_a_mean_not_a_listed_age(
    post: str, verdict: str, paper_value: float | None
) -> None:
    page = (
        "Six participants were recruited (age: 36, 32, 27, 25, 33, 23; five male and one "
        "female). During the one-week deployment, each participant opened an average of 39.3 "
        "papers (SD=21) using CiteSee."
    )
    finding = _verify_against(post, page)[-1]
    assert (finding.verdict, finding.paper_value) == (verdict, paper_value)


def test_each_for_a_session_is_no_rate() -> None:
    page = "The study took around 1 hour and each participant was compensated $35 USD."
    post = "Lab participants were paid $50 each for the session."
    finding = _verify_against(post, page)[0]
    assert (finding.verdict, finding.paper_value) == ("contradicted", 35)


def test_a_named_value_counts_what_its_name_says() -> None:
    page = "We varied the learning rate over the course of training. We used warmup_steps = 4000."
    post = "LR: linear ramp for 8,000 warmup steps, then inverse-sqrt decay."
    finding = _verify_against(post, page)[0]
    assert (finding.verdict, finding.paper_value) == ("contradicted", 4000)


@pytest.mark.parametrize(
    "post",
    [
        "正式的可用性研究换了一批人，平均年龄约 35 岁。",
        "- 平均年龄 35 岁，跨度很大。",
        "Participants averaged 3.73 out of 7 comprehension questions correct.",
    ],
)
def test_one_persons_number_is_no_rival_of_a_mean(post: str) -> None:
    page = (
        "They also wanted results for a slice of patients most similar to their hypothetical "
        "scenario, a 20 year-old male smoker, but the paper only presented average results. "
        "Participants’ age ranged from 19 to 67 (μ = 35.04). Participants on average answered "
        "3.73 (σ = 1.51) out of 7 comprehension questions correct. However, this participant "
        "got only 2 out of 7 comprehension questions correct, well below the average of 3.73 "
        "for all participants."
    )
    finding = next(f for f in _verify_against(post, page) if f.claim.quantity.value != 7)
    assert finding.verdict == "supported" and finding.paper_value in (35.04, 3.73)


def test_a_count_out_of_the_same_total_is_the_same_count() -> None:
    page = (
        "Finally, we also found that 4 out of the 6 participants continued to be actively "
        "engaged with CiteSee after the study had ended, for 62, 74, 112 and 121 days."
    )
    finding = _verify_against("And 4 of 6 kept using it after the study ended, unpaid.", page)[0]
    assert (finding.verdict, finding.paper_value) == ("supported", 4)


@pytest.mark.parametrize(
    ("post", "verdict"),
    [
        ("The base models were trained for 11 hours.", "contradicted"),
        # the writer's own arithmetic: no number of the paper refutes it
        ("At 0.4 s a step, which implies that the base models trained for 11 hours.", "not_found"),
        ("按这个速度乘上 base 的总步数，其实 11 个小时出头就该跑完了。", "not_found"),
        ("按步数和每步时间算下来，base 模型只要 11 个小时。", "not_found"),
        ("With 100,000 steps, that's at least 11 hours for the base models.", "not_found"),
    ],
)
def test_a_result_the_writer_derives_is_no_misquote(post: str, verdict: str) -> None:
    page = "We trained the base models for a total of 100,000 steps or 12 hours."
    finding = next(f for f in _verify_against(post, page) if f.claim.quantity.value == 11)
    assert finding.verdict == verdict


def test_an_ordinal_matched_ignoring_case_is_read() -> None:
    # the regex engine reads "FIRſT" and "fıfth" as "first" and "fifth"; lower() does not
    for post in ("The FIRſT topic drew 12 responses.", "The fıfth topic drew 12 responses."):
        assert [f.verdict for f in _verify(post)] == ["not_found"]


def test_a_numbered_heading_ends_the_sentence_before_it() -> None:
    # a bullet without a full stop ran on into "6.1 Method 6.1.1 Participants.", whose 6.1
    # then stood as a number of "participant behavior"
    raw = (
        "• What is participant behavior in the presence of incorrect system predictions (e.g.,\n"
        "vague information or factual errors in generated gists)\n"
        "6.1 Method\n"
        "6.1.1 Participants. We recruited 24 participants from Upwork."
    )
    index = index_paper([Page(1, FILLER, FILLER), Page(2, " ".join(raw.split()), raw)])
    assert [p.quote for p in index.passages if p.page == 2] == [
        "We recruited 24 participants from Upwork."
    ]


def test_a_number_before_owns_its_units_words() -> None:
    # "training" is the 1200's unit: it says little of the 800 test frames after it
    from citekit.verify import _claim_terms, _placed

    post = "- original split with 1200 training frames and 800 test frames\n"
    *_, test = extract_claims(post, [])
    weights = _claim_terms(_placed(test))
    assert weights["test"] == 1.0 and weights["train"] < 0.3
