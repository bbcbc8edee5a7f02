"""citekit.bibtex: keys, fields, escaping and merging, against real arXiv metadata."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import bibtexparser
import pytest
from bibtexparser.middlewares.names import split_multiple_persons_names
from hypothesis import given, settings
from hypothesis import strategies as st
from pylatexenc import latex2text

from citekit import bibtex
from citekit.errors import InputError
from citekit.models import Paper

DATA = Path(__file__).parent / "data" / "bib"
PAPERS = {
    p["id"]: Paper(**{k: tuple(v) if isinstance(v, list) else v for k, v in p.items()})
    for p in json.loads((DATA / "papers.json").read_text("utf-8"))
}
ATTENTION = PAPERS["1706.03762"]
MURRAY = PAPERS["1111.2011"]  # publisher DOI and journal-ref; Zlatko Tešanović


def parse(text: str) -> bibtexparser.Library:
    """Parse with bibtexparser v2, failing the test on any failed block."""
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    return library


def fields(text: str) -> dict[str, str]:
    """The one entry of `text` as lower-case field name -> value."""
    (entry,) = parse(text).entries
    return {k.lower(): v.value for k, v in entry.fields_dict.items()} | {"ID": entry.key}


def paper(title: str = "Deep Things", authors: tuple[str, ...] = ("Jane Smith",), **kw) -> Paper:
    base = dict(id="2101.00001", version=1, summary="", published="2021-01-05T00:00:00Z")
    base |= dict(updated="2021-01-05T00:00:00Z", primary_category="cs.LG")
    return Paper(title=title, authors=authors, **(base | kw))


_DECODE_DB = latex2text.get_default_latex_context_db()
_DECODE_DB.add_context_category(
    "citekit-test",
    prepend=True,
    macros=[
        latex2text.MacroTextSpec("textbraceleft", "{"),
        latex2text.MacroTextSpec("textbraceright", "}"),
        latex2text.MacroTextSpec("textasciicircum", "^"),
    ],
)
_DECODER = latex2text.LatexNodes2Text(latex_context=_DECODE_DB, math_mode="verbatim")


def decode(latex: str) -> str:
    return _DECODER.latex_to_text(latex)


@pytest.mark.parametrize(
    ("arxiv_id", "key"),
    [
        ("1706.03762", "vaswani2017attention"),
        ("2308.12966", "bai2023qwenvl"),  # "Qwen-VL:": hyphen and colon dropped
        ("1111.2011", "murray2011quantum"),  # year of v1 (2011), not of v2 (2012)
        ("1406.2661", "goodfellow2014generative"),
        ("1707.08567", "immink2017proceedings"),
        ("1708.05894", "futoma2017improved"),  # "An" skipped
        ("1804.07821", "deb2018aggregated"),
        ("2104.12255", "nguyen20210"),  # the title is "0"
        ("2202.00535", "chowdhury2022novelty"),
        ("2203.00130", "august2022paper"),
        ("2302.07302", "chang2023citesee"),
        ("astro-ph/0601001", "gould2006frequency"),
        ("hep-ex/0406020", "tricomi2004sparticle"),
        ("quant-ph/0201082", "blaha2002quantum"),
    ],
)
def test_corpus_papers_get_family_year_word_keys(arxiv_id: str, key: str) -> None:
    assert bibtex.cite_keys(PAPERS.values())[arxiv_id] == key


@pytest.mark.parametrize(
    ("author", "title", "key"),
    [
        ("Zlatko Tešanović", "Quantum Criticality", "tesanovic2021quantum"),
        ("Łukasz Kaiser", "Attention", "kaiser2021attention"),
        ("Dirk Wübben", "Decoding", "wubben2021decoding"),
        ("Joost van der Putten", "Colon Polyps", "vanderputten2021colon"),
        ("Peter H. N. de With", "Video", "dewith2021video"),
        ("Adrian Del Maestro", "Bethe Lattices", "delmaestro2021bethe"),
        ("Martin Luther King, Jr.", "Dreams", "king2021dreams"),
        ("ATLAS Collaboration", "Higgs", "atlascollaboration2021higgs"),
        ("Jane Smith", "On the Origin of Species", "smith2021origin"),
        ("Jane Smith", "Towards a Theory of Everything", "smith2021theory"),
        ("Jane Smith", "The $\\alpha$-Decay", "smith2021alphadecay"),
        ("Jane Smith", "", "smith2021"),
        ("Jane Smith", "Ærø Straße", "smith2021aero"),
        ("张伟", "Deep Things", "anon2021deep"),
    ],
)
def test_keys_fold_accents_keep_particles_and_skip_stopwords(
    author: str, title: str, key: str
) -> None:
    assert bibtex.cite_keys([paper(title, (author,))]) == {"2101.00001": key}


def test_colliding_keys_get_suffixes_by_first_version_date_then_id() -> None:
    old = paper(id="2101.00009", published="2021-01-02T00:00:00Z")
    mid = paper(id="2101.00001", published="2021-01-05T00:00:00Z")
    new = paper(id="2101.00002", published="2021-01-05T00:00:00Z")
    keys = bibtex.cite_keys([new, mid, old])
    assert keys == {"2101.00009": "smith2021deep", "2101.00001": "smith2021deepa"} | {
        "2101.00002": "smith2021deepb"
    }


def test_citing_a_newer_colliding_paper_later_renames_nothing() -> None:
    old = paper(id="2101.00001")
    before = bibtex.cite_keys([old])
    after = bibtex.cite_keys([old, paper(id="2101.00002")])
    assert after[old.id] == before[old.id] == "smith2021deep"


def test_existing_keys_are_never_reused_whatever_their_case() -> None:
    keys = bibtex.cite_keys([ATTENTION], existing_keys={"Vaswani2017Attention"})
    assert keys == {"1706.03762": "vaswani2017attentiona"}


def test_suffixes_go_past_z() -> None:
    taken = ["smith2021deep"] + [f"smith2021deep{c}" for c in "abcdefghijklmnopqrstuvwxyz"]
    assert bibtex.cite_keys([paper()], taken)["2101.00001"] == "smith2021deepaa"


def test_arxiv_only_paper_follows_arxivs_own_export() -> None:
    got = fields(bibtex.render([ATTENTION]))
    assert got == {
        "ID": "vaswani2017attention",
        "title": "Attention Is All You Need",
        "author": "Vaswani, Ashish and Shazeer, Noam and Parmar, Niki and Uszkoreit, Jakob"
        " and Jones, Llion and Gomez, Aidan N. and Kaiser, {\\L}ukasz and Polosukhin, Illia",
        "year": "2017",
        "month": "jun",
        "eprint": "1706.03762",
        "archiveprefix": "arXiv",
        "primaryclass": "cs.CL",
        "url": "https://arxiv.org/abs/1706.03762",
        "doi": "10.48550/arXiv.1706.03762",
    }
    assert bibtex.render([ATTENTION]).startswith("@misc{vaswani2017attention,\n  title = {")


def test_pinned_version_adds_version_and_versioned_url_but_eprint_stays_bare() -> None:
    got = fields(bibtex.render([ATTENTION], pinned={"1706.03762": 5}))
    assert (got["version"], got["url"], got["eprint"]) == (
        "5",
        "https://arxiv.org/abs/1706.03762v5",
        "1706.03762",
    )


def test_published_paper_carries_publisher_doi_and_never_the_arxiv_doi() -> None:
    text = bibtex.render([MURRAY])
    got = fields(text)
    assert got["doi"] == "10.1103/PhysRevB.85.115117"
    assert got["note"] == "Phys. Rev. B 85, 115117 (2012)"
    assert got["year"] == "2011"
    assert "10.48550" not in text


def test_journal_ref_without_doi_drops_the_arxiv_doi_too() -> None:
    got = fields(bibtex.render([PAPERS["astro-ph/0601001"]], style="biblatex"))
    assert "doi" not in got
    assert got["journaltitle"] == "ActaAstron.56:1-50,2006"


@pytest.mark.parametrize(
    ("arxiv_id", "entry_type", "extra"),
    [
        ("1706.03762", "online", {"doi": "10.48550/arXiv.1706.03762"}),
        ("1111.2011", "article", {"journaltitle": "Phys. Rev. B 85, 115117 (2012)"}),
        ("quant-ph/0201082", "online", {"eprint": "quant-ph/0201082"}),
    ],
)
def test_biblatex_style_uses_online_or_article_with_eprint_fields(
    arxiv_id: str, entry_type: str, extra: dict[str, str]
) -> None:
    text = bibtex.render([PAPERS[arxiv_id]], style="biblatex")
    (entry,) = parse(text).entries
    got = fields(text)
    assert entry.entry_type == entry_type
    assert got["eprinttype"] == "arxiv"
    assert got["eprintclass"] == PAPERS[arxiv_id].primary_category
    assert got["date"] == PAPERS[arxiv_id].published[:10]
    assert extra.items() <= got.items()


def test_old_style_id_gets_its_abs_url_and_arxiv_doi() -> None:
    got = fields(bibtex.render([PAPERS["quant-ph/0201082"]]))
    assert got["url"] == "https://arxiv.org/abs/quant-ph/0201082"
    assert got["doi"] == "10.48550/arXiv.quant-ph/0201082"
    assert got["primaryclass"] == "quant-ph"


@pytest.mark.parametrize(
    ("name", "bibtex_name", "biblatex_name"),
    [
        ("Zlatko Tešanović", "Te{\\v{s}}anovi{\\'c}, Zlatko", "Tešanović, Zlatko"),
        ("Łukasz Kaiser", "Kaiser, {\\L}ukasz", "Kaiser, Łukasz"),
        ("Dirk Wübben", 'W{\\"u}bben, Dirk', "Wübben, Dirk"),
        ("Peter H. N. de With", "de With, Peter H. N.", "de With, Peter H. N."),
        ("Joost van der Putten", "van der Putten, Joost", "van der Putten, Joost"),
        ("Martin Luther King, Jr.", "King, Jr., Martin Luther", "King, Jr., Martin Luther"),
        ("ATLAS Collaboration", "{ATLAS Collaboration}", "{ATLAS Collaboration}"),
        ("Tom and Jerry", "Jerry, Tom {and}", "Jerry, Tom {and}"),
        ("Ann Lee, PhD", "Lee, PhD, Ann", "Lee, PhD, Ann"),
        ("Smith, John", "Smith, John", "Smith, John"),
        ("A, B, C", "B, C, {A,}", "B, C, {A,}"),
        ("Plato", "Plato", "Plato"),
    ],
)
def test_names_become_last_comma_first_escaped_per_style(
    name: str, bibtex_name: str, biblatex_name: str
) -> None:
    assert fields(bibtex.render([paper(authors=(name,))]))["author"] == bibtex_name
    assert fields(bibtex.render([paper(authors=(name,))], style="biblatex"))["author"] == (
        biblatex_name
    )


@pytest.mark.parametrize(
    ("title", "escaped"),
    [
        (
            "Qwen-VL: A Versatile Vision-Language Model",
            "{Qwen-VL}: A Versatile Vision-Language Model",
        ),
        ("ViT and GPT-4 on 3D Data", "{ViT} and {GPT-4} on {3D} Data"),
        ("Sparticle Reconstruction at LHC", "Sparticle Reconstruction at {LHC}"),
        ("Quantum C Language", "Quantum {C} Language"),
        ("Multi-Output Real-Time RNN", "Multi-Output Real-Time {RNN}"),
        ("Scaling $O(N^2)$ Attention", "Scaling {$O(N^2)$} Attention"),
        ("Won $35,000 and $40,000", "Won \\$35,000 and \\$40,000"),
        ("50% of R&D #1 a_b", "50\\% of {R}\\&{D} \\#1 a\\_b"),
        ("x~y^z", "x\\textasciitilde{}y\\textasciicircum{}z"),
        ("\\emph{w}", "\\textbackslash{}emph\\textbraceleft{}w\\textbraceright{}"),
        ("Schrödinger’s cat", 'Schr{\\"o}dinger{\\textquoteright}s cat'),
        (
            "$\\{x$ and $x}$",
            "\\$\\textbackslash{}\\textbraceleft{}x\\$ and \\$x\\textbraceright{}\\$",
        ),
    ],
)
def test_titles_protect_case_sensitive_words_keep_math_and_escape_specials(
    title: str, escaped: str
) -> None:
    assert fields(bibtex.render([paper(title)]))["title"] == escaped


def test_title_zero_is_kept() -> None:
    assert fields(bibtex.render([PAPERS["2104.12255"]]))["title"] == "0"


@pytest.mark.parametrize(
    "title",
    [
        "}",
        "{",
        "a}b{c",
        "@misc{evil, title={x}}",
        "} , injected = {x",
        "\\",
        "x\\}",
        "100% \\end{document}",
        "$}$ $\\$ $x$",
        'quote " and \\" here',
        "line\nbreak\ttab\x00null\u200bzero-width",
        "中文标题 with ∑ and 🙂",
    ],
)
@pytest.mark.parametrize("style", bibtex.STYLES)
def test_hostile_titles_cannot_break_the_file_or_inject_entries(title: str, style: str) -> None:
    text = bibtex.render([paper(title, authors=(title,))], style=style)
    (entry,) = parse(text).entries
    assert re.fullmatch("[a-z0-9]+", entry.key)
    if style == "bibtex":
        assert text.isascii()


def test_bibtex_style_is_7_bit_and_biblatex_keeps_utf8() -> None:
    corpus = list(PAPERS.values())
    assert bibtex.render(corpus, abstract=True).isascii()
    assert "Tešanović" in bibtex.render(corpus, style="biblatex")


def test_abstract_is_added_only_when_asked_and_escaped() -> None:
    zero = PAPERS["2104.12255"]
    assert "abstract" not in fields(bibtex.render([zero]))
    text = fields(bibtex.render([zero], abstract=True))["abstract"]
    assert "awarded \\$35,000 in total" in text
    astro = fields(bibtex.render([PAPERS["astro-ph/0601001"]], abstract=True))["abstract"]
    assert "4--16\\% of those" in astro


def test_unknown_style_is_an_input_error() -> None:
    with pytest.raises(InputError, match="harvard"):
        bibtex.render([ATTENTION], style="harvard")


def test_same_paper_twice_gives_one_entry() -> None:
    assert len(parse(bibtex.render([ATTENTION, ATTENTION])).entries) == 1


def test_comment_is_one_line_that_cannot_open_an_entry() -> None:
    line = bibtex.comment("post.md:12: arXiv has no paper 2409.99999 @misc{x,\n} }")
    assert line.count("\n") == 1
    assert line.startswith("@comment{citekit: post.md:12: arXiv has no paper 2409.99999")
    library = parse(line)
    assert (library.entries, len(library.comments)) == ([], 1)


def test_notes_are_written_as_comments_after_the_entries() -> None:
    text = bibtex.render([ATTENTION], notes=["post.md:3: arXiv has no paper 2409.99999"])
    assert text.endswith("@comment{citekit: post.md:3: arXiv has no paper 2409.99999}\n")


text_strategy = st.text(
    st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs", "Cc"))
    | st.sampled_from('{}\\$%&#_~^@," '),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(
    title=text_strategy,
    names=st.lists(text_strategy.filter(lambda s: any(c.isalnum() for c in s)), max_size=3),
)
def test_any_title_and_names_parse_to_one_entry_with_every_author(
    title: str, names: list[str]
) -> None:
    for style in bibtex.STYLES:
        text = bibtex.render([paper(title, tuple(names))], style=style)
        (entry,) = parse(text).entries
        author = entry.fields_dict.get("author")
        assert len(split_multiple_persons_names(author.value) if author else []) == len(names)


# No "--" or "''" (LaTeX reads dashes and quotes, as arXiv authors mean them) and no "$":
# math is kept verbatim on purpose, so only text is expected to decode back.
latin_text = st.text(st.sampled_from('abcXYZ019 éüšŁł&%#_~^{}\\@,.:"'), max_size=40)


@settings(max_examples=150, deadline=None)
@given(title=latin_text)
def test_titles_decode_back_to_the_original_text(title: str) -> None:
    expected = " ".join(title.split())
    for style in bibtex.STYLES:
        got = fields(bibtex.render([paper(title)], style=style)).get("title", "")
        assert " ".join(decode(got).split()) == expected


# --- merging into a user's file --------------------------------------------------------

USER_BIB = (DATA / "user.bib").read_text("utf-8")
CITED = [ATTENTION, PAPERS["1406.2661"], PAPERS["2308.12966"], MURRAY, PAPERS["2104.12255"]]


def test_merge_keeps_the_users_text_byte_for_byte_and_appends_only_new_papers() -> None:
    merged = bibtex.merge_into(USER_BIB, CITED)
    assert merged.startswith(USER_BIB)
    added = parse(merged[len(USER_BIB) :]).entries
    # Attention (url with v5), GAN (Scholar's "arXiv:" journal) and Qwen-VL (DOI) are known.
    assert [e.key for e in added] == ["murray2011quantuma", "nguyen20210"]
    assert len(parse(merged).entries) == 6


def test_merging_twice_changes_nothing() -> None:
    once = bibtex.merge_into(USER_BIB, CITED, notes=["post.md:9: arXiv has no paper 2409.99999"])
    assert bibtex.merge_into(once, CITED, notes=["post.md:9: arXiv has no paper 2409.99999"]) == (
        once
    )


def test_merge_into_empty_text_is_a_plain_render() -> None:
    assert bibtex.merge_into("", [ATTENTION]) == bibtex.render([ATTENTION])


def test_merge_matches_eprint_fields_with_version_or_arxiv_prefix() -> None:
    user = "@misc{mine,\n  eprint = {arXiv:1706.03762v2},\n}\n"
    assert bibtex.merge_into(user, [ATTENTION]) == user


def test_merge_keeps_crlf_and_adds_a_missing_final_newline() -> None:
    user = "@misc{mine,\r\n  title = {X}\r\n}"
    merged = bibtex.merge_into(user, [ATTENTION])
    assert merged.startswith(user + "\r\n")
    assert "\n" not in merged.replace("\r\n", "")


def test_merge_refuses_a_file_with_a_syntax_error_and_names_the_line() -> None:
    with pytest.raises(InputError, match="line 3"):
        bibtex.merge_into("@misc{a, title={x}}\n\n@misc{b, title = {unclosed\n", [ATTENTION])


def test_update_file_writes_atomically_and_keeps_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_bytes(USER_BIB.encode())
    assert bibtex.update_file(path, CITED) == ["murray2011quantuma", "nguyen20210"]
    assert (tmp_path / "refs.bib.bak").read_bytes() == USER_BIB.encode()
    assert path.read_text("utf-8").startswith(USER_BIB)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["refs.bib", "refs.bib.bak"]


def test_update_file_creates_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "new.bib"
    assert bibtex.update_file(path, [ATTENTION]) == ["vaswani2017attention"]
    assert path.read_text("utf-8") == bibtex.render([ATTENTION])


def test_update_file_keeps_non_utf8_bytes(tmp_path: Path) -> None:
    path = tmp_path / "latin1.bib"
    original = "@misc{mine, author = {M\xfcller, Hans}}\n".encode("latin-1")
    path.write_bytes(original)
    bibtex.update_file(path, [ATTENTION])
    assert path.read_bytes().startswith(original)


# --- golden files ----------------------------------------------------------------------


@pytest.mark.parametrize("style", bibtex.STYLES)
def test_corpus_output_matches_the_golden_file(style: str) -> None:
    """Regenerate deliberately with CITEKIT_REGENERATE=1 and review the diff."""
    golden = DATA / f"corpus.{style}.bib"
    text = bibtex.render(list(PAPERS.values()), style=style, pinned={"1706.03762": 5})
    if os.environ.get("CITEKIT_REGENERATE"):
        golden.write_text(text, "utf-8")
    assert text == golden.read_text("utf-8")
    keys = bibtex.cite_keys(PAPERS.values())
    assert re.findall(r"^@\w+\{([^,]+),", text, re.M) == [keys[i] for i in PAPERS]
