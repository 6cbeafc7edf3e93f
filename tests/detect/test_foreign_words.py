"""NER's lowercase persons that are words of the writer's other language, and the lowercase
given names and look-alikes that stay names."""

from __future__ import annotations

import pytest

from redact.detect.foreign_words import is_foreign_words
from redact.detect.packs import load_rules
from tests.detect.found import span

_FIRST_NAMES = load_rules().first_names["en"]


@pytest.mark.parametrize(("text", "value"), [
    ("[08:01] kai_r: buenos días, the pump is fixed", "buenos días"),
    ("[08:02] kai_r: oye, mirá, the valve is new", "mirá"),
    ("[08:03] kai_r: bună seara, my phone is dead", "bună seara"),
    ("[08:04] kai_r: the invoice came in, qué suerte", "qué suerte"),  # a rare word after "qué"
    ("[08:05] kai_r: dobrý den, the keys are here", "dobrý den"),
])
def test_words_of_another_language_are_no_person(text, value):
    assert is_foreign_words(text, span(text, value), _FIRST_NAMES) is True


@pytest.mark.parametrize(("text", "value", "category", "detector"), [
    # lowercase given names, of the lexicon or of gender-guesser's dictionary as written
    ("[08:06] kai_r: ask gerald about the pump", "gerald", "PERSON", "spacy"),
    ("[08:07] kai_r: ask olga about the pump", "olga", "PERSON", "spacy"),
    ("[08:08] kai_r: the keys are with mehmet", "mehmet", "PERSON", "spacy"),
    ("[08:09] kai_r: ask ana lucía", "ana lucía", "PERSON", "spacy"),
    # a name that is a word too
    ("[08:10] kai_r: my sister luz drives", "luz", "PERSON", "spacy"),
    # capitalised, not NER's, or no person
    ("[08:11] kai_r: Mirá Kovač signed", "Mirá Kovač", "PERSON", "spacy"),
    ("[08:12] kai_r: oye, mirá, the valve", "mirá", "PERSON", "name_lexicon"),
    ("[08:13] kai_r: oye, mirá, the valve", "mirá", "LOCATION", "spacy"),
    # an English word: the checks of ``wordlike`` with their English thresholds
    ("[08:14] kai_r: the tuner came", "tuner", "PERSON", "spacy"),
])
def test_names_and_look_alikes_stay(text, value, category, detector):
    f = span(text, value, category, detector)
    assert is_foreign_words(text, f, _FIRST_NAMES) is False
