"""Report records. The JSON report (``redact.report/1``) is built from these only."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Change", "FileResult", "RunReport", "SCHEMA"]

SCHEMA = "redact.report/1"


@dataclass
class Change:
    """One replaced span: ``replacement`` is written at [start, end) of the input text."""

    start: int
    end: int
    line: int
    column: int
    entity: str
    category: str
    score: float
    detector: str
    replacement: str
    label: str
    fingerprint: str
    context: str
    original: str | None = None  # only in a --reveal report

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if self.original is None:
            del data["original"]
        return data


@dataclass
class FileResult:
    path: str
    output: str | None = None
    input_sha256: str | None = None
    format: str | None = None
    languages: list[str] = field(default_factory=list)
    encoding: str | None = None
    repair: dict[str, str] | None = None
    status: str = "clean"  # redacted | clean | skipped | error
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    unscanned_ner_chars: int = 0
    changes: list[Change] = field(default_factory=list)
    name_changes: int = 0  # replacements made in the file's own name

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["changes"] = [c.to_dict() for c in self.changes]
        return data


@dataclass
class RunReport:
    tool: dict[str, str]
    run: dict[str, Any]
    files: list[FileResult] = field(default_factory=list)

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
