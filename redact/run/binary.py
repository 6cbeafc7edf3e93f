"""The text inside binary files, for the CI gate: `scrub` skips a binary (nothing of it is
written, so nothing leaks), but a value stored in one is still in the repository. `check`
reads the printable runs of a binary as `strings` does and scans them with the rules."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from redact.inputs import InputFile
from redact.records import Document, Piece, Segment, SegmentKind
from redact.run.load import open_input

__all__ = ["MIN_RUN", "printable_runs"]

MIN_RUN = 8  # shorter runs of printable bytes are as often chance as text
_RUN = re.compile(rb"[\x20-\x7e\t]{%d,}" % MIN_RUN)
_CHUNK = 1 << 20


def printable_runs(item: InputFile, source: BinaryIO | None = None,
                   ) -> Iterator[tuple[int, Document]]:
    """(byte offset, document) per chunk of the file: its text is the chunk's bytes one
    character each (so offsets are byte offsets), its segments the printable runs, scanned
    as code is (by rules, never NER). A run across two chunks belongs to the first.
    ``source``: a stream's bytes from its start (a stream cannot be opened again)."""
    with source or open_input(item) as stream:
        offset, carry = 0, b""
        while True:
            chunk = stream.read(_CHUNK)
            data = carry + chunk
            if not data:
                return
            # the last run may go on in the next chunk: it waits unless the file ended
            cut = len(data)
            if chunk:
                last = re.search(rb"[^\x20-\x7e\t][\x20-\x7e\t]*\Z", data)
                cut = last.start() + 1 if last else 0
            if cut == 0 and chunk:
                carry = data
                continue
            body, carry = data[:cut], data[cut:]
            text = body.decode("latin-1")
            segments = [Segment(text[m.start():m.end()],
                                (Piece(0, m.start(), m.end() - m.start()),), kind=SegmentKind.CODE)
                        for m in _RUN.finditer(body)]
            yield offset, Document(text, "binary", segments)
            offset += len(body)
            if not chunk:
                return
