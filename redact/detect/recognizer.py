"""Rule pack recognizers: Presidio pattern recognizers with a category, a checksum, an
allow list and a timeout on every pattern.

Packs are untrusted: a user's pattern may backtrack for ever on a crafted text, so every
pattern runs with a timeout, and one that runs past it is an error, not a skipped rule.
"""

from __future__ import annotations

import re
from typing import Any

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

from redact.detect.anchored import anchored_matches
from redact.detect.rulecache import CompiledPatterns
from redact.detect.triggers import pattern_triggers
from redact.detect.validators import VALIDATORS
from redact.errors import RedactError

__all__ = ["RulePatternRecognizer", "RuleTimeout", "build_recognizer"]


class RuleTimeout(RedactError):
    """A pattern ran past its timeout on a text. The message names the rule, never the
    text; whoever knows where the text stands adds the location."""

    def __init__(self, pack: str, recognizer: str, pattern: str, seconds: float) -> None:
        super().__init__(f"rule {recognizer!r}, pattern {pattern!r} of {pack} timed out "
                         f"after {seconds:g} s")


class RulePatternRecognizer(PatternRecognizer):
    """A Presidio pattern recognizer with a category, an optional checksum and allow list.

    Most texts hold nothing most patterns need (a digit, an "@", a capital, a key prefix
    or keyword): cheap triggers, character classes and words every match of a pattern
    must contain, skip the patterns of a text without them before Presidio's per-pattern
    work starts."""

    def __init__(self, *, category: str, validator: str | None, allow: frozenset[str],
                 skip_code: bool, pack: str, timeout: float, compiled: CompiledPatterns,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.category = category
        self.validator = VALIDATORS[validator] if validator else None
        self.allow = allow
        self.skip_code = skip_code
        self.pack = pack  # where the recognizer was declared, for errors
        self.timeout = timeout
        self.compiled = compiled  # the rule cache's compiled patterns, loaded when first used
        for pattern in self.patterns:  # Presidio makes a deny list's pattern without one
            pattern.anchor = getattr(pattern, "anchor", None)
            pattern.compiled_anchor = getattr(pattern, "compiled_anchor", None)
        # a pattern is compiled when a text first has its triggers: most texts never do
        self.triggers = [pattern_triggers(p.regex, self.global_regex_flags) for p in self.patterns]

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: int | None = None,
                patterns: list[Pattern] | None = None) -> list[RecognizerResult]:
        """Presidio's pattern matching (of ``patterns``, by default all), but a pattern that
        times out raises RuleTimeout: Presidio logs it and goes on without the pattern,
        leaving its matches in."""
        flags = regex_flags or self.global_regex_flags
        results = []
        for pattern in self.patterns if patterns is None else patterns:
            if pattern.compiled_regex is None or pattern.compiled_with_flags != flags:
                pattern.compiled_regex = self.compiled.compile(pattern.regex, flags)
                pattern.compiled_with_flags = flags
                if pattern.anchor:
                    pattern.compiled_anchor = self.compiled.compile(pattern.anchor, flags)
            try:
                if pattern.anchor:
                    matches = anchored_matches(pattern.compiled_regex, pattern.compiled_anchor,
                                               text, self.timeout)
                else:
                    matches = list(pattern.compiled_regex.finditer(text, timeout=self.timeout))
            except TimeoutError:
                raise RuleTimeout(self.pack, self.name, pattern.name, self.timeout) from None
            for match in matches:
                if match.end() > match.start():
                    results.append(self._result(match, pattern, flags))
        results = [r for r in results if r.score > EntityRecognizer.MIN_SCORE]
        return EntityRecognizer.remove_duplicates(results) if results else results

    def _result(self, match: regex.Match, pattern: Pattern, flags: int) -> RecognizerResult:
        """A match scored as Presidio scores it: a checksum sets the score to 1 or 0, the
        allow list to 0."""
        value = match.group()
        validation = self.validate_result(value)
        explanation = self.build_regex_explanation(
            self.name, pattern.name, pattern.regex, pattern.score, validation, flags)
        score = pattern.score
        if validation is not None:
            score = EntityRecognizer.MAX_SCORE if validation else EntityRecognizer.MIN_SCORE
        if self.invalidate_result(value):
            score = EntityRecognizer.MIN_SCORE
        explanation.score = score
        return RecognizerResult(
            entity_type=self.supported_entities[0], start=match.start(), end=match.end(),
            score=score, analysis_explanation=explanation,
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})

    def validate_result(self, pattern_text: str) -> bool | None:
        if self.validator is None:
            return None
        return self.validator(pattern_text)

    def invalidate_result(self, pattern_text: str) -> bool:
        return pattern_text.casefold() in self.allow


def build_recognizer(spec: dict[str, Any], lang: str, timeout: float,
                     compiled: CompiledPatterns | None = None) -> RulePatternRecognizer:
    """The recognizer a checked spec (``packs._check``) declares, for one language;
    ``compiled``: where its patterns are compiled (the rule cache's, else each anew)."""
    patterns = [_pattern(p["name"], p["regex"], float(p["score"]), p.get("anchor"))
                for p in spec.get("patterns", [])]
    kwargs: dict[str, Any] = dict(
        supported_entity=spec["supported_entity"],
        name=spec["name"],
        supported_language=lang,
        patterns=patterns or None,
        deny_list=spec.get("deny_list") or None,
        context=spec.get("context") or None,
    )
    if "deny_list_score" in spec:
        kwargs["deny_list_score"] = float(spec["deny_list_score"])
    if "global_regex_flags" in spec:
        kwargs["global_regex_flags"] = int(spec["global_regex_flags"])
    else:
        kwargs["global_regex_flags"] = re.DOTALL | re.MULTILINE
    return RulePatternRecognizer(
        category=spec["category"],
        validator=spec.get("validator"),
        allow=frozenset(a.casefold() for a in spec.get("allow_list", [])),
        skip_code=bool(spec.get("skip_code", False)),
        pack=spec["pack"],
        timeout=timeout,
        compiled=compiled or CompiledPatterns(),
        **kwargs,
    )


def _pattern(name: str, source: str, score: float, anchor: str | None = None) -> Pattern:
    """Presidio's Pattern without its check, which compiles the regex once more (without
    the flags it runs with): ``packs`` checked it, and it is compiled when first used.
    With an ``anchor``, the pattern runs only near where the anchor matches
    (``redact.detect.anchored``)."""
    pattern = Pattern.__new__(Pattern)
    pattern.name, pattern.regex, pattern.score = name, source, score
    pattern.anchor = anchor
    pattern.compiled_regex = pattern.compiled_with_flags = pattern.compiled_anchor = None
    return pattern
