"""The wheel carries the rule packs and they load from an installed copy; the code and
rules remember no identifier of the development data."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import jsonschema

from conftest import DEV, ROOT, needs_shared
from redact import __version__
from redact.report.json_report import schema

GOLD_LABELS = {"EMAIL", "PHONE", "SECRET", "GOV_ID", "IBAN", "CREDIT_CARD", "ADDRESS"}


def test_wheel_contains_rule_packs_that_load_when_installed(tmp_path):
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                    str(tmp_path / "dist"), str(ROOT)], check=True, capture_output=True)
    wheel = next((tmp_path / "dist").glob("redact-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    packs = sorted(p.name for p in (ROOT / "rules").glob("*.yaml"))
    assert sorted(Path(n).name for n in names if n.startswith("redact/rules/") and n.endswith(".yaml")) == packs
    assert "redact/report/report.schema.json" in names
    assert {"redact/report/html/template.html", "redact/report/html/report.js",
            "redact/report/html/report.css"} <= set(names)
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target",
                    str(target), str(wheel)], check=True, capture_output=True)
    probe = ("import redact.detect.packs as r, json; rules = r.load_rules(); "
             "print(json.dumps([str(p) for p in r.builtin_pack_paths()] + [len(rules.specs)]))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, check=True, capture_output=True,
                         text=True, env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"})
    *paths, count = json.loads(out.stdout)
    assert [Path(p).name for p in paths] == packs and count > 10
    assert all(Path(p).is_relative_to(target) for p in paths)


def test_the_build_is_silent_and_ships_the_policy_schema(tmp_path):
    """Item 11: every folder of package data is declared, so setuptools has nothing to warn of."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # else a note
    built = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                            str(tmp_path / "dist"), str(ROOT)], check=True, capture_output=True,
                           text=True, env=env)
    assert "warning" not in (built.stdout + built.stderr).lower()
    wheel = next((tmp_path / "dist").glob("redact-*.whl"))
    assert "redact/policy.schema.json" in zipfile.ZipFile(wheel).namelist()


@needs_shared
def test_no_gold_identifier_in_rules_or_package():
    values = set()
    for line in (DEV / "gold.jsonl").read_text().splitlines():
        gold = json.loads(line)
        if gold["label"] in GOLD_LABELS or (gold["label"] == "PERSON" and " " in gold["text"].strip()):
            values.add(gold["text"].casefold())
    sources = [p for folder in ("rules", "redact") for p in (ROOT / folder).rglob("*")
               if p.is_file() and p.suffix in (".py", ".yaml", ".json", ".toml")]
    assert len(values) > 50 and sources
    for path in sources:
        text = path.read_text(encoding="utf-8").casefold()
        leaked = [v for v in values if re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text)]
        assert not leaked, f"{path.relative_to(ROOT)} holds {len(leaked)} gold identifiers"


def test_report_matches_its_schema(dev_run):
    jsonschema.validate(dev_run["report"], schema(), format_checker=jsonschema.FormatChecker())
    assert dev_run["report"]["run"]["key"] == "env"


def test_readme_ci_snippets_name_the_packages_version():
    """Item 4: the pre-commit rev, the Action and pip name the tag of this version, and the
    README says how a release is tagged."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    tags = re.findall(r"rev: (\S+)", readme) + re.findall(r"OWNER/redact@(\S+?)[\s\"]", readme)
    assert len(tags) == 3 and set(tags) == {f"v{__version__}"}
    assert "A release is tagged `v` plus the package version" in readme
    assert f"git tag v{__version__}" in readme
