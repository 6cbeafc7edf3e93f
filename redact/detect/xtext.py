"""SMTP's xtext (RFC 3461), as a delivery status notification or a server's log writes an
address or a name it carries (``ORCPT=rfc822;Ren+C3+A9e+20Martineau``): every byte
outside printable ASCII, and "+", "=" and the space, is "+" and two capital hex digits, the
letters between are themselves. Other tools escape the same way (a byte's hex behind a
sign), so the run is read as UTF-8 bytes wherever it stands, by the mechanism of bytes
behind a prefix (``redact.detect.prefixed``).

"+" and two hex digits are also a phone's country code ("+44"), a sum ("x+AB") or base64,
so a run is read only where the word it makes with the letters glued to it (the escapes,
the letters between and around them) reads as words of one script
(``redact.detect.escapes.reads_as_words``), an escape in it spells a letter beyond ASCII
or a space between letters, and no "+" or "=" is glued to the word: "+44 20 7946" and
"C+2B" stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redact.detect.escapes import Edit
from redact.detect.prefixed import Writing, bytes_behind

__all__ = ["xtext_runs"]

# one byte alone is read ("Anna+20Smith"); the bytes may spell a space or a sign
_XTEXT = Writing(re.compile(r"(?P<p>\+)[0-9A-F]{2}(?:\+[0-9A-F]{2})*+"), frozenset({"+"}), {},
                 letters_only=False, apart="+=")
_TRIGGER = re.compile(r"\+[0-9A-F]{2}")


def xtext_runs(text: str) -> Iterator[Edit]:
    """Each character that a word's xtext escapes spell, with the range of its escapes."""
    if "+" not in text or _TRIGGER.search(text) is None:
        return
    yield from bytes_behind(text, _XTEXT)
