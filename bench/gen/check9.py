"""The bank of ``check9``, the ninth pair's held-out set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: the English of expatriates in the United Arab Emirates (Dubai, Sharjah, Abu Dhabi,
Ajman; Gulf Arabic words) and Egyptian English (Cairo, Giza, Alexandria; Egyptian Arabic
words), car-rental desks with their customers, and removals companies with the households
they move; in Russian, Russian speakers living in Argentina (Buenos Aires, La Plata, Córdoba;
Spanish words in Russian sentences) and speakers in Tatarstan (Kazan, Naberezhnye Chelny and
the villages; Tatar words), travel agencies with their tourists, and children's sports
clubs, coaches with the pupils' parents. Its own shapes carry the check a reader runs where
the id has one. Written from memory, not from a specification: the layouts of the Egyptian
national number (the century digit, the birth date, the governorate, four digits, a check
digit that is not written), of the Egyptian passport, of the UAE driving licence and traffic
file number, of the Argentine DNI, of the Russian birth certificate and of the GTO number
(none with a check written), the UAE banks' codes, the Argentine CPA post codes and the
Egyptian and Tatarstan post codes (the Emirates have none). The Emirates ID's Luhn digit over its fifteen
digits, the CUIL's modulo-11 check (weights 5 4 3 2 7 6 5 4 3 2; 0 for 11, a number with 10
is not issued), the CBU's two check digits (weights 7 1 3 9 over the first block, 3 9 7 1 over
the second, the digit that brings the sum to a multiple of ten) and the IBAN's check are as
published.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import quote, unquote

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values, luhn_digit, luhn_ok

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: the Emirates' mobiles (Etisalat, du) and Egypt's
# (Vodafone, Orange, Etisalat, WE)
MOBILES = (("AE", ("050", "052", "054", "055", "056", "058"), 7, (3, 3, 4)),
           ("EG", ("010", "011", "012", "015"), 8, (3, 4, 4)))
CUIL_W = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
EG_GOVERNORATES = ("01", "02", "21", "12", "13", "88", "03", "16")


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

def _emirates_id(v: Values, lang: str) -> str:
    """An Emirates ID: 784, the birth year, seven digits, the Luhn digit."""
    body = f"784{v.birth()[0]}{v.digits(7, False)}"
    d = body + luhn_digit(body)
    return v.rng.choice((f"{d[:3]}-{d[3:7]}-{d[7:14]}-{d[14]}", d, f"{d[:3]} {d[3:7]} {d[7:14]} {d[14]}"))


def _emirates_id_ok(text: str) -> bool:
    d = re.sub(r"[- ]", "", text)
    return len(d) == 15 and d.startswith("784") and luhn_ok(d)


def _phone_ae(v: Values, lang: str) -> str:
    d = _valid("AE", ("050", "052", "054", "055", "056", "058"), 7, v)
    return v.rng.choice((f"+971 {d[1:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"+971-{d[1:3]}-{d[3:]}",
                         f"00971{d[1:]}", f"{d}"))


def _phone_eg(v: Values, lang: str) -> str:
    d = _valid("EG", ("010", "011", "012", "015"), 8, v)
    return v.rng.choice((f"+20 {d[1:3]} {d[3:7]} {d[7:]}", f"{d[:4]} {d[4:7]} {d[7:]}", f"{d}", f"+20{d[1:]}",
                         f"(+2) {d}"))


def _eg_nid(v: Values, lang: str) -> str:
    """An Egyptian national number: the century (2 for the 1900s, 3 for the 2000s), the birth
    date YYMMDD, the governorate, four digits (the last odd for men), a check digit."""
    y, m, d = v.birth()
    return f"{2 if y < 2000 else 3}{y % 100:02d}{m:02d}{d:02d}{v.rng.choice(EG_GOVERNORATES)}{v.digits(4, False)}{v.digits(1)}"


def _eg_nid_ok(text: str) -> bool:
    if not re.fullmatch(r"[23]\d{13}", text) or text[7:9] not in EG_GOVERNORATES:
        return False
    try:
        date((1900 if text[0] == "2" else 2000) + int(text[1:3]), int(text[3:5]), int(text[5:7]))
    except ValueError:
        return False
    return True


def _eg_passport(v: Values, lang: str) -> str:
    return v.rng.choice("AP") + v.digits(8, False)


def _ae_iban(v: Values, lang: str) -> str:
    """An Emirati account: AE, the check, the bank's three digits, sixteen digits."""
    bban = v.rng.choice(("026", "033", "035", "030", "040")) + v.digits(16, False)
    number = "".join(str(int(c, 36)) for c in bban + "AE00")
    iban = f"AE{98 - int(number) % 97:02d}{bban}"
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if v.rng.random() < 0.6 else iban


def _iban_ok(text: str) -> bool:
    s = text.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def _ae_licence(v: Values, lang: str) -> str:
    return v.digits(v.rng.choice((6, 7)))


def _traffic_file(v: Values, lang: str) -> str:
    return v.rng.choice(("5", "1", "2")) + v.digits(7, False)


def _rental(v: Values, lang: str) -> str:
    return v.rng.choice((f"RA{v.digits(8)}", f"DXB-{v.digits(6)}", f"SHJ/{v.digits(5)}"))


def _move_ref(v: Values, lang: str) -> str:
    return f"{v.rng.choice(('MV', 'RM', 'JOB'))}-{v.digits(5)}-{v.rng.choice('ABCDEFGH')}"


