"""The bank of ``check4``, the fourth pair's held-out set, and the code that is its own.

Nothing outside this module says what the set writes; ``bench/gen/banks.py`` takes
:data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here, and the shared makers reach
:data:`OWN` through the bank.

Its writers: South African, Nigerian, Singaporean and New Zealand English, Matrix and IRC
channels, support tickets, medical intake forms and classified ads; in Russian, VK posts and
comments, helpdesk tickets, clinic intake forms and speakers from the south and Siberia. Its
own shapes carry the check a reader runs where the id has one.
"""

from __future__ import annotations

import ast
import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values, luhn_digit, luhn_ok

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# numbering plans the writers read out: South Africa, Nigeria, Singapore, New Zealand
MOBILES = (("ZA", ("082", "083", "072", "073", "084", "071", "060"), 7, (3, 3, 4)),
           ("NG", ("0803", "0806", "0813", "0816", "0703", "0706", "0905", "0810"), 7, (4, 3, 4)),
           ("SG", ("8", "9"), 7, (4, 4)),
           ("NZ", ("021", "022", "027"), 7, (3, 3, 4)))
CODES = {"ZA": "27", "NG": "234", "SG": "65", "NZ": "64"}
CYRILLIC = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# -- family 2: shapes -----------------------------------------------------------------------

def _za_id(v: Values, lang: str) -> str:
    """A South African identity number: birth date, sequence (its half the sex), citizenship,
    8, and a Luhn digit."""
    y, m, d = v.birth()
    body = f"{y % 100:02d}{m:02d}{d:02d}{v.rng.randint(0, 9999):04d}{v.rng.choice('01')}8"
    n = body + luhn_digit(body)
    return n if v.rng.random() < 0.6 else f"{n[:6]} {n[6:10]} {n[10:]}"


_NRIC_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)


def _nric_letter(prefix: str, digits: str) -> str:
    total = sum(int(c) * w for c, w in zip(digits, _NRIC_WEIGHTS)) + (4 if prefix in "TG" else 0)
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[total % 11]


def _nric(v: Values, lang: str) -> str:
    """A Singapore NRIC or FIN: S, T, F or G, seven digits and the check letter."""
    prefix, digits = v.rng.choice("STFG"), v.digits(7, False)
    return prefix + digits + _nric_letter(prefix, digits)


def _nric_ok(text: str) -> bool:
    return (re.fullmatch(r"[STFG]\d{7}[A-Z]", text) is not None
            and _nric_letter(text[0], text[1:8]) == text[8])


def _ird_check(base: str) -> int | None:
    """The check digit of a New Zealand IRD number's base (eight digits), or None if it has none."""
    for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        rem = sum(int(c) * w for c, w in zip(base, weights)) % 11
        check = 0 if rem == 0 else 11 - rem
        if check < 10:
            return check
    return None


def _ird(v: Values, lang: str) -> str:
    """A New Zealand IRD number, eight or nine digits with its mod-11 check, dashed or not."""
    while True:
        base = v.rng.randint(1_000_000, 14_999_999)
        check = _ird_check(f"{base:08d}")
        if check is not None:
            n = f"{base}{check}"
            return f"{n[:-6]}-{n[-6:-3]}-{n[-3:]}" if v.rng.random() < 0.6 else n


def _ird_ok(text: str) -> bool:
    d = text.replace("-", "")
    return d.isdigit() and len(d) in (8, 9) and _ird_check(d[:-1].zfill(8)) == int(d[-1])


NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O; A is 1


def _nhi_check(head: str) -> int | None:
    values = [NHI_LETTERS.index(c) + 1 for c in head[:3]] + [int(c) for c in head[3:]]
    rem = sum(x * w for x, w in zip(values, (7, 6, 5, 4, 3, 2))) % 11
    return None if rem == 0 else (11 - rem) % 10


def _nhi(v: Values, lang: str) -> str:
    """A New Zealand National Health Index number: three letters, three digits, a check digit."""
    while True:
        head = "".join(v.rng.choice(NHI_LETTERS) for _ in range(3)) + v.digits(3, False)
        check = _nhi_check(head)
        if check is not None:
            return head + str(check)


def _nhi_ok(text: str) -> bool:
    return (re.fullmatch(f"[{NHI_LETTERS}]{{3}}\\d{{4}}", text) is not None
            and _nhi_check(text[:6]) == int(text[6]))


