"""The locality lines under a street with no postcode: taken under an address lead in any
of its languages, or by a region word; closings, names and other lines left out."""

from __future__ import annotations

import pytest

from redact.detect.addresses import address_spans


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text)]


@pytest.mark.parametrize(("text", "block"), [
    ("Address (home)\nNo. 84, Awolowo Close\nVictoria Island, Lagos State\n(current)",
     "No. 84, Awolowo Close\nVictoria Island, Lagos State"),
    ("Address (home)\n8, Adisa Crescent\nGRA, Port Harcourt\n(current)", "8, Adisa Crescent\nGRA, Port Harcourt"),
    ("Speaker 1: Deliver to —\nNo. 16, Alabi Close\nBodija, Ibadan State\nThank you",
     "No. 16, Alabi Close\nBodija, Ibadan State"),
    ("> Physical address:\n> Plot 859, Ogunbo Crescent\n> Wuse 2, Abuja\n<!-- end -->",
     "Plot 859, Ogunbo Crescent\n> Wuse 2, Abuja"),
    ("Postal:\n77, Faloye Street\nSurulere, Lagos\n\nNHS no", "77, Faloye Street\nSurulere, Lagos"),
    ("Mailing address\n12 Adeola Odeku Street\nVictoria Island\nLagos",
     "12 Adeola Odeku Street\nVictoria Island\nLagos"),
    ("ADDRESS:\nHouse 7, Ring Road\nAdabraka, Accra", "House 7, Ring Road\nAdabraka, Accra"),
    ("Postal address:\nHouse No. 12, Ngong Road\nKilimani, Nairobi", "House No. 12, Ngong Road\nKilimani, Nairobi"),
    ("Residence:\n45, Kimathi Street\nNairobi CBD, Nairobi", "45, Kimathi Street\nNairobi CBD, Nairobi"),
    ("Deliver to →\n17, Bode Thomas Street\nSurulere, Lagos", "17, Bode Thomas Street\nSurulere, Lagos"),
    ("Lieferadresse:\nAm Lindenweg 12\nSchwabing, München", "Am Lindenweg 12\nSchwabing, München"),
    ("Shipping address -\n27 Unity Road\nEast Legon, Accra", "27 Unity Road\nEast Legon, Accra"),
    ("Home:\n15 Tahrir St, Dokki\nGiza, Egypt", "15 Tahrir St, Dokki\nGiza, Egypt"),
    # the addressee's line between the lead and the street; a region in brackets
    ("Ship to:\nJohn Smith\n12 Adeola Odeku Street\nVictoria Island, Lagos",
     "12 Adeola Odeku Street\nVictoria Island, Lagos"),
    ("Address:\nNo. 84, Awolowo Close\nIkeja (Lagos State)\nThanks", "No. 84, Awolowo Close\nIkeja (Lagos State)"),
    # on one line: the region word ends the block, prose may follow
    ("deliver to 14 Agbaje Street, Yaba, Lagos State tomorrow", "14 Agbaje Street, Yaba, Lagos State"),
    # no lead: a region word ends the line
    ("She moved to 21 Nyerere Road\nMombasa, Mombasa County\nlast year",
     "21 Nyerere Road\nMombasa, Mombasa County"),
])
def test_locality_lines_join_the_street(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("Address (home)\n12 Oak Road\nThank you", "12 Oak Road"),
    ("Postal:\n5 Main Street\nKind regards, Maria", "5 Main Street"),
    ("Postal:\n5 Main Street\nAnna Smith", "5 Main Street"),
    ("Deliver to:\n5 Main Street\nThanks, Tom", "5 Main Street"),
    ("Address:\n12 Oak Road\nMeeting Notes", "12 Oak Road"),
    ("Address:\n12 Oak Road\nSpeaker 2", "12 Oak Road"),
    # no lead, no region word: the line below is not the address's
    ("met at 12 Oak Road\nGarki, Abuja is far", "12 Oak Road"),
    ("We met at 12 Oak Road\nGarki, Abuja", "12 Oak Road"),
])
def test_other_lines_stay_out(text, block):
    assert _blocks(text) == [block]
