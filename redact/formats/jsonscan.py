"""JSON without reformatting: string literals found in the raw text, never a parsed tree.

The scanner walks the raw text once, checks the grammar (truncated JSON is an error), and
hands each string value with its path to a visitor. A selected literal becomes a segment
whose text is the decoded value and whose pieces map it back to the literal as written,
escapes included, so a replacement lands exactly where the value was. Key order,
indentation, numbers and every byte outside changed literals stay as they were.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from functools import partial

from redact.errors import FileError
from redact.formats.base import TextFormat, as_file_name
from redact.formats.json_keys import MEMBER_NAME, Member, clashing_names, field_name
from redact.records import Document, Piece, Segment, SegmentKind

__all__ = ["FieldSelector", "JsonFormat", "JsonLinesFormat", "array_head", "json_segment",
           "scan_json", "parse_field", "Path"]

Path = tuple[str | int, ...]
Visitor = Callable[[Path, int, int], None]

_WS = re.compile(r"[ \t\n\r]*")
# runs of plain characters taken whole and never given back: a long message is matched
# in one step, and an unterminated one fails at once
_STRING = re.compile(r'"(?:[^"\\\x00-\x1f]++|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*+"')
_SCALAR = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null")
_ESCAPE = re.compile(r"\\(?:u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|u[0-9a-fA-F]{4}|.)")
_NON_ASCII_ESCAPE = re.compile(r"\\u(?:00[89a-fA-F]|0[1-9a-fA-F]|[1-9a-fA-F])")

# what the scanner expects next
_VALUE, _VALUE_OR_END, _KEY, _KEY_OR_END, _COLON, _AFTER = range(6)

# Deeper nesting is refused: no export nests this deep, and the standard json module
# (which verify and downstream tools read outputs with) recurses once per level.
MAX_DEPTH = 512
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


class JsonSyntaxError(FileError):
    """Where the JSON stops being JSON, and why."""

    def __init__(self, text: str, pos: int, problem: str) -> None:
        line = text.count("\n", 0, pos) + 1
        column = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"invalid JSON at line {line}, column {column}: {problem}")
        self.pos, self.problem = pos, problem


_error = JsonSyntaxError


def _string_error(text: str, pos: int, stop: int) -> JsonSyntaxError:
    end = pos + 1
    while (end := text.find('"', end, stop)) >= 0 and text[end - 1] == "\\":
        end += 1
    if end < 0:
        return _error(text, stop, "unexpected end of data inside a string (truncated?)")
    return _error(text, pos, "bad string literal (a raw control character or a bad escape)")


def scan_json(text: str, visit: Visitor, start: int = 0, end: int | None = None,
              *, trailing: bool = False, visit_key: Visitor | None = None) -> int:
    """Check one JSON value in text[start:end] and call ``visit(path, lit_start, lit_end)``
    for every string value, and ``visit_key`` (the path ending in the key) for every key.
    Returns the offset after the value; with ``trailing`` text may follow it (JSON
    embedded in a page)."""
    stop = len(text) if end is None else end
    path: list[str | int] = []  # the key or index of each open container
    closers: list[str] = []
    expect = _VALUE
    pos = _WS.match(text, start, stop).end()
    while True:
        if pos >= stop:
            if closers or expect != _AFTER:
                raise _error(text, pos, "unexpected end of data (truncated?)")
            return pos
        ch = text[pos]
        if expect == _AFTER:
            if not closers:
                if trailing:
                    return pos
                raise _error(text, pos, "extra data after the value")
            if ch == ",":
                if closers[-1] == "]":
                    path[-1] += 1
                    expect = _VALUE
                else:
                    expect = _KEY
                pos += 1
            elif ch == closers[-1]:
                closers.pop()
                path.pop()
                pos += 1
            else:
                raise _error(text, pos, f"expected ',' or '{closers[-1]}'")
        elif expect == _COLON:
            if ch != ":":
                raise _error(text, pos, "expected ':'")
            expect = _VALUE
            pos += 1
        elif expect == _KEY or expect == _KEY_OR_END:
            if ch == '"':
                m = _STRING.match(text, pos, stop)
                if m is None:
                    raise _string_error(text, pos, stop)
                key = m.group()[1:-1]
                path[-1] = key if "\\" not in key else json.loads(m.group())
                if visit_key is not None:
                    visit_key(tuple(path), pos, m.end())
                expect = _COLON
                pos = m.end()
            elif ch == "}" and expect == _KEY_OR_END:
                closers.pop()
                path.pop()
                expect = _AFTER
                pos += 1
            else:
                raise _error(text, pos, "expected a key")
        elif ch == '"':
            m = _STRING.match(text, pos, stop)
            if m is None:
                raise _string_error(text, pos, stop)
            visit(tuple(path), pos, m.end())
            expect = _AFTER
            pos = m.end()
        elif ch in "{[" and len(closers) >= MAX_DEPTH:
            raise _error(text, pos, f"nested deeper than {MAX_DEPTH} levels")
        elif ch == "{":
            closers.append("}")
            path.append("")
            expect = _KEY_OR_END
            pos += 1
        elif ch == "[":
            closers.append("]")
            path.append(0)
            expect = _VALUE_OR_END
            pos += 1
        elif ch == "]" and expect == _VALUE_OR_END:
            closers.pop()
            path.pop()
            expect = _AFTER
            pos += 1
        else:
            m = _SCALAR.match(text, pos, stop)
            if m is None:
                raise _error(text, pos, "expected a value")
            expect = _AFTER
            pos = m.end()
        pos = _WS.match(text, pos, stop).end()


def escape_pieces(text: str, start: int, end: int) -> tuple[Piece, ...]:
    """Pieces of the literal body text[start:end]: plain runs, and each escape as one
    piece of the character it stands for."""
    pieces: list[Piece] = []
    pos = start
    seg_pos = 0
    for m in _ESCAPE.finditer(text, start, end):
        if m.start() > pos:
            pieces.append(Piece(seg_pos, pos, m.start() - pos))
            seg_pos += m.start() - pos
        pieces.append(Piece(seg_pos, m.start(), 1, m.end() - m.start()))
        seg_pos += 1
        pos = m.end()
    if pos < end or not pieces:
        pieces.append(Piece(seg_pos, pos, end - pos))
    return tuple(pieces)


def json_segment(text: str, start: int, end: int, **kw) -> Segment:
    """The segment of the literal text[start:end] (quotes included)."""
    body_start, body_end = start + 1, end - 1
    raw = text[body_start:body_end]
    if "\\" not in raw:
        return Segment(raw, (Piece(0, body_start, len(raw)),), style="json", **kw)
    # an escaped lone surrogate (\\ud800) is no character: detection reads U+FFFD there
    value = _LONE_SURROGATE.sub("\ufffd", json.loads(text[start:end]))
    ascii_style = raw.isascii() and _NON_ASCII_ESCAPE.search(raw) is not None
    return Segment(value, partial(escape_pieces, text, body_start, body_end),
                   style="json-ascii" if ascii_style else "json", **kw)


_ARRAY_OF_RECORDS = re.compile(r"[\ufeff \t\r\n]*\[[ \t\r\n]*[{\]]")


def array_head(text: str) -> str:
    """The first 64 KiB of a file that is a JSON array of records, else "": where exports
    are told apart by their keys. A text that starts with a tag ("[PERSON_1] wrote...")
    is not one."""
    head = text[:65536]
    return head if _ARRAY_OF_RECORDS.match(head) else ""


def parse_field(spec: str) -> tuple[str | None, ...]:
    """``messages[].content`` -> ("messages", INDEX, "content"); ``*`` is any key."""
    parts: list[str | None] = []
    for name in re.split(r"\.(?![^\[]*\])", spec.strip()):
        if name == ANYWHERE:
            parts.append(ANYWHERE)
            continue
        m = re.fullmatch(r"([^\[\]]*)((?:\[\])*)", name)
        if m is None or (not m.group(1) and not m.group(2)):
            raise ValueError(f"bad field {spec!r}: write names joined by '.', '[]' for list items")
        if m.group(1):
            parts.append(m.group(1))
        parts += [INDEX] * (len(m.group(2)) // 2)
    return tuple(parts)


INDEX = "[]"  # matches any list index
ANY_KEY = "*"
ANYWHERE = "**"  # last in a field: any value at any depth below, but metadata
# keys whose values are metadata, not what people wrote: ids, times, types, hashes
NOT_TEXT = re.compile(
    r"(?:^|_)(?:id|ids|uuid|time|timestamp|at|type|status|role|sender|recipient|slug|"
    r"mime_type|hash|sha256|checksum|node|parent|children)$|^(?:model|current_node)$", re.I)


def _matches(pattern: tuple[str | None, ...], path: Path) -> bool:
    for want, got in zip(pattern, path):
        if want == INDEX:
            if not isinstance(got, int):
                return False
        elif want == ANY_KEY:
            if not isinstance(got, str):
                return False
        elif want != got:
            return False
    return True


def metadata(path: Path) -> bool:
    """The value's last key names metadata (an id, a time, a type)."""
    key = next((p for p in reversed(path) if isinstance(p, str)), "")
    return bool(NOT_TEXT.search(key))


