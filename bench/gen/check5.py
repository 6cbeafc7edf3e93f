"""The bank of ``check5``, the fifth pair's held-out set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: Jamaican, Trinidadian, Pakistani and Hong Kong English, tenants and landlords in
deposit and repair disputes, solicitors' and court letters, school parents' group chats and
dating-app chats; in Russian, speakers from Belarus and Moldova, estate agents and tenants,
and developers' work chats. Its own shapes carry the check a reader runs where the id has one.
"""

from __future__ import annotations

import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Jamaica and Trinidad (+1 876, +1 868), Pakistan, Hong Kong
MOBILES = (("JM", ("876",), 7, (3, 3, 4)),
           ("TT", ("868",), 7, (3, 3, 4)),
           ("PK", ("0300", "0301", "0312", "0321", "0333", "0345", "0302"), 7, (4, 7)),
           ("HK", ("5", "6", "9"), 7, (4, 4)))
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# -- family 2: shapes -----------------------------------------------------------------------

def _hkid_check(prefix: str, digits: str) -> str:
    """A Hong Kong identity card's check character: the letters (a blank as 36 before a single
    one) and six digits weighted 9 down to 2, mod 11, 10 written as A."""
    values = ([36] if len(prefix) == 1 else []) + [ord(c) - 55 for c in prefix] + [int(c) for c in digits]
    rem = (11 - sum(x * w for x, w in zip(values, range(9, 1, -1))) % 11) % 11
    return "A" if rem == 10 else str(rem)


def _hkid(v: Values, lang: str) -> str:
    prefix = v.rng.choice(("A", "C", "D", "E", "G", "K", "P", "R", "V", "Y", "Z", "XA", "WX"))
    digits = v.digits(6, False)
    check = _hkid_check(prefix, digits)
    return v.rng.choice((f"{prefix}{digits}({check})", f"{prefix}{digits}{check}", f"{prefix}{digits} ({check})"))


def _hkid_ok(text: str) -> bool:
    m = re.fullmatch(r"([A-Z]{1,2})(\d{6}) ?\(?([0-9A])\)?", text)
    return m is not None and _hkid_check(m[1], m[2]) == m[3]


def _cnic(v: Values, lang: str) -> str:
    """A Pakistani CNIC: a five-digit locality code, seven digits, and a last digit odd for men."""
    d = str(v.rng.randint(1, 7)) + v.digits(11, False) + str(v.rng.randint(0, 9))
    return f"{d[:5]}-{d[5:12]}-{d[12]}" if v.rng.random() < 0.7 else d


def _trn(v: Values, lang: str) -> str:
    """A Jamaican Taxpayer Registration Number of a person: nine digits starting with 1."""
    d = "1" + v.digits(8, False)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}" if v.rng.random() < 0.6 else d


def _upn(v: Values, lang: str) -> str:
    """An English pupil's Unique Pupil Number: the check letter, the local authority, the
    school, the year and a serial; the check weights characters 2 to 13 by 2 to 13, mod 23."""
    body = f"{v.rng.randint(201, 938)}{v.rng.randint(1000, 7999)}{v.rng.randint(5, 24):02d}{v.digits(3, False)}"
    return UPN_LETTERS[sum(int(c) * w for c, w in zip(body, range(2, 14))) % 23] + body


def _upn_ok(text: str) -> bool:
    return (re.fullmatch(r"[A-Z]\d{12}", text) is not None
            and UPN_LETTERS[sum(int(c) * w for c, w in zip(text[1:], range(2, 14))) % 23] == text[0])


