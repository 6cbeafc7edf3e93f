"""Rule packs: Presidio recognizer YAML plus redact's extension keys.

A pack is ``recognizers: [{name, supported_language(s), supported_entity, patterns, context,
deny_list}]`` as Presidio writes it, so a user's Presidio YAML loads unchanged, plus
``category``, ``validator`` (a named checksum), ``allow_list`` and ``skip_code`` per
recognizer; pack-level lists (``allow_list``, ``public_figures``, ``bots``,
``first_names``, ``honorifics``, ``mail_providers``, ``job_titles``, ``pets``,
``public_places``) feed the allow, name and domain logic.

Packs are untrusted: a user's pattern may backtrack for ever on a crafted text, so every
pattern runs with a timeout, and one that runs past it is an error, not a skipped rule.
"""

from __future__ import annotations

import hashlib
import re
import re._constants as sre
import re._parser as sre_parse
from collections import Counter

import regex
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from importlib import resources
from operator import or_
from pathlib import Path
from typing import Any

import yaml
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

from redact.detect.findings import CATEGORIES
from redact.detect.validators import VALIDATORS
from redact.errors import ConfigError, RedactError

__all__ = ["RuleSet", "RulePatternRecognizer", "RuleIndex", "RuleTimeout", "load_rules", "builtin_pack_paths",
           "DEFAULT_TIMEOUT"]

DEFAULT_TIMEOUT = 1.0  # seconds per pattern and text: shipped patterns take microseconds

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's: packs load 5x faster
_RECOGNIZER_KEYS = {
    "name", "supported_language", "supported_languages", "supported_entity", "patterns",
    "context", "deny_list", "deny_list_score", "category", "validator", "allow_list",
    "skip_code", "global_regex_flags", "version", "description", "enabled", "type",
}


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
                 skip_code: bool, pack: str, timeout: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.category = category
        self.validator = VALIDATORS[validator] if validator else None
        self.allow = allow
        self.skip_code = skip_code
        self.pack = pack  # where the recognizer was declared, for errors
        self.timeout = timeout
        self.triggers = [_triggers(p.regex, self.global_regex_flags) for p in self.patterns]
        for pattern in self.patterns:  # compiled once, here, with the flags they run with
            pattern.compiled_regex = regex.compile(pattern.regex, flags=self.global_regex_flags)
            pattern.compiled_with_flags = self.global_regex_flags

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
                pattern.compiled_regex = regex.compile(pattern.regex, flags=flags)
                pattern.compiled_with_flags = flags
            try:
                matches = list(pattern.compiled_regex.finditer(text, timeout=self.timeout))
            except TimeoutError:
                raise RuleTimeout(self.pack, self.name, pattern.name, self.timeout) from None
            for match in matches:
                if match.end() > match.start():
                    results.append(self._result(match, pattern, flags))
        return EntityRecognizer.remove_duplicates(
            [r for r in results if r.score > EntityRecognizer.MIN_SCORE])

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


