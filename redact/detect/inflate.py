"""Compressed bytes read back: web apps and logs carry a name deflated before it is written
out as base64 (SAML's redirect binding and single-sign-on requests deflate raw, RFC 1951;
``zlib.compress`` and ``gzip`` add their headers, RFC 1950 and 1952), so bytes that spell no
text as they are may spell it once inflated.

Inflating is bounded: a stream is read only up to ``_CAP`` bytes of output (what a name or an
address needs, never a decompression bomb's gigabytes), and only from short runs of bytes, and
it counts only when it ends where the bytes end (random bytes seldom make a whole stream).
"""

from __future__ import annotations

import zlib

__all__ = ["inflated"]

_CAP = 1024  # bytes of output read at most
_MAX_IN = 768  # bytes of input: a compressed name or address is far shorter
# raw deflate; then zlib or gzip, told apart by their header (32 + window bits)
_FORMATS = (-zlib.MAX_WBITS, 32 + zlib.MAX_WBITS)


def inflated(data: bytes) -> bytes | None:
    """What ``data`` inflates to when it is one whole deflate, zlib or gzip stream of at
    most ``_CAP`` bytes of output; None otherwise."""
    if not data or len(data) > _MAX_IN:
        return None
    for wbits in _FORMATS:
        inflater = zlib.decompressobj(wbits)
        try:
            out = inflater.decompress(data, _CAP)
        except zlib.error:
            continue
        if out and inflater.eof and not inflater.unused_data:
            return out
    return None
