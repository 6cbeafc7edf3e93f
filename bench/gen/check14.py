"""The bank of ``check14``, the fourteenth pair's held-out set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: Liberian English (Monrovia and its communities, Paynesville, Gbarnga, Ganta,
Buchanan, Voinjama and the counties; Liberian Kolokwa words) and Guyanese English (Georgetown
and its wards, New Amsterdam, Linden, the villages of the East Coast Demerara, the Corentyne
and the Essequibo Coast; Creolese words), rice mills with their paddy farmers, and gold and
diamond buyers with small-scale miners; in Russian, Russian speakers living in Sweden
(Stockholm, Gothenburg, Malmö, Uppsala, Västerås; Swedish words in Russian sentences) and
speakers in Tuva (Kyzyl, Ak-Dovurak, Chadan, Shagonar and the kozhuuns; Tuvan words), hunting
clubs with their hunters and huntsmen, and window fitters with the households who order
windows. Its own shapes carry the check a reader runs where the id has one. Written from
memory, not from a specification: the layouts of the Liberian national identity number (ten
digits) and taxpayer number (nine digits), of the Guyanese identity card (nine digits) and
National Insurance number (seven digits), none with a check written, of the hunting ticket of
the Russian Federation (the region's two digits, six digits), the permit for a hunting gun
(РОХа and eight digits), the Liberian post boxes (the zone, the box, the Monrovia zone), the
Monrovia communities named by streets and junctions, the lots, sections and villages of
Guyana with the region's letters, the Swedish floors (tr) and flat numbers (lgh), five-digit
post codes written three and two, the Kyzyl streets and the kozhuuns and sumons of Tuva with
their post codes. The personnummer's and the samordningsnummer's check (the Luhn digit over
the birth date and the three digits; sixty added to the day of the latter), the
organisationsnummer's and the bankgiro number's (the Luhn digit) are as published.
"""

from __future__ import annotations

