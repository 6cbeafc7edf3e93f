"""The rule cache: what the built-in rule packs make that costs a run's start to work out
and never changes between runs with the same packs, kept in a file.

It holds which patterns compile, each pattern's triggers (``redact.detect.triggers``:
parsing every pattern) and the Russian cue phrases in every case (``redact.morph``: the
dictionary loaded to inflect them). All of it follows from the built-in packs, the code
that derives it and the versions of Python, ``regex`` and pymorphy3 with its dictionary;
the file's name is a hash of those, so a change to any of them makes a new file and the
old one is removed. Only runs with the built-in packs alone write it (a policy's deny
values and a user's packs may hold personal data, and are never kept): it holds rule
text only. It lives in the user cache folder (``$XDG_CACHE_HOME`` or ``~/.cache``, then
``redact/``); deleting it is safe, the next run works the data out and writes it again.
A file that cannot be read or written is worked around, never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymorphy3
import pymorphy3_dicts_ru
import regex

from redact import __version__, text_io
from redact.detect import trigger_words, triggers
from redact import morph

__all__ = ["RuleCache"]

_FORMAT = 1  # of the file; part of its hash
# the code whose output the cache holds: a change to it is a new cache
_DERIVED_BY = (Path(triggers.__file__), Path(trigger_words.__file__), Path(morph.__file__),
               Path(__file__))
_PREFIX = "rules-"


@dataclass
class RuleCache:
    """The cache of the packs at ``paths``: patterns (``"flags:source"`` -> triggers
    described) and forms (phrase -> its forms, sorted). ``changed``: something was added."""

    path: Path | None
    patterns: dict[str, Any] = field(default_factory=dict)
    forms: dict[str, list[str]] = field(default_factory=dict)
    changed: bool = False

    @classmethod
    def open(cls, paths: Iterable[Path]) -> RuleCache:
        """The cache for these built-in packs: read when its file exists, else empty."""
        path = _folder() / f"{_PREFIX}{_key(paths)}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            patterns, forms = data["patterns"], data["forms"]
            known = {_split(k): v for k, v in patterns.items()}
            if not isinstance(forms, dict) or not all(map(_described, known.values())) \
                    or not all(isinstance(f, list) for f in forms.values()):
                raise ValueError
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return cls(path)
        triggers.known_triggers(known)
        return cls(path, patterns, forms)

    def known(self, source: str, flags: int) -> bool:
        """Whether the pattern was compiled (and so is valid) in an earlier run."""
        return f"{int(flags)}:{source}" in self.patterns

    def add_pattern(self, source: str, flags: int) -> None:
        """Keep a valid pattern's triggers (worked out now, once for the process)."""
        if not self.known(source, flags):
            self.patterns[f"{int(flags)}:{source}"] = triggers.described_triggers(source, flags)
            self.changed = True

    def save(self) -> None:
        """Write the file (atomically) when something was added; remove other versions'."""
        if self.path is None or not self.changed:
            return
        body = json.dumps({"patterns": self.patterns, "forms": self.forms}, ensure_ascii=False,
                          sort_keys=True)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            text_io.write_atomic(self.path, body.encode("utf-8"), mode=0o644)
            for old in self.path.parent.glob(f"{_PREFIX}*.json"):
                if old != self.path:
                    old.unlink(missing_ok=True)
        except OSError:
            return  # the next run works it out again
        self.changed = False


def _folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "redact"


def _key(paths: Iterable[Path]) -> str:
    """A hash of the packs' bytes, the deriving code and the versions it depends on."""
    digest = hashlib.sha256(json.dumps([
        _FORMAT, __version__, sys.version, regex.__version__, pymorphy3.__version__,
        getattr(pymorphy3_dicts_ru, "__version__", ""),
    ]).encode())
    for path in [*paths, *_DERIVED_BY]:
        digest.update(path.name.encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:24]


def _described(triggers_: Any) -> bool:
    """Whether a pattern's entry is triggers as ``described_triggers`` writes them."""
    return isinstance(triggers_, list) and all(
        isinstance(t, list) and len(t) == 4 and isinstance(t[0], str) and isinstance(t[1], int)
        and t[2] in ("class", "word", "bounded", "digits") and (t[3] is None or isinstance(t[3], list))
        for t in triggers_)


def _split(key: str) -> tuple[str, int]:
    flags, source = key.split(":", 1)
    return source, int(flags)
