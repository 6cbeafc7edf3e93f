"""Language per segment: a script check for short text, English stop words for plain
English, py3langid (model in its wheel) for the rest."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from redact.records import NER_LANGUAGES

__all__ = ["identify", "likely_languages", "release_model", "NER_LANGUAGES"]

_LONG_ENOUGH = 60  # letters; below this an n-gram guess is noise, the script decides
_CYRILLIC_OTHERS = {"uk", "bg", "sr", "mk", "be", "kk", "mn", "ky", "tg"}
# English stop words that are not also words of other Latin-script languages ("die",
# "was", "in", "is", "we", "to", "i"...). English prose, even a meeting's disfluent
# speech, has over 5% of its words among them; German, French, Spanish, Dutch, Polish,
# Swedish, Czech, Turkish and Finnish sentences none or nearly none (at most 4%).
_NOT_ONLY_ENGLISH = set(
    "is we me he us over hem had die was per con via sie son non des les une por que nach "
    "bis hat den der das und ist mit auf sich nicht ein eine als auch noch wie zu so am im "
    "um in an on no de la le et en se ne il un da do i a o e y w z na ni to ta te ten po od "
    "nie ale czy jak tak dla pod nad bez przy".split())
_ENGLISH = frozenset(STOP_WORDS - _NOT_ONLY_ENGLISH)
_ENGLISH_ASCII = frozenset(w.encode("ascii") for w in _ENGLISH if w.isascii())
_ASCII_LETTERS_ONLY = bytes(c if chr(c).isalpha() and c < 128 else 32 for c in range(256))
_ENGLISH_SHARE = 0.05
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())


@lru_cache(maxsize=1)
def _identifier():
    from redact.detect.langid_model import mapped_identifier  # imports py3langid

    return mapped_identifier()


def release_model() -> None:
    """The language model's pages, when it was loaded, leave memory until a text needs
    them again: called once the languages of a large batch are known, before NER runs."""
    if _identifier.cache_info().currsize:
        from redact.detect.langid_model import release

        release()


def _english(text: str) -> bool:
    if text.isascii():  # its words split in C: a third of the regex's time
        words = text.lower().encode("ascii").translate(_ASCII_LETTERS_ONLY).split()
        return sum(map(_ENGLISH_ASCII.__contains__, words)) >= _ENGLISH_SHARE * len(words)
    words = _WORD.findall(text.lower())
    return sum(map(_ENGLISH.__contains__, words)) >= _ENGLISH_SHARE * len(words)


def identify(text: str, model: bool = True) -> str | None:
    """ISO 639-1 code of the segment's language, or None when it has no letters. Without
    ``model`` (for code, whose language only picks the rules') the script decides."""
    cyrillic = latin = other = 0
    if text.isascii():  # most text: its letters counted in one pass of C
        latin = len(text.encode("ascii").translate(None, _ASCII_NON_LETTERS))
    else:
        for ch in text:
            if not ch.isalpha():
                continue
            if "\u0400" <= ch <= "\u04ff":
                cyrillic += 1
            elif ch.isascii() or "\u00c0" <= ch <= "\u024f":
                latin += 1
            else:
                other += 1
    letters = cyrillic + latin + other
    if letters == 0:
        return None
    if letters < _LONG_ENOUGH or not model:
        if other > cyrillic + latin:
            return _classify(text)
        return "ru" if cyrillic >= latin else "en"
    if latin > cyrillic and latin >= other and _english(text):
        return "en"
    guess, prob = _identifier().classify(text)
    if cyrillic >= latin and cyrillic >= other:
        return guess if guess in _CYRILLIC_OTHERS and prob > 0.95 else "ru"
    if latin >= other:
        return guess if guess != "en" and guess != "ru" and prob > 0.99 else "en"
    return guess


def _classify(text: str) -> str:
    return _identifier().classify(text)[0]


def likely_languages(text: str, count: int, among: frozenset[str]) -> list[str]:
    """The ``count`` languages of ``among`` py3langid ranks likeliest for a short ``text``
    ("qué macana": French, Spanish, Portuguese): a word or two has no one language, but the
    one it is of is among the first few."""
    return [lang for lang, _ in _identifier().rank(text) if lang in among][:count]
