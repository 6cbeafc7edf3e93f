"""A phrase of whose, where or what for between a cue's head and its value, as long as
people say it, in Russian after a word of whose in the genitive; a lock or a door code by
its own word; an id's last group in Cyrillic letters. Things' numbers after such a phrase
are left alone."""

from __future__ import annotations

import pytest

from redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(("text", "scrubbed"), [
    # five words of where before the word that hands over
    ("my username on the water taxi app is armstrong46",
     "my username on the water taxi app is [USERNAME_1]"),
    ("логин в программе записи на массаж: hmoore", "логин в программе записи на массаж: [USERNAME_1]"),
    # where the lock is, the code's shape handing over
    ("код от склада у завода 6010", "код от склада у завода [SECRET_1]"),
    ("диджикод в парижском доме 5167", "диджикод в парижском доме [SECRET_1]"),
    ("the digicode at the back entrance: 5167", "the digicode at the back entrance: [SECRET_1]"),
    ("the hatchery lock: 4513, thanks", "the hatchery lock: [SECRET_1], thanks"),
    # whose first, in the genitive, then the opener
    ("bankgiro фирмы по окнам: 1410-5290", "bankgiro фирмы по окнам: [BANK_ACCOUNT_1]"),
    ("логин мамы в программе записи: hmoore", "логин мамы в программе записи: [USERNAME_1]"),
    # a compound with a hyphen among the words of where
    ("мой логин на сайте серф-школы tyler.scott", "мой логин на сайте серф-школы [USERNAME_1]"),
    ("my login on the car-hire site is jbarker77", "my login on the car-hire site is [USERNAME_1]"),
    # a contract's number ending in Cyrillic letters
    ("номер договора на подключение: 503-6912/ОПТ, спасибо",
     "номер договора на подключение: [OTHER_1], спасибо"),
])
def test_a_phrase_of_whose_or_where_hands_the_value_over(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "the order for the caye 97221-43",
    "room at the museum 308",
    "the flight for the caye is 2231",
    "the price for the water taxi app is 4500",
    "version of the water taxi app is 3.4.1",
    "the code for this function in the main module is 120 lines",
    "номер заказа в магазине у дома: 55123",
    "номер заказа мамы в магазине: 55123",
    "номер комнаты в музее 308",
    "the ticket for the caye costs 45 dollars",
    "the lock on the door broke in 2019 again",
    "the order for the car-hire desk 97221-43",
    "номер комнаты в серф-хаусе 308",
])
def test_things_numbers_after_such_a_phrase_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text
