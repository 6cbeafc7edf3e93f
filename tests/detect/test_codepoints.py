"""Code points written as a notation, read through the decoded view: SQL's Unicode strings
(their prefix, quotes and UESCAPE clause going with the characters beside them), R's
``<U+XXXX>``, runs of ``U+XXXX``, several code points in one brace, Office XML's ``_xHHHH_``,
Haskell's decimal escapes and ``\\u00e9`` without its backslash; what only looks like one of
them left as written; and, with the real models, the exact output and spans found."""

from __future__ import annotations

import pytest
from viewed import decoded

from redact.detect.codepoints import code_points
from redact.detect.view import view

# -- the view ------------------------------------------------------------------------------

def test_a_sql_unicode_string_reads_as_its_text_the_quotes_with_its_ends():
    text = "row: U&'Bo\\017Eena N\\011Bmcov\\00E1' ok"
    assert view(text).text == "row: Božena Němcová ok"
    assert decoded(text, "Božena Němcová") == "U&'Bo\\017Eena N\\011Bmcov\\00E1'"
    assert decoded(text, "ž") == "\\017E"
    text = "U&'\\0413\\0443\\043B\\044C\\043D\\0430\\0440\\0430'"
    assert view(text).text == "Гульнара"
    assert decoded(text, "Г") == "U&'\\0413"
    # six digits after "+", another escape character, a surrogate pair, Oracle's UNISTR
    text = "U&'#+0000C1gnes #00D3 Dochartaigh' UESCAPE '#'"
    assert view(text).text == "Ágnes Ó Dochartaigh"
    assert decoded(text, "Dochartaigh") == "Dochartaigh' UESCAPE '#'"
    assert view("U&'\\D83D\\DE00 ok'").text == "\U0001f600 ok"
    # Oracle's call reads as the literal it returns, its name and parentheses with the quotes
    text = "VALUES (UNISTR('S\\00F8ren Kierkeg\\00E5rd'))"
    assert view(text).text == 'VALUES ("Søren Kierkegård")'
    assert decoded(text, "Søren Kierkegård") == "S\\00F8ren Kierkeg\\00E5rd"
    assert decoded(text, '("') == "(UNISTR('"


def test_r_code_points_and_runs_of_the_standards_notation_read_as_letters():
    text = "<U+0130>smet <U+00D6>zt<U+00FC>rk"
    assert view(text).text == "İsmet Öztürk"
    assert decoded(text, "İ") == "<U+0130>"
    text = "U+0042 U+0069 U+0072 U+0067 U+0069 U+0074 U+0020 U+0053 U+0075 U+006E U+0064"
    assert view(text).text == "Birgit Sund"
    assert decoded(text, "B") == "U+0042 "  # the gap goes with the character before it
    assert view("U+0419U+0443U+043BU+0434U+0443U+0437").text == "Йулдуз"


def test_braced_office_decimal_and_bare_units_read_as_letters():
    text = '"\\u{41C 438 43B 430}"'
    assert view(text).text == '"Мила"'
    assert decoded(text, "М") == "\\u{41C "
    assert decoded(text, "а") == "430}"
    assert view("Bj_x00F6_rk Gu_x00F0_mundsd_x00F3_ttir").text == "Björk Guðmundsdóttir"
    assert view('"\\1040\\1081\\1075\\1091\\1083\\1100"').text == '"Айгуль"'
    assert view("Ignu00e1c Ju00f3zsef").text == "Ignác József"


@pytest.mark.parametrize("kept", [
    "U+00E9 is LATIN SMALL LETTER E WITH ACUTE",      # one character named, not a word
    "U&'plain text' and U&'no escape'",                 # a Unicode string with no escape
    "U+0000 U+0001 and <U+0007>",                       # control characters
    "U+4E00 U+4E01 U+4E02",                             # no script names are written in here
    "commit u00e9f3a1b and token ab12u00e9cd",          # hex in a hash, no word
    "\\1000\\1001 and \\303\\251 and \\251",            # no word; octal bytes are another's
    "a regex \\u{41} and C:\\x{dir}",                   # one code point in a brace: another's
])
def test_what_only_looks_like_a_notation_of_a_word_stays(kept):
    assert not list(code_points(kept))


# -- through the redactor, with the real models -------------------------------------------

@pytest.mark.parametrize(("text", "scrubbed", "found"), [
    ("the audit row has U&'Bo\\017Eena N\\011Bmcov\\00E1' in it",
     "the audit row has [PERSON_1] in it", [(18, 48, "PERSON")]),
    ("в логе запросов U&'\\0413\\0443\\043B\\044C\\043D\\0430\\0440\\0430 "
     "\\0417\\0430\\0433\\0438\\0442\\043E\\0432\\0430'",
     "в логе запросов [PERSON_1]", [(16, 101, "PERSON")]),
    ("the R console printed <U+0130>smet <U+00D6>zt<U+00FC>rk",
     "the R console printed [PERSON_1]", [(22, 55, "PERSON")]),
])
def test_each_notation_is_scrubbed_whole(redactor, text, scrubbed, found):
    assert redactor.scrub_text(text).text == scrubbed
    assert [(f.start, f.end, f.category) for f in redactor.find(text)] == found
