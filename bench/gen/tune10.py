"""The bank of ``tune10``, the tenth pair's tune set, and the code that is its own.

Its writers: Rwandan English (Kigali, Musanze, Huye, Rubavu and the hills; Kinyarwanda and
Rwandan French words) and Ethiopian English (Addis Ababa and its sub-cities, Bahir Dar,
Hawassa, Adama; Amharic words), emergency call-takers and ambulance dispatchers with their
callers, and tax-return preparers with their clients; in Russian, Russian speakers living in
the Czech Republic (Prague, Brno, Karlovy Vary; Czech words in Russian sentences) and speakers
in Yakutia (Yakutsk, Mirny, Neryungri and the uluses; Sakha words), hostel and dormitory
administrators with their residents, and volunteer search-and-rescue teams with the relatives
of missing people. Its own shapes (each with the check a reader runs where the id has one),
address layouts, two escapes of family 4 and the locales of its writers' names are in
:data:`OWN`; ``bench/gen/banks.py`` takes :data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES`
from here. Written from memory, not from a specification: the layout of the Rwandan national
id (1, the birth year, the sex digit 8 or 7, seven digits, the issue digit, two digits whose
check is not written), of the Rwandan TIN and passport, of the Ethiopian Fayda number, TIN and
kebele id, of the Czech residence card and the Russian military id (none with a check
written), Kigali's street codes (KG, KN, KK), the Ethiopian calendar's year as the Gregorian
year less eight, the Czech banks' codes and the post codes of Addis Ababa, the Czech towns and
Yakutia. The Czech birth number's check (the ten digits a multiple of eleven, 50 added to a
woman's month), the Czech account number's modulo-11 check (weights 6 3 7 9 10 5 8 4 2 1; the
prefix's 10 5 8 4 2 1) and the IČO's check digit (weights 8 to 2, eleven less the sum modulo
11, modulo 10) are as published.
"""

from __future__ import annotations

import re
from datetime import date

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Rwanda (MTN, Airtel) and Ethiopia (Ethio Telecom)
MOBILES = (("RW", ("078", "079", "072", "073"), 7, (4, 3, 3)),
           ("ET", ("091", "092", "093", "094"), 7, (4, 2, 2, 2)))
CZ_ACCOUNT_W = (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)
CZ_PREFIX_W = (10, 5, 8, 4, 2, 1)
CZ_BANKS = ("0800", "0100", "0300", "2010", "3030", "0600", "5500")


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

def _rw_nid(v: Values, lang: str) -> str:
    """A Rwandan national id: 1 (a citizen), the birth year, 8 for a man or 7 for a woman,
    seven digits, the issue digit, two digits."""
    d = f"1{v.birth()[0]}{v.rng.choice('78')}{v.digits(7, False)}{v.rng.choice('0001')}{v.digits(2, False)}"
    return v.rng.choice((f"{d[0]} {d[1:5]} {d[5]} {d[6:13]} {d[13]} {d[14:]}", d))


def _rw_nid_ok(text: str) -> bool:
    d = text.replace(" ", "")
    return re.fullmatch(r"1(19[2-9]\d|200\d)[78]\d{10}", d) is not None


def _rw_tin(v: Values, lang: str) -> str:
    return "1" + v.digits(8, False)


def _rw_passport(v: Values, lang: str) -> str:
    return "PC" + v.digits(6)


def _phone_rw(v: Values, lang: str) -> str:
    d = _valid("RW", ("078", "079", "072", "073"), 7, v)
    return v.rng.choice((f"+250 {d[1:4]} {d[4:7]} {d[7:]}", f"{d[:4]} {d[4:7]} {d[7:]}", d, f"+250{d[1:]}",
                         f"(+250) {d[1:]}"))


def _phone_et(v: Values, lang: str) -> str:
    d = _valid("ET", ("091", "092", "093", "094"), 7, v)
    return v.rng.choice((f"+251 {d[1:3]} {d[3:6]} {d[6:]}", f"{d[:4]} {d[4:6]} {d[6:8]} {d[8:]}", d,
                         f"+251-{d[1:]}", f"{d[:4]}-{d[4:]}"))


def _fayda(v: Values, lang: str) -> str:
    """An Ethiopian Fayda number (the FIN on the card): twelve digits in fours."""
    d = v.digits(12)
    return v.rng.choice((f"{d[:4]} {d[4:8]} {d[8:]}", d, f"{d[:4]}-{d[4:8]}-{d[8:]}"))


def _et_tin(v: Values, lang: str) -> str:
    return "00" + v.digits(8)


def _kebele(v: Values, lang: str) -> str:
    """A kebele resident's id as Addis Ababa's sub-cities write it: the city, the sub-city, the
    woreda, the number."""
    return (f"AA/{v.rng.choice(('BL', 'YK', 'KK', 'AK', 'NL', 'GL', 'KT'))}/"
            f"{v.rng.randint(1, 14):02d}/{v.digits(v.rng.choice((5, 6)))}")


def _et_dob(v: Values, lang: str) -> str:
    """A birth date as an Ethiopian form asks for it, in the Ethiopian calendar: day, month
    (thirteen of them) and the year eight behind."""
    y, _, _ = v.birth()
    m, d = v.rng.randint(1, 13), v.rng.randint(1, 30)
    if m == 13:
        d = v.rng.randint(1, 5)
    return v.rng.choice((f"{d:02d}/{m:02d}/{y - 8} E.C.", f"{d:02d}-{m:02d}-{y - 8} EC", f"{d}/{m}/{y - 8}"))


def _ems_case(v: Values, lang: str) -> str:
    return v.rng.choice((f"EMS-{v.digits(6)}", f"912/{v.digits(5)}", f"AMB {v.digits(4)}-{v.rng.choice('KMHR')}"))


