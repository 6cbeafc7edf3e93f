"""The repository a `check` runs in: real paths relative to its root, files changed since a
ref, and `.redactignore` (gitignore syntax). `check` describes files already there, so its
paths are the repository's, not relative to the folder argument as `scrub`'s are."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

import pathspec

from redact.archives import MEMBER_SEP
from redact.errors import UsageError
from redact.inputs import InputFile, collect

__all__ = ["Repo", "IGNORE_FILE", "select_files"]

IGNORE_FILE = ".redactignore"
# never scanned: version control, our own cache, the key
_INTERNAL = {".git", ".redact-cache", ".redact-key"}


@dataclass(frozen=True)
class Repo:
    """Where relative paths start: the git root, or the current folder outside a repository."""

    root: Path
    is_git: bool

    @classmethod
    def find(cls, start: Path | None = None) -> Repo:
        here = (start or Path.cwd()).resolve()
        out = _git(["rev-parse", "--show-toplevel"], here, check=False)
        if out is not None:
            return cls(Path(out.strip()).resolve(), True)
        return cls(here, False)

    def rel(self, path: Path) -> str:
        """A POSIX path relative to the root; as given (absolute) when outside it."""
        real = Path(os.path.abspath(path))
        try:
            return real.relative_to(self.root).as_posix()
        except ValueError:
            resolved = real.resolve()
            if resolved.is_relative_to(self.root):
                return resolved.relative_to(self.root).as_posix()
            return real.as_posix()

    def changed_since(self, ref: str) -> set[str]:
        """Tracked files changed since ``ref`` (committed, staged or not) and untracked ones."""
        if not self.is_git:
            raise UsageError("--changed-since needs a git repository")
        if _git(["rev-parse", "--verify", "--quiet", ref + "^{commit}"], self.root, check=False) is None:
            raise UsageError(f"--changed-since: unknown git ref {ref!r}")
        changed = _git(["diff", "--name-only", "-z", "--no-renames", ref, "--"], self.root)
        untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], self.root)
        return {p for p in (changed + untracked).split("\0") if p}

    def ignore_spec(self) -> pathspec.GitIgnoreSpec | None:
        path = self.root / IGNORE_FILE
        if not path.is_file():
            return None
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as err:
            raise UsageError(f"{path}: cannot read ({type(err).__name__})") from None
        return pathspec.GitIgnoreSpec.from_lines(lines)


def _git(args: list[str], cwd: Path, *, check: bool = True) -> str | None:
    try:
        out = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError:
        out = None
    if out is None or out.returncode != 0:
        if check:
            raise UsageError(f"git {args[0]} failed: {(out.stderr if out else '').strip() or 'git not found'}")
        return None
    return out.stdout


def select_files(paths: list[str], repo: Repo, *, changed: set[str] | None = None,
                 exclude: set[Path] = frozenset()) -> list[InputFile]:
    """The files under ``paths`` with repository paths, in path order: ignored ones are
    ``skipped``; with ``changed``, only those; the same file given twice is read once."""
    spec = repo.ignore_spec()
    excluded = {p.resolve() for p in exclude}
    found: dict[str, InputFile] = {}
    for arg in paths:
        if arg == "-":  # standard input, under its own name
            found.setdefault(arg, InputFile(arg, None))
            continue
        for item in collect([arg]):
            rel = repo.rel(item.path)
            if any(part in _INTERNAL for part in rel.split("/")) or item.path.resolve() in excluded:
                continue
            if item.member is not None:
                rel = rel + MEMBER_SEP + item.member
            outer = rel.split(MEMBER_SEP, 1)[0]
            if changed is not None and outer not in changed:
                continue
            item = replace(item, rel=rel)
            if spec is not None and spec.match_file(outer) and not item.error:
                item = replace(item, skip=f"excluded by {IGNORE_FILE}")
            found.setdefault(rel, item)
    return [found[k] for k in sorted(found)]
