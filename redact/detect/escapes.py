"""Escapes that programs write text in, each character read back with the original range it
came from: the backslash escapes of JSON, JavaScript, Python, C, Perl, RTF, groff and LDAP
(``\\u00e4``, ``\\xd0\\x98``, ``\\x{e4}``, ``\\u1048?``, ``\\[u00E8]``,
``\\c3\\a7``, a shell's escaped space), and percent escapes (bytes, and JavaScript's
``escape()``: ``%u0416``); and what the other decoders share (a mail's own escapes are
``redact.detect.mail_escapes``).

People paste these as a program printed them: ``From: =?UTF-8?Q?Laurent_Pr=C3=A9vost?=``,
``"display_name": "Magnus Z\\u00e4nker"``, a JSON log escaped twice (``\\\\u0412...``),
``b'\\xd0\\x98\\xd0\\xb2\\xd0\\xb0\\xd0\\xbd'``. Bytes go through the standard library's
decoders (``base64``, ``codecs``) in the charset the escape names, UTF-8 where it names
none; bytes that are not UTF-8 are read in the legacy charset that wrote them where
each one is its letter (Windows-1252: ``Am%E9lie``, ``Z\\xe4nker``, ``Ren=E9e``; Windows-1251
for a word of Cyrillic: ``%C2%E0%F1%FF``). Each decoder yields one edit per character (or
per group of characters that come from the same bytes), so a finding inside an escaped run
maps back to the escapes of its own characters; the markers around a run (``=?UTF-8?Q?``
and ``?=``, the whitespace between adjacent encoded words, a soft line break) belong to
the characters beside them. A text without a decoder's marker costs it one substring test.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator

__all__ = ["Edit", "PERCENT_RUN", "backslash_escapes", "percent_escapes",
           "decode_bytes", "legacy", "readable", "stretched", "spliced", "reads_as_words"]

Edit = tuple[int, int, str]  # original [start, end) and what the view reads there
# a decoded character and the original range of the bytes or escapes it came from
_Char = tuple[str, int, int]

# Backslash escapes, behind one backslash or several (a JSON string inside a JSON string;
# a run of backslashes is read once, from its first):
# RTF's \uN? (a signed decimal UTF-16 unit, then the fallback "?" for readers without
# Unicode; written without leading zeros, unlike JSON's \u0431), \uXXXX, and \UXXXX as
# Objective-C's and Swift's consoles and Apple's property lists print a UTF-16 unit
# ("B\U00e4hr", "\U0410\U043d": four digits where eight make no code point); a code point in
# braces, as JavaScript, Rust and Swift write it (\u{X...}) and Perl and PCRE (\x{X...}),
# groff's and mandoc's \[uXXXX] (four to six capital hex digits: "Mend\[u00E8]s" in a man
# page's source), or named (Perl's \N{U+X...}, Python's \N{LATIN SMALL LETTER E WITH
# ACUTE}); \UXXXXXXXX,
# \xXX and RTF's \'XX (a byte of the document's code page: "Agn\'e8s", "\'c8\'e2\'e0\'ed"),
# and a bare pair of hex digits: a byte as an LDAP
# distinguished name escapes it (RFC 4514: "CN=Fran\c3\a7oise Blin"), read only where
# such bytes spell characters beyond ASCII ("\d0" of a regular expression spells none).
# (Digits alone, octal or decimal, are ``redact.detect.byte_escapes``'.)
_BACKSLASH = re.compile(r"(?<!\\)\\++(?:u(-?[1-9][0-9]{0,4})\?"
                        r"|(?:u|U(?!(?:000[0-9A-Fa-f]|0010)[0-9A-Fa-f]{4}))([0-9A-Fa-f]{4})"
                        r"|[ux]\{([0-9A-Fa-f]{1,6})\}|\[u([0-9A-F]{4,6})\]"
                        r"|N\{(?:U\+([0-9A-Fa-f]{1,6})|([A-Z][A-Z0-9 -]{1,87}))\}"
                        r"|U([0-9A-Fa-f]{8})|[x']([0-9A-Fa-f]{2})|([0-9A-Fa-f]{2}))")
# A Python bytes literal as ``print`` shows it: b'Bl\xc3\xbcmel'. Its body is its bytes; its
# prefix and quotes are no part of the text ("gave b'Dino" is not a word "b'Dino").
_BYTES_LITERAL = re.compile(r"(?<![\w'\"])b(['\"])(?=[^'\"\n]*?\\+x[0-9A-Fa-f]{2})"
                            r"((?:[^'\"\\\n]|\\+[^\n])*+)\1")
# a space escaped for a shell between two words ("scp Lena\\ Fischer.pdf"), not after a
# TeX command's name
_SHELL_SPACE = re.compile(r"(?<=[^\W\d_])\\ (?=[^\W\d_])")
_TEX_WORD = re.compile(r"\\[^\W\d_]+$")  # TeX's control space after a command ("\\LaTeX\\ is")
# Percent escapes, a run at a time (a character may take several bytes): bytes ("%C3%A9", or
# a legacy charset's "%E9"), and the UTF-16 units of JavaScript's escape() ("%u0416"), which
# writes the characters below U+0100 as "%XX" of their code point ("%u0416%20%u041A").
PERCENT_RUN = re.compile(r"(?:%u[0-9A-Fa-f]{4}|%[0-9A-Fa-f]{2})+")
_PERCENT = re.compile(r"%(?:u([0-9A-Fa-f]{4})|([0-9A-Fa-f]{2}))")
_LETTERS = re.compile(r"[^\W\d_]+")
# what text holds beside letters: spaces, digits, a sentence's and a name's punctuation
_BESIDE_WORDS = frozenset(" 0123456789-'\u2019.,!?:;()/@+\"&")


def backslash_escapes(text: str) -> Iterator[Edit]:
    """Runs of backslash escapes, each read as the characters it spells, and the
    delimiters of bytes literals as spaces."""
    if "\\" not in text:
        return
    edits: list[Edit] = []
    run: list[re.Match[str]] = []
    for m in _BACKSLASH.finditer(text):
        if run and m.start() != run[-1].end():
            edits += _backslash_run(run, text)
            run = []
        run.append(m)
    if run:
        edits += _backslash_run(run, text)
    if edits and ("b'" in text or 'b"' in text):
        edits = _bytes_literals(text, edits)
    if "\\ " in text:
        edits = sorted(edits + [(m.start(), m.end(), " ") for m in _SHELL_SPACE.finditer(text)
                                if not _TEX_WORD.search(text, max(0, m.start() - 40), m.start())])
    yield from edits


def _bytes_literals(text: str, edits: list[Edit]) -> list[Edit]:
    """A bytes literal read as its body: its prefix and opening quote go with the body's
    first character, its closing quote with the last, so the view reads "gave Dino
    Blümel" and a finding of the body covers the literal whole."""
    by_start = {e[0]: e for e in edits}
    by_end = {e[1]: e for e in edits}
    for m in _BYTES_LITERAL.finditer(text):
        begin, end = m.start(2), m.end(2)
        first = by_start.pop(begin, None) or (begin, begin + 1, text[begin])
        by_end.pop(first[1], None)
        first = (m.start(), first[1], first[2])
        if first[1] == end:  # the body is one character
            first = (first[0], m.end(), first[2])
        else:
            last = by_end.pop(end, None) or (end - 1, end, text[end - 1])
            by_start.pop(last[0], None)
            by_end[m.end()] = (last[0], m.end(), last[2])
            by_start[last[0]] = by_end[m.end()]
        by_start[first[0]] = first
        by_end[first[1]] = first
    return sorted(set(by_start.values()))


