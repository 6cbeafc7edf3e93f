"""Words of the writer's other language that NER reads as names: a greeting, a call or an
exclamation in Romanian, Spanish or Slovene mixed into English or Russian ("bună ziua",
"mirá", "qué macana" in lowercase). NER's English and Russian models know no such word and
take it for a name; ``wordfreq`` knows it as a frequent word of that language.

Which languages to ask is py3langid's ranking of the words themselves: a word or two has
no sure language, but its own is among the first few, and only those few word lists are
read (``wordfreq``'s small ones: the words a million words hold at least once).
"""

from __future__ import annotations

from collections.abc import Collection

import wordfreq

from redact.detect.checks import NER_DETECTORS, WORD
from redact.detect.wordlike import OPENING_ZIPF, is_first_name, is_given_name, small_zipf
from redact.records import Finding

__all__ = ["is_foreign_words"]

# The languages whose small lists wordfreq reads without a tokenizer of its own (Chinese,
# Japanese and Korean need one) and that are not English: an English word NER reads as a
# name has the checks of ``wordlike``, whose thresholds are English's.
_LANGUAGES = frozenset(wordfreq.available_languages(wordlist="small")) - {"en", "zh", "ja", "ko"}
_CANDIDATES = 3  # py3langid's likeliest languages asked: "qué macana" ranks Spanish second
# One of a language's commonest words ("qué" 6.1, "bună" 5.6 ): the phrase it opens is of
# that language, whatever rarer word follows ("qué macana": "macana" is a rare noun).
_COMMONEST_ZIPF = 5.0


def is_foreign_words(text: str, f: Finding, first_names: Collection[str]) -> bool:
    """NER's person written all in lowercase, none of its words a given name (the names
    lexicon's, or gender-guesser's as written: it lists "Que" and "Buna", not "qué" and
    "bună"), that is words of another language: one of the likeliest languages of its
    words has each of them among its frequent words (``OPENING_ZIPF``), or the phrase opens
    with one of its commonest. A name in lowercase ("gerald", "ana lucía", "olga") keeps
    its given name."""
    value = text[f.start:f.end]
    if f.detector not in NER_DETECTORS or f.category != "PERSON" or not value.islower():
        return False
    words = WORD.findall(value)
    if not words or len(words) > 3 or any(
            is_first_name(w, first_names, abroad=False) or is_given_name(w, as_written=True)
            for w in words):
        return False
    from redact.detect.language import likely_languages  # its stop words import spaCy

    for lang in likely_languages(" ".join(words), _CANDIDATES, _LANGUAGES):
        frequencies = [small_zipf(w, lang) for w in words]
        if frequencies[0] >= _COMMONEST_ZIPF or min(frequencies) >= OPENING_ZIPF:
            return True
    return False
