"""ShareGPT datasets: ``conversations`` of ``from`` (human, gpt, system) and ``value``, as
one JSON array or as JSON Lines. ``from`` is a speaker label: roles are not findings."""

from __future__ import annotations

from redact.formats.jsonscan import JsonFormat, JsonLinesFormat, array_head

__all__ = ["ShareGptFormat", "ShareGptLinesFormat"]

_FIELDS = (("conversations[].value", "prose"), ("conversations[].from", "speaker"),
           ("system", "prose"))


class ShareGptFormat(JsonFormat):
    name = "sharegpt"
    summary = "ShareGPT dataset as one JSON array (conversations of from/value)"
    fields = _FIELDS

    def sniff(self, text: str) -> bool:
        head = array_head(text)
        return '"conversations"' in head and '"from"' in head and '"value"' in head


class ShareGptLinesFormat(JsonLinesFormat):
    name = "sharegpt-jsonl"
    summary = "ShareGPT dataset as JSON Lines"
    fields = _FIELDS

    def sniff_record(self, record: str) -> bool:
        return '"conversations"' in record and '"from"' in record and '"value"' in record
