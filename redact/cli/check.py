"""``redact check PATH...``."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape

from redact import text_io
from redact.baseline import load_baseline
from redact.check import CheckOptions, CheckResult, run_check
from redact.cli.output import err_console, fail
from redact.config import load_policy
from redact.records import CATEGORIES
from redact.errors import RedactError, UsageError
from redact.keys import load_key
from redact.report.check_views import FORMATS, render, summary_line


def parse_categories(spec: str) -> frozenset[str]:
    """``EMAIL,PHONE`` from --fail-on."""
    cats = frozenset(c.strip().upper() for c in spec.split(",") if c.strip())
    unknown = sorted(cats - set(CATEGORIES))
    if unknown or not cats:
        raise UsageError(f"--fail-on: unknown category {', '.join(unknown) or spec!r} "
                         f"(known: {', '.join(CATEGORIES)})")
    return cats


def check_options(key_file: Path | None, policy_file: Path | None, rules: list[Path],
                  min_score: float | None, no_cache: bool) -> CheckOptions:
    """What `check` and `baseline` share: the key (required), policy, rules, cache."""
    if min_score is not None and not 0 <= min_score <= 1:
        raise UsageError("--min-score is between 0 and 1")
    return CheckOptions(key=load_key(key_file, required=True), policy=load_policy(policy_file),
                        rule_files=rules, min_score=min_score, cache=not no_cache)


def print_problems(result: CheckResult) -> None:
    for f in result.files:
        if f.status == "error":
            err_console.print(f"[red]error:[/] {escape(f.path)}: {escape(f.error)}")
        for warning in f.warnings:
            err_console.print(f"[yellow]warning:[/] {escape(f.path)}: {escape(warning)}")


def check_command(
    paths: list[str] = typer.Argument(..., metavar="PATH...", help="Files or folders to check; - reads stdin."),
    baseline: Path | None = typer.Option(None, "--baseline", help="Accepted findings (from `redact baseline create`)."),
    output_format: str = typer.Option("text", "--output-format", help="text, json, sarif or github."),
    output: Path | None = typer.Option(None, "--output", help="Write the output to FILE instead of stdout."),
    fail_on: str | None = typer.Option(None, "--fail-on", help="Categories that fail the run, e.g. EMAIL,PHONE (default: every redacted category)."),
    min_score: float | None = typer.Option(None, "--min-score", help="Ignore findings scored below X."),
    changed_since: str | None = typer.Option(None, "--changed-since", help="Only files changed since this git ref (and untracked ones)."),
    policy_file: Path | None = typer.Option(None, "--policy", help="Policy file (default: ./redact.toml if present)."),
    rules: list[Path] = typer.Option([], "--rules", help="Extra rule pack (Presidio YAML); repeatable."),
    key_file: Path | None = typer.Option(None, "--key-file", help="Key file (default: REDACT_KEY, then .redact-key)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Scan every file, even unchanged ones."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary line; errors still print."),
) -> None:
    """Fail when new personal data appears: detection only, nothing is written but the output.

    Exit codes: 0 no new findings, 1 new findings, 2 a file could not be scanned or a
    usage error (an error wins over findings).
    """
    try:
        if output_format not in FORMATS:
            raise UsageError(f"--output-format is one of {', '.join(FORMATS)}, not {output_format!r}")
        options = check_options(key_file, policy_file, rules, min_score, no_cache)
        options.fail_on = parse_categories(fail_on) if fail_on is not None else None
        options.changed_since = changed_since
        if baseline is not None:
            options.baseline = load_baseline(baseline, options.key)
            options.exclude.add(baseline)
        if output is not None:
            options.exclude.add(output)
        result = run_check(paths, options)
        text = render(result, output_format)
        if output is not None:
            text_io.write_atomic(output, text.encode("utf-8"))
        else:
            typer.echo(text, nl=False)
    except RedactError as err:
        raise fail(err)
    except OSError as err:
        raise fail(UsageError(f"{output}: cannot write ({err.strerror or type(err).__name__})"))
    print_problems(result)
    if not quiet:
        err_console.print(summary_line(result))
    raise typer.Exit(result.exit_code)
