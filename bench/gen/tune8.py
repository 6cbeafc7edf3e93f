"""The bank of ``tune8``, the eighth pair's tune set, and the code that is its own.

Its writers: Malaysian English (Manglish particles, Kuala Lumpur, Selangor, Penang and the
kampungs) and Zimbabwean English (Harare's and Bulawayo's suburbs and high-density areas),
airline and airport staff with their passengers (check-in, lost baggage, frequent flyers), and
dental practices with their patients; in Russian, speakers in Tajikistan (Dushanbe, Khujand,
the kishlaks, Tajik words) and Russian speakers living on the Turkish coast (Alanya, Antalya,
Mersin; Turkish words in Russian sentences), beauty salons and their clients, and the
marketplaces' pick-up points. Its own shapes (each with the check a reader runs where the id
has one), address layouts, two escapes of family 4 and the locales of its writers' names are
in :data:`OWN`; ``bench/gen/banks.py`` takes :data:`BANK`, :data:`LOOKALIKES` and
:data:`REPLIES` from here. Written from memory, not from a specification: the layout of the
MyKad number (the birth date, the place-of-birth code, four digits; no check digit exists),
of the Malaysian passport and income-tax number, of the Zimbabwean national id (the district
codes and the letter, whose check is not written), of the Tajik passport, ИНН and the Russian
migration card (none with a check written), the Turkish banks' codes and the post codes of
Malaysia, Zimbabwe's towns, Tajikistan and Turkey. The Turkish identity number's two check
digits (the odd digits times seven less the even ones, then the sum of the first ten, each
modulo ten) are as published; foreigners' residence numbers start with 99 and carry the same
checks.
"""

from __future__ import annotations

import base64
import html
import re
from datetime import date

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Malaysia (Maxis, Celcom, Digi, U Mobile) and
# Zimbabwe (Econet, NetOne, Telecel)
MOBILES = (("MY", ("012", "013", "016", "017", "019", "014"), 7, (3, 3, 4)),
           ("ZW", ("077", "078", "071", "073"), 7, (4, 3, 3)))
MY_STATES = ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14")


# -- family 2: shapes -----------------------------------------------------------------------

def _mykad(v: Values, lang: str) -> str:
    """A MyKad number: the birth date YYMMDD, the state of birth, four digits (odd for men)."""
    y, m, d = v.birth()
    return f"{y % 100:02d}{m:02d}{d:02d}-{v.rng.choice(MY_STATES)}-{v.digits(4, False)}"


def _mykad_ok(text: str) -> bool:
    m = re.fullmatch(r"(\d\d)(\d\d)(\d\d)-(\d\d)-\d{4}", text)
    if not m or m[4] not in MY_STATES:
        return False
    try:
        date(1900 + int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return False
    return True


def _my_passport(v: Values, lang: str) -> str:
    return v.rng.choice("AH") + v.digits(8, False)


def _my_tin(v: Values, lang: str) -> str:
    """A Malaysian income-tax number of an individual: IG and eleven digits."""
    return f"IG{v.digits(11)}" if v.rng.random() < 0.6 else f"IG {v.digits(11)}"


def _phone_my(v: Values, lang: str) -> str:
    d, _ = v.mobile(MOBILES[0])
    return v.rng.choice((f"{d[:3]}-{d[3:6]} {d[6:]}", f"+60 {d[1:3]}-{d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:]}",
                         f"+6{d}"))


def _zw_id(v: Values, lang: str) -> str:
    """A Zimbabwean national id: the registering district, the serial, a letter, the district
    of origin."""
    r = v.rng
    district = r.choice(("63", "08", "29", "42", "75", "58", "13"))
    serial = v.digits(r.choice((6, 7)))
    letter = r.choice("ABCDEFGHJKLMNPQRSTVWXYZ")
    origin = r.choice(("42", "13", "07", "22", "48", "63"))
    return r.choice((f"{district}-{serial} {letter} {origin}", f"{district}-{serial}{letter}{origin}",
                     f"{district} {serial} {letter} {origin}"))


def _phone_zw(v: Values, lang: str) -> str:
    d, _ = v.mobile(MOBILES[1])
    return v.rng.choice((f"+263 {d[1:3]} {d[3:6]} {d[6:]}", f"{d[:4]} {d[4:7]} {d[7:]}", f"+263{d[1:]}",
                         f"0{d[1:4]}-{d[4:]}"))


def _enrich(v: Values, lang: str) -> str:
    """A frequent-flyer number: the airline's two letters and nine digits."""
    return v.rng.choice(("MH", "AK", "UM", "EK")) + v.rng.choice(("", " ")) + v.digits(9)


def _dental_ref(v: Values, lang: str) -> str:
    return f"{v.rng.choice(('DP', 'PT', 'PX'))}-{v.digits(5)}"


def _tc_checks(body: str) -> str:
    d = [int(c) for c in body]
    tenth = (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10
    return body + str(tenth) + str((sum(d) + tenth) % 10)


def _tc_kimlik(v: Values, lang: str) -> str:
    """A Turkish identity number: eleven digits, the first not zero, the last two its checks."""
    return _tc_checks(v.digits(9))


def _yabanci(v: Values, lang: str) -> str:
    """A foreigner's identity number on a Turkish residence permit: 99 and the same checks."""
    return _tc_checks("99" + v.digits(7, False))


def _tc_ok(text: str) -> bool:
    return re.fullmatch(r"[1-9]\d{10}", text) is not None and _tc_checks(text[:9]) == text


def _iban(country: str, bban: str) -> str:
    number = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(number) % 97:02d}{bban}"


def _iban_ok(text: str) -> bool:
    s = text.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def _tr_iban(v: Values, lang: str) -> str:
    """A Turkish account: TR, the check digits, the bank (Ziraat 00010, Garanti 00062, İş
    00064, Akbank 00046), a reserved 0 and sixteen digits."""
    iban = _iban("TR", v.rng.choice(("00010", "00062", "00064", "00046")) + "0" + v.digits(16, False))
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if v.rng.random() < 0.6 else iban


def _phone_tr(v: Values, lang: str) -> str:
    while True:
        d = v.rng.choice(("532", "533", "542", "545", "505", "555", "536")) + v.digits(7, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, "TR")):
            break
    return v.rng.choice((f"+90 {d[:3]} {d[3:6]} {d[6:8]} {d[8:]}", f"0{d[:3]} {d[3:6]} {d[6:8]} {d[8:]}",
                         f"0 ({d[:3]}) {d[3:6]} {d[6:]}", f"+90{d}"))


