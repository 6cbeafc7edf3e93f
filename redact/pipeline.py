"""The scrub run: read, parse, detect (batched across files), link, replace, write, report.

Data flows one way; each stage is another module's job. A bad file becomes an ``error``
record and the others go on; outputs are written atomically, so a file is either
complete or absent. Large JSON Lines and CSV files are streamed in batches of records;
zip members are scrubbed like files and written back into a new archive. A journal in
OUTDIR (redact.journal) records each completed file, so a killed run can be resumed.
"""

from __future__ import annotations

import hashlib
import io
import logging
import shutil
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from redact import __version__, text_io
from redact.archives import MEMBER_SEP, ArchiveOutput, open_member, split_member_path
from redact.anonymize import Linker, label_for, normalize
from redact.anonymize.surrogates import Surrogates
from redact.config import Policy
from redact.detect.engine import Engine, EngineConfig, SegmentResult
from redact.detect.pool import EnginePool, resolve_workers
from redact.detect.findings import Finding
from redact.detect.language import NER_LANGUAGES
from redact.detect.rules import RuleSet, load_rules
from redact.errors import (FileError, RedactError, SkipFile, UsageError, internal_error,
                           trace_frames)
from redact.formats import Document, FormatOptions, Segment, TextFormat, choose_format
from redact.formats.base import Piece, as_file_name, split_code, split_long
from redact.inputs import InputFile, collect
from redact.journal import Journal, Recorder, Replay, temp_folder
from redact.keys import Key
from redact.report.model import Change, ChangeLog, FileResult, RunReport

__all__ = ["ScrubOptions", "scrub", "apply_changes", "line_column", "Located", "DetectedBatch",
           "DetectedFile", "detect_files", "fingerprint_of", "read_error", "ScrubbedRecord",
           "scrub_records", "unscanned_warning", "file_result", "note_reading"]

CONTEXT_CHARS = 40

log = logging.getLogger(__name__)


# Files are read whole up to HEAD_BYTES; larger JSON Lines and CSV files are streamed in
# batches of about BATCH_CHARS characters of whole records, so memory does not grow with them.
HEAD_BYTES = 1 << 20
BATCH_CHARS = 1 << 20


@dataclass
class ScrubOptions:
    outdir: Path | None = None
    in_place: bool = False
    policy: Policy = field(default_factory=Policy)
    rule_files: list[Path] = field(default_factory=list)
    format: str | None = None
    fields: tuple[str, ...] = ()  # JSON string fields to scan (--fields)
    columns: tuple[str, ...] = ()  # CSV columns to scan (--columns)
    copy_unscanned: bool = False  # copy binary files and members byte for byte
    reveal: bool = False
    repair: bool = True
    key: Key | None = None
    progress: Callable[[int, int], None] | None = None  # (input bytes done, files done)
    progress_total: Callable[[int, int], None] | None = None  # (input bytes, files), once
    workers: int | str = 1  # detection processes, or "auto" (see redact.detect.pool)
    stdout: object = None  # where "-" output goes (binary stream)
    batch_chars: int = BATCH_CHARS
    head_bytes: int = HEAD_BYTES
    resume: bool = False  # continue the run whose journal is in OUTDIR


@dataclass
class _Loaded:
    """A file between reading and writing: parsed whole, or waiting to be streamed."""

    file: InputFile
    result: FileResult
    fmt: TextFormat
    name_segment: Segment
    encoding: str = "utf-8"
    doc: Document | None = None  # a whole file
    head: bytes = b""  # a streamed file: its first bytes, already decoded as head_text
    head_text: str = ""
    stamp: text_io.Stamp | None = None  # size and mtime when first opened


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (code points); lines split at "\\n", CRLF counts once."""
    line = text.count("\n", 0, offset) + 1
    start = text.rfind("\n", 0, offset) + 1
    return line, offset - start + 1


def apply_changes(text: str, changes: list[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end, replacement) written over text[start:end]. Ranges
    that overlap, run backwards or leave the text are a ValueError, never half applied."""
    parts, pos = [], 0
    for start, end, replacement in sorted(changes):
        if start < pos or end < start or end > len(text):
            raise ValueError("changes overlap or lie outside the text")
        parts.append(text[pos:start])
        parts.append(replacement)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


_ENGINES: dict[tuple, Engine] = {}


def _detector_for(policy: Policy, rules: RuleSet, workers: int) -> Engine | EnginePool:
    """The process's engine, or for several workers a pool of them for this run."""
    if workers <= 1:
        return _engine_for(policy, rules)
    return EnginePool(_engine_config(policy), rules, workers)


def _engine_config(policy: Policy) -> EngineConfig:
    return EngineConfig(
        models=dict(policy.models), ner=policy.ner, lang=policy.lang, min_score=policy.min_score,
        detect_dates="DATE_TIME" in policy.redacted_categories, rule_timeout=policy.rule_timeout)


def _engine_for(policy: Policy, rules: RuleSet) -> Engine:
    """Engines are cached per process: models load once however many runs use them."""
    config = _engine_config(policy)
    key = (tuple(sorted(config.models.items())), config.ner, config.lang, config.min_score,
           config.detect_dates, tuple(p["sha256"] for p in rules.packs), tuple(sorted(policy.allow)),
           policy.public_figures, tuple(sorted(policy.deny.items())), config.rule_timeout,
           tuple(dict.fromkeys(spec["pack"] for spec in rules.specs)))  # errors name the pack
    if key not in _ENGINES:
        _ENGINES[key] = Engine(config, rules)
    return _ENGINES[key]


