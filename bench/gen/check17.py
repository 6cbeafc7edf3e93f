"""The bank of ``check17``, the seventeenth pair's held-out set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: Swiss English (Zurich, Geneva, Basel, Bern, Lausanne, Lugano, Winterthur and the
villages; Swiss German and Romand French words) and Iranian English (Tehran and its
neighbourhoods, Isfahan, Shiraz, Mashhad, Tabriz, Karaj; Persian words), chimney sweeps with
the householders whose flues they clean and inspect, and Persian-carpet sellers and restorers
with their customers; in Russian, Russian speakers living in Portugal (Lisbon, Cascais, Porto,
Ericeira, Peniche, Faro, Albufeira; Portuguese words in Russian sentences) and speakers in
Khakassia (Abakan, Chernogorsk, Sayanogorsk, Abaza, Shira and the aals; Khakas words), surf
schools with their students, and stove builders with the households who order stoves and
fireplaces. Its own shapes carry the check a reader runs where the id has one. Written from
memory, not from a specification: the layouts of the Iranian passport, of the sweeps' flue
reports and inspection numbers, of carpet tickets and invoices dated in the Solar Hijri year,
of surf-school passes and stove orders (none with a check written but those below), the
Swiss streets, the four-digit post codes with CH- before them now and then, the Postfach and
case postale, Tehran's addresses from the square down to the alley, the plate and the unit,
the ten-digit Iranian post codes written five and five, the Portuguese floors and sides
("2.º Esq.", "r/c Dto.") and the post codes of four and three digits, and the streets, aals
and post codes of Khakassia. The AHV number's check (756, nine digits, the EAN-13 digit:
weights 1 and 3 in turn, ten less the sum modulo 10, modulo 10), the Swiss UID's (CHE, eight
digits weighted 5 4 3 2 7 6 5 4, eleven less the sum modulo 11, 0 for 11, a number with 10 not
issued), the Iranian national code's (nine digits weighted 10 to 2, the sum modulo 11, the
remainder itself when below 2, else eleven less it) and the Portuguese NIF's (eight digits
weighted 9 to 2, the sum modulo 11, 0 when the remainder is below 2, else eleven less it) are
as published.
"""

from __future__ import annotations

import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Switzerland (Swisscom, Sunrise, Salt) and Iran (MCI,
# Irancell, Rightel)
MOBILES = (("CH", ("076", "077", "078", "079", "075"), 7, (3, 3, 2, 2)),
           ("IR", ("0912", "0935", "0919", "0901", "0937", "0921"), 7, (4, 3, 4)))


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

def _ean_digit(body: str) -> int:
    return (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10


def _ahv(v: Values, lang: str) -> str:
    """A Swiss AHV/AVS number: 756, nine digits, the EAN-13 check digit."""
    body = "756" + v.digits(9, False)
    n = body + str(_ean_digit(body))
    dotted = f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"
    return v.rng.choice((dotted, dotted, n, f"AHV-Nr. {dotted}", f"n° AVS {dotted}"))


def _ahv_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return len(d) == 13 and d.startswith("756") and _ean_digit(d[:12]) == int(d[12])


def _uid_digit(body: str) -> int:
    k = 11 - sum(int(c) * w for c, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4))) % 11
    return 0 if k == 11 else k


def _ch_uid(v: Values, lang: str) -> str:
    """A Swiss company number (UID): CHE, eight digits, the check digit."""
    while True:
        body = v.digits(8)
        k = _uid_digit(body)
        if k != 10:
            n = body + str(k)
            dotted = f"CHE-{n[:3]}.{n[3:6]}.{n[6:]}"
            return v.rng.choice((dotted, f"{dotted} MWST", f"{dotted} TVA", f"CHE{n}"))


def _ch_uid_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return len(d) == 9 and _uid_digit(d[:8]) == int(d[8])


def _phone_ch(v: Values, lang: str) -> str:
    d = _valid("CH", ("076", "077", "078", "079", "075"), 7, v)
    return v.rng.choice((f"{d[:3]} {d[3:6]} {d[6:8]} {d[8:]}", f"+41 {d[1:3]} {d[3:6]} {d[6:8]} {d[8:]}", d,
                         f"0041 {d[1:3]} {d[3:6]} {d[6:]}", f"+41{d[1:]}", f"{d[:3]}/{d[3:6]} {d[6:8]} {d[8:]}"))


def _melli_digit(body: str) -> int:
    r = sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
    return r if r < 2 else 11 - r


def _melli(v: Values, lang: str) -> str:
    """An Iranian national code (kart-e melli): nine digits (the town's three first), the check."""
    while True:
        body = v.digits(9, False)
        if len(set(body)) > 1:
            break
    n = body + str(_melli_digit(body))
    return v.rng.choice((n, f"{n[:3]}-{n[3:9]}-{n[9]}", f"code melli {n}", f"{n[:3]} {n[3:9]} {n[9]}"))


def _melli_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return len(d) == 10 and _melli_digit(d[:9]) == int(d[9])


def _ir_passport(v: Values, lang: str) -> str:
    return v.rng.choice((f"{v.rng.choice('KPZUX')}{v.digits(8, False)}", f"passport no. {v.rng.choice('KPZ')}{v.digits(8, False)}",
                         f"gozarnameh {v.rng.choice('KPZ')}{v.digits(8, False)}"))


def _phone_ir(v: Values, lang: str) -> str:
    d = _valid("IR", ("0912", "0935", "0919", "0901", "0937", "0921"), 7, v)
    return v.rng.choice((f"{d[:4]} {d[4:7]} {d[7:]}", f"+98 {d[1:4]} {d[4:7]} {d[7:]}", d, f"+98{d[1:]}",
                         f"0098 {d[1:4]} {d[4:]}", f"{d[:4]}-{d[4:]}"))


def _sweep(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"Russprotokoll {r.randint(2024, 2027)}-{v.digits(4, False)}", f"Feuerungskontrolle FK-{v.digits(5)}",
                     f"Kaminfeger-Auftrag {v.digits(6)}", f"rapport de ramonage RM/{v.digits(5)}"))


