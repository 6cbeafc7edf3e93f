"""Machine tokens: hex digests, git SHAs, UUIDs, base64 blobs, registry digests, package
lock ``integrity`` strings. Their characters are drawn at random, so any pattern for digits
or capitalised words finds something inside them: nine digits of a SHA-256 pass for an SSN,
ten for an NHS number, a run of letters in base64 for an organisation. A finding that is
only part of such a token is not personal data; a token that is itself a secret is found
whole by the secret rules, with a cue or a known key shape.
"""

from __future__ import annotations

import re

from redact.records import Finding

__all__ = ["inside_machine_token", "NUMERIC_IDS", "WORD_LIKE"]

# Categories whose values are digits with separators: glued to another letter or digit,
# they are part of a longer token, whatever its length.
NUMERIC_IDS = frozenset({"PHONE", "GOV_ID", "CREDIT_CARD", "BANK_ACCOUNT"})
# Categories NER and the lexicons find as words: inside a long token of letters and
# digits (a digest, a blob), a word is chance.
WORD_LIKE = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "DATE_TIME", "DATE_OF_BIRTH"})

# What joins the characters of one machine token: ASCII letters and digits, and the
# separators of UUIDs, base64 and identifiers; never "=" (key=value), ".", ":" or "@".
_JOINED = re.compile(r"[A-Za-z0-9+/_-]")
_JOINED_RUN = re.compile(r"[A-Za-z0-9+/_-]+")
_ALNUM = re.compile(r"[A-Za-z0-9]")
_SEPARATOR = "+_-"
# A part of a token after a separator that mixes letters and digits: "f29f" in a UUID,
# not the "Office" of "0161 496 0000-Office".
_MIXED = re.compile(r"(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]+")
_MIXED_BEFORE = re.compile(r"(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]+\Z")
_LONG_TOKEN = 16  # shorter runs are words, handles, ids as people write them


def _extent(text: str, start: int, end: int) -> tuple[int, int]:
    """The run of joined characters around [start, end)."""
    left = start
    while left > 0 and _JOINED.match(text, left - 1):
        left -= 1
    right = end
    while right < len(text) and _JOINED.match(text, right):
        right += 1
    return left, right


def _glued_digits(text: str, start: int, end: int) -> bool:
    """Digits written against a letter or digit, or joined by a separator to a part that
    mixes both (a digest, a UUID). Not across "/", ":" or ".": a phone in a link
    ("wa.me/447911...") is a phone."""
    if start and _ALNUM.match(text, start - 1) or end < len(text) and _ALNUM.match(text, end):
        return True
    if start > 1 and text[start - 1] in _SEPARATOR and _MIXED_BEFORE.search(
            text[max(0, start - 65):start - 1]):
        return True
    return end + 1 < len(text) and text[end] in _SEPARATOR and bool(_MIXED.match(text, end + 1))


def inside_machine_token(text: str, f: Finding) -> bool:
    """Whether ``f`` is digits glued to more letters or digits (a numeric id), or a "name"
    that is a long drawn token or part of one, rather than a value of its own."""
    if f.category not in NUMERIC_IDS and f.category not in WORD_LIKE:
        return False
    if f.category in NUMERIC_IDS:
        return _glued_digits(text, f.start, f.end)
    if not _JOINED_RUN.fullmatch(text, f.start, f.end):
        return False  # words with spaces between them are not one token
    left, right = _extent(text, f.start, f.end)
    return _machine_like(text[left:right])


def _machine_like(token: str) -> bool:
    """A long run without spaces that mixes letters and digits, or switches from lower to
    upper case again and again ("MzcXtTmBYJBQZFkr"): drawn, not written."""
    if len(token) < _LONG_TOKEN:
        return False
    if any(c.isdigit() for c in token) and any(c.isalpha() for c in token):
        return True
    return sum(a.islower() and b.isupper() for a, b in zip(token, token[1:])) >= 3
