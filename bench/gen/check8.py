"""The bank of ``check8``, the eighth pair's held-out set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: the English of the Scottish islands (Shetland, Orkney, the Western Isles) and of
Norwegians on North Sea offshore crews, recruitment agencies and their candidates, and
fostering and adoption social workers with carers and birth families; in Russian, speakers in
Buryatia (Ulan-Ude and the uluses, Buryat words) and Russian speakers living in the United
States (Brooklyn, New Jersey, Philadelphia, Florida; English words in Russian sentences),
notaries' offices and private tutors with pupils' parents. Its own shapes carry the check a
reader runs where the id has one. Written from memory, not from a specification: the layouts
of the UK right-to-work share code, the PVG scheme and DBS certificate numbers and the Scottish
Candidate Number, of the US alien registration number, ITIN and New York driver licence, and
of the notarial register numbers (none with a check written), the island and Norwegian post
codes, Ulan-Ude's indexes and the Russian-speaking districts' ZIP codes. The Norwegian birth
number's two modulo-11 check digits (weights 3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2; the
D-number adds 40 to the day) and the Norwegian account number's modulo-11 check digit
(weights 5 4 3 2 7 6 5 4 3 2) are as published.
"""

from __future__ import annotations

import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: the islands' landlines (Lerwick, Kirkwall, Stornoway,
# Brae) and Norway's mobiles
MOBILES = (("GB", ("01595", "01856", "01851", "01806"), 6, (5, 6)),
           ("NO", ("4", "9"), 7, (3, 2, 3)))
SHARE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
FNR_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
FNR_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


# -- family 2: shapes -----------------------------------------------------------------------

def _mod11(digits: str, weights: tuple[int, ...]) -> int | None:
    """The modulo-11 check digit, None where it would be 10 (no number is issued with it)."""
    k = 11 - sum(int(c) * w for c, w in zip(digits, weights)) % 11
    return None if k == 10 else k % 11


def _birth_number(v: Values, plus: int) -> str:
    while True:
        y, m, d = v.birth()
        body = f"{d + plus:02d}{m:02d}{y % 100:02d}{v.digits(3, False)}"
        k1 = _mod11(body, FNR_W1)
        k2 = None if k1 is None else _mod11(body + str(k1), FNR_W2)
        if k2 is not None:
            return f"{body}{k1}{k2}"


def _fnr(v: Values, lang: str) -> str:
    """A Norwegian birth number: the birth date, three digits and two check digits."""
    text = _birth_number(v, 0)
    return f"{text[:6]} {text[6:]}" if v.rng.random() < 0.4 else text


def _dnr(v: Values, lang: str) -> str:
    """A D-number, a foreign worker's: the day plus 40, the same checks."""
    return _birth_number(v, 40)


def _fnr_ok(text: str) -> bool:
    d = text.replace(" ", "")
    return (re.fullmatch(r"\d{11}", d) is not None and _mod11(d[:9], FNR_W1) == int(d[9])
            and _mod11(d[:10], FNR_W2) == int(d[10]))


def _account(v: Values) -> str:
    while True:
        body = v.rng.choice(("1503", "1506", "3201", "9710", "6011")) + v.digits(6, False)
        k = _mod11(body, FNR_W2)
        if k is not None:
            return body + str(k)


def _no_account(v: Values, lang: str) -> str:
    """A Norwegian account number: the bank's four digits, six more and the check, 4.2.5."""
    d = _account(v)
    return f"{d[:4]}.{d[4:6]}.{d[6:]}" if v.rng.random() < 0.6 else d


def _no_account_ok(text: str) -> bool:
    d = text.replace(".", "")
    return len(d) == 11 and d.isdigit() and _mod11(d[:10], FNR_W2) == int(d[10])


def _iban_ok(text: str) -> bool:
    s = text.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def _no_iban(v: Values, lang: str) -> str:
    bban = _account(v)
    number = "".join(str(int(c, 36)) for c in bban + "NO00")
    iban = f"NO{98 - int(number) % 97:02d}{bban}"
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if v.rng.random() < 0.6 else iban


