"""The bank of ``tune7``, the seventh pair's tune set, and the code that is its own.

Its writers: Nepali English (trekking and manpower agencies, families sending remittances) and
Welsh English (housing-association tenants and their repairs), veterinary clinics and pet
owners, and the registrars of amateur football clubs; in Russian, speakers living in Finland
(Finnish words in Russian sentences) and in Kyrgyzstan (Bishkek, Osh and the villages, Kyrgyz
words), residents' chats of house-management companies, and car-service garages. Its own
shapes (each with the check a reader runs where the id has one), address layouts, two escapes
of family 4 and the locales of its writers' names are in :data:`OWN`; ``bench/gen/banks.py``
takes :data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here. Written from memory, not
from a specification: the layouts of the Nepali citizenship certificate, NID, PAN and passport
numbers, of the Kyrgyz ПИН (the sex digit, the birth date, five digits), ID card and passport,
of the FA number, the tenancy and council-tax references and the pets' microchips (ISO 11784:
the country or the maker's code and twelve digits), and the ELCARD card prefix (none with a
check written but the card's Luhn digit; a VIN's ninth character is a check only in North
America, and is not written); the Bikram Sambat year as the Gregorian year plus 56 or 57
(the month moved by nine, the day kept); the post codes of Nepal, Kyrgyzstan and Finland and the Welsh
postcode districts; the Finnish account's own check digit inside the IBAN is not written (the
IBAN's own check is). The Finnish henkilötunnus' check character (the nine digits modulo 31)
and its century signs are as published.
"""

from __future__ import annotations

import html
import html.entities
import re
from urllib.parse import quote, unquote

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values, luhn_digit, luhn_ok

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Nepal's mobiles (Nepal Telecom, Ncell) and the Welsh
# towns' landlines (Swansea, Bangor, Aberystwyth, Carmarthen, Wrexham)
MOBILES = (("NP", ("984", "985", "986", "980", "981", "982", "974", "976"), 7, (3, 3, 4)),
           ("GB", ("01792", "01248", "01970", "01267", "01978"), 6, (5, 6)))
KG_CODES = ("555", "550", "700", "705", "770", "777", "500", "999")  # MegaCom, Beeline, O!
HETU_KEYS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
PLATE_LETTERS = "АВЕКМНОРСТУХ"  # the Cyrillic letters that have Latin twins
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


# -- family 2: shapes -----------------------------------------------------------------------

def _citizenship_np(v: Values, lang: str) -> str:
    """A Nepali citizenship certificate number: the district, the office, the year of issue
    (Bikram Sambat, two digits) and a serial."""
    return f"{v.rng.randint(1, 77):02d}-{v.rng.randint(1, 3):02d}-{v.rng.randint(40, 80)}-{v.digits(5, False)}"


def _nid_np(v: Values, lang: str) -> str:
    """A Nepali national identity number: ten digits in threes."""
    d = v.digits(10)
    return f"{d[:3]}-{d[3:6]}-{d[6:9]}-{d[9]}" if v.rng.random() < 0.6 else d


def _pan_np(v: Values, lang: str) -> str:
    return v.rng.choice("1236") + v.digits(8, False)


def _passport_np(v: Values, lang: str) -> str:
    return "PA" + v.digits(7, False)


def _phone_np(v: Values, lang: str) -> str:
    d, _ = v.mobile(MOBILES[0])
    return v.rng.choice((f"+977-{d}", f"{d[:4]}-{d[4:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"+977 {d[:3]}-{d[3:]}"))


def _dob_bs(v: Values, lang: str) -> str:
    """A birth date in Bikram Sambat, as Nepali documents print it: the year 56 or 57 ahead."""
    y, m, d = v.birth()
    bs = y + (57 if m >= 4 else 56)
    return v.rng.choice((f"{bs}/{(m + 8) % 12 + 1:02d}/{d:02d}", f"{bs}-{(m + 8) % 12 + 1:02d}-{d:02d}"))


def _phone_cymru(v: Values, lang: str) -> str:
    """A Welsh landline: Cardiff's 029, or a town's five-digit code."""
    while True:
        code = v.rng.choice(("029", "01792", "01248", "01970", "01267", "01978", "01554"))
        d = code + (("2" + v.digits(7, False)) if code == "029" else v.digits(6))
        if phonenumbers.is_valid_number(phonenumbers.parse(d, "GB")):
            break
    if code == "029":
        return v.rng.choice((f"029 {d[3:7]} {d[7:]}", f"(029) {d[3:]}", f"+44 29 {d[3:7]} {d[7:]}"))
    return v.rng.choice((f"{d[:5]} {d[5:]}", f"({d[:5]}) {d[5:]}", f"+44 {d[1:5]} {d[5:]}"))


def _tenancy(v: Values, lang: str) -> str:
    return f"T{v.digits(7, False)}" if v.rng.random() < 0.5 else f"TEN/{v.digits(6, False)}/0{v.rng.randint(1, 4)}"


def _ctax(v: Values, lang: str) -> str:
    return v.rng.choice("1256") + v.digits(8, False)


def _microchip(v: Values, lang: str) -> str:
    """A pet's ISO microchip: the country (826) or the maker's code and twelve digits."""
    return v.rng.choice(("826", "900", "941", "985", "977")) + v.digits(12, False)


def _vet_client(v: Values, lang: str) -> str:
    return f"{v.rng.choice(('CL', 'C', 'PT'))}{v.digits(6, False)}"


def _fan(v: Values, lang: str) -> str:
    """An FA number, by which a grassroots player is registered: eight or nine digits."""
    return v.digits(v.rng.choice((8, 9)))


def _hetu_key(digits: str) -> str:
    return HETU_KEYS[int(digits) % 31]


def _hetu(v: Values, lang: str) -> str:
    """A Finnish henkilötunnus: the birth date, the century sign, the individual number and the
    check character."""
    y, m, d = v.birth()
    signs = ("-", "-", "-", "Y", "X") if y < 2000 else ("A", "A", "B")
    n = f"{v.rng.randint(2, 899):03d}"
    date = f"{d:02d}{m:02d}{y % 100:02d}"
    return f"{date}{v.rng.choice(signs)}{n}{_hetu_key(date + n)}"


def _hetu_ok(text: str) -> bool:
    m = re.fullmatch(r"(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])", text)
    return m is not None and _hetu_key(m[1] + m[2]) == m[3]


def _iban(country: str, bban: str) -> str:
    number = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(number) % 97:02d}{bban}"


def _iban_ok(text: str) -> bool:
    s = text.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def _fi_iban(v: Values, lang: str) -> str:
    """A Finnish account: FI, the check digits and fourteen digits, the bank's first."""
    iban = _iban("FI", v.rng.choice("1585") + v.digits(13, False))
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if v.rng.random() < 0.7 else iban


def _phone_fi(v: Values, lang: str) -> str:
    while True:
        d = v.rng.choice(("040", "041", "044", "045", "046", "050")) + v.digits(7, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, "FI")):
            break
    return v.rng.choice((f"+358 {d[1:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:]}",
                         f"+358{d[1:]}"))


