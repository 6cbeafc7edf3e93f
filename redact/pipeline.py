"""The scrub run: read, parse, detect (batched across files), link, replace, write, report.

Data flows one way; each stage is another module's job. A bad file becomes an ``error``
record and the others go on; outputs are written atomically, so a file is either
complete or absent.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath

from redact import __version__, text_io
from redact.anonymize import Linker, label_for, normalize
from redact.config import Policy
from redact.detect.engine import Engine, EngineConfig, SegmentResult
from redact.detect.findings import Finding
from redact.detect.language import NER_LANGUAGES
from redact.detect.rules import RuleSet, load_rules
from redact.errors import FileError, SkipFile, UsageError
from redact.formats import Document, Segment, TextFormat, choose_format
from redact.formats.base import Piece
from redact.inputs import InputFile, collect
from redact.keys import Key
from redact.report.model import Change, FileResult, RunReport

__all__ = ["ScrubOptions", "scrub", "apply_changes", "line_column"]

CONTEXT_CHARS = 40


@dataclass
class ScrubOptions:
    outdir: Path | None = None
    in_place: bool = False
    policy: Policy = field(default_factory=Policy)
    rule_files: list[Path] = field(default_factory=list)
    format: str | None = None
    reveal: bool = False
    repair: bool = True
    key: Key | None = None
    progress: Callable[[int, int], None] | None = None  # (bytes done, files done)
    stdout: object = None  # where "-" output goes (binary stream)


@dataclass
class _Loaded:
    file: InputFile
    result: FileResult
    decoded: text_io.Decoded
    fmt: TextFormat
    doc: Document
    name_segment: Segment
    output: str | None = None


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (code points); lines split at "\\n", CRLF counts once."""
    line = text.count("\n", 0, offset) + 1
    start = text.rfind("\n", 0, offset) + 1
    return line, offset - start + 1


def apply_changes(text: str, changes: list[tuple[int, int, str]]) -> str:
    parts, pos = [], 0
    for start, end, replacement in sorted(changes):
        if start < pos:
            raise ValueError("changes overlap")
        parts.append(text[pos:start])
        parts.append(replacement)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


_ENGINES: dict[tuple, Engine] = {}


def _engine_for(policy: Policy, rules: RuleSet) -> Engine:
    """Engines are cached per process: models load once however many runs use them."""
    config = EngineConfig(
        models=dict(policy.models), ner=policy.ner, lang=policy.lang, min_score=policy.min_score,
        detect_dates="DATE_TIME" in policy.redacted_categories)
    key = (tuple(sorted(config.models.items())), config.ner, config.lang, config.min_score,
           config.detect_dates, tuple(p["sha256"] for p in rules.packs), tuple(sorted(policy.allow)))
    if key not in _ENGINES:
        _ENGINES[key] = Engine(config, rules)
    return _ENGINES[key]


def _name_segment(rel: str) -> Segment:
    stem = PurePosixPath(rel).stem if rel != "-" else ""
    return Segment(stem, (Piece(0, 0, len(stem)),), kind="filename")


