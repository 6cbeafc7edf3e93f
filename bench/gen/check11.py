"""The bank of ``check11``, the eleventh pair's held-out set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: Japanese English (Tokyo, Osaka, Yokohama, Fukuoka, Sapporo; Japanese words) and
Sierra Leonean English (Freetown and its east end, Bo, Kenema, Makeni and the chiefdoms; Krio
words), opticians with their patients, and self-storage facilities with their tenants; in
Russian, Russian speakers living in Bulgaria (Varna, Burgas, Sunny Beach, Sofia; Bulgarian
words in Russian sentences) and speakers in Primorye (Vladivostok, Nakhodka, Ussuriysk,
Artyom; the Far East's words), brokers who bring used cars from Japan with their buyers, and
sewing ateliers with their clients. Its own shapes carry the check a reader runs where the id
has one. Written from memory, not from a specification: the layouts of the Japanese residence
card (two letters, eight digits, two letters), the pension number, the Sierra Leonean national
identification number, the Japanese car frame numbers, the Russian vehicle passport (the
region, two letters, six digits) and electronic vehicle passport, the Russian customs
declaration number (the post's eight digits, the date, seven digits; none with a check
written), the Japanese address blocks (chome, banchi, go) and post codes, the Freetown
streets and the private mail bags, the Bulgarian housing estates' blocks, entrances, floors
and flats and the post codes of Bulgaria and Primorye. The My Number's check digit (the eleven
digits from the right weighted 2 to 7 then 2 to 6, eleven less the sum modulo 11, 0 when the
remainder is 0 or 1), the Bulgarian EGN's (weights 2 4 8 5 10 9 7 3 6, the sum modulo 11, 10
written 0; 40 added to the month of one born from 2000) and the LNCh's (weights 21 19 17 13 11
9 7 3 1, the sum modulo 10) are as published.
"""

from __future__ import annotations

import base64
import re
from datetime import date

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Japan's mobiles and Sierra Leone (Orange, Africell, Qcell)
MOBILES = (("JP", ("090", "080", "070"), 8, (3, 4, 4)),
           ("SL", ("076", "077", "078", "088", "030", "033", "099"), 6, (3, 3, 3)))
EGN_W = (2, 4, 8, 5, 10, 9, 7, 3, 6)
LNCH_W = (21, 19, 17, 13, 11, 9, 7, 3, 1)


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

def _my_number_digit(body: str) -> int:
    total = sum(int(c) * (n + 1 if n <= 6 else n - 5) for n, c in enumerate(reversed(body), start=1))
    rem = total % 11
    return 0 if rem <= 1 else 11 - rem


def _my_number(v: Values, lang: str) -> str:
    """The Japanese individual number: eleven digits and the check."""
    body = v.digits(11)
    d = body + str(_my_number_digit(body))
    return v.rng.choice((f"{d[:4]} {d[4:8]} {d[8:]}", d, f"{d[:4]}-{d[4:8]}-{d[8:]}"))


def _my_number_ok(text: str) -> bool:
    d = re.sub(r"[ -]", "", text)
    return re.fullmatch(r"\d{12}", d) is not None and _my_number_digit(d[:11]) == int(d[11])


def _zairyu(v: Values, lang: str) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (v.rng.choice(letters) + v.rng.choice(letters) + v.digits(8, False)
            + v.rng.choice(letters) + v.rng.choice(letters))


def _pension(v: Values, lang: str) -> str:
    return f"{v.digits(4)}-{v.digits(6, False)}"


def _phone_jp(v: Values, lang: str) -> str:
    d = _valid("JP", ("090", "080", "070"), 8, v)
    return v.rng.choice((f"{d[:3]}-{d[3:7]}-{d[7:]}", f"+81 {d[1:3]}-{d[3:7]}-{d[7:]}", d, f"{d[:3]} {d[3:7]} {d[7:]}",
                         f"+81{d[1:]}"))


def _sl_nin(v: Values, lang: str) -> str:
    """A Sierra Leonean national identification number: eight letters and digits."""
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return "".join(v.rng.choice(chars) for _ in range(8))


def _phone_sl(v: Values, lang: str) -> str:
    d = _valid("SL", ("076", "077", "078", "088", "030", "033", "099"), 6, v)
    return v.rng.choice((f"+232 {d[1:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", d, f"+232-{d[1:]}",
                         f"(+232) {d[1:3]}{d[3:]}"))


def _rx(v: Values, lang: str) -> str:
    return v.rng.choice((f"RX-{v.digits(6)}", f"OPT/{v.digits(5)}", f"{v.digits(2)}-{v.digits(5)}-L"))


def _storage(v: Values, lang: str) -> str:
    return v.rng.choice((f"ST{v.digits(7)}", f"TEN-{v.digits(5)}", f"{v.rng.choice('ABCDE')}{v.digits(4)}/{v.digits(2)}"))


def _egn(v: Values, lang: str) -> str:
    """A Bulgarian EGN: YYMMDD (40 added to the month from 2000), three digits (the ninth even
    for a man), the check."""
    y, m, d = v.birth()
    body = f"{y % 100:02d}{m + (40 if y >= 2000 else 0):02d}{d:02d}{v.digits(3, False)}"
    return body + str(sum(int(c) * w for c, w in zip(body, EGN_W)) % 11 % 10)


def _egn_ok(text: str) -> bool:
    if not re.fullmatch(r"\d{10}", text):
        return False
    m = int(text[2:4])
    try:
        date((2000 if m > 40 else 1900) + int(text[:2]), m - 40 if m > 40 else m, int(text[4:6]))
    except ValueError:
        return False
    return sum(int(c) * w for c, w in zip(text, EGN_W)) % 11 % 10 == int(text[9])


