"""The bank of ``check6``, the sixth pair's held-out set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: Ugandan and Bangladeshi English, SACCO and microfinance loan officers and their
borrowers, garment-factory HR and payroll, and university admissions offices; in Russian,
speakers in Uzbekistan (Tashkent and the regions), Russian-German emigrants in Germany helping
each other with paperwork (Jobcenter, Krankenkasse, Ausländerbehörde), clinics and pharmacies,
and family-event planners. Its own shapes carry the check a reader runs where the id has one.
Written from memory, not from a specification: the layouts of the Ugandan NIN and TIN, of the
Bangladeshi NID and e-TIN and of the Uzbek passport and СТИР (none with a check written), the
checks of the German health-insurance and pension numbers, the Sparkassen's bank codes and the
postcodes of the towns; the ПИНФЛ's weights match public validators, and the Steuer-ID's check
is ISO 7064 MOD 11,10 as published.
"""

from __future__ import annotations

import re
from urllib.parse import quote_plus, unquote_plus

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values, luhn_digit, luhn_ok

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Uganda (MTN, Airtel) and Bangladesh (Grameenphone,
# Robi, Banglalink, Teletalk)
MOBILES = (("UG", ("077", "078", "076", "070", "075", "074"), 7, (4, 3, 3)),
           ("BD", ("017", "019", "018", "016", "015", "013"), 8, (5, 6)))
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
LETTERS = "ABCDEFGHJKLMNPQRTUVWXY"


# -- family 2: shapes -----------------------------------------------------------------------

def _nin_ug(v: Values, lang: str) -> str:
    """A Ugandan National Identification Number: C, the sex, the birth year's two digits and
    ten characters."""
    y = v.birth()[0]
    tail = "".join(v.rng.choice(LETTERS) for _ in range(4))
    return f"C{v.rng.choice('MF')}{y % 100:02d}{v.digits(6, False)}{tail}"


def _tin_ug(v: Values, lang: str) -> str:
    """A Ugandan TIN of a person: ten digits from 100."""
    return "100" + v.digits(7, False)


def _nid_bd(v: Values, lang: str) -> str:
    """A Bangladeshi NID: the smart card's ten digits or the old seventeen (birth year first)."""
    if v.rng.random() < 0.6:
        d = v.digits(10)
        return d if v.rng.random() < 0.7 else f"{d[:3]} {d[3:6]} {d[6:]}"
    return f"{v.birth()[0]}{v.digits(13, False)}"


def _etin_bd(v: Values, lang: str) -> str:
    return v.digits(12)


def _brn_bd(v: Values, lang: str) -> str:
    """A Bangladeshi birth registration number: the birth year and thirteen digits."""
    return f"{v.birth()[0]}{v.digits(13, False)}"


def _sacco(v: Values, lang: str) -> str:
    return f"{v.rng.choice(('WSL', 'KSC', 'MBR', 'NTN'))}/{v.rng.randint(10, 25)}/{v.digits(4, False)}"


def _emp_card(v: Values, lang: str) -> str:
    """A garment worker's card number: the unit, the joining year and a serial."""
    return f"{v.rng.choice(('U1', 'U3', 'KN', 'SW'))}-{v.rng.randint(15, 25)}-{v.digits(5, False)}"


def _roll(v: Values, lang: str) -> str:
    return v.digits(6)


def _phone_ug(v: Values, lang: str) -> str:
    d, _ = v.mobile(MOBILES[0])
    return v.rng.choice((f"+256 {d[1:4]} {d[4:]}", f"{d[:4]} {d[4:]}", f"+256-{d[1:4]}-{d[4:7]}-{d[7:]}",
                         f"256{d[1:]}"))


def _phone_bd(v: Values, lang: str) -> str:
    d, _ = v.mobile(MOBILES[1])
    return v.rng.choice((f"+880 {d[1:5]}-{d[5:]}", f"{d[:5]}-{d[5:]}", f"+880{d[1:]}", f"{d[:5]} {d[5:]}"))


def _dob_bd(v: Values, lang: str) -> str:
    """A birth date as the board certificates print it: 05-MAR-1990."""
    y, m, d = v.birth()
    return f"{d:02d}-{MONTHS[m - 1]}-{y}"


def _dob_ug(v: Values, lang: str) -> str:
    """A birth date year first with slashes."""
    y, m, d = v.birth()
    return f"{y}/{m:02d}/{d:02d}"


def _pinfl_check(d: str) -> int:
    return sum(int(c) * w for c, w in zip(d, (7, 3, 1) * 5)) % 10


def _pinfl(v: Values, lang: str) -> str:
    """An Uzbek ПИНФЛ (ЖШШИР): century and sex, birth date, district, serial, the check digit."""
    y, m, d = v.birth()
    body = f"{(3 if y < 2000 else 5) + v.rng.randint(0, 1)}{d:02d}{m:02d}{y % 100:02d}{v.digits(3)}{v.digits(3, False)}"
    return body + str(_pinfl_check(body))


def _pinfl_ok(text: str) -> bool:
    return len(text) == 14 and text.isdigit() and _pinfl_check(text[:13]) == int(text[13])


def _uz_passport(v: Values, lang: str) -> str:
    """An Uzbek passport or ID card: two letters and seven digits."""
    return v.rng.choice(("AA", "AB", "AC", "AD", "AE", "FA")) + v.digits(7, False)


def _stir(v: Values, lang: str) -> str:
    """An Uzbek taxpayer number (СТИР) of a person: nine digits from 4 to 7."""
    return str(v.rng.randint(4, 7)) + v.digits(8, False)


def _humo(v: Values, lang: str) -> str:
    """An Uzcard or Humo card number: 8600 or 9860 and a Luhn digit, in fours."""
    body = v.rng.choice(("8600", "9860")) + v.digits(11, False)
    d = body + luhn_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if v.rng.random() < 0.7 else d


def _steuer_check(d: str) -> int:
    """ISO 7064 MOD 11,10, the German tax id's check."""
    product = 10
    for c in d:
        s = (int(c) + product) % 10 or 10
        product = 2 * s % 11
    return (11 - product) % 10


def _steuer_id(v: Values, lang: str) -> str:
    """A German Steuer-ID: ten digits, one of them twice, the rest once; the check digit."""
    while True:
        digits = v.rng.sample("0123456789", 9)
        digits.insert(v.rng.randint(0, 9), v.rng.choice(digits))
        if digits[0] != "0":
            d = "".join(digits)
            d += str(_steuer_check(d))
            return d if v.rng.random() < 0.6 else f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"


def _steuer_ok(text: str) -> bool:
    d = text.replace(" ", "")
    return len(d) == 11 and d[0] != "0" and max(d[:10].count(c) for c in d[:10]) == 2 and \
        _steuer_check(d[:10]) == int(d[10])


def _cross(n: int) -> int:
    return n // 10 + n % 10


def _kvnr_check(letter: str, digits: str) -> int:
    """The check digit of a Krankenversichertennummer: the letter as two digits, weights 1 and 2,
    products' digit sums, mod 10."""
    d = f"{ord(letter) - 64:02d}" + digits
    return sum(_cross(int(c) * (1 if i % 2 == 0 else 2)) for i, c in enumerate(d)) % 10


def _kvnr(v: Values, lang: str) -> str:
    letter, digits = v.rng.choice(LETTERS), v.digits(8)
    return f"{letter}{digits}{_kvnr_check(letter, digits)}"


def _kvnr_ok(text: str) -> bool:
    return re.fullmatch(r"[A-Z]\d{9}", text) is not None and _kvnr_check(text[0], text[1:9]) == int(text[9])


def _rvnr_check(d: str) -> int:
    return sum(_cross(int(c) * w) for c, w in zip(d, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1))) % 10


def _rvnr(v: Values, lang: str) -> str:
    """A German pension insurance number: the office's area, birth date, the birth name's
    initial, a serial (50 and up for a woman) and the check digit."""
    y, m, d = v.birth()
    letter = v.rng.choice(LETTERS)
    serial = v.rng.randint(0, 49) + (50 if v.rng.random() < 0.5 else 0)
    head = f"{v.rng.choice(('12', '13', '17', '24', '39', '53', '65'))}{d:02d}{m:02d}{y % 100:02d}"
    check = _rvnr_check(f"{head}{ord(letter) - 64:02d}{serial:02d}")
    return v.rng.choice((f"{head}{letter}{serial:02d}{check}", f"{head[:2]} {head[2:]} {letter} {serial:02d}{check}"))


def _rvnr_ok(text: str) -> bool:
    m = re.fullmatch(r"(\d\d) ?(\d{6}) ?([A-Z]) ?(\d\d)(\d)", text)
    return m is not None and _rvnr_check(f"{m[1]}{m[2]}{ord(m[3]) - 64:02d}{m[4]}") == int(m[5])


def _bg_number(v: Values, lang: str) -> str:
    """A Jobcenter's Bedarfsgemeinschaft number: the office, BG and a serial."""
    return f"{v.digits(5)}BG{v.digits(7, False)}"


def _de_iban(v: Values, lang: str) -> str:
    """A German account at a Sparkasse: DE, the check digits, the bank code and ten digits."""
    bban = v.rng.choice(("37050198", "48050161", "20050550", "76050101", "86055592")) + v.digits(10, False)
    number = "".join(str(int(c, 36)) for c in bban + "DE00")
    iban = f"DE{98 - int(number) % 97:02d}{bban}"
    return " ".join(iban[i:i + 4] for i in range(0, 22, 4)) if v.rng.random() < 0.6 else iban


def _iban_ok(text: str) -> bool:
    s = text.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def _phone_uz(v: Values, lang: str) -> str:
    d = v.rng.choice(("90", "91", "93", "94", "95", "97", "99", "33", "88", "77")) + v.digits(7, False)
    return v.rng.choice((f"+998 {d[:2]} {d[2:5]}-{d[5:7]}-{d[7:]}", f"+998({d[:2]}){d[2:5]}{d[5:]}",
                         f"{d[:2]} {d[2:5]} {d[5:7]} {d[7:]}", f"998{d}"))


def _phone_de(v: Values, lang: str) -> str:
    d = v.rng.choice(("160", "162", "170", "171", "172", "176", "177", "178")) + v.digits(7, False)
    return v.rng.choice((f"+49 {d[:3]} {d[3:]}", f"0{d[:3]} {d[3:]}", f"0{d[:3]}/{d[3:]}", f"+49{d}"))


def _pin5(v: Values, lang: str) -> str:
    return v.digits(5)


def _dials(region: str | None):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


# -- family 4: escapes ------------------------------------------------------------------------

