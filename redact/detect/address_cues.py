"""What every match of an address pattern holds, found far cheaper than the pattern's own
search: a text without it skips the pattern. The regex module tries a pattern that opens
with a lookbehind or a long alternation at every character, and most texts hold no street;
most cues open with one character class (a space, a digit, a dash), which it skips to. A
cue is a necessary condition only: it may pass a text the pattern finds nothing in, never the
reverse, so no result changes. Each says why every match holds it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

import ahocorasick
import regex

from redact.detect import codecache
from redact.detect.address_words import (
    AFTER_TYPES, AU_STATES, BUILDINGS, DE_SUFFIXES, DE_WORDS, EN_TYPES, ESTATE_WORDS, HU_TYPES, NORDIC_WORDS, US_STATES,
    WELSH_TYPES, alternation)

__all__ = ["STREET_TYPE", "Cued", "Literals", "country_line", "de_house", "eircode_or_uk", "en_type", "gh_gps", "hu_house", "nordic_house",
           "hu_house_in", "inline_postcode", "jp_block", "kr_road", "military_or_box", "np_ward",
           "postcode_after_separator", "postcode_or_state", "welsh_type"]


class Cued(NamedTuple):
    """A pattern and its cue: ``finditer`` finds nothing in a text the cue does not pass."""

    pattern: regex.Pattern[str]
    cue: Callable[[str], object]

    def finditer(self, text: str, overlapped: bool = False) -> Iterator[regex.Match[str]]:
        return self.pattern.finditer(text, overlapped=overlapped) if self.cue(text) else iter(())


def _after(words: list[str]) -> Callable[[str], object]:
    """A word of ``words`` right before a house number, as the streets of German, Dutch,
    Nordic, Hungarian and Baltic write the type or its compound's end before the number
    ("Hauptstraße 5", "Fő utca 5."): a space and a digit, then the word looked back for."""
    return codecache.compile(rf"[ \t]\d(?<=(?:{alternation(words)})[ \t]+\d)").search


de_house = _after([*DE_SUFFIXES, *DE_WORDS])  # DE_STREET: its suffix or word, [ \t]+, the house
nordic_house = _after(list(NORDIC_WORDS))  # NORDIC_STREET: its type, [ \t]+, the house
hu_house_in = _after(list(HU_TYPES))  # HU_STREET: its type, [ \t]+, the house (see hu_house)
# POSTCODE_TOWN: a UK postcode or an Eircode after the town's space, each opening with one or
# two capitals and a digit ("SW1A 1AA", "D02 X285", "D6W 1234")
eircode_or_uk = codecache.compile(r"[ \t][A-Z][A-Z]?\d").search
jp_block = codecache.compile(r"\d-\d").search  # JP_STREET: its block and lot ("2-3-1")
gh_gps = codecache.compile(r"\d-\d{4}").search  # GH_GPS: its square's numbers ("183-8164")
kr_road = codecache.compile(r"-(?:daero|ro|gil)").search  # KR_STREET: its road's ending
# WELSH_STREET: its type after the house number's space ("5 Ffordd", "2 Rhodfa'r")
welsh_type = codecache.compile(rf"[ \t](?:{alternation(WELSH_TYPES)})['’ \t]").search
# NP_WARD: the word of its local level ("Rural Municipality-2", "Lalitpur Metropolitan City")
np_ward = codecache.compile(r"Municipality|Metropolitan|palika|VDC|V\.D\.C\.").search
# EN_STREET's last alternative: a military unit's or a ship's box, a post box, a rural
# route's box, or "Rural Route": "box" in any case, a ship's prefix (USS, USNS, USNV,
# USCGC) in capitals or lowercase before its name, or "Rural"
military_or_box = codecache.compile(r"(?i:box)|(?:US|us)(?:NS|NV|S|CGC|ns|nv|s|cgc)[ \t]|Rural").search
# INLINE_LINE: the Netherlands' or Poland's postcode after a space, its town's capital after it
inline_postcode = codecache.compile(r"[ \t](?:\d{4}[ ]?[A-Z]{2}|\d\d-\d{3})[ \t]+\p{Lu}").search
# addresses.py's country line: a line ending in its postcode of 4 or 5 digits
country_line = codecache.compile(r"\d{4}[ \t]*(?m:$)").search
_SEPARATOR = codecache.compile(r"[,\n]")
# the postcodes address_streets' _TAIL takes: 4 digits and more (5 digits, "1015 CJ", a PIN,
# a ZIP, an Australian postcode, a military one), "31-042", "114 55", or a capital before a
# digit (a UK postcode, an Eircode, Canada's "K1A")
_TAIL_POSTCODE = codecache.compile(r"\d{4}|\d\d-\d|\d{3}[ ]\d|[A-Z]\d")
# SPACED_LINE's end: an Australian state and postcode or a US state and ZIP after a space
_STATE_POSTCODE = codecache.compile(
    rf"[ \t](?:{alternation(AU_STATES)}),?[ \t]+\d{{4}}|[ \t](?:{alternation(US_STATES)})[ \t]+\d{{5}}")


class Literals:
    """Whether a text holds one of many strings as written, or (``cyrillic``) a Cyrillic
    letter: what a regex alternation of them finds, the cue of a pattern every match of
    which holds one (``[ \\t](?:word|...)`` is the words with a space and with a tab before
    them). One pass of an Aho-Corasick automaton: the regex module tries a long alternation
    at every space or character, 0.07 ms a text of presidio-synth's for the street types
    after a space, where the automaton takes 0.001 ms."""

    def __init__(self, literals: Iterable[str], cyrillic: bool = False) -> None:
        self.automaton = ahocorasick.Automaton()
        for literal in literals:
            self.automaton.add_word(literal, None)
        self.automaton.make_automaton()
        self.cyrillic = cyrillic

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether ``text[start:end]`` holds one."""
        end = len(text) if end is None else end
        return next(self.automaton.iter(text, start, end), None) is not None or (
            self.cyrillic and not text.isascii() and _CYRILLIC.search(text, start, end) is not None)

    def __call__(self, text: str) -> bool:
        return self.search(text)


