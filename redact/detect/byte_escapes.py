"""Text written as a backslash and digits, read in the radix the writer's language gives them.

The same writing means three things: octal bytes in C, Python, Perl, Tcl, Go, a shell's
``$'...'``, git quoting a path and PostgreSQL's ``bytea`` escape format (``\\320\\230`` is
"И"); decimal bytes in Lua, OCaml and a DNS zone file (``\\208\\152`` is "И",
``Ana\\195\\175s`` is "Anaïs"); and decimal code points in Haskell's ``show`` (``\\1048``
is "И", ``J\\248rgen`` is "Jørgen"). A run of such escapes (behind one backslash or several,
as a JSON string holding the code escapes it once more: ``\\\\208\\\\152``) is read in the
first of these that fits: octal where every escape is three octal digits and the bytes
are UTF-8, decimal bytes where every escape is one to three digits and the bytes are UTF-8,
else decimal code points. Text needs no escape for ASCII, so the bytes must spell
something beyond it; UTF-8 itself tells most radixes apart (a byte of another radix breaks
its sequences), and the looser two are read only where the word they make with the letters
glued to them reads as one of a script names are written in (a version's "\\2019\\205", a
path's "C:\\1999\\255" stay as written).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redact.detect.codepoints import character
from redact.detect.escapes import Edit, decode_bytes, reads_as_words

__all__ = ["byte_escapes"]

# a run of escapes (a run of backslashes is read once, from its first)
_RUN = re.compile(r"(?<!\\)(?:\\++[0-9]{1,7})++")
_ESCAPE = re.compile(r"\\++([0-9]++)")
_OCTAL = re.compile("[0-3][0-7]{2}")
_GLUED = re.compile(r"[^\W\d_]*")
_BYTE_DIGITS = 3
_HASKELL_DIGITS = 2  # a code point needs two digits at least; no leading zero
_OCTAL_DIGITS = frozenset("01234567")


def byte_escapes(text: str) -> Iterator[Edit]:
    """Each character a run of digit escapes spells, with the escapes it came from."""
    if "\\" not in text:
        return
    for run in _RUN.finditer(text):
        escapes = [(e.group(1), run.start() + e.start(), run.start() + e.end())
                   for e in _ESCAPE.finditer(run.group())]
        chars = _read(text, run, escapes)
        yield from ((start, end, ch) for ch, start, end in chars)


def _read(text: str, run: re.Match[str],
          escapes: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The characters of a run in the first radix that fits, or [] for none: code points
    only where the run cannot be octal bytes of Latin-1's letters ("caf\\351" is a byte
    that is no UTF-8; "G\\246tz" is no "G¦tz")."""
    if all(_OCTAL.fullmatch(d) for d, _, _ in escapes):
        chars = _utf8([(int(d, 8), a, b) for d, a, b in escapes])
        if chars:
            return chars
    if all(len(d) <= _BYTE_DIGITS and int(d) <= 0xFF for d, _, _ in escapes):
        chars = _utf8([(int(d), a, b) for d, a, b in escapes])
        if chars and _word(text, run, chars):
            return chars
    if all(len(d) >= _HASKELL_DIGITS and d[0] != "0" for d, _, _ in escapes) and not all(
            _octal_letter(d) for d, _, _ in escapes):
        chars = [(character(d, 10), a, b) for d, a, b in escapes]
        if all(c for c, _, _ in chars) and _word(text, run, chars):
            return chars
    return []


def _octal_letter(digits: str) -> bool:
    """Three octal digits that name a letter as a byte of Latin-1 ("\\351" is "é"), which a
    C or Python writer's octal escape of a legacy charset is, not a Haskell code point."""
    if len(digits) != _BYTE_DIGITS or not set(digits) <= _OCTAL_DIGITS or int(digits, 8) > 0xFF:
        return False
    return chr(int(digits, 8)).isalpha()


def _utf8(data: list[tuple[int, int, int]]) -> list[tuple[str, int, int]]:
    """Bytes as the UTF-8 they spell, where it is some beyond ASCII and holds no control
    character."""
    if all(b < 0x80 for b, _, _ in data):
        return []
    chars = decode_bytes(data, "utf-8")
    return chars if all(c.isprintable() for c, _, _ in chars) else []


def _word(text: str, run: re.Match[str], chars: list[tuple[str, int, int]]) -> bool:
    """The word the characters make with the letters glued to the run reads as one."""
    before = _GLUED.match(text[max(0, run.start() - 40):run.start()][::-1])
    after = _GLUED.match(text, run.end())
    return reads_as_words((before.group()[::-1] if before else "")
                          + "".join(c for c, _, _ in chars) + (after.group() if after else ""))
