"""The bank of ``check20``, the twentieth pair's held-out set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: Colombian English (Bogotá and its localidades, Chapinero, Usaquén, Suba, Kennedy,
Teusaquillo; Medellín, El Poblado, Laureles, Envigado, Bello; Cali, Barranquilla, Cartagena,
Bucaramanga, Pereira; Colombian Spanish words, the paisas' and the costeños') and Swazi
English (Mbabane, Manzini, Ezulwini, Matsapha, Lobamba, Siteki, Nhlangano, Piggs Peak and the
homesteads of the chiefdoms; siSwati words), intercity bus companies' ticket desks with their
passengers, and the hirers of tents, chairs and sound systems with the families who rent them
for weddings, funerals and parties; in Russian, Russian speakers living in Albania (Tirana,
Durrës, Golem, Vlorë, Sarandë, Shkodër, Ksamil; Albanian words in Russian sentences) and
speakers on Sakhalin and the Kurils (Yuzhno-Sakhalinsk, Korsakov, Kholmsk, Nevelsk,
Poronaysk, Dolinsk, Okha, Kurilsk, Yuzhno-Kurilsk and the villages; the islanders' words and
the Sakhalin Koreans'), sellers of red caviar, crab and fish with their buyers, and
snow-clearing crews with the households and the building committees who call them. Its own
shapes carry the check a reader runs where the id has one. Written from memory, not from a
specification: the layouts of the Colombian cédula (no check), the Swazi personal
identification number, the Albanian identity card's personal number, of the bus tickets,
bookings and parcel guides, of the hire orders and deposit slips, of the caviar and crab
orders and cold-store receipts, of the snow crews' call-outs and contracts (none with a check
written but those below), the Colombian addresses (Calle, Carrera, Transversal, Diagonal, the
number of the crossing street and the metres, # 45-12, the flat, the tower and the gated
complex, the barrio and the six-digit post code), the Swazi towns with their post codes of a
letter and three digits, the P.O. boxes and the homesteads under their chiefdoms and
tinkhundla, the Albanian streets (rruga), the blocks of flats (pallati), the entrance and the
flat, the four-digit post codes, and the streets, villages and post codes of the Sakhalin
region. The Colombian tax number's check (the NIT's digits weighted from the right 3 7 13 17
19 23 29 37 41 43 47 53 59 67 71, the sum modulo 11, kept when 0 or 1, else eleven less it) is
as published.
"""

from __future__ import annotations

import base64
import email.header
import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Colombia (Claro, Movistar, Tigo) and Eswatini (MTN,
# Eswatini Mobile)
MOBILES = (("CO", ("300", "301", "310", "311", "312", "313", "315", "316", "317", "318", "320", "321"), 7, (3, 3, 4)),
           ("SZ", ("76", "78", "79"), 6, (4, 4)))


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

_NIT_WEIGHTS = (3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71)


def _nit_digit(body: str) -> int:
    r = sum(int(c) * w for c, w in zip(reversed(body), _NIT_WEIGHTS)) % 11
    return r if r < 2 else 11 - r


def _nit(v: Values, lang: str) -> str:
    """A Colombian NIT: a person's is the cédula's eight to ten digits, a company's nine
    beginning with 8 or 9; then a hyphen and the check digit."""
    r = v.rng
    body = r.choice((v.digits(8), "1" + v.digits(9, False), r.choice("89") + v.digits(8, False)))
    k = _nit_digit(body)
    dotted = f"{int(body):,}".replace(",", ".")
    return r.choice((f"{body}-{k}", f"{body}-{k}", f"{dotted}-{k}", f"NIT {body}-{k}", f"NIT: {dotted}-{k}", f"{body} - {k}"))


def _nit_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return 9 <= len(d) <= 11 and _nit_digit(d[:-1]) == int(d[-1])


def _cedula(v: Values, lang: str) -> str:
    """A Colombian cédula de ciudadanía: eight or ten digits, written with dots, no check."""
    r = v.rng
    body = r.choice((v.digits(8), "10" + v.digits(8, False)))
    dotted = f"{int(body):,}".replace(",", ".")
    return r.choice((body, dotted, f"C.C. {dotted}", f"CC {body}", f"c.c. No. {dotted}"))


def _phone_co(v: Values, lang: str) -> str:
    d = _valid("CO", ("300", "301", "310", "311", "312", "313", "315", "316", "317", "318", "320", "321"), 7, v)
    return v.rng.choice((f"{d[:3]} {d[3:6]} {d[6:]}", f"+57 {d[:3]} {d[3:6]} {d[6:]}", d, f"+57{d}",
                         f"(+57) {d[:3]} {d[3:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"))


def _sz_pin(v: Values, lang: str) -> str:
    """A Swazi personal identification number: the birth date as YYMMDD and seven digits, no
    check written."""
    r = v.rng
    n = f"{r.randint(40, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.choice('1256')}{v.digits(6, False)}"
    return r.choice((n, n, f"PIN {n}", f"ID No. {n}", f"{n[:6]} {n[6:10]} {n[10:]}"))


def _phone_sz(v: Values, lang: str) -> str:
    d = _valid("SZ", ("76", "78", "79"), 6, v)
    return v.rng.choice((f"{d[:4]} {d[4:]}", f"+268 {d[:4]} {d[4:]}", d, f"+268{d}", f"00268 {d}", f"{d[:4]}-{d[4:]}"))


def _bus(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"tiquete {r.choice(('BOG', 'MDE', 'CLO', 'BAQ'))}-{v.digits(6)}", f"bus booking BK{v.digits(5)}",
                     f"parcel guide {v.digits(4)}-{v.digits(4, False)}", f"seat ticket {r.randint(1, 44)}/{v.digits(4)}"))


def _tent(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"hire order HO-{v.digits(4)}", f"deposit slip {v.digits(5, False)}",
                     f"tent job {r.choice(('MBA', 'MZI', 'EZU'))}/{v.digits(3)}", f"PA system booking {v.digits(3)}-{r.randint(24, 27)}"))


def _al_nid(v: Values, lang: str) -> str:
    """An Albanian personal number: a letter for the decade of birth, the year's last digit,
    the month (fifty added for a woman), the day, three digits and a letter; no check worked
    here."""
    r = v.rng
    decade = r.choice("FGHIJK")
    month = r.randint(1, 12) + (50 if r.random() < 0.5 else 0)
    n = f"{decade}{r.randint(0, 9)}{month:02d}{r.randint(1, 28):02d}{v.digits(3, False)}{r.choice('ABCDEFGHIJKLMNOPRSTUVW')}"
    return r.choice((n, n, f"NID {n}", f"Nr. personal {n}", f"ЛН {n}"))


