"""Values for the generated transcripts: Faker in six locales (and Australian and Indian
addresses for the third pair's layouts), written the ways people and speech-to-text write
them (spoken digits, spelled emails, escaped and encoded forms).

Everything draws from one seeded ``random.Random`` and seeded Faker instances, so a seed
gives the same values. Checksummed values are valid (Luhn, IBAN), phone numbers pass
``phonenumbers``' validity check and stay out of the fiction ranges (555-01xx, 07700 900xxx),
IP addresses are global: a detector that checks them must still find them.
"""

from __future__ import annotations

import ipaddress
import json
import random
import unicodedata
import urllib.parse
import zlib
from dataclasses import dataclass

import phonenumbers
from faker import Faker
from num2words import num2words

__all__ = ["Part", "Values", "LOCALES", "ADDRESS_LOCALES", "EN_LOCALES", "spoken_digits", "luhn_digit",
           "luhn_ok", "percent",
           "plus", "entities", "fullwidth", "invisible", "nfd", "q_header", "json_u", "qp_body",
           "octal"]

LOCALES = ("en_US", "en_GB", "en_IE", "de_DE", "fr_FR", "ru_RU")
# only the third pair's address layouts use these; seeded after LOCALES, so that adding them
# left the values of the earlier sets as they were
ADDRESS_LOCALES = ("en_AU", "en_IN")
EN_LOCALES = ("en_US", "en_GB", "en_IE")
FOREIGN = ("de_DE", "fr_FR")  # names and addresses that English and Russian text quote


@dataclass(frozen=True)
class Part:
    """A piece of a rendered sentence: gold when ``label`` is set (a category), a look-alike
    that must be left alone when ``kind`` is set, plain text otherwise. ``family`` is a gold
    part's family when it is not its sentence's: a named place or organisation that a bank
    string marks (``families.CONTEXT``)."""

    text: str
    label: str | None = None
    kind: str | None = None
    family: str | None = None


