"""Text written out as hex, each character read back with the digits it came from: the
UTF-16 code units of an SMS (a PDU's UCS-2 body, a bulk SMS report, a modem log:
``004F006300E90061006E0065``, ``0412 0430 043B``), the bytes of UTF-8 as a hex dump, a
``bytes.hex()`` or a C array shows them (``d0 9f d1 80``, ``d09fd180``, ``0xd0, 0x9f``), or
PostgreSQL prints a ``bytea`` column (``\\xd09fd180``, its backslash doubled in a JSON or
SQL string), code points written out (``U+041B U+044E``), and the bytes of UTF-8 written
out in binary, eight bits a byte (``01001011 01100001``). Bytes each behind a tool's own
prefix (TeX's ``No^^c3^^abl``) are ``redact.detect.prefixed``'s.

Hex is also what checksums, hashes, keys, MAC addresses, UUIDs, colours and memory addresses
are written in, so a run is read only where what it spells is words: the bytes decode
strictly (UTF-16 big- or little-endian, or UTF-8), every character is printable, three or
more of them are letters, of one script that names are written in (Latin, Cyrillic,
Greek), making up most of the text, each word cased as words are. A run of digits alone is
a number, never text; a run glued to a path, a URL, an address or an id ("/", ":", "-",
"#") is part of it; behind "0x" it is a number or a pointer unless it spells words. Random hex passes none of this: a hash's code units
are CJK and Hangul, its bytes are not UTF-8.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redact.detect.escapes import Edit, decode_bytes, reads_as_words, stretched

__all__ = ["bytea_runs", "hex_runs"]

# A run of hex: a C array's bytes or units ("0xd0, 0x9f"), a hex dump's bytes ("d0 9f d1",
# two spaces between its halves), groups of four ("0412 0430", xxd's "d09f d180"), or
# digits back to back, a whole number of bytes and four at least ("d09fd180"), or so behind
# one "0x" as SQL Server writes a binary value (``CAST(name AS varbinary)``, a ``0x...``
# literal: the UTF-16LE of an nvarchar column, "0x41006E006E00"), six bytes at least; or
# bytes apart by dashes, as .NET's ``BitConverter.ToString`` writes them ("41-00-6E-00"), or
# by colons, as Wireshark and OpenSSL do ("4a:6f:68:6e"), ten bytes at least (no MAC address).
_HEX_RUN = re.compile(
    r"(?<![\w/+.:#\\%&$@-])(?:"
    r"0[xX][0-9A-Fa-f]{2}(?:[0-9A-Fa-f]{2})?(?:,?[ ]?0[xX][0-9A-Fa-f]{2}(?:[0-9A-Fa-f]{2})?){2,}+"
    r"|[0-9A-Fa-f]{2}(?:[ ]{1,2}[0-9A-Fa-f]{2}){3,}+"
    r"|[0-9A-Fa-f]{4}(?:[ ][0-9A-Fa-f]{4})++"
    r"|(?:[0-9A-Fa-f]{2}){4,}+"
    r"|0[xX](?:[0-9A-Fa-f]{2}){6,}+"
    r"|[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){9,}+|[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){9,}+"
    r")(?![\w/+:#\\%&$@-]|\.\w)")
# bytea's hex output: "\x" and the bytes back to back, a whole number of them, four at least
# (a shorter run, or one glued to more letters, is a C or Python escape: "\xe9t\xe9")
_BYTEA = re.compile(r"(?<!\\)\\{1,2}x((?:[0-9a-f]{2}){4,}+|(?:[0-9A-F]{2}){4,}+)(?![0-9A-Za-z_])")
_BYTE = re.compile(r"(?:0[xX])?([0-9A-Fa-f]{2})")
_PREFIX = re.compile("0[xX]")
# Code points as Unicode writes them, one after another ("U+0416 U+0435", "U+0416,U+0435")
_CODE_POINTS = re.compile(r"(?<![\w+])U\+[0-9A-Fa-f]{4,6}(?:[ ,]{0,2}U\+[0-9A-Fa-f]{4,6})++(?![\w+])")
_CODE_POINT = re.compile(r"U\+([0-9A-Fa-f]{4,6})")
# UTF-8 in binary: three bytes or more, eight bits each, apart by a space or back to back
_BITS_RUN = re.compile(r"(?<![\w/+.:#\\%&$@-])[01]{8}(?:[ ]?[01]{8}){2,}+(?![\w/+:#\\%&$@-]|\.\w)")
_OCTET = re.compile("[01]{8}")
_HEX_LETTER = re.compile("[A-Fa-f]")
_DIGIT = re.compile("[0-9]")
_MIN_ASCII_BYTES = 6  # ASCII written as hex: a full name at least ("Ana Li")


def hex_runs(text: str) -> Iterator[Edit]:
    """Each character of a run of hex, of code points or of bits that spells words, with the
    digits (and the separators after them) it came from."""
    if _DIGIT.search(text) is None:
        return
    edits: list[Edit] = []
    for m in _HEX_RUN.finditer(text):
        run = m.group()
        digits = _PREFIX.sub("", run)
        if _HEX_LETTER.search(digits) is None or not (digits.islower() or digits.isupper()):
            continue  # digits alone are a number; a program writes hex in one case
        data = [(int(b.group(1), 16), m.start() + b.start(), m.start() + b.end())
                for b in _BYTE.finditer(run)]
        chars = _spelled(data)
        if chars:
            edits += stretched(chars, m.start(), m.end())
    for m in _BITS_RUN.finditer(text):
        data = [(int(b.group(), 2), m.start() + b.start(), m.start() + b.end())
                for b in _OCTET.finditer(m.group())]
        chars = decode_bytes(data, "utf-8")
        read = "".join(c for c, _, _ in chars)
        if chars and reads_as_words(read) and (not read.isascii() or len(data) >= _MIN_ASCII_BYTES):
            edits += stretched(chars, m.start(), m.end())
    if "U+" in text:
        for m in _CODE_POINTS.finditer(text):
            chars = [(chr(int(p.group(1), 16)), m.start() + p.start(), m.start() + p.end())
                     for p in _CODE_POINT.finditer(m.group()) if int(p.group(1), 16) <= 0x10FFFF]
            if reads_as_words("".join(c for c, _, _ in chars)):
                edits += stretched(chars, m.start(), m.end())
    yield from sorted(edits)


def bytea_runs(text: str) -> Iterator[Edit]:
    """A bytea value PostgreSQL prints as hex, read as the UTF-8 text it holds when that
    spells words, the "\\x" going with its first character; a run of another kind (a hash,
    an image's bytes) stays as written. This stage comes before the backslash escapes, which
    would read "\\xd0" alone."""
    if "\\x" not in text:
        return
    for m in _BYTEA.finditer(text):
        digits = m.group(1)
        data = [(int(digits[i:i + 2], 16), m.start(1) + i, m.start(1) + i + 2)
                for i in range(0, len(digits), 2)]
        chars = decode_bytes(data, "utf-8")
        if chars and reads_as_words("".join(c for c, _, _ in chars)):
            yield from stretched(chars, m.start(), m.end())


def _spelled(data: list[tuple[int, int, int]]) -> list[tuple[str, int, int]]:
    """The characters the bytes spell as UTF-16 (big-endian first, as SMS and Java write
    it; little-endian, as Windows does) or as UTF-8, in the first that reads as words."""
    charsets = ("utf-16-be", "utf-16-le", "utf-8") if len(data) % 2 == 0 else ("utf-8",)
    for charset in charsets:
        chars = decode_bytes(data, charset)
        text = "".join(c for c, _, _ in chars)
        if chars and reads_as_words(text) and (
                not text.isascii() or charset != "utf-8" or len(data) >= _MIN_ASCII_BYTES):
            return chars
    return []
