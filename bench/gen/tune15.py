"""The bank of ``tune15``, the fifteenth pair's tune set, and the code that is its own.

Its writers: Papua New Guinean English (Port Moresby and its suburbs, Lae, Mount Hagen,
Goroka, Madang, Kokopo; Tok Pisin words) and Malawian English (Lilongwe and its numbered
areas, Blantyre, Zomba, Mzuzu, Mangochi and the villages; Chichewa words), tobacco growers
with the auction floors that buy their bales, and borehole drillers with the households and
villages who order boreholes; in Russian, Russian speakers living in Italy (Rome, Milan,
Bologna, Rimini, Naples, Turin; Italian words in Russian sentences) and speakers in Mari El
(Yoshkar-Ola, Volzhsk, Kozmodemyansk, Medvedevo and the villages; Mari words), translation
and apostille bureaus with their clients, and massage therapists with their clients. Its own
shapes (each with the check a reader runs where the id has one), address layouts, two escapes
of family 4 and the locales of its writers' names are in :data:`OWN`; ``bench/gen/banks.py``
takes :data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here. Written from memory, not
from a specification: the layouts of the Papua New Guinean national identity number and
taxpayer number, of the Malawian national identity card (eight letters and digits) and
taxpayer number (eight digits), of the Italian electronic identity card (two letters, five
digits, two letters), none with a check written, the sections and lots of Port Moresby, the
post boxes and three-digit post codes of Papua New Guinea, the areas and plots of Lilongwe,
the Malawian traditional authorities, the Italian post codes with the province's letters and
the staircases (scala) and flats (interno), the streets, districts and post codes of Mari El.
The codice fiscale's check letter (the odd and even tables, the sum modulo 26), its month
letters and forty added to a woman's day, and the partita IVA's check digit (the Luhn digit)
are as published.
"""

from __future__ import annotations

import base64
import html

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Papua New Guinea (Digicel, bmobile) and Malawi
# (Airtel, TNM)
MOBILES = (("PG", ("70", "71", "72", "73", "74", "75", "76", "79"), 6, (4, 4)),
           ("MW", ("099", "088", "098", "089"), 7, (4, 3, 3)))


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        x = int(c) * (2 if i % 2 == 0 else 1)
        total += x // 10 + x % 10
    return str(-total % 10)


# -- family 2: shapes -----------------------------------------------------------------------

def _pg_nid(v: Values, lang: str) -> str:
    """A Papua New Guinean national identity number: ten digits."""
    n = v.digits(10)
    return v.rng.choice((n, f"{n[:4]} {n[4:7]} {n[7:]}", f"NID {n}"))


def _pg_tin(v: Values, lang: str) -> str:
    n = "50" + v.digits(7, False)
    return v.rng.choice((n, f"{n[:3]}-{n[3:6]}-{n[6:]}", f"TIN {n}"))


def _phone_pg(v: Values, lang: str) -> str:
    d = _valid("PG", ("70", "71", "72", "73", "74", "75", "76", "79"), 6, v)
    return v.rng.choice((f"{d[:4]} {d[4:]}", f"+675 {d[:4]} {d[4:]}", d, f"(675) {d}", f"+675{d}"))


def _mw_nid(v: Values, lang: str) -> str:
    """A Malawian national identity card: eight letters and digits."""
    r = v.rng
    n = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(8))
    return r.choice((n, f"{n[:4]} {n[4:]}"))


def _mw_tpin(v: Values, lang: str) -> str:
    return v.rng.choice((v.digits(8), f"TPIN {v.digits(8)}", f"{v.digits(4)}-{v.digits(4, False)}"))


def _phone_mw(v: Values, lang: str) -> str:
    d = _valid("MW", ("099", "088", "098", "089"), 7, v)
    return v.rng.choice((f"{d[:4]} {d[4:7]} {d[7:]}", f"+265 {d[1:4]} {d[4:7]} {d[7:]}", d, f"+265{d[1:]}",
                         f"{d[:4]}-{d[4:]}"))


def _bale(v: Values, lang: str) -> str:
    return v.rng.choice((f"Bale {v.digits(6)}", f"GRW/{v.rng.choice(('LL', 'KU', 'MZ', 'CK'))}/{v.digits(5)}",
                         f"{v.digits(4)}-{v.digits(2, False)}/BT"))


def _borehole(v: Values, lang: str) -> str:
    return v.rng.choice((f"BH-{v.rng.randint(2024, 2026)}-{v.digits(3, False)}", f"Job {v.digits(4)}/DR",
                         f"Rig 2 / {v.digits(5)}"))


MONTHS_CF = "ABCDEHLMPRST"
CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6,
                   8, 12, 14, 16, 10, 22, 25, 24, 23)))
CF_SURNAMES = ("IVANOVA", "PETROVA", "SMIRNOVA", "KOVALENKO", "MOROZOVA", "VOLKOV", "SOKOLOV", "POPOVA",
               "LEBEDEVA", "KOZLOV", "NOVIKOVA", "ROSSI", "ZAITSEVA", "ORLOV", "MEDVEDEVA")
CF_NAMES = (("MARINA", "f"), ("OLGA", "f"), ("TATIANA", "f"), ("SVETLANA", "f"), ("IRINA", "f"), ("ELENA", "f"),
            ("NATALIA", "f"), ("ALEKSANDR", "m"), ("DMITRII", "m"), ("SERGEI", "m"), ("ANDREI", "m"), ("IGOR", "m"))
CF_PLACES = ("Z154", "Z154", "Z154", "Z138", "H501", "F205", "A944", "H294", "F839", "L219")


def _cf_part(word: str, first: bool) -> str:
    cons = [c for c in word if c not in "AEIOU"]
    vows = [c for c in word if c in "AEIOU"]
    if first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def _cf_check(body: str) -> str:
    total = sum(CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(body))
    return chr(65 + total % 26)


