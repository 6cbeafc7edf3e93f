"""The shared records: a file's status and reason in one place, changes that read back as
they were written, segments held in a table as they were made."""

from __future__ import annotations

import json

import pytest

from redact.records import (Change, ChangeLog, FileResult, Finding, Piece, Segment, SegmentKind,
                            SegmentResult, SegmentTable, Status)


def _change(start: int = 0, original: str | None = None) -> Change:
    return Change(Finding(start, start + 4, "PERSON", "PERSON", 0.85, "spacy"), 1, start + 1,
                  "[PERSON_1]", "[PERSON_1]", "0123456789abcdef", "ctx", original)


def test_marking_an_error_drops_output_and_changes_a_skip_keeps_them():
    result = FileResult("a.txt", output="out/a.txt", changes=ChangeLog([_change()]))
    result.mark(Status.SKIPPED, "binary file (NUL bytes)")
    assert (result.status, result.error, result.output, len(result.changes)) == (
        "skipped", "binary file (NUL bytes)", "out/a.txt", 1)
    result.mark(Status.ERROR, "cannot write output (No space left on device)")
    assert (result.status, result.output, len(result.changes)) == ("error", None, 0)


def test_a_change_reads_as_the_report_writes_it():
    data = _change(7).to_dict()
    assert list(data) == ["start", "end", "line", "column", "entity", "category", "score",
                          "detector", "replacement", "label", "fingerprint", "context"]
    assert Change.from_dict(data) == _change(7)
    assert _change(7, "Anna").to_dict()["original"] == "Anna"
    clean = FileResult("a", status=Status.CLEAN).to_dict()
    assert json.loads(json.dumps(clean))["status"] == "clean"


def test_a_long_change_log_waits_on_disk_and_reads_back_in_order(monkeypatch):
    monkeypatch.setattr(ChangeLog, "IN_MEMORY", 3)
    log = ChangeLog()
    for i in range(8):
        log.append(_change(i * 10))
    assert log._spilled is not None
    assert len(log) == 8 and [c.start for c in log] == [i * 10 for i in range(8)]
    assert log[5] == _change(50)


def test_a_segment_result_round_trips_through_a_journal_row():
    found = SegmentResult("ru", [Finding(0, 4, "PER", "PERSON", 0.9, "natasha")], True)
    assert SegmentResult.from_row(json.loads(json.dumps(found.to_row()))) == found


def _fields(seg: Segment) -> tuple:
    return seg.text, seg.pieces, seg.kind, seg.role, seg.field_path, seg.style


def test_a_segment_table_reads_back_every_segment_as_it_was_made():
    # read from the file 'Ann: hi Bob\nBob: {"q": "Ann\\u00e9"}\nAnn: hi Bob\n'
    segments = [
        Segment("Ann", (Piece(0, 0, 3),), SegmentKind.SPEAKER),
        Segment("hi Bob", (Piece(0, 5, 6),)),
        Segment("Bob", (Piece(0, 12, 3),), SegmentKind.SPEAKER),
        Segment("Ann\u00e9", (Piece(0, 24, 3), Piece(3, 27, 1, 6)), style="json"),  # kept whole
        Segment("x", (Piece(0, 17, 1),), role="user"),  # kept whole: a role
        Segment("Ann", 34, SegmentKind.SPEAKER),  # a run given by its start
        Segment("hi Bob", (Piece(0, 39, 6),)),
    ]
    table = SegmentTable(iter(segments))
    assert len(table) == len(segments)
    assert [_fields(seg) for seg in table] == [_fields(seg) for seg in segments]
    assert [_fields(table[i]) for i in range(-len(segments), len(segments))] == [
        _fields(seg) for seg in segments + segments]
    assert [_fields(seg) for seg in table[1:6:2]] == [_fields(seg) for seg in segments[1:6:2]]
    assert table[3] is segments[3] and table[4] is segments[4]
    assert table[1].text is table[6].text  # each distinct text once
    assert table[6].file_offset(3) == 42 and table[6].gaps(0, 6) == []
    with pytest.raises(IndexError):
        table[7]
