"""Detection quality against labelled data (``redact.gold``): the metrics, one scored run.

:func:`run_redact` reads a dataset as `scrub` does and takes the findings of its detect stage
that the policy replaces; :func:`score` turns gold spans and findings into
:class:`Counts` per category and overall. The same scoring serves any other detector
(``bench/quality.py`` scores Presidio's own AnalyzerEngine with it).

Metrics, per category and for all labels together:

* exact: a finding with the same start, end and category as a gold span;
* overlap recall: a gold span overlapped by a finding of its category;
* overlap precision: a finding that overlaps a gold span of *any* in-scope label (a name
  found as an organisation still protects it); ``DATE_TIME`` findings are left out of
  precision (dates are kept by default and rarely labelled);
* protected recall: the share of gold spans whose every character lies inside the union of
  the changes, whatever their category: what a reader of the output can no longer see.

Nothing here records a gold or found value: results hold counts only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from redact.gold import Dataset, Doc, Span, load_dataset
from redact.records import CATEGORIES

__all__ = ["Counts", "EvalResult", "score", "notpii_touched", "new_result", "run_redact",
           "evaluate", "PRECISION_NOTE"]

SCHEMA = "redact.eval/1"
UNPRECISE = ("DATE_TIME",)  # findings of these categories are left out of precision

PRECISION_NOTE = ("precision: a finding is right when it overlaps a gold span of any in-scope "
                  "label; DATE_TIME findings and findings overlapping only left-out labels are "
                  "not counted. recall and exact matches need the same category. protected: "
                  "gold spans fully inside the union of changes, any category.")


# -- metrics ---------------------------------------------------------------------------------

def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Counts:
    """Counts behind every metric of one category (or of all labels together)."""

    gold: int = 0
    gold_exact: int = 0  # gold spans with a finding of the same start, end and category
    gold_overlap: int = 0  # gold spans overlapped by a finding of their category
    gold_protected: int = 0  # gold spans inside the union of changes
    found: int = 0  # findings counted for precision
    found_exact: int = 0
    found_overlap: int = 0  # findings overlapping a gold span of any in-scope label
    not_counted: int = 0  # findings left out of precision (DATE_TIME, left-out labels only)

    def add(self, other: "Counts") -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def metrics(self) -> dict[str, float | None]:
        pe, re_ = _ratio(self.found_exact, self.found), _ratio(self.gold_exact, self.gold)
        po, ro = _ratio(self.found_overlap, self.found), _ratio(self.gold_overlap, self.gold)
        return {
            "precision_exact": pe, "recall_exact": re_, "f1_exact": _f1(pe, re_),
            "precision_overlap": po, "recall_overlap": ro, "f1_overlap": _f1(po, ro),
            "protected_recall": _ratio(self.gold_protected, self.gold),
        }

    def to_dict(self) -> dict:
        return dict(vars(self)) | self.metrics()


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of ranges, touching ones joined."""
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(a, b) for a, b in out]


def _covered(span: Span, union: list[tuple[int, int]]) -> bool:
    return any(a <= span.start and span.end <= b for a, b in union)


def score(gold: list[Span], findings: list[Span], changes: list[tuple[int, int]] | None = None,
          ignored: list[Span] = ()) -> dict[str, Counts]:
    """Counts per category for one document. ``changes`` (default: the findings) are the
    ranges replaced in the output, for protected recall; ``ignored`` are gold spans of
    left-out labels."""
    union = _merge((f.start, f.end) for f in findings) if changes is None else _merge(changes)
    out: dict[str, Counts] = {}

    def counts(category: str) -> Counts:
        return out.setdefault(category, Counts())

    exact = {(f.start, f.end, f.label) for f in findings}
    for g in gold:
        c = counts(g.label)
        c.gold += 1
        c.gold_exact += (g.start, g.end, g.label) in exact
        c.gold_overlap += any(f.label == g.label and f.overlaps(g) for f in findings)
        c.gold_protected += _covered(g, union)
    gold_exact = {(g.start, g.end, g.label) for g in gold}
    for f in findings:
        c = counts(f.label)
        hits = any(f.overlaps(g) for g in gold)
        if f.label in UNPRECISE or (not hits and any(f.overlaps(i) for i in ignored)):
            c.not_counted += 1
            continue
        c.found += 1
        c.found_exact += (f.start, f.end, f.label) in gold_exact
        c.found_overlap += hits
    return out


def notpii_touched(notpii: list[Span], changes: list[tuple[int, int]]) -> int:
    return sum(any(a < s.end and s.start < b for a, b in changes) for s in notpii)


# -- results ---------------------------------------------------------------------------------

