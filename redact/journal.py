"""The scrub journal: what lets ``redact scrub --resume`` finish a run that was killed.

It lives in ``OUTDIR/.redact-journal/`` while a run writes to OUTDIR and is removed when
the run completes. For each file whose output is complete it records what detection found
there: per segment the language, whether NER read it, and the findings as offsets,
categories, entities, scores and detectors. An entry is a JSON Lines file, a header then a
line per document, written as detection goes (a large file's findings are never all in
memory) and put in place when the output is. Never a value: a resumed run reads the file
again, checks it is the same (a keyed hash of its content), and feeds those findings through
the same linking and replacement as the first time, so identities, tag numbers and
surrogates of the later files come out as in an uninterrupted run, without the journal
holding the names and values that linking works on. Each entry is written atomically and
fsynced. Outputs are made in ``tmp/`` inside it and renamed into place, so a killed run
leaves no half-written file among the outputs.

The run's configuration (redact version, policy digest, rule packs, key, inputs and
options) is recorded when the run starts; ``--resume`` refuses a journal whose
configuration differs. Input paths are kept only as a keyed hash: a file name can hold a
name that the outputs replace.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from redact import text_io
from redact.errors import RedactError, UsageError
from redact.keys import Key
from redact.records import SegmentResult

__all__ = ["JOURNAL_DIR", "Journal", "Entry", "EntryWriter", "Recorder", "Replay", "temp_folder"]

log = logging.getLogger(__name__)

JOURNAL_DIR = ".redact-journal"
SCHEMA = "redact.journal/3"
_ROWS_PER_WRITE = 1024  # segments of a document encoded at once

# What each part of the configuration is called when it differs.
_PARTS = {"version": "the redact version", "policy": "the policy", "rule_packs": "the rule packs",
          "key": "the key", "inputs": "the inputs", "options": "the scrub options"}


def temp_folder(outdir: Path) -> Path:
    """Where outputs are written before they are renamed into OUTDIR."""
    return outdir / JOURNAL_DIR / "tmp"


@dataclass
class Entry:
    """A completed file: what detection found in its file name (read with the journal) and
    in each of its documents (the whole file, its records with --link-scope record, or its
    streamed batches), read from ``path`` one line per document, in the order the scrub
    met them."""

    input: str  # keyed hash of the input's sha256
    name: SegmentResult
    path: Path

    def documents(self) -> Iterator[list[SegmentResult]]:
        with open(self.path, "rb") as lines:
            next(lines)  # the header
            for line in lines:
                try:
                    yield [SegmentResult.from_row(row) for row in json.loads(line)]
                except (ValueError, TypeError):
                    raise RedactError(f"--resume: the journal entry {self.path.name} in "
                                      f"{self.path.parent.parent} cannot be read; run without "
                                      "--resume to start over") from None


class EntryWriter:
    """A file's entry while the file is scrubbed: each document's rows go to a temporary
    file as detection gives them; ``Journal.record`` makes the entry of it."""

    def __init__(self, folder: Path, index: int) -> None:
        self.index = index
        self.documents = self.findings = 0
        fd, name = tempfile.mkstemp(dir=folder, prefix=f"{index:08d}.", suffix=".rows")
        self.path = Path(name)
        self._out = os.fdopen(fd, "wb")

    def add(self, document: list[SegmentResult]) -> None:
        """The document's line, ``json.dumps`` of its rows, written a part at a time: a
        whole file's rows are never all in memory at once beside its output."""
        try:
            self._out.write(b"[")
            for i in range(0, len(document), _ROWS_PER_WRITE):
                rows = [r.to_row() for r in document[i:i + _ROWS_PER_WRITE]]
                self._out.write((", " if i else "").encode() + _line(rows)[1:-2])
            self._out.write(b"]\n")
        except OSError as err:
            raise _cannot_write(err) from None
        self.documents += 1
        self.findings += sum(len(r.findings) for r in document)

    def close(self) -> None:
        self._out.close()

    def discard(self) -> None:
        """The file ended in error, or its entry is made: the rows go."""
        self._out.close()
        self.path.unlink(missing_ok=True)


class Recorder:
    """A detector that writes what it returns to a journal entry, document by document."""

    def __init__(self, engine, writer: EntryWriter) -> None:
        self.engine = engine
        self.writer = writer

    def detect(self, documents, progress=None) -> list[list[SegmentResult]]:
        found = self.engine.detect(documents, progress)
        for document in found:
            self.writer.add(document)
        return found

    def detect_iter(self, documents, progress=None) -> Iterator[list[SegmentResult]]:
        return iter(self.detect(documents, progress))


class Replay:
    """A detector that returns what a journal entry recorded, document after document."""

    def __init__(self, documents: Iterator[list[SegmentResult]]) -> None:
        self._next = documents

    def detect(self, documents, progress=None) -> list[list[SegmentResult]]:
        found = []
        for segments in documents:
            recorded = next(self._next, None)
            if recorded is None or len(recorded) != len(segments):
                raise RedactError("--resume: the journal does not match the input it was "
                                  "written for; run without --resume to start over")
            found.append(recorded)
        return found

    def detect_iter(self, documents, progress=None) -> Iterator[list[SegmentResult]]:
        return iter(self.detect(documents, progress))


