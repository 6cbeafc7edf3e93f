"""The lines of a letter's address as Europe's posts write them (the postcode before the town
in capitals, the country on a line of its own, in capitals too), the floors and doors the
Netherlands write after a house's number, a Dutch address on one line, a Russian index before
its town's mark; Indonesia's buildings, estates and alleys; each block one span, with the
look-alikes left alone."""

from __future__ import annotations

import pytest

from redact.detect.addresses import address_spans


COUNTRIES = frozenset(("netherlands", "france"))  # as the engine passes the packs' names


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text, COUNTRIES)]


@pytest.mark.parametrize(("text", "block"), [
    # the postcode's letters before a town in capitals, two spaces apart, the country under it
    ("[20:01] jim: Pre-wedding shoot:\nAmsterdamsestraatweg 144\n3551 BB  UTRECHT\nThe Netherlands\n[20:02] cw: ok",
     "Amsterdamsestraatweg 144\n3551 BB  UTRECHT\nThe Netherlands"),
    # a floor or a door after the house's number, a name's particle inside the street's
    ("Post the USB to -\nWitte de Withstraat 167 2 hoog\n3012 EJ  ROTTERDAM\nNederland\n\nSpeaker 2",
     "Witte de Withstraat 167 2 hoog\n3012 EJ  ROTTERDAM\nNederland"),
    ("Oudegracht 300 zwart\n3511 XC  UTRECHT\nNEDERLAND", "Oudegracht 300 zwart\n3511 XC  UTRECHT\nNEDERLAND"),
    # the whole address on one line, a street with no type's word too
    ("the ceremony is at her aunt's, Nieuwe Binnenweg 22 hs 3014TA ROTTERDAM",
     "Nieuwe Binnenweg 22 hs 3014TA ROTTERDAM"),
    ("the listener's address is Stratumseind 140A 5611VA EINDHOVEN", "Stratumseind 140A 5611VA EINDHOVEN"),
    ("post the album to Witte de Withstraat 215-1 3012TX ROTTERDAM", "Witte de Withstraat 215-1 3012TX ROTTERDAM"),
    # the same last lines in France, Germany and Poland
    ("12 rue de la Paix\n75002 PARIS\nFRANCE", "12 rue de la Paix\n75002 PARIS\nFRANCE"),
    ("Hauptstraße 5\n10115 BERLIN\nDEUTSCHLAND", "Hauptstraße 5\n10115 BERLIN\nDEUTSCHLAND"),
    ("театр на ul. Legnicka 158B lok. 2, 54-070 WROCŁAW", "ul. Legnicka 158B lok. 2, 54-070 WROCŁAW"),
    # a Russian index before its town's mark, the country in capitals under it
    ("Пасека\nпр. Махтумкули, дом 96, кв. 4\n745400 г. Мары\nТУРКМЕНИСТАН\n\nмёд",
     "пр. Махтумкули, дом 96, кв. 4\n745400 г. Мары\nТУРКМЕНИСТАН"),
])
def test_the_last_lines_of_a_letter(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "the Pixel 7 1080 HD Video is out",  # a screen's lines, not a postcode
    "Version 2 1080 HD TV mode",
    "Room 12 10-150 People max",
    "rated 5 bis 10 points",
    "Hauptstraße is 5 minutes away",
])
def test_look_alikes_of_the_last_lines(text):
    assert _blocks(text) == []


@pytest.mark.parametrize(("text", "block"), [
    # a building's word before its name, the tower, its floor and flat, the street, the city
    ("Site survey:\nApartemen Gading Nias, Tower Alamanda Lt. 10 No. 07\nJl. Pegangsaan Dua, Kelapa Gading\n"
     "Jakarta Utara, DKI Jakarta 14250\n\nthanks",
     "Apartemen Gading Nias, Tower Alamanda Lt. 10 No. 07\nJl. Pegangsaan Dua, Kelapa Gading\n"
     "Jakarta Utara, DKI Jakarta 14250"),
    # an alley off a street, named after the street's own name
    ("the panels go on the roof at Jl. Dago Gg. Mawar No. 12, Coblong, Bandung 40132",
     "Jl. Dago Gg. Mawar No. 12, Coblong, Bandung 40132"),
    # an estate, the block and number of the house in it
    ("the locksmith is going to Perum Griya Asri Blok H8 No. 21, Bekasi 17115, the yellow house",
     "Perum Griya Asri Blok H8 No. 21, Bekasi 17115"),
    ("the roof at Perumahan Taman Kopo Indah Blok B1 No. 35, Bandung 40218",
     "Perumahan Taman Kopo Indah Blok B1 No. 35, Bandung 40218"),
])
def test_indonesia(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "Tower 4 is down again",  # a building's word with nothing of an address
    "the Perum Blok 5 meeting",
    "Gang Beasts 2 is fun",
])
def test_indonesia_near_misses(text):
    assert _blocks(text) == []


def test_a_floor_and_its_door_in_one_part():
    assert _blocks("mi depto: Av. Corrientes 1234, Piso 5 Depto B, C1043AAZ CABA") == [
        "Av. Corrientes 1234, Piso 5 Depto B, C1043AAZ CABA"]
