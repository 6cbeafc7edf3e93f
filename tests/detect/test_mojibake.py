"""Mojibake inside right text, read through the decoded view: UTF-8 shown as Windows-1252
and as Windows-1251 (the Russian default), each letter traced to the characters of its own
bytes; Russian text whose capitals and signs only look like such bytes left as written; and,
with the real models, the exact output and spans found."""

from __future__ import annotations

import pytest
from viewed import decoded

import redact
from redact.detect.mojibake import mojibake
from redact.detect.view import view


@pytest.mark.parametrize(("text", "read"), [
    ("в логе РњР°СЂРёСЏ РџРµС‚СЂРѕРІР°", "в логе Мария Петрова"),
    ("the CRM shows JГ¤ntsch and OcГ©ane", "the CRM shows Jäntsch and Océane"),
    ("РЎР›РђР’Рђ in capitals", "СЛАВА in capitals"),
    ("FranÃ§oise Blin and Ð˜Ð²Ð°Ð½", "Françoise Blin and Иван"),
])
def test_utf8_shown_in_a_legacy_charset_reads_as_its_letters(text, read):
    assert view(text).text == read


def test_each_letter_maps_back_to_the_characters_of_its_bytes():
    text = "в логе РњР°СЂРёСЏ"
    assert decoded(text, "Мария") == "РњР°СЂРёСЏ"
    assert decoded(text, "ри") == "СЂРё"
    assert decoded("JГ¤ntsch", "ä") == "Г¤"


@pytest.mark.parametrize("kept", [
    "«ТАСС» и «РИА» сообщили",        # a capital before a sign: one pair, no word
    "Рёбра болят, ТРЁХ дней хватит",  # a capital before "ё": one Cyrillic letter
    "СЁМА, ЛЁША и ЖЁЛТЫЙ ПРОЧЁЛ",     # capitals before "Ё" spell no letters of one script
    "Гёте и ГЁТЕ",                    # an accented Latin letter glued to Cyrillic ones
    "Г° и Д±",                         # no letters glued to them
    "café ©2020, naïve, Ångström",     # right text beyond ASCII
])
def test_text_that_only_looks_like_mojibake_stays(kept):
    assert view(kept).text == kept and not list(mojibake(kept))


def test_a_name_in_mojibake_is_scrubbed_whole():
    r = redact.Redactor(key="mojibake-test-key-0123456789")
    text = "в выгрузке из 1С клиент РњР°СЂРёСЏ РџРµС‚СЂРѕРІР°, звонила вчера"
    assert r.scrub_text(text).text == "в выгрузке из 1С клиент [PERSON_1], звонила вчера"
    assert [(text[f.start:f.end], f.category) for f in r.find(text)] == [
        ("РњР°СЂРёСЏ РџРµС‚СЂРѕРІР°", "PERSON")]