def _lnch(v: Values, lang: str) -> str:
    """A Bulgarian foreigner's personal number (ЛНЧ): nine digits and the check."""
    body = v.digits(9)
    return body + str(sum(int(c) * w for c, w in zip(body, LNCH_W)) % 10)


def _lnch_ok(text: str) -> bool:
    return (re.fullmatch(r"\d{10}", text) is not None
            and sum(int(c) * w for c, w in zip(text, LNCH_W)) % 10 == int(text[9]))


def _phone_bg(v: Values, lang: str) -> str:
    d = _valid("BG", ("087", "088", "089", "098"), 7, v)
    return v.rng.choice((f"+359 {d[1:3]} {d[3:6]} {d[6:]}", f"{d[:4]} {d[4:7]} {d[7:]}", f"+359{d[1:]}",
                         f"00359 {d[1:]}", f"{d[:4]}/{d[4:]}"))


def _frame(v: Values, lang: str) -> str:
    """A Japanese car's frame (chassis) number: the model code and seven digits."""
    model = v.rng.choice(("NZE121", "ZVW30", "GP5", "NHP10", "ZRR70", "GRX130", "NCP100", "CV1W", "RU1"))
    return f"{model}-{v.rng.randint(0, 9)}{v.digits(6, False)}"


def _pts(v: Values, lang: str) -> str:
    return f"{v.rng.choice(('25', '27', '65'))} {v.rng.choice(('ТУ', 'ТТ', 'УО', 'НК'))} {v.digits(6, False)}"


def _epts(v: Values, lang: str) -> str:
    return "1643" + v.digits(11, False)


def _gtd(v: Values, lang: str) -> str:
    """A customs declaration number: the customs post, the date (DDMMYY), the number."""
    y, m, d = v.rng.randint(19, 25), v.rng.randint(1, 12), v.rng.randint(1, 28)
    return f"{v.rng.choice(('10702070', '10702030', '10714040', '10716050'))}/{d:02d}{m:02d}{y}/{v.digits(7, False)}"


def _atelier(v: Values, lang: str) -> str:
    return v.rng.choice((f"АТ-{v.digits(5)}", f"квит. {v.digits(4)}/{v.rng.randint(1, 12):02d}", f"ПШ{v.digits(6)}"))


# -- family 4: escapes ------------------------------------------------------------------------

def sql_nchar(text: str) -> str:
    """A name as a T-SQL script written in an ASCII editor builds it: quoted ASCII runs
    and ``NCHAR(n)`` for each other character, joined by ``+``: ``N'Ren' + NCHAR(233) + N'e'``."""
    out, run = [], ""
    for c in text:
        if ord(c) < 128:
            run += "''" if c == "'" else c
            continue
        if run:
            out.append(f"N'{run}'")
            run = ""
        out.append(f"NCHAR({ord(c)})")
    if run:
        out.append(f"N'{run}'")
    return " + ".join(out)


def _from_sql_nchar(text: str) -> str:
    return "".join(m[1].replace("''", "'") if m[1] is not None else chr(int(m[2]))
                   for m in re.finditer(r"N'((?:[^']|'')*)'|NCHAR\((\d+)\)", text))


def imap_utf7(text: str) -> str:
    """A name as an IMAP mailbox's name (RFC 3501's modified UTF-7): printable ASCII as it is,
    ``&`` as ``&-``, each other run as UTF-16 in base64 with ``,`` for ``/`` between ``&`` and
    ``-``: ``Ren&AOk-e``."""
    out, run = [], ""

    def flush() -> None:
        if run:
            out.append("&" + base64.b64encode(run.encode("utf-16-be")).decode().rstrip("=").replace("/", ",") + "-")

    for c in text:
        if 0x20 <= ord(c) <= 0x7E:
            flush()
            run = ""
            out.append("&-" if c == "&" else c)
        else:
            run += c
    flush()
    return "".join(out)


def _from_imap_utf7(text: str) -> str:
    def one(m: re.Match) -> str:
        if not m[1]:
            return "&"
        b = m[1].replace(",", "/")
        return base64.b64decode(b + "=" * (-len(b) % 4)).decode("utf-16-be")
    return re.sub(r"&([A-Za-z0-9+,]*)-", one, text)


# -- family 5: address layouts ----------------------------------------------------------------

JP_AREAS = (("Nakameguro", "Meguro-ku", "Tokyo", "153-0061"), ("Kichijoji Honcho", "Musashino-shi", "Tokyo", "180-0004"),
            ("Koenji Kita", "Suginami-ku", "Tokyo", "166-0002"), ("Umeda", "Kita-ku", "Osaka", "530-0001"),
            ("Tenjin", "Chuo-ku", "Fukuoka", "810-0001"), ("Motomachi", "Naka-ku", "Yokohama", "231-0861"),
            ("Kita 3-jo Nishi", "Chuo-ku", "Sapporo", "060-0003"))
JP_BUILDINGS = ("Sakura Heights", "Maison Aoba", "Leopalace Hikari", "Grand Maison", "Corpo Midori", "Dai-ni Tanaka Haitsu")
JP_PREF = {"Tokyo": "Tokyo-to", "Osaka": "Osaka-fu", "Fukuoka": "Fukuoka-ken", "Yokohama": "Kanagawa-ken",
           "Sapporo": "Hokkaido"}
FREETOWN = (("Wilkinson Road", "Freetown"), ("Spur Road", "Wilberforce, Freetown"), ("Siaka Stevens Street", "Freetown"),
            ("Kissy Road", "East End, Freetown"), ("Main Motor Road", "Congo Cross, Freetown"),
            ("Bojon Street", "Bo"), ("Hangha Road", "Kenema"), ("Azzolini Highway", "Makeni"))
