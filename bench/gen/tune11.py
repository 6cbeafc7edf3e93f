"""The bank of ``tune11``, the eleventh pair's tune set, and the code that is its own.

Its writers: Botswana English (Gaborone, Francistown, Maun, Serowe, Molepolole and the
villages' wards; Setswana words) and South Korean English (Seoul, Busan, Incheon, Daejeon;
Korean words), home-care agencies with the families of their elderly clients, and gyms and
fitness studios with their members; in Russian, Russian speakers living in Montenegro (Budva,
Bar, Herceg Novi, Tivat, Podgorica; Montenegrin words in Russian sentences) and speakers in
Bashkortostan (Ufa, Sterlitamak, Salavat and the villages; Bashkir words), pawnshops with their
customers, and animal-shelter volunteers with the people who adopt. Its own shapes (each with
the check a reader runs where the id has one), address layouts, two escapes of family 4 and
the locales of its writers' names are in :data:`OWN`; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here. Written from memory, not from a
specification: the layout of the Omang (nine digits, the fifth 1 for a man and 2 for a woman,
no check written), of the Korean passport, of Botswana medical-aid numbers with their
dependant code, of the Montenegrin PIB (eight digits, no check written), of pawn tickets (a
series and six digits), the Gaborone plot and extension numbering, the Botswana private bags,
the Korean road-name addresses with their five-digit post codes, the Montenegrin post codes
and the "bb" (no number) of their streets, and the post codes of Ufa and Bashkortostan. The
Korean resident registration number's check (weights 2 to 9 then 2 to 5, eleven less the sum
modulo 11, modulo 10; the seventh digit 1 or 2 for the 1900s, 3 or 4 for the 2000s, 5 to 8 for
foreigners), the Korean business registration number's check (weights 1 3 7 1 3 7 1 3 5, the
ninth digit's fivefold's tens added, ten less the sum modulo 10) and the JMBG's (weights 7 to 2
twice, eleven less the sum modulo 11, 10 and 11 written 0; Montenegro's regions 21 to 29) are
as published.
"""

from __future__ import annotations

import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Botswana (Mascom, Orange, BTC) and South Korea
MOBILES = (("BW", ("71", "72", "73", "74", "75", "76", "77"), 6, (2, 3, 3)),
           ("KR", ("010",), 8, (3, 4, 4)))
RRN_W = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
BRN_W = (1, 3, 7, 1, 3, 7, 1, 3, 5)
JMBG_W = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

def _omang(v: Values, lang: str) -> str:
    """An Omang: nine digits, the fifth 1 for a man, 2 for a woman."""
    d = f"{v.digits(4)}{v.rng.choice('12')}{v.digits(4, False)}"
    return v.rng.choice((d, f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:4]}-{d[4]}-{d[5:]}"))


def _omang_ok(text: str) -> bool:
    return re.fullmatch(r"\d{4}[12]\d{4}", re.sub(r"[ -]", "", text)) is not None


def _medaid(v: Values, lang: str) -> str:
    """A medical-aid member number and the dependant's code after a slash."""
    return f"{v.digits(v.rng.choice((7, 8)))}/{v.rng.choice(('00', '01', '02', '03'))}"


def _phone_bw(v: Values, lang: str) -> str:
    d = _valid("BW", ("71", "72", "73", "74", "75", "76", "77"), 6, v)
    return v.rng.choice((f"+267 {d[:2]} {d[2:5]} {d[5:]}", f"{d[:2]} {d[2:5]} {d[5:]}", d, f"+267{d}",
                         f"(+267) {d[:4]} {d[4:]}"))


def _rrn(v: Values, lang: str, foreign: bool = False) -> str:
    """A Korean resident registration number, YYMMDD, a hyphen, the sex and century digit, five
    digits and the check; a foreigner's registration number has 5 to 8 for the seventh."""
    y, m, d = v.birth()
    sex = v.rng.choice(("78" if foreign else "34") if y >= 2000 else ("56" if foreign else "12"))
    body = f"{y % 100:02d}{m:02d}{d:02d}{sex}{v.digits(5, False)}"
    check = (11 - sum(int(c) * w for c, w in zip(body, RRN_W)) % 11) % 10
    return v.rng.choice((f"{body[:6]}-{body[6:]}{check}", f"{body}{check}", f"{body[:6]} - {body[6:]}{check}"))


def _rrn_ok(text: str) -> bool:
    d = re.sub(r"[ -]", "", text)
    return (re.fullmatch(r"\d{13}", d) is not None
            and (11 - sum(int(c) * w for c, w in zip(d, RRN_W)) % 11) % 10 == int(d[12]))


def _arc(v: Values, lang: str) -> str:
    return _rrn(v, lang, foreign=True)


def _arc_ok(text: str) -> bool:
    return _rrn_ok(text) and re.sub(r"[ -]", "", text)[6] in "5678"


def _brn(v: Values, lang: str) -> str:
    """A Korean business registration number, 123-45-67890 with its check."""
    body = v.digits(9)
    total = sum(int(c) * w for c, w in zip(body, BRN_W)) + int(body[8]) * 5 // 10
    d = body + str((10 - total % 10) % 10)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}"


def _brn_ok(text: str) -> bool:
    d = text.replace("-", "")
    if not re.fullmatch(r"\d{10}", d):
        return False
    total = sum(int(c) * w for c, w in zip(d, BRN_W)) + int(d[8]) * 5 // 10
    return (10 - total % 10) % 10 == int(d[9])


def _kr_passport(v: Values, lang: str) -> str:
    return v.rng.choice((f"M{v.digits(8, False)}", f"M{v.digits(3, False)}{v.rng.choice('ABCDEFG')}{v.digits(4, False)}"))


