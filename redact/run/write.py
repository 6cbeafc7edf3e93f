"""Write: where a file's output goes, never partly written. Sinks are a file in OUTDIR, the
input itself (``--in-place``, after a backup), a member of a zip archive written when all
its members are done, and standard output (input ``-``, or ``-o -``: written as it is
made, so a stream in error stops there, with exit code 2); a binary file is copied as it
is with ``--copy-unscanned``."""

from __future__ import annotations

import io
import logging
import shutil
import sys
import zipfile
from contextlib import AbstractContextManager
from pathlib import Path
from typing import BinaryIO

from redact import text_io
from redact.archives import MEMBER_SEP, ArchiveOutput, split_member_path
from redact.errors import FileError
from redact.inputs import InputFile
from redact.records import FileResult, Status
from redact.run.load import Loaded
from redact.run.options import ScrubOptions

__all__ = ["Outputs", "write_error"]

log = logging.getLogger(__name__)


def write_error(err: OSError) -> str:
    return f"cannot write output ({err.strerror or type(err).__name__})"


class _MemberOutput:
    """Collects a zip member's output; the archive is written when all members are done."""

    def __init__(self, archive: ArchiveOutput, member: str, name: str) -> None:
        self.archive, self.member, self.name = archive, member, name
        self.buffer = io.BytesIO()

    def __enter__(self) -> _MemberOutput:
        return self

    def write(self, data: bytes) -> None:
        self.buffer.write(data)

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.archive.outputs[self.member] = (self.name, self.buffer.getvalue())


class _StdoutOutput:
    """Standard output (input ``-``, or ``-o -``): written as it comes, flushed at the end."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def __enter__(self) -> _StdoutOutput:
        return self

    def write(self, data: bytes) -> None:
        self.stream.write(data)

    def __exit__(self, *exc) -> None:
        self.stream.flush()


class Outputs:
    """A run's sinks. Zip archives are written by ``close``, once all their members are.
    ``temp``: where outputs are made before they are renamed into OUTDIR (the journal's
    folder, so a killed run leaves nothing half-written among the outputs); beside each
    output without it."""

    def __init__(self, options: ScrubOptions, temp: Path | None = None) -> None:
        self.options = options
        self.temp = temp
        self.archives: dict[str, ArchiveOutput] = {}

    def _archive_for(self, item: InputFile) -> ArchiveOutput:
        rel = item.archive
        if rel not in self.archives:
            self.archives[rel] = ArchiveOutput(item.path, self.options.outdir / rel,
                                               temp_folder=self.temp)
        return self.archives[rel]

    def open(self, ld: Loaded) -> AbstractContextManager:
        """Where a file's output bytes go (``result.output`` says where)."""
        result, item, options = ld.result, ld.file, self.options
        if item.path is None or options.to_stdout:
            result.output = "-"
            return _StdoutOutput(options.stdout or sys.stdout.buffer)
        if item.member is not None:
            _, name = split_member_path(result.path)
            result.output = f"{(options.outdir / result.path).as_posix()}"
            return _MemberOutput(self._archive_for(item), item.member, name)
        if options.in_place:
            backup = item.path.with_name(item.path.name + ".bak")
            if backup.exists():
                raise FileError(f"backup {backup.name} already exists; not overwriting it")
            shutil.copy2(item.path, backup)
            result.output = str(item.path)
            return text_io.AtomicWriter(item.path)
        target = options.outdir / result.path
        result.output = target.as_posix()
        return text_io.AtomicWriter(target, folder=self.temp)

    def write(self, ld: Loaded, output: str) -> None:
        """A whole file's output; a file that cannot be written is in error."""
        result = ld.result
        data = text_io.encode(output, ld.encoding)
        try:
            with self.open(ld) as out:
                out.write(data)
            log.debug("wrote %s (%d bytes)", result.output, len(data))
        except FileError as err:
            result.mark(Status.ERROR, str(err))
        except OSError as err:
            result.mark(Status.ERROR, write_error(err))

    def copy_unscanned(self, item: InputFile, result: FileResult) -> None:
        """--copy-unscanned: a binary file goes to the output unchanged (still listed as
        skipped)."""
        options = self.options
        if item.path is None or options.in_place:
            return
        if item.member is not None:
            self._archive_for(item).copies.add(item.member)
            result.output = (options.outdir / item.rel).as_posix()
            return
        target = options.outdir / item.rel
        try:
            text_io.write_atomic(target, item.path.read_bytes(), folder=self.temp)
            result.output = target.as_posix()
        except OSError as err:
            result.mark(Status.ERROR, f"cannot copy ({err.strerror or type(err).__name__})")

    def close(self, files: list[FileResult]) -> None:
        """Every member is done: each archive is written, or its members are in error."""
        for archive in self.archives.values():
            try:
                archive.write()
            except (OSError, zipfile.BadZipFile, FileError) as err:
                prefix = archive.target.as_posix() + MEMBER_SEP
                for result in files:
                    if result.output and result.output.startswith(prefix):
                        result.mark(Status.ERROR, f"cannot write archive ({type(err).__name__})")
