"""``redact check PATH...``."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from redact import text_io
from redact.baseline import load_baseline
from redact.check import CheckOptions, CheckResult, run_check
from redact.cli.output import err_console, fail, shown
from redact.config import load_policy
from redact.records import CATEGORIES
from redact.errors import KeyMissingError, RedactError, UsageError
from redact.history import DEFAULT_RANGE, check_replacements_path, run_history, write_replacements
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
                  min_score: float | None, no_cache: bool, *, needs_key: str | None) -> CheckOptions:
    """What `check` and `baseline` share: the key, policy, rules, cache. ``needs_key`` names
    what makes a stable key necessary (a baseline); without it, a missing key is a random
    one for the run."""
    if min_score is not None and not 0 <= min_score <= 1:
        raise UsageError("--min-score is between 0 and 1")
    policy = load_policy(policy_file)
    try:
        key = load_key(key_file, required=needs_key is not None)
    except KeyMissingError as err:
        raise KeyMissingError(f"{needs_key} needs a key, the same from run to run: {err}") from None
    return CheckOptions(key=key, policy=policy, rule_files=rules, min_score=min_score,
                        cache=not no_cache)


def check_paths(paths: list[str] | None, history: bool, rev_range: str | None) -> list[str]:
    """The paths a run checks: a tree check needs some, a history check defaults to all."""
    if rev_range is not None and not history:
        raise UsageError("--range goes with --history")
    if paths:
        return paths
    if not history:
        raise UsageError("check needs a PATH (or --history to check the commits of the repository)")
    return ["."]


def run(paths: list[str], options: CheckOptions, history: bool, rev_range: str | None,
        show_progress: bool, values: dict[str, str] | None = None) -> CheckResult:
    """A tree check, or a history check with a progress bar of commits on a terminal."""
    if not history:
        return run_check(paths, options)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("commits"), TimeRemainingColumn(), console=err_console,
                  disable=not show_progress, transient=True) as progress:
        task = progress.add_task("history", total=None)
        return run_history(paths, rev_range or DEFAULT_RANGE, options,
                           lambda done, total: progress.update(task, completed=done, total=total),
                           values)


def print_problems(result: CheckResult) -> None:
    for f in result.files:
        if f.status == "error":
            err_console.print(f"[red]error:[/] {shown(f.path)}: {shown(f.error)}")
        for warning in f.warnings:
            err_console.print(f"[yellow]warning:[/] {shown(f.path)}: {shown(warning)}")


def check_command(
    paths: list[str] = typer.Argument(None, metavar="PATH...", help="Files or folders to check; - reads stdin (with --history: repository paths, default all)."),
    baseline: Path | None = typer.Option(None, "--baseline", help="Accepted findings (from `redact baseline create`)."),
    output_format: str = typer.Option("text", "--output-format", help="text, json, sarif or github."),
    output: Path | None = typer.Option(None, "--output", help="Write the output to FILE instead of stdout."),
    fail_on: str | None = typer.Option(None, "--fail-on", help="Categories that fail the run, e.g. EMAIL,PHONE (default: every redacted category)."),
    min_score: float | None = typer.Option(None, "--min-score", help="Ignore findings scored below X."),
    changed_since: str | None = typer.Option(None, "--changed-since", help="Only files changed since this git ref (and untracked ones)."),
    history: bool = typer.Option(False, "--history", help="Check what each commit added (values deleted since included) instead of the files as they are."),
    rev_range: str | None = typer.Option(None, "--range", metavar="REV-RANGE", help="With --history: the commits to check, in git log syntax, e.g. main..topic (default: every commit reachable from HEAD)."),
    replacements: Path | None = typer.Option(None, "--replacements", help="With --history: also write the values found (not allowed inline) as a `git filter-repo --replace-text` file (mode 0600, refused inside the repository)."),
    policy_file: Path | None = typer.Option(None, "--policy", help="Policy file (default: ./redact.toml if present)."),
    rules: list[Path] = typer.Option([], "--rules", help="Extra rule pack (Presidio YAML); repeatable."),
    key_file: Path | None = typer.Option(None, "--key-file", help="Key file (default: REDACT_KEY, then .redact-key)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Scan every file, even unchanged ones."),
    no_header: bool = typer.Option(False, "--no-header", help="CSV/TSV files have no header row: the first row is data and every column is scanned."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary line; errors still print."),
) -> None:
    """Fail when new personal data appears: detection only, nothing is written but the output.

    Exit codes: 0 no new findings, 1 new findings, 2 a file could not be scanned or a usage error (an error wins over findings).
    """
    try:
        paths = check_paths(paths, history, rev_range)
        if replacements is not None:
            if not history:
                raise UsageError("--replacements goes with --history")
            check_replacements_path(replacements)
        values: dict[str, str] | None = {} if replacements is not None else None
        if output_format not in FORMATS:
            raise UsageError(f"--output-format is one of {', '.join(FORMATS)}, not {output_format!r}")
        options = check_options(key_file, policy_file, rules, min_score, no_cache,
                                needs_key="--baseline" if baseline is not None else None)
        if options.key.source == "random":
            err_console.print("[yellow]warning:[/] no key: a random key for this run, so "
                              "fingerprints are not stable across runs (`redact key init` makes one)")
        options.fail_on = parse_categories(fail_on) if fail_on is not None else None
        options.changed_since = changed_since
        options.no_header = no_header
        if baseline is not None:
            options.baseline = load_baseline(baseline, options.key)
            options.exclude.add(baseline)
        if output is not None:
            options.exclude.add(output)
        result = run(paths, options, history, rev_range, not quiet and err_console.is_terminal,
                     values)
        if replacements is not None:
            write_replacements(replacements, values)
        data = text_io.report_bytes(render(result, output_format))
        if output is not None:
            text_io.write_atomic(output, data)
        else:
            typer.echo(data, nl=False)
    except RedactError as err:
        raise fail(err)
    except OSError as err:
        raise fail(UsageError(f"{output}: cannot write ({err.strerror or type(err).__name__})"))
    print_problems(result)
    if not quiet:
        err_console.print(summary_line(result))
        if replacements is not None:
            err_console.print(f"wrote {shown(str(replacements))}: {len(values)} values to replace "
                              f"(mode 0600; it holds the values: delete it after the rewrite)")
    raise typer.Exit(result.exit_code)
