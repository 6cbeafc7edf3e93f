"""The scrub run: load -> detect -> replace -> write, and the report of it.

A bad file becomes an ``error`` entry and the others go on; outputs are written atomically,
so a file is either complete or absent. Large JSON Lines and CSV files are streamed in
batches of records; zip members are scrubbed like files and written back into a new
archive. A journal in OUTDIR records each completed file, so a killed run can be resumed.
"""

from __future__ import annotations

import hashlib
import logging
import os
import zipfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from datetime import datetime, timezone

from redact import __version__, text_io
from redact.detect.engine import Detector
from redact.detect.packs import RuleSet
from redact.detect.pool import EnginePool, resolve_workers
from redact.errors import FileError, RedactError, UsageError
from redact.inputs import InputFile, collect, for_in_place
from redact.journal import EntryWriter, Journal, Recorder, Replay, temp_folder
from redact.records import Document, Status
from redact.report.model import RunReport
from redact.run.detect import FileDetection, batch_detector, detect_run, detector_for, rules_for
from redact.formats import FORMATS
from redact.run.load import Loaded, Refused, StreamReader, guarded, load, name_segment, open_input
from redact.run.options import ScrubOptions
from redact.run.progress import Meter
from redact.run.replace import FileReplacer, Scope
from redact.run.write import Outputs, write_error

__all__ = ["scrub"]

log = logging.getLogger(__name__)


def scrub(inputs: list[str], options: ScrubOptions) -> RunReport:
    """Scrub every input; never raises for one bad file, only for a bad run (UsageError)."""
    started = _check(inputs, options)
    policy = options.policy
    rules = rules_for(policy, options.rule_files)
    files = collect(inputs, options.outdir)
    if options.to_stdout and len(files) != 1:
        raise UsageError(f"-o - writes one input to standard output; these inputs are "
                         f"{len(files)} files: give -o OUTDIR")
    if options.in_place:
        if any(f.member is not None for f in files):
            raise UsageError("--in-place cannot rewrite zip archives; give -o OUTDIR")
        files = for_in_place(files)
    _check_reserved(files, options)
    journal = _journal(inputs, files, options, rules, started)
    meter = Meter(options, files)
    detector = detector_for(policy, rules, resolve_workers(options.workers, meter.total))
    report = RunReport(
        tool={"name": "redact", "version": __version__},
        run={"started": journal.started if journal else started, "finished": None,
             "policy_digest": policy.digest, "models": dict(policy.models),
             "rule_packs": rules.packs, "key": options.key.source,
             "outdir": options.outdir.as_posix() if options.outdir else None},
        outdir=options.outdir)
    outputs = Outputs(options, temp_folder(options.outdir) if journal else None)
    loaded, copies = _load_all(files, options, report, outputs, meter)
    try:
        replayed = journal.done if journal else {}
        progress = meter.detecting([ld.index for ld in loaded
                                    if ld.doc is not None and ld.index not in replayed])
        run_scope = Scope.new(policy, options.key)
        for ld, found in zip(loaded, detect_run(loaded, detector, journal, policy, progress)):
            scope = run_scope if policy.link_scope == "run" else Scope.new(policy, options.key)
            _scrub_file(ld, found, scope, detector, journal, outputs, options, meter)
            meter.done(ld.index)
        _copy_unscanned(copies, detector, run_scope, outputs, options)
    finally:
        if isinstance(detector, EnginePool):
            detector.close()
    outputs.close(report.files)
    if journal:
        journal.remove()
    report.run["finished"] = _now()
    return report


def _check_reserved(files: list[InputFile], options: ScrubOptions) -> None:
    """A report or page path that names an input or an output would replace it: a usage
    error before anything is written."""
    if not options.reserved:
        return
    taken: dict[str, str] = {}
    for f in files:
        if f.path is None:
            continue
        taken.setdefault(os.path.realpath(f.path), f"the input {f.rel}")
        if options.outdir is not None:
            output = options.outdir / (f.archive or f.rel)
            taken.setdefault(os.path.realpath(output), f"the output {output.as_posix()}")
    for option, path in options.reserved.items():
        clash = taken.get(os.path.realpath(path))
        if clash:
            raise UsageError(f"{option} {path} would overwrite {clash}; give another path")


def _load_all(files: list[InputFile], options: ScrubOptions, report: RunReport,
              outputs: Outputs, meter: Meter) -> tuple[list[Loaded], list[Refused]]:
    """Every input loaded, in the report in order, and the refused binaries that
    --copy-unscanned copies once their names are scanned."""
    loaded: list[Loaded] = []
    copies: list[Refused] = []
    for item in load(files, options):
        report.files.append(item.result)
        if isinstance(item, Loaded):
            loaded.append(item)
            continue
        if item.on_reading and options.copy_unscanned:
            copies.append(item)
        elif item.file.empty_archive:
            outputs.empty_archive(item.file, item.result)
        meter.done(item.index)
    return loaded, copies