SL_PLACES = (("Kpetema", "Kori Chiefdom", "Moyamba District"), ("Gerihun", "Bagbo Chiefdom", "Bo District"),
             ("Mile 91", "Yoni Chiefdom", "Tonkolili District"), ("Panguma", "Lower Bambara Chiefdom", "Kenema District"),
             ("Kabala", "Wara Wara Yagala Chiefdom", "Koinadugu District"), ("Lunsar", "Marampa Chiefdom", "Port Loko District"))
SL_LANDMARKS = ("behind the mosque", "opposite the Total filling station", "near the Cotton Tree", "by the police barracks",
                "after the big mango tree", "next to the Africell shop")


def _jp_en(v: Values) -> list[str]:
    """Japan written for foreigners: the building and room, the block's chome-banchi-go, the
    town, the ward, the city, the post code."""
    r = v.rng
    town, ward, city, code = r.choice(JP_AREAS)
    block = f"{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
    return [r.choice((f"{r.choice(JP_BUILDINGS)} {r.randint(1, 9)}0{r.randint(1, 9)}, {block} {town}, {ward}, {city} {code}",
                      f"{block}-{r.randint(1, 9)}0{r.randint(1, 9)} {town}, {ward}, {city}, {code}",
                      f"Room {r.randint(1, 9)}0{r.randint(1, 9)}, {block} {town}, {ward}, {city}"))]


def _jp_block(v: Values) -> list[str]:
    """The Japanese order kept in romaji: the post mark and code, the prefecture down to the
    block, the building last."""
    r = v.rng
    town, ward, city, code = r.choice(JP_AREAS)
    city_part = "" if city == "Tokyo" or ward.endswith("-shi") else f"{city}-shi "
    return [f"〒{code}", f"{JP_PREF[city]} {city_part}{ward} {town} {r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)}",
            f"{r.choice(JP_BUILDINGS)} {r.randint(1, 9)}0{r.randint(1, 9)}-go"]


JP_AZA = (("Niseko", "Niseko-cho", "Abuta-gun", "Hokkaido", "048-1511"), ("Hakuba", "Hakuba-mura", "Kitaazumi-gun",
          "Nagano-ken", "399-9301"), ("Kamiyama", "Kamiyama-cho", "Myozai-gun", "Tokushima-ken", "771-3310"),
          ("Ogimi", "Ogimi-son", "Kunigami-gun", "Okinawa-ken", "905-1318"))


def _jp_aza(v: Values) -> list[str]:
    """The countryside: the lot number in its aza, the village or town, the county (gun), the
    prefecture, the post code."""
    r = v.rng
    oaza, town, gun, pref, code = r.choice(JP_AZA)
    return [r.choice((f"{r.randint(1, 3999)}-{r.randint(1, 30)} Aza {oaza}, {town}, {gun}, {pref} {code}",
                      f"{r.randint(1, 3999)} Oaza {oaza}, {town}, {gun}, {pref}"))]


def _sl_street(v: Values) -> list[str]:
    r = v.rng
    street, town = r.choice(FREETOWN)
    return [r.choice((f"{r.randint(1, 140)} {street}, {town}", f"{r.randint(1, 140)}{r.choice('ABC')} {street}, {town}",
                      f"off {street}, {r.choice(SL_LANDMARKS)}, {town}"))]


def _sl_village(v: Values) -> list[str]:
    """Up-country: the town or village, the chiefdom, the district."""
    r = v.rng
    place, chiefdom, district = r.choice(SL_PLACES)
    return [r.choice((f"{place} Village, {chiefdom}, {district}", f"{place}, {chiefdom}, {district}, {r.choice(SL_LANDMARKS)}"))]


def _sl_pmb(v: Values) -> list[str]:
    r = v.rng
    return [r.choice((f"PMB {r.randint(1, 1500)}", f"P.M.B. {r.randint(1, 1500)}", f"P.O. Box {r.randint(10, 1999)}")),
            r.choice(("Freetown", "Bo", "Kenema", "Makeni")), "Sierra Leone"]


BG_ZHK = (("Варна", "9000", "ж.к. Младост"), ("Варна", "9010", "ж.к. Чайка"), ("Бургас", "8000", "ж.к. Лазур"),
          ("Бургас", "8000", "ж.к. Изгрев"), ("София", "1784", "ж.к. Младост 1"), ("София", "1404", "ж.к. Стрелбище"),
          ("Пловдив", "4000", "ж.к. Тракия"))
BG_LATIN = (("zh.k. Mladost 2", "1799 Sofia"), ("zh.k. Lyulin 5", "1336 Sofia"), ("zh.k. Vladislav Varnenchik", "9023 Varna"),
            ("zh.k. Meden Rudnik", "8011 Burgas"), ("zh.k. Trakia", "4023 Plovdiv"))
BG_RESORTS = (("к.к. Слънчев бряг", "8240"), ("к.к. Златни пясъци", "9007"), ("к.к. Св. Св. Константин и Елена", "9006"),
              ("гр. Несебър", "8230"), ("гр. Поморие", "8200"), ("гр. Равда", "8238"))
VLAD = (("ул. Светланская", "690091"), ("ул. Алеутская", "690091"), ("Океанский пр-т", "690002"),
        ("ул. Русская", "690039"), ("ул. Народный пр-т", "690001"), ("ул. Адмирала Кузнецова", "690065"),
        ("ул. Нейбута", "690068"))
PRIMORYE = (("г. Находка", "692900", "Находкинский пр-т"), ("г. Уссурийск", "692519", "ул. Некрасова"),
            ("г. Артём", "692760", "ул. Кирова"), ("г. Партизанск", "692864", "ул. Ленинская"),
            ("пгт Славянка", "692701", "ул. Героев Хасана"), ("с. Вольно-Надеждинское", "692481", "ул. Пушкина"))


