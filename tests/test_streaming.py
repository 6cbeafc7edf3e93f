"""Large JSON Lines and CSV files are streamed in batches of records: the output and the
report are those of a whole-file run, and changes wait on disk instead of in memory."""

from __future__ import annotations

import json
import shutil

import jsonschema
import pytest
from conftest import DEV, needs_shared

from redact.api import ScrubOptions, load_key, scrub, write_report
from redact import records as model
from redact.report.json_report import schema

SMALL = {"head_bytes": 64, "batch_chars": 300}  # every file streamed, many batches


def _run(path, out, **kw):
    report = scrub([str(path)], ScrubOptions(outdir=out, key=load_key(None, required=False), **kw))
    (entry,) = report.files
    changes = [(c.start, c.end, c.line, c.column, c.replacement, c.label) for c in entry.changes]
    return report, entry, changes


@needs_shared
@pytest.mark.parametrize("name", ["d09-openai-en-support.jsonl", "d10-openai-ru-delivery.jsonl"])
def test_streamed_dataset_equals_the_whole_file_run(tmp_path, name):
    _, whole, whole_changes = _run(DEV / name, tmp_path / "whole")
    _, streamed, streamed_changes = _run(DEV / name, tmp_path / "streamed", **SMALL)
    assert streamed.status == whole.status == "redacted"
    assert streamed_changes == whole_changes
    assert (tmp_path / "streamed" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes()
    assert streamed.input_sha256 == whole.input_sha256


def test_streamed_csv_with_breaks_in_quoted_cells(tmp_path):
    rows = ["id,speaker,message\r\n"] + [
        f'{i},Maria Lopez,"line one\r\nwrite to maria{i}@fastmail.com, ""quoted""",\r\n'.replace(",\r\n", "\r\n")
        for i in range(40)]
    src = tmp_path / "chat.csv"
    src.write_text("".join(rows), newline="")
    _, whole, whole_changes = _run(src, tmp_path / "whole")
    _, streamed, streamed_changes = _run(src, tmp_path / "streamed", **SMALL)
    assert len(whole_changes) == 80 and streamed_changes == whole_changes
    assert (tmp_path / "streamed" / "chat.csv").read_bytes() == (tmp_path / "whole" / "chat.csv").read_bytes()


def test_a_bad_record_deep_in_a_streamed_file_leaves_no_output(tmp_path):
    src = tmp_path / "train.jsonl"
    good = json.dumps({"messages": [{"role": "user", "content": "mail maria@fastmail.com"}]})
    src.write_text("\n".join([good] * 30 + ['{"messages": [}'] + [good] * 5) + "\n")
    _, entry, _ = _run(src, tmp_path / "out", **SMALL)
    assert entry.status == "error"
    assert entry.error == "invalid JSON at line 31, column 15: expected a value"
    assert len(entry.changes) == 0 and entry.output is None
    assert list((tmp_path / "out").iterdir()) == []


def test_invalid_utf8_deep_in_a_streamed_file_names_the_byte(tmp_path):
    src = tmp_path / "train.jsonl"
    line = json.dumps({"messages": [{"role": "user", "content": "hello"}]}).encode() + b"\n"
    src.write_bytes(line * 30 + b'{"messages": "\xff"}\n')
    _, entry, _ = _run(src, tmp_path / "out", **SMALL)
    assert entry.error == f"invalid UTF-8 at byte {len(line) * 30 + 14}"


def test_spilled_changes_make_the_same_report(tmp_path, monkeypatch):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"messages": [{"role": "user", "content": f"mail user{i}@fastmail.com"}]}) + "\n"
                           for i in range(25)))
    report, _, changes = _run(src, tmp_path / "a")
    write_report(report, tmp_path / "a.json", revealed=False)
    monkeypatch.setattr(model.ChangeLog, "IN_MEMORY", 4)
    spilled, entry, spilled_changes = _run(src, tmp_path / "b")
    assert entry.changes._spilled is not None and len(entry.changes) == 25
    write_report(spilled, tmp_path / "b.json", revealed=False)
    a, b = (json.loads((tmp_path / n).read_text()) for n in ("a.json", "b.json"))
    jsonschema.validate(b, schema())
    for data in (a, b):
        del data["run"]["started"], data["run"]["finished"], data["run"]["outdir"]
        data["files"][0]["output"] = None
    assert a == b and spilled_changes == changes
    shutil.rmtree(tmp_path / "a")
