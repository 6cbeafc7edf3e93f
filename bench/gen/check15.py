"""The bank of ``check15``, the fifteenth pair's held-out set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: Belizean English (Belize City and its streets, Belmopan, San Ignacio, Orange
Walk, Corozal, Dangriga, San Pedro and the cayes; Kriol words) and Gambian English (Banjul,
Serrekunda and the Kombos, Bakau, Brikama, Farafenni, Basse and the river's villages; Wolof
and Mandinka words), water taxis and river ferries with their passengers, and poultry farms
with their feed suppliers and the buyers of their eggs and broilers; in Russian, Russian
speakers living in Slovenia (Ljubljana, Maribor, Koper, Piran, Bled, Celje; Slovenian words in
Russian sentences) and speakers in Mordovia (Saransk, Ruzayevka, Kovylkino, Krasnoslobodsk,
Temnikov and the villages; Erzya words), home internet installers with their subscribers, and
berry and mushroom buyers with the pickers who bring them. Its own shapes carry the check a
reader runs where the id has one. Written from memory, not from a specification: the layouts
of the Belizean social security number (nine digits) and taxpayer number, of the Gambian
national identity card and taxpayer number, of the Slovenian health insurance card number
(nine digits), none with a check written, the miles of Belize's highways and its districts
(no post codes), the compounds, the Kombos and the regions of The Gambia with its post boxes,
the Slovenian four-digit post codes with the SI prefix, and the streets, districts and post
codes of Mordovia. The EMŠO's check (the birth date with the year's last three digits, the
register's two digits, three digits, weights 7 6 5 4 3 2 7 6 5 4 3 2, eleven less the sum
modulo 11, 0 for 11, a number with 10 not issued) and the Slovenian tax number's (weights 8 7 6
5 4 3 2, eleven less the sum modulo 11, 0 for 10, a number with 11 not issued) are as
published.
"""

from __future__ import annotations

