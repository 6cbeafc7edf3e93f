"""What of detection's results a run acts on: the findings the policy replaces, each
value's fingerprint, and a rule that timed out as the error of its file."""

from __future__ import annotations

from collections.abc import Sequence

from redact.anonymize import normalize
from redact.config import Policy
from redact.errors import FileError
from redact.keys import Key
from redact.records import Finding, Segment, SegmentResult

__all__ = ["fingerprint_of", "replaced", "check_timeouts"]


def fingerprint_of(key: Key, category: str, value: str, language: str | None) -> str:
    """The fingerprint of a decoded value: one recipe for reports, baselines and caches."""
    return key.fingerprint(category, normalize(category, value, language))


def replaced(policy: Policy, key: Key, f: Finding, value: str, language: str | None) -> bool:
    """The policy replaces this finding: its category and score, and no reviewer allowed
    its fingerprint (``redact review apply``)."""
    return policy.replaces(f.category, f.score) and not (
        policy.allow_fingerprints
        and fingerprint_of(key, f.category, value, language) in policy.allow_fingerprints)


def check_timeouts(text: str, segments: Sequence[Segment], seg_results: list[SegmentResult],
                   lines: int = 0) -> None:
    """A rule that ran past its timeout makes the file an error naming the rule and the
    line of the text it ran on (``lines``: line breaks before ``text``), never the text."""
    for i, sr in enumerate(seg_results):  # a segment is read only where a rule timed out
        if sr.timeout:
            line = lines + text.count("\n", 0, segments[i].file_offset(0)) + 1
            raise FileError(f"line {line}: {sr.timeout}")
