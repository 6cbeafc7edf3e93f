"""The eight recall families and the look-alikes: each maker fills a carrier of its set's bank
with values and returns an :class:`Utterance`, a list of parts (gold, look-alike, plain).

Families (the recall issue's numbering): 1 spoken numbers, emails and birth dates; 2
identifiers named by their cue; 3 handles and personal URLs; 4 escaped and encoded writings;
5 postal addresses; 6 names in every script and layout; 7 the other direct identifiers
(IPv6, IBAN, MAC, cards); 8 a value found once with its cue and bare elsewhere. Beside them,
the named places and organisations that bank strings mark (``⟦Dubai|LOCATION⟧``, see
``bench/gen/banks.py``) are gold of their own family, :data:`CONTEXT`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from faker.providers.address.ru_RU import Provider as RuAddress

from bench.gen import values as V
from bench.gen.values import Part, Values

__all__ = ["FAMILIES", "CONTEXT", "CONTEXT_LABELS", "MARK_CHARS", "Utterance", "Own", "Maker",
           "marked", "strip", "render", "LOOKALIKE_KINDS", "lookalike"]

FAMILIES = {1: "spoken numbers, emails, birth dates", 2: "identifiers named by their cue",
            3: "handles and personal URLs", 4: "escaped and encoded writings",
            5: "postal addresses", 6: "names in every script and layout",
            7: "IPv6, IBAN, MAC, cards", 8: "found once, replaced everywhere"}
SITES = ("github.com/{u}", "gitlab.com/{u}/{repo}", "t.me/{u}", "instagram.com/{u}",
         "linkedin.com/in/{u}", "twitch.tv/{u}", "vk.com/{u}")
REPOS = ("dotfiles", "homelab", "budget-app", "thesis", "garden-bot", "recipes")
HOSTS = ("devbox.lan", "build-01", "nas.home.arpa", "pi4")
ENCODINGS = ("percent", "plus", "entities", "fullwidth", "zero-width", "soft-hyphen", "nfd")
# the escapes a bank may add to those, each of a name (a mail header's or body's, a JSON
# log's, a path git quotes)
ESCAPES: dict[str, Callable[[str], str]] = {"q-header": V.q_header, "json-u": V.json_u,
                                            "qp-body": V.qp_body, "octal": V.octal}
LOOKALIKE_KINDS = ("order", "price", "timestamp", "version", "room", "flight", "isbn", "doc-ip",
                   "spoken-date", "kinship-verb")
_SLOT = re.compile(r"\{(\w+)\}")
# a named place or organisation in a bank string: ``⟦Dubai|LOCATION⟧``, ``⟦Tesco|ORGANIZATION⟧``
CONTEXT = "context"  # their family in gold.jsonl
CONTEXT_LABELS = ("LOCATION", "ORGANIZATION")
_MARK = re.compile(r"⟦([^⟦⟧|]+)\|(\w+)⟧")
MARK_CHARS = "⟦⟧"


@dataclass
class Utterance:
    """One turn's text as parts, with its family; ``fmt`` names the file format it needs
    (a name broken over a quoted line needs a Nexus note), ``later`` turns go after it, in
    the same file or another (family 8)."""

    parts: list[Part]
    family: int | None
    fmt: str | None = None
    later: list["Utterance"] = field(default_factory=list)


def marked(text: str) -> list[Part]:
    """A bank string's text as parts: plain, and each named place or organisation marked
    ``⟦name|LABEL⟧`` a gold part of the family :data:`CONTEXT` (the markup itself is never
    written)."""
    parts: list[Part] = []
    pos = 0
    for m in _MARK.finditer(text):
        if m[2] not in CONTEXT_LABELS:
            raise ValueError(f"{text!r}: a marked name is a {' or a '.join(CONTEXT_LABELS)}")
        if m.start() > pos:
            parts.append(Part(text[pos:m.start()]))
        parts.append(Part(m[1], m[2], family=CONTEXT))
        pos = m.end()
    if pos < len(text):
        parts.append(Part(text[pos:]))
    if any(c in p.text for p in parts for c in MARK_CHARS):
        raise ValueError(f"{text!r}: broken markup")
    return parts


def strip(text: str) -> str:
    """A bank string as it is written: its markup taken off."""
    return "".join(p.text for p in marked(text))


def render(template: str, **slots: list[Part] | str) -> list[Part]:
    parts: list[Part] = []
    pos = 0
    for m in _SLOT.finditer(template):
        if m.start() > pos:
            parts.extend(marked(template[pos:m.start()]))
        value = slots[m[1]]
        parts.extend([Part(value)] if isinstance(value, str) else value)
        pos = m.end()
    if pos < len(template):
        parts.extend(marked(template[pos:]))
    return parts


Maker = Callable[[Values, dict, str], Utterance]


@dataclass(frozen=True)
class Own:
    """A set's own code beside its strings, kept in the set's module and reached through its
    bank (a family's slot ``"own"``), so that no other file names what a set writes: numbering
    plans its English speakers read out (family 1), value shapes with the check a reader runs
    on each (family 2), escapes with their decoders (family 4), address layouts by name, each
    line one gold span (family 5), and the Faker locales of its writers' names per language
    (family 6)."""

    mobiles: tuple[tuple[str, tuple[str, ...], int, tuple[int, ...]], ...] = ()
    shapes: dict[str, Callable[[Values, str], str]] = field(default_factory=dict)
    checks: dict[str, Callable[[str], bool]] = field(default_factory=dict)
    escapes: dict[str, Callable[[str], str]] = field(default_factory=dict)
    unescapes: dict[str, Callable[[str], str]] = field(default_factory=dict)
    lines: dict[str, Callable[[Values], list[str]]] = field(default_factory=dict)
    people: dict[str, tuple[str, ...]] = field(default_factory=dict)


NO_OWN = Own()


def _pick(v: Values, bank: dict, key: str, lang: str):
    leaf = bank[key]
    return v.rng.choice(leaf["any"] if "any" in leaf else leaf[lang])


# -- 1: spoken -------------------------------------------------------------------------------

def spoken(v: Values, bank: dict, lang: str) -> Utterance:
    kind = v.rng.choice(("phone", "email", "dob"))
    fillers = bank["fillers"][lang]
    own = bank.get("own", NO_OWN)
    if kind == "phone":
        if lang == "en" and own.mobiles and v.rng.random() < 0.5:
            digits, grouping = v.mobile(v.rng.choice(own.mobiles))
        else:
            digits, grouping = v.phone("ru_RU" if lang == "ru" else v.rng.choice(V.EN_LOCALES))
        if lang == "ru":
            grouping = (1, 3, 3, 2, 2)
        seps = tuple(bank.get("digit_sep", {}).get(lang, (", ", " ")))
        text, label = V.spoken_digits(digits, lang, v.rng, grouping, fillers, seps), "PHONE"
    elif kind == "email":
        local, domain, tld = v.email(v.locale(lang))
        at, dot = _pick(v, bank, "email_at", lang), _pick(v, bank, "email_dot", lang)
        words = local.split(".")
        if v.rng.random() < 0.3 and words[0].isalpha():
            words[0] = _pick(v, bank, "spell", lang).join(words[0])
        text, label = dot.join(words) + at + domain + dot + tld, "EMAIL"
    else:
        year, month, day = v.birth()
        text = v.spoken_date_ru(year, month, day) if lang == "ru" else v.spoken_date_en(year, month, day)
        label = "DATE_OF_BIRTH"
    return Utterance(render(_pick(v, bank, kind, lang), v=[Part(text, label)]), 1)


# -- 2: cue-named identifiers ------------------------------------------------------------------

def _shape(v: Values, shape: str, lang: str) -> str:
    r = v.rng
    if shape == "phone":
        locale = "ru_RU" if lang == "ru" else r.choice(V.EN_LOCALES)
        digits, grouping = v.phone(locale)
        return v.group(digits, grouping, r.choice((" ", "-")))
    if shape == "tel_glued":
        locale = r.choice(("en_GB", "en_IE", "de_DE", "fr_FR"))
        digits, _ = v.phone(locale)
        cc = {"en_GB": "44", "en_IE": "353", "de_DE": "49", "fr_FR": "33"}[locale]
        return f"+{cc} {digits[1:4]} {digits[4:]}"
    if shape == "phone_fmt":
        if lang == "ru":
            d, _ = v.phone("ru_RU")
            return f"{r.choice(('+7', '8'))} ({d[1:4]}) {d[4:7]}-{d[7:9]}-{d[9:]}"
        locale = r.choice(V.EN_LOCALES)
        d, _ = v.phone(locale)
        return {"en_US": f"({d[:3]}) {d[3:6]}-{d[6:]}", "en_GB": f"+44 {d[1:5]} {d[5:]}",
                "en_IE": f"+353 {d[1:3]} {d[3:6]} {d[6:]}"}[locale]
    if shape == "ssn":
        area = r.choice([n for n in range(1, 900) if n != 666])
        return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    if shape == "nhs":
        while True:
            d = v.digits(9, False)
            check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(d)) % 11
            if check != 10:
                d += str(check % 11)
                return f"{d[:3]} {d[3:6]} {d[6:]}"
    if shape == "ppsn":
        d = v.digits(7, False)
        return d + "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(c) * (8 - i) for i, c in enumerate(d)) % 23]
    if shape == "dob_iso":
        y, m, d = v.birth()
        return f"{y}-{m:02d}-{d:02d}"
    if shape == "dob_month":
        y, m, d = v.birth()
        if lang == "ru":
            return f"{d} {V.MONTHS_RU_GEN[m - 1]} {y}"
        return r.choice((f"{d} {V.MONTHS_EN[m - 1]} {y}", f"{V.MONTHS_EN[m - 1]} {d}, {y}"))
    if shape == "licence":
        return r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + v.digits(7, False)
    if shape == "digits7":
        return "00" + v.digits(5)
    if shape == "digits16":
        return v.digits(16)
    if shape == "tax_de":
        d = v.digits(10)
        return f"{d[:2]}/{d[2:5]}/{d[5:]}"
    if shape == "policy":
        return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + "-" + v.digits(6, False)
    if shape == "dob_slash":
        y, m, d = v.birth()
        return f"{d:02d}/{m:02d}/{y}"
    if shape == "dob_dots":
        y, m, d = v.birth()
        return f"{d:02d}.{m:02d}.{y}"
    if shape == "year_gr":
        return f"{v.birth()[0]}"
    if shape == "password":
        alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%*"
        return "".join(r.choice(alphabet) for _ in range(r.randint(10, 16)))
    if shape == "pin4":
        return v.digits(4)
    if shape in ("inn", "inn_glued"):
        return _inn(v)
    if shape == "snils":
        return _snils(v)
    if shape == "passport_ru":
        d = v.digits(10)
        return r.choice((f"{d[:4]} {d[4:]}", f"{d[:2]} {d[2:4]} {d[4:]}"))
    return _third_shape(v, shape, lang)


def _third_shape(v: Values, shape: str, lang: str) -> str:
    """The third pair's shapes, in both of its sets: phones with dots or dashes, the UK
    National Insurance number, Indian Aadhaar (Verhoeff check) and PAN, the Australian tax file
    and Medicare numbers, the Scottish CHI number, birth dates day-month-year with dashes,
    American month first and with two-digit years, Russian foreign passports, driving licences
    and passports written with "№"."""
    r = v.rng
    if shape == "phone_sep":
        if lang == "ru":
            d, _ = v.phone("ru_RU")
            return f"{r.choice(('8', '+7'))}-{d[1:4]}-{d[4:7]}-{d[7:9]}-{d[9:]}"
        locale = r.choice(V.EN_LOCALES)
        d, _ = v.phone(locale)
        return {"en_US": f"{d[:3]}.{d[3:6]}.{d[6:]}", "en_GB": f"{d[:5]}-{d[5:]}",
                "en_IE": f"{d[:3]}-{d[3:6]}-{d[6:]}"}[locale]
    if shape == "nino":
        while True:
            prefix = r.choice("ABCEGHJKLMNOPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
            if prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        d, suffix = v.digits(6, False), r.choice("ABCD")
        return r.choice((f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}", f"{prefix}{d}{suffix}"))
    if shape == "aadhaar":
        d = str(r.randint(2, 9)) + v.digits(10, False)
        d += str(_verhoeff(d))
        return f"{d[:4]} {d[4:8]} {d[8:]}"
    if shape == "pan":
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        return ("".join(r.choice(letters) for _ in range(3)) + "P" + r.choice(letters)
                + v.digits(4, False) + r.choice(letters))
    if shape == "tfn":
        weights = (1, 4, 3, 7, 5, 8, 6, 9)
        while True:
            d = v.digits(8)
            last = sum(int(c) * w for c, w in zip(d, weights)) % 11  # 10 * last = -last (mod 11)
            if last < 10:
                d += str(last)
                return f"{d[:3]} {d[3:6]} {d[6:]}"
    if shape == "medicare_au":
        d = str(r.randint(2, 6)) + v.digits(7, False)
        d += str(sum(int(c) * w for c, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9))) % 10)
        return f"{d[:4]} {d[4:]} {r.randint(1, 9)}"
    if shape == "chi":
        while True:
            y, m, day = v.birth()
            d = f"{day:02d}{m:02d}{y % 100:02d}" + v.digits(3, False)
            check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(d)) % 11
            if check != 10:
                return d + str(check % 11)
    if shape in ("dob_dashes", "dob_us", "dob_short"):
        y, m, d = v.birth()
        if shape == "dob_dashes":
            return f"{d:02d}-{m:02d}-{y}"
        if shape == "dob_us":
            return f"{m:02d}/{d:02d}/{y}"
        return f"{d:02d}{'.' if lang == 'ru' else '/'}{m:02d}{'.' if lang == 'ru' else '/'}{y % 100:02d}"
    if shape == "zagran":
        return f"{v.digits(2)} {v.digits(7, False)}"
    if shape == "vu_ru":
        d = v.digits(10)
        return f"{d[:2]} {d[2:4]} {d[4:]}"
    if shape == "passport_no":
        d = v.digits(10)
        return r.choice((f"{d[:2]} {d[2:4]} № {d[4:]}", f"{d[:4]} № {d[4:]}"))
    raise ValueError(shape)


_VERHOEFF_D = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
               (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
               (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
               (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
               (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0))
_VERHOEFF_P = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
               (5, 8, 0, 3, 7, 9, 6, 1, 4, 2), (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
               (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
               (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8))
_VERHOEFF_INV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def _verhoeff(digits: str) -> int:
    """The Verhoeff check digit that Aadhaar numbers end with."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return _VERHOEFF_INV[c]


def _inn(v: Values) -> str:
    digits = [int(c) for c in v.digits(10)]
    w11, w12 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8), (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    digits.append(sum(a * b for a, b in zip(w11, digits)) % 11 % 10)
    digits.append(sum(a * b for a, b in zip(w12, digits)) % 11 % 10)
    return "".join(map(str, digits))


def _snils(v: Values) -> str:
    body = v.digits(9)
    total = sum(int(c) * (9 - i) for i, c in enumerate(body))
    check = total if total < 100 else (0 if total in (100, 101) else total % 101 % 100)
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"


def cued(v: Values, bank: dict, lang: str) -> Utterance:
    cue, label, shape = v.rng.choice(bank["cues"][lang])
    own = bank.get("own", NO_OWN).shapes.get(shape)
    value = Part(own(v, lang) if own else _shape(v, shape, lang), label)
    if shape == "year_gr":
        inner = [value, *marked(f" {cue}")]
    elif shape in ("tel_glued", "inn_glued"):
        inner = [*marked(cue), value]
    else:
        inner = [*marked(f"{cue} "), value]
    return Utterance(render(v.rng.choice(bank["carriers"][lang]), v=inner), 2)


# -- 3: handles and personal URLs ---------------------------------------------------------------

def handles(v: Values, bank: dict, lang: str) -> Utterance:
    kind = v.rng.choice(("at", "url", "url", "ssh", "remote", "registry", "home"))
    user = Part(v.handle(), "USERNAME")
    repo = v.rng.choice(REPOS)
    if kind == "at":
        inner = [Part("@"), user]
    elif kind == "url":
        site = v.rng.choice(SITES).split("{u}")
        layout = _pick(v, bank, "url_layouts", lang).split("{site}")
        inner = [*marked(layout[0] + site[0]), user, *marked(site[1].format(repo=repo) + layout[1])]
    elif kind == "ssh":
        inner = render(_pick(v, bank, "ssh", lang), v=[user, Part("@" + v.rng.choice(HOSTS))])
    elif kind in ("remote", "registry"):
        inner = render(_pick(v, bank, kind, lang), v=[user, Part("/" + repo)])
    else:
        inner = render(_pick(v, bank, "home", lang), v=[user])
    if kind in ("ssh", "remote", "registry", "home"):
        carrier = _pick(v, bank, "tool", lang)
    else:
        carrier = _pick(v, bank, kind, lang)
    return Utterance(render(carrier, v=inner), 3)


def mention(v: Values, bank: dict, lang: str, handle: str) -> Utterance:
    """A chat log's speaker named in prose (the log's speakers are family 3 too)."""
    return Utterance(render(_pick(v, bank, "mention", lang), h=[Part(handle, "USERNAME")]), 3)


# -- 4: escaped and encoded ------------------------------------------------------------------

def encoded(v: Values, bank: dict, lang: str) -> Utterance:
    escapes = bank.get("escapes", {})  # a set's own escapes, each with its carriers
    escape = ESCAPES | bank.get("own", NO_OWN).escapes
    encoding = v.rng.choice(ENCODINGS + tuple(escapes))
    what = v.rng.choice(("name", "email", "phone"))
    locale = v.locale(lang, foreign=0.5 if encoding == "nfd" or encoding in escapes else 0.25)
    if encoding in escapes:
        first, last = v.person(locale)
        while encoding != "q-header" and all(ord(c) < 128 for c in first + last):  # else unchanged
            first, last = v.person(v.rng.choice(("de_DE", "fr_FR", "ru_RU")))
        text = escape[encoding](f"{first} {last}")
        return Utterance(render(_pick(v, escapes, encoding, lang), v=[Part(text, "PERSON")]), 4)
    if what == "name" or encoding == "nfd":
        first, last = v.person(locale)
        if encoding == "nfd" and not any(ord(c) > 127 for c in first + last):
            first, last = v.person(v.rng.choice(("de_DE", "fr_FR", "ru_RU")))
        raw, label, key = f"{first} {last}", "PERSON", "name"
    elif what == "email":
        local, domain, tld = v.email(locale)
        raw, label, key = f"{local}@{domain}.{tld}", "EMAIL", "mail"
    else:
        digits, grouping = v.phone(v.rng.choice(V.EN_LOCALES + ("de_DE",)))
        raw, label, key = v.group(digits, grouping), "PHONE", "phone"
    if encoding in ("percent", "plus"):
        text = V.percent(raw) if encoding == "percent" else V.plus(raw)
        carrier = _pick(v, bank, "url", lang)
    elif encoding == "entities":
        text = V.entities(raw, v.rng)
        carrier = _pick(v, bank, "markup", lang)
    else:
        text = {"fullwidth": V.fullwidth, "nfd": V.nfd}.get(encoding, lambda s: s)(raw)
        if encoding in ("zero-width", "soft-hyphen"):
            text = V.invisible(raw, v.rng, "\u200b" if encoding == "zero-width" else "\u00ad")
        carrier = _pick(v, bank, "prose", lang)
    return Utterance(render(carrier, v=[Part(text, label)], k=key), 4)


# -- 5: postal addresses ----------------------------------------------------------------------

FIRST_LAYOUTS = ("commas", "no_commas", "street_only", "block", "ru_full", "ru_index_first",
                 "ru_short", "ru_block")  # the first pair's, written by address() itself


def _address_lines(v: Values, lang: str) -> list[str]:
    """A street line and a town line in the writing of a random locale of the language."""
    if lang == "ru":
        f = v.fake["ru_RU"]
        return [f"{f.street_suffix()} {f.street_title()}", f"д. {v.rng.randint(1, 120)}",
                f"кв. {v.rng.randint(1, 300)}", f.city_name(), f.postcode()]
    locale = v.locale("en", foreign=0.35)
    f = v.fake[locale]
    if locale == "en_US":
        return [f.street_address(), f"{f.city()}, {f.state_abbr()} {f.zipcode_plus4()}"]
    if locale == "de_DE":
        return [f"{f.street_name()} {v.rng.randint(1, 180)}", f"{f.postcode()} {f.city()}"]
    if locale == "fr_FR":
        return [f"{v.rng.randint(1, 180)} {f.street_name()}", f"{f.postcode()} {f.city()}"]
    flat = f"Flat {v.rng.randint(1, 30)}, " if v.rng.random() < 0.3 else ""
    return [f"{flat}{f.building_number()} {f.street_name()}", f"{f.city()} {f.postcode()}"]


EIRCODE_KEYS = ("A94", "D02", "D04", "D6W", "D08", "D15", "H91", "T12", "T23", "V94", "X91", "F92")
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"
HOUSE_NAMES = ("House", "Court", "Lodge", "Mansions", "Cottage", "Works")
# street names in the genitive ("Мира", "Чкалова"), which go with any kind of street
RU_NAMED = tuple(t for t in RuAddress.street_titles_noflex if t not in (
    "Микрорайон", "Дружба", "Новостройка", "Подстанция", "ДОС", "Марта 8", "Мая 1"))


def _ru_street(v: Values, kind: str) -> str:
    """A street of a kind that Faker does not write ("пр-т", a "пер." named after someone)."""
    return f"{kind} {v.rng.choice(RU_NAMED)}"


IN_BUILDINGS = ("Residency", "Heights", "Apartments", "Enclave", "Towers", "Villas")
# garden partnerships are named by an adjective in the neuter ("СНТ «Садовое»")
RU_SNT = tuple(t[:-2] + "ое" for t in RuAddress.street_titles if t.endswith("ая"))


def _third_layout_lines(v: Values, layout: str) -> list[str]:
    """The lines of the third pair's layouts, each one gold span: Australian unit and level
    numbers ("4/27 ...", "Level 3, ..."), Indian flats, plots and sectors with PIN codes,
    Glasgow ("Flat 2/1") and Edinburgh ("3F2") tenement flats, USPS capitals, American rural
    routes; Russian written in chat (lower case, "12-45"), microdistricts, a courier's
    entrance and floor, the country first, "12к2", "лит. А, пом. 4-Н", urban districts and
    garden partnerships."""
    r = v.rng
    n, flat = r.randint(1, 180), r.randint(1, 300)
    if layout.startswith("ru_"):
        f = v.fake["ru_RU"]
        city, street = f.city_name(), f.street_name()
        if layout == "ru_lower_chat":
            return [f"{city.lower()}, {street.lower()} {n}-{flat}"]
        if layout == "ru_mkr":
            return [f"г. {city}, {r.randint(1, 30)}-й мкр., д. {n}, кв. {flat}"]
        if layout == "ru_courier":
            return [f"{street}, д. {n}, подъезд {r.randint(1, 8)}, этаж {r.randint(1, 16)}, кв. {flat}"]
        if layout == "ru_country_first":
            return [f"Россия, {f.postcode()}, {f.region()}, г. {city}, {street}, д. {n}, кв. {flat}"]
        if layout == "ru_korpus_glued":
            return [f"{street}, {n}к{r.randint(1, 6)}, кв {flat}, {city}"]
        if layout == "ru_litera":
            return [f"г. {city}, {street}, д. {n}, лит. {r.choice('АБВ')}, пом. {r.randint(1, 40)}-Н"]
        if layout == "ru_urban_district":
            return [f"{f.region()}, г.о. {city}, пос. {f.city_name()}, {street}, д. {n}"]
        if layout == "ru_snt":
            return [f"{f.region()}, СНТ «{r.choice(RU_SNT)}», {r.randint(1, 12)}-я линия, уч. {n}"]
        raise ValueError(layout)
    gb, us, au, ind = v.fake["en_GB"], v.fake["en_US"], v.fake["en_AU"], v.fake["en_IN"]
    if layout == "au_unit":
        return [f"{r.randint(1, 40)}/{au.building_number()} {au.street_name()}, {au.city()} "
                f"{au.state_abbr()} {au.postcode()}"]
    if layout == "in_flat":
        return [f"Flat No. {r.randint(1, 12)}0{r.randint(1, 8)}, {ind.last_name()} {r.choice(IN_BUILDINGS)}, "
                f"{ind.street_name()}, {ind.city()} - {ind.postcode()}"]
    if layout == "glasgow_flat":
        return [f"Flat {r.randint(0, 3)}/{r.randint(1, 3)}, {gb.building_number()} {gb.street_name()}, "
                f"{gb.city()} {gb.postcode()}"]
    if layout == "us_caps":
        return [f"{us.building_number()} {us.street_name().upper()} APT {r.randint(1, 40)}",
                f"{us.city().upper()} {us.state_abbr()} {us.zipcode_plus4()}"]
    if layout == "in_plot":
        return [f"Plot No. {n}, Sector {r.randint(1, 99)}", ind.city(), f"{ind.state()} - {ind.postcode()}"]
    if layout == "au_level":
        return [f"Level {r.randint(1, 40)}, {au.building_number()} {au.street_name()}, {au.city()} "
                f"{au.state_abbr()} {au.postcode()}"]
    if layout == "edinburgh_flat":
        return [f"{r.randint(1, 5)}F{r.randint(1, 4)}, {gb.building_number()} {gb.street_name()}, "
                f"{gb.city()} {gb.postcode()}"]
    if layout == "us_rural":
        return [f"RR {r.randint(1, 9)} Box {r.randint(10, 999)}, {us.city()}, {us.state_abbr()} {us.zipcode()}"]
    raise ValueError(layout)


THIRD_LAYOUTS = ("au_unit", "in_flat", "glasgow_flat", "us_caps", "in_plot", "au_level",
                 "edinburgh_flat", "us_rural", "ru_lower_chat", "ru_mkr", "ru_courier",
                 "ru_country_first", "ru_korpus_glued", "ru_litera", "ru_urban_district", "ru_snt")


def _layout_lines(v: Values, layout: str) -> list[str]:
    """The lines of the second pair's layouts, each one gold span: a flat, unit or building
    line, PO boxes, counties, Eircodes, ZIP+4, German and French postcodes, and Russian forms
    with "корп.", "стр.", "пр-т", "пер.", regions and villages."""
    if layout in THIRD_LAYOUTS:
        return _third_layout_lines(v, layout)
    r = v.rng
    n, flat = r.randint(1, 180), r.randint(1, 300)
    if layout.startswith("ru_"):
        f = v.fake["ru_RU"]
        city, index, region = f.city_name(), f.postcode(), f.region()
        if layout == "ru_korp":
            return [f"г. {city}, {f.street_name()}, д. {n}, корп. {r.randint(1, 6)}, кв. {flat}"]
        if layout == "ru_region":
            return [f"{region}, г. {city}, {f.street_name()}, д. {n}, кв. {flat}"]
        if layout == "ru_prospekt":
            return [f"{city}, {_ru_street(v, 'пр-т')}, {n}, кв. {flat}"]
        if layout == "ru_block_index_last":
            return [f"{f.street_name()}, д. {n}, кв. {flat}", f"г. {city}", index]
        if layout == "ru_str":
            return [f"{f.street_name()}, {n} стр. {r.randint(1, 9)}, {city}, {index}"]
        if layout == "ru_pereulok":
            return [f"г. {city}, {_ru_street(v, 'пер.')}, д. {n}/{r.randint(1, 12)}, кв. {flat}"]
        if layout == "ru_village":
            return [f"{region}, с. {city}, {f.street_name()}, д. {n}"]
        if layout == "ru_block_region":
            return [f"{index}, {region}", f"г. {city}, {f.street_name()}, д. {n}, кв. {flat}"]
        raise ValueError(layout)
    gb, us, ie = v.fake["en_GB"], v.fake["en_US"], v.fake["en_IE"]
    if layout == "unit_block":
        return [gb.secondary_address(), f"{gb.building_number()} {gb.street_name()}", gb.city(),
                gb.postcode()]
    if layout == "po_box":
        return [f"PO Box {r.randint(10, 9999)}, {us.city()}, {us.state_abbr()} {us.zipcode()}"]
    if layout == "us_apt":
        return [f"{us.building_number()} {us.street_name()} {us.secondary_address()}, {us.city()}, "
                f"{us.state_abbr()} {us.zipcode_plus4()}"]
    if layout == "de_block":
        de = v.fake["de_DE"]
        return [f"{de.street_name()} {n}{r.choice(('a', 'b', ''))}", f"{de.postcode()} {de.city()}"]
    if layout == "building":
        return [f"{gb.last_name()} {r.choice(HOUSE_NAMES)}, {gb.building_number()} {gb.street_name()}, "
                f"{gb.city()} {gb.postcode()}"]
    if layout == "county":
        return [f"{gb.building_number()} {gb.street_name()}, {gb.city()}, {gb.county()}, {gb.postcode()}"]
    if layout == "eircode_block":
        eircode = r.choice(EIRCODE_KEYS) + " " + "".join(r.choice(EIRCODE_CHARS) for _ in range(4))
        return [f"{n} {ie.street_name()}", ie.city(), f"Co. {ie.county()}", eircode]
    if layout == "fr_line":
        fr = v.fake["fr_FR"]
        return [f"{n}{r.choice((' bis', ' ter', ''))} {fr.street_name()}, {fr.postcode()} {fr.city()}"]
    raise ValueError(layout)


def address(v: Values, bank: dict, lang: str) -> Utterance:
    layout = _pick(v, bank, "layouts", lang)
    gold = lambda s: Part(s, "ADDRESS")  # noqa: E731
    own = bank.get("own", NO_OWN).lines.get(layout)
    if layout not in FIRST_LAYOUTS:
        lines = []
        for line in own(v) if own else _layout_lines(v, layout):
            lines += [Part("\n"), gold(line)] if lines else [gold(line)]
        carrier = _pick(v, bank, "block" if len(lines) > 1 else "line", lang)
        return Utterance(render(carrier, v=lines), 5)
    a = _address_lines(v, lang)
    if lang == "ru":
        street, house, flat, city, index = a
        if layout == "ru_full":
            lines = [gold(f"г. {city}, {street}, {house}, {flat}")]
        elif layout == "ru_index_first":
            lines = [gold(f"{index}, г. {city}, {street}, {house}")]
        elif layout == "ru_short":
            lines = [gold(f"{city}, {street}, {house.split()[-1]}-{flat.split()[-1]}")]
        else:
            corp = f", корп. {v.rng.randint(1, 5)}" if v.rng.random() < 0.5 else f", стр. {v.rng.randint(1, 9)}"
            lines = [gold(f"{street}, {house}{corp}, {flat}"), Part("\n"), gold(f"{index} {city}")]
    elif layout == "commas":
        lines = [gold(", ".join(a))]
    elif layout == "no_commas":
        lines = [gold(" ".join(s.replace(",", "") for s in a))]
    elif layout == "street_only":
        lines = [gold(a[0])]
    else:
        lines = [gold(a[0]), Part("\n"), gold(a[1])]
    multi = any(p.text == "\n" for p in lines)
    carrier = _pick(v, bank, "block" if multi else "line", lang)
    return Utterance(render(carrier, v=lines), 5)


# -- 6: names ---------------------------------------------------------------------------------

def _kin_name(v: Values, bank: dict, lang: str, gender: str) -> str:
    """A first name of the kin word's gender ("мой племянник" is no Таисия): now and then a
    word that is also a name, else Faker's."""
    if v.rng.random() < 0.4:
        return v.rng.choice(bank["wordnames"][lang][gender])
    f = v.fake["ru_RU" if lang == "ru" else v.rng.choice(V.EN_LOCALES)]
    return f.first_name_female() if gender == "f" else f.first_name_male()


def _writers(v: Values, bank: dict, lang: str, locale: str) -> str:
    """Now and then a name from where the set's own writers are, when it has any."""
    people = bank.get("own", NO_OWN).people.get(lang, ())
    return v.rng.choice(people) if people and v.rng.random() < 0.4 else locale


def names(v: Values, bank: dict, lang: str) -> Utterance:
    kind = v.rng.choice(("full", "full", "kin", "kin", "list", "broken"))
    other = "en" if lang == "ru" else "ru"
    locale = _writers(v, bank, lang, v.locale(other if v.rng.random() < 0.3 else lang, foreign=0.4))
    if kind == "full":
        first, last = v.person(locale)
        return Utterance(render(_pick(v, bank, "full", lang), v=[Part(f"{first} {last}", "PERSON")]), 6)
    if kind == "kin":
        cue = _pick(v, bank, "kin", lang)
        if isinstance(cue, tuple):
            cue, first = cue[0], _kin_name(v, bank, lang, cue[1])
        elif v.rng.random() < 0.4:
            first = _pick(v, bank, "wordnames", lang)
        else:
            first = v.person("ru_RU" if lang == "ru" else v.rng.choice(V.EN_LOCALES))[0]
        if lang == "en" and v.rng.random() < 0.25:
            first = first.lower()
        inner = [*marked(f"{cue} "), Part(first, "PERSON")]
        return Utterance(render(_pick(v, bank, "kin_carriers", lang), v=inner), 6)
    if kind == "list":
        row = _pick(v, bank, "list_layouts", lang)
        items: list[Part] = []
        for i in range(v.rng.randint(2, 4)):
            first, last = v.person(_writers(v, bank, lang, v.locale(lang, foreign=0.4)))
            if i:
                items.append(Part(" " if row.endswith(";") else "\n"))
            items += render(row, v=[Part(f"{first} {last}", "PERSON")])
        return Utterance(render(_pick(v, bank, "list", lang), v=items), 6)
    first, last = v.person(_writers(v, bank, lang, v.locale(lang, foreign=0.4)))
    inner = [Part(first, "PERSON"), Part("\n"), Part(last, "PERSON")]
    return Utterance(render(_pick(v, bank, "broken", lang), v=inner), 6, fmt="nexus")


# -- 7: other direct identifiers ------------------------------------------------------------------

def direct(v: Values, bank: dict, lang: str) -> Utterance:
    kind = v.rng.choice(("ip", "ip", "iban", "mac", "card"))
    if kind == "ip":
        text, label = (v.ipv6() if v.rng.random() < 0.6 else f"::ffff:{v.ipv4()}"), "IP_ADDRESS"
    elif kind == "iban":
        text, label = v.iban(), "IBAN"
    elif kind == "mac":
        text, label = v.mac_cisco(), "MAC_ADDRESS"
    else:
        text, label = v.card(), "CREDIT_CARD"
    return Utterance(render(_pick(v, bank, kind, lang), v=[Part(text, label)]), 7)


# -- 8: found once, replaced everywhere ------------------------------------------------------------

def linked(v: Values, bank: dict, lang: str) -> Utterance:
    label = v.rng.choice(("PERSON", "GOV_ID", "USERNAME"))
    if label == "PERSON":
        text = " ".join(v.person(v.locale(lang)))
    elif label == "GOV_ID":
        text = _shape(v, "passport_ru" if lang == "ru" else "licence", lang)
    else:
        text = v.handle()
    first = bank["first"][lang][label]
    first = render(first if isinstance(first, str) else v.rng.choice(first), v=[Part(text, label)])
    later = [Utterance(render(_pick(v, bank, "later", lang), v=[Part(text, label)]), 8)
             for _ in range(v.rng.randint(1, 2))]
    return Utterance(first, 8, later=later)


MAKERS: dict[int, Maker] = {1: spoken, 2: cued, 3: handles, 4: encoded, 5: address, 6: names,
                            7: direct, 8: linked}


# -- look-alikes ------------------------------------------------------------------------------

def lookalike(v: Values, bank: dict, lang: str, kind: str) -> Utterance:
    r = v.rng
    if kind == "order":
        text = f"{v.digits(5)}-{v.digits(2)}"
    elif kind == "price":
        whole = r.randint(3, 4999)
        text = (f"{whole} ₽" if lang == "ru" else
                r.choice((f"£{whole:,}.{r.randint(0, 99):02d}", f"${whole}.{r.randint(0, 99):02d}",
                          f"{whole},{r.randint(0, 99):02d} €")))
    elif kind == "timestamp":
        text = r.choice((f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
                         f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"))
    elif kind == "version":
        text = f"{r.choice(('v', ''))}{r.randint(1, 14)}.{r.randint(0, 30)}.{r.randint(0, 12)}"
    elif kind == "room":
        text = r.choice((f"{r.randint(1, 9)}.{r.randint(1, 40):02d}", str(r.randint(101, 950))))
    elif kind == "flight":
        text = f"{r.choice(('BA', 'LH', 'AF', 'SU', 'EI', 'UA'))} {r.randint(100, 2999)}"
    elif kind == "isbn":
        text = v.isbn()
    elif kind == "doc-ip":
        text = r.choice((f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
                         f"203.0.113.{r.randint(1, 254)}", f"2001:db8::{r.randint(1, 0xfff):x}"))
    elif kind == "spoken-date":
        y, m, d = v.birth()
        text = (f"{V.num2words(d, lang='ru', to='ordinal', case='accusative', gender='neuter')} "
                f"{V.MONTHS_RU_GEN[m - 1]}" if lang == "ru"
                else f"the {V.num2words(d, lang='en', to='ordinal')} of {V.MONTHS_EN[m - 1]}")
    else:
        text = r.choice(("will", "may", "can"))
    return Utterance(render(r.choice(bank[kind][lang]), v=[Part(text, kind=kind)]), None)
