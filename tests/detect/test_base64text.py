"""Text written out as base64, read through the decoded view: standard and URL-safe, with or
without padding, each character traced to its group of four; keys, hashes, tokens, images and
words of prose left as written; and, with the real models, the exact output and spans found."""

from __future__ import annotations

import base64
import zlib

import pytest
from viewed import decoded

import redact
from redact.detect.base64text import base64_runs
from redact.detect.view import view


@pytest.mark.parametrize(("text", "read"), [
    ("the cookie held user=TWFyaWEgTMOzcGV6", "the cookie held user=Maria López"),
    ("X-User-Name: 0JzQsNGA0LjRjyDQn9C10YLRgNC+0LLQsA==", "X-User-Name: Мария Петрова"),
    ("urlsafe SsO2cmcgQXVzdGVybcO8aGxl", "urlsafe Jörg Austermühle"),  # no padding
])
def test_base64_that_spells_words_is_read_as_them(text, read):
    assert view(text).text == read


def test_each_character_maps_back_to_its_group_of_four():
    text = "user=TWFyaWEgTMOzcGV6"
    assert decoded(text, "Mar") == "TWFy"
    assert decoded(text, "Maria López") == "TWFyaWEgTMOzcGV6"


@pytest.mark.parametrize("kept", [
    "key AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",   # keys
    "jwt eyJhbGciOiJIUzI1NiJ9.eyJuYW1lIjoiTWFyaWEifQ.abc",                    # JSON inside
    "sha1 2jmj7l5rSw0yVb/vlWAYkK/YBwk= and iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB",  # hash, image
    "Tomorrow Christopher internationalization iPhone12 MacBookPro2019",      # words, names
    "abcdEFGH1234 and Zm9v",                                                   # no words
    # secrets that decode to words are no names: the secret rules read them as written
    "password: cGFzc3dvcmQ= and c2VjcmV0IG1lc3NhZ2Ugc28geW91J2xsIG5ldmVyIGd1ZXNzIG15IHBhc3N3b3Jk",
    "bXkgc2VjcmV0 is base64 of lowercase words",
])
def test_base64_that_spells_no_words_stays(kept):
    assert view(kept).text == kept and not list(base64_runs(kept))


def test_a_name_in_base64_is_scrubbed_whole():
    r = redact.Redactor(key="base64-test-key-0123456789")
    text = "the session cookie has user=TWFyaWEgTMOzcGV6; path=/"
    assert r.scrub_text(text).text == "the session cookie has user=[PERSON_1]; path=/"
    assert [(text[f.start:f.end], f.category) for f in r.find(text)] == [
        ("TWFyaWEgTMOzcGV6", "PERSON")]


@pytest.mark.parametrize(("text", "read"), [
    # PowerShell's and .NET's UTF-16LE, Cyrillic and Latin; UTF-16BE behind its byte order mark
    ("[Convert]::FromBase64String('UgB1AHAAZQByAHQAIABMAPYAdwBlAHIA')",
     "[Convert]::FromBase64String('Rupert Löwer')"),
    ("$owner = 'FwQ+BE8EIAAYBEEEMAQ1BDIEMAQ=' # base64, Unicode", "$owner = 'Зоя Исаева' # base64, Unicode"),
    ("name=/v8ASgD2AHIAZwAgAEIAbAB1AG0=", "name=Jörg Blum"),
])
def test_base64_of_utf16_text_is_read_as_it(text, read):
    assert view(text).text == read


def test_base64_of_utf16_that_spells_no_name_stays():
    for kept in ("cmd -EncodedCommand ZwBlAHQALQBwAHIAbwBjAGUAcwBzAA==",  # "get-process"
                 "blob /v8AQQBi/v8AQQBi/v8AQQBi"):  # marks and letters over and over
        assert view(kept).text == kept


def test_a_name_in_base64_of_utf16_is_scrubbed_whole():
    r = redact.Redactor(key="base64-test-key-0123456789")
    text = "[20:01] <heather_c> the script has FromBase64String('UgB1AHAAZQByAHQAIABMAPYAdwBlAHIA')"
    assert r.scrub_text(text).text == "[20:01] <heather_c> the script has FromBase64String('[PERSON_1]')"
    assert [(text[f.start:f.end], f.category) for f in r.find(text)] == [
        ("UgB1AHAAZQByAHQAIABMAPYAdwBlAHIA", "PERSON")]


@pytest.mark.parametrize(("text", "read"), [
    # raw deflate (a sign-on request's), a stored block, zlib's and gzip's headers
    ("in the saved form state: owner C8k4vDI/Jb8oVSEsMSc1ryQzDwA=",
     "in the saved form state: owner Théodore Valentin"),
    ("name=ARsA5P/QndC10YHRgtC+0YAg0JDQsdGA0LDQvNC+0LI=", "name=Нестор Абрамов"),
    ("z eJzzOrytKF3BKac0FwAZRARN", "z Jörg Blum"),
    ("gz H4sIAAAAAAACA7sw4cJeINygcGHWhQ0XGy5sBXJ2gAQAIJS2WBkAAAA=", "gz Анна Каренина"),
])
def test_base64_of_compressed_text_is_read_as_it(text, read):
    assert view(text).text == read


def test_compressed_base64_that_inflates_to_no_name_stays():
    for kept in ("session eJzLSM3JyVcozy/KSQEAGgsEXQ==",  # zlib of "hello world"
                 "state 7cExAQAAAMKgbOtfyhR+QAEAAAAAAAAAAAAAAAAA",  # a bomb's stream cut short
                 "cut C8k4vDI/Jb8oVSEsMSc1",  # a name's stream cut short
                 "sha1 2jmj7l5rSw0yVb/vlWAYkK/YBwk= and iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB"):
        assert view(kept).text == kept and not list(base64_runs(kept))


def test_a_decompression_bomb_is_read_no_further_than_its_cap():
    bomb = base64.b64encode(zlib.compress(b"A" * 400_000, 9)).decode("ascii")
    assert view(f"blob {bomb} end").text == f"blob {bomb} end"


def test_a_compressed_name_is_scrubbed_whole():
    r = redact.Redactor(key="base64-test-key-0123456789")
    text = "Speaker 2: in the saved form state: owner i8o/vFIhILG4sDQztQgA"
    assert r.scrub_text(text).text == "Speaker 2: in the saved form state: owner [PERSON_1]"
    assert [(text[f.start:f.end], f.category) for f in r.find(text)] == [
        ("i8o/vFIhILG4sDQztQgA", "PERSON")]
