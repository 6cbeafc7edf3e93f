"""Streams named on the command line: a FIFO or ``/dev/fd/N`` is read once, as standard
input is, its head first and then the rest from the same open stream (opening it again would
wait for a writer that is gone, or read on from the middle). `check` never hashes, caches or
sniffs one ahead of detection. Each command runs in a process of its own, fed by a thread or
by the test through a pipe it passes down."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import TEST_KEY

REDACT = [str(Path(sys.executable).with_name("redact"))]
HANG_GUARD = 600  # seconds: a stream opened twice blocks for ever; fail instead of hanging
RECORD = json.dumps({"messages": [{"role": "user", "content": "Mail me at lena.k@mailbox.org"}]}) + "\n"
SMALL = RECORD.encode() * 3
BIG = RECORD.encode() * 40_000  # about 3 MB: past the 1 MiB head, so streamed in batches
COLUMN = RECORD.index("lena.k") + 1
CHECK_LINE = "{path}:{line}:%d EMAIL EMAIL_ADDRESS (email, 1.00) ************" % COLUMN


def _env(tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, REDACT_KEY=TEST_KEY, XDG_CACHE_HOME=str(tmp_path / "cache"))


def _feed(path: Path, data: bytes) -> threading.Thread:
    """A writer for the FIFO at ``path``, as `cat data > path` is: it waits for a reader."""
    def write() -> None:
        try:
            with path.open("wb") as fh:
                fh.write(data)
        except BrokenPipeError:  # the reader closed early: the test says what went wrong
            pass
    feeder = threading.Thread(target=write, daemon=True)
    feeder.start()
    return feeder


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(REDACT + args, capture_output=True, cwd=cwd, env=_env(cwd),
                          timeout=HANG_GUARD)


@pytest.mark.parametrize("data", [SMALL, BIG], ids=["whole", "streamed"])
def test_scrub_reads_a_named_fifo_once(tmp_path, data):
    os.mkfifo(tmp_path / "chat.jsonl")
    feeder = _feed(tmp_path / "chat.jsonl", data)
    done = _run(["scrub", "chat.jsonl", "-o", "out", "--report", "r.json", "-q"], tmp_path)
    feeder.join()
    assert (done.returncode, done.stderr) == (0, b"")
    assert (tmp_path / "out" / "chat.jsonl").read_bytes() == data.replace(
        b"lena.k@mailbox.org", b"[EMAIL_1]")
    report = json.loads((tmp_path / "r.json").read_text())
    assert [(f["path"], f["status"], f["input_sha256"]) for f in report["files"]] == [
        ("chat.jsonl", "redacted", hashlib.sha256(data).hexdigest())]


@pytest.mark.parametrize("data", [SMALL, BIG], ids=["whole", "streamed"])
def test_check_reads_a_named_fifo_once_and_never_caches_it(tmp_path, data):
    os.mkfifo(tmp_path / "chat.jsonl")
    lines = [CHECK_LINE.format(path="chat.jsonl", line=n)
             for n in range(1, data.count(b"\n") + 1)]
    for _ in range(2):  # the second run reads the stream again: nothing of it was cached
        feeder = _feed(tmp_path / "chat.jsonl", data)
        done = _run(["check", "chat.jsonl", "-q"], tmp_path)
        feeder.join()
        assert (done.returncode, done.stderr) == (1, b"")
        assert done.stdout.decode().splitlines() == lines
    feeder = _feed(tmp_path / "chat.jsonl", RECORD.replace("lena.k@mailbox.org", "you").encode())
    done = _run(["check", "chat.jsonl", "-q"], tmp_path)
    feeder.join()
    assert (done.returncode, done.stdout, done.stderr) == (0, b"", b"")
    # nothing of the stream: the rule cache (what the built-in packs make) and the code's
    # own patterns compiled alone
    assert not [p for p in (tmp_path / "cache").rglob("*") if p.is_file() and not any(
        p.match(kept) for kept in ("redact/rules-*.json", "redact/rules-*.regex", "redact/code-*.regex"))]


def test_check_reads_the_printable_runs_of_a_binary_fifo_from_its_first_byte(tmp_path):
    os.mkfifo(tmp_path / "blob.bin")
    feeder = _feed(tmp_path / "blob.bin", b"\0\x01mail lena.k@mailbox.org\0" + b"\0" * 100)
    done = _run(["check", "blob.bin", "-q"], tmp_path)
    feeder.join()
    assert (done.returncode, done.stderr) == (1, b"")
    assert done.stdout.decode() == "blob.bin:1:8 EMAIL EMAIL_ADDRESS (email, 1.00) ************\n"


def _through_a_pipe(args: list[str], data: bytes, cwd: Path) -> tuple[int, str, int]:
    """The command with ``/dev/fd/N`` (N: the read end of a pipe handed down with
    pass_fds) in place of ``{fd}``, the test writing ``data`` into the pipe's other end:
    (exit code, stdout, N)."""
    read_end, write_end = os.pipe()
    try:
        proc = subprocess.Popen(REDACT + [a.format(fd=read_end) for a in args], cwd=cwd,
                                env=_env(cwd), pass_fds=(read_end,), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
    finally:
        os.close(read_end)
    with os.fdopen(write_end, "wb") as pipe:
        try:
            pipe.write(data)
        except BrokenPipeError:
            pass
    out, err = proc.communicate(timeout=HANG_GUARD)
    assert err == b""
    return proc.returncode, out.decode(), read_end


def test_dev_fd_of_a_pipe_is_read_once(tmp_path):
    code, _, fd = _through_a_pipe(["scrub", "/dev/fd/{fd}", "-o", "out", "--report", "r.json",
                                   "-q"], BIG, tmp_path)
    assert code == 0
    assert (tmp_path / "out" / str(fd)).read_bytes() == BIG.replace(b"lena.k@mailbox.org",
                                                                    b"[EMAIL_1]")
    report = json.loads((tmp_path / "r.json").read_text())
    assert [(f["path"], f["status"], f["format"], f["input_sha256"]) for f in report["files"]] == [
        (str(fd), "redacted", "openai-jsonl", hashlib.sha256(BIG).hexdigest())]
    code, out, fd = _through_a_pipe(["check", "/dev/fd/{fd}", "-q"], BIG, tmp_path)
    assert code == 1
    assert out.splitlines() == [CHECK_LINE.format(path=f"/dev/fd/{fd}", line=n)
                                for n in range(1, 40_001)]


def test_in_place_refuses_a_fifo_without_reading_it(tmp_path):
    os.mkfifo(tmp_path / "chat.jsonl")
    done = _run(["scrub", "chat.jsonl", "--in-place", "--report", "r.json", "-q"], tmp_path)
    assert done.returncode == 2
    assert done.stderr.decode() == ("error: chat.jsonl: a stream (FIFO or /dev/fd): "
                                    "--in-place rewrites files; give -o OUTDIR\n")
    # beside the user cache folder (its rule cache), only the stream and the report
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "cache") == ["chat.jsonl", "r.json"]