def _codice_fiscale(v: Values, lang: str) -> str:
    """A codice fiscale: three letters of the surname, three of the name, the year's two
    digits, the month's letter, the day (forty added for a woman), the place's code (Z and
    the country for one born abroad), the check letter."""
    r = v.rng
    name, sex = r.choice(CF_NAMES)
    y, m, d = v.birth()
    body = (_cf_part(r.choice(CF_SURNAMES), False) + _cf_part(name, True) + f"{y % 100:02d}" + MONTHS_CF[m - 1]
            + f"{d + (40 if sex == 'f' else 0):02d}" + r.choice(CF_PLACES))
    n = body + _cf_check(body)
    return r.choice((n, n, n.lower(), f"{n[:6]} {n[6:11]} {n[11:]}"))


def _cf_ok(text: str) -> bool:
    n = text.replace(" ", "").upper()
    if len(n) != 16 or not n[:6].isalpha() or not n[6:8].isdigit() or n[8] not in MONTHS_CF:
        return False
    day = int(n[9:11])
    return (1 <= day <= 31 or 41 <= day <= 71) and _cf_check(n[:15]) == n[15]


def _partita_iva(v: Values, lang: str) -> str:
    """A partita IVA: seven digits, the office's three (001 to 100), the Luhn digit."""
    body = v.digits(7, False) + f"{v.rng.randint(1, 100):03d}"
    n = body + _luhn_digit(body)
    return v.rng.choice((n, f"IT{n}", f"IT {n}"))


def _piva_ok(text: str) -> bool:
    n = text.replace("IT", "").replace(" ", "")
    return len(n) == 11 and n.isdigit() and 1 <= int(n[7:10]) <= 100 and _luhn_digit(n[:10]) == n[10]


def _cie(v: Values, lang: str) -> str:
    """An Italian electronic identity card: two letters, five digits, two letters."""
    r = v.rng
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f"C{r.choice('ABCDE')}{v.digits(5, False)}{r.choice(letters)}{r.choice(letters)}"


def _phone_it(v: Values, lang: str) -> str:
    d = _valid("IT", ("320", "324", "328", "329", "333", "338", "339", "340", "345", "347", "349", "351", "366",
                      "388", "392"), 7, v)
    return v.rng.choice((f"{d[:3]} {d[3:6]} {d[6:]}", f"+39 {d[:3]} {d[3:]}", d, f"+39{d}", f"{d[:3]}/{d[3:]}",
                         f"0039 {d[:3]} {d[3:6]} {d[6:]}"))


def _translation(v: Values, lang: str) -> str:
    return v.rng.choice((f"П-{v.digits(4)}/{v.rng.randint(24, 26)}", f"Заказ {v.digits(3)}-А", f"TR{v.digits(5)}"))


def _massage(v: Values, lang: str) -> str:
    return v.rng.choice((f"Абонемент {v.digits(4, False)}", f"МС-{v.digits(5)}", f"{v.digits(3)}/10 сеансов"))


# -- family 4: escapes ------------------------------------------------------------------------

def amp_ncr(text: str) -> str:
    """A name as a site that escapes HTML twice shows it: each character outside ASCII (and
    the ampersand, the brackets and the quotes) as a decimal reference whose ampersand is
    escaped again, ``&amp;#1048;&amp;#1074;...``."""
    return "".join(c if ord(c) < 128 and c not in "&<>\"'" else f"&amp;#{ord(c)};" for c in text)


def _from_amp_ncr(text: str) -> str:
    return html.unescape(html.unescape(text))


def ldif_b64(text: str) -> str:
    """A name as an LDIF export of a directory writes an attribute that is not plain ASCII:
    after a double colon, its UTF-8 bytes in Base64 (``cn:: 0JjQstCw0L0=``; the attribute is
    the carrier's)."""
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def _from_ldif_b64(text: str) -> str:
    return base64.b64decode(text).decode("utf-8")


# -- family 5: address layouts ----------------------------------------------------------------

POM_SUBURBS = ("Gerehu Stage 2", "Gerehu Stage 6", "Boroko", "Hohola", "Tokarara", "Waigani", "Gordons", "Korobosea",
               "Six Mile", "Erima", "Morata", "Badili")
PG_BOXES = (("Boroko", "111", "National Capital District"), ("Waigani", "131", "National Capital District"),
            ("Lae", "411", "Morobe Province"), ("Mount Hagen", "281", "Western Highlands Province"),
            ("Goroka", "441", "Eastern Highlands Province"), ("Madang", "511", "Madang Province"),
            ("Kokopo", "613", "East New Britain Province"))
PG_TOWNS = (("Top Town", "Lae", "Morobe"), ("Eriku", "Lae", "Morobe"), ("Kagamuga", "Mount Hagen", "WHP"),
            ("West Goroka", "Goroka", "EHP"), ("Newtown", "Madang", "Madang"), ("Takubar", "Kokopo", "ENBP"))


def _pg_section(v: Values) -> list[str]:
    """Port Moresby: the section and the lot (or the allotment), the suburb, NCD."""
    r = v.rng
    suburb = r.choice(POM_SUBURBS)
    sec, lot = r.randint(1, 480), r.randint(1, 60)
    return [r.choice((f"Section {sec}, Lot {lot}, {suburb}, NCD", f"Sec {sec} Allot {lot}, {suburb}, Port Moresby",
                      f"Lot {lot} Sec {sec}, {suburb}, NCD, PNG"))]


def _pg_box(v: Values) -> list[str]:
    r = v.rng
    town, code, province = r.choice(PG_BOXES)
    return [r.choice((f"P.O. Box {r.randint(10, 9999)}, {town}, {province}", f"PO Box {r.randint(10, 9999)}, {town} {code}",
                      f"P.O. Box {r.randint(10, 9999)}, {town} {code}, {province}, Papua New Guinea"))]


def _pg_lines(v: Values) -> list[str]:
    r = v.rng
    area, town, province = r.choice(PG_TOWNS)
    return [f"Section {r.randint(1, 200)} Lot {r.randint(1, 40)}", f"{area}, {town}", f"{province}, Papua New Guinea"]


LL_AREAS = (3, 6, 9, 10, 12, 18, 23, 25, 36, 43, 47, 49)
BT_PLACES = ("Namiwawa", "Sunnyside", "Mandala", "Nyambadwe", "Chilomoni", "Ndirande", "Chigumula")
MW_BOXES = (("Lilongwe 3", "P.O. Box"), ("Lilongwe", "Private Bag"), ("Blantyre", "P.O. Box"), ("Limbe", "P.O. Box"),
            ("Mzuzu", "P.O. Box"), ("Zomba", "Private Bag"), ("Kasungu", "P.O. Box"))
