"""`redact check`: the CI gate. Detection only, with scrub's engine and policy; each finding
is new, baselined or allowed inline, and new ones in the failing categories fail the run.

Nothing here holds a value: findings carry offsets, positions and fingerprints, so every
output, the cache and the baseline are safe to publish.
"""

from __future__ import annotations

import hashlib
import logging
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redact.archives import open_member
from redact.baseline import Baseline, baseline_id
from redact.cache import CheckCache, cache_dir, cache_key
from redact.config import Policy
from redact.detect.packs import load_rules
from redact.errors import FileError
from redact.inputs import InputFile
from redact.keys import Key
from redact.records import Finding, Located
from redact.repo import Repo, select_files
from redact.report.check_model import CheckedFile, CheckFinding, CheckResult
from redact.report.own import written_by_redact
from redact.run.detect import DetectedBatch, DetectedFile, detect_files, detect_names
from redact.run.load import guarded, is_stream, read_error
from redact.run.options import ScrubOptions
from redact.spans import LineIndex, Position

__all__ = ["CheckOptions", "run_check", "checked_file", "judge", "positions"]

log = logging.getLogger(__name__)

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
    no_header: bool = False  # CSV files have no header row (--no-header)


def run_check(paths: list[str], options: CheckOptions) -> CheckResult:
    """Check files; a file that cannot be scanned is an ``error`` record, never skipped."""
    repo = Repo.find(options.cwd)
    changed = repo.changed_since(options.changed_since) if options.changed_since else None
    items = select_files(paths, repo, changed=changed, exclude=options.exclude)
    cache = _cache(repo, options) if options.cache else None
    checked: dict[str, CheckedFile] = {}
    misses: list[tuple[InputFile, str]] = []
    unread = set()  # skipped unread (.redactignore): their paths are not scanned either
    for item in items:
        if item.error or item.skip:
            checked[item.rel] = CheckedFile(item.rel, "error" if item.error else "skipped",
                                            item.error or item.skip)
            unread.add(item.rel)
            continue
        if is_stream(item):  # stdin, a FIFO, /dev/fd/N: read once, by detection; never cached
            misses.append((item, ""))
            continue
        own = written_by_redact(item.path) if item.member is None else None
        if own is not None:
            log.debug("%s: a %s written by redact; not scanned", item.rel, own)
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
    scrub_options = ScrubOptions(policy=options.policy, rule_files=options.rule_files,
                                 key=options.key, no_header=options.no_header,
                                 binary_strings=True)
    digests = {item.rel: digest for item, digest in misses}
    for detected in detect_files([item for item, _ in misses], scrub_options):
        done = checked_file(detected)
        checked[done.path] = done
        if cache and done.status != "error" and digests[done.path]:
            cache.put(digests[done.path], _to_entry(done))
    _add_path_findings([f for f in checked.values() if f.status != "error" and f.path != "-"
                        and f.path not in unread], scrub_options)
    files = [checked[rel] for rel in sorted(checked)]
    fail_on = judge(files, options)
    return CheckResult(files, options.key.key_id, frozenset(fail_on),
                       stable_key=options.key.source != "random")


def _cache(repo: Repo, options: CheckOptions) -> CheckCache:
    """The repository's cache, signed with the run's key; a run without a stable key signs
    with the cache's own key, and its entries are apart from every keyed run's."""
    folder = cache_dir(repo.root)
    key = options.key if options.key.source != "random" else cache_key(folder)
    packs = [p["sha256"] for p in load_rules(options.rule_files).packs]
    return CheckCache(folder, {
        "policy": options.policy.digest, "rule_packs": packs, "key_id": key.key_id,
        **({"no_header": True} if options.no_header else {})}, key)


def checked_file(detected: DetectedFile) -> CheckedFile:
    """One detected file as `check` reports it: its findings with their positions."""
    result = detected.result
    findings = guarded(result, lambda: positions(detected.batches)) or []  # consumes a stream
    status = {"redacted": "findings"}.get(result.status, result.status)
    return CheckedFile(detected.file.rel, status, result.error, result.format, result.repair,
                       list(result.warnings), findings if status != "error" else [])


def judge(files: list[CheckedFile], options: CheckOptions) -> frozenset[str]:
    """What the gate makes of each finding (score floor, inline allow, baseline, failing
    category); returns the failing categories."""
    fail_on = options.fail_on if options.fail_on is not None else options.policy.redacted_categories
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
    return frozenset(fail_on)


def _add_path_findings(files: list[CheckedFile], options: ScrubOptions) -> None:
    """Values in the files' paths (folders and names, as `scrub` replaces them), first among
    each file's findings; never cached: the cache is by content."""
    for f, found in zip(files, detect_names([f.path for f in files], options)):
        if found:
            f.findings = [CheckFinding(x, None, False) for x in found] + f.findings
            f.status = "findings"


def _content_sha256(item: InputFile) -> str:
    if item.member is not None:
        with open_member(item.path, item.member) as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    with item.path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def positions(batches: Iterable[DetectedBatch]) -> list[CheckFinding]:
    """Lines, columns and inline allows of each finding, batch by batch (a streamed file's
    lines continue across batches)."""
    out: list[CheckFinding] = []
    lines_before, previous_line = 0, ""
    for batch in batches:
        lines = LineIndex(batch.text, lines_before)
        for x in batch.findings:
            start, end = x.finding.start - batch.offset, x.finding.end - batch.offset
            i = lines.line_of(start)
            above = lines.line_text(i - 1) if i else previous_line
            out.append(CheckFinding(x, lines.position(start, end), bool(
                _ALLOW.search(lines.line_text(i)) or _ALLOW_NEXT.search(above))))
        lines_before += lines.lines
        previous_line = lines.line_text(lines.lines - 1) if lines.lines else previous_line + batch.text
    return out


def _to_entry(f: CheckedFile) -> dict[str, Any]:
    """Offsets and fingerprints only: the cache never holds a value. A row is
    ``[start, end, line, column, end_line, end_column, entity, category, score, detector,
    fingerprint, field_path, allowed]``."""
    return {"status": f.status, "format": f.format, "repair": f.repair, "warnings": f.warnings,
            "findings": [[x.start, x.end, *vars(x.position).values(), x.entity, x.category,
                          x.score, x.detector, x.fingerprint, x.field_path, x.allowed]
                         for x in f.findings]}


def _from_entry(path: str, entry: dict[str, Any]) -> CheckedFile:
    findings = []
    for (start, end, line, column, end_line, end_column, entity, category, score, detector,
         fingerprint, field_path, allowed) in entry["findings"]:
        found = Located(Finding(start, end, entity, category, score, detector), fingerprint,
                        field_path)
        findings.append(CheckFinding(found, Position(line, column, end_line, end_column), allowed))
    return CheckedFile(path, entry["status"], None, entry["format"], entry["repair"],
                       list(entry["warnings"]), findings)
