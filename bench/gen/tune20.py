"""The bank of ``tune20``, the twentieth pair's tuning set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: Saudi English (Riyadh and its districts, Al Olaya, Al Malaz, Al Nakheel, Al
Sulaimaniyah; Jeddah, Dammam, Al Khobar, Dhahran, Taif, Abha and the compounds; Najdi and
Hijazi Arabic words, the English of the expatriates who live there) and Tongan English
(Nuku'alofa and its villages, Kolofo'ou, Ma'ufanga, Haveluloto; the villages of Tongatapu,
Houma, Kolonga, Vaini; Neiafu in Vava'u, Pangai in Ha'apai, 'Eua; Tongan words),
water-tanker suppliers with the households whose tanks they fill, and caterers of feasts with
the families who order them for weddings, funerals and birthdays; in Russian, Russian speakers
living in Bosnia and Herzegovina (Sarajevo and Istočno Sarajevo, Ilidža, Banja Luka, Mostar,
Tuzla, Bijeljina, Trebinje; Bosnian and Serbian words in Russian sentences) and speakers in
the Astrakhan region (Astrakhan, Akhtubinsk, Znamensk, Kharabali, Kamyzyak and the villages
of the Volga delta; the fishermen's words and Kazakh and Tatar words), watermelon growers with
the wholesale buyers who load their lorries, and bathhouses (бани) let by the hour with their
guests. Its own shapes carry the check a reader runs where the id has one. Written from
memory, not from a specification: the layouts of the Tongan national identity card number,
of the tanker bookings, delivery slips and tank-cleaning tickets, of the caterers' orders and
deposit receipts, of the melon growers' waybills and lorry tickets, of the bathhouse bookings
and gift certificates (none with a check written but those below), the Saudi national
address (the building number, the street, the district, the city, the five-digit postal code
and the four-digit additional number, and the short address of four letters and four
digits), the compounds' villas and gates, the Tongan roads, villages and islands with no post
code and the P.O. boxes of Nuku'alofa, the Bosnian streets with the entrance (ulaz), the
floor (sprat) and the flat (stan) and the five-digit postal numbers, and the streets, closed
town (ZATO), villages and post codes of the Astrakhan region. The Saudi identity number's
check (ten digits, the first 1 for a citizen and 2 for a resident's iqama, the Luhn sum over
the ten) and the Bosnian JMBG's (the birth date as DDMMYYY, the region 10 to 19, three
digits, and eleven less the sum of the twelve digits weighted 7 6 5 4 3 2 7 6 5 4 3 2
modulo 11, a number that would need 10 or 11 not issued) are as published.
"""

from __future__ import annotations

import quopri
import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Saudi Arabia (stc, Mobily, Zain) and Tonga (Digicel,
# U-Call)
MOBILES = (("SA", ("50", "53", "54", "55", "56", "58", "59"), 7, (2, 3, 4)),
           ("TO", ("77", "78", "84", "87", "88"), 5, (3, 4)))


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

def _luhn_digit(body: str) -> int:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return -total % 10


def _sa_id(v: Values, lang: str) -> str:
    """A Saudi national identity number or a resident's iqama number: 1 or 2, eight digits,
    the Luhn digit."""
    r = v.rng
    body = r.choice("1122") + v.digits(8, False)
    n = body + str(_luhn_digit(body))
    return r.choice((n, n, n, f"ID {n}", f"Iqama No. {n}", f"{n[:1]} {n[1:5]} {n[5:]}"))


def _sa_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return len(d) == 10 and d[0] in "12" and _luhn_digit(d[:9]) == int(d[9])


def _phone_sa(v: Values, lang: str) -> str:
    d = _valid("SA", ("50", "53", "54", "55", "56", "58", "59"), 7, v)
    return v.rng.choice((f"05{d[1]} {d[2:5]} {d[5:]}", f"+966 {d[:2]} {d[2:5]} {d[5:]}", "0" + d, f"+966{d}",
                         f"00966 {d}", f"0{d[:2]}-{d[2:5]}-{d[5:]}"))


def _to_nid(v: Values, lang: str) -> str:
    """A Tongan national identity card number as the card prints it, no check written."""
    n = v.rng.choice("12") + v.digits(7, False)
    return v.rng.choice((n, n, f"NID {n}", f"National ID No. {n}", f"{n[:4]} {n[4:]}"))


def _phone_to(v: Values, lang: str) -> str:
    d = _valid("TO", ("77", "78", "84", "87", "88"), 5, v)
    return v.rng.choice((f"{d[:3]} {d[3:]}", f"+676 {d[:3]} {d[3:]}", d, f"+676{d}", f"00676-{d}", f"{d[:3]}-{d[3:]}"))


def _tanker(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"tanker booking TB-{v.digits(5)}", f"delivery slip {r.choice(('RUH', 'JED', 'NKU', 'VAV'))}/{v.digits(4)}",
                     f"tank-cleaning ticket {v.digits(3)}-{v.digits(3, False)}",
                     f"water order no. {r.randint(2024, 2027)}{v.digits(4, False)}"))


def _feast(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"catering order CO-{v.digits(4)}", f"deposit receipt {v.digits(5, False)}",
                     f"feast booking {r.choice(('KBS', 'MND', 'PLA', 'UMU'))}-{v.digits(4)}",
                     f"menu sheet {r.randint(1, 40)}/{v.digits(3, False)}"))


_JMBG_WEIGHTS = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _jmbg_digit(body: str) -> int:
    return 11 - sum(int(c) * w for c, w in zip(body, _JMBG_WEIGHTS)) % 11


def _jmbg(v: Values, lang: str) -> str:
    """A JMBG of Bosnia and Herzegovina: the birth date as DDMMYYY, the region (10 to 19),
    three digits (000 to 499 a man, 500 to 999 a woman), the check digit."""
    r = v.rng
    while True:
        year = r.randint(1950, 2008)
        body = f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{year % 1000:03d}{r.randint(10, 19)}{v.digits(3, False)}"
        k = _jmbg_digit(body)
        if k < 10:
            break
    n = body + str(k)
    return r.choice((n, n, n, f"JMBG {n}", f"ЈМБГ: {n}", f"JMBG: {n}"))


def _jmbg_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return len(d) == 13 and _jmbg_digit(d[:12]) == int(d[12])