class RuleIndex:
    """Which patterns of many rule recognizers may match a text: those whose triggers the
    text holds. A character decides every class trigger at once: it maps to the bitmask of
    the classes it is in (worked out on first sight), so a text costs one pass over its
    distinct characters, then an integer test per pattern. Patterns are filed under the
    class most of them share (a digit, a capital): a text without it passes over all of
    them, and the patterns of each combination of such gates are listed once. Word and
    digit-run triggers, which no single character decides, are tested only for the
    patterns the classes let through, each once per text; words by substring search where
    that decides as the regex would."""

    def __init__(self, recognizers: list[RulePatternRecognizer]) -> None:
        self.recognizers = recognizers
        shared = Counter(t for r in recognizers for triggers in r.triggers
                         for t in set(triggers) if t in _CLASSES)
        self.bits = {t: 1 << i for i, t in enumerate(sorted(shared, key=lambda t: (t.pattern, t.flags)))}
        # the gate's bit (0: no class) -> (recognizer, pattern, classes needed, other triggers)
        self.gated: dict[int, list[tuple[int, int, int, tuple[regex.Pattern, ...]]]] = {}
        for r, recognizer in enumerate(recognizers):
            for p, triggers in enumerate(recognizer.triggers):
                classes = [t for t in triggers if t in self.bits]
                gate = self.bits[max(classes, key=lambda t: shared[t])] if classes else 0
                self.gated.setdefault(gate, []).append(
                    (r, p, sum(self.bits[t] for t in set(classes)),
                     tuple(t for t in triggers if t not in self.bits)))
        self.gates = sum(self.gated)  # every gate's bit
        self.by_gates: dict[int, list[tuple[int, int, int, tuple[regex.Pattern, ...]]]] = {}
        self.char_bits: dict[str, int] = {}

    def _entries(self, gates: int) -> list[tuple[int, int, int, tuple[regex.Pattern, ...]]]:
        """The patterns filed under the gates in ``gates`` (and those without a class)."""
        entries = self.by_gates.get(gates)
        if entries is None:
            if len(self.by_gates) >= 4096:  # a run meets a few hundred combinations
                self.by_gates.clear()
            entries = self.by_gates[gates] = [e for gate, filed in self.gated.items()
                                              if not gate or gate & gates for e in filed]
        return entries

    def _mask(self, chars: set[str]) -> int:
        """The classes some character of ``chars`` is in, as bits."""
        for c in chars - self.char_bits.keys():
            self.char_bits[c] = sum(b for t, b in self.bits.items() if t.match(c))
        return reduce(or_, map(self.char_bits.__getitem__, chars), 0)

    def patterns(self, text: str) -> dict[int, list[Pattern]]:
        """Recognizer index -> its patterns that may match, in their order."""
        chars = set(text)
        try:
            mask = reduce(or_, map(self.char_bits.__getitem__, chars), 0)
        except KeyError:  # a character not seen before
            mask = self._mask(chars)
        hits: list[tuple[int, int]] = []
        seen: dict[regex.Pattern, bool] = {}
        ascii_text, low = text.isascii(), ""
        for r, p, need, others in self._entries(mask & self.gates):
            if need & mask != need:
                continue
            for trigger in others:  # inline, not a helper: this runs for every text
                hit = seen.get(trigger)
                if hit is None:
                    test = _WORDS.get(trigger)
                    if test is None or test[1] and not ascii_text:
                        hit = trigger.search(text) is not None
                    elif test[1]:  # C's substring search beats a case-blind alternation
                        low = low or text.lower()
                        hit = any(w in low for w in test[0])
                    else:
                        hit = any(w in text for w in test[0])
                    seen[trigger] = hit
                if not hit:
                    break
            else:
                hits.append((r, p))
        out: dict[int, list[Pattern]] = {}
        for r, p in sorted(hits):
            out.setdefault(r, []).append(self.recognizers[r].patterns[p])
        return out


@dataclass
class RuleSet:
    """Everything the packs declare, merged in load order."""

    specs: list[dict[str, Any]] = field(default_factory=list)
    allow_list: set[str] = field(default_factory=set)
    public_figures: set[str] = field(default_factory=set)
    bots: set[str] = field(default_factory=set)
    first_names: dict[str, set[str]] = field(default_factory=dict)
    honorifics: set[str] = field(default_factory=set)  # "grandma", "dr": before a name, not of it
    mail_providers: set[str] = field(default_factory=set)  # shared email domains: nobody's site
    job_titles: set[str] = field(default_factory=set)  # "Coordinator": ends a role, not a company
    pets: set[str] = field(default_factory=set)  # "кот", "dog": the name after one is an animal's
    public_places: set[str] = field(default_factory=set)  # countries: a fact, not an address
    packs: list[dict[str, str]] = field(default_factory=list)  # {name, sha256} for the report

    def recognizers(self, languages: list[str],
                    timeout: float = DEFAULT_TIMEOUT) -> list[RulePatternRecognizer]:
        """One recognizer per spec and language; each pattern may run ``timeout``
        seconds on a text."""
        out = []
        for spec in self.specs:
            langs = spec.get("supported_languages") or (
                [spec["supported_language"]] if spec.get("supported_language") else languages)
            for lang in langs:
                if lang in languages:
                    out.append(_build(spec, lang, timeout))
        return out

    def categories(self) -> dict[str, str]:
        return {s["supported_entity"]: s["category"] for s in self.specs}