@dataclass
class EvalResult:
    dataset: str
    gold_format: str
    system: str
    documents: int = 0
    categories: dict[str, Counts] = field(default_factory=dict)
    overall: Counts = field(default_factory=Counts)
    notpii: dict[str, int] | None = None  # {"spans", "touched"} (ours)
    left_out: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    options: dict = field(default_factory=dict)
    seconds: float | None = None

    def add_document(self, doc: Doc, findings: list[Span],
                     changes: list[tuple[int, int]] | None = None) -> None:
        changes = [(f.start, f.end) for f in findings] if changes is None else changes
        self.documents += 1
        for category, counts in score(doc.gold, findings, changes, doc.ignored).items():
            self.categories.setdefault(category, Counts()).add(counts)
            self.overall.add(counts)
        if self.notpii is not None:
            self.notpii["spans"] += len(doc.notpii)
            self.notpii["touched"] += notpii_touched(doc.notpii, changes)

    def ordered(self) -> list[tuple[str, Counts]]:
        order = {c: i for i, c in enumerate(CATEGORIES)}
        return sorted(self.categories.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))

    def to_dict(self) -> dict:
        return {
            "schema": SCHEMA, "dataset": self.dataset, "gold_format": self.gold_format,
            "system": self.system, "documents": self.documents, "options": self.options,
            "definitions": PRECISION_NOTE,
            "categories": {c: counts.to_dict() for c, counts in self.ordered()},
            "overall": self.overall.to_dict(),
            "notpii": self.notpii, "left_out_labels": dict(sorted(self.left_out.items())),
            "errors": self.errors, "warnings": self.warnings, "seconds": self.seconds,
        }


def new_result(dataset: Dataset, system: str, **options) -> EvalResult:
    return EvalResult(dataset.name, dataset.gold_format, system, left_out=dict(dataset.left_out),
                      notpii={"spans": 0, "touched": 0} if dataset.has_notpii else None,
                      warnings=list(dataset.warnings), options=options)


# -- running redact ----------------------------------------------------------------------------

def run_redact(dataset: Dataset, *, policy=None, key=None, rule_files: Iterable[Path] = (),
               public_figures: bool = True,
               progress: Callable[[int, int], None] | None = None,
               ) -> list[tuple[Doc, list[Span] | None, list[tuple[int, int]], str | None]]:
    """Detect every document of the dataset as `scrub` reads it, with the policy `scrub`
    uses, in memory; per document the findings the policy replaces (None when the file
    was in error), the ranges they cover, and the error."""
    from redact.config import Policy
    from redact.inputs import InputFile
    from redact.keys import load_key
    from redact.records import FileResult
    from redact.run.detect import detect_loaded, rules_for
    from redact.run.load import Refused, guarded, load_bytes
    from redact.run.options import ScrubOptions

    policy = policy or Policy()
    if not public_figures:
        policy = policy.with_overrides(public_figures=False)
    options = ScrubOptions(policy=policy, format=dataset.format, rule_files=list(rule_files),
                           key=key or load_key(None, required=False))
    format_options = options.format_options()
    loaded = []
    for i, doc in enumerate(dataset.docs):
        if doc.data is None:
            doc.data = doc.path.read_bytes() if doc.path is not None else doc.text.encode("utf-8")
        item, result = InputFile(doc.name, doc.path), FileResult(doc.name)
        ld = guarded(result, lambda: load_bytes(i, item, doc.data, result, options, format_options))
        loaded.append(ld if ld is not None else Refused(i, item, result))
    out = []
    done = 0
    for doc, detected in zip(dataset.docs, detect_loaded(
            loaded, options, rules_for(policy, options.rule_files))):
        found = [Span(x.finding.start, x.finding.end, x.finding.category)
                 for batch in detected.batches for x in batch.findings]
        result = detected.result
        done += len(doc.data)
        if progress is not None:
            progress(done, len(out) + 1)
        if result.status in ("error", "skipped"):
            out.append((doc, None, [], f"{doc.name}: {result.status}: {result.error}"))
            continue
        out.append((doc, found, [(s.start, s.end) for s in found], None))
    return out


def evaluate(path: Path, gold_format: str | None = None, *, policy=None, key=None,
             rule_files: Iterable[Path] = (), public_figures: bool = True,
             progress: Callable[[int, int], None] | None = None) -> EvalResult:
    """Load a labelled dataset, scrub it with redact, score the changes."""
    import time

    dataset = load_dataset(path, gold_format)
    result = new_result(dataset, "redact", public_figures=public_figures,
                        lang=getattr(policy, "lang", "auto"),
                        policy_digest=getattr(policy, "digest", None))
    start = time.perf_counter()
    runs = run_redact(dataset, policy=policy, key=key, rule_files=rule_files,
                      public_figures=public_figures, progress=progress)
    result.seconds = round(time.perf_counter() - start, 2)
    for doc, findings, changes, error in runs:
        if error:
            result.errors.append(error)
        result.add_document(doc, findings or [], changes)
    return result
