"""A filler set off by commas between a cue and its value, an acronym's code of capitals
and digits, a vehicle's papers and frame number, the code of what locks, a birth date a few
words after its cue, a phone after who to call: exact spans, and the near-misses left alone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "scrubbed"), [
    # a filler of any language, set off by commas, between the cue and the value
    ("my passport number, ano, is EC4417203", "my passport number, ano, is [GOV_ID_1]"),
    ("номер паспорта, короче, 4511 672093", "номер паспорта, короче, [GOV_ID_1]"),
    ("my licence no., you know, is K7712094", "my licence no., you know, is [GOV_ID_1]"),
    ("the passport number - ba - is EC4417203", "the passport number - ba - is [GOV_ID_1]"),
    ("my licence no… nde… K7712094", "my licence no… nde… [GOV_ID_1]"),
    # an acronym before its number word and a code of capitals only, or alone before a code
    # of capitals and digits, a country in brackets between
    ("on the intake sheet: NHIMA number QTRZPLWX", "on the intake sheet: NHIMA number [OTHER_1]"),
    ("she read out TIN (UG) KP7Q2M9R", "she read out TIN (UG) [GOV_ID_1]"),
    ("the client's NUI 4X9QW2K7 is on file", "the client's NUI [OTHER_1] is on file"),
    # an acronym alone and whose it is, in the genitive
    ("ЛБО получателя: 31245098", "ЛБО получателя: [OTHER_1]"),
    # a vehicle's papers in the series of the former Soviet states, the frame number of an
    # exported Japanese car a word after its cue
    ("техпаспорт машины 02 КР 551730", "техпаспорт машины [OTHER_1]"),
    ("по ПТС 16 МО 204711 всё чисто", "по ПТС [OTHER_1] всё чисто"),
    ("chassis of the van NCP51-0235512 is rusty", "chassis of the van [OTHER_1] is rusty"),
    ("номер кузова фургона KDH205-6012345", "номер кузова фургона [OTHER_1]"),
    # a receipt's number after the shop's letters
    # a paper's noun and what for, right before its code, are covered with it (cue_refs)
    ("квитанция химчистки ХЧ-204417 у мамы", "[OTHER_1] у мамы"),
    # the code of what locks, and where it is
    ("код ячейки на нашем вокзале 8812", "код ячейки на нашем вокзале [SECRET_1]"),
    # a birth cue, what the date is for, the date
    ("date of birth on the bus pass 03/11/1958", "date of birth on the bus pass [DATE_OF_BIRTH_1]"),
    ("dob of the new tenant 14/02/1971", "dob of the new tenant [DATE_OF_BIRTH_1]"),
    # an account's label of a shop or a clinic, its number in groups
    ("Loyalty card: bakery account: 7731-20485-K", "Loyalty card: bakery account: [OTHER_1]"),
    # who to call, a country in brackets between
    ("emergency contact (MW): 0881 402 557", "emergency contact (MW): [PHONE_1]"),
])
def test_fillers_acronyms_vehicles_and_far_cues_are_read(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    # no id's cue before the filler
    "the order number, sadly, is 4500012",
    # an acronym of a thing's before a code; a word in capitals after a number word
    "ISO 27001 audit, SKU AB1234CD",
    "the NHS number PENDING until Friday",
    # a code of one digit by an acronym alone
    "we ship via USB C4 cables",
    # a series without a vehicle's cue, a frame's size
    "ГОСТ 25 ТУ 983655 на трубы",
    "the frame size is M-123456",
    # a receipt's digits alone
    "квитанция за газ 2024 года",
    # a code of what locks without its number, an error's code
    "код ошибки в логах 500",
    # an account's label before a date or an amount
    "account: 12.03.2024 statement",
    "account: 25000 руб.",
    # a birth cue's words with no date after them
    "date of birth on the bus pass is missing",
])
def test_near_misses_of_fillers_acronyms_and_far_cues_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text
