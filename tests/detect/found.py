"""Findings over a value of a text, for the checks' tests."""

from __future__ import annotations

from redact.records import Finding


def span(text: str, value: str, category: str = "PERSON", detector: str = "spacy",
         score: float = 0.85) -> Finding:
    """A finding over the first ``value`` in ``text``."""
    start = text.index(value)
    return Finding(start, start + len(value), category, category, score, detector)


def cut(text: str, f: Finding | None) -> str | None:
    """What a (trimmed) finding covers, or None when it was dropped."""
    return None if f is None else text[f.start:f.end]
