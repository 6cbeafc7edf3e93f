"""Input formats: each turns a file's text into segments mapped to file offsets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from redact.errors import UsageError
from redact.formats.base import Document, Piece, Segment, TextFormat
from redact.formats.chatgpt import ChatGptFormat
from redact.formats.chatgpt_html import ChatGptHtmlFormat
from redact.formats.chatlog import ChatLogFormat
from redact.formats.claude import ClaudeFormat
from redact.formats.csv_table import CsvFormat
from redact.formats.json_fields import JsonFieldsFormat, JsonLinesFieldsFormat
from redact.formats.jsonscan import JsonFormat, parse_field
from redact.formats.markdown import MarkdownFormat
from redact.formats.nexus import NexusFormat
from redact.formats.openai_chat import OpenAiChatFormat
from redact.formats.otter import OtterFormat
from redact.formats.plain import PlainTextFormat, is_source
from redact.formats.sharegpt import ShareGptFormat, ShareGptLinesFormat
from redact.formats.srt import SrtFormat
from redact.formats.webvtt import WebVTTFormat

__all__ = ["FORMATS", "Document", "FormatOptions", "Piece", "Segment", "TextFormat",
           "choose_format"]

# Sniffing order: the most specific content signature first.
FORMATS: dict[str, TextFormat] = {
    f.name: f for f in (
        ChatGptFormat(), ChatGptHtmlFormat(), ClaudeFormat(), ShareGptFormat(),
        OpenAiChatFormat(), ShareGptLinesFormat(),
        NexusFormat(), WebVTTFormat(), SrtFormat(), OtterFormat(), ChatLogFormat(),
        MarkdownFormat(), PlainTextFormat(),
        CsvFormat(), JsonFieldsFormat(), JsonLinesFieldsFormat())
}


@dataclass(frozen=True)
class FormatOptions:
    """What the user says about the inputs' layout."""

    format: str | None = None  # --format: skip sniffing
    fields: tuple[str, ...] = ()  # --fields: the string fields of JSON records to scan
    columns: tuple[str, ...] = ()  # --columns: the CSV columns to scan
    no_header: bool = False  # --no-header: a CSV's first row is data

    def check(self) -> None:
        if self.format and self.format not in FORMATS:
            raise UsageError(
                f"unknown format {self.format!r}; known: {', '.join(sorted(FORMATS))}")
        for spec in self.fields:
            try:
                parse_field(spec)
            except ValueError as err:
                raise UsageError(str(err)) from None


def choose_format(text: str, path: str, options: FormatOptions = FormatOptions()
                  ) -> tuple[TextFormat, str | None]:
    """Pick a format from content, then extension; returns (format, warning or None)."""
    fmt, warning = _choose(text, path, options.format)
    if options.fields and isinstance(fmt, JsonFormat):
        fmt = fmt.with_fields(list(options.fields))
    if options.columns and isinstance(fmt, CsvFormat):
        fmt = fmt.with_columns(list(options.columns))
    if options.no_header and isinstance(fmt, CsvFormat):
        fmt = fmt.without_header()
    return fmt, warning


def _choose(text: str, path: str, override: str | None) -> tuple[TextFormat, str | None]:
    if override:
        try:
            return FORMATS[override], None
        except KeyError:
            raise UsageError(
                f"unknown format {override!r}; known: {', '.join(sorted(FORMATS))}") from None
    for fmt in FORMATS.values():
        if fmt.sniff(text):
            return fmt, None
    name = PurePath(path)
    suffix = name.suffix.lower()
    for fmt in FORMATS.values():
        if suffix in fmt.extensions:
            return fmt, None
    if is_source(name.name):
        return FORMATS["text"], None
    return FORMATS["text"], "format not recognised from content or extension; scanned as plain text"
