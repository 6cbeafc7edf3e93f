"""Code points written as a notation, as a program or a person names a character by its
number instead of writing it: SQL's Unicode strings (PostgreSQL's and the standard's
``U&'Fran\\00E7ois'``, with ``\\+XXXXXX`` for six digits and another escape character after
``UESCAPE``; Oracle's ``UNISTR('\\041D\\0430')``), R printing what its locale cannot show
(``<U+041B><U+0430>``, ``Fr<U+00E9>d<U+00E9>ric``), Ruby's and Perl's several code points in one
brace (``\\u{41D 430 43D}``), the ``_xHHHH_`` of Office XML, and ``\\u00e9`` that lost its
backslash on the way (``Fru00e9du00e9ric``). The backslash, percent, entity and CSS escapes
of the other decoders (``redact.detect.escapes``), the digit escapes of
``redact.detect.byte_escapes`` (Haskell's decimal code points among them) and the bare
``U+0410 U+043D`` runs of ``redact.detect.hexruns`` are the rest of the family.

Each character is one edit of the notation it came from, so a finding covers whole
notations; a SQL string's prefix, quotes and ``UESCAPE`` clause go with its first and last
characters ("the log shows U&'Fran\\00E7ois Henry'" reads "the log shows François Henry"),
as a bytes literal's do. Oracle's ``UNISTR(...)`` is a call that returns a string: it
reads as that string in double quotes, a quoted value ("VALUES (UNISTR('...'))" reads
'VALUES ("...")'; a name bare after "VALUES (" or in single quotes, an apostrophe's mark in
English, a model reads less surely). A notation is read only where it is whole and
spells a character text holds (no control character); the looser one (a lost backslash)
only where the word it makes reads as one of a script names are written in.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from redact.detect.escapes import Edit, reads_as_words

__all__ = ["character", "code_points"]

# A SQL Unicode string: its prefix, the quoted body ('' is a quote inside it) and, for U&,
# the UESCAPE clause that names another escape character than the backslash
_SQL = re.compile(r"(?<![\w&])(?:[Uu]&(?P<q>['\"])(?P<body>(?:(?!(?P=q)).|(?P=q)(?P=q))*+)(?P=q)"
                  r"(?:[ \t]+UESCAPE[ \t]+'(?P<esc>[^'\s0-9A-Fa-f+\"])')?"
                  r"|UNISTR\([ \t]*'(?P<ubody>(?:[^'\n]|'')*+)'[ \t]*\))", re.IGNORECASE)
_R_POINT = re.compile(r"<U\+([0-9A-Fa-f]{4,8})>")
_BRACED = re.compile(r"(?<!\\)\\++[ux]\{([0-9A-Fa-f]{1,6}(?:[ \t]+[0-9A-Fa-f]{1,6})+)[ \t]*\}")
_POINT = re.compile(r"[0-9A-Fa-f]+")
_OFFICE = re.compile(r"_x([0-9A-Fa-f]{4})_")
# "\u00e9" without its backslash, in a word of letters and such units
_BARE_U = re.compile(r"u([0-9A-Fa-f]{4})")
_BARE_WORD = re.compile(r"(?<![\w\\])(?:u[0-9A-Fa-f]{4}|[^\W\d_])++(?!\w)")


def code_points(text: str) -> Iterator[Edit]:
    """Each notation of a code point, in order, as the character it names."""
    found: list[Iterator[Edit]] = []  # the notations' edits, the first over any overlap
    if "&'" in text or '&"' in text or "UNISTR" in text.upper():
        found.append(_sql_strings(text))
    if "U+" in text:
        found.append((m.start(), m.end(), ch) for m in _R_POINT.finditer(text)
                     if (ch := character(m.group(1))))
    if "{" in text and "\\" in text:
        found.append(_braced(text))
    if "_x" in text:
        found.append((m.start(), m.end(), ch) for m in _OFFICE.finditer(text)
                     if (ch := character(m.group(1))) and (ch.isalpha() or ch == " "))
    if "u0" in text or "u1" in text:
        found.append(_bare_units(text))
    yield from _first_over_overlaps(found)


def _first_over_overlaps(found: list[Iterator[Edit]]) -> list[Edit]:
    """The edits in order, one that overlaps an edit of an earlier notation dropped: a SQL
    string's "\\0413" is its escape, no Office XML or lost-backslash one."""
    taken: list[Edit] = []  # in order, disjoint
    starts: list[int] = []
    for edits in found:
        for edit in edits:
            i = bisect.bisect_right(starts, edit[0])
            if i and taken[i - 1][1] > edit[0] or i < len(taken) and taken[i][0] < edit[1]:
                continue
            taken.insert(i, edit)
            starts.insert(i, edit[0])
    return taken


