"""Zip archives (a ChatGPT export is one): members are read as inputs, and the scrubbed
members are written to a new archive in their original order.

A member named ``../x`` or ``/x`` is skipped as unsafe; an archive whose members inflate
far beyond their stored size is refused before anything is read.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from redact import text_io
from redact.errors import FileError

__all__ = ["MEMBER_SEP", "Member", "list_members", "open_member", "read_member", "ArchiveOutput",
           "split_member_path"]

MEMBER_SEP = "!/"  # "export.zip!/conversations.json"
MAX_RATIO = 200  # uncompressed / compressed size of one member
MAX_TOTAL = 8 << 30  # uncompressed bytes of one archive
_RATIO_FLOOR = 1 << 20  # small members may compress well without being suspect


@dataclass(frozen=True)
class Member:
    name: str
    skip: str | None = None  # why it is not read
    error: str | None = None  # why it cannot be read


def _unsafe(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    return name.startswith(("/", "\\")) or ".." in path.parts or (
        len(name) > 1 and name[1] == ":")


def list_members(path: Path) -> list[Member]:
    """The archive's file members in stored order, each with a reason not to read it."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError) as err:
        raise FileError(f"cannot read zip archive ({err})") from None
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL:
        raise FileError(f"zip archive inflates to {total} bytes (limit {MAX_TOTAL})")
    members = []
    for info in infos:
        if _unsafe(info.filename):
            members.append(Member(info.filename, skip="unsafe member name (absolute or ../)"))
        elif info.flag_bits & 0x1:
            members.append(Member(info.filename, error="encrypted zip member"))
        elif info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            members.append(Member(info.filename, error=(
                f"zip member inflates {info.file_size // max(info.compress_size, 1)}x "
                f"(limit {MAX_RATIO}x)")))
        else:
            members.append(Member(info.filename))
    return members


def open_member(path: Path, name: str) -> BinaryIO:
    """A member as a binary stream; closing it closes the archive."""
    archive = zipfile.ZipFile(path)
    try:
        stream = archive.open(name)
    except BaseException:
        archive.close()
        raise
    close = stream.close

    def close_both() -> None:
        close()
        archive.close()

    stream.close = close_both
    return stream


def read_member(path: Path, name: str) -> bytes:
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.read(name)
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError) as err:
        raise FileError(f"cannot read zip member ({type(err).__name__})") from None


def split_member_path(rel: str) -> tuple[str, str] | None:
    """("export.zip", "conversations.json") for "export.zip!/conversations.json"."""
    if MEMBER_SEP not in rel:
        return None
    archive, member = rel.split(MEMBER_SEP, 1)
    return archive, member


@dataclass
class ArchiveOutput:
    """The scrubbed copy of one archive, written when all its members are done."""

    source: Path
    target: Path
    outputs: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # member -> (new name, data)
    copies: set[str] = field(default_factory=set)  # members copied byte for byte

    def write(self) -> None:
        with zipfile.ZipFile(self.source) as src, text_io.AtomicWriter(self.target) as out:
            with zipfile.ZipFile(out.fh, "w") as dst:
                for info in src.infolist():
                    if info.is_dir():
                        continue
                    if info.filename in self.outputs:
                        name, data = self.outputs[info.filename]
                    elif info.filename in self.copies:
                        name, data = info.filename, src.read(info.filename)
                    else:
                        continue
                    new = zipfile.ZipInfo(name, date_time=info.date_time)
                    new.compress_type = info.compress_type
                    new.external_attr = info.external_attr
                    new.comment = info.comment
                    dst.writestr(new, data)
