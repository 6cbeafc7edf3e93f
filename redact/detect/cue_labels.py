"""A value that opens with its own label: "TPIN no. TPIN 33268534", "абонемент мамы:
Абонемент 1079", "social security no.: SS# 837654948", "лицевой счёт Договор ИН-31278".
People paste a document's number with the word printed in front of it on the document;
after a cue that word is part of what was pasted, and the finding covers it with the code.

A cue alone before its value stays a cue ("EMŠO [GOV_ID_1]", "полис ОМС [OTHER_1]"), and
so does a qualifier the cue takes ("passport of Kenya A1234567", "паспорт РБ KB 3094418"):
a label is read only where the cue is finished, after its punctuation or its companion
("no.", ":", "number"), where any capitalised word or acronym may be one; or, anywhere
after a cue, where the word is the row's own cue, capitalised as printed ("Квитанция",
"Абонемент"). A label is read only before the shapes of codes the table names
(``cue_labels: shapes``): a phone or a date opens with no printed word.

A document's own noun (``cue_labels: nouns``, a table of the words a booking, a ticket, a
receipt, a permit or a contract is printed under, in many languages) is a label in any case
after a cue, with a word of what before it or a word or two of what for after it ("the
guest's booking for the trek Lodge booking 85655", "пропуск на Укок: пропуск в погранзону
31-283001", "номер брони: договор на банкет Б-1880"); the number after it may be short
and digits alone, as "Абонемент 1079" is. Without a cue before it the noun stays a cue.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from redact.errors import ConfigError

__all__ = ["Labels", "NO_AMOUNT", "read_labels"]

# any label, after a number sign or not ("n° AVS"): an acronym with a number sign ("SS#",
# "ИН №"), or a capitalised word or an acronym in capitals, a lowercase word after it
# ("Feed order", "TPIN", "EMŠO"), then a space (classes, not ``\p{..}``, which leaves a pattern no triggers: ``redact.detect.triggers``)
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁĀĂĄĆČĎĐĒĘĚĞİŁŃŇŐŒŘŚŞŠŤŰŹŻŽ"
_LOWER = "a-zß-öø-ÿа-яёāăąćčďđēęěğıłńňőœřśşšťűźżž"
_ANY = (f"(?-i:(?:n[°º][ ]?)?(?:[{_UPPER}]{{2,6}}(?:#|[ ]?№)[ ]?"
        f"|[{_UPPER}][^\\W\\d_]{{1,15}}+[ ](?:[{_LOWER}]{{2,12}}+[ ](?=[^\\W_]))?))")
# after a word no cue of the row names, a year alone is what the word says of the document
# ("passport no.: Valid 2030"), not its number
_NO_YEAR = r"(?!(?:19|20)\d{2}(?![\w/-]|[.,]\d))"
_MIN_WORD = 4  # a shorter cue is an acronym or cut short ("ID", "tel", "л/с")
_NUMBERED = {"no", "nr", "number", "номер"}  # a number's word after a short cue ("ID no")
_LOWERCASE_NOUNS = regex.compile(r"\p{Cyrillic}+")
# a document's number after its word may be short, digits alone ("Абонемент 1079"): not a
# part of a date, an amount or a time
_SHORT = r"\d{3,10}+(?![\w/-]|[.,:]\d|[ \t]*[$€£₽%])"
# after a document's noun, the short number may have a part after a slash ("бронь зала 983/11")
_PRINTED_SHORT = r"\d{3,10}+(?:/\d{1,4}+)?(?![\w/-]|[.,:]\d)"
# nor is what follows a document's noun an amount: "номер брони: бронь зала 2500 ₽"
NO_AMOUNT = r"(?![ \t]*(?:[$€£₽%]|(?i:руб|usd|eur|rub|gbp|евро|долл|тенге|сом|грн)(?![^\W\d_])))"
# what a document's noun may take: a capitalised word before it ("Lodge booking"), a word
# or two after it, a preposition's phrase among them ("бронь зала", "хранение шин", "пропуск в
# погранзону", "fault ref"), then a number sign ("путёвка № 30212")
_BEFORE_NOUN = f"(?:(?-i:[{_UPPER}][{_LOWER}]{{1,14}}+)[ ])?"
_NUMBER_SIGN = r"(?:[ ]?(?:№|#|(?i:no\.?|nr\.?|n[°º]))(?![^\W\d_]))?"
_AFTER_NOUN = (f"(?:[ ](?:(?i:на|в|во|для|за|по|of|for)[ ])?[{_LOWER}]{{2,15}}+(?![^\\W\\d_])){{0,2}}"
               f"{_NUMBER_SIGN}[ ]")


@dataclass(frozen=True)
class Labels:
    """The shapes a label may open."""

    shapes: frozenset[str] = frozenset()
    nouns: tuple[str, ...] = ()  # a document's own nouns: "booking", "бронь", "boleta"

    def merge(self, other: "Labels") -> "Labels":
        """This table's shapes and nouns with another pack's."""
        return Labels(self.shapes | other.shapes, self.nouns + other.nouns)

    def takes(self, shapes: tuple[str, ...]) -> bool:
        """Whether a row's values may open with a label: all its shapes are codes."""
        return bool(self.shapes) and all(s in self.shapes for s in shapes)

    def start(self, phrases: tuple[str, ...]) -> str:
        """What a label looks like where a value may start: tested with the value's start
        after it, it spares most capitalised words the search for a cue behind them."""
        known = _known(phrases)
        return f"(?:(?=[^\\W\\d_])(?:{_ANY}|{self._printed()}{known}))?"

    def ahead(self, value: str, phrases: tuple[str, ...]) -> str:
        """A lookahead for what each of ``around``'s matches starts with, a label or none,
        then the value or a short number: tested first, it spares the places where no
        value stands the search for a cue behind them."""
        known = _known(phrases)
        printed = f"|{self._printed()}" if self.nouns else ""
        # one label group, then what any label is followed by: a match holds a digit then, as
        # ``redact.detect.triggers`` reads it (an alternative of its own without the value
        # left the row on every text with a space)
        return (f"(?=(?:(?=[^\\W\\d_])(?:{_ANY}{known}{printed}))?"
                f"(?:{value}|{_SHORT}|{_PRINTED_SHORT}))")

    def _printed(self) -> str:
        """A document's noun as printed before its number, with its words around it."""
        if not self.nouns:
            return "(?!)"
        ordered = sorted(set(self.nouns), key=lambda w: (-len(w), w))
        # a letter first: a run of digits and signs is spared the nouns one by one; not right
        # after an acronym, whose name the noun goes on ("NHIS membership 58692359")
        nouns = "|".join(map(regex.escape, ordered))
        return (f"(?=[^\\W\\d_])(?<!(?-i:[{_UPPER}]{{2,6}})[ ]){_BEFORE_NOUN}(?i:{nouns})"
                f"(?![^\\W\\d_]){_AFTER_NOUN}")

    def around(self, cued: str, value: str, companions: str, phrases: tuple[str, ...],
               acronyms: tuple[str, ...] = ()) -> str:
        """A row's value after its cue (``cued``, a lookbehind), its label before it or not:
        any label where the cue is finished (a sign or a companion right before), one of
        the row's own one-word cues anywhere, the short number a document prints after its
        word ("Абонемент 1079") after one of those only; or, with no cue behind, the row's
        own word capitalised inside a sentence and a space from the code, a label pasted
        with its value ("лицевой счёт интернета Договор ИН-31278"), in a script whose
        languages write a noun in lowercase (German capitalises each: "Sein Reisepass")."""
        finished = f"(?<=(?:[^\\w\\s]|(?<![^\\W\\d_]){companions})[ \\t]{{0,2}})"
        words = _own_words(phrases)
        known = _capitalised(words)
        # the row's own word or acronym printed again before the value, anywhere after the
        # cue: "passport: passport no. K4678..", "NIF арендатора contribuinte 1573..", "CURP
        # CURP VORD.."
        numbered = _numbered(phrases)
        again = "|".join(([_repeated(words)] if words else []) + ([numbered] if numbered else [])
                         + ([f"(?-i:{'|'.join(map(regex.escape, acronyms))})[ ](?=[^\\W_])"]
                            if acronyms else []))
        printed = (f"|{self._printed()}{_NO_YEAR}(?:{value}|{_PRINTED_SHORT}){NO_AMOUNT}"
                   if self.nouns else "")
        again = f"|{again}" if again else ""
        if not known:
            return f"(?:{cued}(?:(?:{finished}{_ANY}{_NO_YEAR}{again})?{value}{printed}))"
        own = _capitalised(p for p in words if _LOWERCASE_NOUNS.fullmatch(p))
        own = f"|(?<=[{_LOWER}][ \\t]){own}{value}" if own else ""
        return (f"(?:{cued}(?:(?:{finished}{_ANY}{_NO_YEAR}{again})?{value}"
                f"|{known}{_SHORT}{printed}){own})")