def character(digits: str, base: int = 16) -> str:
    """The character of a code point, "" for none or one text does not hold."""
    point = int(digits, base)
    if point > 0x10FFFF or 0xD800 <= point <= 0xDFFF or point < 0x20 or 0x7F <= point < 0xA0:
        return ""
    return chr(point)


def _sql_strings(text: str) -> Iterator[Edit]:
    """A Unicode string's body read with its escapes; its prefix and opening quote go with
    the first character, its closing quote and clause with the last. A string with no
    escape in it is left as written."""
    for m in _SQL.finditer(text):
        body = "ubody" if m.group("ubody") is not None else "body"
        esc = m.group("esc") or "\\"
        chars = list(_sql_body(text, m.start(body), m.end(body), esc))
        if not any(end - start >= 5 for _, start, end in chars) or not all(c for c, _, _ in chars):
            continue  # no escape, or one of no character text holds
        if body == "ubody":  # the call's name and parentheses go with the quotes
            yield m.start(), m.start(body), '"'
            yield from ((start, end, ch) for ch, start, end in chars)
            yield m.end(body), m.end(), '"'
            continue
        chars[0] = (chars[0][0], m.start(), chars[0][2])
        chars[-1] = (chars[-1][0], chars[-1][1], m.end())
        yield from ((start, end, ch) for ch, start, end in chars)


def _sql_body(text: str, begin: int, end: int, esc: str) -> Iterator[tuple[str, int, int]]:
    """The characters of a body with their ranges: ``\\XXXX``, ``\\+XXXXXX``, a doubled
    escape character or quote as one, a surrogate pair's two escapes as one character."""
    at = begin
    pending: tuple[int, int] | None = None  # a high surrogate and where it began
    while at < end:
        c = text[at]
        if c == esc:
            run = at
            while run < end and text[run] == esc == "\\" and text[run + 1:run + 2] == "\\":
                run += 1  # a backslash escaped once more in a string that holds the SQL
            six = text[run + 1:run + 2] == "+"
            digits = text[run + 1 + six:run + 5 + 3 * six]
            if len(digits) == 4 + 2 * six and all(d in "0123456789abcdefABCDEF" for d in digits):
                stop = run + 5 + 3 * six
                point = int(digits, 16)
                if 0xD800 <= point < 0xDC00:
                    pending = (point, at)
                    at = stop
                    continue
                if 0xDC00 <= point < 0xE000 and pending is not None:
                    high, start = pending
                    pending = None
                    yield chr(0x10000 + ((high - 0xD800) << 10) + (point - 0xDC00)), start, stop
                    at = stop
                    continue
                yield character(digits), at, stop
                at = stop
                continue
            if text[at + 1:at + 2] == esc:
                yield esc, at, at + 2
                at += 2
                continue
        if c in "'\"" and text[at + 1:at + 2] == c:
            yield c, at, at + 2
            at += 2
            continue
        yield c, at, at + 1
        at += 1


def _braced(text: str) -> Iterator[Edit]:
    """Several code points in one brace (Ruby's ``\\u{41D 430}``): the brace's opening goes
    with the first, each space after a code point with it, the closing with the last."""
    for m in _BRACED.finditer(text):
        points = list(_POINT.finditer(m.group(1)))
        chars = [character(p.group()) for p in points]
        if not all(chars):
            continue
        base = m.start(1)
        for i, p in enumerate(points):
            start = m.start() if i == 0 else base + p.start()
            stop = base + points[i + 1].start() if i + 1 < len(points) else m.end()
            yield start, stop, chars[i]


def _bare_units(text: str) -> Iterator[Edit]:
    """``u00e9`` whose backslash was lost, where it names a letter beyond ASCII and the word
    it is glued into, a word of its own, reads as one once decoded ("Fru00e9du00e9ric";
    not a hash's "ab12u00e9cd")."""
    for word in _BARE_WORD.finditer(text):
        units = [(u.start(), u.end(), ch) for u in _BARE_U.finditer(word.group())
                 if (ch := character(u.group(1))) and ch.isalpha() and not ch.isascii()]
        if not units or (len(units) == 1 and units[0][:2] == (0, len(word.group()))):
            continue  # no letter named, or glued to nothing
        read = word.group()
        for start, end, ch in reversed(units):
            read = read[:start] + ch + read[end:]
        if reads_as_words(read):
            yield from ((word.start() + start, word.start() + end, ch) for start, end, ch in units)
