"""National identifiers by their shape and their published check: codici fiscali, Spanish
DNI/NIE and country-prefixed VAT numbers alone, digit-only numbers only after their
country's word; failed checks and look-alikes (orders, prices, phones, ISBNs) untouched."""

from __future__ import annotations

import pytest
from stdnum.es import dni, nie
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.si import ddv, emso

from redact.detect.national_ids import NationalIdRecognizer


def _spans(text: str) -> list[str]:
    return [text[r.start:r.end] for r in NationalIdRecognizer("en").analyze(text, [])]


_DNI = "12345678" + dni.calc_check_digit("12345678")
_NIE = "X1234567" + nie.calc_check_digit("X1234567")
_DDV = "3094357" + ddv.calc_check_digit("3094357")
_EMSO = "210297050514" + str(emso.calc_check_digit("210297050514"))
_BSN = "11122233" + next(d for d in "0123456789" if bsn.is_valid("11122233" + d))
_PESEL = "4405140135" + str(pesel.calc_check_digit("4405140135"))


@pytest.mark.parametrize(("text", "found"), [
    ("CF сына: KZLRNI62P58Z154D ok", ["KZLRNI62P58Z154D"]),
    ("кодиче фискале PTRNDR 00P18 H501H.", ["PTRNDR 00P18 H501H"]),
    ("written small: lbdgri53h20a944a, then", ["lbdgri53h20a944a"]),
    (f"давчна штевилка SI {_DDV}, сюкпря", [f"SI {_DDV}"]),
    (f"in the book SI{_DDV}", [f"SI{_DDV}"]),
    ("partita IVA: IT 33446120363 (studio)", ["IT 33446120363"]),
    (f"la niña, {_DNI}; el padre, {_NIE}", [_DNI, _NIE]),
    (f"EMŠO {_EMSO}", [_EMSO]),  # a cue alone stays, as a cue row leaves it
    # after another cue, a cue right against the number is its printed label
    (f"ЭМШО сына: EMŠO {_EMSO}", [f"EMŠO {_EMSO}"]),
    ("CNP of the seller CNP 6050314403986", ["CNP 6050314403986"]),
    # Uruguay's cédula and Luxembourg's national number by their own checks
    ("CI: 2000465-4, muchas gracias", ["2000465-4"]),
    ("CI сына: cédula 1.779.898-9", ["cédula 1.779.898-9"]),
    ("matricule vun der Bomi 2006101532607", ["2006101532607"]),
    ("matricule CNS 1972 1106 230 68", ["CNS 1972 1106 230 68"]),
    # Belgium's national number by its acronyms
    ("NN тёщи 01.04.11-928.81", ["01.04.11-928.81"]),
    ("social security no.: SS# 837654948", ["SS# 837654948"]),
    (f"his BSN is {_BSN}", [_BSN]),
    (f"numer PESEL {_PESEL}", [_PESEL]),
    (f"numer PESEL: {_PESEL}", [_PESEL]),
    ("Here's my SSN: 460-89-9847", ["460-89-9847"]),
    (f"davčna številka {_DDV}", [_DDV]),
    # an Irish PPS number's letters a space apart, a CURP in its groups, a Swiss company
    # number with its VAT suffix and without
    ("PPS no. (Revenue): 2343844 VA órale", ["2343844 VA"]),
    ("CURP (for the INAPAM card): BIPT 720127 HCHTHN87 órale", ["BIPT 720127 HCHTHN87"]),
    ("company UID (CH) CHE-108.071.636 MWST", ["CHE-108.071.636 MWST"]),
    ("company UID (CH) CHE-707.915.370", ["CHE-707.915.370"]),
])
def test_valid_numbers_are_found_whole(text, found):
    assert _spans(text) == found


@pytest.mark.parametrize("text", [
    "CF: KZLRNI62P58Z154E",                     # check letter off by one
    f"EMŠO {_EMSO[:-1]}{(int(_EMSO[-1]) + 1) % 10}",
    "partita IVA IT 33446120364",
    f"the code {_DNI[:-1]}{'A' if _DNI[-1] != 'A' else 'B'}",
    f"no cue: {_BSN}, {_PESEL}, {_EMSO}, {_DDV}",  # digit-only numbers need their word
    "responsibilities of a grandmother",       # sixteen letters are a word
    "PPS 2343844 VB, CHE-108.071.637, BIPT 720127 HCHTHN88",  # checks off by one
    "CI: 2000465-5, cédula 1.779.898-8, matricule 2006101532608, NN 01.04.11-928.82",
    "CI 2000465-4/7, CNS 1976 1303 405 17",  # a longer code; no thirteenth month
])
def test_failed_checks_and_uncued_digits_are_left(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text", [
    "order 4471-2290-118 shipped for 1299.00 EUR",
    "call +39 06 6982 1234 or 020 7946 0958",
    "ISBN 978-1-781-30763-2, version 10.4.22.1, room 1204",
    "flight BA2490 at 2024-03-05 14:32:10",
    "IT 2024 budget: SI 3 people",
    f"paid {_DNI[:-1]} {_DNI[-1].lower()} month",  # a word after a number is not its letter
])
def test_look_alikes_are_left(text):
    assert _spans(text) == []


def test_the_scrubbed_text_names_the_category(redactor):
    text = "кодиче фискале NVKSRG01D26F205U, davčna SI 15830632"
    assert redactor.scrub_text(text).text == "кодиче фискале [GOV_ID_1], davčna [GOV_ID_2]"
