"""Bytes and code points written as a backslash and digits, read in the radix the writer's
language gives them (octal in C and git, decimal bytes in Lua and DNS zone files, Haskell's
decimal code points), a registry export's values written as hex bytes, and the escaped
quotes of a JSON string no parser read; each traced back to its own escapes, look-alikes left
as written; and, with the real models, the exact output and spans found."""

from __future__ import annotations

import pytest
from viewed import decoded

from redact.detect.byte_escapes import byte_escapes
from redact.detect.registry_hex import registry_values
from redact.detect.view import view

# -- digit escapes in every radix ------------------------------------------------------------

@pytest.mark.parametrize(("text", "read"), [
    # Lua's decimal bytes, alone, among plain letters, escaped once more in a JSON string
    ('name = "\\208\\144\\208\\187\\208\\184\\208\\189\\208\\176"', 'name = "Алина"'),
    ('as "Ana\\195\\175s Guilbert"', 'as "Anaïs Guilbert"'),
    ('{"v": "logs \\"\\\\195\\\\137mile Paul\\" here"}', '{"v": "logs "Émile Paul" here"}'),
    # a DNS zone file's \DDD
    ("TXT \\208\\152\\208\\178\\208\\176\\208\\189", "TXT Иван"),
    # octal bytes: C, a shell's $'...', git's quoted path
    ("echo $'\\320\\232\\320\\260\\321\\202\\321\\217'", "echo $'Катя'"),
    # Haskell's decimal code points
    ('"\\1050\\1072\\1090\\1103" and J\\248rgen', '"Катя" and Jørgen'),
    # Haskell's, where three octal digits would be no Latin-1 letter ("\\246" is no "¦")
    ('Member {name = "G\\246tz Neureuther"}', 'Member {name = "Götz Neureuther"}'),
    ('payer = "Zo\\\\233 De Sousa", name = "\\201lodie Sauvage"', 'payer = "Zoé De Sousa", name = "Élodie Sauvage"'),
])
def test_digit_escapes_read_in_the_radix_that_fits(text, read):
    assert view(text).text == read


def test_each_character_maps_back_to_its_own_escapes():
    text = 'as "Ana\\195\\175s Guilbert"'
    assert decoded(text, "ï") == "\\195\\175"
    assert decoded(text, "Anaïs") == "Ana\\195\\175s"
    text = "name = \\\\208\\\\144\\\\208\\\\187\\\\209\\\\143"
    assert decoded(text, "А") == "\\\\208\\\\144"


@pytest.mark.parametrize("kept", [
    "version 2.0\\205 and C:\\2019\\255\\101",   # no UTF-8, no word
    "\\1000\\1001 and \\251 and caf\\351",      # no word; a lone byte that is no UTF-8
    "\\101\\102\\103",                          # octal ASCII: text needs no escape for it
    "\\246\\247 and \\200\\201",                  # no word read either way
    "regex \\d\\1 and \\0",                     # back-references
])
def test_digits_that_spell_no_word_stay(kept):
    assert not list(byte_escapes(kept))


# -- a registry export's hex values ----------------------------------------------------------

@pytest.mark.parametrize(("text", "read"), [
    ('"Owner"=hex(2):5a,00,65,00,68,00,72,00,61,00,20,00,4b,00,f6,00,68,00,6c,00,65,00,72,00,'
     '00,00', '"Owner"= "Zehra Köhler"'),
    ('"LastUser"=hex(2):12,04,38,04,3a,04,42,04,3e,04,40,04,38,04,4f,04,00,00 с ПК',
     '"LastUser"= "Виктория" с ПК'),
    # a multi-string's strings on their own lines; a value wrapped as regedit wraps it
    ('"Contacts"=hex(7):41,00,6e,00,6e,00,61,00,00,00,4a,00,6f,00,6e,00,00,00,00,00',
     '"Contacts"= "Anna\nJon"'),
    ('"Owner"=hex(1):4c,00,65,00,6e,00,61,00,20,00,46,00,69,00,73,00,\\\n  63,00,68,00,65,00,'
     '72,00,00,00', '"Owner"= "Lena Fischer"'),
    ('"Blob"=hex:4c,65,6e,61,20,46,69,73,63,68,65,72', '"Blob"= "Lena Fischer"'),
])
def test_registry_values_read_as_the_strings_they_hold(text, read):
    assert view(text).text == read


def test_a_registry_value_maps_back_to_its_bytes_the_closing_nuls_with_the_last():
    text = '"Owner"=hex(2):4c,00,65,00,6e,00,61,00,00,00'
    assert decoded(text, "Lena") == "4c,00,65,00,6e,00,61,00,00,00"
    assert decoded(text, "L") == "4c,00,"


@pytest.mark.parametrize("kept", [
    '"Key"=hex:a3,ff,00,12,9c,4e,00,00',            # binary: no words
    '"Flags"=dword:00000001 and hex(4):01,00,00,00',  # a number
    "checksum=hex:0a,1b and the hex:ff,ee colours",
])
def test_registry_values_that_hold_no_text_stay(kept):
    assert not list(registry_values(kept))


# -- what a user sees ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "scrubbed", "found"), [
    ('the playout script has presenter = "\\208\\146\\208\\184\\208\\186\\209\\130\\208\\190'
     '\\209\\128\\208\\184\\209\\143 \\208\\149\\209\\132\\209\\128\\208\\181\\208\\188\\208\\190'
     '\\208\\178\\208\\176"',
     'the playout script has presenter = "[PERSON_1]"',
     [("\\208\\146\\208\\184\\208\\186\\209\\130\\208\\190\\209\\128\\208\\184\\209\\143 \\208"
       "\\149\\209\\132\\209\\128\\208\\181\\208\\188\\208\\190\\208\\178\\208\\176", "PERSON")]),
    ('the gallery mod hard-codes the couple as "Ana\\195\\175s Guilbert"',
     'the gallery mod hard-codes the couple as "[PERSON_1]"',
     [("Ana\\195\\175s Guilbert", "PERSON")]),
    ('{"msg": "the jingle plugin logs \\"\\\\195\\\\137mile Paul\\" as the caller"}',
     '{"msg": "the jingle plugin logs \\"[PERSON_1]\\" as the caller"}',
     [("\\\\195\\\\137mile Paul", "PERSON")]),
    ('the hub\'s export has "Owner"=hex(2):5a,00,65,00,68,00,72,00,61,00,20,00,4b,00,f6,00,68,'
     '00,6c,00,65,00,72,00,00,00',
     'the hub\'s export has "Owner"=hex(2):[PERSON_1]',
     [("5a,00,65,00,68,00,72,00,61,00,20,00,4b,00,f6,00,68,00,6c,00,65,00,72,00,00,00",
       "PERSON")]),
    ("в скрипте базы сервиса VALUES (UNISTR('\\0412\\0441\\0435\\0432\\043E\\043B\\043E\\0434 "
     "\\0424\\0430\\0434\\0435\\0435\\0432'))",
     "в скрипте базы сервиса VALUES (UNISTR('[PERSON_1]'))",
     [("\\0412\\0441\\0435\\0432\\043E\\043B\\043E\\0434 \\0424\\0430\\0434\\0435\\0435\\0432",
       "PERSON")]),
])
def test_each_writing_is_scrubbed_whole(redactor, text, scrubbed, found):
    assert redactor.scrub_text(text).text == scrubbed
    assert [(text[f.start:f.end], f.category) for f in redactor.find(text)
            if f.category == "PERSON"] == found
