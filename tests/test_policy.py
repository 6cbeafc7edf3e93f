"""redact.toml: thresholds, deny values, packs off, code and titles off; `redact policy show`."""

from __future__ import annotations

import json

from conftest import run_cli

from redact.config import load_policy

NOTE = """# Notes for Maria Lopez

Ship to 14 Larkspur Close, Harrow, HA2 7QJ; invoice to Acme Widgets, mail maria.lopez84@gmail.com.

```python
API_TOKEN = "Qe4zWm8Lp2vXr7Tn"
```
"""


def _scrub(tmp_path, policy: str) -> tuple[int, str, dict]:
    (tmp_path / "in").mkdir(exist_ok=True)
    (tmp_path / "in" / "notes.md").write_text(NOTE)
    (tmp_path / "redact.toml").write_text(policy)
    result = run_cli("scrub", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--report",
                     str(tmp_path / "r.json"), "--policy", str(tmp_path / "redact.toml"), "-q")
    if result.exit_code:
        return result.exit_code, result.stderr, {}
    entry = json.loads((tmp_path / "r.json").read_text())["files"][0]
    return 0, (tmp_path / "out" / entry["path"]).read_text(), entry


def test_default_policy_replaces_all_of_it(tmp_path):
    code, out, _ = _scrub(tmp_path, "")
    assert code == 0
    for value in ("Maria", "Larkspur", "maria.lopez84", "Qe4zWm8Lp2vXr7Tn"):
        assert value not in out


def test_thresholds_deny_packs_and_scan_switches(tmp_path):
    code, out, entry = _scrub(tmp_path, """
[thresholds]
PERSON = 0.99

[deny]
ORGANIZATION = ["Acme Widgets"]

[packs]
off = ["addresses"]

[scan]
code = false
titles = false
""")
    assert code == 0
    assert "Maria Lopez" in out  # NER scores names 0.85, under the 0.99 asked for
    assert "[ORGANIZATION_1]" in out and "Acme Widgets" not in out
    assert "14 Larkspur Close" in out  # the address pack is off
    assert 'API_TOKEN = "Qe4zWm8Lp2vXr7Tn"' in out  # code is not scanned
    assert "maria.lopez84@gmail.com" not in out
    assert entry["path"] == "notes.md"


def test_policy_show_prints_what_loads_back_to_the_same_digest(tmp_path):
    policy = tmp_path / "redact.toml"
    policy.write_text('[operators]\nEMAIL = "mask"\n\n[thresholds]\nPERSON = 0.6\n')
    shown = run_cli("policy", "show", "--policy", str(policy))
    assert shown.exit_code == 0
    digest = load_policy(policy).digest
    assert shown.stdout.startswith(f"# policy digest: {digest}\n")
    again = tmp_path / "again.toml"
    again.write_text(shown.stdout)
    assert load_policy(again).digest == digest


def test_bad_policies_are_one_line_errors(tmp_path):
    for text, message in (
        ("[nope]\nx = 1\n", "unknown section [nope] (known: operators, tags, detection, "),
        ("[thresholds]\nPERSON = 2\n", "thresholds.PERSON is a score between 0 and 1"),
        ('[deny]\nPERSONS = ["x"]\n', "unknown category 'PERSONS'"),
    ):
        (tmp_path / "p.toml").write_text(text)
        result = run_cli("policy", "show", "--policy", str(tmp_path / "p.toml"))
        assert result.exit_code == 2
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    code, err, _ = _scrub(tmp_path, '[packs]\noff = ["nonesuch"]\n')
    assert code == 2 and "packs.off names unknown packs ['nonesuch']" in err


def test_typos_and_wrong_types_in_the_policy_are_one_line_errors_before_anything_is_written(
        tmp_path):
    """Item 5: the policy is checked against the schema shipped in the package."""
    for text, message in (
        ("[detection]\nmin_scor = 0.5\n",
         "unknown key detection.min_scor (did you mean min_score?)"),
        ('[allow]\nvalue = ["Ada"]\n', "unknown key allow.value (did you mean values?)"),
        ('[detection]\nmin_score = "high"\n', "detection.min_score is a score between 0 and 1"),
        ("[thresholds]\nEMAIL = nan\n", "thresholds.EMAIL is a score between 0 and 1"),
        ("[detecton]\nner = false\n", "unknown section [detecton] (did you mean [detection]?)"),
        ('[deny]\nPERSN = ["Ada"]\n', "unknown category 'PERSN' in [deny] (did you mean PERSON?)"),
        ('[allow]\nvalues = "Ada"\n', "allow.values must be a list, not a string"),
        ("[scan]\ncode = 1\n", "scan.code must be true or false, not a number"),
        ('[tags]\ntemplate = "[{n}]"\n', "tags.template is a string holding {category} and {n}"),
    ):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / "a.txt").write_text("Call Ada Lovelace.\n")
        (tmp_path / "redact.toml").write_text(text)
        result = run_cli("scrub", "in", "-o", "out", cwd=tmp_path)
        assert result.exit_code == 2
        assert result.stderr == f"error: redact.toml: {message}\n"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "redact.toml"]
        assert "Ada" not in result.stderr


def test_the_policy_schema_is_package_data_and_names_every_category_and_operator():
    from importlib import resources

    from redact.config import OPERATORS
    from redact.records import CATEGORIES
    schema = json.loads(resources.files("redact").joinpath("policy.schema.json").read_text())
    sections = schema["properties"]
    assert list(sections["operators"]["properties"]) == ["default", *CATEGORIES]
    assert sections["operators"]["properties"]["EMAIL"]["enum"] == list(OPERATORS)
    assert list(sections["deny"]["properties"]) == list(sections["thresholds"]["properties"]) == list(CATEGORIES)
