"""The bank of ``check13``, the thirteenth pair's held-out set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: Hungarian English (Budapest and its districts, Debrecen, Szeged, Pécs, Győr, Eger;
Hungarian words) and Cameroonian English (Buea, Limbe, Bamenda, Kumba and the villages of the
North West and South West; Pidgin words), thermal spas and bath hotels with their guests, and
cocoa and coffee cooperatives with their farmers; in Russian, Russian speakers in Mongolia
(Ulaanbaatar and its districts, Darkhan, Erdenet; Mongolian words in Russian sentences) and
speakers in North Ossetia (Vladikavkaz, Beslan, Mozdok, Alagir, Ardon and the villages;
Ossetian words), furniture workshops with their customers, and horse breeders and riding
stables with riders and buyers. Its own shapes carry the check a reader runs where the id has
one. Written from memory, not from a specification: the layouts of the Hungarian identity
card (six digits, two letters), of the Cameroonian national identity card (nine digits) and
taxpayer number (NIU: a letter, twelve digits, a letter), of cooperative members' cards, of the
Mongolian civil register number (two Cyrillic letters, the birth date with 20 added to the
month from 2000, two digits; no check written), of the UELN of horses (the country's 643, the
database's three digits, nine characters), Budapest's districts in Roman numerals with the
floor and door, Hungarian four-digit post codes, the Cameroonian post boxes and quarters named
by landmarks, Ulaanbaatar's districts, khoroos, buildings and ger-district plots, the
Mongolian five-digit post codes and the post codes of North Ossetia. The TAJ number's check
(weights 3 and 7 in turn over eight digits, the sum modulo 10) and the Hungarian tax number's
(an 8, the days from 1 January 1867, three digits, the digits weighted 1 to 9, the sum modulo
11, never 10) are as published.
"""

from __future__ import annotations

import re
from datetime import date

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Hungary and Cameroon (MTN, Orange, Nexttel)
MOBILES = (("HU", ("20", "30", "31", "70", "50"), 7, (2, 3, 4)),
           ("CM", ("67", "65", "69", "68", "62"), 7, (3, 2, 2, 2)))
TAJ_W = (3, 7, 3, 7, 3, 7, 3, 7)
MN_LETTERS = "АБВГДЕЖЗИКЛМНОӨПРСТУҮФХЦЧШЭЮЯ"


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

def _taj(v: Values, lang: str) -> str:
    """A TAJ number: eight digits and the check."""
    body = v.digits(8, False)
    d = body + str(sum(int(c) * w for c, w in zip(body, TAJ_W)) % 10)
    return v.rng.choice((f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:6]}-{d[6:]}"))


def _taj_ok(text: str) -> bool:
    d = re.sub(r"[ -]", "", text)
    return re.fullmatch(r"\d{9}", d) is not None and sum(int(c) * w for c, w in zip(d, TAJ_W)) % 10 == int(d[8])


def _adoszam(v: Values, lang: str) -> str:
    """A Hungarian tax number: an 8, the days from 1 January 1867 to the birth, three digits,
    the check."""
    y, m, d = v.birth()
    while True:
        body = f"8{(date(y, m, d) - date(1867, 1, 1)).days:05d}{v.digits(3, False)}"
        check = sum(int(c) * (i + 1) for i, c in enumerate(body)) % 11
        if check < 10:
            return body + str(check)


def _adoszam_ok(text: str) -> bool:
    return (re.fullmatch(r"8\d{9}", text) is not None
            and sum(int(c) * (i + 1) for i, c in enumerate(text[:9])) % 11 == int(text[9]))


def _szig(v: Values, lang: str) -> str:
    letters = "".join(v.rng.choice("ABCDEFGHIJKLMNOPRSTUVXZ") for _ in range(2))
    return v.rng.choice((f"{v.digits(6, False)}{letters}", f"{v.digits(6, False)} {letters}"))


def _phone_hu(v: Values, lang: str) -> str:
    d = _valid("HU", ("20", "30", "31", "70", "50"), 7, v)
    return v.rng.choice((f"+36 {d[:2]} {d[2:5]} {d[5:]}", f"06 {d[:2]} {d[2:5]} {d[5:]}", f"06-{d[:2]}/{d[2:5]}-{d[5:]}",
                         f"+36-{d[:2]}-{d[2:]}", f"06{d}"))


def _cm_cni(v: Values, lang: str) -> str:
    return v.rng.choice((v.digits(9, False), f"{v.digits(3, False)} {v.digits(3, False)} {v.digits(3, False)}"))


def _niu(v: Values, lang: str) -> str:
    """A Cameroonian taxpayer number: P for a person (M for a firm), twelve digits, a letter."""
    return f"{v.rng.choice('PPPM')}{v.digits(12, False)}{v.rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"


def _phone_cm(v: Values, lang: str) -> str:
    d = _valid("CM", ("67", "65", "69", "68", "62"), 7, v)
    return v.rng.choice((f"+237 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}", d,
                         f"(+237) {d[:3]}-{d[3:6]}-{d[6:]}", f"00237{d}"))


def _spa(v: Values, lang: str) -> str:
    return v.rng.choice((f"SPA-{v.digits(5)}", f"Foglalás #{v.digits(4)}", f"{v.digits(6)}/WELL"))


def _coop(v: Values, lang: str) -> str:
    return v.rng.choice((f"COOP/{v.rng.choice(('SW', 'NW'))}/{v.digits(4)}", f"Member {v.digits(5)}",
                         f"{v.digits(3)}-CCB-{v.rng.randint(20, 26)}"))


