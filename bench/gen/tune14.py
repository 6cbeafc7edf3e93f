"""The bank of ``tune14``, the fourteenth pair's tune set, and the code that is its own.

Its writers: Danish English (Copenhagen and its bridge quarters, Aarhus, Odense, Aalborg,
Esbjerg; Danish words) and Namibian English (Windhoek and its suburbs, Katutura, Walvis Bay,
Swakopmund, Oshakati, Rundu; Oshiwambo and Afrikaans words), tattoo and piercing studios with
their clients, and plant nurseries and garden centres with their customers; in Russian,
Russian speakers living in France (Paris, Nice, Lyon, Strasbourg, Marseille; French words in
Russian sentences) and speakers in Kalmykia (Elista and its microdistricts, Lagan, Yashkul,
Gorodovikovsk and the villages; Kalmyk words), apartment-cleaning services with their clients,
and amateur choirs, their conductors and singers. Its own shapes (each with the check a reader
runs where the id has one), address layouts, two escapes of family 4 and the locales of its
writers' names are in :data:`OWN`; ``bench/gen/banks.py`` takes :data:`BANK`,
:data:`LOOKALIKES` and :data:`REPLIES` from here. Written from memory, not from a
specification: the layout of the Namibian identity number (the birth date and five digits; no
check written), of the French residence permit's number (ten digits, no check written), the
Danish floors and sides ("3. tv.", "st. th."), the four-digit post codes with the city's
district letters, the Namibian erven, post boxes and private bags, the locations of the north,
the French "bâtiment, escalier, appartement" lines and five-digit post codes, Elista's
microdistricts and the post codes of Kalmykia. The CPR number's check (weights 4, 3, 2, 7, 6,
5, 4, 3, 2, 1, the sum modulo 11 zero, as the numbers given before 2007 pass it), the CVR
number's (weights 2, 7, 6, 5, 4, 3, 2, 1, the sum modulo 11 zero) and the French NIR's key
(97 less the thirteen digits modulo 97; 99 and the country's code for those born abroad) are
as published.
"""

from __future__ import annotations

import json
import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: Denmark (eight digits) and Namibia (MTC, TN Mobile)
MOBILES = (("DK", ("20", "22", "26", "28", "30", "31", "40", "42", "50", "52", "60", "61", "71", "81", "93"), 6, (2, 2, 2, 2)),
           ("NA", ("081", "085"), 7, (3, 3, 4)))
CPR_W = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
CVR_W = (2, 7, 6, 5, 4, 3, 2, 1)


def _dials(region: str):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


def _valid(region: str, prefixes: tuple[str, ...], rest: int, v: Values) -> str:
    while True:
        d = v.rng.choice(prefixes) + v.digits(rest, False)
        if phonenumbers.is_valid_number(phonenumbers.parse(d, region)):
            return d


# -- family 2: shapes -----------------------------------------------------------------------

def _cpr(v: Values, lang: str) -> str:
    """A CPR number: DDMMYY, the serial (its first digit by the century), the check digit."""
    y, m, d = v.birth()
    while True:
        serial = v.rng.choice("0123" if y < 2000 else "4") + v.digits(2, False)
        body = f"{d:02d}{m:02d}{y % 100:02d}{serial}"
        check = -sum(int(c) * w for c, w in zip(body, CPR_W)) % 11
        if check < 10:
            cpr = body + str(check)
            return v.rng.choice((f"{cpr[:6]}-{cpr[6:]}", cpr, f"{cpr[:6]} {cpr[6:]}"))


def _cpr_ok(text: str) -> bool:
    d = re.sub(r"[ -]", "", text)
    return re.fullmatch(r"\d{10}", d) is not None and sum(int(c) * w for c, w in zip(d, CPR_W)) % 11 == 0


def _cvr(v: Values, lang: str) -> str:
    """A CVR number of a studio or a nursery: eight digits, the sum weighted 2, 7, 6, 5, 4, 3,
    2, 1 a multiple of 11."""
    while True:
        body = v.digits(7)
        check = -sum(int(c) * w for c, w in zip(body, CVR_W)) % 11
        if check < 10:
            d = body + str(check)
            return v.rng.choice((d, f"DK{d}", f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"))


def _cvr_ok(text: str) -> bool:
    d = re.sub(r"^DK|\s", "", text)
    return re.fullmatch(r"\d{8}", d) is not None and sum(int(c) * w for c, w in zip(d, CVR_W)) % 11 == 0


def _phone_dk(v: Values, lang: str) -> str:
    d = _valid("DK", ("20", "22", "26", "28", "30", "31", "40", "42", "50", "52", "60", "61", "71", "81", "93"), 6, v)
    return v.rng.choice((f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"{d[:4]} {d[4:]}",
                         f"+45{d}", f"0045 {d}"))


def _na_id(v: Values, lang: str) -> str:
    """A Namibian identity number: YYMMDD and five digits."""
    y, m, d = v.birth()
    n = f"{y % 100:02d}{m:02d}{d:02d}{v.digits(5, False)}"
    return v.rng.choice((n, f"{n[:6]} {n[6:]}", f"{n[:6]}-{n[6:]}"))


def _phone_na(v: Values, lang: str) -> str:
    d = _valid("NA", ("081", "085"), 7, v)
    return v.rng.choice((f"{d[:3]} {d[3:6]} {d[6:]}", f"+264 {d[1:3]} {d[3:6]} {d[6:]}", d, f"+264{d[1:]}",
                         f"({d[:3]}) {d[3:6]}-{d[6:]}"))


def _tattoo(v: Values, lang: str) -> str:
    return v.rng.choice((f"INK-{v.digits(4)}", f"Booking #{v.digits(5)}", f"{v.digits(3)}/SESH/{v.rng.randint(1, 6)}"))


def _nursery(v: Values, lang: str) -> str:
    return v.rng.choice((f"PLT-{v.digits(5)}", f"Ordre {v.digits(6)}", f"NUR/{v.rng.choice(('WHK', 'SWP', 'CPH'))}/{v.digits(4)}"))


def _nir(v: Values, lang: str) -> str:
    """A French NIR: the sex, YY, MM, the department and the commune (99 and 123 for those
    born in Russia), the order number, the key."""
    y, m, _ = v.birth()
    place = v.rng.choice(("99123", "99123", "99135", f"75{v.rng.randint(101, 120)}", "06088"))
    body = f"{v.rng.choice('12')}{y % 100:02d}{m:02d}{place}{v.digits(3, False)}"
    key = 97 - int(body) % 97
    n = f"{body}{key:02d}"
    return v.rng.choice((f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}", n,
                         f"{n[:13]} {n[13:]}"))


def _nir_ok(text: str) -> bool:
    d = text.replace(" ", "")
    return re.fullmatch(r"[12]\d{14}", d) is not None and 97 - int(d[:13]) % 97 == int(d[13:])


def _titre(v: Values, lang: str) -> str:
    """A French residence permit's number: ten digits."""
    return v.rng.choice((v.digits(10), f"{v.digits(2)} {v.digits(8, False)}"))


def _phone_fr(v: Values, lang: str) -> str:
    d = _valid("FR", ("06", "07"), 8, v)
    return v.rng.choice((f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}", f"+33 {d[1]} {d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}",
                         f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:8]}.{d[8:]}", d, f"+33{d[1:]}"))


