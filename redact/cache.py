"""The `check` cache: a file whose bytes, policy, rule packs, key and tool version are
unchanged is not scanned again. Entries hold fingerprints and offsets, never values.

The cache is a shortcut through the gate, so nothing in it is taken on trust: it lives in
the user cache folder (``$XDG_CACHE_HOME`` or ``~/.cache``, then ``redact/`` and one folder
per repository), never in the work tree a pull request can change, and every entry carries
an HMAC over itself and the content hash it describes. The HMAC key is the run's key, or,
for a run without one, a random key kept (mode 0600) in the cache folder itself. An entry
that key did not sign is a miss: the file is scanned again."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
from pathlib import Path
from typing import Any

from redact import __version__, text_io
from redact.keys import Key

__all__ = ["CheckCache", "cache_dir", "cache_key", "user_cache_folder"]

log = logging.getLogger(__name__)

CACHE_KEY_NAME = "cache.key"


def user_cache_folder() -> Path:
    """Where redact keeps what it works out once: ``$XDG_CACHE_HOME/redact`` (by default
    ``~/.cache/redact``); the check caches, the rule cache and the compiled code patterns."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "redact"


def cache_dir(root: Path) -> Path:
    """The cache of the repository (or folder) at ``root``: one folder per resolved root."""
    return user_cache_folder() / hashlib.sha256(os.fsencode(root.resolve())).hexdigest()[:16]


def cache_key(folder: Path) -> Key:
    """The key that signs a cache for runs without a key of their own: read from
    ``folder/cache.key``, or made there (mode 0600) when missing or unreadable."""
    path = folder / CACHE_KEY_NAME
    try:
        secret = bytes.fromhex(path.read_text(encoding="ascii").strip())
        if len(secret) == 32:
            return Key(secret, "cache")
    except (OSError, ValueError):
        pass
    secret = secrets.token_bytes(32)
    try:
        text_io.write_atomic(path, secret.hex().encode("ascii") + b"\n", mode=0o600)
    except OSError:
        pass  # this run signs with it; the next one starts a new cache
    return Key(secret, "cache")


class CheckCache:
    """One JSON file per (configuration, content hash), signed with ``key``; a broken or
    unsigned entry is a miss."""

    def __init__(self, folder: Path, config: dict[str, Any], key: Key) -> None:
        canonical = json.dumps({"version": __version__, **config}, sort_keys=True)
        self.folder = folder / hashlib.sha256(canonical.encode()).hexdigest()[:16]
        self.key = key

    def _path(self, content_sha256: str) -> Path:
        return self.folder / f"{content_sha256}.json"

    def _sign(self, content_sha256: str, entry: dict[str, Any]) -> str:
        body = json.dumps(entry, sort_keys=True, ensure_ascii=True)
        return self.key.digest(f"redact-cache\0{self.folder.name}\0{content_sha256}\0{body}")

    def get(self, content_sha256: str) -> dict[str, Any] | None:
        try:
            stored = json.loads(self._path(content_sha256).read_text(encoding="utf-8"))
            entry, mac = stored["entry"], stored["hmac"]
            valid = isinstance(entry, dict) and isinstance(mac, str) and hmac.compare_digest(
                mac, self._sign(content_sha256, entry))
        except (OSError, ValueError, TypeError, KeyError):
            return None
        if not valid:
            log.debug("%s: a cache entry this key did not sign; scanned again",
                      self._path(content_sha256).name)
            return None
        return entry

    def put(self, content_sha256: str, entry: dict[str, Any]) -> None:
        stored = {"entry": entry, "hmac": self._sign(content_sha256, entry)}
        try:
            text_io.write_atomic(self._path(content_sha256), json.dumps(stored).encode("utf-8"))
        except OSError:
            pass  # a cache that cannot be written only costs time
