"""The bank of ``tune18``, the eighteenth pair's tuning set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: Romanian English (Bucharest and its sectors, Cluj-Napoca, Iași, Timișoara,
Constanța, Brașov and the communes; Romanian words) and Lebanese English (Beirut and its
quarters, Jounieh, Byblos, Tripoli, Zahle, Sidon and the mountain villages; Lebanese Arabic
and French words), piano tuners and restorers with the households, schools and churches whose
pianos they tune, and scrap-metal yards with the people who bring them metal; in Russian,
Russian speakers living in Uruguay (Montevideo, Punta del Este, Piriápolis, Colonia del
Sacramento, Maldonado; Rioplatense Spanish words in Russian sentences) and speakers in Adygea
(Maykop, Adygeysk, Giaginskaya, Yablonovsky, Tlyustenkhabl and the auls; Adyghe words), dog
breeders with the people who buy their puppies, and bicycle rental and repair shops with their
customers. Its own shapes carry the check a reader runs where the id has one. Written from
memory, not from a specification: the layouts of the Lebanese identity card number, of the
tuners' job cards and the restorers' quotes, of the scrap yards' weighbridge tickets and
receipts, of the puppy cards and kennel contracts, of the bicycle rentals and repair tickets
(none with a check written but those below), the Romanian streets with their blocks,
staircases, floors and flats, the sectors of Bucharest and the six-digit post codes, the
villages under their communes and counties, the Beirut addresses read from the quarter, the
street, the building's name and the floor, near a landmark, the Lebanese post codes of four
and four digits and the P.O. boxes, the Uruguayan streets with their corners ("esq."), the
flats ("apto.") and the five-digit post codes, and the streets, auls and post codes of Adygea.
The Romanian CNP's check (twelve digits weighted 2 7 9 1 4 6 3 5 8 2 7 9, the sum modulo 11,
1 for 10) and the Uruguayan identity card's (seven digits weighted 2 9 8 7 6 3 4, ten less the
sum modulo 10, modulo 10) are as published.
"""

from __future__ import annotations

import base64
import re
import unicodedata
import zlib

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Romania (Orange, Vodafone, Telekom, Digi) and Lebanon
# (Alfa, touch)
MOBILES = (("RO", ("0722", "0744", "0755", "0766", "0730", "0787"), 6, (4, 3, 3)),
           ("LB", ("03", "70", "71", "76", "81"), 6, (2, 3, 3)))


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

def _cnp_digit(body: str) -> int:
    k = sum(int(c) * w for c, w in zip(body, (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9))) % 11
    return 1 if k == 10 else k


def _cnp(v: Values, lang: str) -> str:
    """A Romanian CNP: the sex and century digit, the birth date, the county, three digits,
    the check digit."""
    r = v.rng
    sex = r.choice("125656")
    year = r.randint(0, 9) if sex in "56" else r.randint(40, 99)
    body = (f"{sex}{year:02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            f"{r.choice(('40', '12', '22', '35', '13', '08', '51', '46'))}{r.randint(1, 999):03d}")
    n = body + str(_cnp_digit(body))
    return r.choice((n, n, f"CNP {n}", f"CNP: {n}", f"{n[0]} {n[1:7]} {n[7:]}"))


def _cnp_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return len(d) == 13 and _cnp_digit(d[:12]) == int(d[12])


def _phone_ro(v: Values, lang: str) -> str:
    d = _valid("RO", ("0722", "0744", "0755", "0766", "0730", "0787"), 6, v)
    return v.rng.choice((f"{d[:4]} {d[4:7]} {d[7:]}", f"+40 {d[1:4]} {d[4:7]} {d[7:]}", d, f"+40{d[1:]}",
                         f"0040 {d[1:4]} {d[4:]}", f"{d[:4]}.{d[4:7]}.{d[7:]}"))


def _lb_id(v: Values, lang: str) -> str:
    """A Lebanese identity card number: twelve digits, no check written."""
    n = v.digits(12, False)
    return v.rng.choice((n, f"{n[:4]} {n[4:8]} {n[8:]}", f"ID no. {n}", f"bita2a {n}"))


def _phone_lb(v: Values, lang: str) -> str:
    d = _valid("LB", ("03", "70", "71", "76", "81"), 6, v)
    return v.rng.choice((f"{d[:2]} {d[2:5]} {d[5:]}", f"+961 {d.lstrip('0')[:-6]} {d[-6:-3]} {d[-3:]}", d,
                         f"+961{d.lstrip('0')}", f"00961 {d.lstrip('0')}", f"{d[:2]}/{d[2:]}"))


def _piano(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"job card AC-{v.digits(4)}", f"tuning slip {r.randint(2024, 2027)}/{v.digits(3, False)}",
                     f"restoration quote PR-{v.digits(5)}", f"fișă de acordaj {v.digits(2)}-{v.digits(4, False)}"))


def _scrap(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"weighbridge ticket {r.choice(('CN', 'BT', 'FE'))}-{v.digits(6)}", f"bon de cântar {v.digits(5)}",
                     f"yard receipt Y{v.digits(4)}/{r.randint(24, 27)}", f"scrap slip {v.digits(3)}-{v.digits(3, False)}"))


def _ci_digit(body: str) -> int:
    return (10 - sum(int(c) * w for c, w in zip(body, (2, 9, 8, 7, 6, 3, 4))) % 10) % 10


def _ci_uy(v: Values, lang: str) -> str:
    """A Uruguayan identity card (cédula): seven digits, the check digit after a hyphen."""
    body = v.rng.choice("1234555") + v.digits(6, False)
    k = _ci_digit(body)
    dotted = f"{body[0]}.{body[1:4]}.{body[4:]}-{k}"
    return v.rng.choice((dotted, dotted, f"{body}-{k}", f"{body}{k}", f"CI {dotted}", f"cédula {dotted}"))


def _ci_uy_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return len(d) == 8 and _ci_digit(d[:7]) == int(d[7])


