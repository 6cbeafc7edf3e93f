"""The project's own errors. The CLI turns them into exit codes; the core only raises.

Messages never contain a value that was (or would be) replaced.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

__all__ = ["RedactError", "UsageError", "FileError", "KeyMissingError", "ConfigError", "SkipFile",
           "internal_error", "trace_frames"]


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


# A bug's own message and locals can hold the values being replaced (KeyError("Maria
# Lopez")): what is said about an unexpected exception is its type and where it happened.
_PACKAGE = Path(__file__).resolve().parent


def internal_error(err: BaseException) -> str:
    """One line for an unexpected exception: its type and the innermost place in redact
    it passed through, never its message."""
    frames = list(traceback.walk_tb(err.__traceback__))
    ours = [(f, line) for f, line in frames if _in_package(f.f_code.co_filename)]
    where = "unknown place"
    if ours or frames:
        frame, line = (ours or frames)[-1]
        where = f"{_short(frame.f_code.co_filename)}:{line}"
    return f"internal error ({type(err).__name__} at {where}); please report it"


def trace_frames(err: BaseException) -> list[str]:
    """The traceback as "file:line in function", outermost first: no source lines, no
    message, no locals, and no folder above the package or library."""
    return [f"{_short(frame.f_code.co_filename)}:{line} in {frame.f_code.co_name}"
            for frame, line in traceback.walk_tb(err.__traceback__)]


def _in_package(filename: str) -> bool:
    return Path(filename).resolve().is_relative_to(_PACKAGE)


def _short(filename: str) -> str:
    """A path from its package folder (redact/pipeline.py), never from a home folder,
    whose name can be a person's."""
    path = Path(filename).resolve()
    roots = [_PACKAGE.parent] + [Path(p).resolve() for p in sys.path if p]
    for root in sorted(roots, key=lambda r: len(r.parts), reverse=True):
        if path.is_relative_to(root) and path != root:
            return path.relative_to(root).as_posix()
    return path.name
