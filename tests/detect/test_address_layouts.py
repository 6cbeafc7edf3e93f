"""Addresses of Thailand, Malta, Turkey, Cyprus, Malaysia, Zimbabwe, Estonia, Cambodia,
Bulgaria, Uzbekistan, Mongolia, Brazil, Moldova and the villages and garden co-operatives of
Central Asia and the Baltics as people write them: each family of parts with a near miss that
has its words and is no address."""

from __future__ import annotations

import pytest

from redact.detect.addresses import address_spans


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text)]


@pytest.mark.parametrize(("text", "block"), [
    ("Ship to:\n88/12 Moo 2, Tambon Nong Prue\nAmphoe Bang Lamung, Chon Buri 20150\nthanks",
     "88/12 Moo 2, Tambon Nong Prue\nAmphoe Bang Lamung, Chon Buri 20150"),
    ("she stays at 19/7 Moo 11, T. Mae Hia, A. Mueang Chiang Mai, Chiang Mai 50100 now",
     "19/7 Moo 11, T. Mae Hia, A. Mueang Chiang Mai, Chiang Mai 50100"),
])
def test_thailand(text, block):
    assert _blocks(text) == [block]


def test_thailand_near_miss():
    assert _blocks("A. Smith and T. Jones met in 2019, 12/3 Moo 5 votes") == []


@pytest.mark.parametrize(("text", "block"), [
    ("Postal address:\nFlat 4, Dar San Pawl\n17, Triq San Ġorġ\nSan Pawl il-Baħar SPB 3012",
     "Flat 4, Dar San Pawl\n17, Triq San Ġorġ\nSan Pawl il-Baħar SPB 3012"),
    ("the party is at 'Casa Nostra', Triq il-Mitħna, Ir-Rabat RBT 2345 tonight",
     "'Casa Nostra', Triq il-Mitħna, Ir-Rabat RBT 2345"),
    ("they live at 'Ta' Ġanni', Triq tal-Ħriereb, Ħaż-Żabbar ZBR1234",
     "'Ta' Ġanni', Triq tal-Ħriereb, Ħaż-Żabbar ZBR1234"),
])
def test_malta(text, block):
    assert _blocks(text) == [block]


def test_quoted_title_near_miss():
    assert _blocks("she said 'Good Morning', Chapter 5, ISO 9001 applies") == []


@pytest.mark.parametrize(("text", "block"), [
    ("Teslimat adresi:\nGüneş Sitesi, C Blok, Daire 7\nCumhuriyet Mah. 35220 Konak/İzmir\nteşekkürler",
     "Güneş Sitesi, C Blok, Daire 7\nCumhuriyet Mah. 35220 Konak/İzmir"),
    ("kargo: Atatürk Mah. Gazi Cd. No:14 K:3 D:9 06420 Çankaya/Ankara",
     "Atatürk Mah. Gazi Cd. No:14 K:3 D:9 06420 Çankaya/Ankara"),
])
def test_turkey(text, block):
    assert _blocks(text) == [block]


def test_turkey_near_miss():
    assert _blocks("in 2024 the score was 10000 Lions/Tigers, Plan B Blok") == []


def test_cyprus():
    text = "please post it to Leoforos Makariou 45, Flat 12, 1065 Nicosia"
    assert _blocks(text) == ["Leoforos Makariou 45, Flat 12, 1065 Nicosia"]


@pytest.mark.parametrize(("text", "block"), [
    ("мы живём Согдийская обл., Исфаринский р-н, джамоат Лакон, кишлак Шураб, д. 15",
     "Согдийская обл., Исфаринский р-н, джамоат Лакон, кишлак Шураб, д. 15"),
    ("Ошская обл., Кара-Суйский р-н, айыл Нариман, ул. Ленина, д. 4",
     "Ошская обл., Кара-Суйский р-н, айыл Нариман, ул. Ленина, д. 4"),
    ("дача: Ленинградская обл., Гатчинский р-н, садоводческое товарищество «Рассвет», 5-я линия, уч. 42",
     "Ленинградская обл., Гатчинский р-н, садоводческое товарищество «Рассвет», 5-я линия, уч. 42"),
])
def test_villages_and_co_operatives(text, block):
    assert _blocks(text) == [block]


def test_village_near_miss():
    assert _blocks("кишлак Гулистон красивый, джамоат большой") == []


def test_estonian_road_with_flat():
    assert _blocks("живу на Kalda tee 21b-4, 10138 Tallinn") == ["Kalda tee 21b-4, 10138 Tallinn"]


@pytest.mark.parametrize(("text", "block"), [
    ("my house is Stand 45, Mkoba, Gweru", "Stand 45, Mkoba, Gweru"),
    ("Lot 12, Jalan Ipoh, 51200 Kuala Lumpur, WP lah", "Lot 12, Jalan Ipoh, 51200 Kuala Lumpur, WP"),
])
def test_cued_and_state_letters(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("Lot 12, Jalan Ipoh, 51200 Kuala Lumpur, OK lah", "Lot 12, Jalan Ipoh, 51200 Kuala Lumpur"),
])
def test_acronym_after_postcode_stays_out(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "the house is Unit 4 of the course",
    "the price is 12/3 Moo 5, Daire 4 and Kat 2",
])
def test_unit_words_alone_stay(text):
    assert _blocks(text) == []


@pytest.mark.parametrize(("text", "block"), [
    ("the shop is at No. 45, St. 163, Sangkat Olympic, Khan Chamkarmon, Phnom Penh 12302",
     "No. 45, St. 163, Sangkat Olympic, Khan Chamkarmon, Phnom Penh 12302"),
    ("адрес: ж.к. Люлин 5, бл. 312, вх. Б, ет. 6, ап. 17, 1343 София",
     "ж.к. Люлин 5, бл. 312, вх. Б, ет. 6, ап. 17, 1343 София"),
    ("Samarqand viloyati, Urgut tumani, 5-mavze, 14-uy, 8-xonadon",
     "Samarqand viloyati, Urgut tumani, 5-mavze, 14-uy, 8-xonadon"),
    ("Ulaanbaatar, Khan-Uul district, 11th khoroo, building 7, apt 21",
     "Ulaanbaatar, Khan-Uul district, 11th khoroo, building 7, apt 21"),
    ("Quadra 12, Lote 4, Setor Bueno, Goiânia - GO, 74210-030", "Quadra 12, Lote 4, Setor Bueno, Goiânia - GO, 74210-030"),
    ("Bill to:\nPlot 12, Block D\nSinza, Dar es Salaam", "Plot 12, Block D\nSinza, Dar es Salaam"),
    ("Haus 2, Wohnung 7, Lindenstraße 14, 04109 Leipzig", "Haus 2, Wohnung 7, Lindenstraße 14, 04109 Leipzig"),
    ("mun. Bălți, str. Ștefan cel Mare 45, ap. 12", "mun. Bălți, str. Ștefan cel Mare 45, ap. 12"),
])
def test_more_systems_of_parts(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "the 3rd main reason, 2nd cross check was 5 minutes",
    "St. 5 was the best saint, Haus 4 ist schön",
    "Bill to the client: 45 hours",
    "вх. А, ет. 3 и ап. 12 в отчёте",
    "see Table 3, Quadra 12 and Lote 4",
])
def test_their_words_alone_stay(text):
    assert _blocks(text) == []


@pytest.mark.parametrize(("text", "block"), [
    ("Адрес доставки:\nAtakent Mah. 123. Sk. No:5 D:3\n07070 Konyaaltı / Antalya",
     "Atakent Mah. 123. Sk. No:5 D:3\n07070 Konyaaltı / Antalya"),
    ("the parcel was delivered to Stand 45, Mkoba", "Stand 45, Mkoba"),
])
def test_numbered_turkish_street_and_inflected_cues(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", ["I scored 12. Street 5 was closed", "see 3. Road 12 in the list",
                                  "the bus went to Stand 45, Mkoba"])
def test_numbered_street_and_uncued_near_misses(text):
    assert _blocks(text) == []


@pytest.mark.parametrize(("text", "block"), [
    ("Delivery address\nHouse 12\nKololo\nKampala\n(call on arrival)", "House 12\nKololo\nKampala"),
    ("Address of the deceased:\nStand 611\nNkulumane\nBulawayo\nKeys with the neighbour", "Stand 611\nNkulumane\nBulawayo"),
])
def test_lines_of_places_under_a_lead(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "Delivery address\nHouse 12\nThanks\nJohn",
    "Home address:\nFlat 5\nSpeaker 2\nMeeting Notes",
    "House 12\nKololo\nKampala",  # no lead: a unit above two places is a list
])
def test_lines_under_a_lead_near_misses(text):
    assert _blocks(text) == []


@pytest.mark.parametrize(("text", "block"), [
    ("Адрес (по прописке):\nNizami küç. 12, mənzil 45\nBakı AZ1010", "Nizami küç. 12, mənzil 45\nBakı AZ1010"),
    ("send the keys to Chalet 5, Res. Les Palmiers, Cocody, Abidjan", "Chalet 5, Res. Les Palmiers, Cocody, Abidjan"),
    ("Адрес для икамета:\nKemer Mah. 1456 Sk. No:3 Daire 5\n07980 Kemer/Antalya",
     "Kemer Mah. 1456 Sk. No:3 Daire 5\n07980 Kemer/Antalya"),
])
def test_azerbaijan_west_africa_and_turkey(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("мы живём в Herceg Novi, Topla bb, zgrada 2, stan 7", "Herceg Novi, Topla bb, zgrada 2, stan 7"),
    ("доставка на Bulevar despota Stefana 12/3, 11000 Beograd", "Bulevar despota Stefana 12/3, 11000 Beograd"),
    ("мы живём Шарм-эль-Шейх, район Хадаба, вилла 7", "Шарм-эль-Шейх, район Хадаба, вилла 7"),
    ("Адрес доставки\nRruga Myslym Shyri, Pallati 4, Shk. 1, Ap. 9\nTiranë 1001",
     "Rruga Myslym Shyri, Pallati 4, Shk. 1, Ap. 9\nTiranë 1001"),
    ("Mailing address:\nSuite 3, Torre Azul\nAvenida Shyris N35-17\nQuito 170135",
     "Suite 3, Torre Azul\nAvenida Shyris N35-17\nQuito 170135"),
])
def test_balkans_albania_and_abroad(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "the Plaza is open 24, 7 days, Quezon City 1100",
    "stan 4 and zgrada 3 were the words we learned",
])
def test_balkan_words_near_misses(text):
    assert _blocks(text) == []


@pytest.mark.parametrize(("text", "block"), [
    ("мы живём Дубай, Al Furjan, District 7, вилла 12", "Дубай, Al Furjan, District 7, вилла 12"),
    ("посылку на Пхукет, Раваи, 88/9 Му 3", "Пхукет, Раваи, 88/9 Му 3"),
])
def test_numbered_districts_and_thai_villages_in_russian(text, block):
    assert _blocks(text) == [block]


def test_numbered_district_near_miss():
    assert _blocks("District 12 won the games, Hunger 5") == []


@pytest.mark.parametrize(("text", "block"), [
    ("send the keys to KN 67 Rd, House 12, Nyamirambo, Kigali", "KN 67 Rd, House 12, Nyamirambo, Kigali"),
    ("Mailing address:\nPlot 45, Sidwashini\nMbabane H100", "Plot 45, Sidwashini\nMbabane H100"),
])
def test_kigali_and_eswatini(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", ["the Boeing A380, the Airbus B737, Model X100 tested", "see KG 5 St, page 4"])
def test_kigali_and_eswatini_near_misses(text):
    assert _blocks(text) == []