def _nin_ng(v: Values, lang: str) -> str:
    """A Nigerian National Identification Number (eleven digits)."""
    return v.digits(11)


def _bvn(v: Values, lang: str) -> str:
    """A Nigerian Bank Verification Number: eleven digits, starting 22."""
    return "22" + v.digits(9, False)


def _phone_cc(v: Values, lang: str) -> str:
    """An international number of the writers' plans, as they give it to someone abroad."""
    plan = v.rng.choice(MOBILES)
    d, _ = v.mobile(plan)
    groups = {"ZA": (2, 3, 4), "NG": (3, 3, 4), "SG": (4, 4), "NZ": (2, 3, 4)}[plan[0]]
    return f"+{CODES[plan[0]]} {v.group(d.lstrip('0'), groups, v.rng.choice((' ', '-')))}"


def _dob_ymd_slash(v: Values, lang: str) -> str:
    y, m, d = v.birth()
    return f"{y}/{m:02d}/{d:02d}"


def _dob_ordinal(v: Values, lang: str) -> str:
    """A birth date with an ordinal and a short month: 1st Jan 1980, 22nd of Oct 1975."""
    y, m, d = v.birth()
    suffix = "th" if 10 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suffix}{v.rng.choice((' ', ' of '))}{MONTHS[m - 1]}{v.rng.choice(('', ','))} {y}"


def _voen(v: Values, lang: str) -> str:
    """A Russian military ID (военный билет): two Cyrillic letters and seven digits."""
    return "".join(v.rng.choice(CYRILLIC) for _ in range(2)) + v.rng.choice((" ", " № ")) + v.digits(7, False)


def _snils_sum(body: str) -> int:
    total = sum(int(c) * (9 - i) for i, c in enumerate(body))
    return total if total < 100 else (0 if total in (100, 101) else total % 101 % 100)


def _snils_plain(v: Values, lang: str) -> str:
    """A СНИЛС written as eleven digits in a row, as forms that strip separators save it."""
    body = v.digits(9)
    return body + f"{_snils_sum(body):02d}"


def _snils_ok(text: str) -> bool:
    return len(text) == 11 and text.isdigit() and _snils_sum(text[:9]) == int(text[9:])


def _phone_ru_plain(v: Values, lang: str) -> str:
    """A Russian mobile with no plus and no separators, as VK profiles show it: 79161234567."""
    d, _ = v.phone("ru_RU")
    return "7" + d[1:]


def _dials(text: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse(text if text.startswith("+") else "+" + text))


# -- family 4: escapes ------------------------------------------------------------------------

def py_bytes(text: str) -> str:
    """A name as Python logs a bytes value: ``b'Ren\\xc3\\xa9e'``."""
    return repr(text.encode("utf-8"))


def _from_py_bytes(text: str) -> str:
    return ast.literal_eval(text).decode("utf-8")


def ldap_dn(text: str) -> str:
    """A name in an LDAP distinguished name (RFC 4514): non-ASCII bytes as ``\\\\c3\\\\a9``."""
    return "".join(chr(b) if b < 0x80 else f"\\{b:02x}" for b in text.encode("utf-8"))


def _from_ldap_dn(text: str) -> str:
    return re.sub(r"(?:\\[0-9a-f]{2})+", lambda m: bytes.fromhex(m[0].replace("\\", "")).decode("utf-8"),
                  text)


# -- family 5: address layouts ----------------------------------------------------------------

ZA_PLACES = (("Sea Point", "Cape Town", "8005"), ("Observatory", "Cape Town", "7925"),
             ("Rosebank", "Johannesburg", "2196"), ("Sandton", "Johannesburg", "2196"),
             ("Hatfield", "Pretoria", "0083"), ("Umhlanga", "Durban", "4319"),
             ("Summerstrand", "Gqeberha", "6001"), ("Westdene", "Bloemfontein", "9301"))
NG_AREAS = (("Victoria Island", "Lagos"), ("Ikoyi", "Lagos"), ("Surulere", "Lagos"), ("Wuse 2", "Abuja"),
            ("Garki", "Abuja"), ("Bodija", "Ibadan"), ("GRA", "Port Harcourt"), ("Independence Layout", "Enugu"))
NG_KINDS = ("Street", "Crescent", "Close", "Avenue", "Road")
SG_STREETS = (("Ang Mo Kio Ave", "56"), ("Tampines St", "52"), ("Bedok North Rd", "46"),
              ("Jurong West St", "64"), ("Yishun Ring Rd", "76"), ("Toa Payoh Lor", "31"))
