"""What every format module produces: segments of user-visible text mapped to file offsets."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field as dc_field

__all__ = ["Piece", "Segment", "Document", "TextFormat", "segment_from_pieces"]


@dataclass(frozen=True)
class Piece:
    """A run of segment text that stands unchanged in the file at ``file_start``."""

    seg_start: int
    file_start: int
    length: int


@dataclass(frozen=True)
class Segment:
    """Text a person wrote or reads, with where each character sits in the file.

    ``kind`` is prose, code, title, attachment or filename; code and file names are
    scanned by rules only. Text between pieces (quote prefixes) is not part of the segment.
    """

    text: str
    pieces: tuple[Piece, ...]
    kind: str = "prose"
    role: str | None = None
    field_path: str | None = None
    _starts: list[int] = dc_field(default_factory=list, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [p.seg_start for p in self.pieces])

    def file_offset(self, pos: int, *, end: bool = False) -> int:
        """Map a segment index to a file index; ``end`` maps an exclusive end."""
        probe = pos - 1 if end and pos > 0 else pos
        i = max(bisect.bisect_right(self._starts, probe) - 1, 0)
        piece = self.pieces[i]
        return piece.file_start + (pos - piece.seg_start)

    def gaps(self, start: int, end: int) -> list[tuple[int, int]]:
        """File ranges between pieces inside the segment span [start, end) (quote prefixes)."""
        return [
            (a.file_start + a.length, b.file_start)
            for a, b in zip(self.pieces, self.pieces[1:])
            if start < b.seg_start < end and b.file_start > a.file_start + a.length
        ]


def segment_from_pieces(source: str, spans: list[tuple[int, int]], **kw) -> Segment:
    """Build a segment from file ranges joined without separators."""
    pieces, parts, pos = [], [], 0
    for start, end in spans:
        if end <= start:
            continue
        pieces.append(Piece(pos, start, end - start))
        parts.append(source[start:end])
        pos += end - start
    return Segment("".join(parts), tuple(pieces), **kw)


@dataclass
class Document:
    """A parsed file: its text, format name and segments."""

    text: str
    format: str
    segments: list[Segment]
    warnings: list[str] = dc_field(default_factory=list)


class TextFormat:
    """A format whose replacements are written as plain text (no escaping needed)."""

    name: str = ""
    extensions: tuple[str, ...] = ()

    def sniff(self, text: str) -> bool:
        return False

    def parse(self, text: str) -> Document:
        raise NotImplementedError

    def encode(self, label: str) -> str:
        """The text written in the file for ``label``; escaping formats override this."""
        return label