MW_VILLAGES = (("Mpingu", "T/A Kalumbu", "Lilongwe"), ("Chimbiya", "T/A Kachindamoto", "Dedza"),
               ("Chinkhoma", "T/A Kaluluma", "Kasungu"), ("Mpamba", "T/A Kabunduli", "Nkhata Bay"),
               ("Nsanama", "T/A Nkagula", "Machinga"), ("Makanjira", "T/A Makanjira", "Mangochi"),
               ("Kabwabwa", "T/A Tsabango", "Lilongwe"))


def _mw_area(v: Values) -> list[str]:
    """Lilongwe's numbered areas and their plots (the area, the sector, the plot), Blantyre's
    named suburbs."""
    r = v.rng
    area = r.choice(LL_AREAS)
    return [r.choice((f"Plot No. {area}/{r.randint(1, 9)}/{r.randint(1, 600)}, Area {area}, Lilongwe",
                      f"Area {area}, Sector {r.randint(1, 6)}, House {r.randint(1, 300)}, Lilongwe",
                      f"House No. {r.randint(1, 90)}, {r.choice(BT_PLACES)}, Blantyre"))]


def _mw_box(v: Values) -> list[str]:
    r = v.rng
    town, kind = r.choice(MW_BOXES)
    n = r.randint(1, 400) if kind == "Private Bag" else r.randint(40, 31999)
    return [r.choice((f"{kind} {n}, {town}", f"{kind} {n}, {town}, Malawi", f"c/o {kind} {n}, {town}"))]


def _mw_lines(v: Values) -> list[str]:
    r = v.rng
    village, ta, district = r.choice(MW_VILLAGES)
    return [f"{village} Village, GVH {r.choice(('Chadza', 'Mkanda', 'Chiwere', 'Kamphata'))}", f"{ta}, {district}",
            "Malawi"]


IT_STREETS = (("Via Nazionale", "00184", "Roma", "RM"), ("Via Tuscolana", "00181", "Roma", "RM"),
              ("Corso Buenos Aires", "20124", "Milano", "MI"), ("Viale Monza", "20127", "Milano", "MI"),
              ("Via dell'Indipendenza", "40121", "Bologna", "BO"), ("Viale Vespucci", "47921", "Rimini", "RN"),
              ("Via Toledo", "80134", "Napoli", "NA"), ("Via Nizza", "10125", "Torino", "TO"),
              ("Corso Vittorio Emanuele II", "10128", "Torino", "TO"), ("Via Emilia", "47921", "Rimini", "RN"))
IT_RU = {"Roma": "Рим", "Milano": "Милан", "Bologna": "Болонья", "Rimini": "Римини", "Napoli": "Неаполь",
         "Torino": "Турин"}


def _it_via(v: Values) -> list[str]:
    """Italy: the street and the number, the staircase (scala) and the flat (interno), the
    five-digit post code, the town and the province's letters."""
    r = v.rng
    street, cap, town, prov = r.choice(IT_STREETS)
    n = f"{r.randint(1, 220)}{r.choice(('', '', '/A', 'B'))}"
    return [r.choice((f"{street} {n}, {cap} {town} ({prov})", f"{street}, {n} - {cap} {town} {prov}",
                      f"{street} {n}, scala {r.choice('ABCD')}, int. {r.randint(1, 30)}, {cap} {town}",
                      f"{street} {n}, {cap} {town.upper()} {prov}"))]


def _it_ru(v: Values) -> list[str]:
    r = v.rng
    street, cap, town, _ = r.choice(IT_STREETS)
    ru = IT_RU[town]
    return [r.choice((f"Италия, {ru}, {street} {r.randint(1, 220)}, интерно {r.randint(1, 30)}, индекс {cap}",
                      f"{ru}, {street} {r.randint(1, 220)}, скала {r.choice('АБ')}, кв. {r.randint(1, 30)}",
                      f"{street} {r.randint(1, 220)}, {cap} {town} (это {ru})"))]


def _it_lines(v: Values) -> list[str]:
    r = v.rng
    street, cap, town, prov = r.choice(IT_STREETS)
    return [f"c/o {r.choice(('Bianchi', 'Esposito', 'Ferrari', 'Romano'))}", f"{street} {r.randint(1, 220)}",
            f"{cap} {town} ({prov})", r.choice(("ITALIA", "Italy"))]


MARI_STREETS = ("Ленинский проспект", "ул. Карла Маркса", "бульвар Чавайна", "ул. Первомайская", "ул. Эшкинина",
                "ул. Машиностроителей", "ул. Красноармейская", "ул. Строителей", "Кремлёвская ул.", "ул. Йывана Кырли")
MARI_CODES = ("424000", "424002", "424003", "424006", "424007", "424019", "424028", "424033")
MARI_VILLAGES = (("Моркинский район", "пгт Морки", "425120"), ("Сернурский район", "пгт Сернур", "425450"),
                 ("Мари-Турекский район", "пгт Мари-Турек", "425500"), ("Параньгинский район", "пгт Параньга", "425570"),
                 ("Советский район", "пгт Советский", "425400"), ("Новоторъяльский район", "пгт Новый Торъял", "425430"),
                 ("Оршанский район", "пгт Оршанка", "425250"), ("Медведевский район", "с. Кузнецово", "425222"))


def _mari_yola(v: Values) -> list[str]:
    r = v.rng
    street = r.choice(MARI_STREETS)
    return [r.choice((f"{r.choice(MARI_CODES)}, Республика Марий Эл, г. Йошкар-Ола, {street}, д. {r.randint(1, 160)}, кв. {r.randint(1, 140)}",
                      f"Йошкар-Ола, {street} {r.randint(1, 160)}-{r.randint(1, 140)}",
                      f"г. Йошкар-Ола, мкр. {r.choice(('Звёздный', 'Дубки', 'Ширяйково', 'Ярмарочный'))}, д. {r.randint(1, 40)}, кв. {r.randint(1, 90)}"))]


