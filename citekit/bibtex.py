"""Paper -> BibTeX/BibLaTeX entries, and merging them into a user's own .bib file.

Entries follow arXiv's own BibTeX export (``@misc`` with ``eprint``/``archivePrefix``/
``primaryClass``), or biblatex's ``@online``/``@article`` with ``eprinttype = {arxiv}``.
Keys are ``familyname + first-version year + first significant title word`` in lower-case
ASCII; the family name keeps its particles (``van der Maaten`` -> ``vandermaaten``, as people
write such keys by hand). When keys collide the earliest paper (first-version date, then id)
keeps the bare key and later ones get ``a``, ``b``, ... so citing a newer paper never renames
an older key; keys already in a file are never reused.

Every text field is escaped so no title or name can unbalance a brace or start an entry:
BibTeX output is 7-bit (Unicode through pylatexenc), BibLaTeX output keeps UTF-8. Merging
never rewrites the user's text: new entries are appended after it, byte for byte.

This is the only module that imports bibtexparser and pylatexenc. Fetching papers, deciding
which to cite and printing are left to the callers.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

import bibtexparser
from bibtexparser.library import Library
from bibtexparser.model import (
    DuplicateBlockKeyBlock,
    DuplicateFieldKeyBlock,
    Entry,
    ExplicitComment,
    Field,
)
from bibtexparser.writer import BibtexFormat
from pylatexenc.latexencode import UnicodeToLatexEncoder

from citekit.errors import InputError
from citekit.models import Paper
from citekit.patterns import pattern

log = logging.getLogger(__name__)

STYLES = ("bibtex", "biblatex")

_STOPWORDS = frozenset(
    "a an the on of for to towards toward in and or with from by at via is are do does "
    "how what when why can".split()
)
_PARTICLES = frozenset("van von der den de del della di da du dos das le la ter ten".split())
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_CORPORATE = frozenset({"collaboration", "collaborations", "consortium", "team"})
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
# Letters NFKD does not decompose into an ASCII base letter.
_FOLD = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"}
    | {"ß": "ss", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i"}
)
# Braces go out as macros: BibTeX and biber count `\{` as a brace, so it would unbalance a field.
_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_SPECIALS_RE = pattern("[" + re.escape("".join(_SPECIALS)) + "]")
# Inline math as arXiv writes it: no space just inside the dollars ("$35,000 and $40" is money).
_MATH_RE = pattern(r"\$(?!\s)[^$]+?(?<![\s\\])\$")
_WORD_RE = pattern(r"[^\W_]+(?:['’./-][^\W_]+)*")
_PART_SPLIT_RE = pattern(r"['’./-]")
_ARXIV_ID = r"(?:\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?/\d{7})"
_ID_IN_FIELD_RE = pattern(
    rf"(?:arxiv\.org/(?:abs|pdf)/|10\.48550/arxiv\.|arxiv:)({_ARXIV_ID})", re.IGNORECASE
)
_BARE_ID_RE = pattern(rf"(?:arxiv:)?({_ARXIV_ID})(?:v\d+)?", re.IGNORECASE)
_ID_FIELDS = ("url", "doi", "journal", "journaltitle", "howpublished", "note")

_LATEX = UnicodeToLatexEncoder(
    non_ascii_only=True, replacement_latex_protection="braces-all", unknown_char_policy="unihex"
)


def cite_keys(papers: Iterable[Paper], existing_keys: Collection[str] = ()) -> dict[str, str]:
    """Map each paper id to its citation key, avoiding `existing_keys` (case-insensitively)."""
    taken = {key.lower() for key in existing_keys}
    keys: dict[str, str] = {}
    for paper in sorted(_unique(papers), key=lambda p: (_first_version(p), p.id)):
        base = _base_key(paper)
        key, n = base, 0
        while key in taken:
            key, n = base + _suffix(n), n + 1
        taken.add(key)
        keys[paper.id] = key
    return keys


def render(
    papers: Sequence[Paper],
    *,
    style: str = "bibtex",
    pinned: Mapping[str, int] | None = None,
    abstract: bool = False,
    existing_keys: Collection[str] = (),
    notes: Sequence[str] = (),
) -> str:
    """Return a .bib text with one entry per paper (input order) and one @comment per note."""
    if style not in STYLES:
        raise InputError(f"unknown bibliography style {style!r}; use one of: {', '.join(STYLES)}")
    papers = _unique(papers)
    keys = cite_keys(papers, existing_keys)
    library = Library()
    for paper in papers:
        library.add(_entry(paper, keys[paper.id], style, (pinned or {}).get(paper.id), abstract))
    for note in notes:
        library.add(ExplicitComment(_comment_text(note)))
    if not library.blocks:
        return ""
    bib_format = BibtexFormat()
    bib_format.indent = "  "
    bib_format.block_separator = "\n"
    return bibtexparser.write_string(library, bibtex_format=bib_format)


def merge_into(
    bib_text: str,
    papers: Sequence[Paper],
    *,
    style: str = "bibtex",
    pinned: Mapping[str, int] | None = None,
    abstract: bool = False,
    notes: Sequence[str] = (),
) -> str:
    """Return `bib_text` unchanged followed by entries for the papers it does not cite yet."""
    return _merge(bib_text, papers, style, pinned, abstract, notes, source="the .bib text")[0]


def update_file(
    path: Path,
    papers: Sequence[Paper],
    *,
    style: str = "bibtex",
    pinned: Mapping[str, int] | None = None,
    abstract: bool = False,
    notes: Sequence[str] = (),
) -> list[str]:
    """Merge the papers into the .bib at `path` atomically, keeping `path.bak`; return new keys."""
    try:
        # surrogateescape keeps a file in any 8-bit encoding byte-identical.
        old = path.read_text("utf-8", "surrogateescape") if path.exists() else ""
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    text, added = _merge(old, papers, style, pinned, abstract, notes, source=str(path))
    if text == old and path.exists():
        return added
    try:
        if path.exists():
            shutil.copy2(path, path.with_name(path.name + ".bak"))
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
                f.write(text)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from exc
    return added


def comment(note: str) -> str:
    """Return `note` as one ``@comment{citekit: ...}`` line that cannot break a .bib file."""
    return f"@comment{{{_comment_text(note)}}}\n"


def _merge(
    bib_text: str,
    papers: Sequence[Paper],
    style: str,
    pinned: Mapping[str, int] | None,
    abstract: bool,
    notes: Sequence[str],
    source: str,
) -> tuple[str, list[str]]:
    library = bibtexparser.parse_string(bib_text)
    for block in library.failed_blocks:
        if not isinstance(block, DuplicateBlockKeyBlock | DuplicateFieldKeyBlock):
            line = (block.start_line or 0) + 1
            raise InputError(
                f"{source}: line {line}: not valid BibTeX; fix it so entries can be appended"
            )
    cited = {arxiv_id for entry in library.entries for arxiv_id in _cited_ids(entry)}
    keys = [entry.key for entry in library.entries]
    keys += [b.key for b in library.failed_blocks if isinstance(b, DuplicateBlockKeyBlock)]
    new = [paper for paper in _unique(papers) if paper.id not in cited]
    existing_lines = set(bib_text.splitlines())
    new_notes = [note for note in notes if comment(note).rstrip("\n") not in existing_lines]
    addition = render(
        new, style=style, pinned=pinned, abstract=abstract, existing_keys=keys, notes=new_notes
    )
    if not addition:
        return bib_text, []
    added = [cite_keys(new, keys)[paper.id] for paper in new]
    if "\r\n" in bib_text:
        addition = addition.replace("\n", "\r\n")
    newline = "\r\n" if "\r\n" in bib_text else "\n"
    if bib_text and not bib_text.endswith("\n"):
        bib_text += newline
    separator = newline if bib_text.strip() else ""
    return bib_text + separator + addition, added


def _cited_ids(entry: Entry) -> set[str]:
    """The arXiv ids an existing entry points at, whatever its key and style."""
    fields = {key.lower(): str(field.value) for key, field in entry.fields_dict.items()}
    ids = {
        m.group(1) for name in _ID_FIELDS for m in _ID_IN_FIELD_RE.finditer(fields.get(name, ""))
    }
    eprint = _BARE_ID_RE.fullmatch(fields.get("eprint", "").strip())
    if eprint:
        ids.add(eprint.group(1))
    return ids


def _entry(paper: Paper, key: str, style: str, version: int | None, abstract: bool) -> Entry:
    ascii_only = style == "bibtex"
    first = _first_version(paper)
    published = paper.doi is not None or paper.journal_ref is not None
    url = f"{paper.abs_url}v{version}" if version else paper.abs_url
    fields: list[tuple[str, str]] = [
        ("title", _text(paper.title, ascii_only=ascii_only, protect=True)),
        ("author", " and ".join(n for n in (_name(a, ascii_only) for a in paper.authors) if n)),
    ]
    if ascii_only:
        entry_type = "misc"
        fields += [("year", str(first.year)), ("month", _MONTHS[first.month - 1])]
        fields += [("eprint", _verbatim(paper.id)), ("archivePrefix", "arXiv")]
        fields += [("primaryClass", _verbatim(paper.primary_category))]
        if paper.journal_ref:
            fields.append(("note", _text(paper.journal_ref, ascii_only=True, protect=False)))
    else:
        entry_type = "article" if paper.journal_ref else "online"
        if paper.journal_ref:
            fields.append(
                ("journaltitle", _text(paper.journal_ref, ascii_only=False, protect=False))
            )
        fields += [("date", first.date().isoformat()), ("eprinttype", "arxiv")]
        fields += [("eprint", _verbatim(paper.id))]
        fields += [("eprintclass", _verbatim(paper.primary_category))]
    if version:
        fields.append(("version", str(version)))
    fields.append(("url", _verbatim(url)))
    # Once published, the arXiv DOI goes nowhere: it must never pass for the publisher's.
    doi = paper.doi if published else f"10.48550/arXiv.{paper.id}"
    if doi:
        fields.append(("doi", _verbatim(doi)))
    if abstract:
        fields.append(("abstract", _text(paper.summary, ascii_only=ascii_only, protect=False)))
    return Entry(
        entry_type,
        key,
        [
            Field(name, value, enclosing="no-enclosing" if name == "month" else "{")
            for name, value in fields
            if value
        ],
    )


def _first_version(paper: Paper) -> datetime:
    try:
        return datetime.fromisoformat(paper.published)
    except ValueError as exc:
        raise InputError(f"arXiv:{paper.id}: bad first-version date {paper.published!r}") from exc


def _unique(papers: Iterable[Paper]) -> list[Paper]:
    seen: dict[str, Paper] = {}
    for paper in papers:
        seen.setdefault(paper.id, paper)
    return list(seen.values())


def _suffix(n: int) -> str:
    """0 -> a, 25 -> z, 26 -> aa: bijective base 26."""
    letters = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("a") + rem) + letters
    return letters


def _base_key(paper: Paper) -> str:
    authors = [a for a in paper.authors if a.strip()]
    family = _ascii_word(_split_name(authors[0])[0]) if authors else ""
    words = (_ascii_word(w) for w in _clean(paper.title).split())
    word = next((w for w in words if w and w not in _STOPWORDS), "")
    return f"{family or 'anon'}{_first_version(paper).year}{word}"


def _ascii_word(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def _split_name(name: str) -> tuple[str, str, str]:
    """Split "First von Last, Jr." into (family incl. particles, given, suffix)."""
    head, _, suffix = _clean(name).rpartition(",")
    tokens, suffix = (head.split(), suffix.strip()) if head.strip() else (suffix.split(), "")
    if not suffix and len(tokens) > 2 and tokens[-1].lower() in _SUFFIXES:
        suffix = tokens.pop()
    if tokens and tokens[-1].lower() in _CORPORATE:
        return " ".join(tokens), "", ""
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(tokens[start:]), " ".join(tokens[:start]), suffix


def _name(name: str, ascii_only: bool) -> str:
    """One author as BibTeX's "von Last, Jr, First", safe against " and " and stray commas."""
    family, given, suffix = _split_name(name)

    def part(text: str) -> str:
        words = _text(text, ascii_only=ascii_only, protect=False).split(" ")
        return " ".join("{" + w + "}" if w.lower() == "and" or "," in w else w for w in words)

    if " " in family and not given:  # "ATLAS Collaboration": one unsplittable name
        return "{" + _text(family, ascii_only=ascii_only, protect=False) + "}"
    return ", ".join(part(p) for p in (family, suffix, given) if p)


