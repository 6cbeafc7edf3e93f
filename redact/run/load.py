"""Load: each input read, decoded and parsed into a document, or a report entry that says
why not.

This is the one place that decides a file is skipped or in error before it is scanned
(``guarded``), for whole files, the heads of streamed ones, zip members and the Ray
engine's inputs alike. Files are read whole up to ``head_bytes``; a larger JSON Lines or
CSV file is kept as its head and read again in batches of records (``StreamReader``).
A stream (standard input, a FIFO or ``/dev/fd/N`` named on the command line) cannot be read
twice: it is opened once, its head read first, and the same open stream goes on in batches.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import stat
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import BinaryIO, TypeVar

from redact import text_io
from redact.archives import open_member
from redact.config import Policy
from redact.errors import FileError, RedactError, SkipFile, internal_error, trace_frames
from redact.formats import FormatOptions, TextFormat, choose_format
from redact.formats.base import as_file_name, split_code, split_long
from redact.inputs import InputFile
from redact.records import (Document, FileResult, Piece, Segment, SegmentKind, SegmentTable,
                            Status)
from redact.run.options import ScrubOptions

__all__ = ["Loaded", "Refused", "load", "load_file", "load_bytes", "load_text", "guarded",
           "file_result", "failed", "open_input", "read_error", "note_reading", "name_segment",
           "StreamReader", "record_documents", "is_stream", "note_skipped"]

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass
class Loaded:
    """A file between reading and writing: parsed whole, or waiting to be streamed."""

    index: int  # its place in the run's file list: what the journal knows it by
    file: InputFile
    result: FileResult
    fmt: TextFormat
    name: Segment  # the file's own name, read as words
    encoding: str = "utf-8"
    doc: Document | None = None  # a whole file
    head: bytes = b""  # a streamed file: its first bytes, already decoded as head_text
    head_text: str = ""
    stamp: text_io.Stamp | None = None  # size and mtime when first opened
    stream: BinaryIO | None = None  # a streamed stream (stdin, a FIFO): open after its head


@dataclass
class Refused:
    """A file that is not scanned; ``on_reading``: its content refused it (a binary), so
    ``--copy-unscanned`` copies it."""

    index: int
    file: InputFile
    result: FileResult
    on_reading: bool = False
    source: BinaryIO | None = None  # a binary stream for `check`: from its first byte on


def file_result(item: InputFile) -> FileResult:
    """A file's report entry, already an error or skipped when listing the inputs refused it."""
    result = FileResult(path=item.rel)
    if item.error:
        result.mark(Status.ERROR, item.error)
    elif item.skip:
        result.mark(Status.SKIPPED, item.skip)
    return result


def failed(result: FileResult, err: Exception) -> None:
    """A bug met in one file: it is in error with the exception's type and place, never
    its message (which can hold a value)."""
    result.mark(Status.ERROR, internal_error(err))
    log.debug("%s: %s; traceback: %s", result.path, result.error, " <- ".join(
        reversed(trace_frames(err))))


def guarded(result: FileResult, work: Callable[[], T]) -> T | None:
    """``work`` done for one file, or None with the file marked: skipped (SkipFile), in
    error (FileError, or a bug, whose message is never shown). An error of the run itself
    (any other RedactError) stops the run."""
    try:
        return work()
    except SkipFile as skip:
        result.mark(Status.SKIPPED, str(skip))
    except FileError as err:
        result.mark(Status.ERROR, str(err))
    except RedactError:
        raise
    except Exception as err:  # a bug: this file is in error, the others go on
        failed(result, err)
    return None


def load(files: list[InputFile], options: ScrubOptions) -> Iterator[Loaded | Refused]:
    """Each input in order: loaded, or refused with the reason in its report entry."""
    format_options = options.format_options()
    for index, item in enumerate(files):
        result = file_result(item)
        if item.error or item.skip or item.empty_archive:
            yield Refused(index, item, result)
            continue
        loaded = guarded(result, lambda: load_file(index, item, result, options, format_options))
        yield loaded if loaded is not None else Refused(  # a stream's bytes are gone: no copy
            index, item, result, on_reading=result.status == Status.SKIPPED and not is_stream(item))


def read_error(err: Exception) -> FileError:
    """One wording for an input that cannot be read, whoever reads it."""
    return FileError(f"cannot read file ({getattr(err, 'strerror', None) or type(err).__name__})")


_DESCRIPTORS = ("/dev/fd/", "/dev/stdin", "/proc/self/fd/")