def _phone_ba(v: Values, lang: str) -> str:
    d = _valid("BA", ("61", "62", "63", "65", "66"), 6, v)
    return v.rng.choice((f"0{d[:2]}/{d[2:5]}-{d[5:]}", f"+387 {d[:2]} {d[2:5]} {d[5:]}", "0" + d, f"+387{d}",
                         f"00387 {d}", f"0{d[:2]} {d[2:5]} {d[5:]}"))


def _bakhcha(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"накладная на арбузы №{v.digits(4)}", f"фура АРБ-{v.digits(3)}/{r.randint(24, 27)}",
                     f"талон на погрузку {v.digits(5)}", f"партия {r.choice(('ХРБ', 'КМЗ', 'АХТ'))}-{v.digits(4)}"))


def _banya(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"бронь бани Б-{v.digits(4)}", f"сертификат на парение №{v.digits(5)}",
                     f"rezervacija br. {r.randint(2024, 2027)}-{v.digits(3, False)}", f"чек банщика {v.digits(3)}-{v.digits(2, False)}"))


# -- family 4: escapes ------------------------------------------------------------------------

def vcard_qp(text: str) -> str:
    """A name as an old phone's exported contact (vCard 2.1) keeps it: its UTF-8 bytes
    quoted-printable, every byte outside the ASCII letters and digits as ``=`` and two hex
    digits (``=D0=98=D0=B2=D0=B0=D0=BD`` for Иван, ``Ren=C3=A9e`` for Renée)."""
    return "".join(chr(b) if chr(b).isalnum() and b < 0x80 else f"={b:02X}" for b in text.encode("utf-8"))


def _from_vcard_qp(text: str) -> str:
    return quopri.decodestring(text.encode("ascii")).decode("utf-8")


def bit_string(text: str) -> str:
    """A name as a computing student's exercise writes it: its UTF-8 bytes as eight binary
    digits each, a space between (``11010000 10011000 ...`` for И...)."""
    return " ".join(f"{b:08b}" for b in text.encode("utf-8"))


def _from_bit_string(text: str) -> str:
    return bytes(int(b, 2) for b in re.findall(r"[01]{8}", text)).decode("utf-8")


# -- family 5: address layouts ----------------------------------------------------------------

SA_DISTRICTS = (("Al Olaya", "Riyadh", "12214"), ("Al Malaz", "Riyadh", "12629"), ("Al Nakheel", "Riyadh", "12382"),
                ("Al Sulaimaniyah", "Riyadh", "12243"), ("Al Rawdah", "Jeddah", "23435"), ("Al Hamra", "Jeddah", "23323"),
                ("Al Faisaliyah", "Dammam", "32272"), ("Al Aqrabiyah", "Al Khobar", "34446"), ("Al Shifa", "Taif", "26521"),
                ("Al Mansak", "Abha", "62431"))
SA_STREETS = ("King Fahd Road", "Prince Sultan Street", "Tahlia Street", "Olaya Street", "Al Amir Majed Street",
              "Dhahran Street", "Prince Turki Street", "Al Madinah Road")


def _short(v: Values) -> str:
    r = v.rng
    return "".join(r.choice("RJDKMHSATQ") for _ in range(4)) + v.digits(4)


def _sa_national(v: Values) -> list[str]:
    """Saudi Arabia: the national address, the building number, the street, the district,
    the city and the postal code, the additional number; the short address now and then."""
    r = v.rng
    district, city, code = r.choice(SA_DISTRICTS)
    street, bldg, extra = r.choice(SA_STREETS), v.digits(4), v.digits(4)
    return [r.choice((f"Building No. {bldg}, {street}, {district} District, {city} {code}, Additional No. {extra}",
                      f"{bldg} {street}, {district} Dist., {city} {code}-{extra}",
                      f"Short address {_short(v)}, {district}, {city}",
                      f"{street}, bldg {bldg}, {district}, {city} {code}, KSA"))]


def _sa_compound(v: Values) -> list[str]:
    """A villa in a compound, as the tanker driver and the caterer are told to find it: the
    villa, the compound, the gate, the district and the city."""
    r = v.rng
    compound = r.choice(("Al Hamra Oasis Village", "Arizona Golf Resort", "Sahara Palms", "Rezayat compound",
                         "Al Bustan Village", "Seder Village"))
    district, city, _ = r.choice(SA_DISTRICTS)
    gate = r.choice(("gate 2", "the back gate", "gate 4, by the mosque", "the main gate"))
    return [r.choice((f"Villa {r.randint(1, 240)}, {compound}, {district}, {city}",
                      f"{compound}, {gate}, Villa {r.randint(1, 240)}, {city}",
                      f"{district}, {city}, {compound} Villa {r.randint(1, 240)}"))]


def _sa_lines(v: Values) -> list[str]:
    r = v.rng
    district, city, code = r.choice(SA_DISTRICTS)
    street = f"{v.digits(4)} {r.choice(SA_STREETS)}, {district} District"
    return [street, f"{city} {code}-{v.digits(4)}, {r.choice(('Kingdom of Saudi Arabia', 'Saudi Arabia', 'KSA'))}"]


TO_PLACES = (("Kolofo'ou", "Nuku'alofa", "Tongatapu"), ("Ma'ufanga", "Nuku'alofa", "Tongatapu"),
             ("Haveluloto", "Nuku'alofa", "Tongatapu"), ("Houma", "Western District", "Tongatapu"),
             ("Kolonga", "Eastern District", "Tongatapu"), ("Vaini", "Vaini District", "Tongatapu"),
             ("Neiafu", "Vava'u", "Vava'u"), ("Pangai", "Lifuka", "Ha'apai"), ("'Ohonua", "'Eua", "'Eua"))
TO_ROADS = ("Taufa'ahau Road", "Vuna Road", "Hala Fatafehi", "Salote Road", "Mateialona Road", "Hala Tupou")


def _to_village(v: Values) -> list[str]:
    """Tonga: the allotment or the road, the village, the district or the town, the island;
    no post code."""
    r = v.rng
    village, district, island = r.choice(TO_PLACES)
    return [r.choice((f"{r.choice(TO_ROADS)}, {village}, {district}, {island}",
                      f"{village}, {island}, next to the Wesleyan church",
                      f"Lot {r.randint(1, 90)}, {village}, {district}, Tonga",
                      f"{village} village, {island}, Kingdom of Tonga"))]


