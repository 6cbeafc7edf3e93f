"""The pre-commit hook, installed by pre-commit itself from this repository (network)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, TEST_KEY

pytestmark = pytest.mark.network

EMAIL = "quentin.marlowe.77@fastmail-example.net"


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=1800)


def _snapshot(dest: Path, env: dict[str, str]) -> Path:
    """This working tree as a one-commit repository: try-repo reads committed and changed
    tracked files only, and the hook must work from what is about to be committed."""
    listed = _run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], ROOT, env)
    for rel in filter(None, listed.stdout.split("\0")):
        source = ROOT / rel
        if source.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / rel)
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "snapshot"]):
        _run(["git", *args], dest, env)
    return dest


def test_pre_commit_hook_checks_staged_files(tmp_path):
    pre_commit = shutil.which("pre-commit", path=str(Path(sys.executable).parent))
    assert pre_commit, "pre-commit is in the test extra"
    repo = tmp_path / "repo"
    repo.mkdir()
    env = {**os.environ, "REDACT_KEY": TEST_KEY, "PRE_COMMIT_HOME": str(tmp_path / "pc-home"),
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@localhost",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@localhost"}
    source = _snapshot(tmp_path / "source", env)
    _run(["git", "init", "-q"], repo, env)
    (repo / "docs").mkdir()
    (repo / "docs" / "notes.md").write_text(f"Write to {EMAIL} about it.\n", encoding="utf-8")
    (repo / "clean.txt").write_text("Nothing personal in here.\n", encoding="utf-8")
    _run(["git", "add", "."], repo, env)
    failing = _run([pre_commit, "try-repo", str(source), "redact-check"], repo, env)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "docs/notes.md:1:10 EMAIL" in failing.stdout
    assert EMAIL not in failing.stdout + failing.stderr

    _run(["git", "rm", "-q", "--cached", "docs/notes.md"], repo, env)
    passing = _run([pre_commit, "try-repo", str(source), "redact-check"], repo, env)
    assert passing.returncode == 0, passing.stdout + passing.stderr
