"""Files that `redact check` wrote: its SARIF and JSON outputs and baselines. They hold
positions and fingerprints, never a value, so a check that scanned them would only find
its own hashes and ids; they are recognised by content, whatever they are called."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from redact.baseline import BASELINE_SCHEMA
from redact.report.check_model import CHECK_SCHEMA

__all__ = ["written_by_redact"]

_HEAD = 4096  # bytes sniffed before a file is parsed at all
_MARKS = (b'"' + CHECK_SCHEMA.encode() + b'"', b'"' + BASELINE_SCHEMA.encode() + b'"', b"sarif")


def written_by_redact(path: Path) -> str | None:
    """What ``path`` is when `redact` wrote it ("SARIF", "check output", "baseline"), else
    None. Only a JSON file whose head names one of those formats is parsed; a file that
    cannot be read or parsed is not one (the check reads it and says what is wrong)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEAD)
            if not head.lstrip().startswith(b"{") or not any(m in head for m in _MARKS):
                return None
            data = json.loads(head + fh.read())
    except (OSError, ValueError):
        return None
    return _kind(data) if isinstance(data, dict) else None


def _kind(data: dict[str, Any]) -> str | None:
    if data.get("schema") == CHECK_SCHEMA and _named_redact(data.get("tool")):
        return "check output"
    if data.get("schema") == BASELINE_SCHEMA and isinstance(data.get("entries"), dict):
        return "baseline"
    runs = data.get("runs")
    if "sarif" in str(data.get("$schema", "")) and isinstance(runs, list) and runs and all(
            isinstance(run, dict) and _named_redact((run.get("tool") or {}).get("driver"))
            for run in runs):
        return "SARIF"
    return None


def _named_redact(tool: Any) -> bool:
    return isinstance(tool, dict) and tool.get("name") == "redact"
