"""Operators: what a replaced value becomes. Each output is recognised as the tool's own
token on a second run (idempotency), except ``remove``, which leaves nothing to find."""

from __future__ import annotations

from redact.anonymize.identity import Identity

__all__ = ["label_for"]


def label_for(operator: str, identity: Identity, value: str, *, template: str,
              fingerprint: str) -> str:
    if operator == "tag":
        return template.format(category=identity.category, n=identity.number)
    if operator == "mask":
        return "".join(c if c.isspace() else "*" for c in value)
    if operator == "hash":
        return f"[{identity.category}#{fingerprint}]"
    if operator == "remove":
        return ""
    raise ValueError(f"unknown operator {operator!r}")
