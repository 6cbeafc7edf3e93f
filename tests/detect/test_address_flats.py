"""The block-flat marks of Central and Eastern European addresses (``address_flats``), read by
the address runs: Romanian streets, houses, blocks, staircases, floors, flats, sectors,
villages, communes and counties, a bare postcode between them; a building named by its owner
beside its floor, where houses have no number; with near misses."""

from __future__ import annotations

import pytest

from redact.detect.addresses import address_spans


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text, frozenset())]


@pytest.mark.parametrize(("text", "block"), [
    # a street, the house's "nr.", a block by its letter and number, a staircase, a floor, a flat
    ("the seller's address is Str. Matei Basarab nr. 114, bloc B14, scara A, etaj 9, apartament 10, 030671 Bucharest\n",
     "Str. Matei Basarab nr. 114, bloc B14, scara A, etaj 9, apartament 10, 030671 Bucharest"),
    # the same abbreviated, with Bucharest's sector
    ("the tuner should go to Bd. Iuliu Maniu nr. 16, bl. P11, sc. 2, et. 2, ap. 25, Sector 6, București\n",
     "Bd. Iuliu Maniu nr. 16, bl. P11, sc. 2, et. 2, ap. 25, Sector 6, București"),
    # a village, its commune and county, the postcode alone between them
    ("address as per the buletin: Sat Pietrari nr. 49, comuna Dumbrăvița, 307160, jud. Timiș</v>",
     "Sat Pietrari nr. 49, comuna Dumbrăvița, 307160, jud. Timiș"),
    ("Calea Victoriei nr. 12, ap. 3, Sector 1, București", "Calea Victoriei nr. 12, ap. 3, Sector 1, București"),
    # a building by its owner's name, before or after its word, beside its floor
    ("the seller's address is Ras Beirut, Bliss St., Abou Jaoude bldg, 3th floor, Beirut\n",
     "Ras Beirut, Bliss St., Abou Jaoude bldg, 3th floor, Beirut"),
    ("deliver the upright to Verdun, Rashid Karami St., bldg Khoury, 8th floor, Beirut</v>",
     "Verdun, Rashid Karami St., bldg Khoury, 8th floor, Beirut"),
    ("the owner's address is Zahle, Haouch el Omara, Rizk building, 2th floor\n",
     "Zahle, Haouch el Omara, Rizk building, 2th floor"),
    ("deliver the upright to bldg Khoury, 8th floor, Rashid Karami St., Beirut\n",
     "bldg Khoury, 8th floor, Rashid Karami St., Beirut"),
    # a building with no floor is a detail between a landmark and its town
    ("the driver is at Ntinda, opposite the Capital Shoppers, Kasozi building, Kampala\n",
     "Ntinda, opposite the Capital Shoppers, Kasozi building, Kampala"),
])
def test_block_flat_address(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "he is in room 308, floor 3 of the office",  # a room and a floor, no block's marks
    "we met on Sat 14, sector 7 of the plan, 307160 views",  # a day, a plan's sector and a count
    "order 5512, 307160, 2024, flight 22",  # numbers alone between separators
    "the bloc voted, scara was closed, etaj unknown",  # the words with no number or name after them
    "see nr. 5 in the list, 1200, then ap. 3",  # two marks, a number between, no house nor place
    "the meeting is on floor 3 of the office building, room 308",  # a floor in a sentence
    "the new building, 6th floor, was nice",  # a building no name names
    "Acme building, 4th floor",  # a building and its floor with no place
])
def test_block_flat_near_miss(text):
    assert _blocks(text) == []