def is_stream(item: InputFile) -> bool:
    """Standard input, a FIFO or an inherited descriptor (``/dev/fd/N``) named on the
    command line: its bytes come once, so it is opened once, never hashed ahead, cached
    or sniffed (whoever opens it again waits for a writer that is gone, or reads the rest)."""
    if item.path is None:
        return True
    if item.member is not None:
        return False
    if os.path.abspath(item.path).startswith(_DESCRIPTORS):
        return True
    try:
        return stat.S_ISFIFO(item.path.stat().st_mode)
    except OSError:
        return False


def open_input(item: InputFile) -> BinaryIO:
    try:
        if item.path is None:
            return sys.stdin.buffer
        if item.member is not None:
            return open_member(item.path, item.member)
        return item.path.open("rb")
    except (OSError, zipfile.BadZipFile, KeyError) as err:
        raise read_error(err) from None


def note_reading(result: FileResult, fmt: TextFormat, decoded: text_io.Decoded,
                 warning: str | None) -> None:
    """What reading a file found, in its report entry: format, encoding, a repair of
    double-encoded text and the format's own warning."""
    result.format, result.encoding, result.repair = fmt.name, decoded.encoding, decoded.repair
    if decoded.repair:
        result.warnings.append(
            f"text was double-encoded (UTF-8 read as {decoded.repair['encoding']}); repaired")
    if warning:
        result.warnings.append(warning)


def note_skipped(result: FileResult, doc: Document) -> None:
    """The fields the format left unscanned on purpose, by name, in the report entry."""
    if doc.skipped_fields:
        result.skipped_fields = sorted(doc.skipped_fields.union(result.skipped_fields))


def _scanned(doc: Document, policy: Policy, *, whole: bool = False) -> Document:
    """The document without the segment kinds the policy leaves out (code, titles); code
    fenced inside a message is a code segment of its own; a very long segment (a 20 MB
    line) is detected as parts of bounded length. A file read ``whole`` keeps them in a
    table, which holds them compactly while the file is detected and replaced."""
    parts = (part for seg in doc.segments for piece in split_code(seg)
             if policy.scans(piece.kind) for part in split_long(piece))
    doc.segments = SegmentTable(parts) if whole else list(parts)
    return doc


def name_segment(rel: str) -> Segment:
    """A file's path as the output shows it (its folders, a zip archive's name, its own
    name without the extension) as a segment of words; none for standard input."""
    stem = rel[:len(rel) - len(PurePosixPath(rel).suffix)] if rel != "-" else ""
    return as_file_name(Segment(stem, (Piece(0, 0, len(stem)),), kind=SegmentKind.FILENAME))


def _read_head(stream: BinaryIO, size: int) -> tuple[bytes, bool]:
    """The first ``size`` bytes completed to a line end; True when that is the whole file."""
    try:
        head = stream.read(size)
        if len(head) < size:
            return head, True
        head += stream.readline()
        return head, stream.peek(1) == b"" if hasattr(stream, "peek") else False
    except (OSError, zipfile.BadZipFile) as err:
        raise read_error(err) from None


def load_file(index: int, item: InputFile, result: FileResult, options: ScrubOptions,
              format_options: FormatOptions) -> Loaded | Refused:
    """Read and parse a file, or, for a large JSON Lines or CSV file, only its head. A
    stream stays open in what is returned: the rest of it is read from there."""
    once = is_stream(item)
    if once and item.path is not None and options.in_place:
        raise FileError("a stream (FIFO or /dev/fd): --in-place rewrites files; give -o OUTDIR")
    stream = open_input(item)
    before = text_io.stamp(stream)
    data, kept = b"", False
    try:
        head, complete = _read_head(stream, options.head_bytes)
        data = head
        if not complete and not text_io.wide_text(head):  # UTF-16 and UTF-32 are read whole
            decoded = text_io.decode(head, repair=options.repair)
            fmt, warning = choose_format(decoded.text, item.rel, format_options)
            if fmt.streamable and decoded.repair is None and decoded.encoding == "utf-8":
                note_reading(result, fmt, decoded, warning)
                log.debug("read %s: format %s, streamed (first %d bytes read)", item.rel,
                          fmt.name, len(head))
                kept = once
                return Loaded(index, item, result, fmt, name_segment(item.rel), head=head,
                              head_text=decoded.text, stamp=before,
                              stream=stream if once else None)
        if not complete:
            data = head + stream.read()
        text_io.check_unchanged(stream, before, len(data))
        return load_bytes(index, item, data, result, options, format_options)
    except SkipFile as skip:
        if not (once and options.binary_strings):
            raise
        result.mark(Status.SKIPPED, str(skip))  # check reads its printable runs from here
        kept = True
        return Refused(index, item, result, on_reading=True, source=_Resumed(data, stream))
    finally:
        if not kept and stream is not sys.stdin.buffer:
            stream.close()


