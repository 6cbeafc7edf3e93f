"""CSV and TSV tables (RFC 4180): the cells of the text columns are segments.

Cells are found in the raw text, so quoting, doubled quotes and line breaks inside quoted
cells stay as written. Columns come from ``--columns`` or from the header: message, text,
content, body and utterance columns are prose; speaker and name columns are speaker labels.
The first row is a header only when it reads as one (short names, and a known column word,
``--columns``, or a column of numbers or times below a name); otherwise it is data and every
column is scanned, as with ``--no-header``: a table without a header must not keep its first
row out of the scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from redact.errors import FileError
from redact.formats.base import TextFormat
from redact.records import Document, Piece, Segment, SegmentKind

__all__ = ["CsvFormat", "Cell", "iter_records"]

_PROSE_WORDS = {"message", "text", "content", "body", "utterance"}
_SPEAKER_WORDS = {"speaker", "name"}
_WORDS = re.compile(r"[a-z]+")
_COLUMN_NAME = re.compile(r"[^\W\d][\w .()/#%+-]{0,39}")  # "message", "Created at", "user_id"
_NUMBER_OR_TIME = re.compile(r"[\d.,:/ TZ+-]+")  # "1", "2025-02-03T09:02:43Z", "12.50"
_SAMPLE_ROWS = 20  # rows read below the first to tell a header from data


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


def _column_name(text: str, cell: Cell) -> str:
    """A header cell as a name: without the byte order mark before the first one (then a
    quoted first cell reads as bare, quotes included) and the quotes around it."""
    value = cell.value(text).strip().lstrip("\ufeff")
    return value[1:-1].replace('""', '"') if len(value) > 1 and value[0] == value[-1] == '"' \
        else value


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
    """Which columns are scanned, decided from the header; with ``every``, all of them,
    however many cells a row has."""

    kinds: dict[int, SegmentKind]
    names: list[str]
    every: bool = False

    def kind(self, i: int) -> SegmentKind | None:
        return SegmentKind.PROSE if self.every else self.kinds.get(i)

    def name(self, i: int) -> str:
        return self.names[i] if i < len(self.names) and self.names[i] else f"column {i + 1}"

    def skipped(self) -> set[str]:
        """The header's columns left unscanned (ids, times, amounts): the report names them."""
        return set() if self.every else {self.name(i) for i in range(len(self.names))
                                         if i not in self.kinds}


class CsvFormat(TextFormat):
    name = "csv"
    summary = "CSV/TSV tables: message, text, content, body, utterance, speaker, name columns (--columns)"
    extensions = (".csv", ".tsv")
    streamable = True

    def __init__(self, columns: tuple[str, ...] = (), header: bool | None = None) -> None:
        self.columns = columns
        self.header = header  # None: told from the first rows

    def with_columns(self, columns: list[str]) -> CsvFormat:
        return CsvFormat(tuple(columns), self.header)

    def without_header(self) -> CsvFormat:
        return CsvFormat(self.columns, header=False)

    def _is_header(self, text: str, rows: list[list[Cell]]) -> bool:
        """The first row names columns: each cell is short and name-like, and a column
        word, ``--columns``, or numbers and times below a name say it is no data row."""
        if self.header is not None:
            return self.header
        names = [_column_name(text, c) for c in rows[0]]
        if not all(_COLUMN_NAME.fullmatch(n) for n in names if n) or not any(names):
            return False
        if self.columns or any(set(_WORDS.findall(n.casefold())) & (_PROSE_WORDS | _SPEAKER_WORDS)
                               for n in names):
            return True
        below = rows[1:_SAMPLE_ROWS + 1]
        return any(names[i] and below and all(
            i < len(row) and _NUMBER_OR_TIME.fullmatch(row[i].value(text).strip() or "0")
            for row in below) for i in range(len(names)))

    @staticmethod
    def delimiter(header: str) -> str:
        return max("\t,;", key=header.count) if any(c in header for c in "\t,;") else ","

    def sniff(self, text: str) -> bool:
        return False  # a table is told by its extension; any text can look like one

    def _columns(self, text: str, header: list[Cell] | None,
                 width: int) -> tuple[_Columns, list[str]]:
        """The columns scanned: by the header's names, or every one of ``width`` columns of
        a table without a header (whose cells are never quoted in an error: they are data)."""
        if header is None:
            if self.columns:
                raise FileError(f"no column named {self.columns[0]!r}: the first row is data, "
                                f"not a header ({width} column{'' if width == 1 else 's'})")
            said = self.header is False  # --no-header: the user knows
            return _Columns({}, [], every=True), [] if said else [
                "the first row reads as data, not as column names: it is scanned with the "
                "rest, every column (say --no-header to drop this warning)"]
        names = [_column_name(text, c) for c in header]
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
            warnings.append("no column header says message, text, content, body, utterance, "
                            "speaker or name: every column is scanned (choose with --columns)")
        return _Columns(kinds, names, every=not kinds), warnings

    def _segments(self, text: str, start: int, columns: _Columns, delimiter: str,
                  first_line: int) -> list[Segment]:
        segments = []
        for cells in iter_records(text, delimiter, start, first_line):
            for i, cell in enumerate(cells):
                kind = columns.kind(i)
                if kind is None:
                    continue
                seg = _cell_segment(text, cell, delimiter, kind=kind, field_path=columns.name(i))
                if seg is not None:
                    segments.append(seg)
        return segments

    def _header(self, text: str) -> tuple[str, int, _Columns, list[str]]:
        """Delimiter, where the data starts, the columns scanned and warnings, from the
        first rows of ``text``."""
        first_break = re.search(r"\r\n|\n|\r", text)
        delimiter = self.delimiter(text[:first_break.start() if first_break else len(text)])
        rows = list(islice(iter_records(text, delimiter), _SAMPLE_ROWS + 1))
        if not rows:
            return delimiter, len(text), _Columns({}, []), []
        if not self._is_header(text, rows):
            width = max(len(row) for row in rows)
            columns, warnings = self._columns(text, None, width)
            return delimiter, 0, columns, warnings
        header = rows[0]
        columns, warnings = self._columns(text, header, len(header))
        after = header[-1].end
        if text.startswith("\r\n", after):
            after += 2
        elif after < len(text):
            after += 1
        return delimiter, after, columns, warnings

    def parse(self, text: str) -> Document:
        delimiter, body, columns, warnings = self._header(text)
        return Document(text, self.name, self._segments(text, body, columns, delimiter,
                                                        2 if body else 1), warnings,
                        skipped_fields=columns.skipped())

    def stream(self, lines: Iterator[str], batch_chars: int) -> Iterator[Document]:
        """Batches of whole records (a quoted cell may hold line breaks); the first holds
        the rows that tell a header from data."""
        header_text, rows = "", 0
        for line in lines:
            header_text += line
            if header_text.count('"') % 2 == 0:
                rows += 1
                if rows > _SAMPLE_ROWS:
                    break
        delimiter, body, columns, warnings = self._header(header_text)
        # records after the header on its line (rows broken by CR alone) are scanned too
        yield Document(header_text, self.name, self._segments(
            header_text, body, columns, delimiter, 2 if body else 1), warnings,
            skipped_fields=columns.skipped())
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
