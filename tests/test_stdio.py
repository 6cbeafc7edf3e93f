"""Standard input and output: ``redact scrub -`` and ``redact check -`` read stdin,
``-o -`` writes the one input's scrubbed text to stdout; everything else goes to stderr.
Each command runs as a user runs it, in a process of its own with real pipes."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
from pathlib import Path

from conftest import TEST_KEY

REDACT = [str(Path(sys.executable).with_name("redact"))]
VTT = ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Greta Lindqvist>Hi, mail me at "
       "greta.l@posteo.de\n\n00:00:04.000 --> 00:00:05.000\n<v Tom>Sure, Greta.\n")


def _redact(*args: str, stdin: bytes | None = None, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, REDACT_KEY=TEST_KEY)
    return subprocess.run(REDACT + list(args), input=stdin, capture_output=True, cwd=cwd,
                          env=env)


def test_scrub_reads_stdin_and_writes_stdout(tmp_path):
    done = _redact("scrub", "-", "-q", stdin=b"Mail bob.jones@posteo.de\n", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == b"Mail [EMAIL_1]\n"
    report = json.loads((tmp_path / "redact-report.json").read_text())
    assert [(f["path"], f["output"], f["status"]) for f in report["files"]] == [
        ("-", "-", "redacted")]


def test_scrub_stdin_with_a_format_keeps_the_cues(tmp_path):
    done = _redact("scrub", "-", "--format", "webvtt", "--report", "r.json", "-q",
                   stdin=VTT.encode(), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == (
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v [PERSON_1]>Hi, mail me at [EMAIL_1]\n\n"
        "00:00:04.000 --> 00:00:05.000\n<v [PERSON_2]>Sure, [PERSON_1].\n")


def test_output_dash_prints_one_file_and_refuses_two(tmp_path):
    (tmp_path / "a.txt").write_text("Mail bob.jones@posteo.de\n")
    (tmp_path / "b.txt").write_text("Call Greta Lindqvist\n")
    done = _redact("scrub", "a.txt", "-o", "-", "-q", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (0, b"Mail [EMAIL_1]\n"), done.stderr
    assert not (tmp_path / "-").exists()
    done = _redact("scrub", "a.txt", "b.txt", "-o", "-", "-q", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (2, b"")
    assert done.stderr.decode() == ("error: -o - writes one input to standard output; these "
                                    "inputs are 2 files: give -o OUTDIR\n")


def test_check_reads_stdin(tmp_path):
    done = _redact("check", "-", "-q", stdin=b"Mail bob.jones@posteo.de\n", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert done.stdout == b"-:1:6 EMAIL EMAIL_ADDRESS (email, 1.00) ************\n"
    done = _redact("check", "-", "-q", stdin=b"Nothing to see\n", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (0, b"")


def _chat_jsonl(path: Path, size: int) -> int:
    """OpenAI chat records, each with a person and an email in its messages and a vector
    of 250 numbers beside them (what embedding datasets carry), up to ``size`` bytes."""
    rng = random.Random(19)
    first = ["Greta", "Pavel", "Ingrid", "Tomasz", "Leonie", "Bruno", "Aiko", "Nadia"]
    last = ["Lindqvist", "Orlov", "Haugen", "Kowalczyk", "Brandt", "Ferreira"]
    written = records = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < size:
            f, l = first[records % 8], last[records % 6]
            line = json.dumps({"messages": [
                {"role": "user", "content": f"Hi, I'm {f} {l}, mail me at "
                                            f"{f.lower()}.{l.lower()}{records % 997}@posteo.de"},
                {"role": "assistant", "content": f"Thanks {f}, done."}],
                "embedding": [round(rng.random(), 6) for _ in range(250)]}) + "\n"
            fh.write(line)
            written += len(line)
            records += 1
    return records


def _piped_scrub(data: Path, cwd: Path) -> tuple[int, float, list[str]]:
    """`cat DATA | redact scrub - --format openai-jsonl`: exit code, the scrub's own peak
    RSS in MB (os.wait4 gives that child's rusage) and its output lines."""
    env = dict(os.environ, REDACT_KEY=TEST_KEY)
    out = cwd / f"{data.stem}.out"
    with out.open("wb") as sink:
        proc = subprocess.Popen(REDACT + ["scrub", "-", "--format", "openai-jsonl", "-q",
                                          "--report", f"{data.stem}.json"],
                                stdin=subprocess.PIPE, stdout=sink, stderr=subprocess.DEVNULL,
                                cwd=cwd, env=env)

        def feed() -> None:
            with data.open("rb") as src, proc.stdin:
                while chunk := src.read(1 << 16):
                    proc.stdin.write(chunk)

        feeder = threading.Thread(target=feed)
        feeder.start()
        _, status, usage = os.wait4(proc.pid, 0)
        feeder.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_maxrss / 1024, out.read_text(encoding="utf-8").splitlines()


def test_large_stdin_is_streamed_in_bounded_memory(tmp_path):
    """A 50 MB chat dataset piped in peaks within 10% of the RSS of a 5 MB one (both over
    the 1 MB head, so both are streamed). Deterministic enough to assert: both runs load
    the same models and hold one batch of records at a time, so their peaks differ by
    a few MB (3% when measured), far from the 10% allowed; nothing here is timed."""
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    records = _chat_jsonl(small, 5_000_000), _chat_jsonl(large, 50_000_000)
    runs = [_piped_scrub(path, tmp_path) for path in (small, large)]
    for (rc, _, lines), count in zip(runs, records):
        assert rc == 0
        assert len(lines) == count
        first = json.loads(lines[0])
        assert first["messages"] == [
            {"role": "user", "content": "Hi, I'm [PERSON_1], mail me at [EMAIL_1]"},
            {"role": "assistant", "content": "Thanks [PERSON_2], done."}]
    (_, small_rss, _), (_, large_rss, _) = runs
    assert large_rss <= small_rss * 1.10, (small_rss, large_rss)
