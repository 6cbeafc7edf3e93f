"""`redact check --history`: personal data that commits added, even when a later commit
deleted it (a clone still holds it).

Each commit of the range is read in topological order (parents first). What it added are
the new blobs of the paths it added or modified; each distinct blob is scanned once,
whatever number of commits and paths hold it, with the formats, policy and inline allows
of a tree check. A value is reported once per path, at the first commit that added it
there (findings are keyed by fingerprint and path, as baselines are), on its first line
in that commit's version of the file. Where a commit's parent lies outside the range, only
values on lines it added count: what was there before the range is not the range's.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from redact import text_io
from redact.check import CheckOptions, checked_file, judge
from redact.errors import FileError, SkipFile, UsageError
from redact.gitobjects import Added, BlobReader, Commit, added_blobs, list_commits, repository_uri
from redact.inputs import InputFile
from redact.records import FileResult
from redact.repo import IGNORE_FILE, Repo
from redact.report.check_model import CheckedFile, CheckFinding, CheckResult, HistoryScan
from redact.run.detect import detect_loaded, rules_for
from redact.run.load import Loaded, Refused, guarded, load_bytes
from redact.run.options import ScrubOptions

__all__ = ["run_history", "DEFAULT_RANGE", "check_replacements_path", "write_replacements"]

DEFAULT_RANGE = "HEAD"
_BATCH_BYTES = 8 << 20  # blob bytes detected in one call: files are batched across commits
_BATCH_BLOBS = 256
_INTERNAL = {".redact-cache", ".redact-key"}

Progress = Callable[[int, int], None]  # commits done, commits in the range


@dataclass
class _Path:
    """One path across the range: the file record reported, and the values seen there."""

    checked: CheckedFile
    seen: set[str] = field(default_factory=set)  # fingerprints
    scanned: bool = False


def run_history(paths: list[str], rev_range: str, options: CheckOptions,
                progress: Progress | None = None,
                values: dict[str, str] | None = None) -> CheckResult:
    """Check what the commits of ``rev_range`` added under ``paths`` (repository paths).
    ``values``, when given, receives each reported value not allowed inline, with its
    category (for a history rewrite); a repaired (mojibake) blob's values are left out,
    as its bytes do not hold them."""
    repo = Repo.find(options.cwd)
    if not repo.is_git:
        raise UsageError("--history needs a git repository")
    if options.changed_since:
        raise UsageError("--history and --changed-since do not go together")
    prefixes = _prefixes(paths, repo, options.cwd or Path.cwd())
    commits = list_commits(repo.root, rev_range)
    scan = _HistoryScan(repo, options, commits, prefixes, values is not None)
    with BlobReader(repo.root) as blobs:
        scan.run(blobs, progress)
    files = [scan.paths[p].checked for p in sorted(scan.paths)]
    order = {c.sha: i for i, c in enumerate(commits)}
    for f in files:
        f.findings.sort(key=lambda x: (order[x.commit], x.position.line, x.position.column))
    fail_on = judge(files, options)
    if values is not None:
        values.update({scan.values[(f.path, x.fingerprint)]: x.category for f in files
                       for x in f.findings if x.state != "allowed"
                       and (f.path, x.fingerprint) in scan.values})
    info = HistoryScan(rev_range, commits[-1].sha if commits else "", repository_uri(repo.root),
                       len(commits), scan.blob_count, scan.scanned_count)
    return CheckResult(files, options.key.key_id, fail_on, history=info,
                       stable_key=options.key.source != "random")


def _prefixes(paths: list[str], repo: Repo, cwd: Path) -> list[str] | None:
    """The repository paths to check (None: all of them)."""
    out = []
    for arg in paths:
        rel = repo.rel(cwd / arg)
        if rel in (".", ""):
            return None
        if rel.startswith("/") or rel == ".." or rel.startswith("../"):
            raise UsageError(f"{arg}: not inside the repository at {repo.root}")
        out.append(rel)
    return out


class _HistoryScan:
    def __init__(self, repo: Repo, options: CheckOptions, commits: list[Commit],
                 prefixes: list[str] | None, keep_values: bool) -> None:
        self.repo, self.options, self.commits, self.prefixes = repo, options, commits, prefixes
        self.keep_values = keep_values
        self.blob_values: dict[str, dict[str, str]] = {}  # blob -> fingerprint -> value
        self.values: dict[tuple[str, str], str] = {}  # (path, fingerprint) -> value
        self.spec = repo.ignore_spec()
        self.excluded = {repo.rel(p) for p in options.exclude}
        in_range = {c.sha for c in commits}
        # commits with a parent outside the range: only the lines they added count
        self.boundary = {c.sha for c in commits if any(p not in in_range for p in c.parents)}
        self.dates = {c.sha: c.author_date for c in commits}
        self.scrub_options = ScrubOptions(policy=options.policy, rule_files=options.rule_files,
                                          key=options.key)
        self.format_options = self.scrub_options.format_options()
        options.policy.check_key(options.key.key_id)
        self.rules = rules_for(options.policy, options.rule_files)
        self.scanned: dict[str, CheckedFile] = {}  # by blob id: as a tree check reports it
        self.paths: dict[str, _Path] = {}
        self.blob_count = self.scanned_count = 0

    def _wanted(self, path: str) -> bool:
        if path in self.excluded or any(part in _INTERNAL for part in path.split("/")):
            return False
        return self.prefixes is None or any(
            path == p or path.startswith(p.rstrip("/") + "/") for p in self.prefixes)

    def run(self, blobs: BlobReader, progress: Progress | None) -> None:
        total, done = len(self.commits), 0
        if progress:
            progress(0, total)
        for group, contents in self._groups(blobs):
            self._detect(group, contents)
            for change in group:
                if change.path:
                    self._report(change, blobs)
                elif progress:  # a commit's marker: the one before it is done
                    progress(done, total)
                    done += 1
        if progress:
            progress(total, total)

    def _groups(self, blobs: BlobReader) -> Iterator[tuple[list[Added], dict[str, bytes]]]:
        """The range's wanted changes in groups of whole commits, with the contents of the
        blobs they add that are not scanned yet (detected together); each commit opens
        with a marker that has no path."""
        changes: dict[str, list[Added]] = {c.sha: [] for c in self.commits}
        for change in added_blobs(self.repo.root, self.commits):
            changes[change.commit].append(change)
        group: list[Added] = []
        contents: dict[str, bytes] = {}
        size = 0
        for commit in self.commits:
            group.append(Added(commit.sha, "", "", ()))
            for change in changes.pop(commit.sha):
                if not self._wanted(change.path):
                    continue
                group.append(change)
                if self._ignored(change.path) or change.blob in self.scanned \
                        or change.blob in contents:
                    continue
                contents[change.blob] = blobs.read(change.blob)
                size += len(contents[change.blob])
            if size >= _BATCH_BYTES or len(contents) >= _BATCH_BLOBS:
                yield group, contents
                group, contents, size = [], {}, 0
        if group:
            yield group, contents

    def _ignored(self, path: str) -> bool:
        return self.spec is not None and self.spec.match_file(path)

    def _detect(self, group: list[Added], contents: dict[str, bytes]) -> None:
        """Scan the group's new blobs, each once, as a file at the first path holding it."""
        loaded: list[Loaded | Refused] = []
        order: list[str] = []
        for change in group:
            wanted = change.path and not self._ignored(change.path)
            data = contents.pop(change.blob, None) if wanted else None
            if data is None:
                continue
            item = InputFile(change.path, None)
            result = FileResult(path=change.path)
            index = len(loaded)
            ld = guarded(result, lambda: load_bytes(index, item, data, result,
                                                    self.scrub_options, self.format_options))
            loaded.append(ld if ld is not None else Refused(index, item, result))
            order.append(change.blob)
        self.blob_count += len(order)
        detected = detect_loaded(loaded, self.scrub_options, self.rules)
        for blob, ld, found in zip(order, loaded, detected):
            done = checked_file(found)
            done.findings = _once_per_value(done.findings)
            self.scanned[blob] = done
            if done.status in ("clean", "findings"):
                self.scanned_count += 1
            if self.keep_values and isinstance(ld, Loaded) and not done.repair:
                self.blob_values[blob] = {x.fingerprint: ld.doc.text[x.start:x.end]
                                          for x in done.findings}

    def _report(self, change: Added, blobs: BlobReader) -> None:
        """What ``change`` adds to its path's record: the values not seen there before."""
        if not change.path:
            return
        state = self.paths.get(change.path)
        if state is None:
            state = self.paths[change.path] = _Path(CheckedFile(change.path, "clean"))
        record = state.checked
        if self._ignored(change.path):
            if not state.scanned and record.status != "error":
                record.status, record.error = "skipped", f"excluded by {IGNORE_FILE}"
            return
        blob = self.scanned[change.blob]
        short = change.commit[:12]
        if blob.status == "error":
            if record.status != "error":
                record.status, record.error = "error", f"in commit {short}: {blob.error}"
            return
        if blob.status == "skipped":
            if not state.scanned and record.status != "error":
                record.status, record.error = "skipped", blob.error
            return
        if not state.scanned and record.status == "skipped":
            record.status, record.error = "clean", None
        state.scanned = True
        record.format, record.repair = blob.format, blob.repair or record.repair
        for warning in blob.warnings:
            note = f"in commit {short}: {warning}"
            if note not in record.warnings:
                record.warnings.append(note)
        fresh = [x for x in blob.findings if x.fingerprint not in state.seen]
        if fresh and change.commit in self.boundary:
            added = self._added_lines(change, blobs)
            for x in fresh:
                if added is not None and x.position.line not in added:
                    state.seen.add(x.fingerprint)  # there before the range
            fresh = [x for x in fresh if x.fingerprint not in state.seen]
        reported = {x.fingerprint for x in fresh}
        state.seen |= reported
        for fingerprint in reported & self.blob_values.get(change.blob, {}).keys():
            self.values[(change.path, fingerprint)] = self.blob_values[change.blob][fingerprint]
        record.findings += [replace(x, commit=change.commit,
                                    author_date=self.dates[change.commit]) for x in fresh]
        if record.findings and record.status == "clean":
            record.status = "findings"

    def _added_lines(self, change: Added, blobs: BlobReader) -> set[int] | None:
        """The 1-based lines of the new blob that none of the commit's parents had at this
        path (None: all of them)."""
        befores = [b for b in change.before if b]
        if len(befores) < len(change.before) or not befores:
            return None  # a parent did not have the path: everything is new to it
        new = _lines(blobs.read(change.blob))
        added: set[int] | None = None
        for before in befores:
            old = _lines(blobs.read(before))
            matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
            mine = {j + 1 for tag, _, _, j1, j2 in matcher.get_opcodes() if tag in ("insert", "replace")
                    for j in range(j1, j2)}
            added = mine if added is None else added & mine
        return added