def _return_ref(v: Values, lang: str) -> str:
    return v.rng.choice((f"RTN{v.digits(7)}", f"DEC-{v.digits(4)}-{v.digits(3)}"))


def _rodne(v: Values, lang: str) -> str:
    """A Czech birth number: YYMMDD (the month plus 50 for a woman), a slash, four digits, the
    whole a multiple of eleven."""
    while True:
        y, m, d = v.birth()
        if y < 1954:
            continue
        head = f"{y % 100:02d}{m + v.rng.choice((0, 50)):02d}{d:02d}{v.digits(3, False)}"
        last = (-int(head) * 10) % 11
        if last < 10:
            n = head + str(last)
            return v.rng.choice((f"{n[:6]}/{n[6:]}", n, f"{n[:6]} / {n[6:]}"))


def _rodne_ok(text: str) -> bool:
    d = re.sub(r"[ /]", "", text)
    if not re.fullmatch(r"\d{10}", d) or int(d) % 11:
        return False
    m = int(d[2:4]) % 50
    yy = int(d[:2])
    try:
        date((1900 if yy >= 54 else 2000) + yy, m, int(d[4:6]))
    except ValueError:
        return False
    return True


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(c) * w for c, w in zip(digits.zfill(len(weights)), weights)) % 11


def _cz_account(v: Values, lang: str) -> str:
    """A Czech account: an optional prefix, the number (both modulo 11 with their weights),
    the bank's four-digit code after a slash."""
    while True:
        number = v.digits(v.rng.choice((9, 10)))
        if _weighted(number, CZ_ACCOUNT_W) == 0:
            break
    prefix = ""
    if v.rng.random() < 0.35:
        while True:
            p = v.digits(v.rng.choice((2, 6)))
            if _weighted(p, CZ_PREFIX_W) == 0:
                prefix = p + "-"
                break
    return f"{prefix}{number}/{v.rng.choice(CZ_BANKS)}"


def _cz_account_ok(text: str) -> bool:
    m = re.fullmatch(r"(?:(\d{1,6})-)?(\d{2,10})/(\d{4})", text)
    return (m is not None and _weighted(m[2], CZ_ACCOUNT_W) == 0
            and (m[1] is None or _weighted(m[1], CZ_PREFIX_W) == 0))


def _ico(v: Values, lang: str) -> str:
    """An IČO: seven digits and the check (weights 8 to 2)."""
    body = v.digits(7, False)
    return body + str((11 - sum(int(c) * (8 - i) for i, c in enumerate(body)) % 11) % 10)


def _ico_ok(text: str) -> bool:
    return (re.fullmatch(r"\d{8}", text) is not None
            and (11 - sum(int(c) * (8 - i) for i, c in enumerate(text[:7])) % 11) % 10 == int(text[7]))


def _cz_card(v: Values, lang: str) -> str:
    return v.rng.choice(("RA", "RB", "RC")) + v.digits(7, False)


def _phone_cz(v: Values, lang: str) -> str:
    d = _valid("CZ", ("601", "602", "603", "604", "605", "606", "608", "702", "720", "721", "731", "737", "775",
                      "777", "774"), 6, v)
    return v.rng.choice((f"+420 {d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"+420{d}",
                         f"00420 {d}"))


def _voenny(v: Values, lang: str) -> str:
    """A Russian military id: two letters, seven digits."""
    return f"{v.rng.choice(('АК', 'АН', 'АЕ', 'АМ', 'АС'))} {v.digits(7, False)}"


def _search_case(v: Values, lang: str) -> str:
    return v.rng.choice((f"заявка {v.digits(5)}", f"ПО-{v.digits(4)}/{v.rng.randint(20, 25)}", f"№{v.digits(6)}"))


def _bed(v: Values, lang: str) -> str:
    return v.rng.choice((f"Д-{v.digits(5)}", f"{v.rng.randint(1, 9)}/{v.digits(4)}-ОБЩ", f"ДН {v.digits(6)}"))


# -- family 4: escapes ------------------------------------------------------------------------

def pascal_chars(text: str) -> str:
    """A name as a Delphi or Pascal string constant writes it (an old accounting program's
    source or its export): ASCII runs quoted, each other character as ``#N``, its decimal
    code, ``'Ren'#233'e'``."""
    out, run = [], ""
    for c in text:
        if ord(c) < 128:
            run += "''" if c == "'" else c
            continue
        if run:
            out.append(f"'{run}'")
            run = ""
        out.append(f"#{ord(c)}")
    if run:
        out.append(f"'{run}'")
    return "".join(out)


def _from_pascal_chars(text: str) -> str:
    return "".join(m[1].replace("''", "'") if m[1] is not None else chr(int(m[2]))
                   for m in re.finditer(r"'((?:[^']|'')*)'|#(\d+)", text))


def tex_caret(text: str) -> str:
    """A name as a TeX log writes the bytes it cannot print (a letter template's log):
    each non-ASCII byte of the UTF-8 as ``^^`` and two lower-case hex digits, ``Ren^^c3^^a9e``."""
    return "".join(chr(b) if b < 128 else f"^^{b:02x}" for b in text.encode("utf-8"))


def _from_tex_caret(text: str) -> str:
    raw = re.sub(r"\^\^([0-9a-f]{2})", lambda m: chr(int(m[1], 16)), text)
    return raw.encode("latin-1").decode("utf-8")


# -- family 5: address layouts ----------------------------------------------------------------

KIGALI = (("KG", "Kimihurura", "Gasabo"), ("KG", "Kacyiru", "Gasabo"), ("KN", "Nyamirambo", "Nyarugenge"),
          ("KN", "Kiyovu", "Nyarugenge"), ("KK", "Kicukiro", "Kicukiro"), ("KG", "Remera", "Gasabo"),
          ("KK", "Niboye", "Kicukiro"))