def _mn_reg(v: Values, lang: str) -> str:
    """A Mongolian register number: two letters, YYMMDD (20 added to the month from 2000),
    two digits."""
    y, m, d = v.birth()
    letters = "".join(v.rng.choice(MN_LETTERS) for _ in range(2))
    body = f"{y % 100:02d}{m + (20 if y >= 2000 else 0):02d}{d:02d}{v.digits(2, False)}"
    return v.rng.choice((f"{letters}{body}", f"{letters} {body}", f"{letters.lower()}{body}"))


def _mn_reg_ok(text: str) -> bool:
    d = text.replace(" ", "").upper()
    if not re.fullmatch(rf"[{MN_LETTERS}]{{2}}\d{{8}}", d):
        return False
    month, day = int(d[4:6]) % 20 or 20, int(d[6:8])
    return 1 <= month <= 12 and 1 <= day <= 31


def _phone_mn(v: Values, lang: str) -> str:
    d = _valid("MN", ("88", "99", "95", "94", "91", "85", "80", "86", "89"), 6, v)
    return v.rng.choice((f"+976 {d[:4]} {d[4:]}", f"{d[:4]}-{d[4:]}", d, f"(976) {d}", f"+976-{d}"))


def _ueln(v: Values, lang: str) -> str:
    """A horse's UELN: 643 for Russia, the database's three digits, nine characters."""
    db, own = v.rng.choice(("001", "002", "007", "015")), v.digits(9, False)
    return v.rng.choice((f"643{db}{own}", f"643 {db} {own}", f"643-{db}-{own}"))


def _furniture(v: Values, lang: str) -> str:
    return v.rng.choice((f"ЗН-{v.digits(5)}", f"Кухня {v.digits(4)}/К", f"{v.digits(3)}-ШК-{v.rng.randint(1, 12):02d}"))


def _stable(v: Values, lang: str) -> str:
    return v.rng.choice((f"КСК-{v.digits(4)}", f"Абонемент {v.digits(5)}", f"{v.digits(4)}/конь"))


# -- family 4: escapes ------------------------------------------------------------------------

def from_char_code(text: str) -> str:
    """A name as a page that hides it from scrapers writes it: JavaScript's
    ``String.fromCharCode`` over its UTF-16 units in decimal, comma-separated,
    ``1048,1074,1072,1085`` for Иван (the call is the carrier's)."""
    units = text.encode("utf-16-le")
    return ",".join(str(units[i] | units[i + 1] << 8) for i in range(0, len(units), 2))


def _from_char_code(text: str) -> str:
    raw = "".join(chr(int(n)) for n in text.split(","))
    return raw.encode("utf-16", "surrogatepass").decode("utf-16")


def hs_show(text: str) -> str:
    """A name as Haskell's ``show`` writes a string: each character outside ASCII as a
    backslash and its decimal code, ``\\&`` where a digit follows one, the backslash and the
    quote escaped."""
    out, after_code = [], False
    for c in text:
        if after_code and c in "0123456789":
            out.append("\\&")
        after_code = False
        if c in '\\"':
            out.append("\\" + c)
        elif 32 <= ord(c) < 127:
            out.append(c)
        else:
            out.append(f"\\{ord(c)}")
            after_code = True
    return "".join(out)


def _from_hs_show(text: str) -> str:
    return re.sub(r'\\(\d+)|\\&|\\([\\"])', lambda m: chr(int(m[1])) if m[1] else m[2] or "", text)


# -- family 5: address layouts ----------------------------------------------------------------

BP_STREETS = (("Váci út", "XIII.", "1132"), ("Andrássy út", "VI.", "1061"), ("Bartók Béla út", "XI.", "1114"),
              ("Üllői út", "IX.", "1091"), ("Thököly út", "XIV.", "1146"), ("Szentendrei út", "III.", "1035"),
              ("Kossuth Lajos utca", "V.", "1053"), ("Béke tér", "XIII.", "1135"))
HU_TOWNS = (("Debrecen", "Piac utca", "4025"), ("Szeged", "Kárász utca", "6720"), ("Pécs", "Király utca", "7621"),
            ("Győr", "Baross Gábor út", "9021"), ("Eger", "Széchenyi István utca", "3300"), ("Hévíz", "Kossuth Lajos utca", "8380"),
            ("Hajdúszoboszló", "Szilfákalja", "4200"))
CM_BOXES = (("Buea", "South West Region"), ("Limbe", "South West Region"), ("Kumba", "South West Region"),
            ("Bamenda", "North West Region"), ("Mamfe", "South West Region"), ("Kumbo", "North West Region"))
CM_QUARTERS = (("Molyko", "Buea", "behind the university main gate"), ("Mile 17, Bolifamba", "Buea", "opposite the motor park"),
               ("Great Soppo", "Buea", "after the Presbyterian church"), ("Check Point", "Limbe", "the blue storey building"),
               ("Down Beach", "Limbe", "near the fish market"), ("Nkwen", "Bamenda", "behind Total Nkwen"),
               ("Up Station", "Bamenda", "near the Governor's office"), ("Fiango", "Kumba", "after the Catholic school"))


def _hu_bp(v: Values) -> list[str]:
    """Budapest: the post code, the city, the district in Roman numerals, the street and the
    house, the floor (em.) and the door."""
    r = v.rng
    street, district, code = r.choice(BP_STREETS)
    house, floor, door = r.randint(1, 120), r.choice(("fszt.", "I. em.", "II. em.", "III. em.", "IV. em.", "V. em.")), r.randint(1, 30)
    return [r.choice((f"{code} Budapest, {street} {house}. {floor} {door}.",
                      f"Budapest {district} kerület, {street} {house}. {r.randint(1, 8)}/{door}",
                      f"Budapest, {district} ker., {street} {house}, {floor} {door}. ajtó"))]


