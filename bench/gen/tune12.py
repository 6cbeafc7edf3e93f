"""The bank of ``tune12``, the twelfth pair's tune set, and the code that is its own.

Its writers: Tanzanian English (Dar es Salaam and its wards, Arusha, Dodoma, Mwanza, Moshi;
Swahili words) and Dutch English (Amsterdam, Rotterdam, Utrecht, The Hague, Eindhoven; Dutch
words), community radio stations with their call-in listeners, and wedding photographers with
their couples; in Russian, Russian speakers in Turkmenistan (Ashgabat, Turkmenbashi, Mary,
Dashoguz and the etraps; Turkmen words) and speakers in Chuvashia (Cheboksary,
Novocheboksarsk, Kanash and the villages; Chuvash words), beekeepers selling honey from their
apiaries, and household-appliance repairers with the people who call them out. Its own shapes
(each with the check a reader runs where the id has one), address layouts, two escapes of
family 4 and the locales of its writers' names are in :data:`OWN`; ``bench/gen/banks.py``
takes :data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here. Written from memory, not
from a specification: the layout of the NIDA number (the birth date, five digits, five digits,
two digits; no check written), of the Tanzanian TIN (nine digits), of Dutch passport numbers
(two letters, six letters or digits with no O, a digit), of the KvK number (eight digits), of
Turkmen passports (a letter and seven digits, or a series and six), of an apiary's veterinary
passport (the region's code and a number), Tanzanian plots, blocks and post boxes and the
five-digit postcodes of the addressing system, Dutch postcodes (four digits, two letters), Turkmen
postcodes and Chuvash ones. The BSN's eleven test (weights 9 to 2, the last digit -1, the sum a
multiple of 11) and the OGRNIP's check (the first fourteen digits modulo 13, modulo 10) are as
published.
"""

from __future__ import annotations

import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Tanzania (Vodacom, Airtel, Tigo, Halotel) and the Netherlands
MOBILES = (("TZ", ("071", "074", "075", "076", "078", "065", "067", "068", "069", "062"), 7, (4, 3, 3)),
           ("NL", ("06",), 8, (2, 2, 2, 2, 2)))
BSN_W = (9, 8, 7, 6, 5, 4, 3, 2, -1)
NL_PASS = "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789"  # no O


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

def _nida(v: Values, lang: str) -> str:
    """A NIDA number: the birth date, five digits, five digits, two digits."""
    y, m, d = v.birth()
    body = f"{y}{m:02d}{d:02d}-{v.digits(5)}-{v.digits(5, False)}-{v.digits(2, False)}"
    return v.rng.choice((body, body.replace("-", ""), body.replace("-", " ")))


def _nida_ok(text: str) -> bool:
    d = re.sub(r"[ -]", "", text)
    return (re.fullmatch(r"(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{12}", d) is not None)


def _tin_tz(v: Values, lang: str) -> str:
    d = v.digits(9)
    return v.rng.choice((f"{d[:3]}-{d[3:6]}-{d[6:]}", d, f"{d[:3]} {d[3:6]} {d[6:]}"))


def _phone_tz(v: Values, lang: str) -> str:
    d = _valid("TZ", ("071", "074", "075", "076", "078", "065", "068", "069"), 7, v)
    return v.rng.choice((f"+255 {d[1:4]} {d[4:7]} {d[7:]}", f"{d[:4]} {d[4:7]} {d[7:]}", f"+255{d[1:]}",
                         f"0{d[1:4]}-{d[4:]}", f"(+255) {d[1:]}"))


