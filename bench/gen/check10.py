"""The bank of ``check10``, the tenth pair's held-out set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: Icelandic English (Reykjavík, Kópavogur, Akureyri and the farms; Icelandic words)
and Taiwanese English (Taipei, New Taipei, Taichung, Kaohsiung; Mandarin and Taiwanese
words), alarm-monitoring security companies with their clients, and language schools with
their students and host families; in Russian, speakers in Dagestan (Makhachkala, Derbent,
Khasavyurt and the mountain villages; Avar, Kumyk and Lezgian words) and Russian speakers
living in Vietnam (Nha Trang, Da Nang, Ho Chi Minh City; Vietnamese words in Russian
sentences), taxi dispatchers with drivers and passengers, and private kindergartens with the
children's parents. Its own shapes carry the check a reader runs where the id has one. Written
from memory, not from a specification: the layouts of the Icelandic passport, of the Taiwanese
NHI card number, of the Vietnamese citizen identity card (the province's three digits, the
century and sex digit, the birth year's two digits, six digits) and temporary residence card,
of the Russian OSAGO policy, vehicle registration certificate and taxi permit (none with a
check written), the Icelandic banks' codes and ledger, the ROC (Minguo) year as the Gregorian
year less 1911, and the post codes of Iceland, Taiwan, Dagestan and Vietnam. The kennitala's
check digit (weights 3 2 7 6 5 4 3 2, eleven less the sum modulo 11, 0 for 11, a number with
10 is not issued; the last digit the century), the Taiwanese identity number's check (the
letter as two digits, weights 1 9 8 7 6 5 4 3 2 1 1, the sum a multiple of ten; the new
resident certificate's second digit 8 or 9 under the same check) and the IBAN's check are as
published.
"""

from __future__ import annotations

import re
from datetime import date

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Iceland (Síminn, Vodafone, Nova) and Taiwan's mobiles
MOBILES = (("IS", ("6", "7", "8"), 6, (3, 4)),
           ("TW", ("09",), 8, (4, 3, 3)))
KT_W = (3, 2, 7, 6, 5, 4, 3, 2)
TW_LETTERS = {"A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34, "J": 18, "K": 19,
              "L": 20, "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29,
              "W": 32, "X": 30, "Y": 31, "Z": 33}
TW_W = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
VN_PROVINCES = ("001", "079", "056", "048", "031", "038", "040", "092")


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

def _kt_digit(body: str) -> int:
    return (11 - sum(int(c) * w for c, w in zip(body, KT_W)) % 11) % 11


def _kennitala(v: Values, lang: str) -> str:
    """A kennitala: DDMMYY, two digits, the check digit, the century (9 or 0)."""
    while True:
        y, m, d = v.birth()
        body = f"{d:02d}{m:02d}{y % 100:02d}{v.rng.randint(20, 99)}"
        k = _kt_digit(body)
        if k != 10:
            n = f"{body}{k}{9 if y < 2000 else 0}"
            return v.rng.choice((f"{n[:6]}-{n[6:]}", n, f"{n[:6]} {n[6:]}"))


def _kennitala_ok(text: str) -> bool:
    n = re.sub(r"[- ]", "", text)
    if not re.fullmatch(r"\d{10}", n) or n[9] not in "90" or _kt_digit(n[:8]) != int(n[8]):
        return False
    try:
        date((1900 if n[9] == "9" else 2000) + int(n[4:6]), int(n[2:4]), int(n[:2]))
    except ValueError:
        return False
    return True


def _is_iban(v: Values, lang: str) -> str:
    """An Icelandic account: IS, the check, the bank, the ledger, six digits, the owner's
    kennitala."""
    kt = re.sub(r"[- ]", "", _kennitala(v, lang))
    bban = v.rng.choice(("0101", "0111", "0133", "0303", "0515", "0537", "0162")) + v.rng.choice(("26", "05", "15")) \
        + v.digits(6, False) + kt
    number = "".join(str(int(c, 36)) for c in bban + "IS00")
    iban = f"IS{98 - int(number) % 97:02d}{bban}"
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if v.rng.random() < 0.6 else iban


def _iban_ok(text: str) -> bool:
    s = text.replace(" ", "")
    return len(s) == 26 and int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def _phone_is(v: Values, lang: str) -> str:
    d = _valid("IS", ("6", "7", "8"), 6, v)
    return v.rng.choice((f"+354 {d[:3]} {d[3:]}", f"{d[:3]} {d[3:]}", d, f"{d[:3]}-{d[3:]}", f"00354 {d}"))


def _is_passport(v: Values, lang: str) -> str:
    return "A" + v.digits(7, False)


