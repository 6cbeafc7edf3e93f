"""The load stage: each input becomes a parsed document or a report entry saying why not."""

from __future__ import annotations

import json

import pytest

from redact.config import Policy
from redact.errors import UsageError
from redact.inputs import collect
from redact.keys import Key
from redact.records import FileResult, SegmentKind, Status
from redact.run.load import Loaded, Refused, StreamReader, guarded, load, name_segment
from redact.run.options import ScrubOptions

KEY = Key(b"k" * 32, "test")


def _load(tmp_path, **options) -> dict[str, Loaded | Refused]:
    files = collect([str(tmp_path / "in")])
    return {ld.file.rel: ld for ld in load(files, ScrubOptions(key=KEY, **options))}


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "chat.txt").write_text("Anna: hello\nBob: hi Anna\nAnna: how are you?\nBob: fine\n")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "broken.json").write_text('{"messages": [')
    (folder / "bad.txt").write_bytes(b"caf\xe9\n")
    rows = [json.dumps({"messages": [{"role": "user", "content": f"line {i}"}]}) for i in range(50)]
    (folder / "big.jsonl").write_text("\n".join(rows) + "\n")
    return folder


def test_each_file_is_loaded_or_refused_with_its_reason(tmp_path, inputs):
    found = _load(tmp_path, head_bytes=200)
    assert sorted(found) == ["bad.txt", "big.jsonl", "broken.json", "chat.txt", "image.png"]
    chat = found["chat.txt"]
    assert isinstance(chat, Loaded) and chat.fmt.name == "chatlog" and chat.doc is not None
    assert [s.kind for s in chat.doc.segments].count(SegmentKind.SPEAKER) == 4
    assert chat.result.input_sha256 is not None and chat.result.status == Status.CLEAN
    image = found["image.png"]
    assert isinstance(image, Refused) and image.on_reading
    assert (image.result.status, image.result.error) == ("skipped", "binary file (PNG image)")
    bad = found["bad.txt"]
    assert (bad.result.status, bad.result.error) == ("error", "invalid UTF-8 at byte 3")
    assert not bad.on_reading
    broken = found["broken.json"]
    assert broken.result.status == "error" and broken.result.error.startswith("invalid JSON")
    big = found["big.jsonl"]
    assert isinstance(big, Loaded) and big.doc is None and big.head  # streamed: its head only
    assert [ld.index for ld in found.values()] == sorted(ld.index for ld in found.values())


def test_a_streamed_file_is_read_again_in_batches_and_hashed(tmp_path, inputs):
    big = _load(tmp_path, head_bytes=200)["big.jsonl"]
    with StreamReader(big) as reader:
        docs = list(reader.documents(Policy(), 600))
        reader.finish()
    assert "".join(d.text for d in docs) == (inputs / "big.jsonl").read_text()
    assert len(docs) > 1 and reader.bytes_read == (inputs / "big.jsonl").stat().st_size
    whole = _load(tmp_path)["big.jsonl"]
    assert big.result.input_sha256 == whole.result.input_sha256


def test_a_streamed_file_that_changed_is_an_error(tmp_path, inputs):
    big = _load(tmp_path, head_bytes=200)["big.jsonl"]
    (inputs / "big.jsonl").write_text("{}\n" * 100)
    result = FileResult("big.jsonl")
    assert guarded(result, lambda: StreamReader(big).__enter__()) is None
    assert (result.status, result.error) == ("error", "file changed while it was being read")


def test_guarded_classifies_skips_errors_and_bugs_and_stops_on_run_errors():
    from redact.errors import FileError, SkipFile

    def raises(err):
        def work():
            raise err
        return work

    result = FileResult("a")
    assert guarded(result, raises(SkipFile("binary file (NUL bytes)"))) is None
    assert (result.status, result.error) == ("skipped", "binary file (NUL bytes)")
    result = FileResult("a")
    assert guarded(result, raises(FileError("invalid UTF-8 at byte 3"))) is None
    assert (result.status, result.error) == ("error", "invalid UTF-8 at byte 3")
    result = FileResult("a")
    assert guarded(result, raises(KeyError("Maria Lopez"))) is None
    assert result.status == "error" and "Maria" not in result.error
    assert result.error.startswith("internal error (KeyError at redact/run/load.py:")
    with pytest.raises(UsageError):
        guarded(FileResult("a"), raises(UsageError("bad run")))
    assert guarded(FileResult("a"), lambda: 42) == 42


def test_policy_leaves_out_code_and_titles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "note.md").write_text("# Plan\n\nCall Anna.\n\n```\nssh anna@host\n```\n")
    on = _load(tmp_path)["note.md"]
    off = _load(tmp_path, policy=Policy(scan_code=False))["note.md"]
    assert SegmentKind.CODE in {s.kind for s in on.doc.segments}
    assert SegmentKind.CODE not in {s.kind for s in off.doc.segments}


def test_the_file_name_is_read_as_words():
    """Its folders too, each on a line of its own, and an email in it whole."""
    name = name_segment("docs/maria_lopez-cv.pdf")
    assert (name.text, name.kind) == ("docs\nmaria lopez cv", SegmentKind.FILENAME)
    assert name.file_offset(11) == 11
    assert name_segment("a.zip!/x/lena.k@mailbox.org.txt").text == "a zip!\nx\nlena.k@mailbox.org"
    assert name_segment("-").text == ""
