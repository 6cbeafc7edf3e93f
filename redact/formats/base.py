"""What every format module produces: segments of user-visible text mapped to file offsets."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field as dc_field, replace
from functools import cached_property

from redact.formats.lines import FENCE, iter_lines

__all__ = ["Piece", "Segment", "Document", "TextFormat", "as_file_name", "segment_from_pieces",
           "split_long", "split_code", "LABEL_TOKEN", "MAX_SEGMENT_CHARS"]


@dataclass(frozen=True)
class Piece:
    """A run of segment text that stands in the file at ``file_start``.

    Unchanged text has ``file_length`` None. An escape (``\\u041e`` in JSON, ``""`` in CSV)
    is one piece of ``length`` decoded characters written as ``file_length`` characters;
    a span boundary never falls inside it.
    """

    seg_start: int
    file_start: int
    length: int
    file_length: int | None = None


@dataclass(frozen=True, eq=False)
class Segment:
    """Text a person wrote or reads, with where each character sits in the file.

    ``kind`` is prose, code, title, attachment, filename or speaker; code and file names
    are scanned by rules only, speaker labels by what a label can be (a name, a handle or
    a role). Text between pieces (quote prefixes) is not part of the segment. ``layout``
    is the pieces, or a function building them on first use: most escaped literals of a
    large export are never mapped. ``style`` tells the format how to write a replacement
    here (JSON literals that escape non-ASCII, quoted CSV fields).
    """

    text: str
    layout: tuple[Piece, ...] | Callable[[], tuple[Piece, ...]]
    kind: str = "prose"
    role: str | None = None
    field_path: str | None = None
    style: str = ""

    @cached_property
    def pieces(self) -> tuple[Piece, ...]:
        return self.layout() if callable(self.layout) else self.layout

    @cached_property
    def _starts(self) -> list[int]:
        return [p.seg_start for p in self.pieces]

    def file_offset(self, pos: int, *, end: bool = False) -> int:
        """Map a segment index to a file index; ``end`` maps an exclusive end."""
        pieces = self.pieces
        if len(pieces) == 1:  # most segments: one range of the file
            piece = pieces[0]
        else:
            probe = pos - 1 if end and pos > 0 else pos
            piece = pieces[max(bisect.bisect_right(self._starts, probe) - 1, 0)]
        if piece.file_length is not None:
            inside = pos > piece.seg_start or (end and pos == piece.seg_start + piece.length)
            return piece.file_start + (piece.file_length if inside else 0)
        return piece.file_start + (pos - piece.seg_start)

    def gaps(self, start: int, end: int) -> list[tuple[int, int]]:
        """File ranges between pieces inside the segment span [start, end) (quote prefixes)."""
        if len(self.pieces) == 1:
            return []
        return [
            (a.file_start + _file_len(a), b.file_start)
            for a, b in zip(self.pieces, self.pieces[1:])
            if start < b.seg_start < end and b.file_start > a.file_start + _file_len(a)
        ]


def _file_len(piece: Piece) -> int:
    return piece.length if piece.file_length is None else piece.file_length


# A replacement label as written in place of a name: "[PERSON_1]", "[EMAIL#3f2a...]", or a
# custom template's "[ИМЯ_1]". Speaker patterns accept it, so an output parses as its input.
LABEL_TOKEN = r"\[[^\[\]\s:]{1,40}\]"

_NAME_SEPARATORS = str.maketrans("_.-+", "    ")


def as_file_name(segment: Segment) -> Segment:
    """A file name read as words: "maria_lopez-cv.pdf" is read as "maria lopez cv pdf".
    Offsets do not move (one character for one), and replacements still cover the name
    as written."""
    return replace(segment, text=segment.text.translate(_NAME_SEPARATORS))


def segment_from_pieces(source: str, spans: list[tuple[int, int]], **kw) -> Segment:
    """Build a segment from file ranges joined without separators."""
    if len(spans) == 1 and spans[0][1] > spans[0][0]:  # most segments: one range
        start, end = spans[0]
        return Segment(source[start:end], (Piece(0, start, end - start),), **kw)
    pieces, parts, pos = [], [], 0
    for start, end in spans:
        if end <= start:
            continue
        pieces.append(Piece(pos, start, end - start))
        parts.append(source[start:end])
        pos += end - start
    return Segment("".join(parts), tuple(pieces), **kw)


# NER reads texts of bounded length (spaCy refuses a text over a million characters, and its
# memory grows with the length): a longer segment is detected as consecutive parts.
MAX_SEGMENT_CHARS = 100_000
_CUTS = (re.compile(r"\n"), re.compile(r"[.!?]\s"), re.compile(r"\s"))


def split_long(segment: Segment, limit: int = MAX_SEGMENT_CHARS) -> list[Segment]:
    """``segment`` as parts of at most ``limit`` characters, each cut after a line break,
    else a sentence end, else a space in the part's second half (a name is rarely cut),
    else at the limit. Every character stays in exactly one part, at its file offset."""
    text = segment.text
    if len(text) <= limit:
        return [segment]
    parts, start = [], 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            for cut in _CUTS:
                found = [m.end() for m in cut.finditer(text, start + limit // 2, end)]
                if found:
                    end = found[-1]
                    break
        parts.append(_part(segment, start, end))
        start = end
    return parts


def split_code(segment: Segment) -> list[Segment]:
    """A prose segment (a chat message) with fenced code blocks as consecutive parts: the
    code inside each fence a ``code`` part, which rules scan but NER and the name lexicon
    do not; the prose around it, fence lines included, parts as before."""
    text = segment.text
    if segment.kind != "prose" or ("```" not in text and "~~~" not in text):
        return [segment]
    cuts: list[tuple[int, int]] = []  # code ranges
    fence: str | None = None
    code_start = 0
    for line in iter_lines(text):
        match = FENCE.match(line.content(text))
        if fence is None and match:
            fence, code_start = match.group(1), line.stop
        elif fence is not None and match and match.group(1) == fence:
            cuts.append((code_start, line.start))
            fence = None
    if fence is not None:  # unclosed: code to the end
        cuts.append((code_start, len(text)))
    parts, start = [], 0
    for a, b in cuts:
        if a >= b:
            continue
        if start < a:
            parts.append(_part(segment, start, a))
        parts.append(replace(_part(segment, a, b), kind="code"))
        start = b
    if start < len(text):
        parts.append(_part(segment, start, len(text)))
    return parts


def _part(segment: Segment, start: int, end: int) -> Segment:
    """segment.text[start:end] as a segment of its own; an escape piece is never cut
    (it stands for one character)."""
    pieces = []
    for p in segment.pieces:
        lo, hi = max(p.seg_start, start), min(p.seg_start + p.length, end)
        if lo < hi:
            file_start = p.file_start + (lo - p.seg_start if p.file_length is None else 0)
            pieces.append(Piece(lo - start, file_start, hi - lo, p.file_length))
    return replace(segment, text=segment.text[start:end], layout=tuple(pieces))


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
    summary: str = ""  # one line for `redact formats`
    extensions: tuple[str, ...] = ()
    streamable = False  # has ``stream``: read in batches of records, never whole

    def stream(self, lines: Iterator[str], batch_chars: int) -> Iterator[Document]:
        """Documents of consecutive whole records; their texts joined are the file's text
        and their offsets are relative to their own text."""
        raise NotImplementedError

    def sniff(self, text: str) -> bool:
        return False

    def parse(self, text: str) -> Document:
        raise NotImplementedError

    def encode(self, label: str, segment: Segment) -> str:
        """The text written in the file for ``label`` inside ``segment``; escaping formats
        override this."""
        return label
