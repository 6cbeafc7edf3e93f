"""Write: where a file's output goes, never partly written. Sinks are a file in OUTDIR, the
input itself (``--in-place``, after a backup), a member of a zip archive written when all
its members are done, and standard output (input ``-``, or ``-o -``: written as it is
made, so a stream in error stops there, with exit code 2); a binary file is copied as it
is with ``--copy-unscanned``."""

from __future__ import annotations

import hashlib
import io
import logging
import os
import shutil
import stat
import sys
import zipfile
from contextlib import AbstractContextManager
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from redact import text_io
from redact.archives import MEMBER_SEP, ArchiveOutput, split_member_path
from redact.errors import FileError
from redact.inputs import BACKUP_SUFFIX, InputFile
from redact.records import FileResult, Status
from redact.run.load import Loaded
from redact.run.options import ScrubOptions

__all__ = ["Outputs", "write_error"]

log = logging.getLogger(__name__)


def write_error(err: OSError) -> str:
    return f"cannot write output ({err.strerror or type(err).__name__})"


def shared_mode(source: Path) -> int:
    """An output is meant for sharing: it gets its input's permission bits (a zip archive's
    for the scrubbed archive); reports with --reveal, journals and keys are 0600 instead."""
    return stat.S_IMODE(os.stat(source).st_mode) & 0o777


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


def _in_place_output(item: InputFile, rel: str) -> str:
    """The report's ``output`` of a file rewritten in place: the path as given, with the
    values of its report path (``rel``, below the folder named) replaced as in ``path``."""
    given = item.path.as_posix()
    return given[:len(given) - len(item.rel)] + rel if given.endswith(item.rel) else rel


class _Hashed:
    """A sink that also hashes what goes through it: the report records each output's
    SHA-256, so a view of the report reads back only the bytes this run wrote."""

    def __init__(self, sink: AbstractContextManager, result: FileResult) -> None:
        self.sink, self.result = sink, result
        self.digest = hashlib.sha256()

    def __enter__(self) -> _Hashed:
        self.out = self.sink.__enter__()
        return self

    def write(self, data: bytes) -> None:
        self.digest.update(data)
        self.out.write(data)

    def __exit__(self, exc_type, exc, tb) -> bool | None:
        done = self.sink.__exit__(exc_type, exc, tb)
        if exc_type is None:
            self.result.output_sha256 = self.digest.hexdigest()
        return done