# -- backslashes --------------------------------------------------------------------------

def _backslash_run(run: list[re.Match[str]], text: str) -> Iterator[Edit]:
    """Code units (\\u, with surrogate pairs joined) and code points as they are; bytes
    (\\x, a bare hex pair) as UTF-8 when they spell it, else \\x as a legacy
    charset's letters (a Python ``repr`` of ``str``, a bytes literal of Windows-1251).
    Escapes that spell control characters (a regular expression's ``[\\x00-\\x1f]``) or
    only ASCII bytes stay as written."""
    pending: list[tuple[int, int, int]] = []  # bytes of \x and hex pair escapes
    pair_bytes = False
    units: list[tuple[int, int, int]] = []  # UTF-16 code units of \u escapes
    out: list[_Char] = []

    def flush() -> None:
        nonlocal pair_bytes
        if pending:
            alone = _alone(text, pending[0][1], pending[-1][2])
            out.extend(_bytes_read(pending, latin=not pair_bytes, alone=alone))
            pending.clear()
            pair_bytes = False
        if units:
            out.extend(_as_bytes(units) or _units_read(units))
            units.clear()

    rtf_bytes = sum("'" in m.group() for m in run)
    for m in run:
        rtf, u, braced, groff, plus, named, big, x, pair = m.groups()
        if rtf is not None and not -0x8000 <= int(rtf) <= 0xFFFF:
            continue  # no 16-bit number
        if rtf_bytes == 1 and x is not None and x.isalpha() and "'" in m.group():
            continue  # TeX's acute accent on a letter ("Ren\\'ee"), not RTF's byte
        if x is not None or pair is not None:
            if units:
                flush()
            pending.append((int(x or pair, 16), m.start(), m.end()))
            pair_bytes = pair_bytes or x is None
            continue
        if pending:
            flush()
        if rtf is not None or u is not None:  # RTF writes a UTF-16 unit as a signed number
            unit = int(rtf) % 0x10000 if rtf is not None else int(u, 16)
            units.append((unit, m.start(), m.end()))
            continue
        flush()
        if named is not None:
            try:
                out.append((unicodedata.lookup(named), m.start(), m.end()))
            except KeyError:  # no character's name
                pass
            continue
        point = int(braced or groff or plus or big, 16)
        if point <= 0x10FFFF and not 0xD800 <= point <= 0xDFFF:
            out.append((chr(point), m.start(), m.end()))
    flush()
    for ch, start, end in out:
        if readable([(ch, start, end)]):
            yield start, end, ch