def _phone_kr(v: Values, lang: str) -> str:
    d = _valid("KR", ("010",), 8, v)
    return v.rng.choice((f"{d[:3]}-{d[3:7]}-{d[7:]}", f"+82 10-{d[3:7]}-{d[7:]}", d, f"+82 10 {d[3:7]} {d[7:]}"))


def _care_ref(v: Values, lang: str) -> str:
    return v.rng.choice((f"CP-{v.digits(5)}", f"HC/{v.rng.randint(18, 25)}/{v.digits(4)}", f"CL{v.digits(6)}"))


def _member(v: Values, lang: str) -> str:
    return v.rng.choice((f"FIT{v.digits(6)}", f"M-{v.digits(4)}-{v.digits(3)}", f"{v.digits(8)}G"))


def _jmbg(v: Values, lang: str) -> str:
    """A JMBG of someone registered in Montenegro: DDMMYYY, the region (21 to 29), three
    digits, the check."""
    y, m, d = v.birth()
    body = f"{d:02d}{m:02d}{y % 1000:03d}{v.rng.randint(21, 29)}{v.digits(3, False)}"
    k = 11 - sum(int(c) * w for c, w in zip(body, JMBG_W)) % 11
    return body + str(0 if k > 9 else k)


def _jmbg_ok(text: str) -> bool:
    if not re.fullmatch(r"\d{13}", text):
        return False
    k = 11 - sum(int(c) * w for c, w in zip(text, JMBG_W)) % 11
    return (0 if k > 9 else k) == int(text[12]) and 21 <= int(text[7:9]) <= 29


def _pib(v: Values, lang: str) -> str:
    return "0" + v.digits(7)


def _phone_me(v: Values, lang: str) -> str:
    d = _valid("ME", ("067", "068", "069", "063", "066"), 6, v)
    return v.rng.choice((f"+382 {d[1:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"+382{d[1:]}",
                         f"00382 {d[1:3]} {d[3:]}", f"{d[:3]}/{d[3:6]}-{d[6:]}"))


def _pawn(v: Values, lang: str) -> str:
    """A pawn ticket, a strict-reporting form: a series of two letters and six digits."""
    series = v.rng.choice(("АА", "АБ", "ЗБ", "ЛО", "УФ"))
    return v.rng.choice((f"{series} № {v.digits(6, False)}", f"{series}{v.digits(6, False)}", f"{series}-{v.digits(6, False)}"))


def _adopt(v: Values, lang: str) -> str:
    return v.rng.choice((f"ДП-{v.digits(4)}/{v.rng.randint(21, 25)}", f"П{v.digits(5)}", f"{v.digits(3)}-ПРИЮТ"))


# -- family 4: escapes ------------------------------------------------------------------------

def ps_char(text: str) -> str:
    """A name inside a PowerShell double-quoted string whose script was saved as ASCII: each
    other character as a subexpression, ``Ren$([char]0x00E9)e``."""
    return "".join(c if ord(c) < 128 and c not in '$`"' else f"$([char]0x{ord(c):04X})" for c in text)


def _from_ps_char(text: str) -> str:
    return re.sub(r"\$\(\[char\]0x([0-9A-F]{4})\)", lambda m: chr(int(m[1], 16)), text)


def xtext(text: str) -> str:
    """A name as a delivery status notification's xtext (RFC 3461) writes it: each byte of the
    UTF-8 outside ``!`` to ``~``, and ``+`` and ``=``, as ``+`` and two upper-case hex digits."""
    return "".join(chr(b) if 33 <= b <= 126 and b not in (43, 61) else f"+{b:02X}" for b in text.encode("utf-8"))


def _from_xtext(text: str) -> str:
    raw = re.sub(r"\+([0-9A-F]{2})", lambda m: chr(int(m[1], 16)), text)
    return raw.encode("latin-1").decode("utf-8")


# -- family 5: address layouts ----------------------------------------------------------------

GABORONE = (("Extension", (2, 3, 5, 9, 10, 11, 12, 14, 15)), ("Block", (3, 5, 6, 7, 8, 9, 10)),
            ("Phase", (1, 2, 4)), ("Phakalane, Phase", (1, 2, 3)), ("Tlokweng, Plot", None),
            ("Mogoditshane, Ward", None))
BW_WARDS = (("Mokgalo Ward", "Serowe"), ("Botalaote Ward", "Serowe"), ("Boseja Ward", "Maun"),
            ("Disaneng Ward", "Maun"), ("Kgosing Ward", "Molepolole"), ("Ntloedibe Ward", "Molepolole"),
            ("Tsienyane Ward", "Kanye"), ("Goo-Sekgweng Ward", "Mochudi"))
BW_TOWNS = ("Gaborone", "Francistown", "Maun", "Lobatse", "Palapye", "Selebi-Phikwe", "Kasane")
KR_ROADS = (("Banpo-daero", "Seocho-gu", "Seoul", "065"), ("Teheran-ro", "Gangnam-gu", "Seoul", "061"),
            ("Olympic-ro", "Songpa-gu", "Seoul", "055"), ("Haeundae-ro", "Haeundae-gu", "Busan", "480"),
            ("Jungang-daero", "Dong-gu", "Busan", "487"), ("Convensia-daero", "Yeonsu-gu", "Incheon", "219"),
            ("Daehak-ro", "Yuseong-gu", "Daejeon", "341"), ("Dongil-ro", "Nowon-gu", "Seoul", "017"))
KR_COMPLEX = ("Raemian", "Hillstate", "e-Pyeonhansesang", "Xi", "Prugio", "Lotte Castle", "Jugong")