def _encode_span(fmt: TextFormat, text: str, seg: Segment, f: Finding,
                 label: str) -> tuple[int, int, str]:
    """File range of a segment span and what is written there. Line breaks and quote
    prefixes the span crosses are kept, so a name broken over two quoted lines leaves
    the quote structure intact."""
    start = seg.file_offset(f.start)
    end = seg.file_offset(f.end, end=True)
    replacement = fmt.encode(label)
    for gap_start, gap_end in seg.gaps(f.start, f.end):
        probe = gap_start
        while probe > start and text[probe - 1] in "\r\n":
            probe -= 1
        replacement += text[probe:gap_end]
    return start, end, replacement


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
    started = datetime.now(timezone.utc)
    rules = load_rules(options.rule_files)
    policy = options.policy
    if policy.allow:
        rules.allow_list.update(v.casefold() for v in policy.allow)
    files = collect(inputs, options.outdir)
    report = RunReport(
        tool={"name": "redact", "version": __version__},
        run={"started": started.isoformat(timespec="seconds"), "finished": None,
             "policy_digest": policy.digest, "models": dict(policy.models),
             "rule_packs": rules.packs, "key": options.key.source},
    )
    loaded: list[_Loaded] = []
    done_bytes = 0
    for n, item in enumerate(files, start=1):
        result = FileResult(path=item.rel)
        report.files.append(result)
        if item.skip:
            result.status, result.error = "skipped", item.skip
            continue
        try:
            data = sys.stdin.buffer.read() if item.path is None else _read_bytes(item.path)
            result.input_sha256 = hashlib.sha256(data).hexdigest()
            decoded = text_io.decode(data, repair=options.repair)
            fmt, warning = choose_format(decoded.text, item.rel, options.format)
            doc = fmt.parse(decoded.text)
        except SkipFile as skip:
            result.status, result.error = "skipped", str(skip)
            continue
        except FileError as err:
            result.status, result.error = "error", str(err)
            continue
        result.format, result.encoding, result.repair = fmt.name, decoded.encoding, decoded.repair
        if decoded.repair:
            result.warnings.append(
                f"text was double-encoded (UTF-8 read as {decoded.repair['encoding']}); repaired")
        if warning:
            result.warnings.append(warning)
        loaded.append(_Loaded(item, result, decoded, fmt, doc, _name_segment(item.rel)))
        done_bytes += len(data)
        if options.progress:
            options.progress(done_bytes, n)

    if loaded:
        engine = _engine_for(policy, rules)
        documents = [ld.doc.segments for ld in loaded] + [[ld.name_segment] for ld in loaded]
        detected = engine.detect(documents)
        _build_changes(loaded, detected[:len(loaded)], detected[len(loaded):], policy, options)
    for ld in loaded:
        _write(ld, options)
    report.run["finished"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return report


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise FileError(f"cannot read file ({err.strerror or type(err).__name__})") from None


def _build_changes(loaded: list[_Loaded], text_results: list[list[SegmentResult]],
                   name_results: list[list[SegmentResult]], policy: Policy,
                   options: ScrubOptions) -> None:
    linker = Linker()
    redacted = policy.redacted_categories
    for ld, seg_results, (name_result,) in zip(loaded, text_results, name_results):
        result = ld.result
        text = ld.decoded.text
        languages: set[str] = set()
        unscanned: dict[str, int] = {}
        located: list[tuple[int, Segment, Finding, str | None]] = []
        for seg, sr in zip(ld.doc.segments, seg_results):
            if sr.language:
                languages.add(sr.language)
            if seg.kind != "code" and sr.language and not sr.ner:
                reason = sr.language if sr.language not in NER_LANGUAGES else "ner-off"
                unscanned[reason] = unscanned.get(reason, 0) + len(seg.text)
            for f in sr.findings:
                if f.category in redacted:
                    located.append((seg.file_offset(f.start), seg, f, sr.language))
        located.sort(key=lambda x: x[0])
        name_findings = [f for f in name_result.findings if f.category in redacted]
        items = [(f.category, ld.name_segment.text[f.start:f.end], name_result.language)
                 for f in name_findings]
        items += [(f.category, seg.text[f.start:f.end], lang) for _, seg, f, lang in located]
        identities = linker.link_document(items)
        name_ids, text_ids = identities[:len(name_findings)], identities[len(name_findings):]
        name_changes = []
        for f, identity in zip(name_findings, name_ids):
            value = ld.name_segment.text[f.start:f.end]
            fp = options.key.fingerprint(f.category, identity.variants[0])
            label = label_for(policy.operator(f.category), identity, value,
                              template=policy.tag_template, fingerprint=fp)
            name_changes.append((f.start, f.end, label))
        raw: list[tuple[int, int, str, str, Finding, str]] = []
        for (_, seg, f, lang), identity in zip(located, text_ids):
            value = seg.text[f.start:f.end]
            fp = options.key.fingerprint(f.category, normalize(f.category, value, lang))
            label = label_for(policy.operator(f.category), identity, value,
                              template=policy.tag_template, fingerprint=fp)
            start, end, replacement = _encode_span(ld.fmt, text, seg, f, label)
            raw.append((start, end, replacement, label, f, fp))
        output = apply_changes(text, [(s, e, r) for s, e, r, *_ in raw])
        delta = 0
        for start, end, replacement, label, f, fp in raw:
            line, column = line_column(text, start)
            out_start = start + delta
            out_end = out_start + len(replacement)
            delta += len(replacement) - (end - start)
            context = output[max(0, out_start - CONTEXT_CHARS):out_end + CONTEXT_CHARS]
            result.changes.append(Change(
                start=start, end=end, line=line, column=column, entity=f.entity,
                category=f.category, score=f.score, detector=f.detector,
                replacement=replacement, label=label, fingerprint=fp, context=context,
                original=text[start:end] if options.reveal else None))
        result.path = _redacted_name(ld.file.rel, name_changes)
        result.name_changes = len(name_changes)
        result.languages = sorted(languages)
        result.status = "redacted" if result.changes or name_changes else "clean"
        for reason, chars in sorted(unscanned.items()):
            result.unscanned_ner_chars += chars
            result.warnings.append(
                f"{chars} characters scanned by rules only (NER disabled)" if reason == "ner-off"
                else f"{chars} characters in language {reason!r} scanned by rules only (no NER model)")
        ld.output = output


def _write(ld: _Loaded, options: ScrubOptions) -> None:
    result = ld.result
    data = text_io.encode(ld.output if ld.output is not None else ld.decoded.text,
                          ld.decoded.encoding)
    try:
        if ld.file.path is None:
            stream = options.stdout or sys.stdout.buffer
            stream.write(data)
            stream.flush()
            result.output = "-"
        elif options.in_place:
            backup = ld.file.path.with_name(ld.file.path.name + ".bak")
            if backup.exists():
                raise FileError(f"backup {backup.name} already exists; not overwriting it")
            shutil.copy2(ld.file.path, backup)
            text_io.write_atomic(ld.file.path, data)
            result.output = str(ld.file.path)
        else:
            target = options.outdir / result.path
            text_io.write_atomic(target, data)
            result.output = target.as_posix()
    except FileError as err:
        result.status, result.error, result.changes = "error", str(err), []
    except OSError as err:
        result.status, result.error, result.changes = (
            "error", f"cannot write output ({err.strerror or type(err).__name__})", [])
