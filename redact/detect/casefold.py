"""Case-blind word triggers decided by substring search in any text, as ``regex`` decides.

A case-insensitive literal of ``regex`` (version 0: simple case folding) matches a text
character ``t`` at a pattern character ``c`` when ``t`` is among ``c``'s cases
(``_regex.get_all_cases``). That relation is not an equivalence: "i" matches "İ" but "I"
does not, "I" matches "ı" but "i" does not. So the text is not simply lowercased: the
characters of the words are put in classes (linked when one is a case of another), and a
text character becomes its class's representative when the characters of the words it
matches are exactly one class. Then a word matches at a place exactly when its folded
form is there in the folded text. A text holding a character that matches only part of a
class ("İ" beside words with "i" and "I") cannot be folded so: ``fold`` returns None and
the caller searches with the regex.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex
from regex import _regex

__all__ = ["CaseFold", "alternatives"]


class CaseFold:
    """The fold of texts and words for a set of words matched case-blind."""

    def __init__(self, words: Iterable[str]) -> None:
        chars = set("".join(words))
        cases = {c: {chr(x) for x in _regex.get_all_cases(regex.IGNORECASE, ord(c))} for c in chars}
        rep = {c: c for c in chars}  # union-find over the words' characters

        def find(c: str) -> str:
            while rep[c] != c:
                c = rep[c]
            return c

        for c in chars:
            for other in cases[c] & chars:
                a, b = find(c), find(other)
                if a != b:
                    rep[max(a, b)] = min(a, b)
        self.rep = {c: find(c) for c in chars}  # a word's character -> its class
        members: dict[str, set[str]] = {}
        for c, r in self.rep.items():
            members.setdefault(r, set()).add(c)
        matched: dict[str, set[str]] = {}  # a text character -> the words' characters it matches
        for c in chars:
            for t in cases[c]:
                matched.setdefault(t, set()).add(c)
        self.table: dict[int, str] = {}
        self.partial: set[str] = set()  # text characters matching part of a class
        for t, cs in matched.items():
            r = self.rep[next(iter(cs))]
            if cs == members[r]:
                self.table[ord(t)] = r
            else:
                self.partial.add(t)

    def word(self, word: str) -> str:
        return "".join(map(self.rep.__getitem__, word))

    def fold(self, text: str, chars: set[str]) -> str | None:
        """The text folded (its characters ``chars``), or None when it holds a character
        only the regex decides."""
        if not self.partial.isdisjoint(chars):
            return None
        return text.translate(self.table)


def alternatives(source: str) -> list[str] | None:
    """The words of an alternation of escaped words ("w1|w2", each ``regex.escape``d with
    ``special_only=False``), or None when the source is not one."""
    words, word, chars = [], [], iter(source)
    for ch in chars:
        if ch == "\\":
            word.append(next(chars, ""))
        elif ch == "|":
            words.append("".join(word))
            word = []
        else:
            word.append(ch)
    words.append("".join(word))
    if "|".join(regex.escape(w, special_only=False) for w in words) != source:
        return None
    return words
