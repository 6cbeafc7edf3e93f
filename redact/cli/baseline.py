"""``redact baseline create|update PATH... -o FILE``."""

from __future__ import annotations

from pathlib import Path

import typer

from redact.archives import MEMBER_SEP
from redact.baseline import Baseline, load_baseline
from redact.cli.check import check_options, check_paths, print_problems, run
from redact.cli.output import err_console, fail
from redact.errors import RedactError, UsageError
from redact.repo import Repo
from redact.wording import count

app = typer.Typer(help="Remember accepted findings so that `redact check` fails only on new ones.",
                  no_args_is_help=True)

_PATHS = typer.Argument(None, metavar="PATH...", help="Files or folders to scan (with --history: repository paths, default all).")
_HISTORY = typer.Option(False, "--history", help="Accept what the commits added (as `check --history` finds it), not the files as they are.")
_RANGE = typer.Option(None, "--range", metavar="REV-RANGE", help="With --history: the commits, in git log syntax (default: every commit reachable from HEAD).")
_OUT = typer.Option(Path(".redact-baseline.json"), "--output", "-o", help="The baseline file.")
_POLICY = typer.Option(None, "--policy", help="Policy file (default: ./redact.toml if present).")
_RULES = typer.Option([], "--rules", help="Extra rule pack (Presidio YAML); repeatable.")
_KEY = typer.Option(None, "--key-file", help="Key file (default: REDACT_KEY, then .redact-key).")
_SCORE = typer.Option(None, "--min-score", help="Leave out findings scored below X.")
_CACHE = typer.Option(False, "--no-cache", help="Scan every file, even unchanged ones.")


def _run(paths: list[str] | None, output: Path, policy_file: Path | None, rules: list[Path],
         key_file: Path | None, min_score: float | None, no_cache: bool, history: bool,
         rev_range: str | None, *, update: bool) -> None:
    try:
        paths = check_paths(paths, history, rev_range)
        options = check_options(key_file, policy_file, rules, min_score, no_cache,
                                needs_key=f"baseline {'update' if update else 'create'}")
        options.exclude.add(output)
        if update:
            if not output.is_file():
                raise UsageError(f"{output}: no baseline to update; use `redact baseline create`")
            baseline = load_baseline(output, options.key)
        else:
            baseline = Baseline(options.key.key_id)
        result = run(paths, options, history, rev_range, show_progress=False)
        scanned = {f.path for f in result.files if f.status in ("clean", "findings")}
        root = Repo.find().root
        gone = set() if history else {  # a history baseline keeps deleted files' values
            p for p in baseline.entries if not (root / p.split(MEMBER_SEP, 1)[0]).exists()}
        baseline.replace_paths(result.baseline_entries(), scanned | gone)
        baseline.write(output)
    except RedactError as err:
        raise fail(err)
    except OSError as err:
        raise fail(UsageError(f"{output}: cannot write ({err.strerror or type(err).__name__})"))
    print_problems(result)
    entries = sum(len(set(v)) for v in baseline.entries.values())
    err_console.print(f"wrote {output}: {count(entries, 'entry', 'entries')} in "
                      f"{count(len(baseline.entries), 'file')} "
                      f"(key id {baseline.key_id})")
    raise typer.Exit(2 if result.summary["errors"] else 0)


@app.command("create")
def create_command(paths: list[str] = _PATHS, output: Path = _OUT, policy_file: Path | None = _POLICY,
                   rules: list[Path] = _RULES, key_file: Path | None = _KEY,
                   min_score: float | None = _SCORE, no_cache: bool = _CACHE,
                   history: bool = _HISTORY, rev_range: str | None = _RANGE) -> None:
    """Write a baseline of every current finding (ids only, never values).

    Exit 2 when a file could not be scanned (the baseline is still written without it).
    """
    _run(paths, output, policy_file, rules, key_file, min_score, no_cache, history, rev_range,
         update=False)


@app.command("update")
def update_command(paths: list[str] = _PATHS, output: Path = _OUT, policy_file: Path | None = _POLICY,
                   rules: list[Path] = _RULES, key_file: Path | None = _KEY,
                   min_score: float | None = _SCORE, no_cache: bool = _CACHE,
                   history: bool = _HISTORY, rev_range: str | None = _RANGE) -> None:
    """Refresh a baseline for the scanned files: add current findings, drop what is gone.

    Deleted files lose their entries; files not scanned this time (outside PATH, or in error) keep theirs.
    """
    _run(paths, output, policy_file, rules, key_file, min_score, no_cache, history, rev_range,
         update=True)
