"""Where a value is from, read from the value itself, so that its surrogate is from there
too: a UK postcode gives a UK address, a +44 number keeps +44, Cyrillic gives Russian."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

__all__ = ["Place", "place_of", "phone_prefix"]


@dataclass(frozen=True)
class Place:
    """A Faker locale and how an address there is written (``postcode``: the original had
    one, so the surrogate has one too)."""

    locale: str
    template: str = "{street}, {city}"
    postcode: bool = False


# Address postcodes, most telling first: (pattern, locale, template with the postcode)
_POSTCODES = (
    (r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", "en_GB", "{street}, {city} {postcode}"),
    (r"\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b", "en_CA", "{street}, {city}, {state} {postcode}"),
    (r"\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT) \d{4}\b", "en_AU", "{street}, {city} {state} {postcode}"),
    (r"\b[A-Z]{2} \d{5}(?:-\d{4})?\b", "en_US", "{street}, {city}, {state} {postcode}"),
    (r"(?i)\b(?:rue|avenue|boulevard|allée|impasse)\b.*\b\d{5}\b", "fr_FR",
     "{street}, {postcode} {city}"),
    (r"(?i)stra(?:ß|ss)e\b.*\b\d{5}\b|\b\d{5} [A-ZÄÖÜ]", "de_DE", "{street}, {postcode} {city}"),
)
_POSTCODES_RE = [(re.compile(p), locale, template) for p, locale, template in _POSTCODES]
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
# phone regions whose people write in a language Faker has names and places for
_REGIONS = {"GB": "en_GB", "US": "en_US", "CA": "en_CA", "AU": "en_AU", "IE": "en_IE",
            "NZ": "en_NZ", "IN": "en_IN", "DE": "de_DE", "AT": "de_AT", "CH": "de_CH",
            "FR": "fr_FR", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL",
            "RU": "ru_RU", "UA": "uk_UA", "BR": "pt_BR", "PT": "pt_PT", "SE": "sv_SE"}


def place_of(category: str, value: str, language: str | None) -> Place:
    """The place a value is from: its script, an address's postcode, a phone's region;
    else the segment's language (Russian or English)."""
    if language == "ru" or _CYRILLIC.search(value):
        return Place("ru_RU")
    if category in ("ADDRESS", "LOCATION"):
        for pattern, locale, template in _POSTCODES_RE:
            if pattern.search(value):
                return Place(locale, template, postcode=True)
    if category == "PHONE":
        region = _region(value)
        if region in _REGIONS:
            return Place(_REGIONS[region])
    return Place("en_US")


def phone_prefix(value: str) -> int:
    """How many leading digits a phone's surrogate keeps: an international number's country
    code (a +44 number stays a +44 number), else the trunk prefix (a 0)."""
    country_code = _country_code(value)
    if country_code:
        return len(str(country_code))
    return 2 if value.lstrip().startswith("+") else 1


def _country_code(value: str) -> int | None:
    if not value.lstrip().startswith("+"):
        return None
    try:
        return phonenumbers.parse(value, None).country_code
    except phonenumbers.NumberParseException:
        return None


def _region(value: str) -> str | None:
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.region_code_for_number(number)
