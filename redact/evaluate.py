"""Detection quality against labelled data: gold loaders, the metrics, one scored run.

Three gold formats are read into one shape (a :class:`Dataset` of :class:`Doc`): the project's
own dev folders (``ours``: files plus ``gold.jsonl`` and ``notpii.jsonl``), presidio-research
JSON (``presidio-research``) and span JSON Lines (``spans-jsonl``, as factRuEval converted).
Each gold label maps to a category; labels mapped to nothing are *left out*: their spans are
not scored, and a finding that overlaps only left-out spans is not counted against precision.

:func:`run_redact` runs the real scrub pipeline on a dataset (in a temporary folder) and takes
the report's changes as findings; :func:`score` turns gold spans and findings into
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

import hashlib
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from redact.detect.findings import CATEGORIES
from redact.errors import RedactError, UsageError

__all__ = [
    "GOLD_FORMATS", "PRESIDIO_LABELS", "SPANS_LABELS", "Span", "Doc", "Dataset", "Counts",
    "EvalResult", "load_dataset", "load_ours", "load_presidio_research", "load_spans_jsonl",
    "score", "run_redact", "evaluate", "guess_gold_format", "PRECISION_NOTE",
]

SCHEMA = "redact.eval/1"
GOLD_FORMATS = ("ours", "presidio-research", "spans-jsonl")

# presidio-research entity types -> categories; None: left out (not scored)
PRESIDIO_LABELS: dict[str, str | None] = {
    "PERSON": "PERSON", "STREET_ADDRESS": "ADDRESS", "ZIP_CODE": "ADDRESS", "GPE": "LOCATION",
    "ORGANIZATION": "ORGANIZATION", "PHONE_NUMBER": "PHONE", "EMAIL_ADDRESS": "EMAIL",
    "CREDIT_CARD": "CREDIT_CARD", "IBAN_CODE": "IBAN", "US_SSN": "GOV_ID",
    "US_DRIVER_LICENSE": "GOV_ID", "IP_ADDRESS": "IP_ADDRESS", "DOMAIN_NAME": "URL",
    "TITLE": None, "AGE": None, "NRP": None, "DATE_TIME": None,
}
# factRuEval labels (spans-jsonl) -> categories
SPANS_LABELS: dict[str, str | None] = {
    "Person": "PERSON", "Location": "LOCATION", "LocOrg": "LOCATION", "Org": "ORGANIZATION",
    "Project": None, "Facility": None,
}
OURS_META = {"gold.jsonl", "notpii.jsonl", "manifest.json"}
NOT_PII = "NOT_PII"
UNPRECISE = ("DATE_TIME",)  # findings of these categories are left out of precision

PRECISION_NOTE = ("precision: a finding is right when it overlaps a gold span of any in-scope "
                  "label; DATE_TIME findings and findings overlapping only left-out labels are "
                  "not counted. recall and exact matches need the same category. protected: "
                  "gold spans fully inside the union of changes, any category.")


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    label: str  # a category (gold after mapping, or a finding's category)

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class Doc:
    """One document: its text, gold spans (mapped), left-out and not-PII spans."""

    id: str
    name: str  # the file name scrubbed (neutral for generated files)
    text: str
    gold: list[Span] = field(default_factory=list)
    ignored: list[Span] = field(default_factory=list)  # gold of left-out labels
    notpii: list[Span] = field(default_factory=list)
    path: Path | None = None  # the source file, when the dataset is files (``ours``)
    data: bytes | None = None  # the bytes scrubbed


@dataclass
class Dataset:
    name: str
    gold_format: str
    docs: list[Doc]
    left_out: dict[str, int] = field(default_factory=dict)  # left-out label -> gold spans
    warnings: list[str] = field(default_factory=list)
    format: str | None = None  # the input format to force ("text" for generated files)
    has_notpii: bool = False


# -- loaders ---------------------------------------------------------------------------------

def guess_gold_format(path: Path) -> str:
    if path.is_dir():
        return "ours"
    if path.suffix == ".jsonl":
        return "spans-jsonl"
    if path.suffix == ".json":
        return "presidio-research"
    raise UsageError(f"{path}: cannot tell the gold format; give --gold-format "
                     f"({'|'.join(GOLD_FORMATS)})")


def load_dataset(path: Path, gold_format: str | None = None) -> Dataset:
    gold_format = gold_format or guess_gold_format(path)
    if gold_format == "ours":
        return load_ours(path)
    if gold_format == "presidio-research":
        return load_presidio_research(path)
    if gold_format == "spans-jsonl":
        return load_spans_jsonl(path)
    raise UsageError(f"unknown gold format {gold_format!r} (known: {', '.join(GOLD_FORMATS)})")


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise UsageError(f"{path}: cannot read ({err.strerror})") from None
    for n, line in enumerate(lines, start=1):
        if line.strip():
            try:
                yield n, json.loads(line)
            except json.JSONDecodeError as err:
                raise UsageError(f"{path}:{n}: not valid JSON ({err.msg})") from None


def _map(label: str, mapping: dict[str, str | None] | None, where: str,
         warnings: list[str]) -> str | None:
    """A gold label's category; None when left out (an unknown label is left out with a warning)."""
    if mapping is None:
        if label in CATEGORIES:
            return label
    elif label in mapping:
        return mapping[label]
    warnings.append(f"{where}: unknown label {label!r} left out")
    return None


