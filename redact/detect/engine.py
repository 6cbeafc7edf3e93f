"""The detection engine: Presidio's AnalyzerEngine built explicitly, fed in batches.

Segments of many files are grouped per language, deduplicated, run through spaCy's
``pipe`` once (NER only where the policy wants it), and Presidio's recognizers then
work on those precomputed artifacts. Models load once, on first use.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # before tldextract loads

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry  # noqa: E402
from presidio_analyzer.predefined_recognizers import SpacyRecognizer  # noqa: E402

from redact.detect.findings import Finding, category_of  # noqa: E402
from redact.detect.language import NER_LANGUAGES, identify  # noqa: E402
from redact.detect.names import NameLexiconRecognizer  # noqa: E402
from redact.detect.nlp import DEFAULT_MODELS, PipelineNlpEngine  # noqa: E402
from redact.detect.phones import PhoneNumberRecognizer  # noqa: E402
from redact.detect.refine import Refiner  # noqa: E402
from redact.detect.rules import RulePatternRecognizer, RuleSet  # noqa: E402
from redact.detect.speakers import speaker_findings  # noqa: E402
from redact.formats.base import Segment  # noqa: E402

__all__ = ["Engine", "EngineConfig", "SegmentResult"]

_RULES_ONLY_KINDS = {"code"}
_CHUNK = 512  # texts analysed per spaCy pass: memory stays flat however large the input
_NER_DETECTORS = {"spacy", "natasha"}


@dataclass(frozen=True)
class EngineConfig:
    models: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_MODELS))
    ner: bool = True
    lang: str = "auto"
    min_score: float = 0.4
    detect_dates: bool = False


@dataclass
class SegmentResult:
    """What detection says about one segment."""

    language: str | None
    findings: list[Finding]
    ner: bool  # whether NER looked at it


class Engine:
    def __init__(self, config: EngineConfig, rules: RuleSet) -> None:
        self.config = config
        self.rules = rules
        self.nlp = PipelineNlpEngine(config.models, with_dates=config.detect_dates)
        languages = list(NER_LANGUAGES)
        registry = RecognizerRegistry(supported_languages=languages)
        for recognizer in rules.recognizers(languages):
            registry.add_recognizer(recognizer)
        ner_entities = ["PERSON", "LOCATION", "ORGANIZATION"] + (
            ["DATE_TIME"] if config.detect_dates else [])
        for lang in languages:
            registry.add_recognizer(PhoneNumberRecognizer(lang))
            registry.add_recognizer(NameLexiconRecognizer(lang, rules.first_names))
            registry.add_recognizer(SpacyRecognizer(
                supported_language=lang, supported_entities=ner_entities,
                name="spacy" if lang == "en" else "natasha"))
        self.analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=self.nlp, supported_languages=languages)
        self.categories = rules.categories()
        self.recognizers = {r.id: r for r in registry.recognizers}
        self.refiner = Refiner(rules, min_score=config.min_score)

    @property
    def model_names(self) -> dict[str, str]:
        return dict(self.config.models)

    def language_of(self, segment: Segment) -> str | None:
        return self.config.lang if self.config.lang != "auto" else identify(segment.text)

    def detect(self, documents: Sequence[Sequence[Segment]]) -> list[list[SegmentResult]]:
        """Findings for every segment of every document, in segment offsets. Speaker labels
        are classified whole (no language, no NER: a label is not a sentence) and then
        refined with their document, so a speaker's name is found in what others say."""
        flat = [(d, s, seg) for d, segs in enumerate(documents) for s, seg in enumerate(segs)]
        languages = [None if seg.kind == "speaker" else self.language_of(seg) for _, _, seg in flat]
        raw: list[list[Finding]] = [[] for _ in flat]
        ner_used = [False] * len(flat)
        jobs: dict[tuple[str, str, bool, bool], list[int]] = {}
        for i, ((_, _, seg), lang) in enumerate(zip(flat, languages)):
            if seg.kind == "speaker":
                raw[i] = speaker_findings(seg.text, self.rules)
                continue
            rules_lang = lang if lang in NER_LANGUAGES else "en"
            use_ner = (self.config.ner and lang in NER_LANGUAGES
                       and seg.kind not in _RULES_ONLY_KINDS)
            code = seg.kind in _RULES_ONLY_KINDS
            jobs.setdefault((seg.text, rules_lang, use_ner, code), []).append(i)
        groups: dict[tuple[str, bool], list[tuple[str, bool, list[int]]]] = {}
        for (text, lang, use_ner, code), where in jobs.items():
            groups.setdefault((lang, use_ner), []).append((text, code, where))
        for (lang, use_ner), items in groups.items():
            for first in range(0, len(items), _CHUNK):
                chunk = items[first:first + _CHUNK]
                # the chunk's docs and strings leave spaCy's memory afterwards: a large
                # export's millions of tokens, emails and ids would otherwise stay
                with self.nlp.pipeline(lang).memory_zone():
                    artifacts = self.nlp.artifacts([t for t, _, _ in chunk], lang, ner=use_ner)
                    for (text, code, where), art in zip(chunk, artifacts):
                        findings = self._analyze(text, lang, art, code)
                        for i in where:
                            raw[i] = findings
                            ner_used[i] = use_ner
        out: list[list[SegmentResult]] = []
        first = 0
        for segs in documents:
            idx = range(first, first + len(segs))  # flat is documents in order
            first += len(segs)
            refined = self.refiner.refine(list(segs), [raw[i] for i in idx])
            out.append([SegmentResult(languages[i], fs, ner_used[i]) for i, fs in zip(idx, refined)])
        return out

    def _analyze(self, text: str, lang: str, artifacts, code: bool) -> list[Finding]:
        results = self.analyzer.analyze(
            text, language=lang, nlp_artifacts=artifacts, score_threshold=self.config.min_score)
        findings = []
        for r in results:
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
