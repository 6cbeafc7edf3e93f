"""Address systems of the Caribbean, South and East Asia in English and the former Soviet
Union, each block one span: Jamaica's postal districts ("Kingston 19") and rural lots with
their post office and parish, Trinidad's light poles, Pakistan's houses and blocks ("House
205-C, Block J"), Hong Kong's floors and "N.T.", Korea's road names, the Baltics' house and
flat ("iela 100-5"), and in Russian Moldova's "MD-2022, мун.", "сектор", Belarus's "аг." under
its region line, Ukraine's "вул." and a chat's street with no type before its house and flat
("Якуба Коласа 117-46, 18 этаж"); with the look-alikes of each left alone."""

from __future__ import annotations

import pytest

import redact
from redact.detect.addresses import address_spans

KEY = "address-regions-key-0123456789"


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text)]


@pytest.mark.parametrize(("text", "block"), [
    ("served on the defendant at 69 Red Hills Road, Kingston 19\n", "69 Red Hills Road, Kingston 19"),
    ("drop the kids at 41 Washington Boulevard, Kingston 20 after the party",
     "41 Washington Boulevard, Kingston 20"),
    ("send it to 14 Hope Road, Kingston 6, Jamaica please", "14 Hope Road, Kingston 6, Jamaica"),
    ("24/1, Flower Road, Colombo 7, Sri Lanka", "24/1, Flower Road, Colombo 7, Sri Lanka"),
    ("Deliver to\n69 Red Hills Rd.\nKingston 19\n\nthanks", "69 Red Hills Rd.\nKingston 19"),
    ("Address for service:\nLot 310, Content District, Santa Cruz P.O.\nSt. Elizabeth\n\nnext",
     "Lot 310, Content District, Santa Cruz P.O.\nSt. Elizabeth"),
    ("Address for service:\nLot 12, Top Hill District\nJunction P.O.\nSt. Elizabeth\n\nok",
     "Lot 12, Top Hill District\nJunction P.O.\nSt. Elizabeth"),
    ("my address is Lot 5, Comfort District, Spalding P.O., Clarendon",
     "Lot 5, Comfort District, Spalding P.O., Clarendon"),
    ("LP 175, Naparima Mayaro Road, Princes Town, Trinidad W.I.\nsee you",
     "LP 175, Naparima Mayaro Road, Princes Town, Trinidad W.I."),
    ("Apt 4, Palm Court, Hastings, Christ Church BB15156, Barbados",
     "Apt 4, Palm Court, Hastings, Christ Church BB15156, Barbados"),
    ("P.O. Box N-7521, Nassau, Bahamas", "P.O. Box N-7521, Nassau, Bahamas"),
])
def test_caribbean_districts_lots_and_parishes(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("Served at\nHouse 205-C, Block J, DHA Phase 5\nLahore 54792\non the date below",
     "House 205-C, Block J, DHA Phase 5\nLahore 54792"),
    ("Property address:\nFlat A-24, Block 13-D, Johar Town\nLahore 54782\n",
     "Flat A-24, Block 13-D, Johar Town\nLahore 54782"),
    ("Flat 5, Plot 12-D, Sector 15, Korangi, Karachi", "Flat 5, Plot 12-D, Sector 15, Korangi, Karachi"),
    ("House No. 12, Street No. 5, Sector G-9/1, Islamabad", "House No. 12, Street No. 5, Sector G-9/1, Islamabad"),
    ("H# 12, St# 5, G-9/1, Islamabad", "H# 12, St# 5, G-9/1, Islamabad"),
    ("Served at\nFlat C, 1/F, Block 2, Tai Hing Gardens\n83 Castle Peak Road, Tuen Mun, N.T.\non the date below",
     "Flat C, 1/F, Block 2, Tai Hing Gardens\n83 Castle Peak Road, Tuen Mun, N.T."),
    ("Room 1203, 12/F, Wing On Centre, 111 Connaught Road Central, Hong Kong",
     "Room 1203, 12/F, Wing On Centre, 111 Connaught Road Central, Hong Kong"),
    ("Flat 8, 3/F, Block A, Lok Fu Estate, Kowloon, H.K.", "Flat 8, 3/F, Block A, Lok Fu Estate, Kowloon, H.K."),
    ("office: 12, Teheran-ro 34-gil, Gangnam-gu, Seoul 06234", "12, Teheran-ro 34-gil, Gangnam-gu, Seoul 06234"),
    ("Brīvības iela 100-5, Rīga, LV-1011", "Brīvības iela 100-5, Rīga, LV-1011"),
    ("Vilniaus g. 12-3, LT-01119 Vilnius", "Vilniaus g. 12-3, LT-01119 Vilnius"),
    ("Pärnu mnt 10-5, 10148 Tallinn", "Pärnu mnt 10-5, 10148 Tallinn"),
])
def test_south_and_east_asian_and_baltic_blocks(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("сдаётся квартира по адресу MD-2022, мун. Кишинёв, бул. Мирча чел Бэтрын, 40, кв. 154",
     "MD-2022, мун. Кишинёв, бул. Мирча чел Бэтрын, 40, кв. 154"),
    ("показ в семь на г. Кишинёв, сектор Центр, ул. Пушкина 12/2, кв. 93",
     "г. Кишинёв, сектор Центр, ул. Пушкина 12/2, кв. 93"),
    ("Адрес объекта:\nБрестская обл., Пинский р-н\nаг. Альбрехтово, ул. Садовая, д. 79\n",
     "Брестская обл., Пинский р-н\nаг. Альбрехтово, ул. Садовая, д. 79"),
    ("> Адрес объекта:\n> Могилёвская обл., Шкловский р-н\n> аг. Александрия, ул. Полевая, д. 60",
     "Могилёвская обл., Шкловский р-н\n> аг. Александрия, ул. Полевая, д. 60"),
    ("сдаётся: Минск, Сухарево, Притыцкого 75-59, 13 этаж", "Минск, Сухарево, Притыцкого 75-59, 13 этаж"),
    ("офис теперь на Минск, Уручье, Якуба Коласа 117-46, 18 этаж",
     "Минск, Уручье, Якуба Коласа 117-46, 18 этаж"),
    ("Минская обл.\nМинский р-н\nаг. Ждановичи\nул. Парковая, д. 12",
     "Минская обл.\nМинский р-н\nаг. Ждановичи\nул. Парковая, д. 12"),
    ("Минск, Уручье, Якуба Коласа, 117-46, 18 этаж", "Минск, Уручье, Якуба Коласа, 117-46, 18 этаж"),
    ("живу по адресу Минск, Уручье, Якуба Коласа д. 117 кв. 46", "Минск, Уручье, Якуба Коласа д. 117 кв. 46"),
    ("мун. Кишинэу, сектор Ботаника, бул. Дачия 44/4, ап. 54", "мун. Кишинэу, сектор Ботаника, бул. Дачия 44/4, ап. 54"),
    ("01001, м. Київ, вул. Хрещатик, 22, кв. 5", "01001, м. Київ, вул. Хрещатик, 22, кв. 5"),
    ("Одесская обл., пгт Овидиополь, ул. Садовая, 14", "Одесская обл., пгт Овидиополь, ул. Садовая, 14"),
    ("AZ1000, г. Баку, ул. Низами, 45, кв. 12", "AZ1000, г. Баку, ул. Низами, 45, кв. 12"),
    ("LV-1011, г. Рига, ул. Бривибас 100-5", "LV-1011, г. Рига, ул. Бривибас 100-5"),
])
def test_post_soviet_blocks(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "Block 2 of the course starts Monday",
    "the Phase 5 rollout is next week",
    "Sector 7 is down again",
    "Kingston 10 minutes away",
    "Phase 2, Block 3 of the project plan",
    "Table 4, Speaker 2",
    "Gate 4, Terminal 2",
    "put the cables in Box 3, Aisle 2, Room 12",
    "cells A-1/2, B-3/4, C-5/6",
    "Smith et al. 2019, Fig. 5",
    "MD-2022 is the ticket number",
    "18 этаж",
    "офис теперь на Zoom",
    "мы поднялись на 18 этаж пешком",
    "на 5 этаж, кабинет 12",
    "сектор 5 не работает",
    "Зенит выиграл 2-1, Спартак 0-0",
    "счёт 3-1, Динамо Минск",
])
def test_look_alikes_stay(text):
    assert _blocks(text) == []


def test_a_district_number_joins_only_before_a_word_that_counts_nothing():
    assert _blocks("it is 12 Hope Road, Kingston 10 minutes from here") == ["12 Hope Road"]
    assert _blocks("it is 12 Hope Road, Gate 4") == ["12 Hope Road"]


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("I rent the flat at 94 Molynes Road, Kingston 10", "I rent the flat at [ADDRESS_1]"),
    ("переехали на MD-2031, мун. Кишинёв, ул. Каля Ешилор, 25, кв. 3, приезжай",
     "переехали на [ADDRESS_1], приезжай"),
])
def test_a_block_of_each_system_is_one_tag(text, scrubbed):
    assert redact.Redactor(key=KEY).scrub_text(text).text == scrubbed
