"""The ``redact`` command: typer wrappers only; each command calls a plain function."""

from __future__ import annotations

import sys

import typer

from redact.cli import eval as eval_cli
from redact.cli import baseline, check, formats, key, policy, scrub, verify

__all__ = ["app", "main"]

app = typer.Typer(
    name="redact",
    help="Find and replace personal data in chat exports and transcripts, keeping their format.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,  # tracebacks could show values; errors are one line
)
app.command("scrub")(scrub.scrub_command)
app.command("check")(check.check_command)
app.command("verify")(verify.verify_command)
app.command("formats")(formats.formats_command)
app.command("eval")(eval_cli.eval_command)
app.add_typer(baseline.app, name="baseline")
app.add_typer(key.app, name="key")
app.add_typer(policy.app, name="policy")


def main() -> None:
    sys.exit(app())
