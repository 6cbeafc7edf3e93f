"""Figures per family and per look-alike kind of a generated set, from the findings and
changes of one system (the scoring of ``redact.evaluate``, split by ``gold.jsonl``'s family).

Protected recall and same-category recall are per family. Precision is per family too: a
finding counts for the family of the gold it overlaps, or else for the family of the turn it
lies in (``turns.jsonl``), where it is wrong; findings elsewhere (speaker labels, timestamps,
a note's header) count as "outside turns", in look-alike and reply turns as "other turns".
The named places and organisations of the writing around the values are gold of the family
"context" (``families.CONTEXT``) and have a row of their own: a finding on one counts there,
as right, whatever turn it lies in.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from redact.evaluate import UNPRECISE, score
from redact.gold import Span

__all__ = ["FamilyCounts", "score_generated"]

OUTSIDE, OTHER = "outside turns", "other turns"


@dataclass
class FamilyCounts:
    gold: int = 0
    protected: int = 0  # inside the union of changes
    overlap: int = 0  # overlapped by a finding of its category
    exact: int = 0
    found: int = 0  # findings counted for this family's precision
    right: int = 0  # of those, findings overlapping a gold span

    def to_dict(self) -> dict:
        ratio = lambda a, b: round(a / b, 4) if b else None  # noqa: E731
        return asdict(self) | {"protected_recall": ratio(self.protected, self.gold),
                               "recall_overlap": ratio(self.overlap, self.gold),
                               "precision": ratio(self.right, self.found)}


def _rows(folder: Path, name: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for line in (folder / name).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out.setdefault(row["file"], []).append(row)
    return out


def score_generated(folder: Path, outputs: dict[str, tuple[list[Span], list[tuple[int, int]]]]
                    ) -> dict:
    """``outputs``: per file name, a system's findings and the ranges it changed. Returns
    ``{"families": {family: counts}, "lookalikes": {kind: {spans, touched, rate}}}``."""
    gold, notpii, turns = (_rows(folder, n) for n in ("gold.jsonl", "notpii.jsonl", "turns.jsonl"))
    families: dict[str, FamilyCounts] = {}
    looks: dict[str, dict] = {}
    for file, (findings, changes) in outputs.items():
        rows = gold.get(file, [])
        by_family: dict[str, list[Span]] = {}
        for r in rows:
            by_family.setdefault(str(r["family"]), []).append(Span(r["start"], r["end"], r["label"]))
        for family, spans in by_family.items():
            c = families.setdefault(family, FamilyCounts())
            for counts in score(spans, findings, changes).values():
                c.gold += counts.gold
                c.protected += counts.gold_protected
                c.overlap += counts.gold_overlap
                c.exact += counts.gold_exact
        for f in findings:
            if f.label in UNPRECISE:
                continue
            hit = next((str(r["family"]) for r in rows if r["start"] < f.end and f.start < r["end"]), None)
            turn = next((t for t in turns.get(file, []) if t["start"] <= f.start < t["end"]), None)
            family = hit or (OUTSIDE if turn is None else
                             OTHER if turn["family"] is None else str(turn["family"]))
            c = families.setdefault(family, FamilyCounts())
            c.found += 1
            c.right += hit is not None
        for r in notpii.get(file, []):
            k = looks.setdefault(r["kind"], {"spans": 0, "touched": 0})
            k["spans"] += 1
            k["touched"] += any(a < r["end"] and r["start"] < b for a, b in changes)
    for k in looks.values():
        k["rate"] = round(k["touched"] / k["spans"], 4)
    order = lambda name: (not name.isdigit(), name)  # noqa: E731
    return {"families": {f: families[f].to_dict() for f in sorted(families, key=order)},
            "lookalikes": dict(sorted(looks.items()))}
