"""The project's own errors. The CLI turns them into exit codes; the core only raises.

Messages never contain a value that was (or would be) replaced.
"""

from __future__ import annotations

__all__ = ["RedactError", "UsageError", "FileError", "KeyMissingError", "ConfigError", "SkipFile"]


class RedactError(Exception):
    """Base class of every error redact raises on purpose."""


class UsageError(RedactError):
    """The command was asked something it cannot do (bad option, clashing outputs)."""


class ConfigError(UsageError):
    """A policy or rule file is malformed."""


class KeyMissingError(UsageError):
    """A command needs a key and none was found."""


class FileError(RedactError):
    """One input cannot be processed; the run goes on with the others.

    ``str(err)`` is a one-line reason without the path; the pipeline adds the path.
    """


class SkipFile(RedactError):
    """An input that is not scanned on purpose (binary, unsafe, ignored); ``str`` is the reason."""