EN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
RU_DIGITS = ("ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
MONTHS_RU_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря")
# national mobile layouts: (region, prefix choices, digits after the prefix, grouping)
MOBILES = {
    "en_US": ("US", ("312", "415", "646", "617", "206", "512", "303"), 7, (3, 3, 4)),
    "en_GB": ("GB", ("074", "075", "077", "078", "079"), 8, (5, 6)),
    "en_IE": ("IE", ("083", "085", "086", "087", "089"), 7, (3, 3, 4)),
    "de_DE": ("DE", ("0151", "0160", "0170", "0176"), 7, (4, 7)),
    "fr_FR": ("FR", ("06", "07"), 8, (2, 2, 2, 2, 2)),
    "ru_RU": ("RU", ("8916", "8903", "8925", "8985", "8999"), 7, (1, 3, 3, 2, 2)),
}


def spoken_digits(digits: str, lang: str, rng: random.Random, groups: tuple[int, ...],
                  fillers: list[str], seps: tuple[str, ...] = (", ", " ")) -> str:
    """Digits read out in groups as speech-to-text writes them: English "oh" for zero and
    "double"/"triple" for runs, Russian groups as numbers ("девятьсот двенадцать"); a filler
    may sit between groups, and one of ``seps`` (a pause as the transcript writes it) between
    all of them."""
    out: list[str] = []
    i = 0
    for n, size in enumerate(groups):
        group = digits[i:i + size]
        i += size
        if lang == "ru":
            words = _ru_group(group)
        else:
            words = _en_group(group, rng)
        if n and fillers and rng.random() < 0.35:
            out.append(rng.choice(fillers))
        out.append(words)
    sep = rng.choice(seps)
    return sep.join(out)


def _en_group(group: str, rng: random.Random) -> str:
    words: list[str] = []
    i = 0
    while i < len(group):
        run = 1
        while i + run < len(group) and group[i + run] == group[i] and run < 3:
            run += 1
        word = "oh" if group[i] == "0" and rng.random() < 0.7 else EN_DIGITS[int(group[i])]
        if run == 3:
            words.append(f"triple {word}")
        elif run == 2:
            words.append(f"double {word}")
        else:
            words.append(word)
        i += run
    return " ".join(words)


def _ru_group(group: str) -> str:
    """A Russian group: leading zeros one by one, the rest as one number."""
    words = []
    while len(group) > 1 and group[0] == "0":
        words.append(RU_DIGITS[0])
        group = group[1:]
    words.append(num2words(int(group), lang="ru"))
    return " ".join(words)


def luhn_digit(body: str) -> str:
    """The Luhn check digit that follows ``body`` (cards and many national ids end with one)."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


def luhn_ok(text: str) -> bool:
    """Whether the digits of ``text`` pass the Luhn check, as a reader of the number runs it."""
    d = [int(c) for c in text if c.isdigit()]
    return sum(x if i % 2 == 0 else (2 * x - 9 if x > 4 else 2 * x)
               for i, x in enumerate(reversed(d))) % 10 == 0


def _iban_check(country: str, bban: str) -> str:
    number = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(number) % 97:02d}"


class _Fakers(dict):
    """A Faker per locale: the eight above made at once and seeded in order, any other made
    on first use and seeded from its name, so that a set's own locales leave the values of
    the sets that do not use them as they were."""

    def __init__(self, seed: int) -> None:
        super().__init__()
        self.seed = seed
        for i, locale in enumerate(LOCALES + ADDRESS_LOCALES):
            self[locale] = Faker(locale)
            self[locale].seed_instance(seed * 10 + i)

    def __missing__(self, locale: str) -> Faker:
        fake = self[locale] = Faker(locale)
        fake.seed_instance(self.seed * 100_003 + zlib.crc32(locale.encode()))
        return fake


class Values:
    """Value makers of one generated set: a seeded random source and a Faker per locale."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fake: dict[str, Faker] = _Fakers(seed)

    def locale(self, lang: str, foreign: float = 0.25) -> str:
        """A locale for a value in text of ``lang``: mostly its own, sometimes German or French."""
        if self.rng.random() < foreign:
            return self.rng.choice(FOREIGN)
        return "ru_RU" if lang == "ru" else self.rng.choice(EN_LOCALES)

    # -- people ----------------------------------------------------------------------------
    def person(self, locale: str) -> tuple[str, str]:
        f = self.fake[locale]
        if locale == "ru_RU":
            if self.rng.random() < 0.5:
                return f.first_name_male(), f.last_name_male()
            return f.first_name_female(), f.last_name_female()
        return f.first_name(), f.last_name()

    def handle(self, locale: str = "en_US") -> str:
        first, last = self.person(locale if locale != "ru_RU" else "en_GB")
        first, last = _ascii(first).lower(), _ascii(last).lower()
        shapes = (f"{first}_{last[:1]}", f"{first}.{last}", f"{last}{self.rng.randint(7, 99)}",
                  f"{first[:1]}{last}", f"{first}_{self.fake['en_US'].word()}",
                  self.fake["en_US"].user_name())
        return self.rng.choice(shapes)

    def email(self, locale: str) -> tuple[str, str, str]:
        """(local part, domain name, top-level domain) of a personal address."""
        first, last = self.person(locale if locale != "ru_RU" else "en_GB")
        first, last = _ascii(first).lower(), _ascii(last).lower()
        local = self.rng.choice((f"{first}.{last}", f"{first}{last[:1]}", f"{first[:1]}.{last}",
                                 f"{first}.{last}{self.rng.randint(1, 99)}"))
        domain = self.fake[locale].free_email_domain()
        name, _, tld = domain.partition(".")
        return local, name, tld

    # -- numbers ---------------------------------------------------------------------------
    def phone(self, locale: str) -> tuple[str, tuple[int, ...]]:
        """A valid national mobile number (digits only) and its usual grouping."""
        return self.mobile(MOBILES[locale])

    def mobile(self, plan: tuple[str, tuple[str, ...], int, tuple[int, ...]]
               ) -> tuple[str, tuple[int, ...]]:
        """A valid number of a numbering plan (region, prefixes, digits after the prefix,
        grouping) as :data:`MOBILES` writes them: a set may bring plans of its own."""
        region, prefixes, rest, grouping = plan
        while True:
            digits = self.rng.choice(prefixes) + "".join(
                str(self.rng.randint(0, 9)) for _ in range(rest))
            if region in ("US", "CA") and digits[3:6] == "555":  # the fiction range
                continue
            number = "+7" + digits[1:] if region == "RU" else digits
            try:
                parsed = phonenumbers.parse(number, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(parsed):
                return digits, grouping

    def group(self, digits: str, grouping: tuple[int, ...], sep: str = " ") -> str:
        out, i = [], 0
        for size in grouping:
            out.append(digits[i:i + size])
            i += size
        return sep.join(out)

    def digits(self, n: int, first_nonzero: bool = True) -> str:
        out = str(self.rng.randint(1, 9)) if first_nonzero else str(self.rng.randint(0, 9))
        return out + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1))

    def card(self) -> str:
        """A Luhn-valid card number, grouped one of the ways people group them."""
        f = self.fake["en_US"]
        number = f.credit_card_number(self.rng.choice(("visa16", "mastercard", "amex", "discover")))
        if len(number) == 15:
            groups = self.rng.choice(((4, 6, 5), (15,), (3, 4, 4, 4)))
        else:
            groups = self.rng.choice(((4, 4, 4, 4), (16,), (8, 8), (4, 4, 8), (2, 4, 4, 4, 2)))
        return self.group(number, groups, self.rng.choice((" ", "-", " - ", ".")))

    def iban(self) -> str:
        """A valid IBAN (GB, IE, DE, FR), written lowercase, dashed or spaced."""
        country = self.rng.choice(("GB", "IE", "DE", "FR"))
        if country in ("GB", "IE"):
            bban = "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + self.digits(14, False)
        elif country == "DE":
            bban = self.digits(18)
        else:
            bban = self.digits(23)
        iban = country + _iban_check(country, bban) + bban
        quads = [iban[i:i + 4] for i in range(0, len(iban), 4)]
        style = self.rng.choice(("lower", "dashed", "lower-spaced", "dashed-lower"))
        text = "-".join(quads) if "dashed" in style else (" ".join(quads) if "spaced" in style else iban)
        return text.lower() if "lower" in style else text

    def ipv6(self) -> str:
        while True:
            groups = [self.rng.randint(0x2400, 0x2c0f)] + [self.rng.randint(0, 0xFFFF) for _ in range(7)]
            addr = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
            if addr.is_global:
                break
        if self.rng.random() < 0.5:
            return addr.compressed
        groups[3:6] = [0, 0, 0]
        return ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)).compressed

    def ipv4(self) -> str:
        while True:
            addr = ipaddress.IPv4Address(self.rng.randint(0x01000000, 0xDFFFFFFF))
            if addr.is_global:
                return str(addr)

    def mac_cisco(self) -> str:
        hexes = "".join(self.rng.choice("0123456789abcdef") for _ in range(12))
        text = ".".join(hexes[i:i + 4] for i in range(0, 12, 4))
        return text.upper() if self.rng.random() < 0.3 else text

    def spoken_date_en(self, year: int, month: int, day: int) -> str:
        ordinal = num2words(day, lang="en", to="ordinal")
        short = num2words(year % 100, lang="en") if year % 100 >= 10 else f"oh {EN_DIGITS[year % 10]}"
        yr = self.rng.choice((short, num2words(year, lang="en", to="year")))
        m = MONTHS_EN[month - 1]
        return self.rng.choice((f"the {ordinal} of {m} {yr}", f"{m} the {ordinal}, {yr}",
                                f"{m} {ordinal} {yr}"))

    def spoken_date_ru(self, year: int, month: int, day: int) -> str:
        d = num2words(day, lang="ru", to="ordinal", case="genitive", gender="neuter")
        y = num2words(year, lang="ru", to="ordinal", case="genitive")
        if self.rng.random() < 0.5:  # "восемьдесят третьего" for 1983
            y = num2words(year % 100, lang="ru", to="ordinal", case="genitive")
            return f"{d} {MONTHS_RU_GEN[month - 1]} {y}"
        return f"{d} {MONTHS_RU_GEN[month - 1]} {y} года"

    def birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1940, 2004), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def isbn(self) -> str:
        body = "978" + self.digits(9, False)
        total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        check = str((10 - total % 10) % 10)
        return f"{body[:3]}-{body[3]}-{body[4:7]}-{body[7:12]}-{check}"


