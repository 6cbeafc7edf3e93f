"""redact: exact, format-keeping redaction of personal data in transcripts and chat exports."""

__version__ = "0.1.0"
__all__ = ["__version__"]