def _mari_village(v: Values) -> list[str]:
    """A village of Mari El: the district, the settlement or the village, the street."""
    r = v.rng
    district, village, code = r.choice(MARI_VILLAGES)
    street = r.choice(("ул. Советская", "ул. Мира", "ул. Школьная", "ул. Колхозная", "ул. Лесная"))
    return [r.choice((f"{code}, Республика Марий Эл, {district}, {village}, {street}, д. {r.randint(1, 90)}",
                      f"{village}, {street} {r.randint(1, 90)}, Марий Эл",
                      f"Марий Эл, {district}, д. {r.choice(('Шоруньжа', 'Коркатово', 'Кужмара', 'Изи Ключ'))}, дом {r.randint(1, 70)}"))]


def _mari_block(v: Values) -> list[str]:
    r = v.rng
    town, code = r.choice((("г. Волжск", "425000"), ("г. Козьмодемьянск", "425350"), ("пгт Медведево", "425200"),
                           ("г. Звенигово", "425060"), ("г. Йошкар-Ола", "424000")))
    return [f"ул. {r.choice(('Ленина', 'Гагарина', 'Шестакова', 'Щорса', 'Советская'))}, д. {r.randint(1, 90)}, кв. {r.randint(1, 80)}",
            f"{town}, Республика Марий Эл", code]


