"""The records every stage shares: segments and documents (formats make them), findings
(detection makes them), changes and file results (replacement and the report read them).

Data only, and nothing heavy imported: formats, detect, anonymize, report, check and the
run all import these shapes, never each other, as Presidio's analyzer and anonymizer share
their result types.
"""

from __future__ import annotations

import bisect
import json
import tempfile
import weakref
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import IO, Any

__all__ = ["CATEGORIES", "NER_LANGUAGES", "SegmentKind", "Piece", "Segment", "SegmentTable",
           "Document", "Finding", "SegmentResult", "Located", "Change", "ChangeLog", "FileResult",
           "Status"]

CATEGORIES = (
    "PERSON", "USERNAME", "EMAIL", "PHONE", "ADDRESS", "LOCATION", "ORGANIZATION",
    "DATE_OF_BIRTH", "DATE_TIME", "GOV_ID", "CREDIT_CARD", "IBAN", "BANK_ACCOUNT",
    "IP_ADDRESS", "MAC_ADDRESS", "URL", "SECRET", "CRYPTO_WALLET", "OTHER",
)
NER_LANGUAGES = ("en", "ru")  # languages with an NER model; others are read by rules only


class SegmentKind(StrEnum):
    """What a segment of text is, which decides who reads it."""

    PROSE = "prose"  # what people say: rules, NER and the name lexicon
    CODE = "code"  # fenced or in a code field: rules only
    TITLE = "title"  # a conversation's title or aliases
    ATTACHMENT = "attachment"  # an attached file's name, read as words
    FILENAME = "filename"  # the input file's own name, read as words
    SPEAKER = "speaker"  # a speaker label, classified whole (a name, a handle or a role)

    @property
    def rules_only(self) -> bool:
        """Scanned by rules, never by NER or the name lexicon."""
        return self is SegmentKind.CODE

    @property
    def names_a_file(self) -> bool:
        """A file's name, lowercase as a rule ("maria_lopez_cv.pdf")."""
        return self in (SegmentKind.FILENAME, SegmentKind.ATTACHMENT)

    @property
    def ner_expected(self) -> bool:
        """Text NER should read: prose that NER did not read was scanned by rules only."""
        return self not in (SegmentKind.CODE, SegmentKind.SPEAKER)


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, eq=False, slots=True)
class Segment:
    """Text a person wrote or reads, with where each character sits in the file.

    Text between pieces (quote prefixes) is not part of the segment. ``layout`` is the
    pieces, or a function building them on first use: most escaped literals of a large
    export are never mapped; or, for text that is one run of the file, where it starts
    (its one piece is made when asked for: a ``SegmentTable``'s segments are made anew
    on every read). ``style`` tells the format how to write a replacement here (JSON
    literals that escape non-ASCII, quoted CSV fields). Slotted: a long chat log is tens
    of thousands of them.
    """

    text: str
    layout: tuple[Piece, ...] | Callable[[], tuple[Piece, ...]] | int
    kind: SegmentKind = SegmentKind.PROSE
    role: str | None = None
    field_path: str | None = None
    style: str = ""

    @property
    def pieces(self) -> tuple[Piece, ...]:
        if type(self.layout) is int:
            return (Piece(0, self.layout, len(self.text)),)
        if callable(self.layout):  # built once, in place of the function
            object.__setattr__(self, "layout", self.layout())
        return self.layout

    def file_offset(self, pos: int, *, end: bool = False) -> int:
        """Map a segment index to a file index; ``end`` maps an exclusive end."""
        pieces = self.pieces
        if len(pieces) == 1:  # most segments: one range of the file
            piece = pieces[0]
        else:
            probe = pos - 1 if end and pos > 0 else pos
            piece = pieces[max(bisect.bisect_right(pieces, probe, key=_seg_start) - 1, 0)]
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


def _seg_start(piece: Piece) -> int:
    return piece.seg_start


def _file_len(piece: Piece) -> int:
    return piece.length if piece.file_length is None else piece.file_length


_KINDS = tuple(SegmentKind)
_KIND_CODES = {kind: code for code, kind in enumerate(_KINDS)}
_KEPT = 255  # a segment kept as it is, not as a run