def _phone_al(v: Values, lang: str) -> str:
    d = _valid("AL", ("67", "68", "69"), 7, v)
    return v.rng.choice((f"0{d[:2]} {d[2:5]} {d[5:]}", f"+355 {d[:2]} {d[2:5]} {d[5:]}", "0" + d, f"+355{d}",
                         f"00355 {d}", f"0{d[:2]}-{d[2:5]}-{d[5:]}"))


def _caviar(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"заказ икры №{v.digits(4)}", f"квитанция холодильника Х-{v.digits(4)}/{r.randint(24, 27)}",
                     f"краб, заказ {r.choice(('ЮС', 'КРС', 'ХЛМ'))}-{v.digits(4)}", f"porosia nr. {v.digits(5)}"))


def _snow(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"вызов на чистку снега №{v.digits(5)}", f"договор на уборку СН-{v.digits(3)}/{r.randint(24, 27)}",
                     f"наряд бригады {v.digits(4)}", f"акт по крыше {v.digits(3)}-{v.digits(2, False)}"))


# -- family 4: escapes ------------------------------------------------------------------------

def ruby_pack(text: str) -> str:
    """A name as a Ruby script keeps it: its code points in an array packed as UTF-8,
    ``[1048, 1074, 1072, 1085].pack('U*')`` for Иван."""
    return f"[{', '.join(str(ord(c)) for c in text)}].pack('U*')"


def _from_ruby_pack(text: str) -> str:
    inside = re.search(r"\[([\d,\s]*)\]", text)[1]
    return "".join(chr(int(n)) for n in re.findall(r"\d+", inside))


def utf16_header(text: str) -> str:
    """A name as a phone's mail app puts it in a header: an RFC 2047 encoded word in UTF-16
    (big-endian, with its byte-order mark) and base64, ``=?UTF-16?B?/v8EGAQyBDAEPQ==?=`` for
    Иван."""
    return f"=?UTF-16?B?{base64.b64encode(text.encode('utf-16')).decode('ascii')}?="


def _from_utf16_header(text: str) -> str:
    return "".join(part.decode(charset or "ascii") for part, charset in email.header.decode_header(text))


# -- family 5: address layouts ----------------------------------------------------------------

CO_BARRIOS = (("Chapinero Alto", "Bogotá", "110231"), ("Usaquén", "Bogotá", "110111"), ("Cedritos", "Bogotá", "110121"),
              ("Teusaquillo", "Bogotá", "111311"), ("Kennedy Central", "Bogotá", "110861"), ("El Poblado", "Medellín", "050021"),
              ("Laureles", "Medellín", "050031"), ("San Fernando", "Cali", "760042"), ("El Prado", "Barranquilla", "080001"),
              ("Bocagrande", "Cartagena", "130001"), ("Cabecera del Llano", "Bucaramanga", "680003"))


def _via(v: Values) -> str:
    r = v.rng
    kind = r.choice(("Calle", "Carrera", "Cra.", "Cl.", "Transversal", "Diagonal", "Av. Calle", "Kra"))
    return f"{kind} {r.randint(1, 170)}{r.choice(('', '', 'A', 'B', ' Bis', ' Sur'))}"


def _co_calle(v: Values) -> list[str]:
    """Colombia: the way and its number, the crossing way's number and the metres (# 45-12),
    the flat or the office, the barrio, the city; the six-digit post code now and then."""
    r = v.rng
    barrio, city, code = r.choice(CO_BARRIOS)
    num = f"# {r.randint(1, 150)}{r.choice(('', '', 'A', 'B'))}-{r.randint(1, 99)}"
    return [r.choice((f"{_via(v)} {num}, Apto {r.randint(1, 20)}0{r.randint(1, 8)}, {barrio}, {city}",
                      f"{_via(v)} {num}, {city}",
                      f"{_via(v)} No. {r.randint(1, 150)}-{r.randint(1, 99)}, Oficina {r.randint(101, 1204)}, {barrio}, {city} {code}",
                      f"{_via(v)} {num} Piso {r.randint(2, 12)}, barrio {barrio}, {city}, Colombia"))]


def _co_conjunto(v: Values) -> list[str]:
    """A flat in a gated complex (conjunto): the complex, the tower, the flat, the way and
    the number, the city."""
    r = v.rng
    conjunto = r.choice(("Conjunto Residencial Los Almendros", "Conjunto Cerrado Mirador de la Colina", "Edificio Torres del Parque",
                         "Conjunto Reservas de Suba", "Unidad Residencial Las Margaritas", "Edificio Balcones de Laureles"))
    _, city, _ = r.choice(CO_BARRIOS)
    return [r.choice((f"{conjunto}, Torre {r.randint(1, 9)}, Apto {r.randint(1, 22)}0{r.randint(1, 8)}, {city}",
                      f"{_via(v)} # {r.randint(1, 150)}-{r.randint(1, 99)}, {conjunto}, Int. {r.randint(1, 12)} Apto {r.randint(101, 904)}",
                      f"{conjunto} casa {r.randint(1, 120)}, {city}"))]


def _co_lines(v: Values) -> list[str]:
    r = v.rng
    barrio, city, code = r.choice(CO_BARRIOS)
    return [f"{_via(v)} # {r.randint(1, 150)}-{r.randint(1, 99)}, barrio {barrio}", f"{city} {code}",
            r.choice(("Colombia", "COLOMBIA"))]


SZ_TOWNS = (("Mbabane", "H100", "Hhohho"), ("Manzini", "M200", "Manzini"), ("Ezulwini", "H106", "Hhohho"),
            ("Matsapha", "M202", "Manzini"), ("Lobamba", "H107", "Hhohho"), ("Siteki", "L300", "Lubombo"),
            ("Nhlangano", "S400", "Shiselweni"), ("Piggs Peak", "H400", "Hhohho"))


def _sz_town(v: Values) -> list[str]:
    """Eswatini: the plot or the flat, the street, the township, the town and its post code
    of a letter and three digits."""
    r = v.rng
    town, code, _ = r.choice(SZ_TOWNS)
    street = r.choice(("Gwamile Street", "Allister Miller Street", "Ngwane Street", "Nkoseluhlaza Street", "Mhlakuvane Street",
                       "Sozisa Road"))
    return [r.choice((f"Plot {r.randint(1, 900)}, {street}, {town} {code}",
                      f"Flat {r.randint(1, 30)}, {r.choice(('Msunduza', 'Sidwashini', 'Fairview', 'Coates Valley'))}, {town}",
                      f"{street} {r.randint(1, 90)}, {town}, {code}",
                      f"House {r.randint(1, 400)}, {r.choice(('Sigodvweni', 'Zakhele', 'Ngwane Park'))} township, {town}"))]


