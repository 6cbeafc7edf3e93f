"""Whole-word occurrences of literal phrases, found with ``str.find``.

A document's phrases are new for every document: a regular expression of them would be
compiled for each (most of what linking them cost a short text) and would fill ``re``'s
shared cache, pushing out the patterns other code (phonenumbers) leaves to it.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["find_phrases"]


def find_phrases(text: str, phrases: Sequence[str]) -> list[tuple[int, str]]:
    r"""The (start, phrase) of each occurrence of one of ``phrases`` in ``text`` with no
    word character (``\w``) right before or after it, as ``re.finditer`` gives them for
    ``(?<!\w)(?:p1|p2|...)(?!\w)``: left to right, not overlapping, the first phrase in
    ``phrases`` order where several start at the same place. Phrases are not empty."""
    first: dict[int, str] = {}  # start -> the earliest phrase that stands there whole
    for phrase in phrases:
        start = text.find(phrase)
        while start >= 0:
            end = start + len(phrase)
            if start not in first and not (start and _is_word(text[start - 1])) \
                    and not (end < len(text) and _is_word(text[end])):
                first[start] = phrase
            start = text.find(phrase, start + 1)
    out: list[tuple[int, str]] = []
    after = 0
    for start in sorted(first):
        if start >= after:
            out.append((start, first[start]))
            after = start + len(first[start])
    return out


def _is_word(c: str) -> bool:
    r"""What ``re`` reads as ``\w`` in a str pattern."""
    return c.isalnum() or c == "_"