def _phone_uy(v: Values, lang: str) -> str:
    d = _valid("UY", ("091", "094", "095", "098", "099"), 6, v)
    return v.rng.choice((f"{d[:3]} {d[3:6]} {d[6:]}", f"+598 {d[1:3]} {d[3:6]} {d[6:]}", d, f"+598{d[1:]}",
                         f"00598 {d[1:]}", f"{d[:3]}-{d[3:]}"))


def _puppy(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"щенячья карточка РКФ {r.choice(('АДГ', 'ККЛ', 'ФСЦ'))} {v.digits(4)}", f"договор на щенка Щ-{v.digits(4)}/{r.randint(24, 27)}",
                     f"клеймо {r.choice(('ADM', 'KUB', 'NEG'))} {v.digits(3)}", f"чип {v.digits(3, False)}0000{v.digits(8, False)}"))


def _bike(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"прокат велосипеда №{v.digits(5)}", f"квитанция ремонта ВР-{v.digits(4)}",
                     f"alquiler BICI-{v.digits(4)}", f"бронь байка {r.choice(('PDE', 'MVD', 'MAY'))}/{v.digits(4)}"))


# -- family 4: escapes ------------------------------------------------------------------------

def py_named(text: str) -> str:
    """A name as a Python string literal spells its letters outside ASCII by their Unicode
    names: ``\\N{CYRILLIC CAPITAL LETTER I}\\N{CYRILLIC SMALL LETTER VE}...`` for Ив..."""
    return "".join(c if c.isascii() else "\\N{" + unicodedata.name(c) + "}" for c in text)


def _from_py_named(text: str) -> str:
    return re.sub(r"\\N\{([A-Z0-9 \-]+)\}", lambda m: unicodedata.lookup(m[1]), text)


