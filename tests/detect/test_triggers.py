"""Triggers read off a pattern's parse tree, and the fallback when it cannot be read."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import regex

from redact.detect.triggers import RuleIndex, pattern_triggers


def index(*sources: str) -> RuleIndex:
    """An index over one recognizer holding ``sources``: RuleIndex reads only a
    recognizer's ``triggers`` and ``patterns``."""
    recognizer = SimpleNamespace(patterns=list(sources),
                                 triggers=[pattern_triggers(s, 0) for s in sources])
    return RuleIndex([recognizer])


def test_a_readable_pattern_gets_triggers_that_skip_texts_without_them():
    source = r"locker_\d{5}"
    triggers = pattern_triggers(source, 0)
    assert triggers and any(t.pattern == r"\d{5}" for t in triggers)
    assert index(source).patterns("open locker_40412 now") == {0: [source]}
    assert index(source).patterns("open locker 4041 now") == {}


@pytest.mark.parametrize("source", [
    r"\p{Lu}\d{3}",  # a Unicode property: regex only
    r"[[:digit:]]{4}",  # a POSIX class
    r"(?V1)[a-z]\d",  # a version flag
    r"(?(DEFINE)(?P<d>\d))(?&d){4}",  # definitions and calls
    r"(?|a(\d)|b(\d))",  # branch reset
    r"\mword",  # escapes, groups and ranges re's parser rejects
    r"\Gab\d",
    r"(?<tag>ab)\g<tag>",
    r"[\d-z]ab",
])
def test_a_pattern_the_parser_cannot_read_gets_no_triggers_and_runs_on_every_text(source):
    assert regex.compile(source)  # regex runs it
    assert pattern_triggers(source, 0) == ()
    for text in ("", "plain words", "Z123 ab word"):
        assert index(source).patterns(text) == {0: [source]}


def test_triggers_honour_ignore_case():
    source = r"(?i:apikey)=\w+"
    assert index(source).patterns("APIKEY=abc") == {0: [source]}
    assert index(source).patterns("key=abc") == {}


def test_a_prefix_the_parser_takes_out_of_alternatives_goes_back_in_front_of_each():
    # "code|combo" parses as "co(?:de|mbo)": the word trigger is "code" or "combo", not the
    # nouns before them that prose is full of
    source = r"(?i:gate|door|sim)[ ](?i:code|combo)[ ]\d{4}"
    words = [set(t.pattern.split("|")) for t in pattern_triggers(source, 0) if "|" in t.pattern]
    assert words == [{"code", "combo"}]
    assert index(source).patterns("the gate is open, 4471 people") == {}
    assert index(source).patterns("gate code 4471") == {0: [source]}


@pytest.mark.parametrize("text", [
    "ПАРОЛЬ: x1", "пароль: x1", "Пароль—x1", "ПАРОЛь x1",  # Cyrillic in any case
    "Passwort é", "PASSWORT é", "paſſwort é",  # "ſ" is a case of "s" to the regex
    "pass é", "Kennwort é", "KENNWORT é", "\u212aennwort é",  # the Kelvin sign is a "k"
    "İd: é", "ıd: é", "id é", "ID é",  # "İ" is a case of "i", "ı" of "I"
])
def test_case_blind_words_decide_in_text_that_is_not_ascii_as_the_regex_does(text):
    sources = [r"(?i:passwort|kennwort)\W+\S+", r"(?i:пароль)\W+\S+", r"(?i:Id|ID):\s"]
    idx = index(*sources)
    expected = {0: [s for s in sources if regex.search(s, text)]}
    assert idx.patterns(text) == (expected if expected[0] else {})


@pytest.mark.parametrize("text", [
    "the pin code — 4471", "PIN CODE: 4471 — ok", "wifi key — 4471", "kimlik numarası — 4471",
    "KİMLİK NUMARASI: 4471", "kimlik numarasi — 4471", "pİn code — 4471", "nothing — 4471",
])
def test_letters_that_are_cases_of_ascii_ones_do_not_make_every_other_word_need_its_regex(text):
    # beside "ı" and "İ", an "i" of a text that is not ASCII matches part of its class: the
    # words holding them are folded apart, so "pin code" is still decided by substring
    sources = [r"(?i:pin code|wifi key)\W+\d{4}", r"(?i:kimlik numarası|kimlik no)\W+\d{4}"]
    idx = index(*sources)
    expected = {0: [s for s in sources if regex.search(s, text)]}
    assert idx.patterns(text) == (expected if expected[0] else {})
    english = next(t for t in idx.recognizers[0].triggers[0] if "|" in t.pattern)
    assert english._regex is None  # decided without compiling the long alternation


def test_a_run_of_digits_is_decided_by_the_longest_run_in_the_text():
    source = r"acct[ ]?\d{8}"
    assert index(source).patterns("acct 1234567 and 12345678") == {0: [source]}
    assert index(source).patterns("acct 1234567 and 1234 5678") == {}
    assert index(source).patterns("acct ١٢٣٤٥٦٧٨") == {0: [source]}  # Arabic-Indic digits are \d