def _own_words(phrases: tuple[str, ...]) -> list[str]:
    """A row's one-word cues long enough to be printed before a number as its label, a
    digit inside as Arabizi writes a sound ("bita2a", "hawiye")."""
    return [p for p in phrases if p.isalnum() and not p[0].isdigit() and not p[-1].isdigit()
            and len(p) >= _MIN_WORD]


def _numbered(phrases: tuple[str, ...]) -> str:
    """A row's short cue and its number's word, printed again as the value's label ("ID
    no. ID no. 5606..", "hawiye of madame ID no. 1488.."): the noun before ``_NUMBERED``
    in a phrase of two words, then the number's word and a space; empty for none."""
    heads = sorted({p.split()[0] for p in phrases
                    if len(p.split()) == 2 and p.split()[1] in _NUMBERED and p.split()[0].isalpha()})
    if not heads:
        return ""
    return (f"(?i:(?<!(?<![^\\W\\d_])(?:{'|'.join(heads)})[ ])(?:{'|'.join(heads)}))"
            f"[ ]?(?i:no\\.?|nr\\.?|number|#|№)[ ](?=\\d)")


def _known(phrases: tuple[str, ...]) -> str:
    """The row's own labels as an alternative: its words in any case, its short cues with
    their number's word."""
    words = _own_words(phrases)
    parts = ([_any_case(words)] if words else []) + [p for p in [_numbered(phrases)] if p]
    return "".join(f"|{p}" for p in parts)


