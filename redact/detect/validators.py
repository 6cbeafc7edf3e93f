"""Checksums and value checks named by rule packs (``validator: luhn``)."""

from __future__ import annotations

import datetime
import hashlib
import ipaddress
import re
from collections.abc import Callable

from redact.detect.wordlike import zipf

__all__ = ["VALIDATORS", "luhn", "iban", "ip_public", "email_public", "ru_inn", "ru_snils",
           "ru_ogrn", "us_ssn", "uk_nhs", "btc_address", "eth_address",
           "secret_value", "card", "years", "birth_date", "fi_hetu", "no_account",
           "passcode", "rs_jmbg", "tr_tckn", "rs_account", "birth_number"]

_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")
_DIGIT_GROUPS = re.compile(r"\d+")
_PASSCODE_ZIPF = 1.5  # "ggqxau" has none; "pending" 3.9, "later" 5.0
_YEAR = re.compile(r"(?:19|20)\d\d")
# a month's name by its first letters, English and Russian ("Dec", "декабря", "мая", "май"),
# and Lithuanian in the genitive a date writes it in ("liepos")
_MONTHS = {m: i % 12 + 1 for i, m in enumerate((
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
    "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio",
    "rugsėjo", "spalio", "lapkričio", "gruodžio"))}
_MONTH = re.compile("|".join(_MONTHS), re.IGNORECASE)
_BIKRAM_SAMBAT_AHEAD = 57  # Nepal's calendar: its year is the Gregorian one plus 56 or 57
_BUDDHIST_ERA_AHEAD = 543  # Thailand's: "13/01/2540" is 13 January 1997
_ROC_AHEAD = 1911  # Taiwan's Minguo calendar: its year 1 is 1912
# Iran's and Afghanistan's Solar Hijri year is 621 behind the Gregorian one; the lunar Hijri
# year, 354 days long, 1300 AH began in 1882 and 1446 AH in 2024
_SOLAR_HIJRI_BEHIND = 621
_HIJRI_YEARS = range(1300, 1500)


def luhn(value: str) -> bool:
    digits = [int(c) for c in value if c.isdigit()]
    if not 12 <= len(digits) <= 19:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def years(value: str) -> bool:
    """Digit groups that are all years: "2019 2020 2021" is neither a card nor a phone."""
    return all(_YEAR.fullmatch(g) for g in _DIGIT_GROUPS.findall(value))


def _real_date(year: int, month: int, day: int) -> bool:
    """Whether the calendar has the day ("31.02." is none)."""
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def birth_date(value: str) -> bool:
    """A day someone can have been born on: a year from 1900 to this one, or a real date
    of such a year written day or month first or year first, the year in two digits or
    four, the month as a number or a name ("09/11/76", "12/16/1953", "1987-02-11",
    "14-Dec-1998", "14 декабря 1998"; not "31.02.1990" or "2031"). A whole date year first
    may be of the Bikram Sambat, which Nepal's documents print that way, its year up to 57
    ahead of the Gregorian one ("2061/01/24"); one day or month first may be of the
    Buddhist era, Thailand's, 543 ahead ("13/01/2540"); one year first under 1900 of
    Taiwan's era, 1911 behind ("80.10.27"), or two digits of a year of the 1900s; a year
    from 1300 to 1499 of the Hijri or the Solar Hijri ("1369/05/12", "12.05.1410")."""
    groups = [int(g) for g in _DIGIT_GROUPS.findall(value)]
    month = _MONTH.search(value)
    if month is not None and len(groups) == 2:
        groups = [groups[0], _MONTHS[month.group().lower()], groups[1]]
    this_year = datetime.date.today().year
    if len(groups) == 1:
        return 1900 <= groups[0] <= this_year
    if len(groups) != 3:
        return False
    first, second, last = groups
    hijri = first if first in _HIJRI_YEARS else last if last in _HIJRI_YEARS else None
    if hijri is not None:  # either calendar's months: up to 31 days, twelve of them
        day, month = (last, second) if hijri == first else (first, second)
        years = (hijri + _SOLAR_HIJRI_BEHIND, round(hijri * 0.970229 + 621.5643))
        return 1 <= month <= 12 and 1 <= day <= 31 and any(1900 <= y <= this_year for y in years)
    if first > 31:  # year first
        if this_year < first <= this_year + _BIKRAM_SAMBAT_AHEAD:  # its months have 29 to 32 days
            return 1 <= second <= 12 and 1 <= last <= 32
        # a year under 1900 is of the Republic of China's era, Taiwan's ("民國87年9月5日",
        # "ROC 80.10.27"), or two digits of one in the 1900s ("55/07/15")
        orders = ([(first, second, last)] if first >= 1900
                  else [(first + _ROC_AHEAD, second, last), (1900 + first, second, last)])
    elif 1900 + _BUDDHIST_ERA_AHEAD <= last <= this_year + _BUDDHIST_ERA_AHEAD:
        orders = [(last - _BUDDHIST_ERA_AHEAD, second, first),
                  (last - _BUDDHIST_ERA_AHEAD, first, second)]
    elif last >= 100 and not 1900 <= last <= this_year:
        return False
    else:
        year = last if last >= 100 else 2000 + last if 2000 + last <= this_year else 1900 + last
        orders = [(year, second, first), (year, first, second)]
    for year, month, day in orders:
        if _real_date(year, month, day):
            return 1900 <= year <= this_year
    return False