def _sz_homestead(v: Values) -> list[str]:
    """A homestead under its chiefdom (umphakatsi) and inkhundla, the region, and the school,
    store or clinic everyone knows."""
    r = v.rng
    chiefdom, inkhundla, region = r.choice((("Ludzeludze", "Ludzeludze", "Manzini"), ("Mangcongco", "Nkwene", "Shiselweni"),
                                           ("Ekukhanyeni", "Ekukhanyeni", "Manzini"), ("Nkhaba", "Nkhaba", "Hhohho"),
                                           ("Mpolonjeni", "Mpolonjeni", "Lubombo"), ("Hhelehhele", "Mahlangatja", "Manzini")))
    near = r.choice(("near the primary school", "after the Nkwene store", "opposite the clinic", "next to the Zionist church"))
    return [r.choice((f"{r.choice(('Dlamini', 'Shongwe', 'Nxumalo', 'Simelane'))} homestead, {chiefdom} umphakatsi, {region}",
                      f"{chiefdom}, {inkhundla} Inkhundla, {near}, {region} region",
                      f"Homestead {r.randint(1, 300)}, {chiefdom}, {region}, Eswatini"))]


def _sz_lines(v: Values) -> list[str]:
    r = v.rng
    town, code, _ = r.choice(SZ_TOWNS)
    if r.random() < 0.5:
        return [f"P.O. Box {r.randint(1, 9999)}", f"{town} {code}", r.choice(("Eswatini", "Kingdom of Eswatini", "Swaziland"))]
    return [f"Plot {r.randint(1, 900)}, {r.choice(('Gwamile Street', 'Ngwane Street'))}", f"{town} {code}", "Eswatini"]


AL_STREETS = (("Rruga Myslym Shyri", "1001", "Tiranë"), ("Rruga e Durrësit", "1001", "Tiranë"), ("Rruga Ibrahim Rugova", "1019", "Tiranë"),
              ("Bulevardi Zogu I", "1001", "Tiranë"), ("Rruga Taulantia", "2001", "Durrës"), ("Rruga Pavarësia", "9401", "Vlorë"),
              ("Rruga Skënderbeu", "9701", "Sarandë"), ("Rruga Kol Idromeno", "4001", "Shkodër"), ("Rruga e Plazhit", "2504", "Golem"))
AL_RU = {"Tiranë": "Тирана", "Durrës": "Дуррес", "Vlorë": "Влёра", "Sarandë": "Саранда", "Shkodër": "Шкодер",
         "Golem": "Голем"}


def _al_rruga(v: Values) -> list[str]:
    """Albania: the street (rruga), the block of flats (pallati), the entrance (shkalla) and the
    flat (ap.), the four-digit post code and the town."""
    r = v.rng
    street, code, town = r.choice(AL_STREETS)
    return [r.choice((f"{street}, Pallati {r.randint(1, 60)}, Shkalla {r.randint(1, 4)}, Ap. {r.randint(1, 40)}, {code} {town}",
                      f"{street} nr. {r.randint(1, 120)}, {town} {code}",
                      f"{street}, godina {r.choice(('Alba', 'Kristal', 'Dajti', 'Eagle'))}, kati {r.randint(1, 12)}, {town}",
                      f"Lagjja {r.randint(1, 18)}, {street}, {code} {town}, Shqipëri"))]


