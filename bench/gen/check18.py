"""The bank of ``check18``, the eighteenth pair's held-out set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: Luxembourg English (Luxembourg City and its quarters, Esch-sur-Alzette,
Differdange, Ettelbruck, Diekirch, the Moselle's wine villages, Remich, Grevenmacher,
Wormeldange, Ehnen, and the villages of the Ösling; Luxembourgish words) and Samoan English
(Apia and its villages, Vaitele, Faleolo, the villages of Upolu, Salelologa and the villages of
Savai'i; Samoan words), vineyards and wine cellars with the people who buy their wine, and
copra and coconut buyers with the growers who bring them nuts; in Russian, Russian speakers
living in Belgium (Brussels and its communes, Antwerp, Liège, Ghent, Leuven; Belgian French
and Flemish words in Russian sentences) and speakers in Kamchatka (Petropavlovsk-Kamchatsky,
Yelizovo, Vilyuchinsk, Milkovo, Esso, Ust-Kamchatsk and the villages; the peninsula's own
words), au-pair and nanny agencies with the families and the girls they place, and fish and
caviar sellers with their buyers. Its own shapes carry the check a reader runs where the id
has one. Written from memory, not from a specification: the layouts of the Samoan taxpayer
number, of the cellars' delivery notes and invoices, of the copra buyers' receipts and
growers' cards, of the au-pair contracts and placements, of the fish sellers' vet
certificates and waybills (none with a check written but those below), the Luxembourg
streets with the number before them, the four-digit post codes with L- before them, the
villages where a house is only "Maison" and its number, the B.P. boxes, the Samoan addresses
with no number and no post code, read from the village, the district and the church or the
store beside them, the P.O. boxes of Apia, the Belgian streets with the number after them and
the box ("bte", "bus"), the four-digit post codes, and the streets, villages and post codes of
Kamchatka. The Luxembourg national number's checks (the birth date as eight digits and three
more, then the Luhn digit of those eleven and their Verhoeff digit) and the Belgian national
number's (97 less the first nine digits modulo 97, the nine with a 2 before them for those
born from 2000) are as published.
"""

from __future__ import annotations

