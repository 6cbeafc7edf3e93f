"""redact: exact, format-keeping redaction of personal data in transcripts and chat exports."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from redact.redactor import Entity, Redactor, Scrubbed

__version__ = "0.1.0"
__all__ = ["__version__", "Redactor", "Entity", "Scrubbed"]


def __getattr__(name: str) -> Any:
    """``redact.Redactor`` imported on first use: ``import redact`` stays light (the CLI,
    the stage modules and a worker that only reads reports need no model)."""
    if name in ("Redactor", "Entity", "Scrubbed"):
        from redact import redactor

        return getattr(redactor, name)
    raise AttributeError(f"module 'redact' has no attribute {name!r}")
