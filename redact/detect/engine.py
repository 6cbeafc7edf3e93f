"""The detection engine: Presidio's AnalyzerEngine built explicitly, fed in batches.

Detection has two stages. ``scan`` works on distinct texts: language, rules and (for
prose in a language with a model) NER, grouped per language and run through spaCy's
``pipe`` in batches; what it found for a text is kept for the rest of the run (in
memory only), so a system prompt repeated in every record is scanned once. ``assemble``
then refines each document's findings as a whole. ``scan`` is the costly, independent
part: a worker pool (``redact.detect.pool``) runs it in other processes. Models load
once, on first use.
"""

from __future__ import annotations

import logging
import os
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # before tldextract loads

import regex  # noqa: E402
from presidio_analyzer import (AnalyzerEngine, EntityRecognizer, RecognizerRegistry,  # noqa: E402
                               RecognizerResult)
from presidio_analyzer.predefined_recognizers import SpacyRecognizer  # noqa: E402

from redact.detect import codecache  # noqa: E402
from redact.detect.addresses import AddressBlockRecognizer  # noqa: E402
from redact.detect.escaped_names import whole_names  # noqa: E402
from redact.detect.findings import category_of  # noqa: E402
from redact.records import Finding, Segment, SegmentKind, SegmentResult  # noqa: E402
from redact.detect.language import NER_LANGUAGES, identify, release_model  # noqa: E402
from redact.detect.names import NameLexiconRecognizer  # noqa: E402
from redact.config import DEFAULT_MODELS, DEFAULT_RULE_TIMEOUT  # noqa: E402
from redact.detect.national_ids import NationalIdRecognizer  # noqa: E402
from redact.detect.nlp import MemoryZones, PipelineNlpEngine, bounded_runs, may_name  # noqa: E402
from redact.detect.phones import PhoneNumberRecognizer  # noqa: E402
from redact.detect.refine import Refiner  # noqa: E402
from redact.detect.packs import RuleSet  # noqa: E402
from redact.detect.recognizer import RulePatternRecognizer, RuleTimeout  # noqa: E402
from redact.detect.triggers import RuleIndex  # noqa: E402
from redact.detect.speakers import speaker_findings  # noqa: E402
from redact.detect.spoken import SpokenRecognizer, SpokenWords  # noqa: E402
from redact.detect.tokens import inside_machine_token  # noqa: E402
from redact.detect.view import View, view  # noqa: E402

__all__ = ["Detector", "Engine", "EngineConfig", "Scanned", "ScanKey", "ScanCache", "Progress",
           "scan_key", "assemble"]

log = logging.getLogger(__name__)

_CHUNK = 1024  # texts sorted by length together, at most, for spaCy's batches
# and characters: also what a spaCy memory zone reads before its strings are freed, so
# memory stays flat however large the input
_CHUNK_CHARS = 1 << 19
_NER_DETECTORS = {"spacy", "natasha"}
# distinct text kept with its findings for the rest of the run: about 4 MB, each entry
# costing its characters and, beside them, its key and place and each finding it holds
# (short texts cost more in those than in characters)
_CACHE_BYTES = 1 << 22
_ENTRY_BYTES = 256
_FINDING_BYTES = 192

# What a segment's detection depends on besides its text: speaker labels are classified
# whole, code is for rules only, everything else is prose.
ScanKey = tuple[str, str]


def scan_key(seg: Segment) -> ScanKey:
    kind = seg.kind
    role = "speaker" if kind == SegmentKind.SPEAKER else "code" if kind == SegmentKind.CODE \
        else "prose"
    return seg.text, role


@dataclass(frozen=True)
class EngineConfig:
    """What an engine is built with: hashable, so engines are cached by it."""

    models: tuple[tuple[str, str], ...] = tuple(sorted(DEFAULT_MODELS.items()))
    ner: bool = True
    lang: str = "auto"
    min_score: float = 0.4
    detect_dates: bool = False
    rule_timeout: float = DEFAULT_RULE_TIMEOUT  # seconds per rule pattern and text


@dataclass(frozen=True)
class Scanned:
    """What scanning found in one distinct text, before its document refines it."""

    language: str | None
    findings: tuple[Finding, ...]
    ner: bool  # whether NER looked at it
    timeout: str | None = None  # the rule that timed out on it (then findings are empty)


