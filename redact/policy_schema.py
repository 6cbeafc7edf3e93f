"""The policy file's contract: ``policy.schema.json`` (shipped in the package), and its
errors in one line that names the key and what it should be, never the value (allow and
deny lists hold personal data)."""

from __future__ import annotations

import difflib
import json
import math
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError, best_match

from redact.errors import ConfigError

__all__ = ["validate_policy", "policy_schema"]

_CATEGORY_TABLES = ("operators", "thresholds", "deny")  # keyed by category
_TYPES = {"string": "a string", "number": "a number", "boolean": "true or false",
          "array": "a list", "object": "a table"}


@cache
def policy_schema() -> dict[str, Any]:
    return json.loads(resources.files("redact").joinpath("policy.schema.json").read_text("utf-8"))


def validate_policy(data: dict[str, Any], where: str) -> None:
    """Raise ConfigError for the most telling problem of a parsed policy file."""
    validator = jsonschema.Draft202012Validator(policy_schema())
    error = best_match(validator.iter_errors(data))
    if error is not None:
        raise ConfigError(f"{where}: {_explain(error)}")
    for path, value in _numbers(data, []):  # TOML has nan and inf; no JSON Schema bound stops them
        if not math.isfinite(value):
            node = policy_schema()
            for part in path:
                node = node["properties"][part]
            raise ConfigError(f"{where}: {_dotted(path)} is {node['description']}")


def _numbers(data: dict[str, Any], path: list[str]) -> Iterator[tuple[list[str], float]]:
    for key, value in data.items():
        if isinstance(value, dict):
            yield from _numbers(value, [*path, key])
        elif isinstance(value, float):
            yield [*path, key], value


def _dotted(path: list[str | int]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    for name, kind in (("string", str), ("number", (int, float)), ("array", list), ("object", dict)):
        if isinstance(value, kind):
            return _TYPES[name]
    return "a date or time"


def _explain(error: ValidationError) -> str:
    path = list(error.absolute_path)
    name = _dotted(path)
    if error.validator == "additionalProperties":
        known = list(error.schema.get("properties", {}))
        unknown = sorted(set(error.instance) - set(known))[0]
        close = difflib.get_close_matches(unknown, known, n=1, cutoff=0.6)
        if not path:
            hint = f"did you mean [{close[0]}]?" if close else f"known: {', '.join(known)}"
            return f"unknown section [{unknown}] ({hint})"
        hint = f"did you mean {close[0]}?" if close else f"known: {', '.join(known)}"
        if path[0] in _CATEGORY_TABLES and len(path) == 1:
            return f"unknown category {unknown!r} in [{name}] ({hint})"
        return f"unknown key {name}.{unknown} ({hint})"
    if error.validator == "type" and "description" in error.schema:
        return f"{name} is {error.schema['description']}"
    if error.validator == "type":
        expected = error.validator_value
        expected = expected if isinstance(expected, list) else [expected]
        return (f"{name} must be {' or '.join(_TYPES[t] for t in expected)}, "
                f"not {_kind(error.instance)}")
    if error.validator == "enum":
        choices = [str(c) for c in error.validator_value]
        return f"{name} is {' or '.join(choices) if len(choices) < 3 else ', '.join(choices)}"
    return f"{name} is {error.schema.get('description', 'not valid here')}"
