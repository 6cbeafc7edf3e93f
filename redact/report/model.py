"""Report records. The JSON report (``redact.report/1``) is built from these only."""

from __future__ import annotations

import json
import tempfile
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

__all__ = ["Change", "ChangeLog", "FileResult", "RunReport", "SCHEMA"]

# json.dumps with options builds an encoder per call; a report encodes one per change
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode

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
        data = dict(self.__dict__)  # asdict's deep copy costs more than the rest of the report
        if self.original is None:
            del data["original"]
        return data


class ChangeLog:
    """A file's changes in order. Past a few thousand they wait in an unnamed temporary
    file (mode 0600, gone when closed), so a large dataset's report costs no memory."""

    IN_MEMORY = 4096

    def __init__(self, changes: list[Change] | None = None) -> None:
        self._recent: list[Change] = list(changes or [])
        self._spilled: IO[bytes] | None = None
        self._count = len(self._recent)

    def append(self, change: Change) -> None:
        self._recent.append(change)
        self._count += 1
        if len(self._recent) >= self.IN_MEMORY:
            if self._spilled is None:
                self._spilled = tempfile.TemporaryFile()
                weakref.finalize(self, self._spilled.close)
            self._spilled.seek(0, 2)
            self._spilled.write(b"".join(
                _ENCODE(c.__dict__).encode() + b"\n" for c in self._recent))
            self._recent = []

    def __iter__(self) -> Iterator[Change]:
        if self._spilled is not None:
            self._spilled.seek(0)
            for line in self._spilled:
                yield Change(**json.loads(line))
        yield from self._recent

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: int) -> Change:
        if self._spilled is None:
            return self._recent[index]
        return list(self)[index]


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
    changes: ChangeLog = field(default_factory=ChangeLog)
    name_changes: int = 0  # replacements made in the file's own name

    def to_dict(self, *, with_changes: bool = True) -> dict[str, Any]:
        data = {k: v for k, v in vars(self).items() if k != "changes"}
        data["changes"] = [c.to_dict() for c in self.changes] if with_changes else []
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
