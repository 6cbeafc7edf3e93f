"""Kin words of more languages, the word that says which kin after a kin word, a Russian
trade's noun the dictionary lacks before a Latin name, and a name wrapped over quoted
lines with its particle: exact spans, and the near-misses left alone."""

from __future__ import annotations

import pytest

from redact.detect.name_cues import cued_names


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("my dada mkubwa furaha flies in tomorrow", "my dada mkubwa [PERSON_1] flies in tomorrow"),
    ("my mas teguh is paying for the panels", "my mas [PERSON_1] is paying for the panels"),
    ("моя гелин Гозель заберёт мёд", "моя гелин [PERSON_1] заберёт мёд"),
])
def test_a_name_after_a_kin_word_and_which_kin(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "my dada mkubwa will text the DJ",
    "my kakak perempuan is coming",
])
def test_the_word_that_says_which_kin_is_no_name(redactor, text):
    assert redactor.scrub_text(text).text == text


def test_a_trades_noun_the_dictionary_lacks_introduces_a_latin_name():
    text = "мёд отпустила пасечница Şabettin\nAkdeniz"
    assert [text[a:b] for a, b, _ in cued_names(text)] == ["Şabettin\nAkdeniz"]
    assert cued_names("отпустила больница Şabettin Akdeniz") == []


def test_a_name_wrapped_over_quoted_lines_keeps_its_particle_and_the_quotes_marks():
    text = "> signed by the presenter Quinn\n> van Beeck Beeckmans at nine"
    assert [text[a:b] for a, b, _ in cued_names(text)] == ["Quinn", "van Beeck Beeckmans"]


def test_a_russian_family_name_makes_the_rare_word_before_it_a_given_name():
    text = "Second shooter: Селиверст Селиверстов"
    assert [text[a:b] for a, b, _ in cued_names(text)] == ["Селиверст Селиверстов"]
    assert cued_names("Second shooter: Техпаспорт Гаврилов") == []