class _Resumed:
    """A stream from its first byte: the bytes already read, then the rest as it comes."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self.head, self.stream = head, stream

    def __enter__(self) -> _Resumed:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def read(self, size: int = -1) -> bytes:
        if not self.head:
            return self.stream.read(size)
        data, self.head = (self.head, b"") if size < 0 else (self.head[:size], self.head[size:])
        return data + self.stream.read() if size < 0 else data

    def close(self) -> None:
        if self.stream is not sys.stdin.buffer:
            self.stream.close()


def load_bytes(index: int, item: InputFile, data: bytes, result: FileResult,
               options: ScrubOptions, format_options: FormatOptions) -> Loaded:
    """A file's whole content decoded (mojibake repaired unless --no-repair) and parsed."""
    result.input_sha256 = hashlib.sha256(data).hexdigest()
    decoded = text_io.decode(data, repair=options.repair)
    fmt, warning = choose_format(decoded.text, item.rel, format_options)
    doc = _scanned(fmt.parse(decoded.text), options.policy, whole=True)
    note_reading(result, fmt, decoded, warning)
    note_skipped(result, doc)
    log.debug("read %s: %d bytes, %s%s, format %s, %d segments", item.rel, len(data),
              decoded.encoding, " (repaired)" if decoded.repair else "", fmt.name,
              len(doc.segments))
    return Loaded(index, item, result, fmt, name_segment(item.rel), encoding=decoded.encoding,
                  doc=doc)


def load_text(index: int, text: str, rel: str, result: FileResult, options: ScrubOptions,
              format_options: FormatOptions) -> Loaded:
    """Text already in memory (a record of a distributed batch) parsed as a file ``rel``
    would be; it has no name of its own."""
    fmt, _ = choose_format(text, rel, format_options)
    doc = _scanned(fmt.parse(text), options.policy)
    result.format = fmt.name
    return Loaded(index, InputFile("-", None), result, fmt, name_segment("-"), doc=doc)


def record_documents(ld: Loaded, policy: Policy) -> list[Document]:
    """Each record of a whole JSON Lines or CSV file as a document of its own, as a worker
    that is handed single records sees them (``--link-scope record``)."""
    lines = text_io.stream_lines(ld.doc.text, io.BytesIO(), 0)  # the text is all read
    return [_scanned(doc, policy) for doc in ld.fmt.stream(lines, 1)]


class _HashingReader:
    """The rest of a streamed file, hashed as it is read."""

    def __init__(self, stream: BinaryIO, hasher) -> None:
        self.stream, self.hasher = stream, hasher
        self.size = 0  # bytes read

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.hasher.update(data)
        self.size += len(data)
        return data

    def readline(self) -> bytes:
        data = self.stream.readline()
        self.hasher.update(data)
        self.size += len(data)
        return data


class StreamReader:
    """A streamed file read again from its start in batches of whole records, hashed as it
    is read. Entering opens it and checks its head is what was loaded (a stream goes on
    where its head ended instead); ``finish`` checks it did not change meanwhile and
    records its hash."""

    def __init__(self, ld: Loaded) -> None:
        self.ld = ld
        self.hasher = hashlib.sha256(ld.head)
        self.stream: BinaryIO | None = None
        self.rest: _HashingReader | None = None

    def __enter__(self) -> StreamReader:
        if self.ld.stream is not None:  # stdin, a FIFO: read once, it goes on after the head
            self.stream, self.ld.stream = self.ld.stream, None
            self.rest = _HashingReader(self.stream, self.hasher)
            return self
        self.stream = open_input(self.ld.file)
        try:
            if self.stream.read(len(self.ld.head)) != self.ld.head:
                raise FileError("file changed while it was being read")
        except BaseException:
            self.stream.close()
            raise
        self.rest = _HashingReader(self.stream, self.hasher)
        return self

    def __exit__(self, *exc) -> None:
        if self.stream is not None and self.stream is not sys.stdin.buffer:
            self.stream.close()

    @property
    def bytes_read(self) -> int:
        return len(self.ld.head) + (self.rest.size if self.rest else 0)

    def documents(self, policy: Policy, batch_chars: int) -> Iterator[Document]:
        """Documents of about ``batch_chars`` characters of whole records (1: a record each)."""
        lines = text_io.stream_lines(self.ld.head_text, self.rest, len(self.ld.head))
        for doc in self.ld.fmt.stream(lines, batch_chars):
            note_skipped(self.ld.result, doc)
            yield _scanned(doc, policy)

    def finish(self) -> None:
        text_io.check_unchanged(self.stream, self.ld.stamp, self.bytes_read)
        self.ld.result.input_sha256 = self.hasher.hexdigest()
