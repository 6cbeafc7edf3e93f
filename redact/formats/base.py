"""What every format module shares: the format interface and the helpers that make and
cut segments (the records themselves are in ``redact.records``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from redact.formats.lines import FENCE, iter_lines
from redact.records import Document, Piece, Segment, SegmentKind

__all__ = ["TextFormat", "as_file_name", "segment_from_pieces",
           "split_long", "split_code", "LABEL_TOKEN", "MAX_SEGMENT_CHARS"]


# A replacement label as written in place of a name: "[PERSON_1]", "[EMAIL#3f2a...]", or a
# custom template's "[ИМЯ_1]". Speaker patterns accept it, so an output parses as its input.
LABEL_TOKEN = r"\[[^\[\]\s:]{1,40}\]"

# "/" ends a line: a name never runs from one folder into the next
_NAME_SEPARATORS = str.maketrans("_.-+/", "    \n")
# an email in a name stays as written, so the rules that find it in text find it there
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def as_file_name(segment: Segment) -> Segment:
    """A file name read as words: "maria_lopez-cv.pdf" is read as "maria lopez cv pdf",
    folders as lines; an email in it stays whole. Offsets do not move (one character for
    one), and replacements still cover the name as written."""
    text, parts, pos = segment.text, [], 0
    for m in _EMAIL.finditer(text):
        parts += [text[pos:m.start()].translate(_NAME_SEPARATORS), m.group()]
        pos = m.end()
    parts.append(text[pos:].translate(_NAME_SEPARATORS))
    return replace(segment, text="".join(parts))


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
# working memory grows with the length, about 5 MB per thousand characters of one batch):
# a longer segment is detected as consecutive parts.
MAX_SEGMENT_CHARS = 20_000
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
    if segment.kind != SegmentKind.PROSE or ("```" not in text and "~~~" not in text):
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
        parts.append(replace(_part(segment, a, b), kind=SegmentKind.CODE))
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

    def unsafe_changes(self, text: str, edits: list[tuple[int, int, str]],
                       first_line: int) -> tuple[set[int], list[str]]:
        """The edits (indices) that would break the file's structure, left unmade, and a
        warning for each place kept; ``first_line``: the text's first line in the file."""
        return set(), []
