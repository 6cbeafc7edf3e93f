"""Where the CLI talks: stderr for people (summary, problems), stdout for data only."""

from __future__ import annotations

import re

import typer
from rich.console import Console
from rich.markup import escape

from redact.errors import RedactError

__all__ = ["err_console", "fail", "shown"]

err_console = Console(stderr=True, highlight=False, soft_wrap=True)


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def _escaped(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    return char.encode("unicode_escape").decode() if code < 0xD800 else f"\\u{code:04x}"


def shown(text: str) -> str:
    """Text as the terminal gets it: control characters and the undecodable bytes of a file
    name written as escapes (a file named "\\x1b[2J..." cannot clear the screen, a newline
    in a name cannot forge an "error:" line) and rich markup escaped ("[bold]notes.txt"
    stays as named)."""
    return escape(_UNPRINTABLE.sub(lambda m: _escaped(m.group()), text))


def fail(error: RedactError, code: int = 2) -> typer.Exit:
    """One line on stderr, then the exit code."""
    err_console.print(f"[bold red]error:[/] {shown(str(error))}", markup=True, highlight=False)
    return typer.Exit(code)