_CYRILLIC = codecache.compile(r"\p{Cyrillic}")
# a street's or building's type after a space, or a Cyrillic letter: what EN_STREET's
# streets hold, and address_parts' named parts (in Russian, a Cyrillic type)
STREET_TYPE = Literals((space + word for word in (*EN_TYPES, *AFTER_TYPES, *BUILDINGS, *ESTATE_WORDS)
                       for space in " \t"), cyrillic=True)


@lru_cache(maxsize=2)  # one search for the three patterns that share it
def en_type(text: str) -> bool:
    """The cue of EN_STREET's streets: its type after the name's last space, in English
    ("12 Oak Road") or the type before the number ("High Street 41")."""
    return STREET_TYPE.search(text)


@lru_cache(maxsize=2)  # HU_STREET's cue and address_parts' share it
def hu_house(text: str) -> bool:
    """The cue of HU_STREET and of address_parts' types written after the name; address_parts
    searches a line with ``hu_house_in``."""
    return hu_house_in(text) is not None


@lru_cache(maxsize=2)  # three patterns share it
def postcode_after_separator(text: str) -> bool:
    """The cue of STREET_LINE and NUMBER_LINE, whose _TAIL ends in a postcode after a comma
    or a line break, and of addresses.py's bare house, whose town and postcode (a PIN, a UK
    postcode, an Eircode, a ZIP, an Australian or Canadian one) do: after the text's first
    comma or line break."""
    first = _SEPARATOR.search(text)
    return first is not None and _TAIL_POSTCODE.search(text, first.start()) is not None


def postcode_or_state(text: str) -> bool:
    """The cue of NUMBER_LINE or SPACED_LINE: NUMBER_LINE ends in _TAIL, SPACED_LINE in a
    state and its postcode."""
    return postcode_after_separator(text) or _STATE_POSTCODE.search(text) is not None
