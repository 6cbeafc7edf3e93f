"""A name after a kin word of the many languages people say them in when they write English
(rules/names.yaml: "my öcsém Champion", "my tantine Brigitte"), and a surname its particle
carries over a line's wrap ("Ana Laura⏎> da Cunha")."""

from __future__ import annotations

import pytest

from redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("my öcsém Champion is paying for the spa weekend",
     "my öcsém [PERSON_1] is paying for the spa weekend"),
    ("my keresztanya favour signed the member card",
     "my keresztanya [PERSON_1] signed the member card"),
    ("my tantine Brigitte will call", "my tantine [PERSON_1] will call"),
    ("my granmer Josiane said it", "my granmer [PERSON_1] said it"),
])
def test_a_name_after_a_kin_word_of_any_language(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "my öcsém is paying for the spa weekend",
    "my keresztanya will come for the warm pool",
])
def test_a_kin_word_without_a_name_is_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("> the service order was signed by the technician Ana Laura\n> da Cunha at night\n",
     "> the service order was signed by the technician [PERSON_1] at night\n"),
    ("I met Ana Laura\nde facto it was fine", "I met [PERSON_1]\nde facto it was fine"),
])
def test_a_surname_carried_over_a_lines_wrap_by_its_particle_is_the_names(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed
