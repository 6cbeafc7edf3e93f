"""``redact eval DATASET --gold-format ours|presidio-research|spans-jsonl``."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from redact.cli.output import err_console, fail
from redact.config import load_policy
from redact.errors import RedactError, UsageError
from redact.evaluate import PRECISION_NOTE, EvalResult, evaluate
from redact.gold import GOLD_FORMATS
from redact.keys import load_key

__all__ = ["eval_command", "result_table"]


def eval_command(
    dataset: Path = typer.Argument(..., metavar="DATASET",
                                   help="A labelled folder (ours) or file (presidio-research JSON, spans JSONL)."),
    gold_format: str | None = typer.Option(None, "--gold-format", help=f"{'|'.join(GOLD_FORMATS)} (default: a folder is ours, .json presidio-research, .jsonl spans-jsonl)."),
    json_out: Path | None = typer.Option(None, "--json", help="Write the scores (counts and metrics, no values) to this JSON file."),
    policy_file: Path | None = typer.Option(None, "--policy", help="Policy file (default: ./redact.toml if present)."),
    rules: list[Path] = typer.Option([], "--rules", help="Extra rule pack (Presidio YAML); repeatable."),
    lang: str | None = typer.Option(None, "--lang", help="auto, en or ru."),
    no_public_figures: bool = typer.Option(False, "--no-public-figures", help="Switch the public-figure list off (news is about public figures: measures NER)."),
    key_file: Path | None = typer.Option(None, "--key-file", help="Key file (default: REDACT_KEY, then .redact-key, else a random key)."),
) -> None:
    """Score detection against labelled data: precision, recall and F1 per category (exact and overlap) and protected recall (gold spans fully replaced). The table goes to stdout; exit 2 when a file could not be scrubbed (it counts as all missed)."""
    try:
        if gold_format is not None and gold_format not in GOLD_FORMATS:
            raise UsageError(f"--gold-format is {', '.join(GOLD_FORMATS)}, not {gold_format!r}")
        if lang is not None and lang not in ("auto", "en", "ru"):
            raise UsageError(f"--lang is auto, en or ru, not {lang!r}")
        if not dataset.exists():
            raise UsageError(f"{dataset}: no such file or folder")
        policy = load_policy(policy_file).with_overrides(lang=lang)
        key = load_key(key_file, required=False)
        result = evaluate(dataset, gold_format, policy=policy, key=key, rule_files=rules,
                          public_figures=not no_public_figures)
    except RedactError as err:
        raise fail(err)
    for warning in result.warnings:
        err_console.print(f"[yellow]warning:[/] {warning}")
    for error in result.errors:
        err_console.print(f"[red]error:[/] {error}")
    console = Console()
    if not console.is_terminal:  # a file or a pipe: room for every column
        console = Console(width=132)
    console.print(result_table(result))
    if json_out is not None:
        json_out.write_text(json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n",
                            encoding="utf-8")
    raise typer.Exit(2 if result.errors else 0)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def result_table(result: EvalResult) -> Table:
    options = ", ".join(f"{k}={v}" for k, v in result.options.items() if k != "policy_digest")
    caption = PRECISION_NOTE
    if result.left_out:
        caption += " left out: " + ", ".join(f"{k} ({v})" for k, v in result.left_out.items()) + "."
    if result.notpii is not None:
        caption += f" not-PII spans touched: {result.notpii['touched']} of {result.notpii['spans']}."
    table = Table(title=f"redact eval: {result.dataset} ({result.gold_format}, "
                        f"{result.documents} documents; {options})",
                  caption=caption, show_header=True, header_style="bold")
    table.add_column("category")
    for column in ("gold", "found", "P exact", "R exact", "F1 exact", "P overlap", "R overlap",
                   "F1 overlap", "protected", "not counted"):
        table.add_column(column, justify="right")
    rows = result.ordered() + [("all labels", result.overall)]
    for i, (category, counts) in enumerate(rows):
        m = counts.metrics()
        table.add_row(category, str(counts.gold), str(counts.found),
                      _pct(m["precision_exact"]), _pct(m["recall_exact"]), _pct(m["f1_exact"]),
                      _pct(m["precision_overlap"]), _pct(m["recall_overlap"]),
                      _pct(m["f1_overlap"]), _pct(m["protected_recall"]), str(counts.not_counted),
                      end_section=i == len(rows) - 2, style="bold" if i == len(rows) - 1 else None)
    return table
