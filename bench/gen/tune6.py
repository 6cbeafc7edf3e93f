"""The bank of ``tune6``, the sixth pair's tune set, and the code that is its own.

Its writers: Ghanaian and Sri Lankan English, nurses' ward handovers and the relatives of
patients, mobile-money agents and their customers, and church welfare committees; in Russian,
speakers living in Israel (Hebrew words in Russian sentences) and in Latvia, truck and freight
dispatchers, and online gaming clans. Its own shapes (each with the check a reader runs where
the id has one), address layouts, two escapes of family 4 and the locales of its writers'
names are in :data:`OWN`; ``bench/gen/banks.py`` takes :data:`BANK`, :data:`LOOKALIKES` and
:data:`REPLIES` from here. Written from memory, not from a specification: the Latvian personal
code's weights and key (the weights match public validators), the layout of the Ghana Card,
SSNIT and NHIS numbers and of Sri Lankan NICs (their check digits are not written: no reader
could confirm them), the Ghana Post GPS district codes and the postcodes of the towns.
"""

from __future__ import annotations

import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values, luhn_digit, luhn_ok

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Ghana (MTN, Telecel, AirtelTigo) and Sri Lanka
# (Dialog, Mobitel, Airtel, Hutch)
MOBILES = (("GH", ("024", "054", "055", "020", "050", "026", "027", "057"), 7, (3, 3, 4)),
           ("LK", ("070", "071", "072", "075", "076", "077", "078"), 7, (3, 3, 4)))
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
GUARD = "23456789BCDFGHJKMNPQRTVWXY"  # the letters of a Steam Guard code
STEAM_BASE = 76561197960265728  # the individual accounts' SteamID64 origin


# -- family 2: shapes -----------------------------------------------------------------------

def _gh_card(v: Values, lang: str) -> str:
    """A Ghana Card personal id number: GHA, nine digits and a final digit."""
    return f"GHA-{v.digits(9)}-{v.digits(1, False)}"


def _ssnit(v: Values, lang: str) -> str:
    """A SSNIT number: a letter and twelve digits, the birth year among them."""
    y = v.birth()[0]
    return v.rng.choice("CDEFGH") + f"{y % 100:02d}" + v.digits(10, False)


def _nhis(v: Values, lang: str) -> str:
    """An NHIS membership number: eight digits."""
    return v.digits(8)


def _folder(v: Values, lang: str) -> str:
    """A Ghanaian hospital's folder number: the year and a serial."""
    return f"{v.rng.choice(('KBTH', 'KATH', 'RGH', 'F'))}/{v.rng.randint(15, 25)}/{v.digits(5, False)}"


# the day of the year before each month as NICs count it: February always of 29 days
NIC_DAYS = (0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335)


def _nic_lk(v: Values, lang: str) -> str:
    """A Sri Lankan NIC: the old nine digits and V (year, day of the year, 500 more for a woman),
    or the new twelve digits with the full year."""
    y, m, d = v.birth()
    day = NIC_DAYS[m - 1] + d + (500 if v.rng.random() < 0.5 else 0)
    if y < 2000 and v.rng.random() < 0.5:
        return f"{y % 100:02d}{day:03d}{v.digits(4, False)}{v.rng.choice('VX')}"
    return f"{y}{day:03d}0{v.digits(4, False)}"


def _nic_ok(text: str) -> bool:
    m = re.fullmatch(r"(\d\d)(\d{3})\d{4}[VX]|(\d{4})(\d{3})0\d{4}", text)
    return m is not None and int(m[2] or m[4]) % 500 in range(1, 367)


def _bht(v: Values, lang: str) -> str:
    """A Sri Lankan Bed Head Ticket (ward admission) number."""
    return f"{v.rng.randint(1, 40)}/{v.digits(5)}"


def _lk_passport(v: Values, lang: str) -> str:
    return v.rng.choice("NM") + v.digits(7, False)


def _phone_gh(v: Values, lang: str) -> str:
    d, _ = v.mobile(MOBILES[0])
    return v.rng.choice((f"+233 {d[1:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"0{d[1:3]}-{d[3:]}",
                         f"233{d[1:]}"))


def _phone_lk(v: Values, lang: str) -> str:
    d, _ = v.mobile(MOBILES[1])
    return v.rng.choice((f"+94 {d[1:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:]}", f"+94{d[1:]}",
                         f"{d[:3]} {d[3:6]} {d[6:]}"))


def _dob_gh(v: Values, lang: str) -> str:
    """A birth date as Ghanaian forms print it: 05-Mar-1990."""
    y, m, d = v.birth()
    return f"{d:02d}-{MONTHS[m - 1]}-{y}"


def _dob_lk(v: Values, lang: str) -> str:
    """A birth date year first with dots, as Sri Lankan forms print it."""
    y, m, d = v.birth()
    return f"{y}.{m:02d}.{d:02d}"


def _tz(v: Values, lang: str) -> str:
    """An Israeli identity number (теудат зеут): eight digits and a Luhn digit."""
    body = v.rng.choice(("0", "2", "3", "3", "3")) + v.digits(7, False)
    return body + luhn_digit(body)


