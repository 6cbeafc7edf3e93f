"""Records in memory, each scrubbed as a file of its own: a distributed worker's batch
(``redact.integrations.ray``). A record's output is the line that a one-process run with
``--link-scope record`` writes for it."""

from __future__ import annotations

from dataclasses import dataclass, field

from redact.records import FileResult, SegmentResult
from redact.run.detect import engine_for, rules_for
from redact.run.load import Loaded, guarded, load_text
from redact.run.options import ScrubOptions
from redact.run.replace import FileReplacer, Scope

__all__ = ["ScrubbedRecord", "scrub_records"]


@dataclass
class ScrubbedRecord:
    """One record scrubbed on its own: its output text (None when it could not be read, so
    nothing unscrubbed goes on) and its report entry, with offsets into the record."""

    text: str | None
    result: FileResult  # status, error, format, changes, languages
    warnings: list[str] = field(default_factory=list)  # the record's own, as its format says
    unscanned: dict[str, int] = field(default_factory=dict)  # ner-off or language -> chars


def scrub_records(records: list[str], options: ScrubOptions) -> list[ScrubbedRecord]:
    """JSON records (lines of JSON Lines), each scrubbed on its own, all detected in one call."""
    policy = options.policy
    format_options = options.format_options()
    engine = engine_for(policy, rules_for(policy, options.rule_files))
    loaded: list[Loaded | FileResult] = []
    for i, text in enumerate(records):
        result = FileResult(path="-")
        ld = guarded(result, lambda: load_text(i, text, "record.jsonl", result, options,
                                               format_options))
        loaded.append(ld if ld is not None else result)
    whole = [ld for ld in loaded if isinstance(ld, Loaded)]
    detected = iter(engine.detect([ld.doc.segments for ld in whole]) if whole else [])
    no_name = SegmentResult(None, [], False)
    out = []
    for ld in loaded:
        if isinstance(ld, FileResult):
            out.append(ScrubbedRecord(None, ld))
            continue
        replacer = FileReplacer(ld.result, ld.fmt, ld.name, policy, options.key,
                                Scope.new(policy, options.key), no_name, reveal=options.reveal)
        text = guarded(ld.result, lambda: replacer.batch(
            ld.doc.text, ld.doc.segments, next(detected)))
        if text is None:  # a rule timed out
            out.append(ScrubbedRecord(None, ld.result))
            continue
        replacer.finish(ld.doc.warnings)
        out.append(ScrubbedRecord(text, ld.result, ld.doc.warnings, dict(replacer.unscanned)))
    return out
