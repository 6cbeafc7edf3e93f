"""Characters written as their numbers in a program's own notation, read through the
decoded view (redact.detect.charcodes): codes joined to strings by a language's operator
(Visual Basic's ``&``, SQL's ``||``, PowerShell's ``+``, PHP's ``.``), Pascal's codes glued
to their strings, lists of numbers that are the bytes of UTF-8 or code points (an Erlang
binary, ``String.fromCharCode``); and bytes behind a tool's own prefix (TeX's ``^^c3^^a9``,
redact.detect.hexruns). What only looks like one of them stays as written; with the real
models, each is scrubbed whole."""

from __future__ import annotations

import pytest
from viewed import decoded

from redact.detect.charcodes import char_codes
from redact.detect.prefixed import prefixed_bytes
from redact.detect.view import view

# -- the view ------------------------------------------------------------------------------

def test_codes_joined_to_strings_read_as_the_text_they_make():
    text = 'macro: "Sm" & ChrW(248) & "rgrav" & ChrW(229) & "s" end'
    assert view(text).text == "macro: Smørgravås end"
    assert decoded(text, "ø") == 'ChrW(248) & "'
    assert decoded(text, "Smørgravås") == '"Sm" & ChrW(248) & "rgrav" & ChrW(229) & "s"'
    # SQL, PowerShell, PHP, a hex code, a JSON value's escaped quotes
    assert view("SELECT 'Dvo' || CHR(345) || 'ak' AS x").text == "SELECT Dvořak AS x"
    assert view("[char]1057 + [char]1072 + [char]1085 + [char]1103").text == "Саня"
    assert view("$n = 'Jos' . mb_chr(233) . ' Ruiz';").text == "$n = José Ruiz;"
    assert view('ChrW(&H141) & "ukasz"').text == "Łukasz"
    assert view('\\"Bj\\" & ChrW(246) & \\"rn\\"').text == "Björn"
    # C#'s cast, JavaScript's function
    assert view('s = "Ren" + (char)233 + "e Roy";').text == "s = Renée Roy;"
    assert view('"Gr" + String.fromCodePoint(246) + "nlund"').text == "Grönlund"


def test_pascal_codes_glued_to_strings_read_as_letters():
    text = "Caption := 'Agnieszka W'#243'jcik';"
    assert view(text).text == "Caption := Agnieszka Wójcik;"
    assert decoded(text, "Agnieszka") == "'Agnieszka"
    assert decoded(text, "ó") == "#243'"
    text = "#1051#1077#1089#1103' '#1050#1091#1079#1100#1084#1080#1085"
    assert view(text).text == "Леся Кузьмин"
    assert view("s := #$C9'lodie';").text == "s := Élodie;"


def test_lists_of_numbers_read_as_utf8_bytes_or_code_points():
    text = "got <<83,195,184,114,101,110,32,75,106,230>>"  # not UTF-8: "æ" is no byte of it
    assert view(text).text == text
    text = "got <<83,195,184,114,101,110,32,75,106,195,166,114>> back"
    assert view(text).text == "got Søren Kjær back"
    assert decoded(text, "Søren Kjær") == "<<83,195,184,114,101,110,32,75,106,195,166,114>>"
    text = "String.fromCharCode(1052, 1072, 1088, 1090, 1072)"
    assert view(text).text == "Марта"
    assert decoded(text, "М") == "String.fromCharCode(1052, "
    assert view("[79, 108, 97, 102, 32, 78, 105, 108, 115, 101, 110]").text == "Olaf Nilsen"
    # the bytes of UTF-8 in decimal, with no brackets
    text = "the dump shows 208 155 208 181 209 129 209 143 and more"
    assert view(text).text == "the dump shows Леся and more"
    assert decoded(text, "Л") == "208 155 "


def test_a_spreadsheet_formula_of_codes_is_read_with_its_equals_sign_and_joining_call():
    text = "cell C2: =UNICHAR(1040)&UNICHAR(1085)&UNICHAR(1103)&UNICHAR(32)&UNICHAR(1051)&UNICHAR(1080)"
    assert view(text).text == "cell C2: Аня Ли"
    assert decoded(text, "А") == "=UNICHAR(1040)&"
    text = "B7 is =CONCATENATE(CHAR(65), CHAR(110), CHAR(97), CHAR(32), CHAR(76), CHAR(105)) now"
    assert view(text).text == "B7 is Ana Li now"
    assert decoded(text, "Ana Li") == "=CONCATENATE(CHAR(65), CHAR(110), CHAR(97), CHAR(32), CHAR(76), CHAR(105))"
    # the sheet's own language: German, Russian, French with ";" between arguments
    text = "Zelle B2: =VERKETTEN(UNIZEICHEN(74);ZEICHEN(246);ZEICHEN(114);ZEICHEN(103);ZEICHEN(32);ZEICHEN(66);ZEICHEN(108))!"
    assert view(text).text == "Zelle B2: Jörg Bl!"
    assert decoded(text, "J") == "=VERKETTEN(UNIZEICHEN(74);"
    assert view("=СИМВОЛ(65)&СИМВОЛ(110)&СИМВОЛ(97)&СИМВОЛ(32)&СИМВОЛ(76)&СИМВОЛ(105)").text == "Ana Li"
    assert view("=CONCATENER(UNICAR(82);UNICAR(233);UNICAR(97);UNICAR(32);UNICAR(82);UNICAR(111))").text == "Réa Ro"
    # SQL's codes joined by "||" with a string between: no formula, no "=" taken
    text = "SELECT CHR(65)||CHR(110)||CHR(97)||' '||CHR(76)||CHR(105) FROM dual"
    assert view(text).text == "SELECT Ana Li FROM dual"
    assert view('x = ChrW(72) & ChrW(105) & "lda"').text == "x = Hilda"