def _il_passport(v: Values, lang: str) -> str:
    return v.rng.choice(("2", "3")) + v.digits(7, False)


def _lv_check(d: str) -> int:
    return (1101 - sum(int(c) * w for c, w in zip(d, (1, 6, 3, 7, 9, 10, 5, 8, 4, 2)))) % 11


def _lv_code(v: Values, lang: str) -> str:
    """A Latvian personal code (personas kods): birth date, the century digit, three digits and
    the key; the weights and key are written from memory."""
    while True:
        y, m, d = v.birth()
        body = f"{d:02d}{m:02d}{y % 100:02d}{1 if y < 2000 else 2}{v.digits(3, False)}"
        check = _lv_check(body)
        if check < 10:
            return f"{body[:6]}-{body[6:]}{check}" if v.rng.random() < 0.8 else f"{body}{check}"


def _lv_code_ok(text: str) -> bool:
    d = text.replace("-", "")
    return len(d) == 11 and d.isdigit() and _lv_check(d[:10]) == int(d[10])


def _lv_passport(v: Values, lang: str) -> str:
    return v.rng.choice(("LV", "PA", "LA")) + v.digits(7, False)


def _phone_il(v: Values, lang: str) -> str:
    while True:
        d = v.rng.choice(("050", "052", "053", "054", "058")) + v.digits(7, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, "IL")):
            return v.rng.choice((f"{d[:3]}-{d[3:]}", f"+972-{d[1:3]}-{d[3:6]}-{d[6:]}", f"+972 {d[1:]}",
                                 f"{d[:3]}-{d[3:6]}-{d[6:]}"))


def _phone_lv(v: Values, lang: str) -> str:
    d = "2" + v.digits(7, False)
    while not phonenumbers.is_valid_number(phonenumbers.parse(d, "LV")):
        d = "2" + v.digits(7, False)
    return v.rng.choice((f"+371 {d}", f"+371 {d[:2]} {d[2:5]} {d[5:]}", d, f"(+371) {d[:4]} {d[4:]}"))


def _iban(country: str, bban: str) -> str:
    number = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(number) % 97:02d}{bban}"


def _iban_ok(text: str) -> bool:
    s = text.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def _lv_iban(v: Values, lang: str) -> str:
    """A Latvian account at Swedbank: LV, the check digits, the bank's letters (HABA) and thirteen
    characters."""
    iban = _iban("LV", "HABA" + v.digits(13, False))
    return iban if v.rng.random() < 0.6 else " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def _il_iban(v: Values, lang: str) -> str:
    """An Israeli account at Bank Leumi (10): IL, the check digits, bank, branch and a
    thirteen-digit account."""
    bban = "010" + v.digits(3) + "0" * 4 + v.digits(9, False)
    return _iban("IL", bban)


def _steam_id(v: Values, lang: str) -> str:
    """A SteamID64: the individual accounts' origin plus the account number."""
    return str(STEAM_BASE + v.rng.randint(10_000_000, 1_600_000_000))


def _steam_guard(v: Values, lang: str) -> str:
    return "".join(v.rng.choice(GUARD) for _ in range(5))


def _otp(v: Values, lang: str) -> str:
    return v.digits(6, False)


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


# -- family 4: escapes ------------------------------------------------------------------------

def utf7(text: str) -> str:
    """A name as UTF-7 writes it (RFC 2152), which SMS gateways and old mail clients still send:
    runs of non-ASCII characters as ``+`` base64 of UTF-16 ``-``."""
    return text.encode("utf-7").decode("ascii")


def _from_utf7(text: str) -> str:
    return text.encode("ascii").decode("utf-7")


def css_hex(text: str) -> str:
    """A name in a stylesheet's ``content:`` string as a CSS minifier writes it: each non-ASCII
    character as a backslash and six hex digits."""
    return "".join(c if ord(c) < 128 else f"\\{ord(c):06X}" for c in text)


def _from_css_hex(text: str) -> str:
    return re.sub(r"\\([0-9A-F]{6})", lambda m: chr(int(m[1], 16)), text)



# -- family 5: address layouts ------------------------------------------------------------------

GH_GPS = ("GA", "GT", "GW", "GE", "AK", "AS", "CC", "ER")  # Ghana Post GPS district codes
GH_AREAS = (("East Legon", "Accra"), ("Dansoman", "Accra"), ("Madina", "Accra"), ("Tema Comm. 25", "Tema"),
            ("Adenta", "Accra"), ("Ahodwo", "Kumasi"), ("Santasi", "Kumasi"), ("Abura", "Cape Coast"))
GH_STREETS = ("Adjiriganor St.", "Lagos Ave.", "Boundary Rd", "Mission St.", "Spintex Rd", "Osu Badu St.",
              "Nsawam Rd", "Kwame Nkrumah Ave.")
