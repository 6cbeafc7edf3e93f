"""Spoken values with an aside inside them (redact.detect.spoken): a separator of an email
with a hesitation or a confirming word inside its brackets ("(dot, yes)", "[эт, угу]"), or
said again to make it plain ("at, the at sign,", "at, right the at,"); letters spelled
with a phrase of up to four words between them; digit groups with a contraction in the
aside between them ("isn't it"). What the value must be still decides: a weak dot said
again as another word is prose, words in brackets around no address are no email."""

from __future__ import annotations

import pytest

_AT_EN = (" (at, yes) ", " [at, correct] ", " (um, at) ", " at, the at sign, ", " at, right the at, ",
          " at -- I mean the at sign -- ", " at, that's right, ", " (at, that's it) ")
_DOT_EN = (" (dot, yes) ", " [dot, uh-huh] ", " dot, yep, ", " dot -- the dot -- ", " (dot, okay) ",
           " dot, as in the dot, ")
_AT_RU = (" (собака, угу) ", " [эт, верно] ", " собака, верно, собака, ", " (эт, да-да) ",
          " собачка, угу, ")
_DOT_RU = (" (точка, ага) ", " точка, угу, ", " (точка, правильно) ", " точка, да, точка, ")


@pytest.mark.parametrize(("ats", "dots", "domain", "tld"), [
    (_AT_EN, _DOT_EN, "outlook", "com"),
    (_AT_RU, _DOT_RU, "yandex", "ru"),
])
def test_a_separator_with_an_aside_or_said_again_makes_an_email(spoken, ats, dots, domain, tld):
    """Each at with each dot, in both languages."""
    missed = []
    for at in ats:
        for dot in dots:
            said = f"kofi{dot}mensah{at}{domain}{dot}{tld}"
            if spoken(f"mail it to {said} tonight") != [("EMAIL_ADDRESS", said)]:
                missed.append(said)
    assert missed == []


