"""Ray Data on a local Ray (2 CPUs, loopback only): the shards of `redact scrub --engine ray`
joined in order are a one-process `--tags keyed --link-scope record` run, byte for byte."""

from __future__ import annotations

import json
import os

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import ray
from conftest import DEV, EXAMPLES, TEST_KEY, needs_shared, run_cli

from redact.integrations import ray as redact_ray
from redact.integrations.ray import Scrubber

pytestmark = needs_shared


@pytest.fixture(scope="module")
def local_ray():
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    ray.init(num_cpus=2, include_dashboard=False, _node_ip_address="127.0.0.1",
             log_to_driver=False, logging_level="ERROR")
    yield
    ray.shutdown()


def _dataset() -> str:
    """Chat records in English and Russian, one with CRLF, a blank line, no final newline."""
    lines = []
    for path in (EXAMPLES / "support-chat.jsonl", DEV / "d09-openai-en-support.jsonl",
                 DEV / "d10-openai-ru-delivery.jsonl"):
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines[3] += "\r"
    return "\n".join(lines[:6] + [""] + lines[6:] * 2)


def _local(tmp_path, data: str) -> tuple[bytes, dict]:
    (tmp_path / "local").mkdir()
    (tmp_path / "local" / "chats.jsonl").write_text(data, encoding="utf-8")
    result = run_cli("scrub", str(tmp_path / "local" / "chats.jsonl"), "-o", str(tmp_path / "local-out"),
                     "--tags", "keyed", "--link-scope", "record", "--report",
                     str(tmp_path / "local.json"), "-q")
    assert result.exit_code == 0, result.stderr
    return ((tmp_path / "local-out" / "chats.jsonl").read_bytes(),
            json.loads((tmp_path / "local.json").read_text()))