def _to_outer(v: Values) -> list[str]:
    """An outer island's village as a family sends for the caterer: the house by the family's
    name, the village, the island group."""
    r = v.rng
    village, island = r.choice((("Neiafu", "Vava'u"), ("Ha'alaufuli", "Vava'u"), ("Pangai", "Ha'apai"),
                                ("Hihifo", "Ha'apai"), ("'Ohonua", "'Eua"), ("Tu'anekivale", "Vava'u")))
    return [r.choice((f"the {r.choice(('Fifita', 'Taufa', 'Vea', 'Moala', 'Tonga'))} 'api, {village}, {island}",
                      f"{village}, {island}, behind the town officer's house",
                      f"House {r.randint(1, 60)}, {village}, {island}, Tonga"))]


def _to_lines(v: Values) -> list[str]:
    r = v.rng
    if r.random() < 0.5:
        return [f"P.O. Box {r.randint(1, 1999)}", f"Nuku'alofa, {r.choice(('Tonga', 'Kingdom of Tonga', 'TONGA'))}"]
    village, district, island = r.choice(TO_PLACES)
    return [f"{r.choice(TO_ROADS)}, {village}", district, f"{island}, Tonga"]


BA_STREETS = (("Zmaja od Bosne", "71000", "Sarajevo"), ("Ferhadija", "71000", "Sarajevo"), ("Hamdije Kreševljakovića", "71000", "Sarajevo"),
              ("Safeta Hadžića", "71000", "Sarajevo - Novo Sarajevo"), ("Butmirska cesta", "71210", "Ilidža"),
              ("Vojvode Radomira Putnika", "71123", "Istočno Sarajevo"), ("Kralja Petra I Karađorđevića", "78000", "Banja Luka"),
              ("Bulevar cara Dušana", "78000", "Banja Luka"), ("Maršala Tita", "88000", "Mostar"), ("Turalibegova", "75000", "Tuzla"),
              ("Karađorđeva", "76300", "Bijeljina"), ("Njegoševa", "89101", "Trebinje"))
BA_RU = {"Sarajevo": "Сараево", "Sarajevo - Novo Sarajevo": "Сараево (Ново Сараево)", "Ilidža": "Илиджа",
         "Istočno Sarajevo": "Источно-Сараево", "Banja Luka": "Баня-Лука", "Mostar": "Мостар", "Tuzla": "Тузла",
         "Bijeljina": "Биелина", "Trebinje": "Требине"}


def _ba_ulica(v: Values) -> list[str]:
    """Bosnia and Herzegovina: the street and the number, the entrance (ulaz), the floor
    (sprat) and the flat (stan), the five-digit postal number and the town; a number with a
    letter now and then."""
    r = v.rng
    street, code, town = r.choice(BA_STREETS)
    number = r.choice((str(r.randint(1, 120)), f"{r.randint(1, 60)}{r.choice('abc')}"))
    return [r.choice((f"{street} {number}, {code} {town}",
                      f"{street} {number}, ulaz {r.choice('ABC')}, sprat {r.randint(1, 12)}, stan {r.randint(1, 60)}, {code} {town}",
                      f"ul. {street} br. {number}, {town} {code}",
                      f"{street} {number}/{r.randint(1, 12)}, {code} {town}, BiH"))]


