"""Review decisions into policy (``redact review apply``).

The HTML report exports ``redact.decisions/1``: changes a reviewer marked as not personal
data (by fingerprint, or by a value the reviewer typed) and spans the run missed. False
positives go to the policy's allow list (``allow.fingerprints`` with the ``allow.key_id``
they were made under, or ``allow.values``), missed spans to ``deny.<CATEGORY>``; the next
scrub honours both. The policy file keeps its comments and layout (tomlkit).

Error messages name decisions by their number, never by a value.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomlkit

from redact import text_io
from redact.config import load_policy
from redact.records import CATEGORIES
from redact.errors import UsageError
from redact.keys import Key

__all__ = ["Decision", "Decisions", "Applied", "read_decisions", "apply_decisions", "SCHEMA"]

SCHEMA = "redact.decisions/1"


@dataclass(frozen=True)
class Decision:
    action: str  # "allow": not personal data; "deny": missed
    category: str
    fingerprint: str | None = None  # allow by fingerprint
    value: str | None = None  # allow by value, or the missed span


@dataclass
class Decisions:
    key: str | None  # where the report's key came from: file, env or random
    items: list[Decision]

    @property
    def by_fingerprint(self) -> list[Decision]:
        return [d for d in self.items if d.fingerprint is not None]


@dataclass
class Applied:
    """What a policy gained (decisions already there are not counted twice)."""

    fingerprints: int = 0
    values: int = 0
    denied: dict[str, int] = field(default_factory=dict)  # category -> new deny values
    unchanged: int = 0


def _decision(n: int, raw: Any, where: Path) -> Decision:
    if not isinstance(raw, dict):
        raise UsageError(f"{where}: decision {n} is not an object")
    action, category = raw.get("action"), raw.get("category")
    if action not in ("allow", "deny"):
        raise UsageError(f"{where}: decision {n}: action is allow or deny")
    if category not in CATEGORIES:
        raise UsageError(f"{where}: decision {n}: unknown category {category!r}")
    by = raw.get("by", "value" if action == "deny" else "fingerprint")
    if action == "allow" and by == "fingerprint":
        fingerprint = raw.get("fingerprint")
        if not (isinstance(fingerprint, str) and re.fullmatch(r"[0-9a-f]{16}", fingerprint)):
            raise UsageError(f"{where}: decision {n}: a fingerprint is 16 hex characters")
        return Decision(action, category, fingerprint=fingerprint)
    if by != "value":
        raise UsageError(f"{where}: decision {n}: by is fingerprint or value")
    value = raw.get("value")
    if not (isinstance(value, str) and value.strip()):
        raise UsageError(f"{where}: decision {n}: by value needs a value")
    return Decision(action, category, value=value.strip())


def read_decisions(path: Path) -> Decisions:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise UsageError(f"{path}: cannot read decisions ({err.strerror})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise UsageError(f"{path}: not JSON ({type(err).__name__} at position "
                         f"{getattr(err, 'pos', getattr(err, 'start', '?'))})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise UsageError(f"{path}: not a {SCHEMA} file (export one from the HTML report)")
    items = data.get("decisions")
    if not isinstance(items, list):
        raise UsageError(f"{path}: decisions is a list")
    report = data.get("report") if isinstance(data.get("report"), dict) else {}
    return Decisions(report.get("key"), [_decision(n, d, path) for n, d in enumerate(items, 1)])


def _array(table: Any, name: str) -> Any:
    if name not in table:
        table[name] = tomlkit.array()
    return table[name]


def _add(array: Any, value: str, *, folded: bool) -> bool:
    """Append unless there (case-insensitively where matching is: allow and deny values)."""
    norm = value.casefold() if folded else value
    if any((str(v).casefold() if folded else str(v)) == norm for v in array):
        return False
    array.append(value)
    if len(array) > 3:
        array.multiline(True)
    return True


def apply_decisions(decisions: Decisions, policy_path: Path, key: Key | None) -> Applied:
    """Write the decisions into the policy file (created when missing). ``key`` is needed
    for decisions by fingerprint: it must be the key the report was made with."""
    if decisions.by_fingerprint:
        if decisions.key == "random":
            raise UsageError(
                "the report was made with a random key, so its fingerprints match no other run: "
                "decide by value, or scrub with a key (`redact key init`) and review again")
        if key is None:
            raise UsageError("decisions by fingerprint need the key the report was made with")
    existing = policy_path.is_file()
    policy = load_policy(policy_path) if existing else None  # a broken policy is not edited
    if policy and decisions.by_fingerprint and policy.allow_key_id not in (None, key.key_id):
        raise UsageError(
            f"{policy_path}: allow.fingerprints were made with key {policy.allow_key_id}, "
            f"these with key {key.key_id}: one policy holds fingerprints of one key")
    try:
        doc = tomlkit.parse(policy_path.read_text(encoding="utf-8")) if existing else tomlkit.document()
    except OSError as err:
        raise UsageError(f"{policy_path}: cannot read policy ({err.strerror})") from None
    applied = Applied()
    for d in decisions.items:
        if d.action == "allow":
            allow = doc.setdefault("allow", tomlkit.table())
            if d.fingerprint is not None:
                added = _add(_array(allow, "fingerprints"), d.fingerprint, folded=False)
                allow["key_id"] = key.key_id
                applied.fingerprints += added
            else:
                added = _add(_array(allow, "values"), d.value, folded=True)
                applied.values += added
        else:
            deny = doc.setdefault("deny", tomlkit.table())
            added = _add(_array(deny, d.category), d.value, folded=True)
            if added:
                applied.denied[d.category] = applied.denied.get(d.category, 0) + 1
        applied.unchanged += not added
    mode = policy_path.stat().st_mode & 0o777 if existing else 0o644
    text_io.write_atomic(policy_path, tomlkit.dumps(doc).encode("utf-8"), mode=mode)
    return applied
