"""Plain text: paragraphs (blank-line separated) are prose segments."""

from __future__ import annotations

from redact.formats.base import TextFormat, segment_from_pieces
from redact.formats.lines import iter_lines
from redact.records import Document, Segment

__all__ = ["PlainTextFormat", "paragraphs"]


def paragraphs(text: str, start: int = 0, end: int | None = None, **kw) -> list[Segment]:
    """Blank-line separated blocks of text[start:end], each one prose segment (the break
    after its last line is structure: a replacement never joins two paragraphs)."""
    segments: list[Segment] = []
    block: list[tuple[int, int]] = []
    for line in iter_lines(text, start, end):
        if line.content(text).strip():
            block.append((line.start, line.end))
        elif block:
            segments.append(segment_from_pieces(text, [(block[0][0], block[-1][1])], **kw))
            block = []
    if block:
        segments.append(segment_from_pieces(text, [(block[0][0], block[-1][1])], **kw))
    return segments


class PlainTextFormat(TextFormat):
    name = "text"
    summary = "plain text, by paragraphs (also the fallback, with a warning)"
    extensions = (".txt", ".text", ".log")

    def parse(self, text: str) -> Document:
        return Document(text, self.name, paragraphs(text))
