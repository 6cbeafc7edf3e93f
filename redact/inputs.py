"""Which files a run reads, and the relative paths reports and outputs use."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from redact.archives import MEMBER_SEP, list_members
from redact.errors import FileError, UsageError

__all__ = ["InputFile", "collect"]


@dataclass(frozen=True)
class InputFile:
    """One input: ``rel`` is its report path (POSIX); ``skip`` a reason not to read it,
    ``error`` a reason it cannot be read. A zip member has the archive as ``path``."""

    rel: str
    path: Path | None  # None for standard input
    skip: str | None = None
    member: str | None = None  # name inside the archive at ``path``
    error: str | None = None

    @property
    def archive(self) -> str | None:
        """The report path of the archive holding this member."""
        return self.rel.split(MEMBER_SEP, 1)[0] if self.member is not None else None


def _expand(item: InputFile) -> list[InputFile]:
    """A zip archive stands for its members."""
    if item.skip or item.path is None or item.path.suffix.lower() != ".zip":
        return [item]
    try:
        members = list_members(item.path)
    except FileError as err:
        return [InputFile(item.rel, item.path, error=str(err))]
    return [InputFile(f"{item.rel}{MEMBER_SEP}{m.name}", item.path, m.skip, m.name, m.error)
            for m in members]


def _walk(root: Path, exclude: Path | None) -> list[InputFile]:
    out = []
    real_root = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if exclude is None
                             or (here / d).resolve() != exclude)
        for name in sorted(filenames):
            path = here / name
            rel = path.relative_to(root).as_posix()
            if name.startswith(".") and name.endswith(".tmp"):
                continue
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(real_root):
                    out.append(InputFile(rel, path, "symlink leading outside its input folder"))
                    continue
            out.append(InputFile(rel, path))
    return out


def collect(inputs: list[str], outdir: Path | None = None) -> list[InputFile]:
    """Files in sorted path order; two inputs with one output path are a usage error."""
    exclude = outdir.resolve() if outdir is not None and outdir.exists() else None
    files: list[InputFile] = []
    for item in inputs:
        if item == "-":
            files.append(InputFile("-", None))
            continue
        path = Path(item)
        if path.is_dir():
            files += _walk(path, exclude)
        elif path.exists() or path.is_symlink():
            files.append(InputFile(path.name, path))
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
    return sorted(files, key=lambda f: f.rel)
