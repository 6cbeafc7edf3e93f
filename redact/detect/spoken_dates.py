"""Dates said aloud, for ``redact.detect.spoken``: a day, a month and a year as people say or
chat them, in English ("October the fourth, two thousand and two", "the 4th of Oct '02",
"fourth October oh two") and Russian ("четвёртого октября две тысячи второго года",
"пятого третьего восемьдесят девятого", "4-го октября 2002 г."). The grammar finds the
shape; number-parser reads the day and the year, and a span is a date only when they make a
real date ("the thirtieth of February" is none; a year said by its last two digits,
"seventy-two", "нулевого", may be of either century). Whether it is a birth date is the
recognizer's call, by its cue.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import Any

import regex
from number_parser import parse_number, parse_ordinal
from number_parser.data import en as _NP_EN
from number_parser.data import ru as _NP_RU

__all__ = ["NUMBER_KEYS", "Compiler", "SpokenDates", "alternation"]

# what makes the grammars of a pack's words: ``regex.compile``, or for the built-in packs'
# ``codecache.compile`` (kept compiled between runs)
Compiler = Callable[..., regex.Pattern]
NUMBER_KEYS = ("UNIT_NUMBERS", "DIRECT_NUMBERS", "TENS", "HUNDREDS", "BIG_POWERS_OF_TEN")
_RU_ORDINAL_END = "(?:ьего|ьему|ьим|ьем|ого|его|ому|ему|ый|ий|ой|ое|ее|ом|ем|ая|яя|ую|ья|ье)"


def alternation(words: Any) -> str:
    """Words as one regex alternation, longest first, a space matching any run of them."""
    ordered = sorted({str(w).lower() for w in words}, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered) or "(?!)"


@dataclass
class SpokenDates:
    """The date grammars of both languages, compiled once per engine."""

    months: frozenset[str]  # month names and their short forms, to look for a date by
    month_numbers: dict[str, int]
    ru_ordinals: dict[str, int]  # Russian ordinal stems: number-parser reads cardinals only
    # compiled when a text first holds a birth cue or a month, not with the engine
    english: Callable[[], regex.Pattern]
    russian: Callable[[], regex.Pattern]

    @classmethod
    def build(cls, spoken: dict[str, Any], compile: Compiler = regex.compile) -> "SpokenDates":  # noqa: A002
        """The grammars of ``spoken``'s words, each made by ``compile`` when first used."""
        names = {lang: [str(m).lower() for m in ms] for lang, ms in (spoken.get("months") or {}).items()}
        short = {str(m).lower(): int(n) for table in (spoken.get("months_short") or {}).values()
                 for m, n in table.items()}
        num_en = alternation(w for k in NUMBER_KEYS for w in _NP_EN.info[k])
        num_ru = alternation(w for k in NUMBER_KEYS for w in _NP_RU.info[k]).replace("е", "[её]")
        month_en = alternation(names.get("en", [])) + rf"|(?:{alternation(short)})\.?"
        # "twenty-first", "21st", "21", and a cardinal day as people say it after a month
        # ("March twelve", "June twenty-one")
        units = alternation(w for w, n in _NP_EN.info["UNIT_NUMBERS"].items() if n)
        tens = alternation(w for w, n in _NP_EN.info["TENS"].items() if n <= 30)
        day = rf"(?:{tens})(?:[- ](?:{units}))?|{alternation(_NP_EN.info['DIRECT_NUMBERS'])}|{units}"
        ord_word = rf"(?:(?&num_en)[- ])?[a-z]+(?:st|nd|rd|th)|\d{{1,2}}(?:st|nd|rd|th)?|{day}"
        # "nineteen fifty-six", "two thousand and two", "oh two", "2002", "'02"
        year_word = r"(?:(?&num_en)|oh)"
        year = rf"{year_word}(?:(?:[- ]|\s+and\s+){year_word}){{0,4}}|\d{{4}}|['’]?\d{{2}}"
        english = (
            rf"(?i)(?<!\w)(?:(?:the\s+)?(?P<d1>{ord_word})\s+(?:of\s+)?(?P<m1>(?&month_en))"
            rf"|(?P<m2>(?&month_en)),?\s+(?:the\s+)?(?P<d2>{ord_word}))(?!\w)[\s,]+(?:(?:in|of)\s+)?(?P<y>{year})(?!\w)"
            rf"(?(DEFINE)(?P<num_en>{num_en})(?P<month_en>{month_en}))")
        ord_ru = rf"(?:(?&num_ru)\s+){{0,3}}[а-яё]+{_RU_ORDINAL_END}"
        day_ru = rf"{ord_ru}|\d{{1,2}}(?:-?(?:го|е|ое))?"
        month_ru = alternation(names.get('ru', []))
        # the day first ("пятого марта", "пятого третьего") or the month ("марта пятого")
        russian = (
            rf"(?i)(?<!\w)(?:(?P<d1>{day_ru})\s+(?:(?P<m1>(?&month_ru))|(?P<m2>[а-яё]+(?:ого|его)))"
            rf"|(?P<m1>(?&month_ru))\s+(?P<d1>{day_ru}))\s+"
            rf"(?P<y>{ord_ru}|(?:(?&num_ru)\s+){{1,3}}(?&num_ru)|(?:\d{{2}}){{1,2}}-?го|\d{{4}})"
            rf"(?:\s+(?:года|год|г\.))?(?!\w)(?(DEFINE)(?P<num_ru>{num_ru})(?P<month_ru>{month_ru}))")
        return cls(frozenset(m for ms in names.values() for m in ms) | set(short),
                   {m: i + 1 for ms in names.values() for i, m in enumerate(ms)} | short,
                   {str(k): int(v) for k, v in (spoken.get("ordinals_ru") or {}).items()},
                   cache(lambda: compile(english)), cache(lambda: compile(russian)))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where dates are said in ``text``."""
        found = []
        for pattern, read in ((self.english(), self._end_en), (self.russian(), self._end_ru)):
            for m in pattern.finditer(text):
                end = read(m)
                if end is not None:
                    found.append((m.start(), end))
        return found

    def _end_en(self, m: regex.Match) -> int | None:
        """Where a spoken English date ends, or None when it is no day of a month of a year
        ("the thirtieth of February" is none)."""
        day = _ordinal(m["d1"] or m["d2"])
        month = self.month_numbers.get((m["m1"] or m["m2"]).lower().rstrip("."))
        words = list(regex.finditer(r"[a-z]+|\d+", m["y"].lower()))
        for n in range(len(words), 0, -1):  # the longest run of words that is a year
            year = _year(" ".join(w.group() for w in words[:n]))
            if year is not None:
                return m.start("y") + words[n - 1].end() if _real(day, month, year) else None
        return None

    def _end_ru(self, m: regex.Match) -> int | None:
        """Where a spoken Russian date ends: its month named or its number said as an
        ordinal ("пятого третьего восемьдесят девятого"), its year an ordinal ("второго",
        "нулевого"), said as a cardinal too ("две тысячи два") or written ("1989", "89-го");
        its day said or written ("4-го"); None when it is no day of a month of a year."""
        digits = regex.match(r"\d+", m["d1"])
        day = int(digits.group()) if digits else self._ru_number(m["d1"])
        month = self._ru_number(m["m2"]) if m["m2"] else self.month_numbers.get(m["m1"].lower())
        year_said = m["y"]
        if year_said[:2].isdigit():  # "1989", "89-го", "1989-го"
            year = int(regex.match(r"\d+", year_said).group())
            year = year if year < 100 or 1900 <= year <= 2100 else None
        else:
            year = self._ru_number(year_said)  # "восемьдесят третьего", "нулевого"
            if year is not None and m["m2"] and year < 10:
                year = None  # "пятого шестого седьмого": ordinals in a row
            if year is None:
                cardinal = parse_number(year_said.lower().replace("ё", "е"), "ru")
                year = cardinal if cardinal is not None and 1900 <= cardinal <= 2100 else None
        return m.end() if year is not None and _real(day, month, year) else None

    def _ru_number(self, words: str) -> int | None:
        """A Russian ordinal ("восемьдесят третьего" 83), its cardinal part by number-parser."""
        *head, last = words.lower().replace("ё", "е").split()
        stem = regex.sub(_RU_ORDINAL_END + "$", "", last)
        value = self.ru_ordinals.get(stem)
        if value is None:
            return None
        if head:
            cardinal = parse_number(" ".join(head), "ru")
            if cardinal is None:
                return None
            value += cardinal
        return value


def _real(day: int | None, month: int | None, year: int) -> bool:
    """A day of a month of a year; a year said by its last two digits ("seventy-two",
    "нулевого") is of either century."""
    if day is None or month is None or not (year < 100 or 1900 <= year <= 2100):
        return False
    for full in ((1900 + year, 2000 + year) if year < 100 else (year,)):
        try:
            date(full, month, day)
            return True
        except ValueError:
            continue
    return False


@lru_cache(maxsize=1024)
def _ordinal(words: str) -> int | None:
    words = words.lower().strip()
    if regex.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", words):
        return int(regex.match(r"\d+", words).group())
    try:
        return parse_ordinal(words, "en")
    except (ValueError, KeyError, IndexError):
        return None


@lru_cache(maxsize=1024)
def _year(words: str) -> int | None:
    """A year said aloud: "nineteen fifty-six", "seventy-four", "two thousand and four",
    "twenty oh two", "oh five", "'05"; a lone digit word is none ("May 9, two days")."""
    if regex.fullmatch(r"['’]?\d{2}|\d{4}", words):
        return int(words.lstrip("'’"))
    parts = words.replace("-", " ").split()
    try:
        whole = parse_number(" ".join(parts), "en")
        if whole is not None and 1900 <= whole <= 2100:
            return whole
        for cut in range(len(parts)):
            head = parse_number(" ".join(parts[:cut]), "en") if cut else None
            tail = _two_digits(parts[cut:])
            if tail is not None and (not cut or head in (19, 20)):
                return (head or 0) * 100 + tail
    except (ValueError, KeyError, IndexError):
        return None
    return None


def _two_digits(parts: list[str]) -> int | None:
    """The last two digits of a year: "fifty-six", "oh two"."""
    if len(parts) == 2 and parts[0] in ("oh", "o"):
        digit = parse_number(parts[1], "en")
        return digit if digit is not None and digit < 10 else None
    number = parse_number(" ".join(parts), "en")
    return number if number is not None and 10 <= number < 100 else None