RW_RURAL = (("Northern Province", "Musanze", "Muhoza", "Cyabararika"), ("Southern Province", "Huye", "Ngoma", "Butare"),
            ("Western Province", "Rubavu", "Gisenyi", "Umuganda"), ("Eastern Province", "Rwamagana", "Kigabiro", "Sibagire"),
            ("Southern Province", "Muhanga", "Nyamabuye", "Gahogo"), ("Northern Province", "Gicumbi", "Byumba", "Gisuna"))
RW_VILLAGES = ("Ubumwe", "Amahoro", "Kabeza", "Rugarama", "Nyarutovu", "Kamatamu", "Urukundo")
ADDIS = (("Bole", "1000"), ("Yeka", "1000"), ("Kirkos", "1000"), ("Arada", "1000"), ("Nifas Silk-Lafto", "1000"),
         ("Kolfe Keranio", "1000"), ("Lideta", "1000"), ("Akaky Kaliti", "1000"))
ET_LANDMARKS = (("Bole Medhanealem", "Edna Mall"), ("Kazanchis", "the Intercontinental"), ("Piassa", "St. George's Church"),
                ("CMC", "Michael Church"), ("Megenagna", "Zefmesh Grand Mall"), ("Sarbet", "the Canadian Embassy"),
                ("Gerji", "Unity University"))
ET_TOWNS = ("Bahir Dar", "Hawassa", "Adama", "Dire Dawa", "Mekelle", "Gondar", "Jimma")


def _rw_street(v: Values) -> list[str]:
    """Kigali's coded streets: the district's letters, the street's number, Ave, St or Rd, the
    house number, the neighbourhood."""
    r = v.rng
    code, area, district = r.choice(KIGALI)
    street = f"{code} {r.randint(1, 720)} {r.choice(('Ave', 'St', 'Rd'))}"
    return [r.choice((f"{street}, No. {r.randint(1, 120)}, {area}, Kigali",
                      f"House {r.randint(1, 120)}, {street}, {area}, {district}, Kigali",
                      f"{street} #{r.randint(1, 120)} {area}"))]


def _rw_admin(v: Values) -> list[str]:
    """The hills: the village (umudugudu), the cell, the sector, the district, the province."""
    r = v.rng
    province, district, sector, cell = r.choice(RW_RURAL)
    village = r.choice(RW_VILLAGES)
    return [r.choice((f"{village} Village, {cell} Cell, {sector} Sector, {district} District, {province}",
                      f"Umudugudu wa {village}, Akagari ka {cell}, Umurenge wa {sector}, {district}"))]


def _rw_box(v: Values) -> list[str]:
    r = v.rng
    return [f"P.O. Box {r.randint(10, 7999)}", r.choice(("Kigali", "Huye", "Musanze")), "Rwanda"]


def _et_subcity(v: Values) -> list[str]:
    """Addis Ababa: the sub-city, the woreda, the house number, the city."""
    r = v.rng
    sub, _ = r.choice(ADDIS)
    return [r.choice((f"{sub} Sub-City, Woreda {r.randint(1, 14):02d}, House No. {r.randint(1, 2999)}, Addis Ababa",
                      f"H.No. {r.randint(1, 2999)}, Wereda {r.randint(1, 14)}, {sub} K/K, A.A."))]


def _et_landmark(v: Values) -> list[str]:
    """As most of Addis gives a way there: the area, the landmark it is near, the city."""
    r = v.rng
    area, mark = r.choice(ET_LANDMARKS)
    return [f"{area}, {r.choice(('behind', 'near', 'opposite', 'next to'))} {mark}, "
            f"{r.choice(('blue gate', 'the green building', 'G+4 building', 'third house on the left'))}, Addis Ababa"]


def _et_box(v: Values) -> list[str]:
    r = v.rng
    town = r.choice(ET_TOWNS + ("Addis Ababa",))
    return [f"P.O.Box {r.randint(100, 99999)}", f"{town}{', 1000' if town == 'Addis Ababa' else ''}", "Ethiopia"]


PRAHA = (("Vinohradská", "120 00", "Praha 2"), ("Korunní", "130 00", "Praha 3"), ("Táborská", "140 00", "Praha 4"),
         ("Nádražní", "150 00", "Praha 5"), ("Dejvická", "160 00", "Praha 6"), ("Milady Horákové", "170 00", "Praha 7"),
         ("Sokolovská", "186 00", "Praha 8"))
CZ_TOWNS = (("Masarykova", "602 00", "Brno"), ("Zahradní", "360 01", "Karlovy Vary"), ("Sadová", "360 01", "Karlovy Vary"),
            ("Hlavní", "353 01", "Mariánské Lázně"), ("Nádražní", "301 00", "Plzeň"), ("Tylova", "460 01", "Liberec"))
CZ_RU = (("Прага 3", "Жижков", "Сейфертова"), ("Прага 4", "Нусле", "Таборская"), ("Прага 5", "Смихов", "Плзеньская"),
         ("Прага 8", "Карлин", "Соколовская"), ("Карловы Вары", "центр", "Садовая"), ("Брно", "Жабовржески", "Гусова"))
YAKUTSK = (("ул. Ленина", "677000"), ("ул. Кирова", "677000"), ("пр. Ленина", "677027"), ("ул. Ойунского", "677027"),
           ("ул. Лермонтова", "677007"), ("ул. Петровского", "677005"), ("ул. Билибина", "677013"))