# A trigger is a set of class items (sre's LITERAL, RANGE, CATEGORY_DIGIT) one of which
# any match must contain. Its cost guesses how often prose holds one: lowercase letters,
# spaces and commas nearly always, capitals and digits less, "@" or "$" seldom.
_Items = tuple[tuple[Any, Any], ...]
_DIGIT = (sre.CATEGORY, sre.CATEGORY_DIGIT)
_COMMON = frozenset("abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя .,\n'-")
_MAX_COST = 64  # wider classes (all letters) would skip too few texts to pay for the test
_PER_PATTERN = 3  # classes tested per pattern, all of which must be in the text
_MIN_WORD = 2  # shorter literals are a class's job
_MIN_DIGITS = 3  # fewer digits in a row: the digit class does
_CLASSES: set[regex.Pattern] = set()  # the triggers that are one character class
_WORDS: dict[regex.Pattern, tuple[tuple[str, ...], bool] | None] = {}  # word trigger -> test
_ASCII = [chr(i) for i in range(128)]
_REGEX_ONLY = regex.compile(r"\[:\^?\w+:\]|\\[pPNX]|\(\?(?:V|\(DEFINE|&|R|\|)")


@lru_cache(maxsize=None)  # a pattern is read once, however many languages it serves
def _triggers(source: str, flags: int) -> tuple[regex.Pattern, ...]:
    """Regexes each of which every match of the pattern makes true of the text: the words
    it must hold one of (a key prefix, a keyword), and character classes some character of
    it is in. None (an empty tuple) when the pattern uses syntax Python's ``re`` parser,
    used here, reads differently from ``regex``, which runs the patterns: then the pattern
    runs on every text."""
    if _REGEX_ONLY.search(source):
        return ()
    try:
        parsed = sre_parse.parse(source, flags & (re.IGNORECASE | re.VERBOSE | re.DOTALL
                                                  | re.MULTILINE))
    except (re.error, ValueError, OverflowError, RecursionError):
        return ()
    ignore_case = bool(flags & re.IGNORECASE or parsed.state.flags & re.IGNORECASE) \
        or _scoped_ignore_case(list(parsed))
    case = regex.IGNORECASE if ignore_case else 0
    # classes first: patterns share them (a digit, a capital), so one search serves many
    needs = sorted({n for n in _needs(list(parsed)) if _cost(n) <= _MAX_COST}, key=_cost)
    out = []
    for n in needs[:_PER_PATTERN]:
        flags_n = case if _cased(n) else 0
        trigger = _compiled("[" + "".join(_render(i) for i in dict.fromkeys(n)) + "]", flags_n)
        _CLASSES.add(trigger)
        out.append(trigger)
    digits = _digit_run(list(parsed))
    if digits >= _MIN_DIGITS:  # ids: "Order 100001" holds no 10-digit number
        out.append(_compiled(rf"\d{{{digits}}}", 0))
    words = [w for w in _words(list(parsed)) if min(map(len, w)) >= _MIN_WORD]
    if words:  # the rarest-looking: the longest shortest alternative
        best = max(words, key=lambda w: min(map(len, w)))
        trigger = _compiled("|".join(regex.escape(w, special_only=False)
                                     for w in sorted(best, key=lambda w: (-len(w), w))), case)
        _WORDS[trigger] = _word_test(best, bool(case))
        out.append(trigger)
    return tuple(out)


