"""The bank of ``tune9``, the ninth pair's tune set, and the code that is its own.

Its writers: Zambian English (Lusaka, the Copperbelt towns, Bemba and Nyanja words) and Fijian
English (Suva, Nadi, Lautoka, Labasa and the villages; Fijian and Fiji Hindi words), school
bursars with the parents who pay the fees, and mobile-phone repair shops with their customers;
in Russian, speakers in Azerbaijan (Baku, Sumgait, Ganja and the villages, Azerbaijani words)
and Russian speakers who moved to Serbia (Belgrade, Novi Sad; Serbian words in Russian
sentences), home bakers taking cake orders, and driving schools with their students. Its own
shapes (each with the check a reader runs where the id has one), address layouts, two escapes
of family 4 and the locales of its writers' names are in :data:`OWN`; ``bench/gen/banks.py``
takes :data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here. Written from memory, not
from a specification: the layout of the Zambian NRC (six digits, the district, the
citizenship digit), of the Zambian TPIN, NAPSA number and passport, of Fiji's TIN and FNPF
number, of the Azerbaijani FIN, identity card and VÖEN, of the Serbian foreigner's number (the
JMBG's layout and check assumed), the Azerbaijani banks' codes, the Zambian, Azerbaijani and
Serbian post codes (none with a check written but those below). The JMBG's check (weights 7 6
5 4 3 2 twice, eleven less the sum modulo 11, 0 for 10 and 11), the Serbian account's two
check digits (98 less the number times 100 modulo 97), the IMEI's Luhn digit and the IBAN's
check are as published.
"""

from __future__ import annotations

import re
from datetime import date

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values, luhn_digit, luhn_ok

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Zambia (Airtel, MTN, Zamtel) and Fiji (Vodafone, Digicel)
MOBILES = (("ZM", ("097", "096", "095", "077", "076"), 7, (4, 3, 3)),
           ("FJ", ("9", "7", "8"), 6, (3, 4)))
JMBG_W = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
FIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

def _nrc(v: Values, lang: str) -> str:
    """A Zambian NRC: six digits, the district of issue, the citizenship digit (1)."""
    return f"{v.digits(6)}/{v.rng.randint(10, 99)}/1"


def _tpin(v: Values, lang: str) -> str:
    return "1" + v.digits(9, False)


def _napsa(v: Values, lang: str) -> str:
    return v.digits(9)


def _zm_passport(v: Values, lang: str) -> str:
    return "ZN" + v.digits(6)


def _phone_zm(v: Values, lang: str) -> str:
    d = _valid("ZM", ("097", "096", "095", "077", "076"), 7, v)
    return v.rng.choice((f"+260 {d[1:3]} {d[3:]}", f"{d[:4]} {d[4:7]} {d[7:]}", f"{d[:3]}-{d[3:]}",
                         f"+260{d[1:]}", f"260 {d[1:4]} {d[4:]}"))


def _phone_fj(v: Values, lang: str) -> str:
    d = _valid("FJ", ("9", "7", "8"), 6, v)
    return v.rng.choice((f"+679 {d[:3]} {d[3:]}", f"{d[:3]} {d[3:]}", f"(679) {d[:3]}-{d[3:]}", f"679{d}"))


def _fj_tin(v: Values, lang: str) -> str:
    return v.rng.choice(("50", "10", "13")) + "-" + v.digits(5) + "-" + v.digits(1) + "-" + v.digits(1)


def _fnpf(v: Values, lang: str) -> str:
    return v.digits(v.rng.choice((6, 7)))


def _imei(v: Values, lang: str) -> str:
    """An IMEI: the type allocation code, the serial, the Luhn digit; grouped as the phone's
    own screen or the box writes it."""
    body = v.rng.choice(("35", "86", "01", "35")) + v.digits(12, False)
    d = body + luhn_digit(body)
    return v.rng.choice((d, f"{d[:2]}-{d[2:8]}-{d[8:14]}-{d[14]}", f"{d[:2]} {d[2:8]} {d[8:14]} {d[14]}",
                         f"{d[:8]}/{d[8:14]}/{d[14]}"))


def _imei_ok(text: str) -> bool:
    d = re.sub(r"[-/ ]", "", text)
    return len(d) == 15 and luhn_ok(d)


def _admission(v: Values, lang: str) -> str:
    return v.rng.choice((f"ADM/{v.rng.randint(2014, 2024)}/{v.digits(4, False)}",
                         f"{v.rng.choice(('LSS', 'SVC', 'QVS'))}-{v.digits(5)}"))


def _pin6(v: Values, lang: str) -> str:
    return v.digits(6, False)


def _jmbg(v: Values, lang: str) -> str:
    """A JMBG or a foreigner's EBS: the birth date DDMMYYY, the region (71 Belgrade, 80
    Novi Sad), three digits (000-499 men, 500-999 women), the check."""
    while True:
        y, m, d = v.birth()
        body = f"{d:02d}{m:02d}{y % 1000:03d}{v.rng.choice(('71', '72', '80', '81', '76'))}{v.digits(3, False)}"
        k = 11 - sum(int(c) * w for c, w in zip(body, JMBG_W)) % 11
        return body + str(0 if k > 9 else k)


def _jmbg_ok(text: str) -> bool:
    if not re.fullmatch(r"\d{13}", text):
        return False
    try:
        date(int(text[4:7]) + (1000 if text[4] == "9" else 2000), int(text[2:4]), int(text[:2]))
    except ValueError:
        return False
    k = 11 - sum(int(c) * w for c, w in zip(text, JMBG_W)) % 11
    return int(text[12]) == (0 if k > 9 else k)