ULUSES = (("Мегино-Кангаласский улус", "с. Майя", "678070"), ("Намский улус", "с. Намцы", "678380"),
          ("Хангаласский улус", "г. Покровск", "678000"), ("Чурапчинский улус", "с. Чурапча", "678670"),
          ("Усть-Алданский улус", "с. Борогонцы", "678350"), ("Амгинский улус", "с. Амга", "678600"))


def _cz_praha(v: Values) -> list[str]:
    """Prague as the Czech post writes it: the street, the number of the house in the land
    register and the street number (1234/56), the post code, the district's number."""
    r = v.rng
    street, code, city = r.choice(PRAHA)
    num = f"{r.randint(100, 2999)}/{r.randint(1, 120)}"
    return [r.choice((f"{street} {num}, {code} {city}", f"{street} {num}, byt č. {r.randint(1, 40)}, {code} {city}",
                      f"{street} {num} {code.replace(' ', '')} {city}"))]


def _cz_block(v: Values) -> list[str]:
    r = v.rng
    street, code, city = r.choice(CZ_TOWNS)
    return [f"{street} {r.randint(100, 2999)}/{r.randint(1, 90)}", f"{code} {city}", "Česká republika"]


def _cz_ru(v: Values) -> list[str]:
    r = v.rng
    city, part, street = r.choice(CZ_RU)
    return [f"{city}, {part}, {street} {r.randint(100, 2999)}/{r.randint(1, 90)}, {r.randint(1, 6)} этаж, "
            f"кв. {r.randint(1, 40)}"]


def _yak_city(v: Values) -> list[str]:
    r = v.rng
    street, code = r.choice(YAKUTSK)
    return [r.choice((f"{code}, Республика Саха (Якутия), г. Якутск, {street}, д. {r.randint(1, 80)}, кв. {r.randint(1, 120)}",
                      f"РС(Я), г. Якутск, {street}, {r.randint(1, 80)}/{r.randint(1, 4)}, кв. {r.randint(1, 120)}"))]


def _yak_mkr(v: Values) -> list[str]:
    """Yakutsk's 202nd microdistrict and the like: the building's number only, the block."""
    r = v.rng
    mkr = r.choice(("202 мкр.", "мкр. Сайсары", "мкр. Борисовка-1", "Губинский округ, мкр. Марха"))
    return [f"г. Якутск, {mkr}, корп. {r.randint(1, 30)}{r.choice(('', '/1', '/2'))}, кв. {r.randint(1, 150)}"]


def _yak_ulus(v: Values) -> list[str]:
    r = v.rng
    ulus, village, code = r.choice(ULUSES)
    street = r.choice(("ул. Советская", "ул. Ленина", "ул. Молодёжная", "ул. Ойунского"))
    return [f"{code}, РС(Я), {ulus}, {village}, {street}, д. {r.randint(1, 90)}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"rw_nid": _rw_nid, "rw_tin": _rw_tin, "rw_passport": _rw_passport, "phone_rw": _phone_rw,
            "phone_et": _phone_et, "fayda": _fayda, "et_tin": _et_tin, "kebele": _kebele, "et_dob": _et_dob,
            "ems_case": _ems_case, "return_ref": _return_ref, "rodne": _rodne, "cz_account": _cz_account,
            "ico": _ico, "cz_card": _cz_card, "phone_cz": _phone_cz, "voenny": _voenny, "search_case": _search_case,
            "bed": _bed},
    checks={"rw_nid": _rw_nid_ok, "rodne": _rodne_ok, "cz_account": _cz_account_ok, "ico": _ico_ok,
            "phone_rw": _dials("RW"), "phone_et": _dials("ET"), "phone_cz": _dials("CZ")},
    escapes={"pascal-chars": pascal_chars, "tex-caret": tex_caret},
    unescapes={"pascal-chars": _from_pascal_chars, "tex-caret": _from_tex_caret},
    lines={"rw_street": _rw_street, "rw_admin": _rw_admin, "rw_box": _rw_box, "et_subcity": _et_subcity,
           "et_landmark": _et_landmark, "et_box": _et_box, "cz_praha": _cz_praha, "cz_block": _cz_block,
           "cz_ru": _cz_ru, "yak_city": _yak_city, "yak_mkr": _yak_mkr, "yak_ulus": _yak_ulus},
    people={"en": ("am_ET", "fr_BE"), "ru": ("cs_CZ", "sk_SK")},
)