class SegmentTable(Sequence[Segment]):
    """A file's segments, held compactly: a file read whole (a chat log of 30,000 lines) is
    tens of thousands of segments, and as objects with their pieces they took several
    times the file's size for as long as it was detected and replaced. A segment that is
    one run of the file (most of them) is kept as its kind, the start of its run and its
    text, each distinct text once; any other segment is kept as it is (13 bytes more than
    a list would take for it). A segment read from the table is made anew each time,
    equal in all its fields (its layout the start of its run)."""

    __slots__ = ("_texts", "_refs", "_starts", "_kinds", "_kept")

    def __init__(self, segments: Iterable[Segment]) -> None:
        self._texts: list[str] = []
        self._refs = array("I")  # each segment's text, or for a kept one its place in _kept
        self._starts = array("q")
        self._kinds = bytearray()
        self._kept: list[Segment] = []
        ids: dict[str, int] = {}
        texts, add_ref, add_start, add_kind = (self._texts, self._refs.append,
                                              self._starts.append, self._kinds.append)
        for seg in segments:
            start = _run_start(seg)
            if start is None:
                add_ref(len(self._kept))
                self._kept.append(seg)
                add_start(0)
                add_kind(_KEPT)
                continue
            text_id = ids.setdefault(seg.text, len(texts))
            if text_id == len(texts):
                texts.append(seg.text)
            add_ref(text_id)
            add_start(start)
            add_kind(_KIND_CODES[seg.kind])

    def __len__(self) -> int:
        return len(self._kinds)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._segment(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("segment index out of range")
        return self._segment(index)

    def __iter__(self) -> Iterator[Segment]:
        texts, refs, starts, kept = self._texts, self._refs, self._starts, self._kept
        for i, kind in enumerate(self._kinds):
            yield kept[refs[i]] if kind == _KEPT else Segment(
                texts[refs[i]], starts[i], _KINDS[kind])

    def _segment(self, i: int) -> Segment:
        kind = self._kinds[i]
        if kind == _KEPT:
            return self._kept[self._refs[i]]
        return Segment(self._texts[self._refs[i]], self._starts[i], _KINDS[kind])


def _run_start(seg: Segment) -> int | None:
    """Where a segment that is one run of the file, as long as its text, starts; None
    for any other (several pieces, escapes, a role, a field, a style)."""
    layout = seg.layout
    if type(layout) is not int:
        if type(layout) is not tuple or len(layout) != 1:
            return None
        piece = layout[0]
        if piece.seg_start or piece.file_length is not None or piece.length != len(seg.text):
            return None
        layout = piece.file_start
    if type(seg.kind) is not SegmentKind or seg.role is not None or seg.field_path is not None \
            or seg.style:
        return None
    return layout


@dataclass
class Document:
    """A parsed file (or a batch of its records): its text, format name and segments (a
    file read whole holds them in a ``SegmentTable``)."""

    text: str
    format: str
    segments: Sequence[Segment]
    warnings: list[str] = field(default_factory=list)
    skipped_fields: set[str] = field(default_factory=set)  # left unscanned on purpose (ids, times)


@dataclass(frozen=True, slots=True)
class Finding:
    """A detected span: in a segment's offsets as detection gives it, in the file's once
    located."""

    start: int
    end: int
    entity: str
    category: str
    score: float
    detector: str
    # what a linked finding is another occurrence of: (segment index in its document, start,
    # end); offsets only, so a journal holds no value
    seed: tuple[int, int, int] | None = None

    def shifted(self, start: int, end: int) -> Finding:
        return Finding(start, end, self.entity, self.category, self.score, self.detector,
                       self.seed)


@dataclass(slots=True)
class SegmentResult:
    """What detection says about one segment: findings in its offsets."""

    language: str | None
    findings: list[Finding]
    ner: bool  # whether NER looked at it
    timeout: str | None = None  # the rule that timed out on it: the file is an error

    def to_row(self) -> list:
        """The result as a JSON row (a journal holds one per segment of every file):
        ``[language, ner, timeout, [[start, end, entity, category, score, detector], ...]]``,
        a linked finding with its seed's ``[segment, start, end]`` after."""
        return [self.language, self.ner, self.timeout,
                [[f.start, f.end, f.entity, f.category, f.score, f.detector]
                 + ([list(f.seed)] if f.seed else []) for f in self.findings]]

    @staticmethod
    def from_row(row: list) -> SegmentResult:
        language, ner, timeout, findings = row
        return SegmentResult(language, [Finding(*f[:6], tuple(f[6]) if len(f) > 6 else None)
                                        for f in findings], ner, timeout)


@dataclass(frozen=True)
class Located:
    """A finding in file offsets that the policy replaces, without its value: what `check`
    and evaluation read."""

    finding: Finding
    fingerprint: str
    field_path: str | None


@dataclass
class Change:
    """One replaced span: ``replacement`` is written where ``finding`` stands in the input
    text (file offsets; a span around a quote prefix is one change per part)."""

    finding: Finding
    line: int
    column: int
    replacement: str
    label: str
    fingerprint: str
    context: str
    original: str | None = None  # only in a --reveal report
    seed: str | None = None  # a linked change: the fingerprint of what it was linked from

    start = property(lambda self: self.finding.start)
    end = property(lambda self: self.finding.end)
    category = property(lambda self: self.finding.category)
    entity = property(lambda self: self.finding.entity)

    def to_dict(self) -> dict[str, Any]:
        """The report's change, fields in their documented order."""
        f = self.finding
        data = {"start": f.start, "end": f.end, "line": self.line, "column": self.column,
                "entity": f.entity, "category": f.category, "score": f.score,
                "detector": f.detector, "replacement": self.replacement, "label": self.label,
                "fingerprint": self.fingerprint, "context": self.context}
        if self.seed is not None:
            data["seed"] = self.seed
        if self.original is not None:
            data["original"] = self.original
        return data

    @staticmethod
    def from_dict(data: dict[str, Any]) -> Change:
        return Change(Finding(data["start"], data["end"], data["entity"], data["category"],
                              data["score"], data["detector"]),
                      data["line"], data["column"], data["replacement"], data["label"],
                      data["fingerprint"], data["context"], data.get("original"),
                      data.get("seed"))


# json.dumps with options builds an encoder per call; a report encodes one per change
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


class ChangeLog:
    """A file's changes in order. Past a few thousand they wait in an unnamed temporary
    file (mode 0600, gone when closed), so a large dataset's report costs no memory."""

    IN_MEMORY = 4096

    def __init__(self, changes: list[Change] | None = None) -> None:
        self._recent: list[Change] = list(changes or [])
        self._spilled: IO[bytes] | None = None
        self._count = len(self._recent)

    def append(self, change: Change) -> None:
        self._recent.append(change)
        self._count += 1
        if len(self._recent) >= self.IN_MEMORY:
            if self._spilled is None:
                self._spilled = tempfile.TemporaryFile()
                weakref.finalize(self, self._spilled.close)
            self._spilled.seek(0, 2)
            self._spilled.write(b"".join(
                _ENCODE(c.to_dict()).encode() + b"\n" for c in self._recent))
            self._recent = []

    def __iter__(self) -> Iterator[Change]:
        if self._spilled is not None:
            self._spilled.seek(0)
            for line in self._spilled:
                yield Change.from_dict(json.loads(line))
        yield from self._recent

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: int) -> Change:
        if self._spilled is None:
            return self._recent[index]
        return list(self)[index]


