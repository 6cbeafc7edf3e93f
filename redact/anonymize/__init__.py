"""Anonymization: findings become identities, identities become replacement labels."""

from redact.anonymize.identity import Identity, Linker, normalize
from redact.anonymize.operators import label_for

__all__ = ["Identity", "Linker", "label_for", "normalize"]
