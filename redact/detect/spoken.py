"""Spoken forms, as speech-to-text writes them: phone numbers said digit by digit ("oh
seven double five, uh, three one two"; "восемь девятьсот двенадцать, триста сорок пять"),
emails said aloud ("tom dot reyes at outlook dot com", "ivan точка petrov собака mail точка
ru") or spelled ("that's t-o-m"), and dates said aloud after a birth cue ("born on the
fifth of March seventy-nine"). Each spoken span is one finding.

Number words are read by number-parser (English and Russian cardinals); the result is
checked as the written form is: a phone by libphonenumber, a card by Luhn, an email by the
email validator. The words around the numbers (fillers, "dot", "собака", Russian ordinals)
are the ``spoken`` list of a rule pack (rules/spoken.yaml); the birth and phone cues are
the cue table's (rules/cues.yaml). A text holding none of the words costs one search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import phonenumbers
import regex
from number_parser import parse as parse_numbers
from number_parser import parse_number, parse_ordinal
from number_parser.data import en as _NP_EN
from number_parser.data import ru as _NP_RU
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from redact.detect.phones import REGIONS
from redact.detect.validators import email_public, luhn

__all__ = ["SpokenRecognizer", "SpokenWords"]

_NP_KEYS = ("UNIT_NUMBERS", "DIRECT_NUMBERS", "TENS", "HUNDREDS", "BIG_POWERS_OF_TEN")
_REGIONS = REGIONS + ("IE", "ES", "IT", "NL")  # mobiles read out from more places
_MIN_DIGITS, _MIN_CUED_DIGITS = 9, 7  # a phone said without a cue, and after one
_CUE_WINDOW = 48  # characters before a spoken value where its cue may stand
_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
_EMAIL = regex.compile(r"[a-z0-9](?:[a-z0-9._%+-]{0,63})@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-zрф]{2,6}")
_SPELLED = regex.compile(r"(?<![\w'’-])[A-Za-z](?:(?:[-–—]|\.|,?\s)[A-Za-z]){2,}(?![\w-])")
_UNITS = {w: n for data in (_NP_EN, _NP_RU) for w, n in data.info["UNIT_NUMBERS"].items()} | {
    "zero": 0}
_SPACES = str.maketrans(dict.fromkeys(",.;:!?…–—\"()", " ") | {"ё": "е"})
_YO = str.maketrans("ёЁ", "еЕ")  # number-parser spells "четырех": the same length
_ELLIPSIS = regex.compile(r"\.{3,}|…")
_AT_DOMAIN = regex.compile(r" at [a-z0-9-]+\.[a-z]")  # "tom at gmail.com"
_RU_ORDINAL_END = "(?:ьего|ьему|ьим|ьем|ого|его|ому|ему|ый|ий|ой|ое|ее|ом|ем|ая|яя|ую|ья|ье)"


def _alt(words: Any) -> str:
    ordered = sorted({str(w).lower() for w in words}, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered) or "(?!)"


@dataclass
class SpokenWords:
    """The vocabulary of both languages, compiled once per engine."""

    numbers: frozenset[str]  # number words of both languages, "oh", "double", "plus"
    zero: frozenset[str]
    repeat: dict[str, int]
    plus: frozenset[str]
    fillers: frozenset[str]
    counts: frozenset[str]
    gap_words: int
    months: dict[str, int]
    ru_ordinals: dict[str, int]
    token: re.Pattern  # re's alternation is several times faster than regex's here
    email: regex.Pattern
    date_en: regex.Pattern
    date_ru: regex.Pattern
    spelling: regex.Pattern
    tlds: frozenset[str]
    words_at: dict[str, str]  # spoken "dot", "at", ... -> the character
    email_needs: tuple[str, ...]  # a spoken email says one of these
    weak_dots: frozenset[str]  # words said for a dot that are common words too
    common_tlds: frozenset[str]  # the only TLDs said after a weak dot

    @classmethod
    def build(cls, spoken: dict[str, Any]) -> "SpokenWords":
        def both(key: str) -> list[str]:
            value = spoken.get(key) or {}
            return [str(w).lower() for ws in value.values() for w in ws] \
                if isinstance(value, dict) else [str(w).lower() for w in value]

        numbers = {w.replace("ё", "е") for data in (_NP_EN, _NP_RU)  # "million" is no digit
                   for k in _NP_KEYS for w, n in data.info[k].items() if n < 1000}
        zero, plus = frozenset(both("zero")), frozenset(both("plus"))
        repeat = {str(w): int(n) for table in (spoken.get("repeat") or {}).values()
                  for w, n in table.items()}
        numbers |= zero | plus | set(repeat)
        months = {str(m).lower(): i % 12 + 1 for lang in ("en", "ru")
                  for i, m in enumerate((spoken.get("months") or {}).get(lang, []))}
        ru_ordinals = {str(k): int(v) for k, v in (spoken.get("ordinals_ru") or {}).items()}
        # a number word, "oh", "double", "plus": as a whole word, hyphen parts included
        token = re.compile(r"(?<![\w-])(?:" + _alt(numbers) + r")(?!\w)", re.IGNORECASE)
        words_at = {w: c for key, c in (("dot", "."), ("at", "@"), ("underscore", "_"),
                                        ("dash", "-")) for w in both(key)}
        def sep(key: str, char: str = "") -> str:
            """A spoken separator, bare or bracketed ("at", "(at)", "[dot]"), or ``char``."""
            said = rf"(?:,?\s+|\s*[(\[{{<]\s*)(?:{_alt(both(key))})(?:,?\s+|\s*[)\]}}>]\s*)"
            return f"(?:{said}|{re.escape(char)})" if char else f"(?:{said})"

        # a label, or letters spelled one by one ("t-o-m", "t–o–m", "t o m", "t.o.m", "t, o, m")
        label = r"(?:[a-z](?:(?:[-–—]|\.|,?\s)[a-z]){2,}(?![a-z])|[a-z0-9]+(?:-[a-z0-9]+)*)"
        dot, at = sep("dot", "."), sep("at")
        inner = rf"(?:{dot}|{sep('underscore', '_')}|{sep('dash')})"
        email = regex.compile(
            rf"(?i)(?<![\w.@'’-]){label}(?:{inner}{label}){{0,3}}{at}{label}(?:{dot}{label}){{1,3}}(?![\w@/:-])")
        num_en = _alt(w for data in (_NP_EN,) for k in _NP_KEYS for w in data.info[k])
        num_ru = _alt(w for k in _NP_KEYS for w in _NP_RU.info[k]).replace("е", "[её]")
        month_en = _alt((spoken.get("months") or {}).get("en", []))
        ord_word = rf"(?:(?:{num_en})[- ])?[a-z]+(?:st|nd|rd|th)|\d{{1,2}}(?:st|nd|rd|th)?"
        year = rf"(?:(?:{num_en}|oh)(?:[- ](?=[a-z]))?){{1,4}}(?<![- ])|\d{{4}}|'?\d{{2}}"
        date_en = regex.compile(
            rf"(?i)(?<!\w)(?:(?:the\s+)?(?P<d1>{ord_word})\s+(?:of\s+)?(?P<m1>{month_en})"
            rf"|(?P<m2>{month_en})\s+(?:the\s+)?(?P<d2>{ord_word}))(?!\w)[\s,]+(?P<y>{year})(?!\w)")
        month_ru = _alt((spoken.get("months") or {}).get("ru", []))
        ord_ru = rf"(?:(?:{num_ru})\s+){{0,3}}[а-яё]+{_RU_ORDINAL_END}"
        date_ru = regex.compile(
            rf"(?i)(?<!\w)(?P<d1>{ord_ru})\s+(?P<m1>{month_ru})\s+"
            rf"(?P<y>{ord_ru})(?:\s+года)?(?!\w)")
        spelling = regex.compile(r"(?i)(?:" + _alt(both("spelling")) + r")\W{0,3}$")
        return cls(frozenset(numbers), zero, repeat, plus, frozenset(both("fillers")),
                   frozenset(both("counts")), int(spoken.get("gap_words", 3)), months,
                   ru_ordinals, token, email, date_en, date_ru, spelling,
                   frozenset(map(str, spoken.get("tlds") or [])), words_at,
                   tuple(w for w in both("dot") + both("at") if w != "at")
                   + tuple(b.format(w) for w in both("at") for b in ("({})", "[{}]")),
                   frozenset(both("weak_dot")), frozenset(map(str, spoken.get("common_tlds") or [])))


class SpokenRecognizer(EntityRecognizer):
    """Phones, cards, emails and birth dates said aloud. Dates said aloud without a birth
    cue are DATE_TIME, reported only when dates are asked for."""

    def __init__(self, supported_language: str, words: SpokenWords,
                 cues: dict[str, tuple[str, ...]], dates: bool = False) -> None:
        super().__init__(supported_entities=["PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH",
                                             "CREDIT_CARD", "SPELLED_OUT", "DATE_TIME"],
                         name="spoken", supported_language=supported_language)
        self.words = words
        self.cues = {k: regex.compile(r"(?i)(?<!\w)(?:" + _alt(v) + r")(?![^\W\d])")
                     for k, v in cues.items()}
        self.dates = dates
        self.birth_words = re.compile("|".join(map(re.escape, _fewest(cues.get("DATE_OF_BIRTH", ())))) or "(?!)")

    def load(self) -> None:  # the vocabulary is compiled by the engine
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Each kind of spoken value is looked for only where the words it needs are: a
        spoken "dot" or "at", a birth cue (or a month, with dates asked for), three number
        words. Most texts have none: they cost a lowercasing, a split and a few substring
        searches."""
        low = text.lower()
        out: list[tuple[int, int, str, float]] = []
        if any(w in low for w in self.words.email_needs) or " at " in low and _AT_DOMAIN.search(low):
            out += self._emails(text)
        if _SPELLED.search(text):
            out += self._spelled(text, out)
        if self.birth_words.search(low) or self.dates and any(
                m in low for m in self.words.months):
            out += self._dates(text)
        words = low.translate(_SPACES).split()
        if len(words) >= 3 and sum(map(self.words.numbers.__contains__, words)) >= 3:
            out += self._numbers(text, out)
        return [self._result(*f) for f in out]

    def _result(self, start: int, end: int, entity: str, score: float) -> RecognizerResult:
        return RecognizerResult(entity, start, end, score,
                                analysis_explanation=AnalysisExplanation(self.name, score),
                                recognition_metadata={
                                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})

    def _cued(self, text: str, start: int, category: str) -> bool:
        cue = self.cues.get(category)
        return bool(cue and cue.search(text, max(0, start - _CUE_WINDOW), start))

    # -- emails ---------------------------------------------------------------------------
    def _emails(self, text: str) -> list[tuple[int, int, str, float]]:
        found = []
        for m in self.words.email.finditer(text):
            address = self._address(m.group())
            if address and _EMAIL.fullmatch(address) and email_public(address):
                found.append((m.start(), m.end(), "EMAIL_ADDRESS", 0.8))
        return found

    def _spelled(self, text: str, taken: list[tuple[int, int, str, float]]
                 ) -> list[tuple[int, int, str, float]]:
        """Letters spelled after "that's" or "по буквам": the email's they follow, or a
        name's or a handle's (OTHER); apart by spaces only after an email ("it's a b a" is
        prose)."""
        emails = [f for f in taken if f[2] == "EMAIL_ADDRESS"]
        found = []
        for m in _SPELLED.finditer(text):
            if (emails or not regex.search(r"\s", m.group())) and self.words.spelling.search(
                    text, max(0, m.start() - 20), m.start()) and not any(
                    s <= m.start() < e for s, e, *_ in taken):
                found.append((m.start(), m.end(), "EMAIL_ADDRESS" if emails else "SPELLED_OUT", 0.6))
        return found

    def _address(self, spoken: str) -> str | None:
        """The written address of a spoken one, or None when its last label is no TLD."""
        parts = [p for p in (w.strip("()[]{}<>,") for w in regex.split(r"[\s(\[{<)\]}>]+", spoken)) if p]
        out, i = [], 0
        while i < len(parts):
            two = " ".join(parts[i:i + 2]).lower()
            one = parts[i].lower()
            if two in self.words.words_at:
                out.append(self.words.words_at[two])
                i += 2
                continue
            if one in self.words.words_at and 0 < i < len(parts) - 1:
                out.append(self.words.words_at[one])
            else:  # a spelled word: "t-o-m"
                out.append(regex.sub(r"[-–—.]", "", one) if regex.fullmatch(r"\w(?:[-–—.]\w)+", one)
                           else one)
            i += 1
        address, tld = "".join(out), "".join(out).rsplit(".", 1)[-1]
        # "point" and "period" are said for a dot too, and "at this point in" is prose; commas
        # are said between letters and after a dot ("точка, ru"), and close prose clauses
        weak = any(p.lower() in self.words.weak_dots for p in parts) or "," in spoken
        return address if tld in (self.words.common_tlds if weak else self.words.tlds) else None

    # -- dates ----------------------------------------------------------------------------
    def _dates(self, text: str) -> list[tuple[int, int, str, float]]:
        found = []
        for pattern, read in ((self.words.date_en, self._date_en), (self.words.date_ru, self._date_ru)):
            for m in pattern.finditer(text):
                end = read(m)
                if end is None:
                    continue
                if self._cued(text, m.start(), "DATE_OF_BIRTH"):
                    found.append((m.start(), end, "DATE_OF_BIRTH", 0.9))
                elif self.dates:
                    found.append((m.start(), end, "DATE_TIME", 0.6))
        return found

    def _date_en(self, m: regex.Match) -> int | None:
        """Where a spoken English date ends, or None when its day or year is no number."""
        day = _ordinal(m["d1"] or m["d2"])
        if not day or not 1 <= day <= 31:
            return None
        words = list(regex.finditer(r"[a-z]+|\d+", m["y"].lower()))
        for n in range(len(words), 0, -1):  # the longest run of words that is a year
            if _year(" ".join(w.group() for w in words[:n])) is not None:
                return m.start("y") + words[n - 1].end()
        return None

    def _date_ru(self, m: regex.Match) -> int | None:
        if not 1 <= (self._ru_number(m["d1"]) or 0) <= 31:
            return None
        return m.end() if self._ru_number(m["y"]) else None

    def _ru_number(self, words: str) -> int | None:
        """A Russian ordinal ("восемьдесят третьего" 83), its cardinal part by number-parser."""
        *head, last = words.lower().replace("ё", "е").split()
        stem = regex.sub(_RU_ORDINAL_END + "$", "", last)
        value = self.words.ru_ordinals.get(stem)
        if value is None:
            return None
        if head:
            cardinal = parse_number(" ".join(head), "ru")
            if cardinal is None:
                return None
            value += cardinal
        return value

    # -- numbers --------------------------------------------------------------------------
    def _numbers(self, text: str, taken: list[tuple[int, int, str, float]]
                 ) -> list[tuple[int, int, str, float]]:
        found = []
        for run in self._runs(text):
            if any(s < run[-1][-1][1] and run[0][0][0] < e for s, e, *_ in taken):
                continue  # a spoken date or email holds these words
            found += self._best(text, run)
        return found

    def _runs(self, text: str) -> list[list[list[tuple[int, int]]]]:
        """Runs of pieces: a piece is number words with only punctuation between them,
        pieces of a run are apart by a few filler words."""
        runs: list[list[list[tuple[int, int]]]] = []
        last_end = -1
        for m in self.words.token.finditer(text.translate(_YO)):
            span = (m.start(), m.end())
            if runs and last_end >= 0:
                gap = _ELLIPSIS.sub(" ", text[last_end:span[0]])  # a pause: "oh eight... three"
                if regex.search(r"[.?!]\s|\n", gap):  # a sentence or a line ends
                    runs.append([[span]])
                elif not gap.strip(" ,-–—…;:"):
                    runs[-1][-1].append(span)
                elif self._filler_gap(gap, lone=self._lone(text, span)):
                    runs[-1].append([span])
                else:
                    runs.append([[span]])
            else:
                runs.append([[span]])
            last_end = span[1]
        return [r for r in runs if sum(map(len, r)) >= 3]

    def _lone(self, text: str, span: tuple[int, int]) -> bool:
        """Whether a number word stands alone: no number word follows it ("the best one")."""
        return self.words.token.match(text, span[1] + 1) is None and \
            self.words.token.match(text, span[1] + 2) is None

    def _filler_gap(self, gap: str, lone: bool = False) -> bool:
        """Whether the words between two pieces are said between the groups of one
        number: fillers, and one other short word unless a lone word follows."""
        if "\n" in gap:
            return False
        words = regex.findall(r"\S+", gap.strip(" ,.;:-–—…"))
        words = [w.strip(",.;:-–—…").lower() for w in words]
        words = [w for w in words if w]  # a dash between groups: "восемь - вот - сорок"
        others = [w for w in words if w not in self.words.fillers]
        return len(words) <= self.words.gap_words + 1 and len(others) <= (0 if lone else 1) and all(
            regex.fullmatch(_WORD + "|'s|’s", w) and len(w) <= 8 for w in others)

    def _best(self, text: str, run: list[list[tuple[int, int]]]
              ) -> list[tuple[int, int, str, float]]:
        """The longest stretches of pieces whose digits make a valid phone or card."""
        pieces = [p for i, p in enumerate(run) if not self._count_word(text, run, i)]
        found, i = [], 0
        while i < len(pieces):
            for j in range(len(pieces), i, -1):
                start, end = pieces[i][0][0], pieces[j - 1][-1][1]
                digits = "".join(self._digits(text, p) or "?" for p in pieces[i:j])
                entity = self._validate(digits, self._cued(text, start, "PHONE"))
                if entity:
                    found.append((start, end, entity, 0.75))
                    i = j
                    break
            else:
                i += 1
        return found

    def _count_word(self, text: str, run: list[list[tuple[int, int]]], i: int) -> bool:
        """"the last four are": a one-word piece after a count word is no digit."""
        piece = run[i]
        before = text[max(0, piece[0][0] - 12):piece[0][0]].lower().split()
        return len(piece) == 1 and bool(before) and before[-1] in self.words.counts

    def _digits(self, text: str, piece: list[tuple[int, int]]) -> str | None:
        words: list[str] = []
        repeat = 1
        for s, e in piece:
            for w in text[s:e].lower().replace("ё", "е").split("-"):
                if w in self.words.repeat:
                    repeat = self.words.repeat[w]
                    continue
                w = "+" if w in self.words.plus else "zero" if w in self.words.zero else w
                words += [w] * repeat
                repeat = 1
        if _counting(words):
            return None
        lang = "ru" if any("а" <= c <= "я" for w in words for c in w) else "en"
        try:
            parsed = parse_numbers(" ".join(words), lang)
        except (ValueError, KeyError, IndexError):
            return None
        digits = "".join(regex.findall(r"\+|\d", parsed))
        return digits if regex.fullmatch(r"\+?\d+", digits) else None

    @staticmethod
    def _validate(digits: str, cued: bool) -> str | None:
        if "?" in digits or "+" in digits[1:]:
            return None
        count = len(digits.lstrip("+"))
        if 13 <= count <= 19 and luhn(digits):
            return "CREDIT_CARD"
        if count < (_MIN_CUED_DIGITS if cued else _MIN_DIGITS) or count > 15:
            return None
        return "PHONE_NUMBER" if _phone(digits, cued) else None


