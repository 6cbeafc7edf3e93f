"""Keys and fingerprints: the HMAC recipe every persisted identifier uses (DESIGN.md)."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import stat
import secrets
import subprocess
from dataclasses import dataclass
from pathlib import Path

from redact.errors import KeyMissingError, UsageError

__all__ = ["Key", "load_key", "init_key", "ignore_in_git", "KEY_FILE_NAME", "KEY_ENV"]

log = logging.getLogger(__name__)

KEY_FILE_NAME = ".redact-key"
KEY_ENV = "REDACT_KEY"
_HOW_TO = (
    "create one with `redact key init` (writes .redact-key, mode 0600) "
    "or set REDACT_KEY to a secret of at least 16 characters (in CI: a repository secret)"
)


@dataclass(frozen=True)
class Key:
    """A secret key and where it came from: "file", "env", "random" (one run's), or "cache"
    (the key that signs a `check` cache for runs without a key of their own)."""

    secret: bytes
    source: str

    def digest(self, message: str) -> str:
        # a file name that is not UTF-8 is digested as its own bytes
        data = message.encode("utf-8", "surrogateescape")
        return hmac.new(self.secret, data, hashlib.sha256).hexdigest()

    @property
    def key_id(self) -> str:
        """Names the key without revealing it."""
        return self.digest("redact-key-id")[:8]

    def fingerprint(self, category: str, normalized: str) -> str:
        return self.digest(category + "\0" + normalized)[:16]


def _git_root(start: Path) -> Path | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"],
            cwd=start, capture_output=True, text=True, check=False,
        )
    except OSError:
        return None
    return Path(out.stdout.strip()) if out.returncode == 0 and out.stdout.strip() else None


def _read_key_file(path: Path) -> Key:
    try:
        mode = path.stat().st_mode
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as err:
        raise UsageError(f"{path}: cannot read key file ({type(err).__name__})") from None
    try:
        secret = bytes.fromhex(text)
    except ValueError:
        secret = b""
    if len(secret) != 32:
        raise UsageError(f"{path}: a key file holds 64 hex characters (32 bytes); {_HOW_TO}")
    if mode & (stat.S_IRGRP | stat.S_IROTH):
        log.warning("%s: the key file can be read by other users (mode %s); run chmod 600 %s",
                    path, oct(mode & 0o777)[2:], path)
    return Key(secret, "file")


def load_key(key_file: Path | None = None, *, required: bool, cwd: Path | None = None) -> Key:
    """Find the key: --key-file, then REDACT_KEY, then .redact-key in cwd or the git root.

    Without one, a random key for this run, or KeyMissingError when ``required``.
    """
    if key_file is not None:
        return _read_key_file(key_file)
    env = os.environ.get(KEY_ENV)
    if env is not None:
        if len(env) < 16:
            raise UsageError(f"{KEY_ENV} must be at least 16 characters long")
        return Key(env.encode("utf-8"), "env")
    here = cwd or Path.cwd()
    candidates = [here / KEY_FILE_NAME]
    root = _git_root(here)
    if root is not None:
        candidates.append(root / KEY_FILE_NAME)
    for candidate in candidates:
        if candidate.is_file():
            return _read_key_file(candidate)
    if required:
        raise KeyMissingError(f"no key found; {_HOW_TO}")
    return Key(secrets.token_bytes(32), "random")


def init_key(path: Path, *, force: bool = False) -> Key:
    """Write a new random key file with mode 0600; refuse to overwrite one without ``force``."""
    if path.exists() and not force:
        raise UsageError(f"{path} already exists; use --force to replace it")
    secret = secrets.token_bytes(32)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(secret.hex() + "\n")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return Key(secret, "file")


def ignore_in_git(path: Path) -> Path | None:
    """Add the key file to its repository's ``.gitignore`` unless git already ignores it, so
    that a key never reaches a commit; returns the ``.gitignore`` written, or None."""
    root = _git_root(path.resolve().parent)
    if root is None:
        return None
    rel = path.resolve().relative_to(root.resolve()).as_posix()
    ignored = subprocess.run(["git", "check-ignore", "-q", "--no-index", rel], cwd=root,
                             capture_output=True, check=False)
    if ignored.returncode == 0:
        return None
    gitignore = root / ".gitignore"
    before = gitignore.read_bytes() if gitignore.is_file() else b""
    newline = b"" if not before or before.endswith(b"\n") else b"\n"
    with gitignore.open("ab") as fh:
        fh.write(newline + rel.encode("utf-8") + b"\n")
    return gitignore