def test_bytes_in_brackets_apart_by_spaces_read_as_utf8_with_their_brackets():
    text = "logged the name as [85 114 115 122 117 108 97 32 83 99 104 195 182 110 108 97 110 100]"
    assert view(text).text == "logged the name as Urszula Schönland"
    assert decoded(text, "Urszula Schönland") == text[text.index("["):]
    text = "client [208 144 208 189 208 184 32 208 165 208 190]."
    assert view(text).text == "client Ани Хо."
    assert view("Go printed [65 110 97 32 76 105]").text == "Go printed Ana Li"
    # Java's and Kotlin's bytes are signed
    text = "Arrays.toString gave [-48, -112, -48, -67, -47, -113, 32, -48, -101, -48, -72]"
    assert view(text).text == "Arrays.toString gave Аня Ли"
    assert view("[-48 -112 -48 -67 -47 -113 32 -48 -101 -48 -72]").text == "Аня Ли"


def test_bytes_behind_a_tools_prefix_read_as_utf8():
    text = "Overfull box: Gra^^c5^^bcyna Kowalczyk"
    assert view(text).text == "Overfull box: Grażyna Kowalczyk"
    assert decoded(text, "ż") == "^^c5^^bc"
    text = "^^d0^^90^^d0^^bd^^d1^^8f ^^d0^^a1^^d0^^be^^d0^^bb^^d0^^be"
    assert view(text).text == "Аня Соло"
    assert view("J^^fcrgen M^^fcller").text == "Jürgen Müller"  # an 8-bit font's Latin-1


@pytest.mark.parametrize("kept", [
    'MsgBox "Total" & Chr(13) & Chr(10) & "Done"',      # control characters
    'y = (char)13 + "x"',
    "fixed in #1234#1235 and #12'",                       # issue numbers, no word
    "scores [98, 99, 100, 101, 102] and ages (31, 45, 52, 60)",  # a list of numbers, no text
    '"a" + "b" and x & y',                                # strings joined with no code
    "ChrW(233) alone",                                    # one character, no word
    "<<1,2,3,4,5>> and {255, 255, 255, 0}",               # bytes that are no text
    "sizes 200 150 180 140 and 06 12 34 56 78",           # numbers, no UTF-8 in them
    "scores 72 101 108 108 111 32 87",                    # ASCII with no brackets: numbers
    "ids [1 2 3 4 5] and [100 105 110 115] and [72 101 108 108 111]",  # no name in ASCII
    "[195 40 208 65 32 66]",                              # no UTF-8
    "total =SUM(A1:A3) and =CHAR(10) and ABCDEFGH",       # a formula of no name
    "x = chr(65); y = chr(66); car(3) and card(4)",        # codes of no word, a car
    "deltas [-1, -2, -3, -4] and (-5, 6, -7, 8) and [-300 1 2 3]",  # signed numbers, no bytes
])
def test_what_only_looks_like_codes_stays(kept):
    assert not list(char_codes(kept))
    assert view(kept).text == kept


@pytest.mark.parametrize("kept", [
    "at 12:34:56 and 10:c3:a9:ff", "mac aa:bb:cc:dd:ee:ff", "x^^41^^42^^43 y",
    "path /c3/a9/x and ^^c3^^", "see /de/fa/ and a:e9b",
    "from ::ffff:149.11.90.31 and fe80::c3a9:ffee", "__ff__ and $$ff",
    "__Date of birth__ and **Ca**fe and ~~Da~~te",
])
def test_what_only_looks_like_prefixed_bytes_stays(kept):
    assert not list(prefixed_bytes(kept))


# -- through the redactor, with the real models -------------------------------------------

@pytest.mark.parametrize(("text", "scrubbed"), [
    ('the spreadsheet macro builds "Zs" & ChrW(243) & "fia Horv" & ChrW(225) & "th" here',
     "the spreadsheet macro builds [PERSON_1] here"),
    ("the old accounting unit stores 'Ren'#233'e Lefebvre' for the tenant",
     "the old accounting unit stores [PERSON_1] for the tenant"),
    ("the LaTeX log warned about J^^c3^^bcrgen M^^c3^^bcller again",
     "the LaTeX log warned about [PERSON_1] again"),
    ("the sheet has =UNICHAR(1040)&UNICHAR(1083)&UNICHAR(1080)&UNICHAR(1085)&UNICHAR(1072)&UNICHAR(32)"
     "&UNICHAR(1052)&UNICHAR(1080)&UNICHAR(1093)&UNICHAR(1072)&UNICHAR(1081)&UNICHAR(1083)&UNICHAR(1086)"
     "&UNICHAR(1074)&UNICHAR(1072) in it", "the sheet has [PERSON_1] in it"),
    ("the billing service logged the name as [195 137 100 111 117 97 114 100 32 76 101 116 101 108 "
     "108 105 101 114] again", "the billing service logged the name as [PERSON_1] again"),
])
def test_each_notation_is_scrubbed_whole(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed
