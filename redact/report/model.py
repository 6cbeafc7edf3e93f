"""The run's report. The JSON report (``redact.report/3``) is built from the file results
and their Change records only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redact.records import FileResult

__all__ = ["RunReport", "SCHEMA", "READABLE"]

# json.dumps with options builds an encoder per call; a report encodes one per change
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode

SCHEMA = "redact.report/3"
# what a reader still accepts: version 2 is version 3 without ``run.outdir`` and each file's
# ``output_sha256`` and ``skipped_fields``; version 1 is version 2 without the ``seed`` of
# linked changes
READABLE = (SCHEMA, "redact.report/2", "redact.report/1")


@dataclass
class RunReport:
    tool: dict[str, str]
    run: dict[str, Any]
    files: list[FileResult] = field(default_factory=list)
    outdir: Path | None = None  # where the outputs went (``run.outdir`` in the JSON)

    @property
    def summary(self) -> dict[str, Any]:
        by_status = {s: sum(f.status == s for f in self.files)
                     for s in ("redacted", "clean", "skipped", "error")}
        by_category: dict[str, int] = {}
        for f in self.files:
            for c in f.changes:
                by_category[c.category] = by_category.get(c.category, 0) + 1
        return {
            "files": len(self.files),
            "redacted": by_status["redacted"],
            "clean": by_status["clean"],
            "skipped": by_status["skipped"],
            "errors": by_status["error"],
            "changes_by_category": dict(sorted(by_category.items())),
            "warnings": sum(len(f.warnings) for f in self.files),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "tool": self.tool,
            "run": self.run,
            "summary": self.summary,
            "files": [f.to_dict() for f in self.files],
        }

    def iter_json(self) -> Iterator[str]:
        """The report as JSON text in pieces: changes are streamed, never all in memory."""
        marker = "\u0000changes\u0000"
        head = {"schema": SCHEMA, "tool": self.tool, "run": self.run, "summary": self.summary,
                "files": []}
        text = json.dumps(head, ensure_ascii=False, indent=2)
        before, after = text.rsplit('"files": []', 1)
        yield before + '"files": ['
        for i, f in enumerate(self.files):
            data = f.to_dict(with_changes=False)
            data["changes"] = marker
            body = json.dumps(data, ensure_ascii=False, indent=2)
            body = "\n".join("    " + line for line in body.splitlines())
            start, end = body.split(json.dumps(marker), 1)
            yield ("," if i else "") + "\n" + start + "["
            for j, change in enumerate(f.changes):
                yield ("," if j else "") + "\n        " + _ENCODE(change.to_dict())
            yield ("\n      ]" if len(f.changes) else "]") + end
        yield ("\n  ]" if self.files else "]") + after + "\n"
