"""Addresses of Mongolia and Central Asia in Cyrillic, read as a run of units each marked by a
word after its name or its number: Mongolia's district, khoroo, street, building and door
("Баянгол дүүрэг, 6-р хороо, 62-р байр, 107 тоот", "26-р гудамж, 162 тоот"), its province,
soum and bag ("Архангай аймаг, Цэцэрлэг сум, 7-р баг"), Kazakhstan's, Kyrgyzstan's and
Uzbekistan's district, region, house and flat ("Алмалы ауданы, 12 үй, 45 пәтер"), with the
town, the postcode and the Russian house and flat people mix in ("Монголия, УБ, район
Баянзурх, 22 хороо, 86-й дом, 2 кв."). The units follow one another by commas, spaces or line
breaks, either way round, most specific first or last.

A run is an address when it holds a mark no Russian sentence writes (a district's, a
khoroo's, a door's) or a Mongolian town, and one more marked part; a Mongolian town with its
five-digit postcode ("Улаанбаатар 13300") is one by itself. A "баг" or a "кв." alone is a
sentence's (a bug, a quarter). Only a text holding one of the marks is read."""

from __future__ import annotations


from redact.detect import codecache
from redact.detect.address_words import alternation
from redact.detect.wordlike import zipf

__all__ = ["mn_spans"]

# the marks written after a unit's name that no Russian sentence writes: Mongolia's district,
# province, soum, town quarter, residential complex, street and avenue; the district, region,
# town and village of Kazakhstan, Kyrgyzstan, Uzbekistan and Tajikistan
_NAMED = ("дүүрэг", "дүүргийн", "аймаг", "аймгийн", "сум", "сумын", "хороолол", "хотхон", "гудамж", "гудамжны",
          "өргөн чөлөө", "ауданы", "облысы", "қаласы", "ауылы", "району", "облусу", "шаары", "айылы", "тумани",
          "вилояти", "шаҳри", "ноҳияи", "ноҳияси", "маҳалласи")
# the marks written after a unit's number that no Russian sentence writes: Mongolia's khoroo,
# town quarter, street, building, door, entrance, floor and section; Kazakhstan's and
# Kyrgyzstan's house and flat, Uzbekistan's house and flat
_NUMBERED = ("хороо", "хороолол", "гудамж", "байр", "тоот", "орц", "давхар", "хэсэг", "үй", "пәтер", "батир",
             "уй", "хонадон")
# the Russian marks mixed in, after a number or before it, and the Mongolian bag (a bug in
# Russian): marked parts, but none that makes a run an address by itself
_RU_AFTER = ("баг", "дом", "кв.", "кв", "квартира", "корпус", "корп.", "подъезд", "этаж", "эт.", "микрорайон", "мкр")
_RU_BEFORE = ("дом", "д.", "кв.", "квартира", "корпус", "корп.", "подъезд", "этаж", "№")
_RU_NAME_BEFORE = ("район", "р-н", "мкр.", "микрорайон", "г.", "город")
# Mongolia's capital and its provinces' centres as addresses name them, and its own name
_TOWNS = ("Улаанбаатар", "УБ", "Улан-Батор", "Эрдэнэт", "Дархан", "Чойбалсан", "Мөрөн", "Ховд", "Өлгий",
          "Баянхонгор", "Арвайхээр", "Даланзадгад", "Сайншанд", "Сүхбаатар", "Зуунмод", "Мандалговь", "Цэцэрлэг",
          "Улаангом", "Улиастай", "Алтай", "Баруун-Урт", "Өндөрхаан", "Чингис", "Булган", "Налайх", "Багануур")