def _hu_town(v: Values) -> list[str]:
    r = v.rng
    town, street, code = r.choice(HU_TOWNS)
    return [r.choice((f"{code} {town}, {street} {r.randint(1, 90)}.",
                      f"{town}, {street} {r.randint(1, 90)}. {r.randint(1, 4)}/{r.randint(1, 12)}, {code}",
                      f"{street} {r.randint(1, 90)}, {town} {code}, Hungary"))]


def _hu_lines(v: Values) -> list[str]:
    r = v.rng
    street, _, code = r.choice(BP_STREETS)
    return [f"{street} {r.randint(1, 120)}. {r.randint(1, 8)}. em. {r.randint(1, 30)}.", f"{code} Budapest",
            r.choice(("Magyarország", "HUNGARY"))]


def _cm_box(v: Values) -> list[str]:
    r = v.rng
    town, region = r.choice(CM_BOXES)
    return [r.choice((f"P.O. Box {r.randint(1, 900)}, {town}, {region}",
                      f"P.O. Box {r.randint(1, 900)} {town}", f"c/o P.O. Box {r.randint(1, 900)}, {town}, Cameroon"))]


def _cm_quarter(v: Values) -> list[str]:
    r = v.rng
    quarter, town, mark = r.choice(CM_QUARTERS)
    return [r.choice((f"{quarter}, {mark}, {town}", f"{quarter} ({mark}), {town}", f"{town}, {quarter}, {mark}"))]


def _cm_lines(v: Values) -> list[str]:
    r = v.rng
    quarter, town, _ = r.choice(CM_QUARTERS)
    region = next(reg for t, reg in CM_BOXES if t == town)
    return [f"House No. {r.randint(1, 80)}, {quarter}", f"{town}, {region}", "Cameroon"]


MN_DISTRICTS = (("Сүхбаатар", "14200"), ("Баянзүрх", "13300"), ("Хан-Уул", "17000"), ("Чингэлтэй", "15160"),
                ("Баянгол", "16000"), ("Сонгинохайрхан", "18080"))
MN_RU = (("Сухэ-Батор", "Сухбаатар"), ("Баянзурх", "Баянзурх"), ("Хан-Уул", "Хан-Уул"), ("Чингэлтэй", "Чингэлтэй"),
         ("Баянгол", "Баянгол"))
OS_VLAD = (("пр-т Мира", "362040"), ("ул. Кирова", "362003"), ("ул. Бородинская", "362040"), ("ул. Коста Хетагурова", "362025"),
           ("ул. Весенняя", "362043"), ("ул. Леонова", "362045"), ("ул. Кутузова", "362007"))
OS_VILLAGES = (("Пригородный р-н", "с. Гизель", "363130"), ("Ардонский р-н", "г. Ардон", "363330"),
               ("Алагирский р-н", "г. Алагир", "363240"), ("Дигорский р-н", "г. Дигора", "363410"),
               ("Ирафский р-н", "с. Чикола", "363500"), ("Моздокский р-н", "ст. Луковская", "363740"))
OS_TOWNS = (("Беслан", "363020"), ("Моздок", "363750"), ("Алагир", "363240"), ("Ардон", "363330"))


def _mn_khoroo(v: Values) -> list[str]:
    """Ulaanbaatar as it is written in Mongolian: the district (дүүрэг), the khoroo, the
    building (байр) and the flat (тоот), now and then the post code."""
    r = v.rng
    district, code = r.choice(MN_DISTRICTS[:5])
    return [r.choice((f"Улаанбаатар, {district} дүүрэг, {r.randint(1, 30)}-р хороо, {r.randint(1, 90)}-р байр, {r.randint(1, 120)} тоот",
                      f"УБ {district} дүүрэг {r.randint(1, 30)}-р хороо {r.randint(1, 90)} байр {r.randint(1, 120)} тоот",
                      f"{code}, Улаанбаатар хот, {district} дүүрэг, {r.randint(1, 30)}-р хороо, {r.randint(1, 90)}-р байр"))]


def _mn_ru(v: Values) -> list[str]:
    r = v.rng
    district, _ = r.choice(MN_RU)
    return [r.choice((f"Улан-Батор, {district}, {r.randint(1, 30)}-й хороо, дом {r.randint(1, 90)}, кв. {r.randint(1, 120)}",
                      f"Монголия, УБ, район {district}, {r.randint(1, 30)} хороо, {r.randint(1, 90)}-й дом, {r.randint(1, 120)} кв.",
                      f"{r.choice(('Дархан', 'Эрдэнэт'))}, {r.randint(1, 24)}-й баг, дом {r.randint(1, 60)}, кв. {r.randint(1, 80)}"))]


def _mn_ger(v: Values) -> list[str]:
    r = v.rng
    district, code = r.choice(MN_DISTRICTS[4:] + MN_DISTRICTS[1:2])
    return [f"{district} дүүрэг, {r.randint(1, 43)}-р хороо", f"{r.randint(1, 30)}-р гудамж, {r.randint(1, 400)} тоот",
            f"Улаанбаатар {code}"]


def _os_vlad(v: Values) -> list[str]:
    r = v.rng
    street, code = r.choice(OS_VLAD)
    return [r.choice((f"{code}, РСО-Алания, г. Владикавказ, {street}, д. {r.randint(1, 200)}, кв. {r.randint(1, 150)}",
                      f"Владикавказ, {street} {r.randint(1, 200)}-{r.randint(1, 150)}",
                      f"г. Владикавказ, {street}, {r.randint(1, 200)}, корп. {r.randint(1, 4)}, кв. {r.randint(1, 150)}"))]


def _os_village(v: Values) -> list[str]:
    r = v.rng
    district, village, code = r.choice(OS_VILLAGES)
    street = r.choice(("ул. Хетагурова", "ул. Ленина", "ул. Плиева", "ул. Гагарина", "ул. Кадыкоева"))
    return [r.choice((f"{code}, РСО-Алания, {district}, {village}, {street}, {r.randint(1, 150)}",
                      f"{village}, {street} {r.randint(1, 150)}, Северная Осетия"))]


