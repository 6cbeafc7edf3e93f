"""A PDF's text strings read through the decoded view: UTF-16BE behind its byte order mark in
a literal string's octal escapes (a JSON string doubling its backslashes too) or in a hex
string, UTF-8 behind its mark, Latin-1 letters inside a word; each character traced to the
escapes of its own bytes; strings that are no text left as written; and, with the real
models, the exact output and spans found."""

from __future__ import annotations

import pytest
from viewed import decoded

import redact
from redact.detect.pdf_strings import pdf_strings
from redact.detect.view import view

_AUTHOR = "/Author (\\376\\377\\000J\\000\\351\\000r\\000\\364\\000m\\000e\\000 \\000C\\000h\\000a\\000r)"
_CYRILLIC = ("/Title (\\376\\377\\004\\022\\004K\\004H\\0045\\004A\\004;\\0040\\0042\\000 "
             "\\004\\032\\004C\\004;\\0040\\004:\\004>\\0042)")


@pytest.mark.parametrize(("text", "read"), [
    (f"in the contract PDF: /Producer (pdfTeX) {_AUTHOR}",
     "in the contract PDF: /Producer (pdfTeX) /Author (Jérôme Char)"),
    (f"в свойствах PDF {_CYRILLIC}", "в свойствах PDF /Title (Вышеслав Кулаков)"),
    ('{"content": "' + _CYRILLIC.replace("\\", "\\\\") + '"}',
     '{"content": "/Title (Вышеслав Кулаков)"}'),  # a JSON string doubles the backslashes
    ("/Author (Ren\\351e Dupont) /Creator (LaTeX)", "/Author (Renée Dupont) /Creator (LaTeX)"),
    ("/Title <FEFF004A00E9007200F4006D0065>", "/Title <Jérôme>"),
    ("/Author (\\357\\273\\277Zo\\303\\253)", "/Author (Zoë)"),  # UTF-8 behind its mark
])
def test_a_pdf_text_string_is_read_in_its_encoding(text, read):
    assert view(text).text == read


def test_each_character_maps_back_to_the_escapes_of_its_bytes():
    assert decoded(_AUTHOR, "J") == "\\376\\377\\000J"  # the byte order mark goes with the first
    assert decoded(_AUTHOR, "é") == "\\000\\351"
    assert decoded(_AUTHOR, "Jérôme Char") == _AUTHOR[len("/Author ("):-1]


@pytest.mark.parametrize("kept", [
    "/Data (\\351\\377\\000)",             # bytes of no text: no letter beside them
    "/Creator (LaTeX\\(2e\\))",            # escapes of ASCII only
    "/Title (\\376\\377\\000\\001\\000A)",  # a control character
    "/Key <FEFFD800>",                     # a lone surrogate
    "printf(\"\\376\\377\")",               # no PDF key before it
])
def test_strings_that_are_no_text_stay(kept):
    assert not list(pdf_strings(kept))


def test_a_name_in_a_pdf_string_is_scrubbed_whole():
    r = redact.Redactor(key="pdf-strings-test-key-0123456789")
    text = f"в свойствах PDF путёвки {_CYRILLIC}"
    escaped = _CYRILLIC[len("/Title ("):-1]
    assert r.scrub_text(text).text == "в свойствах PDF путёвки /Title ([PERSON_1])"
    assert [(text[f.start:f.end], f.category) for f in r.find(text)] == [(escaped, "PERSON")]