def _ba_ru(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(BA_STREETS)
    return [r.choice((f"{BA_RU[town]}, {street} {r.randint(1, 120)}, кв. {r.randint(1, 60)}",
                      f"{BA_RU[town]}, ул. {street}, {r.randint(1, 120)}, подъезд {r.choice('ABC')}, {r.randint(1, 12)} этаж",
                      f"{street} {r.randint(1, 120)}, {code}, {BA_RU[town]}"))]


def _ba_lines(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(BA_STREETS)
    return [f"{street} {r.randint(1, 120)}", f"{code} {town}", r.choice(("Bosna i Hercegovina", "BiH", "Bosnia and Herzegovina"))]


AST_STREETS = (("ул. Советская", "414000", "г. Астрахань"), ("ул. Кирова", "414000", "г. Астрахань"),
               ("ул. Савушкина", "414056", "г. Астрахань"), ("ул. Татищева", "414056", "г. Астрахань"),
               ("ул. Боевая", "414024", "г. Астрахань"), ("ул. Адмиралтейская", "414000", "г. Астрахань"),
               ("ул. Николая Островского", "414041", "г. Астрахань"), ("ул. Волгоградская", "416500", "г. Ахтубинск"),
               ("ул. Заводская", "416010", "г. Харабали"), ("ул. Молодёжная", "416340", "г. Камызяк"))


def _ast_city(v: Values) -> list[str]:
    """The Astrakhan region: the post code, the region, the town, the street, the house and
    the flat."""
    r = v.rng
    street, code, town = r.choice(AST_STREETS)
    return [r.choice((f"{code}, Астраханская обл., {town}, {street}, д. {r.randint(1, 140)}, кв. {r.randint(1, 120)}",
                      f"{town}, {street} {r.randint(1, 140)}, кв. {r.randint(1, 120)}",
                      f"Астраханская область, {town}, {street}, {r.randint(1, 140)}/{r.randint(1, 120)}, {code}"))]


def _ast_delta(v: Values) -> list[str]:
    """A village of the Volga delta or the closed town (ZATO) Znamensk: the district, the
    village, the street, the house; the post code now and then."""
    r = v.rng
    place, code = r.choice((("ЗАТО г. Знаменск", "416540"), ("Икрянинский р-н, с. Икряное", "416370"),
                            ("Енотаевский р-н, с. Енотаевка", "416200"), ("Черноярский р-н, с. Чёрный Яр", "416250"),
                            ("Володарский р-н, п. Володарский", "416170"), ("Камызякский р-н, с. Каралат", "416353")))
    street = r.choice(("ул. Рыбацкая", "ул. Набережная", "ул. Степная", "ул. Бахчевая", "ул. Мира", "ул. Калинина"))
    return [r.choice((f"{code}, Астраханская обл., {place}, {street}, д. {r.randint(1, 80)}",
                      f"{place}, {street} {r.randint(1, 80)}",
                      f"Астраханская обл., {place}, {street}, дом {r.randint(1, 80)}, кв. {r.randint(1, 24)}"))]


def _ast_block(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(AST_STREETS)
    return [f"{street}, д. {r.randint(1, 140)}, кв. {r.randint(1, 120)}", f"{town}, {code}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"sa_id": _sa_id, "phone_sa": _phone_sa, "to_nid": _to_nid, "phone_to": _phone_to, "tanker": _tanker,
            "feast": _feast, "jmbg": _jmbg, "phone_ba": _phone_ba, "bakhcha": _bakhcha, "banya": _banya},
    checks={"sa_id": _sa_ok, "jmbg": _jmbg_ok, "phone_sa": _dials("SA"), "phone_to": _dials("TO"),
            "phone_ba": _dials("BA")},
    escapes={"vcard-qp": vcard_qp, "bit-string": bit_string},
    unescapes={"vcard-qp": _from_vcard_qp, "bit-string": _from_bit_string},
    lines={"sa_national": _sa_national, "sa_compound": _sa_compound, "sa_lines": _sa_lines, "to_village": _to_village,
           "to_outer": _to_outer, "to_lines": _to_lines, "ba_ulica": _ba_ulica, "ba_ru": _ba_ru, "ba_lines": _ba_lines,
           "ast_city": _ast_city, "ast_delta": _ast_delta, "ast_block": _ast_block},
    people={"en": ("ar_SA",), "ru": ("hr_HR",)},
)


BANK: dict = {
    1: {
        "phone": {"en": ["salam, it's the villa in Al Nakheel, the tank is empty since Fajr, call me on {v}",
                         "the Bangladeshi driver of the wayt gave me {v}, he answers only after Isha",
                         "put my ⟦Mobily|ORGANIZATION⟧ number, {v}, the ⟦stc|ORGANIZATION⟧ one I left in ⟦Jeddah|LOCATION⟧",
                         "the kabsa man in ⟦Al Malaz|LOCATION⟧, his number is {v}, abshir he said",
                         "mālō e lelei, this is Sela from the feast committee, my number is {v}",
                         "for the umu on Saturday ring my brother in ⟦Houma|LOCATION⟧, {v}",
                         "the Yemeni who fills the roof tanks in our building, {v}, he has the key of the roof",
                         "the water truck for ⟦Kolofo'ou|LOCATION⟧, note it down, {v}",
                         "⟦Digicel|ORGANIZATION⟧ one is {v}, the ⟦U-Call|ORGANIZATION⟧ has no credit",
                         "my uncle in ⟦Taif|LOCATION⟧ knows a cheap mandi place, call him on {v}",
                         "ya hala, you ready? write, {v}",
                         "the aunty who makes the lu pulu for the church, her mobile, {v}"],
                  "ru": ["мой босанский, {v}, вайбер на нём же",
                         "за арбузами в ⟦Харабали|LOCATION⟧ фуры гоняет Рустам, вот его {v}, скажите, от меня",
                         "насчёт бани звоните {v}, с утра я дрова колю",
                         "dobar dan, ну вот мой номер, {v}",
                         "до субботы я на бахче под ⟦Камызяком|LOCATION⟧, звоните на {v}",
                         "банька у комшии, у Мирсада, его телефон {v}, жена у него наша, русская",
                         "на ерике связь плохая, лучше в вотсап на {v}",
                         "оптовик из ⟦Москвы|LOCATION⟧, Геннадий, {v}, завтра он на погрузке",
                         "в ⟦Ахтубинске|LOCATION⟧ я на {v}, после обеда звоните",
                         "пиши, ajde, номер мужа {v}"]},
        "email": {"en": ["send the tanker receipt to {v}, the landlord wants it before Thursday",
                         "my catering quote never came, resend to {v}, jazak Allah khair",
                         "for the feast committee emails use {v}, mālō",
                         "the compound office reads {v}, send the water schedule there",
                         "the menu for the wedding, please email {v}, 'ofa atu",
                         "my son studying in ⟦Auckland|LOCATION⟧ checks {v} only on Sundays after church",
                         "the tank-cleaning invoice, mail it to {v}, tayyib?",
                         "it's {v}, the same one on my ⟦Absher|ORGANIZATION⟧ account"],
                  "ru": ["бани бронируем через {v}, пишите заранее",
                         "фото арбузов киньте на {v}, гляну и отвечу",
                         "вот почта, {v}, hvala unaprijed",
                         "до понедельника я на бахче, пишите на {v}",
                         "оптовая база в ⟦Астрахани|LOCATION⟧ отвечает с {v}",
                         "бронь парилки на меня, почта {v}",
                         "почта, которую в ⟦Сараеве|LOCATION⟧ заводила, {v}",
                         "банщику пишите на {v}, hvala"]},
        "dob": {"en": ["my grandmother, born {v}, still counts the jerrycans herself",
                       "I was born {v} at ⟦King Faisal Specialist Hospital|ORGANIZATION⟧, it's on my iqama",
                       "the tenant's birth date is {v}, the water company form asks it",
                       "he was born {v} in ⟦Abha|LOCATION⟧, up in the mountains, he drives the tanker like a goat",
                       "for the catering contract, the bride was born {v}",
                       "{v}, born at ⟦Vaiola Hospital|ORGANIZATION⟧, ⟦Nuku'alofa|LOCATION⟧",
                       "my fa'ē was born {v} in ⟦Neiafu|LOCATION⟧, the year of the big cyclone",
                       "she told me born {v}, wallahi I don't know"],
                "ru": ["родилась я {v}, в ⟦Астрахани|LOCATION⟧, в самую путину",
                       "в брони бани у гостя дата рождения {v}",
                       "сын родился {v}, это уже в ⟦Баня-Луке|LOCATION⟧",
                       "дед мой {v} родился, в ⟦Икряном|LOCATION⟧, при рыбколхозе ещё",
                       "для сертификата на парение: родилась {v}",
                       "по паспорту муж родился {v}, в ⟦Знаменске|LOCATION⟧, он у меня военный",
                       "свекровь моя родилась {v}, в ⟦Тузле|LOCATION⟧, так и пишите",
                       "оптовик тот родился {v}, поздравить хотим, арбуз ему отложили"]},
        "fillers": {"en": ["abshir", "ya hala", "tayyib tayyib", "yalla habibi", "wallahi", "inshallah inshallah",
                           "mālō", "sai pe", "'io", "ko ia", "'ofa atu", "mālō 'aupito"],
                    "ru": ["ну, ajde", "ajde, polako", "ну, može, može", "дак вот, на бахче", "ну, hvala", "так, ну, короче, može",
                           "ладно, нема проблема", "ну, ерик его знает", "вот, у нас в низовьях так"]},
        "digit_sep": {"en": [" ... [the tanker pump roaring] ... ", " -- ya'ni, wait a second -- ", " [roosters in the 'api] "],
                      "ru": [" ... [моряна в трубке свистит] ... ", " -- čekaj, čekaj -- ", " [фура сигналит] "]},
        "email_at": {"en": [" at, the at-sign, ya'ni, ", " [at, wallahi] ", " at the, 'io, the at sign, "],
                     "ru": [" ludo a, ну, собачка, ", " эт, ну, эт, ", " (at, može li) "]},
        "email_dot": {"en": [" dot, the point, ", " (dot, abshir) ", " then a dot, mālō, "],
                      "ru": [" tačka, ну, точка, ", " точка, ну, ajde, ", " (dot, polako) "]},
        "spell": {"en": [", one letter one letter, ", " -- slowly habibi, slowly -- "],
                  "ru": [", по буковке, polako, ", " ... по одной букве, дак ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("Iqama No.", "GOV_ID", "sa_id"), ("Iqama:", "GOV_ID", "sa_id"), ("the tenant's iqama", "GOV_ID", "sa_id"),
                        ("national ID (for the water contract):", "GOV_ID", "sa_id"), ("ID number of the villa owner", "GOV_ID", "sa_id"),
                        ("raqam al-hawiya:", "GOV_ID", "sa_id"), ("iqama of the tanker driver", "GOV_ID", "sa_id"),
                        ("the madam's national ID:", "GOV_ID", "sa_id"), ("iqama of the house driver", "GOV_ID", "sa_id"),
                        ("ID of the husband (for the catering):", "GOV_ID", "sa_id"), ("iqama (compound gate pass)", "GOV_ID", "sa_id"),
                        ("the groom's father's ID:", "GOV_ID", "sa_id"), ("iqama of the kafeel's driver", "GOV_ID", "sa_id"),
                        ("Mobily no.", "PHONE", "phone_sa"), ("mobile (KSA):", "PHONE", "phone_sa"),
                        ("the tanker driver's mobile", "PHONE", "phone_sa"), ("stc line of the villa", "PHONE", "phone_sa"),
                        ("NID No. (Tonga)", "GOV_ID", "to_nid"), ("Tongan national ID:", "GOV_ID", "to_nid"), ("the caterer's NID", "GOV_ID", "to_nid"),
                        ("NID of the bride's father:", "GOV_ID", "to_nid"), ("NID of the faifekau", "GOV_ID", "to_nid"),
                        ("National ID No. of the town officer", "GOV_ID", "to_nid"),
                        ("Digicel no. of the cook", "PHONE", "phone_to"), ("U-Call:", "PHONE", "phone_to"),
                        ("the water truck driver's mobile (Tonga)", "PHONE", "phone_to"), ("Digicel of the church hall", "PHONE", "phone_to"),
                        ("my sister's phone in ⟦Sydney|LOCATION⟧", "PHONE", "phone_fmt"),
                        ("the caterer's other number", "PHONE", "phone_sep"),
                        ("tanker booking", "OTHER", "tanker"), ("water delivery slip:", "OTHER", "tanker"),
                        ("tank-cleaning ticket for the roof tank", "OTHER", "tanker"), ("water order of the villa:", "OTHER", "tanker"),
                        ("the last tanker's slip", "OTHER", "tanker"),
                        ("catering order", "OTHER", "feast"), ("deposit receipt for the feast:", "OTHER", "feast"),
                        ("feast booking for ⟦Kolonga|LOCATION⟧", "OTHER", "feast"),
                        ("code for the compound gate", "SECRET", "pin4"), ("the water tank lock code:", "SECRET", "pin4"),
                        ("PIN of the cold room for the meat", "SECRET", "pin4"),
                        ("password for the Absher account", "SECRET", "password"), ("catering laptop pw:", "SECRET", "password"),
                        ("the bride's DOB", "DATE_OF_BIRTH", "dob_slash"), ("the tenant was born", "DATE_OF_BIRTH", "dob_month"),
                        ("date of birth (per the iqama):", "DATE_OF_BIRTH", "dob_iso"), ("DOB of the head cook", "DATE_OF_BIRTH", "dob_dashes"),
                        ("the driver's old Filipino licence", "GOV_ID", "licence"),
                        ("insurance for the tanker truck:", "OTHER", "policy")],
                 "ru": [("JMBG br.", "GOV_ID", "jmbg"), ("JMBG:", "GOV_ID", "jmbg"), ("ЈМБГ жены", "GOV_ID", "jmbg"),
                        ("матични број мужа", "GOV_ID", "jmbg"), ("JMBG ребёнка:", "GOV_ID", "jmbg"),
                        ("JMBG (iz lične karte):", "GOV_ID", "jmbg"),
                        ("боснийский JMBG", "GOV_ID", "jmbg"), ("JMBG хозяйки стана", "GOV_ID", "jmbg"),
                        ("JMBG (BiH):", "GOV_ID", "jmbg"), ("JMBG гостя бани", "GOV_ID", "jmbg"),
                        ("JMBG покупателя:", "GOV_ID", "jmbg"), ("JMBG дочери", "GOV_ID", "jmbg"), ("JMBG свёкра:", "GOV_ID", "jmbg"),
                        ("JMBG квартиранта", "GOV_ID", "jmbg"), ("JMBG для knjigovođe", "GOV_ID", "jmbg"),
                        ("матични број гостя", "GOV_ID", "jmbg"), ("JMBG комшии", "GOV_ID", "jmbg"),
                        ("JMBG водителя фуры", "GOV_ID", "jmbg"),
                        ("босанский мобилни", "PHONE", "phone_ba"), ("тел. (BiH):", "PHONE", "phone_ba"),
                        ("мобилни газды стана", "PHONE", "phone_ba"), ("мобильный мужа, боснийский", "PHONE", "phone_ba"),
                        ("накладная на арбузы", "OTHER", "bakhcha"), ("фура с бахчи:", "OTHER", "bakhcha"),
                        ("партия из ⟦Харабали|LOCATION⟧", "OTHER", "bakhcha"), ("талон на погрузку в ⟦Камызяке|LOCATION⟧:", "OTHER", "bakhcha"),
                        ("номер партии арбузов:", "OTHER", "bakhcha"),
                        ("бронь бани", "OTHER", "banya"), ("номер сертификата на парение:", "OTHER", "banya"),
                        ("rezervacija за баню", "OTHER", "banya"), ("баня на Старый Новый год:", "OTHER", "banya"),
                        ("банька в ⟦Илидже|LOCATION⟧:", "OTHER", "banya"),
                        ("телефон свекрови в ⟦Знаменске|LOCATION⟧", "PHONE", "phone_fmt"), ("тел. оптовика", "PHONE", "phone_sep"),
                        ("паспорт оптовика-покупателя", "GOV_ID", "passport_ru"), ("паспорт банщицы:", "GOV_ID", "passport_no"),
                        ("СНИЛС бахчевода", "GOV_ID", "snils"), ("ИНН фермерского хозяйства:", "GOV_ID", "inn_glued"),
                        ("ИНН ИП-банщика", "GOV_ID", "inn"),
                        ("полис ОМС водителя фуры", "OTHER", "digits16"), ("права того, кто фуру гонит", "GOV_ID", "vu_ru"),
                        ("загран для поездки в ⟦Сараево|LOCATION⟧", "GOV_ID", "zagran"),
                        ("д/р гостя по брони:", "DATE_OF_BIRTH", "dob_dots"), ("банщица родилась", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. по личной карте", "DATE_OF_BIRTH", "dob_short"), ("родился (по JMBG)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от калитки на бахчу", "SECRET", "pin4"), ("код от шкафчиков в бане", "SECRET", "pin4"),
                        ("код от ulaz в ⟦Баня-Луке|LOCATION⟧", "SECRET", "pin4"),
                        ("пароль от e-Uprava:", "SECRET", "password"),
                        ("пароль от вайфая в предбаннике", "SECRET", "password")]},
        "carriers": {"en": ["Tanker driver's notebook, second page: {v}", "{v} (the house driver read it to me)",
                            "feast ledger, Ramadan - {v}", "{v}, abshir, noted", "written on the delivery slip: {v}", "{v}, mālō 'aupito",
                            "the man on the water hotline read out {v}", "copied for the iqama file: {v}",
                            "box four on the catering form: {v}"],
                     "ru": ["у оптовика в тетрадке: {v}", "{v}, hvala vam lijepa", "из накладной на арбузы: {v}", "{v} (гость сам продиктовал)",
                            "для knjigovođe, как просила: {v}", "{v}, вот так, дак", "скинула мужу в вайбер: {v}, ajde",
                            "в журнале брони бани: {v}", "бухгалтерии хозяйства, сверить: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["the tanker company posts its prices on Snapchat as {v}", "add {v} to the compound's WhatsApp, the guard knows him",
                      "on Telegram the caterer is {v}", "snap: {v}, add me habibi", "message {v} for the feast menus before Eid",
                      "Facebook me, {v}, mālō"],
               "ru": ["баня в инсте — {v}, там все парилки", "закинь {v} в чат наших в ⟦Сараеве|LOCATION⟧",
                      "арбузы у него, в телеге он {v}", "в ⟦Мостаре|LOCATION⟧ наши сидят в телеге {v}",
                      "на форуме ⟦Астрахани|LOCATION⟧ подписан как {v}", "веники продаёт, ищите {v}"]},
        "url": {"en": ["everything about roof tanks on my page {v}", "tanker timings are posted at {v}",
                       "I blog about mandi and kabsa, {v}", "our feast packages, see {v}", "the page my nephew made is {v}",
                       "sio ki heni, {v}"],
                "ru": ["про жизнь в ⟦Боснии|LOCATION⟧ веду канал {v}", "прогноз по урожаю смотрю тут: {v}",
                       "у бани страничка {v}", "про ⟦Волгу|LOCATION⟧ и рыбалку пишу на {v}",
                       "отзывы про нашу баню на {v}", "vidi, {v}"]},
        "url_layouts": {"any": ["https://{site}?from=wayt-wa", "{site} (open it, mālō)", "https://{site}/#feast-menu",
                                "[{site}] tanker page"]},
        "ssh": {"any": ["ssh -l wayt -o ServerAliveInterval=20 {v}", "ssh -p 2220 -i ~/.ssh/id_feast {v}",
                        "scp tanker-slips.csv {v}:/var/water/", "rsync -az --delete ./banja/ {v}:/srv/banja-site/"]},
        "remote": {"any": ["git clone -b ramadan-2026 https://github.com/{v}.git", "git remote add feast git@gitlab.com:{v}.git",
                           "python3 -m pip install -U git+https://github.com/{v}.git@bahcha", "pnpm add github:{v}#tanker"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:wayt-2026", "FROM docker.io/{v}:feast-runner",
                             "podman run quay.io/{v}:arbuz-bot", "docker push docker.io/{v}:banja-shop"]},
        "home": {"any": ["/home/{v}/wayt/slips/", "C:\\Users\\{v}\\OneDrive\\Catering\\", "/Users/{v}/Documents/Banja/",
                         "/var/home/{v}/bahcha/"]},
        "tool": {"en": ["the tanker app is stuck on {v}", "my nephew in ⟦Dammam|LOCATION⟧ said just type {v}", "ya'ni it hung again at {v}",
                        "I pasted {v} in the feast committee chat"],
                 "ru": ["внук из ⟦Тузлы|LOCATION⟧ набирал мне {v}", "сисадмин из ⟦Ахтубинска|LOCATION⟧ велел вбить {v}",
                        "зависло на {v}, bože moj", "{v} скинула в чат бахчеводов"]},
        "mention": {"en": ["{h} jazak Allah khair!", "{h} mālō 'aupito, noted", "{h} can your driver fill the tank in ⟦Al Olaya|LOCATION⟧?",
                           "{h}: the pig for the umu is booked, done", "{h} 'ofa atu, thank you", "{h} abshir?"],
                    "ru": ["{h}, hvala puno!", "{h} ajde, так и есть", "{h}, а фото бани будет?", "{h}: приняла, može",
                           "{h}, спасибочки, hvala", "{h} ну ты дал, вобла"]},
    },
    4: {
        "url": {"en": ["the tanker booking link ended in ?{k}={v}&district=olaya", "the Absher form came prefilled with {k}={v}",
                       "the shared WhatsApp link had {k}={v}&ref=wa_nukualofa", "nginx logged GET /water/orders?{k}={v} 200"],
                "ru": ["ссылка на бронь бани заканчивалась на ?{k}={v}&jezik=bs", "в ссылке на партию висело {k}={v}",
                       "переход из телеги бахчеводов: {k}={v}&utm=ast", "лог сайта бани: GET /rezervacije/trazi?{k}={v}"]},
        "markup": {"en": ["in the delivery slip's HTML: <span class=\"{k}\">{v}</span>",
                          "the catering invoice template has <b>{v}</b> at the top",
                          "the water order form keeps <input type=\"hidden\" name=\"{k}\" value=\"{v}\">"],
                   "ru": ["HTML сертификата: <span class=\"{k}\">{v}</span>, так и стоит",
                          "в шаблоне накладной <b>{v}</b>",
                          "в форме брони бани <input type=\"hidden\" name=\"{k}\" value=\"{v}\">"]},
        "prose": {"en": ["on the ⟦Al Rajhi Bank|ORGANIZATION⟧ transfer the sender shows as {v}", "somebody wrote {v} on the roof tank with a marker",
                         "the catering receipt was made out to {v}", "the ⟦TDB|ORGANIZATION⟧ deposit slip reads {v}"],
                  "ru": ["⟦Raiffeisen Bank BiH|ORGANIZATION⟧ показывает получателя как {v}", "на арбузе маркером выведено {v}",
                         "в вечернем списке на парилку {v}", "гость в брони записан как {v}"]},
        "escapes": {"vcard-qp": {"en": ["the contact the driver shared from his old Nokia had N:{v}",
                                        "the exported phone book of the catering office lists the cook as {v}",
                                        "in the .vcf the tanker man sent: FN;ENCODING=QUOTED-PRINTABLE:{v}"],
                                 "ru": ["в контакте со старой кнопочной Нокии имя {v}",
                                        "из выгрузки телефонной книги оптовика: FN:{v}",
                                        "в vcf-файле от банщика стоит {v}"]},
                    "bit-string": {"en": ["my son's computing homework wrote the customer as {v}",
                                          "the catering app's debug log had the name in bits: {v}",
                                          "on the IT class poster at the school the name was {v}"],
                                   "ru": ["внук на информатике записал имя гостя двоичным: {v}",
                                          "в логе весов на бахче имя побитно: {v}",
                                          "на доске в кружке программирования: {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the customer's villa is at {v}", "tomorrow the tanker goes to {v}",
                        "the caterer drops the food at {v}", "she's at her khala's now, at {v}",
                        "leave the jerrycans at {v}, the haris will take them", "on the lease the address is {v}"],
                 "ru": ["адрес: {v}, zvono не работает, стучите", "живём {v}, сразу за пекарой",
                        "арбузы выгрузить на {v}", "гости в баню собираются {v}",
                        "снимаю теперь гарсоњеру, {v}", "прописка у оптовика: {v}"]},
        "block": {"en": ["Water delivery to:\n{v}", "Feast to be delivered at:\n{v}",
                         "Empty tank to be cleaned at\n{v}", "Customer's place (call at the gate) -\n{v}",
                         "Send the tanker for the majlis to:\n{v}"],
                  "ru": ["Баня, адрес:\n{v}", "Арбузы везти сюда (сначала позвонить):\n{v}",
                         "Бахча и склад\n{v}", "Гость проживает -\n{v}"]},
        "layouts": {"en": ["sa_national", "sa_compound", "sa_lines", "to_village", "to_outer", "to_lines"],
                    "ru": ["ba_ulica", "ba_ru", "ba_lines", "ast_city", "ast_delta", "ast_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Villa owner: {v}", "Tanker driver on the round: {v}", "Compound guard: {v}",
                        "{v} from the water company cleaned the tank", "the bride's mother gave her name as {v}",
                        "Head cook for the umu: {v}", "the water contract is in the name of {v}",
                        "Minister, ⟦Free Wesleyan Church|ORGANIZATION⟧ of ⟦Vaini|LOCATION⟧: {v}"],
                 "ru": ["Гость бани: {v}", "Банщица на смене: {v}", "оптовик {v} уехал без накладных",
                        "бахчу держит {v}", "За рулём фуры: {v}", "{v} звонила, баню на юбилей хочет",
                        "Knjigovođa: {v}"]},
        "kin": {"en": [("my umi", "f"), ("my abui", "m"), ("my jaddah in ⟦Qassim|LOCATION⟧", "f"), ("my khala", "f"),
                       ("my amm in ⟦Dammam|LOCATION⟧", "m"), ("my fa'ē in ⟦Neiafu|LOCATION⟧", "f"), ("my tamai in ⟦Pangai|LOCATION⟧", "m"),
                       ("my kui from ⟦'Eua|LOCATION⟧", "m"), ("my mehikitanga", "f"), ("my tokoua in ⟦Houma|LOCATION⟧", "m"),
                       ("my tuofefine", "f"), ("my khal", "m")],
                "ru": [("моя svekrva", "f"), ("мой svekar из ⟦Биелины|LOCATION⟧", "m"), ("моя baka из ⟦Илиджи|LOCATION⟧", "f"),
                       ("мой djed из ⟦Требине|LOCATION⟧", "m"), ("моя tetka", "f"), ("мой daidža", "m"),
                       ("моя бабка-казашка из ⟦Харабали|LOCATION⟧", "f"), ("мой батя-бахчевод", "m"),
                       ("моя тётка из ⟦Ахтубинска|LOCATION⟧", "f"), ("мой свояк из ⟦Икряного|LOCATION⟧", "m")]},
        "kin_carriers": {"en": ["{v} is paying for the tanker this month", "{v} orders the feast this year",
                                "{v} drives up from ⟦Al Khobar|LOCATION⟧ on the weekend", "{v} keeps the water receipts",
                                "{v} signed for the new roof tank", "{v} brings the pigs from ⟦Kolonga|LOCATION⟧"],
                         "ru": ["{v} за баню платит", "{v} из ⟦Сараева|LOCATION⟧ прилетает", "{v} собралась на бахчу",
                                "{v} с оптовиком сама договорится", "{v} из ⟦Камызяка|LOCATION⟧ кланяется",
                                "{v} за фуру заплатит"]},
        "wordnames": {"en": {"f": ["Sahar", "Shams", "Noor", "Wafa", "Ofa", "Losa", "Mele"],
                             "m": ["Saud", "Fahd", "Sultan", "Mansour", "Sione", "Viliami", "Tevita"]},
                      "ru": {"f": ["Ружица", "Сунчица", "Ружа", "Милица"], "m": ["Мирза", "Слободан", "Владо"]}},
        "list": {"en": ["Tanks to fill this week:\n{v}", "Feast deposits not yet paid\n{v}",
                        "Drivers on Friday after Jumu'ah:\n{v}", "| Name | tanks filled |\n|---|---|\n{v}"],
                 "ru": ["Субботняя баня, кто записан:\n{v}", "Партии без оплаты\n{v}", "Банщики на выходных:\n{v}",
                        "Фуры на эту неделю взяли:\n{v}"]},
        "list_layouts": {"any": ["{v} - tank filled", "* {v} (paid cash, mālō)", "{v} [order closed]", "| {v} | 2 loads |"]},
        "broken": {"en": ["the driver who cleaned the roof tank on Saturday was {v}",
                          "last night the food was brought by {v}"],
                   "ru": ["сертификат выписывала {v}", "арбузы на весах принимал {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["someone logged into the tanker portal from {v}", "the camera box at the compound gate is {v}",
                      "whitelist {v} on the catering office router", "the tank level sensor pings from {v}",
                      "the truck tracker last synced from {v}", "ya'ni my IP is {v}"],
               "ru": ["в кабинет бани заходили с {v}", "на бахче роутер {v}", "сайт бани висит на {v}",
                      "в e-Upravu заходили с чужого {v}", "{v} забаньте, ajde", "айпи у меня {v}, može"]},
        "iban": {"en": ["pay the tanker to {v}", "my ⟦Riyadh|LOCATION⟧ account, {v}",
                        "the caterer's account for the deposit, IBAN {v}", "refunds for the feast come from {v}"],
                 "ru": ["за баню кидайте на {v}", "счёт у меня в ⟦UniCredit Bank|ORGANIZATION⟧, {v}",
                        "бронь отменили, верните на {v}", "за арбузы предоплата на {v}"]},
        "mac": {"en": ["MAC of the tank level sensor: {v}", "the truck tracker shows MAC {v}", "put {v} on the Wi-Fi list, mālō",
                       "the cook's tablet came up as {v}"],
                "ru": ["у трекера на фуре MAC {v}", "терминал в бане, MAC {v}", "{v} в белый список, ajde",
                       "роутер на бахче не пускает {v}"]},
        "card": {"en": ["pay the water with card {v}", "put the feast deposit on {v}", "the tank cleaning was paid by card {v}",
                        "she read her mada card to me as {v}"],
                 "ru": ["за баню платим картой {v}", "у оптовика карта {v}", "на карту {v}, hvala",
                        "карту {v} я в ⟦Харабали|LOCATION⟧ посеяла, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Salam alaikum, {v} here, it's about the water", "Family name on the feast list: {v}"],
                         "GOV_ID": ["the licence I drove on in ⟦Manila|LOCATION⟧, {v}", "tanker driver's licence: {v}"],
                         "USERNAME": ["on the water company app I'm {v}", "login for the catering portal: {v}"]},
                  "ru": {"PERSON": ["Dobar dan, вас беспокоит {v}", "гость по брони: {v}"],
                         "GOV_ID": ["у оптовика паспорт РФ {v}", "паспорт банщицы, {v}"],
                         "USERNAME": ["на сайте бани я {v}", "в программе хозяйства логин {v}"]}},
        "later": {"en": ["the villa owner {v} called again", "{v} still hasn't paid the deposit, wallahi", "{v}, please call back, mālō",
                         "following up with {v}, tayyib", "(the bride's aunty, {v})"],
                  "ru": ["опять про гостя {v}", "{v} снова про баню звонила", "{v}, за партию оплата ещё не пришла",
                         "(накладная, см. выше: {v})", "{v}, ну ответьте, molim vas"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the float valve order {v} is still stuck in customs", "the new pump came under order {v}, wrong size",
                     "⟦Noon|ORGANIZATION⟧ delivered order {v} to ⟦Al Malaz|LOCATION⟧"],
              "ru": ["веники по заказу {v} с ⟦Ozon|ORGANIZATION⟧ пришли", "сетки для арбузов, заказ {v}", "ajde, заказ {v} всё-таки отменили"]},
    "price": {"en": ["a full tanker is {v} now", "the ⟦Auckland|LOCATION⟧ umu stones cost {v} with shipping", "{v} for the whole feast, same as last year"],
              "ru": ["час в бане {v}", "килограмм арбуза на базе {v}", "стан в ⟦Сараеве|LOCATION⟧ сдают за {v}"]},
    "timestamp": {"en": ["the tanker was at the gate {v}", "the food left ⟦Ma'ufanga|LOCATION⟧ at {v}", "the water cut started {v}, the whole street dry"],
                  "ru": ["выезжаем на бахчу в {v}", "банщица была на месте в {v}", "астраханский поезд пришёл в {v}"]},
    "version": {"en": ["tanker app {v} keeps crashing", "level sensor on firmware {v}", "after the {v} update the catering app logs me out"],
                "ru": ["приложение бани {v}", "программа весов версии {v}", "прогноз урожая после {v} виснет"]},
    "room": {"en": ["drivers gather in room {v} at six", "the food sits in hall {v}", "spare hoses in store {v}"],
             "ru": ["в бане парилка {v}, второй этаж", "оптовики живут в комнате {v}", "веники в кладовке {v}"]},
    "flight": {"en": ["I fly to ⟦Riyadh|LOCATION⟧ on {v}", "the new cook from ⟦Suva|LOCATION⟧ comes on {v}", "jaddah is coming on {v}"],
               "ru": ["в ⟦Сараево|LOCATION⟧ летим рейсом {v}", "рейс {v} задерживают, ajde", "в ⟦Нариманове|LOCATION⟧ встречай с {v}"]},
    "isbn": {"en": ["water tank maintenance guide, ISBN {v}", "a Saudi kabsa cookbook, ISBN {v}", "Tongan for beginners, ISBN {v}"],
             "ru": ["книжка бахчевода, ISBN {v}", "разговорник боснийского, ISBN {v}", "книга о русской бане, ISBN {v}"]},
    "doc-ip": {"en": ["the level sensor booklet uses {v} as the example", "in the tanker tracker manual the sample address is {v}",
                      "the caterer's network diagram lists {v}"],
               "ru": ["в мануале к трекеру фуры {v}", "в примере по роутеру бани {v}", "на схеме сети хозяйства {v}"]},
    "spoken-date": {"en": ["next tank cleaning is {v}", "the church feast falls on {v}", "the families meet on {v}"],
                    "ru": ["баню сдвинули на {v}", "арбузы в ⟦Москву|LOCATION⟧ везут на {v}", "на ⟦Ахтубу|LOCATION⟧ выезжаем на {v}"]},
    "kinship-verb": {"en": ["my umi {v} open the gate for the tanker", "my tamai {v} kill the pig on Friday",
                            "my khal {v} pay the caterer"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Jazak Allah khair, I've noted it.", "Okay, water order updated.", "Tayyib, it's saved.",
                        "Mālō 'aupito, noted.", "Done, feast list updated.", "Abshir, all done."],
                 "ru": ["Hvala, записала себе.", "Поправила в журнале бани.", "Može, в тетрадку внесла.",
                        "Поняла, оптовику передам.", "Предоплату за партию отметила.", "Ajde, всё готово."]}
