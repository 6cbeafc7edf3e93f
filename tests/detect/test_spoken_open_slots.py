"""Emails said with separators of any words (redact.detect.spoken_open): a provider, the
dot's words, a TLD, and before the provider the at's words and the local part, its labels
apart by the same dot's words, or letters spelled with the same words between each two;
and digit groups linked by a word set off by dashes said again and again, an aside of any
words between two links (redact.detect.spoken). Prose that names a provider and a TLD,
and counts with dashes, stay as they are."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "email"), [
    # the dot's words said again in the local part tell where the at's words begin
    ("send it to fatma noqta yilmaz kuchukcha gmail noqta com, rahmat",
     "fatma noqta yilmaz kuchukcha gmail noqta com"),
    ("her mail is ana {punkt, ja} berg snabel-a hotmail {punkt, ja} se",
     "ana {punkt, ja} berg snabel-a hotmail {punkt, ja} se"),
    # brackets around the at's words
    ("my login is pkowal (malpa, tak) yahoo kropka, no, com",
     "pkowal (malpa, tak) yahoo kropka, no, com"),
    # commas after each of the at's words
    ("the coach wrote from tmwangi kiboko, at, gmail nukta com today",
     "tmwangi kiboko, at, gmail nukta com"),
    # the prose before the local part
    ("reach the vet at ohalloran apenstaart hotmail stip com",
     "ohalloran apenstaart hotmail stip com"),
    # letters spelled with the same phrase between each two
    ("write to k ~ na harf ~ a ~ na harf ~ l ~ na harf ~ i kukac gmx pont de",
     "k ~ na harf ~ a ~ na harf ~ l ~ na harf ~ i kukac gmx pont de"),
    ("her address, r, a saber, u, a saber, t, a saber, h noqta nwosu kuchukcha yahoo noqta co.uk",
     "r, a saber, u, a saber, t, a saber, h noqta nwosu kuchukcha yahoo noqta co.uk"),
    # a phrase of four words between the letters: how many letters each is, then a particle
    ("his email is f -- one one letter, abeg -- e -- one one letter, abeg -- r -- one one "
     "letter, abeg -- l dot, na, lacy81 at, hát, gmail dot, na, com, that one",
     "f -- one one letter, abeg -- e -- one one letter, abeg -- r -- one one letter, abeg -- l "
     "dot, na, lacy81 at, hát, gmail dot, na, com"),
])
def test_separators_of_any_words_around_a_provider_make_an_email(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


@pytest.mark.parametrize("text", [
    "I moved from yahoo to gmail, and com is fine",      # the slots hold a provider
    "she is free to do it, de facto, live and let live",  # common providers, no dot said
    "she prefers yahoo over gmail dot com these days",   # no local part before the at
    "the team at the office uses gmail and com tools",   # only prose in the slots
    "my brother works at yahoo in the uk office",         # a provider, then prose
    "Sarah switched gmail accounts again, com is dead",   # no slot set off or known
    "our team uses yahoo groups daily com",
    "Bob Smith yahoo news anchor org",
])
def test_prose_that_names_a_provider_and_a_tld_is_no_email(spoken, text):
    assert [k for k, _ in spoken(text)] == []


@pytest.mark.parametrize(("text", "phone"), [
    ("my mobile is oh seven nine one -- sawa -- one two three -- sawa -- ngoja kidogo -- "
     "sawa -- four five six seven, thanks",
     "oh seven nine one -- sawa -- one two three -- sawa -- ngoja kidogo -- sawa -- four five "
     "six seven"),
    ("мой номер восемь — жэ — девятьсот шестнадцать — жэ — ну вот — жэ — двести сорок — "
     "жэ — тридцать два, звоните",
     "восемь — жэ — девятьсот шестнадцать — жэ — ну вот — жэ — двести сорок — жэ — тридцать два"),
    ("the shop's number is oh two oh -- ano ne -- seven nine four six -- ano ne -- eto -- "
     "ano ne -- five five one two, thanks",
     "oh two oh -- ano ne -- seven nine four six -- ano ne -- eto -- ano ne -- five five one two"),
])
def test_a_word_set_off_by_dashes_again_and_again_links_digit_groups(spoken, text, phone):
    assert spoken(text) == [("PHONE_NUMBER", phone)]


def test_a_link_between_counts_is_no_phone(spoken):
    assert spoken("chapters one -- see -- two -- see -- three, all of them") == []
