"""Text written out as Ascii85, read through the decoded view: inside Adobe's delimiters (on
one line or wrapped, with a "z" group and a last group cut short), after a word that names
the encoding (Adobe's alphabet, or RFC 1924's after "base85"), before a PDF stream's end mark;
each character traced to its group of five; runs outside delimiters with no cue, runs that
decode to no name or address, and look-alikes left as written; and, with the real models,
the exact output and spans found."""

from __future__ import annotations

import pytest
from viewed import decoded

import redact
from redact.detect.ascii85text import ascii85_runs
from redact.detect.view import view


@pytest.mark.parametrize(("text", "read"), [
    ("в потоке PDF договора <~d#cVfd(%JSd(%H8+OHk0[F'TQ[F'NO\\Bqn~>",
     "в потоке PDF договора  Анисим Тетерин "),
    ("in the PostScript of the ticket: <~6c5m>Bl7?%9jr'aBl7t~> /Author",
     "in the PostScript of the ticket:  Célina Martins  /Author"),
    ("wrapped <~9#J)X\n  B-9NWF_q~>", "wrapped  Jörg Blum "),  # whitespace inside the run
    ("the owner, ascii85: \"9#J)XB-9NWF_q\", as stored", "the owner, ascii85: \"Jörg Blum\", as stored"),
    ("a85 of the name 9#J)XB-9NWF_q.", "a85 of the name Jörg Blum."),
    ("base85 (git's alphabet): O2f8tXCOjsb!`", "base85 (git's alphabet): Jörg Blum"),
    ("/Filter /ASCII85Decode stream Ch7Km/nSg=@q]Fo5\\51KD/a<&/oPcC~> endstream",
     "/Filter /ASCII85Decode stream lena.fischer@example.org  endstream"),
])
def test_ascii85_that_spells_a_name_or_an_address_is_read_as_it(text, read):
    assert view(text).text == read


def test_each_character_maps_back_to_its_group_of_five():
    text = "stream <~9#J)XB-9NWF_q~> end"
    assert decoded(text, "Jö") == "9#J)X"
    assert decoded(text, "Jörg Blum") == "9#J)XB-9NWF_q"


def test_a_z_group_and_a_last_group_cut_short_decode():
    # "z" is four zero bytes: no name, so the run stays; the last group of three is two bytes
    assert list(ascii85_runs("<~z9#J)XB-9NWF_q~>")) == []
    assert view("<~9#J)XB-9NWF_q~>").text == " Jörg Blum "  # 13 characters: 2 + 3 groups


@pytest.mark.parametrize("kept", [
    "9#J)XB-9NWF_q with no delimiters and no word for the encoding",
    "ascii85 encoding is what PostScript uses for binary data",          # words, no run
    "<~87cURD]i,\"Ebo80~> and <~abcdefgh~>",                             # no name: "Hello World!"
    "<~z!!!!!!!!~> and <~~> and ~> alone",                               # zeros, empty
    "order FD-97869, ISBN 978-3-16-148410-0, flight LH1224, v9.14.9",    # look-alikes
    "ascii85 order 12345678 room 3.27 price $1,299.00",
])
def test_ascii85_that_spells_no_name_stays(kept):
    assert view(kept).text == kept and not list(ascii85_runs(kept))


def test_a_name_in_ascii85_is_scrubbed_whole():
    r = redact.Redactor(key="ascii85-test-key-0123456789")
    text = "in the PostScript of the ticket: <~6c5m>Bl7?%9jr'aBl7t~> /Author"
    assert r.scrub_text(text).text == "in the PostScript of the ticket: <~[PERSON_1]~> /Author"
    assert [(text[f.start:f.end], f.category) for f in r.find(text)] == [
        ("6c5m>Bl7?%9jr'aBl7t", "PERSON")]
