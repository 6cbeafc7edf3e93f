"""Words written in two alphabets at once, read in the alphabet most of their letters are
in: each letter of the other one as its look-alike twin, traced to itself; words whose
other letters have no twin, or split evenly, left as written; and, with the real models,
the exact output."""

from __future__ import annotations

import pytest
from viewed import decoded

from redact.detect.homoglyphs import homoglyphs
from redact.detect.view import view


def test_a_latin_word_with_cyrillic_or_greek_twins_reads_as_latin():
    text = "T\u043eri\u0430 Lindqvist"  # a Cyrillic "о" and "а"
    assert view(text).text == "Toria Lindqvist"
    assert decoded(text, "o") == "\u043e"
    assert view("b.holm@\u03bfutlook.com").text == "b.holm@outlook.com"  # a Greek "ο"


def test_a_cyrillic_word_with_latin_twins_reads_as_cyrillic():
    assert view("Зар\u0065ма Х\u0061санова").text == "Зарема Хасанова"


@pytest.mark.parametrize("kept", [
    "купили SMSка и Wi-Fiшка",  # letters of the other alphabet with no twin
    "ВКонтакте, iPhone, Olya и Оля",  # each word in one alphabet
    "код AБ и Бa",  # as many letters of each
])
def test_words_that_are_no_disguise_stay(kept):
    assert not list(homoglyphs(kept))


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("the signup came from T\u043eri\u0430 Lindqvist yesterday", "the signup came from [PERSON_1] yesterday"),
    ("write to b.holm@\u03bfutlook.com today", "write to [EMAIL_1] today"),
])
def test_a_disguised_value_is_scrubbed_whole(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed
