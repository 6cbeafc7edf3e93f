"""A header's extended parameters (redact.detect.extparams): the value after "name*=" read
in the charset it names, the "charset'language'" prefix going with the first character, so
a name at the start of the value is replaced with its prefix, a file name's extension read
apart from it; a value whose bytes are not text in that charset stays as written."""

from __future__ import annotations

import pytest
from viewed import decoded

from redact.detect.extparams import extended_parameters
from redact.detect.view import view


def test_the_value_is_read_in_its_charset_and_the_prefix_goes_with_its_first_character():
    text = "Content-Disposition: attachment; filename*=iso-8859-1'fr'Ren%E9e%20Aubry.pdf"
    v = view(text)
    assert v.text == "Content-Disposition: attachment; filename*= Renée Aubry .pdf"
    assert decoded(text, "Renée Aubry") == "iso-8859-1'fr'Ren%E9e%20Aubry"
    utf8 = "name*=UTF-8''%D0%A2%D0%B0%D0%BC%D0%B0%D1%80%D0%B0"
    assert view(utf8).text == "name*= Тамара"
    assert decoded(utf8, "Тамара") == utf8[len("name*="):]


@pytest.mark.parametrize("text", [
    "filename*=UTF-8''%FF%FE%00%01.bin",  # bytes that are no UTF-8
    "filename*=x-unknown''Tom%20Hale.pdf",  # a charset no codec reads
    "the ratio a*=b'c' stays",  # no value after the prefix
    "filename=UTF-8''Tom%20Hale.pdf",  # no extended parameter: no "*="
])
def test_what_is_no_extended_value_in_a_known_charset_is_not_read_as_one(text):
    assert list(extended_parameters(text)) == []


@pytest.mark.parametrize(("text", "scrubbed", "found"), [
    ("the mail header had filename*=UTF-8''Jos%C3%A9%20Quispe.pdf",
     "the mail header had filename*=[PERSON_1].pdf", [("UTF-8''Jos%C3%A9%20Quispe", "PERSON")]),
    ("вложение пришло как filename*=UTF-8''%D0%90%D0%B9%D0%B3%D1%83%D0%BB%D1%8C%20"
     "%D0%A1%D0%B0%D1%82%D0%BF%D0%B0%D0%B5%D0%B2%D0%B0.pdf",
     "вложение пришло как filename*=[PERSON_1].pdf",
     [("UTF-8''%D0%90%D0%B9%D0%B3%D1%83%D0%BB%D1%8C%20%D0%A1%D0%B0%D1%82%D0%BF%D0%B0%D0%B5"
       "%D0%B2%D0%B0", "PERSON")]),
])
def test_a_name_in_an_extended_parameter_is_scrubbed_with_its_prefix(redactor, text, scrubbed, found):
    assert redactor.scrub_text(text).text == scrubbed
    assert [(text[e.start:e.end], e.category) for e in redactor.find(text)] == found


def test_a_file_name_that_is_no_name_stays(redactor):
    text = "set filename*=UTF-8''quarterly%20report%202024.pdf on the upload"
    assert redactor.scrub_text(text).text == text
