"""A name after a kin word and where the person is from, kin words of the creoles and the
Andes, and a role word as the name after a kin word: exact spans, and the near-misses left
alone."""

from __future__ import annotations

import pytest

from redact.detect.name_kin import placed_kin_names
from redact.detect.packs import load_rules


@pytest.fixture(scope="module")
def placed():
    rules = load_rules()

    def found(text: str) -> list[str]:
        spans = placed_kin_names(text, rules.relations, rules.relations | rules.honorifics)
        return [text[a:b] for a, b, _ in spans]
    return found


@pytest.mark.parametrize(("text", "names"), [
    ("my mudda from Long Island loveliness comes in from Abaco", ["loveliness"]),
    ("mi granny from Dangriga heavenly will take the eggs", ["heavenly"]),
    ("my big sista in Fox Hill Jamie-Leigh comes in from Abaco", ["Jamie-Leigh"]),
    ("my auntie from San Ignacio, Cayo precious picked them up", ["precious"]),
])
def test_a_name_after_where_the_kin_is_from(placed, text, names):
    assert placed(text) == names


@pytest.mark.parametrize("text", [
    "my sister from Andros really is coming",  # an adverb
    "my brother from Nassau probably will call",  # an adverb made of an adjective
    "my mum from Long Island is coming",  # the place's type ends it, a verb follows
    "my sister in Fox Hill Park is nice",
    "my mum from work will call",  # no place
    "the bus from Long Island yesterday was late",  # no kin word
    "my sister from Andros told me",  # no word between the place and the verb
    "my sister from Nassau tonight will sing",  # a word of time
])
def test_no_name_after_a_place_phrase(placed, text):
    assert placed(text) == []


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("my granmudda from Andros Devotion will pay the light bill",
     "my granmudda from Andros [PERSON_1] will pay the light bill"),
    ("my lil brudda nicholas is handing out water", "my lil brudda [PERSON_1] is handing out water"),
    ("my ñaña Devotion is handing out water", "my ñaña [PERSON_1] is handing out water"),
    ("my ñaño Senator is handing out water", "my ñaño [PERSON_1] is handing out water"),
])
def test_kin_words_of_the_creoles_and_the_andes_and_a_role_word_as_a_name(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "my ñaña is handing out water",
    "my brudda said no",
    "my mudda makes the best soup",
    "the Senator is handing out water",
])
def test_the_kin_word_alone_and_a_role_after_no_kin_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text