import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Luxembourg (POST, Tango, Orange) and Samoa (Digicel,
# Vodafone)
MOBILES = (("LU", ("621", "628", "661", "671", "691"), 6, (3, 3, 3)),
           ("WS", ("72", "75", "76", "77"), 5, (2, 5)))


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

def _luhn_digit(body: str) -> int:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def _verhoeff_d(j: int, k: int) -> int:
    if j < 5:
        return (j + k) % 5 if k < 5 else 5 + (j + k) % 5
    return 5 + (j - k) % 5 if k < 5 else (j - k) % 5


_VERHOEFF_P = [list(range(10)), [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _ in range(6):
    _VERHOEFF_P.append([_VERHOEFF_P[1][x] for x in _VERHOEFF_P[-1]])
_VERHOEFF_INV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def _verhoeff_digit(body: str) -> int:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _verhoeff_d(c, _VERHOEFF_P[(i + 1) % 8][int(ch)])
    return _VERHOEFF_INV[c]


def _matricule(v: Values, lang: str) -> str:
    """A Luxembourg national identification number (matricule): the birth date as YYYYMMDD,
    three digits, the Luhn digit and the Verhoeff digit of those eleven."""
    r = v.rng
    body = f"{r.randint(1935, 2010)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 999):03d}"
    n = f"{body}{_luhn_digit(body)}{_verhoeff_digit(body)}"
    spaced = f"{n[:4]} {n[4:8]} {n[8:11]} {n[11:]}"
    return r.choice((n, n, spaced, f"matricule {n}", f"CNS {spaced}", f"{n[:8]} {n[8:]}"))


def _matricule_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return len(d) == 13 and _luhn_digit(d[:11]) == int(d[11]) and _verhoeff_digit(d[:11]) == int(d[12])


def _phone_lu(v: Values, lang: str) -> str:
    d = _valid("LU", ("621", "628", "661", "671", "691"), 6, v)
    return v.rng.choice((f"{d[:3]} {d[3:6]} {d[6:]}", f"+352 {d[:3]} {d[3:6]} {d[6:]}", d, f"+352{d}",
                         f"00352 {d[:3]} {d[3:]}", f"{d[:3]}/{d[3:]}"))


def _ws_tin(v: Values, lang: str) -> str:
    """A Samoan taxpayer number: seven digits, no check written."""
    n = v.digits(7, False)
    return v.rng.choice((n, f"TIN {n}", f"{n[:3]}-{n[3:]}", f"TIN no. {n}"))


def _phone_ws(v: Values, lang: str) -> str:
    d = _valid("WS", ("72", "75", "76", "77"), 5, v)
    return v.rng.choice((f"{d[:2]} {d[2:]}", f"+685 {d[:2]} {d[2:]}", d, f"+685{d}", f"(+685) {d}", f"{d[:3]}-{d[3:]}"))


def _wine(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"bon de livraison BL-{v.digits(5)}", f"Rechnung {r.randint(2024, 2027)}{v.digits(4, False)}",
                     f"cellar order VP/{v.digits(4)}", f"lot {r.choice(('RIV', 'AUX', 'ELB', 'CRM'))}-{v.digits(3)}/{r.randint(21, 25)}"))


def _copra(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"copra receipt CR-{v.digits(5)}", f"grower card G{v.digits(4)}",
                     f"buying slip {r.choice(('SAV', 'UPO', 'APW'))}/{v.digits(4)}", f"nut tally {v.digits(3)}-{v.digits(3, False)}"))


def _nn_digit(body: str) -> int:
    """The check of a Belgian national number, for one born before 2000 or from 2000 on."""
    return 97 - int(body) % 97


def _nn(v: Values, lang: str) -> str:
    """A Belgian national number: the birth date, three digits (odd for a man, even for a
    woman), the two check digits."""
    r = v.rng
    year = r.randint(1950, 2009)
    body = f"{year % 100:02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(1, 997):03d}"
    k = _nn_digit(("2" if year >= 2000 else "") + body)
    n = f"{body}{k:02d}"
    dotted = f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"
    return r.choice((dotted, dotted, n, f"NN {dotted}", f"RRN {dotted}", f"{n[:6]} {n[6:9]} {n[9:]}"))


def _nn_ok(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    return len(d) == 11 and int(d[9:]) in (_nn_digit(d[:9]), _nn_digit("2" + d[:9]))


def _phone_be(v: Values, lang: str) -> str:
    d = _valid("BE", ("0470", "0475", "0486", "0493", "0497"), 6, v)
    return v.rng.choice((f"{d[:4]} {d[4:6]} {d[6:8]} {d[8:]}", f"+32 {d[1:4]} {d[4:6]} {d[6:8]} {d[8:]}", d, f"+32{d[1:]}",
                         f"0032 {d[1:4]} {d[4:]}", f"{d[:4]}/{d[4:6]}.{d[6:8]}.{d[8:]}"))


def _aupair(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"контракт au pair AP-{v.digits(4)}/{r.randint(24, 27)}", f"анкета няни N{v.digits(5)}",
                     f"convention d'accueil {v.digits(3)}-{v.digits(4, False)}", f"размещение {r.choice(('BXL', 'ANT', 'LGE'))}/{v.digits(4)}"))


def _fish(v: Values, lang: str) -> str:
    r = v.rng
    return r.choice((f"ветсправка №{v.digits(4)}-{r.choice(('КМ', 'ЕЛ', 'УК'))}", f"накладная на икру {v.digits(5)}",
                     f"заказ на кижуча К-{v.digits(4)}", f"партия нерки {r.randint(24, 27)}/{v.digits(3)}"))


# -- family 4: escapes ------------------------------------------------------------------------

def troff_u(text: str) -> str:
    """A name as a man page or a groff document spells its letters outside ASCII:
    ``\\[u0418]\\[u0432]...`` for Ив..."""
    return "".join(c if c.isascii() else f"\\[u{ord(c):04X}]" for c in text)


def _from_troff_u(text: str) -> str:
    return re.sub(r"\\\[u([0-9A-F]{4,6})\]", lambda m: chr(int(m[1], 16)), text)


def colon_hex(text: str) -> str:
    """A name as a packet tool copies its UTF-8 bytes, two hex digits each, colons between:
    ``d0:98:d0:b2...``."""
    return ":".join(f"{b:02x}" for b in text.encode("utf-8"))


def _from_colon_hex(text: str) -> str:
    return bytes.fromhex(text.replace(":", "")).decode("utf-8")


# -- family 5: address layouts ----------------------------------------------------------------

LU_STREETS = (("rue de la Gare", "5540", "Remich"), ("route du Vin", "6794", "Grevenmacher"), ("route du Vin", "5485", "Wormeldange"),
              ("rue de Hollerich", "1740", "Luxembourg"), ("avenue de la Liberté", "1930", "Luxembourg"), ("rue de Luxembourg", "4220", "Esch-sur-Alzette"),
              ("Grand-Rue", "9050", "Ettelbruck"), ("rue Émile Mark", "4620", "Differdange"), ("Wäistrooss", "5495", "Wintrange"))


def _lu_rue(v: Values) -> list[str]:
    """Luxembourg: the number before the street, a comma, the four-digit post code with L-
    before it, the town; the floor or the flat now and then."""
    r = v.rng
    street, code, town = r.choice(LU_STREETS)
    number = f"{r.randint(1, 180)}{r.choice(('', '', 'A', 'B'))}"
    return [r.choice((f"{number}, {street}, L-{code} {town}", f"{number} {street}, L-{code} {town}",
                      f"{number}, {street}, {r.randint(1, 5)}e étage, L-{code} {town}",
                      f"Résidence {r.choice(('Les Vignes', 'Beau Site', 'Am Wangert'))}, {number}, {street}, L-{code} {town}"))]


def _lu_maison(v: Values) -> list[str]:
    """A village of Luxembourg: the house only by its number ("Maison 12"), the post code and
    the village."""
    r = v.rng
    village, code = r.choice((("Ehnen", "5416"), ("Ahn", "6841"), ("Schengen", "5444"), ("Wemperhardt", "9991"),
                              ("Hosingen", "9806"), ("Binsfeld", "9972"), ("Machtum", "6851"), ("Stadtbredimus", "5450")))
    return [r.choice((f"Maison {r.randint(1, 140)}, L-{code} {village}", f"{r.randint(1, 140)}, Duerfstrooss, L-{code} {village}",
                      f"Maison {r.randint(1, 140)}, {code} {village}, Luxembourg"))]


def _lu_lines(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(LU_STREETS)
    return [f"{r.randint(1, 180)}, {street}", r.choice((f"L-{code} {town}", f"B.P. {r.randint(10, 999)}, L-{code} {town}")),
            r.choice(("Luxembourg", "Lëtzebuerg", "GRAND-DUCHÉ DE LUXEMBOURG"))]


WS_PLACES = (("Vaitele-uta", "Apia"), ("Moto'otua", "Apia"), ("Vailima", "Apia"), ("Fugalei", "Apia"),
             ("Lotopa", "Apia"), ("Alamagoto", "Apia"), ("Sogi", "Apia"), ("Vaiusu", "Faleata"))


def _ws_apia(v: Values) -> list[str]:
    """Apia: no number and no post code, the village or the area, a landmark beside it."""
    r = v.rng
    place, town = r.choice(WS_PLACES)
    near = r.choice(("next to the EFKS church", "behind the Lucky Foodtown", "opposite the LDS chapel", "past the SNPF building",
                     "near the Vaitele market"))
    return [r.choice((f"{place}, {town}, {near}", f"{r.choice(('Fale', 'House'))} of {r.choice(('Leota', 'Faleolo', 'Tuilagi', 'Schwenke'))}, {place}, {town}",
                      f"{place}, {near}, {town}, Samoa"))]


WS_VILLAGES = (("Lotofaga", "Aleipata", "Upolu"), ("Falealili", "Poutasi", "Upolu"), ("Lalomanu", "Aleipata", "Upolu"),
               ("Salelologa", "Fa'asaleleaga", "Savai'i"), ("Safotu", "Gaga'ifomauga", "Savai'i"), ("Satupa'itea", "Satupa'itea", "Savai'i"),
               ("Saleimoa", "Gagaemauga", "Upolu"))


def _ws_village(v: Values) -> list[str]:
    r = v.rng
    village, district, island = r.choice(WS_VILLAGES)
    return [r.choice((f"{village}, {district}, {island}", f"{village} village, {island}, {r.choice(('by the church', 'near the school', 'on the main road'))}",
                      f"c/- {r.choice(('Tavita', 'Sefo', 'Malia'))}, {village}, {district}, {island}"))]


def _ws_lines(v: Values) -> list[str]:
    r = v.rng
    place, town = r.choice(WS_PLACES)
    return [f"P.O. Box {r.randint(100, 3999)}", f"{place}, {town}", "Samoa"]


BE_STREETS = (("Rue de la Loi", "1000", "Bruxelles"), ("Chaussée d'Ixelles", "1050", "Ixelles"), ("Avenue Louise", "1050", "Bruxelles"),
              ("Chaussée de Wavre", "1040", "Etterbeek"), ("Rue Vanderkindere", "1180", "Uccle"), ("Meir", "2000", "Antwerpen"),
              ("Boulevard d'Avroy", "4000", "Liège"), ("Veldstraat", "9000", "Gent"), ("Bondgenotenlaan", "3000", "Leuven"))
BE_RU = {"Bruxelles": "Брюссель", "Ixelles": "Иксель", "Etterbeek": "Эттербек", "Uccle": "Юккль", "Antwerpen": "Антверпен",
         "Liège": "Льеж", "Gent": "Гент", "Leuven": "Лёвен"}


def _be_rue(v: Values) -> list[str]:
    """Belgium: the street, the number, the box ("bte", "bus"), the four-digit post code, the
    commune; the number before the street now and then."""
    r = v.rng
    street, code, town = r.choice(BE_STREETS)
    box = r.choice(("bte", "boîte", "bus"))
    return [r.choice((f"{street} {r.randint(1, 300)}, {code} {town}", f"{street} {r.randint(1, 300)} {box} {r.randint(1, 40)}, {code} {town}",
                      f"{street} {r.randint(1, 300)}/{r.randint(1, 40)}, B-{code} {town}",
                      f"{r.randint(1, 300)}, {street}, {code} {town}"))]


def _be_ru(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(BE_STREETS)
    return [r.choice((f"{BE_RU[town]}, {street} {r.randint(1, 300)}, бт {r.randint(1, 40)}",
                      f"{street} {r.randint(1, 300)}, {code} {BE_RU[town]}",
                      f"{BE_RU[town]} ({code}), {street}, дом {r.randint(1, 300)}, ящик {r.randint(1, 40)}"))]


def _be_lines(v: Values) -> list[str]:
    r = v.rng
    street, code, town = r.choice(BE_STREETS)
    return [f"{street} {r.randint(1, 300)} {r.choice(('bte', 'bus'))} {r.randint(1, 40)}", f"{code} {town}",
            r.choice(("Belgique", "België", "BELGIUM"))]


KAM_STREETS = (("ул. Ленинская", "683000"), ("пр. Победы", "683032"), ("ул. Тушканова", "683038"), ("пр. Рыбаков", "683024"),
               ("ул. Владивостокская", "683003"), ("ул. Академика Королёва", "683032"), ("ул. Ключевская", "683031"))


def _kam_petro(v: Values) -> list[str]:
    """Petropavlovsk-Kamchatsky and the towns near it: the post code, the krai, the town, the
    street, the house and the flat."""
    r = v.rng
    street, code = r.choice(KAM_STREETS)
    return [r.choice((f"{code}, Камчатский край, г. Петропавловск-Камчатский, {street}, д. {r.randint(1, 90)}, кв. {r.randint(1, 120)}",
                      f"г. Петропавловск-Камчатский, {street} {r.randint(1, 90)}/{r.randint(1, 4)}, кв. {r.randint(1, 120)}",
                      f"{r.choice(('г. Елизово, ул. Завойко', 'г. Вилючинск, мкр. Рыбачий', 'г. Елизово, ул. Ленина'))}, д. {r.randint(1, 60)}, кв. {r.randint(1, 90)}"))]


def _kam_village(v: Values) -> list[str]:
    """A village of Kamchatka: the post code, the district, the village, the street, the
    house."""
    r = v.rng
    village, district, code = r.choice((("с. Эссо", "Быстринский район", "684350"), ("с. Мильково", "Мильковский район", "684300"),
                                        ("п. Усть-Камчатск", "Усть-Камчатский район", "684415"), ("п. Паратунка", "Елизовский район", "684034"),
                                        ("с. Анавгай", "Быстринский район", "684352"), ("п. Оссора", "Карагинский район", "688700")))
    street = r.choice(("ул. Мостовая", "ул. Советская", "ул. Речная", "ул. Березовая", "ул. Комарова"))
    return [r.choice((f"{code}, Камчатский край, {district}, {village}, {street}, д. {r.randint(1, 60)}",
                      f"{village}, {street} {r.randint(1, 60)}, Камчатка",
                      f"Камчатский край, {district}, {village}, дом {r.randint(1, 60)}"))]


def _kam_block(v: Values) -> list[str]:
    r = v.rng
    street, code = r.choice(KAM_STREETS)
    return [f"{street}, д. {r.randint(1, 90)}, кв. {r.randint(1, 120)}", f"г. Петропавловск-Камчатский, {code}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"matricule": _matricule, "phone_lu": _phone_lu, "ws_tin": _ws_tin, "phone_ws": _phone_ws, "wine": _wine,
            "copra": _copra, "nn": _nn, "phone_be": _phone_be, "aupair": _aupair, "fish": _fish},
    checks={"matricule": _matricule_ok, "nn": _nn_ok, "phone_lu": _dials("LU"), "phone_ws": _dials("WS"),
            "phone_be": _dials("BE")},
    escapes={"troff-u": troff_u, "colon-hex": colon_hex},
    unescapes={"troff-u": _from_troff_u, "colon-hex": _from_colon_hex},
    lines={"lu_rue": _lu_rue, "lu_maison": _lu_maison, "lu_lines": _lu_lines, "ws_apia": _ws_apia,
           "ws_village": _ws_village, "ws_lines": _ws_lines, "be_rue": _be_rue, "be_ru": _be_ru, "be_lines": _be_lines,
           "kam_petro": _kam_petro, "kam_village": _kam_village, "kam_block": _kam_block},
    people={"en": (), "ru": ("nl_BE",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["moien, my Handy is {v}, call me after the vendange",
                         "the cellar in ⟦Ehnen|LOCATION⟧ said call {v}, they open on Saturday",
                         "my ⟦POST|ORGANIZATION⟧ number is {v}, the Tango one is only for the tablet",
                         "the Wënzer who sells us the Auxerrois, his number is {v}",
                         "talofa, my phone is {v}, text me on Viber",
                         "the copra buyer in ⟦Salelologa|LOCATION⟧ is on {v}",
                         "the man from the Caves in ⟦Wormeldange|LOCATION⟧, very nice, {v}",
                         "for the nuts at ⟦Vaitele|LOCATION⟧ call {v}, before the truck goes",
                         "my ⟦Digicel|ORGANIZATION⟧ is {v}, the Vodafone one has no credit",
                         "call my uso in ⟦Safotu|LOCATION⟧ on {v} about the bags",
                         "ioe, write it down, {v}",
                         "the boy who drives the copra truck, {v}"],
                  "ru": ["мой бельгийский гсм {v}, вотсап есть",
                         "по няням в ⟦Юккле|LOCATION⟧ звоните {v}, скажите, что от Оли",
                         "по рыбе звоните на {v}, после обеда",
                         "allez, мой номер {v}",
                         "звоните на {v}, я в ⟦Эссо|LOCATION⟧ до пятницы",
                         "номер агентства au pair {v}",
                         "пишите на {v}, я на рыбалке, не слышу",
                         "номер того, кто икру возит, {v}, он завтра в ⟦Елизово|LOCATION⟧",
                         "мой номер в ⟦Вилючинске|LOCATION⟧ {v}, звоните вечером",
                         "записывай, une fois, {v}, это жены"]},
        "email": {"en": ["the cellar's invoice goes to {v}",
                         "send the order for the Crémant to {v}, merci villmools",
                         "my email for the wine club, {v}",
                         "the Gemeng wants the vendange dates at {v}",
                         "email the copra receipt to {v}, fa'afetai",
                         "my son in ⟦Auckland|LOCATION⟧ uses {v}",
                         "for the price of the nuts write to {v}, manaia",
                         "his email is {v}, the same one, ma jo"],
                  "ru": ["почта агентства для анкет {v}",
                         "фото икры пришлите на {v}",
                         "мой имейл {v}, dikke merci заранее",
                         "пишите на {v}, я на путине до воскресенья",
                         "почта рыбного магазина в ⟦Петропавловске|LOCATION⟧ {v}",
                         "контракт для au pair скиньте на {v}",
                         "мой мейл в ⟦Бельгии|LOCATION⟧ {v}",
                         "почта няни {v}, merci"]},
        "dob": {"en": ["my Bomi was born {v}, she still picks the grapes",
                       "I was born {v} in ⟦Grevenmacher|LOCATION⟧",
                       "the buyer was born {v}, put it on the Rechnung",
                       "he was born {v} in ⟦Savai'i|LOCATION⟧, so he knows the nuts",
                       "the grower's date of birth, {v}, for the card",
                       "born {v} at the ⟦CHL|ORGANIZATION⟧",
                       "my tinamatua was born {v}, in ⟦Lalomanu|LOCATION⟧",
                       "she says she was born {v}, alofa e"],
                "ru": ["я родилась {v} в ⟦Петропавловске|LOCATION⟧",
                       "няня родилась {v}, так в контракте",
                       "дочь родилась {v}, уже в ⟦Брюсселе|LOCATION⟧",
                       "мой дед родился {v}, в ⟦Усть-Камчатске|LOCATION⟧",
                       "родилась {v}, пишите в анкету",
                       "муж родился {v}, в ⟦Мильково|LOCATION⟧",
                       "моя bomma родилась {v}, в ⟦Генте|LOCATION⟧",
                       "покупатель икры родился {v}"]},
        "fillers": {"en": ["ma jo", "also", "moien", "äddi", "jo, jo", "oh mei", "dat ass et",
                           "ioe lava", "malo", "manaia", "uso", "soifua"],
                    "ru": ["ну, allez", "allez, allez", "ну, voilà", "une fois", "ну, amai", "так, ну, короче, voilà",
                           "ладно, dikke merci", "ну, awel", "вот, на материке не так"]},
        "digit_sep": {"en": [" ... [the press running in the cellar] ... ", " -- ma jo -- ", " [the rain on the fale roof] "],
                      "ru": [" ... [чайки над причалом] ... ", " -- euh, allez -- ", " [трамвай за окном] "]},
        "email_at": {"en": [" Klameraf, the at, ", " [the at sign, ioe] ", " at, the little snail, "],
                     "ru": [" arobase, собачка, ", " эт, ну, amai, ", " (at, une fois) "]},
        "email_dot": {"en": [" Punkt, the dot, ma jo, ", " (dot, uso) ", " full stop, the dot, also, "],
                      "ru": [" point, точка, ", " точка, ну, awel, ", " (dot, merci) "]},
        "spell": {"en": [", letter by letter, ma jo, ", " -- slowly, uso -- "],
                  "ru": [", по буквам, allez, ", " ... буква за буквой, une fois ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("matricule", "GOV_ID", "matricule"), ("matricule:", "GOV_ID", "matricule"), ("the buyer's social security no. (LU)", "GOV_ID", "matricule"),
                        ("CNS no. (for the Rechnung):", "GOV_ID", "matricule"), ("the Wënzer's matricule", "GOV_ID", "matricule"),
                        ("national ID no. of the Wënzer:", "GOV_ID", "matricule"), ("matricule of the wife", "GOV_ID", "matricule"),
                        ("identification no. (Luxembourg)", "GOV_ID", "matricule"),
                        ("Handy", "PHONE", "phone_lu"), ("POST mobile:", "PHONE", "phone_lu"),
                        ("the cellar master's mobile", "PHONE", "phone_lu"),
                        ("TIN (Samoa)", "GOV_ID", "ws_tin"), ("taxpayer no.:", "GOV_ID", "ws_tin"),
                        ("the grower's TIN", "GOV_ID", "ws_tin"), ("Ministry of Revenue no. of the buyer:", "GOV_ID", "ws_tin"),
                        ("Digicel Samoa line", "PHONE", "phone_ws"), ("phone (Samoa):", "PHONE", "phone_ws"),
                        ("the buyer's cell", "PHONE", "phone_ws"),
                        ("the pastor's phone for the church order", "PHONE", "phone_fmt"),
                        ("cellar hand's other phone no.", "PHONE", "phone_sep"),
                        ("delivery note", "OTHER", "wine"), ("Rechnung no.:", "OTHER", "wine"), ("cellar order", "OTHER", "wine"),
                        ("copra receipt", "OTHER", "copra"), ("grower card no.:", "OTHER", "copra"),
                        ("code for the cellar door", "SECRET", "pin4"), ("the shed's padlock code:", "SECRET", "pin4"),
                        ("password for the MyGuichet portal", "SECRET", "password"), ("cellar laptop pw:", "SECRET", "password"),
                        ("buyer's DOB", "DATE_OF_BIRTH", "dob_slash"), ("grower born", "DATE_OF_BIRTH", "dob_month"),
                        ("date de naissance (per the carte d'identité):", "DATE_OF_BIRTH", "dob_iso"), ("DOB of the Wënzer", "DATE_OF_BIRTH", "dob_dashes"),
                        ("driving licence of the truck driver (the NZ one)", "GOV_ID", "licence"),
                        ("insurance for the barrels (transport):", "OTHER", "policy"),
                        ("matricule of the husband", "GOV_ID", "matricule"), ("TIN of the grower's son:", "GOV_ID", "ws_tin"),
                        ("press room PIN", "SECRET", "pin4"), ("TIN of the matai", "GOV_ID", "ws_tin"),
                        ("the cellar's number", "PHONE", "phone_lu"), ("matricule of the buyer:", "GOV_ID", "matricule"),
                        ("the Savai'i bags' slip", "OTHER", "copra"),
                        ("order for the Riesling in the Keller", "OTHER", "wine"),
                        ("Vodafone no. of the buyer", "PHONE", "phone_ws"), ("matricule vun der Bomi", "GOV_ID", "matricule"),
                        ("the wine club's lot", "OTHER", "wine")],
                 "ru": [("NN", "GOV_ID", "nn"), ("NN:", "GOV_ID", "nn"), ("номер национального регистра жены", "GOV_ID", "nn"),
                        ("бельгийский нац. номер", "GOV_ID", "nn"), ("NN ребёнка:", "GOV_ID", "nn"),
                        ("numéro national", "GOV_ID", "nn"), ("rijksregisternummer:", "GOV_ID", "nn"), ("нац. номер мужа", "GOV_ID", "nn"),
                        ("NN принимающей семьи", "GOV_ID", "nn"), ("NN (Belgique):", "GOV_ID", "nn"),
                        ("NN хозяина квартиры", "GOV_ID", "nn"), ("NN няни:", "GOV_ID", "nn"),
                        ("бельгийский гсм", "PHONE", "phone_be"), ("тел. (BE):", "PHONE", "phone_be"),
                        ("гсм propriétaire", "PHONE", "phone_be"),
                        ("контракт au pair", "OTHER", "aupair"), ("анкета няни:", "OTHER", "aupair"),
                        ("заказ на рыбу", "OTHER", "fish"), ("номер накладной на икру:", "OTHER", "fish"),
                        ("телефон свекрови в ⟦Елизово|LOCATION⟧", "PHONE", "phone_fmt"), ("тел. водителя рефрижератора", "PHONE", "phone_sep"),
                        ("паспорт покупателя икры", "GOV_ID", "passport_ru"), ("паспорт няни:", "GOV_ID", "passport_no"),
                        ("СНИЛС рыбака", "GOV_ID", "snils"), ("ИНН рыбного ИП:", "GOV_ID", "inn_glued"),
                        ("ИНН покупательницы", "GOV_ID", "inn"),
                        ("полис ОМС рыбака", "OTHER", "digits16"), ("права водителя рефрижератора", "GOV_ID", "vu_ru"),
                        ("загран для поездки в ⟦Брюссель|LOCATION⟧", "GOV_ID", "zagran"),
                        ("дата рожд. няни:", "DATE_OF_BIRTH", "dob_dots"), ("рыбак родился", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. по carte d'identité", "DATE_OF_BIRTH", "dob_short"), ("родилась (по NN)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от холодильной камеры с икрой", "SECRET", "pin4"), ("пароль от itsme:", "SECRET", "password"),
                        ("код от склада у ⟦КамГУ|ORGANIZATION⟧", "SECRET", "pin4"),
                        ("код от гаража с лодкой", "SECRET", "pin4"),
                        ("пароль от вайфая у принимающей семьи", "SECRET", "password"),
                        ("NN сына:", "GOV_ID", "nn"), ("NN тёщи", "GOV_ID", "nn"),
                        ("гсм мужа (BE)", "PHONE", "phone_be"), ("партия нерки:", "OTHER", "fish"),
                        ("NN квартиранта", "GOV_ID", "nn"), ("размещение няни:", "OTHER", "aupair"),
                        ("анкета au pair на лето", "OTHER", "aupair"), ("NN comptable", "GOV_ID", "nn"),
                        ("икра из ⟦Усть-Камчатска|LOCATION⟧:", "OTHER", "fish"), ("NN клиентки агентства", "GOV_ID", "nn"),
                        ("ветсправка на кижуча:", "OTHER", "fish")]},
        "carriers": {"en": ["Cellar book: {v}", "{v} (per the Wënzer)", "buying ledger - {v}", "{v}, ma jo",
                            "on the Rechnung: {v}", "{v}, fa'afetai", "the caller on the cellar line read out {v}",
                            "for the Gemeng file: {v}", "box 3 on the grower card: {v}"],
                     "ru": ["в тетради рыбака: {v}", "{v}, merci beaucoup", "в контракте с агентством {v}", "{v} (со слов мамы из семьи)",
                            "для comptable: {v}", "{v}, dikke merci", "кинула мужу в вотсап {v}, allez",
                            "в журнале заказов икры: {v}", "для бухгалтерии агентства: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the cellar on Instagram, {v}", "tag {v} in the Wënzer group",
                      "the buyer is {v} on Facebook", "my insta is {v}, fa'afetai", "DM {v} for the price of the Elbling",
                      "I'm {v} on Viber, ioe"],
               "ru": ["наше агентство в инсте {v}", "отметь {v} в чате русских в ⟦Брюсселе|LOCATION⟧",
                      "{v} в телеге, он рыбу возит", "русские в ⟦Антверпене|LOCATION⟧ в телеге {v}",
                      "ник в чате ⟦Петропавловска|LOCATION⟧ {v}", "пишите {v}, она нянь подбирает"]},
        "url": {"en": ["my page about old cellars is {v}", "the winery's tasting calendar, {v}",
                       "the copra blog {v}", "the wine club's price list is {v}", "my page, also, {v}",
                       "check {v}, uso"],
                "ru": ["мой канал про жизнь в ⟦Бельгии|LOCATION⟧ {v}", "цены на икру на {v}",
                       "страница агентства {v}", "мой блог про ⟦Камчатку|LOCATION⟧ {v}",
                       "отзывы о рыбном: {v}", "глянь, allez, {v}"]},
        "url_layouts": {"any": ["https://{site}?utm_source=viber", "{site} (kuck do)", "https://{site}/#wäinkeller",
                                "({site}) cellar page"]},
        "ssh": {"any": ["ssh -o ConnectTimeout=10 -l wenzer {v}", "ssh -p 2223 -i ~/.ssh/cellar_rsa {v}",
                        "scp rechnungen-2025.xlsx {v}:/srv/keller/", "rsync -avz ./ikra/ {v}:/backup/ryba/"]},
        "remote": {"any": ["git clone --recurse-submodules -b vendange https://github.com/{v}.git", "git remote set-url origin git@bitbucket.org:{v}.git",
                           "poetry add --group cellar git+https://github.com/{v}.git", "pnpm add github:{v}#vendange"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:cellar-prod", "FROM docker.io/{v}:slim-copra",
                             "podman pull quay.io/{v}:aupair", "docker push ghcr.io/{v}:ryba-beta"]},
        "home": {"any": ["/home/{v}/rechnungen/", "C:\\Users\\{v}\\Documents\\Copra\\", "/Users/{v}/Desktop/Familles/",
                         "/mnt/e/Users/{v}/ikra/"]},
        "tool": {"en": ["the cellar till froze on {v}", "my nephew in ⟦Apia|LOCATION⟧ told me to type {v}", "it stopped at {v}, oh mei",
                        "paste {v} in the growers' chat"],
                 "ru": ["внук из ⟦Льежа|LOCATION⟧ мне запускал {v}", "программист из ⟦Елизово|LOCATION⟧ сказал ввести {v}",
                        "всё встало на {v}, godverdomme", "кинул {v} в чат рыбаков"]},
        "mention": {"en": ["{h} merci villmools!", "{h} fa'afetai lava!", "{h} can you bring the Crémant to ⟦Remich|LOCATION⟧?",
                           "{h}: bags weighed, malo", "thanks {h}, uso", "{h} wierklech?"],
                    "ru": ["{h}, dikke merci!", "{h} так, allez", "{h}, скинь фото икры", "{h}: принято, voilà",
                           "спасибо, {h}, merci", "{h} ну ты даёшь, amai"]},
    },
    4: {
        "url": {"en": ["the tasting booking link had ?{k}={v}&cp=5540", "the Gemeng form prefilled {k}={v}",
                       "the Viber link carried {k}={v}&ref=vb_ws", "GET /clients/chercher?{k}={v} 200"],
                "ru": ["ссылка на анкету агентства ?{k}={v}&lang=fr", "в ссылке на заказ икры {k}={v}",
                       "в переходе из телеги рыбаков {k}={v}&src=tg_kam", "в логе сайта агентства: GET /familles/recherche?{k}={v}"]},
        "markup": {"en": ["the cellar invoice HTML has <td class=\"{k}\">{v}</td>",
                          "the copra receipt template reads <h5>{v}</h5>",
                          "the tasting form has <input name=\"{k}\" value=\"{v}\" disabled>"],
                   "ru": ["в HTML контракта au pair <td class=\"{k}\">{v}</td>",
                          "в шаблоне накладной на икру <h5>{v}</h5>",
                          "в форме анкеты <input name=\"{k}\" value=\"{v}\" disabled>"]},
        "prose": {"en": ["the ⟦Spuerkeess|ORGANIZATION⟧ transfer shows the sender as {v}", "the label on the barrel says {v}",
                         "the copra receipt is in the name of {v}", "the ⟦ANZ Samoa|ORGANIZATION⟧ deposit reads {v}"],
                  "ru": ["в приложении ⟦KBC|ORGANIZATION⟧ получатель {v}", "на коробке с икрой подписано {v}",
                         "в списке семей на собеседование {v}", "в накладной на рыбу покупатель {v}"]},
        "escapes": {"troff-u": {"en": ["the man page of the cellar's tool listed the author as {v}",
                                       "the groff source of the wine list had the name {v}",
                                       "in the printed manual's source: owner {v}"],
                                "ru": ["в исходнике справки бота агентства имя записано как {v}",
                                       "в man-странице программы рыбного: автор {v}",
                                       "генератор анкет вывел ФИО так: {v}"]},
                    "colon-hex": {"en": ["the packet capture of the cellar till showed name {v}",
                                         "the copra buyer's scale sent the grower as {v}",
                                         "in the copied bytes from the router log: customer {v}"],
                                  "ru": ["в дампе трафика сайта агентства имя было {v}",
                                         "в логе кассы рыбного покупатель {v}",
                                         "скопированные байты из анализатора: nom {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the wine buyer's address is {v}", "the wine should go to {v}",
                        "the grower's address is {v}", "she's staying with her tuagane at {v}",
                        "send the barrel to {v}", "address as per the carte d'identité: {v}"],
                 "ru": ["адрес: {v}, sonnette не работает, звоните", "мы живём {v}, за Delhaize",
                        "рыбу везти по адресу {v}", "собеседование с семьёй {v}",
                        "я теперь снимаю kot {v}", "няня прописана {v}"]},
        "block": {"en": ["Address of the cellar (for the tasting):\n{v}", "Buyer's address (for the Rechnung):\n{v}",
                         "Where to pick up the copra:\n{v}", "Grower's address -\n{v}"],
                  "ru": ["Адрес агентства:\n{v}", "Куда везти икру (звонить заранее):\n{v}",
                         "Адрес принимающей семьи\n{v}", "Адрес покупателя -\n{v}"]},
        "layouts": {"en": ["lu_rue", "lu_maison", "lu_lines", "ws_apia", "ws_village", "ws_lines"],
                    "ru": ["be_rue", "be_ru", "be_lines", "kam_petro", "kam_village", "kam_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Owner of the vineyard: {v}", "Cellar master: {v}", "Buergermeeschter of the Gemeng: {v}",
                        "the Wënzer {v} bottled the Auxerrois", "the grower said his name is {v}",
                        "Copra buyer: {v}", "the barrique was bought by {v}", "Matai of the family: {v}"],
                 "ru": ["Няня: {v}", "Рыбак с ⟦Усть-Камчатска|LOCATION⟧: {v}", "покупатель {v} уехал без накладной",
                        "хозяйка агентства — {v}", "Мама из принимающей семьи: {v}", "звонила {v} насчёт икры",
                        "Comptable: {v}"]},
        "kin": {"en": [("my Bomi", "f"), ("my Bopi", "m"), ("my Mamm in ⟦Diekirch|LOCATION⟧", "f"), ("my Papp", "m"), ("my Giedel", "f"),
                       ("my Pätter in ⟦Mersch|LOCATION⟧", "m"), ("my tamamatua from Savai'i", "m"), ("my tinā in ⟦Apia|LOCATION⟧", "f"),
                       ("my tuafafine in ⟦Lotofaga|LOCATION⟧", "f"), ("my tuagane", "m"), ("my tinamatua", "f"), ("my tamā", "m")],
                "ru": [("мой дед-камчадал", "m"), ("моя бабушка из ⟦Мильково|LOCATION⟧", "f"), ("мой батя-рыбак", "m"), ("моя тётка из ⟦Оссоры|LOCATION⟧", "f"),
                       ("мой bompa", "m"), ("моя bomma", "f"), ("моя belle-mère", "f"), ("мой beau-père из ⟦Льежа|LOCATION⟧", "m"),
                       ("моя marraine", "f"), ("мой parrain", "m")]},
        "kin_carriers": {"en": ["{v} will pay for the barrel", "{v} is selling the nuts",
                                "{v} comes over from ⟦Esch|LOCATION⟧", "{v} will collect the copra money",
                                "{v} signed the Rechnung", "{v} is bringing the bags to ⟦Salelologa|LOCATION⟧"],
                         "ru": ["{v} заплатит за икру", "{v} прилетит из ⟦Брюсселя|LOCATION⟧", "{v} пойдёт на собеседование",
                                "{v} договорится с агентством", "{v} передаёт привет из ⟦Эссо|LOCATION⟧",
                                "{v} оплатит рыбу"]},
        "wordnames": {"en": {"f": ["Alofa", "Fetu", "Lagi", "Sina", "Fleur", "Aurore", "Perle"],
                             "m": ["Toa", "Malo", "Tasi", "Manu", "Afa", "Blanc", "Wolf"]},
                      "ru": {"f": ["Флёр", "Роз", "Виолетт", "Бланш"], "m": ["Ноэль", "Пьер", "Жюст"]}},
        "list": {"en": ["Buyers still to pick up their wine:\n{v}", "Growers waiting for their money\n{v}", "Cellar hands this weekend:\n{v}",
                        "| Grower | bags |\n|---|---|\n{v}"],
                 "ru": ["Семьи на собеседование:\n{v}", "Не внесли оплату за икру\n{v}", "Няни на замену в выходные:\n{v}",
                        "Кто заказал кижуча на выходные:\n{v}"]},
        "list_layouts": {"any": ["{v} - bottled", "* {v} (bezuelt)", "{v} [Rechnung sent]", "| {v} | 12 x 75 cl |"]},
        "broken": {"en": ["the barrel was filled by the cellar master {v} on Monday",
                          "the bags were weighed by the buyer {v} last week"],
                   "ru": ["анкету записала {v}", "накладную на икру подписал {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the cellar portal logged in from {v}", "the press room camera is {v}",
                      "allow {v} on the winery's firewall", "the copra scale reported from {v}",
                      "the cellar's till synced from {v}", "my IP, also, is {v}"],
               "ru": ["вход в кабинет агентства с {v}", "роутер у принимающей семьи {v}", "айпи сайта рыбного {v}",
                      "чужой вход в MyMinfin с {v}", "заблокируйте {v}, allez", "мой айпишник {v}, voilà"]},
        "iban": {"en": ["pay the cellar's Rechnung to {v}", "my account in ⟦Luxembourg City|LOCATION⟧ is {v}",
                        "the wine club's IBAN is {v}", "the cellar refunds from {v}"],
                 "ru": ["за агентство переводите на {v}", "мой счёт в ⟦Belfius|ORGANIZATION⟧ {v}",
                        "за отменённое размещение верните на IBAN {v}", "предоплата за икру {v}"]},
        "mac": {"en": ["the cellar camera has MAC {v}", "the till's MAC {v}", "add {v} to the Wi-Fi, merci villmools",
                       "the copra scale logged {v}"],
                "ru": ["MAC радионяни {v}", "MAC терминала в рыбном {v}", "добавь {v} в белый список, allez",
                       "роутер у семьи режет {v}"]},
        "card": {"en": ["the card for the wine is {v}", "charge {v} for the barrel", "the buyer paid for the Riesling with {v}",
                        "the grower read the card number as {v}"],
                 "ru": ["карта для оплаты агентства {v}", "номер карты рыбака {v}", "скинь на карту {v}, merci",
                        "карта {v}, потеряла в ⟦Генте|LOCATION⟧, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Moien, this is {v}, about the wine", "Name of the copra grower: {v}"],
                         "GOV_ID": ["the licence I had in Wellington is {v}", "DL (copra truck): {v}"],
                         "USERNAME": ["my username on the cellar portal is {v}", "till login: {v}"]},
                  "ru": {"PERSON": ["Bonjour, это {v}", "ФИО покупателя икры: {v}"],
                         "GOV_ID": ["паспорт РФ няни {v}", "паспорт рыбака {v}"],
                         "USERNAME": ["мой логин на сайте агентства {v}", "логин в программе рыбного: {v}"]}},
        "later": {"en": ["about the buyer {v} again", "still waiting on {v}, ma jo", "{v} call back, uso",
                         "chasing {v}, äddi", "(the grower, {v})"],
                  "ru": ["по няне {v}", "{v} опять звонила про икру", "напоминаю про оплату агентства, {v}",
                         "(см. выше про анкету: {v})", "{v}, ответьте уже, s'il vous plaît"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the corks order {v} is late", "the sacks order {v} came wrong",
                     "the ⟦Cactus|ORGANIZATION⟧ order {v} reached ⟦Wasserbillig|LOCATION⟧"],
              "ru": ["заказ подгузников {v} с ⟦Bol.com|ORGANIZATION⟧ пришёл", "заказ льда для рыбы {v}", "отмена по заказу {v}, allez"]},
    "price": {"en": ["the Crémant costs {v}", "copra is {v} a tonne this month", "the new barrel came to {v}"],
              "ru": ["няня на час {v}", "икра кижуча за кило {v}", "kot в ⟦Лёвене|LOCATION⟧ {v}"]},
    "timestamp": {"en": ["the buyer rang the bell {v}", "the copra truck left Vaitele {v}", "the press stopped {v}"],
                  "ru": ["собеседование начинается в {v}", "рыбак приехал в {v}", "самолёт с материка сел в {v}"]},
    "version": {"en": ["the cellar app {v} crashes", "the copra scale software {v}", "since the {v} update of the cellar till"],
                "ru": ["приложение агентства {v}", "версия программы рыбного {v}", "после обновления {v} приложение STIB виснет"]},
    "room": {"en": ["the tasting is in room {v}", "the barrels are in cellar {v}", "the bags are in shed {v}"],
             "ru": ["кабинет {v} в агентстве, второй этаж", "комната {v} у семьи", "холодильник {v} с икрой"]},
    "flight": {"en": ["my flight to ⟦Apia|LOCATION⟧ is {v}", "the importer lands on {v}", "my Bomi is on {v}"],
               "ru": ["летим в ⟦Брюссель|LOCATION⟧ рейсом {v}", "{v} задержали, allez", "встречай с {v} в ⟦Елизово|LOCATION⟧"]},
    "isbn": {"en": ["the winemaker's handbook is ISBN {v}", "the Samoan dictionary, ISBN {v}", "ISBN {v}, the Luxembourgish phrasebook"],
             "ru": ["справочник рыбака ISBN {v}", "ISBN {v}, бельгийский разговорник", "ISBN {v}, ительменско-русский словарь"]},
    "doc-ip": {"en": ["the cellar camera manual shows {v}", "the cellar till guide's example is {v}", "the winery network sheet has {v}"],
               "ru": ["в инструкции к радионяне {v}", "в примере настройки роутера агентства {v}", "в схеме сети рыбного склада {v}"]},
    "spoken-date": {"en": ["the next tasting is booked for {v}", "the copra run is on {v}", "the wine club meeting is set for {v}"],
                    "ru": ["собеседование перенесли на {v}", "приезд няни в ⟦Гент|LOCATION⟧ назначили на {v}", "путину ждём на {v}"]},
    "kinship-verb": {"en": ["my Bomi {v} come to the cellar", "my tuagane {v} sell the nuts",
                            "my tamā {v} pay for the barrel"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Merci villmools, noted.", "Okay, the Rechnung is updated.", "Jo, saved.",
                        "Malo, the buyer knows.", "Done, the buying ledger is updated.", "Fa'afetai, done."],
                 "ru": ["Dikke merci, записала.", "Хорошо, поправила в журнале анкет.", "Allez, внесла в тетрадь.",
                        "Поняла, передам рыбаку.", "Спасибо, предоплату за икру внесла.", "Voilà, готово."]}
