"""Detection on several cores (--workers): the same outputs and report as one process;
progress and throughput on the terminal; models loaded only when a language needs them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from conftest import DEV, needs_shared, run_cli

from redact.api import ScrubOptions, load_key, scrub
from redact.detect.engine import Engine, EngineConfig
from redact.detect.pool import EnginePool, resolve_workers
from redact.detect.packs import load_rules
from redact.formats.base import Piece, Segment


def _scrub_dev(tmp_path, name: str, *extra: str):
    out, report = tmp_path / name, tmp_path / f"{name}.json"
    result = run_cli("scrub", str(DEV), "-o", str(out), "--report", str(report), "-q", *extra)
    assert result.exit_code == 0, result.stderr
    data = json.loads(report.read_text().replace(out.as_posix(), "OUTDIR"))
    del data["run"]["started"], data["run"]["finished"]
    return out, data


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@needs_shared
def test_two_workers_write_what_one_process_writes(tmp_path):
    one, one_report = _scrub_dev(tmp_path, "one")
    two, two_report = _scrub_dev(tmp_path, "two", "--workers", "2")
    assert two_report == one_report
    assert one_report["summary"]["redacted"] > 20
    assert _tree(two) == _tree(one)


@needs_shared
def test_two_workers_on_a_streamed_file(tmp_path):
    name = "d09-openai-en-support.jsonl"
    runs = {}
    for workers in (1, 2):
        out = tmp_path / str(workers)
        report = scrub([str(DEV / name)], ScrubOptions(
            outdir=out, key=load_key(None, required=False), workers=workers,
            head_bytes=64, batch_chars=300))
        (entry,) = report.files
        runs[workers] = ([(c.start, c.end, c.replacement) for c in entry.changes],
                         (out / name).read_bytes())
    assert runs[1][0] and runs[2] == runs[1]


def test_auto_is_one_process_under_a_megabyte_else_one_per_core():
    assert resolve_workers("auto", (1 << 20) - 1) == 1
    assert resolve_workers("auto", 1 << 20) == (os.cpu_count() or 1)
    assert resolve_workers(3, 10) == 3


@pytest.mark.parametrize("value", ["0", "two", "-1"])
def test_bad_workers_value(tmp_path, value):
    src = tmp_path / "a.txt"
    src.write_text("hello\n")
    result = run_cli("scrub", str(src), "-o", str(tmp_path / "out"), "--workers", value)
    assert result.exit_code == 2
    assert f"--workers is a number of processes (1 or more) or auto, not '{value}'" in result.stderr
    assert not (tmp_path / "out").exists()


def test_progress_counts_every_input_byte_and_file(tmp_path):
    (tmp_path / "in").mkdir()
    sizes = []
    for i in range(3):
        path = tmp_path / "in" / f"chat{i}.txt"
        path.write_text(f"anna: write to anna{i}@fastmail.com\nbob: ok\n" * (i + 1))
        sizes.append(path.stat().st_size)
    (tmp_path / "in" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    sizes.append(11)
    listed, seen = [], []
    scrub([str(tmp_path / "in")], ScrubOptions(
        outdir=tmp_path / "out", key=load_key(None, required=False),
        progress_total=lambda nbytes, files: listed.append((nbytes, files)),
        progress=lambda nbytes, files: seen.append((nbytes, files))))
    assert listed == [(sum(sizes), 4)]
    assert seen[-1] == (sum(sizes), 4)
    assert seen == sorted(seen)  # never goes back


def test_summary_gives_throughput_and_no_progress_off_a_terminal(tmp_path):
    src = tmp_path / "chat.txt"
    src.write_text("anna: write to anna@fastmail.com\n")
    args = ("scrub", str(src), "-o", str(tmp_path / "out"), "--report", str(tmp_path / "r.json"))
    result = run_cli(*args)
    assert result.exit_code == 0
    assert re.search(r"^33 bytes in \d+\.\d s: [\d.]+ (bytes|kB|MB)/s$", result.stderr, re.M)
    assert "scrubbing" not in result.stderr  # the bar is drawn on a terminal only
    quiet = run_cli(*args, "--quiet")
    assert quiet.exit_code == 0 and quiet.stderr == ""


def _prose(text: str) -> list[Segment]:
    return [Segment(text, (Piece(0, 0, len(text)),), kind="prose")]


def test_russian_models_load_only_for_russian_text():
    engine = Engine(EngineConfig(), load_rules())
    engine.detect([_prose("Maria Lopez lives in Berlin.")])
    assert list(engine.nlp.nlp) == ["en"]
    engine.detect([_prose("Позвоните Ирине Петровой завтра утром.")])
    assert sorted(engine.nlp.nlp) == ["en", "ru"]


def test_rules_only_russian_needs_no_natasha():
    engine = Engine(EngineConfig(ner=False), load_rules())
    [[result]] = engine.detect([_prose("Пишите мне на почту ivan.petrov@yandex.ru до пятницы, пожалуйста.")])
    assert [f.category for f in result.findings] == ["EMAIL"]
    assert result.language == "ru" and not result.ner
    assert engine.nlp.nlp == {}


def test_a_pool_of_two_is_this_process_and_one_worker_and_scans_what_one_engine_scans():
    config, rules = EngineConfig(ner=False), load_rules()
    keys = [(f"Ticket {i}: write to ann.{i}@posteo.de or call +44 20 7946 {i:04d}.", "prose")
            for i in range(3000)]
    engine = Engine(config, rules)
    pool = EnginePool(config, rules, 2, engine)
    try:
        assert len(pool.executor._processes) == 1  # the other worker is this process
        assert list(pool.scan(keys)) == engine.scan(keys)
        assert {f.category for s in engine.scan(keys[:1]) for f in s.findings} == {"EMAIL", "PHONE"}
    finally:
        pool.close()
    with pytest.raises(ValueError, match="two workers or more"):
        EnginePool(config, rules, 1, engine)


def test_repeated_texts_are_found_alike():
    engine = Engine(EngineConfig(), load_rules())
    prompt = "You are the assistant of Maria Lopez (maria.lopez@fastmail.com)."
    first = engine.detect([_prose(prompt), _prose("Hi.")])
    again = engine.detect([_prose(prompt)])
    assert again[0] == first[0]
    assert {f.category for f in again[0][0].findings} == {"PERSON", "EMAIL"}


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for task in os.listdir(f"/proc/{pid}/task")
                for c in open(f"/proc/{pid}/task/{task}/children").read().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    """Running: not gone and not a zombie waiting for a reaper."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads process children from /proc")
