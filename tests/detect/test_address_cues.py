"""The shortcuts of the address patterns change no result: an alternation grouped by first
letter matches what the plain longest-first one does, and a cue passes every text its
pattern matches in."""

from __future__ import annotations

import pytest
import regex

from redact.detect import addresses
from redact.detect.address_cues import Cued
from redact.detect.address_words import EN_TYPES, UNIT_WORDS, alternation


def _plain(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@pytest.mark.parametrize("words", [
    ["St", "Str", "Street", "Rd", "Road", "N", "North"],
    list(EN_TYPES),
    list(UNIT_WORDS),
    ["Rd", "rD", "road"],  # first letters alike in some case: the plain alternation
])
@pytest.mark.parametrize("flags", ["", "(?i)"])
def test_grouped_alternation_matches_as_the_plain_one(words: list[str], flags: str) -> None:
    text = "12 Street 5 Str. Strand Rd Road rd ROAD N North Nor Flat 3 UNIT 4 suite B Stall Ste"
    for tail in ("", r"\b", r"[ \t]\d", "d"):  # what follows makes the shorter words count
        grouped = regex.compile(f"{flags}(?:{alternation(words)}){tail}")
        plain = regex.compile(f"{flags}(?:{_plain(words)}){tail}")
        assert [m.span() for m in grouped.finditer(text, overlapped=True)] == \
            [m.span() for m in plain.finditer(text, overlapped=True)]


def test_alike_first_letters_keep_the_plain_alternation() -> None:
    assert alternation(["Rd", "rD"]) == "Rd|rD"
    assert alternation(["St", "Street", "Rd"]) == "S(?:treet|t)|R(?:d)"


_TEXTS = [
    "Flat 3, 12 Coleridge Road, Bristol BS1 4DJ", "Hauptstraße 5, 10115 Berlin", "Fő utca 5., Budapest",
    "4/23 Travis Trunkway, New Johntown SA 2637", "PSC 1234, Box 5678, APO AE 09123", "P.O. Box 45, Nairobi",
    "2-3-1 Marunouchi, Chiyoda-ku, Tokyo", "12, Teheran-ro 34-gil, Seoul", "High Street 41, Leeds",
    "Keizersgracht 123-II\n1015 CJ Amsterdam", "Vejen 6600\nDanmark 6600", "Main St 5, Dublin D02 X285",
    "8678 FORD KEYS APT 2\nNEW JOHN, MN 50493", "#45, 2nd Cross, Indiranagar, Bengaluru 560038",
]


@pytest.mark.parametrize("name", ["_ANCHORS", "_WORDS_ANCHORS", "_BARE_HOUSE", "_COUNTRY_LINE"])
def test_a_cue_passes_every_text_its_pattern_matches_in(name: str) -> None:
    value = getattr(addresses, name)
    cued = [value] if isinstance(value, Cued) else [p for p in value if isinstance(p, Cued)]
    assert any(pattern.search(text) for pattern, _ in cued for text in _TEXTS)
    for pattern, cue in cued:
        for text in _TEXTS:
            if pattern.search(text):
                assert cue(text), (pattern.pattern[:40], text)