def _al_ru(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(AL_STREETS)
    return [r.choice((f"{AL_RU[town]}, {street}, паллати {r.randint(1, 60)}, кв. {r.randint(1, 40)}",
                      f"{AL_RU[town]}, {street} {r.randint(1, 120)}, {r.randint(1, 12)} этаж",
                      f"{street} {r.randint(1, 120)}, {code}, {AL_RU[town]}"))]


def _al_lines(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(AL_STREETS)
    return [f"{street}, Pallati {r.randint(1, 60)}, Ap. {r.randint(1, 40)}", f"{code} {town}", r.choice(("Shqipëri", "Albania", "АЛБАНИЯ"))]


SAKH_STREETS = (("ул. Ленина", "693000", "г. Южно-Сахалинск"), ("пр. Мира", "693020", "г. Южно-Сахалинск"),
                ("ул. Комсомольская", "693000", "г. Южно-Сахалинск"), ("ул. Емельянова", "693010", "г. Южно-Сахалинск"),
                ("ул. Сахалинская", "693012", "г. Южно-Сахалинск"), ("ул. Гвардейская", "694020", "г. Корсаков"),
                ("ул. Советская", "694620", "г. Холмск"), ("ул. Ленина", "694740", "г. Невельск"),
                ("ул. Победы", "694490", "г. Оха"), ("ул. Октябрьская", "694220", "г. Поронайск"))


def _sakh_city(v: Values) -> list[str]:
    """Sakhalin: the post code, the region, the town, the street, the house and the flat."""
    r = v.rng
    street, code, town = r.choice(SAKH_STREETS)
    return [r.choice((f"{code}, Сахалинская обл., {town}, {street}, д. {r.randint(1, 150)}, кв. {r.randint(1, 120)}",
                      f"{town}, {street} {r.randint(1, 150)}, кв. {r.randint(1, 120)}",
                      f"Сахалинская область, {town}, {street}, {r.randint(1, 150)}-{r.randint(1, 120)}, {code}"))]


def _sakh_kurily(v: Values) -> list[str]:
    """A village of the island or of the Kurils: the district, the village or the town, the
    street, the house; the post code now and then."""
    r = v.rng
    place, code = r.choice((("Курильский р-н, г. Курильск", "694530"), ("Южно-Курильский р-н, пгт Южно-Курильск", "694500"),
                            ("Анивский р-н, с. Огоньки", "694030"), ("Долинский р-н, с. Стародубское", "694071"),
                            ("Корсаковский р-н, с. Озёрское", "694000"), ("Смирныховский р-н, пгт Смирных", "694350")))
    street = r.choice(("ул. Рыбацкая", "ул. Приморская", "ул. Заводская", "ул. Вулканная", "ул. Школьная", "ул. Морская"))
    return [r.choice((f"{code}, Сахалинская обл., {place}, {street}, д. {r.randint(1, 70)}",
                      f"{place}, {street} {r.randint(1, 70)}",
                      f"Сахалинская обл., {place}, {street}, дом {r.randint(1, 70)}, кв. {r.randint(1, 30)}"))]


def _sakh_block(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(SAKH_STREETS)
    return [f"{street}, д. {r.randint(1, 150)}, кв. {r.randint(1, 120)}", f"{town}, {code}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"nit": _nit, "cedula": _cedula, "phone_co": _phone_co, "sz_pin": _sz_pin, "phone_sz": _phone_sz, "bus": _bus,
            "tent": _tent, "al_nid": _al_nid, "phone_al": _phone_al, "caviar": _caviar, "snow": _snow},
    checks={"nit": _nit_ok, "phone_co": _dials("CO"), "phone_sz": _dials("SZ"), "phone_al": _dials("AL")},
    escapes={"ruby-pack": ruby_pack, "utf16-header": utf16_header},
    unescapes={"ruby-pack": _from_ruby_pack, "utf16-header": _from_utf16_header},
    lines={"co_calle": _co_calle, "co_conjunto": _co_conjunto, "co_lines": _co_lines, "sz_town": _sz_town,
           "sz_homestead": _sz_homestead, "sz_lines": _sz_lines, "al_rruga": _al_rruga, "al_ru": _al_ru, "al_lines": _al_lines,
           "sakh_city": _sakh_city, "sakh_kurily": _sakh_kurily, "sakh_block": _sakh_block},
    people={"en": ("es_CO", "zu_ZA"), "ru": ()},
)


BANK: dict = {
    1: {
        "phone": {"en": ["hola, it's the lady from the Chapinero office, the bus to ⟦Medellín|LOCATION⟧ left without me, call me at {v}",
                         "the driver of the night bus gave me {v}, qué pena, he only answers at the terminal",
                         "put my ⟦Claro|ORGANIZATION⟧ line, {v}, the ⟦Tigo|ORGANIZATION⟧ one I lost in ⟦Cali|LOCATION⟧",
                         "the man with the tents in ⟦Envigado|LOCATION⟧, his number is {v}, listo he said",
                         "sawubona, this is make Dlamini for the tent, my number is {v}",
                         "for the chairs on Saturday ring my bhuti in ⟦Manzini|LOCATION⟧, {v}",
                         "the costeño who sells the tickets at the window, {v}, he knows my seat",
                         "the PA system guy for ⟦Ezulwini|LOCATION⟧, note it down, {v}",
                         "⟦MTN|ORGANIZATION⟧ one is {v}, the ⟦Eswatini Mobile|ORGANIZATION⟧ one has no airtime",
                         "my cousin in ⟦Barranquilla|LOCATION⟧ knows a cheap bus to the coast, call him on {v}",
                         "parce, you have a pen? {v}",
                         "the gogo who cooks for the funerals, her mobile, {v}"],
                  "ru": ["мой албанский, {v}, вотсап на нём же",
                         "икру с ⟦Корсакова|LOCATION⟧ возит Вадим, вот его {v}, скажите, от меня",
                         "насчёт снега звоните {v}, с утра мы на крыше",
                         "mirëdita, ну вот мой номер, {v}",
                         "до субботы я в ⟦Холмске|LOCATION⟧ на путине, звоните на {v}",
                         "краба берём у Артана, его телефон {v}, жена у него наша, с Урала",
                         "в сопках связь через раз, лучше в телегу на {v}",
                         "бригадир снегоуборщиков, Костя, {v}, завтра он на Южном",
                         "в ⟦Невельске|LOCATION⟧ я на {v}, после обеда звоните",
                         "пиши, po, номер мужа {v}"]},
        "email": {"en": ["send the e-ticket to {v}, the office wants it before the trip",
                         "my tent quote never came, resend to {v}, ngiyabonga",
                         "for the party committee emails use {v}, de una",
                         "the terminal's lost-and-found reads {v}, send the baggage list there",
                         "the invoice for the chairs, please email {v}, kulungile",
                         "my daughter studying in ⟦Johannesburg|LOCATION⟧ checks {v} only at night",
                         "the parcel guide, mail it to {v}, ¿sí o qué?",
                         "it's {v}, the same one on my ⟦Bancolombia|ORGANIZATION⟧ app"],
                  "ru": ["икру заказываем через {v}, пишите заранее",
                         "фото крыши киньте на {v}, гляну и приедем",
                         "вот почта, {v}, faleminderit",
                         "до понедельника я на путине, пишите на {v}",
                         "рыбный склад в ⟦Южно-Сахалинске|LOCATION⟧ отвечает с {v}",
                         "договор на уборку на меня, почта {v}",
                         "почта, которую в ⟦Тиране|LOCATION⟧ заводила, {v}",
                         "бригадиру пишите на {v}, faleminderit shumë"]},
        "dob": {"en": ["my abuelita, born {v}, still rides the bus to the finca alone",
                       "I was born {v} at ⟦Hospital San Ignacio|ORGANIZATION⟧, it's on the cédula",
                       "the passenger's date of birth is {v}, the ticket form asks it",
                       "he was born {v} in ⟦Pasto|LOCATION⟧, he drives those curves like nothing",
                       "for the hire contract, the bride was born {v}",
                       "{v}, born at ⟦Mbabane Government Hospital|ORGANIZATION⟧, ⟦Mbabane|LOCATION⟧",
                       "umkhulu was born {v} in ⟦Siteki|LOCATION⟧, the year of the big drought",
                       "she told me born {v}, qué pena, I don't know"],
                "ru": ["родилась я {v}, в ⟦Охе|LOCATION⟧, в самый буран",
                       "в заказе на икру у покупателя дата рождения {v}",
                       "сын родился {v}, это уже в ⟦Дурресе|LOCATION⟧",
                       "дед мой {v} родился, на ⟦Шикотане|LOCATION⟧, при рыбокомбинате ещё",
                       "для договора на уборку: родилась {v}",
                       "по паспорту муж родился {v}, в ⟦Корсакове|LOCATION⟧, он у меня моряк",
                       "хальмони моя родилась {v}, в ⟦Поронайске|LOCATION⟧, так и пишите",
                       "покупатель тот родился {v}, поздравить хотим, краба ему отложили"]},
        "fillers": {"en": ["parce", "qué pena", "listo listo", "de una", "bacano", "hágale pues",
                           "yebo", "kulungile", "ngiyabonga", "sawubona", "yebo babe", "hhayi"],
                    "ru": ["ну, po", "po, shumë mirë", "ну, ska problem", "дак вот, на Южном", "ну, faleminderit",
                           "так, ну, короче, po", "ладно, s'ka gjë", "ну, пурга его знает", "вот, у нас на острове так"]},
        "digit_sep": {"en": [" ... [the bus horn outside] ... ", " -- espérate, wait -- ", " [the generator of the tent coughing] "],
                      "ru": [" ... [пурга в трубке воет] ... ", " -- prit, prit -- ", " [трактор скребёт] "]},
        "email_at": {"en": [" at, the arroba, ", " [at, yebo] ", " at the, no, the at sign, "],
                     "ru": [" et, ну, собачка, ", " эт, дак, эт, ", " (at, po) "]},
        "email_dot": {"en": [" dot, the punto, ", " (dot, listo) ", " then dot, kulungile, "],
                      "ru": [" pikë, ну, точка, ", " точка, ну, po, ", " (dot, mirë) "]},
        "spell": {"en": [", letter by letter, parce, ", " -- slowly, sisi, slowly -- "],
                  "ru": [", по буковке, ngadalë, ", " ... по одной букве, дак, по одной ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("NIT", "GOV_ID", "nit"), ("NIT:", "GOV_ID", "nit"), ("the company's NIT", "GOV_ID", "nit"),
                        ("NIT (for the factura):", "GOV_ID", "nit"), ("NIT of the bus company", "GOV_ID", "nit"),
                        ("NIT del cliente:", "GOV_ID", "nit"), ("NIT of the tent hirer", "GOV_ID", "nit"),
                        ("the señora's NIT:", "GOV_ID", "nit"), ("NIT of the driver (independent)", "GOV_ID", "nit"),
                        ("NIT of the travel agency:", "GOV_ID", "nit"),
                        ("cédula no.", "GOV_ID", "cedula"), ("cédula of the passenger:", "GOV_ID", "cedula"),
                        ("C.C. of the bride's father", "GOV_ID", "cedula"),
                        ("Claro no.", "PHONE", "phone_co"), ("celular (Colombia):", "PHONE", "phone_co"),
                        ("the bus driver's celular", "PHONE", "phone_co"), ("Tigo line of the office", "PHONE", "phone_co"),
                        ("PIN no.", "GOV_ID", "sz_pin"), ("Swazi PIN:", "GOV_ID", "sz_pin"), ("the tent man's PIN", "GOV_ID", "sz_pin"),
                        ("PIN of the bride's father:", "GOV_ID", "sz_pin"), ("PIN of the umfundisi", "GOV_ID", "sz_pin"),
                        ("ID No. of the indvuna", "GOV_ID", "sz_pin"),
                        ("MTN no. of the hirer", "PHONE", "phone_sz"), ("Eswatini Mobile:", "PHONE", "phone_sz"),
                        ("the chair hire driver's mobile (Eswatini)", "PHONE", "phone_sz"), ("MTN of the church hall", "PHONE", "phone_sz"),
                        ("my brother's phone in ⟦Miami|LOCATION⟧", "PHONE", "phone_fmt"),
                        ("the hirer's other number", "PHONE", "phone_sep"),
                        ("bus ticket", "OTHER", "bus"), ("booking for the night bus:", "OTHER", "bus"),
                        ("parcel guide from ⟦Bucaramanga|LOCATION⟧", "OTHER", "bus"), ("tiquete of the lady:", "OTHER", "bus"),
                        ("the last trip's ticket", "OTHER", "bus"),
                        ("hire order", "OTHER", "tent"), ("deposit slip for the tent:", "OTHER", "tent"),
                        ("PA booking for ⟦Lobamba|LOCATION⟧", "OTHER", "tent"),
                        ("code for the bus office door", "SECRET", "pin4"), ("the tent store's padlock code:", "SECRET", "pin4"),
                        ("locker PIN at the terminal", "SECRET", "pin4"),
                        ("password for the ticket system", "SECRET", "password"), ("hire office laptop pw:", "SECRET", "password"),
                        ("the novia's DOB", "DATE_OF_BIRTH", "dob_slash"), ("the passenger was born", "DATE_OF_BIRTH", "dob_month"),
                        ("date of birth (per the cédula):", "DATE_OF_BIRTH", "dob_iso"), ("DOB of the gogo", "DATE_OF_BIRTH", "dob_dashes"),
                        ("the driver's old South African licence", "GOV_ID", "licence"),
                        ("insurance for the bus (SOAT):", "OTHER", "policy")],
                 "ru": [("NID-i", "GOV_ID", "al_nid"), ("NID, numri:", "GOV_ID", "al_nid"), ("личный номер жены", "GOV_ID", "al_nid"),
                        ("numri personal мужа", "GOV_ID", "al_nid"), ("NID ребёнка:", "GOV_ID", "al_nid"),
                        ("NID (nga karta e identitetit):", "GOV_ID", "al_nid"),
                        ("албанский личный номер", "GOV_ID", "al_nid"), ("NID хозяйки квартиры", "GOV_ID", "al_nid"),
                        ("NID (Shqipëri):", "GOV_ID", "al_nid"), ("NID покупателя икры", "GOV_ID", "al_nid"),
                        ("NID получателя:", "GOV_ID", "al_nid"), ("NID дочери", "GOV_ID", "al_nid"), ("NID свёкра:", "GOV_ID", "al_nid"),
                        ("NID квартиранта", "GOV_ID", "al_nid"), ("NID для kontabilistes", "GOV_ID", "al_nid"),
                        ("numri personal гостя", "GOV_ID", "al_nid"), ("NID соседа-албанца", "GOV_ID", "al_nid"),
                        ("NID водителя", "GOV_ID", "al_nid"),
                        ("албанский мобильный", "PHONE", "phone_al"), ("тел. (AL):", "PHONE", "phone_al"),
                        ("мобильный pronarit", "PHONE", "phone_al"), ("мобильный мужа, албанский", "PHONE", "phone_al"),
                        ("заказ икры", "OTHER", "caviar"), ("квитанция холодильника:", "OTHER", "caviar"),
                        ("краб из ⟦Корсакова|LOCATION⟧", "OTHER", "caviar"), ("икра с ⟦Итурупа|LOCATION⟧, заказ:", "OTHER", "caviar"),
                        ("номер заказа на кету:", "OTHER", "caviar"),
                        ("вызов снегоуборщиков", "OTHER", "snow"), ("номер договора на уборку:", "OTHER", "snow"),
                        ("наряд на крышу", "OTHER", "snow"), ("чистка двора после циклона:", "OTHER", "snow"),
                        ("уборка в ⟦Долинске|LOCATION⟧:", "OTHER", "snow"),
                        ("телефон свекрови в ⟦Холмске|LOCATION⟧", "PHONE", "phone_fmt"), ("тел. бригадира", "PHONE", "phone_sep"),
                        ("паспорт покупателя краба", "GOV_ID", "passport_ru"), ("паспорт бригадира:", "GOV_ID", "passport_no"),
                        ("СНИЛС рыбака с путины", "GOV_ID", "snils"), ("ИНН рыбной лавки:", "GOV_ID", "inn_glued"),
                        ("ИНН ИП-снегоуборщика", "GOV_ID", "inn"),
                        ("полис ОМС тракториста", "OTHER", "digits16"), ("права того, кто на погрузчике", "GOV_ID", "vu_ru"),
                        ("загран для поездки в ⟦Тирану|LOCATION⟧", "GOV_ID", "zagran"),
                        ("д/р покупателя по заказу:", "DATE_OF_BIRTH", "dob_dots"), ("бригадир родился", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. по karta e identitetit", "DATE_OF_BIRTH", "dob_short"), ("родилась (по NID)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от склада с икрой", "SECRET", "pin4"), ("код от гаража с трактором", "SECRET", "pin4"),
                        ("код от подъезда в ⟦Дурресе|LOCATION⟧", "SECRET", "pin4"),
                        ("пароль от e-Albania:", "SECRET", "password"),
                        ("пароль от вайфая на складе", "SECRET", "password")]},
        "carriers": {"en": ["Ticket clerk's notebook, page three: {v}", "{v} (the driver read it to me)",
                            "hire ledger, December - {v}", "{v}, listo, noted", "written on the hire order: {v}", "{v}, ngiyabonga kakhulu",
                            "the man at the terminal window read out {v}", "copied for the passenger file: {v}",
                            "line seven on the tent contract: {v}"],
                     "ru": ["у бригадира в тетрадке: {v}", "{v}, faleminderit shumë", "из квитанции: {v}", "{v} (покупатель сам продиктовал)",
                            "для kontabilistes, как просила: {v}", "{v}, дак вот, на острове", "скинула мужу в телегу: {v}, po",
                            "в журнале вызовов: {v}", "бухгалтерии лавки, сверить: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["the bus company posts its routes on Instagram as {v}", "add {v} to the conjunto's WhatsApp, the portero knows him",
                      "on Telegram the tent man is {v}", "insta: {v}, follow me parce", "message {v} for the tent prices before December",
                      "Facebook me, {v}, yebo"],
               "ru": ["икра в инсте — {v}, там все банки", "закинь {v} в чат наших в ⟦Тиране|LOCATION⟧",
                      "краб у него, в телеге он {v}", "в ⟦Саранде|LOCATION⟧ наши сидят в телеге {v}",
                      "на форуме ⟦Южно-Сахалинска|LOCATION⟧ подписан как {v}", "снег чистит, ищите {v}"]},
        "url": {"en": ["everything about the routes on my page {v}", "the bus times are posted at {v}",
                       "I blog about bandeja paisa, {v}", "our tent packages, see {v}", "the page my sobrino made is {v}",
                       "mira, look at {v}"],
                "ru": ["про жизнь в ⟦Албании|LOCATION⟧ веду канал {v}", "прогноз циклонов смотрю тут: {v}",
                       "у лавки страничка {v}", "про ⟦Курилы|LOCATION⟧ и рыбалку пишу на {v}",
                       "отзывы про нашу икру на {v}", "shiko, {v}"]},
        "url_layouts": {"any": ["https://{site}?from=terminal-wa", "{site} (open it, sisi)", "https://{site}/#tent-offer",
                                "[{site}] bus page"]},
        "ssh": {"any": ["ssh -l taquilla -o ConnectTimeout=30 {v}", "ssh -p 2230 -i ~/.ssh/id_tents {v}",
                        "scp tiquetes.csv {v}:/var/terminal/", "rsync -az --delete ./ikra/ {v}:/srv/ikra-shop/"]},
        "remote": {"any": ["git clone -b diciembre-2026 https://github.com/{v}.git", "git remote add tents git@gitlab.com:{v}.git",
                           "python3 -m pip install -U git+https://github.com/{v}.git@sneg", "yarn add github:{v}#busline"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:taquilla-2026", "FROM docker.io/{v}:tents-runner",
                             "podman run quay.io/{v}:ikra-bot", "docker push docker.io/{v}:sneg-crew"]},
        "home": {"any": ["/home/{v}/taquilla/tiquetes/", "C:\\Users\\{v}\\OneDrive\\TentHire\\", "/Users/{v}/Documents/Ikra/",
                         "/var/home/{v}/sneg/"]},
        "tool": {"en": ["the ticket app is stuck on {v}", "my nephew in ⟦Pereira|LOCATION⟧ said just type {v}", "hhayi, it hung again at {v}",
                        "I pasted {v} in the party committee chat"],
                 "ru": ["внук из ⟦Шкодера|LOCATION⟧ набирал мне {v}", "программист из ⟦Корсакова|LOCATION⟧ велел вбить {v}",
                        "зависло на {v}, o zot", "{v} скинула в чат снегоуборщиков"]},
        "mention": {"en": ["{h} mil gracias parce!", "{h} ngiyabonga, noted", "{h} can your boys put the tent in ⟦Matsapha|LOCATION⟧?",
                           "{h}: the bus is full, qué pena", "{h} siyabonga, thank you", "{h} listo?"],
                    "ru": ["{h}, faleminderit shumë!", "{h} po, так и есть", "{h}, а фото икры будет?", "{h}: приняла, në rregull",
                           "{h}, спасибочки, faleminderit", "{h} ну ты дал, корюшка"]},
    },
    4: {
        "url": {"en": ["the bus booking link ended in ?{k}={v}&ruta=bog-mde", "the ticket form came prefilled with {k}={v}",
                       "the shared WhatsApp link had {k}={v}&ref=wa_mbabane", "nginx logged GET /tents/orders?{k}={v} 200"],
                "ru": ["ссылка на заказ икры заканчивалась на ?{k}={v}&gjuha=sq", "в ссылке на договор висело {k}={v}",
                       "переход из телеги снегоуборщиков: {k}={v}&utm=sakh", "лог лавки: GET /porosi/kerko?{k}={v}"]},
        "markup": {"en": ["in the e-ticket's HTML: <span class=\"{k}\">{v}</span>",
                          "the hire invoice template has <b>{v}</b> at the top",
                          "the booking form keeps <input type=\"hidden\" name=\"{k}\" value=\"{v}\">"],
                   "ru": ["HTML квитанции: <span class=\"{k}\">{v}</span>, так и стоит",
                          "в шаблоне договора на уборку <b>{v}</b>",
                          "в форме заказа икры <input type=\"hidden\" name=\"{k}\" value=\"{v}\">"]},
        "prose": {"en": ["on the ⟦Davivienda|ORGANIZATION⟧ transfer the sender shows as {v}", "somebody wrote {v} on the tent bag with a marker",
                         "the hire receipt was made out to {v}", "the ⟦Standard Bank|ORGANIZATION⟧ deposit slip reads {v}"],
                  "ru": ["⟦Raiffeisen Bank Albania|ORGANIZATION⟧ показывает получателя как {v}", "на банке с икрой маркером выведено {v}",
                         "в утреннем списке вызовов {v}", "покупатель в заказе записан как {v}"]},
        "escapes": {"ruby-pack": {"en": ["the booking script had the passenger as {v}",
                                         "in the ticket system's seed file: name = {v}",
                                         "the hire app's Rails console printed {v}"],
                                  "ru": ["в скрипте заказов имя покупателя {v}",
                                         "в сид-файле сайта лавки: name = {v}",
                                         "в консоли у программиста бригады: {v}"]},
                    "utf16-header": {"en": ["the From: line of the bus company's mail had the sender as {v}",
                                            "the old phone's mail app put the name as {v}",
                                            "in the raw headers of the hire office's mail: From: {v}"],
                                     "ru": ["в заголовке письма с телефона отправитель {v}",
                                            "старый почтовик лавки показал имя покупателя так: {v}",
                                            "в исходнике письма от бригадира стоит From: {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the passenger's home is at {v}", "tomorrow the tent goes to {v}",
                        "the chairs are dropped at {v}", "she's at her tía's now, at {v}",
                        "leave the parcel at {v}, the portero will take it", "on the cédula the address is {v}"],
                 "ru": ["адрес: {v}, домофон не пашет, стучите", "живём {v}, сразу за фуррой",
                        "икру доставить на {v}", "бригада собирается {v}",
                        "снимаем теперь апартамент, {v}", "прописка у покупателя: {v}"]},
        "block": {"en": ["Parcel to be delivered to:\n{v}", "Tent and chairs go to:\n{v}",
                         "Passenger's home address\n{v}", "Customer's place (ask for the portero) -\n{v}"],
                  "ru": ["Лавка, адрес:\n{v}", "Икру везти сюда (сначала позвонить):\n{v}",
                         "Склад и холодильник\n{v}", "Крышу чистить тут -\n{v}"]},
        "layouts": {"en": ["co_calle", "co_conjunto", "co_lines", "sz_town", "sz_homestead", "sz_lines"],
                    "ru": ["al_rruga", "al_ru", "al_lines", "sakh_city", "sakh_kurily", "sakh_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Passenger (night bus): {v}", "Driver on the night route: {v}", "Portero of the conjunto: {v}",
                        "{v} from the hire company put up the tent", "the novia's mother gave her name as {v}",
                        "Sound man for the party: {v}", "the tent hire contract is in the name of {v}",
                        "Pastor, ⟦Evangelical Church|ORGANIZATION⟧ of ⟦Nhlangano|LOCATION⟧: {v}"],
                 "ru": ["Покупатель икры: {v}", "Бригадир на смене: {v}", "снегоуборщик {v} уехал без лопат",
                        "лавку держит {v}", "За рулём трактора: {v}", "{v} звонила, икру к юбилею хочет",
                        "Kontabiliste: {v}"]},
        "kin": {"en": [("my mamá in ⟦Bucaramanga|LOCATION⟧", "f"), ("my papá", "m"), ("my abuelita in ⟦Tunja|LOCATION⟧", "f"), ("my tía", "f"),
                       ("my tío in ⟦Cali|LOCATION⟧", "m"), ("my make in ⟦Siteki|LOCATION⟧", "f"), ("my babe in ⟦Manzini|LOCATION⟧", "m"),
                       ("my umkhulu from ⟦Piggs Peak|LOCATION⟧", "m"), ("my gogo in ⟦Nhlangano|LOCATION⟧", "f"), ("my umalume in ⟦Matsapha|LOCATION⟧", "m"),
                       ("my sisi", "f"), ("my padrino", "m")],
                "ru": [("моя vjehrra", "f"), ("мой vjehrri из ⟦Шкодера|LOCATION⟧", "m"), ("моя gjyshe", "f"),
                       ("мой gjysh из ⟦Влёры|LOCATION⟧", "m"), ("моя halla", "f"), ("мой daja", "m"),
                       ("моя омони из ⟦Холмска|LOCATION⟧", "f"), ("мой харабоджи", "m"),
                       ("моя тётка из ⟦Поронайска|LOCATION⟧", "f"), ("мой свояк из ⟦Невельска|LOCATION⟧", "m")]},
        "kin_carriers": {"en": ["{v} is paying for the tickets this month", "{v} hires the tent this year",
                                "{v} comes down from ⟦Bello|LOCATION⟧ on the weekend", "{v} keeps the deposit slips",
                                "{v} signed for the new chairs", "{v} brings the cow from ⟦Lobamba|LOCATION⟧"],
                         "ru": ["{v} за икру платит", "{v} из ⟦Тираны|LOCATION⟧ прилетает", "{v} собралась на путину",
                                "{v} с бригадиром сама договорится", "{v} из ⟦Корсакова|LOCATION⟧ кланяется",
                                "{v} за уборку заплатит"]},
        "wordnames": {"en": {"f": ["Esperanza", "Paz", "Milagros", "Alba", "Lindiwe", "Thandeka", "Sibongile"],
                             "m": ["Libardo", "Fortunato", "Fidel", "Bonifacio", "Sipho", "Themba", "Bongani"]},
                      "ru": {"f": ["Дрита", "Лула", "Блерта", "Лиридона"], "m": ["Арбен", "Дритан", "Шпетим"]}},
        "list": {"en": ["Passengers on the 10 pm bus:\n{v}", "Tent deposits not yet paid\n{v}",
                        "Drivers on the December rush:\n{v}", "| Name | chairs hired |\n|---|---|\n{v}"],
                 "ru": ["Заказы на икру к Новому году:\n{v}", "Вызовы без оплаты\n{v}", "Бригада на выходных:\n{v}",
                        "Кто брал краба на этой неделе:\n{v}"]},
        "list_layouts": {"any": ["{v} - seat paid", "* {v} (cash, ngiyabonga)", "{v} [hire returned]", "| {v} | 40 chairs |"]},
        "broken": {"en": ["the driver who brought the parcel on Sunday was {v}",
                          "last night the tent was put up by {v}"],
                   "ru": ["квитанцию выписывала {v}", "крабов на складе принимал {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["someone logged into the ticket system from {v}", "the camera at the terminal window is {v}",
                      "whitelist {v} on the hire office router", "the bus tracker pings from {v}",
                      "the card reader last synced from {v}", "parce, my IP is {v}"],
               "ru": ["в кабинет лавки заходили с {v}", "на складе роутер {v}", "сайт лавки висит на {v}",
                      "в e-Albania заходили с чужого {v}", "{v} забаньте, po", "айпи у меня {v}, mirë"]},
        "iban": {"en": ["pay the tent deposit to {v}", "my account at home, {v}",
                        "the bus company's account for the refund, IBAN {v}", "refunds for the chairs come from {v}"],
                 "ru": ["за икру кидайте на {v}", "счёт у меня в ⟦Credins Bank|ORGANIZATION⟧, {v}",
                        "заказ отменили, верните на {v}", "за уборку предоплата на {v}"]},
        "mac": {"en": ["MAC of the bus tracker: {v}", "the ticket printer shows MAC {v}", "put {v} on the Wi-Fi list, parce",
                       "the hirer's tablet came up as {v}"],
                "ru": ["у трекера на тракторе MAC {v}", "терминал в лавке, MAC {v}", "{v} в белый список, po",
                       "роутер на складе не пускает {v}"]},
        "card": {"en": ["pay the ticket with card {v}", "put the tent deposit on {v}", "the chairs were paid by card {v}",
                        "she read her Nequi card to me as {v}"],
                 "ru": ["за икру платим картой {v}", "у бригадира карта {v}", "на карту {v}, faleminderit",
                        "карту {v} я в ⟦Холмске|LOCATION⟧ посеяла, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Aló, {v} speaking, it's about the ticket", "Family name on the hire list: {v}"],
                         "GOV_ID": ["the licence I drove on in ⟦Durban|LOCATION⟧, {v}", "bus driver's licence: {v}"],
                         "USERNAME": ["on the bus company app I'm {v}", "login for the hire portal: {v}"]},
                  "ru": {"PERSON": ["Mirëdita, вас беспокоит {v}", "покупатель по заказу: {v}"],
                         "GOV_ID": ["у бригадира паспорт РФ {v}", "паспорт продавщицы икры, {v}"],
                         "USERNAME": ["на сайте лавки я {v}", "в программе бригады логин {v}"]}},
        "later": {"en": ["the passenger {v} called again", "{v} still hasn't paid the deposit, qué pena", "{v}, please call back, ngiyabonga",
                         "following up with {v}, listo", "(the bride's aunt, {v})"],
                  "ru": ["опять про покупателя {v}", "{v} снова про икру звонила", "{v}, за уборку оплата ещё не пришла",
                         "(про квитанцию см. выше: {v})", "{v}, ну ответьте, ju lutem"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the tent pegs order {v} is still stuck at the border", "the speakers came under order {v}, wrong ones",
                     "⟦Mercado Libre|ORGANIZATION⟧ delivered order {v} to ⟦Suba|LOCATION⟧"],
              "ru": ["лопаты по заказу {v} с ⟦Wildberries|ORGANIZATION⟧ пришли", "банки для икры, заказ {v}", "po, заказ {v} всё-таки отменили"]},
    "price": {"en": ["the bus to the coast is {v} now", "the ⟦Johannesburg|LOCATION⟧ speakers cost {v} with transport", "{v} for the whole tent, same as last year"],
              "ru": ["банка икры {v}", "час работы трактора {v}", "квартиру в ⟦Дурресе|LOCATION⟧ сдают за {v}"]},
    "timestamp": {"en": ["the bus left the terminal {v}", "the tent left ⟦Mbabane|LOCATION⟧ at {v}", "the power cut started {v}, the whole party dark"],
                  "ru": ["выезжаем на уборку в {v}", "продавщица была на месте в {v}", "паром из ⟦Ванино|LOCATION⟧ пришёл в {v}"]},
    "version": {"en": ["ticket app {v} keeps crashing", "the tracker on firmware {v}", "after the {v} update the hire app logs me out"],
                "ru": ["приложение лавки {v}", "программа бригады версии {v}", "прогноз циклонов после {v} виснет"]},
    "room": {"en": ["drivers wait in room {v} at five", "the chairs are stacked in hall {v}", "spare poles in store {v}"],
             "ru": ["в лавке склад {v}, первый этаж", "бригада живёт в комнате {v}", "икра в холодильнике {v}"]},
    "flight": {"en": ["I fly to ⟦Bogotá|LOCATION⟧ on {v}", "the new driver from ⟦Cúcuta|LOCATION⟧ comes on {v}", "abuelita is coming on {v}"],
               "ru": ["в ⟦Тирану|LOCATION⟧ летим рейсом {v}", "рейс {v} задерживают, po", "в ⟦Хомутово|LOCATION⟧ встречай с {v}"]},
    "isbn": {"en": ["bus mechanics handbook, ISBN {v}", "a Colombian ajiaco cookbook, ISBN {v}", "siSwati for beginners, ISBN {v}"],
             "ru": ["книжка про лососёвых, ISBN {v}", "разговорник албанского, ISBN {v}", "справочник снегоуборщика, ISBN {v}"]},
    "doc-ip": {"en": ["the tracker booklet uses {v} as the example", "in the printer manual the sample address is {v}",
                      "the hire office network diagram lists {v}"],
               "ru": ["в мануале к трекеру трактора {v}", "в примере по роутеру лавки {v}", "на схеме сети склада {v}"]},
    "spoken-date": {"en": ["the next bus to the coast is {v}", "the wedding falls on {v}", "the party committee meets on {v}"],
                    "ru": ["уборку сдвинули на {v}", "икру в ⟦Хабаровск|LOCATION⟧ везут на {v}", "на ⟦Итуруп|LOCATION⟧ летим на {v}"]},
    "kinship-verb": {"en": ["my tía {v} pay for the tickets", "my babe {v} slaughter the cow on Friday",
                            "my padrino {v} bring the speakers"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Listo, I've noted it.", "Okay, booking updated.", "Con mucho gusto, it's saved.",
                        "Ngiyabonga, noted.", "Done, hire list updated.", "Kulungile, all done."],
                 "ru": ["Faleminderit, записала себе.", "Поправила в журнале вызовов.", "Po, в тетрадку внесла.",
                        "Поняла, бригадиру передам.", "Предоплату за икру отметила.", "Në rregull, всё готово."]}
