"""Emails and numbers said with words of the speaker's own language or dialect
(redact.detect.spoken): the word for an at or a dot of any language said inside English or
Russian speech ("zavináč", "kropka", "kukac", "nokta"), a separator said again with a word
of its own ("at, the little at,") or in both languages ("собака, at,"), two words for one
at joined ("собака-эт"), a Russian dot cut short ("[точк]"), a word clipped as a dialect
writes it in an aside between digit groups ("gi' us a sec"). What the value must be still
decides: a TLD closes an email, a weak word for an at ("et") needs a mail provider after it
or a domain that is no common word, the digits make a valid phone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "email"), [
    ("napište na ivana tečka novakova zavináč seznam tečka cz, děkuji",
     "ivana tečka novakova zavináč seznam tečka cz"),
    ("the form says jan kropka kowalski małpa onet kropka pl, ok",
     "jan kropka kowalski małpa onet kropka pl"),
    ("send it to budi titik santoso at gmail titik com ya", "budi titik santoso at gmail titik com"),
    ("пишіть на oksana крапка shevchenko собака ukr крапка net, дякую",
     "oksana крапка shevchenko собака ukr крапка net"),
    ("send it to kovacs pont anna kukac freemail pont hu please",
     "kovacs pont anna kukac freemail pont hu"),
    ("matti piste virtanen ät kolumbus piste fi on se osoite",
     "matti piste virtanen ät kolumbus piste fi"),
    ("yazın: ayse nokta demir et hotmail nokta com, teşekkürler",
     "ayse nokta demir et hotmail nokta com"),
    ("reach her at pieter punt devries apenstaartje ziggo punt nl tomorrow",
     "pieter punt devries apenstaartje ziggo punt nl"),
    ("write to raj dot, the tiny dot, patel at, the little at, gmail dot com today",
     "raj dot, the tiny dot, patel at, the little at, gmail dot com"),
    ("почта sveta собака-эт yandex точка ru, записала?", "sveta собака-эт yandex точка ru"),
    ("почта dmitri собака, at, bk точка, dot, ru, спасибо", "dmitri собака, at, bk точка, dot, ru"),
    ("почта olga [точк] ivanova собака inbox [точк] ru, всё", "olga [точк] ivanova собака inbox [точк] ru"),
    # a name that is a word for a sign too, after a word of prose: the name's, not the dot's
    ("her email is mark dot okafor at yahoo dot com", "mark dot okafor at yahoo dot com"),
])
def test_a_separator_of_any_language_or_said_again_makes_an_email(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


@pytest.mark.parametrize("text", [
    "the paper by smith et home dot com was a joke",  # a weak at before a common word
    "meet me at, the big at, noon tomorrow",  # no TLD closes it
    "the kropka on the page, the małpa at the zoo",
])
def test_foreign_separators_in_prose_are_no_email(spoken, text):
    assert spoken(text) == []


def test_a_clipped_word_in_an_aside_between_digit_groups(spoken):
    text = "my number's nine two four -- erm -- gi' us a sec -- erm -- five one -- erm -- three eight two"
    assert spoken(text) == [("PHONE_NUMBER", "nine two four -- erm -- gi' us a sec -- erm -- five one -- "
                                             "erm -- three eight two")]


def test_a_clipped_word_between_too_few_digits_is_no_phone(spoken):
    assert spoken("we saw nine two four -- hm -- goin' rate -- hm -- five one") == []



@pytest.mark.parametrize(("text", "found"), [
    ("mail paul dot, khalas, lee at, wallah, yahoo dot, khalas, com please",
     [("EMAIL_ADDRESS", "paul dot, khalas, lee at, wallah, yahoo dot, khalas, com")]),
    ("we met at, however, noon dot so it goes", []),  # no provider, no TLD closes it
])
def test_a_longer_particle_set_off_by_commas_goes_with_its_separator(spoken, text, found):
    """A word of the speaker's own between commas after a separator ("dot, khalas,")."""
    assert spoken(text) == found
