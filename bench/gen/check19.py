"""The bank of ``check19``, the nineteenth pair's held-out set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: Peruvian English (Lima and its districts, Miraflores, San Isidro, Surco,
Barranco, Los Olivos, San Juan de Lurigancho, Callao; Arequipa, Cusco, Trujillo, Chiclayo,
Piura, Iquitos; Peruvian Spanish words) and Maldivian English (Malé and its wards, Henveiru,
Galolhu, Maafannu, Machchangolhi, Hulhumalé, Villimalé, Addu City, Fuvahmulah,
Kulhudhuffushi and the islands of the atolls; Dhivehi words), motorcycle and scooter dealers
with the buyers who pay them in instalments, and land surveyors with the owners of the plots
they measure; in Russian, Russian speakers living in China (Harbin, Beijing, Guangzhou, Yiwu,
Suifenhe, Manzhouli, Sanya; Chinese words in Russian sentences) and speakers in the Orenburg
region (Orenburg, Orsk, Novotroitsk, Buzuluk, Sol-Iletsk, Saraktash, Zheltoye and the
villages of the steppe; Kazakh and Tatar words), cargo forwarders who bring goods from China
with the buyers who order them, and down-shawl knitters with the people who buy their
shawls. Its own shapes carry the check a reader runs where the id has one. Written from
memory, not from a specification: the layouts of the Maldivian national identity card
number, of the dealers' hire-purchase agreements, booking slips and the Peruvian sales
receipts (boletas, the series and the number), of the surveyors' plans, registry entries and
plot numbers, of the cargo waybills, batches and client codes, of the shawl orders and
knitters' tags (none with a check written but those below), the Peruvian streets, avenues
(Av.), jirones (Jr.) and blocks (cdra.), the flats and offices, the five-digit post codes,
the blocks and lots (Mz., Lt.) of the settlements and urbanisations, the reference that
follows an address, the Maldivian houses known by their names with the ward's letter before
them, the roads (magu), the floors in brackets, the five-digit post codes of Malé, the
islands under their atolls' letters, the Hulhumalé lots and towers, the Chinese addresses
from the city down to the building and the room, written in characters, in Russian and in
pinyin, the six-digit post codes, and the streets, villages and post codes of the Orenburg
region. The Peruvian taxpayer number's check (the ten digits weighted 5 4 3 2 7 6 5 4 3 2,
eleven less the sum modulo 11, modulo 10; a person's number 10 and the identity card's eight
digits) and the Chinese resident identity number's (ISO 7064 MOD 11-2 over the seventeen
digits, X for 10) are as published.
"""

from __future__ import annotations

import re
import urllib.parse

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Peru (Claro, Movistar, Entel, Bitel) and the Maldives
# (Dhiraagu, Ooredoo)
MOBILES = (("PE", ("9",), 8, (3, 3, 3)),
           ("MV", ("7", "9"), 6, (3, 4)))


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

def _ruc_digit(body: str) -> int:
    return (11 - sum(int(c) * w for c, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11) % 10


def _ruc(v: Values, lang: str) -> str:
    """A Peruvian taxpayer number (RUC): 10 and the identity card's eight digits for a person,
    20 and eight digits for a company, the check digit."""
    r = v.rng
    body = r.choice(("10", "10", "10", "20")) + v.digits(8, False)
    n = body + str(_ruc_digit(body))
    return r.choice((n, n, n, f"RUC {n}", f"RUC N° {n}", f"{n[:2]}-{n[2:10]}-{n[10]}"))


def _ruc_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return len(d) == 11 and _ruc_digit(d[:10]) == int(d[10])


def _phone_pe(v: Values, lang: str) -> str:
    d = _valid("PE", ("9",), 8, v)
    return v.rng.choice((f"{d[:3]} {d[3:6]} {d[6:]}", f"+51 {d[:3]} {d[3:6]} {d[6:]}", d, f"+51{d}",
                         f"(+51) {d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"))


def _mv_id(v: Values, lang: str) -> str:
    """A Maldivian national identity card number: the letter A and six digits, no check
    written."""
    n = "A" + v.digits(6, False)
    return v.rng.choice((n, n, f"ID card {n}", f"NID {n}", f"{n[0]}-{n[1:]}"))


def _phone_mv(v: Values, lang: str) -> str:
    d = _valid("MV", ("7", "9"), 6, v)
    return v.rng.choice((f"{d[:3]} {d[3:]}", f"+960 {d[:3]} {d[3:]}", d, f"+960{d}", f"(960) {d}", f"{d[:3]}-{d[3:]}"))


def _moto(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"hire-purchase agreement HP/{r.randint(24, 27)}/{v.digits(4)}",
                     f"boleta B00{r.randint(1, 4)}-{v.digits(r.randint(4, 6)):0>8}",
                     f"booking slip MB-{v.digits(4)}", f"contrato a plazos CP-{v.digits(5)}"))


def _survey(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"survey plan SP-{v.digits(4)}/{r.randint(22, 26)}", f"partida registral 1{v.digits(7, False)}",
                     f"plot no. {r.choice(('HM', 'VM', 'ADU'))}-{v.digits(4)}",
                     f"memoria descriptiva MD-{v.digits(3)}-{r.randint(2023, 2027)}"))


_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _cn_digit(body: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, _CN_WEIGHTS)) % 11]


def _cn_id(v: Values, lang: str) -> str:
    """A Chinese resident identity number: the county's six digits, the birth date as
    YYYYMMDD, three digits (odd for a man), the check character."""
    r = v.rng
    county = r.choice(("230102", "230103", "440104", "440106", "330782", "110105", "310115", "231081", "150781",
                       "460202", "231102"))
    body = f"{county}{r.randint(1950, 2006)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{v.digits(3, False)}"
    n = body + _cn_digit(body)
    return r.choice((n, n, n, f"{n[:6]} {n[6:14]} {n[14:]}", f"身份证 {n}", n.lower()))


def _cn_ok(text: str) -> bool:
    d = re.sub(r"[^0-9Xx]", "", text).upper()
    return len(d) == 18 and d[:17].isdigit() and _cn_digit(d[:17]) == d[17]


def _phone_cn(v: Values, lang: str) -> str:
    d = _valid("CN", ("131", "135", "138", "139", "150", "177", "186", "188", "199"), 8, v)
    return v.rng.choice((f"{d[:3]} {d[3:7]} {d[7:]}", f"+86 {d[:3]} {d[3:7]} {d[7:]}", d, f"+86{d}",
                         f"0086 {d}", f"{d[:3]}-{d[3:7]}-{d[7:]}"))


