"""SubRip subtitles: numbered cues of a timing line and text lines, blank-line separated.

Segments: per cue, ``Name:`` speaker prefixes (also after a dialogue dash) as speaker
labels and the text as one prose segment without its ``<i>``/``<font>``/``{\\an8}``
markup. Indexes and timings are structure. Text after a blank line inside a cue (players
show it, some tools write it) is read as prose rather than refused.
"""

from __future__ import annotations

import re

from redact.errors import FileError
from redact.formats.base import TextFormat
from redact.formats.cues import cue_segments
from redact.formats.lines import blocks
from redact.records import Document, Segment

__all__ = ["SrtFormat"]

_STAMP = r"\d+:[0-5]\d:[0-5]\d[,.]\d{1,3}"
_TIMING = re.compile(rf"[ \t]*{_STAMP}[ \t]*-->[ \t]*{_STAMP}(?:[ \t].*)?")
_INDEX = re.compile(r"[ \t]*[0-9]+[ \t]*")
_MARKUP = re.compile(r"</?(?:[ibus]|font)(?:[ \t][^>\r\n]*)?>|\{\\[^}\r\n]*\}", re.IGNORECASE)


class SrtFormat(TextFormat):
    name = "srt"
    extensions = (".srt",)
    summary = "SubRip subtitles, with \"Name:\" speakers"

    def sniff(self, text: str) -> bool:
        """SRT's own comma timing; a dot is WebVTT's (a .srt file with dots still parses)."""
        head = text[:1000].lstrip("\ufeff").lstrip(" \t\r\n").splitlines()
        return len(head) >= 2 and bool(
            _INDEX.fullmatch(head[0]) and _TIMING.fullmatch(head[1]) and "," in head[1])

    def parse(self, text: str) -> Document:
        segments: list[Segment] = []
        for block in blocks(text, 1 if text.startswith("\ufeff") else 0):
            first = block[0][1].content(text)
            if _INDEX.fullmatch(first) or "-->" in first:
                head = 1 if _INDEX.fullmatch(first) else 0
                if head >= len(block) or not _TIMING.fullmatch(block[head][1].content(text)):
                    raise FileError(f"malformed cue timing at line {block[0][0] + head}")
                block = block[head + 1:]
            segments += cue_segments(text, [line for _, line in block], _MARKUP)
        return Document(text, self.name, segments)
