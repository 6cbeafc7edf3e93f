"""A bug is contained: the file it met is in error with the exception's type and place,
never its message (which can hold a value); the others go on; at the top level one line
and exit 2 instead of a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, TEST_KEY, run_cli
from redact.formats.markdown import MarkdownFormat

SECRET_NAME = "Maria Lopez"


def _line(module: str, code: str) -> int:
    """The line of ``code`` in redact/``module``: where the injected bug is met."""
    lines = (ROOT / "redact" / module).read_text().splitlines()
    found = [i for i, line in enumerate(lines, 1) if code in line]
    assert len(found) == 1, found
    return found[0]


def _broken(*args, **kwargs):
    raise KeyError(SECRET_NAME)


def _inputs(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(f"{SECRET_NAME} wrote from maria.lopez@mailbox.org.\n")
    (src / "b.md").write_text(f"# Call\n\n{SECRET_NAME} said Jonas Weber will call back.\n")
    (src / "c.txt").write_text("Call Jonas Weber on +44 7911 123456.\n")
    return src


def _everything(tmp_path: Path, *texts: str) -> str:
    """What the run printed and every file it wrote."""
    written = [p.read_bytes().decode("utf-8", "replace") for p in tmp_path.rglob("*")
               if p.is_file() and "in" not in p.relative_to(tmp_path).parts[:1]]
    return "\n".join([*texts, *written])


@pytest.mark.parametrize("method,where", [
    ("parse", ("run/load.py",
               "doc = _scanned(fmt.parse(decoded.text), options.policy, whole=True)")),
    ("encode", ("run/replace.py", "label = fmt.encode(label, seg)")),
], ids=["while-reading", "while-writing"])
def test_a_bug_in_one_file_is_that_files_error(tmp_path, monkeypatch, method, where):
    monkeypatch.setattr(MarkdownFormat, method, _broken)
    src = _inputs(tmp_path)
    out, report = tmp_path / "out", tmp_path / "r.json"
    result = run_cli("scrub", str(src), "-o", str(out), "--report", str(report), "-q")
    message = f"internal error (KeyError at redact/{where[0]}:{_line(*where)}); please report it"
    assert result.exit_code == 2
    assert result.stderr == f"error: b.md: {message}\n"
    files = {f["path"]: f for f in json.loads(report.read_text())["files"]}
    assert {p: f["status"] for p, f in files.items()} == {
        "a.txt": "redacted", "b.md": "error", "c.txt": "redacted"}
    assert (files["b.md"]["error"], files["b.md"]["output"], files["b.md"]["changes"]) == (
        message, None, [])
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "c.txt"]
    assert (out / "a.txt").read_text() == "[PERSON_1] wrote from [EMAIL_1].\n"
    assert SECRET_NAME not in _everything(tmp_path, result.stdout, result.stderr)


def test_check_contains_a_bug_in_one_file(tmp_path, monkeypatch):
    monkeypatch.setattr(MarkdownFormat, "parse", _broken)
    src = _inputs(tmp_path)
    result = run_cli("check", str(src), "--no-cache", "--output-format", "json", cwd=tmp_path)
    where = ("run/load.py", "doc = _scanned(fmt.parse(decoded.text), options.policy, whole=True)")
    message = f"internal error (KeyError at redact/{where[0]}:{_line(*where)}); please report it"
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == f"error: in/b.md: {message}"
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    assert (files["in/b.md"]["status"], files["in/b.md"]["error"]) == ("error", message)
    assert (files["in/a.txt"]["status"], files["in/c.txt"]["status"]) == ("findings", "findings")
    assert SECRET_NAME not in result.stdout + result.stderr


def _main(tmp_path: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """``redact ARGS`` in a new process whose format table is broken by a bug."""
    script = ("import sys, redact.cli.formats as f\n"
              f"def broken(*a, **k): raise KeyError({SECRET_NAME!r})\n"
              "f.Table = broken\n"
              "from redact.cli import main\n"
              "sys.argv = ['redact', *sys.argv[1:]]\n"
              "main()\n")
    return subprocess.run([sys.executable, "-c", script, *args], cwd=tmp_path, capture_output=True,
                          text=True, env={**os.environ, "REDACT_KEY": TEST_KEY, **env}, timeout=300)


def test_a_bug_at_the_top_level_is_one_line_and_exit_2(tmp_path):
    done = _main(tmp_path, "formats", env={})
    where = _line("cli/formats.py", "table = Table(")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (f"error: internal error (KeyError at redact/cli/formats.py:{where}); "
                           "please report it\n")


def test_debug_shows_the_frames_of_a_bug_but_not_its_message(tmp_path):
    done = _main(tmp_path, "formats", env={"REDACT_LOG_LEVEL": "DEBUG"})
    where = _line("cli/formats.py", "table = Table(")
    lines = done.stderr.splitlines()
    assert done.returncode == 2
    assert lines[0] == (f"error: internal error (KeyError at redact/cli/formats.py:{where}); "
                        "please report it")
    assert f"  redact/cli/formats.py:{where} in formats_command" in lines
    assert lines[-1] == "  <string>:2 in broken"
    assert SECRET_NAME not in done.stderr and "Traceback" not in done.stderr
