"""Addresses written as their own country writes them inside text of another language, each
block one span: the Slavic streets whose type follows the name ("Celovška cesta 148b"), the
flat and the postcode named in the writer's language ("квартира 20", "интерно 11", "индекс
20127", "PLZ 10115"), a country and a town before the street, a house's number with its
letter after a slash ("Via Tuscolana 135/A"); and the addresses of places whose houses have no
number: the mile of a highway, a lot and its section, a road and the region it lies in, a
floor in words; a town whose name opens with its country's ("Belize City, Belize"). The
look-alikes of each stay untouched."""

from __future__ import annotations

import pytest

from redact.detect.addresses import address_spans

_COUNTRIES = frozenset({"италия", "германия", "словения", "франция", "турция", "belize", "kuwait"})


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text, _COUNTRIES)]


@pytest.mark.parametrize(("text", "block"), [
    ("подключение по адресу Celovška cesta 148b, stanovanje 8, 1000 Ljubljana",
     "Celovška cesta 148b, stanovanje 8, 1000 Ljubljana"),
    ("абонент прописан Dunajska cesta 140, SI-1000 Ljubljana\n", "Dunajska cesta 140, SI-1000 Ljubljana"),
    ("мы живём Prešernova cesta 106, 4260 Bled (по-нашему Блед), за пекарней",
     "Prešernova cesta 106, 4260 Bled (по-нашему Блед)"),
    ("Приёмный пункт\nGosposvetska cesta 23\nSI-2000 MARIBOR\nSlovenija\n",
     "Gosposvetska cesta 23\nSI-2000 MARIBOR\nSlovenija"),
    ("пишите на Vukovarska ulica 25, stan 4, 10000 Zagreb, спасибо", "Vukovarska ulica 25, stan 4, 10000 Zagreb"),
    ("Kralja Tomislava trg 5, 10000 Zagreb", "Kralja Tomislava trg 5, 10000 Zagreb"),
    ("Vinohradská třída 12, 120 00 Praha 2", "Vinohradská třída 12, 120 00 Praha 2"),
    ("bývam na Hlavná ulica 5, 040 01 Košice", "Hlavná ulica 5, 040 01 Košice"),
    ("mieszkam: Piłsudskiego 12, mieszkanie 4, 00-001 Warszawa", "Piłsudskiego 12, mieszkanie 4, 00-001 Warszawa"),
    ("Hauptstraße 5, PLZ 10115 Berlin", "Hauptstraße 5, PLZ 10115 Berlin"),
])
def test_streets_named_before_their_type(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("перевод забрать по адресу Via Tuscolana 135/A, scala B, int. 13, 00181 Roma",
     "Via Tuscolana 135/A, scala B, int. 13, 00181 Roma"),
    ("перевод забрать по адресу Via Nazionale, 214/A - 00184 Roma RM", "Via Nazionale, 214/A - 00184 Roma RM"),
    ("Италия, Турин, Via Nizza 73, интерно 9, индекс 10125, возле бара",
     "Италия, Турин, Via Nizza 73, интерно 9, индекс 10125"),
    ("мы живём Италия, Рим, Via Tuscolana 5, интерно 14, индекс 00181, возле бара",
     "Италия, Рим, Via Tuscolana 5, интерно 14, индекс 00181"),
    ("я теперь снимаю Словения, Целе, Stanetova ulica 5, квартира 40, индекс 3000\n",
     "Словения, Целе, Stanetova ulica 5, квартира 40, индекс 3000"),
    ("Германия, Берлин, Hauptstraße 5, квартира 3, индекс 10115", "Германия, Берлин, Hauptstraße 5, квартира 3, индекс 10115"),
    ("Франция, Лион, 5 rue Mercière, индекс 69002", "Франция, Лион, 5 rue Mercière, индекс 69002"),
    ("Рига, Brīvības iela 5-12, индекс LV-1010", "Рига, Brīvības iela 5-12, индекс LV-1010"),
    ("живём по адресу 12 rue de Rivoli, appartement 4, 75001 Paris", "12 rue de Rivoli, appartement 4, 75001 Paris"),
    ("Турция, Анталья, Atatürk caddesi 45, daire 3, индекс 07100", "Турция, Анталья, Atatürk caddesi 45, daire 3, индекс 07100"),
    ("Чехия, Прага, Vinohradská třída 12, byt 5, PSČ 120 00", "Чехия, Прага, Vinohradská třída 12, byt 5, PSČ 120 00"),
])
def test_units_postcodes_and_countries_in_the_writers_language(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("she moved in with her auntie at Mile 48 1/2 Philip Goldson Highway, Sand Hill, Belize District",
     "Mile 48 1/2 Philip Goldson Highway, Sand Hill, Belize District"),
    ("the trays go to Mile 9 1/2, Northern Highway, Ladyville Village\n", "Mile 9 1/2, Northern Highway, Ladyville Village"),
    ("she moved in at Mile 9, George Price Highway, Hattieville Village\n",
     "Mile 9, George Price Highway, Hattieville Village"),
    ("we are at Km 7 Carretera Sur, Managua", "Km 7 Carretera Sur, Managua"),
    ("the bales go to Lot 24 Sec 205, Badili, NCD, PNG", "Lot 24 Sec 205, Badili, NCD, PNG"),
    ("Erf 1234 Portion 5, Rustenburg, North West", "Erf 1234 Portion 5, Rustenburg, North West"),
    ("send the egg invoice to #31 Ring Road, upstairs, Belmopan\n", "#31 Ring Road, upstairs, Belmopan"),
    ("address as per the SSB card: Bertil Harding Highway, Kololi, KMC", "Bertil Harding Highway, Kololi, KMC"),
    ("she moved in with her auntie at Sand Hill, Belize District, Belize C.A.\nok",
     "Sand Hill, Belize District, Belize C.A."),
    ("address: Latrikunda Sabiji, near the police station, Kanifing Municipality\n",
     "Latrikunda Sabiji, near the police station, Kanifing Municipality"),
])
def test_places_whose_houses_have_no_number(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("she moved in at 138 Princess Margaret Drive, Belize City, Belize\n", "138 Princess Margaret Drive, Belize City, Belize"),
    ("5 Gulf Road, Kuwait City, Kuwait", "5 Gulf Road, Kuwait City, Kuwait"),
])
def test_a_town_named_after_its_country(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "the order for the caye 97221-43 shipped today",
    "we met in room 308 at the museum, then left",
    "Mile 9 is where we stopped, Belize is nice",
    "Mile 9, then drove on to Belmopan",
    "Km 12, Km 13, Km 14",
    "the total is 3056,20 € for everything",
    "the road was bad, Northern Highway, they said",
    "version 2.4.1 released at 10:30, Monday",
    "see Section 4, Block 2, Figure 3 for details",
    "Lot 1 Sec 2, Lot 3 Sec 4, and so on",
    "PLZ 10115 is Berlin",
    "the CAP 2000 model, Italy",
    "I love Abbey Road, Beatles, EMI",
    "Wall Street, Manhattan, NYC",
    "Near the police station, Kanifing Municipality is busy",
])
def test_look_alikes_stay(text):
    assert _blocks(text) == []
