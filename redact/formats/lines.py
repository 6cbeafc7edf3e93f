"""Line scanning with absolute offsets, shared by the text-based formats."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Line", "iter_lines", "blocks", "FENCE"]

FENCE = re.compile(r"^[ \t]*(```|~~~)")


@dataclass(frozen=True)
class Line:
    start: int  # offset of the first character
    end: int  # offset after the content, before the line break
    stop: int  # offset after the line break

    def content(self, text: str) -> str:
        return text[self.start:self.end]


_BREAK = re.compile(r"\r\n|\r|\n")


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    """Lines of text[start:end] with absolute offsets; CRLF, LF and CR breaks kept apart.
    Only those three break lines: a form feed, U+2028 or U+0085 is text on its line
    (str.splitlines would break there, and a replacement could move the break)."""
    pos = start
    stop_at = len(text) if end is None else end
    while pos < stop_at:
        found = _BREAK.search(text, pos, stop_at)
        if found is None:
            yield Line(pos, stop_at, stop_at)
            return
        yield Line(pos, found.start(), found.end())
        pos = found.end()


def blocks(text: str, start: int = 0) -> list[list[tuple[int, Line]]]:
    """Runs of non-blank lines of text[start:], each line with its 1-based number."""
    runs: list[list[tuple[int, Line]]] = [[]]
    for number, line in enumerate(iter_lines(text, start), start=1):
        if line.content(text).strip():
            runs[-1].append((number, line))
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]
