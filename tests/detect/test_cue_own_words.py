"""Ids, accounts and references named by the writers' own words, names after kin and work
words of more languages, and the thanks and greetings of those languages that are no names:
exact spans, and the near-misses left alone."""

from __future__ import annotations

import pytest
from found import span

from redact.detect.checks import is_kin_word_after_possessive
from redact.detect.packs import load_rules
from redact.detect.speech import is_greeting, is_interjection
from redact.detect.validators import rs_account, rs_jmbg, tr_tckn
from redact.detect.wordlike import is_abbreviation


@pytest.fixture(scope="module")
def rules():
    return load_rules()


@pytest.mark.parametrize(("text", "scrubbed"), [
    # a state's personal number by its own name, transliterated or in its script
    ("matični broj 0101990710006 u prijavi", "matični broj [GOV_ID_1] u prijavi"),
    ("T.C. no 10000000146 for the lease", "T.C. no [GOV_ID_1] for the lease"),
    ("raqam al-hawiya 1034567890 for the booking", "raqam al-hawiya [GOV_ID_1] for the booking"),
    ("ЕГН 7501020018 в заявлението", "ЕГН [GOV_ID_1] в заявлението"),
    # Azerbaijan's seven-character FIN, by its name in Latin or Cyrillic
    ("FIN kodu 6JK2P9R yazılıb", "FIN kodu [GOV_ID_1] yazılıb"),
    ("ФИН-код 2WQ8MZT в анкете", "ФИН-код [GOV_ID_1] в анкете"),
    # a birth certificate's Roman series, two capitals and six digits, its name cut short
    ("свидетельство о рождении II-МЮ № 512384 выдано вчера",
     "свидетельство о рождении [GOV_ID_1] выдано вчера"),
    ("свідоцтво про народження I-БК 527423 додаю", "свідоцтво про народження [GOV_ID_1] додаю"),
    # a birth date in Serbian Cyrillic, a sportswoman's genitive between cue and date
    ("датум рођења 03.07.1988 у пријави", "датум рођења [DATE_OF_BIRTH_1] у пријави"),
    ("д/р спортсменки 12.02.2011", "д/р спортсменки [DATE_OF_BIRTH_1]"),
    # an account by its word in Serbian, and by the bare word with where it is kept
    ("žiro račun 205-9011001234567-89 za uplatu", "žiro račun [BANK_ACCOUNT_1] za uplatu"),
    ("счёт для зарплаты: 40817810099910004312", "счёт для зарплаты: [BANK_ACCOUNT_1]"),
    # a dual-SIM phone's IMEI by its slot
    ("IMEI 2 35 209900 176148 1 on the box", "IMEI 2 [OTHER_1] on the box"),
    # a service's reference: an agreement with an aside before its colon, a booking
    ("hire agreement no. (removals): HA-40217 signed", "hire agreement no. (removals): [OTHER_1] signed"),
    ("номер брони 7731904 подтвердили", "номер брони [OTHER_1] подтвердили"),
    # a licence with a filler between the cue and its verb
    ("my licence number back in town was ZW481733", "my licence number back in town was [GOV_ID_1]"),
    # a handle with a capitalised part after its sign
    ("my username on the school portal is thandi_Moyo", "my username on the school portal is [USERNAME_1]"),
])
def test_own_words_name_their_value(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "счёт 2:1 в нашу пользу",
    "счёт на 15000 рублей",
    "the fin code is pending",
    "свидетельство о праве 2015 года",
    "IMEI 1 is missing from the box",
    "job number 42 failed",
])
def test_near_misses_of_own_words_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text


@pytest.mark.parametrize(("text", "scrubbed"), [
    # kin of Malawi, Fiji and the Volga before a name that is a word too
    ("my amayi Chisomo will collect the forms", "my amayi [PERSON_1] will collect the forms"),
    ("my tuaka Mere will sign the slip", "my tuaka [PERSON_1] will sign the slip"),
    ("моя җиңги Заря придёт завтра", "моя җиңги [PERSON_1] придёт завтра"),
    # after a kin word English barely has, a name as frequent as "Given"
    ("my agogo given brought the cake", "my agogo [PERSON_1] brought the cake"),
    # a role word before a capitalised name
    ("my crew chief Honest will drive", "my crew chief [PERSON_1] will drive"),
    # an Arabic name with its particles, in a list: son of, family of
    ("Absent today\n> يوسف بن حمد العتيبي (sick)", "Absent today\n> [PERSON_1] (sick)"),
    # and the family in brackets after it, in its script
    ("Tenant: ريم الخطيب (الخطباء) paid", "Tenant: [PERSON_1] paid"),
])
def test_names_after_kin_words_of_more_languages_are_found(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "my chief complaint was headaches",
    "my tuaka will come later",
    "my bashi also said so",
    # thanks and greetings opening a reply, or closing a turn
    "Zikomo, the form is saved.",
    "Mahalo, noted.",
    "Ајде, готово.",
    # a sentence of that script, more words than a name has beside its particles
    "note: هذا النص بن طويل جدا ولا",
])
def test_kin_and_interjection_near_misses_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text


@pytest.mark.parametrize(("text", "value", "expected"), [
    ("Vinaka, the record is updated.", "Vinaka", True),
    ("the desk says ok, shukran", "shukran", True),
    ("> Айде, готово.", "Айде", True),
    ("the form is saved.\nVinaka, see you", "Vinaka", True),  # a line of a message opens too
    ("Thanks,\nthe Vinaka team", "Vinaka", False),  # a line break after a comma is not before it
    ("we met Salam at the desk", "Salam", False),  # a name where no comma sets it off
    ("Thandiwe, the record is updated.", "Thandiwe", False),  # a name the table lacks
])
def test_interjection_is_a_clause_of_its_own(rules, text, value, expected):
    assert is_interjection(text, span(text, value), rules.interjections) is expected


@pytest.mark.parametrize(("text", "value", "expected"), [
    ("мой ами из Гянджи приедет", "ами", True),
    ("my gedo will come", "gedo", True),
    ("Ами пришла рано", "Ами", False),  # no one's kin word: maybe a name
    ("всё повисло на сборке, ами", "ами", True),  # addressed, closing its sentence
    ("thanks, gedo!", "gedo", True),
    ("спасибо, ами пришла рано", "ами", False),  # the sentence goes on: maybe a name
])
def test_kin_word_after_possessive(rules, text, value, expected):
    assert is_kin_word_after_possessive(text, span(text, value), rules.relations) is expected


def test_grade_abbreviation_in_brackets_is_no_name():
    text = "Lindiwe Phiri (Gr. 9)"
    assert is_abbreviation(text, span(text, "Gr", "ORGANIZATION"))
    assert not is_abbreviation("Gr Phiri came", span("Gr Phiri came", "Gr"))


@pytest.mark.parametrize(("text", "scrubbed"), [
    # personal numbers and an account whose digits check themselves, in any words
    ("upisan 1503987711006 u knjigu", "upisan [GOV_ID_1] u knjigu"),
    ("kayıt 30007654364 tamam", "kayıt [GOV_ID_1] tamam"),
    ("uplata na 205-9011001234567-91 danas", "uplata na [BANK_ACCOUNT_1] danas"),
    # Egypt's national id by its shape, with its word near
    ("bitaqa 29001011234567 attached", "bitaqa [GOV_ID_1] attached"),
])
def test_self_checking_numbers_are_found(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "upisan 1503987711007 u knjigu",  # the JMBG's check digit is wrong
    "uplata na 205-9011001234567-92 danas",  # the account's pair is wrong
    "order 29001011234567 shipped",  # an Egyptian id's shape with no word of it
])
def test_self_checking_near_misses_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text


def test_checks_of_the_balkans_and_turkey():
    assert rs_jmbg("1503987711006") and not rs_jmbg("3102987711006")  # no 31 February
    assert tr_tckn("10000000146") and not tr_tckn("01000000146")
    assert rs_account("160-7392612957545-88") and not rs_account("160-0-88")


@pytest.mark.parametrize(("text", "value", "expected"), [
    ("Mwaramutse, I'm Ana Reyes", "Mwaramutse", True),  # a greeting before who writes
    ("Asante, saved.", "Asante", True),  # thanks before what was done
    ("> Ke a leboga, noted.", "Ke", True),  # a phrase: lowercase words before its comma
    ("Kofi, I'm Ama from the clinic", "Kofi", False),  # a given name: the one addressed
    ("we thanked Asante, saved the file", "Asante", False),  # no clause of its own
    ("Asante was saved", "Asante", False),  # no comma before what was done
])
def test_greeting_before_who_writes_or_what_was_done(text, value, expected):
    assert is_greeting(text, span(text, value)) is expected


def test_a_greeting_opening_a_reply_is_no_name(redactor):
    text = "Mwaramutse, I'm Ana Reyes\nAsante, saved."
    assert redactor.scrub_text(text).text == "Mwaramutse, I'm [PERSON_1]\nAsante, saved."
