"""A value that opens with its own label (redact.detect.cue_labels): the word printed in
front of a document's number, pasted with it after the cue, is covered with the code; a
cue alone, a qualifier, and the look-alikes stay."""

from __future__ import annotations

import pytest

from redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(("text", "scrubbed"), [
    # after a finished cue (a companion, a colon): any acronym or capitalised word
    ("Grower card: TPIN no. TPIN 33268534", "Grower card: TPIN no. [GOV_ID_1]"),
    ("social security no.: SS# 837654948", "social security no.: [GOV_ID_1]"),
    ("для управне эноты: ЭМШО сына: EMŠO 2102970505142",
     "для управне эноты: ЭМШО сына: [GOV_ID_1]"),
    ("flock number Feed order FD97869 (per the captain)", "flock number [OTHER_1] (per the captain)"),
    # the row's own word, capitalised as printed, and the short number after it
    ("номер приёмной квитанции: Квитанция Я-2632", "номер приёмной квитанции: [OTHER_1]"),
    ("в журнале записи на массаж: абонемент мамы: Абонемент 1079",
     "в журнале записи на массаж: абонемент мамы: [OTHER_1]"),
    # no cue behind: the row's own word capitalised inside a Russian sentence
    ("кинула мужу лицевой счёт интернета Договор ИН-31278",
     "кинула мужу лицевой счёт интернета [OTHER_1]"),
])
def test_a_pasted_label_is_covered_with_its_code(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize(("text", "scrubbed"), [
    # a cue alone before its value, and a qualifier of the cue, stay
    ("EMŠO 2102970505142", "EMŠO [GOV_ID_1]"),
    ("вот - полис ОМС 5589571834714872", "вот - полис ОМС [OTHER_1]"),
    ("passport of Kenya A1234567", "passport of Kenya [GOV_ID_1]"),
    # German capitalises every noun: a cue, not a pasted label
    ("Sein Reisepass C01X00T47 liegt bei mir.", "Sein Reisepass [GOV_ID_1] liegt bei mir."),
])
def test_a_cue_or_a_qualifier_stays(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    # a short number after a word that is no cue of the row: a room, a flight, a year
    "booking: Room 1204",
    "order: Flight 2490",
    "passport no.: Valid 2030",
    # a label needs a cue: a capitalised word and digits alone are no one's
    "Order 1079 shipped",
    "Абонемент 1079 стоит дорого",
])
def test_look_alikes_stay(redactor, text):
    assert redactor.scrub_text(text).text == text


@pytest.mark.parametrize(("text", "scrubbed"), [
    # taxpayer and identity acronyms of states that print no check digit
    ("the grower read out MRA TPIN: 4446-0215", "the grower read out MRA TPIN: [GOV_ID_1]"),
    ("NRC 123456/10/1 on file", "NRC [GOV_ID_1] on file"),
    # an identity card by its foreign name, transliterated
    ("карта идентита сына CE09892MF, салам", "карта идентита сына [GOV_ID_1], салам"),
    # a birth date read off a contract or a form
    ("д.р. по договору 13.12.66, хвала лепа", "д.р. по договору [DATE_OF_BIRTH_1], хвала лепа"),
])
def test_state_ids_and_birth_dates_by_their_documents(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


def test_a_short_date_after_its_document_alone_stays(redactor):
    assert redactor.scrub_text("цена по договору 13.12.66").text == "цена по договору 13.12.66"
