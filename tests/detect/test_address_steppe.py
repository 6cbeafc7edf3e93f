"""Address layouts of Mongolia and Central Asia in Cyrillic (units marked after their name or
number), Hungary's district before the street and its floor in Roman figures, Greece's floor
and grouped postcode, Brazil's "casa" and town/state with its CEP, the subdivisions of
Mauritius, the neighbourhoods and directions of Cameroon, a post box with its town after a
space; each block one span, with the look-alikes of each left alone."""

from __future__ import annotations

import pytest

from redact.detect.address_mn import mn_spans
from redact.detect.addresses import address_spans

_COUNTRIES = frozenset({"mauritius", "cameroon"})


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text, _COUNTRIES)]


@pytest.mark.parametrize(("text", "block"), [
    # Mongolia: district, khoroo, building and door, by commas or spaces, with the town and postcode
    ("мастерская на Улаанбаатар, Баянгол дүүрэг, 6-р хороо, 62-р байр, 107 тоот",
     "Улаанбаатар, Баянгол дүүрэг, 6-р хороо, 62-р байр, 107 тоот"),
    ("я теперь снимаю байр 13300, Улаанбаатар хот, Баянзүрх дүүрэг, 19-р хороо, 9-р байр",
     "13300, Улаанбаатар хот, Баянзүрх дүүрэг, 19-р хороо, 9-р байр"),
    ("мы живём УБ Хан-Уул дүүрэг 22-р хороо 47 байр 82 тоот, за школой",
     "УБ Хан-Уул дүүрэг 22-р хороо 47 байр 82 тоот"),
    # the lines of a block, a street and a door, and the town with its postcode
    ("Куда везти (звонить заранее):\nСонгинохайрхан дүүрэг, 29-р хороо\n6-р гудамж, 276 тоот\nУлаанбаатар 18080\n\nок",
     "Сонгинохайрхан дүүрэг, 29-р хороо\n6-р гудамж, 276 тоот\nУлаанбаатар 18080"),
    # the Russian house and flat mixed in, after their number or before it
    ("заказчик прописан Монголия, УБ, район Сухэ-Батор, 9 хороо, 74-й дом, 107 кв.",
     "Монголия, УБ, район Сухэ-Батор, 9 хороо, 74-й дом, 107 кв."),
    ("я снимаю Эрдэнэт, 7-й баг, дом 35, кв. 31", "Эрдэнэт, 7-й баг, дом 35, кв. 31"),
    # Kazakhstan's district, house and flat
    ("мы живем в Алмалы ауданы, 12 үй, 45 пәтер", "Алмалы ауданы, 12 үй, 45 пәтер"),
    # Hungary: the district before the street, the floor in Roman figures and the door after it
    ("the farmer's address is Budapest, XI. ker., Bartók Béla út 37, III. em. 25. ajtó",
     "Budapest, XI. ker., Bartók Béla út 37, III. em. 25. ajtó"),
    ("the farmer's address is 1132 Budapest, Váci út 105. I. em. 3.", "1132 Budapest, Váci út 105. I. em. 3."),
    ("address per the ID card: 1053 Budapest, Kossuth Lajos utca 8. fszt. 25.",
     "1053 Budapest, Kossuth Lajos utca 8. fszt. 25."),
    ('{"value": "the address is Budapest, V. ker., Kossuth Lajos utca 35, V. em. 1. ajtó"}',
     "Budapest, V. ker., Kossuth Lajos utca 35, V. em. 1. ajtó"),
    # Greece: the floor between the street and the grouped postcode; the street's word before its type
    ("причал рядом с Κουντουριώτου 57, 3ος όροφος, 731 93 ΧΑΝΙΆ", "Κουντουριώτου 57, 3ος όροφος, 731 93 ΧΑΝΙΆ"),
    ("я снимаю на Λεωφ. Κηφισίας 60, 5ος όροφος, 115 76 ΑΘΉΝΑ", "Λεωφ. Κηφισίας 60, 5ος όροφος, 115 76 ΑΘΉΝΑ"),
    ("я снимаю на Οδός Λεωφ. Κηφισίας 101, ΤΚ 11552, Αθήνα", "Οδός Λεωφ. Κηφισίας 101, ΤΚ 11552, Αθήνα"),
    # Brazil: the house, its neighbourhood, the town and state and the CEP without its hyphen
    ("the banner goes up at Rua Augusta, nº 337, casa 4, Consolação - São Paulo/SP 01305086",
     "Rua Augusta, nº 337, casa 4, Consolação - São Paulo/SP 01305086"),
    ("Site:\nEdifício Mar Azul, Bloco A, apto 1103\nRua dos Navegantes, 2256\nRecife - PE, CEP 51021-173\n\nok",
     "Edifício Mar Azul, Bloco A, apto 1103\nRua dos Navegantes, 2256\nRecife - PE, CEP 51021-173"),
    # Mauritius: a lot in a subdivision, a block's lines down to the state's long name
    ("she moved to her son's place at Lot 208, Morcellement Swan, Vacoas", "Lot 208, Morcellement Swan, Vacoas"),
    ("Deliver to -\nBlock F, Flat 6, Cité Barkly\nBeau Bassin\nRepublic of Mauritius\n\nthanks",
     "Block F, Flat 6, Cité Barkly\nBeau Bassin\nRepublic of Mauritius"),
    # Cameroon: a neighbourhood in a sentence's words between a town and the directions
    ("the guest is at Limbe, Down Beach, near the fish market", "Limbe, Down Beach, near the fish market"),
    ("we met at Bamenda, Up Station, near the Governor's office", "Bamenda, Up Station, near the Governor's office"),
    ("post the voucher to Fiango (after the Catholic school), Kumba", "Fiango (after the Catholic school), Kumba"),
    # a post box with its town after a space
    ("the tarpaulins go to P.O. Box 49 Limbe", "P.O. Box 49 Limbe"),
    ("send to P.O. Box 580, Kumba, Cameroon", "P.O. Box 580, Kumba, Cameroon"),
])
def test_block(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "нашли 3-й баг во 2 кв. 2024 года",  # a bug and a quarter
    "итого 500 000 сум, заказ 12345",  # Uzbekistan's money
    "в Улаанбаатар прилетели 20 человек, рейс 1234",  # a town in prose, a flight
    "Дом 5 по улице, этаж 3",  # Russian marks alone
    "Привет, Баянгол дүүрэг",  # one mark
])
def test_mn_near_miss(text):
    assert mn_spans(text) == []


@pytest.mark.parametrize(("text", "blocks"), [
    ("Paris, Good Morning, near the station", []),  # a neighbourhood's words with no rare town before them
    ("Thanks, Great Work, near the end", []),
    ("the doc (after the meeting), Kumba", []),  # directions in brackets after no place
    ("Limbe, Great News, the house is sold", []),
    ("write to PO Box 12 Please", ["PO Box 12"]),  # a word of a sentence after the box is no town
    ("the meeting is in room 1103 on floor 3, version 2.3.1", []),  # a room, a floor, a version
    ("Rua is a word too, and so is Casa 4 in a game", []),
    ("the 2 кв. report is out, Váci is a name", []),
])
def test_near_miss(text, blocks):
    assert _blocks(text) == blocks