GH_BOXES = (("CT", "Cantonments, Accra"), ("AN", "Accra North"), ("KS", "Kumasi"), ("TN", "Teshie-Nungua"),
            ("MD", "Madina"), ("UP", "KNUST, Kumasi"))
LK_TOWNS = (("Colombo 03", "00300"), ("Colombo 05", "00500"), ("Dehiwala", "10350"), ("Nugegoda", "10250"),
            ("Kandy", "20000"), ("Galle", "80000"), ("Kadawatha", "11850"), ("Maharagama", "10280"),
            ("Negombo", "11500"), ("Kurunegala", "60000"))
LK_ROADS = ("Galle Road", "Temple Road", "Kandy Road", "Station Road", "High Level Road", "Peradeniya Road",
            "Old Road", "Baseline Road", "Hospital Road")


def _gh_gps(v: Values) -> list[str]:
    """A house by its Ghana Post GPS digital address alone, the way forms now ask for it."""
    r = v.rng
    return [f"{r.choice(GH_GPS)}-{r.randint(1, 999):03d}-{r.randint(1000, 9999)}"]


def _gh_house(v: Values) -> list[str]:
    """A house number, street and area over one line, the digital address under it."""
    r = v.rng
    area, city = r.choice(GH_AREAS)
    return [f"H/No. {r.randint(1, 60)}, {r.choice(GH_STREETS)}, {area}, {city}",
            f"{r.choice(GH_GPS)}-{r.randint(1, 999):03d}-{r.randint(1000, 9999)}"]


def _gh_pobox(v: Values) -> list[str]:
    """A post office box with its office's letters."""
    r = v.rng
    letters, office = r.choice(GH_BOXES)
    return [f"P. O. Box {letters} {r.randint(1, 9999)}, {office}"]


def _lk_numbered(v: Values) -> list[str]:
    """Sri Lanka: the house number with its sub-number, the road, the town and postcode."""
    r = v.rng
    town, code = r.choice(LK_TOWNS)
    return [f"No. {r.randint(1, 400)}/{r.randint(1, 9)}{r.choice(('', 'A', 'B'))}, {r.choice(LK_ROADS)}, {town} {code}"]


def _lk_lane(v: Values) -> list[str]:
    """A house down a numbered lane off a road, the town under it."""
    r = v.rng
    town, code = r.choice(LK_TOWNS)
    lane = r.choice(("1st", "2nd", "3rd", "4th", "5th", "6th"))
    return [f"{r.randint(1, 90)}/{r.randint(1, 12)}, {lane} Lane, {r.choice(LK_ROADS)}",
            f"{town}, {code}"]


def _lk_estate(v: Values) -> list[str]:
    """Up country: the line room on a tea estate, its division and the town."""
    r = v.rng
    estate = r.choice(("Glenloch Estate", "Pedro Estate", "Dunsinane Estate", "Mackwoods Estate"))
    town = r.choice(("Nuwara Eliya 22200", "Hatton 22000", "Talawakele 22100", "Bandarawela 90100"))
    return [f"Line No. {r.randint(1, 30)}, {r.choice(('Upper', 'Lower', 'Middle'))} Division, {estate}, {town}"]


IL_CITIES = (("Хайфа", "33"), ("Ашдод", "77"), ("Бат-Ям", "59"), ("Ришон ле-Цион", "75"), ("Нетания", "42"),
             ("Беэр-Шева", "84"), ("Кармиэль", "21"), ("Хадера", "38"))
IL_STREETS = ("Герцль", "Жаботинский", "Бальфур", "Бен-Гурион", "Рамбам", "Вейцман", "Ха-Атмаут", "Соколов")
LV_STREETS = ("Бривибас", "Маскавас", "Кр. Барона", "Гертрудес", "Валдемара", "Ригас", "Дзирнаву", "Стацияс")
LV_TOWNS = (("Рига", "10"), ("Даугавпилс", "54"), ("Елгава", "30"), ("Лиепая", "34"), ("Резекне", "46"))
LV_LATIN = ("Brīvības iela", "Maskavas iela", "Krišjāņa Barona iela", "Ganību dambis", "Lāčplēša iela",
            "Deglava iela", "Ulbrokas iela")


def _il_line(v: Values) -> list[str]:
    """Israel in a Russian chat: the city, the street, house/flat, as people say them."""
    r = v.rng
    city, _ = r.choice(IL_CITIES)
    return [f"{city}, ул. {r.choice(IL_STREETS)} {r.randint(1, 120)}/{r.randint(1, 40)}"]


def _il_block(v: Values) -> list[str]:
    """A form: street, house, entrance and flat; the city and the seven-digit mikud under it."""
    r = v.rng
    city, mikud = r.choice(IL_CITIES)
    return [f"ул. {r.choice(IL_STREETS)}, д. {r.randint(1, 90)}, кн. {r.choice('АБВ')}, кв. {r.randint(1, 60)}",
            f"{city}, {mikud}{v.digits(5, False)}"]


