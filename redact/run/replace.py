"""Replace: a file's findings become its output text and its Change records.

The policy selects the findings it replaces; the linker of the link scope makes them
identities (one person, one tag); the operator renders each identity's label; the format
encodes the label for its place (JSON escapes, CSV quoting); changes record file offsets,
lines, columns and context. A file is replaced batch after batch (one batch when it is
read whole), its name linked with its first batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath

from redact.anonymize import Identity, Linker, label_for
from redact.anonymize.surrogates import Surrogates
from redact.config import Policy
from redact.detect.view import value_of
from redact.errors import FileError
from redact.formats import TextFormat
from redact.keys import Key
from redact.records import (NER_LANGUAGES, Change, Finding, FileResult, Segment, SegmentKind,
                            SegmentResult, Status)
from redact.run.select import check_timeouts, fingerprint_of, replaced
from redact.spans import LineIndex, apply_changes, output_offsets
from redact.wording import count

__all__ = ["Scope", "FileReplacer", "encode_span", "redacted_name", "unscanned_warning",
           "CONTEXT_CHARS"]

CONTEXT_CHARS = 40  # output characters each side of a change in the report
# values whose fingerprints a scope remembers: a stream of distinct values forgets them
_FINGERPRINTS = 4096


@dataclass
class Scope:
    """Where identities are linked and numbered (--link-scope): the run, a file or a record."""

    linker: Linker
    surrogates: Surrogates
    # a name said on every line is fingerprinted once (in memory, for this scope only)
    fingerprints: dict[tuple[str, str, str | None], str] = field(default_factory=dict)

    @staticmethod
    def new(policy: Policy, key: Key) -> Scope:
        return Scope(Linker(key if policy.tag_numbers == "keyed" else None), Surrogates(key))

    def fingerprint(self, key: Key, category: str, value: str, language: str | None) -> str:
        """``fingerprint_of`` the value, made once while it is remembered (the memo is
        emptied when full: a fingerprint is the same whenever it is made)."""
        fp = self.fingerprints.get((category, value, language))
        if fp is None:
            if len(self.fingerprints) >= _FINGERPRINTS:
                self.fingerprints.clear()
            fp = self.fingerprints[category, value, language] = fingerprint_of(
                key, category, value, language)
        return fp


def encode_span(fmt: TextFormat, text: str, seg: Segment, f: Finding,
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


def redacted_name(rel: str, name_changes: list[tuple[int, int, str]]) -> str:
    """A file's report path with the replacements made in its name and folders (offsets
    into the path without its extension); a replacement that spans folders is made in each,
    and a folder left empty is named "redacted"."""
    if not name_changes or rel == "-":
        return rel
    suffix = PurePosixPath(rel).suffix
    stem = rel[:len(rel) - len(suffix)]
    parts, a = [], 0
    for part in stem.split("/"):
        b = a + len(part)
        edits = [(max(s, a) - a, min(e, b) - a, label) for s, e, label in name_changes
                 if s < b and e > a]
        parts.append(apply_changes(part, edits).strip() or "redacted" if edits else part)
        a = b + 1
    return "/".join(parts) + suffix


def unscanned_warning(reason: str, chars: int) -> str:
    """The warning for text NER did not read: ``reason`` is ner-off or the language."""
    if reason == "ner-off":
        return f"{count(chars, 'character')} scanned by rules only (NER disabled)"
    if reason == "zxx":  # the language identifier's code for no linguistic content
        return f"{count(chars, 'character')} not natural language (code or data) scanned by rules only"
    return f"{count(chars, 'character')} in language {reason!r} scanned by rules only (no NER model)"


class FileReplacer:
    """One file's replacements, batch after batch."""

    def __init__(self, result: FileResult, fmt: TextFormat, name: Segment, policy: Policy,
                 key: Key, scope: Scope, name_result: SegmentResult, *, reveal: bool) -> None:
        self.result, self.fmt, self.name, self.policy, self.key = result, fmt, name, policy, key
        self.scope = scope
        self.reveal = reveal
        self.name_findings = [f for f in name_result.findings if replaced(
                                  policy, key, f, value_of(name.text, f.start, f.end),
                                  name_result.language) and policy.scans(SegmentKind.FILENAME)]
        self.name_language = name_result.language
        self.name_timeout = name_result.timeout
        self.name_changes: list[tuple[int, int, str]] = []
        self.languages: set[str] = set()
        self.unscanned: dict[str, int] = {}
        self.offset = 0  # characters of the file before the current batch
        self.lines = 0  # line breaks before the current batch
        self.warnings: list[str] = []  # replacements the format could not make

    def _label(self, category: str, value: str, identity: Identity, language: str | None,
               scope: Scope) -> tuple[str, str]:
        fp = scope.fingerprint(self.key, category, value, language)
        operator = self.policy.operator(category)
        if operator == "surrogate":
            return scope.surrogates.make(category, value, identity.seed, language), fp
        label = label_for(operator, identity, value, template=self.policy.tag_template,
                          fingerprint=fp)
        return label, fp

    def _seed(self, f: Finding, segments: list[Segment], seg_results: list[SegmentResult],
              scope: Scope) -> str | None:
        """The fingerprint of what a linked finding was linked from: a reviewer undoes the
        one decision, not each of its occurrences."""
        if f.seed is None or not f.seed[0] < len(segments):
            return None
        index, start, end = f.seed
        value = value_of(segments[index].text, start, end)
        return scope.fingerprint(self.key, f.category, value, seg_results[index].language)

    def _selected(self, segments: list[Segment], seg_results: list[SegmentResult],
                  ) -> list[tuple[int, Segment, Finding, str | None]]:
        """The findings the policy replaces, in file order (a reviewer who allowed a value
        allowed what was linked from it); notes the languages and the text NER did not
        read."""
        found = []
        for seg, sr in zip(segments, seg_results):
            if sr.language and seg.kind != SegmentKind.CODE:  # the languages the file is written in
                self.languages.add(sr.language)
            if sr.language and not sr.ner and SegmentKind(seg.kind).ner_expected:
                reason = sr.language if sr.language not in NER_LANGUAGES else "ner-off"
                self.unscanned[reason] = self.unscanned.get(reason, 0) + len(seg.text)
            for f in sr.findings:
                if replaced(self.policy, self.key, f, value_of(seg.text, f.start, f.end),
                            sr.language) and not (
                        f.seed and self.policy.allow_fingerprints and self._seed(
                            f, segments, seg_results, self.scope) in self.policy.allow_fingerprints):
                    found.append((seg.file_offset(f.start), seg, f, sr.language))
        found.sort(key=lambda x: x[0])
        return found

    def _identities(self, found: list[tuple[int, Segment, Finding, str | None]],
                    ) -> tuple[list[Identity], list[Identity], Scope]:
        """Identities of the file name's findings (linked with the first batch) and of the
        batch's, and the scope the batch's labels are numbered in."""
        items = [(f.category, value_of(seg.text, f.start, f.end), lang)
                 for _, seg, f, lang in found]
        name_text = self.name.text
        name_items = [(f.category, value_of(name_text, f.start, f.end), self.name_language)
                      for f in self.name_findings]
        scope = self.scope
        if self.policy.link_scope == "record":  # each record links on its own
            name_identities = scope.linker.link_document(name_items)
            scope = Scope.new(self.policy, self.key)
            return name_identities, scope.linker.link_document(items), scope
        identities = scope.linker.link_document(name_items + items)
        return identities[:len(name_items)], identities[len(name_items):], scope

    def batch(self, text: str, segments: list[Segment], seg_results: list[SegmentResult]) -> str:
        """The output text of one batch (the whole file when it is not streamed)."""
        if self.name_timeout:
            raise FileError(f"file name: {self.name_timeout}")
        check_timeouts(text, segments, seg_results, self.lines)
        found = self._selected(segments, seg_results)
        name_identities, identities, scope = self._identities(found)
        for f, identity in zip(self.name_findings, name_identities):
            label, _ = self._label(f.category, value_of(self.name.text, f.start, f.end), identity,
                                   self.name_language, self.scope)
            self.name_changes.append((f.start, f.end, label))
        self.name_findings = []  # the file name is linked with the first batch
        raw: list[tuple[int, int, str, str, Finding, str, str | None]] = []
        for (_, seg, f, lang), identity in zip(found, identities):
            label, fp = self._label(f.category, value_of(seg.text, f.start, f.end), identity, lang,
                                    scope)
            seed = self._seed(f, segments, seg_results, scope)
            for start, end, replacement in encode_span(self.fmt, text, seg, f, label):
                raw.append((start, end, replacement, label, f, fp, seed))
        edits = [(s, e, r) for s, e, r, *_ in raw]
        unmade, warnings = self.fmt.unsafe_changes(text, edits, self.lines + 1)
        if unmade:  # a JSON member name that would equal another: kept as written
            raw = [change for i, change in enumerate(raw) if i not in unmade]
            edits = [(s, e, r) for s, e, r, *_ in raw]
        self.warnings += warnings
        output = apply_changes(text, edits)
        if raw:
            lines = LineIndex(text, self.lines)
            for (start, end, replacement, label, f, fp, seed), (out_start, out_end) in zip(
                    raw, output_offsets(edits)):
                line, column = lines.line_column(start)
                self.result.changes.append(Change(
                    f.shifted(self.offset + start, self.offset + end), line, column,
                    replacement, label, fp,
                    output[max(0, out_start - CONTEXT_CHARS):out_end + CONTEXT_CHARS],
                    text[start:end] if self.reveal else None, seed))
        self.offset += len(text)
        self.lines += text.count("\n")
        return output

    def path(self, rel: str) -> str:
        """The file's path with the values in its name replaced: known once the first
        batch is linked, so before anything of the file is written."""
        return redacted_name(rel, self.name_changes)

    def finish(self, warnings: list[str]) -> None:
        """The file is done: its status and warnings."""
        result = self.result
        result.name_changes = len(self.name_changes)
        result.languages = sorted(self.languages)
        result.status = Status.REDACTED if result.changes or self.name_changes else Status.CLEAN
        result.warnings += self.warnings + warnings
        for reason, chars in sorted(self.unscanned.items()):
            result.unscanned_ner_chars += chars
            result.warnings.append(unscanned_warning(reason, chars))
