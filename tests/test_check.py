"""`redact check` and `redact baseline` end to end, on a git repository holding the dev set."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest

from conftest import DEV, dev_files, needs_shared, run_cli

from redact.cache import cache_dir
from redact.text_io import decode

SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
NEW_EMAIL = "quentin.marlowe.77@fastmail-example.net"
FORMATS = ("text", "json", "sarif", "github")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@localhost", *args],
                          cwd=repo, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    """The dev set committed in a git repository, checked once so its cache is warm."""
    if not DEV.is_dir():
        pytest.skip("../shared/data is not beside the project")
    repo = tmp_path_factory.mktemp("repo")
    _git(repo, "init", "-q")
    for name in dev_files():
        (repo / name).write_bytes((DEV / name).read_bytes())
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "dev set")
    os.environ["REDACT_KEY"] = "test-key-for-redact-suite-0123456789"
    assert run_cli("check", ".", cwd=repo).exit_code == 1
    return repo


@pytest.fixture
def repo(pristine, tmp_path) -> Path:
    """A private copy (history and cache included) that a test may change."""
    copy = tmp_path / "repo"
    shutil.copytree(pristine, copy, symlinks=True)
    shutil.copytree(cache_dir(pristine), cache_dir(copy))
    return copy


def check_json(repo: Path, *args: str) -> tuple[int, dict]:
    result = run_cli("check", ".", "--output-format", "json", *args, cwd=repo)
    return result.exit_code, json.loads(result.stdout) if result.stdout else {}


def new_findings(report: dict) -> list[tuple[str, dict]]:
    return [(f["path"], x) for f in report["files"] for x in f["findings"] if x["state"] == "new"]


def gold_values() -> set[str]:
    return {json.loads(line)["text"] for line in (DEV / "gold.jsonl").read_text().splitlines()}


@needs_shared
def test_check_lists_every_finding_that_scrub_replaces(repo, dev_run):
    code, report = check_json(repo)
    assert code == 1 and report["schema"] == "redact.check/1"
    assert report["summary"]["errors"] == 0 and report["summary"]["files"] == len(dev_files())
    text = run_cli("check", ".", cwd=repo)
    assert text.exit_code == 1
    lines = text.stdout.splitlines()
    assert len(lines) == report["summary"]["new"] == report["summary"]["findings"] > 100
    for path, x in new_findings(report):
        assert f"{path}:{x['line']}:{x['column']} {x['category']} {x['entity']} " in text.stdout
    # the same engine and policy as scrub: every change scrub made lies inside a finding
    checked = {f["path"]: f["findings"] for f in report["files"]}
    for f in dev_run["report"]["files"]:
        if f["name_changes"]:
            continue
        for change in f["changes"]:
            assert any(x["start"] <= change["start"] and change["end"] <= x["end"]
                       for x in checked[f["path"]]), (f["path"], change["start"])


@needs_shared
def test_baseline_then_only_new_findings_fail_and_moved_lines_stay_baselined(repo):
    created = run_cli("baseline", "create", ".", "-o", ".redact-baseline.json", cwd=repo)
    assert created.exit_code == 0, created.stderr
    baseline = json.loads((repo / ".redact-baseline.json").read_text())
    assert baseline["schema"] == "redact.baseline/1" and len(baseline["entries"]) > 20
    assert set(baseline["entries"]) <= set(dev_files())
    code, report = check_json(repo, "--baseline", ".redact-baseline.json")
    assert code == 0 and report["summary"]["new"] == 0 and report["summary"]["baselined"] > 100

    target = repo / "d21-plain-en-friends.txt"
    original = target.read_text(encoding="utf-8")
    lines = original.splitlines(keepends=True)
    target.write_text("".join(lines[len(lines) // 2:] + lines[:len(lines) // 2]), encoding="utf-8")
    assert run_cli("check", ".", "--baseline", ".redact-baseline.json", cwd=repo).exit_code == 0

    plain = repo / "d26-nexus-old-en-no-pii.md"
    body = plain.read_text(encoding="utf-8")
    plain.write_text(body + f"\nWrite to {NEW_EMAIL} for the files.\n", encoding="utf-8")
    code, report = check_json(repo, "--baseline", ".redact-baseline.json")
    assert code == 1
    [(path, finding)] = new_findings(report)
    assert path == plain.name and finding["category"] == "EMAIL"
    text = plain.read_text(encoding="utf-8")
    assert text[finding["start"]:finding["end"]] == NEW_EMAIL
    assert finding["line"] == text.count("\n", 0, finding["start"]) + 1


@needs_shared
def test_baseline_update_drops_what_is_gone_and_other_key_is_refused(repo, monkeypatch):
    assert run_cli("baseline", "create", ".", "-o", "b.json", cwd=repo).exit_code == 0
    before = json.loads((repo / "b.json").read_text())["entries"]
    (repo / "d09-openai-en-support.jsonl").unlink()
    assert run_cli("baseline", "update", ".", "-o", "b.json", cwd=repo).exit_code == 0
    after = json.loads((repo / "b.json").read_text())["entries"]
    assert "d09-openai-en-support.jsonl" in before and "d09-openai-en-support.jsonl" not in after
    assert {k: v for k, v in before.items() if k != "d09-openai-en-support.jsonl"} == after

    monkeypatch.setenv("REDACT_KEY", "another-key-for-the-same-repository")
    result = run_cli("check", ".", "--baseline", "b.json", cwd=repo)
    assert result.exit_code == 2
    assert "made with key" in result.stderr and len(result.stderr.strip().splitlines()) == 1


@needs_shared
def test_sarif_is_valid_and_points_at_the_characters(repo):
    result = run_cli("check", ".", "--output-format", "sarif", cwd=repo)
    assert result.exit_code == 1
    sarif = json.loads(result.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(sarif)
    run = sarif["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} == {r["ruleId"] for r in run["results"]}
    texts = {name: decode((repo / name).read_bytes()).text for name in dev_files()}
    json_paths = 0
    for r in run["results"]:
        loc = r["locations"][0]
        region = loc["physicalLocation"]["region"]
        text = texts[loc["physicalLocation"]["artifactLocation"]["uri"]]
        lines = text.split("\n")
        start_line = lines[region["startLine"] - 1]
        end_line = lines[region["endLine"] - 1]
        offset = region["charOffset"]
        value = text[offset:offset + region["charLength"]]
        if region["startLine"] == region["endLine"]:
            assert start_line[region["startColumn"] - 1:region["endColumn"] - 1] == value
        else:
            assert start_line[region["startColumn"] - 1:] + "\n" == value[:len(start_line) - region["startColumn"] + 2]
            assert value.endswith(end_line[:region["endColumn"] - 1])
        assert r["partialFingerprints"]["redactBaselineId/v1"]
        json_paths += bool(loc.get("logicalLocations"))
    assert json_paths > 20  # JSON inputs name the field


@needs_shared
def test_no_original_value_in_any_output_cache_or_baseline(repo):
    values = {v for v in gold_values() if len(v) >= 5}
    outputs = []
    for fmt in FORMATS:
        result = run_cli("check", ".", "--output-format", fmt, cwd=repo)
        outputs += [result.stdout, result.stderr]
    assert run_cli("check", ".", "--output-format", "github", cwd=repo).stdout.startswith("::error file=")
    assert run_cli("baseline", "create", ".", "-o", "b.json", cwd=repo).exit_code == 0
    outputs.append((repo / "b.json").read_text())
    cache = [p for p in cache_dir(repo).rglob("*.json")]
    assert len(cache) >= len(dev_files())
    outputs += [p.read_text() for p in cache]
    leaks = {v for v in values for out in outputs if v in out}
    assert not leaks


@needs_shared
def test_changed_since_scans_only_changed_files(repo):
    (repo / "d26-nexus-old-en-no-pii.md").write_text(f"Mail {NEW_EMAIL} today.\n", encoding="utf-8")
    _git(repo, "commit", "-qam", "change")
    (repo / "notes-new.txt").write_text("nothing personal here\n", encoding="utf-8")
    code, report = check_json(repo, "--changed-since", "HEAD~1")
    assert code == 1
    assert [f["path"] for f in report["files"]] == ["d26-nexus-old-en-no-pii.md", "notes-new.txt"]
    code, report = check_json(repo, "--changed-since", "HEAD")
    assert [f["path"] for f in report["files"]] == ["notes-new.txt"] and code == 0


@needs_shared
@pytest.mark.parametrize("content", [
    b"caf\xe9 with Anna\n",  # invalid UTF-8
    "Anna said Ð¿Ñ€Ð¸Ð²ÐµÑ‚ and привет\n".encode("utf-8"),  # part mojibake: no exact repair
    None,  # a link to a file that is not there: unreadable
])
def test_an_unscannable_file_is_an_error_and_wins_over_findings(repo, content):
    bad = repo / "bad.txt"
    if content is None:
        bad.symlink_to(repo / "missing.txt")
    else:
        bad.write_bytes(content)
    code, report = check_json(repo)
    assert code == 2
    [entry] = [f for f in report["files"] if f["path"] == "bad.txt"]
    assert entry["status"] == "error" and entry["error"]
    only = run_cli("check", "bad.txt", cwd=repo)
    assert only.exit_code == 2 and "bad.txt" in only.stderr


def test_inline_allows_ignores_fail_on_and_min_score(tmp_path):
    _git(tmp_path, "init", "-q")
    (tmp_path / "a.txt").write_text(
        f"Mail {NEW_EMAIL} please. # redact:allow\n"
        "# redact:allow-next-line\n"
        f"Or {NEW_EMAIL.replace('quentin', 'q')} instead.\n"
        f"Third: {NEW_EMAIL.replace('quentin', 'qq')}\n", encoding="utf-8")
    (tmp_path / "secret").mkdir()
    (tmp_path / "secret" / "b.txt").write_text(f"Mail {NEW_EMAIL}\n", encoding="utf-8")
    (tmp_path / ".redactignore").write_text("secret/\n", encoding="utf-8")
    code, report = check_json(tmp_path)
    assert code == 1
    states = [(x["line"], x["state"]) for f in report["files"] for x in f["findings"]]
    assert states == [(1, "allowed"), (3, "allowed"), (4, "new")]
    [skipped] = [f for f in report["files"] if f["path"] == "secret/b.txt"]
    assert skipped["status"] == "skipped" and not skipped["findings"]
    assert check_json(tmp_path, "--fail-on", "PHONE,IBAN")[0] == 0
    assert check_json(tmp_path, "--fail-on", "EMAIL", "--no-cache")[0] == 1
    code, report = check_json(tmp_path, "--min-score", "1.0")
    assert all(x["score"] >= 1.0 for f in report["files"] for x in f["findings"])
    bad = run_cli("check", ".", "--fail-on", "NOPE", cwd=tmp_path)
    assert bad.exit_code == 2 and "unknown category" in bad.stderr


def test_check_without_a_key_runs_with_a_random_key_and_says_so(tmp_path, monkeypatch):
    """Item 1: a check needs no setup; a baseline still needs a stable key."""
    monkeypatch.delenv("REDACT_KEY")
    _git(tmp_path, "init", "-q")
    (tmp_path / "a.txt").write_text(f"Mail {NEW_EMAIL} please.\n", encoding="utf-8")
    result = run_cli("check", "a.txt", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.stdout == "a.txt:1:6 EMAIL EMAIL_ADDRESS (email, 1.00) ************\n"
    notes = [line for line in result.stderr.splitlines() if "random key" in line]
    assert notes == ["warning: no key: a random key for this run, so fingerprints are not stable "
                     "across runs (`redact key init` makes one)"]
    assert not (tmp_path / ".redact-cache").exists()
    assert (cache_dir(tmp_path) / "cache.key").stat().st_mode & 0o777 == 0o600
    code, report = check_json(tmp_path)
    assert code == 1 and report["key_id"] is None
    [finding] = report["files"][0]["findings"]
    assert finding["fingerprint"] is None and finding["baseline_id"] is None
    sarif = json.loads(run_cli("check", "a.txt", "--output-format", "sarif", cwd=tmp_path).stdout)
    jsonschema.validate(sarif, SARIF_SCHEMA)
    [entry] = sarif["runs"][0]["results"]
    assert "partialFingerprints" not in entry and "fingerprint" not in entry["properties"]
    for args in (("check", "a.txt", "--baseline", "b.json"), ("baseline", "create", "a.txt"),
                 ("baseline", "update", "a.txt")):
        refused = run_cli(*args, cwd=tmp_path)
        assert refused.exit_code == 2 and "needs a key, the same from run to run" in refused.stderr
        assert "redact key init" in refused.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [".git", "a.txt"]


def test_action_key_input_is_optional():
    """Item 1: the GitHub Action runs without a key (an empty one is no key)."""
    import yaml
    action = yaml.safe_load((Path(__file__).parent.parent / "action.yml").read_text())
    assert action["inputs"]["key"]["required"] is False
    assert 'if [ -z "$REDACT_KEY" ]; then unset REDACT_KEY; fi' in action["runs"]["steps"][2]["run"]


def test_source_and_config_files_are_text_without_a_warning(tmp_path):
    """Item 3: known source and config types are quiet; unknown types still warn."""
    _git(tmp_path, "init", "-q")
    for name in ("tool.py", "ci.yml", "pyproject.toml", ".gitignore", "Makefile"):
        (tmp_path / name).write_text(f"# contact {NEW_EMAIL}\n", encoding="utf-8")
    (tmp_path / "notes.xyz").write_text("nothing here\n", encoding="utf-8")
    result = run_cli("check", ".", cwd=tmp_path)
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if line.startswith("warning")] == [
        "warning: notes.xyz: format not recognised from content or extension; scanned as plain text"]
    assert len(result.stdout.splitlines()) == 5


@needs_shared
def test_quiet_keeps_the_exit_code_and_drops_the_summary(repo):
    loud = run_cli("check", ".", cwd=repo)
    quiet = run_cli("check", ".", "-q", cwd=repo)
    assert loud.exit_code == quiet.exit_code == 1
    assert "new findings" in loud.stderr and "new findings" not in quiet.stderr
    assert "repaired" in quiet.stderr  # warnings still print
    assert quiet.stdout == loud.stdout