def _dni(v: Values, lang: str) -> str:
    """An Argentine DNI: eight digits, dotted as the card prints it or not."""
    d = v.rng.choice(("2", "3", "4", "9")) + v.digits(7, False)
    return v.rng.choice((f"{d[:2]}.{d[2:5]}.{d[5:]}", d, f"{d[:2]} {d[2:5]} {d[5:]}"))


def _cuil(v: Values, lang: str) -> str:
    """A CUIL: the kind (20 men, 27 women, 23), the DNI, the modulo-11 check."""
    while True:
        body = v.rng.choice(("20", "27", "23")) + v.rng.choice(("2", "3", "4", "9")) + v.digits(7, False)
        k = 11 - sum(int(c) * w for c, w in zip(body, CUIL_W)) % 11
        if k != 10:
            d = body + str(k % 11)
            return v.rng.choice((f"{d[:2]}-{d[2:10]}-{d[10]}", d))


def _cuil_ok(text: str) -> bool:
    d = text.replace("-", "")
    if not re.fullmatch(r"\d{11}", d):
        return False
    k = 11 - sum(int(c) * w for c, w in zip(d, CUIL_W)) % 11
    return k != 10 and k % 11 == int(d[10])


def _cbu_digit(digits: str, weights: tuple[int, ...]) -> str:
    return str((10 - sum(int(c) * w for c, w in zip(digits, weights)) % 10) % 10)


def _cbu(v: Values, lang: str) -> str:
    """A CBU: the bank (Nación 011, Galicia 007, Santander 072, BBVA 017) and branch with their
    check digit, then thirteen digits with theirs."""
    first = v.rng.choice(("011", "007", "072", "017", "285")) + v.digits(4, False)
    second = v.digits(13, False)
    d = first + _cbu_digit(first, (7, 1, 3, 9, 7, 1, 3)) + second + _cbu_digit(second, (3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3))
    return d if v.rng.random() < 0.6 else f"{d[:8]} {d[8:]}"


def _cbu_ok(text: str) -> bool:
    d = text.replace(" ", "")
    return (re.fullmatch(r"\d{22}", d) is not None and _cbu_digit(d[:7], (7, 1, 3, 9, 7, 1, 3)) == d[7]
            and _cbu_digit(d[8:21], (3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3)) == d[21])


def _phone_ar(v: Values, lang: str) -> str:
    """An Argentine mobile as locals write it: 9 and the area code after +54, or the area code
    and 15 before the number."""
    area = v.rng.choice(("11", "11", "221", "351", "341"))
    d = _valid("AR", ("9" + area,), 10 - len(area), v)
    local = d[1 + len(area):]
    return v.rng.choice((f"+54 9 {area} {local[:-4]}-{local[-4:]}", f"0{area} 15-{local[:-4]}-{local[-4:]}",
                         f"+549{area}{local}", f"{area} 15 {local[:-4]} {local[-4:]}"))


def _svid(v: Values, lang: str) -> str:
    """A Russian birth certificate: the Roman series, two letters, six digits."""
    return (f"{v.rng.choice(('I', 'II', 'III', 'IV', 'V', 'VIII', 'X'))}-{v.rng.choice(('КБ', 'ЛО', 'МЮ', 'ИК', 'АР'))}"
            f"{v.rng.choice((' № ', ' ', ' №'))}{v.digits(6, False)}")


def _gto(v: Values, lang: str) -> str:
    return f"{v.rng.randint(14, 25)}-{v.rng.choice(('16', '77', '50', '02'))}-{v.digits(7, False)}"


def _voucher(v: Values, lang: str) -> str:
    return v.rng.choice((f"{v.digits(7)}", f"TUR-{v.digits(6)}", f"№ {v.digits(8)}"))


# -- family 4: escapes ------------------------------------------------------------------------

def brace_u(text: str) -> str:
    """A name as a Swift, Rust or ES2015 string literal escapes it: ``Ren\\u{e9}e``, the code
    point in lower-case hex between braces."""
    return "".join(c if ord(c) < 128 else f"\\u{{{ord(c):x}}}" for c in text)


def _from_brace_u(text: str) -> str:
    return re.sub(r"\\u\{([0-9a-f]{1,6})\}", lambda m: chr(int(m[1], 16)), text)


def rfc2231(text: str) -> str:
    """A name as an attachment's header parameter carries it (``filename*=``): the charset, an
    empty language and the bytes percent-escaped, ``UTF-8''Ren%C3%A9e``."""
    return "UTF-8''" + quote(text, safe="")


def _from_rfc2231(text: str) -> str:
    return unquote(text.split("''", 1)[1])


# -- family 5: address layouts ----------------------------------------------------------------

AE_TOWERS = (("Al Khail Heights", "Al Quoz 4", "Dubai"), ("Marina Pinnacle", "Dubai Marina", "Dubai"),
             ("Al Nahda Tower 2", "Al Nahda 1", "Dubai"), ("Al Taawun Tower", "Al Taawun", "Sharjah"),
             ("Sky Tower", "Al Reem Island", "Abu Dhabi"), ("Ajman One Tower 7", "Al Sawan", "Ajman"),
             ("Lake Shore Tower", "JLT Cluster Y", "Dubai"))
AE_VILLAS = (("Al Barsha 2", "Dubai"), ("Mirdif", "Dubai"), ("Al Warqa 1", "Dubai"), ("Khalifa City A", "Abu Dhabi"),
             ("Al Rahmaniya 3", "Sharjah"), ("Arabian Ranches", "Dubai"))
