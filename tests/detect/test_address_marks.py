"""Address blocks opened by a postal mark or a line of hyphened units, with the short lines
under them; and the runs of parts read by their marks in South Slavic and Bulgarian
writing, by a plot's or a flat's number before its places, by the directions after them.
Each with a near miss."""

from __future__ import annotations

import pytest

from redact.detect.address_marks import mark_blocks
from redact.detect.address_units import unit_runs
from redact.detect.addresses import address_spans


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text)]


@pytest.mark.parametrize(("text", "block"), [
    # a post box alone on its line, its town and country under it, a speaker's line after them
    ("Speaker 1: send the forms to:\nP.O. Box 4521\nMbabane\nEswatini\n\nSpeaker 2: got it",
     "P.O. Box 4521\nMbabane\nEswatini"),
    # Nigeria's private mail bag with its town on its line
    ("the invoice goes to\nP.M.B. 2217, Ikeja\nLagos State\n[10:02] ade: ok", "P.M.B. 2217, Ikeja\nLagos State"),
    # South Africa's Postnet suite, its postcode on a line of its own
    ("Postnet Suite 118\nPrivate Bag X9\nMelville\n2109\n\nthanks", "Postnet Suite 118\nPrivate Bag X9\nMelville\n2109"),
    ("Private Bag X9021\nPolokwane\n0700\n\nok", "Private Bag X9021\nPolokwane\n0700"),
    # Japan's postcode mark over its units in Latin script and the building with its flat
    ("Mail to:\n〒920-0981\nIshikawa-ken Kanazawa-shi Katamachi 2-3-8\nHeights Kaga 302-go\n\nSpeaker 2: sure",
     "〒920-0981\nIshikawa-ken Kanazawa-shi Katamachi 2-3-8\nHeights Kaga 302-go"),
])
def test_mark_block(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    # the units of Japan's address in prose, the word before the first one too
    ("she lives at Kyoto-fu Kyoto-shi Sakyo-ku Yoshida 4-2-1 since May", "Kyoto-fu Kyoto-shi Sakyo-ku Yoshida 4-2-1"),
    ("ship it to Hokkaido Asahikawa-shi Toyooka 4-jo 2-1-5, thanks", "Hokkaido Asahikawa-shi Toyooka 4-jo 2-1-5"),
])
def test_hyphened_units(text, block):
    assert [text[a:b] for a, b in mark_blocks(text)] == [block]


@pytest.mark.parametrize("text", [
    "my PO Box 12 is full again",  # a box in a sentence: no lines under it
    "the Up-to 2-3 day window",  # a hyphened English word before numbers
    "Built-to spec 2-4 units",
    "Speaker-do notes 1-2",
])
def test_mark_block_near_miss(text):
    assert mark_blocks(text) == []


@pytest.mark.parametrize("text", [
    "P.O. Box 12\nThanks for the help\nBye",  # a sentence under the box
    "P.O. Box 12\nMary Jones\nProject Manager",  # a signature's lines: no word a place has alone
])
def test_mark_block_stops_at_a_line_of_no_place(text):
    assert [text[a:b] for a, b in mark_blocks(text)] == ["P.O. Box 12"]


@pytest.mark.parametrize(("text", "block"), [
    # Bulgaria's estate, block, entrance, floor and flat, in Cyrillic and romanised
    ("доставка: гр. Пловдив, ж.к. Тракия, бл. 112, вх. А, ет. 4, ап. 12 моля",
     "гр. Пловдив, ж.к. Тракия, бл. 112, вх. А, ет. 4, ап. 12"),
    ("courier to zh.k. Mladost 3, bl. 305, vh. B, et. 6, ap. 18, 1712 Sofia today",
     "zh.k. Mladost 3, bl. 305, vh. B, et. 6, ap. 18, 1712 Sofia"),
    # Serbia's street with its house number's mark, the flat, the town
    ("stan je u ul. Kralja Petra br. 14, stan 9, Novi Sad", "ul. Kralja Petra br. 14, stan 9, Novi Sad"),
    # a house with no number before a postcode and its town
    ("adresa: Dubrovačka bb, 85340 Herceg Novi", "Dubrovačka bb, 85340 Herceg Novi"),
    # a town with its quarter, a street with no number, the floor after its number
    ("живем Ниш (Медиана), Вожда Карађорђа бб, 2 етаж", "Ниш (Медиана), Вожда Карађорђа бб, 2 етаж"),
    # a street in lowercase after its first word and a postcode whose town is a word too
    ("the flat is Ulica slobode 12, 21000 Split", "Ulica slobode 12, 21000 Split"),
    # a block, an entrance and a flat in romanised Montenegrin, the town; a floor in Serbian Cyrillic
    ("the flat is in Blok 12, Ulaz 3, Stan 14, Podgorica", "Blok 12, Ulaz 3, Stan 14, Podgorica"),
    ("они живут Будва (Бечичи), Ул. Јадранска бб, 2 спрат", "Будва (Бечичи), Ул. Јадранска бб, 2 спрат"),
])
def test_slavic_marks(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    # a road with "off" before it, a landmark, the town
    ("deliver the tablets to off Kafue Road, opposite the Shoprite, Lusaka",
     "off Kafue Road, opposite the Shoprite, Lusaka"),
    # a town, its chiefdom and district, the directions after them
    ("the nurse visits Magburaka, Kholifa Chiefdom, Tonkolili District, behind the mosque",
     "Magburaka, Kholifa Chiefdom, Tonkolili District, behind the mosque"),
    ("home is Serowe, Botalaote Ward, after the big water tank", "Serowe, Botalaote Ward, after the big water tank"),
    # the directions first, then the road off which the house is, the town
    ("the clinic is behind Mama Ngina School, off Kenyatta Avenue, Nakuru",
     "behind Mama Ngina School, off Kenyatta Avenue, Nakuru"),
    # the short and the Slavic words of landmarks
    ("the parcel goes to Kwame Nkrumah Road, opp. Total, Kumasi", "Kwame Nkrumah Road, opp. Total, Kumasi"),
    ("she lives at Dobrota, pored Crkve, Kotor", "Dobrota, pored Crkve, Kotor"),
    # a plot or an erf by its number and the places after it, a plot with its block
    ("the midwife visits Plot 2231, Kanyama Extension, Lusaka", "Plot 2231, Kanyama Extension, Lusaka"),
    ("he rents Plot 4410 Block 6, since May", "Plot 4410 Block 6"),
    ("deliver to Hse No. 14, Kotobabi, near the Methodist church, Accra",
     "Hse No. 14, Kotobabi, near the Methodist church, Accra"),
])
def test_directions_and_plots(text, block):
    assert [text[a:b] for a, b in unit_runs(text)] == [block]