def _clean(text: str) -> str:
    """NFC, no control or invisible format characters, runs of whitespace as one space."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(text.split())


def _text(text: str, *, ascii_only: bool, protect: bool) -> str:
    """Escape a free-text field, keeping ASCII `$...$` math and bracing case-sensitive words."""
    text = _clean(text)
    out: list[str] = []
    pos = 0
    for math in _MATH_RE.finditer(text):
        # Text-mode escapes of non-ASCII would not compile in math; such "math" is text.
        if not (_balanced(math.group()) and math.group().isascii()) or "%" in math.group():
            continue
        out.append(_prose(text[pos : math.start()], ascii_only, protect))
        out.append("{" + math.group() + "}" if protect else math.group())
        pos = math.end()
    out.append(_prose(text[pos:], ascii_only, protect))
    return "".join(out)


def _prose(text: str, ascii_only: bool, protect: bool) -> str:
    out: list[str] = []
    pos = 0
    for word in _WORD_RE.finditer(text):
        out.append(_escape(text[pos : word.start()], ascii_only))
        escaped = _escape(word.group(), ascii_only)
        out.append("{" + escaped + "}" if protect and _case_sensitive(word.group()) else escaped)
        pos = word.end()
    out.append(_escape(text[pos:], ascii_only))
    return "".join(out)


def _escape(text: str, ascii_only: bool) -> str:
    text = _SPECIALS_RE.sub(lambda m: _SPECIALS[m.group()], text)
    return _LATEX.unicode_to_latex(text) if ascii_only else text


def _case_sensitive(word: str) -> bool:
    """Acronyms, inner capitals, letters with digits, lone capitals: styles must not lower these."""
    if any(c.isupper() for part in _PART_SPLIT_RE.split(word) for c in part[1:]):
        return True
    if any(c.isdigit() for c in word) and any(c.isalpha() for c in word):
        return True
    return len(word) == 1 and word.isupper() and word != "A"


def _balanced(text: str) -> bool:
    depth = 0
    for c in text:
        depth += {"{": 1, "}": -1}.get(c, 0)
        if depth < 0:
            return False
    return depth == 0


def _verbatim(text: str) -> str:
    """A url/doi/id as-is, minus what could unbalance the field (percent-encoded)."""
    return re.sub(r"[{}\\\s]", lambda m: f"%{ord(m.group()):02X}", _clean(text))


def _comment_text(note: str) -> str:
    # BibTeX reads a new entry at any "@", and bibtexparser needs balanced braces.
    safe = _clean(note).replace("@", "(at)").replace("{", "(").replace("}", ")")
    return f"citekit: {safe}"