def _phone_no(v: Values, lang: str) -> str:
    d, _ = v.mobile(MOBILES[1])
    return v.rng.choice((f"+47 {d[:3]} {d[3:5]} {d[5:]}", f"{d[:3]} {d[3:5]} {d[5:]}", f"+47{d}",
                         f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"))


def _phone_isles(v: Values, lang: str) -> str:
    d, _ = v.mobile(MOBILES[0])
    return v.rng.choice((f"{d[:5]} {d[5:]}", f"({d[:5]}) {d[5:]}", f"+44 {d[1:5]} {d[5:]}"))


def _share_code(v: Values, lang: str) -> str:
    """A right-to-work share code: W and eight characters, read in threes."""
    c = "W" + "".join(v.rng.choice(SHARE_CHARS) for _ in range(8))
    return f"{c[:3]} {c[3:6]} {c[6:]}" if v.rng.random() < 0.6 else c


def _pvg(v: Values, lang: str) -> str:
    d = v.digits(16, False)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if v.rng.random() < 0.5 else d


def _dbs(v: Values, lang: str) -> str:
    return "00" + v.digits(10, False)


def _scn(v: Values, lang: str) -> str:
    return v.digits(9)


def _phone_us(v: Values, lang: str) -> str:
    """An American number as Russian speakers there write it: the area code, then 3-2-2."""
    while True:
        d = v.rng.choice(("718", "347", "917", "929", "201", "215", "305")) + v.digits(7)
        if d[3:6] != "555" and phonenumbers.is_valid_number(phonenumbers.parse(d, "US")):
            break
    return v.rng.choice((f"+1 ({d[:3]}) {d[3:6]}-{d[6:8]}-{d[8:]}", f"+1 {d[:3]} {d[3:6]} {d[6:]}",
                         f"({d[:3]}) {d[3:6]}-{d[6:]}", f"1-{d[:3]}-{d[3:6]}-{d[6:]}"))


def _a_number(v: Values, lang: str) -> str:
    """An alien registration number on a green card: A and nine digits."""
    d = v.digits(9, False)
    return v.rng.choice((f"A{d}", f"A{d[:3]}-{d[3:6]}-{d[6:]}", f"A {d}"))


def _itin(v: Values, lang: str) -> str:
    """An ITIN: 9, two digits, the group 70-88, 90-92 or 94-99, four digits."""
    group = v.rng.choice([*range(70, 89), 90, 91, 92, *range(94, 100)])
    return f"9{v.digits(2, False)}-{group}-{v.digits(4, False)}"


def _ny_dl(v: Values, lang: str) -> str:
    d = v.digits(9)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if v.rng.random() < 0.5 else d


def _phone_uu(v: Values, lang: str) -> str:
    """An Ulan-Ude landline: 8 or +7, the code 3012, six digits in pairs."""
    while True:
        d = "3012" + v.rng.choice("2456") + v.digits(5, False)
        if phonenumbers.is_valid_number(phonenumbers.parse("8" + d, "RU")):
            break
    return v.rng.choice((f"8 (3012) {d[4:6]}-{d[6:8]}-{d[8:]}", f"+7 3012 {d[4:]}", f"8-3012-{d[4:7]}-{d[7:]}"))


def _notary(v: Values, lang: str) -> str:
    """A notarial act's register number: the region, the notary, н, the year and the act."""
    return f"03/{v.rng.randint(1, 90)}-н/03-{v.rng.randint(2019, 2025)}-{v.rng.randint(1, 9)}-{v.rng.randint(1, 2999)}"


def _zoom(v: Values, lang: str) -> str:
    alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(v.rng.choice(alphabet) for _ in range(v.rng.randint(6, 10)))


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


# -- family 4: escapes ------------------------------------------------------------------------

def r_uplus(text: str) -> str:
    """A name as R on Windows prints a string it cannot show: ``Ren<U+00E9>e``."""
    return "".join(c if ord(c) < 128 else f"<U+{ord(c):04X}>" for c in text)


def _from_r_uplus(text: str) -> str:
    return re.sub(r"<U\+([0-9A-F]{4,6})>", lambda m: chr(int(m[1], 16)), text)


def pg_unicode(text: str) -> str:
    """A name as a PostgreSQL Unicode string constant: ``U&'Ren\\00E9e'``."""
    body = "".join(c if ord(c) < 128 and c not in "\\'" else
                   (f"\\{ord(c):04X}" if ord(c) <= 0xFFFF else f"\\+{ord(c):06X}") for c in text)
    return f"U&'{body}'"


def _from_pg_unicode(text: str) -> str:
    body = text[3:-1]
    return re.sub(r"\\(\+[0-9A-F]{6}|[0-9A-F]{4})", lambda m: chr(int(m[1].lstrip("+"), 16)), body)


# -- family 5: address layouts ----------------------------------------------------------------

POST_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
SHETLAND = (("Quendale", "Dunrossness", "ZE2 9"), ("Voe", "Delting", "ZE2 9"), ("Brae", "Delting", "ZE2 9"),
            ("Hamnavoe", "Burra", "ZE2 9"), ("Sandwick", "Cunningsburgh", "ZE2 9"), ("Baltasound", "Unst", "ZE2 9"))
ORKNEY = (("Upper Breckan", "Stenness", "Stromness", "KW16 3"), ("Quoyloo", "Sandwick", "Stromness", "KW16 3"),
          ("Nether Bigging", "Harray", "Orkney", "KW17 2"), ("Netherhouse", "St Ola", "Kirkwall", "KW15 1"),
          ("Westness", "Rousay", "Orkney", "KW17 2"))
LEWIS = (("Lower Garrabost", "Point", "Isle of Lewis", "HS2 0"), ("Upper Bayble", "Point", "Isle of Lewis", "HS2 0"),
         ("North Tolsta", "Back", "Isle of Lewis", "HS2 0"), ("Leverburgh", "Isle of Harris", "", "HS5 3"),
         ("Iochdar", "South Uist", "", "HS8 5"), ("Castlebay", "Isle of Barra", "", "HS9 5"))
TOWN_STREETS = (("Keith Street", "Stornoway", "HS1 2"), ("Francis Street", "Stornoway", "HS1 2"),
                ("Commercial Street", "Lerwick", "ZE1 0"), ("King Harald Street", "Lerwick", "ZE1 0"),
                ("Victoria Street", "Kirkwall", "KW15 1"), ("Alfred Street", "Stromness", "KW16 3"))
NO_STREETS = (("Kong Oscars gate", "5017", "Bergen"), ("Pedersgata", "4013", "Stavanger"),
              ("Storgata", "9008", "Tromsø"), ("Lagårdsveien", "4010", "Stavanger"),
              ("Haraldsgata", "5527", "Haugesund"), ("Langgata", "4306", "Sandnes"))
NO_BOXES = (("4068", "Stavanger"), ("5804", "Bergen"), ("5501", "Haugesund"), ("6501", "Kristiansund N"))


def _inward(v: Values, sector: str) -> str:
    return sector + "".join(v.rng.choice(POST_INWARD) for _ in range(2))


def _shet_rural(v: Values) -> list[str]:
    """A Shetland house by its name: the house, the district, Shetland and the postcode."""
    r = v.rng
    place, district, sector = r.choice(SHETLAND)
    house = r.choice(("Nordhouse", "Setter", "Upper Quoys", "Hillside", "Da Knowe", f"{r.randint(1, 30)}"))
    return [f"{house}, {place}, {district}, Shetland {_inward(v, sector)}"]


def _ork_farm(v: Values) -> list[str]:
    """An Orkney farm over three lines: the farm and the parish, the town, Orkney and the
    postcode."""
    r = v.rng
    farm, parish, town, sector = r.choice(ORKNEY)
    return [f"{farm}, {parish}", town, f"Orkney {_inward(v, sector)}"] if town != "Orkney" else \
        [farm, parish, f"Orkney {_inward(v, sector)}"]


def _lewis_village(v: Values) -> list[str]:
    """A croft by its number in a township of the Western Isles."""
    r = v.rng
    village, area, isle, sector = r.choice(LEWIS)
    tail = f", {isle}" if isle else ""
    return [f"{r.randint(1, 60)} {village}, {area}{tail} {_inward(v, sector)}"]


def _isle_street(v: Values) -> list[str]:
    r = v.rng
    street, town, sector = r.choice(TOWN_STREETS)
    return [f"{r.randint(1, 90)} {street}", f"{town} {_inward(v, sector)}"]


def _no_gate(v: Values) -> list[str]:
    """Norway: the street, the number and a letter for the entrance, the postcode and town."""
    r = v.rng
    street, code, town = r.choice(NO_STREETS)
    return [f"{street} {r.randint(1, 90)}{r.choice(('', ' A', ' B', 'C'))}, {code} {town}"]


def _no_postboks(v: Values) -> list[str]:
    r = v.rng
    code, town = r.choice(NO_BOXES)
    return [f"Postboks {r.randint(10, 9999)}", f"{code} {town}{r.choice(('', ', Norway', ', Noreg'))}"]


US_STREETS = (("Brighton Beach Ave", "Brooklyn", "NY", "11235"), ("Ocean Pkwy", "Brooklyn", "NY", "11235"),
              ("Neptune Ave", "Brooklyn", "NY", "11224"), ("Sheepshead Bay Rd", "Brooklyn", "NY", "11229"),
              ("Bustleton Ave", "Philadelphia", "PA", "19116"), ("Collins Ave", "Sunny Isles Beach", "FL", "33160"),
              ("Havenhurst Dr", "West Hollywood", "CA", "90046"))
US_CYR = (("Бруклин", "Брайтон-Бич-авеню"), ("Бруклин", "Оушен-паркуэй"), ("Бруклин", "Нептун-авеню"),
          ("Филадельфия", "Бастлтон-авеню"), ("Санни-Айлс", "Коллинз-авеню"))
NJ_TOWNS = (("River Rd", "Fair Lawn", "07410"), ("Broadway", "Fair Lawn", "07410"), ("Route 9", "Marlboro", "07746"),
            ("Palisade Ave", "Fort Lee", "07024"))
UU_STREETS = ("ул. Ключевская", "ул. Бабушкина", "ул. Терешковой", "ул. Смолина", "пр. Строителей", "ул. Жердева",
              "ул. Солнечная", "ул. Хахалова")
BUR_ULUS = (("Иволгинский р-н", "улус Оронгой"), ("Иволгинский р-н", "улус Нур-Селение"), ("Тарбагатайский р-н", "с. Нижний Саянтуй"),
            ("Баргузинский р-н", "улус Уро"), ("Хоринский р-н", "улус Удинск"), ("Заиграевский р-н", "улус Шулута"))


def _us_latin(v: Values) -> list[str]:
    """An American address block: the number, the street and the apartment; the city, state
    and ZIP code."""
    r = v.rng
    street, city, state, zip_code = r.choice(US_STREETS)
    return [f"{r.randint(100, 3999)} {street}, Apt {r.randint(1, 9)}{r.choice('ABCDEF')}", f"{city}, {state} {zip_code}"]


def _us_cyr(v: Values) -> list[str]:
    """The same written in Russian: the city, the street, the house and the apartment."""
    r = v.rng
    city, street = r.choice(US_CYR)
    return [f"{city}, {street}, дом {r.randint(100, 3999)}, кв. {r.randint(1, 9)}{r.choice('АБВГД')}"]


def _us_nj(v: Values) -> list[str]:
    r = v.rng
    street, town, zip_code = r.choice(NJ_TOWNS)
    return [f"{r.randint(1, 1999)} {street}, {town}, NJ {zip_code}"]


def _bur_city(v: Values) -> list[str]:
    r = v.rng
    return [f"Республика Бурятия, г. Улан-Удэ, {r.choice(UU_STREETS)}, д. {r.randint(1, 90)}, кв. {r.randint(1, 150)}"]


def _bur_ulus(v: Values) -> list[str]:
    """A house in an ulus: the district, the ulus, the street and the house."""
    r = v.rng
    district, ulus = r.choice(BUR_ULUS)
    return [f"Бурятия, {district}, {ulus}, ул. {r.choice(('Ленина', 'Мира', 'Школьная', 'Доржиева'))}, {r.randint(1, 70)}"]


def _bur_index(v: Values) -> list[str]:
    """The index first, the city, the street, house-flat."""
    r = v.rng
    return [f"6700{r.randint(0, 49):02d}, Улан-Удэ, {r.choice(UU_STREETS)}, {r.randint(1, 90)}-{r.randint(1, 150)}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"fnr": _fnr, "dnr": _dnr, "no_account": _no_account, "no_iban": _no_iban, "phone_no": _phone_no,
            "phone_isles": _phone_isles, "share_code": _share_code, "pvg": _pvg, "dbs": _dbs, "scn": _scn,
            "phone_us": _phone_us, "a_number": _a_number, "itin": _itin, "ny_dl": _ny_dl, "phone_uu": _phone_uu,
            "notary": _notary, "zoom": _zoom},
    checks={"fnr": _fnr_ok, "dnr": _fnr_ok, "no_account": _no_account_ok, "no_iban": _iban_ok,
            "phone_no": _dials("NO"), "phone_isles": _dials("GB"), "phone_us": _dials("US"), "phone_uu": _dials("RU"),
            "itin": lambda s: re.fullmatch(r"9\d\d-(7\d|8[0-8]|9[0-24-9])-\d{4}", s) is not None,
            "a_number": lambda s: re.fullmatch(r"A ?(\d{9}|\d{3}-\d{3}-\d{3})", s) is not None},
    escapes={"r-uplus": r_uplus, "pg-unicode": pg_unicode},
    unescapes={"r-uplus": _from_r_uplus, "pg-unicode": _from_pg_unicode},
    lines={"shet_rural": _shet_rural, "ork_farm": _ork_farm, "lewis_village": _lewis_village,
           "isle_street": _isle_street, "no_gate": _no_gate, "no_postboks": _no_postboks, "us_latin": _us_latin,
           "us_cyr": _us_cyr, "us_nj": _us_nj, "bur_city": _bur_city, "bur_ulus": _bur_ulus, "bur_index": _bur_index},
    people={"en": ("no_NO",), "ru": ("en_US",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["da number at da hoose is {v}, peerie bit crackly",
                         "my Norwegian mobile is {v}, ring it offshore",
                         "you'll get me on {v}, I'm at the croft till six",
                         "the candidate gave her number as {v}",
                         "the carer's landline, read out: {v}",
                         "the social worker said to phone {v} out of hours",
                         "right so, the number, {v}",
                         "Candidate: it's {v}, aye",
                         "the birth mother's number on the referral, {v}",
                         "text me on {v} when the boat's in at ⟦Lerwick|LOCATION⟧",
                         "my number here is {v}, the Stavanger one's off",
                         "so that's {v}, did you get it, eh?"],
                  "ru": ["мой номер {v}, баярлаа",
                         "нотариус продиктовала номер: {v}",
                         "запишите номер репетитора {v}",
                         "мама ученика, номер {v}",
                         "мой американский {v}, звоните после шести по Нью-Йорку",
                         "номер помощницы нотариуса {v}",
                         "телефон в ⟦Улан-Удэ|LOCATION⟧ {v}, ещё ⟦Билайн|ORGANIZATION⟧",
                         "call me, ну то есть звоните, {v}",
                         "номер для записи на консультацию {v}",
                         "короче, записывай: {v}, это домашний"]},
        "email": {"en": ["the candidate spelled her email out as {v}",
                         "carer's email as she read it: {v}",
                         "send the CV to {v}",
                         "my email's {v}, I check it on the ferry",
                         "send the panel papers to {v}",
                         "my work email is {v}, not the rig one",
                         "the adopter confirmed the email as {v}",
                         "his email, spoken, was {v}"],
                  "ru": ["почта для доверенности {v}",
                         "нотариус назвала почту {v}",
                         "моя почта {v}, туда домашку",
                         "кидайте проект на {v}",
                         "емейл {v}, сэнкью",
                         "проект договора на {v}",
                         "почта мамы ученицы {v}",
                         "для ⟦USCIS|ORGANIZATION⟧ почта {v}"]},
        "dob": {"en": ["I was born {v}, in ⟦Stornoway|LOCATION⟧",
                       "the child was born on {v}",
                       "date of birth as the candidate gave it: {v}",
                       "my mam was born {v}, on ⟦Whalsay|LOCATION⟧",
                       "my birthday's {v}, same as my brother's",
                       "he was born {v}, in ⟦Bergen|LOCATION⟧",
                       "the birth mother gave the baby's date of birth as {v}",
                       "born {v}, it's on my passport"],
                "ru": ["родилась {v}, в ⟦Кяхте|LOCATION⟧",
                       "дата рождения доверителя, со слов, {v}",
                       "я родился {v}, в ⟦Улан-Удэ|LOCATION⟧",
                       "бабушка родилась {v}, ещё в улусе",
                       "у сына день рождения {v}, он в десятом классе",
                       "внучка родилась {v}, уже в ⟦Бруклине|LOCATION⟧",
                       "отец родился {v}, так и в грин-карте",
                       "наследодатель родился {v}"]},
        "fillers": {"en": ["peerie bit", "du kens", "aye aye", "ken", "uff da", "ja ja", "right so then", "let me just see",
                           "bear wi' me", "eh no", "mind you", "och"],
                    "ru": ["ну, значит", "you know, ну", "короче, в общем", "баярлаа", "так, секунду, так", "ну вот, значит",
                           "как там его", "секундочку, да", "anyway"]},
        "digit_sep": {"en": [" ... [wind noise] ... ", " -- hm -- ", " [signal drops] "],
                      "ru": [" ... [пауза, шум] ... ", " -- м-м -- ", " [плохо слышно] "]},
        "email_at": {"en": [" at, the wee at, ", " [at sign] ", " krøllalfa "],
                     "ru": [" собака, ну at, ", " [at, собачка] ", " эт-собака "]},
        "email_dot": {"en": [" dot, aye, ", " [dot, aye] ", " punktum "], "ru": [" точка, dot, ", " [точк] ", " дот, ну, "]},
        "spell": {"en": [" ... then aye ", " ... an' "], "ru": [", дальше вот ", " ... а потом "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("fødselsnummer", "GOV_ID", "fnr"), ("Norwegian ID no.", "GOV_ID", "fnr"),
                        ("personnummer (NO):", "GOV_ID", "fnr"), ("D-nummer", "GOV_ID", "dnr"),
                        ("D number:", "GOV_ID", "dnr"), ("NI no.", "GOV_ID", "nino"), ("NINO:", "GOV_ID", "nino"),
                        ("CHI no. (Western Isles)", "OTHER", "chi"), ("CHI number of the child:", "OTHER", "chi"),
                        ("share code", "OTHER", "share_code"), ("right to work code:", "OTHER", "share_code"),
                        ("PVG membership no.", "OTHER", "pvg"), ("PVG scheme number:", "OTHER", "pvg"),
                        ("DBS cert no.", "OTHER", "dbs"), ("Scottish Candidate Number", "OTHER", "scn"),
                        ("kontonummer", "OTHER", "no_account"), ("Norwegian account:", "OTHER", "no_account"),
                        ("IBAN (NO)", "IBAN", "no_iban"), ("wages to IBAN:", "IBAN", "no_iban"),
                        ("mobil", "PHONE", "phone_no"), ("Norwegian mob:", "PHONE", "phone_no"),
                        ("house phone", "PHONE", "phone_isles"), ("landline (Shetland):", "PHONE", "phone_isles"),
                        ("candidate tel", "PHONE", "phone_sep"), ("carer's mobile", "PHONE", "phone_fmt"),
                        ("date of birth of the child:", "DATE_OF_BIRTH", "dob_month"), ("fødselsdato", "DATE_OF_BIRTH", "dob_dots"),
                        ("DOB (candidate)", "DATE_OF_BIRTH", "dob_slash"), ("born on (per the file)", "DATE_OF_BIRTH", "dob_iso"),
                        ("key safe code at the croft", "SECRET", "pin4"), ("door code:", "SECRET", "pin4"),
                        ("candidate portal password", "SECRET", "password")],
                 "ru": [("SSN доверителя", "GOV_ID", "ssn"), ("сошиал:", "GOV_ID", "ssn"), ("номер грин-карты", "GOV_ID", "a_number"),
                        ("A-number:", "GOV_ID", "a_number"), ("ITIN", "GOV_ID", "itin"), ("айтин:", "GOV_ID", "itin"),
                        ("драйвер лайсенс", "GOV_ID", "ny_dl"), ("права (NY):", "GOV_ID", "ny_dl"),
                        ("паспорт доверителя", "GOV_ID", "passport_no"), ("паспорт наследника", "GOV_ID", "passport_ru"),
                        ("ИНН наследодателя", "GOV_ID", "inn"), ("СНИЛС доверителя", "GOV_ID", "snils"),
                        ("загран ученика", "GOV_ID", "zagran"), ("американский номер", "PHONE", "phone_us"),
                        ("cell:", "PHONE", "phone_us"), ("домашний (Улан-Удэ)", "PHONE", "phone_uu"),
                        ("городской:", "PHONE", "phone_uu"), ("тел. мамы ученика", "PHONE", "phone_sep"),
                        ("номер доверителя", "PHONE", "phone_fmt"), ("реестровый номер", "OTHER", "notary"),
                        ("зарегистрировано в реестре №", "OTHER", "notary"), ("полис ОМС доверителя", "OTHER", "digits16"),
                        ("дата рождения доверителя", "DATE_OF_BIRTH", "dob_dots"), ("DOB (как в грин-карте):", "DATE_OF_BIRTH", "dob_us"),
                        ("д.р. ученика", "DATE_OF_BIRTH", "dob_month"), ("пароль от зума", "SECRET", "zoom"),
                        ("код конференции:", "SECRET", "zoom"), ("пароль от госуслуг", "SECRET", "password"),
                        ("код от домофона ученика", "SECRET", "pin4")]},
        "carriers": {"en": ["Referral notes: {v}", "candidate gave {v}", "{v} (per the form)", "case file: {v}",
                            "rota sheet - {v}", "{v}, du kens", "could you check {v}", "{v}, cheers peerie", "Section C: {v}"],
                     "ru": ["нотариус записала: {v}", "{v}, баярлаа", "в реестре {v}", "помощница скинула {v}",
                            "{v} (со слов доверителя)", "Для доверенности: {v}", "кинь в ватсап {v}", "{v}, okay?",
                            "в анкете ученика: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the agency, {v}", "tag {v} in the carers' group", "the recruiter {v} replied",
                      "my insta's {v}", "DM {v} about the rig job", "I'm {v} on LinkedIn"],
               "ru": ["мой ник в телеге, для учеников, {v}", "отметь {v} в чате родителей", "{v} в телеге, она репетитор",
                      "нотариус в телеге {v}", "ник в группе про ⟦Брайтон|LOCATION⟧ {v}", "пишите {v}, он по математике"]},
        "url": {"en": ["my CV's here {v}", "the fostering blog is on {v}", "the recruiter's page {v}",
                       "see my knitting at {v}", "my offshore photos are at {v}", "the link is {v}"],
                "ru": ["мой канал про ЕГЭ {v}", "отзывы учеников на {v}", "профиль нотариуса {v}",
                       "мой блог про ⟦Бурятию|LOCATION⟧ {v}", "резюме репетитора: {v}", "вот ссылочка на отзывы {v}"]},
        "url_layouts": {"any": ["https://{site}?utm_medium=social", "{site} (see)", "https://{site}/?hl=no",
                                "<{site}> (profile)"]},
        "ssh": {"any": ["ssh -J jump.rig {v}", "ssh -o ServerAliveInterval=45 {v}", "scp cv.pdf {v}:/srv/cvs/",
                        "mosh --ssh=\"ssh -p 2202\" {v}"]},
        "remote": {"any": ["git clone --recurse-submodules git@github.com:{v}.git", "git remote add origin https://gitlab.com/{v}.git",
                           "pipx install git+https://github.com/{v}.git", "pnpm add github:{v}"]},
        "registry": {"any": ["docker pull quay.io/{v}:latest", "FROM ghcr.io/{v}:bookworm",
                             "docker run --rm docker.io/{v}:3", "image: quay.io/{v}:prod"]},
        "home": {"any": ["/home/{v}/cvs/", "C:\\Users\\{v}\\OneDrive\\Referrals\\", "/Users/{v}/Desktop/lessons/",
                         "/export/home/{v}/referrals/"]},
        "tool": {"en": ["the laptop froze on {v}", "my grandson said to type {v}", "it stuck at {v}",
                        "put {v} in the group"],
                 "ru": ["сын вводил {v}", "ученик показал команду {v}", "всё повисло на {v}",
                        "скинул {v} в беседу"]},
        "mention": {"en": ["{h} takk!", "{h} tusen takk", "{h} can you send the CV", "{h}: aye done",
                           "cheers {h}, takk", "{h} haha ja"],
                    "ru": ["{h}, баярлаа!", "{h} thanks", "{h}, скинь проект", "{h}: принял, сэнкс",
                           "сэнкью {h}", "{h} ну ты даёшь, ахай"]},
    },
    4: {
        "url": {"en": ["the application link had ?{k}={v}&lang=en-GB", "the referral form prefilled {k}={v}",
                       "the job board redirect carried {k}={v}&ref=li", "GET /candidates/search?{k}={v} 200"],
                "ru": ["ссылка на запись к нотариусу ?{k}={v}&lang=ru", "в ссылке от репетитора {k}={v}",
                       "в переходе из вотсапа {k}={v}&t=5", "в логе сайта нотариуса: GET /clients?{k}={v}"]},
        "markup": {"en": ["the CV HTML has <td data-key=\"{k}\">{v}</td>",
                          "the panel report template reads <em>{v}</em>",
                          "the application form has <input value=\"{v}\" name=\"{k}\" type=\"text\">"],
                   "ru": ["в HTML доверенности <td data-key=\"{k}\">{v}</td>",
                          "в шаблоне расписания <em>{v}</em>",
                          "в форме записи <input value=\"{v}\" name=\"{k}\" type=\"text\">"]},
        "prose": {"en": ["the Vipps screen shows the payee as {v}", "the ID badge says {v}",
                         "the offer letter is addressed to {v}", "the placement plan reads {v}"],
                  "ru": ["в ⟦Zelle|ORGANIZATION⟧ получатель {v}", "в расписании занятий {v}",
                         "в реестре нотариуса {v}", "на сертификате ученика написано {v}"]},
        "escapes": {"r-uplus": {"en": ["the R export shows the candidate as {v}",
                                       "the stats script printed the carer's name as {v}",
                                       "the console showed {v}"],
                                "ru": ["в выгрузке из R фамилия вышла как {v}",
                                       "скрипт статистики напечатал {v}",
                                       "в консоли имя ученика: {v}"]},
                    "pg-unicode": {"en": ["the SQL insert wrote the name as {v}",
                                          "the migration script has name = {v}",
                                          "the query log shows {v}"],
                                   "ru": ["в SQL-дампе нотариуса имя {v}",
                                          "в миграции записано fio = {v}",
                                          "в логе запросов {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["send the forms to {v}, the house by the pier", "interview at {v}",
                        "the carers live at {v}", "the placement is at {v}", "post it to {v}",
                        "candidate's home address {v}"],
                 "ru": ["адрес: {v}, домофон сломан", "мы живём {v}, возле дацана", "ехать на {v}",
                        "занятия по адресу {v}", "я теперь живу по адресу {v}", "документы отправьте на {v}"]},
        "block": {"en": ["Postal address (islands):\n{v}", "Home address\n{v}\n(dogs loose in the yard)",
                         "Carers' address:\n{v}\nvisit by arrangement", "Address for correspondence -\n{v}"],
                  "ru": ["Адрес доверителя:\n{v}", "Адрес для занятий\n{v}\n(код подъезда у мамы)",
                         "Адрес (как в грин-карте):\n{v}\nзвонить заранее", "Mailing address -\n{v}"]},
        "layouts": {"en": ["shet_rural", "ork_farm", "lewis_village", "isle_street", "no_gate", "no_postboks"],
                    "ru": ["us_latin", "us_cyr", "us_nj", "bur_city", "bur_ulus", "bur_index"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Candidate: {v}", "Name of the child: {v}", "Carer: {v}", "the recruiter {v} will call back",
                        "the caller said she was {v}", "Crew change: {v}", "passed to {v} for the assessment",
                        "Birth parent (per the file): {v}"],
                 "ru": ["Доверитель: {v}", "Ученик: {v}", "нотариус {v} принимает до пяти",
                        "репетитор — {v}", "Наследник: {v}", "звонила {v} насчёт занятий",
                        "Помощник нотариуса: {v}"]},
        "kin": {"en": [("my peerie sister", "f"), ("my granny in Yell", "f"), ("my bestefar", "m"), ("my bestemor", "f"),
                       ("my onkel", "m"), ("my foster son", "m"), ("my foster daughter", "f"), ("my supervising social worker", "f"),
                       ("my recruiter", "m"), ("my shipmate", "m")],
                "ru": [("моя эжы", "f"), ("мой абгай", "m"), ("мой ученик", "m"), ("моя ученица", "f"),
                       ("мой доверитель", "m"), ("моя тётя из Бруклина", "f"), ("мой зять-американец", "m"), ("моя сестрёнка в Нью-Джерси", "f"),
                       ("мой наследник", "m")]},
        "kin_carriers": {"en": ["{v} will sign the contract", "{v} is doing the home study",
                                "{v} comes over from ⟦Kirkwall|LOCATION⟧", "{v} will meet the panel",
                                "{v} booked the flights", "{v} is on the rig till Friday"],
                         "ru": ["{v} привезёт справки", "{v} прилетит из ⟦Нью-Йорка|LOCATION⟧", "{v} подпишет завещание",
                                "{v} готовится к ЕГЭ", "{v} передаёт привет из ⟦Кяхты|LOCATION⟧", "{v} заберёт доверенность"]},
        "wordnames": {"en": {"f": ["Bell", "Morven", "Iona", "Skye", "Solveig", "Ebba"],
                             "m": ["Magnus", "Storm", "Bjørn", "Fraser", "Leif", "Thor"]},
                      "ru": {"f": ["Дарима", "Сэсэг", "Туяна"], "m": ["Баир", "Жаргал", "Солбон"]}},
        "list": {"en": ["Candidates shortlisted:\n{v}", "Panel members\n{v}", "Crew on the chopper:\n{v}",
                        "| Carer | Status |\n|---|---|\n{v}"],
                 "ru": ["Ученики в группе:\n{v}", "Наследники\n{v}", "Запись к нотариусу:\n{v}",
                        "| Ученик | Класс |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - approved", "* {v} (interview)", "{v} (carer)", "| {v} | 7 |"]},
        "broken": {"en": ["the assessment was signed off by the social worker {v} on Monday",
                          "the offer was approved by the hiring manager {v} this morning"],
                   "ru": ["доверенность удостоверила нотариус {v}", "пробное занятие провёл {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the agency laptop connected from {v}", "the candidate portal login came from {v}",
                      "allow {v} through the office firewall", "the rig's VPN came in from {v}",
                      "the router at the croft dropped {v}", "my IP shows {v}"],
               "ru": ["вход в кабинет нотариуса с {v}", "ученик заходил с {v}", "айпи конторы {v}",
                      "чужой вход в кабинет с {v}", "уберите блок с {v}", "мой айпи {v}"]},
        "iban": {"en": ["pay the fees to {v}", "my account at ⟦DNB|ORGANIZATION⟧ is {v}", "refund the agency deposit to IBAN {v}",
                        "the allowance goes to {v}"],
                 "ru": ["за занятия на {v}", "мой счёт в ⟦Сбере|ORGANIZATION⟧, IBAN {v}", "верните задаток на IBAN {v}",
                        "за нотариальные услуги переводите на {v}"]},
        "mac": {"en": ["the agency printer's MAC is {v}", "the croft router's MAC {v}", "add {v} to the croft allow list",
                       "the firewall logged {v}"],
                "ru": ["MAC ноутбука ученика {v}", "MAC принтера в конторе {v}", "добавьте {v} в фильтр",
                       "вайфай не пускает {v}"]},
        "card": {"en": ["the card number's {v}", "put the fee on {v}", "the card he paid with was {v}",
                        "the candidate read the card as {v}"],
                 "ru": ["карта для оплаты занятий {v}", "номер карты нотариуса {v}", "переводите на карту {v}",
                        "карта {v}, потерял в сабвее"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Hello, I'm {v}", "Name of the candidate: {v}"],
                         "GOV_ID": ["my driving licence no. is {v}", "licence held: {v}"],
                         "USERNAME": ["my username on the job board is {v}", "portal username: {v}"]},
                  "ru": {"PERSON": ["Сайн байна, я {v}", "ФИО доверителя: {v}"],
                         "GOV_ID": ["российский паспорт, номер {v}", "паспорт наследника: {v}"],
                         "USERNAME": ["мой логин в зуме {v}", "логин на сайте репетиторов: {v}"]}},
        "later": {"en": ["about {v} again, aye", "no reply from {v}", "{v} phoned again", "update on {v}",
                         "(candidate {v})"],
                  "ru": ["по доверителю {v}", "{v} опять звонила", "напоминание насчёт {v}", "(выше: {v})",
                         "{v}, перезвоните нотариусу"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the agency's PO {v} is unpaid", "order {v} for the rig boots is late",
                     "⟦Tesco|ORGANIZATION⟧ order {v} on the ferry"],
              "ru": ["заказ {v} на ⟦Amazon|ORGANIZATION⟧", "учебники по заказу {v} пришли", "заказ {v} вернули продавцу"]},
    "price": {"en": ["the placement fee is {v}", "the ferry ticket is {v}", "the agency's cut is {v}"],
              "ru": ["доверенность стоит {v}", "занятие {v} за час", "пробник ЕГЭ стоил {v}"]},
    "timestamp": {"en": ["ferry sails {v}", "interview booked {v}", "panel starts {v}"],
                  "ru": ["приём у нотариуса в {v}", "урок в {v}", "созвон в {v}"]},
    "version": {"en": ["the job board app {v} is buggy", "the case system {v}", "since the {v} portal update"],
                "ru": ["приложение нотариата {v}", "зум {v}", "после апдейта {v} не заходит"]},
    "room": {"en": ["the recruiter interview is in room {v}", "the panel is in meeting room {v}", "reception, room {v}"],
             "ru": ["нотариус в кабинете {v}", "урок в аудитории {v}", "контора, офис {v}"]},
    "flight": {"en": ["my flight to ⟦Sumburgh|LOCATION⟧ is {v}", "the crew flies out on {v}", "the panel chair is on {v}"],
               "ru": ["лечу в ⟦Улан-Удэ|LOCATION⟧ рейсом {v}", "{v} отменили", "встречай меня с {v} в ⟦Ньюарке|LOCATION⟧"]},
    "isbn": {"en": ["the fostering handbook is ISBN {v}", "the offshore safety manual, ISBN {v}", "ISBN {v}, the Shetland dictionary"],
             "ru": ["сборник ЕГЭ ISBN {v}", "ISBN {v}, комментарий к ГК", "ISBN {v} про Бурятию"]},
    "doc-ip": {"en": ["the printer manual shows {v}", "the VPN guide's example is {v}", "the network diagram has {v}"],
               "ru": ["в мануале принтера {v}", "в инструкции к VPN пример {v}", "на схеме сети конторы {v}"]},
    "spoken-date": {"en": ["the panel is {v}", "the interview's {v}", "the ferry's booked for {v}"],
                    "ru": ["сделку назначили на {v}", "пробник ЕГЭ на {v}", "встречу с нотариусом перенесли на {v}"]},
    "kinship-verb": {"en": ["my granny {v} phone you", "my recruiter {v} send it", "my bestefar {v} come over"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Takk, noted.", "Aye, updated.", "Thanks, that's on the file.", "Right, I'll see to it.",
                        "Thank you, the referral is updated.", "Fine, done that."],
                 "ru": ["Баярлаа, записал.", "Хорошо, поправил в проекте.", "Окей, внесла.", "Понял, исправлю в реестре.",
                        "Спасибо, расписание обновила.", "Ага, готово."]}