@pytest.mark.parametrize(("text", "email"), [
    ("the clinic's address is r, and after that comes u, and after that comes t, and after "
     "that comes h dot oduya (at, yes) gmail dot com, thanks",
     "r, and after that comes u, and after that comes t, and after that comes h dot oduya "
     "(at, yes) gmail dot com"),
    ("почта w, следом идёт e, следом идёт n (точка, ага) lind собака mail точка ru, спасибо",
     "w, следом идёт e, следом идёт n (точка, ага) lind собака mail точка ru"),
])
def test_letters_linked_by_a_phrase_of_four_words_open_an_email(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


@pytest.mark.parametrize("text", [
    "we are at, like, the point, dot com bubble",  # a weak dot said again as another word
    "we met (at, least) three times, dot com style",
    "prices were (at, best) flat. com",
    "look at, the at least, dot notation",
])
def test_asides_and_repeats_in_prose_are_no_email(spoken, text):
    assert spoken(text) == []


@pytest.mark.parametrize(("text", "phone"), [
    ("ring me on two zero six [static] isn't it [static] five five five [static] oh one "
     "nine eight when you can",
     "two zero six [static] isn't it [static] five five five [static] oh one nine eight"),
    ("the landline's oh one six one -- didn't I say -- four nine six, seven seven five five, ta",
     "oh one six one -- didn't I say -- four nine six, seven seven five five"),
])
def test_a_contraction_in_an_aside_between_digit_groups(spoken, text, phone):
    assert spoken(text) == [("PHONE_NUMBER", phone)]


def test_a_contraction_between_counts_is_no_phone(spoken):
    assert spoken("we had two [laughs] wasn't it [laughs] three, maybe four of them") == []


@pytest.mark.parametrize(("text", "phone"), [
    # a filler of another language said twice, between the same aside again and again
    ("my number is zero nine one two -- yaani -- three four five -- yaani -- wallah wallah "
     "-- yaani -- six seven eight, call me",
     "zero nine one two -- yaani -- three four five -- yaani -- wallah wallah -- yaani -- six "
     "seven eight"),
    ("мой номер восемь -- ке -- девятьсот шестнадцать -- ке -- ладно, ладно -- ке -- "
     "двести сорок -- ке -- тадах, тадах -- ке -- тридцать два, звоните",
     "восемь -- ке -- девятьсот шестнадцать -- ке -- ладно, ладно -- ке -- двести сорок -- "
     "ке -- тадах, тадах -- ке -- тридцать два"),
])
def test_a_word_said_again_in_an_aside_is_one_aside(spoken, text, phone):
    assert spoken(text) == [("PHONE_NUMBER", phone)]


def test_four_other_words_between_groups_still_part_them(spoken):
    assert spoken("we had two -- papa mama tata nana -- three -- of them, four") == []


@pytest.mark.parametrize(("text", "email"), [
    ("write to m, I'll say it again, a, I'll say it again, r, I'll say it again, t dot kask "
     "at hotmail dot com",
     "m, I'll say it again, a, I'll say it again, r, I'll say it again, t dot kask at hotmail "
     "dot com"),
    ("my address is k, we're spelling, i, we're spelling, m dot berg at web dot de",
     "k, we're spelling, i, we're spelling, m dot berg at web dot de"),
    ("почта j, так, по буквам, o, так, по буквам, e dot lind собака web точка de, всё",
     "j, так, по буквам, o, так, по буквам, e dot lind собака web точка de"),
])
def test_a_contraction_in_the_phrase_between_letters(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


@pytest.mark.parametrize(("text", "email"), [
    # a foreign word's "e" written "э" after a consonant: Czech "tečka", Polish "kropeczka"
    ("пишите на olga тэчка novak завинач seznam тэчка cz, спасибо",
     "olga тэчка novak завинач seznam тэчка cz"),
    ("почта petr тэчка dvorak собака мэйл точка ру", "petr тэчка dvorak собака мэйл точка ру"),
    # Polish "kropeczka" as Russian writes it, an aside of another language in its brackets
    ("адрес ewa (кропэчка, tak) nowak собака onet тэчка pl", "ewa (кропэчка, tak) nowak собака onet тэчка pl"),
])
def test_a_hard_e_in_a_foreign_separator_is_read_as_e(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


def test_the_wide_grammar_reads_only_where_a_tld_closes():
    """Prose with a filler beside "at" and a dot later compiles no wide grammar; a stretched
    separator before a TLD does."""
    from redact.detect.packs import load_rules
    from redact.detect.spoken_emails import SpokenEmails
    from redact.detect.spoken_windows import closes

    emails = SpokenEmails.build(load_rules().spoken)
    for prose, said in [("we look at uh the budget point . Then", "look at"),  # "dot, look, com"
                        ("at the rate it goes . so on", "at the rate"),
                        ("look again at the notes period in time", "again at the")]:
        assert emails.stretched().search(prose).group() == said
        assert not closes(emails, prose, prose.index(said), len(prose))
    for text in ("ana at, um, web dot de", "ana at, um, gmail point com", "ana at, um, mail точка ру"):
        hit = emails.stretched().search(text)
        assert hit and closes(emails, text, hit.start(), len(text))


@pytest.mark.parametrize(("text", "email"), [
    # an English creole's article before the at, an aside of two words after it
    ("send the ferry manifest to timothee dot, chuh, techer99 di at, yu noh, ifrance dot, chuh, "
     "com, abaraka", "timothee dot, chuh, techer99 di at, yu noh, ifrance dot, chuh, com"),
    ("send the ferry manifest to sandra point, the dot, edwards di at, yu noh, yahoo point, the "
     "dot, com, abaraka",
     "sandra point, the dot, edwards di at, yu noh, yahoo point, the dot, com"),
    ("mail anna dot, ya know, berg da at, mi seh, gmail dot, ya know, com ok",
     "anna dot, ya know, berg da at, mi seh, gmail dot, ya know, com"),
    # a weak dot and a TLD-like word after the address ("dat" is said for a dot, ".same" a
    # TLD): the address ends before them
    ("him email da h dot, chuh, mcguinn di at, yu noh, hotmail dot, chuh, com, dat same one",
     "h dot, chuh, mcguinn di at, yu noh, hotmail dot, chuh, com"),
])
def test_an_article_before_a_separator_and_an_aside_after_it(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


@pytest.mark.parametrize("text", [
    "we met di at di office dot com",  # an article's at before a common word: a place
    "it was at di end, you know, dot com bubble",
    "dot, dot, dot",
    "the at sign, yu noh, is what we need",
])
def test_an_article_beside_a_separator_in_prose_is_no_email(spoken, text):
    assert spoken(text) == []


@pytest.mark.parametrize(("text", "email"), [
    # the separator said again after an aside of several words of the speaker's own language
    ("write to ines punto, I mean the dot, vidal at outlook punto, I mean the dot, es, gracias",
     "ines punto, I mean the dot, vidal at outlook punto, I mean the dot, es"),
    ("пишите на olga punkt -- also der punkt -- berg собака web точка de",
     "olga punkt -- also der punkt -- berg собака web точка de"),
    # two asides one after the other after a separator: a hesitation, then a phrase
    ("почта george эт, ну, вот так вот, mail точка ru, спасибо",
     "george эт, ну, вот так вот, mail точка ru"),
    ("mail tom at, um, you see, gmail dot, like, yeah, com ok",
     "tom at, um, you see, gmail dot, like, yeah, com"),
])
def test_asides_of_several_words_between_the_parts_of_an_email(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


@pytest.mark.parametrize(("text", "email"), [
    # the same aside of two pieces said after every letter, set off by commas, dashes, dots
    ("write to k, each letter alone, okay, i, each letter alone, okay, m at gmail dot com",
     "k, each letter alone, okay, i, each letter alone, okay, m at gmail dot com"),
    ("почта a ... по одной букве, слышно ... n ... по одной букве, слышно ... n собака mail точка ru",
     "a ... по одной букве, слышно ... n ... по одной букве, слышно ... n собака mail точка ru"),
    ("mail b -- each one, right -- e -- each one, right -- n at web dot de now",
     "b -- each one, right -- e -- each one, right -- n at web dot de"),
])
def test_letters_with_an_aside_of_two_pieces_after_each(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


def test_a_tld_after_an_aside_ends_the_address(spoken):
    """After "com" a comma and "ke" (Kenya's TLD) begin what is said next, no aside."""
    text = "mail w at, cachai, yahoo dot, pucha, com, ke a leboha"
    assert spoken(text) == [("EMAIL_ADDRESS", "w at, cachai, yahoo dot, pucha, com")]


@pytest.mark.parametrize("text", [
    "we met at, well, the station",
    "call me at, uh, noon",
    "the dot, you know, on the map",
    "we met at, you know, the old office, dot com style",
    "prices were at, I mean, a peak. com",
    "look at, the one, the other at, well, home dot matrix",
])
def test_asides_after_at_or_dot_in_prose_are_no_email(spoken, text):
    assert spoken(text) == []


@pytest.mark.parametrize(("text", "phone"), [
    # a transcriber's note of a sound, a clause in square brackets, between the groups, and a
    # filler of the speaker's own language set off by pauses
    ("for the rug call oh double seven nine four ... [the vacuum running in the flue] ... two "
     "three seven three seven three, inshallah today",
     "oh double seven nine four ... [the vacuum running in the flue] ... two three seven three "
     "seven three"),
    ("my number is oh nine two one ... [the vacuum running in the flue] ... inshallah ... [the "
     "vacuum running in the flue] ... double three nine ... [the vacuum running in the flue] ... "
     "four eight six nine, the other one is for data",
     "oh nine two one ... [the vacuum running in the flue] ... inshallah ... [the vacuum running "
     "in the flue] ... double three nine ... [the vacuum running in the flue] ... four eight six "
     "nine"),
    ("call oh seven nine zero one {a truck reversing outside the open window} two six four one "
     "nine three tomorrow",
     "oh seven nine zero one {a truck reversing outside the open window} two six four one nine "
     "three"),
])
def test_a_long_note_of_a_sound_between_digit_groups(spoken, text, phone):
    assert spoken(text) == [("PHONE_NUMBER", phone)]


@pytest.mark.parametrize("text", [
    "the train leaves at nine thirty ... [the kettle whistling in the kitchen] ... and arrives "
    "at ten fifteen",
    "it was version two point one ... [the baby crying in the other room] ... then three point two",
    "we paid forty two ... [the vacuum running in the flue] ... fifty, maybe sixty euros",
    # round brackets hold asides as well as notes: a long one still parts the groups
    "room four one two (which is the one she told me about last week) two one nine eight seven "
    "six",
])
def test_a_long_note_between_times_prices_and_versions_joins_nothing(spoken, text):
    assert spoken(text) == []
