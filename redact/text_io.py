"""Bytes in, text out, and back: decoding, mojibake repair and atomic writes.

Offsets everywhere are indices into the text this module returns: UTF-8 decoded with no
newline translation, a BOM kept as U+FEFF, after a whole-file mojibake repair when one was made.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import ftfy

from redact.errors import FileError, SkipFile

__all__ = ["AtomicWriter", "Decoded", "Stamp", "check_unchanged", "decode", "encode", "stamp",
           "repaired", "stream_lines", "write_atomic", "wide_text", "REPAIR_ENCODINGS",
           "UTF16_BOMS", "report_bytes"]

UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

# Encodings that UTF-8 bytes get misread as before being written back as UTF-8, in the order
# a repair is tried. Mac Roman comes first: it is what the founding example went through.
REPAIR_ENCODINGS = ("mac_roman", "cp1252", "latin-1", "cp866", "koi8_r")

_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF87a": "GIF image",
    b"GIF89a": "GIF image",
    b"%PDF-": "PDF document",
    b"PK\x03\x04": "zip archive",
    b"RIFF": "RIFF media",
    b"\x1f\x8b": "gzip archive",
    b"SQLite format 3\x00": "SQLite database",
}


@dataclass(frozen=True)
class Decoded:
    """A file's text and how it was obtained from its bytes."""

    text: str
    encoding: str  # codec that turns ``text`` back into the output bytes
    repair: dict[str, str] | None = None  # {"encoding": "mac_roman"} when mojibake was undone


UTF32_BOMS = {b"\xff\xfe\x00\x00": "utf-32-le", b"\x00\x00\xfe\xff": "utf-32-be"}
_SNIFF = 65536  # bytes a file is judged by before it is read as text


def _binary_reason(data: bytes) -> str | None:
    """Why ``data`` is no text: a known file signature (unless valid UTF-8 text follows it:
    a note starting "%PDF-" is a note), or NUL bytes."""
    head = data[:_SNIFF]
    for magic, kind in _MAGIC.items():
        if data.startswith(magic) and not _utf8_text(head):
            return f"binary file ({kind})"
    if b"\x00" in head:
        return "binary file (NUL bytes)"
    return None


def _utf8_text(head: bytes) -> bool:
    """The head is UTF-8 without NUL (a character cut at its end aside)."""
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as err:
        return err.start >= len(head) - 3 and err.reason == "unexpected end of data"
    return True


def _nul_bytes(data: bytes) -> tuple[int, int]:
    """NUL bytes at even and at odd offsets of the sniffed start."""
    head = data[:_SNIFF]
    return head[0::2].count(0), head[1::2].count(0)


def wide_text(head: bytes) -> bool:
    """The file may be UTF-16 or UTF-32 (a byte order mark, or NUL bytes at one parity
    only): it is read whole, as no record boundary can be found in its bytes."""
    if head.startswith(UTF16_BOMS) or head.startswith(tuple(UTF32_BOMS)):
        return True
    even, odd = _nul_bytes(head)
    return bool(even) != bool(odd)


