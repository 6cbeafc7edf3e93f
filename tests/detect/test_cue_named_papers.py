"""Identifiers named by their cue: a job's or a ride's paper by its noun, Czechia's and
Slovakia's birth number and a civil id by their acronyms, their label printed with them, a
door's code with its owner between, a phone by an operator's brand written as no word is,
a licence's number after a clause of where it was used (rules/cues.yaml); the look-alikes
near the same words are left alone."""

from __future__ import annotations

import pytest

from redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("the plumber left a drop-off slip KLM-5521 at the door",
     "the plumber left a [OTHER_1] at the door"),
    ("written on the invoice: work order WO-77310", "written on the invoice: [OTHER_1]"),
    ("the shuttle pass SP-6604 was in her bag", "the [OTHER_1] was in her bag"),
    ("support ticket 8812-40 is still open", "[OTHER_1] is still open"),
    ("водитель сказал: трансфер ТРК-4410", "водитель сказал: [OTHER_1]"),
    ("курьер принёс: доставка Д-7781/23", "курьер принёс: [OTHER_1]"),
    ("RČ клиента: RČ 855215/0002", "RČ клиента: [GOV_ID_1]"),
    ("rodné číslo: r. č. 010101/0008 prosím", "rodné číslo: [GOV_ID_1] prosím"),
    ("the father's CID CID No. 10203040506", "the father's [GOV_ID_1]"),
    ("civil ID of the tenant C.ID: 287654321098", "civil ID of the tenant [GOV_ID_1]"),
    ("the garage door's code: 5183", "the garage door's code: [SECRET_1]"),
    ("on the form: TashiCell: 17-652210", "on the form: TashiCell: [PHONE_1]"),
    ("B-Mobile of the clinic 17440192", "B-Mobile of the clinic [PHONE_1]"),
    ("the licence I passed with in Bristol, K3095512",
     "the licence I passed with in [LOCATION_1], [GOV_ID_1]"),
])
def test_named_papers_and_ids(redactor: Redactor, text: str, scrubbed: str) -> None:
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "ticket 7731-52 for the concert",          # a ticket alone is a thing's
    "my order 2024-5531 was shipped",          # an order's number
    "room 3150 and flight BA 2490",
    "pass 123456 to the left",                 # no code's shape
    "the licence fee was paid in March, 2024",
    "the licence I drove on in the rain was clean",
    "CID 2048 bytes",
    "TalkTalk broadband, 24 months",
])
def test_look_alikes_stay(redactor: Redactor, text: str) -> None:
    assert redactor.scrub_text(text).text == text