def _check_text(doc_text: str, start: int, end: int, expected: str | None, where: str,
                warnings: list[str]) -> bool:
    if not (0 <= start < end <= len(doc_text)):
        warnings.append(f"{where}: span [{start}, {end}) outside the text; dropped")
        return False
    if expected is not None and doc_text[start:end] != expected:
        warnings.append(f"{where}: span [{start}, {end}) does not hold its gold text")
    return True


def _add_span(doc: Doc, start: int, end: int, label: str,
              mapping: dict[str, str | None] | None, dataset: Dataset, where: str,
              expected: str | None) -> None:
    if not _check_text(doc.text, start, end, expected, where, dataset.warnings):
        return
    category = _map(label, mapping, where, dataset.warnings)
    if category is None:
        doc.ignored.append(Span(start, end, label))
        dataset.left_out[label] = dataset.left_out.get(label, 0) + 1
    else:
        doc.gold.append(Span(start, end, category))


def _finish(dataset: Dataset) -> Dataset:
    for doc in dataset.docs:  # a span listed twice is one span
        doc.gold = sorted(set(doc.gold))
        doc.ignored = sorted(set(doc.ignored))
        doc.notpii = sorted(set(doc.notpii))
    return dataset


def load_ours(folder: Path) -> Dataset:
    """A folder of files with ``gold.jsonl`` ({file, start, end, label, text}; offsets into
    the decoded, repaired text) and optional ``notpii.jsonl``; files are those of
    ``manifest.json`` when present, else every file but those three."""
    from redact.text_io import decode

    if not (folder / "gold.jsonl").is_file():
        raise UsageError(f"{folder}: not an 'ours' dataset (no gold.jsonl)")
    manifest = folder / "manifest.json"
    if manifest.is_file():
        names = sorted(f["file"] for f in json.loads(manifest.read_text(encoding="utf-8"))["files"])
    else:
        names = sorted(p.name for p in folder.iterdir()
                       if p.is_file() and p.name not in OURS_META and not p.name.startswith("."))
    dataset = Dataset(folder.name, "ours", [], has_notpii=(folder / "notpii.jsonl").is_file())
    by_name: dict[str, Doc] = {}
    for name in names:
        data = (folder / name).read_bytes()
        try:
            text = decode(data).text
        except RedactError as err:  # scored as all missed; the scrub reports the error too
            dataset.warnings.append(f"{name}: cannot decode ({err})")
            text = ""
        doc = Doc(name, name, text, path=folder / name, data=data)
        dataset.docs.append(doc)
        by_name[name] = doc
    for kind in ("gold", "notpii"):
        path = folder / f"{kind}.jsonl"
        if not path.is_file():
            continue
        for n, row in _read_jsonl(path):
            where = f"{path.name}:{n}"
            doc = by_name.get(row["file"])
            if doc is None:
                dataset.warnings.append(f"{where}: file {row['file']!r} is not in the dataset")
                continue
            start, end = int(row["start"]), int(row["end"])
            if kind == "notpii" or row["label"] == NOT_PII:
                if _check_text(doc.text, start, end, row.get("text"), where, dataset.warnings):
                    doc.notpii.append(Span(start, end, NOT_PII))
            else:
                _add_span(doc, start, end, row["label"], None, dataset, where, row.get("text"))
    return _finish(dataset)


def _doc_name(i: int, total: int) -> str:
    return f"{i:0{max(4, len(str(total)))}d}.txt"