def _cargo(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"накладная карго №{v.digits(6)}", f"трек партии YW{v.digits(8)}",
                     f"код клиента карго RU-{v.digits(4)}", f"партия {r.choice(('ГЧ', 'ИУ', 'СФХ'))}-{v.digits(4)}/{r.randint(24, 27)}"))


def _shawl(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"заказ на платок П-{v.digits(4)}", f"паутинка арт. {v.digits(3)}-{v.digits(2, False)}",
                     f"бирка пуховницы №{v.digits(5)}", f"заказ на палантин {r.randint(24, 27)}/{v.digits(3)}"))


# -- family 4: escapes ------------------------------------------------------------------------

def gb18030_url(text: str) -> str:
    """A name as a Chinese site's search or order link carries it: its GB18030 bytes
    percent-encoded, a space as ``+`` (``%A7%AA%A7%D3%A7%D1%A7%DF`` for Иван, ``Ren%A8%A6e`` for
    Renée)."""
    return urllib.parse.quote_plus(text, safe="", encoding="gb18030")


def _from_gb18030_url(text: str) -> str:
    return urllib.parse.unquote_plus(text, encoding="gb18030")


def dxf_u(text: str) -> str:
    """A name as AutoCAD writes it in a DXF file's text: each character outside ASCII as
    ``\\U+`` and four hex digits, ``\\U+0418\\U+0432...`` for Ив..."""
    return "".join(c if c.isascii() else f"\\U+{ord(c):04X}" for c in text)


def _from_dxf_u(text: str) -> str:
    return re.sub(r"\\U\+([0-9A-Fa-f]{4})", lambda m: chr(int(m[1], 16)), text)


# -- family 5: address layouts ----------------------------------------------------------------

PE_LIMA = (("Av. José Larco", "Miraflores", "15074"), ("Av. Benavides", "Miraflores", "15074"),
           ("Calle Las Begonias", "San Isidro", "15073"), ("Av. Javier Prado Este", "San Borja", "15036"),
           ("Av. Almirante Grau", "Barranco", "15063"), ("Av. Caminos del Inca", "Santiago de Surco", "15023"),
           ("Av. Arequipa", "Lince", "15046"), ("Jr. Junín", "Cercado de Lima", "15001"))
PE_TOWNS = (("Calle Mercaderes", "Arequipa", "04001"), ("Av. El Sol", "Cusco", "08002"), ("Jr. Pizarro", "Trujillo", "13001"),
            ("Calle Elías Aguirre", "Chiclayo", "14001"), ("Av. Grau", "Piura", "20001"), ("Jr. Próspero", "Iquitos", "16001"))


def _pe_calle(v: Values) -> list[str]:
    """Peru: the avenue (Av.), street or jirón (Jr.) and the door number, the flat (Dpto.) or
    the office (Of.), the district and the five-digit post code; a block (cdra.) with no
    number (s/n) now and then."""
    r = v.rng
    street, district, code = r.choice(PE_LIMA)
    town_street, town, town_code = r.choice(PE_TOWNS)
    n = r.randint(100, 3900)
    return [r.choice((f"{street} {n}, Dpto. {r.randint(1, 20)}0{r.randint(1, 4)}, {district} {code}",
                      f"{street} {n}, Of. {r.randint(2, 15)}0{r.randint(1, 9)}, {district}, Lima {code}",
                      f"{town_street} {r.randint(100, 1200)}, {town} {town_code}",
                      f"{street} cdra. {r.randint(1, 40)} s/n, {district}"))]


PE_SETTLEMENTS = (("AA.HH. Señor de los Milagros", "San Juan de Lurigancho"), ("AA.HH. Villa María", "Villa María del Triunfo"),
                  ("Urb. Los Pinos", "Los Olivos"), ("Urb. Santa Luisa", "San Martín de Porres"),
                  ("Asoc. de Vivienda Santa Rosa", "Ate"), ("Urb. El Retablo", "Comas"), ("P.J. Independencia", "Independencia"))


def _pe_manzana(v: Values) -> list[str]:
    """A settlement (AA.HH.), urbanisation (Urb.) or housing association of Lima: the block
    (Mz.) and the lot (Lt.), the settlement, the district."""
    r = v.rng
    place, district = r.choice(PE_SETTLEMENTS)
    mz, lt = f"{r.choice('ABCDEFGHJK')}{r.choice(('', '', '1', '2'))}", r.randint(1, 40)
    return [r.choice((f"Mz. {mz} Lt. {lt}, {place}, {district}", f"{place} Mz. {mz} Lt. {lt}, {district}, Lima",
                      f"{place}, Mz. {mz}, Lote {lt}, {district}"))]


def _pe_lines(v: Values) -> list[str]:
    r = v.rng
    street, district, code = r.choice(PE_LIMA)
    ref = r.choice(("Ref.: a media cuadra del mercado", "Ref.: frente al parque", "Ref.: espalda del colegio",
                    "Ref.: al costado de la bodega"))
    return [f"{street} {r.randint(100, 3900)}, Dpto. {r.randint(1, 20)}0{r.randint(1, 4)}", ref, f"{district}, Lima {code}"]


MV_WARDS = (("H.", "Henveiru"), ("G.", "Galolhu"), ("M.", "Machchangolhi"), ("Ma.", "Maafannu"))
MV_HOUSES = ("Fehivilaage", "Blue Bell", "Rose Villa", "Sosunge", "Kurangi", "Nookoka", "Dhoores", "Finifenmaage",
             "Sea Breeze", "Moonlight Villa")
MV_ROADS = ("Majeedhee Magu", "Sosun Magu", "Buruzu Magu", "Fareedhee Magu", "Chandhanee Magu", "Orchid Magu",
            "Ameer Ahmed Magu", "Janavary Magu")


def _floor(n: int) -> str:
    return f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}"


def _mv_house(v: Values) -> list[str]:
    """Malé: the ward's letter and the house's name, the floor in brackets, the road (magu),
    the five-digit post code."""
    r = v.rng
    letter, ward = r.choice(MV_WARDS)
    house, road = r.choice(MV_HOUSES), r.choice(MV_ROADS)
    floor = _floor(r.randint(1, 9))
    code = f"20{r.randint(2, 370):03d}"
    return [r.choice((f"{letter} {house}, {road}, Malé {code}", f"{letter} {house} ({floor} floor), {road}, Malé",
                      f"{house}, {floor} floor, {road}, {ward}, Malé {code}"))]


