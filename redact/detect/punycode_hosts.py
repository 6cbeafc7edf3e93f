"""Host names in IDNA's ASCII form (RFC 3492 punycode behind ``xn--``), as a bounce, a mail
log or an address bar shows a host whose labels spell a name: ``xn--50awjc6f.xn--n0a8bdhdbb
.net`` is "Эмиль.Лебедев.net", ``Pierre.xn--Rmy-bma.com`` is "Pierre.Rémy.com". The
standard library's ``punycode`` codec reads each label. Punycode spreads a label's letters
over its digits, so each letter maps to its whole label.

A name spelled as a host's labels is read as the name it is: where two or more labels in a
row, one of them decoded, are each a capitalised word of one script names are written in,
the dots between them read as spaces ("Эмиль Лебедев.net"). A label that is no valid
punycode, or that decodes to no word (a brand, a town's lowercase name), is read as its
letters or left as written, and the dots stay. The domain of a mail address stays as
written, for the address to be found whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redact.detect.escapes import Edit, reads_as_words

__all__ = ["punycode_hosts"]

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
# (a mail address's domain stays as written: the address is read whole, as ASCII)
_HOST = re.compile(rf"(?<![\w.@-]){_LABEL}(?:\.{_LABEL})+(?![\w@-])")
_ACE = "xn--"


def punycode_hosts(text: str) -> Iterator[Edit]:
    """Each ``xn--`` label of a host read as the letters it spells, and the dots between a
    name's labels as spaces."""
    if "--" not in text:  # (labels are read in any case: "XN--", "xn--")
        return
    for m in _HOST.finditer(text):
        if _ACE not in m.group().lower():
            continue
        at = m.start()
        labels: list[tuple[int, int, str, bool]] = []  # range, what it reads, decoded
        for label in m.group().split("."):
            read = _decoded(label)
            labels.append((at, at + len(label), read or label, read is not None))
            at += len(label) + 1
        yield from _labels_read(labels)


def _decoded(label: str) -> str | None:
    """The letters an ``xn--`` label spells; None for another label, or one that is no
    valid punycode of a word."""
    if label[:4].lower() != _ACE:
        return None
    try:
        read = label[4:].encode("ascii").decode("punycode")
    except UnicodeError:
        return None
    return read if not read.isascii() and reads_as_words(read) else None


def _labels_read(labels: list[tuple[int, int, str, bool]]) -> Iterator[Edit]:
    named = [_capitalised(read) for _, _, read, _ in labels]
    for i, (start, end, read, decoded) in enumerate(labels):
        if decoded:
            yield start, end, read
        if i + 1 < len(labels) and named[i] and named[i + 1] and (
                decoded or labels[i + 1][3]):
            yield end, end + 1, " "


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").isalpha() and reads_as_words(word)
