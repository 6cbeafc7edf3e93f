"""A person's reference under any noun: "herd no. MJ63661", "fitting ref HC-2024-0128",
"aid serial 96L122082", "Kaminfeger-Auftrag 487742", "Russprotokoll 2024-1063", "наряд на
камин К2195", "акт по дымоходу 36021-ХК", "аренда доски №119-680", "заезд №74455".

People name the papers of their own affairs with whatever noun the trade uses, and no table
of documents' nouns keeps up with them; what they share is how the number is printed: a
noun, then a number marker ("no.", "nr", "#", "№", "ref", "serial"), or a German compound
ending in a number's word ("-nummer", "-auftrag", "-protokoll"), or a Russian noun and what
it is for ("на/по/для камин"), then a value shaped as a code. The value's shape carries most
of the evidence (capitals and digits mixed, digits in groups apart by a dash or a slash, or
five digits or more; four after a marker; never a year alone, a date, an amount, a time or
a version), and the nouns that name a thing's number rather than a person's (an order's, an
invoice's, a room's, a flight's, a page's: ``cue_refs: not_nouns``) are left alone, so the
look-alikes stay. The finding covers the noun, its marker and the value: the noun is printed
with the number and says what it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from redact.detect.cue_labels import NO_AMOUNT
from redact.errors import ConfigError
from redact.morph import phrase_forms

if TYPE_CHECKING:
    from redact.detect.cues import Cue

__all__ = ["References", "read_references"]

_LETTER = r"[^\W\d_]"
_CAPS = "A-ZÀ-ÖØ-ÞА-ЯЁ"
# not inside a word, a path, a host, a tag or a code ("example.com/no", "#no")
_BEFORE = r"(?<![^\W_]|[.#/@&=+-])"
# a code: capitals and digits mixed, three digits or more, in up to four groups apart by a
# dash or a slash ("MJ63661", "96L122082", "HC-2024-0128", "К2195", "7299-АБ", "КС-290/27")
_MIXED = (rf"(?=[0-9/-]*+[{_CAPS}])(?=(?:[{_CAPS}/-]*+\d){{3}})"
          rf"[{_CAPS}]{{0,6}}+[/-]?\d[{_CAPS}0-9]{{0,14}}+(?:[/-][{_CAPS}0-9]{{1,14}}+){{0,3}}")
# digits in groups apart by a dash or a slash ("2024-1063", "119-680"): not a date, not a
# year's range ("2019-2020", "2024/25")
_NO_DATE = (r"(?![0-3]?\d[/.-][01]?\d[/.-]\d{2,4}(?!\d))"
            r"(?!(?:19|20)\d{2}[/-](?:(?:19|20)?\d{2}|[01]?\d[/-]\d{1,2})(?![\w/-]))")
_GROUPED = _NO_DATE + r"\d{1,8}+(?:[/-]\d{1,8}+){1,3}"
_LONG = r"\d{5,20}+"
# a size or a quantity, digits and a unit's letters: "SD card 128GB", "slip 500ML"
_NO_SIZE = r"(?!\d{1,6}+[^\W\d_]{1,3}+(?![\w/-]))"
_NO_COLOUR = r"(?![0-9A-Fa-f]{3}(?:[0-9A-Fa-f]{3}(?:[0-9A-Fa-f]{2})?)?(?![\w/-]))"
# what opens a noun's phrase without saying what the paper is: "the slip", "my receipt"
_FUNCTION = "(?i:the|this|that|these|those|your|our|his|her|their|its|any|each|every|one|and|for|with|from)"
# what opens a phrase of a thing or a number, not a paper's own words: "receipt for order", "card number as"
_PREPOSITION = ("(?:for|of|from|to|on|in|at|with|by|about|per|as|is|number|numbers|numéro|numero|"
                "nummer|номер)")
_SHORT = r"(?!(?:19|20)\d{2}(?!\d))\d{4}"  # after a marker only; not a year
# a value ends where its word does, and is not the start of an amount, a time, a decimal or
# a number in groups (a phone's, an id's: their rows read them)
_END = r"(?![\w/-]|[.,:]\d|[ ]\d)" + NO_AMOUNT
# a number's word or sign (each a pattern of its own: a text without one skips it)
_MARKERS = (r"(?i:no\.?|nr\.?|n°\.?|nº\.?|ref\.?|serial|s/n)", "[#№]")


@dataclass(frozen=True)
class References:
    """The table of what stands before a person's reference: the number markers' words are
    fixed; the compounds' number words and the nouns and stems that name a thing's number
    are the pack's, in many languages."""

    compounds: tuple[str, ...] = ()
    prepositions: tuple[str, ...] = ()  # a Russian noun and what it is for: "на", "по"
    not_nouns: tuple[str, ...] = ()
    not_compounds: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()  # the nouns of a trade's papers: "slip", "квитанция"

    def spec(self, rows: Iterable[Cue] = ()) -> dict[str, Any] | None:
        """The recognizer spec, in Presidio's pack format; none without a table. The head
        nouns of the cues of ``rows`` that name their own category ("social security no.",
        "insurance no.") are left to those rows."""
        if not self.not_nouns:
            return None
        heads = {(r.category, p.split()[-1]) for r in rows for p in (*r.phrases, *r.nouns)
                 if p.split() and p.split()[-1].isalpha()}
        things = _words((*self.not_nouns, *(w for c, w in heads if c != "OTHER")))
        # a noun: three letters or more, not a thing's, not an acronym (the acronym rows
        # read "PR #", "NHI no."), not one a row of its own names (a passport's, a phone's:
        # that row gives the category)
        noun = (rf"(?!{things}(?!{_LETTER}))(?-i:(?![{_CAPS}]{{2,}}(?!{_LETTER})))"
                rf"{_LETTER}{{3,24}}+")
        # before a marker, not a cue of any row: "policy no. [OTHER_1]", "карта донора №
        # [OTHER_1]" keep their cue, the row finds the value
        cued = _words(tuple(w for _, w in heads))
        # nor the complement of one ("карта донора № [OTHER_1]")
        marked_noun = rf"(?!{cued}(?!{_LETTER}))(?<!(?<!{_LETTER}){cued}[ ]){noun}"
        # nor, in a Russian noun's phrase, a thing's by the noun before it ("заказ полотенец
        # для апартаментов 12345-67": the order's)
        qualified = rf"(?<!(?<!{_LETTER}){things}[ ]){noun}"
        value = f"(?:{_MIXED}|{_GROUPED}|{_LONG})"
        marked = f"(?:{_MIXED}|{_GROUPED}|{_LONG}|{_SHORT})"
        # each form first looks for its words and a value's first character, cheap tests,
        # before the tables of things' nouns and the value's whole shape
        start = rf"[\d{_CAPS}]"
        word = rf"{_LETTER}{{3,24}}+"
        # a capitalised word before "#" is a street's ("Apoquindo #2523")
        forms = [(f"after {what}", rf"(?={word}{gap}{marker}(?!{_LETTER})[ \t]?:?[ \t]?{start})"
                  rf"(?!(?-i:[{_CAPS}]){_LETTER}*+[ \t]?#){marked_noun}{gap}{marker}(?!{_LETTER})"
                  rf"[ \t]?:?[ \t]?{after}{marked}{_END}")
                 for what, marker, gap, after in zip(
                     ("a number's word", "a number sign"), _MARKERS,
                     # a sign glued to a word is a handle's ("rook#4412"); after it, a hex
                     # colour is no one's ("colour #00FF00")
                     (r"[ \t]?", r"[ \t]"), ("", _NO_COLOUR))]
        if self.prepositions:  # "наряд на камин К2195", "аренда доски №119-680"
            preps = _words(self.prepositions)
            forms.append(("in a noun's phrase", rf"(?={word}[ ]{preps}[ ]{word}[ ](?:№[ ]?)?{start})"
                          rf"{qualified}[ ]{preps}[ ]{noun}[ ](?:№[ ]?)?{value}{_END}"))
            # a noun and its genitive before "№", the first not a preposition's object ("на
            # сплав путёвка №": the noun is the second)
            forms.append(("after a noun and its genitive",
                          rf"(?={word}[ ]{word}[ ]?№[ ]?{start})(?<!(?<!{_LETTER}){preps}[ ])"
                          rf"(?<!(?<!{_LETTER}){things}[ ]){marked_noun}[ ]{noun}[ ]?№[ ]?{value}{_END}"))
        if self.compounds:  # "Kaminfeger-Auftrag 487742", "Russprotokoll 2024-1063"
            forms.append(("in a compound",
                          rf"(?=(?:{_LETTER}|-(?={_LETTER})){{4,40}}+[ \t]?(?:[:#№][ \t]?)?{start})"
                          rf"(?!{_words(self.not_compounds)}){_LETTER}{{2,30}}?-?"
                          rf"{_words(self.compounds)}(?!{_LETTER})[ \t]?(?:[:#№][ \t]?)?"
                          rf"{value}{_END}"))
        if self.documents:  # "tuning slip 2026/193", "квитанция ремонта ВР-7406"
            forms.append(("under a document's noun", _document_form(self.documents, word, start)))
            forms.append(("under a document's noun and its issuer's acronyms",
                          _issued_form(self.documents, word)))
        patterns = [{"name": f"a reference {name}", "score": 0.55,
                     "regex": f"(?=[^\\W\\d_]{{3}}){_BEFORE}{form}"} for name, form in forms]
        return {"name": "cue_reference", "supported_entity": "CUED_ID", "category": "OTHER",
                "patterns": patterns}



