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

A few letters outside ASCII are cases of ASCII ones ("İ" and "ı" of the i's, "ſ" of "s",
the Kelvin sign of "k"). Beside them in one fold, every "i" of a text would match only
part of its class, and each text that is not ASCII would need the regex. So the words
holding such letters are folded apart (``WordFolds``): the other words decide by
substring search in any text but one holding those rare letters.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping

import regex
from regex import _regex

__all__ = ["CaseFold", "WordFolds", "FoldedText", "alternatives", "fewest"]


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


class WordFolds:
    """The case-blind words of many triggers, folded in two groups: words with a letter
    that is a case of an ASCII one but not ASCII itself, and the others."""

    def __init__(self, words: Mapping[Hashable, list[str] | None]) -> None:
        known = {key: ws for key, ws in words.items() if ws}
        rare = {w for ws in known.values() for w in ws if any(map(_rare, w))}
        self.folds = (CaseFold(w for ws in known.values() for w in ws if w not in rare),
                      CaseFold(rare))
        self.words = {key: tuple(fewest({fold.word(w) for w in ws if (w in rare) == bool(i)})
                                 for i, fold in enumerate(self.folds)) for key, ws in known.items()}
        self.rare = {key: [w for w in ws if w in rare] for key, ws in known.items()}
        self.searches: dict[Hashable, regex.Pattern] = {}  # a key's rare words, as the regex

    def text(self, text: str, chars: set[str]) -> FoldedText:
        return FoldedText(self, text, chars)


class FoldedText:
    """One text's answers for ``WordFolds``' keys, each fold made when first needed."""

    def __init__(self, folds: WordFolds, text: str, chars: set[str]) -> None:
        self.folds, self.text, self.chars = folds, text, chars
        self.folded: list[str | None | bool] = [False, False]  # False: not folded yet

    def holds(self, key: Hashable) -> bool | None:
        """Whether the text holds one of the key's words as the regex matches them
        case-blind; None when only the key's own regex can tell (a key that is not an
        alternation of words, a text with a letter the plain fold cannot fold)."""
        words = self.folds.words.get(key)
        if words is None:
            return None
        for i, group in enumerate(words):
            if not group:
                continue
            if self.folded[i] is False:
                self.folded[i] = self.folds.folds[i].fold(self.text, self.chars)
            folded = self.folded[i]
            if folded is None and not i:
                return None
            if folded is None:  # the rare words alone, as the regex matches them
                search = self.folds.searches.get(key)
                if search is None:
                    search = self.folds.searches[key] = regex.compile("|".join(
                        regex.escape(w, special_only=False) for w in self.folds.rare[key]),
                        regex.IGNORECASE)
                if search.search(self.text):
                    return True
            elif any(map(folded.__contains__, group)):
                return True
        return False


def _rare(c: str) -> bool:
    """A letter outside ASCII that is a case of an ASCII one ("İ", "ı", "ſ", "K")."""
    return not c.isascii() and any(
        x < 128 for x in _regex.get_all_cases(regex.IGNORECASE, ord(c)))


def fewest(words: set[str]) -> tuple[str, ...]:
    """The words that hold none of the others: a text holding one holds those too."""
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


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
