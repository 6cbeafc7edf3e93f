"""The bank of ``check12``, the twelfth pair's held-out set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: Barbadian English (Bridgetown and the parishes, Holetown, Speightstown, Oistins;
Bajan words) and Indonesian English (Jakarta, Bekasi, Bandung, Surabaya, Yogyakarta, Bali;
Indonesian and Javanese words), locksmiths with the callers locked out of their homes and
cars, and solar-panel installers with the homeowners; in Russian, Russian speakers living in
Poland (Warsaw, Wrocław, Kraków, Gdańsk, Poznań; Polish words in Russian sentences) and
speakers in Udmurtia (Izhevsk, Sarapul, Glazov, Votkinsk and the villages; Udmurt words),
theatre and concert box offices with their ticket buyers, and tow-truck dispatchers with
stranded drivers. Its own shapes carry the check a reader runs where the id has one. Written
from memory, not from a specification: the layouts of the Indonesian NIK (the district's six
digits, the birth date with 40 added to a woman's day, four digits; no check written), of the
NPWP (fifteen digits with its dots and dash; no check written), of the BPJS health card
(thirteen digits), of the Barbados national registration number (the birth date and four
digits), of the Polish residence card (two letters, seven digits), of the Russian vehicle
registration certificate (the region, two digits, six digits), the Barbadian parishes' post
codes, the Indonesian RT/RW neighbourhoods, housing estates' blocks and the five-digit post
codes, the Polish post codes and flat numbers ("m.") and the post codes of Udmurtia. The
PESEL's check (weights 1 3 7 9 1 3 7 9 1 3, ten less the sum modulo 10, modulo 10; 20 added to
the month of one born from 2000), the NIP's (weights 6 5 7 2 3 4 5 6 7, the sum modulo 11,
never 10) and the Polish identity card's (the letters valued 10 to 35, weights 7 3 1 for the
letters and 7 3 1 7 3 for the last five digits, the sum modulo 10 written as the first digit)
are as published.
"""

from __future__ import annotations

import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Barbados and Indonesia (Telkomsel, Indosat, XL)
MOBILES = (("BB", ("24623", "24624", "24625", "24626", "24682", "24683", "24684"), 5, (3, 3, 4)),
           ("ID", ("0812", "0813", "0821", "0852", "0857", "0878", "0896"), 8, (4, 4, 4)))
PESEL_W = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
NIP_W = (6, 5, 7, 2, 3, 4, 5, 6, 7)
DOWOD_W = (7, 3, 1, 7, 3, 1, 7, 3)  # the three letters and the five digits after the check
NIK_AREAS = ("317401", "317105", "327501", "327302", "357806", "340471", "510302", "367101")


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

def _nik(v: Values, lang: str) -> str:
    """An NIK: the district, the birth date (a woman's day plus 40), four digits."""
    y, m, d = v.birth()
    day = d + (40 if v.rng.random() < 0.5 else 0)
    return f"{v.rng.choice(NIK_AREAS)}{day:02d}{m:02d}{y % 100:02d}{v.rng.randint(1, 3999):04d}"


def _nik_ok(text: str) -> bool:
    if not re.fullmatch(r"\d{16}", text):
        return False
    day, month = int(text[6:8]) % 40, int(text[8:10])
    return 1 <= day <= 31 and 1 <= month <= 12


