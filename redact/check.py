"""`redact check`: the CI gate. Detection only, with scrub's engine and policy; each finding
is new, baselined or allowed inline, and new ones in the failing categories fail the run.

Nothing here holds a value: findings carry offsets, positions and fingerprints, so every
output, the cache and the baseline are safe to publish.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redact import __version__
from redact.archives import open_member
from redact.baseline import Baseline, BaselineEntry, baseline_id
from redact.cache import CheckCache, cache_dir
from redact.config import Policy
from redact.detect.rules import load_rules
from redact.errors import FileError, RedactError, internal_error
from redact.inputs import InputFile
from redact.keys import Key
from redact.pipeline import DetectedBatch, ScrubOptions, detect_files, read_error
from redact.repo import Repo, select_files

__all__ = ["CHECK_SCHEMA", "CheckOptions", "CheckFinding", "CheckedFile", "CheckResult", "run_check"]

CHECK_SCHEMA = "redact.check/1"
_ALLOW = re.compile(r"redact:allow(?!-next-line)")
_ALLOW_NEXT = re.compile(r"redact:allow-next-line")


@dataclass
class CheckOptions:
    key: Key
    policy: Policy = field(default_factory=Policy)
    rule_files: list[Path] = field(default_factory=list)
    baseline: Baseline | None = None
    fail_on: frozenset[str] | None = None  # None: every redacted category of the policy
    min_score: float | None = None
    changed_since: str | None = None
    cache: bool = True
    cwd: Path | None = None
    exclude: set[Path] = field(default_factory=set)  # files never scanned (the baseline)


@dataclass
class CheckFinding:
    """One finding, by position: ``line``/``column`` are 1-based code points, lines split
    at "\\n" (CRLF counts once); ``end_*`` point just past its last character."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    entity: str
    category: str
    score: float
    detector: str
    fingerprint: str
    field_path: str | None
    allowed: bool
    baseline_id: str = ""
    state: str = "new"  # new | baselined | allowed
    fails: bool = False

    def to_dict(self) -> dict[str, Any]:
        keys = ("start", "end", "line", "column", "entity", "category", "score", "detector",
                "fingerprint", "baseline_id", "state")
        data = {k: getattr(self, k) for k in keys}
        if self.field_path:
            data["field_path"] = self.field_path
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

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "status": self.status, "error": self.error,
                "format": self.format, "repair": self.repair, "warnings": self.warnings,
                "findings": [f.to_dict() for f in self.findings]}