class FieldSelector:
    """Which string values of a record are text, and of what kind."""

    def __init__(self, fields: list[tuple[str, str]]) -> None:
        self.by_length: dict[int, list[tuple[tuple[str | None, ...], SegmentKind, str]]] = {}
        self.below: list[tuple[tuple[str | None, ...], SegmentKind, str]] = []  # "x.**"
        for spec, kind in fields:
            pattern = parse_field(spec)
            if pattern and pattern[-1] == ANYWHERE:
                self.below.append((pattern[:-1], SegmentKind(kind), spec))
            else:
                self.by_length.setdefault(len(pattern), []).append(
                    (pattern, SegmentKind(kind), spec))

    def kind(self, path: Path) -> tuple[SegmentKind, str] | None:
        """(kind, field spec) of the value at ``path``, or None when it is not text."""
        for pattern, kind, spec in self.by_length.get(len(path), ()):
            if _matches(pattern, path):
                return kind, spec
        for prefix, kind, spec in self.below:
            if len(path) > len(prefix) and _matches(prefix, path) and not metadata(path):
                return kind, spec
        return None


def encode_json(label: str, segment: Segment) -> str:
    """A replacement written the way its literal writes text."""
    encoded = json.dumps(label, ensure_ascii=segment.style == "json-ascii")[1:-1]
    return encoded.replace("</", "<\\/")  # safe inside an HTML <script> too


