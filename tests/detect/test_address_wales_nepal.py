"""Address systems of Wales, Nepal, Finland and Kyrgyzstan as their people write them, each
block one span: Welsh streets with their type first ("Stryd Fawr", "Rhodfa'r Lli"), the
flats, buildings and named houses above or before them, a locality of common words below a
house; Nepal's local levels with their ward, G.P.O. boxes with their EPC and "Tole" and
"Sadak" streets; Finland's stair and flat ("7 B 21", "as. 12") and a town before a street
that opens with its name; Bishkek's streets by an ordinal alone; with a near miss of each
left alone."""

from __future__ import annotations

import pytest

from redact.detect.addresses import address_spans


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text)]


@pytest.mark.parametrize(("text", "block"), [
    ("Send it to 14 Heol y Llan, Treorci CF42 6BA please", "14 Heol y Llan, Treorci CF42 6BA"),
    ("see you at 5 Rhodfa'r Lli, Aberdaron LL53 8BD", "5 Rhodfa'r Lli, Aberdaron LL53 8BD"),
    ("Fflat 3, Llys Glas\n8 Stryd Fawr\nBangor\nLL57 1AB\nDiolch", "Fflat 3, Llys Glas\n8 Stryd Fawr\nBangor\nLL57 1AB"),
    ("post to Bryn-yr-Eos, Llangollen LL20 8AA", "Bryn-yr-Eos, Llangollen LL20 8AA"),
    ("Bwthyn Celyn, New Hope, Pontypridd CF38 1AA", "Bwthyn Celyn, New Hope, Pontypridd CF38 1AA"),
    ("9 Heol-y-Nant, Caerdydd CF14 2AB", "9 Heol-y-Nant, Caerdydd CF14 2AB"),
])
def test_wales(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "blocks"), [
    ("Heol Las was closed for 3 days", []),  # a street's type and name, no house
    ("Diolch Gareth, 8 Stryd Fawr, Bangor LL57 1AB", ["8 Stryd Fawr, Bangor LL57 1AB"]),  # a greeting is no building
    ("see you soon, New Hope, Pontypridd CF38 1AA", ["Pontypridd CF38 1AA"]),  # common words with no house above
])
def test_wales_near_misses(text, blocks):
    assert _blocks(text) == blocks


@pytest.mark.parametrize(("text", "block"), [
    ("deliver to Bhanjyang, Pokhara Metropolitan City-8, Kaski District today",
     "Bhanjyang, Pokhara Metropolitan City-8, Kaski District"),
    ("write to G.P.O. Box 8123, EPC 45, Kathmandu, Nepal", "G.P.O. Box 8123, EPC 45, Kathmandu, Nepal"),
    ("drop it at 12 Naxal Tole, Kathmandu", "12 Naxal Tole, Kathmandu"),
])
def test_nepal(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "the Municipality-2 budget was approved in 2024",  # no local level's name
    "EPC 45 is the code for 2024",
    "we met 12 Tole players",  # a type word with no name before it
])
def test_nepal_near_misses(text):
    assert _blocks(text) == []


@pytest.mark.parametrize(("text", "block"), [
    ("asun osoitteessa Pihlajatie 7 B 21, 00270 Helsinki", "Pihlajatie 7 B 21, 00270 Helsinki"),
    ("Mannerheimintie 5 as. 12\n00100 HELSINKI\nkiitos", "Mannerheimintie 5 as. 12\n00100 HELSINKI"),
    ("живу в Тампере, Hämeenkatu 10 A 5", "Тампере, Hämeenkatu 10 A 5"),
    ("I live in Tampere, Hämeenkatu 10 A 5 now", "Tampere, Hämeenkatu 10 A 5"),
])
def test_finland(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "blocks"), [
    ("Pihlajatie 7 B 2021", ["Pihlajatie 7 B"]),  # a year is no flat
    ("rooms as. 12 were booked", []),
    ("Спасибо, Hämeenkatu 10 A 5", ["Hämeenkatu 10 A 5"]),  # a word of sentences is no town
    ("Hi Mikko, Hämeenkatu 10 A 5", ["Hämeenkatu 10 A 5"]),  # nor a given name
])
def test_finland_near_misses(text, blocks):
    assert _blocks(text) == blocks


def test_bishkek_ordinal_street():
    text = "Бишкек, ж/м Арча-Бешик, ул. 5-я, д. 12, у ворот"
    assert _blocks(text) == ["Бишкек, ж/м Арча-Бешик, ул. 5-я, д. 12"]


def test_bishkek_ordinal_street_near_miss():
    assert _blocks("мы на ул. 26-я, рядом с рынком, 5 минут") == []  # no house
