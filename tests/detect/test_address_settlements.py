"""The rural settlements of Russia's republics and of the former Soviet countryside before
a street (улус, аал, наслег, слобода, починок, ...), the districts of the republics (a
Yakut улус, a Tuvan кожуун) and a republic named by itself before its district; Nordic
streets whose type is a word of its own after the name ("Kong Oscars gate 80"), anchors
when the postcode and town follow or a lead is above them, and the Nordic flats and floors
after the house ("2. th.", "lgh 1102", "H0301"); the near misses left out."""

from __future__ import annotations

import pytest

from redact.detect.addresses import address_spans


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text)]


@pytest.mark.parametrize(("text", "block"), [
    ("пишите: Хакасия, Аскизский р-н, аал Усть-Камышта, ул. Советская, 12 — спасибо",
     "Хакасия, Аскизский р-н, аал Усть-Камышта, ул. Советская, 12"),
    ("живём в Калмыкии: Калмыкия, Лаганский р-н, улус Джалыково, ул. Мира, д. 7",
     "Калмыкия, Лаганский р-н, улус Джалыково, ул. Мира, д. 7"),
    ("адрес: Якутия, Мегино-Кангаласский улус, с. Майя, ул. Ленина, 5",
     "Якутия, Мегино-Кангаласский улус, с. Майя, ул. Ленина, 5"),
    ("живу: Тыва, Дзун-Хемчикский кожуун, сумон Хайыракан, ул. Ленина, 9",
     "Тыва, Дзун-Хемчикский кожуун, сумон Хайыракан, ул. Ленина, 9"),
    ("Кировская обл., Слободской р-н, починок Ключи, д. 4", "Кировская обл., Слободской р-н, починок Ключи, д. 4"),
    ("Белгородская обл., слобода Ровеньки, ул. Шевченко, 3", "Белгородская обл., слобода Ровеньки, ул. Шевченко, 3"),
    # a village shortened, a dacha settlement, the house as the federal register names it
    ("адрес: Жамбылская обл., Кордайский р-н, а. Масанчи, ул. Абая, 3",
     "Жамбылская обл., Кордайский р-н, а. Масанчи, ул. Абая, 3"),
    ("пишите: Московская обл., г.о. Мытищи, дп Поведники, ул. Лесная, д. 2",
     "Московская обл., г.о. Мытищи, дп Поведники, ул. Лесная, д. 2"),
    ("склад: г. Тверь, ул. Складская, влд. 14", "г. Тверь, ул. Складская, влд. 14"),
])
def test_rural_settlements_and_republics_open_the_street(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "Улус Джучи распался в XV веке, 1480 год",     # a khanate in history, no house
    "в нашем улусе было 12 семей и 3 школы",        # a word of a sentence
    "вариант а. Москва, 12 человек",                # a list's letter, no street
])
def test_settlement_words_in_prose_stay_out(text):
    assert _blocks(text) == []


@pytest.mark.parametrize(("text", "block"), [
    ("send the forms to Olav Tryggvasons gate 4, 7011 Trondheim please",
     "Olav Tryggvasons gate 4, 7011 Trondheim"),
    ("ship to Bygdøy allé 5, 0257 Oslo", "Bygdøy allé 5, 0257 Oslo"),
    ("address: Drottning Kristinas väg 14, 114 28 Stockholm", "Drottning Kristinas väg 14, 114 28 Stockholm"),
    ("Store Torv 3, 8000 Aarhus C", "Store Torv 3, 8000 Aarhus C"),
    ("my flat: Gamle Kongevei 3, 7030 Trondheim", "Gamle Kongevei 3, 7030 Trondheim"),  # a compound
    # the flat or floor after the house: Denmark's floor and side, Sweden's and Norway's flat
    ("adresse: Jægersborggade 41, st. tv., 2200 København N", "Jægersborggade 41, st. tv., 2200 København N"),
    ("skicka till Kungsgatan 9, lgh 1204, 753 21 Uppsala", "Kungsgatan 9, lgh 1204, 753 21 Uppsala"),
    ("post: Vasagatan 7, SE-411 24 Göteborg", "Vasagatan 7, SE-411 24 Göteborg"),
    ("kontor: Østergade 18, 3. sal, 5000 Odense C", "Østergade 18, 3. sal, 5000 Odense C"),
    ("send til Haralds gate 5, H0201, 5005 Bergen", "Haralds gate 5, H0201, 5005 Bergen"),
])
def test_nordic_streets_with_their_type_after_the_name(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "meet me at Boarding gate 12, then the bus",
    "the Heathrow gate 5, 2024 plan",
    "Departure gate 7 is closed",
])
def test_a_gate_with_no_address_after_it_stays_out(text):
    assert _blocks(text) == []