AE_BOXES = ("Dubai", "Sharjah", "Abu Dhabi", "Ajman", "Ras Al Khaimah", "Al Ain")
EG_STREETS = (("Mosadak St.", "Dokki", "Giza", "12311"), ("Gameat El Dowal El Arabeya St.", "Mohandessin", "Giza", "12411"),
              ("Road 9", "Maadi", "Cairo", "11431"), ("Abbas El Akkad St.", "Nasr City", "Cairo", "11765"),
              ("El Horreya Rd.", "Sporting", "Alexandria", "21523"), ("Syria St.", "Roushdy", "Alexandria", "21529"))
EG_NEW = (("District 3", "Fifth Settlement", "New Cairo"), ("Area 7", "Sheikh Zayed City", "Giza"),
          ("Neighbourhood 12", "6th of October City", "Giza"), ("Block 1234", "El Rehab City", "New Cairo"),
          ("Zone B", "Madinaty", "Cairo"))


def _ordinal(n: int) -> str:
    return f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}"


def _ae_flat(v: Values) -> list[str]:
    """The Emirates: the flat and the tower, the community and the emirate; no post code."""
    r = v.rng
    tower, area, city = r.choice(AE_TOWERS)
    return [r.choice((f"Flat {r.randint(1, 45)}{r.randint(1, 12):02d}, {tower}, {area}, {city}",
                      f"Apt {r.randint(101, 3412)} {tower} {area} {city}",
                      f"{tower}, Office {r.randint(101, 2210)}, {area}, {city}, UAE"))]


def _ae_villa(v: Values) -> list[str]:
    r = v.rng
    area, city = r.choice(AE_VILLAS)
    return [f"Villa {r.randint(1, 120)}, Street {r.randint(1, 60)}{r.choice(('', 'a', 'b'))}, {area}, {city}"]


def _ae_box(v: Values) -> list[str]:
    """A letter's block: the P.O. Box, the emirate, the country."""
    r = v.rng
    return [f"P.O. Box {r.randint(100, 99999)}", r.choice(AE_BOXES), r.choice(("United Arab Emirates", "U.A.E."))]


def _eg_apt(v: Values) -> list[str]:
    """Egypt: the flat and the floor, the building number and street, the district, the city
    and the post code."""
    r = v.rng
    street, district, city, code = r.choice(EG_STREETS)
    return [f"Apartment {r.randint(1, 30)}, {_ordinal(r.randint(1, 14))} Floor, {r.randint(1, 99)} {street}, "
            f"{district}, {city} {code}"]


def _eg_block(v: Values) -> list[str]:
    r = v.rng
    street, district, city, code = r.choice(EG_STREETS)
    return [f"Building {r.randint(1, 99)}, {street}", f"{district}, {city} {code}", "Egypt"]


def _eg_newcity(v: Values) -> list[str]:
    """The new cities: villa or building, the district or area, the city."""
    r = v.rng
    area, town, city = r.choice(EG_NEW)
    first = r.choice((f"Villa {r.randint(1, 400)}", f"Building {r.randint(1, 90)}, Flat {r.randint(1, 20)}"))
    return [f"{first}, {area}, {town}, {city}"]


AR_STREETS = (("Av. Santa Fe", "C1425", "CABA"), ("Av. Corrientes", "C1043", "CABA"), ("Guatemala", "C1425", "CABA"),
              ("Av. Cabildo", "C1428", "CABA"), ("Thames", "C1414", "CABA"), ("Av. Rivadavia", "C1406", "CABA"))
AR_RU = (("Буэнос-Айрес", "Палермо", "ул. Гватемала"), ("Буэнос-Айрес", "Бельграно", "проспект Кабильдо"),
         ("Буэнос-Айрес", "Реколета", "ул. Аякучо"), ("Кордова", "Нуэва-Кордова", "ул. Бельграно"),
         ("Буэнос-Айрес", "Нуньес", "ул. Конгресо"))
KAZAN = (("ул. Баумана", "420111"), ("ул. Пушкина", "420015"), ("пр. Победы", "420101"), ("ул. Чистопольская", "420066"),
         ("ул. Восстания", "420095"), ("ул. Адоратского", "420132"))
TAT_VILLAGES = (("Арский р-н", "с. Новый Кинер", "422000"), ("Сабинский р-н", "пгт Богатые Сабы", "422060"),
                ("Атнинский р-н", "с. Большая Атня", "422750"), ("Балтасинский р-н", "д. Карадуван", "422250"),
                ("Кукморский р-н", "с. Яныль", "422110"))


def _ar_cpa(v: Values) -> list[str]:
    """Buenos Aires as the post wants it: the street and number, piso and depto., the CPA
    code (a letter, four digits, three letters) and CABA."""
    r = v.rng
    street, code, city = r.choice(AR_STREETS)
    cpa = code + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return [f"{street} {r.randint(100, 5999)}, piso {r.randint(1, 14)}, depto. {r.choice('ABCDEF')}, {cpa} {city}"
            if r.random() < 0.5 else f"{street} {r.randint(100, 5999)} {r.randint(1, 14)}°{r.choice('ABCDEF')}, {city}"]


def _ar_ru(v: Values) -> list[str]:
    r = v.rng
    city, barrio, street = r.choice(AR_RU)
    return [f"{city}, {barrio}, {street} {r.randint(100, 5999)}, {r.randint(1, 14)} этаж, кв. {r.choice('ABCDEF')}"]


