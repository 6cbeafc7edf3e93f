"""Input formats: each turns a file's text into segments mapped to file offsets."""

from __future__ import annotations

from pathlib import PurePath

from redact.errors import UsageError
from redact.formats.base import Document, Piece, Segment, TextFormat
from redact.formats.markdown import MarkdownFormat
from redact.formats.nexus import NexusFormat
from redact.formats.plain import PlainTextFormat

__all__ = ["FORMATS", "Document", "Piece", "Segment", "TextFormat", "choose_format"]

# Sniffing order: the most specific content signature first.
FORMATS: dict[str, TextFormat] = {
    f.name: f for f in (NexusFormat(), MarkdownFormat(), PlainTextFormat())
}


def choose_format(text: str, path: str, override: str | None = None) -> tuple[TextFormat, str | None]:
    """Pick a format from content, then extension; returns (format, warning or None)."""
    if override:
        try:
            return FORMATS[override], None
        except KeyError:
            raise UsageError(
                f"unknown format {override!r}; known: {', '.join(sorted(FORMATS))}") from None
    for fmt in FORMATS.values():
        if fmt.sniff(text):
            return fmt, None
    suffix = PurePath(path).suffix.lower()
    for fmt in FORMATS.values():
        if suffix in fmt.extensions:
            return fmt, None
    return FORMATS["text"], "format not recognised from content or extension; scanned as plain text"
