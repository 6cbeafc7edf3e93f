"""Found once, replaced everywhere: a strong value found in one document of a run is that
value wherever else the run writes it.

The refiner links within a document: names word by word, and (``link_phrases``) values
of more than one word, identifiers and secrets whole. Across documents only what stands
for itself is linked: an identifier, an email, a phone, a handle a rule or a speaker slot
found, a full name. A name caught in one file and missed in another would otherwise leak there. A
linked finding's seed is its own occurrence: the fingerprint a report gives it is the
fingerprint of the same value where it was found.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from redact.detect.checks import NER_DETECTORS, WORD
from redact.detect.literals import find_phrases
from redact.detect.wordlike import zipf
from redact.records import Finding, Segment, SegmentResult

__all__ = ["NAMES", "STANDS_FOR_ITSELF", "link_phrases", "link_run"]

# what the refiner links within a document word by word, and whole where it has more words
NAMES = frozenset({"PERSON", "USERNAME", "ORGANIZATION", "LOCATION"})

# categories whose value is the same thing wherever the same characters stand
STANDS_FOR_ITSELF = {"SECRET", "EMAIL", "PHONE", "GOV_ID", "CREDIT_CARD", "IBAN", "BANK_ACCOUNT",
                      "IP_ADDRESS", "MAC_ADDRESS", "CRYPTO_WALLET", "USERNAME"}
# within a document, a handle is a word, linked with the names, unless it has more words
_WHOLE_IN_A_DOCUMENT = STANDS_FOR_ITSELF - {"USERNAME"}
_GUESSES = NER_DETECTORS | {"name_lexicon"}  # readings of words, not of what is said of them
_NONE: list[tuple[Finding, bool]] = []  # what the many texts without a phrase share
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


def link_phrases(segments: Sequence[Segment], found: list[list[Finding]]) -> list[list[Finding]]:
    """Within one document: multi-word values ("Halden Freight"), secrets, identifiers and
    handles of more than one word ("robert.tucker") stand for themselves wherever written: a
    password found after "PASSWORD:" is the same password inside a URL, a passport number
    named once is that number when said again bare."""
    phrases: dict[str, Finding] = {}
    for i, (seg, fs) in enumerate(zip(segments, found)):
        for f in fs:
            value = seg.text[f.start:f.end]
            if "\n" in value:
                continue
            if f.category in NAMES and " " in value.strip() or len(value) >= _SHORTEST and (
                    f.category in _WHOLE_IN_A_DOCUMENT
                    or f.category == "USERNAME" and len(WORD.findall(value)) > 1):
                held = phrases.get(value)
                if held is None or not _by_rule(held) and _by_rule(f):
                    phrases[value] = f if f.seed else replace(f, seed=(i, f.start, f.end))
    if not phrases:
        return found
    named = {v for v, f in phrases.items() if _by_rule(f)}
    longest_first = sorted(phrases, key=len, reverse=True)
    matches: dict[str, list[tuple[Finding, bool]]] = {}
    out = []
    for seg, fs in zip(segments, found):
        candidates = matches.get(seg.text)
        if candidates is None:
            candidates = matches[seg.text] = [
                (_copy(phrases[p], start, start + len(p)), p in named)
                for start, p in find_phrases(seg.text, longest_first)] or _NONE
        out.append(_around(seg.text, fs, candidates) if candidates else fs)
    return out


def _by_rule(f: Finding) -> bool:
    """Whether a rule found ``f``, by what is said of it or by a first name it knows (the
    name lexicon): not NER's reading of its words, not a link."""
    return f.detector not in NER_DETECTORS and f.detector != "linked"


def _copy(source: Finding, start: int, end: int) -> Finding:
    """Another occurrence of what ``source`` found, with its seed: where ``source`` is."""
    return Finding(start, end, source.entity, source.category, source.score, "linked",
                   source.seed)


def _around(text: str, found: list[Finding],
            candidates: list[tuple[Finding, bool]]) -> list[Finding]:
    """``found`` with the candidates that overlap nothing found, or only what they hold:
    single words inside them ("Amber Jones" said again holds the "Amber" a first name found
    there; the overlap resolves to the whole value) and, where a rule named the value
    (``named``, ``_by_rule``: "the name is Amber Jones"), what NER or the name lexicon read
    of the same words as another category, which gives way ("Amber Jones, yes" read as a
    company is that person). A reading of more words keeps its own span."""
    out = list(found)
    for c, named in candidates:
        over = [f for f in out if f.start < c.end and c.start < f.end]
        other = [f for f in over if named and (f.start, f.end) == (c.start, c.end)
                 and f.detector in _GUESSES and f.category != c.category]
        rest = [f for f in over if f not in other]
        if any((f.start, f.end) == (c.start, c.end) for f in rest):  # found as what it is
            out = [f for f in out if f not in other]
        elif all(_holds(text, c.start, c.end, f) for f in rest):
            out = [f for f in out if f not in other] + [c]
    return out
