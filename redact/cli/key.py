"""``redact key init``."""

from __future__ import annotations

from pathlib import Path

import typer

from redact.cli.output import err_console, fail
from redact.errors import RedactError, UsageError
from redact.keys import KEY_FILE_NAME, ignore_in_git, init_key

app = typer.Typer(help="Manage the secret key behind fingerprints, hashes and keyed tags.",
                  no_args_is_help=True)


@app.command("init")
def init_command(
    path: Path = typer.Option(Path(KEY_FILE_NAME), "--path", help="Where to write the key."),
    force: bool = typer.Option(False, "--force", help="Replace an existing key file."),
) -> None:
    """Write a new random key (32 bytes, hex) with mode 0600; inside a git repository, add it to the repository's .gitignore."""
    try:
        key = init_key(path, force=force)
        gitignore = ignore_in_git(path)
    except RedactError as err:
        raise fail(err)
    except OSError as err:
        raise fail(UsageError(f".gitignore: cannot add {path} ({err.strerror or type(err).__name__})"))
    added = f"; added to {gitignore}" if gitignore else ""
    err_console.print(f"wrote {path} (key id {key.key_id}){added}; keep it out of version control")
