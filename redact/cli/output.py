"""Where the CLI talks: stderr for people (summary, problems), stdout for data only."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.markup import escape

from redact.errors import RedactError

__all__ = ["err_console", "fail"]

err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(error: RedactError, code: int = 2) -> typer.Exit:
    """One line on stderr, then the exit code."""
    err_console.print(f"[bold red]error:[/] {escape(str(error))}", markup=True, highlight=False)
    return typer.Exit(code)