MV_ISLANDS = (("Lh.", "Naifaru"), ("S.", "Hithadhoo"), ("S.", "Feydhoo"), ("Gn.", "Fuvahmulah"), ("HDh.", "Kulhudhuffushi"),
              ("GDh.", "Thinadhoo"), ("B.", "Eydhafushi"), ("K.", "Maafushi"))


def _mv_island(v: Values) -> list[str]:
    """An island of an atoll, the house by its name and the island after the atoll's letters;
    or Hulhumalé, its lots and its towers."""
    r = v.rng
    atoll, island = r.choice(MV_ISLANDS)
    house = r.choice(MV_HOUSES + ("Maagiri", "Hudhuge", "Asurumaage"))
    return [r.choice((f"{house}, {atoll} {island}", f"{house}, {island}, {atoll} atoll, Maldives",
                      f"Lot {r.randint(10000, 11999)}, {r.choice(('Nirolhu Magu', 'Dhanburu Magu', 'Huvandhumaa Hingun'))}, Hulhumalé",
                      f"Flat {r.randint(1, 20)}-{r.randint(1, 12):02d}, Hiyaa Tower {r.randint(1, 16)}, Hulhumalé 23000"))]


def _mv_lines(v: Values) -> list[str]:
    r = v.rng
    letter, _ = r.choice(MV_WARDS)
    return [f"{letter} {r.choice(MV_HOUSES)} ({_floor(r.randint(1, 9))} floor)", r.choice(MV_ROADS),
            f"Malé 20{r.randint(2, 370):03d}, {r.choice(('Maldives', 'Republic of Maldives', 'MALDIVES'))}"]


# the city, the district, the street in characters, in Russian and in pinyin, the post code
CN_STREETS = (("广州市", "越秀区", "解放北路", "Гуанчжоу", "район Юэсю", "Цзефан-бэйлу", "Guangzhou", "Yuexiu District", "Jiefang North Road", "510030"),
              ("广州市", "天河区", "天河路", "Гуанчжоу", "район Тяньхэ", "Тяньхэ-лу", "Guangzhou", "Tianhe District", "Tianhe Road", "510620"),
              ("义乌市", "稠城街道", "宾王路", "Иу", "Чоучэн", "Биньван-лу", "Yiwu", "Choucheng Subdistrict", "Binwang Road", "322000"),
              ("哈尔滨市", "道里区", "中央大街", "Харбин", "район Даоли", "Центральная улица", "Harbin", "Daoli District", "Zhongyang Street", "150010"),
              ("北京市", "朝阳区", "雅宝路", "Пекин", "район Чаоян", "Ябаолу", "Beijing", "Chaoyang District", "Yabao Road", "100020"),
              ("绥芬河市", "", "通天路", "Суйфэньхэ", "", "Тунтянь-лу", "Suifenhe", "", "Tongtian Road", "157300"),
              ("满洲里市", "", "中苏路", "Маньчжурия", "", "Чжунсу-лу", "Manzhouli", "", "Zhongsu Road", "021400"),
              ("三亚市", "吉阳区", "榆亚路", "Санья", "Дадунхай", "Юйя-лу", "Sanya", "Jiyang District", "Yuya Road", "572000"))


def _cn_hanzi(v: Values) -> list[str]:
    """China in characters, as a Russian speaker pastes it for a courier or a taxi: the city,
    the district, the street, the number (号), the building (栋) and the room (室); the post
    code first now and then."""
    r = v.rng
    city, district, street, *_, code = r.choice(CN_STREETS)
    n, room = r.randint(1, 400), f"{r.randint(1, 30)}0{r.randint(1, 9)}"
    return [r.choice((f"{city}{district}{street}{n}号{r.randint(1, 12)}栋{room}室", f"{code} {city}{district}{street}{n}号",
                      f"{city}{street}{n}号{room}室"))]


def _cn_ru(v: Values) -> list[str]:
    r = v.rng
    _, _, _, city, district, street, *_, code = r.choice(CN_STREETS)
    n, room = r.randint(1, 400), f"{r.randint(1, 30)}0{r.randint(1, 9)}"
    where = f"{city}, {district}" if district else city
    return [r.choice((f"{where}, {street}, д. {n}, кв. {room}", f"{city}, {street} {n}, корпус {r.randint(1, 12)}, кв. {room}",
                      f"{street}, {n}, {city}, {code}"))]


def _cn_lines(v: Values) -> list[str]:
    r = v.rng
    *_, city, district, street, code = r.choice(CN_STREETS)
    room = f"{r.randint(1, 30)}0{r.randint(1, 9)}"
    return [f"Room {room}, Building {r.randint(1, 12)}, No. {r.randint(1, 400)} {street}",
            f"{district + ', ' if district else ''}{city} {code}", r.choice(("China", "P.R. China", "КНР"))]


ORB_STREETS = (("ул. Советская", "460014", "г. Оренбург"), ("ул. Терешковой", "460018", "г. Оренбург"),
               ("пр. Победы", "460044", "г. Оренбург"), ("ул. Салмышская", "460048", "г. Оренбург"),
               ("ул. Монтажников", "460036", "г. Оренбург"), ("ул. Чкалова", "460021", "г. Оренбург"),
               ("пр. Ленина", "462419", "г. Орск"), ("ул. Советская", "462359", "г. Новотроицк"),
               ("ул. Ленина", "461040", "г. Бузулук"))


def _orb_city(v: Values) -> list[str]:
    """The Orenburg region: the post code, the region, the town, the street, the house and
    the flat."""
    r = v.rng
    street, code, town = r.choice(ORB_STREETS)
    return [r.choice((f"{code}, Оренбургская обл., {town}, {street}, д. {r.randint(1, 160)}, кв. {r.randint(1, 200)}",
                      f"{town}, {street} {r.randint(1, 160)}/{r.randint(1, 5)}, кв. {r.randint(1, 200)}",
                      f"Оренбургская область, {town}, {street}, дом {r.randint(1, 160)}, {code}"))]


def _orb_village(v: Values) -> list[str]:
    """A village or a settlement of the Orenburg steppe: the district, the village, the
    street, the house; the post code now and then."""
    r = v.rng
    village, district, code = r.choice((("с. Жёлтое", "Саракташский р-н", "462113"), ("п. Саракташ", "Саракташский р-н", "462100"),
                                        ("с. Шарлык", "Шарлыкский р-н", "461450"), ("п. Акбулак", "Акбулакский р-н", "461550"),
                                        ("с. Илек", "Илекский р-н", "461350"), ("с. Черноречье", "Оренбургский р-н", "460520")))
    street = r.choice(("ул. Центральная", "ул. Степная", "ул. Молодёжная", "ул. Школьная", "ул. Садовая"))
    return [r.choice((f"{code}, Оренбургская обл., {district}, {village}, {street}, д. {r.randint(1, 90)}",
                      f"{village}, {street} {r.randint(1, 90)}, Оренбуржье",
                      f"Оренбургская обл., {district}, {village}, дом {r.randint(1, 90)}"))]


