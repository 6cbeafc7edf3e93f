"""Address systems of Ghana, Sri Lanka, Bangladesh, Uganda, Uzbekistan, Israel, Germany and
Latvia as their people write them, each block one span: Ghana's digital addresses, "H/No."
houses and lettered post boxes, Sri Lanka's estate lines and postal districts, Dhaka's
flats and a village's "Vill:, P.O:, P.S:, Dist:", Uganda's LC1 villages, Tashkent's mahallas
and numbered quarters, Israel's entrances and seven-digit postcodes, Germany's "c/o" and
floors (and its streets written in Cyrillic), Latvia's novads and pagasts; with a near miss
of each left alone."""

from __future__ import annotations

import pytest

from redact.detect.addresses import address_spans


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text)]


@pytest.mark.parametrize(("text", "block"), [
    ("you can find me at AK-039-5028, the blue gate", "AK-039-5028"),
    ("Residential address:\nH/No. 14, Osu Badu St., Airport Residential, Accra\nGA-145-2290\nThanks",
     "H/No. 14, Osu Badu St., Airport Residential, Accra\nGA-145-2290"),
    ("letters go to P. O. Box CT 4512, Cantonments, Accra", "P. O. Box CT 4512, Cantonments, Accra"),
    ("write to P.O. Box KS 77, Kumasi", "P.O. Box KS 77, Kumasi"),
])
def test_ghana(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "see case ABC-123-4567 and the part 12-345-6789",  # three letters; no letters
    "H/No. 5 is missing from the list",
    "the P. O. Box is closed today",
])
def test_ghana_near_misses(text):
    assert _blocks(text) == []


@pytest.mark.parametrize(("text", "block"), [
    ("she lives in Line No. 12, Upper Division, Holyrood Estate, Talawakele 22100 now",
     "Line No. 12, Upper Division, Holyrood Estate, Talawakele 22100"),
    ("No. 45/2B, Galle Road, Colombo 04 00400", "No. 45/2B, Galle Road, Colombo 04 00400"),
])
def test_sri_lanka(text, block):
    assert _blocks(text) == [block]


def test_sri_lanka_near_miss():
    assert _blocks("see Line No. 9, Column B of the sheet") == []


@pytest.mark.parametrize(("text", "block"), [
    ("Permanent address -\nFlat 4D, House 12/B, Road 9\nBashundhara R/A, Dhaka-1229\nThanks",
     "Flat 4D, House 12/B, Road 9\nBashundhara R/A, Dhaka-1229"),
    ("send it to Vill: Charpara, P.O: Bhanga, P.S: Bhanga, Dist: Faridpur, near the school",
     "Vill: Charpara, P.O: Bhanga, P.S: Bhanga, Dist: Faridpur"),
    ("Vill- Kamalpur, PO- Dewanganj, PS- Dewanganj, Dist- Jamalpur", "Vill- Kamalpur, PO- Dewanganj, PS- Dewanganj, Dist- Jamalpur"),
])
def test_bangladesh(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "Vill: Charpara is where the fair is",  # one mark
    "P.S. Thanks, Post: Monday, Dist: Far",  # marks before words of a sentence
])
def test_bangladesh_near_misses(text):
    assert _blocks(text) == []


def test_uganda():
    # the directions after its places find the house too
    assert _blocks("she stays at LC1 Namugongo, Kira Municipality, Wakiso District, by the church") == [
        "LC1 Namugongo, Kira Municipality, Wakiso District, by the church"]


def test_uganda_near_miss():
    assert _blocks("the LC1 chairman came, Kira Municipality sent 2 officers") == []


@pytest.mark.parametrize(("text", "block"), [
    ("доставка: Ташкент, Учтепинский р-н, махалля «Кушбеги», ул. Мукими, 45, у ворот",
     "Ташкент, Учтепинский р-н, махалля «Кушбеги», ул. Мукими, 45"),
    ("живу: г. Ташкент, Чиланзарский р-н, 9-квартал, д. 14, кв. 3", "г. Ташкент, Чиланзарский р-н, 9-квартал, д. 14, кв. 3"),
])
def test_uzbekistan(text, block):
    assert _blocks(text) == [block]


def test_uzbekistan_near_miss():
    assert _blocks("итоги за 1-квартал, 20 тыс. сум") == []


@pytest.mark.parametrize(("text", "block"), [
    ("Адрес:\nул. Бен-Гурион, д. 5, кн. Б, кв. 3\nНетания, 4250012\nспасибо",
     "ул. Бен-Гурион, д. 5, кн. Б, кв. 3\nНетания, 4250012"),
    ("ship to Rothschild St 12/4, Netanya 4251234, thanks", "Rothschild St 12/4, Netanya 4251234"),
])
def test_israel(text, block):
    assert _blocks(text) == [block]


def test_israel_near_miss():
    assert _blocks("12 Oak Road, Tel 5551234") == ["12 Oak Road"]  # a phone's label is no town


@pytest.mark.parametrize(("text", "block"), [
    ("Anmeldung: c/o Schulz, Bergstraße 4, DG links, 69115 Heidelberg", "c/o Schulz, Bergstraße 4, DG links, 69115 Heidelberg"),
    ("c/o Yilmaz\nKastanienallee 12, Hinterhaus, 10435 Berlin", "c/o Yilmaz\nKastanienallee 12, Hinterhaus, 10435 Berlin"),
    ("живём на Германия, 33602 Билефельд, Бахнхофштрассе 7, возле вокзала",
     "Германия, 33602 Билефельд, Бахнхофштрассе 7"),
])
def test_germany(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "c/o Neufeld said hi",
    "Бахнхофштрассе — красивая улица",
])
def test_germany_near_misses(text):
    assert _blocks(text) == []


@pytest.mark.parametrize(("text", "block"), [
    ("piegāde: LV-2127, Ādažu nov., Kadaga, Ziemeļu iela 4, pie vārtiem", "LV-2127, Ādažu nov., Kadaga, Ziemeļu iela 4"),
    ("Rīgas gatve 5, Ādaži, Ādažu nov., LV-2164", "Rīgas gatve 5, Ādaži, Ādažu nov., LV-2164"),
    ("Ganību dambis 24 k-2, dz. 7\nRīga, LV-1005", "Ganību dambis 24 k-2, dz. 7\nRīga, LV-1005"),
])
def test_latvia(text, block):
    assert _blocks(text) == [block]


def test_latvia_near_miss():
    assert _blocks("the LV-1050 module ships in nov. 5 days") == []