def _once_per_value(findings: list[CheckFinding]) -> list[CheckFinding]:
    """A blob's findings, one per value: the first not allowed inline (else the first),
    the highest scored of those. What is kept per blob is then bounded by its distinct
    values, not by how often they repeat."""
    kept: dict[str, CheckFinding] = {}
    for x in findings:
        old = kept.get(x.fingerprint)
        if old is None or (old.allowed and not x.allowed) or (
                old.allowed == x.allowed and x.score > old.score):
            kept[x.fingerprint] = x
    return sorted(kept.values(), key=lambda x: x.start)


def _lines(data: bytes) -> list[str]:
    """A blob's lines as a check numbers them (decoded, split at "\\n")."""
    try:
        return text_io.decode(data).text.split("\n")
    except (SkipFile, FileError):
        return []


def check_replacements_path(path: Path, cwd: Path | None = None) -> None:
    """The replacements file holds the values found: never inside the repository (where
    it could be committed, or be rewritten by the very filter it feeds)."""
    root = Repo.find(cwd).root
    if path.resolve().is_relative_to(root):
        raise UsageError(f"{path}: --replacements holds the values found and cannot go inside "
                         f"the repository ({root}); write it outside, e.g. ../replacements.txt")


def write_replacements(path: Path, values: dict[str, str]) -> None:
    """A ``git filter-repo --replace-text`` file (mode 0600): ``literal:VALUE==>[CATEGORY]``,
    longest values first so that none is cut by a shorter one inside it; a value the
    line format cannot hold (a line break, ``==>``) as a regex of its UTF-8 bytes."""
    lines = []
    for value, category in sorted(values.items(), key=lambda v: (-len(v[0]), v[0])):
        if "\n" in value or "\r" in value or "==>" in value:
            pattern = "regex:" + "".join(f"\\x{b:02x}" for b in value.encode("utf-8"))
        else:
            pattern = "literal:" + value
        lines.append(f"{pattern}==>[{category}]\n")
    text_io.write_atomic(path, "".join(lines).encode("utf-8"), mode=0o600)
