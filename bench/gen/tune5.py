"""The bank of ``tune5``, the fifth pair's tune set, and the code that is its own.

Its writers: Filipino and Kenyan English, call-centre agents' notes and their callers,
insurance claims (motor, phone and health cover), and the dispatch chats of couriers and
delivery riders; in Russian, speakers from Kazakhstan (Almaty, Astana, Karaganda, the
villages), Armenians and Georgians writing Russian, bank support chats and university
students. Its own shapes (each with the check a reader runs where the id has one), address
layouts, two escapes of family 4 and the locales of its writers' names are in :data:`OWN`;
``bench/gen/banks.py`` takes :data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here.
"""

from __future__ import annotations

import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values, luhn_digit, luhn_ok

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Philippine (Globe, Smart, DITO) and Kenyan
# (Safaricom, Airtel) mobiles
MOBILES = (("PH", ("0917", "0918", "0927", "0939", "0945", "0956", "0995", "0998"), 7, (4, 3, 4)),
           ("KE", ("0712", "0722", "0723", "0733", "0741", "0757", "0790", "0110"), 6, (4, 3, 3)))
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


# -- family 2: shapes -----------------------------------------------------------------------

def _sss(v: Values, lang: str) -> str:
    """A Philippine Social Security System number: ten digits, 2-7-1."""
    d = f"{v.rng.randint(1, 34):02d}" + v.digits(8, False)
    return f"{d[:2]}-{d[2:9]}-{d[9]}" if v.rng.random() < 0.7 else d


def _tin_ph(v: Values, lang: str) -> str:
    """A Philippine Taxpayer Identification Number with its branch code (000 for a person)."""
    d = v.digits(9)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}-{v.rng.choice(('000', '00000'))}"


def _philhealth(v: Values, lang: str) -> str:
    """A PhilHealth Identification Number: twelve digits, 2-9-1."""
    d = f"{v.rng.choice((1, 2, 3, 19))}".zfill(2) + v.digits(10, False)
    return f"{d[:2]}-{d[2:11]}-{d[11]}"


def _kra_pin(v: Values, lang: str) -> str:
    """A Kenya Revenue Authority PIN of a person: A, nine digits, a letter."""
    return "A" + v.digits(9, False) + v.rng.choice(LETTERS)


def _ke_id(v: Values, lang: str) -> str:
    """A Kenyan national identity card number: seven or eight digits."""
    return v.digits(v.rng.choice((7, 8, 8)))


def _imei(v: Values, lang: str) -> str:
    """A phone's IMEI as claims forms ask for it (``*#06#``): a type code, a serial, a Luhn digit."""
    body = v.rng.choice(("35", "86", "01", "35")) + v.digits(12, False)
    d = body + luhn_digit(body)
    return d if v.rng.random() < 0.6 else f"{d[:2]} {d[2:8]} {d[8:14]} {d[14]}"


def _phone_ph(v: Values, lang: str) -> str:
    d, _ = v.mobile(MOBILES[0])
    return v.rng.choice((f"+63 {d[1:4]} {d[4:7]} {d[7:]}", f"{d[:4]}-{d[4:7]}-{d[7:]}", f"+63{d[1:]}",
                         f"({d[:4]}) {d[4:7]} {d[7:]}"))


def _phone_ke(v: Values, lang: str) -> str:
    d, _ = v.mobile(MOBILES[1])
    return v.rng.choice((f"+254 {d[1:4]} {d[4:7]} {d[7:]}", f"254{d[1:]}", f"{d[:4]} {d[4:]}",
                         f"+254-{d[1:]}"))


def _dob_ph(v: Values, lang: str) -> str:
    """A birth date as Philippine forms print it: Mar. 5, 1990."""
    y, m, d = v.birth()
    return f"{MONTHS[m - 1]} {d}, {y}"


def _dob_ke(v: Values, lang: str) -> str:
    """A birth date day first with no leading zeros: 5/3/1990."""
    y, m, d = v.birth()
    return f"{d}/{m}/{y}"


def _iin_check(d: str) -> int | None:
    """The check digit of a Kazakh ИИН's first eleven digits, or None when it has none."""
    for weights in (range(1, 12), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)):
        rem = sum(int(c) * w for c, w in zip(d, weights)) % 11
        if rem != 10:
            return rem
    return None


def _iin(v: Values, lang: str) -> str:
    """A Kazakh individual identification number: birth date, century and sex, four digits,
    the check digit."""
    while True:
        y, m, day = v.birth()
        century = (3 if y < 2000 else 5) + v.rng.randint(0, 1)
        d = f"{y % 100:02d}{m:02d}{day:02d}{century}" + v.digits(4, False)
        check = _iin_check(d)
        if check is not None:
            return d + str(check)


def _iin_ok(text: str) -> bool:
    return len(text) == 12 and text.isdigit() and _iin_check(text[:11]) == int(text[11])


def _kz_udl(v: Values, lang: str) -> str:
    """A Kazakh identity card (удостоверение личности): nine digits, most starting with 0."""
    return "0" + v.digits(8, False)


