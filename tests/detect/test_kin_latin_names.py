"""Names after kin and work words of other languages said in English, and Latin names with
letters English lacks or accents inside Cyrillic text: exact spans, and the near-misses left
alone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("my makcik Zaleha cooked for everyone", "my makcik [PERSON_1] cooked for everyone"),
    ("my mainini Rudo drives down tomorrow", "my mainini [PERSON_1] drives down tomorrow"),
    ("my apprentice mason arrives at eight", "my apprentice [PERSON_1] arrives at eight"),
    ("my jiejie Lin picked us up", "my jiejie [PERSON_1] picked us up"),
    ("my cuñada marisol will call", "my cuñada [PERSON_1] will call"),
    # Tok Pisin and Bislama kin said in English
    ("my tambu chikondi comes down from the highlands",
     "my tambu [PERSON_1] comes down from the highlands"),
    ("my wantok Kila will bring the pig", "my wantok [PERSON_1] will bring the pig"),
    # letters English lacks in a Latin name inside Russian text
    ("приходил Gökhan Yıldırım насчёт ремонта", "приходил [PERSON_1] насчёт ремонта"),
    # an accented given name the lexicon writes without accents, before a family name that
    # is a given name and a word too; composed or in NFD
    ("в табеле записан Zoé Hunter", "в табеле записан [PERSON_1]"),
    ("в табеле записан Chloe\u0301 Hunter", "в табеле записан [PERSON_1]"),
])
def test_names_after_kin_words_and_in_other_letters_are_found(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "my apprentice will start on Monday",
    "my makcik cooked for everyone",
    "my tambu came yesterday",
    "my bubu said the garden is ready",
    # a kin word that is an interjection too (Mongolian "ah", an elder brother), a comma after it
    "nclements: ah, tru?",
    # a brand's words English has, in Russian text
    "заказали Crème Brûlée на десерт",
])
def test_near_misses_of_kin_words_and_latin_names_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text


@pytest.mark.parametrize(("text", "scrubbed"), [
    # kin words of Japanese, Korean, Sotho and Tswana, and a grandparent's home word
    ("my otouto Haruto brings the keys", "my otouto [PERSON_1] brings the keys"),
    ("my samchon minjun will sign", "my samchon [PERSON_1] will sign"),
    ("my rakgadi neo drives us", "my rakgadi [PERSON_1] drives us"),
    ("my grampa otis paid the deposit", "my grampa [PERSON_1] paid the deposit"),
    # a word of a Latin alphabet English lacks between whose and the kin word
    ("my bɛtɛ sista Ama is at the shop", "my bɛtɛ sista [PERSON_1] is at the shop"),
    # a given name with accents first in a Latin name inside Cyrillic text, a given name
    # after it that is a frequent word too
    ("Добрый день, это Léa Grant", "Добрый день, это [PERSON_1]"),
])
def test_kin_words_of_more_languages_and_accented_given_names_are_read(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


def test_a_kin_word_without_a_name_is_left_alone(redactor):
    assert redactor.scrub_text("my otouto is late again").text == "my otouto is late again"


def test_accented_latin_words_without_a_given_name_first_are_no_person(redactor):
    # a bank's name in Russian text
    changes = redactor.scrub_text("перевод в Société Générale завтра").changes
    assert "PERSON" not in {c.finding.category for c in changes}


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("my bà ngoại Lan will cook", "my bà ngoại [PERSON_1] will cook"),
    ("my neny Voahangy paid it", "my neny [PERSON_1] paid it"),
    ("my aachchi kusum is at home", "my aachchi [PERSON_1] is at home"),
])
def test_kin_words_of_asia_africa_and_the_caribbean_take_a_name(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed
