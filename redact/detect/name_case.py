"""A document's own case says whether a word is a name there.

A name is capitalised wherever it is written mid-sentence; a common noun is capitalised only
where a line or a sentence opens with it ("Paddy card: ..."), and takes an article elsewhere
("the paddy card", "a bag of the paddy"). A one-word name that the lexicon, NER or linking
read in a word the document writes so is the noun in every occurrence, the line-opening one
included; only what names it stays a name (a kin word or a title right before it: "my meme
hilary", "the miner's wife deliverance").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from redact.detect.checks import NER_DETECTORS, word_before
from redact.detect.wordlike import opens_sentence
from redact.records import Finding, Segment, SegmentKind

__all__ = ["nouns_by_case"]

_READINGS = NER_DETECTORS | {"name_lexicon", "linked"}  # readings of a word, not of a cue
_LATIN_WORD = re.compile(r"[A-Za-zß-öø-ÿā-ž]{3,}")
# a determiner right before a word: a noun follows it, a name does not ("the paddy")
_DETERMINER = re.compile(r"(?<![^\s(])(?i:the|a|an|this|that|these|those|some|any|no)[ \t]+$")


def nouns_by_case(segments: list[Segment], found: list[list[Finding]],
                  cues: Collection[str]) -> list[list[Finding]]:
    """``found`` without the one-word names read in words the document writes as common
    nouns: in lowercase after a determiner somewhere, and capitalised nowhere but where a
    sentence or a line opens; a name right after one of ``cues`` (kin words, titles) stays."""
    words = {value.casefold() for seg, fs in zip(segments, found) if seg.kind != SegmentKind.SPEAKER
             for f in fs if f.category == "PERSON" and f.detector in _READINGS
             and _LATIN_WORD.fullmatch(value := seg.text[f.start:f.end])}
    if not words:
        return found
    texts = list(dict.fromkeys(seg.text for seg in segments if seg.kind != SegmentKind.SPEAKER))
    nouns = {w for w in words if _written_as_noun(texts, w)}
    if not nouns:
        return found
    return [[f for f in fs if not (
        seg.kind != SegmentKind.SPEAKER and f.detector in _READINGS
        and seg.text[f.start:f.end].casefold() in nouns and word_before(seg.text, f.start) not in cues)]
        if fs else fs for seg, fs in zip(segments, found)]


def _written_as_noun(texts: list[str], word: str) -> bool:
    if word.isascii() and not any(word in text for text in texts):
        return False  # never written in lowercase, so never after a determiner
    pattern = re.compile(r"(?<![\w'’@./-])" + re.escape(word) + r"(?![\w'’@-])", re.IGNORECASE)
    after_determiner = False
    for text in texts:
        if word not in text.casefold():
            continue
        for m in pattern.finditer(text):
            written = m.group()
            if written.islower():
                after_determiner = after_determiner or (
                    _DETERMINER.search(text, max(0, m.start() - 8), m.start()) is not None)
            elif not written.isupper() and not opens_sentence(text, m.start()):
                return False  # capitalised mid-sentence: a name somewhere in the document
    return after_determiner
