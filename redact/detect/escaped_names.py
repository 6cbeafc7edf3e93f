"""A name written in escapes is one value: the whole run the view decoded, not the word of it
a model knew.

People paste a name as a program wrote it (``name=%D0%9C%D0%B8%D1%80%20%D0%91...``,
``"\\1052\\1080\\1085\\1072 \\1048..."``, ``0x1D0430043404...``), and the view reads it back
("Мир Беляков"). A model may find only the word of it it knows as a name ("Беляков"), the
other being a common word too ("Мир" is "peace"); in plain prose that leaves a given name
standing, in an escaped run it would also leave the escapes of one word in the output
beside a placeholder. So a person found inside a decoded run that reads as a name (two to
four capitalised words of letters, written in escapes from its first letter to its last)
covers the run whole. A run that holds other text (a sentence, a path, a word in
lowercase) is no name, and a finding in it stays as found.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.detect.view import View
from redact.records import Finding

__all__ = ["whole_names"]

_PERSON = "PERSON"
_BETWEEN = frozenset(" -'’")  # what a name holds between its words, written as itself or not
_NAME = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*")
_WORDS = range(2, 5)


def whole_names(findings: list[Finding], seen: View) -> list[Finding]:
    """``findings`` (in the view's offsets) with each person inside a decoded run that reads
    as a name grown to the run; a finding the grown one covers is dropped."""
    if seen.lo is None or not any(f.category == _PERSON for f in findings):
        return findings
    grown: list[Finding] = []
    for f in findings:
        run = _run(seen, f.start, f.end) if f.category == _PERSON else None
        grown.append(replace(f, start=run[0], end=run[1]) if run else f)
    wide = [(f.start, f.end) for f, g in zip(findings, grown) if g is not f]
    out: list[Finding] = []
    for f, g in zip(findings, grown):
        if g is f and any(a <= f.start and f.end <= b for a, b in wide):
            continue
        if g is not f and any(o.start == g.start and o.end == g.end for o in out):
            continue
        out.append(g)
    return out


def _run(seen: View, start: int, end: int) -> tuple[int, int] | None:
    """The decoded run around view characters [start, end) where it reads as a name that
    the range is part of, else None."""
    if start >= end or not all(_inside(seen, i) for i in range(start, end)):
        return None
    first, last = start, end
    while first > 0 and _inside(seen, first - 1):
        first -= 1
    while last < len(seen.text) and _inside(seen, last):
        last += 1
    if (first, last) == (start, end):
        return None
    words = seen.text[first:last].split(" ")
    if len(words) not in _WORDS or not all(_NAME.fullmatch(w) and w[0].isupper()
                                           and not w[1:].isupper() for w in words):
        return None
    return first, last


def _inside(seen: View, i: int) -> bool:
    """The view's character ``i`` is a letter of a decoded run, or what stands between two
    such letters."""
    if seen.text[i] not in _BETWEEN:
        return _letter(seen, i)
    return 0 < i < len(seen.text) - 1 and _letter(seen, i - 1) and _letter(seen, i + 1)


def _letter(seen: View, i: int) -> bool:
    """The view's character ``i`` is a letter decoded from something written otherwise."""
    assert seen.lo is not None and seen.hi is not None
    lo, hi = seen.lo[i], seen.hi[i]
    return seen.text[i].isalpha() and (hi - lo != 1 or seen.original[lo] != seen.text[i])
