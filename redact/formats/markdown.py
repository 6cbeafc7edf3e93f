"""Markdown: prose paragraphs, with fenced code blocks as separate code segments."""

from __future__ import annotations

from redact.formats.base import TextFormat, segment_from_pieces
from redact.formats.lines import FENCE, iter_lines
from redact.formats.plain import paragraphs
from redact.records import Document, Segment, SegmentKind

__all__ = ["MarkdownFormat", "split_fences"]


def split_fences(text: str, start: int = 0, end: int | None = None) -> list[Segment]:
    """Prose paragraphs and fenced code blocks (fence lines excluded) of text[start:end]."""
    segments: list[Segment] = []
    prose_from = start
    fence: str | None = None
    code: list[tuple[int, int]] = []
    for line in iter_lines(text, start, end):
        match = FENCE.match(line.content(text))
        if fence is None and match:
            segments += paragraphs(text, prose_from, line.start)
            fence, code = match.group(1), []
        elif fence is not None and match and match.group(1) == fence:
            if code:
                segments.append(segment_from_pieces(text, [(code[0][0], code[-1][1])], kind=SegmentKind.CODE))
            fence, prose_from = None, line.stop
        elif fence is not None:
            code.append((line.start, line.stop))
    if fence is not None and code:  # unclosed fence: code to the end
        segments.append(segment_from_pieces(text, [(code[0][0], code[-1][1])], kind=SegmentKind.CODE))
    elif fence is None:
        segments += paragraphs(text, prose_from, end)
    return segments


class MarkdownFormat(TextFormat):
    name = "markdown"
    summary = "Markdown: prose, with fenced code scanned by rules only"
    extensions = (".md", ".markdown", ".mdown")

    def parse(self, text: str) -> Document:
        return Document(text, self.name, split_fences(text))
