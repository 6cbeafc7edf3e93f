"""What a `check` run found (``redact.check/1``): the records its views (text, JSON, SARIF,
GitHub annotations) and baselines are built from. Positions and fingerprints only: never a
value."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from redact import __version__
from redact.baseline import BaselineEntry
from redact.records import Located
from redact.spans import Position

__all__ = ["CHECK_SCHEMA", "CheckFinding", "CheckedFile", "CheckResult", "HistoryScan"]

CHECK_SCHEMA = "redact.check/1"


@dataclass
class CheckFinding:
    """A finding where it stands in its file, and what the gate makes of it."""

    located: Located
    position: Position | None  # None: in the file's path (offsets into the path)
    allowed: bool  # an inline redact:allow comment
    baseline_id: str = ""
    state: str = "new"  # new | baselined | allowed
    fails: bool = False
    commit: str | None = None  # a history check: the commit that added the value (full SHA)
    author_date: str | None = None  # its author date (ISO 8601)

    # the finding's fields, read through
    start = property(lambda self: self.located.finding.start)
    end = property(lambda self: self.located.finding.end)
    entity = property(lambda self: self.located.finding.entity)
    category = property(lambda self: self.located.finding.category)
    score = property(lambda self: self.located.finding.score)
    detector = property(lambda self: self.located.finding.detector)
    fingerprint = property(lambda self: self.located.fingerprint)
    field_path = property(lambda self: self.located.field_path)

    def to_dict(self, stable: bool = True) -> dict[str, Any]:
        """``stable``: the key is the same from run to run; without one, fingerprints and
        baseline ids would name nothing and are null."""
        where = self.position
        data = {"start": self.start, "end": self.end, "line": where.line if where else None,
                "column": where.column if where else None, "entity": self.entity,
                "category": self.category, "score": self.score, "detector": self.detector,
                "fingerprint": self.fingerprint if stable else None,
                "baseline_id": self.baseline_id if stable else None, "state": self.state}
        if self.field_path:
            data["field_path"] = self.field_path
        if where is None:
            data["in_path"] = True
        if self.commit is not None:
            data["commit"], data["author_date"] = self.commit, self.author_date
        return data


@dataclass
class CheckedFile:
    path: str
    status: str  # clean | findings | skipped | error
    error: str | None = None
    format: str | None = None
    repair: dict[str, str] | None = None
    warnings: list[str] = field(default_factory=list)
    findings: list[CheckFinding] = field(default_factory=list)

    def to_dict(self, stable: bool = True) -> dict[str, Any]:
        return {"path": self.path, "status": self.status, "error": self.error,
                "format": self.format, "repair": self.repair, "warnings": self.warnings,
                "findings": [f.to_dict(stable) for f in self.findings]}


@dataclass
class HistoryScan:
    """What a history check read: its revision range, the commit it ends at, where the
    repository lives (its origin URL without credentials, else the root's file URI), and
    its counts of commits and distinct blobs."""

    range: str
    revision: str
    repository: str
    commits: int = 0
    blobs: int = 0  # distinct blobs the range added (outside .redactignore)
    blobs_scanned: int = 0  # of those, read as text and scanned (once each)


@dataclass
class CheckResult:
    files: list[CheckedFile]
    key_id: str
    fail_on: frozenset[str]
    stable_key: bool = True  # False: a random key for this run only
    history: HistoryScan | None = None

    @property
    def findings(self) -> Iterable[tuple[CheckedFile, CheckFinding]]:
        return ((f, x) for f in self.files for x in f.findings)

    @property
    def summary(self) -> dict[str, int]:
        states = [x.state for _, x in self.findings]
        history = self.history
        counts = {"commits": history.commits, "blobs": history.blobs,
                  "blobs_scanned": history.blobs_scanned} if history else {}
        return counts | {
            "files": len(self.files),
            "scanned": sum(f.status in ("clean", "findings") for f in self.files),
            "skipped": sum(f.status == "skipped" for f in self.files),
            "errors": sum(f.status == "error" for f in self.files),
            "findings": len(states),
            "new": states.count("new"),
            "baselined": states.count("baselined"),
            "allowed": states.count("allowed"),
            "failing": sum(x.fails for _, x in self.findings),
        }

    @property
    def exit_code(self) -> int:
        """0 clean, 1 new findings, 2 any error: unscannable is not clean."""
        summary = self.summary
        return 2 if summary["errors"] else 1 if summary["failing"] else 0

    def to_dict(self) -> dict[str, Any]:
        data = {"schema": CHECK_SCHEMA, "tool": {"name": "redact", "version": __version__},
                "key_id": self.key_id if self.stable_key else None,
                "fail_on": sorted(self.fail_on)}
        if self.history:
            data["history"] = {"range": self.history.range, "revision": self.history.revision}
        return data | {"summary": self.summary,
                       "files": [f.to_dict(self.stable_key) for f in self.files]}

    def baseline_entries(self) -> dict[str, list[BaselineEntry]]:
        """What a baseline made from this run holds: every finding not allowed inline."""
        out: dict[str, list[BaselineEntry]] = {}
        for f, x in self.findings:
            if x.state != "allowed":
                out.setdefault(f.path, []).append(BaselineEntry(x.baseline_id, x.category, x.entity))
        return out
