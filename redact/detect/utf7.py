"""UTF-7 (RFC 2152), as old mail clients and SMS gateways wrote letters beyond ASCII:
``Andrew Sch+AOQ-fer``, ``+AMk-lodie``, a Cyrillic name a word at a time
(``+BBAEQAQ6BDAENAQ4BDk +BCQEMAQ0BDUENQQy-``). A "+" opens a run of base64 that spells
UTF-16 code units; the run ends at the first character outside base64, a "-" there being
part of the run. The standard library's ``utf-7`` codec reads each run.

"+" is also a phone's plus, an operator, a language's name ("C++-style") and a character of
base64 blobs, so a run is read only where the codec reads it strictly (whole code units, no
stray bits) as letters beyond ASCII (UTF-7 writes ASCII letters as themselves), and where
the word they make with the letters glued to them reads as a word of one script that names
are written in. Each character maps to its share of the run: the base64 characters its
code units begin in (a unit is 16 bits, a base64 character 6), the "+" going with the
first and the "-" with the last.

IMAP writes its folder names in a modified UTF-7 (RFC 3501): "&" opens a run, "," stands
for "/", and the "-" always closes it (``INBOX/Gr&APY-nlund``, ``&BB0EPgQ9BD0EMA-``). A mail
client or a server's log shows a folder named for a person as it is, so those runs are
read the same way, with the same checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redact.detect.escapes import Edit, reads_as_words, stretched

__all__ = ["utf7_runs"]

_RUN = re.compile(r"\+([A-Za-z0-9+/]{3,})-?")
_IMAP_RUN = re.compile(r"&([A-Za-z0-9+,]{3,})-")
_GLUED = re.compile(r"[^\W\d_]*")  # the letters of a word glued to a run


def utf7_runs(text: str) -> Iterator[Edit]:
    """Each character of a UTF-7 run that spells letters, with its share of the run."""
    runs = [*(_RUN.finditer(text) if "+" in text else ()),
            *(_IMAP_RUN.finditer(text) if "&" in text and "-" in text else ())]
    for m in sorted(runs, key=lambda r: r.start()):
        try:
            read = ("+" + m.group(1).replace(",", "/") + "-").encode("ascii").decode("utf-7")
        except UnicodeError:
            continue
        if not read or read.isascii() or not all(c.isalpha() for c in read):
            continue
        before = _GLUED.match(text[max(0, m.start() - 40):m.start()][::-1])
        after = _GLUED.match(text, m.end())
        word = (before.group()[::-1] if before else "") + read + (after.group() if after else "")
        if not reads_as_words(word):
            continue
        chars = []
        unit = 0
        for ch in read:
            at = m.start(1) + unit * 16 // 6
            chars.append((ch, at, at + 1))
            unit += 2 if ord(ch) > 0xFFFF else 1
        yield from stretched(chars, m.start(), m.end())
