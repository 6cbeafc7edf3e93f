"""Detection: segments in, findings out. Knows nothing of files or formats."""

from redact.detect.engine import Engine, EngineConfig
from redact.detect.findings import Finding

__all__ = ["Engine", "EngineConfig", "Finding"]
