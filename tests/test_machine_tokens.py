"""Hashes and machine tokens are not ids: no phone, SSN, NHS number, card or ИНН inside a
digest, a UUID or a base64 blob, and `check` never scans what it wrote itself."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import subprocess
import uuid
from pathlib import Path

import pytest

from conftest import run_cli
from redact.cache import cache_dir
from redact.detect.tokens import inside_machine_token
from redact.records import Finding

KINDS = ("md5", "sha1", "sha256", "git", "uuid", "base64", "integrity")


def machine_tokens(seed: int, per_kind: int = 1000) -> list[tuple[str, str]]:
    """(kind, token) pairs drawn with ``seed``: the digests, ids and blobs of code, lock
    files and logs."""
    rng = random.Random(seed)
    out = []
    for _ in range(per_kind):
        data = rng.randbytes(rng.randint(8, 64))
        out += [
            ("md5", hashlib.md5(data).hexdigest()),
            ("sha1", hashlib.sha1(data).hexdigest()),
            ("sha256", hashlib.sha256(data).hexdigest()),
            ("git", hashlib.sha1(data + b"commit").hexdigest()[:rng.choice((7, 8, 10, 12, 40))]),
            ("uuid", str(uuid.UUID(bytes=rng.randbytes(16), version=4))),
            ("base64", base64.b64encode(rng.randbytes(rng.randint(12, 90))).decode()),
            ("integrity", "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()),
        ]
    return out


def _write_corpus(folder: Path, tokens: list[tuple[str, str]]) -> None:
    folder.mkdir()
    (folder / "tokens.txt").write_text("".join(v + "\n" for _, v in tokens))
    (folder / "tokens.json").write_text(json.dumps(
        {"items": [{"kind": k, "value": v} for k, v in tokens]}, indent=2))
    (folder / "tokens.yaml").write_text("".join(f"- kind: {k}\n  value: \"{v}\"\n"
                                                for k, v in tokens))
    lock = {"lockfileVersion": 3, "packages": {
        f"node_modules/pkg-{i}": {"version": f"{i % 9}.{i % 13}.{i % 7}",
                                  "resolved": f"https://registry.npmjs.org/pkg-{i}/-/pkg-{i}.tgz",
                                  "integrity": v}
        for i, (k, v) in enumerate(tokens) if k == "integrity"}}
    (folder / "package-lock.json").write_text(json.dumps(lock, indent=2))


def test_check_finds_nothing_in_thousands_of_digests_ids_and_blobs(tmp_path):
    tokens = machine_tokens(20261204)
    assert {k for k, _ in tokens} == set(KINDS) and len(tokens) == 7000
    _write_corpus(tmp_path / "corpus", tokens)
    result = run_cli("check", "corpus", "--no-cache", "--output-format", "json", cwd=tmp_path)
    report = json.loads(result.stdout)
    assert report["summary"]["scanned"] == 4
    assert [(f["path"], x["entity"]) for f in report["files"] for x in f["findings"]] == []
    assert result.exit_code == 0


def _finding(text: str, value: str, category: str) -> tuple[str, Finding]:
    start = text.index(value)
    return text, Finding(start, start + len(value), category, category, 0.9, "test")


@pytest.mark.parametrize("text,value,category", [
    ("404428608e2e81e0c1fddb73e2ced784d6b76142", "404428608", "GOV_ID"),  # an SSN's digits
    ("a5cc66fd7b8c8d62fd6de7769b4831e8dba527275493bb3e", "527275493", "GOV_ID"),
    ("id 5a245c62-f29f-4157-8712-934f18d6b749 ok", "4157-8712-934", "PHONE"),  # in a UUID
    ("sha256:64948984242944d37256de7586ec5b70", "64948984242944", "CREDIT_CARD"),
    ("t9XmHWmNQG3N/4thHYB8+iancGZx7HUNpO7bcJpE/HtBS/g==", "HtBS", "ORGANIZATION"),
])
def test_part_of_a_machine_token_is_not_a_value(text, value, category):
    assert inside_machine_token(*_finding(text, value, category))


@pytest.mark.parametrize("text,value,category", [
    ("Call 07700 900 123-Office or 07700 900 456-Fax", "07700 900 123", "PHONE"),
    ("my number: wa.me/447700900123", "447700900123", "PHONE"),
    ("SSN 123-45-6789, card 4111 1111 1111 1111", "123-45-6789", "GOV_ID"),
    ("tel:+442079460000 today", "+442079460000", "PHONE"),
    ("ИНН7707083893 в анкете", "7707083893", "GOV_ID"),
    ("Jean-Pierre Martin wrote", "Pierre", "PERSON"),  # a short run of words is words
    ("Sophie Lang\n    3482 Via Franscini", "Sophie Lang\n    ", "ORGANIZATION"),
    ("the key sk_live_51HxQ2f is a secret", "sk_live_51HxQ2f", "SECRET"),  # not an id rule
])
def test_values_written_as_people_write_them_stay(text, value, category):
    assert not inside_machine_token(*_finding(text, value, category))


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@localhost", *args],
                   cwd=repo, check=True, capture_output=True)


def test_a_second_check_reports_what_the_first_did_beside_its_own_outputs(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "notes.txt").write_text("Write to quentin.marlowe.77@fastmail-example.net or "
                                    "call +44 7700 900 123.\n")
    (repo / "data.json").write_text(json.dumps({"owner": "Anna Berg", "id": str(uuid.UUID(
        bytes=bytes(range(16)), version=4))}) + "\n")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "data")
    first = run_cli("check", ".", "--output-format", "sarif", "--output", "scan-results.json",
                    cwd=repo)
    assert first.exit_code == 1 and cache_dir(repo).is_dir()
    assert run_cli("baseline", "create", ".", "-o", "accepted.json", cwd=repo).exit_code == 0
    (repo / "check-run.json").write_text(
        run_cli("check", ".", "--output-format", "json", cwd=repo).stdout)
    second = run_cli("check", ".", "--output-format", "sarif", cwd=repo)
    again = json.loads(second.stdout)
    before = json.loads((repo / "scan-results.json").read_text())
    assert second.exit_code == first.exit_code == 1
    assert again["runs"][0]["results"] == before["runs"][0]["results"]
    assert again["runs"][0]["properties"] == before["runs"][0]["properties"]
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in again["runs"][0]["results"]} == {"notes.txt", "data.json"}


@pytest.mark.parametrize("text,value,category,dropped", [
    ('"value": "MzcXt0Tm1BYJBQZFkr78nrLqvanl"', "MzcXt0Tm1BYJBQZFkr78nrLqvanl", "PERSON", True),
    ('"value": "MzcXtTmBYJBQZFkrnrLqvanl"', "MzcXtTmBYJBQZFkrnrLqvanl", "PERSON", True),
    ("Hubert Wolfeschlegelsteinhausen signed", "Wolfeschlegelsteinhausen", "PERSON", False),
    ("Area51 is closed", "Area51", "LOCATION", False),
])
def test_a_whole_drawn_token_is_no_name(text, value, category, dropped):
    assert inside_machine_token(*_finding(text, value, category)) is dropped


def test_only_files_redact_wrote_are_recognised(tmp_path):
    from redact.report.own import written_by_redact

    def write(name: str, data: object) -> Path:
        (tmp_path / name).write_text(json.dumps(data, indent=2))
        return tmp_path / name

    sarif = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0"}
    assert written_by_redact(write("x.txt", sarif | {"runs": [
        {"tool": {"driver": {"name": "redact"}}}]})) == "SARIF"
    assert written_by_redact(write("y.sarif", sarif | {"runs": [
        {"tool": {"driver": {"name": "gitleaks"}}}]})) is None
    assert written_by_redact(write("out", {"schema": "redact.check/1", "tool": {
        "name": "redact"}, "files": []})) == "check output"
    assert written_by_redact(write("b.json", {"schema": "redact.baseline/1", "key_id": "ab",
                                              "entries": {}})) == "baseline"
    assert written_by_redact(write("r.json", {"schema": "redact.report/1"})) is None  # scanned
    (tmp_path / "broken.json").write_text('{"schema": "redact.check/1", ')
    assert written_by_redact(tmp_path / "broken.json") is None
