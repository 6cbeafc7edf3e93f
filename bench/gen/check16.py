"""The bank of ``check16``, the sixteenth pair's held-out set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: Bahamian English (Nassau and New Providence's settlements, Over-the-Hill, Fox Hill,
Carmichael Road; Freeport, Abaco, Exuma, Eleuthera, Andros and the Family Islands; Bahamian
words) and Ecuadorian English (Quito and its parroquias, Guayaquil and its ciudadelas, Cuenca,
Ambato, Manta, Loja; Ecuadorian Spanish and Kichwa words), the outage and billing desks of
electricity companies with their customers, and road-race and marathon organisers with their
runners; in Russian, Russian speakers living in Austria (Vienna and its Bezirke, Graz,
Salzburg, Innsbruck, Linz, Klagenfurt; Austrian German words in Russian sentences) and
speakers in Kabardino-Balkaria (Nalchik, Prokhladny, Baksan, Tyrnyauz, Terskol, Chegem and the
villages; Kabardian and Balkar words), mountain guides and ski instructors with their clients,
and banquet halls with the families who book them for weddings. Its own shapes carry the check
a reader runs where the id has one. Written from memory, not from a specification: the layouts
of the Bahamian National Insurance number (eight digits) and passport, of the Ecuadorian
passport, of the Austrian e-card's card number and the Austrian residence title (none with a
check written but those below), the Nassau streets, subdivisions and "off" roads, the post
boxes with the island's letter (N for Nassau, F for Freeport), the Family Islands'
settlements (no post codes), the numbered blocks of Quito's streets (N or S, the block, the
house, "y" the cross street), Guayaquil's ciudadelas with their manzanas and villas and the
six-digit Ecuadorian post codes, Vienna's Stiege and Tür after the house and the four-digit
post codes of Austria, and the streets, villages and post codes of Kabardino-Balkaria. The
cédula's check (the province, nine digits weighted 2 1 2 1 ..., a product over 9 less 9, ten
less the sum modulo 10, modulo 10; the RUC the cédula and 001), the Austrian social insurance
number's (three digits, the check, the birth date; weights 3 7 9 and 5 8 4 2 1 6, the sum
modulo 11, a number with 10 not issued) and the Austrian VAT number's (ATU, seven digits, the
second, fourth and sixth doubled and their digits summed, ten less the sum and four modulo
10, modulo 10) are as published.
"""

from __future__ import annotations

