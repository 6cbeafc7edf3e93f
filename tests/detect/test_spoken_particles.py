"""Spoken values with the writer's own words inside them (redact.detect.spoken): a particle
of any community after an email's separator ("dot wah", "at sign wah", "(dot meh)"), an
aside in brackets around a separator ("(the at thing)"), a dot's word doubled with a hyphen
("dot-point"), "alias" said for an at before a domain, "пункт" for a dot; digit groups read
out after a word of dictating ("ring", "the number") with hesitations around every aside.
What the value must be still decides: a TLD closes an email, a particle is never a label
the address needs, the digits make a valid phone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "email"), [
    ("please write to kwame dot wah osei at sign wah gmail dot wah com tonight",
     "kwame dot wah osei at sign wah gmail dot wah com"),
    ("please write to kwame (dot meh) osei (the at thing) outlook (dot meh) com tonight",
     "kwame (dot meh) osei (the at thing) outlook (dot meh) com"),
    ("please write to kofi dot-point mensah at outlook dot-point com tonight",
     "kofi dot-point mensah at outlook dot-point com"),
    ("please write to kofi alias ymail dot com tonight", "kofi alias ymail dot com"),
    ("please write to kofi alias zentrix dot io tonight", "kofi alias zentrix dot io"),
    ("почта irina пункт sokolova собака, вот, yandex пункт ru, спасибо",
     "irina пункт sokolova собака, вот, yandex пункт ru"),
    # a short label after a separator is the address's, not a particle
    ("please write to lee dot ann at gmail dot wah com tonight", "lee dot ann at gmail dot wah com"),
    ("please write to lee dot wu at acme dot io tonight", "lee dot wu at acme dot io"),
])
def test_a_particle_or_aside_beside_a_separator_makes_an_email(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


@pytest.mark.parametrize("text", [
    "he used the alias office dot com for years",  # a common word after "alias"
    "kofi dot wah mensah at home, no more",  # no TLD closes it
    "the tour went dot-point by dot-point through it",
])
def test_particles_and_aliases_in_prose_are_no_email(spoken, text):
    assert spoken(text) == []


@pytest.mark.parametrize(("text", "phone"), [
    ("so the number, six four two seven [phone crackles] one nine three eight, any time",
     "six four two seven [phone crackles] one nine three eight"),
    ("ring the office on eight one four two ... [static] ... seven seven three one, thanks",
     "eight one four two ... [static] ... seven seven three one"),
    ("телефон: восемь -- эм -- девятьсот шестнадцать -- эм -- ну вот это самое -- эм -- "
     "четыреста двадцать -- эм -- тридцать один -- эм -- ноль семь",
     "восемь -- эм -- девятьсот шестнадцать -- эм -- ну вот это самое -- эм -- четыреста "
     "двадцать -- эм -- тридцать один -- эм -- ноль семь"),
])
def test_digit_groups_after_a_word_of_dictating_or_around_hesitations(spoken, text, phone):
    assert spoken(text) == [("PHONE_NUMBER", phone)]


@pytest.mark.parametrize("text", [
    "we counted nine two eight four, two eight three seven cars",  # no word of dictating
    "the number of seats was four two eight, then six one",  # too few digits
    "ring the bell at nine thirty or ten fifteen, maybe eleven",  # times, not digits
])
def test_short_digit_runs_without_dictating_are_no_phone(spoken, text):
    assert spoken(text) == []


@pytest.mark.parametrize(("text", "phone"), [
    # an aside in a chat alphabet (Arabizi: digits among the letters) between dashed links
    ("the tuner said to call oh eight seven -- deci -- mersi -- deci -- three six one -- "
     "deci -- ma3le -- deci -- seven three one oh, he comes twice a year",
     "oh eight seven -- deci -- mersi -- deci -- three six one -- deci -- ma3le -- deci -- "
     "seven three one oh"),
    ("ya3ne, write it down, zero seven double five [the crane] double oh two [the crane] "
     "yalla ba2a [the crane] oh three two",
     "zero seven double five [the crane] double oh two [the crane] yalla ba2a [the crane] "
     "oh three two"),
])
def test_a_chat_alphabet_word_between_groups_is_an_aside(spoken, text, phone):
    assert spoken(text) == [("PHONE_NUMBER", phone)]


@pytest.mark.parametrize("text", [
    "the room is four one two -- deci -- flat 3b -- deci -- then gate five five one eight",
    "the price was nine ninety -- ya3ne -- nine ninety nine, khalas",
])
def test_a_token_with_a_digit_is_no_aside_unless_its_letters_surround_it(spoken, text):
    assert spoken(text) == []
