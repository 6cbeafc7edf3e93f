"""What the digit groups of a spoken number say of it, read by ``redact.detect.spoken``: a
count aloud ("one, two, three, four, five") is no number, and two groups of three and four
digits said as one are a local number, a phone with no cue before it."""

from __future__ import annotations

from number_parser.data import en as _NP_EN
from number_parser.data import ru as _NP_RU

__all__ = ["UNITS", "counted", "counting", "local_number"]

UNITS = {w: n for data in (_NP_EN, _NP_RU) for w, n in data.info["UNIT_NUMBERS"].items()} | {
    "0": 0}
_ON = frozenset({"on", "на"})  # "she's on six oh two ...", "звони на ..."
_BEFORE = 40  # characters read before the first group for the word it follows


def counting(words: list[str]) -> bool:
    """"one, two, three, four, five": counting aloud, five digit words (or digits) in a row
    up or down."""
    d = [int(w) if w.isdigit() else UNITS.get(w) for w in words]
    return any(all(d[i + k] is not None and d[i + k + 1] is not None
                   and d[i + k + 1] - d[i + k] == step for k in range(4))
               for step in (1, -1) for i in range(len(d) - 4))


def counted(words: list[str]) -> bool:
    """A piece that opens with a count aloud, five digit words in a row up or down ("one two
    three four five six", "... nine ten"); a number may hold such a row after other digits
    ("oh seven six five four three")."""
    d = [UNITS.get(w) for w in words[:5]]
    return len(d) == 5 and None not in d and any(
        all(b - a == step for a, b in zip(d, d[1:])) for step in (1, -1))


def local_number(text: str, pieces: list[list[tuple[int, int]]], groups: list[str]) -> bool:
    """A local number as people say one without its area code: a run of two groups of three
    and four digits most numbering plans write it in (North America's and the Caribbean's
    "555 0134", Liberia's, Jamaica's), each read digit by digit: a phone, with a cue or
    none ("the rice mill office, six five oh ... seven three oh five") where they are set
    off as one (``_set_off``); not a count said in two breaths ("one two three, then four
    five six seven")."""
    return len(pieces) == len(groups) == 2 and [len(g) for g in groups] == [3, 4] and not counting(
        list("".join(groups))) and _set_off(text, pieces)


def _set_off(text: str, pieces: list[list[tuple[int, int]]]) -> bool:
    """Two groups said as a number is, not as the numbers of two things ("room four one two,
    then gate five five one eight", "version three two one, build four four five six"): a
    pause or a preposition a number is "on" before the first ("the office, six five oh",
    "she's on six oh two"), a pause or a transcript's note right before the second, no
    question between or after them."""
    before = text[max(0, pieces[0][0][0] - _BEFORE):pieces[0][0][0]].rstrip()
    words = before.split()
    gap = text[pieces[0][-1][1]:pieces[1][0][0]].rstrip()
    return (not before or not before[-1].isalnum() or words[-1].lower() in _ON) and bool(gap) \
        and not gap[-1].isalnum() and "?" not in text[pieces[0][-1][1]:pieces[1][-1][1] + 1]
