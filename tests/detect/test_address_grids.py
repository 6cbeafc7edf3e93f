"""Addresses whose blocks, streets and buildings are numbered (Kuwait's grid, in English and
Arabizi), Bhutan's roads ("Lam"), named buildings and districts' house numbers, Czech and
Slovak streets with their spaced postcodes, floors, flats and country lines, a Russian closed
town's status before its town; with the look-alikes left alone."""

from __future__ import annotations

import pytest

from redact.detect.addresses import address_spans


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text, frozenset({"bhutan"}))]


@pytest.mark.parametrize(("text", "block"), [
    # a district, its block, the directions between, the house
    ("she is staying at Salmiya, Block 4, behind the mosque, House 12\n", "Salmiya, Block 4, behind the mosque, House 12"),
    # the same in Arabizi: a qitaa (block), a shari3 (street), a villa
    ("meet us at Rumaithiya, Qitaa 3, Shari3 15, Villa 8 tonight", "Rumaithiya, Qitaa 3, Shari3 15, Villa 8"),
    ("go to Farwaniya, Block 2, Street 17, Building 33, Floor 4, Flat 9\n",
     "Farwaniya, Block 2, Street 17, Building 33, Floor 4, Flat 9"),
    # the house first, the sentence's words before it left out; directions after the town are the sentence's
    ("the nurse stays at House 12, Jadda 4, Street 6, Block 2, Salmiya", "House 12, Jadda 4, Street 6, Block 2, Salmiya"),
    ("pick up from Villa 5, Street 8, Al Quoz 3, Dubai, near the mall", "Villa 5, Street 8, Al Quoz 3, Dubai"),
    # the district and its block in one part, the civil registry's number last
    ("send it to Fintas Blk 5, Street 12, Bldg 7, Apt 3, PACI 12345678</v>",
     "Fintas Blk 5, Street 12, Bldg 7, Apt 3, PACI 12345678"),
    # Bhutan: a flat, a road ("Lam"), a building by its name, a zone, the town and its postcode
    ("the van goes to Flat 2B, Chang Lam, Pelkhil bldg, Zone 1, Thimphu 11002\n",
     "Flat 2B, Chang Lam, Pelkhil bldg, Zone 1, Thimphu 11002"),
    # a building by its name, its floor, the road, a landmark below, the town
    ("deliver to Dorji Khangzang, 2nd floor, Chorten Lam, above the Bank of Bhutan, Thimphu\n",
     "Dorji Khangzang, 2nd floor, Chorten Lam, above the Bank of Bhutan, Thimphu"),
    # a house by its district's letters and numbers, its village, town and country
    ("the parcel goes to House TH-2-45, Babesa, Thimphu, Bhutan\n", "House TH-2-45, Babesa, Thimphu, Bhutan"),
    # Slovak in Russian text: a street with no type, a spaced postcode, a town in Cyrillic
    ("доставить на Lipová 12, 831 04, Братислава (Ružinov)", "Lipová 12, 831 04, Братислава (Ružinov)"),
    ("адрес: Mierová 41, 7. poschodie, 821 05 Bratislava", "Mierová 41, 7. poschodie, 821 05 Bratislava"),
    ("адрес Lipová 2210/14, byt č. 7, 040 11 Košice", "Lipová 2210/14, byt č. 7, 040 11 Košice"),
    # a village and its house number, the postcode alone after it
    ("приезжай Veľký Biel 120, 900 24", "Veľký Biel 120, 900 24"),
    ("снимаю Bernolákovo 55, 900 27\n", "Bernolákovo 55, 900 27"),
    # a letter's block with its street's two numbers and the country line in capitals
    ("> Mlynská cesta 1204/18\n> 811 05 Bratislava - Staré Mesto\n> SLOVENSKÁ REPUBLIKA\n",
     "Mlynská cesta 1204/18\n> 811 05 Bratislava - Staré Mesto\n> SLOVENSKÁ REPUBLIKA"),
    # a Russian closed town's status before its town's mark
    ("собирается ЗАТО г. Заозёрск, ул. Ленина 5", "ЗАТО г. Заозёрск, ул. Ленина 5"),
])
def test_block(text: str, block: str) -> None:
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "Block 11 was closed for the exam",
    "he lives on Floor 11 now",
    "Hlavná 69 was the final score",
    "there were 900 55 people in the hall",
    "we scored 120, 300 55 times",
    "Street 54 and Building 49 are both on the map",
    "Paris, Block 3 of the course",
    "the price above the Druk Pharmacy sign",
    "Section 5, page 120, 300 12",
    "Flat 3, Block B",
])
def test_look_alike(text: str) -> None:
    assert _blocks(text) == []
