"""Characters written as their numbers in a program's own notation, read back as the text
they make. Every language has a way to name a character by its code where the editor or the
source file could not hold it, and people paste the source or the output as it is:

- an expression that joins strings and character codes with the language's operator:
  Visual Basic's ``"Th" & ChrW(233) & "odore"``, SQL's ``'Ren' || CHR(233)`` and
  ``N'Ren' + NCHAR(233)``, PowerShell's
  ``[char]1042 + [char]1072``, Python's ``chr(233)``, C#'s ``"Ren" + (char)233``, Pascal's
  and Delphi's codes glued to their strings with nothing between (``'Fran'#231'ois'``,
  ``#1045#1088#1084``, ``#$E9``); a spreadsheet's formula, its functions named in the
  sheet's language and its arguments apart by ";" where "," is the decimal sign
  (``=UNICHAR(1040)&UNICHAR(1085)``, ``=VERKETTEN(ZEICHEN(74);ZEICHEN(246))``,
  ``=СИМВОЛ(65)&СИМВОЛ(110)``), read with its "=" and its joining call;
- a list of numbers that a language prints for a string or a binary: Erlang's and Elixir's
  ``<<82,101,110,195,169>>`` (bytes of UTF-8), JavaScript's
  ``String.fromCharCode(1042, 1072)``, an array of code points or bytes, or the bytes of
  UTF-8 a log or a dump writes out in decimal (``208 152 208 183``), a debugger's or Go's
  bytes in brackets apart by spaces (``[65 110 100 114 195 169]``), Java's signed bytes
  (``[-48, -104, -48, -73]``).

So one grammar reads them all: a code is a function of a name that ends in "chr", "char",
"charcode" or "codepoint" applied to a number (decimal, ``&H`` or ``0x`` hex), a cast to a
character (``[char]N``, ``(char)N``) or Pascal's ``#N``; a run is codes and quoted strings
joined by an operator (``&``, ``+``, ``||``, ``.``, ``..``, a comma) or glued; a list is
numbers apart by commas in brackets. A run or a list is read only where what it spells reads
as words (``redact.detect.escapes.reads_as_words``): a VB line's
``Chr(13) & Chr(10)``, an issue's ``#1234#1235`` and a list of scores stay as written. Each
character is one edit: a code with its wrapper, a string's characters one by one; quotes,
operators and brackets go with the characters beside them, so a finding covers the notation
whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redact.detect.codepoints import character
from redact.detect.escapes import Edit, decode_bytes, reads_as_words, stretched

__all__ = ["char_codes"]

_NUMBER = r"(?:[0-9]{1,7}|&[Hh][0-9A-Fa-f]{1,6}|0[xX][0-9A-Fa-f]{1,6})"
# a code: a function named for characters ("ChrW", "CHR", "NCHAR", "mb_chr", "unichr",
# "UNICHAR", "ChrB$", JavaScript's "String.fromCharCode" and "fromCodePoint"), a cast (C#'s
# and Java's "(char)233", PowerShell's "[char]233"), Pascal's "#233" and "#$E9"
# (a spreadsheet's are named in its language: German, French, Spanish, Italian, Portuguese,
# Russian, Dutch and Polish CHAR and UNICHAR)
_SHEET_CODES = ("zeichen", "unizeichen", "car", "unicar", "caracter", "codice.caratt", "caratt.uni",
                "caract", "caractunicode", "символ", "юнисимв", "teken", "uniteken", "znak",
                "znak.unicode")
_CODE = (rf"(?:(?<![\w.])(?i:[a-z0-9_.]*(?:chr|char|charcode|codepoint)[wb]?\$?|{'|'.join(_SHEET_CODES)})"
         rf"\([ \t]*{_NUMBER}[ \t]*\)"
         rf"|(?i:\[char\]|\((?:char|wchar_t)\))[ \t]*{_NUMBER}|#[0-9]{{1,7}}|#\$[0-9A-Fa-f]{{1,6}})")
# a quoted string, its quotes escaped once in a JSON value or not; SQL's national strings
# (N'...') and Python 2's Unicode ones (u'...') carry a letter before the quote
_STRING = r"(?:(?<![\w'])[NnUu](?='))?(?:\\?\"[^\"\\\n]{0,80}\\?\"|'(?:[^'\n]|''){0,80}')"
# (";" parts a formula's arguments where "," is the decimal sign)
_JOIN = r"(?:[ \t]*(?:&|\+|\|\||\.\.?|,|;)[ \t]*)?"
# (a few strings before its first code: a run is read from there on, and a line of strings
# with no code costs each quote a few strings, not the rest of the line)
_RUN = re.compile(rf"(?:{_STRING}{_JOIN}){{0,4}}+{_CODE}(?:{_JOIN}(?:{_CODE}|{_STRING}))++")
_TOKEN = re.compile(rf"(?P<code>{_CODE})|(?P<string>{_STRING})")
_NUMBER_OF = re.compile(r"(?:&[Hh]|0[xX]|#\$)([0-9A-Fa-f]+)|([0-9]+)")
_CONTENT = re.compile(r"(?:[^'\"\\]|'')+")
# a list of numbers: Erlang's binary, or a call's or an array's brackets
_LIST = re.compile(r"(?:<<|(?<![\w)\]])\[|\{|(?:(?<![\w.])[A-Za-z_][\w.]*)?\()"
                   r"(?P<body>[ \t]*-?[0-9]{1,7}(?:[ \t]*,[ \t]*-?[0-9]{1,7}){3,}+)[ \t]*(?:>>|\]|\}|\))")
# or bytes of UTF-8 written out in decimal with no brackets ("208 152 208 183", a log's or a
# dump's), read only where a lead byte is followed by a continuation byte somewhere in the text
_BARE = re.compile(r"(?<![\w.,:/+-])(?P<body>[0-9]{1,3}(?:(?:,[ \t]?|[ \t])[0-9]{1,3}){3,}+)"
                   r"(?![\w.:/+-]|,[0-9])")
_LEAD = re.compile(r"(?:19[4-9]|2[0-3][0-9]|24[0-4])(?:,[ \t]?|[ \t])(?:12[89]|1[3-8][0-9]|19[01])(?![0-9])")
# or bytes in brackets apart by spaces, as Go prints a []byte and a debugger or a log an array
# ("[65 110 100 114 195 169]"): bytes only, read as UTF-8
_SPACED = re.compile(r"(?<![\w)\]])\[(?P<body>[ \t]*-?[0-9]{1,3}(?:[ \t]+-?[0-9]{1,3}){3,}+)[ \t]*\]")
_SPACED_TRIGGER = re.compile(r"\[[ \t]*-?[0-9]{1,3}[ \t]+-?[0-9]{1,3}[ \t]+-?[0-9]")
_ITEM = re.compile(r"-?[0-9]+")
# Java's and Kotlin's bytes are signed: "[-48, -112, ...]" is UTF-8's 208, 144
_SIGNED_BYTE = range(-128, 128)
# a spreadsheet formula the run is: its "=" glued to it, and a function that joins its codes
# ("=UNICHAR(1040)&UNICHAR(1082)", "=CONCATENATE(CHAR(72),CHAR(105))"), with that one's ")"
# (and in the spreadsheet's language: "VERKETTEN", "CONCATENER", "СЦЕПИТЬ", ...)
_SHEET_JOINS = ("concatenate", "concat", "verketten", "textkette", "concatener", "concatenar",
                "concatena", "сцепить", "сцеп", "tekst.samenvoegen", "złącz.teksty")
_FORMULA = re.compile(rf"(?:(?:^|(?<=[\s\"':>(]))=)?(?P<join>(?i:{'|'.join(_SHEET_JOINS)})\([ \t]*)?\Z")
_CLOSE = re.compile(r"[ \t]*\)")
_LEAD_REACH = 20
# what a text holds where it may hold a run or a list: a function's or a cast's name (looked
# for only where its letters are), Pascal's code beside a string or a code, a list's start
_NAMED = re.compile(rf"(?i:(?:chr|char|code|point)[wb]?\$?\(|\[char\]|\((?:char|wchar_t)\)|(?:{'|'.join(_SHEET_CODES)})\()")
_NAMES = ("chr", "char", "code", "point", "car", "zeichen", "символ", "юнисимв", "teken", "znak")
_TRIGGER = re.compile(r"#\$?[0-9A-F]+['#]|'#|<<[0-9]|[(\[{][ \t]*-?[0-9]{1,7}[ \t]*,[ \t]*-?[0-9]{1,7}[ \t]*,")
_MIN_ASCII = 6  # an ASCII list read as text: a full name at least ("Ana Li")


def char_codes(text: str) -> Iterator[Edit]:
    """Each run of codes and strings, and each list of numbers, that spells words, a
    character at a time."""
    codes = ("(" in text or "#" in text or "<" in text or "[" in text or "{" in text) and (
        _TRIGGER.search(text) is not None or _named(text))
    bare = _LEAD.search(text) is not None
    spaced = "[" in text and _SPACED_TRIGGER.search(text) is not None
    if not (codes or bare or spaced):
        return
    edits: list[Edit] = []
    for m in _RUN.finditer(text) if codes else ():
        chars = list(_run(text, m))
        read = "".join(c for c, _, _ in chars)
        if chars and all(c for c, _, _ in chars) and reads_as_words(read):
            edits += stretched(chars, *_formula(text, m.start(), m.end()))
    lists = [*(_LIST.finditer(text) if codes else ()), *(_SPACED.finditer(text) if spaced else ()),
             *(_BARE.finditer(text) if bare else ())]
    for m in lists:
        if not any(a < m.end() and m.start() < b for a, b, _ in edits):
            edits += _list(m)
    yield from sorted(edits)


def _formula(text: str, begin: int, end: int) -> tuple[int, int]:
    """The run's bounds with the formula around it: its "=" and a joining function's call."""
    lead = _FORMULA.search(text, max(0, begin - _LEAD_REACH), begin)
    assert lead is not None  # (it may be empty)
    if lead.group("join"):
        close = _CLOSE.match(text, end)
        if close is None:
            return begin, end
        end = close.end()
    return lead.start(), end


def _named(text: str) -> bool:
    """Whether a function or a cast named for characters is in the text."""
    low = text.lower()
    return any(n in low for n in _NAMES) and _NAMED.search(text) is not None


def _run(text: str, m: re.Match[str]) -> Iterator[tuple[str, int, int]]:
    """The characters of a run: a code's one, a string's each (a doubled quote as one)."""
    for t in _TOKEN.finditer(text, m.start(), m.end()):
        if t.group("code"):
            n = _NUMBER_OF.search(t.group(), t.group().find("(") + 1)  # not a name's ("utf8.char")
            assert n is not None  # a code holds its number
            yield character(n.group(1) or n.group(2), 16 if n.group(1) else 10), t.start(), t.end()
            continue
        quoted = t.group().lstrip("NnUu")
        for c in _CONTENT.finditer(quoted):
            at = t.end() - len(quoted) + c.start()
            i = 0
            while i < len(c.group()):
                two = c.group()[i:i + 2] == "''"
                yield "'" if two else c.group()[i], at + i, at + i + 1 + two
                i += 1 + two


def _list(m: re.Match[str]) -> list[Edit]:
    """A list of numbers read as the bytes of UTF-8 it holds (signed, as Java prints them, or
    not), or else as code points, where it spells words: a name with a letter beyond ASCII,
    or an Erlang binary, or a full name written in ASCII (not a list of scores:
    "[100, 105, 110, 115]")."""
    items = [(int(i.group()), i.start(), i.end())
             for i in _ITEM.finditer(m.string, m.start("body"), m.end("body"))]
    signed = any(v < 0 for v, _, _ in items)
    if signed:
        ok = all(v in _SIGNED_BYTE for v, _, _ in items)
        chars = decode_bytes([(v & 0xFF, lo, hi) for v, lo, hi in items], "utf-8") if ok else []
    else:
        chars = decode_bytes(items, "utf-8") if all(v < 256 for v, _, _ in items) else []
    if not chars and m.re is _LIST and not signed:  # bare numbers are bytes only
        chars = [(character(str(v), 10), lo, hi) for v, lo, hi in items]
    read = "".join(c for c, _, _ in chars)
    if not chars or not all(c for c, _, _ in chars) or not reads_as_words(read):
        return []
    if read.isascii() and (m.re is _BARE or not m.group().startswith("<<") and not (
            len(read) >= _MIN_ASCII and " " in read.strip() and not read.islower())):
        return []
    return list(stretched(chars, m.start(), m.end()))
