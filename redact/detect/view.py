"""The decoded view of a segment that detection reads, and the way back to its characters.

People paste values the way a machine escaped them: a name percent-encoded in a query
string (``?name=Lena%20Fischer``), ``+`` for spaces in form data, HTML entities
(``lena&#64;example.org``), a mail header's encoded words, quoted-printable, backslash
escapes of JSON, Python, Perl or C (``redact.detect.escapes``), a code point by its number
(SQL's ``U&'Fran\\00E7ois'``, R's ``<U+00E9>``: ``redact.detect.codepoints``), character codes
joined to strings or listed as a language writes them (Visual Basic's ``"Th" & ChrW(233)``,
Pascal's ``'Fran'#231'ois'``, Erlang's ``<<82,101,...>>``: ``redact.detect.charcodes``), TeX's accents
(``redact.detect.tex``), CSS escapes, UTF-7 and IMAP's folder names, SMTP's xtext
(``Ren+C3+A9e``: ``redact.detect.xtext``), a code inside a script's string interpolation
(``"F$([char]0x00F6)rster"``: ``redact.detect.interpolations``), a host's punycode labels,
SQL's hex literals (``CONVERT(X'526F7361' USING utf8mb4)``: ``redact.detect.sql_hex``),
text written out as hex, base32, base64 or Ascii85 (``redact.detect.hexruns``,
``redact.detect.base32text``, ``redact.detect.base64text``,
``redact.detect.ascii85text``), fullwidth
letters, a Cyrillic "а" inside a Latin word, a zero-width space or soft hyphen inside a
word, text in NFD, a reply quoted with
">" before every line (or a bar, or the "???" a bullet became when its encoding was lost).
No rule or model reads those as the value they are, and one rule per writing would never
end. So each segment is
decoded once, with the standard library's own decoders (``html``, ``unicodedata``,
``base64``, ``codecs``), into a view that keeps, for every character, the
range of original characters it came from. Detection runs on the view; each finding maps
back to whole original characters, so a finding that covers part of an escape sequence
covers all of it, and everything outside the findings stays byte for byte.

A segment with nothing to decode (nearly all of them) is its own view at the cost of a
few substring tests.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from redact.detect.ascii85text import ascii85_runs
from redact.detect.base32text import base32_runs
from redact.detect.base64text import base64_runs
from redact.detect.byte_escapes import byte_escapes
from redact.detect.charcodes import char_codes
from redact.detect.codepoints import code_points
from redact.detect.css_escapes import css_escapes
from redact.detect.escapes import PERCENT_RUN, Edit, backslash_escapes, percent_escapes
from redact.detect.extparams import extended_parameters
from redact.detect.hexruns import bytea_runs, hex_runs
from redact.detect.homoglyphs import homoglyphs
from redact.detect.interpolations import interpolated_codes
from redact.detect.json_escapes import json_escapes
from redact.detect.mail_escapes import mail_escapes
from redact.detect.mojibake import mojibake
from redact.detect.pdf_strings import pdf_strings
from redact.detect.prefixed import prefixed_bytes
from redact.detect.punycode_hosts import punycode_hosts
from redact.detect.registry_hex import registry_values
from redact.detect.sql_hex import sql_hex
from redact.detect.tex import tex_accents
from redact.detect.utf7 import utf7_runs
from redact.detect.xtext import xtext_runs

__all__ = ["View", "view", "value_of"]

# HTML character references, named or numeric, with their semicolon: "&" in prose ("Q&A",
# "AT&T", "R&D") is never one.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
# the tags of running text, which style words and never part them: bare, they read as nothing
# ("reads <i>Francisco Aguilar</i>" reads "reads Francisco Aguilar")
_INLINE = re.compile(r"</?(?:abbr|b|bdi|big|cite|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|"
                     r"strike|strong|sub|sup|tt|u|var)>", re.IGNORECASE)
# the "=" before a quoted value, after a name or a quoted name (a .reg file's "Owner"="...")
_ATTRIBUTE = re.compile(r"(?:(?<=[\w-])|(?<=[\w-][\"']))=(?=[\"'][^\W\d_])")
# Form data (a query string, a form body of key=value pairs joined by "&", or a part of
# one quoted from its "&": "ends in &name=Lena+Fischer"): the one
# place "+" means a space. A value's leading "+" is a plus sign ("phone=+44..."). A run
# that stops at "=" or "&" is something else (base64 padding: "sig=ab+c==").
_PAIR = r"[\w.\-\[\]%]++=[^\s&#<>\"'=]*+"
_FORM = re.compile(rf"(?<![^\s\"'(<>?&]){_PAIR}(?:&{_PAIR})*+(?![=&])")
_VALUE_PLUS = re.compile(r"(?<=[^=&])\+")
_SEPARATOR = re.compile("[=&]")  # values hold neither
# A lone pair is form data when its value is words joined by "+" ("name=Lena+Fischer"),
# not a sum or a base64 secret.
_WORDS = re.compile(r"[^=]*=[^\W\d_][^\W\d_'.-]*(?:\+[^\W\d_][^\W\d_'.-]*)+")
# or groups of digits joined by "+", as many as a phone number has ("phone=0160+8342534"),
# not a sum ("total=3+4")
_GROUPS = re.compile(r"[^=]*=(\d{2,}(?:\+\d{2,})+)")
_PHONE_DIGITS = 7
# Characters that are not there for a reader: zero-width space, non-joiner, joiner, word
# joiner, byte order mark as a zero-width no-break space, soft hyphen; the marks that set the
# direction of a run (left-to-right and right-to-left marks, embeddings, overrides and
# isolates: a name copied from a page or a chat in Hebrew or Arabic carries them), the
# combining grapheme joiner, the invisible operators and the Mongolian vowel separator.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069"
                        "\u034f\u2061-\u2064\u180e]")
# Fullwidth ASCII and the ideographic space, and the letters of "fancy text" that bios and
# display names are written in: mathematical bold, italic, script, fraktur, double-struck and
# monospace (𝐌𝐚𝐫𝐢𝐚, 𝓜𝓪𝓻𝓲𝓪), circled and squared letters (Ⓜⓐⓡⓘⓐ, 🄼🄰🅁🄸🄰); the spaces of
# typesetting that a word processor or a page puts between the words of a name (no-break,
# narrow no-break, thin, en and em spaces). NFKC gives the ASCII character.
_FULLWIDTH = re.compile("[\uff01-\uff5e\u3000\u24b6-\u24e9\U0001d400-\U0001d7ff"
                        "\U0001f130-\U0001f149\u00a0\u2000-\u200a\u202f\u205f]")
# A base character and the combining marks after it: NFC composes them ("e" + U+0301).
_CLUSTER = re.compile("[^\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
                      "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
# The mark that opens a line of a block that every line of it opens with: a reply's quote
# (">", "> >"), a bar, or the question marks a bullet became in an encoding that lacked it.
# A name, a company or an address reads on such lines as on plain ones. Bullets that are
# still bullets stay: they part the items of a list, which a model would read as one.
_LINE_MARK = re.compile(r"[ \t]*([>|?])(?:[ \t]*\1)*[ \t]*")
_MARKED_LINE = re.compile(r"(?m:^)[ \t]*[>|?]")
# Escapes inside escapes ("%26%23228%3B" is "&#228;", which is "ä"): the stages run again on
# what they decoded, until a pass decodes nothing more, three passes at most.
_LAYERS = 3


@dataclass(frozen=True, slots=True)
class View:
    """What detection reads for ``original``; for each view character, the original range
    [lo, hi) it came from (both None when the view is the original). The ranges are
    arrays: a long segment's view holds two offsets per character, not two int objects."""

    original: str
    text: str
    lo: array[int] | None = None
    hi: array[int] | None = None

    @property
    def decoded(self) -> bool:
        return self.lo is not None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original characters of the view's [start, end): whole escape sequences."""
        if self.lo is None or self.hi is None or start >= end:
            return start, end
        return self.lo[start], self.hi[end - 1]


