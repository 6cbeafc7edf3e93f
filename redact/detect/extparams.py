"""Extended parameters of mail and HTTP headers (RFC 2231, RFC 5987), each character read
back with the escapes it came from: ``filename*=UTF-8''Lena%20Fischer.pdf``,
``name*=iso-8859-1'de'J%F6rg%20Hahn``. The value names its charset and language before
the bytes, so its bytes are read in that charset (not guessed, as a bare run of percent
escapes is), and the ``charset'language'`` prefix goes with the first character: a name at
the start of the value is replaced with the prefix that says how it is written, leaving no
``UTF-8''`` glued to a word. A text without ``*=`` costs one substring test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redact.detect.escapes import Edit, decode_bytes

__all__ = ["extended_parameters"]

# after "name*=" (or a continuation's "name*0*="): charset ' language ' and the value, its
# bytes percent-encoded, the rest the attribute characters RFC 5987 lets stand as they are
_EXTENDED = re.compile(r"(?<=\*=)([A-Za-z0-9!#$&+^_`{}~.-]+)'([A-Za-z0-9-]*)'"
                       r"((?:%[0-9A-Fa-f]{2}|[A-Za-z0-9!#$&+.^_`|~-])+)")
# a file name's extension, read apart from the name before it ("Lena Fischer .pdf"), as a
# model reads "Lena Fischer.pdf" as one name of a company
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")
_UNIT = re.compile(r"%([0-9A-Fa-f]{2})|.", re.DOTALL)


def extended_parameters(text: str) -> Iterator[Edit]:
    """The value of each extended parameter decoded in its charset, a space then its first
    character in place of the prefix and that character, a space before a file name's
    extension; nothing for a value whose bytes do not spell text in the charset it names."""
    if "*=" not in text:
        return
    for m in _EXTENDED.finditer(text):
        at = m.start(3)
        data = [(int(u.group(1), 16) if u.group(1) else ord(u.group()), at + u.start(), at + u.end())
                for u in _UNIT.finditer(m.group(3))]
        chars = decode_bytes(data, m.group(1))
        if not chars or any(not c.isprintable() for c, _, _ in chars):
            continue
        first, _, end = chars[0]
        yield m.start(), end, " " + first
        read = "".join(c for c, _, _ in chars)
        ext = _EXTENSION.search(read)
        dot = len(chars) - len(ext.group()) if ext and ext.start() else None
        for i, (ch, start, stop) in enumerate(chars[1:], 1):
            if i == dot:
                yield start, stop, " ."
            elif stop - start > 1:
                yield start, stop, ch
