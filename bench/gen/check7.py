"""The bank of ``check7``, the seventh pair's held-out set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: Maltese and Cypriot English, the English of Thai hotel and dive-shop staff with
their guests, tradespeople's quotes and invoices (plumbers, electricians, roofers), and funeral
directors arranging with bereaved families; in Russian, speakers in Estonia (Narva, Tallinn,
Ida-Virumaa) and Lithuania (Vilnius, Visaginas, Klaipėda), construction foremen and their
crews, garden cooperatives' chats and amateur fishing clubs. Its own shapes carry the check a
reader runs where the id has one. Written from memory, not from a specification: the layouts
of the Maltese identity card number, the Cypriot tax code and identity card, the Thai passport,
the PADI diver number, the UK UTR and Gas Safe numbers, the Estonian and Lithuanian document
numbers and the Russian work patent (none with a check written), the Cypriot and Baltic banks'
codes, the Buddhist Era year as the Gregorian year plus 543, and the post codes of Malta,
Cyprus, Thailand, Estonia and Lithuania; the accounts' own national check digits inside the
IBANs are not written (the IBAN's own check is). The Thai identity number's check (weights 13 to 2,
modulo 11) and the Estonian and Lithuanian personal codes' two-pass modulo-11 check are as
published.
"""

from __future__ import annotations

import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Malta (GO, Epic, Melita) and Thailand (AIS, True, dtac)
MOBILES = (("MT", ("79", "99", "77", "92"), 6, (4, 4)),
           ("TH", ("081", "086", "089", "062", "095", "061"), 7, (3, 3, 4)))
MT_ID_LETTERS = "MGAPLHBZ"
LT_MONTHS = ("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo",
             "spalio", "lapkričio", "gruodžio")


# -- family 2: shapes -----------------------------------------------------------------------

def _mt_id(v: Values, lang: str) -> str:
    """A Maltese identity card number: up to seven digits and a letter (M for Malta)."""
    n = str(v.rng.randint(1, 9_999_999))
    return (n.zfill(7) if v.rng.random() < 0.5 else n) + v.rng.choice("MMMMG" + MT_ID_LETTERS)


def _phone_mt(v: Values, lang: str) -> str:
    d, _ = v.mobile(MOBILES[0])
    return v.rng.choice((f"+356 {d[:4]} {d[4:]}", f"{d[:4]} {d[4:]}", f"+356{d}", f"(+356) {d}"))


def _cy_tic(v: Values, lang: str) -> str:
    """A Cypriot tax identification code: eight digits and a letter."""
    return v.rng.choice("0169") + v.digits(7, False) + v.rng.choice("ABCDEFGHKLMNPQRSTUVX")


def _cy_id(v: Values, lang: str) -> str:
    return v.digits(v.rng.choice((6, 7)))


