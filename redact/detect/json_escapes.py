"""A JSON string's own escapes, where no parser read them: a JSON line pasted into a chat or
a log, an API payload quoted in a ticket. Its quotes stay escaped ('\\"Lena Fischer\\"'), its
line breaks and tabs stay two characters ("Lena\\nBerlin"), each once more for a JSON
string inside a JSON string; a model reads "\\nBerlin" and '\\"Lena' as words glued to
backslashes. The other escapes such a string holds (``\\u0412``, a code's ``\\208\\144``)
are the other stages' (``redact.detect.escapes``, ``redact.detect.byte_escapes``), which
read them behind any number of backslashes.

A backslash before a quote, an "n" or a "t" means something else in prose, a path, a
regular expression or TeX, so the escapes are read only in a text that shows a JSON member
('"msg": "', '\\"name\\": \\"'), an odd number of backslashes before each (an even one is a
backslash escaped, "C:\\\\new"), and a quote never as TeX's umlaut in its braces ('{\\"a}',
'\\"{O}').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redact.detect.escapes import Edit

__all__ = ["json_escapes"]

# from the start of a run of backslashes only: tried inside the run, it read the rest of the
# run again from every backslash of it
_MEMBER = re.compile(r'(?<!\\)\\*+"\s*:\s*\\*+[\[{"]')
_ESCAPE = re.compile(r'(?<!\\)(?:\\\\)*+\\(?:"(?!\{|[^\W\d_]\})|([nrt/]))')
_CHAR = {"n": "\n", "r": "\r", "t": "\t", "/": "/", None: '"'}


def json_escapes(text: str) -> Iterator[Edit]:
    """Each quote, line break, tab and slash a JSON string escapes, as itself."""
    if "\\" not in text or _MEMBER.search(text) is None:
        return
    for m in _ESCAPE.finditer(text):
        yield m.start(), m.end(), _CHAR[m.group(1)]