import base64
import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Liberia (Lonestar Cell MTN, Orange) and Guyana (GTT,
# Digicel)
MOBILES = (("LR", ("077", "088"), 7, (4, 3, 3)),
           ("GY", ("60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70"), 5, (3, 4)))


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


def _luhn_digit(body: str) -> str:
    """The Luhn digit of ``body``: its digits weighted 2, 1, 2, 1 from the right, the digits of
    the products summed, what brings the sum to a multiple of ten."""
    total = 0
    for i, c in enumerate(reversed(body)):
        x = int(c) * (2 if i % 2 == 0 else 1)
        total += x // 10 + x % 10
    return str(-total % 10)


def _luhn_ok(digits: str) -> bool:
    return _luhn_digit(digits[:-1]) == digits[-1]


# -- family 2: shapes -----------------------------------------------------------------------

def _lr_nin(v: Values, lang: str) -> str:
    """A Liberian national identity number: ten digits."""
    n = v.digits(10)
    return v.rng.choice((n, f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:4]} {n[4:]}"))


def _lr_tin(v: Values, lang: str) -> str:
    return v.rng.choice((v.digits(9), f"TIN {v.digits(9)}", f"{v.digits(3)}-{v.digits(6, False)}"))


def _phone_lr(v: Values, lang: str) -> str:
    d = _valid("LR", ("077", "088"), 7, v)
    return v.rng.choice((f"{d[:4]} {d[4:7]} {d[7:]}", f"+231 {d[1:4]} {d[4:7]} {d[7:]}", d, f"(+231) {d[1:]}",
                         f"00231-{d[1:4]}-{d[4:]}"))


def _gy_id(v: Values, lang: str) -> str:
    """A Guyanese national identity card: nine digits."""
    n = v.digits(9)
    return v.rng.choice((n, f"{n[:3]} {n[3:6]} {n[6:]}"))


def _gy_nis(v: Values, lang: str) -> str:
    return v.rng.choice((v.digits(7), f"NIS {v.digits(7)}", f"{v.digits(3)}-{v.digits(4, False)}"))


def _phone_gy(v: Values, lang: str) -> str:
    d = _valid("GY", ("60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70"), 5, v)
    return v.rng.choice((f"{d[:3]}-{d[3:]}", f"+592 {d[:3]} {d[3:]}", f"592-{d}", d, f"(592) {d[:3]}-{d[3:]}"))


def _paddy(v: Values, lang: str) -> str:
    return v.rng.choice((f"PDY-{v.digits(5)}", f"Bag ticket {v.digits(4)}", f"{v.digits(3)}/MILL/{v.rng.randint(1, 4)}"))


def _gold(v: Values, lang: str) -> str:
    return v.rng.choice((f"GB-{v.digits(6)}", f"Declaration {v.digits(5)}", f"{v.digits(4)}/DMD/{v.rng.randint(20, 26)}"))


def _personnummer(v: Values, lang: str) -> str:
    """A personnummer: YYMMDD, three digits, the Luhn digit (the full year now and then)."""
    y, m, d = v.birth()
    body = f"{y % 100:02d}{m:02d}{d:02d}{v.digits(3, False)}"
    n = body + _luhn_digit(body)
    return v.rng.choice((f"{n[:6]}-{n[6:]}", f"{y // 100}{n[:6]}-{n[6:]}", n, f"{y // 100}{n}"))


def _samordning(v: Values, lang: str) -> str:
    """A samordningsnummer: a personnummer's shape with sixty added to the day."""
    y, m, d = v.birth()
    body = f"{y % 100:02d}{m:02d}{d + 60:02d}{v.digits(3, False)}"
    n = body + _luhn_digit(body)
    return v.rng.choice((f"{n[:6]}-{n[6:]}", n))


def _se_id_ok(text: str) -> bool:
    d = re.sub(r"[-+ ]", "", text)
    if not re.fullmatch(r"(\d\d)?\d{10}", d):
        return False
    d = d[-10:]
    month, day = int(d[2:4]), int(d[4:6]) % 60 or 60
    return 1 <= month <= 12 and 1 <= day <= 31 and _luhn_ok(d)


def _orgnr(v: Values, lang: str) -> str:
    """An organisationsnummer of a window firm or a hunting club: ten digits, the third 2 or
    more, the Luhn digit."""
    body = v.rng.choice(("55", "56", "80", "82")) + str(v.rng.randint(2, 9)) + v.digits(6, False)
    n = body + _luhn_digit(body)
    return v.rng.choice((f"{n[:6]}-{n[6:]}", n))


def _orgnr_ok(text: str) -> bool:
    d = text.replace("-", "")
    return re.fullmatch(r"\d{10}", d) is not None and int(d[2]) >= 2 and _luhn_ok(d)


def _bankgiro(v: Values, lang: str) -> str:
    """A bankgiro number: seven or eight digits, the last the Luhn digit."""
    body = v.digits(v.rng.choice((6, 7)))
    n = body + _luhn_digit(body)
    return f"{n[:-4]}-{n[-4:]}"


def _bankgiro_ok(text: str) -> bool:
    d = text.replace("-", "")
    return re.fullmatch(r"\d{7,8}", d) is not None and _luhn_ok(d)


def _phone_se(v: Values, lang: str) -> str:
    d = _valid("SE", ("070", "072", "073", "076", "079"), 7, v)
    return v.rng.choice((f"{d[:3]}-{d[3:6]} {d[6:8]} {d[8:]}", f"+46 {d[1:3]} {d[3:6]} {d[6:8]} {d[8:]}", d,
                         f"{d[:3]} {d[3:6]} {d[6:]}", f"+46{d[1:]}"))


def _hunt_ticket(v: Values, lang: str) -> str:
    """A hunting ticket of the Russian Federation: the region's two digits, six digits."""
    region = v.rng.choice(("17", "17", "17", "24", "19"))
    num = v.digits(6, False)
    return v.rng.choice((f"{region} № {num}", f"{region} №{num}", f"серия {region} номер {num}"))


def _roha(v: Values, lang: str) -> str:
    return v.rng.choice((f"РОХа № {v.digits(8, False)}", f"РОХа {v.digits(8, False)}", f"РОХа №{v.digits(8, False)}"))


def _windows(v: Values, lang: str) -> str:
    return v.rng.choice((f"ОК-{v.digits(5)}", f"Замер {v.digits(4)}/{v.rng.randint(1, 12):02d}", f"{v.digits(3)}-ПВХ-{v.digits(2)}"))


def _hunt_club(v: Values, lang: str) -> str:
    return v.rng.choice((f"Путёвка {v.digits(5)}", f"ОХ-{v.digits(4)}", f"{v.digits(4)}/марал"))


# -- family 4: escapes ------------------------------------------------------------------------

def utf16_b64(text: str) -> str:
    """A name as a PowerShell script hides it: its UTF-16LE bytes in Base64, the argument of
    ``[Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('...'))`` (the call is
    the carrier's)."""
    return base64.b64encode(text.encode("utf-16-le")).decode("ascii")


def _from_utf16_b64(text: str) -> str:
    return base64.b64decode(text).decode("utf-16-le")


def pdf_octal16(text: str) -> str:
    """A name in a PDF's literal text string as LaTeX's hyperref writes the document's author:
    the byte-order mark and the UTF-16BE bytes, each byte outside printable ASCII (and the
    parentheses and the backslash) as a backslash and three octal digits,
    ``\\376\\377\\004\\030\\0042...`` for Иван."""
    return "".join(chr(b) if 0x20 <= b < 0x7F and chr(b) not in "()\\" else f"\\{b:03o}"
                   for b in b"\xfe\xff" + text.encode("utf-16-be"))


def _from_pdf_octal16(text: str) -> str:
    out, i = bytearray(), 0
    while i < len(text):
        if text[i] == "\\":
            out.append(int(text[i + 1:i + 4], 8))
            i += 4
        else:
            out.append(ord(text[i]))
            i += 1
    return bytes(out).decode("utf-16")


# -- family 5: address layouts ----------------------------------------------------------------

MONROVIA = (("Sinkor", ("Old Road", "12th Street", "15th Street", "Tubman Boulevard")),
            ("Congo Town", ("Tubman Boulevard", "Back Road", "Old Road")),
            ("Paynesville", ("ELWA Junction", "Red Light", "Duport Road", "Cow Field", "Joe Bar")),
            ("Bushrod Island", ("Logan Town", "Jamaica Road", "New Kru Town")),
            ("Gardnersville", ("Barnesville Junction", "Chicken Soup Factory")),
            ("Mamba Point", ("United Nations Drive", "Newport Street")))
LR_ZONES = ((10, "1000 Monrovia 10"), (90, "1000 Monrovia 10"), (20, "1000 Monrovia 20"), (30, "1000 Monrovia 30"))
LR_UPCOUNTRY = (("Gbarnga", "Bong County", "behind the Cuttington junction"), ("Ganta", "Nimba County", "near the Ganta hospital road"),
                ("Buchanan", "Grand Bassa County", "Fanti Town"), ("Kakata", "Margibi County", "Bong Mines Road"),
                ("Voinjama", "Lofa County", "Tenebu Quarter"), ("Zwedru", "Grand Gedeh County", "Zleh Town"))
GT_STREETS = (("Robb Street", "Lacytown"), ("Sheriff Street", "Campbellville"), ("Regent Street", "Bourda"),
              ("Middle Street", "Cummingsburg"), ("Vlissengen Road", "Bel Air Park"), ("Alexander Street", "Kitty"),
              ("Lamaha Street", "Queenstown"), ("Mandela Avenue", "East La Penitence"))
GY_VILLAGES = (("Non Pariel", "East Coast Demerara", "ECD"), ("Mahaica", "East Coast Demerara", "ECD"),
               ("Vreed-en-Hoop", "West Coast Demerara", "WCD"), ("Parika", "East Bank Essequibo", "EBE"),
               ("Anna Regina", "Essequibo Coast", "Region 2"), ("Black Bush Polder", "Corentyne, Berbice", "Region 6"),
               ("Rose Hall Town", "Corentyne, Berbice", "Region 6"), ("Diamond", "East Bank Demerara", "EBD"))


def _lr_street(v: Values) -> list[str]:
    """Monrovia: the community, the street or the junction, and a landmark; houses seldom
    numbered."""
    r = v.rng
    community, streets = r.choice(MONROVIA)
    street = r.choice(streets)
    return [r.choice((f"{street}, {community}, Monrovia", f"House {r.randint(1, 90)}, {street}, {community}, Monrovia",
                      f"{community}, {street}, opposite the {r.choice(('Total gas station', 'Catholic school', 'Lebanese store'))}, Monrovia"))]


def _lr_box(v: Values) -> list[str]:
    r = v.rng
    zone, city = r.choice(LR_ZONES)
    return [r.choice((f"P.O. Box {zone}-{r.randint(1000, 9999)}, {city}, Liberia", f"P.O. Box {zone}-{r.randint(1000, 9999)}, {city}",
                      f"c/o P.O. Box {zone}-{r.randint(1000, 9999)}, Monrovia"))]


def _lr_lines(v: Values) -> list[str]:
    r = v.rng
    town, county, mark = r.choice(LR_UPCOUNTRY)
    return [f"{mark}, {town}", county, "Liberia"]


def _gy_lot(v: Values) -> list[str]:
    """Georgetown: the lot and the street, the ward."""
    r = v.rng
    street, ward = r.choice(GT_STREETS)
    return [r.choice((f"Lot {r.randint(1, 240)} {street}, {ward}, Georgetown", f"{r.randint(1, 240)} {street}, {ward}, Georgetown, Guyana",
                      f"Lot {r.randint(1, 240)}, {street}, {ward}, G/town"))]


def _gy_village(v: Values) -> list[str]:
    r = v.rng
    village, area, region = r.choice(GY_VILLAGES)
    return [r.choice((f"Lot {r.randint(1, 120)} Section '{r.choice('ABCD')}', {village}, {area}",
                      f"{r.randint(1, 120)} Public Road, {village}, {region}",
                      f"No. {r.choice((52, 56, 64, 72, 74, 78))} Village, Corentyne, Berbice"))]


def _gy_lines(v: Values) -> list[str]:
    r = v.rng
    village, area, _ = r.choice(GY_VILLAGES)
    return [f"Lot {r.randint(1, 120)} {r.choice(('Public Road', 'Middle Walk', 'Railway Embankment', 'Dam'))}", f"{village}, {area}",
            "Guyana"]


SE_CITY = (("Drottninggatan", "111 36", "Stockholm"), ("Hornsgatan", "117 28", "Stockholm"), ("Vårbergsvägen", "127 42", "Skärholmen"),
           ("Linnégatan", "413 04", "Göteborg"), ("Rosengårdsvägen", "213 71", "Malmö"), ("Svartbäcksgatan", "753 20", "Uppsala"),
           ("Stora Gatan", "722 12", "Västerås"), ("Tensta allé", "163 64", "Spånga"))
TV_STREETS = ("ул. Кочетова", "ул. Ленина", "ул. Московская", "ул. Красноармейская", "ул. Бай-Хаакская", "ул. Калинина",
              "ул. Дружбы", "ул. Щетинкина-Кравченко")
TV_CODES = ("667000", "667001", "667003", "667004", "667005", "667007", "667010")
TV_KOZHUUNS = (("Каа-Хемский кожуун", "с. Сарыг-Сеп", "668400"), ("Улуг-Хемский кожуун", "г. Шагонар", "668210"),
               ("Дзун-Хемчикский кожуун", "г. Чадан", "668110"), ("Тоджинский кожуун", "с. Тоора-Хем", "668530"),
               ("Тес-Хемский кожуун", "с. Самагалтай", "668360"), ("Пий-Хемский кожуун", "г. Туран", "668510"),
               ("Эрзинский кожуун", "с. Эрзин", "668380"))


def _se_city(v: Values) -> list[str]:
    """Sweden: the street and the house, the floor (tr) or the flat (lgh), the post code
    written three and two, the town."""
    r = v.rng
    street, code, town = r.choice(SE_CITY)
    house = f"{r.randint(1, 120)}{r.choice(('', '', ' A', ' B'))}"
    return [r.choice((f"{street} {house}, {r.randint(1, 6)} tr, {code} {town}", f"{street} {house} lgh {r.randint(10, 16)}{r.randint(1, 9):02d}, {code} {town}",
                      f"{street} {house}, {code} {town.upper()}"))]


def _se_ru(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(SE_CITY)
    ru = {"Stockholm": "Стокгольм", "Göteborg": "Гётеборг", "Malmö": "Мальмё", "Uppsala": "Уппсала", "Västerås": "Вестерос",
          "Skärholmen": "Стокгольм (Шерхольмен)", "Spånga": "Стокгольм (Шпонга)"}[town]
    return [r.choice((f"Швеция, {ru}, {street} {r.randint(1, 120)}, квартира {r.randint(10, 16)}{r.randint(1, 9):02d}, индекс {code}",
                      f"{ru}, {street} {r.randint(1, 120)}, {r.randint(1, 6)}-й этаж",
                      f"c/o {r.choice(('Andersson', 'Lindqvist', 'Nilsson'))}, {street} {r.randint(1, 120)}, {code} {town}"))]


def _se_lines(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(SE_CITY)
    return [f"{street} {r.randint(1, 120)}, lgh {r.randint(10, 16)}{r.randint(1, 9):02d}", f"{code} {town.upper()}",
            r.choice(("Sverige", "SWEDEN"))]


def _tv_kyzyl(v: Values) -> list[str]:
    r = v.rng
    street = r.choice(TV_STREETS)
    return [r.choice((f"{r.choice(TV_CODES)}, Республика Тыва, г. Кызыл, {street}, д. {r.randint(1, 150)}, кв. {r.randint(1, 90)}",
                      f"Кызыл, {street} {r.randint(1, 150)}-{r.randint(1, 90)}",
                      f"г. Кызыл, мкр. {r.choice(('Спутник', 'Энергетиков', 'Южный'))}, д. {r.randint(1, 40)}, кв. {r.randint(1, 90)}"))]


def _tv_kozhuun(v: Values) -> list[str]:
    """A village of Tuva: the kozhuun, the village (the sumon's centre), the street."""
    r = v.rng
    kozhuun, village, code = r.choice(TV_KOZHUUNS)
    street = r.choice(("ул. Ленина", "ул. Шумова", "ул. Комсомольская", "ул. Набережная", "ул. Тувинских добровольцев"))
    return [r.choice((f"{code}, Республика Тыва, {kozhuun}, {village}, {street}, д. {r.randint(1, 80)}",
                      f"{village}, {street} {r.randint(1, 80)}, Тыва"))]


def _tv_block(v: Values) -> list[str]:
    r = v.rng
    town, code = r.choice((("г. Ак-Довурак", "668051"), ("г. Кызыл", "667000"), ("г. Шагонар", "668210"), ("г. Чадан", "668110")))
    return [f"{r.choice(TV_STREETS)}, д. {r.randint(1, 90)}, кв. {r.randint(1, 80)}", f"{town}, Республика Тыва", code]


OWN = Own(
    mobiles=MOBILES,
    shapes={"lr_nin": _lr_nin, "lr_tin": _lr_tin, "phone_lr": _phone_lr, "gy_id": _gy_id, "gy_nis": _gy_nis,
            "phone_gy": _phone_gy, "paddy": _paddy, "gold": _gold, "personnummer": _personnummer,
            "samordning": _samordning, "orgnr": _orgnr, "bankgiro": _bankgiro, "phone_se": _phone_se,
            "hunt_ticket": _hunt_ticket, "roha": _roha, "windows": _windows, "hunt_club": _hunt_club},
    checks={"personnummer": _se_id_ok, "samordning": _se_id_ok, "orgnr": _orgnr_ok, "bankgiro": _bankgiro_ok,
            "phone_lr": _dials("LR"), "phone_gy": _dials("GY"), "phone_se": _dials("SE")},
    escapes={"utf16-b64": utf16_b64, "pdf-octal16": pdf_octal16},
    unescapes={"utf16-b64": _from_utf16_b64, "pdf-octal16": _from_pdf_octal16},
    lines={"lr_street": _lr_street, "lr_box": _lr_box, "lr_lines": _lr_lines, "gy_lot": _gy_lot, "gy_village": _gy_village,
           "gy_lines": _gy_lines, "se_city": _se_city, "se_ru": _se_ru, "se_lines": _se_lines, "tv_kyzyl": _tv_kyzyl,
           "tv_kozhuun": _tv_kozhuun, "tv_block": _tv_block},
    people={"en": (), "ru": ("sv_SE",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["I beg you, the paddy money, my number is {v}",
                         "the miller say call him on {v}, after six",
                         "my ⟦Lonestar|ORGANIZATION⟧ number is {v}, the Orange one finish",
                         "the gold buyer in ⟦Bartica|LOCATION⟧, he number is {v}",
                         "for the diamond, call my old ma on {v}, ya",
                         "my cousin-sister in ⟦Gbarnga|LOCATION⟧ is on {v}",
                         "the rice mill office, {v}, they close by five",
                         "for the weighing day ring {v}, bai",
                         "me ⟦Digicel|ORGANIZATION⟧ number is {v}, wha yuh seh",
                         "call the mill at ⟦Black Bush Polder|LOCATION⟧ on {v} for the drying floor",
                         "da so, my number is {v}, any time",
                         "the man with the excavator, {v}"],
                  "ru": ["мой шведский номер {v}, вотсап есть",
                         "монтажник, номер {v}, скажи, что от Аяны",
                         "по окнам звоните на {v}, после обеда",
                         "экии, мой номер {v}",
                         "звоните на {v}, я в ⟦Чадане|LOCATION⟧ до пятницы",
                         "номер егеря, что на марала водит, {v}",
                         "пишите на {v}, отвечу, как выйду из тайги",
                         "номер председателя охотклуба {v}, он завтра в ⟦Туране|LOCATION⟧",
                         "мой номер в ⟦Кызыле|LOCATION⟧ {v}, звоните вечером",
                         "записывай, ам, {v}, это брата"]},
        "email": {"en": ["the paddy payment slip goes to {v}",
                         "send the mill's statement to {v}, thank you oh",
                         "my email for the gold receipt, {v}",
                         "the cooperative of the farmers want the list at {v}",
                         "email the diamond valuation to {v}",
                         "my daughter in ⟦New Amsterdam|LOCATION⟧ does use {v}",
                         "for the payment write to {v}, I beg you",
                         "he email is {v}, that one self"],
                  "ru": ["почта фирмы по окнам для заказа {v}",
                         "договор на окна пришлите на {v}",
                         "мой имейл {v}, четтирдим заранее",
                         "пишите на {v}, я на охоте до воскресенья",
                         "почта охотничьего клуба {v}",
                         "замеры скиньте на {v}",
                         "мой мейл в ⟦Швеции|LOCATION⟧ {v}",
                         "почта егеря {v}, четтирдим"]},
        "dob": {"en": ["my old ma was born {v}, she can't come to the mill",
                       "I was born {v} in ⟦Ganta|LOCATION⟧",
                       "the farmer born {v}, put it on the paddy card",
                       "he was born {v} in ⟦Linden|LOCATION⟧, so he know the mines",
                       "the miner's birth date, {v}, for the declaration",
                       "born {v} at ⟦JFK Medical Center|ORGANIZATION⟧",
                       "my granny was born {v}, up ⟦Mahaicony|LOCATION⟧",
                       "she say she born {v}, ya"],
                "ru": ["я родилась {v} в ⟦Кызыле|LOCATION⟧",
                       "охотник родился {v}, так в охотбилете",
                       "сын родился {v}, уже в ⟦Уппсале|LOCATION⟧",
                       "ачам родился {v}, в стойбище",
                       "родилась {v}, пишите в договор на окна",
                       "муж родился {v}, в ⟦Шагонаре|LOCATION⟧",
                       "кырган-авам родилась {v}, в ⟦Эрзине|LOCATION⟧",
                       "егерь с путёвками родился {v}"]},
        "fillers": {"en": ["oh ya", "I beg you", "enh?", "da so", "small-small", "o-ho",
                           "bai", "wha yuh seh", "wah dis", "yuh know", "man, look", "like how"],
                    "ru": ["ну, хей", "тэк", "ну, лагом", "экии", "шын, шын", "ам, подождите",
                           "ну, значит, тэк-с", "ладно, ок", "ну, тюсс"]},
        "digit_sep": {"en": [" ... [the huller roaring] ... ", " -- enh -- ", " [the scale clicks] "],
                      "ru": [" ... [шуруповёрт жужжит] ... ", " -- тэк -- ", " [собаки лают] "]},
        "email_at": {"en": [" at, I beg you, ", " [at, bai] ", " the at sign, ya, "],
                     "ru": [" снабель-а, собака, ", " эт, шын, ", " (at, лагом) "]},
        "email_dot": {"en": [" dot, da so, ", " (dot, yuh know) ", " full stop, dot, "],
                      "ru": [" пункт, точка, ", " точка, ну, тэк, ", " (dot, экии) "]},
        "spell": {"en": [", one one letter, ya, ", " -- letter by letter, bai -- "],
                  "ru": [", по буквам, шын, ", " ... по одной букве, тэк ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("NIN", "GOV_ID", "lr_nin"), ("national ID no.:", "GOV_ID", "lr_nin"),
                        ("national ID of the farmer (NIR card)", "GOV_ID", "lr_nin"), ("ID card number (Liberia):", "GOV_ID", "lr_nin"),
                        ("TIN (LRA)", "GOV_ID", "lr_tin"), ("LRA TIN:", "GOV_ID", "lr_tin"),
                        ("Lonestar line", "PHONE", "phone_lr"), ("Orange number:", "PHONE", "phone_lr"),
                        ("farmer's cell", "PHONE", "phone_lr"),
                        ("ID card", "GOV_ID", "gy_id"), ("national ID (Guyana):", "GOV_ID", "gy_id"),
                        ("the miner's ID card no.", "GOV_ID", "gy_id"),
                        ("NIS", "GOV_ID", "gy_nis"), ("NIS no.:", "GOV_ID", "gy_nis"),
                        ("Digicel cell", "PHONE", "phone_gy"), ("GTT number:", "PHONE", "phone_gy"),
                        ("miner's cell", "PHONE", "phone_gy"),
                        ("the wife's ph. for the payment", "PHONE", "phone_fmt"), ("miner's other cell no.", "PHONE", "phone_sep"),
                        ("paddy ticket", "OTHER", "paddy"), ("bag ticket no.:", "OTHER", "paddy"),
                        ("gold declaration", "OTHER", "gold"), ("buying receipt no.:", "OTHER", "gold"),
                        ("code for the mill store", "SECRET", "pin4"), ("the safe code:", "SECRET", "pin4"),
                        ("password for the mill laptop", "SECRET", "password"), ("buying office PC pw:", "SECRET", "password"),
                        ("farmer's DOB", "DATE_OF_BIRTH", "dob_slash"), ("miner born", "DATE_OF_BIRTH", "dob_month"),
                        ("date of birth (ID card):", "DATE_OF_BIRTH", "dob_iso"), ("DOB of the dredge owner", "DATE_OF_BIRTH", "dob_dashes"),
                        ("driving licence of the truck man (UK one)", "GOV_ID", "licence"),
                        ("crop insurance (paddy):", "OTHER", "policy"),
                        ("NIN of the husband", "GOV_ID", "lr_nin"), ("NIS of the miner:", "GOV_ID", "gy_nis"),
                        ("padlock PIN", "SECRET", "pin4"), ("ID card of the wife", "GOV_ID", "gy_id"),
                        ("MoMo number (Liberia)", "PHONE", "phone_lr"), ("TIN of the mill:", "GOV_ID", "lr_tin"),
                        ("the porter's ticket for the paddy", "OTHER", "paddy")],
                 "ru": [("персонуммер", "GOV_ID", "personnummer"), ("personnummer:", "GOV_ID", "personnummer"),
                        ("персонуммер жены", "GOV_ID", "personnummer"), ("шведский личный номер", "GOV_ID", "personnummer"),
                        ("персонуммер ребёнка:", "GOV_ID", "personnummer"),
                        ("саморднингснуммер", "GOV_ID", "samordning"),
                        ("координационный номер (Швеция):", "GOV_ID", "samordning"),
                        ("оргнуммер фирмы", "OTHER", "orgnr"), ("organisationsnummer:", "OTHER", "orgnr"),
                        ("банкгиро", "OTHER", "bankgiro"), ("bankgiro фирмы по окнам:", "OTHER", "bankgiro"),
                        ("шведский мобильный", "PHONE", "phone_se"), ("тел. (SE):", "PHONE", "phone_se"),
                        ("мобильник монтажника", "PHONE", "phone_se"),
                        ("охотбилет", "GOV_ID", "hunt_ticket"), ("единый охотничий билет:", "GOV_ID", "hunt_ticket"),
                        ("разрешение на ружьё", "GOV_ID", "roha"), ("РОХа егеря:", "GOV_ID", "roha"),
                        ("заказ на окна", "OTHER", "windows"), ("номер замера:", "OTHER", "windows"),
                        ("путёвка в угодья", "OTHER", "hunt_club"), ("номер путёвки охотклуба:", "OTHER", "hunt_club"),
                        ("телефон жены охотника", "PHONE", "phone_fmt"), ("тел. заказчицы окон", "PHONE", "phone_sep"),
                        ("паспорт егеря", "GOV_ID", "passport_ru"), ("паспорт заказчика окон:", "GOV_ID", "passport_no"),
                        ("СНИЛС монтажника", "GOV_ID", "snils"), ("ИНН охотклуба:", "GOV_ID", "inn_glued"),
                        ("ИНН заказчика окон", "GOV_ID", "inn"),
                        ("полис ОМС егеря", "OTHER", "digits16"), ("права водителя вездехода", "GOV_ID", "vu_ru"),
                        ("загран для поездки в ⟦Стокгольм|LOCATION⟧", "GOV_ID", "zagran"),
                        ("дата рожд. охотника:", "DATE_OF_BIRTH", "dob_dots"), ("заказчик окон родился", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. по охотбилету", "DATE_OF_BIRTH", "dob_short"), ("родилась (по шведскому ID)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от сейфа с ружьями", "SECRET", "pin4"), ("пароль от кабинета фирмы:", "SECRET", "password"),
                        ("код от склада в ⟦Национальном музее Тувы|ORGANIZATION⟧", "SECRET", "pin4"),
                        ("порткод в шведском доме", "SECRET", "pin4"),
                        ("пароль от вайфая на заимке", "SECRET", "password"),
                        ("охотбилет сына:", "GOV_ID", "hunt_ticket"), ("персонуммер мужа", "GOV_ID", "personnummer"),
                        ("мобильный егеря (SE)", "PHONE", "phone_se"), ("заказ на балконную раму:", "OTHER", "windows")]},
        "carriers": {"en": ["Paddy card: {v}", "{v} (per the farmer)", "buying book - {v}", "{v}, thank you oh",
                            "on the declaration form: {v}", "{v} ya", "the miner call out {v}",
                            "for the mill manager file: {v}", "box 2 on the receipt: {v}"],
                     "ru": ["в блокноте замерщика: {v}", "{v}, четтирдим", "в договоре на окна {v}", "{v} (со слов охотника)",
                            "для Мигрейшенсверкет: {v}", "{v}, тэк", "скинула мужу в вотсап {v}",
                            "в журнале выдачи путёвок: {v}", "для бухгалтера охотклуба: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the mill on Facebook, {v}", "tag {v} in the paddy farmers group", "the gold buyer is {v} on TikTok",
                      "my IG is {v}, bai", "DM {v} for the price of gold", "I'm {v} on WhatsApp status, ya"],
               "ru": ["наша фирма по окнам в инсте {v}", "отметь {v} в чате охотников", "{v} в телеге, он егерь",
                      "русские в ⟦Гётеборге|LOCATION⟧ в телеге {v}", "ник в чате ⟦Кызыла|LOCATION⟧ {v}",
                      "пишите {v}, он ружьё продаёт"]},
        "url": {"en": ["my page about the paddy fields is {v}", "the gold price page I follow, {v}", "the mill blog {v}",
                       "the diamond buyer page is {v}", "my page, da so, {v}", "check {v}, bai"],
                "ru": ["мой канал про жизнь в ⟦Швеции|LOCATION⟧ {v}", "фото окон до и после на {v}", "страница охотклуба {v}",
                       "мой блог про ⟦Тыву|LOCATION⟧ {v}", "отзывы о фирме: {v}", "глянь, тэк, {v}"]},
        "url_layouts": {"any": ["https://{site}?mibextid=ZbWKwL", "{site} (look there, bai)", "https://{site}/#about",
                                "({site}) my page"]},
        "ssh": {"any": ["ssh -o ConnectTimeout=20 -l mill {v}", "ssh -p 2222 -i ~/.ssh/buying_ecdsa {v}",
                        "scp paddy-2026.xlsx {v}:/srv/mill/", "rsync -avz ./zamery/ {v}:/backup/okna/"]},
        "remote": {"any": ["git clone --recurse-submodules -j4 https://github.com/{v}.git", "git remote add mirror git@gitlab.com:{v}.git",
                           "pip install --user git+https://github.com/{v}.git", "pnpm add github:{v}#semver:^2"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:mill-prod", "FROM docker.io/{v}:slim-gold",
                             "podman pull quay.io/{v}:okna", "docker push ghcr.io/{v}:hunt-beta"]},
        "home": {"any": ["/home/{v}/paddy-receipts/", "C:\\Users\\{v}\\Documents\\GoldBuying\\", "/Users/{v}/Desktop/okna/",
                         "/mnt/c/Users/{v}/ohota/"]},
        "tool": {"en": ["the mill computer froze on {v}", "my nephew tell me type {v}", "it hang at {v}, enh",
                        "paste {v} in the buyers' chat"],
                 "ru": ["внук из ⟦Вестероса|LOCATION⟧ мне запускал {v}", "программист из ⟦Мальмё|LOCATION⟧ сказал ввести {v}",
                        "всё встало на {v}, шын", "скинул {v} в чат монтажников"]},
        "mention": {"en": ["{h} thank you oh!", "{h} tanks bai!", "{h} can you do the weighing in ⟦Anna Regina|LOCATION⟧?",
                           "{h}: paddy dry, ya", "thanks {h}, I beg you", "{h} eh-eh, true?"],
                    "ru": ["{h}, четтирдим!", "{h} так, тэк", "{h}, скинь фото марала", "{h}: принято, лагом",
                           "спасибо, {h}, шын", "{h} ну ты даёшь, экии"]},
    },
    4: {
        "url": {"en": ["the mill payment link had ?{k}={v}&crop=paddy", "the buying office form prefilled {k}={v}",
                       "the WhatsApp link carried {k}={v}&ref=wa", "GET /farmers/lookup?{k}={v} 200"],
                "ru": ["ссылка на заказ окон ?{k}={v}&lang=sv", "в ссылке на запись в охотклуб {k}={v}",
                       "в переходе из телеги охотклуба {k}={v}&src=tg", "в логе сайта фирмы: GET /orders/find?{k}={v}"]},
        "markup": {"en": ["the paddy receipt HTML has <div class=\"{k}\">{v}</div>",
                          "the declaration template reads <h4>{v}</h4>",
                          "the farmer form has <input value=\"{v}\" name=\"{k}\" type=\"text\">"],
                   "ru": ["в HTML договора на окна <div class=\"{k}\">{v}</div>",
                          "в шаблоне путёвки <h4>{v}</h4>",
                          "в форме заявки <input value=\"{v}\" name=\"{k}\" type=\"text\">"]},
        "prose": {"en": ["the ⟦Ecobank|ORGANIZATION⟧ transfer shows the sender as {v}", "the paddy bag tag says {v}",
                         "the gold receipt is in the name of {v}", "the mobile money SMS reads {v}"],
                  "ru": ["в приложении ⟦Swedbank|ORGANIZATION⟧ в истории платежей получатель {v}", "на эскизе окна подписано {v}",
                         "в списке загонщиков {v}", "в разрешении на добычу охотник {v}"]},
        "escapes": {"utf16-b64": {"en": ["the mill's script has [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('{v}'))",
                                         "the buying office PC ran powershell -c \"$n=[Convert]::FromBase64String('{v}')\"",
                                         "in the payroll script: $owner = '{v}' # base64, Unicode"],
                                  "ru": ["в скрипте фирмы по окнам [Convert]::FromBase64String('{v}')",
                                         "в логе планировщика задач охотклуба FromBase64String('{v}')",
                                         "в скрипте бухгалтера $client = '{v}' # base64 UTF-16"]},
                    "pdf-octal16": {"en": ["the receipt PDF's info has /Author ({v})",
                                           "qpdf --qdf of the declaration shows /Title ({v})",
                                           "in the contract PDF: /Producer (pdfTeX) /Author ({v})"],
                                    "ru": ["в PDF договора на окна /Author ({v})",
                                           "в свойствах PDF путёвки /Title ({v})",
                                           "в исходнике PDF сметы /Author ({v}) /Creator (LaTeX)"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the farmer's home address is {v}", "the tarpaulin and the bags go to {v}",
                        "the miner's address is {v}", "she moved in with her aunty at {v}", "send the payment slip to {v}",
                        "address as per the ID card: {v}"],
                 "ru": ["адрес: {v}, на двери код, позвоните снизу", "мы живём {v}, за магазином", "замер по адресу {v}",
                        "охотклуб находится {v}", "я теперь снимаю квартиру по андрахенду {v}", "заказчик окон прописан {v}"]},
        "block": {"en": ["Send the paddy payment to:\n{v}", "Farmer's home address (for the mill card):\n{v}",
                         "Where to carry the sand for the washing:\n{v}", "Miner's address -\n{v}"],
                  "ru": ["Адрес монтажа окон:\n{v}", "Охотклуб (по средам приём)\n{v}",
                         "Куда везти профиль (звонить заранее):\n{v}", "Адрес заказчика окон -\n{v}"]},
        "layouts": {"en": ["lr_street", "lr_box", "lr_lines", "gy_lot", "gy_village", "gy_lines"],
                    "ru": ["se_city", "se_ru", "se_lines", "tv_kyzyl", "tv_kozhuun", "tv_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Farmer: {v}", "Miller on shift: {v}", "Mill (owner): {v}", "the buyer {v} weighed the gold",
                        "the pork-knocker said his name is {v}", "Buying office manager: {v}", "the paddy was signed for by {v}",
                        "Delegate of the rice farmers: {v}"],
                 "ru": ["Заказчик окон: {v}", "Монтажник: {v}", "егерь {v} застрял на перевале",
                        "председатель охотклуба — {v}", "Замерщик на смене: {v}", "звонила {v} насчёт подоконников",
                        "Загонщик: {v}"]},
        "kin": {"en": [("my old ma", "f"), ("my old pa", "m"), ("my ma", "f"), ("my pa", "m"), ("my sister-child", "f"),
                       ("my granny from ⟦Berbice|LOCATION⟧", "f"), ("my mudda in ⟦Linden|LOCATION⟧", "f"), ("my fadda from the backdam", "m"), ("my tantie", "f"),
                       ("my big bredda", "m"), ("the miner's wife", "f")],
                "ru": [("мой ачам", "m"), ("моя авам", "f"), ("моя угбам", "f"), ("мой акым из ⟦Чадана|LOCATION⟧", "m"),
                       ("мой дуңмам", "m"), ("мой кырган-ачам", "m"), ("моя самбо", "f"), ("моя свэрмур", "f"),
                       ("моя свекровь из ⟦Ак-Довурака|LOCATION⟧", "f"), ("мой морфар", "m")]},
        "kin_carriers": {"en": ["{v} will bring the paddy bags", "{v} is selling the gold",
                                "{v} comes down from ⟦Voinjama|LOCATION⟧", "{v} will carry the rice to the mill",
                                "{v} signed the declaration", "{v} is driving to ⟦Parika|LOCATION⟧"],
                         "ru": ["{v} заплатит за окна", "{v} прилетит из ⟦Стокгольма|LOCATION⟧", "{v} заберёт путёвку",
                                "{v} работает монтажником", "{v} передаёт привет из ⟦Турана|LOCATION⟧",
                                "{v} вступит в охотклуб"]},
        "wordnames": {"en": {"f": ["Deliverance", "Musu", "Rejoice", "Garnet", "Honesty", "Favourite", "Glorious"],
                             "m": ["Marvel", "Godspower", "Champ", "Victorious", "Emperor", "Welcome", "Goodluck"]},
                      "ru": {"f": ["Чечек", "Айлана", "Сайзана", "Шончалай"], "m": ["Кежик", "Буян", "Маадыр"]}},
        "list": {"en": ["Farmers for Tuesday weighing:\n{v}", "Miners who brought gold\n{v}", "Millers this week:\n{v}",
                        "| Farmer | bags |\n|---|---|\n{v}"],
                 "ru": ["Оплатить окна до среды:\n{v}", "Не сдали путёвки\n{v}", "Монтажники на выходные:\n{v}",
                        "| Охотник | Номер |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - paid out", "* {v} (bags weighed)", "{v} [slip sent]", "| {v} | 40 |"]},
        "broken": {"en": ["the paddy card was signed by the mill clerk {v} at noon",
                          "the gold book was checked by the buyer {v} on Friday"],
                   "ru": ["заказ на окна оформила {v}", "путёвку выдал егерь {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the mill portal logged in from {v}", "the buying office router is {v}",
                      "allow {v} on the mill firewall", "the moisture meter reported from {v}",
                      "the CCTV at the gold office dropped {v}", "my IP, ya, is {v}"],
               "ru": ["вход в кабинет фирмы с {v}", "роутер на заимке {v}", "айпи сайта охотклуба {v}",
                      "чужой вход в кабинет замерщика с {v}", "заблокируйте {v}, тэк", "мой айпишник {v}, четтирдим"]},
        "iban": {"en": ["refund the deposit for the dryer to {v}", "my account in ⟦Georgetown|LOCATION⟧ is {v}",
                        "the mill's IBAN is {v}", "the buyer pays the rest from {v}"],
                 "ru": ["за окна переводите на {v}", "мой счёт в ⟦Handelsbanken|ORGANIZATION⟧ {v}",
                        "за отменённый замер верните на IBAN {v}", "взнос в охотклуб {v}"]},
        "mac": {"en": ["the moisture meter's MAC is {v}", "the gold scale's MAC {v}", "add {v} to the Wi-Fi, I beg you",
                       "the mill AP logged {v}"],
                "ru": ["MAC фотоловушки {v}", "MAC станка для резки профиля {v}", "добавь {v} в роутер цеха",
                       "роутер на базе режет {v}"]},
        "card": {"en": ["the card for the paddy advance is {v}", "charge {v} for the milling", "the miner paid with {v}",
                        "the farmer read the card number as {v}"],
                 "ru": ["карта для оплаты окон {v}", "номер карты егеря {v}", "скинь на карту {v}, четтирдим",
                        "карта {v}, потерял в ⟦Кызыле|LOCATION⟧, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Good morning, my name is {v}, from the mill", "Name of the farmer: {v}"],
                         "GOV_ID": ["my old UK licence is number {v}", "DL (buyer): {v}"],
                         "USERNAME": ["my username on the mill app is {v}", "buying portal login: {v}"]},
                  "ru": {"PERSON": ["Экии, это {v}", "ФИО заказчика окон: {v}"],
                         "GOV_ID": ["паспорт РФ охотника {v}", "паспорт заказчицы {v}"],
                         "USERNAME": ["мой логин на сайте охотклуба {v}", "логин в программе замеров: {v}"]}},
        "later": {"en": ["about the farmer {v} again", "still waiting on {v}, ya", "{v} call back, thank you oh",
                         "chasing {v}, bai", "(farmer {v})"],
                  "ru": ["по заказчику окон {v}", "{v} опять звонила про откосы", "напоминаю про членский взнос охотклуба, {v}",
                         "(см. выше про путёвку: {v})", "{v}, ответьте, тэк"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the jute bags order {v} is late", "the mercury retort order {v} came wrong",
                     "the ⟦Jumia|ORGANIZATION⟧ order {v} reach ⟦Monrovia|LOCATION⟧"],
              "ru": ["заказ петель {v} с ⟦Ozon|ORGANIZATION⟧ пришёл", "заказ профиля {v} для балкона", "отмена по заказу {v}, тэк"]},
    "price": {"en": ["a bag of paddy is {v}", "the milling costs {v}", "a pennyweight of gold came to {v}"],
              "ru": ["окно под ключ {v}", "путёвка на марала {v}", "квартира в ⟦Кызыле|LOCATION⟧ {v}"]},
    "timestamp": {"en": ["the farmer reached the mill {v}", "the truck left the drying floor {v}", "the huller broke down {v}"],
                  "ru": ["фирма открывается в {v}", "сбор охотников в {v}", "вездеход выехал в {v}"]},
    "version": {"en": ["the mill app {v} crashes", "the gold price app {v}", "since the {v} update of the scale software"],
                "ru": ["приложение охотклуба {v}", "версия программы для замеров {v}", "после обновления {v} станок для профиля не режет"]},
    "room": {"en": ["the farmers meet in room {v}", "the buyer is in office {v}", "the paddy is in bond {v}"],
             "ru": ["кабинет {v}, второй этаж", "монтажный цех {v}", "склад {v} у фирмы"]},
    "flight": {"en": ["my flight to ⟦Monrovia|LOCATION⟧ is {v}", "the buyer lands on {v}", "the gold man is on {v}"],
               "ru": ["летим в ⟦Стокгольм|LOCATION⟧ рейсом {v}", "{v} задержали, шын", "встречай с {v} в ⟦Кызыле|LOCATION⟧"]},
    "isbn": {"en": ["the rice growers' handbook is ISBN {v}", "the small miners' guide, ISBN {v}", "ISBN {v}, the Creolese dictionary"],
             "ru": ["справочник охотника ISBN {v}", "ISBN {v}, разговорник шведского", "ISBN {v}, тувинско-русский словарь"]},
    "doc-ip": {"en": ["the moisture meter manual shows {v}", "the mill system guide's example is {v}", "the buying office network sheet has {v}"],
               "ru": ["в инструкции к фотоловушке {v}", "в примере настройки камеры на базе {v}", "в схеме сети цеха {v}"]},
    "spoken-date": {"en": ["the paddy weighing is booked for {v}", "the gold buying day is on {v}", "the farmers meeting is set for {v}"],
                    "ru": ["монтаж окон перенесли на {v}", "открытие охоты в ⟦Туве|LOCATION⟧ назначили на {v}", "замер назначили на {v}"]},
    "kinship-verb": {"en": ["my old ma {v} come to the mill", "my tantie {v} bring the paddy",
                            "my big bredda {v} pay for the milling"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Thank you oh, noted.", "Okay, the paddy card is updated.", "Tanks bai, saved.",
                        "Alright, the clerk knows.", "Ya, the book is updated.", "I beg you, done."],
                 "ru": ["Четтирдим, записала.", "Хорошо, поправила в журнале путёвок.", "Тэк, внесла в журнал.",
                        "Поняла, передам егерю.", "Спасибо, замер в заказ внесла.", "Лагом, готово."]}