def value_of(text: str, start: int, end: int) -> str:
    """What ``text[start:end]`` (a finding: whole escape sequences) says, decoded: the
    value identities and fingerprints are made of, so "Lena%20Fischer" in a link and
    "Lena Fischer" in prose are one person."""
    v = view(text)
    if v.lo is None or v.hi is None:
        return text[start:end]
    first, last = bisect.bisect_left(v.lo, start), bisect.bisect_right(v.hi, end)
    return v.text[first:last]


@lru_cache(maxsize=16)  # the segments whose findings are being replaced, one after another
def view(text: str) -> View:
    """The decoded view of ``text``, outer layers first: Ascii85 (its alphabet holds every
    other stage's marks: ``redact.detect.ascii85text``), a PDF's text strings (their octal
    escapes are UTF-16 bytes, not characters: ``redact.detect.pdf_strings``), SQL's hex
    literals with the calls that decode them (``redact.detect.sql_hex``: the whole
    ``CONVERT(X'...' USING utf8mb4)`` reads as its text), code points written as a notation
    (``redact.detect.codepoints``: a SQL string's "\\00E7" would read as other escapes),
    bytes and code points written as a backslash and digits (``redact.detect.byte_escapes``:
    octal, Lua's decimal, Haskell's), codes inside a string's interpolations (``redact.detect.interpolations``),
    character codes joined to strings or listed (``redact.detect.charcodes``: a JSON value's
    ``\\"`` is their quote), a bytea column printed as hex
    (``redact.detect.hexruns``: "\\xd09f" would read as one escape), a registry export's
    values written as hex bytes (``redact.detect.registry_hex``), backslash escapes (a
    JSON string holds a link or a page: ``\\u0026`` is its "&"), a JSON string's quotes and
    line breaks where no parser read it (``redact.detect.json_escapes``), CSS escapes
    (``redact.detect.css_escapes``), TeX's accents, text written out as hex (an SMS body's
    UTF-16, a hex dump's UTF-8), bytes behind a tool's prefix (TeX's "^^c3^^ab":
    ``redact.detect.prefixed``, which reads xtext's "+C3" too), a mail's
    encoded words and quoted-printable (their "=" would read as form data), xtext, UTF-7
    (``redact.detect.utf7``: its "+" is no form's space), a host's
    punycode labels (``redact.detect.punycode_hosts``), text written out as base32
    (``redact.detect.base32text``) and base64 (not a
    B-encoded word's), HTML references (a query string in
    a page source joins its pairs with ``&amp;``) and tags, a header's extended parameters
    (``redact.detect.extparams``: "filename*=UTF-8''..." in the charset it names), then
    percent escapes and form ``+``
    (and the percent escapes of a link encoded twice: "%25C3%25A9" is "%C3%A9" once
    decoded), UTF-8 bytes shown as Windows-1252 or Windows-1251 characters (mojibake,
    ``redact.detect.mojibake``), a word written in two alphabets in the one most of its
    letters are in (``redact.detect.homoglyphs``), characters
    (invisible ones dropped, fullwidth and NFD to their plain forms), and last the marks
    that open the lines of a quoted block; and all of it again on what a pass decoded, for
    escapes written inside escapes (an entity percent-encoded in a form)."""
    out = View(text, text)
    for _ in range(_LAYERS):
        before = out.text
        for stage in _STAGES:
            edits = list(stage(out.text))
            if edits:
                out = _compose(out, _apply(out.text, edits))
        if out.text == before:
            break
    return out


