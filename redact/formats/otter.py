"""Otter.ai text exports: ``Speaker Name  0:03`` then what they said, blank-line separated.

Segments: the name of each header line as a speaker label and the speech below it as
one prose segment; the time is structure. Otter writes these as .txt, so the format is
known by content only: header lines that start most blocks.
"""

from __future__ import annotations

import re

from redact.formats.base import TextFormat, segment_from_pieces
from redact.formats.lines import blocks
from redact.records import Document, Segment, SegmentKind

__all__ = ["OtterFormat"]

_HEADER = re.compile(r"(?P<name>\S(?:.*?\S)?)[ \t]{2,}(?:\d{1,2}:)?\d{1,2}:[0-5]\d[ \t]*")
_TIME = re.compile(r"[ \t]{2}(?:\d{1,2}:)?\d{1,2}:[0-5]\d")  # what every header holds
_SNIFF_CHARS = 20000


class OtterFormat(TextFormat):
    name = "otter"
    extensions = ()
    summary = "Otter.ai text exports (\"Name  0:03\" then the speech), by content only"

    def sniff(self, text: str) -> bool:
        if not _TIME.search(text, 0, _SNIFF_CHARS):  # no header: no need to split lines
            return False
        runs = blocks(text[:_SNIFF_CHARS], 1 if text.startswith("\ufeff") else 0)
        headed = sum(1 for run in runs if _HEADER.fullmatch(run[0][1].content(text)))
        return headed >= 2 and headed * 2 > len(runs)

    def parse(self, text: str) -> Document:
        segments: list[Segment] = []
        for run in blocks(text, 1 if text.startswith("\ufeff") else 0):
            lines = [line for _, line in run]
            header = _HEADER.fullmatch(text, lines[0].start, lines[0].end)
            if header:
                segments.append(segment_from_pieces(
                    text, [(header.start("name"), header.end("name"))], kind=SegmentKind.SPEAKER))
                lines = lines[1:]
            if lines:
                segments.append(segment_from_pieces(text, [(lines[0].start, lines[-1].end)]))
        return Document(text, self.name, segments)