def _dob_fi(v: Values, lang: str) -> str:
    """A birth date as Finnish forms print it: day and month without a leading zero."""
    y, m, d = v.birth()
    return f"{d}.{m}.{y}"


def _pin_kg(v: Values, lang: str) -> str:
    """A Kyrgyz personal number (ПИН): the sex (1 a woman, 2 a man), the birth date with the
    full year, five digits."""
    y, m, d = v.birth()
    return f"{v.rng.choice('12')}{d:02d}{m:02d}{y}{v.digits(5, False)}"


def _pin_kg_ok(text: str) -> bool:
    m = re.fullmatch(r"[12](\d\d)(\d\d)(19|20)\d\d\d{5}", text)
    return m is not None and 1 <= int(m[1]) <= 31 and 1 <= int(m[2]) <= 12


def _kg_passport(v: Values, lang: str) -> str:
    return v.rng.choice(("ID", "ID", "AN", "AC")) + v.digits(7, False)


def _phone_kg(v: Values, lang: str) -> str:
    while True:
        d = "0" + v.rng.choice(KG_CODES) + v.digits(6, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, "KG")):
            break
    return v.rng.choice((f"+996 {d[1:4]} {d[4:7]} {d[7:]}", f"{d[:4]} {d[4:7]} {d[7:]}", f"+996{d[1:]}",
                         f"{d[:4]}-{d[4:6]}-{d[6:8]}-{d[8:]}"))


def _elcard(v: Values, lang: str) -> str:
    """An ELCARD card: 9417, eleven digits and the Luhn digit, in fours."""
    body = "9417" + v.digits(11, False)
    d = body + luhn_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if v.rng.random() < 0.6 else d


def _ls_uk(v: Values, lang: str) -> str:
    """A flat's personal account with the management company."""
    return v.digits(10) if v.rng.random() < 0.6 else f"{v.digits(3)}-{v.digits(4, False)}-{v.digits(3, False)}"


def _vin(v: Values, lang: str) -> str:
    return "".join(v.rng.choice(VIN_CHARS) for _ in range(17))


def _plate_ru(v: Values, lang: str) -> str:
    r = v.rng
    region = r.choice(("77", "97", "177", "777", "50", "750", "78", "178"))
    return f"{r.choice(PLATE_LETTERS)}{r.randint(1, 999):03d}{r.choice(PLATE_LETTERS)}{r.choice(PLATE_LETTERS)} {region}"


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


# -- family 4: escapes ------------------------------------------------------------------------

def double_percent(text: str) -> str:
    """A name percent-encoded twice, as a redirect through a second service leaves it in a
    query string: ``%25D0%2598`` for И, ``%2520`` for a space."""
    return quote(quote(text, safe=""), safe="")


def _from_double_percent(text: str) -> str:
    return unquote(unquote(text))


# each non-ASCII character's HTML5 named reference, the first by name where there are several
_NAMED = {}
for _name, _char in sorted(html.entities.html5.items()):
    if _name.endswith(";") and len(_char) == 1 and ord(_char) > 127:
        _NAMED.setdefault(_char, _name)


def html_named(text: str) -> str:
    """A name as an HTML encoder that prefers named references writes it: ``&Icy;&vcy;``,
    ``&eacute;``; a character with no name as ``&#N;``."""
    return "".join(c if ord(c) < 128 else f"&{_NAMED[c]}" if c in _NAMED else f"&#{ord(c)};" for c in text)


# -- family 5: address layouts ----------------------------------------------------------------

NP_URBAN = (("Baluwatar", "Kathmandu Metropolitan City", "Kathmandu"),
            ("Koteshwor", "Kathmandu Metropolitan City", "Kathmandu"),
            ("Kupondole", "Lalitpur Metropolitan City", "Lalitpur"),
            ("Lakeside", "Pokhara Metropolitan City", "Kaski"),
            ("Thimi", "Madhyapur Thimi Municipality", "Bhaktapur"),
            ("Bhanu Chowk", "Dharan Sub-Metropolitan City", "Sunsari"),
            ("Narayangadh", "Bharatpur Metropolitan City", "Chitwan"))
NP_RURAL = (("Thulo Gaun", "Sunkoshi", "Sindhupalchok"), ("Bhorletar", "Madhya Nepal", "Lamjung"),
            ("Sirubari", "Phedikhola", "Syangja"), ("Khalte", "Melamchi", "Sindhupalchok"),
            ("Dhikurpokhari", "Annapurna", "Kaski"))
