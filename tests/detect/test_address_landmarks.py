"""Addresses of three families: Nordic floors and sides and postcodes, French buildings,
stairs and flats and towns written first, and the landmark addresses of places whose houses
have no numbers (West Africa, the Caribbean), with the care-of mark before any of them and
the villages Guyana numbers. Each with near misses left alone."""

from __future__ import annotations

import pytest

from redact.detect.addresses import address_spans

_COUNTRIES = frozenset({"liberia", "guyana", "sweden"})


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text, _COUNTRIES)]


@pytest.mark.parametrize(("text", "block"), [
    # Denmark: a house with its letter, the floor and side, the postcode and town with its district's letter
    ("address as on the ID: Amagerbrogade 77B, 2. th., 2300 København S\n",
     "Amagerbrogade 77B, 2. th., 2300 København S"),
    # Norway's and Finland's floor by its number
    ("send to Storgata 5, 3. etg., 0155 Oslo\n", "Storgata 5, 3. etg., 0155 Oslo"),
    ("address: Mannerheimintie 5 A 7, 4. krs, 00100 Helsinki\n", "Mannerheimintie 5 A 7, 4. krs, 00100 Helsinki"),
    # France: building, stair and flat on the line above the street
    ("Адрес уборки:\nBât. A, esc. 1, appt 7\n18 rue des Pyrénées\n75020 PARIS\n",
     "Bât. A, esc. 1, appt 7\n18 rue des Pyrénées\n75020 PARIS"),
    ("Résidence Les Pins, bâtiment B, escalier 2, étage 3\n4 rue Lecourbe\n75015 PARIS\n",
     "Résidence Les Pins, bâtiment B, escalier 2, étage 3\n4 rue Lecourbe\n75015 PARIS"),
    # the town first, the street's type in lowercase and its number after the name, the postcode last
    ("спевки у нас Marseille, avenue du Prado 2, 13008\n", "Marseille, avenue du Prado 2, 13008"),
    ("our office: Bruxelles, rue de la Loi 16, 1000\n", "Bruxelles, rue de la Loi 16, 1000"),
    # a city's arrondissement before the street, in Russian and French
    ("клиентка живёт Париж, 20-й округ, 158 rue des Pyrénées\n", "Париж, 20-й округ, 158 rue des Pyrénées"),
    ("Paris, 11e arrondissement, 179 rue de la Roquette\n", "Paris, 11e arrondissement, 179 rue de la Roquette"),
    # Sweden: the care-of line, the "NNN NN" postcode; a country and town before a Latin street
    ("мы живём c/o Andersson, Linnégatan 33, 413 04 Göteborg, за магазином",
     "c/o Andersson, Linnégatan 33, 413 04 Göteborg"),
    ("снимаю квартиру Швеция, Стокгольм, Drottninggatan 78, квартира 1604, индекс 111 36\n",
     "Швеция, Стокгольм, Drottninggatan 78, квартира 1604, индекс 111 36"),
    # a post box in someone's care, its number with a dash
    ("the bags go to c/o P.O. Box 20-3848, Monrovia\n", "c/o P.O. Box 20-3848, Monrovia"),
    ("address as on the ID: c/o P.O. Box 10365, Ongwediva\n", "c/o P.O. Box 10365, Ongwediva"),
    # landmarks after an address's cue, by their name and kind
    ("the miner's address is Chicken Soup Factory, Gardnersville, Monrovia\n",
     "Chicken Soup Factory, Gardnersville, Monrovia"),
    ("send the payment slip to ELWA Junction, Paynesville, Monrovia\n", "ELWA Junction, Paynesville, Monrovia"),
    ("address as per the ID card: Joe Bar, Paynesville, Monrovia\n", "Joe Bar, Paynesville, Monrovia"),
    # the care mark or the directions opening a cued value
    ("address is c/o Mensah, Kaneshie Market, Accra\n", "c/o Mensah, Kaneshie Market, Accra"),
    ("the address is opposite the Kingdom Hall, Spintex Road, Accra\n",
     "opposite the Kingdom Hall, Spintex Road, Accra"),
    # a landmark's name among the places, the directions after it
    ("address: Gardnersville, Chicken Soup Factory, opposite the Total gas station, Monrovia\n",
     "Gardnersville, Chicken Soup Factory, opposite the Total gas station, Monrovia"),
    # directions opening a block of places under a cue's line
    ("Send the paddy payment to:\nbehind the Cuttington junction, Gbarnga\nBong County\nLiberia\n\nthe truck left",
     "behind the Cuttington junction, Gbarnga\nBong County\nLiberia"),
    # Guyana: a lot, a numbered village, a town abbreviated, a village's line under a cue
    ("she moved in with her aunty at Lot 55, Mandela Avenue, East La Penitence, G/town</v>\n",
     "Lot 55, Mandela Avenue, East La Penitence, G/town"),
    ("she moved in with her aunty at No. 64 Village, Corentyne, Berbice\n", "No. 64 Village, Corentyne, Berbice"),
    ("Farmer's home address (for the mill card):\nLot 81 Dam\nDiamond, East Bank Demerara\nGuyana\n\n7\n",
     "Lot 81 Dam\nDiamond, East Bank Demerara\nGuyana"),
])
def test_blocks(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "we sold No. 5 Village, the painting, yesterday",
    "meet near the station, London",
    "near the Ganta junction, Monday\nTuesday\n",
    "we met at Joe Bar, Friday, Saturday",
    "send the report to Acme Factory, Finance, Payroll\n",
    "the flight BA 2300 to København S",
    "Version 2. th., 2300 items",
    "price 4978, Swakopmund",
    "please place Order 12, thanks",
    "my address is near the Market, thanks\n",
    "the meeting is near the Station, Room 5\n",
    "we moved 3. etg. files to 0155 Oslo",
])
def test_near_misses(text):
    assert _blocks(text) == []