@pytest.mark.parametrize("text", [
    "the patient moved to Ward 5, near the nurses station",  # a hospital's ward
    "see Plot 3, Figure 2 for the details",  # a chart's plot
    "we tested Unit 3 Block 2 of the course",  # no dwelling's word
    "Version control 25, 2000 Users",  # words of sentences, no street's
    "et. 4 of the list, ap. 5 too",  # a floor's and a flat's short marks with no place
    "the district, near the river, was flooded",  # directions with no place
    "Chapter 3, after the break, Section 4",
    "Windows 10, 2004 Build, near the top",
])
def test_directions_and_plots_near_miss(text):
    assert unit_runs(text) == []


@pytest.mark.parametrize(("text", "block"), [
    # a building and its flat after the street, on its line and on the line under it
    ("the keys go to 18 Ridgeway Road, Sunrise Towers 7C, Kitwe", "18 Ridgeway Road, Sunrise Towers 7C, Kitwe"),
    ("Post the key to -\nRua Augusta 120\nEdifício Sol 3º Esq\n1100-053 Lisboa\nthanks",
     "Rua Augusta 120\nEdifício Sol 3º Esq\n1100-053 Lisboa"),
])
def test_building_after_street(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("see 12 Main Street, Version 2 of the doc", "12 Main Street"),  # a version is no flat
    ("call 5 Elm Road, Windows 10 is fine", "5 Elm Road"),
])
def test_building_after_street_near_miss(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    # Tanzania's box in Swahili ("sanduku la posta"), its town and country under it
    ("Pre-wedding shoot (the dog barks):\nS.L.P. 9017\nMwanza\nTanzania\n[20:02] <mwalsh> ok",
     "S.L.P. 9017\nMwanza\nTanzania"),
    ("S. L. P 412\nDodoma", "S. L. P 412\nDodoma"),
    # Indonesia's, Malaysia's, South Africa's, Turkey's, Finland's and Iceland's boxes
    ("Kotak Pos 1024\nJakarta 10010", "Kotak Pos 1024\nJakarta 10010"),
    ("Peti Surat 12345\n50776 Kuala Lumpur", "Peti Surat 12345\n50776 Kuala Lumpur"),
    ("Posbus 1122\nStellenbosch\n7599", "Posbus 1122\nStellenbosch\n7599"),
    ("Posta Kutusu 45\nKadıköy", "Posta Kutusu 45\nKadıköy"),
    ("Postilokero 100\n00101 Helsinki", "Postilokero 100\n00101 Helsinki"),
    ("Pósthólf 1234\n121 Reykjavík", "Pósthólf 1234\n121 Reykjavík"),
    # Croatia's and Czechia's, in a sentence's line with the rest after a comma
    ("pošaljite na Poštanski pretinac 21, 10000 Zagreb", "Poštanski pretinac 21, 10000 Zagreb"),
])
def test_post_boxes_of_many_languages(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "blocks"), [
    ("the BP 45 share price", []),  # a short mark with nothing of an address after it
    ("the Pf. 12 figure, Chart 3", []),
    ("flight PK 301, Lahore to Karachi", []),  # an airline's letters, no post box
    ("the C.C. 12 form was signed", []),
    # a short mark with its town and postcode after it is a box
    ("envoyez à BP 45, Cotonou", ["BP 45, Cotonou"]),
])
def test_short_box_marks_need_their_parts(text, blocks):
    assert _blocks(text) == blocks
