"""SMTP's xtext (RFC 3461), as a delivery status notification or a server's log writes an
address or a name it carries (``ORCPT=rfc822;Ren+C3+A9e+20Martineau``): every byte
outside printable ASCII, and "+", "=" and the space, is "+" and two capital hex digits, the
letters between are themselves. Other tools escape the same way (a byte's hex behind a
sign), so the run is read as UTF-8 bytes wherever it stands.

"+" and two hex digits are also a phone's country code ("+44"), a sum ("x+AB") or base64,
so a run is read only where the word it makes with the letters glued to it (the escapes,
the letters between and around them) reads as words of one script
(``redact.detect.escapes.reads_as_words``) and an escape in it spells a letter beyond ASCII
or a space between letters: "+44 20 7946" and "C+2B" stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redact.detect.escapes import Edit, decode_bytes, reads_as_words, spliced

__all__ = ["xtext_runs"]

_ESCAPES = re.compile(r"(?:\+[0-9A-F]{2})+")
_TRIGGER = re.compile(r"\+[0-9A-F]{2}")
_LETTERS = re.compile(r"[^\W\d_]*")  # the letters glued to a run, or between two runs


def xtext_runs(text: str) -> Iterator[Edit]:
    """Each character that a word's xtext escapes spell, with the range of its escapes."""
    if "+" not in text or _TRIGGER.search(text) is None:
        return
    runs = list(_ESCAPES.finditer(text))
    i = 0
    while i < len(runs):
        word = [runs[i]]  # the runs of one word: only letters between them
        while i + 1 < len(runs) and _LETTERS.fullmatch(text, word[-1].end(), runs[i + 1].start()):
            i += 1
            word.append(runs[i])
        i += 1
        yield from _word(text, word)


def _word(text: str, runs: list[re.Match[str]]) -> list[Edit]:
    """The edits of one word's runs, or none where the word does not read as words."""
    edits: list[Edit] = []
    for m in runs:
        data = [(int(m.group()[k + 1:k + 3], 16), m.start() + k, m.start() + k + 3)
                for k in range(0, len(m.group()), 3)]
        chars = decode_bytes(data, "utf-8")
        if not chars:
            return []
        edits += [(lo, hi, ch) for ch, lo, hi in chars]
    start = runs[0].start()
    while start and (text[start - 1].isalpha()):
        start -= 1
    end = _LETTERS.match(text, runs[-1].end())
    stop = end.end() if end else runs[-1].end()
    if start and text[start - 1] in "+=" or stop < len(text) and text[stop] in "+=":
        return []  # part of a longer run that is no word (base64, a sum)
    read = text[start:stop]
    read = spliced(read, start, edits)
    spells = any(not ch.isascii() and ch.isalpha()
                 or ch == " " and text[lo - 1:lo].isalpha() and text[hi:hi + 1].isalpha()
                 for lo, hi, ch in edits)
    return edits if spells and reads_as_words(read) else []