def _orb_block(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(ORB_STREETS)
    return [f"{street}, д. {r.randint(1, 160)}, кв. {r.randint(1, 200)}", f"{town}, {code}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"ruc": _ruc, "phone_pe": _phone_pe, "mv_id": _mv_id, "phone_mv": _phone_mv, "moto": _moto,
            "survey": _survey, "cn_id": _cn_id, "phone_cn": _phone_cn, "cargo": _cargo, "shawl": _shawl},
    checks={"ruc": _ruc_ok, "cn_id": _cn_ok, "phone_pe": _dials("PE"), "phone_mv": _dials("MV"),
            "phone_cn": _dials("CN")},
    escapes={"gb18030-url": gb18030_url, "dxf-u": dxf_u},
    unescapes={"gb18030-url": _from_gb18030_url, "dxf-u": _from_dxf_u},
    lines={"pe_calle": _pe_calle, "pe_manzana": _pe_manzana, "pe_lines": _pe_lines, "mv_house": _mv_house,
           "mv_island": _mv_island, "mv_lines": _mv_lines, "cn_hanzi": _cn_hanzi, "cn_ru": _cn_ru, "cn_lines": _cn_lines,
           "orb_city": _orb_city, "orb_village": _orb_village, "orb_block": _orb_block},
    people={"en": ("es_MX",), "ru": ()},
)

