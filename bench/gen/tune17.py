"""The bank of ``tune17``, the seventeenth pair's tune set, and the code that is its own.

Its writers: Irish English (Dublin and its postal districts, Cork, Galway, Limerick, Sligo,
Mullingar and the townlands of the west; Hiberno-English and Irish words) and Mexican English
(Mexico City and its colonias and alcaldías, Guadalajara, Monterrey, Puebla, Oaxaca, Mérida;
Mexican Spanish words), livestock marts with the farmers and dealers who buy and sell there,
and hearing-aid clinics with their patients; in Russian, Russian speakers living in Spain
(Torrevieja, Alicante, Benidorm, Valencia, Marbella, Barcelona; Spanish words in Russian
sentences) and speakers in Karelia (Petrozavodsk, Kondopoga, Segezha, Kostomuksha, Sortavala,
Olonets and the villages; Karelian and Vepsian words), holiday-rental managers with their
guests, and log-house builders with the people who order houses and saunas. Its own shapes
(each with the check a reader runs where the id has one), address layouts, two escapes of
family 4 and the locales of its writers' names are in :data:`OWN`; ``bench/gen/banks.py``
takes :data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here. Written from memory, not
from a specification: the layouts of the Irish passport, of the Irish herd number and cattle
tag, of the Mexican voter card's clave de elector, of the Spanish tourist-rental licence (none
with a check written but those below), the Eircodes (the routing key and four characters),
Dublin's postal districts and the townlands and counties of rural addresses, the Mexican
colonias, alcaldías and five-digit códigos postales with the exterior and interior numbers,
the Spanish streets with the floor and door ("3º B"), the urbanizaciones and five-digit post
codes, and the streets, villages and post codes of Karelia. The PPS number's check letter
(seven digits weighted 8 to 2, the second letter's value times 9, the sum modulo 23, 0 written
W and 1 to 22 the letters A to V), the CURP's check digit (its seventeen characters valued in
the order 0-9, A-N, Ñ, O-Z, weighted 18 to 2, ten less the sum modulo 10, modulo 10) and the
NIE's and DNI's check letter (X, Y and Z as 0, 1 and 2, the number modulo 23 looked up in
TRWAGMYFPDXBNJZSQVHLCKE) are as published.
"""

from __future__ import annotations

import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Ireland (Vodafone, Three, eir) and Mexico (Telcel,
# AT&T, Movistar: ten digits, the area code first)
MOBILES = (("IE", ("083", "085", "086", "087", "089"), 7, (3, 3, 4)),
           ("MX", ("55", "33", "81", "222", "951", "999"), 8, (2, 4, 4)))


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], length: int, v: Values) -> str:
    while True:
        p = v.rng.choice(prefixes)
        d = p + v.digits(length - len(p), False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

PPS_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"


def _pps_letter(digits: str, second: str) -> str:
    s = sum(int(c) * w for c, w in zip(digits, (8, 7, 6, 5, 4, 3, 2)))
    s += (PPS_LETTERS.index(second) if second else 0) * 9
    return PPS_LETTERS[s % 23]


def _pps(v: Values, lang: str) -> str:
    """An Irish PPS number: seven digits, the check letter, a second letter on newer ones."""
    d = v.digits(7, False)
    second = v.rng.choice(("A", "A", "A", "B", ""))
    n = f"{d}{_pps_letter(d, second)}{second}"
    return v.rng.choice((n, f"{d} {n[7:]}", f"PPSN {n}", n.lower() if v.rng.random() < 0.2 else n))


def _pps_ok(text: str) -> bool:
    m = re.search(r"(\d{7}) ?([A-Wa-w])([A-Ia-i]?)$", text)
    return bool(m) and _pps_letter(m[1], m[3].upper()) == m[2].upper()


def _ie_passport(v: Values, lang: str) -> str:
    return v.rng.choice((f"P{v.rng.choice('ABCDKLMNRTW')}{v.digits(7, False)}", f"passport card C{v.digits(8, False)}",
                         f"PA{v.digits(7, False)}"))


def _phone_ie(v: Values, lang: str) -> str:
    d = _valid("IE", ("083", "085", "086", "087", "089"), 10, v)
    return v.rng.choice((f"{d[:3]} {d[3:6]} {d[6:]}", f"+353 {d[1:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:]}",
                         f"00353 {d[1:3]} {d[3:]}", f"({d[:3]}) {d[3:]}", d))


CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
MX_STATES = ("DF", "JC", "NL", "PL", "OC", "YN", "MC", "GT", "VZ", "CH")


def _curp_digit(body: str) -> int:
    s = sum(CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(body))
    return (10 - s % 10) % 10


def _curp(v: Values, lang: str) -> str:
    """A CURP: four letters, the birth date, H or M, the state, three consonants, the
    differentiator (a digit before 2000, a letter from 2000), the check digit."""
    r = v.rng
    y, m, d = v.birth()
    cons, vow = "BCDFGHJKLMNPRSTVZ", "AEIOU"
    head = r.choice(cons) + r.choice(vow) + r.choice(cons + vow) + r.choice(cons + vow)
    diff = str(r.randint(0, 9)) if y < 2000 else r.choice("ABCDEF")
    body = f"{head}{y % 100:02d}{m:02d}{d:02d}{r.choice('HM')}{r.choice(MX_STATES)}{r.choice(cons)}{r.choice(cons)}{r.choice(cons)}{diff}"
    n = body + str(_curp_digit(body))
    return r.choice((n, f"CURP {n}", n, f"{n[:4]} {n[4:10]} {n[10:]}"))


def _curp_ok(text: str) -> bool:
    t = re.sub(r"^CURP |\s", "", text)
    return (len(t) == 18 and all(c in CURP_CHARS for c in t)
            and _curp_digit(t[:17]) == int(t[17]))


def _ine(v: Values, lang: str) -> str:
    """The voter card's clave de elector: six letters, the birth date, the state's two digits,
    H or M, three digits."""
    r = v.rng
    y, m, d = v.birth()
    letters = "".join(r.choice("BCDFGHLMNPRSTVZAEIOU") for _ in range(6))
    n = f"{letters}{y % 100:02d}{m:02d}{d:02d}{r.randint(1, 32):02d}{r.choice('HM')}{v.digits(3, False)}"
    return r.choice((n, f"clave {n}", f"INE {n}"))


def _phone_mx(v: Values, lang: str) -> str:
    d = _valid("MX", ("55", "33", "81", "222", "951", "999"), 10, v)
    a = 2 if d[:2] in ("55", "33", "81") else 3
    local = f"{d[:a]} {d[a:6]} {d[6:]}"
    return v.rng.choice((local, f"+52 {local}", f"+52 {d}", f"({d[:a]}) {d[a:6]}-{d[6:]}", d, f"{d[:a]}-{d[a:6]}-{d[6:]}"))


def _mart(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"herd no. {r.choice('CDEGKLMRSTW')}{r.choice('ABCDEFGHJK')}{v.digits(5)}",
                     f"tag IE 37{v.digits(1)} {v.digits(4, False)} {v.digits(4, False)}",
                     f"lot {r.randint(1, 480)}, docket {v.digits(6)}", f"buyer no. {v.digits(4)}"))