def _rs_account(v: Values, lang: str) -> str:
    """A Serbian account: the bank (160 Banca Intesa, 205 NLB Komercijalna, 265 Raiffeisen, 170
    UniCredit), thirteen digits, two check digits."""
    bank, acc = v.rng.choice(("160", "205", "265", "170", "340")), v.digits(13, False)
    k = 98 - int(bank + acc) * 100 % 97
    return v.rng.choice((f"{bank}-{acc}-{k:02d}", f"{bank}{acc}{k:02d}", f"{bank}-{acc.lstrip('0')}-{k:02d}"))


def _rs_account_ok(text: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{1,13})-?(\d\d)", text)
    return bool(m) and (int(m[1] + m[2].zfill(13)) * 100 + int(m[3])) % 97 == 1


def _phone_rs(v: Values, lang: str) -> str:
    d = _valid("RS", ("060", "061", "062", "063", "064", "065", "066", "069"), 7, v)
    return v.rng.choice((f"{d[:3]}/{d[3:6]}-{d[6:]}", f"+381 {d[1:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:]}",
                         f"+381{d[1:]}", f"{d[:3]}/{d[3:]}"))


def _phone_az(v: Values, lang: str) -> str:
    d = _valid("AZ", ("050", "051", "055", "070", "077", "099", "010"), 7, v)
    return v.rng.choice((f"+994 {d[1:3]} {d[3:6]} {d[6:8]} {d[8:]}", f"{d[:3]} {d[3:6]} {d[6:8]} {d[8:]}",
                         f"({d[:3]}) {d[3:6]}-{d[6:8]}-{d[8:]}", f"+994{d[1:]}"))


def _az_fin(v: Values, lang: str) -> str:
    """The Azerbaijani FIN: seven letters and digits on the identity card."""
    return "".join(v.rng.choice(FIN_CHARS) for _ in range(7))


def _az_id(v: Values, lang: str) -> str:
    return v.rng.choice((f"AZE{v.digits(8, False)}", f"AA{v.digits(7, False)}", f"AZE {v.digits(8, False)}"))


def _voen(v: Values, lang: str) -> str:
    return v.digits(9) + v.rng.choice("12")


def _iban_ok(text: str) -> bool:
    s = text.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def _az_iban(v: Values, lang: str) -> str:
    """An Azerbaijani account: AZ, the check, the bank's four letters (PASHA PAHA, Kapital AIIB,
    the International Bank IBAZ), twenty digits."""
    bban = v.rng.choice(("PAHA", "AIIB", "IBAZ", "NABZ")) + v.digits(20, False)
    number = "".join(str(int(c, 36)) for c in bban + "AZ00")
    iban = f"AZ{98 - int(number) % 97:02d}{bban}"
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if v.rng.random() < 0.5 else iban


def _student(v: Values, lang: str) -> str:
    return v.rng.choice((f"{v.rng.randint(1, 48)}-{v.digits(3)}", f"К-{v.digits(4)}"))


# -- family 4: escapes ------------------------------------------------------------------------

def hex_dump(text: str) -> str:
    """A name as a hex viewer or a serial terminal's log shows a record: its UTF-8 bytes as
    spaced hex pairs, ``5A 6F C3 A9``."""
    return " ".join(f"{b:02X}" for b in text.encode("utf-8"))


def _from_hex_dump(text: str) -> str:
    return bytes.fromhex(text).decode("utf-8")


def ooxml_x(text: str) -> str:
    """A name as an Office Open XML file stores characters its part cannot hold: ``_x0418_``."""
    return "".join(c if ord(c) < 128 else f"_x{ord(c):04X}_" for c in text)


def _from_ooxml_x(text: str) -> str:
    return re.sub(r"_x([0-9A-F]{4})_", lambda m: chr(int(m[1], 16)), text)


# -- family 5: address layouts ----------------------------------------------------------------

ZM_PLOTS = (("Kudu Road", "Kabulonga", "Lusaka", "10101"), ("Lukasu Road", "Rhodes Park", "Lusaka", "10101"),
            ("Mosi-o-Tunya Road", "Woodlands", "Lusaka", "10101"), ("Chindo Road", "Kabulonga", "Lusaka", "10101"),
            ("Buteko Avenue", "Northrise", "Ndola", "10101"), ("Freedom Avenue", "Parklands", "Kitwe", "50100"),
            ("Kabompo Road", "Riverside", "Kitwe", "50100"))
ZM_COMPOUNDS = (("Chilenje South", "Lusaka"), ("Matero", "Lusaka"), ("Kalingalinga", "Lusaka"),
                ("Chimwemwe", "Kitwe"), ("Nkana East", "Kitwe"), ("Kansenshi", "Ndola"), ("Chipata Compound", "Lusaka"),
                ("Wusakile", "Kitwe"))
ZM_BOXES = (("Ridgeway", "Lusaka", "10101"), ("Manda Hill", "Lusaka", "10101"), ("Kalulushi", "Copperbelt", "10101"),
            ("Kitwe", "Copperbelt", "50100"), ("Livingstone", "Southern Province", "10101"))
FJ_LOTS = (("Ratu Mara Road", "Samabula", "Suva"), ("Princes Road", "Tamavua", "Suva"),
           ("Queens Road", "Martintar", "Nadi"), ("Vitogo Parade", "Drasa", "Lautoka"),
           ("Nasekula Road", "Vunimoli", "Labasa"), ("Grantham Road", "Raiwaqa", "Suva"))
