"""Ids named by their cue in other languages and states: a phone's word in other languages,
a person's genitive between a Russian cue and its value, states' ids and codes by their own
names, an account by its country, a meeting's code, kin words of Europe before a name and
a name beside the names of a list: exact spans, and the near-misses left alone."""

from __future__ import annotations

import pytest

from redact.detect.validators import no_account, passcode


@pytest.mark.parametrize(("text", "scrubbed"), [
    # the phone's word of another language, the digits in pairs
    ("kontakt: tlf 22 33 44 55 etter kl 16", "kontakt: tlf [PHONE_1] etter kl 16"),
    ("numer komórki 512 34 56 78 do mamy", "numer komórki [PHONE_1] do mamy"),
    ("namba ya simu 07 12 34 56 78", "namba ya simu [PHONE_1]"),
    # whose the id is, a person's noun in the genitive by its ending
    ("паспорт опекунши 4510 № 123456 приложен", "паспорт опекунши [GOV_ID_1] приложен"),
    ("СНИЛС пенсионерки 112-233-445 95", "СНИЛС пенсионерки [GOV_ID_1]"),
    ("права перевозчика 77 12 345678", "права перевозчика [GOV_ID_1]"),
    # in English, "of" and a person's noun
    ("ID number of the donor 4512339 confirmed", "ID number of the donor [GOV_ID_1] confirmed"),
    ("phone of his wife 94 40 67 34", "phone of his wife [PHONE_1]"),
    # a state's papers by their own names: the US alien number, the green card in Russian,
    # the UK's share code
    ("the applicant's A-number is A-204-118-903", "the applicant's A-number is [GOV_ID_1]"),
    ("USCIS # 204118903 on the notice", "USCIS # [GOV_ID_1] on the notice"),
    ("серия грин-карты IOE0912345678", "серия грин-карты [GOV_ID_1]"),
    ("right to rent share code: GH7 K3L 9P2", "right to rent share code: [OTHER_1]"),
    # a notary's register entry
    ("реестровый № 77/12-н/77-2019-3-145 от мая", "реестровый № [OTHER_1] от мая"),
    ("recorded in the notarial register no. 16/204-н/16-2022-4-77",
     "recorded in the notarial register no. [OTHER_1]"),
    # an account by its country or kind, by its word in another language, Norway's alone
    ("Swiss account 0235-1234567 for the rent", "Swiss account [BANK_ACCOUNT_1] for the rent"),
    ("kontonummer 1503 12 34567 i DNB", "kontonummer [BANK_ACCOUNT_1] i DNB"),
    ("account 6011.05.00176 for the deposit", "account [BANK_ACCOUNT_1] for the deposit"),
    # a meeting's or a portal's code, its letters no word
    ("пароль от конференции: hbvkq", "пароль от конференции: [SECRET_1]"),
    ("webinar passcode 7Rt2wq tonight", "webinar passcode [SECRET_1] tonight"),
    ("Meet code xqz-bnwr-tpe", "Meet code [SECRET_1]"),
    # a state's identity card or personal number by its own name or acronym
    ("cédula de identidad 4.512.339-1 vigente", "cédula de identidad [GOV_ID_1] vigente"),
    ("kimlik no 10000000146 on file", "kimlik no [GOV_ID_1] on file"),
    ("ІПН 2934516780 у довідці", "ІПН [GOV_ID_1] у довідці"),
])
def test_world_cues_name_their_value(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    # a thing's noun after a cue, a year after it
    "паспорт образца 2011 года заменили",
    "ID number of the order 4512339 shipped",
    "phone of the week 94 40 67 34 sold",
    # a word after a code's name, a course's code, an account's year
    "the meeting code is pending.",
    "room password: later",
    "savings account 2023 statement arrived",
    # Norway's shape without its check digit
    "account 6011.05.00175 for the deposit",
    # a share code's word before a plain word
    "share code is pending",
    # an acronym that names first aid as well as Denmark's personal number
    "CPR 100 compressions a minute",
])
def test_near_misses_of_world_cues_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text


def test_norwegian_account_checks_its_mod11_digit():
    assert no_account("3201.02.53615") and no_account("97102309980")
    assert not no_account("3201.02.53616") and not no_account("320102536")


def test_passcode_is_no_word():
    assert passcode("ggqxau") and passcode("pGEK4s") and passcode("abc-defg-hij")
    assert not passcode("pending") and not passcode("later")


@pytest.mark.parametrize(("text", "scrubbed"), [
    # a kin word of Europe before a lowercase or capitalised given name
    ("my farbror anders is driving us", "my farbror [PERSON_1] is driving us"),
    ("her nagymama erzsébet lives nearby", "her nagymama [PERSON_1] lives nearby"),
    ("my bunica Ioana said yes", "my bunica [PERSON_1] said yes"),
    # a kin word no list holds, a name in letters English lacks
    ("my prababcia stanisława said hi", "my prababcia [PERSON_1] said hi"),
    # a given name before a family name that is a frequent word, in a list of names
    ("| Pupil | Form |\n|---|---|\nGrace Young - signed\nTomasz Nowak - signed\n"
     "Aisling Murphy - signed",
     "| Pupil | Form |\n|---|---|\n[PERSON_1] - signed\n[PERSON_2] - signed\n[PERSON_3] - signed"),
])
def test_names_after_kin_of_europe_and_beside_listed_names(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "my mormor is doing the cooking",
    "my onkel will be late",
    "my codebook Features was updated",
])
def test_near_misses_of_kin_of_europe_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text