def _hearing(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"aid serial {v.digits(2)}{r.choice('LR')}{v.digits(6, False)}",
                     f"fitting ref HC-{r.randint(2024, 2027)}-{v.digits(4, False)}",
                     f"expediente AUD/{v.digits(5)}", f"audiogram #{v.digits(6)}"))


NIE_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _nie(v: Values, lang: str) -> str:
    """A Spanish NIE (X, Y or Z, seven digits, the letter) or DNI (eight digits, the letter)."""
    r = v.rng
    if r.random() < 0.75:
        p, d = r.choice("XYZ"), v.digits(7, False)
        n = f"{p}{d}{NIE_LETTERS[int(str('XYZ'.index(p)) + d) % 23]}"
        return r.choice((n, f"{n[0]}-{n[1:8]}-{n[8]}", f"NIE {n}", f"{n[:8]} {n[8]}"))
    d = v.digits(8)
    n = f"{d}{NIE_LETTERS[int(d) % 23]}"
    return r.choice((n, f"DNI {n}", f"{d}-{n[8]}"))


def _nie_ok(text: str) -> bool:
    t = re.sub(r"^(NIE|DNI) |[\s-]", "", text)
    if re.fullmatch(r"[XYZ]\d{7}[A-Z]", t):
        return NIE_LETTERS[int(str("XYZ".index(t[0])) + t[1:8]) % 23] == t[8]
    return bool(re.fullmatch(r"\d{8}[A-Z]", t)) and NIE_LETTERS[int(t[:8]) % 23] == t[8]


def _phone_es(v: Values, lang: str) -> str:
    d = _valid("ES", ("6", "7"), 9, v)
    return v.rng.choice((f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+34 {d[:3]} {d[3:6]} {d[6:]}", d, f"+34{d}",
                         f"0034 {d[:3]} {d[3:]}", f"{d[:3]} {d[3:6]} {d[6:]}"))


def _rental(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"лицензия VT-{v.digits(6)}-A", f"бронь HM{''.join(r.choice('ABCDEFHJKMNPQRSTWXYZ') for _ in range(8))}",
                     f"регистро ESFCTU{v.digits(10, False)}", f"заезд №{v.digits(5)}"))


def _srub(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"договор на сруб КС-{v.digits(3)}/{r.randint(24, 27)}", f"проект бани Б-{v.digits(3)}",
                     f"наряд на сборку {v.digits(4)}-ПТЗ", f"заказ лафета {v.digits(5)}"))


# -- family 4: escapes ------------------------------------------------------------------------

def java_bytes(text: str) -> str:
    """A name as Java prints its bytes (``Arrays.toString(name.getBytes(UTF_8))``): the UTF-8
    bytes as signed decimals, ``[-48, -104, -48, -78, ...]`` for Ив..."""
    return "[" + ", ".join(str(b - 256 if b > 127 else b) for b in text.encode("utf-8")) + "]"


def _from_java_bytes(text: str) -> str:
    return bytes(int(n) % 256 for n in text.strip("[]").split(", ")).decode("utf-8")


def pg_chr(text: str) -> str:
    """A name as an SQL query builds it from code points (PostgreSQL's and Oracle's ``chr``
    joined with ``||``): ``chr(1048)||chr(1074)||...``."""
    return "||".join(f"chr({ord(c)})" for c in text)


def _from_pg_chr(text: str) -> str:
    return "".join(chr(int(n)) for n in re.findall(r"chr\((\d+)\)", text))


# -- family 5: address layouts ----------------------------------------------------------------

IE_DUBLIN = (("Cork Street", "Dublin 8", "D08"), ("Phibsborough Road", "Dublin 7", "D07"), ("Clanbrassil Street", "Dublin 8", "D08"),
             ("Rathmines Road Lower", "Dublin 6", "D06"), ("Drumcondra Road Upper", "Dublin 9", "D09"),
             ("Ballyfermot Road", "Dublin 10", "D10"), ("Main Street", "Swords, Co. Dublin", "K67"),
             ("Howth Road", "Clontarf, Dublin 3", "D03"))
EIR = "ACDEFHKNPRTVWXY0123456789"
IE_TOWNS = (("Ballinasloe", "Co. Galway", "H53"), ("Ballina", "Co. Mayo", "F26"), ("Mullingar", "Co. Westmeath", "N91"),
            ("Kilkee", "Co. Clare", "V15"), ("Carrick-on-Shannon", "Co. Leitrim", "N41"), ("Macroom", "Co. Cork", "P12"),
            ("Tuam", "Co. Galway", "H54"), ("Dungarvan", "Co. Waterford", "X35"))


def _eir(v: Values, key: str) -> str:
    return f"{key} {v.rng.choice(EIR[:15])}{''.join(v.rng.choice(EIR) for _ in range(3))}"


def _ie_dublin(v: Values) -> list[str]:
    """Dublin: the flat or the house, the street, the postal district, the Eircode."""
    r = v.rng
    street, district, key = r.choice(IE_DUBLIN)
    return [r.choice((f"{r.randint(1, 240)} {street}, {district}, {_eir(v, key)}",
                      f"Apt {r.randint(1, 60)}, {r.choice(('The Maltings', 'Clarion Quay', 'Belmont Hall', 'Weaver Court'))}, {street}, {district}",
                      f"{r.randint(1, 240)}{r.choice(('', 'A', 'B'))} {street}, {district} {_eir(v, key)}"))]


def _ie_townland(v: Values) -> list[str]:
    """The west: the house name or none, the townland, the nearest town, the county, the
    Eircode (no street numbers)."""
    r = v.rng
    town, county, key = r.choice(IE_TOWNS)
    land = r.choice(("Knockbrack", "Derrylahan", "Cloonfad", "Gortnamona", "Ballyglass", "Carrowkeel", "Lisheen"))
    return [r.choice((f"{r.choice(('Rose Cottage', 'Hillview', 'The Old Forge', 'Sliabh Ard'))}, {land}, {town}, {county}, {_eir(v, key)}",
                      f"{land}, {town}, {county}",
                      f"{land} (past the creamery), {town}, {county} {_eir(v, key)}"))]