def _kz_passport(v: Values, lang: str) -> str:
    return "N" + v.digits(8, False)


def _am_passport(v: Values, lang: str) -> str:
    """An Armenian passport: two Latin letters and seven digits."""
    return v.rng.choice(("AN", "AM", "AK", "AR", "AT")) + v.digits(7, False)


def _phone_kz(v: Values, lang: str) -> str:
    d = v.rng.choice(("701", "702", "705", "707", "708", "747", "771", "775", "777", "778")) + v.digits(7, False)
    return v.rng.choice((f"+7 ({d[:3]}) {d[3:6]} {d[6:8]} {d[8:]}", f"8 {d[:3]} {d[3:6]} {d[6:]}",
                         f"+7{d}", f"8({d[:3]}){d[3:6]}-{d[6:8]}-{d[8:]}"))


def _phone_am(v: Values, lang: str) -> str:
    d = v.rng.choice(("77", "93", "94", "98", "99", "55", "91", "41")) + v.digits(6, False)
    return v.rng.choice((f"+374 {d[:2]} {d[2:5]} {d[5:]}", f"+374 ({d[:2]}) {d[2:4]}-{d[4:6]}-{d[6:]}",
                         f"0{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"))


def _kz_iban(v: Values, lang: str) -> str:
    """A Kazakh account: KZ, its check digits, a bank code and the tenge account."""
    bban = v.digits(3) + "KZT" + v.digits(10, False)
    number = "".join(str(int(c, 36)) for c in bban + "KZ00")
    return f"KZ{98 - int(number) % 97:02d}{bban}"


