"""A person's reference under any noun, after a number marker, in a German compound or in a
Russian noun's phrase (``redact.detect.cue_refs``, ``cue_refs`` of rules/cues.yaml): the
finding covers the noun with the code; a thing's number under its own noun (an order's, a
room's, a page's) and values shaped as years, dates or amounts are left alone."""

from __future__ import annotations

import pytest

from redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("tag on the bullock herd no. MJ63661", "tag on the bullock [OTHER_1]"),
    ("for the audiologist: fitting ref HC-2024-0128", "for the audiologist: [OTHER_1]"),
    ("report for the stove Kaminfeger-Auftrag 487742", "report for the stove [OTHER_1]"),
    ("flue report Russprotokoll 2024-1063", "flue report [OTHER_1]"),
    ("в журнале: наряд на камин К2195, пусть сохранит", "в журнале: [OTHER_1], пусть сохранит"),
    ("бронь урока: аренда доски №119-680", "бронь урока: [OTHER_1]"),
])
def test_a_reference_after_its_noun(redactor: Redactor, text: str, scrubbed: str) -> None:
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "order no. 12345-67 is late and invoice #2024-0012 was paid",
    "the sweeps meet in room no. 1204, see page no. 12345",
    "the booth is on stand no. 2024, the seat no. 12A",
    "отмена по заказу 12345-67, заказ полотенец для апартаментов 12345-67",
])
def test_a_things_number_stays(redactor: Redactor, text: str) -> None:
    assert redactor.scrub_text(text).text == text


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("the school's tuning slip 2026/210 (per the priest)", "the school's [OTHER_1] (per the priest)"),
    ("yard ledger - the scrap slip 310-089, merci", "yard ledger - the [OTHER_1], merci"),
    ("quote for the Bechstein: restoration quote PR-33960, deci",
     "quote for the Bechstein: [OTHER_1], deci"),
    ("in the diary: fișă de acordaj 70-8730", "in the diary: [OTHER_1]"),
    ("ремонт заднего колеса: квитанция ремонта ВР-7406", "ремонт заднего колеса: [OTHER_1]"),
])
def test_a_reference_under_a_papers_noun(redactor: Redactor, text: str, scrubbed: str) -> None:
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    # a date, a year's range, a short number, an amount, a year and its month
    "the slip 2024-05-03 and the receipt 12/05/2024",
    "the quote 2019-2020 covered card 12-34",
    "the receipt 1200 € and the slip 2024/25, the receipt 2024-05",
    "The receipt for order 100-5521 is on its way",  # the order's number
    "the SD card 128GB and the receipt 500ML",  # a size, a quantity: digits and a unit
])
def test_a_papers_noun_before_no_code_stays(redactor: Redactor, text: str) -> None:
    assert redactor.scrub_text(text).text == text