@lru_cache(maxsize=None)
def _nothing(language: str | None, ner: bool) -> Scanned:
    """What scanning found in a text with no finding, one for all such texts: most of a
    large file's."""
    return Scanned(language, (), ner)


Progress = Callable[[float], None]  # the fraction of a call's text scanned so far


class ScanCache:
    """Distinct texts already scanned in this run and what was found in them, newest
    last, up to a budget of (estimated) bytes: a stream of distinct texts does not grow
    it. In memory only: it holds original text."""

    def __init__(self, max_bytes: int = _CACHE_BYTES) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[ScanKey, Scanned] = OrderedDict()
        self._bytes = 0

    def get(self, key: ScanKey) -> Scanned | None:
        hit = self._items.get(key)
        if hit is not None:
            self._items.move_to_end(key)
        return hit

    def add(self, key: ScanKey, scanned: Scanned) -> None:
        if key in self._items:
            return
        self._items[key] = scanned
        self._bytes += _cost(key, scanned)
        while self._bytes > self.max_bytes:
            self._bytes -= _cost(*self._items.popitem(last=False))


def _cost(key: ScanKey, scanned: Scanned) -> int:
    return len(key[0]) + _ENTRY_BYTES + _FINDING_BYTES * len(scanned.findings)


_PLAIN = View("", "")  # the view of a segment with nothing to decode: itself


def assemble(documents: Sequence[Sequence[Segment]],
             scan: Callable[[list[ScanKey], Callable[[int], None] | None], Iterable[Scanned]],
             refiner: Refiner, cache: ScanCache,
             progress: Progress | None = None) -> Iterator[list[SegmentResult]]:
    """Findings for every segment of every document, in segment offsets: each distinct
    text scanned once per run, then each document refined whole (a speaker's name is
    found in what others say). A document is given as soon as its texts are scanned, so
    with workers its refining, linking and writing overlap the scanning of the next."""
    # detection reads each segment's decoded view; findings map back to its characters.
    # Only the views that decode something are kept, by segment index: the segments of a
    # file read whole are read again from its table after the scan, not held through it
    decoded: list[dict[int, View]] = []
    scanned: dict[ScanKey, Scanned | None] = {}  # in the order of first use
    for segs in documents:
        views = {}
        for i, seg in enumerate(segs):
            if (v := view(seg.text)).decoded:
                views[i] = v
                seg = replace(seg, text=v.text)
            if (key := scan_key(seg)) not in scanned:
                scanned[key] = cache.get(key)
        decoded.append(views)
    missing = [k for k, found in scanned.items() if found is None]
    total, done = sum(len(k[0]) for k in missing), 0

    def advance(chars: int) -> None:
        nonlocal done
        done += chars
        if progress is not None and total:
            progress(min(1.0, done / total))

    arriving = zip(missing, scan(missing, advance)) if missing else iter(())
    for segs, views in zip(documents, decoded):
        # made in a call of its own: a document's segments and raw findings are let go
        # before its results are replaced and written, not held while the generator waits
        yield _document_results(segs, views, scanned, arriving, refiner, cache)


def _document_results(segs: Sequence[Segment], views: dict[int, View],
                      scanned: dict[ScanKey, Scanned | None],
                      arriving: Iterator[tuple[ScanKey, Scanned]], refiner: Refiner,
                      cache: ScanCache) -> list[SegmentResult]:
    """One document's refined findings, in its segments' own offsets; the scan's results
    it waits for are taken from ``arriving`` as they come."""
    segs = [replace(seg, text=v.text) if (v := views.get(i)) else seg
            for i, seg in enumerate(segs)]
    for seg in segs:
        key = scan_key(seg)
        while scanned[key] is None:  # texts arrive in the order of their first use
            got, found = next(arriving)
            scanned[got] = found
            cache.add(got, found)
    found_here = [scanned[scan_key(seg)] for seg in segs]
    # most segments have no finding: one empty list stands for theirs (findings lists
    # are never changed in place), and one result for theirs of a language
    none: list[Finding] = []
    refined = refiner.refine(segs, [list(s.findings) if s.findings else none
                                    for s in found_here])
    empty: dict[tuple[str | None, bool, str | None], SegmentResult] = {}
    results = []
    for i, (seg, s, fs) in enumerate(zip(segs, found_here, refined)):
        if fs or i in views:  # (a decoded run may be a name by itself: ``whole_names``)
            fs = _original([f for f in fs if not inside_machine_token(seg.text, f)],
                           views.get(i, _PLAIN), views)
        if fs:
            results.append(SegmentResult(s.language, fs, s.ner, s.timeout))
            continue
        key = (s.language, s.ner, s.timeout)
        if key not in empty:
            empty[key] = SegmentResult(s.language, [], s.ner, s.timeout)
        results.append(empty[key])
    return results