def _ie_lines(v: Values) -> list[str]:
    r = v.rng
    town, county, key = r.choice(IE_TOWNS)
    return [f"{r.randint(1, 80)} {r.choice(('St. Brigid’s Terrace', 'Church View', 'Fairgreen', 'Bridge Street'))}, {town}, {county}",
            _eir(v, key)]


MX_COLONIAS = (("Roma Norte", "Cuauhtémoc", "06700"), ("Narvarte Poniente", "Benito Juárez", "03020"),
               ("Santa María la Ribera", "Cuauhtémoc", "06400"), ("Del Valle Centro", "Benito Juárez", "03100"),
               ("Coyoacán Centro", "Coyoacán", "04000"), ("San Rafael", "Cuauhtémoc", "06470"),
               ("Portales Sur", "Benito Juárez", "03300"), ("Jardín Balbuena", "Venustiano Carranza", "15900"))
MX_STREETS = ("Calle Colima", "Av. Álvaro Obregón", "Calle Jalapa", "Calle Eje Central", "Av. Universidad",
              "Calle Xola", "Calle Sadi Carnot", "Calle Pitágoras")


def _mx_cdmx(v: Values) -> list[str]:
    """Mexico City: the street, the exterior number, the interior, the colonia, the alcaldía,
    the C.P., the city."""
    r = v.rng
    col, alc, cp = r.choice(MX_COLONIAS)
    return [r.choice((f"{r.choice(MX_STREETS)} {r.randint(1, 900)}, Int. {r.randint(1, 12)}{r.choice('ABCD')}, Col. {col}, {alc}, C.P. {cp}, CDMX",
                      f"{r.choice(MX_STREETS)} #{r.randint(1, 900)} depto {r.randint(101, 604)}, Col. {col}, {cp} Ciudad de México",
                      f"{r.choice(MX_STREETS)} {r.randint(1, 900)}-{r.randint(1, 9)}, {col}, Alc. {alc}, CP {cp}"))]


MX_CITIES = (("Guadalajara", "Jal.", "44", "Col. Americana"), ("Monterrey", "N.L.", "64", "Col. Mitras Centro"),
             ("Puebla", "Pue.", "72", "Barrio de Analco"), ("Oaxaca de Juárez", "Oax.", "68", "Col. Reforma"),
             ("Mérida", "Yuc.", "97", "Col. García Ginerés"), ("Zapopan", "Jal.", "45", "Fracc. Ciudad Granja"))


def _mx_entre(v: Values) -> list[str]:
    r = v.rng
    city, state, cp, col = r.choice(MX_CITIES)
    street = r.choice(("Calle 60", "Av. Hidalgo", "Calle Morelos", "Av. Juárez", "Calle Zaragoza"))
    return [r.choice((f"{street} {r.randint(1, 900)} entre {r.choice(('Calle 55 y 57', 'Allende y Abasolo', 'Ocampo y Galeana'))}, {col}, {city}, {state}",
                      f"{street} No. {r.randint(1, 900)}, {col}, C.P. {cp}{v.digits(3, False)}, {city}, {state}",
                      f"{col}, {street} {r.randint(1, 900)} (portón verde), {city}"))]


def _mx_lines(v: Values) -> list[str]:
    r = v.rng
    city, state, cp, col = r.choice(MX_CITIES)
    return [f"{r.choice(('Calle Independencia', 'Av. Revolución', 'Calle Reforma'))} {r.randint(1, 900)} Int. {r.randint(1, 20)}, {col}",
            f"C.P. {cp}{v.digits(3, False)}, {city}, {state}"]


ES_TOWNS = (("Torrevieja", "Alicante", "03181"), ("Orihuela Costa", "Alicante", "03189"), ("Benidorm", "Alicante", "03501"),
            ("Alicante", "Alicante", "03004"), ("Valencia", "Valencia", "46005"), ("Marbella", "Málaga", "29601"),
            ("Barcelona", "Barcelona", "08013"), ("Calp", "Alicante", "03710"))
ES_RU = {"Torrevieja": "Торревьеха", "Orihuela Costa": "Ориуэла-Коста", "Benidorm": "Бенидорм", "Alicante": "Аликанте",
         "Valencia": "Валенсия", "Marbella": "Марбелья", "Barcelona": "Барселона", "Calp": "Кальпе"}
ES_STREETS = ("C/ Apolo", "C/ Ramón Gallud", "Avda. de la Habana", "C/ Caballero de Rodas", "Avda. del Mediterráneo",
              "C/ Ruzafa", "C/ Sant Antoni Maria Claret", "Avda. Ricardo Soriano")


def _es_calle(v: Values) -> list[str]:
    """Spain: the street, the number, the floor and the door ("3º B"), the post code, the town,
    the province in brackets."""
    r = v.rng
    town, prov, code = r.choice(ES_TOWNS)
    st = r.choice(ES_STREETS)
    return [r.choice((f"{st}, {r.randint(1, 140)}, {r.randint(1, 9)}º {r.choice('ABCDI')}, {code} {town} ({prov})",
                      f"{st} {r.randint(1, 140)}, esc. {r.randint(1, 3)}, {r.randint(1, 9)}º-{r.randint(1, 4)}ª, {code} {town}",
                      f"{st}, nº {r.randint(1, 140)}, bajo, {code} {town}, {prov}"))]


def _es_urb(v: Values) -> list[str]:
    r = v.rng
    town, prov, code = r.choice(ES_TOWNS)
    urb = r.choice(("Urb. La Zenia", "Urb. Los Altos", "Urb. Playa Flamenca", "Urb. Nueva Andalucía", "Urb. Sierra Cortina"))
    return [r.choice((f"{ES_RU[town]}, {urb}, {r.choice(('Calle Golondrina', 'Calle Mercurio', 'Calle Jilguero'))} {r.randint(1, 90)}, бунгало {r.randint(1, 40)}",
                      f"{urb}, fase {r.randint(1, 5)}, bloque {r.randint(1, 12)}, puerta {r.randint(1, 30)}, {code} {town}",
                      f"Испания, {ES_RU[town]}, {urb}, вилла {r.randint(1, 200)}, индекс {code}"))]