import base64
import re
import unicodedata

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Belize (DigiCell, Smart) and The Gambia (Africell,
# QCell, Comium, Gamcel)
MOBILES = (("BZ", ("60", "61", "62", "63", "65", "66", "67"), 5, (3, 4)),
           ("GM", ("2", "3", "5", "6", "7", "9"), 6, (3, 4)))


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

def _bz_ssn(v: Values, lang: str) -> str:
    """A Belizean social security number: nine digits."""
    n = v.digits(9)
    return v.rng.choice((n, f"{n[:3]}-{n[3:6]}-{n[6:]}", f"SS# {n}"))


def _bz_tin(v: Values, lang: str) -> str:
    return v.rng.choice((v.digits(6), f"TIN {v.digits(6)}", f"{v.digits(6)}-{v.rng.randint(1, 9)}"))


def _phone_bz(v: Values, lang: str) -> str:
    d = _valid("BZ", ("60", "61", "62", "63", "65", "66", "67"), 5, v)
    return v.rng.choice((f"{d[:3]}-{d[3:]}", f"+501 {d[:3]}-{d[3:]}", d, f"(501) {d[:3]} {d[3:]}", f"501-{d}"))


def _gm_nid(v: Values, lang: str) -> str:
    """A Gambian national identity card: nine digits."""
    n = v.digits(9)
    return v.rng.choice((n, f"{n[:3]} {n[3:6]} {n[6:]}", f"NIN {n}"))


def _gm_tin(v: Values, lang: str) -> str:
    return v.rng.choice((v.digits(10), f"TIN {v.digits(10)}", f"{v.digits(5)}-{v.digits(5, False)}"))


def _phone_gm(v: Values, lang: str) -> str:
    d = _valid("GM", ("2", "3", "5", "6", "7", "9"), 6, v)
    return v.rng.choice((f"{d[:3]} {d[3:]}", f"+220 {d[:3]} {d[3:]}", d, f"00220 {d}", f"(220) {d[:3]}-{d[3:]}"))


def _ferry(v: Values, lang: str) -> str:
    return v.rng.choice((f"WT-{v.digits(6)}", f"Boarding {v.digits(5)}/SP", f"FRY {v.digits(4)}-{v.rng.choice('ABC')}"))


def _poultry(v: Values, lang: str) -> str:
    return v.rng.choice((f"Flock {v.rng.randint(2024, 2026)}-{v.digits(3, False)}", f"Feed order FD{v.digits(5)}",
                         f"{v.digits(4)}/LAYERS"))


def _emso_digit(body: str) -> int:
    r = 11 - sum(int(c) * w for c, w in zip(body, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return 0 if r == 11 else r


def _emso(v: Values, lang: str) -> str:
    """An EMŠO: the birth date (the year's last three digits), the register (50), three
    digits (a woman's from 500), the check digit."""
    while True:
        y, m, d = v.birth()
        serial = v.rng.randint(0, 499) + v.rng.choice((0, 500))
        body = f"{d:02d}{m:02d}{y % 1000:03d}50{serial:03d}"
        k = _emso_digit(body)
        if k != 10:
            n = body + str(k)
            return v.rng.choice((n, n, f"EMŠO {n}"))


def _emso_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    if len(d) != 13 or not (1 <= int(d[2:4]) <= 12 and 1 <= int(d[:2]) <= 31):
        return False
    k = _emso_digit(d[:12])
    return k != 10 and k == int(d[12])


def _davcna(v: Values, lang: str) -> str:
    """A Slovenian tax number: seven digits (the first not 0), the check digit."""
    while True:
        body = v.digits(7)
        r = 11 - sum(int(c) * w for c, w in zip(body, (8, 7, 6, 5, 4, 3, 2))) % 11
        if r != 11:
            n = body + str(r % 10)
            return v.rng.choice((n, f"SI{n}", f"SI {n}"))


def _davcna_ok(text: str) -> bool:
    d = text.replace("SI", "").replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{7}", d):
        return False
    r = 11 - sum(int(c) * w for c, w in zip(d, (8, 7, 6, 5, 4, 3, 2))) % 11
    return r != 11 and r % 10 == int(d[7])


def _zzzs(v: Values, lang: str) -> str:
    n = v.digits(9, False)
    return v.rng.choice((n, f"{n[:3]} {n[3:6]} {n[6:]}"))


def _phone_si(v: Values, lang: str) -> str:
    d = _valid("SI", ("030", "031", "040", "041", "051", "064", "068", "069", "070", "071"), 6, v)
    return v.rng.choice((f"{d[:3]} {d[3:6]} {d[6:]}", f"+386 {d[1:3]} {d[3:6]} {d[6:]}", d, f"+386{d[1:]}",
                         f"00386 {d[1:3]} {d[3:]}"))


def _internet(v: Values, lang: str) -> str:
    return v.rng.choice((f"ЛС {v.digits(9)}", f"Договор ИН-{v.digits(5)}", f"{v.digits(3)}-{v.digits(4, False)}/ОПТ"))


def _berry(v: Values, lang: str) -> str:
    return v.rng.choice((f"Квитанция Я-{v.digits(4)}", f"ПП-{v.digits(5)}", f"{v.digits(3)}/клюква/{v.rng.randint(1, 9)}"))


# -- family 4: escapes ------------------------------------------------------------------------

def py_n(text: str) -> str:
    """A name as a Python source or a test fixture spells it with the characters' names:
    each character outside ASCII (and the backslash) as ``\\N{...}``,
    ``\\N{CYRILLIC CAPITAL LETTER I}\\N{CYRILLIC SMALL LETTER VE}...`` for Иван."""
    return "".join(c if ord(c) < 128 and c != "\\" else f"\\N{{{unicodedata.name(c)}}}" for c in text)


def _from_py_n(text: str) -> str:
    return re.sub(r"\\N\{([^}]+)\}", lambda m: unicodedata.lookup(m[1]), text)


def ascii85(text: str) -> str:
    """A name as Adobe's Ascii85 writes its UTF-8 bytes (a PostScript or PDF stream, git's
    binary patches' cousin), the ``<~`` and ``~>`` being the carrier's."""
    return base64.a85encode(text.encode("utf-8")).decode("ascii")


def _from_ascii85(text: str) -> str:
    return base64.a85decode(text).decode("utf-8")


# -- family 5: address layouts ----------------------------------------------------------------

BZ_STREETS = (("Baymen Avenue", "Belize City"), ("Freetown Road", "Belize City"), ("Cemetery Road", "Belize City"),
              ("Princess Margaret Drive", "Belize City"), ("Euphrates Avenue", "Belize City"), ("Albert Street", "Belize City"),
              ("Ring Road", "Belmopan"), ("Burns Avenue", "San Ignacio"), ("Queen Victoria Avenue", "Orange Walk Town"),
              ("Commerce Street", "Dangriga"), ("Barrier Reef Drive", "San Pedro"))
BZ_MILES = (("George Price Highway", "Hattieville", "Belize District"), ("Northern Highway", "Ladyville", "Belize District"),
            ("Philip Goldson Highway", "Sand Hill", "Belize District"), ("Hummingbird Highway", "Armenia", "Cayo District"),
            ("George Price Highway", "Spanish Lookout", "Cayo District"), ("Southern Highway", "Independence", "Stann Creek District"),
            ("Philip Goldson Highway", "San Estevan", "Orange Walk District"))


def _bz_street(v: Values) -> list[str]:
    """Belize: the house number with its hash, the street, the town; no post codes."""
    r = v.rng
    street, town = r.choice(BZ_STREETS)
    return [r.choice((f"#{r.randint(1, 160)} {street}, {town}", f"{r.randint(1, 160)} {street}, {town}, Belize",
                      f"Corner {street} and {r.choice(('Mahogany Street', 'Pelican Street', 'Iguana Street'))}, {town}",
                      f"#{r.randint(1, 160)} {street}, upstairs, {town}"))]


def _bz_mile(v: Values) -> list[str]:
    r = v.rng
    highway, village, district = r.choice(BZ_MILES)
    mile = f"{r.randint(2, 70)}{r.choice(('', ' 1/2'))}"
    return [r.choice((f"Mile {mile} {highway}, {village}, {district}", f"Mile {mile}, {highway}, {village} Village",
                      f"{village}, {district}, Belize C.A."))]


def _bz_lines(v: Values) -> list[str]:
    r = v.rng
    street, town = r.choice(BZ_STREETS)
    return [f"#{r.randint(1, 160)} {street}", town, r.choice(("Belize, C.A.", "Belize", "BELIZE, CENTRAL AMERICA"))]


GM_AREAS = (("Bundung", "Kanifing Municipality"), ("Latrikunda Sabiji", "Kanifing Municipality"),
            ("Bakoteh", "Kanifing Municipality"), ("Kololi", "Kanifing Municipality"), ("Bakau New Town", "Kanifing Municipality"),
            ("Brusubi Phase 2", "West Coast Region"), ("Sukuta", "West Coast Region"), ("Nema Kunku", "West Coast Region"))
GM_TOWNS = (("Farafenni", "North Bank Region"), ("Soma", "Lower River Region"), ("Basse Santa Su", "Upper River Region"),
            ("Janjanbureh", "Central River Region"), ("Brikama", "West Coast Region"), ("Barra", "North Bank Region"))


def _gm_compound(v: Values) -> list[str]:
    """The Gambia: the compound, the area of the Kombos, the municipality or the region."""
    r = v.rng
    area, lga = r.choice(GM_AREAS)
    return [r.choice((f"Compound No. {r.randint(1, 300)}, {area}, {lga}", f"{area}, near the {r.choice(('mosque', 'police station', 'garage', 'market'))}, {lga}",
                      f"{r.choice(('Kairaba Avenue', 'Bertil Harding Highway', 'Sayerr Jobe Avenue'))}, {area}, KMC"))]


def _gm_box(v: Values) -> list[str]:
    r = v.rng
    return [r.choice((f"P.O. Box {r.randint(100, 4999)}, Banjul, The Gambia", f"PMB {r.randint(1, 600)}, Serrekunda",
                      f"P.O. Box {r.randint(100, 4999)}, Banjul", f"c/o P.O. Box {r.randint(100, 4999)}, Kanifing"))]


def _gm_lines(v: Values) -> list[str]:
    r = v.rng
    town, region = r.choice(GM_TOWNS)
    return [f"Compound {r.randint(1, 120)}, {r.choice(('Kabakama Kunda', 'Ndangan Kunda', 'Darsilami', 'Jobe Kunda'))}",
            f"{town}, {region}", "The Gambia"]


SI_STREETS = (("Slovenska cesta", "1000", "Ljubljana"), ("Celovška cesta", "1000", "Ljubljana"),
              ("Dunajska cesta", "1000", "Ljubljana"), ("Trubarjeva cesta", "1000", "Ljubljana"),
              ("Partizanska cesta", "2000", "Maribor"), ("Gosposvetska cesta", "2000", "Maribor"),
              ("Ljubljanska cesta", "6000", "Koper"), ("Tartinijev trg", "6330", "Piran"),
              ("Prešernova cesta", "4260", "Bled"), ("Stanetova ulica", "3000", "Celje"))
SI_RU = {"Ljubljana": "Любляна", "Maribor": "Марибор", "Koper": "Копер", "Piran": "Пиран", "Bled": "Блед",
         "Celje": "Целе"}


def _si_ulica(v: Values) -> list[str]:
    """Slovenia: the street and the house (a letter after it now and then), the four-digit
    post code (SI- before it on a letter from abroad), the town."""
    r = v.rng
    street, code, town = r.choice(SI_STREETS)
    house = f"{r.randint(1, 180)}{r.choice(('', '', 'a', 'b'))}"
    return [r.choice((f"{street} {house}, {code} {town}", f"{street} {house}, SI-{code} {town}",
                      f"{street} {house}, stanovanje {r.randint(1, 40)}, {code} {town}"))]


def _si_ru(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(SI_STREETS)
    ru = SI_RU[town]
    return [r.choice((f"Словения, {ru}, {street} {r.randint(1, 180)}, квартира {r.randint(1, 40)}, индекс {code}",
                      f"{ru}, {street} {r.randint(1, 180)}, {r.randint(1, 8)}-й этаж",
                      f"{street} {r.randint(1, 180)}, {code} {town} (по-нашему {ru})"))]


def _si_lines(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(SI_STREETS)
    return [f"{street} {r.randint(1, 180)}", f"SI-{code} {town.upper()}", r.choice(("Slovenija", "SLOVENIA"))]


MORD_STREETS = ("ул. Советская", "ул. Большевистская", "пр. Ленина", "ул. Коваленко", "ул. Полежаева",
                "ул. Ботевградская", "ул. Веселовского", "ул. Пролетарская", "ул. Строительная", "ул. Титова")
MORD_CODES = ("430000", "430003", "430005", "430011", "430013", "430027", "430030", "430034")
MORD_VILLAGES = (("Темниковский район", "г. Темников", "431220"), ("Ардатовский район", "г. Ардатов", "431860"),
                 ("Зубово-Полянский район", "пгт Зубова Поляна", "431110"), ("Теньгушевский район", "с. Теньгушево", "431210"),
                 ("Ичалковский район", "с. Кемля", "431640"), ("Большеберезниковский район", "с. Большие Березники", "431750"),
                 ("Старошайговский район", "с. Старое Шайгово", "431540"))


def _mord_saransk(v: Values) -> list[str]:
    r = v.rng
    street = r.choice(MORD_STREETS)
    return [r.choice((f"{r.choice(MORD_CODES)}, Республика Мордовия, г. Саранск, {street}, д. {r.randint(1, 120)}, кв. {r.randint(1, 150)}",
                      f"Саранск, {street} {r.randint(1, 120)}-{r.randint(1, 150)}",
                      f"г. Саранск, р-н {r.choice(('Юго-Запад', 'Светотехстрой', 'Химмаш', 'Посоп'))}, д. {r.randint(1, 60)}, кв. {r.randint(1, 120)}"))]


def _mord_village(v: Values) -> list[str]:
    """A village of Mordovia: the district, the village, the street."""
    r = v.rng
    district, village, code = r.choice(MORD_VILLAGES)
    street = r.choice(("ул. Ленина", "ул. Садовая", "ул. Молодёжная", "ул. Заречная", "ул. Полевая"))
    return [r.choice((f"{code}, Республика Мордовия, {district}, {village}, {street}, д. {r.randint(1, 90)}",
                      f"{village}, {street} {r.randint(1, 90)}, Мордовия",
                      f"Мордовия, {district}, с. {r.choice(('Сабаево', 'Пермиси', 'Подлесная Тавла', 'Акшенас'))}, дом {r.randint(1, 70)}"))]


def _mord_block(v: Values) -> list[str]:
    r = v.rng
    town, code = r.choice((("г. Рузаевка", "431440"), ("г. Ковылкино", "431350"), ("г. Краснослободск", "431260"),
                           ("пгт Чамзинка", "431700"), ("г. Саранск", "430000")))
    return [f"ул. {r.choice(('Ленина', 'Маяковского', 'Гагарина', 'Пионерская', 'Кирова'))}, д. {r.randint(1, 90)}, кв. {r.randint(1, 80)}",
            f"{town}, Республика Мордовия", code]


OWN = Own(
    mobiles=MOBILES,
    shapes={"bz_ssn": _bz_ssn, "bz_tin": _bz_tin, "phone_bz": _phone_bz, "gm_nid": _gm_nid, "gm_tin": _gm_tin,
            "phone_gm": _phone_gm, "ferry": _ferry, "poultry": _poultry, "emso": _emso, "davcna": _davcna,
            "zzzs": _zzzs, "phone_si": _phone_si, "internet": _internet, "berry": _berry},
    checks={"emso": _emso_ok, "davcna": _davcna_ok, "phone_bz": _dials("BZ"), "phone_gm": _dials("GM"),
            "phone_si": _dials("SI")},
    escapes={"py-N": py_n, "ascii85": ascii85},
    unescapes={"py-N": _from_py_n, "ascii85": _from_ascii85},
    lines={"bz_street": _bz_street, "bz_mile": _bz_mile, "bz_lines": _bz_lines, "gm_compound": _gm_compound,
           "gm_box": _gm_box, "gm_lines": _gm_lines, "si_ulica": _si_ulica, "si_ru": _si_ru, "si_lines": _si_lines,
           "mord_saransk": _mord_saransk, "mord_village": _mord_village, "mord_block": _mord_block},
    people={"en": (), "ru": ("sl_SI",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["aarait, fi di egg money, mi number da {v}",
                         "di water taxi captain seh call him pan {v}, afta six",
                         "my ⟦Smart|ORGANIZATION⟧ number is {v}, the DigiCell one dead",
                         "the feed man in ⟦Spanish Lookout|LOCATION⟧, his number is {v}",
                         "for the broilers, call my yaay on {v}, jerejef",
                         "my cousin in ⟦Farafenni|LOCATION⟧ is on {v}",
                         "the ferry ticket office, {v}, they close by five",
                         "for the crossing to ⟦Barra|LOCATION⟧ ring {v}, inshallah",
                         "my ⟦Africell|ORGANIZATION⟧ number is {v}, QCell is not catching",
                         "call the farm at ⟦Brikama|LOCATION⟧ on {v} about the layers",
                         "waaw, my number is {v}, anytime",
                         "di bwai weh carry di feed, {v}"],
                  "ru": ["мой словенский номер {v}, вотсап есть",
                         "монтажник интернета, номер {v}, скажи, что от Лены из ⟦Копера|LOCATION⟧",
                         "по подключению звоните на {v}, после обеда",
                         "шумбрат, мой номер {v}",
                         "звоните на {v}, я в ⟦Темникове|LOCATION⟧ до пятницы",
                         "номер приёмщика, что клюкву берёт, {v}",
                         "пишите на {v}, отвечу, как выйду из леса",
                         "номер провайдера {v}, они завтра в ⟦Ковылкине|LOCATION⟧",
                         "мой номер в ⟦Саранске|LOCATION⟧ {v}, звоните вечером",
                         "записывай, но, {v}, это тётин"]},
        "email": {"en": ["di egg invoice go to {v}",
                         "send the ferry manifest to {v}, abaraka",
                         "my email for the feed receipt, {v}",
                         "the poultry association wants the list at {v}",
                         "email the vet report on the layers to {v}",
                         "my daughter in ⟦Corozal|LOCATION⟧ does use {v}",
                         "for the refund write to {v}, jerejef",
                         "him email da {v}, dat same one"],
                  "ru": ["почта провайдера для заявки {v}",
                         "договор на подключение пришлите на {v}",
                         "мой имейл {v}, сюкпря заранее",
                         "пишите на {v}, я за грибами до воскресенья",
                         "почта приёмного пункта ягод {v}",
                         "акты приёмки скиньте на {v}",
                         "мой мейл в ⟦Словении|LOCATION⟧ {v}",
                         "почта монтажника {v}, хвала"]},
        "dob": {"en": ["my granny born {v}, she cyaan come to the jetty",
                       "I was born {v} in ⟦Dangriga|LOCATION⟧",
                       "the farmer was born {v}, put it on the feed account",
                       "he was born {v} in ⟦Basse|LOCATION⟧, so he knows the river",
                       "the captain's birth date, {v}, for the licence",
                       "born {v} at ⟦Karl Heusner Memorial Hospital|ORGANIZATION⟧",
                       "my mama was born {v}, up in ⟦Janjanbureh|LOCATION⟧",
                       "she seh she born {v}, fi true"],
                "ru": ["я родилась {v} в ⟦Саранске|LOCATION⟧",
                       "абонент родился {v}, так в договоре",
                       "сын родился {v}, уже в ⟦Любляне|LOCATION⟧",
                       "тетям родился {v}, в деревне под ⟦Ардатовом|LOCATION⟧",
                       "родилась {v}, пишите в договор на интернет",
                       "муж родился {v}, в ⟦Рузаевке|LOCATION⟧",
                       "бабам родилась {v}, в ⟦Теньгушеве|LOCATION⟧",
                       "сборщица клюквы родилась {v}"]},
        "fillers": {"en": ["aarait", "yu noh", "fi real", "chuh", "weh di go aan", "eh-heh",
                           "waaw", "jerejef", "ndank ndank", "baal ma", "abaraka", "inshallah, look"],
                    "ru": ["ну, но", "ja, ja", "ну, просим", "шумбрат", "вадря, вадря", "ну, сюкпря",
                           "ну, значит, это", "ладно, super", "ну, глей"]},
        "digit_sep": {"en": [" ... [the outboard engine roaring] ... ", " -- eh-heh -- ", " [the chickens squawking] "],
                      "ru": [" ... [перфоратор сверлит] ... ", " -- но -- ", " [весы пищат] "]},
        "email_at": {"en": [" at, aarait, ", " [at sign, waaw] ", " di at, yu noh, "],
                     "ru": [" афна, собака, ", " эт, ну, но, ", " (at, вадря) "]},
        "email_dot": {"en": [" dot, chuh, ", " (dot, jerejef) ", " point, the dot, "],
                      "ru": [" пика, точка, ", " точка, ну, это, ", " (dot, хвала) "]},
        "spell": {"en": [", one one letter, aarait, ", " -- letter by letter, inshallah -- "],
                  "ru": [", по буквам, но, ", " ... по одной букве, шумбрат ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("SSN no.", "GOV_ID", "bz_ssn"), ("social security no.:", "GOV_ID", "bz_ssn"),
                        ("SSB card of the captain", "GOV_ID", "bz_ssn"), ("social security # (Belize):", "GOV_ID", "bz_ssn"),
                        ("TIN (BTS)", "GOV_ID", "bz_tin"), ("Belize TIN:", "GOV_ID", "bz_tin"),
                        ("DigiCell line", "PHONE", "phone_bz"), ("Smart number:", "PHONE", "phone_bz"),
                        ("captain's cell", "PHONE", "phone_bz"),
                        ("national ID card", "GOV_ID", "gm_nid"), ("NIN (Gambia):", "GOV_ID", "gm_nid"),
                        ("the farmer's ID card no.", "GOV_ID", "gm_nid"),
                        ("GRA TIN", "GOV_ID", "gm_tin"), ("TIN no. (GRA):", "GOV_ID", "gm_tin"),
                        ("Africell line", "PHONE", "phone_gm"), ("QCell number:", "PHONE", "phone_gm"),
                        ("feed supplier's cell", "PHONE", "phone_gm"),
                        ("the wife's phone for the egg money", "PHONE", "phone_fmt"),
                        ("deckhand's other phone no.", "PHONE", "phone_sep"),
                        ("water taxi ticket", "OTHER", "ferry"), ("boarding pass no.:", "OTHER", "ferry"),
                        ("flock number", "OTHER", "poultry"), ("feed order no.:", "OTHER", "poultry"),
                        ("code for the feed store", "SECRET", "pin4"), ("the hatchery lock:", "SECRET", "pin4"),
                        ("password for the ticket laptop", "SECRET", "password"), ("farm office PC pw:", "SECRET", "password"),
                        ("poultry farmer's DOB", "DATE_OF_BIRTH", "dob_slash"), ("captain born", "DATE_OF_BIRTH", "dob_month"),
                        ("date of birth (SSB card):", "DATE_OF_BIRTH", "dob_iso"), ("DOB of the deckhand", "DATE_OF_BIRTH", "dob_dashes"),
                        ("driving licence of the feed truck driver (UK one)", "GOV_ID", "licence"),
                        ("marine cover (boat):", "OTHER", "policy"),
                        ("SSN of the husband", "GOV_ID", "bz_ssn"), ("TIN of the poultry farm:", "GOV_ID", "gm_tin"),
                        ("cold room PIN", "SECRET", "pin4"), ("NIN card of the wife", "GOV_ID", "gm_nid"),
                        ("Africell Money number", "PHONE", "phone_gm"), ("TIN of the water taxi co.:", "GOV_ID", "bz_tin"),
                        ("the passenger's ticket for the caye", "OTHER", "ferry")],
                 "ru": [("ЭМШО", "GOV_ID", "emso"), ("EMŠO:", "GOV_ID", "emso"),
                        ("ЭМШО жены", "GOV_ID", "emso"), ("словенский личный номер", "GOV_ID", "emso"),
                        ("ЭМШО ребёнка:", "GOV_ID", "emso"), ("матичный номер (EMŠO)", "GOV_ID", "emso"),
                        ("ЕМШО:", "GOV_ID", "emso"),
                        ("давчна штевилка", "GOV_ID", "davcna"), ("davčna številka:", "GOV_ID", "davcna"),
                        ("налоговый номер (Словения)", "GOV_ID", "davcna"), ("davčna мужа:", "GOV_ID", "davcna"),
                        ("карточка ZZZS", "OTHER", "zzzs"), ("номер страховки ZZZS:", "OTHER", "zzzs"),
                        ("словенский мобильный", "PHONE", "phone_si"), ("тел. (SI):", "PHONE", "phone_si"),
                        ("мобильник монтажника интернета", "PHONE", "phone_si"),
                        ("лицевой счёт интернета", "OTHER", "internet"), ("номер договора на подключение:", "OTHER", "internet"),
                        ("квитанция за ягоды", "OTHER", "berry"), ("номер приёмной квитанции:", "OTHER", "berry"),
                        ("телефон мужа абонентки", "PHONE", "phone_fmt"), ("тел. сборщицы", "PHONE", "phone_sep"),
                        ("паспорт абонента", "GOV_ID", "passport_ru"), ("паспорт сборщика:", "GOV_ID", "passport_no"),
                        ("СНИЛС сборщицы", "GOV_ID", "snils"), ("ИНН приёмного пункта:", "GOV_ID", "inn_glued"),
                        ("ИНН абонента", "GOV_ID", "inn"),
                        ("полис ОМС монтажника", "OTHER", "digits16"), ("права водителя закупщика", "GOV_ID", "vu_ru"),
                        ("загран для поездки в ⟦Любляну|LOCATION⟧", "GOV_ID", "zagran"),
                        ("дата рожд. абонента:", "DATE_OF_BIRTH", "dob_dots"), ("сборщик родился", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. по договору", "DATE_OF_BIRTH", "dob_short"), ("родилась (по ЭМШО)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от щитка в подъезде", "SECRET", "pin4"), ("пароль от личного кабинета:", "SECRET", "password"),
                        ("код от склада у ⟦Мордовского университета|ORGANIZATION⟧", "SECRET", "pin4"),
                        ("код от холодильной камеры", "SECRET", "pin4"),
                        ("пароль от нового роутера", "SECRET", "password"),
                        ("ЭМШО сына:", "GOV_ID", "emso"), ("ЭМШО мужа", "GOV_ID", "emso"),
                        ("мобильный мужа (SI)", "PHONE", "phone_si"), ("договор на оптику:", "OTHER", "internet"),
                        ("давчна жены", "GOV_ID", "davcna"), ("квитанция за белые грибы:", "OTHER", "berry")]},
        "carriers": {"en": ["Feed account: {v}", "{v} (per the captain)", "ticket book - {v}", "{v}, jerejef",
                            "on the manifest: {v}", "{v} aarait", "the farmer call out {v}",
                            "for the hatchery file: {v}", "line 4 on the feed invoice: {v}"],
                     "ru": ["в блокноте монтажника: {v}", "{v}, хвала лепа", "в договоре с провайдером {v}", "{v} (со слов сборщицы)",
                            "для управне эноты: {v}", "{v}, сюкпря", "кинула мужу в вайбер {v}",
                            "в журнале приёмки ягод: {v}", "для бухгалтерии пункта: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the water taxi on Facebook, {v}", "tag {v} in the poultry farmers group",
                      "the captain is {v} on TikTok", "my IG da {v}, aarait", "DM {v} for the egg price",
                      "I'm {v} on WhatsApp, jerejef"],
               "ru": ["наш провайдер в инсте {v}", "отметь {v} в чате русских в ⟦Любляне|LOCATION⟧",
                      "{v} в телеге, он ягоды берёт", "русские в ⟦Мариборе|LOCATION⟧ в телеге {v}",
                      "ник в чате ⟦Саранска|LOCATION⟧ {v}", "пишите {v}, он оптику тянет"]},
        "url": {"en": ["my page about the layers is {v}", "the ferry schedule page I follow, {v}",
                       "the farm blog {v}", "the feed price page is {v}", "my page, yu noh, {v}",
                       "check {v}, waaw"],
                "ru": ["мой канал про жизнь в ⟦Словении|LOCATION⟧ {v}", "тарифы на интернет на {v}",
                       "страница приёмного пункта {v}", "мой блог про ⟦Мордовию|LOCATION⟧ {v}",
                       "отзывы о провайдере: {v}", "глянь, но, {v}"]},
        "url_layouts": {"any": ["https://{site}?fbclid=IwAR2xQ", "{site} (look deh, aarait)", "https://{site}/#schedule",
                                "({site}) farm page"]},
        "ssh": {"any": ["ssh -o StrictHostKeyChecking=no -l ticket {v}", "ssh -p 2200 -i ~/.ssh/farm_rsa {v}",
                        "scp manifest-2026.csv {v}:/srv/taxi/", "rsync -avz ./yagody/ {v}:/backup/priyom/"]},
        "remote": {"any": ["git clone --single-branch https://github.com/{v}.git", "git remote add upstream git@codeberg.org:{v}.git",
                           "pip install -U git+https://github.com/{v}.git#egg=pkg", "npm i github:{v}#main"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:taxi-prod", "FROM docker.io/{v}:bookworm-farm",
                             "podman pull quay.io/{v}:isp", "docker push ghcr.io/{v}:berry-rc"]},
        "home": {"any": ["/home/{v}/manifests/", "C:\\Users\\{v}\\Documents\\Hatchery\\", "/Users/{v}/Desktop/naročniki/",
                         "/mnt/c/Users/{v}/yagody/"]},
        "tool": {"en": ["the ticket computer froze on {v}", "mi nephew tell mi fi type {v}", "it stuck at {v}, chuh",
                        "paste {v} in the captains' chat"],
                 "ru": ["внук из ⟦Целе|LOCATION⟧ мне запускал {v}", "программист из ⟦Копера|LOCATION⟧ сказал ввести {v}",
                        "всё встало на {v}, глей", "кинул {v} в чат провайдера"]},
        "mention": {"en": ["{h} jerejef bu bare!", "{h} tenks, aarait!", "{h} can you do the crossing to ⟦Caye Caulker|LOCATION⟧?",
                           "{h}: eggs graded, waaw", "thanks {h}, abaraka", "{h} fi real?"],
                    "ru": ["{h}, сюкпря!", "{h} так, ja", "{h}, скинь фото роутера", "{h}: принято, вадря",
                           "спасибо, {h}, хвала", "{h} ну ты даёшь, но"]},
    },
    4: {
        "url": {"en": ["the ferry booking link had ?{k}={v}&route=spb", "the feed order form prefilled {k}={v}",
                       "the WhatsApp link carried {k}={v}&ref=wa_bz", "GET /passengers/search?{k}={v} 200"],
                "ru": ["ссылка на заявку на подключение ?{k}={v}&lang=sl", "в ссылке на запись на монтаж {k}={v}",
                       "в переходе из телеги пункта {k}={v}&src=tg_mord", "в логе сайта провайдера: GET /narocniki/isci?{k}={v}"]},
        "markup": {"en": ["the egg invoice HTML has <li class=\"{k}\">{v}</li>",
                          "the manifest template reads <h5>{v}</h5>",
                          "the passenger form has <input id=\"{k}\" value=\"{v}\" disabled>"],
                   "ru": ["в HTML договора провайдера <li class=\"{k}\">{v}</li>",
                          "в шаблоне акта приёмки <h5>{v}</h5>",
                          "в форме заявки <input id=\"{k}\" value=\"{v}\" disabled>"]},
        "prose": {"en": ["the ⟦Belize Bank|ORGANIZATION⟧ transfer shows the sender as {v}", "the feed sack tag says {v}",
                         "the ferry ticket is in the name of {v}", "the Wave SMS reads {v}"],
                  "ru": ["в приложении ⟦NLB|ORGANIZATION⟧ в истории платежей получатель {v}", "на наклейке роутера подписано {v}",
                         "в ведомости сборщиков {v}", "в акте приёмки сдатчик {v}"]},
        "escapes": {"py-N": {"en": ["the booking script's test has name = \"{v}\"",
                                    "in the farm app's fixtures: owner=\"{v}\"",
                                    "the ticket export script prints u\"{v}\""],
                             "ru": ["в скрипте провайдера client = \"{v}\"",
                                    "в тестах программы приёмки name=\"{v}\"",
                                    "в исходнике бота пункта FIO = \"{v}\""]},
                    "ascii85": {"en": ["the manifest PDF stream has <~{v}~>",
                                       "in the PostScript of the ticket: <~{v}~> /Author",
                                       "the egg invoice's stream decodes from <~{v}~>"],
                                "ru": ["в потоке PDF договора <~{v}~>",
                                       "в PostScript-файле квитанции <~{v}~>",
                                       "в исходнике PDF акта /Author <~{v}~>"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the poultry farmer's home address is {v}", "the feed sacks and the trays go to {v}",
                        "the captain's address is {v}", "she moved in with her auntie at {v}",
                        "send the egg invoice to {v}", "address as per the SSB card: {v}"],
                 "ru": ["адрес: {v}, звонок сломан, стучите в окно", "мы живём {v}, за пекарней",
                        "подключение по адресу {v}", "приёмный пункт находится {v}",
                        "я теперь снимаю становане {v}", "абонент прописан {v}"]},
        "block": {"en": ["Send the egg money to:\n{v}", "Farmer's home address (for the feed account):\n{v}",
                         "Where to bring the day-old chicks:\n{v}", "Captain's address -\n{v}"],
                  "ru": ["Адрес подключения:\n{v}", "Приёмный пункт (с 8 до 20)\n{v}",
                         "Куда везти роутер (звонить заранее):\n{v}", "Адрес абонента -\n{v}"]},
        "layouts": {"en": ["bz_street", "bz_mile", "bz_lines", "gm_compound", "gm_box", "gm_lines"],
                    "ru": ["si_ulica", "si_ru", "si_lines", "mord_saransk", "mord_village", "mord_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Poultry farmer: {v}", "Captain on the 3 o'clock: {v}", "Water taxi (owner): {v}",
                        "the deckhand {v} loaded the bags", "the passenger said her name is {v}",
                        "Ticket office manager: {v}", "the feed was signed for by {v}", "Chair of the poultry association: {v}"],
                 "ru": ["Абонент: {v}", "Монтажник от провайдера: {v}", "сборщик {v} заблудился в лесу",
                        "директор провайдера — {v}", "Приёмщица на смене: {v}", "звонила {v} насчёт роутера",
                        "Сдатчик клюквы: {v}"]},
        "kin": {"en": [("mi granny from Dangriga", "f"), ("mi granpa", "m"), ("mi ma", "f"), ("mi pa", "m"), ("my yaay", "f"),
                       ("my baay in ⟦Soma|LOCATION⟧", "m"), ("my koto from the village", "m"), ("my tantie in ⟦Orange Walk|LOCATION⟧", "f"),
                       ("mi big sista", "f"), ("my baby bredda", "m"), ("the captain's wife", "f")],
                "ru": [("мой тетям", "m"), ("моя бабам", "f"), ("мой покштям", "m"), ("моя патям из ⟦Ардатова|LOCATION⟧", "f"),
                       ("мой цёрам", "m"), ("моя стирем", "f"), ("моя ташча", "f"), ("мой дедек из ⟦Марибора|LOCATION⟧", "m"),
                       ("моя бабица", "f"), ("мой стриц", "m")]},
        "kin_carriers": {"en": ["{v} will bring the trays", "{v} is buying the broilers",
                                "{v} comes down from ⟦Basse|LOCATION⟧", "{v} will take the eggs to the market",
                                "{v} signed the feed invoice", "{v} is crossing to ⟦San Pedro|LOCATION⟧"],
                         "ru": ["{v} заплатит за интернет", "{v} прилетит из ⟦Любляны|LOCATION⟧", "{v} сдаст чернику",
                                "{v} тянет оптику по подъездам", "{v} передаёт привет из ⟦Рузаевки|LOCATION⟧",
                                "{v} подключит тариф"]},
        "wordnames": {"en": {"f": ["Tranquility", "Serenity", "Heavenly", "Unity", "Sunrise", "Beloved", "Precious Pearl"],
                             "m": ["Triumph", "General", "Messiah", "Saviour", "Lord", "Admiral", "Captain"]},
                      "ru": {"f": ["Весела", "Зора", "Нада", "Ясна"], "m": ["Миролюб", "Радослав", "Божидар"]}},
        "list": {"en": ["Passengers for the 10:30 boat:\n{v}", "Farmers who took feed on credit\n{v}", "Captains this week:\n{v}",
                        "| Farmer | trays |\n|---|---|\n{v}"],
                 "ru": ["Подключить до среды:\n{v}", "Не сдали ягоды\n{v}", "Монтажники провайдера на выходные:\n{v}",
                        "| Сборщик | кг |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - trays paid", "* {v} (seat booked)", "{v} [invoice out]", "| {v} | 30 |"]},
        "broken": {"en": ["the feed account was signed by the farm clerk {v} at noon",
                          "the manifest was checked by the captain {v} on Sunday"],
                   "ru": ["заявку на подключение приняла {v}", "квитанцию за грибы выписал {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the ferry booking portal logged in from {v}", "the ticket office router is {v}",
                      "allow {v} on the farm firewall", "the incubator controller reported from {v}",
                      "the CCTV at the jetty dropped {v}", "my IP, aarait, is {v}"],
               "ru": ["вход в личный кабинет с {v}", "роутер абонента {v}", "айпи сайта пункта {v}",
                      "чужой вход в кабинет монтажника с {v}", "заблокируйте {v}, но", "мой айпишник {v}, сюкпря"]},
        "iban": {"en": ["refund the deposit for the incubator to {v}", "my account in ⟦Banjul|LOCATION⟧ is {v}",
                        "the water taxi's IBAN is {v}", "the feed supplier pays back from {v}"],
                 "ru": ["за интернет переводите на {v}", "мой счёт в ⟦NLB|ORGANIZATION⟧ {v}",
                        "за отменённый монтаж верните на IBAN {v}", "аванс сборщикам {v}"]},
        "mac": {"en": ["the incubator's MAC is {v}", "the egg grader's MAC {v}", "add {v} to the Wi-Fi, jerejef",
                       "the jetty AP logged {v}"],
                "ru": ["MAC роутера абонента {v}", "MAC весов на пункте {v}", "добавь {v} в белый список",
                       "оптический терминал режет {v}"]},
        "card": {"en": ["the card for the feed deposit is {v}", "charge {v} for the crossing", "the passenger paid with {v}",
                        "the egg buyer read the card number as {v}"],
                 "ru": ["карта для оплаты интернета {v}", "номер карты приёмщика {v}", "скинь на карту {v}, хвала",
                        "карта {v}, потерял в ⟦Саранске|LOCATION⟧, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Good morning, my name is {v}, from the water taxi", "Name of the poultry farmer: {v}"],
                         "GOV_ID": ["my old UK licence number is {v}", "DL (feed truck): {v}"],
                         "USERNAME": ["my username on the water taxi app is {v}", "farm portal login: {v}"]},
                  "ru": {"PERSON": ["Шумбрат, это {v}", "ФИО абонента: {v}"],
                         "GOV_ID": ["паспорт РФ сборщика {v}", "паспорт абонентки {v}"],
                         "USERNAME": ["мой логин в личном кабинете {v}", "логин в программе приёмки: {v}"]}},
        "later": {"en": ["about the poultry man {v} again", "still waiting on {v}, yu noh", "{v} call back, abaraka",
                         "chasing {v}, chuh", "(passenger {v})"],
                  "ru": ["по абоненту {v}", "{v} опять звонила про роутер", "напоминаю про оплату за ягоды, {v}",
                         "(см. выше про подключение: {v})", "{v}, ответьте, но"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the egg trays order {v} is late", "the outboard parts order {v} came wrong",
                     "the ⟦Brodies|ORGANIZATION⟧ order {v} reach ⟦Belmopan|LOCATION⟧"],
              "ru": ["заказ кабеля {v} с ⟦Wildberries|ORGANIZATION⟧ пришёл", "заказ ящиков для ягод {v}", "отмена по заказу {v}, но"]},
    "price": {"en": ["a tray of eggs is {v}", "the crossing costs {v}", "a sack of layer mash came to {v}"],
              "ru": ["подключение под ключ {v}", "килограмм клюквы {v}", "становане в ⟦Любляне|LOCATION⟧ {v}"]},
    "timestamp": {"en": ["the boat reached the jetty {v}", "the feed truck left the mill {v}", "the generator broke down {v}"],
                  "ru": ["пункт открывается в {v}", "сбор сборщиков в {v}", "машина за ягодой выехала в {v}"]},
    "version": {"en": ["the water taxi app {v} crashes", "the farm records app {v}", "since the {v} update of the incubator"],
                "ru": ["приложение провайдера {v}", "версия программы приёмки {v}", "после обновления {v} роутер не раздаёт"]},
    "room": {"en": ["the poultry farmers meet in room {v}", "the captain is in office {v}", "the chicks are in house {v}"],
             "ru": ["кабинет {v}, первый этаж", "серверная {v}", "холодильник {v} на пункте"]},
    "flight": {"en": ["my flight to ⟦Belize City|LOCATION⟧ is {v}", "the feed buyer lands on {v}", "the vet is on {v}"],
               "ru": ["летим в ⟦Любляну|LOCATION⟧ рейсом {v}", "{v} задержали, глей", "встречай с {v} в ⟦Саранске|LOCATION⟧"]},
    "isbn": {"en": ["the poultry keepers' handbook is ISBN {v}", "the small boat safety guide, ISBN {v}", "ISBN {v}, the Kriol dictionary"],
             "ru": ["справочник грибника ISBN {v}", "ISBN {v}, разговорник словенского", "ISBN {v}, эрзянско-русский словарь"]},
    "doc-ip": {"en": ["the incubator manual shows {v}", "the ferry system guide's example is {v}", "the farm network sheet has {v}"],
               "ru": ["в инструкции к оптическому терминалу {v}", "в примере настройки терминала {v}", "в схеме сети пункта {v}"]},
    "spoken-date": {"en": ["the egg collection is booked for {v}", "the boat trip is on {v}", "the poultry farmers meeting is set for {v}"],
                    "ru": ["монтаж перенесли на {v}", "приёмку клюквы в ⟦Темникове|LOCATION⟧ начнут {v}", "подключение назначили на {v}"]},
    "kinship-verb": {"en": ["mi granny {v} come to the jetty", "my koto {v} bring the feed",
                            "my baby bredda {v} pay for the trays"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Jerejef, noted.", "Okay, the feed account is updated.", "Aarait, saved.",
                        "Waaw, the clerk knows.", "Abaraka, the book is updated.", "Tenks, done."],
                 "ru": ["Сюкпря, записала.", "Хорошо, поправила в журнале заявок.", "Хвала, внесла в журнал.",
                        "Поняла, передам монтажнику.", "Спасибо, приёмку внесла.", "Вадря, готово."]}
