"""A character written by its code inside a string's interpolation, as a script puts a
letter its source file could not hold into a name: PowerShell's ``"F$([char]0x00F6)rster"``
and ``"$([char]1042)$([char]1072)..."``, Ruby's ``"#{246.chr}"``, JavaScript's and
Kotlin's ``${String.fromCharCode(246)}``/``${246.toChar()}``, Python's f-string
``{chr(246)}``. The string's own letters are glued to the interpolations, so no join of
codes and strings (``redact.detect.charcodes``) holds them; each interpolation is read as
its character where it stands.

A run of interpolations and the letters glued to it is read only where it makes words of
one script (``redact.detect.escapes.reads_as_words``): a script's ``$([char]13)`` or
``{chr(10)}`` and a template's ``${count}`` stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redact.detect.codepoints import character
from redact.detect.escapes import Edit, reads_as_words, spliced

__all__ = ["interpolated_codes"]

_NUMBER = r"(?:0[xX][0-9A-Fa-f]{1,6}|[0-9]{1,7})"
_NUMBER_OF = re.compile(r"0[xX]([0-9A-Fa-f]+)|([0-9]+)")
# an interpolation's opening ("$(", "${", "#{", "{"), a code in it, its closing
_CODE = re.compile(
    rf"(?:\$\(|[$#]?\{{)[ \t]*(?:(?i:\[char\])[ \t]*{_NUMBER}"
    rf"|(?i:[a-z0-9_.]*(?:chr|char|charcode|codepoint)[wb]?)\([ \t]*{_NUMBER}[ \t]*\)"
    rf"|{_NUMBER}\.(?:chr\b(?:\([\w:]*\))?|toChar\(\)))[ \t]*[)}}]")
_LETTERS = re.compile(r"[^\W\d_]*")  # the letters glued to a run, or between two codes


def interpolated_codes(text: str) -> Iterator[Edit]:
    """Each interpolated code of a run that makes words, read as its character."""
    if "$(" not in text and "{" not in text:
        return
    codes = list(_CODE.finditer(text))
    i = 0
    while i < len(codes):
        run = [codes[i]]  # the codes of one word: only letters between them
        while i + 1 < len(codes) and _LETTERS.fullmatch(text, run[-1].end(), codes[i + 1].start()):
            i += 1
            run.append(codes[i])
        i += 1
        edits = [(m.start(), m.end(), _character(m.group())) for m in run]
        if not all(ch for _, _, ch in edits):
            continue
        start = run[0].start()
        while start and text[start - 1].isalpha():
            start -= 1
        end = _LETTERS.match(text, run[-1].end())
        read = text[start:end.end() if end else run[-1].end()]
        read = spliced(read, start, edits)
        if reads_as_words(read):
            yield from edits


def _character(code: str) -> str:
    """The character an interpolated code names ("" for none a text holds)."""
    body = code.lstrip("$#{( \t")
    # a number first ("246.chr"), or the one a function is given, not its name's ("utf8.char")
    n = _NUMBER_OF.match(body) or _NUMBER_OF.search(body, body.find("(") + 1)
    assert n is not None  # a code holds its number
    return character(n.group(1) or n.group(2), 16 if n.group(1) else 10)