@dataclass
class CheckResult:
    files: list[CheckedFile]
    key_id: str
    fail_on: frozenset[str]

    @property
    def findings(self) -> Iterable[tuple[CheckedFile, CheckFinding]]:
        return ((f, x) for f in self.files for x in f.findings)

    @property
    def summary(self) -> dict[str, int]:
        states = [x.state for _, x in self.findings]
        return {
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
        return {"schema": CHECK_SCHEMA, "tool": {"name": "redact", "version": __version__},
                "key_id": self.key_id, "fail_on": sorted(self.fail_on),
                "summary": self.summary, "files": [f.to_dict() for f in self.files]}

    def baseline_entries(self) -> dict[str, list[BaselineEntry]]:
        """What a baseline made from this run holds: every finding not allowed inline."""
        out: dict[str, list[BaselineEntry]] = {}
        for f, x in self.findings:
            if x.state != "allowed":
                out.setdefault(f.path, []).append(BaselineEntry(x.baseline_id, x.category, x.entity))
        return out


def run_check(paths: list[str], options: CheckOptions) -> CheckResult:
    """Check files; a file that cannot be scanned is an ``error`` record, never skipped."""
    repo = Repo.find(options.cwd)
    changed = repo.changed_since(options.changed_since) if options.changed_since else None
    items = select_files(paths, repo, changed=changed, exclude=options.exclude)
    cache = None
    if options.cache:
        packs = [p["sha256"] for p in load_rules(options.rule_files).packs]
        cache = CheckCache(cache_dir(repo.root, repo.is_git), {
            "policy": options.policy.digest, "rule_packs": packs, "key_id": options.key.key_id})
    checked: dict[str, CheckedFile] = {}
    misses: list[tuple[InputFile, str]] = []
    for item in items:
        if item.error or item.skip:
            checked[item.rel] = CheckedFile(item.rel, "error" if item.error else "skipped",
                                            item.error or item.skip)
            continue
        try:
            digest = _content_sha256(item)
        except (OSError, zipfile.BadZipFile, KeyError) as err:
            checked[item.rel] = CheckedFile(item.rel, "error", str(read_error(err)))
            continue
        except FileError as err:  # a damaged zip member
            checked[item.rel] = CheckedFile(item.rel, "error", str(err))
            continue
        entry = cache.get(digest) if cache else None
        if entry is not None:
            checked[item.rel] = _from_entry(item.rel, entry)
        else:
            misses.append((item, digest))
    scrub_options = ScrubOptions(policy=options.policy, rule_files=options.rule_files, key=options.key)
    digests = {item.rel: digest for item, digest in misses}
    for detected in detect_files([item for item, _ in misses], scrub_options):
        result = detected.result
        try:
            findings = _positions(detected.batches)  # consumes a streamed file
        except RedactError:
            raise
        except Exception as err:  # a bug: this file is in error, the others go on
            result.status, result.error, findings = "error", internal_error(err), []
        status = {"redacted": "findings"}.get(result.status, result.status)
        done = CheckedFile(detected.file.rel, status, result.error, result.format, result.repair,
                           list(result.warnings), findings if status != "error" else [])
        checked[done.path] = done
        if cache and status != "error":
            cache.put(digests[done.path], _to_entry(done))
    fail_on = options.fail_on if options.fail_on is not None else options.policy.redacted_categories
    files = [checked[rel] for rel in sorted(checked)]
    for f in files:
        f.findings = [x for x in f.findings
                      if options.min_score is None or x.score >= options.min_score]
        for x in f.findings:
            x.baseline_id = baseline_id(options.key, f.path, x.fingerprint)
            if x.allowed:
                x.state = "allowed"
            elif options.baseline is not None and options.baseline.contains(f.path, x.baseline_id):
                x.state = "baselined"
            x.fails = x.state == "new" and x.category in fail_on
    return CheckResult(files, options.key.key_id, frozenset(fail_on))


def _content_sha256(item: InputFile) -> str:
    if item.member is not None:
        with open_member(item.path, item.member) as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    with item.path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _positions(batches: Iterable[DetectedBatch]) -> list[CheckFinding]:
    """Lines, columns and inline allows of each finding, batch by batch (a streamed file's
    lines continue across batches)."""
    out: list[CheckFinding] = []
    lines_before, previous_line = 0, ""
    for batch in batches:
        text = batch.text
        starts = [0] + [m.end() for m in re.finditer("\n", text)]
        for f in batch.findings:
            s, e = f.start - batch.offset, f.end - batch.offset
            i = bisect.bisect_right(starts, s) - 1
            j = bisect.bisect_right(starts, max(e - 1, s)) - 1
            here = text[starts[i]:starts[i + 1] if i + 1 < len(starts) else len(text)]
            above = text[starts[i - 1]:starts[i]] if i else previous_line
            out.append(CheckFinding(
                f.start, f.end, lines_before + i + 1, s - starts[i] + 1,
                lines_before + j + 1, e - starts[j] + 1, f.entity, f.category, f.score,
                f.detector, f.fingerprint, f.field_path,
                bool(_ALLOW.search(here) or _ALLOW_NEXT.search(above))))
        lines_before += len(starts) - 1
        previous_line = text[starts[-2]:starts[-1]] if len(starts) > 1 else previous_line + text
    return out


_CACHED = ("start", "end", "line", "column", "end_line", "end_column", "entity", "category",
           "score", "detector", "fingerprint", "field_path", "allowed")


def _to_entry(f: CheckedFile) -> dict[str, Any]:
    """Offsets and fingerprints only: the cache never holds a value."""
    return {"status": f.status, "format": f.format, "repair": f.repair, "warnings": f.warnings,
            "findings": [[getattr(x, k) for k in _CACHED] for x in f.findings]}


def _from_entry(path: str, entry: dict[str, Any]) -> CheckedFile:
    return CheckedFile(path, entry["status"], None, entry["format"], entry["repair"],
                       list(entry["warnings"]),
                       [CheckFinding(**dict(zip(_CACHED, row))) for row in entry["findings"]])
