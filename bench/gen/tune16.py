"""The bank of ``tune16``, the sixteenth pair's tune set, and the code that is its own.

Its writers: Chilean English (Santiago and its comunas, Valparaíso, Viña del Mar, Concepción,
Antofagasta, Temuco, Puerto Montt; Chilean Spanish words) and Basotho English (Maseru and its
villages, Teyateyaneng, Leribe, Mafeteng, Mohale's Hoek, Mokhotlong and the mountain villages;
Sesotho words), dry cleaners and laundries with their customers, and pony-trekking lodges in
the mountains with their guests; in Russian, Russian speakers living in Croatia (Zagreb, Split,
Rijeka, Pula, Zadar, Dubrovnik, Osijek; Croatian words in Russian sentences) and speakers in
the Altai Republic (Gorno-Altaysk, Maima, Chemal, Ongudai, Ust-Koksa, Kosh-Agach and the
villages; Altai words), tyre-fitting shops with the drivers who bring their wheels, and
tourist camps (турбазы) with their guests. Its own shapes (each with the check a reader runs
where the id has one), address layouts, two escapes of family 4 and the locales of its
writers' names are in :data:`OWN`; ``bench/gen/banks.py`` takes :data:`BANK`,
:data:`LOOKALIKES` and :data:`REPLIES` from here. Written from memory, not from a
specification: the layouts of the Chilean passport, of the Lesotho national identity number
and passport, of the Lesotho TIN, of the Croatian health insurance number (MBO: nine digits),
of the Croatian residence permit and of the border-zone pass of the Altai Republic (none with
a check written), the Chilean comunas, poblaciones, villas and seven-digit post codes, the
Lesotho villages named with "Ha", the districts and the three-digit post codes of the towns,
the Croatian five-digit post codes and the floors ("kat"), and the streets, villages and post
codes of the Altai Republic. The RUT's check (the digits from the right weighted 2 to 7 in
turn, eleven less the sum modulo 11, 0 for 11 and K for 10) and the OIB's (ISO 7064 MOD 11,10
over ten digits) are as published.
"""

from __future__ import annotations

import base64
import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Chile (Entel, Movistar, Claro, WOM) and Lesotho
# (Econet, Vodacom)
MOBILES = (("CL", ("94", "95", "96", "97", "98", "99"), 7, (1, 4, 4)),
           ("LS", ("5", "6"), 7, (4, 4)))


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

def _rut_digit(body: str) -> str:
    s = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(body)))
    r = 11 - s % 11
    return "0" if r == 11 else "K" if r == 10 else str(r)


def _rut(v: Values, lang: str) -> str:
    """A Chilean RUT or RUN: seven or eight digits, a dash, the check digit or K."""
    body = str(v.rng.randint(5_000_000, 26_999_999))
    k = _rut_digit(body)
    dotted = f"{int(body):,}".replace(",", ".")
    return v.rng.choice((f"{dotted}-{k}", f"{body}-{k}", f"{dotted}-{k.lower()}", f"RUT {dotted}-{k}"))


def _rut_ok(text: str) -> bool:
    m = re.search(r"(\d{1,2}\.?\d{3}\.?\d{3})-?([\dkK])$", text)
    return bool(m) and _rut_digit(m[1].replace(".", "")) == m[2].upper()


def _cl_passport(v: Values, lang: str) -> str:
    return v.rng.choice((f"P{v.digits(8)}", f"F{v.digits(8)}", f"pasaporte {v.digits(9)}"))


def _phone_cl(v: Values, lang: str) -> str:
    d = _valid("CL", ("94", "95", "96", "97", "98", "99"), 7, v)
    return v.rng.choice((f"+56 9 {d[1:5]} {d[5:]}", f"+569{d[1:]}", f"9 {d[1:5]} {d[5:]}", f"(+56) 9-{d[1:5]}-{d[5:]}",
                         f"56 9 {d[1:]}"))


def _ls_nid(v: Values, lang: str) -> str:
    """A Lesotho national identity number: twelve digits, no check written."""
    n = v.digits(12)
    return v.rng.choice((n, f"{n[:4]} {n[4:8]} {n[8:]}", f"ID {n}"))


def _ls_tin(v: Values, lang: str) -> str:
    return v.rng.choice((v.digits(9), f"TIN {v.digits(9)}", f"{v.digits(3)}-{v.digits(3, False)}-{v.digits(3, False)}"))


def _phone_ls(v: Values, lang: str) -> str:
    d = _valid("LS", ("5", "6"), 7, v)
    return v.rng.choice((f"{d[:4]} {d[4:]}", f"+266 {d[:4]} {d[4:]}", d, f"00266 {d}", f"(+266) {d[:2]} {d[2:5]} {d[5:]}"))


def _laundry(v: Values, lang: str) -> str:
    return v.rng.choice((f"Ticket {v.digits(4, False)}/{v.rng.choice('ABCD')}", f"DC-{v.digits(6)}",
                         f"boleta {v.digits(5)}"))


def _pony(v: Values, lang: str) -> str:
    return v.rng.choice((f"PT-{v.rng.randint(2025, 2027)}-{v.digits(3, False)}", f"Trek {v.digits(4)}/SEM",
                         f"Lodge booking {v.digits(5)}"))


def _oib_digit(body: str) -> int:
    a = 10
    for c in body:
        a = (a + int(c)) % 10 or 10
        a = a * 2 % 11
    return (11 - a) % 10


def _oib(v: Values, lang: str) -> str:
    """A Croatian OIB: ten digits and the ISO 7064 MOD 11,10 check digit."""
    body = v.digits(10)
    n = body + str(_oib_digit(body))
    return v.rng.choice((n, n, f"OIB {n}", f"HR{n}"))


def _oib_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return len(d) == 11 and _oib_digit(d[:10]) == int(d[10])


def _mbo(v: Values, lang: str) -> str:
    n = v.digits(9, False)
    return v.rng.choice((n, f"{n[:3]} {n[3:6]} {n[6:]}", f"MBO {n}"))


