"""``redact scrub INPUT... -o OUTDIR``."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn
from rich.table import Table

from redact.cli.output import err_console, fail
from redact.config import load_policy, parse_operator
from redact.errors import RedactError, UsageError
from redact.keys import load_key
from redact.pipeline import ScrubOptions, scrub
from redact.report.json_report import write_report
from redact.report.model import RunReport

DEFAULT_REPORT = Path("redact-report.json")


def scrub_command(
    inputs: list[str] = typer.Argument(..., metavar="INPUT...",
                                       help="Files or folders to scrub; - reads stdin."),
    outdir: Path | None = typer.Option(None, "--output", "-o", help="Folder for the scrubbed copies."),
    report: Path = typer.Option(DEFAULT_REPORT, "--report", help="Where the JSON report goes (never inside OUTDIR by default)."),
    policy_file: Path | None = typer.Option(None, "--policy", help="Policy file (default: ./redact.toml if present)."),
    rules: list[Path] = typer.Option([], "--rules", help="Extra rule pack (Presidio YAML); repeatable."),
    fmt: str | None = typer.Option(None, "--format", help="Input format, instead of sniffing (see `redact formats`)."),
    fields: list[str] = typer.Option([], "--fields", help="JSON string fields to scan, relative to each record, e.g. messages[].content; repeatable."),
    columns: list[str] = typer.Option([], "--columns", help="CSV/TSV columns to scan, by header name; repeatable (default: message, text, content, body, utterance, speaker and name columns)."),
    copy_unscanned: bool = typer.Option(False, "--copy-unscanned", help="Copy binary files and zip members to the output unchanged (they are still listed as skipped)."),
    lang: str | None = typer.Option(None, "--lang", help="auto, en or ru."),
    operator: list[str] = typer.Option([], "--operator", help="CATEGORY=tag|mask|hash|remove|keep|surrogate; repeatable."),
    no_ner: bool = typer.Option(False, "--no-ner", help="Rules only; prose is reported as not scanned by NER."),
    reveal: bool = typer.Option(False, "--reveal", help="Put original values in the report (mode 0600, never inside OUTDIR)."),
    no_repair: bool = typer.Option(False, "--no-repair", help="Treat double-encoded (mojibake) files as errors."),
    in_place: bool = typer.Option(False, "--in-place", help="Overwrite the inputs, keeping FILE.bak."),
    key_file: Path | None = typer.Option(None, "--key-file", help="Key file (default: REDACT_KEY, then .redact-key)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary; errors still print."),
) -> None:
    """Write redacted copies that keep each file's format, and a JSON change report.

    Exit codes: 0 every file scrubbed, 2 a file in error (the others are still written)
    or a usage error.
    """
    try:
        if lang is not None and lang not in ("auto", "en", "ru"):
            raise UsageError(f"--lang is auto, en or ru, not {lang!r}")
        if in_place and outdir is not None:
            raise UsageError("--in-place and -o exclude each other")
        policy = load_policy(policy_file)
        ops = dict(policy.operators) | dict(parse_operator(o) for o in operator)
        policy = policy.with_overrides(operators=ops, lang=lang, ner=False if no_ner else None)
        if reveal and outdir is not None and _inside(report, outdir):
            raise UsageError("a --reveal report holds original values and cannot go inside OUTDIR")
        key = load_key(key_file, required=False)
        options = ScrubOptions(outdir=outdir, in_place=in_place, policy=policy, rule_files=rules,
                               format=fmt, fields=tuple(_split(fields)), columns=tuple(_split(columns)),
                               copy_unscanned=copy_unscanned, reveal=reveal, repair=not no_repair, key=key)
        show = not quiet and err_console.is_terminal
        with _progress(show) as progress:
            task = progress.add_task("reading", total=None)
            options.progress = lambda done, files: progress.update(task, completed=done)
            result = scrub(inputs, options)
        write_report(result, report, revealed=reveal)
    except RedactError as err:
        raise fail(err)
    _print_problems(result)
    if not quiet:
        _print_summary(result, report)
    raise typer.Exit(2 if result.summary["errors"] else 0)


def _split(values: list[str]) -> list[str]:
    """--fields a,b and --fields a --fields b mean the same."""
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def _progress(show: bool) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
                    TransferSpeedColumn(), console=err_console, disable=not show, transient=True)


def _print_problems(result: RunReport) -> None:
    for f in result.files:
        if f.status == "error":
            err_console.print(f"[red]error:[/] {f.path}: {f.error}")
        elif f.status == "skipped":
            err_console.print(f"[yellow]skipped:[/] {f.path}: {f.error}")
        for warning in f.warnings:
            err_console.print(f"[yellow]warning:[/] {f.path}: {warning}")


def _print_summary(result: RunReport, report: Path) -> None:
    summary = result.summary
    table = Table(title="redact scrub", show_header=True, header_style="bold")
    table.add_column("category")
    table.add_column("changes", justify="right")
    for category, count in summary["changes_by_category"].items():
        table.add_row(category, str(count))
    err_console.print(table)
    err_console.print(
        f"{summary['files']} files: {summary['redacted']} redacted, {summary['clean']} clean, "
        f"{summary['skipped']} skipped, {summary['errors']} errors; report: {report}")
