"""Addresses read as runs of parts by what each part is: the marks of administrative units,
houses by their number with no street type, postcodes before their town, landmarks between
a neighbourhood and its town; and Han-script addresses by the grammar of their units' characters.
Each with a near miss."""

from __future__ import annotations

import pytest

from redact.detect.address_han import han_spans
from redact.detect.address_units import unit_runs
from redact.detect.addresses import address_spans

_COUNTRIES = frozenset({"faroe islands", "norway", "taiwan", "uganda", "vietnam"})


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text, _COUNTRIES)]


@pytest.mark.parametrize(("text", "block"), [
    # Vietnam: a house, its ward, district and city by their marks, in any case
    ("giao hàng tới 27/3 Hoàng Diệu, phường 12, quận 4, TP. Hồ Chí Minh nhé",
     "27/3 Hoàng Diệu, phường 12, quận 4, TP. Hồ Chí Minh"),
    ("ship it to số 9 Nguyễn Trãi, xã Tân Phú, huyện Đức Hòa, tỉnh Long An",
     "số 9 Nguyễn Trãi, xã Tân Phú, huyện Đức Hòa, tỉnh Long An"),
    # Rwanda: village, cell and sector by their marks, no number
    ("the clinic is at Umudugudu wa Kabeza, Akagari ka Kacyiru, Umurenge wa Kimihurura, Gasabo",
     "Umudugudu wa Kabeza, Akagari ka Kacyiru, Umurenge wa Kimihurura, Gasabo"),
    # Ethiopia's sub-city, woreda and house
    ("deliver to Bole Sub-city, Woreda 03, House 1124, Addis Ababa", "Bole Sub-city, Woreda 03, House 1124, Addis Ababa"),
    # Taiwan in romanised form: floor, number, lane, section, road, district, city and postcode
    ("office: 3F., No. 18, Ln. 42, Sec. 1, Minsheng E. Rd., Xinxing Dist., Kaohsiung City 800",
     "3F., No. 18, Ln. 42, Sec. 1, Minsheng E. Rd., Xinxing Dist., Kaohsiung City 800"),
    # a street with no type word and a postcode before its town (the Faroes, Norway)
    ("we rent at Niels Finsens gøta 7, 100 Tórshavn now", "Niels Finsens gøta 7, 100 Tórshavn"),
    ("the cabin is at Nordre Sjøvei 4b, 2. etg, 8310 Kabelvåg", "Nordre Sjøvei 4b, 2. etg, 8310 Kabelvåg"),
    # a block of such lines under a label no cue knows, its country last
    ("Speaker 2: Guest house\nTúngata 14\n220 Hafnarfjörður\nÍsland\n(call first)",
     "Túngata 14\n220 Hafnarfjörður\nÍsland"),
    # a landmark and a detail between a neighbourhood and its town, as where houses have no number
    ("the driver is at Ntinda, opposite the Capital Shoppers, red gate, Kampala",
     "Ntinda, opposite the Capital Shoppers, red gate, Kampala"),
    # Ethiopia's kebele and woreda by their numbers, with no street
    ("the caller is at Kebele 14, Woreda 9, Gondar", "Kebele 14, Woreda 9, Gondar"),
    # a block's lines from a flat to its country under a label no cue knows
    ("Site visit:\nFlat 2, Block C\nNtinda\nKampala\nUganda\n(ask the guard)", "Flat 2, Block C\nNtinda\nKampala\nUganda"),
    # Kigali's street by its sector's letters, with the house
    ("bring the forms to KN 3 Rd #14 Nyarugenge", "KN 3 Rd #14 Nyarugenge"),
    # a postcode by its mark between a street and its town
    ("прописана Ellauri 297/392, CP 11300, Montevideo</v>", "Ellauri 297/392, CP 11300, Montevideo"),
    ("mail it to Rua Augusta 1500, CEP 01310-100, São Paulo", "Rua Augusta 1500, CEP 01310-100, São Paulo"),
])
def test_unit_run(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "we met in Quận 1 yesterday",  # one unit's mark: a place, not an address
    "the order 5512, CP 11300, done",  # a postcode's mark after no street nor place
    "Huyện Đức Hòa is where the festival was",
    "Version 25, 200 Employees",  # words of sentences, no town's
    "the price went from Tier 2, 300 Dollars, to more",
    "we met the team near the station, then went home",  # a landmark in prose, no towns around it
    "Paris, next to the Louvre, was busy, and so was the metro",  # no town closes it
    "the gate code is KG 506",  # a Kigali street's letters with no type or house
    "Room 12, 2019 Budget",  # a year is no postcode
    "the Lenovo XPS 13, 512 GB SSD",  # a product and its measures
    "Firmware 2, 400 Mbps",
    "Kebele 14 was mentioned, Gondar too",  # one numbered mark
    "Notes:\nBlock B\nKampala\nUganda",  # no house by its number
])
def test_unit_run_near_miss(text):
    assert unit_runs(text, _COUNTRIES) == []


@pytest.mark.parametrize(("text", "address"), [
    ("請寄到高雄市苓雅區四維三路2號5樓，謝謝", "高雄市苓雅區四維三路2號5樓"),  # Taiwan, the prose before it left out
    ("地址：200040上海市静安区南京西路1266号", "200040上海市静安区南京西路1266号"),  # China, with its postcode
    ("〒530-0001 大阪府大阪市北区梅田3丁目1番1号", "〒530-0001 大阪府大阪市北区梅田3丁目1番1号"),  # Japan's blocks
    ("택배는 대구광역시 수성구 달구벌대로 2450, 7층 으로", "대구광역시 수성구 달구벌대로 2450, 7층"),  # Korea's, in Hangul
])
def test_han_address(text, address):
    assert [text[a:b] for a, b in han_spans(text)] == [address]


@pytest.mark.parametrize("text", [
    "他穿十號球衣",  # a number's unit with no place before it
    "我們在台北市見面",  # a place with no house
    "第3號會議室",
    "강남역 2번 출구에서 3시에 만나요",  # a station's exit and a time: no road
])
def test_han_near_miss(text):
    assert han_spans(text) == []


@pytest.mark.parametrize(("text", "block"), [
    ("el paciente está en Ciudadela, frente a la Iglesia San José, portón verde, Managua",
     "Ciudadela, frente a la Iglesia San José, portón verde, Managua"),
    ("dereva yuko Mwenge, karibu na Mlimani City, nyumba ya tatu, Dar es Salaam",
     "Mwenge, karibu na Mlimani City, nyumba ya tatu, Dar es Salaam"),
])
def test_landmark_of_other_languages(text, block):
    assert _blocks(text) == [block]