def _es_lines(v: Values) -> list[str]:
    r = v.rng
    town, prov, code = r.choice(ES_TOWNS)
    return [f"{r.choice(ES_STREETS)}, {r.randint(1, 140)}, {r.randint(1, 9)}º {r.choice('ABCD')}", f"{code} {town.upper()}",
            f"{prov}, {r.choice(('España', 'SPAIN'))}"]


KAR_STREETS = ("ул. Ленина", "пр. Ленина", "ул. Антикайнена", "ул. Кирова", "Октябрьский пр.", "ул. Древлянка",
               "ул. Ригачина", "пр. Александра Невского", "ул. Лыжная", "Лососинское ш.")
KAR_CODES = ("185000", "185005", "185014", "185026", "185031", "185035")
KAR_VILLAGES = (("Кондопожский район", "г. Кондопога", "186220"), ("Прионежский район", "п. Шуя", "186130"),
                ("Пряжинский район", "пгт Пряжа", "186120"), ("Олонецкий район", "с. Видлица", "186022"),
                ("Сортавальский район", "пос. Хелюля", "186760"), ("Медвежьегорский район", "с. Толвуя", "186333"),
                ("Калевальский район", "пгт Калевала", "186910"))


def _kar_ptz(v: Values) -> list[str]:
    r = v.rng
    st = r.choice(KAR_STREETS)
    return [r.choice((f"{r.choice(KAR_CODES)}, Республика Карелия, г. Петрозаводск, {st}, д. {r.randint(1, 120)}, кв. {r.randint(1, 180)}",
                      f"Петрозаводск, {r.choice(('Древлянка', 'Кукковка', 'Ключевая', 'Перевалка', 'Голиковка'))}, {st} {r.randint(1, 120)}-{r.randint(1, 180)}",
                      f"г. Петрозаводск, {st}, {r.randint(1, 120)}, корп. {r.randint(1, 4)}, кв. {r.randint(1, 180)}"))]


def _kar_village(v: Values) -> list[str]:
    """A Karelian village: the district, the village, the street or the house by the lake."""
    r = v.rng
    district, village, code = r.choice(KAR_VILLAGES)
    return [r.choice((f"{code}, Республика Карелия, {district}, {village}, ул. {r.choice(('Набережная', 'Лесная', 'Онежская', 'Школьная'))}, д. {r.randint(1, 60)}",
                      f"{village}, {district}, дом {r.randint(1, 60)} у озера",
                      f"Карелия, {district}, д. {r.choice(('Кинерма', 'Вешкелица', 'Ялгуба', 'Рускеала', 'Кончезеро'))}, участок {r.randint(1, 120)}"))]


def _kar_lines(v: Values) -> list[str]:
    r = v.rng
    town, code = r.choice((("г. Сегежа", "186420"), ("г. Костомукша", "186930"), ("г. Сортавала", "186790"),
                           ("г. Олонец", "186000"), ("г. Медвежьегорск", "186350")))
    return [f"ул. {r.choice(('Советская', 'Карельская', 'Мира', 'Гагарина', 'Строителей'))}, д. {r.randint(1, 90)}, кв. {r.randint(1, 80)}",
            f"{town}, Республика Карелия", code]