def _entities(text: str) -> Iterator[Edit]:
    """HTML references decoded."""
    if "&" not in text or ";" not in text:
        return
    for m in _ENTITY.finditer(text):
        decoded = html.unescape(m.group())
        if decoded != m.group():
            # a no-break space written as an entity is a space between the words of a value
            yield m.start(), m.end(), decoded.replace("\u00a0", " ")


def _markup(text: str) -> Iterator[Edit]:
    """A quoted value read apart from its "=" (an attribute, a logfmt or config field:
    ``value="Lena Fischer"``; a model reads ``value="Lena`` as one word); and in text that
    shows itself to be HTML or XML source (a closing tag, a quoted attribute), a tag glued
    to a word read apart from it ("<td>Lena Fischer</td>" is a name in a cell, not a word
    "td>Lena"): a tag of running text with attributes by a space, any other by a line
    break, as a cell or a block stands apart; a bare tag of running text read as nothing."""
    if "=" not in text and "<" not in text:
        return
    edits: list[Edit] = []
    if '="' in text or "='" in text:
        edits += [(a.start(), a.end(), "= ") for a in _ATTRIBUTE.finditer(text)]
    if "<" in text and ">" in text:
        tags = list(_TAG.finditer(text))
        if any(m.group().startswith("</") or _ATTRIBUTE.search(m.group()) for m in tags):
            for m in tags:  # (not "a <b> c" or "<Lena Fischer>": no source)
                if _INLINE.fullmatch(m.group()):
                    edits.append((m.start(), m.end(), ""))
                    continue
                apart = " " if _INLINE.match(m.group().split()[0] + ">") else "\n"
                if m.start() and text[m.start() - 1].isalnum():
                    edits.append((m.start(), m.start() + 1, apart + "<"))
                if m.end() < len(text) and text[m.end()].isalnum():
                    edits.append((m.end() - 1, m.end(), ">" + apart))
    yield from sorted(edits)


def _url_escapes(text: str) -> Iterator[Edit]:
    if "%" not in text and "+" not in text:
        return
    edits: list[Edit] = list(percent_escapes(text))
    if "=" in text:
        for m in _FORM.finditer(text):
            edits.extend(_form(text, m))
    yield from sorted(edits)


