"""Keys and the fingerprint recipe (persisted: a change here breaks baselines)."""

from __future__ import annotations

import hashlib
import hmac
import os
import stat
import subprocess

import pytest

from conftest import run_cli
from redact.errors import KeyMissingError
from redact.keys import Key, load_key


def test_key_init_writes_a_private_key_and_refuses_to_overwrite(tmp_path):
    path = tmp_path / ".redact-key"
    assert run_cli("key", "init", "--path", str(path)).exit_code == 0
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert len(bytes.fromhex(path.read_text().strip())) == 32
    again = run_cli("key", "init", "--path", str(path))
    assert again.exit_code == 2 and "already exists; use --force" in again.stderr


def test_key_init_adds_the_key_to_the_repositorys_gitignore_once(tmp_path):
    """Item 2: `git status` never shows the key."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True,
                              text=True).stdout
    git("init", "-q")
    (tmp_path / ".gitignore").write_text("*.pyc", encoding="utf-8")  # no final newline
    (tmp_path / "sub").mkdir()
    first = run_cli("key", "init", cwd=tmp_path / "sub")
    assert first.exit_code == 0 and "added to" in first.stderr
    assert (tmp_path / ".gitignore").read_text() == "*.pyc\nsub/.redact-key\n"
    assert run_cli("key", "init", "--force", cwd=tmp_path / "sub").exit_code == 0
    assert run_cli("key", "init", cwd=tmp_path).exit_code == 0
    assert (tmp_path / ".gitignore").read_text() == "*.pyc\nsub/.redact-key\n.redact-key\n"
    assert git("status", "--porcelain", "--untracked-files=all") == "?? .gitignore\n"


def test_key_init_creates_a_gitignore_when_there_is_none(tmp_path):
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    assert run_cli("key", "init", cwd=tmp_path).exit_code == 0
    assert (tmp_path / ".gitignore").read_text() == ".redact-key\n"


def test_fingerprint_recipe():
    key = Key(b"k" * 32, "file")
    expected = hmac.new(b"k" * 32, "EMAIL\0anna@mail.org".encode(), hashlib.sha256).hexdigest()[:16]
    assert key.fingerprint("EMAIL", "anna@mail.org") == expected
    assert key.key_id == hmac.new(b"k" * 32, b"redact-key-id", hashlib.sha256).hexdigest()[:8]


def test_key_lookup_order(tmp_path, monkeypatch):
    monkeypatch.delenv("REDACT_KEY", raising=False)
    assert load_key(required=False, cwd=tmp_path).source == "random"
    with pytest.raises(KeyMissingError, match="redact key init"):
        load_key(required=True, cwd=tmp_path)
    monkeypatch.setenv("REDACT_KEY", "short")
    with pytest.raises(Exception, match="at least 16"):
        load_key(required=False, cwd=tmp_path)


def test_a_key_file_others_can_read_gets_a_warning(tmp_path):
    """Through the installed command: warnings reach stderr the way users see them."""
    import subprocess
    import sys
    from pathlib import Path

    assert run_cli("key", "init", cwd=tmp_path).exit_code == 0
    key = tmp_path / ".redact-key"
    (tmp_path / "a.txt").write_text("Write to anna.k@mailbox.org\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "REDACT_KEY"}
    command = [str(Path(sys.executable).with_name("redact")), "scrub", "a.txt", "-o", "out", "--no-ner", "-q"]
    private = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
    rules_only = "warning: a.txt: 27 characters scanned by rules only (NER disabled)\n"
    assert (private.returncode, private.stderr) == (0, rules_only)
    key.chmod(0o644)
    shared = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert shared.returncode == 0
    assert shared.stderr == (f"warning: {key}: the key file can be read by other users (mode 644); "
                             f"run chmod 600 {key}\n" + rules_only)
