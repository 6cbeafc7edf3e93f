"""A document's own noun printed before its number (redact.detect.cue_labels, ``cue_labels:
nouns``): after a cue, "Lodge booking 85655", "путёвка № 30212", "пропуск в погранзону
31-283001" are covered whole; a cue repeated after its colon ("pasaporte (Chile):
pasaporte 229998199") is the printed label too; an abbreviation with dots before a national
number ("C.I. 0556311074", redact.detect.national_ids) is covered with it. Without a cue
before it the noun stays, and an order's, a room's, a flight's number and a price stay."""

from __future__ import annotations

import pytest

from redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(("text", "scrubbed"), [
    # the noun after a cue and a few words of what for, a capitalised word before it
    ("the guest's booking for the overnight trek Lodge booking 85655",
     "the guest's booking for the overnight trek [OTHER_1]"),
    ("on the trek sheet: dry cleaning ticket boleta 41578",
     "on the trek sheet: dry cleaning ticket [OTHER_1]"),
    ("outage reference fault ref 378684/NP (per the lineman)", "outage reference [OTHER_1] (per the lineman)"),
    # a word or two of what for after it, a number sign
    ("пропуск на Укок: пропуск в погранзону 31-283001", "пропуск на [LOCATION_1]: [OTHER_1]"),
    ("путёвка на сплав путёвка № 30212 (со слов гостя)", "путёвка на сплав [OTHER_1] (со слов гостя)"),
    ("талон на летнюю резину: хранение шин Х-4824", "талон на летнюю резину: [OTHER_1]"),
    ("бронь зала на никах бронь зала 983/11", "бронь зала на никах [OTHER_1]"),
    ("номер брони зала: договор на банкет Б-1880", "номер брони зала: [OTHER_1]"),
    # the cue's own word again after its colon
    ("pasaporte (Chile): pasaporte 229998199", "pasaporte (Chile): [GOV_ID_1]"),
])
def test_a_document_noun_after_a_cue_is_covered_with_its_number(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize(("text", "scrubbed"), [
    # a ticket, a slip, a fault by their word; references glued, in groups, after a slash
    ("laundry slip no.: Ticket 1486/B", "laundry slip no.: [OTHER_1]"),
    ("the passenger's ticket for the caye WT-803427", "the passenger's ticket for the caye [OTHER_1]"),
    ("fault number for the street light OUT-2654722", "fault number for the street light [OTHER_1]"),
    ("registration no. for the half: REG-2027-25869", "registration no. for the half: [OTHER_1]"),
    ("заказ на присяжный перевод: TR98507, грацие", "заказ на присяжный перевод: [OTHER_1], грацие"),
    ("box 3 on the bale ticket: GRW/KU/90531", "box 3 on the bale ticket: [OTHER_1]"),
    ("bale ticket 2996-77/BT (per the headman)", "bale ticket [OTHER_1] (per the headman)"),
    # a birth cue, the paper it is read from, a date with a two-digit year
    ("д.р. по страховке 06.02.53 (со слов мамы)", "д.р. по страховке [DATE_OF_BIRTH_1] (со слов мамы)"),
    ("для визы: д.р. по путёвке 05.08.83", "для визы: д.р. по путёвке [DATE_OF_BIRTH_1]"),
])
def test_a_persons_ticket_fault_and_birth_date_by_their_cue(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize(("text", "scrubbed"), [
    # Ecuador's cédula with its check digit, its printed "C.I." covered; Austria's VAT number
    ("cédula of the wife C.I. 0658787171", "cédula of the wife [GOV_ID_1]"),
    ("cédula de identidad: C.I. 1255632190, bey", "cédula de identidad: [GOV_ID_1], bey"),
    ("UID-номер фирмы ATU 30444383", "UID-номер фирмы [GOV_ID_1]"),
])
def test_a_national_number_with_its_printed_abbreviation(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    # no cue before the noun; a wrong check digit is no cédula; a date that is none
    "бронь зала 983/11",
    "boleta 20065",
    "д.р. по страховке 31.02.53",
    # look-alikes: an order, a room, a flight, a price, a version, a year
    "the manager sent the order: order 67811-65",
    "заказ скатертей для зала 67811-65",
    "the marshals meet in room 276",
    "the ticket for the flight BA 2490",
    "номер брони: бронь зала 2500 ₽",
    "номер брони зала: договор на банкет 2024",
    "the chip on the card 4.11.8",
])
def test_look_alikes_and_a_noun_alone_stay(redactor, text):
    assert redactor.scrub_text(text).text == text


@pytest.mark.parametrize(("text", "scrubbed"), [
    # the cue's own word again, a number sign after it, after a sign or right after itself
    ("passport of the dealer: passport no. K46781008", "passport of the dealer: [GOV_ID_1]"),
    ("read out Iranian passport passport no. Z29189755", "read out Iranian passport [GOV_ID_1]"),
    ("passport of the dealer: gozarnameh Z76056958", "passport of the dealer: [GOV_ID_1]"),
    # after a word of whose: the Portuguese taxpayer's word, an acronym again
    ("NIF арендатора contribuinte 157316394, пусть сохранит",
     "NIF арендатора [GOV_ID_1], пусть сохранит"),
    ("ниф мужа contribuinte 594418046", "ниф мужа [GOV_ID_1]"),
    ("номер NIE жены NIE X0814227G", "номер NIE жены [GOV_ID_1]"),
    ("CURP CURP VORD540203MPLRSR19, sure", "CURP [GOV_ID_1], sure"),
    # an acronym after its number sign
    ("the caller read out AHV no. n° AVS 756.8480.6207.41", "the caller read out AHV no. [GOV_ID_1]"),
])
def test_a_cue_printed_again_before_its_value_is_covered_with_it(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize(("text", "scrubbed"), [
    # one own word after another is a cue of two words, no label
    ("insurance policy QT-482201", "insurance policy [OTHER_1]"),
    ("passport number K46781008", "passport number [GOV_ID_1]"),
])
def test_a_cue_of_two_own_words_keeps_its_second(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "passport passport fee 2030",
    "passport: passport no. is on the ISBN 978-0-753-29926-5",
    "NIF арендатора contribuinte сказал 2500 ₽",
])
def test_a_cue_again_before_a_look_alike_stays(redactor, text):
    assert redactor.scrub_text(text).text == text