def test_ray_shards_joined_are_the_one_process_run(tmp_path, local_ray, monkeypatch):
    data = _dataset()
    expected, local_report = _local(tmp_path, data)
    (tmp_path / "chats.jsonl").write_text(data, encoding="utf-8")
    monkeypatch.setattr(redact_ray, "BATCH_RECORDS", 4)  # several shards from a small file
    result = run_cli("scrub", "--engine", "ray", str(tmp_path / "chats.jsonl"), "-o",
                     str(tmp_path / "out"), "--report", str(tmp_path / "ray.json"), "-q")
    assert result.exit_code == 0, result.stderr
    shards = sorted((tmp_path / "out" / "chats").iterdir())
    assert [s.name for s in shards] == [f"part-{n:05d}.jsonl" for n in range(len(shards))]
    assert len(shards) == -(-len(data.split("\n")) // 4)  # 4 records a batch
    assert b"".join(s.read_bytes() for s in shards) == expected
    assert b"[PERSON_" in expected and "Ingrid" not in expected.decode()

    report = json.loads((tmp_path / "ray.json").read_text())
    assert report["summary"] == local_report["summary"]
    assert report["summary"]["changes_by_category"]["PERSON"] > 10
    assert report["run"]["policy_digest"] == local_report["run"]["policy_digest"]
    (ray_file,), (local_file,) = report["files"], local_report["files"]
    assert ray_file["output"] == (tmp_path / "out" / "chats").as_posix() + "/"
    for name in ("changes", "status", "languages", "warnings", "input_sha256", "format",
                 "unscanned_ner_chars"):
        assert ray_file[name] == local_file[name], name


def test_scrubber_class_on_a_messages_column_and_on_parquet(tmp_path, local_ray):
    data = (DEV / "d09-openai-en-support.jsonl").read_text(encoding="utf-8")
    expected, local_report = _local(tmp_path, data)
    want = [json.loads(line)["messages"] for line in expected.decode().splitlines()]
    changes = [0] * len(want)
    for change in local_report["files"][0]["changes"]:
        changes[change["line"] - 1] += 1

    records = [json.loads(line) for line in data.splitlines()]
    dataset = ray.data.from_items(records).map_batches(
        Scrubber, fn_constructor_kwargs={"key": TEST_KEY, "columns": ["messages"]},
        batch_size=2, concurrency=2)
    rows = dataset.take_all()
    assert [_plain(r["messages"]) for r in rows] == [_drop_none(m) for m in want]
    assert [r["redact_changes"] for r in rows] == changes
    assert sum(sum(json.loads(r["redact_categories"]).values()) for r in rows) == sum(changes)

    # Parquet in, Parquet shards out: the messages column scrubbed, the others as they were
    table = pa.Table.from_pylist([{"id": i, **r} for i, r in enumerate(records)])
    pq.write_table(table, tmp_path / "chats.parquet")
    result = run_cli("scrub", "--engine", "ray", str(tmp_path / "chats.parquet"), "-o",
                     str(tmp_path / "pq-out"), "--fields", "messages[].content", "--report",
                     str(tmp_path / "pq.json"), "-q")
    assert result.exit_code == 0, result.stderr
    out = pa.concat_tables(pq.read_table(p) for p in sorted((tmp_path / "pq-out" / "chats").iterdir()))
    assert out.column_names == ["id", "messages"]
    assert out.column("id").to_pylist() == list(range(len(records)))
    assert [_drop_none(m) for m in out.column("messages").to_pylist()] == [_drop_none(m) for m in want]
    summary = json.loads((tmp_path / "pq.json").read_text())["summary"]
    assert summary == local_report["summary"]


def test_ray_engine_usage_errors(tmp_path):
    (tmp_path / "a.parquet").write_bytes(b"")
    for args, message in (
        (["--in-place"], "--engine ray writes shards to -o OUTDIR (no --in-place, no --reveal)"),
        (["-o", "out", "--tags", "counter"],
         "--engine ray scrubs each record on its own: --tags keyed --link-scope record"),
        (["-o", "out"], "Parquet input needs --fields: the columns to scrub, e.g. "
                        "messages[].content or text"),
    ):
        result = run_cli("scrub", "--engine", "ray", str(tmp_path / "a.parquet"), *args, cwd=tmp_path)
        assert result.exit_code == 2
        assert result.stderr.strip() == f"error: {message}"


def _plain(value):
    """Ray's numpy rows as plain Python."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _drop_none(messages):
    """Arrow gives every message every key of the column (missing ones as None)."""
    return [{k: v for k, v in m.items() if v is not None} for m in _plain(messages)]


def test_ray_engine_prints_only_redact_s_lines_and_names_itself_when_a_key_is_missing(tmp_path):
    """Item 13: a small file on a local Ray, run as a user runs it (a process of its own, so
    Ray's core writes to a real standard error): stderr holds redact's summary only, Ray's
    lines go to the debug log; without a key the error names --engine ray."""
    import subprocess
    import sys
    (tmp_path / "small.jsonl").write_text(
        "".join((EXAMPLES / "support-chat.jsonl").read_text(encoding="utf-8").splitlines(True)[:3]),
        encoding="utf-8")
    redact = [sys.executable, "-c", "from redact.cli import main; main()"]
    env = {**os.environ, "REDACT_KEY": TEST_KEY, "RAY_USAGE_STATS_ENABLED": "0"}
    run = subprocess.run([*redact, "scrub", "--engine", "ray", "small.jsonl", "-o", "out"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    lines = run.stderr.splitlines()
    assert lines[0] == "redact scrub" and lines[-1].startswith("1 file: 1 redacted, 0 clean")
    assert not [line for line in lines if ".cc:" in line or "warning" in line.lower()]
    del env["REDACT_KEY"]
    keyless = subprocess.run([*redact, "scrub", "--engine", "ray", "small.jsonl", "-o", "out2"],
                             cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert keyless.returncode == 2
    assert keyless.stderr.startswith(
        "error: --engine ray needs a key, the same wherever the data is scrubbed: no key found; ")
    assert "--tags" not in keyless.stderr and not (tmp_path / "out2").exists()
