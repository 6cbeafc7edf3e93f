"""Crash safety: a run killed with SIGKILL leaves only complete outputs, and ``--resume``
ends with the outputs and report of an uninterrupted run."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import DEV, TEST_KEY, dev_files, needs_shared, run_cli
from redact import text_io
from redact.journal import JOURNAL_DIR, Journal

FIRST = ["Hannah", "Oliver", "Priya", "Marcus", "Elena", "Tomasz", "Aisha", "Jonas", "Chloe", "Ravi"]
LAST = ["Schulz", "Bennett", "Raman", "Okafor", "Petrova", "Nowak", "Khan", "Lindqvist", "Martin"]


def _bulk(path: Path, seed: int, unique: int = 300, size: int = (1 << 20) + 50_000) -> None:
    """A chat fine-tuning JSON Lines file over 1 MiB (so it is streamed): ``unique``
    distinct conversations over and over, the people also met in the other files."""
    rng = random.Random(seed)
    records = []
    for i in range(unique):
        a, b = rng.choice(FIRST), rng.choice(LAST)
        user = (f"Hi, I'm {a} {b}, order {seed}{i:04d}. Reach me at {a.lower()}.{b.lower()}"
                f"@mailbox.org or +44 7911 {rng.randint(100000, 999999)}; the parcel never came.")
        reply = f"Thanks {a}, I have opened case {seed}-{i} and will write to you today."
        records.append(json.dumps({"messages": [{"role": "user", "content": user},
                                                {"role": "assistant", "content": reply}]}))
    lines, total = [], 0
    while total < size:
        line = records[len(lines) % unique] + "\n"
        lines.append(line)
        total += len(line)
    path.write_text("".join(lines))


def _inputs(root: Path) -> Path:
    """The dev set, a streamed file in the middle and a streamed file last."""
    src = root / "in"
    src.mkdir()
    for name in dev_files():
        (src / name).write_bytes((DEV / name).read_bytes())
    _bulk(src / "m-bulk.jsonl", seed=1)
    _bulk(src / "zz-bulk.jsonl", seed=2)
    return src


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from redact.cli import main; main()", *args]


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` but the journal, by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and JOURNAL_DIR not in p.relative_to(folder).parts}


def _report(path: Path, outdir: Path) -> dict:
    """The report without its times and OUTDIR, output paths relative to OUTDIR."""
    data = json.loads(path.read_text())
    del data["run"]["started"], data["run"]["finished"], data["run"]["outdir"]
    for f in data["files"]:
        if f["output"]:
            f["output"] = Path(f["output"]).relative_to(outdir).as_posix()
    return data


def _replaced_values(report: dict, src: Path) -> set[str]:
    """Values the run replaced (taken from the input at each change) that occur in no output."""
    values = set()
    for f in report["files"]:
        text = text_io.decode((src / f["path"]).read_bytes()).text
        values |= {text[c["start"]:c["end"]] for c in f["changes"]}
    return {v for v in values if len(v) >= 5}


@needs_shared
def test_kill_and_resume_give_the_uninterrupted_run(tmp_path):
    src = _inputs(tmp_path)
    ref, ref_report = tmp_path / "ref", tmp_path / "ref.json"
    result = run_cli("scrub", str(src), "-o", str(ref), "--report", str(ref_report), "-q")
    assert result.exit_code == 0, result.stderr
    expected = _tree(ref)
    assert "m-bulk.jsonl" in expected and "zz-bulk.jsonl" in expected

    # killed while the last (streamed) file is scanned: the one before it is written
    out, report = tmp_path / "out", tmp_path / "out.json"
    env = {**os.environ, "REDACT_KEY": TEST_KEY}
    proc = subprocess.Popen(_cli("scrub", str(src), "-o", str(out), "--report", str(report), "-q"),
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while not (out / "m-bulk.jsonl").exists() and proc.poll() is None:
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
    partial = _tree(out)
    assert set(partial) <= set(expected)  # no temporary file among the outputs
    assert "zz-bulk.jsonl" not in partial and "m-bulk.jsonl" in partial
    assert {name: partial[name] == expected[name] for name in partial} == dict.fromkeys(partial, True)
    assert not report.exists()
    journal = out / JOURNAL_DIR
    done = sorted(p.name for p in (journal / "done").iterdir())
    # an entry per complete output (the last one may have been killed before its entry)
    assert len(partial) - 1 <= len(done) <= len(partial)
    values = _replaced_values(json.loads(ref_report.read_text()), src)
    assert values
    kept = "\n".join(p.read_bytes().decode("utf-8") for p in journal.rglob("*") if p.is_file())
    assert sorted(v for v in values if v in kept) == []

    # an unrelated run of the folder would be refused a resume of this journal
    changed = run_cli("scrub", str(src), "-o", str(out), "--report", str(report), "--resume",
                      "--operator", "EMAIL=mask", "-q")
    assert changed.exit_code == 2
    assert changed.stderr == (f"error: --resume: the policy changed since the run in {out} was "
                              "interrupted; run without --resume to start over\n")
    assert _tree(out) == partial

    resumed = subprocess.run(_cli("scrub", str(src), "-o", str(out), "--report", str(report),
                                  "--resume", "-q"), env=env, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stderr == result.stderr  # the same warnings
    assert _tree(out) == expected
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in ref.iterdir())
    assert _report(report, out) == _report(ref_report, ref)


def _keep_journal(monkeypatch) -> None:
    """A run that ends as a killed one would: its journal stays in OUTDIR."""
    monkeypatch.setattr(Journal, "remove", lambda self: None)


NOTES = {
    "a.txt": "Maria Lopez wrote to maria.lopez@mailbox.org from +44 7911 123456.\n",
    "b.md": "# Call\n\nMaria said Jonas Weber (jonas.weber@posteo.de) will call back.\n",
    "c.jsonl": json.dumps({"messages": [{"role": "user", "content": "I'm Jonas, mail jonas.weber@posteo.de"}]})
    + "\n" + json.dumps({"messages": [{"role": "user", "content": "Maria Lopez here"}]}) + "\n",
}


def _notes(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name, text in NOTES.items():
        (src / name).write_text(text)
    with zipfile.ZipFile(src / "d.zip", "w") as zf:  # scrubbed again when resumed
        zf.writestr("e.txt", "Jonas Weber forwarded it to maria.lopez@mailbox.org.\n")
    return src


@pytest.mark.parametrize("args", [
    [], ["--link-scope", "record"], ["--link-scope", "file"], ["--tags", "keyed"],
    ["--operator", "PERSON=surrogate", "--operator", "EMAIL=surrogate"]], ids=" ".join)
def test_a_resumed_run_links_completed_files_as_the_first_run(tmp_path, monkeypatch, caplog,
                                                               args):
    """Every file completed: the resumed run takes all findings from the journal."""
    src = _notes(tmp_path)
    ref = tmp_path / "ref"
    assert run_cli("scrub", str(src), "-o", str(ref), "--report", str(tmp_path / "ref.json"), "-q",
                   *args).exit_code == 0
    _keep_journal(monkeypatch)
    out, report = tmp_path / "out", tmp_path / "out.json"
    assert run_cli("scrub", str(src), "-o", str(out), "--report", str(report), "-q",
                   *args).exit_code == 0
    assert len(list((out / JOURNAL_DIR / "done").iterdir())) == 3
    assert list((out / JOURNAL_DIR / "tmp").iterdir()) == []  # no rows of a file left behind
    (out / "b.md").unlink()  # an output lost after the journal said it was done
    monkeypatch.undo()
    monkeypatch.setenv("REDACT_KEY", TEST_KEY)
    caplog.set_level("DEBUG", logger="redact")
    result = run_cli("scrub", str(src), "-o", str(out), "--report", str(report), "-q",
                     "--resume", *args)
    assert result.exit_code == 0, result.stderr
    # only the zip member is scanned again (with its name)
    assert [r.getMessage().split(" in ")[0] for r in caplog.records
            if r.getMessage().startswith("detect:")] == ["detect: 2 documents, 2 segments, 60 characters"]
    assert _tree(out) == _tree(ref)
    assert not (out / JOURNAL_DIR).exists()
    assert _report(report, out) == _report(tmp_path / "ref.json", ref)


def test_a_streamed_file_comes_back_from_its_entry(tmp_path, monkeypatch, caplog):
    """A file too large to be read whole is journaled batch by batch as it is detected,
    and a resumed run replays those batches without scanning it again."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(NOTES["a.txt"])
    _bulk(src / "big.jsonl", seed=3)
    ref = tmp_path / "ref"
    assert run_cli("scrub", str(src), "-o", str(ref), "--report", str(tmp_path / "ref.json"),
                   "-q").exit_code == 0
    _keep_journal(monkeypatch)
    out, report = tmp_path / "out", tmp_path / "out.json"
    assert run_cli("scrub", str(src), "-o", str(out), "--report", str(report), "-q").exit_code == 0
    lines = (out / JOURNAL_DIR / "done" / "00000001.jsonl").read_bytes().splitlines()
    header = json.loads(lines[0])
    assert sorted(header) == ["documents", "index", "input", "name"]
    assert header["index"] == 1 and header["documents"] == len(lines) - 1 >= 2
    monkeypatch.undo()
    monkeypatch.setenv("REDACT_KEY", TEST_KEY)
    caplog.set_level("DEBUG", logger="redact")
    result = run_cli("scrub", str(src), "-o", str(out), "--report", str(report), "-q", "--resume")
    assert result.exit_code == 0, result.stderr
    assert [r.getMessage() for r in caplog.records if r.getMessage().startswith("detect:")] == [
        "detect: 0 documents, 0 segments, 0 characters"]  # nothing scanned
    assert _tree(out) == _tree(ref)
    assert _report(report, out) == _report(tmp_path / "ref.json", ref)


