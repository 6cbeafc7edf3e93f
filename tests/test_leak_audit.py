"""The leak audit: every command of a run over transcripts-dev, with DEBUG logging and a file
that fails, and not one replaced value in anything it printed or wrote, except where
``--reveal`` put it (those files are mode 0600)."""

from __future__ import annotations

import json
import pickle
import os
import shutil
import subprocess
import sys
from pathlib import Path


from conftest import DEV, TEST_KEY, dev_files, needs_shared
from leaks import forms, hidden_values

REDACT = [str(Path(sys.executable).with_name("redact"))]  # the installed command, as users run it


def _run(env: dict[str, str], cwd: Path, *args: str) -> tuple[int, str, str]:
    proc = subprocess.run([*REDACT, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600)
    return proc.returncode, proc.stdout, proc.stderr


@needs_shared
def test_no_replaced_value_in_anything_a_run_prints_or_writes(tmp_path):
    repo, work = tmp_path / "repo", tmp_path / "work"
    data = repo / "data"
    data.mkdir(parents=True)
    work.mkdir()
    for name in dev_files():
        shutil.copyfile(DEV / name, data / name)
    # an injected error: a file named as JSON whose text is cut off inside a value
    export = (DEV / "d05-chatgpt-en-travel-medical.json").read_text(encoding="utf-8")
    (data / "zz-broken.json").write_text(export[:export.index("Lisbon") + 3], encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    for folder in ("tmp", "cache", "home"):
        (tmp_path / folder).mkdir()
    env = dict(os.environ, REDACT_KEY=TEST_KEY, REDACT_LOG_LEVEL="DEBUG", TMPDIR=str(tmp_path / "tmp"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), HOME=str(tmp_path / "home"),
               TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="", COLUMNS="200")

    printed: list[str] = []

    def run(*args: str, expect: int) -> None:
        code, out, err = _run(env, repo, *args)
        printed.extend([out, err])
        assert code == expect, f"redact {' '.join(args)} exited {code}:\n{err[-2000:]}"

    report = work / "report.json"
    run("scrub", "data", "-o", str(work / "out"), "--report", str(report), "--html", str(work / "report.html"),
        expect=2)
    run("report", str(report), "--markdown", str(work / "report.md"), "--html", str(work / "again.html"), expect=0)
    run("verify", "data", str(work / "out"), "--report", str(report), expect=0)
    for fmt in ("text", "json", "sarif", "github"):
        run("check", "data", "--output-format", fmt, expect=2)  # the broken file is an error
    run("check", "data", "--output-format", "json", "--output", str(work / "check.json"), expect=2)  # cached
    run("baseline", "create", "data", "-o", str(work / "baseline.json"), expect=2)
    run("check", "data", "--baseline", str(work / "baseline.json"), expect=2)
    revealed = tmp_path / "revealed"
    revealed.mkdir()
    run("scrub", "data", "-o", str(work / "out-revealed"), "--reveal", "--report", str(revealed / "report.json"),
        "--html", str(revealed / "report.html"), expect=2)

    scrub_report = json.loads(report.read_text(encoding="utf-8"))
    assert [f["path"] for f in scrub_report["files"] if f["status"] == "error"] == ["zz-broken.json"]
    hidden = hidden_values(scrub_report, data, work / "out")
    assert len(hidden) > 200  # the audit has something to look for

    written = {p: p.read_text(encoding="utf-8", errors="replace")
               for folder in (work, tmp_path / "tmp", tmp_path / "cache", tmp_path / "home")
               if folder.exists() for p in folder.rglob("*") if p.is_file()}
    assert any(p.is_relative_to(tmp_path / "cache" / "redact") for p in written)  # check's cache
    # the rule cache holds rule text ("bill" of "phone bill" too): it is the very file the
    # built-in packs make loaded with no input at all, so nothing in it came from the data
    # (its JSON and the patterns compiled beside it)
    [rule_cache] = (tmp_path / "cache" / "redact").glob("rules-*.json")
    subprocess.run([sys.executable, "-c", "from redact.detect.packs import load_rules; load_rules()"],
                   env=dict(env, XDG_CACHE_HOME=str(tmp_path / "no-input")), check=True)
    compiled = rule_cache.with_suffix(".regex")
    assert rule_cache.read_bytes() == (tmp_path / "no-input" / "redact" / rule_cache.name).read_bytes()
    # the compiled patterns: the same patterns, each its own source compiled (the compiled
    # code itself may differ by run: regex walks sets in the process's hash order)
    kept = pickle.loads(compiled.read_bytes())
    assert kept.keys() == pickle.loads((tmp_path / "no-input" / "redact" / compiled.name).read_bytes()).keys()
    assert all(pickle.loads(blob).pattern == key.split(":", 1)[1] for key, blob in kept.items())
    # the code's own patterns compiled: each one a process with no input compiles too
    [code] = (tmp_path / "cache" / "redact").glob("code-*.regex")
    subprocess.run([sys.executable, "-c", "import importlib, pkgutil, redact.detect as d\n"
                    "for m in pkgutil.iter_modules(d.__path__): importlib.import_module('redact.detect.' + m.name)\n"
                    "from redact.detect.addresses import _ru_anchors; _ru_anchors()\n"
                    "from redact.detect import codecache\n"
                    "from redact.detect.packs import load_rules\n"
                    "from redact.detect.spoken import SpokenWords\n"
                    "w = SpokenWords.build(load_rules().spoken, codecache.compile)\n"
                    "for g in (w.emails.email, w.emails.wide, w.emails.stretched, w.emails.said,\n"
                    "          w.dates.english, w.dates.russian): g()"],
                   env=dict(env, XDG_CACHE_HOME=str(tmp_path / "no-input-code")), check=True)
    own = pickle.loads(code.read_bytes())
    assert own.keys() <= pickle.loads((tmp_path / "no-input-code" / "redact" / code.name).read_bytes()).keys()
    assert all(pickle.loads(blob).pattern == key.split(":", 1)[1].split("\0")[0] for key, blob in own.items())
    del written[rule_cache], written[compiled], written[code]
    assert not (repo / ".redact-cache").exists()  # nothing of it in the work tree
    places = {"printed": "\0".join(printed), **{str(p.relative_to(tmp_path)): t for p, t in written.items()}}
    leaks = sorted((where, value) for value in hidden for where, text in places.items()
                   if any(f in text for f in forms(value)))
    assert not leaks, f"{len(leaks)} replaced values leaked, first in: {sorted({w for w, _ in leaks})[:5]}"

    for path in revealed.iterdir():  # originals only where --reveal put them, and private
        assert path.stat().st_mode & 0o777 == 0o600, path.name
    assert any(f in (revealed / "report.json").read_text(encoding="utf-8")
               for value in hidden for f in forms(value))
