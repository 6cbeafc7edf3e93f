"""Words written in two alphabets at once: a Latin name with a Cyrillic "а" or "о" in it
("Mаrgаrethe", typed on a Russian layout or put there to slip past a filter), a Russian one
with a Latin "o" or "p" ("Ивaнoвa"), an address with a Greek "ο" ("gmаil.cοm"). To a reader
the word is one alphabet's; to a model or a rule it is no word at all. So a word that mixes
Latin with Cyrillic or Greek letters is read in the alphabet most of its letters are in,
each letter of the other one as the letter it looks like, where every one of them has such
a twin; a word whose letters of the other alphabet have none ("SMSка", "Wi-Fiшка") stays as
written, as does a word split evenly between the two.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redact.detect.escapes import Edit

__all__ = ["homoglyphs"]

# the letters of Cyrillic and Greek that look like a Latin one, in the fonts people read
_AS_LATIN = {
    **dict(zip("аеорсухѕіјԁԛԝһ", "aeopcyxsijdqwh")),
    **dict(zip("АВЕКМНОРСТХУІЈЅԚԜҺ", "ABEKMHOPCTXYIJSQWH")),
    **dict(zip("οαιν", "oaiv")),
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX")),
}
# the Latin letters that look like a Cyrillic one
_AS_CYRILLIC = {**dict(zip("aeopcyx", "аеорсух")), **dict(zip("ABEKMHOPCTXY", "АВЕКМНОРСТХУ"))}
# a Latin letter beside a Cyrillic or Greek one, inside a word
_MIXED = re.compile("[A-Za-z][\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]|[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f][A-Za-z]")
_WORD = re.compile(r"[^\W\d_]+")


def homoglyphs(text: str) -> Iterator[Edit]:
    """Each letter of a mixed word's fewer alphabet as its twin in the other."""
    if text.isascii() or _MIXED.search(text) is None:
        return
    for m in _WORD.finditer(text):
        word = m.group()
        if _MIXED.search(word) is None:
            continue
        latin = [i for i, c in enumerate(word) if c < "\u0250"]
        other = [i for i, c in enumerate(word) if "\u0370" <= c < "\u0530"]
        if len(latin) + len(other) < len(word) or len(latin) == len(other):
            continue  # letters of a third alphabet, or as many of each
        table, minority = (_AS_LATIN, other) if len(latin) > len(other) else (_AS_CYRILLIC, latin)
        if all(word[i] in table for i in minority):
            yield from ((m.start() + i, m.start() + i + 1, table[word[i]]) for i in minority)