def _ar_laplata(v: Values) -> list[str]:
    """La Plata's numbered streets: the street, the number and the two streets it lies between
    (e/), then the code and the town, the province."""
    r = v.rng
    a = r.randint(1, 70)
    return [f"Calle {r.randint(1, 140)} N° {r.randint(100, 2999)} e/ {a} y {a + 1}",
            "B1900 La Plata" if r.random() < 0.5 else f"B{r.randint(1900, 1906)}{''.join(r.choice('ABCDEF') for _ in range(3))} La Plata",
            "Provincia de Buenos Aires"]


def _tat_kazan(v: Values) -> list[str]:
    r = v.rng
    street, code = r.choice(KAZAN)
    return [f"{code}, Республика Татарстан, г. Казань, {street}, д. {r.randint(1, 120)}, кв. {r.randint(1, 200)}"
            if r.random() < 0.5 else f"Казань, {street} {r.randint(1, 120)}-{r.randint(1, 200)}"]


def _tat_chelny(v: Values) -> list[str]:
    """Naberezhnye Chelny: the complex and the house written as one number, 52/11 (the house
    of the complex), the flat."""
    r = v.rng
    prospekt = r.choice(("пр. Мира", "пр. Вахитова", "пр. Сююмбике", "бульвар Домостроителей", "пр. Чулман"))
    return [f"г. Набережные Челны, {prospekt}, д. {r.randint(1, 65)}/{r.randint(1, 20):02d}, кв. {r.randint(1, 300)}"]


def _tat_village(v: Values) -> list[str]:
    r = v.rng
    district, village, code = r.choice(TAT_VILLAGES)
    street = r.choice(("ул. Тукая", "ул. Габдуллы Тукая", "ул. Мусы Джалиля", "ул. Татарстан"))
    return [f"РТ, {district}, {village}, {street}, д. {r.randint(1, 90)}", code]


