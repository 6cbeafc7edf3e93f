"""Values of a Windows registry export (``regedit``'s ``.reg`` file) written as hex bytes.

``regedit`` writes a string value as itself (``"Owner"="Zehra Köhler"``) only when its
type is the plain string; an expandable string, a multi-string, a string of another
type and a binary value it writes as their bytes, two hex digits each, parted by commas,
a long one wrapped with a backslash at each line's end: ``"Owner"=hex(2):5a,00,65,00,...,00,00``
(REG_EXPAND_SZ), ``hex(7):`` (REG_MULTI_SZ: the strings parted by a NUL, two at the end),
``hex(1):`` (REG_SZ, as a tool that always writes bytes exports it), ``hex:`` (REG_BINARY).
The string types are UTF-16 little-endian with a NUL at the end. People paste such a line
from an export, a support ticket or a forensic report, and the name, path or address in it
is as much theirs as in the plain form.

The view reads a value of a string type as the string ``regedit`` would have written for a
plain one: the prefix as the opening quote, the bytes as their characters (the NULs
between a multi-string's strings as line breaks), the closing NULs with the last character,
which a quote follows. A binary value is read so only where its bytes spell words
(``redact.detect.escapes.reads_as_words``), as UTF-16 or UTF-8: an icon's or a key's bytes
stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redact.detect.escapes import Edit, decode_bytes, reads_as_words, stretched

__all__ = ["registry_values"]

# the type's prefix, then the bytes; a line ends in "\" where regedit wrapped the value
_VALUE = re.compile(r"(?<![\w-])hex(?:\(([0-9A-Fa-f]{1,8})\))?:"
                    r"([0-9A-Fa-f]{2}(?:,(?:\\\r?\n[ \t]*+)?[0-9A-Fa-f]{2})*+)")
_BYTE = re.compile("[0-9A-Fa-f]{2}")
_STRING_TYPES = frozenset({1, 2, 7})  # REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ
_QUOTE = '"'


def registry_values(text: str) -> Iterator[Edit]:
    """Each value written as hex that holds text, read as that text in quotes."""
    if "hex" not in text:
        return
    for m in _VALUE.finditer(text):
        kind = int(m.group(1), 16) if m.group(1) else None
        at = m.start(2)
        data = [(int(b.group(), 16), at + b.start(), at + b.end())
                for b in _BYTE.finditer(m.group(2))]
        chars = _text(data, kind in _STRING_TYPES)
        if not chars:
            continue
        edits = list(stretched(chars, m.start(2), m.end(2)))
        yield m.start(), m.start(2), _QUOTE
        yield from edits[:-1]
        start, end, last = edits[-1]
        yield start, end, last + _QUOTE


def _text(data: list[tuple[int, int, int]], string: bool) -> list[tuple[str, int, int]]:
    """The characters the bytes spell, the closing NULs dropped and the ones between
    strings read as line breaks; [] for bytes that are no text."""
    for charset in ("utf-16-le",) if string else ("utf-16-le", "utf-8"):
        chars = decode_bytes(data, charset)
        while chars and chars[-1][0] == "\x00":
            chars.pop()
        chars = [("\n" if c == "\x00" else c, lo, hi) for c, lo, hi in chars]
        read = "".join(c for c, _, _ in chars)
        if not read.replace("\n", "").isprintable() or not any(c.isalpha() for c in read):
            continue
        if string or reads_as_words(read):
            return chars
    return []
