"""Addresses found by landmarks, owners' buildings and floors, as Lebanon writes them, and
the River Plate's streets named by a title with no type, their corners and flats, in English
and Russian text; each with the look-alikes left alone."""

from __future__ import annotations

import pytest

from redact.detect.addresses import address_spans


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text)]


@pytest.mark.parametrize(("text", "block"), [
    # a town with its district in brackets, a quarter, a family's house
    ("the tuner lives at Zahle (Bekaa), Maalaka, house of Haddad", "Zahle (Bekaa), Maalaka, house of Haddad"),
    # a governorate by its compass point after the town
    ("we moved to Bcharre, behind the monastery, Zgharta, North", "Bcharre, behind the monastery, Zgharta, North"),
    # a road in a sentence's words, a building by its owner, a floor
    ("bring it to Batroun, the coast road, Saliba building, 4th floor",
     "Batroun, the coast road, Saliba building, 4th floor"),
    ("Saida, old city, house of Bizri, 2nd floor", "Saida, old city, house of Bizri, 2nd floor"),
    # a postcode in two groups of four after the town
    ("ship to bldg Nassar, Hamra St., Ras Beirut, Beirut 1103 2090", "bldg Nassar, Hamra St., Ras Beirut, Beirut 1103 2090"),
    # "facing" a landmark between the street and the building
    ("she rents at Beirut, Mar Mikhael, Armenia St., facing the Electricity, Aoun Center, floor 7",
     "Beirut, Mar Mikhael, Armenia St., facing the Electricity, Aoun Center, floor 7"),
    # a street with no type and its flat, a postcode before the town
    ("я снимаю Soriano 1120 apto. 702, 11100 Montevideo", "Soriano 1120 apto. 702, 11100 Montevideo"),
    # a street named by a title, its flat in Russian, the town and postcode
    ("доставка Cnel. Oribe 512, кв. 14, Salto, 50000", "Cnel. Oribe 512, кв. 14, Salto, 50000"),
    ("доставка Paysandú, Gral. Artigas 1045, апто 3", "Paysandú, Gral. Artigas 1045, апто 3"),
    # a title inside a name after its type
    ("send to Av. Dr. Luis Piera 1994 apto. 5, 11200 Montevideo", "Av. Dr. Luis Piera 1994 apto. 5, 11200 Montevideo"),
    # a corner after the house, after a space or a comma
    ("прописан Bulevar España 2145 esq. Requena, Montevideo", "Bulevar España 2145 esq. Requena, Montevideo"),
    ("мы живём Salto, Gral. Rivera, дом 88, угол Uruguay, за аптекой", "Salto, Gral. Rivera, дом 88, угол Uruguay"),
    ("Camino Maldonado 6200, esquina con Cno. Carrasco, Montevideo",
     "Camino Maldonado 6200, esquina con Cno. Carrasco, Montevideo"),
])
def test_blocks(text: str, block: str) -> None:
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "the final score was Rivera 430, then Suarez 212",
    "Flores 430 points, Suarez 212 points",
    "we sat opposite the church, talking about Tripoli",
    "the meeting is on floor 9, bring the slides",
    "the company is facing the SEC again this year",
    "He visited London, Paris, North and South",
    "Gen. Motors 5, Detroit",
    "see chapter 3, corner of the room",
    "Beirut 2006 2007 were hard years",
    "the house of Commons met today",
])
def test_look_alikes(text: str) -> None:
    assert _blocks(text) == []