def _fewest(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases none of the others is part of: "birth" stands for "date of birth"."""
    low = {p.lower() for p in phrases}
    return tuple(sorted(p for p in low if not any(q != p and q in p for q in low)))


def _counting(words: list[str]) -> bool:
    """"one, two, three, four, five": counting aloud, five digit words in a row up or down."""
    d = [_UNITS.get(w) for w in words]
    return any(all(d[i + k] is not None and d[i + k + 1] is not None
                   and d[i + k + 1] - d[i + k] == step for k in range(4))
               for step in (1, -1) for i in range(len(d) - 4))


def _phone(digits: str, cued: bool) -> bool:
    for region in _REGIONS:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) or cued and phonenumbers.is_possible_number(number):
            return True
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
    """A year said aloud: "nineteen fifty-six", "seventy-four", "two thousand four",
    "oh five"."""
    if regex.fullmatch(r"\d{2}|\d{4}", words):
        return int(words)
    words = words.replace("-", " ")
    parts = words.split()
    if parts and parts[0] in ("oh", "o") and len(parts) == 2:
        words, parts = parts[1], parts[1:]
    try:
        whole = parse_number(words, "en")
        if whole is not None and (whole < 100 or 1900 <= whole <= 2100):
            return whole
        for cut in range(1, len(parts)):
            head, tail = parse_number(" ".join(parts[:cut]), "en"), \
                parse_number(" ".join(parts[cut:]), "en")
            if head in (19, 20) and tail is not None and tail < 100:
                return head * 100 + tail
    except (ValueError, KeyError, IndexError):
        return None
    return None
