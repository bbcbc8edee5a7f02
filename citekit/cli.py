"""Command line: parse options, call one library function, print, choose the exit code."""

from __future__ import annotations

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True)


def main() -> None:
    app()
