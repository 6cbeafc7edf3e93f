"""A common noun the document writes in lowercase is no name where a line opens with it,
nor anywhere it is linked to; kin words of more languages, a kin word whose possessor is a
noun, a kin word written with a hyphen; identifiers named by a hunting permit, a giro
scheme, a trade's person, and Cisco-dotted MACs of digits only: exact output, look-alikes
left alone."""

from __future__ import annotations

import pytest

from redact.detect.name_case import nouns_by_case
from redact.records import Segment

from found import span

_CUES = {"my", "wife", "meme"}


def _kept(lines: list[str], value: str) -> list[list[str]]:
    """What of the lexicon's readings of ``value`` in each line ``nouns_by_case`` keeps."""
    segments = [Segment(line, 0) for line in lines]
    found = [[span(line, value, detector="name_lexicon")] if value in line else [] for line in lines]
    return [[s.text[f.start:f.end] for f in fs]
            for s, fs in zip(segments, nouns_by_case(segments, found, _CUES))]


def test_a_word_capitalised_mid_sentence_somewhere_is_a_name_everywhere():
    assert _kept(["the paddy is dry", "ask Paddy about the bags"], "Paddy") == [[], ["Paddy"]]
    assert _kept(["Paddy card: 12", "the paddy is dry"], "Paddy") == [[], []]
    assert _kept(["Paddy card: 12", "the paddy is dry", "my wife paddy"], "paddy") == [[], [], ["paddy"]]


def test_a_word_never_written_after_a_determiner_is_kept():
    assert _kept(["tell anna to come", "Anna is late"], "anna") == [["anna"], []]


@pytest.mark.parametrize("text", [
    "Paddy card: the weighing is at noon\nthe paddy card was signed at the mill",
    "a bag of paddy is heavy\nPaddy prices went up, the paddy is dry",
    "the paddy card was signed by the clerk at noon",
])
def test_a_common_noun_opening_a_line_is_no_name(redactor, text):
    assert redactor.scrub_text(text).text == text


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("my meme hilary will pay for the sleeve", "my meme [PERSON_1] will pay for the sleeve"),
    ("the miner's wife deliverance comes down from the hills",
     "the miner's wife [PERSON_1] comes down from the hills"),
])
def test_a_name_stays_a_name(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "кырган-авам родилась весной",  # "grandmother" in Tuvan: a kin word, written with a hyphen
    "that's wife stuff, the company's partner said no",
])
def test_kin_words_and_cue_words_are_no_names(redactor, text):
    assert redactor.scrub_text(text).text == text


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("паспорт клиентки клининга: 20 74 № 010815", "паспорт клиентки клининга: [GOV_ID_1]"),
    ("охотбилет 19 № 808703", "охотбилет [GOV_ID_1]"),
    ("банкгиро 6603-3028 (со слов охотника)", "банкгиро [BANK_ACCOUNT_1] (со слов охотника)"),
    ("CVR of the supplier 41975407", "CVR of the supplier [OTHER_1]"),
    ("driving licence of the truck man (UK one) J7265863",
     "driving licence of the truck man (UK one) [GOV_ID_1]"),
    ("national ID of the farmer (NIR card) 240-042-8708",
     "national ID of the farmer (NIR card) [GOV_ID_1]"),
    ("роутер в зале режет 1021.8095.3405", "роутер в зале режет [MAC_ADDRESS_1]"),
])
def test_identifiers_named_by_their_scheme_or_whose_they_are(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "build 2024.0101.1234 shipped",
    "version 10.2.3 and flight EI 2818 at 10.45",
    "bankgiro fees went up by 20 percent",
])
def test_look_alikes_are_kept(redactor, text):
    assert redactor.scrub_text(text).text == text