def test_workers_exit_when_their_parent_is_killed(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    text = "".join(f"Anna Berg wrote to Tom Reyes about order {i} and the meeting in Leeds.\n"
                   for i in range(40_000))
    (tmp_path / "big.txt").write_text(text)
    parent = subprocess.Popen(
        [sys.executable, "-c", "from redact.cli import main; main()", "scrub",
         str(tmp_path / "big.txt"), "-o", str(tmp_path / "out"), "--report",
         str(tmp_path / "r.json"), "-q", "--workers", "3"],  # this process and two workers
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        for _ in range(600):  # the workers start while the input is read
            workers = [c for c in _children(parent.pid) if _alive(c)]
            if len(workers) >= 2 or parent.poll() is not None:
                break
            time.sleep(0.1)
        assert len(workers) >= 2 and parent.poll() is None
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        for _ in range(300):  # a generous wait for the processes to go, not a speed test
            if not any(_alive(w) for w in workers):
                break
            time.sleep(0.1)
        assert [w for w in workers if _alive(w)] == []
    finally:
        parent.kill()
        for w in workers:
            if _alive(w):
                os.kill(w, signal.SIGKILL)


@pytest.mark.parametrize(("preset", "expected"), [(None, "1"), ("3", "3")])
def test_the_command_gives_blas_one_thread_unless_the_environment_sets_one(preset, expected):
    """Worker processes are the command's parallelism: BLAS threads would contend with them."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS",
                        "VECLIB_MAXIMUM_THREADS")}
    if preset is not None:
        env["OPENBLAS_NUM_THREADS"] = preset
    code = ("import os, sys, redact.cli, numpy; "
            "print(os.environ['OPENBLAS_NUM_THREADS'], os.environ['MKL_NUM_THREADS'])")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{expected} 1\n"
