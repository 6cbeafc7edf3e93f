"""The rule cache: what the built-in rule packs make that costs a run's start to work out
and never changes between runs with the same packs, kept in a file.

It holds which patterns compile, each pattern's triggers (``redact.detect.triggers``:
parsing every pattern), the Russian cue phrases in every case (``redact.morph``: the
dictionary loaded to inflect them), the mobile operators' brands
(``redact.detect.cue_operators``: libphonenumber's carrier table sifted by word lists) and,
in a second file beside it, each pattern compiled (:class:`CompiledPatterns`). All of it
follows from the built-in packs, the code that derives it and the versions of Python,
``regex``, pymorphy3 with its dictionary, phonenumbers and wordfreq;
the file's name is a hash of those, so a change to any of them makes a new file and the
old one is removed. Only runs with the built-in packs alone write it (a policy's deny
values and a user's packs may hold personal data, and are never kept): it holds rule
text only. It lives in the user cache folder (``$XDG_CACHE_HOME`` or ``~/.cache``, then
``redact/``); deleting it is safe, the next run works the data out and writes it again.
A file that cannot be read or written is worked around, never an error.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import pickle
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import phonenumbers
import pymorphy3
import pymorphy3_dicts_ru
import regex

from redact import __version__, text_io
from redact.detect import cue_operators, trigger_words, triggers
from redact.cache import user_cache_folder
from redact.detect.codecache import unpickled
from redact import morph

__all__ = ["CompiledPatterns", "RuleCache"]

_FORMAT = 1  # of the file; part of its hash
# the code whose output the cache holds: a change to it is a new cache
_DERIVED_BY = (Path(triggers.__file__), Path(trigger_words.__file__), Path(morph.__file__),
               Path(cue_operators.__file__), Path(__file__))
_PREFIX = "rules-"
_COMPILED = ".regex"  # the compiled patterns' file: the JSON's name with this suffix


class CompiledPatterns:
    """Patterns compiled as ``regex`` pickles them: its compiled code, which loads without
    the pattern being parsed again. A cue pattern takes 50 to 250 ms to compile and 1 to
    5 ms to load, and every process of a run (each worker, each run of a pre-commit hook)
    compiles again what its texts need; most of a run's patterns are built-in ones.
    Each is loaded when first asked for; one not kept is compiled."""

    def __init__(self, blobs: dict[str, bytes] | None = None) -> None:
        self.blobs = blobs or {}
        self.loaded: dict[str, regex.Pattern] = {}

    def compile(self, source: str, flags: int) -> regex.Pattern:
        key = f"{int(flags)}:{source}"
        pattern = self.loaded.get(key)
        if pattern is None:
            blob = self.blobs.get(key)
            pattern = unpickled(blob) if blob is not None else None
            if not isinstance(pattern, regex.Pattern) or pattern.pattern != source:
                pattern = regex.compile(source, flags=flags)
            self.loaded[key] = pattern
        return pattern


@dataclass
class RuleCache:
    """The cache of the packs at ``paths``: patterns (``"flags:source"`` -> triggers
    described), forms (phrase -> its forms, sorted), carriers (the operators' brands,
    sorted; empty until worked out) and compiled (``"flags:source"`` -> the pattern
    pickled). ``changed``: something was added."""

    path: Path | None
    patterns: dict[str, Any] = field(default_factory=dict)
    forms: dict[str, list[str]] = field(default_factory=dict)
    carriers: list[str] = field(default_factory=list)
    compiled: dict[str, bytes] = field(default_factory=dict)
    changed: bool = False

    @classmethod
    def open(cls, paths: Iterable[Path]) -> RuleCache:
        """The cache for these built-in packs: read when its file exists, else empty."""
        path = user_cache_folder() / f"{_PREFIX}{_key(paths)}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            patterns, forms, carriers = data["patterns"], data["forms"], data["carriers"]
            known = {_split(k): v for k, v in patterns.items()}
            if not isinstance(forms, dict) or not all(map(_described, known.values())) \
                    or not all(isinstance(f, list) for f in forms.values()) \
                    or not isinstance(carriers, list) or not all(isinstance(c, str) for c in carriers):
                raise ValueError
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return cls(path)
        triggers.known_triggers(known)
        try:
            compiled = unpickled(path.with_suffix(_COMPILED).read_bytes())
        except OSError:
            compiled = None
        if not isinstance(compiled, dict) or compiled.keys() != patterns.keys() \
                or not all(isinstance(b, bytes) for b in compiled.values()):
            compiled = {}  # the patterns are compiled again, and kept
        return cls(path, patterns, forms, carriers, compiled, changed=not compiled and bool(patterns))

    def known(self, source: str, flags: int) -> bool:
        """Whether the pattern was compiled (and so is valid) in an earlier run."""
        return f"{int(flags)}:{source}" in self.patterns

    def add_pattern(self, source: str, flags: int) -> None:
        """Keep a valid pattern's triggers (worked out now, once for the process) and the
        pattern compiled (``regex`` keeps what it compiled when the pack was checked)."""
        key = f"{int(flags)}:{source}"
        if key not in self.patterns:
            self.patterns[key] = triggers.described_triggers(source, flags)
            self.changed = True
        if key not in self.compiled:
            self.compiled[key] = pickle.dumps(regex.compile(source, flags=flags), protocol=5)
            self.changed = True

    def save(self) -> None:
        """Write the file (atomically) when something was added; remove other versions'."""
        if self.path is None or not self.changed:
            return
        body = json.dumps({"patterns": self.patterns, "forms": self.forms,
                           "carriers": self.carriers}, ensure_ascii=False, sort_keys=True)
        compiled = self.path.with_suffix(_COMPILED)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # the compiled patterns first: a JSON file is only read beside its own
            text_io.write_atomic(compiled, pickle.dumps(self.compiled, protocol=5), mode=0o644)
            text_io.write_atomic(self.path, body.encode("utf-8"), mode=0o644)
            for old in self.path.parent.glob(f"{_PREFIX}*"):
                if old not in (self.path, compiled):
                    old.unlink(missing_ok=True)
        except OSError:
            return  # the next run works it out again
        self.changed = False


def _key(paths: Iterable[Path]) -> str:
    """A hash of the packs' bytes, the deriving code and the versions it depends on."""
    digest = hashlib.sha256(json.dumps([
        _FORMAT, __version__, sys.version, regex.__version__, pymorphy3.__version__,
        getattr(pymorphy3_dicts_ru, "__version__", ""), phonenumbers.__version__,
        importlib.metadata.version("wordfreq"),
    ]).encode())
    for path in [*paths, *_DERIVED_BY]:
        digest.update(path.name.encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:24]


def _described(triggers_: Any) -> bool:
    """Whether a pattern's entry is triggers as ``described_triggers`` writes them."""
    return isinstance(triggers_, list) and all(
        isinstance(t, list) and len(t) == 5 and isinstance(t[0], str) and isinstance(t[1], int)
        and t[2] in ("class", "word", "run") and (t[3] is None or isinstance(t[3], list))
        and isinstance(t[4], list)
        for t in triggers_)


def _split(key: str) -> tuple[str, int]:
    flags, source = key.split(":", 1)
    return source, int(flags)
