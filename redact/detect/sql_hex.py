"""Text a SQL statement holds as a hex literal, read together with the calls that turn it
back into text. A dump, a query log or a script keeps a value as bytes: standard SQL's
``X'526F7361'`` (MySQL, SQLite, DB2 write ``x'...'`` too), MySQL's and SQL Server's
``0x526F7361``, PostgreSQL's bytea ``'\\x526f7361'`` (``E'\\\\x...'``, ``'...'::bytea``),
or a quoted hex string given to a decoder (MySQL's and ClickHouse's ``UNHEX('...')``,
PostgreSQL's ``decode('...', 'hex')``, Oracle's ``HEXTORAW``, BigQuery's ``FROM_HEX``,
Snowflake's ``HEX_DECODE_STRING``); and around it the call that makes it text again:
``CONVERT(... USING utf8mb4)``, ``CAST(... AS CHAR)``, SQL Server's ``CONVERT(NVARCHAR(100),
0x...)``, ``convert_from(..., 'UTF8')``, ``UTL_RAW.CAST_TO_VARCHAR2(...)``, a charset
introducer (``_utf8mb4 X'...'``). What was pasted is the whole expression, so the view reads
the whole of it as the text it spells, and a name found there covers the call.

The bytes are read as UTF-8 (or UTF-16, as an nvarchar column holds them) only where they
spell words (``redact.detect.escapes.reads_as_words``): a hash, a UUID, a key or a pointer
(``X'DEADBEEF'``, ``0x7ffd5e8c``) spells none and stays. A literal outside any call is left
to ``redact.detect.hexruns`` unless it is standard SQL's ``X'...'``, read whole here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redact.detect.escapes import Edit, decode_bytes, reads_as_words, stretched

__all__ = ["sql_hex"]

# The literal: X'..', 0x.., a bytea '\x..' (its backslash doubled in a JSON or C string), or a
# quoted hex string; three bytes at least, a whole number of them
_LITERAL = re.compile(
    r"(?<![\w'\\])(?:"
    r"[xX]'((?:[0-9A-Fa-f]{2}){3,}+)'"
    r"|0[xX]((?:[0-9A-Fa-f]{2}){3,}+)(?!\w)"
    r"|[eE]?'\\{1,2}[xX]((?:[0-9A-Fa-f]{2}){3,}+)'"
    r"|'((?:[0-9A-Fa-f]{2}){3,}+)')")
# The functions that decode a quoted hex string, in the dialects that have them
_DECODERS = ("unhex", "from_hex", "hextoraw", "decode", "hex_decode_string", "hex_decode_binary",
             "try_hex_decode_string", "try_hex_decode_binary", "from_base16")
# and those that take bytes back to text (or a decoder's bytes to another call)
_CALLS = ("convert", "cast", "try_cast", "try_convert", "convert_from", "from_utf8",
          "utl_raw.cast_to_varchar2", "utl_raw.cast_to_nvarchar2", "utl_i18n.raw_to_char",
          "safe_convert_bytes_to_string", "to_varchar", "to_char", "binary_to_string")
_SIZE = r"(?:\(\s*(?:\d{1,5}|max)\s*\))?"
# A call opened just before a literal (or before a call already read): its name, "(", and
# the type SQL Server's CONVERT takes first ("CONVERT(NVARCHAR(100), "); or an introducer
_OPEN = re.compile(
    rf"(?i:(?<![\w.])([a-z][\w.]{{1,40}}+)\s*\(\s*(?:[a-z]\w{{0,15}}\s*{_SIZE}\s*,\s*)?"
    rf"|(?<!\w)(_[a-z]\w{{1,15}})\s*)\Z")
_NAMES = frozenset(_DECODERS + _CALLS)
_REACH = 64  # the characters before a literal the opening of its call may take
# What closes a call after its argument: a charset ("USING utf8mb4"), a type ("AS CHAR(50)
# CHARACTER SET utf8mb4"), an encoding or a style (", 'UTF8'", ", 'hex'", ", 2"), then ")"
_CLOSE = re.compile(
    rf"(?i:\s*(?:using\s+\w{{1,20}}|as\s+\w{{1,20}}\s*{_SIZE}(?:\s+(?:character\s+set|charset)"
    rf"\s+\w{{1,20}})?|,\s*'[\w-]{{1,20}}'|,\s*\d{{1,5}})?\s*\))")
_CAST = re.compile(r"::[A-Za-z]\w{0,15}")  # PostgreSQL's cast after a value: "::bytea"
_CHARSETS = ("utf-8", "utf-16-le", "utf-16-be")  # MySQL's and most; an nvarchar; ucs2
_DEPTH = 4  # calls around one literal


def sql_hex(text: str) -> Iterator[Edit]:
    """Each SQL hex literal that spells words, read with the calls around it as that text."""
    if "'" not in text and "0x" not in text and "0X" not in text:
        return
    for m in _LITERAL.finditer(text):
        digits = next(g for g in m.groups() if g is not None)
        at = m.start(m.lastindex or 0)
        data = [(int(digits[i:i + 2], 16), at + i, at + i + 2) for i in range(0, len(digits), 2)]
        chars = next((c for charset in _CHARSETS if (c := decode_bytes(data, charset))
                      and reads_as_words("".join(ch for ch, _, _ in c))), [])
        if not chars:
            continue
        start, end, calls = _extent(text, m.start(), m.end())
        if m.lastindex == 4 and (not calls or calls[0] not in _DECODERS):
            continue  # a quoted string of hex digits no decoder reads
        if m.lastindex in (2, 3) and not calls and end == m.end():
            continue  # a bare 0x.. or bytea is hexruns' to read
        yield from stretched(chars, start, end)


def _extent(text: str, start: int, end: int) -> tuple[int, int, list[str]]:
    """The expression around the literal at [start, end): each call (innermost first) that
    opens right before it and closes right after, and a cast after either."""
    calls: list[str] = []
    for _ in range(_DEPTH):
        if (cast := _CAST.match(text, end)) is not None:
            end = cast.end()
        opened = _OPEN.search(text, max(0, start - _REACH), start)
        if opened is None or opened.group(1) and opened.group(1).lower() not in _NAMES:
            break
        if opened.group(2) is not None:  # an introducer: nothing to close
            start = opened.start()
            continue
        closed = _CLOSE.match(text, end)
        if closed is None:
            break
        calls.append(opened.group(1).lower())
        start, end = opened.start(), closed.end()
    return start, end, calls
