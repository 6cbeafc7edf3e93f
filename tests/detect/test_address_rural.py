"""Blocks of layouts with few or foreign street marks: Ireland's townland, town and county
with no postcode; Mexico's colonia, the aside after the house and the state's abbreviation;
Spain's floor and door in one, its estates' phases and blocks; Iran's chain of ever smaller
ways, its plate, unit and ten-digit postal code; Portugal's floor and side as Russian writes
them; a Russian village by its settlement mark, district and house with a landmark after it.
Each with its look-alikes left alone."""

from __future__ import annotations

import pytest

from redact.detect.addresses import address_spans


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text)]


@pytest.mark.parametrize(("text", "block"), [
    # Ireland: a county ends a rural block as a postcode does, the Eircode after it
    ("address as per the INE: Ballyglass, Dungarvan, Co. Waterford", "Ballyglass, Dungarvan, Co. Waterford"),
    ("the patient's address is Knockbrack, Tuam, Co. Galway", "Knockbrack, Tuam, Co. Galway"),
    ("Home address -\n19 Fairgreen, Carrick-on-Shannon, Co. Leitrim\nN41 DA2E\n\nthanks",
     "19 Fairgreen, Carrick-on-Shannon, Co. Leitrim\nN41 DA2E"),
    ("send it to Lisheen, Ballina, County Mayo please", "Lisheen, Ballina, County Mayo"),
    # Mexico: the colonia before the street, an aside after the house, the state's abbreviation
    ("send the aids to Col. Americana, Av. Hidalgo 577 (portón verde), Guadalajara</v>",
     "Col. Americana, Av. Hidalgo 577 (portón verde), Guadalajara"),
    ("at Col. Americana, Calle Morelos 632 (portón verde), Guadalajara",
     "Col. Americana, Calle Morelos 632 (portón verde), Guadalajara"),
    ("drop:\nCalle Independencia 630 Int. 4, Col. Reforma\nC.P. 68702, Oaxaca de Juárez, Oax.\n\nok",
     "Calle Independencia 630 Int. 4, Col. Reforma\nC.P. 68702, Oaxaca de Juárez, Oax."),
    # Spain: floor and door in one, an estate's phase, block and door, the town before the estate
    ("я теперь снимаю piso C/ Ramón Gallud 94, esc. 2, 4º-2ª, 29601 Marbella",
     "C/ Ramón Gallud 94, esc. 2, 4º-2ª, 29601 Marbella"),
    ("заезд гостей Urb. Los Altos, fase 4, bloque 3, puerta 4, 03004 Alicante",
     "Urb. Los Altos, fase 4, bloque 3, puerta 4, 03004 Alicante"),
    ("адрес: Валенсия, Urb. Playa Flamenca, Calle Mercurio 61, бунгало 14, ключи в ключнице",
     "Валенсия, Urb. Playa Flamenca, Calle Mercurio 61, бунгало 14"),
    ("заезд гостей Испания, Марбелья, Urb. La Zenia, вилла 116, индекс 29601",
     "Испания, Марбелья, Urb. La Zenia, вилла 116, индекс 29601"),
    # Iran: the city first, then ever smaller ways, the plate and unit, a ten-digit postal code
    ("the address is Tehran, Vanak Sq., Mollasadra St., 12th Alley, No. 43, postal code 7098173710",
     "Tehran, Vanak Sq., Mollasadra St., 12th Alley, No. 43, postal code 7098173710"),
    ("the owner's address is Pasdaran St., 12th Alley, pelak 76, vahed 19, Tehran</v>",
     "Pasdaran St., 12th Alley, pelak 76, vahed 19, Tehran"),
    # Portugal as Russian writes it: the flat's floor and side
    ("прописана Фару, Rua de Santo António, дом 79, квартира 5º Dto", "Фару, Rua de Santo António, дом 79, квартира 5º Dto"),
    ("по адресу Португалия, Лиссабон, Rua Augusta 207, 5 этаж лево, индекс 1100-053",
     "Португалия, Лиссабон, Rua Augusta 207, 5 этаж лево, индекс 1100-053"),
    # a Russian village: its settlement mark, district, house and the landmark after it
    ("я теперь снимаю piso п. Шуя, Прионежский район, дом 12 у озера", "п. Шуя, Прионежский район, дом 12 у озера"),
    ("мы живём пгт Калевала, Калевальский район, дом 43 у озера, за Mercadona",
     "пгт Калевала, Калевальский район, дом 43 у озера"),
])
def test_block(text: str, block: str) -> None:
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "blocks"), [
    ("Acme Trading Co. Ltd, Galway office, room 308", []),
    ("we met at Smith & Co., County Down is lovely", []),
    ("the apartment is 900 Sq. ft, No. 5 on the list", []),
    ("flight UA 530 (delayed), order 48213, the road was bad", []),
    ("I paid 577 (ok), then the postal code field was empty", []),
    # a landmark needs a house's number before it, and no pronoun
    ("г. Кондопога, Кондопожский район, дом 53 у меня", ["г. Кондопога, Кондопожский район, дом 53"]),
])
def test_look_alikes(text: str, blocks: list[str]) -> None:
    assert _blocks(text) == blocks