NP_MARGS = ("Gairidhara Marg", "Tangal Marg", "Pulchowk Road", "Ring Road", "Sukedhara Marg", "Lakeside Road",
            "Bishal Nagar Marg", "Jhamsikhel Sadak")
NP_CODES = (("Kathmandu", "44600"), ("Lalitpur", "44700"), ("Bhaktapur", "44800"), ("Pokhara", "33700"),
            ("Bharatpur", "44200"), ("Butwal", "32907"), ("Dharan", "56700"))
WAL_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
WAL_FARMS = ("Pen-y-Bryn", "Tŷ Isaf", "Bryn Awel", "Maes-y-Coed", "Llwyn Onn", "Hafod Wen", "Glan yr Afon",
             "Cae Mawr")
WAL_VILLAGES = (("Llanybydder", "Carmarthenshire", "SA40"), ("Tregaron", "Ceredigion", "SY25"),
                ("Llanrug, Caernarfon", "Gwynedd", "LL55"), ("Penygroes, Caernarfon", "Gwynedd", "LL54"),
                ("Cross Hands, Llanelli", "Carmarthenshire", "SA14"), ("Pumsaint, Llanwrda", "Carmarthenshire", "SA19"),
                ("Llanfair Caereinion, Welshpool", "Powys", "SY21"))
WAL_STREETS = ("Heol y Bont", "Stryd Fawr", "Ffordd Penrhos", "Lôn Las", "Rhodfa'r Môr", "Heol Eglwys",
               "Ffordd y Coleg", "Stryd y Ffynnon")
WAL_BLOCKS = ("Tŷ Glas", "Llys Hafod", "Bryn Hyfryd Court", "Cwrt y Coed", "Tŷ Gwyn", "Llys Newydd")
WAL_TOWNS = (("Abertawe", "SA1"), ("Caerdydd", "CF24"), ("Casnewydd", "NP20"), ("Bangor", "LL57"),
             ("Wrecsam", "LL13"), ("Aberystwyth", "SY23"))
WAL_ESTATES = (("Penlan", "Swansea", "SA5"), ("Gurnos", "Merthyr Tydfil", "CF47"), ("Caia Park", "Wrexham", "LL13"),
               ("Ely", "Cardiff", "CF5"), ("Maesgeirchen", "Bangor", "LL57"), ("Penparcau", "Aberystwyth", "SY23"))
WAL_ESTATE_STREETS = ("Heol Tir Du", "Heol Dowlais", "Ffordd Las", "Clos y Wern", "Heol Gwili", "Maes Glas")


def _inward(v: Values) -> str:
    return f"{v.rng.randint(1, 9)}{v.rng.choice(WAL_INWARD)}{v.rng.choice(WAL_INWARD)}"


def _np_ward(v: Values) -> list[str]:
    """Nepal by its wards: the tole, the municipality and its ward, the district; out of town,
    the village in a rural municipality."""
    r = v.rng
    if r.random() < 0.6:
        tole, city, district = r.choice(NP_URBAN)
        return [f"{tole}, {city}, Ward No. {r.randint(1, 32)}, {district}"]
    village, rural, district = r.choice(NP_RURAL)
    return [f"{village}, {rural} Rural Municipality-{r.randint(1, 9)}, {district} District"]


def _np_house(v: Values) -> list[str]:
    """A house number on a marg over one line, the city and its postal code under it."""
    r = v.rng
    city, code = r.choice(NP_CODES)
    return [f"House No. {r.randint(1, 999)}, {r.choice(NP_MARGS)}", f"{city} {code}"]


def _np_gpo(v: Values) -> list[str]:
    """A box at Kathmandu's GPO with its EPC number, as agencies print it."""
    r = v.rng
    return [f"G.P.O. Box {r.randint(100, 25000)}, EPC {r.randint(100, 9999)}, Kathmandu, Nepal"]


def _wal_farm(v: Values) -> list[str]:
    """A farm by its name, the village and post town, the county, the postcode."""
    r = v.rng
    village, county, district = r.choice(WAL_VILLAGES)
    return [f"{r.choice(('Fferm ', '', 'Bwthyn '))}{r.choice(WAL_FARMS)}, {village}, {county} {district} {_inward(v)}"]


def _wal_flat(v: Values) -> list[str]:
    """A housing-association flat over four lines, the town in Welsh."""
    r = v.rng
    town, district = r.choice(WAL_TOWNS)
    return [f"Fflat {r.randint(1, 40)}, {r.choice(WAL_BLOCKS)}", f"{r.randint(1, 120)} {r.choice(WAL_STREETS)}",
            town, f"{district} {_inward(v)}"]


def _wal_street(v: Values) -> list[str]:
    """A council estate house on one line: number, street, estate, town, postcode."""
    r = v.rng
    estate, town, district = r.choice(WAL_ESTATES)
    return [f"{r.randint(1, 160)} {r.choice(WAL_ESTATE_STREETS)}, {estate}, {town} {district} {_inward(v)}"]


FI_STREETS = ("Mannerheimintie", "Hämeentie", "Kauppakatu", "Valtakatu", "Koulukatu", "Myyrmäentie",
              "Tikkurilantie", "Itäkeskuksenkatu", "Kirkkokatu")
FI_TOWNS = (("00100", "Helsinki", "Хельсинки"), ("00930", "Helsinki", "Хельсинки"), ("01300", "Vantaa", "Вантаа"),
            ("01600", "Vantaa", "Вантаа"), ("02230", "Espoo", "Эспоо"), ("53100", "Lappeenranta", "Лаппеенранта"),
            ("48100", "Kotka", "Котка"), ("55100", "Imatra", "Иматра"), ("20100", "Turku", "Турку"),
            ("80100", "Joensuu", "Йоэнсуу"))
