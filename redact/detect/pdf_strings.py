"""A PDF's text strings as a reader shows them, each character read back with the bytes it
came from: the document information dictionary (``/Title``, ``/Author``, ``/Subject``...),
an outline's titles, a form field's value, as ``qpdf --qdf``, ``mutool show``, ``pdfinfo
-meta`` or a text editor on the file prints them.

PDF writes a text string in one of two encodings: UTF-16BE behind its byte order mark
(``FE FF``; PDF 2.0 also allows UTF-8 behind ``EF BB BF``), else PDFDocEncoding, one byte a
character. A literal string is in parentheses, with octal escapes for the bytes beyond ASCII
(``/Author (\\376\\377\\000J\\000\\351\\000r...)``, ``(Ren\\351e)``), and ``\\(``, ``\\)``,
``\\\\``, ``\\n`` for its own signs; a hex string is in angle brackets (``<FEFF004A00E9...>``).
A string pasted into JSON has each backslash doubled (``\\\\376\\\\377``). The bytes go
through the standard library's decoders, so a string is read only where they are text: a
marked string that is UTF-16 or UTF-8 of printable characters, an unmarked one whose
escapes are letters of Latin-1 (where PDFDocEncoding is Latin-1) inside a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redact.detect.escapes import Edit, decode_bytes, stretched

__all__ = ["pdf_strings"]

# A key and its literal string, one line long and with an escape in it: "(" opens it, a ")"
# that no backslash escapes closes it. (Parentheses nested in a string are balanced and
# need no escape; a string with some is read up to its first inner ")".)
_LITERAL = re.compile(r"/[A-Za-z][\w.-]{0,40}+[ \t]*+\(((?:[^()\\\n]|\\++[^\n])*+)\)")
_HEX = re.compile(r"<((?:FEFF|feff|EFBBBF|efbbbf)(?:[0-9A-Fa-f]{2})++)>")
# an escape behind one backslash or more: three octal digits at most, or one sign
_ESCAPE = re.compile(r"(\\++)([0-7]{1,3}|[^\n0-7])")
_SIGNS = {"n": 0x0A, "r": 0x0D, "t": 0x09, "b": 0x08, "f": 0x0C}
_UTF16_BOM = (0xFE, 0xFF)
_UTF8_BOM = (0xEF, 0xBB, 0xBF)
_WORD = re.compile(r"[^\W\d_]")


def pdf_strings(text: str) -> Iterator[Edit]:
    """Each character of a PDF text string that is encoded, with the bytes it came from."""
    if "\\" in text and "(" in text:
        for m in _LITERAL.finditer(text):
            if "\\" in m.group(1):
                yield from _read(_literal_bytes(text, m.start(1), m.end(1)), m.start(1), m.end(1),
                                 text)
    if "<" in text and (">" in text):
        for m in _HEX.finditer(text):
            data = [(int(text[i:i + 2], 16), i, i + 2) for i in range(m.start(1), m.end(1), 2)]
            yield from _read(data, m.start(1), m.end(1), text)


def _literal_bytes(text: str, begin: int, end: int) -> list[tuple[int, int, int]]:
    """The bytes of a literal string's body, each with the characters that wrote it; the
    number of backslashes its first escape has is the string's (a JSON string doubles
    them all); [] where an escape has a different number."""
    data: list[tuple[int, int, int]] = []
    width = 0
    at = begin
    while at < end:
        m = _ESCAPE.match(text, at, end) if text[at] == "\\" else None
        if m is None:
            data.append((ord(text[at]), at, at + 1))
            at += 1
            continue
        width = width or len(m.group(1))
        if len(m.group(1)) != width:
            return []
        sign = m.group(2)
        value = int(sign, 8) if sign.isdigit() else _SIGNS.get(sign, ord(sign))
        if value > 0xFF:
            return []
        data.append((value, at, m.end()))
        at = m.end()
    return data


def _read(data: list[tuple[int, int, int]], begin: int, end: int, text: str) -> Iterator[Edit]:
    """The string's characters in its encoding: the byte order mark goes with the first."""
    values = tuple(b for b, _, _ in data)
    if values[:2] == _UTF16_BOM:
        chars = decode_bytes(data, "utf-16-be")
        chars = chars[1:] and [(chars[1][0], begin, chars[1][2])] + chars[2:]
    elif values[:3] == _UTF8_BOM:
        chars = decode_bytes(data, "utf-8-sig")
    elif all(b < 0x80 or chr(b).isalpha() for b in values) and any(b >= 0x80 for b in values) \
            and _in_words(text, data):
        chars = [(chr(b), lo, hi) for b, lo, hi in data]
    else:
        return
    if chars and all(c.isprintable() for c, _, _ in chars) and any(
            _WORD.match(c) for c, _, _ in chars):
        yield from stretched(chars, begin, end)


def _in_words(text: str, data: list[tuple[int, int, int]]) -> bool:
    """Each Latin-1 letter an escape writes has a letter beside it ("Ren\\351e", not a
    "(\\351)" of binary)."""
    for b, lo, hi in data:
        if b >= 0x80 and not (text[lo - 1:lo].isalpha() or text[hi:hi + 1].isalpha()):
            return False
    return True
