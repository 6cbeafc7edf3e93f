"""The words between a cue and its value that say whose it is, where, or what for: "my
username on the water taxi app is armstrong46", "логин в программе записи на массаж:
hmoore", "bankgiro фирмы по окнам: 1410-5290". People name the thing the id belongs to in
a phrase of several words, opened by a preposition, a pronoun or a participle ("on", "у",
"для", "produced"), in Russian after a noun in the genitive as well ("фирмы по окнам");
a noun right after the cue without one makes another thing of it ("the phone bill is").
A word or a sign then hands over to the value (" is ", ":"), or, on a row that needs no
end, the value's shape does ("код от склада у Мордовского университета 6010").

Every word of the gap is bounded and apart by blanks from the next, so the lookbehind that
reads it backwards from a value tries each split once: no nested run can backtrack.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

__all__ = ["GapWords"]

# the longest word of a gap: short words ("on the form", "I use", "для страховой"), and
# Russian's genitives of whose ("от кабинета застройщика")
_GAP_WORD = 16
# a word of a gap, a compound with a hyphen among them: "на сайте серф-школы", "car-hire"
_WORD = f"[^\\W\\d_]{{1,{_GAP_WORD}}}+(?:-[^\\W\\d_]{{1,{_GAP_WORD}}}+)?"
_POSSESSIVE = "(?:['’]s?)?"  # whose, in English: "login for the builder's portal:"
# a site's host among a gap's words: "пароль от my.gov.uz ...", "password for mail.ru is ..."
_HOST = r"(?i:[a-z0-9][a-z0-9-]{0,30}(?:\.[a-z0-9-]{1,30}){1,3})"


@dataclass(frozen=True)
class GapWords:
    """A table's gap: its openers, its ends (words and single signs), the words of whose
    that may stand before an opener (patterns, per language), and how many words at most:
    ``words`` with an end, ``open_words`` without one."""

    opens: tuple[str, ...]
    ends: tuple[str, ...]
    whose: tuple[str, ...]
    words: int
    open_words: int

    def pattern(self, phrases: str, open_: bool = False, *, signed: bool = False) -> str:
        """The gap as a pattern (``phrases`` makes an alternation of whole words), or empty
        without openers and ends: ``open_`` rows may leave the end out after fewer words,
        ``signed`` ones take a sign only ("on the form:", "ID produced:")."""
        ends = tuple(e for e in self.ends if not signed or not e.isalpha())
        most = self.open_words if open_ else self.words
        if not most or not self.opens or not ends:
            return ""
        signs = "".join(regex.escape(e) for e in sorted(set(ends)) if not e.isalpha())
        words = phrases(tuple(e for e in ends if e.isalpha()))
        end = "|".join(([f"[ \\t]*[{signs}]"] if signs else [])
                       + ([f"[ \\t]+{words}(?!\\w)"] if words != "(?!)" else []))
        word = f"(?:[ \\t]+(?:{_WORD}{_POSSESSIVE}|{_HOST}))"
        # one word of whose before the opener: "bankgiro фирмы по окнам:"
        whose = f"(?:[ \\t]+(?:{'|'.join(self.whose)}))?" if self.whose else ""
        gap = f"{whose}[ \\t]+{phrases(self.opens)}(?!\\w)"
        if open_ and self.words > most:  # with an end, as many words as a row that needs one
            return (f"{gap}(?:{word}{{0,{most - 1}}}(?:{end})?"
                    f"|{word}{{{most},{self.words - 1}}}(?:{end}))")
        return f"{gap}{word}{{0,{most - 1}}}(?:{end}){'?' if open_ else ''}"
