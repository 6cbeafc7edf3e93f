"""Detect: the documents of loaded files in, findings out, with the engine that the policy
and the rule packs make.

Engines are cached per process by the settings that shape their results, so models load
once however many runs use them. A scrub detects all its files in one call (with workers,
scanning overlaps the linking and writing of files already detected); a file that an
interrupted run completed is replayed from its journal entry instead, which is decided
per file here. `check` and evaluation read the findings the policy replaces, in file
offsets (``detect_files``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from redact.config import Policy
from redact.detect.engine import Detector, Engine, EngineConfig
from redact.detect.packs import RuleSet, load_rules
from redact.detect.pool import EnginePool
from redact.detect.view import value_of
from redact.errors import FileError, UsageError
from redact.inputs import InputFile
from redact.journal import Entry, EntryWriter, Journal, Recorder, Replay
from redact.keys import Key
from redact.records import (Document, FileResult, Located, Segment, SegmentKind, SegmentResult,
                            Status)
from redact.run.binary import printable_runs
from redact.run.load import Loaded, Refused, StreamReader, load, name_segment, record_documents
from redact.run.options import ScrubOptions
from redact.run.select import check_timeouts, fingerprint_of, replaced

__all__ = ["EngineSettings", "rules_for", "engine_for", "detector_for", "FileDetection",
           "detect_run", "batch_detector", "DetectedBatch", "DetectedFile", "detect_files",
           "detect_loaded", "detect_names", "located"]


@dataclass(frozen=True)
class EngineSettings:
    """Everything an engine's results depend on: the key of the per-process cache."""

    config: EngineConfig
    packs: tuple[str, ...]  # each rule pack's sha256, in load order
    declared_in: tuple[str, ...]  # where the recognizers come from: a timeout names it
    allow: tuple[str, ...]
    public_figures: bool
    deny: tuple[tuple[str, tuple[str, ...]], ...]

    @staticmethod
    def of(policy: Policy, rules: RuleSet) -> EngineSettings:
        return EngineSettings(
            engine_config(policy), tuple(p["sha256"] for p in rules.packs),
            tuple(dict.fromkeys(spec["pack"] for spec in rules.specs)), tuple(sorted(policy.allow)),
            policy.public_figures, tuple(sorted(policy.deny.items())))


_ENGINES: dict[EngineSettings, Engine] = {}


def engine_config(policy: Policy) -> EngineConfig:
    return EngineConfig(
        models=tuple(sorted(policy.models.items())), ner=policy.ner, lang=policy.lang,
        min_score=policy.min_score, detect_dates="DATE_TIME" in policy.redacted_categories,
        rule_timeout=policy.rule_timeout)


def rules_for(policy: Policy, rule_files: list) -> RuleSet:
    """The rule packs a run uses: built-in less the policy's packs.off, the user's, the
    policy's deny and allow values, the public-figure and place lists unless switched off."""
    rules = load_rules(rule_files, off=policy.packs_off, deny=policy.deny)
    if policy.allow:
        rules.allow_list.update(v.casefold() for v in policy.allow)
    if not policy.public_figures:
        rules.public_figures.clear()
        rules.public_places.clear()
    return rules


def engine_for(policy: Policy, rules: RuleSet) -> Engine:
    """This process's engine for the policy and rules, built on first use."""
    settings = EngineSettings.of(policy, rules)
    if settings not in _ENGINES:
        _ENGINES[settings] = Engine(settings.config, rules)
    return _ENGINES[settings]


def detector_for(policy: Policy, rules: RuleSet, workers: int) -> Engine | EnginePool:
    """The process's engine, or for several workers a pool of them for this run (its
    workers start now, forked from the process's engine where the platform allows it)."""
    engine = engine_for(policy, rules)  # its models load when first used
    return engine if workers <= 1 else EnginePool(engine_config(policy), rules, workers, engine)


# -- a scrub run ------------------------------------------------------------------------

@dataclass
class FileDetection:
    """What detection found in one loaded file: in its name, and in each of the documents
    it is linked as (``units``). A streamed file has no units: its batches are detected as
    they are read, by ``batch_detector``. ``entry``: the journal entry it was replayed from."""

    name: SegmentResult
    units: list[Document] | None
    documents: Iterator[list[SegmentResult]] | None
    entry: Entry | None


def link_units(ld: Loaded, policy: Policy) -> list[Document]:
    """The documents a whole file is detected and linked as: the file, or with
    --link-scope record each record of a JSON Lines or CSV file on its own."""
    if policy.link_scope != "record" or not ld.fmt.streamable:
        return [ld.doc]
    return record_documents(ld, policy)


def detect_run(loaded: list[Loaded], detector: Detector, journal: Journal | None, policy: Policy,
               progress: Callable[[float], None] | None = None) -> Iterator[FileDetection]:
    """Each loaded file's detection, in order: fresh files are detected in one call (per
    file its name, then its text), files the journal completed are replayed."""
    done = journal.done if journal else {}
    units = {ld.index: link_units(ld, policy) for ld in loaded if ld.doc is not None}
    fresh = [ld for ld in loaded if ld.index not in done]
    documents = [doc for ld in fresh for doc in [[ld.name]] + [
        unit.segments for unit in units.get(ld.index, [])]]
    detected = detector.detect_iter(documents, progress)
    if policy.link_scope == "run" and len(fresh) > 1:  # found in one file, replaced in all
        detected = iter(detector.refiner.link_run(documents, list(detected)))
    for ld in loaded:
        entry = done.get(ld.index)
        whole = units.get(ld.index)
        if entry is not None:
            yield FileDetection(entry.name, whole, entry.documents() if whole else None, entry)
            continue
        name = next(detected)[0]
        found = iter([next(detected) for _ in whole]) if whole is not None else None
        yield FileDetection(name, whole, found, None)


