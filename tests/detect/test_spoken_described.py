"""Spoken values whose separators and links are described rather than named
(redact.detect.spoken): an at or a dot described after its word, set off by commas or spaced
dashes ("at, the curly a,", "собака, которая эт,"); the words for an at and a dot of other
languages as Russian speech-to-text writes them, in Cyrillic ("арроба", "пунктум"); letters
spelled with a phrase between them that ends in a colon ("a, we write: n") or a transcript's
bracketed note ("k ... [line crackles] ... i"); a particle between a weak dot and its TLD
("telia point, ju, de"); digit groups with an aside between double dashes. What the value
must be still decides: a TLD closes an email, a description holds no dot that would end a
label, the digits make a valid phone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "email"), [
    ("please send it to wanjiru dot kamau at, the curly a, gmail dot com tonight",
     "wanjiru dot kamau at, the curly a, gmail dot com"),
    ("please send it to sione dot taufa at — the snail one — outlook dot com tonight",
     "sione dot taufa at — the snail one — outlook dot com"),
    ("write to ana dot, the little round one, ruiz at gmail dot com today",
     "ana dot, the little round one, ruiz at gmail dot com"),
    ("напишите на aigerim собака, которая значок, mail точка ru, жду",
     "aigerim собака, которая значок, mail точка ru"),
    # a description that would swallow a label said with a dot is none
    ("mail me, sina at the rate, yahoo dot, lah, com thanks", "sina at the rate, yahoo dot, lah, com"),
])
def test_a_described_separator_makes_an_email(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


@pytest.mark.parametrize(("text", "email"), [
    ("почта lucia пунто gomez арроба gmail пунто com, спасибо", "lucia пунто gomez арроба gmail пунто com"),
    ("почта erik пунктум dahl собака online пунктум no, всё", "erik пунктум dahl собака online пунктум no"),
    ("почта bence пункт toth кукац gmail пункт com, ага", "bence пункт toth кукац gmail пункт com"),
    ("почта giulia пунто rossi а коммерциале libero пунто it", "giulia пунто rossi а коммерциале libero пунто it"),
])
def test_a_separator_of_another_language_written_in_cyrillic_makes_an_email(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


@pytest.mark.parametrize(("text", "email"), [
    ("my email is a, we write: n, we write: a dot mensah at gmail dot com",
     "a, we write: n, we write: a dot mensah at gmail dot com"),
    ("my email is k ... [line crackles] ... i ... [line crackles] ... m dot lee at yahoo dot com",
     "k ... [line crackles] ... i ... [line crackles] ... m dot lee at yahoo dot com"),
    ("почта o, записываем: l, записываем: e собака mail точка ru",
     "o, записываем: l, записываем: e собака mail точка ru"),
    ("email is anders point, ju, berg [at, ju] telia point, ju, de", "anders point, ju, berg [at, ju] telia point, ju, de"),
])
def test_letters_linked_by_a_phrase_or_a_note_and_particles_before_a_tld(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


@pytest.mark.parametrize("text", [
    "we met at, the end of the day, the office dot com",  # a common word after "at the"
    "he stood at, as ever, the door, and left",  # no TLD closes it
    "a, I think: b, I think: c were the options",  # letters, no email
    "ему некуда пунто идти",  # a word of another language in Cyrillic, no address
])
def test_descriptions_and_linked_letters_in_prose_are_no_email(spoken, text):
    assert spoken(text) == []


def test_digit_groups_with_an_aside_between_double_dashes_make_a_phone(spoken):
    text = ("записывай: восемь -- вале -- девятьсот шестнадцать -- вале -- двести сорок четыре -- "
            "вале -- двадцать девять -- вале -- восемнадцать, это мамин")
    assert spoken(text) == [("PHONE_NUMBER", text[len("записывай: "):text.index(", это")])]


def test_number_words_between_double_dashes_are_no_phone_alone(spoken):
    assert spoken("счёт был восемь -- вале -- два, потом три") == []
