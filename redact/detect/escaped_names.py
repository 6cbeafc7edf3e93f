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

A name written in an encoding no prose is written in (base64 of UTF-16 in a PowerShell line,
a PDF's UTF-16 ``/Author`` string, JSON's code points) is hidden from a model twice: it reads
the decoded run, but in a line of code or a property dump it sees no sentence around it. So
a run whose every letter was decoded and that reads as a name, one of its words a given name
of the world's dictionaries or a word with a surname's ending of the Slavic languages
("-ов", "-ская", "-енко"), is a person by itself.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.detect.view import View
from redact.detect.wordlike import is_given_name, is_given_name_abroad
from redact.records import Finding

__all__ = ["whole_names"]

_PERSON = "PERSON"
_BETWEEN = frozenset(" -'’")  # what a name holds between its words, written as itself or not
_NAME = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*")
_WORDS = range(2, 5)
# endings of Slavic surnames, of men and women (Russian, Ukrainian, Belarusian, Polish, Czech)
_SURNAME = re.compile(r"(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|енко|ук|юк|"
                      r"ич|вич|ski|ska|cki|cka|ová)$")
_ENCODED = "encoded_name"


def whole_names(findings: list[Finding], seen: View) -> list[Finding]:
    """``findings`` (in the view's offsets) with each person inside a decoded run that reads
    as a name grown to the run; a finding the grown one covers is dropped."""
    if seen.lo is None:
        return findings
    findings = findings + _encoded_names(findings, seen)
    if not any(f.category == _PERSON for f in findings):
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


def _encoded_names(findings: list[Finding], seen: View) -> list[Finding]:
    """Persons for the decoded runs that read as names and that no finding touches."""
    out: list[Finding] = []
    i, size = 0, len(seen.text)
    while i < size:
        if not _letter(seen, i):
            i += 1
            continue
        last = i + 1
        while last < size and _inside(seen, last):
            last += 1
        if (i == 0 or not seen.text[i - 1].isalnum()) and _named(seen.text[i:last]) and not any(
                f.start < last and i < f.end for f in findings):
            out.append(Finding(i, last, _PERSON, _PERSON, 0.6, _ENCODED))
        i = last
    return out


def _named(run: str) -> bool:
    """Two to four capitalised words of letters, one of them a given name or a surname."""
    words = run.split(" ")
    if len(words) not in _WORDS or not all(_NAME.fullmatch(w) and w[0].isupper()
                                           and not w[1:].isupper() for w in words):
        return False
    parts = [p for w in words for p in w.split("-")]
    return any(is_given_name(p) or is_given_name_abroad(p.lower()) or _SURNAME.search(p)
               for p in parts)


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