def _document_form(documents: tuple[str, ...], word: str, start: str) -> str:
    """A paper's noun right before its code, no marker between: the value's shape must be
    strong (capitals and digits mixed, or five digits or more in two groups: a year and its
    number, "2026/193", but never a date), a word of what before the noun ("tuning slip",
    "job card") and a word or two of what for after it ("fișă de acordaj") read with it,
    not an English preposition's phrase ("the receipt for order 100-5521" is the order's)."""
    # after an acronym the noun is the acronym's document ("ID card", "PAN card"): its rows
    noun = rf"(?<!(?-i:[{_CAPS}]{{2,6}})[ ]){_words(documents)}"
    after = rf"(?:[ ](?!{_PREPOSITION}(?!{_LETTER}))(?-i:[{_CAPS.lower()}ß-ÿăâîșțа-яё'’]{{2,15}}+)(?![^\W\d_])){{0,2}}"
    # two groups: four are a card's number, three a date's or a phone's
    grouped = rf"(?=(?:\d|[/-]\d){{5}}){_NO_DATE}\d{{1,8}}+[/-]\d{{1,8}}+"
    # the word before may be a compound with a dash: "drop-off slip"
    word = rf"{word}(?:-{_LETTER}{{2,12}}+)?"
    return (rf"(?=(?:{word}[ ])?{noun}(?!{_LETTER})[ ])(?:(?!{_FUNCTION}(?!{_LETTER})){word}[ ]"
            rf"(?={noun}(?!{_LETTER})))?{noun}(?!{_LETTER}){after}[ ]:?[ ]?(?={start})"
            rf"(?:{_NO_SIZE}{_MIXED}|{grouped}){_END}")


