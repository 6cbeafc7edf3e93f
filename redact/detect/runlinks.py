"""Found once, replaced everywhere: a strong value found in one document of a run is that
value wherever else the run writes it.

The refiner links within a document. Across documents only what stands for itself is
linked: an identifier, an email, a phone, a handle a rule or a speaker slot found, a full
name. A name caught in one file and missed in another would otherwise leak there. A
linked finding's seed is its own occurrence: the fingerprint a report gives it is the
fingerprint of the same value where it was found.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from redact.detect.checks import NER_DETECTORS, WORD
from redact.detect.wordlike import zipf
from redact.records import Finding, Segment, SegmentResult

__all__ = ["STANDS_FOR_ITSELF", "link_run"]

# categories whose value is the same thing wherever the same characters stand
STANDS_FOR_ITSELF = {"SECRET", "EMAIL", "PHONE", "GOV_ID", "CREDIT_CARD", "IBAN", "BANK_ACCOUNT",
                      "IP_ADDRESS", "MAC_ADDRESS", "CRYPTO_WALLET", "USERNAME"}
_SHORTEST = 6  # "S9796361", "savery"; shorter values are too often something else
_SHORTEST_HANDLE = 4  # "jwest": a handle no language writes as a word is no word elsewhere


def _strong(value: str, f: Finding) -> bool:
    if "\n" in value:
        return False
    if f.category == "PERSON":  # a full name, not one word NER or linking guessed
        return f.detector != "linked" and len(WORD.findall(value)) > 1
    if f.category not in STANDS_FOR_ITSELF or f.detector in NER_DETECTORS:
        return False
    return len(value) >= _SHORTEST or (
        f.category == "USERNAME" and len(value) >= _SHORTEST_HANDLE
        and not any(zipf(value.casefold(), lang) for lang in ("en", "ru")))


def link_run(documents: Sequence[Sequence[Segment]],
             results: list[list[SegmentResult]]) -> list[list[SegmentResult]]:
    """``results`` (one list of segment results per document) with every other whole
    occurrence of a strong value of any document added as a linked finding."""
    values: dict[str, Finding] = {}
    for segs, found in zip(documents, results):
        for seg, sr in zip(segs, found):
            for f in sr.findings:
                value = seg.text[f.start:f.end]
                if value not in values and _strong(value, f):
                    values[value] = f
    if not values:
        return results
    # a named list matches the longest of many values at once, not each in turn
    pattern = regex.compile(r"(?<![\w@.-])\L<values>(?![\w@-]|\.\w)", values=list(values))
    out = []
    for segs, found in zip(documents, results):
        linked = []
        for i, (seg, sr) in enumerate(zip(segs, found)):
            kept, extra = sr.findings, []
            for m in pattern.finditer(seg.text):
                inside = [f for f in kept if f.start < m.end() and m.start() < f.end]
                if all(_holds(seg.text, m.start(), m.end(), f) for f in inside):
                    kept = [f for f in kept if f not in inside]
                    extra.append(_linked(values[m.group()], m.start(), m.end(), i))
            linked.append(SegmentResult(sr.language, kept + extra, sr.ner, sr.timeout)
                          if extra else sr)
        out.append(linked)
    return out


def _holds(text: str, start: int, end: int, f: Finding) -> bool:
    """Whether a value said again at ``start:end`` holds ``f`` whole as one of its words:
    the first name found in "jeffrey.norris" is part of the handle."""
    return (start <= f.start and f.end <= end and f.end - f.start < end - start
            and len(WORD.findall(text[f.start:f.end])) == 1)


def _linked(source: Finding, start: int, end: int, index: int) -> Finding:
    return Finding(start, end, source.entity, source.category, source.score, "linked",
                   (index, start, end))
