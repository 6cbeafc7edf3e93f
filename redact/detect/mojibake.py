"""Mojibake: UTF-8 that a program showed in a legacy charset, a stretch of a log or a pasted
message in text that is otherwise right, read back as the letters it was. Windows-1252
turns "Françoise" into "FranÃ§oise" and "Иван" into "Ð˜Ð²Ð°Ð½"; Windows-1251, the
Russian default of Windows and of old sites, turns "Мария" into "РњР°СЂРёСЏ" and "Jäntsch"
into "JГ¤ntsch". A whole text of mojibake is repaired on reading (``redact.text_io``); this
reads the stretches inside right text, each letter from the characters of its own bytes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy-" codecs: every byte a character)

from redact.detect.escapes import Edit, decode_bytes, reads_as_words

__all__ = ["mojibake"]

_SLOPPY = "sloppy-windows-1252"
_FOLLOW = "[" + re.escape(bytes(range(0x80, 0xC0)).decode(_SLOPPY)) + "]"
# A lead character and as many continuation characters as its byte asks for are the bytes
# of one character.
_MOJIBAKE = re.compile(f"[\u00c2-\u00df]{_FOLLOW}|[\u00e0-\u00ef]{_FOLLOW}{{2}}"
                       f"|[\u00f0-\u00f4]{_FOLLOW}{{3}}")
# In Windows-1251 the lead bytes of two-byte characters are capital Cyrillic letters and
# the continuation bytes are letters and signs of Russian text too ("Ё", "ё", "«", "—"):
# a run so made is mojibake where it spells words, of Cyrillic letters two at least ("С»"
# in "«ТАСС»", "Рё" in "Рёбра" are not), or an accented Latin letter glued to ASCII ones.
_SLOPPY_1251 = "sloppy-windows-1251"
_LEAD_1251 = re.escape(bytes(range(0xC2, 0xE0)).decode(_SLOPPY_1251))
_FOLLOW_1251 = re.escape(bytes(range(0x80, 0xC0)).decode(_SLOPPY_1251))
_MOJIBAKE_1251 = re.compile(f"(?:[{_LEAD_1251}][{_FOLLOW_1251}])++")
_CYRILLIC = re.compile("[\u0400-\u045f]+")
_LATIN = re.compile("[\u00c0-\u017f]+")
_BEFORE = re.compile(r"[^\W\d_]+\Z")
_AFTER = re.compile(r"[^\W\d_]+")


def mojibake(text: str) -> Iterator[Edit]:
    """Each letter's bytes that a Windows-1252 or a Windows-1251 reading turned into two to
    four characters, read as the letter they are (a sign so garbled, "â€™" for "’", names
    nothing)."""
    if text.isascii():
        return
    edits: list[Edit] = []
    for m in _MOJIBAKE.finditer(text):
        chars = decode_bytes([(b, m.start(), m.end()) for b in m.group().encode(_SLOPPY)], "utf-8")
        if chars and chars[0][0].isalpha():
            edits.append((m.start(), m.end(), chars[0][0]))
    taken = {i for start, end, _ in edits for i in range(start, end)}
    for m in _MOJIBAKE_1251.finditer(text):
        if taken.intersection(range(m.start(), m.end())):
            continue
        data = [(b, m.start() + i, m.start() + i + 1)
                for i, b in enumerate(m.group().encode(_SLOPPY_1251))]
        chars = decode_bytes(data, "utf-8")
        read = "".join(c for c, _, _ in chars)
        if chars and (_CYRILLIC.fullmatch(read) and len(read) > 1 and reads_as_words(read)
                      or _LATIN.fullmatch(read) and _glued_word(text, m.start(), m.end(), read)):
            edits += [(start, end, ch) for ch, start, end in chars]
    yield from sorted(edits)


def _glued_word(text: str, start: int, end: int, read: str) -> bool:
    """Accented letters read in the word of the letters glued to them ("J" + "ä" + "ntsch"),
    a word of Latin letters."""
    before = _BEFORE.search(text, max(0, start - 64), start)
    after = _AFTER.match(text, end, end + 64)
    return (before is not None or after is not None) and reads_as_words(
        (before.group() if before else "") + read + (after.group() if after else ""))