def _il_latin(v: Values) -> list[str]:
    """The address as the Israeli post prints it in Latin letters: street and number, the city,
    the mikud."""
    r = v.rng
    street = r.choice(("HaNassi", "Herzl", "Jabotinsky", "Sokolov", "HaAtsmaut", "Rothschild"))
    city, mikud = r.choice((("Ashdod", "77"), ("Haifa", "33"), ("Bat Yam", "59"), ("Netanya", "42")))
    return [f"{street} St {r.randint(1, 150)}/{r.randint(1, 30)}, {city} {mikud}{v.digits(5, False)}"]


def _lv_riga(v: Values) -> list[str]:
    """Latvia in Russian: the city, the street with house-flat, the LV- postcode."""
    r = v.rng
    town, prefix = r.choice(LV_TOWNS)
    return [f"{town}, ул. {r.choice(LV_STREETS)} {r.randint(1, 200)}-{r.randint(1, 90)}, "
            f"LV-{prefix}{r.randint(1, 84):02d}"]


def _lv_latin(v: Values) -> list[str]:
    """As the Latvian post wants it: street, house and korpuss, dzīvoklis; city and postcode."""
    r = v.rng
    korp = f" k-{r.randint(1, 5)}" if r.random() < 0.5 else ""
    return [f"{r.choice(LV_LATIN)} {r.randint(1, 250)}{korp}, dz. {r.randint(1, 120)}",
            f"Rīga, LV-10{r.randint(1, 84):02d}"]


def _lv_depot(v: Values) -> list[str]:
    """A freight terminal in a loading order: the company's yard by its street and the town."""
    r = v.rng
    return [f"LV-21{r.randint(10, 69)}, Ādažu nov., Kadaga, {r.choice(('Rīgas gatve', 'Ziemeļu iela'))} {r.randint(1, 30)}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"gh_card": _gh_card, "ssnit": _ssnit, "nhis": _nhis, "folder": _folder, "nic_lk": _nic_lk,
            "bht": _bht, "lk_passport": _lk_passport, "phone_gh": _phone_gh, "phone_lk": _phone_lk,
            "dob_gh": _dob_gh, "dob_lk": _dob_lk, "tz": _tz, "il_passport": _il_passport, "lv_code": _lv_code,
            "lv_passport": _lv_passport, "phone_il": _phone_il, "phone_lv": _phone_lv, "lv_iban": _lv_iban,
            "il_iban": _il_iban, "steam_id": _steam_id, "steam_guard": _steam_guard, "otp6": _otp},
    checks={"tz": lambda s: len(s) == 9 and luhn_ok(s), "lv_code": _lv_code_ok, "nic_lk": _nic_ok,
            "lv_iban": _iban_ok, "il_iban": _iban_ok, "phone_gh": _dials("GH"), "phone_lk": _dials("LK"),
            "phone_il": _dials("IL"), "phone_lv": _dials("LV"),
            "gh_card": lambda s: re.fullmatch(r"GHA-\d{9}-\d", s) is not None,
            "steam_id": lambda s: 0 < int(s) - STEAM_BASE < 2 ** 32},
    escapes={"utf-7": utf7, "css-hex": css_hex},
    unescapes={"utf-7": _from_utf7, "css-hex": _from_css_hex},
    lines={"gh_gps": _gh_gps, "gh_house": _gh_house, "gh_pobox": _gh_pobox, "lk_numbered": _lk_numbered,
           "lk_lane": _lk_lane, "lk_estate": _lk_estate, "il_line": _il_line, "il_block": _il_block,
           "il_latin": _il_latin, "lv_riga": _lv_riga, "lv_latin": _lv_latin, "lv_depot": _lv_depot},
    people={"en": ("tw_GH", "si_LK"), "ru": ("he_IL", "lv_LV")},
)

