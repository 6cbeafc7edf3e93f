"""Rule packs: Presidio recognizer YAML plus redact's extension keys.

A pack is ``recognizers: [{name, supported_language(s), supported_entity, patterns, context,
deny_list}]`` as Presidio writes it, so a user's Presidio YAML loads unchanged, plus
``category``, ``validator`` (a named checksum), ``allow_list`` and ``skip_code`` per
recognizer; pack-level lists (``allow_list``, ``public_figures``, ``bots``,
``first_names``, ``honorifics``, ``relations``, ``mail_providers``, ``job_titles``,
``role_words``, ``pets``, ``thing_heads``, ``event_heads``, ``public_places``,
``nationalities``, ``interjections``) feed the allow, name and domain logic; a pack's ``cues`` table
(``redact.detect.cues``) compiles to more recognizers; its ``spoken`` words serve
``redact.detect.spoken``, the Russian nouns of the lists its ``inflect`` names in every case.

Loading packs reads and checks YAML, nothing more: Presidio loads only when
``RuleSet.recognizers`` builds the recognizers (``redact.detect.recognizer``), so the
lists and specs serve a process that never scans.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex
import yaml

from redact.config import DEFAULT_RULE_TIMEOUT
from redact.detect.cue_operators import known_carriers
from redact.detect.cues import CueTable, read_cues
from redact.detect.rulecache import CompiledPatterns, RuleCache
from redact.detect.validators import VALIDATORS
from redact.errors import ConfigError
from redact.morph import phrase_forms, rule_phrases
from redact.records import CATEGORIES

if TYPE_CHECKING:
    from redact.detect.recognizer import RulePatternRecognizer

__all__ = ["RuleSet", "load_rules", "builtin_pack_paths"]

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's: packs load 5x faster
_RECOGNIZER_KEYS = {
    "name", "supported_language", "supported_languages", "supported_entity", "patterns",
    "context", "deny_list", "deny_list_score", "category", "validator", "allow_list",
    "skip_code", "global_regex_flags", "version", "description", "enabled", "type",
}


@dataclass
class RuleSet:
    """Everything the packs declare, merged in load order."""

    specs: list[dict[str, Any]] = field(default_factory=list)
    allow_list: set[str] = field(default_factory=set)
    public_figures: set[str] = field(default_factory=set)
    bots: set[str] = field(default_factory=set)
    first_names: dict[str, set[str]] = field(default_factory=dict)
    honorifics: set[str] = field(default_factory=set)  # "grandma", "dr": before a name, not of it
    relations: set[str] = field(default_factory=set)  # "sister", "coach": who the name after is
    mail_providers: set[str] = field(default_factory=set)  # shared email domains: nobody's site
    job_titles: set[str] = field(default_factory=set)  # "Coordinator": ends a role, not a company
    role_words: set[str] = field(default_factory=set)  # "grad", "ведущий": a label of them is a role
    pets: set[str] = field(default_factory=set)  # "кот", "dog": the name after one is an animal's
    thing_heads: set[str] = field(default_factory=set)  # "scale": the name before one is a thing's
    event_heads: set[str] = field(default_factory=set)  # "Month": a name ending in one is an event's
    public_places: set[str] = field(default_factory=set)  # countries: a fact, not an address
    nationalities: set[str] = field(default_factory=set)  # "Welsh": a people, not a person
    interjections: set[str] = field(default_factory=set)  # "vinaka", "айде": thanks, no name
    packs: list[dict[str, str]] = field(default_factory=list)  # {name, sha256} for the report
    cues: CueTable = field(default_factory=CueTable)  # values named by their cue (rules/cues.yaml)
    spoken: dict[str, Any] = field(default_factory=dict)  # words of spoken forms (rules/spoken.yaml)
    compiled: CompiledPatterns = field(default_factory=CompiledPatterns)  # the rule cache's
    # read from the built-in packs alone: what derives from its words holds no user's data
    # and may be kept compiled on disk (``redact.detect.codecache``)
    builtin_only: bool = False

    def recognizers(self, languages: list[str],
                    timeout: float = DEFAULT_RULE_TIMEOUT) -> list[RulePatternRecognizer]:
        """One recognizer per spec and language; each pattern may run ``timeout``
        seconds on a text. Presidio is imported here, not with the packs."""
        from redact.detect.recognizer import build_recognizer

        out = []
        for spec in self.specs:
            langs = spec.get("supported_languages") or (
                [spec["supported_language"]] if spec.get("supported_language") else languages)
            for lang in langs:
                if lang in languages:
                    out.append(build_recognizer(spec, lang, timeout, self.compiled))
        return out

    def categories(self) -> dict[str, str]:
        return {s["supported_entity"]: s["category"] for s in self.specs}


# the pack-level word lists, each a set of the same name on ``RuleSet``, read casefolded
_WORD_LISTS = ("allow_list", "public_figures", "bots", "honorifics", "relations", "mail_providers",
               "job_titles", "role_words", "pets", "thing_heads", "event_heads", "public_places",
               "nationalities", "interjections")


def _flatten(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [v for sub in value.values() for v in _flatten(sub)]
    if isinstance(value, list):
        return [str(v) for v in value]
    return []


def _check(spec: Any, where: str, cache: RuleCache | None = None) -> dict[str, Any]:
    """The spec, validated, with defaults and ``pack`` (``where``) filled in; a pattern
    the rule cache knows compiled in an earlier run is not compiled again."""
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
            for source in (p["regex"], p.get("anchor")):
                if source is not None and (cache is None or not cache.known(source, flags)):
                    regex.compile(source, flags=flags)
            score = float(p["score"])
        except (KeyError, TypeError, ValueError, regex.error) as err:
            raise ConfigError(f"{where}: recognizer {name!r} has a bad pattern: {err}") from None
        if not 0 <= score <= 1:
            raise ConfigError(f"{where}: recognizer {name!r}: a pattern's score is from 0 to 1")
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
    # what the built-in packs make, kept from earlier runs; added to by a run of them alone
    cache = RuleCache.open(builtin)
    rules = RuleSet()
    for category, values in sorted((deny or {}).items()):
        rules.specs.append(_check({
            "name": f"policy_deny_{category.lower()}", "supported_entity": category,
            "category": category, "deny_list": list(values), "deny_list_score": 1.0}, "policy deny"))
    forms, carriers = len(cache.forms), len(cache.carriers)
    with rule_phrases(cache.forms), known_carriers(cache.carriers):
        for path in [p for p in builtin if p.stem not in off] + list(extra or []):
            _read_pack(path, rules, cache)
    rules.specs += [_check(spec, "cue table", cache) for spec in rules.cues.specs()]
    rules.builtin_only = not extra
    if not extra:  # built-in packs alone: what they make holds no user's data
        cache.changed = cache.changed or len(cache.forms) > forms or len(cache.carriers) > carriers
        for spec in rules.specs:
            if spec["pack"] != "policy deny":
                flags = spec.get("global_regex_flags", re.DOTALL | re.MULTILINE)
                for p in spec.get("patterns", []):
                    for source in (p["regex"], p.get("anchor")):
                        if source is not None:
                            cache.add_pattern(source, flags)
        cache.save()
    rules.compiled = CompiledPatterns(cache.compiled)
    return rules


def _read_pack(path: Path, rules: RuleSet, cache: RuleCache) -> None:
    """Add one pack's recognizers, lists and tables to ``rules``."""
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
            rules.specs.append(_check(spec, str(path), cache))
    for key in _WORD_LISTS:
        getattr(rules, key).update(v.casefold() for v in _flatten(data.get(key)))
    for lang, names in (data.get("first_names") or {}).items():
        rules.first_names.setdefault(lang, set()).update(n.casefold() for n in names)
    read_cues(data, str(path), rules.cues)
    rules.spoken.update(_spoken(data.get("spoken") or {}))


def _spoken(spoken: dict[str, Any]) -> dict[str, Any]:
    """A pack's spoken words, the Russian nouns of the lists its ``inflect`` names in every
    case: a said "at" or "dot" is read by its lemma ("собачка": "собачку", "собачкой")."""
    out = dict(spoken)
    for key in spoken.get("inflect") or ():
        words = out.get(key)
        if isinstance(words, dict) and words.get("ru"):
            out[key] = {**words, "ru": list(dict.fromkeys(
                f for w in words["ru"] for f in sorted(phrase_forms(str(w)))))}
    return out
