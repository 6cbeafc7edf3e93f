"""Found once, replaced everywhere: a strong value found in one document of a run is that
value wherever else the run writes it.

The refiner links within a document: names word by word, and (``link_phrases``) values
of more than one word, identifiers and secrets whole. Across documents only what stands
for itself is linked: an identifier, an email, a phone, a handle a rule or a speaker slot
found, a full name. A name caught in one file and missed in another would otherwise leak there. A
linked finding's seed is its own occurrence: the fingerprint a report gives it is the
fingerprint of the same value where it was found. What a cue named ("паспорт: 1378
387828") keeps its category where the value is said again bare, over what its shape alone
suggested there (a phone): one value, one tag.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from redact.detect.checks import NER_DETECTORS, WORD
from redact.detect.cues import CUE_PREFIX
from redact.detect.literals import find_phrases
from redact.detect.overlaps import SPECIFIC
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
_NONE: list[tuple[Finding, int]] = []  # what the many texts without a phrase share
_SHORTEST = 6  # "S9796361", "savery"; shorter values are too often something else
_SHORTEST_HANDLE = 4  # "jwest": a handle no language writes as a word is no word elsewhere


def _strong(value: str, f: Finding) -> bool:
    if "\n" in value:
        return False
    if f.category == "PERSON":  # a full name, not one word NER or linking guessed
        return f.detector != "linked" and len(WORD.findall(value)) > 1
    if not _stands_for_itself(f) or f.detector in NER_DETECTORS:
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
                held = values.get(value)
                if (held is None or _rank(f) > _rank(held)) and _strong(value, f):
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
                source = values[m.group()]
                inside = [f for f in kept if f.start < m.end() and m.start() < f.end]
                if all(_holds(seg.text, m.start(), m.end(), f)
                       or _gives_way(f, source, m.start(), m.end()) for f in inside):
                    kept = [f for f in kept if f not in inside]
                    extra.append(_linked(source, m.start(), m.end(), i))
            linked.append(SegmentResult(sr.language, kept + extra, sr.ner, sr.timeout)
                          if extra else sr)
        out.append(linked)
    return out


def _holds(text: str, start: int, end: int, f: Finding) -> bool:
    """Whether a value said again at ``start:end`` holds ``f`` whole as one of its words:
    the first name found in "jeffrey.norris" is part of the handle."""
    return (start <= f.start and f.end <= end and f.end - f.start < end - start
            and len(WORD.findall(text[f.start:f.end])) == 1)


def _rank(f: Finding) -> int:
    """How well a finding knows what its value is: a cue named it (2), another rule found
    it (1), NER, the name lexicon or a link read it (0)."""
    return 2 if f.detector.startswith(CUE_PREFIX) else int(_by_rule(f))


def _more_specific(f: Finding, source: Finding) -> bool:
    """Whether ``f`` says more of its value than the cue of ``source`` did: a card's
    checksum more than "номер карты" naming some personal number (OTHER)."""
    return source.category == "OTHER" and f.category in SPECIFIC


def _gives_way(f: Finding, source: Finding, start: int, end: int) -> bool:
    """Whether ``f``, at the span of a value ``source`` is linked from, yields to it: the
    value a cue named, read elsewhere by its shape alone as something else."""
    return ((f.start, f.end) == (start, end) and f.category != source.category
            and _rank(source) == 2 > _rank(f) and not _more_specific(f, source))


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
                    f.category in _WHOLE_IN_A_DOCUMENT or _named_id(f)
                    or f.category == "USERNAME" and len(WORD.findall(value)) > 1):
                held = phrases.get(value)
                if held is None or _rank(f) > _rank(held):
                    phrases[value] = f if f.seed else replace(f, seed=(i, f.start, f.end))
    if not phrases:
        return found
    named = {v: _rank(f) for v, f in phrases.items()}
    longest_first = sorted(phrases, key=len, reverse=True)
    matches: dict[str, list[tuple[Finding, int]]] = {}
    out = []
    for seg, fs in zip(segments, found):
        candidates = matches.get(seg.text)
        if candidates is None:
            candidates = matches[seg.text] = [
                (_copy(phrases[p], start, start + len(p)), named[p])
                for start, p in find_phrases(seg.text, longest_first)] or _NONE
        out.append(_around(seg.text, fs, candidates) if candidates else fs)
    return out


def _named_id(f: Finding) -> bool:
    """A number a cue named as a person's ("MR no. 0084642", "patient ID 0049213"): it
    stands for itself as an identifier does, though OTHER holds what does not (a UUID)."""
    return f.category == "OTHER" and f.detector.startswith(CUE_PREFIX)


def _stands_for_itself(f: Finding) -> bool:
    return f.category in STANDS_FOR_ITSELF or _named_id(f)


def _by_rule(f: Finding) -> bool:
    """Whether a rule found ``f``, by what is said of it or by a first name it knows (the
    name lexicon): not NER's reading of its words, not a link."""
    return f.detector not in NER_DETECTORS and f.detector != "linked"


def _copy(source: Finding, start: int, end: int) -> Finding:
    """Another occurrence of what ``source`` found, with its seed: where ``source`` is."""
    return Finding(start, end, source.entity, source.category, source.score, "linked",
                   source.seed)


def _around(text: str, found: list[Finding],
            candidates: list[tuple[Finding, int]]) -> list[Finding]:
    """``found`` with the candidates that overlap nothing found, or only what they hold:
    single words inside them ("Amber Jones" said again holds the "Amber" a first name found
    there; the overlap resolves to the whole value) and, where a rule named the value
    (``named``, ``_rank``: "the name is Amber Jones"), what NER or the name lexicon read
    of the same words as another category, which gives way ("Amber Jones, yes" read as a
    company is that person), as does any other reading of a value a cue named ("паспорт:
    1378 387828" said again is no phone). A reading of more words keeps its own span."""
    out = list(found)
    for c, named in candidates:
        over = [f for f in out if f.start < c.end and c.start < f.end]
        other = [f for f in over if named and (f.start, f.end) == (c.start, c.end)
                 and f.category != c.category and (f.detector in _GUESSES or named > _rank(f)
                                                   and named == 2 and not _more_specific(f, c))]
        rest = [f for f in over if f not in other]
        if any((f.start, f.end) == (c.start, c.end) for f in rest):  # found as what it is
            out = [f for f in out if f not in other]
        elif all(_holds(text, c.start, c.end, f) for f in rest):
            out = [f for f in out if f not in other] + [c]
    return out