class JsonFormat(TextFormat):
    """A JSON file that is one array of records (or one record): the selected fields of
    each record are segments. Subclasses name the fields; ``with_fields`` replaces them."""

    extensions: tuple[str, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()
    records_in_array = True  # paths of the fields are relative to each array element
    keys_are_data = False  # member names are scanned too (a contacts map keyed by email)

    def __init__(self, fields: tuple[tuple[str, str], ...] | None = None) -> None:
        if fields is not None:
            self.fields = fields
        self.selector = FieldSelector(list(self.fields))

    def with_fields(self, specs: list[str]) -> JsonFormat:
        return type(self)(tuple((spec, "prose") for spec in specs))

    def segments(self, text: str, start: int = 0, end: int | None = None,
                 trailing: bool = False, unexpected: list[Path] | None = None,
                 skipped: set[str] | None = None) -> tuple[list[Segment], int]:
        """Segments of the selected fields of the JSON value at ``start`` (and of its
        member names, when they are data). With ``unexpected``, a string outside the
        selected fields that is not metadata is scanned as prose too, and its path listed
        there (a record not of the format's shape is read as any JSON, not skipped). The
        fields left unscanned on purpose are named in ``skipped``."""
        found: list[Segment] = []
        selector = self.selector
        in_array = self.records_in_array and text.startswith("[", _WS.match(text, start).end())

        def visit(path: Path, lit_start: int, lit_end: int) -> None:
            hit = selector.kind(path[1:] if in_array else path)
            if hit is None and unexpected is not None and not metadata(path):
                unexpected.append(path)
                hit = SegmentKind.PROSE, "*"
            if hit is not None:
                kind, spec = hit
                seg = json_segment(text, lit_start, lit_end, kind=kind, field_path=spec)
                found.append(as_file_name(seg) if kind is SegmentKind.ATTACHMENT else seg)
            elif skipped is not None:
                skipped.add(field_name(path[1:] if in_array else path, self.keys_are_data))

        def visit_key(path: Path, lit_start: int, lit_end: int) -> None:
            found.append(json_segment(text, lit_start, lit_end, field_path=MEMBER_NAME))

        stop = scan_json(text, visit, start, end, trailing=trailing,
                         visit_key=visit_key if self.keys_are_data else None)
        return found, stop

    def parse(self, text: str) -> Document:
        start = 1 if text.startswith("\ufeff") else 0
        skipped: set[str] = set()
        segments = self.segments(text, start, skipped=skipped)[0]
        return Document(text, self.name, segments, skipped_fields=skipped)

    def encode(self, label: str, segment: Segment) -> str:
        return encode_json(label, segment)

    def record_spans(self, text: str) -> Iterator[tuple[int, int | None]]:
        """Where each JSON value of the text starts and ends (None: the text's end)."""
        yield (1 if text.startswith("\ufeff") else 0), None

    def unsafe_changes(self, text: str, edits: list[tuple[int, int, str]],
                       first_line: int) -> tuple[set[int], list[str]]:
        """Changes in member names that would make two names of one object equal: kept
        as written, each with a warning naming where (never the value)."""
        if not self.keys_are_data or not edits:
            return set(), []
        members: list[Member] = []
        for start, end in self.record_spans(text):
            scan_json(text, _ignore, start, end, visit_key=lambda path, a, b, record=start:
                      members.append(Member(record, path, a, b)))
        return clashing_names(text, edits, members, first_line)


def _ignore(path: Path, lit_start: int, lit_end: int) -> None:
    """A visitor for a scan that only wants the member names."""


class JsonLinesFormat(JsonFormat):
    """One JSON record per line; blank lines are allowed. Streamed in batches of lines."""

    records_in_array = False
    streamable = True

    # a record whose text is elsewhere than the format's fields is read as any JSON, with a
    # warning naming the line (chat datasets whose content is a dict, not a string)
    read_unexpected = False

    def parse(self, text: str) -> Document:
        return self._document(text, 1)

    def _document(self, text: str, first_line: int) -> Document:
        warnings: list[str] = []
        skipped: set[str] = set()
        segments = self._records(text, first_line, warnings, skipped)
        return Document(text, self.name, segments, warnings, skipped)

    def record_spans(self, text: str) -> Iterator[tuple[int, int | None]]:
        for start, end in _lines(text):
            if text.startswith("\ufeff", start):
                start += 1
            if _WS.match(text, start, end).end() != end:
                yield start, end

    def _records(self, text: str, first_line: int, warnings: list[str],
                 skipped: set[str]) -> list[Segment]:
        segments: list[Segment] = []
        for line_no, (start, end) in enumerate(_lines(text), start=first_line):
            line_start = start
            if text.startswith("\ufeff", start):
                start += 1
            if _WS.match(text, start, end).end() == end:
                continue
            unexpected: list[Path] | None = [] if self.read_unexpected else None
            try:
                segments += self.segments(text, start, end, unexpected=unexpected,
                                          skipped=skipped)[0]
            except JsonSyntaxError as err:
                column = err.pos - line_start + 1
                raise FileError(
                    f"invalid JSON at line {line_no}, column {column}: {err.problem}") from None
            if unexpected:
                fields = ", ".join(dict.fromkeys(_spec(p) for p in unexpected))
                warnings.append(f"line {line_no} is not of the {self.name} shape ({fields}): "
                                "scanned as any JSON")
        return segments

    def stream(self, lines: Iterator[str], batch_chars: int) -> Iterator[Document]:
        """Batches of whole lines, about ``batch_chars`` long."""
        batch: list[str] = []
        size, line_no = 0, 1
        for line in lines:
            batch.append(line)
            size += len(line)
            if size >= batch_chars and line.endswith("\n"):
                yield self._document("".join(batch), line_no)
                line_no += len(batch)
                batch, size = [], 0
        if batch:
            yield self._document("".join(batch), line_no)

    def sniff_record(self, record: str) -> bool:
        return False

    def sniff(self, text: str) -> bool:
        for start, end in _lines(text):
            line = text[start:end].strip().lstrip("\ufeff")
            if line:
                return line.startswith("{") and self.sniff_record(line)
        return False


def _spec(path: Path) -> str:
    """A value's path as a field spec: ``messages[].content.text``."""
    out = ""
    for part in path:
        out += "[]" if isinstance(part, int) else ("." if out else "") + part
    return out


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line without its break; only "\\n" separates JSON Lines."""
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        if nl < 0:
            yield pos, n
            return
        yield pos, nl
        pos = nl + 1