BANK: dict = {
    1: {
        "phone": {"en": ["hola, it's for the moto, my cell is {v}, call me after lunch pe",
                         "the topógrafo from ⟦Arequipa|LOCATION⟧ left his number, {v}, he only answers on WhatsApp",
                         "my ⟦Claro|ORGANIZATION⟧ is {v}, the ⟦Movistar|ORGANIZATION⟧ chip I lost in the combi",
                         "the guy with the moto shop in ⟦Los Olivos|LOCATION⟧, write him on {v}",
                         "assalaamu alaikum, this is my number, {v}, Viber also works",
                         "the surveyor who measured our plot in ⟦Hulhumalé|LOCATION⟧ is on {v}",
                         "ask for joven Kevin at the dealer, he gave me {v}",
                         "for the land in ⟦Fuvahmulah|LOCATION⟧ call {v}, he comes on the Thursday ferry",
                         "⟦Dhiraagu|ORGANIZATION⟧ number {v}, the ⟦Ooredoo|ORGANIZATION⟧ one is my office line",
                         "my primo in ⟦Trujillo|LOCATION⟧ sells mototaxis, try {v}",
                         "ehen, take it down, {v}",
                         "the boy who brings the scooters over on the dhoni, his number {v}"],
                  "ru": ["китайский номер у меня {v}, вичат на него же",
                         "по карго из ⟦Иу|LOCATION⟧ это к Марине, {v}, она там склад держит",
                         "насчёт паутинок набирайте {v}, с утра я на базаре",
                         "нихао, записывайте, {v}",
                         "я в ⟦Орске|LOCATION⟧ до конца недели, телефон {v}",
                         "пуховница из ⟦Жёлтого|LOCATION⟧, тётя Валя, {v}",
                         "в ⟦Санье|LOCATION⟧ на пляже не слышу, пишите на {v}",
                         "карго-менеджер Лёша, {v}, он завтра на складе в ⟦Гуанчжоу|LOCATION⟧",
                         "в ⟦Бузулуке|LOCATION⟧ мой {v}, айда вечером созвонимся",
                         "это номер мужа, {v}, дуйдуйдуй, он китайский"]},
        "email": {"en": ["the hire-purchase papers, mail them to {v} please",
                         "send the plano perimétrico to {v}, gracias",
                         "for the moto instalment reminders use {v}",
                         "the council's land section reads {v}, send the survey there",
                         "mail the boleta to {v}, I need it for the ⟦SUNAT|ORGANIZATION⟧",
                         "my daughter in ⟦Cusco|LOCATION⟧ only checks {v} at night",
                         "survey plan as PDF to {v}, shukuriyaa",
                         "it's {v}, same one that's on my RUC"],
                  "ru": ["накладные по карго шлите на {v}",
                         "фото платка пришлите на {v}, я посмотрю узор",
                         "вот мейл, {v}, сесе заранее",
                         "я до воскресенья на ярмарке в ⟦Оренбурге|LOCATION⟧, почта {v}",
                         "склад в ⟦Гуанчжоу|LOCATION⟧ отвечает с {v}",
                         "счёт за паутинку выставьте на {v}",
                         "почта, с которой я в ⟦Харбине|LOCATION⟧ сижу, {v}",
                         "менеджеру карго пишите на {v}, рахмет"]},
        "dob": {"en": ["my abuelita was born {v}, she still counts every sol of the instalments",
                       "I was born {v} at ⟦Hospital Rebagliati|ORGANIZATION⟧, it's on the DNI",
                       "the buyer's date of birth is {v}, the finance company asks for it",
                       "he was born {v} out in ⟦Piura|LOCATION⟧, he rides like a mototaxista",
                       "for the land registry, the owner was born {v}",
                       "{v}, born at ⟦IGMH|ORGANIZATION⟧ in ⟦Malé|LOCATION⟧",
                       "bappa was born {v} on ⟦Kulhudhuffushi|LOCATION⟧, before the new harbour",
                       "he says born {v}, ya pe, who knows"],
                "ru": ["родилась я {v} в ⟦Оренбурге|LOCATION⟧, на Форштадте",
                       "у покупателя карго дата рождения {v}",
                       "младший у нас {v} родился, это уже в ⟦Харбине|LOCATION⟧",
                       "бабушка моя {v} родилась, в ⟦Жёлтом|LOCATION⟧, всю жизнь пух пряла",
                       "для накладной: получатель родился {v}",
                       "мужу в паспорте записали {v}, родился он в ⟦Орске|LOCATION⟧",
                       "апа моя родилась {v}, в ⟦Акбулаке|LOCATION⟧",
                       "кому платок в подарок, та родилась {v}"]},
        "fillers": {"en": ["ya pe", "pucha, oe", "al toque", "causa", "oe", "bacán", "ehen", "shukuriyaa", "insha'allah ehen",
                           "aslu", "dhen", "ehen bro"],
                    "ru": ["ну, айда", "дуйдуйдуй", "ну, хао", "мэйвэнти", "ну, жаным", "ну короче, хао-хао",
                           "ладно, рахмет", "ну, сесе", "вот, в Китае так"]},
        "digit_sep": {"en": [" ... [the moto revving outside] ... ", " -- pucha, wait -- ", " [the ferry horn] "],
                      "ru": [" ... [гудят фуры у склада] ... ", " -- ай, погоди -- ", " [жужжит прялка] "]},
        "email_at": {"en": [" arroba, you know, the at, ", " [at, pe] ", " at-sign, ehen, "],
                     "ru": [" собака, по-китайски сяо лаошу, ", " эт, айда, ", " (at, хао) "]},
        "email_dot": {"en": [" punto, ehen, dot, ", " (dot, pe) ", " point, ehen, the dot, "],
                      "ru": [" дянь, ну, по-нашему точка, ", " дянь, точка то есть, ", " (dot, жаным) "]},
        "spell": {"en": [", letra por letra, ", " -- slow, bro, slow -- "],
                  "ru": [", айда по буквам, ", " ... хао, по одной букве давайте ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("RUC", "GOV_ID", "ruc"), ("RUC:", "GOV_ID", "ruc"), ("the buyer's RUC", "GOV_ID", "ruc"),
                        ("RUC to put on the boleta:", "GOV_ID", "ruc"), ("RUC of the landowner", "GOV_ID", "ruc"),
                        ("número de RUC:", "GOV_ID", "ruc"), ("RUC of the seller of the plot", "GOV_ID", "ruc"),
                        ("the señora's RUC:", "GOV_ID", "ruc"), ("RUC of the mototaxi association", "GOV_ID", "ruc"),
                        ("RUC of the señor (husband):", "GOV_ID", "ruc"), ("RUC (SUNAT record)", "GOV_ID", "ruc"),
                        ("the dealer's RUC:", "GOV_ID", "ruc"), ("RUC de la tía", "GOV_ID", "ruc"),
                        ("Claro cell", "PHONE", "phone_pe"), ("celular (Perú):", "PHONE", "phone_pe"),
                        ("the topógrafo's cell", "PHONE", "phone_pe"), ("Bitel line of the buyer", "PHONE", "phone_pe"),
                        ("ID card no. (Maldives)", "GOV_ID", "mv_id"), ("Maldivian ID:", "GOV_ID", "mv_id"), ("the plot owner's ID card", "GOV_ID", "mv_id"),
                        ("ID card of the guarantor (HP):", "GOV_ID", "mv_id"), ("bappa's NID card", "GOV_ID", "mv_id"),
                        ("Dhiraagu no.", "PHONE", "phone_mv"), ("Ooredoo:", "PHONE", "phone_mv"),
                        ("the dealer's mobile (Malé)", "PHONE", "phone_mv"), ("mobile of the island council office", "PHONE", "phone_mv"),
                        ("my sister's phone in ⟦New Jersey|LOCATION⟧", "PHONE", "phone_fmt"),
                        ("the surveyor's other line", "PHONE", "phone_sep"),
                        ("hire-purchase agreement", "OTHER", "moto"), ("boleta de venta:", "OTHER", "moto"),
                        ("booking slip for the scooter", "OTHER", "moto"), ("the mototaxi contract:", "OTHER", "moto"),
                        ("survey plan", "OTHER", "survey"), ("partida registral:", "OTHER", "survey"),
                        ("plot number in ⟦Hulhumalé|LOCATION⟧", "OTHER", "survey"), ("the memoria descriptiva no.", "OTHER", "survey"),
                        ("code of the showroom alarm", "SECRET", "pin4"), ("padlock on the moto chain:", "SECRET", "pin4"),
                        ("garage PIN in ⟦Villimalé|LOCATION⟧", "SECRET", "pin4"),
                        ("clave SOL:", "SECRET", "password"), ("dealer laptop pw", "SECRET", "password"),
                        ("the buyer's DOB", "DATE_OF_BIRTH", "dob_slash"), ("the plot owner was born", "DATE_OF_BIRTH", "dob_month"),
                        ("fecha de nacimiento (per the DNI):", "DATE_OF_BIRTH", "dob_iso"), ("guarantor's birth date", "DATE_OF_BIRTH", "dob_dashes"),
                        ("his licence from when he drove in ⟦Leeds|LOCATION⟧", "GOV_ID", "licence"),
                        ("SOAT policy of the moto:", "OTHER", "policy")],
                 "ru": [("шэньфэньчжэн", "GOV_ID", "cn_id"), ("身份证号:", "GOV_ID", "cn_id"), ("номер ID жены-китаянки", "GOV_ID", "cn_id"),
                        ("китайский ID мужа:", "GOV_ID", "cn_id"), ("ID card (КНР) поставщика", "GOV_ID", "cn_id"),
                        ("ID лаобаня:", "GOV_ID", "cn_id"), ("номер удостоверения личности КНР", "GOV_ID", "cn_id"),
                        ("ID арендодателя в ⟦Харбине|LOCATION⟧", "GOV_ID", "cn_id"), ("ID получателя груза:", "GOV_ID", "cn_id"),
                        ("ID свекрови", "GOV_ID", "cn_id"), ("ID водителя фуры:", "GOV_ID", "cn_id"), ("ID агента карго", "GOV_ID", "cn_id"),
                        ("ID для бухгалтера", "GOV_ID", "cn_id"), ("шэньфэньчжэн сына", "GOV_ID", "cn_id"),
                        ("ID хозяйки склада:", "GOV_ID", "cn_id"), ("ID переводчицы", "GOV_ID", "cn_id"),
                        ("ID поставщика пряжи:", "GOV_ID", "cn_id"), ("ID курьера", "GOV_ID", "cn_id"),
                        ("мобильник китайский", "PHONE", "phone_cn"), ("тел. (CN):", "PHONE", "phone_cn"),
                        ("мобильник лаобаня", "PHONE", "phone_cn"), ("вичат-номер мужа", "PHONE", "phone_cn"),
                        ("накладная карго", "OTHER", "cargo"), ("трек партии:", "OTHER", "cargo"),
                        ("код клиента карго", "OTHER", "cargo"), ("партия из ⟦Иу|LOCATION⟧:", "OTHER", "cargo"),
                        ("заказ на платок", "OTHER", "shawl"), ("артикул паутинки:", "OTHER", "shawl"),
                        ("бирка пуховницы", "OTHER", "shawl"), ("палантин из ⟦Жёлтого|LOCATION⟧:", "OTHER", "shawl"),
                        ("платок для ярмарки:", "OTHER", "shawl"),
                        ("телефон мамы в ⟦Бузулуке|LOCATION⟧", "PHONE", "phone_fmt"), ("тел. экспедитора", "PHONE", "phone_sep"),
                        ("паспорт той, что платок берёт", "GOV_ID", "passport_ru"), ("паспорт пуховницы:", "GOV_ID", "passport_no"),
                        ("СНИЛС мастерицы", "GOV_ID", "snils"), ("ИНН карго-ИП:", "GOV_ID", "inn_glued"),
                        ("ИНН самозанятой пуховницы", "GOV_ID", "inn"),
                        ("полис ОМС бабушки-пуховницы", "OTHER", "digits16"), ("права водителя газели", "GOV_ID", "vu_ru"),
                        ("загран, с которым в ⟦Пекин|LOCATION⟧ летала", "GOV_ID", "zagran"),
                        ("дата рождения получателя:", "DATE_OF_BIRTH", "dob_dots"), ("пуховница родилась", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. (по загранке)", "DATE_OF_BIRTH", "dob_short"), ("рождён (по ID)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от склада в ⟦Суйфэньхэ|LOCATION⟧", "SECRET", "pin4"), ("код от сейфа с пухом", "SECRET", "pin4"),
                        ("код от калитки во дворе мастерицы", "SECRET", "pin4"),
                        ("пароль от Таобао:", "SECRET", "password"), ("складской вайфай, пароль", "SECRET", "password")]},
        "carriers": {"en": ["Dealer's book, instalments: {v}", "{v} (the buyer dictated)", "survey notebook, lot 12 - {v}",
                            "{v}, ya pe, anotado", "on the hire-purchase file: {v}", "{v}, shukuriyaa",
                            "the lady on the finance line read {v}", "for the notaría: {v}", "line three of the land form: {v}"],
                     "ru": ["в тетрадке экспедитора: {v}", "{v}, сесе", "из накладной: {v}", "{v} (продиктовала пуховница)",
                            "бухгалтеру, как просил: {v}", "{v}, айда", "в вичат мужу скинула: {v}",
                            "в журнале заказов платков: {v}", "для таможенного брокера: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["the moto shop posts its deals on Instagram as {v}", "add {v} to the plot owners' Viber group",
                      "on Telegram the surveyor is {v}", "ig: {v}, follow pe", "DM {v} for the price of the scooter with the inicial",
                      "Viber me, {v}"],
               "ru": ["платки продаёт в инсте {v}", "добавь {v} в чат русских в ⟦Гуанчжоу|LOCATION⟧",
                      "карго у него, в телеге ищи {v}", "наши в ⟦Харбине|LOCATION⟧ сидят в телеге {v}",
                      "в оренбургском чате мастериц он {v}", "паутинки вяжет, найдёшь как {v}"]},
        "url": {"en": ["all the scooter models are on my page {v}", "instalment plans are posted at {v}",
                       "I write about land surveying at {v}", "our price list for motos, {v}", "pe, I put everything on {v}",
                       "bro, check {v}"],
                "ru": ["мой канал, как мы в ⟦Китае|LOCATION⟧ живём: {v}", "курс юаня и тарифы карго: {v}",
                       "у мастерицы страничка {v}", "про ⟦Оренбуржье|LOCATION⟧ пишу на {v}",
                       "отзывы про карго на {v}", "кань-кань, {v}"]},
        "url_layouts": {"any": ["https://{site}?utm_campaign=motos-lima", "{site} (mira pe)", "https://{site}/#plan-de-cuotas",
                                "<{site}> pukhovy page"]},
        "ssh": {"any": ["ssh -l surveyor -o ServerAliveCountMax=3 {v}", "ssh -p 2288 -i ~/.ssh/id_moto {v}",
                        "scp planos-2025.dwg {v}:/data/topografia/", "rsync -rt ./nakladnye/ {v}:/srv/cargo/"]},
        "remote": {"any": ["git clone --recursive https://github.com/{v}.git cuotas-app", "git remote set-url --push origin git@bitbucket.org:{v}.git",
                           "uv add git+https://github.com/{v}@survey", "pnpm add github:{v}#pukh-shop"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:cuotas-api", "FROM docker.io/{v}:survey-base",
                             "podman pull quay.io/{v}:cargo-bot", "docker push ghcr.io/{v}:platki-shop"]},
        "home": {"any": ["/home/{v}/topografia/planos/", "D:\\Users\\{v}\\Motos\\Cuotas\\", "/Users/{v}/Pictures/platki-2025/",
                         "/home/{v}/cargo/yiwu/"]},
        "tool": {"en": ["the instalment app froze at {v}", "my nephew in ⟦Miraflores|LOCATION⟧ told me to run {v}", "pucha, it stopped at {v}",
                        "I sent {v} to the surveyors' group"],
                 "ru": ["сын из ⟦Новотроицка|LOCATION⟧ мне вводил {v}", "айтишник в ⟦Пекине|LOCATION⟧ сказал набрать {v}",
                        "встало на {v}, айяя", "{v} кинула в чат карго"]},
        "mention": {"en": ["{h} gracias causa!", "{h} shukuriyaa, ehen", "{h} can you measure the lot in ⟦Carabayllo|LOCATION⟧?",
                           "{h}: the scooter is sold, al toque", "{h} thanks bro, ehen", "{h} en serio causa?"],
                    "ru": ["{h}, сесе ни!", "{h} хао, поняла", "{h}, а платок на фото можно?", "{h}: принято, мэйвэнти",
                           "{h}, рахмет, жаным", "{h} айда, ты чего так долго"]},
    },
    4: {
        "url": {"en": ["the dealer's quote link had ?{k}={v}&cuotas=24", "the ⟦SUNAT|ORGANIZATION⟧ form came back with {k}={v}",
                       "the link the dealer sent on Viber ended with {k}={v}&src=male", "apache logged GET /planos/buscar?{k}={v} 200"],
                "ru": ["ссылка на заказ карго кончалась на ?{k}={v}&lang=zh", "в ссылке на паутинку было {k}={v}",
                       "из телеги мастериц переход: {k}={v}&src=orb", "в логе склада: GET /huowu/chaxun?{k}={v}"]},
        "markup": {"en": ["the boleta HTML renders <td id=\"{k}\">{v}</td>",
                          "the survey report header is <h2>{v}</h2>",
                          "the HP form hides <input name=\"{k}\" type=\"hidden\" value=\"{v}\">"],
                   "ru": ["в HTML накладной ячейка <td id=\"{k}\">{v}</td>",
                          "в шаблоне бирки платка <h2>{v}</h2>",
                          "форма заказа платка прячет <input name=\"{k}\" type=\"hidden\" value=\"{v}\">"]},
        "prose": {"en": ["on Yape from ⟦BCP|ORGANIZATION⟧ it says it came from {v}", "someone scratched {v} on the scooter's seat",
                         "the boleta is made out to {v}", "the ⟦BML|ORGANIZATION⟧ transfer slip says {v}"],
                  "ru": ["в ⟦Bank of China|ORGANIZATION⟧ получатель стоит как {v}", "на бирке, пришитой к платку, выведено {v}",
                         "в списке получателей партии {v}", "в накладной грузополучатель {v}"]},
        "escapes": {"gb18030-url": {"en": ["the order page of the scooter factory in ⟦Chongqing|LOCATION⟧ ended in &buyer={v}",
                                           "the Baidu link my cousin sent had wd={v}",
                                           "the supplier's tracking link carried consignee={v}"],
                                    "ru": ["в ссылке с Baidu было wd={v}",
                                           "в адресе страницы заказа на 1688 покупатель стоял как {v}",
                                           "в ссылке из кабинета карго: shouhuoren={v}"]},
                    "dxf-u": {"en": ["the DXF of the survey had the owner's name as {v}",
                                     "in the AutoCAD text layer the lot was labelled {v}",
                                     "the plan exported from the total station software wrote the owner as {v}"],
                              "ru": ["в DXF-чертеже склада подпись: {v}",
                                     "в файле чертежа от китайского поставщика заказчик {v}",
                                     "в DXF из программы раскроя лекал: клиент {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the buyer's house is {v}", "Monday the surveyor measures at {v}",
                        "deliver the scooter to {v}", "since March she lives at her tía's, {v}",
                        "the plot we measured is at {v}", "per the DNI the address is {v}"],
                 "ru": ["{v}, это адрес, а домофон сломан, пишите в вичат", "мы на {v}, напротив торгового центра",
                        "платок отправить на {v}", "груз забирать {v}",
                        "снимаю теперь квартиру, {v}", "получатель груза прописан {v}"]},
        "block": {"en": ["Scooter delivery address:\n{v}", "Landowner's address (for the plan):\n{v}",
                         "Pick up the old moto from\n{v}", "Where the comprador lives -\n{v}"],
                  "ru": ["Склад карго:\n{v}", "Куда отправить платок (звонить заранее):\n{v}",
                         "Адрес мастерицы\n{v}", "Груз выдать по адресу -\n{v}"]},
        "layouts": {"en": ["pe_calle", "pe_manzana", "pe_lines", "mv_house", "mv_island", "mv_lines"],
                    "ru": ["cn_hanzi", "cn_ru", "cn_lines", "orb_city", "orb_village", "orb_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Lot owner (titular): {v}", "Surveyor in charge: {v}", "President of the asociación de vivienda: {v}",
                        "{v} from the dealer delivered the scooter", "the buyer gave his name as {v}",
                        "Guarantor: {v}", "the moto is registered to {v}", "Island council president: {v}"],
                 "ru": ["На кого груз оформлен: {v}", "Пуховница: {v}", "экспедитор {v} уехал без накладных",
                        "склад держит {v}", "Водитель фуры: {v}", "{v} звонила про паутинку к свадьбе",
                        "Бухгалтер карго: {v}"]},
        "kin": {"en": [("my abuelita", "f"), ("my abuelito in ⟦Arequipa|LOCATION⟧", "m"), ("my tía in ⟦Chiclayo|LOCATION⟧", "f"),
                       ("my tío", "m"), ("my comadre from church", "f"), ("my compadre in ⟦Callao|LOCATION⟧", "m"), ("my primo", "m"),
                       ("my madrina", "f"), ("my bappa", "m"), ("my mamma in ⟦Addu|LOCATION⟧", "f"), ("my kokko", "f"),
                       ("my beybe on ⟦Thinadhoo|LOCATION⟧", "m")],
                "ru": [("моя апа из ⟦Саракташа|LOCATION⟧", "f"), ("мой ата из ⟦Акбулака|LOCATION⟧", "m"), ("моя аже", "f"), ("мой агай", "m"),
                       ("моя бабушка-пуховница из ⟦Жёлтого|LOCATION⟧", "f"), ("мой дед-казак из ⟦Илека|LOCATION⟧", "m"),
                       ("моя золовка из ⟦Орска|LOCATION⟧", "f"), ("мой деверь в ⟦Гуанчжоу|LOCATION⟧", "m"),
                       ("моя тётя в ⟦Суйфэньхэ|LOCATION⟧", "f"), ("мой шурин-дальнобойщик", "m")]},
        "kin_carriers": {"en": ["{v} pays the cuotas every month", "{v} takes the scooter on weekends",
                                "{v} comes down from ⟦Huancayo|LOCATION⟧ for the signing", "{v} keeps the boletas",
                                "{v} signed the survey plan", "{v} rides the scooter to ⟦Villimalé|LOCATION⟧"],
                         "ru": ["{v} за платок рассчитается", "{v} из ⟦Харбина|LOCATION⟧ едет", "{v} груз встретит",
                                "{v} с экспедитором договорится", "{v} из ⟦Бузулука|LOCATION⟧ привет шлёт",
                                "{v} за карго оплатит"]},
        "wordnames": {"en": {"f": ["Dulce", "Rocío", "Alegría", "Flor", "Soledad", "Zahra", "Shifa"],
                             "m": ["Justo", "Domingo", "Bienvenido", "Clemente", "Shareef", "Nasih", "Amir"]},
                      "ru": {"f": ["Сауле", "Алтынай", "Гульнара", "Жулдыз"], "m": ["Бахыт", "Болат", "Кайрат"]}},
        "list": {"en": ["Buyers behind on the cuotas:\n{v}", "Plots to measure next week\n{v}",
                        "Sales staff on Sunday:\n{v}", "| Comprador | cuotas pending |\n|---|---|\n{v}"],
                 "ru": ["Кто ждёт паутинки к Новому году:\n{v}", "Не оплатили карго\n{v}", "Экспедиторы на смене:\n{v}",
                        "Получатели партии из ⟦Иу|LOCATION⟧:\n{v}"]},
        "list_layouts": {"any": ["{v} - al día", "* {v} (cuota paid)", "{v} [plan signed]", "| {v} | cuota 12 de 24 |"]},
        "broken": {"en": ["the plot was measured by the senior topógrafo {v} on Tuesday",
                          "the scooter was handed over by the salesman {v} last week"],
                   "ru": ["накладную оформила {v}", "платок вязала {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["somebody logged into the dealer's portal from {v}", "the showroom camera DVR is {v}",
                      "pe, open the office firewall for {v}", "the total station synced from {v}",
                      "the GPS on the red scooter pinged from {v}", "bro, my IP is {v}"],
               "ru": ["в личный кабинет карго логинились с {v}", "роутер на складе {v}", "сайт мастерицы на {v}",
                      "чужой вход в Госуслуги с {v}", "{v} заблокируйте, айда", "айпи мой {v}, хао"]},
        "iban": {"en": ["the cuota goes to {v}", "my ⟦Interbank|ORGANIZATION⟧ account in ⟦Lima|LOCATION⟧, {v}",
                        "the survey firm's IBAN, {v}", "the dealer refunds the inicial from {v}"],
                 "ru": ["оплату за карго на {v}, юанями не надо", "счёт у меня в ⟦Bank of China|ORGANIZATION⟧, {v}",
                        "груз не пришёл, верните на {v}", "предоплата за платок на {v}"]},
        "mac": {"en": ["the total station's MAC is {v}", "the scooter tracker has MAC {v}", "add {v} to the office Wi-Fi pe",
                       "the surveyor's tablet showed {v}"],
                "ru": ["у весов на складе MAC {v}", "терминал на ярмарке, MAC {v}", "хао, {v} добавь в разрешённые",
                       "роутер у мастерицы режет {v}"]},
        "card": {"en": ["pay the inicial with card {v}", "put the cuota on {v}", "he paid the survey with card {v}",
                        "over the phone he gave his card as {v}"],
                 "ru": ["карго оплачиваю с карты {v}", "у пуховницы карта {v}", "на мою карту {v} кидай, рахмет",
                        "карту {v} я в ⟦Иу|LOCATION⟧ потеряла, заблокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Aló, {v} speaking, it's about the moto", "Titular del terreno (landowner): {v}"],
                         "GOV_ID": ["the UK licence I had in ⟦Bristol|LOCATION⟧ is {v}", "DL of the delivery rider: {v}"],
                         "USERNAME": ["on the dealer portal I'm {v}", "login for the survey app: {v}"]},
                  "ru": {"PERSON": ["Нихао, это {v}", "грузополучатель, ФИО: {v}"],
                         "GOV_ID": ["паспорт РФ экспедитора {v}", "у пуховницы паспорт {v}"],
                         "USERNAME": ["на сайте карго я {v}", "в программе склада логин {v}"]}},
        "later": {"en": ["the buyer {v} phoned again", "{v} still owes two cuotas, pucha", "{v}, call me back pe",
                         "chasing {v}, shukuriyaa", "(the landowner, {v})"],
                  "ru": ["снова про получателя {v}", "{v} в третий раз звонит насчёт платка", "{v}, за карго оплата не пришла",
                         "(про накладную см. выше: {v})", "{v}, ответьте, пожалуйста, айда"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the helmets order {v} hasn't come", "spare chains came on order {v}, wrong model",
                     "the ⟦Promart|ORGANIZATION⟧ order {v} went to ⟦Surco|LOCATION⟧"],
              "ru": ["пряжа по заказу {v} с ⟦Wildberries|ORGANIZATION⟧ пришла", "заказ {v} на 1688 отменили", "коробки для платков, заказ {v}"]},
    "price": {"en": ["the scooter is {v} with the inicial", "the survey costs {v} per lot", "{v} a month for the moto, twelve cuotas"],
              "ru": ["паутинка на ярмарке {v}", "доставка карго за кило {v}", "однушка в ⟦Оренбурге|LOCATION⟧ {v}"]},
    "timestamp": {"en": ["the buyer came in {v}", "the ferry left ⟦Malé|LOCATION⟧ at {v}", "the power went out in ⟦Hulhumalé|LOCATION⟧ {v}"],
                  "ru": ["фура ушла со склада в {v}", "мастерица пришла на ярмарку в {v}", "поезд из ⟦Маньчжурии|LOCATION⟧ пришёл в {v}"]},
    "version": {"en": ["the dealer app is stuck on {v}", "total station firmware {v}", "after the {v} update the Yape app is slow"],
                "ru": ["карго-приложение {v} не грузится", "программа склада версии {v}", "вичат с версии {v} вылетает"]},
    "room": {"en": ["the topógrafos share room {v} at the municipalidad", "the new scooters are in showroom {v}", "the old plans sit in cabinet {v}"],
             "ru": ["склад {v}, второй ряд", "комната {v} в общежитии ярмарки", "ячейка {v} с пухом"]},
    "flight": {"en": ["I land in ⟦Lima|LOCATION⟧ on {v}", "the surveyor from ⟦Colombo|LOCATION⟧ arrives on {v}", "my abuelita flies on {v}"],
               "ru": ["в ⟦Пекин|LOCATION⟧ улетаем {v}", "айяя, рейс {v} перенесли на ночь", "встречай с {v} в ⟦Оренбурге|LOCATION⟧"]},
    "isbn": {"en": ["my topografía textbook from the uni, ISBN {v}", "the Peruvian cookbook with the ceviche, ISBN {v}", "ISBN {v}, the Dhivehi primer"],
             "ru": ["книга про оренбургский платок, ISBN {v}", "разговорник путунхуа, ISBN {v}", "словарь казахского для внуков, ISBN {v}"]},
    "doc-ip": {"en": ["the total station manual shows {v}", "the tracker guide uses {v} as the example", "the dealership's network plan has {v}"],
               "ru": ["на складе в инструкции к весам пример {v}", "в мануале по складскому роутеру пример {v}", "в схеме сети ярмарки {v}"]},
    "spoken-date": {"en": ["the next cuota is due on {v}", "the boundary survey is on {v}", "the delivery of the scooters is set for {v}"],
                    "ru": ["отгрузку перенесли на {v}", "ярмарку в ⟦Оренбурге|LOCATION⟧ назначили на {v}", "партию из ⟦Иу|LOCATION⟧ ждём на {v}"]},
    "kinship-verb": {"en": ["my abuelita {v} sign as the guarantor", "my tío {v} pick up the scooter",
                            "my bappa {v} pay for the survey"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Gracias, anotado.", "Ya, I changed it in the cuotas sheet.", "Listo, saved.",
                        "Shukuriyaa, noted.", "Done, the plot file is updated.", "Ehen, done."],
                 "ru": ["Сесе, записала.", "Исправила в карго-журнале.", "Хао, в тетрадку занесла.",
                        "Поняла, передам экспедитору.", "Предоплата за паутинку отмечена.", "Айда, всё сделала."]}