NZ_TOWNS = (("Kerikeri", "0295"), ("Matamata", "3472"), ("Motueka", "7196"), ("Gore", "9773"),
            ("Te Awamutu", "3879"), ("Waipukurau", "4282"))


def _za_suburb(v: Values) -> list[str]:
    """South African: number and street, suburb, city and a four-digit code."""
    r = v.rng
    suburb, city, code = r.choice(ZA_PLACES)
    return [f"{r.randint(1, 240)} {v.fake['zu_ZA'].last_name()} {r.choice(('Street', 'Road', 'Drive'))}, "
            f"{suburb}, {city}, {code}"]


def _ng_plot(v: Values) -> list[str]:
    """Nigerian: a plot or house number, a street named after someone, the area and town (no
    postcode, as most write them)."""
    r = v.rng
    area, town = r.choice(NG_AREAS)
    lead = r.choice((f"Plot {r.randint(1, 900)}", f"No. {r.randint(1, 90)}", f"{r.randint(1, 90)}"))
    street = f"{v.fake['yo_NG'].last_name()} {r.choice(NG_KINDS)}"
    return [f"{lead}, {street}", f"{area}, {town}{r.choice(('', ' State'))}"]


def _sg_blk(v: Values) -> list[str]:
    """Singaporean HDB: block, street, unit "#05-67", six-digit postcode."""
    r = v.rng
    street, sector = r.choice(SG_STREETS)
    blk = r.randint(100, 699)
    return [f"Blk {blk} {street} {r.randint(1, 10)}, #{r.randint(2, 25):02d}-{r.randint(1, 400):02d}, "
            f"Singapore {sector}{blk:04d}"]


def _nz_rd(v: Values) -> list[str]:
    """New Zealand rural delivery: a road number, "RD n", the town and its postcode."""
    r = v.rng
    town, code = r.choice(NZ_TOWNS)
    return [f"{r.randint(10, 2900)} {v.fake['en_NZ'].last_name()} Road", f"RD {r.randint(1, 9)}",
            f"{town} {code}"]


IT_TOWNS = (("Roma", "RM", "00184"), ("Milano", "MI", "20121"), ("Torino", "TO", "10121"),
            ("Napoli", "NA", "80133"), ("Bologna", "BO", "40121"), ("Firenze", "FI", "50123"),
            ("Verona", "VR", "37121"), ("Bari", "BA", "70121"), ("Padova", "PD", "35122"))


def _it_line(v: Values) -> list[str]:
    """Italian: "Via" and number, the CAP, the town and its province (Faker's Italian towns
    come out in an order that changes between runs, so the towns are listed here)."""
    r = v.rng
    town, province, cap = r.choice(IT_TOWNS)
    return [f"{v.fake['it_IT'].street_name()} {r.randint(1, 200)}{r.choice(('', '/A', ' int. 4'))}, {cap} "
            f"{town} ({province})"]


def _pt_line(v: Values) -> list[str]:
    """Portuguese: street, number and floor side ("2.º Esq."), the seven-digit postcode."""
    f, r = v.fake["pt_PT"], v.rng
    return [f"{f.street_name()}, {r.randint(1, 300)}, {r.randint(1, 9)}.º {r.choice(('Esq.', 'Dto.', 'Frente'))}",
            f"{f.postcode()} {f.city()}"]


RU_DISTRICTS = ("Раменский", "Истринский", "Ломоносовский", "Гатчинский", "Емельяновский", "Новосибирский")
RU_SOUTH_STREETS = ("Красная", "Степная", "Казачья", "Садовая", "Октябрьская", "Пролетарская", "Мира")


def _ru_stanitsa(v: Values) -> list[str]:
    f, r = v.fake["ru_RU"], v.rng
    return [f"{r.choice(('Краснодарский край', 'Ростовская обл.', 'Ставропольский край'))}, "
            f"ст-ца {f.city_name()}, ул. {r.choice(RU_SOUTH_STREETS)}, {r.randint(1, 200)}"]


def _ru_khutor(v: Values) -> list[str]:
    f, r = v.fake["ru_RU"], v.rng
    return [f"х. {f.city_name()}, ул. {r.choice(RU_SOUTH_STREETS)}, д. {r.randint(1, 60)}"]


def _ru_pgt(v: Values) -> list[str]:
    f, r = v.fake["ru_RU"], v.rng
    return [f"пгт {f.city_name()}, {f.street_name()} {r.randint(1, 90)}-{r.randint(1, 120)}"]


