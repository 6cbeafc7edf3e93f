"""Addresses read as the sequence of their parts, with no street to anchor on: Philippine
subdivisions, condominiums and puroks, Kenyan flats, houses and plots, and the blocks of
Pakistan, Bangladesh, Sri Lanka, Ghana, Jamaica, Trinidad, Hong Kong, the Emirates and
South Africa; Russian-language ones of Kazakhstan, Kyrgyzstan, Armenia, Belarus, Moldova,
Ukraine and Uzbekistan. A unit's or a block's word with its number alone, and lists of
them, stay text."""

from __future__ import annotations

import pytest

from redact.detect.addresses import address_spans


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text)]


@pytest.mark.parametrize(("text", "block"), [
    ("Deliver to:\nBlk 29 Lot 7, Phase 1, Camella Homes Subd., Brgy. Bagong Silang\nMalolos, Bulacan 3000\n"
     "Landmark: blue gate", "Blk 29 Lot 7, Phase 1, Camella Homes Subd., Brgy. Bagong Silang\nMalolos, Bulacan 3000"),
    ("pls deliver to Unit 3320, Tower 4, Pleasant Fields Residences, 6th St., Diliman, Quezon City 1105, "
     "near the store", "Unit 3320, Tower 4, Pleasant Fields Residences, 6th St., Diliman, Quezon City 1105"),
    ("Speaker 2: drop-off: Purok 6, 286 Luna St., Brgy. San Isidro, Dumaguete City, Negros Oriental 6200",
     "Purok 6, 286 Luna St., Brgy. San Isidro, Dumaguete City, Negros Oriental 6200"),
    ("Billing address —\nApt B2, Jacaranda Apartments, Kindaruma Road\nWestlands, Nairobi\nthanks",
     "Apt B2, Jacaranda Apartments, Kindaruma Road\nWestlands, Nairobi"),
    ("drop-off: Hse No. 59, Mlolongo, Machakos County", "Hse No. 59, Mlolongo, Machakos County"),
    ("ship to House No. 12, Street 5, Sector F-7/2, Islamabad 44000 please",
     "House No. 12, Street 5, Sector F-7/2, Islamabad 44000"),
    ("Flat 3, Block B, Gulshan-e-Iqbal, Karachi 75300", "Flat 3, Block B, Gulshan-e-Iqbal, Karachi 75300"),
    ("deliver at House 12, Road 5, Dhanmondi, Dhaka-1205 tomorrow", "House 12, Road 5, Dhanmondi, Dhaka-1205"),
    ("No. 25/3, Galle Road, Colombo 03", "No. 25/3, Galle Road, Colombo 03"),
    ("my address is House No. 14, Otublohum Street, Adabraka, Accra, GA-183-8164",
     "House No. 14, Otublohum Street, Adabraka, Accra, GA-183-8164"),
    ("Lot 12, Phase 2, Greater Portmore, St. Catherine, Jamaica",
     "Lot 12, Phase 2, Greater Portmore, St. Catherine, Jamaica"),
    ("send it to LP 45, Southern Main Road, Couva, Trinidad", "LP 45, Southern Main Road, Couva, Trinidad"),
    ("Flat B, 12/F, Block 3, Taikoo Shing, Quarry Bay, Hong Kong",
     "Flat B, 12/F, Block 3, Taikoo Shing, Quarry Bay, Hong Kong"),
    ("Villa 23, Street 14, Al Barsha 2, Dubai", "Villa 23, Street 14, Al Barsha 2, Dubai"),
    ("Unit 4, Sunset Villas, 12 Beach Rd, Sea Point, Cape Town, 8005",
     "Unit 4, Sunset Villas, 12 Beach Rd, Sea Point, Cape Town, 8005"),
])
def test_blocks_of_parts_in_english(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("доставка курьером на Караганда, 12 мкр, 24-10", "Караганда, 12 мкр, 24-10"),
    ("Бишкек, 7 мкр, 12-34", "Бишкек, 7 мкр, 12-34"),
    ("живу сейчас по адресу 0009, г. Ереван, ул. Комитаса, д. 48, кв. 28",
     "0009, г. Ереван, ул. Комитаса, д. 48, кв. 28"),
    ("живу сейчас по адресу Алматинская обл., Карасайский р-н, с. Отеген батыр, ул. Жандосова, 78",
     "Алматинская обл., Карасайский р-н, с. Отеген батыр, ул. Жандосова, 78"),
    ("адрес: 220030, г. Минск, ул. Немиги, д. 5, кв. 12", "220030, г. Минск, ул. Немиги, д. 5, кв. 12"),
    ("живу в Кишинёве: MD-2001, г. Кишинёв, ул. Пушкина, 22, кв. 4", "MD-2001, г. Кишинёв, ул. Пушкина, 22, кв. 4"),
    ("г. Киев, Оболонский р-н, просп. Героев Сталинграда, 12, кв. 45",
     "г. Киев, Оболонский р-н, просп. Героев Сталинграда, 12, кв. 45"),
    ("г. Ташкент, Юнусабадский р-н, кв-л 4, д. 12, кв. 5", "г. Ташкент, Юнусабадский р-н, кв-л 4, д. 12, кв. 5"),
])
def test_blocks_of_parts_in_russian(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "Tower 4 is down again",
    "Phase 2 of the project, Block 3 is late",
    "Lot 7 sold at auction for $12,000, Unit 3 test failed",
    "we tested Unit 3, Unit 4, Unit 5 today",
    "Phase 2, Block 3, Lot 7 are done",
    "the price is 1,200, 3,400 and 5,600",
    "at 10:30, Room 4, Building 2",
    "Room 4, Building 2, Main Campus",
    "May 5, 2023, Tuesday",
    "Speaker 2, Speaker 3, Speaker 4",
    "счёт 12, 15 мин, 3 раза",
])
def test_look_alikes_of_parts_stay(text):
    assert _blocks(text) == []
