"""``redact verify``: the report is an exact patch from inputs to outputs, and what it
replaced does not survive elsewhere in the output."""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from redact import text_io
from redact.archives import list_members, read_member, split_member_path
from redact.errors import FileError, SkipFile, UsageError
from redact.report.json_report import read_report
from redact.spans import LineIndex, apply_changes

__all__ = ["VerifyResult", "verify"]


@dataclass
class VerifyResult:
    files: int = 0
    problems: list[str] = field(default_factory=list)  # not exact: verify fails
    warnings: list[str] = field(default_factory=list)  # values left: fail with --strict

    def ok(self, strict: bool = False) -> bool:
        return not self.problems and not (strict and self.warnings)


def _files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    if root.is_dir():
        return sorted(p for p in root.rglob("*") if p.is_file())
    raise UsageError(f"{root}: no such file or folder")


def _contents(path: Path) -> list[tuple[str, Callable[[], bytes]]]:
    """(content hash, reader) of a file, or of each member of a zip archive."""
    if path.suffix.lower() == ".zip" and zipfile.is_zipfile(path):
        try:  # the members scrub reads: what it refused (a bomb, a damaged member) is not read
            names = [m.name for m in list_members(path) if m.skip is None and m.error is None]
        except FileError:
            return []
        found = []
        for name in names:
            try:
                found.append((hashlib.sha256(read_member(path, name)).hexdigest(),
                              partial(read_member, path, name)))
            except FileError:
                continue
        return found
    data = path.read_bytes()
    return [(hashlib.sha256(data).hexdigest(), path.read_bytes)]


def _read_output(output_path: Path, name: str) -> bytes:
    if output_path.is_file():
        return output_path.read_bytes()
    member = split_member_path(name)
    if member is not None:
        return read_member(output_path / member[0], member[1])
    return (output_path / name).read_bytes()


def verify(input_path: Path, output_path: Path, report_path: Path) -> VerifyResult:
    report = read_report(report_path)
    by_hash: dict[str, Callable[[], bytes]] = {}
    for path in _files(input_path):
        for digest, reader in _contents(path):
            by_hash.setdefault(digest, reader)
    result = VerifyResult()
    for entry in report["files"]:
        if entry["status"] not in ("redacted", "clean"):
            continue
        result.files += 1
        name = entry["path"]
        source = by_hash.get(entry["input_sha256"] or "")
        if source is None:
            result.problems.append(f"{name}: no input file has the reported content hash")
            continue
        try:
            decoded = text_io.decode(source(), repair=entry["repair"] is not None)
            out_text = _read_output(output_path, name).decode(entry["encoding"] or "utf-8")
        except (OSError, FileError, SkipFile, UnicodeDecodeError) as err:
            result.problems.append(f"{name}: cannot read input or output ({type(err).__name__})")
            continue
        changes = entry["changes"]
        try:
            expected = apply_changes(decoded.text, [(c["start"], c["end"], c["replacement"])
                                                    for c in changes])
        except (ValueError, IndexError):
            result.problems.append(f"{name}: the report's changes overlap")
            continue
        if expected != out_text:
            first = next((i for i, (a, b) in enumerate(zip(expected, out_text)) if a != b),
                         min(len(expected), len(out_text)))
            line, column = LineIndex(out_text).line_column(first)
            result.problems.append(
                f"{name}: output differs from input + changes at line {line}, column {column}")
            continue
        result.warnings += _leftovers(name, decoded.text, out_text, changes)
    return result


def _leftovers(name: str, text: str, out_text: str, changes: list[dict]) -> list[str]:
    """Replaced values still standing as whole words in the output (never printed)."""
    warnings, seen = [], set()
    lines = None
    for c in changes:
        value = text[c["start"]:c["end"]].strip()
        if len(value) < 2 or (c["category"], value.casefold()) in seen:
            continue
        seen.add((c["category"], value.casefold()))
        pattern = re.compile(r"(?<!\w)" + re.escape(value) + r"(?!\w)", re.IGNORECASE)
        match = pattern.search(out_text)
        if match:
            lines = lines or LineIndex(out_text)
            line, column = lines.line_column(match.start())
            warnings.append(
                f"{name}:{line}:{column}: a value replaced elsewhere ({c['category']}, "
                f"fingerprint {c['fingerprint']}) is still in the output")
    return warnings
