"""Kin words of Bhutan (Dzongkha, Sharchop) and Tibet said in English, kin words spelled in
Arabizi's digits, with where the person lives between kin word and name; a capitalised
common word as the family name after a given name; the peoples of India as no place; a
West Slavic trade labelling a name as no name; and the look-alikes left alone."""

from __future__ import annotations

import pytest

from redact.detect.name_cue_words import cue_words


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("my aku Tenzin fixes the roof", "my aku [PERSON_1] fixes the roof"),
    ("my ani pelden collects the parcels", "my ani [PERSON_1] collects the parcels"),
    ("my aku in Gelephu Sonam pays the fees", "my aku in Gelephu [PERSON_1] pays the fees"),
    ("my azhang Jigme will sign", "my azhang [PERSON_1] will sign"),
    ("my 3ammi in Salmiya Nawaf takes the car", "my 3ammi in Salmiya [PERSON_1] takes the car"),
    ("my 5alti Reem brings the forms", "my 5alti [PERSON_1] brings the forms"),
])
def test_a_name_after_a_kin_word_of_bhutan_or_in_arabizi(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "my ama is at home today",
    "my aku will be late again",
    "my 3ammi really is the best",
    "we start at 3am Monday and stop at 5am",
])
def test_a_kin_word_without_a_name_and_an_hour_find_nothing(redactor, text):
    assert redactor.scrub_text(text).text == text


def test_arabizi_spellings_read_as_the_listed_kin_word_and_hours_are_not():
    found = cue_words("my 3ammi and my 5alti at 3am", {"ammi", "khalti", "am"}, {"ammi", "khalti"})
    assert found["3ammi"] == "ammi" and found["5alti"] == "khalti" and "3am" not in found


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("Speaker 1  0:42\nPriscilla Wood from the council rang back",
     "Speaker 1  0:42\n[PERSON_1] from the council rang back"),
    # a place's type after a given name is no family name
    ("Speaker 1  0:42\nPriscilla Street was closed for the parade",
     "Speaker 1  0:42\n[PERSON_1] Street was closed for the parade"),
])
def test_a_common_word_as_the_family_name_after_a_given_name(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("the Malayali nurse from Kochi called", "the Malayali nurse from [LOCATION_1] called"),
    ("a Kannadiga driver took us home", "a Kannadiga driver took us home"),
])
def test_a_people_of_india_is_no_place(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("Speaker 1: Účtovníčka: Gregor Sámel", "Speaker 1: Účtovníčka: [PERSON_1]"),
    ("Speaker 2: Ošetrovateľka: Jana Nováková", "Speaker 2: Ošetrovateľka: [PERSON_1]"),
    ("Hotel: Grand Plaza", "Hotel: Grand Plaza"),
])
def test_a_west_slavic_trade_labelling_a_name_is_no_name(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed
