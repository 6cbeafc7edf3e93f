"""``redact scrub INPUT... -o OUTDIR``."""

from __future__ import annotations

import time
from pathlib import Path

import typer
from rich import filesize
from rich.progress import (BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn,
                           TransferSpeedColumn)
from rich.table import Table

from redact.cli.output import err_console, fail, shown
from redact.config import LINK_SCOPES, TAG_NUMBERS, load_policy, parse_operator
from redact.errors import KeyMissingError, RedactError, UsageError
from redact.integrations.ray import scrub_with_ray
from redact.keys import Key, load_key
from redact.report.html import write_html
from redact.report.json_report import check_report_path, read_report, write_report
from redact.report.model import RunReport
from redact.run.options import ScrubOptions
from redact.run.scrub import scrub
from redact.wording import count

DEFAULT_REPORT = Path("redact-report.json")


def scrub_command(
    inputs: list[str] = typer.Argument(..., metavar="INPUT...",
                                       help="Files or folders to scrub; - reads stdin."),
    outdir: Path | None = typer.Option(None, "--output", "-o", help="Folder for the scrubbed copies; - writes the scrubbed text of a single input to stdout (input - writes there too)."),
    report: Path = typer.Option(DEFAULT_REPORT, "--report", help="Where the JSON report goes (never inside OUTDIR by default)."),
    html: Path | None = typer.Option(None, "--html", help="Also write the HTML report for review here (as `redact report --html`; with --reveal: mode 0600, never inside OUTDIR)."),
    policy_file: Path | None = typer.Option(None, "--policy", help="Policy file (default: ./redact.toml if present)."),
    rules: list[Path] = typer.Option([], "--rules", help="Extra rule pack (Presidio YAML); repeatable."),
    fmt: str | None = typer.Option(None, "--format", help="Input format, instead of sniffing (see `redact formats`)."),
    fields: list[str] = typer.Option([], "--fields", help="JSON string fields to scan, relative to each record, e.g. messages[].content; repeatable."),
    columns: list[str] = typer.Option([], "--columns", help="CSV/TSV columns to scan, by header name; repeatable (default: message, text, content, body, utterance, speaker and name columns)."),
    no_header: bool = typer.Option(False, "--no-header", help="CSV/TSV files have no header row: the first row is data and every column is scanned (without it, a first row that does not read as column names is taken as data too)."),
    copy_unscanned: bool = typer.Option(False, "--copy-unscanned", help="Copy binary files and zip members to the output unchanged (they are still listed as skipped)."),
    lang: str | None = typer.Option(None, "--lang", help="auto, en or ru."),
    operator: list[str] = typer.Option([], "--operator", help="CATEGORY=tag|mask|hash|remove|keep|surrogate; repeatable."),
    no_ner: bool = typer.Option(False, "--no-ner", help="Rules only; prose is reported as not scanned by NER."),
    workers: str = typer.Option("1", "--workers", help="Detection processes: a number, or auto (1 for inputs under 1 MB, else one per core). Outputs and report are the same for any number."),
    tags: str | None = typer.Option(None, "--tags", help="Tag numbers: counter ([PERSON_1], in order of appearance) or keyed ([PERSON_3f2a9c1b], from the identity's fingerprint: the same on every machine with the same key; needs a key)."),
    link_scope: str | None = typer.Option(None, "--link-scope", help="How far identities are linked and counted: run (default), file, or record (each JSON Lines or CSV record on its own)."),
    reveal: bool = typer.Option(False, "--reveal", help="Put original values in the report (mode 0600, never inside OUTDIR)."),
    no_repair: bool = typer.Option(False, "--no-repair", help="Treat double-encoded (mojibake) files as errors."),
    in_place: bool = typer.Option(False, "--in-place", help="Overwrite the inputs, keeping FILE.bak."),
    key_file: Path | None = typer.Option(None, "--key-file", help="Key file (default: REDACT_KEY, then .redact-key)."),
    engine: str = typer.Option("local", "--engine", help="local, or ray: JSON Lines or Parquet files scrubbed record by record on Ray Data (keyed tags, record link scope), written as shards in OUTDIR/NAME/ (needs redact[ray])."),
    address: str | None = typer.Option(None, "--address", help="With --engine ray: the Ray cluster to join (auto: the one started on this machine); default: a local Ray on this machine's cores."),
    resume: bool = typer.Option(False, "--resume", help="Continue the interrupted run whose journal is in OUTDIR (same inputs, policy, rules, key and options); files it completed are not scanned again. Without a journal, the run starts from the beginning."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress or summary; errors still print."),
) -> None:
    """Write redacted copies that keep each file's format, and a JSON change report.

    Exit codes: 0 every file scrubbed, 2 a file in error (the others are still written) or a usage error.
    """
    try:
        if lang is not None and lang not in ("auto", "en", "ru"):
            raise UsageError(f"--lang is auto, en or ru, not {lang!r}")
        if in_place and outdir is not None:
            raise UsageError("--in-place and -o exclude each other")
        _check_outdir(outdir, inputs)
        to_stdout = outdir == Path("-")
        if to_stdout:
            outdir = None
        policy = load_policy(policy_file)
        ops = dict(policy.operators) | dict(parse_operator(o) for o in operator)
        policy = policy.with_overrides(operators=ops, default_operator=ops.pop("default", None),
                                       lang=lang, ner=False if no_ner else None,
                                       tag_numbers=_choice("--tags", tags, TAG_NUMBERS),
                                       link_scope=_choice("--link-scope", link_scope, LINK_SCOPES))
        if _choice("--engine", engine, ("local", "ray")) == "ray":
            if tags == "counter" or link_scope not in (None, "record"):
                raise UsageError("--engine ray scrubs each record on its own: --tags keyed --link-scope record")
            policy = policy.with_overrides(tag_numbers="keyed", link_scope="record")
        check_report_path(report, outdir, revealed=reveal)
        if html is not None:
            check_report_path(html, outdir, revealed=reveal, what="HTML report")
        key = _key(key_file, needs=None if policy.tag_numbers != "keyed" else
                   "--engine ray" if engine == "ray" else "--tags keyed")
        options = ScrubOptions(outdir=outdir, in_place=in_place, policy=policy, rule_files=rules,
                               format=fmt, fields=tuple(_split(fields)), columns=tuple(_split(columns)),
                               no_header=no_header,
                               copy_unscanned=copy_unscanned, reveal=reveal, repair=not no_repair, key=key,
                               workers=_workers(workers), resume=resume, to_stdout=to_stdout,
                               reserved={"--report": report} | ({"--html": html} if html else {}))
        show = not quiet and err_console.is_terminal
        listed = {"bytes": 0, "files": 0}
        started = time.perf_counter()
        with _progress(show) as progress:
            task = progress.add_task("scrubbing", total=None, files="")

            def on_listed(nbytes: int, files: int) -> None:
                listed.update(bytes=nbytes, files=files)
                progress.update(task, total=nbytes, files=f"0/{files}")

            options.progress_total = on_listed
            options.progress = lambda done, files: progress.update(
                task, completed=done, files=f"{files}/{listed['files']}")
            result = (scrub_with_ray(inputs, options, address=address) if engine == "ray"
                      else scrub(inputs, options))
        seconds = time.perf_counter() - started
        write_report(result, report, revealed=reveal)
        if html is not None:
            write_html(read_report(report), html)
    except RedactError as err:
        raise fail(err)
    _print_problems(result)
    if not quiet:
        _print_summary(result, report)
        if listed["bytes"]:
            rate = filesize.decimal(int(listed["bytes"] / max(seconds, 1e-6)))
            err_console.print(f"{filesize.decimal(listed['bytes'])} in {seconds:.1f} s: {rate}/s")
    raise typer.Exit(2 if result.summary["errors"] else 0)


def _check_outdir(outdir: Path | None, inputs: list[str]) -> None:
    """-o is a folder: a file there, or a new name with an input's suffix, is a one-file
    command line meant otherwise (``-`` is standard output, not a folder)."""
    if outdir is None or str(outdir) == "-":
        return
    suffixes = {Path(i).suffix.lower() for i in inputs if i != "-" and Path(i).suffix}
    if (outdir.exists() and not outdir.is_dir()) or (
            not outdir.exists() and outdir.suffix.lower() in suffixes):
        raise UsageError("-o names a folder for scrub; for one file use -o - > FILE, or --in-place")


def _choice(option: str, value: str | None, choices: tuple[str, ...]) -> str | None:
    if value is not None and value not in choices:
        raise UsageError(f"{option} is {', '.join(choices)}, not {value!r}")
    return value


def _key(key_file: Path | None, *, needs: str | None) -> Key:
    """Keyed tags must be equal on every machine: a random key would not be. ``needs``: the
    option the user gave that makes tags keyed (--engine ray keys them itself)."""
    try:
        return load_key(key_file, required=needs is not None)
    except KeyMissingError as err:
        raise KeyMissingError(
            f"{needs} needs a key, the same wherever the data is scrubbed: {err}") from None


def _split(values: list[str]) -> list[str]:
    """--fields a,b and --fields a --fields b mean the same."""
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _workers(value: str) -> int | str:
    if value == "auto":
        return value
    if not value.isdigit() or int(value) < 1:
        raise UsageError(f"--workers is a number of processes (1 or more) or auto, not {value!r}")
    return int(value)


def _progress(show: bool) -> Progress:
    """Input bytes and files done, rate and time left; only on a terminal."""
    return Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
                    TextColumn("{task.fields[files]} files"), TransferSpeedColumn(),
                    TimeRemainingColumn(), console=err_console, disable=not show, transient=True)


def _print_problems(result: RunReport) -> None:
    for f in result.files:
        if f.status == "error":
            err_console.print(f"[red]error:[/] {shown(f.path)}: {shown(f.error)}")
        elif f.status == "skipped":
            err_console.print(f"[yellow]skipped:[/] {shown(f.path)}: {shown(f.error)}")
        for warning in f.warnings:
            err_console.print(f"[yellow]warning:[/] {shown(f.path)}: {shown(warning)}")


def _print_summary(result: RunReport, report: Path) -> None:
    summary = result.summary
    table = Table(title="redact scrub", show_header=True, header_style="bold")
    table.add_column("category")
    table.add_column("changes", justify="right")
    for category, changes in summary["changes_by_category"].items():
        table.add_row(category, str(changes))
    err_console.print(table)
    err_console.print(
        f"{count(summary['files'], 'file')}: {summary['redacted']} redacted, "
        f"{summary['clean']} clean, {summary['skipped']} skipped, "
        f"{count(summary['errors'], 'error')}; report: {shown(str(report))}")
