"""TeX's accents, as BibTeX author fields and LaTeX sources write the letters of names beyond
ASCII: ``J{\\"a}ntsch``, ``Agn\\`es Lef\\`evre``, ``\\v{S}koda``, ``Bj{\\o}rn``, ``Stra{\\ss}e``.
Each accented letter is read as the letter it is (the base letter and the accent's combining
mark, composed), with the command and braces it came from.

A backslash before a quote is also how C, JSON and shells escape a quote ("say \\"a\\"",
"don\\'t"), so an accent without braces is read only inside a word and on a vowel (or "n"
under a tilde), and only where the two compose into one letter: "don\\'t" and "it\\'s" are
quotes. The special letters (``\\o``, ``\\ss``, ``\\l``) are read in braces only
(``{\\o}``, ``\\o{}``): bare, they are a path's folders ("C:\\o\\").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from redact.detect.escapes import Edit

__all__ = ["tex_accents"]

_MARKS = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303",
          "=": "\u0304", ".": "\u0307", "c": "\u0327", "v": "\u030c", "u": "\u0306",
          "H": "\u030b", "k": "\u0328", "r": "\u030a", "d": "\u0323", "b": "\u0331"}
_LETTERS = {"ss": "ß", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å",
            "o": "ø", "O": "Ø", "l": "ł", "L": "Ł"}
_ACCENT = r"""["'`^~=.]"""
_BASE = r"(?:[A-Za-z]|\\i)"  # \i: the dotless i an accent goes on
_TEX = re.compile(
    rf"\{{\\({_ACCENT})[ ]?\{{?({_BASE})\}}?\}}"          # {\"a}, {\'{\i}}
    rf"|\\({_ACCENT})\{{({_BASE})\}}"                     # \"{a}
    rf"|(?<=[^\W\d_])\\([\"'`^~])([AEIOUYaeiouy]|(?<=~)[Nn])"  # J\"antsch: in a word, unbraced
    rf"|\{{\\([cvuHkrdb])(?:[ ]|\{{)({_BASE})\}}?\}}"     # {\v s}, {\c{c}}
    rf"|\\([cvuHkrdb])\{{({_BASE})\}}"                    # \v{s}
    r"|\{\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L)\}|\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L)\{\}")  # {\o}, \o{}


def tex_accents(text: str) -> Iterator[Edit]:
    """Each accented or special letter TeX writes, read as that letter."""
    if "\\" not in text:
        return
    for m in _TEX.finditer(text):
        groups = [g for g in m.groups() if g is not None]
        if len(groups) == 1:
            yield m.start(), m.end(), _LETTERS[groups[0]]
            continue
        accent, base = groups
        letter = unicodedata.normalize("NFC", base.replace("\\i", "i") + _MARKS[accent])
        if len(letter) == 1:
            yield m.start(), m.end(), letter