def _as_bytes(units: list[tuple[int, int, int]]) -> list[_Char]:
    """Code units below U+0100 that are the bytes of UTF-8 text, each byte written as a code
    point: what a program that read UTF-8 as Latin-1 escaped (Facebook's and Instagram's
    "Download your information" JSON writes "\\u00d0\\u0092" for "В"). No one writes "Ð"
    followed by a C1 control, or "Ã©" for "é", on purpose; [] where the units are no such
    bytes."""
    if any(u > 0xFF for u, _, _ in units) or all(u < 0x80 for u, _, _ in units):
        return []
    return decode_bytes(units, "utf-8")


def _units_read(units: list[tuple[int, int, int]]) -> Iterator[_Char]:
    i = 0
    while i < len(units):
        unit, start, end = units[i]
        if 0xD800 <= unit < 0xDC00 and i + 1 < len(units) and 0xDC00 <= units[i + 1][0] < 0xE000:
            low, _, end = units[i + 1]
            yield chr(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)), start, end
            i += 2
            continue
        yield chr(unit), start, end  # a lone surrogate is dropped by the caller
        i += 1


def _bytes_read(data: list[tuple[int, int, int]], *, latin: bool,
                alone: bool = False) -> list[_Char]:
    """Bytes beyond ASCII as the UTF-8 they spell; else, for \\x escapes (``latin``), as
    the legacy letters they are ("Z\\xe4nker": a ``repr`` of ``str`` writes Latin-1's)."""
    if all(b < 0x80 for b, _, _ in data):
        return []
    chars = decode_bytes(data, "utf-8")
    return chars if chars or not latin else legacy(data, alone=alone)


# -- percent ------------------------------------------------------------------------------

def percent_escapes(text: str) -> Iterator[Edit]:
    """Each character of a run of percent escapes, with the escapes it came from: a run
    with ``%u`` as JavaScript's ``escape()`` wrote it, else bytes as UTF-8, or as a legacy
    charset's letters where they are not UTF-8 and no digit stands before the run ("100%AB"
    is a percentage and letters)."""
    if "%" not in text:
        return
    for m in PERCENT_RUN.finditer(text):
        at = m.start()
        escapes = [(e.group(1), int(e.group(1) or e.group(2), 16), at + e.start(), at + e.end())
                   for e in _PERCENT.finditer(m.group())]
        if any(unit for unit, _, _, _ in escapes):
            chars = list(_units_read([(v, a, b) for _, v, a, b in escapes]))
        else:
            data = [(v, a, b) for _, v, a, b in escapes]
            chars = decode_bytes(data, "utf-8")
            if not chars and not text[at - 1:at].isdigit():
                chars = legacy(data, alone=_alone(text, at, m.end()))
        if readable(chars):
            yield from ((start, end, ch) for ch, start, end in chars)


# -- shared -------------------------------------------------------------------------------

def decode_bytes(data: list[tuple[int, int, int]], charset: str) -> list[_Char]:
    """The characters that bytes spell in ``charset``, each with the original range of its
    bytes; [] when the charset is unknown or the bytes do not spell text in it."""
    try:
        b"a".decode(charset, "ignore")  # a text encoding: "base64" and "rot13" are codecs too
        decoder = codecs.getincrementaldecoder(charset)("strict")
    except (LookupError, ValueError):
        return []
    out: list[_Char] = []
    start = None
    try:
        for value, lo, hi in data:
            start = lo if start is None else start
            got = decoder.decode(bytes((value,)))
            if got:
                out.append((got, start, hi))
                start = None
        if decoder.decode(b"", final=True) or start is not None:
            return []
    except ValueError:  # UnicodeDecodeError, or another codec's own complaint
        return []
    return out