OWN = Own(
    mobiles=MOBILES,
    shapes={"pps": _pps, "ie_passport": _ie_passport, "phone_ie": _phone_ie, "curp": _curp, "ine": _ine,
            "phone_mx": _phone_mx, "mart": _mart, "hearing": _hearing, "nie": _nie, "phone_es": _phone_es,
            "rental": _rental, "srub": _srub},
    checks={"pps": _pps_ok, "curp": _curp_ok, "nie": _nie_ok, "phone_ie": _dials("IE"), "phone_mx": _dials("MX"),
            "phone_es": _dials("ES")},
    escapes={"java-bytes": java_bytes, "pg-chr": pg_chr},
    unescapes={"java-bytes": _from_java_bytes, "pg-chr": _from_pg_chr},
    lines={"ie_dublin": _ie_dublin, "ie_townland": _ie_townland, "ie_lines": _ie_lines, "mx_cdmx": _mx_cdmx,
           "mx_entre": _mx_entre, "mx_lines": _mx_lines, "es_calle": _es_calle, "es_urb": _es_urb,
           "es_lines": _es_lines, "kar_ptz": _kar_ptz, "kar_village": _kar_village, "kar_lines": _kar_lines},
    people={"en": ("en_IE", "es_MX"), "ru": ("es_CA",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["sure look, my number is {v}, ring me after the mart",
                         "the hearing clinic in ⟦Mullingar|LOCATION⟧ said call {v}",
                         "my ⟦Three|ORGANIZATION⟧ number is {v}, the landline's gone",
                         "the mart office, their number is {v}, ask for Bridie",
                         "oye, my cel is {v}, mándame un whats",
                         "the audiologist in ⟦Guadalajara|LOCATION⟧ is on {v}",
                         "the dealer from ⟦Ballinasloe|LOCATION⟧, grand fella, {v}",
                         "for the fitting in ⟦Coyoacán|LOCATION⟧ call {v}, ahorita",
                         "my ⟦Telcel|ORGANIZATION⟧ is {v}, the AT&T one has no signal in the rancho",
                         "ring the son in ⟦Sligo|LOCATION⟧ on {v} about the heifers",
                         "órale, write it down, {v}",
                         "the lad who drove the lorry, {v}"],
                  "ru": ["мой испанский номер {v}, вотсап есть",
                         "по квартире в ⟦Торревьехе|LOCATION⟧ звоните {v}, скажите, что от Оли",
                         "по срубу звоните на {v}, после обеда",
                         "терве, мой номер {v}",
                         "звоните на {v}, я в ⟦Кондопоге|LOCATION⟧ до пятницы",
                         "номер менеджера по апартаментам {v}",
                         "пишите на {v}, на делянке не слышу",
                         "номер бригадира {v}, он завтра в ⟦Сортавале|LOCATION⟧",
                         "мой номер в ⟦Петрозаводске|LOCATION⟧ {v}, звоните вечером",
                         "записывай, vale, {v}, это мужа"]},
        "email": {"en": ["the mart statement goes to {v}",
                         "send the audiogram to {v}, thanks a million",
                         "my email for the herd account, {v}",
                         "the co-op wants the sale list at {v}",
                         "email the photo of the tag to {v}, like",
                         "my daughter in ⟦Monterrey|LOCATION⟧ uses {v}",
                         "for the refund on the hearing aids write to {v}, porfa",
                         "his email is {v}, the same one, sure"],
                  "ru": ["почта для брони апартаментов {v}",
                         "смету на баню пришлите на {v}",
                         "мой имейл {v}, passibo заранее",
                         "пишите на {v}, я на лесопилке до воскресенья",
                         "почта бригады в ⟦Сегеже|LOCATION⟧ {v}",
                         "договор аренды скиньте на {v}",
                         "мой мейл в ⟦Испании|LOCATION⟧ {v}",
                         "почта гестора {v}, gracias"]},
        "dob": {"en": ["the mammy was born {v}, she can't hear the phone at all",
                       "I was born {v} in ⟦Tuam|LOCATION⟧",
                       "the patient was born {v}, put it on the file",
                       "he was born {v} in ⟦Oaxaca|LOCATION⟧, so he knows cattle",
                       "the herd owner's date of birth, {v}, for the transfer",
                       "born {v} in ⟦the Rotunda|ORGANIZATION⟧",
                       "my abuelita was born {v}, up in ⟦Zacatecas|LOCATION⟧",
                       "she says she was born {v}, God love her"],
                "ru": ["я родилась {v} в ⟦Петрозаводске|LOCATION⟧",
                       "гость апартаментов родился {v}, так в паспорте",
                       "дочь родилась {v}, уже в ⟦Аликанте|LOCATION⟧",
                       "мой дедо родился {v}, в деревне под ⟦Олонцом|LOCATION⟧",
                       "родилась {v}, пишите в договор на сруб",
                       "муж родился {v}, в ⟦Костомукше|LOCATION⟧",
                       "моя буабо родилась {v}, в ⟦Видлице|LOCATION⟧",
                       "бригадир плотников родился {v}"]},
        "fillers": {"en": ["sure look", "like, y'know", "grand so", "d'you know", "yer man", "ah here",
                           "órale", "ahorita", "güey", "no manches", "pues", "bueno, mira"],
                    "ru": ["ну, vale", "vale, vale", "ну, hombre", "терве", "ну, passibo", "так, короче, это самое",
                           "ладно, venga", "ну, ну, mañana", "вот, oi"]},
        "digit_sep": {"en": [" ... [cattle lowing in the yard] ... ", " -- d'you know -- ", " [the auctioneer on the tannoy] "],
                      "ru": [" ... [пила на фоне] ... ", " -- eh, vale -- ", " [чайки в трубке] "]},
        "email_at": {"en": [" at, like, ", " [the at sign, sure] ", " arroba, the at, güey, "],
                     "ru": [" arroba, ну, собака, ", " эт, ну, терве, ", " (at, vale) "]},
        "email_dot": {"en": [" dot, grand, ", " (dot, so) ", " punto, the dot, pues, "],
                      "ru": [" punto, точка, ", " точка, ну, oi, ", " (dot, gracias) "]},
        "spell": {"en": [", letter by letter, like, ", " -- slowly, güey -- "],
                  "ru": [", по буквам, vale, ", " ... буква за буквой, терве ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("PPS no. (Revenue):", "GOV_ID", "pps"), ("PPSN:", "GOV_ID", "pps"), ("PPS number of the patient", "GOV_ID", "pps"),
                        ("PPS (for the grant):", "GOV_ID", "pps"), ("the herd owner's PPS", "GOV_ID", "pps"),
                        ("Irish passport", "GOV_ID", "ie_passport"), ("passport (Ireland):", "GOV_ID", "ie_passport"),
                        ("Vodafone number", "PHONE", "phone_ie"), ("Three mobile:", "PHONE", "phone_ie"),
                        ("the farmer's mobile", "PHONE", "phone_ie"),
                        ("CURP", "GOV_ID", "curp"), ("CURP del paciente:", "GOV_ID", "curp"), ("the buyer's CURP", "GOV_ID", "curp"),
                        ("CURP (for the INAPAM card):", "GOV_ID", "curp"),
                        ("INE clave de elector", "GOV_ID", "ine"), ("voter card (INE):", "GOV_ID", "ine"),
                        ("Telcel line", "PHONE", "phone_mx"), ("celular (México):", "PHONE", "phone_mx"),
                        ("the rancher's cel", "PHONE", "phone_mx"),
                        ("the son-in-law's phone for the lorry", "PHONE", "phone_fmt"),
                        ("dealer's other phone no.", "PHONE", "phone_sep"),
                        ("herd number", "OTHER", "mart"), ("mart docket:", "OTHER", "mart"), ("cattle tag", "OTHER", "mart"),
                        ("hearing aid serial", "OTHER", "hearing"), ("fitting reference:", "OTHER", "hearing"),
                        ("code for the mart office door", "SECRET", "pin4"), ("the clinic's alarm:", "SECRET", "pin4"),
                        ("password for the herd portal", "SECRET", "password"), ("clinic laptop pw:", "SECRET", "password"),
                        ("patient's DOB", "DATE_OF_BIRTH", "dob_slash"), ("herd owner born", "DATE_OF_BIRTH", "dob_month"),
                        ("fecha de nacimiento (CURP):", "DATE_OF_BIRTH", "dob_iso"), ("DOB of the dealer", "DATE_OF_BIRTH", "dob_dashes"),
                        ("driving licence of the lorry driver (NI one)", "GOV_ID", "licence"),
                        ("livestock cover (sale day):", "OTHER", "policy"),
                        ("PPS of the wife", "GOV_ID", "pps"), ("CURP of the husband:", "GOV_ID", "curp"),
                        ("weighbridge PIN", "SECRET", "pin4"), ("CURP de la señora", "GOV_ID", "curp"),
                        ("the auctioneer's number", "PHONE", "phone_ie"), ("INE of the buyer:", "GOV_ID", "ine"),
                        ("the left ear's aid, serial", "OTHER", "hearing"),
                        ("tag on the Charolais bullock", "OTHER", "mart")],
                 "ru": [("NIE", "GOV_ID", "nie"), ("NIE:", "GOV_ID", "nie"), ("номер NIE жены", "GOV_ID", "nie"),
                        ("ниешка мужа", "GOV_ID", "nie"), ("NIE ребёнка:", "GOV_ID", "nie"), ("номер иностранца (NIE)", "GOV_ID", "nie"),
                        ("número de identidad de extranjero:", "GOV_ID", "nie"), ("номер с TIE", "GOV_ID", "nie"),
                        ("DNI хозяина квартиры", "GOV_ID", "nie"), ("DNI (Испания):", "GOV_ID", "nie"),
                        ("DNI гестора", "GOV_ID", "nie"), ("NIE гостя:", "GOV_ID", "nie"),
                        ("испанский мобильный", "PHONE", "phone_es"), ("тел. (ES):", "PHONE", "phone_es"),
                        ("мобильник хозяина виллы", "PHONE", "phone_es"),
                        ("лицензия на аренду", "OTHER", "rental"), ("бронь апартаментов:", "OTHER", "rental"),
                        ("договор на сруб", "OTHER", "srub"), ("номер проекта бани:", "OTHER", "srub"),
                        ("телефон тёщи заказчика", "PHONE", "phone_fmt"), ("тел. прораба бригады", "PHONE", "phone_sep"),
                        ("паспорт заказчика сруба", "GOV_ID", "passport_ru"), ("паспорт гостя:", "GOV_ID", "passport_no"),
                        ("СНИЛС плотника", "GOV_ID", "snils"), ("ИНН бригады:", "GOV_ID", "inn_glued"),
                        ("ИНН заказчика сруба", "GOV_ID", "inn"),
                        ("полис ОМС бригадира", "OTHER", "digits16"), ("права водителя лесовоза", "GOV_ID", "vu_ru"),
                        ("загран для поездки в ⟦Аликанте|LOCATION⟧", "GOV_ID", "zagran"),
                        ("дата рожд. гостя (для полиции):", "DATE_OF_BIRTH", "dob_dots"), ("плотник родился", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. по NIE", "DATE_OF_BIRTH", "dob_short"), ("родилась (по TIE)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от ключницы у подъезда", "SECRET", "pin4"), ("пароль от кабинета Seguridad Social:", "SECRET", "password"),
                        ("код от склада бруса у ⟦ПетрГУ|ORGANIZATION⟧", "SECRET", "pin4"),
                        ("код от бытовки плотников", "SECRET", "pin4"),
                        ("пароль от вайфая в апартаментах", "SECRET", "password"),
                        ("NIE сына:", "GOV_ID", "nie"), ("NIE мужа", "GOV_ID", "nie"),
                        ("мобильный мужа (ES)", "PHONE", "phone_es"), ("сруб под ключ:", "OTHER", "srub"),
                        ("DNI жены", "GOV_ID", "nie"), ("регистрационный номер квартиры:", "OTHER", "rental"),
                        ("заезд гостей на август", "OTHER", "rental"), ("NIE арендатора", "GOV_ID", "nie"),
                        ("сборка бани в ⟦Шуе|LOCATION⟧:", "OTHER", "srub")]},
        "carriers": {"en": ["Mart book: {v}", "{v} (per the auctioneer)", "patient file - {v}", "{v}, sure",
                            "on the sale sheet: {v}", "{v} órale", "the caller on the clinic line read out {v}",
                            "for the herd file: {v}", "box 6 on the referral form: {v}"],
                     "ru": ["в тетради прораба: {v}", "{v}, muchas gracias", "в договоре на аренду {v}", "{v} (со слов заказчика)",
                            "для gestoría: {v}", "{v}, passibo", "кинула мужу в ватсап {v}",
                            "в журнале заездов на виллу: {v}", "для бухгалтерии бригады: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the mart on Facebook, {v}", "tag {v} in the suckler farmers' group",
                      "the auctioneer is {v} on TikTok", "my insta is {v}, like", "DM {v} for the sale catalogue",
                      "I'm {v} on WhatsApp, güey"],
               "ru": ["наш менеджер апартаментов в инсте {v}", "отметь {v} в чате русских в ⟦Аликанте|LOCATION⟧",
                      "{v} в телеге, он срубы ставит", "русские в ⟦Бенидорме|LOCATION⟧ в телеге {v}",
                      "ник в чате ⟦Петрозаводска|LOCATION⟧ {v}", "пишите {v}, она квартиру сдаёт"]},
        "url": {"en": ["my page about the suckler herd is {v}", "the mart's live sale page, {v}",
                       "the hearing loss blog {v}", "the sale results page is {v}", "my page, sure look, {v}",
                       "check {v}, carnal"],
                "ru": ["мой канал про жизнь в ⟦Испании|LOCATION⟧ {v}", "цены на срубы на {v}",
                       "страница апартаментов {v}", "мой блог про ⟦Карелию|LOCATION⟧ {v}",
                       "отзывы о бригаде: {v}", "глянь, hombre, {v}"]},
        "url_layouts": {"any": ["https://{site}?fbclid=IwAR0xk2", "{site} (have a look there)", "https://{site}/#subasta",
                                "({site}) sale page"]},
        "ssh": {"any": ["ssh -o ServerAliveInterval=30 -l mart {v}", "ssh -p 2200 -i ~/.ssh/clinic_ed25519 {v}",
                        "scp catalogue-lots.csv {v}:/srv/mart/", "rsync -az --delete ./srub/ {v}:/backup/proekty/"]},
        "remote": {"any": ["git clone --depth 1 -b sale https://github.com/{v}.git", "git remote add upstream git@gitlab.com:{v}.git",
                           "pipx install git+https://github.com/{v}.git@main", "yarn add github:{v}#herd-sync"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:mart-live", "FROM docker.io/{v}:alpine-clinic",
                             "podman pull quay.io/{v}:rentals", "docker push ghcr.io/{v}:srub-rc"]},
        "home": {"any": ["/home/{v}/catalogues/", "C:\\Users\\{v}\\Documents\\Audiograms\\", "/Users/{v}/Desktop/Alquiler/",
                         "/mnt/c/Users/{v}/proekty/"]},
        "tool": {"en": ["the herd app froze on {v}", "the grandson told me to type in {v}", "it stuck at {v}, ah here",
                        "paste {v} in the clinic team chat"],
                 "ru": ["внук из ⟦Валенсии|LOCATION⟧ мне запускал {v}", "программист из ⟦Костомукши|LOCATION⟧ сказал ввести {v}",
                        "всё встало на {v}, madre mía", "кинул {v} в чат бригады"]},
        "mention": {"en": ["{h} thanks a million!", "{h} gracias, carnal!", "{h} can you drive the trailer to ⟦Carnew|LOCATION⟧?",
                           "{h}: aid fixed, sure look", "thanks {h}, órale", "{h} go way!"],
                    "ru": ["{h}, passibo!", "{h} так, vale", "{h}, скинь фото фундамента", "{h}: принято, терве",
                           "спасибо, {h}, gracias", "{h} ну ты даёшь, hombre"]},
    },
    4: {
        "url": {"en": ["the sale catalogue link had ?{k}={v}&mart=ballymote", "the clinic booking form prefilled {k}={v}",
                       "the WhatsApp link carried {k}={v}&ref=wa_ie", "GET /herd/owner?{k}={v} 200"],
                "ru": ["ссылка на бронь апартаментов ?{k}={v}&lang=es", "в ссылке на договор сруба {k}={v}",
                       "в переходе из телеги бригады {k}={v}&src=tg_kar", "в логе сайта апартаментов: GET /huespedes/buscar?{k}={v}"]},
        "markup": {"en": ["the sale sheet HTML has <td class=\"{k}\">{v}</td>",
                          "the clinic letter template reads <h2>{v}</h2>",
                          "the referral form has <input id=\"{k}\" value=\"{v}\" readonly>"],
                   "ru": ["в HTML договора аренды <td class=\"{k}\">{v}</td>",
                          "в шаблоне сметы на сруб <h2>{v}</h2>",
                          "в форме заезда <input id=\"{k}\" value=\"{v}\" readonly>"]},
        "prose": {"en": ["the ⟦BBVA México|ORGANIZATION⟧ transfer shows the sender as {v}", "the cattle passport says {v}",
                         "the hearing aid warranty is in the name of {v}", "the ⟦Revolut|ORGANIZATION⟧ payment reads {v}"],
                  "ru": ["в приложении ⟦CaixaBank|ORGANIZATION⟧ получатель {v}", "на бирке ключей подписано {v}",
                         "в списке гостей на август {v}", "в договоре на сруб заказчик {v}"]},
        "escapes": {"java-bytes": {"en": ["the herd app's debug log shows {v}",
                                          "the clinic booking service logged the patient as {v}",
                                          "in the mart's sale tool output: buyer {v}"],
                                   "ru": ["в логе андроид-приложения апартаментов имя вышло как {v}",
                                          "в отладке сервиса броней: guest {v}",
                                          "программа бригады вывела ФИО так: {v}"]},
                    "pg-chr": {"en": ["the query in the clinic's report had name = {v}",
                                      "the herd database script set owner to {v}",
                                      "in the mart's SQL export: WHERE buyer = {v}"],
                               "ru": ["в запросе к базе броней было guest = {v}",
                                      "в SQL-скрипте сметы заказчик задан как {v}",
                                      "в выгрузке базы бригады: WHERE fio = {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the herd owner's address is {v}", "the lorry should go to {v}",
                        "the patient's address is {v}", "she's living with the daughter at {v}",
                        "send the aids to {v}", "address as per the INE: {v}"],
                 "ru": ["адрес: {v}, ключи в ключнице", "мы живём {v}, за Mercadona",
                        "сруб ставим по адресу {v}", "заезд гостей {v}",
                        "я теперь снимаю piso {v}", "заказчик сруба прописан {v}"]},
        "block": {"en": ["Herd address (for the Department):\n{v}", "Patient's address (for the aids):\n{v}",
                         "Where to drop the heifers:\n{v}", "Home address of the buyer -\n{v}"],
                  "ru": ["Адрес апартаментов:\n{v}", "Куда везти брус (звонить заранее):\n{v}",
                         "Адрес участка под баню\n{v}", "Адрес гостя (для Policía) -\n{v}"]},
        "layouts": {"en": ["ie_dublin", "ie_townland", "ie_lines", "mx_cdmx", "mx_entre", "mx_lines"],
                    "ru": ["es_calle", "es_urb", "es_lines", "kar_ptz", "kar_village", "kar_lines"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Herd owner: {v}", "Auctioneer: {v}", "Mart manager (Tuesdays): {v}",
                        "the audiologist {v} fitted both ears", "the patient said her name is {v}",
                        "Clinic receptionist: {v}", "the cattle were bought by {v}", "Secretary of the mart co-op: {v}"],
                 "ru": ["Гость апартаментов: {v}", "Бригадир плотников: {v}", "заказчик {v} уехал до сборки",
                        "хозяйка виллы — {v}", "Менеджер по заездам: {v}", "звонила {v} насчёт бани",
                        "Гестор: {v}"]},
        "kin": {"en": [("the mammy", "f"), ("the da", "m"), ("my nana from Mayo", "f"), ("me granda", "m"), ("my mamá", "f"),
                       ("my papá in ⟦Puebla|LOCATION⟧", "m"), ("my abuelito from Oaxaca", "m"), ("my auntie in ⟦Cork|LOCATION⟧", "f"),
                       ("the eldest girl in ⟦Athlone|LOCATION⟧", "f"), ("the young lad", "m"), ("my comadre", "f"), ("my compadre", "m")],
                "ru": [("мой диедо", "m"), ("моя буабо", "f"), ("мой туатто", "m"), ("моя муамо из ⟦Пряжи|LOCATION⟧", "f"),
                       ("мой велли", "m"), ("моя сизяр", "f"), ("моя suegra", "f"), ("мой suegro из ⟦Валенсии|LOCATION⟧", "m"),
                       ("моя abuela", "f"), ("мой cuñado", "m")]},
        "kin_carriers": {"en": ["{v} will pay for the aids", "{v} is selling the weanlings",
                                "{v} comes up from ⟦Ennis|LOCATION⟧", "{v} will collect the heifers",
                                "{v} signed the herd transfer", "{v} is bringing the trailer to ⟦Kilkee|LOCATION⟧"],
                         "ru": ["{v} заплатит за сруб", "{v} прилетит из ⟦Аликанте|LOCATION⟧", "{v} заедет в апартаменты",
                                "{v} договорится с бригадой", "{v} передаёт привет из ⟦Олонца|LOCATION⟧",
                                "{v} оплатит баню и предбанник"]},
        "wordnames": {"en": {"f": ["Bridie", "Nuala", "Peig", "Lupita", "Consuelo", "Socorro", "Guadalupe"],
                             "m": ["Mossie", "Packie", "Jimín", "Chuy", "Lalo", "Pancho", "Nacho"]},
                      "ru": {"f": ["Айно", "Хилья", "Марьятта", "Ирья"], "m": ["Пекка", "Тойво", "Вейкко"]}},
        "list": {"en": ["Sellers still to be paid:\n{v}", "Patients due for a retest\n{v}", "Drovers this Tuesday:\n{v}",
                        "| Buyer | lot |\n|---|---|\n{v}"],
                 "ru": ["Гости на заезд в субботу:\n{v}", "Не внесли аванс за сруб\n{v}", "Плотники на объекте в ⟦Шуе|LOCATION⟧:\n{v}",
                        "| Гость | апартаменты |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - paid out, cheque posted", "* {v} (retested)", "{v} [cheque sent]", "| {v} | lot 214 |"]},
        "broken": {"en": ["the sale was entered by the mart clerk {v} after the ring",
                          "the aids were fitted by the audiologist {v} on Friday"],
                   "ru": ["заезд оформила {v}", "смету на сруб подписал {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the herd portal logged in from {v}", "the weighbridge box is {v}",
                      "allow {v} on the clinic firewall", "the sale camera streamed from {v}",
                      "the hearing aid app synced from {v}", "my IP, like, is {v}"],
               "ru": ["вход в кабинет апартаментов с {v}", "роутер на вилле {v}", "айпи сайта бригады {v}",
                      "чужой вход в кабинет Airbnb с {v}", "заблокируйте {v}, hombre", "мой айпишник {v}, терве"]},
        "iban": {"en": ["pay the cattle money to {v}", "my account in ⟦Monterrey|LOCATION⟧ is {v}",
                        "the mart co-op's IBAN is {v}", "the clinic refunds from {v}"],
                 "ru": ["за аренду переводите на {v}", "мой счёт в ⟦Sabadell|ORGANIZATION⟧ {v}",
                        "за отменённый заезд верните на IBAN {v}", "аванс за сруб {v}"]},
        "mac": {"en": ["the hearing aid's streamer has MAC {v}", "the weighbridge MAC {v}", "add {v} to the Wi-Fi, güey",
                       "the mart's ring camera logged {v}"],
                "ru": ["MAC замка в апартаментах {v}", "MAC пилорамы с датчиком {v}", "добавь {v} в белый список, vale",
                       "роутер на вилле режет {v}"]},
        "card": {"en": ["the card for the aids is {v}", "charge {v} for the trailer", "the buyer paid for the bullocks with {v}",
                        "the patient read the card number as {v}"],
                 "ru": ["карта для оплаты аренды {v}", "номер карты бригадира {v}", "скинь на карту {v}, gracias",
                        "карта {v}, потеряла в ⟦Бенидорме|LOCATION⟧, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Morning, this is {v}, about the hearing aids", "Name of the seller: {v}"],
                         "GOV_ID": ["my NI licence from before is {v}", "DL (cattle lorry): {v}"],
                         "USERNAME": ["my username on the herd portal is {v}", "clinic booking login: {v}"]},
                  "ru": {"PERSON": ["Терве, это {v}", "ФИО заказчика сруба: {v}"],
                         "GOV_ID": ["паспорт РФ гостя {v}", "паспорт бригадира {v}"],
                         "USERNAME": ["мой логин на сайте апартаментов {v}", "логин в программе бригады: {v}"]}},
        "later": {"en": ["about the herd owner {v} again", "still waiting on {v}, like", "{v} ring back, sure",
                         "chasing {v}, güey", "(the patient, {v})"],
                  "ru": ["по гостю апартаментов {v}", "{v} опять звонила про баню", "напоминаю про аванс за сруб, {v}",
                         "(см. выше про заезд: {v})", "{v}, ответьте, por favor"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the mineral lick order {v} is late", "the batteries order {v} came wrong",
                     "the ⟦Liberty Express|ORGANIZATION⟧ order {v} reached ⟦Oaxaca|LOCATION⟧"],
              "ru": ["заказ бруса {v} с ⟦Лесобазы|ORGANIZATION⟧ пришёл", "заказ полотенец для апартаментов {v}", "отмена по заказу {v}, vale"]},
    "price": {"en": ["a weanling made {v}", "the pair of aids costs {v}", "the lorry hire came to {v}"],
              "ru": ["сруб 6 на 6 {v}", "ночь в апартаментах {v}", "квартира в ⟦Торревьехе|LOCATION⟧ {v}"]},
    "timestamp": {"en": ["the ring started {v}", "the lorry left the yard {v}", "the clinic opened {v}"],
                  "ru": ["заезд в {v}", "бригада выехала в {v}", "паром на Кижи ушёл в {v}"]},
    "version": {"en": ["the herd app {v} crashes", "the hearing aid firmware {v}", "since the {v} update of the sale tool"],
                "ru": ["приложение апартаментов {v}", "версия программы сметы {v}", "после обновления {v} замок виснет"]},
    "room": {"en": ["the buyers meet in room {v}", "the audiologist is in booth {v}", "the calves are in pen {v}"],
             "ru": ["апартаменты {v}, второй этаж", "номер {v} на базе", "склад {v} с брусом"]},
    "flight": {"en": ["my flight to ⟦Shannon|LOCATION⟧ is {v}", "the son lands on {v}", "the dealer is on {v}"],
               "ru": ["летим в ⟦Аликанте|LOCATION⟧ рейсом {v}", "{v} задержали, vale", "встречай с {v} в ⟦Петрозаводске|LOCATION⟧"]},
    "isbn": {"en": ["the suckler herd handbook is ISBN {v}", "the Hiberno-English dictionary, ISBN {v}", "ISBN {v}, the Mexican slang book"],
             "ru": ["справочник плотника ISBN {v}", "ISBN {v}, разговорник испанского", "ISBN {v}, карельско-русский словарь"]},
    "doc-ip": {"en": ["the weighbridge manual shows {v}", "the hearing aid app guide's example is {v}", "the mart network sheet has {v}"],
               "ru": ["в инструкции к умному замку {v}", "в примере настройки роутера виллы {v}", "в схеме сети пилорамы {v}"]},
    "spoken-date": {"en": ["the retest is booked for {v}", "the weanling sale is on {v}", "the co-op meeting is set for {v}"],
                    "ru": ["сборку сруба перенесли на {v}", "заезд в ⟦Бенидорме|LOCATION⟧ назначили на {v}", "сдачу бани назначили на {v}"]},
    "kinship-verb": {"en": ["the mammy {v} come to the clinic", "my compadre {v} sell the bullocks",
                            "the young lad {v} pay for the trailer"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Grand, noted.", "Okay, the file is updated.", "Sure look, saved.",
                        "Órale, the audiologist knows.", "Done, the sale sheet is updated.", "Gracias, all done."],
                 "ru": ["Passibo, записала.", "Хорошо, поправила в журнале заездов на виллу.", "Vale, внесла в тетрадь.",
                        "Поняла, передам бригадиру.", "Спасибо, аванс за сруб внесла.", "Терве, готово."]}
