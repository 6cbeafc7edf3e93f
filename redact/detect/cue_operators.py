"""A phone named by its mobile operator: "Alfa number of the yard 81 155 216", "my Vodafone
no. 0722 123 456", "номер МТС 8 916 123-45-67", "Safaricom line 0712 345678".

People who carry two SIMs, or who live where one operator's numbers are another's price,
name a number by its network: the operator's name before "number", "no.", "line" or
"номер" says the digits are a phone's, a short local number of seven or eight digits as
well. The names come from libphonenumber's carrier table (``phonenumbers.carrierdata``,
the operators of every numbering plan, in English and in Cyrillic), a pack's own list
adds the brands it lacks or spells otherwise ("Telcel", "Теле2"). A brand written as no
word is ("TashiCell", "B-Mobile") says it alone: "TashiCell: 17-652210". A name that is a
frequent word ("Next", "Total", "Home", "Центр") is left out unless the pack lists it,
and so is a thing's noun (``cue_refs: not_nouns``): "order number 12345678" stays.

The rows are ordinary cue rows (``redact.detect.cues``): the names are their nouns, the
pack's companions theirs, and a few words of where or whose may stand before the digits
("of the yard"), the phone's shape being the handover.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import regex

from redact.errors import ConfigError
from redact.detect.wordlike import small_zipf
from redact.morph import phrase_forms

__all__ = ["known_carriers", "operator_rows"]

_LANGUAGES = ("en", "ru", "uk", "be", "kk")  # the carrier table's names in Latin and Cyrillic
_COMMON = 5.0  # a name this frequent is a word first ("Next", "Total", "Home", "Центр")
# over the any-noun rows' "номер мегафона" (a number of a thing), which the name makes a phone
_SCORE = 0.62
_RARE = 3.0  # a longer name's first word is a brand alone when rarer ("Digicel", not "China")
_WORDS = ("en", "es", "fr", "pt", "de", "ru")
# what a carrier's name carries besides its brand: a legal form, a bracketed owner
_LEGAL = regex.compile(r"\([^)]*\)|(?<![^\W_])(?:ООО|ОАО|ЗАО|ПАО|АО|LLC|Ltd|Limited|Inc|AB|"
                       r"S\.A\.?|B\.V\.?|GmbH|Spa|s\.r\.o|d\.o\.o|a\.s)(?:\.|(?![^\W_]))")
_BRAND = regex.compile(r"[^\W\d_][\w&-]{1,23}(?:[ ][^\W\d_][\w&-]{1,23})?")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
# a brand no word of any language is written as, one word with a capital inside or letters
# apart by a dash ("TashiCell", "BMobile", "B-Mobile"): it names a phone's network by itself,
# no "number" after it ("TashiCell: 17-652210")
_MARKED = regex.compile(r"(?=[\w-]*(?:[^\W\d_]-[^\W\d_]|\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}))[^\W\d_][\w-]{2,23}")
# an owner's name after the brand: "TashiCell of Tashi InfoComm", "B-Mobile of Bhutan Telecom"
_OWNER = regex.compile(r"[ ]of[ ].*")
_rule_carriers: list[str] | None = None  # while rule packs are read (``known_carriers``)


@contextmanager
def known_carriers(known: list[str]) -> Iterator[None]:
    """While rule packs are read: the brands are ``known`` (a rule cache's, sorted), worked
    out into it when it is empty, so that a run's start reads neither the carrier table nor
    six languages' word lists (0.7 s, and the lists' memory) to make the same names."""
    global _rule_carriers
    _rule_carriers = known
    try:
        yield
    finally:
        _rule_carriers = None


def operator_rows(data: dict[str, Any], where: str) -> list[dict[str, Any]]:
    """The pack's ``cue_operators`` section as cue rows: one of Latin names, one of
    Cyrillic ones (read in every case: "номер мегафона"); none without a section."""
    section = data.get("cue_operators")
    if section is None:
        return []
    companions = section.get("companions") if isinstance(section, dict) else None
    if not isinstance(companions, list) or not companions:
        raise ConfigError(f"{where}: cue_operators needs a list of companions")
    listed = tuple(map(str, section.get("names") or ()))
    things = {str(w).casefold() for ws in ((data.get("cue_refs") or {}).get("not_nouns") or {}).values()
              for w in ws}
    names = sorted({n for n in (*_brands(), *listed) if n.casefold() not in things} - {""})
    row = {"category": "PHONE", "entity": "PHONE_NUMBER", "shapes": ["phone"], "open_gap": True,
           "score": _SCORE,
           "companions": [str(c) for c in companions], "language": "operators"}
    latin = [n for n in names if not _CYRILLIC.search(n)]
    cyrillic = sorted({f for n in names if _CYRILLIC.search(n) for f in phrase_forms(n)})
    marked = {**row, "language": "marked_operators",
              "phrases": [n for n in latin if _MARKED.fullmatch(n)]}
    return [{**row, "nouns": latin}, marked,
            {**row, "language": "ru_operators", "nouns": cyrillic}][: 3 if cyrillic else 2]


def _brands() -> frozenset[str]:
    """The carrier table's brands, from the rule cache while rule packs are read."""
    if _rule_carriers is None:
        return _carriers()
    if not _rule_carriers:
        _rule_carriers.extend(sorted(_carriers()))
    return frozenset(_rule_carriers)


@lru_cache(maxsize=1)
def _carriers() -> frozenset[str]:
    """The brands of the carrier table: a name of one or two words, its legal form and
    owner left out, or a longer name's first word where English has no such word."""
    from phonenumbers.carrierdata import CARRIER_DATA  # 1 MB, read only to fill the cache

    out = set()
    for names in CARRIER_DATA.values():
        for lang in _LANGUAGES:
            name = names.get(lang)
            if not name:
                continue
            for part in name.split("/"):
                words = " ".join(_OWNER.sub("", _LEGAL.sub(" ", part)).split())
                if _BRAND.fullmatch(words):
                    out.add(words)
                first = words.split(" ", 1)[0]
                if _BRAND.fullmatch(first) and _frequency(first) < _RARE:
                    out.add(first)
    return frozenset(n for n in out if _frequency(n) < _COMMON)


def _frequency(word: str) -> float:
    """How often a word is written in the languages the table's names borrow from."""
    return max(small_zipf(word, lang) for lang in _WORDS)