def legacy(data: list[tuple[int, int, int]], *, alone: bool = False) -> list[_Char]:
    """Bytes that are not UTF-8 as a legacy charset wrote them, when each one beyond ASCII
    is a letter of it; [] for ASCII alone. Two or more such bytes with no ASCII letter glued
    to them (``alone``) are first read as Windows-1251, the Cyrillic of old Russian sites
    and programs ("%C2%E0%F1%FF" is "Вася"); else Windows-1252, Latin-1's letters and more
    ("Am%E9lie", one accented letter among ASCII ones), but "ÿ": 0xFF is the byte of binary
    data and of masks ("%FF%D8", "=FF") far more often than a letter of a name."""
    high = sum(b >= 0x80 for b, _, _ in data)
    if not high:
        return []
    for charset in ("cp1251", "cp1252") if alone and high > 1 else ("cp1252",):
        out = [(bytes((b,)).decode(charset, "replace"), start, end) for b, start, end in data]
        if all(b < 0x80 or ch.isalpha() and (charset == "cp1251" or b != 0xFF)
               for (b, _, _), (ch, _, _) in zip(data, out)) and (
                charset != "cp1251" or _cased("".join(ch for ch, _, _ in out))):
            return out
    return []


def _cased(text: str) -> bool:
    """Words written as words are: in capitals, in lowercase or capitalised ("Вася",
    "ВАСЯ"; not "яШя", bytes of binary data that happen to be letters)."""
    return all(w.isupper() or w[1:].islower() or len(w) < 2 for w in _LETTERS.findall(text))


def _alone(text: str, start: int, end: int) -> bool:
    """No ASCII letter glued to ``text[start:end]`` on either side."""
    return not (text[start - 1:start].isascii() and text[start - 1:start].isalpha()
                or text[end:end + 1].isascii() and text[end:end + 1].isalpha())


def readable(chars: list[_Char]) -> bool:
    """No control character (but line breaks and tabs) and no lone surrogate."""
    return all(unicodedata.category(c) not in ("Cc", "Cs") or c in "\t\n\r"
               for ch, _, _ in chars for c in ch)


def stretched(chars: list[_Char], begin: int, end: int) -> Iterator[Edit]:
    """Edits that cover [begin, end) whole: characters whose bytes begin in the same place
    (three letters of one group of base64) are one edit, and what lies between two
    characters' ranges (a word's markers, the space between words, a soft line break) goes
    with the one before."""
    groups: list[_Char] = []
    for ch, start, stop in chars:
        if groups and start <= groups[-1][1]:
            groups[-1] = (groups[-1][0] + ch, groups[-1][1], stop)
        else:
            groups.append((ch, start, stop))
    for i, (ch, start, _) in enumerate(groups):
        yield (begin if i == 0 else start,
               groups[i + 1][1] if i + 1 < len(groups) else end, ch)


def spliced(text: str, start: int, edits: list[Edit]) -> str:
    """``text`` (which begins at ``start``) with ``edits`` made (in order, disjoint)."""
    parts, at = [], start
    for lo, hi, ch in edits:
        parts += [text[at - start:lo - start], ch]
        at = hi
    return "".join(parts) + text[at - start:]


def reads_as_words(text: str) -> bool:
    """Bytes or code points decoded where nothing marks them as text (a hex run, a garbled
    stretch) spell words: printable, three letters or more, of one script names are written
    in (Latin, Cyrillic, Greek), making up most of the text beside a sentence's punctuation,
    each word cased as words are ("MARIA", "maria", "Maria", "McKenzie"; not "mAriA")."""
    if not text.isprintable():
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3 or 4 * len(letters) < 3 * sum(not c.isspace() for c in text):
        return False
    if any(not (c.isalpha() or c in _BESIDE_WORDS or unicodedata.category(c).startswith("M"))
           for c in text):
        return False
    scripts = {unicodedata.name(c, "").split(" ")[0] for c in letters}
    return len(scripts) == 1 and scripts <= {"LATIN", "CYRILLIC", "GREEK"} and all(
        len(w) < 2 or w.isupper() or w[1:].islower()
        or w[0].isupper() and w[1].islower() and sum(c.isupper() for c in w[2:]) == 1
        for w in _LETTERS.findall(text))
