"""``redact verify INPUT OUTPUT --report R``."""

from __future__ import annotations

from pathlib import Path

import typer

from redact.cli.output import err_console, fail, shown
from redact.errors import RedactError
from redact.verify import verify
from redact.wording import count


def verify_command(
    input_path: Path = typer.Argument(..., metavar="INPUT", help="The original file or folder."),
    output_path: Path = typer.Argument(..., metavar="OUTPUT", help="The scrubbed file or folder."),
    report: Path = typer.Option(..., "--report", "-r", help="The scrub's JSON report."),
    strict: bool = typer.Option(False, "--strict", help="Fail on values left in the output too."),
) -> None:
    """Check that the report is an exact patch from INPUT to OUTPUT and list replaced values that still occur elsewhere in the output (exit 1 when not exact)."""
    try:
        result = verify(input_path, output_path, report)
    except RedactError as err:
        raise fail(err)
    for problem in result.problems:
        err_console.print(f"[red]not exact:[/] {shown(problem)}")
    for warning in result.warnings:
        err_console.print(f"[yellow]warning:[/] {shown(warning)}")
    state = "exact" if not result.problems else "NOT exact"
    err_console.print(f"{count(result.files, 'file')} checked: {state}, "
                      f"{count(len(result.warnings), 'warning')}")
    raise typer.Exit(0 if result.ok(strict) else 1)