def _cleaning(v: Values, lang: str) -> str:
    return v.rng.choice((f"УБ-{v.digits(5)}", f"Генуборка {v.digits(4)}/{v.rng.randint(1, 12):02d}", f"CLN-{v.digits(4)}"))


def _choir(v: Values, lang: str) -> str:
    return v.rng.choice((f"ХОР-{v.digits(3)}", f"Билет певчего {v.digits(4)}", f"{v.digits(3)}/сопр"))


# -- family 4: escapes ------------------------------------------------------------------------

def fb_export(text: str) -> str:
    """A name as Facebook's and Instagram's data downloads write it in their JSON: the UTF-8
    bytes read as Latin-1, each then escaped as ``\\u00XX``, ``\\u00d0\\u0098\\u00d0\\u00b2...``
    for Иван, ``S\\u00c3\\u00b8ren`` for Søren."""
    return json.dumps(text.encode("utf-8").decode("latin-1"))[1:-1]


def _from_fb_export(text: str) -> str:
    return json.loads('"' + text + '"').encode("latin-1").decode("utf-8")


def json_double(text: str) -> str:
    """A name inside a JSON document kept as a string in another JSON document (a webhook's
    payload logged by a second service): each non-ASCII character as ``\\\\uXXXX``, the quote as
    ``\\\\\\"``."""
    return json.dumps(json.dumps(text)[1:-1])[1:-1]


def _from_json_double(text: str) -> str:
    return json.loads('"' + json.loads('"' + text + '"') + '"')


# -- family 5: address layouts ----------------------------------------------------------------

CPH_STREETS = (("Nørrebrogade", "2200 København N"), ("Istedgade", "1650 København V"), ("Amagerbrogade", "2300 København S"),
               ("Østerbrogade", "2100 København Ø"), ("Vesterbrogade", "1620 København V"), ("Jagtvej", "2200 København N"),
               ("Frederiksberg Allé", "1820 Frederiksberg C"), ("Valby Langgade", "2500 Valby"))
DK_TOWNS = (("Aarhus C", "8000", "Frederiksgade"), ("Odense C", "5000", "Vestergade"), ("Aalborg", "9000", "Boulevarden"),
            ("Esbjerg", "6700", "Kongensgade"), ("Vejle", "7100", "Nørregade"), ("Roskilde", "4000", "Algade"),
            ("Randers C", "8900", "Storegade"))
DK_SIDES = ("tv.", "th.", "mf.")
WHK_SUBURBS = (("Katutura", ("Independence Avenue", "Shanghai Street", "Eveline Street", "Omongo Street")),
               ("Khomasdal", ("Hans Dietrich Genscher Street", "Bach Street", "Jupiter Street")),
               ("Klein Windhoek", ("Nelson Mandela Avenue", "Sam Nujoma Drive", "Joseph Mukwayu Ithana Street")),
               ("Eros", ("Eros Road", "Omuramba Road", "Ruhr Street")),
               ("Pionierspark", ("Dr Frans Indongo Street", "Beethoven Street")),
               ("Wanaheda", ("Hosea Kutako Drive", "Ondangwa Street")))
NA_BOXES = (("Windhoek", "Private Bag"), ("Walvis Bay", "P.O. Box"), ("Swakopmund", "P.O. Box"), ("Oshakati", "P.O. Box"),
            ("Rundu", "Private Bag"), ("Ongwediva", "P.O. Box"), ("Keetmanshoop", "P.O. Box"))
NA_NORTH = (("Oshakati", "Oshana Region", ("Oneshila location", "Evululuko", "Uupindi location")),
            ("Ongwediva", "Oshana Region", ("Ext. 4", "Ext. 9", "Okandjengedi")),
            ("Rundu", "Kavango East", ("Kehemu", "Ndama", "Sauyemwa")),
            ("Walvis Bay", "Erongo Region", ("Kuisebmond", "Narraville", "Meersig")),
            ("Swakopmund", "Erongo Region", ("Mondesa", "Vineta", "DRC")))


def _dk_city(v: Values) -> list[str]:
    """Copenhagen: the street and the house, the floor and the side (tv., th., mf.; st. for the
    ground floor), the post code and the district letter."""
    r = v.rng
    street, town = r.choice(CPH_STREETS)
    floor = r.choice(("st.", "1.", "2.", "3.", "4.", "5."))
    side = r.choice(DK_SIDES)
    house = f"{r.randint(1, 220)}{r.choice(('', '', 'A', 'B'))}"
    return [r.choice((f"{street} {house}, {floor} {side}, {town}", f"{street} {house} {floor} {side} {town}",
                      f"{street} {house}, {floor}{side}, DK-{town}"))]