def load_presidio_research(path: Path,
                           mapping: dict[str, str | None] = PRESIDIO_LABELS) -> Dataset:
    """presidio-research JSON: ``[{full_text, spans: [{entity_type, entity_value,
    start_position, end_position}]}]``; each sample becomes a plain text file."""
    try:
        samples = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise UsageError(f"{path}: cannot read presidio-research JSON ({err})") from None
    if not isinstance(samples, list):
        raise UsageError(f"{path}: presidio-research JSON is a list of samples")
    dataset = Dataset(path.stem, "presidio-research", [], format="text")
    for i, sample in enumerate(samples, start=1):
        doc = Doc(str(i), _doc_name(i, len(samples)), sample["full_text"])
        for s in sample.get("spans") or []:
            _add_span(doc, int(s["start_position"]), int(s["end_position"]), s["entity_type"],
                      mapping, dataset, f"sample {i}", s.get("entity_value"))
        dataset.docs.append(doc)
    return _finish(dataset)


def load_spans_jsonl(path: Path, mapping: dict[str, str | None] = SPANS_LABELS) -> Dataset:
    """JSON Lines of ``{id, text, spans: [{start, end, label, text}]}``; labels map through
    ``mapping`` (factRuEval's by default), or must be categories when it is None."""
    dataset = Dataset(path.stem, "spans-jsonl", [], format="text")
    rows = list(_read_jsonl(path))
    for i, (n, row) in enumerate(rows, start=1):
        doc = Doc(str(row.get("id", n)), _doc_name(i, len(rows)), row["text"])
        for s in row.get("spans") or []:
            label = s["label"]
            use = mapping if mapping is None or label in mapping or label not in CATEGORIES else None
            _add_span(doc, int(s["start"]), int(s["end"]), label, use, dataset,
                      f"{path.name}:{n}", s.get("text"))
        dataset.docs.append(doc)
    return _finish(dataset)


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

def _findings_from_changes(changes) -> list[Span]:
    """Report changes as findings. A span split around structure (a quote prefix, a speaker
    label) is written as the label, then "" for the later parts: those join the first."""
    out: list[Span] = []
    last = None
    for c in sorted(changes, key=lambda c: c.start):
        if last is not None and c.replacement == "" and last.replacement != "" \
                and c.label == last.label and c.category == last.category:
            out[-1] = Span(out[-1].start, c.end, c.category)
        else:
            out.append(Span(c.start, c.end, c.category))
        last = c
    return out


def run_redact(dataset: Dataset, *, policy=None, key=None, rule_files: Iterable[Path] = (),
               public_figures: bool = True,
               progress: Callable[[int, int], None] | None = None,
               ) -> list[tuple[Doc, list[Span] | None, list[tuple[int, int]], str | None]]:
    """Scrub every document of the dataset in one run (temporary folder); per document its
    findings (None when the file was in error), its changes, and the error."""
    from redact.config import Policy
    from redact.keys import load_key
    from redact.pipeline import ScrubOptions, scrub

    policy = policy or Policy()
    key = key or load_key(None, required=False)
    with tempfile.TemporaryDirectory(prefix="redact-eval-") as tmp:
        work = Path(tmp)
        (work / "in").mkdir()
        inputs: list[str] = []
        for doc in dataset.docs:
            if doc.path is not None:
                inputs.append(str(doc.path))
                if doc.data is None:
                    doc.data = doc.path.read_bytes()
            else:
                doc.data = doc.text.encode("utf-8")
                (work / "in" / doc.name).write_bytes(doc.data)
        if any(doc.path is None for doc in dataset.docs):
            inputs.append(str(work / "in"))
        if not public_figures:
            policy = policy.with_overrides(public_figures=False)
        report = scrub(inputs, ScrubOptions(outdir=work / "out", policy=policy, format=dataset.format,
                                            key=key, progress=progress, rule_files=list(rule_files)))
    by_sha: dict[str, object] = {}
    for f in report.files:
        if f.input_sha256:
            by_sha.setdefault(f.input_sha256, f)
    out = []
    for doc in dataset.docs:
        result = by_sha.get(hashlib.sha256(doc.data).hexdigest())
        if result is None or result.status in ("error", "skipped"):
            reason = "not in the report" if result is None else f"{result.status}: {result.error}"
            out.append((doc, None, [], f"{doc.name}: {reason}"))
            continue
        changes = list(result.changes)
        out.append((doc, _findings_from_changes(changes), [(c.start, c.end) for c in changes], None))
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