def card(value: str) -> bool:
    """A card number however grouped: 13 to 19 digits with the Luhn check digit, not a
    list of years ("2019 2020 2021 2022")."""
    return (13 <= sum(c.isdigit() for c in value) <= 19 and luhn(value) and not years(value))


def iban(value: str) -> bool:
    """ISO 13616 mod-97 check."""
    compact = _NON_ALNUM.sub("", value).upper()
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in rearranged)
    return int(number) % 97 == 1


def ip_public(value: str) -> bool:
    """A real host address: not loopback, unspecified, link-local or documentation ranges;
    an IPv4-mapped IPv6 address (``::ffff:81.2.69.160``) is judged by its IPv4 address."""
    try:
        addr = ipaddress.ip_address(value.strip("[]"))
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    if addr.is_loopback or addr.is_unspecified or addr.is_link_local or addr.is_multicast:
        return False
    documentation = (
        "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32",
    )
    return not any(addr in ipaddress.ip_network(net) for net in documentation)


_RESERVED_DOMAINS = re.compile(
    r"@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|example|test|invalid|localhost)$", re.I)


def email_public(value: str) -> bool:
    """Addresses at domains reserved for documentation (RFC 2606) belong to nobody."""
    return not _RESERVED_DOMAINS.search(value)


def _digits(value: str) -> list[int]:
    return [int(c) for c in value if c.isdigit()]


def ru_inn(value: str) -> bool:
    """ИНН: 10 digits (an organisation) or 12 (a person), with their control digits."""
    d = _digits(value)

    def check(weights: tuple[int, ...]) -> int:
        return sum(w * x for w, x in zip(weights, d)) % 11 % 10

    if len(d) == 10:
        return check((2, 4, 10, 3, 5, 9, 4, 6, 8)) == d[9]
    if len(d) == 12:
        return (check((7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) == d[10]
                and check((3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) == d[11])
    return False


def ru_snils(value: str) -> bool:
    """СНИЛС: 9 digits and a control number (sum of digit x position from the right)."""
    d = _digits(value)
    if len(d) != 11 or len(set(d[:9])) == 1:
        return False
    total = sum(x * (9 - i) for i, x in enumerate(d[:9]))
    control = total % 101 if total > 101 else (0 if total in (100, 101) else total)
    return control % 100 == d[9] * 10 + d[10]


def ru_ogrn(value: str) -> bool:
    """ОГРН (13 digits, mod 11) and ОГРНИП (15 digits, mod 13)."""
    d = "".join(c for c in value if c.isdigit())
    if len(d) == 13:
        return int(d[:12]) % 11 % 10 == int(d[12])
    if len(d) == 15:
        return int(d[:14]) % 13 % 10 == int(d[14])
    return False


def us_ssn(value: str) -> bool:
    """Issuable SSNs: area not 000, 666 or 9xx; group and serial not zero; not the
    numbers printed on sample cards."""
    d = "".join(c for c in value if c.isdigit())
    if len(d) != 9 or d in ("078051120", "219099999", "123456789"):
        return False
    return d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def uk_nhs(value: str) -> bool:
    """NHS number: 10 digits, mod 11 with weights 10..2."""
    d = _digits(value)
    if len(d) != 10:
        return False
    check = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    return (0 if check == 11 else check) == d[9] and check != 10


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_ok(value: str) -> bool:
    hrp, _, data = value.lower().rpartition("1")
    if not hrp or len(data) < 6 or any(c not in _BECH32 for c in data):
        return False
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + [_BECH32.index(c) for c in data]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i, g in enumerate((0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3)):
            chk ^= g if (top >> i) & 1 else 0
    return chk in (1, 0x2bc830a3)  # bech32, bech32m


def btc_address(value: str) -> bool:
    """Bitcoin addresses: base58check (1..., 3...) or bech32/bech32m (bc1...)."""
    if value.lower().startswith("bc1"):
        return _bech32_ok(value)
    number = 0
    for c in value:
        if c not in _B58:
            return False
        number = number * 58 + _B58.index(c)
    raw = number.to_bytes(25, "big") if number.bit_length() <= 200 else b""
    return len(raw) == 25 and hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


def eth_address(value: str) -> bool:
    """0x and 40 hex digits, not all one digit (placeholders like 0x000...0)."""
    body = value[2:]
    return len(body) == 40 and len(set(body.lower())) > 2


# What people write instead of a secret: masks, template words, one character over and over
# ("AIzaaaa..."), a constant's name (ACCESS_TOKEN), an identifier made of words
# (hf_requiredCharacteristicTypes), nothing but counting (xoxp-1234567890). Digit runs inside
# a key and a repeated "EXAMPLE" are not enough: scanners' generated test keys are made of them.
_PLACEHOLDER_SECRET = re.compile(
    r"dummy|placeholder|your[_-]|changeme|xxxx|\*{4}|#{4}|•{3}|(.)\1{12}", re.IGNORECASE)
_CONSTANT_NAME = re.compile(r"[A-Z]+(?:_[A-Z]+)+")
_IDENTIFIER = re.compile(r"(?:[A-Za-z]+_)?[a-z]+(?:[A-Z][a-z]+){2,}")
_COUNTING = re.compile(r"(?:[A-Za-z]{2,8}[-_])?(?P<body>\d{6,})")  # "xoxp-1234567890"


def secret_value(value: str) -> bool:
    """A real-looking secret, not a stand-in for one. AWS's documented AKIAIOSFODNN7EXAMPLE
    is kept a secret: people paste it as their own, and scanners' test data treats it so."""
    counting = _COUNTING.fullmatch(value)
    return not (_PLACEHOLDER_SECRET.search(value) or _CONSTANT_NAME.fullmatch(value)
                or _IDENTIFIER.fullmatch(value)
                or counting and counting["body"] in "01234567890123456789")


_HETU = re.compile(r"(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Y])")
_HETU_KEYS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_HETU_CENTURY = {"+": 1800} | dict.fromkeys("-UVWXY", 1900) | dict.fromkeys("ABCDEF", 2000)


def fi_hetu(value: str) -> bool:
    """A Finnish henkilötunnus: a real birth date, the century sign, the individual number
    and its check character (the nine digits modulo 31)."""
    m = _HETU.fullmatch(value)
    if m is None:
        return False
    day, month, year = int(m[1][:2]), int(m[1][2:4]), _HETU_CENTURY[m[2]] + int(m[1][4:])
    return _real_date(year, month, day) and _HETU_KEYS[int(m[1] + m[3]) % 31] == m[4]


def no_account(value: str) -> bool:
    """A Norwegian bank account: eleven digits, the last a mod-11 check of the ten before
    (weights 5 4 3 2 7 6 5 4 3 2; a remainder of one leaves no valid digit)."""
    d = _digits(value)
    if len(d) != 11:
        return False
    rest = sum(w * x for w, x in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), d)) % 11
    return rest != 1 and (11 - rest) % 11 == d[10]


