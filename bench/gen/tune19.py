"""The bank of ``tune19``, the nineteenth pair's tuning set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: Kuwaiti English (Kuwait City, Salmiya, Hawally, Jabriya, Farwaniya, Khaitan,
Mangaf, Fahaheel, Jahra and the blocks of the suburbs; Kuwaiti Arabic words, the English of the
expatriates who live there) and Bhutanese English (Thimphu and its localities, Paro,
Phuentsholing, Punakha, Gelephu, Bumthang, Trashigang and the villages of the gewogs; Dzongkha
words), air-conditioning technicians with the households and offices whose units they service,
and school van pools with the parents whose children they carry; in Russian, Russian speakers
living in Slovakia (Bratislava and its boroughs, Košice, Žilina, Nitra, Trnava, Piešťany;
Slovak words in Russian sentences) and speakers in the Murmansk region (Murmansk, Severomorsk,
Apatity, Kirovsk, Monchegorsk, Kandalaksha, Teriberka, Lovozero and the closed towns; the
north's and the Pomors' words), northern-lights tour guides and snowmobile hirers with their
tourists, and florists with the people who order flowers from them. Its own shapes carry the
check a reader runs where the id has one. Written from memory, not from a specification: the
layouts of the Bhutanese citizenship identity card number, of the technicians' job orders,
maintenance contracts and service tickets, of the van pools' passes, route cards and fee
receipts, of the tour vouchers and snowmobile bookings, of the florists' orders (none with a
check written but those below), the Kuwaiti addresses read from the area, the block, the
street, the avenue (jadda), the house or the building, the floor and the flat, the PACI
number of a unit, the five-digit postal numbers and the P.O. boxes of Safat and Salmiya, the
Bhutanese addresses from the flat, the road (lam), the building's name and the zone down to
the five-digit post codes, the rural house numbers under their villages, gewogs and
dzongkhags, the Slovak streets with the number of the building over the number of the street
("2087/15"), the village houses that have only a number, the five-digit PSČ written three and
two, and the streets, closed towns (ZATO), villages and post codes of the Murmansk region.
The Kuwaiti civil number's check (the century digit, the birth date, four digits, then eleven
less the sum of the eleven digits weighted 2 1 6 3 7 9 10 5 8 4 2 modulo 11, a number that
would need 10 or 11 not issued) and the Slovak birth number's (the ten digits, with fifty
added to a woman's month, a multiple of eleven) are as published.
"""

from __future__ import annotations

import base64
import email.header
import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Kuwait (Zain, Ooredoo, stc) and Bhutan (B-Mobile,
# TashiCell)
MOBILES = (("KW", ("50", "55", "66", "90", "94", "97", "99"), 6, (4, 4)),
           ("BT", ("17", "77"), 6, (2, 3, 3)))


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

_CIVIL_WEIGHTS = (2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _civil_digit(body: str) -> int:
    return 11 - sum(int(c) * w for c, w in zip(body, _CIVIL_WEIGHTS)) % 11


def _civil_kw(v: Values, lang: str) -> str:
    """A Kuwaiti civil number: the century digit (2 for the 1900s, 3 for the 2000s), the birth
    date as YYMMDD, four digits, the check digit."""
    r = v.rng
    year = r.randint(1945, 2012)
    while True:
        body = (f"{2 if year < 2000 else 3}{year % 100:02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
                f"{v.digits(4, False)}")
        k = _civil_digit(body)
        if k < 10:
            break
    n = body + str(k)
    return r.choice((n, n, n, f"Civil ID {n}", f"C.ID: {n}", f"{n[:4]} {n[4:8]} {n[8:]}"))


def _civil_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return len(d) == 12 and _civil_digit(d[:11]) == int(d[11])


def _phone_kw(v: Values, lang: str) -> str:
    d = _valid("KW", ("50", "51", "55", "60", "65", "66", "90", "94", "97", "99"), 6, v)
    return v.rng.choice((f"{d[:4]} {d[4:]}", f"+965 {d[:4]} {d[4:]}", d, f"+965{d}", f"00965 {d}",
                         f"{d[:4]}-{d[4:]}"))


def _bt_cid(v: Values, lang: str) -> str:
    """A Bhutanese citizenship identity card number: eleven digits, no check written."""
    n = "1" + v.rng.choice("01234") + v.digits(9, False)
    return v.rng.choice((n, n, f"CID {n}", f"CID No. {n}", f"{n[:3]} {n[3:7]} {n[7:]}"))


def _phone_bt(v: Values, lang: str) -> str:
    d = _valid("BT", ("17", "77"), 6, v)
    return v.rng.choice((f"{d[:2]} {d[2:5]} {d[5:]}", f"+975 {d[:2]} {d[2:]}", d, f"+975{d}",
                         f"00975-{d}", f"{d[:2]}-{d[2:]}"))


def _aircon(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"job order JO-{v.digits(5)}", f"AMC contract AMC/{r.randint(2024, 2027)}/{v.digits(4, False)}",
                     f"service ticket {v.digits(4)}-{v.digits(2, False)}",
                     f"warranty card {r.choice(('SPL', 'DCT', 'WIN'))}{v.digits(6)}"))


def _van(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"van pass VP-{v.digits(4)}", f"route card R{r.randint(1, 24)}/{v.digits(3, False)}",
                     f"fee receipt no. {v.digits(6, False)}", f"pick-up slip {r.choice(('SLM', 'JBR', 'THM', 'PLG'))}-{v.digits(4)}"))


def _rc_sk(v: Values, lang: str) -> str:
    """A Slovak birth number (rodné číslo): the birth date as YYMMDD (fifty added to a woman's
    month), three digits and a last one that makes the ten a multiple of eleven."""
    r = v.rng
    while True:
        year = r.randint(1954, 2009)
        month = r.randint(1, 12) + (50 if r.random() < 0.5 else 0)
        body = f"{year % 100:02d}{month:02d}{r.randint(1, 28):02d}{v.digits(3, False)}"
        k = -int(body) * 10 % 11
        if k < 10:
            break
    n = body + str(k)
    slashed = f"{n[:6]}/{n[6:]}"
    return r.choice((slashed, slashed, slashed, n, f"RČ {slashed}", f"r. č. {slashed}"))


def _rc_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return len(d) == 10 and int(d) % 11 == 0


def _phone_sk(v: Values, lang: str) -> str:
    d = _valid("SK", ("0901", "0902", "0903", "0905", "0907", "0908", "0910", "0911", "0915", "0917", "0940", "0944",
                      "0948", "0949"), 6, v)
    return v.rng.choice((f"{d[:4]} {d[4:7]} {d[7:]}", f"+421 {d[1:4]} {d[4:7]} {d[7:]}", d, f"+421{d[1:]}",
                         f"00421 {d[1:4]} {d[4:]}", f"{d[:4]}/{d[4:7]} {d[7:]}"))