def _utf16_without_bom(data: bytes) -> str | None:
    """The codec of UTF-16 text written without a byte order mark. Spaces, digits and
    punctuation have a zero high byte, so NUL bytes stand only at even offsets (big-endian)
    or only at odd ones (little-endian); and the text they make is printable."""
    if len(data) % 2 or len(data) < 4:
        return None
    even, odd = _nul_bytes(data)
    for codec, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros and not others:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            sample = text[:_SNIFF // 2]
            printable = sum(c.isprintable() or c in "\r\n\t" for c in sample)
            return codec if "\x00" not in text and printable >= 0.95 * len(sample) else None
    return None


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{2,}")


# DOS and KOI8 code pages map Cyrillic letters to bytes that form UTF-8 by chance: "чай"
# in cp866 is E7 A0 A9, the UTF-8 of "砩"; "её" in KOI8-R is C5 A3, the UTF-8 of "ţ".
# UTF-8 misread through them shows their box-drawing and symbol characters between the
# letters ("╨Я╤А", "п÷я─"), which genuine text does not: a third of its non-ASCII
# characters at least must be such symbols before a repair through them is believed.
_CHANCE_UTF8 = {"cp866", "koi8_r"}
_GRAPHIC_SHARE = 1 / 3


def _looks_misread(text: str) -> bool:
    """Enough of the non-ASCII characters are symbols, not letters, marks or digits."""
    wide = [c for c in text if ord(c) > 127]
    graphic = sum(unicodedata.category(c)[0] not in "LMN" for c in wide)
    return bool(wide) and graphic >= _GRAPHIC_SHARE * len(wide)


def _round_trip(text: str, encoding: str) -> str | None:
    """``text`` read back as the UTF-8 it was before ``encoding`` garbled it, if it was."""
    try:
        candidate = text.encode(encoding).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    if encoding in _CHANCE_UTF8 and not _looks_misread(text):
        return None
    return candidate if candidate != text else None


def _has_mojibake_run(text: str) -> bool:
    """Some run of non-ASCII characters is UTF-8 seen through a legacy codec."""
    return any(_round_trip(m.group(), enc) for m in _NON_ASCII_RUN.finditer(text)
               for enc in REPAIR_ENCODINGS)


def _ftfy_decodes_utf8(text: str) -> bool:
    """ftfy's fix reads some of the text as UTF-8 seen through a legacy codec. Its other
    fixes are no evidence: a genuine U+0085 (NEXT LINE) is "fixed" to an ellipsis by
    reading it as windows-1252."""
    return any(step == "decode" and "utf-8" in codec
               for step, codec in ftfy.fix_encoding_and_explain(text)[1] or ())


def _repair(text: str) -> tuple[str, str] | None:
    """Return (repaired text, encoding) when the whole text is double-encoded UTF-8.

    Non-ASCII text that turns into valid UTF-8 when encoded back with a legacy codec is
    mojibake by construction (genuine accented or Cyrillic text does not form UTF-8 byte
    sequences), so an exact round trip is the evidence, and the repair. A file that is
    only partly double-encoded (a garbled run, or what ftfy's detector flags) is
    reported, never guessed at.
    """
    found: dict[str, str] = {}
    for encoding in REPAIR_ENCODINGS:
        candidate = _round_trip(text, encoding)
        if candidate is not None:
            found.setdefault(candidate, encoding)
    if len(found) == 1:
        candidate, encoding = next(iter(found.items()))
        return candidate, encoding
    if len(found) > 1:
        raise FileError("text looks double-encoded (mojibake) but the repair is ambiguous")
    # cheapest evidence first: ftfy reads the whole text, so it runs only when needed.
    # ftfy's is_bad alone is not evidence: it flags clean text such as "€“".
    if _has_mojibake_run(text) or _ftfy_decodes_utf8(text):
        raise FileError(
            "text looks double-encoded (mojibake) but no whole-file repair is exact "
            "(part of the file may already be correct)")
    return None


def decode(data: bytes, *, repair: bool = True) -> Decoded:
    """Decode one file's bytes. Raises SkipFile for binary data, FileError for bad text."""
    for bom, codec in UTF32_BOMS.items():
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), codec)
            except UnicodeDecodeError as err:
                raise FileError(f"invalid UTF-32 at byte {err.start}") from None
    if (codec := _utf16_without_bom(data)) is not None:
        return Decoded(data.decode(codec), codec)
    if data.startswith(UTF16_BOMS):
        codec = "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as err:
            raise FileError(f"invalid UTF-16 at byte {err.start}") from None
        if "\x00" in text:  # UTF-32, or binary data behind a BOM
            raise SkipFile("binary file (NUL characters after a UTF-16 byte order mark)")
        return Decoded(text, codec)
    reason = _binary_reason(data)
    if reason:
        raise SkipFile(reason)
    nul = data.find(b"\x00")
    if nul >= 0:  # past the sniffed start: the stream reader says the same
        raise FileError(f"NUL byte at byte {nul}: not a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise FileError(f"invalid UTF-8 at byte {err.start}") from None
    return repaired(text, repair=repair)


def repaired(text: str, *, repair: bool = True) -> Decoded:
    """Text read as UTF-8, double-encoded text repaired (as a file's is), else as it is.
    Raises FileError for mojibake without ``repair`` or without an exact repair."""
    if text.isascii():
        return Decoded(text, "utf-8")
    fixed = _repair(text)
    if fixed is None:
        return Decoded(text, "utf-8")
    if not repair:
        raise FileError(
            f"text is double-encoded (UTF-8 read as {fixed[1]}); "
            "it can be repaired: run without --no-repair"
        )
    return Decoded(fixed[0], "utf-8", {"encoding": fixed[1]})


def report_bytes(text: str) -> bytes:
    """What redact writes about files (reports, views, baselines) as UTF-8. A file name
    that is not UTF-8 is carried with its bytes as lone surrogates (how Python reads such a
    name); they are written as ``\\udcXX``, a JSON escape that reads back as the name."""
    return text.encode("utf-8", "backslashreplace")


def encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding)