def cp1251_url(text: str) -> str:
    """A name as an old Russian site's form sends it: percent-encoded in Windows-1251, a space
    as ``+``, and what 1251 lacks as the browser's ``&#NNN;`` (percent-encoded too)."""
    return quote_plus(text, encoding="cp1251", errors="xmlcharrefreplace")


def _from_cp1251_url(text: str) -> str:
    return re.sub(r"&#(\d+);", lambda m: chr(int(m[1])), unquote_plus(text, encoding="cp1251"))


def idna_labels(text: str) -> str:
    """A name made into a host name, as a browser's address bar or a mail log shows it: each
    word a label, the non-ASCII ones in Punycode after ``xn--``."""
    return ".".join(w if w.isascii() else "xn--" + w.encode("punycode").decode("ascii") for w in text.split(" "))


def _from_idna_labels(text: str) -> str:
    return " ".join(w[4:].encode("ascii").decode("punycode") if w.startswith("xn--") else w
                    for w in text.split("."))


# -- family 5: address layouts ----------------------------------------------------------------

UG_ROADS = ("Kampala Road", "Jinja Road", "Bombo Road", "Entebbe Road", "Ggaba Road", "Kira Road",
            "Namirembe Road", "Acacia Avenue", "Lumumba Avenue")
UG_AREAS = (("Ntinda", "Nakawa"), ("Kisaasi", "Kawempe"), ("Nsambya", "Makindye"), ("Bukoto", "Nakawa"),
            ("Kansanga", "Makindye"), ("Wandegeya", "Kawempe"), ("Rubaga", "Rubaga"))
UG_VILLAGES = (("Kireka B", "Kira Municipality", "Wakiso"), ("Seeta", "Goma Division", "Mukono"),
               ("Namugongo", "Kira Municipality", "Wakiso"), ("Bweyogerere", "Kira Municipality", "Wakiso"),
               ("Nyendo", "Nyendo-Mukungwe Division", "Masaka"), ("Kakoba", "Kakoba Division", "Mbarara"))
BD_AREAS = (("Banani", "1213"), ("Gulshan-2", "1212"), ("Mirpur-10", "1216"), ("Uttara Sector 7", "1230"),
            ("Mohammadpur", "1207"), ("Bashundhara R/A", "1229"), ("Dhanmondi R/A", "1209"))
BD_VILLAGES = (("Char Kukri", "Kalia", "Sadar", "Narail"), ("Baliadanga", "Amjhupi", "Meherpur Sadar", "Meherpur"),
               ("Shibpur", "Kamarkhand", "Kamarkhand", "Sirajganj"), ("Nayapara", "Tangail Sadar", "Tangail Sadar",
                                                                        "Tangail"))


def _ug_plot(v: Values) -> list[str]:
    """Kampala as letters give it: the plot on a road, the box and the city under it."""
    r = v.rng
    return [f"Plot {r.randint(1, 400)}, {r.choice(UG_ROADS)}", f"P.O. Box {r.randint(100, 99999)}, Kampala"]


def _ug_zone(v: Values) -> list[str]:
    """Within Kampala: the zone of a parish, the division, the city."""
    r = v.rng
    area, division = r.choice(UG_AREAS)
    return [f"Zone {r.randint(1, 9)}, {area}, {division} Division, Kampala"]


def _ug_village(v: Values) -> list[str]:
    """Outside the city: the LC1 village, the municipality or sub-county and the district."""
    r = v.rng
    village, town, district = r.choice(UG_VILLAGES)
    return [f"LC1 {village}, {town}, {district} District"]


def _bd_house(v: Values) -> list[str]:
    """Dhaka: house, road and block, the area and its postcode."""
    r = v.rng
    area, code = r.choice(BD_AREAS)
    return [f"House {r.randint(1, 120)}, Road {r.randint(1, 30)}, Block {r.choice('ABCDEFG')}, {area}, Dhaka {code}"]


def _bd_flat(v: Values) -> list[str]:
    """A flat over two lines: flat, house and road; the area with Dhaka and the postcode."""
    r = v.rng
    area, code = r.choice(BD_AREAS)
    return [f"Flat {r.randint(1, 12)}{r.choice('ABCD')}, House {r.randint(1, 90)}/{r.choice('ABC')}, Road {r.randint(1, 27)}",
            f"{area}, Dhaka-{code}"]


def _bd_village(v: Values) -> list[str]:
    """A village as forms ask for it: Vill, P.O, P.S (the police station) and Dist."""
    r = v.rng
    village, po, ps, dist = r.choice(BD_VILLAGES)
    return [f"Vill: {village}, P.O: {po}, P.S: {ps}, Dist: {dist}"]


UZ_DISTRICTS = ("Юнусабадский", "Мирзо-Улугбекский", "Чиланзарский", "Яккасарайский", "Шайхантахурский",
                "Сергелийский", "Учтепинский")
UZ_STREETS = ("Амира Темура", "Мустакиллик", "Бабура", "Шота Руставели", "Мукими", "Катартал", "Фаргона йули",
              "Богишамол")
UZ_TOWNS = (("Самарканд", "140100"), ("Бухара", "200100"), ("Фергана", "150100"), ("Наманган", "160100"),
            ("Андижан", "170100"), ("Навои", "210100"))
