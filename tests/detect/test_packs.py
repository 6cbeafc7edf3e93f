"""Loading rule packs: the built-in packs, a user's pack and what a pack may not hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.detect.packs import builtin_pack_paths, load_rules
from redact.errors import ConfigError

PACK = """
recognizers:
  - name: locker_code
    supported_entity: LOCKER_CODE
    supported_language: en
    patterns: [{name: code, regex: 'LK-\\d{5}', score: 0.9}]
    allow_list: [LK-00000]
  - supported_entity: EMAIL
    deny_list: [desk@quillbox.example]
  - name: switched_off
    supported_entity: PERSON
    enabled: false
    patterns: [{name: any, regex: '\\w+', score: 0.1}]
allow_list: {tools: [Quillctl]}
bots: ['@QuillBot']
first_names: {en: [Ilse, Tomas]}
pets: [Hedgehog]
"""


def write(tmp_path: Path, text: str, name: str = "user.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_packs_load_in_name_order():
    paths = builtin_pack_paths()
    rules = load_rules()
    assert paths and paths == sorted(paths)
    assert [p["name"] for p in rules.packs] == [p.stem for p in paths]
    assert all(len(p["sha256"]) == 64 for p in rules.packs)
    assert rules.specs and all(s["pack"] and s["category"] for s in rules.specs)


def test_a_pack_can_be_switched_off():
    first = builtin_pack_paths()[0].stem
    rules = load_rules(off=(first,))
    assert first not in [p["name"] for p in rules.packs]
    assert not any(s["pack"].endswith(f"{first}.yaml") for s in rules.specs)
    with pytest.raises(ConfigError, match="unknown packs"):
        load_rules(off=("no-such-pack",))


def test_a_user_pack_adds_specs_with_defaults_and_lists(tmp_path):
    path = write(tmp_path, PACK)
    rules = load_rules([path])
    mine = [s for s in rules.specs if s["pack"] == str(path)]
    assert [s["name"] for s in mine] == ["locker_code", "email"]  # disabled one left out
    assert mine[0]["category"] == "OTHER" and mine[1]["category"] == "EMAIL"
    assert rules.packs[-1]["name"] == "user"
    assert {"quillctl"} <= rules.allow_list and "@quillbot" in rules.bots
    assert {"ilse", "tomas"} <= rules.first_names["en"] and "hedgehog" in rules.pets
    assert rules.categories()["LOCKER_CODE"] == "OTHER"


def test_policy_deny_values_become_recognizers():
    rules = load_rules(deny={"PERSON": ("Ilse Brandt",)})
    spec = rules.specs[0]
    assert spec["name"] == "policy_deny_person" and spec["deny_list"] == ["Ilse Brandt"]
    assert spec["deny_list_score"] == 1.0 and spec["pack"] == "policy deny"


@pytest.mark.parametrize("text, message", [
    ("recognizers: [{supported_entity: X, patterns: [{name: a, regex: 'a', score: 1}], colour: red}]",
     "unknown keys"),
    ("recognizers: [{name: x, patterns: [{name: a, regex: 'a', score: 1}]}]", "needs supported_entity"),
    ("recognizers: [{supported_entity: X}]", "needs patterns or deny_list"),
    ("recognizers: [{supported_entity: X, category: NOPE, deny_list: [a]}]", "unknown category"),
    ("recognizers: [{supported_entity: X, validator: nope, deny_list: [a]}]", "unknown validator"),
    ("recognizers: [{supported_entity: X, deny_list: [yes]}]", "must be strings"),
    ("recognizers: [{supported_entity: X, global_regex_flags: true, deny_list: [a]}]",
     "must be an integer"),
    ("recognizers: [{supported_entity: X, patterns: [{name: a, regex: '(', score: 1}]}]",
     "bad pattern"),
    ("recognizers: [plain]", "must be a mapping"),
    ("- just a list", "a rule pack is a mapping"),
    ("recognizers: [", "not valid YAML"),
])
def test_a_bad_pack_is_a_config_error(tmp_path, text, message):
    with pytest.raises(ConfigError, match=message):
        load_rules([write(tmp_path, text)])


def test_a_missing_pack_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read rule pack"):
        load_rules([tmp_path / "absent.yaml"])