@dataclass(frozen=True)
class Stamp:
    """A regular file's size and modification time when it was opened."""

    size: int
    mtime_ns: int


def stamp(stream: BinaryIO) -> Stamp | None:
    """The stamp of an open file; None for what is not a regular file (stdin, a pipe, a
    zip member), whose reads cannot be checked this way."""
    try:
        st = os.fstat(stream.fileno())
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is both
        return None
    return Stamp(st.st_size, st.st_mtime_ns) if stat.S_ISREG(st.st_mode) else None


def check_unchanged(stream: BinaryIO, before: Stamp | None, read: int) -> None:
    """A file that another program wrote to while it was read gives a torn copy: an
    error, never an output. ``read`` is how many bytes were read in all."""
    if before is not None and (read != before.size or stamp(stream) != before):
        raise FileError("file changed while it was being read")


def write_atomic(path: Path, data: bytes, *, mode: int | None = None,
                 folder: Path | None = None) -> None:
    """Write to a temporary file beside ``path`` and rename it: readers never see half a file."""
    with AtomicWriter(path, mode=mode, folder=folder) as out:
        out.write(data)


class AtomicWriter:
    """A file written under a temporary name beside ``path`` and renamed when the block
    ends without an error; on an error the temporary file is removed. ``folder`` (on the
    same file system) holds the temporary file instead, so a killed process leaves none
    beside the outputs."""

    def __init__(self, path: Path, *, mode: int | None = None, folder: Path | None = None) -> None:
        self.path = path
        self.mode = mode
        self.folder = folder

    def __enter__(self) -> AtomicWriter:
        _make_folders(self.path.parent)
        fd, self.tmp = tempfile.mkstemp(
            dir=self.folder or self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        self.fh = os.fdopen(fd, "wb")
        return self

    def write(self, data: bytes) -> None:
        self.fh.write(data)

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.fh.flush()
                os.fsync(self.fh.fileno())
            self.fh.close()
            if exc_type is None:
                if self.mode is not None:
                    os.chmod(self.tmp, self.mode)
                os.replace(self.tmp, self.path)
                return
        except BaseException:
            _unlink(self.tmp)
            raise
        _unlink(self.tmp)


def _make_folders(folder: Path) -> None:
    """mkdir -p without recursion (pathlib's recurses once per level: a tree 1,000
    folders deep would raise RecursionError)."""
    missing = []
    while not folder.is_dir() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir(exist_ok=True)


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def stream_lines(head: str, rest: BinaryIO, offset: int,
                 chunk_bytes: int = 1 << 20) -> Iterator[str]:
    """Lines ("\\n"-terminated) of a large UTF-8 file whose first part ``head`` is already
    decoded; the rest is read and checked a chunk at a time. ``offset`` is the byte where
    ``rest`` starts, so errors name the byte in the file."""
    yield from _split_lines(head)
    while True:
        chunk = rest.read(chunk_bytes)
        if not chunk:
            return
        if not chunk.endswith(b"\n"):
            chunk += rest.readline()
        try:
            text = chunk.decode("utf-8")
        except UnicodeDecodeError as err:
            raise FileError(f"invalid UTF-8 at byte {offset + err.start}") from None
        nul = chunk.find(b"\x00")
        if nul >= 0:
            raise FileError(f"NUL byte at byte {offset + nul}: not a text file")
        if not text.isascii() and _has_mojibake_run(text):
            raise FileError(
                f"text from byte {offset} on looks double-encoded (mojibake) but the start "
                "of the file does not: no whole-file repair is exact")
        offset += len(chunk)
        yield from _split_lines(text)


def _split_lines(text: str) -> Iterator[str]:
    pos = 0
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            if pos < len(text):
                yield text[pos:]
            return
        yield text[pos:nl + 1]
        pos = nl + 1