def _any_case(words: list[str]) -> str:
    """Words as a label repeats its cue, in any case, a number sign after or not ("passport
    no."), then a space."""
    return (f"(?i:{'|'.join(sorted(set(words), key=lambda w: (-len(w), w)))})"
            f"{_NUMBER_SIGN}[ ]")


def _repeated(words: list[str]) -> str:
    """Own words as a label prints them again after a cue, in any case with a number sign or
    not, then a space: after a sign or a word of none of them ("passport of the dealer:
    passport no.", "NIF арендатора contribuinte"), or right after the same word ("Iranian
    passport passport no."); not one right after another ("insurance policy QT-4822" is a
    cue and its value, no label)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    alternation = "|".join(ordered)
    same = "|".join(f"{w}(?<=(?<![^\\W\\d_]){w}[ ]{w})" for w in ordered)
    return (f"(?i:(?<!(?<![^\\W\\d_])(?:{alternation})[ ])(?:{alternation})|{same})"
            f"{_NUMBER_SIGN}[ ](?=[^\\W_])")


def _capitalised(words: Iterable[str]) -> str:
    """Words as a label writes them, capitalised, then a space; empty for none."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if not ordered:
        return ""
    return f"(?-i:(?=[{_UPPER}][{_LOWER}]))(?i:{'|'.join(ordered)})[ ](?=[^\\W_])"


def read_labels(data: dict[str, object], where: str, shapes: dict[str, str]) -> Labels:
    """The shapes a pack's ``cue_labels`` names, each a known shape, and its nouns of
    documents of every language."""
    section = data.get("cue_labels") or {}
    if not isinstance(section, dict):
        raise ConfigError(f"{where}: cue_labels must be a mapping")
    named = tuple(map(str, section.get("shapes") or ()))
    unknown = [s for s in named if s not in shapes]
    if unknown:
        raise ConfigError(f"{where}: cue_labels names unknown shapes {unknown}")
    nouns = section.get("nouns") or {}
    if not isinstance(nouns, dict):
        raise ConfigError(f"{where}: cue_labels nouns must be a mapping of languages")
    return Labels(frozenset(named), tuple(str(n) for ns in nouns.values() for n in ns))
