"""The `check` cache: a file whose bytes, policy, rule packs, key and tool version are
unchanged is not scanned again. Entries hold fingerprints and offsets, never values, and
sit in the git root's `.redact-cache/` (ignored by git through its own .gitignore) or in
the user cache folder outside a repository."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from redact import __version__, text_io

__all__ = ["CheckCache", "cache_dir"]


def cache_dir(root: Path, is_git: bool) -> Path:
    if is_git:
        return root / ".redact-cache"
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "redact" / "check"


class CheckCache:
    """One JSON file per (configuration, content hash); a broken entry is a miss."""

    def __init__(self, folder: Path, config: dict[str, Any]) -> None:
        canonical = json.dumps({"version": __version__, **config}, sort_keys=True)
        self.folder = folder / hashlib.sha256(canonical.encode()).hexdigest()[:16]

    def _path(self, content_sha256: str) -> Path:
        return self.folder / f"{content_sha256}.json"

    def get(self, content_sha256: str) -> dict[str, Any] | None:
        try:
            return json.loads(self._path(content_sha256).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, content_sha256: str, entry: dict[str, Any]) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore = self.folder.parent / ".gitignore"
            if not ignore.exists():
                ignore.write_text("*\n", encoding="ascii")
            text_io.write_atomic(self._path(content_sha256), json.dumps(entry).encode("utf-8"))
        except OSError:
            pass  # a cache that cannot be written only costs time