FJ_VILLAGES = (("Naivicula", "Wainibuka", "Tailevu"), ("Namuka", "Dreketi", "Macuata"),
               ("Nabou", "Nadroga", "Nadroga-Navosa"), ("Vunidogoloa", "Cakaudrove", "Cakaudrove"),
               ("Navatusila", "Nadarivatu", "Nadroga-Navosa"))
FJ_SETTLEMENTS = ("Waiqele Settlement", "Tavakubu Settlement", "Koronubu Settlement", "Varadoli Settlement")


def _zm_plot(v: Values) -> list[str]:
    """Zambia: the plot number (now and then with its subdivision), the road, the area, the
    town and the post code."""
    r = v.rng
    road, area, town, code = r.choice(ZM_PLOTS)
    plot = r.choice((f"Plot {r.randint(10, 9999)}", f"Plot No. {r.randint(100, 9999)}/{r.choice('AMB')}",
                     f"Stand {r.randint(100, 9999)}"))
    return [f"{plot}, {road}, {area}, {town} {code}" if r.random() < 0.5 else f"{plot} {road} {area} {town}"]


def _zm_house(v: Values) -> list[str]:
    """A compound or mine township: the house number and the township, the town; no code."""
    r = v.rng
    area, town = r.choice(ZM_COMPOUNDS)
    return [r.choice((f"House No. {r.randint(1, 4999)}, {area}, {town}", f"H/No {r.randint(1, 4999)} {area}, {town}",
                      f"{r.randint(1, 40)}th Street, House {r.randint(1, 99)}, {area}, {town}"))]


def _zm_box(v: Values) -> list[str]:
    r = v.rng
    area, town, code = r.choice(ZM_BOXES)
    return [f"P.O. Box {r.randint(30000, 59999)}", f"{area}", f"{town} {code}" if r.random() < 0.5 else town]


def _fj_lot(v: Values) -> list[str]:
    """Fiji: Lot and its number, the road, the suburb and the town; Fiji has no post codes."""
    r = v.rng
    road, suburb, town = r.choice(FJ_LOTS)
    return [f"Lot {r.randint(1, 120)} {road}, {suburb}, {town}" if r.random() < 0.5
            else f"Lot {r.randint(1, 120)}, {road}, {suburb}, {town}"]


def _fj_village(v: Values) -> list[str]:
    """A village: the village, the district and the province; a settlement and the town."""
    r = v.rng
    if r.random() < 0.6:
        village, district, province = r.choice(FJ_VILLAGES)
        return [f"{village} Village, {district}, {province}"]
    return [f"{r.choice(FJ_SETTLEMENTS)}, {r.choice(('Labasa', 'Nausori', 'Ba', 'Sigatoka'))}"]


def _fj_box(v: Values) -> list[str]:
    r = v.rng
    town = r.choice(("Suva", "Nadi", "Lautoka", "Labasa", "Nausori"))
    first = r.choice((f"P O Box {r.randint(100, 9999)}", "Private Mail Bag", f"GPO Box {r.randint(100, 1999)}"))
    return [first, town, "Fiji Islands" if r.random() < 0.5 else "Fiji"]


AZ_CITY = (("Насиминский р-н", "ул. Самеда Вургуна", "AZ1000"), ("Ясамальский р-н", "пр. Гусейн Джавида", "AZ1073"),
           ("Хатаинский р-н", "ул. Бабека", "AZ1025"), ("Наримановский р-н", "ул. Ататюрка", "AZ1069"),
           ("Бинагадинский р-н", "8-й мкр.", "AZ1106"), ("Сабаильский р-н", "ул. Истиглалият", "AZ1001"))
AZ_LATIN = (("Yasamal r.", "Şərifzadə küç.", "AZ1063"), ("Nəsimi r.", "Nizami küç.", "AZ1010"),
            ("Xətai r.", "Babək pr.", "AZ1025"), ("Nərimanov r.", "Təbriz küç.", "AZ1052"))
AZ_VILLAGES = (("Губинский р-н", "с. Кюснет"), ("Шекинский р-н", "с. Баш Лайски"), ("Гахский р-н", "с. Илису"),
               ("Исмаиллинский р-н", "пос. Лагич"), ("Масаллинский р-н", "с. Аркиван"))
RS_STREETS = (("Njegoševa", "11000", "Beograd"), ("Bulevar oslobođenja", "21000", "Novi Sad"),
              ("Jurija Gagarina", "11070", "Novi Beograd"), ("Kralja Petra", "11000", "Beograd"),
              ("Futoška", "21000", "Novi Sad"), ("Maksima Gorkog", "11000", "Beograd"))
RS_CYR = (("Ђорђа Станојевића", "11070", "Нови Београд"), ("Булевар ослобођења", "21000", "Нови Сад"),
          ("Булевар краља Александра", "11000", "Београд"), ("Цара Душана", "21000", "Нови Сад"),
          ("Устаничка", "11050", "Београд"))
RS_RU = (("Белград", "Врачар", "ул. Негошева"), ("Белград", "Звездара", "бульвар короля Александра"),
         ("Нови-Сад", "Лиман", "бульвар Освобождения"), ("Нови-Сад", "Грбавица", "ул. Футошка"),
         ("Белград", "Земун", "ул. Главна"))


def _az_city(v: Values) -> list[str]:
    """Baku: the city, the district, the street, house and flat, the index AZ and four digits."""
    r = v.rng
    district, street, code = r.choice(AZ_CITY)
    return [f"г. Баку, {district}, {street}, д. {r.randint(1, 180)}, кв. {r.randint(1, 120)}, {code}"]