KG_MKR = ("мкр. Джал-29", "мкр. Асанбай", "мкр. Восток-5", "мкр. Тунгуч", "12-й мкр.", "мкр. Аламедин-1",
          "мкр. Кок-Жар", "мкр. Учкун")
KG_JM = ("ж/м Ак-Орго", "ж/м Калыс-Ордо", "ж/м Ала-Тоо", "ж/м Арча-Бешик", "ж/м Кок-Жар")
KG_TOWNS = (("Бишкек", "7200", ("Токтогула", "Киевская", "Ахунбаева", "Московская", "пр. Чуй", "Исанова",
                                "Жибек Жолу")),
            ("Ош", "7235", ("Курманжан Датки", "Ленина", "Масалиева", "Навои")),
            ("Каракол", "7222", ("Гагарина", "Токтогула", "Абдрахманова")))
KG_AIYL = (("Чуйская обл.", "Аламудунский р-н", "Лебединовка"), ("Чуйская обл.", "Сокулукский р-н", "Сокулук"),
           ("Ошская обл.", "Кара-Суйский р-н", "Нариман"), ("Иссык-Кульская обл.", "Тюпский р-н", "Тюп"),
           ("Джалал-Абадская обл.", "Сузакский р-н", "Барпы"), ("Нарынская обл.", "Ат-Башинский р-н", "Ат-Башы"))
KG_AIYL_STREETS = ("Садовая", "Манаса", "Центральная", "Мира", "Школьная", "Ташиева")


def _fi_latin(v: Values) -> list[str]:
    """Finland as the post wants it: street, house, the stairway's letter and the flat; the
    postcode and town."""
    r = v.rng
    code, town, _ = r.choice(FI_TOWNS)
    return [f"{r.choice(FI_STREETS)} {r.randint(1, 90)} {r.choice('ABCDEF')} {r.randint(1, 60)}, {code} {town}"]


def _fi_cyr(v: Values) -> list[str]:
    """The town in Cyrillic, the street as it is on the sign, in a chat."""
    r = v.rng
    _, _, town = r.choice(FI_TOWNS)
    return [f"{town}, {r.choice(FI_STREETS)} {r.randint(1, 90)}{r.choice((' A ', ' B ', '-', ' C '))}{r.randint(1, 60)}"]


def _fi_block(v: Values) -> list[str]:
    """A flat (as.) on one line, the postcode and the town in capitals under it."""
    r = v.rng
    code, town, _ = r.choice(FI_TOWNS)
    return [f"{r.choice(FI_STREETS)} {r.randint(1, 90)} as. {r.randint(1, 40)}", f"{code} {town.upper()}"]


def _kg_mkr(v: Values) -> list[str]:
    """Bishkek's microdistricts and new housing estates: house and flat, or a plot on a
    numbered street."""
    r = v.rng
    if r.random() < 0.6:
        return [f"г. Бишкек, {r.choice(KG_MKR)}, д. {r.randint(1, 60)}, кв. {r.randint(1, 90)}"]
    return [f"Бишкек, {r.choice(KG_JM)}, ул. {r.randint(1, 30)}-я, д. {r.randint(1, 200)}"]


def _kg_street(v: Values) -> list[str]:
    """The index first, the city, the street with house and building, the flat."""
    r = v.rng
    town, prefix, streets = r.choice(KG_TOWNS)
    street = r.choice(streets)
    street = street if street.startswith("пр.") else f"ул. {street}"
    return [f"{prefix}{r.randint(0, 85):02d}, г. {town}, {street} {r.randint(1, 250)}/{r.randint(1, 4)}, "
            f"кв. {r.randint(1, 80)}"]