def _bw_plot(v: Values) -> list[str]:
    """Gaborone's plots: the plot's number and the extension, block or phase it lies in."""
    r = v.rng
    area, numbers = r.choice(GABORONE)
    plot = r.randint(100, 79999)
    if numbers is None:
        return [f"Plot {plot}, {area.split(',')[0]}"]
    return [r.choice((f"Plot {plot}, {area} {r.choice(numbers)}, Gaborone", f"Plot {plot} {area} {r.choice(numbers)}",
                      f"Plot no. {plot}, {area} {r.choice(numbers)}, Gabs"))]


def _bw_ward(v: Values) -> list[str]:
    r = v.rng
    ward, village = r.choice(BW_WARDS)
    return [r.choice((f"{ward}, {village}", f"Plot {r.randint(10, 3999)}, {ward}, {village}",
                      f"{village}, {ward}, near the kgotla"))]


def _bw_bag(v: Values) -> list[str]:
    r = v.rng
    town = r.choice(BW_TOWNS)
    first = r.choice((f"Private Bag {r.randint(1, 399):05d}", f"P O Box {r.randint(10, 60999)}",
                      f"PO Box {r.randint(10, 9999)}"))
    return [first, town, "Botswana"]


def _kr_apt(v: Values) -> list[str]:
    """An apartment complex: the building (dong) and the flat (ho), the road and its number,
    the district, the city, the five-digit post code."""
    r = v.rng
    road, gu, city, code = r.choice(KR_ROADS)
    post = f"{code}{r.randint(0, 99):02d}"
    dong, ho = r.randint(101, 125), f"{r.randint(1, 30)}{r.randint(1, 4):02d}"
    return [r.choice((f"{r.choice(KR_COMPLEX)} Apt. {dong}-dong {ho}-ho, {r.randint(1, 300)} {road}, {gu}, {city} {post}",
                      f"{dong}-{ho}, {r.randint(1, 300)}, {road}, {gu}, {city} {post}",
                      f"Apt {dong}-{ho}, {r.randint(1, 300)} {road}, {gu}, {city}, {post}"))]


def _kr_road(v: Values) -> list[str]:
    r = v.rng
    road, gu, city, code = r.choice(KR_ROADS)
    return [f"{r.randint(1, 90)}, {road} {r.randint(1, 80)}beon-gil, {gu}, {city} {code}{r.randint(0, 99):02d}"]


def _kr_block(v: Values) -> list[str]:
    r = v.rng
    road, gu, city, code = r.choice(KR_ROADS)
    return [f"Room {r.randint(1, 12)}0{r.randint(1, 9)}, {r.randint(1, 90)} {road} {r.randint(1, 30)}-gil",
            f"{gu}, {city} {code}{r.randint(0, 99):02d}, {r.choice(('Republic of Korea', 'South Korea', 'KOREA'))}"]


ME_STREETS = (("Mediteranska", "Budva", "85310"), ("Popa Jola Zeca", "Budva", "85310"),
              ("Bulevar revolucije", "Bar", "85000"), ("Jovana Tomaševića", "Bar", "85000"),
              ("Njegoševa", "Herceg Novi", "85340"), ("Palih boraca", "Tivat", "85320"),
              ("Hercegovačka", "Podgorica", "81000"), ("Bulevar Svetog Petra Cetinjskog", "Podgorica", "81000"))
ME_BB = (("Jadranski put", "Bečići", "Budva", "85310"), ("Jadranski put", "Rafailovići", "Budva", "85310"),
         ("Put Jadranskih igara", "Šušanj", "Bar", "85000"), ("Put Prvoborca", "Dobrota", "Kotor", "85330"),
         ("Obala", "Donja Lastva", "Tivat", "85320"), ("Sutorina", "Igalo", "Herceg Novi", "85340"))
ME_RU = (("Будва", "Бечичи", "Медитеранская"), ("Бар", "Шушань", "Йована Томашевича"),
         ("Херцег-Нови", "Игало", "Негошева"), ("Тиват", "Селяново", "Палих бораца"),
         ("Подгорица", "Забело", "Герцеговачка"), ("Котор", "Доброта", "Путь Првоборца"))
UFA = (("ул. Ленина", "450077"), ("пр. Октября", "450054"), ("ул. Менделеева", "450022"),
       ("ул. Рихарда Зорге", "450059"), ("ул. Заки Валиди", "450076"), ("ул. Айская", "450001"),
       ("ул. Комсомольская", "450105"))
BA_VILLAGES = (("Кармаскалинский р-н", "с. Кармаскалы", "453020"), ("Иглинский р-н", "с. Иглино", "452410"),
               ("Уфимский р-н", "с. Миловка", "450511"), ("Благоварский р-н", "с. Языково", "452740"),
               ("Бирский р-н", "д. Осиновка", "452450"), ("Абзелиловский р-н", "с. Аскарово", "453620"))
BA_TOWNS = (("Стерлитамак", "453100"), ("Салават", "453250"), ("Нефтекамск", "452680"), ("Октябрьский", "452600"),
            ("Белорецк", "453500"), ("Туймазы", "452750"))


def _me_latin(v: Values) -> list[str]:
    """Montenegro as its post writes it: the street and number, the flat, the post code and
    the town."""
    r = v.rng
    street, town, code = r.choice(ME_STREETS)
    return [r.choice((f"{street} {r.randint(1, 120)}, {code} {town}", f"ul. {street} br. {r.randint(1, 120)}, stan {r.randint(1, 30)}, {town}",
                      f"{street} {r.randint(1, 120)}/{r.randint(1, 12)}, {code} {town}, Crna Gora"))]