def _rules_for(policy: Policy, rule_files: list[Path]) -> RuleSet:
    """The rule packs a run uses: built-in less the policy's packs.off, the user's, the
    policy's deny and allow values, the public-figure and place lists unless switched off."""
    rules = load_rules(rule_files, off=policy.packs_off, deny=policy.deny)
    if policy.allow:
        rules.allow_list.update(v.casefold() for v in policy.allow)
    if not policy.public_figures:
        rules.public_figures.clear()
        rules.public_places.clear()
    return rules


def _scanned(doc: Document, policy: Policy) -> Document:
    """The document without the segment kinds the policy leaves out (code, titles); code
    fenced inside a message is a code segment of its own; a very long segment (a 20 MB
    line) is detected as parts of bounded length."""
    doc.segments = [part for seg in doc.segments for piece in split_code(seg)
                    if policy.scans(piece.kind) for part in split_long(piece)]
    return doc


def _name_segment(rel: str) -> Segment:
    stem = PurePosixPath(rel).stem if rel != "-" else ""
    return as_file_name(Segment(stem, (Piece(0, 0, len(stem)),), kind="filename"))


def _encode_span(fmt: TextFormat, text: str, seg: Segment, f: Finding,
                 label: str) -> list[tuple[int, int, str]]:
    """File ranges of a segment span and what is written there. A span that crosses text
    which is not the segment's (a quote prefix, a speaker label between two lines of one
    cue) becomes one change per part: the label where it starts; a later part is removed,
    or written as the label too when it is all its line holds. What lies between the parts
    and the line breaks before it are kept, so "> Maria\\n> Lopez said" stays two quoted
    lines and no speaker label is left without its speech."""
    start = seg.file_offset(f.start)
    end = seg.file_offset(f.end, end=True)
    label = fmt.encode(label, seg)
    bounds = []
    for gap_start, gap_end in seg.gaps(f.start, f.end):
        keep = gap_start
        while keep > start and text[keep - 1] in "\r\n":
            keep -= 1
        bounds.append((start, keep))
        start = gap_end
    if seg.gaps(f.end - 1, f.end + 1):  # the span ends where other text follows
        while end > start and text[end - 1] in "\r\n":
            end -= 1
    bounds.append((start, end))
    parts = [(a, b, label if i == 0 or not _line_rest(text, b).strip() else "")
             for i, (a, b) in enumerate(bounds)]
    return [p for p in parts if p[1] > p[0]] or parts[:1]


def _line_rest(text: str, pos: int) -> str:
    stop = min((i for i in (text.find("\n", pos), text.find("\r", pos)) if i >= 0),
               default=len(text))
    return text[pos:stop]


def _redacted_name(rel: str, name_changes: list[tuple[int, int, str]]) -> str:
    if not name_changes or rel == "-":
        return rel
    path = PurePosixPath(rel)
    stem = apply_changes(path.stem, name_changes).strip() or "redacted"
    return str(path.with_name(stem + path.suffix))


def scrub(inputs: list[str], options: ScrubOptions) -> RunReport:
    """Scrub every input; never raises for one bad file, only for a bad run (UsageError)."""
    if options.key is None:
        raise UsageError("scrub needs a key (a random one is fine)")
    if not options.in_place and options.outdir is None and inputs != ["-"]:
        raise UsageError("give an output folder with -o OUTDIR, or --in-place")
    format_options = FormatOptions(options.format, options.fields, options.columns)
    format_options.check()
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    policy = options.policy
    policy.check_key(options.key.key_id)
    rules = _rules_for(policy, options.rule_files)
    files = collect(inputs, options.outdir)
    if options.in_place and any(f.member is not None for f in files):
        raise UsageError("--in-place cannot rewrite zip archives; give -o OUTDIR")
    journal = _journal(inputs, files, options, rules, started)
    meter = _Meter(options, files)
    # workers start now and load their models while the files are read and parsed
    engine = _detector_for(policy, rules, resolve_workers(options.workers, meter.total))
    report = RunReport(
        tool={"name": "redact", "version": __version__},
        run={"started": journal.started if journal else started, "finished": None,
             "policy_digest": policy.digest, "models": dict(policy.models),
             "rule_packs": rules.packs, "key": options.key.source},
    )
    archives: dict[str, ArchiveOutput] = {}
    loaded: list[_Loaded] = []
    for item in files:
        result = file_result(item)
        report.files.append(result)
        if item.error or item.skip:
            meter.done(item)
            continue
        try:
            ld = _load(item, result, options, format_options)
        except SkipFile as skip:
            result.status, result.error = "skipped", str(skip)
            if options.copy_unscanned:
                _copy_unscanned(item, result, options, archives)
            meter.done(item)
            continue
        except FileError as err:
            result.status, result.error = "error", str(err)
            meter.done(item)
            continue
        except RedactError:
            raise
        except Exception as err:  # a bug: this file is in error, the others go on
            _failed(result, err)
            meter.done(item)
            continue
        loaded.append(ld)

    if loaded:
        # files a resumed run completed before are not detected again: the journal has
        # what was found in them, and they are linked and written as the first time
        position = {id(item): i for i, item in enumerate(files)}
        recorded = {id(ld): journal.done[position[id(ld.file)]] for ld in loaded
                    if journal and position[id(ld.file)] in journal.done}
        fresh = [ld for ld in loaded if id(ld) not in recorded]
        whole = [ld for ld in loaded if ld.doc is not None]
        units = {id(ld): _link_units(ld, policy) for ld in whole}
        # per file, its name then its text: a file is linked and written as soon as
        # detection gives its documents, while (with workers) later files are scanned
        documents = [doc for ld in fresh for doc in [[ld.name_segment]] + [
            unit.segments for unit in units.get(id(ld), [])]]
        detected = engine.detect_iter(documents, meter.detecting(
            [ld.file for ld in fresh if ld.doc is not None]))
        run_scope = _Scope.new(options)
        for ld in loaded:
            entry = recorded.get(id(ld))
            name_result = entry.name if entry else next(detected)[0]
            text_results = [] if entry or ld.doc is None else [
                next(detected) for _ in units[id(ld)]]
            scope = run_scope if policy.link_scope == "run" else _Scope.new(options)
            # a zip member is complete with its archive only, written at the end of the run
            writer = journal.writer(position[id(ld.file)]) if (
                journal and not entry and ld.file.path is not None
                and ld.file.member is None) else None
            try:
                scrubber = _FileScrubber(ld, policy, options, scope, name_result)
                if ld.doc is not None:
                    found = list(entry.documents()) if entry else text_results
                    try:
                        output = "".join(scrubber.batch(doc.text, doc.segments, seg_results)
                                         for doc, seg_results in zip(units[id(ld)], found))
                    except FileError as err:  # a rule timed out
                        ld.result.status, ld.result.error, ld.result.changes = (
                            "error", str(err), ChangeLog())
                    else:
                        scrubber.finish(ld.doc.warnings)
                        _write(ld, output, options, archives)
                    if writer is not None:
                        for document in found:
                            writer.add(document)
                else:
                    detector = Replay(entry.documents()) if entry else \
                        Recorder(engine, writer) if writer is not None else engine
                    _scrub_stream(ld, scrubber, detector, options, archives,
                                  meter.streaming(ld.file))
            except RedactError:
                if writer is not None:
                    writer.discard()
                raise
            except Exception as err:  # a bug: this file is in error, the others go on
                _failed(ld.result, err)
            log.debug("%s: %s, %d changes", ld.file.rel, ld.result.status, len(ld.result.changes))
            meter.done(ld.file)
            if writer is not None:
                if ld.result.status == "error":
                    writer.discard()
                else:
                    journal.record(writer, ld.result.input_sha256, name_result)
    if isinstance(engine, EnginePool):
        engine.close()
    for archive in archives.values():
        _write_archive(archive, report)
    if journal:
        journal.remove()
    report.run["finished"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return report


def _journal(inputs: list[str], files: list[InputFile], options: ScrubOptions, rules: RuleSet,
             started: str) -> Journal | None:
    """The run's journal in OUTDIR, continued with --resume (none without OUTDIR)."""
    if options.outdir is None or options.in_place:
        if options.resume:
            raise UsageError("--resume continues a run that writes to -o OUTDIR")
        return None
    if options.resume and "-" in inputs:
        raise UsageError("--resume cannot read standard input again")
    rels = [f.rel for f in files]
    config = Journal.config_of(
        options.key, version=__version__, policy_digest=options.policy.digest,
        rule_packs=rules.packs, inputs=inputs, rels=rels,
        options={"format": options.format, "fields": options.fields, "columns": options.columns,
                 "copy_unscanned": options.copy_unscanned, "reveal": options.reveal,
                 "repair": options.repair, "batch_chars": options.batch_chars,
                 "head_bytes": options.head_bytes})
    journal = Journal.open(options.outdir, options.key, config, started, resume=options.resume)
    journal.check_inputs({i: (lambda f=f: _sha256(f)) for i, f in enumerate(files)
                          if f.path is not None}, rels)
    return journal


def _sha256(item: InputFile) -> str:
    """The content hash the report gives as input_sha256; "" when it cannot be read."""
    hasher = hashlib.sha256()
    try:
        with _open(item) as stream:
            while chunk := stream.read(1 << 20):
                hasher.update(chunk)
    except (OSError, FileError, zipfile.BadZipFile):
        return ""
    return hasher.hexdigest()


def _failed(result: FileResult, err: Exception) -> None:
    """A bug met in one file: it is in error with the exception's type and place, never
    its message (which can hold a value)."""
    result.status, result.error = "error", internal_error(err)
    result.changes, result.output = ChangeLog(), None
    log.debug("%s: %s; traceback: %s", result.path, result.error, " <- ".join(
        reversed(trace_frames(err))))


class _Meter:
    """Progress for ``options.progress``, in input bytes and files: whole files advance
    as their text is scanned, streamed ones as they are read, and a file counts as done
    once written (or found in error or skipped)."""

    def __init__(self, options: ScrubOptions, files: list[InputFile]) -> None:
        self.report = options.progress
        self.sizes = _sizes(files)
        self.total = sum(self.sizes.values())
        self.bytes = self.files = 0
        self.counted: dict[int, int] = {}  # bytes already shown per file
        if options.progress_total:
            options.progress_total(self.total, len(files))

    def _show(self) -> None:
        if self.report:
            self.report(self.bytes, self.files)

    def _count(self, item: InputFile, nbytes: int) -> None:
        nbytes = min(nbytes, self.sizes.get(id(item), 0))
        self.bytes += nbytes - self.counted.get(id(item), 0)
        self.counted[id(item)] = nbytes

    def detecting(self, items: list[InputFile]) -> Callable[[float], None]:
        sizes = [(item, self.sizes.get(id(item), 0)) for item in items]

        def scanned(fraction: float) -> None:
            for item, size in sizes:
                self._count(item, int(size * fraction))
            self._show()
        return scanned

    def streaming(self, item: InputFile) -> Callable[[int], None]:
        def read(nbytes: int) -> None:
            self._count(item, nbytes)
            self._show()
        return read

    def done(self, item: InputFile) -> None:
        self._count(item, self.sizes.get(id(item), 0))
        self.files += 1
        self._show()


def _sizes(files: list[InputFile]) -> dict[int, int]:
    """Input bytes per file (by id), zip members by their uncompressed size; 0 when
    unknown (standard input, an unreadable file)."""
    sizes: dict[int, int] = {}
    archives: dict[Path, dict[str, int]] = {}
    for item in files:
        try:
            if item.path is None or item.error:
                sizes[id(item)] = 0
            elif item.member is None:
                sizes[id(item)] = item.path.stat().st_size
            else:
                if item.path not in archives:
                    with zipfile.ZipFile(item.path) as zf:
                        archives[item.path] = {i.filename: i.file_size for i in zf.infolist()}
                sizes[id(item)] = archives[item.path].get(item.member, 0)
        except (OSError, zipfile.BadZipFile):
            sizes[id(item)] = 0
    return sizes


@dataclass
class _Scope:
    """Where identities are linked and numbered (--link-scope): the run, a file or a record."""

    linker: Linker
    surrogates: Surrogates
    # a name said on every line is fingerprinted once (in memory, for this scope only)
    fingerprints: dict[tuple[str, str, str | None], str] = field(default_factory=dict)

    @staticmethod
    def new(options: ScrubOptions) -> _Scope:
        keyed = options.policy.tag_numbers == "keyed"
        return _Scope(Linker(options.key if keyed else None), Surrogates(options.key))


def _link_units(ld: _Loaded, policy: Policy) -> list[Document]:
    """The documents a whole file is detected and linked as: the file, or with
    --link-scope record each record of a JSON Lines or CSV file on its own, as a worker
    that is handed single records sees them."""
    if policy.link_scope != "record" or not ld.fmt.streamable:
        return [ld.doc]
    lines = text_io.stream_lines(ld.doc.text, io.BytesIO(), 0)  # the text is all read
    return [_scanned(doc, policy) for doc in ld.fmt.stream(lines, 1)]


def _detect_groups(docs: Iterator[Document], chars: int) -> Iterator[list[Document]]:
    """Consecutive documents of about ``chars`` characters, detected in one call."""
    group, size = [], 0
    for doc in docs:
        group.append(doc)
        size += len(doc.text)
        if size >= chars:
            yield group
            group, size = [], 0
    if group:
        yield group


def _check_timeouts(text: str, segments: list[Segment], seg_results: list[SegmentResult],
                    lines: int = 0) -> None:
    """A rule that ran past its timeout makes the file an error naming the rule and the
    line of the text it ran on (``lines``: line breaks before ``text``), never the text."""
    for seg, sr in zip(segments, seg_results):
        if sr.timeout:
            line = lines + text.count("\n", 0, seg.file_offset(0)) + 1
            raise FileError(f"line {line}: {sr.timeout}")


def fingerprint_of(key: Key, category: str, value: str, language: str | None) -> str:
    """The fingerprint of a decoded value: one recipe for reports, baselines and caches."""
    return key.fingerprint(category, normalize(category, value, language))


def _kept(policy: Policy, key: Key, f: Finding, value: str, language: str | None) -> bool:
    """The policy replaces this finding: its category and score, and no reviewer allowed
    its fingerprint (``redact review apply``)."""
    return policy.keeps(f.category, f.score) and not (
        policy.allow_fingerprints
        and fingerprint_of(key, f.category, value, language) in policy.allow_fingerprints)


@dataclass(frozen=True)
class Located:
    """A finding in file offsets, without its value: what `check` needs to report it."""

    start: int
    end: int
    entity: str
    category: str
    score: float
    detector: str
    fingerprint: str
    field_path: str | None


@dataclass
class DetectedBatch:
    """Findings (absolute file offsets) of a batch of text starting at ``offset``."""

    offset: int
    text: str
    findings: list[Located]


@dataclass
class DetectedFile:
    """One file's detection: ``batches`` is lazy for streamed files, so consume it before
    moving on to the next file; ``result`` holds status, error, format and repair."""

    file: InputFile
    result: FileResult
    batches: Iterator[DetectedBatch]


def _located(text_offset: int, segments: list[Segment], seg_results: list[SegmentResult],
             policy: Policy, key: Key) -> list[Located]:
    out = []
    for seg, sr in zip(segments, seg_results):
        for f in sr.findings:
            if _kept(policy, key, f, seg.text[f.start:f.end], sr.language):
                out.append(Located(
                    text_offset + seg.file_offset(f.start),
                    text_offset + seg.file_offset(f.end, end=True), f.entity, f.category,
                    f.score, f.detector,
                    fingerprint_of(key, f.category, seg.text[f.start:f.end], sr.language),
                    seg.field_path))
    return sorted(out, key=lambda x: (x.start, x.end))


def detect_files(files: list[InputFile], options: ScrubOptions) -> Iterator[DetectedFile]:
    """Detection only, with the engine and policy `scrub` uses: nothing is written. Whole
    files are detected in one batch across files; large JSON Lines and CSV files are
    streamed batch by batch as `scrub` does."""
    if options.key is None:
        raise UsageError("detection needs a key for fingerprints")
    format_options = FormatOptions(options.format, options.fields, options.columns)
    format_options.check()
    policy = options.policy
    policy.check_key(options.key.key_id)
    rules = _rules_for(policy, options.rule_files)
    loaded: list[_Loaded | FileResult] = []
    for item in files:
        result = file_result(item)
        if item.error or item.skip:
            loaded.append(result)
            continue
        try:
            loaded.append(_load(item, result, options, format_options))
        except SkipFile as skip:
            result.status, result.error = "skipped", str(skip)
            loaded.append(result)
        except FileError as err:
            result.status, result.error = "error", str(err)
            loaded.append(result)
        except RedactError:
            raise
        except Exception as err:  # a bug: this file is in error, the others go on
            _failed(result, err)
            loaded.append(result)
    whole = [ld for ld in loaded if isinstance(ld, _Loaded) and ld.doc is not None]
    scanned = any(isinstance(ld, _Loaded) for ld in loaded)
    engine = _engine_for(policy, rules) if scanned else None
    detected = engine.detect([ld.doc.segments for ld in whole]) if whole else []
    by_id = {id(ld): r for ld, r in zip(whole, detected)}
    for item, ld in zip(files, loaded):
        if isinstance(ld, FileResult):
            yield DetectedFile(item, ld, iter(()))
        elif ld.doc is not None:
            found = by_id.pop(id(ld))
            try:
                _check_timeouts(ld.doc.text, ld.doc.segments, found)
            except FileError as err:
                ld.result.status, ld.result.error = "error", str(err)
                yield DetectedFile(item, ld.result, iter(()))
                continue
            batch = DetectedBatch(0, ld.doc.text, _located(
                0, ld.doc.segments, found, policy, options.key))
            ld.result.warnings += ld.doc.warnings
            ld.result.status = "redacted" if batch.findings else "clean"
            yield DetectedFile(item, ld.result, iter([batch]))
        else:
            yield DetectedFile(item, ld.result, _detect_stream(ld, engine, options))


def _detect_stream(ld: _Loaded, engine: Engine, options: ScrubOptions,
) -> Iterator[DetectedBatch]:
    """A large file's batches; a read or parse error ends it with ``result`` in error."""
    result = ld.result
    hasher = hashlib.sha256(ld.head)
    stream = _open(ld.file)
    offset, line_breaks, found = 0, 0, False
    try:
        if stream.read(len(ld.head)) != ld.head:
            raise FileError("file changed while it was being read")
        rest = _HashingReader(stream, hasher)
        lines = text_io.stream_lines(ld.head_text, rest, len(ld.head))
        for doc in (_scanned(d, options.policy) for d in ld.fmt.stream(lines, options.batch_chars)):
            detected = engine.detect([doc.segments])[0] if doc.segments else []
            _check_timeouts(doc.text, doc.segments, detected, line_breaks)
            line_breaks += doc.text.count("\n")
            batch = DetectedBatch(offset, doc.text, _located(
                offset, doc.segments, detected, options.policy, options.key))
            result.warnings += doc.warnings
            found = found or bool(batch.findings)
            offset += len(doc.text)
            yield batch
        text_io.check_unchanged(stream, ld.stamp, len(ld.head) + rest.size)
        result.input_sha256 = hasher.hexdigest()
        result.status = "redacted" if found else "clean"
    except FileError as err:
        result.status, result.error = "error", str(err)
    finally:
        stream.close()


def _open(item: InputFile) -> BinaryIO:
    try:
        if item.path is None:
            return sys.stdin.buffer
        if item.member is not None:
            return open_member(item.path, item.member)
        return item.path.open("rb")
    except (OSError, zipfile.BadZipFile, KeyError) as err:
        raise read_error(err) from None


def file_result(item: InputFile) -> FileResult:
    """A file's report entry, already an error or skipped when listing the inputs refused it."""
    result = FileResult(path=item.rel)
    if item.error or item.skip:
        result.status = "error" if item.error else "skipped"
        result.error = item.error or item.skip
    return result


def read_error(err: Exception) -> FileError:
    """One wording for an input that cannot be read, whoever reads it."""
    return FileError(f"cannot read file ({getattr(err, 'strerror', None) or type(err).__name__})")


def _read_head(stream: BinaryIO, size: int) -> tuple[bytes, bool]:
    """The first ``size`` bytes completed to a line end; True when that is the whole file."""
    try:
        head = stream.read(size)
        if len(head) < size:
            return head, True
        head += stream.readline()
        return head, stream.peek(1) == b"" if hasattr(stream, "peek") else False
    except (OSError, zipfile.BadZipFile) as err:
        raise read_error(err) from None


def note_reading(result: FileResult, fmt: TextFormat, decoded: text_io.Decoded,
                 warning: str | None) -> None:
    """What reading a file found, in its report entry: format, encoding, a repair of
    double-encoded text and the format's own warning."""
    result.format, result.encoding, result.repair = fmt.name, decoded.encoding, decoded.repair
    if decoded.repair:
        result.warnings.append(
            f"text was double-encoded (UTF-8 read as {decoded.repair['encoding']}); repaired")
    if warning:
        result.warnings.append(warning)


def _load(item: InputFile, result: FileResult, options: ScrubOptions,
          format_options: FormatOptions) -> _Loaded:
    """Read and parse a file, or, for a large JSON Lines or CSV file, only its head."""
    stream = _open(item)
    before = text_io.stamp(stream)
    try:
        head, complete = _read_head(stream, options.head_bytes if item.path else 1 << 62)
        data = head
        if not complete and not head.startswith(text_io.UTF16_BOMS):  # UTF-16 is read whole
            decoded = text_io.decode(head, repair=options.repair)
            fmt, warning = choose_format(decoded.text, item.rel, format_options)
            if fmt.streamable and decoded.repair is None and decoded.encoding == "utf-8":
                note_reading(result, fmt, decoded, warning)
                log.debug("read %s: format %s, streamed (first %d bytes read)", item.rel,
                          fmt.name, len(head))
                return _Loaded(item, result, fmt, _name_segment(item.rel),
                               head=head, head_text=decoded.text, stamp=before)
        if not complete:
            data = head + stream.read()
        text_io.check_unchanged(stream, before, len(data))
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    result.input_sha256 = hashlib.sha256(data).hexdigest()
    decoded = text_io.decode(data, repair=options.repair)
    fmt, warning = choose_format(decoded.text, item.rel, format_options)
    doc = _scanned(fmt.parse(decoded.text), options.policy)
    note_reading(result, fmt, decoded, warning)
    log.debug("read %s: %d bytes, %s%s, format %s, %d segments", item.rel, len(data),
              decoded.encoding, " (repaired)" if decoded.repair else "", fmt.name,
              len(doc.segments))
    return _Loaded(item, result, fmt, _name_segment(item.rel), encoding=decoded.encoding, doc=doc)


class _HashingReader:
    """The rest of a streamed file, hashed as it is read."""

    def __init__(self, stream: BinaryIO, hasher) -> None:
        self.stream, self.hasher = stream, hasher
        self.size = 0  # bytes read

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.hasher.update(data)
        self.size += len(data)
        return data

    def readline(self) -> bytes:
        data = self.stream.readline()
        self.hasher.update(data)
        self.size += len(data)
        return data


def _scrub_stream(ld: _Loaded, scrubber: _FileScrubber,
                  engine: Engine | EnginePool | Recorder | Replay, options: ScrubOptions,
                  archives: dict[str, ArchiveOutput],
                  read: Callable[[int], None] = lambda done: None) -> None:
    """Detect, replace and write a large file one batch of records at a time."""
    result = ld.result
    hasher = hashlib.sha256(ld.head)
    stream = _open(ld.file)
    try:
        skipped = stream.read(len(ld.head))
        if skipped != ld.head:
            raise FileError("file changed while it was being read")
        rest = _HashingReader(stream, hasher)
        lines = text_io.stream_lines(ld.head_text, rest, len(ld.head))
        with _output(ld, options, archives) as out:
            warnings: list[str] = []
            record = options.policy.link_scope == "record"
            docs = (_scanned(d, options.policy)
                    for d in ld.fmt.stream(lines, 1 if record else options.batch_chars))
            for group in _detect_groups(docs, options.batch_chars):
                for doc, detected in zip(group, engine.detect_iter([d.segments for d in group])):
                    out.write(text_io.encode(scrubber.batch(doc.text, doc.segments, detected),
                                             ld.encoding))
                    warnings += doc.warnings
                read(len(ld.head) + rest.size)
            text_io.check_unchanged(stream, ld.stamp, len(ld.head) + rest.size)
            result.input_sha256 = hasher.hexdigest()
            scrubber.finish(warnings)
        log.debug("wrote %s (streamed, %d bytes read)", result.output, len(ld.head) + rest.size)
    except FileError as err:
        result.status, result.error, result.changes = "error", str(err), ChangeLog()
        result.output = None
    except OSError as err:
        result.status, result.error, result.changes = (
            "error", f"cannot write output ({err.strerror or type(err).__name__})", ChangeLog())
        result.output = None
    finally:
        stream.close()


class _FileScrubber:
    """One file's replacements, batch after batch: links findings to identities, writes
    labels, records Change records with file offsets and lines."""

    def __init__(self, ld: _Loaded, policy: Policy, options: ScrubOptions, scope: _Scope,
                 name_result: SegmentResult) -> None:
        self.ld, self.policy, self.options, self.scope = ld, policy, options, scope
        self.name_findings = [f for f in name_result.findings if _kept(
                                  policy, options.key, f, ld.name_segment.text[f.start:f.end],
                                  name_result.language)
                              and policy.scans("filename")]
        self.name_language = name_result.language
        self.name_timeout = name_result.timeout
        self.name_changes: list[tuple[int, int, str]] = []
        self.languages: set[str] = set()
        self.unscanned: dict[str, int] = {}
        self.offset = 0  # characters of the file before the current batch
        self.lines = 0  # line breaks before the current batch

    def _label(self, category: str, value: str, identity, language: str | None,
               scope: _Scope) -> tuple[str, str]:
        fp = scope.fingerprints.get((category, value, language))
        if fp is None:
            fp = scope.fingerprints[category, value, language] = fingerprint_of(
                self.options.key, category, value, language)
        operator = self.policy.operator(category)
        if operator == "surrogate":
            return scope.surrogates.make(category, value, identity.seed, language), fp
        label = label_for(operator, identity, value, template=self.policy.tag_template,
                          fingerprint=fp)
        return label, fp

    def batch(self, text: str, segments: list[Segment], seg_results: list[SegmentResult]) -> str:
        """The output text of one batch (the whole file when it is not streamed)."""
        result, ld, options = self.ld.result, self.ld, self.options
        if self.name_timeout:
            raise FileError(f"file name: {self.name_timeout}")
        _check_timeouts(text, segments, seg_results, self.lines)
        located: list[tuple[int, Segment, Finding, str | None]] = []
        for seg, sr in zip(segments, seg_results):
            if sr.language and seg.kind != "code":  # the languages the file is written in
                self.languages.add(sr.language)
            if seg.kind not in _NOT_NER_KINDS and sr.language and not sr.ner:
                reason = sr.language if sr.language not in NER_LANGUAGES else "ner-off"
                self.unscanned[reason] = self.unscanned.get(reason, 0) + len(seg.text)
            for f in sr.findings:
                if _kept(self.policy, options.key, f, seg.text[f.start:f.end], sr.language):
                    located.append((seg.file_offset(f.start), seg, f, sr.language))
        located.sort(key=lambda x: x[0])
        items = [(f.category, seg.text[f.start:f.end], lang) for _, seg, f, lang in located]
        names = self.name_findings
        self.name_findings = []  # the file name is linked with the first batch
        name_text = ld.name_segment.text
        name_items = [(f.category, name_text[f.start:f.end], self.name_language) for f in names]
        scope = self.scope
        if self.policy.link_scope == "record":  # each record links on its own
            name_identities = scope.linker.link_document(name_items)
            scope = _Scope.new(options)
            identities = name_identities + scope.linker.link_document(items)
        else:
            identities = scope.linker.link_document(name_items + items)
        for f, identity in zip(names, identities):
            label, _ = self._label(f.category, name_text[f.start:f.end], identity,
                                   self.name_language, self.scope)
            self.name_changes.append((f.start, f.end, label))
        raw: list[tuple[int, int, str, str, Finding, str]] = []
        for (_, seg, f, lang), identity in zip(located, identities[len(names):]):
            label, fp = self._label(f.category, seg.text[f.start:f.end], identity, lang, scope)
            for start, end, replacement in _encode_span(ld.fmt, text, seg, f, label):
                raw.append((start, end, replacement, label, f, fp))
        output = apply_changes(text, [(s, e, r) for s, e, r, *_ in raw])
        delta, line, line_start, pos = 0, 1, 0, 0
        for start, end, replacement, label, f, fp in raw:
            line += text.count("\n", pos, start)  # changes are in file order: count once
            line_start = max(line_start, text.rfind("\n", pos, start) + 1)
            pos = start
            column = start - line_start + 1
            out_start = start + delta
            out_end = out_start + len(replacement)
            delta += len(replacement) - (end - start)
            context = output[max(0, out_start - CONTEXT_CHARS):out_end + CONTEXT_CHARS]
            result.changes.append(Change(
                start=self.offset + start, end=self.offset + end, line=self.lines + line,
                column=column, entity=f.entity, category=f.category, score=f.score,
                detector=f.detector, replacement=replacement, label=label, fingerprint=fp,
                context=context, original=text[start:end] if options.reveal else None))
        self.offset += len(text)
        self.lines += text.count("\n")
        return output

    def finish(self, warnings: list[str]) -> None:
        result = self.ld.result
        result.path = _redacted_name(self.ld.file.rel, self.name_changes)
        result.name_changes = len(self.name_changes)
        result.languages = sorted(self.languages)
        result.status = "redacted" if result.changes or self.name_changes else "clean"
        result.warnings += warnings
        for reason, chars in sorted(self.unscanned.items()):
            result.unscanned_ner_chars += chars
            result.warnings.append(unscanned_warning(reason, chars))


def unscanned_warning(reason: str, chars: int) -> str:
    """The warning for text NER did not read: ``reason`` is ner-off or the language."""
    return (f"{chars} characters scanned by rules only (NER disabled)" if reason == "ner-off"
            else f"{chars} characters in language {reason!r} scanned by rules only (no NER model)")


# Kinds left to rules or to their own recognizer by policy, not for want of a model.
_NOT_NER_KINDS = {"code", "speaker"}


class _MemberOutput:
    """Collects a zip member's output; the archive is written when all members are done."""

    def __init__(self, archive: ArchiveOutput, member: str, name: str) -> None:
        self.archive, self.member, self.name = archive, member, name
        self.buffer = io.BytesIO()

    def __enter__(self) -> _MemberOutput:
        return self

    def write(self, data: bytes) -> None:
        self.buffer.write(data)

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.archive.outputs[self.member] = (self.name, self.buffer.getvalue())


def _archive_for(item: InputFile, options: ScrubOptions,
                 archives: dict[str, ArchiveOutput]) -> ArchiveOutput:
    rel = item.archive
    if rel not in archives:
        archives[rel] = ArchiveOutput(item.path, options.outdir / rel,
                                      temp_folder=temp_folder(options.outdir))
    return archives[rel]


def _output(ld: _Loaded, options: ScrubOptions, archives: dict[str, ArchiveOutput]):
    """Where a file's output bytes go: a zip member, the input itself (--in-place, after a
    backup), or OUTDIR; never a partly written file."""
    result, item = ld.result, ld.file
    if item.member is not None:
        _, name = split_member_path(result.path)
        result.output = f"{(options.outdir / result.path).as_posix()}"
        return _MemberOutput(_archive_for(item, options, archives), item.member, name)
    if options.in_place:
        backup = item.path.with_name(item.path.name + ".bak")
        if backup.exists():
            raise FileError(f"backup {backup.name} already exists; not overwriting it")
        shutil.copy2(item.path, backup)
        result.output = str(item.path)
        return text_io.AtomicWriter(item.path)
    target = options.outdir / result.path
    result.output = target.as_posix()
    return text_io.AtomicWriter(target, folder=temp_folder(options.outdir))


def _write(ld: _Loaded, output: str, options: ScrubOptions,
           archives: dict[str, ArchiveOutput]) -> None:
    result = ld.result
    data = text_io.encode(output, ld.encoding)
    try:
        if ld.file.path is None:
            stream = options.stdout or sys.stdout.buffer
            stream.write(data)
            stream.flush()
            result.output = "-"
            return
        with _output(ld, options, archives) as out:
            out.write(data)
        log.debug("wrote %s (%d bytes)", result.output, len(data))
    except FileError as err:
        result.status, result.error, result.changes, result.output = "error", str(err), ChangeLog(), None
    except OSError as err:
        result.status, result.error, result.changes, result.output = (
            "error", f"cannot write output ({err.strerror or type(err).__name__})", ChangeLog(), None)


def _copy_unscanned(item: InputFile, result: FileResult, options: ScrubOptions,
                    archives: dict[str, ArchiveOutput]) -> None:
    """--copy-unscanned: a binary file goes to the output unchanged (still listed as skipped)."""
    if item.path is None or options.in_place:
        return
    if item.member is not None:
        _archive_for(item, options, archives).copies.add(item.member)
        result.output = (options.outdir / item.rel).as_posix()
        return
    target = options.outdir / item.rel
    try:
        text_io.write_atomic(target, item.path.read_bytes(), folder=temp_folder(options.outdir))
        result.output = target.as_posix()
    except OSError as err:
        result.status, result.error = "error", f"cannot copy ({err.strerror or type(err).__name__})"


def _write_archive(archive: ArchiveOutput, report: RunReport) -> None:
    """All members of an archive are done: write it, or mark its members in error."""
    try:
        archive.write()
    except (OSError, zipfile.BadZipFile, FileError) as err:
        prefix = archive.target.as_posix() + MEMBER_SEP
        for result in report.files:
            if result.output and result.output.startswith(prefix):
                result.status, result.error, result.output = (
                    "error", f"cannot write archive ({type(err).__name__})", None)


@dataclass
class ScrubbedRecord:
    """One record scrubbed on its own: its output text (None when it could not be read, so
    nothing unscrubbed goes on) and its report entry, with offsets into the record."""

    text: str | None
    result: FileResult  # status, error, format, changes, languages
    warnings: list[str] = field(default_factory=list)  # the record's own, as its format says
    unscanned: dict[str, int] = field(default_factory=dict)  # ner-off or language -> chars


def scrub_records(records: list[str], options: ScrubOptions) -> list[ScrubbedRecord]:
    """JSON records in memory (lines of JSON Lines), each scrubbed as a file of its own
    and all detected in one call: a distributed worker's batch. A record's output is the
    line a one-process run with --link-scope record writes for it."""
    policy = options.policy
    format_options = FormatOptions(options.format, options.fields, options.columns)
    format_options.check()
    engine = _engine_for(policy, _rules_for(policy, options.rule_files))
    loaded: list[_Loaded | FileResult] = []
    for text in records:
        result = FileResult(path="-")
        try:
            fmt, _ = choose_format(text, "record.jsonl", format_options)
            doc = _scanned(fmt.parse(text), policy)
        except FileError as err:
            result.status, result.error = "error", str(err)
            loaded.append(result)
            continue
        result.format = fmt.name
        loaded.append(_Loaded(InputFile("-", None), result, fmt, _name_segment("-"), doc=doc))
    whole = [ld for ld in loaded if isinstance(ld, _Loaded)]
    detected = iter(engine.detect([ld.doc.segments for ld in whole]) if whole else [])
    no_name = SegmentResult(None, [], False)
    out = []
    for ld in loaded:
        if isinstance(ld, FileResult):
            out.append(ScrubbedRecord(None, ld))
            continue
        scrubber = _FileScrubber(ld, policy, options, _Scope.new(options), no_name)
        try:
            text = scrubber.batch(ld.doc.text, ld.doc.segments, next(detected))
        except FileError as err:  # a rule timed out
            ld.result.status, ld.result.error = "error", str(err)
            out.append(ScrubbedRecord(None, ld.result))
            continue
        scrubber.finish(ld.doc.warnings)
        out.append(ScrubbedRecord(text, ld.result, ld.doc.warnings, dict(scrubber.unscanned)))
    return out
