"""A place and the parish it lies in, as the Caribbean writes an address with no house number,
the parts after the parish with it; a parish alone, after a town alone, or before a sentence's
words stays a place."""

from __future__ import annotations

import pytest

from redact.detect.address_parishes import parish_spans
from redact.detect.addresses import address_spans


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text)]


@pytest.mark.parametrize(("text", "block"), [
    # an estate and its parish, a street and its parish, in prose
    ("the locksmith is going to Black Rock Heights, St. Michael, the yellow house", "Black Rock Heights, St. Michael"),
    ("she moved in with her daughter at Sunset Crest Heights, St. James", "Sunset Crest Heights, St. James"),
    ("the panels go on the roof at Dayrells Road, St. Peter", "Dayrells Road, St. Peter"),
    ("the roof at Rockley Heights, Christ Church.", "Rockley Heights, Christ Church"),
    # a house's number with "#", a lane, a district, the parish and its postcode
    ("she moved in with her daughter at #19 Brathwaite's Gap, Rockley, Christ Church BB15099",
     "#19 Brathwaite's Gap, Rockley, Christ Church BB15099"),
    # Jamaica's parish written out, Trinidad's region, in capitals
    ("we fixed Mona Heights, Saint Andrew yesterday", "Mona Heights, Saint Andrew"),
    ("the yard is at Hothersal Turning, ST. MICHAEL, near the shop", "Hothersal Turning, ST. MICHAEL"),
    ("the site is 12 Cunupia Development, Chaguanas", "12 Cunupia Development, Chaguanas"),
    # the country after the parish, with the islands' letters
    ("Send it to Welches Tenantry, St. Thomas, Barbados W.I. please", "Welches Tenantry, St. Thomas, Barbados W.I."),
])
def test_a_place_and_its_parish(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "he went to Rockley, Christ Church",  # a town and a parish: a place
    "Christ Church, St. Michael",
    "the St. Michael choir sang at Christ Church College",
    "it is 12 minutes from Hope Park, Kingston 10 minutes on foot",  # "Kingston 10 minutes"
    "we visited St. James's Park, St. James's Palace",
    "the Bay Road, St. Michael's Cathedral tour",  # a saint's church, not the parish
])
def test_a_parish_that_ends_no_address(text):
    assert parish_spans(text) == []
