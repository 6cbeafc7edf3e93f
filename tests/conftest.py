"""Shared fixtures: the development data beside the project and one real scrub of it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redact.cli import app

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
DEV = SHARED / "transcripts-dev"
EXAMPLES = ROOT / "examples"
FOUNDING = SHARED / "examples" / "nexus-note-mojibake-ru.md"
TEXT_FORMATS = {"nexus-md-old", "nexus-md-new", "nexus-md-mojibake", "plain-txt"}
TEST_KEY = "test-key-for-redact-suite-0123456789"

needs_shared = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/data is not beside the project")


def manifest() -> dict[str, dict]:
    return {f["file"]: f for f in json.loads((DEV / "manifest.json").read_text())["files"]}


def dev_text_files() -> list[str]:
    return sorted(name for name, f in manifest().items() if f["format"] in TEXT_FORMATS)


def run_cli(*args: str, cwd: Path | None = None):
    """Run the real CLI in-process; returns the click Result (exit_code, stdout, stderr)."""
    runner = CliRunner()
    old = Path.cwd()
    if cwd:
        os.chdir(cwd)
    try:
        return runner.invoke(app, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture(autouse=True)
def _key(monkeypatch):
    monkeypatch.setenv("REDACT_KEY", TEST_KEY)


@pytest.fixture(scope="session")
def dev_run(tmp_path_factory):
    """One scrub of the Nexus, Markdown and text files of transcripts-dev."""
    if not DEV.is_dir():
        pytest.skip("../shared/data is not beside the project")
    work = tmp_path_factory.mktemp("dev")
    inputs = work / "in"
    inputs.mkdir()
    for name in dev_text_files():
        (inputs / name).write_bytes((DEV / name).read_bytes())
    os.environ["REDACT_KEY"] = TEST_KEY
    result = run_cli("scrub", str(inputs), "-o", str(work / "out"),
                     "--report", str(work / "report.json"), "-q")
    assert result.exit_code == 0, result.stderr
    return {"inputs": inputs, "out": work / "out", "report": json.loads(
        (work / "report.json").read_text()), "report_path": work / "report.json"}