def _word_test(words: frozenset[str], ignore_case: bool) -> tuple[tuple[str, ...], bool] | None:
    """The words to look for with ``in``, and whether in the lowercased text, when that
    decides the trigger exactly as its regex does; None when only the regex can (a
    case-insensitive word with a letter that matches ASCII letters unlike its lowercase:
    "ſ" matches "s"). Only ASCII text is tested with ``in`` when case is ignored."""
    if not ignore_case:
        return tuple(words), False
    if not all(map(_lowers_alike, set("".join(words)))):
        return None
    return tuple(w.lower() for w in words), True


@lru_cache(maxsize=None)
def _lowers_alike(c: str) -> bool:
    """Whether the ASCII characters ``c`` matches case-blind are those lowercasing as it."""
    like = regex.compile(regex.escape(c, special_only=False), regex.IGNORECASE, cache_pattern=False)
    return {a for a in _ASCII if like.fullmatch(a)} == {a for a in _ASCII if a.lower() == c.lower()}


@lru_cache(maxsize=None)
def _compiled(source: str, flags: int) -> regex.Pattern:
    """One compiled trigger per source: patterns sharing a class share its search."""
    return regex.compile(source, flags, cache_pattern=False)  # cached here, not in regex


def _digit_run(seq: list) -> int:
    r"""The most digits in a row every match of ``seq`` holds (``\d{3}-\d{7}``: 7)."""
    best = run = 0
    for op, av in seq:
        if _is_digit(op, av):
            run += 1
            continue
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and len(av[2]) == 1 \
                and _is_digit(*list(av[2])[0]):
            run += av[0]
            if av[0] != av[1]:  # a longer run ends wherever the repeat does
                best, run = max(best, run), 0
            continue
        best, run = max(best, run), 0
        if (inside := _inside(op, av)) is not None:
            best = max(best, _digit_run(inside))
        elif op == sre.BRANCH:
            best = max(best, min(_digit_run(list(branch)) for branch in av[1]))
    return max(best, run)


def _is_digit(op: Any, av: Any) -> bool:
    r"""A single digit: ``\d``, ``[0-9]`` or a digit character."""
    if op == sre.LITERAL:
        return chr(av).isdigit()
    if op == sre.IN:
        return all(i == _DIGIT or i[0] == sre.RANGE and chr(i[1][0]).isdigit()
                   and chr(i[1][1]).isdigit() or i[0] == sre.LITERAL and chr(i[1]).isdigit()
                   for i in av)
    return False


def _inside(op: Any, av: Any) -> list | None:
    """The part of a pattern node every match holds whole: a group's, a lookaround's (its
    text is in the text too) or that of a part repeated at least once; None for others."""
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return list(av[2]) if av[0] >= 1 else None
    if op == sre.SUBPATTERN:
        return list(av[3])
    if op == sre.ATOMIC_GROUP:
        return list(av)
    if op == sre.ASSERT:
        return list(av[1])
    return None


def _words(seq: list) -> list[frozenset[str]]:
    """Sets of words, one of each set in every match of ``seq`` (a conjunction of
    alternatives): runs of literal characters, a branch's alternatives together."""
    out: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in seq:
        if op == sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.append(frozenset(["".join(run)]))
            run = []
        inside = _inside(op, av)
        if inside is not None:
            out += _words(inside)
        elif op == sre.BRANCH:
            per_branch = [_words(list(branch)) for branch in av[1]]
            if all(per_branch):
                out.append(frozenset().union(*(max(w, key=lambda x: min(map(len, x)))
                                               for w in per_branch)))
    if run:
        out.append(frozenset(["".join(run)]))
    return out


