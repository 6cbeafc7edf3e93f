"""WebVTT subtitles and meeting transcripts (Teams, Zoom, any player's captions).

Segments: per cue, the voice names (Teams ``<v Byrne, Ada (Contoso)>``) and
``Name:`` prefixes (Zoom) as speaker labels, and the speech as one prose segment without
its cue tags (a bracketed word that is no tag, "<at>", is speech); NOTE comments as prose (people write names in them). The header, STYLE/REGION
blocks, cue ids and timings are structure.
"""

from __future__ import annotations

import re

from redact.errors import FileError
from redact.formats.base import TextFormat, segment_from_pieces
from redact.formats.cues import cue_segments
from redact.formats.lines import blocks
from redact.records import Document, Segment

__all__ = ["WebVTTFormat"]

_STAMP = r"(?:\d+:)?[0-5]\d:[0-5]\d\.\d{3}"
_TIMING = re.compile(rf"{_STAMP}[ \t]+-->[ \t]+{_STAMP}(?:[ \t].*)?")
_LOOKS_TIMED = re.compile(r"(?:\d+:)?\d+:\d+[.,]\d")  # meant as a timing, even if malformed
_HEADER = re.compile(r"WEBVTT(?:[ \t].*)?")
_SKIPPED_BLOCK = re.compile(r"(?:STYLE|REGION)(?:[ \t].*)?")
_NOTE = re.compile(r"NOTE(?=[ \t]|$)[ \t]*")
# a cue's tags (WebVTT's c, i, b, u, v, lang, ruby, rt, a timestamp, and the font and span
# of captions converted from SRT); any other "<word>" is speech ("tom <at> gmail <dot> com")
_TAG = re.compile(r"</?(?:[cibuv]|lang|ruby|rt|font|span)(?:[.\s][^>\r\n]*)?>"
                  r"|<(?:\d+:)?[0-5]\d:[0-5]\d\.\d{3}>", re.IGNORECASE)
_VOICE = re.compile(r"<v(?:\.[^\s>]+)*[ \t]+(?P<name>[^>\r\n]*?)[ \t]*>")


class WebVTTFormat(TextFormat):
    name = "webvtt"
    extensions = (".vtt",)
    summary = "WebVTT captions and meeting transcripts (Teams voice tags, Zoom \"Name:\" lines)"

    def sniff(self, text: str) -> bool:
        return text.startswith("WEBVTT", 1 if text.startswith("\ufeff") else 0)

    def parse(self, text: str) -> Document:
        runs = blocks(text, 1 if text.startswith("\ufeff") else 0)
        if not runs:
            return Document(text, self.name, [])  # an empty file is clean, whatever its name
        if runs[0][0][0] != 1 or not _HEADER.fullmatch(runs[0][0][1].content(text)):
            raise FileError("missing WEBVTT header at line 1")
        for number, line in runs[0]:
            if "-->" in line.content(text):
                raise FileError(f"no blank line between the header and a cue at line {number}")
        segments: list[Segment] = []
        for block in runs[1:]:
            first = block[0][1].content(text)
            if _SKIPPED_BLOCK.fullmatch(first) and "-->" not in first:
                continue
            note = _NOTE.match(first)
            if note and "-->" not in first:
                start = block[0][1].start + note.end()
                end = block[-1][1].end
                if end > start:
                    segments.append(segment_from_pieces(text, [(start, end)], field_path="NOTE"))
                continue
            timing = 0 if "-->" in first or _LOOKS_TIMED.match(first) or len(block) == 1 else 1
            number, line = block[timing]
            if not _TIMING.fullmatch(line.content(text)):
                raise FileError(f"malformed cue timing at line {number}")
            segments += cue_segments(text, [line for _, line in block[timing + 1:]], _TAG, _VOICE)
        return Document(text, self.name, segments)
