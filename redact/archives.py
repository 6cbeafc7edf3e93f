"""Zip archives (a ChatGPT export is one): members are read as inputs, and the scrubbed
members are written to a new archive in their original order.

A member named ``../x`` or ``/x`` is skipped as unsafe; an archive whose members inflate
far beyond their stored size is refused before anything is read. A damaged archive is a
FileError, whatever zipfile or the decompressor raised.
"""

from __future__ import annotations

import lzma
import stat
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
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
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
# what zipfile and its decompressors raise on damaged or crafted data
_DAMAGED = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, ValueError,
            NotImplementedError, RuntimeError, UnicodeDecodeError, OverflowError, KeyError)


@contextmanager
def _reading(what: str) -> Iterator[None]:
    try:
        yield
    except _DAMAGED as err:
        raise FileError(f"cannot read {what} ({_reason(err)})") from None


def _reason(err: Exception) -> str:
    """Why, in words: zipfile's own messages may quote member names."""
    if isinstance(err, (zlib.error, lzma.LZMAError, EOFError)):
        return "corrupt compressed data"
    if isinstance(err, zipfile.BadZipFile):
        return "checksum mismatch" if str(err).startswith("Bad CRC") else "not a zip file, or damaged"
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return type(err).__name__


@dataclass(frozen=True)
class Member:
    name: str
    skip: str | None = None  # why it is not read
    error: str | None = None  # why it cannot be read


def _unsafe(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    return name.startswith(("/", "\\")) or ".." in path.parts or (
        len(name) > 1 and name[1] == ":")


def _folder(info: zipfile.ZipInfo) -> bool:
    """ZipInfo.is_dir, for a member with an empty name too (is_dir raises IndexError)."""
    return info.filename.endswith("/")


def list_members(path: Path) -> list[Member]:
    """The archive's file members in stored order, each with a reason not to read it."""
    with _reading("zip archive"), zipfile.ZipFile(path) as zf:
        infos = [i for i in zf.infolist() if not _folder(i)]
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL:
        raise FileError(f"zip archive inflates to {total} bytes (limit {MAX_TOTAL})")
    if len({i.filename for i in infos}) < len(infos):
        raise FileError("zip archive holds two members with the same name")
    members = []
    for info in infos:
        if _unsafe(info.filename):
            members.append(Member(info.filename, skip="unsafe member name (absolute or ../)"))
        elif not PurePosixPath(info.filename).parts:  # "" or "."
            members.append(Member(info.filename, skip="zip member without a name"))
        elif info.flag_bits & 0x41:  # encrypted, or strongly encrypted
            members.append(Member(info.filename, error="encrypted zip member"))
        elif info.compress_type not in _METHODS:
            members.append(Member(info.filename, error=(
                f"zip member uses compression method {info.compress_type}, which is not supported")))
        elif info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            members.append(Member(info.filename, error=(
                f"zip member inflates {info.file_size // max(info.compress_size, 1)}x "
                f"(limit {MAX_RATIO}x)")))
        else:
            members.append(Member(info.filename))
    # many members, each under the floor, may inflate as much as one bomb
    read = [i for i, m in zip(infos, members) if m.skip is None and m.error is None]
    size, stored = sum(i.file_size for i in read), max(sum(i.compress_size for i in read), 1)
    if size > _RATIO_FLOOR and size > MAX_RATIO * stored:
        raise FileError(f"zip archive inflates {size // stored}x (limit {MAX_RATIO}x)")
    return members


class _MemberStream:
    """A member's bytes as a binary stream: damaged data raises FileError as it is met,
    and closing the stream closes the archive."""

    def __init__(self, archive: zipfile.ZipFile, stream: BinaryIO) -> None:
        self.archive, self.stream = archive, stream

    def read(self, size: int = -1) -> bytes:
        with _reading("zip member"):
            return self.stream.read(size)

    def readline(self, size: int = -1) -> bytes:
        with _reading("zip member"):
            return self.stream.readline(size)

    def readinto(self, buffer) -> int:
        with _reading("zip member"):
            return self.stream.readinto(buffer)

    def peek(self, size: int = 1) -> bytes:
        with _reading("zip member"):
            return self.stream.peek(size)

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self.stream.close()
        self.archive.close()

    def __enter__(self) -> _MemberStream:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_member(path: Path, name: str) -> BinaryIO:
    """A member as a binary stream; closing it closes the archive."""
    with _reading("zip member"):
        archive = zipfile.ZipFile(path)
        try:
            return _MemberStream(archive, archive.open(name))
        except BaseException:
            archive.close()
            raise


def read_member(path: Path, name: str) -> bytes:
    with _reading("zip member"), zipfile.ZipFile(path) as zf:
        return zf.read(name)


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
    copies: dict[str, str] = field(default_factory=dict)  # member -> its name, copied as it is
    temp_folder: Path | None = None  # where the archive is made before its rename
    mode: int | None = None  # the archive's permission bits (its source's)

    def write(self) -> None:
        with zipfile.ZipFile(self.source) as src, \
                text_io.AtomicWriter(self.target, mode=self.mode, folder=self.temp_folder) as out:
            with zipfile.ZipFile(out.fh, "w") as dst:
                for info in src.infolist():
                    if _folder(info):
                        continue
                    if info.filename in self.outputs:
                        name, data = self.outputs[info.filename]
                    elif info.filename in self.copies:
                        with _reading("zip member"):
                            name, data = self.copies[info.filename], src.read(info.filename)
                    else:
                        continue
                    new = zipfile.ZipInfo(name, date_time=info.date_time)
                    new.compress_type = info.compress_type
                    new.external_attr = _plain_file(info.external_attr)
                    new.comment = info.comment
                    dst.writestr(new, data)


def _plain_file(attr: int) -> int:
    """A member's attributes as a regular file's: its permission bits without set-user-id,
    set-group-id or sticky; a symlink or device member (what it held is now text in it)
    gets 0644. The MS-DOS bits in the low word stay."""
    mode = attr >> 16
    permissions = stat.S_IMODE(mode) & 0o777 if stat.S_ISREG(mode) else 0o644
    return ((stat.S_IFREG | permissions) << 16) | (attr & 0xFFFF & ~0x10)
