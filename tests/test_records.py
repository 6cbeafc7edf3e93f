"""The shared records: a file's status and reason in one place, changes that read back as
they were written."""

from __future__ import annotations

import json

from redact.records import Change, ChangeLog, FileResult, Finding, SegmentResult, Status


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