def _phone_nanp(v: Values, lang: str) -> str:
    d, _ = v.mobile(v.rng.choice(MOBILES[:2]))
    return v.rng.choice((f"1-{d[:3]}-{d[3:6]}-{d[6:]}", f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"))


def _phone_pk(v: Values, lang: str) -> str:
    d, _ = v.mobile(MOBILES[2])
    return v.rng.choice((f"{d[:4]}-{d[4:]}", f"+92 {d[1:4]} {d[4:]}", f"+92-{d[1:4]}-{d[4:]}", f"0{d[1:4]} {d[4:]}"))


def _phone_hk(v: Values, lang: str) -> str:
    d, _ = v.mobile(MOBILES[3])
    return v.rng.choice((f"+852 {d[:4]} {d[4:]}", f"{d[:4]} {d[4:]}", f"(852) {d}"))


def _dob_legal(v: Values, lang: str) -> str:
    """A birth date as an affidavit or a court form writes it: the 12th day of March, 1985."""
    y, m, d = v.birth()
    return f"the {_ordinal(d)} day of {MONTHS[m - 1]}{v.rng.choice((',', ''))} {y}"


def _dob_month_ord(v: Values, lang: str) -> str:
    """March 12th, 1985, as a profile or a letter gives it."""
    y, m, d = v.birth()
    return f"{MONTHS[m - 1]} {_ordinal(d)}{v.rng.choice((',', ''))} {y}"


def _mrz_check(text: str) -> int:
    """The 7-3-1 check of machine-readable documents: digits as themselves, A as 10 to Z as 35."""
    return sum((int(c) if c.isdigit() else ord(c) - 55) * (7, 3, 1)[i % 3] for i, c in enumerate(text)) % 10


def _by_personal(v: Values, lang: str) -> str:
    """A Belarusian personal number (идентификационный номер): sex and century, the birth date,
    the region's letter, a serial, the citizenship and the 7-3-1 check digit."""
    y, m, d = v.birth()
    head = (f"{(3 if y < 2000 else 5) + v.rng.randint(0, 1)}{d:02d}{m:02d}{y % 100:02d}"
            f"{v.rng.choice('ABCHKEM')}{v.digits(3, False)}PB")
    return head + str(_mrz_check(head))


def _by_personal_ok(text: str) -> bool:
    return re.fullmatch(r"[1-6]\d{6}[ABCHKEM]\d{3}(PB|BA|BI)\d", text) is not None and _mrz_check(text[:13]) == int(text[13])


def _by_passport(v: Values, lang: str) -> str:
    return v.rng.choice(("MP", "MC", "AB", "HB", "KH", "BM", "KB")) + v.rng.choice(("", " ")) + v.digits(7, False)


def _unp_check(d: str) -> int:
    return sum(int(c) * w for c, w in zip(d, (29, 23, 19, 17, 13, 7, 5, 3))) % 11


def _unp(v: Values, lang: str) -> str:
    """A Belarusian taxpayer number (УНП) of a sole trader: nine digits, the last by weights mod 11."""
    while True:
        d = v.rng.choice("1234567") + v.digits(7, False)
        if (check := _unp_check(d)) != 10:
            return d + str(check)


def _idnp(v: Values, lang: str) -> str:
    """A Moldovan personal code (IDNP): thirteen digits from 2 or 09, the last a 7-3-1 check."""
    head = v.rng.choice(("2", "09"))
    d = head + v.digits(12 - len(head), False)
    return d + str(_mrz_check(d))


def _phone_by(v: Values, lang: str) -> str:
    while not phonenumbers.is_valid_number(phonenumbers.parse(
            "+375" + (d := v.rng.choice(("29", "33", "44", "25")) + v.digits(7, False)))):
        pass
    return v.rng.choice((f"+375 ({d[:2]}) {d[2:5]}-{d[5:7]}-{d[7:]}", f"8 0{d[:2]} {d[2:5]} {d[5:7]} {d[7:]}",
                         f"+375{d}", f"+375 {d[:2]} {d[2:]}"))


def _phone_md(v: Values, lang: str) -> str:
    d = v.rng.choice(("60", "67", "68", "69", "78", "79")) + v.digits(6, False)
    return v.rng.choice((f"+373 {d[:2]} {d[2:5]} {d[5:]}", f"0{d[:2]} {d[2:5]} {d[5:]}", f"+373{d}"))


def _account_jkh(v: Values, lang: str) -> str:
    """A utilities account (лицевой счёт) as a tenant reads it off the bill."""
    return v.digits(v.rng.choice((10, 12)))


def _gh_token(v: Values, lang: str) -> str:
    """A personal access token as developers paste it in chat: a prefix and 36 characters."""
    return v.rng.choice(("ghp_", "glpat-")) + "".join(v.rng.choice(ALNUM) for _ in range(36 if v.rng.random() < 0.5 else 20))


def _dials(region: str | None):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _dials_any(*regions: str):
    return lambda text: any(_dials(r)(text) for r in regions)


# -- family 4: escapes ------------------------------------------------------------------------

def ucs2_hex(text: str) -> str:
    """A name in an SMS gateway's log: the message body as UCS-2, each character four hex digits."""
    return text.encode("utf-16-be").hex().upper()


def _from_ucs2_hex(text: str) -> str:
    return bytes.fromhex(text).decode("utf-16-be")


def perl_x(text: str) -> str:
    """A name as Perl's Data::Dumper prints a character string: ``\\x{e9}`` for each non-ASCII
    character."""
    return "".join(c if ord(c) < 128 else f"\\x{{{ord(c):x}}}" for c in text)


def _from_perl_x(text: str) -> str:
    return re.sub(r"\\x\{([0-9a-f]+)\}", lambda m: chr(int(m[1], 16)), text)


# -- family 5: address layouts ----------------------------------------------------------------

JM_KINGSTON = (("Hope Road", "6"), ("Constant Spring Road", "8"), ("Red Hills Road", "19"),
               ("Half Way Tree Road", "10"), ("Mannings Hill Road", "8"), ("Barbican Road", "6"),
               ("Washington Boulevard", "20"), ("Molynes Road", "10"))
JM_DISTRICTS = (("Content", "Santa Cruz", "St. Elizabeth"), ("Bethel Town", "Bethel Town", "Westmoreland"),
                ("Cedar Valley", "Christiana", "Manchester"), ("Top Hill", "Junction", "St. Elizabeth"),
                ("Flint River", "Hopewell", "Hanover"), ("Bog Walk", "Bog Walk", "St. Catherine"))
TT_ROADS = (("Old Southern Main Road", "Curepe"), ("Eastern Main Road", "Arima"), ("Saddle Road", "Maraval"),
            ("Southern Main Road", "Couva"), ("Naparima Mayaro Road", "Princes Town"),
            ("Churchill Roosevelt Highway", "Trincity"), ("Lady Young Road", "Morvant"))
PK_SECTORS = (("G-9/3", "44090"), ("F-10/2", "44000"), ("I-8/4", "44000"), ("G-11/1", "44000"),
              ("E-11/3", "44000"), ("F-7/1", "44000"))
PK_BLOCKS = (("Gulshan-e-Iqbal", "Karachi", "75300"), ("North Nazimabad", "Karachi", "74700"),
             ("Johar Town", "Lahore", "54782"), ("Model Town", "Lahore", "54700"),
             ("DHA Phase 5", "Lahore", "54792"), ("Satellite Town", "Rawalpindi", "46300"))
HK_ESTATES = (("Lok Fu Court", "Kowloon City"), ("Tai Hing Gardens", "Tuen Mun, N.T."),
              ("Kornhill", "Quarry Bay"), ("Mei Foo Sun Chuen", "Lai Chi Kok, Kowloon"),
              ("City One Shatin", "Sha Tin, N.T."), ("Heng Fa Chuen", "Chai Wan"))
HK_ROADS = ("Tai Po Road", "King's Road", "Nathan Road", "Castle Peak Road", "Ngan Shing Street",
            "Lai Chi Kok Road", "Shing Mun Road")


def _jm_kingston(v: Values) -> list[str]:
    """Kingston: no postcode, the postal district's number after the town."""
    r = v.rng
    road, district = r.choice(JM_KINGSTON)
    flat = f"Apt {r.randint(1, 24)}, " if r.random() < 0.4 else ""
    return [f"{flat}{r.randint(1, 120)} {road}, Kingston {district}"]


def _jm_district(v: Values) -> list[str]:
    """Country Jamaica: a lot in a district, its post office, the parish on the next line."""
    r = v.rng
    district, office, parish = r.choice(JM_DISTRICTS)
    return [f"Lot {r.randint(1, 400)}, {district} District, {office} P.O.", parish]


def _tt_lp(v: Values) -> list[str]:
    """Trinidad: a light-pole number on the main road, the town, and the islands."""
    r = v.rng
    road, town = r.choice(TT_ROADS)
    return [f"LP {r.randint(1, 180)}, {road}, {town}, Trinidad{r.choice(('', ' W.I.'))}"]


def _pk_sector(v: Values) -> list[str]:
    """Islamabad: house and street in a lettered sector, the city and its postcode."""
    r = v.rng
    sector, code = r.choice(PK_SECTORS)
    return [f"House No. {r.randint(1, 1500)}, Street {r.randint(1, 90)}, {sector}, Islamabad {code}"]


def _pk_block(v: Values) -> list[str]:
    """Karachi and Lahore: a house or flat in a block of a scheme, the town under it."""
    r = v.rng
    scheme, town, code = r.choice(PK_BLOCKS)
    lead = r.choice((f"House {r.randint(1, 900)}-{r.choice('ABCDE')}", f"Flat {r.choice('ABC')}-{r.randint(1, 40)}"))
    return [f"{lead}, Block {r.choice(('13-D', 'J', 'L', '4', 'C', 'H'))}, {scheme}", f"{town} {code}"]


def _hk_flat(v: Values) -> list[str]:
    """Hong Kong: flat letter, floor "12/F", block and estate, then the street and district."""
    r = v.rng
    estate, district = r.choice(HK_ESTATES)
    return [f"Flat {r.choice('ABCDEFGH')}, {r.randint(1, 40)}/F, Block {r.randint(1, 12)}, {estate}",
            f"{r.randint(1, 300)} {r.choice(HK_ROADS)}, {district}"]


BY_STREETS = ("пр-т Независимости", "ул. Притыцкого", "ул. Сурганова", "ул. Немига", "пр-т Победителей",
              "ул. Кальварийская", "ул. Якуба Коласа", "ул. Голубева", "ул. Ангарская", "пр-т Дзержинского")
BY_MICRO = ("Каменная Горка", "Уручье", "Малиновка", "Серебрянка", "Сухарево", "Зелёный Луг", "Лошица")
BY_AGRO = (("Гродненская обл.", "Лидский", "Дитва"), ("Минская обл.", "Дзержинский", "Фаниполь"),
           ("Брестская обл.", "Пинский", "Альбрехтово"), ("Витебская обл.", "Оршанский", "Болбасово"),
           ("Гомельская обл.", "Речицкий", "Бабичи"), ("Могилёвская обл.", "Шкловский", "Александрия"))
BY_VILLAGES = (("Боровляны", "Минский"), ("Ждановичи", "Минский"), ("Колодищи", "Минский"),
               ("Околица", "Минский"), ("Цнянка", "Минский"), ("Новый Двор", "Минский"))
BY_RURAL_STREETS = ("Центральная", "Школьная", "Садовая", "Полевая", "Лесная", "Луговая", "Юбилейная")
MD_STREETS = ("ул. Пушкина", "бул. Дачия", "ул. Михай Витязул", "бул. Штефан чел Маре", "ул. Измаил",
              "ул. Каля Ешилор", "бул. Мирча чел Бэтрын")
MD_SECTORS = ("Ботаника", "Рышкановка", "Чеканы", "Буюканы", "Центр")


def _by_minsk(v: Values) -> list[str]:
    """A Minsk address as a contract gives it: the index first, the avenue, house and flat."""
    r = v.rng
    return [f"220{r.randint(0, 141):03d}, г. Минск, {r.choice(BY_STREETS)}, д. {r.randint(1, 180)}, "
            f"кв. {r.randint(1, 300)}"]


def _by_listing(v: Values) -> list[str]:
    """An agent's listing: the town, the microdistrict, the street and house-flat, the floor."""
    r = v.rng
    street = r.choice(BY_STREETS).split(" ", 1)[1]
    return [f"Минск, {r.choice(BY_MICRO)}, {street} {r.randint(1, 160)}-{r.randint(1, 250)}, "
            f"{r.randint(2, 19)} этаж"]


def _by_agro(v: Values) -> list[str]:
    """An agro-town (аг.) in a district of a region, over two lines."""
    r = v.rng
    region, district, town = r.choice(BY_AGRO)
    return [f"{region}, {district} р-н", f"аг. {town}, ул. {r.choice(BY_RURAL_STREETS)}, д. {r.randint(1, 80)}"]


def _by_village(v: Values) -> list[str]:
    """A cottage in a village by Minsk: the village (д.) first, the district after."""
    r = v.rng
    village, district = r.choice(BY_VILLAGES)
    return [f"д. {village}, ул. {r.choice(BY_RURAL_STREETS)}, {r.randint(1, 90)}, {district} р-н, Минская обл."]


def _md_chisinau(v: Values) -> list[str]:
    """Chișinău with the MD- postcode and the municipality (мун.)."""
    r = v.rng
    return [f"MD-20{r.randint(1, 75):02d}, мун. Кишинёв, {r.choice(MD_STREETS)}, {r.randint(1, 150)}, "
            f"кв. {r.randint(1, 200)}"]


def _md_sector(v: Values) -> list[str]:
    """A Chișinău sector, the street, house with a slash and flat."""
    r = v.rng
    return [f"г. Кишинёв, сектор {r.choice(MD_SECTORS)}, {r.choice(MD_STREETS)} {r.randint(1, 60)}/{r.randint(1, 5)}, "
            f"кв. {r.randint(1, 140)}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"hkid": _hkid, "cnic": _cnic, "trn": _trn, "upn": _upn, "phone_nanp": _phone_nanp,
            "phone_pk": _phone_pk, "phone_hk": _phone_hk, "dob_legal": _dob_legal, "dob_month_ord": _dob_month_ord,
            "by_personal": _by_personal, "by_passport": _by_passport, "unp": _unp, "idnp": _idnp,
            "phone_by": _phone_by, "phone_md": _phone_md, "account_jkh": _account_jkh, "gh_token": _gh_token},
    checks={"hkid": _hkid_ok, "upn": _upn_ok, "by_personal": _by_personal_ok,
            "unp": lambda s: len(s) == 9 and _unp_check(s[:8]) == int(s[8]),
            "idnp": lambda s: len(s) == 13 and _mrz_check(s[:12]) == int(s[12]),
            "cnic": lambda s: re.fullmatch(r"[1-7]\d{4}-?\d{7}-?\d", s) is not None,
            "phone_nanp": _dials_any("JM", "TT"), "phone_pk": _dials("PK"), "phone_hk": _dials("HK"),
            "phone_by": _dials("BY"), "phone_md": _dials("MD")},
    escapes={"ucs2-hex": ucs2_hex, "perl-x": perl_x},
    unescapes={"ucs2-hex": _from_ucs2_hex, "perl-x": _from_perl_x},
    lines={"jm_kingston": _jm_kingston, "jm_district": _jm_district, "tt_lp": _tt_lp, "pk_sector": _pk_sector,
           "pk_block": _pk_block, "hk_flat": _hk_flat, "by_minsk": _by_minsk, "by_listing": _by_listing,
           "by_agro": _by_agro, "by_village": _by_village, "md_chisinau": _md_chisinau, "md_sector": _md_sector},
    people={"en": ("en_PK",), "ru": ("ro_RO", "pl_PL")},
)

BANK: dict = {
    1: {
        "phone": {"en": ["wah gwaan, mi number a {v}, call mi",
                         "yuh can reach me on {v}, after work",
                         "jee, my number is {v}, kindly call after Asr",
                         "WhatsApp me on {v} la",
                         "the landlord's number, he said it's {v}",
                         "our client may be contacted on {v}",
                         "the other mum's number is {v}, she's doing the rota",
                         "here's my number {v}, no pressure x",
                         "ring the agent on {v}, he doh answer texts",
                         "his phone number, as stated in the hearing, is {v}",
                         "acha, note it down, {v}",
                         "ok so it's {v}, you get it?"],
                  "ru": ["звоните собственнику {v}, показы вечером",
                         "ну дык мой номер {v}",
                         "агент дал номер {v}, звони сам",
                         "мой мобильный {v}, мерси что перезвоните",
                         "если что, вот {v}, я на созвоне до шести",
                         "номер хозяйки квартиры {v}",
                         "звони на {v}, фрате",
                         "набери меня {v}, по вайберу тоже можно",
                         "дежурный девопс на телефоне {v}",
                         "так, диктую: {v}"]},
        "email": {"en": ["mi email is {v}",
                         "please correspond with our client at {v}",
                         "send the deposit statement to {v}",
                         "the class rep's email is {v}",
                         "my personal email, {v}, not the school one",
                         "kindly mail the documents at {v}",
                         "email the landlord at {v}, he ignore my texts",
                         "message me on {v} if the app glitches"],
                  "ru": ["почта собственника {v}",
                         "мой мейл {v}, договор туда",
                         "скиньте акт приёма-передачи на {v}",
                         "рабочая почта {v}, в слаке тоже есть",
                         "почта агентства {v}, пишите туда",
                         "ящик {v}, дзякуй",
                         "на {v} кидай логи",
                         "электронный адрес арендатора {v}"]},
        "dob": {"en": ["mi born {v}, in ⟦Mandeville|LOCATION⟧",
                       "the deponent was born {v}",
                       "my daughter was born {v}, she's in Year 3",
                       "I was born on {v}, Insha'Allah I'll be 40 soon",
                       "the tenant's date of birth is {v}",
                       "he was born {v}, according to the birth cert",
                       "born {v}, that's my real birthday lol",
                       "our son was born {v}, in ⟦Queen Mary Hospital|ORGANIZATION⟧"],
                "ru": ["я родился {v}, в ⟦Гомеле|LOCATION⟧",
                       "арендатор родилась {v}",
                       "мама родилась {v}, в ⟦Бельцах|LOCATION⟧",
                       "родилась {v}, это по паспорту",
                       "у меня днюха, родился {v}",
                       "собственник родился {v}",
                       "дочка родилась {v}",
                       "родился {v}, ещё в ⟦БССР|LOCATION⟧"]},
        "fillers": {"en": ["seen", "yuh see", "eh-eh", "acha", "yaar", "la", "hmmm ok", "right so", "wait ar",
                           "Insha'Allah", "bwoy"],
                    "ru": ["ну дык", "во", "ла", "слухай", "так-то", "ну шо", "погодь", "значит так"]},
        "digit_sep": {"en": [" (pause) — ", " ... ... ", " <silence> "], "ru": [" (пауза) — ", " ... ... ", " <тишина> "]},
        "email_at": {"en": [" at sign — ", " \"at\" ", " AT, "], "ru": [" собака — ", " «собачка» ", " собака… "]},
        "email_dot": {"en": [" \"dot\" ", " DOT, ", " dot — "], "ru": [" «точечка» ", " точка — ", " точечкой "]},
        "spell": {"en": ["- ", " , "], "ru": ["- ", " , "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("Tel (JA):", "PHONE", "phone_nanp"), ("cell # (JA)", "PHONE", "phone_nanp"),
                        ("Mobile (PK)", "PHONE", "phone_pk"), ("my ⟦Jazz|ORGANIZATION⟧ number", "PHONE", "phone_pk"),
                        ("HK mobile:", "PHONE", "phone_hk"), ("Contact telephone number of the tenant", "PHONE", "phone_fmt"),
                        ("HKID No.", "GOV_ID", "hkid"), ("identity card number", "GOV_ID", "hkid"),
                        ("CNIC #", "GOV_ID", "cnic"), ("CNIC number:", "GOV_ID", "cnic"),
                        ("TRN", "GOV_ID", "trn"), ("Taxpayer Registration No.", "GOV_ID", "trn"),
                        ("National Insurance No.", "GOV_ID", "nino"), ("UPN", "OTHER", "upn"),
                        ("Unique Pupil Number:", "OTHER", "upn"), ("passport no.:", "GOV_ID", "licence"),
                        ("NHS number of the child", "GOV_ID", "nhs"), ("deposit scheme ID", "OTHER", "digits7"),
                        ("tenancy ref.", "OTHER", "policy"), ("date of birth of the deponent:", "DATE_OF_BIRTH", "dob_legal"),
                        ("who was born on", "DATE_OF_BIRTH", "dob_legal"), ("bday:", "DATE_OF_BIRTH", "dob_month_ord"),
                        ("Child's date of birth", "DATE_OF_BIRTH", "dob_slash"), ("D/O/B", "DATE_OF_BIRTH", "dob_dashes"),
                        ("the key safe code is", "SECRET", "pin4"), ("the app login password", "SECRET", "password"),
                        ("ParentPay password", "SECRET", "password"), ("lockbox combo", "SECRET", "pin4")],
                 "ru": [("личный номер", "GOV_ID", "by_personal"), ("идентификационный номер", "GOV_ID", "by_personal"),
                        ("ид. номер арендатора", "GOV_ID", "by_personal"), ("паспорт РБ", "GOV_ID", "by_passport"),
                        ("серия и номер паспорта (РБ)", "GOV_ID", "by_passport"), ("УНП", "GOV_ID", "unp"),
                        ("УНП ИП:", "GOV_ID", "unp"), ("IDNP", "GOV_ID", "idnp"), ("код IDNP:", "GOV_ID", "idnp"),
                        ("паспорт РФ (серия, номер)", "GOV_ID", "passport_ru"), ("ИНН собственника", "GOV_ID", "inn"),
                        ("тел. собственника", "PHONE", "phone_by"), ("⟦мтс|ORGANIZATION⟧:", "PHONE", "phone_by"),
                        ("вайбер", "PHONE", "phone_by"), ("молдавский номер", "PHONE", "phone_md"),
                        ("номер хозяина:", "PHONE", "phone_fmt"), ("лицевой счёт", "OTHER", "account_jkh"),
                        ("л/с по коммуналке", "OTHER", "account_jkh"), ("табельный номер", "OTHER", "digits7"),
                        ("дата рождения арендатора", "DATE_OF_BIRTH", "dob_dots"),
                        ("родился (дата)", "DATE_OF_BIRTH", "dob_month"),
                        ("года рожд-я", "DATE_OF_BIRTH", "year_gr"), ("токен:", "SECRET", "gh_token"),
                        ("личный токен гитлаба", "SECRET", "gh_token"), ("пароль от VPN", "SECRET", "password"),
                        ("код от домофона", "SECRET", "pin4")]},
        "carriers": {"en": ["1.1. {v}", "Particulars: {v}", "{v} (as per the tenancy agreement)", "*{v}*",
                            "– {v}", "{v}, respect", "RE: Deposit dispute — {v}", "for the school form: {v}",
                            "yeah {v}"],
                     "ru": ["1.1) {v}", "Данные: {v}", "{v} (как в договоре)", "*{v}*", "– {v}", "{v}, дзякуй",
                            "RE: залог — {v}", "для договора аренды: {v}", "ага-ага, {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["my Hinge is {v} lol", "find me on snap, {v}", "the class rep is {v} on the group",
                      "I'm {v} on IG, message me there", "their agent posts as {v}", "add {v} to the Year 4 chat"],
               "ru": ["пиши в вайбер или в телегу {v}", "агент в инсте {v}", "тимлид в слаке {v}",
                      "ревьюер {v}, пингани его", "собственник на ⟦куфаре|ORGANIZATION⟧ {v}", "мой ник на гитлабе {v}"]},
        "url": {"en": ["my playlist is on {v}", "our client's page {v}", "the landlord's listing {v}",
                       "see my work at {v}", "photos of the damp are at {v}", "my page, {v}"],
                "ru": ["объявление тут {v}", "мой профиль {v}", "МР на {v}", "портфолио агента {v}",
                       "фото квартиры {v}", "страница собственника {v}"]},
        "url_layouts": {"any": ["https://{site}/?hl=en-GB", "www.{site}/", "https://{site}/#", "<{site}>"]},
        "ssh": {"any": ["ssh -A -J bastion.office {v}", "ssh -vvv {v}", "autossh -M 0 -N {v}",
                        "rsync -e 'ssh -p 2201' -a logs/ {v}:/var/log/app/"]},
        "remote": {"any": ["git clone https://git.example.org/{v}.git",
                           "git remote set-url --push origin git@github.com:{v}.git", "cargo install --git https://github.com/{v}", "yarn add https://github.com/{v}"]},
        "registry": {"any": ["docker compose pull ghcr.io/{v}", "image: quay.io/{v}:stable", "crane ls docker.io/{v}",
                             "docker buildx build -t ghcr.io/{v}:edge ."]},
        "home": {"any": ["/home/{v}/.kube/config", "C:\\Users\\{v}\\source\\repos\\", "/Users/{v}/.ssh/",
                         "/srv/home/{v}/"]},
        "tool": {"en": ["the school laptop blocks {v}", "my cousin set up {v}", "the agent's PC ran {v}",
                        "it breaks when I run {v}"],
                 "ru": ["в пайплайне упало на {v}", "на проде запустили {v}", "у меня не работает {v}",
                        "в доке написано {v}"]},
        "mention": {"en": ["{h} respect", "{h} nuff love", "{h} jazakAllah", "{h} thanks la", "{h}: seen",
                           "{h} hahaha"],
                    "ru": ["{h}, дзякуй", "{h} глянь МР", "{h}, мерси", "{h}: ок", "{h} апрув плз", "{h} хаха, ну дык"]},
    },
    4: {
        "url": {"en": ["the school's form link had ?{k}={v}&term=spring", "the dating app's share link had {k}={v}",
                       "the letting portal sent {k}={v}&deposit=1", "the court e-filing URL: ?{k}={v}"],
                "ru": ["ссылка на показ содержала ?{k}={v}&rooms=2", "в урле {k}={v}&env=prod",
                       "форма арендатора отправила {k}={v}&deposit=1", "в алерте ссылка ?{k}={v}"]},
        "markup": {"en": ["the letting agent's page has <span class=\"{k}\">{v}</span>",
                          "the e-filing receipt shows <dd>{v}</dd>",
                          "the profile card renders <h3>{v}</h3>"],
                   "ru": ["на сайте агентства <span class=\"{k}\">{v}</span>",
                          "в письме из CI <dd>{v}</dd>",
                          "в карточке объекта <h3>{v}</h3>"]},
        "prose": {"en": ["the app shows the match as {v}", "the tenancy agreement names {v}",
                         "the school app's contact field reads {v}", "the court bundle index lists {v}"],
                  "ru": ["в договоре аренды указан {v}", "в джире исполнитель {v}", "в объявлении контакт {v}",
                         "в акте приёма-передачи {v}"]},
        "escapes": {"ucs2-hex": {"en": ["the school's SMS gateway log has body={v}",
                                        "the bulk SMS report shows {v}",
                                        "the PDU from the letting agent's modem reads {v}"],
                                 "ru": ["в логе SMS-шлюза body={v}",
                                        "отчёт по рассылке показывает {v}",
                                        "в PDU от модема агентства {v}"]},
                    "perl-x": {"en": ["the old case system's log printed $VAR1 = \"{v}\";",
                                      "the Perl script dumped name => \"{v}\"",
                                      "Data::Dumper gave {v}"],
                               "ru": ["старый биллинг на перле вывел $VAR1 = \"{v}\";",
                                      "скрипт задампил fio => \"{v}\"",
                                      "Data::Dumper выдал {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the property at {v} is in disrepair", "our client resides at {v}", "I rent the flat at {v}",
                        "drop the kids at {v} after the party", "come by {v}, mi deh yah", "served on the defendant at {v}"],
                 "ru": ["сдаётся: {v}", "сдаётся квартира по адресу {v}", "показ в семь на {v}",
                        "арендатор зарегистрирован по адресу {v}", "переехали на {v}, приезжай", "офис теперь на {v}"]},
        "block": {"en": ["Property address:\n{v}", "Served at\n{v}\non the date below", "Address for service:\n{v}",
                         "New address —\n{v}\nsee you Saturday"],
                  "ru": ["Адрес объекта:\n{v}", "Адрес для корреспонденции\n{v}\n(арендатор)", "Куда приезжать:\n{v}",
                         "Новый адрес —\n{v}\nжду в субботу"]},
        "layouts": {"en": ["jm_kingston", "jm_district", "tt_lp", "pk_sector", "pk_block", "hk_flat"],
                    "ru": ["by_minsk", "by_listing", "by_agro", "by_village", "md_chisinau", "md_sector"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["We act for {v}", "The Claimant, {v}, says", "Tenant: {v}", "matched with {v} last night",
                        "{v} is bringing the cupcakes", "Landlord: {v}", "the form was witnessed by {v}"],
                 "ru": ["Собственник: {v}", "Арендатор — {v}", "ответственный за релиз {v}", "агент {v} покажет квартиру",
                        "Наниматель: {v}", "на ревью у {v}", "договор подписал(а) {v}"]},
        "kin": {"en": [("mi granny", "f"), ("mi puppa", "m"), ("my baby father", "m"), ("my baby mother", "f"),
                       ("my nani", "f"), ("my dada", "m"), ("my phupho", "f"), ("my chachu", "m"), ("my popo", "f")],
                "ru": [("моя бабулька", "f"), ("мой батька", "m"), ("моя мамка", "f"), ("мой кумец", "m"),
                       ("моя кумушка", "f"), ("мой тимлид", "m"), ("моя арендодательница", "f"), ("мой сосед снизу", "m")]},
        "kin_carriers": {"en": ["{v} a come fi di kids", "{v} will do pick-up", "{v} is the guarantor",
                                "{v} said the boiler is broke again", "{v} is in ⟦Lahore|LOCATION⟧ till June", "{v} likes your pic"],
                         "ru": ["{v} приедет на показ", "{v} поручитель по договору", "{v} затопил нас опять",
                                "{v} в отпуске до понедельника", "{v} уехала в ⟦Кишинёв|LOCATION⟧", "{v} всё подпишет"]},
        "wordnames": {"en": {"f": ["Peaches", "Sugar", "Honeybee", "Candy", "Treasure", "Sherry"],
                             "m": ["Earl", "Squire", "Junior", "Sonny", "Rocky", "Chance"]},
                      "ru": {"f": ["Ляля", "Виола", "Марина"], "m": ["Мирон", "Радий", "Ярослав"]}},
        "list": {"en": ["Year 4 parents:\n{v}", "Parties:\n{v}", "Tenants on the lease\n{v}",
                        "| Parent | Child |\n|---|---|\n{v}"],
                 "ru": ["Дежурные на релиз:\n{v}", "Стороны договора:\n{v}", "Жильцы\n{v}",
                        "| Арендатор | Квартира |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} (paid)", "{v} - attending", "• {v} ✅", "| {v} | 3C |"]},
        "broken": {"en": ["the letter before action was signed Yours faithfully, {v}",
                          "the statement was sworn before solicitor {v}"],
                   "ru": ["акт подписала собственник {v}", "инцидент закрыл дежурный {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the dating app showed a login from {v}", "the school portal blocked {v}",
                      "the letting portal logged me in from {v}", "my router says the public IP is {v}",
                      "the fraud email came from {v}", "the CCTV app connects from {v}"],
               "ru": ["алерт: брутфорс с {v}", "добавь {v} в allowlist", "прод отвечает с {v}",
                      "в логах ingress {v}", "мой айпишник дома {v}", "вход в кабинет с {v}"]},
        "iban": {"en": ["pay the deposit back to {v}", "the rent goes to {v}", "my IBAN for the refund is {v}",
                        "transfer the costs to {v}"],
                 "ru": ["залог верните на {v}", "аренду переводить на {v}", "мой IBAN {v}", "компенсацию на {v}"]},
        "mac": {"en": ["the school iPad's Wi-Fi address is {v}", "the smart meter's MAC is {v}",
                       "block {v} on the landlord's Wi-Fi", "the doorbell camera has {v}"],
                "ru": ["MAC сервера {v}", "MAC роутера в квартире {v}", "в DHCP закрепи {v}", "свитч видит {v}"]},
        "card": {"en": ["pay with {v}, it's my debit", "the card on the account is {v}", "mi card number {v}",
                        "charge {v} for the trip"],
                 "ru": ["карта для залога {v}", "плати с {v}", "номер карты собственника {v}", "карта {v}, белкарт"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Wah gwaan, I'm {v}", "Full name of the Claimant: {v}"],
                         "GOV_ID": ["my licence number is {v}", "ID produced: {v}"],
                         "USERNAME": ["my username on the app is {v}", "parent login: {v}"]},
                  "ru": {"PERSON": ["Добры дзень, я {v}", "ФИО арендатора: {v}"],
                         "GOV_ID": ["паспорт (РФ): {v}", "паспорт собственника {v}"],
                         "USERNAME": ["мой ник в гитлабе {v}", "юзер: {v}"]}},
        "later": {"en": ["further to {v}", "{v} again?", "chasing {v}", "{v} respond yet?", "(matter: {v})"],
                  "ru": ["по поводу {v}, напоминаю", "{v} снова", "напоминаю про {v}", "{v} ответил?", "(объект: {v})"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the uniform order {v} came wrong size", "order {v} from the school shop",
                     "the repair job order {v}"],
              "ru": ["заявка на ремонт {v}", "заказ мебели {v} привезли", "тикет {v} в очереди"]},
    "price": {"en": ["the rent is {v} a month", "the deposit was {v}", "costs of {v} awarded"],
              "ru": ["аренда {v} в месяц", "залог {v}", "комиссия агентства {v}"]},
    "timestamp": {"en": ["the hearing was listed {v}", "matched {v}", "the notice was served {v}"],
                  "ru": ["деплой в {v}", "показ был {v}", "алерт сработал {v}"]},
    "version": {"en": ["the school app {v}", "the letting portal's {v} update", "Hinge {v}"],
                "ru": ["релиз {v}", "откатились на {v}", "образ {v}"]},
    "room": {"en": ["parents' evening is in room {v}", "Court {v}", "the meeting is in room {v}"],
             "ru": ["переговорка {v}", "созвон из {v}", "офис {v}"]},
    "flight": {"en": ["I land on {v} Friday", "the kids fly {v}", "{v} to ⟦Lahore|LOCATION⟧ is full"],
               "ru": ["прилетаю {v}", "{v} из ⟦Кишинёва|LOCATION⟧", "рейс {v} отменили"]},
    "isbn": {"en": ["the reading book is ISBN {v}", "ISBN {v}, the tenancy guide", "homework from ISBN {v}"],
             "ru": ["книга по кубернетесу ISBN {v}", "ISBN {v} на полке в офисе", "ISBN {v}, справочник риелтора"]},
    "doc-ip": {"en": ["the router manual says {v}", "the school IT guide uses {v}", "the example in the leaflet is {v}"],
               "ru": ["в доке к хелму {v}", "в примере values.yaml {v}", "в ранбуке пример {v}"]},
    "spoken-date": {"en": ["half term starts {v}", "the hearing is {v}", "the rent is due {v}"],
                    "ru": ["заезд назначили на {v}", "релиз перенесли на {v}", "показ поставили на {v}"]},
    "kinship-verb": {"en": ["mi granny {v} come", "my nani {v} call you", "my baby father {v} collect them"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Respect, noted.", "Acha, updated.", "Ok la, saved.", "Noted, thank you kindly.",
                        "Received with thanks.", "Seen, done."],
                 "ru": ["Дзякуй, записал.", "Мерси, обновил.", "Ок, внёс.", "Принято, благодарю за инфу.",
                        "Получил, поправил.", "Ну дык, готово."]}
