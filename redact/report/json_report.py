"""The JSON report (``redact.report/3``, and /2 and /1 read): writing, reading and checking it against its schema."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from redact import text_io
from redact.errors import UsageError
from redact.report.model import READABLE, SCHEMA, RunReport

__all__ = ["write_report", "read_report", "schema", "check_report_path"]


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(resources.files("redact.report").joinpath("report.schema.json").read_text())


def check_report_path(path: Path, outdir: Path | None, *, revealed: bool,
                      what: str = "report") -> None:
    """A revealed report holds original values: never inside OUTDIR, which is what gets
    shared."""
    if revealed and outdir is not None and path.resolve().is_relative_to(outdir.resolve()):
        raise UsageError(f"a --reveal {what} holds original values and cannot go inside OUTDIR")


def write_report(report: RunReport, path: Path, *, revealed: bool) -> None:
    """A revealed report holds originals: it is created with mode 0600, never inside the
    run's OUTDIR."""
    check_report_path(path, report.outdir, revealed=revealed)
    with text_io.AtomicWriter(path, mode=0o600 if revealed else 0o644) as out:
        for piece in report.iter_json():
            out.write(text_io.report_bytes(piece))


def read_report(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise UsageError(f"{path}: cannot read report ({err.strerror})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise UsageError(f"{path}: not a JSON report ({err})") from None
    if not isinstance(data, dict) or data.get("schema") not in READABLE:
        raise UsageError(f"{path}: not a {SCHEMA} report")
    return data