def _needs(seq: list) -> list[_Items]:
    """Classes a match of ``seq`` must hit, one each (a conjunction)."""
    out: list[_Items] = []
    for op, av in seq:
        if op == sre.LITERAL:
            out.append(((op, av),))
        elif op == sre.IN:
            if all(i[0] in (sre.LITERAL, sre.RANGE) or i == _DIGIT for i in av):
                out.append(tuple(av))
        elif (inside := _inside(op, av)) is not None:
            out += _needs(inside)
        elif op == sre.BRANCH:
            per_branch = [_needs(list(branch)) for branch in av[1]]
            if all(per_branch):
                out.append(tuple(i for needs in per_branch for i in min(needs, key=_cost)))
    return out


def _scoped_ignore_case(seq: list) -> bool:
    """Whether a group switches case-insensitive matching on, as in ``(?i:...)``."""
    for op, av in seq:
        if op == sre.SUBPATTERN and (av[1] & re.IGNORECASE or _scoped_ignore_case(list(av[3]))):
            return True
        children = {sre.MAX_REPEAT: lambda: [av[2]], sre.MIN_REPEAT: lambda: [av[2]],
                    sre.POSSESSIVE_REPEAT: lambda: [av[2]], sre.ATOMIC_GROUP: lambda: [av],
                    sre.ASSERT: lambda: [av[1]], sre.ASSERT_NOT: lambda: [av[1]],
                    sre.BRANCH: lambda: av[1]}.get(op)
        if children and any(_scoped_ignore_case(list(c)) for c in children()):
            return True
    return False


def _cost(items: _Items) -> int:
    total = 0
    for kind, value in items:
        if kind == sre.CATEGORY:
            total += 10
        else:
            low, high = value if kind == sre.RANGE else (value, value)
            total += sum(8 if chr(c) in _COMMON else 1 for c in range(low, min(high, low + 99) + 1))
            total += max(0, high - low - 99)
    return total


def _cased(items: _Items) -> bool:
    """Whether ignoring case changes what the class matches (not for digits or "@")."""
    for kind, value in items:
        if kind == sre.LITERAL and chr(value).lower() != chr(value).upper():
            return True
        if kind == sre.RANGE and any(chr(c).lower() != chr(c).upper()
                                     for c in range(value[0], value[1] + 1)):
            return True
    return False


def _render(item: tuple[Any, Any]) -> str:
    kind, value = item
    if kind == sre.LITERAL:
        return regex.escape(chr(value), special_only=False)
    if kind == sre.RANGE:
        return (regex.escape(chr(value[0]), special_only=False) + "-"
                + regex.escape(chr(value[1]), special_only=False))
    return r"\d"


def _flatten(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [v for sub in value.values() for v in _flatten(sub)]
    if isinstance(value, list):
        return [str(v) for v in value]
    return []


def _build(spec: dict[str, Any], lang: str, timeout: float) -> RulePatternRecognizer:
    patterns = [Pattern(p["name"], p["regex"], float(p["score"])) for p in spec.get("patterns", [])]
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
        **kwargs,
    )


