"""Spoken values with a repair or a noise inside them (redact.detect.spoken): letters spelled
with the same aside between every two, a lone letter in it ("one letter at a time"); a
separator said again with a word of the speaker's own after it ("dot, the point la,"); an
aside set off by commas in a chat alphabet ("ya3ni"); digit groups read one by one with a
sound note or a dashed aside between them. Prose with "dot", "at", "point" and number words
stays untouched."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "email"), [
    ("write to t, one letter at a time, o, one letter at a time, m dot vale at gmail dot com please",
     "t, one letter at a time, o, one letter at a time, m dot vale at gmail dot com"),
    ("it is rosa dot, the point ah, lind at outlook dot com, ok",
     "rosa dot, the point ah, lind at outlook dot com"),
    ("send it to pavel at yandex dot, the point eh, ru tomorrow",
     "pavel at yandex dot, the point eh, ru"),
    ("my mail is nour at, the at sign, 3ala, hotmail dot com thanks",
     "nour at, the at sign, 3ala, hotmail dot com"),
])
def test_repairs_inside_an_email_keep_it_whole(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


@pytest.mark.parametrize(("text", "phone"), [
    ("the plumber's mobile? nine one six two [dog barking outside] four four oh eight, call him",
     "nine one six two [dog barking outside] four four oh eight"),
    ("keep it: two two -- hmm, hold on -- five one -- hmm, hold on -- six three oh seven",
     "two two -- hmm, hold on -- five one -- hmm, hold on -- six three oh seven"),
])
def test_digit_groups_with_noise_between_them_are_one_phone(spoken, text, phone):
    assert spoken(text) == [("PHONE_NUMBER", phone)]


@pytest.mark.parametrize("text", [
    "we got two of them at nine, then four more at ten",
    "at this point, the point is moot, dot the i's and cross the t's",
    "meet me at the office, full stop, then dot, the end of it",
    "she said one two three four [laughter] five six seven eight while counting",
    "the score was two one [crowd cheering] then four three at half time",
    "a, one letter at a time, b, one letter at a time, c is how kids learn",
])
def test_look_alikes_stay_untouched(spoken, text):
    assert spoken(text) == []
