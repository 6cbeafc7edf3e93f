"""A separator of a spoken email said twice, in the speaker's word and again in English or
Russian, with an aside between or after them (redact.detect.spoken_emails): an aside's word
may be Arabizi ("3ala", "ma3le"), long ("благодарствую") when commas set it off, a word
for an at of a language the tables know ("coadă de maimuță", "a-rond"). A long aside set
off between the digit groups of a phone joins them. Prose with the same words stays."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "email"), [
    ("mail it to ioana punct, dot, sandu coadă de maimuță, the at, yahoo punct, dot, ro, mersi",
     "ioana punct, dot, sandu coadă de maimuță, the at, yahoo punct, dot, ro"),
    ("the form goes to kofi (dot, 3ala) mensah [the at sign, ma3le] outlook (dot, 3ala) com today",
     "kofi (dot, 3ala) mensah [the at sign, ma3le] outlook (dot, 3ala) com"),
    ("write to tom point, the dot, hehe, reyes at, a-rond, gmail point, the dot, hehe, com please",
     "tom point, the dot, hehe, reyes at, a-rond, gmail point, the dot, hehe, com"),
    ("почта olga punto, ну, точка, ivanova эт, ну, благодарствую, yandex punto, ну, точка, ru, спасибо",
     "olga punto, ну, точка, ivanova эт, ну, благодарствую, yandex punto, ну, точка, ru"),
])
def test_a_separator_said_twice_with_asides_is_one(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


def test_a_long_aside_between_notes_joins_the_groups_of_a_phone(spoken):
    phone = ("восемь [стук в дверь] девятьсот шестнадцать [стук в дверь] двести сорок [стук в "
             "дверь] благодарствую [стук в дверь] тридцать один [стук в дверь] ноль семь")
    assert spoken(f"мой номер {phone}") == [("PHONE_NUMBER", phone)]


@pytest.mark.parametrize("text", [
    "we waited at the gate [the at sign, ma3le] was broken",
    "the at sign, ma3le, is the one with the tail",
    "look at, a-rond, the point of it all",
    "I looked at the board (the dot, 3ala) and left at noon.",
    "she thanked him, благодарствую, at the door, then the point, dot com days were over",
    "we paid forty two [стук в дверь] благодарствую [стук в дверь] fifty",
])
def test_the_same_words_in_prose_are_no_value(spoken, text):
    assert spoken(text) == []