def _tw_check(letter: str, digits: str) -> bool:
    n = TW_LETTERS[letter]
    values = [n // 10, n % 10] + [int(c) for c in digits]
    return sum(x * w for x, w in zip(values, TW_W)) % 10 == 0


def _tw_make(v: Values, second: str) -> str:
    letter = v.rng.choice("ABEFHT" "DKLMNPQ")
    while True:
        body = second + v.digits(7, False)
        for last in "0123456789":
            if _tw_check(letter, body + last):
                return letter + body + last


def _tw_id(v: Values, lang: str) -> str:
    """A Taiwanese identity number: the place's letter, 1 for a man or 2 for a woman, seven
    digits, the check."""
    return _tw_make(v, v.rng.choice("12"))


def _tw_arc(v: Values, lang: str) -> str:
    """The resident certificate's number since 2021: the letter, 8 or 9, the same check."""
    return _tw_make(v, v.rng.choice("89"))


def _tw_ok(text: str) -> bool:
    return re.fullmatch(r"[A-Z][1289]\d{8}", text) is not None and _tw_check(text[0], text[1:])


def _tw_nhi(v: Values, lang: str) -> str:
    d = "0000" + v.digits(8)
    return v.rng.choice((f"{d[:4]} {d[4:8]} {d[8:]}", d))


def _phone_tw(v: Values, lang: str) -> str:
    d = _valid("TW", ("09",), 8, v)
    return v.rng.choice((f"{d[:4]}-{d[4:7]}-{d[7:]}", f"+886 {d[1:4]} {d[4:7]} {d[7:]}", d, f"{d[:4]} {d[4:]}",
                         f"+886-{d[1:]}"))


def _roc_dob(v: Values, lang: str) -> str:
    """A birth date in the Minguo years Taiwan's forms use."""
    y, m, d = v.birth()
    return v.rng.choice((f"{y - 1911}/{m:02d}/{d:02d}", f"民國{y - 1911}年{m}月{d}日", f"ROC {y - 1911}.{m:02d}.{d:02d}"))


def _alarm_acct(v: Values, lang: str) -> str:
    return v.rng.choice((f"ACC {v.digits(4)}", f"SEC-{v.digits(6)}", f"{v.digits(4)}-{v.rng.choice('ABCDEF')}{v.digits(2)}"))


def _student(v: Values, lang: str) -> str:
    return v.rng.choice((f"LS{v.rng.randint(20, 25)}{v.digits(4)}", f"ST-{v.digits(5)}"))


def _cccd(v: Values, lang: str) -> str:
    """A Vietnamese citizen identity number: the province, the century and sex digit, the
    birth year's two digits, six digits."""
    y = v.birth()[0]
    sex = v.rng.choice((0, 1)) + (2 if y >= 2000 else 0)
    return f"{v.rng.choice(VN_PROVINCES)}{sex}{y % 100:02d}{v.digits(6, False)}"


def _cccd_ok(text: str) -> bool:
    return re.fullmatch(r"\d{12}", text) is not None and text[:3] in VN_PROVINCES and text[3] in "0123"


def _vn_trc(v: Values, lang: str) -> str:
    return v.rng.choice(("TT", "ĐT", "LĐ")) + v.digits(7, False)


def _phone_vn(v: Values, lang: str) -> str:
    d = _valid("VN", ("090", "091", "093", "097", "098", "032", "086", "070"), 7, v)
    return v.rng.choice((f"+84 {d[1:3]} {d[3:6]} {d[6:8]} {d[8:]}", f"{d[:3]} {d[3:6]} {d[6:]}", d, f"+84{d[1:]}",
                         f"{d[:4]}.{d[4:7]}.{d[7:]}"))


def _osago(v: Values, lang: str) -> str:
    """An OSAGO policy: three letters of the series, ten digits."""
    return f"{v.rng.choice(('ХХХ', 'ТТТ', 'ААС', 'ААВ', 'ККК'))}{v.rng.choice((' ', ' № ', ''))}{v.digits(10, False)}"


def _sts(v: Values, lang: str) -> str:
    """A vehicle registration certificate: the region and series, six digits."""
    return v.rng.choice((f"05 {v.rng.randint(10, 99)} {v.digits(6, False)}", f"05{v.rng.choice(('УМ', 'ХК', 'ТО'))} {v.digits(6, False)}",
                         f"99 {v.rng.randint(10, 99)} №{v.digits(6, False)}"))


def _taxi_permit(v: Values, lang: str) -> str:
    return v.rng.choice((f"РД-{v.digits(5)}", f"05 {v.digits(6, False)}", f"МД 0{v.digits(4)}"))


def _sad_contract(v: Values, lang: str) -> str:
    return v.rng.choice((f"ДС-{v.rng.randint(2021, 2025)}/{v.rng.randint(1, 400)}", f"Д/С №{v.digits(4)}"))


def _order_taxi(v: Values, lang: str) -> str:
    return v.rng.choice((f"Z{v.digits(7)}", f"заказ-{v.digits(6)}"))


# -- family 4: escapes ------------------------------------------------------------------------

def erlang_bin(text: str) -> str:
    """A name as an Erlang or Elixir shell prints a binary it does not take for text:
    ``<<82,101,110,195,169,101>>``, the UTF-8 bytes in decimal."""
    return "<<" + ",".join(str(b) for b in text.encode("utf-8")) + ">>"


def _from_erlang_bin(text: str) -> str:
    return bytes(int(n) for n in text[2:-2].split(",")).decode("utf-8")


def vb_chrw(text: str) -> str:
    """A name as a VBA macro or a VB6 program builds it: ASCII runs quoted, each other
    character as ``ChrW(N)``, joined by ``&``: ``"Ren" & ChrW(233) & "e"``."""
    out, run = [], ""
    for c in text:
        if ord(c) < 128:
            run += '""' if c == '"' else c
            continue
        if run:
            out.append(f'"{run}"')
            run = ""
        out.append(f"ChrW({ord(c)})")
    if run:
        out.append(f'"{run}"')
    return " & ".join(out)


def _from_vb_chrw(text: str) -> str:
    return "".join(m[1].replace('""', '"') if m[1] is not None else chr(int(m[2]))
                   for m in re.finditer(r'"((?:[^"]|"")*)"|ChrW\((\d+)\)', text))


# -- family 5: address layouts ----------------------------------------------------------------

IS_STREETS = (("Laugavegur", "101 Reykjavík"), ("Hverfisgata", "101 Reykjavík"), ("Hringbraut", "107 Reykjavík"),
              ("Hamraborg", "200 Kópavogur"), ("Strandgata", "220 Hafnarfjörður"), ("Hafnarstræti", "600 Akureyri"),
              ("Skipholt", "105 Reykjavík"), ("Engihjalli", "200 Kópavogur"))
IS_FARMS = (("Hóll", "551 Sauðárkrókur"), ("Efri-Vík", "880 Kirkjubæjarklaustur"), ("Ytri-Hóll", "541 Blönduós"),
            ("Syðri-Brekka", "601 Akureyri"), ("Nes", "311 Borgarnes"), ("Hlíð", "816 Ölfus"))
TW_ROADS = (("Zhongshan N. Rd.", "Zhongshan Dist.", "Taipei City", "104"), ("Xinyi Rd.", "Da'an Dist.", "Taipei City", "106"),
            ("Heping E. Rd.", "Da'an Dist.", "Taipei City", "106"), ("Minsheng Rd.", "Banqiao Dist.", "New Taipei City", "220"),
            ("Taiwan Blvd.", "Xitun Dist.", "Taichung City", "407"), ("Zhongzheng 4th Rd.", "Qianjin Dist.", "Kaohsiung City", "801"),
            ("Roosevelt Rd.", "Zhongzheng Dist.", "Taipei City", "100"))
TW_ZH = (("106", "臺北市", "大安區", "永康街"), ("104", "臺北市", "中山區", "南京東路"), ("220", "新北市", "板橋區", "文化路"),
         ("407", "臺中市", "西屯區", "福星路"), ("802", "高雄市", "苓雅區", "四維三路"))


def _is_street(v: Values) -> list[str]:
    """Iceland: the street and number, the floor after it (3. hæð) or the flat, the post code
    and the town."""
    r = v.rng
    street, town = r.choice(IS_STREETS)
    return [r.choice((f"{street} {r.randint(1, 180)}, {town}", f"{street} {r.randint(1, 180)}, {r.randint(1, 6)}. hæð, {town}",
                      f"{street} {r.randint(1, 180)} íbúð {r.randint(1, 4)}0{r.randint(1, 9)} {town}"))]


def _is_block(v: Values) -> list[str]:
    r = v.rng
    street, town = r.choice(IS_STREETS)
    return [f"{street} {r.randint(1, 180)}{r.choice(('', 'a', 'b'))}", town, "Iceland"]


def _is_farm(v: Values) -> list[str]:
    """A farm: its name alone, then the post code and the nearest town."""
    r = v.rng
    farm, town = r.choice(IS_FARMS)
    return [f"{farm}{r.choice(('', ' 2', ' 1'))}, {town}"]


def _tw_en(v: Values) -> list[str]:
    """Taiwan in English, small to large: the floor and flat (3F.-2), the number, the lane and
    alley, the section, the road, the district, the city and the post code."""
    r = v.rng
    road, district, city, code = r.choice(TW_ROADS)
    floor = r.choice((f"{r.randint(2, 15)}F.-{r.randint(1, 6)}, ", f"{r.randint(2, 15)}F., ", ""))
    lane = r.choice((f"Ln. {r.randint(1, 300)}, ", f"Aly. {r.randint(1, 20)}, Ln. {r.randint(1, 300)}, ", ""))
    sec = r.choice((f"Sec. {r.randint(1, 5)}, ", ""))
    return [f"{floor}No. {r.randint(1, 300)}, {lane}{sec}{road}, {district}, {city} {code}"]


def _tw_block(v: Values) -> list[str]:
    r = v.rng
    road, district, city, code = r.choice(TW_ROADS)
    return [f"No. {r.randint(1, 300)}-{r.randint(1, 9)}, {road}", f"{district}, {city} {code}{r.randint(10, 99)}",
            "Taiwan (R.O.C.)"]


def _tw_zh(v: Values) -> list[str]:
    """The same in Chinese, large to small, as the student pastes it from the host family."""
    r = v.rng
    code, city, district, road = r.choice(TW_ZH)
    lane = r.choice((f"{r.randint(1, 300)}巷", f"{r.randint(1, 300)}巷{r.randint(1, 20)}弄", ""))
    return [f"{code}{city}{district}{road}{lane}{r.randint(1, 200)}號{r.randint(2, 15)}樓"]


MAKHACHKALA = (("пр-т Имама Шамиля", "367000"), ("ул. Ярагского", "367000"), ("пр-т Гамидова", "367009"),
               ("ул. Коркмасова", "367000"), ("пр-т Петра I", "367026"), ("ул. Магомеда Гаджиева", "367000"))
DAG_VILLAGES = (("Гунибский р-н", "с. Гуниб", "368340"), ("Хунзахский р-н", "с. Хунзах", "368260"),
                ("Карабудахкентский р-н", "с. Карабудахкент", "368530"), ("Ахтынский р-н", "с. Ахты", "368730"),
                ("Кизлярский р-н", "с. Бахтемир", "368810"), ("Левашинский р-н", "с. Леваши", "368320"))
VN_RU = (("Нячанг", "ул. Чан Фу", "Ocean View"), ("Нячанг", "ул. Хунг Выонг", "Panorama"),
         ("Дананг", "ул. Во Нгуен Зяп", "Monarchy"), ("Хошимин", "ул. Нгуен Хыу Кань", "Vinhomes Central Park"),
         ("Нячанг", "ул. Нгуен Тхьен Тхуат", "Gold Coast"), ("Дананг", "ул. Фам Ван Донг", "Hiyori"))
VN_STREETS = (("Trần Phú", "phường Lộc Thọ", "TP. Nha Trang", "Khánh Hòa"),
              ("Hùng Vương", "phường Lộc Thọ", "TP. Nha Trang", "Khánh Hòa"),
              ("Võ Nguyên Giáp", "phường Phước Mỹ", "quận Sơn Trà", "Đà Nẵng"),
              ("Nguyễn Hữu Cảnh", "phường 22", "quận Bình Thạnh", "TP. Hồ Chí Minh"),
              ("Lê Thánh Tôn", "phường Bến Nghé", "Quận 1", "TP. Hồ Chí Minh"))


def _dag_city(v: Values) -> list[str]:
    r = v.rng
    street, code = r.choice(MAKHACHKALA)
    return [r.choice((f"{code}, Республика Дагестан, г. Махачкала, {street}, д. {r.randint(1, 120)}, кв. {r.randint(1, 150)}",
                      f"РД, Махачкала, {street} {r.randint(1, 120)}, кв {r.randint(1, 150)}"))]


def _dag_derbent(v: Values) -> list[str]:
    """Derbent and Khasavyurt, and the settlements round Makhachkala: the house alone, a
    number over a number for the plot of a private house."""
    r = v.rng
    place = r.choice(("г. Дербент, ул. Ленина", "г. Дербент, ул. Таги-Заде", "г. Хасавюрт, ул. Акаева",
                      "г. Махачкала, пос. Семендер, ул. 5-я", "г. Махачкала, пос. Шамхал, ул. Приморская"))
    return [f"{place}, д. {r.randint(1, 90)}/{r.randint(1, 30)}"]


def _dag_village(v: Values) -> list[str]:
    r = v.rng
    district, village, code = r.choice(DAG_VILLAGES)
    return [f"{code}, РД, {district}, {village}", r.choice((f"ул. Шамиля, д. {r.randint(1, 80)}", f"д. {r.randint(1, 300)}",
                                                            f"ул. Центральная, {r.randint(1, 80)}"))]


def _vn_ru(v: Values) -> list[str]:
    r = v.rng
    city, street, complex_ = r.choice(VN_RU)
    return [f"{city}, {street} {r.randint(1, 200)}, ЖК {complex_}, кв. {r.randint(1, 40)}{r.randint(1, 20):02d}"]


def _vn_latin(v: Values) -> list[str]:
    """Vietnam as the lease writes it: số and the street, the ward, the district or town, the
    province."""
    r = v.rng
    street, ward, district, province = r.choice(VN_STREETS)
    return [r.choice((f"số {r.randint(1, 200)} {street}, {ward}, {district}, {province}",
                      f"{r.randint(1, 200)}/{r.randint(1, 30)} {street}, {ward}, {district}"))]


def _vn_block(v: Values) -> list[str]:
    r = v.rng
    street, ward, district, province = r.choice(VN_STREETS)
    return [f"Căn hộ {r.choice('ABC')}{r.randint(1, 30)}.{r.randint(1, 20):02d}, tòa {r.choice(('Landmark 2', 'Park 5', 'Sunrise', 'Orchard'))}",
            f"{r.randint(1, 300)} {street}, {ward}", f"{district}, {province}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"kennitala": _kennitala, "is_iban": _is_iban, "phone_is": _phone_is, "is_passport": _is_passport,
            "tw_id": _tw_id, "tw_arc": _tw_arc, "tw_nhi": _tw_nhi, "phone_tw": _phone_tw, "roc_dob": _roc_dob,
            "alarm_acct": _alarm_acct, "student": _student, "cccd": _cccd, "vn_trc": _vn_trc, "phone_vn": _phone_vn,
            "osago": _osago, "sts": _sts, "taxi_permit": _taxi_permit, "sad_contract": _sad_contract,
            "order_taxi": _order_taxi},
    checks={"kennitala": _kennitala_ok, "is_iban": _iban_ok, "tw_id": _tw_ok, "tw_arc": _tw_ok, "cccd": _cccd_ok,
            "phone_is": _dials("IS"), "phone_tw": _dials("TW"), "phone_vn": _dials("VN")},
    escapes={"erlang-bin": erlang_bin, "vb-chrw": vb_chrw},
    unescapes={"erlang-bin": _from_erlang_bin, "vb-chrw": _from_vb_chrw},
    lines={"is_street": _is_street, "is_block": _is_block, "is_farm": _is_farm, "tw_en": _tw_en, "tw_block": _tw_block,
           "tw_zh": _tw_zh, "dag_city": _dag_city, "dag_derbent": _dag_derbent, "dag_village": _dag_village,
           "vn_ru": _vn_ru, "vn_latin": _vn_latin, "vn_block": _vn_block},
    people={"en": ("is_IS", "zh_TW"), "ru": ("vi_VN",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["the keyholder's number is {v}, takk",
                         "my host mother's phone, {v}, she speaks a little English",
                         "the alarm went off, call me back on {v}",
                         "my Taiwan number is {v}, the Line is the same",
                         "the client who owns the warehouse, {v}",
                         "jæja, write it down, {v}",
                         "the student's emergency contact is {v}",
                         "my number in ⟦Akureyri|LOCATION⟧ is {v}, the summer house has none",
                         "the guard on patrol carries {v}",
                         "okay okay, my phone is {v}, hao",
                         "the host father's mobile, he said, {v}",
                         "for the false alarm report ring {v}"],
                  "ru": ["мой вьетнамский номер {v}, камон",
                         "водитель продиктовал {v}, он на Гранте",
                         "звоните на {v}, я в ⟦Дербенте|LOCATION⟧ до субботы",
                         "номер воспитательницы {v}",
                         "пассажир оставил {v}, просил перезвонить",
                         "мой номер {v}, баркала",
                         "диспетчерская, значит, {v}",
                         "номер в ⟦Нячанге|LOCATION⟧ у меня {v}, зало там же",
                         "запиши, брат, {v}, это дяди",
                         "диктую, {v}, это мамы Алишки"]},
        "email": {"en": ["the monitoring centre's email is {v}",
                         "send the host family form to {v}",
                         "the student spelled her email, {v}",
                         "my email, {v}, takk fyrir",
                         "the invoice for the alarm goes to {v}",
                         "the placement officer's email is {v}",
                         "email the visa letter to {v}, xie xie",
                         "the keyholder's email on the contract, {v}"],
                  "ru": ["почта диспетчерской {v}",
                         "мама воспитанника назвала почту {v}",
                         "мой имейл {v}, баркала",
                         "пишите на {v}, я на линии до ночи",
                         "почта садика в ⟦Махачкале|LOCATION⟧ {v}",
                         "договор аренды шлите на {v}",
                         "почта водителя {v}, для штрафов",
                         "мейл для чеков за садик {v}"]},
        "dob": {"en": ["I was born {v} in ⟦Ísafjörður|LOCATION⟧",
                       "the student was born {v}, so she is under eighteen",
                       "date of birth of the keyholder, {v}",
                       "my son was born {v} in ⟦Tainan|LOCATION⟧",
                       "she was born {v}, same as my sister, haha",
                       "my amma was born {v} on a farm in the north",
                       "the host father said he was born {v}",
                       "born {v} at ⟦Landspítali|ORGANIZATION⟧"],
                "ru": ["я родилась {v} в ⟦Хасавюрте|LOCATION⟧",
                       "сын родился {v}, он в старшей группе",
                       "дочка родилась {v}, уже в ⟦Дананге|LOCATION⟧",
                       "водитель родился {v}, так и в правах",
                       "бабушка родилась {v}, в горном ауле",
                       "родился {v}, пишите в анкету на визу",
                       "у младшего день рождения {v}",
                       "дедушка родился {v}, в ⟦Хунзахе|LOCATION⟧"]},
        "fillers": {"en": ["jæja", "sko", "heyrðu", "sem sagt", "ha", "já já", "hao hao", "dui dui dui", "ei", "zhe ge",
                           "wait wait, ah", "how to say"],
                    "ru": ["вот ваще", "сабур, сабур", "ну, ле", "вай, подожди", "да, брат", "ừ", "вэнг, вэнг",
                           "секундочку, кхонг", "там, это самое"]},
        "digit_sep": {"en": [" ... [alarm beeping] ... ", " -- jæja -- ", " [scooter passes] "],
                      "ru": [" ... [рация такси] ... ", " -- сабур -- ", " [дети кричат] "]},
        "email_at": {"en": [" at, the little mouse, ", " [at, hao] ", " the at, jæja, "],
                     "ru": [" собачка, брат, ", " (эт, ну) ", " a còng "]},
        "email_dot": {"en": [" dot, sko, ", " (period, sko) ", " punktur "],
                      "ru": [" точка, ле, ", " (точечка) ", " chấm "]},
        "spell": {"en": [", one by one, ", " ... [dog barks] ... "], "ru": [", раздельно, ", " -- по буквам -- "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("kennitala", "GOV_ID", "kennitala"), ("kt.", "GOV_ID", "kennitala"), ("kennitala (host):", "GOV_ID", "kennitala"),
                        ("Icelandic ID no.", "GOV_ID", "kennitala"), ("bank account (IS)", "IBAN", "is_iban"),
                        ("reikningur:", "IBAN", "is_iban"), ("Icelandic passport", "GOV_ID", "is_passport"),
                        ("passport no. (IS):", "GOV_ID", "is_passport"), ("Taiwan ID", "GOV_ID", "tw_id"),
                        ("身分證字號", "GOV_ID", "tw_id"), ("national ID (TW):", "GOV_ID", "tw_id"),
                        ("ARC no.", "GOV_ID", "tw_arc"), ("UI number (ARC):", "GOV_ID", "tw_arc"), ("resident certificate", "GOV_ID", "tw_arc"),
                        ("NHI card", "OTHER", "tw_nhi"), ("health card no. (TW):", "OTHER", "tw_nhi"),
                        ("GSM (IS)", "PHONE", "phone_is"), ("farsími:", "PHONE", "phone_is"), ("keyholder mobile", "PHONE", "phone_is"),
                        ("cell (TW)", "PHONE", "phone_tw"), ("手機:", "PHONE", "phone_tw"),
                        ("host family tel", "PHONE", "phone_fmt"), ("2nd keyholder tel.", "PHONE", "phone_sep"),
                        ("DOB (ROC)", "DATE_OF_BIRTH", "roc_dob"), ("出生日期:", "DATE_OF_BIRTH", "roc_dob"),
                        ("student's DOB", "DATE_OF_BIRTH", "dob_slash"), ("keyholder born", "DATE_OF_BIRTH", "dob_month"),
                        ("birth date (passport):", "DATE_OF_BIRTH", "dob_iso"), ("host's date of birth", "DATE_OF_BIRTH", "dob_us"),
                        ("alarm account", "OTHER", "alarm_acct"), ("monitoring acct:", "OTHER", "alarm_acct"),
                        ("student no.", "OTHER", "student"), ("enrolment no.:", "OTHER", "student"),
                        ("disarm code", "SECRET", "pin4"), ("duress code:", "SECRET", "pin4"),
                        ("app password for the panel", "SECRET", "password")],
                 "ru": [("CCCD", "GOV_ID", "cccd"), ("кан кыок:", "GOV_ID", "cccd"), ("вьетнамское удостоверение", "GOV_ID", "cccd"),
                        ("ID жены (VN)", "GOV_ID", "cccd"), ("карта резидента (VN)", "GOV_ID", "vn_trc"),
                        ("thẻ tạm trú:", "GOV_ID", "vn_trc"), ("вьетнамский номер", "PHONE", "phone_vn"),
                        ("зало:", "PHONE", "phone_vn"), ("тел. арендодателя (VN)", "PHONE", "phone_vn"),
                        ("тел. диспетчера", "PHONE", "phone_sep"), ("номер пассажира", "PHONE", "phone_fmt"),
                        ("полис ОСАГО", "OTHER", "osago"), ("ОСАГО водителя:", "OTHER", "osago"), ("страховка на машину", "OTHER", "osago"),
                        ("СТС", "OTHER", "sts"), ("техпаспорт:", "OTHER", "sts"), ("разрешение на такси", "OTHER", "taxi_permit"),
                        ("лицензия такси:", "OTHER", "taxi_permit"), ("договор с садиком", "OTHER", "sad_contract"),
                        ("номер договора (сад):", "OTHER", "sad_contract"), ("заказ в диспетчерской", "OTHER", "order_taxi"),
                        ("права водителя", "GOV_ID", "vu_ru"), ("ВУ:", "GOV_ID", "vu_ru"), ("паспорт мамы ребёнка", "GOV_ID", "passport_ru"),
                        ("паспорт водителя №", "GOV_ID", "passport_no"), ("загран мужа", "GOV_ID", "zagran"),
                        ("СНИЛС ребёнка", "GOV_ID", "snils"), ("ИНН водителя", "GOV_ID", "inn"), ("ОМС воспитанника", "OTHER", "digits16"),
                        ("д/р ребёнка:", "DATE_OF_BIRTH", "dob_dots"), ("водитель родился", "DATE_OF_BIRTH", "dob_month"),
                        ("код от калитки садика", "SECRET", "pin4"), ("пароль от водительского приложения", "SECRET", "password")]},
        "carriers": {"en": ["Alarm log: {v}", "{v} (per the host form)", "enrolment sheet - {v}", "{v}, takk",
                            "on the monitoring contract: {v}", "{v}, xie xie", "the keyholder gave {v}",
                            "for the homestay file: {v}", "Field 4 of the form: {v}"],
                     "ru": ["в анкете садика: {v}", "{v}, камон", "в карточке водителя {v}", "{v} (со слов бабушки)",
                            "для визарана: {v}", "{v}, баркала", "отправила в ватсап {v}", "в заявлении на сад: {v}",
                            "для продления визы: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow our alarm company on Insta, {v}", "tag {v} in the homestay group", "the guard {v} posted a photo",
                      "my Threads is {v}, takk", "DM {v} for a trial lesson", "I'm {v} on Line and IG"],
               "ru": ["наш садик в инсте {v}", "отметь {v} в чате водителей", "{v} в телеге, она воспитатель",
                      "старший диспетчер в телеге {v}", "ник в чате русских в ⟦Нячанге|LOCATION⟧ {v}", "пишите {v}, он таксист"]},
        "url": {"en": ["my study-abroad vlog is {v}", "the security company's page is {v}", "our homestay blog {v}",
                       "the Mandarin tips I use, {v}", "my page, jæja, {v}", "see this {v}, hao"],
                "ru": ["мой канал про ⟦Вьетнам|LOCATION⟧ {v}", "фото с утренника на {v}", "страница садика {v}",
                       "мой блог про ⟦Дагестан|LOCATION⟧ {v}", "отзывы о такси: {v}", "вот сюда глянь {v}"]},
        "url_layouts": {"any": ["https://{site}?fbclid=IwAR0x", "{site} ↑", "https://{site}?hl=zh-TW",
                                "[{site}] takk"]},
        "ssh": {"any": ["ssh -tt {v}", "ssh -A -p 22022 {v}", "scp panel-log.txt {v}:/var/alarm/",
                        "sftp -P 2223 -b batch.txt {v}"]},
        "remote": {"any": ["git clone --single-branch https://codeberg.org/{v}.git", "git remote add school git@github.com:{v}.git",
                           "pip install git+https://github.com/{v}.git@main", "yarn add git+ssh://git@github.com/{v}.git"]},
        "registry": {"any": ["docker pull {v}:alpine", "FROM ghcr.io/{v}:noble",
                             "docker run -it quay.io/{v}:edge", "helm install alarm oci://registry-1.docker.io/{v}"]},
        "home": {"any": ["/home/{v}/alarms/", "C:\\Users\\{v}\\Desktop\\Homestay\\", "/Users/{v}/Downloads/school/",
                         "/srv/home/{v}/taxi/"]},
        "tool": {"en": ["the monitoring PC froze on {v}", "the technician said type {v}", "it got stuck at {v}, jæja",
                        "put {v} in the school group"],
                 "ru": ["племяш запускал {v}, брат", "программист из ⟦Дананга|LOCATION⟧ сказал ввести {v}",
                        "всё стало на {v}, брат", "кинула {v} в чат садика"]},
        "mention": {"en": ["{h} takk takk!", "{h} xie xie!", "{h} can you check the zone 3 alarm?", "{h}: done, hao",
                           "thanks {h}, jæja", "{h} haha really"],
                    "ru": ["{h}, камон!", "{h} баркала", "{h}, скинь меню садика", "{h}: понял, брат",
                           "спасибо, {h}, сабур", "{h} вай, ну ты даёшь"]},
    },
    4: {
        "url": {"en": ["the alarm app link had ?{k}={v}&site=home", "the homestay form prefilled {k}={v}",
                       "the school's SMS link carried {k}={v}&ref=line", "POST /students/search?{k}={v} 201"],
                "ru": ["ссылка на заказ такси ?{k}={v}&city=mkh", "в ссылке на запись в садик {k}={v}",
                       "в переходе из зало {k}={v}&src=zalo", "в логе диспетчерской: GET /drivers?{k}={v}"]},
        "markup": {"en": ["the alarm invoice HTML has <div data-field=\"{k}\">{v}</div>",
                          "the enrolment letter template reads <i>{v}</i>",
                          "the host form has <option value=\"{k}\">{v}</option>"],
                   "ru": ["в HTML квитанции садика <div data-field=\"{k}\">{v}</div>",
                          "в шаблоне путевого листа <i>{v}</i>",
                          "в форме водителя <option value=\"{k}\">{v}</option>"]},
        "prose": {"en": ["the LINE Pay receipt shows the payer as {v}", "the key tag says {v}",
                         "the homestay contract is in the name of {v}", "the patrol report reads {v}"],
                  "ru": ["в приложении ⟦Vietcombank|ORGANIZATION⟧ получатель {v}", "на шкафчике ребёнка {v}",
                         "в путевом листе {v}", "в договоре аренды кондо {v}"]},
        "escapes": {"erlang-bin": {"en": ["the chat server's log has the student as {v}",
                                          "the alarm gateway's shell printed the user as {v}",
                                          "the Elixir app's crash report shows the client as {v}"],
                                   "ru": ["в логе сервера такси пассажир {v}",
                                          "в отчёте об ошибке приложения садика имя как {v}",
                                          "консоль чат-бота диспетчерской вывела {v}"]},
                    "vb-chrw": {"en": ["the Excel macro for the guard rota builds the name as {v}",
                                       "the old VB6 panel program writes the owner as {v}",
                                       "the homestay spreadsheet's macro has {v}"],
                                "ru": ["в макросе табеля садика фамилия собирается как {v}",
                                       "в экселе диспетчерской макрос пишет {v}",
                                       "в старой программе на бейсике водитель {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the alarm is at {v}", "my host family lives at {v}",
                        "send the patrol to {v}, the back door", "the student moved to {v}", "the school office is at {v}",
                        "monitored premises: {v}"],
                 "ru": ["адрес подачи: {v}, у шлагбаума", "мы живём {v}, возле мечети", "садик находится {v}",
                        "везти на {v}", "я снимаю кондо {v}", "пассажир едет с {v}"]},
        "block": {"en": ["Monitored site:\n{v}", "Host family\n{v}\n(ring twice)",
                         "Invoice address:\n{v}\nattn. accounts", "Send the keys to -\n{v}"],
                  "ru": ["Адрес для визарана:\n{v}", "Подача\n{v}\n(позвонить за 5 минут)",
                         "Адрес ребёнка:\n{v}\nзабирает бабушка", "Куда отвезти -\n{v}"]},
        "layouts": {"en": ["is_street", "is_block", "is_farm", "tw_en", "tw_block", "tw_zh"],
                    "ru": ["dag_city", "dag_derbent", "dag_village", "vn_ru", "vn_latin", "vn_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Keyholder: {v}", "Host mother: {v}", "Student (homestay): {v}", "the guard {v} is on nights",
                        "the caller said his name is {v}", "Patrol officer: {v}", "the panel was armed by {v}",
                        "Emergency contact (student): {v}"],
                 "ru": ["Таксист: {v}", "Воспитатель: {v}", "диспетчер {v} приняла заказ",
                        "ребёнок — {v}", "Пассажир: {v}", "звонила {v} насчёт утренника",
                        "Заведующая: {v}"]},
        "kin": {"en": [("my amma", "f"), ("my afi", "m"), ("my frænka", "f"), ("my frændi", "m"), ("my a-ma", "f"),
                       ("my a-gong", "m"), ("my ayi", "f"), ("my shushu", "m"), ("my host dad", "m"), ("my patrol partner", "m")],
                "ru": [("моя баба из аула", "f"), ("мой дада", "m"), ("мой дядя с гор", "m"), ("моя тётя из ⟦Дербента|LOCATION⟧", "f"),
                       ("моя няня-вьетнамка", "f"), ("мой тесть из ⟦Буйнакска|LOCATION⟧", "m"), ("мой сменщик", "m"),
                       ("моя заведующая", "f"), ("мой напарник по такси", "m")]},
        "kin_carriers": {"en": ["{v} will reset the alarm", "{v} is paying for the course",
                                "{v} flies in from ⟦Taipei|LOCATION⟧", "{v} will pick up the student",
                                "{v} has the spare keys", "{v} is driving to ⟦Selfoss|LOCATION⟧"],
                         "ru": ["{v} заберёт ребёнка", "{v} прилетит из ⟦Хошимина|LOCATION⟧", "{v} везёт пассажиров в аэропорт",
                                "{v} сидит на диспетчерской", "{v} передаёт салам из ⟦Каспийска|LOCATION⟧", "{v} продлит визу"]},
        "wordnames": {"en": {"f": ["Snow", "Plum", "Orchid", "Lotus", "Spring", "Rainbow"],
                             "m": ["Stone", "Thunder", "Hero", "Rock", "Dragon", "Ocean"]},
                      "ru": {"f": ["Ласточка", "Мадина", "Лан"], "m": ["Руслан", "Шамиль", "Орёл"]}},
        "list": {"en": ["Keyholders:\n{v}", "Homestay placements\n{v}", "Guards on duty:\n{v}",
                        "| Student | Host |\n|---|---|\n{v}"],
                 "ru": ["Водители на линии:\n{v}", "Не оплатили садик\n{v}", "Старшая группа:\n{v}",
                        "| Ребёнок | Группа |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - placed", "* {v} (keys)", "{v} [guard]", "| {v} | A4 |"]},
        "broken": {"en": ["the incident report was signed by the patrol officer {v} after midnight",
                          "the placement was confirmed by the homestay officer {v} on Monday"],
                   "ru": ["справку выдала заведующая {v}", "путевой лист подписал диспетчер {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the alarm panel reports from {v}", "the monitoring centre's router is {v}",
                      "whitelist {v} on the school firewall", "the camera at the gate uploads from {v}",
                      "the panel dropped {v} at night", "my IP, hao, is {v}"],
               "ru": ["вход в кабинет садика с {v}", "роутер диспетчерской {v}", "айпи сайта такси {v}",
                      "непонятный вход с {v}", "разблокируйте {v}, брат", "мой айпишник {v}, камон"]},
        "iban": {"en": ["refund the course deposit to {v}", "my account at home is {v}", "the alarm company's IBAN is {v}",
                        "the host family is paid to {v}"],
                 "ru": ["за садик переводите на {v}", "мой счёт в ⟦Тинькофф|ORGANIZATION⟧ {v}", "аванс водителю на IBAN {v}",
                        "за аренду кондо на {v}"]},
        "mac": {"en": ["the alarm panel's MAC is {v}", "the gate camera's MAC {v}", "add {v} to the homestay Wi-Fi",
                       "the school AP logged {v}"],
                "ru": ["MAC планшета таксиста {v}", "MAC камеры в группе {v}", "добавь {v} в роутер, брат",
                       "роутер в садике блокирует {v}"]},
        "card": {"en": ["the card on the monitoring contract is {v}", "charge {v} for the course", "the host paid with {v}",
                        "the student read the card as {v}"],
                 "ru": ["карта для оплаты садика {v}", "номер карты таксиста {v}", "переведи на карту {v}, баркала",
                        "карта {v}, украли в ⟦Нячанге|LOCATION⟧, блокните"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Góðan dag, I'm {v}", "Name of the keyholder: {v}"],
                         "GOV_ID": ["my driving licence from home is {v}", "licence no. (overseas): {v}"],
                         "USERNAME": ["my username on the alarm app is {v}", "school portal user: {v}"]},
                  "ru": {"PERSON": ["Салам алейкум, это {v}", "ФИО таксиста: {v}"],
                         "GOV_ID": ["паспорт РФ водителя {v}", "паспорт папы воспитанника {v}"],
                         "USERNAME": ["мой логин в приложении такси {v}", "логин в чате садика: {v}"]}},
        "later": {"en": ["about the keyholder {v} again", "no answer from {v} so far", "{v} came to the office", "following up {v}, jæja",
                         "(student {v})"],
                  "ru": ["по таксисту {v}", "{v} опять звонила насчёт сада", "напоминаю про ребёнка {v}", "(см. выше про заказ: {v})",
                         "{v}, ответьте, брат"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the sensor order {v} is delayed", "the textbook order {v} came wrong",
                     "the ⟦Shopee|ORGANIZATION⟧ order {v} arrived"],
              "ru": ["заказ {v} на ⟦Wildberries|ORGANIZATION⟧ для садика", "заказ формы {v} для утренника", "отмена по заказу {v}, брат"]},
    "price": {"en": ["the monthly monitoring is {v}", "the course comes to {v}", "the callout fee is {v}"],
              "ru": ["садик в месяц {v}", "поездка в аэропорт {v}", "кондо в ⟦Нячанге|LOCATION⟧ {v} в месяц"]},
    "timestamp": {"en": ["the alarm tripped {v}", "the patrol arrived {v}", "class starts {v}"],
                  "ru": ["подача в {v}", "утренник в {v}", "тихий час до {v}"]},
    "version": {"en": ["the alarm app {v} won't open", "the panel firmware {v}", "since the {v} update of the school app"],
                "ru": ["приложение такси {v}", "версия программы садика {v}", "после апдейта {v} водитель не видит заказы"]},
    "room": {"en": ["the class is in room {v}", "the control room is {v}", "the student is in dorm room {v}"],
             "ru": ["группа в кабинете {v}", "диспетчерская, комната {v}", "номер в отеле в ⟦Дананге|LOCATION⟧ {v}"]},
    "flight": {"en": ["my flight to ⟦Keflavík|LOCATION⟧ is {v}", "the student lands on {v}", "the host's parcel went on {v}"],
               "ru": ["летим в ⟦Камрань|LOCATION⟧ рейсом {v}", "{v} задержали, вай", "встречай с {v} в ⟦Махачкале|LOCATION⟧"]},
    "isbn": {"en": ["the Mandarin textbook is ISBN {v}", "the alarm installer guide, ISBN {v}", "ISBN {v}, the Icelandic course book"],
             "ru": ["разговорник ISBN {v}", "ISBN {v}, книжка для садика", "ISBN {v}, вьетнамский для начинающих"]},
    "doc-ip": {"en": ["the panel manual shows {v}", "the camera guide's example is {v}", "the school network sheet has {v}"],
               "ru": ["в мануале к терминалу такси {v}", "в примере настройки роутера садика {v}", "в схеме сети диспетчерской {v}"]},
    "spoken-date": {"en": ["the alarm service is due {v}", "term begins {v}", "the inspection is on {v}"],
                    "ru": ["утренник перенесли на {v}", "рейс на {v}", "выпускной на {v}"]},
    "kinship-verb": {"en": ["my afi {v} fix it", "my host dad {v} drive you", "my ayi {v} bring the keys"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Takk, written down.", "Okay, the keyholder list is updated.", "Hao, saved.", "Right, will send a guard.",
                        "Thanks, the homestay file is updated.", "Jæja, done."],
                 "ru": ["Камон, записала.", "Хорошо, поправила в договоре.", "Баркала, внесла.", "Понял, передам водителю.",
                        "Спасибо, карточку ребёнка обновила.", "Ок, брат, готово."]}
