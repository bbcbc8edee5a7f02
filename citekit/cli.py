"""Command line: parse options, call one library function, print, choose the exit code.

Data goes to stdout, messages to stderr, one line per problem. Exit codes (errors.ExitCode):
0 ok, 1 the run worked but found problems, 2 usage, input or network error.
"""

# No "from __future__ import annotations" here: typer would have to eval every annotation of
# every command on each run, which costs about 5 ms of a warm run's 60 over the typer floor.
import gc
import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from citekit import pipeline
from citekit.config import Settings
from citekit.errors import CitekitError, ExitCode, InputError
from citekit.links import parse_id, scan
from citekit.store import Store, atomic_write

# typer re-exports click's BadParameter (typer >= 0.2x vendors its own click): its base class is
# the UsageError that typer raises for a bad flag or a missing argument.
UsageError = typer.BadParameter.__mro__[1]

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Resolve, cache, cite and fact-check the arXiv papers a Markdown post cites.",
)

PostArg = Annotated[Path, typer.Argument(help="Markdown post citing arXiv papers.")]
CacheDir = Annotated[
    Path | None,
    typer.Option("--cache-dir", help="Cache folder [env CITEKIT_CACHE_DIR; default ./cache]."),
]
Offline = Annotated[
    bool, typer.Option("--offline", help="Never touch the network; use only what is cached.")
]
Refresh = Annotated[
    bool, typer.Option("--refresh", help="Ask arXiv again even for papers already cached.")
]
Debug = Annotated[bool, typer.Option("--debug", help="Show logs and tracebacks.")]


def _say(line: str) -> None:
    print(line, file=sys.stderr)


@app.command()
def fetch(
    post: PostArg,
    cache_dir: CacheDir = None,
    offline: Offline = False,
    refresh: Refresh = False,
    debug: Debug = False,
) -> int:
    """Resolve and cache every arXiv paper POST cites: metadata, PDF and page text."""
    settings = Settings.from_env(cache_dir, offline=offline, refresh=refresh)
    with _progress(post) as advance:
        result = pipeline.fetch_post(post, settings, advance)
    for line in result.problems + result.errors:
        _say(line)
    _say(f"{len(result.resolved)} of {result.cited} papers cached in {settings.cache_dir}")
    return result.exit_code


@app.command()
def bib(
    post: Annotated[
        Path | None, typer.Argument(help="Only the papers this post cites (default: all cached).")
    ] = None,
    style: Annotated[
        str, typer.Option("--style", help="bibtex (7-bit, @misc) or biblatex (UTF-8, @online).")
    ] = "bibtex",
    abstract: Annotated[bool, typer.Option("--abstract", help="Add the abstract.")] = False,
    update: Annotated[
        Path | None,
        typer.Option("--update", help="Merge into this .bib in place, keeping every edit."),
    ] = None,
    cache_dir: CacheDir = None,
    offline: Offline = False,
    debug: Debug = False,
) -> int:
    """Write BibTeX for the papers POST cites (fetching them first), or for the whole cache."""
    if style not in ("bibtex", "biblatex"):
        raise InputError(f"--style must be bibtex or biblatex, not {style!r}")
    settings = Settings.from_env(cache_dir, offline=offline)
    result = pipeline.build_bib(post, settings, style=style, abstract=abstract, update=update)
    for line in result.fetch.problems + result.fetch.errors:
        _say(line)
    if update is not None:
        _say(f"{update}: added {len(result.added)} entries ({', '.join(result.added) or 'none'})")
    else:
        sys.stdout.write(result.text)
    return result.fetch.exit_code


@app.command()
def claims(
    post: PostArg,
    json_output: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    cache_dir: CacheDir = None,
    debug: Debug = False,
) -> int:
    """List the checkable claims in POST: each number, what it is about, which paper."""
    from citekit.claims import claims_document

    found = pipeline.post_claims(post, Settings.from_env(cache_dir))
    if json_output:
        print(json.dumps(claims_document(str(post), found), ensure_ascii=False, indent=2))
        return ExitCode.OK
    print(f"{'id':<8} {'claim':<18} {'kind':<8} {'subject':<40} refs")
    for claim in found:
        mark = " ?" if claim.hedged else ""
        subject = claim.subject if len(claim.subject) <= 40 else claim.subject[:39] + "…"
        text, refs = claim.quantity.text + mark, " ".join(claim.refs)
        print(f"{claim.id:<8} {text:<18} {claim.quantity.kind:<8} {subject:<40} {refs}")
    _say(f"{len(found)} claims")
    return ExitCode.OK


