"""Offsets into a text, one way everywhere: applying changes, lines and columns, and where
a replacement stands in the output. Scrub, verify, check and the HTML view share these."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["apply_changes", "LineIndex", "Position", "output_offsets"]

_NEWLINE = re.compile("\n")


def apply_changes(text: str, changes: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end, replacement) written over text[start:end]. Ranges
    that overlap, run backwards or leave the text are a ValueError, never half applied."""
    parts, pos = [], 0
    for start, end, replacement in sorted(changes):
        if start < pos or end < start or end > len(text):
            raise ValueError("changes overlap or lie outside the text")
        parts.append(text[pos:start])
        parts.append(replacement)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


@dataclass(frozen=True)
class Position:
    """Where a span stands: 1-based lines and columns in code points; ``end_*`` point just
    past its last character."""

    line: int
    column: int
    end_line: int
    end_column: int


class LineIndex:
    """Lines and columns of offsets into ``text``: lines split at "\\n" (CRLF counts once),
    1-based, columns in code points. ``lines_before`` numbers the lines of a batch that
    continues a longer text."""

    def __init__(self, text: str, lines_before: int = 0) -> None:
        self.text = text
        self.lines_before = lines_before
        self.starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]

    def line_of(self, offset: int) -> int:
        """0-based index of the line holding ``offset`` within this text."""
        return bisect.bisect_right(self.starts, offset) - 1

    def line_column(self, offset: int) -> tuple[int, int]:
        i = self.line_of(offset)
        return self.lines_before + i + 1, offset - self.starts[i] + 1

    def position(self, start: int, end: int) -> Position:
        i, j = self.line_of(start), self.line_of(max(end - 1, start))
        return Position(self.lines_before + i + 1, start - self.starts[i] + 1,
                        self.lines_before + j + 1, end - self.starts[j] + 1)

    def line_text(self, i: int) -> str:
        """Line ``i`` (0-based) with its line break."""
        stop = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[i]:stop]

    @property
    def lines(self) -> int:
        """Line breaks in the text."""
        return len(self.starts) - 1


def output_offsets(changes: Iterable[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Where each replacement stands in the output: input offsets shifted by the length
    differences of the changes before it (changes in file order)."""
    spans, delta = [], 0
    for start, end, replacement in changes:
        out_start = start + delta
        spans.append((out_start, out_start + len(replacement)))
        delta += len(replacement) - (end - start)
    return spans
