"""Russian morphology: a word without a Cyrillic letter gets the answers pymorphy3's
own reading gives it, without its dictionary being loaded."""

from __future__ import annotations

import subprocess
import sys

import pymorphy3

from redact import morph

# Welsh names as a meeting transcript spells them, accents, dashes, curly apostrophes,
# numbers, Roman numerals, Greek and Japanese
WORDS = ["Siân", "Glyndŵr", "grŵp", "whatever—12", "don’t", "naïve", "Straße", "ß", "XIV",
         "iPhone", "O'Neil", "12", "—", "Αθήνα", "東京", "İstanbul", "Estyn—Estyn", ""]


def _read_by_pymorphy3(word: str) -> tuple:
    parses = pymorphy3.MorphAnalyzer().parse(word)
    in_dictionary = [p for p in parses if morph._in_dictionary(p)]
    return (parses[0].normal_form if parses else word.casefold(), bool(in_dictionary),
            any(t in p.tag for p in parses for t in (*morph.NAME_TAGS, "Geox", "Orgn")))


def test_words_without_cyrillic_letters_read_as_pymorphy3_reads_them():
    for word in WORDS:
        for form in (word, word.casefold()):  # word_key asks for the casefolded form
            assert _read_by_pymorphy3(form) == (morph.lemma(form), False, False)
            assert morph.name_parse(form) == (None, 0.0, False)
            assert not morph.proper_noun(form) and not morph.function_word(form)
            assert morph.normal_forms(form) == frozenset()


def test_latin_text_does_not_load_the_russian_dictionary():
    code = ("import sys, redact.morph as m; m.lemma('Siân'); m.proper_noun('Glyndŵr'); "
            "m.word_keys('naïve'); print(m.analyzer.cache_info().currsize); "
            "print(m.lemma('Ивану'), m.analyzer.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "иван", "1"]