DE_STREETS = ("Bahnhofstraße", "Hauptstraße", "Schillerstraße", "Lindenweg", "Am Sportplatz", "Goethestraße",
              "Heinrich-Heine-Straße", "Birkenallee")
DE_TOWNS = (("33602", "Bielefeld"), ("32052", "Herford"), ("49074", "Osnabrück"), ("76131", "Karlsruhe"),
            ("12627", "Berlin"), ("90469", "Nürnberg"), ("33332", "Gütersloh"), ("04229", "Leipzig"))
DE_CYR = (("Бисмаркштрассе", "32052 Херфорд"), ("Бахнхофштрассе", "33602 Билефельд"),
          ("Гётештрассе", "49074 Оснабрюк"), ("Шиллерштрассе", "90469 Нюрнберг"),
          ("Линденвег", "33332 Гютерсло"))


def _uz_kvartal(v: Values) -> list[str]:
    """Tashkent's numbered quarters: the district, the quarter, house and flat."""
    r = v.rng
    return [f"г. Ташкент, {r.choice(UZ_DISTRICTS)} р-н, {r.randint(1, 19)}-квартал, д. {r.randint(1, 60)}, "
            f"кв. {r.randint(1, 80)}"]


def _uz_mahalla(v: Values) -> list[str]:
    """A house in a mahalla: the city, the district, the mahalla's committee, the street."""
    r = v.rng
    mahalla = r.choice(("Буюк Ипак Йули", "Олмазор", "Кушбеги", "Навруз", "Дурмон", "Лабзак"))
    return [f"Ташкент, {r.choice(UZ_DISTRICTS)} р-н, махалля «{mahalla}», ул. {r.choice(UZ_STREETS)}, {r.randint(1, 140)}"]


def _uz_region(v: Values) -> list[str]:
    """A regional city with its six-digit index first."""
    r = v.rng
    town, code = r.choice(UZ_TOWNS)
    return [f"{code[:4]}{r.randint(0, 20):02d}, г. {town}, ул. {r.choice(UZ_STREETS)}, д. {r.randint(1, 90)}, "
            f"кв. {r.randint(1, 60)}"]


def _de_latin(v: Values) -> list[str]:
    """Germany as the letters from the Amt print it: street and number, postcode and town."""
    r = v.rng
    code, town = r.choice(DE_TOWNS)
    return [f"{r.choice(DE_STREETS)} {r.randint(1, 90)}{r.choice(('', 'a', 'b'))}", f"{code} {town}"]


def _de_cyrillic(v: Values) -> list[str]:
    """A German address written in Cyrillic in a chat: the country first, street, the town."""
    r = v.rng
    street, town = r.choice(DE_CYR)
    return [f"Германия, {town}, {street} {r.randint(1, 60)}"]


def _de_co(v: Values) -> list[str]:
    """Care of a relative, with the floor: how a newcomer's first Anmeldung reads."""
    r = v.rng
    code, town = r.choice(DE_TOWNS)
    floor = r.choice(("EG", "1. OG links", "2. OG rechts", "3. OG"))
    return [f"c/o {r.choice(('Schmidt', 'Wagner', 'Becker', 'Neufeld', 'Friesen'))}, {r.choice(DE_STREETS)} "
            f"{r.randint(1, 90)}, {floor}, {code} {town}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"nin_ug": _nin_ug, "tin_ug": _tin_ug, "nid_bd": _nid_bd, "etin_bd": _etin_bd, "brn_bd": _brn_bd,
            "sacco": _sacco, "emp_card": _emp_card, "roll": _roll, "phone_ug": _phone_ug, "phone_bd": _phone_bd,
            "dob_bd": _dob_bd, "dob_ug": _dob_ug, "pinfl": _pinfl, "uz_passport": _uz_passport, "stir": _stir,
            "humo": _humo, "steuer_id": _steuer_id, "kvnr": _kvnr, "rvnr": _rvnr, "bg_number": _bg_number,
            "de_iban": _de_iban, "phone_uz": _phone_uz, "phone_de": _phone_de, "pin5": _pin5},
    checks={"pinfl": _pinfl_ok, "steuer_id": _steuer_ok, "kvnr": _kvnr_ok, "rvnr": _rvnr_ok,
            "de_iban": _iban_ok, "humo": lambda s: luhn_ok(s) and len(s.replace(" ", "")) == 16,
            "phone_ug": _dials("UG"), "phone_bd": _dials("BD"), "phone_uz": _dials("UZ"),
            "phone_de": _dials("DE"),
            "nin_ug": lambda s: re.fullmatch(r"C[MF]\d{8}[A-Z]{4}", s) is not None,
            "uz_passport": lambda s: re.fullmatch(r"[A-F][A-F]\d{7}", s) is not None},
    escapes={"cp1251-url": cp1251_url, "idna-labels": idna_labels},
    unescapes={"cp1251-url": _from_cp1251_url, "idna-labels": _from_idna_labels},
    lines={"ug_plot": _ug_plot, "ug_zone": _ug_zone, "ug_village": _ug_village, "bd_house": _bd_house,
           "bd_flat": _bd_flat, "bd_village": _bd_village, "uz_kvartal": _uz_kvartal, "uz_mahalla": _uz_mahalla,
           "uz_region": _uz_region, "de_latin": _de_latin, "de_cyrillic": _de_cyrillic, "de_co": _de_co},
    people={"en": ("bn_BD",), "ru": ("uz_UZ", "de_DE")},
)