def _phone_hr(v: Values, lang: str) -> str:
    d = _valid("HR", ("091", "092", "095", "097", "098", "099"), 7, v)
    return v.rng.choice((f"{d[:3]} {d[3:6]} {d[6:]}", f"+385 {d[1:3]} {d[3:6]} {d[6:]}", d, f"+385{d[1:]}",
                         f"00385 {d[1:3]} {d[3:]}"))


def _tyres(v: Values, lang: str) -> str:
    return v.rng.choice((f"ШМ-{v.digits(6)}", f"хранение шин Х-{v.digits(4)}", f"заказ-наряд {v.digits(5)}/Ш"))


def _camp(v: Values, lang: str) -> str:
    return v.rng.choice((f"бронь ТБ-{v.rng.randint(2025, 2027)}/{v.digits(4, False)}",
                         f"пропуск в погранзону {v.digits(2)}-{v.digits(6, False)}", f"путёвка № {v.digits(5)}"))


# -- family 4: escapes ------------------------------------------------------------------------

def base32(text: str) -> str:
    """A name as RFC 4648 base32 writes its UTF-8 bytes (an export that keeps to capitals and
    digits, a QR payload, a TOTP-style field), the padding kept."""
    return base64.b32encode(text.encode("utf-8")).decode("ascii")


def _from_base32(text: str) -> str:
    return base64.b32decode(text).decode("utf-8")


def xl_unichar(text: str) -> str:
    """A name as a spreadsheet formula builds it, one code point at a time:
    ``=UNICHAR(1048)&UNICHAR(1074)&...`` for Ив..."""
    return "=" + "&".join(f"UNICHAR({ord(c)})" for c in text)


def _from_xl_unichar(text: str) -> str:
    return "".join(chr(int(n)) for n in re.findall(r"UNICHAR\((\d+)\)", text))


# -- family 5: address layouts ----------------------------------------------------------------

CL_STREETS = (("Avenida Providencia", "Providencia", "Santiago"), ("Avenida Irarrázaval", "Ñuñoa", "Santiago"),
              ("Gran Avenida José Miguel Carrera", "San Miguel", "Santiago"), ("Avenida Vicuña Mackenna", "La Florida", "Santiago"),
              ("Los Leones", "Providencia", "Santiago"), ("Avenida Apoquindo", "Las Condes", "Santiago"),
              ("Avenida Libertad", "Viña del Mar", "Viña del Mar"), ("Calle Condell", "Valparaíso", "Valparaíso"),
              ("Barros Arana", "Concepción", "Concepción"), ("Avenida Angamos", "Antofagasta", "Antofagasta"),
              ("Avenida Alemania", "Temuco", "Temuco"))
CL_VILLAS = (("Villa Los Aromos", "Maipú"), ("Población La Victoria", "Pedro Aguirre Cerda"), ("Villa Frei", "Ñuñoa"),
             ("Población Santa Olga", "Lo Espejo"), ("Villa Portales", "Estación Central"), ("Villa Las Araucarias", "Puente Alto"),
             ("Población Los Nogales", "Estación Central"))


def _cl_calle(v: Values) -> list[str]:
    """Chile: the street and the number, the flat ("depto."), the comuna, the city; the post
    code now and then."""
    r = v.rng
    street, comuna, city = r.choice(CL_STREETS)
    n = r.randint(100, 9800)
    return [r.choice((f"{street} {n}, depto. {r.randint(2, 24)}0{r.randint(1, 9)}, {comuna}, {city}",
                      f"{street} {n}, {comuna}", f"{street} #{n}, of. {r.randint(101, 1505)}, {comuna}, Región Metropolitana",
                      f"{street} {n}, {comuna}, {city}, código postal {r.randint(7, 8)}{v.digits(6, False)}"))]


def _cl_villa(v: Values) -> list[str]:
    r = v.rng
    villa, comuna = r.choice(CL_VILLAS)
    return [r.choice((f"Pasaje {r.choice(('Los Copihues', 'El Quillay', 'Las Golondrinas', 'Lautaro'))} {r.randint(1, 2400)}, {villa}, {comuna}",
                      f"{villa}, block {r.randint(1, 40)}, depto. {r.randint(11, 44)}, {comuna}",
                      f"calle {r.randint(1, 12)} casa {r.randint(1, 300)}, {villa}, {comuna}, Santiago"))]


def _cl_lines(v: Values) -> list[str]:
    r = v.rng
    street, comuna, city = r.choice(CL_STREETS)
    return [f"{street} {r.randint(100, 9800)}, depto. {r.randint(11, 2204)}", f"{comuna}, {city}",
            r.choice(("Chile", "CHILE", f"{r.randint(7, 8)}{v.digits(6, False)} Chile"))]


LS_VILLAGES = (("Ha Thetsane", "Maseru"), ("Ha Abia", "Maseru"), ("Ha Matala", "Maseru"), ("Ha Tsolo", "Maseru"),
               ("Ha Foso", "Berea"), ("Ha Mokhathi", "Maseru"), ("Ha Ramabanta", "Maseru"), ("Ha Sekhobe", "Mafeteng"),
               ("Ha Mohale", "Maseru"), ("Ha Tlali", "Mokhotlong"), ("Ha Sefako", "Leribe"))
LS_TOWNS = (("Teyateyaneng", "Berea", "200"), ("Hlotse", "Leribe", "300"), ("Mafeteng", "Mafeteng", "900"),
            ("Mohale's Hoek", "Mohale's Hoek", "800"), ("Mokhotlong", "Mokhotlong", "500"), ("Butha-Buthe", "Butha-Buthe", "400"),
            ("Quthing", "Quthing", "700"), ("Semonkong", "Maseru", "100"))