def _iban_ok(text: str) -> bool:
    s = text[4:] + text[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


CODEWORDS = ("Барсик", "Тюльпан", "Жулдыз", "Алатау", "Мурка", "Акбота", "Шымкент", "Ромашка", "Байтерек")


def _codeword(v: Values, lang: str) -> str:
    """A bank's code word as callers give it: a pet, a flower or a place, often with a year."""
    word = v.rng.choice(CODEWORDS)
    return word + (str(v.rng.randint(1960, 2010)) if v.rng.random() < 0.5 else "")


def _otp(v: Values, lang: str) -> str:
    return v.digits(6, False)


def _dials(region: str | None):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


# -- family 4: escapes ------------------------------------------------------------------------

_JS_SAFE = re.compile(r"[A-Za-z0-9@*_+\-./]")


def js_escape(text: str) -> str:
    """JavaScript's ``escape()``, which old tracking and booking pages still run on a name:
    Latin-1 characters as ``%XX``, the rest as ``%uXXXX``."""
    return "".join(c if _JS_SAFE.fullmatch(c) else f"%{ord(c):02X}" if ord(c) < 256 else f"%u{ord(c):04X}"
                   for c in text)


def _from_js_escape(text: str) -> str:
    return re.sub(r"%u([0-9A-F]{4})|%([0-9A-F]{2})", lambda m: chr(int(m[1] or m[2], 16)), text)


def ncr_hex(text: str) -> str:
    """A name as an XML writer with an ASCII encoding saves it (the e-policy and claims XML of
    .NET and Java systems): each non-ASCII character as ``&#xHHHH;``."""
    return "".join(c if ord(c) < 128 else f"&#x{ord(c):X};" for c in text)


def _from_ncr_hex(text: str) -> str:
    return re.sub(r"&#x([0-9A-F]+);", lambda m: chr(int(m[1], 16)), text)


# -- family 5: address layouts ------------------------------------------------------------------

PH_TOWNS = (("Cainta", "Rizal", "1900"), ("Bacoor", "Cavite", "4102"), ("Dasmariñas", "Cavite", "4114"),
            ("San Pedro", "Laguna", "4023"), ("Malolos", "Bulacan", "3000"), ("Antipolo", "Rizal", "1870"),
            ("Santa Rosa", "Laguna", "4026"), ("Mandaue City", "Cebu", "6014"))
PH_BARANGAYS = ("San Isidro", "Poblacion", "San Roque", "Santo Niño", "Bagong Silang", "Malinis", "Mabini",
                "Sampaloc", "Dalig")
PH_SUBDIVISIONS = ("Villa Verde", "Greenwoods", "Camella Homes", "Metrogate", "Sunrise Hills", "Pleasant Fields")
PH_CITIES = (("Taguig City", "1634", "BGC"), ("Makati City", "1209", "Legaspi Village"),
             ("Pasig City", "1605", "Ortigas Center"), ("Quezon City", "1105", "Diliman"),
             ("Mandaluyong City", "1550", "Wack-Wack"), ("Cebu City", "6000", "Lahug"))
PH_PROVINCES = (("Tagum City", "Davao del Norte", "8100"), ("Iloilo City", "Iloilo", "5000"),
                ("Tacloban City", "Leyte", "6500"), ("Laoag City", "Ilocos Norte", "2900"),
                ("Dumaguete City", "Negros Oriental", "6200"), ("General Santos City", "South Cotabato", "9500"))
PH_STREETS = ("Rizal St.", "Mabini St.", "Bonifacio Ave.", "Luna St.", "Burgos St.", "Aguinaldo Hwy.")
KE_POST = (("Nairobi", "00100"), ("Nairobi", "00200"), ("Mombasa", "80100"), ("Kisumu", "40100"),
           ("Nakuru", "20100"), ("Eldoret", "30100"), ("Thika", "01000"), ("Nyeri", "10100"))
KE_ROADS = ("Ngong Road", "Kindaruma Road", "Argwings Kodhek Road", "Thika Road", "Mombasa Road",
            "Waiyaki Way", "Jogoo Road", "Lang'ata Road", "Kiambu Road")
KE_AREAS = ("Kilimani", "Kileleshwa", "South B", "Buruburu", "Westlands", "Umoja", "Lavington", "Donholm",
            "Kasarani", "Ruaka")
KE_COUNTIES = (("Ruiru", "Kiambu"), ("Kitengela", "Kajiado"), ("Juja", "Kiambu"), ("Ngong", "Kajiado"),
               ("Mlolongo", "Machakos"), ("Naivasha", "Nakuru"))
KE_COURTS = ("Sunrise Court", "Jacaranda Apartments", "Baraka Heights", "Amani Gardens", "Tumaini Court")


def _ph_subd(v: Values) -> list[str]:
    """Philippine subdivision: block, lot and phase, the barangay, then the town, province, ZIP."""
    r = v.rng
    town, province, zipcode = r.choice(PH_TOWNS)
    return [f"Blk {r.randint(1, 60)} Lot {r.randint(1, 40)}, Phase {r.randint(1, 5)}, "
            f"{r.choice(PH_SUBDIVISIONS)} Subd., Brgy. {r.choice(PH_BARANGAYS)}",
            f"{town}, {province} {zipcode}"]


def _ph_condo(v: Values) -> list[str]:
    """A Metro Manila condominium unit: unit, tower, building, street, district, city and ZIP."""
    r = v.rng
    city, zipcode, district = r.choice(PH_CITIES)
    return [f"Unit {r.randint(2, 45)}{r.randint(1, 30):02d}, Tower {r.randint(1, 4)}, "
            f"{r.choice(PH_SUBDIVISIONS)} Residences, {r.randint(1, 40)}th St., {district}, {city} {zipcode}"]


def _ph_purok(v: Values) -> list[str]:
    """Provincial: purok, barangay, city, province and ZIP on one line."""
    r = v.rng
    city, province, zipcode = r.choice(PH_PROVINCES)
    return [f"Purok {r.randint(1, 9)}, {r.randint(1, 300)} {r.choice(PH_STREETS)}, "
            f"Brgy. {r.choice(PH_BARANGAYS)}, {city}, {province} {zipcode}"]


def _ke_pobox(v: Values) -> list[str]:
    """The Kenyan postal address: a box and the post office's code after a dash."""
    town, code = v.rng.choice(KE_POST)
    return [f"P.O. Box {v.rng.randint(10, 99999)}-{code}, {town}"]


def _ke_house(v: Values) -> list[str]:
    """A Nairobi flat: the apartment, its court, the road and the estate, over two lines."""
    r = v.rng
    return [f"Apt {r.choice('ABCDE')}{r.randint(1, 20)}, {r.choice(KE_COURTS)}, {r.choice(KE_ROADS)}",
            f"{r.choice(KE_AREAS)}, Nairobi"]


def _ke_plot(v: Values) -> list[str]:
    """Outside Nairobi: a plot or house number, the town and its county."""
    r = v.rng
    town, county = r.choice(KE_COUNTIES)
    lead = r.choice((f"Plot No. {r.randint(1, 900)}", f"Hse No. {r.randint(1, 300)}"))
    return [f"{lead}, {town}, {county} County"]


KZ_STREETS = ("Абая", "Сейфуллина", "Толе би", "Жибек жолы", "Кабанбай батыра", "Тимирязева", "Розыбакиева",
              "Богенбай батыра", "Жандосова", "Назарбаева", "Гоголя", "Ауэзова")
KZ_DISTRICTS = (("Алматы", "Бостандыкский", "0500"), ("Алматы", "Медеуский", "0500"), ("Алматы", "Алмалинский", "0500"),
                ("Алматы", "Ауэзовский", "0500"), ("Караганда", "Казыбекбийский", "1000"),
                ("Шымкент", "Абайский", "1600"))
KZ_MKR = ("Самал-2", "Орбита-3", "Аксай-4", "Жетысу-1", "Мамыр-4", "Коктем-2", "Алмагуль", "Таугуль")
KZ_AVENUES = ("пр. Мангилик Ел", "пр. Кабанбай батыра", "ул. Сыганак", "пр. Туран", "ул. Кенесары",
              "ул. Достык")
KZ_REGIONS = (("Алматинская обл.", ("Карасайский", "Талгарский", "Илийский", "Енбекшиказахский"),
               ("Каскелен", "Талгар", "Отеген батыр", "Есик", "Шамалган")),
              ("Акмолинская обл.", ("Целиноградский", "Аршалынский"), ("Косшы", "Акмол", "Аршалы")),
              ("Карагандинская обл.", ("Бухар-Жырауский", "Абайский"), ("Ботакара", "Топар", "Кокпекты")))
AM_STREETS = ("Абовяна", "Туманяна", "Маштоца", "Баграмяна", "Сарьяна", "Комитаса", "Аршакуняца", "Исаакяна")


def _kz_mkr(v: Values) -> list[str]:
    """Almaty's microdistricts: the microdistrict, the house and the flat."""
    r = v.rng
    return [f"г. Алматы, мкр. {r.choice(KZ_MKR)}, д. {r.randint(1, 90)}, кв. {r.randint(1, 120)}"]


def _kz_index_rk(v: Values) -> list[str]:
    """A bank's form: the index, the country, the city and its district, street, house, flat."""
    r = v.rng
    city, district, prefix = r.choice(KZ_DISTRICTS)
    return [f"{prefix}{r.randint(10, 99)}, Республика Казахстан, г. {city}, {district} р-н, "
            f"ул. {r.choice(KZ_STREETS)}, д. {r.randint(1, 200)}, кв. {r.randint(1, 150)}"]


def _kz_astana(v: Values) -> list[str]:
    """Astana's left bank: the avenue, the block number with a slash and the flat; the city under."""
    r = v.rng
    return [f"{r.choice(KZ_AVENUES)}, {r.randint(1, 70)}/{r.randint(1, 4)}, кв. {r.randint(1, 300)}",
            f"г. Астана, 0100{r.randint(10, 19)}"]


def _kz_village(v: Values) -> list[str]:
    """A village in a district of a region."""
    r = v.rng
    region, districts, villages = r.choice(KZ_REGIONS)
    return [f"{region}, {r.choice(districts)} р-н, с. {r.choice(villages)}, ул. {r.choice(KZ_STREETS)}, "
            f"{r.randint(1, 120)}"]


def _kz_short(v: Values) -> list[str]:
    """As a student writes it in chat: the town, the numbered microdistrict, house-flat."""
    r = v.rng
    town = r.choice(("Темиртау", "Караганда", "Актобе", "Павлодар", "Усть-Каменогорск"))
    return [f"{town}, {r.randint(1, 12)} мкр, {r.randint(1, 60)}-{r.randint(1, 99)}"]


def _am_yerevan(v: Values) -> list[str]:
    """Yerevan: the four-digit index first, the street, building and flat."""
    r = v.rng
    return [f"{r.choice(('0001', '0002', '0009', '0010', '0014', '0019', '0025', '0033'))}, г. Ереван, "
            f"ул. {r.choice(AM_STREETS)}, д. {r.randint(1, 60)}, кв. {r.randint(1, 80)}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"sss": _sss, "tin_ph": _tin_ph, "philhealth": _philhealth, "kra_pin": _kra_pin, "ke_id": _ke_id,
            "imei": _imei, "phone_ph": _phone_ph, "phone_ke": _phone_ke, "dob_ph": _dob_ph, "dob_ke": _dob_ke,
            "iin": _iin, "kz_udl": _kz_udl, "kz_passport": _kz_passport, "am_passport": _am_passport,
            "phone_kz": _phone_kz, "phone_am": _phone_am, "kz_iban": _kz_iban, "codeword": _codeword,
            "otp": _otp},
    checks={"imei": lambda s: luhn_ok(s) and len(s.replace(" ", "")) == 15, "iin": _iin_ok,
            "kz_iban": _iban_ok, "phone_ph": _dials("PH"), "phone_ke": _dials("KE"),
            "phone_kz": _dials("KZ"), "phone_am": _dials("AM"),
            "kra_pin": lambda s: re.fullmatch(r"A\d{9}[A-Z]", s) is not None,
            "sss": lambda s: re.fullmatch(r"\d\d-?\d{7}-?\d", s) is not None},
    escapes={"js-escape": js_escape, "ncr-hex": ncr_hex},
    unescapes={"js-escape": _from_js_escape, "ncr-hex": _from_ncr_hex},
    lines={"ph_subd": _ph_subd, "ph_condo": _ph_condo, "ph_purok": _ph_purok, "ke_pobox": _ke_pobox,
           "ke_house": _ke_house, "ke_plot": _ke_plot, "kz_mkr": _kz_mkr, "kz_index_rk": _kz_index_rk,
           "kz_astana": _kz_astana, "kz_village": _kz_village, "kz_short": _kz_short, "am_yerevan": _am_yerevan},
    people={"en": ("en_PH", "en_KE", "sw"), "ru": ("hy_AM", "ka_GE")},
)