def _original(findings: list[Finding], seen: View, views: dict[int, View]) -> list[Finding]:
    """Findings in a segment's own offsets, from its view's (a person inside a name written
    in escapes grown to it whole; a linked finding's seed too, through its own segment's
    view); ``views``: the document's views that decode something."""
    if not seen.decoded and not any(f.seed and f.seed[0] in views for f in findings):
        return findings
    out = []
    for f in whole_names(findings, seen):
        start, end = seen.span(f.start, f.end)
        seed = f.seed and (f.seed[0], *views.get(f.seed[0], _PLAIN).span(f.seed[1], f.seed[2]))
        out.append(replace(f, start=start, end=end, seed=seed))
    return out


_TRIMMED = re.compile(r"\n| \(|[A-Za-z][^\n]*[а-яёА-ЯЁ]|[а-яёА-ЯЁ][^\n]*[A-Za-z]")
_ACROSS = re.compile(r"[:\"“”]")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")


def _refined_away(text: str, r: RecognizerResult, lang: str) -> bool:
    """A reading the refiner trims to its first line, before a bracket, to one script or,
    in lowercase, to its first names ("marcus t. oyelaran"), or drops: one across a label's
    colon or a quote ('Heather:"I'm Daniel's'), the English model reading Cyrillic
    ("Феврония Титова" in English text)."""
    if _TRIMMED.search(text, r.start, r.end) is not None:
        return True
    if r.recognition_metadata[RecognizerResult.RECOGNIZER_NAME_KEY] not in _NER_DETECTORS:
        return False
    return text[r.start:r.end].islower() or _ACROSS.search(text, r.start, r.end) is not None \
        or lang != "ru" and _CYRILLIC.search(text, r.start, r.end) is not None


class Detector:
    """Findings for whole documents from a ``scan`` of their distinct texts, in this
    process (Engine) or in worker processes (EnginePool)."""

    refiner: Refiner
    cache: ScanCache

    def scan(self, keys: list[ScanKey],
             progress: Callable[[int], None] | None = None) -> Iterable[Scanned]:
        raise NotImplementedError

    def detect(self, documents: Sequence[Sequence[Segment]],
               progress: Progress | None = None) -> list[list[SegmentResult]]:
        """Findings for every segment of every document, in segment offsets."""
        return list(self.detect_iter(documents, progress))

    def detect_iter(self, documents: Sequence[Sequence[Segment]],
                    progress: Progress | None = None) -> Iterator[list[SegmentResult]]:
        """``detect``, one document at a time."""
        if log.isEnabledFor(logging.DEBUG):  # a pass over every segment
            log.debug("detect: %d documents, %d segments, %d characters", len(documents),
                      sum(map(len, documents)),
                      sum(len(seg.text) for doc in documents for seg in doc))
        return assemble(documents, self.scan, self.refiner, self.cache, progress)


