"""CSS escapes (CSS Syntax, "consume an escaped code point"), as minifiers and generated
style sheets write letters beyond ASCII in a ``content:`` string or a selector:
``Louise \\0000C9tienne``, ``\\000412\\000441\\000435...``, and the same behind two
backslashes where a JSON string holds the style (``\\\\00041D\\\\00043E``). A backslash and
one to six hex digits is a code point; with fewer than six, one whitespace after the digits
ends the escape and is part of it. After six digits nothing needs ending the escape, and a
space there is read as the writer's, between two words.

A backslash and hex digits is also a regular expression's ``\\d0`` or ``\\b``, a Windows
path's ``C:\\cafe`` and the bytes other decoders read (``redact.detect.escapes``), so an
escape is read only where it is whole as a generated style sheet writes it (six digits, or
beside another escape: a lone "\\d0 " may be a regular expression's), spells a letter
beyond ASCII (a style sheet writes ASCII as itself), and where the word it makes with the
escapes and letters glued to it reads as a word of one script that names are written in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redact.detect.escapes import Edit, reads_as_words

__all__ = ["css_escapes"]

# (a run of backslashes is read once, from its first, as one escaped once more in a string)
_ESCAPE = re.compile(r"(?<!\\)\\++(?:([0-9A-Fa-f]{6})|([0-9A-Fa-f]{1,5})(?![0-9A-Fa-f])"
                     r"(\r\n|[ \t\n\r\f])?)")
_GLUED = re.compile(r"[^\W\d_]*")


def css_escapes(text: str) -> Iterator[Edit]:
    """Each CSS escape of a letter, in a word that reads as one, as the letter it spells."""
    if "\\" not in text:
        return
    found: list[tuple[int, int, str, bool]] = []  # range, letter, of six digits
    for m in _ESCAPE.finditer(text):
        point = int(m.group(1) or m.group(2), 16)
        if point > 0x10FFFF or 0xD800 <= point <= 0xDFFF:
            continue
        letter = chr(point)
        if letter.isalpha() and not letter.isascii():
            found.append((m.start(), m.end(), letter, m.group(1) is not None))
    i = 0
    while i < len(found):
        j = i + 1
        while j < len(found) and found[j][0] == found[j - 1][1]:
            j += 1
        run = found[i:j]
        if len(run) > 1 or run[0][3]:
            yield from _word_read(text, run)
        i = j


def _word_read(text: str, run: list[tuple[int, int, str, bool]]) -> Iterator[Edit]:
    """The run's letters, when the word they are part of reads as one."""
    begin, end = run[0][0], run[-1][1]
    before = _GLUED.match(text[max(0, begin - 40):begin][::-1])
    after = _GLUED.match(text, end)
    if before and text[begin - len(before.group()) - 1:begin - len(before.group())] == "\\":
        return  # letters of another escape ("\\be\\ef"), no word
    word = ((before.group()[::-1] if before else "") + "".join(ch for _, _, ch, _ in run)
            + (after.group() if after else ""))
    if reads_as_words(word):
        yield from ((start, stop, ch) for start, stop, ch, _ in run)
