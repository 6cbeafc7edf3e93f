"""Language per segment: a script check for short text, py3langid (model in its wheel) for long."""

from __future__ import annotations

from functools import lru_cache

__all__ = ["identify", "NER_LANGUAGES"]

NER_LANGUAGES = ("en", "ru")
_LONG_ENOUGH = 60  # letters; below this an n-gram guess is noise, the script decides
_CYRILLIC_OTHERS = {"uk", "bg", "sr", "mk", "be", "kk", "mn", "ky", "tg"}


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> str | None:
    """ISO 639-1 code of the segment's language, or None when it has no letters."""
    cyrillic = latin = other = 0
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
    if letters < _LONG_ENOUGH:
        if other > cyrillic + latin:
            return _classify(text)
        return "ru" if cyrillic >= latin else "en"
    guess, prob = _identifier().classify(text)
    if cyrillic >= latin and cyrillic >= other:
        return guess if guess in _CYRILLIC_OTHERS and prob > 0.95 else "ru"
    if latin >= other:
        return guess if guess != "en" and guess != "ru" and prob > 0.99 else "en"
    return guess


def _classify(text: str) -> str:
    return _identifier().classify(text)[0]