def _bg_zhk(v: Values) -> list[str]:
    """A Bulgarian housing estate: the town and post code, the estate (ж.к.), the block (бл.),
    the entrance (вх.), the floor (ет.), the flat (ап.)."""
    r = v.rng
    town, code, zhk = r.choice(BG_ZHK)
    return [r.choice((f"гр. {town} {code}, {zhk}, бл. {r.randint(1, 450)}, вх. {r.choice('АБВГ')}, ет. {r.randint(1, 16)}, ап. {r.randint(1, 90)}",
                      f"{zhk}, блок {r.randint(1, 450)}, вход {r.choice('АБВ')}, этаж {r.randint(1, 16)}, кв. {r.randint(1, 90)}, {town}"))]


def _bg_latin(v: Values) -> list[str]:
    r = v.rng
    zhk, town = r.choice(BG_LATIN)
    return [f"{zhk}, bl. {r.randint(1, 450)}, vh. {r.choice('ABVG')}, et. {r.randint(1, 16)}, ap. {r.randint(1, 90)}, {town}"]


def _bg_resort(v: Values) -> list[str]:
    r = v.rng
    place, code = r.choice(BG_RESORTS)
    complex_ = r.choice(("комплекс „Роял Сън“", "комплекс „Съни Дей 6“", "к-с „Мидия Гранд“", "сграда „Феста Поморие“"))
    return [f"{place}, {complex_}, ап. {r.randint(1, 480)}", f"{code} {place.split(' ', 1)[1]}", "България"]


def _vl_city(v: Values) -> list[str]:
    r = v.rng
    street, code = r.choice(VLAD)
    return [r.choice((f"{code}, Приморский край, г. Владивосток, {street}, д. {r.randint(1, 120)}, кв. {r.randint(1, 200)}",
                      f"Влад, {street} {r.randint(1, 120)}-{r.randint(1, 200)}"))]


def _vl_russky(v: Values) -> list[str]:
    """The island across the bridge: the settlement, the building, the block with its dot."""
    r = v.rng
    return [r.choice((f"г. Владивосток, о. Русский, п. Аякс, д. {r.randint(1, 12)}, корп. {r.randint(1, 11)}.{r.randint(1, 3)}, "
                      f"комн. {r.randint(100, 999)}",
                      f"о. Русский, ул. Экипажная, д. {r.randint(1, 40)}, кв. {r.randint(1, 60)}"))]


