"""``Redactor``: the detection and replacement of ``redact scrub`` for text in memory, a
string or a batch of records (``datasets.map(batched=True)``, pandas, Ray Data).

It runs the stages of ``redact.run`` on text instead of files: a text is parsed as a file
with that content would be (format sniffed, or given), detected by the process's engine
for the policy, and replaced by the same ``FileReplacer``, so ``scrub_text(text)`` makes
the changes ``redact scrub`` makes in a file holding ``text``. Nothing here imports
spaCy, Presidio or natasha: the engine is imported and its models loaded on the first
``find`` or ``scrub_*`` call, and shared by every later call in the process.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from redact import text_io
from redact.batches import column_names, plain, rows, with_columns
from redact.config import LINK_SCOPES, TAG_NUMBERS, Policy, load_policy, parse_operator
from redact.errors import UsageError
from redact.keys import Key, load_key
from redact.records import Change, FileResult, SegmentResult
from redact.run.load import Loaded, load_text
from redact.run.options import ScrubOptions
from redact.run.replace import FileReplacer, Scope
from redact.run.select import check_timeouts

if TYPE_CHECKING:
    from redact.detect.engine import Engine
    from redact.run.batch import ScrubbedRecord

__all__ = ["Redactor", "Entity", "Scrubbed"]

_TEXT = "-"  # the report path of text that is not a file: no extension, no name to scan


@dataclass(frozen=True)
class Entity:
    """A finding the policy replaces, in offsets of the text (``value`` only when asked)."""

    start: int
    end: int
    category: str  # EMAIL, PERSON, ... (what operators are chosen by)
    entity: str  # the detector's own type, e.g. EMAIL_ADDRESS
    score: float
    detector: str  # the recognizer that found it
    value: str | None = None


@dataclass
class Scrubbed:
    """A scrubbed text: ``changes`` in offsets of the text given (original values only
    with ``reveal=True``), ``format`` the format it was read as."""

    text: str
    changes: list[Change]
    format: str
    warnings: list[str] = field(default_factory=list)


class Redactor:
    """Finds and replaces personal data in text in memory, as ``redact scrub`` does in files.

    ``key``: the secret fingerprints and keyed tags are made with (at least 16
    characters; default as the command line: REDACT_KEY, then .redact-key, else a random
    key for this instance). ``policy``: a Policy or a ``redact.toml`` path (default: the
    built-in policy). ``operators``: category -> tag, mask, hash, remove, keep or
    surrogate (``{"EMAIL": "mask"}``). ``lang``: auto, en or ru; ``ner``: False for rules
    only. ``tags``: counter (``[PERSON_1]``) or keyed (``[PERSON_3f2a9c1b]``, the same
    for the same value wherever the key is the same; needs a key). ``link_scope``:
    ``record`` links each JSON Lines or CSV record of a text on its own; otherwise (``run``,
    ``file``) a text is linked whole, each call on its own. ``rules``: extra rule pack paths;
    ``format``, ``fields``, ``columns``: as ``--format``, ``--fields``, ``--columns``.
    ``reveal``: changes keep their original values.
    """

    def __init__(self, *, key: str | bytes | Key | None = None,
                 policy: Policy | str | Path | None = None,
                 operators: Mapping[str, str] | None = None, lang: str | None = None,
                 ner: bool | None = None, tags: str | None = None, link_scope: str | None = None,
                 rules: Sequence[str | Path] = (), format: str | None = None,
                 fields: Sequence[str] = (), columns: Sequence[str] = (),
                 repair: bool = True, reveal: bool = False) -> None:
        if lang is not None and lang not in ("auto", "en", "ru"):
            raise UsageError(f"lang is auto, en or ru, not {lang!r}")
        for name, value, choices in (("tags", tags, TAG_NUMBERS),
                                     ("link_scope", link_scope, LINK_SCOPES)):
            if value is not None and value not in choices:
                raise UsageError(f"{name} is {', '.join(choices)}, not {value!r}")
        if not isinstance(policy, Policy):
            policy = load_policy(Path(policy)) if policy is not None else Policy()
        ops = dict(policy.operators) | dict(parse_operator(f"{category}={op}")
                                            for category, op in (operators or {}).items())
        policy = policy.with_overrides(operators=ops, lang=lang, ner=ner, tag_numbers=tags,
                                       link_scope=link_scope)
        key = _key(key, keyed=policy.tag_numbers == "keyed")
        policy.check_key(key.key_id)
        self.options = ScrubOptions(policy=policy, rule_files=[Path(r) for r in rules],
                                    format=format, fields=tuple(fields), columns=tuple(columns),
                                    key=key, reveal=reveal, repair=repair)
        self.format_options = self.options.format_options()  # a bad format fails here
        self._detector: Engine | None = None  # the engine, found on first use (never pickled)

    def __getstate__(self) -> dict[str, Any]:
        """What goes to another process (``datasets.map(num_proc=...)``): the settings;
        the rule packs and models are loaded there."""
        return dict(self.__dict__, _detector=None)

    @property
    def policy(self) -> Policy:
        return self.options.policy

    def _engine(self) -> Engine:
        from redact.run.detect import engine_for, rules_for  # imports spaCy and Presidio

        if self._detector is None:  # the process's engine for these rules and policy
            self._detector = engine_for(self.policy, rules_for(self.policy, self.options.rule_files))
        return self._detector

    def _load(self, text: str, format: str | None) -> Loaded:
        """The text parsed as a file with this content (repaired when it is double-encoded)."""
        if not isinstance(text, str):
            raise UsageError(f"text must be a str, not {type(text).__name__}")
        options = self.format_options if format is None else ScrubOptions(
            format=format, fields=self.options.fields, columns=self.options.columns,
        ).format_options()
        result = FileResult(path=_TEXT)
        repaired = text_io.repaired(text, repair=self.options.repair)
        return load_text(0, repaired.text, _TEXT, result, self.options, options)

    def find(self, text: str, *, format: str | None = None,
             values: bool = False) -> list[Entity]:
        """What the policy replaces in ``text``, in order, as Presidio's ``analyze`` gives
        it; ``values``: with the text of each finding (off by default, so that a list of
        findings that is logged or stored holds no personal data)."""
        from redact.run.detect import located

        ld = self._load(text, format)
        segments = ld.doc.segments
        found = self._engine().detect([segments])[0]
        check_timeouts(ld.doc.text, segments, found)
        return [Entity(f.start, f.end, f.category, f.entity, f.score, f.detector,
                       ld.doc.text[f.start:f.end] if values else None)
                for f in (loc.finding for loc in located(0, segments, found, self.policy,
                                                         self.options.key))]

    def scrub_text(self, text: str, *, format: str | None = None) -> Scrubbed:
        """``text`` with what the policy replaces replaced, and the changes made: those
        ``redact scrub`` makes in a file holding ``text``. Raises FileError when the text
        cannot be read as its format (a JSON line that does not parse) or a rule timed out."""
        from redact.run.detect import link_units

        ld = self._load(text, format)
        units = link_units(ld, self.policy)
        detected = self._engine().detect([unit.segments for unit in units])
        policy, key = self.policy, self.options.key
        replacer = FileReplacer(ld.result, ld.fmt, ld.name, policy, key, Scope.new(policy, key),
                                SegmentResult(None, [], False), reveal=self.options.reveal)
        output = "".join(replacer.batch(unit.text, unit.segments, found)
                         for unit, found in zip(units, detected))
        replacer.finish(ld.doc.warnings)
        return Scrubbed(output, list(ld.result.changes), ld.fmt.name, ld.result.warnings)

    def scrub_jsonl(self, lines: Sequence[str]) -> list[ScrubbedRecord]:
        """JSON Lines records, each scrubbed on its own (its own ``[PERSON_1]``, or keyed
        tags), all detected in one call: each output is the line ``redact scrub
        --link-scope record`` writes for it, or None when the record cannot be read."""
        from redact.run.batch import scrub_records  # imports the engine

        self._engine()
        return scrub_records(list(lines), self.options)

    def scrub_batch(self, batch: Any, *, columns: Sequence[str] | None = None) -> Any:
        """A batch of records with their ``columns`` scrubbed, in the shape it came: a
        dict of lists (what ``datasets.map(batched=True)`` passes), a list of dicts, a
        pandas DataFrame or a pyarrow Table. Each record is scrubbed on its own, its
        columns as one JSON object (text columns, or chat ``messages`` lists of {role,
        content}), so tags are linked and numbered per record and never depend on how
        records are batched. ``columns``: default, every column of text, lists or dicts.
        A record that cannot be read comes back with None in its columns, never as it was."""
        names = list(columns) if columns is not None else _text_columns(batch)
        records = rows(batch, names)
        done = self.scrub_jsonl([json.dumps({c: plain(r[c]) for c in names},
                                            ensure_ascii=False) for r in records])
        scrubbed = [None if d.text is None else json.loads(d.text) for d in done]
        values = {c: [None if s is None else s.get(c) for s in scrubbed] for c in names}
        return with_columns(batch, values)


def _key(key: str | bytes | Key | None, *, keyed: bool) -> Key:
    if isinstance(key, Key):
        return key
    if key is None:
        return load_key(None, required=keyed)
    secret = key.encode("utf-8") if isinstance(key, str) else bytes(key)
    if len(secret) < 16:
        raise UsageError("the key must be at least 16 characters long")
    return Key(secret, "env")  # a secret handed over like REDACT_KEY


def _text_columns(batch: Any) -> list[str]:
    """The columns whose values are all text, lists or dicts (or missing)."""
    names = column_names(batch)
    sample = rows(batch, names)
    return [c for c in names
            if all(r[c] is None or isinstance(plain(r[c]), (str, list, dict)) for r in sample)]