BANK: dict = {
    1: {
        "phone": {"en": ["the patient's daughter read her number out as {v}",
                         "call me on {v} chale, I dey here",
                         "my MoMo line is {v}, it's ⟦MTN|ORGANIZATION⟧",
                         "aney you can take me on {v}, that's ⟦Dialog|ORGANIZATION⟧",
                         "relative's contact, given over the phone: {v}",
                         "the agent said send the reversal to {v}",
                         "ok ok, the number is {v}",
                         "Caller: it's {v} madam",
                         "next of kin number per the handover {v}",
                         "flash me on {v} when you reach the junction",
                         "my second SIM is {v}, the other one is off",
                         "so my number, {v}, you got it no?"],
                  "ru": ["мой русский номер {v}, звони после смены",
                         "водитель продиктовал номер: {v}",
                         "запиши номер диспетчера {v}",
                         "мамин номер {v}, если не дозвонишься",
                         "мой старый номер {v}, ещё ⟦МТС|ORGANIZATION⟧",
                         "в накладной пишите {v}, это мой",
                         "звони на {v}, я на разгрузке",
                         "контакт грузополучателя, со слов, {v}",
                         "у меня новый номер, теперь {v}",
                         "короче, записывай: {v}, бэсэдэр?"]},
        "email": {"en": ["the relative spelled her email as {v}",
                         "customer email as read out: {v}",
                         "kindly send the statement to {v}",
                         "mail me at {v}, I check it every morning",
                         "send the lab results to {v}",
                         "my yahoo is {v}, the one with the dot",
                         "Caller confirmed the email as {v}",
                         "the welfare secretary's email, spoken, {v}"],
                  "ru": ["почта {v}, туда накладные",
                         "водитель назвал почту {v}",
                         "моя почта {v}, туда счёт",
                         "кинь на мыло {v}",
                         "имейл {v}, бэсэдэр",
                         "уведомления на {v}, пожалуйста",
                         "почта лидера клана {v}",
                         "для ⟦Битуах Леуми|ORGANIZATION⟧ почта {v}"]},
        "dob": {"en": ["I was born {v}, in ⟦Kumasi|LOCATION⟧",
                       "the patient was born on {v}",
                       "DOB as she said it: {v}",
                       "my mother was born {v}, she is on the policy",
                       "aney my birthday is {v}",
                       "he was born {v}, in ⟦Kandy|LOCATION⟧",
                       "the customer gave her birth date as {v}",
                       "born {v}, it's on my Ghana Card"],
                "ru": ["родилась {v}, в ⟦Даугавпилсе|LOCATION⟧",
                       "дата рождения водителя, со слов, {v}",
                       "я родился {v}, так и пишите",
                       "савта родилась {v}, ещё в ⟦Союзе|LOCATION⟧",
                       "днюшка у меня {v}, не забудь",
                       "дочка родилась {v}, в ⟦Хайфе|LOCATION⟧",
                       "мой день рождения {v}, тортик с тебя",
                       "грузополучатель родился {v}"]},
        "fillers": {"en": ["chale", "errm", "oo", "aney", "herh", "wait small", "ah-ah", "what", "ane",
                           "no?", "sorry, sorry"],
                    "ru": ["бэсэдэр", "слышь", "ну это самое", "ялла", "значит, так", "ээ, щас", "так, так, так", "ща скажу"]},
        "digit_sep": {"en": [" ... (pause) ... ", " -- er -- ", " [inaudible] "], "ru": [" (пауза) ", " -- э -- ", " [неразборчиво] "]},
        "email_at": {"en": [" at-sign, ", " <@> ", " @-sign "], "ru": [" эт, значит, ", " собачку ставишь, ", " — собака — "]},
        "email_dot": {"en": [" dot-o ", " d-o-t ", " fullstop "], "ru": [" дот, ", " точку, ", " <.> "]},
        "spell": {"en": [", and then ", " ... next "], "ru": [", дальше ", " ... следом "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("MoMo number", "PHONE", "phone_gh"), ("MoMo line:", "PHONE", "phone_gh"),
                        ("relative's tel", "PHONE", "phone_gh"), ("⟦Dialog|ORGANIZATION⟧ no.", "PHONE", "phone_lk"),
                        ("next of kin phone:", "PHONE", "phone_lk"), ("other contact", "PHONE", "phone_fmt"),
                        ("Ghana Card No.", "GOV_ID", "gh_card"), ("Ghana Card PIN:", "GOV_ID", "gh_card"),
                        ("NIA number", "GOV_ID", "gh_card"), ("SSNIT No.", "GOV_ID", "ssnit"),
                        ("SSNIT number:", "GOV_ID", "ssnit"), ("NIC No.", "GOV_ID", "nic_lk"),
                        ("NIC:", "GOV_ID", "nic_lk"), ("National Identity Card number", "GOV_ID", "nic_lk"),
                        ("passport no (SL)", "GOV_ID", "lk_passport"), ("NHIS card no.", "OTHER", "nhis"),
                        ("NHIS membership", "OTHER", "nhis"), ("Folder No.", "OTHER", "folder"),
                        ("BHT No.", "OTHER", "bht"), ("BHT:", "OTHER", "bht"),
                        ("date of birth (dd/mm/yyyy):", "DATE_OF_BIRTH", "dob_slash"),
                        ("Date of Birth -", "DATE_OF_BIRTH", "dob_gh"), ("Birth date:", "DATE_OF_BIRTH", "dob_lk"),
                        ("DOB (as per NIC)", "DATE_OF_BIRTH", "dob_lk"), ("MoMo PIN", "SECRET", "pin4"),
                        ("approval code is", "SECRET", "otp6"), ("ward system password:", "SECRET", "password"),
                        ("MoMo PIN is", "SECRET", "pin4")],
                 "ru": [("теудат зеут", "GOV_ID", "tz"), ("т.з.", "GOV_ID", "tz"), ("номер теудат зеута:", "GOV_ID", "tz"),
                        ("номер для битуах леуми", "GOV_ID", "tz"), ("даркон", "GOV_ID", "il_passport"),
                        ("персональный код", "GOV_ID", "lv_code"), ("перс. код:", "GOV_ID", "lv_code"),
                        ("personas kods", "GOV_ID", "lv_code"), ("латвийский паспорт", "GOV_ID", "lv_passport"),
                        ("паспорт негражданина", "GOV_ID", "lv_passport"), ("пелефон", "PHONE", "phone_il"),
                        ("номер в ⟦Израиле|LOCATION⟧:", "PHONE", "phone_il"), ("латвийский номер", "PHONE", "phone_lv"),
                        ("телефон водителя", "PHONE", "phone_lv"), ("российский мобильный", "PHONE", "phone_fmt"),
                        ("IBAN для оплаты рейса", "IBAN", "lv_iban"), ("счёт в ⟦Swedbank|ORGANIZATION⟧", "IBAN", "lv_iban"),
                        ("счёт в банке ⟦Леуми|ORGANIZATION⟧", "IBAN", "il_iban"), ("SteamID", "OTHER", "steam_id"),
                        ("стим айди:", "OTHER", "steam_id"), ("дата рождения (ДД.ММ.ГГГГ):", "DATE_OF_BIRTH", "dob_dots"),
                        ("ДР водителя", "DATE_OF_BIRTH", "dob_dots"), ("дата рождения по т.з.", "DATE_OF_BIRTH", "dob_slash"),
                        ("пароль от стима", "SECRET", "password"), ("код из гуарда", "SECRET", "steam_guard"),
                        ("код подтверждения", "SECRET", "otp6")]},
        "carriers": {"en": ["Handover: {v}", "relative gave {v}", "{v} (as per folder)", "MoMo agent logged {v}",
                            "ward note - {v}", "{v} oo", "pls confirm {v}", "{v} paa", "Enquiries: {v}"],
                     "ru": ["диспетчер записал: {v}", "{v}, бэсэдэр?", "в анкете клана {v}", "водила скинул {v}",
                            "{v} (со слов водителя)", "Примечание к рейсу: {v}", "скинь в личку {v}", "{v}, сабаба",
                            "для купат холим: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the welfare page, {v}", "tag {v} in the church group", "agent {v} confirmed the cash-out",
                      "my IG handle is {v}", "ping {v} on the ward chat", "I'm {v} on TikTok"],
               "ru": ["мой ник в стиме {v}", "тегни {v} в канале клана", "{v} в телеге, пишите по рейсу",
                      "диспетчер в телеге {v}", "ник на твиче {v}", "пиши {v}, он капитан"]},
        "url": {"en": ["my FB page is here {v}", "the harvest photos are on {v}", "the agent's profile {v}",
                       "follow my kente business at {v}", "my CV is at {v}", "check the fundraiser {v}"],
                "ru": ["мой стрим {v}", "демки выложил на {v}", "профиль игрока {v}",
                       "мой ютуб-канал {v}", "резюме водителя: {v}", "глянь-ка {v}"]},
        "url_layouts": {"any": ["https://{site}?utm_source=wa", "{site} <- here", "http://{site} (pls)",
                                "({site}) oo"]},
        "ssh": {"any": ["ssh -p 2200 {v}", "ssh -AX {v}", "rsync -av logs/ {v}:/var/backups/",
                        "sftp -P 22 {v}"]},
        "remote": {"any": ["git clone --depth 1 https://gitlab.com/{v}.git", "git remote add origin git@github.com:{v}.git",
                           "pip install -U git+https://github.com/{v}", "go install github.com/{v}/cmd/app@latest"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:edge", "FROM quay.io/{v}:2.0",
                             "podman run --rm docker.io/{v}", "image: registry.gitlab.com/{v}:main"]},
        "home": {"any": ["/home/{v}/ward-reports/", "D:\\Users\\{v}\\Downloads\\", "/Users/{v}/Desktop/handover/",
                         "C:/Users/{v}/AppData/Local/"]},
        "tool": {"en": ["the HMIS app hung on {v}", "the IT guy asked me to type {v}", "it stopped at {v} oo",
                        "pasted {v} in the group"],
                 "ru": ["на сервере клана запускал {v}", "админ сказал вбить {v}", "зависло на {v}",
                        "кинул {v} в дискорд"]},
        "mention": {"en": ["{h} thanks oo", "medaase {h}!", "{h} pls send the figures", "{h}: received",
                           "bohoma sthuthi {h}", "{h} lolz"],
                    "ru": ["{h}, тода раба!", "{h} понял, ялла", "{h}, скинь накладную", "{h}: принял",
                           "пасиб {h}", "{h} ахахах"]},
    },
    4: {
        "url": {"en": ["the MoMo receipt link had ?{k}={v}&ref=ussd", "the hospital portal prefilled {k}={v}",
                       "the callback URL carried {k}={v}&step=2", "GET /momo/verify?{k}={v} 200"],
                "ru": ["ссылка на трекинг груза ?{k}={v}&lang=ru", "в ссылке из купат холим {k}={v}",
                       "в редиректе {k}={v}&step=2", "в логе nginx: GET /cabinet/load?{k}={v}"]},
        "markup": {"en": ["the discharge summary HTML has <td class=\"{k}\">{v}</td>",
                          "the receipt template reads <b>{v}</b>",
                          "the agent page has <input name=\"{k}\" value=\"{v}\">"],
                   "ru": ["в HTML накладной <td class=\"{k}\">{v}</td>",
                          "в шаблоне письма <b>{v}</b>",
                          "в форме клана <input name=\"{k}\" value=\"{v}\">"]},
        "prose": {"en": ["the MoMo app shows the recipient as {v}", "the ward board reads {v}",
                         "the SMS printed {v}", "the NHIS card says {v}"],
                  "ru": ["в банковском приложении получатель {v}", "в CMR получатель {v}",
                         "в профиле игрока {v}", "на бланке написано {v}"]},
        "escapes": {"utf-7": {"en": ["the SMS gateway logged the sender as {v}",
                                     "the old mail client sent From: {v}",
                                     "the bulk SMS report lists {v}"],
                              "ru": ["SMS-шлюз записал отправителя как {v}",
                                     "старый почтовик прислал From: {v}",
                                     "в отчёте рассылки {v}"]},
                    "css-hex": {"en": ["the certificate's CSS has content: \"{v}\"",
                                       "the badge stylesheet writes {v}",
                                       "the minified CSS for the name tag reads {v}"],
                                "ru": ["в CSS грамоты content: \"{v}\"",
                                       "в стилях бейджа клана {v}",
                                       "в минифицированном CSS табличка {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["deliver to {v}, near the big neem tree", "drop-off point: {v}", "the patient lives at {v}",
                        "my house is {v}", "pick up at {v}, call me at the gate", "last known address {v}"],
                 "ru": ["адрес такой: {v}", "живу на {v}, это возле каньона", "груз на {v}",
                        "выгрузка по адресу {v}", "я переехал на {v}", "посылку на {v}"]},
        "block": {"en": ["Residential address:\n{v}", "Address of next of kin\n{v}\n(as given)",
                         "Deliver to:\n{v}\nLandmark: opposite the chapel", "Postal address -\n{v}"],
                  "ru": ["Адрес прописки:\n{v}", "Адрес выгрузки\n{v}\n(с 8 до 17)",
                         "Фактический адрес:\n{v}\nзвонить заранее", "Куда грузить -\n{v}"]},
        "layouts": {"en": ["gh_gps", "gh_house", "gh_pobox", "lk_numbered", "lk_lane", "lk_estate"],
                    "ru": ["il_line", "il_block", "il_latin", "lv_riga", "lv_latin", "lv_depot"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Patient: {v}", "Name of next of kin: {v}", "Recipient: {v}", "agent {v} is on the way",
                        "the caller said she is {v}", "Welfare beneficiary: {v}", "passed to {v} for sign-off"],
                 "ru": ["Водитель: {v}", "Получатель груза: {v}", "капитан клана {v} собирает состав",
                        "экспедитор — {v}", "Плательщик: {v}", "звонил {v} по поводу рейса",
                        "Игрок: {v}"]},
        "kin": {"en": [("my auntie", "f"), ("my senior brother", "m"), ("my junior sister", "f"), ("my akka", "f"),
                       ("my aiya", "m"), ("my malli", "m"), ("my nangi", "f"), ("my grandpa", "m"),
                       ("my husband's mother", "f")],
                "ru": [("моя савта", "f"), ("мой саба", "m"), ("моя мадриха", "f"), ("мой напарник", "m"),
                       ("моя диспетчерша", "f"), ("мой тиммейт", "m"), ("моя младшая сеструха", "f"),
                       ("мой свояк", "m")]},
        "kin_carriers": {"en": ["{v} will collect the results", "{v} is paying the bill",
                                "{v} is in ⟦Dubai|LOCATION⟧, working", "{v} will sign the consent",
                                "{v} sent it by MoMo", "{v} is on admission, kindly help"],
                         "ru": ["{v} примет груз", "{v} прилетает из ⟦Риги|LOCATION⟧", "{v} кинет деньги на карту",
                                "{v} рубится в доту", "{v} передаёт привет из ⟦Хайфы|LOCATION⟧", "{v} заберёт документы"]},
        "wordnames": {"en": {"f": ["Perpetual", "Beauty", "Felicity", "Divine", "Gifty", "Modesty"],
                             "m": ["Courage", "Wisdom", "Bright", "Prosper", "Godsway", "Righteous"]},
                      "ru": {"f": ["Рута", "Лайма", "Лиана"], "m": ["Ор", "Гай", "Дан"]}},
        "list": {"en": ["Nurses on duty:\n{v}", "Welfare committee:\n{v}", "Agents this week\n{v}",
                        "| Patient | Bed |\n|---|---|\n{v}"],
                 "ru": ["Состав клана:\n{v}", "Водители на неделе\n{v}", "Кто скинулся:\n{v}",
                        "| Игрок | Роль |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - on duty", "( ) {v}", "{v} (relative)", "| {v} | bed 4 |"]},
        "broken": {"en": ["the chart was signed by the house officer {v} on night duty",
                          "the cash-out was approved by agent {v} at the main branch"],
                   "ru": ["рейс подтвердил экспедитор {v}", "заявку принял диспетчер {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the ward PC connected from {v}", "the MoMo portal login came from {v}",
                      "kindly whitelist {v} for the agent app", "the tablet pinged from {v}",
                      "the firewall blocked {v} last night", "my IP is {v}, check am"],
               "ru": ["вход на сервер клана с {v}", "трекер пускает только с {v}", "айпи склада {v}",
                      "странный логин с {v}", "разбаньте {v}", "мой айпишник {v}, проверь"]},
        "iban": {"en": ["kindly transfer the refund to {v}", "my euro account is {v}", "pay back via IBAN {v}",
                        "the remittance goes to {v}"],
                 "ru": ["оплата фрахта на {v}", "мой евро-счёт {v}", "верните на IBAN {v}",
                        "за рейс переводите на {v}"]},
        "mac": {"en": ["the ward tablet's MAC is {v}", "the POS terminal's MAC {v}", "bind {v} on the router",
                       "the network flagged {v}"],
                "ru": ["MAC планшета водителя {v}", "MAC приставки {v}", "привяжите {v} ко мне",
                       "роутер режет {v}"]},
        "card": {"en": ["my card number is {v}", "charge the bill to {v}", "the card they used was {v}",
                        "customer read the card as {v}"],
                 "ru": ["карта для донатов {v}", "номер карты водителя {v}", "скинь на {v}",
                        "карта {v}, заблокируйте её"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Good morning, my name is {v}", "Name of patient: {v}"],
                         "GOV_ID": ["my passport, the number is {v}", "ID shown: {v}"],
                         "USERNAME": ["my username on the agent app is {v}", "app user: {v}"]},
                  "ru": {"PERSON": ["Шалом, я {v}", "ФИО водителя: {v}"],
                         "GOV_ID": ["российский паспорт {v}", "паспортные данные водителя {v}"],
                         "USERNAME": ["мой логин на трекере {v}", "юзер на трекере: {v}"]}},
        "later": {"en": ["about {v}", "no news yet for {v}", "{v} called back", "following up {v}",
                         "(patient {v})"],
                  "ru": ["по водителю {v}", "{v} снова звонил", "напоминаю: {v}", "(см. заявку {v})", "{v}, ответь уже"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the receipt for order {v} is ready", "order {v} not delivered, nobody home",
                     "⟦Jumia|ORGANIZATION⟧ order {v} oo"],
              "ru": ["заявка {v} на ⟦Yandex Delivery|ORGANIZATION⟧", "груз по заявке {v} в пути", "заказ {v} пришёл битый"]},
    "price": {"en": ["the bill is {v}", "cash-out fee {v}", "the welfare dues are {v}"],
              "ru": ["фрахт {v}", "за скин отдал {v}", "к оплате по счёту {v}"]},
    "timestamp": {"en": ["handover done {v}", "MoMo sent {v}", "admitted {v}"],
                  "ru": ["загрузка в {v}", "отметка на границе {v}", "матч начался {v}"]},
    "version": {"en": ["the MoMo app {v} is slow", "HMIS {v}", "after the {v} update"],
                "ru": ["клиент игры {v}", "патч {v} всё сломал", "трекер {v} глючит"]},
    "room": {"en": ["ward round starts in room {v}", "meeting in room {v}", "see the matron at office {v}"],
             "ru": ["склад, ворота {v}", "офис в комнате {v}", "сбор в кабинете {v}"]},
    "flight": {"en": ["the samples are on {v}", "my flight to ⟦London|LOCATION⟧ is {v}", "auntie lands on {v}"],
               "ru": ["лечу в ⟦Тель-Авив|LOCATION⟧ рейсом {v}", "{v} опять задерживают", "встречу тебя с {v}"]},
    "isbn": {"en": ["the nursing handbook is ISBN {v}", "past questions book, ISBN {v}", "ISBN {v} for the exam"],
             "ru": ["книга по логистике ISBN {v}", "ISBN {v} в библиотеке есть", "гайд по игре ISBN {v}"]},
    "doc-ip": {"en": ["the manual's screenshot shows {v}", "the vendor's example uses {v}", "the training slide has {v}"],
               "ru": ["в доке сервера пример {v}", "в гайде адрес {v}", "в примере конфига {v}"]},
    "spoken-date": {"en": ["the harvest is {v}", "the outreach is {v}", "salary comes {v}"],
                    "ru": ["рейс перенесли на {v}", "турнир назначили на {v}", "отпуск дали на {v}"]},
    "kinship-verb": {"en": ["my auntie {v} call you back", "my aiya {v} bring it", "my nangi {v} come along"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Received, thank you.", "Okay, it's updated.", "Noted, medaase.", "Alright, will do.",
                        "Thanks, the record is updated.", "Fine, logged it."],
                 "ru": ["Тода, записал.", "Окей, исправил.", "Есть, готово.", "Принято, поправлю.",
                        "Спасибо, заявку обновил.", "Ок, занесла."]}