def test_a_damaged_entry_stops_the_resumed_run(tmp_path, monkeypatch):
    src = _notes(tmp_path)
    _keep_journal(monkeypatch)
    out = tmp_path / "out"
    assert run_cli("scrub", str(src), "-o", str(out), "-q").exit_code == 0
    entry = out / JOURNAL_DIR / "done" / "00000000.jsonl"
    header, *_rows = entry.read_bytes().splitlines()
    entry.write_bytes(header + b"\n[[\"en\", true, null, [[0, 5\n")
    result = run_cli("scrub", str(src), "-o", str(out), "-q", "--resume")
    assert result.exit_code == 2
    assert result.stderr == (f"error: --resume: the journal entry 00000000.jsonl in "
                             f"{out / JOURNAL_DIR} cannot be read; run without --resume to "
                             "start over\n")


def test_resume_refuses_a_changed_input(tmp_path, monkeypatch):
    src = _notes(tmp_path)
    _keep_journal(monkeypatch)
    out = tmp_path / "out"
    assert run_cli("scrub", str(src), "-o", str(out), "--report", str(tmp_path / "r.json"),
                   "-q").exit_code == 0
    (src / "b.md").write_text(NOTES["b.md"].replace("Jonas", "Jonah"))
    result = run_cli("scrub", str(src), "-o", str(out), "--report", str(tmp_path / "r.json"),
                     "--resume")
    assert result.exit_code == 2
    assert result.stderr == ("error: --resume: b.md changed since the run was interrupted; "
                             "run without --resume to start over\n")
    (src / "d.txt").write_text("new\n")
    result = run_cli("scrub", str(src), "-o", str(out), "--report", str(tmp_path / "r.json"),
                     "--resume")
    assert result.stderr == (f"error: --resume: the inputs changed since the run in {out} was "
                             "interrupted; run without --resume to start over\n")
    # without --resume the stale journal is dropped and the run starts over
    monkeypatch.undo()
    monkeypatch.setenv("REDACT_KEY", TEST_KEY)
    result = run_cli("scrub", str(src), "-o", str(out), "--report", str(tmp_path / "r.json"), "-q")
    assert result.exit_code == 0
    assert sorted(_tree(out)) == ["a.txt", "b.md", "c.jsonl", "d.txt", "d.zip"]
    assert not (out / JOURNAL_DIR).exists()