def deflate_b64(text: str) -> str:
    """A name as a form or a single-sign-on request carries it, its UTF-8 bytes raw-deflated
    and then in base64: ``e7sw...``."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(packer.compress(text.encode("utf-8")) + packer.flush()).decode("ascii")


def _from_deflate_b64(text: str) -> str:
    return zlib.decompress(base64.b64decode(text), -15).decode("utf-8")


# -- family 5: address layouts ----------------------------------------------------------------

RO_STREETS = (("Str. Matei Basarab", "030671", "Sector 3"), ("Calea Moșilor", "020882", "Sector 2"),
              ("Bd. Iuliu Maniu", "061082", "Sector 6"), ("Str. Baba Novac", "031622", "Sector 3"),
              ("Șos. Pantelimon", "021631", "Sector 2"), ("Str. Drumul Taberei", "061357", "Sector 6"),
              ("Bd. Berceni", "041911", "Sector 4"), ("Str. Turda", "011324", "Sector 1"))


def _ro_bloc(v: Values) -> list[str]:
    """Bucharest: the street and the number, the block (bl.), the staircase (sc.), the floor
    (et.) and the flat (ap.), the sector, the six-digit post code."""
    r = v.rng
    street, code, sector = r.choice(RO_STREETS)
    block = f"{r.choice(('A', 'B', 'C', 'M', 'Z', 'P'))}{r.randint(1, 40)}"
    return [r.choice((f"{street} nr. {r.randint(1, 200)}, bl. {block}, sc. {r.randint(1, 4)}, et. {r.randint(1, 10)}, ap. {r.randint(1, 90)}, {sector}, București",
                      f"{street} {r.randint(1, 200)}, bl. {block}, ap. {r.randint(1, 90)}, {sector}, {code} București",
                      f"{street} nr. {r.randint(1, 200)}, bloc {block}, scara {r.choice('ABCD')}, etaj {r.randint(1, 10)}, apartament {r.randint(1, 90)}, {code} Bucharest"))]


RO_COMMUNES = (("Ciorogârla", "Ilfov", "077055"), ("Fundulea", "Călărași", "915200"), ("Feleacu", "Cluj", "407270"),
               ("Ciurea", "Iași", "707140"), ("Dumbrăvița", "Timiș", "307160"), ("Cumpăna", "Constanța", "907105"),
               ("Sânpetru", "Brașov", "507190"), ("Tărtășești", "Dâmbovița", "137455"))


def _ro_commune(v: Values) -> list[str]:
    """A village of Romania: the village (sat), the commune (comuna), the county (județul), the
    post code; a street and a number where the village has them."""
    r = v.rng
    commune, county, code = r.choice(RO_COMMUNES)
    village = r.choice(("Sat Dobroiești", "Sat Valea Mare", "Sat Făget", "Sat Lunca", "Sat Pietrari"))
    return [r.choice((f"{village}, Comuna {commune}, Județul {county}, {code}",
                      f"Str. {r.choice(('Principală', 'Bisericii', 'Morii', 'Școlii'))} nr. {r.randint(1, 300)}, {village}, com. {commune}, jud. {county}",
                      f"{village} nr. {r.randint(1, 300)}, comuna {commune}, {code}, jud. {county}"))]


def _ro_lines(v: Values) -> list[str]:
    r = v.rng
    town, code, street, county = r.choice((("Cluj-Napoca", "400394", "Str. Observatorului", "Cluj"),
                                           ("Iași", "700259", "Str. Păcurari", "Iași"),
                                           ("Timișoara", "300254", "Calea Aradului", "Timiș"),
                                           ("Constanța", "900178", "Bd. Tomis", "Constanța"),
                                           ("Brașov", "500017", "Str. Lungă", "Brașov")))
    return [f"{street} nr. {r.randint(1, 200)}, bl. {r.randint(1, 30)}, ap. {r.randint(1, 60)}", f"{code} {town}",
            r.choice((f"jud. {county}", "România", "ROMANIA"))]


LB_BEIRUT = (("Achrafieh", "Sursock St."), ("Hamra", "Makdessi St."), ("Mar Mikhael", "Armenia St."),
             ("Verdun", "Rashid Karami St."), ("Badaro", "Badaro St."), ("Gemmayzeh", "Gouraud St."),
             ("Ras Beirut", "Bliss St."), ("Mazraa", "Corniche el Mazraa"))


def _lb_beirut(v: Values) -> list[str]:
    """Beirut: from the quarter to the street, the building by its owner's name, the floor,
    near a landmark everyone knows."""
    r = v.rng
    quarter, street = r.choice(LB_BEIRUT)
    bldg = r.choice(("Haddad bldg", "Sayegh Building", "bldg Khoury", "Nasr Center", "Abou Jaoude bldg"))
    near = r.choice(("near Sassine", "facing the ABC", "next to the St. Nicolas stairs", "behind Spinneys", "above the pharmacy"))
    return [r.choice((f"{quarter}, {street}, {bldg}, {r.randint(1, 12)}th floor, Beirut",
                      f"Beirut, {quarter}, {street}, {near}, {bldg}, floor {r.randint(1, 12)}",
                      f"{bldg}, {street}, {quarter}, Beirut {v.digits(4, False)} {v.digits(4, False)}"))]


LB_TOWNS = (("Jounieh", "Kaslik", "Keserwan"), ("Byblos", "the old souk road", "Jbeil"), ("Zahle", "Haouch el Omara", "Bekaa"),
            ("Tripoli", "Al Mina", "North"), ("Saida", "Riad El Solh St.", "South"), ("Broummana", "the main road", "Metn"))


def _lb_town(v: Values) -> list[str]:
    r = v.rng
    town, part, district = r.choice(LB_TOWNS)
    return [r.choice((f"{town}, {part}, {r.choice(('Maroun', 'Rizk', 'Fakhoury', 'Hajj'))} building, {r.randint(1, 6)}th floor",
                      f"{part}, {r.choice(('opposite the church', 'near the municipality', 'after the Total station'))}, {town}, {district}",
                      f"{town} ({district}), {part}, house of {r.choice(('Abou Elias', 'Sleiman', 'Karam'))}"))]


def _lb_lines(v: Values) -> list[str]:
    r = v.rng
    quarter, street = r.choice(LB_BEIRUT)
    return [f"P.O. Box {r.randint(11, 17)}-{v.digits(4, False)}", f"{street}, {quarter}",
            f"Beirut {v.digits(4, False)} {v.digits(4, False)}, Lebanon"]


UY_STREETS = (("Av. 18 de Julio", "11100", "Montevideo"), ("Bvar. Artigas", "11300", "Montevideo"),
              ("Ellauri", "11300", "Montevideo"), ("Av. Brasil", "11300", "Montevideo"), ("Rambla Gandhi", "11300", "Montevideo"),
              ("Calle 20", "20100", "Punta del Este"), ("Av. Gorlero", "20100", "Punta del Este"),
              ("Rambla de los Argentinos", "20200", "Piriápolis"), ("Gral. Flores", "70000", "Colonia del Sacramento"))
UY_RU = {"Montevideo": "Монтевидео", "Punta del Este": "Пунта-дель-Эсте", "Piriápolis": "Пириаполис",
         "Colonia del Sacramento": "Колония"}


def _uy_calle(v: Values) -> list[str]:
    """Uruguay: the street and the door number, the corner (esq.), the flat (apto.), the
    five-digit post code, the town."""
    r = v.rng
    street, code, town = r.choice(UY_STREETS)
    corner = r.choice(("Ejido", "Rivera", "Bulevar España", "Gorlero", "Roque Graseras"))
    return [r.choice((f"{street} {r.randint(100, 3900)} apto. {r.randint(1, 12)}0{r.randint(1, 4)}, {code} {town}",
                      f"{street} {r.randint(100, 3900)} esq. {corner}, {town}",
                      f"{street} {r.randint(100, 3900)}/{r.randint(101, 904)}, CP {code}, {town}"))]


def _uy_ru(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(UY_STREETS)
    return [r.choice((f"{UY_RU[town]}, {street} {r.randint(100, 3900)}, апто {r.randint(101, 904)}",
                      f"{UY_RU[town]}, {street}, дом {r.randint(100, 3900)}, угол {r.choice(('Rivera', 'Ejido', 'Gorlero'))}",
                      f"{street} {r.randint(100, 3900)}, кв. {r.randint(101, 904)}, {UY_RU[town]}, {code}"))]


def _uy_lines(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(UY_STREETS)
    return [f"{street} {r.randint(100, 3900)} esq. {r.choice(('Rivera', 'Ejido', 'Bulevar España'))}",
            f"Apto. {r.randint(101, 904)}", f"CP {code} {town}, Uruguay"]


AD_STREETS = (("ул. Пионерская", "385000", "г. Майкоп"), ("ул. Краснооктябрьская", "385000", "г. Майкоп"),
              ("ул. Шовгенова", "385006", "г. Майкоп"), ("ул. Гагарина", "385011", "г. Майкоп"),
              ("ул. Ленина", "385200", "г. Адыгейск"), ("ул. Красная", "385600", "ст. Гиагинская"),
              ("ул. Гагарина", "385140", "пгт Яблоновский"))


def _ad_maykop(v: Values) -> list[str]:
    """Adygea: the post code, the republic, the town or stanitsa, the street, the house and
    the flat."""
    r = v.rng
    street, code, town = r.choice(AD_STREETS)
    return [r.choice((f"{code}, Республика Адыгея, {town}, {street}, д. {r.randint(1, 250)}, кв. {r.randint(1, 120)}",
                      f"{town}, {street} {r.randint(1, 250)}/{r.randint(1, 9)}, кв. {r.randint(1, 120)}",
                      f"РА, {town}, {street}, {r.randint(1, 250)}, {code}"))]


def _ad_aul(v: Values) -> list[str]:
    """An aul of Adygea: the aul, its street and house, the district."""
    r = v.rng
    aul, district, code = r.choice((("а. Тлюстенхабль", "Теучежский район", "385228"), ("а. Хакуринохабль", "Шовгеновский район", "385440"),
                                   ("а. Тахтамукай", "Тахтамукайский район", "385100"), ("а. Кошехабль", "Кошехабльский район", "385400"),
                                   ("а. Понежукай", "Теучежский район", "385230")))
    street = r.choice(("ул. Шовгенова", "ул. Хакурате", "ул. Мира", "ул. Набережная", "ул. Ачмиза"))
    return [r.choice((f"{code}, Республика Адыгея, {district}, {aul}, {street}, д. {r.randint(1, 150)}",
                      f"{aul}, {street} {r.randint(1, 150)}, Адыгея",
                      f"Адыгея, {district}, {aul}, дом {r.randint(1, 150)}"))]


def _ad_block(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(AD_STREETS)
    return [f"{street}, д. {r.randint(1, 250)}, корп. {r.randint(1, 4)}, кв. {r.randint(1, 120)}",
            f"{town}, Республика Адыгея, {code}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"cnp": _cnp, "phone_ro": _phone_ro, "lb_id": _lb_id, "phone_lb": _phone_lb, "piano": _piano,
            "scrap": _scrap, "ci_uy": _ci_uy, "phone_uy": _phone_uy, "puppy": _puppy, "bike": _bike},
    checks={"cnp": _cnp_ok, "ci_uy": _ci_uy_ok, "phone_ro": _dials("RO"), "phone_lb": _dials("LB"),
            "phone_uy": _dials("UY")},
    escapes={"py-named": py_named, "deflate-b64": deflate_b64},
    unescapes={"py-named": _from_py_named, "deflate-b64": _from_deflate_b64},
    lines={"ro_bloc": _ro_bloc, "ro_commune": _ro_commune, "ro_lines": _ro_lines, "lb_beirut": _lb_beirut,
           "lb_town": _lb_town, "lb_lines": _lb_lines, "uy_calle": _uy_calle, "uy_ru": _uy_ru, "uy_lines": _uy_lines,
           "ad_maykop": _ad_maykop, "ad_aul": _ad_aul, "ad_block": _ad_block},
    people={"en": ("ro_RO",), "ru": ()},
)

BANK: dict = {
    1: {
        "phone": {"en": ["bună ziua, my number is {v}, call after the Liturghie",
                         "the tuner from ⟦Cluj|LOCATION⟧ said to call {v}, he comes twice a year",
                         "my ⟦Orange|ORGANIZATION⟧ number is {v}, the Digi one I only use for internet",
                         "the man at the scrap yard in ⟦Pantelimon|LOCATION⟧, his number is {v}",
                         "ahlan, my mobile is {v}, WhatsApp me, yalla",
                         "the piano restorer in ⟦Achrafieh|LOCATION⟧ is on {v}",
                         "the accordeur from ⟦Jounieh|LOCATION⟧, très gentil, {v}",
                         "for the copper in ⟦Dora|LOCATION⟧ call {v}, inshallah before the cut",
                         "my ⟦Alfa|ORGANIZATION⟧ line is {v}, the touch one has no dollars on it",
                         "call my cousin in ⟦Zahle|LOCATION⟧ on {v} about the upright",
                         "ya3ne, write it down, {v}",
                         "the boy who drives the yard's truck, {v}"],
                  "ru": ["мой уругвайский номер {v}, вотсап есть",
                         "по прокату в ⟦Пунта-дель-Эсте|LOCATION⟧ звоните {v}, скажите, что от Лены",
                         "по щенкам звоните на {v}, после питомника",
                         "тхьауегъэпсэу, мой номер {v}",
                         "звоните на {v}, я в ⟦Адыгейске|LOCATION⟧ до пятницы",
                         "номер веломастерской {v}",
                         "пишите на {v}, я на выгуле, не слышу",
                         "номер заводчицы {v}, она завтра в ⟦Майкопе|LOCATION⟧",
                         "мой номер в ⟦Яблоновском|LOCATION⟧ {v}, звоните вечером",
                         "записывай, bo, {v}, это мужа"]},
        "email": {"en": ["the tuning report goes to {v}",
                         "send the quote for the Petrof to {v}, mersi frumos",
                         "my email for the school, {v}",
                         "the parish wants the tuning dates at {v}",
                         "email the weighbridge ticket to {v}, merci",
                         "my son in ⟦Timișoara|LOCATION⟧ uses {v}",
                         "for the restoration estimate write to {v}, yalla",
                         "his email is {v}, the same one, deci"],
                  "ru": ["почта питомника для записи на щенков {v}",
                         "фото велосипеда пришлите на {v}",
                         "мой имейл {v}, тхьауегъэпсэу заранее",
                         "пишите на {v}, я на выставке до воскресенья",
                         "почта клуба собаководов в ⟦Майкопе|LOCATION⟧ {v}",
                         "договор на щенка скиньте на {v}",
                         "мой мейл в ⟦Уругвае|LOCATION⟧ {v}",
                         "почта мастерской {v}, gracias"]},
        "dob": {"en": ["my bunica was born {v}, she still plays the piano",
                       "I was born {v} in ⟦Brașov|LOCATION⟧",
                       "the tenant was born {v}, put it on the contract",
                       "he was born {v} in ⟦Tripoli|LOCATION⟧, so he knows metal",
                       "the owner's date of birth, {v}, for the invoice",
                       "born {v} at ⟦Spitalul Colentina|ORGANIZATION⟧",
                       "my teta was born {v}, in ⟦Broummana|LOCATION⟧",
                       "she says she was born {v}, ya albi"],
                "ru": ["я родилась {v} в ⟦Майкопе|LOCATION⟧",
                       "клиент веломастерской родился {v}, так в договоре проката",
                       "дочь родилась {v}, уже в ⟦Монтевидео|LOCATION⟧",
                       "мой тэтэжъ родился {v}, в ауле под ⟦Кошехаблем|LOCATION⟧",
                       "родилась {v}, пишите в договор на щенка",
                       "муж родился {v}, в ⟦Гиагинской|LOCATION⟧",
                       "моя нэнэжъ родилась {v}, в ⟦Понежукае|LOCATION⟧",
                       "покупатель щенка родился {v}"]},
        "fillers": {"en": ["deci", "bine", "hai, mă", "gata", "mersi", "doamne", "yalla ba2a",
                           "ma3le", "ya3ne", "walla", "hek", "tfaddal"],
                    "ru": ["ну, bo", "ta, ta", "ну, che", "тхьауегъэпсэу", "ну, capaz", "так, ну, короче, ta",
                           "ладно, dale", "ну, mirá", "вот, bárbaro"]},
        "digit_sep": {"en": [" ... [the tuning hammer on a pin] ... ", " -- deci -- ", " [the crane dropping a load] "],
                      "ru": [" ... [лай в вольере] ... ", " -- eh, bo -- ", " [звон велозвонка] "]},
        "email_at": {"en": [" at, a-rond, ", " [the at sign, ya3ne] ", " coadă de maimuță, the at, "],
                     "ru": [" arroba, ну, собачка, ", " эт, ну, тхьауегъэпсэу, ", " (at, bo) "]},
        "email_dot": {"en": [" punct, dot, ", " (dot, khalas) ", " point, the dot, yaane, "],
                      "ru": [" punto, ну, точка, ", " точка, ну, mirá, ", " (dot, bo, gracias) "]},
        "spell": {"en": [", letter by letter, deci, ", " -- slowly, habibi -- "],
                  "ru": [", по буквам, bo, ", " ... буква за буквой, ну ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("CNP", "GOV_ID", "cnp"), ("CNP:", "GOV_ID", "cnp"), ("the owner's CNP", "GOV_ID", "cnp"),
                        ("CNP (for the receipt):", "GOV_ID", "cnp"), ("personal numeric code of the seller", "GOV_ID", "cnp"),
                        ("cod numeric personal:", "GOV_ID", "cnp"), ("CNP of the one who brought the cable", "GOV_ID", "cnp"),
                        ("CNP from the buletin", "GOV_ID", "cnp"),
                        ("mobile (RO)", "PHONE", "phone_ro"), ("Vodafone RO no.:", "PHONE", "phone_ro"),
                        ("the director's mobile at the school", "PHONE", "phone_ro"),
                        ("Lebanese ID no.", "GOV_ID", "lb_id"), ("ID card (Lebanon):", "GOV_ID", "lb_id"),
                        ("the seller's hawiye no.", "GOV_ID", "lb_id"), ("national ID of the driver:", "GOV_ID", "lb_id"),
                        ("touch line", "PHONE", "phone_lb"), ("mobile (Lebanon):", "PHONE", "phone_lb"),
                        ("the piano restorer's cell", "PHONE", "phone_lb"),
                        ("the priest's phone for the church piano", "PHONE", "phone_fmt"),
                        ("tuner's other phone no.", "PHONE", "phone_sep"),
                        ("job card", "OTHER", "piano"), ("tuning slip no.:", "OTHER", "piano"), ("restoration quote", "OTHER", "piano"),
                        ("weighbridge ticket", "OTHER", "scrap"), ("yard receipt no.:", "OTHER", "scrap"),
                        ("code for the yard gate", "SECRET", "pin4"), ("the piano room's alarm code:", "SECRET", "pin4"),
                        ("password for the ANAF portal", "SECRET", "password"), ("yard laptop pw:", "SECRET", "password"),
                        ("seller's DOB", "DATE_OF_BIRTH", "dob_slash"), ("piano owner born", "DATE_OF_BIRTH", "dob_month"),
                        ("data nașterii (per buletin):", "DATE_OF_BIRTH", "dob_iso"), ("DOB of the client", "DATE_OF_BIRTH", "dob_dashes"),
                        ("driving licence of the truck driver (the UK one)", "GOV_ID", "licence"),
                        ("insurance for the grand (transport):", "OTHER", "policy"),
                        ("CNP of the wife", "GOV_ID", "cnp"), ("ID no. of the husband:", "GOV_ID", "lb_id"),
                        ("storeroom PIN", "SECRET", "pin4"), ("hawiye of madame", "GOV_ID", "lb_id"),
                        ("the tuner's number", "PHONE", "phone_ro"), ("CNP of the scrap seller:", "GOV_ID", "cnp"),
                        ("the copper lot's ticket", "OTHER", "scrap"),
                        ("quote for the Bechstein in the salon", "OTHER", "piano"),
                        ("Alfa number of the yard", "PHONE", "phone_lb"), ("CNP al bunicii", "GOV_ID", "cnp"),
                        ("the school's job card", "OTHER", "piano")],
                 "ru": [("CI", "GOV_ID", "ci_uy"), ("CI:", "GOV_ID", "ci_uy"), ("номер cédula жены", "GOV_ID", "ci_uy"),
                        ("уругвайская cédula", "GOV_ID", "ci_uy"), ("CI ребёнка:", "GOV_ID", "ci_uy"),
                        ("cédula de identidad", "GOV_ID", "ci_uy"), ("cédula:", "GOV_ID", "ci_uy"), ("cédula мужа", "GOV_ID", "ci_uy"),
                        ("CI хозяйки проката", "GOV_ID", "ci_uy"), ("CI (Uruguay):", "GOV_ID", "ci_uy"),
                        ("CI арендодателя", "GOV_ID", "ci_uy"), ("CI покупателя:", "GOV_ID", "ci_uy"),
                        ("уругвайский мобильный", "PHONE", "phone_uy"), ("тел. (UY):", "PHONE", "phone_uy"),
                        ("мобильник dueño", "PHONE", "phone_uy"),
                        ("щенячья карточка", "OTHER", "puppy"), ("договор на щенка:", "OTHER", "puppy"),
                        ("прокат велосипеда", "OTHER", "bike"), ("номер квитанции ремонта:", "OTHER", "bike"),
                        ("телефон свекрови в ⟦Майкопе|LOCATION⟧", "PHONE", "phone_fmt"), ("тел. механика", "PHONE", "phone_sep"),
                        ("паспорт покупателя щенка", "GOV_ID", "passport_ru"), ("паспорт арендатора:", "GOV_ID", "passport_no"),
                        ("СНИЛС заводчицы", "GOV_ID", "snils"), ("ИНН питомника:", "GOV_ID", "inn_glued"),
                        ("ИНН мастерской", "GOV_ID", "inn"),
                        ("полис ОМС механика", "OTHER", "digits16"), ("права курьера", "GOV_ID", "vu_ru"),
                        ("загран для поездки в ⟦Монтевидео|LOCATION⟧", "GOV_ID", "zagran"),
                        ("дата рожд. покупателя щенка:", "DATE_OF_BIRTH", "dob_dots"), ("заводчица родилась", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. по cédula", "DATE_OF_BIRTH", "dob_short"), ("родился (по CI)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от замка велостоянки", "SECRET", "pin4"), ("пароль от кабинета DGI:", "SECRET", "password"),
                        ("код от вольера у ⟦АГУ|ORGANIZATION⟧", "SECRET", "pin4"),
                        ("код от склада запчастей", "SECRET", "pin4"),
                        ("пароль от вайфая в питомнике", "SECRET", "password"),
                        ("CI сына:", "GOV_ID", "ci_uy"), ("CI тёщи", "GOV_ID", "ci_uy"),
                        ("мобильный мужа (UY)", "PHONE", "phone_uy"), ("клеймо щенка:", "OTHER", "puppy"),
                        ("CI жильца", "GOV_ID", "ci_uy"), ("бронь велосипеда:", "OTHER", "bike"),
                        ("ремонт заднего колеса", "OTHER", "bike"), ("CI contador", "GOV_ID", "ci_uy"),
                        ("щенок из ⟦Тахтамукая|LOCATION⟧:", "OTHER", "puppy"), ("CI клиента проката", "GOV_ID", "ci_uy"),
                        ("чип суки:", "OTHER", "puppy")]},
        "carriers": {"en": ["Tuner's diary: {v}", "{v} (per the priest)", "yard ledger - {v}", "{v}, deci",
                            "on the job card: {v}", "{v}, merci ktir", "the caller on the yard line read out {v}",
                            "for the primărie file: {v}", "field 4 on the receipt: {v}"],
                     "ru": ["в тетради заводчицы: {v}", "{v}, muchas gracias, bo", "в договоре проката {v}", "{v} (со слов покупателя)",
                            "для contador: {v}", "{v}, тхьауегъэпсэу", "скинула мужу в вотсап {v}, bo",
                            "в журнале ремонта: {v}", "для бухгалтерии питомника: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the yard on Instagram, {v}", "tag {v} in the bloc's group",
                      "the piano restorer is {v} on Telegram", "my insta is {v}, mersi", "DM {v} for the price of the Steinway",
                      "I'm {v} on Signal, yalla"],
               "ru": ["наш питомник в инсте {v}", "отметь {v} в чате русских в ⟦Монтевидео|LOCATION⟧",
                      "{v} в телеге, он велики чинит", "русские в ⟦Пунта-дель-Эсте|LOCATION⟧ в телеге {v}",
                      "ник в чате ⟦Майкопа|LOCATION⟧ {v}", "пишите {v}, она щенков продаёт"]},
        "url": {"en": ["my page about old uprights is {v}", "the tuner's calendar, {v}",
                       "the restoration blog {v}", "the yard's price list is {v}", "my page, uite, {v}",
                       "check {v}, habibi"],
                "ru": ["мой канал про жизнь в ⟦Уругвае|LOCATION⟧ {v}", "цены на щенков на {v}",
                       "страница проката {v}", "мой блог про ⟦Адыгею|LOCATION⟧ {v}",
                       "отзывы о питомнике: {v}", "глянь, mirá, {v}"]},
        "url_layouts": {"any": ["https://{site}?utm_medium=wa&lang=ro", "{site} (uite aici)", "https://{site}/#acordaj",
                                "({site}) piano page"]},
        "ssh": {"any": ["ssh -o ServerAliveInterval=30 -l tuner {v}", "ssh -p 2200 -i ~/.ssh/yard_ed25519 {v}",
                        "scp cantar-2025.csv {v}:/srv/fier-vechi/", "rsync -az ./shchenki/ {v}:/backup/pitomnik/"]},
        "remote": {"any": ["git clone --depth 1 -b tuning https://github.com/{v}.git", "git remote add yard git@gitlab.com:{v}.git",
                           "pipx install --force --python python3.12 git+https://github.com/{v}.git", "yarn add github:{v}#trunk"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:yard-prod", "FROM docker.io/{v}:alpine-piano",
                             "podman pull quay.io/{v}:bici", "docker push ghcr.io/{v}:kennel-rc"]},
        "home": {"any": ["/home/{v}/acordaje/", "C:\\Users\\{v}\\Documents\\Cantar\\", "/Users/{v}/Desktop/Perros/",
                         "/mnt/d/Users/{v}/veliki/"]},
        "tool": {"en": ["the yard scale app froze on {v}", "my nephew in ⟦Iași|LOCATION⟧ told me to type {v}", "it stopped at {v}, ya3ne",
                        "paste {v} in the tuners' group"],
                 "ru": ["внук из ⟦Колонии|LOCATION⟧ мне запускал {v}", "программист из ⟦Майкопа|LOCATION⟧ сказал ввести {v}",
                        "всё встало на {v}, qué macana", "кинул {v} в чат заводчиков"]},
        "mention": {"en": ["{h} mersi mult!", "{h} merci, habibi!", "{h} can you tune the upright in ⟦Militari|LOCATION⟧?",
                           "{h}: copper weighed, gata", "thanks {h}, yalla", "{h} serios?"],
                    "ru": ["{h}, тхьауегъэпсэу!", "{h} так, dale", "{h}, скинь фото щенков", "{h}: принято, ta",
                           "спасибо, {h}, gracias, che", "{h} ну ты даёшь, bárbaro"]},
    },
    4: {
        "url": {"en": ["the booking link for the tuner had ?{k}={v}&sector=3", "the primărie form prefilled {k}={v}",
                       "the WhatsApp link carried {k}={v}&ref=wa_lb", "GET /clienti/cauta?{k}={v} 200"],
                "ru": ["ссылка на бронь велосипеда ?{k}={v}&lang=es", "в ссылке на договор на щенка {k}={v}",
                       "в переходе из телеги заводчиков {k}={v}&src=tg_ad", "в логе сайта проката: GET /clientes/buscar?{k}={v}"]},
        "markup": {"en": ["the tuning report HTML has <td class=\"{k}\">{v}</td>",
                          "the yard receipt template reads <h3>{v}</h3>",
                          "the booking form has <input name=\"{k}\" value=\"{v}\" readonly>"],
                   "ru": ["в HTML договора проката <td class=\"{k}\">{v}</td>",
                          "в шаблоне щенячьей карточки <h3>{v}</h3>",
                          "в форме брони велосипеда <input name=\"{k}\" value=\"{v}\" readonly>"]},
        "prose": {"en": ["the ⟦BCR|ORGANIZATION⟧ transfer shows the sender as {v}", "the sticker inside the lid says {v}",
                         "the yard receipt is in the name of {v}", "the ⟦OMT|ORGANIZATION⟧ transfer reads {v}"],
                  "ru": ["в приложении ⟦BROU|ORGANIZATION⟧ получатель {v}", "на ошейнике подписано {v}",
                         "в списке прокатов на утро {v}", "в договоре на щенка покупатель {v}"]},
        "escapes": {"py-named": {"en": ["the tuner's Python script printed the owner as {v}",
                                        "the yard's label script had the name {v}",
                                        "in the repr the booking bot logged: customer {v}"],
                                 "ru": ["в исходнике бота проката имя записано как {v}",
                                        "в питоновском скрипте питомника: client {v}",
                                        "генератор договоров вывел ФИО так: {v}"]},
                    "deflate-b64": {"en": ["the login request from the school portal carried name={v}",
                                           "the yard's payment callback had payer={v}",
                                           "in the saved form state: owner {v}"],
                                    "ru": ["в запросе входа на сайт проката было nombre={v}",
                                           "в колбэке оплаты питомника покупатель {v}",
                                           "в сохранённой форме брони: cliente {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the piano owner's address is {v}", "the tuner should go to {v}",
                        "the seller's address is {v}", "she's staying with her khalto at {v}",
                        "deliver the upright to {v}", "address as per the buletin: {v}"],
                 "ru": ["адрес: {v}, portero не работает, звоните", "мы живём {v}, за Disco",
                        "щенка забирать по адресу {v}", "выдача велосипедов {v}",
                        "я теперь снимаю monoambiente {v}", "покупательница щенка прописана {v}"]},
        "block": {"en": ["Address of the school (for the tuning):\n{v}", "Seller's address (for the receipt):\n{v}",
                         "Where to pick up the piano:\n{v}", "Piano owner's address -\n{v}"],
                  "ru": ["Адрес проката:\n{v}", "Куда везти щенка (звонить заранее):\n{v}",
                         "Адрес питомника\n{v}", "Адрес клиента проката -\n{v}"]},
        "layouts": {"en": ["ro_bloc", "ro_commune", "ro_lines", "lb_beirut", "lb_town", "lb_lines"],
                    "ru": ["uy_calle", "uy_ru", "uy_lines", "ad_maykop", "ad_aul", "ad_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Owner of the piano: {v}", "Piano tuner: {v}", "Administrator of the bloc: {v}",
                        "the restorer {v} replaced the hammers", "the seller said his name is {v}",
                        "Yard manager: {v}", "the Blüthner was bought by {v}", "Director of the music school: {v}"],
                 "ru": ["Клиент проката: {v}", "Заводчица: {v}", "покупатель {v} уехал без документов на щенка",
                        "хозяйка питомника — {v}", "Механик: {v}", "звонила {v} насчёт щенка от Лайки",
                        "Contador: {v}"]},
        "kin": {"en": [("my bunica", "f"), ("my bunicul", "m"), ("my mama in ⟦Ploiești|LOCATION⟧", "f"), ("my tata", "m"), ("my nașa", "f"),
                       ("my nașul in ⟦Sibiu|LOCATION⟧", "m"), ("my jeddo from Tripoli", "m"), ("my khalto in ⟦Zahle|LOCATION⟧", "f"),
                       ("my 3ammto in ⟦Saida|LOCATION⟧", "f"), ("my khalo Elie", "m"), ("my sitto", "f"), ("my 3ammo", "m")],
                "ru": [("мой ятэ", "m"), ("моя нан", "f"), ("мой тэтэжъ", "m"), ("моя нэнэжъ из ⟦Кошехабля|LOCATION⟧", "f"),
                       ("мой шы", "m"), ("моя шыпхъу из ⟦Адыгейска|LOCATION⟧", "f"), ("моя suegra из ⟦Поситос|LOCATION⟧", "f"), ("мой suegro из ⟦Колонии|LOCATION⟧", "m"),
                       ("моя abuela Marta", "f"), ("мой cuñado из ⟦Мальдонадо|LOCATION⟧", "m")]},
        "kin_carriers": {"en": ["{v} will pay for the tuning", "{v} is selling the upright",
                                "{v} comes down from ⟦Broummana|LOCATION⟧", "{v} will collect the copper money",
                                "{v} signed the receipt", "{v} is bringing the radiators to ⟦Militari|LOCATION⟧"],
                         "ru": ["{v} заплатит за щенка", "{v} прилетит из ⟦Монтевидео|LOCATION⟧", "{v} возьмёт велосипед",
                                "{v} договорится с заводчицей", "{v} передаёт привет из ⟦Адыгейска|LOCATION⟧",
                                "{v} оплатит прокат"]},
        "wordnames": {"en": {"f": ["Amal", "Nour", "Hayat", "Rima", "Doina", "Speranța", "Floarea"],
                             "m": ["Karam", "Jamil", "Farid", "Amin", "Norocel", "Codrin", "Fadi"]},
                      "ru": {"f": ["Мильагрос", "Лус", "Росио", "Пас"], "m": ["Сальвадор", "Амадо", "Модесто"]}},
        "list": {"en": ["Pianos still to tune this month:\n{v}", "Sellers waiting for their money\n{v}", "Tuners on call this weekend:\n{v}",
                        "| Seller | kg |\n|---|---|\n{v}"],
                 "ru": ["Очередь на щенков из помёта:\n{v}", "Не внесли залог за велосипед\n{v}", "Механики в выходные:\n{v}",
                        "Кто взял велосипеды на выходные:\n{v}"]},
        "list_layouts": {"any": ["{v} - tuned", "* {v} (paid, mersi)", "{v} [receipt sent]", "| {v} | 240 |"]},
        "broken": {"en": ["the upright was tuned by the master tuner {v} on Monday",
                          "the copper was weighed by the yard man {v} last week"],
                   "ru": ["бронь записала {v}", "договор на щенка подписал {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the school portal logged in from {v}", "the yard camera box is {v}",
                      "allow {v} on the tuners' firewall", "the scale reported from {v}",
                      "the yard's till synced from {v}", "my IP, ya3ne, is {v}"],
               "ru": ["вход в кабинет проката с {v}", "роутер в питомнике {v}", "айпи сайта мастерской {v}",
                      "чужой вход в кабинет DGI с {v}", "заблокируйте {v}, bo", "мой айпишник {v}, ta"]},
        "iban": {"en": ["pay the tuner's bill to {v}", "my account in ⟦Bucharest|LOCATION⟧ is {v}",
                        "the parish's IBAN is {v}", "the yard refunds from {v}"],
                 "ru": ["за прокат переводите на {v}", "мой счёт в ⟦Itaú|ORGANIZATION⟧ {v}",
                        "за отменённый прокат верните на IBAN {v}", "задаток за щенка {v}"]},
        "mac": {"en": ["the yard camera has MAC {v}", "the scale's MAC {v}", "add {v} to the Wi-Fi, mersi",
                       "the tuning app's tablet logged {v}"],
                "ru": ["MAC трекера на велосипеде {v}", "MAC терминала в прокате {v}", "добавь {v} в белый список, dale",
                       "роутер в питомнике режет {v}"]},
        "card": {"en": ["the card for the tuning is {v}", "charge {v} for the restoration", "the buyer paid for the upright with {v}",
                        "the piano owner read the card number as {v}"],
                 "ru": ["карта для оплаты проката {v}", "номер карты заводчицы {v}", "скинь на карту {v}, dale, gracias",
                        "карта {v}, потеряла в ⟦Пириаполисе|LOCATION⟧, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Bună ziua, this is {v}, about the piano", "Name of the seller (yard): {v}"],
                         "GOV_ID": ["the licence I had in Leeds is {v}", "DL (yard truck): {v}"],
                         "USERNAME": ["my username on the music school portal is {v}", "yard login: {v}"]},
                  "ru": {"PERSON": ["Уимафэ шIу, это {v}", "ФИО покупателя щенка: {v}"],
                         "GOV_ID": ["паспорт РФ клиента проката {v}", "паспорт заводчицы {v}"],
                         "USERNAME": ["мой логин на сайте проката {v}", "логин в программе питомника: {v}"]}},
        "later": {"en": ["about the piano owner {v} again", "still waiting on {v}, deci", "{v} call back, yalla",
                         "chasing {v}, merci, hek", "(the seller, {v})"],
                  "ru": ["по покупателю щенка {v}", "{v} опять звонила про щенка, bo", "напоминаю про залог за велосипед, {v}",
                         "(см. выше про прокат: {v})", "{v}, ответьте уже, por favor"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the felts order {v} is late", "the strings order {v} came wrong",
                     "the ⟦eMAG|ORGANIZATION⟧ order {v} reached ⟦Ploiești|LOCATION⟧"],
              "ru": ["заказ камер {v} с ⟦Mercado Libre|ORGANIZATION⟧ пришёл", "заказ корма для щенков {v}", "отмена по заказу {v}, bo"]},
    "price": {"en": ["the tuning costs {v}", "copper is {v} a kilo this week", "the new hammers came to {v}"],
              "ru": ["прокат велосипеда на день {v}", "щенок с родословной {v}", "monoambiente в ⟦Поситосе|LOCATION⟧ {v}"]},
    "timestamp": {"en": ["the tuner rang the bell {v}", "the truck left the yard {v}", "the power went off {v}"],
                  "ru": ["выгул начинается в {v}", "механик приехал в {v}", "паром пришёл в {v}"]},
    "version": {"en": ["the tuning app {v} crashes", "the yard's scale software {v}", "since the {v} update of the tablet"],
                "ru": ["приложение проката {v}", "версия программы питомника {v}", "после обновления {v} приложение автобуса виснет"]},
    "room": {"en": ["the tuners meet in room {v}", "the grand is in hall {v}", "the copper is in shed {v}"],
             "ru": ["вольер {v}, у ворот", "комната {v} в питомнике", "склад {v} с запчастями"]},
    "flight": {"en": ["my flight to ⟦Beirut|LOCATION⟧ is {v}", "the scrap dealer lands on {v}", "my bunica is on {v}"],
               "ru": ["летим в ⟦Монтевидео|LOCATION⟧ рейсом {v}", "{v} задержали, bo", "встречай с {v} в ⟦Краснодаре|LOCATION⟧"]},
    "isbn": {"en": ["the piano tuner's handbook is ISBN {v}", "the Romanian cookbook, ISBN {v}", "ISBN {v}, the Lebanese Arabic phrasebook"],
             "ru": ["справочник заводчика ISBN {v}", "ISBN {v}, уругвайский разговорник", "ISBN {v}, адыгейско-русский словарь"]},
    "doc-ip": {"en": ["the yard camera manual shows {v}", "the scale guide's example is {v}", "the music school's network sheet has {v}"],
               "ru": ["в инструкции к трекеру {v}", "в примере настройки роутера проката {v}", "в схеме сети питомника {v}"]},
    "spoken-date": {"en": ["the next tuning is booked for {v}", "the recital is on {v}", "the parish meeting is set for {v}"],
                    "ru": ["выставку перенесли на {v}", "велопрогулку в ⟦Колонии|LOCATION⟧ назначили на {v}", "помёт ждём на {v}"]},
    "kinship-verb": {"en": ["my bunica {v} come to the door", "my khalo {v} sell the upright",
                            "my ammo {v} pay for the tuning"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Mersi, noted.", "Okay, the job card is updated.", "Gata, saved.",
                        "Tayeb, the restorer knows.", "Done, the yard ledger is updated.", "Merci, khalas, done."],
                 "ru": ["Тхьауегъэпсэу, записала.", "Хорошо, поправила в журнале проката.", "Ta, внесла в тетрадь.",
                        "Поняла, передам заводчице.", "Спасибо, задаток за щенка внесла.", "Dale, готово."]}
