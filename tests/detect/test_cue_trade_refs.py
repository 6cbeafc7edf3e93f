"""A customer's reference with a trade, a club or an insurer, a payment key by its scheme,
the ids of Greece, Brazil, Hungary and Mongolia by their own acronyms, a birth date by the
register it is read from (rules/cues.yaml); the look-alikes near the same cues are left
alone."""

from __future__ import annotations

import pytest

from redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("Service order: fumigation job OS 1541/25", "Service order: fumigation job [OTHER_1]"),
    ("termite treatment ref: Termite #5237", "termite treatment ref: [OTHER_1]"),
    ("crop insurance (cocoa farm): BG-446737", "crop insurance (cocoa farm): [OTHER_1]"),
    ("wellness package ref: 626540/WELL", "wellness package ref: [OTHER_1]"),
    ("cooperative member no.: Member 33383", "cooperative member no.: [OTHER_1]"),
    ("field 7 of the contract: print order 6229-BANNER",
     "field 7 of the contract: print order [OTHER_1]"),
    ("договор постоя лошади: 8536/конь", "договор постоя лошади: [OTHER_1]"),
    ("в тетради шкипера: ваучер на яхту Ваучер 201399", "в тетради шкипера: ваучер на яхту [OTHER_1]"),
    ("в договоре на кухню заказ-наряд мастерской 260-ШК-08",
     "в договоре на кухню заказ-наряд мастерской [OTHER_1]"),
    ("the customer read out chave Pix 58e05dca-0ef6-4572-81cd-8dac568481e1",
     "the customer read out chave Pix [OTHER_1]"),
    ("on the fumigation form: CNPJ of the print shop: 28.145.201/0001-04",
     "on the fumigation form: CNPJ of the print shop: [GOV_ID_1]"),
    ("CPF of the house owner 323.082.605/13", "CPF of the house owner [GOV_ID_1]"),
    ("для продления: ADT ΟΧ-157682", "для продления: ADT [GOV_ID_1]"),
    ("в брони на лодку паспорт покупателя дров: 77 50 № 998884",
     "в брони на лодку паспорт покупателя дров: [GOV_ID_1]"),
    ("номер регистра ребёнка: ам77110326", "номер регистра ребёнка: [GOV_ID_1]"),
    ("for the coop secretary's file: személyi 572085OO",
     "for the coop secretary's file: személyi [GOV_ID_1]"),
    ("в акте передачи лошади: д.р. по регистру 04.02.85",
     "в акте передачи лошади: д.р. по регистру [DATE_OF_BIRTH_1]"),
    ("password of the booking portal woxgjfzRMRd4, köszi",
     "password of the booking portal [SECRET_1], köszi"),
])
def test_a_reference_or_an_id_takes_its_cues_category(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "the bathrobe order 67811-65 is late",
    "заказ петель 67811-65 пришёл",
    "the order ISBN 978-1-152-24207-4 for the library",
    "the booking for flight BA 2490 is confirmed",
    "the service runs v2.3.1 now",
    "the insurance costs $1200.50",
    "the service desk opened INC-20931 for the order",
])
def test_look_alikes_after_a_trades_cue_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text

