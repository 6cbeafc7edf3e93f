"""The ``surrogate`` operator: realistic stand-ins that keep a text readable.

One identity gets one surrogate for the whole run, drawn from Faker in the locale of the value
it replaces (``locales.place_of``: its script, an address's postcode, a phone's region; else
the segment's language, ru_RU or en_US) and seeded by an HMAC of the identity under the run's key, so the same key
gives the same surrogates on every machine. Names keep their parts and, in Russian, their
gender and grammatical case (pymorphy3 inflects the surrogate to the case of the word it
replaces). Phones, cards, IBANs, ids and secrets keep their shape: the same separators, the
same length, valid Luhn and mod-97 checksums. A surrogate never equals a value the run has
replaced.
"""

from __future__ import annotations

import random
import re

from typing import TYPE_CHECKING

from redact.anonymize.locales import place_of, phone_prefix
from redact.keys import Key
from redact.morph import NAME_TAGS, analyzer

if TYPE_CHECKING:
    from faker import Faker

__all__ = ["Surrogates"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


class Surrogates:
    def __init__(self, key: Key) -> None:
        self.key = key
        self._fakers: dict[str, Faker] = {}
        self.people: dict[str, dict[str, str]] = {}  # identity seed -> {first, last, middle}
        self.values: dict[tuple[str, str], str] = {}  # (category, identity seed) -> surrogate
        self.originals: set[str] = set()  # casefolded values replaced so far

    def _faker(self, locale: str) -> Faker:
        """Faker for a locale, made on first use: runs that make no surrogate do not pay
        for its import."""
        if locale not in self._fakers:
            from faker import Faker

            self._fakers[locale] = Faker(locale)
        return self._fakers[locale]

    def _rng(self, category: str, seed: str, attempt: int) -> random.Random:
        return random.Random(self.key.fingerprint(category, f"{seed}\0{attempt}"))

    def make(self, category: str, value: str, seed: str, language: str | None) -> str:
        """The surrogate of ``value``, one of the identity ``seed`` (its linked key)."""
        self.originals.add(value.casefold())
        lang = "ru" if language == "ru" or re.search(r"[а-яёА-ЯЁ]", value) else "en"
        for attempt in range(20):
            rng = self._rng(category, seed, attempt)
            if category == "PERSON":
                out = self._person(value, seed, lang, rng, attempt)
            else:
                key = (category, seed)
                if key not in self.values or attempt:
                    self.values[key] = self._other(category, value, language, rng)
                out = self.values[key]
            if out.casefold() not in self.originals and out != value:
                return out
        return _shape(value, self._rng(category, seed, 99))

    # -- people --------------------------------------------------------------------------
    def _person(self, value: str, seed: str, lang: str, rng: random.Random, attempt: int) -> str:
        words = list(_WORD.finditer(value))
        roles = _roles([w.group() for w in words], lang)
        if seed not in self.people or attempt:
            female = any(_gender(w.group()) == "femn" for w in words) if lang == "ru" else None
            self.people[seed] = _new_person(self._faker("ru_RU" if lang == "ru" else "en_US"),
                                            rng, female)
        person = self.people[seed]
        parts, pos = [], 0
        for match, role in zip(words, roles):
            parts.append(value[pos:match.start()])
            word = person[role]
            if lang == "ru":
                word = _inflect_like(word, match.group())
            if match.group().isupper():
                word = word.upper()
            elif match.group().islower():
                word = word.lower()
            parts.append(word)
            pos = match.end()
        parts.append(value[pos:])
        return "".join(parts)

    # -- everything else -----------------------------------------------------------------
    def _other(self, category: str, value: str, language: str | None,
               rng: random.Random) -> str:
        place = place_of(category, value, language)
        fake = self._faker(place.locale)
        fake.seed_instance(rng.getrandbits(64))
        if category == "EMAIL":
            return fake.user_name() + "@" + rng.choice(("example.com", "example.org", "example.net"))
        if category == "LOCATION":
            return fake.city()
        if category == "ORGANIZATION":
            return fake.company()
        if category == "ADDRESS":  # on one line, as the value it replaces is
            street = re.sub(r"\s*\n\s*", ", ", fake.street_address())
            if not place.postcode:
                return f"{street}, {fake.city()}"
            state = getattr(fake, "state_abbr", None) or getattr(fake, "province_abbr", None)
            return place.template.format(street=street, city=fake.city(),
                                         postcode=fake.postcode(), state=state() if state else "")
        if category == "URL":
            return "https://" + rng.choice(("example.com", "example.org")) + "/" + fake.user_name()
        if category == "CREDIT_CARD":
            return _luhn_fixed(_shape(value, rng, keep_first=1))
        if category == "IBAN":
            return _iban_fixed(_shape(value, rng, keep_first=2))
        if category == "PHONE":
            return _shape(value, rng, keep_first=phone_prefix(value))
        if category in ("DATE_OF_BIRTH", "DATE_TIME"):
            return _date(value, rng)
        return _shape(value, rng)


def _new_person(fake: Faker, rng: random.Random, female: bool | None) -> dict[str, str]:
    """A first name, surname and middle name (patronymic in Russian) of one gender; in
    Russian only words the dictionary knows as names, so they can be declined."""
    fake.seed_instance(rng.getrandbits(64))
    if female is None:
        female = rng.random() < 0.5
    suffix = "female" if female else "male"
    makers = {"first": getattr(fake, f"first_name_{suffix}"), "last": getattr(fake, f"last_name_{suffix}"),
              "middle": getattr(fake, f"middle_name_{suffix}", fake.first_name)}
    tags = {"first": "Name", "last": "Surn", "middle": "Patr"}
    person = {}
    for part, make in makers.items():
        word = make()
        if fake.locales[0] == "ru_RU":
            for _ in range(20):
                if _known(word, tags[part], "femn" if female else "masc"):
                    break
                word = make()
        person[part] = word
    return person


def _known(word: str, tag: str, gender: str) -> bool:
    return any(tag in p.tag and p.tag.gender == gender and p.tag.case == "nomn"
               for p in analyzer().parse(word))


def _roles(words: list[str], lang: str) -> list[str]:
    """first, last or middle for each word: by dictionary tags in Russian, by order else."""
    if lang == "ru":
        roles = []
        for word in words:
            tag = analyzer().parse(word)[0].tag
            roles.append("last" if "Surn" in tag else "middle" if "Patr" in tag else "first")
        if len(words) > 1 and len(set(roles)) == 1:
            roles = ["first", "last", "middle"][:len(words)]
        return roles
    if len(words) == 1:
        return ["first"]
    return ["first"] + ["middle"] * (len(words) - 2) + ["last"]


def _gender(word: str) -> str | None:
    for parse in analyzer().parse(word):
        if _is_name(parse):
            return parse.tag.gender
    return None


def _is_name(parse) -> bool:
    return any(tag in parse.tag for tag in NAME_TAGS)


def _inflect_like(word: str, original: str) -> str:
    """``word`` in the case and number of ``original`` ("Ольге" makes "Анна" "Анне")."""
    parses = analyzer().parse(original)
    target = next((p for p in parses if _is_name(p)), parses[0] if parses else None)
    if target is None or target.tag.case not in _CASES or target.tag.case == "nomn":
        return word
    wanted = {target.tag.case} | ({target.tag.number} if target.tag.number else set())
    candidates = [p for p in analyzer().parse(word) if _is_name(p)]
    # the surrogate's own nominative reading of the same gender: "Лапина" is a woman's
    # surname here, not the genitive of "Лапин"
    candidates.sort(key=lambda p: (p.tag.gender != target.tag.gender, p.tag.case != "nomn"))
    for parse in candidates:
        inflected = parse.inflect(wanted)
        if inflected is not None:
            return inflected.word[:1].upper() + inflected.word[1:]
    return word


def _shape(value: str, rng: random.Random, keep_first: int = 0) -> str:
    """Each digit a random digit, each letter a random letter of the same case, the first
    ``keep_first`` alphanumerics (a country code, an issuer) and everything else kept."""
    out, kept = [], 0
    for c in value:
        if c.isalnum() and kept < keep_first:
            out.append(c)
            kept += 1
        elif c.isdigit():
            out.append(str(rng.randrange(10)))
        elif c.isalpha() and c.isascii():
            letter = chr(rng.randrange(26) + ord("a"))
            out.append(letter.upper() if c.isupper() else letter)
        elif c.isalpha():
            alphabet = "абвгдежзиклмнопрстуфхцчшэюя"
            letter = rng.choice(alphabet)
            out.append(letter.upper() if c.isupper() else letter)
        else:
            out.append(c)
    return "".join(out)


_NUMERIC_DATE = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})|(\d{4})-(\d{2})-(\d{2})")
_NUMBER = re.compile(r"\d+")


