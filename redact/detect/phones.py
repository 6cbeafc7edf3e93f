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
        if not _DIGITS.search(text) or not _CANDIDATE.search(text):  # a digit: one cheap scan
            return []
        found: dict[tuple[int, int], RecognizerResult] = {}
        for region in self.regions:
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
                score = 0.75 if valid else 0.4
                found[span] = RecognizerResult(
                    "PHONE_NUMBER", match.start, match.end, score,
                    analysis_explanation=AnalysisExplanation(self.name, score),
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
        return list(found.values())

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
