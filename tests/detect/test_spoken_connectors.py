"""Spoken emails read by their connectors' core (redact.detect.spoken_emails): an "at" or a
"dot" is any form of its word (drawn out, stretched: "dot-o", "dotto", spelled "d-o-t", a
Russian noun in any case, a word for a sign beside it, a preposition before it, the symbol
beside it) in any decoration (brackets, quotes, a dash glued to the next word, a comma or a
full stop after it), a filler or a word of dictation beside it ("эт, значит,", "at, like,",
"собачку ставишь"); letters spelled one by one are apart by any one mark or linking word or
phrase, the same all along. Prose with the same words is left alone: an email needs a local
part, an at, a domain, a dot and a TLD. Phones: any bracketed pause between digit groups."""

from __future__ import annotations

import pytest

# the text put between two words for an "at" and for a "dot", spaces included
_AT_EN = (" at ", " at the ", " at-symbol ", " at sign ", " at the symbol ", " (a) ", " [a] ",
          " @ ", " (@) ", " at (@) ", " 'at' ", " -at- ", " (at) ", " «at» ", " at, ", " att ",
          " @-sign ", " <@> ", " a-t ", " at-sign, ", " at, like, ", " at, um, ", " at-a ")
_DOT_EN = (" dot ", " dott ", " dot-", " (period) ", " [dot] ", " 'dot' ", " «dot» ", " -dot- ",
           " punkt ", " dot, ", " *dot* ", " (dot) ", " full-stop ", " dot-o ", " dotto ",
           " d-o-t ", " d.o.t ", " <.> ", " dot, uh, ")
_AT_RU = (" собака ", " собакой ", " собака, ", " @-собака ", " знак «собака» ", " символ @ ",
          " (собака) ", " знак собаки ", " «собачка» ", " эт ", " собака (@) ", " -собака- ",
          " эт, значит, ", " собачку ставишь, ", " ат ", " э-т ", " sobaka ", " ну, собака ")
_DOT_RU = (" точка ", " тчк. ", " «тчк» ", " точка-", " точкой ", " (точка) ", " тчк ",
           " точка, ", " [точка] ", " точку ", " дот, ", " точку ставишь, ", " д-о-т ", " tochka ")


@pytest.mark.parametrize(("ats", "dots", "domain", "tld"), [
    (_AT_EN, _DOT_EN, "gmail", "de"),
    (_AT_RU, _DOT_RU, "mail", "ru"),
    (_AT_RU, _DOT_EN, "yandex", "com"),
])
def test_every_connector_form_makes_an_email(spoken, ats, dots, domain, tld):
    """Each form of at with each form of dot, in both languages and mixed."""
    missed = []
    for at in ats:
        for dot in dots:
            said = f"anna{dot}berg{at}{domain}{dot}{tld}"
            if spoken(f"write to {said} please") != [("EMAIL_ADDRESS", said)]:
                missed.append(said)
    assert missed == []


@pytest.mark.parametrize("sep", ["-", "--", " _ ", "_", ".", "..", "…", " – ", "—", "/",
                                 ", ", " ", " -- ", " / ", " . ", "~", " | "])
@pytest.mark.parametrize(("tail", "start"), [
    (" dot berg at the gmail dot com", "pls email to "),
    (" тчк. berg знак «собака» mail тчк. ru", "ящик у меня "),
])
def test_letters_spelled_with_any_one_mark_open_an_email(spoken, sep, tail, start):
    said = sep.join("shania") + tail
    assert spoken(f"{start}{said} can?") == [("EMAIL_ADDRESS", said)]


