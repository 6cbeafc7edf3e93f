"""Baselines: accepted findings, remembered by keyed ids so that no value is ever stored.

``baseline_id = HMAC(key, path + "\\0" + fingerprint)`` (DESIGN "Fingerprints and keys"):
it names a value in a file, not a place, so moving lines keeps a finding baselined.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from redact import text_io
from redact.errors import UsageError
from redact.keys import Key

__all__ = ["BASELINE_SCHEMA", "Baseline", "BaselineEntry", "baseline_id", "load_baseline"]

BASELINE_SCHEMA = "redact.baseline/1"


def baseline_id(key: Key, path: str, fingerprint: str) -> str:
    return key.digest(path + "\0" + fingerprint)


@dataclass(frozen=True)
class BaselineEntry:
    baseline_id: str
    category: str
    entity: str


@dataclass
class Baseline:
    key_id: str
    entries: dict[str, list[BaselineEntry]] = field(default_factory=dict)

    def contains(self, path: str, bid: str) -> bool:
        return any(e.baseline_id == bid for e in self.entries.get(path, ()))

    def replace_paths(self, entries: dict[str, list[BaselineEntry]], scanned: set[str]) -> None:
        """``update``: the scanned paths get their current entries (what is gone is dropped);
        paths this run did not scan keep theirs."""
        kept = {p: v for p, v in self.entries.items() if p not in scanned}
        self.entries = kept | {p: v for p, v in entries.items() if v}

    def to_dict(self) -> dict:
        return {
            "schema": BASELINE_SCHEMA,
            "key_id": self.key_id,
            "entries": {
                path: [vars(e) for e in sorted(set(entries), key=lambda e: e.baseline_id)]
                for path, entries in sorted(self.entries.items()) if entries
            },
        }

    def write(self, path: Path) -> None:
        data = json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"
        text_io.write_atomic(path, text_io.report_bytes(data))


def load_baseline(path: Path, key: Key) -> Baseline:
    """Read a baseline; one made with another key is a usage error (its ids cannot match)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise UsageError(f"{path}: cannot read baseline ({err.strerror or type(err).__name__})") from None
    except (ValueError, UnicodeDecodeError):
        raise UsageError(f"{path}: not a baseline (invalid JSON)") from None
    if not isinstance(data, dict) or data.get("schema") != BASELINE_SCHEMA:
        raise UsageError(f"{path}: not a baseline (schema is not {BASELINE_SCHEMA})")
    if data.get("key_id") != key.key_id:
        raise UsageError(
            f"{path}: baseline was made with key {data.get('key_id')}, this run uses key "
            f"{key.key_id}; use the same key (REDACT_KEY or .redact-key) or recreate the baseline")
    try:
        entries = {str(p): [BaselineEntry(str(e["baseline_id"]), str(e["category"]), str(e["entity"]))
                            for e in items]
                   for p, items in data.get("entries", {}).items()}
    except (KeyError, TypeError, AttributeError):
        raise UsageError(f"{path}: malformed baseline entries") from None
    return Baseline(key.key_id, entries)
