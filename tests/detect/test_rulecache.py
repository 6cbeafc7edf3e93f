"""The rule cache: what the built-in packs make, kept between runs, gives what working it
out gives; it is rebuilt when a pack changes and never holds a user's data."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from redact import morph
from redact.detect import cue_operators, triggers
from redact.detect.packs import builtin_pack_paths, load_rules
from redact.detect.rulecache import RuleCache

ROOT = Path(__file__).resolve().parents[2]


def cache_files(home: Path) -> list[Path]:
    return sorted((home / "redact").glob("rules-*.json"))


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A cache folder of the test's own, empty."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_built_in_packs_write_the_cache_and_a_later_load_reads_it(home):
    rules = load_rules()
    [path] = cache_files(home)
    data = json.loads(path.read_text(encoding="utf-8"))
    patterns = {(source, spec.get("global_regex_flags", 24)) for spec in rules.specs
                for p in spec.get("patterns", []) for source in (p["regex"], p.get("anchor"))
                if source is not None}  # a cue row's anchor is compiled and kept as well
    assert {f"{flags}:{source}" for source, flags in patterns} == set(data["patterns"])
    assert "дата рождения" in data["forms"]
    cache = RuleCache.open(builtin_pack_paths())
    assert cache.patterns == data["patterns"] and cache.forms == data["forms"]
    load_rules()
    assert cache_files(home) == [path] and path.read_text(encoding="utf-8") == json.dumps(
        data, ensure_ascii=False, sort_keys=True)


def test_patterns_compiled_once_are_loaded_in_later_runs_and_match_the_same(home, monkeypatch):
    rules = load_rules()
    [path] = cache_files(home)
    kept = pickle.loads(path.with_suffix(".regex").read_bytes())
    assert kept.keys() == json.loads(path.read_text(encoding="utf-8"))["patterns"].keys()
    text = "мой ИНН 7707083893, passport no. 4510 123456, DOB 11/02/1987, tel:+44 20 7946 0000"
    fresh = {key: [m.span() for m in regex.compile(key.split(":", 1)[1],
                                                   flags=int(key.split(":", 1)[0])).finditer(text)]
             for key in kept}

    def no_compiling(*args, **kwargs):
        raise AssertionError("compiled again")

    later = load_rules()
    monkeypatch.setattr(regex, "compile", no_compiling)
    for key, spans in fresh.items():
        flags, source = key.split(":", 1)
        pattern = later.compiled.compile(source, int(flags))
        assert pattern.pattern == source and [m.span() for m in pattern.finditer(text)] == spans
    assert any(fresh.values()) and rules.compiled.blobs.keys() == kept.keys()


class _Payload:
    def __reduce__(self):
        return (os.system, ("touch pwned",))


@pytest.mark.parametrize("damage", ["garbage", "a global", "one entry"])
def test_a_damaged_compiled_file_is_compiled_again_never_run(home, tmp_path, monkeypatch, damage):
    load_rules()
    [path] = cache_files(home)
    compiled = path.with_suffix(".regex")
    good = pickle.loads(compiled.read_bytes())
    key = next(iter(good))
    monkeypatch.chdir(tmp_path)
    if damage == "garbage":
        compiled.write_bytes(b"\x80\x05not a pickle")
    elif damage == "a global":
        compiled.write_bytes(pickle.dumps(_Payload()))
    else:
        compiled.write_bytes(pickle.dumps(good | {key: pickle.dumps(_Payload())}))
    rules = load_rules()
    flags, source = key.split(":", 1)
    assert rules.compiled.compile(source, int(flags)).pattern == source
    assert not (tmp_path / "pwned").exists()
    if damage != "one entry":  # a whole file unread is written again
        assert pickle.loads(compiled.read_bytes()).keys() == good.keys()


def test_triggers_and_forms_read_back_equal_those_worked_out(home):
    rules = load_rules()
    data = json.loads(cache_files(home)[0].read_text(encoding="utf-8"))
    for key, described in data["patterns"].items():
        flags, source = key.split(":", 1)
        fresh = triggers._read(source, int(flags))
        restored = tuple(triggers._restored(*d) for d in described)
        assert [(t.pattern, t.flags & 2) for t in fresh] == [(t.pattern, t.flags & 2) for t in restored]
        assert [t in triggers._CLASSES for t in fresh] == [t in triggers._CLASSES for t in restored]
        assert [triggers._WORDS.get(t) for t in fresh] == [triggers._WORDS.get(t) for t in restored]
    for phrase, forms in data["forms"].items():
        assert sorted(morph._phrase_forms(phrase)) == forms
    assert rules.specs


def test_operator_brands_are_kept_and_a_later_load_reads_no_carrier_table(home, monkeypatch):
    first = load_rules()
    kept = json.loads(cache_files(home)[0].read_text(encoding="utf-8"))["carriers"]
    assert kept == sorted(cue_operators._carriers())
    assert {"Vodafone", "Safaricom", "МТС"} <= set(kept)

    def no_table():
        raise AssertionError("the carrier table read again")

    monkeypatch.setattr(cue_operators, "_carriers", no_table)
    assert load_rules().specs == first.specs


def test_a_changed_pack_gets_a_new_cache(tmp_path):
    pack = tmp_path / "core.yaml"
    pack.write_text("allow_list: [a]\n", encoding="utf-8")
    before = RuleCache.open([pack]).path
    pack.write_text("allow_list: [b]\n", encoding="utf-8")
    assert RuleCache.open([pack]).path != before


def test_a_broken_cache_file_is_worked_around_and_written_again(home):
    load_rules()
    [path] = cache_files(home)
    good = path.read_text(encoding="utf-8")
    for broken in ("{", '{"patterns": [], "forms": {}}', '{"patterns": {"x": 1}, "forms": {}}',
                   '{"patterns": {"24:a": [["a", 0, "other", null]]}, "forms": {}}'):
        path.write_text(broken, encoding="utf-8")
        assert RuleCache.open(builtin_pack_paths()).patterns == {}
        load_rules()
        assert path.read_text(encoding="utf-8") == good


def test_a_users_pack_or_deny_values_are_never_kept(home, tmp_path):
    user = tmp_path / "user.yaml"
    user.write_text("recognizers:\n  - name: locker\n    supported_entity: LOCKER\n"
                    "    patterns: [{name: code, regex: 'Quillbox-\\d{5}', score: 0.9}]\n",
                    encoding="utf-8")
    load_rules([user])
    assert cache_files(home) == []  # a run with a user's pack writes none
    load_rules(deny={"PERSON": ("Zebulon Quartermaine",)})
    [path] = cache_files(home)
    compiled = path.with_suffix(".regex")
    assert "Zebulon" not in path.read_text(encoding="utf-8")
    assert b"Zebulon" not in compiled.read_bytes()
    load_rules([user])
    assert "Quillbox" not in path.read_text(encoding="utf-8")
    assert b"Quillbox" not in compiled.read_bytes()


def test_a_scrub_with_and_without_the_cache_writes_the_same(home, tmp_path):
    text = ("Grad A: so Dana Whitfield said her number is +7 916 123-45-67, "
            "email dana.whitfield@gmail.com\nGrad B: мой ИНН 7707083893, дата рождения "
            "12.03.1985, пароль от вайфая Fsj3r3fHU24\n")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "chat.txt").write_text(text, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(home))
    outputs = []
    for run in ("without", "with"):
        subprocess.run([sys.executable, "-c", "from redact.cli import main; main()", "scrub",
                        str(tmp_path / "in"), "-o", str(tmp_path / run),
                        "--report", str(tmp_path / f"{run}.json"), "-q"],
                       env=env, check=True, cwd=tmp_path)
        outputs.append((tmp_path / run / "chat.txt").read_text(encoding="utf-8"))
        assert len(cache_files(home)) == 1
    assert outputs[0] == outputs[1] == (
        "Grad A: so [PERSON_1] said her number is [PHONE_1], email [EMAIL_1]\n"
        "Grad B: мой ИНН [GOV_ID_1], дата рождения [DATE_OF_BIRTH_1], пароль от вайфая [SECRET_1]\n")
