"""Spoken forms (redact.detect.spoken): numbers, emails and birth dates said aloud are one
finding each, checked as their written forms are; counting, prices, times and dates said
without a birth cue are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

from redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(("text", "scrubbed"), [
    # phones read digit by digit, with "oh", "double", "triple" and fillers between groups
    ("so my mobile is oh seven seven double zero, uh, nine double eight, four three two one",
     "so my mobile is [PHONE_1]"),
    ("call me on four one five, triple five, um, two nine three eight anytime",
     "call me on [PHONE_1] anytime"),
    ("you can reach her at five five five, oh one six three", "you can reach her at [PHONE_1]"),
    ("звоните: восемь девятьсот двенадцать, триста сорок пять, шестьдесят семь, восемьдесят девять",
     "звоните: [PHONE_1]"),
    ("мой номер восемь, э-э, девятьсот шестнадцать, так, ноль семьдесят восемь, сорок семь, "
     "восемьдесят семь, запиши", "мой номер [PHONE_1], запиши"),
    # groups apart by pauses and dashes, with fillers between them
    ("the desk line is four one six... uh... two two nine... oh five five one, ok",
     "the desk line is [PHONE_1], ok"),
    ("номер восемь - девятьсот шестнадцать - так - двести сорок - ну это - тридцать один - ноль два",
     "номер [PHONE_1]"),
    # emails said aloud or spelled
    ("it's tom dot reyes at outlook dot com", "it's [EMAIL_1]"),
    ("it is m–i–r–a dot lund AT outlook dot com", "it is [EMAIL_1]"),
    ("напиши на p, e, t, y, a собака yandex точка, ru или kolya дот orlov эт bk дот ru",
     "напиши на [EMAIL_1] или [EMAIL_2]"),
    ("ivan точка petrov собака mail точка ru", "[EMAIL_1]"),
    ("send it to m-a-r-t-a underscore k at gmail dot com please", "send it to [EMAIL_1] please"),
    ("my email is tom dot reyes at outlook dot com, that's t-o-m",
     "my email is [EMAIL_1], that's [EMAIL_2]"),
    ("my name is tom, that is t-o-m", "my name is [PERSON_1], that is [OTHER_1]"),
    ("write to tom (at) gmail (dot) com, or ivan [at] yandex [dot] ru",
     "write to [EMAIL_1], or [EMAIL_2]"),
    ("it's t o m dot reyes at outlook point com", "it's [EMAIL_1]"),
    # dates said aloud after a birth cue
    ("I was born on the fifth of March seventy-nine", "I was born on [DATE_OF_BIRTH_1]"),
    ("date of birth is January the third, nineteen ninety-four, okay",
     "date of birth is [DATE_OF_BIRTH_1], okay"),
    ("родилась четырнадцатого марта восемьдесят третьего", "родилась [DATE_OF_BIRTH_1]"),
    ("дата рождения: второго апреля тысяча девятьсот девяносто седьмого года",
     "дата рождения: [DATE_OF_BIRTH_1]"),
])
def test_a_spoken_value_is_one_finding(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "the meeting moved to the fifth of March seventy-nine",  # a date without a birth cue
    "встречу перенесли на четырнадцатое марта",
    "one two three four five six seven eight nine ten, okay everyone's here",
    "we need two or three people, maybe four or five, by nine thirty",
    "it costs nine ninety-nine, or twelve fifty with shipping",
    "room four one two, then flight two seven five",
    "version three point one two point one",
    "look at this dot, it's the one at the top",
    "I post clips at instagram.com/someone",
    "we spent two hundred million, then two two two million last year",
    "there is no support at this point in time",
    "at that point in the agenda we stopped, the value at this point is key",
    "it's a b a pattern, that's a s a rhyme",
    "eighty-six, one hundred, and forty-three and seventy-five. Forty-six and five, fifty-one",
])
def test_spoken_look_alikes_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text


def test_a_vtt_transcript_is_scrubbed_in_place(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "call.vtt").write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Dana>my number is oh seven seven double "
        "zero, uh, nine double eight, four three two one</v>\n\n00:00:04.500 --> 00:00:06.000\n"
        "<v Sam>and the email is sam dot ortiz at gmail dot com</v>\n")
    result = run_cli("scrub", "in", "-o", "out", "--report", "r.json", "--quiet", cwd=tmp_path)
    assert result.exit_code == 0
    assert (tmp_path / "out" / "call.vtt").read_text() == (
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v [PERSON_1]>my number is [PHONE_1]</v>\n\n"
        "00:00:04.500 --> 00:00:06.000\n<v [PERSON_2]>and the email is [EMAIL_1]</v>\n")
    assert "ortiz" not in (tmp_path / "r.json").read_text()


def test_with_dates_redacted_a_spoken_date_is_a_date_unless_a_birth_cue_names_it():
    redactor = Redactor(operators={"DATE_TIME": "tag"})
    assert redactor.scrub_text("the meeting moved to the fifth of March seventy-nine").text == \
        "the meeting moved to [DATE_TIME_1]"
    assert redactor.scrub_text("I was born on the fifth of March seventy-nine").text == \
        "I was born on [DATE_OF_BIRTH_1]"
