"""What a whole document says of a word NER read as a name: where else and how it writes
it. A sentence capitalises the word it opens with, a name is capitalised wherever it
stands; things take articles and are written in lowercase too, people are not.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import lru_cache

import regex

from redact.detect import codecache
from redact.detect.checks import (
    NAME_CATEGORIES, NAME_PARTICLES, NER_DETECTORS, WORD, is_country, without_article)
from redact.detect.wordlike import (
    is_first_name, is_named_by_its_thing, is_word_a_sentence_opens_with, opens_sentence,
    written_as_things)
from redact.records import Finding, Segment, SegmentKind

__all__ = ["capitalised_elsewhere", "named_things", "things_named_by_their_noun", "without_things"]

# up to four capitalised words right before a thing's noun, a dash between them allowed
_BEFORE_HEAD = codecache.compile(r"(?:(?<![\w'’-])\p{Lu}[\p{L}\p{M}\d'’-]*[ \t]+){1,4}(?:-[ \t]+)?$")
_CAPITALISED = codecache.compile(r"\p{Lu}[\p{L}\p{M}\d'’-]*")
# words a sentence opens with before a name: no part of it ("The Springer mike")
_OPENERS = frozenset({"the", "a", "an", "our", "your", "their", "my", "this", "that", "these",
                      "those", "so", "and", "but", "or", "then", "well", "yeah", "oh", "okay", "ok"})
# a capitalised word and a joining word before a run: the run ends a longer name
_NAME_GOES_ON = codecache.compile(r"\p{Lu}[\p{L}\p{M}'’-]*[ \t]+\L<particles>[ \t]+$",
                              particles=NAME_PARTICLES)


def capitalised_elsewhere(segments: list[Segment], found: list[list[Finding]],
                           first_names: set[str]) -> list[list[Finding]]:
    """NER's common word opening a sentence ("Invoice", "Коллеги", "Um") is kept only where
    the document also writes it capitalised mid-sentence and never in lowercase: a name is
    capitalised wherever it stands, a word only where a sentence opens with it."""
    openers = {seg.text[f.start:f.end] for seg, fs in zip(segments, found) for f in fs
               if is_word_a_sentence_opens_with(seg.text, f, first_names)}
    if not openers:
        return found
    texts = list(dict.fromkeys(seg.text for seg in segments))
    named = set()
    for word in openers:  # capitalised mid-sentence somewhere, and never in lowercase
        pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.IGNORECASE)
        seen = [m for text in texts if word.casefold() in text.casefold()
                for m in pattern.finditer(text)]
        if all(not m.group().islower() for m in seen) and any(
                m.group()[:1].isupper() and not opens_sentence(m.string, m.start()) for m in seen):
            named.add(word)
    return [[f for f in fs if seg.text[f.start:f.end] not in openers - named
             or not is_word_a_sentence_opens_with(seg.text, f, first_names)] if fs else fs
            for seg, fs in zip(segments, found)]


def named_things(segments: list[Segment], found: list[list[Finding]], first_names: Collection[str],
                 ambiguous: Collection[str], places: Collection[str], *,
                 lowercase: bool) -> list[list[Finding]]:
    """A one-word name that NER alone read, no country and no first name but one that is
    a word too, is a thing wherever the document writes it as one (``written_as_things``):
    the tools, corpora and methods a meeting talks about ("the Aurora baseline", "a Bayes
    net"). Every NER reading of that word goes; a full name holding it still links it."""
    words = {word for seg, fs in zip(segments, found) if seg.kind != SegmentKind.SPEAKER
             for f in fs if f.detector in NER_DETECTORS and f.category in NAME_CATEGORIES
             and (word := without_article(seg.text[f.start:f.end])).isascii()
             and word[:1].isupper() and WORD.fullmatch(word)
             and not is_country([word], places)
             and (word.casefold() in ambiguous
                  or not is_first_name(word, first_names, abroad=False))}
    if not words:
        return found
    # what a longer finding holds is no evidence: once replaced, a second run could not
    # read it ("the Nexus AI Chat Importer", then "Nexus" alone)
    text = "\n".join(dict.fromkeys(_outside_longer(seg.text, fs) for seg, fs in zip(segments, found)
                                    if seg.kind != SegmentKind.SPEAKER))
    things = written_as_things(text, words, () if lowercase else {  # "will" says nothing of "Will"
        w for w in words if w.casefold() not in ambiguous})
    if not things:
        return found
    return [[f for f in fs if seg.kind == SegmentKind.SPEAKER or f.detector not in NER_DETECTORS
             or without_article(seg.text[f.start:f.end]) not in things] if fs else fs
            for seg, fs in zip(segments, found)]


def _outside_longer(text: str, found: list[Finding]) -> str:
    """``text`` with what its findings of more than one word cover blanked out."""
    for f in found:
        if not WORD.fullmatch(without_article(text[f.start:f.end])):
            text = text[:f.start] + "\0" * (f.end - f.start) + text[f.end:]
    return text


def things_named_by_their_noun(texts: Iterable[str], heads: Collection[str],
                               first_names: Collection[str]) -> set[str]:
    """The names the texts write right before a noun for a made thing, as
    ``is_named_by_its_thing`` reads them ("our Broadcast News system" gives "Broadcast
    News"): what one sentence says a name is, it is wherever else it stands. Not a first
    name ("the Mel scale" is a thing there, Mel elsewhere may be someone), not one word
    ending a longer run ("HTK" of "the Aurora HTK system") and not the end of a longer
    name ("Edinburgh" of "a Duke of Edinburgh award"): those may be someone or somewhere."""
    pattern = _heads(frozenset(heads))
    things: set[str] = set()
    for text in texts:
        for head in pattern.finditer(text):
            before = _BEFORE_HEAD.search(text, max(0, head.start() - 80), head.start())
            if before is None or _NAME_GOES_ON.search(
                    text, max(0, before.start() - 40), before.start()) is not None:
                continue
            words = list(_CAPITALISED.finditer(text, before.start(), before.end()))
            while words and words[0].group().casefold() in _OPENERS:  # "The", "So"
                words.pop(0)
            for i, word in enumerate(words):
                if i and i == len(words) - 1:
                    break
                f = Finding(word.start(), words[-1].end(), "ORGANIZATION", "ORGANIZATION", 0.0,
                            "spacy")
                if not is_first_name(word.group(), first_names) and is_named_by_its_thing(
                        text, f, heads, first_names):
                    things.add(text[f.start:f.end])
        # a kind of thing, then its instance: "schemes such as Flying Start", "tools like Hugin"
        for m in _such_as(frozenset(heads)).finditer(text):
            if not is_first_name(m.group("name").split()[0], first_names):
                things.add(m.group("name"))
    return things


def without_things(segments: list[Segment], found: list[list[Finding]], things: Collection[str],
                   detectors: Collection[str]) -> list[list[Finding]]:
    """``found`` without the findings of ``detectors`` whose value, article aside, is one
    of ``things``."""
    if not things:
        return found
    return [[f for f in fs if f.detector not in detectors
             or without_article(seg.text[f.start:f.end]) not in things] if fs else fs
            for seg, fs in zip(segments, found)]


@lru_cache(maxsize=4)
def _such_as(heads: frozenset[str]) -> regex.Pattern:
    return regex.compile(r"(?<=[ \t])\L<heads>[ \t]+(?:such[ \t]+as|like|including)[ \t]+"
                         r"(?P<name>\p{Lu}[\p{L}\p{M}\d'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}\d'’-]*){0,3})"
                         r"(?![\w'’-])", heads=sorted(heads))


@lru_cache(maxsize=4)
def _heads(heads: frozenset[str]) -> regex.Pattern:
    return regex.compile(r"(?<=[ \t])\L<heads>\b", heads=sorted(heads))