class Outputs:
    """A run's sinks. Zip archives are written by ``close``, once all their members are.
    ``temp``: where outputs are made before they are renamed into OUTDIR (the journal's
    folder, so a killed run leaves nothing half-written among the outputs); beside each
    output without it."""

    def __init__(self, options: ScrubOptions, temp: Path | None = None) -> None:
        self.options = options
        self.temp = temp
        self.archives: dict[str, ArchiveOutput] = {}  # by the archive's input path
        self.archive_names: dict[str, str] = {}  # the archive's report path, by its input path
        self.taken: set[str] = set()  # output paths of this run, as the report gives them

    def _claim(self, rel: str, result: FileResult) -> str:
        """``rel``, or when another file of the run already writes there (two names that
        are one after scrubbing: "John Smith.txt" and "Jane Doe.txt" under --link-scope
        file), ``rel`` with a numeric suffix: never an overwrite. The report says so."""
        path, n, claimed = PurePosixPath(rel), 1, rel
        while claimed in self.taken:
            n += 1
            claimed = str(path.with_name(f"{path.stem}-{n}{path.suffix}"))
        self.taken.add(claimed)
        if claimed != rel:
            result.warnings.append(f"another file of this run has the same name after "
                                   f"scrubbing: this one is written with the suffix -{n}")
        return claimed

    def _target(self, rel: str) -> Path:
        """OUTDIR/rel, when no folder on the way there is a symbolic link: writing through
        one would put the output outside OUTDIR."""
        outdir = self.options.outdir
        folder = outdir
        for part in PurePosixPath(rel).parent.parts:
            folder = folder / part
            if folder.is_symlink():
                raise FileError(f"cannot write output: {folder.relative_to(outdir).as_posix()} "
                                "in OUTDIR is a symbolic link (not followed)")
        return outdir / rel

    def _archive(self, source_rel: str, source: Path, rel: str,
                 result: FileResult) -> tuple[str, ArchiveOutput]:
        """The scrubbed copy of the archive at ``source`` (``source_rel`` in the input) and
        its report path: ``rel``, its name as scrubbed by the first member to reach it, so
        all its members are written into one archive."""
        if source_rel not in self.archives:
            rel = self._claim(rel, result)
            self.archives[source_rel] = ArchiveOutput(
                source, self._target(rel), temp_folder=self.temp, mode=shared_mode(source))
            self.archive_names[source_rel] = rel
        return self.archive_names[source_rel], self.archives[source_rel]

    def _member(self, item: InputFile, result: FileResult) -> tuple[ArchiveOutput, str]:
        """A member's archive and its name there, from its scrubbed report path."""
        archive_rel, member_rel = split_member_path(result.path)
        archive_rel, archive = self._archive(item.archive, item.path, archive_rel, result)
        result.path = self._claim(archive_rel + MEMBER_SEP + member_rel, result)
        result.output = (self.options.outdir / result.path).as_posix()
        return archive, split_member_path(result.path)[1]

    def open(self, ld: Loaded) -> AbstractContextManager:
        """Where a file's output bytes go (``result.output`` says where), hashed on the way."""
        return _Hashed(self._sink(ld), ld.result)

    def _sink(self, ld: Loaded) -> AbstractContextManager:
        result, item, options = ld.result, ld.file, self.options
        if item.path is None or options.to_stdout:
            result.output = "-"
            return _StdoutOutput(options.stdout or sys.stdout.buffer)
        if item.member is not None:
            archive, name = self._member(item, result)
            return _MemberOutput(archive, item.member, name)
        if options.in_place:
            backup = item.path.with_name(item.path.name + BACKUP_SUFFIX)
            if backup.exists() or backup.is_symlink():
                raise FileError(f"backup {backup.name} already exists; not overwriting it")
            shutil.copy2(item.path, backup)
            result.output = _in_place_output(item, result.path)
            return text_io.AtomicWriter(item.path, mode=shared_mode(item.path))
        result.path = self._claim(result.path, result)
        target = self._target(result.path)
        result.output = target.as_posix()
        return text_io.AtomicWriter(target, mode=shared_mode(item.path), folder=self.temp)

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
        skipped), under its scrubbed name (``result.path``)."""
        options = self.options
        if item.path is None or options.in_place:
            return
        try:
            if item.member is not None:
                archive, name = self._member(item, result)
                archive.copies[item.member] = name
                return
            rel = result.path = self._claim(result.path, result)
            target = self._target(rel)
            data = item.path.read_bytes()
            text_io.write_atomic(target, data, mode=shared_mode(item.path), folder=self.temp)
            result.output = target.as_posix()
            result.output_sha256 = hashlib.sha256(data).hexdigest()
        except FileError as err:
            result.mark(Status.ERROR, str(err))
        except OSError as err:
            result.mark(Status.ERROR, f"cannot copy ({err.strerror or type(err).__name__})")

    def empty_archive(self, item: InputFile, result: FileResult) -> None:
        """A zip archive without file members: its scrubbed copy is an archive without
        members (its folder entries, whose names could be anyone's, are not copied)."""
        if self.options.in_place or self.options.outdir is None:
            return
        try:
            _, archive = self._archive(item.rel, item.path, item.rel, result)
        except FileError as err:
            result.mark(Status.ERROR, str(err))
            return
        result.output = archive.target.as_posix()

    def close(self, files: list[FileResult]) -> None:
        """Every member is done: each archive is written, or its members are in error."""
        for archive in self.archives.values():
            try:
                archive.write()
            except (OSError, zipfile.BadZipFile, FileError) as err:
                target = archive.target.as_posix()
                for result in files:
                    if result.output and (result.output == target
                                          or result.output.startswith(target + MEMBER_SEP)):
                        result.mark(Status.ERROR, f"cannot write archive ({type(err).__name__})")