def _npwp(v: Values, lang: str) -> str:
    d = f"{v.rng.choice(('01', '02', '07', '08', '09', '31', '66', '76'))}{v.digits(7, False)}{v.digits(3)}{v.rng.choice(('000', '001', '002'))}"
    return v.rng.choice((f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}", d))


def _bpjs(v: Values, lang: str) -> str:
    return "000" + v.digits(10, False)


def _phone_id(v: Values, lang: str) -> str:
    d = _valid("ID", ("0812", "0813", "0821", "0852", "0857", "0878", "0896"), 8, v)
    return v.rng.choice((f"+62 {d[1:4]}-{d[4:8]}-{d[8:]}", f"{d[:4]}-{d[4:8]}-{d[8:]}", f"+62{d[1:]}", d,
                         f"0{d[1:4]} {d[4:8]} {d[8:]}"))


def _bb_nrn(v: Values, lang: str) -> str:
    """A Barbados national registration number: the birth date and four digits."""
    y, m, d = v.birth()
    body = f"{y % 100:02d}{m:02d}{d:02d}"
    return v.rng.choice((f"{body}-{v.digits(4, False)}", f"{body}{v.digits(4, False)}"))


def _phone_bb(v: Values, lang: str) -> str:
    d = _valid("BB", ("24623", "24624", "24625", "24626", "24682", "24683", "24684"), 5, v)
    return v.rng.choice((f"(246) {d[3:6]}-{d[6:]}", f"1-246-{d[3:6]}-{d[6:]}", f"{d[3:6]}-{d[6:]}",
                         f"+1 246 {d[3:6]} {d[6:]}", f"246.{d[3:6]}.{d[6:]}"))


def _lock_job(v: Values, lang: str) -> str:
    return v.rng.choice((f"LK-{v.digits(5)}", f"JOB#{v.digits(4)}", f"{v.digits(3)}/LOCK/{v.rng.randint(24, 26)}"))


def _solar(v: Values, lang: str) -> str:
    return v.rng.choice((f"PV-{v.rng.randint(2023, 2026)}-{v.digits(4, False)}", f"SOL{v.digits(6)}", f"{v.digits(5)}-KWP"))


def _pesel(v: Values, lang: str) -> str:
    """A PESEL: YYMMDD (20 added to the month from 2000), four digits (the last odd for a man),
    the check."""
    y, m, d = v.birth()
    body = f"{y % 100:02d}{m + (20 if y >= 2000 else 0):02d}{d:02d}{v.digits(4, False)}"
    return body + str((10 - sum(int(c) * w for c, w in zip(body, PESEL_W)) % 10) % 10)


def _pesel_ok(text: str) -> bool:
    return (re.fullmatch(r"\d{11}", text) is not None
            and (10 - sum(int(c) * w for c, w in zip(text, PESEL_W)) % 10) % 10 == int(text[10]))


def _nip(v: Values, lang: str) -> str:
    while True:
        body = v.digits(9)
        check = sum(int(c) * w for c, w in zip(body, NIP_W)) % 11
        if check < 10:
            d = body + str(check)
            return v.rng.choice((f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}", d, f"PL{d}", f"{d[:3]}-{d[3:5]}-{d[5:7]}-{d[7:]}"))


def _nip_ok(text: str) -> bool:
    d = re.sub(r"^PL|-", "", text)
    return (re.fullmatch(r"\d{10}", d) is not None
            and sum(int(c) * w for c, w in zip(d, NIP_W)) % 11 == int(d[9]))


def _dowod_values(text: str) -> list[int]:
    return [ord(c) - 55 for c in text[:3]] + [int(c) for c in text[4:9]]


def _dowod(v: Values, lang: str) -> str:
    """A Polish identity card: three letters, the check digit, five digits."""
    letters = "".join(v.rng.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") for _ in range(3))
    tail = v.digits(5, False)
    check = sum(x * w for x, w in zip(_dowod_values(letters + "0" + tail), DOWOD_W)) % 10
    return v.rng.choice((f"{letters}{check}{tail}", f"{letters} {check}{tail}"))


def _dowod_ok(text: str) -> bool:
    d = text.replace(" ", "")
    return (re.fullmatch(r"[A-Z]{3}\d{6}", d) is not None
            and sum(x * w for x, w in zip(_dowod_values(d), DOWOD_W)) % 10 == int(d[3]))


def _karta(v: Values, lang: str) -> str:
    return v.rng.choice((f"RP{v.digits(7, False)}", f"RP {v.digits(7, False)}", f"PL{v.digits(7, False)}"))


def _phone_pl(v: Values, lang: str) -> str:
    d = _valid("PL", ("50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"), 7, v)
    return v.rng.choice((f"+48 {d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"+48{d}", f"0048 {d}",
                         f"{d[:3]} {d[3:6]} {d[6:]}"))


def _sts(v: Values, lang: str) -> str:
    """A vehicle registration certificate: the region (18 for Udmurtia), two digits, six."""
    return v.rng.choice((f"18 {v.rng.randint(10, 45)} {v.digits(6, False)}", f"18{v.rng.randint(10, 45)} № {v.digits(6, False)}",
                         f"99 {v.rng.randint(10, 45)} {v.digits(6, False)}"))


def _booking(v: Values, lang: str) -> str:
    return v.rng.choice((f"БР-{v.digits(6)}", f"{v.digits(4)}-{v.digits(4)}-К", f"Заказ ТЕ{v.digits(5)}"))


def _tow(v: Values, lang: str) -> str:
    return v.rng.choice((f"ЭВ-{v.digits(5)}", f"{v.digits(4)}/18", f"Выезд {v.digits(3)}-{v.rng.randint(1, 31):02d}"))


# -- family 4: escapes ------------------------------------------------------------------------

def reg_hex(text: str) -> str:
    """A name as a ``.reg`` export writes an expandable string value: ``hex(2):`` then the
    UTF-16LE bytes and the closing null as comma-separated hex pairs, ``52,00,65,00,...,00,00``
    (the ``hex(2):`` is the carrier's)."""
    return ",".join(f"{b:02x}" for b in (text + "\0").encode("utf-16-le"))


def _from_reg_hex(text: str) -> str:
    return bytes.fromhex(text.replace(",", "")).decode("utf-16-le").removesuffix("\0")


def yaml_x(text: str) -> str:
    """A name in a YAML double-quoted scalar as an emitter that keeps to ASCII writes it:
    ``\\xE9`` up to 0xFF, ``\\u0418`` above, the backslash and the quote escaped."""
    out = []
    for c in text:
        o = ord(c)
        if c in '\\"':
            out.append("\\" + c)
        elif 32 <= o < 127:
            out.append(c)
        else:
            out.append(f"\\x{o:02X}" if o <= 0xFF else f"\\u{o:04X}" if o <= 0xFFFF else f"\\U{o:08X}")
    return "".join(out)


def _from_yaml_x(text: str) -> str:
    return re.sub(r'\\(?:x([0-9A-F]{2})|u([0-9A-F]{4})|U([0-9A-F]{8})|([\\"]))',
                  lambda m: m[4] or chr(int(m[1] or m[2] or m[3], 16)), text)


# -- family 5: address layouts ----------------------------------------------------------------

BB_PLACES = (("Rockley", "Christ Church", "BB15"), ("Worthing", "Christ Church", "BB15"), ("Oistins", "Christ Church", "BB17"),
             ("Sunset Crest", "St. James", "BB24"), ("Holetown", "St. James", "BB24"), ("Bank Hall", "St. Michael", "BB11"),
             ("Black Rock", "St. Michael", "BB11"), ("Six Roads", "St. Philip", "BB18"), ("Speightstown", "St. Peter", "BB26"),
             ("Warrens", "St. Michael", "BB12"))
BB_ROADS = ("Rockley Terrace", "Bayville 2nd Avenue", "Pine Gap", "Tudor Bridge Road", "Maxwell Coast Road",
            "Hothersal Turning", "Brathwaite's Gap")
ID_JALAN = (("Jl. Kemang Raya", "Bangka", "Mampang Prapatan", "Jakarta Selatan", "12730"),
            ("Jl. Tebet Barat Dalam", "Tebet Barat", "Tebet", "Jakarta Selatan", "12810"),
            ("Jl. Kelapa Gading Boulevard", "Kelapa Gading Timur", "Kelapa Gading", "Jakarta Utara", "14240"),
            ("Jl. Dago", "Lebakgede", "Coblong", "Bandung", "40132"),
            ("Jl. Darmo Permai", "Pradah Kalikendal", "Dukuh Pakis", "Surabaya", "60226"),
            ("Jl. Kaliurang Km 7", "Sinduharjo", "Ngaglik", "Sleman", "55581"))
ID_PERUM = (("Perum Griya Asri", "Bekasi", "17115"), ("Perumahan Citra Indah", "Bogor", "16830"),
            ("Perum Bumi Serpong Damai", "Tangerang Selatan", "15321"), ("Perumahan Taman Kopo Indah", "Bandung", "40218"),
            ("Perum Pondok Tjandra", "Sidoarjo", "61256"))
ID_APART = (("Apartemen Kalibata City", "Tower Jasmine", "Jl. Raya Kalibata No. 1, Pancoran", "Jakarta Selatan, DKI Jakarta 12750"),
            ("Apartemen Gading Nias", "Tower Alamanda", "Jl. Pegangsaan Dua, Kelapa Gading", "Jakarta Utara, DKI Jakarta 14250"),
            ("Apartemen Educity", "Tower Harvard", "Jl. Kejawan Putih Mutiara, Mulyorejo", "Surabaya, Jawa Timur 60112"))


def _bb_parish(v: Values) -> list[str]:
    """Barbados: the house (often a number with #, or a lot), the road or the gap, the district,
    the parish and its post code."""
    r = v.rng
    place, parish, code = r.choice(BB_PLACES)
    post = f"{code}{r.randint(0, 299):03d}"
    return [r.choice((f"#{r.randint(1, 80)} {r.choice(BB_ROADS)}, {place}, {parish} {post}",
                      f"Lot {r.randint(1, 160)}, {place}, {parish}, {post}",
                      f"{place}, {parish}, {r.choice(BB_ROADS)} #{r.randint(1, 80)}"))]


def _bb_chattel(v: Values) -> list[str]:
    r = v.rng
    place, parish, _ = r.choice(BB_PLACES)
    return [r.choice((f"{r.choice(('Lodge Road', 'Church Village', 'Welches', 'Checker Hall', 'Dayrells Road'))}, {parish}",
                      f"{place} Heights, {parish}", f"No. {r.randint(1, 40)} {r.choice(BB_ROADS)}, {place}"))]


def _bb_block(v: Values) -> list[str]:
    r = v.rng
    place, parish, code = r.choice(BB_PLACES)
    return [f"Apt {r.randint(1, 12)}, {r.choice(('Palm Court', 'Coral Mist', 'Blue Horizon', 'Sea Breeze'))}",
            place, f"{parish.upper()} {code}{r.randint(0, 299):03d}", r.choice(("Barbados W.I.", "BARBADOS"))]


def _id_jalan(v: Values) -> list[str]:
    """A street in Indonesia: the jalan and its number, the RT/RW neighbourhood, the village
    (kelurahan), the district (kecamatan), the city and the post code."""
    r = v.rng
    jalan, kel, kec, city, code = r.choice(ID_JALAN)
    rt, rw = f"{r.randint(1, 15):03d}", f"{r.randint(1, 12):03d}"
    return [r.choice((f"{jalan} No. {r.randint(1, 120)}, RT {rt}/RW {rw}, Kel. {kel}, Kec. {kec}, {city} {code}",
                      f"{jalan} no.{r.randint(1, 120)} RT.{rt[1:]} RW.{rw[1:]} {kel}, {kec}, {city}",
                      f"{jalan} Gg. {r.choice(('Sandat', 'Mawar', 'Kenari', 'Haji Naim'))} No. {r.randint(1, 40)}, {kec}, {city} {code}"))]


def _id_perum(v: Values) -> list[str]:
    r = v.rng
    estate, city, code = r.choice(ID_PERUM)
    return [f"{estate} Blok {r.choice('ABCDEFGH')}{r.randint(1, 12)} No. {r.randint(1, 40)}, {city} {code}"]


def _id_apart(v: Values) -> list[str]:
    r = v.rng
    name, tower, street, city = r.choice(ID_APART)
    return [f"{name}, {tower} Lt. {r.randint(2, 30)} No. {r.randint(1, 30):02d}", street, city]


PL_STREETS = (("ul. Marszałkowska", "00-", "Warszawa"), ("ul. Puławska", "02-", "Warszawa"), ("al. Jana Pawła II", "00-", "Warszawa"),
              ("ul. Legnicka", "54-", "Wrocław"), ("ul. Grabiszyńska", "53-", "Wrocław"), ("ul. Karmelicka", "31-", "Kraków"),
              ("ul. Długa", "80-", "Gdańsk"), ("ul. Głogowska", "60-", "Poznań"))
PL_RU = (("Варшава", "ул. Маршалковска"), ("Вроцлав", "ул. Легницка"), ("Краков", "ул. Кармелицка"),
         ("Гданьск", "ул. Длуга"), ("Познань", "ул. Глоговска"), ("Лодзь", "ул. Пётрковска"))
UD_IZH = (("ул. Пушкинская", "426008"), ("ул. Удмуртская", "426004"), ("ул. Кирова", "426039"), ("ул. 10 лет Октября", "426006"),
          ("ул. Ворошилова", "426072"), ("ул. Холмогорова", "426011"), ("ул. Петрова", "426068"))
UD_VILLAGES = (("Завьяловский р-н", "с. Завьялово", "427000"), ("Малопургинский р-н", "с. Малая Пурга", "427820"),
               ("Увинский р-н", "пос. Ува", "427260"), ("Шарканский р-н", "с. Шаркан", "427070"),
               ("Дебёсский р-н", "с. Дебёсы", "427060"), ("Алнашский р-н", "с. Алнаши", "427880"))
UD_TOWNS = (("Глазов", "427620"), ("Сарапул", "427960"), ("Воткинск", "427430"), ("Можга", "427790"))


def _pl_latin(v: Values) -> list[str]:
    """Poland as its post writes it: the street, the house and the flat ("12/4" or "m. 4"),
    the post code NN-NNN and the town."""
    r = v.rng
    street, head, town = r.choice(PL_STREETS)
    code = f"{head}{r.randint(1, 999):03d}"
    return [r.choice((f"{street} {r.randint(1, 200)}/{r.randint(1, 60)}, {code} {town}",
                      f"{street} {r.randint(1, 200)} m. {r.randint(1, 60)}, {code} {town}",
                      f"{street} {r.randint(1, 200)}{r.choice('ABC')} lok. {r.randint(1, 20)}, {code} {town.upper()}"))]


def _pl_ru(v: Values) -> list[str]:
    r = v.rng
    town, street = r.choice(PL_RU)
    return [r.choice((f"Польша, {town}, {street} {r.randint(1, 200)}/{r.randint(1, 60)}",
                      f"{town} (Польша), {street}, д. {r.randint(1, 200)}, кв. {r.randint(1, 60)}"))]


def _pl_block(v: Values) -> list[str]:
    r = v.rng
    street, head, town = r.choice(PL_STREETS)
    return [f"{street} {r.randint(1, 200)}/{r.randint(1, 60)}", f"{head}{r.randint(1, 999):03d} {town}",
            r.choice(("Polska", "POLAND", "Польша"))]


def _ud_izh(v: Values) -> list[str]:
    r = v.rng
    street, code = r.choice(UD_IZH)
    return [r.choice((f"{code}, Удмуртская Республика, г. Ижевск, {street}, д. {r.randint(1, 300)}, кв. {r.randint(1, 200)}",
                      f"УР, Ижевск, {street} {r.randint(1, 300)}-{r.randint(1, 200)}"))]


def _ud_village(v: Values) -> list[str]:
    r = v.rng
    district, village, code = r.choice(UD_VILLAGES)
    street = r.choice(("ул. Калинина", "ул. Кооперативная", "ул. Труда", "ул. Лесная"))
    return [f"{code}, Удмуртия, {district}, {village}, {street}, {r.randint(1, 99)}"]


def _ud_block(v: Values) -> list[str]:
    r = v.rng
    town, code = r.choice(UD_TOWNS)
    street = r.choice(("ул. Ленина", "ул. Гоголя", "ул. Энгельса", "ул. Мира"))
    return [f"{street}, д. {r.randint(1, 99)}, кв. {r.randint(1, 140)}", f"г. {town}, УР", code]


OWN = Own(
    mobiles=MOBILES,
    shapes={"nik": _nik, "npwp": _npwp, "bpjs": _bpjs, "phone_id": _phone_id, "bb_nrn": _bb_nrn, "phone_bb": _phone_bb,
            "lock_job": _lock_job, "solar": _solar, "pesel": _pesel, "nip": _nip, "dowod": _dowod, "karta": _karta,
            "phone_pl": _phone_pl, "sts": _sts, "booking": _booking, "tow": _tow},
    checks={"nik": _nik_ok, "pesel": _pesel_ok, "nip": _nip_ok, "dowod": _dowod_ok, "phone_id": _dials("ID"),
            "phone_bb": _dials("BB"), "phone_pl": _dials("PL")},
    escapes={"reg-hex": reg_hex, "yaml-x": yaml_x},
    unescapes={"reg-hex": _from_reg_hex, "yaml-x": _from_yaml_x},
    lines={"bb_parish": _bb_parish, "bb_chattel": _bb_chattel, "bb_block": _bb_block, "id_jalan": _id_jalan,
           "id_perum": _id_perum, "id_apart": _id_apart, "pl_latin": _pl_latin, "pl_ru": _pl_ru, "pl_block": _pl_block,
           "ud_izh": _ud_izh, "ud_village": _ud_village, "ud_block": _ud_block},
    people={"en": ("id_ID", "en_GB"), "ru": ("pl_PL",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["wuhloss, my Digicel number is {v}, I locked out",
                         "the locksmith's cell is {v}, he coming now",
                         "my brother in ⟦Speightstown|LOCATION⟧ is on {v}",
                         "for the solar survey call {v}, after four",
                         "my Flow number is {v}, the other one dead",
                         "the homeowner's wife, her number is {v}",
                         "ring the installer on {v}, he's on a roof in ⟦Bekasi|LOCATION⟧",
                         "my Telkomsel number is {v}, can WA also",
                         "you can call me on {v}, ya",
                         "the landlord said to call {v} for the spare key",
                         "thank you, the number is {v}, boy",
                         "the night locksmith, his number is {v}"],
                  "ru": ["мой польский номер {v}, вотсап есть",
                         "в кассу театра звоните на {v}, до девяти",
                         "диспетчер эвакуатора, номер {v}",
                         "тау, мой номер {v}",
                         "звоните на {v}, я во ⟦Вроцлаве|LOCATION⟧ до понедельника",
                         "номер водителя, который застрял, {v}",
                         "пишите на {v}, отвечу после спектакля",
                         "номер эвакуаторщика {v}, он сегодня в ночь",
                         "мой номер в ⟦Ижевске|LOCATION⟧ {v}, телега",
                         "записывайте, слушайте, {v}, это жены"]},
        "email": {"en": ["the installer's email is {v}",
                         "send the quote for the panels to {v}, thanks",
                         "my locksmith invoice email, {v}",
                         "the homeowner wants the monitoring report at {v}",
                         "email the net-metering form to {v}",
                         "my son in ⟦Surabaya|LOCATION⟧ uses {v}",
                         "for the receipt write to {v}, ya",
                         "her email, {v}, yes man, that one"],
                  "ru": ["почта кассы для брони {v}",
                         "акт эвакуации пришлите на {v}",
                         "мой имейл {v}, dziękuję заранее",
                         "пишите на {v}, я на трассе до вечера",
                         "почта администратора театра {v}",
                         "электронные билеты скиньте на {v}",
                         "мой мейл в ⟦Кракове|LOCATION⟧ {v}",
                         "почта диспетчерской {v}, тау"]},
        "dob": {"en": ["my granny was born {v}, she can't climb the roof",
                       "I was born {v} in ⟦Oistins|LOCATION⟧",
                       "the homeowner was born {v}, put it on the loan form",
                       "he was born {v} in ⟦Yogyakarta|LOCATION⟧, so Javanese style",
                       "the caller's birth date, {v}, for the ID check",
                       "born {v} at ⟦Queen Elizabeth Hospital|ORGANIZATION⟧",
                       "my pakde was born {v}, in ⟦Bandung|LOCATION⟧",
                       "she says she was born {v}, aduh"],
                "ru": ["я родилась {v} в ⟦Сарапуле|LOCATION⟧",
                       "водитель родился {v}, так в правах",
                       "сын родился {v}, уже в ⟦Познани|LOCATION⟧",
                       "песятай родился {v}, в деревне",
                       "родилась {v}, пишите в заявку на эвакуацию",
                       "муж родился {v}, в ⟦Глазове|LOCATION⟧",
                       "песянай родилась {v}, в ⟦Можге|LOCATION⟧",
                       "покупатель абонемента родился {v}"]},
        "fillers": {"en": ["wuhloss", "cheese on bread", "hear muh nuh", "boy, look", "eh-eh, hold on nuh", "lorse",
                           "anu", "gimana ya", "aduh", "ya kan", "eh, bentar", "dong"],
                    "ru": ["no więc", "kurczę", "jakby", "ну это, ну", "ой-ой, погодите", "ну, слушай",
                           "так-так, ну", "ӟеч, ӟеч", "эх, ну вот"]},
        "digit_sep": {"en": [" ... [drill whirring] ... ", " -- wuhloss -- ", " [inverter beeps] "],
                      "ru": [" ... [третий звонок] ... ", " -- kurczę -- ", " [лебёдка скрипит] "]},
        "email_at": {"en": [" at, boy, ", " [at-sign, ya] ", " keong, at, "],
                     "ru": [" małpa, собака, ", " эт, ну, ", " (at, ӟеч) "]},
        "email_dot": {"en": [" dot, look, ", " (titik, dot) ", " dot, yes man, "],
                      "ru": [" kropka, ", " точка, ну, kurczę, ", " (dot, так) "]},
        "spell": {"en": [", I spelling it, ", " -- each letter -- "], "ru": [", по буквам, значит, ", " ... буква за буквой ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("NIK", "GOV_ID", "nik"), ("NIK no.:", "GOV_ID", "nik"),
                        ("KTP of the homeowner", "GOV_ID", "nik"), ("nomor KTP:", "GOV_ID", "nik"),
                        ("NPWP", "GOV_ID", "npwp"), ("NPWP (tax):", "GOV_ID", "npwp"),
                        ("BPJS card", "OTHER", "bpjs"), ("⟦BPJS Kesehatan|ORGANIZATION⟧ no.:", "OTHER", "bpjs"),
                        ("HP no.", "PHONE", "phone_id"), ("nomor WA:", "PHONE", "phone_id"),
                        ("installer's handphone", "PHONE", "phone_id"),
                        ("Barbados ID", "GOV_ID", "bb_nrn"), ("ID card no. (BB):", "GOV_ID", "bb_nrn"),
                        ("national registration no.", "GOV_ID", "bb_nrn"),
                        ("Digicel no.", "PHONE", "phone_bb"), ("cell (Bim):", "PHONE", "phone_bb"),
                        ("locked-out caller's phone", "PHONE", "phone_bb"),
                        ("spare-key holder's ph.", "PHONE", "phone_fmt"), ("homeowner's mobile no.", "PHONE", "phone_sep"),
                        ("locksmith job", "OTHER", "lock_job"), ("call-out ref:", "OTHER", "lock_job"),
                        ("solar quote no.", "OTHER", "solar"), ("PV install ref:", "OTHER", "solar"),
                        ("gate code at the house", "SECRET", "pin4"), ("new lock combination:", "SECRET", "pin4"),
                        ("inverter app password", "SECRET", "password"), ("monitoring portal pw:", "SECRET", "password"),
                        ("homeowner's DOB", "DATE_OF_BIRTH", "dob_slash"), ("caller born", "DATE_OF_BIRTH", "dob_month"),
                        ("birth date (loan form):", "DATE_OF_BIRTH", "dob_iso"), ("DOB of the tenant", "DATE_OF_BIRTH", "dob_dashes"),
                        ("driver's licence of the caller", "GOV_ID", "licence"), ("home insurance policy (panels):", "OTHER", "policy"),
                        ("safe code", "SECRET", "pin4"), ("NIK of the wife", "GOV_ID", "nik"),
                        ("BB ID of the tenant:", "GOV_ID", "bb_nrn"), ("Wi-Fi key for the inverter", "SECRET", "password"),
                        ("tenant's birth date:", "DATE_OF_BIRTH", "dob_slash")],
                 "ru": [("PESEL", "GOV_ID", "pesel"), ("ПЕСЕЛЬ:", "GOV_ID", "pesel"), ("песель ребёнка", "GOV_ID", "pesel"),
                        ("номер PESEL мужа", "GOV_ID", "pesel"),
                        ("NIP", "GOV_ID", "nip"), ("НИП фирмы:", "GOV_ID", "nip"), ("NIP działalności", "GOV_ID", "nip"),
                        ("dowód osobisty", "GOV_ID", "dowod"), ("польский ID (довуд):", "GOV_ID", "dowod"),
                        ("карта побыту", "GOV_ID", "karta"), ("karta pobytu nr:", "GOV_ID", "karta"),
                        ("польский мобильный", "PHONE", "phone_pl"), ("тел. (PL):", "PHONE", "phone_pl"),
                        ("комурка водителя", "PHONE", "phone_pl"),
                        ("СТС машины", "OTHER", "sts"), ("свидетельство о регистрации ТС:", "OTHER", "sts"),
                        ("бронь в кассе", "OTHER", "booking"), ("номер брони:", "OTHER", "booking"),
                        ("заявка на эвакуацию", "OTHER", "tow"), ("вызов эвакуатора №:", "OTHER", "tow"),
                        ("телефон застрявшего водителя", "PHONE", "phone_fmt"), ("тел. покупателя билетов", "PHONE", "phone_sep"),
                        ("паспорт водителя", "GOV_ID", "passport_ru"), ("паспорт зрителя:", "GOV_ID", "passport_no"),
                        ("СНИЛС водителя", "GOV_ID", "snils"), ("ИНН диспетчера:", "GOV_ID", "inn_glued"),
                        ("ИНН водителя эвакуатора", "GOV_ID", "inn"),
                        ("полис ОМС зрителя", "OTHER", "digits16"), ("права застрявшего водителя", "GOV_ID", "vu_ru"),
                        ("загран для поездки в ⟦Варшаву|LOCATION⟧", "GOV_ID", "zagran"),
                        ("дата рожд. водителя:", "DATE_OF_BIRTH", "dob_dots"), ("зритель родился", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. по песелю", "DATE_OF_BIRTH", "dob_short"), ("родилась (по правам)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от шлагбаума стоянки", "SECRET", "pin4"), ("пароль от кабинета кассы:", "SECRET", "password"),
                        ("код сейфа в ⟦Театре оперы и балета Удмуртии|ORGANIZATION⟧", "SECRET", "pin4"),
                        ("пин от карты диспетчерской", "SECRET", "pin4"), ("пароль от вайфая театра", "SECRET", "password")]},
        "carriers": {"en": ["Job sheet: {v}", "{v} (per the homeowner)", "van log - {v}", "{v}, thanks boy",
                            "on the quote form: {v}", "{v} terima kasih", "the caller read out {v}",
                            "for the installer's file: {v}", "section B of the survey: {v}"],
                     "ru": ["в журнале диспетчера: {v}", "{v}, dziękuję bardzo", "в брони театра {v}", "{v} (со слов водителя эвакуатора)",
                            "для продления карты побыту: {v}", "{v}, тау бадӟым", "скинула сестре в вотсап {v}",
                            "в акте приёма машины: {v}", "для администратора зала: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the installers on Insta, {v}", "tag {v} in the homeowners' group", "the locksmith is {v} on TikTok",
                      "my IG is {v}, ya", "DM {v} for a solar quote", "I'm {v} on Facebook, boy"],
               "ru": ["наш театр в инсте {v}", "отметь {v} в чате эвакуаторщиков", "{v} в телеге, она кассир",
                      "русские во ⟦Вроцлаве|LOCATION⟧ в телеге {v}", "ник в чате автомобилистов ⟦Ижевска|LOCATION⟧ {v}",
                      "пишите {v}, он диспетчер"]},
        "url": {"en": ["my page about the panels on our roof is {v}", "the lock tips I follow, {v}", "our installer blog {v}",
                       "the locksmith's page is {v}", "my page, boy, {v}", "cek ini {v}, ya"],
                "ru": ["мой канал про ⟦Польшу|LOCATION⟧ {v}", "фото спектаклей на {v}", "страница эвакуатора {v}",
                       "мой блог про жизнь в ⟦Удмуртии|LOCATION⟧ {v}", "отзывы о диспетчерской: {v}", "глянь тут, kurczę, {v}"]},
        "url_layouts": {"any": ["https://{site}?src=wa_share", "{site} (see there)", "https://m.{site}#about",
                                "({site}) page"]},
        "ssh": {"any": ["ssh -o ConnectTimeout=10 -l solar {v}", "ssh -p 2121 -i ~/.ssh/locks_ed25519 {v}",
                        "scp quotes.pdf {v}:/srv/solar/", "rsync -rt ./tickets/ {v}:/backup/theatre/"]},
        "remote": {"any": ["git clone --filter=blob:none https://github.com/{v}.git", "git remote add tow git@gitlab.com:{v}.git",
                           "npm install git+https://github.com/{v}.git", "poetry add git+https://github.com/{v}.git#develop"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:solar-main", "FROM docker.io/{v}:slim-solar",
                             "podman pull quay.io/{v}:2024", "docker push ghcr.io/{v}:beta"]},
        "home": {"any": ["/home/{v}/solar-quotes/", "C:\\Users\\{v}\\Desktop\\Tickets\\", "/Users/{v}/Documents/locks/",
                         "/mnt/e/Users/{v}/tow/"]},
        "tool": {"en": ["the office laptop froze on {v}", "my niece told me to type {v}", "it stuck at {v}, aduh",
                        "paste {v} in the installers' chat"],
                 "ru": ["сын мне запускал {v}", "айтишник из ⟦Воткинска|LOCATION⟧ сказал ввести {v}",
                        "всё зависло на {v}, kurczę", "скинул {v} в чат кассиров"]},
        "mention": {"en": ["{h} thanks boy!", "{h} terima kasih!", "{h} can you take the call-out in ⟦Oistins|LOCATION⟧?",
                           "{h}: panels done, ya", "thanks {h}, makasih", "{h} wuhloss, really?"],
                    "ru": ["{h}, dzięki!", "{h} тау, эш", "{h}, скинь фото машины", "{h}: принято, ну",
                           "спасибо, {h}, super", "{h} ну ты даёшь, kurczę"]},
    },
    4: {
        "url": {"en": ["the quote link had ?{k}={v}&roof=south", "the locksmith's booking form prefilled {k}={v}",
                       "the WhatsApp link carried {k}={v}&src=wa", "GET /homeowners/find?{k}={v} 200"],
                "ru": ["ссылка на бронь билетов ?{k}={v}&lang=pl", "в ссылке на заявку эвакуатора {k}={v}",
                       "в переходе из вотсапа кассы {k}={v}&src=wa", "в логе кассы: GET /tickets?{k}={v}"]},
        "markup": {"en": ["the solar quote HTML has <td class=\"{k}\">{v}</td>",
                          "the job card template reads <b>{v}</b>",
                          "the survey form has <input id=\"{k}\" value=\"{v}\" />"],
                   "ru": ["в HTML билета <td class=\"{k}\">{v}</td>",
                          "в шаблоне акта эвакуации <b>{v}</b>",
                          "в форме брони <input id=\"{k}\" value=\"{v}\" />"]},
        "prose": {"en": ["the GoPay receipt shows the payer as {v}", "the key tag on the ring says {v}",
                         "the solar loan is in the name of {v}", "the job sheet reads {v}"],
                  "ru": ["в приложении ⟦PKO Bank Polski|ORGANIZATION⟧ получатель {v}", "на билете напечатано {v}",
                         "в списке зрителей {v}", "в акте приёма машины {v}"]},
        "escapes": {"reg-hex": {"en": ["the smart-lock hub's registry export has \"Owner\"=hex(2):{v}",
                                       "the inverter tool's .reg file sets \"Customer\"=hex(2):{v}",
                                       'regedit exported "LastUser"=hex(2):{v}'],
                                "ru": ['в выгрузке реестра кассы "Buyer"=hex(2):{v}',
                                       'в .reg-файле программы диспетчерской "Driver"=hex(2):{v}',
                                       'regedit выгрузил "LastUser"=hex(2):{v} с ПК театра']},
                    "yaml-x": {"en": ["the installer's config.yaml has owner: \"{v}\"",
                                      "the monitoring export lists customer: \"{v}\"",
                                      "the locksmith app's settings file reads name: \"{v}\""],
                               "ru": ["в config.yaml кассы стоит buyer: \"{v}\"",
                                      "в выгрузке диспетчерской driver: \"{v}\"",
                                      "в файле настроек театра admin: \"{v}\""]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the locksmith is going to {v}, the yellow house", "the panels go on the roof at {v}",
                        "the caller's address is {v}", "she moved in with her daughter at {v}", "post the warranty to {v}",
                        "home address per the KTP: {v}"],
                 "ru": ["адрес: {v}, ворота синие", "мы живём {v}, у костёла", "театр на {v}",
                        "штрафстоянка по адресу {v}", "я теперь снимаю мешкание {v}", "водитель прописан {v}"]},
        "block": {"en": ["Send the locksmith to:\n{v}", "Site survey (mind the dog):\n{v}",
                         "Homeowner's address for the warranty:\n{v}", "Post the new keys to -\n{v}"],
                  "ru": ["Адрес для доставки билетов:\n{v}", "Касса (по понедельникам закрыта)\n{v}",
                         "Куда везти машину (звонить заранее):\n{v}", "Адрес водителя -\n{v}"]},
        "layouts": {"en": ["bb_parish", "bb_chattel", "bb_block", "id_jalan", "id_perum", "id_apart"],
                    "ru": ["pl_latin", "pl_ru", "pl_block", "ud_izh", "ud_village", "ud_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Homeowner: {v}", "Locksmith on call: {v}", "Installer (lead): {v}", "the electrician {v} wired the inverter",
                        "the locked-out caller said her name is {v}", "Site manager: {v}", "the quote was accepted by {v}",
                        "Key holder: {v}"],
                 "ru": ["Зритель: {v}", "Диспетчер: {v}", "водитель {v} застрял на трассе",
                        "покупатель билетов — {v}", "Кассир на смене: {v}", "звонила {v} насчёт брони",
                        "Właściciel (хозяин): {v}"]},
        "kin": {"en": [("my mudda", "f"), ("my fadda", "m"), ("my pakde", "m"), ("my bude", "f"), ("my eyang putri", "f"),
                       ("my mbak", "f"), ("my mas", "m"), ("my om", "m"), ("the landlady", "f"),
                       ("the homeowner's son", "m")],
                "ru": [("мой песятай", "m"), ("моя песянай", "f"), ("моя сузэр", "f"), ("мой агай из ⟦Глазова|LOCATION⟧", "m"),
                       ("моя бабця", "f"), ("мой дзядек", "m"), ("мой швагер", "m"), ("моя синова", "f"),
                       ("моя тёща из ⟦Кракова|LOCATION⟧", "f")]},
        "kin_carriers": {"en": ["{v} will let the locksmith in", "{v} is paying for the panels",
                                "{v} flies in from ⟦Jakarta|LOCATION⟧", "{v} will bring the spare key",
                                "{v} signed the solar quote", "{v} is driving to ⟦Holetown|LOCATION⟧"],
                         "ru": ["{v} выкупит билеты", "{v} прилетит из ⟦Варшавы|LOCATION⟧", "{v} заберёт машину со стоянки",
                                "{v} работает в кассе", "{v} передаёт привет из ⟦Воткинска|LOCATION⟧", "{v} вызовет эвакуатор"]},
        "wordnames": {"en": {"f": ["Indah", "Putri", "Cahaya", "Mawar", "Kencana", "Wangi"],
                             "m": ["Bagus", "Bayu", "Bintang", "Guntur", "Agung", "Teguh"]},
                      "ru": {"f": ["Зарни", "Бажена", "Róża"], "m": ["Мирослав", "Сокол", "Буран"]}},
        "list": {"en": ["Call-outs tonight:\n{v}", "Roofs to survey\n{v}", "Installers this week:\n{v}",
                        "| Homeowner | kWp |\n|---|---|\n{v}"],
                 "ru": ["Выкупить бронь до среды:\n{v}", "Не забрали машину\n{v}", "Кассиры на выходные:\n{v}",
                        "| Зритель | Место |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - done", "* {v} (quoted)", "{v} [keys cut]", "| {v} | 6.5 |"]},
        "broken": {"en": ["the job sheet was signed by the locksmith {v} at midnight",
                          "the roof survey was done by the installer {v} on Friday"],
                   "ru": ["бронь оформила кассир {v}", "машину принял диспетчер {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the inverter app logged in from {v}", "the office router is {v}",
                      "allow {v} on the monitoring firewall", "the smart lock reported from {v}",
                      "the gate camera dropped {v}", "my IP, boy, is {v}"],
               "ru": ["вход в кабинет кассы с {v}", "роутер диспетчерской эвакуаторов {v}", "айпи сайта театра {v}",
                      "чужой вход в кабинет эвакуатора с {v}", "заблокируйте {v}, kurczę", "мой айпишник {v}, тау"]},
        "iban": {"en": ["refund the solar deposit to {v}", "my account in ⟦Bridgetown|LOCATION⟧ is {v}",
                        "the installer's IBAN is {v}", "the homeowner pays the balance from {v}"],
                 "ru": ["за эвакуацию переводите на {v}", "мой счёт в ⟦mBank|ORGANIZATION⟧ {v}",
                        "за сданные билеты верните на IBAN {v}", "на ремонт лебёдки {v}"]},
        "mac": {"en": ["the smart lock's MAC is {v}", "the inverter dongle's MAC {v}", "add {v} to the Wi-Fi, ya",
                       "the site AP logged {v}"],
                "ru": ["MAC камеры на стоянке {v}", "MAC кассового терминала {v}", "добавь {v} в роутер театра",
                       "роутер в диспетчерской режет {v}"]},
        "card": {"en": ["the card for the panels is {v}", "charge {v} for the call-out", "the homeowner paid with {v}",
                        "the locked-out caller read the card as {v}"],
                 "ru": ["карта для оплаты билетов {v}", "номер карты диспетчера {v}", "скинь на карту {v}, dzięki",
                        "карта {v}, потерял в ⟦Гданьске|LOCATION⟧, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Good night, this is {v}", "Name of the homeowner: {v}"],
                         "GOV_ID": ["my old driving licence is {v}", "DL (caller): {v}"],
                         "USERNAME": ["my username on the solar app is {v}", "monitoring login: {v}"]},
                  "ru": {"PERSON": ["Ӟечбуресь, это {v}", "ФИО застрявшего водителя: {v}"],
                         "GOV_ID": ["паспорт РФ водителя легковушки {v}", "паспорт зрителя {v}"],
                         "USERNAME": ["мой логин на сайте театра {v}", "логин в программе диспетчерской: {v}"]}},
        "later": {"en": ["about the homeowner {v} again", "still waiting on {v}, wuhloss", "{v} called back, thanks",
                         "chasing {v}, ya", "(caller {v})"],
                  "ru": ["по водителю на трассе {v}", "{v} опять звонила про бронь", "напоминаю про билеты, {v}",
                         "(см. выше про машину: {v})", "{v}, ответьте, proszę"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the mounting rails order {v} is late", "the lock cylinders order {v} came wrong",
                     "the ⟦Tokopedia|ORGANIZATION⟧ order {v} arrived"],
              "ru": ["заказ {v} с ⟦Allegro|ORGANIZATION⟧ пришёл", "заказ троса {v} для эвакуатора", "отмена по заказу {v}, kurczę"]},
    "price": {"en": ["a 5 kW system is {v}", "the night call-out costs {v}", "the new deadbolt came to {v}"],
              "ru": ["билет в партер {v}", "эвакуация по городу {v}", "мешкание во ⟦Вроцлаве|LOCATION⟧ {v} в месяц"]},
    "timestamp": {"en": ["the locksmith arrived {v}", "the panels went live {v}", "the house alarm tripped {v}"],
                  "ru": ["касса открывается в {v}", "спектакль в {v}", "эвакуатор выехал в {v}"]},
    "version": {"en": ["the inverter firmware {v} crashes", "the locksmith app {v}", "since the {v} update of the monitoring"],
                "ru": ["приложение театра {v}", "версия программы диспетчерской {v}", "после обновления {v} касса не печатает билеты"]},
    "room": {"en": ["the installers meet in room {v}", "the caller is in unit {v}", "the keys are in locker {v}"],
             "ru": ["ложа {v}, бельэтаж", "гримёрка {v}", "бокс {v} на штрафстоянке"]},
    "flight": {"en": ["my flight to ⟦Grantley Adams|LOCATION⟧ is {v}", "the homeowner lands on {v}", "the installer is on {v}"],
               "ru": ["летим в ⟦Варшаву|LOCATION⟧ рейсом {v}", "{v} задержали, kurczę", "встречай с {v} в ⟦Ижевске|LOCATION⟧"]},
    "isbn": {"en": ["the locksmithing manual is ISBN {v}", "the home solar guide, ISBN {v}", "ISBN {v}, the Bahasa phrasebook"],
             "ru": ["справочник эвакуаторщика ISBN {v}", "ISBN {v}, разговорник польского", "ISBN {v}, удмуртско-русский словарь"]},
    "doc-ip": {"en": ["the smart lock manual shows {v}", "the inverter guide's example is {v}", "the office network sheet has {v}"],
               "ru": ["в инструкции к терминалу {v}", "в примере настройки кассы театра {v}", "в схеме сети диспетчерской эвакуаторов {v}"]},
    "spoken-date": {"en": ["the roof survey is due {v}", "the lock change is on {v}", "the inspection is set for {v}"],
                    "ru": ["премьеру перенесли на {v}", "гастроли в ⟦Гданьске|LOCATION⟧ на {v}", "техосмотр назначили на {v}"]},
    "kinship-verb": {"en": ["my pakde {v} phone the locksmith", "my mudda {v} let you in", "my bude {v} sign the quote"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Thanks boy, noted.", "Okay, the job sheet is updated.", "Terima kasih, saved.",
                        "Alright, the locksmith knows.", "Ya, the quote is updated.", "Makasih, done."],
                 "ru": ["Dzięki, записала.", "Хорошо, поправила в брони.", "Тау, внесла в базу.", "Поняла, передам диспетчеру.",
                        "Спасибо, заявку обновила.", "Super, готово."]}
