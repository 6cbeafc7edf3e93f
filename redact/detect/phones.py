"""Phone numbers through Google's libphonenumber, for many regions, not only the US."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.validators import years

__all__ = ["PhoneNumberRecognizer", "REGIONS"]

# Tried in order for numbers written without a country code; "+" numbers parse anywhere.
REGIONS = ("RU", "GB", "US", "DE", "FR", "IN", "AU", "UA", "KZ", "BY")
_DIGITS = re.compile(r"\d")
# What a kept match needs (see analyze): a "+" before a digit, or nine digits with at most
# three separators between any two. Text without one is not handed to the matcher, which
# is slow on prose full of small numbers ("Rule 1", "51 euros").
_CANDIDATE = re.compile(r"\+[^\w\n]{0,3}\d|(?:\d[^\w\n]{0,3}){8}\d")
_EXTENSION = re.compile(r",?\s*(?:ext\.?|x|доб\.?)\s*\d{1,6}$", re.I)
_DATE = re.compile(r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$")
_ISBN_CUE = re.compile(r"(?i)\bISBN(?:-1[03])?:?\s*$")
# Groups of a number written out with a transcript's note of a sound or a pause between
# them ("07403 [drill whirring] 076543", "8 916 (неразборчиво) 123 45 67", "... [laughs] ..."):
# the note, of up to five words, in any bracket, a pause's dots beside it or not
_GROUPS = r"\d(?:[ \t-]?\d){0,14}+"  # a number's digits: fifteen at most
_PAUSE = r"(?:(?:\.{2,3}|…)[ \t]*+)?"
_NOTE = rf"[ \t]*+{_PAUSE}[\[({{<][ \t]*+(?:[\w:.'’-]++[ \t]*+){{1,5}}[\])}}>][ \t]*+{_PAUSE}"
_NOTED = re.compile(rf"(?<![\w+])\+?{_GROUPS}(?:{_NOTE}{_GROUPS}){{1,4}}+(?![\w-])")
_NOTE_RE = re.compile(_NOTE)
_MIN_NOTED_DIGITS = 10  # a full national number: nine digits are an order's as often
_CONTEXT = [
    "phone", "mobile", "cell", "tel", "call", "text", "number", "whatsapp", "telegram",
    "телефон", "тел", "мобильн", "номер", "звон", "позвон", "сотов",
]


class PhoneNumberRecognizer(EntityRecognizer):
    """Valid numbers score 0.75; possible-but-unassigned ones (fiction and drama ranges)
    written with ten or more digits score 0.4, just at the default threshold, so that
    a lower threshold in a policy does not make every long digit run a phone."""

    def __init__(self, supported_language: str) -> None:
        super().__init__(
            supported_entities=["PHONE_NUMBER"], name="phonenumbers",
            supported_language=supported_language, context=_CONTEXT,
        )
        self.regions = ("RU",) + tuple(r for r in REGIONS if r != "RU") \
            if supported_language == "ru" else REGIONS

    def load(self) -> None:  # nothing to load: metadata ships with phonenumbers
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if not _DIGITS.search(text):  # a digit: one cheap scan
            return []
        found: dict[tuple[int, int], RecognizerResult] = {}
        for region in self.regions if _CANDIDATE.search(text) else ():
            for match in PhoneNumberMatcher(text, region, leniency=Leniency.POSSIBLE):
                span = (match.start, match.end)
                if span in found or any(a <= span[0] and span[1] <= b for a, b in found):
                    continue
                raw = match.raw_string
                digits = len(_DIGITS.findall(raw))
                valid = phonenumbers.is_valid_number(match.number)
                if digits < (9 if valid else 10) and not raw.startswith("+"):
                    continue  # short local numbers are order ids and amounts as often as phones
                if not self._looks_written_as_phone(raw, digits) or _is_isbn(text, match.start, raw):
                    continue
                found[span] = self._result(match.start, match.end, 0.75 if valid else 0.4)
        for start, end in self._noted(text):
            if not any(a < end and start < b for a, b in found):
                found[(start, end)] = self._result(start, end, 0.75)
        return list(found.values())

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            "PHONE_NUMBER", start, end, score,
            analysis_explanation=AnalysisExplanation(self.name, score),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )

    def _noted(self, text: str) -> list[tuple[int, int]]:
        """Digit groups with a note between them whose digits together are a valid
        number, ten digits at least, where it is dialled."""
        if not any(b in text for b in "[({<"):
            return []
        found = []
        for m in _NOTED.finditer(text):
            if not any(c.isalpha() for c in m.group()):
                continue  # "(020) 7946": the area code's brackets are the matcher's
            digits = "".join(_DIGITS.findall(m.group()))
            if len(digits) < _MIN_NOTED_DIGITS:
                continue
            joined = " ".join(_NOTE_RE.split(m.group()))
            for region in self.regions:
                try:
                    number = phonenumbers.parse(joined, region)
                except phonenumbers.NumberParseException:
                    continue
                if phonenumbers.is_valid_number(number):
                    found.append((m.start(), m.end()))
                    break
        return found

    @staticmethod
    def _looks_written_as_phone(raw: str, digits: int) -> bool:
        """Bare digit runs are ids and amounts as often as phones; a written phone has a
        "+", grouping, or the length of a full national number."""
        raw = _EXTENSION.sub("", raw)
        if _DATE.match(raw) or "." in raw:
            return False  # dates, versions and addresses are dotted; phones rarely are
        if years(raw):
            return False  # "2019 2020 2021"
        if raw.startswith("+") or re.search(r"[\s()-]", raw):
            return True
        return 10 <= digits <= 12


def _is_isbn(text: str, start: int, raw: str) -> bool:
    """A book's number, not a phone: named "ISBN", or thirteen digits from 978 or 979 with
    the ISBN check digit ("978-1-781-30763-2")."""
    if _ISBN_CUE.search(text, max(0, start - 12), start):
        return True
    digits = _DIGITS.findall(raw)
    if len(digits) != 13 or "".join(digits[:3]) not in ("978", "979"):
        return False
    return sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0