def _os_block(v: Values) -> list[str]:
    r = v.rng
    town, code = r.choice(OS_TOWNS)
    street = r.choice(("ул. Коминтерна", "ул. Ленина", "ул. Мира", "ул. Сальменова", "ул. Фриева"))
    return [f"{street}, д. {r.randint(1, 90)}, кв. {r.randint(1, 80)}", f"г. {town}, РСО-Алания", code]


OWN = Own(
    mobiles=MOBILES,
    shapes={"taj": _taj, "adoszam": _adoszam, "szig": _szig, "phone_hu": _phone_hu, "cm_cni": _cm_cni, "niu": _niu,
            "phone_cm": _phone_cm, "spa": _spa, "coop": _coop, "mn_reg": _mn_reg, "phone_mn": _phone_mn, "ueln": _ueln,
            "furniture": _furniture, "stable": _stable},
    checks={"taj": _taj_ok, "adoszam": _adoszam_ok, "mn_reg": _mn_reg_ok, "phone_hu": _dials("HU"),
            "phone_cm": _dials("CM"), "phone_mn": _dials("MN")},
    escapes={"char-code": from_char_code, "hs-show": hs_show},
    unescapes={"char-code": _from_char_code, "hs-show": _from_hs_show},
    lines={"hu_bp": _hu_bp, "hu_town": _hu_town, "hu_lines": _hu_lines, "cm_box": _cm_box, "cm_quarter": _cm_quarter,
           "cm_lines": _cm_lines, "mn_khoroo": _mn_khoroo, "mn_ru": _mn_ru, "mn_ger": _mn_ger, "os_vlad": _os_vlad,
           "os_village": _os_village, "os_block": _os_block},
    people={"en": ("hu_HU",), "ru": ()},
)