@app.command()
def verify(
    post: PostArg,
    format: Annotated[
        str, typer.Option("--format", help="Report as text (terminal) or markdown.")
    ] = "text",
    json_output: Annotated[bool, typer.Option("--json", help="Machine-readable report.")] = False,
    annotate: Annotated[
        Path | None,
        typer.Option("--annotate", help="Write POST with a footnote per claim to this file."),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Claims the paper does not state also fail.")
    ] = False,
    cache_dir: CacheDir = None,
    offline: Offline = False,
    debug: Debug = False,
) -> int:
    """Check every claim in POST against the cited papers: verdict, page and quote."""
    from citekit import report

    renderers = {"text": report.render_text, "markdown": report.render_markdown}
    if format not in renderers:
        raise InputError(f"--format must be text or markdown, not {format!r}")
    settings = Settings.from_env(cache_dir, offline=offline)
    with _progress(post) as advance:
        result = pipeline.verify_post(post, settings, advance)
    for line in result.fetch.problems + result.fetch.errors:
        _say(line)
    if json_output:
        print(json.dumps(result.document, ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(renderers[format](result.document))
    if annotate is not None:
        annotated = report.annotate(pipeline.read_post(post), result.document)
        atomic_write(annotate, annotated.encode())
        _say(f"annotated post written to {annotate}")
    return result.exit_code(strict)


@app.command(name="list")
def list_papers(cache_dir: CacheDir = None, debug: Debug = False) -> int:
    """List the papers in the cache: id, year, first author, title."""
    store = Store(Settings.from_env(cache_dir).cache_dir)
    for paper in store.papers():
        author = paper.authors[0].split()[-1] if paper.authors else "?"
        etal = " et al." if len(paper.authors) > 1 else ""
        print(f"{paper.versioned_id:<20} {paper.published[:4]}  {author}{etal}: {paper.title}")
    return ExitCode.OK


@app.command()
def show(
    arxiv_id: Annotated[str, typer.Argument(metavar="ID", help="arXiv id, e.g. 2409.12191v2.")],
    cache_dir: CacheDir = None,
    debug: Debug = False,
) -> int:
    """Show one cached paper: metadata, and its abstract from arXiv and from the PDF."""
    import difflib

    parsed = parse_id(arxiv_id.removeprefix("arXiv:").removeprefix("arxiv:"))
    if parsed is None:
        raise InputError(
            f"not an arXiv id: {arxiv_id!r} (expected e.g. 2409.12191 or hep-th/9901001)"
        )
    settings = Settings.from_env(cache_dir)
    store = Store(settings.cache_dir)
    versions = [v for v in store.cached_versions(parsed[0]) if parsed[1] in (None, v)]
    paper = store.load_paper(parsed[0], versions[-1]) if versions else None
    if paper is None:
        raise InputError(f"{arxiv_id} is not in the cache {settings.cache_dir}; run citekit fetch")
    pdf_abstract = store.load_pdf_abstract(paper) or ""
    agreement = difflib.SequenceMatcher(None, paper.summary.split(), pdf_abstract.split()).ratio()
    print(f"{paper.versioned_id}  [{paper.primary_category}]  {paper.abs_url}")
    print(f"Title:     {paper.title}")
    print(f"Authors:   {', '.join(paper.authors)}")
    print(f"Published: {paper.published[:10]} (v1)   This version: {paper.updated[:10]}")
    for label, value in (("Journal", paper.journal_ref), ("DOI", paper.doi)):
        if value:
            print(f"{label + ':':<10} {value}")
    print(f"\nAbstract (arXiv API):\n{paper.summary}\n")
    if pdf_abstract:
        print(f"Abstract (PDF): {agreement:.0%} the same words as the API's")
        if agreement < 0.98:
            print(pdf_abstract)
    else:
        print("Abstract (PDF): not found on the first pages")
    return ExitCode.OK


class _progress:
    """A rich progress bar over a post's papers on stderr when it is a terminal; else nothing.

    Only a terminal pays for counting the post's references before the run.
    """

    def __init__(self, post: Path) -> None:
        self.post = post
        self.bar = None

    def __enter__(self) -> pipeline.Progress | None:
        if not sys.stderr.isatty():
            return None
        total = len(scan(pipeline.read_post(self.post))[0])
        if not total:
            return None
        from rich.console import Console
        from rich.progress import Progress

        self.bar = Progress(console=Console(stderr=True), transient=True)
        self.bar.start()
        task = self.bar.add_task("papers", total=total)
        return lambda label, done: self.bar.update(task, advance=int(done), description=label)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def main() -> None:
    """Entry point: run a command, turning every failure into one line and an exit code."""
    # A run is short and makes few reference cycles: the cyclic collector would only walk the
    # loaded paper indexes again and again, so it is off (a PDF's extraction peaks within 5 MB of
    # what it does with it on). Python still collects once over every object at exit, which
    # gc.freeze() below spares. Together about 15-20 ms of an edited post's warm verify.
    gc.disable()
    debug = "--debug" in sys.argv
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING, format="citekit: %(message)s"
    )
    if not debug:  # urllib3 logs every retry; the final outcome is reported once instead
        logging.getLogger("urllib3").setLevel(logging.ERROR)
    try:
        code = app(standalone_mode=False)
    except UsageError as exc:
        message = exc.format_message()
        if not message and exc.ctx:  # no arguments at all: show the help
            _say(exc.ctx.get_help())
        else:
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
            _say(f"citekit: error: {message}{hint}")
        code = ExitCode.ERROR
    except (typer.Abort, KeyboardInterrupt):
        _say("citekit: interrupted")
        code = ExitCode.ERROR
    except CitekitError as exc:
        if debug:
            raise
        _say(f"citekit: {exc}")
        code = exc.exit_code
    except Exception as exc:  # a bug: still one line, unless --debug
        if debug:
            raise
        _say(f"citekit: internal error: {type(exc).__name__}: {exc} (rerun with --debug)")
        code = ExitCode.ERROR
    gc.freeze()
    sys.exit(int(code or 0))
