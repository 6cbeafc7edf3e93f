"""Where a name ends: the initials and capitalised words after a given name, a name
wrapped onto the next line of a quoted or mailed text, and name tokens side by side made
one name with the generation after it, which the name finders share."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

__all__ = ["NAME_WORD", "merge", "rest", "wraps"]

# A capitalised Latin word of a name, diacritics and "Mc", "O'" and double-barrelled ones too
# (Vietnamese with its horned and dotted letters: "Nguyễn", "Trương")
_LOWER = "a-zß-öø-ÿā-žơưạ-ỹ"
NAME_WORD = rf"(?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-ÞĀ-ŽƠƯẠ-Ỹ][{_LOWER}]+(?:['’-][A-ZÀ-ÖØ-ÞĀ-ŽƠƯẠ-Ỹ{_LOWER}][{_LOWER}]+)?"
# initials and capitalised words after a first name: the rest of the name
_NAME_REST = re.compile(rf"(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ]\.|{NAME_WORD})){{0,2}}(?![\w'’-])|")
_GENERATION = re.compile(r",?[ \t](?:Jr\.?|Sr\.?|II|III|IV)(?![\w-])")
_WRAPPED_WORD = re.compile(rf"[ \t]*\n[ \t]*(?:>[ \t]*)*({NAME_WORD})(?![\w'’-])")


def rest(text: str, start: int, end: int) -> int:
    """Where the name from ``start`` whose given name ends at ``end`` ends: after the
    capitalised words that follow, on its line or, wrapped, on the next ("Shri Sarah\n>
    Williams we may proceed")."""
    stop = _NAME_REST.match(text, end).end()
    if (stop == end and (m := _WRAPPED_WORD.match(text, end)) and wraps(text, start, m.end())
            and m.group(1).lower() not in STOP_WORDS):  # "Dr Sarah\nThe next item is"
        return m.end()
    return stop


def wraps(text: str, start: int, end: int) -> bool:
    """A line break inside text[start:end] wraps a sentence: words stand before ``start`` on
    its line, and the line of ``end`` goes on in lowercase or after a comma, or ends there
    ("Dr Édouard\nTecher is attached", "Kind regards, Dr Amelia\nHolmes"), as no list,
    table or signature of one name a line does."""
    before = text[text.rfind("\n", 0, start) + 1:start].strip()
    line_end = text.find("\n", end)
    after = text[end:len(text) if line_end < 0 else line_end].strip()
    after = after.removeprefix("'s").removeprefix("’s").strip()  # "Dr Amelia\nHolmes's note"
    return any(c.isalpha() for c in before) and (not after or after[:1] == "," or after[:1].islower())


def merge(text: str, spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Adjacent name tokens separated by one space make one name, with the generation
    after it ("Patricia Koch II", "Dale Earnhardt Jr.")."""
    out: list[tuple[int, int, float]] = []
    for a, b, s in spans:
        if out and text[out[-1][1]:a] == " ":
            pa, _, ps = out[-1]
            out[-1] = (pa, b, max(ps, s))
        else:
            out.append((a, b, s))
    return [(a, (m.end() if (m := _GENERATION.match(text, b)) else b), s) for a, b, s in out]