BANK: dict = {
    1: {
        "phone": {"en": ["CX verbally gave her callback no. as {v}",
                         "pls call me po at {v}, thank you",
                         "my number po is {v}, ⟦Globe|ORGANIZATION⟧",
                         "you can reach me on {v}, I'm on ⟦Safaricom|ORGANIZATION⟧",
                         "the claimant's contact number, as read out: {v}",
                         "rider says call him on {v} when you reach the gate",
                         "sawa, my line is {v}",
                         "Caller: it's {v} ma'am",
                         "consignee mobile per the call {v}",
                         "kindly text me at {v} if the rider is lost",
                         "my other sim is {v}, that one is always on",
                         "ok so my number is {v}, did you get it po?"],
                  "ru": ["мой номер {v}, звоните после пар",
                         "Клиент продиктовал номер: {v}",
                         "джан, запиши номер {v}",
                         "номер мамы {v}, если я не отвечу",
                         "мой сотовый {v}, ⟦билайн|ORGANIZATION⟧",
                         "в заявке укажите {v}, это мой",
                         "звони на {v}, я в общаге",
                         "контактный номер, со слов клиента, {v}",
                         "мой номер поменялся, теперь {v}",
                         "так, записывай, генацвале: {v}"]},
        "email": {"en": ["the claimant spelled out her email as {v}",
                         "CX email per verification: {v}",
                         "pls send the SOA to {v} po",
                         "email me at {v}, I check it daily",
                         "send the waybill to {v}",
                         "my gmail is {v}, the one with the dot",
                         "Caller confirmed email address {v}",
                         "the insured's email, as spoken, {v}"],
                  "ru": ["почта {v}, это для выписок",
                         "клиент назвал почту {v}",
                         "моя почта {v}, туда методичку",
                         "скинь мне на {v}",
                         "электронка {v}, джан",
                         "присылайте уведомления на {v}",
                         "почта старосты {v}",
                         "для справки из деканата почта {v}"]},
        "dob": {"en": ["my birthday po is {v}",
                       "the insured was born {v}",
                       "CX DOB per verification: {v}",
                       "I was born on {v}, in ⟦Kisumu|LOCATION⟧",
                       "my son was born {v}, he is covered also",
                       "her date of birth is {v}",
                       "the claimant gave her birth date as {v}",
                       "born {v}, that's what is on my ID"],
                "ru": ["родилась {v}, в ⟦Караганде|LOCATION⟧",
                       "дата рождения клиента, со слов, {v}",
                       "я родился {v}, запишите",
                       "бабушка родилась {v}, в ауле",
                       "днюха у меня {v}, запомни",
                       "сынок родился {v}",
                       "мой ДР {v}, можно поздравлять",
                       "клиентка родилась {v}"]},
        "fillers": {"en": ["aah", "po", "ahm", "wait lang", "sorry po", "eh", "sawa sawa", "ah yes", "pole", "kwani",
                           "ano"],
                    "ru": ["слушай сюда", "ну там", "короче говоря", "джан", "ай", "э-э-э, щас", "да-да", "как его там"]},
        "digit_sep": {"en": [" [long pause] ", " ... uh ... ", " <pause> "], "ru": [" [пауза] ", " … э … ", " <pause> "]},
        "email_at": {"en": [" at sign, ", " (@) ", " @, "], "ru": [" эт, ", " собачка, ", " на собаке "]},
        "email_dot": {"en": [" [.] ", " Dot ", " dot… "], "ru": [" [.] ", " тчк, ", " точечку "]},
        "spell": {"en": [", then ", ","], "ru": [", потом ", "… потом "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("Contact No.:", "PHONE", "phone_ph"), ("Mobile No.", "PHONE", "phone_ph"),
                        ("M-Pesa number", "PHONE", "phone_ke"), ("⟦Safaricom|ORGANIZATION⟧ line:", "PHONE", "phone_ke"),
                        ("Alt. contact", "PHONE", "phone_fmt"), ("Consignee tel", "PHONE", "phone_sep"),
                        ("SSS No.", "GOV_ID", "sss"), ("SSS number", "GOV_ID", "sss"),
                        ("TIN:", "GOV_ID", "tin_ph"), ("BIR TIN", "GOV_ID", "tin_ph"),
                        ("PhilHealth No.", "GOV_ID", "philhealth"), ("KRA PIN", "GOV_ID", "kra_pin"),
                        ("PIN No. (KRA):", "GOV_ID", "kra_pin"), ("National ID No.", "GOV_ID", "ke_id"),
                        ("my ID number is", "GOV_ID", "ke_id"), ("passport #", "GOV_ID", "licence"),
                        ("IMEI:", "OTHER", "imei"), ("IMEI of the lost unit", "OTHER", "imei"),
                        ("Policy No.", "OTHER", "policy"), ("Member ID (HMO)", "OTHER", "digits7"),
                        ("Birthday:", "DATE_OF_BIRTH", "dob_ph"), ("Date of Birth (mm/dd/yyyy)", "DATE_OF_BIRTH", "dob_us"),
                        ("DOB -", "DATE_OF_BIRTH", "dob_ke"), ("D.O.B:", "DATE_OF_BIRTH", "dob_slash"),
                        ("OTP is", "SECRET", "otp"), ("M-Pesa PIN", "SECRET", "pin4"), ("GCash MPIN", "SECRET", "pin4"),
                        ("portal password:", "SECRET", "password")],
                 "ru": [("ИИН", "GOV_ID", "iin"), ("ИИН клиента:", "GOV_ID", "iin"), ("ИИН студента", "GOV_ID", "iin"),
                        ("удостоверение личности №", "GOV_ID", "kz_udl"), ("номер удостоверения", "GOV_ID", "kz_udl"),
                        ("паспорт РК", "GOV_ID", "kz_passport"), ("паспорт РА", "GOV_ID", "am_passport"),
                        ("номер паспорта (Армения):", "GOV_ID", "am_passport"), ("российский паспорт", "GOV_ID", "passport_ru"),
                        ("тел. клиента", "PHONE", "phone_kz"), ("номер ⟦каспи|ORGANIZATION⟧", "PHONE", "phone_kz"),
                        ("вотсап мамы", "PHONE", "phone_kz"), ("ереванский номер", "PHONE", "phone_am"),
                        ("российский номер", "PHONE", "phone_fmt"), ("счёт для стипендии", "IBAN", "kz_iban"),
                        ("IBAN KZ:", "IBAN", "kz_iban"), ("номер студенческого", "OTHER", "digits7"),
                        ("номер зачётки", "OTHER", "digits7"), ("дата рождения клиента:", "DATE_OF_BIRTH", "dob_dots"),
                        ("ДР", "DATE_OF_BIRTH", "dob_iso"), ("г/р", "DATE_OF_BIRTH", "year_gr"),
                        ("кодовое слово", "SECRET", "codeword"), ("кодовое слово клиента:", "SECRET", "codeword"),
                        ("код из смс", "SECRET", "otp"), ("пароль от платонуса", "SECRET", "password"),
                        ("пин-код от карты ⟦каспи|ORGANIZATION⟧", "SECRET", "pin4")]},
        "carriers": {"en": ["Agent notes: {v}", "CX provided {v}", "{v} (per caller)", "Remarks: {v}",
                            "=> {v}", "{v} po", "Claim form, item 4: {v}", "dispatch: {v}", "noted, {v}"],
                     "ru": ["Заметка оператора: {v}", "клиент сообщил {v}", "{v} (со слов)", "Примечание: {v}",
                            "=> {v}", "{v}, джан", "в анкете на стипендию: {v}", "староста: {v}", "отметил, {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["add me on FB, {v}", "tag {v} in the GC", "rider {v} accepted the booking",
                      "my IG po is {v}", "escalate to {v} on the ops channel", "I'm {v} on X"],
               "ru": ["мой инст {v}", "отметь {v} в беседе группы", "{v} в тг, пишите",
                      "староста в телеге {v}", "ник на ⟦kolesa|ORGANIZATION⟧ {v}", "кинь в {v}"]},
        "url": {"en": ["my FB page is {v}", "claims photos uploaded to {v}", "the rider's profile {v}",
                       "follow my small business at {v}", "my resume is at {v}", "see the tracking page {v}"],
                "ru": ["моя страничка в инсте {v}", "конспекты выложила на {v}", "профиль на {v}",
                       "мой магазинчик {v}", "резюме: {v}", "смотрите {v}"]},
        "url_layouts": {"any": ["https://m.{site}/?ref=bookmark", "{site} (pls check)", "https://{site}?igsh=share",
                                "[https://{site}]"]},
        "ssh": {"any": ["ssh -o ServerAliveInterval=30 {v}", "ssh {v} -L 5432:localhost:5432",
                        "scp -r reports/ {v}:/srv/claims/", "ssh-copy-id -i ~/.ssh/bpo.pub {v}"]},
        "remote": {"any": ["git clone git@bitbucket.org:{v}.git", "git fetch https://github.com/{v}",
                           "composer require {v}", "source: https://github.com/{v}/releases"]},
        "registry": {"any": ["docker run --rm ghcr.io/{v}:stable", "image: docker.io/{v}:1.4",
                             "helm install claims oci://ghcr.io/{v}", "docker tag app registry.gitlab.com/{v}:rc"]},
        "home": {"any": ["/home/{v}/claims-export/", "E:\\Users\\{v}\\OneDrive\\Desktop\\", "/mnt/c/Users/{v}/Documents/",
                         "/export/home/{v}/claims/"]},
        "tool": {"en": ["the dispatcher app crashed on {v}", "IT told me to run {v}", "stuck at {v} po",
                        "screenshot of {v} attached"],
                 "ru": ["на паре запускали {v}", "админ сказал выполнить {v}", "застряло на {v}",
                        "скрин {v} в беседе"]},
        "mention": {"en": ["{h} noted po", "salamat {h}!", "{h} pls confirm the drop-off", "{h}: copy",
                           "asante {h}", "{h} haha"],
                    "ru": ["{h}, рахмет!", "{h} понял, джан", "{h}, скинь домашку", "{h}: принято",
                           "спасибки {h}", "{h} ахаха"]},
    },
    4: {
        "url": {"en": ["the tracking page sent ?{k}={v}&awb=new", "the claims portal prefilled {k}={v}",
                       "the CRM callback URL had {k}={v}&q=1", "GET /dispatch/track?{k}={v} 302"],
                "ru": ["страница отслеживания отправила ?{k}={v}&awb=new", "в ссылке из банка {k}={v}",
                       "в колбэке CRM {k}={v}&q=1", "в access.log: GET /cabinet?{k}={v}"]},
        "markup": {"en": ["the e-policy HTML shows <td class=\"{k}\">{v}</td>",
                          "the waybill template reads <strong>{v}</strong>",
                          "the agent console has <input value=\"{v}\">"],
                   "ru": ["в HTML выписки <td class=\"{k}\">{v}</td>",
                          "в шаблоне справки <strong>{v}</strong>",
                          "в консоли оператора <input value=\"{v}\">"]},
        "prose": {"en": ["the rider app shows the consignee as {v}", "the claim form's insured field reads {v}",
                         "the call transcript printed {v}", "the HMO card says {v}"],
                  "ru": ["в приложении банка получатель {v}", "в карточке клиента {v}",
                         "в расшифровке звонка {v}", "в студенческом написано {v}"]},
        "escapes": {"js-escape": {"en": ["the old tracking page put name={v} in the URL",
                                         "the booking widget logged consignee={v}",
                                         "the cookie held {v}"],
                                  "ru": ["старый сайт доставки передал name={v}",
                                         "виджет записи залогировал fio={v}",
                                         "в куке лежало {v}"]},
                    "ncr-hex": {"en": ["the e-policy XML has <InsuredName>{v}</InsuredName>",
                                       "the claims feed sent <consignee>{v}</consignee>",
                                       "the BPO's XML export lists the caller as {v}"],
                                "ru": ["в XML-выписке <ClientName>{v}</ClientName>",
                                       "в выгрузке деканата <fio>{v}</fio>",
                                       "в XML из банка получатель {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["pls deliver to {v}, near the sari-sari store", "drop-off: {v}", "the insured resides at {v}",
                        "my address po is {v}", "pickup at {v}, call when you're at the gate",
                        "loss location: {v}"],
                 "ru": ["адрес по прописке: {v}", "живу сейчас по адресу {v}", "доставка курьером на {v}",
                        "клиент проживает: {v}", "я теперь на {v}", "карту привезите на {v}"]},
        "block": {"en": ["Consignee address:\n{v}", "Address of insured\n{v}\n(per policy)",
                         "Deliver to:\n{v}\nLandmark: blue gate", "Billing address —\n{v}"],
                  "ru": ["Адрес регистрации клиента:\n{v}", "Адрес доставки карты\n{v}\n(с 10 до 18)",
                         "Фактический адрес:\n{v}\nзвонить за час", "Куда везти —\n{v}"]},
        "layouts": {"en": ["ph_subd", "ph_condo", "ph_purok", "ke_pobox", "ke_house", "ke_plot"],
                    "ru": ["kz_mkr", "kz_index_rk", "kz_astana", "kz_village", "kz_short", "am_yerevan"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Claimant: {v}", "Name of insured: {v}", "Consignee: {v}", "rider {v} is on the way",
                        "Caller identified herself as {v}", "Beneficiary: {v}", "endorsed to {v} for approval"],
                 "ru": ["Клиент: {v}", "Держатель карты: {v}", "староста {v} собирает деньги",
                        "куратор группы — {v}", "Получатель перевода: {v}", "звонил {v} насчёт кредита",
                        "Студент(ка): {v}"]},
        "kin": {"en": [("my tita", "f"), ("my tito", "m"), ("my lola", "f"), ("my lolo", "m"), ("my kuya", "m"),
                       ("my ate", "f"), ("my shosho", "f"), ("my mum's brother", "m"), ("my mother-in-law", "f")],
                "ru": [("моя апашка", "f"), ("мой аташка", "m"), ("моя келин", "f"), ("мой младший братишка", "m"),
                       ("моя одногруппница", "f"), ("мой научрук", "m"), ("моя соседка по общаге", "f"),
                       ("мой ахпер", "m")]},
        "kin_carriers": {"en": ["{v} will receive the parcel po", "{v} is the one paying the premium",
                                "{v} is abroad, OFW", "{v} will sign for it", "{v} sent it via M-Pesa",
                                "{v} is in the hospital, kindly expedite"],
                         "ru": ["{v} получит посылку", "{v} приедет из аула", "{v} скинула на ⟦каспи|ORGANIZATION⟧",
                                "{v} сдаёт сессию", "{v} передаёт салам", "{v} заберёт справку"]},
        "wordnames": {"en": {"f": ["Lovely", "Princess", "Cherry", "Sweet", "Sunshine", "Angel"],
                             "m": ["King", "Prince", "Noble", "Major", "Boy", "Baby"]},
                      "ru": {"f": ["Нора", "Алма", "Маргарита"], "m": ["Ислам", "Султан", "Арман"]}},
        "list": {"en": ["Riders on shift:\n{v}", "Dependents covered:\n{v}", "Escalation list\n{v}",
                        "| Claimant | Status |\n|---|---|\n{v}"],
                 "ru": ["Список группы:\n{v}", "Кто сдал на подарок\n{v}", "Созаёмщики:\n{v}",
                        "| Студент | Долги |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - delivered", "[x] {v}", "{v} (dependent)", "| {v} | for approval |"]},
        "broken": {"en": ["the claim was endorsed by adjuster {v} last week",
                          "the call was handled by agent {v} of the night shift"],
                   "ru": ["справку подписал декан {v}", "обращение принял сотрудник {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the agent's softphone registered from {v}", "the claims portal login came from {v}",
                      "pls whitelist {v} for the BPO site", "the rider app pinged from {v}",
                      "fail2ban banned {v} overnight", "my internet IP is {v} po"],
               "ru": ["вход в интернет-банк с {v}", "платонус пускает только с {v}", "айпишник общаги {v}",
                      "подозрительный вход с {v}", "разблокируйте {v}", "мой айпи {v}, проверьте"]},
        "iban": {"en": ["kindly remit the claim to {v}", "my euro account {v}", "refund via IBAN {v}",
                        "the settlement goes to {v}"],
                 "ru": ["перевод из ⟦Европы|LOCATION⟧ на {v}", "мой счёт в евро {v}", "возврат на IBAN {v}",
                        "стипендию фонда на {v}"]},
        "mac": {"en": ["the rider's tablet MAC is {v}", "the softphone's MAC {v}", "reserve {v} on the DHCP",
                       "the NAC flagged {v}"],
                "ru": ["MAC ноутбука для вайфая универа {v}", "MAC терминала {v}", "закрепите {v} за мной",
                       "сеть блокирует {v}"]},
        "card": {"en": ["my card is {v} po", "charge the deductible to {v}", "the card swiped was {v}",
                        "CX read the card as {v}"],
                 "ru": ["карта ⟦каспи|ORGANIZATION⟧ {v}", "номер карты клиента {v}", "кидай на {v}",
                        "карта {v}, заблокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Good afternoon po, this is {v}", "Insured name: {v}"],
                         "GOV_ID": ["my passport no. is {v}", "ID presented: {v}"],
                         "USERNAME": ["my username in the rider app is {v}", "portal user: {v}"]},
                  "ru": {"PERSON": ["Салем, я {v}", "ФИО клиента: {v}"],
                         "GOV_ID": ["паспорт РФ {v}", "паспортные данные клиента {v}"],
                         "USERNAME": ["мой логин в платонусе {v}", "пользователь: {v}"]}},
        "later": {"en": ["re: {v}", "still no update for {v} po", "{v} called again", "escalating {v}",
                         "(acct {v})"],
                  "ru": ["по клиенту {v}", "{v} опять звонит", "эскалация: {v}", "(клиент {v})", "{v}, напомни ещё раз"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the waybill for order {v} is printed", "order {v} RTS, consignee not home",
                     "⟦Lazada|ORGANIZATION⟧ order {v} po"],
              "ru": ["заказ {v} на ⟦kaspi|ORGANIZATION⟧", "заказ {v} ещё в пути", "курьер по заказу {v} не пришёл"]},
    "price": {"en": ["the deductible is {v}", "COD amount {v}", "premium of {v} monthly"],
              "ru": ["комиссия {v}", "за общагу {v} в месяц", "к оплате {v}"]},
    "timestamp": {"en": ["call logged {v}", "picked up by rider {v}", "claim filed {v}"],
                  "ru": ["обращение зарегистрировано {v}", "перевод выполнен {v}", "оценки выставлены {v}"]},
    "version": {"en": ["the rider app {v} keeps crashing", "softphone {v}", "after the {v} patch"],
                "ru": ["приложение банка {v}", "после обновления {v}", "платонус {v} глючит"]},
    "room": {"en": ["pre-shift huddle in room {v}", "training in room {v}", "see HR at office {v}"],
             "ru": ["пара в {v}", "деканат в кабинете {v}", "консультация в аудитории {v}"]},
    "flight": {"en": ["the cargo is on {v}", "my flight to ⟦Dubai|LOCATION⟧ is {v}", "balikbayan box on {v}"],
               "ru": ["лечу в ⟦Алматы|LOCATION⟧ рейсом {v}", "{v} задерживается на час", "встречай {v}"]},
    "isbn": {"en": ["the agent manual is ISBN {v}", "our reviewer, ISBN {v}", "ISBN {v} for the CPA exam"],
             "ru": ["учебник по матану ISBN {v}", "ISBN {v} есть в библиотеке", "ISBN {v}, для курсовой"]},
    "doc-ip": {"en": ["the SOP screenshot shows {v}", "the vendor's sample uses {v}", "the runbook example {v}"],
               "ru": ["в лабе пример {v}", "в методичке адрес {v}", "в примере настройки {v}"]},
    "spoken-date": {"en": ["the cutoff is {v}", "the team building is {v}", "payday falls on {v}"],
                    "ru": ["экзамен перенесли на {v}", "стипендию дадут на {v}", "защиту назначили на {v}"]},
    "kinship-verb": {"en": ["my tita {v} call you po", "my kuya {v} pick it up", "my shosho {v} sign"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Noted po, thank you.", "Okay, updated na.", "Sawa, done.", "Copy, will update.",
                        "Thank you, claim updated.", "Alright, logged."],
                 "ru": ["Рахмет, записал.", "Хорошо, поменял.", "Да, готово.", "Принял, обновлю.",
                        "Спасибо, заявка обновлена.", "Окей, занесла."]}
