"""Labelled data: three gold formats read into one shape, a :class:`Dataset` of :class:`Doc`.

The project's own dev folders (``ours``: files plus ``gold.jsonl`` and ``notpii.jsonl``),
presidio-research JSON (``presidio-research``) and span JSON Lines (``spans-jsonl``, as
factRuEval converted). Each gold label maps to a category; labels mapped to nothing are *left
out*: their spans are not scored, and a finding that overlaps only left-out spans is not
counted against precision. Nothing here records a value beyond the documents themselves.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from redact.errors import RedactError, UsageError
from redact.records import CATEGORIES

__all__ = [
    "GOLD_FORMATS", "PRESIDIO_LABELS", "SPANS_LABELS", "NOT_PII", "Span", "Doc", "Dataset",
    "guess_gold_format", "load_dataset", "load_ours", "load_presidio_research",
    "load_spans_jsonl",
]

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
