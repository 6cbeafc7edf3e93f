"""Scrubbing beyond one machine: ``Scrubber``, a callable class for Ray Data's
``Dataset.map_batches`` (and Hugging Face ``datasets.map``), and ``scrub_with_ray``, the
``redact scrub --engine ray`` run.

Workers never coordinate: each record is scrubbed on its own (link scope ``record``) and tags
are keyed (``[PERSON_3f2a9c1b]``), so one person gets one tag on every node that has the
same key, and the shards joined in order are what a one-process ``redact scrub --tags keyed
--link-scope record`` writes, byte for byte. Ray is imported by ``scrub_with_ray`` only: the
class needs nothing but redact.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import PurePosixPath
from typing import Any

from redact import __version__, text_io
from redact.batches import plain, rows, with_columns
from redact.config import Policy
from redact.errors import FileError, UsageError
from redact.formats import FormatOptions, choose_format
from redact.formats.jsonscan import JsonLinesFormat
from redact.inputs import InputFile, collect
from redact.records import Change, FileResult, Status
from redact.redactor import Redactor
from redact.report.model import RunReport
from redact.run.batch import ScrubbedRecord
from redact.run.detect import rules_for
from redact.run.load import file_result, guarded, note_reading, read_error
from redact.run.options import ScrubOptions
from redact.run.replace import unscanned_warning

__all__ = ["Scrubber", "scrub_with_ray", "COUNT_COLUMN", "CATEGORIES_COLUMN", "REPORT_COLUMN"]

log = logging.getLogger(__name__)

COUNT_COLUMN = "redact_changes"  # changes made in the record
CATEGORIES_COLUMN = "redact_categories"  # JSON object: changes by category
REPORT_COLUMN = "redact_report"  # JSON: the record's report entry, without original values
BATCH_RECORDS = 64  # records per batch handed to a worker
_RECORD = "record"  # the column of JSON Lines text in a run of scrub_with_ray


class Scrubber:
    """Scrubs the chat columns of a batch, each record on its own, with keyed tags; the
    models load once per instance (once per Ray actor).

    ``key``: the secret (as in REDACT_KEY: at least 16 characters), the same on every node.
    ``columns``: the columns to scrub, a ``messages`` list of {role, content} or text
    columns (default: the first names of ``fields``, else ``messages``); each record's
    columns are scanned as the JSON object they make, so a messages list is read as chat
    fine-tuning data (contents scanned, roles kept, names as speakers).
    ``fields``: JSON field paths inside that object, as ``--fields`` (``messages[].content``).
    ``text_column``: instead of ``columns``, a column holding whole JSON Lines records as
    text, written back byte for byte outside the replaced spans.
    ``policy``: a Policy or a ``redact.toml`` path (default: the built-in policy);
    ``rules``: extra rule pack paths, readable on every node.

    A batch may be a pyarrow Table, a pandas DataFrame, or a mapping of column to values
    (Ray's numpy batches, ``datasets.map(batched=True)``); the same kind comes back, with
    the scrubbed columns, ``redact_changes`` (changes in the record) and
    ``redact_categories`` (a JSON object of changes by category); with ``report=True`` also
    ``redact_report``, the record's report entry as JSON. A record that cannot be read comes
    back as None, never as it was.
    """

    def __init__(self, key: str | bytes, *, columns: list[str] | None = None,
                 fields: list[str] | tuple[str, ...] = (), text_column: str | None = None,
                 format: str | None = None, policy: Policy | str | None = None,
                 rules: list[str] | tuple[str, ...] = (), lang: str | None = None,
                 ner: bool | None = None, report: bool = False) -> None:
        self.redactor = Redactor(key=_checked(key), policy=policy, rules=rules, lang=lang,
                                 ner=ner, tags="keyed", link_scope="record", format=format,
                                 fields=fields)
        self.text_column = text_column
        self.columns = [text_column] if text_column else list(
            columns or dict.fromkeys(_column_of(f) for f in fields) or ["messages"])
        self.report = report

    def __call__(self, batch: Any) -> Any:
        records = rows(batch, self.columns)
        if self.text_column:
            texts = [row[self.text_column] for row in records]
        else:
            texts = [json.dumps({c: plain(row[c]) for c in self.columns}, ensure_ascii=False)
                     for row in records]
        done = self.redactor.scrub_jsonl(texts)
        values = {c: [] for c in self.columns}
        for record in done:
            scrubbed = None if record.text is None or self.text_column else json.loads(record.text)
            for c in self.columns:
                values[c].append(record.text if self.text_column else
                                 None if scrubbed is None else scrubbed.get(c))
        values.update(_counts(done))
        if self.report:
            values[REPORT_COLUMN] = [json.dumps(_entry(t, r), ensure_ascii=False)
                                     for t, r in zip(texts, done)]
        return with_columns(batch, values)


def _checked(key: str | bytes | None) -> str | bytes:
    """A key is required here: keyed tags must be the same on every node."""
    if key is None:
        raise UsageError("Scrubber needs a key, the same on every node")
    return key


def _counts(done: list[ScrubbedRecord]) -> dict[str, list]:
    return {COUNT_COLUMN: [len(r.result.changes) for r in done],
            CATEGORIES_COLUMN: [json.dumps(dict(sorted(Counter(
                c.category for c in r.result.changes).items()))) for r in done]}


def _column_of(spec: str) -> str:
    """The column a field path starts in: ``messages`` of ``messages[].content``."""
    return spec.split("[", 1)[0].split(".", 1)[0]


def _entry(text: str, record: ScrubbedRecord) -> dict[str, Any]:
    """What a run's report needs of a record: its changes (offsets into the record), no
    original values."""
    result = record.result
    return {"chars": len(text), "status": result.status, "error": result.error,
            "warnings": record.warnings, "unscanned": record.unscanned,
            "languages": result.languages, "changes": [c.to_dict() for c in result.changes]}


# -- redact scrub --engine ray ------------------------------------------------------------

def scrub_with_ray(inputs: list[str], options: ScrubOptions, *,
                   address: str | None = None) -> RunReport:
    """Scrub JSON Lines and Parquet files on Ray: ``OUTDIR/<name>/part-NNNNN.jsonl`` (or
    ``.parquet``) in input order, and one report. Joins the cluster at ``address``, else
    uses the Ray already started in this process, else starts one on this machine (loopback
    only, no dashboard, no usage statistics) and stops it afterwards."""
    try:
        import ray
    except ImportError:
        raise UsageError("--engine ray needs Ray: pip install 'redact[ray]'") from None
    if options.outdir is None or options.in_place or options.reveal:
        raise UsageError("--engine ray writes shards to -o OUTDIR (no --in-place, no --reveal)")
    if options.resume:
        raise UsageError("--resume continues a run of --engine local")
    if options.key is None:
        raise UsageError("--engine ray needs a key")
    # workers never talk: each record links on its own, and one person gets one tag on
    # every node only when tags are keyed
    options = replace(options, policy=options.policy.with_overrides(
        tag_numbers="keyed", link_scope="record"))
    options.format_options()
    files = collect(inputs, options.outdir)
    if any(f.path is None for f in files):
        raise UsageError("--engine ray reads files, not standard input")
    if not options.fields and any(_is_parquet(f) for f in files):
        raise UsageError("Parquet input needs --fields: the columns to scrub, e.g. "
                         "messages[].content or text")
    policy = options.policy
    policy.check_key(options.key.key_id)
    report = RunReport(
        tool={"name": "redact", "version": __version__},
        run={"started": _now(), "finished": None, "policy_digest": policy.digest,
             "models": dict(policy.models),
             "rule_packs": rules_for(policy, options.rule_files).packs,
             "key": options.key.source, "outdir": options.outdir.as_posix()},
        outdir=options.outdir)
    with _core_output_to_log():
        _run_files(ray, address, files, report, options)
    report.run["finished"] = _now()
    return report


def _run_files(ray: Any, address: str | None, files: list[InputFile], report: RunReport,
               options: ScrubOptions) -> None:
    started_here = _start(ray, address)
    try:
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False  # redact prints its own summary
        for name in ("ray", "ray.data"):  # progress lines on stderr, not problems
            logging.getLogger(name).setLevel(logging.ERROR)
        for item in files:
            result = file_result(item)
            report.files.append(result)
            if not (item.error or item.skip):
                guarded(result, lambda: _scrub_file(ray, item, result, options))
    finally:
        if started_here:
            ray.shutdown()


@contextmanager
def _core_output_to_log() -> Iterator[None]:
    """Ray's C++ core writes its own log lines (``E ... core_worker.cc``: notes about actor
    restarts) straight to file descriptor 2, beside redact's one-line problems: while Ray
    runs, that descriptor goes to a temporary file whose lines then go to this module's
    debug log (REDACT_LOG_LEVEL=DEBUG). redact's own output keeps the real stderr."""
    stream = sys.stderr
    try:
        own = stream.fileno() == 2
    except (AttributeError, OSError, ValueError):  # a captured stream (tests)
        own = False
    stream.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as capture:
        os.dup2(capture.fileno(), 2)
        if own:
            sys.stderr = open(saved, "w", encoding=stream.encoding, errors="backslashreplace",
                              closefd=False, buffering=1)
        try:
            yield
        finally:
            if own:
                sys.stderr.flush()
                sys.stderr = stream
            os.dup2(saved, 2)
            os.close(saved)
            capture.seek(0)
            for line in capture.read().decode("utf-8", "replace").splitlines():
                if line.strip():
                    log.debug("ray: %s", line)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _is_parquet(item: InputFile) -> bool:
    return PurePosixPath(item.rel).suffix.lower() == ".parquet"