def _check(spec: Any, where: str) -> dict[str, Any]:
    """The spec, validated, with defaults and ``pack`` (``where``) filled in."""
    if not isinstance(spec, dict):
        raise ConfigError(f"{where}: a recognizer must be a mapping")
    name = spec.get("name", "?")
    unknown = set(spec) - _RECOGNIZER_KEYS
    if unknown:
        raise ConfigError(f"{where}: recognizer {name!r} has unknown keys {sorted(unknown)}")
    if "supported_entity" not in spec:
        raise ConfigError(f"{where}: recognizer {name!r} needs supported_entity")
    if not spec.get("patterns") and not spec.get("deny_list"):
        raise ConfigError(f"{where}: recognizer {name!r} needs patterns or deny_list")
    spec = dict(spec, pack=where)
    spec.setdefault("name", spec["supported_entity"].lower())
    spec.setdefault("category", spec["supported_entity"] if spec["supported_entity"] in CATEGORIES
                    else "OTHER")
    if spec["category"] not in CATEGORIES:
        raise ConfigError(f"{where}: recognizer {name!r} has unknown category {spec['category']!r}")
    if spec.get("validator") and spec["validator"] not in VALIDATORS:
        raise ConfigError(
            f"{where}: recognizer {name!r} names unknown validator {spec['validator']!r} "
            f"(known: {', '.join(sorted(VALIDATORS))})")
    for key in ("allow_list", "context", "deny_list"):
        if not all(isinstance(v, str) for v in spec.get(key) or []):
            raise ConfigError(f"{where}: recognizer {name!r}: {key} entries must be strings "
                              "(quote words YAML reads as other types: 'null', 'yes', '1')")
    flags = spec.get("global_regex_flags", re.DOTALL | re.MULTILINE)
    if not isinstance(flags, int) or isinstance(flags, bool):
        raise ConfigError(f"{where}: recognizer {name!r}: global_regex_flags must be an integer")
    for p in spec.get("patterns", []):
        try:  # with the flags it runs with: regex's cache then serves the recognizer
            regex.compile(p["regex"], flags=flags)
        except (KeyError, TypeError, regex.error) as err:
            raise ConfigError(f"{where}: recognizer {name!r} has a bad pattern: {err}") from None
    return spec


def builtin_pack_paths() -> list[Path]:
    """The packs installed with the package, in name order."""
    root = resources.files("redact.rules")
    return sorted(Path(str(p)) for p in root.iterdir() if p.name.endswith(".yaml"))


def load_rules(extra: list[Path] | None = None, *, off: tuple[str, ...] = (),
               deny: dict[str, tuple[str, ...]] | None = None) -> RuleSet:
    """The built-in packs (less those named in ``off``), then ``extra`` packs; ``deny``
    values (category -> values) are always found, as a deny-list recognizer each."""
    builtin = builtin_pack_paths()
    unknown = set(off) - {p.stem for p in builtin}
    if unknown:
        raise ConfigError(f"packs.off names unknown packs {sorted(unknown)} "
                          f"(built in: {', '.join(p.stem for p in builtin)})")
    rules = RuleSet()
    for category, values in sorted((deny or {}).items()):
        rules.specs.append(_check({
            "name": f"policy_deny_{category.lower()}", "supported_entity": category,
            "category": category, "deny_list": list(values), "deny_list_score": 1.0}, "policy deny"))
    for path in [p for p in builtin if p.stem not in off] + list(extra or []):
        try:
            raw = path.read_bytes()
            data = yaml.load(raw, Loader=_YAML_LOADER) or {}
        except OSError as err:
            raise ConfigError(f"{path}: cannot read rule pack ({err.strerror})") from None
        except yaml.YAMLError as err:
            raise ConfigError(f"{path}: not valid YAML ({str(err).splitlines()[0]})") from None
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: a rule pack is a mapping")
        rules.packs.append({"name": path.stem, "sha256": hashlib.sha256(raw).hexdigest()})
        for spec in data.get("recognizers", []) or []:
            if spec.get("enabled", True) if isinstance(spec, dict) else True:
                rules.specs.append(_check(spec, str(path)))
        rules.allow_list.update(v.casefold() for v in _flatten(data.get("allow_list")))
        rules.public_figures.update(v.casefold() for v in _flatten(data.get("public_figures")))
        rules.bots.update(v.casefold() for v in _flatten(data.get("bots")))
        rules.honorifics.update(v.casefold() for v in _flatten(data.get("honorifics")))
        rules.mail_providers.update(v.casefold() for v in _flatten(data.get("mail_providers")))
        rules.job_titles.update(v.casefold() for v in _flatten(data.get("job_titles")))
        rules.pets.update(v.casefold() for v in _flatten(data.get("pets")))
        rules.public_places.update(v.casefold() for v in _flatten(data.get("public_places")))
        for lang, names in (data.get("first_names") or {}).items():
            rules.first_names.setdefault(lang, set()).update(n.casefold() for n in names)
    return rules
