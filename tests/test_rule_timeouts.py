"""Rules that cannot hang: a user pattern that backtracks for ever on a crafted text runs
into its timeout, which makes that file an error naming the rule and the line (never the
text); the other files are scrubbed and the exit code is 2."""

from __future__ import annotations

import json

from conftest import run_cli

from redact.api import Policy, ScrubOptions, load_key, scrub
from redact.inputs import collect
from redact.run.detect import detect_files

# (a+)+$ is the textbook catastrophic pattern (the regex module cuts it short by itself);
# (a|aa)+$ tries every way to split the run into ones and twos before failing at the "b".
PACK = """\
recognizers:
  - name: a_runs
    supported_entity: A_RUN
    category: OTHER
    patterns:
      - name: nested_plus
        regex: "(a+)+$"
        score: 0.9
  - name: a_pairs
    supported_entity: A_PAIR
    category: OTHER
    patterns:
      - name: alternation
        regex: "(a|aa)+$"
        score: 0.9
"""
CRAFTED = "a" * 50 + "b"
GOOD = "Write to maria.lopez84@gmail.com about the invoice.\n"


def _folder(tmp_path):
    (tmp_path / "pack.yaml").write_text(PACK)
    src = tmp_path / "in"
    src.mkdir()
    (src / "bad.txt").write_text(f"Notes from the call\n\n{CRAFTED}\n")
    (src / "good.txt").write_text(GOOD)
    return src


def _problems(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def test_scrub_reports_the_rule_that_timed_out_and_writes_the_other_files(tmp_path):
    _folder(tmp_path)
    result = run_cli("scrub", "in", "-o", "out", "--rules", "pack.yaml", "--report", "r.json",
                     cwd=tmp_path)
    assert result.exit_code == 2
    assert _problems(result.stderr) == [
        "error: bad.txt: line 3: rule 'a_pairs', pattern 'alternation' of pack.yaml timed out "
        "after 1 s"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["good.txt"]
    assert (tmp_path / "out" / "good.txt").read_text() == \
        "Write to [EMAIL_1] about the invoice.\n"
    report = (tmp_path / "r.json").read_text()
    files = {f["path"]: (f["status"], f["error"]) for f in json.loads(report)["files"]}
    assert files == {
        "bad.txt": ("error", "line 3: rule 'a_pairs', pattern 'alternation' of pack.yaml "
                             "timed out after 1 s"),
        "good.txt": ("redacted", None)}
    assert "aaaa" not in result.stderr + result.stdout + report


def test_check_reports_the_timeout_as_an_error(tmp_path):
    _folder(tmp_path)
    result = run_cli("check", "in", "--rules", "pack.yaml", "--no-cache", cwd=tmp_path)
    assert result.exit_code == 2  # an error wins over the email found in good.txt
    assert _problems(result.stderr) == [
        "error: in/bad.txt: line 3: rule 'a_pairs', pattern 'alternation' of pack.yaml "
        "timed out after 1 s"]
    assert "aaaa" not in result.stderr + result.stdout


def test_the_policy_sets_the_timeout_and_workers_carry_the_error_back(tmp_path):
    _folder(tmp_path)
    (tmp_path / "redact.toml").write_text("[detection]\nrule_timeout = 0.25\n")
    shown = run_cli("policy", "show", cwd=tmp_path)
    assert "[detection]" in shown.stdout and "rule_timeout = 0.25\n" in shown.stdout
    result = run_cli("scrub", "in", "-o", "out", "--rules", "pack.yaml", "--workers", "2",
                     "--no-ner", "-q", cwd=tmp_path)
    assert result.exit_code == 2
    assert _problems(result.stderr) == [
        "error: bad.txt: line 3: rule 'a_pairs', pattern 'alternation' of pack.yaml timed out "
        "after 0.25 s"]
    assert (tmp_path / "out" / "good.txt").read_text() == \
        "Write to [EMAIL_1] about the invoice.\n"
    assert not (tmp_path / "out" / "bad.txt").exists()


def test_the_default_timeout_is_one_second(tmp_path):
    shown = run_cli("policy", "show", cwd=tmp_path)
    assert shown.exit_code == 0
    assert "rule_timeout = 1.0\n" in shown.stdout


def test_a_bad_timeout_is_a_one_line_policy_error(tmp_path):
    for value in ("0", "-1", '"fast"', "true", "nan"):
        (tmp_path / "p.toml").write_text(f"[detection]\nrule_timeout = {value}\n")
        result = run_cli("policy", "show", "--policy", str(tmp_path / "p.toml"))
        assert result.exit_code == 2
        assert result.stderr.strip() == (f"error: {tmp_path / 'p.toml'}: detection.rule_timeout "
                                         "is a number of seconds above 0")


def _options(tmp_path, **kwargs) -> ScrubOptions:
    return ScrubOptions(outdir=tmp_path / "out", key=load_key(None, required=False),
                        policy=Policy(rule_timeout=0.25), rule_files=[tmp_path / "pack.yaml"],
                        **kwargs)


def test_a_streamed_file_names_the_line_in_the_whole_file(tmp_path):
    (tmp_path / "pack.yaml").write_text(PACK)
    records = [{"role": "user", "content": f"Message {n}: mail maria.lopez84@gmail.com"}
               for n in range(1, 8)]
    records[5]["content"] = CRAFTED
    src = tmp_path / "chat.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records))
    options = _options(tmp_path, head_bytes=64, batch_chars=200)
    (entry,) = scrub([str(src)], options).files
    message = (f"line 6: rule 'a_pairs', pattern 'alternation' of {tmp_path / 'pack.yaml'} "
               "timed out after 0.25 s")
    assert (entry.status, entry.error, entry.output, len(entry.changes)) == \
        ("error", message, None, 0)
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    (detected,) = detect_files(collect([str(src)], None), options)
    list(detected.batches)
    assert (detected.result.status, detected.result.error) == ("error", message)


def test_a_file_name_that_makes_a_rule_time_out(tmp_path):
    (tmp_path / "pack.yaml").write_text(PACK)
    src = tmp_path / "in"
    src.mkdir()
    (src / f"{CRAFTED}.txt").write_text(GOOD)
    (entry,) = scrub([str(src)], _options(tmp_path)).files
    assert (entry.status, entry.error) == (
        "error", f"file name: rule 'a_pairs', pattern 'alternation' of {tmp_path / 'pack.yaml'} "
                 "timed out after 0.25 s")