def _issued_form(documents: tuple[str, ...], word: str) -> str:
    """A paper's noun, then the acronyms of who issued it, then its number: "щенячья
    карточка РКФ ККЛ 3053" (a puppy's card, the kennel federation's, the kennel's letters),
    "карточка РКФ 048213". Two acronyms or more take a short number (three digits or
    more, not a year); one takes five digits or more, so that "ticket BA 2490" (a flight)
    stays, and neither a date, an amount nor a time follows."""
    noun = rf"(?<!(?-i:[{_CAPS}]{{2,6}})[ ]){_words(documents)}(?!{_LETTER})"
    acronym = rf"[ ](?-i:[{_CAPS}]{{2,6}})(?!{_LETTER})"
    number = (rf"(?:(?:{acronym}){{2,3}}[ ](?!(?:19|20)\d{{2}}(?!\d))\d{{3,10}}"
              rf"|{acronym}[ ]\d{{5,10}})")
    return (rf"(?=(?:{word}[ ])?{noun}{acronym})(?:(?!{_FUNCTION}(?!{_LETTER})){word}[ ]"
            rf"(?={noun}))?{noun}{number}{_END}")


def _words(words: tuple[str, ...]) -> str:
    """Case-blind whole words, longest first."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?i:" + "|".join(map(_escape, ordered)) + ")"


def _escape(word: str) -> str:
    return "".join("\\" + c if not (c.isalnum() or c == " ") else c for c in word)


def read_references(data: dict[str, Any], where: str, known: References) -> References:
    """A pack's ``cue_refs`` table, Russian nouns in every case and number; ``known`` for a
    pack without one."""
    section = data.get("cue_refs")
    if section is None:
        return known
    if not isinstance(section, dict):
        raise ConfigError(f"{where}: cue_refs must be a mapping")
    nouns = section.get("not_nouns") or {}
    if not isinstance(nouns, dict):
        raise ConfigError(f"{where}: cue_refs not_nouns must be a mapping of languages")
    things = tuple(f for lang, ws in nouns.items() for w in ws
                   for f in ((w,) if not str(lang).startswith("ru") else sorted(phrase_forms(str(w)))))
    return References(compounds=tuple(map(str, section.get("compounds") or ())),
                      prepositions=tuple(map(str, section.get("prepositions") or ())),
                      not_nouns=tuple(map(str, things)),
                      not_compounds=tuple(map(str, section.get("not_compounds") or ())),
                      documents=_documents(section.get("documents") or {}, where))


def _documents(section: Any, where: str) -> tuple[str, ...]:
    """The ``documents`` table, Russian nouns in every case and number."""
    if not isinstance(section, dict):
        raise ConfigError(f"{where}: cue_refs documents must be a mapping of languages")
    return tuple(str(f) for lang, ws in section.items() for w in ws
                 for f in ((w,) if not str(lang).startswith("ru") else sorted(phrase_forms(str(w)))))
