"""Text written out as base32 (RFC 4648: ``A-Z2-7``, ``=`` padding), each character read back
with the group of eight it came from: a name that a QR payload, a booking backup, a TOTP
label or a DNS-safe field encoded (``KN2GC3TJONWGC5ZAJLB3Y5DUNZSXE===``), in capitals as the
RFC writes it or in lower case as hosts and some libraries do, with or without its padding.

Its alphabet is that of capitalised words, ids and order numbers, so a run is read only
where it is long enough to hold a name, has a length an encoder writes, and decodes to UTF-8
that spells a name or an e-mail address (``redact.detect.base64text.names_someone``, the test
base64's decoder uses): "ABCDEFGH", "ORDER2024" and a TOTP secret's random bytes stay. A
run in lower case is read only with a digit of the alphabet in it: without one it is a word.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

from redact.detect.base64text import names_someone
from redact.detect.escapes import Edit, decode_bytes, stretched

__all__ = ["base32_runs"]

# one case throughout: a run that mixes them is a word or base64's
_RUN = re.compile(r"(?<![\w+/.-])(?:[A-Z2-7]{10,4000}+|[a-z2-7]{10,4000}+)(?P<pad>=*+)(?![\w+/=-])")
_CHEAP = re.compile(r"[A-Z2-7]{10}|[a-z2-7]{10}")
# the characters of a last group (of eight) that an encoder writes: 2, 4, 5 or 7
_TAILS = frozenset({0, 2, 4, 5, 7})
_GROUP = 8
# a long word of prose is a run of the lower-case alphabet: one is read only with a digit of it
_DIGIT = re.compile("[2-7]")


def base32_runs(text: str) -> Iterator[Edit]:
    """Each character of a base32 run that decodes to a name or an address, with its group
    of eight; the padding goes with the last one."""
    if _CHEAP.search(text) is None:
        return
    for m in _RUN.finditer(text):
        body = m.group()[:m.start("pad") - m.start()]
        if len(body) % _GROUP not in _TAILS or (m.group("pad") and len(m.group()) % _GROUP) \
                or body.islower() and _DIGIT.search(body) is None:
            continue
        data: list[tuple[int, int, int]] = []
        for at in range(0, len(body), _GROUP):
            group = body[at:at + _GROUP]
            try:
                got = base64.b32decode(group + "=" * (-len(group) % _GROUP), casefold=True)
            except (binascii.Error, ValueError):
                data = []
                break
            data += [(b, m.start() + at, m.start() + at + len(group)) for b in got]
        chars = decode_bytes(data, "utf-8") if data else []
        read = "".join(c for c, _, _ in chars)
        if chars and names_someone(read):
            yield from stretched(chars, m.start(), m.end())
