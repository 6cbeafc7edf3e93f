"""Bytes written each behind a prefix, glued into the word they are letters of: a tool that
cannot show a byte writes its hex behind its own mark (TeX's ``No^^c3^^abl``, and the like
behind "~", "$", "|", "!" or "@"), SMTP's xtext behind "+" (``Ren+C3+A9e``:
``redact.detect.xtext``). One mechanism reads them all, a ``Writing`` saying what differs:
the prefixes and the case of the digits, whether one byte alone is read, the legacy
charset a lone byte may be in, whether bytes may spell other characters than letters (a
space between two words, a hyphen), and the marks the word must not touch.

The same marks are markup ("~~Da~~te"), sums ("x+AB"), phone codes ("+44") and base64, so
the runs of a word (only letters between them) are read only where each spells letters
(UTF-8, or the writing's legacy charset), one a letter beyond ASCII or a space between two
letters, and the word they make with the letters glued
to them reads as words of one script (``redact.detect.escapes.reads_as_words``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from redact.detect.escapes import Edit, decode_bytes, reads_as_words, spliced, stretched

__all__ = ["Writing", "TOOLS", "bytes_behind", "prefixed_bytes"]

_LETTERS = re.compile(r"[^\W\d_]*")  # the letters glued to a run, or between two runs
_BACK = 40  # the most letters of a word read before its first run


@dataclass(frozen=True, slots=True)
class Writing:
    """How one kind of writing puts a byte behind a prefix."""

    run: re.Pattern[str]  # a run of bytes, each behind the same prefix (the group "p")
    lone: frozenset[str]  # the prefixes behind which one byte alone is read
    legacy: dict[str, str]  # a prefix's charset for bytes that are no UTF-8
    letters_only: bool  # the bytes spell letters only (else a space, a hyphen too)
    apart: str = ""  # marks the word touches only where it is part of a longer run

    def data(self, m: re.Match[str]) -> list[tuple[int, int, int]]:
        """Each byte of a run, with the range of its prefix and digits."""
        step = len(m.group("p"))
        return [(int(text[k + step:k + step + 2], 16), m.start() + k, m.start() + k + step + 2)
                for text in (m.group(),) for k in range(0, len(text), step + 2)]


# TeX's "^^c3", and a byte behind one or two of "~", "$", "|", "!" or "@": the backslash,
# percent and "=" ones are the escapes' own (``redact.detect.escapes``); ":", "/" and "."
# part the groups of addresses, times and paths ("::ffff:1.2.3.4", "aa:bb", "/de/fa"), "_"
# and "*" mark up words ("__Date", "**Ca**fe"). A lone byte, of an 8-bit font's Latin-1,
# only behind TeX's own "^^" ("J^^fcrgen").
TOOLS = Writing(re.compile(r"(?P<p>([\^~$|!@])\2?)[0-9A-Fa-f]{2}(?:(?P=p)[0-9A-Fa-f]{2})*+"),
                frozenset({"^^"}), {"^^": "cp1252"}, letters_only=True)


def prefixed_bytes(text: str) -> Iterator[Edit]:
    """Bytes behind a tool's prefix, in the words they are letters of."""
    yield from bytes_behind(text, TOOLS)


def bytes_behind(text: str, writing: Writing) -> Iterator[Edit]:
    """Each character a word's runs spell, with the range of its bytes, in order."""
    runs = list(writing.run.finditer(text))
    i = 0
    while i < len(runs):
        word = [runs[i]]  # the runs of one word: only letters between them
        while i + 1 < len(runs) and _LETTERS.fullmatch(text, word[-1].end(), runs[i + 1].start()):
            i += 1
            word.append(runs[i])
        i += 1
        yield from _word(text, word, writing)


def _word(text: str, runs: list[re.Match[str]], writing: Writing) -> list[Edit]:
    """The edits of one word's runs, or none where the word does not read as words."""
    edits: list[Edit] = []
    for m in runs:
        prefix = m.group("p")
        data = writing.data(m)
        if len(data) == 1 and prefix not in writing.lone:
            return []
        chars = decode_bytes(data, "utf-8") or (
            decode_bytes(data, writing.legacy[prefix]) if prefix in writing.legacy else [])
        if not chars or writing.letters_only and not all(c.isalpha() for c, _, _ in chars):
            return []
        edits += stretched(chars, m.start(), m.end())
    start = runs[0].start()
    start -= len(_LETTERS.match(text[max(0, start - _BACK):start][::-1]).group())
    stop = _LETTERS.match(text, runs[-1].end()).end()
    if writing.apart and (start and text[start - 1] in writing.apart
                          or stop < len(text) and text[stop] in writing.apart):
        return []  # part of a longer run that is no word (base64, a sum)
    spells = any(not ch.isascii() and ch.isalpha()
                 or ch == " " and text[lo - 1:lo].isalpha() and text[hi:hi + 1].isalpha()
                 for lo, hi, ch in edits)
    return edits if spells and reads_as_words(spliced(text[start:stop], start, edits)) else []