def _ls_village(v: Values) -> list[str]:
    """Lesotho: the village named "Ha" and its chief, a landmark, the district."""
    r = v.rng
    village, district = r.choice(LS_VILLAGES)
    return [r.choice((f"{village}, near the {r.choice(('clinic', 'chief’s place', 'primary school', 'taxi rank', 'church'))}, {district} District",
                      f"Site No. {r.randint(1, 900)}, {village}, {district}",
                      f"{village}, {district}, Lesotho"))]


def _ls_box(v: Values) -> list[str]:
    r = v.rng
    town, _district, code = r.choice(LS_TOWNS)
    return [r.choice((f"P.O. Box {r.randint(1, 2999)}, Maseru 100", f"Private Bag A{r.randint(1, 300)}, Maseru 100",
                      f"P.O. Box {r.randint(1, 999)}, {town} {code}", f"Box {r.randint(1, 999)}, {town}, Lesotho"))]


def _ls_lines(v: Values) -> list[str]:
    r = v.rng
    town, district, code = r.choice(LS_TOWNS)
    return [f"Plot {r.randint(1, 400)}, {r.choice(('Ha Motloheloa', 'Lithabaneng', 'Ha Ratau', 'Sekamaneng'))}",
            f"{town} {code}, {district} District", "Kingdom of Lesotho"]


HR_STREETS = (("Ilica", "10000", "Zagreb"), ("Savska cesta", "10000", "Zagreb"), ("Vukovarska ulica", "10000", "Zagreb"),
              ("Ulica Ivana Gundulića", "10000", "Zagreb"), ("Put Firula", "21000", "Split"), ("Poljička cesta", "21000", "Split"),
              ("Korzo", "51000", "Rijeka"), ("Ulica Sergijevaca", "52100", "Pula"), ("Put Dikla", "23000", "Zadar"),
              ("Ulica od Puča", "20000", "Dubrovnik"), ("Europska avenija", "31000", "Osijek"))
HR_RU = {"Zagreb": "Загреб", "Split": "Сплит", "Rijeka": "Риека", "Pula": "Пула", "Zadar": "Задар",
         "Dubrovnik": "Дубровник", "Osijek": "Осиек"}


def _hr_ulica(v: Values) -> list[str]:
    """Croatia: the street and the house (a letter after it now and then), the floor ("kat"),
    the five-digit post code (HR- before it on a letter from abroad), the town."""
    r = v.rng
    street, code, town = r.choice(HR_STREETS)
    house = f"{r.randint(1, 220)}{r.choice(('', '', 'a', 'b', 'c'))}"
    return [r.choice((f"{street} {house}, {code} {town}", f"{street} {house}, HR-{code} {town}",
                      f"{street} {house}, {r.randint(1, 9)}. kat, {code} {town}"))]