@pytest.mark.parametrize(("text", "email"), [
    ("the ticket should go to janet dot-moore25 at the hotmail dot-co.uk",
     "janet dot-moore25 at the hotmail dot-co.uk"),
    ("mail me at theophile (period) ferrand (a) noos (period) fr, ja",
     "theophile (period) ferrand (a) noos (period) fr"),
    ("пишите на электронку p точка-paris собака, yahoo точка-fr",
     "p точка-paris собака, yahoo точка-fr"),
    # a provider lets a weak dot close on any TLD; a strong one closes on any public TLD
    ("reach me at lucia period bianchi at libero period it", "lucia period bianchi at libero period it"),
    ("write to kai dot lind at studio dot berlin", "kai dot lind at studio dot berlin"),
    ("email is john minus smith at outlook dot com", "john minus smith at outlook dot com"),
    # full-width brackets, other languages' words for at and dot
    ("email is john（dot）smith【at】gmail「dot」com ok", "john（dot）smith【at】gmail「dot」com"),
    ("email is john dot smith arobase gmail point fr ok", "john dot smith arobase gmail point fr"),
    # a weak dot before a public suffix of two labels
    ("email is thabo (period) nkosi at acmeworks (period) co (period) za ok",
     "thabo (period) nkosi at acmeworks (period) co (period) za"),
    # a dot glued to a common TLD
    ("email is john.smith at gmail dotcom thanks", "john.smith at gmail dotcom"),
    ("почта ivan точка petrov собака mail точкару", "ivan точка petrov собака mail точкару"),
    # a filler before a connector too, a verb of dictation before the dot
    ("write to john, um, at gmail dot com", "john, um, at gmail dot com"),
    ("it's john... um... at gmail... uh... dot com", "john... um... at gmail... uh... dot com"),
    ("пиши ivan, ну, собака, короче, mail точка ru", "ivan, ну, собака, короче, mail точка ru"),
    ("почта ivan ставим точку petrov собака mail точка ru", "ivan ставим точку petrov собака mail точка ru"),
    # of two that overlap, the one that goes on: ".page" is a TLD, "e dot page" a local part
    ("email the landlord at e dot page at outlook dot com", "e dot page at outlook dot com"),
])
def test_emails_with_glued_and_bracketed_connectors(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


@pytest.mark.parametrize("text", [
    "I'll meet you at the office dot com site later",  # "at the" and a common word
    "we met at the station, period. then home",
    "the state-at-large dot com",
    "he was at home (.) dot dot dot",
    "we stopped at this point in time dot",
    "у меня собака, точка зрения такая",
    "the score was (a) good (period) fine",  # no TLD closes it
    "at the point of sale dot matrix printers",
    "in the a _ b _ c order at the gmail meeting",
    "we were at 'home' dot com",  # the quotes around a word, not the separator
    "meet at the bank dot au branch",  # a common word after "at the", no provider
    "the dotcom bubble at its peak dotcom",
    "email is thabo (period) nkosi at acmeworks (period) za ok",  # a weak dot, a rare TLD
    # fillers and stretched connectors in prose: no TLD closes them, or a common word after
    # "at the"
    "so at, like, the end of the day dot com bubble burst",
    "we met at, um, the office dot com thing",
    "we met at the, um, office dot com thing",
    "the d-o-t rules at the airport are strict",
    "I was at uh the last point . Ok",
    "ставим точку, и всё, собачку ставишь на место",
    "he said dot-o at the end, like a joke",
])
def test_connectors_in_prose_are_no_email(spoken, text):
    assert spoken(text) == []


@pytest.mark.parametrize("pause", [" [0.5] ", " (2s) ", " [pause] ", " [inaudible] ", " (1.5 s) ",
                                   " <0.3> ", " {pause} "])
def test_any_bracketed_pause_between_digit_groups_joins_them(spoken, pause):
    said = f"oh seven nine one one{pause}four eight two seven three six"
    assert spoken(f"okay so it's {said}, did you get all of that") == [("PHONE_NUMBER", said)]


@pytest.mark.parametrize("text", [
    # eight digits said without a cue are no phone, in a country's groups or not: a meeting
    # reads digit strings aloud ("nine eight two four, nine nine two four")
    "okay so it's eight one eight oh [0.5] six nine seven nine, did you get all of that",
    "okay so it's eight one eight oh six nine seven nine",
    "eight one eight, oh six nine seven nine",
    "it's nine one two three, four five six seven",  # counting
    "page eighty one, eighty six, ninety seven, eleven",  # not one by one
])
def test_eight_digits_without_a_cue_are_no_phone(spoken, text):
    assert spoken(text) == []


@pytest.mark.parametrize(("text", "phone"), [
    ("call me on nine-one-seven, four-five-five, two-eight-three-six",
     "nine-one-seven, four-five-five, two-eight-three-six"),
    ("call me on nine-one-seven four-five-five two-eight-three-six",
     "nine-one-seven four-five-five two-eight-three-six"),
    ("мобильный восемь-девятьсот шестнадцать-сто двадцать три-сорок пять-шестьдесят семь",
     "восемь-девятьсот шестнадцать-сто двадцать три-сорок пять-шестьдесят семь"),
])
def test_digit_words_joined_by_hyphens_are_read(spoken, text, phone):
    assert spoken(text) == [("PHONE_NUMBER", phone)]


@pytest.mark.parametrize("text", [
    "the code is twenty-one",
    "a one-on-one with the twenty-somethings, thirty-five of them",
    "it's one-two-three-four-five-six-seven-eight-nine",  # counting
])
def test_hyphenated_number_words_in_prose_are_no_phone(spoken, text):
    assert spoken(text) == []


@pytest.mark.parametrize("sep", [", then ", " then ", ", and then ", " - then - ", "... then ",
                                 ", then, ", " next ", ", after that ", " and ", ", потом ",
                                 "… потом ", " затем ", ", дальше ", " и ", " а потом ",
                                 # any word or phrase, said again between every two letters
                                 " ... next ", ", followed by ", " plus ", ", and after it ",
                                 " ... следом ", ", за ней ", " after which "])
@pytest.mark.parametrize(("tail", "start"), [
    (" dot berg at sign, gmail dot com", "pls email to "),
    (" [.] berg на собаке mail тчк, ru", "ящик у меня "),
])
def test_letters_spelled_with_a_word_between_them_open_an_email(spoken, sep, tail, start):
    said = sep.join("Shania") + tail
    assert spoken(f"{start}{said} can?") == [("EMAIL_ADDRESS", said)]


@pytest.mark.parametrize("at", [" на собаке ", " собачку ", " собачкой ", " на собачке ",
                                " через собаку ", " с собакой ", " собакою ", " @, ",
                                " на «собаке» "])
@pytest.mark.parametrize("dot", [" точечку ", " точечка ", " тчк, ", " через точку ",
                                 " точечкой ", " [.] ", " точкою "])
def test_russian_connectors_in_any_case_after_a_preposition(spoken, at, dot):
    said = f"anna{dot}berg{at}yandex{dot}ru"
    assert spoken(f"почта {said}, спасибо") == [("EMAIL_ADDRESS", said)]


@pytest.mark.parametrize("text", [
    "option a, then b, then c at the office dot com",  # "at the" and a common word
    "first a, then b, then c, period.",
    "мы с собакой гуляли в парке, точка",
    "на собаке была точка, и всё",
    "a и b и c через точку на собаке",
    "a lot of a cake at the office dot com",  # a phrase said once, and at the office
    "i think i think i said it at the gmail meeting",
])
def test_linked_letters_and_russian_connectors_in_prose_are_no_email(spoken, text):
    assert spoken(text) == []