def _az_latin(v: Values) -> list[str]:
    """Baku in Azerbaijani as the post writes it: şəh., r., küç., ev and mənzil, the index."""
    r = v.rng
    district, street, code = r.choice(AZ_LATIN)
    return [f"{code}, Bakı şəh., {district}, {street} {r.randint(1, 150)}, mənzil {r.randint(1, 90)}"
            if r.random() < 0.5 else f"Bakı, {street}, ev {r.randint(1, 150)}, mən. {r.randint(1, 90)}, {code}"]


def _az_village(v: Values) -> list[str]:
    r = v.rng
    district, village = r.choice(AZ_VILLAGES)
    return [f"Азербайджан, {district}, {village}, ул. {r.choice(('Низами', 'Физули', 'Сабира'))}, {r.randint(1, 90)}"]


def _rs_latin(v: Values) -> list[str]:
    """Serbia: the street and number with the flat after a slash, the post code and town."""
    r = v.rng
    street, code, town = r.choice(RS_STREETS)
    flat = r.choice((f"/{r.randint(1, 40)}", f", stan {r.randint(1, 40)}", f"/{r.randint(1, 9)}/{r.randint(1, 40)}"))
    return [f"{street} {r.randint(1, 120)}{flat}, {code} {town}"]


def _rs_cyr(v: Values) -> list[str]:
    """A letter's block in Serbian Cyrillic: street and number/flat, the code and town, Serbia."""
    r = v.rng
    street, code, town = r.choice(RS_CYR)
    return [f"{street} {r.randint(1, 120)}/{r.randint(1, 40)}", f"{code} {town}", "Србија"]


def _rs_ru(v: Values) -> list[str]:
    r = v.rng
    town, district, street = r.choice(RS_RU)
    return [f"{town}, {district}, {street}, {r.randint(1, 120)}, стан {r.randint(1, 40)}"
            if r.random() < 0.5 else f"{town}, {street} {r.randint(1, 120)}, кв. {r.randint(1, 40)}, {district}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"nrc": _nrc, "tpin": _tpin, "napsa": _napsa, "zm_passport": _zm_passport, "phone_zm": _phone_zm,
            "phone_fj": _phone_fj, "fj_tin": _fj_tin, "fnpf": _fnpf, "imei": _imei, "admission": _admission,
            "pin6": _pin6, "jmbg": _jmbg, "rs_account": _rs_account, "phone_rs": _phone_rs, "phone_az": _phone_az,
            "az_fin": _az_fin, "az_id": _az_id, "voen": _voen, "az_iban": _az_iban, "student": _student},
    checks={"imei": _imei_ok, "jmbg": _jmbg_ok, "rs_account": _rs_account_ok, "az_iban": _iban_ok,
            "phone_zm": _dials("ZM"), "phone_fj": _dials("FJ"), "phone_rs": _dials("RS"), "phone_az": _dials("AZ"),
            "nrc": lambda s: re.fullmatch(r"[1-9]\d{5}/\d\d/1", s) is not None,
            "az_fin": lambda s: re.fullmatch(r"[0-9A-HJ-NP-Z]{7}", s) is not None},
    escapes={"hex-dump": hex_dump, "ooxml-x": ooxml_x},
    unescapes={"hex-dump": _from_hex_dump, "ooxml-x": _from_ooxml_x},
    lines={"zm_plot": _zm_plot, "zm_house": _zm_house, "zm_box": _zm_box, "fj_lot": _fj_lot,
           "fj_village": _fj_village, "fj_box": _fj_box, "az_city": _az_city, "az_latin": _az_latin,
           "az_village": _az_village, "rs_latin": _rs_latin, "rs_cyr": _rs_cyr, "rs_ru": _rs_ru},
    people={"en": ("hi_IN",), "ru": ("az_AZ", "hr_HR", "mk_MK")},
)