def _hr_ru(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(HR_STREETS)
    ru = HR_RU[town]
    return [r.choice((f"Хорватия, {ru}, {street} {r.randint(1, 220)}, {r.randint(1, 9)}-й этаж (kat), индекс {code}",
                      f"{ru}, {street} {r.randint(1, 220)}, стан {r.randint(1, 40)}",
                      f"{street} {r.randint(1, 220)}, {code} {town}, это {ru}"))]


def _hr_lines(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(HR_STREETS)
    return [f"{street} {r.randint(1, 220)}", f"HR-{code} {town.upper()}", r.choice(("Hrvatska", "CROATIA"))]


ALTAI_STREETS = ("ул. Чорос-Гуркина", "пр. Коммунистический", "ул. Эркемена Палкина", "ул. Социалистическая",
                 "ул. Улагашева", "ул. Ленкина", "ул. Чаптынова", "ул. Шоссейная", "ул. Бийская", "ул. Жилмассив")
ALTAI_VILLAGES = (("Онгудайский район", "с. Онгудай", "649440"), ("Усть-Коксинский район", "с. Усть-Кокса", "649490"),
                  ("Кош-Агачский район", "с. Кош-Агач", "649780"), ("Чемальский район", "с. Чемал", "649240"),
                  ("Майминский район", "с. Майма", "649100"), ("Улаганский район", "с. Улаган", "649750"),
                  ("Шебалинский район", "с. Шебалино", "649220"), ("Турочакский район", "с. Турочак", "649140"))


def _altai_city(v: Values) -> list[str]:
    r = v.rng
    street = r.choice(ALTAI_STREETS)
    return [r.choice((f"649000, Республика Алтай, г. Горно-Алтайск, {street}, д. {r.randint(1, 140)}, кв. {r.randint(1, 90)}",
                      f"Горно-Алтайск, {street} {r.randint(1, 140)}-{r.randint(1, 90)}",
                      f"г. Горно-Алтайск, {street}, д. {r.randint(1, 140)}, частный дом, зелёные ворота"))]


def _altai_village(v: Values) -> list[str]:
    """A village of the Altai Republic: the district, the village, the street."""
    r = v.rng
    district, village, code = r.choice(ALTAI_VILLAGES)
    street = r.choice(("ул. Советская", "ул. Заречная", "ул. Катунская", "ул. Трудовая", "пер. Кедровый"))
    return [r.choice((f"{code}, Республика Алтай, {district}, {village}, {street}, д. {r.randint(1, 90)}",
                      f"{village}, {street} {r.randint(1, 90)}, Республика Алтай",
                      f"Республика Алтай, {district}, с. {r.choice(('Купчегень', 'Иня', 'Теньга', 'Кокоря', 'Бельтир'))}, дом {r.randint(1, 70)}"))]


def _altai_block(v: Values) -> list[str]:
    r = v.rng
    place, code = r.choice((("с. Майма, Майминский район", "649100"), ("г. Горно-Алтайск", "649000"),
                            ("с. Чоя, Чойский район", "649180"), ("с. Турочак, Турочакский район", "649140"),
                            ("с. Усть-Кан, Усть-Канский район", "649450")))
    return [f"ул. {r.choice(('Ленина', 'Набережная', 'Мира', 'Гагарина', 'Молодёжная'))}, д. {r.randint(1, 90)}, кв. {r.randint(1, 40)}",
            f"{place}, Республика Алтай", code]


OWN = Own(
    mobiles=MOBILES,
    shapes={"rut": _rut, "cl_passport": _cl_passport, "phone_cl": _phone_cl, "ls_nid": _ls_nid, "ls_tin": _ls_tin,
            "phone_ls": _phone_ls, "laundry": _laundry, "pony": _pony, "oib": _oib, "mbo": _mbo,
            "phone_hr": _phone_hr, "tyres": _tyres, "camp": _camp},
    checks={"rut": _rut_ok, "oib": _oib_ok, "phone_cl": _dials("CL"), "phone_ls": _dials("LS"),
            "phone_hr": _dials("HR")},
    escapes={"base32": base32, "xl-unichar": xl_unichar},
    unescapes={"base32": _from_base32, "xl-unichar": _from_xl_unichar},
    lines={"cl_calle": _cl_calle, "cl_villa": _cl_villa, "cl_lines": _cl_lines, "ls_village": _ls_village,
           "ls_box": _ls_box, "ls_lines": _ls_lines, "hr_ulica": _hr_ulica, "hr_ru": _hr_ru, "hr_lines": _hr_lines,
           "altai_city": _altai_city, "altai_village": _altai_village, "altai_block": _altai_block},
    people={"en": ("es_CL",), "ru": ("hr_HR",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["ya po, my number is {v}, call me after lunch",
                         "for the shirts, the dry cleaner said call {v}, cachai",
                         "my ⟦Entel|ORGANIZATION⟧ number is {v}, the Movistar one I lost",
                         "the laundry in ⟦Ñuñoa|LOCATION⟧, their WhatsApp is {v}",
                         "khotso, ntate, my number is {v}",
                         "the pony guide in ⟦Semonkong|LOCATION⟧ is on {v}",
                         "the lodge office, {v}, they answer until six",
                         "for the trek to ⟦Malealea|LOCATION⟧ phone {v}, hle",
                         "my ⟦Econet|ORGANIZATION⟧ number is {v}, Vodacom has no network up here",
                         "call my abuti in ⟦Mafeteng|LOCATION⟧ on {v} about the horses",
                         "al tiro, write it down, {v}",
                         "the señora from the ironing, {v}"],
                  "ru": ["мой хорватский номер {v}, вайбер есть",
                         "шиномонтаж на выезде, номер {v}, скажите, что от Оли из ⟦Сплита|LOCATION⟧",
                         "по шинам звоните на {v}, после двух",
                         "эзен, мой номер {v}",
                         "звоните на {v}, я в ⟦Чемале|LOCATION⟧ до среды",
                         "номер администратора турбазы {v}",
                         "пишите на {v}, в горах связь через раз",
                         "номер шиномонтажника {v}, он завтра в ⟦Майме|LOCATION⟧",
                         "мой номер в ⟦Горно-Алтайске|LOCATION⟧ {v}, звоните вечером",
                         "записывай, polako, {v}, это мужа"]},
        "email": {"en": ["the dry cleaning receipt goes to {v}",
                         "send the trek booking to {v}, ke a leboha",
                         "my email for the laundry account, {v}",
                         "the lodge wants the guest list at {v}",
                         "email the photos of the stain to {v}, po",
                         "my daughter in ⟦Viña del Mar|LOCATION⟧ uses {v}",
                         "for the deposit back write to {v}, hle",
                         "his email is {v}, the same one, cachai"],
                  "ru": ["почта шиномонтажа для записи {v}",
                         "бронь на турбазу пришлите на {v}",
                         "мой имейл {v}, быйан болзын заранее",
                         "пишите на {v}, я на Катуни до воскресенья",
                         "почта турбазы в ⟦Усть-Коксе|LOCATION⟧ {v}",
                         "акт на хранение шин скиньте на {v}",
                         "мой мейл в ⟦Хорватии|LOCATION⟧ {v}",
                         "почта шиномонтажника {v}, bok"]},
        "dob": {"en": ["my abuelita was born {v}, she can't come to the counter",
                       "I was born {v} in ⟦Temuco|LOCATION⟧",
                       "the guest was born {v}, put it on the trek form",
                       "he was born {v} in ⟦Mokhotlong|LOCATION⟧, so he knows the passes",
                       "the pony guide's birth date, {v}, for the insurance",
                       "born {v} at ⟦Queen Elizabeth II Hospital|ORGANIZATION⟧",
                       "my 'm'e was born {v}, up in ⟦Thaba-Tseka|LOCATION⟧",
                       "she says she was born {v}, sí po"],
                "ru": ["я родилась {v} в ⟦Горно-Алтайске|LOCATION⟧",
                       "гость турбазы родился {v}, так в путёвке",
                       "сын родился {v}, уже в ⟦Загребе|LOCATION⟧",
                       "мой таада родился {v}, в деревне под ⟦Онгудаем|LOCATION⟧",
                       "родилась {v}, пишите в пропуск",
                       "муж родился {v}, в ⟦Майме|LOCATION⟧",
                       "моя эне родилась {v}, в ⟦Улагане|LOCATION⟧",
                       "водитель с шинами родился {v}"]},
        "fillers": {"en": ["ya po", "cachai", "sí po", "pucha", "al tiro", "oye",
                           "khotso", "ho lokile", "hle", "joale", "ke a leboha", "eish, look"],
                    "ru": ["ну, ajme", "polako, polako", "ну, može", "эзен", "јакшы, јакшы", "ну, быйан болзын",
                           "так, значит, это", "ладно, nema problema", "ну, ma daj"]},
        "digit_sep": {"en": [" ... [the steam press hissing] ... ", " -- ya po -- ", " [a horse snorting] "],
                      "ru": [" ... [гайковёрт трещит] ... ", " -- polako -- ", " [собака лает у ворот] "]},
        "email_at": {"en": [" at, cachai, ", " [at sign, hle] ", " the arroba, ya po, "],
                     "ru": [" мајмун, собака, ", " эт, ну, эзен, ", " (at, može) "]},
        "email_dot": {"en": [" dot, pucha, ", " (dot, ke a leboha) ", " punto, o sea the dot, "],
                      "ru": [" točka, точка, ", " точка, ну, јакшы, ", " (dot, bok) "]},
        "spell": {"en": [", letter by letter, ya po, ", " -- one by one, ntate -- "],
                  "ru": [", по буквам, polako, ", " ... буква за буквой, эзен ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("RUT no.", "GOV_ID", "rut"), ("RUT of the customer:", "GOV_ID", "rut"),
                        ("carnet (RUN)", "GOV_ID", "rut"), ("RUT for the boleta:", "GOV_ID", "rut"),
                        ("Chilean passport", "GOV_ID", "cl_passport"), ("pasaporte (Chile):", "GOV_ID", "cl_passport"),
                        ("Entel line", "PHONE", "phone_cl"), ("celular (Chile):", "PHONE", "phone_cl"),
                        ("the dry cleaner's WhatsApp", "PHONE", "phone_cl"),
                        ("Lesotho ID number", "GOV_ID", "ls_nid"), ("national ID (Lesotho):", "GOV_ID", "ls_nid"),
                        ("the guide's ID no.", "GOV_ID", "ls_nid"),
                        ("RSL TIN", "GOV_ID", "ls_tin"), ("TIN no. (Revenue Services Lesotho):", "GOV_ID", "ls_tin"),
                        ("Econet line", "PHONE", "phone_ls"), ("Vodacom number:", "PHONE", "phone_ls"),
                        ("pony guide's cell", "PHONE", "phone_ls"),
                        ("the husband's phone for the pickup", "PHONE", "phone_fmt"),
                        ("groom's other phone no.", "PHONE", "phone_sep"),
                        ("dry cleaning ticket", "OTHER", "laundry"), ("laundry slip no.:", "OTHER", "laundry"),
                        ("trek booking", "OTHER", "pony"), ("lodge booking no.:", "OTHER", "pony"),
                        ("code for the laundry back door", "SECRET", "pin4"), ("the tack room lock:", "SECRET", "pin4"),
                        ("password for the till", "SECRET", "password"), ("lodge office PC pw:", "SECRET", "password"),
                        ("trek guest's DOB", "DATE_OF_BIRTH", "dob_slash"), ("guide born", "DATE_OF_BIRTH", "dob_month"),
                        ("date of birth (carnet):", "DATE_OF_BIRTH", "dob_iso"), ("DOB of the rider", "DATE_OF_BIRTH", "dob_dashes"),
                        ("driving licence of the delivery driver (UK one)", "GOV_ID", "licence"),
                        ("travel cover (trek):", "OTHER", "policy"),
                        ("RUT of the wife", "GOV_ID", "rut"), ("TIN of the lodge:", "GOV_ID", "ls_tin"),
                        ("safe PIN at reception", "SECRET", "pin4"), ("ID of the horse owner", "GOV_ID", "ls_nid"),
                        ("EcoCash line of the guide", "PHONE", "phone_ls"), ("RUT of the lavandería:", "GOV_ID", "rut"),
                        ("the guest's booking for the overnight trek", "OTHER", "pony"),
                        ("boleta number for the suit", "OTHER", "laundry")],
                 "ru": [("OIB", "GOV_ID", "oib"), ("OIB:", "GOV_ID", "oib"),
                        ("OIB жены", "GOV_ID", "oib"), ("хорватский личный номер", "GOV_ID", "oib"),
                        ("OIB ребёнка:", "GOV_ID", "oib"), ("осиб (OIB)", "GOV_ID", "oib"),
                        ("ОИБ:", "GOV_ID", "oib"), ("номер OIB из боравка", "GOV_ID", "oib"),
                        ("налоговый номер (Хорватия)", "GOV_ID", "oib"), ("OIB мужа:", "GOV_ID", "oib"),
                        ("карточка HZZO", "OTHER", "mbo"), ("номер страховки MBO:", "OTHER", "mbo"),
                        ("хорватский мобильный", "PHONE", "phone_hr"), ("тел. (HR):", "PHONE", "phone_hr"),
                        ("мобильник хозяина стана", "PHONE", "phone_hr"),
                        ("заказ-наряд на шиномонтаж", "OTHER", "tyres"), ("номер талона на хранение:", "OTHER", "tyres"),
                        ("бронь на турбазу", "OTHER", "camp"), ("номер путёвки:", "OTHER", "camp"),
                        ("телефон жены гостя", "PHONE", "phone_fmt"), ("тел. водителя", "PHONE", "phone_sep"),
                        ("паспорт гостя турбазы", "GOV_ID", "passport_ru"), ("паспорт водителя:", "GOV_ID", "passport_no"),
                        ("СНИЛС инструктора", "GOV_ID", "snils"), ("ИНН турбазы:", "GOV_ID", "inn_glued"),
                        ("ИНН клиента шиномонтажа", "GOV_ID", "inn"),
                        ("полис ОМС гида", "OTHER", "digits16"), ("права водителя, что привёз колёса", "GOV_ID", "vu_ru"),
                        ("загран для поездки в ⟦Сплит|LOCATION⟧", "GOV_ID", "zagran"),
                        ("дата рожд. гостя турбазы:", "DATE_OF_BIRTH", "dob_dots"), ("инструктор родился", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. по путёвке", "DATE_OF_BIRTH", "dob_short"), ("родилась (по osobna)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от ворот шиномонтажа", "SECRET", "pin4"), ("пароль от кассы:", "SECRET", "password"),
                        ("код от склада шин у ⟦Горно-Алтайского университета|ORGANIZATION⟧", "SECRET", "pin4"),
                        ("код от бани на турбазе", "SECRET", "pin4"),
                        ("пароль от вайфая в домике", "SECRET", "password"),
                        ("OIB сына:", "GOV_ID", "oib"), ("OIB хозяйки", "GOV_ID", "oib"),
                        ("мобильный мужа (HR)", "PHONE", "phone_hr"), ("талон на летнюю резину:", "OTHER", "tyres"),
                        ("MBO жены", "OTHER", "mbo"), ("пропуск на Укок:", "OTHER", "camp"),
                        ("путёвка на сплав", "OTHER", "camp"), ("OIB арендодателя", "GOV_ID", "oib"),
                        ("шиномонтаж, заказ:", "OTHER", "tyres")]},
        "carriers": {"en": ["Laundry book: {v}", "{v} (per the guide)", "counter log - {v}", "{v}, ya po",
                            "on the trek sheet: {v}", "{v} ho lokile", "the customer at the counter read out {v}",
                            "for the lodge file: {v}", "line 3 on the boleta: {v}"],
                     "ru": ["в тетрадке шиномонтажа: {v}", "{v}, hvala lijepa", "в договоре с турбазой {v}", "{v} (со слов гостя)",
                            "для MUP-а: {v}", "{v}, быйан болзын", "кинула мужу в телегу {v}",
                            "в журнале заездов: {v}", "для бухгалтерии шиномонтажа: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the lavandería on Instagram, {v}", "tag {v} in the trekking group",
                      "the guide is {v} on TikTok", "my IG is {v}, po", "DM {v} for the prices",
                      "I'm {v} on WhatsApp, ke a leboha"],
               "ru": ["наш шиномонтаж в инсте {v}", "отметь {v} в чате русских в ⟦Загребе|LOCATION⟧",
                      "{v} в телеге, он турбазу держит", "русские в ⟦Риеке|LOCATION⟧ в телеге {v}",
                      "ник в чате ⟦Горно-Алтайска|LOCATION⟧ {v}", "пишите {v}, он шины хранит"]},
        "url": {"en": ["my page about the treks is {v}", "the dry cleaner's price list, {v}",
                       "the lodge blog {v}", "the horse rental page is {v}", "my page, cachai, {v}",
                       "check {v}, hle"],
                "ru": ["мой канал про жизнь в ⟦Хорватии|LOCATION⟧ {v}", "цены на шиномонтаж на {v}",
                       "страница турбазы {v}", "мой блог про ⟦Алтай|LOCATION⟧ {v}",
                       "отзывы о шиномонтаже: {v}", "глянь, polako, {v}"]},
        "url_layouts": {"any": ["https://{site}?utm_source=whatsapp_lodge", "{site} (mira, ya po)", "https://{site}/#reservas",
                                "({site}) lodge page"]},
        "ssh": {"any": ["ssh -o ServerAliveInterval=30 -l caja {v}", "ssh -p 2022 -i ~/.ssh/lodge_ed25519 {v}",
                        "scp boletas-2026.csv {v}:/srv/lavanderia/", "rsync -avz ./shiny/ {v}:/backup/sklad/"]},
        "remote": {"any": ["git clone --depth 1 --branch caja https://gitlab.com/{v}.git", "git remote add lodge git@github.com:{v}.git",
                           "pip install git+https://gitlab.com/{v}.git@main", "yarn add github:{v}#v2"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:lodge-prod", "FROM registry.gitlab.com/{v}:alpine-caja",
                             "podman pull quay.io/{v}:tyres", "docker push ghcr.io/{v}:turbaza-rc"]},
        "home": {"any": ["/home/{v}/boletas/", "C:\\Users\\{v}\\Documents\\Lodge\\", "/Users/{v}/Desktop/gume/",
                         "/mnt/c/Users/{v}/shiny/"]},
        "tool": {"en": ["the till froze on {v}", "my nephew in ⟦Talca|LOCATION⟧ told me to type {v}", "it got stuck at {v}, pucha",
                        "paste {v} in the guides' chat"],
                 "ru": ["внук из ⟦Задара|LOCATION⟧ мне запускал {v}", "программист из ⟦Пулы|LOCATION⟧ сказал ввести {v}",
                        "всё встало на {v}, ajme", "кинул {v} в чат шиномонтажа"]},
        "mention": {"en": ["{h} ke a leboha haholo!", "{h} gracias po!", "{h} can you take the group to ⟦Maletsunyane|LOCATION⟧?",
                           "{h}: suits ready, ho lokile", "thanks {h}, cachai", "{h} en serio?"],
                    "ru": ["{h}, быйан болзын!", "{h} так, može", "{h}, скинь фото протектора", "{h}: принято, јакшы",
                           "спасибо, {h}, hvala", "{h} ну ты даёшь, ajme"]},
    },
    4: {
        "url": {"en": ["the trek booking link had ?{k}={v}&route=semonkong", "the laundry pickup form prefilled {k}={v}",
                       "the WhatsApp link carried {k}={v}&ref=wa_cl", "GET /lodge/guests?{k}={v} 200"],
                "ru": ["ссылка на запись на шиномонтаж ?{k}={v}&lang=hr", "в ссылке на бронь домика {k}={v}",
                       "в переходе из телеги турбазы {k}={v}&src=tg_altai", "в логе сайта шиномонтажа: GET /klijenti/trazi?{k}={v}"]},
        "markup": {"en": ["the boleta HTML has <span class=\"{k}\">{v}</span>",
                          "the guest list template reads <h4>{v}</h4>",
                          "the pickup form has <input name=\"{k}\" value=\"{v}\" readonly>"],
                   "ru": ["в HTML заказ-наряда шиномонтажа <span class=\"{k}\">{v}</span>",
                          "в шаблоне путёвки на турбазу <h4>{v}</h4>",
                          "в форме брони <input name=\"{k}\" value=\"{v}\" readonly>"]},
        "prose": {"en": ["the ⟦BancoEstado|ORGANIZATION⟧ transfer shows the sender as {v}", "the tag on the coat says {v}",
                         "the trek voucher is in the name of {v}", "the EcoCash SMS reads {v}"],
                  "ru": ["в приложении ⟦Zagrebačka banka|ORGANIZATION⟧ получатель {v}", "на бирке комплекта шин подписано {v}",
                         "в журнале заездов турбазы {v}", "в заказ-наряде на переобувку клиент {v}"]},
        "escapes": {"base32": {"en": ["the QR export on the laundry tag has name={v}",
                                      "the lodge app's sync field holds {v}",
                                      "the booking backup stores the guest as base32 {v}"],
                               "ru": ["в выгрузке кассы шиномонтажа client={v}",
                                      "в QR на путёвке поле гостя {v}",
                                      "в бэкапе бота турбазы FIO в base32: {v}"]},
                    "xl-unichar": {"en": ["the guest sheet's cell has the formula {v}",
                                          "in the laundry spreadsheet the name is built as {v}",
                                          "the trek roster column B reads {v}"],
                                   "ru": ["в таблице заездов в ячейке формула {v}",
                                          "в гугл-таблице шиномонтажа ФИО собрано так: {v}",
                                          "в экселе с гостями столбец C: {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the customer's home address is {v}", "deliver the ironed shirts to {v}",
                        "the guide's address is {v}", "she moved in with her tía at {v}",
                        "send the lodge invoice to {v}", "address as per the carnet: {v}"],
                 "ru": ["адрес: {v}, домофон не работает, звоните", "мы живём {v}, за заправкой",
                        "шины забрать по адресу {v}", "турбаза находится {v}",
                        "я теперь снимаю стан {v}", "гость прописан {v}"]},
        "block": {"en": ["Deliver the dry cleaning to:\n{v}", "Customer's address (for the account):\n{v}",
                         "Where to meet the pony guide:\n{v}", "Guide's address -\n{v}"],
                  "ru": ["Адрес шиномонтажа:\n{v}", "Турбаза (заезд с 14:00)\n{v}",
                         "Куда везти колёса (звонить заранее):\n{v}", "Адрес гостя турбазы -\n{v}"]},
        "layouts": {"en": ["cl_calle", "cl_villa", "cl_lines", "ls_village", "ls_box", "ls_lines"],
                    "ru": ["hr_ulica", "hr_ru", "hr_lines", "altai_city", "altai_village", "altai_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Laundry customer: {v}", "Guide on the Semonkong trek: {v}", "Lodge (owner): {v}",
                        "the ironer {v} packed the suits", "the guest said her name is {v}",
                        "Counter supervisor: {v}", "the saddles were signed for by {v}", "Chair of the guides' association: {v}"],
                 "ru": ["Клиентка шиномонтажа: {v}", "Мастер шиномонтажа: {v}", "гость {v} ушёл на Белуху без рации",
                        "директор турбазы — {v}", "Администратор на смене: {v}", "звонила {v} насчёт домика",
                        "Хозяйка стана: {v}"]},
        "kin": {"en": [("mi abuelita from Temuco", "f"), ("mi tata", "m"), ("mi mamá", "f"), ("mi papá", "m"), ("my 'm'e", "f"),
                       ("my ntate in ⟦Leribe|LOCATION⟧", "m"), ("my nkhono from the village", "f"), ("my tía in ⟦Concepción|LOCATION⟧", "f"),
                       ("my ausi in ⟦Butha-Buthe|LOCATION⟧", "f"), ("my abuti from the lowlands", "m"), ("the guide's wife", "f"), ("mi polola", "f")],
                "ru": [("мой таада", "m"), ("моя јаан эне", "f"), ("мой адам", "m"), ("моя эје из ⟦Онгудая|LOCATION⟧", "f"),
                       ("мой акам", "m"), ("моя сыйным", "f"), ("моя эне", "f"), ("мой djed из ⟦Осиека|LOCATION⟧", "m"),
                       ("моя baka", "f"), ("мой ujak", "m")]},
        "kin_carriers": {"en": ["{v} will pick up the curtains", "{v} is paying for the trek",
                                "{v} comes down from ⟦Mokhotlong|LOCATION⟧", "{v} will bring the saddles back",
                                "{v} signed the laundry ticket", "{v} is riding to ⟦Ha Ramabanta|LOCATION⟧"],
                         "ru": ["{v} заплатит за хранение шин", "{v} прилетит из ⟦Загреба|LOCATION⟧", "{v} забронирует домик",
                                "{v} переобувает машину", "{v} передаёт привет из ⟦Кош-Агача|LOCATION⟧",
                                "{v} оплатит баню"]},
        "wordnames": {"en": {"f": ["Lerato", "Palesa", "Lineo", "Nthabiseng", "Rethabile", "Limpho", "Mamello"],
                             "m": ["Thabo", "Tšeliso", "Teboho", "Lehlohonolo", "Tšepo", "Katleho", "Pule"]},
                      "ru": {"f": ["Чейнеш", "Айана", "Јылдыс", "Карлагаш"], "m": ["Аржан", "Темир", "Болот"]}},
        "list": {"en": ["Guests for the 8:00 trek:\n{v}", "Customers with unpaid tickets\n{v}", "Guides this week:\n{v}",
                        "| Customer | items |\n|---|---|\n{v}"],
                 "ru": ["Переобуть до пятницы:\n{v}", "Не оплатили домик\n{v}", "Гиды по сплаву на выходные:\n{v}",
                        "| Гость | домик |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - pagado", "* {v} (horse booked)", "{v} [ticket out]", "| {v} | 4 |"]},
        "broken": {"en": ["the laundry book was signed by the counter clerk {v} at noon",
                          "the trek roster was checked by the lodge manager {v} on Monday"],
                   "ru": ["запись на шиномонтаж приняла {v}", "путёвку на сплав выписал {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the lodge booking portal logged in from {v}", "the laundry router is {v}",
                      "allow {v} on the lodge firewall", "the press machine's controller reported from {v}",
                      "the camera at the stables dropped {v}", "my IP, ya po, is {v}"],
               "ru": ["вход в кабинет турбазы с {v}", "роутер шиномонтажа {v}", "айпи сайта турбазы {v}",
                      "чужой вход в кабинет администратора турбазы с {v}", "заблокируйте {v}, ajme", "мой айпишник {v}, эзен"]},
        "iban": {"en": ["refund the trek deposit to {v}", "my account in ⟦Maseru|LOCATION⟧ is {v}",
                        "the lodge's IBAN is {v}", "the laundry pays back from {v}"],
                 "ru": ["за хранение шин переводите на {v}", "мой счёт в ⟦PBZ|ORGANIZATION⟧ {v}",
                        "за отменённую бронь верните на IBAN {v}", "предоплата за домик {v}"]},
        "mac": {"en": ["the steam press's MAC is {v}", "the card terminal at the counter has MAC {v}", "add {v} to the Wi-Fi, hle",
                       "the lodge AP logged {v}"],
                "ru": ["MAC балансировочного станка {v}", "MAC кассы на турбазе {v}", "добавь {v} в белый список, polako",
                       "роутер в домике режет {v}"]},
        "card": {"en": ["the card for the trek deposit is {v}", "charge {v} for the dry cleaning", "the trek guest paid with {v}",
                        "the laundry customer read the card number as {v}"],
                 "ru": ["карта для оплаты шиномонтажа {v}", "номер карты администратора {v}", "скинь на карту {v}, bok",
                        "карта {v}, потерял в ⟦Горно-Алтайске|LOCATION⟧, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Buenas, my name is {v}, from the lavandería", "Name of the trekking guest: {v}"],
                         "GOV_ID": ["my old British licence number is {v}", "DL (lodge driver): {v}"],
                         "USERNAME": ["my username on the laundry app is {v}", "lodge portal login: {v}"]},
                  "ru": {"PERSON": ["Эзен, это {v}", "ФИО гостя: {v}"],
                         "GOV_ID": ["паспорт РФ водителя с колёсами {v}", "паспорт гостьи {v}"],
                         "USERNAME": ["мой логин в кабинете турбазы {v}", "логин в программе шиномонтажа: {v}"]}},
        "later": {"en": ["about the trekking guest {v} again", "still waiting on {v}, po", "{v} call back, ke a leboha",
                         "chasing {v}, pucha", "(laundry customer {v})"],
                  "ru": ["по гостю {v}", "{v} опять звонила про колёса", "напоминаю про оплату домика, {v}",
                         "(см. выше про бронь: {v})", "{v}, ответьте, molim"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the hangers order {v} is late", "the saddle order {v} came wrong",
                     "the ⟦Falabella|ORGANIZATION⟧ order {v} reached ⟦Santiago|LOCATION⟧"],
              "ru": ["заказ дисков {v} с ⟦Ozon|ORGANIZATION⟧ пришёл", "заказ матрасов для домиков {v}", "отмена по заказу {v}, ajme"]},
    "price": {"en": ["a suit to dry clean is {v}", "the overnight trek costs {v}", "a bag of washing came to {v}"],
              "ru": ["переобувка под ключ {v}", "домик на сутки {v}", "стан в ⟦Сплите|LOCATION⟧ {v}"]},
    "timestamp": {"en": ["the guests reached the lodge {v}", "the delivery van left the depot {v}", "the boiler broke down {v}"],
                  "ru": ["шиномонтаж открывается в {v}", "заезд на турбазу в {v}", "автобус на Чемал ушёл в {v}"]},
    "version": {"en": ["the laundry app {v} crashes", "the lodge booking app {v}", "since the {v} update of the till"],
                "ru": ["приложение турбазы {v}", "версия программы шиномонтажа {v}", "после обновления {v} касса шиномонтажа не печатает"]},
    "room": {"en": ["the guides meet in room {v}", "the manager is in office {v}", "the guests are in rondavel {v}"],
             "ru": ["домик {v}, у реки", "бокс {v} на шиномонтаже", "склад {v} с летней резиной"]},
    "flight": {"en": ["my flight to ⟦Santiago|LOCATION⟧ is {v}", "the trek guest lands on {v}", "the owner is on {v}"],
               "ru": ["летим в ⟦Загреб|LOCATION⟧ рейсом {v}", "{v} задержали, ajme", "встречай с {v} в ⟦Горно-Алтайске|LOCATION⟧"]},
    "isbn": {"en": ["the stain removal handbook is ISBN {v}", "the Lesotho trekking guide, ISBN {v}", "ISBN {v}, the Chilean slang dictionary"],
             "ru": ["справочник шиномонтажника ISBN {v}", "ISBN {v}, разговорник хорватского", "ISBN {v}, алтайско-русский словарь"]},
    "doc-ip": {"en": ["the steam press manual shows {v}", "the lodge booking system guide's example is {v}", "the lodge network sheet has {v}"],
               "ru": ["в инструкции к балансировочному станку {v}", "в примере настройки кассы турбазы {v}", "в схеме сети турбазы {v}"]},
    "spoken-date": {"en": ["the curtains pickup is booked for {v}", "the trek is on {v}", "the guides' meeting is set for {v}"],
                    "ru": ["переобувку перенесли на {v}", "заезд в ⟦Чемал|LOCATION⟧ перенесли на {v}", "сплав назначили на {v}"]},
    "kinship-verb": {"en": ["mi tata {v} come to the counter", "my abuti {v} bring the horses",
                            "my ausi {v} pay for the curtains"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Ke a leboha, noted.", "Okay, the ticket is updated.", "Ya po, saved.",
                        "Ho lokile, the guide knows.", "Listo, the book is updated.", "Gracias, done."],
                 "ru": ["Быйан болзын, записала.", "Хорошо, поправила в журнале заездов.", "Hvala, внесла в тетрадь.",
                        "Поняла, передам мастеру по шинам.", "Спасибо, бронь внесла.", "Јакшы, готово."]}
