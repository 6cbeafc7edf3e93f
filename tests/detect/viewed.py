"""What the decoded view maps its characters back to, for the view's and escapes' tests."""

from __future__ import annotations

from redact.detect.view import view


def decoded(text: str, part: str) -> str:
    """The original characters the view's first ``part`` maps back to."""
    v = view(text)
    at = v.text.index(part)
    start, end = v.span(at, at + len(part))
    return text[start:end]