# -- encodings (family 4) ----------------------------------------------------------------

def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in "-")) or "user"


def percent(text: str) -> str:
    return urllib.parse.quote(text, safe="")


def plus(text: str) -> str:
    return urllib.parse.quote_plus(text, safe="")


def entities(text: str, rng: random.Random) -> str:
    """Some characters as HTML entities, numeric or named: "@" as &#64;, "." as &#46;."""
    named = {"@": "&commat;", ".": "&period;", " ": "&nbsp;", "&": "&amp;", "-": "&#x2D;"}
    out = []
    for ch in text:
        if ch in "@. -" and rng.random() < 0.8:
            out.append(named[ch] if rng.random() < 0.4 else f"&#{ord(ch)};")
        else:
            out.append(ch)
    return "".join(out)


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c)
                   for c in text)


def invisible(text: str, rng: random.Random, char: str) -> str:
    """A zero-width space or soft hyphen inside each word of the value."""
    words = text.split(" ")
    out = []
    for w in words:
        if len(w) > 3:
            i = rng.randint(1, len(w) - 2)
            w = w[:i] + char + w[i:]
        out.append(w)
    return " ".join(out)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# -- the third pair's escapes (family 4): what mail, JSON and git tools do to a non-ASCII name --

def q_header(text: str) -> str:
    """An RFC 2047 encoded word as a mail header carries a display name:
    ``=?UTF-8?Q?Ren=C3=A9e_M=C3=BCller?=``."""
    body = "".join("_" if b == 0x20 else chr(b) if chr(b).isalnum() and b < 0x80 else f"={b:02X}"
                   for b in text.encode("utf-8"))
    return f"=?UTF-8?Q?{body}?="


def json_u(text: str) -> str:
    """A JSON string body with every non-ASCII character as ``\\uXXXX`` (PHP's and Python's
    default)."""
    return json.dumps(text)[1:-1]


def qp_body(text: str) -> str:
    """Quoted-printable as a mail body carries it, on one line: non-ASCII bytes and ``=`` as
    ``=XX``."""
    return "".join(chr(b) if 0x20 <= b < 0x7F and b != 0x3D else f"={b:02X}"
                   for b in text.encode("utf-8"))


def octal(text: str) -> str:
    """A file name as git quotes it (``core.quotePath``): non-ASCII bytes as ``\\ooo``."""
    return "".join(chr(b) if b < 0x80 else f"\\{b:03o}" for b in text.encode("utf-8"))