def _dk_town(v: Values) -> list[str]:
    r = v.rng
    town, code, street = r.choice(DK_TOWNS)
    return [r.choice((f"{street} {r.randint(1, 90)}, {code} {town}", f"{street} {r.randint(1, 90)}, {r.randint(1, 4)}. sal, {code} {town}",
                      f"{r.choice(('Birkevej', 'Skovvej', 'Engvej', 'Kirkevej'))} {r.randint(1, 60)}, {code} {town}, Denmark"))]


def _dk_lines(v: Values) -> list[str]:
    r = v.rng
    street, town = r.choice(CPH_STREETS)
    return [f"{street} {r.randint(1, 220)}, {r.randint(1, 5)}. {r.choice(DK_SIDES)}", town, r.choice(("Danmark", "DENMARK"))]


def _na_erf(v: Values) -> list[str]:
    """Windhoek: the erf (the plot's number) or the house, the street, the suburb."""
    r = v.rng
    suburb, streets = r.choice(WHK_SUBURBS)
    street = r.choice(streets)
    return [r.choice((f"Erf {r.randint(100, 9999)}, {street}, {suburb}, Windhoek",
                      f"No. {r.randint(1, 120)} {street}, {suburb}, Windhoek",
                      f"{r.randint(1, 120)} {street}, {suburb} (Erf {r.randint(100, 9999)}), Windhoek, Namibia"))]


def _na_box(v: Values) -> list[str]:
    r = v.rng
    town, box = r.choice(NA_BOXES)
    return [r.choice((f"{box} {r.randint(10, 13999)}, {town}", f"{box} {r.randint(10, 13999)}, {town}, Namibia",
                      f"c/o {box} {r.randint(10, 13999)}, {town}"))]


def _na_lines(v: Values) -> list[str]:
    r = v.rng
    town, region, places = r.choice(NA_NORTH)
    return [f"House {r.choice(('No. ', ''))}{r.randint(1, 900)}, {r.choice(places)}", f"{town}, {region}", "Namibia"]


FR_PARIS = (("rue de la Roquette", "75011"), ("boulevard Voltaire", "75011"), ("rue de Vaugirard", "75015"),
            ("avenue de Versailles", "75016"), ("rue Lecourbe", "75015"), ("rue des Pyrénées", "75020"),
            ("avenue Mozart", "75016"), ("rue de Belleville", "75019"))
FR_TOWNS = (("Nice", "06000", "avenue Jean Médecin"), ("Nice", "06100", "boulevard Gambetta"),
            ("Lyon", "69003", "cours Gambetta"), ("Strasbourg", "67000", "rue du Faubourg de Pierre"),
            ("Marseille", "13008", "avenue du Prado"), ("Menton", "06500", "avenue de Verdun"),
            ("Antibes", "06600", "chemin des Combes"))
KL_STREETS = ("ул. Ленина", "ул. Пушкина", "ул. Горького", "ул. Номто Очирова", "ул. Хомутникова", "ул. Клыкова",
              "ул. Лермонтова", "ул. Чкалова")
KL_CODES = ("358000", "358003", "358005", "358007", "358009", "358011", "358014")
KL_VILLAGES = (("Лаганский р-н", "г. Лагань", "359220"), ("Яшкульский р-н", "п. Яшкуль", "359150"),
               ("Городовиковский р-н", "г. Городовиковск", "359050"), ("Целинный р-н", "с. Троицкое", "359300"),
               ("Кетченеровский р-н", "п. Кетченеры", "359120"), ("Приютненский р-н", "с. Приютное", "359030"),
               ("Черноземельский р-н", "п. Комсомольский", "359240"))


def _fr_paris(v: Values) -> list[str]:
    """Paris as a Russian writer in France writes it: the number and the street in French, the
    post code (the arrondissement in its last two digits), or the arrondissement in Russian."""
    r = v.rng
    street, code = r.choice(FR_PARIS)
    n = f"{r.randint(1, 180)}{r.choice(('', '', ' bis', ' ter'))}"
    return [r.choice((f"{n} {street}, {code} Paris", f"Париж, {int(code[3:])}-й округ, {n} {street}",
                      f"{n}, {street}, {code} Paris, France"))]


def _fr_town(v: Values) -> list[str]:
    r = v.rng
    town, code, street = r.choice(FR_TOWNS)
    return [r.choice((f"{r.randint(1, 200)} {street}, {code} {town}", f"{town}, {street} {r.randint(1, 200)}, {code}",
                      f"Résidence {r.choice(('les Mimosas', 'le Parc', 'les Oliviers'))}, {r.randint(1, 200)} {street}, {code} {town}"))]


def _fr_lines(v: Values) -> list[str]:
    r = v.rng
    street, code = r.choice(FR_PARIS)
    return [f"Bât. {r.choice('ABCD')}, esc. {r.randint(1, 4)}, appt {r.randint(1, 60)}", f"{r.randint(1, 180)} {street}",
            f"{code} PARIS"]


def _kl_elista(v: Values) -> list[str]:
    """Elista: the microdistrict and the house, or the street; the post code now and then."""
    r = v.rng
    return [r.choice((f"г. Элиста, {r.randint(1, 10)} мкр., д. {r.randint(1, 60)}, кв. {r.randint(1, 120)}",
                      f"{r.choice(KL_CODES)}, Республика Калмыкия, г. Элиста, {r.choice(KL_STREETS)}, д. {r.randint(1, 250)}, кв. {r.randint(1, 90)}",
                      f"Элиста, {r.randint(1, 10)}-й микрорайон, {r.randint(1, 60)}-{r.randint(1, 120)}"))]


