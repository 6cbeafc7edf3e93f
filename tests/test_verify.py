"""`redact verify`: a value replaced anywhere in a run and left anywhere in its outputs."""

from __future__ import annotations

from conftest import run_cli

PHONE = "+44 7700 900461"


def test_a_value_replaced_in_one_file_and_left_in_another_is_a_warning(tmp_path):
    """Item 8: a phone replaced in a.txt stands word for word in a column of b.csv that is
    not scanned; verify names the file and line, never the value; --strict fails."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(f"Ring me on {PHONE} tonight.\n", encoding="utf-8")
    (tmp_path / "in" / "b.csv").write_text(
        f"message,note\nsee you soon,\nthanks,{PHONE}\n", encoding="utf-8")
    scrub = run_cli("scrub", "in", "-o", "out", "--report", "r.json", "-q", cwd=tmp_path)
    assert scrub.exit_code == 0, scrub.stderr
    assert (tmp_path / "out" / "a.txt").read_text() == "Ring me on [PHONE_1] tonight.\n"
    assert PHONE in (tmp_path / "out" / "b.csv").read_text()
    verified = run_cli("verify", "in", "out", "--report", "r.json", cwd=tmp_path)
    assert verified.exit_code == 0
    lines = verified.stderr.splitlines()
    assert len(lines) == 2 and lines[1] == "2 files checked: exact, 1 warning"
    assert lines[0].startswith("warning: b.csv:3:8: a value replaced in this run (PHONE, fingerprint ")
    assert lines[0].endswith(") is still in the output")
    assert "7700" not in verified.stderr
    strict = run_cli("verify", "in", "out", "--report", "r.json", "--strict", cwd=tmp_path)
    assert strict.exit_code == 1