def _date(value: str, rng: random.Random) -> str:
    """Another valid date written the same way: day 1-28, month 1-12, year 1950-2005;
    a month written as a word is kept."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2005)
    m = _NUMERIC_DATE.fullmatch(value.strip())
    if m and m.group(1):
        width = len(m.group(1)), len(m.group(3))
        return value.replace(m.group(0), f"{day:0{width[0]}d}{m.group(2)}{month:0{width[1]}d}"
                                          f"{m.group(2)}{year}")
    if m:
        return value.replace(m.group(0), f"{year}-{month:02d}-{day:02d}")

    def number(n: re.Match[str]) -> str:
        return str(year) if len(n.group()) == 4 else f"{day:0{len(n.group())}d}"

    return _NUMBER.sub(number, value)


def _luhn_fixed(card: str) -> str:
    """The same card with its last digit set so the Luhn check passes."""
    positions = [i for i, c in enumerate(card) if c.isdigit()]
    digits = [int(card[i]) for i in positions[:-1]]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    check = (10 - total % 10) % 10
    last = positions[-1]
    return card[:last] + str(check) + card[last + 1:]


def _iban_fixed(iban: str) -> str:
    """The same IBAN with its check digits (positions 3-4) recomputed (ISO 13616)."""
    compact = [c for c in iban if c.isalnum()]
    country = "".join(compact[:2]).upper()
    bban = "".join(compact[4:]).upper()
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    check = f"{98 - number % 97:02d}"
    slots = [i for i, c in enumerate(iban) if c.isalnum()][2:4]
    chars = list(iban)
    chars[slots[0]], chars[slots[1]] = check[0], check[1]
    return "".join(chars)
