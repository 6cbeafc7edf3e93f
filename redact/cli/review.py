"""``redact review apply DECISIONS.json``: review decisions from the HTML report into policy."""

from __future__ import annotations

from pathlib import Path

import typer

from redact.cli.output import err_console, fail
from redact.errors import RedactError
from redact.keys import load_key
from redact.review import apply_decisions, read_decisions

app = typer.Typer(help="The review loop: decisions made in the HTML report become policy.",
                  no_args_is_help=True)


@app.command("apply")
def apply_command(
    decisions_file: Path = typer.Argument(..., metavar="DECISIONS.json", help="Decisions exported from the HTML report (redact.decisions/1)."),
    policy_file: Path = typer.Option(Path("redact.toml"), "--policy", help="Policy file to update; created when missing."),
    key_file: Path | None = typer.Option(None, "--key-file", help="Key the report was made with, for decisions by fingerprint (default: REDACT_KEY, then .redact-key)."),
) -> None:
    """Add values marked as not personal data to the policy's allow list (by fingerprint or by value) and missed spans to its deny list; the next scrub honours them. Exit 0, or 2 on an error (the policy is then left as it was)."""
    try:
        decisions = read_decisions(decisions_file)
        key = load_key(key_file, required=True) if decisions.by_fingerprint else None
        applied = apply_decisions(decisions, policy_file, key)
    except RedactError as err:
        raise fail(err)
    denied = ", ".join(f"{cat} {n}" for cat, n in sorted(applied.denied.items()))
    err_console.print(
        f"{policy_file}: allowed {applied.fingerprints} by fingerprint and {applied.values} by value; "
        f"denied {sum(applied.denied.values())}{f' ({denied})' if denied else ''}; "
        f"{applied.unchanged} already there")