def _vl_krai(v: Values) -> list[str]:
    r = v.rng
    town, code, street = r.choice(PRIMORYE)
    return [f"{code}, ПК, {town}, {street}, д. {r.randint(1, 90)}{r.choice(('', 'а', 'б'))}, кв. {r.randint(1, 120)}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"my_number": _my_number, "zairyu": _zairyu, "pension": _pension, "phone_jp": _phone_jp, "sl_nin": _sl_nin,
            "phone_sl": _phone_sl, "rx": _rx, "storage": _storage, "egn": _egn, "lnch": _lnch, "phone_bg": _phone_bg,
            "frame": _frame, "pts": _pts, "epts": _epts, "gtd": _gtd, "atelier": _atelier},
    checks={"my_number": _my_number_ok, "egn": _egn_ok, "lnch": _lnch_ok, "phone_jp": _dials("JP"),
            "phone_sl": _dials("SL"), "phone_bg": _dials("BG")},
    escapes={"sql-nchar": sql_nchar, "imap-utf7": imap_utf7},
    unescapes={"sql-nchar": _from_sql_nchar, "imap-utf7": _from_imap_utf7},
    lines={"jp_en": _jp_en, "jp_block": _jp_block, "jp_aza": _jp_aza, "sl_street": _sl_street, "sl_village": _sl_village, "sl_pmb": _sl_pmb,
           "bg_zhk": _bg_zhk, "bg_latin": _bg_latin, "bg_resort": _bg_resort, "vl_city": _vl_city,
           "vl_russky": _vl_russky, "vl_krai": _vl_krai},
    people={"en": ("ja_JP",), "ru": ("bg_BG",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["hai, my keitai is {v}, please call after eight",
                         "the patient's callback number is {v}",
                         "my Africell number is {v}, tenki",
                         "for the storage unit call {v}, bo",
                         "my husband's phone, {v}, he has the key",
                         "in ⟦Osaka|LOCATION⟧ you can reach me at {v}",
                         "ehen, write it, {v}",
                         "the new glasses are ready, she said call {v}",
                         "my Orange line is {v}, the Qcell one don spoil",
                         "if the gate code fails ring {v}",
                         "sumimasen, my number is {v}",
                         "my brother in ⟦Kenema|LOCATION⟧ has {v}"],
                  "ru": ["мой болгарский номер {v}, вайбер",
                         "брокеру звоните на {v}, он во ⟦Владике|LOCATION⟧",
                         "в ателье звоните на {v}, до шести",
                         "благодаря, мой номер {v}",
                         "звоните на {v}, я в ⟦Бургасе|LOCATION⟧ до среды",
                         "номер покупателя праворульки {v}",
                         "пишите на {v}, айде, отвечу",
                         "номер закройщицы {v}, она с утра",
                         "мой номер в ⟦Находке|LOCATION⟧ {v}, ватсап",
                         "записывай, паря, {v}, это шурина"]},
        "email": {"en": ["the optician's email is {v}",
                         "send the lens receipt to {v}, arigatou",
                         "my storage account email, {v}",
                         "the clinic wants the referral at {v}",
                         "email the move-out form to {v}",
                         "my daughter in ⟦Yokohama|LOCATION⟧ uses {v}",
                         "for the invoice write to {v}, tenki",
                         "her email, {v}, na so"],
                  "ru": ["почта брокера по аукционам {v}",
                         "инвойс с аукциона пришлите на {v}",
                         "мой имейл {v}, мерси",
                         "пишите на {v}, я на примерке до обеда",
                         "почта ателье на ⟦Алеутской|LOCATION⟧ {v}",
                         "фото лота скиньте на {v}",
                         "мой мейл в ⟦Варне|LOCATION⟧ {v}",
                         "почта закройщицы {v}, добре"]},
        "dob": {"en": ["the patient was born {v}, she needs varifocals now",
                       "I was born {v} in ⟦Makeni|LOCATION⟧",
                       "the tenant was born {v}, put it on the agreement",
                       "he was born {v} in ⟦Sapporo|LOCATION⟧, Showa era",
                       "the wearer's birth date, {v}, for the insurance",
                       "born {v} at ⟦Connaught Hospital|ORGANIZATION⟧",
                       "my mother was born {v}, in ⟦Bo|LOCATION⟧",
                       "she says she was born {v}, sou desu"],
                "ru": ["я родилась {v} в ⟦Уссурийске|LOCATION⟧",
                       "покупатель родился {v}, так в паспорте",
                       "дочка родилась {v}, уже в ⟦Варне|LOCATION⟧",
                       "клиентка родилась {v}, мерки под неё",
                       "родился {v}, пишите в договор с брокером",
                       "муж родился {v}, в ⟦Артёме|LOCATION⟧",
                       "свекровь родилась {v}, в ⟦Софии|LOCATION⟧",
                       "брокер родился {v}, он сам с ⟦Сахалина|LOCATION⟧"]},
        "fillers": {"en": ["eto", "ano ne", "chotto matte", "hai hai", "sou sou", "etto, sorry",
                           "kushe", "bo, wait", "ehen, ehen", "na so", "wetin again", "ah tell yu"],
                    "ru": ["ами", "айде, айде", "чакай, чакай", "е, така", "добре, добре", "ну, паря",
                           "слышь, короче", "ага, это", "так, значит, ну"]},
        "digit_sep": {"en": [" ... [door chime] ... ", " -- eto -- ", " [generator starts] "],
                      "ru": [" ... [швейная машинка] ... ", " -- ами -- ", " [гудок парома] "]},
        "email_at": {"en": [" atto maaku ", " [at, bo] ", " at-mark, hai, "],
                     "ru": [" кльомба ", " собака, паря, ", " (маймунка, ага) "]},
        "email_dot": {"en": [" dotto ", " (dot, ehen) ", " dot, dot-o, "],
                      "ru": [" точка, айде, ", " (точица) ", " точка, паря, "]},
        "spell": {"en": [", letter by letter, hai, ", " -- roma-ji -- "], "ru": [", по буквичке, ", " ... буквами ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("My Number", "GOV_ID", "my_number"), ("My Number card no.:", "GOV_ID", "my_number"),
                        ("kojin bango", "GOV_ID", "my_number"), ("individual number (JP):", "GOV_ID", "my_number"),
                        ("zairyu card", "GOV_ID", "zairyu"), ("residence card no.:", "GOV_ID", "zairyu"),
                        ("RC number of the tenant", "GOV_ID", "zairyu"),
                        ("nenkin number", "GOV_ID", "pension"), ("pension book no.:", "GOV_ID", "pension"),
                        ("keitai", "PHONE", "phone_jp"), ("Japanese mobile:", "PHONE", "phone_jp"),
                        ("patient's cell (JP)", "PHONE", "phone_jp"),
                        ("NIN (SL)", "GOV_ID", "sl_nin"), ("national ID no., Sierra Leone:", "GOV_ID", "sl_nin"),
                        ("⟦NCRA|ORGANIZATION⟧ number", "GOV_ID", "sl_nin"),
                        ("Africell no.", "PHONE", "phone_sl"), ("Orange SL line:", "PHONE", "phone_sl"),
                        ("tenant's phone (SL)", "PHONE", "phone_sl"),
                        ("Rx no.", "OTHER", "rx"), ("prescription ref:", "OTHER", "rx"), ("spectacle Rx file", "OTHER", "rx"),
                        ("contact lens account:", "OTHER", "rx"),
                        ("tenant account", "OTHER", "storage"), ("storage agreement no.:", "OTHER", "storage"),
                        ("emergency contact tel.", "PHONE", "phone_fmt"), ("patient's home line", "PHONE", "phone_sep"),
                        ("gate PIN", "SECRET", "pin4"), ("unit padlock combo:", "SECRET", "pin4"),
                        ("tenant portal password", "SECRET", "password"), ("booking site pw:", "SECRET", "password"),
                        ("patient DOB (optician)", "DATE_OF_BIRTH", "dob_slash"), ("tenant born", "DATE_OF_BIRTH", "dob_month"),
                        ("date of birth (optician record):", "DATE_OF_BIRTH", "dob_iso"),
                        ("DOB of the wearer", "DATE_OF_BIRTH", "dob_dashes"), ("birth date for the eye test", "DATE_OF_BIRTH", "dob_us"),
                        ("driving licence (tenant)", "GOV_ID", "licence"), ("vision insurance policy:", "OTHER", "policy")],
                 "ru": [("ЕГН", "GOV_ID", "egn"), ("ЕГН на детето:", "GOV_ID", "egn"), ("болгарский ЕГН жены", "GOV_ID", "egn"),
                        ("ЕГН (BG)", "GOV_ID", "egn"),
                        ("ЛНЧ", "GOV_ID", "lnch"), ("ЛНЧ съпруга:", "GOV_ID", "lnch"), ("личен номер на чужденец", "GOV_ID", "lnch"),
                        ("болгарский мобильный", "PHONE", "phone_bg"), ("тел. (BG):", "PHONE", "phone_bg"),
                        ("телефон хазяйки в ⟦Несебре|LOCATION⟧", "PHONE", "phone_bg"),
                        ("номер кузова", "OTHER", "frame"), ("кузов №:", "OTHER", "frame"), ("frame праворульки", "OTHER", "frame"),
                        ("ПТС", "OTHER", "pts"), ("паспорт ТС:", "OTHER", "pts"),
                        ("ЭПТС", "OTHER", "epts"), ("номер ЭПТС:", "OTHER", "epts"),
                        ("ДТ №", "OTHER", "gtd"), ("номер таможенной декларации:", "OTHER", "gtd"),
                        ("квитанция ателье", "OTHER", "atelier"), ("заказ в ателье:", "OTHER", "atelier"),
                        ("телефон покупателя", "PHONE", "phone_fmt"), ("тел. закройщицы", "PHONE", "phone_sep"),
                        ("паспорт покупателя", "GOV_ID", "passport_ru"), ("паспорт клиентки:", "GOV_ID", "passport_no"),
                        ("СНИЛС покупателя", "GOV_ID", "snils"), ("ИНН брокера", "GOV_ID", "inn"),
                        ("ИНН ИП-перегонщика:", "GOV_ID", "inn_glued"),
                        ("полис ОМС клиентки", "OTHER", "digits16"), ("права покупателя", "GOV_ID", "vu_ru"),
                        ("загран для Болгарии", "GOV_ID", "zagran"),
                        ("дата рожд. покупателя:", "DATE_OF_BIRTH", "dob_dots"), ("клиентка родилась", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. (как в ЕГН)", "DATE_OF_BIRTH", "dob_short"),
                        ("код от ворот стоянки", "SECRET", "pin4"), ("пин от сейфа ателье", "SECRET", "pin4"),
                        ("пароль от аукционного кабинета:", "SECRET", "password"),
                        ("пароль от вайфая в ⟦Варне|LOCATION⟧", "SECRET", "password")]},
        "carriers": {"en": ["Patient card: {v}", "{v} (from the tenant)", "storage office - {v}", "{v}, arigatou",
                            "on the lens order form: {v}", "{v} tenki", "the patient read out {v}",
                            "for the move-in sheet: {v}", "field 6 of the referral: {v}"],
                     "ru": ["в карточке покупателя: {v}", "{v}, благодаря", "в заявке на аукцион {v}",
                            "{v} (так сказала клиентка)", "для общината: {v}", "{v}, мерси", "скинул в вотсап {v}",
                            "в договоре с брокером: {v}", "для таможенного представителя: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the optician on Instagram, {v}", "tag {v} in the tenants' LINE group", "the shop is {v} on X",
                      "my LINE ID is {v}, hai", "DM {v} for the frames sale", "I'm {v} on WhatsApp, bo"],
               "ru": ["наше ателье в инсте {v}", "отметь {v} в чате перегонщиков", "{v} в телеге, она закройщица",
                      "русские в ⟦Бургасе|LOCATION⟧ в телеге {v}", "ник на дроме {v}, он брокер", "пишите {v}, айде"]},
        "url": {"en": ["my page about eye health is {v}", "the storage tips I follow, {v}", "our shop blog {v}",
                       "the frame maker's page is {v}", "my page, tenki, {v}", "look at this one {v}, hai"],
                "ru": ["мой канал про ⟦Болгарию|LOCATION⟧ {v}", "фото лотов на {v}", "страница ателье {v}",
                       "мой блог про жизнь в ⟦Приморье|LOCATION⟧ {v}", "отзывы о брокере: {v}", "глянь тут, паря, {v}"]},
        "url_layouts": {"any": ["https://{site}?from=line", "{site} (tap it)", "https://m.{site}/#top",
                                "«{site}» (link)"]},
        "ssh": {"any": ["ssh -o ServerAliveInterval=30 -l optics {v}", "ssh -p 8022 -i ~/.ssh/storage_rsa {v}",
                        "scp lots.csv {v}:/srv/auction/", "rsync -rtv ./patterns/ {v}:/backup/atelier/"]},
        "remote": {"any": ["git clone --branch main https://github.com/{v}.git", "git remote add auction git@gitlab.com:{v}.git",
                           "yarn add -D git+https://github.com/{v}.git", "composer require vcs https://github.com/{v}"]},
        "registry": {"any": ["docker pull registry.gitlab.com/{v}:optics", "FROM ghcr.io/{v}:slim",
                             "podman run -it quay.io/{v}:1.0", "docker push docker.io/{v}:nightly"]},
        "home": {"any": ["/home/{v}/optics/", "C:\\Users\\{v}\\Desktop\\Storage\\", "/Users/{v}/Documents/auction/",
                         "/data/home/{v}/atelier/"]},
        "tool": {"en": ["the shop PC hung on {v}", "my cousin told me to run {v}", "it stopped at {v}, eto",
                        "paste {v} in the tenants' chat"],
                 "ru": ["сын клиентки запускал {v}", "айтишник из ⟦Софии|LOCATION⟧ сказал ввести {v}",
                        "всё повисло на {v}, ами", "скинул {v} в чат ателье"]},
        "mention": {"en": ["{h} tenki!", "{h} arigatou!", "{h} can you open the gate for unit 12?", "{h}: lenses done, hai",
                           "thanks {h}, na so", "{h} eh, really?"],
                    "ru": ["{h}, благодаря!", "{h} мерси", "{h}, скинь фото лота", "{h}: принято, добре",
                           "спасибо, {h}, айде", "{h} ну ты даёшь, паря"]},
    },
    4: {
        "url": {"en": ["the lens reorder link had ?{k}={v}&eye=R", "the storage booking form prefilled {k}={v}",
                       "the SMS from the optician carried {k}={v}&src=sms", "GET /tenants/find?{k}={v} 200"],
                "ru": ["ссылка на лот ?{k}={v}&lang=bg", "в ссылке на примерку {k}={v}",
                       "в переходе из вотсапа {k}={v}&src=wa_bg", "в логе сайта брокера: GET /buyers?{k}={v}"]},
        "markup": {"en": ["the optician's invoice HTML has <td class=\"{k}\">{v}</td>",
                          "the unit label template reads <span>{v}</span>",
                          "the patient form has <input name=\"{k}\" value=\"{v}\" />"],
                   "ru": ["в HTML инвойса брокера <td class=\"{k}\">{v}</td>",
                          "в шаблоне квитанции ателье <span>{v}</span>",
                          "в форме заявки <input name=\"{k}\" value=\"{v}\" />"]},
        "prose": {"en": ["the Orange Money slip shows the payer as {v}", "the unit's padlock tag says {v}",
                         "the lens order is in the name of {v}", "the move-in sheet reads {v}"],
                  "ru": ["в приложении ⟦ДСК Банка|ORGANIZATION⟧ получатель {v}", "на бирке платья написано {v}",
                         "в списке покупателей {v}", "в договоре на перегон {v}"]},
        "escapes": {"sql-nchar": {"en": ["the optician's SQL import inserts the patient as {v}",
                                         "the storage system's script sets tenant_name = {v}",
                                         "the migration script for the records has {v}"],
                                  "ru": ["в SQL-скрипте базы брокера покупатель {v}",
                                         "в скрипте миграции ателье клиентка {v}",
                                         "в запросе к базе аукциона стоит {v}"]},
                    "imap-utf7": {"en": ["the mail client shows the folder as INBOX/{v}",
                                         "the IMAP log lists the mailbox {v}",
                                         "Thunderbird synced a folder named {v}"],
                                 "ru": ["в логе почтового сервера папка {v}",
                                        "в IMAP папка клиентки называется {v}",
                                        "в списке ящиков брокера есть папка {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the frames go by post to {v}", "the patient lives at {v}, the green door",
                        "the tenant's home address is {v}", "she moved to {v}", "send the storage invoice to {v}",
                        "address as on the residence card: {v}"],
                 "ru": ["адрес: {v}, звонок сломан", "мы живём {v}, у магазина", "ателье на {v}",
                        "стоянка брокера по адресу {v}", "я теперь снимаю квартиру {v}", "покупатель прописан {v}"]},
        "block": {"en": ["Deliver the glasses to:\n{v}", "Home address (ring twice)\n{v}",
                         "Tenant's address for the contract:\n{v}", "Post the key to -\n{v}"],
                  "ru": ["Адрес для общината:\n{v}", "Ателье (вход со двора)\n{v}",
                         "Адрес покупателя, звонить за час:\n{v}", "Куда пригнать машину -\n{v}"]},
        "layouts": {"en": ["jp_en", "jp_block", "jp_aza", "sl_street", "sl_village", "sl_pmb"],
                    "ru": ["bg_zhk", "bg_latin", "bg_resort", "vl_city", "vl_russky", "vl_krai"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Patient (recall list): {v}", "Optometrist on duty: {v}", "Tenant (unit 4B): {v}", "the manager {v} opens the gate",
                        "the old man said his name is {v}", "Dispensing optician: {v}", "the agreement was signed by {v}",
                        "Alternate contact: {v}"],
                 "ru": ["Покупатель: {v}", "Брокер: {v}", "закройщица {v} сняла мерки",
                        "перегонщик — {v}", "Клиентка ателье: {v}", "звонила {v} насчёт платья",
                        "Собственник апартамента: {v}"]},
        "kin": {"en": [("my obaachan", "f"), ("my ojiichan", "m"), ("my okaasan", "f"), ("my oniisan", "m"),
                       ("my oba-san", "f"), ("my oji-san", "m"), ("my granmama", "f"), ("my granpapa", "m"),
                       ("my big sista", "f"), ("my smɔl brɔda", "m")],
                "ru": [("моя свекърва", "f"), ("мой свекър", "m"), ("мой батко", "m"), ("моя кака", "f"),
                       ("мой дядька с ⟦Находки|LOCATION⟧", "m"), ("моя тёща из ⟦Уссурийска|LOCATION⟧", "f"),
                       ("мой сменщик по перегону", "m"), ("моя закройщица", "f"), ("мой брокер", "m")]},
        "kin_carriers": {"en": ["{v} will pick up the glasses", "{v} is paying the storage fee",
                                "{v} flies in from ⟦Fukuoka|LOCATION⟧", "{v} will bring the residence card",
                                "{v} booked the eye test", "{v} is driving to ⟦Lunsar|LOCATION⟧"],
                         "ru": ["{v} заберёт платье", "{v} прилетит из ⟦Хабаровска|LOCATION⟧", "{v} перегонит машину",
                                "{v} стоит в очереди на таможне", "{v} передаёт привет из ⟦Поморие|LOCATION⟧", "{v} оформит ЛНЧ"]},
        "wordnames": {"en": {"f": ["Hana", "Yuki", "Sakura", "Nozomi", "Hikari", "Kadiatu"],
                             "m": ["Sora", "Makoto", "Kaito", "Isamu", "Sheku", "Foday"]},
                      "ru": {"f": ["Звезда", "Радост", "Веселина"], "m": ["Здравко", "Огнян", "Светлин"]}},
        "list": {"en": ["Patients due for a recall:\n{v}", "Tenants in arrears\n{v}", "Opticians on the rota:\n{v}",
                        "| Tenant | Unit |\n|---|---|\n{v}"],
                 "ru": ["Примерка в субботу:\n{v}", "Не забрали заказ из ателье\n{v}", "Покупатели по лотам:\n{v}",
                        "| Клиентка | Заказ |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - fitted", "+ {v} (late)", "{v} [unit]", "| {v} | 12C |"]},
        "broken": {"en": ["the eye test was done by the optometrist {v} at ten",
                          "the move-in was checked by the manager {v} on Tuesday"],
                   "ru": ["мерки сняла закройщица {v}", "лот выкупил брокер {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the lens site logged in from {v}", "the storage gate controller is {v}",
                      "allow {v} on the shop firewall", "the edger machine reported from {v}",
                      "the unit camera dropped {v}", "my IP, hai, is {v}"],
               "ru": ["вход в аукционный кабинет с {v}", "роутер ателье {v}", "айпи сайта брокера {v}",
                      "странный вход в кабинет аукциона с {v}", "заблокируйте {v}, моля", "мой айпишник {v}, мерси"]},
        "iban": {"en": ["refund the deposit to {v}", "my account in ⟦Tokyo|LOCATION⟧ is {v}", "the shop's IBAN is {v}",
                        "the tenant pays the rent from {v}"],
                 "ru": ["за апартамент переводите на {v}", "мой счёт в ⟦Банка ДСК|ORGANIZATION⟧ {v}",
                        "задаток за лот верните на IBAN {v}", "за пошив платья {v}"]},
        "mac": {"en": ["the lens edger's MAC is {v}", "the gate keypad's MAC {v}", "add {v} to the Wi-Fi, bo",
                       "the shop AP logged {v}"],
                "ru": ["MAC регистратора на стоянке {v}", "MAC кассы ателье {v}", "пропиши {v} в роутер ателье",
                       "роутер в апартаменте режет {v}"]},
        "card": {"en": ["the card for the new frames is {v}", "charge {v} for the unit", "the patient paid with {v}",
                        "the tenant read the card as {v}"],
                 "ru": ["карта для задатка {v}", "номер карты брокера {v}", "скинь на карту {v}, благодаря",
                        "карта {v}, потерял в ⟦Несебре|LOCATION⟧, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Kushe, I'm {v}", "Name of the patient: {v}"],
                         "GOV_ID": ["my licence number, hai, is {v}", "DL (tenant): {v}"],
                         "USERNAME": ["my username on the storage portal is {v}", "lens shop login: {v}"]},
                  "ru": {"PERSON": ["Здравейте, это {v}", "ФИО покупателя: {v}"],
                         "GOV_ID": ["паспорт РФ покупателя {v}", "паспорт клиентки {v}"],
                         "USERNAME": ["мой логин на аукционе {v}", "логин на сайте ателье: {v}"]}},
        "later": {"en": ["regarding the patient {v} again", "still waiting on {v}, eto", "{v} phoned back, tenki",
                         "chasing {v}, hai", "(tenant {v})"],
                  "ru": ["по покупателю {v}", "{v} опять звонила про платье", "напоминаю про лот, {v}",
                         "(см. выше про перегон: {v})", "{v}, ответьте, моля"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the lens order {v} is late", "the padlock order {v} came wrong",
                     "the ⟦Rakuten|ORGANIZATION⟧ order {v} arrived"],
              "ru": ["заказ {v} с ⟦Ozon|ORGANIZATION⟧ для ателье", "заказ ткани {v} для ателье", "отмена по заказу {v}, добре"]},
    "price": {"en": ["the varifocals come to {v}", "a small unit costs {v} a month", "the late fee came to {v}"],
              "ru": ["перегон стоит {v}", "пошив платья {v}", "апартамент в ⟦Равде|LOCATION⟧ {v} в месяц"]},
    "timestamp": {"en": ["the patient arrived {v}", "the gate opened {v}", "the alarm went off {v}"],
                  "ru": ["паром отходит в {v}", "примерка в {v}", "торги закрываются в {v}"]},
    "version": {"en": ["the lens app {v} crashes", "the storage app {v}", "since the {v} update of the booking site"],
                "ru": ["приложение аукциона {v}", "версия программы ателье {v}", "после обновления {v} не грузит лоты"]},
    "room": {"en": ["the eye test is in room {v}", "the tenant's unit is {v}", "the frames are in cabinet {v}"],
             "ru": ["примерочная {v}", "бокс {v} на стоянке", "кабинет брокера {v}"]},
    "flight": {"en": ["my flight to ⟦Tokyo|LOCATION⟧ is {v}", "the tenant lands on {v}", "the frames went on {v}"],
               "ru": ["летим в ⟦Варну|LOCATION⟧ рейсом {v}", "{v} задержали, айде", "встречай с {v} во ⟦Владике|LOCATION⟧"]},
    "isbn": {"en": ["the contact lens handbook is ISBN {v}", "the moving and packing guide, ISBN {v}", "ISBN {v}, the Krio phrasebook"],
             "ru": ["справочник по японским машинам ISBN {v}", "ISBN {v}, учебник болгарского", "ISBN {v}, книга по крою"]},
    "doc-ip": {"en": ["the edger manual shows {v}", "the gate controller guide's example is {v}", "the shop network sheet has {v}"],
               "ru": ["в инструкции к регистратору {v}", "в примере настройки кассы ателье {v}", "в схеме сети стоянки {v}"]},
    "spoken-date": {"en": ["the recall is due {v}", "the sale is on {v}", "the unit inspection is booked for {v}"],
                    "ru": ["примерку перенесли на {v}", "торги продлили до {v}", "растаможка на {v}"]},
    "kinship-verb": {"en": ["my ojiichan {v} phone later", "my big sista {v} pay it", "my okaasan {v} come on Friday"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Arigatou, noted.", "Okay, the patient card is updated.", "Tenki, saved.", "Alright, the unit is booked.",
                        "Hai, the tenant file is updated.", "Na so, done."],
                 "ru": ["Благодаря, записала.", "Хорошо, поправила в заявке.", "Мерси, внесла.", "Поняла, передам брокеру.",
                        "Спасибо, карточку клиентки обновила.", "Добре, готово."]}