def _phone_tj(v: Values, lang: str) -> str:
    while True:
        d = v.rng.choice(("90", "91", "92", "93", "98", "88", "55", "50")) + v.digits(7, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, "TJ")):
            break
    return v.rng.choice((f"+992 {d[:2]} {d[2:5]} {d[5:]}", f"+992{d}", f"8 10 992 {d[:2]} {d[2:]}",
                         f"({d[:2]}) {d[2:5]}-{d[5:7]}-{d[7:]}"))


def _tj_passport(v: Values, lang: str) -> str:
    return v.rng.choice(("A", "A ")) + v.digits(7)


def _tj_inn(v: Values, lang: str) -> str:
    return v.digits(9)


def _migration_card(v: Values, lang: str) -> str:
    """A Russian migration card: the four-digit series and seven digits."""
    return f"{v.rng.choice(('4613', '4617', '4520', '4619'))} {v.digits(7, False)}"


def _pickup(v: Values, lang: str) -> str:
    return v.digits(v.rng.choice((5, 6)), False)


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


# -- family 4: escapes ------------------------------------------------------------------------

def ncr_dec(text: str) -> str:
    """A name as a Latin-1 web form stores what it cannot encode (the browser sends decimal
    character references): ``&#1048;&#1074;&#1072;&#1085;`` for Иван, ``Zo&#233;`` for Zoé."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in text)


def base64url(text: str) -> str:
    """A name as a token or a link's parameter carries it: URL-safe base64, no padding."""
    return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


def _from_base64url(text: str) -> str:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode("utf-8")


# -- family 5: address layouts ----------------------------------------------------------------

MY_TAMAN = (("Jalan SS 2/24", "Taman Bahagia", "47300", "Petaling Jaya", "Selangor"),
            ("Jalan USJ 9/5", "Taman Subang Mewah", "47620", "Subang Jaya", "Selangor"),
            ("Jalan Mawar 3", "Taman Bukit Indah", "81200", "Johor Bahru", "Johor"),
            ("Jalan Cempaka 7", "Taman Melawati", "53100", "Kuala Lumpur", "Wilayah Persekutuan"),
            ("Lorong Kenari 2", "Taman Sri Rampai", "53300", "Kuala Lumpur", "Wilayah Persekutuan"),
            ("Jalan Kasturi 11", "Taman Ipoh Jaya", "31350", "Ipoh", "Perak"))
MY_CONDOS = (("Residensi Vista", "Jalan Klang Lama", "58000", "Kuala Lumpur"),
             ("Mutiara Ville", "Persiaran Multimedia", "63000", "Cyberjaya"),
             ("Sri Penaga Condo", "Jalan Tanjung Bungah", "11200", "Tanjung Bungah, Pulau Pinang"),
             ("Pangsapuri Seri Mas", "Jalan Kuchai Lama", "58200", "Kuala Lumpur"))
MY_KAMPUNG = (("Kampung Pulau Melaka", "15400", "Kota Bharu", "Kelantan"),
              ("Kampung Sungai Penchala", "60000", "Kuala Lumpur", "WP"),
              ("Kampung Kuala Besut", "22300", "Besut", "Terengganu"),
              ("Kampung Siol Kandis", "93050", "Kuching", "Sarawak"))
ZW_STANDS = (("Budiriro 2", "Harare"), ("Glen View 7", "Harare"), ("Kuwadzana Extension", "Harare"),
             ("Nkulumane", "Bulawayo"), ("Pumula South", "Bulawayo"), ("Dangamvura", "Mutare"),
             ("Sakubva", "Mutare"), ("Mkoba 12", "Gweru"))
ZW_BOXES = (("BW", "Borrowdale", "Harare"), ("MP", "Mount Pleasant", "Harare"), ("AV", "Avondale", "Harare"),
            ("CH", "Chisipite", "Harare"), ("HG", "Highlands", "Harare"))
ZW_STREETS = (("Fife Avenue", "Avondale", "Harare"), ("King George Road", "Avondale", "Harare"),
              ("Harare Drive", "Marlborough", "Harare"), ("Josiah Chinamano Avenue", "Milton Park", "Harare"),
              ("Cecil Avenue", "Hillside", "Bulawayo"), ("Leander Avenue", "Hillside", "Bulawayo"),
              ("Herbert Chitepo Street", "Suburbs", "Bulawayo"))


def _my_taman(v: Values) -> list[str]:
    """Malaysia: the house number, the jalan, the taman, the postcode, the town and the state."""
    r = v.rng
    jalan, taman, code, town, state = r.choice(MY_TAMAN)
    return [f"No. {r.randint(1, 120)}, {jalan}, {taman}, {code} {town}, {state}"]


def _my_condo(v: Values) -> list[str]:
    """A condominium unit as block-floor-unit, the building, the road; the postcode and town."""
    r = v.rng
    condo, road, code, town = r.choice(MY_CONDOS)
    return [f"{r.choice('ABC')}-{r.randint(1, 30)}-{r.randint(1, 12)}, {condo}", road, f"{code} {town}"]


def _my_kampung(v: Values) -> list[str]:
    """A village lot: Lot and its number, the kampung, the postcode, the town and the state."""
    r = v.rng
    kampung, code, town, state = r.choice(MY_KAMPUNG)
    return [f"Lot {r.randint(100, 4999)}, {kampung}, {code} {town}, {state}"]


def _zw_stand(v: Values) -> list[str]:
    """A high-density stand: the stand number, the suburb and the town, no postcode."""
    r = v.rng
    suburb, town = r.choice(ZW_STANDS)
    return [f"Stand No. {r.randint(100, 9999)}, {suburb}, {town}"]


def _zw_box(v: Values) -> list[str]:
    r = v.rng
    code, suburb, town = r.choice(ZW_BOXES)
    return [f"P.O. Box {code} {r.randint(10, 999)}", f"{suburb}, {town}"]


def _zw_street(v: Values) -> list[str]:
    r = v.rng
    street, suburb, town = r.choice(ZW_STREETS)
    return [f"{r.randint(1, 120)} {street}", suburb, f"{town}, Zimbabwe"]


TJ_CITY = (("ул. Айни", "734042"), ("пр. Рудаки", "734025"), ("ул. Шотемур", "734025"), ("ул. Бохтар", "734002"),
           ("ул. Н. Карабаева", "734018"), ("ул. Сино", "734061"), ("ул. Фирдавси", "734026"))
TJ_VILLAGES = (("Согдийская обл.", "Бободжон-Гафуровский р-н", "джамоат Овчи-Калача", "кишлак Овчи"),
               ("Хатлонская обл.", "Вахшский р-н", "джамоат Тахти Сангин", "кишлак Гулистон"),
               ("Гиссарский р-н", "джамоат Хонакохи Кухи", "кишлак Хонако", "ул. Дусти"),
               ("Рудакийский р-н", "джамоат Чимтеппа", "кишлак Зарбдор", "ул. Сомони"))
TR_LATIN = (("Oba Mah.", "Gazipaşa Cd.", "07460", "Alanya/Antalya"), ("Mahmutlar Mah.", "Barbaros Cd.", "07450", "Alanya/Antalya"),
            ("Cikcilli Mah.", "Keykubat Blv.", "07400", "Alanya/Antalya"), ("Liman Mah.", "Akdeniz Blv.", "07130", "Konyaaltı/Antalya"),
            ("Hurma Mah.", "Boğaçayı Cd.", "07070", "Konyaaltı/Antalya"), ("Tece Mah.", "Atatürk Blv.", "33270", "Mezitli/Mersin"))
TR_CYR = (("Аланья", "Махмутлар", "ул. Барбарос"), ("Аланья", "Оба", "ул. Газипаша"), ("Анталья", "Коньяалты", "бульвар Акдениз"),
          ("Анталья", "Лара", "ул. Гюзелоба"), ("Мерсин", "Мезитли", "бульвар Ататюрка"))
TR_SITES = ("Orange Garden Sitesi", "Crystal Park Sitesi", "Avsallar Sun Residence", "Lara Palm Evleri",
            "Toros Konakları")


def _tj_city(v: Values) -> list[str]:
    """Dushanbe: the city, the street, house and flat, the index last."""
    r = v.rng
    street, code = r.choice(TJ_CITY)
    return [f"г. Душанбе, {street}, д. {r.randint(1, 140)}, кв. {r.randint(1, 90)}, {code}"]


def _tj_kishlak(v: Values) -> list[str]:
    """A village: the region or district, the jamoat, the kishlak, the house."""
    r = v.rng
    return [", ".join(r.choice(TJ_VILLAGES)) + f", д. {r.randint(1, 80)}"]


def _tj_block(v: Values) -> list[str]:
    """A letter's address block: the street line, the index and city, the country."""
    r = v.rng
    street, code = r.choice(TJ_CITY)
    return [f"{street}, {r.randint(1, 140)}-{r.randint(1, 90)}", f"{code}, Душанбе", "Республика Таджикистан"]