def rs_jmbg(value: str) -> bool:
    """The former Yugoslavia's JMBG/EMŠO: a real birth date (DDMMYYY, the year's thousand
    left out), a region, a serial and the mod-11 check of the twelve digits."""
    d = _digits(value)
    if len(d) != 13:
        return False
    year = d[4] * 100 + d[5] * 10 + d[6]
    if not _real_date(year + (1000 if year >= 800 else 2000), d[2] * 10 + d[3], d[0] * 10 + d[1]):
        return False
    rest = 11 - sum((7 - i) * (d[i] + d[i + 6]) for i in range(6)) % 11
    return (0 if rest > 9 else rest) == d[12]


def tr_tckn(value: str) -> bool:
    """Turkey's T.C. Kimlik No: eleven digits, no leading zero, the tenth and the eleventh
    checks of the ones before."""
    d = _digits(value)
    return (len(d) == 11 and d[0] != 0
            and (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10 == d[9] and sum(d[:10]) % 10 == d[10])


def rs_account(value: str) -> bool:
    """A Serbian bank account, bank-number-check ("160-7392612957545-88"): the number, its
    middle part filled to thirteen digits, leaves one after division by 97."""
    parts = value.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return False
    return int(parts[0] + parts[1].zfill(13) + parts[2]) % 97 == 1 and int(parts[1]) != 0


def passcode(value: str) -> bool:
    """A meeting's or a room's code, not a word said after its name ("the meeting code is
    pending"): a digit or a dash inside, or letters English does not have as a word."""
    return (any(c.isdigit() or c == "-" for c in value)
            or zipf(value.casefold(), "en") < _PASSCODE_ZIPF)


def birth_number(value: str) -> bool:
    """Czechia's and Slovakia's birth number (rodné číslo), its printed label before it or
    not ("RČ 950801/9070"): a birth date in six digits (a woman's month plus 50), then three
    digits before 1954 or four with a mod-11 check (python-stdnum's ``cz.rc``, which Slovakia's
    ``sk.rc`` is)."""
    from stdnum.cz import rc

    first = _DIGIT_GROUPS.search(value)
    return first is not None and rc.is_valid(value[first.start():])


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "luhn": luhn,
    "card": card,
    "iban": iban,
    "ip": ip_public,
    "email": email_public,
    "ru_inn": ru_inn,
    "ru_snils": ru_snils,
    "ru_ogrn": ru_ogrn,
    "us_ssn": us_ssn,
    "uk_nhs": uk_nhs,
    "btc": btc_address,
    "eth": eth_address,
    "secret": secret_value,
    "birth_date": birth_date,
    "fi_hetu": fi_hetu,
    "no_account": no_account,
    "passcode": passcode,
    "rs_jmbg": rs_jmbg,
    "tr_tckn": tr_tckn,
    "rs_account": rs_account,
    "birth_number": birth_number,
}