BANK: dict = {
    1: {
        "phone": {"en": ["szóval, the sauna booking, my number is {v}",
                         "the massage therapist said call her on {v}, after ten",
                         "my Telekom number is {v}, the Yettel one is dead",
                         "abeg, the cocoa buyer, call me on {v}",
                         "the cooperative secretary's number is {v}, he dey for ⟦Kumba|LOCATION⟧",
                         "my small brother in ⟦Bamenda|LOCATION⟧ is on {v}",
                         "the spa reception, {v}, they close at eight",
                         "for the coffee weighing day ring {v}, you hear?",
                         "my ⟦MTN|ORGANIZATION⟧ line is {v}, tanks",
                         "call the hotel in ⟦Hévíz|LOCATION⟧ on {v} for the late checkout",
                         "na so, my number is {v}, any time",
                         "the man with the drying tarpaulins, {v}"],
                  "ru": ["мой монгольский номер {v}, вайбер есть",
                         "столяр, номер {v}, баярлалаа ему скажи",
                         "по кухне звоните на {v}, после обеда",
                         "бузныг, мой номер {v}",
                         "звоните на {v}, я в ⟦Дархане|LOCATION⟧ до пятницы",
                         "номер конюха, что лошадей возит, {v}",
                         "пишите на {v}, отвечу, как вернусь с манежа",
                         "номер заводчика {v}, он завтра в ⟦Моздоке|LOCATION⟧",
                         "мой номер во ⟦Владикавказе|LOCATION⟧ {v}, ватсап тоже",
                         "записывай, ара, {v}, это брата"]},
        "email": {"en": ["the spa package confirmation goes to {v}",
                         "send the bath-hotel invoice to {v}, köszönöm",
                         "my email for the thermal pass, {v}",
                         "the cooperative wants the farmer list at {v}",
                         "email the cocoa receipts to {v}",
                         "my daughter in ⟦Debrecen|LOCATION⟧ uses {v}",
                         "for the payment slip write to {v}, abeg",
                         "his email is {v}, that one, na so"],
                  "ru": ["почта мастерской для заказа {v}",
                         "договор на шкаф пришлите на {v}",
                         "мой имейл {v}, баярлалаа заранее",
                         "пишите на {v}, я на конюшне до вечера",
                         "почта конноспортивного клуба {v}",
                         "эскиз кухни скиньте на {v}",
                         "мой мейл в ⟦Улан-Баторе|LOCATION⟧ {v}",
                         "почта заводчика {v}, бузныг"]},
        "dob": {"en": ["my nagymama was born {v}, she only takes the warm pool",
                       "I was born {v} in ⟦Győr|LOCATION⟧",
                       "the guest was born {v}, put it on the registration card",
                       "he was born {v} in ⟦Limbe|LOCATION⟧, so Pidgin first",
                       "the farmer's birth date, {v}, for the member card",
                       "born {v} at ⟦Semmelweis|ORGANIZATION⟧ clinic",
                       "my big mami was born {v}, for ⟦Mamfe|LOCATION⟧",
                       "she says she was born {v}, ugye"],
                "ru": ["я родилась {v} в ⟦Беслане|LOCATION⟧",
                       "заводчик родился {v}, так в паспорте",
                       "сын родился {v}, уже в ⟦Эрдэнэте|LOCATION⟧",
                       "мæ дада родился {v}, в селе",
                       "родилась {v}, пишите в договор на шкаф",
                       "муж родился {v}, в ⟦Алагире|LOCATION⟧",
                       "эмээ родилась {v}, в ⟦Чойбалсане|LOCATION⟧",
                       "всадник с абонементом родился {v}"]},
        "fillers": {"en": ["szóval", "izé", "hát", "na jó", "ugye", "persze",
                           "abeg", "na so e be", "eh heh", "ashia", "you hear?", "sha"],
                    "ru": ["тэгээд", "за, за", "нээрээ", "ара, слушай", "уой, подождите", "ну вот это",
                           "хорз, хорз", "ээ бурхан", "ну слушай, да"]},
        "digit_sep": {"en": [" ... [jets bubbling] ... ", " -- izé -- ", " [the scale beeps] "],
                      "ru": [" ... [рубанок шумит] ... ", " -- тэгээд -- ", " [лошадь ржёт] "]},
        "email_at": {"en": [" kukac, at, ", " [at, abeg] ", " at, hát, "],
                     "ru": [" собачка, ара, ", " эт, за, ", " (at, хорз) "]},
        "email_dot": {"en": [" pont, dot, ", " (dot, you hear) ", " dot, na, "],
                      "ru": [" точечка, за, ", " точка, ну, уой, ", " (dot, тэгээд) "]},
        "spell": {"en": [", letter for letter, ugye, ", " -- one one letter, abeg -- "],
                  "ru": [", буква по букве, ара, ", " ... по одной букве, за ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("TAJ", "GOV_ID", "taj"), ("TAJ szám:", "GOV_ID", "taj"),
                        ("TAJ card of the guest", "GOV_ID", "taj"), ("social security no. (HU):", "GOV_ID", "taj"),
                        ("adóazonosító", "GOV_ID", "adoszam"), ("tax ID (adószám):", "GOV_ID", "adoszam"),
                        ("személyi", "GOV_ID", "szig"), ("ID card no. (szig):", "GOV_ID", "szig"),
                        ("Hungarian ID card of the guest", "GOV_ID", "szig"),
                        ("mobilszám", "PHONE", "phone_hu"), ("guest's mobile (HU):", "PHONE", "phone_hu"),
                        ("masseur's mobil", "PHONE", "phone_hu"),
                        ("CNI", "GOV_ID", "cm_cni"), ("ID card no. (CNI):", "GOV_ID", "cm_cni"),
                        ("national ID of the farmer", "GOV_ID", "cm_cni"),
                        ("NIU", "GOV_ID", "niu"), ("taxpayer no. (NIU):", "GOV_ID", "niu"),
                        ("farmer's MoMo line", "PHONE", "phone_cm"), ("Orange line:", "PHONE", "phone_cm"),
                        ("farmer's phone", "PHONE", "phone_cm"),
                        ("relative's ph. for the pick-up", "PHONE", "phone_fmt"), ("guest's other mobile no.", "PHONE", "phone_sep"),
                        ("spa booking", "OTHER", "spa"), ("wellness package ref:", "OTHER", "spa"),
                        ("member card", "OTHER", "coop"), ("cooperative member no.:", "OTHER", "coop"),
                        ("locker code in the bath", "SECRET", "pin4"), ("the room safe code:", "SECRET", "pin4"),
                        ("password of the booking portal", "SECRET", "password"), ("coop laptop pw:", "SECRET", "password"),
                        ("guest's DOB", "DATE_OF_BIRTH", "dob_slash"), ("farmer born", "DATE_OF_BIRTH", "dob_month"),
                        ("születési dátum:", "DATE_OF_BIRTH", "dob_iso"), ("DOB of the planter", "DATE_OF_BIRTH", "dob_dashes"),
                        ("driving licence of the guest (UK one)", "GOV_ID", "licence"),
                        ("crop insurance (cocoa farm):", "OTHER", "policy"),
                        ("TAJ of the husband", "GOV_ID", "taj"), ("NIU of the buyer:", "GOV_ID", "niu"),
                        ("spa door PIN", "SECRET", "pin4"), ("tax ID of the wife", "GOV_ID", "adoszam")],
                 "ru": [("регистр", "GOV_ID", "mn_reg"), ("регистрийн дугаар:", "GOV_ID", "mn_reg"),
                        ("регистр жены", "GOV_ID", "mn_reg"), ("монгольский РД", "GOV_ID", "mn_reg"),
                        ("номер регистра ребёнка:", "GOV_ID", "mn_reg"),
                        ("монгольский мобильный", "PHONE", "phone_mn"), ("тел. (MN):", "PHONE", "phone_mn"),
                        ("гар утас столяра", "PHONE", "phone_mn"),
                        ("UELN", "OTHER", "ueln"), ("UELN кобылы:", "OTHER", "ueln"), ("номер UELN жеребца", "OTHER", "ueln"),
                        ("заказ-наряд мастерской", "OTHER", "furniture"), ("заказ на шкаф №:", "OTHER", "furniture"),
                        ("абонемент в КСК", "OTHER", "stable"), ("договор постоя лошади:", "OTHER", "stable"),
                        ("телефон водителя коневоза", "PHONE", "phone_fmt"), ("тел. заказчицы кухни", "PHONE", "phone_sep"),
                        ("паспорт всадника", "GOV_ID", "passport_ru"), ("паспорт покупателя жеребца:", "GOV_ID", "passport_no"),
                        ("СНИЛС столяра", "GOV_ID", "snils"), ("ИНН мастерской:", "GOV_ID", "inn_glued"),
                        ("ИНН заводчика", "GOV_ID", "inn"),
                        ("полис ОМС тренера", "OTHER", "digits16"), ("права водителя коневоза", "GOV_ID", "vu_ru"),
                        ("загран для поездки в ⟦Улан-Батор|LOCATION⟧", "GOV_ID", "zagran"),
                        ("дата рожд. всадника:", "DATE_OF_BIRTH", "dob_dots"), ("заказчик кухни родился", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. по регистру", "DATE_OF_BIRTH", "dob_short"), ("родилась (по загранпаспорту)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от ворот конюшни", "SECRET", "pin4"), ("пароль от кабинета мастерской:", "SECRET", "password"),
                        ("код замка на сейфе в ⟦Национальном музее Северной Осетии|ORGANIZATION⟧", "SECRET", "pin4"),
                        ("пин от карты тренера", "SECRET", "pin4"), ("пароль от вайфая в манеже", "SECRET", "password"),
                        ("регистр мужа:", "GOV_ID", "mn_reg"), ("UELN мерина", "OTHER", "ueln"),
                        ("мобильный конюха (MN)", "PHONE", "phone_mn"), ("заказ-наряд на кухню:", "OTHER", "furniture"),
                        ("паспорт тренера по выездке", "GOV_ID", "passport_ru")]},
        "carriers": {"en": ["Guest card: {v}", "{v} (per the guest)", "weighing book - {v}", "{v}, köszi",
                            "on the registration form: {v}", "{v} tanks o", "the farmer read out {v}",
                            "for the coop secretary's file: {v}", "box 4 of the spa form: {v}"],
                     "ru": ["в тетради столяра: {v}", "{v}, баярлалаа их", "в договоре на кухню {v}", "{v} (со слов заводчика)",
                            "для продления монгольской визы: {v}", "{v}, стыр бузныг", "скинула сестре в ватсап {v}",
                            "в акте передачи лошади: {v}", "для бухгалтера КСК: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the bath hotel on Insta, {v}", "tag {v} in the farmers' group", "the masseur is {v} on TikTok",
                      "my IG is {v}, ugye", "DM {v} for the cocoa price", "I'm {v} on Facebook, abeg"],
               "ru": ["наша мастерская в инсте {v}", "отметь {v} в чате конников", "{v} в телеге, она тренер по выездке",
                      "русские в ⟦Улан-Баторе|LOCATION⟧ в телеге {v}", "ник в чате ⟦Владикавказа|LOCATION⟧ {v}",
                      "пишите {v}, он лошадей продаёт"]},
        "url": {"en": ["my page about the thermal baths is {v}", "the spa tips I follow, {v}", "our cooperative blog {v}",
                       "the coffee buyer's page is {v}", "my page, na so, {v}", "nézd meg {v}, köszi"],
                "ru": ["мой канал про ⟦Монголию|LOCATION⟧ {v}", "фото кухонь на {v}", "страница конюшни {v}",
                       "мой блог про жизнь в ⟦Осетии|LOCATION⟧ {v}", "отзывы о мастерской: {v}", "глянь тут, ара, {v}"]},
        "url_layouts": {"any": ["https://{site}?fbclid=IwAR0", "{site} (check am)", "https://{site}/#posts",
                                "[{site}] (my page)"]},
        "ssh": {"any": ["ssh -o StrictHostKeyChecking=no -l spa {v}", "ssh -p 2022 -i ~/.ssh/coop_ed25519 {v}",
                        "scp weighing.xlsx {v}:/srv/coop/", "rsync -a ./orders/ {v}:/backup/mebel/"]},
        "remote": {"any": ["git clone --branch stable https://github.com/{v}.git", "git remote add stable git@gitlab.com:{v}.git",
                           "uv tool install git+https://github.com/{v}.git", "cargo install --git https://github.com/{v}.git"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:spa-latest", "FROM docker.io/{v}:bookworm-coop",
                             "podman pull quay.io/{v}:2026", "docker push ghcr.io/{v}:nightly-spa"]},
        "home": {"any": ["/home/{v}/spa-bookings/", "C:\\Users\\{v}\\Documents\\Cocoa\\", "/Users/{v}/Desktop/kuhni/",
                         "/mnt/c/Users/{v}/loshadi/"]},
        "tool": {"en": ["the front desk PC froze on {v}", "my grandson told me to type {v}", "it hung at {v}, izé",
                        "paste {v} in the coop secretaries' chat"],
                 "ru": ["зять мне запускал {v}", "программист из ⟦Эрдэнэта|LOCATION⟧ сказал ввести {v}",
                        "всё встало на {v}, уой", "скинул {v} в чат столяров"]},
        "mention": {"en": ["{h} köszi!", "{h} tanks o!", "{h} can you take the weighing in ⟦Kumba|LOCATION⟧?",
                           "{h}: pool booked, na", "thanks {h}, köszönöm", "{h} eh heh, true?"],
                    "ru": ["{h}, баярлалаа!", "{h} бузныг, мæ хур", "{h}, скинь фото жеребёнка", "{h}: принято, за",
                           "спасибо, {h}, хорз", "{h} ну ты даёшь, ара"]},
    },
    4: {
        "url": {"en": ["the spa booking link had ?{k}={v}&pool=thermal", "the coop's payment form prefilled {k}={v}",
                       "the Messenger link carried {k}={v}&ref=msgr", "GET /guests/search?{k}={v} 200"],
                "ru": ["ссылка на заказ кухни ?{k}={v}&lang=mn", "в ссылке на запись на манеж {k}={v}",
                       "в переходе из ватсапа конюшни {k}={v}&src=wa", "в логе сайта мастерской: GET /orders?{k}={v}"]},
        "markup": {"en": ["the spa voucher HTML has <span class=\"{k}\">{v}</span>",
                          "the member card template reads <h2>{v}</h2>",
                          "the guest form has <input type=\"text\" name=\"{k}\" value=\"{v}\"/>"],
                   "ru": ["в HTML договора <span class=\"{k}\">{v}</span>",
                          "в шаблоне акта передачи лошади <h2>{v}</h2>",
                          "в форме записи <input type=\"text\" name=\"{k}\" value=\"{v}\"/>"]},
        "prose": {"en": ["the ⟦OTP|ORGANIZATION⟧ transfer shows the sender as {v}", "the wristband of the locker says {v}",
                         "the cocoa receipt is in the name of {v}", "the guest card reads {v}"],
                  "ru": ["в приложении ⟦Хаан банка|ORGANIZATION⟧ получатель {v}", "на эскизе кухни подписано {v}",
                         "в списке всадников {v}", "в ветеринарном паспорте лошади владелец {v}"]},
        "escapes": {"char-code": {"en": ["the spa's contact page has document.write(String.fromCharCode({v}))",
                                         "the coop site hides the secretary as String.fromCharCode({v})",
                                         "view-source of the booking page: var n = String.fromCharCode({v});"],
                                  "ru": ["на сайте мастерской имя мастера спрятано в String.fromCharCode({v})",
                                         "в коде страницы конюшни document.write(String.fromCharCode({v}))",
                                         "в исходнике сайта КСК var trainer = String.fromCharCode({v});"]},
                    "hs-show": {"en": ["the booking service's debug log has Guest {guestName = \"{v}\"}",
                                       "ghci printed the farmer as Member {name = \"{v}\"}",
                                       "the Haskell job's log line: payer = \"{v}\""],
                                "ru": ["в логе сервиса заказов Customer {name = \"{v}\"}",
                                       "ghci вывел владельца лошади Owner {fullName = \"{v}\"}",
                                       "в логе бэкенда конюшни rider = \"{v}\""]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the guest's home address is {v}", "the tarpaulins go to {v}",
                        "the farmer's address is {v}", "she moved in with her sister at {v}", "post the spa voucher to {v}",
                        "address per the ID card: {v}"],
                 "ru": ["адрес: {v}, ворота коричневые", "мы живём {v}, за школой", "мастерская на {v}",
                        "конюшня по адресу {v}", "я теперь снимаю байр {v}", "заказчик шкафа прописан {v}"]},
        "block": {"en": ["Send the voucher to:\n{v}", "Guest's home address (for the invoice):\n{v}",
                         "Collection point for the cocoa bags:\n{v}", "Farmer's address -\n{v}"],
                  "ru": ["Адрес доставки кухни:\n{v}", "Мастерская (по воскресеньям выходной)\n{v}",
                         "Куда везти лошадь (звонить заранее):\n{v}", "Адрес заказчика -\n{v}"]},
        "layouts": {"en": ["hu_bp", "hu_town", "hu_lines", "cm_box", "cm_quarter", "cm_lines"],
                    "ru": ["mn_khoroo", "mn_ru", "mn_ger", "os_vlad", "os_village", "os_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Spa guest: {v}", "Masseur on shift: {v}", "Cooperative (chairman): {v}", "the buyer {v} weighed the bags",
                        "the guest in the steam room said her name is {v}", "Spa manager: {v}", "the delivery was signed by {v}",
                        "Delegate of the farmers: {v}"],
                 "ru": ["Заказчик кухни: {v}", "Столяр: {v}", "коневоз {v} застрял на перевале",
                        "покупатель жеребца — {v}", "Тренер на смене: {v}", "звонила {v} насчёт шкафа",
                        "Худалдан авагч (покупатель): {v}"]},
        "kin": {"en": [("my nagymama", "f"), ("my nagypapa", "m"), ("my anyós", "f"), ("my keresztanya", "f"), ("my öcsém", "m"),
                       ("my big mami", "f"), ("my big papa", "m"), ("my small brother", "m"), ("my mbombo", "m"),
                       ("my sista", "f"), ("the guest's husband", "m")],
                "ru": [("мой өвөө", "m"), ("моя эмээ", "f"), ("моя эгч", "f"), ("мой ах из ⟦Дархана|LOCATION⟧", "m"),
                       ("мæ нана", "f"), ("мæ дада", "m"), ("мæ æфсымæр", "m"), ("мæ хо", "f"),
                       ("моя свекровь из ⟦Ардона|LOCATION⟧", "f"), ("мой хүргэн", "m")]},
        "kin_carriers": {"en": ["{v} will bring the bathrobes", "{v} is paying for the spa weekend",
                                "{v} comes down from ⟦Kumbo|LOCATION⟧", "{v} will carry the cocoa bags",
                                "{v} signed the member card", "{v} is driving to ⟦Eger|LOCATION⟧"],
                         "ru": ["{v} заплатит за кухню", "{v} прилетит из ⟦Эрдэнэта|LOCATION⟧", "{v} заберёт жеребёнка",
                                "{v} работает в мастерской", "{v} передаёт привет из ⟦Беслана|LOCATION⟧", "{v} запишется на манеж"]},
        "wordnames": {"en": {"f": ["Virág", "Rózsa", "Gyöngyi", "Ibolya", "Favour", "Delight", "Glory"],
                             "m": ["Bátor", "Szilárd", "Győző", "Farkas", "Godwill", "Champion", "Promise"]},
                      "ru": {"f": ["Сарнай", "Цэцэг", "Саран", "Оюун"], "m": ["Болд", "Баатар", "Чулуун"]}},
        "list": {"en": ["Bookings for the weekend:\n{v}", "Farmers who brought beans\n{v}", "Therapists this week:\n{v}",
                        "| Farmer | kg |\n|---|---|\n{v}"],
                 "ru": ["Оплатить кухню до среды:\n{v}", "Не забрали шкафы\n{v}", "Тренеры на выходные:\n{v}",
                        "| Всадник | Лошадь |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - checked in", "* {v} (weighed)", "{v} [voucher sent]", "| {v} | 80 |"]},
        "broken": {"en": ["the guest card was signed by the receptionist {v} at noon",
                          "the weighing book was checked by the secretary {v} on Tuesday"],
                   "ru": ["заказ на кухню оформила {v}", "лошадь принял конюх {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the booking portal logged in from {v}", "the spa's router is {v}",
                      "allow {v} on the coop's firewall", "the sauna controller reported from {v}",
                      "the moisture meter dropped {v}", "my IP, you hear, is {v}"],
               "ru": ["вход в кабинет мастерской с {v}", "роутер на конюшне {v}", "айпи сайта КСК {v}",
                      "чужой вход в кабинет столяра с {v}", "заблокируйте {v}, уой", "мой айпишник {v}, баярлалаа"]},
        "iban": {"en": ["refund the spa deposit to {v}", "my account in ⟦Budapest|LOCATION⟧ is {v}",
                        "the hotel's IBAN is {v}", "the guest pays the rest from {v}"],
                 "ru": ["за кухню переводите на {v}", "мой счёт в ⟦Голомт банке|ORGANIZATION⟧ {v}",
                        "за отменённый постой верните на IBAN {v}", "за жеребёнка {v}"]},
        "mac": {"en": ["the sauna controller's MAC is {v}", "the moisture meter's MAC {v}", "add {v} to the Wi-Fi, abeg",
                       "the coop AP logged {v}"],
                "ru": ["MAC камеры в деннике {v}", "MAC станка с ЧПУ {v}", "добавь {v} в роутер мастерской",
                       "роутер в манеже режет {v}"]},
        "card": {"en": ["the card for the spa weekend is {v}", "charge {v} for the massages", "the guest paid with {v}",
                        "the farmer read the card as {v}"],
                 "ru": ["карта для оплаты кухни {v}", "номер карты заводчика {v}", "скинь на карту {v}, баярлалаа",
                        "карта {v}, потерял в ⟦Улан-Баторе|LOCATION⟧, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Good evening, this is {v}", "Name of the guest: {v}"],
                         "GOV_ID": ["my old UK licence is {v}", "DL (guest): {v}"],
                         "USERNAME": ["my username on the spa app is {v}", "booking portal login: {v}"]},
                  "ru": {"PERSON": ["Сайн байна уу, это {v}", "ФИО покупателя жеребца: {v}"],
                         "GOV_ID": ["паспорт РФ заказчика кухни {v}", "паспорт всадника {v}"],
                         "USERNAME": ["мой логин на сайте КСК {v}", "логин в программе мастерской: {v}"]}},
        "later": {"en": ["about the guest {v} again", "still waiting on {v}, hát", "{v} called back, tanks",
                         "chasing {v}, abeg", "(guest {v})"],
                  "ru": ["по заказчику кухни {v}", "{v} опять звонила про шкаф", "напоминаю про постой, {v}",
                         "(см. выше про лошадь: {v})", "{v}, ответьте, бузныг"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the bathrobe order {v} is late", "the jute bags order {v} came wrong",
                     "the ⟦eMAG|ORGANIZATION⟧ order {v} arrived"],
              "ru": ["заказ петель {v} с ⟦Wildberries|ORGANIZATION⟧ пришёл", "заказ фурнитуры {v} для кухни", "отмена по заказу {v}, уой"]},
    "price": {"en": ["a day ticket for the baths is {v}", "the massage costs {v}", "a bag of dried beans came to {v}"],
              "ru": ["кухня под ключ {v}", "постой лошади {v} в месяц", "квартира в ⟦Хан-Ууле|LOCATION⟧ {v}"]},
    "timestamp": {"en": ["the guest checked in {v}", "the truck left the weighing shed {v}", "the sauna alarm went off {v}"],
                  "ru": ["мастерская открывается в {v}", "тренировка на манеже в {v}", "коневоз выехал в {v}"]},
    "version": {"en": ["the booking app {v} crashes", "the coop's price app {v}", "since the {v} update of the spa portal"],
                "ru": ["приложение КСК {v}", "версия программы для раскроя {v}", "после обновления {v} станок не режет"]},
    "room": {"en": ["the therapists meet in room {v}", "the guest is in room {v}", "the beans are in store {v}"],
             "ru": ["денник {v}, левое крыло", "цех {v}", "склад {v} в мастерской"]},
    "flight": {"en": ["my flight to ⟦Douala|LOCATION⟧ is {v}", "the guest lands on {v}", "the buyer is on {v}"],
               "ru": ["летим в ⟦Улан-Батор|LOCATION⟧ рейсом {v}", "{v} задержали, уой", "встречай с {v} в ⟦Беслане|LOCATION⟧"]},
    "isbn": {"en": ["the balneology handbook is ISBN {v}", "the cocoa growers' guide, ISBN {v}", "ISBN {v}, the Hungarian phrasebook"],
             "ru": ["справочник столяра ISBN {v}", "ISBN {v}, разговорник монгольского", "ISBN {v}, осетинско-русский словарь"]},
    "doc-ip": {"en": ["the sauna controller manual shows {v}", "the booking system guide's example is {v}", "the coop network sheet has {v}"],
               "ru": ["в инструкции к станку {v}", "в примере настройки камеры в деннике {v}", "в схеме сети мастерской {v}"]},
    "spoken-date": {"en": ["the spa weekend is booked for {v}", "the cocoa weighing is on {v}", "the coop meeting is set for {v}"],
                    "ru": ["сборку кухни перенесли на {v}", "скачки в ⟦Моздоке|LOCATION⟧ назначили на {v}", "ковку назначили на {v}"]},
    "kinship-verb": {"en": ["my nagymama {v} come for the warm pool", "my big papa {v} bring the beans",
                            "my anyós {v} pay the massage"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Köszi, noted.", "Okay, the guest card is updated.", "Tanks o, saved.",
                        "Alright, the secretary knows.", "Persze, the booking is updated.", "Köszönöm, done."],
                 "ru": ["Баярлалаа, записала.", "Хорошо, поправила в заказе.", "Бузныг, внесла в базу.",
                        "Поняла, передам столяру.", "Спасибо, договор обновила.", "За, готово."]}