def _tr_latin(v: Values) -> list[str]:
    """Turkey as the post wants it: the mahalle, the street, No and Daire, the postcode, the
    district/province."""
    r = v.rng
    mah, street, code, town = r.choice(TR_LATIN)
    flat = r.choice((f" D:{r.randint(1, 20)}", f" Daire: {r.randint(1, 20)}", f"/{r.randint(1, 20)}",
                     f" K:{r.randint(1, 8)} D:{r.randint(1, 20)}"))
    return [f"{mah} {street} No:{r.randint(1, 90)}{flat} {code} {town}"]


def _tr_cyr(v: Values) -> list[str]:
    r = v.rng
    town, district, street = r.choice(TR_CYR)
    return [f"{town}, {district}, {street}, дом {r.randint(1, 90)}, кв. {r.randint(1, 20)}"]


def _tr_site(v: Values) -> list[str]:
    """A housing complex: the site, the block and flat; the mahalle and town under it."""
    r = v.rng
    mah, _, code, town = r.choice(TR_LATIN)
    return [f"{r.choice(TR_SITES)}, {r.choice('ABCDE')} Blok, Daire {r.randint(1, 40)}", f"{mah} {code} {town}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"mykad": _mykad, "my_passport": _my_passport, "my_tin": _my_tin, "phone_my": _phone_my,
            "zw_id": _zw_id, "phone_zw": _phone_zw, "enrich": _enrich, "dental_ref": _dental_ref,
            "tc_kimlik": _tc_kimlik, "yabanci": _yabanci, "tr_iban": _tr_iban, "phone_tr": _phone_tr,
            "phone_tj": _phone_tj, "tj_passport": _tj_passport, "tj_inn": _tj_inn,
            "migration_card": _migration_card, "pickup": _pickup},
    checks={"mykad": _mykad_ok, "tc_kimlik": _tc_ok, "yabanci": _tc_ok, "tr_iban": _iban_ok,
            "phone_my": _dials("MY"), "phone_zw": _dials("ZW"), "phone_tr": _dials("TR"), "phone_tj": _dials("TJ"),
            "zw_id": lambda s: re.fullmatch(r"\d\d[- ]\d{6,7} ?[A-Z] ?\d\d", s) is not None},
    escapes={"ncr-dec": ncr_dec, "base64url": base64url},
    unescapes={"ncr-dec": html.unescape, "base64url": _from_base64url},
    lines={"my_taman": _my_taman, "my_condo": _my_condo, "my_kampung": _my_kampung, "zw_stand": _zw_stand,
           "zw_box": _zw_box, "zw_street": _zw_street, "tj_city": _tj_city, "tj_kishlak": _tj_kishlak,
           "tj_block": _tj_block, "tr_latin": _tr_latin, "tr_cyr": _tr_cyr, "tr_site": _tr_site},
    people={"en": ("id_ID", "ta_IN", "zh_CN"), "ru": ("tr_TR",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["my handphone is {v} lah, can WhatsApp also",
                         "the passenger gave her mobile as {v}",
                         "you can call me on {v}, I'm at the baggage desk",
                         "my Econet line is {v}, the NetOne one is dead",
                         "ok the number for the dentist is {v} is it",
                         "patient's mobile read out: {v}",
                         "can call {v} or not? no answer one",
                         "shamwari, my number is {v}",
                         "contact number for the delayed bag, {v}",
                         "so I key in {v} right",
                         "the crew rota says ring {v} for swaps",
                         "reach me on {v} after my shift at ⟦KLIA|LOCATION⟧"],
                  "ru": ["мой номер {v}, рахмат заранее",
                         "клиентка продиктовала номер {v} для записи на маникюр",
                         "номер в ⟦Душанбе|LOCATION⟧ записывай: {v}",
                         "звоните на {v}, я на пункте выдачи до девяти",
                         "ака, мой номер {v}, ватсап тоже",
                         "мастер по бровям, номер {v}",
                         "мой старый российский, {v}, ещё ⟦МегаФон|ORGANIZATION⟧",
                         "номер для курьера {v}, tamam?",
                         "для записи на ресницы звоните {v}",
                         "запиши, значит, {v}, это мамин"]},
        "email": {"en": ["my email is {v} lah, all small letters",
                         "the passenger spelled the email as {v}",
                         "send the x-ray to {v} please",
                         "the claim form goes to {v}",
                         "my personal email, {v}",
                         "email me the itinerary on {v} shamwari",
                         "the patient confirmed her email is {v}",
                         "booking email spoken over the counter: {v}"],
                  "ru": ["почта для чеков из салона {v}",
                         "клиентка назвала почту {v}",
                         "мой емейл {v}, рахмат",
                         "пишите на {v}, я отвечу вечером",
                         "почта для претензии по заказу {v}",
                         "фото работ шлю на {v}",
                         "старшая смены пвз, почта {v}",
                         "мейл для записи в салон {v}"]},
        "dob": {"en": ["I was born {v} in ⟦Ipoh|LOCATION⟧",
                       "the patient's birthday is {v}",
                       "date of birth for the boarding record, {v}",
                       "my son was born {v}, he's flying as a minor",
                       "born {v} lah, same as my IC",
                       "my grandmother was born {v} in ⟦Bulawayo|LOCATION⟧",
                       "the child's date of birth as the mother said it, {v}",
                       "he said he was born {v}, in ⟦Gweru|LOCATION⟧"],
                "ru": ["я родилась {v} в ⟦Худжанде|LOCATION⟧",
                       "дата рождения клиентки, со слов, {v}",
                       "сын родился {v}, уже в ⟦Анталье|LOCATION⟧",
                       "дедушка родился {v}, в кишлаке",
                       "мама родилась {v}, так и в икамете",
                       "родился {v}, ака, записывай",
                       "у меня днюха {v}, скидку дадите?",
                       "дочка родилась {v}, в ⟦Алании|LOCATION⟧"]},
        "fillers": {"en": ["lah then", "aiyo", "wait ah", "you know or not", "alamak", "ndeipi", "maiwe", "ah ya",
                           "let me see ah", "sorry ah sorry", "one second, one second", "I tell you"],
                    "ru": ["ака-джон", "апа-джон", "хоп, ака", "tamam", "ну, это самое", "щас, щас, апа", "ой, погоди",
                           "как это, ну", "yani, ну"]},
        "digit_sep": {"en": [" ... [announcement] ... ", " -- ah -- ", " [static] "],
                      "ru": [" ... [шум фена] ... ", " -- ой -- ", " [помехи] "]},
        "email_at": {"en": [" at sign lah ", " (the at one) ", " alias "],
                     "ru": [" собачка, ну, ", " [собачка] ", " знак эт, "]},
        "email_dot": {"en": [" dot ah ", " (dot lah) ", " full stop ah "], "ru": [" точечка, ", " (точечка, да) ", " тчк, ну "]},
        "spell": {"en": [", then ah ", " -- lah -- "], "ru": [", потом ещё ", " — и "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("IC no.", "GOV_ID", "mykad"), ("MyKad:", "GOV_ID", "mykad"), ("NRIC (MY)", "GOV_ID", "mykad"),
                        ("new IC number", "GOV_ID", "mykad"), ("Malaysian passport", "GOV_ID", "my_passport"),
                        ("passport no. (MY):", "GOV_ID", "my_passport"), ("income tax no.", "GOV_ID", "my_tin"),
                        ("LHDN ref:", "GOV_ID", "my_tin"), ("national ID (ZW)", "GOV_ID", "zw_id"),
                        ("ID number (ZW):", "GOV_ID", "zw_id"), ("Zim ID", "GOV_ID", "zw_id"),
                        ("handphone", "PHONE", "phone_my"), ("H/P:", "PHONE", "phone_my"),
                        ("contact no. (MY)", "PHONE", "phone_my"), ("Econet number", "PHONE", "phone_zw"),
                        ("cell (ZW):", "PHONE", "phone_zw"), ("passenger contact", "PHONE", "phone_fmt"),
                        ("emergency contact tel", "PHONE", "phone_sep"), ("Enrich no.", "OTHER", "enrich"),
                        ("frequent flyer number:", "OTHER", "enrich"), ("patient no.", "OTHER", "dental_ref"),
                        ("dental record:", "OTHER", "dental_ref"), ("medical aid number", "OTHER", "policy"),
                        ("D.O.B", "DATE_OF_BIRTH", "dob_slash"), ("birthdate (per IC):", "DATE_OF_BIRTH", "dob_slash"),
                        ("patient DOB", "DATE_OF_BIRTH", "dob_month"), ("date of birth of the minor:", "DATE_OF_BIRTH", "dob_iso"),
                        ("staff pass PIN", "SECRET", "pin4"), ("crew lounge code:", "SECRET", "pin4"),
                        ("online banking password", "SECRET", "password"), ("portal pw:", "SECRET", "password"),
                        ("licence (ZW)", "GOV_ID", "licence")],
                 "ru": [("TC kimlik", "GOV_ID", "tc_kimlik"), ("кимлик номер:", "GOV_ID", "tc_kimlik"),
                        ("номер икамета", "GOV_ID", "yabanci"), ("yabancı kimlik no:", "GOV_ID", "yabanci"),
                        ("ikamet №", "GOV_ID", "yabanci"), ("паспорт РТ", "GOV_ID", "tj_passport"),
                        ("таджикский паспорт:", "GOV_ID", "tj_passport"), ("ИНН (Таджикистан)", "GOV_ID", "tj_inn"),
                        ("миграционная карта", "GOV_ID", "migration_card"), ("миграционка:", "GOV_ID", "migration_card"),
                        ("паспорт клиентки", "GOV_ID", "passport_ru"), ("ИНН мастера", "GOV_ID", "inn"),
                        ("ИНН—", "GOV_ID", "inn_glued"), ("снилс сотрудницы пвз", "GOV_ID", "snils"),
                        ("турецкий номер", "PHONE", "phone_tr"), ("cep:", "PHONE", "phone_tr"),
                        ("таджикский номер", "PHONE", "phone_tj"), ("тел. (TJ):", "PHONE", "phone_tj"),
                        ("номер клиентки", "PHONE", "phone_fmt"), ("тел. администратора", "PHONE", "phone_sep"),
                        ("IBAN в ⟦Ziraat|ORGANIZATION⟧", "IBAN", "tr_iban"), ("iban для аренды:", "IBAN", "tr_iban"),
                        ("дата рождения клиентки", "DATE_OF_BIRTH", "dob_dots"), ("doğum tarihi:", "DATE_OF_BIRTH", "dob_dots"),
                        ("д/р (по паспорту РТ)", "DATE_OF_BIRTH", "dob_month"), ("код получения", "SECRET", "pickup"),
                        ("код для выдачи:", "SECRET", "pickup"), ("пароль от кабинета продавца", "SECRET", "password"),
                        ("код от сейфа в салоне", "SECRET", "pin4"), ("пин от карты клиентки", "SECRET", "pin4")]},
        "carriers": {"en": ["Check-in note: {v}", "pax gave {v}", "{v} (as per IC)", "dental chart: {v}",
                            "PIR form - {v}", "{v} lah", "pls confirm {v} ah", "{v}, thanks shamwari", "Field 7: {v}"],
                     "ru": ["администратор записала: {v}", "{v}, рахмат", "в журнале записи {v}", "сотрудница пвз скинула {v}",
                            "{v} (со слов клиентки)", "Для анкеты: {v}", "кинь в телегу {v}", "{v}, tamam?",
                            "в заявке на икамет: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow our clinic on IG, {v}", "tag {v} in the crew group", "the passenger {v} complained",
                      "my tiktok is {v} lah", "DM {v} for the lost bag", "I'm {v} on Twitter"],
               "ru": ["мой ник в инсте {v}", "отметь {v} в чате салона", "{v} в телеге, она мастер",
                      "продавец в телеге {v}", "ник на форуме про ⟦Аланью|LOCATION⟧ {v}", "пишите {v}, она бровист"]},
        "url": {"en": ["my spotting photos are here {v}", "the clinic's page is {v}", "the cabin crew blog {v}",
                       "see my braces journey on {v}", "my travel page is at {v}", "pls click {v}"],
                "ru": ["мой канал про маникюр {v}", "мои работы с ногтями на {v}", "профиль продавца {v}",
                       "мой блог про ⟦Мерсин|LOCATION⟧ {v}", "портфолио: {v}", "смотри здесь {v}"]},
        "url_layouts": {"any": ["https://{site}?ref=ig", "{site} (pls)", "https://www.{site}/?lang=ms",
                                "[{site}] <- here"]},
        "ssh": {"any": ["ssh -p 2022 {v}", "ssh -A -p 2200 {v}", "scp xray.zip {v}:/data/clinic/", "rsync -av roster/ {v}:/srv/roster/"]},
        "remote": {"any": ["git clone https://gitlab.com/{v}.git --depth 1", "git pull https://github.com/{v}.git main",
                           "pip install git+https://gitlab.com/{v}.git", "yarn add github:{v}#main"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:edge-arm64", "FROM quay.io/{v}:alpine",
                             "podman pull docker.io/{v}:2", "image: ghcr.io/{v}:stable"]},
        "home": {"any": ["/home/{v}/xrays/", "C:\\Users\\{v}\\Documents\\Roster\\", "/Users/{v}/Downloads/boarding/",
                         "/var/home/{v}/salon/"]},
        "tool": {"en": ["the check-in PC hung on {v}", "my cousin told me to type {v}", "it got stuck at {v} lah",
                        "paste {v} in the group"],
                 "ru": ["племянник-айтишник запускал {v}", "программист сказал ввести {v}", "всё висит на {v}",
                        "скинула {v} в чат"]},
        "mention": {"en": ["{h} thanks lah!", "{h} ndatenda!", "{h} can check the PNR?", "{h}: done lah",
                           "tq {h}", "{h} haha ok lah"],
                    "ru": ["{h}, катта рахмат!", "{h} tamam", "{h}, скинь прайс", "{h}: принято, сагол",
                           "сагол {h}", "{h} ну ты даёшь, апа"]},
    },
    4: {
        "url": {"en": ["the boarding pass link had ?{k}={v}&lang=ms", "the appointment form prefilled {k}={v}",
                       "the baggage tracker redirect carried {k}={v}&src=sms", "GET /pir/lookup?{k}={v} 200"],
                "ru": ["ссылка на запись в салон ?{k}={v}&lang=ru", "в ссылке от продавца {k}={v}",
                       "в переходе из телеги {k}={v}&s=2", "в логе пвз: GET /orders?{k}={v}"]},
        "markup": {"en": ["the boarding pass HTML has <td data-col=\"{k}\">{v}</td>",
                          "the recall letter template reads <b>{v}</b>",
                          "the check-in form has <input name=\"{k}\" type=\"text\" value=\"{v}\">"],
                   "ru": ["в HTML чека <td data-col=\"{k}\">{v}</td>",
                          "в шаблоне записи <b>{v}</b>",
                          "в форме продавца <input name=\"{k}\" type=\"text\" value=\"{v}\">"]},
        "prose": {"en": ["the DuitNow screen shows the payee as {v}", "the bag tag says {v}",
                         "the recall card is addressed to {v}", "the crew list reads {v}"],
                  "ru": ["в приложении ⟦Ziraat|ORGANIZATION⟧ получатель {v}", "в журнале салона {v}",
                         "на коробке с заказом {v}", "в икамете написано {v}"]},
        "escapes": {"ncr-dec": {"en": ["the old DCS screen shows the passenger as {v}",
                                       "the practice software exported the name as {v}",
                                       "the bag tag printed {v}"],
                                "ru": ["в турецкой программе фамилия вышла как {v}",
                                       "в выгрузке из кабинета продавца {v}",
                                       "в письме от арендодателя каракули: {v}"]},
                    "base64url": {"en": ["the boarding pass token decodes to the name; it reads {v}",
                                         "the appointment link ends with name={v}",
                                         "the JWT's name claim was {v}"],
                                  "ru": ["в ссылке на запись имя зашито как {v}",
                                         "в токене пвз поле name: {v}",
                                         "в куке салона клиентка {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["deliver the bag to {v}, the guard house will sign", "clinic mailing address: {v}",
                        "the passenger lives at {v}", "my house is {v} lah", "send the dentures to {v}",
                        "pax home address {v}"],
                 "ru": ["адрес: {v}, код на воротах спросите", "мы живём {v}, возле рынка", "доставка на {v}",
                        "салон по адресу {v}", "я теперь живу в {v}", "посылку на {v}, апа"]},
        "block": {"en": ["Mailing address (pls):\n{v}", "Delivery address\n{v}\n(call on arrival)",
                         "Patient address:\n{v}\nRecall due", "Forward to -\n{v}"],
                  "ru": ["Адрес для икамета:\n{v}", "Адрес доставки\n{v}\n(позвонить у ворот)",
                         "Адрес (по прописке):\n{v}\nзвонок не работает", "Куда -\n{v}"]},
        "layouts": {"en": ["my_taman", "my_condo", "my_kampung", "zw_stand", "zw_box", "zw_street"],
                    "ru": ["tj_city", "tj_kishlak", "tj_block", "tr_latin", "tr_cyr", "tr_site"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Passenger: {v}", "Patient (dental): {v}", "Pax: {v}", "the dentist {v} is running late",
                        "the caller said she's {v}", "Crew: {v}", "handed over to {v} at the gate",
                        "Guardian (per form): {v}"],
                 "ru": ["Клиентка: {v}", "Мастер: {v}", "продавец {v} отгрузила заказ",
                        "администратор — {v}", "Получатель: {v}", "звонила {v} насчёт записи",
                        "Арендодатель: {v}"]},
        "kin": {"en": [("my makcik", "f"), ("my pakcik", "m"), ("my atuk", "m"), ("my nenek", "f"), ("my amai", "f"),
                       ("my babamukuru", "m"), ("my tete", "f"), ("my sekuru", "m"), ("my hygienist", "f"),
                       ("my co-pilot", "m")],
                "ru": [("моя апа из Душанбе", "f"), ("мой ака", "m"), ("моя клиентка", "f"), ("мой мастер по стрижке", "m"),
                       ("моя сменщица", "f"), ("мой свёкор из Худжанда", "m"), ("моя золовка из Алании", "f"), ("мой арендодатель", "m"),
                       ("моя бровистка", "f")]},
        "kin_carriers": {"en": ["{v} will collect the bag", "{v} is paying for the crown",
                                "{v} flies in from ⟦Penang|LOCATION⟧", "{v} will sign for the minor",
                                "{v} booked the cleaning", "{v} is on the night shift"],
                         "ru": ["{v} привезёт документы", "{v} прилетит из ⟦Душанбе|LOCATION⟧", "{v} заберёт заказ",
                                "{v} делает ногти", "{v} передаёт привет из ⟦Мерсина|LOCATION⟧", "{v} продлит икамет"]},
        "wordnames": {"en": {"f": ["Loveness", "Tsitsi", "Nomatter", "Tariro", "Bunga", "Melati"],
                             "m": ["Lovemore", "Godknows", "Talent", "Learnmore", "Brighton", "Tapiwa"]},
                      "ru": {"f": ["Гули", "Нилуфар", "Мехри"], "m": ["Баходур", "Далер", "Умед"]}},
        "list": {"en": ["Passengers offloaded:\n{v}", "Recall list\n{v}", "Crew on the flight:\n{v}",
                        "| Patient | Chair |\n|---|---|\n{v}"],
                 "ru": ["Запись на завтра:\n{v}", "Не забрали заказ\n{v}", "Смена пвз:\n{v}",
                        "| Клиентка | Время |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - boarded", "* {v} (no show)", "{v} (pax)", "| {v} | 3 |"]},
        "broken": {"en": ["the report was filed by the duty manager {v} at the gate",
                          "the treatment plan was signed by the dentist {v} last week"],
                   "ru": ["заказ выдала сотрудница {v}", "запись подтвердила мастер {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the kiosk connected from {v}", "the practice login came from {v}",
                      "pls whitelist {v} on the clinic Wi-Fi", "the gate tablet pinged from {v}",
                      "the bag scanner dropped {v}", "my IP is {v} lah"],
               "ru": ["вход в кабинет продавца с {v}", "терминал пвз с {v}", "айпи салона {v}",
                      "подозрительный вход в салон с {v}", "разблокируйте {v}, апа", "мой айпишник {v}"]},
        "iban": {"en": ["please refund the ticket to {v}", "my EUR account is {v}", "refund the crown deposit to IBAN {v}",
                        "the crew allowance goes to {v}"],
                 "ru": ["за аренду на {v}", "мой счёт в ⟦Garanti|ORGANIZATION⟧ {v}", "верните предоплату за аренду на IBAN {v}",
                        "за маникюр переводите на {v}"]},
        "mac": {"en": ["the kiosk's MAC is {v}", "the intraoral camera's MAC {v}", "add {v} to the router",
                       "the AP logged {v}"],
                "ru": ["MAC терминала пвз {v}", "MAC кассы в салоне {v}", "добавьте {v} в роутер",
                       "роутер на пвз режет {v}"]},
        "card": {"en": ["the card number is {v} lah", "charge the excess baggage to {v}", "she paid the filling with {v}",
                        "the passenger read the card as {v}"],
                 "ru": ["карта для оплаты ресниц {v}", "номер карты мастера по ногтям {v}", "переведи на карту {v}",
                        "карта {v}, украли, заблокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Hi, this is {v}", "Name of the passenger: {v}"],
                         "GOV_ID": ["my driving licence number (ZW) is {v}", "licence no. on file: {v}"],
                         "USERNAME": ["my username on the airline app is {v}", "app login name: {v}"]},
                  "ru": {"PERSON": ["Салам алейкум, я {v}", "ФИО клиентки: {v}"],
                         "GOV_ID": ["паспорт гражданина РФ {v}", "паспорт получателя {v}"],
                         "USERNAME": ["мой логин в кабинете продавца {v}", "логин на сайте салона: {v}"]}},
        "later": {"en": ["again about {v}", "still nothing from {v} leh", "{v} called back ah", "chasing {v} lah",
                         "(pax {v})"],
                  "ru": ["по клиентке {v}", "{v} снова звонила", "напоминаю про клиентку {v}", "(см. выше, {v})",
                         "{v}, ответь пожалуйста"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the lab order {v} for the crown is late", "order {v} came with the wrong trays",
                     "⟦Shopee|ORGANIZATION⟧ order {v} arrived"],
              "ru": ["заказ {v} на ⟦Ozon|ORGANIZATION⟧", "заказ {v} лежит на пвз", "оформила возврат по заказу {v}"]},
    "price": {"en": ["the scaling comes to {v}", "excess baggage is {v}", "the crown alone is {v}"],
              "ru": ["маникюр с покрытием {v}", "аренда за месяц {v}", "платье стоило {v}"]},
    "timestamp": {"en": ["boarding closes {v}", "appointment at {v}", "bag last scanned {v}"],
                  "ru": ["запись на {v}", "пвз открывается в {v}", "заказ привезут в {v}"]},
    "version": {"en": ["the airline app {v} logs me out", "the practice software {v}", "since the {v} kiosk update"],
                "ru": ["приложение продавца {v}", "версия кассы {v}", "после обновления {v} всё глючит"]},
    "room": {"en": ["the crew briefing is in room {v}", "the patient is in surgery {v}", "lost and found, room {v}"],
             "ru": ["кабинет косметолога {v}", "склад пвз, помещение {v}", "салон, кабинет {v}"]},
    "flight": {"en": ["my flight to ⟦Kota Kinabalu|LOCATION⟧ is {v}", "the crew positions on {v}", "the bag went on {v}"],
               "ru": ["лечу в ⟦Анталью|LOCATION⟧ рейсом {v}", "{v} опять задержали, апа", "встречай с {v} в ⟦Душанбе|LOCATION⟧"]},
    "isbn": {"en": ["the dental nursing book is ISBN {v}", "the crew manual, ISBN {v}", "ISBN {v}, the Manglish dictionary"],
             "ru": ["учебник по маникюру ISBN {v}", "ISBN {v}, разговорник турецкого", "ISBN {v} про бизнес на маркетплейсах"]},
    "doc-ip": {"en": ["the kiosk manual shows {v}", "the X-ray unit guide's example is {v}", "the wiring sheet has {v}"],
               "ru": ["в мануале к терминалу {v}", "в инструкции к кассе пример {v}", "в схеме сети салона {v}"]},
    "spoken-date": {"en": ["the cleaning is {v}", "my roster starts {v}", "the flight was moved to {v}"],
                    "ru": ["запись перенесли на {v}", "икамет продлевать до {v}", "заказ приедет на {v}"]},
    "kinship-verb": {"en": ["my makcik {v} call you", "my hygienist {v} check it", "my sekuru {v} come too"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Ok lah, noted.", "Sure, updated the booking.", "Ndatenda, saved.", "Alright, will settle it.",
                        "Thanks, the chart is updated.", "Can lah, done."],
                 "ru": ["Рахмат, в журнал записала.", "Хорошо, поменяла в записи.", "Tamam, внесла.", "Поняла, поправлю.",
                        "Спасибо, анкету клиентки обновила.", "Ок, сделано."]}