def batch_detector(engine: Detector, entry: Entry | None,
                   writer: EntryWriter | None) -> Detector | Recorder | Replay:
    """Who detects a streamed file's batches: the journal entry of an interrupted run
    (replayed), the engine recording into the journal, or the engine alone."""
    if entry is not None:
        return Replay(entry.documents())
    if writer is not None:
        return Recorder(engine, writer)
    return engine


# -- detection only (check, evaluation) -------------------------------------------------

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


def located(text_offset: int, segments: list[Segment], seg_results: list[SegmentResult],
            policy: Policy, key: Key) -> list[Located]:
    """The findings the policy replaces, in file offsets, in file order."""
    out = []
    for seg, sr in zip(segments, seg_results):
        for f in sr.findings:
            value = value_of(seg.text, f.start, f.end)
            if replaced(policy, key, f, value, sr.language):
                out.append(Located(
                    f.shifted(text_offset + seg.file_offset(f.start),
                              text_offset + seg.file_offset(f.end, end=True)),
                    fingerprint_of(key, f.category, value, sr.language), seg.field_path))
    return sorted(out, key=lambda x: (x.finding.start, x.finding.end))


def detect_names(paths: list[str], options: ScrubOptions) -> list[list[Located]]:
    """What each path (its folders and name, as `scrub` reads them) holds that the policy
    replaces, at offsets into the path."""
    if not paths or not options.policy.scans(SegmentKind.FILENAME):
        return [[] for _ in paths]
    engine = engine_for(options.policy, rules_for(options.policy, options.rule_files))
    names = [name_segment(p) for p in paths]
    return [located(0, [name], found, options.policy, options.key)
            for name, found in zip(names, engine.detect([[n] for n in names]))]


def detect_files(files: list[InputFile], options: ScrubOptions) -> Iterator[DetectedFile]:
    """Detection only, with the engine and policy `scrub` uses: nothing is written. Whole
    files are detected in one batch across files; large JSON Lines and CSV files are
    streamed batch by batch as `scrub` does."""
    if options.key is None:
        raise UsageError("detection needs a key for fingerprints")
    options.format_options()
    options.policy.check_key(options.key.key_id)
    rules = rules_for(options.policy, options.rule_files)
    return detect_loaded(list(load(files, options)), options, rules)


def detect_loaded(loaded: list[Loaded | Refused], options: ScrubOptions,
                  rules: RuleSet) -> Iterator[DetectedFile]:
    """``detect_files`` for files already loaded (or refused), in their order."""
    policy = options.policy
    engine = engine_for(policy, rules) if any(isinstance(ld, Loaded) for ld in loaded) else None
    whole = [ld for ld in loaded if isinstance(ld, Loaded) and ld.doc is not None]
    documents = [ld.doc.segments for ld in whole]
    detected = iter(engine.detect(documents) if whole else [])
    if policy.link_scope == "run" and len(whole) > 1:  # found in one file, replaced in all
        detected = iter(engine.refiner.link_run(documents, list(detected)))
    for ld in loaded:
        if isinstance(ld, Refused) and ld.on_reading and options.binary_strings:
            engine = engine or engine_for(policy, rules)
            yield DetectedFile(ld.file, ld.result, _detect_binary(ld, engine, options))
        elif isinstance(ld, Refused):
            yield DetectedFile(ld.file, ld.result, iter(()))
        elif ld.doc is None:
            yield DetectedFile(ld.file, ld.result, _detect_stream(ld, engine, options))
        else:
            found = next(detected)
            try:
                check_timeouts(ld.doc.text, ld.doc.segments, found)
            except FileError as err:
                ld.result.mark(Status.ERROR, str(err))
                yield DetectedFile(ld.file, ld.result, iter(()))
                continue
            batch = DetectedBatch(0, ld.doc.text, located(
                0, ld.doc.segments, found, policy, options.key))
            ld.result.warnings += ld.doc.warnings
            ld.result.status = Status.REDACTED if batch.findings else Status.CLEAN
            yield DetectedFile(ld.file, ld.result, iter([batch]))


def _detect_binary(ld: Refused, engine: Engine, options: ScrubOptions,
                   ) -> Iterator[DetectedBatch]:
    """The printable runs of a binary file, scanned by the rules: a file with findings
    there counts as redacted (it holds values), else it stays skipped for its reason."""
    try:
        for offset, doc in printable_runs(ld.file, ld.source):
            detected = engine.detect([doc.segments])[0] if doc.segments else []
            batch = DetectedBatch(offset, doc.text, located(
                offset, doc.segments, detected, options.policy, options.key))
            if batch.findings:  # the file holds values: no longer only skipped
                ld.result.status, ld.result.error = Status.REDACTED, None
            yield batch
    except FileError as err:
        ld.result.mark(Status.ERROR, str(err))


def _detect_stream(ld: Loaded, engine: Engine, options: ScrubOptions) -> Iterator[DetectedBatch]:
    """A large file's batches; a read or parse error ends it with its result in error."""
    result = ld.result
    offset, line_breaks, found = 0, 0, False
    try:
        with StreamReader(ld) as reader:
            for doc in reader.documents(options.policy, options.batch_chars):
                detected = engine.detect([doc.segments])[0] if doc.segments else []
                check_timeouts(doc.text, doc.segments, detected, line_breaks)
                line_breaks += doc.text.count("\n")
                batch = DetectedBatch(offset, doc.text, located(
                    offset, doc.segments, detected, options.policy, options.key))
                result.warnings += doc.warnings
                found = found or bool(batch.findings)
                offset += len(doc.text)
                yield batch
            reader.finish()
        result.status = Status.REDACTED if found else Status.CLEAN
    except FileError as err:
        result.mark(Status.ERROR, str(err))