class Journal:
    """One run's journal in ``OUTDIR/.redact-journal``."""

    def __init__(self, outdir: Path, key: Key, config: dict, started: str) -> None:
        self.folder = outdir / JOURNAL_DIR
        self.key = key
        self.config = config
        self.started = started  # when the run began (the first attempt, when resumed)
        self.done: dict[int, Entry] = {}  # index in the run's file list -> entry

    @staticmethod
    def config_of(key: Key, *, version: str, policy_digest: str, rule_packs: list,
                  inputs: list[str], rels: list[str], options: dict) -> dict:
        """The configuration a resumed run must share with the interrupted one: digests
        only (inputs keyed, as file names can hold personal data)."""
        def digest(value) -> str:
            return hashlib.sha256(json.dumps(value, sort_keys=True).encode("utf-8")).hexdigest()
        resolved = [x if x == "-" else os.path.realpath(x) for x in inputs]
        return {"version": version, "policy": policy_digest, "rule_packs": digest(rule_packs),
                "key": key.key_id, "key_source": key.source,
                "inputs": key.digest("journal-inputs\0" + json.dumps([resolved, rels])),
                "options": digest(options)}

    @classmethod
    def open(cls, outdir: Path, key: Key, config: dict, started: str, *,
             resume: bool) -> Journal:
        """The journal to continue (``resume`` and one is there), else a new one; a stale
        journal of another run is removed. UsageError when it cannot be continued."""
        folder = outdir / JOURNAL_DIR
        previous = _read_json(folder / "run.json") if resume else None
        if previous is not None:
            journal = cls(outdir, key, config, previous.get("started", started))
            journal._check(previous)
            journal._load()
            log.debug("resuming from the journal in %s, %d files already done", folder, len(journal.done))
            return journal
        if resume:
            log.warning("--resume: no journal in %s; starting from the beginning", outdir)
        journal = cls(outdir, key, config, started)
        try:
            if folder.exists():
                shutil.rmtree(folder)
            (folder / "done").mkdir(parents=True)
            (folder / "tmp").mkdir()
            journal._write(folder / "run.json",
                           {"schema": SCHEMA, "started": started, "config": config})
        except OSError as err:
            raise _cannot_write(err) from None
        log.debug("new journal in %s", folder)
        return journal

    def _check(self, previous: dict) -> None:
        old = previous.get("config", {})
        if previous.get("schema") != SCHEMA:
            raise UsageError(f"--resume: the journal in {self.folder} was written by another "
                             "redact version; run without --resume to start over")
        if old.get("key_source") == "random" and old.get("key") != self.config["key"]:
            raise UsageError("--resume: the interrupted run used a random key (no --key-file, "
                             "REDACT_KEY or .redact-key), which is gone; run without --resume "
                             "to start over (with a key, a run can be resumed)")
        for part, what in _PARTS.items():
            if old.get(part) != self.config[part]:
                raise UsageError(f"--resume: {what} changed since the run in "
                                 f"{self.folder.parent} was interrupted; run without "
                                 "--resume to start over")

    def _load(self) -> None:
        for path in sorted((self.folder / "done").glob("[0-9]*.jsonl")):
            header = _header(path)
            try:
                self.done[header["index"]] = Entry(
                    header["input"], SegmentResult.from_row(header["name"]), path)
            except (KeyError, TypeError, ValueError):  # not an entry: that file is scrubbed again
                continue

    def input_hash(self, sha256: str) -> str:
        return self.key.digest("journal-input\0" + sha256)

    def check_inputs(self, sha256_of: dict[int, Callable[[], str]], rels: list[str]) -> None:
        """Each completed file must still be what it was: UsageError when one changed."""
        for index, entry in self.done.items():
            if index not in sha256_of or self.input_hash(sha256_of[index]()) != entry.input:
                name = rels[index] if index < len(rels) else str(index)
                raise UsageError(f"--resume: {name} changed since the run was interrupted; "
                                 "run without --resume to start over")

    def writer(self, index: int) -> EntryWriter:
        """Where the entry of file ``index`` is written while the file is scrubbed."""
        try:
            return EntryWriter(self.folder / "tmp", index)
        except OSError as err:
            raise _cannot_write(err) from None

    def record(self, writer: EntryWriter, input_sha256: str, name: SegmentResult) -> None:
        """A file's output is complete: its entry is put in place and synced to disk."""
        header = {"index": writer.index, "input": self.input_hash(input_sha256),
                  "name": name.to_row(), "documents": writer.documents}
        done = self.folder / "done"
        try:
            writer.close()
            with text_io.AtomicWriter(done / f"{writer.index:08d}.jsonl", mode=0o600,
                                      folder=self.folder / "tmp") as out, \
                    open(writer.path, "rb") as rows:
                out.write(_line(header))
                shutil.copyfileobj(rows, out)
            _sync_folder(done)
        except OSError as err:
            raise _cannot_write(err) from None
        finally:
            writer.discard()
        log.debug("journal: file %d done (%d documents, %d findings)", writer.index,
                  writer.documents, writer.findings)

    def remove(self) -> None:
        """The run is complete: nothing of the journal stays in OUTDIR."""
        shutil.rmtree(self.folder, ignore_errors=True)
        log.debug("journal %s removed: the run is complete", self.folder)

    def _write(self, path: Path, data: dict) -> None:
        text_io.write_atomic(path, json.dumps(data, ensure_ascii=False).encode("utf-8"),
                             mode=0o600)
        _sync_folder(path.parent)


def _read_json(path: Path) -> dict | None:
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None


def _header(path: Path) -> dict | None:
    """An entry's first line; None when it cannot be read (the file is not resumed)."""
    try:
        with open(path, "rb") as lines:
            header = json.loads(next(lines, b""))
        return header if isinstance(header, dict) else None
    except (OSError, ValueError):
        return None


def _line(data) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8") + b"\n"


def _sync_folder(folder: Path) -> None:
    """The rename that made a journal entry is on disk too, not only its data."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _cannot_write(err: OSError) -> RedactError:
    return RedactError(f"cannot write the journal in OUTDIR ({err.strerror or type(err).__name__})")
