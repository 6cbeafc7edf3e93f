"""UTF-7, CSS escapes, a host's punycode labels, escapes inside escapes and markup read
through the decoded view: each decoded character traced to its share of the original,
what only looks like one of them (a phone's plus, "C++", a base64 key, a regular
expression, a path, a plain host) left as written; and, with the real models, the exact
output and spans found."""

from __future__ import annotations

import pytest
from viewed import decoded

from redact.detect.css_escapes import css_escapes
from redact.detect.punycode_hosts import punycode_hosts
from redact.detect.utf7 import utf7_runs
from redact.detect.view import view

# -- the view ------------------------------------------------------------------------------

def test_utf7_runs_read_as_their_letters_each_from_its_share_of_the_run():
    assert view("Andrew Sch+AOQ-fer, +AMk-lodie Laurent").text == (
        "Andrew Schäfer, Élodie Laurent")
    assert decoded("Andrew Sch+AOQ-fer", "ä") == "+AOQ-"
    text = "sender +BCEEMAQyBDIEMA +BBsEMAQyBEAENQQ9BEIETAQ1BDI-"
    assert view(text).text == "sender Савва Лаврентьев"
    # a code unit is 16 bits, a base64 character 6: each letter takes the characters its
    # unit begins in, the "+" going with the first and the "-" with the last
    assert [decoded(text, c) for c in "Сав"] == ["+BC", "EEM", "AQy"]
    assert decoded(text, "Лаврентьев") == "+BBsEMAQyBEAENQQ9BEIETAQ1BDI-"


@pytest.mark.parametrize("kept", [
    "call +1-800-555-0100 or +4915112345678",  # a phone's plus
    "C++-style code, a+b-c, x+AB-y",            # a language, sums, stray bits
    "key wJalr+XUtnFEMI/K7MDENG+bPxRfiCY== x",  # base64
    "name=Lena+Fischer&ok=1 and 2+2=4",         # a form's spaces
])
def test_pluses_that_are_no_utf7_stay(kept):
    assert not list(utf7_runs(kept))


def test_css_escapes_once_or_twice_backslashed_read_as_their_letters():
    text = "Louise \\0000C9tienne, Beno\\0000EEt, \\41D\\43E\\43D \\43D\\430"
    assert view(text).text == "Louise Étienne, Benoît, Нонна"
    assert decoded(text, "É") == "\\0000C9"
    assert decoded(text, "Нонна") == "\\41D\\43E\\43D \\43D\\430"  # a short escape's
    # whitespace ends it and is part of it
    # after six digits a space is the writer's, between two words
    text = "\\000412\\000435\\000440\\000430 \\000413\\000430\\000439"
    assert view(text).text == "Вера Гай"
    text = '"\\\\00041D\\\\00043E\\\\00043D\\\\00043D\\\\000430"'
    assert view(text).text == '"Нонна"'
    assert decoded(text, "Н") == "\\\\00041D"


@pytest.mark.parametrize("kept", [
    "the regex [\\d0-9]+ and \\d0 alone",   # a regular expression
    "C:\\cafe\\face and C:\\ab\\cd",        # a path's folders
    "\\be\\ef x and \\41 \\42",             # escapes of no word, ASCII letters
    "\\0000E9\\000041\\0000301",            # no word of one script
])
def test_backslashes_that_are_no_css_escapes_of_a_word_stay(kept):
    assert not list(css_escapes(kept))


def test_punycode_labels_read_as_their_letters_and_a_name_spelled_as_labels_as_words():
    text = "the bounce came from xn--50awjc6f.xn--n0a8bdhdbb.net"
    assert view(text).text == "the bounce came from Эмиль Лебедев.net"
    assert decoded(text, "м") == "xn--50awjc6f"  # punycode spreads a label's letters
    assert decoded(text, "Эмиль Лебедев") == "xn--50awjc6f.xn--n0a8bdhdbb"
    assert view("Pierre.xn--Rmy-bma.com").text == "Pierre Rémy.com"
    # a town's name is read, but no name of labels: the dots stay
    assert view("mail.xn--mnchen-3ya.de").text == "mail.münchen.de"


@pytest.mark.parametrize("kept", [
    "www.example.com and Mail.Example.Org",  # no punycode
    "xn--zz.com and xn--abc.net",            # no valid punycode
    "a -- b and --verbose",
    "lena@xn--mnchen-3ya.de, li@xn--50awjc6f.xn--n0a8bdhdbb.net",  # a mail address's domain
])
def test_hosts_without_a_word_in_punycode_stay(kept):
    assert not list(punycode_hosts(kept))


def test_an_entity_inside_percent_escapes_is_read_through_both():
    text = "fio=Aldo+K%26%23228%3Bster&x=1"
    assert view(text).text == "fio: Aldo Käster\nx: 1"
    assert decoded(text, "ä") == "%26%23228%3B"
    assert view("S%26%23233%3Bbastien").text == "Sébastien"


# -- through the redactor, with the real models -------------------------------------------

@pytest.mark.parametrize(("text", "scrubbed", "found"), [
    ("the old mail client sent From: Andrew Sch+AOQ-fer",
     "the old mail client sent From: [PERSON_1]", [(31, 49, "PERSON")]),
    ("SMS gateway logged the sender as +BCEEMAQyBDIEMA +BBsEMAQyBEAENQQ9BEIETAQ1BDI-",
     "SMS gateway logged the sender as [PERSON_1]", [(33, 78, "PERSON")]),
    ('the certificate\'s CSS has content: "Louise \\0000C9tienne"',
     'the certificate\'s CSS has content: "[PERSON_1]"', [(36, 56, "PERSON")]),
    ("в стилях бейджа клана \\000421\\00043E\\000444\\000438\\00044F \\00041A\\000430"
     "\\00043B\\000430\\000448\\00043D\\000438\\00043A\\00043E\\000432\\000430",
     "в стилях бейджа клана [PERSON_1]", [(22, 135, "PERSON")]),
    ("the bounce came from xn--50awjc6f.xn--n0a8bdhdbb.net",
     "the bounce came from [PERSON_1].net", [(21, 48, "PERSON")]),
    ("the legacy payroll form posted fio=Aldo+K%26%23228%3Bster",
     "the legacy payroll form posted fio=[PERSON_1]", [(35, 57, "PERSON")]),
    ('the agent page has <input name="name" value="Javier&#32;Taylor">',
     'the agent page has <input name="name" value="[PERSON_1]">', [(45, 62, "PERSON")]),
    ('в HTML накладной <td class="name">Елена Журавлева</td>',
     'в HTML накладной <td class="name">[PERSON_1]</td>', [(34, 49, "PERSON")]),
])
def test_each_writing_is_scrubbed_whole(redactor, text, scrubbed, found):
    assert redactor.scrub_text(text).text == scrubbed
    assert [(f.start, f.end, f.category) for f in redactor.find(text)] == found


def test_look_alikes_outside_a_value_stay_as_written(redactor):
    text = "call +1-800-555-0100 for C++-style help"
    assert redactor.scrub_text(text).text == "call [PHONE_1] for C++-style help"
    assert [(f.start, f.end, f.category) for f in redactor.find(text)] == [(5, 20, "PHONE")]
    text = "write to lena@xn--mnchen-3ya.de today"
    assert redactor.scrub_text(text).text == "write to [EMAIL_1] today"
    text = ("the key wJalr+XUtnFEMI/K7MDENG+bPxRfiCY== and a+b-c; see www.example.com, "
            "the regex [\\d0-9]+ and \\d0 alone, C:\\cafe\\face")
    assert redactor.scrub_text(text).text == text and redactor.find(text) == []