def _ru_dorm(v: Values) -> list[str]:
    """A dormitory: its number and room, then the street and town."""
    f, r = v.fake["ru_RU"], v.rng
    return [f"общежитие № {r.randint(1, 12)}, ком. {r.randint(100, 950)}, {f.street_name()}, "
            f"д. {r.randint(1, 80)}, г. {f.city_name()}"]


def _ru_dnp(v: Values) -> list[str]:
    """A dacha partnership (ДНП) plot, with the district."""
    f, r = v.fake["ru_RU"], v.rng
    name = r.choice(("Берёзка", "Ромашка", "Лесная поляна", "Рассвет", "Дружба-2"))
    return [f"{f.region()}, {r.choice(RU_DISTRICTS)} р-н, ДНП «{name}», уч. {r.randint(1, 400)}"]


def _ru_city_index_first_line(v: Values) -> list[str]:
    """The town and its index on the first line, the street under it."""
    f, r = v.fake["ru_RU"], v.rng
    return [f"г. {f.city_name()} {f.postcode()}", f"{f.street_name()} д. {r.randint(1, 150)} кв. {r.randint(1, 300)}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"za_id": _za_id, "nric": _nric, "ird": _ird, "nhi": _nhi, "nin_ng": _nin_ng, "bvn": _bvn,
            "phone_cc": _phone_cc, "dob_ymd_slash": _dob_ymd_slash, "dob_ordinal": _dob_ordinal,
            "voen": _voen, "snils_plain": _snils_plain, "phone_ru_plain": _phone_ru_plain},
    checks={"za_id": lambda s: luhn_ok(s) and len(s.replace(" ", "")) == 13, "nric": _nric_ok,
            "ird": _ird_ok, "nhi": _nhi_ok, "snils_plain": _snils_ok, "phone_cc": _dials,
            "phone_ru_plain": _dials},
    escapes={"py-bytes": py_bytes, "ldap-dn": ldap_dn},
    unescapes={"py-bytes": _from_py_bytes, "ldap-dn": _from_ldap_dn},
    lines={"za_suburb": _za_suburb, "ng_plot": _ng_plot, "sg_blk": _sg_blk, "nz_rd": _nz_rd,
           "it_line": _it_line, "pt_line": _pt_line, "ru_stanitsa": _ru_stanitsa, "ru_khutor": _ru_khutor,
           "ru_pgt": _ru_pgt, "ru_dorm": _ru_dorm, "ru_dnp": _ru_dnp,
           "ru_city_index_first_line": _ru_city_index_first_line},
    people={"en": ("en_NZ", "zu_ZA", "yo_NG", "ig_NG", "en_MS"), "ru": ("az_AZ", "uz_UZ")},
)