def _kg_aiyl(v: Values) -> list[str]:
    """A village: the oblast, the district, the village, street and house."""
    r = v.rng
    oblast, rayon, village = r.choice(KG_AIYL)
    return [f"{oblast}, {rayon}, с. {village}, ул. {r.choice(KG_AIYL_STREETS)}, д. {r.randint(1, 140)}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"citizenship_np": _citizenship_np, "nid_np": _nid_np, "pan_np": _pan_np, "passport_np": _passport_np,
            "phone_np": _phone_np, "dob_bs": _dob_bs, "phone_cymru": _phone_cymru, "tenancy": _tenancy,
            "ctax": _ctax, "microchip": _microchip, "vet_client": _vet_client, "fan": _fan, "hetu": _hetu,
            "fi_iban": _fi_iban, "phone_fi": _phone_fi, "dob_fi": _dob_fi, "pin_kg": _pin_kg,
            "kg_passport": _kg_passport, "phone_kg": _phone_kg, "elcard": _elcard, "ls_uk": _ls_uk,
            "vin": _vin, "plate_ru": _plate_ru},
    checks={"hetu": _hetu_ok, "fi_iban": _iban_ok, "pin_kg": _pin_kg_ok,
            "elcard": lambda s: luhn_ok(s) and s.replace(" ", "").startswith("9417"),
            "phone_np": _dials("NP"), "phone_cymru": _dials("GB"), "phone_fi": _dials("FI"),
            "phone_kg": _dials("KG"), "microchip": lambda s: re.fullmatch(r"\d{15}", s) is not None,
            "vin": lambda s: re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s) is not None},
    escapes={"double-percent": double_percent, "html-named": html_named},
    unescapes={"double-percent": _from_double_percent, "html-named": html.unescape},
    lines={"np_ward": _np_ward, "np_house": _np_house, "np_gpo": _np_gpo, "wal_farm": _wal_farm,
           "wal_flat": _wal_flat, "wal_street": _wal_street, "fi_latin": _fi_latin, "fi_cyr": _fi_cyr,
           "fi_block": _fi_block, "kg_mkr": _kg_mkr, "kg_street": _kg_street, "kg_aiyl": _kg_aiyl},
    people={"en": ("ne_NP",), "ru": ("fi_FI",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["the owner read her mobile out as {v}",
                         "call me on {v} dai, any time after six",
                         "my number is {v}, it's ⟦Ncell|ORGANIZATION⟧",
                         "you can get me on {v}, I'm in work till five, aye",
                         "tenant's contact, given over the phone: {v}",
                         "the agency said to ring the office on {v}",
                         "right, the number's {v}",
                         "Caller: it is {v} sir",
                         "the registrar's mobile for match days {v}",
                         "missed call me on {v} when you land in ⟦Doha|LOCATION⟧",
                         "my other number is {v}, the ⟦Vodafone|ORGANIZATION⟧ one",
                         "so the number, {v}, have you got that, bach?"],
                  "ru": ["мой финский номер {v}, звони после шести",
                         "клиент продиктовал номер: {v}",
                         "запишите номер председателя {v}",
                         "номер байке {v}, если я не отвечу",
                         "мой старый номер {v}, ещё ⟦Билайн|ORGANIZATION⟧",
                         "в заказ-наряде пишите {v}, это мой",
                         "звоните на {v}, я в гараже",
                         "телефон соседки сверху, со слов, {v}",
                         "у меня сменился номер, теперь {v}",
                         "ну короче, пишите: {v}, жарайт?"]},
        "email": {"en": ["the owner spelled her email out as {v}",
                         "tenant's email as read out: {v}",
                         "please send the demand letter to {v}",
                         "email me at {v}, I check it on my break",
                         "send the vaccination card to {v}",
                         "my gmail is {v}, the one with the dot, yeah",
                         "the player's parent confirmed the email as {v}",
                         "the agency's email, spoken, {v}"],
                  "ru": ["почта {v}, туда квитанции",
                         "клиент в гараже назвал почту {v}",
                         "моя почта {v}, туда акт",
                         "кидайте на {v}",
                         "имейл {v}, киитос",
                         "счёт за ремонт на {v}, пожалуйста",
                         "почта председателя ТСЖ {v}",
                         "для ⟦Kela|ORGANIZATION⟧ почта {v}"]},
        "dob": {"en": ["I was born {v}, in ⟦Pokhara|LOCATION⟧",
                       "the player was born on {v}",
                       "DOB as the tenant gave it: {v}",
                       "my father was born {v}, he is on the tenancy",
                       "dai, my birthday is {v}",
                       "he was born {v}, up in ⟦Bangor|LOCATION⟧",
                       "the owner gave her date of birth as {v}",
                       "born {v}, it's on my citizenship"],
                "ru": ["родилась {v}, в ⟦Оше|LOCATION⟧",
                       "дата рождения владельца авто, со слов, {v}",
                       "я родился {v}, так в хету и стоит",
                       "апа родилась {v}, ещё во ⟦Фрунзе|LOCATION⟧",
                       "день рождения у меня {v}, заходите",
                       "сын родился {v}, уже тут, в ⟦Вантаа|LOCATION⟧",
                       "мама родилась {v}, так в ID-карте и стоит",
                       "владелец машины родился {v}"]},
        "fillers": {"en": ["hajur", "hai la", "ni", "dai", "hai", "see", "tidy", "like, yeah", "now then", "isn't it",
                           "wait, wait", "right then"],
                    "ru": ["жарайт", "ну, это", "киитос", "карочи", "слушайте", "эмм, щас", "так-с, щас", "байке",
                           "ну вот, короче"]},
        "digit_sep": {"en": [" ... [pause] ... ", " -- um -- ", " [crosstalk] "],
                      "ru": [" ... [пауза] ... ", " -- мм -- ", " [шум] "]},
        "email_at": {"en": [" at, the at sign, ", " (at, yeah) ", " at, yeah the at, "],
                     "ru": [" собачка, да, ", " (эт) ", " значок эт "]},
        "email_dot": {"en": [" dot, yeah, ", " (dot, yeah) ", " full stop, "], "ru": [" точка, да, ", " (точка, да) ", " дотт "]},
        "spell": {"en": [" and then ", ", after that "], "ru": [" и потом ", ", после "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("citizenship no.", "GOV_ID", "citizenship_np"), ("nagarikta number", "GOV_ID", "citizenship_np"),
                        ("Citizenship Certificate No:", "GOV_ID", "citizenship_np"), ("NID no.", "GOV_ID", "nid_np"),
                        ("national identity number (NIN)", "GOV_ID", "nid_np"), ("PAN No.", "GOV_ID", "pan_np"),
                        ("passport number (Nepal)", "GOV_ID", "passport_np"), ("Nepali passport no:", "GOV_ID", "passport_np"),
                        ("Ncell no.", "PHONE", "phone_np"), ("mobile (Nepal):", "PHONE", "phone_np"),
                        ("home phone", "PHONE", "phone_cymru"), ("landline:", "PHONE", "phone_cymru"),
                        ("tenant's mobile", "PHONE", "phone_fmt"), ("NI no. (tenant)", "GOV_ID", "nino"),
                        ("National Insurance:", "GOV_ID", "nino"), ("NHS Wales number", "OTHER", "nhs"),
                        ("tenancy ref", "OTHER", "tenancy"), ("Tenancy Reference:", "OTHER", "tenancy"),
                        ("council tax account", "OTHER", "ctax"), ("microchip no.", "OTHER", "microchip"),
                        ("chip number:", "OTHER", "microchip"), ("client number", "OTHER", "vet_client"),
                        ("pet insurance policy", "OTHER", "policy"), ("FAN", "OTHER", "fan"),
                        ("FA number:", "OTHER", "fan"), ("DOB (B.S.)", "DATE_OF_BIRTH", "dob_bs"),
                        ("date of birth in B.S.:", "DATE_OF_BIRTH", "dob_bs"),
                        ("player DOB", "DATE_OF_BIRTH", "dob_slash"), ("D.O.B (A.D.)", "DATE_OF_BIRTH", "dob_iso"),
                        ("key safe code for the flat", "SECRET", "pin4"), ("eSewa MPIN", "SECRET", "pin4"),
                        ("portal password -", "SECRET", "password")],
                 "ru": [("хету", "GOV_ID", "hetu"), ("henkilötunnus", "GOV_ID", "hetu"),
                        ("личный код (хету):", "GOV_ID", "hetu"), ("финский соц. номер", "GOV_ID", "hetu"),
                        ("ПИН", "GOV_ID", "pin_kg"), ("персональный номер (ПИН):", "GOV_ID", "pin_kg"),
                        ("ИНН по-кыргызски", "GOV_ID", "pin_kg"), ("ID-карта КР", "GOV_ID", "kg_passport"),
                        ("паспорт КР:", "GOV_ID", "kg_passport"), ("финский номер", "PHONE", "phone_fi"),
                        ("puhelin", "PHONE", "phone_fi"), ("кыргызский номер", "PHONE", "phone_kg"),
                        ("номер в ⟦Бишкеке|LOCATION⟧:", "PHONE", "phone_kg"), ("телефон мастера", "PHONE", "phone_fmt"),
                        ("tilinumero", "IBAN", "fi_iban"), ("IBAN для Kela", "IBAN", "fi_iban"),
                        ("счёт в ⟦Nordea|ORGANIZATION⟧", "IBAN", "fi_iban"), ("карта Элкарт", "CREDIT_CARD", "elcard"),
                        ("лицевой счёт в УК", "OTHER", "ls_uk"), ("л/с квартиры:", "OTHER", "ls_uk"),
                        ("VIN", "OTHER", "vin"), ("вин-код:", "OTHER", "vin"), ("госномер", "OTHER", "plate_ru"),
                        ("гос. номер авто:", "OTHER", "plate_ru"), ("syntymäaika", "DATE_OF_BIRTH", "dob_fi"),
                        ("дата рожд. по паспорту", "DATE_OF_BIRTH", "dob_dots"), ("ДР собственника:", "DATE_OF_BIRTH", "dob_dots"),
                        ("код от калитки во двор", "SECRET", "pin4"), ("пароль от личного кабинета УК", "SECRET", "password")]},
        "carriers": {"en": ["Registrar note: {v}", "tenant gave {v}", "{v} (per agency file)", "vet record: {v}",
                            "repairs log - {v}", "{v} hai", "please check {v}", "{v}, tidy", "Form field: {v}"],
                     "ru": ["мастер записал: {v}", "{v}, жарайт?", "в заявке в УК {v}", "председатель скинул {v}",
                            "{v} (со слов клиента)", "Примечание к заказ-наряду: {v}", "кинь в вотсап {v}",
                            "{v}, киитос", "для соцслужбы: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the club page, {v}", "tag {v} in the tenants' group", "the agent {v} sorted the visa",
                      "my insta is {v}, all dog pics", "message {v} on the surgery chat", "I'm {v} on Threads"],
               "ru": ["мой ник в телеге {v}", "тегни {v} в домовом чате", "{v} в телеграме, он мастер",
                      "председатель в телеге {v}", "ник на драйв2 {v}", "пишите {v}, она из УК"]},
        "url": {"en": ["my trekking page is here {v}", "the match photos are on {v}", "the manpower agent's profile {v}",
                       "see my dog grooming page {v}", "my CV is up at {v}", "have a look at {v}"],
                "ru": ["мой бортжурнал {v}", "фото двора выложил на {v}", "профиль мастера {v}",
                       "мой канал про ⟦Финляндию|LOCATION⟧ {v}", "моё резюме: {v}", "вот глянь {v}"]},
        "url_layouts": {"any": ["https://{site}?ref=share", "{site} <-- this", "http://{site}/ (cheers)",
                                "[ {site} ]"]},
        "ssh": {"any": ["ssh -o ServerAliveInterval=60 {v}", "ssh -J jump.club.lan {v}", "rsync -avz photos/ {v}:/srv/club/",
                        "sftp -oPort=2222 {v}"]},
        "remote": {"any": ["git clone --recursive https://github.com/{v}.git", "git remote set-url origin git@gitlab.com:{v}.git",
                           "npm i -S github:{v}", "cargo install --locked --git https://github.com/{v}"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:stable", "FROM registry.gitlab.com/{v}:1.4",
                             "podman pull quay.io/{v}:latest", "image: docker.io/{v}:main"]},
        "home": {"any": ["/home/{v}/fixtures/", "C:\\Users\\{v}\\OneDrive\\Tenancy\\", "/Users/{v}/Pictures/vet/",
                         "\\\\nas\\homes\\{v}\\"]},
        "tool": {"en": ["the club laptop hung on {v}", "the IT lad told me to type {v}", "it sat at {v} for ages",
                        "dropped {v} in the WhatsApp"],
                 "ru": ["на сервере ТСЖ запускал {v}", "программист сказал вбить {v}", "повисло на {v}",
                        "скинул {v} в общий чат"]},
        "mention": {"en": ["{h} dhanyabad!", "diolch {h}!", "{h} can you send the fixtures", "{h}: done",
                           "cheers {h}, tidy", "{h} haha yes"],
                    "ru": ["{h}, чоң рахмат!", "{h} ок, жарайт", "{h}, скинь квитанцию", "{h}: принято, жарайт",
                           "киитос {h}", "{h} хахах"]},
    },
    4: {
        "url": {"en": ["the visa tracker link had ?{k}={v}&src=agency", "the vet booking page prefilled {k}={v}",
                       "the club login redirect carried {k}={v}&next=fixtures", "GET /repairs/new?{k}={v} 302"],
                "ru": ["ссылка на оплату ЖКУ ?{k}={v}&lang=ru", "в ссылке из автосервиса {k}={v}",
                       "в редиректе из Kela {k}={v}&step=3", "в логе сайта ТСЖ: GET /lk?{k}={v}"]},
        "markup": {"en": ["the vaccination card HTML has <span class=\"{k}\">{v}</span>",
                          "the tenancy letter template reads <strong>{v}</strong>",
                          "the club form has <input name=\"{k}\" value=\"{v}\" readonly>"],
                   "ru": ["в HTML заказ-наряда <span class=\"{k}\">{v}</span>",
                          "в шаблоне квитанции <strong>{v}</strong>",
                          "в форме УК <input name=\"{k}\" value=\"{v}\" readonly>"]},
        "prose": {"en": ["the remittance app shows the receiver as {v}", "the vet's reminder card says {v}",
                         "the text from the council printed {v}", "the player card reads {v}"],
                  "ru": ["в приложении ⟦Оптима Банка|ORGANIZATION⟧ получатель {v}", "в квитанции за свет {v}",
                         "в заказ-наряде клиент {v}", "на табличке у двери {v}"]},
        "escapes": {"double-percent": {"en": ["the agency's redirect logged ?next=%2Fprofile%3Fname%3D{v}",
                                              "the tracking link carried name%3D{v}",
                                              "the booking widget passed owner={v} twice encoded"],
                                       "ru": ["в ссылке возврата из банка fio%3D{v}",
                                              "редирект с портала оставил name={v}",
                                              "в логе прокси: q={v}"]},
                    "html-named": {"en": ["the club website's page source shows {v}",
                                          "the surgery's newsletter HTML has <p>{v}</p>",
                                          "view-source of the tenancy portal reads {v}"],
                                   "ru": ["в исходнике страницы ТСЖ {v}",
                                          "в HTML рассылки от автосервиса <p>{v}</p>",
                                          "в коде объявления на доске {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["send the papers to {v}, near the temple", "pick-up point: {v}", "the owner lives at {v}",
                        "my home address is {v}", "collect the dog from {v}, ring the bell twice",
                        "tenant's address {v}"],
                 "ru": ["адрес: {v}, домофон не работает", "живём на {v}, рядом с базаром", "машину забрать с {v}",
                        "протечка по адресу {v}", "я теперь живу на {v}", "ключи оставлю на {v}"]},
        "block": {"en": ["Permanent address (Nepal):\n{v}", "Property address\n{v}\n(ground floor)",
                         "Owner's address:\n{v}\nDog may bark", "Correspondence address -\n{v}"],
                  "ru": ["Адрес фактического проживания:\n{v}", "Адрес для квитанций\n{v}\n(на имя мужа)",
                         "Откуда эвакуатор:\n{v}\nмашина во дворе", "Куда отправить -\n{v}"]},
        "layouts": {"en": ["np_ward", "np_house", "np_gpo", "wal_farm", "wal_flat", "wal_street"],
                    "ru": ["fi_latin", "fi_cyr", "fi_block", "kg_mkr", "kg_street", "kg_aiyl"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Owner: {v}", "Name of the tenant: {v}", "Player: {v}", "the agent {v} is on his way",
                        "the caller said her name is {v}", "Pet registered to: {v}", "passed to {v} for the repair",
                        "Remitter: {v}"],
                 "ru": ["Клиент автосервиса: {v}", "Собственник квартиры: {v}", "мастер {v} смотрит подвеску",
                        "председатель ТСЖ — {v}", "Заявитель по протечке: {v}", "звонила {v} насчёт протечки",
                        "Владелец авто: {v}"]},
        "kin": {"en": [("my thulo didi", "f"), ("my dai", "m"), ("my bahini", "f"), ("my buwa", "m"), ("my aama", "f"),
                       ("my nain", "f"), ("my taid", "m"), ("my mamgu", "f"), ("my bampi", "m"), ("my mam", "f")],
                "ru": [("мой байке", "m"), ("моя эже", "f"), ("моя апа", "f"), ("мой ата", "m"),
                       ("моя соседка по площадке", "f"), ("мой сосед сверху", "m"), ("мой мастер-приёмщик", "m"),
                       ("моя жене", "f"), ("мой таеке", "m")]},
        "kin_carriers": {"en": ["{v} will bring the dog in", "{v} is paying the rent this month",
                                "{v} is working in ⟦Qatar|LOCATION⟧", "{v} will sign the form",
                                "{v} sent the money home", "{v} is poorly, can we move it"],
                         "ru": ["{v} пригонит машину", "{v} прилетает из ⟦Бишкека|LOCATION⟧", "{v} скинет на Элкарт",
                                "{v} сидит на больничном", "{v} передаёт салам из ⟦Турку|LOCATION⟧",
                                "{v} заберёт ключи"]},
        "wordnames": {"en": {"f": ["Lavender", "Marigold", "Briar", "Wren", "Primrose", "Saffron"],
                             "m": ["Rowan", "Glen", "Dale", "Heath", "Bryn", "Ranger"]},
                      "ru": {"f": ["Чолпон", "Жылдыз", "Мээрим"], "m": ["Бакыт", "Нур", "Эмир"]}},
        "list": {"en": ["Squad for Saturday:\n{v}", "Tenants at the meeting:\n{v}", "Owners booked in\n{v}",
                        "| Player | Shirt |\n|---|---|\n{v}"],
                 "ru": ["Кто сдал на домофон:\n{v}", "Записаны на шиномонтаж\n{v}", "Совет дома:\n{v}",
                        "| Жилец | Кв. |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - subs paid", "[✓ paid] {v}", "{v} (sub)", "| {v} | 9 |"]},
        "broken": {"en": ["the repair was signed off by the housing officer {v} on Monday",
                          "the jab was given by the vet {v} at the branch surgery"],
                   "ru": ["заказ-наряд подписал мастер {v}", "заявку закрыл диспетчер УК {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the club PC connected from {v}", "the visa portal login came from {v}",
                      "please whitelist {v} for the surgery system", "the router at the flat showed {v}",
                      "the council firewall blocked {v}", "my IP is {v}, can you check it"],
               "ru": ["вход в личный кабинет УК с {v}", "сканер пускает только с {v}", "айпи гаража {v}",
                      "кто-то заходил с {v}", "разблокируйте {v}, пожалуйста", "вот мой айпишник {v}"]},
        "iban": {"en": ["please send the deposit back to {v}", "my euro account, for the agency, is {v}", "refund the deposit via IBAN {v}",
                        "the agency fee goes to {v}"],
                 "ru": ["оплата ремонта на {v}", "мой счёт в евро, ⟦OP|ORGANIZATION⟧: {v}", "верните предоплату на IBAN {v}",
                        "за квартиру переводите на {v}"]},
        "mac": {"en": ["the surgery tablet's MAC is {v}", "the card reader's MAC {v}", "add {v} to the club Wi-Fi",
                       "the router kicked {v}"],
                "ru": ["MAC диагностического сканера {v}", "MAC камеры в подъезде {v}", "добавьте {v} в вайфай",
                       "роутер блочит {v}"]},
        "card": {"en": ["my card number is {v}, the debit one", "put the vet bill on {v}", "the card used at the surgery was {v}",
                        "the tenant read the card out as {v}"],
                 "ru": ["карта для оплаты {v}", "номер карты мастера {v}", "переведи на {v}",
                        "карта {v}, срочно блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Namaste, my name is {v}", "Name of owner: {v}"],
                         "GOV_ID": ["my driving licence, the number is {v}", "licence shown: {v}"],
                         "USERNAME": ["my username on the club app is {v}", "club portal user: {v}"]},
                  "ru": {"PERSON": ["Салам, я {v}", "ФИО собственника: {v}"],
                         "GOV_ID": ["паспорт РФ клиента {v}", "паспортные данные собственника {v}"],
                         "USERNAME": ["мой логин в приложении УК {v}", "юзер в личном кабинете: {v}"]}},
        "later": {"en": ["about {v} again", "still nothing from {v}", "{v} rang back", "chasing up {v}",
                         "(owner {v})"],
                  "ru": ["по заявке жильца {v}", "{v} опять звонил насчёт машины", "ещё раз напоминаю про {v}", "(см. заявку в УК {v})",
                         "{v}, перезвоните"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the receipt for order {v} is in my email", "order {v} came damaged",
                     "⟦Daraz|ORGANIZATION⟧ order {v} still not here"],
              "ru": ["заказ {v} на ⟦Verkkokauppa|ORGANIZATION⟧", "запчасти по заказу {v} пришли", "заказ {v} вернули"]},
    "price": {"en": ["the vet bill is {v}", "the agency fee was {v}", "subs are {v} a season"],
              "ru": ["замена масла {v}", "взнос на домофон {v}", "итого по наряду {v}"]},
    "timestamp": {"en": ["dog checked in {v}", "repair logged {v}", "kick-off {v}"],
                  "ru": ["заявка создана {v}", "машину приняли в {v}", "свет отключат в {v}"]},
    "version": {"en": ["the club app {v} keeps crashing", "the vet system {v}", "since the {v} update"],
                "ru": ["приложение УК {v}", "прошивка сканера {v}", "после обновления прошивки {v}"]},
    "room": {"en": ["the vaccination is in room {v}", "the hearing is in room {v}", "see the officer in office {v}"],
             "ru": ["собрание жильцов в кабинете {v}", "приёмка в боксе {v}", "бухгалтерия УК, комната {v}"]},
    "flight": {"en": ["my flight to ⟦Kathmandu|LOCATION⟧ is {v}", "the team flies out on {v}", "dai lands on {v}"],
               "ru": ["лечу в ⟦Хельсинки|LOCATION⟧ рейсом {v}", "{v} задержали на час", "встречу тебя с {v} в ⟦Манасе|LOCATION⟧"]},
    "isbn": {"en": ["the trekking guide is ISBN {v}", "the vet nursing book, ISBN {v}", "ISBN {v} for the coaching course"],
             "ru": ["руководство по ремонту ISBN {v}", "ISBN {v}, учебник финского", "ISBN {v} для курсов"]},
    "doc-ip": {"en": ["the router manual shows {v}", "the IT guide's example uses {v}", "the club's training slide has {v}"],
               "ru": ["в мануале к сканеру {v}", "в инструкции пример {v}", "в примере настройки домофона {v}"]},
    "spoken-date": {"en": ["the match is {v}", "the inspection is {v}", "the rent is due on {v}"],
                    "ru": ["собрание жильцов назначили на {v}", "машину запишем на {v}", "отключение воды на {v}"]},
    "kinship-verb": {"en": ["my didi {v} call you back", "my taid {v} pop in", "my dai {v} bring it round"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Got it, dhanyabad.", "Okay, that's updated.", "Diolch, noted.", "Right, will do.",
                        "Thanks, the file's updated.", "Fine, logged."],
                 "ru": ["Киитос, записал.", "Окей, поправил.", "Всё, отметил.", "Понял, исправлю.",
                        "Спасибо, заявку в УК обновил.", "Жарайт, внесла."]}