_COUNTRY = r"(?:Монголия|Монгол[ \t]+[Уу]лс|Монгол[ \t]+улсын)"
_WORD = r"\p{Lu}[\p{L}]*(?:-\p{Lu}?\p{Ll}+)?"
_ORDINAL = r"(?:[ \t]?-[ \t]?\p{Ll}{1,3})?"  # "6-р", "86-й", "3-ын"
_MARKS_NAMED, _MARKS_NUMBERED = alternation(_NAMED), alternation(_NUMBERED)
_PART = codecache.compile(
    rf"(?P<strong>(?:{_WORD}[ \t]+){{1,2}}(?:{_MARKS_NAMED})|\d{{1,4}}[A-Za-zА-Яа-я]?{_ORDINAL}[ \t]*(?:{_MARKS_NUMBERED}))"
    rf"(?![\p{{L}}\d])"
    rf"|(?P<town>(?:{alternation(_TOWNS)})(?:[ \t]+хот)?(?:,?[ \t]+(?P<code>\d{{5}}))?)(?![\p{{L}}\d-])"
    rf"|(?P<weak>\d{{1,4}}{_ORDINAL}[ \t]*(?:{alternation(_RU_AFTER)})|(?:{alternation(_RU_BEFORE)})[ \t]*\d{{1,4}}[а-я]?"
    rf"|(?:{alternation(_RU_NAME_BEFORE)})[ \t]+{_WORD}|{_COUNTRY}|(?!(?:19|20)\d\d)\d{{5,6}})(?![\p{{L}}\d])"
    rf"|(?P<name>(?=\p{{Cyrillic}}){_WORD})(?![\p{{L}}\d])")
_SEP = codecache.compile(r"[ \t]*+(?:,[ \t]*+(?:(?:\r?\n|\\n)[ \t]*+)?|(?:\r?\n|\\n)[ \t]*+)|[ \t]++")
_TRIGGER = codecache.compile(rf"(?:{_MARKS_NAMED}|{_MARKS_NUMBERED}|(?<![\p{{L}}])(?:{alternation(_TOWNS)}))(?![\p{{L}}])")
_START = codecache.compile(r"(?:(?<=\\n)|(?<![\p{L}\d-]))[\p{L}\d№]")  # a word's start, a JSON string's line too
_NAME_ZIPF = 3.0  # a town between a run's units: "эрдэнэт" 0; "привет" 5.0, "теперь" 6.0
_MAX_PARTS = 10
_REACH = 200  # how far before a mark a run may open: a postcode, a country, a town, a district


def mn_spans(text: str) -> list[tuple[int, int]]:
    """The runs of marked units in ``text`` that are addresses, as (start, end)."""
    spans: list[tuple[int, int]] = []
    for trigger in _TRIGGER.finditer(text):
        if spans and trigger.start() < spans[-1][1]:
            continue
        floor = spans[-1][1] if spans else 0
        for start in _starts(text, max(floor, trigger.start() - _REACH), trigger.start()):
            span = _run(text, start)
            if span is not None and span[1] > trigger.start():
                spans.append(span)
                break
    return spans


def _starts(text: str, low: int, high: int) -> list[int]:
    """Where a run may open from ``low`` to ``high``, earliest first: a word's start."""
    return [m.start() for m in _START.finditer(text, low, high + 1)]


def _run(text: str, start: int) -> tuple[int, int] | None:
    """The address run opening at ``start``, or None."""
    parts: list[tuple[str, int, int]] = []
    pos = start
    while len(parts) < _MAX_PARTS:
        m = _PART.match(text, pos)
        if m is None:
            break
        kind = m.lastgroup if m.lastgroup != "code" else "town"
        if kind == "name" and zipf(m.group().casefold(), "ru") >= _NAME_ZIPF:
            break
        parts.append((kind, m.start(), m.end()))
        sep = _SEP.match(text, m.end())
        if sep is None:
            break
        pos = sep.end()
    while parts and parts[-1][0] == "name":  # a name at either end is a sentence's or a person's
        parts.pop()
    if not parts or parts[0][0] == "name":
        return None
    kinds = [k for k, _, _ in parts]
    strong = kinds.count("strong") + kinds.count("town")
    marked = strong + kinds.count("weak")
    coded = parts[0][0] == "town" and _PART.match(text, parts[0][1]).group("code") is not None
    if strong and marked >= 2 or coded:
        return parts[0][1], parts[-1][2]
    return None
