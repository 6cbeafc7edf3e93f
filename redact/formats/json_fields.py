"""Any other JSON or JSON Lines: the string fields named with ``--fields``
(``messages[].content``), or without it every string value whose key does not name an
id, a time, a type or a status (fail closed: unknown text is scanned), and every member
name, which can be a value too (see ``json_keys``)."""

from __future__ import annotations

from redact.formats.jsonscan import JsonFormat, JsonLinesFormat, Path, metadata
from redact.records import SegmentKind

__all__ = ["JsonFieldsFormat", "JsonLinesFieldsFormat"]


class _Everything:
    """Every string value whose last key is not metadata."""

    @staticmethod
    def kind(path: Path) -> tuple[SegmentKind, str] | None:
        return None if metadata(path) else (SegmentKind.PROSE, "*")


class JsonFieldsFormat(JsonFormat):
    name = "json"
    summary = ("other JSON: the --fields given, else every member name and every string "
               "value that is not an id, time or type")
    extensions = (".json",)

    def __init__(self, fields: tuple[tuple[str, str], ...] | None = None) -> None:
        super().__init__(fields)
        if not self.fields:
            self.selector = _Everything()
            self.keys_are_data = True


class JsonLinesFieldsFormat(JsonLinesFormat):
    name = "jsonl"
    summary = ("other JSON Lines: the --fields given, else every member name and every "
               "string value that is not an id, time or type")
    extensions = (".jsonl", ".ndjson")

    def __init__(self, fields: tuple[tuple[str, str], ...] | None = None) -> None:
        super().__init__(fields)
        if not self.fields:
            self.selector = _Everything()
            self.keys_are_data = True
