"""The write stage: outputs land whole where they belong, or the file is in error."""

from __future__ import annotations

import io
import zipfile

from redact.inputs import collect
from redact.keys import Key
from redact.records import Status
from redact.run.load import Loaded, Refused, load
from redact.run.options import ScrubOptions
from redact.run.write import Outputs

KEY = Key(b"k" * 32, "test")


def _loaded(inputs: list[str], **options) -> tuple[list[Loaded | Refused], ScrubOptions]:
    options = ScrubOptions(key=KEY, **options)
    return list(load(collect(inputs, options.outdir), options)), options


def test_a_folder_output_keeps_the_relative_path_and_writes_nothing_else(tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "a.txt").write_text("hello\n")
    (ld,), options = _loaded([str(tmp_path / "in")], outdir=tmp_path / "out")
    Outputs(options).write(ld, "bye\n")
    assert (tmp_path / "out" / "sub" / "a.txt").read_text() == "bye\n"
    assert ld.result.output == (tmp_path / "out" / "sub" / "a.txt").as_posix()
    assert sorted(p.name for p in (tmp_path / "out").rglob("*")) == ["a.txt", "sub"]


def test_in_place_keeps_one_backup_and_never_overwrites_it(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("hello\n")
    (ld,), options = _loaded([str(source)], in_place=True)
    Outputs(options).write(ld, "bye\n")
    assert (source.read_text(), (tmp_path / "a.txt.bak").read_text()) == ("bye\n", "hello\n")
    (again,), options = _loaded([str(source)], in_place=True)
    Outputs(options).write(again, "again\n")
    assert (again.result.status, again.result.error, again.result.output) == (
        "error", "backup a.txt.bak already exists; not overwriting it", None)
    assert (source.read_text(), (tmp_path / "a.txt.bak").read_text()) == ("bye\n", "hello\n")


def test_zip_members_are_written_into_a_new_archive_when_the_run_closes(tmp_path):
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.txt", "hello\n")
        zf.writestr("b.png", b"\x89PNG\r\n\x1a\n" + bytes(16))
    items, options = _loaded([str(archive)], outdir=tmp_path / "out", copy_unscanned=True)
    member, picture = items
    outputs = Outputs(options)
    outputs.write(member, "bye\n")
    outputs.copy_unscanned(picture.file, picture.result)
    assert not (tmp_path / "out" / "export.zip").exists()  # members wait for the archive
    outputs.close([member.result, picture.result])
    with zipfile.ZipFile(tmp_path / "out" / "export.zip") as zf:
        assert zf.read("a.txt") == b"bye\n"
        assert zf.read("b.png") == b"\x89PNG\r\n\x1a\n" + bytes(16)
    assert member.result.output == (tmp_path / "out" / "export.zip!/a.txt").as_posix()
    assert picture.result.status == Status.SKIPPED


def test_standard_input_goes_to_standard_output(tmp_path, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"hello\n")))
    sink = io.BytesIO()
    (ld,), options = _loaded(["-"], stdout=sink)
    Outputs(options).write(ld, "bye\n")
    assert (sink.getvalue(), ld.result.output) == (b"bye\n", "-")


def test_a_file_that_cannot_be_written_is_in_error(tmp_path):
    (tmp_path / "a.txt").write_text("hello\n")
    (tmp_path / "out").write_text("a file where the folder should be")
    (ld,), options = _loaded([str(tmp_path / "a.txt")], outdir=tmp_path / "out")
    Outputs(options).write(ld, "bye\n")
    assert ld.result.status == "error" and ld.result.error.startswith("cannot write output (")
    assert ld.result.output is None
