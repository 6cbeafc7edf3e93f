"""The ``redact`` command: typer wrappers only; each command calls a plain function."""

from __future__ import annotations

import gc
import logging
import os
import sys

# One BLAS thread per process, unless the environment says otherwise. The command's
# parallelism is its worker processes (--workers), one per core: BLAS threads of their own
# would contend with them, and on the short texts NER reads, starting a thread's share of
# a small matrix costs more than it saves. Read by the BLAS library when NumPy first loads
# it, so it is set before anything imports NumPy.
for _variable in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS",
                  "VECLIB_MAXIMUM_THREADS"):
    os.environ.setdefault(_variable, "1")

# Importing Presidio and spaCy makes about a million objects that live as long as the
# process: the cyclic collector's passes over them would find nothing (a tenth of
# startup), so it is off while they load, and they are out of its sight afterwards.
gc.disable()
try:
    import typer
    
    from redact import __version__
    from redact.cli import baseline, check, formats, key, policy, review, scrub, verify
    from redact.cli import eval as eval_cli
    from redact.cli import report as report_cli
    from redact.cli.output import err_console, shown
    from redact.errors import internal_error, trace_frames
finally:
    gc.freeze()
    gc.enable()

__all__ = ["app", "main"]

app = typer.Typer(
    name="redact",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,  # tracebacks could show values; errors are one line
)
app.command("scrub")(scrub.scrub_command)
app.command("check")(check.check_command)
app.command("verify")(verify.verify_command)
app.command("formats")(formats.formats_command)
app.command("eval")(eval_cli.eval_command)
app.command("report")(report_cli.report_command)
app.add_typer(baseline.app, name="baseline")
app.add_typer(key.app, name="key")
app.add_typer(policy.app, name="policy")
app.add_typer(review.app, name="review")


def _version(show: bool) -> None:
    if show:
        print(f"redact {__version__}")
        raise typer.Exit()


@app.callback()
def _options(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")) -> None:
    """Find and replace personal data in chat exports and transcripts, keeping their format.

    Set REDACT_LOG_LEVEL=DEBUG to see what each stage does (never a value it replaces).
    """


class _StderrHandler(logging.Handler):
    """Library warnings as the CLI prints its own: "warning: ..." on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        level, message = record.levelname.lower(), shown(record.getMessage())
        err_console.print(f"[yellow]{level}:[/] {message}" if record.levelno >= logging.WARNING
                          else f"{level}: {record.name}: {message}", markup=True, highlight=False)


def main() -> None:
    # A run makes millions of short-lived objects (segments, findings, changes) with
    # hardly a cycle among them: collecting every 700 of them, and over all of them the
    # more often the more the report holds, took 15% of a rules-only run of 1.5M characters.
    gc.set_threshold(50_000, 20, 20)
    # REDACT_LOG_LEVEL applies to redact's own loggers: libraries' debug logs can quote text
    level = os.environ.get("REDACT_LOG_LEVEL", "WARNING").upper()
    logging.basicConfig(level="WARNING", handlers=[_StderrHandler()])
    logging.getLogger("redact").setLevel(
        level if level in logging.getLevelNamesMapping() else "WARNING")
    try:
        sys.exit(app())
    except Exception as err:  # a bug: one line, without the message (it can hold a value)
        err_console.print(f"[bold red]error:[/] {shown(internal_error(err))}", markup=True,
                          highlight=False)
        if logging.getLogger("redact").isEnabledFor(logging.DEBUG):
            for frame in trace_frames(err):
                err_console.print(f"  {frame}", markup=False, highlight=False)
        sys.exit(2)