OWN = Own(
    mobiles=MOBILES,
    shapes={"pg_nid": _pg_nid, "pg_tin": _pg_tin, "phone_pg": _phone_pg, "mw_nid": _mw_nid, "mw_tpin": _mw_tpin,
            "phone_mw": _phone_mw, "bale": _bale, "borehole": _borehole, "codice_fiscale": _codice_fiscale,
            "partita_iva": _partita_iva, "cie": _cie, "phone_it": _phone_it, "translation": _translation,
            "massage": _massage},
    checks={"codice_fiscale": _cf_ok, "partita_iva": _piva_ok, "phone_pg": _dials("PG"), "phone_mw": _dials("MW"),
            "phone_it": _dials("IT")},
    escapes={"amp-ncr": amp_ncr, "ldif-b64": ldif_b64},
    unescapes={"amp-ncr": _from_amp_ncr, "ldif-b64": _from_ldif_b64},
    lines={"pg_section": _pg_section, "pg_box": _pg_box, "pg_lines": _pg_lines, "mw_area": _mw_area, "mw_box": _mw_box,
           "mw_lines": _mw_lines, "it_via": _it_via, "it_ru": _it_ru, "it_lines": _it_lines, "mari_yola": _mari_yola,
           "mari_village": _mari_village, "mari_block": _mari_block},
    people={"en": (), "ru": ("it_IT",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["plis, for the bale money, my number is {v}",
                         "the driller say ring him on {v} after the rig finish",
                         "my ⟦Digicel|ORGANIZATION⟧ number is {v}, the bmobile one is off",
                         "the floor clerk at ⟦Kanengo|LOCATION⟧, his number is {v}",
                         "for the borehole, call my wantok on {v}, orait",
                         "my brother in ⟦Mzuzu|LOCATION⟧ is on {v}, zikomo",
                         "the auction office, {v}, they close at four",
                         "for the pump repair ring {v}, em tasol",
                         "my ⟦Airtel|ORGANIZATION⟧ line is {v}, TNM is not going through",
                         "call the drilling office in ⟦Lae|LOCATION⟧ on {v} for the siting",
                         "eya, my number is {v}, anytime",
                         "the man with the tractor and trailer, {v}"],
                  "ru": ["мой итальянский номер {v}, вотсап есть",
                         "переводчица, номер {v}, скажите, что от Гали из ⟦Римини|LOCATION⟧",
                         "по апостилю звоните на {v}, после обеда",
                         "салам, мой номер {v}",
                         "звоните на {v}, я в ⟦Волжске|LOCATION⟧ до пятницы",
                         "номер массажистки, что спину правит, {v}",
                         "пишите на {v}, отвечу после смены, я баданте",
                         "номер бюро переводов {v}, они завтра в ⟦Болонье|LOCATION⟧",
                         "мой номер в ⟦Йошкар-Оле|LOCATION⟧ {v}, звоните вечером",
                         "записывай, аллора, {v}, это сестры"]},
        "email": {"en": ["the bale payment advice goes to {v}",
                         "send the floor statement to {v}, zikomo",
                         "my email for the drilling quote, {v}",
                         "the growers' club wants the list at {v}",
                         "email the yield test result to {v}",
                         "my daughter in ⟦Goroka|LOCATION⟧ uses {v}",
                         "for the payment write to {v}, plis",
                         "his email is {v}, that same one"],
                  "ru": ["почта бюро переводов для заказа {v}",
                         "скан диплома для перевода пришлите на {v}",
                         "мой имейл {v}, кугу тау заранее",
                         "пишите на {v}, я в ⟦Неаполе|LOCATION⟧ до воскресенья",
                         "почта массажного кабинета {v}",
                         "сканы свидетельств скиньте на {v}",
                         "мой мейл в ⟦Италии|LOCATION⟧ {v}",
                         "почта переводчицы {v}, грацие"]},
        "dob": {"en": ["my mama was born {v}, she can't come to the floors",
                       "I was born {v} in ⟦Mount Hagen|LOCATION⟧",
                       "the grower was born {v}, put it on the registration card",
                       "he was born {v} in ⟦Zomba|LOCATION⟧, so he knows the plateau",
                       "the village headman's birth date, {v}, for the borehole form",
                       "born {v} at ⟦Port Moresby General Hospital|ORGANIZATION⟧",
                       "my agogo was born {v}, up in ⟦Ntchisi|LOCATION⟧",
                       "she says she was born {v}, olsem"],
                "ru": ["я родилась {v} в ⟦Йошкар-Оле|LOCATION⟧",
                       "клиентка родилась {v}, так в паспорте для перевода",
                       "сын родился {v}, уже в ⟦Милане|LOCATION⟧",
                       "ачай родился {v}, в деревне под ⟦Моркой|LOCATION⟧",
                       "родилась {v}, пишите в перевод свидетельства",
                       "муж родился {v}, в ⟦Козьмодемьянске|LOCATION⟧",
                       "кова родилась {v}, в ⟦Сернуре|LOCATION⟧",
                       "массажистка из ⟦Турина|LOCATION⟧ родилась {v}"]},
        "fillers": {"en": ["em nau", "olsem", "orait", "ah, sori", "yu save", "em tasol", "eya", "basi basi",
                           "ndithu", "kaya", "ah, chonde", "you see, iwe"],
                    "ru": ["ну, аллора", "дай", "ну, бох", "салам", "тау, тау", "ну, кугу тау",
                           "ну, значит, вот", "ладно, va bene", "ну, магари"]},
        "digit_sep": {"en": [" ... [the rig hammering] ... ", " -- em nau -- ", " [the bale scale beeps] "],
                      "ru": [" ... [в кабинете музыка для массажа] ... ", " -- аллора -- ", " [принтер печатает] "]},
        "email_at": {"en": [" at, orait, ", " [at sign, eya] ", " the at, yu save, "],
                     "ru": [" кьоччола, собака, ", " эт, ну, салам, ", " (at, дай) "]},
        "email_dot": {"en": [" dot, em tasol, ", " (dot, basi) ", " full stop, the dot, "],
                      "ru": [" пунто, точка, ", " точка, ну, вот, ", " (dot, тау) "]},
        "spell": {"en": [", one one letter, orait, ", " -- letter by letter, plis -- "],
                  "ru": [", по буквам, аллора, ", " ... по одной букве, салам ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("NID", "GOV_ID", "pg_nid"), ("national ID no. (PNG):", "GOV_ID", "pg_nid"),
                        ("NID card of the landowner", "GOV_ID", "pg_nid"), ("national identity number:", "GOV_ID", "pg_nid"),
                        ("TIN (IRC)", "GOV_ID", "pg_tin"), ("IRC TIN:", "GOV_ID", "pg_tin"),
                        ("Digicel line", "PHONE", "phone_pg"), ("bmobile number:", "PHONE", "phone_pg"),
                        ("landowner's mobile", "PHONE", "phone_pg"),
                        ("national ID", "GOV_ID", "mw_nid"), ("national ID (Malawi):", "GOV_ID", "mw_nid"),
                        ("the grower's ID no.", "GOV_ID", "mw_nid"),
                        ("TPIN no.", "GOV_ID", "mw_tpin"), ("MRA TPIN:", "GOV_ID", "mw_tpin"),
                        ("Airtel line", "PHONE", "phone_mw"), ("TNM number:", "PHONE", "phone_mw"),
                        ("grower's cell", "PHONE", "phone_mw"),
                        ("the wife's phone for the bale money", "PHONE", "phone_fmt"),
                        ("headman's other phone no.", "PHONE", "phone_sep"),
                        ("bale ticket", "OTHER", "bale"), ("grower number:", "OTHER", "bale"),
                        ("borehole job", "OTHER", "borehole"), ("drilling job no.:", "OTHER", "borehole"),
                        ("code for the rig store", "SECRET", "pin4"), ("the pump house lock:", "SECRET", "pin4"),
                        ("password for the floor laptop", "SECRET", "password"), ("drilling office PC pw:", "SECRET", "password"),
                        ("grower's DOB", "DATE_OF_BIRTH", "dob_slash"), ("landowner born", "DATE_OF_BIRTH", "dob_month"),
                        ("date of birth (NID card):", "DATE_OF_BIRTH", "dob_iso"), ("DOB of the rig driver", "DATE_OF_BIRTH", "dob_dashes"),
                        ("driving licence of the lorry driver (UK one)", "GOV_ID", "licence"),
                        ("crop cover (tobacco):", "OTHER", "policy"),
                        ("NID of the husband", "GOV_ID", "pg_nid"), ("TPIN of the club:", "GOV_ID", "mw_tpin"),
                        ("tank padlock PIN", "SECRET", "pin4"), ("national ID of the wife", "GOV_ID", "mw_nid"),
                        ("Airtel Money number", "PHONE", "phone_mw"), ("TIN of the drilling company:", "GOV_ID", "pg_tin"),
                        ("the tenant's bale ticket", "OTHER", "bale")],
                 "ru": [("кодиче фискале", "GOV_ID", "codice_fiscale"), ("codice fiscale:", "GOV_ID", "codice_fiscale"),
                        ("кодиче фискале жены", "GOV_ID", "codice_fiscale"), ("налоговый код (Италия)", "GOV_ID", "codice_fiscale"),
                        ("фискальный код ребёнка:", "GOV_ID", "codice_fiscale"),
                        ("C.F. на тессере санитарии", "GOV_ID", "codice_fiscale"),
                        ("CF:", "GOV_ID", "codice_fiscale"),
                        ("партита ИВА", "OTHER", "partita_iva"), ("P.IVA:", "OTHER", "partita_iva"),
                        ("партита ива массажистки", "OTHER", "partita_iva"), ("partita IVA бюро:", "OTHER", "partita_iva"),
                        ("итальянский мобильный", "PHONE", "phone_it"), ("cell. (IT):", "PHONE", "phone_it"),
                        ("мобильник переводчицы", "PHONE", "phone_it"),
                        ("карта идентита", "GOV_ID", "cie"), ("carta d'identità:", "GOV_ID", "cie"),
                        ("CIE мужа", "GOV_ID", "cie"), ("номер электронной карты (CIE):", "GOV_ID", "cie"),
                        ("заказ на перевод", "OTHER", "translation"), ("номер заказа в бюро:", "OTHER", "translation"),
                        ("абонемент на массаж", "OTHER", "massage"), ("номер абонемента:", "OTHER", "massage"),
                        ("телефон мужа клиентки", "PHONE", "phone_fmt"), ("тел. клиентки на массаж", "PHONE", "phone_sep"),
                        ("паспорт клиентки бюро", "GOV_ID", "passport_ru"), ("паспорт для апостиля:", "GOV_ID", "passport_no"),
                        ("СНИЛС мамы", "GOV_ID", "snils"), ("ИНН бюро переводов:", "GOV_ID", "inn_glued"),
                        ("ИНН клиента", "GOV_ID", "inn"),
                        ("полис ОМС массажиста", "OTHER", "digits16"), ("права, для перевода на итальянский", "GOV_ID", "vu_ru"),
                        ("загран для визы в ⟦Италию|LOCATION⟧", "GOV_ID", "zagran"),
                        ("дата рожд. клиентки:", "DATE_OF_BIRTH", "dob_dots"), ("клиент бюро родился", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. по свидетельству", "DATE_OF_BIRTH", "dob_short"), ("родилась (по кодиче фискале)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от шкафчика в кабинете", "SECRET", "pin4"), ("пароль от почты бюро:", "SECRET", "password"),
                        ("код от архива в ⟦Национальном музее Марий Эл|ORGANIZATION⟧", "SECRET", "pin4"),
                        ("код читофоно", "SECRET", "pin4"),
                        ("пароль от вайфая в кабинете", "SECRET", "password"),
                        ("CF сына:", "GOV_ID", "codice_fiscale"), ("кодиче фискале мужа", "GOV_ID", "codice_fiscale"),
                        ("мобильный массажистки (IT)", "PHONE", "phone_it"), ("заказ на присяжный перевод:", "OTHER", "translation"),
                        ("карта идентита сына", "GOV_ID", "cie"), ("абонемент мамы:", "OTHER", "massage")]},
        "carriers": {"en": ["Grower card: {v}", "{v} (per the headman)", "floor book - {v}", "{v}, zikomo",
                            "on the siting form: {v}", "{v} orait", "the grower read out {v}",
                            "for the drilling file: {v}", "box 3 on the bale ticket: {v}"],
                 "ru": ["в тетради переводчицы: {v}", "{v}, грацие", "в договоре с бюро {v}", "{v} (так клиентка продиктовала)",
                        "для квестуры: {v}", "{v}, салам", "переслала мужу в вотсап {v}",
                        "в журнале записи на массаж: {v}", "для патронато: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the drilling company on Facebook, {v}", "tag {v} in the tobacco growers group",
                      "the rig boss is {v} on TikTok", "my IG is {v}, em tasol", "DM {v} for the drilling price",
                      "I'm {v} on WhatsApp, eya"],
               "ru": ["наше бюро переводов в инсте {v}", "отметь {v} в чате русских в ⟦Римини|LOCATION⟧",
                      "{v} в телеге, она массажистка", "русские в ⟦Болонье|LOCATION⟧ в телеге {v}",
                      "ник в чате ⟦Йошкар-Олы|LOCATION⟧ {v}", "пишите {v}, она переводит с марийского"]},
        "url": {"en": ["my page about the tobacco farm is {v}", "the auction prices page I follow, {v}",
                       "the drilling blog {v}", "the pump spares page is {v}", "my page, olsem, {v}",
                       "check {v}, iwe"],
                "ru": ["мой канал про жизнь в ⟦Италии|LOCATION⟧ {v}", "прайс на переводы на {v}", "страница массажного кабинета {v}",
                       "мой блог про ⟦Марий Эл|LOCATION⟧ {v}", "отзывы о бюро: {v}", "глянь, дай, {v}"]},
        "url_layouts": {"any": ["https://{site}?igsh=MzRlODBiNWFlZA==", "{site} (there, orait)", "https://{site}/#services",
                                "({site}) our page"]},
        "ssh": {"any": ["ssh -o ServerAliveInterval=30 -l floor {v}", "ssh -p 2022 -i ~/.ssh/rig_ed25519 {v}",
                        "scp bales-2026.xlsx {v}:/srv/floor/", "rsync -avz ./perevody/ {v}:/backup/biuro/"]},
        "remote": {"any": ["git clone --depth 1 --branch main https://github.com/{v}.git", "git remote add backup git@bitbucket.org:{v}.git",
                           "pip install --no-deps git+https://github.com/{v}.git@main", "yarn add github:{v}#v1.4.0"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:floor-prod", "FROM docker.io/{v}:alpine-rig",
                             "podman pull quay.io/{v}:biuro", "docker push ghcr.io/{v}:massage-dev"]},
        "home": {"any": ["/home/{v}/bale-tickets/", "C:\\Users\\{v}\\Documents\\Drilling\\", "/Users/{v}/Desktop/traduzioni/",
                         "/mnt/d/Users/{v}/massazh/"]},
        "tool": {"en": ["the floor computer froze on {v}", "my nephew told me, type {v} and wait", "it hangs at {v}, sori",
                        "paste {v} in the drillers' chat"],
                 "ru": ["внук из ⟦Турина|LOCATION⟧ мне запускал {v}", "программист из ⟦Милана|LOCATION⟧ сказал ввести {v}",
                        "всё встало на {v}, бох", "скинула {v} в чат переводчиков"]},
        "mention": {"en": ["{h} tenkyu tru!", "{h} zikomo kwambiri!", "{h} can you do the siting in ⟦Dedza|LOCATION⟧?",
                           "{h}: bales graded, eya", "thanks {h}, plis", "{h} ah, tru?"],
                    "ru": ["{h}, кугу тау!", "{h} так, va bene", "{h}, скинь скан апостиля", "{h}: принято, дай",
                           "спасибо, {h}, тау", "{h} ну ты даёшь, аллора"]},
    },
    4: {
        "url": {"en": ["the floor payment link had ?{k}={v}&crop=burley", "the drilling quote form prefilled {k}={v}",
                       "the WhatsApp link carried {k}={v}&ref=wa_grp", "GET /growers/find?{k}={v} 200"],
                "ru": ["ссылка на заказ перевода ?{k}={v}&lang=it", "в ссылке на запись на массаж {k}={v}",
                       "в переходе из телеги бюро {k}={v}&src=tg_it", "в логе сайта бюро: GET /clienti/cerca?{k}={v}"]},
        "markup": {"en": ["the bale advice HTML has <td class=\"{k}\">{v}</td>",
                          "the siting report template reads <h3>{v}</h3>",
                          "the grower form has <input name=\"{k}\" type=\"text\" value=\"{v}\" readonly>"],
                   "ru": ["в HTML счёта бюро <td class=\"{k}\">{v}</td>",
                          "в шаблоне перевода <h3>{v}</h3>",
                          "в форме записи <input name=\"{k}\" type=\"text\" value=\"{v}\" readonly>"]},
        "prose": {"en": ["the ⟦NBS Bank|ORGANIZATION⟧ transfer shows the sender as {v}", "the bale tag says {v}",
                         "the drilling invoice is in the name of {v}", "the Airtel Money SMS reads {v}"],
                  "ru": ["в приложении ⟦Intesa Sanpaolo|ORGANIZATION⟧ в истории платежей получатель {v}",
                         "на штампе апостиля написано {v}", "в записи на массаж {v}", "в переводе свидетельства отец {v}"]},
        "escapes": {"amp-ncr": {"en": ["the growers' portal page shows <span>{v}</span> on the bale list",
                                       "the drilling site's contact page printed Name: {v}",
                                       "in the floor's web report the grower is {v}"],
                                "ru": ["на сайте бюро в отзыве подпись {v}",
                                       "в письме от кабинета массажа Gentile {v}, ...",
                                       "в веб-версии счёта клиент {v}"]},
                    "ldif-b64": {"en": ["the office directory export has cn:: {v}",
                                        "in the LDIF dump: displayName:: {v}",
                                        "the mail server backup shows sn:: {v}"],
                                 "ru": ["в выгрузке LDIF бюро cn:: {v}",
                                        "в бэкапе адресной книги displayName:: {v}",
                                        "в экспорте каталога кабинета givenName:: {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the grower's home address is {v}", "the bales and the hessian go to {v}",
                        "the landowner's address is {v}", "she is staying with her aunty at {v} now",
                        "send the floor payment advice to {v}", "address as per the NID card: {v}"],
                 "ru": ["адрес: {v}, читофоно не работает, звоните", "мы живём {v}, возле бара",
                        "перевод забрать по адресу {v}", "массажный кабинет находится {v}",
                        "я теперь живу у синьоры, за которой ухаживаю, {v}", "клиентка прописана {v}"]},
        "block": {"en": ["Send the bale payment to:\n{v}", "Grower's home address (for the club card):\n{v}",
                         "Where to bring the rig:\n{v}", "Landowner's address -\n{v}"],
                  "ru": ["Адрес бюро переводов:\n{v}", "Массаж (приём по записи)\n{v}",
                         "Куда отправить оригиналы (курьером):\n{v}", "Адрес клиентки бюро -\n{v}"]},
        "layouts": {"en": ["pg_section", "pg_box", "pg_lines", "mw_area", "mw_box", "mw_lines"],
                    "ru": ["it_via", "it_ru", "it_lines", "mari_yola", "mari_village", "mari_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Grower: {v}", "Floor clerk on duty: {v}", "Drilling company (owner): {v}",
                        "the classifier {v} graded the bales", "the landowner said his name is {v}",
                        "Rig supervisor: {v}", "the bales were signed for by {v}", "Chair of the borehole committee: {v}"],
                 "ru": ["Клиентка бюро: {v}", "Переводчица: {v}", "массажистка {v} заболела",
                        "директор бюро — {v}", "Нотариус в ⟦Болонье|LOCATION⟧: {v}", "звонила {v} насчёт апостиля",
                        "Массажист на смене: {v}"]},
        "kin": {"en": [("my mama long Goroka", "f"), ("my papa", "m"), ("my bubu meri", "f"), ("my wantok's brata", "m"),
                       ("my susa", "f"), ("my amayi in ⟦Blantyre|LOCATION⟧", "f"), ("my abambo from the village", "m"),
                       ("my agogo in ⟦Kasungu|LOCATION⟧", "f"), ("my malume", "m"), ("my achimwene", "m"),
                       ("my tambu", "f"), ("the grower's wife", "f")],
                "ru": [("мой ачай", "m"), ("моя кова", "f"), ("мой кугыза", "m"), ("моя акай из ⟦Волжска|LOCATION⟧", "f"),
                       ("мой изай", "m"), ("моя шӱжар", "f"), ("мой шольо", "m"), ("моя суочера", "f"),
                       ("моя синьора, за которой ухаживаю", "f"), ("мой куджино из ⟦Неаполя|LOCATION⟧", "m")]},
        "kin_carriers": {"en": ["{v} will bring the bales", "{v} is paying for the borehole",
                                "{v} comes down from ⟦Mzuzu|LOCATION⟧", "{v} will carry the tobacco to the floors",
                                "{v} signed the siting form", "{v} is flying to ⟦Kokopo|LOCATION⟧"],
                         "ru": ["{v} заплатит за перевод", "{v} прилетит из ⟦Чебоксар|LOCATION⟧ через ⟦Рим|LOCATION⟧", "{v} заберёт апостиль",
                                "{v} ходит на массаж", "{v} передаёт привет из ⟦Параньги|LOCATION⟧",
                                "{v} записалась на десять сеансов"]},
        "wordnames": {"en": {"f": ["Tadala", "Chikondi", "Chisomo", "Thokozani", "Tiyamike", "Pemphero", "Madalitso"],
                             "m": ["Blessings", "Mphatso", "Limbani", "Kondwani", "Yamikani", "Dalitso", "Chimwemwe"]},
                      "ru": {"f": ["Серена", "Виттория", "Челесте", "Фортуната"], "m": ["Феличе", "Бенвенуто", "Примо"]}},
        "list": {"en": ["Growers for Thursday sale:\n{v}", "Villages that paid the deposit\n{v}", "Drillers this week:\n{v}",
                        "| Grower | bales |\n|---|---|\n{v}"],
                 "ru": ["Забрать переводы до среды:\n{v}", "Не оплатили апостиль\n{v}", "Массаж на субботу:\n{v}",
                        "| Клиентка | Сеансов |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - bales sold", "* {v} (rig booked)", "{v} [advice sent]", "| {v} | 12 bales |"]},
        "broken": {"en": ["the grower card was signed by the floor clerk {v} before lunch",
                          "the siting form was checked by the driller {v} on Monday"],
                   "ru": ["заказ на перевод приняла {v}", "апостиль забрала из префектуры {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the auction portal logged in from {v}", "the drilling office router is {v}",
                      "allow {v} on the floor firewall", "the water level logger reported from {v}",
                      "the CCTV at the bale store dropped {v}", "my IP, orait, is {v}"],
               "ru": ["вход в кабинет бюро с {v}", "роутер в массажном кабинете {v}", "айпи сайта бюро {v}",
                      "чужой вход в почту переводчицы с {v}", "заблокируйте {v}, дай", "мой айпишник {v}, кугу тау"]},
        "iban": {"en": ["refund the deposit for the pump to {v}", "my account in ⟦Lilongwe|LOCATION⟧ is {v}",
                        "the drilling company's IBAN is {v}", "the floor pays the balance from {v}"],
                 "ru": ["за перевод платите на {v}", "мой счёт в ⟦Poste Italiane|ORGANIZATION⟧ {v}",
                        "за отменённый сеанс верните на IBAN {v}", "аванс за апостиль {v}"]},
        "mac": {"en": ["the water logger's MAC is {v}", "the bale scale's MAC {v}", "add {v} to the Wi-Fi, plis",
                       "the floor AP logged {v}"],
                "ru": ["MAC массажного кресла {v}", "MAC сканера в бюро {v}", "добавь {v} в роутер кабинета",
                       "роутер в бюро режет {v}"]},
        "card": {"en": ["the card for the drilling deposit is {v}", "charge {v} for the siting", "the grower paid with {v}",
                        "the headman read the card number as {v}"],
                 "ru": ["карта для оплаты перевода {v}", "номер карты массажистки {v}", "скинь на карту {v}, грацие",
                        "карта {v}, потеряла в ⟦Риме|LOCATION⟧, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Good morning, my name is {v}, from the floors", "Name of the grower: {v}"],
                         "GOV_ID": ["my old UK licence, the number is {v}", "DL (rig driver): {v}"],
                         "USERNAME": ["my username on the auction app is {v}", "drilling portal login: {v}"]},
                  "ru": {"PERSON": ["Салам лийже, это {v}", "ФИО клиентки бюро: {v}"],
                         "GOV_ID": ["паспорт РФ клиентки бюро {v}", "паспорт для перевода {v}"],
                         "USERNAME": ["мой логин на сайте бюро {v}", "логин в программе записи на массаж: {v}"]}},
        "later": {"en": ["about the grower {v} again", "still waiting on {v}, olsem", "{v} call back, zikomo",
                         "chasing {v}, em nau", "(grower {v})"],
                  "ru": ["по клиентке бюро {v}", "{v} опять звонила про апостиль", "напоминаю про оплату сеансов, {v}",
                         "(см. выше про перевод: {v})", "{v}, ответьте, аллора"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the hessian order {v} is late", "the PVC casing order {v} came wrong",
                     "the ⟦Chipiku|ORGANIZATION⟧ order {v} reached ⟦Lilongwe|LOCATION⟧"],
              "ru": ["заказ бумаги {v} с ⟦Amazon|ORGANIZATION⟧ пришёл", "заказ масла для массажа {v}", "отмена по заказу {v}, бох"]},
    "price": {"en": ["a kilo of burley went for {v}", "the drilling costs {v}", "the Afridev pump came to {v}"],
              "ru": ["перевод страницы {v}", "сеанс массажа {v}", "комната в ⟦Римини|LOCATION⟧ {v}"]},
    "timestamp": {"en": ["the grower reached the floors {v}", "the rig left the yard {v}", "the compressor broke down {v}"],
                  "ru": ["бюро открывается в {v}", "запись на массаж в {v}", "автобус в ⟦Йошкар-Олу|LOCATION⟧ в {v}"]},
    "version": {"en": ["the auction app {v} crashes", "the borehole logger app {v}", "since the {v} update of the floor scale software"],
                "ru": ["приложение бюро {v}", "версия программы записи {v}", "после обновления {v} сканер не сканирует"]},
    "room": {"en": ["the growers meet in room {v}", "the driller is in office {v}", "the bales are in shed {v}"],
             "ru": ["кабинет {v}, третий этаж", "массажный кабинет {v}", "переговорная {v} в бюро"]},
    "flight": {"en": ["my flight to ⟦Lilongwe|LOCATION⟧ is {v}", "the driller lands on {v}", "the tobacco buyer is on {v}"],
               "ru": ["летим в ⟦Болонью|LOCATION⟧ рейсом {v}", "{v} задержали, бох", "встречай с {v} в ⟦Фьюмичино|LOCATION⟧"]},
    "isbn": {"en": ["the tobacco growers' handbook is ISBN {v}", "the borehole drilling guide, ISBN {v}", "ISBN {v}, the Tok Pisin dictionary"],
             "ru": ["справочник переводчика ISBN {v}", "ISBN {v}, разговорник итальянского", "ISBN {v}, марийско-русский словарь"]},
    "doc-ip": {"en": ["the water logger manual shows {v}", "the auction system guide's example is {v}", "the drilling office network sheet has {v}"],
               "ru": ["в инструкции к сканеру {v}", "в примере настройки принтера в бюро {v}", "в схеме сети кабинета {v}"]},
    "spoken-date": {"en": ["the bale sale is booked for {v}", "the drilling day is on {v}", "the growers' meeting is set for {v}"],
                    "ru": ["приём в квестуре перенесли на {v}", "Пеледыш пайрем в ⟦Йошкар-Оле|LOCATION⟧ назначили на {v}", "массаж перенесли на {v}"]},
    "kinship-verb": {"en": ["my bubu {v} come to the floors", "my malume {v} bring the bales",
                            "my big brata {v} pay for the borehole"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Tenkyu tru, noted.", "Okay, the grower card is updated.", "Zikomo, it is saved.",
                        "Orait, the clerk knows.", "Eya, the book is updated.", "Em tasol, done."],
                 "ru": ["Кугу тау, записала.", "Хорошо, поправила в журнале заказов.", "Va bene, внесла в журнал.",
                        "Поняла, передам переводчице.", "Спасибо, сеанс в запись внесла.", "Тау, готово."]}