def _phone_cy(v: Values, lang: str) -> str:
    while True:
        d = v.rng.choice(("99", "96", "97", "95", "94")) + v.digits(6, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, "CY")):
            break
    return v.rng.choice((f"+357 {d[:2]} {d[2:]}", f"{d[:2]}-{d[2:]}", f"+357 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                         f"00357{d}"))


def _iban(country: str, bban: str) -> str:
    number = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(number) % 97:02d}{bban}"


def _iban_ok(text: str) -> bool:
    s = text.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def _quads(iban: str, v: Values) -> str:
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if v.rng.random() < 0.6 else iban


def _cy_iban(v: Values, lang: str) -> str:
    """A Cypriot account: CY, the check digits, the bank (Bank of Cyprus 002, Hellenic 005), the
    branch and sixteen characters."""
    return _quads(_iban("CY", v.rng.choice(("002", "005")) + v.digits(5) + v.digits(16, False)), v)


def _th_check(d: str) -> int:
    return (11 - sum(int(c) * (13 - i) for i, c in enumerate(d)) % 11) % 10


def _th_id(v: Values, lang: str) -> str:
    """A Thai identity number: thirteen digits, the last its check, grouped 1-4-5-2-1."""
    body = v.rng.choice("1235") + v.digits(11, False)
    d = body + str(_th_check(body))
    return v.rng.choice((f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}", f"{d[0]} {d[1:5]} {d[5:10]} {d[10:12]} {d[12]}", d))


def _th_id_ok(text: str) -> bool:
    d = re.sub(r"[ -]", "", text)
    return len(d) == 13 and d.isdigit() and _th_check(d[:12]) == int(d[12])


def _th_passport(v: Values, lang: str) -> str:
    return v.rng.choice(("AA", "AB", "AC")) + v.digits(7, False)


def _phone_th(v: Values, lang: str) -> str:
    d, _ = v.mobile(MOBILES[1])
    return v.rng.choice((f"{d[:3]}-{d[3:6]}-{d[6:]}", f"+66 {d[1:3]} {d[3:6]} {d[6:]}", d, f"+66-{d[1:]}"))


def _dob_be(v: Values, lang: str) -> str:
    """A birth date in the Buddhist Era, as Thai documents print it: the year 543 ahead."""
    y, m, d = v.birth()
    return f"{d:02d}/{m:02d}/{y + 543}"


def _padi(v: Values, lang: str) -> str:
    """A PADI diver number: the year and month of the course, two letters and four digits."""
    return f"{v.rng.randint(5, 25):02d}{v.rng.randint(1, 12):02d}{v.rng.choice(('ES', 'TH', 'MT', 'CY', 'GB'))}{v.digits(4, False)}"


def _utr(v: Values, lang: str) -> str:
    """A UK Unique Taxpayer Reference: ten digits, often in two fives."""
    d = v.digits(10)
    return f"{d[:5]} {d[5:]}" if v.rng.random() < 0.5 else d


def _gas_safe(v: Values, lang: str) -> str:
    return v.digits(6)


def _ee_check(d: str) -> int:
    """The Estonian and Lithuanian personal code's check: weights 1-9,1; if 10, 3-9,1-3; if
    10 again, 0."""
    for weights in ((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)):
        r = sum(int(c) * w for c, w in zip(d, weights)) % 11
        if r < 10:
            return r
    return 0


def _personal_code(v: Values, lang: str) -> str:
    """An Estonian isikukood or a Lithuanian asmens kodas: the century and sex, the birth date,
    three digits and the check."""
    y, m, d = v.birth()
    body = f"{(3 if y < 2000 else 5) + v.rng.randint(0, 1)}{y % 100:02d}{m:02d}{d:02d}{v.digits(3, False)}"
    return body + str(_ee_check(body))


def _personal_code_ok(text: str) -> bool:
    return re.fullmatch(r"[3-6]\d{10}", text) is not None and _ee_check(text[:10]) == int(text[10])


def _ee_doc(v: Values, lang: str) -> str:
    """An Estonian ID card (two letters and seven digits) or an alien's passport (a letter)."""
    if v.rng.random() < 0.6:
        return v.rng.choice(("AB", "AC", "AS")) + v.digits(7, False)
    return v.rng.choice("KS") + v.digits(7, False)


def _lt_passport(v: Values, lang: str) -> str:
    return v.digits(8)


def _phone_ee(v: Values, lang: str) -> str:
    while True:
        d = "5" + v.digits(7, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, "EE")):
            break
    return v.rng.choice((f"+372 {d[:4]} {d[4:]}", f"{d[:4]} {d[4:]}", f"+372{d}", f"{d[:3]} {d[3:]}"))


def _phone_lt(v: Values, lang: str) -> str:
    d = "6" + v.digits(7, False)
    return v.rng.choice((f"+370 {d[:3]} {d[3:]}", f"8 {d[:3]} {d[3:]}", f"8-{d[:3]}-{d[3:]}", f"+370{d}"))


def _ee_iban(v: Values, lang: str) -> str:
    """An Estonian account: EE, the check digits, the bank (Swedbank 22, SEB 10, LHV 77) and
    fourteen digits."""
    return _quads(_iban("EE", v.rng.choice(("22", "10", "77")) + v.digits(14, False)), v)


def _lt_iban(v: Values, lang: str) -> str:
    """A Lithuanian account: LT, the check digits, the bank (Swedbank 73000, SEB 70440) and
    eleven digits."""
    return _quads(_iban("LT", v.rng.choice(("73000", "70440")) + v.digits(11, False)), v)


def _dob_lt(v: Values, lang: str) -> str:
    """A birth date as Lithuanian papers write it out: 1980 m. gegužės 12 d."""
    y, m, d = v.birth()
    return f"{y} m. {LT_MONTHS[m - 1]} {d} d."


def _patent(v: Values, lang: str) -> str:
    """A Russian work patent for a foreign worker: the region's series and ten digits."""
    return f"{v.rng.choice(('77', '50', '78', '47'))} № {v.digits(10)}"


def _cadastre(v: Values, lang: str) -> str:
    """A plot's cadastral number: region, district, quarter, plot."""
    return f"{v.rng.choice(('50', '47', '78', '69'))}:{v.rng.randint(1, 40):02d}:{v.digits(7, False)}:{v.rng.randint(1, 2999)}"


def _pin5(v: Values, lang: str) -> str:
    return v.digits(5, False)


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


# -- family 4: escapes ------------------------------------------------------------------------

def _cp1251_char(b: int) -> str:
    try:
        return bytes([b]).decode("cp1251")
    except UnicodeDecodeError:  # 0x98, which Windows-1251 leaves out, passes through
        return chr(b)


def mojibake_1251(text: str) -> str:
    """A name's UTF-8 bytes read as Windows-1251, as an old Windows program shows them:
    ``РРІР°РЅ`` for Иван, ``Р“В©`` for é."""
    return "".join(_cp1251_char(b) for b in text.encode("utf-8"))


def _from_mojibake_1251(text: str) -> str:
    out = bytearray()
    for c in text:
        try:
            out += c.encode("cp1251")
        except UnicodeEncodeError:
            out.append(ord(c))
    return out.decode("utf-8")


def bytea_hex(text: str) -> str:
    """A name as PostgreSQL prints a bytea value: ``\\x`` and the UTF-8 bytes in hex."""
    return "\\x" + text.encode("utf-8").hex()


def _from_bytea_hex(text: str) -> str:
    return bytes.fromhex(text[2:]).decode("utf-8")


# -- family 5: address layouts ----------------------------------------------------------------

MT_PLACES = (("Birkirkara", "BKR"), ("In-Naxxar", "NXR"), ("Il-Mosta", "MST"), ("Tas-Sliema", "SLM"),
             ("Ħaż-Żebbuġ", "ZBG"), ("Ħal Qormi", "QRM"), ("Ir-Rabat", "RBT"), ("San Ġwann", "SGN"),
             ("Victoria, Gozo", "VCT"), ("Marsaskala", "ZBR"))
MT_STREETS = ("Triq il-Kbira", "Triq San Pawl", "Triq il-Wied", "Triq ir-Repubblika", "Triq tal-Għolja",
              "Triq il-Merħla", "Triq Santa Venera", "Triq il-Fortizza")
MT_HOUSES = ("Dar il-Paċi", "Ta' Marija", "Il-Ġnien", "Villa Rosa", "Dar Ġużeppi", "Sunny Bay")
MT_BLOCKS = ("Block B, Sunny Court", "Marina Apartments", "Block C, Vista Apartments", "Seaview Flats",
             "Pjazza Mansions")
CY_STREETS = ("Makariou III Avenue", "Spyrou Kyprianou Avenue", "Griva Digeni", "Anexartisias", "Agiou Andreou",
              "Athinon Avenue", "Apostolou Pavlou Avenue", "Arch. Kyprianou")
CY_TOWNS = (("Nicosia", "1"), ("Limassol", "3"), ("Larnaca", "6"), ("Paphos", "8"), ("Strovolos", "20"),
            ("Paralimni", "5"))
TH_SOI = (("Soi Sukhumvit 24", "Khlong Tan", "Khlong Toei", "10110"),
          ("Soi Sukhumvit 39", "Khlong Tan Nuea", "Watthana", "10110"), ("Soi Saladaeng 1", "Si Lom", "Bang Rak", "10500"),
          ("Soi Ngam Duphli", "Thung Maha Mek", "Sathon", "10120"), ("Soi Ari 4", "Samsen Nai", "Phaya Thai", "10400"),
          ("Soi Ruam Rudi", "Lumphini", "Pathum Wan", "10330"), ("Soi Phahonyothin 24", "Chom Phon", "Chatuchak", "10900"))
TH_MOO = (("Rawai", "Mueang Phuket", "Phuket", "83130"), ("Bophut", "Ko Samui", "Surat Thani", "84320"),
          ("Ko Tao", "Ko Pha-ngan", "Surat Thani", "84360"), ("Ao Nang", "Mueang Krabi", "Krabi", "81180"),
          ("Nong Kwai", "Hang Dong", "Chiang Mai", "50230"), ("Karon", "Mueang Phuket", "Phuket", "83100"))


def _mt_house(v: Values) -> list[str]:
    """Malta: the house by its name in quotes, the street, the locality and its postcode."""
    r = v.rng
    place, code = r.choice(MT_PLACES)
    return [f"'{r.choice(MT_HOUSES)}', {r.choice(MT_STREETS)}, {place} {code} {r.randint(1000, 9999)}"]


def _mt_flat(v: Values) -> list[str]:
    """A Maltese flat over three lines: the flat and block, the street, the locality."""
    r = v.rng
    place, code = r.choice(MT_PLACES)
    return [f"Flat {r.randint(1, 24)}, {r.choice(MT_BLOCKS)}", f"{r.randint(1, 140)}, {r.choice(MT_STREETS)}",
            f"{place} {code}{r.randint(1000, 9999)}"]


def _cyp_street(v: Values) -> list[str]:
    """Cyprus: street and number, the flat, the four-digit postcode and the town."""
    r = v.rng
    town, prefix = r.choice(CY_TOWNS)
    return [f"{r.choice(CY_STREETS)} {r.randint(1, 250)}, {r.choice(('Flat', 'Apt', 'Office'))} {r.randint(1, 6)}0{r.randint(1, 9)}, "
            f"{prefix}{v.digits(4 - len(prefix), False)} {town}"]


def _cyp_pobox(v: Values) -> list[str]:
    r = v.rng
    town, prefix = r.choice(CY_TOWNS[:4])
    return [f"P.O. Box {r.randint(20000, 59999)}", f"{prefix}{v.digits(3, False)} {town}, Cyprus"]


def _th_soi(v: Values) -> list[str]:
    """Bangkok: house and sub-number on a soi, the khwaeng and khet, the city and postcode."""
    r = v.rng
    soi, khwaeng, khet, code = r.choice(TH_SOI)
    return [f"{r.randint(1, 300)}/{r.randint(1, 99)} {soi}, {khwaeng}, {khet}, Bangkok {code}"]


def _th_moo(v: Values) -> list[str]:
    """Out of Bangkok: house number and Moo (village), the tambon; the amphoe, province and
    postcode under it."""
    r = v.rng
    tambon, amphoe, province, code = r.choice(TH_MOO)
    return [f"{r.randint(1, 250)}/{r.randint(1, 40)} Moo {r.randint(1, 12)}, T. {tambon}",
            f"A. {amphoe}, {province} {code}"]


EE_LATIN = (("Tallinna mnt", "20303", "Narva"), ("Kreenholmi", "20104", "Narva"), ("Sõpruse pst", "13414", "Tallinn"),
            ("Mustakivi tee", "13912", "Tallinn"), ("Punane", "13619", "Tallinn"), ("Järveküla tee", "30328", "Kohtla-Järve"),
            ("Kesk", "40231", "Sillamäe"))
EE_CYR = (("Нарва", "ул. Кренгольми"), ("Нарва", "Таллиннское шоссе"), ("Таллинн, Ласнамяэ", "ул. Пунане"),
          ("Таллинн, Ласнамяэ", "ул. Мустакиви"), ("Кохтла-Ярве", "ул. Ярвекюла"), ("Силламяэ", "ул. Кеск"))
EE_DACHA = ("Нарва-Йыэсуу", "Олгина", "Кудрюкюла", "Сиргала")
EE_COOPS = ("Ромашка", "Рябинка", "Энергетик", "Строитель", "Кренгольм")
LT_LATIN = (("Žirmūnų g.", "LT-09214", "Vilnius"), ("Justiniškių g.", "LT-05110", "Vilnius"),
            ("Naugarduko g.", "LT-03225", "Vilnius"), ("Taikos pr.", "LT-31107", "Visaginas"),
            ("Jaunystės g.", "LT-31230", "Visaginas"), ("Minijos g.", "LT-93234", "Klaipėda"),
            ("Baltijos pr.", "LT-94132", "Klaipėda"))
LT_CYR = (("ул. Жирмуну", "LT-09214 Вильнюс"), ("ул. Юстинишкю", "LT-05110 Вильнюс"),
          ("пр. Тайкос", "LT-31107 Висагинас"), ("ул. Миниёс", "LT-93234 Клайпеда"))
LT_VILLAGES = (("Mickūnai", "Vilniaus r. sav.", "LT-14179"), ("Jašiūnai", "Šalčininkų r. sav.", "LT-17030"),
               ("Maišiagala", "Vilniaus r. sav.", "LT-14038"), ("Rūdiškės", "Trakų r. sav.", "LT-21011"))
LT_VILLAGE_STREETS = ("Sodų g.", "Mokyklos g.", "Liepų g.", "Ežero g.")


def _ee_latin(v: Values) -> list[str]:
    """Estonia as the post wants it: street, house-flat, postcode and town."""
    r = v.rng
    street, code, town = r.choice(EE_LATIN)
    return [f"{street} {r.randint(1, 120)}{r.choice(('', 'a', 'c'))}-{r.randint(1, 90)}, {code} {town}"]


def _ee_cyr(v: Values) -> list[str]:
    """The same in a Russian chat: the town, the street, house-flat."""
    r = v.rng
    town, street = r.choice(EE_CYR)
    return [f"{town}, {street} {r.randint(1, 120)}-{r.randint(1, 90)}"]


def _ee_dacha(v: Values) -> list[str]:
    """A garden cooperative's plot: the county, the village, the cooperative, the line and plot."""
    r = v.rng
    return [f"Ида-Вирумаа, {r.choice(EE_DACHA)}, садовый кооператив «{r.choice(EE_COOPS)}», "
            f"{r.randint(1, 12)}-я линия, уч. {r.randint(1, 300)}"]


def _lt_latin(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(LT_LATIN)
    return [f"{street} {r.randint(1, 140)}-{r.randint(1, 80)}, {code} {town}"]


def _lt_block(v: Values) -> list[str]:
    """The street in Cyrillic over one line, the LT- postcode and the town under it."""
    r = v.rng
    street, town = r.choice(LT_CYR)
    return [f"{street}, д. {r.randint(1, 140)}, кв. {r.randint(1, 80)}", town]


def _lt_rural(v: Values) -> list[str]:
    """A village house: street and number, the village, the district municipality, the code."""
    r = v.rng
    village, district, code = r.choice(LT_VILLAGES)
    return [f"{r.choice(LT_VILLAGE_STREETS)} {r.randint(1, 60)}, {village}, {district}, {code}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"mt_id": _mt_id, "phone_mt": _phone_mt, "cy_tic": _cy_tic, "cy_id": _cy_id, "phone_cy": _phone_cy,
            "cy_iban": _cy_iban, "th_id": _th_id, "th_passport": _th_passport, "phone_th": _phone_th,
            "dob_be": _dob_be, "padi": _padi, "utr": _utr, "gas_safe": _gas_safe,
            "personal_code": _personal_code, "ee_doc": _ee_doc, "lt_passport": _lt_passport,
            "phone_ee": _phone_ee, "phone_lt": _phone_lt, "ee_iban": _ee_iban, "lt_iban": _lt_iban,
            "dob_lt": _dob_lt, "patent": _patent, "cadastre": _cadastre, "pin5_sid": _pin5},
    checks={"th_id": _th_id_ok, "personal_code": _personal_code_ok, "cy_iban": _iban_ok, "ee_iban": _iban_ok,
            "lt_iban": _iban_ok, "phone_mt": _dials("MT"), "phone_cy": _dials("CY"), "phone_th": _dials("TH"),
            "phone_ee": _dials("EE"), "phone_lt": _dials("LT"),
            "mt_id": lambda s: re.fullmatch(r"\d{1,7}[MGAPLHBZ]", s) is not None},
    escapes={"mojibake-1251": mojibake_1251, "bytea-hex": bytea_hex},
    unescapes={"mojibake-1251": _from_mojibake_1251, "bytea-hex": _from_bytea_hex},
    lines={"mt_house": _mt_house, "mt_flat": _mt_flat, "cyp_street": _cyp_street, "cyp_pobox": _cyp_pobox,
           "th_soi": _th_soi, "th_moo": _th_moo, "ee_latin": _ee_latin, "ee_cyr": _ee_cyr, "ee_dacha": _ee_dacha,
           "lt_latin": _lt_latin, "lt_block": _lt_block, "lt_rural": _lt_rural},
    people={"en": ("mt_MT", "el_CY", "th_TH"), "ru": ("et_EE", "lt_LT")},
)

BANK: dict = {
    1: {
        "phone": {"en": ["the guest read his mobile out as {v}",
                         "call me on {v} mate, I'm on site till four",
                         "my number is {v}, it's ⟦Epic|ORGANIZATION⟧",
                         "you can reach me on {v} ka, at the dive shop",
                         "the family's contact, given on the phone: {v}",
                         "the funeral director said to ring {v} any hour",
                         "ok so the number, {v}",
                         "Guest: it's {v} yes",
                         "the plumber's mobile on the quote {v}",
                         "text me on {v} when you get to ⟦Larnaca|LOCATION⟧",
                         "my Cyprus number is {v}, the UK one is off",
                         "so that's {v}, you wrote it, no?"],
                  "ru": ["мой эстонский номер {v}, звоните после работы",
                         "прораб продиктовал номер: {v}",
                         "запишите номер председателя кооператива {v}",
                         "номер бригадира {v}, если я не отвечу",
                         "мой старый номер {v}, ещё ⟦Теле2|ORGANIZATION⟧",
                         "в накладной на бетон пишите {v}",
                         "звоните на {v}, я на объекте",
                         "телефон сторожа, со слов, {v}",
                         "у меня новый литовский номер, теперь {v}",
                         "значит, записывай: {v}, ага?"]},
        "email": {"en": ["the guest spelled her email out as {v}",
                         "customer's email as read out: {v}",
                         "please send the quote to {v}",
                         "email me on {v}, I check it evenings",
                         "send the order of service to {v}",
                         "my outlook is {v}, with the dot",
                         "the son confirmed the email as {v}",
                         "the dive centre's email, spoken, {v}"],
                  "ru": ["почта {v}, туда сметы",
                         "прораб назвал почту {v}",
                         "моя почта {v}, туда фото с рыбалки",
                         "шли на {v}",
                         "емейл {v}, айтях",
                         "акты выполненных работ на {v}",
                         "почта казначея кооператива {v}",
                         "для ⟦Sodra|ORGANIZATION⟧ почта {v}"]},
        "dob": {"en": ["I was born {v}, in ⟦Sliema|LOCATION⟧",
                       "the deceased was born on {v}",
                       "date of birth as the guest gave it: {v}",
                       "my mother was born {v}, she's on the booking",
                       "ka, my birthday is {v}",
                       "he was born {v}, in ⟦Limassol|LOCATION⟧",
                       "the widow gave his date of birth as {v}",
                       "born {v}, it's on my ID card"],
                "ru": ["родилась {v}, в ⟦Нарве|LOCATION⟧",
                       "дата рождения рабочего, со слов, {v}",
                       "я родился {v}, в ⟦Висагинасе|LOCATION⟧",
                       "бабуля родилась {v}, ещё в ⟦Кохтла-Ярве|LOCATION⟧",
                       "днюха у меня {v}, приезжайте на дачу",
                       "внук родился {v}, уже в ⟦Вильнюсе|LOCATION⟧",
                       "отец родился {v}, так и в паспорте",
                       "председатель родился {v}"]},
        "fillers": {"en": ["ka", "na", "mela", "ela", "re", "mate", "you know what", "let me check now", "hold on, hold on",
                           "okay-ka", "ehm", "yani"],
                    "ru": ["ага-ага", "ну значит так", "ну ты понял", "айтях", "вот это вот самое", "так, щас", "ну, как его",
                           "погоди-ка", "как сказать"]},
        "digit_sep": {"en": [" ... [silence] ... ", " -- erm -- ", " [line breaks up] "],
                      "ru": [" ... [тишина] ... ", " -- эм -- ", " [связь прерывается] "]},
        "email_at": {"en": [" at, like the at, ", " [at, yes] ", " commercial at "],
                     "ru": [" собака, ну эт, ", " [эт] ", " «собака», ну, "]},
        "email_dot": {"en": [" dot, yes, ", " [dot, yes] ", " dot-point "], "ru": [" точка, ну, ", " [точка, ну] ", " пункт "]},
        "spell": {"en": [" ... then after ", " ... and "], "ru": [", затем ", " ... и "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("ID card no.", "GOV_ID", "mt_id"), ("Maltese ID:", "GOV_ID", "mt_id"),
                        ("identity card number (Malta)", "GOV_ID", "mt_id"), ("TIC", "GOV_ID", "cy_tic"),
                        ("tax identification code:", "GOV_ID", "cy_tic"), ("Cypriot ID no.", "GOV_ID", "cy_id"),
                        ("Thai ID", "GOV_ID", "th_id"), ("citizen ID number:", "GOV_ID", "th_id"),
                        ("ID no. (13 digits)", "GOV_ID", "th_id"), ("Thai passport", "GOV_ID", "th_passport"),
                        ("UTR", "GOV_ID", "utr"), ("unique taxpayer ref:", "GOV_ID", "utr"),
                        ("Malta mobile", "PHONE", "phone_mt"), ("mob (MT):", "PHONE", "phone_mt"),
                        ("Cyprus mobile", "PHONE", "phone_cy"), ("tel. (CY)", "PHONE", "phone_cy"),
                        ("guest phone", "PHONE", "phone_th"), ("Line/phone:", "PHONE", "phone_th"),
                        ("next of kin tel", "PHONE", "phone_sep"), ("PADI no.", "OTHER", "padi"),
                        ("diver number:", "OTHER", "padi"), ("Gas Safe reg.", "OTHER", "gas_safe"),
                        ("Gas Safe registration number:", "OTHER", "gas_safe"),
                        ("IBAN for the deposit", "IBAN", "cy_iban"), ("D.O.B. (B.E.)", "DATE_OF_BIRTH", "dob_be"),
                        ("date of birth of the deceased:", "DATE_OF_BIRTH", "dob_month"),
                        ("DoB", "DATE_OF_BIRTH", "dob_slash"), ("born (BE)", "DATE_OF_BIRTH", "dob_be"),
                        ("room safe code", "SECRET", "pin4"), ("lockbox code:", "SECRET", "pin4"),
                        ("booking portal password", "SECRET", "password")],
                 "ru": [("isikukood", "GOV_ID", "personal_code"), ("личный код:", "GOV_ID", "personal_code"),
                        ("asmens kodas", "GOV_ID", "personal_code"), ("персональный код (LT)", "GOV_ID", "personal_code"),
                        ("ID-карта Эстонии", "GOV_ID", "ee_doc"), ("серый паспорт", "GOV_ID", "ee_doc"),
                        ("литовский паспорт №", "GOV_ID", "lt_passport"), ("патент на работу", "GOV_ID", "patent"),
                        ("патент:", "GOV_ID", "patent"), ("СНИЛС рабочего", "GOV_ID", "snils"),
                        ("эстонский номер", "PHONE", "phone_ee"), ("мобильный (EE):", "PHONE", "phone_ee"),
                        ("литовский номер", "PHONE", "phone_lt"), ("номер в ⟦Литве|LOCATION⟧:", "PHONE", "phone_lt"),
                        ("тел. прораба", "PHONE", "phone_sep"), ("arveldusarve", "IBAN", "ee_iban"),
                        ("счёт в ⟦Swedbank|ORGANIZATION⟧ (EE)", "IBAN", "ee_iban"), ("sąskaitos nr.", "IBAN", "lt_iban"),
                        ("IBAN для взносов", "IBAN", "lt_iban"), ("кадастровый номер", "OTHER", "cadastre"),
                        ("кадастровый №:", "OTHER", "cadastre"), ("gimimo data", "DATE_OF_BIRTH", "dob_lt"),
                        ("дата рождения (LT):", "DATE_OF_BIRTH", "dob_lt"), ("sünniaeg", "DATE_OF_BIRTH", "dob_dots"),
                        ("д.р. рабочего", "DATE_OF_BIRTH", "dob_dots"), ("PIN1 от Smart-ID", "SECRET", "pin4"),
                        ("PIN2:", "SECRET", "pin5_sid"), ("код от ворот кооператива", "SECRET", "pin4"),
                        ("пароль от кабинета застройщика", "SECRET", "password")]},
        "carriers": {"en": ["Quote notes: {v}", "guest gave {v}", "{v} (as per booking)", "funeral file: {v}",
                            "job sheet - {v}", "{v} ka", "can you confirm {v}", "{v}, cheers mate", "Box 4: {v}"],
                     "ru": ["прораб записал: {v}", "{v}, ага?", "в журнале объекта {v}", "бригадир скинул {v}",
                            "{v} (со слов рабочего)", "Для сметы: {v}", "кинь в вайбер {v}", "{v}, айтях",
                            "в заявлении в кооператив: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the dive shop, {v}", "tag {v} in the family group", "the plumber {v} replied",
                      "my insta handle is {v}", "DM {v} on the booking chat", "I'm {v} on Facebook"],
               "ru": ["мой ник в телеграме {v}", "отметь {v} в чате кооператива", "{v} в телеге, он бригадир",
                      "прораб в телеге {v}", "ник на рыболовном форуме {v}", "пишите {v}, она казначей"]},
        "url": {"en": ["my dive log is here {v}", "the memorial page is on {v}", "the electrician's page {v}",
                       "see my roofing jobs at {v}", "my dive profile's at {v}", "click this {v}"],
                "ru": ["мой канал про рыбалку {v}", "фото улова на {v}", "профиль бригадира {v}",
                       "мой блог про ⟦Нарву|LOCATION⟧ {v}", "моя анкета: {v}", "глянь тут {v}"]},
        "url_layouts": {"any": ["https://{site}?igsh=1", "{site} (link)", "https://m.{site}/?ref=wa",
                                "<{site}> <- link"]},
        "ssh": {"any": ["ssh -C {v}", "ssh -L 8080:localhost:80 {v}", "scp quote.pdf {v}:/srv/jobs/",
                        "sshfs {v}:/srv/jobs /mnt/jobs"]},
        "remote": {"any": ["git clone https://github.com/{v}.git --branch main", "git fetch git@gitlab.com:{v}.git",
                           "poetry add git+https://github.com/{v}.git", "bun add github:{v}"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:nightly", "FROM docker.io/{v}:slim",
                             "skopeo copy docker://quay.io/{v}:1 dir:/tmp/img", "image: registry.gitlab.com/{v}:dev"]},
        "home": {"any": ["/home/{v}/quotes/", "C:\\Users\\{v}\\Desktop\\Invoices\\", "/Users/{v}/Documents/dives/",
                         "~{v}/public_html/"]},
        "tool": {"en": ["the booking PC froze on {v}", "my nephew told me to run {v}", "it hung at {v}",
                        "put {v} in the chat"],
                 "ru": ["сын запускал {v}", "айтишник сказал ввести {v}", "всё зависло на {v}",
                        "кинул {v} в группу"]},
        "mention": {"en": ["{h} grazzi!", "efharisto {h}!", "{h} can you send the quote", "{h}: sorted",
                           "khob khun ka {h}", "{h} lol ok"],
                    "ru": ["{h}, айтях!", "{h} понял, ачю", "{h}, скинь смету", "{h}: принял, ачю",
                           "ачю {h}", "{h} ну ты даёшь"]},
    },
    4: {
        "url": {"en": ["the booking confirmation link had ?{k}={v}&lang=en", "the quote form prefilled {k}={v}",
                       "the memorial page redirect carried {k}={v}&ref=fb", "GET /dive/booking?{k}={v} 200"],
                "ru": ["ссылка на оплату взноса ?{k}={v}&lang=ru", "в ссылке от застройщика {k}={v}",
                       "в переходе с форума {k}={v}&p=3", "в логе сайта кооператива: GET /members?{k}={v}"]},
        "markup": {"en": ["the invoice HTML has <td data-field=\"{k}\">{v}</td>",
                          "the order of service template reads <i>{v}</i>",
                          "the booking form has <input type=\"text\" name=\"{k}\" value=\"{v}\">"],
                   "ru": ["в HTML сметы <td data-field=\"{k}\">{v}</td>",
                          "в шаблоне объявления <i>{v}</i>",
                          "в форме кооператива <input type=\"text\" name=\"{k}\" value=\"{v}\">"]},
        "prose": {"en": ["the banking app shows the payee as {v}", "the dive card says {v}",
                         "the quote is addressed to {v}", "the memorial card reads {v}"],
                  "ru": ["в приложении ⟦Swedbank|ORGANIZATION⟧ получатель {v}", "в табеле бригады {v}",
                         "в списке членов кооператива {v}", "на грамоте клуба написано {v}"]},
        "escapes": {"mojibake-1251": {"en": ["the old booking PC shows the guest as {v}",
                                             "the exported CSV came out as {v}",
                                             "the printed receipt reads {v}"],
                                      "ru": ["в старой бухгалтерии фамилия вышла как {v}",
                                             "в выгрузке из кассы {v}",
                                             "в письме кракозябры: {v}"]},
                    "bytea-hex": {"en": ["the database dump has the guest name as {v}",
                                         "psql printed the name column as {v}",
                                         "the backup row shows {v}"],
                                  "ru": ["в дампе базы кооператива имя {v}",
                                         "psql вывел колонку fio как {v}",
                                         "в бэкапе строка {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["send the invoice to {v}, the blue door", "meeting point: {v}", "the family lives at {v}",
                        "the job is at {v}", "the hearse will collect from {v}", "guest's home address {v}"],
                 "ru": ["адрес: {v}, калитка открыта", "мы живём на {v}, у магазина", "бетон везти на {v}",
                        "объект по адресу {v}", "я переехала на {v}", "сети заберу с {v}"]},
        "block": {"en": ["Home address:\n{v}", "Site address\n{v}\n(parking at the back)",
                         "Address of the deceased:\n{v}\nKeys with the neighbour", "Bill to -\n{v}"],
                  "ru": ["Адрес регистрации (по патенту):\n{v}", "Адрес объекта\n{v}\n(въезд со двора)",
                         "Адрес участка:\n{v}\nсобака на цепи", "Доставка -\n{v}"]},
        "layouts": {"en": ["mt_house", "mt_flat", "cyp_street", "cyp_pobox", "th_soi", "th_moo"],
                    "ru": ["ee_latin", "ee_cyr", "ee_dacha", "lt_latin", "lt_block", "lt_rural"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Guest: {v}", "Name of the deceased: {v}", "Customer: {v}", "the electrician {v} is en route",
                        "the caller said he's {v}", "Diver: {v}", "handed to {v} for the arrangements",
                        "Next of kin (per the form): {v}"],
                 "ru": ["Рабочий: {v}", "Член кооператива: {v}", "бригадир {v} принимает бетон",
                        "казначей — {v}", "Заказчик: {v}", "звонил {v} насчёт сетки",
                        "Рыбак: {v}"]},
        "kin": {"en": [("my nanna", "f"), ("my nannu", "m"), ("my ziju", "m"), ("my zija", "f"), ("my yiayia", "f"),
                       ("my pappou", "m"), ("my koumbaros", "m"), ("my apprentice", "m"), ("my late mother", "f"),
                       ("my late husband", "m")],
                "ru": [("моя бабушка по маме", "f"), ("мой прораб", "m"), ("мой бригадир", "m"), ("моя крёстная мама", "f"),
                       ("мой сосед по гаражу", "m"), ("моя сватья", "f"), ("моя соседка по даче", "f"), ("мой напарник по рыбалке", "m"),
                       ("мой брат-близнец", "m")]},
        "kin_carriers": {"en": ["{v} will sign the quote", "{v} is paying the deposit",
                                "{v} flies in from ⟦Manchester|LOCATION⟧", "{v} will register the death",
                                "{v} booked the dives", "{v} is on site tomorrow"],
                         "ru": ["{v} привезёт доски", "{v} приедет из ⟦Таллинна|LOCATION⟧", "{v} сдаст взносы",
                                "{v} копает картошку", "{v} передаёт привет из ⟦Клайпеды|LOCATION⟧", "{v} заберёт сети"]},
        "wordnames": {"en": {"f": ["Coral", "Sapphire", "Opal", "Jade", "Bliss", "Dove"],
                             "m": ["Mason", "Cooper", "Sterling", "Archer", "Sawyer", "Flint"]},
                      "ru": {"f": ["Дайна", "Гинтаре", "Аушра"], "m": ["Перкунас", "Вейас", "Ажуолас"]}},
        "list": {"en": ["Divers on the boat:\n{v}", "Pallbearers\n{v}", "Crew on the job:\n{v}",
                        "| Guest | Room |\n|---|---|\n{v}"],
                 "ru": ["Бригада на завтра:\n{v}", "Должники по взносам\n{v}", "Едут на рыбалку:\n{v}",
                        "| Член | Участок |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - confirmed", "* {v} (ok)", "{v} (crew)", "| {v} | 12 |"]},
        "broken": {"en": ["the quote was signed off by the site manager {v} yesterday",
                          "the arrangements were made by the funeral director {v} on Tuesday"],
                   "ru": ["акт подписал прораб {v}", "протокол собрания вела {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the dive shop PC connected from {v}", "the booking login came from {v}",
                      "please allow {v} on the office Wi-Fi", "the site camera pinged from {v}",
                      "the site router dropped {v} overnight", "my IP shows as {v}"],
               "ru": ["вход в кабинет застройщика с {v}", "камера на участке с {v}", "айпи прорабской {v}",
                      "левый вход с {v}", "снимите бан с {v}", "айпи у меня {v}"]},
        "iban": {"en": ["please pay the balance to {v}", "my EUR account at ⟦Bank of Valletta|ORGANIZATION⟧ is {v}", "refund the balance to IBAN {v}",
                        "the funeral costs go to {v}"],
                 "ru": ["взносы за воду на {v}", "мой счёт в ⟦SEB|ORGANIZATION⟧ {v}", "верните аванс на IBAN {v}",
                        "за материалы переводите на {v}"]},
        "mac": {"en": ["the booking tablet's MAC is {v}", "the site camera's MAC {v}", "whitelist {v} on the router",
                       "the switch logged {v}"],
                "ru": ["MAC камеры на участке {v}", "MAC эхолота {v}", "пропишите {v} в роутере",
                       "роутер не пускает {v}"]},
        "card": {"en": ["the card number is {v}, mate", "put the deposit on {v}", "the card she paid with was {v}",
                        "the guest read the card as {v}"],
                 "ru": ["карта для взносов {v}", "номер карты прораба {v}", "кидай на карту {v}",
                        "карта {v}, заблокируйте, потерял"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Hello, my name is {v}", "Name of the client: {v}"],
                         "GOV_ID": ["my driving licence number is {v}", "licence on file: {v}"],
                         "USERNAME": ["my username on the booking site is {v}", "account name: {v}"]},
                  "ru": {"PERSON": ["Тере, я {v}", "ФИО рабочего: {v}"],
                         "GOV_ID": ["паспорт РФ, номер {v}", "паспорт заказчика {v}"],
                         "USERNAME": ["мой логин на форуме {v}", "логин в кабинете застройщика: {v}"]}},
        "later": {"en": ["re {v} again", "nothing back from {v}", "{v} rang again", "follow-up on {v}",
                         "(client {v})"],
                  "ru": ["по рабочему {v}", "{v} опять звонил", "напоминаю насчёт {v}", "(см. выше: {v})",
                         "{v}, ответь"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the supplier's order {v} is late", "order {v} came with the wrong fittings",
                     "⟦Screwfix|ORGANIZATION⟧ order {v} ready to collect"],
              "ru": ["заказ {v} в ⟦Bauhof|ORGANIZATION⟧", "доски по заказу {v} привезли", "заказ {v} отменён"]},
    "price": {"en": ["the quote comes to {v}", "the dive package is {v}", "the coffin alone is {v}"],
              "ru": ["мешок цемента {v}", "взнос за сезон {v}", "блесна стоила {v}"]},
    "timestamp": {"en": ["boat leaves {v}", "job booked {v}", "service starts {v}"],
                  "ru": ["бетон приедет в {v}", "собрание в {v}", "клёв начался в {v}"]},
    "version": {"en": ["the booking app {v} crashed again", "the dive computer firmware {v}", "since the {v} firmware update"],
                "ru": ["приложение застройщика {v}", "прошивка эхолота {v}", "после апдейта {v} всё слетело"]},
    "room": {"en": ["the briefing is in room {v}", "the viewing is in chapel room {v}", "check-in desk, room {v}"],
             "ru": ["прорабская в вагончике {v}", "собрание в кабинете {v}", "клуб, комната {v}"]},
    "flight": {"en": ["my flight to ⟦Malta|LOCATION⟧ is {v}", "the family lands on {v}", "the body is flown on {v}"],
               "ru": ["лечу в ⟦Таллинн|LOCATION⟧ рейсом {v}", "{v} снова задерживают", "встречу тебя с {v} в ⟦Паланге|LOCATION⟧"]},
    "isbn": {"en": ["the dive manual is ISBN {v}", "the wiring regs book, ISBN {v}", "ISBN {v}, the grief guide"],
             "ru": ["справочник прораба ISBN {v}", "ISBN {v}, книга про рыбалку", "ISBN {v} про огород"]},
    "doc-ip": {"en": ["the camera manual shows {v}", "the router guide's example is {v}", "the setup sheet has {v}"],
               "ru": ["в мануале к камере {v}", "в инструкции роутера пример {v}", "на схеме подключения {v}"]},
    "spoken-date": {"en": ["the funeral is {v}", "the job starts {v}", "the dive trip is {v}"],
                    "ru": ["заливку перенесли на {v}", "собрание кооператива на {v}", "рыбалку назначили на {v}"]},
    "kinship-verb": {"en": ["my nanna {v} ring you", "my apprentice {v} finish it", "my pappou {v} come along"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Thanks, got that.", "Okay, updated.", "Grazzi, noted.", "Right, I'll sort it.",
                        "Thank you, the booking is updated.", "Fine, done."],
                 "ru": ["Айтях, записал.", "Хорошо, поменял в смете.", "Всё, внёс.", "Понял, поправлю.",
                        "Спасибо, смету обновил.", "Ага, сделала."]}