def _me_bb(v: Values) -> list[str]:
    """The coast's houses with no number, "bb" (bez broja), the settlement, the town."""
    r = v.rng
    street, place, town, code = r.choice(ME_BB)
    return [r.choice((f"{street} bb, {place}", f"{street} b.b.", f"{street} BB, vila {r.choice('ABCDMS')}")),
            f"{code} {town}", "Montenegro"]


def _me_ru(v: Values) -> list[str]:
    r = v.rng
    town, place, street = r.choice(ME_RU)
    return [r.choice((f"Черногория, {town}, {place}, ул. {street} {r.randint(1, 90)}, апп. {r.randint(1, 25)}",
                      f"{town} ({place}), {street} бб, {r.randint(1, 4)} этаж"))]


def _ba_ufa(v: Values) -> list[str]:
    r = v.rng
    street, code = r.choice(UFA)
    return [r.choice((f"{code}, Республика Башкортостан, г. Уфа, {street}, д. {r.randint(1, 160)}, кв. {r.randint(1, 200)}",
                      f"РБ, Уфа, {street}, {r.randint(1, 160)}/{r.randint(1, 5)}-{r.randint(1, 200)}"))]


def _ba_village(v: Values) -> list[str]:
    r = v.rng
    district, village, code = r.choice(BA_VILLAGES)
    street = r.choice(("ул. Центральная", "ул. Салавата Юлаева", "ул. Мустая Карима", "ул. Школьная"))
    return [f"{code}, Башкортостан, {district}, {village}, {street}, д. {r.randint(1, 99)}"]


def _ba_block(v: Values) -> list[str]:
    r = v.rng
    town, code = r.choice(BA_TOWNS)
    street = r.choice(("ул. Коммунистическая", "пр. Ленина", "ул. Гагарина", "б-р Юлаева"))
    return [f"{street}, д. {r.randint(1, 99)}, кв. {r.randint(1, 140)}", f"г. {town}, РБ", f"{int(code) + r.randint(0, 30)}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"omang": _omang, "medaid": _medaid, "phone_bw": _phone_bw, "rrn": _rrn, "arc": _arc, "brn": _brn,
            "kr_passport": _kr_passport, "phone_kr": _phone_kr, "care_ref": _care_ref, "member": _member,
            "jmbg": _jmbg, "pib": _pib, "phone_me": _phone_me, "pawn": _pawn, "adopt": _adopt},
    checks={"omang": _omang_ok, "rrn": _rrn_ok, "arc": _arc_ok, "brn": _brn_ok, "jmbg": _jmbg_ok,
            "phone_bw": _dials("BW"), "phone_kr": _dials("KR"), "phone_me": _dials("ME")},
    escapes={"ps-char": ps_char, "xtext": xtext},
    unescapes={"ps-char": _from_ps_char, "xtext": _from_xtext},
    lines={"bw_plot": _bw_plot, "bw_ward": _bw_ward, "bw_bag": _bw_bag, "kr_apt": _kr_apt, "kr_road": _kr_road,
           "kr_block": _kr_block, "me_latin": _me_latin, "me_bb": _me_bb, "me_ru": _me_ru, "ba_ufa": _ba_ufa,
           "ba_village": _ba_village, "ba_block": _ba_block},
    people={"en": ("ko_KR",), "ru": ("hr_HR", "sl_SI")},
)

