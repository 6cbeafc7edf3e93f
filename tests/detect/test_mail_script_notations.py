"""Notations of mail protocols and scripts read through the decoded view: IMAP's modified
UTF-7 in a folder's name (redact.detect.utf7), SMTP's xtext (redact.detect.xtext), a code
inside a string's interpolation (redact.detect.interpolations) and SQL's national strings
joined to codes (redact.detect.charcodes). Each decoded character traced to its share of
the original; what only looks like one of them left as written; with the real models, each
scrubbed whole."""

from __future__ import annotations

import pytest
from viewed import decoded

from redact.detect.interpolations import interpolated_codes
from redact.detect.utf7 import utf7_runs
from redact.detect.view import view
from redact.detect.xtext import xtext_runs

# -- the view ------------------------------------------------------------------------------

def test_imap_folder_names_read_as_their_letters():
    text = "Thunderbird lists INBOX/Bj&APY-rk Nyg&AOU-rd and Archive/&BCEEMAQyBDIEMA-"
    assert view(text).text == "Thunderbird lists INBOX/Björk Nygård and Archive/Савва"
    assert decoded(text, "ö") == "&APY-"
    # "," stands for "/" of base64
    assert view("&BBgEPwQ,BD4EOwQ4BEI-").text == "Ипполит"


@pytest.mark.parametrize("kept", [
    "R&D-team and AT&T-Mobile", "Q&Ab-x, a&amp;b-c, x=1&yz=2&abc-d", "&-literal &ABC-",
])
def test_ampersands_that_are_no_imap_runs_stay(kept):
    assert not list(utf7_runs(kept))


def test_xtext_reads_as_utf8_bytes_with_its_letters():
    text = "NOTIFY ORCPT=rfc822;Zo+C3+AB+20Kowalczyk and +D0+92+D0+B5+D1+80+D0+B0"
    assert view(text).text == "NOTIFY ORCPT=rfc822;Zoë Kowalczyk and Вера"
    assert decoded(text, "ë") == "+C3+AB"
    assert decoded(text, " Kowalczyk") == "+20Kowalczyk"


@pytest.mark.parametrize("kept", [
    "call +44 20 7946 0018 or +49+89+1234",  # phones
    "C+2B and x+AB-y, 3+3E",                 # no word
    "key wJalr+C3+A9bPxRf+AA== x",           # base64
    "Anna+20Smith+3D",                       # part of a longer run
])
def test_pluses_that_are_no_xtext_of_a_word_stay(kept):
    assert not list(xtext_runs(kept))


def test_interpolated_codes_read_as_their_characters():
    text = 'Write-Host "Ma$([char]0x00EF)t$([char]233) Brun" $([char]1051)$([char]1080)$([char]1076)$([char]1072)'
    assert view(text).text == 'Write-Host "Maïté Brun" Лида'
    assert decoded(text, "ï") == "$([char]0x00EF)"
    assert view('puts "Ca#{231.chr}ar"; f"Bj{chr(246)}rk"').text == 'puts "Caçar"; f"Björk"'
    assert view("`${String.fromCharCode(1070)}${String.fromCharCode(1083)}${String.fromCharCode(1103)}`"
                ).text == "`Юля`"


@pytest.mark.parametrize("kept", [
    'Write-Host "a$([char]13)$([char]10)b"',  # a line break
    "${count} items, {0} and {chr(65)}",      # a template's field, one ASCII letter
    "$([char]49)$([char]50)$([char]51)",      # digits
])
def test_interpolations_of_no_word_stay(kept):
    assert not list(interpolated_codes(kept))


def test_sql_national_strings_join_codes():
    text = "SET @n = N'Mat' + NCHAR(283) + N'j Dvo' + NCHAR(345) + N'ák'"
    assert view(text).text == "SET @n = Matěj Dvořák"
    assert decoded(text, "Matěj") == "N'Mat' + NCHAR(283) + N'j"
    text = "NCHAR(1054) + NCHAR(1083) + NCHAR(1103) + N' ' + NCHAR(1041) + NCHAR(1072) + NCHAR(1081)"
    assert view(text).text == "Оля Бай"
    # a function's name with a digit in it: Lua's
    assert view('name = "Ren" .. utf8.char(233) .. "e Roy"').text == "name = Renée Roy"
    assert view('"${utf8.char(1070)}${utf8.char(1083)}${utf8.char(1103)}"').text == '"Юля"'


# -- through the redactor, with the real models -------------------------------------------

@pytest.mark.parametrize(("text", "scrubbed"), [
    ("the webmail shows the folder INBOX/Bj&APY-rn Sandstr&APY-m today",
     "the webmail shows the folder INBOX/[PERSON_1] today"),
    ("the bounce notice has ORCPT rfc822;Zo+C3+AB+20Kowalczyk in it",
     "the bounce notice has ORCPT rfc822;[PERSON_1] in it"),
    ('the import script sets $owner = "Ma$([char]0x00EF)t$([char]0x00E9) Brunel" for the flat',
     'the import script sets $owner = "[PERSON_1]" for the flat'),
])
def test_each_notation_is_scrubbed_whole(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed
