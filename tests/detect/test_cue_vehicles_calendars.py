"""Cues of a car's numbers, of cards of any issuer, of birth dates in another calendar, of
personal codes named in Russian by what they are for, and the Finnish henkilötunnus by its
check character: exact spans, and the near-misses left alone."""

from __future__ import annotations

import pytest

from redact.detect.validators import birth_date, fi_hetu


@pytest.mark.parametrize(("text", "scrubbed"), [
    # a vehicle's identification number, English and Russian cues
    ("the VIN is WDB2030461A123456, on the windscreen", "the VIN is [OTHER_1], on the windscreen"),
    ("вин-код машины: XTA21099043512345", "вин-код машины: [OTHER_1]"),
    # the plate, Cyrillic and British
    ("госномер машины Т512КМ 199, серая", "госномер машины [OTHER_1], серая"),
    ("number plate KX19 LPT outside", "number plate [OTHER_1] outside"),
    # a card of a national scheme the issuer ranges do not know, named by its card word
    ("оплатил картой 9860 1201 0000 0013", "оплатил картой [CREDIT_CARD_1]"),
    ("my bank card 9112 3800 0000 0002 was declined", "my bank card [CREDIT_CARD_1] was declined"),
    # a birth date in the calendar its hint names
    ("dob (B.S.) 2048/11/30", "dob (B.S.) [DATE_OF_BIRTH_1]"),
    ("birth date as BS: 2039-02-14", "birth date as BS: [DATE_OF_BIRTH_1]"),
    # the language the id is named in, between the cue and the value
    ("ИНН по-казахски 850315300123", "ИНН по-казахски [GOV_ID_1]"),
    # a personal code by what it is for, and by its own Nordic name
    ("соц. номер 311299-999E", "соц. номер [GOV_ID_1]"),
    ("personnummer 811218-9876", "personnummer [GOV_ID_1]"),
])
def test_vehicles_cards_calendars_and_personal_codes_are_read(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    # seventeen characters without a digit, a plate's shape with no cue
    "the VIN field reads NOTAVAILABLEYETX, ask the seller",
    "парковка у дома К512КМ 199 занята",
    # a date in a calendar years ahead without a birth cue
    "the festival is on 2082/06/15 this year",
])
def test_near_misses_of_the_new_cues_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text


@pytest.mark.parametrize(("text", "category"), [
    # a card's word before digits without the Luhn digit
    ("карта лояльности 9860 1201 0000 0019", "CREDIT_CARD"),
    # a language's adverb with no id cue before it
    ("по-казахски 850315300123 читается иначе", "GOV_ID"),
])
def test_near_misses_do_not_take_the_cues_category(redactor, text, category):
    assert category not in {c.finding.category for c in redactor.scrub_text(text).changes}


def test_a_henkilotunnus_is_found_by_its_check_character_alone(redactor):
    text = "в анкете 131052-308T, а в другой 131052-308U"
    assert redactor.scrub_text(text).text == "в анкете [GOV_ID_1], а в другой 131052-308U"


def test_the_henkilotunnus_check_reads_the_date_and_the_character():
    assert fi_hetu("131052-308T") and fi_hetu("010594Y9032")
    assert not fi_hetu("131052-308U") and not fi_hetu("321352-308T")
    # the century sign makes the year: 29 February 2000 was a day, 29 February 1900 none
    assert fi_hetu("290200A1239") and not fi_hetu("290200-1239")


def test_a_year_first_birth_date_may_be_of_the_bikram_sambat():
    assert birth_date("2061/01/24") and birth_date("2048-02-32")
    assert not birth_date("2090/01/24") and not birth_date("2061/13/24")
    assert not birth_date("24.01.2061")  # day first is Gregorian: a date still to come