BANK: dict = {
    1: {
        "phone": {"en": ["dumela, my Mascom number is {v}, rra",
                         "the carer's cell is {v}, she does the morning visit",
                         "my daughter's number in ⟦Francistown|LOCATION⟧ is {v}",
                         "ne, my phone is {v}, KakaoTalk also",
                         "for the gym booking call {v}, after six",
                         "grandmother's neighbour has a phone, {v}, go siame",
                         "the trainer gave me {v} for the PT sessions",
                         "my Orange line is {v}, the BTC one is dead",
                         "if she falls again phone {v}, that's my brother",
                         "in ⟦Busan|LOCATION⟧ you can reach me on {v}",
                         "ke a leboga, the number is {v}",
                         "the night carer, her number is {v}"],
                  "ru": ["мой черногорский номер {v}, вайбер есть",
                         "в ломбард звоните на {v}, до семи",
                         "куратор приюта, номер {v}",
                         "рәхмәт, мой номер {v}",
                         "звоните на {v}, я в ⟦Будве|LOCATION⟧ до пятницы",
                         "номер хозяйки собаки {v}, она ждёт",
                         "пишите на {v}, полако отвечу",
                         "номер оценщика {v}, он сегодня до шести",
                         "мой номер в ⟦Уфе|LOCATION⟧ {v}, ватсап",
                         "записывайте, ярай, {v}, это мужа"]},
        "email": {"en": ["the care manager's email is {v}",
                         "send the invoice for the carer to {v}, ke a leboga",
                         "my gym login email, {v}",
                         "the family wants the weekly report at {v}",
                         "email the membership freeze form to {v}",
                         "my son in ⟦Seoul|LOCATION⟧ uses {v}",
                         "for the care plan write to {v}, rra",
                         "her email, {v}, ne, that one"],
                  "ru": ["почта приюта для анкет {v}",
                         "квитанцию из ломбарда пришлите на {v}",
                         "мой имейл {v}, хвала унапред",
                         "пишите на {v}, я на выгуле до обеда",
                         "почта волонтёра по кошкам {v}",
                         "договор пристройства скиньте на {v}",
                         "мой мейл в ⟦Подгорице|LOCATION⟧ {v}",
                         "почта оценщика {v}, рәхмәт"]},
        "dob": {"en": ["my grandmother was born {v}, she forgets things now",
                       "I was born {v} in ⟦Serowe|LOCATION⟧",
                       "the client was born {v}, put it on the care plan",
                       "he was born {v} in ⟦Daejeon|LOCATION⟧, so he is old style",
                       "the member's birth date, {v}, for the senior rate",
                       "born {v} at ⟦Princess Marina Hospital|ORGANIZATION⟧",
                       "my father was born {v}, in ⟦Maun|LOCATION⟧",
                       "she says she was born {v}, aigoo"],
                "ru": ["я родилась {v} в ⟦Стерлитамаке|LOCATION⟧",
                       "залогодатель родился {v}, так в паспорте",
                       "сын родился {v}, уже в ⟦Баре|LOCATION⟧",
                       "олатай родился {v}, в деревне",
                       "родилась {v}, пишите в договор",
                       "муж родился {v}, в ⟦Салавате|LOCATION⟧",
                       "өләсәй родилась {v}, в ауле",
                       "новый хозяин щенка родился {v}"]},
        "fillers": {"en": ["ee rra", "go siame, go siame", "bathong", "ijoo", "tota", "nyaa wait", "ne ne",
                           "aigoo", "jamkkanman", "eo, geunde", "mwo, mwo", "hold on, mma"],
                    "ru": ["ярай", "эйе, эйе", "әйҙә", "полако, ђе журиш", "ајде", "ну, море", "щас, щас",
                           "так, эээ", "ну это, вот"]},
        "digit_sep": {"en": [" ... [treadmill beeping] ... ", " -- ee -- ", " [kettle boils] "],
                      "ru": [" ... [собаки лают] ... ", " -- ярай -- ", " [звенит касса] "]},
        "email_at": {"en": [" at, rra, ", " [at-sign, ne] ", " golbaengi, at, "],
                     "ru": [" собачка, ярай, ", " эт, ну, собака, ", " (at, ајде) "]},
        "email_dot": {"en": [" dot, mma, ", " (jeom, dot) ", " dot again, ne, "],
                      "ru": [" тчк, ярай, ", " точка, полако, ", " (dot, эйе) "]},
        "spell": {"en": [", let me spell, ", " -- by letter -- "], "ru": [", по буковкам, ", " ... по слогам ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("Omang", "GOV_ID", "omang"), ("Omang no.:", "GOV_ID", "omang"),
                        ("ID (Omang) of client", "GOV_ID", "omang"), ("national ID, BW:", "GOV_ID", "omang"),
                        ("medical aid no. of client", "OTHER", "medaid"), ("⟦BOMAID|ORGANIZATION⟧ member no.:", "OTHER", "medaid"),
                        ("Mascom no.", "PHONE", "phone_bw"), ("family contact (BW):", "PHONE", "phone_bw"),
                        ("carer's cell", "PHONE", "phone_bw"),
                        ("jumin number", "GOV_ID", "rrn"), ("RRN:", "GOV_ID", "rrn"), ("resident reg. no.", "GOV_ID", "rrn"),
                        ("ARC no. (Korea)", "GOV_ID", "arc"), ("alien registration card:", "GOV_ID", "arc"),
                        ("business reg. no.", "GOV_ID", "brn"), ("saeopja number:", "GOV_ID", "brn"),
                        ("Korean passport", "GOV_ID", "kr_passport"), ("passport (KR):", "GOV_ID", "kr_passport"),
                        ("hand phone", "PHONE", "phone_kr"), ("Kakao phone:", "PHONE", "phone_kr"),
                        ("next of kin ph.", "PHONE", "phone_fmt"), ("member's mobile", "PHONE", "phone_sep"),
                        ("care plan ref", "OTHER", "care_ref"), ("client file:", "OTHER", "care_ref"),
                        ("membership no.", "OTHER", "member"), ("gym member ID:", "OTHER", "member"),
                        ("key safe code at the house", "SECRET", "pin4"), ("locker combination:", "SECRET", "pin4"),
                        ("app password (gym)", "SECRET", "password"), ("portal pw for the family:", "SECRET", "password"),
                        ("client's DOB", "DATE_OF_BIRTH", "dob_slash"), ("member born", "DATE_OF_BIRTH", "dob_month"),
                        ("birth date (care plan):", "DATE_OF_BIRTH", "dob_iso"), ("DOB of the elderly client", "DATE_OF_BIRTH", "dob_dashes"),
                        ("driver's licence of the carer", "GOV_ID", "licence"), ("insurance policy (home care):", "OTHER", "policy")],
                 "ru": [("JMBG", "GOV_ID", "jmbg"), ("ЈМБГ:", "GOV_ID", "jmbg"), ("матичный номер ребёнка", "GOV_ID", "jmbg"),
                        ("личный номер сына (ЈМБГ)", "GOV_ID", "jmbg"),
                        ("PIB", "GOV_ID", "pib"), ("ПИБ предузетника:", "GOV_ID", "pib"),
                        ("черногорский мобильный", "PHONE", "phone_me"), ("тел. (ME):", "PHONE", "phone_me"),
                        ("контакт газды", "PHONE", "phone_me"),
                        ("залоговый билет", "OTHER", "pawn"), ("билет ломбарда:", "OTHER", "pawn"),
                        ("квитанция на залог", "OTHER", "pawn"),
                        ("договор пристройства", "OTHER", "adopt"), ("анкета усыновителя:", "OTHER", "adopt"),
                        ("телефон залогодателя", "PHONE", "phone_fmt"), ("тел. волонтёра", "PHONE", "phone_sep"),
                        ("паспорт залогодателя", "GOV_ID", "passport_ru"), ("паспорт усыновителя:", "GOV_ID", "passport_no"),
                        ("СНИЛС клиента ломбарда", "GOV_ID", "snils"), ("ИНН залогодателя:", "GOV_ID", "inn_glued"),
                        ("ИНН волонтёра", "GOV_ID", "inn"),
                        ("полис ОМС усыновителя", "OTHER", "digits16"), ("права залогодателя", "GOV_ID", "vu_ru"),
                        ("загран для Черногории", "GOV_ID", "zagran"),
                        ("дата рожд. залогодателя:", "DATE_OF_BIRTH", "dob_dots"), ("усыновитель родился", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. по ЈМБГ", "DATE_OF_BIRTH", "dob_short"), ("родилась (по паспорту)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от вольера", "SECRET", "pin4"), ("пароль от кабинета ломбарда:", "SECRET", "password"),
                        ("код сейфа в ⟦Ломбарде Башкирии|ORGANIZATION⟧", "SECRET", "pin4"),
                        ("пин от карты приюта", "SECRET", "pin4"), ("пароль от вайфая апартмана", "SECRET", "password")]},
        "carriers": {"en": ["Care log: {v}", "{v} (from the family)", "gym desk - {v}", "{v}, ke a leboga",
                            "on the intake sheet: {v}", "{v} gamsahamnida", "the member read out {v}",
                            "for the agency file: {v}", "box 4 of the referral: {v}"],
                     "ru": ["в журнале ломбарда: {v}", "{v}, хвала лијепа", "в анкете приюта {v}", "{v} (со слов хозяйки)",
                            "для продления боравка: {v}", "{v}, рәхмәт ҙур", "скинула мужу в вайбер {v}",
                            "в договоре залога: {v}", "для ветклиники на побережье: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the studio on Insta, {v}", "tag {v} in the carers' WhatsApp group", "the coach is {v} on Threads",
                      "my Kakao ID is {v}, ne", "DM {v} for the class timetable", "I'm {v} on Facebook, rra"],
               "ru": ["наш приют в инсте {v}", "отметь {v} в чате ломбарда", "{v} в телеге, она куратор",
                      "русские в ⟦Баре|LOCATION⟧ в телеге {v}", "ник в чате собачников ⟦Уфы|LOCATION⟧ {v}", "пишите {v}, он оценщик"]},
        "url": {"en": ["my page about caring for mum is {v}", "the workout plan I follow, {v}", "our agency blog {v}",
                       "the trainer's page is {v}", "my page, go siame, {v}", "look at this one {v}, ne"],
                "ru": ["мой канал про ⟦Черногорию|LOCATION⟧ {v}", "фото собак на {v}", "страница ломбарда {v}",
                       "мой блог про жизнь в ⟦Башкирии|LOCATION⟧ {v}", "отзывы о приюте: {v}", "глянь тут, ајде, {v}"]},
        "url_layouts": {"any": ["https://{site}?utm_source=kakao", "{site} (copy this)", "https://www.{site}/#posts",
                                "[{site}] (page)"]},
        "ssh": {"any": ["ssh -o StrictHostKeyChecking=no -l care {v}", "ssh -p 2200 -i ~/.ssh/gym_ed25519 {v}",
                        "scp rota.xlsx {v}:/srv/care/", "rsync -az ./photos/ {v}:/backup/shelter/"]},
        "remote": {"any": ["git clone --depth 1 --single-branch https://github.com/{v}.git", "git remote add shelter git@gitlab.com:{v}.git",
                           "pip install -U git+https://github.com/{v}.git", "cargo install --locked --git https://github.com/{v} gymlog"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:care-latest", "FROM quay.io/{v}:alpine3.19",
                             "podman pull docker.io/{v}:v2", "docker push ghcr.io/{v}:edge"]},
        "home": {"any": ["/home/{v}/care-rota/", "C:\\Users\\{v}\\Documents\\Gym\\", "/Users/{v}/Pictures/shelter/",
                         "/mnt/c/Users/{v}/pawn/"]},
        "tool": {"en": ["the agency laptop froze on {v}", "my nephew told me to type {v}", "it stopped at {v}, bathong",
                        "paste {v} in the trainers' chat"],
                 "ru": ["племянник мне запускал {v}", "айтишник из ⟦Подгорицы|LOCATION⟧ сказал ввести {v}",
                        "всё зависло на {v}, ярай", "скинул {v} в чат приюта"]},
        "mention": {"en": ["{h} ke a leboga!", "{h} go siame!", "{h} can you cover the 7am class?", "{h}: visit done, ee",
                           "thanks {h}, gomawo", "{h} bathong, really?"],
                    "ru": ["{h}, хвала ти!", "{h} рәхмәт, туған", "{h}, скинь фото вольера", "{h}: принято, ярай",
                           "спасибо, {h}, эйе", "{h} ну ты даёшь, море"]},
    },
    4: {
        "url": {"en": ["the care portal link had ?{k}={v}&week=12", "the gym signup form prefilled {k}={v}",
                       "the SMS from the agency carried {k}={v}&src=sms", "GET /members/search?{k}={v} 200"],
                "ru": ["ссылка на анкету приюта ?{k}={v}&lang=sr", "в ссылке на выкуп залога {k}={v}",
                       "в переходе из вайбера {k}={v}&src=viber", "в логе ломбарда: GET /clients?{k}={v}"]},
        "markup": {"en": ["the care invoice HTML has <td class=\"{k}\">{v}</td>",
                          "the class booking template reads <em>{v}</em>",
                          "the referral form has <input id=\"{k}\" value=\"{v}\">"],
                   "ru": ["в HTML квитанции ломбарда <td class=\"{k}\">{v}</td>",
                          "в шаблоне карточки собаки <em>{v}</em>",
                          "в форме анкеты <input id=\"{k}\" value=\"{v}\">"]},
        "prose": {"en": ["the Orange Money receipt shows the payer as {v}", "the locker tag says {v}",
                         "the care agreement is in the name of {v}", "the visit sheet reads {v}"],
                  "ru": ["в приложении ⟦CKB|ORGANIZATION⟧ получатель {v}", "на ошейнике написано {v}",
                         "в списке волонтёров {v}", "в договоре залога {v}"]},
        "escapes": {"ps-char": {"en": ["the agency's PowerShell import script has $client = \"{v}\"",
                                       "the gym's sync script logs \"{v}\" as the member",
                                       "the rota script hard-codes the carer as \"{v}\""],
                                "ru": ["в скрипте выгрузки ломбарда $name = \"{v}\"",
                                       "в PowerShell-скрипте приюта усыновитель \"{v}\"",
                                       "в логе скрипта сверки клиент \"{v}\""]},
                    "xtext": {"en": ["the bounce notice lists the original recipient as {v}",
                                     "the DSN for the care report has ORCPT with {v}",
                                     "the mail server's delivery report shows {v}"],
                              "ru": ["в отчёте о недоставке получатель {v}",
                                     "в DSN письма приюта ORCPT содержит {v}",
                                     "в уведомлении сервера о доставке стоит {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the carer goes every morning to {v}", "the client stays at {v}, the blue gate",
                        "the member's address is {v}", "she moved in with her son at {v}", "post the care invoice to {v}",
                        "home address per the Omang: {v}"],
                 "ru": ["адрес: {v}, домофон не звонит", "мы живём {v}, у пекары", "приют на {v}",
                        "ломбард по адресу {v}", "я теперь снимаю апартман {v}", "залогодатель прописан {v}"]},
        "block": {"en": ["Send the carer to:\n{v}", "Home visit (the dog is friendly):\n{v}",
                         "Member's address for the card:\n{v}", "Post the contract to -\n{v}"],
                  "ru": ["Адрес для пријаве боравка:\n{v}", "Приют (по выходным с 10)\n{v}",
                         "Адрес залогодателя (звонить заранее):\n{v}", "Куда привезти собаку -\n{v}"]},
        "layouts": {"en": ["bw_plot", "bw_ward", "bw_bag", "kr_apt", "kr_road", "kr_block"],
                    "ru": ["me_latin", "me_bb", "me_ru", "ba_ufa", "ba_village", "ba_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Client: {v}", "Carer on duty: {v}", "Member (gold plan): {v}", "the coach {v} runs the spin class",
                        "the lady said her name is {v}", "Care manager: {v}", "the contract was signed by {v}",
                        "Emergency contact (family): {v}"],
                 "ru": ["Залогодатель: {v}", "Куратор: {v}", "оценщик {v} принял кольцо",
                        "усыновитель — {v}", "Волонтёр на выгуле: {v}", "звонила {v} насчёт щенка",
                        "Станодавац (арендодатель): {v}"]},
        "kin": {"en": [("my nkuku", "f"), ("my rremogolo", "m"), ("my ausi", "f"), ("my abuti", "m"), ("my malome", "m"),
                       ("my rakgadi", "f"), ("my halmeoni", "f"), ("my harabeoji", "m"), ("my imo", "f"),
                       ("my samchon", "m")],
                "ru": [("моя өләсәй", "f"), ("мой олатай", "m"), ("моя апай", "f"), ("мой ағай", "m"),
                       ("мой кум из ⟦Никшича|LOCATION⟧", "m"), ("моя кума из ⟦Котора|LOCATION⟧", "f"), ("мой комшия", "m"),
                       ("моя газдарица", "f"), ("мой ҡустым", "m")]},
        "kin_carriers": {"en": ["{v} will meet the carer", "{v} is paying the agency",
                                "{v} flies in from ⟦Incheon|LOCATION⟧", "{v} will bring the Omang",
                                "{v} booked the trial class", "{v} is driving to ⟦Palapye|LOCATION⟧"],
                         "ru": ["{v} выкупит цепочку", "{v} прилетит из ⟦Уфы|LOCATION⟧", "{v} заберёт собаку в субботу",
                                "{v} дежурит в приюте", "{v} передаёт привет из ⟦Херцег-Нови|LOCATION⟧", "{v} оформит боравак"]},
        "wordnames": {"en": {"f": ["Naledi", "Masego", "Boitumelo", "Lesego", "Onalenna", "Haneul"],
                             "m": ["Kagiso", "Kabelo", "Tumelo", "Mpho", "Thato", "Bada"]},
                      "ru": {"f": ["Айгуль", "Нурия", "Зульфия"], "m": ["Салават", "Азамат", "Драго"]}},
        "list": {"en": ["Clients on the morning round:\n{v}", "Members to renew\n{v}", "Carers this week:\n{v}",
                        "| Member | Class |\n|---|---|\n{v}"],
                 "ru": ["Выкупить до пятницы:\n{v}", "Не забрали залог\n{v}", "Волонтёры на субботу:\n{v}",
                        "| Усыновитель | Собака |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - visited", "* {v} (overdue)", "{v} [PT]", "| {v} | Bella |"]},
        "broken": {"en": ["the visit sheet was signed by the carer {v} at noon",
                          "the trial class was taken by the coach {v} on Monday"],
                   "ru": ["залог принял оценщик {v}", "анкету проверила куратор {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the care app logged in from {v}", "the gym router is {v}",
                      "allow {v} on the agency firewall", "the client's tablet reported from {v}",
                      "the door camera dropped {v}", "my IP, rra, is {v}"],
               "ru": ["вход в кабинет ломбарда с {v}", "роутер приюта {v}", "айпи сайта приюта {v}",
                      "чужой вход в кабинет приюта с {v}", "заблокируйте {v}, ярай", "мой айпишник {v}, хвала"]},
        "iban": {"en": ["refund the membership deposit to {v}", "my account in ⟦Gaborone|LOCATION⟧ is {v}", "the agency's IBAN is {v}",
                        "the member pays the annual fee from {v}"],
                 "ru": ["за апартман переводите на {v}", "мой счёт в ⟦Crnogorska komercijalna banka|ORGANIZATION⟧ {v}",
                        "залог верните на IBAN {v}", "на корм для приюта {v}"]},
        "mac": {"en": ["the fall-alarm pendant's MAC is {v}", "the gym scanner's MAC {v}", "add {v} to the Wi-Fi, ne",
                       "the care office AP logged {v}"],
                "ru": ["MAC камеры в вольере {v}", "MAC кассы ломбарда {v}", "добавь {v} в роутер приюта",
                       "роутер в апартмане режет {v}"]},
        "card": {"en": ["the card for the care fees is {v}", "charge {v} for the annual plan", "the family paid with {v}",
                        "the member read the card as {v}"],
                 "ru": ["карта для выкупа {v}", "номер карты куратора {v}", "скинь на карту {v}, рәхмәт",
                        "карта {v}, потерял в ⟦Будве|LOCATION⟧, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Dumela, I'm {v}", "Name of the care client: {v}"],
                         "GOV_ID": ["my driving licence from before is {v}", "DL (carer): {v}"],
                         "USERNAME": ["my username on the gym app is {v}", "care portal login: {v}"]},
                  "ru": {"PERSON": ["Һаумыһығыҙ, это {v}", "ФИО залогодателя: {v}"],
                         "GOV_ID": ["паспорт РФ залогодателя {v}", "паспорт усыновителя {v}"],
                         "USERNAME": ["мой логин на сайте приюта {v}", "логин в программе ломбарда: {v}"]}},
        "later": {"en": ["regarding the client {v} again", "still waiting on {v}, bathong", "{v} phoned back, ke a leboga",
                         "chasing {v}, ne", "(member {v})"],
                  "ru": ["по залогодателю {v}", "{v} опять звонила про щенка", "напоминаю про выкуп, {v}",
                         "(см. выше про собаку: {v})", "{v}, ответьте, ајде"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the incontinence pads order {v} is late", "the dumbbells order {v} came wrong",
                     "the ⟦Choppies|ORGANIZATION⟧ order {v} arrived"],
              "ru": ["заказ {v} с ⟦Wildberries|ORGANIZATION⟧ пришёл", "заказ корма {v} для приюта", "отмена по заказу {v}, ярай"]},
    "price": {"en": ["the weekly care package is {v}", "the annual membership costs {v}", "the missed-session fee came to {v}"],
              "ru": ["оценили кольцо в {v}", "корм на месяц {v}", "апартман в ⟦Бечичах|LOCATION⟧ {v} в месяц"]},
    "timestamp": {"en": ["the carer arrived {v}", "the class started {v}", "the fall alarm went off {v}"],
                  "ru": ["ломбард закрывается в {v}", "выгул в {v}", "выезд за собакой в {v}"]},
    "version": {"en": ["the care app {v} crashes", "the gym app {v}", "since the {v} update of the rota"],
                "ru": ["приложение приюта {v}", "версия программы ломбарда {v}", "после обновления {v} не печатает билеты"]},
    "room": {"en": ["the carers meet in room {v}", "the client is in unit {v}", "the spin class is in studio {v}"],
             "ru": ["кабинет оценщика {v}", "вольер {v}, второй ряд", "ячейка {v} в хранилище"]},
    "flight": {"en": ["my flight to ⟦Seoul|LOCATION⟧ is {v}", "the client's son lands on {v}", "the coach is on {v}"],
               "ru": ["летим в ⟦Тиват|LOCATION⟧ рейсом {v}", "{v} задержали, полако", "встречай с {v} в ⟦Уфе|LOCATION⟧"]},
    "isbn": {"en": ["the dementia care handbook is ISBN {v}", "the strength training guide, ISBN {v}", "ISBN {v}, the Setswana primer"],
             "ru": ["справочник оценщика ISBN {v}", "ISBN {v}, разговорник черногорского", "ISBN {v}, башкирско-русский словарь"]},
    "doc-ip": {"en": ["the alarm pendant manual shows {v}", "the gym software guide's example is {v}", "the agency network sheet has {v}"],
               "ru": ["в инструкции к камере {v}", "в примере настройки кассы {v}", "в схеме сети приюта {v}"]},
    "spoken-date": {"en": ["the care review is due {v}", "the bootcamp is on {v}", "the inspection is booked for {v}"],
                    "ru": ["выкуп продлили до {v}", "день открытых дверей в приюте на {v}", "аукцион невыкупленного на {v}"]},
    "kinship-verb": {"en": ["my rremogolo {v} phone later", "my abuti {v} pay it", "my halmeoni {v} come on Sunday"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Ke a leboga, noted.", "Okay, the care plan is updated.", "Go siame, saved.", "Alright, the carer knows.",
                        "Ne, the membership is updated.", "Gomawo, done."],
                 "ru": ["Хвала, записала.", "Хорошо, поправила в анкете.", "Рәхмәт, внесла в базу.", "Поняла, передам оценщику.",
                        "Спасибо, карточку собаки обновила.", "Ярай, готово."]}
