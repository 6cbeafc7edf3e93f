"""``redact policy show``: the effective policy, as a ``redact.toml`` would write it."""

from __future__ import annotations

from pathlib import Path

import tomlkit
import typer

from redact.cli.output import fail
from redact.config import load_policy
from redact.errors import RedactError

app = typer.Typer(help="The policy: what is redacted and how.", no_args_is_help=True)


@app.command("show")
def show_command(
    policy_file: Path | None = typer.Option(None, "--policy", help="Policy file (default: ./redact.toml if present)."),
) -> None:
    """Print the effective policy (defaults filled in) as TOML, with its digest: the `policy_digest` every report records."""
    try:
        policy = load_policy(policy_file)
    except RedactError as err:
        raise fail(err)
    typer.echo(f"# policy digest: {policy.digest}\n" + tomlkit.dumps(policy.to_toml()), nl=False)
