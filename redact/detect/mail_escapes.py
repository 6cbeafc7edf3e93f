"""A mail's own escapes, each character read back with the original range it came from:
header fields' encoded words (RFC 2047, with RFC 2231's language:
``From: =?UTF-8?Q?Laurent_Pr=C3=A9vost?=``) and bodies' quoted-printable (``Ren=E9e``, soft
line breaks where the encoder wrapped a line). Bytes are read in the charset a word names,
UTF-8 for a body, a legacy charset's letters inside a word (``redact.detect.escapes``).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

from redact.detect.escapes import Edit, decode_bytes, legacy, readable, stretched

__all__ = ["mail_escapes"]

# An encoded word (RFC 2047, with RFC 2231's language): =?charset?Q|B?text?=
_ENCODED_WORD = re.compile(r"=\?([A-Za-z0-9!#$%&'+^_`{}~.-]+)(?:\*[A-Za-z0-9-]+)?\?([QqBb])\?"
                           r"([!->@-~]*)\?=")
_QP_BYTE = re.compile(r"=([0-9A-Fa-f]{2})")
# Quoted-printable as a body carries it: escapes in capitals, a soft line break ("=" at the
# end of a line) where the encoder wrapped a line. Lowercase hex is no encoder's output.
_QP_RUN = re.compile(r"(?:=[0-9A-F]{2}|=\r?\n)+")
_NOT_READ = "\n\r\u200b\u200c\u200d\u2060\ufeff\u00ad"  # line ends, and what the view drops


def mail_escapes(text: str) -> Iterator[Edit]:
    """Encoded words, then quoted-printable runs outside them, in order."""
    if "=" not in text:
        return
    edits: list[Edit] = []
    if "=?" in text and "?=" in text:
        edits += _encoded_words(text)
    if _QP_RUN.search(text):
        taken = [(a, b) for a, b, _ in edits]
        edits += _quoted_printable(text, taken)
    yield from sorted(edits)


def _encoded_words(text: str) -> Iterator[Edit]:
    """Each run of adjacent encoded words of one charset, decoded together (a character's
    bytes may be split between two words); the whitespace between them is not text."""
    words = list(_ENCODED_WORD.finditer(text))
    i = 0
    while i < len(words):
        j = i + 1
        charset = words[i].group(1).lower()
        while (j < len(words) and words[j].group(1).lower() == charset
               and text[words[j - 1].end():words[j].start()].strip() == ""):
            j += 1
        yield from _encoded_run(text, words[i:j], charset)
        i = j


def _encoded_run(text: str, words: list[re.Match[str]], charset: str) -> Iterator[Edit]:
    data: list[tuple[int, int, int]] = []  # each byte, with the original range it came from
    for w in words:
        at = w.start(3)
        payload = w.group(3)
        if w.group(2) in "Qq":
            pos = 0
            while pos < len(payload):
                m = _QP_BYTE.match(payload, pos)
                if m is not None:
                    data.append((int(m.group(1), 16), at + pos, at + m.end()))
                    pos = m.end()
                else:
                    data.append((0x20 if payload[pos] == "_" else ord(payload[pos]),
                                 at + pos, at + pos + 1))
                    pos += 1
        else:
            data += _base64_bytes(payload, at)
    chars = decode_bytes(data, charset)
    if chars and readable(chars):
        yield from stretched(chars, words[0].start(), words[-1].end())


def _base64_bytes(payload: str, at: int) -> list[tuple[int, int, int]]:
    """The bytes of a B-encoded word's text: each group of four characters gives three."""
    out = []
    for pos in range(0, len(payload), 4):
        quad = payload[pos:pos + 4]
        try:
            got = base64.b64decode(quad + "=" * (-len(quad) % 4), validate=True)
        except (binascii.Error, ValueError):
            return []
        out += [(b, at + pos, at + pos + len(quad)) for b in got]
    return out


def _quoted_printable(text: str, taken: list[tuple[int, int]]) -> Iterator[Edit]:
    """Runs of quoted-printable escapes that spell UTF-8 text with a letter beyond ASCII,
    or a legacy charset's letters inside a word ("Ren=E9e"; a lone "=3D" or "x=FF" in code
    or config is neither); once a text shows such a run, its other runs and soft line
    breaks are read as quoted-printable too."""
    # (a soft line break alone takes the character before it: that one is outside them too)
    runs = [m for m in _QP_RUN.finditer(text)
            if not any(a < m.end() and m.start() - 1 < b for a, b in taken)]
    decoded: list[tuple[re.Match[str], list[tuple[str, int, int]]]] = []
    for m in runs:
        data = [(int(b.group(1), 16), b.start(), b.end()) for b in _QP_BYTE.finditer(m.group())]
        data = [(v, m.start() + a, m.start() + b) for v, a, b in data]
        chars = decode_bytes(data, "utf-8")
        if not chars and _in_word(text, m.start(), m.end()):
            chars = legacy(data)
        decoded.append((m, chars if readable(chars) else []))
    if not any(chars and not "".join(c for c, _, _ in chars).isascii() for _, chars in decoded):
        return
    free = 0  # where the characters no edit of these runs has taken begin
    for m, chars in decoded:
        if chars:
            yield from stretched(chars, m.start(), m.end())
            free = m.end()
        elif _QP_BYTE.search(m.group()) is None:
            # soft line breaks alone: they belong to the character before them, or after
            # them where that one is an invisible the view drops, a line's end or a
            # character an earlier soft line break took ("=\na=\na")
            if m.start() > free and text[m.start() - 1] not in _NOT_READ:
                yield m.start() - 1, m.end(), text[m.start() - 1]
                free = m.end()
            elif m.end() < len(text) and text[m.end()] not in _NOT_READ:
                yield m.start(), m.end() + 1, text[m.end()]
                free = m.end() + 1


def _in_word(text: str, start: int, end: int) -> bool:
    """A run between two letters: letters of a word written in a legacy charset
    ("Ren=E9e"), not a value in code or config ("x=FF", "z=C3", "color=FF0000")."""
    return text[start - 1:start].isalpha() and text[end:end + 1].isalpha()
