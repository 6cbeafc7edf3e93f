"""Ids named by a document's or a reference's head noun whatever word comes before it,
birth dates of other eras, names after kin words written with a hyphen or after who did
something and their role, and the thanks of more languages that are no names: exact spans,
and the near-misses left alone."""

from __future__ import annotations

import pytest
from found import span

from redact.detect.checks import word_before
from redact.detect.packs import load_rules
from redact.detect.speech import is_interjection
from redact.detect.validators import birth_date


@pytest.fixture(scope="module")
def rules():
    return load_rules()


@pytest.mark.parametrize(("text", "scrubbed"), [
    # any community's word for a card, a clearance or a filing before its number word
    # the noun before a number's word is covered with the number (cue_refs)
    ("barangay clearance no. BC-2023-00417 attached", "barangay [OTHER_1] attached"),
    ("the village card no.: KE/NB/04/118342 was shown", "the village card no.: [OTHER_1] was shown"),
    ("council filing ref: LIC-7720-114 from the clerk", "council filing ref: [OTHER_1] from the clerk"),
    ("ambulance incident no. STJ 4410-K logged", "ambulance incident no. [OTHER_1] logged"),
    # the number word of another language after its noun
    ("tarjeta sanitaria nº 12345678 para la cita", "tarjeta sanitaria nº [OTHER_1] para la cita"),
    ("průkaz č. 123456789 v kanceláři", "průkaz č. [OTHER_1] v kanceláři"),
    # a country after a comma, as a form's label writes it
    ("national ID, Ghana: GHA-712345678-9 on the form", "national ID, Ghana: [GOV_ID_1] on the form"),
    # a national id grouped with single digits, as Rwanda prints it, by its card's own name
    ("irangamuntu 1 1985 8 0012345 0 22 on file", "irangamuntu [GOV_ID_1] on file"),
    # a residence card by its own name
    ("alien resident certificate: F223456789 for the lease",
     "alien resident certificate: [GOV_ID_1] for the lease"),
    # Russian: a document's head noun and the words that say of what, its number's series in
    # Cyrillic capitals; a military card cut short; whose it is, a participle
    ("лицензия на охоту ОХ-112233 у мужа", "[OTHER_1] у мужа"),  # a noun's phrase: cue_refs
    ("пропуск на завод П 4471902 забыла", "пропуск на завод [OTHER_1] забыла"),
    ("в/б № КМ 5530192 у призывника", "в/б № [GOV_ID_1] у призывника"),
    ("паспорт погибшего: 45 10 № 771203", "паспорт погибшего: [GOV_ID_1]"),
    # an account with its bank's code after a slash, after what it is for
    ("счёт для аренды 19-2000145399/0800 прислали", "счёт для аренды [BANK_ACCOUNT_1] прислали"),
    # an alarm's code by what it does
    ("arming code 5581 for the shop", "arming code [SECRET_1] for the shop"),
])
def test_head_nouns_name_their_value(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "страховка на машину 25000 руб. в год",
    "договор от 12.03.2020 подписан",
    "справка на 2 страницах",
    "the filing ref is pending",
    "the village card no. 12 is missing",
    "report card 2019-2020 is attached",
    "zamówienie nr 55123 wysłane",
])
def test_head_noun_near_misses_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text


@pytest.mark.parametrize(("text", "scrubbed"), [
    # Taiwan's era, year first, with its name or without; in Chinese characters
    ("DOB (ROC) 72/03/09 per the card", "DOB (ROC) [DATE_OF_BIRTH_1] per the card"),
    ("birthday: R.O.C. 66.11.02", "birthday: [DATE_OF_BIRTH_1]"),
    ("出生日期：民國75年4月12日", "出生日期：[DATE_OF_BIRTH_1]"),
    # Ethiopia's calendar named between cue and date, its era after the date
    ("date of birth, Ethiopian calendar: 12-08-1975 E.C. on file",
     "date of birth, Ethiopian calendar: [DATE_OF_BIRTH_1] on file"),
    # the Solar Hijri and the Hijri, Japan's era in letters and in characters, Korean
    ("DOB (solar hijri) 1369/05/12 on the visa form",
     "DOB (solar hijri) [DATE_OF_BIRTH_1] on the visa form"),
    ("date of birth: 12.05.1410 AH", "date of birth: [DATE_OF_BIRTH_1]"),
    ("DOB H3.5.12 per the residence card", "DOB [DATE_OF_BIRTH_1] per the residence card"),
    ("生年月日：平成3年5月12日", "生年月日：[DATE_OF_BIRTH_1]"),
    ("생년월일: 1990년 5월 12일", "생년월일: [DATE_OF_BIRTH_1]"),
])
def test_birth_dates_of_other_eras(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize(("value", "expected"), [
    ("ROC 80.10.27", True),  # 1991
    ("民國87年9月5日", True),  # 1998
    ("55/07/15", True),
    ("ROC 80.13.27", False),  # no thirteenth month
    ("民國130年1月1日", False),  # 2041: not yet
    ("1369/05/12", True),  # 1990 of the Solar Hijri
    ("12.05.1410", True),  # 1989 of the Hijri
    ("1369/13/12", False),
    ("1499/01/01", False),  # 2120 or 2075: not yet
])
def test_birth_date_of_taiwans_era(value, expected):
    assert birth_date(value) is expected


@pytest.mark.parametrize(("text", "scrubbed"), [
    # a kin word with Hokkien's "a-" or "ah-", and those of Somalia and Rwanda
    ("my ah-ma Lily will call you", "my ah-ma [PERSON_1] will call you"),
    ("my awoowe Cali will sign the form", "my awoowe [PERSON_1] will sign the form"),
    # who did something and their role, the name wrapped over a line
    ("the discharge note was signed by the midwife Amara\nOkonjo on Tuesday",
     "the discharge note was signed by the midwife [PERSON_1] on Tuesday"),
    # a given name as frequent as a word, before a family name no word is
    ("the log was signed by the dispatcher Summer\nOyelaran on Monday",
     "the log was signed by the dispatcher [PERSON_1] on Monday"),
    # a Russian participle standing for the person, as a field's label
    ("пострадавшая: Aoife Brennan, 34 года", "пострадавшая: [PERSON_1], 34 года"),
])
def test_names_after_hyphened_kin_and_roles(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "my a-gong is driving",
    "the ticket was closed by the support team Monday Morning",
    "Thanks, Summer Camp",
    "обновлённый — Release Notes",
])
def test_kin_and_role_near_misses_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text


@pytest.mark.parametrize(("text", "value", "expected"), [
    ("Murakoze, noted.", "Murakoze", True),
    ("Jæja, done.", "Jæja", True),
    ("Díky, uloženo.", "Díky", True),
    ("we met Murakoze at the desk", "Murakoze", False),  # no comma sets it off
])
def test_thanks_of_more_languages_are_interjections(rules, text, value, expected):
    assert is_interjection(text, span(text, value), rules.interjections) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("my a-gong Rock", "a-gong"),
    ("my ah-ma Mei", "ah-ma"),
    ("my half-brother Tom", "brother"),
    ("my sister-in-law Priya", "sister"),
])
def test_word_before_keeps_the_kin_prefix(text, expected):
    assert word_before(text, text.rindex(" ") + 1) == expected