def _copy_unscanned(copies: list[Refused], detector: Detector, run_scope: Scope,
                    outputs: Outputs, options: ScrubOptions) -> None:
    """--copy-unscanned: each binary is copied as it is, under its name scrubbed as a text
    file's is (after the text files, so their identities keep their numbers)."""
    if not copies:
        return
    policy = options.policy
    names = [name_segment(item.file.rel) for item in copies]
    for item, name, found in zip(copies, names, detector.detect_iter([[n] for n in names])):
        scope = run_scope if policy.link_scope == "run" else Scope.new(policy, options.key)
        replacer = FileReplacer(item.result, FORMATS["text"], name, policy, options.key,
                                scope, found[0], reveal=options.reveal)
        if guarded(item.result, lambda: replacer.batch("", [], [])) is None:
            continue  # the name could not be scanned: in error, not copied
        item.result.path = replacer.path(item.file.rel)
        item.result.name_changes = len(replacer.name_changes)
        outputs.copy_unscanned(item.file, item.result)


def _check(inputs: list[str], options: ScrubOptions) -> str:
    """What a run needs before it reads anything; returns when it started."""
    if options.key is None:
        raise UsageError("scrub needs a key (a random one is fine)")
    if options.to_stdout and (options.in_place or options.outdir is not None):
        raise UsageError("-o - writes to standard output: no --in-place, no OUTDIR")
    if not options.in_place and options.outdir is None and inputs != ["-"] \
            and not options.to_stdout:
        raise UsageError("give an output folder with -o OUTDIR, or --in-place")
    options.format_options()
    started = _now()
    options.policy.check_key(options.key.key_id)
    return started


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _scrub_file(ld: Loaded, found: FileDetection, scope: Scope, detector: Detector,
                journal: Journal | None, outputs: Outputs, options: ScrubOptions,
                meter: Meter) -> None:
    """Replace and write one file; with a journal, record what was found in it once its
    output is complete (a zip member is complete with its archive only: not recorded)."""
    writer = journal.writer(ld.index) if (
        journal and found.entry is None and ld.file.path is not None
        and ld.file.member is None) else None

    def replace_and_write() -> None:
        replacer = FileReplacer(ld.result, ld.fmt, ld.name, options.policy, options.key, scope,
                                found.name, reveal=options.reveal)
        if found.units is not None:
            _scrub_whole(ld, found, replacer, outputs, writer)
        else:
            _scrub_stream(ld, replacer, batch_detector(detector, found.entry, writer), options,
                          outputs, meter.streaming(ld.index))

    try:
        guarded(ld.result, replace_and_write)
    except RedactError:
        if writer is not None:
            writer.discard()
        raise
    log.debug("%s: %s, %d changes", ld.file.rel, ld.result.status, len(ld.result.changes))
    if writer is not None:
        if ld.result.status == Status.ERROR:
            writer.discard()
        else:
            journal.record(writer, ld.result.input_sha256, found.name)


def _scrub_whole(ld: Loaded, found: FileDetection, replacer: FileReplacer, outputs: Outputs,
                 writer: EntryWriter | None) -> None:
    documents = list(found.documents)
    try:
        output = "".join(replacer.batch(doc.text, doc.segments, results)
                         for doc, results in zip(found.units, documents))
    except FileError as err:  # a rule timed out
        ld.result.mark(Status.ERROR, str(err))
    else:
        replacer.finish(ld.doc.warnings)
        ld.result.path = replacer.path(ld.file.rel)
        outputs.write(ld, output)
    if writer is not None:
        for document in documents:
            writer.add(document)


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


def _scrub_stream(ld: Loaded, replacer: FileReplacer, detector: Detector | Recorder | Replay,
                  options: ScrubOptions, outputs: Outputs, read: Callable[[int], None]) -> None:
    """Detect, replace and write a large file one batch of records at a time. The output
    is opened once the first batch has linked the file's name, so its name on disk is the
    scrubbed one."""
    result = ld.result
    try:
        with StreamReader(ld) as reader, ExitStack() as outputs_open:
            out = None
            warnings: list[str] = []
            record = options.policy.link_scope == "record"
            docs = reader.documents(options.policy, 1 if record else options.batch_chars)
            for group in _detect_groups(docs, options.batch_chars):
                for doc, detected in zip(group, detector.detect_iter([d.segments for d in group])):
                    text = replacer.batch(doc.text, doc.segments, detected)
                    if out is None:
                        result.path = replacer.path(ld.file.rel)
                        out = outputs_open.enter_context(outputs.open(ld))
                    out.write(text_io.encode(text, ld.encoding))
                    warnings += doc.warnings
                read(reader.bytes_read)
            reader.finish()
            if out is None:  # no record at all
                outputs_open.enter_context(outputs.open(ld))
            replacer.finish(warnings)
        log.debug("wrote %s (streamed, %d bytes read)", result.output, reader.bytes_read)
    except FileError as err:
        result.mark(Status.ERROR, str(err))
    except OSError as err:
        result.mark(Status.ERROR, write_error(err))


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
                 "no_header": options.no_header,
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
        with open_input(item) as stream:
            while chunk := stream.read(1 << 20):
                hasher.update(chunk)
    except (OSError, FileError, zipfile.BadZipFile):
        return ""
    return hasher.hexdigest()