def _aurora(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"ваучер на сияние АВ-{v.digits(4)}", f"бронь снегохода СН-{v.digits(3)}/{r.randint(24, 27)}",
                     f"тур №{v.digits(5)}", f"трансфер {r.choice(('ТРБ', 'КРВ', 'ЛВЗ'))}-{v.digits(4)}"))


def _flowers(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"заказ букета №{v.digits(5)}", f"доставка Ц-{v.digits(4)}/{r.randint(24, 27)}",
                     f"objednávka č. {r.randint(2024, 2027)}-{v.digits(4, False)}", f"чек флориста {v.digits(4)}-{v.digits(2, False)}"))


# -- family 4: escapes ------------------------------------------------------------------------

def koi8_header(text: str) -> str:
    """A name as an old mail client puts it in a header, in the first legacy charset that
    holds it: an RFC 2047 encoded word in KOI8-R and base64 for a Cyrillic name
    (``=?KOI8-R?B?6dfBzg==?=`` for Иван), in ISO-8859-1 and quoted-printable for a Latin one
    (``=?ISO-8859-1?Q?Ren=E9e?=``), in UTF-8 and base64 for the rest."""
    for charset, how in (("KOI8-R", "B"), ("ISO-8859-1", "Q")):
        try:
            raw = text.encode(charset)
        except UnicodeEncodeError:
            continue
        if how == "B":
            return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
        body = "".join("_" if b == 0x20 else chr(b) if chr(b).isalnum() and b < 0x80 else f"={b:02X}" for b in raw)
        return f"=?{charset}?Q?{body}?="
    return f"=?UTF-8?B?{base64.b64encode(text.encode('utf-8')).decode('ascii')}?="


def _from_koi8_header(text: str) -> str:
    return "".join(part.decode(charset or "ascii") for part, charset in email.header.decode_header(text))


def c_array(text: str) -> str:
    """A name as a C source for a display's firmware keeps it: its UTF-8 bytes as an array's
    initialisers, ``0xD0, 0x98, 0xD0, 0xB2, ...`` for Ив... (the braces are the carrier's)."""
    return ", ".join(f"0x{b:02X}" for b in text.encode("utf-8"))


def _from_c_array(text: str) -> str:
    return bytes(int(h, 16) for h in re.findall(r"0x([0-9A-Fa-f]{2})", text)).decode("utf-8")


# -- family 5: address layouts ----------------------------------------------------------------

KW_AREAS = (("Salmiya", "20000"), ("Hawally", "30000"), ("Jabriya", "46300"), ("Farwaniya", "85000"),
            ("Khaitan", "83000"), ("Mangaf", "53700"), ("Fahaheel", "63000"), ("Mahboula", "54000"),
            ("Salwa", "25600"), ("Mishref", "40000"), ("Abu Halifa", "54600"), ("Jleeb Al-Shuyoukh", "85600"))


def _kw_block(v: Values) -> list[str]:
    """Kuwait: the area, the block, the street, the avenue (jadda) where there is one, the
    house or the building, the floor and the flat; the unit's PACI number now and then."""
    r = v.rng
    area, code = r.choice(KW_AREAS)
    block, street = r.randint(1, 12), r.randint(1, 120)
    return [r.choice((f"{area}, Block {block}, Street {street}, Building {r.randint(1, 60)}, Floor {r.randint(1, 14)}, Flat {r.randint(1, 40)}",
                      f"Block {block}, St. {street}, Jadda {r.randint(1, 9)}, House {r.randint(1, 80)}, {area}",
                      f"{area} Blk {block}, Street {street}, Bldg {r.randint(1, 60)}, Apt {r.randint(1, 40)}, PACI {v.digits(8)}",
                      f"House {r.randint(1, 80)}, Avenue {r.randint(1, 9)}, Street {street}, Block {block}, {area} {code}"))]


def _kw_house(v: Values) -> list[str]:
    """A house in a Kuwaiti suburb as a family writes it for the van or the technician, the
    house first and the area last, the avenue and the landmark everyone knows."""
    r = v.rng
    area, _ = r.choice(KW_AREAS)
    near = r.choice(("behind the co-op", "next to the mosque", "opposite the diwaniya", "near the Sultan Center",
                     "after the petrol station"))
    return [r.choice((f"House {r.randint(1, 80)}, Jadda {r.randint(1, 9)}, Street {r.randint(1, 120)}, Block {r.randint(1, 12)}, {area}",
                      f"{area}, Block {r.randint(1, 12)}, {near}, House {r.randint(1, 80)}",
                      f"{area}, Qitaa {r.randint(1, 12)}, Shari3 {r.randint(1, 120)}, Villa {r.randint(1, 80)}"))]


def _kw_lines(v: Values) -> list[str]:
    """A P.O. box with the postal number of its hundred, or a house with its area's."""
    r = v.rng
    if r.random() < 0.5:
        box = r.randint(1, 9999)
        office, base = r.choice((("Safat", 13001), ("Salmiya", 22001)))
        return [f"P.O. Box {box}", f"{office} {base + (box - 1) // 100}", r.choice(("Kuwait", "State of Kuwait", "KUWAIT"))]
    area, code = r.choice(KW_AREAS)
    return [f"Block {r.randint(1, 12)}, Street {r.randint(1, 120)}, House {r.randint(1, 80)}", f"{area} {code}", "Kuwait"]


BT_ROADS = (("Norzin Lam", "Zone 2"), ("Chang Lam", "Zone 4"), ("Doebum Lam", "Zone 3"), ("Chorten Lam", "Zone 1"),
            ("Wogzin Lam", "Zone 2"), ("Babesa Expressway", "Babesa"), ("Changzamtog main road", "Changzamtog"),
            ("Motithang road", "Motithang"))


def _bt_flat(v: Values) -> list[str]:
    """Thimphu: the flat, the road (lam) and the building's name, the zone or the locality,
    the five-digit post code; a landmark above or below it now and then."""
    r = v.rng
    road, zone = r.choice(BT_ROADS)
    bldg = r.choice(("Phuntsho Building", "Tashi Khangzang", "Norbu Apartments", "Yangchen bldg", "Druk Building", "Dorji Khangzang"))
    flat = f"{r.randint(1, 5)}{r.choice('ABC')}"
    near = r.choice(("above the Druk Pharmacy", "below Changangkha Lhakhang", "opposite the Centenary Farmers' Market",
                     "near the Clock Tower", "behind the swimming pool"))
    return [r.choice((f"Flat {flat}, {road}, {bldg}, {zone}, Thimphu 11001",
                      f"{bldg}, {r.randint(1, 6)}th floor, {road}, {near}, Thimphu",
                      f"Flat No. {flat}, {bldg}, {zone}, Thimphu-11001"))]


