"""A name that is a word too after a kin word: "my kuia mercy saw the ad first", "my gogo
charity is coming". After whose relation someone is, a lowercase word the subject of a verb
is their name, unless it is a word that stands there in English anyway ("my sister really
is", "my kid sister is", "my son will be late")."""

from __future__ import annotations

from collections.abc import Collection

from spacy.lang.en.stop_words import STOP_WORDS

from redact.detect.speech import is_hesitation
from redact.detect.wordlike import zipf

__all__ = ["word_name_before_verb"]

# verbs a person is the subject of, right after their name
_VERBS = {"is", "was", "will", "would", "can", "could", "has", "had", "says", "said", "saw",
          "sent", "sends", "called", "came", "comes", "wants", "told", "asked", "might"}
_TIMES = {"today", "tonight", "yesterday", "tomorrow", "recently", "finally", "eventually", "later"}
_AUXILIARIES = {"will", "may", "can", "might", "must", "shall", "would", "should", "could"}
_NAME_ZIPF = 5.0  # words as frequent as "people" are no names: "my mum people say"


def word_name_before_verb(word: str, after: str, kin_words: Collection[str]) -> bool:
    """Whether ``word``, after a kin word and before ``after``, is a name: ``after`` is a
    verb ("is", "saw", one in the past: "picked") and ``word`` no stop word, adverb, word
    of time, auxiliary, kin word or interjection."""
    low, verb = word.casefold(), after.casefold()
    return ((verb in _VERBS or len(verb) > 4 and verb.endswith("ed")) and low not in STOP_WORDS
            and low not in _TIMES and low not in _AUXILIARIES
            and low not in kin_words and not low.endswith("ly") and zipf(low, "en") < _NAME_ZIPF
            and not is_hesitation(word))