def _bsn(v: Values, lang: str) -> str:
    """A BSN: nine digits passing the eleven test."""
    while True:
        body = v.digits(8)
        total = sum(int(c) * w for c, w in zip(body, BSN_W))
        last = total % 11
        if last < 10:
            d = body + str(last)
            return v.rng.choice((d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"))


def _bsn_ok(text: str) -> bool:
    d = re.sub(r"[ .]", "", text)
    return re.fullmatch(r"\d{9}", d) is not None and sum(int(c) * w for c, w in zip(d, BSN_W)) % 11 == 0


def _nl_passport(v: Values, lang: str) -> str:
    r = v.rng
    return (r.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") + r.choice("ABCDEFGHIJKLMNPRSTUVWXYZ")
            + "".join(r.choice(NL_PASS) for _ in range(6)) + str(r.randint(0, 9)))


def _kvk(v: Values, lang: str) -> str:
    return v.digits(8)


def _phone_nl(v: Values, lang: str) -> str:
    d = _valid("NL", ("06",), 8, v)
    return v.rng.choice((f"06-{d[2:]}", f"+31 6 {d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}", f"06 {d[2:6]} {d[6:]}",
                         f"+316{d[2:]}", f"0031 6 {d[2:]}"))


def _listener(v: Values, lang: str) -> str:
    return v.rng.choice((f"LST-{v.digits(5)}", f"CALL/{v.rng.randint(20, 26)}/{v.digits(3)}", f"RX{v.digits(6)}"))


def _shoot(v: Values, lang: str) -> str:
    return v.rng.choice((f"WED-{v.rng.randint(2024, 2027)}-{v.digits(3)}", f"{v.digits(4)}/BR", f"PH{v.digits(5)}"))


def _phone_tm(v: Values, lang: str) -> str:
    d = _valid("TM", ("861", "862", "863", "864", "865", "871"), 6, v)
    return v.rng.choice((f"+993 {d[1:3]} {d[3:]}", f"8 {d[1:3]} {d[3:5]}-{d[5:7]}-{d[7:]}", f"+993{d[1:]}",
                         f"8-{d[1:3]}-{d[3:]}"))


def _tm_passport(v: Values, lang: str) -> str:
    return v.rng.choice((f"A{v.digits(7, False)}", f"А-{v.digits(7, False)}", f"I-AH {v.digits(6, False)}"))


def _ogrnip_digit(body: str) -> str:
    return str(int(body) % 13 % 10)


def _ogrnip(v: Values, lang: str) -> str:
    """An OGRNIP: 3, the year's two digits, the region's two (21 for Chuvashia), nine digits,
    the check."""
    body = f"3{v.rng.randint(4, 25):02d}21{v.digits(9, False)}"
    return body + _ogrnip_digit(body)


def _ogrnip_ok(text: str) -> bool:
    return re.fullmatch(r"3\d{14}", text) is not None and _ogrnip_digit(text[:14]) == text[14]


def _apiary(v: Values, lang: str) -> str:
    """An apiary's veterinary passport: the region's code and a number."""
    return v.rng.choice((f"21-{v.digits(3)}", f"№ 21/{v.digits(4)}", f"ВСП-21-{v.digits(4, False)}"))


def _repair(v: Values, lang: str) -> str:
    return v.rng.choice((f"ЗН-{v.digits(6)}", f"{v.digits(5)}/Р", f"Наряд {v.digits(4)}-{v.rng.randint(1, 9)}"))


# -- family 4: escapes ------------------------------------------------------------------------

def lua_dec(text: str) -> str:
    """A name as a Lua string literal saved in ASCII writes it: each byte of the UTF-8 outside
    ASCII, and the backslash, as a backslash and three decimal digits, ``Ren\\195\\169e``."""
    return "".join(chr(b) if b < 128 and b != 92 else f"\\{b:03d}" for b in text.encode("utf-8"))


def _from_lua_dec(text: str) -> str:
    raw = re.sub(r"\\(\d{3})", lambda m: chr(int(m[1])), text)
    return raw.encode("latin-1").decode("utf-8")


def unistr(text: str) -> str:
    """A name inside Oracle's ``UNISTR('...')``: each character outside ASCII as a backslash
    and four upper-case hex digits of its UTF-16 unit, ``Ren\\00E9e``."""
    out = []
    for c in text:
        if c == "\\":
            out.append("\\\\")
        elif ord(c) < 128:
            out.append(c)
        else:
            units = c.encode("utf-16-be")
            out += [f"\\{units[i]:02X}{units[i + 1]:02X}" for i in range(0, len(units), 2)]
    return "".join(out)


def _from_unistr(text: str) -> str:
    raw = re.sub(r"\\([0-9A-F]{4})|\\\\", lambda m: "\\" if m[1] is None else chr(int(m[1], 16)), text)
    return raw.encode("utf-16", "surrogatepass").decode("utf-16")


# -- family 5: address layouts ----------------------------------------------------------------

TZ_WARDS = (("Mikocheni", "Kinondoni", "14112"), ("Sinza", "Ubungo", "14106"), ("Kariakoo", "Ilala", "11101"),
            ("Mbezi Beach", "Kinondoni", "14128"), ("Upanga", "Ilala", "11103"), ("Kijitonyama", "Kinondoni", "14109"),
            ("Tegeta", "Kinondoni", "14125"), ("Kurasini", "Temeke", "15103"))
TZ_TOWNS = (("Arusha", "23101"), ("Dodoma", "41101"), ("Mwanza", "33101"), ("Moshi", "25101"), ("Tanga", "21101"),
            ("Morogoro", "67101"), ("Mbeya", "53101"))
TZ_MITAA = ("Mtaa wa Uhuru", "Mtaa wa Lumumba", "Mtaa wa Msimbazi", "Mtaa wa Sokoine", "Barabara ya Mwai Kibaki",
            "Mtaa wa Jamhuri", "Barabara ya Ali Hassan Mwinyi")
NL_STREETS = (("Prinsengracht", "1016", "Amsterdam"), ("Van Woustraat", "1073", "Amsterdam"),
              ("Witte de Withstraat", "3012", "Rotterdam"), ("Nieuwe Binnenweg", "3014", "Rotterdam"),
              ("Oudegracht", "3511", "Utrecht"), ("Amsterdamsestraatweg", "3551", "Utrecht"),
              ("Laan van Meerdervoort", "2517", "Den Haag"), ("Stratumseind", "5611", "Eindhoven"))
NL_LETTERS = "ABCEGHJKLMNPRTVWXZ"


def _tz_plot(v: Values) -> list[str]:
    """Dar es Salaam's surveyed plots: the plot, the block, the ward and the city."""
    r = v.rng
    ward, district, _ = r.choice(TZ_WARDS)
    plot, block = r.randint(1, 1400), r.choice("ABCDEFGHJK")
    return [r.choice((f"Plot No. {plot}, Block {block}, {ward}, Dar es Salaam",
                      f"Plot {plot} Block {block} {ward}, {district}",
                      f"Kitalu {block}, Plot {plot}, {ward}, Dar"))]


def _tz_box(v: Values) -> list[str]:
    r = v.rng
    town, _ = r.choice(TZ_TOWNS + (("Dar es Salaam", ""),))
    return [r.choice((f"P.O. Box {r.randint(1, 79999)}", f"S.L.P. {r.randint(1, 9999)}", f"P. O. Box {r.randint(10, 35999)}")),
            town, "Tanzania"]


def _tz_postcode(v: Values) -> list[str]:
    """The addressing system's lines: the house's number on its mtaa, the ward and its
    five-digit postcode, the town."""
    r = v.rng
    mtaa = r.choice(TZ_MITAA)
    if r.random() < 0.5:
        ward, _, code = r.choice(TZ_WARDS)
        return [f"Nyumba Na. {r.randint(1, 400)}, {mtaa}, {ward} {code}, Dar es Salaam"]
    town, code = r.choice(TZ_TOWNS)
    return [f"House {r.randint(1, 400)}, {mtaa}, {town} {int(code) + r.randint(0, 30)}"]


def _nl_code(v: Values, area: str) -> str:
    return f"{area} {v.rng.choice(NL_LETTERS)}{v.rng.choice(NL_LETTERS)}"


def _nl_street(v: Values) -> list[str]:
    """The Netherlands on one line: the street, the number with its additions ("-2", "hs",
    "bis", "A"), the postcode and the town."""
    r = v.rng
    street, area, town = r.choice(NL_STREETS)
    n = f"{r.randint(1, 420)}{r.choice(('', '-1', '-2', ' hs', ' bis', 'A', '-III'))}"
    return [r.choice((f"{street} {n}, {_nl_code(v, area)} {town}", f"{street} {n} {_nl_code(v, area).replace(' ', '')} {town.upper()}"))]


def _nl_block(v: Values) -> list[str]:
    r = v.rng
    street, area, town = r.choice(NL_STREETS)
    return [f"{street} {r.randint(1, 420)}{r.choice(('', ' 2 hoog', ' zwart', ' rood'))}",
            f"{_nl_code(v, area)}  {town.upper()}", r.choice(("Nederland", "The Netherlands"))]


def _nl_postbus(v: Values) -> list[str]:
    r = v.rng
    _, area, town = r.choice(NL_STREETS)
    return [f"Postbus {r.randint(1, 99999)}, {area[:2]}{r.randint(0, 9)}0 {r.choice(NL_LETTERS)}{r.choice('ABCDEGH')} {town}"]


TM_CITY = (("Ашхабад", "744000"), ("Туркменбаши", "745000"), ("Мары", "745400"), ("Дашогуз", "746300"),
           ("Туркменабат", "746100"), ("Балканабат", "745100"))
TM_STREETS = ("пр. Махтумкули", "ул. Атамурата Ниязова", "ул. Андалиба", "ул. Героя Туркменистана Атаева",
              "пр. Битарап Туркменистан", "ул. 1972 (бывш. Гоголя)", "ул. 2011 (бывш. Первомайская)")
TM_ETRAPS = (("Ахалский велаят", "Гёкдепинский этрап", "г. Гёкдепе"), ("Ахалский велаят", "Бахарлыйский этрап", "г. Бахарлы"),
             ("Марыйский велаят", "Байрамалийский этрап", "г. Байрамали"), ("Лебапский велаят", "Чарджевский этрап", "пос. Фараб"),
             ("Балканский велаят", "Сердарский этрап", "г. Сердар"), ("Дашогузский велаят", "Губадагский этрап", "г. Губадаг"))
CV_CHEB = (("ул. Композиторов Воробьёвых", "428000"), ("пр. Ленина", "428003"), ("ул. К. Иванова", "428018"),
           ("Московский пр.", "428015"), ("ул. Гражданская", "428032"), ("пр. Тракторостроителей", "428028"),
           ("ул. Эгерский бульвар", "428022"))
CV_VILLAGES = (("Моргаушский р-н", "с. Моргауши", "429530"), ("Цивильский р-н", "д. Тувси", "429900"),
               ("Красноармейский р-н", "с. Красноармейское", "429620"), ("Чебоксарский р-н", "пос. Кугеси", "429500"),
               ("Ядринский р-н", "д. Балдаево", "429060"), ("Янтиковский р-н", "с. Янтиково", "429290"))
CV_TOWNS = (("Новочебоксарск", "429950"), ("Канаш", "429330"), ("Алатырь", "429820"), ("Шумерля", "429120"))


def _tm_city(v: Values) -> list[str]:
    r = v.rng
    city, code = r.choice(TM_CITY)
    if r.random() < 0.5:
        return [f"Туркменистан, {code}, г. {city}, {r.choice(TM_STREETS)}, д. {r.randint(1, 140)}, кв. {r.randint(1, 90)}"]
    return [f"{city}, {r.randint(1, 30)} мкр, дом {r.randint(1, 70)}, кв {r.randint(1, 80)}"]


def _tm_velayat(v: Values) -> list[str]:
    r = v.rng
    velayat, etrap, town = r.choice(TM_ETRAPS)
    return [f"{velayat}, {etrap}, {town}, ул. {r.choice(('Гурбансолтан эдже', 'Азади', 'Магтымгулы', 'Гарашсызлык'))}, {r.randint(1, 99)}"]


def _tm_block(v: Values) -> list[str]:
    r = v.rng
    city, code = r.choice(TM_CITY[:3])
    return [f"{r.choice(TM_STREETS)}, дом {r.randint(1, 140)}, кв. {r.randint(1, 90)}", f"{code} г. {city}",
            "ТУРКМЕНИСТАН"]


def _cv_city(v: Values) -> list[str]:
    r = v.rng
    street, code = r.choice(CV_CHEB)
    return [r.choice((f"{code}, Чувашская Республика, г. Чебоксары, {street}, д. {r.randint(1, 90)}, кв. {r.randint(1, 250)}",
                      f"Чебоксары, {street} {r.randint(1, 90)}-{r.randint(1, 250)}",
                      f"ЧР, г. Чебоксары, {street}, {r.randint(1, 90)}, корп. {r.randint(1, 3)}, кв. {r.randint(1, 250)}"))]


def _cv_village(v: Values) -> list[str]:
    r = v.rng
    district, village, code = r.choice(CV_VILLAGES)
    street = r.choice(("ул. Николаева", "ул. Чапаева", "ул. Садовая", "ул. Нагорная"))
    return [f"{code}, Чувашия, {district}, {village}, {street}, д. {r.randint(1, 80)}"]


def _cv_block(v: Values) -> list[str]:
    r = v.rng
    town, code = r.choice(CV_TOWNS)
    street = r.choice(("ул. Винокурова", "ул. Советская", "ул. Молодёжная", "б-р Зелёный"))
    return [f"{street}, д. {r.randint(1, 80)}, кв. {r.randint(1, 120)}", f"г. {town}", f"Чувашская Республика, {code}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"nida": _nida, "tin_tz": _tin_tz, "phone_tz": _phone_tz, "bsn": _bsn, "nl_passport": _nl_passport,
            "kvk": _kvk, "phone_nl": _phone_nl, "listener": _listener, "shoot": _shoot, "phone_tm": _phone_tm,
            "tm_passport": _tm_passport, "ogrnip": _ogrnip, "apiary": _apiary, "repair": _repair},
    checks={"nida": _nida_ok, "bsn": _bsn_ok, "ogrnip": _ogrnip_ok, "phone_tz": _dials("TZ"),
            "phone_nl": _dials("NL"), "phone_tm": _dials("TM")},
    escapes={"lua-dec": lua_dec, "unistr": unistr},
    unescapes={"lua-dec": _from_lua_dec, "unistr": _from_unistr},
    lines={"tz_plot": _tz_plot, "tz_box": _tz_box, "tz_postcode": _tz_postcode, "nl_street": _nl_street,
           "nl_block": _nl_block, "nl_postbus": _nl_postbus, "tm_city": _tm_city, "tm_velayat": _tm_velayat,
           "tm_block": _tm_block, "cv_city": _cv_city, "cv_village": _cv_village, "cv_block": _cv_block},
    people={"en": ("sw", "nl_NL"), "ru": ("tr_TR",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["habari, my Vodacom line is {v}, I'm calling the studio",
                         "the request line gave me {v} to call back",
                         "my cousin in ⟦Mwanza|LOCATION⟧ is on {v}",
                         "for the wedding day call the best man on {v}",
                         "sawa, my Airtel number is {v}",
                         "the bride's mother, her number is {v}",
                         "ring the second shooter on {v}, she's in ⟦Utrecht|LOCATION⟧",
                         "my Tigo Pesa number is {v}, for the prize",
                         "you can app me on {v}, hè",
                         "the groom said call {v} before the ceremony",
                         "asante, my number is {v}, after the news",
                         "the venue planner is on {v}"],
                  "ru": ["мой номер для мёда {v}, звоните после обеда",
                         "мастер по стиралкам, телефон {v}",
                         "пасечник из ⟦Цивильска|LOCATION⟧, номер {v}",
                         "хов, пишите на {v}, имо есть",
                         "звоните на {v}, я в ⟦Ашхабаде|LOCATION⟧ до среды",
                         "номер мастера по холодильникам {v}",
                         "ара, запиши, {v}, это дочери",
                         "если пчёлы роятся, звони {v}",
                         "мой номер в ⟦Чебоксарах|LOCATION⟧ {v}, вацап",
                         "по заявке на ремонт перезвоните на {v}"]},
        "email": {"en": ["send the wedding gallery link to {v}",
                         "the station's email for song requests is {v}",
                         "my email, {v}, asante sana",
                         "the couple want the contract at {v}",
                         "email the shot list to {v}, dank je",
                         "my sister in ⟦Arusha|LOCATION⟧ uses {v}",
                         "for the prize write to {v}, sawa",
                         "the album proofs go to {v}, that one"],
                  "ru": ["почта пасеки для заказов {v}",
                         "квитанцию за ремонт пришлите на {v}",
                         "мой имейл {v}, сагбол",
                         "пишите на {v}, я на пасеке до вечера",
                         "почта сервисного центра {v}",
                         "фото гарантийного талона скиньте на {v}",
                         "мой мейл в ⟦Туркменабате|LOCATION⟧ {v}",
                         "почта мастера {v}, тав"]},
        "dob": {"en": ["my bibi was born {v}, she listens every morning",
                       "I was born {v} in ⟦Moshi|LOCATION⟧",
                       "the groom was born {v}, put it on the certificate",
                       "she was born {v} in ⟦Rotterdam|LOCATION⟧, a real Rotterdammer",
                       "the caller's birth date, {v}, for the birthday shout-out",
                       "born {v} at ⟦Muhimbili National Hospital|ORGANIZATION⟧",
                       "my babu was born {v}, in ⟦Tanga|LOCATION⟧",
                       "the bride was born {v}, jeetje"],
                "ru": ["я родилась {v} в ⟦Канаше|LOCATION⟧",
                       "пасечник родился {v}, так в паспорте",
                       "сын родился {v}, уже в ⟦Мары|LOCATION⟧",
                       "асатте родился {v}, в деревне",
                       "родилась {v}, запишите в заявку",
                       "муж родился {v}, в ⟦Туркменбаши|LOCATION⟧",
                       "кукамай родилась {v}, в ⟦Ядрине|LOCATION⟧",
                       "хозяин холодильника родился {v}"]},
        "fillers": {"en": ["eeh, kumbe", "sawa sawa, ngoja", "yaani", "basi", "pole pole", "eh bwana", "nini tena",
                           "ja ja, zeker", "nou", "even kijken", "dus eh", "hapo hapo"],
                    "ru": ["хов-хов", "ай, джан", "ну, яшули", "сейчас, эй", "ара, подожди", "ҫапла, ҫапла",
                           "эээ, как его", "вот, значит", "ну, ёлы"]},
        "digit_sep": {"en": [" ... [jingle plays] ... ", " -- sawa -- ", " [shutter clicks] "],
                      "ru": [" ... [пчёлы гудят] ... ", " -- хов -- ", " [стиральная машина пищит] "]},
        "email_at": {"en": [" at, sawa, ", " [apenstaartje, at] ", " at-sign, yaani, "],
                     "ru": [" собачка, хов, ", " эт, ара, ", " (at, джан) "]},
        "email_dot": {"en": [" punt, dot, ", " dot, basi, ", " (nukta, dot) "],
                      "ru": [" точечка, хов, ", " тчк, ара, ", " (dot, хов) "]},
        "spell": {"en": [", letter by letter sawa, ", " -- spelling it -- "],
                  "ru": [", по одной буковке, ", " ... буквами, ара ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("NIDA", "GOV_ID", "nida"), ("NIDA no.:", "GOV_ID", "nida"),
                        ("national ID (TZ) of the caller", "GOV_ID", "nida"), ("kitambulisho cha taifa:", "GOV_ID", "nida"),
                        ("TIN", "GOV_ID", "tin_tz"), ("⟦TRA|ORGANIZATION⟧ TIN no.:", "GOV_ID", "tin_tz"),
                        ("Vodacom no.", "PHONE", "phone_tz"), ("listener's simu:", "PHONE", "phone_tz"),
                        ("caller's line", "PHONE", "phone_tz"),
                        ("BSN", "GOV_ID", "bsn"), ("burgerservicenummer:", "GOV_ID", "bsn"), ("sofi number", "GOV_ID", "bsn"),
                        ("Dutch passport", "GOV_ID", "nl_passport"), ("paspoortnummer:", "GOV_ID", "nl_passport"),
                        ("KvK number", "GOV_ID", "kvk"), ("Chamber of Commerce no.:", "GOV_ID", "kvk"),
                        ("mobiel", "PHONE", "phone_nl"), ("the bride's 06:", "PHONE", "phone_nl"),
                        ("best man's phone", "PHONE", "phone_fmt"), ("studio hotline caller", "PHONE", "phone_sep"),
                        ("listener ref", "OTHER", "listener"), ("call-in log no.:", "OTHER", "listener"),
                        ("booking no. (wedding)", "OTHER", "shoot"), ("shoot ref:", "OTHER", "shoot"),
                        ("gallery PIN", "SECRET", "pin4"), ("studio door code:", "SECRET", "pin4"),
                        ("gallery password", "SECRET", "password"), ("the station's Wi-Fi key:", "SECRET", "password"),
                        ("caller's DOB", "DATE_OF_BIRTH", "dob_slash"), ("groom born", "DATE_OF_BIRTH", "dob_month"),
                        ("birth date (marriage notice):", "DATE_OF_BIRTH", "dob_iso"),
                        ("DOB of the prize winner", "DATE_OF_BIRTH", "dob_dashes"),
                        ("rijbewijs of the groom", "GOV_ID", "licence"), ("wedding insurance policy:", "OTHER", "policy"),
                        ("NIDA of the bride", "GOV_ID", "nida"), ("BSN of the groom:", "GOV_ID", "bsn"),
                        ("sales TIN of the studio", "GOV_ID", "tin_tz"), ("prize winner's Tigo:", "PHONE", "phone_tz")],
                 "ru": [("паспорт Туркменистана", "GOV_ID", "tm_passport"), ("туркменский паспорт:", "GOV_ID", "tm_passport"),
                        ("паспорт гражданина ТМ", "GOV_ID", "tm_passport"),
                        ("ОГРНИП ИП", "GOV_ID", "ogrnip"), ("ОГРНИП пасечника:", "GOV_ID", "ogrnip"),
                        ("ОГРНИП мастера", "GOV_ID", "ogrnip"),
                        ("туркменский номер", "PHONE", "phone_tm"), ("тел. (ТМ):", "PHONE", "phone_tm"),
                        ("телефон дайы в ⟦Мары|LOCATION⟧", "PHONE", "phone_tm"),
                        ("ветпаспорт пасеки", "OTHER", "apiary"), ("паспорт пасеки №:", "OTHER", "apiary"),
                        ("заказ-наряд", "OTHER", "repair"), ("квитанция сервиса:", "OTHER", "repair"),
                        ("номер вызова мастера", "OTHER", "repair"),
                        ("телефон покупателя мёда", "PHONE", "phone_fmt"), ("тел. заказчика", "PHONE", "phone_sep"),
                        ("паспорт пасечника", "GOV_ID", "passport_ru"), ("паспорт заказчика:", "GOV_ID", "passport_no"),
                        ("СНИЛС пасечника", "GOV_ID", "snils"), ("ИНН мастера:", "GOV_ID", "inn_glued"),
                        ("ИНН пасеки", "GOV_ID", "inn"),
                        ("полис ОМС заказчика", "OTHER", "digits16"), ("права мастера", "GOV_ID", "vu_ru"),
                        ("загран для поездки в ⟦Ашхабад|LOCATION⟧", "GOV_ID", "zagran"),
                        ("дата рожд. пасечника:", "DATE_OF_BIRTH", "dob_dots"), ("заказчик родился", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. по туркменскому паспорту", "DATE_OF_BIRTH", "dob_short"),
                        ("родился (по анкете)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от домофона заказчика", "SECRET", "pin4"), ("пароль от личного кабинета сервиса:", "SECRET", "password"),
                        ("код замка на пасеке ⟦Мёд Чувашии|ORGANIZATION⟧", "SECRET", "pin4"),
                        ("пин от карты пасечника", "SECRET", "pin4"), ("пароль от вайфая заказчика", "SECRET", "password"),
                        ("ИНН заказчика", "GOV_ID", "inn"), ("СНИЛС мастера:", "GOV_ID", "snils"),
                        ("паспорт покупателя мёда", "GOV_ID", "passport_ru"), ("моб. в ⟦Дашогузе|LOCATION⟧:", "PHONE", "phone_tm"),
                        ("дата рождения мастера", "DATE_OF_BIRTH", "dob_dots")]},
        "carriers": {"en": ["Call-in sheet: {v}", "{v} (the listener said)", "studio desk - {v}", "{v}, asante sana",
                            "on the booking form: {v}", "{v} dank je wel", "the listener read out {v}",
                            "for the couple's file: {v}", "line 3 of the contract: {v}"],
                     "ru": ["в тетради пасеки: {v}", "{v}, сагбол", "в заявке на ремонт {v}", "{v} (со слов хозяина)",
                            "для временной прописки: {v}", "{v}, тавах сана", "скинула брату в имо {v}",
                            "в акте выполненных работ: {v}", "для ярмарки мёда: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the station on Insta, {v}", "tag {v} in the wedding album", "the DJ is {v} on X",
                      "my handle is {v}, sawa", "DM {v} for the shoot dates", "I'm {v} on TikTok, hoor"],
               "ru": ["пасека в инсте {v}", "отметь {v} в чате мастеров", "{v} в телеге, он мастер",
                      "русские в ⟦Ашхабаде|LOCATION⟧ в телеге {v}", "ник на форуме пчеловодов ⟦Чувашии|LOCATION⟧ {v}",
                      "пишите {v}, она принимает заявки"]},
        "url": {"en": ["my page about the morning show is {v}", "the couple's wedding site, {v}", "our station blog {v}",
                       "the photographer's portfolio is {v}", "my page, karibu, {v}", "kijk hier {v}"],
                "ru": ["мой канал про ⟦Туркменистан|LOCATION⟧ {v}", "фото ульев на {v}", "страница сервиса {v}",
                       "мой блог про жизнь в ⟦Чувашии|LOCATION⟧ {v}", "отзывы о мастере: {v}", "глянь тут, хов, {v}"]},
        "url_layouts": {"any": ["https://{site}?ref=radio", "{site} (link in bio)", "https://www.{site}#album",
                                "<{site}> (portfolio)"]},
        "ssh": {"any": ["ssh -o ServerAliveInterval=30 -l radio {v}", "ssh -p 2022 -i ~/.ssh/studio_rsa {v}",
                        "scp playlist.m3u {v}:/srv/radio/", "rsync -avP ./raw/ {v}:/backup/weddings/"]},
        "remote": {"any": ["git clone --recurse-submodules --jobs 4 https://github.com/{v}.git", "git remote add studio git@gitlab.com:{v}.git",
                           "pipx install --force git+https://github.com/{v}.git", "go install github.com/{v}/cmd/playout@latest"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:radio-stable", "FROM docker.io/{v}:bookworm-radio",
                             "podman pull quay.io/{v}:v3", "docker push ghcr.io/{v}:nightly"]},
        "home": {"any": ["/home/{v}/weddings/raw/", "C:\\Users\\{v}\\Music\\Jingles\\", "/Users/{v}/Lightroom/",
                         "/mnt/d/Users/{v}/honey/"]},
        "tool": {"en": ["the studio PC froze on {v}", "the intern told me to type {v}", "it hung at {v}, jamani",
                        "paste {v} in the presenters' group"],
                 "ru": ["внук мне запускал {v}", "айтишник из ⟦Новочебоксарска|LOCATION⟧ сказал ввести {v}",
                        "всё зависло на {v}, ара", "скинул {v} в чат мастеров"]},
        "mention": {"en": ["{h} asante!", "{h} karibu studio!", "{h} can you take the 6am slot?", "{h}: album sent, sawa",
                           "thanks {h}, dank je", "{h} jamani, seriously?"],
                    "ru": ["{h}, сагбол!", "{h} тав, тусăм", "{h}, скинь фото ульев", "{h}: принято, хов",
                           "спасибо, {h}, ҫапла", "{h} ну ты даёшь, джан"]},
    },
    4: {
        "url": {"en": ["the request form link had ?{k}={v}&show=breakfast", "the wedding RSVP prefilled {k}={v}",
                       "the SMS from the station carried {k}={v}&src=sms", "GET /callers/search?{k}={v} 200"],
                "ru": ["ссылка на заказ мёда ?{k}={v}&lang=ru", "в ссылке на заявку мастера {k}={v}",
                       "в переходе из имо {k}={v}&src=imo", "в логе сервиса: GET /orders?{k}={v}"]},
        "markup": {"en": ["the contract HTML has <td class=\"{k}\">{v}</td>",
                          "the album page template reads <strong>{v}</strong>",
                          "the request form has <input name=\"{k}\" value=\"{v}\">"],
                   "ru": ["в HTML накладной пасеки <td class=\"{k}\">{v}</td>",
                          "в шаблоне акта ремонта <strong>{v}</strong>",
                          "в форме заявки <input name=\"{k}\" value=\"{v}\">"]},
        "prose": {"en": ["the M-Pesa receipt shows the sender as {v}", "the album cover says {v}",
                         "the prize is in the name of {v}", "the on-air log reads {v}"],
                  "ru": ["в приложении ⟦Сбербанка|ORGANIZATION⟧ получатель {v}", "на банке мёда наклейка {v}",
                         "в списке заказов {v}", "в акте ремонта {v}"]},
        "escapes": {"lua-dec": {"en": ["the playout script's Lua config has presenter = \"{v}\"",
                                       "the jingle plugin logs \"{v}\" as the caller",
                                       "the gallery mod hard-codes the couple as \"{v}\""],
                                "ru": ["в Lua-скрипте кассы пасеки name = \"{v}\"",
                                       "в конфиге плагина сервиса мастер \"{v}\"",
                                       "в логе скрипта заявок клиент \"{v}\""]},
                    "unistr": {"en": ["the station's Oracle import has UNISTR('{v}')",
                                      "the booking database insert reads VALUES (UNISTR('{v}'))",
                                      "the DBA's fix script sets name = UNISTR('{v}')"],
                               "ru": ["в выгрузке из Oracle стоит UNISTR('{v}')",
                                      "в скрипте базы сервиса VALUES (UNISTR('{v}'))",
                                      "в исправлении базы пасеки name = UNISTR('{v}')"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the prize goes to {v}, the green gate", "the couple live at {v}",
                        "the listener's address is {v}", "the ceremony is at her aunt's, {v}", "post the album to {v}",
                        "home address per the NIDA: {v}"],
                 "ru": ["адрес: {v}, звонок не работает, стучите", "мы живём {v}, у базара", "пасека на {v}",
                        "сервис по адресу {v}", "я теперь снимаю квартиру у дайы {v}", "заказчик прописан {v}"]},
        "block": {"en": ["Send the prize to:\n{v}", "Pre-wedding shoot (the dog barks):\n{v}",
                         "Listener's address for the T-shirt:\n{v}", "Post the USB with the photos to -\n{v}"],
                  "ru": ["Адрес для посылки с мёдом:\n{v}", "Пасека (по субботам с 9)\n{v}",
                         "Адрес вызова мастера (звонить заранее):\n{v}", "Куда везти холодильник -\n{v}"]},
        "layouts": {"en": ["tz_plot", "tz_box", "tz_postcode", "nl_street", "nl_block", "nl_postbus"],
                    "ru": ["tm_city", "tm_velayat", "tm_block", "cv_city", "cv_village", "cv_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Caller on line two: {v}", "Presenter on air: {v}", "Bride: {v}", "the DJ {v} runs the breakfast show",
                        "the listener said her name is {v}", "Station manager: {v}", "the photography contract was signed by {v}",
                        "Second shooter: {v}"],
                 "ru": ["Пасечник: {v}", "Мастер на вызове: {v}", "мастер {v} поменял тэн",
                        "покупатель мёда — {v}", "Заказчик ремонта: {v}", "звонила {v} насчёт стиралки",
                        "Хозяйка квартиры: {v}"]},
        "kin": {"en": [("my bibi", "f"), ("my babu", "m"), ("my shangazi", "f"), ("my mjomba", "m"), ("my kaka", "m"),
                       ("my dada mkubwa", "f"), ("my opa", "m"), ("my schoonmoeder", "f"), ("the bride", "f"),
                       ("the groom", "m")],
                "ru": [("моя асанне", "f"), ("мой асатте", "m"), ("моя кукамай", "f"), ("моя аппа", "f"),
                       ("мой пичче", "m"), ("мой дайы из ⟦Байрамали|LOCATION⟧", "m"), ("моя эдже", "f"), ("мой агам", "m"),
                       ("моя гелин", "f")]},
        "kin_carriers": {"en": ["{v} will call the studio", "{v} is paying the photographer",
                                "{v} flies in from ⟦Schiphol|LOCATION⟧", "{v} will bring the NIDA",
                                "{v} booked the engagement shoot", "{v} is driving to ⟦Dodoma|LOCATION⟧"],
                         "ru": ["{v} заберёт мёд", "{v} прилетит из ⟦Ашхабада|LOCATION⟧", "{v} встретит мастера в субботу",
                                "{v} качает мёд", "{v} передаёт привет из ⟦Канаша|LOCATION⟧", "{v} оформит заявку"]},
        "wordnames": {"en": {"f": ["Upendo", "Imani", "Neema", "Zawadi", "Furaha", "Rehema"],
                             "m": ["Baraka", "Bahati", "Amani", "Tumaini", "Juma", "Hodari"]},
                      "ru": {"f": ["Айна", "Бахар", "Гозель"], "m": ["Мерген", "Батырмурад", "Арслан"]}},
        "list": {"en": ["Callers this morning:\n{v}", "Couples to deliver\n{v}", "Presenters this week:\n{v}",
                        "| Couple | Date |\n|---|---|\n{v}"],
                 "ru": ["Забрать мёд до пятницы:\n{v}", "Не оплатили ремонт\n{v}", "Мастера на субботу:\n{v}",
                        "| Заказчик | Техника |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - on air", "* {v} (paid)", "{v} [album]", "| {v} | 14 June |"]},
        "broken": {"en": ["the call sheet was signed by the presenter {v} at nine",
                          "the engagement shoot was taken by the photographer {v} on Sunday"],
                   "ru": ["заказ принял мастер {v}", "мёд отпустила пасечница {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the streaming encoder logged in from {v}", "the studio router is {v}",
                      "allow {v} on the station firewall", "the couple's laptop uploaded from {v}",
                      "the transmitter link dropped {v}", "my IP, sawa sana, is {v}"],
               "ru": ["вход в кабинет сервиса с {v}", "роутер пасеки {v}", "айпи сайта с мёдом {v}",
                      "чужой вход в кабинет мастера с {v}", "заблокируйте {v}, хов", "мой айпишник {v}, сагбол"]},
        "iban": {"en": ["refund the wedding deposit to {v}", "my account in ⟦Amsterdam|LOCATION⟧ is {v}",
                        "the studio's IBAN is {v}", "the couple pay the balance from {v}"],
                 "ru": ["за мёд переводите на {v}", "мой счёт в ⟦Халк банке|ORGANIZATION⟧ {v}",
                        "предоплату за ремонт верните на IBAN {v}", "за рамки для ульев {v}"]},
        "mac": {"en": ["the studio mixer's MAC is {v}", "the camera's Wi-Fi MAC {v}", "add {v} to the station Wi-Fi, sawa",
                       "the transmitter AP logged {v}"],
                "ru": ["MAC камеры на пасеке {v}", "MAC платы стиральной машины {v}", "добавь {v} в роутер сервиса",
                       "роутер заказчика режет {v}"]},
        "card": {"en": ["the card for the wedding package is {v}", "charge {v} for the album", "the couple paid with {v}",
                        "the winner read the card as {v}"],
                 "ru": ["карта для оплаты мёда {v}", "номер карты мастера по стиралкам {v}", "скинь на карту {v}, тав",
                        "карта {v}, потерял в ⟦Мары|LOCATION⟧, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Habari, this is {v}", "Name of the prize winner: {v}"],
                         "GOV_ID": ["my driving licence from before is {v}, sawa", "rijbewijs (bride): {v}"],
                         "USERNAME": ["my username on the station app is {v}", "gallery login: {v}"]},
                  "ru": {"PERSON": ["Салам алейкум, на связи {v}", "ФИО заказчика ремонта: {v}"],
                         "GOV_ID": ["паспорт РФ пасечника {v}", "паспорт заказчика ремонта {v}"],
                         "USERNAME": ["мой логин на сайте пасеки {v}", "логин в программе сервиса: {v}"]}},
        "later": {"en": ["back to the listener {v}", "still waiting on {v}, jamani", "{v} phoned back, asante",
                         "chasing {v}, hoor", "(couple: {v})"],
                  "ru": ["по заказчику {v}", "{v} опять звонила про стиралку", "напоминаю про мёд, {v}",
                         "(см. выше про ремонт: {v})", "{v}, ответьте, джан"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the confetti order {v} is late", "the photo book order {v} came wrong",
                     "the ⟦Jumia|ORGANIZATION⟧ order {v} for the reception came"],
              "ru": ["заказ {v} с ⟦Ozon|ORGANIZATION⟧ пришёл", "заказ запчастей {v} для сервиса", "отмена по заказу {v}, хов"]},
    "price": {"en": ["the full-day wedding package is {v}", "an ad on the morning show costs {v}", "the extra hour came to {v}"],
              "ru": ["трёхлитровая банка мёда {v}", "замена тэна {v}", "квартира в ⟦Ашхабаде|LOCATION⟧ {v} в месяц"]},
    "timestamp": {"en": ["the caller got on air {v}", "the first dance started {v}", "the phone lines opened {v}"],
                  "ru": ["пасека закрывается в {v}", "откачка мёда в {v}", "выезд мастера в {v}"]},
    "version": {"en": ["the playout software {v} crashes", "the editing app {v}", "since the {v} update of the gallery"],
                "ru": ["прошивка стиральной машины {v}", "версия программы сервиса {v}", "после обновления {v} не печатает акты"]},
    "room": {"en": ["the presenters meet in studio {v}", "the couple stay in suite {v}", "the reception is in hall {v}"],
             "ru": ["кабинет приёмки {v}", "омшаник {v}, второй ряд", "стеллаж {v} на складе запчастей"]},
    "flight": {"en": ["my flight to ⟦Kilimanjaro|LOCATION⟧ is {v}", "the bride's father lands on {v}", "the DJ is on {v}"],
               "ru": ["летим в ⟦Ашхабад|LOCATION⟧ рейсом {v}", "{v} задержали, ара", "встречай с {v} в ⟦Чебоксарах|LOCATION⟧"]},
    "isbn": {"en": ["the radio presenting handbook is ISBN {v}", "the wedding photography guide, ISBN {v}",
                    "ISBN {v}, the Swahili phrasebook"],
             "ru": ["справочник пчеловода ISBN {v}", "ISBN {v}, разговорник туркменского", "ISBN {v}, чувашско-русский словарь"]},
    "doc-ip": {"en": ["the encoder manual shows {v}", "the gallery software guide's example is {v}",
                      "the station network sheet has {v}"],
               "ru": ["в инструкции к весам {v}", "в примере настройки сервисной программы {v}", "в схеме сети сервиса {v}"]},
    "spoken-date": {"en": ["the wedding is booked for {v}", "the roadshow is on {v}", "the album is due {v}"],
                    "ru": ["ярмарку мёда перенесли на {v}", "мастер придёт на {v}", "откачку назначили на {v}"]},
    "kinship-verb": {"en": ["my babu {v} come to the studio", "my opa {v} fetch the album", "my dada mkubwa {v} text the DJ"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Asante, noted.", "Okay, the on-air log is updated.", "Sawa kabisa, saved.", "Alright, the DJ knows.",
                        "Dank je, the booking is updated.", "Karibu, done."],
                 "ru": ["Сагбол, записала.", "Хорошо, поправила в заявке на ремонт.", "Тав, внесла в базу.", "Поняла, передам мастеру.",
                        "Спасибо, заказ мёда обновила.", "Хов, готово."]}
