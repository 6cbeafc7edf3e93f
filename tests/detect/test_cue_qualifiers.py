"""Cues with a qualifier or a complement between them and their value, an id's head noun
after a country's word, birth dates in other calendars and languages: exact spans, and the
near-misses left alone."""

from __future__ import annotations

import pytest

from redact.detect.validators import birth_date


@pytest.mark.parametrize(("text", "scrubbed"), [
    # an aside between the cue and its link, with a digit in it too
    ("her passport number (NZ) is LM402917 as printed",
     "her passport number (NZ) is [GOV_ID_1] as printed"),
    ("tax id (9 digits): 871204553 on the return", "tax id (9 digits): [GOV_ID_1] on the return"),
    # a long genitive in the words between a cue and its value
    ("логин в приложении поликлиники: r.sadykov",
     "логин в приложении поликлиники: [USERNAME_1]"),
    # a country's word or a body's acronym before an id's head noun
    ("Kenyan ID 31845522 at the gate", "Kenyan ID [OTHER_1] at the gate"),
    ("KRA ref: P051843210Z filed", "KRA ref: [OTHER_1] filed"),
    ("NZ ID 4410928873 attached", "NZ ID [OTHER_1] attached"),
    # whose, in English, among a gap's words
    ("login for the landlord's portal: t.mwale", "login for the landlord's portal: [USERNAME_1]"),
    ("personal identification code: 48810123456", "personal identification code: [GOV_ID_1]"),
    ("ID-карта Латвии PA0394418 у него", "ID-карта Латвии [GOV_ID_1] у него"),
    ("патент на работу: 77 № 2210984411", "патент на работу: [GOV_ID_1]"),
    # a state's identity or residence card by its own name
    ("MyKad no: 881231-10-5521 attached", "MyKad no: [GOV_ID_1] attached"),
    ("iqama 2198765432 renewed last week", "iqama [GOV_ID_1] renewed last week"),
    # a register's entry, and a land register's number apart by colons
    ("Corgi reg. 220914 on the boiler", "Corgi reg. [OTHER_1] on the boiler"),
    ("кадастровый номер 50:21:0130207:318 участка", "кадастровый номер [OTHER_1] участка"),
    # the code of a shared room, a SIM's second PIN, a parcel's pickup code, a password
    # that opens with a percent sign
    ("staff room code: 2290 for tonight", "staff room code: [SECRET_1] for tonight"),
    ("PUK2: 44810392", "PUK2: [SECRET_1]"),
    ("код выдачи 730214 в пункте", "код выдачи [SECRET_1] в пункте"),
    ("router pw: %kT9vQ2mLx", "router pw: [SECRET_1]"),
    # birth dates: the Buddhist era, a Lithuanian date, other languages' cues, a person's
    # genitive after "д.р."
    ("DOB (BE) 02/11/2529", "DOB (BE) [DATE_OF_BIRTH_1]"),
    ("gimimo data 1979 m. gruodžio 3 d.", "gimimo data [DATE_OF_BIRTH_1]"),
    ("fecha de nacimiento: 22/04/1991", "fecha de nacimiento: [DATE_OF_BIRTH_1]"),
    ("д.р. пассажира 04.07.1966", "д.р. пассажира [DATE_OF_BIRTH_1]"),
])
def test_qualified_cues_name_their_value(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    # a phone's area code in brackets is no aside
    "passport office (555) hours are long",
    # a thing's noun before "ID", a firm's before "reg."
    "Device ID 40213377 keeps resetting",
    "Company reg. 09127731 on the invoice",
    # a year of the Buddhist era without a birth cue, a room's number without "code"
    "the temple was rebuilt in 2540 and again later",
    "staff room 2290 is on the left",
    # a percent variable and an escape are no password
    "password: %APPDATA% is the folder",
])
def test_near_misses_of_the_qualified_cues_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text


@pytest.mark.parametrize(("value", "expected"), [
    ("13/01/2540", True),  # 1997 of the Buddhist era
    ("31/02/2540", False),  # no such day
    ("01/01/2700", False),  # ahead of this year in either era
    ("1988 m. kovo 25 d.", True),
])
def test_birth_dates_of_other_calendars_are_checked(value, expected):
    assert birth_date(value) is expected
