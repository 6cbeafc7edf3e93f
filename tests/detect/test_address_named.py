"""Addresses named by their cue, of layouts no street pattern knows: the value after where
one lives, stays, moves or sends a thing, to its clause's end, when its shape is an
address's (a house's word and number, a number in several parts, a settlement's word, a
country last); and the short lines under a cue's own line. Each with a near miss."""

from __future__ import annotations

import pytest

from redact.detect.address_named import named_spans
from redact.detect.addresses import address_spans

_COUNTRIES = frozenset({"botswana", "malawi", "malaysia", "paraguay"})


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text, _COUNTRIES)]


@pytest.mark.parametrize(("text", "block"), [
    ("we stay at House 14, Kilimani Road, Kilimani, Nairobi, the blue gate",
     "House 14, Kilimani Road, Kilimani, Nairobi"),
    ("the grandmother lives at Mbuya Village, Chikwawa District, near the borehole",  # with its directions
     "Mbuya Village, Chikwawa District, near the borehole"),
    ("pick up from Villa 23, Street 14, Al Barsha 2, Dubai, near the mall", "Villa 23, Street 14, Al Barsha 2, Dubai"),
    ("my sister's address is Erf 4512, Khayelitsha, Cape Town 7784", "Erf 4512, Khayelitsha, Cape Town 7784"),
    ("the storage unit is at Unit 12 Kanjedza Warehouse Blantyre", "Unit 12 Kanjedza Warehouse Blantyre"),
    ("посылку на Бишкек, мкр. Джал, 23/5, кв. 8", "Бишкек, мкр. Джал, 23/5, кв. 8"),
    ("я снимаю квартиру Ереван, Кентрон, ул. Туманяна 12, кв. 5, шнорхакал", "Ереван, Кентрон, ул. Туманяна 12, кв. 5"),
    ("мы живём Mendoza, Godoy Cruz, San Martín 1234, 3°B, gracias", "Mendoza, Godoy Cruz, San Martín 1234, 3°B"),
    ("I'm at Plot 44, Chilenje South, Lusaka, come quick", "Plot 44, Chilenje South, Lusaka"),
    ("delivery to Villa 7, Al Mizhar 1, Dubai please", "Villa 7, Al Mizhar 1, Dubai"),  # a sentence's words after it
    ("živimo u Ulica Jadranska 5, 21000 Novi Sad", "Ulica Jadranska 5, 21000 Novi Sad"),
    ("мы живём Sumqayıt AZ5000 yaxşı", "Sumqayıt AZ5000"),  # a postcode of its country's shape
    ("we live in Mtendere Compound, Lusaka", "Mtendere Compound, Lusaka"),  # no number: a settlement's word
    ("my place is Mbare Flats, Harare", "Mbare Flats, Harare"),
    ("Address: Gwanda Road, Bulawayo", "Gwanda Road, Bulawayo"),  # a street and its town
    ("они живут улус Кырен, Тункинский район, Бурятия", "улус Кырен, Тункинский район, Бурятия"),
])
def test_value_after_cue(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "my place is a mess, sorry about that",
    "deliver it to the office tomorrow, thanks",
    "the meeting is at Room 5 on Monday",  # "is at" a time's and a room's cue too
    "send the report to John, Mary and Peter by Friday",
    "we moved to Ubuntu 22.04, Debian 12 and Fedora 39",
    "we live at Kasarani, Nairobi",  # places, no address
    "ship it to Amazon, they handle returns",
    "we live at Kasarani, 5 minutes from town",  # a number of the sentence, no house's
    "я живу в Москве, 5 лет уже",
    "we're at the Hilton, room 5",
    "send it to A. Smith",  # an initial, no settlement's mark
    "she lives in Nairobi, Kenya",  # a town and its country: a place
    "we live in Windows 11, Ubuntu 22",  # every part a name and its number
    "my place is Kasama Road, Thanks",
])
def test_value_near_misses(text):
    assert named_spans(text, _COUNTRIES) == []


@pytest.mark.parametrize(("text", "block"), [
    ("Return address -\nPrivate Bag X12\nGaborone\nBotswana\nTerm 3", "Private Bag X12\nGaborone\nBotswana"),
    ("Ship to:\nKampung Sungai Penchala\n60000 Kuala Lumpur\nMalaysia", "Kampung Sungai Penchala\n60000 Kuala Lumpur\nMalaysia"),
    ("Адрес доставки:\nAvenida Mariscal López 1234 c/ Brasil\n1209 Asunción\nParaguay\nзвонить заранее",
     "Avenida Mariscal López 1234 c/ Brasil\n1209 Asunción\nParaguay"),
    ('{"content": "Deliver to\\nP O Box 31\\nZomba\\nMalawi"}', "P O Box 31\\nZomba\\nMalawi"),  # a JSON string's lines
])
def test_lines_under_cue(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "Deliver to\nJohn Smith\nThanks",
    "Moving from:\nOld Laptop\nNew Laptop",
    "Send the invoice to -\nthe finance team, they know",
])
def test_lines_near_misses(text):
    assert named_spans(text, _COUNTRIES) == []
