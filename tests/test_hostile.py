"""Hostile input: posts, ids, hosts, PDFs and feeds crafted to crash, hang or escape citekit."""

from __future__ import annotations

import re
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from clirun import citekit
from replay import DATA_DIR, Fault, ReplayServer

from citekit import pdftext
from citekit.config import Settings
from citekit.errors import ExitCode, InputError, PdfError
from citekit.links import find_refs, scan
from citekit.pipeline import fetch_refs, read_post
from citekit.store import Store

GAN = "1406.2661"

# --- post files ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("Transformer arXiv:1706.03762 café".encode("latin-1"), "not UTF-8 text (byte 32)"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00arXiv:1706.03762", "binary file"),
    ],
    ids=["latin-1", "binary"],
)
def test_a_post_that_is_not_utf8_text_is_an_input_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    post = tmp_path / "post.md"
    post.write_bytes(content)
    with pytest.raises(InputError, match=re.escape(message)):
        read_post(post)


def test_a_non_utf8_post_exits_2_with_one_line(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_bytes(b"caf\xe9 arXiv:1706.03762\n")
    run = citekit("fetch", str(post), "--offline", "--cache-dir", str(tmp_path / "cache"))
    assert run.returncode == 2
    assert run.stderr == f"citekit: {post}: not UTF-8 text (byte 3); re-save it as UTF-8\n"


def test_an_empty_post_cites_nothing(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_bytes(b"")
    run = citekit("fetch", str(post), "--offline", "--cache-dir", str(tmp_path / "cache"))
    assert run.returncode == 0
    assert "0 of 0 papers cached" in run.stderr


@pytest.mark.parametrize(
    ("build", "found"),
    [
        (lambda: ("Some prose, 2409.12191 and all. " * 3 + "\n") * 500_000, 0),  # 50 MB
        (lambda: "x" * 10_000_000 + " arXiv:1706.03762\n", 1),  # a 10 MB line
        (lambda: "[" * 2_000_000 + "`" * 1_000_000 + "<a href='" * 500_000, 0),
        (lambda: ">" * 100_000 + " - " * 100_000 + "[x](https://arxiv.org/abs/1706.03762)", 1),
        (lambda: "".join(f"[a](https://arxiv.org/abs/{n}) " for n in range(1, 10**5)), 0),
        (
            lambda: " ".join(f"[p](https://arxiv.org/abs/2401.{n:05d})" for n in range(1, 10001)),
            10000,
        ),
    ],
    ids=["50MB", "10MB-line", "unclosed-brackets", "deep-nesting", "100k-bad-links", "10k-links"],
)
def test_huge_or_pathological_posts_scan_in_bounded_time(tmp_path: Path, build, found: int) -> None:
    post = tmp_path / "post.md"
    post.write_text(build())
    started = time.monotonic()
    refs, _ = scan(read_post(post))
    assert time.monotonic() - started < 5
    assert len(refs) == found


def test_ten_thousand_links_in_a_post_are_all_accounted_for(tmp_path: Path) -> None:
    refs = find_refs("\n".join(f"* arXiv:2401.{n:05d}" for n in range(1, 10001)))
    result = fetch_refs(refs, Settings(tmp_path, offline=True))
    assert len(result.errors) == 10000
    assert result.errors[-1].startswith("2401.10000 is not in the cache")


# --- crafted ids --------------------------------------------------------------------------

CRAFTED = [
    "../../etc/passwd",
    "2409.12191v1/../../x",
    "..%2F..%2Fetc%2Fpasswd",
    "2409.12191%2F..%2F..%2Fx",
    "2409.12191%00",
    "2409.12191\x00../x",
    "2409.12191v" + "9" * 500,
    "hep-th/../../9901001",
    "hep-th/9901001/../../..",
    "%2e%2e/%2e%2e/etc/passwd",
]


def test_crafted_ids_never_become_paths_and_are_never_sent(
    arxiv_env: ReplayServer, tmp_path: Path
) -> None:
    crafted = [raw for raw in CRAFTED if "\x00" not in raw]  # a NUL makes the post binary
    lines = [f"[x](https://arxiv.org/abs/{raw}) and arXiv:{raw}" for raw in crafted]
    post = tmp_path / "post.md"
    post.write_text("\n".join([*lines, f"Real: arXiv:{GAN}"]) + "\n")
    before = {p for p in tmp_path.parent.rglob("*")}
    run = citekit("fetch", str(post))
    assert run.returncode == 1, run.stderr
    assert run.stderr.count("not a valid arXiv id") >= len(crafted)
    api = [r for r in arxiv_env.requests if r.startswith("/api")]
    assert len(api) == 1 and f"&id_list={GAN}&" in api[0]
    assert arxiv_env.requests[1:] == [f"/pdf/{GAN}v1"]
    cache = tmp_path / "cache"
    created = {p for p in tmp_path.parent.rglob("*")} - before
    assert all(p.is_relative_to(cache) for p in created), created - {*cache.rglob("*")}
    assert {p.name for p in (cache / "papers").iterdir()} == {GAN}


@pytest.mark.parametrize("raw", CRAFTED)
def test_crafted_ids_yield_no_reference(raw: str) -> None:
    refs, malformed = scan(f"[x](https://arxiv.org/abs/{raw}) arXiv:{raw}")
    assert refs == [] or [ref.id for ref in refs] == ["2409.12191"] and "\x00" in raw
    assert all(ref.version is None for ref in refs)


@pytest.mark.parametrize("raw", [*CRAFTED, "2409.12191v0", "2409.12191", "x" * 5000])
def test_the_store_refuses_anything_but_a_bare_valid_id(tmp_path: Path, raw: str) -> None:
    store = Store(tmp_path)
    if raw == "2409.12191":
        assert store.version_dir(raw, 1) == tmp_path / "papers" / raw / "v1"
        with pytest.raises(InputError):
            store.version_dir(raw, 0)
        return
    with pytest.raises(InputError, match="not an arXiv id"):
        store.version_dir(raw, 1)


# --- network boundary ---------------------------------------------------------------------


def test_links_to_other_hosts_are_never_fetched(arxiv_env: ReplayServer, tmp_path: Path) -> None:
    with ReplayServer() as elsewhere:
        post = tmp_path / "post.md"
        post.write_text(
            f"[a]({elsewhere.api_url}?id_list={GAN}) [b]({elsewhere.pdf_url}/{GAN}v1) "
            f"<http://127.0.0.1:{elsewhere.port}/abs/{GAN}> https://evil.example/abs/{GAN} "
            f"https://arxiv.org.evil.example/abs/{GAN}\n"
        )
        run = citekit("fetch", str(post))
        assert elsewhere.requests == []
    assert run.returncode == 0, run.stderr  # the arxiv.org.evil.example link names the id
    assert all(r.startswith(("/api/query", f"/pdf/{GAN}v1")) for r in arxiv_env.requests)


@pytest.mark.parametrize("path", ["/pdf", "/api"])
def test_redirects_off_the_configured_hosts_are_refused(
    replay: ReplayServer, tmp_path: Path, path: str
) -> None:
    with ReplayServer() as elsewhere:
        replay.inject(path, Fault.redirect(f"{elsewhere.pdf_url}/{GAN}v1"))
        settings = Settings(tmp_path, replay.api_url, replay.pdf_url, api_delay=0)
        result = fetch_refs(find_refs(f"arXiv:{GAN}"), settings)
        assert elsewhere.requests == []
    assert result.exit_code == ExitCode.ERROR
    assert len(result.errors) == 1 and "refusing to leave arXiv" in result.errors[0]


def test_a_redirect_within_the_configured_host_is_followed(
    replay: ReplayServer, tmp_path: Path
) -> None:
    replay.inject(f"/pdf/{GAN}v1", Fault.redirect(f"{replay.pdf_url}/{GAN}v1.pdf"))
    settings = Settings(tmp_path, replay.api_url, replay.pdf_url, api_delay=0)
    assert fetch_refs(find_refs(f"arXiv:{GAN}"), settings).exit_code == ExitCode.OK


# --- PDFs: bounded time and memory --------------------------------------------------------


def bomb_pdf(inflated: int) -> bytes:
    """A one-page PDF whose 60 kB content stream inflates to ``inflated`` bytes of spaces."""
    stream = zlib.compress(b" " * inflated, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out, offsets = bytearray(b"%PDF-1.5\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_a_pdf_that_takes_too_long_is_stopped_and_named() -> None:
    pdf = (DATA_DIR / "pdfs" / "1706.03762v5.pdf").read_bytes()
    started = time.monotonic()
    [result] = pdftext.extract_many([("1706.03762v5", pdf)], seconds=0.2)
    assert time.monotonic() - started < 1.5
    assert isinstance(result, PdfError)
    assert str(result) == (
        "1706.03762v5: text extraction took longer than 0.2 s; the PDF may be damaged"
    )


def test_extraction_beyond_the_memory_cap_fails_cleanly() -> None:
    # In a fresh process: the cap is on top of what the worker inherits, free heap included.
    script = (
        "from pathlib import Path; from citekit import pdftext; "
        f"pdf = Path({str(DATA_DIR / 'pdfs' / '1706.03762v5.pdf')!r}).read_bytes(); "
        "print(pdftext.extract_many([('1706.03762v5', pdf)], memory=1024**2)[0])"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    # Where the allocation fails decides whether the worker reports it or dies trying.
    assert run.stdout.strip() in (
        "1706.03762v5: text extraction needs more than 1 MB of memory; the PDF may be damaged",
        "1706.03762v5: text extraction crashed; the PDF may be damaged",
    ), run.stdout[:300]


def test_a_decompression_bomb_under_the_cap_costs_that_pdf_only() -> None:
    # pypdf turns the MemoryError of inflating 70 MB under a 20 MB cap into an empty page.
    [result] = pdftext.extract_many([("bomb", bomb_pdf(70_000_000))], memory=20 * 1024**2)
    assert str(result) == "bomb: the PDF has no text layer (scanned?); nothing to check against"


def test_pdfs_within_their_limits_are_extracted_in_order() -> None:
    gan = (DATA_DIR / "pdfs" / "1406.2661v1.pdf").read_bytes()
    results = pdftext.extract_many([("bomb", bomb_pdf(1_000_000)), ("1406.2661v1", gan)])
    assert "no text layer" in str(results[0])
    assert len(results[1]) == 9  # type: ignore[arg-type]


# --- XML ------------------------------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE feed [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<feed xmlns="http://www.w3.org/2005/Atom"><title>&lol9;</title></feed>
"""


def external_entity_feed(replay: ReplayServer) -> bytes:
    body = replay.route(f"/api/query?id_list={GAN}&max_results=1").body
    dtd = b'<!DOCTYPE feed [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    body = body.replace(b"<feed ", dtd + b"<feed ", 1)
    return body.replace(b"<title>Generative", b"<title>&xxe;Generative", 1)


@pytest.mark.parametrize("kind", ["billion-laughs", "external-entity"])
def test_feeds_with_entities_are_refused_fast(
    replay: ReplayServer, tmp_path: Path, kind: str
) -> None:
    body = BILLION_LAUGHS if kind == "billion-laughs" else external_entity_feed(replay)
    replay.inject("/api", Fault.body(body))
    settings = Settings(tmp_path, replay.api_url, replay.pdf_url, api_delay=0)
    started = time.monotonic()
    result = fetch_refs(find_refs(f"arXiv:{GAN}"), settings)
    assert time.monotonic() - started < 2
    assert result.exit_code == ExitCode.ERROR
    assert "declares a DTD" in result.errors[0]
    assert not (tmp_path / "papers").exists()
