"""The detection code's own patterns, kept compiled between runs.

The detection modules define a few hundred patterns (address layouts, name fields, spoken
grammars). ``regex`` parses a pattern in Python: all of them take 0.5 to 1 s of every
process's start, and loading them as ``regex`` pickles them (their compiled code) takes
about 20 ms. ``compile`` stands for ``regex.compile`` in those modules: it returns the
pattern from the file kept in the user cache folder (beside the rule cache) when the file
holds it, else compiles it; a process that compiled any writes the file again as it exits.

An entry is keyed by the pattern's source, flags and named lists, and a loaded pattern
must have that source, so an entry of older code is never used for newer code; the file's
name is a hash of the versions of Python, ``regex`` and redact, whose compiled code it
holds. Only patterns written in the code go through here: never one built from a user's
data (a policy's deny list, a user's pack), which must not be kept on disk.
"""

from __future__ import annotations

import atexit
import hashlib
import io
import json
import os
import pickle
import sys
from pathlib import Path
from typing import Any

import regex

from redact import __version__, text_io
from redact.cache import user_cache_folder

__all__ = ["compile", "unpickled"]

_FORMAT = 1
_PREFIX = "code-"
_MAX_KEPT = 4096  # entries kept of older code besides this process's (a cap, not a target)


class _Unpickler(pickle.Unpickler):
    """Loads plain data and compiled patterns, nothing else: the one callable a pickled
    pattern names is ``regex``'s compiler of compiled code."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is no compiled pattern")


def unpickled(blob: bytes) -> Any:
    """``blob`` loaded by the restricted unpickler; None when it cannot be."""
    try:
        return _Unpickler(io.BytesIO(blob)).load()
    except Exception:  # noqa: BLE001 - a damaged entry is compiled again, never an error
        return None


class _Store:
    """The file's entries (loaded on the first ``compile``) and this process's."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.blobs: dict[str, bytes] = {}
        self.used: dict[str, bytes] = {}
        self.changed = False
        self.pid = os.getpid()

    def open(self) -> None:
        digest = hashlib.sha256(json.dumps(
            [_FORMAT, __version__, sys.version, regex.__version__]).encode()).hexdigest()[:24]
        self.path = user_cache_folder() / f"{_PREFIX}{digest}.regex"
        try:
            blobs = unpickled(self.path.read_bytes())
        except OSError:
            blobs = None
        if isinstance(blobs, dict) and all(isinstance(k, str) and isinstance(v, bytes)
                                           for k, v in blobs.items()):
            self.blobs = blobs
        atexit.register(self.save)

    def save(self) -> None:
        """Write the file (atomically) when this process compiled something; never from a
        forked worker, whose entries its parent has."""
        if not self.changed or self.path is None or os.getpid() != self.pid:
            return
        kept = self.used if len(self.blobs) > _MAX_KEPT else {**self.blobs, **self.used}
        try:
            text_io.write_atomic(self.path, pickle.dumps(kept, protocol=5), mode=0o644)
            for old in self.path.parent.glob(f"{_PREFIX}*.regex"):
                if old != self.path:
                    old.unlink(missing_ok=True)
        except OSError:
            return  # the next run compiles them again
        self.changed = False


_STORE = _Store()


def compile(source: str, flags: int = 0, ignore_unused: bool = False,  # noqa: A001
            **named_lists: Any) -> regex.Pattern[str]:
    """``regex.compile(source, flags, ignore_unused, **named_lists)``, loaded from the cache
    file when an earlier run compiled the same pattern."""
    if _STORE.path is None:
        _STORE.open()
    key = f"{int(flags)}:{source}"
    if named_lists:
        key += "\0" + json.dumps({k: sorted(v) for k, v in named_lists.items()}, ensure_ascii=False)
    blob = _STORE.blobs.get(key)
    pattern = unpickled(blob) if blob is not None else None
    if not isinstance(pattern, regex.Pattern) or pattern.pattern != source:
        pattern = regex.compile(source, flags, ignore_unused=ignore_unused, **named_lists)
        blob = pickle.dumps(pattern, protocol=5)
        _STORE.changed = True
    _STORE.used[key] = blob
    return pattern