BANK: dict = {
    1: {
        "phone": {"en": ["the borrower gave her phone number as {v}",
                         "you can call me on {v} sebo, anytime",
                         "my number is {v}, it's ⟦Airtel|ORGANIZATION⟧",
                         "bhai, my bKash is {v}, ⟦Grameenphone|ORGANIZATION⟧ line",
                         "guarantor's contact, as he read it: {v}",
                         "the supervisor said ring him on {v}",
                         "eh, the number, {v}",
                         "Applicant: it is {v} sir",
                         "the worker's mobile per HR: {v}",
                         "beep me on {v} when you reach the stage",
                         "my other line {v}, this one is always on",
                         "that number, {v}, you have noted?"],
                  "ru": ["мой номер {v}, звоните вечером",
                         "пациентка продиктовала номер: {v}",
                         "запиши номер тёти {v}",
                         "номер сестры {v}, если я не возьму",
                         "номер ещё с ⟦России|LOCATION⟧: {v}",
                         "в анкете для амта укажи {v}",
                         "звоните на {v}, я в аптеке",
                         "телефон тамады, со слов, {v}",
                         "у меня поменялся номер, теперь {v}",
                         "ака, записывайте: {v}"]},
        "email": {"en": ["the applicant spelled his email out as {v}",
                         "borrower's email as read out: {v}",
                         "kindly forward the offer letter to {v}",
                         "send it on {v}, I check it daily",
                         "send the payslip to {v}",
                         "my hotmail is {v}, with the dot",
                         "the candidate confirmed the email {v}",
                         "the guarantor's email, spoken, {v}"],
                  "ru": ["почта {v}, туда письмо из джобцентра",
                         "пациентка назвала почту {v}",
                         "моя почта {v}, туда рецепт",
                         "перешли на {v}",
                         "имейл {v}, ака",
                         "бланки присылайте на {v}",
                         "почта организатора {v}",
                         "для кранкенкассы почта {v}"]},
        "dob": {"en": ["I was born {v}, in ⟦Mbarara|LOCATION⟧",
                       "the borrower was born {v}",
                       "date of birth, as she said, {v}",
                       "my father was born {v}, he is the guarantor",
                       "bhai, I am born {v}",
                       "she was born {v}, in ⟦Sylhet|LOCATION⟧",
                       "the applicant said he was born {v}",
                       "born {v}, as on my national ID"],
                "ru": ["родилась {v}, в ⟦Фергане|LOCATION⟧",
                       "дата рождения пациента, со слов, {v}",
                       "я родился {v}, в ⟦Самарканде|LOCATION⟧",
                       "ома родилась {v}, ещё в ⟦Казахстане|LOCATION⟧",
                       "у меня день рождения {v}, приходите",
                       "сын родился {v}, уже здесь, в ⟦Билефельде|LOCATION⟧",
                       "мама родилась {v}, так и в паспорте",
                       "жених родился {v}"]},
        "fillers": {"en": ["ehh", "sebo", "nyabo", "bhai", "apa", "actually, actually", "you see", "like, like", "ehh, wait",
                           "okay-okay", "mhm"],
                    "ru": ["ака", "ну вот так", "это, самое", "как бы, это", "ну-у-у", "хоп", "гуд", "секунду"]},
        "digit_sep": {"en": [" .. ", " (pause) er ", " [unclear] "], "ru": [" .. ", " (пауза) э ", " [неясно] "]},
        "email_at": {"en": [" at the rate of, ", " at-the-rate ", " at symbol, "], "ru": [" эт-знак ", " собачку, ", " at-знак "]},
        "email_dot": {"en": [" dat ", " .dot. ", " dot... "], "ru": [" точечку, ", " (точ.) ", " поинт "]},
        "spell": {"en": [" then ", " ... then "], "ru": [" потом ", " ... потом "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("NIN No.:", "GOV_ID", "nin_ug"), ("National ID No. (NIN)", "GOV_ID", "nin_ug"),
                        ("NIN of the guarantor", "GOV_ID", "nin_ug"), ("URA TIN", "GOV_ID", "tin_ug"),
                        ("TIN No.", "GOV_ID", "tin_ug"), ("NID No.", "GOV_ID", "nid_bd"), ("NID:", "GOV_ID", "nid_bd"),
                        ("national ID card number", "GOV_ID", "nid_bd"), ("e-TIN", "GOV_ID", "etin_bd"),
                        ("birth registration no.", "GOV_ID", "brn_bd"), ("phone no. (MTN)", "PHONE", "phone_ug"),
                        ("guarantor's phone", "PHONE", "phone_ug"), ("bKash number", "PHONE", "phone_bd"),
                        ("cell no:", "PHONE", "phone_bd"), ("alternative phone", "PHONE", "phone_sep"),
                        ("SACCO member no.", "OTHER", "sacco"), ("member number:", "OTHER", "sacco"),
                        ("ID card no. (factory)", "OTHER", "emp_card"), ("HSC roll", "OTHER", "roll"),
                        ("SSC roll no.", "OTHER", "roll"), ("Date of birth (as in SSC):", "DATE_OF_BIRTH", "dob_bd"),
                        ("DOB :", "DATE_OF_BIRTH", "dob_ug"), ("date of birth -", "DATE_OF_BIRTH", "dob_dashes"),
                        ("Birth Date (DD/MM/YYYY)", "DATE_OF_BIRTH", "dob_slash"), ("bKash PIN", "SECRET", "pin5"),
                        ("mobile money PIN:", "SECRET", "pin4"), ("portal password is", "SECRET", "password"),
                        ("admission portal password", "SECRET", "password")],
                 "ru": [("ПИНФЛ", "GOV_ID", "pinfl"), ("ПИНФЛ:", "GOV_ID", "pinfl"), ("ЖШШИР", "GOV_ID", "pinfl"),
                        ("узбекский паспорт", "GOV_ID", "uz_passport"), ("ID-карта №", "GOV_ID", "uz_passport"),
                        ("СТИР", "GOV_ID", "stir"), ("Steuer-ID", "GOV_ID", "steuer_id"),
                        ("налоговый номер (Steuer-ID):", "GOV_ID", "steuer_id"), ("штойер-айди", "GOV_ID", "steuer_id"),
                        ("номер страховки", "OTHER", "kvnr"), ("Versichertennummer", "OTHER", "kvnr"),
                        ("номер кранкенкассы:", "OTHER", "kvnr"), ("рентенферзихерунгснуммер", "GOV_ID", "rvnr"),
                        ("номер пенсионного (RV-Nr.)", "GOV_ID", "rvnr"), ("BG-Nummer", "OTHER", "bg_number"),
                        ("номер дела в джобцентре", "OTHER", "bg_number"), ("IBAN для джобцентра", "IBAN", "de_iban"),
                        ("счёт в ⟦Sparkasse|ORGANIZATION⟧", "IBAN", "de_iban"), ("карта Humo", "CREDIT_CARD", "humo"),
                        ("номер карты Uzcard", "CREDIT_CARD", "humo"), ("хендинуммер", "PHONE", "phone_de"),
                        ("узбекский номер", "PHONE", "phone_uz"), ("номер в ⟦Ташкенте|LOCATION⟧:", "PHONE", "phone_uz"),
                        ("geb.", "DATE_OF_BIRTH", "dob_dots"), ("Geburtsdatum:", "DATE_OF_BIRTH", "dob_dots"),
                        ("пароль от my.gov.uz", "SECRET", "password")]},
        "carriers": {"en": ["Loan officer notes: {v}", "borrower stated {v}", "{v} (per application)",
                            "HR remark: {v}", "admissions: {v}", "{v} nyabo", "confirmed, {v}", "{v} bhai",
                            "Field 7 - {v}"],
                     "ru": ["в анкете для амта: {v}", "{v}, ака", "записала в карточку {v}", "тётя скинула {v}",
                            "{v} (из письма)", "Для аптеки: {v}", "напиши в вотсап {v}", "{v}, хоп",
                            "в антраге: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the SACCO page, {v}", "tag {v} in the admissions group", "officer {v} approved it",
                      "my insta handle {v}", "DM {v} on the HR chat", "find me as {v} on X"],
               "ru": ["мой инстаграм {v}", "отметь {v} в чате свадьбы", "{v} в телеграме, пишите ей",
                      "врач в телеге {v}", "ник в одноклассниках {v}", "напиши {v}, она переводчица"]},
        "url": {"en": ["my LinkedIn {v}", "the loan forms are on {v}", "the officer's page {v}",
                       "see my tailoring shop {v}", "my portfolio: {v}", "open this {v}"],
                "ru": ["моя страница в фейсбуке {v}", "фото со свадьбы на {v}", "профиль переводчицы {v}",
                       "мой канал про ⟦Германию|LOCATION⟧ {v}", "анкета: {v}", "зайди на {v}"]},
        "url_layouts": {"any": ["https://www.{site}?lang=en", "{site} (copy link)", "https://{site}/?s=09",
                                "«{site}»"]},
        "ssh": {"any": ["ssh -i ~/.ssh/branch_key {v}", "ssh -t {v} htop", "scp payroll.xlsx {v}:~/",
                        "mosh --port=60001 {v}"]},
        "remote": {"any": ["git clone ssh://git@github.com/{v}.git", "git pull https://gitlab.com/{v} main",
                           "yarn add git+https://github.com/{v}.git", "pipx install git+https://github.com/{v}"]},
        "registry": {"any": ["docker push ghcr.io/{v}:1.0", "image: quay.io/{v}:v3",
                             "docker pull registry.gitlab.com/{v}:prod", "nerdctl run docker.io/{v}"]},
        "home": {"any": ["/home/{v}/payroll/", "C:\\Users\\{v}\\Documents\\Lohn\\", "/Users/{v}/Downloads/scans/",
                         "/var/home/{v}/scans/"]},
        "tool": {"en": ["the payroll system froze on {v}", "the IT officer told me to enter {v}", "it got stuck at {v}",
                        "shared {v} in the group"],
                 "ru": ["племянник запускал {v}", "сисадмин сказал ввести {v}", "у меня застряло на {v}",
                        "скинул {v} в чат"]},
        "mention": {"en": ["{h} thank you sebo", "webale {h}!", "{h} pls share the list", "{h}: noted",
                           "dhonnobad {h}", "{h} haha ok"],
                    "ru": ["{h}, рахмат!", "{h} поняла, хоп", "{h}, скинь бланк", "{h}: получила",
                           "данке {h}", "{h} хаха"]},
    },
    4: {
        "url": {"en": ["the loan portal link had ?{k}={v}&src=sms", "the admissions form prefilled {k}={v}",
                       "the payroll redirect carried {k}={v}&p=2", "GET /apply/status?{k}={v} 304"],
                "ru": ["в ссылке на термин ?{k}={v}&lang=ru", "в ссылке из аптеки {k}={v}",
                       "в переадресации {k}={v}&p=2", "в логе сервера: GET /termin?{k}={v}"]},
        "markup": {"en": ["the payslip HTML has <td class=\"{k}\">{v}</td>",
                          "the offer letter template reads <em>{v}</em>",
                          "the loan form has <input id=\"{k}\" value=\"{v}\">"],
                   "ru": ["в HTML рецепта <td class=\"{k}\">{v}</td>",
                          "в шаблоне приглашения <em>{v}</em>",
                          "в форме записи <input id=\"{k}\" value=\"{v}\">"]},
        "prose": {"en": ["the bank app shows the payee as {v}", "the admit card says {v}",
                         "the SMS alert printed {v}", "the payslip reads {v}"],
                  "ru": ["в приложении ⟦Kapitalbank|ORGANIZATION⟧ получатель {v}", "в письме из амта {v}",
                         "на рецепте написано {v}", "в приглашении на туй {v}"]},
        "escapes": {"cp1251-url": {"en": ["the old search page's URL carried name={v}",
                                          "the legacy payroll form posted fio={v}",
                                          "the referrer in the log had q={v}"],
                                   "ru": ["старый форум искал по ссылке text={v}",
                                          "в логе анкеты fio={v}",
                                          "рефёрер с поиска: q={v}"]},
                    "idna-labels": {"en": ["the mail log shows the host {v}.org",
                                           "her site's address bar reads {v}.com",
                                           "the bounce came from {v}.net"],
                                    "ru": ["в адресной строке сайт {v}.рф",
                                           "в логе почты хост {v}.de",
                                           "визитка ссылается на {v}.uz"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["deliver to {v}, near the mosque", "drop point: {v}", "the borrower stays at {v}",
                        "my address is {v}", "collect from {v}, call at the gate", "home address {v}"],
                 "ru": ["адрес для посылки: {v}", "живём на {v}, возле базара", "свадьба по адресу {v}",
                        "прописка у меня: {v}", "мы переехали, новый адрес: {v}", "лекарства привезите на {v}"]},
        "block": {"en": ["Permanent address:\n{v}", "Address of guarantor\n{v}\n(as stated)",
                         "Send to:\n{v}\nNear the petrol station", "Present address -\n{v}"],
                  "ru": ["Адрес (регистрация):\n{v}", "Адрес для писем\n{v}\n(на фамилию мужа)",
                         "Где туй:\n{v}\nпарковка во дворе", "Куда слать -\n{v}"]},
        "layouts": {"en": ["ug_plot", "ug_zone", "ug_village", "bd_house", "bd_flat", "bd_village"],
                    "ru": ["uz_kvartal", "uz_mahalla", "uz_region", "de_latin", "de_cyrillic", "de_co"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Borrower: {v}", "Guarantor's name: {v}", "Applicant: {v}", "officer {v} is coming",
                        "the caller said he is {v}", "Worker name: {v}", "forwarded to {v} for approval"],
                 "ru": ["Пациент(ка): {v}", "Антрагштеллер: {v}", "тамада {v} всё ведёт",
                        "переводчик — {v}", "Отправитель: {v}", "звонил {v} насчёт термина",
                        "Невеста: {v}"]},
        "kin": {"en": [("my jjaja", "f"), ("my ssenga", "f"), ("my kojja", "m"), ("my apa", "f"), ("my boro bhai", "m"),
                       ("my chachi", "f"), ("my dadi", "f"), ("my elder cousin", "m"), ("my dulabhai", "m")],
                "ru": [("моя ома", "f"), ("мой опа", "m"), ("моя келинка", "f"), ("моя кудагай", "f"),
                       ("моя тётушка", "f"), ("мой двоюродный брат", "m"), ("моя свекровь", "f"), ("мой дядя", "m")]},
        "kin_carriers": {"en": ["{v} will bring the documents", "{v} stood as guarantor",
                                "{v} is in ⟦Riyadh|LOCATION⟧ for work", "{v} will pick the admit card",
                                "{v} sent it by bKash", "{v} is sick, kindly extend"],
                         "ru": ["{v} поедет в амт", "{v} прилетает из ⟦Ташкента|LOCATION⟧", "{v} скинет на Humo",
                                "{v} идёт к врачу", "{v} передаёт салом", "{v} заберёт рецепт"]},
        "wordnames": {"en": {"f": ["Happy", "Sweetness", "Pretty", "Peace", "Purity", "Shanti"],
                             "m": ["Brave", "Success", "Trust", "Smart", "Fortunate", "Wise"]},
                      "ru": {"f": ["Гуль", "Жасмин", "Ирис"], "m": ["Батыр", "Бек", "Шер"]}},
        "list": {"en": ["Loan group members:\n{v}", "Shortlisted applicants\n{v}", "Line 4 workers:\n{v}",
                        "| Member | Savings |\n|---|---|\n{v}"],
                 "ru": ["Гости со стороны жениха:\n{v}", "Кто идёт в амт\n{v}", "Очередь к врачу:\n{v}",
                        "| Гость | Стол |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - paid up", "-> {v}", "{v} (guarantor)", "| {v} | table 2 |"]},
        "broken": {"en": ["the loan was approved by the branch manager {v} on Friday",
                          "the offer was signed by the registrar {v} this morning"],
                   "ru": ["рецепт выписала доктор {v}", "антраг проверил сотрудник {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the branch PC connected from {v}", "the loan portal login came from {v}",
                      "please allow {v} on the HR system", "the payroll server pinged from {v}",
                      "the firewall dropped {v} overnight", "my IP address is {v}"],
               "ru": ["вход в онлайн-банк с {v}", "праксис пускает только с {v}", "айпи роутера {v}",
                      "чужой вход с {v}", "разблокируйте пожалуйста {v}", "вот мой айпи {v}"]},
        "iban": {"en": ["please remit the fees to {v}", "my EUR account {v}", "refund to IBAN {v}",
                        "the salary goes to {v}"],
                 "ru": ["киндергельд на {v}", "мой счёт {v}", "верните залог на IBAN {v}",
                        "переводите на {v}, это счёт мужа"]},
        "mac": {"en": ["the branch laptop's MAC is {v}", "the biometric device's MAC {v}", "register {v} on the Wi-Fi",
                       "the switch flagged {v}"],
                "ru": ["MAC ноутбука сына {v}", "MAC телевизора {v}", "пропишите {v} на роутере",
                       "провайдер блокирует {v}"]},
        "card": {"en": ["my card is {v}", "charge the fee to {v}", "the card they swiped: {v}",
                        "the borrower read the card as {v}"],
                 "ru": ["моя карта {v}", "номер карты мамы {v}", "скинь на карту {v}",
                        "карта {v}, срочно заблокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Good afternoon, I am {v}", "Name of applicant: {v}"],
                         "GOV_ID": ["my driving permit no. is {v}", "permit presented: {v}"],
                         "USERNAME": ["my username on the portal is {v}", "login name: {v}"]},
                  "ru": {"PERSON": ["Ассалому алейкум, я {v}", "ФИО пациента: {v}"],
                         "GOV_ID": ["паспорт РФ серия и номер {v}", "паспорт клиента {v}"],
                         "USERNAME": ["мой логин в праксисе {v}", "логин на портале: {v}"]}},
        "later": {"en": ["regarding {v} again", "nothing yet from {v}", "{v} came again", "reminder on {v}",
                         "(applicant {v})"],
                  "ru": ["по пациенту {v}", "{v} опять пишет", "напоминание: {v}", "(см. выше {v})", "{v}, перезвони"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the invoice for order {v} is attached", "order {v} returned, wrong size",
                     "⟦Daraz|ORGANIZATION⟧ order {v} came"],
              "ru": ["заказ {v} на ⟦Uzum|ORGANIZATION⟧", "посылка по заказу {v} в пункте", "заказ {v} отменили"]},
    "price": {"en": ["the processing fee is {v}", "the loan instalment is {v}", "tuition of {v} per semester"],
              "ru": ["зуцалунг {v}", "за зал {v}", "доплата {v}"]},
    "timestamp": {"en": ["application received {v}", "punched in {v}", "loan disbursed {v}"],
                  "ru": ["термин в {v}", "рецепт выдан {v}", "письмо пришло {v}"]},
    "version": {"en": ["the loan app {v} keeps logging out", "payroll {v}", "since the {v} release"],
                "ru": ["приложение праксиса {v}", "после апдейта {v}", "банковское приложение {v} висит"]},
    "room": {"en": ["interview in room {v}", "orientation in hall {v}", "see the bursar at office {v}"],
             "ru": ["приём у врача в кабинете {v}", "амт, комната {v}", "курсы в аудитории {v}"]},
    "flight": {"en": ["the shipment is on {v}", "my flight to ⟦Dhaka|LOCATION⟧ is {v}", "uncle lands on {v}"],
               "ru": ["летим в ⟦Ташкент|LOCATION⟧ рейсом {v}", "{v} опаздывает", "встречай {v} в ⟦Дюссельдорфе|LOCATION⟧"]},
    "isbn": {"en": ["the admission guide is ISBN {v}", "the accounting text, ISBN {v}", "ISBN {v} for the entrance exam"],
             "ru": ["учебник немецкого ISBN {v}", "ISBN {v} для интеграционного курса", "ISBN {v}, сборник рецептов"]},
    "doc-ip": {"en": ["the manual's example shows {v}", "the vendor's guide uses {v}", "the setup slide has {v}"],
               "ru": ["в инструкции к роутеру {v}", "в примере адрес {v}", "в документации к роутеру пример {v}"]},
    "spoken-date": {"en": ["the graduation is {v}", "the loan review is {v}", "wages come {v}"],
                    "ru": ["туй назначили на {v}", "термин дали на {v}", "курсы перенесли на {v}"]},
    "kinship-verb": {"en": ["my jjaja {v} phone you", "my boro bhai {v} drop it", "my ssenga {v} come too"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Well received, thank you.", "Okay, captured.", "Noted, webale.", "Sure, I will update.",
                        "Thank you, the file is updated.", "Fine, recorded."],
                 "ru": ["Рахмат, записала.", "Ладно, поменяла.", "Всё, сделано.", "Поняла, обновлю.",
                        "Спасибо, анкету обновила.", "Хоп, внесла."]}
