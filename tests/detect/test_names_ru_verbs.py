"""A Russian verb opening a sentence is no name however NER reads it ("Исправила в
таблице."), while names that are words too ("Вера", "Роза", "Надежда", "Любовь", "Лев")
stay names: the dictionary reads them as names in one reading."""

from __future__ import annotations

import pytest

from redact.morph import verb_form


@pytest.mark.parametrize("text", [
    "Исправила в таблице заказов.",
    "Отправил вчера вечером.",
])
def test_a_verb_opening_a_sentence_is_no_name(redactor, text):
    assert redactor.scrub_text(text).text == text


def test_names_that_are_words_too_stay_names(redactor):
    text = "Вера позвонила, а Роза и Надежда придут позже, Лев и Любовь тоже."
    assert redactor.scrub_text(text).text == (
        "[PERSON_1] позвонила, а [PERSON_2] и [PERSON_3] придут позже, [PERSON_4] и [PERSON_5] тоже.")


@pytest.mark.parametrize(("word", "verb"), [
    ("Исправила", True), ("Проверить", True), ("Сделав", True),
    ("Вера", False), ("Роза", False), ("Лев", False), ("Любовь", False), ("Надежда", False),
    ("Игорь", False), ("Smith", False),
])
def test_a_verb_in_every_reading_and_no_name(word, verb):
    assert verb_form(word) is verb
