"""A phone named by its mobile operator (redact.detect.cue_operators), an identity card's
word or short cue printed again before its number (redact.detect.cue_labels), and a
paper's noun with its issuer's acronyms (redact.detect.cue_refs); the look-alikes stay."""

from __future__ import annotations

import pytest

from redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(("text", "scrubbed"), [
    # an operator's name before a number's word, a short local number as well
    ("the Digicel number of the shop 4471 2093", "the Digicel number of the shop [PHONE_1]"),
    ("my Vodafone no. 0744 310 982 is off", "my Vodafone no. [PHONE_1] is off"),
    ("номер МТС 8 916 230-41-17", "номер МТС [PHONE_1]"),
    ("номер билайна 71 208 334", "номер билайна [PHONE_1]"),
    # the card's short cue or its word printed again before the number
    ("hawiyye of monsieur ID no. 390217754410", "hawiyye of monsieur [GOV_ID_1]"),
    ("Syrian ID no. ID no. 771203984455 then", "Syrian ID no. [GOV_ID_1] then"),
    ("national ID no. bita2a 209911843376", "national ID no. [GOV_ID_1]"),
    ("buletin 8837210", "buletin [GOV_ID_1]"),
    # a paper's noun, its issuer's acronyms, its number
    ("у кота: племенная карточка ФЕЛ ЛКС 4471", "у кота: [OTHER_1]"),
])
def test_cued_values_are_found(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    # a thing's number, a count, a flight, a year, an operator's price
    "the order number 12345678 shipped",
    "Orange number of units 12",
    "boarding pass ticket BA 2490",
    "карточка РКФ 2023",
    "Vodafone plan 2 500 000 subscribers",
])
def test_look_alikes_stay(redactor, text):
    assert redactor.scrub_text(text).text == text
