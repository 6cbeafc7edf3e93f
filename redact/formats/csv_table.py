"""CSV and TSV tables (RFC 4180): the cells of the text columns are segments.

Cells are found in the raw text, so quoting, doubled quotes and line breaks inside quoted
cells stay as written. Columns come from ``--columns`` or from the header: message, text,
content, body and utterance columns are prose; speaker and name columns are speaker labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from redact.errors import FileError
from redact.formats.base import TextFormat
from redact.records import Document, Piece, Segment, SegmentKind

__all__ = ["CsvFormat", "Cell", "iter_records"]

_PROSE_WORDS = {"message", "text", "content", "body", "utterance"}
_SPEAKER_WORDS = {"speaker", "name"}
_WORDS = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Cell:
    start: int  # the first character of the cell (its opening quote when quoted)
    end: int  # after the cell (after its closing quote)
    quoted: bool

    def value(self, text: str) -> str:
        raw = text[self.start:self.end]
        return raw[1:-1].replace('""', '"') if self.quoted else raw


def _field_pattern(delimiter: str) -> re.Pattern[str]:
    d = re.escape(delimiter)
    # a bare cell may hold quotes after its first character, as Python's csv module reads it
    return re.compile(rf'"(?:[^"]++|"")*+"(?=$|{d}|\r|\n)|(?:[^{d}"\r\n][^{d}\r\n]*+)?(?=$|{d}|\r|\n)')


def iter_records(text: str, delimiter: str, start: int = 0,
                 first_line: int = 1) -> Iterator[list[Cell]]:
    """Records of text[start:] as lists of cells; quoting errors name their line."""
    field = _field_pattern(delimiter)
    pos, n, line = start, len(text), first_line
    while pos < n:
        cells: list[Cell] = []
        while True:
            m = field.match(text, pos)
            if m is None:
                unterminated = text[pos:pos + 1] == '"' and text.count('"', pos) % 2 == 1
                problem = "unterminated quoted cell" if unterminated else "stray quote in a cell"
                raise FileError(f"invalid CSV at line {line}: {problem}")
            quoted = m.group().startswith('"')
            cells.append(Cell(m.start(), m.end(), quoted))
            if quoted:
                line += m.group().count("\n")
            pos = m.end()
            if pos < n and text[pos] == delimiter:
                pos += 1
                continue
            break
        if text.startswith("\r\n", pos):
            pos += 2
        elif pos < n:
            pos += 1  # "\n" or "\r"
        line += 1
        yield cells


def _cell_segment(text: str, cell: Cell, delimiter: str, **kw) -> Segment | None:
    if cell.end - cell.start <= (2 if cell.quoted else 0):
        return None
    if not cell.quoted:
        return Segment(text[cell.start:cell.end], (Piece(0, cell.start, cell.end - cell.start),),
                       style="csv-bare" + delimiter, **kw)
    body_start, body_end = cell.start + 1, cell.end - 1
    pieces: list[Piece] = []
    pos, seg_pos = body_start, 0
    while True:
        q = text.find('""', pos, body_end)
        if q < 0:
            break
        if q > pos:
            pieces.append(Piece(seg_pos, pos, q - pos))
            seg_pos += q - pos
        pieces.append(Piece(seg_pos, q, 1, 2))
        seg_pos += 1
        pos = q + 2
    if pos < body_end:
        pieces.append(Piece(seg_pos, pos, body_end - pos))
    return Segment(cell.value(text), tuple(pieces), style="csv-quoted", **kw)


@dataclass
class _Columns:
    """Which columns are scanned, decided from the header."""

    kinds: dict[int, str]
    names: list[str]


class CsvFormat(TextFormat):
    name = "csv"
    summary = "CSV/TSV tables: message, text, content, body, utterance, speaker, name columns (--columns)"
    extensions = (".csv", ".tsv")
    streamable = True

    def __init__(self, columns: tuple[str, ...] = ()) -> None:
        self.columns = columns

    def with_columns(self, columns: list[str]) -> CsvFormat:
        return CsvFormat(tuple(columns))

    @staticmethod
    def delimiter(header: str) -> str:
        return max("\t,;", key=header.count) if any(c in header for c in "\t,;") else ","

    def sniff(self, text: str) -> bool:
        return False  # a table is told by its extension; any text can look like one

    def _columns(self, text: str, header: list[Cell]) -> tuple[_Columns, list[str]]:
        names = [c.value(text).strip().lstrip("\ufeff") for c in header]
        warnings: list[str] = []
        kinds: dict[int, SegmentKind] = {}
        if self.columns:
            folded = [n.casefold() for n in names]
            for wanted in self.columns:
                if wanted.casefold() not in folded:
                    raise FileError(f"no column named {wanted!r} (columns: {', '.join(names)})")
                i = folded.index(wanted.casefold())
                words = set(_WORDS.findall(names[i].casefold()))
                kinds[i] = SegmentKind.SPEAKER if words & _SPEAKER_WORDS and not words & _PROSE_WORDS \
                    else SegmentKind.PROSE
            return _Columns(kinds, names), warnings
        for i, name in enumerate(names):
            words = set(_WORDS.findall(name.casefold()))
            if words & _PROSE_WORDS:
                kinds[i] = SegmentKind.PROSE
            elif words & _SPEAKER_WORDS:
                kinds[i] = SegmentKind.SPEAKER
        if not kinds:
            kinds = {i: SegmentKind.PROSE for i in range(len(names))}
            warnings.append("no column header says message, text, content, body, utterance, "
                            "speaker or name: every column is scanned (choose with --columns)")
        return _Columns(kinds, names), warnings

    def _segments(self, text: str, start: int, columns: _Columns, delimiter: str,
                  first_line: int) -> list[Segment]:
        segments = []
        for cells in iter_records(text, delimiter, start, first_line):
            for i, cell in enumerate(cells):
                kind = columns.kinds.get(i)
                if kind is None:
                    continue
                seg = _cell_segment(text, cell, delimiter, kind=kind, field_path=columns.names[i])
                if seg is not None:
                    segments.append(seg)
        return segments

    def _header(self, text: str) -> tuple[str, int, _Columns, list[str]]:
        first_break = re.search(r"\r\n|\n|\r", text)
        delimiter = self.delimiter(text[:first_break.start() if first_break else len(text)])
        records = iter_records(text, delimiter)
        header = next(records, None)
        if header is None:
            return delimiter, len(text), _Columns({}, []), []
        columns, warnings = self._columns(text, header)
        after = header[-1].end
        if text.startswith("\r\n", after):
            after += 2
        elif after < len(text):
            after += 1
        return delimiter, after, columns, warnings

    def parse(self, text: str) -> Document:
        delimiter, body, columns, warnings = self._header(text)
        return Document(text, self.name, self._segments(text, body, columns, delimiter, 2),
                        warnings)

    def stream(self, lines: Iterator[str], batch_chars: int) -> Iterator[Document]:
        """Batches of whole records (a quoted cell may hold line breaks)."""
        header_text = ""
        for line in lines:
            header_text += line
            if header_text.count('"') % 2 == 0:
                break
        delimiter, body, columns, warnings = self._header(header_text)
        # records after the header on its line (rows broken by CR alone) are scanned too
        yield Document(header_text, self.name,
                       self._segments(header_text, body, columns, delimiter, 2), warnings)
        batch: list[str] = []
        size = quotes = 0
        line_no = header_text.count("\n") + 1
        for line in lines:
            batch.append(line)
            size += len(line)
            quotes += line.count('"')
            if size >= batch_chars and quotes % 2 == 0:
                text = "".join(batch)
                yield Document(text, self.name, self._segments(text, 0, columns, delimiter, line_no))
                line_no += text.count("\n")
                batch, size, quotes = [], 0, 0
        if batch:
            text = "".join(batch)
            yield Document(text, self.name, self._segments(text, 0, columns, delimiter, line_no))

    def encode(self, label: str, segment: Segment) -> str:
        if segment.style == "csv-quoted":
            return label.replace('"', '""')
        delimiter = segment.style.removeprefix("csv-bare")
        return re.sub(f'["\r\n{re.escape(delimiter)}]', "_", label)
