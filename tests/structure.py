"""What "the same structure" means for a file before and after a scrub."""

from __future__ import annotations

from typing import Any

from redact.formats import Document


def skeleton(text: str, doc: Document) -> list[str]:
    """The file's text outside its segments, cut at each segment."""
    parts, pos = [], 0
    spans = sorted((s.pieces[0].file_start,
                    s.pieces[-1].file_start + (s.pieces[-1].file_length or s.pieces[-1].length))
                   for s in doc.segments if s.pieces)
    for start, end in spans:
        parts.append(text[pos:start])
        pos = max(pos, end)
    parts.append(text[pos:])
    return parts


def shape(value: Any) -> Any:
    """A JSON value with every string replaced by its type: keys, nesting, numbers stay."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shape(v) for v in value]
    return "<str>" if isinstance(value, str) else value
