"""A person found inside a name written in escapes covers the escaped run whole (the word a
model knew and the one it did not); a run that reads as no name (a word in lowercase, five
words, a name escaped in part only) and findings of other kinds stay as found; and, with the
real models, the exact output and spans found."""

from __future__ import annotations

import pytest

import redact
from redact.detect.escaped_names import whole_names
from redact.detect.view import view
from redact.records import Finding

_MIR = "%D0%9C%D0%B8%D1%80"  # "Мир", a given name and the word for "peace"
_BELYAKOV = "%D0%91%D0%B5%D0%BB%D1%8F%D0%BA%D0%BE%D0%B2"  # "Беляков"


def _grown(text: str, word: str, category: str = "PERSON") -> list[str]:
    """The view's text of each finding after a finding of ``word`` in the view is grown."""
    seen = view(text)
    at = seen.text.index(word)
    found = [Finding(at, at + len(word), category, category, 0.85, "test")]
    return [seen.text[f.start:f.end] for f in whole_names(found, seen)]


@pytest.mark.parametrize(("text", "word", "name"), [
    (f"name={_MIR}%20{_BELYAKOV}&x=1", "Беляков", "Мир Беляков"),
    (f"name={_MIR}%20{_BELYAKOV}", "Мир", "Мир Беляков"),
    ('rider = "\\1052\\1080\\1085\\1072 \\1048\\1075\\1085\\1072\\1090\\1086\\1074"', "Игнатов",
     "Мина Игнатов"),
    ('guest = "\\U041e\\U043a\\U0441\\U0430\\U043d\\U0430 \\U0413\\U043e\\U0440\\U0431\\U0443'
     '\\U043d\\U043e\\U0432\\U0430";', "Оксана", "Оксана Горбунова"),
])
def test_a_person_inside_an_escaped_name_grows_to_the_run(text, word, name):
    assert _grown(text, word) == [name]


@pytest.mark.parametrize(("text", "word", "category"), [
    (f"q={_MIR.replace('%9C', '%BC')}%20{_BELYAKOV}", "Беляков", "PERSON"),  # "мир": a word
    (f"q={_BELYAKOV}%20{_BELYAKOV}%20{_BELYAKOV}%20{_BELYAKOV}%20{_BELYAKOV}", "Беляков", "PERSON"),
    ('owner = "Pawel B\\U00e4hr"', "Bähr", "PERSON"),  # escaped in part only
    (f"city={_MIR}%20{_BELYAKOV}", "Беляков", "LOCATION"),  # no person
])
def test_a_finding_in_a_run_that_reads_as_no_name_stays(text, word, category):
    assert _grown(text, word, category) == [word]


def test_two_persons_in_one_run_become_one():
    seen = view(f"name={_MIR}%20{_BELYAKOV}")
    found = [Finding(seen.text.index(w), seen.text.index(w) + len(w), "PERSON", "PERSON", 0.85, "test")
             for w in ("Мир", "Беляков")]
    assert [seen.text[f.start:f.end] for f in whole_names(found, seen)] == ["Мир Беляков"]


@pytest.fixture(scope="module")
def redactor() -> redact.Redactor:
    return redact.Redactor(key="escaped-names-test-key-0123456789")


@pytest.mark.parametrize(("text", "scrubbed", "found"), [
    (f"в ссылке на заказ дров name={_MIR}%20{_BELYAKOV}", "в ссылке на заказ дров name=[PERSON_1]",
     [(f"{_MIR}%20{_BELYAKOV}", "PERSON")]),
    ('в логе бэкенда rider = "\\1052\\1080\\1085\\1072 \\1048\\1075\\1085\\1072\\1090\\1086\\1074"',
     'в логе бэкенда rider = "[PERSON_1]"',
     [("\\1052\\1080\\1085\\1072 \\1048\\1075\\1085\\1072\\1090\\1086\\1074", "PERSON")]),
])
def test_an_escaped_name_is_scrubbed_whole(redactor, text, scrubbed, found):
    assert redactor.scrub_text(text).text == scrubbed
    assert [(text[f.start:f.end], f.category) for f in redactor.find(text)] == found


def _utf16_title(value: str) -> str:
    """A PDF title string as qpdf shows it: UTF-16BE behind its mark, in octal escapes."""
    data = "\ufeff".encode("utf-16-be") + value.encode("utf-16-be")
    return "/Title (" + "".join(chr(b) if 0x20 < b < 0x7F and chr(b) not in "()\\" else f"\\{b:03o}"
                                for b in data) + ")"


@pytest.mark.parametrize(("text", "name"), [
    ("FromBase64String('UgB1AHAAZQByAHQAIABMAPYAdwBlAHIA')", "Rupert Löwer"),  # a given name
    (_utf16_title("Вышеслав Кулаков"), "Вышеслав Кулаков"),  # a surname's ending
    ('"sender_name": "\\u00d0\\u0093\\u00d0\\u00bb\\u00d0\\u00b5\\u00d0\\u00b1 '
     '\\u00d0\\u0091\\u00d0\\u00bb\\u00d0\\u00b8\\u00d0\\u00bd\\u00d0\\u00be\\u00d0\\u00b2"', "Глеб Блинов"),
])
def test_a_name_written_whole_in_an_encoding_is_a_person_by_itself(text, name):
    seen = view(text)
    assert [(seen.text[f.start:f.end], f.category, f.detector) for f in whole_names([], seen)] == [
        (name, "PERSON", "encoded_name")]


@pytest.mark.parametrize("text", [
    _utf16_title("Annual Report"),          # capitalised words, no name among them
    _utf16_title("Rupert"),                 # one word
    _utf16_title("rupert löwer"),           # in lowercase
    "name=Lena%20Fischer",                  # the letters written as themselves
])
def test_a_decoded_run_that_is_no_name_written_whole_in_escapes_is_no_person(text):
    assert whole_names([], view(text)) == []
