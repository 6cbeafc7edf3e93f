"""Streets recognised by their parts in many languages: a street-type word written before or
after the name (Portuguese, Spanish, Catalan, Italian, French, Romanian, Turkish,
Indonesian, Thai, Indian), a house number with its mark ("No.", "nº", "n.º", "Plot",
"Kav."), the floors and doors after it ("2.º Frente", "r/c Dto.", "2n 1a", "bl. A2, ap.
5", "Daire: 3", "RT 03/RW 05"), parts a dash, bar or dot apart, the postcode line with its
province ("(PD)", "Çankaya/Ankara", "São Paulo - SP"); the look-alikes (products,
TV channels, games, counts) left alone."""

from __future__ import annotations

import pytest

from redact.detect.addresses import address_spans


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in address_spans(text)]


@pytest.mark.parametrize(("text", "block"), [
    ("Postal:\nR. de Cardoso, 17, 2.º Frente\n7352-090 Vizela\n",
     "R. de Cardoso, 17, 2.º Frente\n7352-090 Vizela"),
    ("Morada:\nAv. da República, n.º 50, 3.º Esq.\n1050-196 Lisboa",
     "Av. da República, n.º 50, 3.º Esq.\n1050-196 Lisboa"),
    ("Endereço: Rua Augusta 27, r/c Dto., 1100-048 Lisboa, obrigado",
     "Rua Augusta 27, r/c Dto., 1100-048 Lisboa"),
    ("Endereço:\nRua das Flores, 123, apto 42\n01310-100 São Paulo - SP",
     "Rua das Flores, 123, apto 42\n01310-100 São Paulo - SP"),
    ("Envío a: Carrer de Mallorca, 401, 2n 1a\n08013 Barcelona",
     "Carrer de Mallorca, 401, 2n 1a\n08013 Barcelona"),
    ("Avda. de la Constitución 3, 5º B - 41001 Sevilla", "Avda. de la Constitución 3, 5º B - 41001 Sevilla"),
    ("45 bis, avenue Foch - 75016 Paris", "45 bis, avenue Foch - 75016 Paris"),
    ("Adresse de livraison :\nAllée des Tilleuls 7\n1000 Bruxelles", "Allée des Tilleuls 7\n1000 Bruxelles"),
])
def test_iberian_and_french_streets(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("we stay at Borgo Scarfoglio 57 int. 4, 35122 Padova (PD) now",
     "Borgo Scarfoglio 57 int. 4, 35122 Padova (PD)"),
    ("viewing at Vicolo Gianluca 123, 37121 Verona (VR) on Saturday", "Vicolo Gianluca 123, 37121 Verona (VR)"),
    ("we stay at Canale Elvira 122 int. 4, 37121 Verona (VR) now",
     "Canale Elvira 122 int. 4, 37121 Verona (VR)"),
    ("Indirizzo: Via Roma, 12 - 00184 Roma (RM)", "Via Roma, 12 - 00184 Roma (RM)"),
    ("Deliver to: Via Roma 12 · 00184 Roma (RM)", "Via Roma 12 · 00184 Roma (RM)"),
    ("Address: 12 Oak Road | Leeds | LS1 4AP", "12 Oak Road | Leeds | LS1 4AP"),
    ("C.so Vittorio Emanuele II 23, 10121 Torino (TO)", "C.so Vittorio Emanuele II 23, 10121 Torino (TO)"),
    ("Adres: Strada Mihai Eminescu nr. 10, bl. A2, sc. 1, ap. 5, 010512 București",
     "Strada Mihai Eminescu nr. 10, bl. A2, sc. 1, ap. 5, 010512 București"),
    ("Adresi:\nBağdat Cad. No: 123 D: 4\n34728 Kadıköy/İstanbul", "Bağdat Cad. No: 123 D: 4\n34728 Kadıköy/İstanbul"),
    ("Atatürk Mah. Cumhuriyet Cad. No: 5 Daire: 3 Çankaya/Ankara",
     "Atatürk Mah. Cumhuriyet Cad. No: 5 Daire: 3 Çankaya/Ankara"),
])
def test_italian_romanian_and_turkish_streets(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("Alamat:\nJl. Merdeka No. 10, RT 03/RW 05\nGambir, Jakarta Pusat 10110",
     "Jl. Merdeka No. 10, RT 03/RW 05\nGambir, Jakarta Pusat 10110"),
    ("Alamat: Jalan Sudirman No. 25, Kebayoran Baru, Jakarta Selatan",
     "Jalan Sudirman No. 25, Kebayoran Baru, Jakarta Selatan"),
    ("Jl. Gatot Subroto Kav. 52, Jakarta 12950", "Jl. Gatot Subroto Kav. 52, Jakarta 12950"),
    ("Soi Sukhumvit 11, Khlong Toei Nuea, Bangkok 10110", "Soi Sukhumvit 11, Khlong Toei Nuea, Bangkok 10110"),
    ("Ship to:\nFlat 4B, 23 Gandhi Marg\nConnaught Place, New Delhi 110001",
     "Flat 4B, 23 Gandhi Marg\nConnaught Place, New Delhi 110001"),
    ("Flat 3, 2nd Floor, 14 Park Street, Kolkata 700016", "Flat 3, 2nd Floor, 14 Park Street, Kolkata 700016"),
])
def test_asian_streets(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("send it to Calle Reforma 123, Col. Juárez, Cuauhtémoc, 06600 Ciudad de México, CDMX please",
     "Calle Reforma 123, Col. Juárez, Cuauhtémoc, 06600 Ciudad de México, CDMX"),
    ("Av. Corrientes 1234, Piso 5, Depto. B, C1043AAZ CABA", "Av. Corrientes 1234, Piso 5, Depto. B, C1043AAZ CABA"),
    ("Cra. 7 #71-21, Chapinero, Bogotá", "Cra. 7 #71-21, Chapinero, Bogotá"),
    ("Ship to:\n123 Rizal St., Brgy. San Antonio\nMakati City, 1203 Metro Manila",
     "123 Rizal St., Brgy. San Antonio\nMakati City, 1203 Metro Manila"),
    ("Address:\n123 Đường Lê Lợi, Phường Bến Thành\nQuận 1, TP. Hồ Chí Minh",
     "123 Đường Lê Lợi, Phường Bến Thành\nQuận 1, TP. Hồ Chí Minh"),
    ("Postal:\nNo. 12, Jalan SS 2/24\n47300 Petaling Jaya, Selangor",
     "No. 12, Jalan SS 2/24\n47300 Petaling Jaya, Selangor"),
    ("P.O. Box 12345-00100, Nairobi", "P.O. Box 12345-00100, Nairobi"),
    ("Národní 12, 110 00 Praha 1", "Národní 12, 110 00 Praha 1"),
    ("Storgatan 12, 114 55 Stockholm", "Storgatan 12, 114 55 Stockholm"),
    ("Anschrift: Mariahilfer Straße 45/3/12, 1060 Wien", "Mariahilfer Straße 45/3/12, 1060 Wien"),
    # a town that opens with a unit's word ("Ste") is a town
    ("Physical address: Erf 123, Church Street, Stellenbosch, 7600", "Erf 123, Church Street, Stellenbosch, 7600"),
    ("ul. Marszałkowska 10/12 m. 5\n00-590 Warszawa", "ul. Marszałkowska 10/12 m. 5\n00-590 Warszawa"),
])
def test_localities_and_postcodes_of_the_americas_asia_and_europe(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize(("text", "block"), [
    ("Респ. Татарстан, г. Казань, ул. Баумана, д. 5, кв. 12", "Респ. Татарстан, г. Казань, ул. Баумана, д. 5, кв. 12"),
    ("Куда доставить:\nЛенинградская обл., Всеволожский р-н\nг.п. Кузьмоловский, ул. Рядового Леонова, д. 18",
     "Ленинградская обл., Всеволожский р-н\nг.п. Кузьмоловский, ул. Рядового Леонова, д. 18"),
    ("адрес пациента: общежитие № 6, ком. 328, наб. Дарвина, д. 56, г. Наро-Фоминск\n\nдалее",
     "общежитие № 6, ком. 328, наб. Дарвина, д. 56, г. Наро-Фоминск"),
    ("Адрес:\nобщ. № 3, комн. 12, ул. Ленина, д. 5, г. Тверь", "общ. № 3, комн. 12, ул. Ленина, д. 5, г. Тверь"),
    ("общ. №2, к. 214, ул. Студенческая, 12, г. Томск", "общ. №2, к. 214, ул. Студенческая, 12, г. Томск"),
    ("Адрес (домашний)\nг. Кириши 076756\nалл. Российская д. 5", "г. Кириши 076756\nалл. Российская д. 5"),
    ("Почтовый адрес:\n076756 г. Кириши\nул. Советская, д. 7, кв. 2",
     "076756 г. Кириши\nул. Советская, д. 7, кв. 2"),
])
def test_russian_town_and_index_or_hostel_before_the_street(text, block):
    assert _blocks(text) == [block]


@pytest.mark.parametrize("text", [
    "We watched Canale 5 last night, then Rete 4.",
    "Send to: Campo Grande 2 tickets",
    "Ship to Jalan Jalan 5 people",
    "Soi Cowboy 3 nights in Bangkok",
    "Mail to:\nAvenue Q 2 tickets\nThanks, Maria",
    "Address:\nR. Smith, 12 years of experience",
    "Postal:\nR. Kelly, 5 albums\nBest regards, Anna",
    "Path of Exile 2 and Critical Path 5 are games",
    "Version 2.º release, 3e étage plan, D: 5 smiley",
    "Order:\nNo. 5, blue\nsize M, Large",
    "Close the door 5 times, please.",
    "Shipping: Gang Beasts 2 now",
])
def test_look_alikes_stay(text):
    assert _blocks(text) == []