import re
import urllib.parse

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: The Bahamas (BTC, Aliv) and Ecuador (Claro, Movistar,
# CNT)
MOBILES = (("BS", ("24235", "24245", "24255", "24242", "24281"), 5, (3, 3, 4)),
           ("EC", ("099", "098", "097", "096", "095", "093"), 7, (3, 3, 4)))


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

def _bs_nib(v: Values, lang: str) -> str:
    """A Bahamian National Insurance number: eight digits, no check written."""
    n = v.digits(8)
    return v.rng.choice((n, f"{n[:4]}-{n[4:]}", f"NIB# {n}"))


def _bs_passport(v: Values, lang: str) -> str:
    return v.rng.choice((f"AB{v.digits(7, False)}", f"AC{v.digits(7, False)}", f"passport no. AB{v.digits(7, False)}"))


def _phone_bs(v: Values, lang: str) -> str:
    d = _valid("BS", ("24235", "24245", "24255", "24242", "24281"), 5, v)
    return v.rng.choice((f"({d[:3]}) {d[3:6]}-{d[6:]}", f"+1 {d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}",
                         f"1-{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"))


def _cedula_digit(body: str) -> int:
    s = 0
    for i, c in enumerate(body):
        p = int(c) * (2 if i % 2 == 0 else 1)
        s += p - 9 if p > 9 else p
    return (10 - s % 10) % 10


def _cedula(v: Values, lang: str) -> str:
    """An Ecuadorian cédula: the province (01 to 24), a digit below 6, six digits, the check."""
    body = f"{v.rng.randint(1, 24):02d}{v.rng.randint(0, 5)}{v.digits(6, False)}"
    n = body + str(_cedula_digit(body))
    return v.rng.choice((n, f"{n[:9]}-{n[9]}", f"C.I. {n}", f"RUC {n}001"))


def _cedula_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    if len(d) == 13 and d.endswith("001"):
        d = d[:10]
    return (len(d) == 10 and 1 <= int(d[:2]) <= 24 and int(d[2]) < 6
            and _cedula_digit(d[:9]) == int(d[9]))


def _ec_passport(v: Values, lang: str) -> str:
    return v.rng.choice((f"A{v.digits(8, False)}", f"pasaporte A{v.digits(8, False)}", f"PE-{v.digits(7)}"))


def _phone_ec(v: Values, lang: str) -> str:
    d = _valid("EC", ("099", "098", "097", "096", "095", "093"), 7, v)
    return v.rng.choice((f"{d[:3]} {d[3:6]} {d[6:]}", f"+593 {d[1:3]} {d[3:6]} {d[6:]}", d, f"+593{d[1:]}",
                         f"(593) {d[1:3]}-{d[3:]}"))


def _outage(v: Values, lang: str) -> str:
    return v.rng.choice((f"OUT-{v.digits(7)}", f"fault ref {v.digits(6)}/NP", f"account {v.digits(4)}-{v.digits(6, False)}",
                         f"CUEN {v.digits(9)}"))


def _bib(v: Values, lang: str) -> str:
    return v.rng.choice((f"bib {v.rng.randint(1, 4999)}", f"REG-{v.rng.randint(2025, 2027)}-{v.digits(5, False)}",
                         f"chip {v.rng.choice('ABCDEF')}{v.digits(5)}"))


def _svnr_digit(serial: str, date: str) -> int:
    return sum(int(c) * w for c, w in zip(serial + date, (3, 7, 9, 5, 8, 4, 2, 1, 6))) % 11


def _svnr(v: Values, lang: str) -> str:
    """An Austrian social insurance number: three digits (the first not 0), the check digit,
    the birth date (DDMMYY)."""
    while True:
        y, m, d = v.birth()
        serial, date = v.digits(3), f"{d:02d}{m:02d}{y % 100:02d}"
        k = _svnr_digit(serial, date)
        if k != 10:
            n = f"{serial}{k}{date}"
            return v.rng.choice((n, f"{n[:4]} {n[4:]}", f"SVNR {n[:4]} {n[4:]}"))


def _svnr_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    if len(d) != 10 or d[0] == "0" or not (1 <= int(d[6:8]) <= 12 and 1 <= int(d[4:6]) <= 31):
        return False
    k = _svnr_digit(d[:3], d[4:])
    return k != 10 and k == int(d[3])


def _atu_digit(body: str) -> int:
    s = 0
    for i, c in enumerate(body):
        x = int(c)
        if i % 2 == 1:
            x = 2 * x // 10 + 2 * x % 10
        s += x
    return (10 - (s + 4) % 10) % 10


def _atu(v: Values, lang: str) -> str:
    """An Austrian VAT number: ATU, seven digits, the check digit."""
    body = v.digits(7)
    n = body + str(_atu_digit(body))
    return v.rng.choice((f"ATU{n}", f"ATU {n}", f"AT U{n}"))


def _atu_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return len(d) == 8 and _atu_digit(d[:7]) == int(d[7])


def _phone_at(v: Values, lang: str) -> str:
    d = _valid("AT", ("0650", "0660", "0664", "0676", "0680", "0681", "0699"), 7, v)
    return v.rng.choice((f"{d[:4]} {d[4:]}", f"+43 {d[1:4]} {d[4:]}", d, f"+43{d[1:]}", f"0043 {d[1:4]} {d[4:7]} {d[7:]}",
                         f"{d[:4]}/{d[4:]}"))


def _guide(v: Values, lang: str) -> str:
    return v.rng.choice((f"восхождение В-{v.digits(5)}", f"ски-пасс {v.digits(4)} {v.digits(4, False)} {v.digits(4, False)}",
                         f"группа ЭЛ-{v.rng.randint(2025, 2027)}/{v.digits(3, False)}"))


def _banquet(v: Values, lang: str) -> str:
    return v.rng.choice((f"договор на банкет Б-{v.digits(4)}", f"бронь зала {v.digits(3)}/{v.rng.randint(1, 12):02d}",
                         f"предзаказ {v.digits(5)}-СВ"))


# -- family 4: escapes ------------------------------------------------------------------------

def form_url(text: str) -> str:
    """A name as an HTML form posts it (``application/x-www-form-urlencoded``): the UTF-8 bytes
    percent-encoded and each space a plus."""
    return urllib.parse.quote_plus(text)


def _from_form_url(text: str) -> str:
    return urllib.parse.unquote_plus(text)


def go_bytes(text: str) -> str:
    """A name as Go prints a byte slice of it (``fmt.Println([]byte(name))``): its UTF-8
    bytes in decimal between brackets, ``[208 152 208 178 ...]`` for Ив..."""
    return "[" + " ".join(str(b) for b in text.encode("utf-8")) + "]"


def _from_go_bytes(text: str) -> str:
    return bytes(int(n) for n in text.strip("[]").split()).decode("utf-8")


# -- family 5: address layouts ----------------------------------------------------------------

BS_STREETS = (("Wulff Road", "Nassau"), ("Carmichael Road", "Nassau"), ("East Street South", "Nassau"),
              ("Baillou Hill Road", "Nassau"), ("Robinson Road", "Nassau"), ("Prince Charles Drive", "Nassau"),
              ("Soldier Road", "Nassau"), ("Bernard Road", "Fox Hill"), ("West Bay Street", "Cable Beach"),
              ("East Sunrise Highway", "Freeport"), ("Queen's Highway", "Marsh Harbour"))
BS_ISLANDS = (("George Town", "Exuma"), ("Marsh Harbour", "Abaco"), ("Governor's Harbour", "Eleuthera"),
              ("Fresh Creek", "Andros"), ("Dunmore Town", "Harbour Island"), ("Alice Town", "Bimini"),
              ("Arthur's Town", "Cat Island"), ("Clarence Town", "Long Island"))


def _bs_street(v: Values) -> list[str]:
    """Nassau: the house (a hash before it), the street or the corner it is off, the
    subdivision, the island; no post codes."""
    r = v.rng
    street, town = r.choice(BS_STREETS)
    sub = r.choice(("Pinewood Gardens", "Elizabeth Estates", "Golden Gates", "Yellow Elder Gardens", "Sea Breeze Estates"))
    return [r.choice((f"#{r.randint(1, 90)} {street}, {town}, N.P.", f"{street}, off {r.choice(('Faith Avenue', 'Blue Hill Road', 'Market Street'))}, {town}",
                      f"Lot {r.randint(1, 400)}, {sub}, {town}, New Providence", f"#{r.randint(1, 90)} {street}, {town}, Bahamas"))]


def _bs_box(v: Values) -> list[str]:
    r = v.rng
    return [r.choice((f"P.O. Box N-{r.randint(100, 9999)}, Nassau, Bahamas", f"P.O. Box F-{r.randint(40000, 44999)}, Freeport, Grand Bahama",
                      f"P.O. Box SS-{r.randint(5000, 6999)}, Nassau", f"P.O. Box AB-{r.randint(20000, 20999)}, Marsh Harbour, Abaco"))]


def _bs_island(v: Values) -> list[str]:
    r = v.rng
    settlement, island = r.choice(BS_ISLANDS)
    return [f"{r.choice(('Queen’s Highway', 'the main road', 'Bay Street'))}, near the {r.choice(('clinic', 'Anglican church', 'government dock', 'straw market'))}",
            f"{settlement}, {island}", r.choice(("The Bahamas", "Commonwealth of The Bahamas", "BAHAMAS"))]


EC_QUITO = (("Av. Amazonas", "N", "Av. República"), ("Juan León Mera", "N", "Wilson"), ("Av. 6 de Diciembre", "N", "Whymper"),
            ("Av. de los Shyris", "N", "Portugal"), ("Av. Maldonado", "S", "Pujilí"), ("Av. Pedro Vicente Maldonado", "S", "Quimiag"),
            ("Av. Eloy Alfaro", "N", "Alemania"), ("Av. Teniente Hugo Ortiz", "S", "Fernández Salvador"))
EC_CDLAS = ("Cdla. Kennedy Norte", "Cdla. Alborada 9na etapa", "Sauces 6", "Cdla. Guayacanes", "Urdenor 2",
            "Cdla. La Garzota", "Mucho Lote 1", "Cdla. Los Ceibos")
EC_TOWNS = (("Cuenca", "Azuay", "010150"), ("Quito", "Pichincha", "170150"), ("Guayaquil", "Guayas", "090150"),
            ("Ambato", "Tungurahua", "180150"), ("Manta", "Manabí", "130802"), ("Loja", "Loja", "110150"))


def _ec_quito(v: Values) -> list[str]:
    """Quito: the street, N or S, the block and the house, "y" the cross street, the building
    and the floor."""
    r = v.rng
    street, ns, cross = r.choice(EC_QUITO)
    num = f"{ns}{r.randint(10, 80)}-{r.randint(10, 250)}"
    return [r.choice((f"{street} {num} y {cross}, Quito", f"{street} {num} y {cross}, Edificio {r.choice(('Torres del Norte', 'Cosmopolitan', 'Los Andes'))}, piso {r.randint(2, 14)}, Quito",
                      f"{street} {num} y {cross}, departamento {r.randint(101, 1204)}, Quito 170{r.randint(1, 5)}0{r.randint(1, 9)}"))]


def _ec_cdla(v: Values) -> list[str]:
    r = v.rng
    cdla = r.choice(EC_CDLAS)
    return [r.choice((f"{cdla}, Mz. {r.randint(1, 300)}, Villa {r.randint(1, 40)}, Guayaquil",
                      f"{cdla}, manzana {r.randint(1, 300)} solar {r.randint(1, 40)}, Guayaquil",
                      f"{cdla}, Mz. {r.randint(1, 300)} V. {r.randint(1, 40)}, diagonal a la {r.choice(('farmacia', 'iglesia', 'tienda'))}"))]


def _ec_lines(v: Values) -> list[str]:
    r = v.rng
    city, province, code = r.choice(EC_TOWNS)
    return [f"{r.choice(('Calle Larga', 'Av. Solano', 'Calle Bolívar', 'Av. Cevallos'))} {r.randint(1, 30)}-{r.randint(10, 99)} y {r.choice(('Benigno Malo', 'Sucre', 'Montalvo', 'Mera'))}",
            f"{city}, {province}", f"{code} Ecuador"]


AT_STREETS = (("Mariahilfer Straße", "1060", "Wien"), ("Favoritenstraße", "1100", "Wien"), ("Landstraßer Hauptstraße", "1030", "Wien"),
              ("Thaliastraße", "1160", "Wien"), ("Wagramer Straße", "1220", "Wien"), ("Brünner Straße", "1210", "Wien"),
              ("Annenstraße", "8020", "Graz"), ("Linzer Gasse", "5020", "Salzburg"), ("Museumstraße", "6020", "Innsbruck"),
              ("Landstraße", "4020", "Linz"), ("Bahnhofstraße", "9020", "Klagenfurt"))
AT_RU = {"Wien": "Вена", "Graz": "Грац", "Salzburg": "Зальцбург", "Innsbruck": "Инсбрук", "Linz": "Линц",
         "Klagenfurt": "Клагенфурт"}


def _at_strasse(v: Values) -> list[str]:
    """Austria: the street, the house, the staircase (Stiege) and the door (Tür) with slashes,
    the four-digit post code (A- or AT- before it now and then), the town."""
    r = v.rng
    street, code, town = r.choice(AT_STREETS)
    house = r.randint(1, 180)
    return [r.choice((f"{street} {house}/{r.randint(1, 6)}/{r.randint(1, 40)}, {code} {town}", f"{street} {house}/{r.randint(1, 30)}, AT-{code} {town}",
                      f"{street} {house}, Stiege {r.randint(1, 6)}, Tür {r.randint(1, 40)}, {code} {town}"))]


def _at_ru(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(AT_STREETS)
    ru = AT_RU[town]
    return [r.choice((f"Австрия, {ru}, {street} {r.randint(1, 180)}/{r.randint(1, 6)}/{r.randint(1, 40)}, индекс {code}",
                      f"{ru}, {street} {r.randint(1, 180)}, штиге {r.randint(1, 6)}, тюр {r.randint(1, 40)}",
                      f"{street} {r.randint(1, 180)}/{r.randint(1, 40)}, {code} {town} (по Мельдецеттелю)"))]


def _at_lines(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(AT_STREETS)
    return [f"{street} {r.randint(1, 180)}/{r.randint(1, 40)}", f"A-{code} {town.upper()}", r.choice(("Österreich", "AUSTRIA"))]


KBR_STREETS = ("пр. Ленина", "ул. Кабардинская", "пр. Шогенцукова", "ул. Кешокова", "ул. Идарова", "ул. Толстого",
               "ул. Ахохова", "ул. Головко", "пр. Кулиева", "ул. Чернышевского")
KBR_CODES = ("360000", "360004", "360017", "360022", "360030", "360051")
KBR_VILLAGES = (("Эльбрусский район", "г. Тырныауз", "361624"), ("Эльбрусский район", "пос. Терскол", "361605"),
                ("Чегемский район", "г. Чегем", "361401"), ("Баксанский район", "с. Исламей", "361520"),
                ("Урванский район", "г. Нарткала", "361336"), ("Зольский район", "с. Хабаз", "361710"),
                ("Черекский район", "с. Верхняя Балкария", "361815"))


def _kbr_nalchik(v: Values) -> list[str]:
    r = v.rng
    street = r.choice(KBR_STREETS)
    return [r.choice((f"{r.choice(KBR_CODES)}, КБР, г. Нальчик, {street}, д. {r.randint(1, 140)}, кв. {r.randint(1, 120)}",
                      f"Нальчик, {street} {r.randint(1, 140)}-{r.randint(1, 120)}",
                      f"г. Нальчик, {r.choice(('Дубки', 'Горная', 'Вольный Аул', 'Искож', 'Александровка'))}, {street}, д. {r.randint(1, 90)}"))]


def _kbr_village(v: Values) -> list[str]:
    """A village of Kabardino-Balkaria: the district, the village, the street."""
    r = v.rng
    district, village, code = r.choice(KBR_VILLAGES)
    street = r.choice(("ул. Ленина", "ул. Эльбрусская", "ул. Мира", "ул. Садовая", "ул. Школьная"))
    return [r.choice((f"{code}, Кабардино-Балкарская Республика, {district}, {village}, {street}, д. {r.randint(1, 90)}",
                      f"{village}, {street} {r.randint(1, 90)}, КБР",
                      f"КБР, {district}, с. {r.choice(('Кашхатау', 'Былым', 'Заюково', 'Кенделен', 'Куба'))}, дом {r.randint(1, 120)}"))]


def _kbr_block(v: Values) -> list[str]:
    r = v.rng
    town, code = r.choice((("г. Прохладный", "361045"), ("г. Баксан", "361535"), ("г. Майский", "361115"),
                           ("г. Терек", "361200"), ("г. Нальчик", "360000")))
    return [f"ул. {r.choice(('Гагарина', 'Остапенко', 'Ленина', 'Свободы', 'Боталова'))}, д. {r.randint(1, 90)}, кв. {r.randint(1, 80)}",
            f"{town}, Кабардино-Балкарская Республика", code]


OWN = Own(
    mobiles=MOBILES,
    shapes={"bs_nib": _bs_nib, "bs_passport": _bs_passport, "phone_bs": _phone_bs, "cedula": _cedula,
            "ec_passport": _ec_passport, "phone_ec": _phone_ec, "outage": _outage, "bib": _bib, "svnr": _svnr,
            "atu": _atu, "phone_at": _phone_at, "guide": _guide, "banquet": _banquet},
    checks={"cedula": _cedula_ok, "svnr": _svnr_ok, "atu": _atu_ok, "phone_bs": _dials("BS"), "phone_ec": _dials("EC"),
            "phone_at": _dials("AT")},
    escapes={"form-url": form_url, "go-bytes": go_bytes},
    unescapes={"form-url": _from_form_url, "go-bytes": _from_go_bytes},
    lines={"bs_street": _bs_street, "bs_box": _bs_box, "bs_island": _bs_island, "ec_quito": _ec_quito,
           "ec_cdla": _ec_cdla, "ec_lines": _ec_lines, "at_strasse": _at_strasse, "at_ru": _at_ru, "at_lines": _at_lines,
           "kbr_nalchik": _kbr_nalchik, "kbr_village": _kbr_village, "kbr_block": _kbr_block},
    people={"en": ("es_CO",), "ru": ("de_AT",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["bey, my number is {v}, call me after work",
                         "the light went off again, the BPL man say call {v}",
                         "my ⟦Aliv|ORGANIZATION⟧ number is {v}, the BTC one dead",
                         "the race office in ⟦Nassau|LOCATION⟧, their number is {v}",
                         "ñaño, my number is {v}, de ley call me",
                         "the running club in ⟦Cumbayá|LOCATION⟧ is on {v}",
                         "the outage line, {v}, they open at seven",
                         "for the 10K in ⟦Cuenca|LOCATION⟧ call {v}, ya mismo",
                         "my ⟦Claro|ORGANIZATION⟧ number is {v}, Movistar has no signal in my house",
                         "call my cousin in ⟦Freeport|LOCATION⟧ on {v} about the bibs",
                         "chuta, write it down, {v}",
                         "the lineman who came by, {v}"],
                  "ru": ["мой австрийский номер {v}, ватсап есть",
                         "гид по Эльбрусу, номер {v}, скажите, что от Марины из ⟦Зальцбурга|LOCATION⟧",
                         "по банкету звоните на {v}, после обеда",
                         "кюн ахшы, мой номер {v}",
                         "звоните на {v}, я в ⟦Терсколе|LOCATION⟧ до субботы",
                         "номер администратора банкетного зала {v}",
                         "пишите на {v}, на склоне не слышу",
                         "номер инструктора {v}, он завтра в ⟦Инсбруке|LOCATION⟧",
                         "мой номер в ⟦Нальчике|LOCATION⟧ {v}, звоните вечером",
                         "записывай, oida, {v}, это жены"]},
        "email": {"en": ["the electricity bill goes to {v}",
                         "send the race results to {v}, thank ya",
                         "my email for the billing account, {v}",
                         "the marathon committee wants the volunteer list at {v}",
                         "email the meter photo to {v}, chile",
                         "my daughter in ⟦Guayaquil|LOCATION⟧ uses {v}",
                         "for the refund of the entry fee write to {v}, pana",
                         "his email is {v}, the same one, bey"],
                  "ru": ["почта банкетного зала для брони {v}",
                         "программу восхождения пришлите на {v}",
                         "мой имейл {v}, упсэу заранее",
                         "пишите на {v}, я на леднике до воскресенья",
                         "почта гидов в ⟦Тырныаузе|LOCATION⟧ {v}",
                         "меню банкета скиньте на {v}",
                         "мой мейл в ⟦Австрии|LOCATION⟧ {v}",
                         "почта инструктора {v}, danke"]},
        "dob": {"en": ["my granmudda was born {v}, she can't come to the office",
                       "I was born {v} in ⟦Eleuthera|LOCATION⟧",
                       "the runner was born {v}, put it on the entry form",
                       "he was born {v} in ⟦Loja|LOCATION⟧, so he knows the hills",
                       "the account holder's birth date, {v}, for the meter transfer",
                       "born {v} at ⟦Princess Margaret Hospital|ORGANIZATION⟧",
                       "my mamita was born {v}, up in ⟦Riobamba|LOCATION⟧",
                       "she say she born {v}, fa true"],
                "ru": ["я родилась {v} в ⟦Нальчике|LOCATION⟧",
                       "клиент гида родился {v}, так в страховке",
                       "сын родился {v}, уже в ⟦Вене|LOCATION⟧",
                       "мой дадэ родился {v}, в селе под ⟦Баксаном|LOCATION⟧",
                       "родилась {v}, пишите в договор на банкет",
                       "муж родился {v}, в ⟦Прохладном|LOCATION⟧",
                       "моя нанэ родилась {v}, в ⟦Верхней Балкарии|LOCATION⟧",
                       "инструктор по лыжам родился {v}"]},
        "fillers": {"en": ["bey", "ya know", "chile", "wha ya sayin", "mussy", "lemme tell ya",
                           "chuta", "de ley", "ya mismo", "achachay", "pana", "qué bestia, look"],
                    "ru": ["ну, oida", "passt, passt", "ну, eh", "кюн ахшы", "уей, уей", "ну, упсэу",
                           "так, короче, это", "ладно, servus", "ну, geh bitte"]},
        "digit_sep": {"en": [" ... [the generator droning] ... ", " -- ya know -- ", " [the starting horn] "],
                      "ru": [" ... [ветер в трубке] ... ", " -- eh, oida -- ", " [музыка в зале] "]},
        "email_at": {"en": [" at, bey, ", " [at sign, chuta] ", " the arroba, pana, "],
                     "ru": [" klammeraffe, собака, ", " эт, ну, кюн ахшы, ", " (at, passt) "]},
        "email_dot": {"en": [" dot, chile, ", " (dot, de ley) ", " punto, the dot, pana, "],
                      "ru": [" punkt, точка, ", " точка, ну, уей, ", " (dot, danke) "]},
        "spell": {"en": [", letter by letter, bey, ", " -- one one, ñaño -- "],
                  "ru": [", по буквам, oida, ", " ... буква за буквой, кюн ахшы ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("NIB no.", "GOV_ID", "bs_nib"), ("National Insurance no.:", "GOV_ID", "bs_nib"),
                        ("NIB card of the runner", "GOV_ID", "bs_nib"), ("NIB # (Bahamas):", "GOV_ID", "bs_nib"),
                        ("Bahamian passport", "GOV_ID", "bs_passport"), ("passport (Bahamas):", "GOV_ID", "bs_passport"),
                        ("BTC line", "PHONE", "phone_bs"), ("Aliv number:", "PHONE", "phone_bs"),
                        ("the account holder's cell", "PHONE", "phone_bs"),
                        ("cédula", "GOV_ID", "cedula"), ("cédula de identidad:", "GOV_ID", "cedula"),
                        ("the runner's cédula no.", "GOV_ID", "cedula"),
                        ("Ecuadorian passport", "GOV_ID", "ec_passport"), ("pasaporte (Ecuador):", "GOV_ID", "ec_passport"),
                        ("Claro line", "PHONE", "phone_ec"), ("Movistar number:", "PHONE", "phone_ec"),
                        ("race director's cell", "PHONE", "phone_ec"),
                        ("the landlord's phone for the meter", "PHONE", "phone_fmt"),
                        ("pacer's other phone no.", "PHONE", "phone_sep"),
                        ("outage reference", "OTHER", "outage"), ("billing account no.:", "OTHER", "outage"),
                        ("race bib", "OTHER", "bib"), ("registration no. for the half:", "OTHER", "bib"),
                        ("code for the meter room", "SECRET", "pin4"), ("the timing tent lock:", "SECRET", "pin4"),
                        ("password for the billing portal", "SECRET", "password"), ("race laptop pw:", "SECRET", "password"),
                        ("runner's DOB", "DATE_OF_BIRTH", "dob_slash"), ("account holder born", "DATE_OF_BIRTH", "dob_month"),
                        ("date of birth (cédula):", "DATE_OF_BIRTH", "dob_iso"), ("DOB of the pacer", "DATE_OF_BIRTH", "dob_dashes"),
                        ("driving licence of the van driver (UK one)", "GOV_ID", "licence"),
                        ("event cover (race day):", "OTHER", "policy"),
                        ("NIB of the husband", "GOV_ID", "bs_nib"), ("cédula of the club treasurer:", "GOV_ID", "cedula"),
                        ("water station PIN", "SECRET", "pin4"), ("cédula of the wife", "GOV_ID", "cedula"),
                        ("the lineman's number", "PHONE", "phone_bs"), ("passport of the elite runner:", "GOV_ID", "ec_passport"),
                        ("the runner's chip for the 21K", "OTHER", "bib"),
                        ("fault number for the street light", "OTHER", "outage")],
                 "ru": [("SVNR", "GOV_ID", "svnr"), ("SV-Nummer:", "GOV_ID", "svnr"),
                        ("номер e-card жены", "GOV_ID", "svnr"), ("австрийский соцномер", "GOV_ID", "svnr"),
                        ("SVNR ребёнка:", "GOV_ID", "svnr"), ("номер социального страхования (Австрия)", "GOV_ID", "svnr"),
                        ("Sozialversicherungsnummer:", "GOV_ID", "svnr"), ("номер с e-card", "GOV_ID", "svnr"),
                        ("UID-номер фирмы", "GOV_ID", "atu"), ("UID (Австрия):", "GOV_ID", "atu"),
                        ("УИД-номер гидовской фирмы", "GOV_ID", "atu"), ("ATU мужа:", "GOV_ID", "atu"),
                        ("австрийский мобильный", "PHONE", "phone_at"), ("тел. (AT):", "PHONE", "phone_at"),
                        ("мобильник хозяина квартиры", "PHONE", "phone_at"),
                        ("номер восхождения", "OTHER", "guide"), ("ски-пасс:", "OTHER", "guide"),
                        ("договор на банкет", "OTHER", "banquet"), ("номер брони зала:", "OTHER", "banquet"),
                        ("телефон мамы невесты", "PHONE", "phone_fmt"), ("тел. тамады", "PHONE", "phone_sep"),
                        ("паспорт клиента гида", "GOV_ID", "passport_ru"), ("паспорт инструктора:", "GOV_ID", "passport_no"),
                        ("СНИЛС гида", "GOV_ID", "snils"), ("ИНН банкетного зала:", "GOV_ID", "inn_glued"),
                        ("ИНН жениха", "GOV_ID", "inn"),
                        ("полис ОМС альпиниста", "OTHER", "digits16"), ("права водителя трансфера", "GOV_ID", "vu_ru"),
                        ("загран для поездки в ⟦Вену|LOCATION⟧", "GOV_ID", "zagran"),
                        ("дата рожд. клиента:", "DATE_OF_BIRTH", "dob_dots"), ("гид родился", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. по страховке", "DATE_OF_BIRTH", "dob_short"), ("родилась (по SVNR)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от сейфа в зале", "SECRET", "pin4"), ("пароль от кабинета ÖGK:", "SECRET", "password"),
                        ("код от склада снаряжения у ⟦КБГУ|ORGANIZATION⟧", "SECRET", "pin4"),
                        ("код от раздевалки инструкторов", "SECRET", "pin4"),
                        ("пароль от вайфая в зале", "SECRET", "password"),
                        ("SVNR сына:", "GOV_ID", "svnr"), ("SVNR мужа", "GOV_ID", "svnr"),
                        ("мобильный мужа (AT)", "PHONE", "phone_at"), ("группа на Эльбрус:", "OTHER", "guide"),
                        ("UID жены", "GOV_ID", "atu"), ("предзаказ на свадьбу:", "OTHER", "banquet"),
                        ("бронь зала на никах", "OTHER", "banquet"), ("SVNR арендодателя", "GOV_ID", "svnr"),
                        ("ски-пасс на Чегет:", "OTHER", "guide")]},
        "carriers": {"en": ["Billing log: {v}", "{v} (per the lineman)", "entry book - {v}", "{v}, bey",
                            "on the start list: {v}", "{v} de ley", "the caller on the outage line read out {v}",
                            "for the outage file: {v}", "line 6 on the entry form: {v}"],
                     "ru": ["в блокноте гида: {v}", "{v}, danke schön", "в договоре с залом {v}", "{v} (со слов мамы невесты)",
                            "для Magistrat-а: {v}", "{v}, упсэу", "кинула мужу в вотсап {v}",
                            "в журнале группы: {v}", "для бухгалтерии зала: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the race on Instagram, {v}", "tag {v} in the runners group",
                      "the race director is {v} on TikTok", "my IG is {v}, bey", "DM {v} for the entry link",
                      "I'm {v} on WhatsApp, pana"],
               "ru": ["наш гид в инсте {v}", "отметь {v} в чате русских в ⟦Вене|LOCATION⟧",
                      "{v} в телеге, он на Эльбрус водит", "русские в ⟦Граце|LOCATION⟧ в телеге {v}",
                      "ник в чате ⟦Нальчика|LOCATION⟧ {v}", "пишите {v}, он зал сдаёт"]},
        "url": {"en": ["my page about the race is {v}", "the outage map I follow, {v}",
                       "the running club blog {v}", "the race results page is {v}", "my page, chile, {v}",
                       "check {v}, ñaño"],
                "ru": ["мой канал про жизнь в ⟦Австрии|LOCATION⟧ {v}", "цены на восхождение на {v}",
                       "страница банкетного зала {v}", "мой блог про ⟦Приэльбрусье|LOCATION⟧ {v}",
                       "отзывы о зале: {v}", "глянь, oida, {v}"]},
        "url_layouts": {"any": ["https://{site}?igshid=YmMyMTA2M2Y=", "{site} (look there, bey)", "https://{site}/#resultados",
                                "({site}) race page"]},
        "ssh": {"any": ["ssh -o ConnectTimeout=10 -l billing {v}", "ssh -p 2222 -i ~/.ssh/timing_rsa {v}",
                        "scp startlist-21k.csv {v}:/srv/race/", "rsync -avz ./banket/ {v}:/backup/zal/"]},
        "remote": {"any": ["git clone --recurse-submodules -b race https://github.com/{v}.git", "git remote add fork git@gitlab.com:{v}.git",
                           "pip install --upgrade git+https://github.com/{v}.git", "pnpm add github:{v}#stable"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:timing-prod", "FROM docker.io/{v}:slim-billing",
                             "podman pull quay.io/{v}:guides", "docker push ghcr.io/{v}:banket-rc"]},
        "home": {"any": ["/home/{v}/startlists/", "C:\\Users\\{v}\\Documents\\Outages\\", "/Users/{v}/Desktop/Bergführer/",
                         "/mnt/c/Users/{v}/banket/"]},
        "tool": {"en": ["the billing screen froze on {v}", "my son told me to type {v}", "it hang up at {v}, chuta",
                        "paste {v} in the timing team chat"],
                 "ru": ["внук из ⟦Линца|LOCATION⟧ мне запускал {v}", "программист из ⟦Клагенфурта|LOCATION⟧ сказал ввести {v}",
                        "всё встало на {v}, geh bitte", "кинул {v} в чат гидов"]},
        "mention": {"en": ["{h} thank ya, bey!", "{h} gracias, ñaño!", "{h} can you marshal the turn at ⟦Montagu|LOCATION⟧?",
                           "{h}: power back, de ley", "thanks {h}, chile", "{h} fa real?"],
                    "ru": ["{h}, упсэу!", "{h} так, passt", "{h}, скинь фото маршрута", "{h}: принято, уей",
                           "спасибо, {h}, danke", "{h} ну ты даёшь, oida"]},
    },
    4: {
        "url": {"en": ["the race entry link had ?{k}={v}&event=21k", "the outage report form prefilled {k}={v}",
                       "the WhatsApp link carried {k}={v}&ref=wa_bs", "GET /accounts/lookup?{k}={v} 200"],
                "ru": ["ссылка на запись к гиду ?{k}={v}&lang=de", "в ссылке на бронь зала {k}={v}",
                       "в переходе из телеги гидов {k}={v}&src=tg_kbr", "в логе сайта зала: GET /kunden/suche?{k}={v}"]},
        "markup": {"en": ["the start list HTML has <td class=\"{k}\">{v}</td>",
                          "the bill template reads <h3>{v}</h3>",
                          "the entry form has <input id=\"{k}\" value=\"{v}\" autocomplete=\"off\">"],
                   "ru": ["в HTML договора зала <td class=\"{k}\">{v}</td>",
                          "в шаблоне программы восхождения <h3>{v}</h3>",
                          "в форме брони <input id=\"{k}\" value=\"{v}\" autocomplete=\"off\">"]},
        "prose": {"en": ["the ⟦Banco Pichincha|ORGANIZATION⟧ transfer shows the sender as {v}", "the meter card says {v}",
                         "the race entry is in the name of {v}", "the Kanoo SMS reads {v}"],
                  "ru": ["в приложении ⟦Erste Bank|ORGANIZATION⟧ получатель {v}", "на бирке снаряжения подписано {v}",
                         "в списке группы на Эльбрус {v}", "в договоре на банкет заказчик {v}"]},
        "escapes": {"form-url": {"en": ["the entry form posted name={v}&distance=10k",
                                        "the billing portal's request body had holder={v}",
                                        "the outage form sent contact={v} in the log"],
                                 "ru": ["в теле запроса формы брони fio={v}",
                                        "в логе сайта гидов POST name={v}&lang=ru",
                                        "форма заявки на банкет отправила zakazchik={v}"]},
                    "go-bytes": {"en": ["the timing app's debug print shows {v}",
                                        "the billing service logged the name as {v}",
                                        "in the race results tool's output: runner {v}"],
                                 "ru": ["в отладке бота зала имя напечаталось как {v}",
                                        "в логе сервиса брони: client {v}",
                                        "программа гидов вывела ФИО так: {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the account holder's address is {v}", "the meter reader should go to {v}",
                        "the runner's address is {v}", "she moved in by her aunty at {v}",
                        "send the bill to {v}", "address as per the cédula: {v}"],
                 "ru": ["адрес: {v}, на двери код, звоните", "мы живём {v}, за Billa",
                        "банкет по адресу {v}", "сбор группы {v}",
                        "я теперь снимаю Wohnung {v}", "клиент прописан {v}"]},
        "block": {"en": ["Service address (for the meter):\n{v}", "Runner's address (for the medal):\n{v}",
                         "Where to bring the race kits:\n{v}", "Account holder's address -\n{v}"],
                  "ru": ["Адрес зала:\n{v}", "Сбор группы (в 6:00)\n{v}",
                         "Куда везти снаряжение (звонить заранее):\n{v}", "Адрес клиента -\n{v}"]},
        "layouts": {"en": ["bs_street", "bs_box", "bs_island", "ec_quito", "ec_cdla", "ec_lines"],
                    "ru": ["at_strasse", "at_ru", "at_lines", "kbr_nalchik", "kbr_village", "kbr_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Account holder: {v}", "Race director: {v}", "Running club (captain): {v}",
                        "the lineman {v} reconnected the meter", "the runner said her name is {v}",
                        "Billing supervisor: {v}", "the bibs were signed for by {v}", "Chair of the road runners: {v}"],
                 "ru": ["Клиент гида: {v}", "Горный гид: {v}", "клиент {v} ушёл на Чегет один",
                        "директор банкетного зала — {v}", "Администратор зала: {v}", "звонила {v} насчёт меню",
                        "Инструктор по сноуборду: {v}"]},
        "kin": {"en": [("my granmudda from Andros", "f"), ("my granfadda", "m"), ("my mudda from Long Island", "f"), ("my daddy", "m"), ("my mamita", "f"),
                       ("my taita in ⟦Ambato|LOCATION⟧", "m"), ("my abuelito from Loja", "m"), ("my aunty in ⟦Exuma|LOCATION⟧", "f"),
                       ("my big sista in ⟦Fox Hill|LOCATION⟧", "f"), ("my lil brudda", "m"), ("my ñaña", "f"), ("my ñaño", "m")],
                "ru": [("мой дадэ", "m"), ("моя нанэ", "f"), ("мой адэ", "m"), ("моя анэ из ⟦Чегема|LOCATION⟧", "f"),
                       ("мой къуэш", "m"), ("моя шыпхъу", "f"), ("моя ыннам", "f"), ("мой Opa из ⟦Граца|LOCATION⟧", "m"),
                       ("моя Oma", "f"), ("мой аппам", "m")]},
        "kin_carriers": {"en": ["{v} will pay the light bill", "{v} is running the half",
                                "{v} comes in from ⟦Abaco|LOCATION⟧", "{v} will pick up the race kit",
                                "{v} signed the meter transfer", "{v} is handing out water at ⟦Cable Beach|LOCATION⟧"],
                         "ru": ["{v} заплатит за банкет", "{v} прилетит из ⟦Вены|LOCATION⟧", "{v} пойдёт на Эльбрус",
                                "{v} договорится с тамадой", "{v} передаёт привет из ⟦Тырныауза|LOCATION⟧",
                                "{v} оплатит ски-пасс"]},
        "wordnames": {"en": {"f": ["Shanty", "Devotion", "Tenderness", "Jubilee", "Faithful", "Virtue", "Loveliness"],
                             "m": ["Pastor", "Prophet", "Rev", "Sarge", "Deacon", "Commissioner", "Senator"]},
                      "ru": {"f": ["Дахэ", "Гуащэ", "Сатаней", "Нальжан"], "m": ["Тлостан", "Жамбот", "Кургоко"]}},
        "list": {"en": ["Runners still to collect bibs:\n{v}", "Accounts with the power cut\n{v}", "Marshals this Saturday:\n{v}",
                        "| Runner | time |\n|---|---|\n{v}"],
                 "ru": ["В группе на вершину:\n{v}", "Не внесли предоплату\n{v}", "Инструкторы на склоне в выходные:\n{v}",
                        "| Гость | стол |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - kit collected", "* {v} (finished)", "{v} [bill paid]", "| {v} | 52:10 |"]},
        "broken": {"en": ["the outage was logged by the desk clerk {v} at noon",
                          "the results were checked by the race director {v} on Sunday"],
                   "ru": ["бронь зала приняла {v}", "путёвку на восхождение выписал {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the billing portal logged in from {v}", "the timing mat's box is {v}",
                      "allow {v} on the race firewall", "the smart meter reported from {v}",
                      "the camera at the finish dropped {v}", "my IP, bey, is {v}"],
               "ru": ["вход в кабинет гидов с {v}", "роутер в зале {v}", "айпи сайта зала {v}",
                      "чужой вход в кабинет администратора зала с {v}", "заблокируйте {v}, oida", "мой айпишник {v}, кюн ахшы"]},
        "iban": {"en": ["refund the entry fee to {v}", "my account in ⟦Quito|LOCATION⟧ is {v}",
                        "the running club's IBAN is {v}", "the power company pays back from {v}"],
                 "ru": ["за восхождение переводите на {v}", "мой счёт в ⟦Raiffeisen|ORGANIZATION⟧ {v}",
                        "за отменённый банкет верните на IBAN {v}", "аванс за зал {v}"]},
        "mac": {"en": ["the smart meter at the house has MAC {v}", "the timing box MAC {v}", "add {v} to the Wi-Fi, pana",
                       "the finish AP logged {v}"],
                "ru": ["MAC рации гида {v}", "MAC кассы в зале {v}", "добавь {v} в белый список, passt",
                       "роутер в банкетном зале режет {v}"]},
        "card": {"en": ["the card for the entry fee is {v}", "charge {v} for the reconnection", "the runner paid with {v}",
                        "the account holder read the card number as {v}"],
                 "ru": ["карта для оплаты гида {v}", "номер карты администратора зала {v}", "скинь на карту {v}, danke",
                        "карта {v}, потерял в ⟦Нальчике|LOCATION⟧, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Morning, my name is {v}, about the power cut", "Name of the runner: {v}"],
                         "GOV_ID": ["my UK licence from before is {v}", "DL (race van): {v}"],
                         "USERNAME": ["my username on the billing portal is {v}", "race signup login: {v}"]},
                  "ru": {"PERSON": ["Кюн ахшы, это {v}", "ФИО клиента на восхождение: {v}"],
                         "GOV_ID": ["паспорт РФ инструктора {v}", "паспорт клиентки гида {v}"],
                         "USERNAME": ["мой логин на сайте гидов {v}", "логин в программе зала: {v}"]}},
        "later": {"en": ["about the account holder {v} again", "still waiting on {v}, bey", "{v} call back, pana",
                         "chasing {v}, chuta", "(runner {v})"],
                  "ru": ["по клиенту гида {v}", "{v} опять звонила про меню", "напоминаю про предоплату за зал, {v}",
                         "(см. выше про восхождение: {v})", "{v}, ответьте, bitte"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the medals order {v} is late", "the meter parts order {v} came wrong",
                     "the ⟦Super Value|ORGANIZATION⟧ order {v} reached ⟦Freeport|LOCATION⟧"],
              "ru": ["заказ кошек {v} с ⟦Sport-Marafon|ORGANIZATION⟧ пришёл", "заказ скатертей для зала {v}", "отмена по заказу {v}, oida"]},
    "price": {"en": ["the 10K entry is {v}", "the reconnection fee costs {v}", "the light bill came to {v}"],
              "ru": ["восхождение с гидом {v}", "банкет на человека {v}", "квартира в ⟦Вене|LOCATION⟧ {v}"]},
    "timestamp": {"en": ["the power came back {v}", "the race van left the depot {v}", "the timing mats went down {v}"],
                  "ru": ["зал открывается в {v}", "выход группы в {v}", "канатка на Чегет пошла в {v}"]},
    "version": {"en": ["the billing app {v} crashes", "the race timing app {v}", "since the {v} update of the meter"],
                "ru": ["приложение гидов {v}", "версия программы зала {v}", "после обновления {v} касса зала виснет"]},
    "room": {"en": ["the marshals meet in room {v}", "the billing manager is in office {v}", "the kits are in tent {v}"],
             "ru": ["зал {v}, второй этаж", "номер {v} в приюте", "склад {v} со снаряжением"]},
    "flight": {"en": ["my flight to ⟦Nassau|LOCATION⟧ is {v}", "the elite runner lands on {v}", "the race director is on {v}"],
               "ru": ["летим в ⟦Вену|LOCATION⟧ рейсом {v}", "{v} задержали, oida", "встречай с {v} в ⟦Нальчике|LOCATION⟧"]},
    "isbn": {"en": ["the marathon training book is ISBN {v}", "the Bahamian dialect dictionary, ISBN {v}", "ISBN {v}, the Kichwa phrasebook"],
             "ru": ["справочник альпиниста ISBN {v}", "ISBN {v}, разговорник немецкого для Австрии", "ISBN {v}, кабардино-русский словарь"]},
    "doc-ip": {"en": ["the smart meter manual shows {v}", "the timing system guide's example is {v}", "the race network sheet has {v}"],
               "ru": ["в инструкции к рации гида {v}", "в примере настройки кассы зала {v}", "в схеме сети приюта на Эльбрусе {v}"]},
    "spoken-date": {"en": ["the meter change is booked for {v}", "the half marathon is on {v}", "the race meeting is set for {v}"],
                    "ru": ["восхождение перенесли на {v}", "свадьбу в ⟦Нальчике|LOCATION⟧ назначили на {v}", "банкет назначили на {v}"]},
    "kinship-verb": {"en": ["my granmudda {v} come to the office", "my ñaño {v} run the 10K",
                            "my lil brudda {v} pay the light bill"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Thank ya, noted.", "Okay, the account is updated.", "Bey, saved.",
                        "De ley, the lineman knows.", "Listo, the start list is updated.", "Gracias, ñaño, done."],
                 "ru": ["Упсэу, записала.", "Хорошо, поправила в журнале брони.", "Danke, внесла в тетрадь.",
                        "Поняла, передам гиду.", "Спасибо, предоплату внесла.", "Passt, готово."]}
