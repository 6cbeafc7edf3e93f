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
     "near the store", "Unit 3320, Tower 4, Pleasant Fields Residences, 6th St., Diliman, Quezon City 1105, near the store"),
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
    ("the claimant stays at No. 7, 2nd Lane, Nugegoda, Sri Lanka 10250",
     "No. 7, 2nd Lane, Nugegoda, Sri Lanka 10250"),
    ("Delivery point: Plot 22, Block 4, Osu, Accra", "Plot 22, Block 4, Osu, Accra"),
    ("Registered office: Unit 5, Level 3, Wisma Mulia, Jl. Gatot Subroto Kav. 42, Jakarta 12710",
     "Unit 5, Level 3, Wisma Mulia, Jl. Gatot Subroto Kav. 42, Jakarta 12710"),
    ("Home: Block 12, Plot 7, Kibagabaga, Kigali, Rwanda", "Block 12, Plot 7, Kibagabaga, Kigali, Rwanda"),
    ("Sector 7, Block 3, Dwarka, New Delhi 110075", "Sector 7, Block 3, Dwarka, New Delhi 110075"),
])
def test_blocks_of_parts_in_english(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    # the lines under the first join while they are parts with a number, and a country's line
    ("Correspondence address:\nHouse 45, Street 12\nG-9/1, Islamabad\nPakistan\nThanks",
     "House 45, Street 12\nG-9/1, Islamabad\nPakistan"),
    ("Send the card to\nFlat 5B, Block C\nBanani, Dhaka 1213\nBangladesh.\nRahim",
     "Flat 5B, Block C\nBanani, Dhaka 1213\nBangladesh"),
    ("Адрес проживания:\nг. Минск, пр-т Независимости, д. 45, кв. 12\n220030\nспасибо",
     "г. Минск, пр-т Независимости, д. 45, кв. 12\n220030"),
])
def test_lines_of_parts(text, block):
    assert [text[a:b] for a, b in address_spans(text, frozenset({"pakistan", "bangladesh"}))] == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("прописка: Гомельская обл., г. Жлобин, мкр. 16, д. 5, кв. 27", "Гомельская обл., г. Жлобин, мкр. 16, д. 5, кв. 27"),
    ("живу: г. Бельцы, ул. Индепенденцей, 12/3, кв. 45", "г. Бельцы, ул. Индепенденцей, 12/3, кв. 45"),
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
    "Meeting moved to Phase 3, we need Block 2 first, ok",
    "we are on Level 3, Room 12, 2pm",
    "Chapter 3, Section 4, Page 12, Appendix B",
    "In 2019, Phase 1, Unit 3 failed",
    "Ward 5, Room 12, Bed 3",
    "We moved to Building 5, Floor 3, next to Cafe Nero",
    "Level 2, Zone B, Gate 14",
])
def test_look_alikes_of_parts_stay(text):
    assert _blocks(text) == []