BANK: dict = {
    1: {
        "phone": {"en": ["howzit, my cell is {v}, send a WhatsApp",
                         "abeg call me on {v} when you reach",
                         "my hp number is {v}, can call anytime lah",
                         "flick a txt to {v}, chur",
                         "Patient mobile: {v}",
                         "the number for the ad is {v}, no time-wasters",
                         "you can reach me on {v} from Monday",
                         "ja, phone me on {v} just now",
                         "<caller> my number's {v}, ring back please",
                         "okay so it's {v}, did you get all of that?"],
                  "ru": ["кто заинтересовался, звоните {v}",
                         "мой номер {v}, в вк пишите тоже",
                         "чё, записал? {v}",
                         "телефон пациента {v}",
                         "номер для обратной связи {v}",
                         "звоните на сотовый {v}, однако вечером",
                         "отвечу по номеру {v}",
                         "щас продиктую: {v}",
                         "мой мобильный {v}, пишите в телеграм",
                         "контакт {v}, спросить хозяйку"]},
        "email": {"en": ["mail me at {v}, ja",
                         "my email address na {v}",
                         "pls email to {v} can?",
                         "email's {v}, sweet",
                         "Patient email: {v}",
                         "reply to the ad at {v}",
                         "the ticket should go to {v}",
                         "for the invoice use {v}"],
                  "ru": ["мой емейл {v}",
                         "почту указала {v}",
                         "пишите на электронку {v}",
                         "эл. почта пациента {v}",
                         "ответ по обращению на {v}",
                         "почтовый адрес для связи {v}",
                         "почта для чеков {v}",
                         "ящик у меня {v}"]},
        "dob": {"en": ["I was born on {v} in the ⟦Eastern Cape|LOCATION⟧",
                       "my date of birth na {v}",
                       "she was born {v}, bless",
                       "patient's date of birth: {v}",
                       "born {v}, in the old hospital",
                       "my birthday is {v}, I was born that same year",
                       "our boy was born {v}",
                       "the twins were born {v}"],
                "ru": ["родился я {v}, в деревне ещё",
                       "пациент родился {v}",
                       "рождена {v}",
                       "родилась {v}, зимой",
                       "у дочки день рождения, она родилась {v}",
                       "дедушка родился {v}",
                       "родились мы {v}",
                       "датой рождения указано {v}"]},
        "fillers": {"en": ["ja", "eish", "ehn", "abeg wait", "lah", "ahh", "hmmm", "sorry sorry", "right right",
                           "let me see now"],
                    "ru": ["чё", "это", "однако", "ну вот вот", "эммм", "погодите", "так-с, так-с", "сейчас, сейчас"]},
        "digit_sep": {"en": [" … … ", " [0.5] ", " | "], "ru": [" … … ", " [0.5] ", " | "]},
        "email_at": {"en": [" at-symbol ", " (a) ", " at the "], "ru": [" собака, ", " знак «собака» ", " @-собака "]},
        "email_dot": {"en": [" dot-", " dott ", " (period) "], "ru": [" точка-", " «тчк» ", " тчк. "]},
        "spell": {"en": [" _ ", "--"], "ru": [" _ ", "--"]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("cell no.", "PHONE", "phone"), ("Tel (intl):", "PHONE", "phone_cc"),
                        ("hp:", "PHONE", "phone_sep"), ("Contact number -", "PHONE", "phone_fmt"),
                        ("Cell:", "PHONE", "tel_glued"), ("SA ID no.", "GOV_ID", "za_id"),
                        ("ID number:", "GOV_ID", "za_id"), ("NRIC", "GOV_ID", "nric"),
                        ("FIN/NRIC no.", "GOV_ID", "nric"), ("IRD number", "GOV_ID", "ird"),
                        ("NHI", "GOV_ID", "nhi"), ("NIN:", "GOV_ID", "nin_ng"), ("my BVN is", "GOV_ID", "bvn"),
                        ("passport number", "GOV_ID", "licence"), ("NHS no", "GOV_ID", "nhs"),
                        ("hospital no.", "OTHER", "digits7"), ("folder number", "OTHER", "digits7"),
                        ("policy no", "OTHER", "policy"), ("medical aid no.", "OTHER", "policy"),
                        ("Date of birth (YYYY/MM/DD)", "DATE_OF_BIRTH", "dob_ymd_slash"),
                        ("date of birth is the", "DATE_OF_BIRTH", "dob_ordinal"),
                        ("DOB (dd.mm.yyyy)", "DATE_OF_BIRTH", "dob_dots"),
                        ("password =", "SECRET", "password"), ("router password", "SECRET", "password"),
                        ("alarm code", "SECRET", "pin4"), ("the safe combo is", "SECRET", "pin4")],
                 "ru": [("сот. тел.", "PHONE", "phone_fmt"), ("номер телефона (с кодом):", "PHONE", "phone_ru_plain"),
                        ("тел", "PHONE", "phone_sep"), ("телефон пациента:", "PHONE", "phone"),
                        ("ИНН гражданина", "GOV_ID", "inn"), ("ИНН#", "GOV_ID", "inn_glued"),
                        ("СНИЛС (без пробелов)", "GOV_ID", "snils_plain"), ("снилс пациента", "GOV_ID", "snils"),
                        ("военный билет", "GOV_ID", "voen"), ("паспорт гражданина", "GOV_ID", "passport_ru"),
                        ("серия и номер паспорта", "GOV_ID", "passport_no"), ("вод. удостоверение №", "GOV_ID", "vu_ru"),
                        ("заграничный паспорт", "GOV_ID", "zagran"), ("полис ОМС единого образца", "OTHER", "digits16"),
                        ("№ амбулаторной карты", "OTHER", "digits7"),
                        ("дата рождения пациента", "DATE_OF_BIRTH", "dob_dots"),
                        ("родилась она", "DATE_OF_BIRTH", "dob_month"), ("д. р.", "DATE_OF_BIRTH", "dob_short"),
                        ("г. рожд-я", "DATE_OF_BIRTH", "year_gr"), ("пароль от кабинета пациента", "SECRET", "password"),
                        ("пароль к почте:", "SECRET", "password"), ("код от сейфа в офисе", "SECRET", "pin4"),
                        ("код сигнализации", "SECRET", "pin4")]},
        "carriers": {"en": ["[ticket #] {v}", "Q: {v}", "{v} (as on my ID)", "__{v}__", "++ {v}",
                            "{v}, thanks in advance", "RE: intake — {v}", "patient form: {v}", "ok here: {v}"],
                     "ru": ["[обращение] {v}", "В: {v}", "{v} (как в документе)", "__{v}__", "++ {v}",
                            "{v}, заранее спасибо", "RE: анкета — {v}", "анкета пациента: {v}", "вот: {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["I'm {v} on Matrix", "ask {v} on IRC", "{v} on the forum posted it",
                      "DM {v} for the price", "ping {v} in the ticket", "find me as {v} on most sites"],
               "ru": ["я в вк {v}", "спросите {v} в матриксе", "{v} в комментах писал", "пишите {v}, отвечу",
                      "в тикете отметьте {v}", "ищите меня как {v}"]},
        "url": {"en": ["my profile's here: {v}", "samples at {v}", "the fork's at {v}", "I stream on {v}",
                       "connect with me on {v}", "more photos at {v}"],
                "ru": ["профиль: {v}", "мои работы выложены на {v}", "форк тут {v}", "трансляции на {v}",
                       "добавляйтесь {v}", "больше фото на {v}"]},
        "url_layouts": {"any": ["(https://{site})", "https://{site}#readme", "«https://{site}»",
                                "https://{site}/ "]},
        "ssh": {"any": ["ssh -J jump.lan {v}", "scp backup.tgz {v}:~", "ssh -t {v} screen -r",
                        "sshfs {v}:/srv /mnt/srv"]},
        "remote": {"any": ["git remote add upstream https://github.com/{v}.git", "go install github.com/{v}@latest",
                           "npm i github:{v}", "[submodule] url = git@gitlab.com:{v}.git"]},
        "registry": {"any": ["docker push registry.gitlab.com/{v}:dev", "image: ghcr.io/{v}@sha256:abc",
                             "nerdctl pull docker.io/{v}", "skopeo inspect docker://quay.io/{v}"]},
        "home": {"any": ["/home/{v}/Pictures/", "C:\\Users\\{v}\\AppData\\Local\\", "/Users/{v}/Desktop/",
                         "/data/home/{v}/"]},
        "tool": {"en": ["the log shows {v}", "tried {v}, same error", "output of {v} attached",
                        "on IRC someone said to run {v}"],
                 "ru": ["в логе видно {v}", "пробовал {v}, та же ошибка", "вывод {v} в приложении",
                        "в чате советуют {v}"]},
        "mention": {"en": ["{h}: ping", "{h}, sweet as, thanks", "ta muchly {h}", "{h} pls check the ticket",
                           "{h}: +1", "{h} lekker, thanks"],
                    "ru": ["{h}: пинг", "{h}, спасибо большое", "благодарю вас, {h}", "{h} гляньте тикет",
                           "{h}: +1", "{h}, красава"]},
    },
    4: {
        "url": {"en": ["the ticket link carried ?{k}={v}&priority=low", "the ad's share link has {k}={v}",
                       "the form POSTed {k}={v}&consent=yes", "matrix.to preview: ?{k}={v}"],
                "ru": ["в ссылке тикета ?{k}={v}&priority=low", "ссылка объявления содержит {k}={v}",
                       "форма отправила {k}={v}&consent=yes", "в превью ссылки ?{k}={v}"]},
        "markup": {"en": ["the intake PDF's XML has <patient>{v}</patient>",
                          "the listing shows <b class=\"{k}\">{v}</b>",
                          "the vCard html reads <div class=\"fn\">{v}</div>"],
                   "ru": ["в XML анкеты <patient>{v}</patient>",
                          "в объявлении <b class=\"{k}\">{v}</b>",
                          "в html визитки <div class=\"fn\">{v}</div>"]},
        "prose": {"en": ["the Matrix display name is {v}", "the ticket requester reads {v}",
                         "the ad was posted by {v}", "the intake tablet saved {v}"],
                  "ru": ["в матриксе отображается {v}", "в заявке указано {v}", "объявление разместил(а) {v}",
                         "в анкете на планшете {v}"]},
        "escapes": {"py-bytes": {"en": ["the Python traceback shows name={v}",
                                        "the worker logged {v}",
                                        "print(raw) gave {v}"],
                                 "ru": ["в трейсбеке name={v}",
                                        "воркер залогировал {v}",
                                        "print(raw) выдал {v}"]},
                    "ldap-dn": {"en": ["the AD audit log has CN={v},OU=Staff",
                                       "ldapsearch returned dn: cn={v},ou=people",
                                       "the DN in the error was CN={v},CN=Users"],
                                "ru": ["в аудите AD CN={v},OU=Staff",
                                       "ldapsearch вернул dn: cn={v},ou=people",
                                       "в ошибке DN CN={v},CN=Users"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["please deliver to {v}, I'm home all day", "collect at {v}, after five", "my home address is {v}, next to the spaza",
                        "Patient address: {v}", "we stay at {v} now", "viewing at {v} on Saturday"],
                 "ru": ["адрес: {v}", "забирать по адресу {v}", "живу по адресу {v}",
                        "адрес пациента: {v}", "прописан по адресу {v}", "смотреть можно на {v}"]},
        "block": {"en": ["Physical address:\n{v}", "Deliver to —\n{v}\nThank you", "Address (home)\n{v}\n(current)",
                         "Postal:\n{v}"],
                  "ru": ["Адрес проживания:\n{v}", "Доставка —\n{v}\nБлагодарю", "Адрес (домашний)\n{v}\n(актуальный)",
                         "Почтовый:\n{v}"]},
        "layouts": {"en": ["za_suburb", "ng_plot", "sg_blk", "nz_rd", "it_line", "pt_line"],
                    "ru": ["ru_stanitsa", "ru_khutor", "ru_pgt", "ru_dorm", "ru_dnp", "ru_city_index_first_line"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["{v} joined the room", "Requester: {v}", "Patient name: {v}", "Seller: {v}",
                        "shout out to {v} for the fix", "{v} is taking over the ticket", "Next of kin: {v}"],
                 "ru": ["{v} вступил(а) в группу", "Автор обращения: {v}", "Пациент: {v}",
                        "Продаёт: {v}", "огромное спасибо, {v}!", "Заявку принял(а) {v}", "Законный представитель: {v}"]},
        "kin": {"en": [("my gogo", "f"), ("my mkhulu", "m"), ("my oupa", "m"), ("my ouma", "f"), ("my big sis", "f"),
                       ("my koro", "m"), ("my kuia", "f"), ("my uncle", "m"), ("my daughter-in-law", "f")],
                "ru": [("мой дедушка", "m"), ("моя тётка", "f"), ("мой племяш", "m"), ("моя дочура", "f"),
                       ("мой тесть", "m"), ("моя бабка", "f"), ("мой зятёк", "m"), ("моя падчерица", "f")]},
        "kin_carriers": {"en": ["{v} is coming just now", "{v} will fetch the kids", "{v} sends her love",
                                "{v} is at the clinic today", "visiting {v} this weekend", "{v} saw the ad first"],
                         "ru": ["{v} придёт попозже", "{v} заберёт детей", "{v} передаёт поклон",
                                "{v} сегодня в поликлинике", "{v} увидит объявление", "{v} в курсе"]},
        "wordnames": {"en": {"f": ["Blessing", "Comfort", "Goodness", "Patience", "Mercy", "Charity"],
                             "m": ["Godswill", "Gift", "Sunday", "Lucky", "Justice", "Innocent"]},
                      "ru": {"f": ["Ариадна", "Ада", "Услада"], "m": ["Марс", "Сила", "Гордей"]}},
        "list": {"en": ["Room members:\n{v}", "Assignees\n{v}", "Next of kin\n{v}", "| Patient | Ward |\n|---|---|\n{v}"],
                 "ru": ["Участники беседы:\n{v}", "Исполнители\n{v}", "Родственники\n{v}",
                        "| Пациент | Палата |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["{v} (owner)", "- {v} [OK]", "{v} / active", "| {v} | 4B |"]},
        "broken": {"en": ["the ticket was signed off Regards, {v}", "the referral letter is from Dr {v}"],
                   "ru": ["обращение подписано: с уважением, {v}", "направление выписал врач {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["the abuse report lists {v}", "my public IP right now is {v}",
                      "Matrix shows a session from {v}", "allowlist {v} for the clinic", "traceroute stops at {v}",
                      "the ticket came in from {v}"],
               "ru": ["в жалобе указан {v}", "мой внешний IP сейчас {v}", "сессия в матриксе с {v}",
                      "разрешите доступ с {v}", "трассировка обрывается на {v}", "обращение пришло с {v}"]},
        "iban": {"en": ["pay the deposit into {v}", "IBAN on the invoice: {v}", "EFT to {v} please",
                        "refund to {v}"],
                 "ru": ["залог на {v}", "IBAN в счёте: {v}", "перевод на {v}, пожалуйста", "возврат на {v}"]},
        "mac": {"en": ["the label printer's MAC is {v}", "arp -a shows {v}", "register {v} on the clinic Wi-Fi",
                       "the switch learned {v}"],
                "ru": ["у принтера MAC {v}", "arp -a показывает {v}", "зарегистрируйте {v} в вайфае",
                       "коммутатор выучил {v}"]},
        "card": {"en": ["my card no. is {v}", "pay with {v}", "the card used was {v}", "card: {v}, exp next year"],
                 "ru": ["номер моей карты {v}", "платите на {v}", "оплата прошла с карты {v}",
                        "карта: {v}, до следующего года"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Good day, I am {v}", "Patient full name: {v}"],
                         "GOV_ID": ["my licence no. is {v}", "ID on the form: {v}"],
                         "USERNAME": ["my Matrix username is {v}", "username on the site: {v}"]},
                  "ru": {"PERSON": ["Добрый день, я {v}", "Пациент (ФИО): {v}"],
                         "GOV_ID": ["мой паспорт {v}", "паспорт в анкете: {v}"],
                         "USERNAME": ["мой ник в матриксе {v}", "имя пользователя на сайте: {v}"]}},
        "later": {"en": ["regarding {v}", "any update on {v}?", "{v} again here", "cc: {v}", "[see {v}]"],
                  "ru": ["по вопросу {v}", "{v} — что по срокам?", "снова {v}", "копия: {v}", "[см. {v}]"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["my order ref is {v}", "order {v} arrived broken, eish", "ticket about order {v}"],
              "ru": ["номер заказа: {v}", "заказ {v} пришёл повреждённым", "обращение по заказу {v}"]},
    "price": {"en": ["selling for {v} neg", "the bill was {v}", "{v} ono"],
              "ru": ["продаю за {v}", "счёт на {v}", "{v}, без торга"]},
    "timestamp": {"en": ["ticket opened {v}", "joined the room {v}", "seen at the clinic {v}"],
                  "ru": ["заявка открыта {v}", "вступил в беседу {v}", "принят в поликлинике {v}"]},
    "version": {"en": ["broke after {v}", "tested on {v}", "firmware {v}"],
                "ru": ["сломалось после {v}", "проверено на {v}", "прошивка {v}"]},
    "room": {"en": ["see the nurse in room {v}", "ward {v}", "consult room {v}"],
             "ru": ["к медсестре в кабинет {v}", "палата {v}", "кабинет приёма {v}"]},
    "flight": {"en": ["flying {v} to ⟦Joburg|LOCATION⟧", "{v} is on time", "my return is {v}"],
               "ru": ["лечу {v}", "{v} по расписанию", "обратно рейсом {v}"]},
    "isbn": {"en": ["the set book is ISBN {v}", "ISBN {v}, good condition", "ISBN {v} (2nd ed.)"],
             "ru": ["учебник ISBN {v}", "ISBN {v}, состояние хорошее", "ISBN {v} (2-е изд.)"]},
    "doc-ip": {"en": ["the wiki example uses {v}", "the sample config says {v}", "try pinging {v} from the docs"],
               "ru": ["в вики пример {v}", "в образце конфига {v}", "из документации: пинг {v}"]},
    "spoken-date": {"en": ["the braai is {v}", "clinic closes {v}", "the market is on {v}"],
                    "ru": ["приём перенесли на {v}", "ярмарку назначили на {v}", "созвон поставили на {v}"]},
    "kinship-verb": {"en": ["my gogo {v} phone you", "my oupa {v} come along", "my big sis {v} help"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Sharp, noted.", "Cool, added that.", "Can, done.", "Sweet, sorted.",
                        "Thanks, ticket updated.", "Noted, will action."],
                 "ru": ["Принято, спасибо.", "Записал, ок.", "Сделано, проверьте.", "Хорошо, поправила.",
                        "Благодарю, заявку обновил.", "Ок, взято в работу."]}
