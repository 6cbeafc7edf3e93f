"""TeX's accents read through the decoded view: braced and unbraced accents, accent commands
and special letters, each traced to its command; a backslash before a quote in code or a
shell, a path's folders and accents that compose no letter left as written; and, with the
real models, the exact output and spans found."""

from __future__ import annotations

import pytest
from viewed import decoded

import redact
from redact.detect.tex import tex_accents
from redact.detect.view import view


@pytest.mark.parametrize(("text", "read"), [
    ('author = {J{\\"a}ntsch, Maria-Luise}', "author = {Jäntsch, Maria-Luise}"),
    ("Agn\\`es Lef\\`evre, Ren\\'ee, Nu\\~nez", "Agnès Lefèvre, Renée, Nuñez"),
    ('{\\"O}zil, \\"{O}zil, \\v{S}koda, Ji{\\v r}{\\\'\\i}', "Özil, Özil, Škoda, Jiří"),
    ("Fran\\c{c}oise, Bj{\\o}rn, Stra{\\ss}e, Ma\\l{}gorzata", "Françoise, Bjørn, Straße, Małgorzata"),
])
def test_tex_accents_read_as_their_letters(text, read):
    assert view(text).text == read


def test_each_letter_maps_back_to_its_command_and_braces():
    text = 'J{\\"a}ntsch and Agn\\`es'
    assert decoded(text, "ä") == '{\\"a}'
    assert decoded(text, "Agnès") == "Agn\\`es"


@pytest.mark.parametrize("kept", [
    'say \\"a thing\\" and \\"Alice\\"',    # quotes escaped in a string
    "don\\'t, it\\'s, we\\'re, I\\'m",       # apostrophes escaped in a shell or a string
    "C:\\o\\ and C:\\L\\x and \\ss alone",    # a path's folders, a bare special letter
    'J\\"qa and \\"{1}',                     # no vowel, no letter
])
def test_backslashes_that_are_no_accents_stay(kept):
    assert view(kept).text == kept and not list(tex_accents(kept))


def test_a_bibtex_author_is_scrubbed_whole():
    r = redact.Redactor(key="tex-test-key-0123456789")
    text = "the BibTeX entry says author = {Agn\\`es Lef\\`evre}, year = 2019"
    assert r.scrub_text(text).text == "the BibTeX entry says author = {[PERSON_1]}, year = 2019"
    assert [(text[f.start:f.end], f.category) for f in r.find(text)] == [
        ("Agn\\`es Lef\\`evre", "PERSON")]