def _start(ray: Any, address: str | None) -> bool:
    """Connect to Ray; True when this run started it (and so stops it)."""
    if ray.is_initialized():
        return False
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    if address:
        ray.init(address=address, log_to_driver=False, logging_level="ERROR")
    else:
        ray.init(num_cpus=os.cpu_count(), include_dashboard=False, _node_ip_address="127.0.0.1",
                 log_to_driver=False, logging_level="ERROR")
    return True


def _scrub_file(ray: Any, item: InputFile, result: FileResult, options: ScrubOptions) -> None:
    """One input: scrubbed by a pool of actors, shards written here in input order into a
    hidden folder that replaces ``OUTDIR/<name>`` once every record is done."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if item.member is not None:
        raise FileError("--engine ray reads JSON Lines and Parquet files, not zip members")
    try:
        data = item.path.read_bytes()
    except OSError as err:
        raise read_error(err) from None
    result.input_sha256 = hashlib.sha256(data).hexdigest()
    kwargs: dict[str, Any] = dict(
        key=options.key.secret, fields=list(options.fields), policy=options.policy,
        rules=[str(r.resolve()) for r in options.rule_files], report=True)
    if _is_parquet(item):
        try:
            table = pq.read_table(io.BytesIO(data))
        except (pa.ArrowException, OSError) as err:
            raise FileError(f"not a readable Parquet file ({type(err).__name__})") from None
        missing = {_column_of(f) for f in options.fields} - set(table.column_names)
        if missing:
            raise FileError(f"no column {sorted(missing)[0]!r} (it has {', '.join(table.column_names)})")
        blocks = [pa.Table.from_batches([b]) for b in table.to_batches(BATCH_RECORDS)]
        suffix, encoding = ".parquet", "utf-8"
        result.format = "parquet"
    else:
        decoded = text_io.decode(data, repair=options.repair)
        fmt, warning = choose_format(decoded.text, item.rel,
                                     FormatOptions(options.format, options.fields))
        if not isinstance(fmt, JsonLinesFormat):
            raise FileError(f"--engine ray reads JSON Lines and Parquet files; this is {fmt.name}")
        fmt.parse(decoded.text)  # a line that does not parse is an error before any work
        lines = list(text_io.stream_lines(decoded.text, io.BytesIO(), 0))
        blocks = [pa.table({_RECORD: lines[i:i + BATCH_RECORDS]})
                  for i in range(0, len(lines), BATCH_RECORDS)]
        kwargs.update(text_column=_RECORD, format=fmt.name)
        suffix, encoding = ".jsonl", decoded.encoding
        note_reading(result, fmt, decoded, warning)
    target = options.outdir / PurePosixPath(item.rel).with_suffix("")
    partial = target.with_name(f".{target.name}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        totals = _Totals()
        if blocks:
            dataset = ray.data.from_arrow(blocks).map_batches(
                Scrubber, fn_constructor_kwargs=kwargs, batch_format="pyarrow",
                batch_size=BATCH_RECORDS, num_cpus=1,
                compute=ray.data.ActorPoolStrategy(size=min(_workers(ray), len(blocks))))
            batches = dataset.iter_batches(batch_size=None, batch_format="pyarrow")
            for n, batch in enumerate(batches):
                entries = [json.loads(e) for e in batch.column(REPORT_COLUMN).to_pylist()]
                totals.add(entries, result, per_row=suffix == ".parquet")
                shard = partial / f"part-{n:05d}{suffix}"
                batch = batch.drop_columns([COUNT_COLUMN, CATEGORIES_COLUMN, REPORT_COLUMN])
                if suffix == ".parquet":
                    pq.write_table(batch, shard)
                else:
                    shard.write_bytes(text_io.encode("".join(batch.column(_RECORD).to_pylist()),
                                                     encoding))
        totals.finish(result)
        shutil.rmtree(target, ignore_errors=True)
        partial.rename(target)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    result.output = target.as_posix() + "/"


def _workers(ray: Any) -> int:
    """One actor per CPU of the cluster: each loads the models once."""
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


class _Totals:
    """A file's report entry from its records' entries, in input order: changes moved to
    file offsets and lines (JSON Lines) or to row numbers (Parquet, offsets into the row's
    JSON text), warnings and unscanned text added up as a one-process run does."""

    def __init__(self) -> None:
        self.offset = self.records = 0
        self.languages: set[str] = set()
        self.unscanned: Counter[str] = Counter()

    def add(self, entries: list[dict[str, Any]], result: FileResult, *, per_row: bool) -> None:
        for entry in entries:
            self.records += 1
            if entry["error"]:
                raise FileError(f"record {self.records}: {entry['error']}")
            for change in entry["changes"]:
                change = dict(change, line=self.records if per_row else self.records - 1 + change["line"])
                if not per_row:
                    change.update(start=change["start"] + self.offset, end=change["end"] + self.offset)
                result.changes.append(Change.from_dict(change))
            result.warnings += entry["warnings"]
            self.languages.update(entry["languages"])
            self.unscanned.update(entry["unscanned"])
            self.offset += entry["chars"]

    def finish(self, result: FileResult) -> None:
        result.languages = sorted(self.languages)
        result.status = Status.REDACTED if result.changes else Status.CLEAN
        for reason, chars in sorted(self.unscanned.items()):
            result.unscanned_ner_chars += chars
            result.warnings.append(unscanned_warning(reason, chars))
