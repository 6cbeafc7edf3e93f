"""Which files a run reads, and the relative paths reports and outputs use."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, replace
from pathlib import Path

from redact.archives import MEMBER_SEP, list_members
from redact.errors import FileError, UsageError

__all__ = ["InputFile", "collect", "for_in_place", "BACKUP_SUFFIX"]

BACKUP_SUFFIX = ".bak"  # --in-place keeps the original beside the file, under this suffix


@dataclass(frozen=True)
class InputFile:
    """One input: ``rel`` is its report path (POSIX); ``skip`` a reason not to read it,
    ``error`` a reason it cannot be read. A zip member has the archive as ``path``."""

    rel: str
    path: Path | None  # None for standard input
    skip: str | None = None
    member: str | None = None  # name inside the archive at ``path``
    error: str | None = None
    empty_archive: bool = False  # a zip archive without file members: clean, nothing to read

    @property
    def archive(self) -> str | None:
        """The report path of the archive holding this member."""
        return self.rel.split(MEMBER_SEP, 1)[0] if self.member is not None else None


def _expand(item: InputFile) -> list[InputFile]:
    """A zip archive stands for its members."""
    if item.skip or item.error or item.path is None or item.path.suffix.lower() != ".zip":
        return [item]
    try:
        members = list_members(item.path)
    except FileError as err:
        return [InputFile(item.rel, item.path, error=str(err))]
    if not members:
        return [InputFile(item.rel, item.path, empty_archive=True)]
    return [InputFile(f"{item.rel}{MEMBER_SEP}{m.name}", item.path, m.skip, m.name, m.error)
            for m in members]


_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
          (stat.S_ISBLK, "a device"))


def _not_regular(mode: int) -> str | None:
    """Why an entry is not read: opening a FIFO would wait for a writer forever."""
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "not a file")
    return f"not a regular file ({kind})"


def _entry(real_root: str, path: Path, rel: str) -> InputFile:
    """One directory entry that is not a folder: a file, a symlink or something else."""
    try:
        own = path.lstat()
        if stat.S_ISLNK(own.st_mode):
            target = os.path.realpath(path)
            if os.path.commonpath([real_root, target]) != real_root:
                return InputFile(rel, path, "symlink leading outside its input folder")
            mode = path.stat().st_mode
            if stat.S_ISDIR(mode):
                return InputFile(rel, path, "symlink to a folder (not followed)")
        else:
            mode = own.st_mode
    except OSError as err:
        return InputFile(rel, path, error=f"cannot read file ({err.strerror or type(err).__name__})")
    reason = _not_regular(mode)
    return InputFile(rel, path, error=reason) if reason else InputFile(rel, path)


def _named(path: Path) -> InputFile:
    """A file named on the command line: followed if it is a link, but a device it leads
    to is never read (``/dev/zero`` has no end)."""
    try:
        mode = path.stat().st_mode
    except OSError as err:
        return InputFile(path.name, path, error=f"cannot read file ({err.strerror or type(err).__name__})")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return InputFile(path.name, path, skip="not a regular file (a device)")
    return InputFile(path.name, path)


def _walk(root: Path, exclude: str | None) -> list[InputFile]:
    """Every file under ``root``; symlinks are not followed out of it, OUTDIR is left out,
    and a folder that cannot be listed is an error, never a silent gap."""
    out = []
    real_root = os.path.realpath(root)
    folders = [root]
    while folders:  # no recursion: a folder tree may nest deeper than the stack
        here = folders.pop()
        rel_here = here.relative_to(root).as_posix()
        try:
            with os.scandir(here) as it:
                entries = list(it)
        except OSError as err:
            name = (root.name or str(root)) if rel_here == "." else rel_here
            out.append(InputFile(name, here, error=f"cannot read folder ({err.strerror})"))
            continue
        for entry in entries:
            path = here / entry.name
            rel = path.relative_to(root).as_posix()
            if entry.name.startswith(".") and entry.name.endswith(".tmp"):
                continue  # an output being written (or left by a killed run)
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                if exclude is None or os.path.realpath(path) != exclude:
                    folders.append(path)
            else:
                out.append(_entry(real_root, path, rel))
    return out


def collect(inputs: list[str], outdir: Path | None = None) -> list[InputFile]:
    """Files in sorted path order; two inputs with one output path are a usage error."""
    exclude = os.path.realpath(outdir) if outdir is not None and outdir.exists() else None
    files: list[InputFile] = []
    for item in inputs:
        if item == "-":
            files.append(InputFile("-", None))
            continue
        path = Path(item)
        if path.is_dir():
            if exclude is not None and os.path.realpath(path) == exclude:
                raise UsageError(f"{item}: OUTDIR is this input folder; the outputs would "
                                 "overwrite the inputs (give another -o, or --in-place)")
            files += _walk(path, exclude)
        elif path.exists() or path.is_symlink():
            files.append(_named(path))
        else:
            raise UsageError(f"{item}: no such file or folder")
    files = [member for f in files for member in _expand(f)]
    seen: dict[str, InputFile] = {}
    for f in files:
        if f.rel in seen:
            raise UsageError(
                f"{f.rel}: given twice (as {seen[f.rel].path} and {f.path}); "
                "two inputs cannot share one output path")
        seen[f.rel] = f
        if (exclude is not None and f.path is not None and f.member is None
                and os.path.realpath(outdir / f.rel) == os.path.realpath(f.path)):
            raise UsageError(f"{f.rel}: its output would overwrite it (give another -o, "
                             "or --in-place)")
    return sorted(files, key=lambda f: f.rel)


def for_in_place(files: list[InputFile]) -> list[InputFile]:
    """The inputs of an --in-place run: a symlink is refused (replacing it would leave its
    target unscrubbed), and a backup an earlier run kept is neither scanned nor rewritten."""
    out = []
    for f in files:
        if f.path is not None and f.member is None and not (f.error or f.skip):
            if f.path.is_symlink():
                f = replace(f, error="a symlink: --in-place rewrites files, not links "
                                     "(give the file it points to)")
            elif f.path.name.endswith(BACKUP_SUFFIX):
                f = replace(f, skip="a backup kept by --in-place (never scanned or rewritten)")
        out.append(f)
    return out
