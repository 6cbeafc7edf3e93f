"""Text written out as base64, each character read back with the base64 group it came from: a
name in a cookie, a header, a query or a log field that a program encoded
(``user=TWFyaWEgTMOzcGV6``, ``X-User-Name: 0JzQsNGA0LjRjw==``), standard or URL-safe, with or
without its padding.

Base64 is also what keys, tokens, hashes and images are written in, and its alphabet is that
of words, so a token is read only where it looks like no word (upper and lower case and a
digit or a sign of base64 in it) and where what it decodes to is UTF-8 that spells a name:
two to four capitalised words of one script names are written in
(``redact.detect.escapes.reads_as_words``). A key's bytes are no UTF-8, a JWT's are JSON, a
word of prose is no token, and a secret that decodes to words stays for the secret rules.

Windows writes text as UTF-16: PowerShell's ``-EncodedCommand`` and
``[Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes(...))``, .NET's and the registry's
strings are UTF-16LE; Java's and some tools' UTF-16BE, with or without a byte order mark. Bytes
that are no UTF-8 are read as UTF-16 where there is an even number of them: the byte order mark
names the order, else the one whose text reads as a name (the same test as UTF-8's: random bytes
read as UTF-16 are letters of many scripts and signs, never two capitalised words of one).

Bytes that are text in no charset may be compressed text: a name deflated (raw, zlib or gzip)
before it was encoded, as sign-on requests and logs carry it. They are inflated (bounded) and
read by the same test; the whole token stands for what it inflates to.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

from redact.detect.escapes import Edit, decode_bytes, reads_as_words, stretched
from redact.detect.inflate import inflated

__all__ = ["EMAIL", "base64_runs", "spells_name", "names_someone"]

# (a mail header's B-encoded word, "=?utf-8?b?...?=", is the mail decoder's)
_TOKEN = re.compile(r"(?<![\w+/.?-])(?:[A-Za-z0-9+/]{8,}|[A-Za-z0-9_-]{8,})={0,2}(?![\w+/=?-])")
_UPPER = re.compile("[A-Z]")
_LOWER = re.compile("[a-z]")
_NOT_LETTER = re.compile("[0-9+/=_-]")
_MIN_LETTERS = 4
# what a name decodes to: two to four capitalised words. A secret is base64 too, and may
# decode to words ("cGFzc3dvcmQ=", "secret message so you'll never guess my password"): it
# stays as written for the secret rules to read.
_NAME = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[ -][^\W\d_][^\W\d_'’.-]*){1,3}")
_PARTS = re.compile("[ -]")
# an e-mail address, what an encoded run may hold beside a name
EMAIL = re.compile(r"[\w.+-]{1,64}+@(?:[^\W_][\w-]{0,62}+\.)++[^\W\d_]{2,24}+")
_BOMS = frozenset({(0xFF, 0xFE), (0xFE, 0xFF)})


def base64_runs(text: str) -> Iterator[Edit]:
    """Each character of a base64 token that decodes to a name, with its group of four."""
    for m in _TOKEN.finditer(text):
        token = m.group()
        if not (_UPPER.search(token) and _LOWER.search(token) and _NOT_LETTER.search(token)):
            continue
        body = token.rstrip("=")
        if len(body) % 4 == 1:
            continue
        data: list[tuple[int, int, int]] = []
        for at in range(0, len(body), 4):
            quad = body[at:at + 4]
            try:
                got = base64.b64decode(quad + "=" * (-len(quad) % 4), altchars=b"-_"
                                       if "-" in body or "_" in body else None, validate=True)
            except (binascii.Error, ValueError):
                data = []
                break
            data += [(b, m.start() + at, m.start() + at + len(quad)) for b in got]
        for charset in _charsets(data):
            chars = decode_bytes(data, charset)
            if chars and spells_name("".join(c for c, _, _ in chars)):
                yield from stretched(chars, m.start(), m.end())
                break
        else:
            read = _inflated_text(bytes(b for b, _, _ in data))
            if read is not None:
                yield m.start(), m.end(), read


def _inflated_text(data: bytes) -> str | None:
    """The name that compressed bytes spell once inflated (``redact.detect.inflate``), read
    whole: a compressed stream has no byte that stands for one character."""
    out = inflated(data)
    if out is None:
        return None
    try:
        read = out.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return read if spells_name(read) else None


def _charsets(data: list[tuple[int, int, int]]) -> tuple[str, ...]:
    """The encodings a run of bytes may be text in: UTF-8, then UTF-16 in the order its
    byte order mark names (``utf-16`` reads the mark), or either order without one."""
    if not data:
        return ()
    if len(data) % 2:
        return ("utf-8",)
    if (data[0][0], data[1][0]) in _BOMS:
        return ("utf-8", "utf-16")
    return ("utf-8", "utf-16-le", "utf-16-be")


def names_someone(read: str) -> bool:
    """Decoded text worth a finding: a name, or an email address."""
    return spells_name(read) or EMAIL.fullmatch(read) is not None


def spells_name(read: str) -> bool:
    """Decoded text that is a name: two to four capitalised words of one script."""
    return reads_as_words(read) and sum(c.isalpha() for c in read) >= _MIN_LETTERS \
        and _NAME.fullmatch(read) is not None and all(w[0].isupper() for w in _PARTS.split(read))