def _carpet(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"carpet no. {r.choice(('T', 'K', 'N', 'Q'))}-{v.digits(4)}", f"restoration ticket R-{v.digits(5)}",
                     f"invoice {r.randint(1402, 1405)}/{v.digits(3, False)}", f"farsh code {v.digits(2)}-{v.digits(4, False)}"))


def _nif_digit(body: str) -> int:
    r = sum(int(c) * (9 - i) for i, c in enumerate(body)) % 11
    return 0 if r < 2 else 11 - r


def _nif(v: Values, lang: str) -> str:
    """A Portuguese NIF: the first digit 1, 2 or 3 for a person (5 for a company), seven
    digits, the check digit."""
    body = v.rng.choice("12235") + v.digits(7, False)
    n = body + str(_nif_digit(body))
    return v.rng.choice((n, f"{n[:3]} {n[3:6]} {n[6:]}", f"NIF {n}", f"PT{n}", f"contribuinte {n}"))


def _nif_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return len(d) == 9 and d[0] in "12356789" and _nif_digit(d[:8]) == int(d[8])


def _phone_pt(v: Values, lang: str) -> str:
    d = _valid("PT", ("91", "92", "93", "96"), 7, v)
    return v.rng.choice((f"{d[:3]} {d[3:6]} {d[6:]}", f"+351 {d[:3]} {d[3:6]} {d[6:]}", d, f"+351{d}",
                         f"00351 {d}", f"{d[:3]}-{d[3:]}"))


def _surf(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"абонемент SURF-{v.digits(4)}", f"бронь урока ER-{v.digits(5)}", f"аренда доски №{r.randint(1, 300)}-{v.digits(3, False)}",
                     f"сертификат {r.choice(('PEN', 'ERI', 'CAS'))}/{v.digits(4)}"))


def _pech(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"заказ на печь П-{v.digits(3)}/{r.randint(24, 27)}", f"смета на кладку {v.digits(4)}-АБ",
                     f"наряд на камин К{v.digits(4)}", f"акт по дымоходу {v.digits(5)}-ХК"))


# -- family 4: escapes ------------------------------------------------------------------------

def cpp_ucn(text: str) -> str:
    """A name as C++ and C write its letters outside ASCII as universal character names,
    eight hex digits each: ``\\U00000418\\U00000432...`` for Ив..."""
    return "".join(c if c.isascii() else f"\\U{ord(c):08X}" for c in text)


def _from_cpp_ucn(text: str) -> str:
    return re.sub(r"\\U([0-9A-Fa-f]{8})", lambda m: chr(int(m[1], 16)), text)


def mysql_convert(text: str) -> str:
    """A name as a MySQL query spells it in hex bytes: ``CONVERT(X'D098D0B2...' USING
    utf8mb4)``."""
    return f"CONVERT(X'{text.encode('utf-8').hex().upper()}' USING utf8mb4)"


def _from_mysql_convert(text: str) -> str:
    return bytes.fromhex(re.search(r"X'([0-9A-Fa-f]*)'", text)[1]).decode("utf-8")


# -- family 5: address layouts ----------------------------------------------------------------

CH_STREETS = (("Langstrasse", "8004", "Zürich"), ("Badenerstrasse", "8003", "Zürich"), ("Rue de Carouge", "1205", "Genève"),
              ("Avenue de Morges", "1004", "Lausanne"), ("Klybeckstrasse", "4057", "Basel"), ("Länggassstrasse", "3012", "Bern"),
              ("Via Cantonale", "6900", "Lugano"), ("Technikumstrasse", "8400", "Winterthur"), ("Dorfstrasse", "8127", "Forch"),
              ("Chemin des Vignes", "1095", "Lutry"))


def _ch_strasse(v: Values) -> list[str]:
    """Switzerland: the street, the house after it (a letter now and then), the four-digit post
    code (CH- before it now and then), the town; c/o for a lodger."""
    r = v.rng
    street, code, town = r.choice(CH_STREETS)
    house = f"{r.randint(1, 160)}{r.choice(('', '', 'a', 'b'))}"
    return [r.choice((f"{street} {house}, {code} {town}", f"{street} {house}, CH-{code} {town}",
                      f"c/o {r.choice(('Familie Keller', 'Brunner', 'Famille Rochat'))}, {street} {house}, {code} {town}",
                      f"{street} {house}, {r.randint(1, 5)}. Stock, {code} {town}"))]


def _ch_postfach(v: Values) -> list[str]:
    r = v.rng
    return [r.choice((f"Postfach {r.randint(100, 9999)}, {r.choice(('8021 Zürich', '4001 Basel', '3001 Bern', '8401 Winterthur'))}",
                      f"Case postale {r.randint(10, 999)}, {r.choice(('1211 Genève 4', '1002 Lausanne', '2001 Neuchâtel'))}",
                      f"Casella postale {r.randint(10, 999)}, 6901 Lugano"))]


def _ch_lines(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(CH_STREETS)
    return [f"{street} {r.randint(1, 160)}", f"{code} {town}", r.choice(("Schweiz", "Suisse", "SWITZERLAND"))]


IR_TEHRAN = (("Vanak Sq.", "Mollasadra St."), ("Tajrish Sq.", "Shariati St."), ("Haft-e Tir Sq.", "Karimkhan Blvd."),
             ("Enghelab Sq.", "Kargar St."), ("Resalat Sq.", "Pasdaran St."), ("Tehranpars", "Farjam St."),
             ("Sadeghieh", "Ayatollah Kashani Blvd."), ("Shahrak-e Gharb", "Iran Zamin St."))


def _ir_tehran(v: Values) -> list[str]:
    """Tehran: from the square or the neighbourhood down to the street, the alley (kucheh),
    the plate (pelak) and the unit (vahed)."""
    r = v.rng
    square, street = r.choice(IR_TEHRAN)
    alley = r.choice(("Golestan Alley", "Kucheh Bahar", "12th Alley", "Shahid Rezaei Alley", "Nastaran Dead End"))
    return [r.choice((f"Tehran, {square}, {street}, {alley}, No. {r.randint(1, 90)}, Unit {r.randint(1, 24)}",
                      f"{street}, {alley}, pelak {r.randint(1, 90)}, vahed {r.randint(1, 24)}, Tehran",
                      f"Tehran, {square}, {street}, {alley}, No. {r.randint(1, 90)}, postal code {v.digits(5)}{v.digits(5)}"))]


IR_CITIES = (("Isfahan", "Chahar Bagh-e Abbasi St.", "81"), ("Shiraz", "Zand Blvd.", "71"), ("Mashhad", "Ahmadabad St.", "91"),
             ("Tabriz", "Valiasr St.", "51"), ("Karaj", "Gohardasht, Moazen Blvd.", "31"), ("Kashan", "Fin St.", "87"))


def _ir_city(v: Values) -> list[str]:
    r = v.rng
    city, street, code = r.choice(IR_CITIES)
    return [r.choice((f"{city}, {street}, Kucheh {r.randint(1, 40)}, pelak {r.randint(1, 90)}",
                      f"{street}, opposite the {r.choice(('mosque', 'bakery', 'Refah store', 'park'))}, No. {r.randint(1, 90)}, {city}",
                      f"{city} {code}{v.digits(3, False)}-{v.digits(5, False)}, {street}, No. {r.randint(1, 90)}"))]


def _ir_lines(v: Values) -> list[str]:
    r = v.rng
    square, street = r.choice(IR_TEHRAN)
    return [f"No. {r.randint(1, 90)}, {r.randint(1, 9)}th Floor, Unit {r.randint(1, 24)}",
            f"{r.choice(('Golestan Alley', 'Kucheh Yas', 'Sarv Alley'))}, {street}", f"Tehran {v.digits(5)}-{v.digits(5, False)}"]


PT_STREETS = (("Rua Augusta", "1100-053", "Lisboa"), ("Rua da Prata", "1100-420", "Lisboa"), ("Av. de Roma", "1000-265", "Lisboa"),
              ("Rua de Santa Catarina", "4000-447", "Porto"), ("Av. da Boavista", "4100-115", "Porto"),
              ("Rua Frederico Arouca", "2750-355", "Cascais"), ("Rua Dr. Eduardo Burnay", "2655-370", "Ericeira"),
              ("Rua Alexandre Herculano", "2520-273", "Peniche"), ("Rua de Santo António", "8000-283", "Faro"))
PT_RU = {"Lisboa": "Лиссабон", "Porto": "Порту", "Cascais": "Кашкайш", "Ericeira": "Эрисейра", "Peniche": "Пенише",
         "Faro": "Фару"}


def _pt_rua(v: Values) -> list[str]:
    """Portugal: the street, the number, the floor and the side ("2.º Esq.", "r/c Dto."), the
    post code of four and three digits, the town."""
    r = v.rng
    street, code, town = r.choice(PT_STREETS)
    side = r.choice(("Esq.", "Dto.", "Frente", "Esq.º", "Dt.º"))
    return [r.choice((f"{street}, {r.randint(1, 300)}, {r.randint(1, 8)}.º {side}, {code} {town}",
                      f"{street} {r.randint(1, 300)}, r/c {side}, {code} {town}",
                      f"{street}, n.º {r.randint(1, 300)}, {r.randint(1, 8)}.º {r.choice('ABCD')}, {code} {town.upper()}"))]


def _pt_ru(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(PT_STREETS)
    ru = PT_RU[town]
    return [r.choice((f"Португалия, {ru}, {street} {r.randint(1, 300)}, {r.randint(1, 8)} этаж лево, индекс {code}",
                      f"{ru}, {street}, дом {r.randint(1, 300)}, квартира {r.randint(1, 8)}º Dto",
                      f"{street} {r.randint(1, 300)}, {code} {town} (как в atestado de residência)"))]


def _pt_lines(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(PT_STREETS)
    return [f"{street}, {r.randint(1, 300)}, {r.randint(1, 8)}.º {r.choice(('Esq.', 'Dto.'))}",
            f"{code} {town.upper()} {r.choice(('Portugal', 'PORTUGAL'))}"]


KH_STREETS = ("ул. Щетинкина", "пр. Дружбы Народов", "ул. Вяткина", "ул. Чертыгашева", "ул. Пушкина", "ул. Кирова",
              "ул. Некрасова", "пр. Ленина", "ул. Торосова", "ул. Итыгина")
KH_CODES = ("655000", "655004", "655009", "655012", "655016", "655017")
KH_VILLAGES = (("Аскизский район", "с. Аскиз", "655700"), ("Таштыпский район", "с. Таштып", "655740"),
               ("Ширинский район", "с. Шира", "655200"), ("Бейский район", "с. Бея", "655770"),
               ("Усть-Абаканский район", "аал Райков", "655132"), ("Боградский район", "с. Боград", "655340"),
               ("Орджоникидзевский район", "пос. Копьёво", "655250"))


def _kh_abakan(v: Values) -> list[str]:
    r = v.rng
    st = r.choice(KH_STREETS)
    return [r.choice((f"{r.choice(KH_CODES)}, Республика Хакасия, г. Абакан, {st}, д. {r.randint(1, 140)}, кв. {r.randint(1, 160)}",
                      f"Абакан, {st} {r.randint(1, 140)}-{r.randint(1, 160)}",
                      f"г. Абакан, {r.choice(('Нижняя Согра', 'Красный Абакан', 'Осточка', 'Полярный', 'Койбалы'))}, {st}, д. {r.randint(1, 90)}"))]


def _kh_village(v: Values) -> list[str]:
    """A village or aal of Khakassia: the district, the village, the street, the house."""
    r = v.rng
    district, village, code = r.choice(KH_VILLAGES)
    street = r.choice(("ул. Ленина", "ул. Советская", "ул. Степная", "ул. Зелёная", "ул. Набережная"))
    return [r.choice((f"{code}, Республика Хакасия, {district}, {village}, {street}, д. {r.randint(1, 90)}",
                      f"{village}, {street} {r.randint(1, 90)}, Хакасия",
                      f"Хакасия, {district}, аал {r.choice(('Отты', 'Бельтирское', 'Усть-Сос', 'Анхаков', 'Казановка'))}, дом {r.randint(1, 90)}"))]


def _kh_block(v: Values) -> list[str]:
    r = v.rng
    town, code = r.choice((("г. Черногорск", "655150"), ("г. Саяногорск", "655600"), ("г. Абаза", "655750"),
                           ("г. Сорск", "655111"), ("рп Усть-Абакан", "655100")))
    return [f"{r.choice(('ул. Калинина', 'мкр. Енисейский', 'ул. Советская', 'Ленинградский мкр.', 'ул. Космонавтов'))}, д. {r.randint(1, 90)}, кв. {r.randint(1, 80)}",
            f"{town}, Республика Хакасия, {code}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"ahv": _ahv, "ch_uid": _ch_uid, "phone_ch": _phone_ch, "melli": _melli, "ir_passport": _ir_passport,
            "phone_ir": _phone_ir, "sweep": _sweep, "carpet": _carpet, "nif": _nif, "phone_pt": _phone_pt,
            "surf": _surf, "pech": _pech},
    checks={"ahv": _ahv_ok, "ch_uid": _ch_uid_ok, "melli": _melli_ok, "nif": _nif_ok, "phone_ch": _dials("CH"),
            "phone_ir": _dials("IR"), "phone_pt": _dials("PT")},
    escapes={"cpp-ucn": cpp_ucn, "mysql-convert": mysql_convert},
    unescapes={"cpp-ucn": _from_cpp_ucn, "mysql-convert": _from_mysql_convert},
    lines={"ch_strasse": _ch_strasse, "ch_postfach": _ch_postfach, "ch_lines": _ch_lines, "ir_tehran": _ir_tehran,
           "ir_city": _ir_city, "ir_lines": _ir_lines, "pt_rua": _pt_rua, "pt_ru": _pt_ru, "pt_lines": _pt_lines,
           "kh_abakan": _kh_abakan, "kh_village": _kh_village, "kh_block": _kh_block},
    people={"en": ("de_CH", "fr_CH"), "ru": ("pt_PT",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["grüezi, my Natel is {v}, call me after five",
                         "the Kaminfeger's office in ⟦Winterthur|LOCATION⟧ said call {v}",
                         "my ⟦Swisscom|ORGANIZATION⟧ number is {v}, the Salt one is only for data",
                         "the sweep who does our block, his number is {v}",
                         "agha, my mobile is {v}, call me on WhatsApp please",
                         "the carpet restorer in ⟦Isfahan|LOCATION⟧ is on {v}",
                         "the ramoneur from ⟦Lutry|LOCATION⟧, très gentil, {v}",
                         "for the rug in ⟦Tajrish|LOCATION⟧ call {v}, inshallah today",
                         "my ⟦Irancell|ORGANIZATION⟧ is {v}, Hamrah-e Aval has no antenna here",
                         "call my uncle in ⟦Shiraz|LOCATION⟧ on {v} about the kilim",
                         "khob, write it down, {v}",
                         "the apprentice who came with the sweep, {v}"],
                  "ru": ["мой португальский номер {v}, вотсап есть",
                         "по урокам в ⟦Эрисейре|LOCATION⟧ звоните {v}, скажите, что от Кати",
                         "по печке звоните на {v}, после обеда",
                         "изеннер, мой номер {v}",
                         "звоните на {v}, я в ⟦Шире|LOCATION⟧ до пятницы",
                         "номер администратора серф-школы {v}",
                         "пишите на {v}, на воде не слышу",
                         "номер печника {v}, он завтра в ⟦Черногорске|LOCATION⟧",
                         "мой номер в ⟦Абакане|LOCATION⟧ {v}, звоните вечером",
                         "записывай, pois, {v}, это жены"]},
        "email": {"en": ["the flue report goes to {v}",
                         "send the Russprotokoll to {v}, merci vielmal",
                         "my email for the Verwaltung, {v}",
                         "the Gemeinde wants the sweep dates at {v}",
                         "email the photo of the rug to {v}, merci",
                         "my son in ⟦Karaj|LOCATION⟧ uses {v}",
                         "for the restoration quote write to {v}, khahesh mikonam",
                         "his email is {v}, the same one, gell"],
                  "ru": ["почта серф-школы для записи {v}",
                         "эскиз печи пришлите на {v}",
                         "мой имейл {v}, алғыс заранее",
                         "пишите на {v}, я на споте до воскресенья",
                         "почта печников в ⟦Саяногорске|LOCATION⟧ {v}",
                         "расписание уроков скиньте на {v}",
                         "мой мейл в ⟦Португалии|LOCATION⟧ {v}",
                         "почта инструктора {v}, obrigada"]},
        "dob": {"en": ["my Grosi was born {v}, she can't come down the stairs",
                       "I was born {v} in ⟦Chur|LOCATION⟧",
                       "the tenant was born {v}, put it on the Meldeformular",
                       "he was born {v} in ⟦Tabriz|LOCATION⟧, so he knows carpets",
                       "the owner's date of birth, {v}, for the Hausverwaltung",
                       "born {v} at ⟦Inselspital|ORGANIZATION⟧",
                       "my mamanbozorg was born {v}, in ⟦Kashan|LOCATION⟧",
                       "she says she was born {v}, ghorbanesh beram"],
                "ru": ["я родилась {v} в ⟦Абакане|LOCATION⟧",
                       "ученик серф-школы родился {v}, так в страховке",
                       "дочь родилась {v}, уже в ⟦Кашкайше|LOCATION⟧",
                       "мой аба родился {v}, в аале под ⟦Аскизом|LOCATION⟧",
                       "родилась {v}, пишите в договор на печь",
                       "муж родился {v}, в ⟦Абазе|LOCATION⟧",
                       "моя іҷе родилась {v}, в ⟦Таштыпе|LOCATION⟧",
                       "инструктор по серфу родился {v}"]},
        "fillers": {"en": ["gell", "oder", "sali", "exgüsi", "voilà", "bon ben", "allez",
                           "khob", "yani, khob", "merci", "baba", "inshallah"],
                    "ru": ["ну, pois", "pois, pois", "ну, então", "изеннер", "ну, алғыс", "так, ну, короче",
                           "ладно, tá bem", "ну, olha", "вот, fixe"]},
        "digit_sep": {"en": [" ... [the vacuum running in the flue] ... ", " -- gell -- ", " [the tea glasses clinking] "],
                      "ru": [" ... [шум прибоя] ... ", " -- eh, pois -- ", " [стук мастерка] "]},
        "email_at": {"en": [" at, oder, ", " [the at sign, khob] ", " Klammeraffe, the at, "],
                     "ru": [" arroba, собачка, ", " эт, ну, изеннер, ", " (at, pois) "]},
        "email_dot": {"en": [" Punkt, dot, ", " (dot, yani) ", " point, the dot, bon, "],
                      "ru": [" ponto, точка, ", " точка, ну, olha, ", " (dot, obrigado) "]},
        "spell": {"en": [", letter by letter, gell, ", " -- slowly, khob -- "],
                  "ru": [", по буквам, pois, ", " ... буква за буквой, изеннер ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("AHV no.", "GOV_ID", "ahv"), ("AHV-Nummer:", "GOV_ID", "ahv"), ("AVS number of the tenant", "GOV_ID", "ahv"),
                        ("AHV (for the invoice):", "GOV_ID", "ahv"), ("the owner's social security no. (CH)", "GOV_ID", "ahv"),
                        ("UID of the sweep's firm", "GOV_ID", "ch_uid"), ("UID-Nr.:", "GOV_ID", "ch_uid"), ("company UID (CH)", "GOV_ID", "ch_uid"),
                        ("Natel", "PHONE", "phone_ch"), ("Swisscom mobile:", "PHONE", "phone_ch"),
                        ("the Hauswart's mobile", "PHONE", "phone_ch"),
                        ("code melli", "GOV_ID", "melli"), ("national code:", "GOV_ID", "melli"), ("the buyer's kart-e melli no.", "GOV_ID", "melli"),
                        ("national ID (Iran) of the seller:", "GOV_ID", "melli"),
                        ("Iranian passport", "GOV_ID", "ir_passport"), ("passport (Iran):", "GOV_ID", "ir_passport"),
                        ("Irancell line", "PHONE", "phone_ir"), ("mobile (Iran):", "PHONE", "phone_ir"),
                        ("the restorer's cell", "PHONE", "phone_ir"),
                        ("the landlord's phone for the chimney", "PHONE", "phone_fmt"),
                        ("apprentice's other phone no.", "PHONE", "phone_sep"),
                        ("flue report", "OTHER", "sweep"), ("Russprotokoll no.:", "OTHER", "sweep"), ("inspection number", "OTHER", "sweep"),
                        ("carpet ticket", "OTHER", "carpet"), ("restoration no.:", "OTHER", "carpet"),
                        ("code for the boiler room", "SECRET", "pin4"), ("the shop's shutter code:", "SECRET", "pin4"),
                        ("password for the Verwaltung portal", "SECRET", "password"), ("shop tablet pw:", "SECRET", "password"),
                        ("tenant's DOB", "DATE_OF_BIRTH", "dob_slash"), ("owner born", "DATE_OF_BIRTH", "dob_month"),
                        ("Geburtsdatum (per AHV):", "DATE_OF_BIRTH", "dob_iso"), ("DOB of the buyer", "DATE_OF_BIRTH", "dob_dashes"),
                        ("driving licence of the van driver (the English one)", "GOV_ID", "licence"),
                        ("liability cover (chimney works):", "OTHER", "policy"),
                        ("AHV of the wife", "GOV_ID", "ahv"), ("code melli of the husband:", "GOV_ID", "melli"),
                        ("roof hatch PIN", "SECRET", "pin4"), ("code melli of khanoom", "GOV_ID", "melli"),
                        ("the sweep's number", "PHONE", "phone_ch"), ("passport of the dealer:", "GOV_ID", "ir_passport"),
                        ("the Tabriz runner's ticket", "OTHER", "carpet"),
                        ("report for the wood stove in the Stube", "OTHER", "sweep")],
                 "ru": [("NIF", "GOV_ID", "nif"), ("NIF:", "GOV_ID", "nif"), ("номер NIF жены", "GOV_ID", "nif"),
                        ("налоговый номер (Португалия)", "GOV_ID", "nif"), ("NIF ребёнка:", "GOV_ID", "nif"),
                        ("número de contribuinte", "GOV_ID", "nif"), ("contribuinte:", "GOV_ID", "nif"), ("ниф мужа", "GOV_ID", "nif"),
                        ("NIF серф-школы", "GOV_ID", "nif"), ("NIF (Portugal):", "GOV_ID", "nif"),
                        ("NIF хозяина квартиры", "GOV_ID", "nif"), ("NIF ученика:", "GOV_ID", "nif"),
                        ("португальский мобильный", "PHONE", "phone_pt"), ("тел. (PT):", "PHONE", "phone_pt"),
                        ("мобильник senhorio", "PHONE", "phone_pt"),
                        ("абонемент на серф", "OTHER", "surf"), ("бронь урока:", "OTHER", "surf"),
                        ("заказ на печь", "OTHER", "pech"), ("номер сметы на кладку:", "OTHER", "pech"),
                        ("телефон свекрови", "PHONE", "phone_fmt"), ("тел. подсобника", "PHONE", "phone_sep"),
                        ("паспорт заказчика печи", "GOV_ID", "passport_ru"), ("паспорт ученика:", "GOV_ID", "passport_no"),
                        ("СНИЛС печника", "GOV_ID", "snils"), ("ИНН печной мастерской:", "GOV_ID", "inn_glued"),
                        ("ИНН заказчицы", "GOV_ID", "inn"),
                        ("полис ОМС печника", "OTHER", "digits16"), ("права водителя с кирпичом", "GOV_ID", "vu_ru"),
                        ("загран для поездки в ⟦Лиссабон|LOCATION⟧", "GOV_ID", "zagran"),
                        ("дата рожд. ученика:", "DATE_OF_BIRTH", "dob_dots"), ("печник родился", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. по título de residência", "DATE_OF_BIRTH", "dob_short"), ("родилась (по NIF)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от шкафчика с гидриками", "SECRET", "pin4"), ("пароль от Portal das Finanças:", "SECRET", "password"),
                        ("код от склада кирпича у ⟦ХГУ|ORGANIZATION⟧", "SECRET", "pin4"),
                        ("код от вагончика печников", "SECRET", "pin4"),
                        ("пароль от вайфая в серф-хаусе", "SECRET", "password"),
                        ("NIF сына:", "GOV_ID", "nif"), ("NIF тёщи", "GOV_ID", "nif"),
                        ("мобильный мужа (PT)", "PHONE", "phone_pt"), ("печь-каменка:", "OTHER", "pech"),
                        ("NIF арендатора", "GOV_ID", "nif"), ("сертификат на уроки:", "OTHER", "surf"),
                        ("прокат доски на неделю", "OTHER", "surf"), ("NIF contabilista", "GOV_ID", "nif"),
                        ("камин в ⟦Усть-Абакане|LOCATION⟧:", "OTHER", "pech")]},
        "carriers": {"en": ["Sweep's diary: {v}", "{v} (per the Hauswart)", "shop ledger - {v}", "{v}, gell",
                            "on the rapport: {v}", "{v}, merci", "the caller on the shop line read out {v}",
                            "for the Gemeinde file: {v}", "field 6 on the Meldeformular: {v}"],
                     "ru": ["в тетради печника: {v}", "{v}, muito obrigada", "в договоре с серф-школой {v}", "{v} (со слов хозяйки дома)",
                            "для contabilista: {v}", "{v}, алғыс", "отправила мужу в вотсап {v}, пусть сохранит",
                            "в журнале уроков: {v}", "для бухгалтерии мастерской: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the shop on Instagram, {v}", "tag {v} in the Quartierverein group",
                      "the restorer is {v} on Telegram", "my insta is {v}, merci", "DM {v} for the price of the Nain",
                      "I'm {v} on Signal, khob"],
               "ru": ["наша серф-школа в инсте {v}", "отметь {v} в чате русских в ⟦Кашкайше|LOCATION⟧",
                      "{v} в телеге, он печи кладёт", "русские в ⟦Порту|LOCATION⟧ в телеге {v}",
                      "ник в чате ⟦Абакана|LOCATION⟧ {v}", "пишите {v}, она доски сдаёт"]},
        "url": {"en": ["my page about old flues is {v}", "the sweep's calendar, {v}",
                       "the rug blog {v}", "the auction catalogue page is {v}", "my page, voilà, {v}",
                       "check {v}, azizam"],
                "ru": ["мой канал про жизнь в ⟦Португалии|LOCATION⟧ {v}", "цены на печи на {v}",
                       "страница серф-школы {v}", "мой блог про ⟦Хакасию|LOCATION⟧ {v}",
                       "отзывы о печнике: {v}", "глянь, olha, {v}"]},
        "url_layouts": {"any": ["https://{site}?utm_source=telegram", "{site} (schau mal dort)", "https://{site}/#farsh",
                                "({site}) rug page"]},
        "ssh": {"any": ["ssh -o StrictHostKeyChecking=accept-new -l sweep {v}", "ssh -p 2022 -i ~/.ssh/shop_ecdsa {v}",
                        "scp rapporte-2025.pdf {v}:/srv/kaminfeger/", "rsync -rtv ./pechi/ {v}:/backup/smety/"]},
        "remote": {"any": ["git clone --single-branch -b rugs https://github.com/{v}.git", "git remote add origin git@codeberg.org:{v}.git",
                           "uv pip install git+https://github.com/{v}.git", "npm i github:{v}#release"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:sweep-prod", "FROM docker.io/{v}:bookworm-rugs",
                             "podman pull quay.io/{v}:surf", "docker push ghcr.io/{v}:pech-beta"]},
        "home": {"any": ["/home/{v}/rapporte/", "C:\\Users\\{v}\\Documents\\Farsh\\", "/Users/{v}/Desktop/Aulas/",
                         "/mnt/c/Users/{v}/smety/"]},
        "tool": {"en": ["the sweep app froze on {v}", "my nephew in ⟦Karaj|LOCATION⟧ told me to type {v}", "it stopped at {v}, khob",
                        "paste {v} in the shop chat"],
                 "ru": ["внук из ⟦Фару|LOCATION⟧ мне запускал {v}", "программист из ⟦Саяногорска|LOCATION⟧ сказал ввести {v}",
                        "всё встало на {v}, caramba", "кинул {v} в чат печников"]},
        "mention": {"en": ["{h} merci vielmal!", "{h} merci, azizam!", "{h} can you do the flue in ⟦Zollikon|LOCATION⟧?",
                           "{h}: rug washed, voilà", "thanks {h}, khob", "{h} jeddi?"],
                    "ru": ["{h}, алғыс!", "{h} так, tá bem", "{h}, скинь фото кладки", "{h}: принято, изеннер",
                           "спасибо, {h}, obrigado", "{h} ну ты даёшь, fixe"]},
    },
    4: {
        "url": {"en": ["the booking link for the sweep had ?{k}={v}&plz=8004", "the Verwaltung form prefilled {k}={v}",
                       "the Telegram link carried {k}={v}&ref=tg_ir", "GET /kunden/suche?{k}={v} 200"],
                "ru": ["ссылка на запись в серф-школу ?{k}={v}&lang=pt", "в ссылке на смету печи {k}={v}",
                       "в переходе из телеги печников {k}={v}&src=tg_kh", "в логе сайта школы: GET /alunos/procurar?{k}={v}"]},
        "markup": {"en": ["the flue report HTML has <td class=\"{k}\">{v}</td>",
                          "the rug invoice template reads <h4>{v}</h4>",
                          "the booking form has <input name=\"{k}\" value=\"{v}\" required>"],
                   "ru": ["в HTML договора с серф-школой <td class=\"{k}\">{v}</td>",
                          "в шаблоне сметы на печь <h4>{v}</h4>",
                          "в форме записи <input name=\"{k}\" value=\"{v}\" required>"]},
        "prose": {"en": ["the ⟦PostFinance|ORGANIZATION⟧ transfer shows the sender as {v}", "the flue sticker says {v}",
                         "the rug certificate is in the name of {v}", "the ⟦TWINT|ORGANIZATION⟧ payment reads {v}"],
                  "ru": ["в приложении ⟦Millennium bcp|ORGANIZATION⟧ получатель {v}", "на гидрике подписано {v}",
                         "в списке учеников на утро {v}", "в договоре на печь заказчик {v}"]},
        "escapes": {"cpp-ucn": {"en": ["the sweep firm's C++ report tool wrote the owner as {v}",
                                       "the source of the shop's label printer had the name {v}",
                                       "in the flue app's generated header: customer {v}"],
                                "ru": ["в исходнике бота школы имя записано как {v}",
                                       "в C++-коде кассы: client {v}",
                                       "генератор смет вывел ФИО так: {v}"]},
                    "mysql-convert": {"en": ["the shop's MySQL log had name = {v}",
                                             "the Verwaltung database script set tenant to {v}",
                                             "in the rug inventory's SQL dump: WHERE buyer = {v}"],
                                      "ru": ["в логе MySQL серф-школы было aluno = {v}",
                                             "в скрипте базы печников заказчик задан как {v}",
                                             "в дампе базы школы: WHERE nome = {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the owner's address is {v}", "the sweep should go to {v}",
                        "the buyer's address is {v}", "she's staying with her khaleh at {v}",
                        "send the rug to {v}", "address as per the Mietvertrag: {v}"],
                 "ru": ["адрес: {v}, campainha не работает, звоните", "мы живём {v}, за Pingo Doce",
                        "печь кладём по адресу {v}", "сбор на урок {v}",
                        "я теперь снимаю T1 {v}", "заказчица печи прописана {v}"]},
        "block": {"en": ["Address of the building (for the flue):\n{v}", "Buyer's address (for the rug):\n{v}",
                         "Where to pick up the kilim:\n{v}", "Owner's address -\n{v}"],
                  "ru": ["Адрес серф-школы:\n{v}", "Куда везти кирпич (звонить заранее):\n{v}",
                         "Адрес дома под печь\n{v}", "Адрес ученика -\n{v}"]},
        "layouts": {"en": ["ch_strasse", "ch_postfach", "ch_lines", "ir_tehran", "ir_city", "ir_lines"],
                    "ru": ["pt_rua", "pt_ru", "pt_lines", "kh_abakan", "kh_village", "kh_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Owner of the chalet: {v}", "Chimney sweep (master): {v}", "Hauswart: {v}",
                        "the restorer {v} rewove the fringe", "the customer said her name is {v}",
                        "Shop manager: {v}", "the Heriz was bought by {v}", "President of the Quartierverein: {v}"],
                 "ru": ["Ученик серф-школы: {v}", "Печник: {v}", "заказчик {v} уехал до растопки",
                        "хозяйка серф-хауса — {v}", "Инструктор по серфу: {v}", "звонила {v} насчёт камина",
                        "Contabilista: {v}"]},
        "kin": {"en": [("my Grosi", "f"), ("my Grossvater", "m"), ("my Mami in ⟦Aarau|LOCATION⟧", "f"), ("my Papi", "m"), ("my Gotti", "f"),
                       ("my Götti in ⟦Thun|LOCATION⟧", "m"), ("my baba from Mashhad", "m"), ("my khaleh in ⟦Shiraz|LOCATION⟧", "f"),
                       ("my amme in ⟦Karaj|LOCATION⟧", "f"), ("my dayi", "m"), ("my maman", "f"), ("my amoo", "m")],
                "ru": [("мой аба", "m"), ("моя іҷе", "f"), ("мой ағам", "m"), ("моя пиҷе из ⟦Аскиза|LOCATION⟧", "f"),
                       ("мой иним", "m"), ("моя сіңнім", "f"), ("моя sogra", "f"), ("мой sogro из ⟦Порту|LOCATION⟧", "m"),
                       ("моя avó", "f"), ("мой cunhado", "m")]},
        "kin_carriers": {"en": ["{v} will pay for the sweep", "{v} is selling the Kashan",
                                "{v} comes over from ⟦Basel|LOCATION⟧", "{v} will collect the runner",
                                "{v} signed the Mietvertrag", "{v} is bringing the kilim to ⟦Lausanne|LOCATION⟧"],
                         "ru": ["{v} заплатит за печь", "{v} прилетит из ⟦Лиссабона|LOCATION⟧", "{v} пойдёт на урок",
                                "{v} договорится с печником", "{v} передаёт привет из ⟦Бограда|LOCATION⟧",
                                "{v} оплатит абонемент"]},
        "wordnames": {"en": {"f": ["Shirin", "Mahtab", "Setareh", "Baran", "Bahar", "Vreni", "Heidi"],
                             "m": ["Omid", "Navid", "Peyman", "Babak", "Ueli", "Kaspar", "Beat"]},
                      "ru": {"f": ["Граса", "Фатима", "Консейсан", "Луш"], "m": ["Амадеу", "Жезуш", "Сантуш"]}},
        "list": {"en": ["Flues still to sweep this month:\n{v}", "Rugs waiting for pickup\n{v}", "Sweeps on call this weekend:\n{v}",
                        "| Customer | rug |\n|---|---|\n{v}"],
                 "ru": ["В группе на утренний урок:\n{v}", "Не внесли аванс за печь\n{v}", "Инструкторы на споте в выходные:\n{v}",
                        "Ученики, кто взял доски на выходные:\n{v}"]},
        "list_layouts": {"any": ["{v} - flue ok", "* {v} (picked up)", "{v} [invoice sent]", "| {v} | 7'6 |"]},
        "broken": {"en": ["the flue was checked by the master sweep {v} on Monday",
                          "the fringe was rewoven by the restorer {v} last week"],
                   "ru": ["урок записала {v}", "смету на печь подписал {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the Verwaltung portal logged in from {v}", "the flue camera box is {v}",
                      "allow {v} on the carpet shop's firewall", "the smoke sensor reported from {v}",
                      "the shop's till synced from {v}", "my IP, khob, is {v}"],
               "ru": ["вход в кабинет серф-школы с {v}", "роутер в серф-хаусе {v}", "айпи сайта печников {v}",
                      "чужой вход в кабинет Finanças с {v}", "заблокируйте {v}, pois", "мой айпишник {v}, изеннер"]},
        "iban": {"en": ["pay the sweep's bill to {v}", "my account in ⟦Zürich|LOCATION⟧ is {v}",
                        "the Quartierverein's IBAN is {v}", "the shop refunds from {v}"],
                 "ru": ["за уроки переводите на {v}", "мой счёт в ⟦Caixa Geral|ORGANIZATION⟧ {v}",
                        "за отменённый урок верните на IBAN {v}", "аванс за печь {v}"]},
        "mac": {"en": ["the flue camera has MAC {v}", "the shop till MAC {v}", "add {v} to the Wi-Fi, merci",
                       "the smoke sensor logged {v}"],
                "ru": ["MAC экшн-камеры инструктора {v}", "MAC терминала в школе {v}", "добавь {v} в белый список, tá bem",
                       "роутер в серф-хаусе режет {v}"]},
        "card": {"en": ["the card for the sweep is {v}", "charge {v} for the wash", "the buyer paid for the Nain with {v}",
                        "the owner read the card number as {v}"],
                 "ru": ["карта для оплаты уроков {v}", "номер карты печника {v}", "скинь на карту {v}, obrigada",
                        "карта {v}, потеряла в ⟦Пенише|LOCATION⟧, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Grüezi, this is {v}, about the chimney", "Name of the buyer: {v}"],
                         "GOV_ID": ["the licence I had in Manchester is {v}", "DL (sweep van): {v}"],
                         "USERNAME": ["my username on the Verwaltung portal is {v}", "shop login: {v}"]},
                  "ru": {"PERSON": ["Изеннер, это {v}", "ФИО заказчика печи: {v}"],
                         "GOV_ID": ["паспорт РФ ученика {v}", "паспорт печника {v}"],
                         "USERNAME": ["мой логин на сайте серф-школы {v}", "логин в программе смет: {v}"]}},
        "later": {"en": ["about the owner {v} again", "still waiting on {v}, gell", "{v} call back, khob",
                         "chasing {v}, merci", "(the customer, {v})"],
                  "ru": ["по ученику {v}", "{v} опять звонила про камин", "напоминаю про аванс за печь, {v}",
                         "(см. выше про урок: {v})", "{v}, ответьте уже, se faz favor"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the brushes order {v} is late", "the wool order {v} came wrong",
                     "the ⟦Galaxus|ORGANIZATION⟧ order {v} reached ⟦Winterthur|LOCATION⟧"],
              "ru": ["заказ гидриков {v} с ⟦Decathlon|ORGANIZATION⟧ пришёл", "заказ шамотного кирпича {v}", "отмена по заказу {v}, pois"]},
    "price": {"en": ["the sweep costs {v}", "the Tabriz runner is {v}", "the wash came to {v}"],
              "ru": ["урок серфа {v}", "печь-каменка под ключ {v}", "T1 в ⟦Кашкайше|LOCATION⟧ {v}"]},
    "timestamp": {"en": ["the sweep rang the bell {v}", "the rug van left the shop {v}", "the heating went off {v}"],
                  "ru": ["урок начинается в {v}", "печник приехал в {v}", "прилив будет в {v}"]},
    "version": {"en": ["the sweep app {v} crashes", "the shop's till software {v}", "since the {v} update of the flue camera"],
                "ru": ["приложение серф-школы {v}", "версия программы смет {v}", "после обновления {v} приложение прогноза виснет"]},
    "room": {"en": ["the sweeps meet in room {v}", "the rugs are in store {v}", "the boiler is in cellar {v}"],
             "ru": ["раздевалка {v}, второй этаж", "комната {v} в серф-хаусе", "склад {v} с кирпичом"]},
    "flight": {"en": ["my flight to ⟦Tehran|LOCATION⟧ is {v}", "the dealer lands on {v}", "my Grosi is on {v}"],
               "ru": ["летим в ⟦Лиссабон|LOCATION⟧ рейсом {v}", "{v} задержали, pois", "встречай с {v} в ⟦Абакане|LOCATION⟧"]},
    "isbn": {"en": ["the chimney sweep's handbook is ISBN {v}", "the Persian rug atlas, ISBN {v}", "ISBN {v}, the Swiss German phrasebook"],
             "ru": ["справочник печника ISBN {v}", "ISBN {v}, разговорник португальского", "ISBN {v}, хакасско-русский словарь"]},
    "doc-ip": {"en": ["the flue camera manual shows {v}", "the till guide's example is {v}", "the building network sheet has {v}"],
               "ru": ["в инструкции к экшн-камере {v}", "в примере настройки роутера школы {v}", "в схеме сети печной мастерской {v}"]},
    "spoken-date": {"en": ["the next sweep is booked for {v}", "the rug auction is on {v}", "the Quartierverein meeting is set for {v}"],
                    "ru": ["кладку перенесли на {v}", "урок в ⟦Пенише|LOCATION⟧ назначили на {v}", "первую растопку назначили на {v}"]},
    "kinship-verb": {"en": ["my Grosi {v} come to the door", "my dayi {v} sell the Kashan",
                            "my amoo {v} pay for the wash"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Merci, noted.", "Okay, the rapport is updated.", "Gell, saved.",
                        "Khob, the restorer knows.", "Done, the ledger is updated.", "Merci vielmal, done."],
                 "ru": ["Алғыс, записала.", "Хорошо, поправила в журнале уроков.", "Pois, внесла в тетрадь.",
                        "Поняла, передам печнику.", "Спасибо, аванс за печь внесла.", "Tá bem, готово."]}