BT_VILLAGES = (("Chamkhar", "Chhoekhor Gewog", "Bumthang", "32001", "BU"), ("Ura", "Ura Gewog", "Bumthang", "32001", "BU"),
               ("Shaba", "Shaba Gewog", "Paro", "12001", "PA"), ("Bondey", "Lungnyi Gewog", "Paro", "12001", "PA"),
               ("Lobesa", "Toewang Gewog", "Punakha", "13001", "PU"), ("Katsho", "Katsho Gewog", "Haa", "15001", "HA"),
               ("Gyalpozhing", "Saling Gewog", "Mongar", "43001", "MO"), ("Rangjung", "Radhi Gewog", "Trashigang", "42001", "TG"))


def _bt_village(v: Values) -> list[str]:
    """A village of Bhutan: the house number under the gewog's letters, the village, the
    gewog, the dzongkhag and its post code."""
    r = v.rng
    village, gewog, dzongkhag, code, letters = r.choice(BT_VILLAGES)
    house = f"{letters}-{r.randint(1, 9)}-{r.randint(1, 250):03d}"
    return [r.choice((f"House No. {house}, {village}, {gewog}, {dzongkhag} {code}",
                      f"{village} village, {gewog}, {dzongkhag}-{code}",
                      f"House {house}, {village}, {dzongkhag}, Bhutan"))]


def _bt_lines(v: Values) -> list[str]:
    r = v.rng
    if r.random() < 0.5:
        return [f"P.O. Box {r.randint(100, 1999)}", "Thimphu GPO", "Thimphu 11001"]
    road, zone = r.choice(BT_ROADS)
    return [f"Flat {r.randint(1, 5)}{r.choice('ABC')}, {road}", zone, r.choice(("Thimphu 11001, Bhutan", "Thimphu-11001"))]


SK_STREETS = (("Obchodná", "811 06", "Bratislava"), ("Kvetná", "821 08", "Bratislava"), ("Panónska cesta", "851 04", "Bratislava - Petržalka"),
              ("Bajkalská", "821 01", "Bratislava - Ružinov"), ("Saratovská", "841 02", "Bratislava - Dúbravka"),
              ("Hlavná", "040 01", "Košice"), ("Národná", "010 01", "Žilina"), ("Štefánikova trieda", "949 01", "Nitra"),
              ("Winterova", "921 01", "Piešťany"), ("Hlavná", "917 01", "Trnava"))
SK_RU = {"Bratislava": "Братислава", "Bratislava - Petržalka": "Братислава (Петржалка)", "Bratislava - Ružinov": "Братислава (Ружинов)",
         "Bratislava - Dúbravka": "Братислава (Дубравка)", "Košice": "Кошице", "Žilina": "Жилина", "Nitra": "Нитра",
         "Piešťany": "Пьештяны", "Trnava": "Трнава"}


def _sk_ulica(v: Values) -> list[str]:
    """Slovakia: the street, the number of the building over the number in the street, the
    PSČ written three and two, the town and its borough; the flat (byt) now and then; a
    village house by its number alone."""
    r = v.rng
    street, code, town = r.choice(SK_STREETS)
    number = r.choice((str(r.randint(1, 90)), f"{r.randint(1000, 6999)}/{r.randint(1, 90)}"))
    return [r.choice((f"{street} {number}, {code} {town}", f"{street} {number}, byt č. {r.randint(1, 60)}, {code} {town}",
                      f"{r.choice(('Lozorno', 'Chorvátsky Grob', 'Dunajská Lužná', 'Vištuk'))} {r.randint(1, 900)}, "
                      f"{r.choice(('900 55', '900 25', '900 42', '900 85'))}",
                      f"{street} {number}, {r.randint(1, 12)}. poschodie, {code} {town}"))]


