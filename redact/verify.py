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
    """The output of report path ``name``: OUTPUT itself when it is a file (or the member of
    the zip archive OUTPUT is), else the file or member under OUTPUT."""
    member = split_member_path(name)
    if member is not None:
        archive = output_path if output_path.is_file() else output_path / member[0]
        return read_member(archive, member[1])
    if output_path.is_file():
        return output_path.read_bytes()
    return (output_path / name).read_bytes()


@dataclass(frozen=True)
class _Replaced:
    """A replaced value, known by what the report may show of it."""

    category: str
    fingerprint: str


def verify(input_path: Path, output_path: Path, report_path: Path) -> VerifyResult:
    report = read_report(report_path)
    by_hash: dict[str, Callable[[], bytes]] = {}
    for path in _files(input_path):
        for digest, reader in _contents(path):
            by_hash.setdefault(digest, reader)
    result = VerifyResult()
    replaced: dict[str, _Replaced] = {}  # casefolded value -> first change that replaced it
    outputs: list[tuple[str, str]] = []  # (report path, encoding) of the exact outputs
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
        except (OSError, FileError, SkipFile, UnicodeDecodeError, KeyError) as err:
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
        outputs.append((name, entry["encoding"] or "utf-8"))
        for c in changes:
            value = decoded.text[c["start"]:c["end"]].strip()
            if len(value) >= 2:
                replaced.setdefault(value.casefold(), _Replaced(c["category"], c["fingerprint"]))
    if replaced:
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(
            re.escape(v) for v in sorted(replaced, key=len, reverse=True)) + r")(?!\w)",
            re.IGNORECASE)
        for name, encoding in outputs:  # read again: a run's outputs are not all held at once
            out_text = _read_output(output_path, name).decode(encoding)
            result.warnings += _leftovers(name, out_text, pattern, replaced)
    return result


def _leftovers(name: str, out_text: str, pattern: re.Pattern[str],
               replaced: dict[str, _Replaced]) -> list[str]:
    """Values replaced anywhere in the run still standing as whole words in this output, each
    named once by its first place (never printed)."""
    warnings, seen, lines = [], set(), None
    for match in pattern.finditer(out_text):
        value = replaced.get(match.group().casefold())
        if value is None or value in seen:
            continue
        seen.add(value)
        lines = lines or LineIndex(out_text)
        line, column = lines.line_column(match.start())
        warnings.append(f"{name}:{line}:{column}: a value replaced in this run ({value.category}, "
                        f"fingerprint {value.fingerprint}) is still in the output")
    return warnings