BANK: dict = {
    1: {
        "phone": {"en": ["caller's callback number is {v}, she is crying",
                         "murakoze, my MTN number is {v}",
                         "the ambulance crew can call me on {v}, I'm at the junction",
                         "my Ethio Telecom number, {v}, only that one works",
                         "the client's phone for the tax return, {v}",
                         "please, the man who fell, his son's number is {v}",
                         "yego, write it, {v}",
                         "the accountant's mobile is {v}, call before five",
                         "my number in ⟦Kigali|LOCATION⟧ is {v}, the other is in ⟦Goma|LOCATION⟧",
                         "the neighbour who called it in gave {v}",
                         "ishi, take my number, {v}",
                         "the driver of the second ambulance is on {v}"],
                  "ru": ["мой чешский номер {v}, декую",
                         "коменданту общежития звоните на {v}",
                         "координатор поиска, номер {v}",
                         "номер мамы пропавшего {v}, она не спит",
                         "махтал, мой номер {v}",
                         "звоните на {v}, я в ⟦Брно|LOCATION⟧ до среды",
                         "номер вахты {v}, ночью тоже",
                         "на {v} пишите, я в лесу связь ловлю",
                         "записывайте, короче, {v}, это сестры",
                         "мой номер в ⟦Якутске|LOCATION⟧ {v}, вайбер"]},
        "email": {"en": ["the tax client's email is {v}",
                         "send the assessment to {v}, murakoze",
                         "the hospital wants the report at {v}",
                         "my email, {v}, with the same spelling as the ID",
                         "email the receipt to {v} please",
                         "the dispatcher's shift email is {v}",
                         "for the withholding certificate write to {v}",
                         "her email, she said, {v}, ameseginalehu"],
                  "ru": ["почта для заселения {v}",
                         "почта штаба поиска {v}",
                         "мой имейл {v}, просим",
                         "пишите на {v}, я на смене до восьми",
                         "сестра пропавшего дала почту {v}",
                         "почта коменданта {v}",
                         "мой мейл в ⟦Праге|LOCATION⟧ {v}",
                         "договор найма пришлите на {v}"]},
        "dob": {"en": ["the patient was born {v}, he is not breathing well",
                       "I was born {v} in ⟦Huye|LOCATION⟧",
                       "the client's birth date, {v}, for the TIN form",
                       "my mother was born {v} in ⟦Gondar|LOCATION⟧",
                       "the child was born {v}, he swallowed something",
                       "born {v} at ⟦King Faisal Hospital|ORGANIZATION⟧",
                       "she says she was born {v}, yego",
                       "the old man was born {v}, in ⟦Bahir Dar|LOCATION⟧"],
                "ru": ["я родилась {v} в ⟦Нерюнгри|LOCATION⟧",
                       "пропавший родился {v}, ему семьдесят два",
                       "сын родился {v}, уже в ⟦Праге|LOCATION⟧",
                       "жилец родился {v}, так в паспорте",
                       "эбээ родилась {v}, в наслеге",
                       "родился {v}, пишите в ориентировку",
                       "дочка родилась {v}, в роддоме ⟦Карловых Вар|LOCATION⟧",
                       "эһээ родился {v}, в ⟦Чурапче|LOCATION⟧"]},
        "fillers": {"en": ["eeh", "sawa, sawa, eeh", "yego yego", "mbese", "ishi", "ah, wait, wait", "ebakih", "ishi ishi", "aya",
                           "tena", "wait a bit, please", "you know, eh"],
                    "ru": ["чэ", "кэбис", "ано, ано", "почкей, почкей", "добрже", "значит, вот", "ну, эмиэ", "минутку, да",
                           "эээ, сейчас"]},
        "digit_sep": {"en": [" ... [siren] ... ", " -- eeh -- ", " [line crackles] "],
                      "ru": [" ... [рация шипит] ... ", " -- чэ -- ", " [вахтёр кашляет] "]},
        "email_at": {"en": [" arobase, ", " [at, eeh] ", " at-sign, sawa, "],
                     "ru": [" завинач ", " собака, ну, чэ, ", " (собачка, ано) "]},
        "email_dot": {"en": [" dot, sawa, ", " (point, yego) ", " dot again, "],
                      "ru": [" тэчка ", " точка, кэбис, ", " (точка, добрже) "]},
        "spell": {"en": [", I'll spell it slowly, ", " -- letters -- "], "ru": [", буква за буквой, ", " ... диктую ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("ID no. (RW)", "GOV_ID", "rw_nid"), ("indangamuntu", "GOV_ID", "rw_nid"),
                        ("national ID, Rwanda:", "GOV_ID", "rw_nid"), ("caller's NID", "GOV_ID", "rw_nid"),
                        ("RRA TIN", "GOV_ID", "rw_tin"), ("TIN (RRA):", "GOV_ID", "rw_tin"),
                        ("Rwandan passport", "GOV_ID", "rw_passport"), ("passport no. (RW):", "GOV_ID", "rw_passport"),
                        ("Fayda", "GOV_ID", "fayda"), ("Fayda FIN:", "GOV_ID", "fayda"), ("digital ID (Fayda) no.", "GOV_ID", "fayda"),
                        ("ERCA TIN", "GOV_ID", "et_tin"), ("taxpayer no. (ET):", "GOV_ID", "et_tin"),
                        ("kebele ID", "GOV_ID", "kebele"), ("kebele card no.:", "GOV_ID", "kebele"),
                        ("MTN no.", "PHONE", "phone_rw"), ("callback (RW):", "PHONE", "phone_rw"), ("caller's phone", "PHONE", "phone_rw"),
                        ("Ethio tel", "PHONE", "phone_et"), ("mobile (ET):", "PHONE", "phone_et"),
                        ("next of kin tel.", "PHONE", "phone_fmt"), ("office line (client)", "PHONE", "phone_sep"),
                        ("DOB (E.C.)", "DATE_OF_BIRTH", "et_dob"), ("birth date, Ethiopian calendar:", "DATE_OF_BIRTH", "et_dob"),
                        ("DOB of patient (EMS)", "DATE_OF_BIRTH", "dob_slash"), ("client born", "DATE_OF_BIRTH", "dob_month"),
                        ("date of birth (taxpayer):", "DATE_OF_BIRTH", "dob_iso"), ("DOB of casualty", "DATE_OF_BIRTH", "dob_dashes"),
                        ("incident no.", "OTHER", "ems_case"), ("EMS case:", "OTHER", "ems_case"),
                        ("return ref.", "OTHER", "return_ref"), ("filing ref:", "OTHER", "return_ref"),
                        ("tax portal password", "SECRET", "password"), ("gate code at the compound:", "SECRET", "pin4"),
                        ("driving licence (abroad)", "GOV_ID", "licence")],
                 "ru": [("rodné číslo", "GOV_ID", "rodne"), ("родне число:", "GOV_ID", "rodne"),
                        ("РЧ ребёнка", "GOV_ID", "rodne"), ("чешский личный номер", "GOV_ID", "rodne"),
                        ("číslo účtu", "OTHER", "cz_account"), ("счёт в ⟦Фио банке|ORGANIZATION⟧:", "OTHER", "cz_account"),
                        ("чешский счёт для залога", "OTHER", "cz_account"),
                        ("IČO", "GOV_ID", "ico"), ("ИЧО живностенского:", "GOV_ID", "ico"),
                        ("карта пребывания №", "GOV_ID", "cz_card"), ("průkaz o pobytu:", "GOV_ID", "cz_card"),
                        ("чешский мобильный", "PHONE", "phone_cz"), ("тел. (CZ):", "PHONE", "phone_cz"),
                        ("телефон родственника", "PHONE", "phone_fmt"), ("тел. жильца", "PHONE", "phone_sep"),
                        ("военник жильца", "GOV_ID", "voenny"), ("в/б №", "GOV_ID", "voenny"),
                        ("номер заявки на поиск", "OTHER", "search_case"), ("карточка поиска:", "OTHER", "search_case"),
                        ("договор найма койко-места", "OTHER", "bed"), ("пропуск в общагу:", "OTHER", "bed"),
                        ("паспорт жильца", "GOV_ID", "passport_ru"), ("паспорт пропавшего:", "GOV_ID", "passport_no"),
                        ("СНИЛС жильца", "GOV_ID", "snils"), ("ИНН проживающего", "GOV_ID", "inn"),
                        ("полис ОМС пропавшего", "OTHER", "digits16"), ("в/у пропавшего", "GOV_ID", "vu_ru"),
                        ("дата рожд. пропавшего:", "DATE_OF_BIRTH", "dob_dots"), ("жилец родился", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. ребёнка (CZ)", "DATE_OF_BIRTH", "dob_short"),
                        ("код от камеры хранения", "SECRET", "pin4"), ("пароль от вайфая общаги:", "SECRET", "password")]},
        "carriers": {"en": ["Call log: {v}", "{v} (from the caller)", "tax folder - {v}", "{v}, murakoze",
                            "on the patient card: {v}", "{v} ameseginalehu", "the client read out {v}",
                            "for the declaration: {v}", "Box 7 of the return: {v}"],
                     "ru": ["в карточке жильца: {v}", "{v}, декую", "в ориентировке {v}", "{v} (со слов сестры)",
                            "для прописки в общежитии: {v}", "{v}, махтал", "кинула в телегу {v}",
                            "в анкете на поиск: {v}", "для визового отдела: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the ambulance service on X, {v}", "tag {v} in the dispatch group", "the tax lady is {v} on Insta",
                      "my TikTok is {v}, murakoze", "DM {v} for the tax deadline", "I'm {v} on Telegram, sawa"],
               "ru": ["наш отряд в инсте {v}", "отметь {v} в чате общаги", "{v} в телеге, она координатор",
                      "старший по лесу в телеге {v}", "ник в чате русских в ⟦Чехии|LOCATION⟧ {v}", "пишите {v}, он комендант"]},
        "url": {"en": ["my page about first aid is {v}", "the tax office guide I follow, {v}", "our dispatch blog {v}",
                       "the client's shop page is {v}", "my page, sawa, {v}", "look at this one {v}, yego"],
               "ru": ["мой канал про ⟦Прагу|LOCATION⟧ {v}", "фото с поисков на {v}", "страница общежития {v}",
                      "мой блог про жизнь в ⟦Якутии|LOCATION⟧ {v}", "отзывы о хостеле: {v}", "глянь тут, добрже, {v}"]},
        "url_layouts": {"any": ["https://{site}?ref=whatsapp_status", "{site} (the link)", "https://www.{site}/#about",
                                "<{site}> yego"]},
        "ssh": {"any": ["ssh -o ConnectTimeout=10 -l ops {v}", "ssh -p 2022 -i ~/.ssh/dispatch {v}",
                        "scp returns.zip {v}:/srv/tax/", "rsync -avz ./calls/ {v}:/backup/calls/"]},
        "remote": {"any": ["git clone --recurse-submodules https://github.com/{v}.git", "git remote add rescue git@gitlab.com:{v}.git",
                           "go get github.com/{v}@main", "npm install git+ssh://git@github.com/{v}.git"]},
        "registry": {"any": ["docker pull quay.io/{v}:stable", "FROM docker.io/{v}:bookworm",
                             "podman run --rm ghcr.io/{v}:2024", "docker push registry.gitlab.com/{v}:rc"]},
        "home": {"any": ["/home/{v}/dispatch/", "C:\\Users\\{v}\\Documents\\Returns\\", "/Users/{v}/Desktop/tax/",
                         "/var/home/{v}/hostel/"]},
        "tool": {"en": ["the dispatch PC hung on {v}", "the IT man told me to type {v}", "it stopped at {v}, eeh",
                        "paste {v} in the tax group"],
                 "ru": ["сын соседки запускал {v}", "айтишник из ⟦Брно|LOCATION⟧ сказал ввести {v}",
                        "всё повисло на {v}, чэ", "скинул {v} в чат отряда"]},
        "mention": {"en": ["{h} murakoze!", "{h} sawa!", "{h} can you take the next call?", "{h}: filed, yego",
                           "thanks {h}, ameseginalehu", "{h} eeh, really?"],
                    "ru": ["{h}, декую!", "{h} махтал", "{h}, скинь карту квадрата", "{h}: принято, добрже",
                           "спасибо, {h}, ано", "{h} ну ты даёшь, догор"]},
    },
    4: {
        "url": {"en": ["the tax portal link had ?{k}={v}&year=2024", "the dispatch form prefilled {k}={v}",
                       "the SMS from the hospital carried {k}={v}&src=sms", "GET /callers/lookup?{k}={v} 200"],
                "ru": ["ссылка на бронь койки ?{k}={v}&lang=cs", "в ссылке на анкету добровольца {k}={v}",
                       "в переходе из телеги {k}={v}&src=tg", "в логе хостела: GET /guests?{k}={v}"]},
        "markup": {"en": ["the tax receipt HTML has <td class=\"{k}\">{v}</td>",
                          "the call summary template reads <b>{v}</b>",
                          "the intake form has <input name=\"{k}\" value=\"{v}\">"],
                   "ru": ["в HTML квитанции общежития <td class=\"{k}\">{v}</td>",
                          "в шаблоне ориентировки <strong>{v}</strong>",
                          "в форме заселения <input name=\"{k}\" value=\"{v}\">"]},
        "prose": {"en": ["the MoMo receipt shows the payer as {v}", "the stretcher tag says {v}",
                         "the return is filed in the name of {v}", "the call sheet reads {v}"],
                  "ru": ["в приложении ⟦Райффайзенбанка|ORGANIZATION⟧ получатель {v}", "на бейдже поисковика {v}",
                         "в списке жильцов {v}", "в договоре найма {v}"]},
        "escapes": {"pascal-chars": {"en": ["the old tax program's export has the client as {v}",
                                            "the dispatch software's source hard-codes the caller as {v}",
                                            "the accounting unit's constant reads {v}"],
                                     "ru": ["в выгрузке старой программы общаги жилец {v}",
                                            "в исходнике программы коменданта фамилия как {v}",
                                            "в дельфийском модуле учёта записано {v}"]},
                    "tex-caret": {"en": ["the LaTeX log of the assessment letter shows the client as {v}",
                                         "the ambulance report's PDF build warned about {v}",
                                         "the overfull box line in the tax letter log has {v}"],
                                  "ru": ["в логе латеха справки общежития жилец {v}",
                                         "при сборке ориентировки в PDF в логе фамилия {v}",
                                         "в логе вёрстки списка жильцов вышло {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the ambulance is going to {v}", "the caller is at {v}, near the shop",
                        "the client lives at {v}", "the accident is at {v}", "post the tax papers to {v}",
                        "patient's home address per the ID: {v}"],
                 "ru": ["адрес: {v}, звонок не работает", "мы живём {v}, у остановки", "штаб поиска на {v}",
                        "общежитие по адресу {v}", "я теперь снимаю {v}", "пропавший прописан {v}"]},
        "block": {"en": ["Send the crew to:\n{v}", "Pickup\n{v}\n(caller waiting outside)",
                         "Taxpayer's address:\n{v}\nfor the notice", "Post the certificate to -\n{v}"],
                  "ru": ["Адрес для визы (CZ):\n{v}", "Штаб\n{v}\n(после 22:00 через вахту)",
                         "Адрес проживания:\n{v}\nзвонить коменданту", "Куда прислать -\n{v}"]},
        "layouts": {"en": ["rw_street", "rw_admin", "rw_box", "et_subcity", "et_landmark", "et_box"],
                    "ru": ["cz_praha", "cz_block", "cz_ru", "yak_city", "yak_mkr", "yak_ulus"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Caller: {v}", "Casualty: {v}", "Taxpayer (client): {v}", "the call-taker {v} is on the night shift",
                        "the woman said her name is {v}", "Crew paramedic: {v}", "the return was signed by {v}",
                        "Next of kin (per caller): {v}"],
                 "ru": ["Жилец: {v}", "Координатор: {v}", "комендант {v} выдала ключи",
                        "пропавший — {v}", "Заявительница поиска: {v}", "звонила {v} насчёт брата",
                        "Вахтёр: {v}"]},
        "kin": {"en": [("my mukecuru", "f"), ("my muzehe", "m"), ("my tantine", "f"), ("my tonton", "m"), ("my akoko", "f"),
                       ("my ayate", "m"), ("my emama", "f"), ("my gashe", "m"), ("my shift partner", "m"), ("my tax client", "f")],
                "ru": [("моя эбээ", "f"), ("мой эһээ", "m"), ("мой догор", "m"), ("моя балыс", "f"),
                       ("моя бабичка из ⟦Брно|LOCATION⟧", "f"), ("мой сосед по комнате", "m"), ("мой старший по лесу", "m"),
                       ("моя комендантша", "f"), ("мой вахтёр", "m")]},
        "kin_carriers": {"en": ["{v} will meet the ambulance", "{v} is paying the tax arrears",
                                "{v} flies in from ⟦Addis Ababa|LOCATION⟧", "{v} will bring the ID",
                                "{v} called it in", "{v} is driving to ⟦Rubavu|LOCATION⟧"],
                         "ru": ["{v} заберёт ключи от комнаты", "{v} прилетит из ⟦Якутска|LOCATION⟧", "{v} ведёт группу в лес",
                                "{v} дежурит на вахте", "{v} передаёт привет из ⟦Пльзени|LOCATION⟧", "{v} оформит пребывание"]},
        "wordnames": {"en": {"f": ["Sifa", "Gentille", "Merci", "Providence", "Esperance", "Clementine"],
                             "m": ["Fidele", "Aimable", "Pacifique", "Honest", "Modest", "Patient"]},
                      "ru": {"f": ["Сардана", "Ярмила", "Кюнней"], "m": ["Айаал", "Эрчим", "Май"]}},
        "list": {"en": ["Callers still waiting:\n{v}", "Returns due\n{v}", "Crew on shift:\n{v}",
                        "| Client | Return |\n|---|---|\n{v}"],
                 "ru": ["Группа в квадрат 14:\n{v}", "Не сдали за койку\n{v}", "Состав отряда:\n{v}",
                        "| Жилец | Комната |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - filed", ">> {v} (urgent)", "{v} [crew]", "| {v} | 3B |"]},
        "broken": {"en": ["the transfer form was signed by the paramedic {v} at the hospital",
                          "the return was checked by the preparer {v} on Friday"],
                   "ru": ["ключи выдала комендант {v}", "ориентировку составил координатор {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the call came through {v}", "the dispatch router is {v}",
                      "allow {v} on the tax office firewall", "the ambulance tablet reported from {v}",
                      "the hospital camera dropped {v}", "my IP, sawa, is {v}"],
               "ru": ["вход в систему общаги с {v}", "роутер штаба {v}", "айпи сайта хостела {v}",
                      "какой-то левый вход с {v}", "разблокируйте {v}, просим", "мой айпишник {v}, махтал"]},
        "iban": {"en": ["refund the overpaid tax to {v}", "my account abroad is {v}", "the firm's IBAN is {v}",
                        "the diaspora client pays from {v}"],
                 "ru": ["за койку переводите на {v}", "мой счёт в ⟦Česká spořitelna|ORGANIZATION⟧ {v}",
                        "залог за комнату верните на IBAN {v}", "на бензин для поиска {v}"]},
        "mac": {"en": ["the ambulance tablet's MAC is {v}", "the dispatch headset's MAC {v}", "add {v} to the Wi-Fi, sawa",
                       "the tax office AP logged {v}"],
                "ru": ["MAC рации координатора {v}", "MAC ноутбука вахты {v}", "пропиши {v} в роутер",
                       "роутер в общаге режет {v}"]},
        "card": {"en": ["the card for the filing fee is {v}", "charge {v} for the callout", "the client paid with {v}",
                        "the caller read the card as {v}"],
                 "ru": ["карта для оплаты койки {v}", "номер карты координатора {v}", "скинь на карту {v}, декую",
                        "карта {v}, потерял в ⟦Праге|LOCATION⟧, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Mwiriwe, I'm {v}", "Name of the caller: {v}"],
                         "GOV_ID": ["my licence number from home is {v}", "DL (foreign): {v}"],
                         "USERNAME": ["my username on the tax portal is {v}", "tax portal login: {v}"]},
                  "ru": {"PERSON": ["Дорообо, это {v}", "ФИО пропавшего: {v}"],
                         "GOV_ID": ["паспорт РФ жильца {v}", "паспорт заявителя {v}"],
                         "USERNAME": ["мой логин на сайте отряда {v}", "логин в системе общежития: {v}"]}},
        "later": {"en": ["regarding the caller {v} again", "still waiting on {v}, eeh", "{v} phoned back, murakoze", "chasing {v}, sawa",
                         "(tax client {v})"],
                  "ru": ["по жильцу {v}", "{v} опять звонила про брата", "напоминаю про пропавшего {v}", "(см. выше про поиск: {v})",
                         "{v}, ответьте, просим"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the oxygen order {v} is late", "the receipt book order {v} came wrong",
                     "the ⟦Jumia|ORGANIZATION⟧ order {v} arrived"],
              "ru": ["заказ {v} на ⟦Alza|ORGANIZATION⟧", "заказ бельё {v} для общаги", "отмена по заказу {v}, декую"]},
    "price": {"en": ["the filing fee is {v}", "the callout costs {v}", "the penalty came to {v}"],
              "ru": ["койка на месяц {v}", "бензин на поиск {v}", "комната в ⟦Смихове|LOCATION⟧ {v} в месяц"]},
    "timestamp": {"en": ["the call came in {v}", "the crew arrived {v}", "the portal closed {v}"],
                  "ru": ["отбой в общаге в {v}", "сбор отряда в {v}", "выезд на поиск в {v}"]},
    "version": {"en": ["the dispatch app {v} crashes", "the tax software {v}", "since the {v} update of the portal"],
                "ru": ["приложение отряда {v}", "версия программы общаги {v}", "после обновления {v} не грузит карты"]},
    "room": {"en": ["the call-takers sit in room {v}", "the patient is in ward {v}", "the tax clinic is in office {v}"],
             "ru": ["комната {v}, второй этаж", "штаб в кабинете {v}", "койка в блоке {v}"]},
    "flight": {"en": ["my flight to ⟦Addis Ababa|LOCATION⟧ is {v}", "the client lands on {v}", "the organ went on {v}"],
               "ru": ["летим в ⟦Мирный|LOCATION⟧ рейсом {v}", "{v} задержали, кэбис", "встречай с {v} в ⟦Праге|LOCATION⟧"]},
    "isbn": {"en": ["the first-aid manual is ISBN {v}", "the tax guide, ISBN {v}", "ISBN {v}, the Amharic grammar"],
             "ru": ["справочник поисковика ISBN {v}", "ISBN {v}, учебник чешского", "ISBN {v}, якутско-русский словарь"]},
    "doc-ip": {"en": ["the radio manual shows {v}", "the tax software guide's example is {v}", "the dispatch network sheet has {v}"],
               "ru": ["в инструкции к рации {v}", "в примере настройки роутера общаги {v}", "в схеме сети штаба {v}"]},
    "spoken-date": {"en": ["the return is due {v}", "the training is on {v}", "the audit is booked for {v}"],
                    "ru": ["заселение перенесли на {v}", "поиск продлили до {v}", "сбор отряда на {v}"]},
    "kinship-verb": {"en": ["my muzehe {v} call back", "my tonton {v} pay it", "my emama {v} come later"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Murakoze, noted.", "Okay, the call sheet is updated.", "Sawa, saved.", "Alright, sending the crew.",
                        "Thanks, the return is updated.", "Ishi, done."],
                 "ru": ["Декую, записала.", "Хорошо, поправила в карточке.", "Махтал, внесла.", "Поняла, передам в штаб.",
                        "Спасибо, карточку жильца обновила.", "Добрже, готово."]}
