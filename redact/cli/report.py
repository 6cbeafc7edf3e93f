"""``redact report REPORT.json [--html OUT.html] [--markdown OUT.md]``."""

from __future__ import annotations

from pathlib import Path

import typer

from redact import text_io
from redact.cli.output import fail
from redact.errors import RedactError
from redact.report.html import write_html
from redact.report.json_report import read_report
from redact.report.markdown import render_markdown


def report_command(
    report: Path = typer.Argument(..., metavar="REPORT.json", help="A scrub's JSON report."),
    html: Path | None = typer.Option(None, "--html", help="Write the HTML report (one self-contained page) here."),
    markdown: Path | None = typer.Option(None, "--markdown", help="Write the Markdown summary here (without --html or --markdown it goes to stdout)."),
    outdir: Path | None = typer.Option(None, "--outdir", help="Folder of the scrubbed copies, for the per-file view (default: each file's output path as the report records it, from the current folder)."),
) -> None:
    """Views of a report for people: an HTML page to review the changes and export decisions, a Markdown summary for a pull-request comment. Neither holds a replaced value unless the report was made with --reveal (the HTML then shows it under a banner)."""
    try:
        data = read_report(report)
        if html is not None:
            write_html(data, html, outdir=outdir)
        if markdown is not None:
            text_io.write_atomic(markdown, text_io.report_bytes(render_markdown(data)), mode=0o644)
    except RedactError as err:
        raise fail(err)
    except OSError as err:
        raise fail(RedactError(f"cannot write {err.filename}: {err.strerror}"))
    if html is None and markdown is None:
        typer.echo(text_io.report_bytes(render_markdown(data)), nl=False)