BANK: dict = {
    1: {
        "phone": {"en": ["my Airtel line is {v}, the MTN one is off",
                         "the parent's number for the fees reminder, {v}",
                         "you can reach me on {v}, bro, anytime",
                         "bula, my number is {v}, vinaka",
                         "call the bursar's office on {v} ati",
                         "the customer whose screen cracked left {v}",
                         "iwe, just phone {v} when the phone is ready",
                         "my Digicel is {v}, the Vodafone one I lost in ⟦Nadi|LOCATION⟧",
                         "okay so the guardian's cell is {v}",
                         "the number on the job card, {v}",
                         "text me on {v}, I'm at the mine till six",
                         "my wife's number is {v}, she'll collect from ⟦Cairo Road|LOCATION⟧"],
                  "ru": ["мой номер {v}, сагол, гардаш",
                         "заказчица торта продиктовала {v}",
                         "звони на {v}, я в ⟦Белграде|LOCATION⟧ до пятницы",
                         "номер инструктора по вождению {v}",
                         "баджи, запиши мой номер {v}",
                         "сербский номер у меня {v}, хвала",
                         "для записи на вождение звоните {v}",
                         "мой бакинский номер {v}, ватсап там же",
                         "номер курсанта, значит, {v}",
                         "на {v} звоните, торт привезу сама"]},
        "email": {"en": ["my email is {v}, natotela",
                         "the bursar's email, {v}",
                         "send the fees statement to {v}",
                         "the customer said her email is {v}",
                         "the school report goes to {v} please",
                         "my personal email is {v}, vinaka vakalevu",
                         "email the repair quote to {v}",
                         "for the pupil's records, the email is {v}"],
                  "ru": ["почта для заказов тортов {v}",
                         "мой имейл {v}, айде пиши",
                         "курсант продиктовал почту {v}",
                         "отправьте договор автошколы на {v}",
                         "пишите на {v}, отвечу после выпечки",
                         "почта для чека {v}, хвала",
                         "у дочки почта {v}",
                         "мой мейл в ⟦Баку|LOCATION⟧ {v}"]},
        "dob": {"en": ["the pupil was born {v} in ⟦Kitwe|LOCATION⟧",
                       "my daughter was born {v}, she starts grade one",
                       "I was born {v}, in ⟦Labasa|LOCATION⟧",
                       "her birthday is {v}, for the boarding form",
                       "the boy's date of birth is {v}, ba madam",
                       "born {v} at ⟦Ndola Central Hospital|ORGANIZATION⟧",
                       "my late grandfather was born {v} in the village",
                       "his date of birth as the father said it, {v}"],
                "ru": ["я родилась {v} в ⟦Сумгаите|LOCATION⟧",
                       "сын родился {v}, уже в ⟦Нови-Саде|LOCATION⟧",
                       "курсант родился {v}, ему восемнадцать есть",
                       "дата рождения именинницы {v}, торт на её день",
                       "бабушка родилась {v}, в ⟦Гяндже|LOCATION⟧",
                       "родился {v}, гардаш, пиши так",
                       "дочка родилась {v}, как раз к торту",
                       "дед родился {v}, в селе под ⟦Губой|LOCATION⟧"]},
        "fillers": {"en": ["eh-eh, wait", "ati", "mwandi", "iwe", "shani", "isa", "io io", "sota", "ba", "you see now",
                           "ka, wait", "let me just check"],
                    "ru": ["гардаш", "ай бала", "значит, так, баджи", "полако, полако", "ну, айде", "ой, баджи",
                           "секунду, джан", "это, как его", "добро"]},
        "digit_sep": {"en": [" ... [network drops] ... ", " -- eh -- ", " [bell rings] "],
                      "ru": [" ... [миксер гудит] ... ", " -- так -- ", " [сигналит машина] "]},
        "email_at": {"en": [" at, the a with the tail, ", " [at, iwe] ", " at sign, ati, "],
                     "ru": [" собака, джан, ", " (собака, ага) ", " эт, ну, собачка "]},
        "email_dot": {"en": [" dot, eh, ", " (dot, ati) ", " point, eh, "], "ru": [" точка, ну, джан, ", " (точка, гардаш) ", " тчк, джан, "]},
        "spell": {"en": [", letter by letter, ", " ... [hold music] ... "], "ru": [", по буквам, ", " - потом - "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("NRC no.", "GOV_ID", "nrc"), ("NRC:", "GOV_ID", "nrc"), ("green NRC number", "GOV_ID", "nrc"),
                        ("parent's NRC", "GOV_ID", "nrc"), ("TPIN", "GOV_ID", "tpin"), ("ZRA TPIN:", "GOV_ID", "tpin"),
                        ("NAPSA no.", "GOV_ID", "napsa"), ("NAPSA number:", "GOV_ID", "napsa"),
                        ("Zambian passport", "GOV_ID", "zm_passport"), ("FRCS TIN", "GOV_ID", "fj_tin"),
                        ("TIN (Fiji):", "GOV_ID", "fj_tin"), ("FNPF no.", "GOV_ID", "fnpf"), ("FNPF member number", "GOV_ID", "fnpf"),
                        ("cell (ZM)", "PHONE", "phone_zm"), ("Airtel no.", "PHONE", "phone_zm"), ("guardian's cell:", "PHONE", "phone_zm"),
                        ("mob (Fiji)", "PHONE", "phone_fj"), ("Vodafone no.:", "PHONE", "phone_fj"),
                        ("parent contact", "PHONE", "phone_fmt"), ("alt. contact tel", "PHONE", "phone_sep"),
                        ("IMEI", "OTHER", "imei"), ("IMEI no.:", "OTHER", "imei"), ("IMEI 1", "OTHER", "imei"),
                        ("admission no.", "OTHER", "admission"), ("pupil's admission number:", "OTHER", "admission"),
                        ("DOB of pupil", "DATE_OF_BIRTH", "dob_slash"), ("date of birth (per NRC):", "DATE_OF_BIRTH", "dob_slash"),
                        ("d.o.b. (pupil)", "DATE_OF_BIRTH", "dob_month"), ("child's DOB:", "DATE_OF_BIRTH", "dob_iso"),
                        ("screen passcode", "SECRET", "pin6"), ("unlock PIN:", "SECRET", "pin4"),
                        ("school portal password", "SECRET", "password"), ("driving licence (ZM)", "GOV_ID", "licence")],
                 "ru": [("ЈМБГ", "GOV_ID", "jmbg"), ("ЕБС:", "GOV_ID", "jmbg"), ("евиденциони број", "GOV_ID", "jmbg"),
                        ("JMBG ребёнка", "GOV_ID", "jmbg"), ("FIN-код", "GOV_ID", "az_fin"), ("ФИН:", "GOV_ID", "az_fin"),
                        ("пин-код удостоверения (FIN)", "GOV_ID", "az_fin"), ("удостоверение личности АР", "GOV_ID", "az_id"),
                        ("шэхадэтнамэ №", "GOV_ID", "az_id"), ("VÖEN", "GOV_ID", "voen"), ("ВОЕН:", "GOV_ID", "voen"),
                        ("текући рачун", "OTHER", "rs_account"), ("счёт в ⟦Intesa|ORGANIZATION⟧:", "OTHER", "rs_account"),
                        ("IBAN в ⟦Kapital Bank|ORGANIZATION⟧", "IBAN", "az_iban"), ("азербайджанский IBAN:", "IBAN", "az_iban"),
                        ("сербский номер", "PHONE", "phone_rs"), ("моб. (RS):", "PHONE", "phone_rs"),
                        ("номер в ⟦Azercell|ORGANIZATION⟧", "PHONE", "phone_az"), ("тел. (AZ):", "PHONE", "phone_az"),
                        ("тел. заказчицы", "PHONE", "phone_fmt"), ("номер инструктора", "PHONE", "phone_sep"),
                        ("паспорт курсанта", "GOV_ID", "passport_ru"), ("ИНН пекаря", "GOV_ID", "inn"),
                        ("ИНН самозанятой:", "GOV_ID", "inn_glued"), ("СНИЛС курсанта", "GOV_ID", "snils"), ("учётный номер курсанта", "OTHER", "student"),
                        ("д.р. курсанта", "DATE_OF_BIRTH", "dob_dots"), ("датум рођења:", "DATE_OF_BIRTH", "dob_dots"),
                        ("родилась (по удостоверению)", "DATE_OF_BIRTH", "dob_month"), ("код от калитки у пекарни", "SECRET", "pin4"),
                        ("пароль от кабинета автошколы", "SECRET", "password")]},
        "carriers": {"en": ["Fees office note: {v}", "{v} (as on the NRC)", "job card - {v}", "{v}, vinaka",
                            "on the enrolment form: {v}", "{v} natotela", "customer gave {v}", "for the bursar: {v}",
                            "Box 4 of the form: {v}"],
                     "ru": ["в заказе на торт: {v}", "{v}, хвала", "в карточке курсанта {v}", "{v} (со слов заказчицы)",
                            "для боравка: {v}", "{v}, сагол, джан", "скинула в вайбер {v}", "в анкете автошколы: {v}",
                            "для бели картона: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow my repair shop on Insta, {v}", "tag {v} in the PTA group", "the parent {v} posted the fees slip",
                      "my TikTok is {v}, I unlock phones", "DM {v} for the school bus", "I'm {v} on Facebook, ba"],
               "ru": ["мои торты в инсте {v}", "отметь {v} в чате автошколы", "{v} в телеге, она кондитер",
                      "инструктор в телеге {v}", "ник в чате русских в ⟦Нови-Саде|LOCATION⟧ {v}", "пишите {v}, она печёт медовики"]},
        "url": {"en": ["my phone repair videos are on {v}", "the school's page is {v}", "our PTA blog {v}",
                       "the unlocking guide I follow, {v}", "my page is at {v}, vinaka", "click here {v}"],
                "ru": ["мой канал про торты {v}", "фото моих бенто на {v}", "страница автошколы {v}",
                       "мой блог про переезд в ⟦Белград|LOCATION⟧ {v}", "каталог начинок: {v}", "глянь сюда {v}"]},
        "url_layouts": {"any": ["https://{site}?src=wa", "{site} (see, ba)", "https://www.{site}/?hl=en-ZM",
                                "<{site}> vinaka"]},
        "ssh": {"any": ["ssh -p 2223 {v}", "ssh -o ServerAliveInterval=45 -p 2224 {v}", "scp fees.xlsx {v}:/srv/bursary/",
                        "rsync -a firmware/ {v}:/opt/flash/"]},
        "remote": {"any": ["git clone git@gitlab.com:{v}.git", "git fetch https://github.com/{v}.git dev",
                           "go get github.com/{v}@latest", "npm i -S github:{v}#master"]},
        "registry": {"any": ["docker pull docker.io/{v}:latest-amd64", "FROM ghcr.io/{v}:bursary",
                             "nerdctl pull quay.io/{v}:1.4", "image: registry.gitlab.com/{v}:term2"]},
        "home": {"any": ["/home/{v}/bursary/", "C:\\Users\\{v}\\Desktop\\Fees\\", "/Users/{v}/Pictures/cakes/",
                         "/data/home/{v}/flash/"]},
        "tool": {"en": ["the fees computer froze on {v}", "the technician told me to type {v}", "it stopped at {v}, mwandi",
                        "paste {v} in the staff group"],
                 "ru": ["сын-программист запускал {v}", "айтишник из ⟦Белграда|LOCATION⟧ сказал ввести {v}",
                        "всё зависло у пекарни на {v}", "кинула {v} в чат"]},
        "mention": {"en": ["{h} natotela!", "{h} vinaka!", "{h} can you check the fees?", "{h}: done, ba",
                           "zikomo {h}", "{h} haha io"],
                    "ru": ["{h}, хвала!", "{h} сагол, гардаш", "{h}, скинь прайс на начинки", "{h}: принято, айде",
                           "спасибо, {h}, джан", "{h} ну ты даёшь, баджи"]},
    },
    4: {
        "url": {"en": ["the fees portal link had ?{k}={v}&term=2", "the repair tracker prefilled {k}={v}",
                       "the school SMS link carried {k}={v}&src=bulk", "GET /pupils/search?{k}={v} 200"],
                "ru": ["ссылка на заказ торта ?{k}={v}&lang=sr", "в ссылке автошколы {k}={v}",
                       "в переходе из вайбера {k}={v}&s=1", "в логе сайта пекарни: GET /orders?{k}={v}"]},
        "markup": {"en": ["the report card HTML has <td class=\"{k}\">{v}</td>",
                          "the fees receipt template reads <strong>{v}</strong>",
                          "the job card form has <input name=\"{k}\" value=\"{v}\" readonly>"],
                   "ru": ["в HTML квитанции <td class=\"{k}\">{v}</td>",
                          "в шаблоне заказа <strong>{v}</strong>",
                          "в форме записи на вождение <input name=\"{k}\" value=\"{v}\" readonly>"]},
        "prose": {"en": ["the Airtel Money screen shows the payee as {v}", "the repair slip says {v}",
                         "the fees receipt is made out to {v}", "the class register reads {v}"],
                  "ru": ["в приложении ⟦Raiffeisen|ORGANIZATION⟧ получатель {v}", "на коробке с тортом {v}",
                         "в журнале автошколы {v}", "на бели картоне написано {v}"]},
        "escapes": {"hex-dump": {"en": ["the flashing tool's log shows the owner field as {v}",
                                        "the serial console printed the contact name: {v}",
                                        "the hex view of the SIM's phonebook entry reads {v}"],
                                 "ru": ["в логе прошивальщика поле владельца: {v}",
                                        "в hex-редакторе имя заказчицы выглядит так: {v}",
                                        "терминал автошколы вывел имя как {v}"]},
                    "ooxml-x": {"en": ["the fees spreadsheet from the old system has the parent as {v}",
                                       "the exported class list in Excel shows {v}",
                                       "in the docx the pupil's name came out as {v}"],
                                "ru": ["в выгрузке из экселя заказчица записана как {v}",
                                       "в таблице курсантов имя стало {v}",
                                       "в ворде от сербской бухгалтерии имя вышло как {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["bring the phone to {v}, the guard knows me", "the school's postal address is {v}",
                        "the parent stays at {v}", "my place is {v}, near the market", "deliver the uniforms to {v}",
                        "customer's address on the job card: {v}"],
                 "ru": ["адрес: {v}, домофон сломан, звоните", "мы живём {v}, рядом с пекарней", "торт везти на {v}",
                        "автошкола по адресу {v}", "я теперь живу {v}", "посылку на {v}, хвала"]},
        "block": {"en": ["Postal address (for the fees statement):\n{v}", "Deliver to\n{v}\n(call the gate)",
                         "Guardian's address:\n{v}\nTerm 2", "Send the invoice to -\n{v}"],
                  "ru": ["Адрес для боравка:\n{v}", "Доставка торта\n{v}\n(позвонить заранее)",
                         "Адрес курсанта:\n{v}\nзвонить после шести", "Куда везти -\n{v}"]},
        "layouts": {"en": ["zm_plot", "zm_house", "zm_box", "fj_lot", "fj_village", "fj_box"],
                    "ru": ["az_city", "az_latin", "az_village", "rs_latin", "rs_cyr", "rs_ru"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Pupil: {v}", "Parent/guardian: {v}", "Repair customer: {v}", "the bursar {v} is on leave",
                        "the caller said he is {v}, ati", "Technician: {v}", "fees paid by {v}",
                        "Next of kin (per form): {v}"],
                 "ru": ["Заказчица: {v}", "Инструктор: {v}", "кондитер {v} испекла медовик",
                        "курсант — {v}", "Получатель торта: {v}", "звонила {v} насчёт экзамена",
                        "Станодавац: {v}"]},
        "kin": {"en": [("my ba mayo", "f"), ("my bashi", "m"), ("my bambuya", "f"), ("my bubu", "f"), ("my tavale", "m"),
                       ("my chacha from ⟦Ba|LOCATION⟧", "m"), ("my nani in ⟦Nadi|LOCATION⟧", "f"), ("my didi in ⟦Lautoka|LOCATION⟧", "f"), ("my class teacher", "f"),
                       ("my technician", "m")],
                "ru": [("мой дайы", "m"), ("моя хала", "f"), ("мой ами из ⟦Гянджи|LOCATION⟧", "m"), ("моя нене", "f"),
                       ("моя кума из ⟦Нови-Сада|LOCATION⟧", "f"), ("мой инструктор", "m"), ("моя заказчица", "f"),
                       ("мой станодавац", "m"), ("моя баджи", "f")]},
        "kin_carriers": {"en": ["{v} will pay the boarding fees", "{v} is bringing the phone",
                                "{v} comes from ⟦Lautoka|LOCATION⟧ tomorrow", "{v} will sign the exeat",
                                "{v} collected the report", "{v} works at the mine"],
                         "ru": ["{v} заберёт торт", "{v} прилетит из ⟦Баку|LOCATION⟧", "{v} сдаёт вождение",
                                "{v} печёт на заказ", "{v} передаёт привет из ⟦Сумгаита|LOCATION⟧", "{v} продлит боравак"]},
        "wordnames": {"en": {"f": ["Memory", "Harmony", "Loveday", "Fortune", "Gracious", "Silence"],
                             "m": ["Clever", "Given", "Obvious", "Golden", "Elder", "Able"]},
                      "ru": {"f": ["Рада", "Нана", "Дуня"], "m": ["Аслан", "Милан", "Вук"]}},
        "list": {"en": ["Pupils with fees arrears:\n{v}", "Repairs to collect\n{v}", "Prefects this term:\n{v}",
                        "| Pupil | Grade |\n|---|---|\n{v}"],
                 "ru": ["Заказы на субботу:\n{v}", "Не сдали теорию\n{v}", "Группа на вождение:\n{v}",
                        "| Курсант | Час |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - paid", "+ {v} (owes)", "{v} (Gr. 9)", "| {v} | 7B |"]},
        "broken": {"en": ["the fees reminder was sent by the bursar {v} on Friday",
                          "the screen was replaced by the technician {v} this morning"],
                   "ru": ["торт передала кондитер {v}", "экзамен принимал инструктор {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the fees portal was opened from {v}", "the repair shop's router is {v}",
                      "please whitelist {v} on the school Wi-Fi", "the lab computer pinged from {v}",
                      "the tablet dropped {v}", "my IP is {v}, iwe"],
               "ru": ["вход в кабинет автошколы с {v}", "роутер пекарни {v}", "айпи сайта с тортами {v}",
                      "чужой вход в кабинет автошколы с {v}", "разблокируйте {v}, гардаш", "мой айпи {v}, хвала"]},
        "iban": {"en": ["please refund the deposit to {v}", "my euro account in the UK is {v}", "the bursary's IBAN is {v}",
                        "the diaspora parent pays from {v}"],
                 "ru": ["за торт переводите на {v}", "мой счёт в ⟦PASHA Bank|ORGANIZATION⟧ {v}", "верните аванс за торт на IBAN {v}",
                        "за курс вождения на {v}"]},
        "mac": {"en": ["the phone's Wi-Fi MAC is {v}", "the fees printer's MAC {v}", "add {v} to the router, ba",
                       "the access point logged {v}"],
                "ru": ["MAC планшета инструктора {v}", "MAC кассы пекарни {v}", "добавь {v} в роутер",
                       "роутер автошколы режет {v}"]},
        "card": {"en": ["the card number is {v}, vinaka", "charge the screen replacement to {v}",
                        "the parent paid the fees with {v}", "the customer read the card as {v}"],
                 "ru": ["карта для оплаты торта {v}", "номер карты кондитера {v}", "скинь за медовик на карту {v}",
                        "карта {v}, потерял в ⟦Белграде|LOCATION⟧, заблокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Muli shani, this is {v}", "Name of the pupil: {v}"],
                         "GOV_ID": ["my driving licence number (ZM) is {v}", "licence no. (RTSA): {v}"],
                         "USERNAME": ["my username on the school portal is {v}", "portal login: {v}"]},
                  "ru": {"PERSON": ["Салам, это {v}", "ФИО курсанта: {v}"],
                         "GOV_ID": ["паспорт РФ заказчицы {v}", "паспорт курсанта (РФ) {v}"],
                         "USERNAME": ["мой логин на сайте автошколы {v}", "логин в кабинете пекарни: {v}"]}},
        "later": {"en": ["about {v} again, ba", "still no fees from {v}", "{v} phoned back", "following up {v}, ba",
                         "(pupil {v})"],
                  "ru": ["по заказчице {v}", "{v} опять звонила насчёт торта", "напоминаю про курсанта {v}", "(см. заказ выше: {v})",
                         "{v}, айде, ответь"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the screen order {v} is still in transit", "uniform order {v} came short",
                     "the ⟦Game Stores|ORGANIZATION⟧ order {v} arrived"],
              "ru": ["заказ {v} на ⟦Wildberries|ORGANIZATION⟧", "заказ торта {v} на субботу", "оформила возврат торта по заказу {v}"]},
    "price": {"en": ["the screen replacement is {v}", "boarding fees come to {v}", "the new battery is {v}"],
              "ru": ["медовик на два кило {v}", "курс вождения {v}", "стан в ⟦Нови-Саде|LOCATION⟧ {v} в месяц"]},
    "timestamp": {"en": ["the phone will be ready at {v}", "fees office closes {v}", "last backup {v}"],
                  "ru": ["вождение в {v}", "торт будет готов к {v}", "экзамен по вождению в {v}"]},
    "version": {"en": ["the fees software {v} keeps crashing", "she's stuck on Android {v}", "since the {v} firmware"],
                "ru": ["приложение автошколы {v}", "версия кассы пекарни {v}", "после обновления {v} не грузит"]},
    "room": {"en": ["the bursar is in office {v}", "grade nine is in classroom {v}", "the repairs bench, room {v}"],
             "ru": ["теория в кабинете {v}", "цех пекарни, помещение {v}", "автошкола, аудитория {v}"]},
    "flight": {"en": ["my flight to ⟦Suva|LOCATION⟧ is {v}", "the parent lands on {v}", "the parts came on {v}"],
               "ru": ["лечу в ⟦Баку|LOCATION⟧ рейсом {v}", "{v} опять задержали, гардаш", "встречай с {v} в ⟦Белграде|LOCATION⟧"]},
    "isbn": {"en": ["the grade seven maths book is ISBN {v}", "the repair manual, ISBN {v}", "ISBN {v}, the Bemba reader"],
             "ru": ["книга рецептов ISBN {v}", "ISBN {v}, билеты ПДД", "ISBN {v}, разговорник сербского"]},
    "doc-ip": {"en": ["the repair-shop router manual shows {v}", "the school network guide's example is {v}", "the school setup sheet has {v}"],
               "ru": ["в мануале к роутеру {v}", "в инструкции к кассе пекарни пример {v}", "в схеме сети автошколы {v}"]},
    "spoken-date": {"en": ["term two opens {v}", "the phone comes back {v}", "the exeat weekend is {v}"],
                    "ru": ["экзамен в автошколе перенесли на {v}", "торт нужен на {v}", "боравак продлевать до {v}"]},
    "kinship-verb": {"en": ["my ba mayo {v} bring the fees", "my tavale {v} fix it", "my tavale {v} come along"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Natotela, noted.", "Vinaka, the fees record is updated.", "Zikomo, saved.", "Okay ba, will sort it.",
                        "Thanks, the job card is updated.", "Io, done."],
                 "ru": ["Хвала, записала в заказы.", "Хорошо, поменяла в карточке курсанта.", "Сагол, внесла.",
                        "Поняла, исправлю в заказе.", "Спасибо, заказ обновила.", "Айде, готово."]}