@pytest.mark.parametrize(("source", "bounded"), [
    (r"(?<![^\W_]|[:$.])(?-i:PAN|DL)(?![^\W\d_])", True),  # a lookbehind rules out a letter
    (r"\bno\b", True),  # "\b" before a letter
    (r"(?:PAN|DL)(?![^\W\d_])[^\w\n]{0,3}(?:num|ref)", True),  # no letter can stand right before
    (r"[ \t]+(?:num|ref)\d", True),  # after a space
    (r"(?i)know|no", False),  # inside a word
    (r"(?a)\bno", False),  # ASCII's "\b" lets "é" stand before
    (r"PAN[ \t]*(?:num|ref)", False),  # "PANnum" matches
])
def test_a_short_word_trigger_is_bounded_where_every_match_holds_it_after_no_letter(source, bounded):
    words = [t for t in pattern_triggers(source, 0) if hasattr(t, "bounded")]
    assert [t.bounded for t in words] == [bounded]


def test_a_bounded_word_skips_texts_holding_it_inside_words_only():
    source = r"(?<![^\W_])(?i:num|ref)[ .:#]*\d{3}"
    assert index(source).patterns("a prefix of 12345, enums 555") == {}
    assert index(source).patterns("ticket ref. 12345") == {0: [source]}
    assert index(source).patterns("номер Num 12345") == {0: [source]}


@pytest.mark.parametrize(("source", "skipped", "passed"), [
    # "#" may follow a letter ("pin#"), "no" and "ref" only start a word
    (r"(?i:(?<![^\W_])(?:no|ref)|[a-z]{2,5}#)[ ]?\d{5}", "I know 12345", "pin#12345 and ref 12345"),
    # a part that may be left out keeps the bound before it
    (r"(?i)(?<![^\W_])(?:my[ ]+)?(?:id|pan)[ ]\d{5}", "she said 12345", "my id 12345"),
])
def test_each_word_of_a_trigger_is_bounded_apart_from_the_others(source, skipped, passed):
    assert index(source).patterns(skipped) == {}
    for text in (passed, passed.upper(), "Ünïcödé " + passed):
        assert index(source).patterns(text) == {0: [source]}, text


def test_many_word_triggers_are_decided_together_as_each_word_alone_decides():
    sources = [r"passport[ :]+\d{6}", r"(?i)licen[cs]e no[ .:]+\d{5}", r"(?i)(?:sort|routing) code \d{6}",
               r"IBAN [A-Z]{2}\d\d", r"(?i)overlap(?:ping)? \d{3}", r"(?i)lapping \d{3}"]
    idx = index(*sources)
    texts = {
        "my passport: 123456 and Licence No. 12345": [0, 1],
        "PASSPORT 123456, LICENSE NO: 12345": [1],  # the first is case-sensitive
        "routing code 123456 then IBAN DE89 and overlapping 123": [2, 3, 4, 5],
        "SORT CODE 123456 in Straße, licence no 12345": [1, 2],  # not ASCII: folded as the regex
        "nothing here 123456": [],
    }
    for text, expected in texts.items():
        assert sorted(i for i, _ in enumerate(sources) if idx.patterns(text).get(0) and
                      sources[i] in idx.patterns(text)[0]) == expected, text


def test_a_sign_a_cue_may_be_is_a_word_trigger_where_its_other_words_are():
    # "#" or "№" in place of a number word: one character, but few texts hold it
    source = r"(?i:[a-z]{2,12})[ ]?(?:number|no|#|№)[ ]?\d{5}"
    words = [t for t in pattern_triggers(source, 0) if hasattr(t, "bounded")]
    assert [set(t.pattern.split("|")) for t in words] == [{"\\#", "\\№", "no", "number"}]
    assert index(source).patterns("order 12345 shipped, 2 of 3") == {}
    assert index(source).patterns("folder #12345") == {0: [source]}
    assert index(source).patterns("карта № 12345") == {0: [source]}


@pytest.mark.parametrize(("source", "run"), [
    (r"(?-i:[A-Z]{3,6})[ ]\d{7}", "[A-Z]{3}"),  # an acronym's capitals where case counts
    (r"(?i:id[ ](?-i:[A-Z]{2,6}))\d", "[A-Z]{2}"),  # a group switches case back on
    (r"(?i:[A-Z]{3,6})[ ]\d{7}", None),  # any three letters: no run a class would not say
    (r"[A-Z]{3}|\d{7}", None),  # a branch: not every match holds it
])
def test_a_run_of_capitals_is_a_trigger_where_case_counts(source, run):
    runs = [t.pattern for t in pattern_triggers(source, 0)
            if not hasattr(t, "bounded") and t.pattern.endswith("}") and "\\d" not in t.pattern]
    assert runs == ([run] if run else [])
    if run:
        assert index(source).patterns("Sent to Anna: 1234567, ok") == {}
        assert index(source).patterns("id UPN 1234567") == {0: [source]}
