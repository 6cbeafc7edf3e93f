"""Address systems of more of the world, each block one span: Singapore's blocks and
"#05-67" units, Spanish and Italian floors and doors, Dutch and Belgian house numbers with
their floor or box, Polish flats, Japanese block numbers in Latin script, Brazil's district,
state and CEP, Hungary's floor and door, three-digit postcodes, Quebec's "app." first, US streets named by an ordinal or a highway's number,
the post boxes of several languages, and Russian metro stations, housing estates, region
lines, "а/я" boxes and lowercase street names; with the look-alikes of each left alone."""

from __future__ import annotations

import pytest

from redact.detect.addresses import address_spans


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text)]


@pytest.mark.parametrize(("text", "block"), [
    ("Send it to Blk 123 Ang Mo Kio Ave 3, #05-67, Singapore 560123 please",
     "Blk 123 Ang Mo Kio Ave 3, #05-67, Singapore 560123"),
    ("my place is Block 45 Jurong West Street 42, #12-345, Singapore 640045",
     "Block 45 Jurong West Street 42, #12-345, Singapore 640045"),
    ("2-3-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005", "2-3-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005"),
    ("Send cheques to\n17 E 32nd St, Apt 8A\nStaten Island, NY 10301\nThanks",
     "17 E 32nd St, Apt 8A\nStaten Island, NY 10301"),
    ("350 5th Ave #3200, New York, NY 10118", "350 5th Ave #3200, New York, NY 10118"),
    ("ship it to 59397 Hwy 23 S, North Jacobbury, GA 35783, y'all",
     "59397 Hwy 23 S, North Jacobbury, GA 35783"),
    ("Shipping to:\napp. 9, 3534, allé Lacroix\nQuébec (Québec)  H8Y 8S9\nThanks!",
     "app. 9, 3534, allé Lacroix\nQuébec (Québec)  H8Y 8S9"),
    ("1234 rue Saint-Denis, app. 4, Montréal QC H2X 3K8", "1234 rue Saint-Denis, app. 4, Montréal QC H2X 3K8"),
])
def test_asian_and_north_american_blocks(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("Calle Mayor 12, 3º B, 28013 Madrid", "Calle Mayor 12, 3º B, 28013 Madrid"),
    ("vivo en C/ Mayor, 12, 2º izq., Madrid", "C/ Mayor, 12, 2º izq., Madrid"),
    ("Home address\nC/ Vicente, 86, bajo D\n03971 Salamanca\n(as on my license)",
     "C/ Vicente, 86, bajo D\n03971 Salamanca"),
    ("Via Roma 10, int. 5, scala B, 00184 Roma", "Via Roma 10, int. 5, scala B, 00184 Roma"),
    ("ul. Długa 5 m. 12, 00-238 Warszawa", "ul. Długa 5 m. 12, 00-238 Warszawa"),
    ("Keizersgracht 123-II, 1015 CJ Amsterdam", "Keizersgracht 123-II, 1015 CJ Amsterdam"),
    ("pickup from Chloëdreef 36, 9047RY Zwinderen, it's on the porch", "Chloëdreef 36, 9047RY Zwinderen"),
    ("we moved to Lizaring 264-II, 4322 AU Spijkerboor last spring", "Lizaring 264-II, 4322 AU Spijkerboor"),
    ("we moved to Esméesteeg 233 A, 5682 IN Katwijk last spring", "Esméesteeg 233 A, 5682 IN Katwijk"),
    ("Rue de la Loi 16 bus 4, 1000 Bruxelles", "Rue de la Loi 16 bus 4, 1000 Bruxelles"),
    ("Rua Augusta, 1500, apto 42 - Consolação, São Paulo - SP, 01304-001",
     "Rua Augusta, 1500, apto 42 - Consolação, São Paulo - SP, 01304-001"),
    ("írja: Andrássy út 60. 3. em. 12., 1062 Budapest", "Andrássy út 60. 3. em. 12., 1062 Budapest"),
])
def test_european_and_brazilian_floors_and_doors(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("Postfach 10 02 20, 80076 München", "Postfach 10 02 20, 80076 München"),
    ("BP 45, 75001 Paris", "BP 45, 75001 Paris"),
    ("RD 2, Te Awamutu 3872", "RD 2, Te Awamutu 3872"),
    ("теперь живём тут: 323606, г. Шадринск, а/я 221", "323606, г. Шадринск, а/я 221"),
    ("а/я 12, 101000 Москва", "а/я 12, 101000 Москва"),
    ("Casilla 1042, Valparaíso, Chile", "Casilla 1042, Valparaíso, Chile"),
])
def test_post_boxes(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    # a three-digit postcode before or after its town: Iceland's, the Faroes', Taiwan's
    ("sendið á Skólavörðustígur 8, 101 Reykjavík takk", "Skólavörðustígur 8, 101 Reykjavík"),
    ("No. 7, Lane 35, Xinyi Road, Kaohsiung 802", "No. 7, Lane 35, Xinyi Road, Kaohsiung 802"),
])
def test_three_digit_postcodes(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("доставка по адресу м. Площадь Ленина, ул. Тюленина 11, звонить заранее",
     "м. Площадь Ленина, ул. Тюленина 11"),
    ("Зарегистрирован по адресу: м. Спортивная, ул. железнодорожная 37",
     "м. Спортивная, ул. железнодорожная 37"),
    ("самовывоз: м. Чкаловская, ш. полевое 52к2", "м. Чкаловская, ш. полевое 52к2"),
    ("адрес ЖК «Солнечный», ш. Волкова, 34, корпус 3, кв. 300, Ясный (Оренб.)",
     "ЖК «Солнечный», ш. Волкова, 34, корпус 3, кв. 300, Ясный (Оренб.)"),
    ("Куда выслать\nЯмало-Ненецкий АО, Калининский р-н\nд. Нижний Тагил, ул. Пушкина, д. 5, кв. 7",
     "Ямало-Ненецкий АО, Калининский р-н\nд. Нижний Тагил, ул. Пушкина, д. 5, кв. 7"),
    ("проживаю по адресу ш. Лазо, д. 2, кв. 23, г. Дудинка, респ. Тыва, 607972",
     "ш. Лазо, д. 2, кв. 23, г. Дудинка, респ. Тыва, 607972"),
])
def test_russian_stations_estates_and_regions(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "take bus 4 to the station, it leaves at 10",
    "his BP 120 over 80, recheck in 2 weeks",
    "we drove 66 miles on Route 66 last summer",
    "put the cables in Box 3, Shelf 2, Room 12",
    "the score was 2-3-1, Chelsea won",
    "version 2, 3º grade, the 5º item",
    "Order 4455 CP 12 shipped",
    "Spring 2025 semester starts",
    "Engineering 101, Spring 2024 AB Testing",
    "RD 2 is the next release drive",
    "page 12, scala 5 of the map",
    "Blk 12 was printed at Table 3",
    "там было 12 м. 5 см",
    "ул. расходы 500 руб",
    "marque la casilla 5, luego",
])
def test_look_alikes_stay(text):
    assert _blocks(text) == []
