"""Latin America's blocks and lots, Ecuador's quadrant numbers at a crossing, a street with
no type before its flat and a road with no number and the way from it, each one block with its settlement, its parts and its way to the door;
the flats, floors and town glosses of Balkan and Austrian streets in Russian text; with the
look-alikes of each left alone."""

from __future__ import annotations

import pytest

from redact.detect.addresses import address_spans


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text)]


@pytest.mark.parametrize(("text", "block"), [
    ("go to Cdla. Alborada 9na etapa, Mz. 212, Villa 40, Guayaquil\nok",
     "Cdla. Alborada 9na etapa, Mz. 212, Villa 40, Guayaquil"),
    ("she lives at Sauces 6, manzana 59 solar 11, Guayaquil", "Sauces 6, manzana 59 solar 11, Guayaquil"),
    ("the address is Urdenor 2, Mz. 272 V. 25, diagonal a la tienda\nok",
     "Urdenor 2, Mz. 272 V. 25, diagonal a la tienda"),
    ("vive en Lote 5 Mza. B, frente al parque", "Lote 5 Mza. B, frente al parque"),
    ("deliver to calle 12 casa 220, Población Los Nogales, Estación Central, Santiago\nok",
     "calle 12 casa 220, Población Los Nogales, Estación Central, Santiago"),
    ("send it to Av. Maldonado S61-204 y Pujilí, departamento 234, Quito 170208\nok",
     "Av. Maldonado S61-204 y Pujilí, departamento 234, Quito 170208"),
    ("go to Av. de los Shyris N10-126 y Portugal, Quito", "Av. de los Shyris N10-126 y Portugal, Quito"),
    ("vivo en Juan León Mera Oe3-45 y Wilson", "Juan León Mera Oe3-45 y Wilson"),
    ("meet at:\nLos Leones 7803, depto. 897\nthanks", "Los Leones 7803, depto. 897"),
    ("go to Bernard Road, off Blue Hill Road, Fox Hill\nthanks", "Bernard Road, off Blue Hill Road, Fox Hill"),
    ("Address:\nQueen’s Highway, near the government dock\nArthur's Town, Cat Island\nBahamas\n\nok",
     "Queen’s Highway, near the government dock\nArthur's Town, Cat Island\nBahamas"),
])
def test_latin_american_blocks(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("по адресу Europska avenija 2c, HR-31000 Osijek\n", "Europska avenija 2c, HR-31000 Osijek"),
    ("находится Korzo 78, 51000 Rijeka, это Риека\n", "Korzo 78, 51000 Rijeka, это Риека"),
    ("мы живём Вена, Thaliastraße 113, штиге 1, тюр 5, за Billa", "Вена, Thaliastraße 113, штиге 1, тюр 5"),
    ("Ilica 12, 1. kat, 10000 Zagreb", "Ilica 12, 1. kat, 10000 Zagreb"),
])
def test_balkan_and_austrian_parts(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "we bought 2 manzanas and a pear", "she paid N32-63 for it", "Version E10-12 of Test Suite",
    "Meeting at Room 5, depto. 3 later", "Sprint 5, Of. 3", "Mike put 5, then left",
    "room 308 on flight 22", "Main Street, near the market we met", "the road was bad, near the market we met",
    "Take Exit Road, off Main Road to get there", "order 5512, price 30", "Top 10 places, see you", "I said это Москва",
])
def test_look_alikes_left_alone(text):
    assert _blocks(text) == []
