"""Whether a text may hold a spoken email, where the spoken email grammar runs, and which
of its two grammars reads there.

An email said closes on a dot, so the grammar runs only in windows around the dots of a
text, said or written. The wide grammar (separators stretched, "d-o-t", fillers and asides
beside them, "at, like,", "(dot, yes)") is large and slow to compile; a window reads by it
only where something only it reads is followed by what closes an address: a dot, then a
TLD among the few words after it. Meetings say "at uh the last point ." and "at the rate
we're going": no TLD follows, and the wide grammar is never compiled for them. A weak dot
("point", "period") or a full stop spaced out as a transcript writes one closes only on a
common TLD in lowercase ("gmail point com"), or any TLD after a mail provider, as the
address itself must (``redact.detect.spoken_emails``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from redact.detect import codecache
from redact.detect.spoken_forms import said_forms, undrawn

if TYPE_CHECKING:
    from redact.detect.spoken_emails import SpokenEmails

__all__ = ["closes", "wanted", "windows"]

# the most an email said stretches before and after a dot: before it, a name spelled letter
# by letter with a phrase said after each ("s ... каждую букву отдельно, тиим ... t ...",
# "c, one one letter, ya, h, ..."), a dozen letters of thirty characters
_BEFORE_DOT, _AFTER_DOT = 420, 60
_SPACE = codecache.compile(r"\s")
_WORD = codecache.compile(r"[^\W\d_]+")
_AFTER_WORDS = 3  # a TLD among the words after a dot: "dot, um, com"
_AT_DOMAIN = codecache.compile(r" at [a-z0-9-]+\.[a-z]")  # "tom at gmail.com"
# a bare "at", a domain and a spaced "." before its last label: "at gmail . com"
_AT_SPACED = codecache.compile(r" at (?:the )?([a-z0-9-]+)(?: \. [a-z0-9-]+)* \. ([a-z]{2,})(?![a-z])")
# a said dot and the label after it, after a label: "(period) za" after "co"
_NEXT_LABEL = codecache.compile(r"[^a-z0-9]{1,4}[a-z]+(?:[\s-][a-z]+)?[^a-z0-9]{1,4}([a-z]{2,})(?![a-z])")


def wanted(emails: SpokenEmails, low: str) -> bool:
    """Whether a lowercased text may hold a spoken email: one search for most texts. A
    weak word for a dot ("point", "period": meetings say them all day) counts before a
    common TLD or after a provider; a spaced "." after a bare "at", before a TLD."""
    said = [regex.split(r"[\s-]+", undrawn(m.group().strip()))
            for needs in emails.needs for m in needs.finditer(low)]
    if any(not all(w in emails.weak_dots for w in words) for words in said) or (
            said and _weak_closes(emails, low)):
        return True
    return " at " in low and (bool(_AT_DOMAIN.search(low)) or " . " in low and any(
        m.group(2) in emails.tlds or m.group(1) in emails.providers for m in _AT_SPACED.finditer(low)))


def _weak_closes(emails: SpokenEmails, low: str) -> bool:
    """A weak dot after a provider, or before a common TLD or the first label of a
    public suffix of two ("co (period) za")."""
    for m in _weak_dot(emails.weak_dots).finditer(low, overlapped=True):
        if emails.common_tlds.intersection(m.group(2, 3)) or m.group(1) in emails.providers:
            return True
        if (n := _NEXT_LABEL.match(low, m.end(2))) and f"{m.group(2)}.{n.group(1)}" in emails.second_level:
            return True
    return False


@lru_cache(maxsize=4)
def _weak_dot(words: frozenset[str]) -> regex.Pattern:
    """A weak dot with the labels beside it, or past a particle: "gmail (period) com", "point, eh, fr"."""
    weak = said_forms(list(words))
    return regex.compile(rf"(?<![a-z0-9-])([a-z0-9-]+)[^a-z0-9]{{1,4}}(?:{weak})(?:[\s-]?(?:{weak}))?"
                         rf"[^a-z0-9]{{1,4}}([a-z]{{2,}})(?![a-z])(?:[^a-z0-9]{{1,4}}([a-z]{{2,}})(?![a-z]))?")


def windows(emails: SpokenEmails, text: str) -> list[tuple[int, int]]:
    """Stretches of a text around its dots, each ending at a space (the grammar's end of
    text), overlapping ones merged."""
    found: list[tuple[int, int]] = []
    for m in emails.dots.finditer(text):
        start = max(0, m.start() - _BEFORE_DOT)
        space = _SPACE.search(text, min(len(text), m.end() + _AFTER_DOT))
        end = space.start() if space else len(text)
        if found and start <= found[-1][1]:
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
    return found


def closes(emails: SpokenEmails, text: str, start: int, end: int) -> bool:
    """Whether a dot at or after ``start`` (and before ``end``) is followed by a TLD."""
    for dot in emails.dots.finditer(text, start, end):
        said = undrawn(dot.group().strip().lower())
        weak = said in emails.weak_dots or said == "."
        before = _WORD.findall(text, max(0, dot.start() - 30), dot.start())
        provider = bool(before) and before[-1].lower() in emails.providers
        for word in _WORD.findall(text, dot.end(), min(len(text), dot.end() + 40))[:_AFTER_WORDS]:
            low = word.lower()
            low = emails.tld_words.get(low, low)
            if low in (emails.tlds if provider or not weak else emails.common_tlds) and (
                    word.islower() or not weak):
                return True
    return False
