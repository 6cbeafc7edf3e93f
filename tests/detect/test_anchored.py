"""The cue rows whose values may start anywhere run near their cues only: what they find
is what the same pattern finds in the whole text, on the shapes a cue and its value take (a value after a label's line
break, several cues, words between cue and value, a value a cue's words could also
start, a long line of signs)."""

from __future__ import annotations

import pytest
import regex

from redact.detect.anchored import REACH, anchored_matches
from redact.detect.packs import load_rules

TEXTS = [
    "Speaker 2: my username on the storage portal is maria.garcia\n",
    "Patient card: Rx no. RX-513228 and the passport number is K1234567.",
    "пароль от кабинета ломбарда: %rwswDAjH6AU#\nИНН7700000000, СНИЛС 112-233-445 95",
    "Phone:\n  +44 20 7946 0958\nDate of birth:\n\n12/03/1981",
    "паспорт 4510 123456, дата рождения 01.02.1990; код от сейфа 4471",
    "the alarm code is 4471. The gate code, you know, is 9031 and the wifi password: "
    "Tr0ub4dor&3\n" * 3,
    "#" * 3000 + " ИНН " + "№" * 300 + " 7700000000\n" + "э-" * 2000 + " пароль: qwerty123",
    "username username username: dmyers\n" + "login " * 200 + "is gdunn",
]


@pytest.fixture(scope="module")
def cue_patterns() -> list[tuple[str, regex.Pattern, regex.Pattern]]:
    rules = load_rules()
    out = []
    for rec in rules.recognizers(["en", "ru"]):
        for p in rec.patterns:
            if p.anchor:
                flags = rec.global_regex_flags
                out.append((rec.name, rules.compiled.compile(p.regex, flags),
                            rules.compiled.compile(p.anchor, flags)))
    return out


def test_the_cue_rows_whose_values_start_anywhere_have_an_anchor(cue_patterns):
    rules = load_rules()
    anchored = {s["name"] for s in rules.cues.specs() if "anchor" in s["patterns"][0]}
    assert {"cue_secret_en", "cue_secret_ru", "cue_username_en"} <= anchored
    assert anchored == {name for name, _, _ in cue_patterns}
    # a row whose value starts with a digit or a capital tries its lookbehind there
    assert not anchored & {"cue_gov_id_en", "cue_phone_ru", "cue_other_en"}


def test_near_the_anchors_the_pattern_finds_what_it_finds_in_the_whole_text(cue_patterns):
    found = 0
    for text in TEXTS:
        for name, pattern, anchor in cue_patterns:
            whole = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in anchored_matches(pattern, anchor, text, 5.0)] == whole, name
            found += len(whole)
    assert found >= 6  # the usernames and passwords of TEXTS


def test_a_value_far_from_any_cue_is_not_searched():
    pattern = regex.compile(r"(?<=code(?:[^\n]*)\s)\d{4}")  # a lookbehind of any length
    anchor = regex.compile(r"code")
    text = "code " + "x" * REACH + " 4471"
    assert [m.group() for m in pattern.finditer(text)] == ["4471"]
    assert anchored_matches(pattern, anchor, text, 1.0) == []
    near = "code " + "x" * 100 + " 4471"
    assert [m.group() for m in anchored_matches(pattern, anchor, near, 1.0)] == ["4471"]


def test_a_match_past_the_window_is_read_whole():
    pattern = regex.compile(r"(?<=key: )[a-z]+")
    anchor = regex.compile(r"key")
    text = "key: " + "a" * 5000 + " tail"
    [m] = anchored_matches(pattern, anchor, text, 1.0)
    assert m.span() == (5, 5005)


def test_a_match_hides_the_one_inside_it_as_in_the_whole_text():
    pattern = regex.compile(r"(?<=(?:id|no)\W{1,2})[\w ]+")
    anchor = regex.compile(r"\b(?:id|no)")
    text = "id: 77 no 88\nno: 99"
    whole = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in anchored_matches(pattern, anchor, text, 1.0)] == whole
    assert whole == [(3, 12), (16, 19)]  # " 77 no 88", " 99"