def _form(text: str, m: re.Match[str]) -> Iterator[Edit]:
    """Form data with something encoded in it, read as the form it is: a field per line,
    ``key: value``, with "+" as a space in values. A model reads "name=Lena+Fischer&x=1"
    as one word; it reads "name: Lena Fischer" as a name."""
    run, begin = m.group(), m.start()
    query = begin > 0 and text[begin - 1] == "?"
    pluses = list(_VALUE_PLUS.finditer(run))
    escaped = PERCENT_RUN.search(run) is not None
    if not (escaped or pluses) or not (query or escaped or "&" in run or _WORDS.fullmatch(run)
                                       or _phone_groups(run)):
        return  # a lone "key=a+b" is code or config, where "+" is itself
    if query:
        yield begin - 1, begin, "?\n"
    for p in pluses:
        yield begin + p.start(), begin + p.end(), " "
    for s in _SEPARATOR.finditer(run):
        yield begin + s.start(), begin + s.end(), ": " if s.group() == "=" else "\n"


def _phone_groups(run: str) -> bool:
    m = _GROUPS.fullmatch(run)
    return m is not None and len(m.group(1)) - m.group(1).count("+") >= _PHONE_DIGITS


def _characters(text: str) -> Iterator[Edit]:
    if text.isascii():
        return
    edits: list[Edit] = [(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)]
    edits += [(m.start(), m.end(), unicodedata.normalize("NFKC", m.group()))
              for m in _FULLWIDTH.finditer(text)]
    if not unicodedata.is_normalized("NFC", text):
        edits += [(m.start(), m.end(), nfc) for m in _CLUSTER.finditer(text)
                  if (nfc := unicodedata.normalize("NFC", m.group())) != m.group()]
    yield from _disjoint(sorted(edits))


def _line_marks(text: str) -> Iterator[Edit]:
    """The marks that open two or more lines in a row, the same mark on each, dropped with
    the spaces around them: a quoted block reads as its lines."""
    if "\n" not in text or _MARKED_LINE.search(text) is None:
        return
    run: list[Edit] = []
    mark = None
    at = 0
    for line in text.split("\n"):
        m = _LINE_MARK.match(line)
        if m is None or m.group(1) != mark:
            if len(run) > 1:
                yield from run
            run, mark = [], m and m.group(1)
        if m is not None:
            run.append((at, at + m.end(), ""))
        at += len(line) + 1
    if len(run) > 1:
        yield from run


def _disjoint(edits: list[Edit]) -> Iterator[Edit]:
    """Edits in order, one that overlaps an earlier one dropped: an accent after a soft
    hyphen or a fullwidth letter stays as written, the other character is still decoded."""
    end = -1
    for edit in edits:
        if edit[0] >= end:
            yield edit
            end = edit[1]


def _apply(text: str, edits: list[Edit]) -> View:
    """``text`` with ``edits`` (in order, disjoint) made, and where each character came from."""
    parts: list[str] = []
    lo, hi = array("q"), array("q")
    at = 0
    for start, end, new in edits:
        parts.append(text[at:start])
        lo.extend(range(at, start))
        hi.extend(range(at + 1, start + 1))
        parts.append(new)
        lo.extend([start] * len(new))
        hi.extend([end] * len(new))
        at = end
    parts.append(text[at:])
    lo.extend(range(at, len(text)))
    hi.extend(range(at + 1, len(text) + 1))
    return View(text, "".join(parts), lo, hi)


def _compose(first: View, second: View) -> View:
    """``second`` (a view of ``first.text``) as a view of ``first.original``."""
    if first.lo is None or first.hi is None:
        return View(first.original, second.text, second.lo, second.hi)
    assert second.lo is not None and second.hi is not None
    lo, hi = first.lo, first.hi
    return View(first.original, second.text, array("q", (lo[i] for i in second.lo)),
                array("q", (hi[i - 1] for i in second.hi)))



# outer layers first (see ``view``)
_STAGES = (ascii85_runs, pdf_strings, sql_hex, code_points, byte_escapes, interpolated_codes, char_codes, bytea_runs, registry_values, backslash_escapes, json_escapes, css_escapes, tex_accents, hex_runs,
           prefixed_bytes, mail_escapes, xtext_runs, utf7_runs, punycode_hosts, base32_runs, base64_runs, _entities, _markup,
           extended_parameters, _url_escapes, percent_escapes, mojibake, homoglyphs, _characters,
           _line_marks)