def test_resume_without_a_journal_starts_from_the_beginning(tmp_path, caplog):
    src = _notes(tmp_path)
    out = tmp_path / "out"
    result = run_cli("scrub", str(src), "-o", str(out), "--report", str(tmp_path / "r.json"),
                     "-q", "--resume")
    assert result.exit_code == 0
    assert [(r.levelname, r.getMessage()) for r in caplog.records if r.levelname != "DEBUG"] == [
        ("WARNING", f"--resume: no journal in {out}; starting from the beginning")]
    assert (out / "a.txt").read_text() == "[PERSON_1] wrote to [EMAIL_1] from [PHONE_1].\n"


def test_a_run_with_a_random_key_cannot_be_resumed(tmp_path, monkeypatch):
    monkeypatch.delenv("REDACT_KEY")
    src = _notes(tmp_path)
    _keep_journal(monkeypatch)
    out = tmp_path / "out"
    assert run_cli("scrub", str(src), "-o", str(out), "--report", str(tmp_path / "r.json"), "-q",
                   cwd=tmp_path).exit_code == 0
    result = run_cli("scrub", str(src), "-o", str(out), "--report", str(tmp_path / "r.json"),
                     "--resume", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr == (
        "error: --resume: the interrupted run used a random key (no --key-file, REDACT_KEY or "
        ".redact-key), which is gone; run without --resume to start over (with a key, a run "
        "can be resumed)\n")


@pytest.mark.parametrize("args,message", [
    (["--in-place"], "--resume continues a run that writes to -o OUTDIR"),
    (["-o", "OUT", "-"], "--resume cannot read standard input again"),
])
def test_resume_needs_an_outdir_and_files(tmp_path, args, message):
    src = _notes(tmp_path)
    args = [str(tmp_path / "out") if a == "OUT" else a for a in args]
    result = run_cli("scrub", str(src / "a.txt"), *args, "--resume",
                     "--report", str(tmp_path / "r.json"))
    assert result.exit_code == 2
    assert result.stderr == f"error: {message}\n"
