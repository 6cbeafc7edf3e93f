"""Offsets, lines and columns: one way for scrub, verify, check and the HTML view."""

from __future__ import annotations

import pytest

from redact.spans import LineIndex, Position, apply_changes, output_offsets


def test_apply_changes_writes_each_replacement_over_its_range():
    assert apply_changes("Call Anna at 5", [(13, 14, "[TIME]"), (5, 9, "[PERSON_1]")]) == \
        "Call [PERSON_1] at [TIME]"
    assert apply_changes("abc", []) == "abc"


@pytest.mark.parametrize("changes", [[(0, 2, "x"), (1, 3, "y")], [(2, 1, "x")], [(0, 9, "x")]])
def test_overlapping_backward_or_outside_changes_are_refused(changes):
    with pytest.raises(ValueError, match="overlap or lie outside"):
        apply_changes("abc", changes)


def test_lines_split_at_line_feed_and_crlf_counts_once():
    text = "one\r\ntwo\nthree"
    lines = LineIndex(text)
    assert [lines.line_column(i) for i in (0, 3, 5, 9, 13)] == [
        (1, 1), (1, 4), (2, 1), (3, 1), (3, 5)]
    assert lines.position(5, 14) == Position(2, 1, 3, 6)  # "two\nthree": ends past its last char
    assert (lines.line_text(0), lines.line_text(2), lines.lines) == ("one\r\n", "three", 2)


def test_a_batch_numbers_its_lines_after_the_ones_before_it():
    assert LineIndex("x\ny", lines_before=10).line_column(2) == (12, 1)


def test_output_offsets_follow_the_length_of_earlier_replacements():
    changes = [(0, 4, "[PERSON_1]"), (10, 15, ""), (20, 21, "[X]")]
    assert output_offsets(changes) == [(0, 10), (16, 16), (21, 24)]
    text = "Anna wrote Maria to me"
    out = apply_changes(text, changes[:2])
    assert [out[a:b] for a, b in output_offsets(changes[:2])] == ["[PERSON_1]", ""]