OWN = Own(
    mobiles=MOBILES,
    shapes={"emirates_id": _emirates_id, "phone_ae": _phone_ae, "phone_eg": _phone_eg, "eg_nid": _eg_nid,
            "eg_passport": _eg_passport, "ae_iban": _ae_iban, "ae_licence": _ae_licence, "traffic_file": _traffic_file,
            "rental": _rental, "move_ref": _move_ref, "dni": _dni, "cuil": _cuil, "cbu": _cbu, "phone_ar": _phone_ar,
            "svid": _svid, "gto": _gto, "voucher": _voucher},
    checks={"emirates_id": _emirates_id_ok, "eg_nid": _eg_nid_ok, "ae_iban": _iban_ok, "cuil": _cuil_ok, "cbu": _cbu_ok,
            "phone_ae": _dials("AE"), "phone_eg": _dials("EG"), "phone_ar": _dials("AR"),
            "svid": lambda s: re.fullmatch(r"[IVX]+-[А-Я]{2} ?№? ?\d{6}", s) is not None},
    escapes={"brace-u": brace_u, "rfc2231": rfc2231},
    unescapes={"brace-u": _from_brace_u, "rfc2231": _from_rfc2231},
    lines={"ae_flat": _ae_flat, "ae_villa": _ae_villa, "ae_box": _ae_box, "eg_apt": _eg_apt, "eg_block": _eg_block,
           "eg_newcity": _eg_newcity, "ar_cpa": _ar_cpa, "ar_ru": _ar_ru, "ar_laplata": _ar_laplata,
           "tat_kazan": _tat_kazan, "tat_chelny": _tat_chelny, "tat_village": _tat_village},
    people={"en": ("ar_AA", "ar_SA"), "ru": ("es_AR",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["habibi, my mobile is {v}, WhatsApp also there",
                         "the renter's contact, she read it out as {v}",
                         "call me on {v} inshallah after Maghrib",
                         "my du number is {v}, the Etisalat one is with my wife",
                         "the movers' supervisor, his number {v}",
                         "customer at the counter gave {v} for the deposit",
                         "ya basha, write my number, {v}",
                         "my Egyptian line, {v}, only on weekends",
                         "for the handover of the car ring {v}",
                         "the lady moving out of ⟦Jumeirah|LOCATION⟧ said {v}",
                         "yalla take it down, {v}",
                         "the truck driver's phone is {v}, he speaks Urdu only"],
                  "ru": ["мой аргентинский номер {v}, грасиас",
                         "мама спортсмена продиктовала {v}",
                         "звоните на {v}, я в ⟦Казани|LOCATION⟧ до сборов",
                         "номер тренера по плаванию {v}",
                         "турист оставил номер {v}, просил перезвонить",
                         "мой номер {v}, рәхмәт",
                         "по путёвке звоните менеджеру, {v}",
                         "номер в ⟦Буэнос-Айресе|LOCATION⟧ у меня {v}, вотсап",
                         "записывай, значит, {v}, это папин",
                         "диктую: {v}, пор фавор, перезвоните"]},
        "email": {"en": ["the booking email is {v}, shukran",
                         "she spelled her email for the rental, {v}",
                         "send the moving quote to {v}",
                         "my email, habibi, {v}",
                         "for the deposit refund write to {v}",
                         "the survey report should go to {v}",
                         "the customer's email on the contract, {v}",
                         "email the inventory list to {v} please"],
                  "ru": ["почта для ваучеров {v}",
                         "мама вратаря назвала почту {v}",
                         "мой имейл {v}, буэно",
                         "пишите на {v}, я на тренировке до восьми",
                         "почта турагентства в ⟦Казани|LOCATION⟧ {v}",
                         "сканы загранпаспортов шлите на {v}",
                         "почта секции {v}",
                         "мейл для брони тура {v}"]},
        "dob": {"en": ["I was born {v} in ⟦Alexandria|LOCATION⟧",
                       "the driver's birthday is {v}, he's over twenty-five",
                       "date of birth of the additional driver, {v}",
                       "my son was born {v}, in ⟦Sharjah|LOCATION⟧",
                       "she was born {v}, wallah same day as me",
                       "my father was born {v} in ⟦Asyut|LOCATION⟧",
                       "the renter said she was born {v}",
                       "born {v} at ⟦Rashid Hospital|ORGANIZATION⟧"],
                "ru": ["я родилась {v} в ⟦Набережных Челнах|LOCATION⟧",
                       "сын родился {v}, он в группе двенадцатого года",
                       "дочка родилась {v}, уже в ⟦Буэнос-Айресе|LOCATION⟧",
                       "турист родился {v}, так и в загранке",
                       "бабай родился {v}, в деревне",
                       "родилась {v}, пишите так в анкету на визу",
                       "у вратаря день рождения {v}",
                       "әни родилась {v}, в ⟦Арске|LOCATION⟧"]},
        "fillers": {"en": ["yalla", "khalas", "wallah", "ya'ani", "tayeb", "mafi mushkil", "aywa", "bas", "habibi",
                           "one moment, one moment", "ma'alesh", "okay okay, habibi"],
                    "ru": ["буэно", "о сеа", "че", "вистэ", "ярый", "әйдә", "ну, әйе", "щас-щас, погоди", "как его, ну"]},
        "digit_sep": {"en": [" ... [horn] ... ", " -- ya'ani -- ", " [call drops] "],
                      "ru": [" ... [свисток] ... ", " -- буэно -- ", " [шум бассейна] "]},
        "email_at": {"en": [" at the rate, ", " at-the-rate-of ", " (at, ya'ani) "],
                     "ru": [" арроба ", " собака, которая эт, ", " [собака, ага] "]},
        "email_dot": {"en": [" dot, habibi, ", " [dot, ya'ani] ", " point, "], "ru": [" пунто ", " [точка, ага] ", " точка, ага, "]},
        "spell": {"en": [" -- spelling -- ", ", I spell: "], "ru": [" — диктую — ", ", по буковкам: "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("Emirates ID", "GOV_ID", "emirates_id"), ("EID no.", "GOV_ID", "emirates_id"),
                        ("EID:", "GOV_ID", "emirates_id"), ("ID card (UAE)", "GOV_ID", "emirates_id"),
                        ("Egyptian national ID", "GOV_ID", "eg_nid"), ("raqam qawmi", "GOV_ID", "eg_nid"),
                        ("national number (EG):", "GOV_ID", "eg_nid"), ("Egyptian passport", "GOV_ID", "eg_passport"),
                        ("passport no. (EG)", "GOV_ID", "eg_passport"), ("UAE driving licence", "GOV_ID", "ae_licence"),
                        ("DL no. (Dubai):", "GOV_ID", "ae_licence"), ("traffic file no.", "OTHER", "traffic_file"),
                        ("T.C. number:", "OTHER", "traffic_file"), ("RA no.", "OTHER", "rental"),
                        ("rental agreement:", "OTHER", "rental"), ("move ref.", "OTHER", "move_ref"),
                        ("job no. (removals):", "OTHER", "move_ref"), ("IBAN (⟦Emirates NBD|ORGANIZATION⟧)", "IBAN", "ae_iban"),
                        ("salary IBAN:", "IBAN", "ae_iban"), ("mob. (UAE)", "PHONE", "phone_ae"),
                        ("du no.:", "PHONE", "phone_ae"), ("mobile (KSA/UAE)", "PHONE", "phone_ae"),
                        ("Egypt mobile", "PHONE", "phone_eg"), ("Vodafone EG:", "PHONE", "phone_eg"),
                        ("renter's tel", "PHONE", "phone_fmt"), ("landlord tel.", "PHONE", "phone_sep"),
                        ("birth date (as per EID)", "DATE_OF_BIRTH", "dob_slash"), ("DOB (driver):", "DATE_OF_BIRTH", "dob_dashes"),
                        ("driver born on", "DATE_OF_BIRTH", "dob_month"), ("date of birth of the child passenger:", "DATE_OF_BIRTH", "dob_iso"),
                        ("key box code", "SECRET", "pin4"), ("building gate code:", "SECRET", "pin4"),
                        ("car app password", "SECRET", "password"), ("licence (home country)", "GOV_ID", "licence")],
                 "ru": [("DNI", "GOV_ID", "dni"), ("ДНИ:", "GOV_ID", "dni"), ("документ (DNI)", "GOV_ID", "dni"),
                        ("CUIL", "GOV_ID", "cuil"), ("куил:", "GOV_ID", "cuil"), ("CUIT/CUIL", "GOV_ID", "cuil"),
                        ("CBU", "OTHER", "cbu"), ("сибиу для перевода:", "OTHER", "cbu"), ("счёт в ⟦Galicia|ORGANIZATION⟧ (CBU)", "OTHER", "cbu"),
                        ("аргентинский номер", "PHONE", "phone_ar"), ("цел.:", "PHONE", "phone_ar"),
                        ("тел. тренера", "PHONE", "phone_sep"), ("номер туриста", "PHONE", "phone_fmt"),
                        ("свидетельство о рождении спортсмена", "GOV_ID", "svid"), ("св-во о рожд.:", "GOV_ID", "svid"),
                        ("св. о рождении ребёнка", "GOV_ID", "svid"), ("УИН ГТО", "OTHER", "gto"), ("ID ГТО:", "OTHER", "gto"),
                        ("номер путёвки", "OTHER", "voucher"), ("ваучер:", "OTHER", "voucher"), ("загран туриста", "GOV_ID", "zagran"),
                        ("загранпаспорт туриста №", "GOV_ID", "zagran"), ("паспорт родителя", "GOV_ID", "passport_ru"),
                        ("полис ОМС ребёнка", "OTHER", "digits16"), ("СНИЛС спортсмена", "GOV_ID", "snils"), ("ИНН родителя", "GOV_ID", "inn"),
                        ("д/р спортсмена", "DATE_OF_BIRTH", "dob_dots"), ("fecha de nacimiento:", "DATE_OF_BIRTH", "dob_slash"),
                        ("дата рожд. туриста", "DATE_OF_BIRTH", "dob_month"), ("код от шкафчика", "SECRET", "pin4"),
                        ("пароль от кабинета туриста", "SECRET", "password")]},
        "carriers": {"en": ["Rental desk: {v}", "{v} (as per the EID copy)", "removal docket - {v}", "{v}, shukran",
                            "on the hire contract: {v}", "{v} yalla", "renter gave {v}", "for the survey: {v}",
                            "Line 3 of the form: {v}"],
                     "ru": ["в анкете на тур: {v}", "{v}, грасиас", "в карточке спортсмена {v}", "{v} (со слов мамы)",
                            "для визы: {v}", "{v}, рәхмәт", "скинула в вотсап {v}", "в заявке на соревнования: {v}",
                            "для ресиденсии: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow our car rental on Insta, {v}", "tag {v} in the movers' group", "the renter {v} left a review",
                      "my TikTok is {v}, habibi", "DM {v} for boxes", "I'm {v} on X, habibi"],
               "ru": ["наши туры в инсте {v}", "отметь {v} в чате секции", "{v} в телеге, она тренер",
                      "менеджер тура в телеге {v}", "ник в чате русских в ⟦Аргентине|LOCATION⟧ {v}", "пишите {v}, она турагент"]},
        "url": {"en": ["my car reviews are on {v}", "the removals company's page is {v}", "our moving blog {v}",
                       "the packing tips I follow, {v}", "my page, habibi, {v}", "open this one {v}, habibi"],
                "ru": ["мой канал про ⟦Патагонию|LOCATION⟧ {v}", "фото с соревнований на {v}", "страница секции {v}",
                       "мой блог про жизнь в ⟦Буэнос-Айресе|LOCATION⟧ {v}", "отзывы о турах: {v}", "вот тут {v}"]},
        "url_layouts": {"any": ["https://{site}?utm_source=whatsapp", "{site} <-", "https://m.{site}/?lang=ar",
                                "({site}) habibi"]},
        "ssh": {"any": ["ssh -l root -p 2201 {v}", "ssh -J jump.rentals {v}", "scp contract.pdf {v}:/srv/rentals/",
                        "sftp {v}:/uploads/inventory"]},
        "remote": {"any": ["git clone --branch main https://gitlab.com/{v}.git", "git remote add upstream git@github.com:{v}.git",
                           "cargo install --locked --git https://github.com/{v} --branch main", "poetry add git+https://github.com/{v}.git#main"]},
        "registry": {"any": ["docker pull docker.io/{v}:slim", "FROM registry.gitlab.com/{v}:jammy",
                             "docker run --rm ghcr.io/{v}:v2", "helm pull oci://ghcr.io/{v}"]},
        "home": {"any": ["/home/{v}/rentals/", "C:\\Users\\{v}\\OneDrive\\Moves\\", "/Users/{v}/Documents/tours/",
                         "/mnt/users/{v}/club/"]},
        "tool": {"en": ["the counter PC got stuck on {v}", "the IT guy said run {v}", "it froze at {v}, wallah",
                        "put {v} in the ops group"],
                 "ru": ["внук запускал {v}", "программист из ⟦Кордовы|LOCATION⟧ велел ввести {v}",
                        "всё встало на {v}", "отправила {v} в чат"]},
        "mention": {"en": ["{h} shukran!", "{h} yalla!", "{h} can you check the damage report?", "{h}: done, habibi",
                           "thanks {h}, inshallah", "{h} haha khalas"],
                    "ru": ["{h}, грасиас!", "{h} рәхмәт", "{h}, скинь программу тура", "{h}: принято, буэно",
                           "спасибо, {h}, дале", "{h} ну ты даёшь, абый"]},
    },
    4: {
        "url": {"en": ["the rental confirmation link had ?{k}={v}&branch=dxb", "the moving survey form prefilled {k}={v}",
                       "the Salik SMS link carried {k}={v}&ref=sms", "POST /bookings/find?{k}={v} 302"],
                "ru": ["ссылка на тур ?{k}={v}&lang=es", "в ссылке на запись в секцию {k}={v}",
                       "в переходе из вотсапа {k}={v}&src=wa", "в логе турагентства: GET /tourists?{k}={v}"]},
        "markup": {"en": ["the rental invoice HTML has <span id=\"{k}\">{v}</span>",
                          "the moving quote template reads <em>{v}</em>",
                          "the damage form has <textarea name=\"{k}\">{v}</textarea>"],
                   "ru": ["в HTML ваучера <span id=\"{k}\">{v}</span>",
                          "в шаблоне путёвки <em>{v}</em>",
                          "в форме заявки на сборы <textarea name=\"{k}\">{v}</textarea>"]},
        "prose": {"en": ["the Careem receipt shows the rider as {v}", "the box label says {v}",
                         "the hire contract is in the name of {v}", "the handover sheet reads {v}"],
                  "ru": ["в приложении ⟦Mercado Pago|ORGANIZATION⟧ получатель {v}", "на бейдже спортсмена {v}",
                         "в листе туристов {v}", "в договоре аренды депто {v}"]},
        "escapes": {"brace-u": {"en": ["the booking app's crash log has the renter as {v}",
                                       "the removals app's source hard-codes the customer as {v}",
                                       "the iOS debug output printed the driver's name: {v}"],
                                "ru": ["в логе приложения турагентства имя туриста {v}",
                                       "в коде бота секции фамилия записана как {v}",
                                       "отладка приложения клуба вывела {v}"]},
                    "rfc2231": {"en": ["the attachment came as filename*={v}",
                                       "the scanned licence was saved as filename*={v}.pdf",
                                       "the mail header had name*={v}"],
                                "ru": ["вложение пришло как filename*={v}",
                                       "скан загранпаспорта назван filename*={v}.jpg",
                                       "в заголовке письма name*={v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the pickup address for the movers is {v}", "deliver the car to {v}, habibi",
                        "the renter lives at {v}", "we're moving from {v}", "the storage unit is at {v}",
                        "customer address on the hire contract: {v}"],
                 "ru": ["адрес: {v}, портеро внизу", "мы живём {v}, у парка", "трансфер от {v}",
                        "секция по адресу {v}", "я теперь снимаю депто {v}", "документы на {v}, грасиас"]},
        "block": {"en": ["Moving from:\n{v}", "Deliver the vehicle to\n{v}\n(call from the lobby)",
                         "Billing address:\n{v}\nVAT invoice", "Ship the boxes to -\n{v}"],
                  "ru": ["Адрес для визы:\n{v}", "Трансфер\n{v}\n(позвонить из машины)",
                         "Адрес спортсмена:\n{v}\nзвонить маме", "Куда доставить -\n{v}"]},
        "layouts": {"en": ["ae_flat", "ae_villa", "ae_box", "eg_apt", "eg_block", "eg_newcity"],
                    "ru": ["ar_cpa", "ar_ru", "ar_laplata", "tat_kazan", "tat_chelny", "tat_village"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Renter: {v}", "Additional driver: {v}", "Client (move): {v}", "the counter agent {v} is off today",
                        "the man said his name is {v}", "Crew leader: {v}", "the car was returned by {v}",
                        "Sponsor (per visa): {v}"],
                 "ru": ["Турист: {v}", "Тренер: {v}", "менеджер {v} забронировала отель",
                        "спортсмен — {v}", "Получатель ваучера: {v}", "звонила {v} насчёт сборов",
                        "Портеро: {v}"]},
        "kin": {"en": [("my khalto", "f"), ("my khalo", "m"), ("my ammo", "m"), ("my amto", "f"), ("my teta", "f"),
                       ("my gedo", "m"), ("my kafeel", "m"), ("my nanny", "f"), ("my crew chief", "m"), ("my PRO", "m")],
                "ru": [("моя әби", "f"), ("мой бабай", "m"), ("мой абый", "m"), ("моя җиңги", "f"),
                       ("моя абуэла из ⟦Кордовы|LOCATION⟧", "f"), ("мой суэгро", "m"), ("мой тренер по самбо", "m"),
                       ("моя турагентша", "f"), ("мой портеро", "m")]},
        "kin_carriers": {"en": ["{v} will return the car", "{v} is paying for the move",
                                "{v} flies in from ⟦Cairo|LOCATION⟧", "{v} will sign for the boxes",
                                "{v} booked the SUV", "{v} is driving to ⟦Fujairah|LOCATION⟧"],
                         "ru": ["{v} заберёт путёвки", "{v} прилетит из ⟦Казани|LOCATION⟧", "{v} везёт детей на сборы",
                                "{v} ведёт группу", "{v} передаёт привет из ⟦Росарио|LOCATION⟧", "{v} оформит ресиденсию"]},
        "wordnames": {"en": {"f": ["Jasmine", "Lily", "Star", "Ivory", "Fairy", "Karma"],
                             "m": ["Said", "Victor", "Marshal", "Royal", "Tiger", "Judge"]},
                      "ru": {"f": ["Соль", "Мерседес", "Эсперанса"], "m": ["Динар", "Марсель", "Сантьяго"]}},
        "list": {"en": ["Cars not returned:\n{v}", "Move schedule\n{v}", "Drivers on the contract:\n{v}",
                        "| Renter | Bay |\n|---|---|\n{v}"],
                 "ru": ["Группа в ⟦Барилоче|LOCATION⟧:\n{v}", "Не сдали взнос\n{v}", "Состав на турнир:\n{v}",
                        "| Турист | Номер |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} -- returned", "> {v} (late)", "{v} [driver]", "| {v} | B2 |"]},
        "broken": {"en": ["the damage report was signed by the counter agent {v} at the airport",
                          "the move was supervised by the crew leader {v} on Saturday"],
                   "ru": ["путёвки выдала менеджер {v}", "протокол подписал тренер {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the booking came from {v}", "the rental counter's router is {v}",
                      "whitelist {v} on the office firewall", "the GPS tracker reported from {v}",
                      "the warehouse camera dropped {v}", "my IP, habibi, is {v}"],
               "ru": ["вход в кабинет туриста с {v}", "роутер секции {v}", "айпи сайта турагентства {v}",
                      "странный вход с {v}", "разблокируйте {v}, пор фавор", "мой айпишник {v}, рәхмәт"]},
        "iban": {"en": ["refund the security deposit to {v}", "my account back home is {v}", "the company's IBAN is {v}",
                        "the Egyptian client pays from {v}"],
                 "ru": ["за тур переводите на {v}", "мой счёт в ⟦Ак Барс Банке|ORGANIZATION⟧ {v}", "верните предоплату за тур на IBAN {v}",
                        "за сборы на {v}"]},
        "mac": {"en": ["the tracker's MAC is {v}", "the counter printer's MAC {v}", "add {v} to the Wi-Fi, habibi",
                       "the warehouse AP logged {v}"],
                "ru": ["MAC планшета тренера {v}", "MAC терминала турагентства {v}", "внеси {v} в роутер",
                       "роутер в зале режет {v}"]},
        "card": {"en": ["the card on file is {v}", "block {v} for the deposit", "the client paid the move with {v}",
                        "the renter read the card as {v}"],
                 "ru": ["карта для оплаты тура {v}", "номер карты тренера {v}", "кинь на карту {v}",
                        "карта {v}, украли в ⟦Буэнос-Айресе|LOCATION⟧, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Salam, I'm {v}", "Name of the renter: {v}"],
                         "GOV_ID": ["my licence number back home is {v}", "DL no. (home country): {v}"],
                         "USERNAME": ["my username on the rental app is {v}", "rental app user: {v}"]},
                  "ru": {"PERSON": ["Исәнмесез, это {v}", "ФИО туриста: {v}"],
                         "GOV_ID": ["паспорт РФ туриста {v}", "паспорт мамы спортсмена {v}"],
                         "USERNAME": ["мой логин на сайте турагентства {v}", "логин в приложении секции: {v}"]}},
        "later": {"en": ["regarding the renter {v} again", "no reply from {v} yet", "{v} came back to the counter", "chasing {v}, yalla",
                         "(renter {v})"],
                  "ru": ["по туристу {v}", "{v} опять звонила насчёт визы", "напоминаю про спортсмена {v}", "(см. про тур выше: {v})",
                         "{v}, ответьте, пор фавор"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the box order {v} is delayed", "the child seat order {v} came wrong",
                     "the ⟦Noon|ORGANIZATION⟧ order {v} arrived"],
              "ru": ["заказ {v} на ⟦Mercado Libre|ORGANIZATION⟧", "заказ формы {v} для секции", "отмена по заказу {v}"]},
    "price": {"en": ["the daily rate is {v}", "the move comes to {v}", "the excess is {v}"],
              "ru": ["тур на двоих {v}", "взнос за сборы {v}", "депто в ⟦Палермо|LOCATION⟧ {v} в месяц"]},
    "timestamp": {"en": ["the car is due back {v}", "the truck arrives {v}", "last GPS ping {v}"],
                  "ru": ["тренировка в {v}", "трансфер в {v}", "вылет группы в {v}"]},
    "version": {"en": ["the rental app {v} won't load", "the GPS tracker firmware {v}", "since the tracker's {v} update"],
                "ru": ["приложение секции {v}", "версия программы турагентства {v}", "после апдейта {v} не открывается"]},
    "room": {"en": ["the counter is in hall {v}", "the client is in room {v} of the hotel", "the storage, room {v}"],
             "ru": ["раздевалка {v}", "офис турагентства, кабинет {v}", "номер в отеле {v}"]},
    "flight": {"en": ["my flight to ⟦Cairo|LOCATION⟧ is {v}", "the renter lands on {v}", "the client's shipment went on {v}"],
               "ru": ["летим в ⟦Ушуаю|LOCATION⟧ рейсом {v}", "{v} задержали, че", "встречай с {v} в ⟦Казани|LOCATION⟧"]},
    "isbn": {"en": ["the UAE driving manual is ISBN {v}", "the packing guide, ISBN {v}", "ISBN {v}, the Arabic phrasebook"],
             "ru": ["путеводитель ISBN {v}", "ISBN {v}, учебник по плаванию", "ISBN {v}, испанский для эмигрантов"]},
    "doc-ip": {"en": ["the tracker manual shows {v}", "the firewall guide's example is {v}", "the network sheet has {v}"],
               "ru": ["в мануале к терминалу клуба {v}", "в примере настройки роутера турагентства {v}", "в схеме сети турагентства {v}"]},
    "spoken-date": {"en": ["the move is booked for {v}", "the car goes back {v}", "the survey is on {v}"],
                    "ru": ["сборы перенесли на {v}", "вылет на {v}", "турнир на {v}"]},
    "kinship-verb": {"en": ["my khalto {v} call you", "my kafeel {v} sign it", "my gedo {v} come with us"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Shukran, noted.", "Okay, the hire contract is updated.", "Tayeb, saved.", "Alright, will arrange it.",
                        "Thanks, the move file is updated.", "Khalas, done."],
                 "ru": ["Грасиас, записала.", "Хорошо, поправила в путёвке.", "Рәхмәт, внесла.", "Поняла, исправлю в путёвке.",
                        "Спасибо, карточку спортсмена обновила.", "Буэно, готово."]}