class Status(StrEnum):
    REDACTED = "redacted"  # scanned, changes made
    CLEAN = "clean"  # scanned, nothing to change (an empty file too)
    SKIPPED = "skipped"  # not read: binary, ignored, unsafe
    ERROR = "error"  # could not be scanned or written: nothing was written for it


@dataclass
class FileResult:
    """A file's entry in the report."""

    path: str
    output: str | None = None
    input_sha256: str | None = None
    output_sha256: str | None = None  # of the bytes written at ``output`` (a member's own)
    format: str | None = None
    languages: list[str] = field(default_factory=list)
    encoding: str | None = None
    repair: dict[str, str] | None = None
    status: Status = Status.CLEAN
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    unscanned_ner_chars: int = 0
    changes: ChangeLog = field(default_factory=ChangeLog)
    name_changes: int = 0  # replacements made in the file's own name
    skipped_fields: list[str] = field(default_factory=list)  # field paths not scanned, by design

    def mark(self, status: Status, reason: str) -> None:
        """The file is skipped or in error, for ``reason``: an error has no output and so
        no changes."""
        self.status, self.error = status, reason
        if status is Status.ERROR:
            self.changes, self.output, self.output_sha256 = ChangeLog(), None, None

    def to_dict(self, *, with_changes: bool = True) -> dict[str, Any]:
        data = {k: v for k, v in vars(self).items() if k != "changes"}
        data["changes"] = [c.to_dict() for c in self.changes] if with_changes else []
        return data