class Engine(Detector):
    def __init__(self, config: EngineConfig, rules: RuleSet) -> None:
        self.config = config
        self.rules = rules
        self.nlp = PipelineNlpEngine(dict(config.models), with_dates=config.detect_dates)
        self.zones = MemoryZones(_CHUNK_CHARS)
        languages = list(NER_LANGUAGES)
        registry = RecognizerRegistry(supported_languages=languages)
        for recognizer in rules.recognizers(languages, config.rule_timeout):
            registry.add_recognizer(recognizer)
        ner_entities = ["PERSON", "LOCATION", "ORGANIZATION"] + (
            ["DATE_TIME"] if config.detect_dates else [])
        spoken = SpokenWords.build(
            rules.spoken, codecache.compile if rules.builtin_only else regex.compile)
        spoken_cues = {c: rules.cues.phrases(c, "en") + rules.cues.phrases(c, "ru")
                       for c in ("PHONE", "DATE_OF_BIRTH")}
        for lang in languages:
            registry.add_recognizer(PhoneNumberRecognizer(lang))
            registry.add_recognizer(NationalIdRecognizer(lang))
            if any(pack["name"] == "addresses" for pack in rules.packs):  # off with the pack
                registry.add_recognizer(AddressBlockRecognizer(lang, rules.public_places))
            registry.add_recognizer(SpokenRecognizer(lang, spoken, spoken_cues,
                                                     dates=config.detect_dates))
            registry.add_recognizer(NameLexiconRecognizer(
                lang, rules.first_names, rules.relations, rules.honorifics))
            registry.add_recognizer(SpacyRecognizer(
                supported_language=lang, supported_entities=ner_entities,
                name="spacy" if lang == "en" else "natasha"))
        self.analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=self.nlp, supported_languages=languages)
        self.categories = rules.categories()
        self.recognizers = {r.id: r for r in registry.recognizers}
        # per language, once: what Presidio's analyze() works out again for every text
        self.entities = {lang: self.analyzer.get_supported_entities(lang) for lang in languages}
        self.by_language = {lang: registry.get_recognizers(lang, all_fields=True)
                            for lang in languages}
        self.rule_index = {lang: RuleIndex([r for r in recognizers
                                            if isinstance(r, RulePatternRecognizer)])
                           for lang, recognizers in self.by_language.items()}
        self.others = {lang: [r for r in recognizers if not isinstance(r, RulePatternRecognizer)]
                       for lang, recognizers in self.by_language.items()}
        self.refiner = Refiner(rules, min_score=config.min_score)
        self.cache = ScanCache()
        self.first_names = rules.first_names.get("en", set())

    @property
    def model_names(self) -> dict[str, str]:
        return dict(self.config.models)

    def _language(self, text: str, role: str) -> str | None:
        if self.config.lang != "auto":
            return self.config.lang
        return identify(text, model=role != "code")

    def scan(self, keys: list[ScanKey],
             progress: Callable[[int], None] | None = None) -> list[Scanned]:
        """Language and raw findings of each text; NER only for prose in a language with
        a model, and only when the policy asks for it. ``progress`` gets the characters
        of each batch done."""
        out: list[Scanned | None] = [None] * len(keys)
        languages: list[str | None] = [None] * len(keys)
        ner = [False] * len(keys)  # whether NER applies (it may find nothing to read)
        jobs: dict[tuple[str, bool], list[int]] = {}
        for i, (text, role) in enumerate(keys):
            if role == "speaker":
                out[i] = Scanned(None, tuple(speaker_findings(text, self.rules)), False)
                continue
            lang = languages[i] = self._language(text, role)
            ner[i] = self.config.ner and lang in NER_LANGUAGES and role == "prose"
            # dates are lowercase words too: with dates asked for, NER reads every text
            use_ner = ner[i] and (self.config.detect_dates or lang != "en"
                                  or may_name(text, self.first_names))
            jobs.setdefault((lang if lang in NER_LANGUAGES else "en", use_ner), []).append(i)
        length = [len(text) for text, _ in keys]
        if sum(length) > _CHUNK_CHARS:  # NER reads more than a zone: not a text in a loop
            release_model()
        # NER's first: once its pipeline is loaded, rules-only texts use its tokenizer
        # rather than a blank pipeline made for them
        for (lang, use_ner), where in sorted(jobs.items(), key=lambda job: not job[0][1]):
            nlp = self.nlp.pipeline(lang) if use_ner else self.nlp.tokenizer(lang)
            for chunk in bounded_runs(where, length.__getitem__, _CHUNK, _CHUNK_CHARS):
                # texts of like length share a batch: the NER parser steps through a
                # batch in lockstep, so fewer of its steps run nearly empty
                chunk = sorted(chunk, key=length.__getitem__)
                texts = [keys[i][0] for i in chunk]
                # the docs and strings of each half million characters leave spaCy's
                # memory: a large export's millions of tokens, emails and ids would stay
                self.zones.enter(nlp, sum(map(len, texts)))
                for i, art in zip(chunk, self.nlp.artifacts(texts, lang, ner=use_ner)):
                    code = keys[i][1] == "code"
                    try:
                        found = tuple(self._analyze(keys[i][0], lang, art, code))
                        out[i] = Scanned(languages[i], found, ner[i]) if found else \
                            _nothing(languages[i], ner[i])
                    except RuleTimeout as err:  # data, not an exception: workers send it back
                        out[i] = Scanned(languages[i], (), ner[i], str(err))
                if progress is not None:
                    progress(sum(map(len, texts)))
        if progress is not None:
            progress(sum(len(text) for text, role in keys if role == "speaker"))
        return out

    def _analyze(self, text: str, lang: str, artifacts, code: bool) -> list[Finding]:
        findings = []
        out, kept = self._results(text, lang, artifacts)
        # a name the lexicon found inside a reading the refiner trims or drops stays
        # ("Roy Webb\n- Jolanthe Stoll", "Феврония Титова" read by the English model)
        trimmed = [r for r in out if _refined_away(text, r, lang)]
        if trimmed:
            out = out + [r for r in kept if r not in out and r.recognition_metadata[
                RecognizerResult.RECOGNIZER_NAME_KEY] == "name_lexicon" and any(
                    t.start <= r.start and r.end <= t.end for t in trimmed)]
        for r in out:
            meta = r.recognition_metadata or {}
            recognizer = self.recognizers.get(meta.get("recognizer_identifier"))
            detector = meta.get("recognizer_name", "unknown")
            if code and (detector in _NER_DETECTORS or detector == "name_lexicon" or (
                    isinstance(recognizer, RulePatternRecognizer) and recognizer.skip_code)):
                continue
            category = recognizer.category if isinstance(recognizer, RulePatternRecognizer) \
                else category_of(r.entity_type, self.categories)
            findings.append(Finding(r.start, r.end, r.entity_type, category,
                                    round(float(r.score), 4), detector))
        return findings

    def results(self, text: str, lang: str, artifacts) -> list[RecognizerResult]:
        """What Presidio's ``AnalyzerEngine.analyze`` returns for the text, without its
        per-text set-up: the recognizers whose triggers the text lacks are left out
        (they would find nothing), then the same context enhancement, threshold and
        duplicate removal."""
        return self._results(text, lang, artifacts)[0]

    def _results(self, text: str, lang: str, artifacts,
                 ) -> tuple[list[RecognizerResult], list[RecognizerResult]]:
        """``results``, and what passed the threshold before duplicates were removed."""
        entities = self.entities[lang]
        index = self.rule_index[lang]
        # the registry's order: rule recognizers first (registered first), then the others
        calls = [(index.recognizers[r], patterns)
                 for r, patterns in sorted(index.patterns(text).items())]
        calls += [(r, None) for r in self.others[lang]
                  if artifacts.entities or not isinstance(r, SpacyRecognizer)]
        recognizers, results = [], []
        for recognizer, patterns in calls:
            if patterns is not None:
                found = recognizer.analyze(text, entities, artifacts, patterns=patterns)
            else:
                found = recognizer.analyze(text, entities, artifacts)
            recognizers.append(recognizer)
            for result in found or ():
                if not result.recognition_metadata:
                    result.recognition_metadata = {}
                result.recognition_metadata.setdefault(
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, recognizer.id)
                result.recognition_metadata.setdefault(
                    RecognizerResult.RECOGNIZER_NAME_KEY, recognizer.name)
                results.append(result)
        if not results:
            return [], []
        # only a result of a recognizer with context words can change, each apart from the
        # others: the enhancer, which deep-copies every result it is given first (most of
        # what it costs), is given those alone, and their enhanced copies take their places
        key, by_id = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, {r.id: r for r in recognizers}
        context = [bool(getattr(by_id.get(r.recognition_metadata[key]), "context", None))
                   for r in results]
        if any(context):
            enhanced = iter(self.analyzer.context_aware_enhancer.enhance_using_context(
                text=text, raw_results=[r for r, c in zip(results, context) if c],
                nlp_artifacts=artifacts, recognizers=recognizers, context=None))
            results = [next(enhanced) if c else r for r, c in zip(results, context)]
        kept = [r for r in results if r.score >= self.config.min_score]
        return EntityRecognizer.remove_duplicates(kept), kept