def _sk_ru(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(SK_STREETS)
    return [r.choice((f"{SK_RU[town]}, {street} {r.randint(1, 90)}, кв. {r.randint(1, 60)}",
                      f"{SK_RU[town]}, ул. {street}, дом {r.randint(1000, 6999)}/{r.randint(1, 90)}, {r.randint(1, 12)} этаж",
                      f"{street} {r.randint(1, 90)}, {code}, {SK_RU[town]}"))]


def _sk_lines(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(SK_STREETS)
    return [f"{street} {r.randint(1000, 6999)}/{r.randint(1, 90)}", f"{code} {town}", r.choice(("Slovensko", "Slovakia", "SLOVENSKÁ REPUBLIKA"))]


MUR_STREETS = (("пр. Ленина", "183038", "г. Мурманск"), ("ул. Полярные Зори", "183052", "г. Мурманск"),
               ("ул. Книповича", "183038", "г. Мурманск"), ("ул. Капитана Буркова", "183032", "г. Мурманск"),
               ("пр. Кольский", "183034", "г. Мурманск"), ("ул. Ферсмана", "184209", "г. Апатиты"),
               ("ул. Олимпийская", "184250", "г. Кировск"), ("пр. Металлургов", "184511", "г. Мончегорск"),
               ("ул. Первомайская", "184042", "г. Кандалакша"))


def _mur_city(v: Values) -> list[str]:
    """The Murmansk region: the post code, the region, the town, the street, the house and
    the flat."""
    r = v.rng
    street, code, town = r.choice(MUR_STREETS)
    return [r.choice((f"{code}, Мурманская обл., {town}, {street}, д. {r.randint(1, 120)}, кв. {r.randint(1, 140)}",
                      f"{town}, {street} {r.randint(1, 120)}, кв. {r.randint(1, 140)}",
                      f"Мурманская область, {town}, {street}, {r.randint(1, 120)}-{r.randint(1, 140)}, {code}"))]


def _mur_zato(v: Values) -> list[str]:
    """A closed town (ZATO) of the Kola coast, or a village of the tundra: the ZATO, the
    town or the village, the street, the house; the post code now and then."""
    r = v.rng
    place, code = r.choice((("ЗАТО г. Североморск", "184606"), ("ЗАТО Александровск, г. Полярный", "184650"),
                            ("ЗАТО Александровск, г. Гаджиево", "184670"), ("ЗАТО п. Видяево", "184372"),
                            ("Кольский р-н, с. Териберка", "184631"), ("Ловозерский р-н, с. Ловозеро", "184580")))
    street = r.choice(("ул. Сафонова", "ул. Гаджиева", "ул. Заречная", "ул. Школьная", "ул. Советская", "ул. Пионерская"))
    return [r.choice((f"{code}, Мурманская обл., {place}, {street}, д. {r.randint(1, 60)}, кв. {r.randint(1, 90)}",
                      f"{place}, {street} {r.randint(1, 60)}",
                      f"Мурманская обл., {place}, {street}, дом {r.randint(1, 60)}"))]


def _mur_block(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(MUR_STREETS)
    return [f"{street}, д. {r.randint(1, 120)}, кв. {r.randint(1, 140)}", f"{town}, {code}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"civil_kw": _civil_kw, "phone_kw": _phone_kw, "bt_cid": _bt_cid, "phone_bt": _phone_bt, "aircon": _aircon,
            "van": _van, "rc_sk": _rc_sk, "phone_sk": _phone_sk, "aurora": _aurora, "flowers": _flowers},
    checks={"civil_kw": _civil_ok, "rc_sk": _rc_ok, "phone_kw": _dials("KW"), "phone_bt": _dials("BT"),
            "phone_sk": _dials("SK")},
    escapes={"koi8-header": koi8_header, "c-array": c_array},
    unescapes={"koi8-header": _from_koi8_header, "c-array": _from_c_array},
    lines={"kw_block": _kw_block, "kw_house": _kw_house, "kw_lines": _kw_lines, "bt_flat": _bt_flat, "bt_village": _bt_village,
           "bt_lines": _bt_lines, "sk_ulica": _sk_ulica, "sk_ru": _sk_ru, "sk_lines": _sk_lines,
           "mur_city": _mur_city, "mur_zato": _mur_zato, "mur_block": _mur_block},
    people={"en": (), "ru": ("sk_SK",)},
)


BANK: dict = {
    1: {
        "phone": {"en": ["salam alaikum, it's the flat in Block 4, my number is {v}, the AC is dripping again",
                         "the Malayali technician from ⟦Khaitan|LOCATION⟧ gave me {v}, he only picks up after the asr",
                         "put my ⟦Zain|ORGANIZATION⟧ line, {v}, the ⟦stc|ORGANIZATION⟧ sim is sitting in a drawer",
                         "uncle who drives the ⟦Salmiya|LOCATION⟧ school van gave his number, {v}, he doesn't read messages",
                         "kuzuzangpo la, you can reach me on {v} la, any time after office",
                         "for the units in the ⟦Phuentsholing|LOCATION⟧ shop, the mechanic's mobile is {v}",
                         "our haris, the Egyptian one, his phone {v}, he has the key of the roof",
                         "the van sir for the ⟦Babesa|LOCATION⟧ kids, please note la, {v}",
                         "⟦TashiCell|ORGANIZATION⟧ number is {v}, the ⟦B-Mobile|ORGANIZATION⟧ one finished the voucher",
                         "my cousin in ⟦Jahra|LOCATION⟧ knows a cheap gas refill, try him on {v}",
                         "inzain, you have a pen? {v}",
                         "the aunty who sits with the small ones in the van, her mobile, {v}"],
                  "ru": ["мой словацкий, {v}, в вайбере тоже он",
                         "за сиянием в ⟦Териберку|LOCATION⟧ возит Саша, его номер {v}, скажите, что от меня",
                         "насчёт цветов набирайте {v}, с утра я на оптовой базе",
                         "dobrý deň, ну вот мой {v}",
                         "до пятницы я в ⟦Кировске|LOCATION⟧ на горе, ловите на {v}",
                         "кветинарство на углу, их телефон {v}, там хозяйка наша, русская",
                         "на сопке связь через раз, лучше в вотсап на {v}",
                         "гид по сиянию, Игорь, {v}, завтра он в городе, в ⟦Мурманске|LOCATION⟧",
                         "в ⟦Мончегорске|LOCATION⟧ я на {v}, после смены звоните",
                         "запиши, no tak, мужнин номер {v}"]},
        "email": {"en": ["scan the job order and mail it to {v}, the office wants it by Thursday",
                         "my AMC quote never came, resend it to {v}, mashkoor",
                         "for the van pool group emails use {v} la",
                         "the school's transport desk reads {v}, send the route list there",
                         "the service ticket, please email to {v}, thank you so much la",
                         "my son studying in ⟦Paro|LOCATION⟧ checks {v} only on weekends",
                         "receipts for the van fee, mail {v}, inzain?",
                         "it's {v}, same as I gave ⟦PACI|ORGANIZATION⟧ for the address"],
                  "ru": ["заказы букетов принимаем на {v}, пишите заранее",
                         "снимки букета киньте на {v}, гляну и подтвержу",
                         "вот почта, {v}, ďakujem vopred",
                         "до воскресенья я в тундре за сиянием, пишите на {v}",
                         "турклуб в ⟦Мурманске|LOCATION⟧ отвечает с {v}",
                         "бронь снегохода на меня, почта {v}",
                         "мейл, который в ⟦Братиславе|LOCATION⟧ завела, {v}",
                         "флористке пишите на {v}, vďaka"]},
        "dob": {"en": ["my yadda, born {v}, still checks the AC remote before she sleeps",
                       "I was born {v} at ⟦Mubarak Al-Kabeer Hospital|ORGANIZATION⟧, it's on the Civil ID",
                       "tenant's date of birth is {v}, the AMC form needs it",
                       "he was born {v} up in ⟦Trashigang|LOCATION⟧, he drives those bends like nothing",
                       "for the van form, the child was born {v}",
                       "{v}, born at ⟦JDWNRH|ORGANIZATION⟧, ⟦Thimphu|LOCATION⟧",
                       "ama was born {v} in ⟦Bumthang|LOCATION⟧, during the tshechu",
                       "she told me born {v}, wallah I don't know"],
                "ru": ["родилась я {v}, в ⟦Мурманске|LOCATION⟧, в полярную ночь",
                       "в ваучере у туриста дата рождения {v}",
                       "дочка родилась {v}, это уже в ⟦Братиславе|LOCATION⟧",
                       "дед мой {v} родился, в ⟦Териберке|LOCATION⟧, при колхозе ещё",
                       "для брони снегохода: родилась {v}",
                       "по паспорту муж родился {v}, в ⟦Североморске|LOCATION⟧, он у меня флотский",
                       "svokra моя родилась {v}, в ⟦Жилине|LOCATION⟧, так и запишите",
                       "тот, кому букет, родился {v}, поздравить хотим"]},
        "fillers": {"en": ["inzain", "ee wallah", "khalas ba3ad", "mashkoor", "ya'ani wallah", "shlonik",
                           "aue", "kadrinchey la", "okay la", "tashi delek", "what to do la", "zain zain"],
                    "ru": ["ну, no", "no tak", "ну, dobre", "дак вот", "ну, fajn", "так, ну, короче, dobre",
                           "ладно, ďakujem", "ну, дак", "вот, на Северах так"]},
        "digit_sep": {"en": [" ... [the outdoor unit rattling] ... ", " -- ya3ni, wait -- ", " [kids banging on the van window] "],
                      "ru": [" ... [в трубке свистит пурга] ... ", " -- no, počkaj -- ", " [рычит снегоход] "]},
        "email_at": {"en": [" at, the at-sign, ya3ni, ", " [at, wallah] ", " at the rate, no, the at sign, "],
                     "ru": [" zavináč, ну, собачка, ", " эт, дак, ", " (at, no) "]},
        "email_dot": {"en": [" dot, the point la, ", " (dot, inzain) ", " full stop, then dot, inzain, "],
                      "ru": [" bodka, ну, точка, ", " точка, ну, fajn, ", " (dot, dobre) "]},
        "spell": {"en": [", one letter at a time la, ", " -- slowly, habibti, slowly -- "],
                  "ru": [", по буковке, no tak, ", " ... по букве, дак, по одной ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("Civil ID", "GOV_ID", "civil_kw"), ("Civil ID:", "GOV_ID", "civil_kw"), ("the tenant's civil ID", "GOV_ID", "civil_kw"),
                        ("civil no. (for the AMC):", "GOV_ID", "civil_kw"), ("civil number of the flat owner", "GOV_ID", "civil_kw"),
                        ("bitaqa madaniya no.:", "GOV_ID", "civil_kw"), ("Civil ID of the van driver", "GOV_ID", "civil_kw"),
                        ("the madam's civil ID:", "GOV_ID", "civil_kw"), ("civil ID of the haris", "GOV_ID", "civil_kw"),
                        ("Civil ID of the husband (for the van):", "GOV_ID", "civil_kw"), ("Civil ID (school van enrolment)", "GOV_ID", "civil_kw"),
                        ("the father's Civil ID:", "GOV_ID", "civil_kw"), ("civil ID of the sponsor (kafeel)", "GOV_ID", "civil_kw"),
                        ("Zain no.", "PHONE", "phone_kw"), ("mobile (Kuwait):", "PHONE", "phone_kw"),
                        ("the haris's mobile", "PHONE", "phone_kw"), ("stc line of the flat", "PHONE", "phone_kw"),
                        ("CID no.", "GOV_ID", "bt_cid"), ("Bhutanese CID:", "GOV_ID", "bt_cid"), ("the driver's CID", "GOV_ID", "bt_cid"),
                        ("CID of the parent (for the van form):", "GOV_ID", "bt_cid"), ("CID of the apa", "GOV_ID", "bt_cid"),
                        ("CID No. of the aum", "GOV_ID", "bt_cid"),
                        ("B-Mobile no. of the driver", "PHONE", "phone_bt"), ("TashiCell:", "PHONE", "phone_bt"),
                        ("the van driver's mobile (Bhutan)", "PHONE", "phone_bt"), ("B-Mobile of the school office", "PHONE", "phone_bt"),
                        ("my brother's phone in ⟦Manchester|LOCATION⟧", "PHONE", "phone_fmt"),
                        ("the technician's second number", "PHONE", "phone_sep"),
                        ("AC job order", "OTHER", "aircon"), ("AMC contract no.:", "OTHER", "aircon"),
                        ("service ticket for the split unit", "OTHER", "aircon"), ("warranty card of the window AC:", "OTHER", "aircon"),
                        ("the compressor job's ticket", "OTHER", "aircon"),
                        ("van pass", "OTHER", "van"), ("fee receipt for the van:", "OTHER", "van"),
                        ("route card of the ⟦Motithang|LOCATION⟧ van", "OTHER", "van"),
                        ("code for the building gate", "SECRET", "pin4"), ("the roof door's code:", "SECRET", "pin4"),
                        ("van lock PIN", "SECRET", "pin4"),
                        ("password for the Sahel app", "SECRET", "password"), ("van pool laptop pw:", "SECRET", "password"),
                        ("the child's DOB", "DATE_OF_BIRTH", "dob_slash"), ("the tenant was born on", "DATE_OF_BIRTH", "dob_month"),
                        ("date of birth (per the Civil ID):", "DATE_OF_BIRTH", "dob_iso"), ("DOB of the van aunty", "DATE_OF_BIRTH", "dob_dashes"),
                        ("the old UK licence of the van driver", "GOV_ID", "licence"),
                        ("insurance for the van (passengers):", "OTHER", "policy")],
                 "ru": [("RČ", "GOV_ID", "rc_sk"), ("RČ:", "GOV_ID", "rc_sk"), ("родне число жены", "GOV_ID", "rc_sk"),
                        ("rodné číslo мужа", "GOV_ID", "rc_sk"), ("RČ ребёнка:", "GOV_ID", "rc_sk"),
                        ("rodné číslo (zo slovenského OP):", "GOV_ID", "rc_sk"),
                        ("словацкое родне число", "GOV_ID", "rc_sk"), ("RČ хозяйки квартиры", "GOV_ID", "rc_sk"),
                        ("RČ (Slovensko):", "GOV_ID", "rc_sk"), ("RČ клиентки кветинарства", "GOV_ID", "rc_sk"),
                        ("RČ получателя:", "GOV_ID", "rc_sk"), ("RČ сына", "GOV_ID", "rc_sk"), ("RČ свекрови:", "GOV_ID", "rc_sk"),
                        ("RČ квартиранта", "GOV_ID", "rc_sk"), ("RČ для účtovníčky", "GOV_ID", "rc_sk"),
                        ("родне číslo туриста", "GOV_ID", "rc_sk"), ("RČ получательницы цветов", "GOV_ID", "rc_sk"),
                        ("RČ водителя", "GOV_ID", "rc_sk"),
                        ("словацкий мобил", "PHONE", "phone_sk"), ("тел. (SK):", "PHONE", "phone_sk"),
                        ("мобил majiteľa", "PHONE", "phone_sk"), ("мобил мужа, словацкий", "PHONE", "phone_sk"),
                        ("ваучер на тур", "OTHER", "aurora"), ("бронь снегохода:", "OTHER", "aurora"),
                        ("тур в ⟦Териберку|LOCATION⟧", "OTHER", "aurora"), ("трансфер из ⟦Мурманска|LOCATION⟧:", "OTHER", "aurora"),
                        ("тур на сияние:", "OTHER", "aurora"),
                        ("заказ букета", "OTHER", "flowers"), ("номер заказа цветов:", "OTHER", "flowers"),
                        ("objednávka кветинарства", "OTHER", "flowers"), ("доставка роз к 8 марта:", "OTHER", "flowers"),
                        ("букет из ⟦Нитры|LOCATION⟧:", "OTHER", "flowers"),
                        ("телефон свекрови в ⟦Апатитах|LOCATION⟧", "PHONE", "phone_fmt"), ("тел. гида", "PHONE", "phone_sep"),
                        ("паспорт туриста", "GOV_ID", "passport_ru"), ("паспорт флористки:", "GOV_ID", "passport_no"),
                        ("СНИЛС гида-северянина", "GOV_ID", "snils"), ("ИНН турфирмы:", "GOV_ID", "inn_glued"),
                        ("ИНН цветочного ИП", "GOV_ID", "inn"),
                        ("полис ОМС водителя снегохода", "OTHER", "digits16"), ("права того, кто ведёт трансфер", "GOV_ID", "vu_ru"),
                        ("загран для поездки в ⟦Братиславу|LOCATION⟧", "GOV_ID", "zagran"),
                        ("д/р туриста по ваучеру:", "DATE_OF_BIRTH", "dob_dots"), ("флористка родилась", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. по občianke", "DATE_OF_BIRTH", "dob_short"), ("родился (по RČ)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от ворот базы снегоходов", "SECRET", "pin4"), ("код от холодильника с цветами", "SECRET", "pin4"),
                        ("код от домофона в ⟦Петржалке|LOCATION⟧", "SECRET", "pin4"),
                        ("пароль от Slovensko.sk:", "SECRET", "password"),
                        ("пароль от вайфая в кветинарстве", "SECRET", "password")]},
        "carriers": {"en": ["Technician's notebook, page two: {v}", "{v} (the haris read it to me)", "van pool ledger, October - {v}",
                            "{v}, inzain, noted", "written on the job order: {v}", "{v}, kadrinchey la",
                            "the man on the service hotline read out {v}", "copied for the civil ID file: {v}",
                            "box six on the van enrolment form: {v}"],
                     "ru": ["у гида в блокноте: {v}", "{v}, ďakujem pekne", "из ваучера: {v}", "{v} (турист сам продиктовал)",
                            "для účtovníčky, как просила: {v}", "{v}, дак вот", "переслала мужу в вайбер: {v}, no",
                            "в книге заказов цветов: {v}", "бухгалтерии турбюро, сверить: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["the AC company posts offers on Instagram as {v}", "add {v} to the building's WhatsApp, the haris knows him",
                      "on Telegram the van driver is {v}", "insta: {v}, follow la", "message {v} for the AMC rates before summer",
                      "WeChat me la, {v}"],
               "ru": ["кветинарство в инсте — {v}, там все букеты", "закинь {v} в чат русскоговорящих ⟦Братиславы|LOCATION⟧",
                      "снегоходы у него, в телеге он {v}", "в ⟦Кошице|LOCATION⟧ наши сидят в телеге {v}",
                      "на форуме ⟦Кировска|LOCATION⟧ подписан как {v}", "букеты собирает, ищите {v}"]},
        "url": {"en": ["everything about split units on my page {v}", "van timings are posted at {v}",
                       "I blog about compressors, {v}", "our service rates, see {v}", "la, the page I made is {v}",
                       "yuba, look at {v}"],
                "ru": ["про жизнь в ⟦Словакии|LOCATION⟧ веду канал {v}", "прогноз сияния смотрю тут: {v}",
                       "у кветинарства страничка {v}", "про ⟦Хибины|LOCATION⟧ пишу на {v}",
                       "отзывы про наши туры на {v}", "pozri, {v}"]},
        "url_layouts": {"any": ["https://{site}?from=salmiya-wa", "{site} (open it la)", "https://{site}/#amc-offer",
                                "[{site}] van pool page"]},
        "ssh": {"any": ["ssh -l ac-tech -o ConnectTimeout=15 {v}", "ssh -p 2207 -i ~/.ssh/id_vanpool {v}",
                        "scp amc-contracts.csv {v}:/var/aircon/", "rsync -az --delete ./kvety/ {v}:/srv/kvetinarstvo/"]},
        "remote": {"any": ["git clone -b summer-2025 https://github.com/{v}.git", "git remote add vanpool git@gitlab.com:{v}.git",
                           "python3 -m pip install -U git+https://github.com/{v}.git@polar", "bun add github:{v}#aurora"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:amc-2025", "FROM docker.io/{v}:van-runner",
                             "podman run quay.io/{v}:siyanie-bot", "docker push docker.io/{v}:kvety-shop"]},
        "home": {"any": ["/home/{v}/amc/joborders/", "C:\\Users\\{v}\\OneDrive\\VanPool\\", "/Users/{v}/Documents/Kvetinarstvo/",
                         "/var/home/{v}/siyanie/"]},
        "tool": {"en": ["the job order app is stuck at {v}", "my nephew in ⟦Hawally|LOCATION⟧ said just type {v}", "aue, it hung again at {v}",
                        "I pasted {v} in the van pool chat"],
                 "ru": ["внук из ⟦Трнавы|LOCATION⟧ набирал мне {v}", "айтишник из ⟦Апатитов|LOCATION⟧ велел вбить {v}",
                        "зависло на {v}, do pekla", "{v} скинула в чат гидов"]},
        "mention": {"en": ["{h} mashkoor ya akhi!", "{h} kadrinchey la, noted", "{h} can your guy look at the split in ⟦Jabriya|LOCATION⟧?",
                           "{h}: the van is full, khalas", "{h} tashi delek, thank you", "{h} sidj?"],
                    "ru": ["{h}, ďakujem veľmi pekne!", "{h} no, так и есть", "{h}, а фото сияния будет?", "{h}: дак приняла, dobre",
                           "{h}, спасибочки, vďaka", "{h} ну ты дал, дак"]},
    },
    4: {
        "url": {"en": ["the van booking link ended in ?{k}={v}&block=4", "the Sahel form came prefilled with {k}={v}",
                       "the shared WhatsApp link had {k}={v}&ref=wa_thimphu", "nginx logged GET /amc/jobs?{k}={v} 200"],
                "ru": ["ссылка на бронь тура заканчивалась на ?{k}={v}&jazyk=sk", "в ссылке на букет висело {k}={v}",
                       "переход из телеги гидов: {k}={v}&utm=mur", "лог кветинарства: GET /objednavky/hladat?{k}={v}"]},
        "markup": {"en": ["in the job order's HTML: <span class=\"{k}\">{v}</span>",
                          "the van receipt template has <b>{v}</b> at the top",
                          "the AMC form keeps <input type=\"hidden\" name=\"{k}\" value=\"{v}\">"],
                   "ru": ["HTML ваучера: <span class=\"{k}\">{v}</span>, так и стоит",
                          "в шаблоне открытки к букету <b>{v}</b>",
                          "в форме брони снегохода <input type=\"hidden\" name=\"{k}\" value=\"{v}\">"]},
        "prose": {"en": ["on the ⟦KFH|ORGANIZATION⟧ statement the sender shows as {v}", "somebody wrote {v} on the outdoor unit with a marker",
                         "the van receipt was made out to {v}", "the ⟦Bank of Bhutan|ORGANIZATION⟧ mBoB slip reads {v}"],
                  "ru": ["⟦Tatra banka|ORGANIZATION⟧ показывает получателя как {v}", "на ленточке к букету выведено {v}",
                         "в вечернем списке на сияние {v}", "турист в ваучере записан как {v}"]},
        "escapes": {"koi8-header": {"en": ["the From: line of the spare-parts mail had the sender as {v}",
                                           "the old Outlook Express on the office PC put the name as {v}",
                                           "in the raw headers of the van pool's mailing list: From: {v}"],
                                    "ru": ["в заголовке письма из The Bat! отправитель {v}",
                                           "старый почтовик турбюро показал имя туриста так: {v}",
                                           "в исходнике письма от флористки стоит From: {v}"]},
                    "c-array": {"en": ["the thermostat firmware had the owner as const char owner[] = { {v} };",
                                       "the van's LED display code listed the driver as { {v} }",
                                       "in the controller's header file: uint8_t customer[] = { {v} }"],
                                "ru": ["в прошивке табло на базе снегоходов имя записано как { {v} }",
                                       "в коде термопринтера кветинарства: name[] = { {v} };",
                                       "в исходнике контроллера у гида: meno[] = { {v} }"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the customer stays at {v}", "tomorrow the technician goes to {v}",
                        "the van picks the kids up at {v}", "she's with her khalti now, at {v}",
                        "leave the outdoor unit at {v}, the haris will take it", "on the Civil ID the address is {v}"],
                 "ru": ["адрес: {v}, zvonček сломан, стучите", "живём {v}, сразу за супермаркетом",
                        "букет доставить на {v}", "группа на сияние собирается {v}",
                        "снимаю теперь garsónku, {v}", "прописка у получателя цветов: {v}"]},
        "block": {"en": ["Service visit at:\n{v}", "Home address for the van pick-up:\n{v}",
                         "Old unit to be collected from\n{v}", "Customer's place -\n{v}"],
                  "ru": ["Кветинарство, адрес:\n{v}", "Букет везти сюда (сначала позвонить):\n{v}",
                         "База снегоходов\n{v}", "Турист проживает -\n{v}"]},
        "layouts": {"en": ["kw_block", "kw_house", "kw_lines", "bt_flat", "bt_village", "bt_lines"],
                    "ru": ["sk_ulica", "sk_ru", "sk_lines", "mur_city", "mur_zato", "mur_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Flat owner: {v}", "AC tech on the job: {v}", "Building haris: {v}",
                        "{v} from the service company changed the compressor", "the mother gave her name as {v}",
                        "School van driver: {v}", "the split unit is registered to {v}",
                        "Principal, ⟦Motithang Higher Secondary School|ORGANIZATION⟧: {v}"],
                 "ru": ["Турист из группы: {v}", "Флористка на смене: {v}", "гид {v} укатил без ваучеров",
                        "кветинарство держит {v}", "За рулём снегохода: {v}", "{v} звонила, букет к юбилею хочет",
                        "Účtovníčka: {v}"]},
        "kin": {"en": [("my yuma", "f"), ("my yuba", "m"), ("my yadda in ⟦Jahra|LOCATION⟧", "f"), ("my khalti", "f"),
                       ("my 3ammi in ⟦Fahaheel|LOCATION⟧", "m"), ("my ama in ⟦Paro|LOCATION⟧", "f"), ("my apa in ⟦Punakha|LOCATION⟧", "m"),
                       ("my meme from ⟦Bumthang|LOCATION⟧", "m"), ("my abi", "f"), ("my ashang in ⟦Gelephu|LOCATION⟧", "m"),
                       ("my ani", "f"), ("my aku", "m")],
                "ru": [("моя svokra", "f"), ("мой svokor из ⟦Нитры|LOCATION⟧", "m"), ("моя babka", "f"),
                       ("мой dedo из ⟦Трнавы|LOCATION⟧", "m"), ("моя teta", "f"), ("мой ujo", "m"),
                       ("моя бабка-поморка из ⟦Умбы|LOCATION⟧", "f"), ("мой батя-подводник", "m"),
                       ("моя тётка из ⟦Мончегорска|LOCATION⟧", "f"), ("мой свояк из ⟦Кандалакши|LOCATION⟧", "m")]},
        "kin_carriers": {"en": ["{v} is paying the AMC this year", "{v} takes the van from this month",
                                "{v} drives down from ⟦Jahra|LOCATION⟧ on weekends", "{v} collects the van fee receipts",
                                "{v} signed for the new compressor", "{v} drops the kids at ⟦Motithang|LOCATION⟧"],
                         "ru": ["{v} за букет платит", "{v} из ⟦Братиславы|LOCATION⟧ прилетает", "{v} собралась на сияние",
                                "{v} с гидом сама договорится", "{v} из ⟦Кировска|LOCATION⟧ кланяется",
                                "{v} за снегоход заплатит"]},
        "wordnames": {"en": {"f": ["Dana", "Lulwa", "Reem", "Shahad", "Pema", "Dechen", "Yangchen"],
                             "m": ["Badr", "Saqr", "Nasser", "Dorji", "Tashi", "Nima", "Dawa"]},
                      "ru": {"f": ["Вьера", "Ружена", "Дарина", "Любица"], "m": ["Ждан", "Любим", "Найдён"]}},
        "list": {"en": ["Units pending service this week:\n{v}", "Van fees not yet paid\n{v}",
                        "On call Friday (techs):\n{v}", "| Name | split units |\n|---|---|\n{v}"],
                 "ru": ["Субботняя группа на сияние:\n{v}", "Букеты без оплаты\n{v}", "Дежурные гиды на выходных:\n{v}",
                        "Снегоходы на праздники взяли:\n{v}"]},
        "list_layouts": {"any": ["{v} - unit serviced", "* {v} (paid in cash la)", "{v} [JO closed]", "| {v} | 3 splits done |"]},
        "broken": {"en": ["the senior technician who fixed the split on Sunday was {v}",
                          "yesterday the kids were dropped home by {v}"],
                   "ru": ["ваучер выписывала {v}", "букет на кассе принимал {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["someone opened the AMC portal from {v}", "the camera box in the building's lobby is {v}",
                      "whitelist {v} on the AMC office's router", "the smart thermostat pings from {v}",
                      "the van tracker last synced from {v}", "ya3ni my IP shows {v}"],
               "ru": ["в кабинет турбюро заходили с {v}", "на базе снегоходов роутер {v}", "сайт кветинарства висит на {v}",
                      "в Slovensko.sk входили с чужого {v}", "{v} забаньте, no", "айпи у меня {v}, dobre"]},
        "iban": {"en": ["AMC payment goes to {v}", "my ⟦Kuwait City|LOCATION⟧ account, {v}",
                        "the school's account for the van, IBAN {v}", "refunds for the van come from {v}"],
                 "ru": ["оплату тура кидайте на {v}", "счёт у меня в ⟦Slovenská sporiteľňa|ORGANIZATION⟧, {v}",
                        "тур отменили, верните на {v}", "за букеты предоплата на {v}"]},
        "mac": {"en": ["MAC of the smart thermostat: {v}", "the van tracker shows MAC {v}", "put {v} on the Wi-Fi list la",
                       "the tech's tablet came up as {v}"],
                "ru": ["у трекера на снегоходе MAC {v}", "терминал в кветинарстве, MAC {v}", "{v} в белый список, no",
                       "роутер на базе не пускает {v}"]},
        "card": {"en": ["pay the service with card {v}", "put the AMC on {v}", "the van fee was paid by card {v}",
                        "she read her card to me as {v}"],
                 "ru": ["за тур платим картой {v}", "у флористки карта {v}", "на карту {v}, ďakujem",
                        "карту {v} я в ⟦Кировске|LOCATION⟧ посеяла, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Salam alaikum, {v} speaking, it's about the AC", "Parent's name on the van list: {v}"],
                         "GOV_ID": ["the licence I drove on in ⟦Manchester|LOCATION⟧, {v}", "van driver's DL: {v}"],
                         "USERNAME": ["on the school portal I'm {v}", "login for the AMC portal: {v}"]},
                  "ru": {"PERSON": ["Dobrý deň, вас беспокоит {v}", "турист по ваучеру: {v}"],
                         "GOV_ID": ["у гида паспорт РФ {v}", "паспорт флористки, {v}"],
                         "USERNAME": ["на сайте турбюро я {v}", "в программе кветинарства логин {v}"]}},
        "later": {"en": ["the customer {v} called again", "{v} still hasn't come back, wallah", "{v}, please call back la",
                         "following up with {v}, mashkoor", "(the mother, {v})"],
                  "ru": ["опять про туриста {v}", "{v} снова про букет звонила", "{v}, за тур оплата ещё не пришла",
                         "(про ваучер см. выше: {v})", "{v}, ну ответьте, prosím"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the filter order {v} is still stuck in customs", "the copper pipes came under order {v}, wrong size",
                     "⟦X-cite|ORGANIZATION⟧ delivered order {v} to ⟦Salmiya|LOCATION⟧"],
              "ru": ["термобельё по заказу {v} с ⟦Alza|ORGANIZATION⟧ пришло", "ленты для букетов, заказ {v}", "no, заказ {v} всё-таки отменили"]},
    "price": {"en": ["gas refill is {v} now", "the ⟦Dubai|LOCATION⟧ compressor cost {v} landed", "{v} a month for the van, same as last year"],
              "ru": ["час на снегоходе {v}", "двадцать пять роз выходят в {v}", "однушку в ⟦Мурманске|LOCATION⟧ сдают за {v}"]},
    "timestamp": {"en": ["the tech was at the door {v}", "van left ⟦Babesa|LOCATION⟧ at {v}", "the cut started {v}, the whole block dark"],
                  "ru": ["выезжаем на сияние в {v}", "флористка была на месте в {v}", "мурманский автобус пришёл в {v}"]},
    "version": {"en": ["AMC app {v} keeps crashing", "thermostat on firmware {v}", "after the {v} update the van app logs me out"],
                "ru": ["турбюро-приложение {v}", "кветинарская программа версии {v}", "прогноз сияния после {v} виснет"]},
    "room": {"en": ["techs gather in room {v} at eight", "the indoor unit sits in hall {v}", "spare capacitors in store {v}"],
             "ru": ["в турбюро кабинет {v}, третий этаж", "гиды живут в комнате {v}", "розы в холодильнике {v}"]},
    "flight": {"en": ["I fly to ⟦Kuwait|LOCATION⟧ on {v}", "the new tech from ⟦Kerala|LOCATION⟧ comes on {v}", "yadda is coming on {v}"],
               "ru": ["в ⟦Братиславу|LOCATION⟧ летим рейсом {v}", "рейс {v} задерживают, no", "в ⟦Мурмаши|LOCATION⟧ встречай с {v}"]},
    "isbn": {"en": ["HVAC field guide, ISBN {v}", "a Kuwaiti machboos cookbook, ISBN {v}", "Dzongkha for beginners, ISBN {v}"],
             "ru": ["книжка для гидов, ISBN {v}", "разговорник словацкого, ISBN {v}", "саамско-русский словарь, ISBN {v}"]},
    "doc-ip": {"en": ["the thermostat booklet uses {v} as the example", "in the tracker manual the sample address is {v}",
                      "the school's network diagram lists {v}"],
               "ru": ["в мануале к трекеру снегохода {v}", "в примере по роутеру турбюро {v}", "на схеме сети кветинарства {v}"]},
    "spoken-date": {"en": ["next service visit is {v}", "the school picnic falls on {v}", "van parents meet on {v}"],
                    "ru": ["тур сдвинули на {v}", "букет в ⟦Жилину|LOCATION⟧ везут на {v}", "в ⟦Хибины|LOCATION⟧ выезжаем на {v}"]},
    "kinship-verb": {"en": ["my yuma {v} open the door for the tech", "my aku {v} drive the van on Monday",
                            "my 3ammi {v} cover the AMC"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Mashkoor, I've noted it.", "Okay, job order updated.", "Khalas, it's saved.",
                        "Kadrinchey la, noted.", "Done, van list updated.", "Inzain, all done."],
                 "ru": ["Ďakujem, записала себе.", "Поправила в журнале туров.", "Dobre, в тетрадку внесла.",
                        "Поняла, гиду передам.", "Предоплату за букет отметила.", "Fajn, всё готово."]}
