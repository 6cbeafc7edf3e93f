"""Words for people in what redact prints: counts with their noun in the right number."""

from __future__ import annotations

__all__ = ["count"]


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``1 file``, ``2 files``; ``plural`` for nouns that do not take an s (``entries``)."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