def _kl_village(v: Values) -> list[str]:
    r = v.rng
    district, village, code = r.choice(KL_VILLAGES)
    street = r.choice(("ул. Ленина", "ул. Школьная", "ул. Степная", "ул. Советская", "ул. Молодёжная"))
    return [r.choice((f"{code}, Республика Калмыкия, {district}, {village}, {street}, д. {r.randint(1, 90)}",
                      f"{village}, {street} {r.randint(1, 90)}, Калмыкия"))]


def _kl_block(v: Values) -> list[str]:
    r = v.rng
    return [f"{r.randint(1, 10)} мкр., д. {r.randint(1, 60)}, кв. {r.randint(1, 120)}", "г. Элиста, РК", r.choice(KL_CODES)]


OWN = Own(
    mobiles=MOBILES,
    shapes={"cpr": _cpr, "cvr": _cvr, "phone_dk": _phone_dk, "na_id": _na_id, "phone_na": _phone_na, "tattoo": _tattoo,
            "nursery": _nursery, "nir": _nir, "titre": _titre, "phone_fr": _phone_fr, "cleaning": _cleaning,
            "choir": _choir},
    checks={"cpr": _cpr_ok, "cvr": _cvr_ok, "nir": _nir_ok, "phone_dk": _dials("DK"), "phone_na": _dials("NA"),
            "phone_fr": _dials("FR")},
    escapes={"fb-export": fb_export, "json-double": json_double},
    unescapes={"fb-export": _from_fb_export, "json-double": _from_json_double},
    lines={"dk_city": _dk_city, "dk_town": _dk_town, "dk_lines": _dk_lines, "na_erf": _na_erf, "na_box": _na_box,
           "na_lines": _na_lines, "fr_paris": _fr_paris, "fr_town": _fr_town, "fr_lines": _fr_lines,
           "kl_elista": _kl_elista, "kl_village": _kl_village, "kl_block": _kl_block},
    people={"en": ("da_DK",), "ru": ("fr_FR",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["altså, for the tattoo booking my number is {v}",
                         "the piercer said text her on {v}, not call",
                         "my number, the new one from ⟦TDC|ORGANIZATION⟧, is {v}",
                         "the nursery lady in ⟦Klein Windhoek|LOCATION⟧, her number is {v}",
                         "for the seedlings, phone my tate on {v}, ja-nee",
                         "my cousin in ⟦Oshakati|LOCATION⟧ is on {v}",
                         "the studio's phone is {v}, they open at twelve",
                         "ring {v} about the touch-up, is it?",
                         "my ⟦MTC|ORGANIZATION⟧ number is {v}, tangi",
                         "call the garden centre in ⟦Aarhus|LOCATION⟧ on {v} about the hedge plants",
                         "nå, my number is {v}, whenever",
                         "the guy who delivers the compost, {v}"],
                  "ru": ["мой французский номер {v}, ватсап тоже",
                         "клинер, её номер {v}, скажи, что от меня",
                         "по уборке звоните на {v}, после обеда",
                         "мендвт, мой номер {v}",
                         "звоните на {v}, я в ⟦Лагани|LOCATION⟧ до четверга",
                         "номер регента нашего хора, {v}",
                         "пишите на {v}, отвечу после спевки",
                         "номер хормейстера {v}, она завтра в ⟦Ницце|LOCATION⟧",
                         "мой номер в ⟦Элисте|LOCATION⟧ {v}, звоните вечером",
                         "записывай, алор, {v}, это мужа"]},
        "email": {"en": ["the aftercare sheet goes to {v}",
                         "send the tattoo deposit receipt to {v}, mange tak",
                         "my email for the flash-day list, {v}",
                         "the nursery wants the order at {v}",
                         "email the plant list to {v}",
                         "my daughter in ⟦Odense|LOCATION⟧ uses {v}",
                         "for the invoice write to {v}, now-now",
                         "her email is {v}, that one, ja"],
                  "ru": ["почта клининга для заказа {v}",
                         "договор на генуборку пришлите на {v}",
                         "мой имейл {v}, ханжанав заранее",
                         "пишите на {v}, я на спевке до вечера",
                         "почта хора {v}",
                         "ноты скиньте на {v}",
                         "мой мейл во ⟦Франции|LOCATION⟧ {v}",
                         "почта регента {v}, ханжанав"]},
        "dob": {"en": ["I was born {v}, so yes I'm over eighteen for the piercing",
                       "I was born {v} in ⟦Aalborg|LOCATION⟧",
                       "the client was born {v}, put it on the consent form",
                       "she was born {v} in ⟦Rundu|LOCATION⟧",
                       "my meme's birth date, {v}, for the loyalty card",
                       "born {v} at ⟦Rigshospitalet|ORGANIZATION⟧",
                       "my kuku was born {v}, in ⟦Ondangwa|LOCATION⟧",
                       "he says he was born {v}, altså"],
                "ru": ["я родилась {v} в ⟦Элисте|LOCATION⟧",
                       "клиентка родилась {v}, так в титр де сежур",
                       "сын родился {v}, уже в ⟦Лионе|LOCATION⟧",
                       "ээҗ родилась {v}, в ⟦Сибири|LOCATION⟧, в ссылке",
                       "родилась {v}, пишите в анкету хора",
                       "муж родился {v}, в ⟦Яшкуле|LOCATION⟧",
                       "аав родился {v}, в ⟦Городовиковске|LOCATION⟧",
                       "солистка родилась {v}"]},
        "fillers": {"en": ["altså", "nå", "jo", "ikke?", "skal vi sige", "hva så",
                           "ja-nee", "is it?", "now-now", "ai", "haai", "just now"],
                    "ru": ["алор", "бон, ладно", "вуаля", "ну, тиим", "д'акор, д'акор", "ой, бурхн",
                           "так вот, значит", "bref", "ну-у, короче"]},
        "digit_sep": {"en": [" ... [the tattoo machine buzzing] ... ", " -- nå -- ", " [hose running] "],
                      "ru": [" ... [пылесос гудит] ... ", " -- алор -- ", " [хор распевается] "]},
        "email_at": {"en": [" snabel-a, at, ", " [at, ja] ", " at, altså, "],
                     "ru": [" аробаз, собака, ", " эт, бон, ", " (at, тиим) "]},
        "email_dot": {"en": [" punktum, dot, ", " (dot, is it) ", " dot, nå, "],
                      "ru": [" пуан, точка, ", " точка, ну, вуаля, ", " (dot, ханжанав) "]},
        "spell": {"en": [", letter by letter, altså, ", " -- one by one, ja-nee -- "],
                  "ru": [", по буковке, алор, ", " ... каждую букву отдельно, тиим ... "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("CPR", "GOV_ID", "cpr"), ("CPR-nummer:", "GOV_ID", "cpr"),
                        ("CPR of the client", "GOV_ID", "cpr"), ("personal no. (DK):", "GOV_ID", "cpr"),
                        ("CVR", "OTHER", "cvr"), ("studio CVR:", "OTHER", "cvr"),
                        ("nursery's CVR no.", "OTHER", "cvr"),
                        ("mobilnummer", "PHONE", "phone_dk"), ("client's mobile (DK):", "PHONE", "phone_dk"),
                        ("piercer's mobil", "PHONE", "phone_dk"),
                        ("ID no.", "GOV_ID", "na_id"), ("Namibian ID:", "GOV_ID", "na_id"),
                        ("ID number of the customer", "GOV_ID", "na_id"), ("green ID book no.", "GOV_ID", "na_id"),
                        ("cell no. (NA)", "PHONE", "phone_na"), ("MTC line:", "PHONE", "phone_na"),
                        ("customer's cell", "PHONE", "phone_na"),
                        ("next of kin's ph. for the consent form", "PHONE", "phone_fmt"), ("client's other cell no.", "PHONE", "phone_sep"),
                        ("tattoo booking", "OTHER", "tattoo"), ("session ref:", "OTHER", "tattoo"),
                        ("nursery order", "OTHER", "nursery"), ("plant order no.:", "OTHER", "nursery"),
                        ("code for the studio door", "SECRET", "pin4"), ("the cash box code:", "SECRET", "pin4"),
                        ("password of the booking app", "SECRET", "password"), ("studio iPad pw:", "SECRET", "password"),
                        ("client's DOB (consent form)", "DATE_OF_BIRTH", "dob_slash"), ("nursery customer born", "DATE_OF_BIRTH", "dob_month"),
                        ("fødselsdato:", "DATE_OF_BIRTH", "dob_iso"), ("DOB of the walk-in", "DATE_OF_BIRTH", "dob_dashes"),
                        ("driving licence of the client (UK one)", "GOV_ID", "licence"),
                        ("insurance on the greenhouse:", "OTHER", "policy"),
                        ("CPR of the mother (minor's consent)", "GOV_ID", "cpr"), ("ID no. of the buyer:", "GOV_ID", "na_id"),
                        ("back gate PIN", "SECRET", "pin4"), ("CVR of the supplier", "OTHER", "cvr"),
                        ("MobilePay no.", "PHONE", "phone_dk"), ("ID of the nursery's driver (NA)", "GOV_ID", "na_id"),
                        ("order for the camelthorn seedlings:", "OTHER", "nursery")],
                 "ru": [("NIR", "GOV_ID", "nir"), ("номер секю:", "GOV_ID", "nir"),
                        ("номер социального страхования (Франция)", "GOV_ID", "nir"), ("numéro de sécu клиентки", "GOV_ID", "nir"),
                        ("номер с карт виталь:", "GOV_ID", "nir"),
                        ("номер титр де сежур", "GOV_ID", "titre"), ("вид на жительство (Франция):", "GOV_ID", "titre"),
                        ("французский мобильный", "PHONE", "phone_fr"), ("тел. (FR):", "PHONE", "phone_fr"),
                        ("портабль клинера", "PHONE", "phone_fr"),
                        ("заказ на уборку", "OTHER", "cleaning"), ("номер заказа клининга:", "OTHER", "cleaning"),
                        ("договор на генеральную уборку", "OTHER", "cleaning"),
                        ("членский билет хора", "OTHER", "choir"), ("номер певчего в списке:", "OTHER", "choir"),
                        ("телефон мужа солистки", "PHONE", "phone_fmt"), ("тел. заказчицы уборки", "PHONE", "phone_sep"),
                        ("паспорт хормейстера", "GOV_ID", "passport_ru"), ("паспорт клиентки клининга:", "GOV_ID", "passport_no"),
                        ("СНИЛС регента", "GOV_ID", "snils"), ("ИНН клининговой фирмы:", "GOV_ID", "inn_glued"),
                        ("ИНН певчей", "GOV_ID", "inn"),
                        ("полис ОМС концертмейстера", "OTHER", "digits16"), ("права водителя автобуса хора", "GOV_ID", "vu_ru"),
                        ("загран для гастролей в ⟦Париж|LOCATION⟧", "GOV_ID", "zagran"),
                        ("дата рожд. певчей:", "DATE_OF_BIRTH", "dob_dots"), ("клиентка по уборке родилась", "DATE_OF_BIRTH", "dob_month"),
                        ("д.р. по анкете", "DATE_OF_BIRTH", "dob_short"), ("родилась (по титр де сежур)", "DATE_OF_BIRTH", "dob_iso"),
                        ("код от подъезда клиентки", "SECRET", "pin4"), ("пароль от кабинета клининга:", "SECRET", "password"),
                        ("код от шкафа с нотами в ⟦Калмыцкой филармонии|ORGANIZATION⟧", "SECRET", "pin4"),
                        ("диджикод в парижском доме", "SECRET", "pin4"), ("пароль от вайфая в репетиционной", "SECRET", "password"),
                        ("NIR мужа:", "GOV_ID", "nir"), ("номер вида на жительство жены", "GOV_ID", "titre"),
                        ("мобильный клинера (FR)", "PHONE", "phone_fr"), ("заказ на уборку офиса:", "OTHER", "cleaning"),
                        ("паспорт солиста", "GOV_ID", "passport_ru")]},
        "carriers": {"en": ["Consent form: {v}", "{v} (per the client)", "order book - {v}", "{v}, mange tak",
                            "on the tattoo booking form: {v}", "{v} tangi unene", "the customer read it out: {v}",
                            "for the studio's file: {v}", "field 3 of the consent form: {v}"],
                     "ru": ["в тетради бригадира: {v}", "{v}, ханжанав", "в договоре на уборку {v}", "{v} (клиентка продиктовала)",
                            "для продления титр де сежур: {v}", "{v}, мерси боку", "скинула регенту в ватсап {v}",
                            "в анкете певчего: {v}", "для бухгалтерии хора: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["follow the tattoo studio on Insta, {v}", "tag {v} in the plant swap group", "the artist is {v} on TikTok",
                      "my IG is {v}, altså", "DM {v} for the succulents", "I'm {v} on Facebook, ja-nee"],
               "ru": ["наш клининг в инсте {v}", "отметь {v} в чате хора", "{v} в телеге, она ведёт альтов",
                      "русские в ⟦Ницце|LOCATION⟧ в телеге {v}", "ник в чате ⟦Элисты|LOCATION⟧ {v}",
                      "пишите {v}, она уборку берёт"]},
        "url": {"en": ["my portfolio of fine-line work is {v}", "the plant care tips I follow, {v}", "our nursery blog {v}",
                       "the artist's booking page is {v}", "my page, now-now, {v}", "se {v}, tak"],
                "ru": ["мой канал про жизнь во ⟦Франции|LOCATION⟧ {v}", "до и после уборки на {v}", "страница хора {v}",
                       "мой блог про ⟦Калмыкию|LOCATION⟧ {v}", "отзывы о клининге: {v}", "глянь, вуаля, {v}"]},
        "url_layouts": {"any": ["https://{site}?igshid=MzRl", "{site} (check it, ja)", "https://{site}/#work",
                                "<{site}> (my portfolio)"]},
        "ssh": {"any": ["ssh -o ServerAliveInterval=30 -l ink {v}", "ssh -p 2200 -i ~/.ssh/nursery_rsa {v}",
                        "scp plantelister.csv {v}:/srv/nursery/", "rsync -az ./devis/ {v}:/backup/menage/"]},
        "remote": {"any": ["git clone --depth 1 --branch studio https://github.com/{v}.git", "git remote add origin-ssh git@gitlab.com:{v}.git",
                           "pipx install --force git+https://github.com/{v}.git@nursery", "go install github.com/{v}/cmd/booking@latest"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:studio", "FROM docker.io/{v}:alpine-nursery",
                             "podman pull quay.io/{v}:v14", "docker push ghcr.io/{v}:ink-edge"]},
        "home": {"any": ["/home/{v}/flash-sheets/", "C:\\Users\\{v}\\Documents\\Planteskole\\", "/Users/{v}/Desktop/menage/",
                         "/mnt/c/Users/{v}/khor/"]},
        "tool": {"en": ["the studio laptop froze on {v}", "my nephew in ⟦Esbjerg|LOCATION⟧ told me to type {v}", "it hung at {v}, nå",
                        "paste {v} in the artists' chat"],
                 "ru": ["сын из ⟦Парижа|LOCATION⟧ мне запускал {v}", "айтишник из ⟦Лиона|LOCATION⟧ сказал ввести {v}",
                        "всё встало на {v}, ой, бурхн", "скинула {v} в чат клинеров"]},
        "mention": {"en": ["{h} tak!", "{h} tangi!", "{h} can you take the walk-ins in ⟦Aarhus|LOCATION⟧?",
                           "{h}: stencil done, ja", "thanks {h}, mange tak", "{h} is it?"],
                    "ru": ["{h}, мерси!", "{h} ханжанав", "{h}, скинь ноты альтам", "{h}: принято, д'акор",
                           "спасибо, {h}, тиим", "{h} ну ты даёшь, вуаля"]},
    },
    4: {
        "url": {"en": ["the booking link had ?{k}={v}&style=fineline", "the nursery's order form prefilled {k}={v}",
                       "the Instagram DM link carried {k}={v}&ref=ig", "GET /clients/find?{k}={v} 200"],
                "ru": ["ссылка на заказ уборки ?{k}={v}&lang=fr", "в ссылке на запись в хор {k}={v}",
                       "в переходе из вайбера клининга {k}={v}&src=viber", "в логе сайта хора: GET /singers?{k}={v}"]},
        "markup": {"en": ["the consent form HTML has <td class=\"{k}\">{v}</td>",
                          "the gift card template reads <h3>{v}</h3>",
                          "the booking form has <input name=\"{k}\" type=\"text\" value=\"{v}\">"],
                   "ru": ["в HTML договора уборки <td class=\"{k}\">{v}</td>",
                          "в шаблоне программки концерта <h3>{v}</h3>",
                          "в форме заказа <input name=\"{k}\" type=\"text\" value=\"{v}\">"]},
        "prose": {"en": ["the ⟦Danske Bank|ORGANIZATION⟧ transfer shows the sender as {v}", "the stencil sheet is signed {v}",
                         "the nursery invoice is in the name of {v}", "the MobilePay note reads {v}"],
                  "ru": ["в приложении ⟦Société Générale|ORGANIZATION⟧ получатель {v}", "на листке с ключами подписано {v}",
                         "в списке сопрано {v}", "в программке концерта солистка {v}"]},
        "escapes": {"fb-export": {"en": ["the studio's Instagram download has \"sender_name\": \"{v}\"",
                                         "in message_1.json of the nursery page: \"sender_name\": \"{v}\"",
                                         "the Facebook export lists the client as \"name\": \"{v}\""],
                                  "ru": ["в выгрузке переписки клининга из инсты \"sender_name\": \"{v}\"",
                                         "в архиве фейсбука группы хора \"sender_name\": \"{v}\"",
                                         "в JSON из «Скачать информацию» \"title\": \"{v}\""]},
                    "json-double": {"en": ["the webhook log has \"payload\": \"{\\\"client\\\": \\\"{v}\\\"}\"",
                                           "the booking sync logged body=\"{\\\"name\\\":\\\"{v}\\\"}\"",
                                           "the payment relay's line: \"data\":\"{\\\"payer\\\":\\\"{v}\\\"}\""],
                                    "ru": ["в логе интеграции клининга \"payload\": \"{\\\"client\\\": \\\"{v}\\\"}\"",
                                           "вебхук записи в хор сохранил body=\"{\\\"singer\\\":\\\"{v}\\\"}\"",
                                           "в логе бота хора \"msg\":\"{\\\"from\\\":\\\"{v}\\\"}\""]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["the client's home address is {v}", "the olive tree goes to {v}",
                        "the nursery customer's address is {v}", "he moved in with his girlfriend at {v}", "post the gift card to {v}",
                        "address as on the ID: {v}"],
                 "ru": ["адрес: {v}, код на двери есть", "мы живём {v}, рядом с булочной", "уборка по адресу {v}",
                        "спевки у нас {v}", "я теперь снимаю студию {v}", "клиентка живёт {v}"]},
        "block": {"en": ["Send the gift card to:\n{v}", "Client's home address (for the consent form):\n{v}",
                         "Delivery of the hedge plants:\n{v}", "Customer's address -\n{v}"],
                  "ru": ["Адрес уборки:\n{v}", "Репетиционная (по понедельникам)\n{v}",
                         "Куда везти пылесосы (звонить заранее):\n{v}", "Адрес клиентки -\n{v}"]},
        "layouts": {"en": ["dk_city", "dk_town", "dk_lines", "na_erf", "na_box", "na_lines"],
                    "ru": ["fr_paris", "fr_town", "fr_lines", "kl_elista", "kl_village", "kl_block"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["Tattoo client: {v}", "Artist on shift: {v}", "Nursery (owner): {v}", "the buyer {v} took the lemon tree",
                        "the walk-in said his name is {v}", "Studio manager: {v}", "the plant delivery was signed by {v}",
                        "Guest artist: {v}"],
                 "ru": ["Клиентка клининга: {v}", "Клинер: {v}", "бригадир {v} застряла в пробке на периферике",
                        "хормейстер — {v}", "Солистка на концерте: {v}", "звонила {v} насчёт уборки",
                        "Регент (дирижёр): {v}"]},
        "kin": {"en": [("my farmor", "f"), ("my morfar", "m"), ("my svigermor", "f"), ("my lillebror", "m"), ("my storesøster", "f"),
                       ("my meme", "f"), ("my tate", "m"), ("my kuku", "f"), ("my oupa on the farm", "m"),
                       ("my ouma in ⟦Mariental|LOCATION⟧", "f"), ("the client's boyfriend", "m")],
                "ru": [("мой аав", "m"), ("моя ээҗ", "f"), ("моя бергн", "f"), ("мой ах из ⟦Лагани|LOCATION⟧", "m"),
                       ("мой дү", "m"), ("моя сестра из ⟦Ниццы|LOCATION⟧", "f"), ("мой бо-фрер", "m"), ("моя белль-мер", "f"),
                       ("моя свекровь из ⟦Яшкуля|LOCATION⟧", "f"), ("мой күргн", "m")]},
        "kin_carriers": {"en": ["{v} will pay for the sleeve", "{v} is coming for the piercing too",
                                "{v} drives up from ⟦Swakopmund|LOCATION⟧", "{v} will carry the pots",
                                "{v} signed the consent form", "{v} is driving to ⟦Roskilde|LOCATION⟧"],
                         "ru": ["{v} заплатит за уборку", "{v} прилетит из ⟦Элисты|LOCATION⟧", "{v} заберёт ключи от квартиры клиентки",
                                "{v} поёт у нас в альтах", "{v} передаёт привет из ⟦Марселя|LOCATION⟧", "{v} запишется в хор"]},
        "wordnames": {"en": {"f": ["Lærke", "Sol", "Fryd", "Ndapandula", "Maj", "Lykke", "Stjerne"],
                             "m": ["Birk", "Ravn", "Ulv", "Falk", "Festus", "Victory", "Kalunga"]},
                      "ru": {"f": ["Герел", "Кермен", "Байрта", "Сарана"], "m": ["Баатр", "Эрдни", "Очир"]}},
        "list": {"en": ["Bookings for Saturday:\n{v}", "Customers who ordered hedges\n{v}", "Artists this week:\n{v}",
                        "| Client | hours |\n|---|---|\n{v}"],
                 "ru": ["Оплатить уборку до пятницы:\n{v}", "Не сдали ноты\n{v}", "Клинеры на выходные:\n{v}",
                        "| Певчий | Партия |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} - deposit paid", "* {v} (stencil ok)", "{v} [aftercare sent]", "| {v} | 3 h |"]},
        "broken": {"en": ["the consent form was countersigned by the artist {v} after lunch",
                          "the plant order was taken by the shop assistant {v} on Monday"],
                   "ru": ["заказ на уборку приняла {v}", "партитуры выдала концертмейстер {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the booking app logged in from {v}", "the studio's router is {v}",
                      "allow {v} on the nursery's firewall", "the greenhouse sensor reported from {v}",
                      "the watering controller dropped {v}", "my IP, ja-nee, is {v}"],
               "ru": ["вход в кабинет клининга с {v}", "роутер в репетиционной {v}", "айпи сайта хора {v}",
                      "чужой вход в кабинет бригадира с {v}", "заблокируйте {v}, алор", "мой айпишник {v}, ханжанав"]},
        "iban": {"en": ["refund the tattoo deposit to {v}", "my account in ⟦Copenhagen|LOCATION⟧ is {v}",
                        "the tattoo studio's IBAN is {v}", "the customer pays the rest from {v}"],
                 "ru": ["за уборку переводите на {v}", "мой счёт в ⟦Crédit Agricole|ORGANIZATION⟧ {v}",
                        "за отменённую генуборку верните на IBAN {v}", "взнос за хор {v}"]},
        "mac": {"en": ["the greenhouse sensor's MAC is {v}", "the card terminal's MAC {v}", "add {v} to the Wi-Fi, tak",
                       "the nursery AP logged {v}"],
                "ru": ["MAC робота-пылесоса {v}", "MAC цифрового пианино {v}", "добавь {v} в роутер офиса клининга",
                       "роутер в зале для спевок режет {v}"]},
        "card": {"en": ["the card for the sleeve deposit is {v}", "charge {v} for the plants", "the client paid the deposit with {v}",
                        "the customer read the card out as {v}"],
                 "ru": ["карта для оплаты уборки {v}", "номер карты регента {v}", "скинь на карту {v}, мерси",
                        "карта {v}, потеряла в ⟦Лионе|LOCATION⟧, блокируйте"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Hej, this is {v}", "Name of the client (consent form): {v}"],
                         "GOV_ID": ["my old UK licence no. is {v}", "DL (client): {v}"],
                         "USERNAME": ["my username on the booking app is {v}", "nursery shop login: {v}"]},
                  "ru": {"PERSON": ["Мендвт, это {v}", "ФИО клиентки по договору уборки: {v}"],
                         "GOV_ID": ["паспорт РФ клиентки {v}", "паспорт певчего {v}"],
                         "USERNAME": ["мой логин на сайте хора {v}", "логин в программе клининга: {v}"]}},
        "later": {"en": ["about the client {v} again", "still waiting on {v}, nå", "{v} called back, tangi",
                         "chasing {v}, now-now", "(the client {v}, tattoo)"],
                  "ru": ["по клиентке с генуборкой {v}", "{v} опять звонила про уборку", "напоминаю про взнос за хор, {v}",
                         "(см. выше про ноты: {v})", "{v}, ответьте, алор"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["the needle cartridges order {v} is late", "the terracotta pots order {v} came broken",
                     "the ⟦Temu|ORGANIZATION⟧ order {v} arrived"],
              "ru": ["заказ салфеток {v} с ⟦Amazon|ORGANIZATION⟧ пришёл", "заказ моющих средств {v} для бригады", "отмена по заказу {v}, алор"]},
    "price": {"en": ["a palm-sized piece is {v}", "the helix piercing costs {v}", "a tray of seedlings came to {v}"],
              "ru": ["генуборка трёшки {v}", "взнос за хор {v} в месяц", "студия в ⟦Ницце|LOCATION⟧ {v}"]},
    "timestamp": {"en": ["the client checked in {v}", "the bakkie left the nursery {v}", "the autoclave finished {v}"],
                  "ru": ["бригада выезжает в {v}", "спевка в {v}", "автобус хора отходит в {v}"]},
    "version": {"en": ["the tattoo booking app {v} crashes", "the nursery's till app {v}", "since the {v} update of the stencil printer"],
                "ru": ["приложение клининга {v}", "версия нотного редактора {v}", "после обновления {v} пылесос не заряжается"]},
    "room": {"en": ["the piercings are done in room {v}", "the client is in booth {v}", "the cacti are in greenhouse {v}"],
             "ru": ["репетиция в аудитории {v}", "кабинет {v}", "кладовка {v} в офисе клининга"]},
    "flight": {"en": ["my flight to ⟦Windhoek|LOCATION⟧ is {v}", "the guest artist lands on {v}", "the plant buyer is on {v}"],
               "ru": ["летим в ⟦Париж|LOCATION⟧ рейсом {v}", "{v} задержали, ой, бурхн", "встречай с {v} в ⟦Ницце|LOCATION⟧"]},
    "isbn": {"en": ["the tattoo lettering book is ISBN {v}", "the succulent grower's guide, ISBN {v}", "ISBN {v}, the Danish phrasebook"],
             "ru": ["сборник хоровых партитур ISBN {v}", "ISBN {v}, разговорник французского", "ISBN {v}, калмыцко-русский словарь"]},
    "doc-ip": {"en": ["the greenhouse controller manual shows {v}", "the booking software guide's example is {v}", "the studio network sheet has {v}"],
               "ru": ["в инструкции к роботу-пылесосу {v}", "в примере настройки камеры в зале {v}", "в схеме сети офиса {v}"]},
    "spoken-date": {"en": ["the sleeve session is booked for {v}", "the plant sale is on {v}", "the guest spot is set for {v}"],
                    "ru": ["генуборку перенесли на {v}", "концерт в ⟦Элисте|LOCATION⟧ назначили на {v}", "спевку назначили на {v}"]},
    "kinship-verb": {"en": ["my farmor {v} come for the roses", "my tate {v} bring the bakkie",
                            "my svigermor {v} pay for the piercing"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Tak, noted.", "Okay, the consent form is updated.", "Tangi, saved.",
                        "Alright, the artist knows.", "Ja, the booking is updated.", "Mange tak, done."],
                 "ru": ["Мерси, записала.", "Хорошо, поправила в графике уборок.", "Ханжанав, внесла в таблицу.",
                        "Поняла, передам регенту.", "Спасибо, анкету певчей обновила.", "Д'акор, готово."]}
